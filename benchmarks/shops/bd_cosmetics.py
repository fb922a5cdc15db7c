"""Synthetic order log of a Bangladeshi online cosmetics & skin-care shop.

The shop sells through a Facebook page (boosted posts, weekly live sessions), WhatsApp
and a small website; almost everything is cash on delivery (COD) through a courier
(delivery charge 70 Tk inside Dhaka, 130 Tk outside; resellers pay a bulk rate and
often pay in advance by bKash). The log covers 01/08/2024 - 31/08/2025, but the page
existed since early 2023, so some customers were already buying before the log starts.

Behavioural assumptions (the simulation runs from March 2023; only orders dated inside
the log window are written):
* New customers arrive with an intensity that doubles over the year (page growth), is
  higher in the winter skin-care season (Nov-Feb), spikes on live-session days, on
  9.9 / 11.11 / Black Friday / 12.12 / Valentine / Pohela Boishakh / Mother's day, and
  before Eid al-Fitr (2025-03-31) and Eid al-Adha (2025-06-07); shop and couriers are
  shut over the Eid holidays and during the July 2024 internet shutdown.
* About two thirds of newcomers are one-time buyers (a few add a second order within a
  month or come back once much later); ~1/3 become repeat buyers who reorder when a
  product runs out (personal cycle 1-3 months, jittered, a little faster in winter),
  pull orders forward to sales and to the days before Eid, sometimes go dormant for a
  few months, and leave with a per-order hazard (quietly moving to another shop).
* Eid-only buyers appear just before Eid (and sometimes again the next Eid); winter
  buyers buy lotion / lip balm / petroleum jelly in Nov-Feb and may come back next winter.
* Resellers (small shops and Facebook resellers, ~4-5% of newcomers) buy in bulk on
  their own 10-45 day rhythm, start with a small trial order, stock up before Eid,
  winter and Pohela Boishakh, have a lull after Eid, pause for 1-4 months and come back,
  and quietly switch supplier (often after a fading phase of smaller, rarer orders).
* Status: 'delivered' rows are purchases. 'returned' (delivery refused, COD) and
  'cancelled' (cancelled at phone confirmation / out of stock) rows are written too and
  are NOT purchases. Refusals are most common on first orders and often end the
  relationship; a cancelled order is sometimes re-placed a few days later.

CSV columns: Order No, Order Date (dd/mm/yyyy; website exports dd-mm-yyyy), Customer Name,
Mobile (customer identifier, typed by staff as 01XXXXXXXXX, +8801XXXXXXXXX, with a dash
or a space; occasionally typed differently for the same customer), Channel, District,
Customer Type (Retail / Wholesale), Items, Amount (Tk) (total payable incl. delivery,
whole Taka, sometimes written with a thousands comma), Delivery Charge, Payment
(COD / bKash), Status (delivered / returned / cancelled).
"""
import csv
import math
import random
import sys
from datetime import date, timedelta

LOG_START = date(2024, 8, 1)
LOG_END = date(2025, 8, 31)
SIM_START = date(2023, 3, 1)

CUTS = (date(2024, 12, 15), date(2025, 3, 1), date(2025, 5, 20))

D = timedelta
EID_FITR = [date(2023, 4, 22), date(2024, 4, 10), date(2025, 3, 31)]
EID_ADHA = [date(2023, 6, 29), date(2024, 6, 17), date(2025, 6, 7)]
BOISHAKH = [date(y, 4, 14) for y in (2023, 2024, 2025)]
# shop / courier closed (no orders dated inside)
CLOSURES = [
    (date(2023, 4, 20), date(2023, 4, 26)), (date(2023, 6, 27), date(2023, 7, 3)),
    (date(2024, 4, 8), date(2024, 4, 15)), (date(2024, 6, 15), date(2024, 6, 21)),
    (date(2024, 7, 18), date(2024, 7, 28)),   # internet shutdown
    (date(2024, 8, 4), date(2024, 8, 6)),     # unrest, change of government
    (date(2025, 3, 29), date(2025, 4, 5)), (date(2025, 6, 5), date(2025, 6, 11)),
]


def _last_friday(y, m):
    d = date(y, m, 30 if m != 2 else 28)
    while d.weekday() != 4:
        d -= D(days=1)
    return d


def _second_sunday_may(y):
    d = date(y, 5, 1)
    while d.weekday() != 6:
        d += D(days=1)
    return d + D(days=7)


# (first day, last day, acquisition multiplier, weight of pulling repeat orders forward)
SALES = []
for _y in (2023, 2024):
    SALES += [
        (date(_y, 9, 8), date(_y, 9, 10), 1.5, 0.15),
        (date(_y, 10, 9), date(_y, 10, 11), 1.3, 0.10),
        (date(_y, 11, 10), date(_y, 11, 12), 3.0, 0.40),
        (_last_friday(_y, 11) - D(days=1), _last_friday(_y, 11) + D(days=1), 1.5, 0.15),
        (date(_y, 12, 11), date(_y, 12, 13), 2.0, 0.30),
    ]
for _y in (2024, 2025):
    SALES += [
        (date(_y, 2, 10), date(_y, 2, 14), 1.4, 0.15),
        (date(_y, 4, 6), date(_y, 4, 13), 1.4, 0.20),
        (_second_sunday_may(_y) - D(days=4), _second_sunday_may(_y), 1.3, 0.10),
    ]

FIRST_F = ["Nusrat", "Sumaiya", "Tasnim", "Farzana", "Sadia", "Jannatul", "Mim", "Afroza",
           "Tania", "Rumana", "Sharmin", "Nadia", "Fatema", "Ayesha", "Lamia", "Riya",
           "Sabrina", "Maliha", "Tanjila", "Israt", "Mahmuda", "Shirin", "Nasrin", "Mousumi",
           "Sonia", "Rupa", "Anika", "Raisa", "Tahmina", "Sanjida", "Mehjabin", "Nishat",
           "Puja", "Priya", "Shathi", "Lima", "Jui", "Bristy", "Nabila", "Arpita", "Tanha",
           "Faria", "Shanta", "Mitu", "Sumi", "Keya", "Ruma", "Dilruba", "Moriom", "Humaira"]
FIRST_M = ["Rahim", "Karim", "Sakib", "Tanvir", "Rakib", "Hasan", "Imran", "Arif", "Sohel",
           "Mahfuz", "Fahim", "Nayeem", "Shuvo", "Rasel", "Jubayer", "Sabbir", "Touhid"]
LAST = ["Islam", "Rahman", "Hossain", "Ahmed", "Chowdhury", "Haque", "Sarker", "Das", "Saha",
        "Mollah", "Sheikh", "Talukder", "Biswas", "Siddique", "Karim", "Ferdous"]
LAST_F = LAST + ["Akter", "Khatun", "Begum", "Sultana", "Jahan", "Parvin", "Nahar", "Akhter"]
LAST_M = LAST + ["Uddin", "Mia", "Hasan", "Alam"]
SHOP_SUFFIX = ["Beauty Corner", "Cosmetics", "Fashion House", "Beauty Shop", "Glow Store",
               "Collection", "Skin Care BD", "Shopping Point", "Cosmetics & Gift"]
DISTRICTS = [("Dhaka", 44), ("Gazipur", 6), ("Narayanganj", 4), ("Chattogram", 10),
             ("Sylhet", 5), ("Khulna", 4), ("Rajshahi", 4), ("Cumilla", 4), ("Bogura", 3),
             ("Mymensingh", 3), ("Rangpur", 3), ("Barishal", 2), ("Jessore", 2),
             ("Cox's Bazar", 2), ("Noakhali", 2), ("Tangail", 2)]
PREFIXES = [("017", 30), ("013", 12), ("018", 18), ("019", 16), ("014", 6), ("016", 14),
            ("015", 4)]


def _wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def _poisson(rng, lam):
    if lam <= 0:
        return 0
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def _closed(d):
    for a, b in CLOSURES:
        if a <= d <= b:
            return (a, b)
    return None


def _open_day(rng, d):
    c = _closed(d)
    if c:
        return c[1] + D(days=rng.randint(1, 4))
    return d


def _in_winter(d):
    return d.month in (11, 12, 1, 2)


def _growth(d):
    # 0.35 at SIM_START -> 1.0 at LOG_START -> 2.0 at LOG_END
    if d < LOG_START:
        t = (d - SIM_START).days / (LOG_START - SIM_START).days
        return 0.35 + 0.65 * t
    t = (d - LOG_START).days / (LOG_END - LOG_START).days
    return 1.0 + 1.0 * t


def _pre_eid(d, lo=25, hi=3):
    """Eid date if d is in the shopping window before an Eid, else None."""
    for e in EID_FITR + EID_ADHA:
        if e - D(days=lo) <= d <= e - D(days=hi):
            return e
    return None


def _acq_base(d, live_days):
    if _closed(d):
        return 0.0
    m = _growth(d)
    if d.month in (12, 1):
        m *= 1.4
    elif d.month in (11, 2):
        m *= 1.25
    elif d.month in (6, 7):
        m *= 0.9
    for e in EID_FITR:
        if e - D(days=25) <= d <= e - D(days=3):
            m *= 1.5 + 1.5 * (1 - (e - D(days=3) - d).days / 22)
        elif e + D(days=1) <= d <= e + D(days=14):
            m *= 0.6
    for e in EID_ADHA:
        if e - D(days=14) <= d <= e - D(days=3):
            m *= 1.4
    for a, b, mult, _ in SALES:
        if a <= d <= b:
            m *= mult
    if date(2024, 8, 1) <= d <= date(2024, 8, 20):
        m *= 0.6  # unrest, floods
    if d in live_days:
        m *= 2.0
    return m


def _sale_pull(rng, prev, due, strength=1.0):
    """Repeat buyer whose refill is due soon may order at a sale / before Eid."""
    for a, b, _, w in SALES:
        if prev + D(days=12) < a <= due <= a + D(days=21) and rng.random() < w * strength:
            return a + D(days=rng.randint(0, (b - a).days))
    for e in EID_FITR + EID_ADHA:
        p = 0.65 if e in EID_FITR else 0.35
        if prev + D(days=12) < e - D(days=15) and e - D(days=3) <= due <= e + D(days=12) \
                and rng.random() < p * strength:
            return e - D(days=rng.randint(4, 15))
    return due


class Customer:
    pass


def _make_customer(rng, kind, d0, used_phones):
    c = Customer()
    c.kind = kind
    c.d0 = d0
    while True:
        p = _wchoice(rng, PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if p not in used_phones:
            used_phones.add(p)
            break
    c.phone = p
    c.fmt = _wchoice(rng, [("plain", 70), ("plus", 13), ("dash", 10), ("space", 7)])
    c.wholesale = kind in ("shop", "fbreseller")
    if c.wholesale:
        c.district = _wchoice(rng, [(v, w if v != "Dhaka" else 15) for v, w in DISTRICTS])
    else:
        c.district = _wchoice(rng, DISTRICTS)
    female = rng.random() < (0.88 if kind not in ("eid", "shop") else 0.7)
    first = rng.choice(FIRST_F if female else FIRST_M)
    c.name = first + " " + rng.choice(LAST_F if female else LAST_M)
    if kind == "shop":
        c.name = (first + " " + rng.choice(SHOP_SUFFIX)) \
            if rng.random() < 0.6 else c.name
    if c.wholesale:
        c.channel = "WhatsApp" if rng.random() < 0.7 else "Facebook"
    else:
        web_share = 0.12 + 0.18 * max(0.0, (d0 - SIM_START).days / (LOG_END - SIM_START).days)
        c.channel = _wchoice(rng, [("Facebook", 1 - web_share - 0.12), ("WhatsApp", 0.12),
                                   ("Website", web_share)])
    c.basket = min(6000, max(300, rng.lognormvariate(math.log(1000), 0.45)))
    return c


def _status(rng, c, first, d):
    if c.wholesale:
        pc, pr = 0.03, 0.012
    elif first:
        pc, pr = 0.05, 0.13
    else:
        pc, pr = 0.03, 0.04
    if not c.wholesale:
        if c.district != "Dhaka":
            pr *= 1.2
        if _pre_eid(d, 25, 3) or any(a <= d <= b for a, b, _, _ in SALES):
            pr *= 1.3
    x = rng.random()
    if x < pc:
        return "cancelled"
    if x < pc + pr:
        return "returned"
    return "delivered"


def _retail_amount(rng, c, d):
    a = c.basket * rng.lognormvariate(0, 0.3)
    if _pre_eid(d, 25, 3):
        a *= 1.35
    if any(x <= d <= y for x, y, _, _ in SALES):
        a *= 1.15
    if _in_winter(d):
        a *= 1.1
    return max(250, int(round(a / 10.0)) * 10)


def _order(rng, c, d, first, amount=None, status=None):
    return {"c": c, "d": d, "first": first, "amount": amount,
            "status": status or _status(rng, c, first, d)}


def _sim_retail(rng, c, orders):
    """Repeat buyer: reorders when the product runs out."""
    mean = _wchoice(rng, [((28, 45), 30), ((45, 75), 50), ((75, 110), 20)])
    mean = rng.uniform(*mean)
    hazard = rng.uniform(0.05, 0.22)
    drop_after_first = rng.uniform(0.15, 0.35)
    d, n = c.d0, 0
    while d <= LOG_END:
        o = _order(rng, c, d, n == 0)
        orders.append(o)
        n += 1
        if o["status"] == "cancelled" and rng.random() < 0.35:
            d = _open_day(rng, d + D(days=rng.randint(1, 5)))
            continue
        if o["status"] == "returned" and rng.random() < (0.75 if n == 1 else 0.25):
            return
        if rng.random() < (drop_after_first if n == 1 else hazard):
            return
        gap = mean * rng.lognormvariate(0, 0.35) * (0.85 if _in_winter(d) else 1.0)
        if rng.random() < 0.06:
            gap *= rng.uniform(2.5, 5.0)  # dormant spell, then back
        due = d + D(days=max(7, int(round(gap))))
        d = _open_day(rng, _sale_pull(rng, d, due))
        mean *= rng.uniform(0.98, 1.06)  # slowly drifting away


def _sim_onetime(rng, c, orders):
    o = _order(rng, c, c.d0, True)
    orders.append(o)
    if o["status"] == "cancelled" and rng.random() < 0.3:
        orders.append(_order(rng, c, _open_day(rng, c.d0 + D(days=rng.randint(1, 4))), False))
        return
    if o["status"] != "delivered":
        return
    x = rng.random()
    if x < 0.07:
        orders.append(_order(rng, c, _open_day(rng, c.d0 + D(days=rng.randint(3, 30))), False))
    elif x < 0.12:
        orders.append(_order(rng, c, _open_day(rng, c.d0 + D(days=rng.randint(120, 320))),
                             False))


def _sim_eid(rng, c, orders):
    orders.append(_order(rng, c, c.d0, True))
    p_f, p_a = rng.uniform(0.35, 0.75), rng.uniform(0.1, 0.4)
    for e in sorted(EID_FITR + EID_ADHA):
        if e - D(days=20) <= c.d0 + D(days=25):
            continue
        p = p_f if e in EID_FITR else p_a
        if rng.random() < p:
            d = e - D(days=rng.randint(3, 16))
            orders.append(_order(rng, c, _open_day(rng, d), False))
        p_f *= 0.8
        p_a *= 0.8
    for b in BOISHAKH:
        if b > c.d0 + D(days=30) and rng.random() < 0.1:
            orders.append(_order(rng, c, b - D(days=rng.randint(2, 8)), False))


def _winter_orders(rng, c, orders, d, first):
    end = date(d.year + (1 if d.month >= 11 else 0), 2, 28)
    while d <= end:
        o = _order(rng, c, d, first)
        orders.append(o)
        first = False
        if o["status"] == "returned":
            return False
        if rng.random() < 0.45:
            break
        d = _open_day(rng, d + D(days=rng.randint(20, 50)))
    return True


def _sim_winter(rng, c, orders):
    if not _winter_orders(rng, c, orders, c.d0, True):
        return
    p = rng.uniform(0.35, 0.7)
    y = c.d0.year + (1 if c.d0.month >= 11 else 0)
    while date(y, 11, 1) <= LOG_END and rng.random() < p:
        d = date(y, 11, 1) + D(days=int(rng.triangular(0, 70, 15)))
        d = _sale_pull(rng, d - D(days=30), d, 0.8)
        if not _winter_orders(rng, c, orders, _open_day(rng, d), False):
            return
        y += 1
        p *= 0.8


def _reseller_mult(d):
    m = 1.0
    for e in EID_FITR:
        if e - D(days=40) <= d <= e - D(days=4):
            m *= 1.8
    for e in EID_ADHA:
        if e - D(days=25) <= d <= e - D(days=4):
            m *= 1.25
    for b in BOISHAKH:
        if b - D(days=18) <= d <= b - D(days=2):
            m *= 1.2
    if (d.month == 10 and d.day >= 10) or (d.month == 11 and d.day <= 25):
        m *= 1.5  # winter stock
    elif _in_winter(d):
        m *= 1.15
    return m


def _sim_reseller(rng, c, orders):
    if c.kind == "shop":
        mean = rng.uniform(20, 45)
        med = min(120000, max(6000, rng.lognormvariate(math.log(20000), 0.5)))
        hazard = rng.uniform(0.01, 0.05)
    else:
        mean = rng.uniform(10, 28)
        med = min(30000, max(2500, rng.lognormvariate(math.log(7000), 0.45)))
        hazard = rng.uniform(0.03, 0.10)
    trend = rng.uniform(-0.015, 0.03)
    p_trial_stop = 0.45
    c.prepay = rng.random() < 0.6
    d, n, fade = c.d0, 0, None
    while d <= LOG_END:
        size = med * (1 + trend) ** n * _reseller_mult(d) * rng.lognormvariate(0, 0.25)
        if n == 0:
            size *= rng.uniform(0.3, 0.5)
        if fade is not None:
            size *= 0.6 ** (fade[1])
        amt = max(2000, int(round(size / 50.0)) * 50)
        o = _order(rng, c, d, n == 0, amount=amt)
        orders.append(o)
        n += 1
        if o["status"] == "cancelled":
            d = _open_day(rng, d + D(days=rng.randint(1, 4)))
            continue
        if n == 1 and rng.random() < p_trial_stop:
            return
        if fade is not None:
            fade = (fade[0] - 1, fade[1] + 1)
            if fade[0] <= 0:
                return
        elif rng.random() < hazard:
            if rng.random() < 0.5:
                return  # switched supplier abruptly
            fade = (rng.randint(1, 3), 1)
        gap = mean * rng.lognormvariate(0, 0.25)
        if _in_winter(d):
            gap *= 0.85
        if fade is not None:
            gap *= rng.uniform(1.4, 2.2)
        for e in EID_FITR + EID_ADHA:
            if e - D(days=40) <= d <= e:
                gap *= 1.4 if e in EID_FITR else 1.15  # post-Eid lull
        if rng.random() < 0.04:
            gap += rng.randint(40, 120)  # pause, then back
        due = d + D(days=max(5, int(round(gap))))
        for e in EID_FITR:  # make sure to stock up before Eid al-Fitr
            lo, hi = e - D(days=35), e - D(days=7)
            if d < lo and due > hi and fade is None and rng.random() < 0.85:
                due = e - D(days=rng.randint(12, 30))
        d = _open_day(rng, due)


def _fmt_phone(rng, c):
    f = c.fmt
    if rng.random() < 0.07:
        f = rng.choice(["plain", "plus", "dash", "space"])
    p = c.phone
    if f == "plain":
        return p
    if f == "plus":
        return "+88" + p
    if f == "dash":
        return p[:5] + "-" + p[5:]
    return p[:5] + " " + p[5:]


def write(seed: int, path: str) -> None:
    rng = random.Random(seed)
    days = [SIM_START + D(days=i) for i in range((LOG_END - SIM_START).days + 1)]
    live_days = set()
    for d in days:
        if d.weekday() == 4 and rng.random() < 0.8:      # Friday night live
            live_days.add(d + D(days=1))
        if d.weekday() == 1 and rng.random() < 0.35:
            live_days.add(d + D(days=1))
    base = {d: _acq_base(d, live_days) for d in days}
    target = rng.randint(2900, 3500)
    lam0 = target / sum(v for d, v in base.items() if d >= LOG_START)

    used_phones = set()
    customers = []
    for d in days:
        for _ in range(_poisson(rng, lam0 * base[d])):
            p_res = 0.045 * (1.6 if (d.month == 10 or _pre_eid(d, 40, 10)) else 1.0)
            x = rng.random()
            if x < p_res:
                kind = "shop" if rng.random() < 0.4 else "fbreseller"
            elif _pre_eid(d, 25, 3) and rng.random() < 0.3:
                kind = "eid"
            elif _in_winter(d) and d.month != 2 and rng.random() < 0.22:
                kind = "winter"
            elif rng.random() < 0.33:
                kind = "retail"
            else:
                kind = "onetime"
            customers.append(_make_customer(rng, kind, d, used_phones))

    orders = []
    sims = {"retail": _sim_retail, "onetime": _sim_onetime, "eid": _sim_eid,
            "winter": _sim_winter, "shop": _sim_reseller, "fbreseller": _sim_reseller}
    for c in customers:
        sims[c.kind](rng, c, orders)

    orders = [o for o in orders if LOG_START <= o["d"] <= LOG_END and not _closed(o["d"])]
    rng.shuffle(orders)
    orders.sort(key=lambda o: o["d"])

    rows = []
    for i, o in enumerate(orders, 1):
        c, d = o["c"], o["d"]
        dhaka = c.district == "Dhaka"
        if c.wholesale:
            sub = o["amount"]
            items = max(6, int(round(sub / rng.uniform(180, 350))))
            dc = 150 if dhaka else 250
            pay = "bKash" if c.prepay and rng.random() < 0.85 else "COD"
            status = o["status"]
            if pay == "bKash" and status == "returned":
                status = "delivered"
            ch = c.channel if rng.random() < 0.85 else "WhatsApp"
        else:
            sub = _retail_amount(rng, c, d)
            items = max(1, int(round(sub / rng.uniform(350, 700))))
            dc = 70 if dhaka else 130
            if sub >= 3000 and any(a <= d <= b for a, b, _, _ in SALES):
                dc = 0
            pay = "bKash" if rng.random() < 0.06 else "COD"
            status = o["status"]
            if o["first"] or c.channel == "Website":
                ch = c.channel
            else:
                ch = "WhatsApp" if rng.random() < 0.4 else c.channel
        total = sub + dc
        if ch == "Website":
            ds = d.strftime("%d-%m-%Y")
            amt = str(total)
        else:
            ds = d.strftime("%d/%m/%Y")
            amt = "{:,}".format(total) if rng.random() < 0.6 else str(total)
        order_no = "BC%s%05d" % (d.strftime("%y%m"), i)
        rows.append([order_no, ds, c.name, _fmt_phone(rng, c), ch, c.district,
                     "Wholesale" if c.wholesale else "Retail", items, amt, dc, pay, status])

    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Order No", "Order Date", "Customer Name", "Mobile", "Channel", "District",
                    "Customer Type", "Items", "Amount (Tk)", "Delivery Charge", "Payment",
                    "Status"])
        w.writerows(rows)


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
