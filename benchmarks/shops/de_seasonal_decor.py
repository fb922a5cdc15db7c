"""Synthetic sales export of "shop_b": a German online shop for seasonal
decorations, stationery and small gifts (B2C "Endkunde" + B2B "Haendler").

Assumptions (my own):
- Log covers 01.01.2023-31.12.2023. Demand is strongly seasonal: retail peaks in
  Nov/Dec (Advent, Black Friday spike, drop after ~19.12. shipping deadline), with
  smaller bumps for Valentine's, Easter (09.04.2023), Mother's Day, Schulanfang,
  Halloween. Wholesale buyers (shops, florists, offices; ~10 % of customers) order
  1-3 months ahead (Easter stock Jan-Mar, Christmas stock Jul-Oct), on weekdays,
  in packs (VPE), more regularly; new B2B accounts cluster after the Jan/Feb fairs.
- ~1,000-1,300 customers predate the log (lower customer numbers, first in-log
  order is not their first ever); ~2,600-3,100 new registered customers arrive,
  mostly in the Christmas season. ~55 % of new retail customers buy exactly once;
  repeat buyers follow a seasonally time-warped renewal process (retail ~2.5
  orders/yr, irregular; B2B ~7/yr, fairly regular), ~30 % of retail buyers are
  "Christmas-only". Leaving = a random end date plus a small per-order churn
  chance; ~15 % take a long pause (2-6 months) and come back. About 10 % of
  retail orders are guest checkouts with an empty Kundennr.
- Export: one row per invoice line, ';'-separated, UTF-8 with BOM, dates
  DD.MM.YYYY, decimal comma. Prices are net (Einzelpreis netto, MwSt 19 %),
  Gesamtpreis = Menge * Einzelpreis * (1 - Rabatt). Shipping is its own line
  (Artikelnr VERSAND). Returns (14-day Widerruf, B2B Reklamation) are credit
  notes "Gutschrift" (GS...), cancellations before shipping are "Storno" (ST...);
  both repeat the lines with negative Menge and Gesamtpreis and give the original
  Belegnr in "Bezugsbeleg". Credits after 31.12.2023 are not in the export.
"""
import bisect
import csv
import datetime
import math
import random
import sys

START = datetime.date(2023, 1, 1)
END = datetime.date(2023, 12, 31)
NDAYS = (END - START).days + 1
CUTS = (datetime.date(2023, 7, 1), datetime.date(2023, 8, 15), datetime.date(2023, 10, 1))

VAT = 0.19
EASTER = datetime.date(2023, 4, 9)
MOTHERS_DAY = datetime.date(2023, 5, 14)
BLACK_FRIDAY = datetime.date(2023, 11, 24)

# relative monthly intensity
RETAIL_MONTH = [0.55, 0.75, 0.95, 0.8, 0.7, 0.5, 0.45, 0.6, 0.8, 1.1, 2.0, 2.1]
B2B_MONTH = [0.9, 1.1, 0.9, 0.45, 0.5, 0.75, 1.05, 1.45, 1.6, 1.4, 0.9, 0.35]
RETAIL_WD = [1.1, 1.0, 1.0, 1.0, 0.9, 0.8, 1.2]
B2B_WD = [1.2, 1.1, 1.1, 1.05, 0.9, 0.06, 0.03]


def _day(i):
    return START + datetime.timedelta(days=i)


def _bump(d, centre, before, after=0):
    """Triangular bump rising over `before` days up to centre, falling over `after`."""
    delta = (d - centre).days
    if -before <= delta <= 0:
        return 1.0 - (-delta) / (before + 1)
    if 0 < delta <= after:
        return 1.0 - delta / (after + 1)
    return 0.0


def retail_season(d):
    w = RETAIL_MONTH[d.month - 1]
    w += 0.5 * _bump(d, datetime.date(2023, 2, 11), 14)
    w += 0.6 * _bump(d, EASTER - datetime.timedelta(days=5), 21)
    w += 0.35 * _bump(d, MOTHERS_DAY - datetime.timedelta(days=3), 12)
    w += 0.3 * _bump(d, datetime.date(2023, 8, 25), 20, 15)
    w += 0.4 * _bump(d, datetime.date(2023, 10, 28), 18)
    w += 1.8 * _bump(d, BLACK_FRIDAY, 1, 3)
    if d.month == 12:
        if 20 <= d.day <= 23:
            w *= 0.45
        elif 24 <= d.day <= 26:
            w *= 0.15
        elif d.day >= 27:
            w = 0.5
    if d.month == 1 and d.day <= 6:
        w *= 0.7
    return w * RETAIL_WD[d.weekday()]


def b2b_season(d):
    w = B2B_MONTH[d.month - 1]
    if d.month == 12 and d.day >= 18:
        w *= 0.15
    if d.month == 1 and d.day <= 6:
        w *= 0.3
    return w * B2B_WD[d.weekday()]


def _cumulative(fn, power=1.0):
    vals = [fn(_day(i)) ** power for i in range(NDAYS)]
    mean = sum(vals) / NDAYS
    cum, s = [], 0.0
    for v in vals:
        s += v / mean
        cum.append(s)
    return [v / mean for v in vals], cum


# ----------------------------------------------------------------- catalogue
CATS = {
    # name: (base weight, window start (m,d), window end (m,d), peak weight)
    "Weihnachten": (0.15, (9, 20), (12, 22), 6.0),
    "Ostern": (0.05, (2, 10), (4, 8), 4.0),
    "Valentinstag": (0.02, (1, 15), (2, 14), 3.0),
    "Herbst": (0.05, (9, 1), (10, 31), 3.0),
    "Schulanfang": (0.1, (7, 10), (9, 15), 2.5),
    "Sommer": (0.1, (5, 1), (8, 20), 1.5),
    "Papeterie": (1.4, None, None, 0.0),
    "Geschenke": (1.0, (4, 25), (5, 13), 1.0),
}
NAMES = {
    "Weihnachten": (["Christbaumkugel", "Adventskalender", "Weihnachtsstern", "Lichterkette",
                     "Baumanhaenger", "Weihnachtskarte", "Geschenkpapier", "Krippenfigur",
                     "Adventskranz-Set", "Schwibbogen", "Wichtel-Figur", "Stollendose"],
                    ["Glas rot", "gold", "Holz natur", "LED warmweiss", "Filz", "silber glitzer",
                     "Kraftpapier", "nordisch", "10er Set", "klein", "gross"]),
    "Ostern": (["Osterei", "Osterhase", "Osterkranz", "Eierbecher", "Osterkarte",
                "Osterstrauch-Anhaenger", "Kueken-Figur"],
               ["Keramik", "pastell", "Holz", "6er Set", "bemalt", "Filz", "gross"]),
    "Valentinstag": (["Herzdose", "Grusskarte Liebe", "Herzgirlande", "Kerze Herz"],
                     ["rot", "rosa", "Metall", "Papier"]),
    "Herbst": (["Kuerbis-Deko", "Laternen-Set", "Halloween-Girlande", "Blaetterkranz",
                "Teelichthalter Herbst"], ["orange", "Keramik", "Papier", "Metall", "LED"]),
    "Schulanfang": (["Schultuete", "Federmappe", "Heftumschlag-Set", "Stundenplan",
                     "Schultueten-Bastelset"], ["blau", "rosa", "Einhorn", "Dino", "70 cm", "A4"]),
    "Sommer": (["Windlicht", "Lampion", "Gartenstecker", "Wimpelkette", "Picknick-Servietten"],
               ["Glas", "bunt", "Metall", "20er Pack", "maritim"]),
    "Papeterie": (["Notizbuch", "Grusskarte", "Briefpapier-Set", "Kalender 2024", "Washi-Tape",
                   "Stempel-Set", "Geschenkanhaenger", "Kuvert", "Sticker-Bogen", "Kugelschreiber",
                   "Lesezeichen", "Klappkarte Geburtstag"],
                  ["A5 liniert", "A5 dotted", "3er Set", "Kraft", "floral", "10er Pack", "gold",
                   "schwarz", "pastell", "Recycling"]),
    "Geschenke": (["Tasse", "Duftkerze", "Schluesselanhaenger", "Geschenkbox", "Teelichtglas",
                   "Magnet-Set", "Fotorahmen", "Seifenschale"],
                  ["Keramik", "Spruch", "Vanille", "Messing", "klein", "weiss", "Holz"]),
}


def _in_window(d, ws, we):
    md = (d.month, d.day)
    return ws <= md <= we


def _shift(d, days):
    return d + datetime.timedelta(days=days)


def make_catalogue(rng):
    items = []
    used = set()
    prefix = {c: str(10 + k) for k, c in enumerate(CATS)}
    for cat, (nouns, adjs) in NAMES.items():
        n = {"Weihnachten": 95, "Papeterie": 85, "Geschenke": 45, "Ostern": 35}.get(cat, 20)
        for _ in range(n):
            while True:
                name = f"{rng.choice(nouns)} {rng.choice(adjs)}"
                if name not in used or len(used) > 5000:
                    break
                name += f" Nr. {rng.randint(2, 9)}"
                if name not in used:
                    break
            used.add(name)
            med = {"Papeterie": 3.8, "Valentinstag": 4.5, "Geschenke": 9.0, "Weihnachten": 7.5}.get(cat, 6.0)
            gross = math.exp(rng.gauss(math.log(med), 0.65))
            gross = min(max(gross, 0.95), 59.0)
            gross = math.floor(gross) + rng.choice([0.49, 0.95, 0.99, 0.90, 0.50])
            net = round(gross / (1 + VAT), 2)
            vpe = rng.choice([6, 6, 12, 12, 12, 24, 4, 10]) if gross < 15 else rng.choice([2, 3, 4, 6])
            popularity = math.exp(rng.gauss(0, 1.0))
            artnr = prefix[cat] + f"{len(items) + 1:04d}"
            items.append(dict(nr=artnr, name=name, cat=cat, net=net, vpe=vpe, pop=popularity))
    return items


def cat_weight(cat, d, b2b):
    base, ws, we, peak = CATS[cat]
    if b2b:  # trade buys the season ahead
        d = _shift(d, 60 if cat == "Weihnachten" else 45)
    w = base
    if ws and _in_window(d, ws, we):
        w += peak
    return w


# ----------------------------------------------------------------- customers
def _fmt_money(x):
    return f"{x:.2f}".replace(".", ",")


def _gamma_gap(rng, mean, shape):
    return rng.gammavariate(shape, mean / shape)


def simulate(rng):
    prof = {}
    prof["retail"] = _cumulative(retail_season)
    prof["xmas"] = _cumulative(retail_season, 2.2)
    prof["b2b"] = _cumulative(b2b_season)

    n_pre = int(rng.uniform(1000, 1300))
    n_new = int(rng.uniform(2600, 3100))

    customers = []
    # pre-existing customers (registered before 2023)
    for _ in range(n_pre):
        b2b = rng.random() < 0.14
        customers.append(dict(pre=True, b2b=b2b))
    # new customers: first-order day drawn from acquisition profile
    acq_r = [retail_season(_day(i)) ** 1.3 for i in range(NDAYS)]
    acq_b = [b2b_season(_day(i)) * (1.6 if _day(i).month in (1, 2) else 1.0) for i in range(NDAYS)]
    for _ in range(n_new):
        b2b = rng.random() < 0.08
        day = rng.choices(range(NDAYS), weights=acq_b if b2b else acq_r)[0]
        customers.append(dict(pre=False, b2b=b2b, arrival=day))

    orders = []  # (day, cust_index or None)
    for ci, c in enumerate(customers):
        b2b = c["b2b"]
        if b2b:
            kind = "b2b"
            rate = math.exp(rng.gauss(math.log(7.0), 0.55))
            shape = 2.5
            life_mean = 900
            churn_per_order = 0.04
            one_time = (not c["pre"]) and rng.random() < 0.30
        else:
            kind = "xmas" if rng.random() < 0.30 else "retail"
            rate = math.exp(rng.gauss(math.log(2.5), 0.6))
            shape = 0.9
            life_mean = 420
            churn_per_order = 0.10
            one_time = (not c["pre"]) and rng.random() < 0.55
        c["kind"] = kind
        c["land"] = rng.choices(["DE", "AT", "CH", "NL", "LU"], [88, 7, 2, 2, 1])[0]
        w, cum = prof[kind]
        mean_gap = 365.0 / rate
        death = (c.get("arrival", 0)) + rng.expovariate(1.0 / life_mean)
        pause = None
        if rng.random() < 0.15:
            ps = rng.uniform(0, NDAYS)
            pause = (ps, ps + rng.uniform(60, 180))
        days = []
        if c["pre"]:
            # residual time to next purchase in operational time
            pos = rng.uniform(0, _gamma_gap(rng, mean_gap, shape) * 1.5)
            cur = bisect.bisect_left(cum, pos)
        else:
            cur = c["arrival"]
            days.append(cur)
            if one_time:
                cur = NDAYS
            else:
                pos = cum[cur] + _gamma_gap(rng, mean_gap, shape)
                cur = bisect.bisect_left(cum, pos)
        while cur < NDAYS and cur < death:
            if pause and pause[0] <= cur < pause[1]:
                cur = int(pause[1]) + 1
                if cur >= NDAYS:
                    break
                # resume: a fresh residual gap after the pause
                pos = cum[cur] + rng.uniform(0, mean_gap)
                cur = bisect.bisect_left(cum, pos)
                continue
            days.append(cur)
            if rng.random() < churn_per_order:
                break
            pos = cum[cur] + max(1.0, _gamma_gap(rng, mean_gap, shape))
            cur = bisect.bisect_left(cum, pos)
        c["days"] = days
        for d in days:
            orders.append((d, ci))

    # guest checkouts (no customer number)
    n_retail_orders = sum(1 for d, ci in orders if not customers[ci]["b2b"])
    n_guest = int(n_retail_orders * rng.uniform(0.09, 0.12))
    gw = [retail_season(_day(i)) ** 1.2 for i in range(NDAYS)]
    for _ in range(n_guest):
        orders.append((rng.choices(range(NDAYS), weights=gw)[0], None))

    # customer numbers: pre-existing get older (gappy) numbers, new ones numbered by first order
    active = [ci for ci, c in enumerate(customers) if c["days"]]
    pre = [ci for ci in active if customers[ci]["pre"]]
    new = sorted((ci for ci in active if not customers[ci]["pre"]),
                 key=lambda ci: (customers[ci]["days"][0], rng.random()))
    old_pool = rng.sample(range(10001, 10001 + int(len(pre) * 2.6) + 50), len(pre))
    for ci, nr in zip(pre, old_pool):
        customers[ci]["nr"] = str(nr)
    nxt = 10001 + int(len(pre) * 2.6) + 50 + rng.randint(5, 40)
    for ci in new:
        customers[ci]["nr"] = str(nxt)
        nxt += 1 if rng.random() < 0.93 else 2  # occasional deleted/test accounts
    return customers, orders


def build_lines(rng, items, cust, day):
    d = _day(day)
    b2b = bool(cust and cust["b2b"])
    cw = {cat: cat_weight(cat, d, b2b) for cat in CATS}
    if cust and cust["kind"] == "xmas":
        cw["Weihnachten"] *= 3.0
    weights = [it["pop"] * cw[it["cat"]] for it in items]
    if b2b:
        nlines = min(40, 2 + int(rng.expovariate(1 / 7.0)))
    else:
        nlines = 1 + min(11, int(rng.expovariate(1 / 1.6)))
    chosen = []
    seen = set()
    for _ in range(nlines * 3):
        it = rng.choices(items, weights=weights)[0]
        if it["nr"] in seen:
            continue
        seen.add(it["nr"])
        chosen.append(it)
        if len(chosen) >= nlines:
            break
    lines = []
    for it in chosen:
        if b2b:
            qty = it["vpe"] * rng.choice([1, 1, 1, 2, 2, 3, 4, 5])
            price = round(it["net"] * 0.55, 2)
        else:
            qty = 1 if rng.random() < 0.72 else rng.choice([2, 2, 3, 4, 5, 6, 10])
            price = it["net"]
        lines.append([it["nr"], it["name"], qty, price, 0])
    total = sum(q * p for _, _, q, p, _ in lines)
    if b2b:
        disc = 10 if total > 1200 else (5 if total > 500 else 0)
        for ln in lines:
            ln[4] = disc
        if total < 150:
            lines.append(["VERSAND", "Versandkosten Spedition/Paket", 1, 9.90, 0])
    else:
        if total * (1 + VAT) < 39.0:
            ship = 4.95 if (cust is None or cust["land"] == "DE") else 9.95
            lines.append(["VERSAND", "Versandkosten", 1, round(ship / (1 + VAT), 2), 0])
    return lines


def write(seed: int, path: str) -> None:
    rng = random.Random(seed)
    items = make_catalogue(rng)
    customers, orders = simulate(rng)
    orders.sort(key=lambda o: (o[0], rng.random()))

    docs = []  # (day, sortkey, belegnr, art, kunde, gruppe, land, lines, bezug)
    inv_no = rng.randint(1000, 4000)
    credits = []
    for day, ci in orders:
        cust = customers[ci] if ci is not None else None
        lines = build_lines(rng, items, cust, day)
        inv_no += 1
        belegnr = f"RE23-{inv_no:06d}"
        if cust is None:
            kunde, gruppe, land = "", "Gast", rng.choices(["DE", "AT", "CH"], [92, 6, 2])[0]
        else:
            kunde = cust["nr"]
            gruppe = "Haendler" if cust["b2b"] else "Endkunde"
            land = cust["land"]
        docs.append((day, 0, belegnr, "Rechnung", kunde, gruppe, land, lines, ""))
        b2b = gruppe == "Haendler"
        r = rng.random()
        p_storno = 0.008 if b2b else 0.015
        p_return = 0.035 if b2b else 0.06
        goods = [ln for ln in lines if ln[0] != "VERSAND"]
        if r < p_storno:
            credits.append((day + rng.choice([0, 0, 1]), "Storno", kunde, gruppe, land,
                            [list(ln) for ln in lines], belegnr))
        elif r < p_storno + p_return and goods:
            if b2b:
                k = 1 if rng.random() < 0.8 else 2
                back = rng.sample(goods, min(k, len(goods)))
                cl = [[ln[0], ln[1], max(1, int(ln[2] * rng.uniform(0.05, 0.5))), ln[3], ln[4]]
                      for ln in back]
                delay = rng.randint(4, 30)
            else:
                if rng.random() < 0.45:
                    back = goods
                else:
                    back = rng.sample(goods, max(1, rng.randint(1, len(goods))))
                cl = [[ln[0], ln[1], ln[2] if rng.random() < 0.8 else max(1, ln[2] // 2), ln[3], ln[4]]
                      for ln in back]
                delay = rng.randint(6, 28)
            credits.append((day + delay, "Gutschrift", kunde, gruppe, land, cl, belegnr))
    credits.sort(key=lambda c: (c[0], rng.random()))
    gs_no = rng.randint(100, 400)
    st_no = rng.randint(10, 90)
    for day, art, kunde, gruppe, land, cl, bezug in credits:
        if day >= NDAYS:
            continue
        if art == "Storno":
            st_no += 1
            nr = f"ST23-{st_no:05d}"
        else:
            gs_no += 1
            nr = f"GS23-{gs_no:05d}"
        neg = [[a, b, -q, p, disc] for a, b, q, p, disc in cl]
        docs.append((day, 1, nr, art, kunde, gruppe, land, neg, bezug))
    docs.sort(key=lambda x: (x[0], x[1], x[2]))

    header = ["Belegnr", "Belegart", "Belegdatum", "Kundennr", "Kundengruppe", "Land",
              "Pos", "Artikelnr", "Artikelbezeichnung", "Menge", "Einzelpreis netto",
              "Rabatt %", "Gesamtpreis netto", "MwSt %", "Bezugsbeleg"]
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for day, _, nr, art, kunde, gruppe, land, lines, bezug in docs:
            ds = _day(day).strftime("%d.%m.%Y")
            for pos, (artnr, name, qty, price, disc) in enumerate(lines, 1):
                total = round(qty * price * (1 - disc / 100.0), 2)
                w.writerow([nr, art, ds, kunde, gruppe, land, pos, artnr, name, qty,
                            _fmt_money(price), disc, _fmt_money(total), 19, bezug])


if __name__ == "__main__":
    write(int(sys.argv[1]), sys.argv[2])
