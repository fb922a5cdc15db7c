"""Synthetic invoice-line export for a small UK online gift / party / kitchen / seasonal-decor shop.

Log runs 2022-12-01 .. 2023-12-20 (closed 23 Dec - 3 Jan).  Buyers: trade (UK gift shops,
market traders, online resellers, overseas shops, and "Christmas-only" shops that buy Aug-Nov)
and retail.  Trade customers reorder on a customer-specific rhythm (gamma gaps in a seasonal
"business time" that speeds up Aug-Nov and slows in Jan); they occasionally pause for months,
drop away (higher risk after a trial order; many fade out with lengthening gaps and smaller
baskets first) and a few are won back.  About half the customer base predates the log.  New
trade accounts arrive after the Spring (Feb) and Autumn (Sep) trade fairs; retail newcomers
peak Nov-Dec, Valentine's, Mothering Sunday and Black Friday.  Most retail buyers buy once;
repeaters come back soon or at the next gift occasion.  Guest-checkout orders have a blank
customer_id.  Trade lines come in pack multiples with volume price breaks; prices rise 1 Mar 2023;
Christmas lines are bought by trade ~1-3 months ahead of retail.  Overseas trade invoices carry a
POST (postage) line.
Returns/cancellations: a separate invoice whose number is the next invoice number prefixed "C",
same customer/country, negative quantity, original unit price; either a whole order cancelled
minutes after it was placed, or some lines (partly) returned days/weeks later.
Columns: invoice, stock_code, description, quantity, invoice_date (YYYY-MM-DD HH:MM),
unit_price (GBP), customer_id, country.
"""
import sys
import csv
import math
import random
from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta

START = date(2022, 12, 1)
END = date(2023, 12, 20)
CUTS = (date(2023, 6, 1), date(2023, 7, 31), date(2023, 9, 30))

N_DAYS = (END - START).days + 1
DAYS = [START + timedelta(days=i) for i in range(N_DAYS)]
CLOSED = (date(2022, 12, 23), date(2023, 1, 3))
BANK_HOL = {date(2023, 1, 2), date(2023, 4, 7), date(2023, 4, 10), date(2023, 5, 1),
            date(2023, 5, 8), date(2023, 5, 29), date(2023, 8, 28)}
PRICE_RISE = date(2023, 3, 1)

# ---------------------------------------------------------------- seasonality helpers

def _interp_month(vals, d):
    """Smooth monthly profile: linear between month mid-points (cyclic)."""
    dim = ((date(d.year + (d.month == 12), d.month % 12 + 1, 1) - timedelta(days=1)).day)
    pos = (d.month - 1) + (d.day - 0.5) / dim - 0.5
    lo = math.floor(pos)
    f = pos - lo
    return vals[lo % 12] * (1 - f) + vals[(lo + 1) % 12] * f


# order-rate profiles (Jan..Dec)
PROFILES = {
    "giftshop": [0.45, 0.7, 0.9, 0.85, 0.9, 0.9, 0.95, 1.15, 1.5, 1.65, 1.5, 0.5],
    "market":   [0.3, 0.5, 0.8, 1.0, 1.2, 1.3, 1.3, 1.2, 1.1, 1.3, 1.5, 0.6],
    "reseller": [0.7, 0.8, 0.9, 0.9, 0.9, 0.85, 0.85, 0.95, 1.15, 1.35, 1.7, 1.0],
    "abroad":   [0.5, 0.8, 1.0, 0.9, 0.9, 0.8, 0.9, 1.25, 1.55, 1.5, 1.0, 0.35],
    "xmas":     [0.03, 0.02, 0.02, 0.02, 0.02, 0.05, 0.4, 1.4, 2.2, 2.1, 1.4, 0.3],
    "retail":   [0.5, 0.9, 1.0, 0.7, 0.7, 0.75, 0.7, 0.7, 0.9, 1.2, 2.2, 2.4],
}
TRADE_WD = [1.15, 1.1, 1.05, 1.1, 0.85, 0.05, 0.12]
RETAIL_WD = [1.05, 1.0, 1.0, 1.0, 0.9, 0.6, 1.1]


def _retail_spikes(d):
    m = 1.0
    if d.month == 2 and d.day <= 13:
        m *= 1.6
    if date(2023, 3, 5) <= d <= date(2023, 3, 17):
        m *= 1.5  # Mothering Sunday 19 Mar
    if date(2023, 6, 5) <= d <= date(2023, 6, 15):
        m *= 1.25  # Father's Day
    if date(2023, 11, 24) <= d <= date(2023, 11, 27):
        m *= 2.2  # Black Friday weekend
    return m


def _day_weight(profile, d):
    if CLOSED[0] <= d <= CLOSED[1]:
        return 0.0
    w = _interp_month(PROFILES[profile], d)
    trade = profile != "retail"
    w *= (TRADE_WD if trade else RETAIL_WD)[d.weekday()]
    if d in BANK_HOL:
        w *= 0.1 if trade else 0.7
    if d.month == 12:
        if trade and d.day > 8:
            w *= max(0.03, (20 - d.day) / 12.0)
        if not trade:
            w *= _retail_spikes(d) if d.day <= 19 else 0.3
    elif not trade:
        w *= _retail_spikes(d)
    return w


def _build_clock(profile):
    w = [_day_weight(profile, d) for d in DAYS]
    mean = sum(w) / len(w)
    w = [x / mean for x in w]
    cum = [0.0]
    for x in w:
        cum.append(cum[-1] + x)
    return w, cum


CLOCKS = {p: _build_clock(p) for p in PROFILES}


def _day_at(cum, target):
    """Day index whose business-time interval contains target, or None if after END."""
    if target > cum[-1]:
        return None
    k = bisect_left(cum, target)
    return max(0, k - 1)


def _after(profile, d, gap):
    """Next order day after day index d, gap measured in average business days."""
    cum = CLOCKS[profile][1]
    return _day_at(cum, cum[min(d + 1, N_DAYS)] + gap)


def _after_real(profile, d, days):
    """Roughly `days` calendar days after d, snapped to the next day the profile trades."""
    t = d + int(days)
    if t >= N_DAYS:
        return None
    cum = CLOCKS[profile][1]
    return _day_at(cum, cum[t] + 1e-6)


# ---------------------------------------------------------------- products

CATS = ["xmas", "party", "kitchen", "gift", "homedecor", "stationery", "garden", "easter",
        "valentine", "bagstoys"]
# demand by month as seen by trade buyers (ahead of season) and by retail buyers (in season)
CAT_SEASON_TRADE = {
    "xmas":      [0.2, 0.05, 0.03, 0.05, 0.1, 0.35, 1.2, 2.4, 2.9, 2.7, 1.8, 0.6],
    "party":     [0.8, 0.9, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 0.9, 1.0, 1.0, 0.9],
    "kitchen":   [1.0, 1.0, 1.0, 1.0, 1.0, 0.95, 0.95, 1.0, 1.1, 1.2, 1.2, 1.0],
    "gift":      [1.1, 1.1, 1.0, 0.95, 0.95, 0.95, 0.95, 1.0, 1.1, 1.25, 1.25, 1.0],
    "homedecor": [1.0, 1.05, 1.1, 1.05, 1.0, 0.95, 0.95, 1.0, 1.05, 1.05, 1.0, 0.9],
    "stationery": [1.0, 1.0, 0.9, 0.9, 0.9, 1.0, 1.3, 1.3, 1.1, 1.0, 1.0, 0.9],
    "garden":    [0.6, 1.3, 2.0, 2.1, 1.7, 1.2, 0.7, 0.3, 0.1, 0.05, 0.05, 0.2],
    "easter":    [1.4, 2.4, 1.6, 0.3, 0.02, 0.0, 0.0, 0.0, 0.0, 0.0, 0.05, 0.5],
    "valentine": [2.4, 0.9, 0.1, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.6, 1.6],
    "bagstoys":  [0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.2, 1.0],
}
CAT_SEASON_RETAIL = {
    "xmas":      [0.08, 0.02, 0.02, 0.02, 0.02, 0.03, 0.05, 0.15, 0.5, 1.3, 2.8, 3.2],
    "party":     [0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.1, 0.9, 1.1, 0.9, 1.0],
    "kitchen":   [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.3, 1.3],
    "gift":      [0.8, 1.3, 1.3, 0.9, 0.9, 1.0, 0.9, 0.9, 1.0, 1.1, 1.4, 1.5],
    "homedecor": [1.2, 1.0, 1.1, 1.1, 1.0, 0.95, 0.95, 0.95, 1.05, 1.05, 1.0, 0.9],
    "stationery": [1.0, 1.0, 0.9, 0.9, 0.9, 0.9, 1.0, 1.4, 1.3, 1.0, 1.0, 1.0],
    "garden":    [0.1, 0.3, 0.9, 1.8, 2.2, 2.1, 1.7, 1.0, 0.4, 0.1, 0.05, 0.05],
    "easter":    [0.05, 0.6, 2.2, 2.6, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    "valentine": [0.7, 3.2, 0.1, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1],
    "bagstoys":  [0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.3, 1.4],
}
CAT_SHARE = {"xmas": 0.18, "party": 0.12, "kitchen": 0.14, "gift": 0.14, "homedecor": 0.12,
             "stationery": 0.07, "garden": 0.07, "easter": 0.03, "valentine": 0.04,
             "bagstoys": 0.09}
CAT_PRICE = {"xmas": 1.45, "party": 0.85, "kitchen": 3.25, "gift": 2.1, "homedecor": 3.95,
             "stationery": 0.85, "garden": 3.75, "easter": 1.25, "valentine": 1.65,
             "bagstoys": 2.1}

COLOURS = ["RED", "PINK", "IVORY", "SAGE GREEN", "NAVY", "MUSTARD", "PASTEL BLUE", "LILAC",
           "SILVER", "GOLD", "BLACK", "WHITE", "TEAL", "CORAL", "DUCK EGG", "CHARCOAL"]
THEMES = ["POLKA DOT", "GINGHAM", "FOLK FLOWER", "WOODLAND", "ROBIN", "SNOWFLAKE", "FLAMINGO",
          "CACTUS", "BUMBLE BEE", "RAINBOW", "UNICORN", "DINOSAUR", "SEASIDE", "HEDGEROW",
          "VINTAGE ROSE", "SCANDI", "LEOPARD", "LEMON", "STRAWBERRY", "SPACE ROCKET", "OWL",
          "FOX", "HARE", "DAISY", "MOROCCAN", "TARTAN", "HERRINGBONE", "CAT", "DOG", "PEACOCK"]
NOUNS = {
    "xmas": ["HANGING STAR", "BAUBLE SET OF 6", "WOODEN TREE DECORATION", "FELT STOCKING",
             "ADVENT CALENDAR", "GLITTER ANGEL", "TINSEL GARLAND", "CHRISTMAS CRACKERS BOX OF 8",
             "LED STRING LIGHTS", "REINDEER ORNAMENT", "GIFT WRAP 3 SHEETS", "TREE TOPPER",
             "GINGERBREAD MAN DECORATION", "SANTA SACK", "CANDLE HOLDER", "WREATH"],
    "party": ["PAPER PLATES PACK OF 12", "BUNTING 3M", "PARTY CUPS PACK OF 12",
              "PARTY BAG", "BALLOONS PACK OF 10", "NAPKINS PACK OF 20", "CAKE CASES 60",
              "PARTY HATS PACK OF 6", "PAPER STRAWS 24", "CANDLES SET OF 12", "PINATA",
              "CONFETTI POUCH", "TABLE COVER", "PAPER CHAIN KIT"],
    "kitchen": ["ENAMEL MUG", "CAKE STAND", "TEA TOWEL", "BISCUIT TIN", "STORAGE JAR",
                "OVEN GLOVE", "APRON", "MEASURING SPOONS", "TEAPOT", "LUNCH BOX", "CAKE TIN",
                "EGG CUP SET", "MILK JUG", "CERAMIC BOWL", "COASTER SET", "SUGAR BOWL"],
    "gift": ["NOVELTY KEYRING", "SCENTED CANDLE", "MINI GIFT BOX", "JEWELLERY DISH",
             "POCKET MIRROR", "TRINKET BOX", "SNOW GLOBE", "MUG IN GIFT BOX", "LIP BALM TIN",
             "WASHBAG", "PHOTO FRAME", "MONEY BOX", "HAND CREAM SET", "GIFT CARD HOLDER"],
    "homedecor": ["CUSHION COVER", "METAL SIGN", "WALL CLOCK", "DOORSTOP", "LANTERN",
                  "VASE", "WIRE BASKET", "HANGING HEART", "T-LIGHT HOLDER", "CHALKBOARD",
                  "COAT HOOKS", "THROW", "MIRROR", "PLANT POT"],
    "stationery": ["NOTEBOOK", "GREETING CARD", "PENCIL SET", "STICKER SHEET", "GIFT TAGS",
                   "WRAPPING PAPER", "ERASERS SET OF 4", "WASHI TAPE", "MEMO PAD",
                   "BIRTHDAY CARD", "POSTCARD", "BOOKMARK"],
    "garden": ["WATERING CAN", "BIRD FEEDER", "PLANT LABELS", "GARDEN KNEELER",
               "SEED TIN", "PICNIC BLANKET", "WINDMILL", "SOLAR LIGHT", "HERB POT",
               "GARDEN GLOVES", "BUNTING OUTDOOR", "PICNIC SET"],
    "easter": ["EASTER EGG HUNT KIT", "HANGING EGG", "CHICK DECORATION", "BUNNY BASKET",
               "EASTER BONNET KIT", "FELT RABBIT"],
    "valentine": ["HEART BOX", "LOVE CARD", "HEART CUSHION", "ROSE CANDLE",
                  "HEART GARLAND", "KISSES MUG"],
    "bagstoys": ["JUMBO SHOPPER BAG", "TOTE BAG", "SKIPPING ROPE", "SPINNING TOP",
                 "JIGSAW 100 PIECE", "KNITTED RABBIT", "CHILDRENS APRON", "SPACEBOY BACKPACK",
                 "YO-YO", "WOODEN TRAIN", "SOFT TOY", "PLAYING CARDS", "PENCIL CASE"],
}


def _snap_price(rng, p):
    if p < 1.0:
        return round(max(0.12, round(p * 100) / 100), 2)
    p = round(p * 20) / 20
    if p >= 2 and rng.random() < 0.5:
        p -= 0.05
    return round(p, 2)


def _pack_for(rng, price):
    if price < 0.7:
        return rng.choice([12, 24, 24, 48, 12, 72])
    if price < 1.6:
        return rng.choice([12, 12, 6, 24, 10])
    if price < 4:
        return rng.choice([6, 4, 8, 6, 12, 3])
    if price < 9:
        return rng.choice([2, 3, 4, 6, 2])
    return rng.choice([1, 1, 2])


class Product:
    __slots__ = ("code", "desc", "cat", "price0", "price1", "pack", "pop", "intro", "disc")


def _make_catalogue(rng):
    prods = []
    used_codes = set()
    used_desc = set()
    n_families = 1250
    for _ in range(n_families):
        cat = rng.choices(CATS, [CAT_SHARE[c] for c in CATS])[0]
        while True:
            code = rng.randint(10002, 90990)
            if code not in used_codes:
                used_codes.add(code)
                break
        noun = rng.choice(NOUNS[cat])
        theme = rng.choice(THEMES + COLOURS) if rng.random() < 0.85 else ""
        base = (theme + " " + noun).strip()
        if base in used_desc:
            base = rng.choice(["LARGE", "SMALL", "MINI", "RETRO", "VINTAGE", "SET OF 3"]) + " " + base
        if base in used_desc:
            continue
        used_desc.add(base)
        price = _snap_price(rng, CAT_PRICE[cat] * math.exp(rng.gauss(0, 0.6)))
        pack = _pack_for(rng, price)
        fam_pop = math.exp(rng.gauss(0, 1.25))
        # lifecycle
        u = rng.random()
        intro, disc = -10**6, 10**6
        if u < 0.16:  # new range launched during the log
            launch = rng.choices([date(2023, 2, 6), date(2023, 4, 3), date(2023, 7, 10),
                                  date(2023, 8, 21), date(2023, 10, 2)], [3, 1, 3, 2, 1])[0]
            intro = (launch - START).days + rng.randint(0, 20)
        elif u < 0.27:  # discontinued / sold out during the log
            disc = rng.randint(30, N_DAYS - 20)
        nvar = 1 if rng.random() < 0.8 else rng.choice([2, 2, 3, 4])
        cols = rng.sample(COLOURS, nvar) if nvar > 1 else [None]
        if nvar > 1 and theme in COLOURS:  # colour variants of a plain item
            base = noun
        for vi in range(nvar):
            p = Product()
            if nvar == 1:
                p.code, p.desc = str(code), base
            else:
                p.code = str(code) + "ABCD"[vi]
                p.desc = base + " " + cols[vi]
            p.cat = cat
            p.price0 = price
            p.price1 = _snap_price(rng, price * rng.uniform(1.05, 1.15)) if rng.random() < 0.55 else price
            p.pack = pack
            p.pop = fam_pop * math.exp(rng.gauss(0, 0.4))
            p.intro = intro
            p.disc = disc
            if rng.random() < 0.05 and disc == 10**6:  # variant sold out on its own
                p.disc = rng.randint(60, N_DAYS - 1)
            prods.append(p)
    return prods


class Picker:
    """Weekly, per-category cumulative popularity tables for fast weighted draws."""

    def __init__(self, prods):
        self.prods = prods
        self.tables = {}
        n_weeks = N_DAYS // 7 + 1
        for wk in range(n_weeks):
            d0 = wk * 7 + 3
            for cat in CATS:
                idx, cum, s = [], [], 0.0
                for i, p in enumerate(prods):
                    if p.cat != cat or not (p.intro <= d0 < p.disc):
                        continue
                    age = d0 - p.intro
                    boost = 1.0 + (1.5 * math.exp(-age / 45.0) if age >= 0 and p.intro > -10**5 else 0)
                    s += p.pop * boost
                    idx.append(i)
                    cum.append(s)
                self.tables[(wk, cat)] = (idx, cum)

    def draw(self, rng, day, cat):
        idx, cum = self.tables[(day // 7, cat)]
        if not idx:
            return None
        return idx[min(len(idx) - 1, bisect_right(cum, rng.random() * cum[-1]))]

    def live(self, i, day):
        p = self.prods[i]
        return p.intro <= day < p.disc


# ---------------------------------------------------------------- customers

TRADE_KINDS = {
    # kind: (weight, median gap (business days), gap sigma, shape range, median lines,
    #        qty scale, per-order drop, first-order drop)
    "giftshop": (0.45, 36, 0.45, (2.5, 6.0), 16, 1.0, 0.028, 0.30),
    "market":   (0.18, 24, 0.45, (2.0, 4.0), 10, 1.4, 0.035, 0.35),
    "reseller": (0.15, 18, 0.55, (1.3, 3.0), 22, 1.1, 0.040, 0.40),
    "abroad":   (0.15, 55, 0.40, (3.0, 6.0), 28, 1.2, 0.030, 0.33),
    "xmas":     (0.07, 32, 0.35, (2.0, 4.0), 20, 1.0, 0.080, 0.40),
}
ABROAD = [("Germany", 20), ("France", 18), ("Ireland", 11), ("Netherlands", 8), ("Belgium", 6),
          ("Spain", 6), ("Switzerland", 5), ("Portugal", 4), ("Italy", 4), ("Norway", 3),
          ("Sweden", 3), ("Denmark", 3), ("Finland", 2), ("Austria", 2), ("Australia", 3),
          ("USA", 2), ("Japan", 1), ("Channel Islands", 3), ("Poland", 2), ("Cyprus", 1),
          ("Iceland", 0.5)]
RETAIL_ABROAD = [("Ireland", 5), ("France", 2), ("Germany", 2), ("Netherlands", 1),
                 ("Spain", 1), ("Channel Islands", 2), ("USA", 1), ("Australia", 1)]


def _wchoice(rng, pairs):
    return rng.choices([a for a, _ in pairs], [b for _, b in pairs])[0]


def _gamma_gap(rng, mean, shape):
    return rng.gammavariate(shape, mean / shape)


def _sample_day(rng, profile, growth=0.0):
    """Random day index with density ~ profile weight x linear growth trend."""
    w, cum = CLOCKS[profile]
    while True:
        d = _day_at(cum, rng.random() * cum[-1])
        if d is None:
            continue
        if rng.random() < (1 + growth * d / N_DAYS) / (1 + growth):
            return d


class Cust:
    __slots__ = ("kind", "profile", "country", "pre", "reg", "cid", "prefs", "core",
                 "lines_med", "qscale", "orders")


def _prefs(rng, kind):
    conc = 0.6 if kind != "retail" else 0.35
    g = {c: rng.gammavariate(conc * CAT_SHARE[c] * 10, 1.0) + 1e-6 for c in CATS}
    if kind == "xmas":
        g["xmas"] += 4.0 * sum(g.values())
    if kind == "market":
        g["party"] *= 1.5
        g["bagstoys"] *= 1.5
    tot = sum(g.values())
    return [(c, g[c] / tot) for c in CATS]


def _trade_schedule(rng, c, first_day, new):
    """Order days (with basket-size multipliers) for one trade customer."""
    _, gmed, gsig, shp, _, _, pdrop, pfirst = TRADE_KINDS[c.kind]
    mean_gap = gmed * math.exp(rng.gauss(0, gsig)) * (1.15 if new else 1.0)
    shape = rng.uniform(*shp)
    pdrop *= math.exp(rng.gauss(0, 0.5))
    prof = c.profile
    out = []
    d = first_day
    n = 0
    fade = (not new) and rng.random() < 0.09  # already drifting away when the log starts
    fade_left = rng.randint(1, 2) if fade else 0
    while d is not None:
        out.append((d, 0.6 if fade else 1.0))
        n += 1
        if fade:
            if fade_left <= 0:
                # gone; occasionally won back months later
                if rng.random() < 0.07:
                    d = _after_real(prof, d, rng.uniform(100, 260))
                    fade = False
                    continue
                break
            fade_left -= 1
            d = _after(prof, d, _gamma_gap(rng, mean_gap, shape) * rng.uniform(1.6, 3.0))
            continue
        p = pfirst if (new and n == 1) else (0.15 if (new and n == 2) else pdrop)
        if rng.random() < p:
            if rng.random() < 0.45 and not (new and n == 1):
                fade = True
                fade_left = rng.randint(0, 1)
                d = _after(prof, d, _gamma_gap(rng, mean_gap, shape) * rng.uniform(1.6, 3.0))
                continue
            if rng.random() < 0.07:
                d = _after_real(prof, d, rng.uniform(100, 260))
                continue
            break
        g = _gamma_gap(rng, mean_gap, shape)
        if rng.random() < 0.025:  # refit, cash-flow squeeze, owner away: a long pause
            nd = _after_real(prof, d, rng.uniform(45, 150))
            d = None if nd is None else _after(prof, nd, g * 0.3)
        else:
            d = _after(prof, d, g)
    return out


def _retail_schedule(rng, c, first_day, loyal):
    out = []
    d = first_day
    r = rng.betavariate(2.0, 2.2) if loyal else rng.betavariate(1.0, 2.6)
    k = 0
    while d is not None:
        out.append((d, 1.0))
        k += 1
        if rng.random() >= min(0.9, r + 0.12 * (k - 1)):
            break
        if rng.random() < 0.3:
            d = _after_real("retail", d, 1 + rng.expovariate(1 / 20.0))
        else:
            d = _after("retail", d, _gamma_gap(rng, 115, 1.4))
    return out


# ---------------------------------------------------------------- baskets

def _lines_n(rng, med, mult=1.0):
    return max(1, min(90, int(round(med * mult * math.exp(rng.gauss(0, 0.6))))))


def _season(cat, day, trade):
    tab = CAT_SEASON_TRADE if trade else CAT_SEASON_RETAIL
    return _interp_month(tab[cat], DAYS[day])


def _basket(rng, picker, day, prefs, trade, n_lines, core):
    cats = [c for c, _ in prefs]
    wts = [w * (_season(c, day, trade) + 0.01) for c, w in prefs]
    chosen = []
    seen = set()
    if core:
        for i in core:
            if len(chosen) >= n_lines:
                break
            if picker.live(i, day) and rng.random() < 0.4 * min(1.0, _season(picker.prods[i].cat, day, trade)):
                chosen.append(i)
                seen.add(i)
    tries = 0
    while len(chosen) < n_lines and tries < n_lines * 4:
        tries += 1
        cat = rng.choices(cats, wts)[0]
        i = picker.draw(rng, day, cat)
        if i is None or i in seen:
            continue
        seen.add(i)
        chosen.append(i)
    rng.shuffle(chosen)
    return chosen


def _unit_price(p, day, qty):
    base = p.price1 if DAYS[day] >= PRICE_RISE else p.price0
    if qty >= 100:
        base = base * 0.82
    elif qty >= 48 and base > 0.5:
        base = base * 0.9
    return round(base, 2)


def _trade_qty(rng, p, qscale):
    k = rng.choices([1, 2, 3, 4, 6, 10], [55, 25, 8, 7, 3, 2])[0]
    q = p.pack * k
    if qscale > 1 and rng.random() < (qscale - 1):
        q *= 2
    if p.pack >= 12 and rng.random() < 0.08:
        q = p.pack // 2 if p.pack % 2 == 0 else p.pack
    return q


def _retail_qty(rng, p):
    q = rng.choices([1, 2, 3, 4, 6, 12], [62, 20, 7, 5, 4, 2])[0]
    if p.pack >= 24 and rng.random() < 0.2:
        q = 12
    return q


def _minute(rng, trade):
    if trade:
        h = rng.choices(range(7, 20), [2, 8, 14, 16, 15, 12, 12, 10, 7, 3, 1, 0.5, 0.3])[0]
    else:
        h = rng.choices(range(6, 24), [1, 3, 5, 7, 8, 8, 9, 8, 7, 7, 7, 8, 9, 10, 10, 8, 5, 2])[0]
    return h * 60 + rng.randint(0, 59)


# ---------------------------------------------------------------- main generator

def write(seed: int, path: str) -> None:
    rng = random.Random(seed)
    prods = _make_catalogue(rng)
    picker = Picker(prods)
    popular = sorted(range(len(prods)), key=lambda i: -prods[i].pop)

    custs = []
    # --- trade
    kinds = list(TRADE_KINDS)
    kw = [TRADE_KINDS[k][0] for k in kinds]
    n_pre_trade = int(640 * rng.uniform(0.92, 1.08))
    n_new_trade = int(720 * rng.uniform(0.9, 1.1))
    for j in range(n_pre_trade + n_new_trade):
        new = j >= n_pre_trade
        c = Cust()
        c.kind = rng.choices(kinds, kw)[0]
        c.profile = c.kind if c.kind in ("market", "reseller", "abroad", "xmas") else "giftshop"
        c.country = _wchoice(rng, ABROAD) if c.kind == "abroad" else (
            "United Kingdom" if rng.random() > 0.03 else _wchoice(rng, ABROAD))
        c.pre = not new
        c.prefs = _prefs(rng, c.kind)
        c.lines_med = TRADE_KINDS[c.kind][4] * math.exp(rng.gauss(0, 0.35))
        c.qscale = TRADE_KINDS[c.kind][5]
        c.core = []
        if new:
            # new accounts: after trade fairs (Feb, Sep) plus a steady trickle, growing
            u = rng.random()
            if u < 0.18:
                first = (date(2023, 2, 8) - START).days + int(rng.expovariate(1 / 14.0))
            elif u < 0.36:
                first = (date(2023, 9, 6) - START).days + int(rng.expovariate(1 / 14.0))
            else:
                first = _sample_day(rng, c.profile, growth=0.4)
            first = _after_real(c.profile, first, 0) if first < N_DAYS else None
            c.reg = first if first is not None else N_DAYS
            if first is None:
                c.orders = []
            else:
                c.orders = _trade_schedule(rng, c, first, True)
        else:
            c.reg = -rng.randint(20, 2500)
            mg = TRADE_KINDS[c.kind][1]
            first = _after(c.profile, -1, rng.random() * mg * 1.6)
            c.orders = _trade_schedule(rng, c, first, False) if first is not None else []
        custs.append(c)
    # --- retail
    n_pre_ret = int(380 * rng.uniform(0.9, 1.1))
    n_new_ret = int(2350 * rng.uniform(0.92, 1.08))
    for j in range(n_pre_ret + n_new_ret):
        new = j >= n_pre_ret
        c = Cust()
        c.kind = "retail"
        c.profile = "retail"
        c.country = "United Kingdom" if rng.random() > 0.06 else _wchoice(rng, RETAIL_ABROAD)
        c.pre = not new
        c.prefs = _prefs(rng, "retail")
        c.lines_med = 4.5 * math.exp(rng.gauss(0, 0.4))
        c.qscale = 1.0
        c.core = []
        first = _sample_day(rng, "retail", growth=0.35 if new else -0.5)
        c.reg = first if new else -rng.randint(20, 1500)
        c.orders = _retail_schedule(rng, c, first, loyal=not new)
        custs.append(c)

    # customer ids in registration order (gaps: accounts that never ordered / were merged)
    order_idx = sorted(range(len(custs)), key=lambda i: (custs[i].reg, rng.random()))
    cid = 12345
    for i in order_idx:
        cid += 1 if rng.random() < 0.85 else rng.randint(2, 5)
        custs[i].cid = str(cid)

    # --- build invoices: (day, minute, is_cancel, customer, country, lines[(code, desc, qty, price)])
    invoices = []

    def add_cancel(day, minute, cust_id, country, lines, trade):
        p_cancel = 0.045 if trade else 0.02
        if rng.random() >= p_cancel:
            return
        if rng.random() < 0.25:  # whole order cancelled straight away
            cl = [(a, b, -q, pr) for a, b, q, pr in lines]
            m2 = min(23 * 60 + 59, minute + rng.randint(2, 150))
            invoices.append((day, m2, True, cust_id, country, cl))
            return
        k = min(len(lines), rng.choices([1, 1, 1, 2, 3], k=1)[0])
        sel = rng.sample(lines, k)
        cl = []
        for a, b, q, pr in sel:
            if a == "POST":
                continue
            rq = q if (q <= 2 or rng.random() < 0.6) else max(1, int(q * rng.uniform(0.2, 0.8)))
            cl.append((a, b, -rq, pr))
        if not cl:
            return
        delay = rng.choice([0, 1, 1, 2, 3]) if rng.random() < 0.6 else rng.randint(4, 35)
        d2 = day + delay
        if d2 >= N_DAYS:
            return
        m2 = min(23 * 60 + 59, minute + rng.randint(5, 240)) if delay == 0 else _minute(rng, True)
        invoices.append((d2, m2, True, cust_id, country, cl))

    for c in custs:
        trade = c.kind != "retail"
        if trade and not c.core:
            c.core = [popular[min(len(popular) - 1, int(rng.expovariate(1 / 250.0)))]
                      for _ in range(rng.randint(10, 40))]
            c.core = list(dict.fromkeys(c.core))
        for day, mult in c.orders:
            n = _lines_n(rng, c.lines_med, mult)
            picks = _basket(rng, picker, day, c.prefs, trade, n, c.core if trade else None)
            if not picks:
                continue
            lines = []
            for i in picks:
                p = prods[i]
                if trade:
                    q = _trade_qty(rng, p, c.qscale)
                    if mult < 1 and q > p.pack and rng.random() < 0.5:
                        q = p.pack
                else:
                    q = _retail_qty(rng, p)
                lines.append((p.code, p.desc, q, _unit_price(p, day, q)))
            if trade:
                # core range drifts: some of this order's items become regulars
                for i in picks[:3]:
                    if rng.random() < 0.25 and i not in c.core:
                        c.core.append(i)
                        if len(c.core) > 45:
                            c.core.pop(0)
                if c.country != "United Kingdom":
                    far = c.country in ("Australia", "USA", "Japan")
                    lines.append(("POST", "POSTAGE", rng.choice([1, 1, 1, 2, 3]),
                                  40.0 if far else 18.0))
                if rng.random() < 0.006:
                    lines.append(("M", "MANUAL", 1, round(rng.uniform(0.5, 60), 2)))
            minute = _minute(rng, trade)
            invoices.append((day, minute, False, c.cid, c.country, lines))
            add_cancel(day, minute, c.cid, c.country, lines, trade)

    # --- guest checkouts (no customer id)
    gw, gcum = CLOCKS["retail"]
    rate = 17.0 * rng.uniform(0.9, 1.1)  # guest orders per average day
    for day in range(N_DAYS):
        lam = rate * gw[day] * (1 + 0.3 * day / N_DAYS)
        # Poisson draw by inversion
        k, p, s, u = 0, math.exp(-lam), math.exp(-lam), rng.random()
        while u > s and k < 500:
            k += 1
            p *= lam / k
            s += p
        for _ in range(k):
            prefs = _prefs(rng, "retail")
            n = _lines_n(rng, 5.5)
            picks = _basket(rng, picker, day, prefs, False, n, None)
            if not picks:
                continue
            lines = []
            for i in picks:
                q = _retail_qty(rng, prods[i])
                lines.append((prods[i].code, prods[i].desc, q, _unit_price(prods[i], day, q)))
            country = "United Kingdom" if rng.random() > 0.05 else _wchoice(rng, RETAIL_ABROAD)
            minute = _minute(rng, False)
            invoices.append((day, minute, False, "", country, lines))
            if rng.random() < 0.01:
                d2 = day + rng.randint(0, 10)
                if d2 < N_DAYS:
                    a, b, q, pr = rng.choice(lines)
                    invoices.append((d2, _minute(rng, False), True, "", country, [(a, b, -q, pr)]))

    invoices.sort(key=lambda r: (r[0], r[1], r[3], r[2]))
    inv_no = 536200 + rng.randint(0, 300)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["invoice", "stock_code", "description", "quantity", "invoice_date",
                    "unit_price", "customer_id", "country"])
        for day, minute, canc, cust_id, country, lines in invoices:
            inv_no += 1
            inv = ("C" if canc else "") + str(inv_no)
            ts = "%s %02d:%02d" % (DAYS[day].isoformat(), minute // 60, minute % 60)
            for a, b, q, pr in lines:
                w.writerow([inv, a, b, q, ts, "%.2f" % pr, cust_id, country])


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
