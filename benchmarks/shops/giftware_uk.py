#!/usr/bin/env python3
"""Synthetic purchase-log generator for a UK online giftware shop (wholesale + private).

Usage: python -m benchmarks.shops.giftware_uk SEED OUTFILE [--year Y]
Pure standard library. Deterministic given SEED.
"""
import csv, math, random, sys
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------- parameters
N_EXISTING = 1000          # customers already known before 1 Dec Y
N_NEW = 3300               # customers whose first purchase falls inside the window
# monthly multiplier for order propensity (index by (year offset, month))
SEASON = {12: 1.15, 1: 0.75, 2: 0.75, 3: 0.95, 4: 0.85, 5: 0.95, 6: 0.95,
          7: 0.9, 8: 0.9, 9: 1.35, 10: 1.55, 11: 1.85}
SEASON_DEC_END = 1.4       # early December of Y+1
# monthly weight of new-customer arrivals
ARRIVE = {1: 0.95, 2: 0.85, 3: 1.0, 4: 0.85, 5: 0.85, 6: 0.8, 7: 0.75,
          8: 0.75, 9: 1.2, 10: 1.5, 11: 1.7, 12: 1.1}
WEEKDAY = [1.0, 1.05, 1.05, 1.1, 0.9, 0.0, 0.55]   # Mon..Sun, closed on Saturday
TYPES_NEW = [("private", 0.54), ("wholesale", 0.34), ("xmas", 0.12)]
TYPES_OLD = [("wholesale", 0.62), ("xmas", 0.20), ("private", 0.18)]
COUNTRIES = [("United Kingdom", 0.86), ("Germany", 0.025), ("France", 0.022),
             ("EIRE", 0.012), ("Spain", 0.008), ("Netherlands", 0.006),
             ("Belgium", 0.007), ("Switzerland", 0.006), ("Portugal", 0.006),
             ("Italy", 0.005), ("Finland", 0.004), ("Norway", 0.004),
             ("Australia", 0.003), ("Sweden", 0.003), ("Denmark", 0.003),
             ("Japan", 0.002), ("Channel Islands", 0.003), ("Austria", 0.003),
             ("Cyprus", 0.002), ("Poland", 0.002), ("USA", 0.002)]
CANCEL_P = 0.021           # share of invoices followed by a cancellation
N_PRODUCTS = 3200


def wchoice(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def season(d, start):
    if d.month == 12 and d.year > start.year:
        return SEASON_DEC_END
    return SEASON[d.month]


def make_customer(rng, kind, start_idx, existing):
    """Behaviour parameters for one customer."""
    c = {"kind": kind, "start": start_idx, "existing": existing}
    if kind == "wholesale":
        # mean gap between orders, lognormal around ~38 days
        c["gap"] = min(240.0, max(6.0, rng.lognormvariate(math.log(20), 0.85)))
        c["hazard"] = 1.0 / rng.choice([900, 1500, 2500, 4000, 8000])  # quiet stop per day
        c["pause_p"] = rng.choice([0.03, 0.07, 0.12])       # long pause after an order
        c["lines"] = (8, 30)
        c["qmult"] = rng.choice([1, 2, 2, 3, 4])
        # early-life attrition: many new trade accounts place 1-2 trial orders only
        c["trial_stop"] = 0.22 if not existing else 0.03
    elif kind == "private":
        c["gap"] = rng.lognormvariate(math.log(80), 0.6)
        c["hazard"] = 1.0 / rng.choice([180, 365, 730])
        c["pause_p"] = 0.0
        c["lines"] = (1, 14)
        c["qmult"] = 1
        c["trial_stop"] = 0.40 if not existing else 0.10
    else:  # xmas-only buyer: active between mid-September and ~20 December
        c["gap"] = rng.lognormvariate(math.log(28), 0.5)
        c["hazard"] = 1.0 / 1500
        c["pause_p"] = 0.0
        c["lines"] = (4, 25)
        c["qmult"] = rng.choice([1, 2, 3])
        c["trial_stop"] = 0.25 if not existing else 0.05
        c["return_next"] = rng.random() < 0.75   # comes back next season
    c["country"] = wchoice(rng, COUNTRIES) if kind != "private" else \
        ("United Kingdom" if rng.random() < 0.93 else wchoice(rng, COUNTRIES))
    return c


def simulate_customer(rng, c, days, start):
    """Return list of day indices with orders."""
    out = []
    active = True
    resume = c["start"]
    if c["existing"] and rng.random() < 0.18:
        # already in a pause at the start of the window
        resume = rng.randint(20, 200)
    first = not c["existing"]
    n = len(days)
    for i in range(c["start"], n):
        if not active:
            break
        d = days[i]
        if i < resume:
            continue
        if first:
            # new customer: first order on arrival day
            out.append(i)
            first = False
            if rng.random() < c["trial_stop"]:
                active = False
            continue
        if rng.random() < c["hazard"]:
            active = False
            break
        if c["kind"] == "xmas":
            inseason = (d.month in (10, 11)) or (d.month == 9 and d.day >= 15) or \
                       (d.month == 12 and d.day <= 20)
            if not inseason:
                continue
            if d.month == 9 and d.year > start.year and out and not c["return_next"]:
                active = False
                break
            p = 1.0 / c["gap"] * WEEKDAY[d.weekday()]
        else:
            p = season(d, start) / c["gap"] * WEEKDAY[d.weekday()]
        if rng.random() < p:
            out.append(i)
            if len(out) == 2 and rng.random() < c["trial_stop"] * 0.2:
                active = False
            elif rng.random() < c["pause_p"]:
                resume = i + int(rng.uniform(60, 240))
    return out


def fmt(dt):
    return f"{dt.month}/{dt.day}/{dt.year} {dt.hour}:{dt.minute:02d}"


def main():
    year = int(sys.argv[sys.argv.index("--year") + 1]) if "--year" in sys.argv else 2010
    write(int(sys.argv[1]), sys.argv[2], year)


def write(seed, outfile, year=2010):
    """Write the log of ``seed`` to ``outfile`` (1 December ``year`` to 9 December ``year + 1``)."""
    rng = random.Random(seed)
    start = date(year, 12, 1)
    end = date(year + 1, 12, 9)
    days = [start + timedelta(k) for k in range((end - start).days + 1)]
    open_idx = [i for i, d in enumerate(days) if d.weekday() != 5
                and not (d.month == 12 and 23 <= d.day) and not (d.month == 1 and d.day <= 3)]

    # product catalogue: price and zipf-ish popularity
    products = []
    used = set()
    while len(products) < N_PRODUCTS:
        code = str(rng.randint(10000, 99999)) + (rng.choice("ABCDEFG") if rng.random() < 0.2 else "")
        if code in used:
            continue
        used.add(code)
        price = round(min(40.0, rng.lognormvariate(math.log(2.5), 0.8)), 2)
        products.append((code, max(0.1, price)))
    pop = [1.0 / (k + 5) ** 0.9 for k in range(N_PRODUCTS)]
    cum = []
    s = 0.0
    for w in pop:
        s += w
        cum.append(s)
    import bisect

    def pick_product():
        return products[bisect.bisect_left(cum, rng.random() * s)]

    # arrivals
    arr_w = [(i, ARRIVE[days[i].month] * WEEKDAY[days[i].weekday()]) for i in open_idx if i > 0]
    ids = rng.sample(range(12346, 18288), N_EXISTING + N_NEW)
    customers = []
    for k in range(N_EXISTING + N_NEW):
        existing = k < N_EXISTING
        kind = wchoice(rng, TYPES_OLD if existing else TYPES_NEW)
        si = 0 if existing else wchoice(rng, arr_w)
        if not existing and kind == "xmas":
            # xmas buyers arrive in autumn
            si = wchoice(rng, [(i, w) for i, w in arr_w if days[i].month in (9, 10, 11, 12)
                               and not (days[i].month == 9 and days[i].day < 15)])
        c = make_customer(rng, kind, si, existing)
        c["id"] = str(ids[k])
        customers.append(c)

    open_set = set(open_idx)
    invoices = []  # (datetime, cid, country, lines, kind)
    for c in customers:
        for i in simulate_customer(rng, c, days, start):
            if i not in open_set:  # orders on closed days slip to next open day
                j = i
                while j < len(days) and j not in open_set:
                    j += 1
                if j >= len(days):
                    continue
                i = j
            invoices.append((i, c))
    # de-duplicate same customer same day occasionally allowed (real shops see it); keep
    rows_inv = []
    for i, c in invoices:
        lo, hi = c["lines"]
        nl = rng.randint(lo, hi) if rng.random() < 0.8 else rng.randint(1, hi)
        rows_inv.append((i, c["id"], c["country"], nl, c))
    # walk-in / guest orders without customer id
    n_walk = int(len(rows_inv) * 0.20)
    walk_w = [(i, season(days[i], start) * WEEKDAY[days[i].weekday()]) for i in open_idx]
    for _ in range(n_walk):
        i = wchoice(rng, walk_w)
        nl = min(30, max(1, int(rng.expovariate(1 / 28)) + 1))
        rows_inv.append((i, "", "United Kingdom", nl, None))

    # times
    events = []
    for i, cid, country, nl, c in rows_inv:
        h = min(20, max(7, int(rng.gauss(12.5, 2.3))))
        dt = datetime(days[i].year, days[i].month, days[i].day, h, rng.randint(0, 59))
        events.append((dt, cid, country, nl, c))
    events.sort(key=lambda e: (e[0], e[1]))

    invno = 536365
    out_rows = []
    cancels = []
    for dt, cid, country, nl, c in events:
        lines = []
        seen = set()
        for _ in range(nl):
            code, price = pick_product()
            if code in seen:
                continue
            seen.add(code)
            if c is not None and c["kind"] != "private":
                q = rng.choice([1, 2, 3, 4, 6, 6, 12, 12, 12, 24, 24, 48]) * c["qmult"]
                q = min(q, 480)
                if price > 8:
                    q = max(1, q // 6)
            else:
                q = rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 12])
            lines.append((code, q, price))
        inv = str(invno)
        invno += 1
        for code, q, price in lines:
            out_rows.append((dt, inv, code, q, price, cid, country))
        if cid and rng.random() < CANCEL_P * 1.2:
            k = rng.randint(1, max(1, len(lines) // 3))
            cdt = dt + timedelta(minutes=rng.randint(5, 60 * 24 * rng.choice([0, 0, 1, 3, 10]) + 60))
            cancels.append((cdt, rng.sample(lines, k), cid, country))
        elif not cid and rng.random() < CANCEL_P * 0.3:
            cancels.append((dt + timedelta(minutes=rng.randint(5, 120)),
                            rng.sample(lines, 1), "", country))
    # cancellations get their own invoice numbers, interleaved in time
    allrows = [(r[0], 0, r) for r in out_rows]
    for cdt, lines, cid, country in cancels:
        if cdt.date() > end:
            continue
        allrows.append((cdt, 1, (cdt, None, lines, cid, country)))
    allrows.sort(key=lambda x: (x[0], x[1]))
    # renumber so invoice numbers increase with time
    renum = {}
    nxt = 536365
    with open(outfile, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice",
                    "CustomerID", "Country"])
        for _, is_c, r in allrows:
            if is_c:
                cdt, _, lines, cid, country = r
                no = "C" + str(nxt)
                nxt += 1
                for code, q, price in lines:
                    w.writerow([no, code, -q, fmt(cdt), f"{price:.2f}", cid, country])
            else:
                dt, inv, code, q, price, cid, country = r
                if inv not in renum:
                    renum[inv] = str(nxt)
                    nxt += 1
                w.writerow([renum[inv], code, q, fmt(dt), f"{price:.2f}", cid, country])


if __name__ == "__main__":
    main()
