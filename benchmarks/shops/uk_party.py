"""Synthetic order export of a UK online party-supplies & seasonal-decorations shop.

Shop: balloons, tableware, banners, Halloween / Christmas / Easter decorations,
wedding & birthday supplies. Sells to private customers ("Retail") and to trade
accounts (event planners, small card & gift shops, schools & nurseries).
History: orders 2024-01-01 .. 2025-01-31 (UK local time, exported in UTC).

Behavioural assumptions:
* Most private customers buy once, for one occasion (children's/adult birthday,
  wedding/hen, baby shower, Halloween, Christmas, NYE, Easter, Valentine's,
  Euro 2024, graduations ...); ~10 % of them come back later for another party.
* "Birthday families" order 1-3 weeks before each child's birthday (same dates
  every year, 1-3 kids), sometimes also for Halloween/Christmas; they skip some
  years and eventually lapse.  "Seasonal fans" buy every Halloween and/or
  Christmas (and sometimes Easter), occasionally with a top-up order.  A smaller
  group of "party hosts" orders a few times a year at random.
* Event planners order around their event calendar (wedding season May-Sep,
  corporate Christmas parties) and go quiet Nov-Feb; small shops restock for
  Valentine's/Easter and heavily Aug-Nov for Halloween & Christmas; schools
  order in term time only (Christmas, Easter, sports day, leavers).  Trade
  accounts close or switch supplier (exponential lifetimes).
* Many repeat customers were already buying before 2024 (their earlier orders
  are not in the file).  New-customer arrivals grow ~25 %/year and jump during
  marketing campaigns (January sales, Easter, summer, Halloween, Black Friday);
  campaigns also pull occasional extra orders from existing account holders.
  Strong Sep-Dec peak, January lull, weekday/evening ordering patterns.

Export format (one CSV, rows sorted by created_at):
  order_id, created_at (ISO 8601 UTC, e.g. 2024-10-05T14:03:11Z), customer_id,
  email, customer_group (Retail/Trade), customer_tags, row_type (order/refund),
  refund_of, financial_status, items, subtotal, discount_code, discount,
  shipping, total, vat_included, currency, shipping_country.
* customer_id is blank for guest checkouts; e-mail is always present and is the
  stable identifier of a person (guests reuse their e-mail; account holders
  occasionally check out as guest with the same e-mail).
* Refunds are SEPARATE rows: row_type="refund", order_id="<orig>-R<k>",
  refund_of=<orig order id>, created_at = when the refund was issued, negative
  total (full or partial).  The original order row keeps its positive total and
  its financial_status shows the state at export time: paid /
  partially_refunded / refunded.  Refunds issued after 2025-01-31 are absent.
"""
import csv
import math
import random
import sys
from datetime import date, datetime, timedelta

START = date(2024, 1, 1)
END = date(2025, 1, 31)
CUTS = (date(2024, 6, 1), date(2024, 8, 1), date(2024, 10, 1))

NDAYS = (END - START).days + 1
DAYS = [START + timedelta(i) for i in range(NDAYS)]

# --------------------------------------------------------------------------- #
# calendar helpers
# --------------------------------------------------------------------------- #
HALLOWEEN = date(2024, 10, 31)
XMAS = date(2024, 12, 25)
NYE = date(2024, 12, 31)
EASTER = date(2024, 3, 31)
VALENTINES = (date(2024, 2, 14), date(2025, 2, 14))
MOTHERS_DAY = date(2024, 3, 10)
FATHERS_DAY = date(2024, 6, 16)
DIWALI = date(2024, 11, 1)
EID = date(2024, 4, 10)
CNY = (date(2024, 2, 10), date(2025, 1, 29))
ST_PATRICK = date(2024, 3, 17)
BLACK_FRIDAY = date(2024, 11, 29)

# (start, end, code, percent, new-customer multiplier)
CAMPAIGNS = [
    (date(2024, 1, 2), date(2024, 1, 14), "JANSALE20", 20, 1.30),
    (date(2024, 3, 4), date(2024, 3, 17), "EASTER15", 15, 1.25),
    (date(2024, 6, 10), date(2024, 6, 30), "SUMMERPARTY", 10, 1.30),
    (date(2024, 9, 23), date(2024, 10, 6), "SPOOKY15", 15, 1.35),
    (date(2024, 11, 29), date(2024, 12, 2), "BF25", 25, 2.10),
    (date(2025, 1, 2), date(2025, 1, 14), "JANSALE20", 20, 1.30),
]

SCHOOL_HOLIDAYS = [
    (date(2024, 1, 1), date(2024, 1, 3)),
    (date(2024, 2, 12), date(2024, 2, 16)),
    (date(2024, 3, 29), date(2024, 4, 12)),
    (date(2024, 5, 27), date(2024, 5, 31)),
    (date(2024, 7, 24), date(2024, 9, 3)),
    (date(2024, 10, 28), date(2024, 11, 1)),
    (date(2024, 12, 20), date(2025, 1, 3)),
]

WEEKDAY_PRIVATE = [1.15, 1.10, 1.05, 1.00, 0.90, 0.78, 1.02]
WEEKDAY_TRADE = [1.25, 1.2, 1.15, 1.1, 0.95, 0.12, 0.08]

HOURS_PRIVATE = [0.8, 0.4, 0.2, 0.1, 0.1, 0.2, 0.6, 1.2, 1.8, 2.4, 2.8, 3.0,
                 3.4, 3.2, 3.0, 2.9, 2.9, 3.0, 3.4, 4.2, 4.8, 4.6, 3.4, 1.8]
HOURS_TRADE = [0.05, 0.02, 0, 0, 0, 0.02, 0.1, 0.5, 2.0, 4.0, 5.0, 5.0,
               3.5, 4.0, 4.5, 4.0, 3.0, 1.5, 0.7, 0.5, 0.6, 0.5, 0.2, 0.1]


def in_school_holiday(d):
    return any(a <= d <= b for a, b in SCHOOL_HOLIDAYS)


def campaign_on(d):
    for c in CAMPAIGNS:
        if c[0] <= d <= c[1]:
            return c
    return None


def lead_shape(d, event, maxlead, peaklead, minlead):
    """Order-date density for an event: ramps up from `maxlead` days before to
    `peaklead`, flat until `minlead` days before, zero afterwards."""
    x = (event - d).days
    if x < minlead or x > maxlead:
        return 0.0
    if x >= peaklead:
        return (maxlead - x + 1) / (maxlead - peaklead + 1)
    return 1.0


def growth(d):
    return 1.0 + 0.25 * (d - START).days / 365.0


def month_mood(d):
    # post-Christmas lull, pay-day / summer holidays etc.
    return {1: 0.78, 2: 0.92, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.1, 7: 1.1,
            8: 1.0, 9: 0.98, 10: 1.05, 11: 1.1, 12: 1.0}[d.month]


def wedding_season(d):
    return {1: 0.15, 2: 0.25, 3: 0.5, 4: 0.85, 5: 1.0, 6: 1.0, 7: 1.0,
            8: 0.9, 9: 0.6, 10: 0.3, 11: 0.15, 12: 0.15}[d.month]


# occasion -> (median order value GBP, lognormal sigma)
VALUES = {
    "kids_birthday": (36, 0.55), "adult_birthday": (42, 0.6),
    "wedding": (92, 0.7), "baby": (40, 0.55), "halloween": (33, 0.65),
    "christmas": (42, 0.65), "nye": (44, 0.6), "easter": (24, 0.55),
    "valentine": (22, 0.5), "mothers_fathers": (20, 0.5), "euros": (27, 0.55),
    "graduation": (38, 0.6), "cultural": (38, 0.6), "st_patrick": (25, 0.5),
    "general": (45, 0.7),
}


def occasion_intensity(d):
    """Expected new one-off private customers per day by occasion (before the
    growth / campaign / weekday multipliers)."""
    summer = 1.15 if d.month in (6, 7, 8) else 1.0
    out = {
        "kids_birthday": 2.1 * summer,
        "adult_birthday": 1.15,
        "wedding": 0.2 + 1.05 * wedding_season(d),
        "baby": 0.6,
        "halloween": 9.0 * lead_shape(d, HALLOWEEN, 45, 16, 1),
        "christmas": 6.5 * lead_shape(d, XMAS, 58, 26, 5),
        "nye": 2.0 * lead_shape(d, NYE, 24, 10, 2),
        "easter": 1.6 * lead_shape(d, EASTER, 35, 14, 3),
        "valentine": sum(0.8 * lead_shape(d, v, 22, 10, 2) for v in VALENTINES),
        "mothers_fathers": 0.4 * (lead_shape(d, MOTHERS_DAY, 18, 8, 2)
                                  + lead_shape(d, FATHERS_DAY, 18, 8, 2)),
        "euros": 1.2 if date(2024, 6, 5) <= d <= date(2024, 7, 12) else 0.0,
        "graduation": 0.7 if date(2024, 5, 15) <= d <= date(2024, 7, 15) else 0.0,
        "cultural": 0.35 * (lead_shape(d, DIWALI, 25, 10, 2)
                            + lead_shape(d, EID, 25, 10, 2)
                            + sum(lead_shape(d, c, 20, 8, 2) for c in CNY)),
        "st_patrick": 0.25 * lead_shape(d, ST_PATRICK, 16, 6, 2),
    }
    mood = month_mood(d)
    return {k: v * mood for k, v in out.items()}


OCC_TOTAL = [sum(occasion_intensity(d).values()) for d in DAYS]
_mx = max(OCC_TOTAL)
PRIVATE_SEASON = [v / (sum(OCC_TOTAL) / NDAYS) for v in OCC_TOTAL]  # mean 1


def acq_weight(i):
    d = DAYS[i]
    c = campaign_on(d)
    return PRIVATE_SEASON[i] * growth(d) * (c[4] if c else 1.0) * WEEKDAY_PRIVATE[d.weekday()]


ACQ_W = [acq_weight(i) for i in range(NDAYS)]


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# --------------------------------------------------------------------------- #
# names / e-mails
# --------------------------------------------------------------------------- #
FIRST = ("oliver george harry jack noah leo arthur muhammad oscar charlie jacob "
         "thomas james william henry alfie joshua freddie archie theo daniel ryan "
         "mark paul david richard chris matt ben sam tom adam lee craig gareth "
         "olivia amelia isla ava mia ivy lily isabella rosie sophia grace freya "
         "emily poppy ella evie charlotte sophie jessica hannah sarah laura emma "
         "claire rachel nicola kirsty gemma hayley lauren amy katie jade chloe "
         "natalie zoe vicky becky jo helen louise kelly stacey aisha priya fatima "
         "amira siobhan niamh megan rhiannon ffion catriona").split()
LAST = ("smith jones williams taylor brown davies evans wilson thomas johnson "
        "roberts robinson thompson wright walker white edwards hughes green hall "
        "lewis harris clarke patel jackson wood turner martin cooper hill ward "
        "morris moore clark lee king baker harrison morgan allen james scott "
        "phillips watson davis parker price bennett young griffiths mitchell "
        "kelly cook carter richardson bailey collins bell shaw murphy miller "
        "cox richards khan marshall anderson simpson ellis adams singh begum "
        "wilkinson foster chapman powell webb rogers gray mason ali hussain "
        "campbell matthews owen palmer holmes mills barnes knight lloyd butler "
        "russell barker fisher stevens jenkins murray dixon harvey macdonald "
        "fraser reid stewart oconnor byrne").split()
DOMAINS = [("gmail.com", 34), ("hotmail.co.uk", 14), ("outlook.com", 9),
           ("yahoo.co.uk", 8), ("icloud.com", 10), ("hotmail.com", 6),
           ("btinternet.com", 5), ("live.co.uk", 4), ("sky.com", 3),
           ("googlemail.com", 2), ("aol.com", 1), ("virginmedia.com", 2),
           ("outlook.co.uk", 2)]
TOWNS = ("ashford bromley croydon harrow luton reading slough watford woking "
         "bedford bolton bury chester derby exeter gloucester halifax hull "
         "ipswich kendal leeds leicester lincoln norwich oldham oxford preston "
         "sheffield stockport swindon taunton truro wigan york cardiff swansea "
         "newport glasgow paisley dundee falkirk belfast lisburn durham whitby "
         "harrogate bath bristol brighton hove hastings dover margate colchester "
         "chelmsford stevenage hitchin st-albans maidstone guildford").split()
P_WORDS = ("bloom petal confetti sparkle blush ivory velvet golden little "
           "bunting bubble twinkle bespoke luxe dream pearl willow rose "
           "starlight magnolia").split()
P_SUFFIX = ["events", "weddings", "eventstyling", "celebrations", "parties",
            "occasions", "planning", "eventhire", "decor"]
S_WORDS = ["cardcorner", "thecardshop", "giftbox", "cardsandgifts",
           "partyshop", "thegiftshed", "paperandbows", "cardandparty",
           "gifts", "thelittlegiftshop", "cardcentre", "balloonshop"]


class Namer:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _unique(self, local, domain):
        e = f"{local}@{domain}"
        n = 1
        while e in self.used:
            n += 1
            e = f"{local}{self.rng.randint(2, 999) if n > 2 else n}@{domain}"
        self.used.add(e)
        return e

    def private(self):
        r = self.rng
        f, l = r.choice(FIRST), r.choice(LAST)
        dom = r.choices([d for d, _ in DOMAINS], [w for _, w in DOMAINS])[0]
        style = r.random()
        if style < 0.35:
            local = f"{f}.{l}"
        elif style < 0.55:
            local = f"{f}{l}{r.randint(1, 99)}"
        elif style < 0.68:
            local = f"{f[0]}{l}"
        elif style < 0.8:
            local = f"{f}_{l}"
        elif style < 0.9:
            local = f"{f}{r.randint(70, 99) if r.random() < .5 else r.randint(1, 12)}"
        else:
            local = f"{l}.{f}{r.randint(1, 9)}"
        return self._unique(local, dom)

    def planner(self):
        r = self.rng
        if r.random() < 0.6:
            name = r.choice(P_WORDS) + r.choice(P_WORDS) + r.choice(P_SUFFIX)
        else:
            name = r.choice(FIRST) + r.choice(LAST) + r.choice(P_SUFFIX)
        local = r.choice(["hello", "info", "bookings", "orders", r.choice(FIRST)])
        dom = name + r.choice([".co.uk", ".co.uk", ".com", ".uk"])
        if r.random() < 0.25:
            local = f"{name}"
            dom = r.choice(["gmail.com", "outlook.com", "hotmail.co.uk"])
        return self._unique(local, dom)

    def shop(self):
        r = self.rng
        town = r.choice(TOWNS)
        name = r.choice([town + r.choice(S_WORDS), r.choice(LAST) + "s" + r.choice(S_WORDS),
                         r.choice(S_WORDS) + town])
        local = r.choice(["shop", "info", "orders", "hello", "admin", r.choice(FIRST)])
        dom = name + r.choice([".co.uk", ".co.uk", ".com"])
        if r.random() < 0.3:
            local, dom = name, r.choice(["gmail.com", "btinternet.com", "outlook.com"])
        return self._unique(local, dom)

    def school(self):
        r = self.rng
        town = r.choice(TOWNS)
        kind = r.random()
        if kind < 0.45:
            saint = r.choice(["stmarys", "stjohns", "stpeters", "holytrinity",
                              "christchurch", "stjosephs", "allsaints", "parkside",
                              "greenfield", "oakwood", "meadow", "riverside",
                              "hillside", "westfield", "brookfield"])
            local = r.choice(["office", "admin", "finance", "bursar", "head"])
            dom = f"{saint}{town}.{r.choice(['sch.uk', 'org.uk', 'co.uk'])}"
        elif kind < 0.8:
            nm = r.choice(["littlestars", "busybees", "tinytots", "rainbow",
                           "acorns", "sunshine", "ladybirds", "happydays",
                           "teddybears", "kidsden", "littleacorns", "bluebells"])
            local = r.choice(["manager", "info", "admin", "office", r.choice(FIRST)])
            dom = f"{nm}{r.choice(['nursery', 'daynursery', 'preschool', ''])}{town}.co.uk"
        else:
            local = f"{r.choice(['pta', 'friendsof', 'fo', 'pta.'])}{town}{r.choice(['primary', 'infants', 'juniors', 'academy'])}"
            dom = r.choice(["gmail.com", "outlook.com", "hotmail.co.uk"])
        return self._unique(local, dom)


# --------------------------------------------------------------------------- #
# customer behaviour
# --------------------------------------------------------------------------- #
def rand_time(rng, d, hours):
    h = rng.choices(range(24), hours)[0]
    return datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59))


def clamp_day(d):
    return START <= d <= END


def pick_acq_day(rng):
    return DAYS[rng.choices(range(NDAYS), cum_weights=ACQ_CUM)[0]]


ACQ_CUM = []
_s = 0.0
for _w in ACQ_W:
    _s += _w
    ACQ_CUM.append(_s)


def exp_days(rng, mean_years):
    return timedelta(days=int(rng.expovariate(1.0 / (mean_years * 365.0))))


def lifetime(rng, pre_log, mean_years, acq):
    """(active_from, active_to) -- memoryless lifetime."""
    if pre_log:
        return START, START + exp_days(rng, mean_years)
    return acq, acq + exp_days(rng, mean_years)


class Customer:
    __slots__ = ("email", "group", "tags", "account", "orders", "kind",
                 "acct_date", "cid", "country", "guest_rate")

    def __init__(self, email, group, tags, account, kind, acct_date, guest_rate=0.0):
        self.email = email
        self.group = group
        self.tags = tags
        self.account = account
        self.kind = kind
        self.acct_date = acct_date
        self.orders = []  # (local datetime, occasion, event date or None)
        self.cid = ""
        self.country = "GB"
        self.guest_rate = guest_rate


def private_rate_day(i, base):
    """Daily expected orders for a private customer with yearly rate `base`."""
    d = DAYS[i]
    return base / 365.0 * PRIVATE_SEASON[i] * WEEKDAY_PRIVATE[d.weekday()]


def gen_one_offs(rng, namer, customers):
    for i, d in enumerate(DAYS):
        c = campaign_on(d)
        mult = growth(d) * (c[4] if c else 1.0) * WEEKDAY_PRIVATE[d.weekday()]
        for occ, lam in occasion_intensity(d).items():
            for _ in range(poisson(rng, lam * mult)):
                account = rng.random() < 0.55
                cu = Customer(namer.private(), "Retail", "", account, "one_off", d,
                              guest_rate=0.1)
                ev = None
                if occ in ("kids_birthday", "adult_birthday", "wedding", "baby",
                           "graduation"):
                    ev = d + timedelta(days=rng.choice([3, 5, 7, 8, 10, 12, 14, 18, 21, 28]))
                cu.orders.append((rand_time(rng, d, HOURS_PRIVATE), occ, ev))
                # a minority comes back later for another party
                if rng.random() < 0.10:
                    gap = int(rng.uniform(30, 330))
                    d2 = d + timedelta(days=gap)
                    if clamp_day(d2):
                        occ2 = rng.choices(list(occasion_intensity(d2).keys()),
                                           list(occasion_intensity(d2).values()))[0]
                        cu.orders.append((rand_time(rng, d2, HOURS_PRIVATE), occ2, None))
                customers.append(cu)


def gen_birthday_families(rng, namer, customers, n):
    for _ in range(n):
        pre = rng.random() < 0.55
        acq = pick_acq_day(rng)
        a_from, a_to = lifetime(rng, pre, 3.0, acq)
        cu = Customer(namer.private(), "Retail", "", rng.random() < 0.8, "family",
                      START - timedelta(days=rng.randint(30, 1500)) if pre else acq,
                      guest_rate=0.08)
        nkids = rng.choices([1, 2, 3], [0.4, 0.45, 0.15])[0]
        p_order = rng.uniform(0.55, 0.95)
        events = []
        for _k in range(nkids):
            # UK births peak late September
            doy = int(rng.triangular(1, 365, 265)) if rng.random() < 0.4 else rng.randint(1, 365)
            for yr in (2024, 2025):
                bd = date(yr, 1, 1) + timedelta(days=doy - 1)
                # party usually on the weekend around the birthday
                party = bd + timedelta(days=(5 - bd.weekday()) % 7 - (7 if rng.random() < 0.4 else 0))
                lead = int(rng.triangular(3, 26, 9))
                events.append((party - timedelta(days=lead), "kids_birthday", party))
        for ev_occ, ev_date, lead_rng, p in (("halloween", HALLOWEEN, (5, 35), 0.25),
                                             ("christmas", XMAS, (12, 45), 0.25)):
            if rng.random() < p:
                events.append((ev_date - timedelta(days=rng.randint(*lead_rng)), ev_occ, ev_date))
        events.sort()
        forced = not pre
        for od, occ, ev in events:
            if not (clamp_day(od) and a_from <= od <= a_to):
                continue
            if forced or rng.random() < p_order:
                cu.orders.append((rand_time(rng, od, HOURS_PRIVATE), occ, ev))
                if forced and occ == "kids_birthday":
                    forced = False
        if cu.orders:
            customers.append(cu)


def gen_seasonal_fans(rng, namer, customers, n):
    for _ in range(n):
        pre = rng.random() < 0.6
        kind = rng.choices(["h", "c", "hc"], [0.4, 0.35, 0.25])[0]
        seasons = []
        if "h" in kind:
            seasons.append(("halloween", HALLOWEEN, 45, 18, 2))
        if "c" in kind:
            seasons.append(("christmas", XMAS, 60, 28, 6))
        if rng.random() < 0.2:
            seasons.append(("easter", EASTER, 35, 14, 3))
        if rng.random() < 0.15:
            seasons.append(("nye", NYE, 25, 10, 2))
        seasons.sort(key=lambda s: s[1])
        if pre:
            a_from, a_to = START, START + exp_days(rng, 3.0)
        else:
            # acquired during one of its own seasons in the log
            big = [s for s in seasons if s[0] in ("halloween", "christmas")]
            s = rng.choice(big)
            a_from = s[1] - timedelta(days=s[2])
            a_to = a_from + exp_days(rng, 3.0)
        cu = Customer(namer.private(), "Retail", "", rng.random() < 0.75, "seasonal",
                      START - timedelta(days=rng.randint(60, 1800)) if pre else a_from,
                      guest_rate=0.1)
        p = rng.uniform(0.6, 0.95)
        forced = not pre
        for occ, ev, mx, pk, mn in seasons:
            if not (a_from <= ev - timedelta(days=mn) and ev - timedelta(days=mx) <= a_to):
                continue
            if not (forced and occ in ("halloween", "christmas")) and rng.random() >= p:
                continue
            if occ in ("halloween", "christmas"):
                forced = False
            # habitual buyers shop at a similar point each season
            lead = int(rng.triangular(mn, mx, pk))
            od = ev - timedelta(days=lead)
            if clamp_day(od):
                cu.orders.append((rand_time(rng, od, HOURS_PRIVATE), occ, ev))
                if rng.random() < 0.3 and lead > mn + 4:
                    od2 = od + timedelta(days=rng.randint(3, lead - mn))
                    if clamp_day(od2):
                        cu.orders.append((rand_time(rng, od2, HOURS_PRIVATE), occ, ev))
        if cu.orders:
            customers.append(cu)


def gen_party_hosts(rng, namer, customers, n):
    for _ in range(n):
        pre = rng.random() < 0.5
        acq = pick_acq_day(rng)
        a_from, a_to = lifetime(rng, pre, 1.6, acq)
        rate = math.exp(rng.gauss(math.log(3.0), 0.45))
        cu = Customer(namer.private(), "Retail", "", rng.random() < 0.85, "host",
                      START - timedelta(days=rng.randint(30, 1200)) if pre else acq,
                      guest_rate=0.05)
        if not pre:
            cu.orders.append((rand_time(rng, acq, HOURS_PRIVATE), "general", None))
        for i, d in enumerate(DAYS):
            if a_from < d <= a_to:
                for _ in range(poisson(rng, private_rate_day(i, rate))):
                    cu.orders.append((rand_time(rng, d, HOURS_PRIVATE), "general", None))
        if cu.orders:
            customers.append(cu)


PLANNER_WED = {1: 0.3, 2: 0.5, 3: 1.0, 4: 1.6, 5: 2.2, 6: 2.4, 7: 2.4, 8: 2.2,
               9: 1.6, 10: 0.8, 11: 0.4, 12: 0.35}
PLANNER_CORP = {1: 0.3, 2: 0.6, 3: 0.9, 4: 0.9, 5: 1.1, 6: 1.5, 7: 1.3, 8: 0.6,
                9: 1.0, 10: 1.3, 11: 2.0, 12: 1.4}
SHOP = {1: 0.35, 2: 0.6, 3: 0.6, 4: 0.3, 5: 0.4, 6: 0.45, 7: 0.55, 8: 1.1,
        9: 1.5, 10: 1.4, 11: 1.2, 12: 0.45}
SCHOOL = {1: 0.3, 2: 0.35, 3: 0.7, 4: 0.35, 5: 0.45, 6: 0.8, 7: 0.6, 8: 0.05,
          9: 0.5, 10: 0.6, 11: 0.85, 12: 0.7}


def gen_trade(rng, namer, customers, n, kind):
    for _ in range(n):
        if kind == "planner":
            pre = rng.random() < 0.7
            mean_life = 3.0
            prof = PLANNER_WED if rng.random() < 0.6 else PLANNER_CORP
            email, tags = namer.planner(), "trade;event-planner"
            size = math.exp(rng.gauss(0, 0.55))
        elif kind == "shop":
            pre = rng.random() < 0.75
            mean_life = 3.0
            prof = SHOP
            email, tags = namer.shop(), "trade;retailer"
            size = math.exp(rng.gauss(0, 0.45))
        else:
            pre = rng.random() < 0.75
            mean_life = 5.0
            prof = SCHOOL
            email, tags = namer.school(), "trade;education"
            size = math.exp(rng.gauss(0, 0.5))
        # new trade accounts open through the year, more ahead of their busy season
        if kind == "planner":
            acq = DAYS[rng.choices(range(NDAYS), [prof[d.month] for d in DAYS])[0]]
        elif kind == "shop":
            acq = DAYS[rng.choices(range(NDAYS), [SHOP[d.month] for d in DAYS])[0]]
        else:
            acq = DAYS[rng.choices(range(NDAYS), [SCHOOL[d.month] for d in DAYS])[0]]
        a_from, a_to = lifetime(rng, pre, mean_life, acq)
        cu = Customer(email, "Trade", tags, True, kind,
                      START - timedelta(days=rng.randint(60, 2500)) if pre else acq)
        cu.guest_rate = 0.0
        if not pre:
            d = acq
            while d.weekday() >= 5:
                d += timedelta(days=1)
            if clamp_day(d):
                cu.orders.append((rand_time(rng, d, HOURS_TRADE), kind, None))
        # slowing down before stopping: last ~2 months at reduced rate
        for i, d in enumerate(DAYS):
            if not (a_from < d <= a_to):
                continue
            lam = 0.6 * prof[d.month] / 30.4 * size * WEEKDAY_TRADE[d.weekday()]
            if kind == "school":
                if d.weekday() >= 5:
                    continue
                if in_school_holiday(d):
                    lam *= 0.15
                lam *= 7 / 5.0
            if (a_to - d).days < 60:
                lam *= 0.6
            for _ in range(poisson(rng, lam)):
                cu.orders.append((rand_time(rng, d, HOURS_TRADE), kind, None))
        if cu.orders:
            customers.append(cu)


def campaign_reactivation(rng, customers):
    for cu in customers:
        if cu.group != "Retail" or not cu.account or not cu.orders:
            continue
        for (a, b, code, pct, m) in CAMPAIGNS:
            if cu.acct_date < a and rng.random() < (0.05 if pct >= 20 else 0.03):
                d = a + timedelta(days=min(int(rng.expovariate(1 / 2.5)), (b - a).days))
                if clamp_day(d):
                    cu.orders.append((rand_time(rng, d, HOURS_PRIVATE), "campaign:" + code, None))


# --------------------------------------------------------------------------- #
# money
# --------------------------------------------------------------------------- #
def to_utc(t):
    d = t.date()
    if d == date(2024, 3, 31) and t.hour == 1:  # non-existent local hour
        t = t.replace(hour=2)
    bst = (date(2024, 3, 31) < d < date(2024, 10, 27)
           or (d == date(2024, 3, 31) and t.hour >= 2)
           or (d == date(2024, 10, 27) and t.hour < 1))
    return t - timedelta(hours=1) if bst else t


def price_like(rng, x):
    """Round an amount to something a basket of £x.99/£x.49 items sums to."""
    pennies = int(round(x * 100))
    ends = rng.choice([99, 49, 98, 47, 96, 95, 0, 50, 97, 45])
    return max(149, (pennies // 100) * 100 + ends) / 100.0


def trade_value(rng, cu, kind, d):
    if kind == "planner":
        v = math.exp(rng.gauss(math.log(260), 0.6))
    elif kind == "shop":
        v = math.exp(rng.gauss(math.log(340), 0.55))
        if d.month in (8, 9):
            v *= 1.8  # Halloween + Christmas pre-season stock
        elif d.month in (10, 11):
            v *= 1.3
    else:
        v = math.exp(rng.gauss(math.log(80), 0.6))
    return max(60.0, v)


def build_rows(rng, customers):
    orders = []
    for cu in customers:
        cu.orders.sort()
        first_dt = cu.orders[0][0] if cu.orders else None
        for (t, occ, ev) in cu.orders:
            d = t.date()
            guest = (not cu.account) or (cu.group == "Retail" and rng.random() < cu.guest_rate)
            if cu.account and cu.acct_date > d:
                guest = True
            code, pct = "", 0
            if cu.group == "Trade":
                sub = price_like(rng, trade_value(rng, cu, occ, d))
                items = max(5, int(sub / rng.uniform(2.2, 4.5)))
                ship = 0.0 if sub >= 150 else 7.50
                if rng.random() < 0.07:
                    ship = 12.50  # timed / pallet delivery
            else:
                if occ.startswith("campaign:"):
                    base_occ = "general"
                else:
                    base_occ = occ
                med, sig = VALUES.get(base_occ, VALUES["general"])
                if cu.kind == "seasonal":
                    med *= 1.35  # keen decorators spend more
                v = math.exp(rng.gauss(math.log(med), sig)) * growth(d) ** 0.3
                sub = price_like(rng, max(2.5, v))
                items = max(1, int(round(sub / rng.uniform(2.5, 6.5))))
                c = campaign_on(d)
                if c and rng.random() < (0.85 if occ.startswith("campaign:") else 0.35):
                    code, pct = c[2], c[3]
                elif t == first_dt and cu.account and not guest and rng.random() < 0.25:
                    code, pct = "WELCOME10", 10
                elif rng.random() < 0.02:
                    code, pct = rng.choice([("FREEDEL", 0), ("NHS10", 10), ("STUDENT10", 10)])
                urgent = ev is not None and (ev - d).days <= 4
                if sub - sub * pct / 100 >= 40:
                    ship = 4.99 if (urgent or rng.random() < 0.1) else 0.0
                else:
                    ship = 6.99 if (urgent or rng.random() < 0.14) else 3.99
                if code == "FREEDEL":
                    ship = 0.0
            disc = round(sub * pct / 100.0, 2)
            total = round(sub - disc + ship, 2)
            orders.append({"t": to_utc(t), "cu": cu, "guest": guest, "items": items,
                           "sub": sub, "code": code, "disc": disc, "ship": ship,
                           "total": total, "occ": occ, "ev": ev})
    orders.sort(key=lambda o: (o["t"], o["cu"].email))
    # account ids: numbered by account creation date (pre-2024 accounts low)
    acct = sorted((c for c in customers if c.account), key=lambda c: (c.acct_date, c.email))
    base_id = 10000 + rng.randint(0, 500)
    for k, c in enumerate(acct):
        c.cid = f"C{base_id + k}"
    # order numbers continue from pre-2024 history
    next_no = 40000 + rng.randint(0, 9999)
    end_utc = datetime(END.year, END.month, END.day, 23, 59, 59)
    rows = []
    for o in orders:
        o["id"] = str(next_no)
        next_no += 1
        cu = o["cu"]
        trade = cu.group == "Trade"
        late = o["ev"] is not None and (o["ev"] - o["t"].date()).days <= 3
        if o["occ"] in ("halloween", "christmas", "easter", "nye"):
            ev = {"halloween": HALLOWEEN, "christmas": XMAS, "easter": EASTER,
                  "nye": NYE}[o["occ"]]
            late = late or (ev - o["t"].date()).days <= 5
        p_full = (0.008 if trade else 0.015) + (0.04 if late else 0.0)
        p_part = 0.045 if trade else 0.035
        refunds = []
        u = rng.random()
        if u < p_full:
            delay = timedelta(hours=rng.uniform(2, 48)) if rng.random() < 0.4 else \
                timedelta(days=rng.uniform(2, 16))
            refunds.append((o["t"] + delay, o["total"]))
        elif u < p_full + p_part:
            delay = timedelta(days=rng.uniform(1.5, 21))
            kind = rng.random()
            if kind < 0.25 and o["ship"] > 0:
                amt = o["ship"]  # delivery refunded (late)
            else:
                amt = round(o["total"] * rng.uniform(0.05, 0.5 if not trade else 0.25), 2)
            refunds.append((o["t"] + delay, max(0.5, amt)))
            if rng.random() < 0.08:
                refunds.append((o["t"] + delay + timedelta(days=rng.uniform(1, 10)),
                                round(min(o["total"] - amt, o["total"] * 0.1), 2)))
        refunds = [(rt, a) for rt, a in refunds if rt <= end_utc and a > 0]
        refunded = round(sum(a for _, a in refunds), 2)
        status = "paid"
        if refunds:
            status = "refunded" if refunded >= o["total"] - 0.005 else "partially_refunded"
        cid = "" if o["guest"] else cu.cid
        rows.append({
            "order_id": o["id"], "created_at": o["t"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customer_id": cid, "email": cu.email, "customer_group": cu.group,
            "customer_tags": cu.tags if not o["guest"] else "",
            "row_type": "order", "refund_of": "", "financial_status": status,
            "items": o["items"], "subtotal": f"{o['sub']:.2f}",
            "discount_code": o["code"], "discount": f"{o['disc']:.2f}",
            "shipping": f"{o['ship']:.2f}", "total": f"{o['total']:.2f}",
            "vat_included": f"{o['total'] / 6:.2f}", "currency": "GBP",
            "shipping_country": cu.country, "_t": o["t"]})
        for k, (rt, amt) in enumerate(sorted(refunds), 1):
            rows.append({
                "order_id": f"{o['id']}-R{k}", "created_at": rt.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "customer_id": cid, "email": cu.email, "customer_group": cu.group,
                "customer_tags": cu.tags if not o["guest"] else "",
                "row_type": "refund", "refund_of": o["id"], "financial_status": "refund",
                "items": "", "subtotal": "", "discount_code": "", "discount": "",
                "shipping": "", "total": f"{-amt:.2f}", "vat_included": f"{-amt / 6:.2f}",
                "currency": "GBP", "shipping_country": cu.country, "_t": rt})
    rows.sort(key=lambda r: (r["_t"], r["order_id"]))
    return rows


FIELDS = ["order_id", "created_at", "customer_id", "email", "customer_group",
          "customer_tags", "row_type", "refund_of", "financial_status", "items",
          "subtotal", "discount_code", "discount", "shipping", "total",
          "vat_included", "currency", "shipping_country"]


def write(seed: int, path: str) -> None:
    rng = random.Random(seed)
    namer = Namer(rng)
    customers = []
    gen_one_offs(rng, namer, customers)
    gen_birthday_families(rng, namer, customers, int(rng.gauss(430, 25)))
    gen_seasonal_fans(rng, namer, customers, int(rng.gauss(380, 25)))
    gen_party_hosts(rng, namer, customers, int(rng.gauss(300, 20)))
    gen_trade(rng, namer, customers, int(rng.gauss(85, 6)), "planner")
    gen_trade(rng, namer, customers, int(rng.gauss(95, 6)), "shop")
    gen_trade(rng, namer, customers, int(rng.gauss(80, 6)), "school")
    campaign_reactivation(rng, customers)
    for cu in customers:
        u = rng.random()
        if cu.group == "Retail":
            cu.country = "GB" if u < 0.985 else ("IE" if u < 0.995 else "IM")
        else:
            cu.country = "GB" if u < 0.99 else "IE"
        # keep only orders inside the window
        cu.orders = [o for o in cu.orders if START <= o[0].date() <= END]
    customers = [c for c in customers if c.orders]
    rows = build_rows(rng, customers)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
