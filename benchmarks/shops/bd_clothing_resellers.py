"""Synthetic order log of a Bangladeshi online clothing & accessories shop.

Shop: sells sarees, three-piece, kurti, panjabi, hijab, jewellery, bags, kids wear
and winter shawls/hoodies through a Facebook page (most orders, via Messenger), its
own website and WhatsApp/phone.  It opened in June 2021; the order sheet we export
covers 01/08/2023 - 31/07/2024 (the owner moved to a proper sheet in Aug 2023), but
customers are simulated from June 2021, so ~28% of the customers in the log predate it
(order numbers also continue from the older orders).

Seasonality (retail): Eid-ul-Fitr (11/04/2024) dominates - orders climb through
Ramadan to ~6x normal a few days before Eid, then courier cut-off, Eid closure and a
post-Eid lull; smaller peaks for Durga Puja (Dashami 24/10/2023, mostly Hindu
customers), winter (Nov-Jan), 11.11 / Black Friday sales, Falgun/Valentine/21 Feb,
Pohela Boishakh and Eid-ul-Adha (17/06/2024).  Friday/Saturday slightly busier;
monsoon slack; political blockades (Nov-Dec 2023, election 07/01/2024) damp orders
and the July 2024 quota-movement internet shutdown/curfew nearly stops them.
Wholesale buyers stock up 2-8 weeks ahead of each season.

Customers (~3,900 in the log): ~96% retail, ~3% resellers (Facebook home businesses),
~1.5% small shops in district towns (~35-40% of delivered Taka is wholesale).  Retail buyers are acquired mostly by seasonal ads;
many never come back after the first order (ad-acquired or a bad first experience;
~60% of log customers appear once), the rest buy at a customer-specific rate modulated by their own
festival sensitivity (some are "Eid-only"), take long pauses (Eid can break a pause),
drift away over time, and ~10% of lapsed ones are won back at a later festival.
Resellers often place one trial order and quit after a season; shops are steadier,
ordering each season plus small restocks, and occasionally skip a season.

Export (CSV, one row per order, sorted by date): Order No, Order Date (DD/MM/YYYY),
Customer Name, Mobile (11-digit 01XXXXXXXXX, the customer identifier), Customer
Type (Retail/Reseller/Shop), Source, District, Qty, Product Total, Discount,
Delivery Charge, Amount (Tk) = Product Total - Discount + Delivery Charge (whole
Taka), Payment (COD/bKash/Nagad/Bank/Cash), Status.  Cancelled orders (customer
cancelled or stock-out before dispatch) and Returned orders (COD parcel refused /
customer unreachable, or sent back) stay in the sheet with Status "Cancelled" /
"Returned" and the amount as originally booked - nothing is netted off; only
"Delivered" rows are real sales.
"""

import csv
import datetime as _dt
import math
import random
import sys

D = _dt.date

SIM_START = D(2021, 6, 1)
LOG_START = D(2023, 8, 1)
LOG_END = D(2024, 7, 31)
CUTS = (D(2024, 2, 1), D(2024, 4, 20), D(2024, 6, 1))

NDAYS = (LOG_END - SIM_START).days + 1
LOG0 = (LOG_START - SIM_START).days

EID_FITR = [D(2022, 5, 3), D(2023, 4, 22), D(2024, 4, 11)]
EID_ADHA = [D(2021, 7, 21), D(2022, 7, 10), D(2023, 6, 29), D(2024, 6, 17)]
DASHAMI = [D(2021, 10, 15), D(2022, 10, 5), D(2023, 10, 24)]
YEARS = [2021, 2022, 2023, 2024]


def _i(d):
    return (d - SIM_START).days


def _ramp(arr, start, end, peak, power):
    """Add a rising ramp start..end (inclusive) reaching `peak` at end."""
    n = (end - start).days
    for k in range(n + 1):
        j = _i(start) + k
        if 0 <= j < NDAYS:
            arr[j] += peak * ((k + 1) / (n + 1)) ** power


def _add(arr, start, end, val):
    j0, j1 = max(0, _i(start)), min(NDAYS - 1, _i(end))
    for j in range(j0, j1 + 1):
        arr[j] += val


def _mul(arr, start, end, val):
    j0, j1 = max(0, _i(start)), min(NDAYS - 1, _i(end))
    for j in range(j0, j1 + 1):
        arr[j] *= val


def _calendar():
    td = _dt.timedelta
    F = [0.0] * NDAYS  # Eid-ul-Fitr
    A = [0.0] * NDAYS  # Eid-ul-Adha
    P = [0.0] * NDAYS  # Durga Puja
    B = [0.0] * NDAYS  # Pohela Boishakh
    V = [0.0] * NDAYS  # Falgun / Valentine / 21 Feb
    W = [0.0] * NDAYS  # winter
    S = [0.0] * NDAYS  # online sales events
    bm = [1.0] * NDAYS  # base multiplier: weekday, closures, disruptions
    for e in EID_FITR:
        _ramp(F, e - td(34), e - td(4), 8.0, 1.8)
        _add(F, e - td(3), e - td(2), 1.2)
        _add(F, e + td(4), e + td(16), -0.35)
        _mul(bm, e - td(1), e + td(3), 0.12)
        _add(S, e + td(17), e + td(26), 0.5)  # post-Eid clearance
    for e in EID_ADHA:
        _ramp(A, e - td(26), e - td(3), 1.8, 1.5)
        _mul(bm, e - td(1), e + td(3), 0.15)
        _add(A, e + td(4), e + td(10), -0.2)
    for d in DASHAMI:
        _ramp(P, d - td(28), d - td(5), 3.0, 1.5)
        _mul(bm, d - td(1), d, 0.6)
    for y in YEARS:
        _ramp(B, D(y, 3, 30), D(y, 4, 13), 1.5, 1.0)
        _ramp(V, D(y, 2, 3), D(y, 2, 13), 1.2, 1.0)
        _add(V, D(y, 2, 14), D(y, 2, 20), 0.35)
        for k in range(-45, 50):  # winter bump centred on 10 Dec
            dd = D(y, 12, 10) + td(k)
            j = _i(dd)
            if 0 <= j < NDAYS:
                W[j] += 0.45 * (1 + math.cos(math.pi * k / 50))
        _add(S, D(y, 11, 11), D(y, 11, 11), 1.6)
        _add(S, D(y, 11, 12), D(y, 11, 12), 0.7)
        nov30 = D(y, 11, 30)
        bf = nov30 - td((nov30.weekday() - 4) % 7)
        _add(S, bf, bf + td(2), 0.6)
        _add(S, D(y, 12, 25), D(y, 12, 31), 0.35)
        _mul(bm, D(y, 6, 20), D(y, 8, 31), 0.85)  # monsoon slack
    for j in range(NDAYS):
        wd = (SIM_START + td(j)).weekday()
        bm[j] *= {3: 1.05, 4: 1.12, 5: 1.08}.get(wd, 1.0)
    # disruptions
    _mul(bm, D(2021, 7, 23), D(2021, 8, 10), 0.6)  # COVID strict lockdown
    _mul(bm, D(2023, 10, 29), D(2024, 1, 5), 0.87)  # hartal / blockade period
    _mul(bm, D(2024, 1, 6), D(2024, 1, 8), 0.45)  # national election
    _mul(bm, D(2024, 7, 16), D(2024, 7, 17), 0.7)  # quota movement clashes
    _mul(bm, D(2024, 7, 18), D(2024, 7, 23), 0.04)  # internet shutdown, curfew
    _mul(bm, D(2024, 7, 24), D(2024, 7, 31), 0.3)  # broadband only, FB blocked
    return F, A, P, B, V, W, S, bm


CAL = _calendar()

DISTRICTS = [("Dhaka", 44), ("Chattogram", 9), ("Gazipur", 6), ("Narayanganj", 4),
             ("Cumilla", 4), ("Sylhet", 4), ("Rajshahi", 3), ("Khulna", 3),
             ("Mymensingh", 3), ("Bogura", 2), ("Rangpur", 2), ("Barishal", 2),
             ("Cox's Bazar", 1), ("Jashore", 1), ("Feni", 1), ("Noakhali", 1),
             ("Tangail", 1), ("Narsingdi", 1), ("Brahmanbaria", 1), ("Dinajpur", 1),
             ("Kushtia", 1), ("Pabna", 1), ("Sirajganj", 1), ("Faridpur", 1)]
SHOP_DISTRICTS = [(d, w) for d, w in DISTRICTS if d != "Dhaka"] + [("Dhaka", 8)]

F_FIRST = ["Nusrat", "Farzana", "Sadia", "Tasnim", "Jannatul", "Sumaiya", "Afroza",
           "Rumana", "Nasrin", "Shirin", "Tania", "Mim", "Lamia", "Sharmin", "Ayesha",
           "Fatema", "Rokeya", "Sabina", "Israt", "Tahmina", "Moushumi", "Nazia",
           "Sonia", "Rupa", "Puja", "Priyanka", "Mitu", "Shapla", "Anika", "Raisa",
           "Maliha", "Tanjila", "Jui", "Bithi", "Shathi", "Keya", "Dipa", "Rina"]
M_FIRST = ["Rahim", "Karim", "Tanvir", "Rakib", "Sakib", "Mahmud", "Arif", "Imran",
           "Habib", "Sohel", "Rasel", "Jahid", "Fahim", "Nayeem", "Shuvo", "Rifat",
           "Mehedi", "Shakil", "Rony", "Anik", "Sajib", "Tushar", "Biplob", "Apu",
           "Sumon", "Masud", "Kamrul", "Shahin", "Riyad", "Tamim"]
LAST = ["Akter", "Begum", "Islam", "Hossain", "Rahman", "Ahmed", "Khatun", "Chowdhury",
        "Sultana", "Haque", "Uddin", "Alam", "Sarker", "Miah", "Talukder", "Khan",
        "Bhuiyan", "Mollah", "Sheikh", "Jahan", "Parvin", "Karim", "Mondal", "Das",
        "Saha", "Roy", "Paul", "Dey", "Ghosh", "Barua"]
HINDU_LAST = ["Das", "Saha", "Roy", "Paul", "Dey", "Ghosh", "Sen", "Biswas", "Sarker"]
SHOP_WORDS = ["Fashion", "Boutique", "Collection", "Bastralaya", "Fashion House",
              "Tailors & Fabrics", "Vandar", "Store", "Shari Ghar", "Style"]

CATS_F = [("Saree", 1800, 6500, 14), ("Three-piece", 1350, 4500, 22),
          ("Kurti", 650, 1650, 16), ("Hijab/Scarf", 250, 750, 12),
          ("Jewellery", 350, 1500, 10), ("Bag", 600, 2200, 6),
          ("Kids dress", 550, 1800, 8), ("Panjabi", 1150, 3800, 8)]
CATS_M = [("Panjabi", 1150, 3800, 30), ("Shirt", 850, 1850, 18),
          ("T-shirt/Polo", 450, 950, 16), ("Watch", 900, 3000, 8),
          ("Wallet/Belt", 450, 1200, 8), ("Kids dress", 550, 1800, 8),
          ("Saree", 1800, 6500, 8), ("Three-piece", 1350, 4500, 6)]


def _wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def _poisson(rng, mu):
    if mu <= 0:
        return 0
    if mu > 30:
        return max(0, int(round(rng.gauss(mu, math.sqrt(mu)))))
    L, k, p = math.exp(-mu), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


class _Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.orders = []  # (day, cust, qty, product, discount, delivery, payment, status)
        self.customers = []
        self.phones = set()

    # ------------------------------------------------------------------ ids
    def phone(self):
        rng = self.rng
        while True:
            pre = _wpick(rng, [("017", 30), ("013", 16), ("018", 16), ("016", 14),
                               ("019", 17), ("014", 5), ("015", 2)])
            p = pre + "".join(str(rng.randrange(10)) for _ in range(8))
            if p not in self.phones:
                self.phones.add(p)
                return p

    def new_customer(self, kind, day):
        rng = self.rng
        c = {"kind": kind, "join": day, "phone": self.phone()}
        if kind == "Retail":
            hindu = rng.random() < 0.10
            female = rng.random() < 0.72
            first = rng.choice(F_FIRST if female else M_FIRST)
            last = rng.choice(HINDU_LAST if hindu else LAST)
            c["name"] = first if rng.random() < 0.25 else first + " " + last
            c["district"] = _wpick(rng, DISTRICTS)
            dhaka = c["district"] in ("Dhaka", "Gazipur", "Narayanganj")
            c["source"] = _wpick(rng, [("Facebook", 72), ("Website", 28 if dhaka else 14),
                                       ("WhatsApp", 8)])
            c["female"] = female
            c["hindu"] = hindu
            c["spend"] = math.exp(rng.gauss(0.0, 0.3))
            c["prepay"] = 0.12 + (0.25 if c["source"] == "Website" else 0.0)
        else:
            shop = kind == "Shop"
            first = rng.choice(F_FIRST if (not shop and rng.random() < 0.8) else M_FIRST)
            if shop:
                c["name"] = rng.choice(F_FIRST + M_FIRST + ["Maa", "Bismillah", "New",
                                                            "Rupkotha", "Nobanno"]) + \
                    " " + rng.choice(SHOP_WORDS)
                c["district"] = _wpick(rng, SHOP_DISTRICTS)
                c["source"] = _wpick(rng, [("Phone", 55), ("WhatsApp", 40), ("Facebook", 5)])
            else:
                c["name"] = first + " " + rng.choice(LAST) + " (Reseller)"
                c["district"] = _wpick(rng, DISTRICTS)
                c["source"] = _wpick(rng, [("WhatsApp", 50), ("Facebook", 45), ("Phone", 5)])
            c["size"] = math.exp(rng.gauss(0.0, 0.45))
        self.customers.append(c)
        return len(self.customers) - 1

    # ------------------------------------------------------------- amounts
    def retail_basket(self, cid, day):
        rng, c = self.rng, self.customers[cid]
        F, A, P, B, V, W, S, bm = CAL
        fest = max(0.0, F[day]) + max(0.0, A[day]) * 0.5 + P[day] * 0.3
        qty = 1 + _poisson(rng, 0.35 + 0.12 * fest)
        qty = min(qty, 9)
        cats = list(CATS_F if c["female"] else CATS_M)
        if W[day] > 0.3:
            cats.append(("Shawl" if c["female"] else "Hoodie/Jacket", 900, 3500, 25 * W[day]))
        total = 0
        for _ in range(qty):
            name, lo, hi, _w = _wpick(rng, [(x, x[3]) for x in cats])
            price = (lo + (hi - lo) * rng.random() ** 1.6) * c["spend"]
            price = int(round(price / 50.0)) * 50 - (10 if rng.random() < 0.3 else 0)
            total += max(200, price)
        disc = 0
        if S[day] > 0 or (F[day] > 2.0 and rng.random() < 0.35) or rng.random() < 0.06:
            disc = int(round(total * rng.choice([0.05, 0.1, 0.1, 0.15]) / 10.0)) * 10
        elif rng.random() < 0.05:
            disc = total % 100 if total % 100 < 60 else 0  # rounding discount
        inside = c["district"] == "Dhaka"
        deliv = 70 if inside else 130
        if c["district"] in ("Gazipur", "Narayanganj"):
            deliv = 100
        if (F[day] > 1.0 or S[day] > 0) and total - disc >= 3000 and rng.random() < 0.5:
            deliv = 0
        return qty, total, disc, deliv

    def wholesale_amount(self, cid, base, mult):
        rng, c = self.rng, self.customers[cid]
        amt = base * c["size"] * mult * math.exp(rng.gauss(0.0, 0.4))
        amt = max(rng.uniform(2500.0, 4500.0), min(amt, 300000.0))
        per_piece = rng.uniform(450, 950)
        qty = max(4, int(round(amt / per_piece)))
        total = int(round(amt / 10.0)) * 10
        disc = int(round(total * 0.03 / 10.0)) * 10 if total > 50000 and rng.random() < 0.4 else 0
        return qty, total, disc, 0

    # -------------------------------------------------------------- retail
    def add_retail_order(self, cid, day, first):
        rng, c = self.rng, self.customers[cid]
        F = CAL[0]
        qty, total, disc, deliv = self.retail_basket(cid, day)
        prepaid = rng.random() < c["prepay"]
        pay = "COD" if not prepaid else _wpick(rng, [("bKash", 75), ("Nagad", 25)])
        rush = F[day] > 2.5
        p_cancel = (0.02 if prepaid else 0.035) + (0.04 if rush else 0.0)
        if prepaid:
            p_ret = 0.01
        else:
            p_ret = 0.055 if c["district"] == "Dhaka" else 0.09
            if first:
                p_ret *= 1.7
            if rush:
                p_ret += 0.02
        u = rng.random()
        if u < p_cancel:
            status = "Cancelled"
        elif u < p_cancel + p_ret:
            status = "Returned"
        else:
            status = "Delivered"
        self.orders.append((day, cid, qty, total, disc, deliv, pay, status))
        # occasional add-on order the same day ("apu aro ekta add koren")
        if status == "Delivered" and rng.random() < 0.015:
            q2, t2, d2, _ = self.retail_basket(cid, day)
            self.orders.append((day, cid, 1, t2 // max(1, q2), 0, 0, pay, "Delivered"))
        return status

    def sim_retail(self, cid, day):
        rng = self.rng
        F, A, P, B, V, W, S, bm = CAL
        hindu = self.customers[cid]["hindu"]
        ad = rng.random() < 0.6
        fs = math.exp(rng.gauss(0.0, 0.45))
        eid_only = rng.random() < 0.22
        lam = rng.gammavariate(1.2, 1.0) / 105.0
        if eid_only:
            lam *= 0.3
            fs *= 2.2
        mf = (0.3 if hindu else 1.0) * fs
        ma = (0.1 if hindu else rng.uniform(0.4, 1.2)) * fs
        mp = (1.0 if hindu else 0.12) * fs
        mb = rng.uniform(0.3, 1.3) * fs
        mv = rng.uniform(0.2, 1.4) * fs * (0.4 if eid_only else 1.0)
        mw = rng.uniform(0.2, 1.5) * (0.3 if eid_only else 1.0)
        msale = rng.uniform(0.0, 1.5)
        p_first_drop = 0.40 if ad else 0.25
        p_drop = rng.uniform(0.06, 0.30)
        p_pause = rng.uniform(0.05, 0.25)
        hazard = 1.0 / rng.uniform(500, 1500)
        p_revive = 0.10
        first = True
        n = 0
        while day < NDAYS:
            status = self.add_retail_order(cid, day, first)
            n += 1
            pd = p_first_drop if first else p_drop
            if status == "Returned":
                pd = max(pd, 0.75)  # refused parcel: rarely orders again
            elif status == "Cancelled":
                pd = min(0.95, pd + 0.2)
            first = False
            pause_until = -1
            dead = rng.random() < pd
            if not dead and rng.random() < p_pause:
                pause_until = day + int(math.exp(rng.gauss(math.log(130), 0.5)))
            nxt = None
            d = day + rng.randint(5, 12)
            while d < NDAYS and not dead:
                if rng.random() < hazard:
                    dead = True
                    break
                f = F[d]
                if d < pause_until:
                    if f > 3.0 and rng.random() < 0.02:  # Eid breaks the pause
                        pause_until = -1
                    else:
                        d += 1
                        continue
                x = 1.0 + mf * f + ma * A[d] + mp * P[d] + mb * B[d] + mv * V[d] + \
                    mw * W[d] + msale * S[d]
                if x < 0.05:
                    x = 0.05
                if rng.random() < lam * bm[d] * x:
                    nxt = d
                    break
                d += 1
            if dead:
                if rng.random() < p_revive and (day - self.customers[cid]["join"]) >= 0:
                    # won back at a later festival (ad / old customer SMS)
                    gap = rng.randint(150, 600)
                    target = day + gap
                    nxt = None
                    # move to the next pre-festival rush day after target
                    dd = target
                    while dd < NDAYS:
                        if F[dd] > 2.0 or P[dd] > 1.5 or W[dd] > 0.8 or A[dd] > 1.0:
                            nxt = dd + rng.randint(0, 6)
                            break
                        dd += 1
                    if nxt is None or nxt >= NDAYS:
                        return
                    p_first_drop = 0.5
                    first = True
                    day = nxt
                    continue
                return
            if nxt is None:
                return
            day = nxt

    # ----------------------------------------------------------- wholesale
    def seasons(self):
        td = _dt.timedelta
        out = []
        for e in EID_FITR:
            out.append((e - td(58), e - td(12), 1.5, "fitr"))
        for e in EID_ADHA:
            out.append((e - td(38), e - td(8), 0.8, "adha"))
        for d in DASHAMI:
            out.append((d - td(48), d - td(12), 0.9, "puja"))
        for y in YEARS:
            out.append((D(y, 10, 28), D(y, 12, 8), 1.1, "winter"))
            out.append((D(y, 1, 12), D(y, 2, 6), 0.7, "falgun"))
        out = [(_i(a), _i(b), w, n) for a, b, w, n in out if _i(b) >= 0 and _i(a) < NDAYS]
        out.sort()
        return out

    def add_ws_order(self, cid, day, base, mult, trial=False):
        rng, c = self.rng, self.customers[cid]
        if day < 0 or day >= NDAYS or CAL[7][day] < 0.2:
            return None
        qty, total, disc, deliv = self.wholesale_amount(cid, base, mult * (0.5 if trial else 1.0))
        if c["kind"] == "Shop":
            pay = _wpick(rng, [("Bank", 50), ("bKash", 35), ("Cash", 15)])
        else:
            pay = _wpick(rng, [("bKash", 70), ("Nagad", 15), ("Bank", 15)])
        u = rng.random()
        status = "Cancelled" if u < 0.035 else ("Returned" if u < 0.045 else "Delivered")
        self.orders.append((day, cid, qty, total, disc, deliv, pay, status))
        return status

    def sim_wholesale(self, cid, day, seasons):
        rng = self.rng
        shop = self.customers[cid]["kind"] == "Shop"
        base = 34000.0 if shop else 10000.0
        p_trial_drop = 0.30 if shop else 0.45
        p_season_drop = rng.uniform(0.04, 0.14) if shop else rng.uniform(0.12, 0.35)
        p_part = rng.uniform(0.7, 0.95) if shop else rng.uniform(0.5, 0.9)
        extra = 1.0 if shop else 0.5
        bg_rate = 1.0 / (rng.uniform(45, 90) if shop else rng.uniform(80, 200))
        death = day + int(rng.expovariate(1.0 / (1800 if shop else 900)))
        st = self.add_ws_order(cid, day, base, 1.0, trial=True)
        if st == "Cancelled" or rng.random() < p_trial_drop:
            return
        last = day
        for a, b, w, name in seasons:
            if b <= day + 10:
                continue
            if a > death or a >= NDAYS:
                break
            # background small restocks between last activity and this season
            d = last + 10
            while d < a:
                if rng.random() < bg_rate * CAL[7][d] * 0.9:
                    self.add_ws_order(cid, d, base, 0.45)
                d += 1
            if rng.random() < p_part:
                k = 1 + _poisson(rng, extra * w)
                lo = max(a, day + 7)
                if lo > b:
                    continue
                days = sorted(rng.randint(lo, b) for _ in range(k))
                bad = False
                for dd in days:
                    if dd >= NDAYS:
                        break
                    stt = self.add_ws_order(cid, dd, base, w * (1.0 if dd == days[0] else 0.6))
                    bad = bad or stt == "Cancelled"
                last = b
                if rng.random() < p_season_drop + (0.15 if bad else 0.0):
                    return
            else:
                last = b
                if rng.random() < 0.25:  # skipped season: maybe moved to another supplier
                    return

    # ------------------------------------------------------------ acquisition
    def run(self):
        rng = self.rng
        F, A, P, B, V, W, S, bm = CAL
        seasons = self.seasons()
        g0, g1 = _i(SIM_START), _i(D(2023, 8, 1))
        for day in range(NDAYS):
            # business growth: small in 2021, reaching full size by mid 2023
            t = (day - g0) / (g1 - g0)
            growth = 0.30 + 0.70 * min(1.0, t) ** 0.8 + (0.10 * (t - 1.0) if t > 1 else 0)
            acq = 1.0 + 0.9 * max(F[day], 0) + 0.5 * A[day] + 0.25 * P[day] + B[day] + \
                V[day] + 0.8 * W[day] + S[day]
            mu = 5.2 * growth * acq * bm[day]
            for _ in range(_poisson(rng, mu)):
                cid = self.new_customer("Retail", day)
                self.sim_retail(cid, day)
            # wholesale recruitment: before seasons ("reseller wanted" posts)
            in_season = any(a - 20 <= day <= b for a, b, _w, _n in seasons)
            wmu = (0.45 if in_season else 0.14) * growth * bm[day]
            if day < _i(D(2022, 1, 1)):
                wmu *= 0.3  # wholesale program started in 2022
            for _ in range(_poisson(rng, wmu)):
                kind = "Shop" if rng.random() < 0.30 else "Reseller"
                cid = self.new_customer(kind, day)
                self.sim_wholesale(cid, day, seasons)


def write(seed: int, path: str) -> None:
    g = _Gen(seed)
    g.run()
    rng = g.rng
    orders = [(o[0], rng.random()) + o for o in g.orders]
    orders.sort(key=lambda r: (r[0], r[1]))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Order No", "Order Date", "Customer Name", "Mobile", "Customer Type",
                     "Source", "District", "Qty", "Product Total", "Discount",
                     "Delivery Charge", "Amount (Tk)", "Payment", "Status"])
        for n, r in enumerate(orders):
            day, _tie, _d2, cid, qty, total, disc, deliv, pay, status = r
            if day < LOG0 or day >= NDAYS:
                continue
            c = g.customers[cid]
            date = (SIM_START + _dt.timedelta(days=day)).strftime("%d/%m/%Y")
            w.writerow([1001 + n, date, c["name"], c["phone"], c["kind"], c["source"],
                        c["district"], qty, total, disc, deliv, total - disc + deliv,
                        pay, status])


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
