"""A North American online craft-supplies shop: twelve months of orders as a Shopify export.

The shop ("Maple & Moss Craft Supply", a made-up name) sells yarn, fabric, beads and
card-making supplies from a warehouse in Ontario to the United States and Canada.  The
log runs from 1 September 2023 to 31 August 2024; the shop is several years old, so
many customers predate the log and order numbers do not start at #1001.

Who buys, and how (the behaviour this file assumes, written before any detector is run):

* Established hobbyists (predate the log).  Each has a hobby (yarn, fabric, beads,
  cards), a personal pace between about one and fifteen orders a year, and buys in
  bursts (projects) rather than on a clock.  Yarn follows the knitting season (high
  September-February, low May-July, picking up in August); card-making peaks before
  Christmas; beads and fabric are flatter.  About a fifth drop the hobby or drift to
  another shop within a year; knitters drop mostly in spring, card-makers after the
  holidays.  Some pause for a few months (a move, a baby, summer) and come back.
* New hobbyists found through search or social media arrive all year, more in autumn
  and in January.  Many buy once; some buy for a month or three and give up; about a
  third stay.
* Promotion shoppers.  Black Friday / Cyber Monday, Boxing Week, the January "new year,
  new hobby" sale, a spring sale, Mother's Day, Christmas in July and the August
  back-to-knitting sale bring many first-time buyers.  Most never buy again or only at
  the next big sale; January beginners often give the hobby up within weeks.  A pool
  of lapsed pre-log customers wakes up only for sales.
* Holiday gift buyers buy a kit or a gift card for a crafty relative in late
  November or December, once; a few do it every year (so they look lost in spring).
* Etsy sellers restock at their own rhythm (every two to ten weeks, fairly regular),
  buy hard in October-November for the holiday market, slow down in January and
  February.  Some close their shop, most often in the first quarter after a
  disappointing season; some move to another supplier, ordering less and smaller
  for a month or three before they stop.  About 40% have a wholesale account (tag
  "wholesale", no sales tax).
* Craft teachers (schools, community centres, after-school clubs) buy at the start of
  each term (late August/September, early January, spring session, summer camp) and
  sometimes top up mid-term; a few retire or lose their programme at the end of a term.
  Orders tagged "educator", usually with the TEACHER15 code.
* Local craft and yarn stores buy wholesale every month or two ("wholesale, net30"),
  heavy before the holiday season and light in January; one or two close or switch.

Export format: one row per order (Shopify's own export repeats the order on one row per
line item; this one is already collapsed), newest order first as Shopify lists it,
UTF-8 with a header row.  Columns: Name (#order number), Email (identifies the
customer; lower case), Financial Status (paid, refunded, partially_refunded, voided),
Paid at, Fulfillment Status, Fulfilled at, Accepts Marketing, Currency (USD for all
orders, Canadians included), Subtotal (after discounts), Shipping, Taxes, Total,
Discount Code, Discount Amount, Shipping Method, Created at (shop time, America/Toronto,
e.g. "2023-09-14 10:22:31 -0400"), Refunded Amount, Tags, Payment Method, Billing Name,
Billing Province (state or province code), Billing Country.  A voided order is a
failed or cancelled payment and is usually followed minutes later by the same
customer's successful order.

`CUTS` are three dates at which a detector can be asked "who is lost?"; each has more
than three months of log after it.  `write(seed, path)` is deterministic per seed and
uses only the standard library.
"""
from __future__ import annotations

import csv
import math
import random
import sys
from datetime import date, datetime, timedelta

LOG_START = date(2023, 9, 1)
LOG_END = date(2024, 8, 31)
NDAYS = (LOG_END - LOG_START).days + 1
CUTS = (date(2024, 2, 1), date(2024, 3, 8), date(2024, 4, 12))

COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total",
    "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Refunded Amount",
    "Tags", "Payment Method", "Billing Name", "Billing Province", "Billing Country",
]


def _d(y: int, m: int, dd: int) -> int:
    """Day index inside the log of a calendar date."""
    return (date(y, m, dd) - LOG_START).days


DAY_DATES = [LOG_START + timedelta(days=i) for i in range(NDAYS)]
DAY_MONTH = [x.month for x in DAY_DATES]

# Month multipliers of the buying pace; 1.0 is the customer's average month.
SEASON = {
    "yarn": {9: 1.25, 10: 1.5, 11: 1.55, 12: 1.2, 1: 1.4, 2: 1.2, 3: 0.9, 4: 0.65, 5: 0.5, 6: 0.4, 7: 0.42, 8: 0.75},
    "fabric": {9: 1.1, 10: 1.15, 11: 1.2, 12: 0.95, 1: 1.2, 2: 1.1, 3: 1.05, 4: 0.95, 5: 0.85, 6: 0.8, 7: 0.8, 8: 0.9},
    "beads": {9: 0.9, 10: 1.1, 11: 1.3, 12: 1.05, 1: 0.8, 2: 1.05, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.0, 7: 0.9, 8: 0.9},
    "cards": {9: 0.8, 10: 1.4, 11: 1.8, 12: 1.25, 1: 0.7, 2: 1.1, 3: 0.8, 4: 0.85, 5: 0.9, 6: 0.75, 7: 0.6, 8: 0.65},
    "seller": {9: 1.15, 10: 1.45, 11: 1.45, 12: 0.8, 1: 0.5, 2: 0.65, 3: 0.85, 4: 0.95, 5: 0.95, 6: 0.85, 7: 0.85, 8: 1.05},
    "store": {9: 1.3, 10: 1.35, 11: 1.15, 12: 0.55, 1: 0.55, 2: 0.85, 3: 1.0, 4: 1.0, 5: 0.95, 6: 0.85, 7: 0.9, 8: 1.3},
}
SEASON_DAY = {k: [v[m] for m in DAY_MONTH] for k, v in SEASON.items()}
# Etsy sellers: the first half of December is still busy, the second half is dead.
for _i, _dt in enumerate(DAY_DATES):
    if _dt.month == 12:
        SEASON_DAY["seller"][_i] = 1.25 if _dt.day <= 12 else 0.3

# Sales: (first day, last day, code, pull on existing customers, weight as a trigger
# for promotion-only shoppers).
PROMOS = [
    (_d(2023, 9, 1), _d(2023, 9, 4), "LABORDAY15", 1.5, 0.3),
    (_d(2023, 11, 22), _d(2023, 11, 27), "BFCM25", 2.6, 1.0),
    (_d(2023, 12, 26), _d(2023, 12, 31), "BOXING20", 1.5, 0.25),
    (_d(2024, 1, 2), _d(2024, 1, 14), "NEWHOBBY24", 1.5, 0.35),
    (_d(2024, 3, 15), _d(2024, 3, 24), "SPRING15", 1.5, 0.35),
    (_d(2024, 5, 1), _d(2024, 5, 10), "MOM15", 1.2, 0.2),
    (_d(2024, 7, 17), _d(2024, 7, 24), "XMASINJULY", 1.7, 0.5),
    (_d(2024, 8, 19), _d(2024, 8, 31), "KNITSEASON", 1.5, 0.4),
]
PROMO_CODE = [""] * NDAYS
PROMO_PULL = [1.0] * NDAYS
for _a, _b, _code, _pull, _w in PROMOS:
    for _i in range(_a, _b + 1):
        PROMO_CODE[_i] = _code
        PROMO_PULL[_i] = _pull
PERCENT = {"LABORDAY15": 15, "BFCM25": 25, "BOXING20": 20, "NEWHOBBY24": 20, "SPRING15": 15, "MOM15": 15,
           "XMASINJULY": 20, "KNITSEASON": 15, "WELCOME10": 10, "TEACHER15": 15, "YARNLOVE10": 10,
           "CARDCLUB10": 10, "BEADBOX15": 15}
INFLUENCER = {"yarn": "YARNLOVE10", "cards": "CARDCLUB10", "beads": "BEADBOX15", "fabric": "YARNLOVE10"}

US = [  # state, weight (population, millions), approximate combined sales-tax rate %
    ("CA", 39, 8.8), ("TX", 30, 8.2), ("FL", 22, 7.0), ("NY", 19.6, 8.5), ("PA", 13, 6.3), ("IL", 12.5, 8.8),
    ("OH", 11.8, 7.2), ("GA", 11, 7.4), ("NC", 10.7, 7.0), ("MI", 10, 6.0), ("NJ", 9.3, 6.6), ("VA", 8.7, 5.8),
    ("WA", 7.8, 9.4), ("AZ", 7.4, 8.4), ("TN", 7.1, 9.55), ("MA", 7.0, 6.25), ("IN", 6.8, 7.0), ("MO", 6.2, 8.3),
    ("MD", 6.2, 6.0), ("WI", 5.9, 5.7), ("CO", 5.8, 7.8), ("MN", 5.7, 7.5), ("SC", 5.3, 7.5), ("AL", 5.1, 9.2),
    ("LA", 4.6, 9.5), ("KY", 4.5, 6.0), ("OR", 4.2, 0.0), ("OK", 4.0, 9.0), ("CT", 3.6, 6.35), ("UT", 3.4, 7.2),
    ("IA", 3.2, 6.9), ("NV", 3.2, 8.2), ("AR", 3.0, 9.4), ("MS", 2.9, 7.1), ("KS", 2.9, 8.7), ("NM", 2.1, 7.6),
    ("NE", 2.0, 6.9), ("ID", 1.9, 6.0), ("WV", 1.8, 6.5), ("HI", 1.4, 4.4), ("NH", 1.4, 0.0), ("ME", 1.4, 5.5),
    ("MT", 1.1, 0.0), ("RI", 1.1, 7.0), ("DE", 1.0, 0.0), ("SD", 0.9, 6.4), ("ND", 0.8, 7.0), ("AK", 0.7, 1.8),
    ("VT", 0.65, 6.2), ("WY", 0.6, 5.4), ("DC", 0.7, 6.0),
]
CA = [  # the shop is in Ontario, so Ontario is over-represented
    ("ON", 30, 13.0), ("QC", 8, 14.975), ("BC", 8, 12.0), ("AB", 6, 5.0), ("MB", 2, 12.0), ("SK", 1.6, 11.0),
    ("NS", 2, 15.0), ("NB", 1.2, 15.0), ("NL", 0.7, 15.0), ("PE", 0.3, 15.0),
]
FIRST = ("Jennifer Sarah Emily Jessica Ashley Amanda Melissa Nicole Stephanie Heather Elizabeth Rebecca Laura "
         "Rachel Megan Lauren Amy Katherine Michelle Kimberly Lisa Karen Susan Linda Patricia Barbara Nancy Donna "
         "Deborah Carol Sandra Margaret Ruth Janet Diane Julie Christine Catherine Anne Marie Chloe Olivia Emma Ava "
         "Sophie Hannah Abigail Madison Grace Natalie Hailey Brianna Isabelle Maya Priya Mei Yuki Carmen Lucia "
         "Gabriela Fatima Aisha Nadia Ingrid Brigitte Genevieve Josee Mathilde Michael David James Robert John "
         "Daniel Mark Paul Kevin Brian Jason Tom Alex Sam Jordan Taylor Morgan").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson "
        "Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young "
        "Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell "
        "Carter Roberts Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan "
        "Peterson Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James "
        "Hughes Price Sanders Myers Long Ross Foster Tremblay Gagnon Roy Cote Bouchard Gauthier Morin Lavoie "
        "Fortin Gagne Ouellet Pelletier Belanger MacDonald Fraser Campbell Kowalski Nowak Schmidt Muller Patel "
        "Shah Kim Park Chen Wang Singh Yamamoto Sato Olsen Larsen Johansson").split()
US_MAIL = [("gmail.com", 46), ("yahoo.com", 11), ("hotmail.com", 6), ("outlook.com", 6), ("icloud.com", 9),
           ("aol.com", 4), ("comcast.net", 3), ("att.net", 2), ("verizon.net", 1), ("me.com", 2),
           ("protonmail.com", 1), ("sbcglobal.net", 1), ("msn.com", 1)]
CA_MAIL = [("gmail.com", 45), ("hotmail.com", 10), ("outlook.com", 6), ("yahoo.ca", 6), ("icloud.com", 8),
           ("rogers.com", 6), ("shaw.ca", 4), ("sympatico.ca", 4), ("videotron.ca", 2), ("bell.net", 3),
           ("telus.net", 2)]
SHOP_A = ("little cozy wild rustic happy velvet moss maple salt golden bramble willow indigo lark fern honey "
          "prairie harbor cedar juniper clover sparrow thistle plum").split()
SHOP_B = ("stitch loom bead knot thread paper purl spindle button studio crafts makery designs yarnworks "
          "atelier fibers quilts jewels cardco press").split()
TOWNS = ("Millbrook Hudson Stratford Oakville Guelph Burlington Ashland Bayfield Lakewood Fairview Salem "
         "Brookside Kingston Perth Dunedin Asheville Bozeman Duluth Sedona Bend Missoula Nelson Canmore "
         "Collingwood Wolfville Lunenburg Galena Marfa Ithaca Montpelier").split()

# Retail item prices by department (USD).  Wholesale pays about half.
ITEMS = {
    "yarn": [4.99, 6.49, 7.99, 8.99, 9.99, 12.49, 14.99, 18.99, 24.99, 3.49, 5.99],
    "fabric": [3.49, 4.99, 11.99, 13.49, 15.99, 29.99, 44.99, 5.99, 8.49, 19.99],
    "beads": [2.49, 3.99, 5.49, 7.99, 11.99, 4.49, 14.99, 6.99, 9.49],
    "cards": [6.99, 9.99, 14.99, 17.99, 7.49, 19.99, 24.99, 4.99, 12.99],
    "gift": [29.99, 39.99, 49.99, 64.99, 24.99, 34.99],
}


class Shop:
    """Holds the random stream, the customers and the orders of one simulated year."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_emails: dict[str, int] = {}
        self.customers: list[dict] = []
        self.orders: list[dict] = []  # each: cust, day, kind, (optional) code

    # ---------- people ----------
    def _pick(self, pairs):
        r = self.rng.random() * sum(w for _, w in pairs)
        for v, w in pairs:
            r -= w
            if r <= 0:
                return v
        return pairs[-1][0]

    def _place(self):
        if self.rng.random() < 0.17:
            prov, rate = self._pick([((p, t), w) for p, w, t in CA])
            return "CA", prov, rate
        prov, rate = self._pick([((p, t), w) for p, w, t in US])
        return "US", prov, rate

    def _unique(self, email: str) -> str:
        if email not in self.used_emails:
            self.used_emails[email] = 1
            return email
        n = self.used_emails[email] + 1
        self.used_emails[email] = n
        user, dom = email.split("@")
        return self._unique(f"{user}{n}{self.rng.randint(1, 99)}@{dom}")

    def _person_email(self, first: str, last: str, country: str) -> str:
        r = self.rng
        f, l = first.lower(), last.lower()
        form = r.random()
        if form < 0.3:
            user = f"{f}.{l}"
        elif form < 0.5:
            user = f"{f}{l}"
        elif form < 0.65:
            user = f"{f[0]}{l}"
        elif form < 0.82:
            user = f"{f}{l}{r.randint(1, 99)}"
        elif form < 0.9:
            user = f"{f}_{l}{r.choice(['', str(r.randint(60, 99))])}"
        else:
            user = f"{l}{f[0]}{r.randint(1, 9999)}"
        return self._unique(f"{user}@{self._pick(CA_MAIL if country == 'CA' else US_MAIL)}")

    def customer(self, kind: str, **kw) -> dict:
        r = self.rng
        country, prov, tax = self._place()
        first, last = r.choice(FIRST), r.choice(LAST)
        if kind in ("seller", "store"):
            a, b = r.choice(SHOP_A), r.choice(SHOP_B)
            if kind == "store":
                town = r.choice(TOWNS).lower()
                email = self._unique(f"{r.choice(['info', 'orders', 'buying', 'hello'])}@{town}{r.choice(['yarn', 'craft', 'fabric', 'quilt'])}{r.choice(['shop', 'co', 'supply', 'house'])}.com")
            elif r.random() < 0.45:
                email = self._unique(f"{r.choice(['hello', 'orders', 'shop', f'{first.lower()}'])}@{a}{b}.com")
            else:
                email = self._unique(f"{a}{b}{r.choice(['', 'shop', 'co', 'studio'])}@{r.choice(['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com'])}")
        elif kind == "teacher" and r.random() < 0.35:
            dom = f"{r.choice(TOWNS).lower()}{r.choice(['schools.org', 'sd.org', 'k12.us', 'rec.ca', 'artscentre.ca'])}"
            email = self._unique(f"{first[0].lower()}{last.lower()}@{dom}")
        else:
            email = self._person_email(first, last, country)
        c = {"kind": kind, "email": email, "name": f"{first} {last}", "country": country, "prov": prov,
             "tax": tax, "marketing": "yes" if r.random() < kw.pop("marketing", 0.55) else "no"}
        c.update(kw)
        self.customers.append(c)
        return c

    # ---------- processes ----------
    def renewal(self, start: int, end: int, per_day: float, pace: list, shape: float, phase: bool,
                windows=()) -> list:
        """Order days of a renewal process whose clock runs at per_day * pace[day].

        Gamma gaps with `shape` (1 = memoryless, 4 = fairly regular restocking); `phase`
        starts part-way through a gap, for customers who predate the log; `windows` are
        (first day, last day, factor) changes of pace such as a pause or a taper."""
        r = self.rng
        rate = [per_day * p for p in pace]
        for a, b, f in windows:
            for i in range(max(a, 0), min(b, NDAYS - 1) + 1):
                rate[i] *= f
        if phase:  # stationary residual gap: a length-biased gap, cut at a uniform point
            need = r.gammavariate(shape + 1, 1.0 / shape) * r.random()
        else:
            need = r.gammavariate(shape, 1.0 / shape)
        acc, out = 0.0, []
        for i in range(max(start, 0), min(end, NDAYS)):
            acc += rate[i]
            if acc >= need:
                out.append(i)
                acc = 0.0
                need = r.gammavariate(shape, 1.0 / shape)
        return out

    def hazard_stop(self, start: int, per_day: list) -> int:
        """First day the customer is gone, from a daily hazard; NDAYS+ if never in the log."""
        e = self.rng.expovariate(1.0)
        h = 0.0
        for i in range(max(start, 0), NDAYS):
            h += per_day[i]
            if h >= e:
                return i
        return NDAYS + 1

    def add(self, c: dict, days, kind: str, code: str = "") -> None:
        for d in days:
            if 0 <= d < NDAYS:
                self.orders.append({"c": c, "day": d, "kind": kind, "code": code})

    # ---------- segments ----------
    def hobbyist(self, start: int, prelog: bool, commit: str, hobby: str | None = None,
                 first_code: str = "", marketing: float = 0.55) -> dict:
        """A retail hobbyist; `commit` is one of 'once', 'short', 'stay'."""
        r = self.rng
        hobby = hobby or self._pick([("yarn", 40), ("fabric", 22), ("beads", 18), ("cards", 20)])
        yearly = math.exp(r.gauss(math.log(5.0 if prelog else 4.5), 0.75))
        c = self.customer("hobby", hobby=hobby, marketing=marketing)
        if not prelog:
            self.add(c, [start], hobby, first_code or ("WELCOME10" if r.random() < 0.22 else ""))
        if commit == "once":
            return c
        pace = SEASON_DAY[hobby]
        sens = r.uniform(0.2, 1.0)
        pace = [p * (1 + sens * (q - 1)) for p, q in zip(pace, PROMO_PULL)]
        windows = []
        if commit == "short":
            end = start + 3 + int(r.expovariate(1 / 45.0))
            yearly *= r.uniform(1.5, 3.0)  # a beginner buys a lot while it lasts
        else:
            base = 0.22 if yearly > 3 else 0.32
            daily = -math.log(1 - base) / 365
            mult = {"yarn": {3: 2.0, 4: 2.2, 5: 1.8, 6: 1.2}, "cards": {1: 2.2, 2: 1.8}}.get(hobby, {})
            hz = [daily * mult.get(m, 0.8 if mult else 1.0) for m in DAY_MONTH]
            end = self.hazard_stop(start + 1, hz)
            if not prelog:
                windows.append((start, start + 60, 1.8))  # a new customer comes back for what they forgot
            if r.random() < 0.12 and start < NDAYS - 60:
                a = r.randint(start, NDAYS - 30)
                windows.append((a, a + r.randint(60, 180), 0.0))
        c["stop"] = end
        days = self.renewal(start + 1 if not prelog else 0, end, yearly / 365.0, pace, 1.5, prelog, windows)
        self.add(c, days, hobby)
        return c

    def promo_only(self, c: dict, after: int, resp: float) -> None:
        """Wakes up only for sales; unsubscribes now and then."""
        r = self.rng
        for a, b, code, _pull, w in PROMOS:
            if a <= after:
                continue
            if r.random() < 0.07:
                c["stop"] = a
                return
            if r.random() < min(0.95, resp * w):
                d = a + min(int(r.expovariate(0.6)), b - a)
                self.add(c, [d], c.get("hobby", "yarn"), code if r.random() < 0.8 else "")

    def seller(self, start: int, prelog: bool) -> None:
        r = self.rng
        wholesale = r.random() < 0.4
        hobby = self._pick([("yarn", 25), ("fabric", 20), ("beads", 30), ("cards", 25)])
        c = self.customer("seller", hobby=hobby, wholesale=wholesale, marketing=0.7)
        period = math.exp(r.gauss(math.log(35), 0.45))
        windows = []
        if r.random() < 0.3:  # summer markets off
            windows.append((_d(2024, 6, 10), _d(2024, 8, 5), 0.45))
        end = NDAYS + 1
        u = r.random()
        if u < (0.18 if prelog else 0.3):  # closes the shop
            if r.random() < 0.55:
                end = r.randint(_d(2024, 1, 2), _d(2024, 3, 31))
            else:
                end = r.randint(20, NDAYS - 1)
            end = max(end, start + 25)
        elif u < (0.30 if prelog else 0.40):  # moves to another supplier
            end = max(r.randint(40, NDAYS - 1), start + 60)
            taper = r.randint(30, 110)
            windows.append((end - taper, end, 0.45))
            c["taper"] = (end - taper, end)
        c["stop"] = end
        if not prelog:
            self.add(c, [start], hobby)
        days = self.renewal(start + 1 if not prelog else 0, end, 1.0 / period, SEASON_DAY["seller"], 3.5,
                            prelog, windows)
        self.add(c, days, "seller")

    def store(self, start: int, prelog: bool) -> None:
        r = self.rng
        c = self.customer("store", hobby=r.choice(["yarn", "fabric", "yarn", "beads"]), wholesale=True,
                          marketing=0.8)
        period = math.exp(r.gauss(math.log(42), 0.35))
        end, windows = NDAYS + 1, []
        u = r.random()
        if u < 0.06:
            end = r.randint(60, NDAYS - 1)
        elif u < 0.14:
            end = r.randint(60, NDAYS - 1)
            windows.append((end - 90, end, 0.5))
        c["stop"] = end
        if not prelog:
            self.add(c, [start], "store")
        self.add(c, self.renewal(start + 1 if not prelog else 0, end, 1.0 / period, SEASON_DAY["store"], 3.0,
                                 prelog, windows), "store")

    def teacher(self, start_term: int) -> None:
        r = self.rng
        c = self.customer("teacher", hobby=self._pick([("yarn", 30), ("beads", 25), ("cards", 30), ("fabric", 15)]),
                          exempt=r.random() < 0.3, marketing=0.6)
        terms = [  # (first buying day, last, probability of teaching that term)
            (_d(2023, 9, 1), _d(2023, 9, 20), 0.8),
            (_d(2023, 12, 27), _d(2024, 1, 19), 0.75),
            (_d(2024, 3, 18), _d(2024, 4, 15), 0.5),
            (_d(2024, 6, 1), _d(2024, 6, 24), 0.3),
            (_d(2024, 8, 8), _d(2024, 8, 31), 0.85),
        ]
        for k, (a, b, p) in enumerate(terms):
            if k < start_term:
                continue
            if k > start_term and r.random() < 0.09:  # retired, programme cut
                c["stop"] = a
                return
            if k == start_term or r.random() < p:
                main = r.randint(a, b)
                self.add(c, [main], "teacher", "TEACHER15" if r.random() < 0.7 else "")
                for _ in range(int(r.random() < 0.45) + int(r.random() < 0.15)):
                    self.add(c, [main + r.randint(12, 60)], "teacher", "TEACHER15" if r.random() < 0.5 else "")

    # ---------- the year ----------
    def arrivals(self, total: float, weights: list) -> list:
        """Arrival days for `total` expected new customers spread by day weights."""
        r = self.rng
        s = sum(weights)
        out = []
        for i, w in enumerate(weights):
            lam = total * w / s
            # Poisson by inversion (lam is small)
            k, p, u = 0, math.exp(-lam), r.random()
            cum = p
            while u > cum:
                k += 1
                p *= lam / k
                cum += p
            out.extend([i] * k)
        return out

    def run(self) -> None:
        r = self.rng
        scale = r.uniform(0.9, 1.1)  # seeds differ in shop size
        # established customers
        for _ in range(int(950 * scale)):
            self.hobbyist(0, True, "stay")
        for _ in range(int(130 * scale)):
            self.seller(0, True)
        for _ in range(int(36 * scale)):
            self.store(0, True)
        for _ in range(int(55 * scale)):
            self.teacher(0)
        # lapsed customers who open only the sale e-mails
        for _ in range(int(650 * scale)):
            c = self.customer("promo", hobby=self._pick([("yarn", 40), ("fabric", 22), ("beads", 18), ("cards", 20)]),
                              marketing=1.0)
            self.promo_only(c, -1, min(0.9, math.exp(r.gauss(math.log(0.22), 0.9))))
        # gift buyers who come every December
        for _ in range(int(170 * scale)):
            c = self.customer("gift", hobby="gift")
            if r.random() < 0.78:
                d = r.randint(_d(2023, 11, 20), _d(2023, 12, 20))
                self.add(c, [d] + ([d + r.randint(2, 15)] if r.random() < 0.18 else []), "gift",
                         PROMO_CODE[d] if r.random() < 0.7 else "")
        # organic newcomers, more in autumn and January
        org = {9: 1.3, 10: 1.3, 11: 1.2, 12: 0.9, 1: 1.4, 2: 1.0, 3: 0.95, 4: 0.8, 5: 0.75, 6: 0.65, 7: 0.7, 8: 1.0}
        for d in self.arrivals(780 * scale, [org[m] for m in DAY_MONTH]):
            u = r.random()
            self.hobbyist(d, False, "once" if u < 0.4 else "short" if u < 0.65 else "stay")
        # promotion newcomers
        promo_new = {"LABORDAY15": 70, "BFCM25": 520, "BOXING20": 100, "NEWHOBBY24": 380, "SPRING15": 140,
                     "MOM15": 70, "XMASINJULY": 190, "KNITSEASON": 140}
        for a, b, code, _pull, _w in PROMOS:
            w = [0.0] * NDAYS
            for i in range(a, b + 1):
                w[i] = 2.0 if i == a or i == b else 1.0
            for d in self.arrivals(promo_new[code] * scale, w):
                u = r.random()
                mix = (0.5, 0.82) if code == "NEWHOBBY24" else (0.62, 0.8)
                if u < mix[0]:
                    c = self.hobbyist(d, False, "once", first_code=code if r.random() < 0.85 else "", marketing=0.9)
                    self.promo_only(c, d, math.exp(r.gauss(math.log(0.15), 0.8)))
                elif u < mix[1]:
                    self.hobbyist(d, False, "short", first_code=code, marketing=0.9)
                else:
                    self.hobbyist(d, False, "stay", first_code=code, marketing=0.9)
        # one-off gift buyers
        gift_w = [0.0] * NDAYS
        for i in range(_d(2023, 11, 15), _d(2023, 12, 21)):
            gift_w[i] = 1.0
        for i in range(_d(2024, 4, 25), _d(2024, 5, 9)):
            gift_w[i] = 0.6
        for d in self.arrivals(360 * scale, gift_w):
            c = self.customer("gift", hobby="gift")
            self.add(c, [d], "gift", PROMO_CODE[d] if r.random() < 0.6 else "")
            if r.random() < 0.08:
                self.promo_only(c, d, 0.2)
        # new Etsy sellers, teachers and stores
        sw = {9: 1.6, 10: 1.5, 11: 1.0, 12: 0.4, 1: 0.7, 2: 0.9, 3: 1.0, 4: 1.0, 5: 1.0, 6: 0.9, 7: 0.9, 8: 1.2}
        for d in self.arrivals(75 * scale, [sw[m] for m in DAY_MONTH]):
            self.seller(d, False)
        for d in self.arrivals(5 * scale, [1.0] * NDAYS):
            self.store(d, False)
        for k, n in ((1, 6), (2, 4), (3, 3), (4, 7)):
            for _ in range(r.randint(n - 2, n + 2)):
                self.teacher(k)

    # ---------- rows ----------
    def _hour(self, kind: str, day: int) -> int:
        r = self.rng
        if kind in ("seller", "store", "teacher") and r.random() < 0.75:
            return r.choice([8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 17])
        if day == PROMOS[1][0] + 2 and r.random() < 0.25:  # Black Friday just after midnight
            return r.choice([0, 0, 1])
        return r.choice([7, 8, 9, 10, 11, 12, 12, 13, 13, 14, 15, 16, 17, 18, 19, 19, 20, 20, 20, 21, 21, 21, 22, 22,
                         23, 0, 1])

    def _basket(self, c: dict, kind: str) -> tuple:
        """(merchandise before discount, wholesale?) for one order."""
        r = self.rng
        wholesale = bool(c.get("wholesale"))
        dept = c.get("hobby", "yarn")
        if kind == "store":
            target, dept = math.exp(r.gauss(math.log(620), 0.5)), c["hobby"]
        elif kind == "seller":
            target = math.exp(r.gauss(math.log(300 if wholesale else 150), 0.55))
        elif kind == "teacher":
            target = math.exp(r.gauss(math.log(140), 0.6))
        elif kind == "gift":
            target, dept = math.exp(r.gauss(math.log(55), 0.45)), "gift"
        else:
            target = math.exp(r.gauss(math.log({"yarn": 55, "fabric": 60, "beads": 38, "cards": 40}.get(dept, 45)), 0.6))
        prices = ITEMS.get(dept, ITEMS["yarn"])
        total = 0.0
        while total < target:
            p = r.choice(prices)
            q = r.choice([1, 1, 1, 2, 2, 3, 4, 6]) if kind not in ("store", "seller") else r.choice([4, 6, 10, 12, 24])
            total += (round(p * 0.5, 2) if wholesale else p) * q
            if kind == "gift" and r.random() < 0.7:
                break
        return round(total, 2), wholesale

    def rows(self) -> list:
        r = self.rng
        self.orders.sort(key=lambda o: (o["day"], id(o) * 0))  # stable: keeps generation order within a day
        events = []
        seen: dict[int, int] = {}
        for o in self.orders:
            c = o["c"]
            cid = id(c)
            kind = o["kind"]
            dt = datetime.combine(DAY_DATES[o["day"]], datetime.min.time()) + timedelta(
                hours=self._hour(kind if kind in ("seller", "store", "teacher", "gift") else "hobby", o["day"]),
                minutes=r.randint(0, 59), seconds=r.randint(0, 59))
            nth = seen.get(cid, 0)
            seen[cid] = nth + 1
            code = o["code"]
            if not code and PROMO_CODE[o["day"]] and kind not in ("store",) and not c.get("wholesale") \
                    and r.random() < 0.55:
                code = PROMO_CODE[o["day"]]
            if not code and kind in ("yarn", "fabric", "beads", "cards") and r.random() < 0.03:
                code = INFLUENCER[kind]
            if c.get("wholesale") or kind == "store":
                code = ""
            merch, wholesale = self._basket(c, kind)
            if o["day"] in range(PROMOS[1][0], PROMOS[1][1] + 1):
                merch = round(merch * 1.3, 2)
            u = r.random()
            if u < 0.015:  # payment fails, customer tries again
                events.append((dt, c, kind, code, merch, wholesale, "voided"))
                if r.random() < 0.75:
                    events.append((dt + timedelta(minutes=r.randint(1, 40), seconds=r.randint(0, 59)),
                                   c, kind, code, merch, wholesale, "paid"))
                continue
            status = "refunded" if u < 0.035 else "partially_refunded" if u < 0.065 else "paid"
            events.append((dt, c, kind, code, merch, wholesale, status))
            if r.random() < 0.025 and kind not in ("store",):  # forgot something
                events.append((dt + timedelta(minutes=r.randint(8, 300)), c, kind, "", round(
                    r.choice(ITEMS.get(c.get("hobby"), ITEMS["yarn"])) * r.choice([1, 2]), 2), wholesale, "paid"))
        events.sort(key=lambda e: e[0])
        number = 1001 + int(r.uniform(11000, 16000))
        export_at = datetime(2024, 9, 1, 9, 30)
        out = []
        for dt, c, kind, code, merch, wholesale, status in events:
            disc = round(merch * PERCENT.get(code, 0) / 100.0, 2) if code else 0.0
            sub = round(merch - disc, 2)
            if wholesale:
                ship, method = (0.0, "Free Freight (wholesale $750+)") if sub >= 750 else (
                    round(12 + sub * 0.06, 2), "UPS Ground (wholesale)")
            elif c["country"] == "CA":
                ship, method = (0.0, "Free Canada Shipping ($120+)") if sub >= 120 else (14.95, "Canada Post Expedited")
            elif sub >= 59:
                ship, method = 0.0, "Free Shipping ($59+)"
            else:
                ship, method = (5.95 if sub < 25 else 7.95), "Standard Shipping"
            if c["country"] == "CA" and c["prov"] == "ON" and r.random() < 0.05 and not wholesale:
                ship, method = 0.0, "Local Pickup"
            exempt = wholesale or c.get("exempt")
            tax = 0.0 if exempt else round(sub * c["tax"] / 100.0, 2)
            total = round(sub + ship + tax, 2)
            created = f"{dt:%Y-%m-%d %H:%M:%S} {_offset(dt.date())}"
            paid_dt = dt + timedelta(seconds=r.randint(1, 20))
            paid = "" if status == "voided" else f"{paid_dt:%Y-%m-%d %H:%M:%S} {_offset(paid_dt.date())}"
            refunded = ""
            fulfilled_dt = datetime.combine(dt.date(), datetime.min.time()) + timedelta(
                days=r.choice([1, 1, 1, 2, 2, 3, 4]), hours=r.randint(9, 16), minutes=r.randint(0, 59))
            while fulfilled_dt.weekday() >= 5:  # the warehouse ships on weekdays
                fulfilled_dt += timedelta(days=1)
            fulfil = "fulfilled" if fulfilled_dt < export_at else "unfulfilled"
            if status == "voided":
                fulfil = "unfulfilled"
            elif status == "refunded":
                refunded = f"{total:.2f}"
                if r.random() < 0.5:
                    fulfil = "unfulfilled"
            elif status == "partially_refunded":
                refunded = f"{min(total, round(r.uniform(0.1, 0.5) * sub, 2)):.2f}"
            fulfilled = "" if fulfil == "unfulfilled" else f"{fulfilled_dt:%Y-%m-%d %H:%M:%S} {_offset(fulfilled_dt.date())}"
            tags = "wholesale, net30" if kind == "store" else "wholesale" if wholesale else \
                "educator" if kind == "teacher" else ""
            if kind == "store":
                pay = r.choice(["Manual", "Shopify Payments", "Manual"])
            else:
                pay = self._pick([("Shopify Payments", 70), ("PayPal Express Checkout", 22), ("Shop Pay Installments", 3),
                                  ("Gift Card", 2), ("Apple Pay", 3)])
            out.append({
                "Name": f"#{number}", "Email": c["email"], "Financial Status": status, "Paid at": paid,
                "Fulfillment Status": fulfil, "Fulfilled at": fulfilled, "Accepts Marketing": c["marketing"],
                "Currency": "USD", "Subtotal": f"{sub:.2f}", "Shipping": f"{ship:.2f}", "Taxes": f"{tax:.2f}",
                "Total": f"{total:.2f}", "Discount Code": code, "Discount Amount": f"{disc:.2f}",
                "Shipping Method": method, "Created at": created, "Refunded Amount": refunded, "Tags": tags,
                "Payment Method": pay, "Billing Name": c["name"], "Billing Province": c["prov"],
                "Billing Country": c["country"],
            })
            number += 1
        out.reverse()  # Shopify lists the newest order first
        return out


def _offset(d: date) -> str:
    """UTC offset of the shop's clock (Eastern time) on a date."""
    return "-0500" if date(2023, 11, 5) <= d < date(2024, 3, 10) else "-0400"


def write(seed: int, path: str) -> None:
    """Simulate the year for `seed` and write the order export as CSV to `path`."""
    shop = Shop(seed)
    shop.run()
    rows = shop.rows()
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python us_craft_supplies.py SEED OUT.csv")
    write(int(sys.argv[1]), sys.argv[2])
