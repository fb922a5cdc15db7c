"""The lost flag adapts to the shop: short histories, seasonal customers, the ranked list,
and the same result on the same data."""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pytest

from khatir.errors import ConfigError
from khatir.sheet.records import Customer
from khatir.rules.history import PurchaseHistory, purchase_histories
from khatir.rules.lost import (LOST, Assessment, LostSettings, assess_all, assess_customers,
                               fit_bgnbd, fit_model, win_back_order)
from khatir.simulate import simulate_shop

START = date(2024, 1, 1)


def histories_of(orders, today):
    known = [o for o in orders if o.date <= today]
    customers = {o.customer_id: Customer(row=0, id=o.customer_id, name=o.customer_id)
                 for o in known}
    return purchase_histories(customers, known)


def dated(cid: str, *days: date) -> PurchaseHistory:
    return PurchaseHistory(cid, days[0], days[-1], len(days), 1000.0 * len(days), "orders", days)


@pytest.fixture(scope="module")
def young_shop():
    """Six months of a seasonal shop with many one-time buyers (the hard case)."""
    orders = simulate_shop(2500, start=START, days=200, seed=3, profile="christmas")
    today = START + timedelta(days=170)
    return orders, today, histories_of(orders, today)


@pytest.mark.slow
def test_six_months_of_history_are_enough_to_learn_and_the_list_is_never_empty(young_shop):
    orders, today, hs = young_shop
    model = fit_model(hs.values(), today)
    assert (model.method, model.horizon_days) == ("learned", 85)  # half of 170 days
    assessed = assess_all(hs.values(), today, LostSettings(), model)
    lost = [a for a in assessed if a.level == LOST]
    over_90 = [a for a in assessed if a.scored and a.days_since > 90]
    assert len(over_90) >= 20 and len(lost) >= 20
    # the flagged are overdue by their own rhythm, and the most likely lost come first
    assert all(a.days_since >= a.typical_gap_days for a in lost)
    ranked = win_back_order(lost)
    assert [round(a.score, 6) for a in ranked] == sorted((round(a.score, 6) for a in ranked),
                                                         reverse=True)
    # the summary says which method and why, and that seasons cannot be seen yet
    text = model.explain_choice("en")
    assert "Chosen because the order history covers 170 days" in text
    assert "Less than a year of history" in text
    assert "এক বছরের কম হিসাব" in model.explain_choice("bn")


def test_the_lost_share_sets_how_much_of_the_expected_loss_the_list_holds(young_shop):
    _orders, today, hs = young_shop
    model = fit_model(hs.values(), today)
    counts = []
    for share in (0.2, 0.6, 0.8):
        settings = LostSettings(lost_share=share, at_risk_share=max(0.7, share), lost_below=0.0)
        assessed = assess_all(hs.values(), today, settings, model)
        counts.append(sum(a.level == LOST for a in assessed))
    assert counts[0] < counts[1] < counts[2]
    # lost_share = 0: the fixed threshold alone (less than a 15% chance of coming back)
    fixed = assess_all(hs.values(), today, LostSettings(lost_share=0, at_risk_share=0), model)
    assert all(a.score > 0.85 for a in fixed if a.level == LOST)


def test_the_list_names_at_least_six_in_ten_of_those_the_plain_rule_names(young_shop):
    """A model too sure its customers will come back (here: a small lost_share) still
    lists as many as 0.6 times "no purchase for 90 days", from the top of its ranking."""
    _orders, today, hs = young_shop
    model = fit_model(hs.values(), today)
    short = assess_all(hs.values(), today, LostSettings(lost_share=0.05, lost_below=0.0), model)
    plain = sum(1 for a in short if a.scored and a.days_since > 90)
    lost = {a.customer_id for a in short if a.level == LOST}
    assert len(lost) == math.ceil(0.6 * plain) == 41  # 67 silent more than 90 days
    usual = assess_all(hs.values(), today, LostSettings(lost_below=0.0), model)
    assert lost < {a.customer_id for a in usual if a.level == LOST}  # the top of the same list


@pytest.mark.slow
def test_same_data_same_result_whatever_the_order(young_shop):
    _orders, today, hs = young_shop
    shuffled = list(hs.values())
    random.Random(4).shuffle(shuffled)
    first = assess_all(hs.values(), today, LostSettings(model="bgnbd"))
    again = assess_all(shuffled, today, LostSettings(model="bgnbd"))
    assert first == again
    assert fit_bgnbd(hs.values(), today) == fit_bgnbd(shuffled, today)


def test_a_customer_who_buys_every_december_waits_for_december():
    xmas = dated("X", date(2023, 12, 10), date(2023, 12, 18), date(2024, 12, 12))
    # enough ordinary customers around for a model
    others = [dated(f"O{i}", date(2024, 1, 5) + timedelta(days=i),
                    date(2024, 3, 1) + timedelta(days=2 * i)) for i in range(60)]
    everyone = [xmas, *others]
    settings = LostSettings(lost_share=0.9, at_risk_share=1.0, lost_below=0.99, at_risk_below=1.0)
    june = {a.customer_id: a for a in assess_all(everyone, date(2025, 6, 20), settings)}
    assert june["X"].level is None
    assert june["X"].explain("en").startswith("usually buys around December; waiting for it")
    assert june["O1"].level == LOST  # the ordinary customers silent for a year are lost
    # the season passed without a purchase: now the customer can be lost, and it says why
    february = {a.customer_id: a for a in assess_all(everyone, date(2026, 2, 1), settings)}
    assert february["X"].level == LOST
    assert february["X"].explain("en").startswith("usually buys around December; not this year;")
    assert february["X"].explain("bn").startswith("সাধারণত ডিসেম্বর মাসের দিকে কেনেন; এ বছর কেনেননি;")


@pytest.mark.slow
def test_a_customer_who_buys_before_eid_is_named_when_the_shop_lists_eid():
    eid = ("Eid", (date(2024, 4, 10), date(2025, 3, 31), date(2026, 3, 20)))
    buyer = dated("E", date(2024, 3, 30), date(2025, 3, 18))
    others = [dated(f"O{i}", date(2024, 1, 5) + timedelta(days=i),
                    date(2024, 2, 1) + timedelta(days=i)) for i in range(40)]
    settings = LostSettings(festivals=(eid,), lost_below=0.99, at_risk_below=1.0)
    before = {a.customer_id: a for a in assess_all([buyer, *others], date(2025, 12, 1), settings)}
    assert before["E"].level is None
    assert before["E"].explain("en").startswith("usually buys before Eid; waiting for it")
    after = {a.customer_id: a for a in assess_all([buyer, *others], date(2026, 4, 15), settings)}
    assert after["E"].level == LOST
    assert after["E"].explain("bn").startswith("সাধারণত Eid-এর আগে কেনেন; এ বছর এখনো কেনেননি")


def test_staff_marked_lost_still_wins_and_a_one_time_buyer_is_never_lost(young_shop):
    _orders, today, hs = young_shop
    once = next(cid for cid, h in sorted(hs.items()) if h.purchases == 1)
    customers = {cid: Customer(row=0, id=cid, name=cid) for cid in hs}
    out = assess_customers(customers, hs, today, LostSettings())
    assert once not in out
    customers[once] = Customer(row=0, id=once, name=once, segment="হারানো")
    marked = assess_customers(customers, hs, today, LostSettings())[once]
    assert (marked.level, marked.marked_by_staff, marked.score) == (LOST, True, 1.0)


@pytest.mark.parametrize("section, message", [
    ({"lost_share": 0.8, "at_risk_share": 0.5}, "lost_share not above at_risk_share"),
    ({"lost_share": "many"}, "write a number"),
    ({"season_window_days": 0}, "season_window_days must be 1 or more"),
    ({"festivals": {"Eid": ["31/03/2025"]}}, "write dates as YYYY-MM-DD"),
    ({"festivals": ["Eid"]}, "festivals must be a table"),
])
def test_settings_mistakes_are_one_sentence(section, message):
    with pytest.raises(ConfigError, match=message):
        LostSettings.from_section(section)


def test_festival_dates_from_the_settings_file():
    s = LostSettings.from_section({"festivals": {"Eid": [date(2026, 3, 20), "2025-03-31"]},
                                   "lost_share": 0.5})
    assert s.festivals == (("Eid", (date(2025, 3, 31), date(2026, 3, 20))),)
    assert s.lost_share == 0.5


def test_assessment_without_season_keeps_the_usual_reason():
    a = Assessment("C1", LOST, 0.93, 40.0, 150, 12, 48000.0, date(2026, 6, 1), False)
    assert a.explain("en").startswith("usually buys about every 40 days; no purchase for 150 days")


def test_nobody_is_lost_within_a_month_of_a_purchase():
    """The owner's blind trial: in a small young shop, "bought twice, 10 days apart; no purchase
    for 10 days" was lost and got a "we miss you". Within ``min_lost_days`` (30) of a purchase a
    customer is at risk at most; after it, the same rhythm makes them lost."""
    today = date(2026, 9, 1)
    quick = [dated(f"Q-{i}", today - timedelta(days=20 + i), today - timedelta(days=10 + i))
             for i in range(12)]
    slow = [dated(f"S-{i}", today - timedelta(days=400 + 3 * i), today - timedelta(days=200 + 3 * i))
            for i in range(30)]
    assessed = {a.customer_id: a for a in assess_all([*quick, *slow], today, LostSettings())}
    assert not [a for a in assessed.values() if a.level == LOST and a.days_since < 30]
    assert assessed["Q-0"].level in (None, "at_risk")
    later = {a.customer_id: a for a in assess_all([*quick, *slow], today, LostSettings(min_lost_days=0))}
    assert [cid for cid, a in later.items() if a.level == LOST and a.days_since < 30]
