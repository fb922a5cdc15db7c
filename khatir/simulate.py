"""Synthetic seasonal shops: the data the lost-customer flag is developed on besides CDNOW.

Real small shops are not CDNOW: most customers buy once, wholesale buyers come
every few weeks, some customers buy once a year before a festival, and the
owner has only a year or so of history. ``simulate_shop`` makes such an Orders
tab, deterministically (same arguments, same orders), so the flag and its
backtest can be checked on shops unlike the one they were first tuned on.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from .sheet.records import Order

#: Festival days (Bangladesh: Eid al-Fitr moves ~11 days a year with the moon; Durga
#: Puja's Bijoya Dashami; Christmas). Enough years for any simulated span.
FESTIVALS: dict[str, tuple[date, ...]] = {
    "eid": (date(2021, 5, 13), date(2022, 5, 2), date(2023, 4, 21), date(2024, 4, 10),
            date(2025, 3, 31), date(2026, 3, 20), date(2027, 3, 10), date(2028, 2, 27)),
    "puja": (date(2021, 10, 15), date(2022, 10, 5), date(2023, 10, 24), date(2024, 10, 12),
             date(2025, 10, 2), date(2026, 10, 21), date(2027, 10, 10), date(2028, 9, 28)),
    "christmas": tuple(date(y, 12, 25) for y in range(2020, 2029)),
}


@dataclass(frozen=True)
class ShopProfile:
    """The mix of customers and the shop's busy times."""

    one_time: float = 0.55  # share who buy once and never again
    wholesale: float = 0.08  # share of frequent, regular, big buyers
    seasonal: float = 0.15  # share who buy only in the weeks before their festival
    festivals: tuple[str, ...] = ("eid", "puja", "christmas")
    peak: str = "eid"  # the shop's busiest festival (orders of everyone cluster before it)
    peak_boost: float = 1.5  # extra buying intensity in the ``peak_days`` before ``peak``
    peak_days: int = 28  # how long the busy time before ``peak`` lasts (60: November-December)
    churn_rise: float = 0.0  # the drop-out chance grows by this part per year the customer stays
    retail_gap: float = 60.0  # retail buyers' mean days between purchases (very spread)
    wholesale_gap: float = 20.0  # wholesale buyers' mean days between purchases (regular)
    season_lead: int = 20  # seasonal buyers buy up to this many days before their festival
    pause: float = 0.05  # chance that a gap is a long pause (3 to 6 times as long)
    peak_pull: float = 0.0  # chance that a pause across the busy time ends in it (back for the peak)
    retail_stay: float = 5.0  # retail buyers' drop-out chance per purchase: Beta(1.2, retail_stay)
    also_peak: str = ""  # a second busy time before another festival ("": none)
    also_boost: float = 0.0  # extra buying intensity in the ``also_days`` before ``also_peak``
    also_days: int = 28  # how long the second busy time lasts


PROFILES = {
    "bd": ShopProfile(),
    "christmas": ShopProfile(one_time=0.35, wholesale=0.15, seasonal=0.12,
                             festivals=("christmas",), peak="christmas", peak_boost=2.0),
    "loyal": ShopProfile(one_time=0.3, wholesale=0.2, seasonal=0.05),
    "wholesale": ShopProfile(one_time=0.3, wholesale=0.25, seasonal=0.1, festivals=("christmas",),
                             peak="christmas", peak_boost=2.5),
    # Seasonal online shops with a year of history or less: a November-December peak,
    # most customers buy once, wholesale buyers every few weeks, retail buyers rarely,
    # some only before Christmas (or Eid), and the longer a customer stays the likelier
    # each purchase is their last.
    "online": ShopProfile(one_time=0.6, wholesale=0.1, seasonal=0.12, festivals=("christmas",),
                          peak="christmas", peak_boost=3.0, peak_days=60, churn_rise=1.0,
                          retail_gap=75.0, wholesale_gap=25.0, retail_stay=14.0, season_lead=50),
    "gifts": ShopProfile(one_time=0.5, wholesale=0.18, seasonal=0.1,
                         festivals=("christmas", "eid"), peak="christmas", peak_boost=2.0,
                         peak_days=50, churn_rise=2.0, retail_gap=50.0, wholesale_gap=15.0,
                         retail_stay=10.0, season_lead=40),
    # Most customers loyal, many of them wholesale; few leave, and the peak brings back
    # most of the rest: the lost are a small minority, as in many real online shops.
    "trade": ShopProfile(one_time=0.35, wholesale=0.3, seasonal=0.08, festivals=("christmas",),
                         peak="christmas", peak_boost=3.0, peak_days=60, churn_rise=1.0,
                         retail_gap=60.0, wholesale_gap=30.0, retail_stay=30.0, season_lead=50,
                         pause=0.25, peak_pull=0.8),
    # Closest to issue 12's unseen shop: a year from December, retail and wholesale
    # buyers, busy before Christmas and before Eid; few leave, and many long pauses end
    # in a busy time, so "no purchase for 90 days" is right only about a third of the time.
    "mixed": ShopProfile(one_time=0.35, wholesale=0.3, seasonal=0.05,
                         festivals=("christmas", "eid"), peak="christmas", peak_boost=3.0,
                         peak_days=60, churn_rise=0.2, retail_gap=60.0, wholesale_gap=35.0,
                         retail_stay=300.0, season_lead=50, pause=0.4, peak_pull=0.9,
                         also_peak="eid", also_boost=1.5),
}


def simulate_shop(n_customers: int = 3000, *, start: date = date(2024, 1, 1), days: int = 365,
                  seed: int = 1, profile: ShopProfile | str = "bd") -> list[Order]:
    """A synthetic shop's orders over ``days`` days from ``start`` (deterministic).

    Customers arrive all the time (more before the peak festival). One-time
    buyers buy once. Retail buyers buy at an own rate (mean gap ~ 60 days,
    irregular) and drop out after a purchase with an own chance; wholesale
    buyers every ~3 weeks (``wholesale_gap``), regularly, and rarely drop out; with
    ``churn_rise`` the drop-out chance grows with the customer's time with the shop;
    seasonal buyers buy
    once or twice in the three weeks before their festival, skip some years and
    stop after a while.
    """
    p = PROFILES[profile] if isinstance(profile, str) else profile
    rng = random.Random(seed)
    end = start + timedelta(days=days)
    orders: list[Order] = []

    def boost(d: date) -> float:
        extra = p.peak_boost * max((0.0 if not 0 <= (f - d).days <= p.peak_days else 1.0)
                                   for f in FESTIVALS[p.peak])
        if p.also_peak:
            extra += p.also_boost * max((0.0 if not 0 <= (f - d).days <= p.also_days else 1.0)
                                        for f in FESTIVALS[p.also_peak])
        return 1.0 + extra

    def add(cid: str, d: date, spend: float) -> None:
        if start <= d < end:
            amount = round(rng.gammavariate(4.0, spend / 4.0), -1) or 10.0
            orders.append(Order(row=0, date=d, customer_id=cid, amount=float(amount)))

    for i in range(n_customers):
        cid = f"S-{i + 1:05d}"
        while True:  # arrivals follow the shop's busy times
            arrival = start + timedelta(days=rng.randrange(days))
            if rng.random() < boost(arrival) / (1.0 + p.peak_boost + p.also_boost):
                break
        u = rng.random()
        spend = rng.gammavariate(2.0, 800.0)
        if u < p.one_time:
            add(cid, arrival, spend)
        elif u < p.one_time + p.seasonal:
            _seasonal(rng, p, cid, arrival, end, spend, add)
        else:
            wholesale = u < p.one_time + p.seasonal + p.wholesale
            mean_gap = (rng.gammavariate(4.0, p.wholesale_gap / 4.0) if wholesale
                        else rng.gammavariate(1.5, p.retail_gap / 1.5))
            k = 4 if wholesale else rng.choice((1, 1, 2))
            drop = rng.betavariate(1.0, 25.0) if wholesale else rng.betavariate(1.2, p.retail_stay)
            t = arrival
            while t < end:
                add(cid, t, spend * (6.0 if wholesale else 1.0))
                if rng.random() < drop * (1.0 + p.churn_rise * (t - arrival).days / 365):
                    break
                gap = rng.gammavariate(k, mean_gap / k) / boost(t)
                nxt = t + timedelta(days=max(1, round(gap)))
                if rng.random() < p.pause:
                    gap *= rng.uniform(3.0, 6.0)  # a long pause, then back
                    nxt = t + timedelta(days=max(1, round(gap)))
                    busy = _next_busy(p, t)
                    if p.peak_pull and busy is not None and busy < nxt \
                            and rng.random() < p.peak_pull:
                        nxt = busy + timedelta(days=rng.randrange(p.peak_days))
                t = nxt
    orders.sort(key=lambda o: (o.date, o.customer_id))
    return [Order(row=n + 2, date=o.date, customer_id=o.customer_id, amount=o.amount)
            for n, o in enumerate(orders)]


def _next_busy(p: ShopProfile, t: date) -> date | None:
    """The first day of the next busy time (``peak_days`` before ``peak``) after ``t``."""
    return next((f - timedelta(days=p.peak_days) for f in FESTIVALS[p.peak]
                 if f - timedelta(days=p.peak_days) > t), None)


def _seasonal(rng: random.Random, p: ShopProfile, cid: str, arrival: date, end: date,
              spend: float, add) -> None:
    festival = FESTIVALS[p.festivals[rng.randrange(len(p.festivals))]]
    lead = rng.randrange(3, p.season_lead)  # this customer's usual days before the festival
    stop = rng.uniform(0.15, 0.4)  # chance of not coming back next year
    for f in festival:
        d = f - timedelta(days=lead + rng.randrange(-4, 5))
        if d < arrival:
            continue
        if d >= end:
            break
        add(cid, d, spend)
        if rng.random() < 0.5:
            add(cid, d + timedelta(days=rng.randrange(2, 12)), spend * 0.5)
        if rng.random() < stop:
            break
