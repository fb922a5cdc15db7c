"""Customers who buy before a festival the shop lists are judged by its dates, not by a rhythm.

Stop 30's owner trial (a Sylhet saree shop, both Eids listed as one "Eid"): three weeks before
Eid-ul-Fitr 16 of the 19 lost customers were Eid buyers, sent "did we get something wrong?",
and 10 of them bought within the month; one who bought before Eid-ul-Fitr and Eid-ul-Adha was
"usually every 35 days", and listing the festival changed nothing, because a season needed two
years and a season seen once needed the shop's own busy weeks, which a growing shop lacks.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from khatir.rules.history import PurchaseHistory
from khatir.rules.lost import AT_RISK, LOST, LostSettings, assess_all
from khatir.rules.lost.fit import fit_model

EID = ("Eid", (date(2025, 3, 31), date(2025, 6, 7), date(2026, 3, 20), date(2026, 5, 27),
               date(2027, 3, 10), date(2027, 5, 17)))


def dated(cid: str, days) -> PurchaseHistory:
    days = tuple(sorted(days))
    return PurchaseHistory(cid, days[0], days[-1], len(days), 1000.0 * len(days), "orders", days)


def growing_shop() -> list[PurchaseHistory]:
    """120 monthly buyers who joined over the year (so no week was busier than the average),
    silent since spring 2025 (the list is not empty), and the festival buyers under test."""
    monthly = [dated(f"M{i:03d}", [date(2025, 1, 1) + timedelta(days=i + 30 * m) for m in range(3 + i % 5)])
               for i in range(120)]
    return [*monthly,
            dated("BOTH", [date(2025, 3, 24), date(2025, 3, 28), date(2025, 6, 1), date(2025, 6, 4)]),
            dated("FITR25", [date(2025, 3, 24), date(2025, 3, 29)]),
            dated("FITR26", [date(2026, 3, 1), date(2026, 3, 3)])]


def judged(today: date, festivals=(EID,)) -> dict:
    settings = LostSettings(lost_below=0.99, at_risk_below=1.0, festivals=festivals)  # overdue: lost
    return {a.customer_id: a for a in assess_all(growing_shop(), today, settings)}


def test_a_buyer_before_both_eids_waits_for_the_next_eid_instead_of_being_lost():
    before_fitr = judged(date(2026, 3, 1))
    assert before_fitr["BOTH"].level is None  # waiting: "usually buys before Eid"
    assert before_fitr["BOTH"].explain("en").startswith("usually buys before Eid; waiting for it; "
                                                        "no purchase for 270 days")
    # without the festival listed she is "usually every 4 days", silent 270 days: lost
    assert judged(date(2026, 3, 1), festivals=())["BOTH"].level == LOST


@pytest.mark.parametrize("today, cid, en, bn", [
    (date(2026, 3, 1), "FITR25",
     "bought only before Eid in March 2025; Eid is coming again; no purchase for 337 days; "
     "2 orders, ৳ 2,000 in total",
     "শুধু মার্চ ২০২৫-এ Eid-এর আগে কিনেছিলেন; Eid আবার আসছে; ৩৩৭ দিন ধরে কোনো কেনাকাটা নেই; "
     "২টি অর্ডার, মোট ৳ ২,০০০"),
    (date(2026, 5, 10), "FITR26",
     "bought only before Eid in March 2026; Eid is coming again; no purchase for 68 days; "
     "2 orders, ৳ 2,000 in total",
     "শুধু মার্চ ২০২৬-এ Eid-এর আগে কিনেছিলেন; Eid আবার আসছে; ৬৮ দিন ধরে কোনো কেনাকাটা নেই; "
     "২টি অর্ডার, মোট ৳ ২,০০০"),
    (date(2026, 5, 10), "BOTH",
     "usually buys before Eid; not last time; the next one is coming; no purchase for 340 days; "
     "4 orders, ৳ 4,000 in total",
     "সাধারণত Eid-এর আগে কেনেন; গতবার কেনেননি; পরেরটি আসছে; ৩৪০ দিন ধরে কোনো কেনাকাটা নেই; "
     "৪টি অর্ডার, মোট ৳ ৪,০০০"),
])
def test_a_festival_buyer_whose_festival_is_coming_is_at_risk_not_lost(today, cid, en, bn):
    a = judged(today)[cid]
    assert (a.level, a.explain("en"), a.explain("bn")) == (AT_RISK, en, bn)


def test_once_the_festival_has_passed_without_a_purchase_they_can_be_lost():
    after_adha = judged(date(2026, 6, 10))
    assert after_adha["BOTH"].level == LOST
    assert after_adha["BOTH"].explain("en").startswith("usually buys before Eid; not this year")
    # a Fitr-only buyer who let both Eids of 2026 pass is judged like anyone else
    assert judged(date(2026, 6, 10))["FITR25"].level == LOST
    assert judged(date(2026, 6, 10))["FITR25"].explain("en").startswith("bought twice, 5 days apart")


def test_a_festival_a_year_away_does_not_hold_back_a_buyer_who_skipped_a_whole_year():
    """Listed as two festivals, a Fitr buyer of 2025 who let Fitr 2026 pass is not waiting
    for Fitr 2027 in August 2026."""
    fitr = ("Eid-ul-Fitr", (date(2025, 3, 31), date(2026, 3, 20), date(2027, 3, 10)))
    assert judged(date(2026, 8, 15), festivals=(fitr,))["FITR25"].level == LOST


def test_a_customer_who_buys_in_bursts_is_judged_by_the_gap_between_them():
    """Without a festival listed, two visits of a few days each before two Eids are "about every
    68 days", not "every 4 days": overdue after 68 days of silence, not after 4."""
    bursts = dated("B", [date(2025, 3, 24), date(2025, 3, 28), date(2025, 6, 1), date(2025, 6, 4)])
    shop = [*growing_shop(), bursts]
    settings = LostSettings(lost_below=0.99, at_risk_below=1.0)
    on = {a.customer_id: a for a in assess_all(shop, date(2025, 7, 20), settings)}
    assert on["B"].typical_gap_days == 68 and on["B"].level is None  # 46 days: not overdue yet
    later = {a.customer_id: a for a in assess_all(shop, date(2026, 3, 1), settings)}["B"]
    assert (later.level, later.explain("en"), later.explain("bn")) == (
        LOST, "bought in two spells of a few days, 68 days apart; no purchase for 270 days; "
              "4 orders, ৳ 4,000 in total",
        "দুই দফায় কয়েক দিন করে কিনেছেন, ৬৮ দিনের ব্যবধানে; ২৭০ দিন ধরে কোনো কেনাকাটা নেই; "
        "৪টি অর্ডার, মোট ৳ ৪,০০০")
    three = dated("T", [date(2025, 1, 3), date(2025, 1, 6), date(2025, 3, 24), date(2025, 3, 28),
                        date(2025, 6, 1), date(2025, 6, 4)])
    a = {a.customer_id: a for a in assess_all([*growing_shop(), three], date(2026, 3, 1), settings)}["T"]
    assert a.explain("en").startswith("usually buys on a few days at a time, about every 74 days; ")
    assert a.explain("bn").startswith("সাধারণত একসঙ্গে কয়েক দিন কেনেন, প্রায় ৭৪ দিন পরপর; ")


@pytest.mark.parametrize("days, gaps", [
    ([0, 4, 68, 71], [67]),  # two bursts: between their last days
    ([0, 3, 40, 44, 90, 91], [41, 47]),
    ([0, 7, 14, 21, 28], []),  # a steady weekly buyer is one long chain, not bursts
    ([0, 30, 60, 90], []),  # single visits: their own median gap says it
    ([0, 2, 30, 60], []),  # one burst only, then single visits
    ([0, 5, 10, 15, 20, 80, 82], []),  # a burst longer than two weeks is a stretch of visits
])
def test_bursts_are_short_runs_of_purchase_days(days, gaps):
    from khatir.rules.lost.assess import burst_gaps
    start = date(2025, 1, 1)
    assert burst_gaps(tuple(start + timedelta(days=d) for d in days)) == gaps


def test_customers_waiting_for_their_festival_change_nobody_elses_level():
    """Counted among the expected lost, waiting Eid buyers filled the list with regulars barely
    overdue (stop 30's re-trial: 12 of the day's 20 win-backs to customers silent 32 to 85 days)."""
    eid_buyers = [dated(f"E{i:02d}", [date(2025, 3, 20) + timedelta(days=i % 7), date(2025, 3, 25),
                                      date(2025, 5, 30) + timedelta(days=i % 5), date(2025, 6, 3)])
                  for i in range(40)]
    today = date(2026, 3, 1)
    # monthly buyers silent from 0 to 149 days: where the list ends is the model's to say
    regulars = [dated(f"R{i:03d}", [d for m in range(14)
                                    if (d := date(2025, 1, 5) + timedelta(days=30 * m + i % 9))
                                    <= today - timedelta(days=i)]) for i in range(150)]
    settings = LostSettings(festivals=(EID,))
    # the same model for both (the general one): what the list counts is tested
    model = fit_model(regulars, today, learn=False)
    alone = {a.customer_id: a.level for a in assess_all(regulars, today, settings, model)}
    both = {a.customer_id: a.level
            for a in assess_all([*regulars, *eid_buyers], today, settings, model)}
    assert all(both[f"E{i:02d}"] is None for i in range(40))  # waiting for Eid
    assert {cid: level for cid, level in both.items() if cid in alone} == alone
    assert sum(level == LOST for level in alone.values()) == 44  # (62 when the waiting counted)


def test_the_two_eids_listed_apart_are_followed_together():
    """Listed as two festivals, a customer who buys before both has half her purchases before
    each, and neither alone held 80% of them (stop 30's re-trial: 14 Eid buyers lost)."""
    apart = (("Eid-ul-Fitr", (date(2025, 3, 31), date(2026, 3, 20), date(2027, 3, 10))),
             ("Eid-ul-Adha", (date(2025, 6, 7), date(2026, 5, 27), date(2027, 5, 17))))
    march = judged(date(2026, 3, 1), festivals=apart)["BOTH"]
    assert march.level is None
    assert march.explain("en").startswith("usually buys before Eid-ul-Fitr / Eid-ul-Adha; waiting for it")
    may = judged(date(2026, 5, 10), festivals=apart)["BOTH"]
    assert (may.level, may.explain("bn").split("; ")[:3]) == (
        AT_RISK, ["সাধারণত Eid-ul-Fitr / Eid-ul-Adha-এর আগে কেনেন", "গতবার কেনেননি", "পরেরটি আসছে"])


@pytest.mark.parametrize("lang, expected", [
    ("en", "The dates of Eid in your settings end on 7 June 2025: add its next dates under "
           "[lost.festivals] in config/settings.toml, or customers who buy before it cannot wait "
           "for it and may be listed as lost."),
    ("bn", "সেটিংসে Eid-এর তারিখ শেষ হয়েছে ৭ জুন ২০২৫-এ: config/settings.toml ফাইলে [lost.festivals]-এর "
           "নিচে এর পরের তারিখগুলো লিখুন, নইলে যাঁরা এর আগে কেনেন তাঁরা এর অপেক্ষায় আছেন বলে ধরা যাবে না, "
           "হারানো তালিকায় আসতে পারেন।"),
])
def test_festival_dates_that_have_all_passed_are_said(make_workbook, run_job, lang, expected):
    """Dates of 2025 only were silently worth nothing in 2026 (stop 30's re-trial)."""
    from conftest import basic_grids
    from khatir.config import build_settings
    settings = build_settings({"general": {"language": lang},
                               "lost": {"festivals": {"Eid": ["2025-03-31", "2025-06-07"]}}})
    result = run_job(make_workbook(basic_grids()), settings_=settings)
    assert expected in result.notes
    listed = build_settings({"general": {"language": lang},
                             "lost": {"festivals": {"Eid": ["2025-06-07", "2027-03-10"]}}})
    assert not [n for n in run_job(make_workbook(basic_grids(), "b.xlsx"), settings_=listed).notes
                if "[lost.festivals]" in n]


def test_the_backtest_says_so_of_dates_before_the_day_it_judges():
    from khatir.backtest import backtest
    from khatir.backtest_report import plain_report
    from khatir.sheet.records import Order

    orders = [Order(2, d, h.customer_id, 500.0) for h in growing_shop() for d in h.purchase_dates]
    fitr = LostSettings(festivals=(("Eid", (date(2025, 3, 31), date(2025, 6, 7))),))
    report = plain_report(backtest(orders, date(2025, 9, 1), fitr), "en").splitlines()
    assert ("The dates of Eid in your settings end on 7 June 2025: add its next dates under "
            "[lost.festivals] in config/settings.toml, or customers who buy before it cannot wait "
            "for it and may be listed as lost.") in report
    ahead = LostSettings(festivals=(("Eid", (date(2025, 3, 31), date(2026, 3, 20))),))
    assert not [line for line in plain_report(backtest(orders, date(2025, 9, 1), ahead), "en").splitlines()
                if "end on" in line]


def test_judged_like_anyone_else_the_reason_still_names_the_festival():
    """Seven months before the next Eid, this year's Eid-rush buyer is judged like anyone
    else, and the owner reads that they only ever bought before Eid (stop 30's re-trial)."""
    a = judged(date(2026, 10, 1))["FITR26"]
    assert (a.level, a.explain("en"), a.explain("bn")) == (
        LOST, "bought twice, 2 days apart; only before Eid in March 2026; no purchase for 212 days; "
              "2 orders, ৳ 2,000 in total",
        "দুবার কিনেছেন, ২ দিনের ব্যবধানে; শুধু মার্চ ২০২৬-এ Eid-এর আগে; ২১২ দিন ধরে কোনো কেনাকাটা নেই; "
        "২টি অর্ডার, মোট ৳ ২,০০০")


@pytest.mark.parametrize("lang, note", [
    ("en", "30 customers who buy before a listed festival (Eid), before one of its dates only so far "
           "or not before the last one, are listed at risk, not lost: the next one is coming. If they "
           "have not bought once it has passed, they can be lost."),
    ("bn", "তালিকার কোনো উৎসবের (Eid) আগে কেনেন, আর এ পর্যন্ত এর একটি তারিখের আগেই শুধু কিনেছেন বা "
           "গতবার কেনেননি, এমন ৩০ জন গ্রাহককে হারানো নয়, ঝুঁকিতে দেখানো হয়েছে: পরেরটি আসছে। সেটি "
           "পেরিয়ে গেলেও না কিনলে তাঁরা হারানো হতে পারেন।"),
])
def test_the_daily_run_lists_eid_rush_buyers_at_risk_and_says_why(make_workbook, run_job, lang, note):
    """The daily job on a workbook, Eid listed: last Eid-ul-Fitr's rush buyers get no "we miss
    you" three weeks before Eid-ul-Adha; the summary counts them in one line."""
    from conftest import customers_tab
    from test_customers_section import orders
    from khatir.config import build_settings
    from khatir.sheet.schema import MESSAGES
    from conftest import notes_tab, records
    rows = [[f"E-{i}", f"Eid {i}", f"0171200{i:04d}", "en"] for i in range(30)]
    rows += [[f"M-{i}", f"Monthly {i}", f"0171100{i:04d}", "en"] for i in range(40)]
    history = []
    for i in range(30):
        history += [(f"E-{i}", date(2026, 3, 2) + timedelta(days=i % 10), 3000),
                    (f"E-{i}", date(2026, 3, 14) + timedelta(days=i % 5), 2000)]
    for i in range(40):
        history += [(f"M-{i}", date(2025, 4, 1) + timedelta(days=30 * m + i), 900) for m in range(8 + i % 5)]
    grids = {"Customers": customers_tab(*rows), "Orders": orders(*history),
             "Call Notes": notes_tab(), "Messages": [MESSAGES.headers()]}
    settings = build_settings({"general": {"language": lang}, "lost": {"festivals": {"Eid": [
        "2025-03-31", "2025-06-07", "2026-03-20", "2026-05-27", "2027-03-10"]}}})
    path = make_workbook(grids)
    result = run_job(path, date(2026, 5, 6), settings_=settings)
    assert note in result.notes
    wins = {m["Customer ID"] for m in records(path, "Messages") if m["Kind"] == "win_back"}
    assert wins and not any(cid.startswith("E-") for cid in wins)


@pytest.mark.parametrize("name, expected", [
    ("দুর্গাপূজা", "সাধারণত দুর্গাপূজার আগে কেনেন; সেই সময়ের অপেক্ষা"),
    ("ঈদ", "সাধারণত ঈদের আগে কেনেন; সেই সময়ের অপেক্ষা"),
    ("Eid", "সাধারণত Eid-এর আগে কেনেন; সেই সময়ের অপেক্ষা"),
])
def test_a_festival_named_in_bengali_takes_bengalis_of(name, expected):
    """Stop 30's second trial read "দুর্গাপূজা-এর"."""
    named = ((name, EID[1]),)
    assert judged(date(2026, 3, 1), festivals=named)["BOTH"].explain("bn").startswith(expected)


WEDDINGS = LostSettings(lost_below=0.99, at_risk_below=1.0, seasons=(("বিয়ের মৌসুম", (11, 15), (2, 15)),))


def test_a_season_of_weeks_is_followed_like_a_festival():
    """A festival's date cannot say "the winter weddings, mid-November to mid-February" (stop 30's
    second owner trial: 67 of 94 lost customers were wedding buyers, 50 of whom bought again that
    season); ``[lost.seasons]`` can."""
    shop = [*growing_shop(),
            dated("TWICE", [date(2024, 12, 10), date(2025, 1, 20), date(2026, 1, 5)]),
            dated("ONCE", [date(2025, 11, 20), date(2026, 1, 28)])]
    on = {a.customer_id: a for a in assess_all(shop, date(2026, 10, 25), WEDDINGS)}
    assert on["TWICE"].level is None
    assert on["TWICE"].explain("bn").startswith("সাধারণত বিয়ের মৌসুমে কেনেন; সেই সময়ের অপেক্ষা; ")
    assert (on["ONCE"].level, on["ONCE"].explain("en").split("; ")[:2]) == (
        AT_RISK, ["bought only during বিয়ের মৌসুম in November 2025", "it is coming again"])
    assert on["ONCE"].explain("bn").startswith(
        "শুধু নভেম্বর ২০২৫-এ, বিয়ের মৌসুমে কিনেছিলেন; সেই সময় আবার আসছে; ")
    # the season passed without a purchase: judged like anyone else
    after = {a.customer_id: a for a in assess_all(shop, date(2027, 3, 1), WEDDINGS)}
    assert after["ONCE"].level == LOST and after["TWICE"].level == LOST


@pytest.mark.parametrize("value, expected", [
    ({"Wedding": ["11-15", "02-15"]}, (("Wedding", (11, 15), (2, 15)),)),
    ({"Puja": ["10-01", "10-25"], "Wedding": ["12-01", "01-31"]},
     (("Puja", (10, 1), (10, 25)), ("Wedding", (12, 1), (1, 31)))),
])
def test_seasons_are_read_from_the_settings(value, expected):
    assert LostSettings.from_section({"seasons": value}).seasons == expected


@pytest.mark.parametrize("value", [{"Wedding": ["11-15"]}, {"Wedding": ["13-01", "02-15"]},
                                   {"Wedding": "November"}, ["11-15", "02-15"]])
def test_a_season_typed_wrong_says_how_to_write_it(value):
    from khatir.errors import ConfigError
    with pytest.raises(ConfigError) as err:
        LostSettings.from_section({"seasons": value})
    assert str(err.value).endswith('for example ["11-15", "02-15"].') or \
        str(err.value).endswith('(its first and last day, month-day).')


def test_a_season_says_the_month_the_customer_bought_in():
    """"bought only during the weddings in November 2025" of a customer who bought in January."""
    shop = [*growing_shop(), dated("JAN", [date(2026, 1, 12), date(2026, 1, 15)])]
    a = {a.customer_id: a for a in assess_all(shop, date(2026, 10, 25), WEDDINGS)}["JAN"]
    assert a.explain("en").startswith("bought only during বিয়ের মৌসুম in January 2026; it is coming again; ")


def test_a_year_round_buyer_is_no_festival_buyer_when_the_festivals_cover_most_of_the_year():
    """Eid, Puja, Kali Puja and the weddings together cover most of the year: a reseller who
    bought every 16 days was "usually buys before Eid / KaliPuja / Puja / বিয়ের মৌসুম" and hidden
    at risk (stop 30's second re-trial)."""
    many = LostSettings(lost_below=0.99, at_risk_below=1.0, festivals=(
        EID, ("Puja", (date(2025, 10, 2), date(2026, 10, 21))),
        ("Boishakh", (date(2025, 4, 14), date(2026, 4, 14), date(2027, 4, 14))),
        ("Christmas", (date(2024, 12, 25), date(2025, 12, 25), date(2026, 12, 25))),
        ("Durga", (date(2025, 9, 1), date(2026, 9, 1), date(2027, 9, 1)))))
    # busiest in the festive weeks, as a reseller is, and buying the year round
    days = [date(2025, 1, 2) + timedelta(days=8 * k) for k in range(70)]
    busy = [d for k, d in enumerate(days)
            if k % 6 == 0 or any(f.holding(d) for f in many.every_festival)]
    reseller = dated("RES", [d for d in busy if d <= date(2026, 6, 20)])
    a = {a.customer_id: a for a in assess_all([*growing_shop(), reseller], date(2026, 10, 25), many)}["RES"]
    assert a.season is None and a.level == LOST


def test_a_wedding_familys_february_purchase_is_the_seasons_not_eids():
    both = LostSettings(lost_below=0.99, at_risk_below=1.0, festivals=(EID,),
                        seasons=(("Wedding", (11, 15), (2, 28)),))
    family = dated("FEB", [date(2026, 2, 24), date(2026, 2, 27)])  # within 28 days of Eid, 20 March
    a = {a.customer_id: a for a in assess_all([*growing_shop(), family], date(2026, 10, 25), both)}["FEB"]
    assert a.explain("en").startswith("bought only during Wedding in February 2026; it is coming again; ")


def test_a_season_typed_the_wrong_way_round_is_refused_with_the_other_order():
    from khatir.errors import ConfigError
    with pytest.raises(ConfigError) as err:
        LostSettings.from_section({"seasons": {"Wedding": ["02-13", "11-16"]}})
    assert str(err.value) == (
        "In the [lost.seasons] settings, Wedding = ['02-13', '11-16'] runs 276 days, more than half "
        "the year: write its first day first (for that season the other way round: ['11-16', '02-13']).")


@pytest.mark.parametrize("lang, expected", [
    ("en", "Seasons from your settings: Wedding (15 November–15 February). A customer who buys "
           "during one is judged by its next time, not by their usual gap."),
    ("bn", "আপনার সেটিংসের মৌসুম: Wedding (১৫ নভেম্বর–১৫ ফেব্রুয়ারি)। যিনি এর কোনোটিতে কেনেন, তাঁকে "
           "তাঁর সাধারণ ব্যবধান নয়, এর পরের বারের সময় দেখে বিচার করা হয়।"),
])
def test_the_backtest_says_the_seasons_it_read(lang, expected):
    from khatir.backtest import backtest
    from khatir.backtest_report import plain_report
    from khatir.sheet.records import Order
    orders = [Order(2, d, h.customer_id, 500.0) for h in growing_shop() for d in h.purchase_dates]
    weddings = LostSettings(seasons=(("Wedding", (11, 15), (2, 15)),))
    assert expected in plain_report(backtest(orders, date(2025, 9, 1), weddings), lang).splitlines()
