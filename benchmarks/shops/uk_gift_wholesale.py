"""Synthetic invoice-line log of a UK online shop selling all-occasion gifts and homewares.

Period 2014-12-01 .. 2015-12-09 (13 months).  Customers: key wholesale accounts and
ordinary wholesalers (UK + Europe) reordering on their own gamma-renewal rhythm, small
retail shops on slower and more autumn-heavy rhythms, "Christmas-only" buyers who appear
only from late summer to early December, and private customers who mostly buy once
(peaking in November).  Many accounts pre-date the log (they enter it mid-cycle); new
accounts arrive at a slowly growing rate, new trade accounts often stop after a trial
order, and any account can pause for months or fade out (longer gaps, smaller baskets)
and churn.  Demand is seasonal (Sept-Nov run-up, dead Christmas week, slow Jan-Feb,
August slump for southern Europe); the shop does not trade on Saturdays or bank
holidays.  About a fifth of lines come from unregistered (guest / marketplace) sales
with no customer id.  Cancellations are separate invoices prefixed "C" with negative
quantities, mostly reversing lines of a recent order.
"""
import csv
import datetime as dt
import math
import sys
from bisect import bisect_left
import random

START = dt.date(2014, 12, 1)
END = dt.date(2015, 12, 9)          # last (half) trading day of the log
NDAYS = (END - START).days + 1
DAYS = [START + dt.timedelta(days=i) for i in range(NDAYS)]
CUTS = (dt.date(2015, 6, 1), dt.date(2015, 7, 15), dt.date(2015, 9, 1))

_CLOSED = set()
_d = dt.date(2014, 12, 23)
while _d <= dt.date(2015, 1, 4):
    _CLOSED.add(_d)
    _d += dt.timedelta(days=1)
for _x in [(2015, 4, 3), (2015, 4, 6), (2015, 5, 4), (2015, 5, 25), (2015, 8, 31)]:
    _CLOSED.add(dt.date(*_x))
OPEN = [(d.weekday() != 5 and d not in _CLOSED) for d in DAYS]
PRICE_RISE_DAY = (dt.date(2015, 4, 1) - START).days

WEEKDAY = [1.05, 1.1, 1.05, 1.15, 0.8, 0.0, 0.55]
SEASON = {  # value at the middle of each month
    'key':     {1: 0.6, 2: 0.75, 3: 0.9, 4: 0.85, 5: 0.95, 6: 0.95, 7: 1.0, 8: 1.05, 9: 1.3, 10: 1.35, 11: 1.35, 12: 0.85},
    'whole':   {1: 0.5, 2: 0.65, 3: 0.85, 4: 0.8, 5: 0.9, 6: 0.9, 7: 0.95, 8: 1.0, 9: 1.4, 10: 1.5, 11: 1.5, 12: 0.8},
    'retail':  {1: 0.4, 2: 0.55, 3: 0.8, 4: 0.75, 5: 0.85, 6: 0.8, 7: 0.85, 8: 1.0, 9: 1.6, 10: 1.9, 11: 1.9, 12: 0.8},
    'xmas':    {1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0, 5: 0.0, 6: 0.05, 7: 0.15, 8: 0.4, 9: 1.0, 10: 1.6, 11: 1.8, 12: 1.0},
    'private': {1: 0.45, 2: 0.65, 3: 0.75, 4: 0.7, 5: 0.75, 6: 0.7, 7: 0.65, 8: 0.7, 9: 0.9, 10: 1.25, 11: 2.3, 12: 2.0},
    'guest':   {1: 0.55, 2: 0.7, 3: 0.85, 4: 0.8, 5: 0.85, 6: 0.8, 7: 0.8, 8: 0.85, 9: 1.1, 10: 1.35, 11: 1.8, 12: 1.4},
}
# product category seasonality, by month: xmas, summer/garden, easter/spring, valentine, everyday
CAT_SEASON = [
    {1: 0.08, 2: 0.04, 3: 0.04, 4: 0.04, 5: 0.06, 6: 0.12, 7: 0.35, 8: 0.8, 9: 1.6, 10: 2.0, 11: 2.0, 12: 1.3},
    {1: 0.3, 2: 0.5, 3: 0.9, 4: 1.4, 5: 1.7, 6: 1.7, 7: 1.4, 8: 1.0, 9: 0.6, 10: 0.3, 11: 0.25, 12: 0.2},
    {1: 0.5, 2: 1.3, 3: 2.0, 4: 1.0, 5: 0.5, 6: 0.35, 7: 0.3, 8: 0.3, 9: 0.3, 10: 0.3, 11: 0.3, 12: 0.3},
    {1: 1.9, 2: 1.4, 3: 0.5, 4: 0.4, 5: 0.5, 6: 0.5, 7: 0.4, 8: 0.4, 9: 0.4, 10: 0.4, 11: 0.5, 12: 0.5},
    {m: (1.15 if m in (10, 11) else 1.0) for m in range(1, 13)},
]

EU = [('Germany', 22), ('France', 20), ('EIRE', 12), ('Netherlands', 7), ('Belgium', 7),
      ('Spain', 6), ('Switzerland', 5), ('Portugal', 4), ('Italy', 4), ('Norway', 3),
      ('Sweden', 3), ('Denmark', 2), ('Finland', 2), ('Austria', 2), ('Poland', 2),
      ('Channel Islands', 2), ('Iceland', 1), ('Greece', 1), ('Cyprus', 1)]
SOUTH = ('France', 'Spain', 'Portugal', 'Italy', 'Greece', 'Cyprus')
POSTAGE = {'Germany': 18.0, 'France': 18.0, 'EIRE': 0.0, 'Netherlands': 15.0, 'Belgium': 15.0,
           'Spain': 28.0, 'Switzerland': 40.0, 'Portugal': 28.0, 'Italy': 28.0, 'Norway': 40.0,
           'Sweden': 40.0, 'Denmark': 28.0, 'Finland': 40.0, 'Austria': 28.0, 'Poland': 28.0,
           'Channel Islands': 15.0, 'Iceland': 40.0, 'Greece': 40.0, 'Cyprus': 40.0}

_XMAS_ADJ = ['RED', 'GOLD', 'SILVER', 'GLITTER', 'WOODEN', 'VINTAGE', 'SCANDINAVIAN', 'PAPER',
             'FELT', 'GLASS', 'WHITE', 'RUSTIC', 'LED', 'ZINC']
_XMAS_MOTIF = ['STAR', 'REINDEER', 'SNOWFLAKE', 'ANGEL', 'ROBIN', 'SANTA', 'HOLLY', 'SNOWMAN',
               'NORDIC', 'CHRISTMAS TREE', 'GINGERBREAD', 'BELL']
_XMAS_ITEM = [('BAUBLE', 0.6), ('HANGING DECORATION', 0.8), ('ADVENT CALENDAR', 4.5), ('GARLAND', 3.0),
              ('CRACKERS BOX', 5.0), ('STOCKING', 3.5), ('WREATH', 6.0), ('T-LIGHT HOLDER', 1.5),
              ('GIFT WRAP', 0.4), ('CARD PACK', 1.2), ('LIGHTS', 5.5), ('TABLE RUNNER', 4.0)]
_SUM_ADJ = ['GARDEN', 'PICNIC', 'SEASIDE', 'ENGLISH ROSE', 'BEACH HUT', 'WILDFLOWER', 'SUNFLOWER', 'ZINC']
_SUM_ITEM = [('BUNTING', 2.5), ('PARASOL', 3.0), ('WATERING CAN', 4.0), ('PLANT POT', 1.8),
             ('BEACH BAG', 2.2), ('PICNIC HAMPER', 12.0), ('LANTERN', 3.8), ('BIRD FEEDER', 2.5),
             ('WINDMILL', 0.8), ('FLOWER PEGS', 0.5)]
_SPR_ADJ = ['EASTER', 'SPRING', 'PASTEL', 'DAISY', 'CHICK']
_SPR_ITEM = [('HANGING EGG', 0.4), ('BUNNY DECORATION', 1.6), ('EGG CUP', 1.2), ('WREATH', 4.0),
             ('BASKET', 2.5), ('BUNTING', 2.0)]
_VAL_ADJ = ['HEART', 'LOVE', 'ROSE', 'SWEETHEART', 'CUPID']
_VAL_ITEM = [('CARD', 0.5), ('CANDLE', 1.3), ('T-LIGHT HOLDER', 1.4), ('TRINKET BOX', 2.2),
             ('HANGING DECORATION', 0.9), ('CUSHION COVER', 3.5)]
_EVD_ADJ = ['POLKA DOT', 'RETRO', 'FLORAL', 'SPOTTY', 'STRIPED', 'PAISLEY', 'VINTAGE ROSE',
            'DOLLY GIRL', 'SKULL', 'OWL', 'BIRD', 'ENAMEL', 'GINGHAM', 'KITSCH', 'PANTRY',
            'MOROCCAN', 'SPACEBOY', 'CIRCUS', 'WOODLAND', 'LONDON', 'REGENCY', 'TOADSTOOL',
            'HEN', 'BAROQUE', 'FRENCH', 'ANTIQUE', 'MINT', 'PINK', 'BLUE', 'IVORY']
_EVD_ITEM = [('MUG', 1.6), ('LUNCH BOX', 1.9), ('TEA TOWEL', 1.4), ('CAKE STAND', 9.0),
             ('NOTEBOOK', 0.9), ('CANDLE', 1.2), ('PHOTO FRAME', 2.6), ('CUSHION COVER', 3.6),
             ('DOORMAT', 7.0), ('JUG', 3.2), ('STORAGE TIN', 2.4), ('SHOPPING BAG', 1.7),
             ('PURSE', 1.5), ('CHILDRENS APRON', 1.9), ('WALL CLOCK', 4.0), ('METAL SIGN', 2.2),
             ('JIGSAW', 0.45), ('PENCIL SET', 0.6), ('GIFT BAG', 0.45), ('NAPKINS', 0.85),
             ('PAPER PLATES', 0.85), ('HOT WATER BOTTLE', 4.2), ('KEY RING', 0.45),
             ('JEWELLERY BOX', 3.5), ('SOAP DISH', 1.3), ('COAT HANGER', 1.6), ('MIRROR', 2.2),
             ('VASE', 3.4), ('BOWL', 1.3), ('CAKE CASES', 0.55), ('STICKER SHEET', 0.3),
             ('CHOPPING BOARD', 5.5), ('ALARM CLOCK', 3.8), ('TISSUES', 0.4), ('SIDEBOARD', 80.0),
             ('HANDBAG', 4.2), ('PARTY BUNTING', 2.5), ('TEAPOT', 6.0)]
_CATS = [(_XMAS_ADJ, _XMAS_ITEM, 0.18), (_SUM_ADJ, _SUM_ITEM, 0.10), (_SPR_ADJ, _SPR_ITEM, 0.05),
         (_VAL_ADJ, _VAL_ITEM, 0.04), (_EVD_ADJ, _EVD_ITEM, 0.63)]
_CENT_ENDS = [0.19, 0.25, 0.29, 0.39, 0.45, 0.49, 0.55, 0.65, 0.69, 0.75, 0.79, 0.85, 0.95]


def _interp(table, d):
    m = d.month
    if d.day >= 15:
        m2, frac = m % 12 + 1, (d.day - 15) / 30.0
    else:
        m2, frac = (m - 2) % 12 + 1, (15 - d.day) / 30.0
    return table[m] * (1.0 - frac) + table[m2] * frac


def _price_round(p, up=False):
    if p < 1.0:
        return max(0.04, round(p, 2))
    if p >= 20:
        return float(int(p)) + (0.95 if up else 0.0) if p < 100 else float(int(p))
    base = int(p)
    cands = [base - 1 + e for e in _CENT_ENDS] + [base + e for e in _CENT_ENDS]
    cands = [c for c in cands if c > 0.5]
    return round(min(cands, key=lambda c: (abs(c - p), c)), 2)


def _wchoice(rng, items, weights):
    t = rng.random() * sum(weights)
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if t < acc:
            return it
    return items[-1]


def _poisson(rng, lam):
    if lam <= 0:
        return 0
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p < L:
            return k
        k += 1


class _Catalog:
    def __init__(self, rng, n=3600):
        self.code, self.desc, self.cat = [], [], []
        self.pop, self.pack, self.intro, self.disc = [], [], [], []
        self.prices = []      # (list_pre, list_post, bulk_pre, bulk_post, market)
        self.bulk_qty = []
        used_codes, used_desc = set(), set()
        cat_w = [c[2] for c in _CATS]
        i = 0
        while i < n:
            ci = _wchoice(rng, [0, 1, 2, 3, 4], cat_w)
            adjs, items, _ = _CATS[ci]
            item, bp = items[rng.randrange(len(items))]
            if item == 'SIDEBOARD' and rng.random() < 0.9:
                continue
            if ci == 0:
                desc = '%s %s %s' % (rng.choice(adjs), rng.choice(_XMAS_MOTIF), item)
            else:
                desc = '%s %s' % (rng.choice(adjs), item)
            if desc in used_desc:
                desc = desc + ' ' + rng.choice(['SMALL', 'LARGE', 'SET OF 3', 'SET OF 6', 'MINI', 'JUMBO'])
                if desc in used_desc:
                    continue
            used_desc.add(desc)
            price = bp * math.exp(rng.gauss(0, 0.35))
            nvar = 1 if rng.random() < 0.85 else rng.randint(2, 4)
            while True:
                base = rng.randint(10000, 90999)
                if base not in used_codes:
                    used_codes.add(base)
                    break
            pop = rng.paretovariate(1.1)
            colours = ['RED', 'BLUE', 'PINK', 'GREEN', 'CREAM', 'BLACK']
            rng.shuffle(colours)
            intro, disc = 0, NDAYS + 10
            r = rng.random()
            if r < 0.12:
                if ci == 0:
                    intro = rng.randint((dt.date(2015, 7, 1) - START).days, (dt.date(2015, 9, 20) - START).days)
                else:
                    intro = rng.randint(20, NDAYS - 20)
            elif r < 0.22:
                disc = rng.randint(30, NDAYS - 1)
            if price < 0.5:
                pack = rng.choice([12, 24, 24, 25, 48, 72])
            elif price < 1.5:
                pack = rng.choice([6, 12, 12, 12, 24])
            elif price < 4:
                pack = rng.choice([1, 2, 3, 4, 6, 6, 8, 12])
            elif price < 10:
                pack = rng.choice([1, 1, 2, 2, 3, 4, 6])
            else:
                pack = 1
            lp = _price_round(price)
            lp2 = _price_round(price * rng.uniform(1.05, 1.15)) if rng.random() < 0.25 else lp
            bp1 = _price_round(lp * rng.uniform(0.78, 0.9))
            bp2 = _price_round(lp2 * rng.uniform(0.78, 0.9)) if lp2 != lp else bp1
            mk = _price_round(lp2 * rng.uniform(1.3, 1.9), up=True)
            bq = pack * rng.choice([2, 4, 4, 8]) if pack > 1 else rng.choice([4, 6, 8, 12])
            for v in range(nvar):
                if i >= n:
                    break
                if nvar == 1:
                    code, d2 = str(base), desc
                else:
                    code, d2 = '%d%s' % (base, 'ABCD'[v]), '%s %s' % (colours[v], desc)
                self.code.append(code)
                self.desc.append(d2)
                self.cat.append(ci)
                self.pop.append(pop * rng.uniform(0.4, 1.0))
                self.pack.append(pack)
                self.intro.append(intro)
                self.disc.append(disc)
                self.prices.append((lp, lp2, bp1, bp2, mk))
                self.bulk_qty.append(bq)
                i += 1
        self.n = len(self.code)
        # static popularity cdf (for building customers' repertoires)
        acc, self.cum_static = 0.0, []
        for w in self.pop:
            acc += w
            self.cum_static.append(acc)
        self._week_cum = {}

    def week_cum(self, day):
        w = day // 7
        c = self._week_cum.get(w)
        if c is None:
            mid = min(NDAYS - 1, w * 7 + 3)
            month = DAYS[mid].month
            sm = [CAT_SEASON[k][month] for k in range(5)]
            acc, c = 0.0, []
            for p in range(self.n):
                if self.intro[p] <= mid < self.disc[p]:
                    acc += self.pop[p] * sm[self.cat[p]]
                c.append(acc)
            self._week_cum[w] = c
        return c

    def pick(self, rng, day):
        c = self.week_cum(day)
        return min(self.n - 1, bisect_left(c, rng.random() * c[-1]))

    def pick_static(self, rng):
        c = self.cum_static
        return min(self.n - 1, bisect_left(c, rng.random() * c[-1]))

    def unit_price(self, p, day, bulk, market):
        lp, lp2, bp1, bp2, mk = self.prices[p]
        post = day >= PRICE_RISE_DAY
        if market:
            pr = mk
        elif bulk:
            pr = bp2 if post else bp1
        else:
            pr = lp2 if post else lp
        if self.cat[p] == 0 and DAYS[day].month in (1, 2):   # Christmas clearance
            pr = _price_round(pr * 0.5)
        return pr


_INTENS_CACHE = {}


def _cum_intensity(profile, south):
    key = (profile, south)
    if key in _INTENS_CACHE:
        return _INTENS_CACHE[key]
    arr = []
    for i, d in enumerate(DAYS):
        if not OPEN[i]:
            arr.append(0.0)
            continue
        v = _interp(SEASON[profile], d) * WEEKDAY[d.weekday()]
        if d.month == 12 and d.day >= 18 and profile != 'private':
            v *= 0.35
        if south and d.month == 8:
            v *= 0.35
        arr.append(max(v, 0.0))
    tot = sum(arr)
    acc, cum = 0.0, []
    for v in arr:
        acc += v * NDAYS / tot
        cum.append(acc)
    _INTENS_CACHE[key] = (arr, cum)
    return arr, cum


def _next_day(cum, i, gap):
    base = cum[i] if i >= 0 else 0.0
    j = bisect_left(cum, base + gap)
    return j if j < NDAYS else None


def _draw_day(rng, cum, lo, hi, growth=False):
    """Draw a day index in [lo, hi] with density given by the intensity (optionally x growth)."""
    if growth:
        for _ in range(50):
            j = _draw_day(rng, cum, lo, hi)
            if rng.random() < (0.75 + 0.5 * j / NDAYS) / 1.25:
                return j
        return j
    a = cum[lo - 1] if lo > 0 else 0.0
    b = cum[hi]
    j = bisect_left(cum, a + rng.random() * (b - a))
    return min(max(j, lo), hi)


class _Cust:
    __slots__ = ('cid', 'seg', 'country', 'south', 'lines_med', 'qscale', 'rep', 'rep_share',
                 'cancel_p', 'orders', 'biz')

    def __init__(self, seg, country):
        self.seg, self.country = seg, country
        self.south = country in SOUTH
        self.orders = []
        self.rep = []


def _country(rng, p_uk):
    if rng.random() < p_uk:
        return 'United Kingdom'
    return _wchoice(rng, [c for c, _ in EU], [w for _, w in EU])


def _sim_renewal(rng, cum, old, first_day, mean, shape, p_fade, p_pause, p_trial):
    orders = []
    remaining = None
    if old:
        g = rng.gammavariate(shape + 1, mean / shape) * rng.random()
        base = -1
        if rng.random() < 0.08:
            base = rng.randint(20, 140)
        day = _next_day(cum, base, g)
        if rng.random() < 2.5 * p_fade:
            remaining = rng.choice([1, 1, 2, 3])
    else:
        day = first_day
    n = 0
    while day is not None:
        orders.append((day, 1.0 if remaining is None else rng.uniform(0.35, 0.75)))
        n += 1
        if remaining is not None:
            remaining -= 1
            if remaining <= 0:
                break
        else:
            if not old and n == 1 and rng.random() < p_trial:
                break
            if rng.random() < p_fade:
                remaining = _wchoice(rng, [0, 1, 2], [0.45, 0.35, 0.2])
                if remaining == 0:
                    break
        if rng.random() < 0.04:
            mean *= rng.uniform(0.6, 1.6)
        base = day
        if rng.random() < p_pause:
            base = day + rng.randint(40, 150)
            if base >= NDAYS:
                break
        g = rng.gammavariate(shape, mean / shape) * (1.8 if remaining is not None else 1.0)
        day = _next_day(cum, base, max(g, 0.3))
    return orders


def _lognorm(rng, med, sig):
    return med * math.exp(rng.gauss(0, sig))


def _make_customers(rng, cat):
    custs = []
    jit = lambda n: int(round(n * rng.uniform(0.92, 1.08)))
    XM14 = (0, (dt.date(2014, 12, 22) - START).days)
    XM15 = ((dt.date(2015, 8, 10) - START).days, NDAYS - 1)

    def business(seg, old, n, p_uk):
        for _ in range(n):
            c = _Cust(seg, _country(rng, p_uk))
            c.biz = True
            prof = 'key' if seg == 'key' else ('whole' if seg == 'whole' else 'retail')
            _, cum = _cum_intensity(prof, c.south)
            if seg == 'key':
                mean, shape, pf, pp, pt = _lognorm(rng, 10, 0.3), rng.uniform(3, 6), 0.012, 0.01, 0.0
                c.lines_med, c.qscale, c.cancel_p = _lognorm(rng, 50, 0.3), _lognorm(rng, 5, 0.4), 0.08
            elif seg == 'whole':
                mean, shape, pf, pp, pt = _lognorm(rng, 32, 0.4), rng.uniform(2, 5), 0.03, 0.04, 0.25
                c.lines_med, c.qscale, c.cancel_p = _lognorm(rng, 27, 0.45), _lognorm(rng, 2.2, 0.45), 0.06
            else:
                mean, shape, pf, pp, pt = _lognorm(rng, 65, 0.45), rng.uniform(1.3, 3), 0.07, 0.05, 0.35
                c.lines_med, c.qscale, c.cancel_p = _lognorm(rng, 15, 0.5), _lognorm(rng, 1.0, 0.3), 0.04
            if old:
                pf *= 0.7
                first = None
            else:
                first = _draw_day(rng, cum, 0, NDAYS - 1, growth=True)
            c.rep_share = rng.uniform(0.5, 0.8)
            c.orders = _sim_renewal(rng, cum, old, first, mean, shape, pf, pp, pt)
            custs.append(c)

    business('key', True, 22, 0.6)
    business('whole', True, jit(280), 0.72)
    business('whole', False, jit(150), 0.72)
    business('retail', True, jit(480), 0.86)
    business('retail', False, jit(560), 0.86)

    # Christmas-only buyers
    _, xcum = _cum_intensity('xmas', False)
    _, dcum = _cum_intensity('private', False)   # December 2014 tail uses private shape

    def xmas_season(c, lo, hi, cumx):
        k = _wchoice(rng, [1, 2, 3], [0.55, 0.3, 0.15])
        days = sorted(_draw_day(rng, cumx, lo, hi) for _ in range(k))
        out = []
        for d in days:
            if not out or d != out[-1][0]:
                out.append((d, 1.0))
        return out

    for kind, n in (('old', jit(260)), ('new14', jit(60)), ('new15', jit(380))):
        for _ in range(n):
            shop = rng.random() < 0.6
            c = _Cust('xmas', _country(rng, 0.85 if shop else 0.95))
            c.biz = shop
            if shop:
                c.lines_med, c.qscale, c.cancel_p = _lognorm(rng, 22, 0.5), _lognorm(rng, 1.3, 0.4), 0.04
            else:
                c.lines_med, c.qscale, c.cancel_p = _lognorm(rng, 6, 0.5), 1.0, 0.02
            c.rep_share = rng.uniform(0.3, 0.6)
            orders = []
            if kind == 'old':
                if rng.random() < 0.45:
                    orders += xmas_season(c, XM14[0], XM14[1], dcum)
                if rng.random() < (0.7 if orders else 0.6):
                    orders += xmas_season(c, XM15[0], XM15[1], xcum)
            elif kind == 'new14':
                orders += xmas_season(c, XM14[0], XM14[1], dcum)
                if rng.random() < 0.45:
                    orders += xmas_season(c, XM15[0], XM15[1], xcum)
            else:
                d0 = _draw_day(rng, xcum, XM15[0], XM15[1])
                orders = [(d0, 1.0)]
                if rng.random() < 0.4 and d0 < XM15[1] - 3:
                    for o in xmas_season(c, d0 + 1, XM15[1], xcum):
                        orders.append(o)
            c.orders = orders
            custs.append(c)

    # private customers
    _, pcum = _cum_intensity('private', False)
    for old, n in ((True, jit(380)), (False, jit(1650))):
        for _ in range(n):
            c = _Cust('private', _country(rng, 0.94))
            c.biz = False
            c.lines_med, c.qscale, c.cancel_p = _lognorm(rng, 3.5, 0.6), 1.0, 0.025
            c.rep_share = rng.uniform(0.1, 0.4)
            orders = []
            if old:
                if rng.random() < 0.25:      # already lapsed before the log started
                    c.orders = []
                    custs.append(c)
                    continue
                mean = rng.uniform(80, 200)
                day = _next_day(pcum, -1, rng.expovariate(1.0 / mean))
                churn = 0.3
            else:
                day = _draw_day(rng, pcum, 0, NDAYS - 1, growth=True)
                mean = rng.uniform(60, 160)
                churn = 1.0 if rng.random() > 0.3 else 0.35
            while day is not None:
                orders.append((day, 1.0))
                if rng.random() < 0.04:   # forgot something: a second order a few days later
                    d2 = _next_day(pcum, day, rng.uniform(0.2, 5))
                    if d2 is not None:
                        orders.append((d2, 0.5))
                        day = d2
                if rng.random() < churn:
                    break
                day = _next_day(pcum, day, rng.expovariate(1.0 / mean))
            c.orders = orders
            custs.append(c)

    # repertoires
    for c in custs:
        size = int(c.lines_med * rng.uniform(2.0, 4.0)) + 5
        c.rep = [cat.pick_static(rng) for _ in range(size)]
    ids = rng.sample(range(12300, 18400), len(custs))
    for c, i in zip(custs, ids):
        c.cid = i
    return custs


_BIZ_HOURS = ([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19], [1, 4, 8, 11, 12, 13, 12, 11, 10, 6, 3, 1, 1])
_PRIV_HOURS = ([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], [2, 4, 6, 7, 8, 8, 8, 8, 7, 6, 5, 5, 4])


def _when(rng, day, biz, after=None):
    hours, w = _BIZ_HOURS if biz else _PRIV_HOURS
    if after is not None:
        h = min(19, after.hour + rng.randint(0, 3))
    else:
        h = _wchoice(rng, hours, w)
    if DAYS[day].weekday() == 6:
        h = min(max(h, 10), 16)
    if day == NDAYS - 1:
        h = min(h, 12)
    m = rng.randint(0, 59)
    t = dt.datetime.combine(DAYS[day], dt.time(h, m))
    if after is not None and t <= after:
        t = after + dt.timedelta(minutes=rng.randint(1, 50))
        if t.date() != DAYS[day]:
            t = dt.datetime.combine(DAYS[day], dt.time(23, 59))
    return t


_PRIV_Q = ([1, 2, 3, 4, 6, 12, 24], [0.5, 0.2, 0.08, 0.08, 0.06, 0.05, 0.03])
_MKT_Q = ([1, 2, 3, 4, 5, 6, 10, 12], [0.55, 0.2, 0.08, 0.05, 0.03, 0.04, 0.02, 0.03])


def _lines_for(rng, cat, c, day, n_lines, biz, market=False):
    out, seen = [], set()
    month = DAYS[day].month
    tries = 0
    while len(out) < n_lines and tries < 4 * n_lines + 10:
        tries += 1
        p = None
        if c is not None and c.rep and rng.random() < c.rep_share:
            q = c.rep[int(rng.random() * len(c.rep))]
            if cat.intro[q] <= day < cat.disc[q] and rng.random() < min(1.0, CAT_SEASON[cat.cat[q]][month]):
                p = q
        if p is None:
            p = cat.pick(rng, day)
            if c is not None and rng.random() < 0.3:
                c.rep.append(p)
        if p in seen and rng.random() < 0.97:
            continue
        seen.add(p)
        if biz:
            pk = cat.pack[p]
            if rng.random() < 0.08:
                qty = rng.randint(1, 4)
            else:
                m = c.qscale * math.exp(rng.gauss(0, 0.55))
                lp = cat.prices[p][0]
                if lp < 0.6:
                    m *= 2.0
                elif lp > 6:
                    m *= 0.5
                qty = pk * max(1, int(round(m)))
            price = cat.unit_price(p, day, qty >= cat.bulk_qty[p], False)
        else:
            qty = _wchoice(rng, *(_MKT_Q if market else _PRIV_Q))
            price = cat.unit_price(p, day, False, market)
        out.append([cat.code[p], cat.desc[p], qty, price])
    return out


def write(seed: int, path: str) -> None:
    rng = random.Random(seed)
    cat = _Catalog(rng)
    custs = _make_customers(rng, cat)
    invoices = []          # [datetime, seq, is_cancel, customer_or_None, country, lines]
    seq = 0

    def add(t, canc, cid, country, lines):
        nonlocal seq
        invoices.append((t, seq, canc, cid, country, lines))
        seq += 1

    def maybe_cancel(t, day, c, country, lines, p):
        if rng.random() >= p:
            return
        delay = rng.expovariate(1 / 2.5) if rng.random() < 0.8 else rng.uniform(3, 40)
        d2 = day + int(delay)
        while d2 < NDAYS and not OPEN[d2]:
            d2 += 1
        if d2 >= NDAYS:
            return
        biz = c.biz if c is not None else True
        t2 = _when(rng, d2, biz, after=t if d2 == day else None)
        real = [l for l in lines if l[0] != 'POST']
        if not real:
            return
        if rng.random() < 0.15:
            chosen = [l for l in lines]
        else:
            k = 1
            while k < len(real) and rng.random() < 0.45:
                k += 1
            chosen = rng.sample(real, k)
        cl = []
        for l in chosen:
            q = l[2]
            if l[0] != 'POST' and q > 1 and rng.random() < 0.3:
                q = rng.randint(1, q - 1)
            cl.append([l[0], l[1], -q, l[3]])
        add(t2, True, c.cid if c is not None else None, country, cl)

    for c in custs:
        for day, sf in c.orders:
            med = c.lines_med * sf
            if c.biz and DAYS[day].month in (9, 10, 11):
                med *= 1.25
            n = max(1, min(300, int(round(med * math.exp(rng.gauss(0, 0.45))))))
            t = _when(rng, day, c.biz)
            lines = _lines_for(rng, cat, c, day, n, c.biz)
            if c.biz and c.country != 'United Kingdom' and rng.random() < 0.85 and POSTAGE[c.country] > 0:
                lines.append(['POST', 'POSTAGE', 1 + len(lines) // 30, POSTAGE[c.country]])
            if rng.random() < 0.004:
                lines.append(['M', 'Manual', 1, round(rng.uniform(0.5, 150), 2)])
            add(t, False, c.cid, c.country, lines)
            maybe_cancel(t, day, c, c.country, lines, c.cancel_p)
            if c.biz and rng.random() < 0.04:    # add-on order placed later the same day
                t3 = _when(rng, day, True, after=t)
                extra = _lines_for(rng, cat, c, day, rng.randint(1, 5), True)
                add(t3, False, c.cid, c.country, extra)
        # cancellations of orders placed before the log began
        if c.biz and c.orders and c.seg in ('key', 'whole', 'retail') and rng.random() < 0.04:
            d = rng.randint(0, 20)
            while not OPEN[d]:
                d += 1
            lines = _lines_for(rng, cat, c, d, rng.randint(1, 2), True)
            add(_when(rng, d, True), True, c.cid, c.country, [[a, b, -q, p] for a, b, q, p in lines])

    # unregistered sales: counter / marketplace batches and guest checkouts
    g_arr, _ = _cum_intensity('guest', False)
    for day in range(NDAYS):
        if not OPEN[day]:
            continue
        k = _poisson(rng, 5.6 * g_arr[day])
        for _ in range(k):
            country = _country(rng, 0.97)
            if rng.random() < 0.42:
                n = max(1, min(600, int(round(_lognorm(rng, 75, 0.7)))))
                lines = _lines_for(rng, cat, None, day, n, False, market=True)
                t = _when(rng, day, True)
            else:
                n = max(1, int(round(_lognorm(rng, 3, 0.7))))
                lines = _lines_for(rng, cat, None, day, n, False)
                t = _when(rng, day, False)
            add(t, False, None, country, lines)
            maybe_cancel(t, day, None, country, lines, 0.006)

    invoices.sort(key=lambda x: (x[0], x[1]))
    num = 400000 + rng.randint(1000, 1999)
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate',
                    'UnitPrice', 'CustomerID', 'Country'])
        for t, _, canc, cid, country, lines in invoices:
            num += 1 if rng.random() < 0.97 else rng.randint(2, 4)
            inv = ('C%d' if canc else '%d') % num
            ts = t.strftime('%Y-%m-%d %H:%M')
            cs = '' if cid is None else str(cid)
            for code, desc, q, p in lines:
                w.writerow([inv, code, desc, q, ts, '%.2f' % p, cs, country])


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
