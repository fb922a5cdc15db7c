"""Synthetic order export of a Dhaka online gift / home-decor / festival shop.

The shop sells through its website, its Facebook page (Messenger orders), phone
and WhatsApp.  The log covers 01/07/2024 .. 30/06/2025; the shop existed
before that, so some customers (regulars, festival buyers, wholesale accounts)
predate the log and their first row here is not their first order ever.

Behavioural assumptions (all invented, stdlib only):
* Most customers buy once.  Retail "regulars" reorder at a personal rhythm
  (median ~2 months), drift away slowly (rate decays with age), sometimes pause
  for 1-4 months, and quietly churn after an exponential lifetime.
  "Festival buyers" only show up around their festivals (Eid al-Fitr 31/03/2025,
  Pohela Boishakh 14/04, Durga Puja Oct 2024, Eid al-Adha 07/06/2025,
  Valentine/Falgun, year-end) and skip some of them.
* Wholesale: resellers order every 2-5 weeks; district shops stock up 3-6
  weeks before festival seasons; corporate clients order for year-end and Eid
  gifting, 1-3 times a year but in large amounts.  Several wholesale accounts
  try once or twice and drop out.
* New-customer arrivals grow ~90% over the year (Facebook growth) and follow
  the season; the July-August 2024 internet shutdown / unrest nearly stops
  orders for a few weeks; Eid holidays are quiet.

Export columns (CSV, one row per order, sorted by date):
order_id, order_date (dd/mm/yyyy), customer_name, mobile, customer_type
(Retail / Wholesale / Corporate), district, channel, items, main_category,
amount_tk (goods value after discount, whole Taka), delivery_charge_tk,
payment_method, status.
The mobile number identifies the customer; staff usually type it as
01XXXXXXXXX but about 5% of rows carry it as +8801XXXXXXXXX or 8801XXXXXXXXX.
Cancelled orders (mostly refused cash-on-delivery) stay in the export with
status "Cancelled" and their ordered amount; a returned parcel has status
"Returned" (amount as billed, money refunded); sometimes a cancelled order is
followed within days by a replacement order.  Orders in the last days of the
log are still "Processing" or "Shipped"; everything else is "Delivered".
"""

import csv
import math
import random
import sys
from datetime import date, timedelta

START = date(2024, 7, 1)
END = date(2025, 6, 30)
NDAYS = (END - START).days + 1
PAD = 70  # season array extends beyond the log for wholesale lead times

CUTS = (date(2025, 1, 1), date(2025, 3, 1), date(2025, 4, 20))


def _idx(d):
    return (d - START).days


def _ramp(i, a, p, b, h):
    """Triangular bump: 0 at a, h at p, 0 at b (day indices)."""
    if i <= a or i >= b:
        return 0.0
    if i <= p:
        return h * (i - a) / max(1, p - a)
    return h * (b - i) / max(1, b - p)


MONTH_BASE = {7: 0.85, 8: 0.85, 9: 0.95, 10: 1.05, 11: 1.1, 12: 1.25,
              1: 1.15, 2: 1.15, 3: 1.0, 4: 1.0, 5: 0.95, 6: 0.95}

BUMPS = [  # (start, peak, end, height)
    (date(2024, 9, 22), date(2024, 10, 8), date(2024, 10, 12), 1.2),   # Puja
    (date(2024, 12, 8), date(2024, 12, 24), date(2024, 12, 31), 0.6),  # year-end
    (date(2025, 2, 4), date(2025, 2, 12), date(2025, 2, 14), 0.8),     # Falgun/Val.
    (date(2025, 3, 3), date(2025, 3, 25), date(2025, 3, 29), 2.5),     # Eid al-Fitr
    (date(2025, 4, 4), date(2025, 4, 11), date(2025, 4, 13), 1.0),     # Boishakh
    (date(2025, 5, 3), date(2025, 5, 9), date(2025, 5, 10), 0.3),      # Mother's day
    (date(2025, 5, 20), date(2025, 6, 3), date(2025, 6, 5), 0.6),      # Eid al-Adha
]

DAMPS = [  # (first, last, multiplier)
    (date(2024, 7, 18), date(2024, 7, 28), 0.05),   # internet shutdown
    (date(2024, 7, 29), date(2024, 8, 10), 0.4),    # unrest, change of govt
    (date(2024, 8, 11), date(2024, 8, 31), 0.8),
    (date(2024, 10, 13), date(2024, 10, 15), 0.6),  # after Dashami
    (date(2025, 3, 30), date(2025, 4, 4), 0.3),     # Eid al-Fitr holidays
    (date(2025, 6, 6), date(2025, 6, 12), 0.35),    # Eid al-Adha holidays
]


def _build_season():
    s = []
    for i in range(-PAD, NDAYS + PAD):
        d = START + timedelta(days=i)
        v = MONTH_BASE[d.month]
        for a, p, b, h in BUMPS:
            v += _ramp(i, _idx(a), _idx(p), _idx(b), h)
        for a, b, m in DAMPS:
            if a <= d <= b:
                v *= m
        s.append(v)
    return s


_SEASON = _build_season()


def season(i):
    """Retail demand multiplier for day index i (0 = START)."""
    return _SEASON[i + PAD]


def weekday_mult(i, wholesale):
    wd = (START + timedelta(days=i)).weekday()  # Fri = 4
    if wholesale:
        return 0.35 if wd == 4 else (0.9 if wd == 5 else 1.1)
    return 1.12 if wd in (4, 5) else 0.96


# Festival windows for festival-only retail buyers: name, start, peak, end, weight
FESTIVALS = [
    ("puja", date(2024, 9, 25), date(2024, 10, 8), date(2024, 10, 12), 0.12),
    ("wedding", date(2024, 11, 15), date(2025, 1, 10), date(2025, 2, 28), 0.20),
    ("yearend", date(2024, 12, 10), date(2024, 12, 24), date(2024, 12, 31), 0.15),
    ("falgun", date(2025, 2, 5), date(2025, 2, 12), date(2025, 2, 14), 0.22),
    ("eid_fitr", date(2025, 3, 5), date(2025, 3, 25), date(2025, 3, 29), 0.70),
    ("boishakh", date(2025, 4, 5), date(2025, 4, 11), date(2025, 4, 13), 0.35),
    ("mothers", date(2025, 5, 4), date(2025, 5, 9), date(2025, 5, 10), 0.10),
    ("eid_adha", date(2025, 5, 24), date(2025, 6, 3), date(2025, 6, 5), 0.25),
]

# District shop stock-up windows
SHOP_WINDOWS = [
    (date(2024, 9, 1), date(2024, 9, 25), 0.75),    # Puja stock
    (date(2024, 10, 25), date(2024, 11, 25), 0.55), # winter/wedding stock
    (date(2025, 2, 10), date(2025, 3, 15), 0.85),   # Eid al-Fitr + Boishakh
    (date(2025, 5, 1), date(2025, 5, 25), 0.5),     # Eid al-Adha
]
CORP_WINDOWS = [
    (date(2024, 9, 15), date(2024, 10, 5), 0.15),   # Puja gifts
    (date(2024, 11, 25), date(2024, 12, 22), 0.7),  # year-end
    (date(2025, 3, 1), date(2025, 3, 24), 0.6),     # Eid al-Fitr
    (date(2025, 4, 1), date(2025, 4, 10), 0.2),     # Boishakh
    (date(2025, 5, 20), date(2025, 6, 1), 0.2),     # Eid al-Adha
]

FIRST = ["Rahim", "Karim", "Farhana", "Nusrat", "Tanvir", "Sadia", "Arif",
         "Mehedi", "Sharmin", "Rafiq", "Nazmul", "Tasnim", "Imran", "Shirin",
         "Sabbir", "Rubina", "Jannat", "Fahim", "Ayesha", "Mahmud", "Nadia",
         "Shuvo", "Priya", "Ananya", "Sumon", "Rumana", "Habib", "Moushumi",
         "Rakib", "Tania", "Sajid", "Lamia", "Shakil", "Mitu", "Anik", "Riya",
         "Joy", "Dipa", "Tahmina", "Kamrul", "Sohel", "Munni", "Rezaul",
         "Afsana", "Zahid", "Bithi", "Ovi", "Sanjida", "Partha", "Puja"]
LAST = ["Ahmed", "Hossain", "Islam", "Rahman", "Khan", "Chowdhury", "Akter",
        "Begum", "Uddin", "Sarkar", "Das", "Roy", "Saha", "Mia", "Sheikh",
        "Talukder", "Bhuiyan", "Haque", "Kabir", "Alam", "Sultana", "Paul",
        "Ghosh", "Mollah", "Biswas"]
SHOP_WORDS = ["Gift Corner", "Gift House", "Crafts", "Decor", "Fashion & Gift",
              "Showpiece Ghar", "Variety Store", "Collection", "Gallery",
              "Bazar"]
CORP_WORDS = ["Ltd.", "Group", "Pharmaceuticals Ltd.", "Textiles Ltd.",
              "Bank PLC", "Foundation", "Tech Ltd.", "Associates",
              "Holdings Ltd.", "Agro Ltd."]
CORP_STEMS = ["Meghna", "Padma", "Rupali", "Shapla", "Sonali", "Jamuna",
              "Green", "Delta", "Orbit", "Nexus", "Bengal", "Karnaphuli",
              "Titas", "Surma", "Apex", "Prime", "Unity", "Crescent"]
DISTRICTS = ["Dhaka", "Gazipur", "Narayanganj", "Chattogram", "Sylhet",
             "Khulna", "Rajshahi", "Cumilla", "Barishal", "Rangpur",
             "Mymensingh", "Bogura", "Jashore", "Cox's Bazar", "Noakhali",
             "Feni", "Tangail", "Dinajpur", "Pabna", "Kushtia"]
OUT_W = [0, 6, 5, 10, 6, 5, 5, 5, 3, 3, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2]
CATEGORIES = ["Gift Hamper", "Home Decor", "Showpiece", "Wall Art",
              "Candles & Lights", "Festival Decor", "Personalised Gift",
              "Crockery & Mugs", "Artificial Flowers", "Frames"]


class Cust:
    __slots__ = ("kind", "phone", "name", "district", "channel", "spend",
                 "orders", "pay_pref")


def _phone(rng, used):
    while True:
        p = rng.choices(["013", "014", "015", "016", "017", "018", "019"],
                        [14, 4, 3, 10, 30, 12, 27])[0]
        p += "".join(str(rng.randrange(10)) for _ in range(8))
        if p not in used:
            used[p] = 1
            return p


def _person(rng, c, kind):
    if kind == "Retail":
        c.name = rng.choice(FIRST) + " " + rng.choice(LAST)
        c.district = "Dhaka" if rng.random() < 0.62 else rng.choices(DISTRICTS, OUT_W)[0]
        c.channel = rng.choices(["Facebook", "Website", "Phone", "WhatsApp"],
                                [55, 30, 7, 8])[0]
    elif kind == "Wholesale":
        stem = rng.choice(LAST) if rng.random() < 0.5 else rng.choice(CORP_STEMS)
        c.name = stem + " " + rng.choice(SHOP_WORDS)
        c.district = rng.choices(DISTRICTS, [10] + OUT_W[1:])[0]
        c.channel = rng.choices(["Phone", "WhatsApp", "Facebook"], [45, 40, 15])[0]
    else:
        c.name = rng.choice(CORP_STEMS) + " " + rng.choice(CORP_WORDS)
        c.district = "Dhaka" if rng.random() < 0.8 else rng.choice(["Chattogram", "Gazipur", "Narayanganj"])
        c.channel = rng.choices(["Phone", "WhatsApp", "Website"], [55, 30, 15])[0]


def _tri(rng, a, p, b):
    """Day index drawn from a triangular distribution between dates."""
    return int(round(rng.triangular(_idx(a), _idx(b), _idx(p))))


def _sim_regular(rng, arrival, first_in_log):
    """Retail regular.  arrival: day index of first-ever order (may be <0)."""
    days = []
    interval = math.exp(rng.gauss(math.log(60), 0.55))
    interval = min(max(interval, 15), 240)
    rate = 1.0 / interval
    if rng.random() < 0.15:
        life = 2000
    else:
        life = rng.expovariate(1 / 230.0)
    end = arrival + life
    tau = rng.uniform(250, 800)
    pause = None
    if rng.random() < 0.3:
        ps = arrival + rng.uniform(20, 300)
        pause = (ps, ps + rng.uniform(30, 120))
    sens = rng.uniform(0.5, 1.3)
    last = -10 ** 6
    if first_in_log:
        days.append(arrival)
        last = arrival
    start = max(0, arrival + 1)
    for i in range(start, min(NDAYS, int(end) + 1)):
        if i - last < 7:
            continue
        if pause and pause[0] <= i <= pause[1]:
            continue
        s = season(i) ** sens
        p = rate * s * math.exp(-(i - arrival) / tau) * weekday_mult(i, False)
        if rng.random() < p:
            days.append(i)
            last = i
    return days


def _sim_festival(rng, arrival, first_in_log):
    days = []
    interest = []
    for name, a, p, b, w in FESTIVALS:
        if rng.random() < w:
            interest.append((a, p, b))
        elif first_in_log and _idx(a) <= arrival <= _idx(b):
            interest.append((a, p, b))
    if not interest:
        f = rng.choices(FESTIVALS, [x[4] for x in FESTIVALS])[0]
        interest.append(f[1:4])
    life = rng.expovariate(1 / 320.0)
    end = arrival + life
    pbuy = rng.uniform(0.3, 0.85)
    if first_in_log:
        days.append(arrival)
    for a, p, b in interest:
        if _idx(a) <= arrival + 10:
            continue
        if _idx(a) > end:
            continue
        if rng.random() < pbuy:
            d = _tri(rng, a, p, b)
            if 0 <= d < NDAYS:
                days.append(d)
    # occasional off-festival gift (birthday, anniversary)
    for i in range(max(0, arrival + 1), min(NDAYS, int(end) + 1)):
        if rng.random() < 1 / 500.0:
            days.append(i)
    return sorted(set(days))


def _sim_reseller(rng, arrival, first_in_log):
    days = []
    interval = min(max(math.exp(rng.gauss(math.log(24), 0.4)), 8), 70)
    if rng.random() < 0.35:
        life = rng.uniform(5, 60)       # trial account
    else:
        life = rng.expovariate(1 / 420.0)
    end = arrival + life
    lead = rng.randint(14, 30)
    last = -10 ** 6
    if first_in_log:
        days.append(arrival)
        last = arrival
    for i in range(max(0, arrival + 1), min(NDAYS, int(end) + 1)):
        if i - last < 5:
            continue
        s = season(min(i + lead, NDAYS + PAD - 1)) ** 0.7
        if rng.random() < s / interval * weekday_mult(i, True):
            days.append(i)
            last = i
    return days


def _sim_shop(rng, arrival, first_in_log):
    days = []
    if rng.random() < 0.3:
        life = rng.uniform(10, 90)
    else:
        life = rng.expovariate(1 / 450.0)
    end = arrival + life
    keen = rng.uniform(0.6, 1.1)
    if first_in_log:
        days.append(arrival)
    for a, b, p in SHOP_WINDOWS:
        ia, ib = _idx(a), _idx(b)
        if ia <= arrival + 14 or ia > end:
            continue
        if rng.random() < min(0.97, p * keen):
            days.append(rng.randint(ia, ib))
            if rng.random() < 0.35:  # top-up order
                days.append(min(NDAYS - 1, rng.randint(ib, ib + 20)))
    for i in range(max(0, arrival + 1), min(NDAYS, int(end) + 1)):
        if rng.random() < 1 / 110.0 * weekday_mult(i, True):
            days.append(i)
    return sorted(set(d for d in days if 0 <= d < NDAYS))


def _sim_corp(rng, arrival, first_in_log):
    days = []
    life = 2000 if rng.random() < 0.55 else rng.expovariate(1 / 300.0)
    end = arrival + life
    if first_in_log:
        days.append(arrival)
    for a, b, p in CORP_WINDOWS:
        ia, ib = _idx(a), _idx(b)
        if ia <= arrival + 20 or ia > end:
            continue
        if rng.random() < p:
            d = rng.randint(ia, ib)
            while weekday_mult(d, True) < 0.5:
                d += 1
            days.append(d)
    for i in range(max(0, arrival + 1), min(NDAYS, int(end) + 1)):
        if rng.random() < 1 / 400.0:
            days.append(i)
    return sorted(set(d for d in days if 0 <= d < NDAYS))


SIM = {"once": None, "regular": _sim_regular, "festival": _sim_festival,
       "reseller": _sim_reseller, "shop": _sim_shop, "corp": _sim_corp}
CTYPE = {"once": "Retail", "regular": "Retail", "festival": "Retail",
         "reseller": "Wholesale", "shop": "Wholesale", "corp": "Corporate"}


def _amount(rng, c, i):
    kind = CTYPE[c.kind]
    s = season(i)
    if kind == "Retail":
        items = max(1, min(12, int(rng.expovariate(1 / 1.3)) + 1))
        amt = c.spend * math.exp(rng.gauss(0, 0.45)) * (0.75 + 0.25 * items)
        if s > 1.6:
            amt *= 1.25
        amt = max(250, min(amt, 60000))
        amt = int(round(amt / 10.0)) * 10
        if rng.random() < 0.12:  # promo discount
            amt = int(round(amt * 0.9 / 10.0)) * 10
    elif kind == "Wholesale":
        items = rng.randint(15, 250)
        amt = c.spend * math.exp(rng.gauss(0, 0.5)) * (1.0 + 0.3 * (s > 1.4))
        amt = int(round(max(4000, amt) / 100.0)) * 100
    else:
        items = rng.choice([20, 25, 30, 40, 50, 60, 75, 100, 120, 150, 200, 250, 300, 500])
        unit = c.spend * math.exp(rng.gauss(0, 0.25))
        amt = int(round(items * unit / 100.0)) * 100
    return items, amt


def write(seed: int, path: str) -> None:
    rng = random.Random(seed)
    used = {}
    custs = []

    # ---- new customers arriving during the log (growth x season)
    n_new = rng.randint(3150, 3450)
    w = [(1.0 + 0.9 * i / (NDAYS - 1)) * season(i) * weekday_mult(i, False)
         for i in range(NDAYS)]
    cum = []
    t = 0.0
    for x in w:
        t += x
        cum.append(t)
    arrivals = sorted(rng.choices(range(NDAYS), cum_weights=cum, k=n_new))
    kinds = ["once", "regular", "festival", "reseller", "shop", "corp"]
    new_mix = [0.585, 0.19, 0.17, 0.022, 0.02, 0.013]
    pre_mix = [0.0, 0.48, 0.30, 0.08, 0.08, 0.06]
    plan = []
    for a in arrivals:
        k = rng.choices(kinds, new_mix)[0]
        plan.append((k, a, True))
    # ---- customers who predate the log (shop running since early 2022)
    n_pre = rng.randint(950, 1100)
    for _ in range(n_pre):
        k = rng.choices(kinds, pre_mix)[0]
        plan.append((k, -rng.randint(1, 880), False))

    for k, a, first_in_log in plan:
        c = Cust()
        c.kind = k
        kind = CTYPE[k]
        c.phone = _phone(rng, used)
        _person(rng, c, kind)
        if kind == "Retail":
            c.spend = math.exp(rng.gauss(math.log(1500), 0.6))
            c.pay_pref = rng.choices(["Cash on Delivery", "bKash", "Nagad", "Card"],
                                     [62, 27, 8, 3])[0]
        elif kind == "Wholesale":
            base = 18000 if k == "reseller" else 42000
            c.spend = math.exp(rng.gauss(math.log(base), 0.55))
            c.pay_pref = rng.choices(["Bank Transfer", "bKash", "Cash"], [45, 35, 20])[0]
        else:
            c.spend = math.exp(rng.gauss(math.log(900), 0.5))
            c.pay_pref = rng.choices(["Bank Transfer", "Cheque"], [70, 30])[0]
        if k == "once":
            days = [a]
        else:
            days = SIM[k](rng, a, first_in_log)
        c.orders = [d for d in days if 0 <= d < NDAYS]
        if c.orders:
            custs.append(c)

    # ---- build rows
    rows = []
    for c in custs:
        kind = CTYPE[c.kind]
        extra = []
        for i in c.orders:
            items, amt = _amount(rng, c, i)
            pay = c.pay_pref if rng.random() < 0.8 else (
                "Cash on Delivery" if kind == "Retail" else rng.choice(["bKash", "Bank Transfer", "Cash"]))
            if kind == "Retail":
                if c.district == "Dhaka":
                    dc = 70 if amt < 5000 else 0
                else:
                    dc = 130 if amt < 5000 else 0
            elif kind == "Wholesale":
                dc = 0 if c.district == "Dhaka" else rng.choice([300, 400, 500, 600, 800])
            else:
                dc = 0
            pc = 0.075 if pay == "Cash on Delivery" else (0.02 if kind == "Retail" else 0.012)
            r = rng.random()
            if r < pc:
                status = "Cancelled"
                if rng.random() < 0.3 and i + 3 < NDAYS:
                    extra.append(i + rng.randint(0, 3))
            elif kind == "Retail" and r < pc + 0.022:
                status = "Returned"
            else:
                status = "Delivered"
            if status == "Delivered":
                age = NDAYS - 1 - i
                if age <= 2:
                    status = "Processing"
                elif age <= 5 and rng.random() < 0.6:
                    status = "Shipped"
            cat = rng.choice(CATEGORIES)
            if season(i) > 1.6 and rng.random() < 0.5:
                cat = rng.choice(["Festival Decor", "Gift Hamper"])
            rows.append([i, rng.random(), c, items, cat, amt, dc, pay, status])
        for i in extra:
            items, amt = _amount(rng, c, i)
            rows.append([i, rng.random(), c, items, rng.choice(CATEGORIES), amt,
                         70 if c.district == "Dhaka" else 130, "bKash",
                         "Delivered" if i < NDAYS - 3 else "Processing"])
    rows.sort(key=lambda r: (r[0], r[1]))

    oid = 10000 + rng.randint(4000, 6000)  # the shop's counter predates the log
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["order_id", "order_date", "customer_name", "mobile",
                     "customer_type", "district", "channel", "items",
                     "main_category", "amount_tk", "delivery_charge_tk",
                     "payment_method", "status"])
        for i, _, c, items, cat, amt, dc, pay, status in rows:
            oid += 1
            d = START + timedelta(days=i)
            ph = c.phone
            u = rng.random()
            if u < 0.03:
                ph = "+88" + ph
            elif u < 0.05:
                ph = "88" + ph
            wr.writerow(["GC-%d" % oid, d.strftime("%d/%m/%Y"), c.name, ph,
                         CTYPE[c.kind], c.district, c.channel, items, cat,
                         amt, dc, pay, status])


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
