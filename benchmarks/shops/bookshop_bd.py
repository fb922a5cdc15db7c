#!/usr/bin/env python3
"""Synthetic purchase log: online bookshop in Bangladesh (books + stationery).

History 2023-06-01 .. 2024-07-31 (14 months).  Pure standard library.
Usage: python -m benchmarks.shops.bookshop_bd SEED OUT.csv
"""
import csv
import math
import random
import sys
from datetime import date, timedelta

START = date(2023, 6, 1)
END = date(2024, 7, 31)
NDAYS = (END - START).days + 1
DAYS = [START + timedelta(i) for i in range(NDAYS)]
CUTS = [date(2023, 11, 30), date(2024, 1, 15), date(2024, 3, 31)]


def _in(d, a, b):
    return a <= d <= b


def D(y, m, dd):
    return date(y, m, dd)


# ---------------------------------------------------------------- calendar
def season(d):
    """Multipliers per segment for calendar day d."""
    m = d.month
    # general retail demand
    r = 1.0
    if m in (6, 7, 8, 9):
        r *= 0.72                       # monsoon, floods, HSC exams
    if m in (11, 12):
        r *= 1.15                       # winter reading, year end
    if _in(d, D(2023, 12, 20), D(2024, 1, 10)):
        r *= 1.25                       # year-end / new-year gifts
    if _in(d, D(2023, 11, 9), D(2023, 11, 13)):
        r *= 1.6                        # 11.11 online sale
    if m == 2 and d.year == 2024:
        r *= 1.8                        # Ekushey Boi Mela month
    if _in(d, D(2024, 3, 11), D(2024, 3, 24)):
        r *= 0.8                        # early Ramadan
    eid_gift = False
    for a, b in ((D(2024, 3, 25), D(2024, 4, 8)), (D(2023, 6, 20), D(2023, 6, 27)),
                 (D(2024, 6, 8), D(2024, 6, 15))):
        if _in(d, a, b):
            eid_gift = True
    if eid_gift:
        r *= 1.35
    eid_hol = any(_in(d, a, b) for a, b in (
        (D(2024, 4, 9), D(2024, 4, 16)), (D(2023, 6, 28), D(2023, 7, 3)),
        (D(2024, 6, 16), D(2024, 6, 21))))
    unrest = _in(d, D(2024, 7, 18), D(2024, 7, 28))   # shutdown / curfew, courier disrupted
    if eid_hol:
        r *= 0.25
    if unrest:
        r *= 0.3

    # students & parents: textbooks/guides at school start, before exams
    s = 1.0
    if _in(d, D(2023, 12, 15), D(2024, 1, 31)):
        s = 3.2                         # new school year
    elif _in(d, D(2023, 10, 15), D(2023, 11, 25)):
        s = 1.5                         # annual exam prep, SSC test prep
    elif _in(d, D(2024, 4, 20), D(2024, 6, 20)):
        s = 1.6                         # HSC prep / half-yearly
    elif _in(d, D(2023, 6, 1), D(2023, 7, 31)):
        s = 1.3                         # HSC 2023 prep
    elif m in (8, 9):
        s = 0.6
    if eid_hol:
        s *= 0.2
    if unrest:
        s *= 0.3

    # gift buyers: Eid & December, almost nothing else
    g = 0.25
    if eid_gift:
        g = 6.0
    elif _in(d, D(2023, 12, 10), D(2024, 1, 5)):
        g = 2.5
    elif m == 2 and d.year == 2024:
        g = 1.5
    if eid_hol or unrest:
        g *= 0.2

    # schools: order at term start, pause in holidays
    sc = 1.0
    if _in(d, D(2023, 12, 10), D(2024, 1, 25)):
        sc = 3.5
    elif _in(d, D(2024, 3, 11), D(2024, 4, 20)):
        sc = 0.0                        # Ramadan + Eid vacation
    elif _in(d, D(2023, 6, 18), D(2023, 7, 8)) or _in(d, D(2024, 6, 10), D(2024, 6, 30)):
        sc = 0.05                       # Eid-ul-Adha / summer vacation
    elif _in(d, D(2023, 11, 20), D(2023, 12, 9)):
        sc = 0.2                        # annual exams
    elif m in (7, 8) and d.year == 2023:
        sc = 1.3                        # second term
    if unrest:
        sc = 0.0

    # coaching centres: steady, SSC push Oct-Jan, HSC push Mar-May
    co = 1.0
    if _in(d, D(2023, 10, 1), D(2024, 1, 31)):
        co = 1.6
    elif _in(d, D(2024, 3, 1), D(2024, 5, 31)):
        co = 1.3
    if eid_hol:
        co = 0.0
    if unrest:
        co = 0.1
    if m in (8, 9) and d.year == 2023:
        co *= 0.7

    # district bookshops: restock before school year, Eid; floods slow them
    bs = 1.0
    if _in(d, D(2023, 11, 25), D(2024, 1, 20)):
        bs = 2.6
    elif _in(d, D(2024, 3, 1), D(2024, 4, 5)):
        bs = 1.4
    elif m in (7, 8, 9):
        bs = 0.55
    if eid_hol or unrest:
        bs = 0.05

    # weekly rhythm (weekend Fri/Sat); institutions don't order on Friday
    wd = d.weekday()  # Mon=0 .. Fri=4, Sat=5
    rw = {4: 1.15, 5: 1.1}.get(wd, 0.96)
    iw = {4: 0.15, 5: 0.7}.get(wd, 1.15)
    fair = 1.0 if (d.year == 2024 and d.month == 2) else 0.0
    return {"reg": r * rw, "occ": r * rw, "stu": s * rw, "gift": g * rw,
            "fair": fair * rw * (1.4 if d.day == 21 or d.weekday() in (4, 5) else 1.0),
            "adh": r * rw, "school": sc * iw, "coach": co * iw, "shop": bs * iw,
            "_r": r * rw}


SEASON = [season(d) for d in DAYS]

# segment: share, pre-existing prob, monthly rate (median), sigma, monthly churn hazard,
#          prob of a long break, prob of win-back after churn
SEG = {
    "reg":    (0.075, 0.75, 1.1, 0.45, 0.035, 0.15, 0.10),
    "occ":    (0.20, 0.55, 0.28, 0.55, 0.045, 0.20, 0.10),
    "stu":    (0.17, 0.40, 0.16, 0.50, 0.060, 0.10, 0.05),
    "gift":   (0.07, 0.45, 0.10, 0.40, 0.030, 0.05, 0.05),
    "fair":   (0.12, 0.50, 1.0, 0.45, 0.0, 0.0, 0.0),
    "adh":    (0.29, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
    "school": (0.025, 0.75, 0.55, 0.35, 0.015, 0.05, 0.20),
    "coach":  (0.025, 0.65, 0.9, 0.45, 0.035, 0.10, 0.10),
    "shop":   (0.025, 0.70, 0.8, 0.50, 0.030, 0.15, 0.15),
}


def pick_acq_day(rng):
    """Acquisition day weighted by general retail demand (marketing follows season)."""
    w = CUM_R
    x = rng.random() * w[-1]
    lo, hi = 0, len(w) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if w[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


CUM_R = []
_acc = 0.0
for _s in SEASON:
    _acc += _s["_r"]
    CUM_R.append(_acc)

# ad campaign weight for one-timers: strong at Boi Mela, 11.11, Eid, January
ADW = []
_acc = 0.0
for _d, _s in zip(DAYS, SEASON):
    w = _s["_r"]
    if _d.month == 2 or _in(_d, D(2023, 11, 8), D(2023, 11, 14)):
        w *= 2.0
    if _in(_d, D(2023, 12, 20), D(2024, 1, 20)):
        w *= 1.5
    _acc += w
    ADW.append(_acc)


def pick_from(rng, cum):
    x = rng.random() * cum[-1]
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def client_days(rng, seg):
    """Return sorted list of day indices with a purchase."""
    share, pre, rate, sig, haz, pbreak, pwin = SEG[seg]
    if seg == "adh":
        d0 = pick_from(rng, ADW)
        out = [d0]
        u = rng.random()
        if u < 0.10:                       # quick repeat (second book of the series)
            out.append(d0 + rng.randint(3, 40))
        elif u < 0.16:                     # returns much later
            out.append(d0 + rng.randint(60, 300))
        return sorted(set(x for x in out if x < NDAYS))
    if seg == "fair":
        # buy during the fair; a few also buy once around the year
        out = set()
        feb = [i for i, d in enumerate(DAYS) if d.year == 2024 and d.month == 2]
        if rng.random() < 0.88:
            n = 1 + (rng.random() < 0.45) + (rng.random() < 0.15) + (rng.random() < 0.05)
            for _ in range(n):
                out.add(rng.choice(feb))
        if pre > rng.random():             # known from last year's fair
            if rng.random() < 0.30:
                out.add(rng.randrange(0, feb[0]))
            if rng.random() < 0.08:
                out.add(rng.randrange(0, feb[0]))
        if rng.random() < 0.20:
            out.add(rng.randrange(feb[-1] + 1, NDAYS))
        if not out:
            out.add(rng.choice(feb))
        return sorted(out)

    lam = rate * math.exp(rng.gauss(0, sig)) / 30.0
    start = -1 if rng.random() < pre else pick_acq_day(rng)
    # lifetime until quiet churn (months, exponential), measured from start/history begin
    base = max(start, 0)
    life = rng.expovariate(haz) * 30.0 if haz > 0 else 1e9
    if start == -1:
        life *= rng.random() ** 0.3        # already partly through their lifetime
    stop = base + life
    # long break (illness, moved abroad, busy) then return
    brk = None
    if rng.random() < pbreak:
        b0 = base + rng.uniform(10, 330)
        brk = (b0, b0 + rng.uniform(80, 260))
    win = None
    if stop < NDAYS and rng.random() < pwin:
        win = stop + rng.uniform(100, 280)
    fade = rng.uniform(45, 150)            # frequency fades before quiet stop
    out = []
    if start >= 0:
        out.append(start)                  # first order on acquisition
    for i in range(base, NDAYS):
        if i > stop and not (win is not None and win <= i <= win + 45):
            continue
        if brk and brk[0] <= i < brk[1]:
            continue
        f = 1.0
        if stop - fade < i <= stop:
            f = 0.35 + 0.65 * (stop - i) / fade
        if win is not None and i >= win:
            f = 1.2
        if start >= 0 and i - start < 30:
            f *= 1.3                       # honeymoon after first order
        p = lam * SEASON[i][seg] * f
        if p > 0 and rng.random() < p:
            out.append(i)
    return sorted(set(out))


def basket(rng, seg, d):
    fair = d.year == 2024 and d.month == 2
    lines = []
    if seg in ("school", "coach", "shop"):
        n = rng.choices([1, 2, 3, 4, 5, 6], [10, 15, 20, 20, 18, 17])[0]
        disc = {"school": 0.8, "coach": 0.82, "shop": 0.72}[seg]
        for _ in range(n):
            if rng.random() < 0.25:       # stationery bulk
                price = round(rng.choice([12, 15, 20, 25, 30, 40, 55, 60, 80, 120]) * disc, 2)
                qty = rng.choice([50, 100, 120, 144, 200, 250, 500]) if seg == "school" else rng.randint(12, 150)
            else:
                price = round(max(60, rng.lognormvariate(math.log(260), 0.45)) * disc, 2)
                if seg == "school":
                    qty = int(rng.lognormvariate(math.log(60), 0.8)) + 5
                elif seg == "coach":
                    qty = int(rng.lognormvariate(math.log(30), 0.7)) + 5
                else:
                    qty = rng.randint(2, 12) * rng.choice([1, 1, 2, 5])
            lines.append((qty, price))
        return lines
    if fair:
        n = rng.choices([1, 2, 3, 4, 5, 6], [22, 28, 20, 14, 9, 7])[0]
    elif seg == "stu":
        n = rng.choices([1, 2, 3, 4, 5, 6], [35, 25, 17, 11, 7, 5])[0]
    else:
        n = rng.choices([1, 2, 3, 4, 5, 6], [52, 25, 12, 6, 3, 2])[0]
    for _ in range(n):
        u = rng.random()
        if u < (0.35 if seg == "stu" else 0.18):
            price = float(rng.choice([10, 15, 20, 25, 35, 45, 60, 80, 120, 150, 220, 350]))
            qty = rng.choices([1, 2, 3, 5, 10, 12], [45, 20, 10, 10, 10, 5])[0]
        else:
            lp = rng.lognormvariate(math.log(330 if seg != "stu" else 380), 0.5)
            lp = max(80, min(2500, round(lp / 5) * 5))
            disc = rng.choice([1.0, 0.85, 0.8, 0.75]) if not fair else 0.75
            price = round(lp * disc, 2)
            qty = 1 if rng.random() < (0.88 if seg != "gift" else 0.7) else rng.randint(2, 3)
        lines.append((qty, price))
    return lines


def generate(seed):
    rng = random.Random(seed)
    n = rng.randint(4300, 5300)
    segs = list(SEG)
    weights = [SEG[s][0] for s in segs]
    codes = rng.sample(range(10000, 100000), n)
    orders = []  # (day, tiebreak, code, seg)
    for k in range(n):
        seg = rng.choices(segs, weights)[0]
        crng = random.Random(rng.getrandbits(64))
        days = client_days(crng, seg)
        code = "K-%05d" % codes[k]
        for i in days:
            orders.append((i, crng.random(), code, seg))
            if seg in ("school", "coach", "shop") and crng.random() < 0.08:
                orders.append((i, crng.random(), code, seg))   # split order same day
    orders.sort()
    rows = []
    inv = 230001
    for i, _, code, seg in orders:
        d = DAYS[i]
        for qty, price in basket(rng, seg, d):
            rows.append((inv, d.strftime("%d.%m.%Y"), code, qty, "%.2f" % price))
        inv += 1
    return rows


def write(seed, path):
    rows = generate(seed)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["invoice", "date", "client", "qty", "unit_price"])
        w.writerows(rows)
    return rows


def stats(path, cuts=CUTS):
    days = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            dd, mm, yy = r["date"].split(".")
            days.setdefault(r["client"], set()).add(date(int(yy), int(mm), int(dd)))
    out = []
    for c in cuts:
        rep = lost = gap = gap_never = 0
        for ds in days.values():
            before = [x for x in ds if x <= c]
            if len(before) < 2:
                continue
            rep += 1
            after = any(x > c for x in ds)
            if not after:
                lost += 1
            if (c - max(before)).days > 90:
                gap += 1
                if not after:
                    gap_never += 1
        out.append((c, rep, lost, gap, gap_never))
    return len(days), out


if __name__ == "__main__":
    seed, path = int(sys.argv[1]), sys.argv[2]
    rows = write(seed, path)
    nc, st = stats(path)
    print("%s: %d lines, %d invoices, %d clients" % (path, len(rows), len({r[0] for r in rows}), nc))
    for c, rep, lost, gap, gn in st:
        print("  cut %s: 2+ days=%d, no purchase after=%d (%.1f%%), >90d gap=%d, never back=%d (%.1f%%)"
              % (c.strftime("%d.%m.%Y"), rep, lost, 100.0 * lost / max(rep, 1), gap, gn, 100.0 * gn / max(gap, 1)))
