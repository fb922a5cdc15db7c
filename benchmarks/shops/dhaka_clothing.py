#!/usr/bin/env python3
"""Synthetic purchase log: Dhaka clothing & gift shop (FB/WhatsApp + store).
History 2024-11-01 .. 2025-12-31. Usage: python -m benchmarks.shops.dhaka_clothing SEED OUTFILE"""
import csv, math, random, sys
from datetime import date, timedelta

START, END = date(2024, 11, 1), date(2025, 12, 31)
NDAYS = (END - START).days + 1
# festival dates (Bangladesh observance)
EID_FITR = [date(2025, 3, 31), date(2026, 3, 20)]
EID_ADHA = [date(2025, 6, 7), date(2026, 5, 27)]
BOISHAKH = [date(2025, 4, 14)]
PUJA = [date(2025, 10, 2)]          # Bijoya Dashami 2025 (2024's was Oct 13, before start)
VALENTINE = [date(2025, 2, 14)]     # Falgun + Valentine gift peak
# festivals that "festival-only" customers shop for: (name, dates, window days)
FESTS = {"fitr": (EID_FITR, 28), "adha": (EID_ADHA, 18), "puja": (PUJA, 21),
         "boishakh": (BOISHAKH, 12)}

def season(d, hindu=False):
    s = 1.0
    m = d.month
    if m in (12, 1, 2): s *= 1.35                     # winter wedding season
    if m in (7, 8, 9): s *= 0.75                      # monsoon lull
    for e in EID_FITR:
        k = (e - d).days
        if 0 < k <= 30: s *= 1.5 + 3.0 * (30 - k) / 30    # Ramadan shopping ramp
        if -15 <= k <= 0: s *= 0.35                   # Eid holidays / post-Eid lull
    for e in EID_ADHA:
        k = (e - d).days
        if 0 < k <= 20: s *= 1.3 + 1.0 * (20 - k) / 20
        if -10 <= k <= 0: s *= 0.4
    for e in BOISHAKH:
        k = (e - d).days
        if 0 <= k <= 12: s *= 1.4 + 1.2 * (12 - k) / 12
    for e in VALENTINE:
        k = (e - d).days
        if 0 <= k <= 7: s *= 1.6
    for e in PUJA:
        k = (e - d).days
        if 0 < k <= 21: s *= (1.6 + 2.4 * (21 - k) / 21) if hindu else 1.15
    return s

def acquisition(d):
    """Relative intensity of new customers (Facebook campaigns around seasons)."""
    a = 0.6 + 0.4 * season(d)
    # specific boosted-post campaigns
    for c0, c1, boost in [(date(2024, 11, 20), date(2024, 12, 5), 2.0),   # wedding season campaign
                          (date(2025, 3, 5), date(2025, 3, 25), 2.5),     # Eid ul-Fitr campaign
                          (date(2025, 4, 2), date(2025, 4, 12), 1.8),     # Boishakh
                          (date(2025, 9, 15), date(2025, 9, 28), 1.7),    # Puja
                          (date(2025, 11, 25), date(2025, 12, 10), 1.8)]: # winter 2025
        if c0 <= d <= c1: a *= boost
    return a

def amount(rng, kind, d, hindu=False):
    if kind == "wholesale":
        v = rng.lognormvariate(math.log(16000), 0.55)
        v *= min(season(d), 2.5) ** 0.5
        v = max(4000, min(v, 150000))
        return int(round(v / 100) * 100)
    v = rng.lognormvariate(math.log(1500), 0.7)
    s = season(d, hindu)
    if s > 1.5: v *= 1.3                    # festival outfits (panjabi, saree, three-piece)
    if d.month in (12, 1, 2) and rng.random() < 0.15: v *= 2.5   # wedding purchase
    v = max(250, min(v, 40000))
    return int(round(v / 10) * 10)

def main(seed, out):
    rng = random.Random(seed)
    days = [START + timedelta(i) for i in range(NDAYS)]
    seas = [season(d) for d in days]
    seas_h = [season(d, True) for d in days]
    acq = [acquisition(d) for d in days]
    acq_tot = sum(acq)
    custs = []
    # --- existing customer base at start (acquired before history) ---
    n_exist = rng.randint(1600, 1900)
    n_new = rng.randint(2600, 3200)
    def new_cust(arr_idx, existing):
        r = rng.random()
        if r < 0.035: kind = "wholesale"
        elif r < 0.235: kind = "festival"
        elif r < 0.30: kind = "gift"      # low-rate gift buyers (occasions)
        else: kind = "retail"
        hindu = rng.random() < 0.10
        c = dict(id=None, kind=kind, hindu=hindu, arr=arr_idx, existing=existing)
        # lifetime (quiet stop): monthly hazard
        haz = {"wholesale": 0.045, "festival": 0.05, "gift": 0.06, "retail": 0.075}[kind]
        haz *= rng.uniform(0.5, 1.6)
        life = rng.expovariate(haz / 30.0)
        # new retail from FB: many are one-and-done
        if not existing and kind in ("retail", "gift") and rng.random() < 0.42:
            life = 0
        if not existing and kind == "wholesale" and rng.random() < 0.25:
            life = rng.uniform(0, 40)
        c["death"] = arr_idx + life
        # long pause (travel abroad, village, money trouble)
        c["pause"] = None
        if rng.random() < 0.15:
            p0 = arr_idx + rng.uniform(0, 300)
            c["pause"] = (p0, p0 + rng.uniform(60, 180))
        if kind == "retail": c["rate"] = rng.gammavariate(1.3, 0.55 / 1.3) / 30
        elif kind == "gift": c["rate"] = rng.gammavariate(1.5, 0.25 / 1.5) / 30
        elif kind == "festival":
            c["rate"] = 0.0
            if hindu and rng.random() < 0.7: c["fests"] = ["puja"] + (["boishakh"] if rng.random() < 0.3 else [])
            else:
                c["fests"] = ["fitr"] + [f for f, p in (("adha", 0.3), ("boishakh", 0.25)) if rng.random() < p]
        else:
            c["busy_gap"] = rng.uniform(14, 28); c["quiet_gap"] = rng.uniform(35, 90)
        return c
    for _ in range(n_exist):
        custs.append(new_cust(-rng.uniform(0, 400), True))
    for _ in range(n_new):
        x = rng.random() * acq_tot
        i = 0
        while x > acq[i]:
            x -= acq[i]; i += 1
        custs.append(new_cust(i, False))
    rng.shuffle(custs)
    for k, c in enumerate(custs):
        c["id"] = "C%05d" % (10000 + k * 7 % 90000 + k // 12857)  # scrambled ids
    seen = set()
    for c in custs:
        while c["id"] in seen: c["id"] = "C%05d" % rng.randint(10000, 99999)
        seen.add(c["id"])

    rows = []
    def alive(c, i):
        if i > c["death"] or i < c["arr"]: return False
        p = c["pause"]
        return not (p and p[0] <= i < p[1])
    for c in custs:
        orders = set()
        if not c["existing"]:
            orders.add(c["arr"])  # arrival = first order
        if c["kind"] in ("retail", "gift"):
            S = seas_h if c["hindu"] else seas
            for i in range(max(0, int(math.ceil(c["arr"]))), NDAYS):
                if alive(c, i) and rng.random() < c["rate"] * S[i]:
                    orders.add(i)
        elif c["kind"] == "festival":
            for f in c["fests"]:
                dates, win = FESTS[f]
                for e in dates:
                    ei = (e - START).days
                    for n in range(1 + (rng.random() < 0.25)):
                        i = ei - 1 - int(rng.triangular(0, win, 2))
                        if 0 <= i < NDAYS and alive(c, i) and rng.random() < 0.8:
                            orders.add(i)
            # occasional off-season purchase
            for i in range(max(0, int(math.ceil(c["arr"]))), NDAYS):
                if alive(c, i) and rng.random() < 0.03 / 30:
                    orders.add(i)
        else:  # wholesale reseller: restock cycles
            i = max(0, c["arr"]) + (0 if not c["existing"] else rng.uniform(0, 45))
            while i < NDAYS:
                ii = int(i)
                busy = seas[min(ii + 10, NDAYS - 1)] > 1.4
                if alive(c, ii) and rng.random() < 0.92:
                    orders.add(ii)
                gap = c["busy_gap"] if busy else c["quiet_gap"]
                i += max(5, rng.gauss(gap, gap * 0.3))
        for i in sorted(orders):
            if 0 <= i < NDAYS:
                d = days[int(i)]
                rows.append((d.isoformat(), c["id"], amount(rng, c["kind"], d, c["hindu"])))
                # same-day second order (add-on / separate parcel)
                if rng.random() < 0.03:
                    rows.append((d.isoformat(), c["id"], amount(rng, c["kind"], d, c["hindu"])))
    rows.sort()
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "customer_id", "amount"])
        w.writerows(rows)
    return rows

CUTS = [date(2025, 5, 20), date(2025, 7, 15), date(2025, 8, 31)]

def report(rows, name):
    from collections import defaultdict
    byc = defaultdict(set)
    for d, c, a in rows: byc[c].add(date.fromisoformat(d))
    print(f"{name}: {len(rows)} orders, {len(byc)} customers, "
          f"{rows[0][0]}..{rows[-1][0]}")
    for cut in CUTS:
        rep = lost = gap = gap_lost = 0
        for c, ds in byc.items():
            before = [d for d in ds if d <= cut]
            if len(before) < 2: continue
            rep += 1
            never = not any(d > cut for d in ds)
            lost += never
            if (cut - max(before)).days > 90:
                gap += 1; gap_lost += never
        share = gap_lost / gap if gap else 0
        print(f"  cut {cut}: 2+days={rep} truly_lost={lost} "
              f"gap>90={gap} of_which_never_back={gap_lost} ({share:.0%})")

def write(seed, out):
    """Write the log of ``seed`` to ``out``."""
    main(seed, out)


if __name__ == "__main__":
    report(main(int(sys.argv[1]), sys.argv[2]), sys.argv[2])
