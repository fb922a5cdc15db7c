#!/usr/bin/env python3
"""Synthetic purchase log: Bangladeshi online kitchenware & home-goods shop
(website + Facebook page), 2024-09-01 .. 2025-09-30 (13 months).
Standard library only. Usage: python -m benchmarks.shops.kitchenware_bd SEED OUT.csv
"""
import csv
import math
import random
import sys
from datetime import date, timedelta

START = date(2024, 9, 1)
END = date(2025, 9, 30)
NDAYS = (END - START).days + 1
EID_FITR = date(2025, 3, 31)
EID_ADHA = date(2025, 6, 7)
RAMADAN_START = date(2025, 3, 1)


def D(i):
    return START + timedelta(days=i)


def idx(d):
    return (d - START).days


def season_mult(d):
    """Demand multiplier for existing customers on day d."""
    m = 1.0
    if date(2024, 11, 8) <= d <= date(2024, 11, 12):
        m *= 2.3  # 11.11 sale
    if date(2024, 12, 18) <= d <= date(2024, 12, 31):
        m *= 1.5  # year-end sale
    if date(2024, 12, 1) <= d <= date(2025, 1, 31):
        m *= 1.15  # winter: flasks, kettles, blankets, heaters
    if date(2025, 2, 15) <= d < RAMADAN_START:
        m *= 1.3  # pre-Ramadan stocking (containers, fryers)
    if RAMADAN_START <= d <= date(2025, 3, 26):
        m *= 1.6 + 0.8 * (d - RAMADAN_START).days / 25.0  # Eid shopping builds
    if date(2025, 3, 27) <= d <= date(2025, 4, 5):
        m *= 0.25  # courier cut-off + Eid holidays
    if date(2025, 4, 7) <= d <= date(2025, 4, 13):
        m *= 1.3  # Pohela Boishakh gifts / crockery
    if date(2025, 5, 22) <= d <= date(2025, 6, 3):
        m *= 1.9  # Eid al-Adha: knives, choppers, boti, containers
    if date(2025, 6, 4) <= d <= date(2025, 6, 14):
        m *= 0.3  # Eid-ul-Adha holidays
    if date(2025, 7, 1) <= d <= date(2025, 8, 31):
        m *= 0.88  # monsoon, floods, slow delivery
    if d.weekday() == 4:
        m *= 1.1  # Friday evening browsing
    return m


def campaign_windows(rng):
    """Paid FB/website ad pushes; they mostly bring new customers."""
    fixed = [(date(2024, 11, 5), 8), (date(2024, 12, 18), 12),
             (date(2025, 3, 3), 20), (date(2025, 5, 20), 12)]
    extra = []
    for _ in range(rng.randint(4, 7)):
        s = D(rng.randrange(NDAYS - 10))
        extra.append((s, rng.randint(4, 10)))
    wins = []
    for s, ln in fixed + extra:
        wins.append((idx(s), idx(s) + ln, rng.uniform(2.0, 4.0)))
    return wins


def acq_weights(rng, wins):
    w = []
    for i in range(NDAYS):
        d = D(i)
        growth = 0.75 + 0.5 * i / NDAYS  # page slowly growing
        a = growth * season_mult(d)
        for s, e, boost in wins:
            if s <= i <= e:
                a *= boost
        w.append(a)
    return w


def retail_amount(rng, scale=1.0):
    items = math.exp(rng.gauss(math.log(950), 0.6)) * scale
    items = max(180, min(items, 15000))
    items = int(round(items / 10.0)) * 10
    return items


def delivery(inside_dhaka):
    return 70 if inside_dhaka else 130


NOTES_RETAIL = [("COD", 40), ("bKash paid", 15), ("Nagad paid", 5),
                ("FB order", 12), ("gift wrap", 4), ("exchange", 5),
                ("returned - partial refund", 3), ("delivery delayed", 4),
                ("urgent", 3), ("combo offer", 6)]


def pick_note(rng, p, table):
    if rng.random() >= p:
        return ""
    tot = sum(w for _, w in table)
    r = rng.uniform(0, tot)
    for n, w in table:
        r -= w
        if r <= 0:
            return n
    return table[-1][0]


class Cust:
    __slots__ = ("cid", "kind", "dhaka", "rows")


def sim_one_time(rng, c, join):
    c.rows.append((join, retail_amount(rng) + delivery(c.dhaka),
                   pick_note(rng, 0.08, NOTES_RETAIL)))


def sim_regular(rng, c, join, preexisting, gap_median, churn_month,
                break_month, first_drop, fade_tau):
    """Renewal-ish daily process with quiet stopping and long breaks."""
    gap = math.exp(rng.gauss(math.log(gap_median), 0.5))
    gap = max(12.0, gap)
    spend = math.exp(rng.gauss(0, 0.35))
    last = None
    n = 0
    state = "active"
    break_until = -1
    if preexisting:
        last = join - rng.randint(1, int(gap * 2))
        n = rng.randint(1, 6)
    else:
        c.rows.append((join, retail_amount(rng, spend) + delivery(c.dhaka),
                       pick_note(rng, 0.08, NOTES_RETAIL)))
        last = join
        n = 1
        if rng.random() < first_drop:
            return  # bad first experience: never returns
    refr = rng.randint(5, 12)
    for i in range(join + 1, NDAYS):
        if state == "stopped":
            return
        if state == "break":
            if i < break_until:
                continue
            state = "active"
        if rng.random() < churn_month / 30.0:
            state = "stopped"  # moved, found cheaper page, delivery issues
            continue
        if rng.random() < break_month / 30.0:
            state = "break"
            break_until = i + rng.randint(80, 260)
            continue
        if i - last < refr:
            continue
        age = i - join
        p = season_mult(D(i)) / gap
        if fade_tau:
            p *= math.exp(-age / fade_tau)
        if rng.random() < p:
            amt = retail_amount(rng, spend)
            if D(i) < EID_FITR and (EID_FITR - D(i)).days < 30:
                amt = int(amt * 1.25)
            c.rows.append((i, amt + delivery(c.dhaka),
                           pick_note(rng, 0.08, NOTES_RETAIL)))
            last = i
            n += 1


SEASONS = {
    "winter": (date(2024, 11, 20), date(2025, 1, 25)),
    "sale11": (date(2024, 11, 8), date(2024, 11, 13)),
    "yearend": (date(2024, 12, 18), date(2024, 12, 31)),
    "ramadan": (date(2025, 2, 20), date(2025, 3, 26)),
    "boishakh": (date(2025, 4, 5), date(2025, 4, 13)),
    "adha": (date(2025, 5, 20), date(2025, 6, 3)),
}
SEASON_SETS = [(("ramadan", "adha"), 35), (("ramadan",), 15), (("adha",), 10),
               (("winter",), 10), (("sale11", "yearend"), 10),
               (("sale11", "ramadan", "adha"), 8), (("boishakh", "ramadan"), 6),
               (("winter", "ramadan"), 6)]


def sim_seasonal(rng, c, join_min):
    tot = sum(w for _, w in SEASON_SETS)
    r = rng.uniform(0, tot)
    for sset, w in SEASON_SETS:
        r -= w
        if r <= 0:
            break
    loyal = rng.uniform(0.55, 0.95)
    spend = math.exp(rng.gauss(0.15, 0.35))
    first = True
    for s in sset:
        a, b = SEASONS[s]
        ia, ib = idx(a), idx(b)
        if ib < join_min:
            continue
        ia = max(ia, join_min)
        if not first and rng.random() > loyal:
            continue
        if first and rng.random() < 0.15:
            continue
        k = 1 + (rng.random() < 0.25)
        for _ in range(k):
            # skew purchases toward the end of the window
            i = ia + int((ib - ia) * (rng.random() ** 0.6))
            c.rows.append((i, retail_amount(rng, spend) + delivery(c.dhaka),
                           pick_note(rng, 0.08, NOTES_RETAIL)))
        first = False
    # sometimes a stray off-season order
    if rng.random() < 0.2:
        i = rng.randrange(join_min, NDAYS)
        c.rows.append((i, retail_amount(rng, spend) + delivery(c.dhaka), ""))


NOTES_RESELL = [("wholesale", 40), ("reseller - bKash advance", 25),
                ("bulk", 15), ("courier: Sundarban", 8), ("COD", 6),
                ("partial advance", 6)]


def sim_reseller(rng, c, join, preexisting):
    cycle = rng.uniform(12, 40)
    size = math.exp(rng.gauss(math.log(12000), 0.55))
    trial_quit = rng.random() < 0.3 and not preexisting
    churn_per_order = rng.uniform(0.01, 0.06)
    pause_p = rng.uniform(0.03, 0.12)
    i = join if not preexisting else join + rng.randint(0, int(cycle))
    n = 0
    while i < NDAYS:
        d = D(i)
        amt = size * math.exp(rng.gauss(0, 0.3))
        to_fitr = (EID_FITR - d).days
        to_adha = (EID_ADHA - d).days
        if 5 <= to_fitr <= 40 or 5 <= to_adha <= 30:
            amt *= rng.uniform(1.4, 2.2)  # stock up before Eid
        if date(2024, 11, 1) <= d <= date(2024, 11, 10):
            amt *= 1.3
        amt = int(round(amt / 50.0)) * 50 + 150
        c.rows.append((i, amt, pick_note(rng, 0.35, NOTES_RESELL)))
        n += 1
        if rng.random() < 0.04:  # forgot items, second parcel same/next day
            j = i + rng.randint(0, 1)
            if j < NDAYS:
                c.rows.append((j, int(round(size * 0.2 / 50)) * 50 + 150,
                               "add-on"))
        if trial_quit and n >= rng.randint(1, 3):
            return
        if rng.random() < churn_per_order:
            return  # switched supplier / Chawkbazar direct / closed page
        nxt = cycle * rng.uniform(0.7, 1.35)
        nd = D(i + int(nxt))
        if D(i) < EID_FITR <= nd or D(i) < EID_ADHA <= nd:
            nxt += rng.uniform(10, 30)  # post-Eid lull
        if rng.random() < pause_p:
            nxt += rng.uniform(40, 150)  # stock not selling / family / exams
        if date(2025, 7, 1) <= D(i) <= date(2025, 8, 31):
            nxt *= rng.uniform(1.0, 1.4)
        i += max(4, int(nxt))


def write(seed, path):
    rng = random.Random(seed)
    wins = campaign_windows(rng)
    aw = acq_weights(rng, wins)
    # campaign-heavy weights for one-time buyers
    aw_ad = list(aw)
    for s, e, boost in wins:
        for i in range(max(0, s), min(NDAYS, e + 1)):
            aw_ad[i] *= 1.8
    days = list(range(NDAYS))
    n_cust = rng.randint(4200, 5200)
    kinds = [("one_time", 0.40), ("regular", 0.22), ("occasional", 0.18),
             ("fading", 0.07), ("seasonal", 0.09), ("reseller", 0.04)]
    ids = rng.sample(range(10000, 99999), n_cust)
    custs = []
    for k in range(n_cust):
        c = Cust()
        c.cid = "DK%05d" % ids[k]
        c.dhaka = rng.random() < 0.55
        c.rows = []
        r = rng.random()
        for kind, p in kinds:
            r -= p
            if r <= 0:
                break
        c.kind = kind
        pre = kind not in ("one_time", "seasonal") and rng.random() < 0.22
        if kind == "one_time":
            join = rng.choices(days, weights=aw_ad)[0]
            sim_one_time(rng, c, join)
        elif kind == "seasonal":
            sim_seasonal(rng, c, 0 if rng.random() < 0.5 else
                         rng.choices(days, weights=aw)[0])
        elif kind == "reseller":
            join = 0 if pre else rng.choices(days, weights=aw)[0]
            sim_reseller(rng, c, join, pre)
        else:
            join = 0 if pre else rng.choices(days, weights=aw)[0]
            if kind == "regular":
                sim_regular(rng, c, join, pre, 40, rng.uniform(0.01, 0.08),
                            0.02, 0.25, None)
            elif kind == "occasional":
                sim_regular(rng, c, join, pre, 110, 0.03, 0.01, 0.35, None)
            else:  # fading interest: many orders early, then drifts off
                sim_regular(rng, c, join, pre, 22, 0.02, 0.0, 0.1,
                            rng.uniform(60, 200))
        custs.append(c)
    rows = []
    for c in custs:
        for i, amt, note in c.rows:
            if 0 <= i < NDAYS:
                rows.append((i, rng.random(), c.cid, amt, note))
    rows.sort()
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Date", "Customer ID", "Amount", "Note"])
        for i, _, cid, amt, note in rows:
            w.writerow([D(i).isoformat(), cid, amt, note])
    return len(rows)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m benchmarks.shops.kitchenware_bd SEED OUT.csv")
    write(int(sys.argv[1]), sys.argv[2])
