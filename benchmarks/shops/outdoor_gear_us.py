#!/usr/bin/env python3
"""Synthetic purchase log: North-American online outdoor & camping gear shop
with retail customers and trade (outfitter / camp / club) accounts.

Window: 2023-09-01 .. 2024-09-30 (13 months). Customers are simulated from
2022-03-01 so that many already have a history (and a rhythm) before the
export window starts; only orders inside the window are written.

Usage: python -m benchmarks.shops.outdoor_gear_us SEED OUT.csv      (pure standard library)
"""
import csv
import math
import random
import sys
from datetime import date, datetime, timedelta

SIM_START = date(2022, 3, 1)
WIN_START = date(2023, 9, 1)
WIN_END = date(2024, 9, 30)
NDAYS = (WIN_END - SIM_START).days + 1

# retail demand by month (camping: spring/summer main season, holiday second)
MONTH_W = {1: 0.35, 2: 0.45, 3: 0.8, 4: 1.3, 5: 1.9, 6: 2.3, 7: 2.0,
           8: 1.2, 9: 0.7, 10: 0.55, 11: 1.0, 12: 1.15}
SALES = {  # (month, day) ranges of promotions -> multiplier
}


def thanksgiving(y):
    d = date(y, 11, 1)
    while d.weekday() != 3:
        d += timedelta(1)
    return d + timedelta(21)


def memorial(y):
    d = date(y, 5, 31)
    while d.weekday() != 0:
        d -= timedelta(1)
    return d


def retail_weight(d):
    w = MONTH_W[d.month]
    if d.month == 12 and d.day > 20:
        w *= 0.35  # shipping cut-off
    tg = thanksgiving(d.year)
    off = (d - tg).days
    if off == 1:        # Black Friday
        w *= 6.0
    elif off in (2, 3):
        w *= 3.0
    elif off == 4:      # Cyber Monday
        w *= 5.0
    elif -6 <= off <= 10:
        w *= 1.7
    mo = (d - memorial(d.year)).days
    if -3 <= mo <= 0:
        w *= 2.2
    if d.month == 7 and 1 <= d.day <= 4:
        w *= 1.8
    if d.month == 8 and 20 <= d.day:  # end-of-season clearance
        w *= 1.5
    if d.weekday() >= 5:
        w *= 0.85
    return w


DAYS = [SIM_START + timedelta(i) for i in range(NDAYS)]
RW = [retail_weight(d) for d in DAYS]
RMAX = max(RW)
CUM = []
_s = 0.0
for _w in RW:
    _s += _w
    CUM.append(_s)


def idx(d):
    return (d - SIM_START).days


def sample_day(rng, lo=SIM_START, hi=WIN_END):
    a, b = idx(lo), idx(hi)
    base = CUM[a - 1] if a > 0 else 0.0
    x = base + rng.random() * (CUM[b] - base)
    # binary search
    l, h = a, b
    while l < h:
        m = (l + h) // 2
        if CUM[m] < x:
            l = m + 1
        else:
            h = m
    return DAYS[l]


def retail_time(rng):
    r = rng.random()
    if r < 0.25:
        h = rng.gauss(12.5, 1.5)
    elif r < 0.75:
        h = rng.gauss(20.5, 1.8)
    elif r < 0.9:
        h = rng.uniform(7, 18)
    else:
        h = rng.uniform(0, 24)
    h = min(max(h, 0.0), 23.99) if h >= 0 else h + 24
    h = min(max(h, 0.0), 23.99)
    return int(h), rng.randrange(60)


def trade_time(rng):
    h = min(max(rng.gauss(11.0, 2.5), 7.0), 18.9)
    return int(h), rng.randrange(60)


def weekday(d):
    while d.weekday() >= 5:
        d += timedelta(1)
    return d


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0, sigma))


def clamp_day(d):
    return min(max(d, SIM_START), WIN_END)


# ---------------------------------------------------------------- customer types
def c_onetime(rng):
    """Promo / one-off buyer. Small chance of a quick add-on order."""
    d = sample_day(rng)
    med = rng.choice([45, 70, 110])
    out = [(d, lognorm(rng, med, 0.7), 'r')]
    if rng.random() < 0.12:
        out.append((d + timedelta(rng.randint(2, 40)), lognorm(rng, 35, 0.6), 'r'))
    return out


def c_seasonal(rng):
    """Buys once (sometimes twice) per camping season, lapses quietly."""
    first = sample_day(rng, SIM_START, date(2024, 8, 31))
    y = first.year if first.month >= 3 else first.year - 1
    pref = rng.gauss(150, 30)  # day-of-year preference (~late May)
    spend = lognorm(rng, 120, 0.5)
    keep = rng.uniform(0.45, 0.8)
    out = []
    d = first
    while d <= WIN_END:
        out.append((d, lognorm(rng, spend, 0.5), 'r'))
        if rng.random() < 0.3:
            out.append((d + timedelta(rng.randint(5, 45)), lognorm(rng, spend * 0.5, 0.5), 'r'))
        if rng.random() < 0.12:  # holiday gift / BF deal in between
            bf = thanksgiving(y)
            out.append((bf + timedelta(rng.randint(0, 22)), lognorm(rng, spend * 0.8, 0.5), 'r'))
        if rng.random() > keep:
            break
        y += 1
        doy = max(60, min(250, pref + rng.gauss(0, 25)))
        d = date(y, 1, 1) + timedelta(int(doy))
    return out


def c_gift(rng):
    """Holiday/Black-Friday gift buyer, occasional Father's Day order."""
    y0 = rng.choice([2022, 2023])
    keep = rng.uniform(0.3, 0.65)
    spend = lognorm(rng, 95, 0.5)
    out = []
    y = y0
    started = False
    while y <= 2024:
        if rng.random() < 0.55 or not started:
            bf = thanksgiving(y)
            off = rng.choice([1, 1, 4, 4]) if rng.random() < 0.45 else rng.randint(-10, 26)
            out.append((bf + timedelta(off), lognorm(rng, spend, 0.5), 'r'))
            if rng.random() < 0.2:
                out.append((bf + timedelta(rng.randint(0, 26)), lognorm(rng, spend * 0.6, 0.5), 'r'))
            started = True
        if rng.random() < 0.18:
            out.append((date(y + 1, 6, rng.randint(1, 16)), lognorm(rng, spend, 0.5), 'r'))
        if rng.random() > keep:
            break
        y += 1
    return out


def c_enthusiast(rng):
    """Repeat retail buyer: seasonal renewal process with quiet churn."""
    start = sample_day(rng, SIM_START, date(2024, 8, 31))
    mean_gap = rng.uniform(25, 110)
    life = rng.expovariate(1 / rng.choice([250, 400, 700]))
    end = start + timedelta(int(life))
    winter = rng.uniform(0.1, 0.6)  # how much they keep buying off-season
    spend = lognorm(rng, 80, 0.55)
    out = [(start, lognorm(rng, spend, 0.6), 'r')]
    t = start
    lam = 1.0 / mean_gap
    while True:
        t = t + timedelta(max(1, int(rng.expovariate(lam * 2.3))))
        if t > end or t > WIN_END:
            break
        s = MONTH_W[t.month] / 2.3
        if t.month in (10, 11, 12, 1, 2):
            s = s * winter / 0.35 if t.month != 11 else s
        if (t - thanksgiving(t.year)).days in (1, 4):
            s = 1.0
        if rng.random() < min(1.0, s):
            out.append((t, lognorm(rng, spend, 0.6), 'r'))
    return out


def c_trade(rng, kind):
    """Trade accounts. 'outfitter': pre-season stock-up + in-season reorders,
    quiet Aug-Dec except optional holiday stock order. 'camp': clubs, camps,
    scout groups: one or two spring orders a year."""
    first_year = rng.choice([2022, 2023, 2023, 2024]) if kind == 'outfitter' else rng.choice([2022, 2023, 2024])
    size = lognorm(rng, 900 if kind == 'outfitter' else 600, 0.7)
    keep = rng.uniform(0.7, 0.95) if kind == 'outfitter' else rng.uniform(0.55, 0.85)
    holiday = rng.random() < 0.4
    out = []
    y = first_year
    first = True
    while y <= 2024:
        if kind == 'outfitter':
            n_pre = rng.choice([1, 1, 2, 2, 3])
            lo = 10 if first else 20
            for _ in range(n_pre):
                d = date(y, 1, 1) + timedelta(rng.randint(lo, 105))
                out.append((weekday(d), lognorm(rng, size * 1.6, 0.45), 't'))
            n_re = rng.choice([0, 1, 2, 3, 4, 5])
            d = date(y, 4, 20) + timedelta(rng.randint(0, 25))
            for _ in range(n_re):
                out.append((weekday(d), lognorm(rng, size * 0.6, 0.5), 't'))
                d += timedelta(rng.randint(10, 35))
                if d.month >= 8 and d.day > 10:
                    break
            if holiday and rng.random() < 0.7:
                d = date(y, 10, 1) + timedelta(rng.randint(0, 45))
                out.append((weekday(d), lognorm(rng, size * 0.8, 0.5), 't'))
        else:
            d = date(y, 2, 15) + timedelta(rng.randint(0, 90))
            out.append((weekday(d), lognorm(rng, size, 0.5), 't'))
            if rng.random() < 0.4:
                out.append((weekday(d + timedelta(rng.randint(14, 60))), lognorm(rng, size * 0.4, 0.5), 't'))
        first = False
        if rng.random() > keep:
            # some lapsed accounts trickle one small order months later
            if rng.random() < 0.15:
                d = date(y, 8, 1) + timedelta(rng.randint(0, 200))
                out.append((weekday(d), lognorm(rng, size * 0.3, 0.5), 't'))
            break
        y += 1
    return out


MIX = [  # (weight, generator)
    (0.43, c_onetime),
    (0.22, c_seasonal),
    (0.12, c_gift),
    (0.17, c_enthusiast),
    (0.04, lambda r: c_trade(r, 'outfitter')),
    (0.02, lambda r: c_trade(r, 'camp')),
]


def generate(seed):
    rng = random.Random(seed)
    n_sim = rng.randint(6500, 9000)
    gens = [g for _, g in MIX]
    cw = []
    s = 0
    for w, _ in MIX:
        s += w
        cw.append(s)
    customers = []
    for _ in range(n_sim):
        g = rng.choices(gens, cum_weights=cw)[0]
        orders = g(rng)
        orders = [o for o in orders if SIM_START <= o[0] <= WIN_END]
        if orders:
            customers.append(sorted(orders))
    # customer numbers assigned in order of first-ever order (incl. pre-window)
    customers.sort(key=lambda o: o[0][0])
    rows = []
    no = 100000 + rng.randint(0, 5000)
    for orders in customers:
        no += rng.choice([1, 1, 1, 2, 3])
        for d, amt, typ in orders:
            if d < WIN_START:
                continue
            h, m = retail_time(rng) if typ == 'r' else trade_time(rng)
            amt = max(4.99, amt)
            cents = round(amt, 2) if typ == 't' else round(amt) - 0.01 if rng.random() < 0.6 else round(amt, 2)
            rows.append((datetime(d.year, d.month, d.day, h, m), no, max(cents, 4.99)))
    rows.sort()
    return rows


def write(seed, path):
    rows = generate(seed)
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['OrderDate', 'CustomerNo', 'Total'])
        for dt, no, tot in rows:
            w.writerow([f"{dt.month}/{dt.day}/{dt.year} {dt.hour}:{dt.minute:02d}", no, f"{tot:.2f}"])
    return rows


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: python -m benchmarks.shops.outdoor_gear_us SEED OUT.csv')
    write(int(sys.argv[1]), sys.argv[2])
