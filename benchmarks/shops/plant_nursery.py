#!/usr/bin/env python3
"""Synthetic purchase-log generator: UK online plant nursery / bulb & seed shop
with retail and trade (landscapers, small garden centres) buyers.
History 1 Feb 2023 .. 29 Feb 2024 (13 months). Pure stdlib, deterministic per seed.
Usage: python -m benchmarks.shops.plant_nursery SEED OUTFILE
"""
import csv, math, random, sys, os
from datetime import date, timedelta

START = date(2023, 2, 1)
END = date(2024, 2, 29)
NDAYS = (END - START).days + 1
CUTS = [date(2023, 7, 31), date(2023, 9, 15), date(2023, 11, 15)]

# monthly retail demand index (garden season: spring peak, autumn bulbs, Xmas gifts)
RETAIL_M = {1: .45, 2: .7, 3: 1.6, 4: 2.1, 5: 1.8, 6: 1.0, 7: .65, 8: .55,
            9: 1.05, 10: 1.15, 11: .75, 12: .85}
# new-customer acquisition index (more skewed: ad spend + search demand in spring)
ACQ_M = {1: .4, 2: .75, 3: 1.8, 4: 2.4, 5: 1.9, 6: .95, 7: .6, 8: .5,
         9: 1.0, 10: 1.15, 11: .8, 12: 1.0}
# trade: landscaping season Mar-Oct, winter near-pause
TRADE_M = {1: .2, 2: .55, 3: 1.3, 4: 1.5, 5: 1.45, 6: 1.25, 7: 1.05, 8: .9,
           9: 1.2, 10: 1.15, 11: .6, 12: .25}
# retail weekday factor Mon..Sun (online: Sunday evening / Monday strongest)
WD_RETAIL = [1.15, 1.0, .95, .95, .85, .85, 1.25]
WD_TRADE = [1.3, 1.2, 1.15, 1.1, 1.0, .15, .1]


def day(i):
    return START + timedelta(days=i)


def smooth(table, d):
    """Monthly index linearly interpolated between mid-months."""
    m, dd = d.month, d.day
    if dd >= 15:
        a, b, f = table[m], table[m % 12 + 1], (dd - 15) / 30.0
    else:
        pm = 12 if m == 1 else m - 1
        a, b, f = table[pm], table[m], (dd + 15) / 30.0
    return a + (b - a) * min(f, 1.0)


def gift_window(d):
    return (d.month == 11 and d.day >= 15) or (d.month == 12 and d.day <= 20)


def spring_window(d):      # seasonal gardeners: only buy Mar-early Jun
    return (d.month in (3, 4, 5)) or (d.month == 6 and d.day <= 10) or (d.month == 2 and d.day >= 20)


def bulb_window(d):        # bulb buyers: Sep-Oct (+ early Nov)
    return d.month in (9, 10) or (d.month == 11 and d.day <= 10)


class Sim:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.rs = [smooth(RETAIL_M, day(i)) * WD_RETAIL[day(i).weekday()] for i in range(NDAYS)]
        self.ts = [smooth(TRADE_M, day(i)) for i in range(NDAYS)]
        self.orders = []   # (day_index, cust_id or '', total)
        self.ncust = 0

    # ---------- helpers ----------
    def new_id(self):
        self.ncust += 1
        return self.ncust

    def amount(self, kind, mult):
        r = self.r
        if kind == 'trade':
            v = math.exp(r.gauss(math.log(320), 0.55)) * mult
        elif kind == 'gift':
            v = math.exp(r.gauss(math.log(42), 0.5)) * mult
        else:
            v = math.exp(r.gauss(math.log(36), 0.65)) * mult
        return round(max(v, 4.5), 2)

    def emit(self, cid, d, kind, mult):
        self.orders.append((d, cid, self.amount(kind, mult)))
        if self.r.random() < 0.02:          # forgot-something second order same day
            self.orders.append((d, cid, self.amount('retail', 0.5)))

    # ---------- retail (incl. seasonal, gift) ----------
    def retail(self, start, first_order, pre):
        """Poisson-like purchasing with per-customer rate, seasonal sensitivity,
        interest fading, death after purchase (BG-style), quiet daily hazard,
        and occasional long dormancy followed by return."""
        r = self.r
        cid = self.new_id()
        kind = 'retail'
        u = r.random()
        if pre:
            style = 'spring' if u < .18 else ('bulb' if u < .26 else 'regular')
        else:
            style = 'spring' if u < .14 else ('bulb' if u < .20 else 'regular')
            if gift_window(day(start)) and r.random() < .45:
                style, kind = 'gift', 'gift'
        # purchases per year while alive (heavy tailed)
        rate = r.gammavariate(1.1, 3.2 / 1.1) + 0.4
        if style in ('spring', 'bulb'):
            rate *= 2.5            # concentrated into short window
        if style == 'gift':
            rate = r.gammavariate(1.0, 1.2)
        sens = r.uniform(0.4, 1.6)       # sensitivity to season
        p_die = r.betavariate(1.5, 4.0)  # churn probability after each repeat order
        p_die_first = 0.0 if pre else (0.80 if style == 'gift' else 0.58)
        fade_tau = r.choice([1e9, 1e9, 365, 200, 120])  # interest fading (days)
        hazard = 1 / r.uniform(500, 1500)                # quiet daily dropout
        p_dormant = 0.10                                 # long break after an order
        mult = math.exp(r.gauss(0, 0.35))
        alive, dormant_until, last = True, -1, start
        n = 0
        if first_order:
            self.emit(cid, start, kind, mult)
            n = 1
            if r.random() < p_die_first:
                return cid
        elif pre and r.random() < 0.15:   # existing customer already in a long break
            dormant_until = start + r.randint(60, 330)
        for i in range(start + 1, NDAYS):
            if r.random() < hazard:
                break
            if i < dormant_until:
                continue
            d = day(i)
            if style == 'spring' and not spring_window(d):
                continue
            if style == 'bulb' and not bulb_window(d):
                continue
            if style == 'gift' and not gift_window(d):
                continue
            s = self.rs[i] ** sens
            age = i - start
            lam = rate / 365.0 * s * math.exp(-age / fade_tau)
            if i - last < 7:
                lam *= 0.3                 # just bought
            if r.random() < lam:
                self.emit(cid, i, kind, mult)
                n += 1
                last = i
                if r.random() < p_die:
                    break
                if r.random() < p_dormant:
                    dormant_until = i + r.randint(100, 300)
        return cid

    # ---------- trade ----------
    def trade(self, start, first_order, pre):
        """Renewal-type reordering: gamma intervals around a personal cycle,
        stretched in low season, winter shutdown, project pauses, quiet switch
        to another supplier."""
        r = self.r
        cid = self.new_id()
        cycle = r.choice([14, 21, 28, 28, 35, 45, 60]) * r.uniform(.8, 1.25)
        shape = r.uniform(2.5, 8)
        mult = math.exp(r.gauss(0, 0.6))
        winter_shut = r.random() < 0.65
        p_switch = r.uniform(0.01, 0.05)      # per order: leaves for another supplier
        p_trial_only = 0.0 if pre else 0.30   # trade account that tried once
        i = start
        if first_order:
            self.emit(cid, i, 'trade', mult)
            if r.random() < p_trial_only:
                return cid
        else:
            i = start - r.randint(0, int(cycle))
        while True:
            sf = self.ts[min(max(i, 0), NDAYS - 1)]
            gap = r.gammavariate(shape, cycle / shape) / max(sf, 0.15) ** 0.8
            if r.random() < 0.06:
                gap += r.randint(60, 180)     # project ended / cash-flow pause
            i = i + max(3, int(round(gap)))
            if i >= NDAYS:
                break
            d = day(i)
            if winter_shut and ((d.month == 12 and d.day > 12) or d.month == 1):
                # resume in Feb
                nxt = date(d.year + (1 if d.month == 12 else 0), 2, 1)
                i = (nxt - START).days + r.randint(0, 20)
                if i >= NDAYS:
                    break
            while day(i).weekday() >= 5 and r.random() < 0.85:
                i += 1
            if i >= NDAYS:
                break
            if i < 0:
                continue
            self.emit(cid, i, 'trade', mult)
            if r.random() < p_switch:
                break
        return cid

    def run(self):
        r = self.r
        # pre-existing customer base (shop has traded for a few years)
        for _ in range(1900):
            if r.random() < 0.07:
                self.trade(0, False, True)
            else:
                self.retail(0, False, True)
        # new arrivals
        acq = [smooth(ACQ_M, day(i)) * WD_RETAIL[day(i).weekday()] for i in range(NDAYS)]
        base = 3350 / sum(acq)
        for i in range(NDAYS):
            lam = base * acq[i]
            # Poisson draw
            k, p, L = 0, 1.0, math.exp(-lam)
            while True:
                p *= r.random()
                if p < L:
                    break
                k += 1
            for _ in range(k):
                mo = day(i).month
                p_trade = 0.06 if mo in (2, 3, 4, 9) else 0.03
                if r.random() < p_trade:
                    self.trade(i, True, False)
                else:
                    self.retail(i, True, False)
        # guest checkouts: ~10% of all rows
        n_id = len(self.orders)
        n_guest = int(round(n_id / 9.0 * r.uniform(0.95, 1.05)))
        tot = sum(self.rs)
        cum, c = [], 0.0
        for v in self.rs:
            c += v / tot
            cum.append(c)
        import bisect
        for _ in range(n_guest):
            i = min(bisect.bisect(cum, r.random()), NDAYS - 1)
            kind = 'gift' if gift_window(day(i)) and r.random() < .5 else 'retail'
            self.orders.append((i, '', self.amount(kind, 1.0)))

    def write(self, path):
        r = self.r
        rows = sorted(self.orders, key=lambda o: (o[0], r.random()))
        # remap customer ids to non-sequential-looking ids in first-seen order
        idmap = {}
        nxt = 10000 + r.randint(0, 5000)
        oid = 500000 + r.randint(0, 99999)
        with open(path, 'w', newline='') as f:
            w = csv.writer(f)
            w.writerow(['order_id', 'order_date', 'customer_id', 'order_total'])
            for d, cid, amt in rows:
                if cid != '':
                    if cid not in idmap:
                        nxt += r.randint(1, 3)
                        idmap[cid] = 'C%06d' % nxt
                    cid = idmap[cid]
                oid += 1
                w.writerow([oid, day(d).strftime('%d/%m/%Y'), cid, '%.2f' % amt])
        return rows, idmap


def stats(path):
    from collections import defaultdict
    days = defaultdict(set)
    n, g = 0, 0
    with open(path) as f:
        for row in csv.DictReader(f):
            n += 1
            if not row['customer_id']:
                g += 1
                continue
            dd, mm, yy = map(int, row['order_date'].split('/'))
            days[row['customer_id']].add(date(yy, mm, dd))
    one = sum(1 for v in days.values() if len(v) == 1)
    print('%s: rows=%d guest=%.1f%% customers=%d one-day=%.1f%%' % (
        os.path.basename(path), n, 100 * g / n, len(days), 100 * one / len(days)))
    for c in CUTS:
        rep = lost = gap = gap_never = 0
        for v in days.values():
            before = [x for x in v if x <= c]
            if len(before) < 2:
                continue
            rep += 1
            after = any(x > c for x in v)
            if not after:
                lost += 1
            if (c - max(before)).days > 90:
                gap += 1
                if not after:
                    gap_never += 1
        print('  cut %s: 2+days=%d  no purchase after=%d (%.1f%%)  >90d silent=%d, never back=%d (%.1f%%)' % (
            c.isoformat(), rep, lost, 100 * lost / max(rep, 1), gap, gap_never,
            100 * gap_never / max(gap, 1)))


def write(seed, path):
    """Write the log of ``seed`` to ``path``."""
    sim = Sim(seed)
    sim.run()
    sim.write(path)


if __name__ == '__main__':
    write(int(sys.argv[1]), sys.argv[2])
    stats(sys.argv[2])
