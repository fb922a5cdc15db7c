"""A Bangladeshi online clothing shop: winter wear, shawls, blankets and Eid clothing.

The shop sells through a Facebook page (most orders, many of them from boosted
posts), WhatsApp and a small website.  Retail customers are spread over the
whole country; wholesale buyers are district cloth shops ("Wholesale") and
Facebook / Instagram resellers and boutiques ("Reseller").  The log covers the
orders placed from 1 October 2024 to 31 October 2025.

Why a synthetic log: it is a test bed for a "lost customer" detector, written
without looking at the detector, from an idea of how such customers behave.

Behavioural assumptions
-----------------------
* Demand is seasonal.  Winter (shawls, blankets, sweaters) runs from late
  October to January with a peak in December and a clearance sale in early
  February; Eid-ul-Fitr (31 March 2025) brings the biggest clothing rush in the
  three weeks before Eid; Eid-ul-Adha (7 June 2025) a smaller one; Pohela
  Falgun / Boishakh and Durga Puja (28 Sep - 2 Oct 2025) small bumps; June to
  September is quiet (monsoon).
* Most retail customers come from a boosted post, buy once and never again
  (sometimes twice in the same season).  Only ~14% of boosted-post buyers,
  ~45% of page followers / WhatsApp customers and ~32% of website customers
  become returning customers.
* Returning retail customers have a taste profile: winter-wear lovers (often in
  the cold north), Eid/festival-only shoppers, all-round fashion buyers who
  also buy off-season, Hindu customers who shop for Puja and Boishakh, and
  people who buy blankets once a year for relatives or charity.  In each season
  they buy with a personal probability, so gaps of 4-10 months between
  purchases are normal for people who are still customers.
* Returning customers stop for good at a random moment (a personal monthly
  hazard: moved abroad, found another page, money got tight); some fade first
  (buy less and less in the months before), others just stop.  Their last order
  is then whatever season they last bought in.  A refused cash-on-delivery
  parcel or a returned order makes stopping much more likely (the shop also
  blocks repeated refusers).
* Wholesale buyers order every 1-5 weeks inside their own buying seasons
  (district shops stock winter goods from mid-September, Facebook resellers from
  mid-October, everybody stocks for Eid-ul-Fitr from mid-January, fewer for
  Eid-ul-Adha, boutiques also for Puja) and pause in summer.  Many Facebook
  resellers try 1-3 orders and give up.  Established ones leave at a season
  boundary (they simply do not restart after the summer), in the middle of a
  season after switching supplier (often with smaller, rarer orders first), or
  abruptly (shop closed).  Some skip a whole season and come back.
* The log starts in the middle of the shop's life: customers first acquired from
  July 2023 on are simulated from then and appear with their later orders only,
  and a pool of long-standing regulars (won before 2023) is already there.  The
  shop is growing, so more new customers arrive in 2024-25 than before.
* Cash on delivery is the norm for retail; 10-15% of first COD orders from
  boosted posts are refused at the door (status Cancelled), some orders are
  cancelled at the confirmation call or as duplicates, and 2-3% come back as
  returns (size, colour, damage).

Export format
-------------
CSV, UTF-8, one row per order, sorted by order number (= order of entry):
order_no (BW + number), order_date (dd/mm/yyyy), customer_name (spelling and
receiver names vary a little), phone (the customer's mobile number, usually
typed 01XXXXXXXXX, sometimes +8801XXXXXXXXX or 8801XXXXXXXXX), customer_type
(Retail / Wholesale / Reseller; the name of a shop or reseller may carry the
owner's name or district, and a retail order is sometimes put in a relative's
name), channel (Facebook / WhatsApp / Website /
Instagram / Phone), district (old and new English spellings both occur), items
("Name xQty; ..."), amount (Taka, whole numbers, after discount, without
delivery), delivery_charge (Taka), payment (COD / bKash / Nagad), status
(Delivered / Cancelled / Returned; refused COD parcels are Cancelled) and note
(short operational remarks, mostly empty).
"""

import csv
import datetime
import math
import random
import sys

D = datetime.date
LOG_START = D(2024, 10, 1)
LOG_END = D(2025, 10, 31)
SIM_START = D(2023, 7, 1)

# Cut-offs: in the Eid-ul-Fitr rush (mid Ramadan), after Eid and Pohela Boishakh, and in
# the Eid-ul-Adha rush.  A cut after Eid-ul-Adha leaves only the dead monsoon months, Puja
# and the first weeks of winter before the log ends, so most seasonal customers could not
# show up again inside the log (55-60% of repeat buyers look gone, though many are not).
CUTS = (D(2025, 3, 15), D(2025, 4, 15), D(2025, 5, 10))

EID_FITR = {2024: D(2024, 4, 10), 2025: D(2025, 3, 31)}
EID_ADHA = {2024: D(2024, 6, 17), 2025: D(2025, 6, 7)}

# ---------------------------------------------------------------------------
# Calendar of retail shopping windows: (kind, start, peak, end, acquisitions)
# "acquisitions" is how many new retail customers a window brings (before the
# seed's scale factor).  Windows reaching past the log end are cut off later.
RETAIL_WINDOWS = [
    ("winter", D(2023, 10, 20), D(2023, 12, 15), D(2024, 1, 31), 850),
    ("sale", D(2024, 2, 1), D(2024, 2, 5), D(2024, 2, 10), 50),
    ("fest", D(2024, 2, 5), D(2024, 2, 12), D(2024, 2, 14), 40),
    ("fitr", D(2024, 3, 8), D(2024, 4, 2), D(2024, 4, 8), 430),
    ("adha", D(2024, 5, 25), D(2024, 6, 8), D(2024, 6, 14), 190),
    ("puja", D(2024, 9, 15), D(2024, 10, 3), D(2024, 10, 8), 110),
    ("winter", D(2024, 10, 8), D(2024, 12, 8), D(2025, 1, 31), 1300),
    ("sale", D(2025, 2, 1), D(2025, 2, 4), D(2025, 2, 16), 80),
    ("fest", D(2025, 2, 4), D(2025, 2, 11), D(2025, 2, 14), 60),
    ("fitr", D(2025, 2, 18), D(2025, 3, 20), D(2025, 3, 28), 680),
    ("fest", D(2025, 4, 2), D(2025, 4, 10), D(2025, 4, 13), 90),
    ("adha", D(2025, 5, 8), D(2025, 5, 28), D(2025, 6, 4), 320),
    ("puja", D(2025, 9, 5), D(2025, 9, 22), D(2025, 9, 27), 130),
    ("winter", D(2025, 10, 5), D(2025, 12, 5), D(2026, 1, 31), 1450),
]
# Quiet months: a trickle of new customers and off-season purchases.
OFF_MONTHS = [(2023, m) for m in (7, 8, 9)] + [(2024, m) for m in (4, 5, 6, 7, 8, 9)] + \
             [(2025, m) for m in (4, 5, 6, 7, 8, 9, 10)]
OFF_ACQ = 32  # new retail customers in a quiet month (2025 level)

# Retail taste profiles: buying probability per window kind ("off" = per quiet month).
PROFILES = {
    "winter_lover": dict(winter=0.85, sale=0.30, fest=0.05, fitr=0.35, adha=0.15, puja=0.05, off=0.06),
    "eid_only": dict(winter=0.12, sale=0.05, fest=0.20, fitr=0.85, adha=0.65, puja=0.0, off=0.05),
    "all_round": dict(winter=0.65, sale=0.30, fest=0.35, fitr=0.80, adha=0.50, puja=0.15, off=0.25),
    "hindu": dict(winter=0.55, sale=0.20, fest=0.50, fitr=0.08, adha=0.03, puja=0.85, off=0.08),
    "blanket_giver": dict(winter=0.75, sale=0.10, fest=0.0, fitr=0.05, adha=0.0, puja=0.0, off=0.0),
}
PROFILE_WEIGHTS = dict(winter_lover=0.28, eid_only=0.30, all_round=0.20, hindu=0.10, blanket_giver=0.12)

# ---------------------------------------------------------------------------
# Products: (name, retail price in Taka)
WINTER = [("Kashmiri Shawl", 1850), ("Pashmina Shawl", 1450), ("Men's Chador", 850),
          ("Ladies Woolen Shawl", 950), ("Mink Blanket (Double)", 3200), ("Mink Blanket (Single)", 1950),
          ("Baby Blanket", 690), ("Comforter", 2850), ("Hoodie", 1150), ("Men's Sweater", 1250),
          ("Ladies Cardigan", 1350), ("Puffer Jacket", 2650), ("Kids Sweater", 650), ("Muffler", 390),
          ("Woolen Cap", 250), ("Hand Gloves", 220), ("Socks (3 pairs)", 290)]
EID = [("Lawn Three-Piece", 1650), ("Georgette Three-Piece", 2450), ("Embroidered Three-Piece", 3250),
       ("Katan Saree", 4800), ("Jamdani Saree", 5500), ("Cotton Saree", 1450), ("Panjabi", 1650),
       ("Premium Panjabi", 2750), ("Kids Panjabi", 890), ("Girls Frock", 1050), ("Abaya", 2350),
       ("Hijab", 390), ("Kurti", 950), ("Pajama", 450), ("Ladies Two-Piece", 1350)]
PUJA = [("Cotton Saree", 1450), ("Katan Saree", 4800), ("Tangail Saree", 2200), ("Georgette Three-Piece", 2450),
        ("Panjabi", 1650), ("Kurti", 950), ("Girls Frock", 1050), ("Dhuti", 550)]
FEST = [("Boishakhi Saree", 1550), ("Boishakhi Panjabi", 1150), ("Cotton Saree", 1450), ("Kurti", 950),
        ("Flower Tiara", 250), ("Falgun Saree", 1650)]
OFF = [("Lawn Three-Piece", 1650), ("Kurti", 950), ("Cotton Saree", 1450), ("Hijab", 390),
       ("Cotton Bedsheet Set", 1450), ("Ladies Two-Piece", 1350), ("Panjabi", 1650), ("Lungi", 490)]
CATALOGUE = dict(winter=WINTER, sale=WINTER, fest=FEST, fitr=EID, adha=EID, puja=PUJA, off=OFF)

# ---------------------------------------------------------------------------
# People and places
DISTRICTS = [("Dhaka", 28), ("Chattogram", 8), ("Gazipur", 6), ("Narayanganj", 4), ("Cumilla", 3.5),
             ("Sylhet", 3.5), ("Rajshahi", 3), ("Khulna", 3), ("Rangpur", 3), ("Mymensingh", 3),
             ("Bogura", 2.5), ("Barishal", 2), ("Cox's Bazar", 1.5), ("Dinajpur", 2), ("Jashore", 2),
             ("Noakhali", 2), ("Feni", 1.5), ("Tangail", 2), ("Brahmanbaria", 1.5), ("Chandpur", 1.2),
             ("Kushtia", 1.2), ("Pabna", 1.2), ("Sirajganj", 1.2), ("Narsingdi", 1.5), ("Munshiganj", 1),
             ("Manikganj", 0.8), ("Faridpur", 1), ("Jamalpur", 1), ("Sherpur", 0.6), ("Netrokona", 0.7),
             ("Kishoreganj", 1), ("Habiganj", 0.9), ("Moulvibazar", 1), ("Sunamganj", 0.8), ("Lakshmipur", 0.8),
             ("Patuakhali", 0.7), ("Bhola", 0.6), ("Pirojpur", 0.5), ("Satkhira", 0.7), ("Bagerhat", 0.6),
             ("Jhenaidah", 0.8), ("Magura", 0.5), ("Narail", 0.4), ("Chuadanga", 0.5), ("Meherpur", 0.4),
             ("Natore", 0.7), ("Naogaon", 0.9), ("Chapainawabganj", 0.7), ("Joypurhat", 0.5), ("Gaibandha", 0.9),
             ("Kurigram", 0.8), ("Lalmonirhat", 0.6), ("Nilphamari", 0.8), ("Thakurgaon", 0.8), ("Panchagarh", 0.6),
             ("Madaripur", 0.5), ("Shariatpur", 0.4), ("Gopalganj", 0.5), ("Rajbari", 0.4), ("Rangamati", 0.3),
             ("Khagrachhari", 0.3), ("Bandarban", 0.2), ("Jhalokati", 0.3), ("Barguna", 0.4)]
NORTH = {"Rangpur", "Dinajpur", "Gaibandha", "Kurigram", "Lalmonirhat", "Nilphamari", "Thakurgaon",
         "Panchagarh", "Bogura", "Naogaon", "Joypurhat", "Rajshahi", "Sirajganj"}
OLD_SPELLING = {"Chattogram": "Chittagong", "Cumilla": "Comilla", "Bogura": "Bogra", "Barishal": "Barisal",
                "Jashore": "Jessore", "Chapainawabganj": "Nawabganj", "Moulvibazar": "Maulvibazar"}

F_FIRST = ["Nusrat", "Farzana", "Sumaiya", "Tasnim", "Sadia", "Jannatul", "Rokeya", "Shirin", "Nasrin",
           "Sharmin", "Rumana", "Tania", "Lamia", "Mim", "Sabina", "Fatema", "Ayesha", "Taslima", "Rupa",
           "Munni", "Shapla", "Moushumi", "Israt", "Afsana", "Mahmuda", "Khadiza", "Marium", "Rehana",
           "Sultana", "Nadia", "Sanjida", "Tahmina", "Rabeya", "Shathi", "Jesmin", "Popy", "Liza", "Anika",
           "Nishat", "Ferdousi", "Hosne Ara", "Dilruba", "Mahfuza", "Rifat", "Tamanna", "Umme Habiba"]
F_LAST = ["Akter", "Begum", "Khatun", "Islam", "Rahman", "Hossain", "Chowdhury", "Sultana", "Jahan",
          "Parvin", "Ahmed", "Siddika", "Nahar", "Ferdous", ""]
M_FIRST = ["Md. Rahim", "Karim", "Abdullah", "Rakib", "Sakib", "Tanvir", "Hasan", "Mahmud", "Arif", "Rafiq",
           "Jahid", "Shahin", "Sohel", "Rasel", "Monir", "Imran", "Faisal", "Nayeem", "Saiful", "Mizanur",
           "Kamal", "Jamal", "Babul", "Anwar", "Habib", "Md. Alamgir", "Masud", "Ripon", "Shafiqul",
           "Mehedi", "Rashed", "Towhid", "Ashraful", "Md. Rubel", "Jewel", "Nazmul", "Zahid", "Shakil"]
M_LAST = ["Hossain", "Islam", "Rahman", "Ahmed", "Mia", "Sarkar", "Uddin", "Khan", "Chowdhury", "Sheikh",
          "Talukder", "Bhuiyan", "Molla", "Hasan", "Alam", ""]
H_F_FIRST = ["Priya", "Puja", "Mitu", "Rina", "Dipa", "Sima", "Mou", "Tumpa", "Shraboni", "Ankita", "Brishti",
             "Sumona", "Rupali", "Mitali", "Shampa"]
H_M_FIRST = ["Sujon", "Pritom", "Anik", "Rajib", "Bappi", "Subrata", "Tapan", "Gobinda", "Amit", "Shuvo",
             "Prosenjit", "Dipankar"]
H_LAST = ["Das", "Saha", "Roy", "Ghosh", "Dey", "Sarkar", "Paul", "Biswas", "Chakraborty", "Mondal",
          "Barman", "Sen", "Bhowmik", "Kundu"]
SHOP_PRE = ["Maa", "Bismillah", "Madina", "Al-Amin", "New", "Shapla", "Nur", "Rupkotha", "Sonali", "Jamuna",
            "Padma", "Bhai Bhai", "Allahr Dan", "Mayer Doa", "Rahmania", "Hazi", "Baba", "Shahjalal",
            "Tanha", "Anondo", "Nobanno"]
SHOP_SUF = ["Bastralaya", "Cloth Store", "Fashion House", "Fashion", "Garments", "Shawl Ghar", "Textile",
            "Collection", "Cloth Corner", "Bastra Bitan", "Shopping Center"]
FB_WORDS = ["Trendy", "Dhakai", "Deshi", "Rongin", "Chhaya", "Ruposhi", "Nokshi", "Shokh", "Urbana",
            "Glamour", "Elegant", "Shuvro", "Kanon", "Megh", "Jhilik"]
FB_SUF = ["Collection", "Fashion BD", "Closet", "Shop BD", "Online Shop", "Outfit", "Bazar", "Wardrobe"]
INSTA_SUF = ["Boutique", "Attire", "Couture", "Studio", "Drape Story", "Threads", "Label"]
# How much of a wholesaler's yearly chance of leaving falls before each kind of season
# (they decide mostly when a winter or Eid-ul-Fitr season starts).
SEASON_SHARE = dict(W=0.45, F=0.35, A=0.15, P=0.05, B=0.05, S=0.0)
OPERATORS = [("017", 25), ("013", 12), ("019", 18), ("014", 7), ("018", 18), ("016", 15), ("015", 5)]


def _pick(rng, weighted):
    names = [w[0] for w in weighted]
    return rng.choices(names, weights=[w[1] for w in weighted])[0]


def _tri(rng, start, peak, end):
    """A day inside a window, most likely near its peak."""
    a, b, c = start.toordinal(), end.toordinal(), peak.toordinal()
    return D.fromordinal(int(round(rng.triangular(a, b, c))))


def _uniform(rng, start, end):
    return D.fromordinal(rng.randint(start.toordinal(), end.toordinal()))


def _month_window(year, month):
    first = D(year, month, 1)
    nxt = D(year + (month == 12), month % 12 + 1, 1)
    start = first
    # quiet months around the festivals begin after the festival rush is over
    if (year, month) in ((2024, 4), (2025, 4)):
        start = D(year, 4, 15)
    if (year, month) == (2024, 6):
        start = D(2024, 6, 20)
    if (year, month) == (2025, 6):
        start = D(2025, 6, 10)
    end = nxt - datetime.timedelta(days=1)
    if (year, month) == (2025, 10):
        start = D(2025, 10, 3)
    return ("off", start, start + (end - start) // 2, end)


def _all_retail_windows():
    wins = [(k, s, p, e) for k, s, p, e, _ in RETAIL_WINDOWS]
    wins += [_month_window(y, m) for y, m in OFF_MONTHS]
    wins.sort(key=lambda w: (w[1], w[0]))
    return wins


def _growth(day):
    """The shop grows: ~35% more new customers a year."""
    return 1.35 ** ((day - D(2025, 1, 1)).days / 365.0)


class _Shop:
    def __init__(self, seed):
        self.rng = random.Random(seed * 7919 + 17)
        self.orders = []  # (date, tiebreak, row dict)
        self.phones = set()
        self.scale = self.rng.uniform(0.88, 1.12)

    # -- identities -----------------------------------------------------
    def new_phone(self):
        rng = self.rng
        while True:
            p = _pick(rng, OPERATORS) + "".join(rng.choice("0123456789") for _ in range(8))
            if p not in self.phones:
                self.phones.add(p)
                return p

    def person(self, hindu):
        rng = self.rng
        female = rng.random() < 0.66
        if hindu:
            first = rng.choice(H_F_FIRST if female else H_M_FIRST)
            last = rng.choice(H_LAST)
        elif female:
            first, last = rng.choice(F_FIRST), rng.choice(F_LAST)
            if rng.random() < 0.08:
                first = "Mst. " + first
        else:
            first, last = rng.choice(M_FIRST), rng.choice(M_LAST)
        name = (first + " " + last).strip()
        variants = [name]
        if rng.random() < 0.10:  # the same person typed differently
            v = name.replace("Md. ", "Mohammad ").replace("Akter", "Akhter").replace("Hossain", "Hossen")
            if v == name:
                v = first if last else name.upper()
            variants.append(v)
        if rng.random() < 0.05:
            variants.append(name.lower())
        return variants

    def district(self, north_bias=False):
        d = _pick(self.rng, DISTRICTS)
        if north_bias and self.rng.random() < 0.35:
            d = self.rng.choice(sorted(NORTH))
        return d

    # -- emitting orders --------------------------------------------------
    def emit(self, cust, day, lines, amount, delivery, payment, status, note=""):
        if not (LOG_START <= day <= LOG_END):
            return
        rng = self.rng
        fmt = cust["fmt"] if rng.random() < 0.85 else rng.choice(["0", "0", "+880", "880"])
        phone = cust["phone"] if fmt == "0" else fmt + cust["phone"][1:]
        name = rng.choice(cust["names"]) if len(cust["names"]) > 1 and rng.random() < 0.5 else cust["names"][0]
        if cust["type"] == "Retail" and rng.random() < 0.03:
            name = self.person(False)[0]  # a relative's name as receiver
        dist = cust["district"]
        if dist in OLD_SPELLING and rng.random() < 0.25:
            dist = OLD_SPELLING[dist]
        items = "; ".join(f"{n} x{q}" for n, q in lines)
        self.orders.append((day, rng.random(), dict(
            order_date=day, customer_name=name, phone=phone, customer_type=cust["type"],
            channel=cust["channel"] if rng.random() < 0.85 else cust["alt_channel"], district=dist,
            items=items, amount=int(amount), delivery_charge=int(delivery), payment=payment,
            status=status, note=note)))

    # -- retail -----------------------------------------------------------
    def retail_basket(self, kind, day, n_lines=None):
        rng = self.rng
        cat = CATALOGUE[kind]
        n = n_lines or rng.choices([1, 2, 3, 4], weights=[62, 26, 9, 3])[0]
        chosen = rng.sample(cat, min(n, len(cat)))
        lines, total = [], 0
        infl = 1.08 if day >= D(2025, 9, 1) else 1.0
        for name, price in chosen:
            q = rng.choices([1, 2, 3], weights=[82, 14, 4])[0]
            if kind == "winter" and "Blanket" in name and rng.random() < 0.15:
                q = rng.randint(3, 10)  # blankets for relatives / the poor
            lines.append((name, q))
            total += round(price * infl / 10) * 10 * q
        if kind == "sale":
            total = total * 0.7
        elif rng.random() < 0.2:
            total = total * 0.9  # campaign discount
        return lines, int(round(total / 10) * 10)

    def retail_order(self, cust, day, kind, first):
        """Place one retail order; returns its outcome (status)."""
        rng = self.rng
        lines, amount = self.retail_basket(kind, day)
        inside = cust["district"] == "Dhaka"
        delivery = (70 if day < D(2025, 7, 1) else 80) if inside else (130 if day < D(2025, 7, 1) else 150)
        if amount >= 5000 and rng.random() < 0.4:
            delivery = 0
        pay_cod = 0.82 if first else 0.68
        if cust["channel"] == "Website":
            pay_cod -= 0.25
        r = rng.random()
        payment = "COD" if r < pay_cod else ("bKash" if r < pay_cod + (1 - pay_cod) * 0.7 else "Nagad")
        status, note = "Delivered", ""
        r = rng.random()
        refuse = (0.13 if cust["seg"] == "boost" else 0.07) if first else 0.035
        if payment == "COD" and r < refuse:
            status = "Cancelled"
            note = rng.choice(["customer refused parcel", "refused at door", "phone off, parcel returned",
                               "refused - said did not order", "", ""])
        elif r < refuse + 0.035:
            status = "Cancelled"
            note = rng.choice(["cancelled on confirmation call", "stock out", "customer cancelled", ""])
        elif r < refuse + 0.035 + 0.025:
            status = "Returned"
            note = rng.choice(["size problem", "colour not same as picture", "damaged", "wrong item sent", ""])
        elif payment != "COD" and rng.random() < 0.3:
            note = "advance paid"
        self.emit(cust, day, lines, amount, delivery, payment, status, note)
        if status == "Delivered" and rng.random() < 0.02 and LOG_START <= day <= LOG_END:
            # the same order entered twice by two moderators
            self.emit(cust, day, lines, amount, delivery, payment, "Cancelled", "duplicate entry")
        return status, note

    def simulate_retail(self):
        rng = self.rng
        windows = _all_retail_windows()
        acq_plan = []  # (window index, day)
        for k, s, p, e, n in RETAIL_WINDOWS:
            mid = s + (e - s) // 2
            count = int(round(n * self.scale * _growth(mid) / _growth(D(2025, 1, 1))))
            wi = windows.index((k, s, p, e))
            for _ in range(count):
                acq_plan.append((wi, _tri(rng, s, p, e)))
        for y, m in OFF_MONTHS:
            w = _month_window(y, m)
            wi = windows.index(w)
            count = int(round(OFF_ACQ * self.scale * _growth(w[1]) * rng.uniform(0.7, 1.3)))
            for _ in range(count):
                acq_plan.append((wi, _uniform(rng, w[1], w[3])))
        acq_plan.sort(key=lambda a: a[1])
        for wi, day in acq_plan:
            if day > LOG_END:
                continue
            self.one_retail_customer(windows, wi, day)

    def one_retail_customer(self, windows, wi, day):
        rng = self.rng
        kind = windows[wi][0]
        # the profile of who is drawn in by this kind of window
        names = list(PROFILE_WEIGHTS)
        weights = [PROFILE_WEIGHTS[n] * (PROFILES[n][kind] + 0.02) for n in names]
        profile = rng.choices(names, weights=weights)[0]
        seg = rng.choices(["boost", "organic", "web"], weights=[70, 22, 8])[0]
        channel = {"boost": "Facebook", "organic": rng.choice(["Facebook", "WhatsApp"]), "web": "Website"}[seg]
        cust = dict(type="Retail", seg=seg, profile=profile, channel=channel, alt_channel=rng.choice(["WhatsApp", "Facebook"]),
                    phone=self.new_phone(), fmt=rng.choices(["0", "+880", "880"], weights=[85, 9, 6])[0],
                    names=self.person(profile == "hindu"),
                    district=self.district(north_bias=profile in ("winter_lover", "blanket_giver")))
        if seg == "web" and rng.random() < 0.5:
            cust["fmt"] = "+880"
        status, _ = self.retail_order(cust, day, kind, first=True)
        conv = {"boost": 0.14, "organic": 0.45, "web": 0.32}[seg]
        if status == "Cancelled" and rng.random() < 0.7:
            conv *= 0.3
        if status == "Returned":
            conv *= 0.5
        if rng.random() >= conv:
            # a one-time buyer; sometimes a second order soon after the first
            if status == "Delivered" and rng.random() < 0.05:
                self.retail_order(cust, day + datetime.timedelta(days=rng.randint(2, 40)), kind, first=False)
            return
        # A returning customer: a personal lifetime and a personal appetite.
        hazard = rng.uniform(0.008, 0.035)  # per month
        if rng.random() < 0.25 and cust["channel"] == "Facebook":
            cust["channel"] = "WhatsApp"  # regulars message the page's WhatsApp directly
        self.returning_life(cust, profile, windows, wi, day, hazard, extra_in_first=True)

    def simulate_regulars(self):
        """Loyal customers won before the simulation starts (the page is older than 2023)."""
        rng = self.rng
        windows = _all_retail_windows()
        names = list(PROFILE_WEIGHTS)
        weights = [0.15, 0.30, 0.35, 0.10, 0.10]
        for _ in range(int(round(330 * self.scale))):
            profile = rng.choices(names, weights=weights)[0]
            cust = dict(type="Retail", seg="regular", profile=profile, channel=rng.choice(["Facebook", "WhatsApp", "WhatsApp"]),
                        alt_channel=rng.choice(["WhatsApp", "Facebook", "Website"]), phone=self.new_phone(),
                        fmt=rng.choices(["0", "+880", "880"], weights=[85, 9, 6])[0],
                        names=self.person(profile == "hindu"),
                        district=self.district(north_bias=profile in ("winter_lover", "blanket_giver")))
            # born some time ago: the remaining lifetime is memoryless
            self.returning_life(cust, profile, windows, -1, SIM_START, rng.uniform(0.005, 0.03),
                                extra_in_first=False)

    def returning_life(self, cust, profile, windows, wi, day, hazard, extra_in_first):
        rng = self.rng
        life_end = day + datetime.timedelta(days=int(rng.expovariate(hazard) * 30.4) + 20)
        fade = rng.uniform(120, 260) if rng.random() < 0.4 else 0
        appetite = min(1.6, math.exp(rng.gauss(0, 0.35)))
        affin = PROFILES[profile]
        if extra_in_first:
            # maybe another order within the acquisition window
            k, s, p, e = windows[wi]
            if rng.random() < 0.2 * appetite and e > day:
                d2 = _uniform(rng, day + datetime.timedelta(days=1), e)
                if d2 < life_end:
                    self.retail_order(cust, d2, k, first=False)
        for k, s, p, e in windows[wi + 1:]:
            if s > LOG_END or s >= life_end:
                break
            prob = affin[k] * appetite
            if fade:
                left = (life_end - s).days
                if left < fade:
                    prob *= max(0.0, left / fade)
            n = 0
            if rng.random() < min(0.95, prob):
                n = 1 + (rng.random() < 0.22 * appetite) + (rng.random() < 0.05 * appetite)
            days = sorted(_tri(rng, s, p, e) if k != "off" else _uniform(rng, s, e) for _ in range(n))
            stop = False
            for d in days:
                if d >= life_end:
                    stop = True
                    break
                st, note = self.retail_order(cust, d, k, first=False)
                if st == "Cancelled" and "refus" in note and rng.random() < 0.6:
                    stop = True  # blocked by the shop or ashamed to order again
                elif st == "Returned" and rng.random() < 0.35:
                    stop = True
                if stop:
                    break
            if stop:
                break

    # -- wholesale ----------------------------------------------------------
    def wholesale_windows(self, kind):
        """Buying seasons of one kind of wholesale customer: (season, start, end, eid or None)."""
        out = []
        for y in (2023, 2024, 2025):
            if kind == "district":
                out.append(("W", D(y, 9, 15), D(y + 1, 1, 15), None))
            elif kind == "fb":
                out.append(("W", D(y, 10, 5), D(y + 1, 1, 25), None))
            else:
                out.append(("W", D(y, 10, 1), D(y + 1, 1, 10), None))
                out.append(("P", D(y, 8, 20), D(y, 9, 24) if y == 2025 else D(y, 10, 3), None))
        for y in (2024, 2025):
            f, a = EID_FITR[y], EID_ADHA[y]
            start_f = D(y, 1, 15) if kind == "district" else D(y, 1, 25)
            out.append(("F", start_f, f - datetime.timedelta(days=6 if kind != "district" else 9), f))
            out.append(("A", a - datetime.timedelta(days=40 if kind == "district" else 34),
                        a - datetime.timedelta(days=4), a))
            if kind != "fb":
                for m in (7, 8) if kind == "district" else (6, 7, 8):
                    out.append(("S", D(y, m, 1) if m != 6 else D(y, 6, 15), D(y, m, 28), None))
            else:
                out.append(("B", D(y, 3, 30) if y == 2025 else D(y, 4, 14), D(y, 4, 12) if y == 2025 else D(y, 4, 14), None))
        out = [w for w in out if w[2] > w[1]]
        out.sort(key=lambda w: w[1])
        return out

    def wholesale_basket(self, season, day, target, kind):
        rng = self.rng
        if season in ("W",):
            cat = WINTER if day.month in (9, 10, 11, 12, 1) else EID
        elif season in ("F", "A"):
            cat = EID
        elif season == "P":
            cat = PUJA
        elif season == "B":
            cat = FEST
        else:
            cat = OFF
        if season == "W" and day.month == 1 and rng.random() < 0.3:
            cat = EID  # early Eid stock at the end of winter
        n = rng.randint(2, 6) if kind == "district" else rng.randint(1, 4)
        chosen = rng.sample(cat, min(n, len(cat)))
        lines, total = [], 0
        infl = 1.08 if day >= D(2025, 9, 1) else 1.0
        min_q = 10 if kind == "district" else 3
        for name, price in chosen:
            wp = round(price * 0.68 * infl / 10) * 10
            q = max(min_q, int(round(target / n / wp * rng.uniform(0.6, 1.4))))
            q = min(q, 150 if kind == "district" else 60)  # nobody wants 145 baby blankets
            if q > 20:
                q = int(round(q / 5) * 5)
            lines.append((name, q))
            total += wp * q
        return lines, total

    def simulate_wholesale(self):
        rng = self.rng
        plan = [("district", 95, "Wholesale"), ("fb", 300, "Reseller"), ("insta", 85, "Reseller")]
        for kind, n, ctype in plan:
            n = int(round(n * self.scale))
            wins = self.wholesale_windows(kind)
            starters = [w for w in wins if w[0] in ("W", "F", "A")]
            wts = [(3.0 if w[0] == "W" else 2.0 if w[0] == "F" else 0.8) * _growth(w[1]) for w in starters]
            for _ in range(n):
                w0 = rng.choices(starters, weights=wts)[0]
                start = _uniform(rng, w0[1], w0[1] + (w0[2] - w0[1]) * 3 // 4)
                if start > LOG_END:
                    continue
                self.one_wholesaler(kind, ctype, wins, start)

    def one_wholesaler(self, kind, ctype, wins, start):
        rng = self.rng
        owner = self.person(rng.random() < 0.1)
        dist = self.district()
        if kind == "district":
            dist = dist if dist != "Dhaka" or rng.random() < 0.2 else self.district()
            shop = f"{rng.choice(SHOP_PRE)} {rng.choice(SHOP_SUF)}"
            names = [f"{shop} ({owner[0].split()[0 if not owner[0].startswith(('Md.', 'Mst.')) else 1]})", shop,
                     f"{shop}, {dist}"]
            channel, alt = "WhatsApp", "Phone"
            mean, cadence = math.exp(rng.gauss(math.log(55000), 0.5)), rng.uniform(14, 35)
            trial_quit, retention = 0.07, rng.uniform(0.78, 0.94)
        elif kind == "fb":
            base = owner[0].split()[-1] if rng.random() < 0.4 else rng.choice(FB_WORDS)
            shop = f"{base} {rng.choice(FB_SUF)}" if rng.random() < 0.8 else f"Shop with {owner[0].split()[-1]}"
            names = [f"{shop} ({owner[0]})", owner[0], shop]
            channel, alt = "WhatsApp", "Facebook"
            mean, cadence = math.exp(rng.gauss(math.log(12000), 0.5)), rng.uniform(7, 24)
            trial_quit, retention = 0.16, rng.uniform(0.45, 0.85)
        else:
            shop = f"{rng.choice(FB_WORDS)} {rng.choice(INSTA_SUF)}"
            names = [shop, f"{shop} ({owner[0]})"]
            channel, alt = "Instagram", "WhatsApp"
            mean, cadence = math.exp(rng.gauss(math.log(25000), 0.45)), rng.uniform(20, 45)
            trial_quit, retention = 0.11, rng.uniform(0.6, 0.9)
        cust = dict(type=ctype, seg=kind, channel=channel, alt_channel=alt, phone=self.new_phone(),
                    fmt=rng.choices(["0", "+880", "880"], weights=[80, 12, 8])[0], names=names, district=dist)
        skip = {"W": 0.05, "F": 0.06, "A": 0.3 if kind == "district" else 0.2, "P": 0.35, "S": 0.8, "B": 0.6}
        first = True
        alive = True
        for season, s, e, eid in wins:
            if not alive:
                break
            if e < start:
                continue
            if s > LOG_END:
                break
            s = max(s, start)
            if not first and rng.random() < skip[season]:
                continue
            if season == "S":  # a single small summer restock now and then
                d = _uniform(rng, s, e)
                self.wholesale_order(cust, d, season, mean * 0.5, kind)
                continue
            final, mode, stop_at = False, None, None
            if not first and rng.random() < (1 - retention) * SEASON_SHARE[season]:
                final = True
                mode = rng.choices(["boundary", "switch", "abrupt"], weights=[45, 40, 15])[0]
                if mode == "boundary":
                    # does not come back at all this season: stops before it
                    alive = False
                    break
                stop_at = s + (e - s) * rng.uniform(0.15, 0.85)
            span = (e - s).days
            t = s + datetime.timedelta(days=int(rng.uniform(0, 0.2) * span)) if not first else s
            k_orders = 0
            while t <= e:
                fading = final and mode == "switch" and (stop_at - t).days < 40
                if stop_at is not None and t >= stop_at:
                    alive = False
                    break
                rush = 0.7 if eid is not None and (eid - t).days < 20 else 1.0
                size = mean * (1.2 if season == "F" else 0.8 if season in ("A", "P", "B") else 1.0)
                st = self.wholesale_order(cust, t, season, size * (0.55 if fading else 1.0), kind)
                k_orders += 1
                if first and k_orders <= 3 and rng.random() < trial_quit:
                    alive = False
                    break
                if st == "Returned" and rng.random() < 0.4:
                    alive = False
                    break
                if not first and rng.random() < 0.006:
                    alive = False  # closes the shop, falls ill, goes abroad
                    break
                gap = cadence * math.exp(rng.gauss(0, 0.3)) * rush * (1.6 if fading else 1.0)
                t = t + datetime.timedelta(days=max(3, int(round(gap))))
            if first and k_orders:
                first = False
            if not alive:
                break
            if final:
                alive = False
            if rng.random() < 0.03:
                # a long break (family, Hajj, abroad) of a year, then back
                start = e + datetime.timedelta(days=365)

    def wholesale_order(self, cust, day, season, size, kind):
        rng = self.rng
        target = size * math.exp(rng.gauss(0, 0.35))
        lines, amount = self.wholesale_basket(season, day, target, kind)
        pcs = sum(q for _, q in lines)
        if kind == "district":
            delivery = 0 if rng.random() < 0.35 else int(round((150 + 6 * pcs) / 50) * 50)
        else:
            delivery = (100 if cust["district"] == "Dhaka" else 200) + int(round(pcs * 3 / 10) * 10)
        r = rng.random()
        payment = "COD" if r < 0.22 else "bKash" if r < 0.82 else "Nagad"
        status, note = "Delivered", ""
        r = rng.random()
        if payment == "COD" and r < 0.02:
            status, note = "Cancelled", "parcel not received by party"
        elif r < 0.035:
            status, note = "Cancelled", rng.choice(["stock out", "party cancelled", "price not agreed"])
        elif r < 0.045:
            status, note = "Returned", rng.choice(["quality complaint", "wrong design sent", "damaged in courier"])
        elif payment != "COD" and rng.random() < 0.25:
            note = rng.choice(["advance paid", "50% advance", "rest on delivery"])
        self.emit(cust, day, lines, amount, delivery, payment, status, note)
        return status

    # -- export ---------------------------------------------------------------
    def write(self, path):
        self.orders.sort(key=lambda o: (o[0], o[1]))
        cols = ["order_no", "order_date", "customer_name", "phone", "customer_type", "channel", "district",
                "items", "amount", "delivery_charge", "payment", "status", "note"]
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for i, (day, _, row) in enumerate(self.orders):
                row = dict(row)
                row["order_no"] = f"BW{24101 + i}"
                row["order_date"] = day.strftime("%d/%m/%Y")
                w.writerow([row[c] for c in cols])


def write(seed: int, path: str) -> None:
    """Write the shop's order export for `seed` to `path` (deterministic)."""
    shop = _Shop(seed)
    shop.simulate_regulars()
    shop.simulate_retail()
    shop.simulate_wholesale()
    shop.write(path)


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
