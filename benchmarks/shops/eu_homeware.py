"""Synthetic invoice-line export of a Dutch online homeware & gifts shop ("Huis & Haven").

The shop sells candles, ceramics, vases, textiles, stationery, gift boxes, Christmas
and garden items to (a) wholesale accounts - boutiques and concept stores across the
EU (customer numbers 10001+) - and (b) private customers via the webshop (200001+),
plus guest checkouts that carry no customer number.  Log: 1 Oct 2023 - 30 Nov 2024;
history before that is simulated (wholesale since 2018, webshop since 2020) and only
the window is exported, so many customers are already known when the log starts.

Behavioural assumptions:
* Wholesale accounts reorder on a personal rhythm (median ~6 weeks, own regularity),
  squeezed into the high ordering season (Aug-Nov Christmas stocking, Feb-Mar after
  trade fairs) and stretched in Dec/Jan and July; each takes a summer holiday.
  Some are seasonal (coastal shops closed in winter, Christmas-heavy garden centres).
  Accounts pause for 2-11 months (renovation, cash flow) and come back with a restock;
  ~22% of new accounts never really take off, the rest churn at ~20%/year, often
  fading (longer gaps, smaller orders) before going quiet.  Occasional top-up orders,
  backorders invoiced later and breakage credit notes.
* Private customers: most buy once; the chance of another purchase grows with every
  purchase (heterogeneous loyalty), timing follows the shop's traffic (Black Friday,
  Sinterklaas/Christmas peak, January and summer sales, Mother's Day, summer lull).
  Gift buyers appear only before Christmas or Mother's Day and sometimes return the
  next year.  The customer base grows ~22%/year.  ~20% of webshop orders are guests.
* Returns/credit notes are separate "CN" invoices with negative quantities.

Format: ';'-separated UTF-8 CSV, decimal commas, dates dd-mm-yyyy HH:MM, unit prices
excl. VAT, B2B outside NL at 0% VAT (reverse charge), B2C at destination VAT (OSS).
"""
import bisect
import csv
import math
import random
import sys
from datetime import date, datetime, timedelta

START = date(2023, 10, 1)
END = date(2024, 11, 30)
CUTS = (date(2024, 2, 1), date(2024, 5, 1), date(2024, 8, 1))

T0 = date(2018, 3, 1)            # wholesale trading starts
P0 = date(2020, 4, 1)            # webshop for private customers opens
LINES_FROM = date(2023, 1, 1)    # invoice numbering restarts yearly; detail needed from here
N = (END - T0).days + 1


def _D(i):
    return T0 + timedelta(days=i)


def _I(d):
    return (d - T0).days


# ----------------------------------------------------------------------------- calendar
def _easter(y):
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y, m, wd, n):
    d = date(y, m, 1)
    return d + timedelta(days=(wd - d.weekday()) % 7 + 7 * (n - 1))


YEARS = list(range(T0.year, END.year + 2))
HOLIDAYS = set()
for _y in YEARS:
    _e = _easter(_y)
    HOLIDAYS |= {date(_y, 1, 1), _e + timedelta(1), _e + timedelta(39), _e + timedelta(50),
                 date(_y, 12, 25), date(_y, 12, 26)}
    _kd = date(_y, 4, 27)
    HOLIDAYS.add(_kd - timedelta(1) if _kd.weekday() == 6 else _kd)
MOTHERS = {y: _nth_weekday(y, 5, 6, 2) for y in YEARS}
BLACKFRI = {y: _nth_weekday(y, 11, 3, 4) + timedelta(1) for y in YEARS}
DAYS = [_D(i) for i in range(N)]


def _workday(d):
    """Warehouse/office day: Mon-Fri, no NL holidays, closed 24 Dec - 1 Jan."""
    if d.weekday() >= 5 or d in HOLIDAYS:
        return False
    if (d.month == 12 and d.day >= 24) or (d.month == 1 and d.day == 1):
        return False
    return True


WORKDAY = [_workday(d) for d in DAYS]


def _next_workday(i):
    while i < N and not WORKDAY[i]:
        i += 1
    return i


# ----------------------------------------------------------------------------- intensities
_PM = [0, 0.78, 0.72, 0.82, 0.88, 0.86, 0.66, 0.62, 0.60, 0.80, 0.96, 1.40, 1.55]
_WD = [1.10, 1.00, 1.00, 0.95, 0.85, 0.80, 1.20]


def _private_intensity(d, flash):
    f = _PM[d.month] * _WD[d.weekday()]
    y = d.year
    if d.month == 12:
        f *= 1.3 if d.day <= 18 else (0.85 if d.day <= 22 else 0.35)
    if d.month == 1 and 2 <= d.day <= 21:
        f *= 1.5
    if d.month == 7 and d.day <= 21:
        f *= 1.55
    if 0 <= (MOTHERS[y] - d).days <= 12:
        f *= 1.5
    if date(y, 2, 4) <= d <= date(y, 2, 13):
        f *= 1.2
    bf = BLACKFRI[y]
    if 0 <= (d - bf).days <= 3:
        f *= 3.2
    elif 1 <= (bf - d).days <= 6:
        f *= 1.2
    if date(y, 11, 20) <= d <= date(y, 12, 4):
        f *= 1.12
    if d in flash:
        f *= 1.7
    return f


# wholesale order-rhythm profiles (monthly intensity) and their category affinities
_PROFILES = {
    "standard": [0.55, 1.00, 1.15, 1.00, 0.90, 0.75, 0.55, 0.95, 1.30, 1.45, 1.25, 0.45],
    "coastal": [0.0, 0.60, 1.60, 1.50, 1.30, 1.10, 0.80, 0.50, 0.30, 0.12, 0.0, 0.0],
    "xmas": [0.30, 0.50, 0.80, 0.70, 0.60, 0.50, 0.90, 1.60, 1.90, 1.60, 0.80, 0.10],
    "museum": [0.70, 0.90, 1.00, 1.00, 1.00, 1.10, 1.10, 1.00, 1.00, 1.10, 1.10, 0.50],
}
_PROFILE_P = [("standard", 0.70), ("coastal", 0.10), ("xmas", 0.10), ("museum", 0.10)]


def _cum(vals):
    out, s = [], 0.0
    for v in vals:
        s += v
        out.append(s)
    return out


_PROF_CUM = {}
_PROF_MEAN = {}
for _k, _m in _PROFILES.items():
    _vals = [_m[d.month - 1] for d in DAYS]
    _PROF_CUM[_k] = _cum(_vals)
    _PROF_MEAN[_k] = sum(_vals[:365 * 5]) / (365 * 5)


def _advance(cum, i0, amount):
    """First day after i0 at which `amount` units of intensity have elapsed."""
    base = cum[i0] if i0 < len(cum) else cum[-1]
    return bisect.bisect_left(cum, base + amount, lo=min(i0 + 1, len(cum)))


# ----------------------------------------------------------------------------- catalogue
_CATS = [
    # code, items, variants, rrp (lo, hi), packs, season, return rate, b2c share
    ("CAN", ["Scented candle", "Dinner candles set of 4", "Pillar candle", "Candle in glass",
             "Taper candle set"],
     ["Fig & Amber", "Linen", "Wild Mint", "Cedar", "Orange Blossom", "Black Tea", "Sea Salt",
      "Rhubarb", "Smoke", "Sage"], (5.95, 34.95), (6, 12), None, 0.02, 1.4),
    ("VAS", ["Vase", "Bud vase", "Stoneware vase", "Glass vase", "Jug vase"],
     ["sage 18 cm", "sand 24 cm", "ochre 15 cm", "terracotta 30 cm", "ink blue 20 cm",
      "off-white 26 cm", "smoke 22 cm", "moss 12 cm"], (12.95, 79.95), (2, 4), None, 0.06, 1.0),
    ("CER", ["Mug", "Espresso cup", "Breakfast bowl", "Dinner plate", "Side plate",
             "Serving dish", "Teapot"],
     ["'Duin' speckled", "'Klei' rust", "'Mist' grey", "'Zee' blue", "'Oker' yellow",
      "'Riet' green"], (7.95, 49.95), (4, 6), None, 0.05, 1.1),
    ("GLS", ["Tumbler", "Wine glass", "Carafe", "Water glass set of 4", "Storage jar"],
     ["clear", "amber", "green", "smoke", "rippled"], (8.95, 44.95), (6,), None, 0.05, 0.7),
    ("TEX", ["Tea towel", "Cushion cover 45x45", "Linen napkins set of 4", "Throw",
             "Apron", "Table runner"],
     ["stripe ochre", "check green", "plain sand", "herringbone grey", "floral rust",
      "waffle white"], (9.95, 89.95), (4, 6), None, 0.10, 0.9),
    ("STA", ["Greeting card", "Notebook A5", "Wrapping paper roll", "Art print A4",
             "Postcard set"],
     ["Tulips", "Canal houses", "Botanical", "Abstract", "Birds", "Sea"], (2.95, 19.95),
     (6, 12), None, 0.01, 0.8),
    ("GFT", ["Gift box", "Gift set"],
     ["'Cosy evening'", "'Tea time'", "'Breakfast in bed'", "'Hand care'", "'New home'",
      "'Thank you'", "'Self care'"], (19.95, 54.95), (4,), None, 0.03, 0.9),
    ("KIT", ["Olive wood board", "Salad servers", "Butter dish", "Bread basket",
             "Oven mitt", "Marble coaster set"],
     ["small", "large", "natural", "dark"], (9.95, 49.95), (4,), None, 0.04, 0.6),
    ("BOD", ["Hand soap 300 ml", "Hand lotion 300 ml", "Bath salts", "Room spray"],
     ["Fig & Amber", "Linen", "Wild Mint", "Cedar", "Orange Blossom"], (9.95, 24.95),
     (6,), None, 0.02, 0.7),
    ("XMS", ["Glass bauble", "Felt ornament", "Wooden star", "Advent candle",
             "Christmas garland", "Ceramic tree", "Paper star lamp"],
     ["red", "gold", "forest green", "white", "natural", "pink"], (3.95, 39.95), (6, 12),
     "xmas", 0.03, 1.2),
    ("GAR", ["Plant pot", "Watering can", "Garden gloves", "Seed tin", "Bird feeder",
             "Outdoor lantern"],
     ["zinc", "terracotta", "olive", "black", "cream"], (7.95, 49.95), (2, 4), "garden",
     0.04, 0.6),
    ("KID", ["Wooden toy", "Baby blanket", "Soft toy rabbit", "Kids' plate set"],
     ["mint", "blush", "oat", "blue"], (12.95, 39.95), (3, 4), None, 0.04, 0.4),
]
_CAT_IDX = {c[0]: i for i, c in enumerate(_CATS)}

_B2C_COUNTRIES = [("NL", 52), ("BE", 16), ("DE", 13), ("FR", 5), ("AT", 2.5), ("DK", 2),
                  ("SE", 2), ("IT", 2), ("ES", 2), ("LU", 1), ("IE", 1.5), ("FI", 1)]
_B2B_COUNTRIES = [("NL", 38), ("BE", 20), ("DE", 18), ("FR", 6), ("DK", 4), ("AT", 3),
                  ("LU", 2), ("SE", 2), ("IT", 2), ("ES", 1.5), ("IE", 1.5), ("FI", 1)]
_VAT = {"NL": 21, "BE": 21, "DE": 19, "FR": 20, "AT": 20, "DK": 25, "SE": 25, "IT": 22,
        "ES": 21, "LU": 17, "IE": 23, "FI": 24}


def _vat_b2c(country, d):
    if country == "LU" and d.year == 2023:
        return 16.0
    if country == "FI" and d >= date(2024, 9, 1):
        return 25.5
    return float(_VAT[country])


def _round95(x):
    return max(2.95, math.floor(x) + 0.95 if x - math.floor(x) > 0.5 else math.floor(x) - 0.05)


class _Sku:
    __slots__ = ("code", "desc", "cat", "base_rrp", "pack", "season", "ret", "pop",
                 "intro", "disc", "on_sale")


def _catalogue(rng):
    launches = sorted([date(y, 2, 1) for y in range(2019, 2025)] +
                      [date(y, 8, 20) for y in range(2018, 2025)])
    skus = []
    for code, items, variants, (lo, hi), packs, season, ret, _share in _CATS:
        combos = [(it, va) for it in items for va in variants]
        rng.shuffle(combos)
        n = min(len(combos), int(len(combos) * rng.uniform(0.55, 0.8)))
        for j, (it, va) in enumerate(combos[:n]):
            s = _Sku()
            s.code = "%s-%04d" % (code, 1000 + j * 7 + rng.randrange(7))
            s.desc = "%s %s" % (it, va)
            s.cat = code
            s.base_rrp = _round95(math.exp(rng.uniform(math.log(lo), math.log(hi))))
            s.pack = rng.choice(packs)
            s.season = season
            s.ret = ret
            s.pop = min(30.0, rng.paretovariate(1.3))
            s.on_sale = rng.random() < 0.35
            if rng.random() < 0.62:
                s.intro = T0
            else:
                s.intro = rng.choice(launches)
            s.disc = None
            if rng.random() < 0.28:
                later = [l for l in launches if l > s.intro + timedelta(days=365)]
                if later:
                    s.disc = rng.choice(later)
            skus.append(s)
    return skus


def _rrp(s, d):
    return _round95(s.base_rrp * 1.045 ** (d.year - 2024)) if d.year != 2024 else s.base_rrp


def _wholesale_price(s, d):
    return round(round(_rrp(s, d) / 1.21 / 2.05 * 20) / 20, 2)


def _available(s, d, b2b):
    if d < s.intro or (s.disc is not None and d >= s.disc):
        return False
    if s.season == "xmas":
        if b2b:
            return (6, 15) <= (d.month, d.day) <= (11, 30)
        return (d.month >= 10 and (d.month, d.day) <= (12, 23)) or (d.month == 1 and 2 <= d.day <= 21)
    if s.season == "garden":
        if b2b:
            return d.month <= 7
        return (3, 1) <= (d.month, d.day) <= (9, 15)
    return True


# ----------------------------------------------------------------------------- helpers
def _poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    lim, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= lim:
            return k
        k += 1


def _wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


_B2C_HOURS = [0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.5, 1.2, 2.0, 2.6, 3.0, 3.2, 3.6, 3.4, 3.2,
              3.1, 3.0, 3.2, 3.8, 4.8, 5.6, 5.4, 4.0, 2.0]
_B2B_HOURS = [0] * 8 + [2.0, 3.0, 3.0, 2.5, 1.5, 2.5, 2.5, 2.0, 1.5, 0.5] + [0] * 6
_OFFICE_HOURS = [0] * 9 + [2, 3, 3, 1, 2, 3, 3, 2] + [0] * 7


def _time(rng, d, hours):
    h = rng.choices(range(24), weights=hours, k=1)[0]
    return datetime(d.year, d.month, d.day, h, rng.randrange(60))


def _b2c_payment(rng, country):
    if country == "NL":
        opts = [("iDEAL", 62), ("Klarna", 10), ("Credit card", 13), ("PayPal", 15)]
    elif country == "BE":
        opts = [("Bancontact", 55), ("Credit card", 20), ("PayPal", 15), ("Klarna", 10)]
    elif country in ("DE", "AT"):
        opts = [("PayPal", 42), ("Klarna", 30), ("Credit card", 28)]
    else:
        opts = [("Credit card", 50), ("PayPal", 40), ("Klarna", 10)]
    return _wchoice(rng, [o[0] for o in opts], [o[1] for o in opts])


# ----------------------------------------------------------------------------- generator
class _Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        rng = self.rng
        self.skus = _catalogue(rng)
        # seeded flash-sale weekends (2 a year), each on one category
        self.flash = {}
        for y in range(P0.year, END.year + 1):
            for (m1, m2) in ((3, 4), (9, 10)):
                d0 = date(y, rng.randint(m1, m2), rng.randint(1, 25))
                d0 -= timedelta(days=(d0.weekday() - 4) % 7)
                cat = rng.choice(["CAN", "CER", "TEX", "VAS", "GLS", "BOD"])
                for k in range(3):
                    self.flash[d0 + timedelta(days=k)] = cat
        pvals = [_private_intensity(d, self.flash) if d >= P0 else 0.0 for d in DAYS]
        self.pint = pvals
        self.pcum = _cum(pvals)
        self.pmean = sum(pvals[_I(date(2021, 1, 1)):_I(date(2023, 1, 1))]) / 730.0
        self.invoices = []
        self._avail_cache = {}

    # --- product choice
    def _avail(self, d, b2b, cat):
        key = (d, b2b, cat)
        r = self._avail_cache.get(key)
        if r is None:
            lst = [s for s in self.skus if s.cat == cat and _available(s, d, b2b)]
            r = (lst, _cum([s.pop for s in lst]))
            self._avail_cache[key] = r
        return r

    def _pick(self, d, b2b, catw):
        rng = self.rng
        for _ in range(10):
            cat = _wchoice(rng, [c[0] for c in _CATS], catw)
            lst, cw = self._avail(d, b2b, cat)
            if lst:
                return lst[bisect.bisect_left(cw, rng.random() * cw[-1])]
        return None

    def _b2c_disc(self, s, d):
        if d.month == 1 and 2 <= d.day <= 21:
            if s.season == "xmas":
                return 40
            return 20 if s.on_sale else 0
        if d.month == 7 and d.day <= 21 and s.on_sale:
            return 30 if s.season == "garden" else 25
        bf = BLACKFRI[d.year]
        if 0 <= (d - bf).days <= 3:
            return 15
        if self.flash.get(d) == s.cat:
            return 15
        return 0

    def _emit(self, dt, series, cust, group, country, lines, pay, ref=None):
        inv = {"dt": dt, "series": series, "cust": cust, "group": group, "country": country,
               "lines": lines, "pay": pay, "ref": ref, "no": None}
        self.invoices.append(inv)
        return inv

    # --- private orders
    def _b2c_order(self, i, cust_no, country, catw, gift=False, small=False):
        rng = self.rng
        d = DAYS[i]
        if d < LINES_FROM:
            return
        if gift:
            nl = rng.choices([1, 2, 3], weights=[60, 30, 10])[0]
        elif small:
            nl = 1
        else:
            nl = rng.choices([1, 2, 3, 4, 5, 6, 8], weights=[44, 27, 14, 8, 4, 2, 1])[0]
        vat = _vat_b2c(country, d)
        lines, seen, gross = [], set(), 0.0
        for _ in range(nl):
            s = self._pick(d, False, catw)
            if s is None or s.code in seen:
                continue
            seen.add(s.code)
            q = 1
            if s.cat in ("STA", "CAN", "BOD", "XMS", "CER", "GLS") and rng.random() < 0.3:
                q = rng.choice([2, 2, 2, 3, 4, 6])
            disc = self._b2c_disc(s, d)
            price = round(_rrp(s, d) / (1 + vat / 100), 2)
            gross += q * _rrp(s, d) * (1 - disc / 100)
            lines.append([s.code, s.desc, q, price, disc, vat, s])
        if not lines:
            return
        if (d.month in (11, 12) or gift) and rng.random() < (0.45 if gift else 0.2):
            lines.append(["GIFTWRAP", "Gift wrapping", 1, round(2.95 / (1 + vat / 100), 2), 0, vat, None])
        free = 60 if country == "NL" else (100 if country in ("BE", "DE", "LU") else 150)
        if gross < free:
            ship = 4.95 if country == "NL" else (6.95 if country in ("BE", "DE", "LU") else 12.95)
            lines.append(["SHIP", "Shipping costs", 1, round(ship / (1 + vat / 100), 2), 0, vat, None])
        dt = _time(rng, d, _B2C_HOURS)
        pay = _b2c_payment(rng, country)
        inv = self._emit(dt, "F", cust_no, "B2C", country, lines, pay)
        # return / credit note
        ret = [ln for ln in lines if ln[6] is not None and rng.random() < ln[6].ret]
        if ret:
            ri = _next_workday(i + rng.randint(5, 30))
            if ri < N:
                cl = []
                for ln in ret:
                    q = ln[2] if ln[2] == 1 or rng.random() < 0.6 else rng.randint(1, ln[2] - 1)
                    cl.append([ln[0], ln[1], -q, ln[3], ln[4], ln[5], ln[6]])
                self._emit(_time(rng, DAYS[ri], _OFFICE_HOURS), "C", cust_no, "B2C", country,
                           cl, pay, inv)
        # forgotten item: second order the same day
        if not small and rng.random() < 0.025:
            dt2 = dt + timedelta(minutes=rng.randint(10, 180))
            if dt2.date() == d:
                self._b2c_order_at(dt2, cust_no, country, catw, pay)

    def _b2c_order_at(self, dt, cust_no, country, catw, pay):
        d = dt.date()
        s = self._pick(d, False, catw)
        if s is None:
            return
        vat = _vat_b2c(country, d)
        price = round(_rrp(s, d) / (1 + vat / 100), 2)
        lines = [[s.code, s.desc, 1, price, self._b2c_disc(s, d), vat, s]]
        ship = 4.95 if country == "NL" else (6.95 if country in ("BE", "DE", "LU") else 12.95)
        lines.append(["SHIP", "Shipping costs", 1, round(ship / (1 + vat / 100), 2), 0, vat, None])
        self._emit(dt, "F", cust_no, "B2C", country, lines, pay)

    def _private(self):
        rng = self.rng
        countries = [c for c, _ in _B2C_COUNTRIES]
        cweights = [w for _, w in _B2C_COUNTRIES]
        base_catw = [c[7] for c in _CATS]
        gift_catw = [w * (3.0 if c[0] in ("GFT", "CAN", "BOD", "VAS") else 0.5)
                     for c, w in zip(_CATS, base_catw)]
        next_no = 200001
        p0 = _I(P0)
        i_start = _I(START)
        # planned purchases of existing customers: day -> list of (cust)
        plan = {}

        def growth(i):
            return 1.22 ** ((i - p0) / 365.0)

        def gift_window(y, kind):
            if kind == "xmas":
                return _I(date(y, 11, 15)), _I(date(y, 12, 22))
            md = MOTHERS[y]
            return _I(md - timedelta(days=14)), _I(md - timedelta(days=1))

        def gift_day(y, kind):
            a, b = gift_window(y, kind)
            if a >= N:
                return None
            b = min(b, N - 1)
            days = list(range(a, b + 1))
            w = [self.pint[j] * (1 + 2.0 * (j - a) / max(1, b - a)) for j in days]
            return _wchoice(rng, days, w)

        def gift_shape(i):
            d = DAYS[i]
            if date(d.year, 11, 15) <= d <= date(d.year, 12, 22):
                return 1.0 + 2.5 * (d - date(d.year, 11, 15)).days / 37.0
            md = MOTHERS[d.year]
            if 1 <= (md - d).days <= 14:
                return 0.9 * (1 + (14 - (md - d).days) / 7.0)
            return 0.0

        for i in range(p0, N):
            d = DAYS[i]
            g = growth(i)
            lam_reg = 2.9 * g * self.pint[i]
            gs = gift_shape(i)
            lam_gift = 1.5 * g * gs * _WD[d.weekday()]
            lam_guest = 0.40 * (lam_reg + lam_gift)
            # guests
            for _ in range(_poisson(rng, lam_guest)):
                c = _wchoice(rng, countries, cweights)
                self._b2c_order(i, "", c, gift_catw if gs and rng.random() < 0.5 else base_catw,
                                gift=bool(gs) and rng.random() < 0.5)
            # existing customers' planned purchases
            for cust in plan.pop(i, ()):
                self._b2c_order(i, cust["no"], cust["country"], cust["catw"],
                                gift=cust["kind"] != "reg")
                self._schedule(cust, i, plan, gift_day)
            # new registered customers
            n_new = _poisson(rng, lam_reg) + _poisson(rng, lam_gift)
            n_gift = 0
            if lam_gift > 0:
                n_gift = sum(1 for _ in range(n_new) if rng.random() < lam_gift / (lam_reg + lam_gift))
            for k in range(n_new):
                kind = "reg"
                if k < n_gift:
                    kind = "xmas" if d.month in (11, 12) else "mday"
                country = _wchoice(rng, countries, cweights)
                fav = rng.sample(range(len(_CATS)), 2)
                catw = [w * (3.0 if j in fav else 1.0) for j, w in enumerate(base_catw)]
                r = rng.random()
                if r < 0.02:
                    q, gap = rng.uniform(0.8, 0.92), rng.uniform(20, 45)     # fans / stylists
                else:
                    q = rng.betavariate(1.1, 2.7)
                    gap = 80 * math.exp(rng.gauss(0, 0.5))
                cust = {"no": str(next_no), "country": country, "catw": catw if kind == "reg" else gift_catw,
                        "kind": kind, "q": q, "gap": gap, "k": 1}
                next_no += 1
                self._b2c_order(i, cust["no"], country, cust["catw"], gift=kind != "reg")
                self._schedule(cust, i, plan, gift_day)

    def _schedule(self, cust, i, plan, gift_day):
        rng = self.rng
        k = cust["k"]
        cust["k"] = k + 1
        if cust["kind"] == "reg":
            p = min(0.92, cust["q"] * (1 + 0.45 * (k - 1)))
            if rng.random() >= p:
                return
            g = cust["gap"] * math.exp(rng.gauss(0, 0.75))
            j = _advance(self.pcum, i, g * self.pmean)
        else:
            d = DAYS[i]
            if cust.get("same_season") is None and rng.random() < 0.10:
                cust["same_season"] = True
                j = i + rng.randint(2, 18)
            else:
                cust["same_season"] = None
                kind = cust["kind"]
                if rng.random() < 0.07:          # a Christmas gift buyer also shops for Mother's Day etc.
                    kind = "mday" if kind == "xmas" else "xmas"
                    cust["kind"] = kind
                prob = 0.30 if k == 1 else 0.5
                if rng.random() >= prob:
                    return
                if kind == "xmas":
                    y = d.year if d.month < 11 else d.year + 1
                else:
                    y = d.year if d < MOTHERS[d.year] - timedelta(days=14) else d.year + 1
                j = gift_day(y, kind)
                if j is None:
                    return
        if j is not None and j < N:
            plan.setdefault(j, []).append(cust)

    # --- wholesale
    def _b2b_order(self, i, acc, value, first=False, topup=False):
        rng = self.rng
        d = DAYS[i]
        if d < LINES_FROM:
            return
        lines, total, seen = [], 0.0, set()
        favs = [s for s in acc["favs"] if _available(s, d, True)]
        tries = 0
        while total < value and len(lines) < 45 and tries < 200:
            tries += 1
            if favs and rng.random() < (0.3 if first else 0.6):
                s = rng.choice(favs)
            else:
                s = self._pick(d, True, acc["catw"])
                if s is None:
                    continue
            if s.code in seen:
                continue
            seen.add(s.code)
            q = s.pack * rng.choice([1, 1, 1, 2, 2, 3] if not topup else [1])
            price = _wholesale_price(s, d)
            lines.append([s.code, s.desc, q, price, 0, 0.0, s])
            total += q * price
            if s not in acc["favs"] and rng.random() < 0.5:
                acc["favs"].append(s)
        if not lines:
            return
        disc = acc["keydisc"] or (5 if total >= 1500 else 0)
        vat = 21.0 if acc["country"] == "NL" else 0.0
        for ln in lines:
            ln[4] = disc
            ln[5] = vat
        if total < 500:
            lines.append(["SHIP-B2B", "Freight wholesale", 1,
                          17.5 if acc["country"] in ("NL", "BE") else 24.5, 0, vat, None])
        pay = "Prepayment" if first else acc["terms"]
        # backorder: some lines invoiced later
        back = []
        if len(lines) >= 5 and rng.random() < 0.08:
            nb = rng.randint(1, 3)
            back, lines = lines[:nb], lines[nb:]
        inv = self._emit(_time(rng, d, _B2B_HOURS), "F", acc["no"], "B2B", acc["country"], lines, pay)
        if back:
            bi = _next_workday(i + rng.randint(7, 28))
            if bi < N:
                self._emit(_time(rng, DAYS[bi], _B2B_HOURS), "F", acc["no"], "B2B", acc["country"],
                           back, acc["terms"])
        # breakage / wrong-item credit notes
        r = rng.random()
        if r < 0.055:
            fragile = [ln for ln in lines if ln[6] is not None and ln[6].cat in ("VAS", "CER", "GLS", "XMS")]
            pool = fragile if (fragile and r < 0.04) else [ln for ln in lines if ln[6] is not None]
            if pool:
                ln = rng.choice(pool)
                q = ln[2] if r >= 0.04 else rng.randint(1, max(1, ln[2] // 2))
                ci = _next_workday(i + rng.randint(3, 20))
                if ci < N:
                    self._emit(_time(rng, DAYS[ci], _OFFICE_HOURS), "C", acc["no"], "B2B",
                               acc["country"], [[ln[0], ln[1], -q, ln[3], ln[4], ln[5], ln[6]]],
                               acc["terms"], inv)

    def _wholesale(self):
        rng = self.rng
        fair = [1.2, 1.8, 1.3, 0.8, 0.7, 0.6, 0.5, 0.9, 1.6, 1.2, 0.7, 0.3]
        countries = [c for c, _ in _B2B_COUNTRIES]
        cweights = [w for _, w in _B2B_COUNTRIES]
        pnames = [p for p, _ in _PROFILE_P]
        pweights = [w for _, w in _PROFILE_P]
        prof_cat = {
            "standard": {"CER": 1.5, "TEX": 1.4, "VAS": 1.3, "CAN": 1.4},
            "coastal": {"STA": 2.0, "TEX": 1.5, "GAR": 1.5, "XMS": 0.1, "BOD": 1.5},
            "xmas": {"XMS": 5.0, "GAR": 3.0, "CAN": 2.0},
            "museum": {"STA": 3.0, "GFT": 2.0, "KID": 1.5},
        }
        accounts = []
        for i in range(N):
            if not WORKDAY[i]:
                continue
            d = DAYS[i]
            lam = 0.20 * 1.10 ** (i / 365.0) * fair[d.month - 1]
            for _ in range(_poisson(rng, lam)):
                prof = _wchoice(rng, pnames, pweights)
                catw = []
                for c in _CATS:
                    w = prof_cat[prof].get(c[0], 1.0) * math.exp(rng.gauss(0, 0.6))
                    catw.append(w)
                size = 650 * math.exp(rng.gauss(0, 0.55))
                interval = 45 * math.exp(rng.gauss(0, 0.42)) * (size / 650) ** -0.25
                if prof == "coastal":
                    interval *= 0.8
                life = i + int(rng.expovariate(1 / (365 * 4.5)))
                if rng.random() < 0.22:
                    life = i + rng.randint(1, 200)          # never takes off
                pauses = []
                t = i + rng.randint(60, 400)
                while t < min(life, N):
                    if rng.random() < 0.16:
                        ln = rng.randint(60, 200) if rng.random() < 0.8 else rng.randint(200, 330)
                        pauses.append((t, t + ln))
                        t += ln
                    t += 365
                accounts.append({
                    "signup": i, "country": _wchoice(rng, countries, cweights), "profile": prof,
                    "catw": catw, "size": size, "interval": interval,
                    "cv": rng.uniform(0.15, 0.55), "life": life, "pauses": pauses,
                    "fade": rng.randint(120, 240) if rng.random() < 0.7 else 0,
                    "trend": math.exp(rng.gauss(0.0, 0.12)),
                    "hol": rng.randint(0, 35), "hol_len": rng.randint(14, 22),
                    "keydisc": 10 if rng.random() < 0.08 else 0,
                    "terms": rng.choice(["On account 30 days", "On account 30 days",
                                         "On account 14 days", "Direct debit"]),
                    "favs": [],
                })
        for n, acc in enumerate(accounts):
            acc["no"] = str(10001 + n)
        for acc in accounts:
            self._run_account(acc)

    def _run_account(self, acc):
        rng = self.rng
        prof = acc["profile"]
        cum, mean = _PROF_CUM[prof], _PROF_MEAN[prof]
        i = acc["signup"]
        k = 0
        restock = False
        while True:
            i = _next_workday(i)
            if i >= N or i > acc["life"]:
                return
            d = DAYS[i]
            fading = acc["fade"] and i > acc["life"] - acc["fade"]
            years = (i - acc["signup"]) / 365.0
            value = acc["size"] * acc["trend"] ** years * math.exp(rng.gauss(0, 0.3))
            if d.month in (8, 9, 10):
                value *= 1.3
            if k == 0:
                value *= 1.6
            if restock:
                value *= 1.35
            if fading:
                value *= 0.65
            value = max(value, 500 if k == 0 else 250)
            self._b2b_order(i, acc, value, first=(k == 0))
            k += 1
            restock = False
            gap = acc["interval"] * math.exp(rng.gauss(-acc["cv"] ** 2 / 2, acc["cv"]))
            if k == 1:
                gap *= 0.8
            if fading:
                gap *= 1.7
            nxt = _advance(cum, i, gap * mean)
            # small top-up order in between
            if rng.random() < 0.10 and not fading:
                ti = _next_workday(i + max(5, int((nxt - i) * rng.uniform(0.3, 0.7))))
                if ti < min(nxt, N) and ti <= acc["life"]:
                    self._b2b_order(ti, acc, acc["size"] * 0.3, topup=True)
            for ps, pe in acc["pauses"]:
                if ps <= nxt < pe or (i < ps and nxt >= pe):
                    nxt = pe + rng.randint(0, 20)
                    restock = True
            if nxt < N:
                dn = DAYS[nxt]
                h0 = date(dn.year, 7, 8) + timedelta(days=acc["hol"])
                h1 = h0 + timedelta(days=acc["hol_len"])
                if h0 <= dn < h1:
                    nxt = _I(h1) + rng.randint(0, 4)
            i = nxt

    # --- output
    def run(self, path):
        self._wholesale()
        self._private()
        invs = [v for v in self.invoices if v["dt"].date() >= LINES_FROM]
        invs.sort(key=lambda v: (v["dt"], v["series"], v["cust"]))
        counters = {}
        for v in invs:
            key = (v["series"], v["dt"].year)
            counters[key] = counters.get(key, 0) + 1
            if v["series"] == "F":
                v["no"] = "F%d-%05d" % (v["dt"].year, counters[key])
            else:
                v["no"] = "CN%d-%04d" % (v["dt"].year, counters[key])

        def num(x):
            return ("%.2f" % x).replace(".", ",")

        def vatfmt(x):
            return ("%g" % x).replace(".", ",")

        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            w.writerow(["InvoiceNo", "InvoiceDate", "CustomerNo", "CustomerGroup", "Country",
                        "SKU", "Description", "Quantity", "UnitPrice", "Discount%", "VAT%",
                        "LineAmount", "PaymentMethod", "RelatedInvoice"])
            for v in invs:
                if v["dt"].date() < START or v["dt"].date() > END:
                    continue
                ds = v["dt"].strftime("%d-%m-%Y %H:%M")
                ref = v["ref"]["no"] if v["ref"] is not None else ""
                for code, desc, q, price, disc, vat, _s in v["lines"]:
                    amount = round(q * price * (1 - disc / 100.0), 2)
                    w.writerow([v["no"], ds, v["cust"], v["group"], v["country"], code, desc,
                                q, num(price), disc, vatfmt(vat), num(amount), v["pay"], ref])


def write(seed: int, path: str) -> None:
    """Write the invoice-line CSV for `seed` to `path` (deterministic per seed)."""
    _Gen(seed).run(path)


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
