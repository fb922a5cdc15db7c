"""A synthetic UK giftware and homeware web shop: its invoice lines from 1 Dec 2022 to 31 Dec 2023.

Why it exists: a "lost customer" check needs a purchase log whose customers behave like real
ones, including the awkward ones, and whose future (after a cut-off date) is known. This file
was written from an idea of how such a shop's buyers behave, not from any detector, so that it
can test one without being tuned to it.

The shop
    Sells candles, mugs, greeting cards, Christmas decorations, party goods, small homeware and gift
    wrap online, to private people and to small shops (gift shops, garden-centre concessions, cafés
    with a shelf of gifts) who buy in packs of 6, 12, 24 or more at the same list price with a
    small discount for big quantities. About three quarters of the trade buyers are in the UK,
    the rest mostly in the EU, Ireland, Norway and Switzerland; private buyers are nearly all UK.

Behaviour assumed
    * More than half of the customers with an account buy on one day only in the 13 months
      (one-off gift buyers, most around Christmas; new Christmas-only and occasion customers;
      small shops that place one order to try the range).
    * Trade accounts restock on their own rhythm (typically every 2-8 weeks, some like clockwork,
      some irregular), and more often in the Sept-Nov trade peak, when they stock up for
      Christmas. Almost nobody in the trade buys after mid-December or much in January.
    * Some trade accounts skip the summer (mid-July to August), some pause for one to four months
      at a random time (cash flow, refit, owner ill), and about one in eight is a Christmas-only
      account that buys only from mid-August to mid-December.
    * Trade accounts stop for good at a monthly rate of a few percent: most often in January and
      in the spring (shop closes after Christmas, year-end review), less during the stocking
      season; EU accounts a little more often (customs paperwork since Brexit). About half of
      those who stop order less and smaller for a few months first; the rest switch supplier
      and simply stop. New accounts often place one to three orders and never return (trial).
      A few lost accounts come back once, months later.
    * Private regulars buy every one to four months, more in November and December and before
      Valentine's Day and Mother's Day (19 March 2023), and drift away at a few percent a month.
    * Private "Christmas-only" customers buy once or twice in late November / December each year;
      a bit over half come back the next Christmas. Occasion buyers come for Valentine's Day or
      Mother's Day and sometimes again at Christmas.
    * Many customers predate the log: their first order in it is not their first ever, and
      some were already in their last months when the log begins.
    * Guest checkouts (no CustomerID) are about a fifth of the lines.
    * About 2-4% of invoices are cancelled in full or in part within two weeks.

Export format (what the shop's system writes)
    CSV, UTF-8, header row, one row per invoice line, sorted by invoice number (= by time):
    InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country.
    InvoiceNo is six digits; a cancellation is its own invoice "C" + six digits with negative
    quantities. InvoiceDate is UK day-first with time, "01/12/2022 08:26". UnitPrice in pounds with
    two decimals. CustomerID is a five-digit number, empty for guest checkouts. Orders going abroad
    carry a "POST" line (postage). No invoices on 25-26 December or 1 January; the trade orders
    only on weekdays.

Usage: ``python benchmarks/shops/uk_home_gifts_2023.py SEED OUT.csv``.
"""

import bisect
import csv
import datetime
import math
import random
import sys

LOG_START = datetime.date(2022, 12, 1)
LOG_END = datetime.date(2023, 12, 31)
N_DAYS = (LOG_END - LOG_START).days + 1  # 396

# Cut-off dates: each with at least three months of log after it.
CUTS = (datetime.date(2023, 6, 15), datetime.date(2023, 8, 1), datetime.date(2023, 9, 15))

HEADER = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
          "CustomerID", "Country"]

CLOSED = {datetime.date(2022, 12, 25), datetime.date(2022, 12, 26), datetime.date(2023, 1, 1),
          datetime.date(2023, 12, 25), datetime.date(2023, 12, 26)}
VALENTINE = datetime.date(2023, 2, 14)
MOTHERS_DAY = datetime.date(2023, 3, 19)

TRADE_COUNTRIES = [("United Kingdom", 75), ("Germany", 4), ("France", 4), ("EIRE", 4),
                   ("Netherlands", 2), ("Belgium", 2), ("Spain", 1.5), ("Norway", 1),
                   ("Switzerland", 1.2), ("Portugal", 0.8), ("Italy", 0.8), ("Sweden", 0.8),
                   ("Denmark", 0.6), ("Finland", 0.4), ("Channel Islands", 0.8), ("Australia", 0.3),
                   ("Austria", 0.5), ("Poland", 0.3)]
PRIVATE_COUNTRIES = [("United Kingdom", 95), ("EIRE", 2), ("Channel Islands", 0.7),
                     ("France", 0.6), ("Germany", 0.6), ("Netherlands", 0.4), ("Spain", 0.3),
                     ("Belgium", 0.2), ("Norway", 0.2)]
EU = {"Germany", "France", "Netherlands", "Belgium", "Spain", "Portugal", "Italy", "Sweden",
      "Denmark", "Finland", "Austria", "Poland", "EIRE"}


# ---------------------------------------------------------------- calendar

def _trade_factor(d):
    """How busy the trade is on date d, relative to an ordinary spring week."""
    m = d.month
    if m == 12:
        return 1.0 if d.day <= 12 else (0.3 if d.day <= 21 else 0.04)
    return {1: 0.45, 2: 0.75, 3: 0.85, 4: 0.85, 5: 0.9, 6: 0.85, 7: 0.75, 8: 0.95,
            9: 1.5, 10: 1.75, 11: 1.55}[m]


def _retail_factor(d):
    """How busy private buyers are on date d (gift occasions and Christmas)."""
    m = d.month
    if m == 12:
        f = 2.3 if d.day <= 19 else (0.5 if d.day <= 23 else 0.3)
    elif m == 11:
        f = 1.5 if d.day < 15 else 2.0
    else:
        f = {1: 0.55, 2: 0.85, 3: 0.85, 4: 0.75, 5: 0.8, 6: 0.8, 7: 0.75, 8: 0.75, 9: 0.85,
             10: 1.05}[m]
    if datetime.timedelta(0) <= VALENTINE - d <= datetime.timedelta(days=12):
        f *= 1.8
    if datetime.timedelta(0) <= MOTHERS_DAY - d <= datetime.timedelta(days=16):
        f *= 1.8
    return f


class _Clock:
    """Maps 'operational time' (days weighted by a seasonal factor) to calendar days, so a
    customer's steady rhythm speeds up in the busy season and slows in the lull."""

    def __init__(self, factor):
        self.f = [factor(LOG_START + datetime.timedelta(days=i)) for i in range(N_DAYS)]
        self.cum = [0.0]
        for x in self.f:
            self.cum.append(self.cum[-1] + x)

    def op(self, t):
        """Operational time at calendar day t (float, days since LOG_START)."""
        if t <= 0:
            return t * self.f[0]
        if t >= N_DAYS:
            return self.cum[-1] + (t - N_DAYS)
        i = int(t)
        return self.cum[i] + (t - i) * self.f[i]

    def cal(self, u):
        """Calendar day for operational time u (inverse of op)."""
        if u <= 0:
            return u / self.f[0]
        if u >= self.cum[-1]:
            return N_DAYS + (u - self.cum[-1])
        i = bisect.bisect_right(self.cum, u) - 1
        return i + (u - self.cum[i]) / self.f[i]

    def draw(self, rng, lo=0.0, hi=N_DAYS):
        """A calendar day in [lo, hi) drawn with probability proportional to the factor."""
        return self.cal(rng.uniform(self.op(lo), self.op(hi)))


def _day(t):
    return LOG_START + datetime.timedelta(days=int(math.floor(t)))


def _t(d):
    return float((d - LOG_START).days)


def _open_day(d, trade):
    """Move an order to the next day the shop invoices (trade: weekdays only)."""
    while d in CLOSED or (trade and d.weekday() >= 5):
        d += datetime.timedelta(days=1)
    return d


# ---------------------------------------------------------------- catalogue

# category -> (month factors for trade 1..12, month factors for private 1..12)
SEASON = {
    "xmas": ([.05, .05, .05, .05, .1, .3, .7, 1.4, 2.2, 2.4, 1.9, .9],
             [.05, .02, .02, .02, .02, .03, .05, .1, .3, .9, 2.2, 2.6]),
    "candle": ([.9, 1, 1, 1, .9, .8, .9, 1.1, 1.4, 1.5, 1.5, 1.2],
               [1, 1.1, 1.2, 1, .9, .8, .8, .9, 1.1, 1.3, 1.5, 1.5]),
    "mug": ([1] * 12, [1] * 12),
    "card": ([1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.1, 1, .8], [1] * 12),
    "valentine": ([1.6, .8, .05, .05, .05, .05, .05, .05, .05, .05, .1, .6],
                  [.8, 2.2, .05, .05, .05, .05, .05, .05, .05, .05, .05, .1]),
    "mother": ([.8, 1.5, .8, .05, .05, .05, .05, .05, .05, .05, .05, .1],
               [.1, .8, 2.4, .1, .05, .05, .05, .05, .05, .05, .05, .05]),
    "party": ([.7, .8, 1, 1.2, 1.4, 1.4, 1.3, 1.1, .8, .9, .8, .8],
              [.7, .8, 1, 1.1, 1.4, 1.5, 1.4, 1.2, .9, 1.1, .7, .9]),
    "home": ([1, 1, 1.1, 1.1, 1, 1, 1, 1, 1, 1, .9, .8], [1, 1, 1.1, 1.1, 1, 1, 1, 1, 1, 1, 1, 1]),
    "wrap": ([.6, .8, .8, .8, .8, .8, .8, .9, 1.2, 1.4, 1.5, 1],
             [.6, 1, 1, .8, .8, .8, .8, .8, .9, 1.1, 1.8, 2]),
}
CAT_BASE = {"xmas": 1.3, "candle": 1.2, "mug": 0.9, "card": 1.0, "valentine": 0.25,
            "mother": 0.25, "party": 0.8, "home": 1.1, "wrap": 0.6}
COLOURS = ["RED", "PINK", "IVORY", "SAGE GREEN", "BLUE", "GOLD", "SILVER", "WHITE", "BLACK",
           "NAVY", "MUSTARD", "LILAC", "CREAM", "GREY", "DUCK EGG"]
THEMES = ["SPOTTY", "RETRO", "BIRD", "BUNTING", "VINTAGE ROSE", "HEART", "STAR", "SCANDI",
          "DAISY", "REGENCY", "LOVE", "WOODLAND", "STRIPE", "POLKADOT", "CHERRY", "BEE", "FERN",
          "PAISLEY", "SKULL", "DOTTY DOG", "TEATIME", "LEMON", "LAVENDER", "SEASIDE"]
SCENTS = ["VANILLA", "LAVENDER", "CINNAMON", "SEA SALT", "FIG & CASSIS", "ORANGE & CLOVE",
          "ROSE", "FRESH LINEN", "PINE", "AMBER", "LEMONGRASS", "PEONY"]
ITEMS = {
    "xmas": [("GLASS BAUBLE", 1.25), ("WOODEN STAR DECORATION", 0.85), ("FELT REINDEER HANGING", 1.45),
             ("ADVENT CALENDAR", 4.95), ("LED STRING LIGHTS", 5.95), ("CHRISTMAS WREATH", 9.95),
             ("PAPER CHAIN KIT", 2.95), ("CHRISTMAS STOCKING", 3.75), ("TREE TOPPER STAR", 4.25),
             ("CHRISTMAS CRACKERS BOX OF 6", 6.95), ("ZINC T-LIGHT LANTERN", 3.75),
             ("SNOWFLAKE HANGING", 0.65), ("NATIVITY SET", 12.75), ("CHRISTMAS CARD PACK OF 10", 2.95),
             ("ROBIN DECORATION", 1.65), ("GINGERBREAD MAN COOKIE CUTTER", 1.25)],
    "candle": [("PILLAR CANDLE", 2.95), ("TEALIGHTS SET OF 12", 1.45), ("SCENTED JAR CANDLE", 4.95),
               ("DINNER CANDLES PACK OF 4", 2.10), ("REED DIFFUSER", 6.50), ("WAX MELTS", 1.95),
               ("GLASS T-LIGHT HOLDER", 1.25), ("HANGING HEART T-LIGHT HOLDER", 2.55),
               ("CANDLE IN TIN", 3.25)],
    "mug": [("MUG", 2.95), ("MUG AND COASTER SET", 4.25), ("ENAMEL MUG", 3.45), ("ESPRESSO CUP", 2.10),
            ("TEAPOT", 8.50), ("TEA CUP AND SAUCER", 3.95)],
    "card": [("BIRTHDAY CARD", 0.42), ("THANK YOU CARD", 0.42), ("GET WELL CARD", 0.42),
             ("WEDDING CARD", 0.55), ("NEW BABY CARD", 0.55), ("NOTEBOOK", 1.65),
             ("GIFT TAGS PACK OF 8", 0.85)],
    "valentine": [("VALENTINE CARD", 0.55), ("HEART SHAPED BOX", 2.95), ("LOVE HEART CUSHION", 6.95),
                  ("I LOVE YOU MUG", 3.25)],
    "mother": [("MOTHERS DAY CARD", 0.55), ("BEST MUM MUG", 3.25), ("FLOWER POT GIFT SET", 5.95),
               ("MUM KEYRING", 1.45)],
    "party": [("PAPER BUNTING", 2.95), ("PARTY NAPKINS PACK OF 20", 0.85), ("BALLOONS PACK OF 10", 0.65),
              ("PAPER CUPS PACK OF 8", 0.85), ("CAKE CASES PACK OF 60", 0.55), ("PARTY BAGS PACK OF 6", 1.25),
              ("CAKE STAND 3 TIER", 9.95), ("PAPER PLATES PACK OF 8", 0.85), ("CANDLES FOR CAKE", 0.42)],
    "home": [("CUSHION COVER", 3.75), ("TEA TOWEL", 1.65), ("STORAGE TIN", 2.95), ("PHOTO FRAME", 2.55),
             ("DOORMAT", 6.75), ("SHOPPING BAG", 1.65), ("LUNCH BOX", 1.95), ("WALL CLOCK", 8.50),
             ("HOT WATER BOTTLE", 4.95), ("APRON", 4.25), ("SOAP DISH", 1.25), ("METAL SIGN", 2.10)],
    "wrap": [("WRAPPING PAPER", 0.42), ("GIFT BAG LARGE", 1.25), ("GIFT BAG SMALL", 0.65),
             ("RIBBON REEL", 1.65), ("TISSUE PAPER PACK", 0.85), ("GIFT BOX", 1.95)],
}


class _Catalogue:
    def __init__(self, rng):
        self.items = []  # (code, description, price, category)
        self.by_cat = {}
        used_codes = set()
        used_desc = set()
        for cat, bases in ITEMS.items():
            idx = []
            for name, price in bases:
                for _ in range(rng.randint(2, 6)):
                    if cat == "candle" and "HOLDER" not in name:
                        desc = f"{rng.choice(SCENTS)} {name}"
                    elif rng.random() < 0.5:
                        desc = f"{rng.choice(THEMES)} {name}"
                    else:
                        desc = f"{rng.choice(COLOURS)} {name}"
                    if desc in used_desc:
                        continue
                    used_desc.add(desc)
                    base = rng.randint(20000, 90999)
                    code = str(base)
                    while code in used_codes:
                        code = str(base) + "ABCDEFGH"[rng.randrange(8)]
                        base += 1
                    used_codes.add(code)
                    p = price * rng.choice([0.85, 0.9, 1.0, 1.0, 1.1, 1.2])
                    p = max(0.19, round(p * 20) / 20)
                    idx.append(len(self.items))
                    self.items.append((code, desc, round(p, 2), cat))
            pop = [1.0 / (r + 1) ** 0.8 for r in range(len(idx))]
            rng.shuffle(pop)
            cum, s = [], 0.0
            for w in pop:
                s += w
                cum.append(s)
            self.by_cat[cat] = (idx, cum)
        self.cats = list(ITEMS)
        self.cat_cum = {}
        for trade in (True, False):
            for m in range(1, 13):
                s, cum = 0.0, []
                for c in self.cats:
                    s += CAT_BASE[c] * SEASON[c][0 if trade else 1][m - 1]
                    cum.append(s)
                self.cat_cum[(trade, m)] = cum

    def pick(self, rng, month, trade, favourites=None):
        cat = rng.choices(self.cats, cum_weights=self.cat_cum[(trade, month)])[0]
        if favourites and rng.random() < 0.65:
            fav = favourites.get(cat)
            if fav:
                return rng.choice(fav)
        idx, cum = self.by_cat[cat]
        return rng.choices(idx, cum_weights=cum)[0]


# ---------------------------------------------------------------- orders

class _Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.cat = _Catalogue(self.rng)
        self.trade_clock = _Clock(_trade_factor)
        self.retail_clock = _Clock(_retail_factor)
        # new trade accounts: after the Spring Fair (Feb) and the Autumn Fair (Sept), few in Dec
        self.acq_clock = _Clock(lambda d: [0.8, 1.6, 1.2, 0.9, 0.8, 0.8, 1.0, 1.3, 1.6, 1.4, 0.9, 0.3][d.month - 1])
        self.orders = []  # (t_minutes, customer_id or "", country, [(item, qty, price)], trade)

    # -- pieces ------------------------------------------------------
    def _minute(self, d, trade):
        r = self.rng
        if trade:
            h = min(17.5, max(7.0, r.gauss(11.2, 2.0)))
        else:
            h = r.choice([r.gauss(10.5, 1.8), r.gauss(13.5, 2.0), r.gauss(18.5, 1.5)])
            h = min(20.9, max(6.8, h))
        return (d - LOG_START).days * 1440 + int(h * 60)

    def _lines(self, d, trade, n_lines, qty_scale, favourites, country):
        r = self.rng
        seen, out = set(), []
        for _ in range(n_lines):
            it = self.cat.pick(r, d.month, trade, favourites)
            if it in seen:
                continue
            seen.add(it)
            code, desc, price, cat = self.cat.items[it]
            if trade:
                q = r.choice([6, 6, 12, 12, 12, 24, 24, 48]) if price < 5 else r.choice([2, 3, 4, 4, 6, 8])
                if price < 1:
                    q *= 2
                if qty_scale != 1:
                    unit = 6 if price < 5 else 2
                    q = max(unit, int(round(q * qty_scale / unit)) * unit)
                p = round(price * 0.85, 2) if q >= 48 else price
            else:
                q = r.choice([1, 1, 1, 1, 2, 2, 3, 4, 6])
                p = price
            out.append((it, max(1, q), p))
        if country != "United Kingdom" and out:
            out.append((None, 1 if not trade else r.choice([1, 1, 2, 3]), 0.0))
        return out

    def order(self, t, cid, country, trade, n_lines, qty_scale=1.0, favourites=None):
        """One invoice at calendar day t (moved to an open day); returns False outside the log."""
        d = _open_day(_day(t), trade)
        if d < LOG_START or d > LOG_END:
            return False
        lines = self._lines(d, trade, max(1, n_lines), qty_scale, favourites, country)
        if lines:
            self.orders.append((self._minute(d, trade), cid, country, lines, trade))
        return True

    def _favourites(self, n):
        fav = {}
        for _ in range(n):
            it = self.cat.pick(self.rng, self.rng.choice([3, 9, 10, 11]), True)
            fav.setdefault(self.cat.items[it][3], []).append(it)
        return fav

    def _churn_time(self, start, base, month_mult, trial_months=0.0, trial_mult=1.0):
        """Day (float) when the customer stops for good, by a monthly hazard; may be past the log."""
        r = self.rng
        t = max(start, -400.0)
        while t < N_DAYS + 400:
            d = _day(t) if t >= 0 else LOG_START - datetime.timedelta(days=int(-t) + 1)
            h = base * month_mult[d.month - 1]
            if t - start < trial_months * 30.4:
                h *= trial_mult
            if r.random() < h * (7 / 30.4):
                return t + r.uniform(0, 7)
            t += 7
        return 10 ** 6

    # -- customer types ---------------------------------------------
    def trade_account(self, cid, pre_existing):
        r = self.rng
        country = r.choices([c for c, _ in TRADE_COUNTRIES], [w for _, w in TRADE_COUNTRIES])[0]
        interval = min(120.0, max(9.0, r.lognormvariate(math.log(36), 0.5)))
        shape = r.choice([1.5, 2, 3, 4, 6, 9])
        n_lines = max(3, int(r.lognormvariate(math.log(14), 0.55)))
        qty_scale = r.choice([0.5, 1, 1, 1, 1.5, 2])
        favourites = self._favourites(r.randint(15, 60))
        xmas_only = r.random() < 0.12
        summer_lull = (not xmas_only) and r.random() < 0.3
        pause = None
        if r.random() < 0.22:
            p0 = r.uniform(-30, N_DAYS)
            pause = (p0, p0 + r.uniform(35, 130))
        if pre_existing:
            start = -r.uniform(60, 1500)
        else:
            start = self.acq_clock.draw(r, 0, N_DAYS - 10)
            if xmas_only and not (225 <= start <= 375 or start <= 12):
                xmas_only = False
        trial = (not pre_existing) and r.random() < 0.33
        mult = [3.0, 1.6, 1.6, 1.3, 1.0, 1.0, 1.2, 1.0, 0.6, 0.5, 0.5, 0.8]
        base = 0.022 * (1.6 if country in EU else 1.0) * r.choice([0.5, 1, 1, 1.5])
        end = self._churn_time(start, base, mult, 4, 3.0)
        max_orders = r.choice([1, 1, 1, 2, 2, 3]) if trial else 10 ** 6
        decline = r.random() < 0.5
        decline_len = r.uniform(50, 160)
        clock = self.trade_clock
        if pre_existing:
            t = clock.cal(clock.op(0) + r.uniform(0, 1) * interval) if not xmas_only else r.uniform(0, 11)
        else:
            t = start
        n = 0
        while t < min(end, N_DAYS) and n < max_orders:
            d = _day(t)
            if xmas_only and not ((d.month == 8 and d.day >= 15) or d.month in (9, 10, 11)
                                  or (d.month == 12 and d.day <= 12)):
                # jump to the next window start (15 August)
                t = max(t + 1, _t(datetime.date(2023, 8, 15)) + r.uniform(0, 25))
                if d.year == 2023 and d.month == 12:
                    break
                continue
            if summer_lull and ((d.month == 7 and d.day >= 10) or d.month == 8):
                t = _t(datetime.date(2023, 9, 1)) + r.uniform(0, 10)
                continue
            if pause and pause[0] <= t < pause[1]:
                t = pause[1] + r.uniform(0, 7)
                continue
            f_int, f_lines = 1.0, 1.0
            if decline and end - decline_len <= t:
                f_int, f_lines = r.uniform(1.5, 2.5), 0.6
            nl = max(2, int(r.gauss(n_lines * f_lines, n_lines * 0.3)))
            if n == 0 and not pre_existing:
                nl = max(3, int(nl * 1.3))
            self.order(t, cid, country, True, nl, qty_scale * (0.7 if f_lines < 1 else 1), favourites)
            n += 1
            gap = r.gammavariate(shape, interval * f_int / shape)
            t = clock.cal(clock.op(t) + max(3.0, gap))
        if end < N_DAYS and r.random() < 0.07:
            t = end + r.uniform(60, 220)
            if t < N_DAYS:
                self.order(t, cid, country, True, max(2, n_lines // 2), qty_scale, favourites)

    def private_regular(self, cid, pre_existing):
        r = self.rng
        country = r.choices([c for c, _ in PRIVATE_COUNTRIES], [w for _, w in PRIVATE_COUNTRIES])[0]
        interval = min(200.0, max(14.0, r.lognormvariate(math.log(55), 0.6)))
        shape = r.choice([1.0, 1.5, 2.0, 3.0])
        clock = self.retail_clock
        start = -r.uniform(30, 1200) if pre_existing else clock.draw(r)
        mult = [1.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.7, 0.7]
        end = self._churn_time(start, 0.03 * r.choice([0.5, 1, 1.5]), mult, 2, 2.5)
        t = clock.cal(clock.op(0) + r.uniform(0, interval)) if pre_existing else start
        while t < min(end, N_DAYS):
            self.order(t, cid, country, False, max(1, int(r.expovariate(1 / 3.5)) + 1))
            t = clock.cal(clock.op(t) + max(2.0, r.gammavariate(shape, interval / shape)))

    def christmas_only(self, cid, pre_existing):
        r = self.rng
        country = r.choices([c for c, _ in PRIVATE_COUNTRIES], [w for _, w in PRIVATE_COUNTRIES])[0]
        seasons = []
        if pre_existing:
            seasons.append((0, 20))
            if r.random() < 0.55:
                seasons.append((_t(datetime.date(2023, 11, 5)), _t(datetime.date(2023, 12, 21))))
        else:
            seasons.append((_t(datetime.date(2023, 11, 1)), _t(datetime.date(2023, 12, 21))))
        for lo, hi in seasons:
            k = r.choice([1, 1, 1, 2, 2, 3])
            for _ in range(k):
                self.order(self.retail_clock.draw(r, lo, hi), cid, country, False,
                           max(1, int(r.expovariate(1 / 4.0)) + 1))
        if r.random() < 0.12:  # a birthday present in the year
            self.order(r.uniform(40, 330), cid, country, False, r.randint(1, 3))

    def occasion_buyer(self, cid):
        r = self.rng
        country = r.choices([c for c, _ in PRIVATE_COUNTRIES], [w for _, w in PRIVATE_COUNTRIES])[0]
        if r.random() < 0.3:
            self.order(self.retail_clock.draw(r, 0, 20), cid, country, False, r.randint(1, 5))
        which = r.choice(["v", "m", "m", "vm"])
        if "v" in which:
            self.order(_t(VALENTINE) - r.uniform(1, 14), cid, country, False, r.randint(1, 4))
        if "m" in which:
            self.order(_t(MOTHERS_DAY) - r.uniform(1, 16), cid, country, False, r.randint(1, 4))
        if r.random() < 0.4:
            self.order(self.retail_clock.draw(r, _t(datetime.date(2023, 11, 1)),
                                              _t(datetime.date(2023, 12, 20))),
                       cid, country, False, r.randint(1, 5))

    def one_time(self, cid):
        r = self.rng
        if r.random() < 0.08:  # a shop trying the range once
            country = r.choices([c for c, _ in TRADE_COUNTRIES], [w for _, w in TRADE_COUNTRIES])[0]
            self.order(self.trade_clock.draw(r), cid, country, True, r.randint(4, 20), 1.0,
                       self._favourites(20))
        else:
            country = r.choices([c for c, _ in PRIVATE_COUNTRIES], [w for _, w in PRIVATE_COUNTRIES])[0]
            self.order(self.retail_clock.draw(r), cid, country, False,
                       max(1, int(r.expovariate(1 / 3.0)) + 1))

    def guests(self, target_lines):
        r = self.rng
        n = 0
        while n < target_lines:
            country = "United Kingdom" if r.random() < 0.93 else r.choice(["EIRE", "France", "Germany",
                                                                           "Unspecified"])
            before = len(self.orders)
            self.order(self.retail_clock.draw(r), "", country, False,
                       max(1, int(r.expovariate(1 / 3.5)) + 1))
            if len(self.orders) > before:
                n += len(self.orders[-1][3])

    # -- whole log -----------------------------------------------------
    def run(self):
        r = self.rng
        n_customers = r.randint(3300, 4600)
        ids = r.sample(range(12346, 18300), n_customers)
        kinds = r.choices(["once", "trade_pre", "trade_new", "regular_pre", "regular_new",
                           "xmas_pre", "xmas_new", "occasion"],
                          [40, 8, 8, 10, 7, 9, 7, 8], k=n_customers)
        for cid, kind in zip(ids, kinds):
            cid = str(cid)
            if kind == "once":
                self.one_time(cid)
            elif kind.startswith("trade"):
                self.trade_account(cid, kind == "trade_pre")
            elif kind.startswith("regular"):
                self.private_regular(cid, kind == "regular_pre")
            elif kind.startswith("xmas"):
                self.christmas_only(cid, kind == "xmas_pre")
            else:
                self.occasion_buyer(cid)
        cust_lines = sum(len(o[3]) for o in self.orders)
        self.guests(int(cust_lines * r.uniform(0.23, 0.28)))
        return self._invoices()

    def _invoices(self):
        """Number invoices by time and add cancellations."""
        r = self.rng
        events = []  # (minute, seq, cancel, cid, country, lines)
        end_min = N_DAYS * 1440
        for seq, (m, cid, country, lines, trade) in enumerate(self.orders):
            events.append((m, seq, False, cid, country, lines))
            if r.random() < (0.04 if trade else 0.02):
                goods = [ln for ln in lines if ln[0] is not None]
                if r.random() < 0.4 or len(goods) < 2:
                    cl = [(it, -q, p) for it, q, p in lines]
                else:
                    cl = [(it, -q, p) for it, q, p in r.sample(goods, r.choice([1, 1, 2]))]
                d = _open_day(_day(m / 1440 + r.choice([0, 0, 1, 2, 3, 5, 8, 13])), trade)
                cm = max(m + 7, self._minute(d, trade))
                if cm < end_min:
                    events.append((cm, seq + 0.5, True, cid, country, cl))
        events.sort(key=lambda e: (e[0], e[1]))
        no = 561200 + r.randint(0, 900)
        rows = []
        for m, _, cancel, cid, country, lines in events:
            inv = ("C" if cancel else "") + str(no)
            no += 1
            dt = datetime.datetime.combine(LOG_START, datetime.time()) + datetime.timedelta(minutes=m)
            stamp = dt.strftime("%d/%m/%Y %H:%M")
            for it, q, p in lines:
                if it is None:
                    rows.append((inv, "POST", "POSTAGE", q, stamp, "18.00" if country in EU else "28.00",
                                 cid, country))
                else:
                    code, desc, _, _ = self.cat.items[it]
                    rows.append((inv, code, desc, q, stamp, f"{p:.2f}", cid, country))
        return rows


def write(seed: int, path: str) -> None:
    """Write the shop's invoice-line export for this seed to path (same seed, same file)."""
    rows = _Gen(seed).run()
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: uk_home_gifts_2023.py SEED OUT.csv")
    write(int(sys.argv[1]), sys.argv[2])
