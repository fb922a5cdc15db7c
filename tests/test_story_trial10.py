"""The tenth blind trial (a Rajshahi mango, dates and winter-pitha shop, its resellers and corporate
gift buyers): what an agent would have sent wrong. Each runs the real daily job on a workbook."""
from __future__ import annotations

import pytest

from conftest import ago, customers_tab, notes_tab
from khatir.sheet.schema import MESSAGES
from test_story_trial import messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook


def test_a_reseller_or_a_firm_named_by_its_trade_is_greeted_by_its_whole_name(make_workbook, run_job):
    # trial 10: "Bhai Bhai Fruits" got "প্রিয় Bhai," ("Dear Brother"), "Delta Builders" "Hello Delta,"
    path = make_workbook({
        "Customers": customers_tab(["R-1", "Bhai Bhai Fruits", "01711-200001", "bn"],
                                   ["G-3", "Delta Builders", "01711-200003", "en"],
                                   ["R-5", "আল-আমিন ফ্রুটস", "01711-200005", "bn"],
                                   ["R-6", "Karim Foods (Md. Karim)", "01711-200006", "en"]),
        "Call Notes": notes_tab(*({"date": ago(1), "customer_id": c, "agent": "Tuhin", "note": "nai dhore nai"}
                                  for c in ("R-1", "G-3", "R-5", "R-6"))),
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    assert sorted((cid, text.splitlines()[0]) for cid, _, text in messages(path)) == [
        ("G-3", "Hello Delta Builders,"), ("R-1", "প্রিয় Bhai Bhai Fruits,"),
        ("R-5", "প্রিয় আল-আমিন ফ্রুটস,"), ("R-6", "Hello Karim,")]


@pytest.mark.parametrize("lang, note", [
    ("en", "6 customers who buy during a listed season (Pitha season), in one of its years only so far "
           "or not in the last one, are listed at risk, not lost: the season is coming again. If they "
           "have not bought once it has passed, they can be lost."),
    ("bn", "তালিকার কোনো মৌসুমে (Pitha season) কেনেন, আর এ পর্যন্ত একবারই সেই মৌসুমে কিনেছেন বা গতবার "
           "কেনেননি, এমন ৬ জন গ্রাহককে হারানো নয়, ঝুঁকিতে দেখানো হয়েছে: মৌসুমটি আবার আসছে। সেটি "
           "পেরিয়ে গেলেও না কিনলে তাঁরা হারানো হতে পারেন।"),
])
def test_a_listed_seasons_buyers_held_at_risk_are_said_to_buy_during_it(make_workbook, run_job, lang, note):
    # trial 10: "6 customers who buy before a listed festival (Pitha season)" for winter-pitha families
    from datetime import date, timedelta
    from khatir.config import build_settings
    from test_customers_section import orders
    rows = [[f"W-{i}", f"Pitha {i}", f"0171300{i:04d}", "en"] for i in range(6)]
    rows += [[f"F-{i}", f"Monthly {i}", f"0171400{i:04d}", "en"] for i in range(30)]
    history = []
    for i in range(6):
        history += [(f"W-{i}", date(2025, 12, 5 + 2 * i), 1200), (f"W-{i}", date(2026, 1, 8 + 2 * i), 1500)]
    for i in range(30):
        history += [(f"F-{i}", date(2025, 9, 1) + timedelta(days=30 * m + i), 900) for m in range(13)]
    settings = build_settings({"general": {"language": lang}, "lost": {
        "festivals": {"Eid": ["2026-03-20", "2026-05-27", "2027-03-10"]},
        "seasons": {"Pitha season": ["12-01", "02-15"]}}})
    path = make_workbook({"Customers": customers_tab(*rows), "Orders": orders(*history),
                          "Call Notes": notes_tab(), "Messages": [MESSAGES.headers()]})
    result = run_job(path, date(2026, 11, 5), settings_=settings)
    assert note in result.notes
    assert not [line for line in result.notes if "listed festival" in line or "কোনো উৎসবের" in line]


def test_a_festival_buyer_who_bought_earlier_this_year_is_not_said_to_have_missed_this_year(
        make_workbook, run_job):
    # trial 10: a corporate gift buyer before Puja 2025 and Eid in March 2026, silent for May's Eid
    # and October's Puja, read "usually buys before Eid / Puja; not this year"
    from datetime import date, timedelta
    from khatir.config import build_settings
    from test_customers_section import orders
    from test_story_trial import follow_ups
    rows = [["G-3", "Delta Builders", "01711-200003", "en"]]
    rows += [[f"F-{i}", f"Monthly {i}", f"0171400{i:04d}", "en"] for i in range(30)]
    history = [("G-3", date(2025, 9, 22), 25000), ("G-3", date(2026, 3, 1), 20000)]
    for i in range(30):
        history += [(f"F-{i}", date(2025, 9, 1) + timedelta(days=30 * m + i), 900) for m in range(13)]
    settings = build_settings({"general": {"language": "en"}, "lost": {"festivals": {
        "Eid": ["2025-03-31", "2025-06-07", "2026-03-20", "2026-05-27", "2027-03-10"],
        "Puja": ["2025-10-02", "2026-10-21", "2027-10-10"]}}})
    path = make_workbook({"Customers": customers_tab(*rows), "Orders": orders(*history),
                          "Call Notes": notes_tab(), "Messages": [MESSAGES.headers()]})
    run_job(path, date(2026, 11, 5), settings_=settings)
    assert [(kind, why) for kind, cid, why in follow_ups(path) if cid == "G-3"] == [
        ("lost", "usually buys before Eid / Puja; not for the one of 27 May 2026; no purchase for 249 days; "
                 "2 orders, ৳ 45,000 in total")]



def test_no_win_back_goes_out_of_season_to_a_customer_who_bought_only_in_a_listed_season(
        make_workbook, run_job):
    # trial 10: mango families (two orders in June 2026, "Mango season" listed) were sent "we miss
    # you, did we get something wrong?" in November, when the shop has no mangoes to sell them
    from datetime import date, timedelta
    from khatir.config import build_settings
    from conftest import records
    from test_customers_section import orders
    today = date(2026, 11, 5)
    rows = [[f"M-{i}", f"Mango {i}", f"0171500{i:04d}", "en"] for i in range(4)]
    rows += [[f"S-{i}", f"Stopped {i}", f"0171600{i:04d}", "en"] for i in range(2)]
    rows += [[f"F-{i}", f"Monthly {i}", f"0171400{i:04d}", "en"] for i in range(30)]
    history = []
    for i in range(4):
        history += [(f"M-{i}", date(2026, 6, 2 + i), 3000), (f"M-{i}", date(2026, 6, 25 + i), 2500)]
    for i in range(2):  # year-round buyers who stopped in the spring: a win-back is for them
        history += [(f"S-{i}", date(2025, 10, 1) + timedelta(days=30 * m + i), 900) for m in range(7)]
    for i in range(30):
        history += [(f"F-{i}", date(2025, 9, 1) + timedelta(days=30 * m + i), 900) for m in range(14)]
    settings = build_settings({"general": {"language": "en"}, "lost": {
        "seasons": {"Mango season": ["05-15", "07-31"]}}})
    path = make_workbook({"Customers": customers_tab(*rows), "Orders": orders(*history),
                          "Call Notes": notes_tab(), "Messages": [MESSAGES.headers()]})
    run_job(path, today, settings_=settings)
    lost = {r["Customer ID"]: r["Remark"] for r in records(path, "Follow-ups") if r["What"] == "lost"}
    assert {cid: lost.get(cid) for cid in ("M-0", "M-3")} == dict.fromkeys(
        ("M-0", "M-3"), "bought only during Mango season: no win-back message out of its season (it opens "
                        "again on 15 May 2027)")
    assert sorted(cid for cid, key, _ in messages(path) if key.startswith("win_back:")) == ["S-0", "S-1"]
