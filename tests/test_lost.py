"""Lost and at-risk customers, purchase histories, and stay-in-touch check-ins."""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pytest

from khatir.backtest import simulate_orders
from khatir.errors import ConfigError
from khatir.sheet.records import CallNote, Customer, Message, Order
from khatir.rules.history import PurchaseHistory, purchase_histories
from khatir.rules.lost import (BGNBD, Assessment, LostSettings, Model, assess_all, assess_customers,
                               assess_one, fit_bgnbd, fit_model, typical_gap, win_back_key,
                               win_back_order)
from khatir.rules.stay_in_touch import (CheckIn, check_ins_due, last_contacts,
                                        limits_from_section)

TODAY = date(2026, 11, 24)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def customer(cid: str, **kw) -> Customer:
    return Customer(row=2, id=cid, name=f"Name {cid}", **kw)


def history(cid: str, days_ago: list[int], spent: float = 1000.0) -> PurchaseHistory:
    dates = tuple(sorted(ago(d) for d in days_ago))
    return PurchaseHistory(cid, dates[0], dates[-1], len(dates), spent, "orders", dates)


# A fitted-looking BG/NBD model (time in days), used where the fit itself is not the point.
BG = Model("bgnbd", 180, bgnbd=BGNBD(r=0.5, alpha=40.0, a=0.8, b=2.5, fitted_on=500))


# --------------------------------------------------------------------------
# Purchase history


def test_orders_tab_gives_distinct_days_total_and_dates():
    customers = {"C1": customer("C1", orders=99, total_spent=5.0)}
    orders = [Order(2, ago(100), "C1", 500.0), Order(3, ago(100), "C1", 300.0),
              Order(4, ago(40), "C1", 1200.0), Order(5, ago(10), "C1", -200.0),  # a refund
              Order(6, ago(5), "NOBODY", 999.0)]
    h = purchase_histories(customers, orders)["C1"]
    assert h.source == "orders"
    assert (h.first, h.last, h.purchases) == (ago(100), ago(40), 2)
    assert h.total_spent == 1800.0  # refunds lower the total, but are not a purchase day
    assert h.purchase_dates == (ago(100), ago(40))
    assert h.gaps == (60,)


def test_customers_columns_are_the_fallback_and_prospects_get_zero():
    customers = {
        "C1": customer("C1", first_purchase=ago(400), last_purchase=ago(150), orders=12,
                       total_spent=48000.0),
        "C2": customer("C2"),  # a prospect
        "C3": customer("C3", first_purchase=ago(10), last_purchase=ago(300)),  # typed backwards
        "C4": customer("C4", last_purchase=ago(30)),
    }
    orders = [Order(2, ago(5), "C9", 10.0)]  # unknown id: ignored
    hs = purchase_histories(customers, orders)
    assert hs["C1"] == PurchaseHistory("C1", ago(400), ago(150), 12, 48000.0, "customers")
    assert hs["C2"].purchases == 0 and hs["C2"].first is None
    assert (hs["C3"].first, hs["C3"].last, hs["C3"].purchases) == (ago(300), ago(10), 2)
    assert hs["C4"].purchases == 1
    assert set(hs) == set(customers)


def test_typical_gap_is_median_of_known_gaps_else_mean():
    assert typical_gap(history("A", [130, 100, 70, 40, 10])) == 30.0
    assert typical_gap(history("B", [300, 270, 240, 10])) == 30.0  # one long break ignored
    cols = PurchaseHistory("C", ago(400), ago(150), 11, 0.0, "customers")
    assert typical_gap(cols) == 25.0
    assert typical_gap(PurchaseHistory("D", ago(4), ago(4), 1, 0.0, "customers")) is None


# --------------------------------------------------------------------------
# Explanation in words


def test_explanation_english_and_bengali_exact():
    a = Assessment("C1", "lost", 0.93, 40.0, 150, 12, 48000.0, ago(150), False)
    assert a.explain("en") == ("usually buys about every 40 days; no purchase for 150 days; "
                               "12 orders, ৳ 48,000 in total")
    assert a.explain("bn") == ("সাধারণত প্রায় ৪০ দিন পরপর কেনেন; ১৫০ দিন ধরে কোনো কেনাকাটা নেই; "
                               "১২টি অর্ডার, মোট ৳ ৪৮,০০০")
    assert a.level_label("en") == "lost" and a.level_label("bn") == "হারানো"


@pytest.mark.parametrize("gap, en, bn", [
    (5.0, "bought twice, 5 days apart", "দুবার কিনেছেন, ৫ দিনের ব্যবধানে"),
    (1.0, "bought on two days in a row", "পরপর দুদিন কিনেছেন"),
])
def test_two_purchases_are_not_called_a_rhythm(gap, en, bn):
    """Two visits before one Eid, five days apart, are not "usually every 5 days"."""
    a = Assessment("C1", "lost", 0.9, gap, 271, 2, 25800.0, ago(271), False)
    assert a.explain("en") == f"{en}; no purchase for 271 days; 2 orders, ৳ 25,800 in total"
    assert a.explain("bn") == f"{bn}; ২৭১ দিন ধরে কোনো কেনাকাটা নেই; ২টি অর্ডার, মোট ৳ ২৫,৮০০"


def test_explanation_lakh_grouping_rounding_and_staff_mark():
    a = Assessment("C2", "at_risk", 0.6, 37.4, 95, 3, 123456.4, ago(95), False)
    assert a.explain("bn") == ("সাধারণত প্রায় ৩৭ দিন পরপর কেনেন; ৯৫ দিন ধরে কোনো কেনাকাটা নেই; "
                               "৩টি অর্ডার, মোট ৳ ১,২৩,৪৫৬")
    assert a.explain("en").endswith("3 orders, ৳ 1,23,456 in total")
    assert a.level_label("en") == "at risk" and a.level_label("bn") == "ঝুঁকিতে"
    staff = Assessment("C3", "lost", 1.0, None, None, 0, 0.0, None, True)
    assert staff.explain("en") == "last purchase date unknown; no orders recorded; marked lost by staff"
    assert staff.explain("bn") == ("শেষ কেনার তারিখ জানা নেই; কোনো অর্ডারের হিসাব নেই; "
                                   "স্টাফ হারানো হিসেবে চিহ্নিত করেছেন")


# --------------------------------------------------------------------------
# Levels and thresholds


def test_threshold_just_above_and_just_below():
    h = history("C1", [400, 360, 320, 280])  # every 40 days, silent for 280
    score = BG.score(3, 120, 400)
    chance = 1.0 - score
    assert 0.0 < score < 1.0
    just_lost = LostSettings(at_risk_below=0.99, lost_below=chance + 1e-9)
    not_quite = LostSettings(at_risk_below=0.99, lost_below=chance - 1e-9)
    neither = LostSettings(at_risk_below=chance - 1e-9, lost_below=chance - 1e-9)
    assert assess_one(h, TODAY, just_lost, BG).level == "lost"
    assert assess_one(h, TODAY, not_quite, BG).level == "at_risk"
    assert assess_one(h, TODAY, neither, BG).level is None
    a = assess_one(h, TODAY, just_lost, BG)
    assert (a.score, a.days_since, a.typical_gap_days, a.purchases) == (score, 280, 40.0, 4)


def test_longer_silence_raises_the_score():
    scores = [BG.score(5, 200, 200 + r) for r in (0, 30, 90, 180, 365)]
    assert scores == sorted(scores) and scores[-1] > scores[0]


def test_not_overdue_by_own_rhythm_is_never_flagged():
    h = history("C1", [330, 220, 110])  # every 110 days, last one 110 days ago
    everyone = LostSettings(at_risk_below=1.0, lost_below=1.0, min_overdue_ratio=1.5)
    assert assess_one(h, TODAY, everyone, BG).level is None
    assert assess_one(h, TODAY, LostSettings(at_risk_below=1.0, lost_below=1.0,
                                             min_overdue_ratio=1.0), BG).level == "lost"


@pytest.mark.parametrize("silent, level", [(100, "at_risk"), (80, None), (44, None)])
def test_a_regular_silent_three_times_their_rhythm_is_at_least_at_risk(silent, level):
    """A monthly regular silent 100 days: the shop's past says such regulars usually come
    back, so the ranking leaves them out, but the owner calls them."""
    monthly = history("R1", [silent + 30 * k for k in range(12)])
    burst = [history(f"B{n}", [300 + n, 305 + n]) for n in range(40)]  # two visits, long gone
    few = LostSettings(lost_share=0.1, at_risk_share=0.2, at_risk_below=0.3)
    levels = {a.customer_id: a.level for a in assess_all([monthly, *burst], TODAY, few, BG)}
    assert levels["R1"] == level
    every_ten = history("R2", [40, 50, 60, 70, 80])  # silent 40 days, 4 times their 10
    assert {a.customer_id: a.level for a in assess_all(
        [every_ten, *burst], TODAY, few, BG)}["R2"] is None  # but not 45 days yet


def test_one_time_buyers_and_prospects_are_never_lost():
    everything = LostSettings(at_risk_below=1.0, lost_below=1.0, min_overdue_ratio=0.0)
    customers = {
        "ONCE": customer("ONCE"), "SAMEDAY": customer("SAMEDAY"), "PROSPECT": customer("PROSPECT"),
        "COLS1": customer("COLS1", first_purchase=ago(900), last_purchase=ago(900), orders=1),
        "REPEAT": customer("REPEAT"),
    }
    orders = [Order(2, ago(800), "ONCE", 100.0),
              Order(3, ago(700), "SAMEDAY", 100.0), Order(4, ago(700), "SAMEDAY", 50.0),
              Order(5, ago(900), "REPEAT", 100.0), Order(6, ago(700), "REPEAT", 100.0)]
    hs = purchase_histories(customers, orders)
    out = assess_customers(customers, hs, TODAY, everything, model=BG)
    assert set(out) == {"REPEAT"}
    assert out["REPEAT"].level == "lost" and not out["REPEAT"].marked_by_staff


def test_missing_dates_give_no_level_but_staff_mark_still_counts():
    customers = {"NODATES": customer("NODATES", orders=7, total_spent=9000.0),
                 "STAFF": customer("STAFF", segment="lost", orders=3, total_spent=1500.0)}
    hs = purchase_histories(customers, [])
    everything = LostSettings(at_risk_below=1.0, lost_below=1.0)
    out = assess_customers(customers, hs, TODAY, everything, model=BG)
    assert set(out) == {"STAFF"}
    a = out["STAFF"]
    assert (a.level, a.marked_by_staff, a.score, a.last_purchase) == ("lost", True, 1.0, None)
    assert a.explain("en") == ("last purchase date unknown; 3 orders, ৳ 1,500 in total; "
                               "marked lost by staff")


def test_staff_marked_lost_overrides_the_model_and_keeps_its_score():
    customers = {"C1": customer("C1", segment="হারানো"), "C2": customer("C2", segment="lost")}
    orders = [Order(2, ago(30), "C1", 100.0), Order(3, ago(2), "C1", 100.0),
              Order(4, ago(10), "C2", 700.0)]
    out = assess_customers(customers, purchase_histories(customers, orders), TODAY,
                           LostSettings(), model=BG)
    assert out["C1"].level == "lost" and out["C1"].marked_by_staff
    assert 0.0 < out["C1"].score < 0.5  # the model's own opinion is kept
    assert out["C2"].level == "lost" and out["C2"].score == 1.0  # one-time buyer: no model score
    assert out["C2"].days_since == 10 and out["C2"].explain("en").startswith("no purchase for 10 days")


def test_purchases_after_today_are_ignored():
    h = history("C1", [300, 250, 200, -5])  # an order dated in the future
    a = assess_one(h, TODAY, LostSettings(at_risk_below=1.0, lost_below=1.0), BG)
    assert (a.purchases, a.days_since, a.last_purchase) == (3, 200, ago(200))


# --------------------------------------------------------------------------
# Win-back


def test_win_back_key_changes_with_each_lost_episode():
    first = Assessment("C7", "lost", 0.9, 30.0, 200, 5, 1000.0, date(2026, 1, 10), False)
    relapse = Assessment("C7", "lost", 0.9, 30.0, 200, 6, 1200.0, date(2026, 6, 2), False)
    assert win_back_key(first) == "win_back:C7:2026-01-10"
    assert win_back_key(relapse) == "win_back:C7:2026-06-02"
    unknown = Assessment("C8", "lost", 1.0, None, None, 0, 0.0, None, True)
    assert win_back_key(unknown) == "win_back:C8:none"


def test_win_back_order_most_valuable_first_lost_only():
    def a(cid: str, level: str | None, spent: float) -> Assessment:
        return Assessment(cid, level, 0.9, 30.0, 200, 4, spent, ago(200), False)
    items = {x.customer_id: x for x in (a("B", "lost", 500.0), a("A", "lost", 500.0),
                                          a("C", "lost", 9000.0), a("D", "at_risk", 99999.0))}
    assert [x.customer_id for x in win_back_order(items)] == ["C", "A", "B"]
    assert [x.customer_id for x in win_back_order(list(items.values()))] == ["C", "A", "B"]


# --------------------------------------------------------------------------
# Fitting


def _bgnbd_customers(n: int, r: float, alpha: float, a: float, b: float, days: int,
                     seed: int) -> list[PurchaseHistory]:
    """Customers drawn from BG/NBD itself, all starting on day 0, observed for ``days``."""
    rng = random.Random(seed)
    start = TODAY - timedelta(days=days)
    out = []
    for i in range(n):
        lam = rng.gammavariate(r, 1.0 / alpha)
        p = rng.betavariate(a, b)
        t, dates = 0.0, [0]
        while True:  # BG/NBD: after each *repeat* purchase, drop out with chance p
            t += rng.expovariate(lam)
            if t > days:
                break
            dates.append(int(t))
            if rng.random() < p:
                break
        ds = tuple(sorted({start + timedelta(days=d) for d in dates}))
        out.append(PurchaseHistory(f"S{i}", ds[0], ds[-1], len(ds), 100.0, "orders", ds))
    return out


@pytest.mark.slow
def test_bgnbd_fit_recovers_known_parameters():
    hs = _bgnbd_customers(4000, r=0.8, alpha=60.0, a=0.9, b=3.0, days=540, seed=3)
    fit = fit_bgnbd(hs, TODAY)
    assert isinstance(fit, BGNBD)
    assert fit.r == pytest.approx(0.8, rel=0.15)
    assert fit.alpha == pytest.approx(60.0, rel=0.15)
    assert fit.a == pytest.approx(0.9, rel=0.2)
    assert fit.b == pytest.approx(3.0, rel=0.2)
    assert fit.fitted_on == 4000
    # coarser cells for the fit barely move the parameters
    coarse = fit_bgnbd(hs, TODAY, max_cells=300)
    assert coarse.r == pytest.approx(fit.r, rel=0.1) and coarse.alpha == pytest.approx(fit.alpha, rel=0.15)


def test_too_few_customers_fall_back_to_own_gap():
    hs = [history("A", [100, 60, 20]), history("B", [400, 300]), history("C", [50])]
    m = fit_model(hs, TODAY)
    assert m.method == "own_gap" and m.bgnbd is not None
    assert "only 3 buyers" in m.note
    out = assess_customers({h.customer_id: customer(h.customer_id) for h in hs},
                           {h.customer_id: h for h in hs}, TODAY, LostSettings(), model=m)
    assert "C" not in out
    assert out["B"].level == "lost"  # one 100-day gap, then 300 days of silence
    assert "A" not in out  # buys every 40 days, last one 20 days ago


@pytest.mark.slow
def test_learned_model_on_the_synthetic_shop():
    orders = simulate_orders(1500, seed=11)
    today = max(o.date for o in orders)
    customers = {o.customer_id: customer(o.customer_id) for o in orders}
    hs = purchase_histories(customers, orders)
    m = fit_model(hs.values(), today)
    assert m.method == "learned" and m.trained_on >= 100
    assert m.describe("en").startswith("learnt from what")
    assert m.describe("bn").startswith("গত ৩৬০ দিনে")  # windows of 180 days over 360
    # a young shop: 200 days of orders learn from 100-day windows, the earliest starting
    # at least 60 days after the first order (here the windows ending today and 25 days ago)
    young = [o for o in orders if o.date > today - timedelta(days=200)]
    hs_young = purchase_histories({o.customer_id: customer(o.customer_id) for o in young}, young)
    m_young = fit_model(hs_young.values(), today)
    assert m_young.method == "learned" and m_young.horizon_days == 99
    assert " really did in the last 124 days (" in m_young.describe("en")
    # a longer silence never lowers the score, for rare and frequent buyers alike
    for x, t in ((1, 30), (4, 200), (20, 600)):
        scores = [m.score(x, t, t + r) for r in range(0, 720, 15)]
        assert all(b >= a - 1e-12 for a, b in zip(scores, scores[1:]))
    # customers-column histories are scored too (no purchase dates needed to score)
    cols = PurchaseHistory("X", today - timedelta(days=700), today - timedelta(days=400), 6,
                           5000.0, "customers")
    assert assess_one(cols, today, LostSettings(), m).level == "lost"


@pytest.mark.slow
def test_bgnbd_only_setting_and_learning_needs_dated_history():
    orders = simulate_orders(800, seed=5)
    today = max(o.date for o in orders)
    customers = {o.customer_id: customer(o.customer_id) for o in orders}
    hs = purchase_histories(customers, orders)
    assert fit_model(hs.values(), today, learn=False).method == "bgnbd"
    undated = [PurchaseHistory(h.customer_id, h.first, h.last, h.purchases, h.total_spent,
                               "customers") for h in hs.values()]
    m = fit_model(undated, today)
    assert m.method == "bgnbd" and "not enough dated history" in m.note
    assert m.describe("en").startswith("a general model of how customers buy and stop buying, fitted on")
    assert "alpha" not in m.describe("en") and "alpha" not in m.describe("bn")


def test_settings_from_section_and_validation():
    s = LostSettings.from_section({"lost_below": 0.1, "at_risk_below": 0.4, "horizon_days": 120,
                                   "model": "BGNBD"})
    assert (s.lost_below, s.at_risk_below, s.horizon_days, s.model) == (0.1, 0.4, 120, "bgnbd")
    assert LostSettings.from_section(None) == LostSettings()
    with pytest.raises(ConfigError, match="unknown key"):
        LostSettings.from_section({"lost_bellow": 0.1})
    with pytest.raises(ConfigError, match="whole number"):
        LostSettings.from_section({"horizon_days": 90.5})
    with pytest.raises(ConfigError, match="lost_below not above at_risk_below"):
        LostSettings.from_section({"lost_below": 0.6})
    with pytest.raises(ConfigError, match="one-time buyers"):
        LostSettings(min_purchases=1)


# --------------------------------------------------------------------------
# Stay in touch


def test_last_contacts_from_call_notes_and_sent_messages():
    notes = [CallNote(2, ago(50), "C1", "called"), CallNote(3, ago(80), "C1", "called"),
             CallNote(4, ago(5), "C2", "called")]
    messages = [
        Message(2, "k1", "C1", "check_in", "sent", created=ago(40), sent_on=ago(30)),
        Message(3, "k2", "C1", "check_in", "pending", created=ago(1)),
        Message(4, "k3", "C3", "win_back", "Sent", created=ago(20)),  # no Sent On: Created
        Message(5, "k4", "C4", "win_back", "skipped", created=ago(3), sent_on=ago(3)),
        Message(6, "k5", "C5", "win_back", "sent"),  # no date at all
    ]
    assert last_contacts(notes, messages) == {"C1": ago(30), "C2": ago(5), "C3": ago(20)}


def test_check_ins_due_by_segment_limit():
    customers = {
        "LATE": customer("LATE"), "FINE": customer("FINE"),
        "NEVER": customer("NEVER", first_purchase=ago(75)),
        "NODATE": customer("NODATE"), "DNC": customer("DNC", do_not_contact=True),
        "PROSPECT": customer("PROSPECT", segment="interested"),
    }
    contact = {"LATE": ago(75), "FINE": ago(10), "DNC": ago(200), "PROSPECT": ago(31)}
    segments = {"LATE": "existing", "FINE": "existing", "NEVER": "existing",
                "NODATE": "existing", "DNC": "lost"}
    limits = {"existing": 60, "lost": 90}
    due = check_ins_due(customers, contact, TODAY, limits, segments)
    assert [c.customer_id for c in due] == ["DNC", "LATE", "NEVER"]  # most overdue first
    assert due[1] == CheckIn("LATE", ago(75), 75, 60)
    assert due[1].explain("en") == "no contact for 75 days (limit 60)"
    assert due[1].explain("bn") == "৭৫ দিন কোনো যোগাযোগ নেই (সীমা ৬০ দিন)"
    assert due[2] == CheckIn("NEVER", None, 75, 60)
    assert due[2].explain("en") == "never contacted; first purchase 75 days ago (limit 60)"
    assert due[2].explain("bn") == "কখনো যোগাযোগ হয়নি; প্রথম কেনা ৭৫ দিন আগে (সীমা ৬০ দিন)"
    # the Orders tab's first purchase can be passed in; a default covers other segments
    due = check_ins_due(customers, contact, TODAY, {"default": 30}, segments,
                        first_purchase={"NODATE": ago(45)})
    assert [c.customer_id for c in due] == ["DNC", "LATE", "NEVER", "NODATE", "PROSPECT"]
    exactly = check_ins_due({"X": customer("X")}, {"X": ago(60)}, TODAY, {"existing": 60},
                            {"X": "existing"})
    assert exactly == []  # "longer than" the limit


@pytest.mark.parametrize("lang, expected", [
    ("en", "never contacted; only purchase 591 days ago (limit 60)"),
    ("bn", "কখনো যোগাযোগ হয়নি; একমাত্র কেনা ৫৯১ দিন আগে (সীমা ৬০ দিন)"),
])
def test_a_one_time_buyer_is_not_said_to_have_a_first_purchase(lang, expected):
    """"first purchase 591 days ago" of a customer who bought once read as if more followed."""
    due = check_ins_due({"O": customer("O")}, {}, TODAY, {"existing": 60}, {"O": "existing"},
                        first_purchase={"O": ago(591)}, last_purchase={"O": ago(591)})
    assert [c.explain(lang) for c in due] == [expected]


def test_one_time_buyers_from_long_ago_come_after_the_customers_who_came_back():
    customers = {"ONCE": customer("ONCE"), "TWICE": customer("TWICE")}
    due = check_ins_due(customers, {}, TODAY, {"existing": 60}, {"ONCE": "existing", "TWICE": "existing"},
                        first_purchase={"ONCE": ago(591), "TWICE": ago(200)},
                        last_purchase={"ONCE": ago(591), "TWICE": ago(90)})
    assert [c.explain("en") for c in due] == [
        "never contacted; first purchase 200 days ago (limit 60)",
        "never contacted; only purchase 591 days ago (limit 60)"]


@pytest.mark.parametrize("bought, listed", [
    (ago(14), False), (ago(60), False),  # a reseller ordering every two weeks: in touch
    (ago(61), True), (None, True),
])
def test_a_recent_buyer_needs_no_check_in(bought, listed):
    """Never called in 437 days, but orders every 2-3 weeks: not "never contacted"."""
    customers = {"R": customer("R", first_purchase=ago(437))}
    due = check_ins_due(customers, {}, TODAY, {"existing": 60}, {"R": "existing"},
                        last_purchase={"R": bought})
    assert [c.explain("en") for c in due] == (
        ["never contacted; first purchase 437 days ago (limit 60)"] if listed else [])
    # the Last Purchase cell is the fallback
    due = check_ins_due({"R": customer("R", first_purchase=ago(437), last_purchase=bought)}, {},
                        TODAY, {"existing": 60}, {"R": "existing"})
    assert bool(due) is listed


def test_stay_in_touch_limits_from_section():
    assert limits_from_section(None) == {"interested": 30, "existing": 60, "lost": 90}
    limits = limits_from_section({"existing": 45, "lost": 0, "default": 120})
    assert limits == {"interested": 30, "existing": 45, "lost": 0, "default": 120}
    due = check_ins_due({"L": customer("L")}, {"L": ago(400)}, TODAY, limits, {"L": "lost"})
    assert due == []  # 0 turns a segment off, even with a default
    with pytest.raises(ConfigError):
        limits_from_section({"vip": 10})
    with pytest.raises(ConfigError):
        limits_from_section({"existing": "sixty"})


def test_scores_are_probabilities():
    for x, t, T in ((1, 10, 400), (30, 700, 710), (3, 0, 5)):
        s = BG.score(x, t, T)
        assert 0.0 <= s <= 1.0 and not math.isnan(s)


@pytest.mark.parametrize("spent, lang, reason", [
    (None, "en", "usually buys about every 30 days; no purchase for 200 days; 5 orders"),
    (0.0, "bn", "সাধারণত প্রায় ৩০ দিন পরপর কেনেন; ২০০ দিন ধরে কোনো কেনাকাটা নেই; ৫টি অর্ডার"),
    (1500.0, "en", "usually buys about every 30 days; no purchase for 200 days; 5 orders, ৳ 1,500 in total"),
])
def test_a_sheet_without_amounts_never_says_taka_0_in_total(spent, lang, reason):
    """The LibreOffice workbook trial: a Customers-only sheet with no Total Spent said "৳ 0 in total"."""
    assert Assessment("C-1", "lost", 0.9, 30.0, 200, 5, spent, None, False).explain(lang) == reason
