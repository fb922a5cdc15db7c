"""Who the lost list names in young seasonal online shops (a year of history or less, a
November-December peak, retail and wholesale buyers), and the reason it gives."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from khatir.i18n import bn_digits
from khatir.backtest import backtest
from khatir.sheet.records import Customer
from khatir.rules.history import purchase_histories
from khatir.rules.lost import LOST, LostSettings, assess_all
from khatir.simulate import simulate_shop

# (profile, seed, customers, first day, days of history, cut day): shops of
# benchmarks/lost_quality.py, at cuts before the peak and two thirds through the year.
SHOPS = [
    ("online", 5, 4300, date(2024, 12, 1), 374, 243),
    ("online", 5, 4300, date(2024, 12, 1), 374, 300),
    ("trade", 9, 4300, date(2024, 12, 1), 374, 273),
    ("gifts", 7, 4000, date(2024, 3, 1), 365, 290),
]
IDS = [f"{p}-day{cut}" for p, _s, _n, _f, _d, cut in SHOPS]
# The shop closest to issue 12's unseen one (retail and wholesale, busy before Christmas
# and Eid, few truly lost): the list is never empty where the 90-day rule finds dozens.
MIXED = [("mixed", seed, 3000, date(2024, 12, 1), 374, cut) for seed, cut in ((12, 211), (13, 303))]
MIXED_IDS = [f"mixed{seed}-day{cut}" for _p, seed, _n, _f, _d, cut in MIXED]

REASON_EN = re.compile(r"usually buys about every \d+ days; no purchase for \d+ days; "
                       r"\d+ orders, ৳\s?[\d,]+ in total")
REASON_BN = re.compile(r"সাধারণত প্রায় [০-৯]+ দিন পরপর কেনেন; [০-৯]+ দিন ধরে কোনো কেনাকাটা নেই; "
                       r"[০-৯]+টি অর্ডার, মোট ৳\s?[০-৯,]+")


def _shop(profile, seed, n, first, days, cut):
    orders = simulate_shop(n, start=first, days=days, seed=seed, profile=profile)
    today = first + timedelta(days=cut)
    known = [o for o in orders if o.date <= today]
    customers = {o.customer_id: Customer(row=0, id=o.customer_id, name=o.customer_id)
                 for o in known}
    return orders, today, purchase_histories(customers, known)


@pytest.mark.parametrize("shop", SHOPS + MIXED, ids=IDS + MIXED_IDS)
@pytest.mark.slow
def test_the_list_names_overdue_repeat_buyers_with_their_rhythm_in_words(shop):
    _orders, today, hs = _shop(*shop)
    assessed = assess_all(hs.values(), today, LostSettings())
    lost = [a for a in assessed if a.level == LOST]
    silent_90 = [a for a in assessed if a.scored and a.days_since > 90]
    assert len(silent_90) >= 20 and len(lost) >= 20
    for a in lost:
        assert a.purchases >= 2 and a.days_since >= a.typical_gap_days
        assert not a.waiting
    # the reason says the customer's own rhythm and silence, in both languages
    plain = [a for a in lost if a.season is None and a.typical_gap_days >= 2]
    regulars = [a for a in plain if a.purchases > 2 and not a.in_bursts]
    assert regulars
    a = regulars[0]
    assert REASON_EN.fullmatch(a.explain("en")), a.explain("en")
    assert REASON_BN.fullmatch(a.explain("bn")), a.explain("bn")
    assert f"no purchase for {a.days_since} days" in a.explain("en")
    # one gap is no rhythm: a customer who bought twice says so
    for a in plain:
        if a.purchases == 2:
            gap = round(a.typical_gap_days)
            assert a.explain("en").startswith(f"bought twice, {gap} days apart; ")
            assert a.explain("bn").startswith(f"দুবার কিনেছেন, {bn_digits(str(gap))} দিনের ব্যবধানে; ")


@pytest.mark.parametrize("shop", SHOPS, ids=IDS)
@pytest.mark.slow
def test_the_list_beats_the_longest_silent_and_the_90_day_rule(shop):
    """Issue 12's criteria, as the backtest reports them to the owner."""
    profile, seed, n, first, days, cut = shop
    orders = simulate_shop(n, start=first, days=days, seed=seed, profile=profile)
    r = backtest(orders, first + timedelta(days=cut))
    model, same, plain = r.method("model"), r.method("matched"), r.method("fixed")
    assert model.flagged >= 20
    assert model.precision >= same.precision
    assert model.precision > plain.precision
    assert model.recall >= 0.3



@pytest.mark.slow
def test_in_a_shop_where_few_leave_the_90_day_rule_is_mostly_wrong_and_the_list_finds_the_lost():
    """The 'mixed' shop is like issue 12's: about one repeat buyer in six never comes back,
    "no purchase for 90 days" is right only about a third of the time, and the lost
    list still finds at least 30% of those who left, at about that precision."""
    first = date(2024, 12, 1)
    orders = simulate_shop(3000, start=first, days=374, seed=12, profile="mixed")
    r = backtest(orders, first + timedelta(days=243))
    model, plain = r.method("model"), r.method("fixed")
    assert 0.1 <= r.truly_lost / r.customers <= 0.25
    assert plain.flagged >= 100 and 0.25 <= plain.precision <= 0.45
    assert model.flagged >= 100 and model.recall >= 0.3
    assert model.precision >= plain.precision - 0.05
