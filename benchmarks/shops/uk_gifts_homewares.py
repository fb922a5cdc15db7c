"""Shop A: synthetic sales export of a small UK online shop selling gifts, homewares
and seasonal decorations, to consumers (RETAIL price list, prices inc. VAT) and to
independent shops (TRADE price list, ex-VAT, pack multiples).

Assumptions (mine):
* Log runs 2022-07-01 .. 2023-06-30 (one year, one row per invoice line). The shop has
  traded ~4 years before the log; customers acquired then (lower, older account numbers)
  keep buying, lapse or have already gone, so only some of them show up in the log.
* Retail demand is very seasonal: flat summer, build-up in Oct, peak Nov (Black Friday)
  and early Dec, collapse after the last-posting date (~18 Dec), Boxing-day sale, dead
  January, bumps for Valentine's, Mother's Day (UK, Easter-21d) and Easter. Trade buyers
  order ~2 months earlier (Aug-Oct stock-up), almost nothing between 20 Dec and 3 Jan,
  mostly on weekdays in office hours; retail peaks in the evenings and on Sun/Mon.
* Customers: ~90% retail, ~10% trade accounts (~4,000 identified buyers in the log).
  Retail order rates are very heterogeneous (gamma, mean ~3/yr); each order carries a
  personal chance (beta, mean ~30%) of being the last, plus a time-based lifetime (mean
  ~2.5 yr) -> ~60-65% of retail accounts seen in the log buy once; many newcomers are
  Christmas gift buyers. Trade accounts reorder fairly regularly (gamma gaps, ~3-26
  orders/yr, mean ~10), re-buy their staple lines, churn slowly (business closes /
  switches supplier), sometimes pause 1.5-5 months (overstock, cash flow), and ~12% are
  seasonal tourist shops closed 20 Nov-20 Feb. Some churned customers of both kinds come
  back after 6-14 months of silence. Account numbers are sequential by sign-up date.
* Guest checkouts (~20% of retail orders) have an empty customer_id. Orders under
  GBP 40 (retail, UK) carry a POST line; small or overseas trade orders a CARR line.
* Cancellations and returns are credit notes: invoice_no "CRN....", qty negative, same
  unit_price, same customer, orig_invoice pointing to the sale. ~2% of orders are
  cancelled in full within hours-2 days; ~6% of retail orders (10% of Dec orders) have a
  line returned 5-35 days later; ~7% of trade orders get a partial damage credit.
Columns: invoice_no, invoice_date (YYYY-MM-DD HH:MM), customer_id, country, price_list,
sku, description, qty, unit_price, orig_invoice.
"""
import bisect
import csv
import datetime as dt
import math
import random
import sys

LOG_START = dt.date(2022, 7, 1)
LOG_END = dt.date(2023, 7, 1)  # exclusive
CUTS = (dt.date(2023, 1, 9), dt.date(2023, 3, 1), dt.date(2023, 5, 2))
HIST_DAYS = 4 * 365 + 30
D0 = LOG_START - dt.timedelta(days=HIST_DAYS)
NDAYS = (LOG_END - D0).days
LOG_I0 = (LOG_START - D0).days

EASTER = {2018: dt.date(2018, 4, 1), 2019: dt.date(2019, 4, 21), 2020: dt.date(2020, 4, 12),
          2021: dt.date(2021, 4, 4), 2022: dt.date(2022, 4, 17), 2023: dt.date(2023, 4, 9)}

RETAIL_MONTH = [0.55, 0.75, 0.85, 0.8, 0.75, 0.7, 0.65, 0.7, 0.85, 1.15, 2.1, 1.9]
TRADE_MONTH = [0.55, 0.8, 1.0, 0.95, 0.9, 0.9, 1.05, 1.35, 1.55, 1.6, 1.3, 0.45]
RETAIL_DOW = [1.1, 1.0, 1.0, 1.0, 0.9, 0.85, 1.15]
TRADE_DOW = [1.25, 1.15, 1.1, 1.1, 0.95, 0.25, 0.15]
RETAIL_HOUR = [1, .5, .3, .2, .2, .3, .8, 1.5, 2.2, 2.8, 3, 3.2, 3.6, 3.4, 3, 2.9, 2.8, 3,
               3.4, 4.2, 4.6, 4.2, 3, 1.8]
TRADE_HOUR = [0, 0, 0, 0, 0, 0, .2, 1, 3, 4.5, 5, 4.5, 3.5, 3.5, 4, 3.8, 3, 1.8, .8, .5,
              .6, .5, .2, .1]

# category: (share, retail monthly seasonal weight Jan..Dec or None, name parts)
CATS = {
    "XM": (0.20, [.05, .02, .02, .02, .02, .03, .05, .1, .4, 1.2, 3.5, 3.0],
           ["Bauble", "Star Garland", "Nativity Set", "Advent Calendar", "Tree Topper",
            "Christmas Wreath", "Snowflake Ornament", "Reindeer Figure", "Stocking",
            "Christmas Cracker Set", "LED Christmas Tree", "Santa Sack", "Angel Hanger"]),
    "HW": (0.04, [0, 0, 0, 0, 0, 0, .1, .4, 1.5, 3.0, .1, 0],
           ["Pumpkin Lantern", "Bat Garland", "Skull Candle", "Witch Hat", "Ghost Lights"]),
    "VL": (0.04, [2.5, 4.0, .1, 0, 0, 0, 0, 0, 0, 0, .05, .1],
           ["Heart Cushion", "Love Token", "Heart Garland", "Rose Candle", "Love Mug"]),
    "ES": (0.04, [0, .4, 3.0, 3.0, .1, 0, 0, 0, 0, 0, 0, 0],
           ["Easter Egg Tree", "Bunny Figure", "Chick Decoration", "Egg Hunt Kit",
            "Spring Wreath"]),
    "GD": (0.08, [.1, .3, .8, 1.5, 2.2, 2.2, 1.8, 1.2, .5, .2, .1, .1],
           ["Bird Feeder", "Plant Pot", "Solar Lantern", "Garden Sign", "Watering Can",
            "Picnic Set", "Bunting", "Seed Tin"]),
    "CA": (0.10, [1.0, .9, .9, .8, .7, .6, .6, .7, 1.0, 1.3, 1.5, 1.4],
           ["Scented Candle", "Tealight Holder", "Candle Jar", "Reed Diffuser", "Wax Melt Set",
            "Lantern"]),
    "KT": (0.12, None, ["Mug", "Tea Towel", "Cake Tin", "Jam Jar Set", "Apron", "Oven Glove",
                        "Lunch Box", "Measuring Spoons", "Storage Jar", "Coaster Set"]),
    "TX": (0.10, None, ["Cushion Cover", "Throw", "Tote Bag", "Hot Water Bottle",
                        "Doorstop", "Table Runner"]),
    "ST": (0.09, None, ["Notebook", "Greeting Card", "Gift Wrap", "Pencil Set", "Photo Frame",
                        "Wall Clock", "Gift Bag", "Memo Pad"]),
    "KD": (0.08, None, ["Wooden Toy", "Kids Apron", "Jigsaw", "Money Box", "Night Light",
                        "Colouring Set", "Soft Toy"]),
    "BB": (0.07, [1.0, 1.0, 1.2, .9, .9, .9, .8, .8, .9, 1.1, 1.4, 1.4],
           ["Soap Set", "Bath Bomb", "Hand Cream", "Wash Bag", "Lavender Sachet"]),
    "JW": (0.04, [.9, 1.3, 1.2, .9, .8, .8, .8, .8, .9, 1.0, 1.3, 1.5],
           ["Trinket Box", "Jewellery Stand", "Charm Bracelet", "Hair Clip Set", "Key Ring"]),
}
ADJ = ["Vintage", "Rustic", "Scandi", "Floral", "Gingham", "Spotty", "Enamel", "Woodland",
       "Retro", "Botanical", "Nordic", "Polka", "Hessian", "Country", "Heritage", "Folk",
       "Starry", "Glitter", "Pastel", "Striped"]
COLOURS = ["Red", "Cream", "Sage", "Navy", "Pink", "Grey", "Mustard", "Blue", "Gold",
           "Silver", "White", "Green", "Natural"]

RETAIL_COUNTRIES = [("United Kingdom", 92), ("Ireland", 2.5), ("France", 1), ("Germany", 1),
                    ("Netherlands", .7), ("United States", .8), ("Australia", .5),
                    ("Spain", .5), ("Belgium", .5), ("Canada", .5)]
TRADE_COUNTRIES = [("United Kingdom", 70), ("Ireland", 6), ("France", 5), ("Germany", 5),
                   ("Netherlands", 3), ("Belgium", 2), ("Norway", 2), ("Switzerland", 2),
                   ("Spain", 1.5), ("Italy", 1.5), ("Sweden", 1), ("Denmark", 1)]


def _date(i):
    return D0 + dt.timedelta(days=i)


def _interp(month_vals, d):
    dim = ((d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)).day
    pos = (d.month - 1) + (d.day - 0.5) / dim - 0.5
    lo = math.floor(pos)
    w = pos - lo
    return month_vals[lo % 12] * (1 - w) + month_vals[(lo + 1) % 12] * w


def _black_friday(y):
    wd = dt.date(y, 11, 1).weekday()
    first_thu = 1 + (3 - wd) % 7
    return dt.date(y, 11, first_thu + 22)


def _retail_day(d):
    v = _interp(RETAIL_MONTH, d)
    m, day = d.month, d.day
    if m == 12:
        if day <= 18:
            v *= 1.15
        elif day <= 24:
            v *= 0.45
        elif day == 25:
            v *= 0.15
        elif day == 26:
            v *= 1.1
        else:
            v *= 0.8
    if m == 2 and day <= 13:
        v *= 1.45
    e = EASTER.get(d.year)
    if e:
        md = e - dt.timedelta(days=21)
        if 0 < (md - d).days <= 10:
            v *= 1.6
        if 0 < (e - d).days <= 12:
            v *= 1.3
    bf = _black_friday(d.year)
    if 0 <= (d - bf).days <= 3:
        v *= 1.9
    return v * RETAIL_DOW[d.weekday()]


def _trade_day(d):
    v = _interp(TRADE_MONTH, d)
    if (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 3):
        v *= 0.08
    return v * TRADE_DOW[d.weekday()]


def _build_intensity(fn):
    lam = [fn(_date(i)) for i in range(NDAYS)]
    mean = sum(lam[LOG_I0:]) / (NDAYS - LOG_I0)
    lam = [x / mean for x in lam]
    cum = [0.0]
    for x in lam:
        cum.append(cum[-1] + x)
    return lam, cum


def _weighted(rng, cumw):
    return bisect.bisect_right(cumw, rng.random() * cumw[-1])


def _cumsum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


class Catalog:
    def __init__(self, rng):
        self.items = []  # dict(sku, cat, desc, rrp, trade, pack, pop, intro, rise)
        n_total = 900
        used = set()
        self.by_cat = {}
        for cat, (share, _, nouns) in CATS.items():
            n = max(20, int(n_total * share))
            for j in range(n):
                while True:
                    noun = rng.choice(nouns)
                    desc = (rng.choice(ADJ) + " " + (rng.choice(COLOURS) + " " if rng.random() < .5 else "")
                            + noun).upper()
                    if desc not in used:
                        used.add(desc)
                        break
                rrp = math.exp(rng.gauss(math.log(8.5), 0.65))
                rrp = min(max(rrp, 1.5), 85.0)
                rrp = math.floor(rrp) + (0.99 if rrp < 20 or rng.random() < .5 else 0.5)
                rrp = round(rrp - 1 if rrp > 3 and rng.random() < .3 else rrp, 2)
                trade = round(rrp / 1.2 * rng.uniform(0.47, 0.55), 2)
                if rrp < 4:
                    pack = rng.choice([12, 24, 24, 48])
                elif rrp < 12:
                    pack = rng.choice([6, 6, 12, 12, 24])
                elif rrp < 30:
                    pack = rng.choice([2, 4, 4, 6])
                else:
                    pack = rng.choice([1, 2, 2, 4])
                intro = 0
                if rng.random() < 0.15:  # new ranges launched during/just before log
                    intro = LOG_I0 + rng.randint(-60, 300)
                item = dict(sku="%s%04d" % (cat, 100 + j * 7 + rng.randint(0, 6)), cat=cat,
                            desc=desc, rrp=rrp, trade=trade, pack=pack,
                            pop=rng.paretovariate(1.2), intro=intro,
                            rise=rng.uniform(1.04, 1.10) if rng.random() < .4 else 1.0)
                self.items.append(item)
                self.by_cat.setdefault(cat, []).append(item)
        self.cat_cum = {c: _cumsum([it["pop"] for it in lst]) for c, lst in self.by_cat.items()}
        self.cats = list(CATS)
        self.rise_day = (dt.date(2023, 2, 1) - D0).days

    def cat_weights(self, month, trade):
        m = (month - 1 + (2 if trade else 0)) % 12  # trade buys ~2 months ahead
        ws = []
        for c in self.cats:
            share, season, _ = CATS[c]
            s = 1.0 if season is None else season[m]
            ws.append(share * max(s, 0.01))
        return ws

    def pick(self, rng, cat, day):
        lst = self.by_cat[cat]
        cum = self.cat_cum[cat]
        for _ in range(20):
            it = lst[_weighted(rng, cum)]
            if it["intro"] <= day:
                return it
        return it

    def price(self, it, day, trade):
        p = it["trade"] if trade else it["rrp"]
        if day >= self.rise_day and it["rise"] > 1.0:
            p = p * it["rise"]
            p = round(p, 2) if trade else math.floor(p) + 0.99
        return round(p, 2)


def _sim_orders(rng, acq, rate, shape, p_churn, life, lapse_p, cum, min_gap,
                pause_p=0.0, closed=False):
    """Return order day indices (from acquisition on) for one customer."""
    days = [acq]
    t = acq
    death = acq + life
    while True:
        if rng.random() < p_churn:
            if rng.random() < lapse_p:  # goes quiet, comes back much later
                t += rng.randint(180, 420)
                death = max(death, t + rng.randint(60, 400))
            else:
                break
        gap = rng.gammavariate(shape, (365.0 / rate) / shape)
        base = t + 1
        if pause_p and rng.random() < pause_p:
            base = t + rng.randint(45, 150)
        if base >= NDAYS:
            break
        u = cum[base] + gap
        if u >= cum[-1]:
            break
        nt = bisect.bisect_right(cum, u) - 1
        nt = max(nt, t + min_gap)
        if closed:
            d = _date(nt)
            if (d.month, d.day) >= (11, 20) or (d.month, d.day) <= (2, 20) or d.month == 1:
                y = d.year + (1 if d.month >= 11 else 0)
                nt = (dt.date(y, 2, 21) - D0).days + rng.randint(0, 20)
        if nt >= NDAYS or nt > death:
            break
        days.append(nt)
        t = nt
    return days


def _acq_days(rng, n, lam, lo, hi, power, growth):
    ws = []
    for i in range(lo, hi):
        yrs_before = max(0.0, (LOG_I0 - i) / 365.0)
        ws.append((lam[i] ** power) * (growth ** yrs_before))
    cw = _cumsum(ws)
    return [lo + _weighted(rng, cw) for _ in range(n)]


def _hour_min(rng, hour_cum):
    h = _weighted(rng, hour_cum)
    return h, rng.randint(0, 59)


def write(seed: int, path: str) -> None:
    rng = random.Random(seed)
    cat = Catalog(rng)
    r_lam, r_cum = _build_intensity(_retail_day)
    t_lam, t_cum = _build_intensity(_trade_day)
    r_hour = _cumsum(RETAIL_HOUR)
    t_hour = _cumsum(TRADE_HOUR)
    r_ctry = _cumsum([w for _, w in RETAIL_COUNTRIES])
    t_ctry = _cumsum([w for _, w in TRADE_COUNTRIES])
    scale = rng.uniform(0.9, 1.1)

    customers = []  # (acq_day, kind, orders, country, extra)
    specs = [
        ("R", int(3400 * scale), 0, LOG_I0, 1.2, 0.75),
        ("R", int(3250 * scale), LOG_I0, NDAYS, 1.3, 1.0),
        ("T", int(520 * scale), 0, LOG_I0, 1.0, 0.8),
        ("T", int(160 * scale), LOG_I0, NDAYS, 1.0, 1.0),
    ]
    for kind, n, lo, hi, power, growth in specs:
        lam = r_lam if kind == "R" else t_lam
        for acq in _acq_days(rng, n, lam, lo, hi, power, growth):
            if kind == "R":
                rate = min(max(rng.gammavariate(0.7, 3.2 / 0.7), 0.2), 25)
                days = _sim_orders(rng, acq, rate, 1.3, rng.betavariate(1.3, 3.2),
                                   int(rng.expovariate(1 / (2.5 * 365))), 0.2, r_cum, 2)
                country = RETAIL_COUNTRIES[_weighted(rng, r_ctry)][0]
                aff = [rng.gammavariate(2.0, 0.5) for _ in cat.cats]
                extra = dict(aff=aff, big=rng.lognormvariate(0, 0.35))
            else:
                rate = min(max(rng.gammavariate(2.5, 10.0 / 2.5), 3.0), 26)
                seasonal = rng.random() < 0.12
                days = _sim_orders(rng, acq, rate, 2.5, rng.uniform(0.01, 0.05),
                                   int(rng.expovariate(1 / (4.5 * 365))), 0.15, t_cum, 5,
                                   pause_p=0.04, closed=seasonal)
                country = TRADE_COUNTRIES[_weighted(rng, t_ctry)][0]
                aff = [rng.gammavariate(1.5, 1 / 1.5) for _ in cat.cats]
                n_st = rng.randint(8, 40)
                staples = []
                cw = _cumsum([a * s for a, s in zip(aff, [CATS[c][0] for c in cat.cats])])
                for _ in range(n_st):
                    staples.append(cat.pick(rng, cat.cats[_weighted(rng, cw)], acq))
                extra = dict(aff=aff, staples=staples, big=rng.lognormvariate(0, 0.5))
            customers.append((acq, rng.random(), kind, days, country, extra))

    customers.sort(key=lambda c: (c[0], c[1]))
    docs = []  # (datetime, seq, kind, cust_id, country, price_list, lines, ref)
    seq = 0
    cw_cache = {}

    def make_order(kind, day, ext):
        d = _date(day)
        trade = kind == "T"
        key = (d.month, trade)
        if key not in cw_cache:
            cw_cache[key] = cat.cat_weights(d.month, trade)
        base_w = cw_cache[key]
        aff = ext["aff"] if ext else None
        w = [b * a for b, a in zip(base_w, aff)] if aff else base_w
        cw = _cumsum(w)
        lines = {}
        if trade:
            n = 4 + int(rng.gammavariate(2.0, 3.5 * ext["big"]))
            for _ in range(n):
                it = None
                if ext["staples"] and rng.random() < 0.55:
                    it = rng.choice(ext["staples"])
                    sw = CATS[it["cat"]][1]
                    if sw is not None and sw[(d.month + 1) % 12] < 0.3:
                        it = None  # seasonal staple out of its buying window
                if it is None:
                    it = cat.pick(rng, cat.cats[_weighted(rng, cw)], day)
                mult = 1 + int(rng.expovariate(1.6))
                q = it["pack"] * mult
                lines[it["sku"]] = [it, lines.get(it["sku"], [None, 0])[1] + q]
        else:
            big = ext["big"] if ext else 1.0
            mean_extra = 1.4 * big + (0.8 if d.month in (11, 12) else 0)
            n = 1 + int(rng.expovariate(1.0 / mean_extra))
            n = min(n, 25)
            for _ in range(n):
                it = cat.pick(rng, cat.cats[_weighted(rng, cw)], day)
                r = rng.random()
                q = 1 if r < 0.8 else (2 if r < 0.93 else rng.randint(3, 6))
                if it["rrp"] < 4 and rng.random() < .3:
                    q += rng.randint(1, 5)
                lines[it["sku"]] = [it, lines.get(it["sku"], [None, 0])[1] + q]
        out = [(it["sku"], it["desc"], q, cat.price(it, day, trade)) for it, q in lines.values()]
        return out

    def add_sale(kind, cid, country, day):
        nonlocal seq
        trade = kind == "T"
        d = _date(day)
        if trade:
            wd = d.weekday()
            h, mi = _hour_min(rng, t_hour)
            if wd >= 5 and rng.random() < .5:
                h = rng.randint(8, 21)
        else:
            h, mi = _hour_min(rng, r_hour)
        ts = dt.datetime(d.year, d.month, d.day, h, mi)
        lines = make_order(kind, day, cust_ext.get(cid))
        sub = sum(q * p for _, _, q, p in lines)
        if trade:
            if country != "United Kingdom":
                lines.append(("CARR", "CARRIAGE - INTERNATIONAL PALLET/PARCEL", 1, 35.0))
            elif sub < 250:
                lines.append(("CARR", "CARRIAGE", 1, 14.95))
        else:
            if country != "United Kingdom":
                lines.append(("POST", "POSTAGE - INTERNATIONAL", 1, 9.95))
            elif sub < 40:
                lines.append(("POST", "POSTAGE", 1, 3.95))
        seq += 1
        sale = [ts, seq, "S", cid, country, "TRADE" if trade else "RETAIL", lines, None]
        docs.append(sale)
        # cancellations and returns -> credit notes
        r = rng.random()
        p_cancel = 0.015 if trade else 0.02
        if r < p_cancel:
            cts = ts + dt.timedelta(minutes=rng.randint(10, 2 * 24 * 60))
            seq += 1
            docs.append([cts, seq, "C", cid, country, sale[5],
                         [(s, de, -q, p) for s, de, q, p in lines], sale])
            return
        goods = [ln for ln in lines if ln[0] not in ("POST", "CARR")]
        if not goods:
            return
        if trade:
            if rng.random() < 0.07:
                k = min(len(goods), rng.choice([1, 1, 2]))
                cl = []
                for s, de, q, p in rng.sample(goods, k):
                    cl.append((s, de, -rng.randint(1, max(1, min(q, 6))), p))
                cts = dt.datetime.combine(d + dt.timedelta(days=rng.randint(3, 20)),
                                          dt.time(rng.randint(9, 16), rng.randint(0, 59)))
                seq += 1
                docs.append([cts, seq, "C", cid, country, sale[5], cl, sale])
        else:
            p_ret = 0.10 if d.month == 12 else 0.06
            if rng.random() < p_ret:
                k = min(len(goods), 1 if rng.random() < .8 else 2)
                cl = [(s, de, -q if rng.random() < .85 else -1, p)
                      for s, de, q, p in rng.sample(goods, k)]
                rd = d + dt.timedelta(days=rng.randint(5, 35))
                cts = dt.datetime.combine(rd, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
                seq += 1
                docs.append([cts, seq, "C", cid, country, sale[5], cl, sale])

    cust_ext = {}
    next_id = 10001
    for acq, _, kind, days, country, extra in customers:
        cid = str(next_id)
        next_id += rng.choice([1, 1, 1, 1, 2])  # deleted/test accounts leave gaps
        cust_ext[cid] = extra
        for day in days:
            if LOG_I0 <= day < NDAYS:
                add_sale(kind, cid, country, day)

    # guest checkouts (retail only, no account)
    n_ret = sum(1 for dcm in docs if dcm[2] == "S" and dcm[5] == "RETAIL")
    n_guest = int(n_ret * 0.25)
    for day in _acq_days(rng, n_guest, r_lam, LOG_I0, NDAYS, 1.1, 1.0):
        country = RETAIL_COUNTRIES[_weighted(rng, r_ctry)][0]
        add_sale("R", "", country, day)

    # number documents in time order, write
    end = dt.datetime.combine(LOG_END, dt.time(0, 0))
    docs = [dcm for dcm in docs if dcm[0] < end]
    docs.sort(key=lambda x: (x[0], x[1]))
    inv_no, crn_no = 536120 + rng.randint(0, 900), 4100 + rng.randint(0, 300)
    for dcm in docs:
        if dcm[2] == "S":
            dcm.append("INV%06d" % inv_no)
            inv_no += 1
        else:
            dcm.append("CRN%05d" % crn_no)
            crn_no += 1
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["invoice_no", "invoice_date", "customer_id", "country", "price_list",
                    "sku", "description", "qty", "unit_price", "orig_invoice"])
        for ts, _, typ, cid, country, pl, lines, ref, no in docs:
            refno = ref[8] if ref is not None else ""
            for s, de, q, p in lines:
                w.writerow([no, ts.strftime("%Y-%m-%d %H:%M"), cid, country, pl, s, de, q,
                            "%.2f" % p, refno])


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
