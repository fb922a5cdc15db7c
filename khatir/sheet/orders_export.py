"""The Orders tab holding a shop system's order export, read as the backtest reads one.

An owner pastes what their shop system exports (invoice lines: InvoiceNo, Quantity,
InvoiceDate, UnitPrice, CustomerID; or Shopify's Name, Email, Created at, Total,
Financial Status) into the Orders tab. Its header has no Date (or no Customer ID)
column by the sheet's names, so the tab used to be skipped with one Problems row, and
the run had no purchase history at all: no lost list, no win-back, no first order
(a maintainer's trial with the UCI Online Retail export). The backtest read that very
tab fine. So when the sheet's names find no such column but the backtest's recogniser
(``khatir.orders_columns``) finds a date and a customer column, the tab is read by the
backtest's own reader (``khatir.orders_file.orders_from_rows``, one set of rules:
invoice lines, Quantity × UnitPrice, cancelled statuses, refunds, rows with no
customer), and each buyer is matched to a row of Customers by ID, phone or e-mail.

Nothing here writes: the tab is a staff tab. The reader's modules are imported only when
a tab needs them, so a daily run on a sheet of the usual shape does not pay for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Callable, Mapping

from ..i18n import Counted, Text, localise_digits, thousands
from . import parse
from .export_buyers import none_matched, unmatched_problems
from .orders_paste import pasted_note
from .records import Customer, Order, Problem
from .tables import column_letter

if TYPE_CHECKING:
    from ..orders_file import OrderLog

READ_AS_EXPORT = Counted(  # counted: the sheet's required columns the header lacks
    one="The {orders} tab was read as an order export from a shop system (its header has no "
        "{missing} column), the way the backtest reads one: {kept} of its {rows} rows are "
        "orders or refunds.",
    en="The {orders} tab was read as an order export from a shop system (its header has no "
       "{missing} columns), the way the backtest reads one: {kept} of its {rows} rows are "
       "orders or refunds.",
    bn="{orders} ট্যাবটি দোকানের সফটওয়্যারের অর্ডার এক্সপোর্ট হিসেবে পড়া হয়েছে (এর শিরোনামে "
       "{missing} কলাম নেই), ব্যাকটেস্ট যেভাবে পড়ে: এর {rows}টি সারির মধ্যে {kept}টি অর্ডার বা ফেরত।")
AND = Text(en=" and ", bn=" ও ")
NOT_IN_CUSTOMERS = Counted(
    one="{people} customer of this export is not in the {customers} tab ({examples}): "
        "their {rows} not counted in any purchase history.",
    en="{people} customers of this export are not in the {customers} tab (for example "
       "{examples}): their {rows} not counted in any purchase history.",
    bn_one="এই এক্সপোর্টের {people} জন গ্রাহক {customers} ট্যাবে নেই ({examples}): তাঁর {rows} "
           "কোনো কেনাকাটার হিসাবে ধরা হয়নি।",
    bn="এই এক্সপোর্টের {people} জন গ্রাহক {customers} ট্যাবে নেই (যেমন {examples}): তাঁদের {rows} "
       "কোনো কেনাকাটার হিসাবে ধরা হয়নি।")
ROWS_ARE = Counted(one="{k} row is", en="{k} rows are", bn="{k}টি সারি")
NOT_IN_CUSTOMERS_FIX = Text(
    en="Add them to the {customers} tab with the same {key} as in the export's {column} column "
       "(or correct the {key} of a customer already there); the next run counts their orders. "
       "Buyers you do not follow up can be left out.",
    bn="তাঁদের {customers} ট্যাবে যোগ করুন, এক্সপোর্টের {column} কলামে যা আছে সেই একই {key} দিয়ে "
       "(অথবা যিনি আগে থেকে আছেন তাঁর {key} ঠিক করুন); পরের রানে তাঁদের অর্ডার গোনা হবে। যাঁদের "
       "খোঁজ নেওয়ার দরকার নেই, তাঁদের বাদ রাখতে পারেন।")
FUTURE_FIX = Text(
    en="Correct their dates (a mistyped year, like {next} for {year}, is common); until then "
       "these orders are left out of the customers' purchases.",
    bn="তারিখগুলো ঠিক করুন (বছর ভুল লেখা হয় প্রায়ই, যেমন {year}-এর জায়গায় {next}); ততদিন এই "
       "অর্ডারগুলো গ্রাহকদের কেনাকাটায় ধরা হবে না।")
NOT_READ_FIX = Text(
    en="Until then this tab is not read: purchases come from the {customers} tab's First "
       "Purchase, Last Purchase, Orders and Total Spent columns.",
    bn="ততদিন এই ট্যাবটি পড়া হবে না: কেনাকাটার হিসাব আসবে {customers} ট্যাবের প্রথম কেনা, শেষ "
       "কেনা, অর্ডার আর মোট কেনা কলাম থেকে।")
#: How many of the buyers not in Customers a Problems row names.
EXAMPLES = 3


@dataclass
class Export:
    """The Orders tab read as an export: its orders by the export's own customer keys, and
    what the summary and Problems say of it (``matched`` fills the rest)."""

    title: str
    log: OrderLog
    missing: list[str]  # the sheet's required columns the header lacks, as a sentence names them
    #: pasted under the sheet's own header row (``orders_paste``): that row's number, and the
    #: 0-based index of the export's own header row in the tab (0, 0: pasted alone)
    under: int = 0
    start: int = 0
    orders: list[Order] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_export(title: str, grid: list[list], lang: str, missing: list[str]
                ) -> tuple[Export | None, Problem | None]:
    """The tab read by the backtest's reader: (the export, None); (None, None) when the
    recogniser finds no date and customer column either (the tab is skipped as before);
    (None, a Problem) when it finds them but no row reads as an order."""
    from ..orders_file import NO_CUSTOMER_COLUMN, NO_HEADER, NO_ROWS, OrdersFileError, \
        orders_from_rows

    try:
        log = orders_from_rows(grid, title, header_required=True)
    except OrdersFileError as err:
        if err.text in (NO_HEADER, NO_CUSTOMER_COLUMN, NO_ROWS):
            return None, None
        return None, Problem(title, None, "", "", err.message(lang), "")
    return Export(title, log, missing), None


def export_with_amounts(title: str, grid: list[list], lang: str, missing: list[str]
                        ) -> Export | None:
    """The Orders tab read as an export when the sheet's names find its Date and Customer ID
    but no Amount column, and the export recogniser finds the amount under another name in
    the same header (Square's "Net Total", "Gross Sales"; or Quantity × Unit Price): else
    its amounts would be ignored, and its refund rows ("Event Type": Refund) read as
    purchase days (an owner's blind trial). ``None``: read the tab as the sheet's own."""
    from ..orders_columns import find_header

    at, cols = find_header(grid[:10])
    if cols is None or (cols.amount is None and (cols.quantity is None or cols.unit_price is None)):
        return None
    export, _ = read_export(title, grid, lang, missing)
    return export


def not_read_fix(lang: str, customers: str) -> str:
    """The fix of the Problems row of an export whose columns were found but no order read."""
    return NOT_READ_FIX(lang, customers=customers)


def matched(export: Export, customers: Mapping[str, Customer], skipped: set[str],
            grid: list[list], lang: str, today: date | None, region: str,
            customers_tab: str, column_of: Callable[[str], str],
            no_id: Mapping[str, int] | None = None) -> Export:
    """The export's orders under the Customers tab's IDs, one Problems row for all the
    buyers not there (never one a row: an export holds thousands of lines), one for the
    rows dated after ``today``, and the summary's lines. ``customers_tab``: that tab's name
    as this sheet shows it; ``column_of(key)``: its "id", "phone" or "email" column's;
    ``no_id``: the phones and e-mails of its rows with no Customer ID (``export_buyers``)."""
    from ..backtest_report import columns_line, future_rows, left_out

    log = export.log.until(today) if today is not None else export.log
    find = _finder(customers, skipped, region)
    found: dict[str, str | None] = {}
    unknown: dict[str, int] = {}  # key -> its rows, in the order first met
    orders = []
    for order in log.orders:
        key = order.customer_id
        if key not in found:
            found[key] = find(key)
        cid = found[key]
        if cid is None:
            unknown[key] = unknown.get(key, 0) + 1
        elif cid in customers:
            orders.append(order if cid == key else replace(order, customer_id=cid))
    export.orders = orders
    header = dict(log.columns)
    column = str(header.get("customer", ""))
    letter = _letter(grid, column)

    def not_in_customers(unknown: dict[str, int]) -> Problem:
        people, rows = len(unknown), sum(unknown.values())
        shown = ", ".join(list(unknown)[:EXAMPLES]) + (", …" if people > EXAMPLES else "")
        key = column_of(_kind(next(iter(unknown))))
        return Problem(
            export.title, None, letter, shown,
            NOT_IN_CUSTOMERS(lang, people, people=thousands(people, lang), examples=shown,
                             customers=customers_tab,
                             rows=ROWS_ARE(lang, rows, k=thousands(rows, lang))),
            NOT_IN_CUSTOMERS_FIX(lang, customers=customers_tab, key=key, column=column))

    if unknown:
        export.problems += unmatched_problems(unknown, dict(no_id or {}), region, lang,
                                              export.title, letter, customers_tab, column_of,
                                              not_in_customers)
    if log.future and today is not None:
        export.problems.append(Problem(
            export.title, None, _letter(grid, str(header.get("date", ""))), "",
            future_rows(log)(lang, log.future, k=thousands(log.future, lang)),
            FUTURE_FIX(lang, year=localise_digits(today.year, lang),
                       next=localise_digits(today.year + 1, lang))))
    total = len(log.orders) + log.skipped + log.future
    kept, rows_in = thousands(len(log.orders), lang), thousands(total, lang)
    first = pasted_note(lang, export.title, export.under, export.start + 1, kept, rows_in) \
        if export.under else READ_AS_EXPORT(lang, len(export.missing), orders=export.title,
                                            missing=AND(lang).join(export.missing),
                                            kept=kept, rows=rows_in)
    export.notes = [" ".join([first, *left_out(log, lang, future=False), columns_line(log, lang)])]
    if log.orders and not orders:  # the summary must not read like a success
        export.notes.append(none_matched(list(found), lang, customers_tab))
    return export


def _finder(customers: Mapping[str, Customer], skipped: set[str], region: str
            ) -> Callable[[str], str | None]:
    """The Customers ID an export's customer key names, or None: an account or customer ID
    as IDs are matched between tabs (case and spaces aside; a number cell 17850 and the
    texts "17850" and "17850.0" alike), a phone number as Khatir reads the Phone column, an
    e-mail address as the Email column, case aside. A key naming a Customers row that could
    not be read (``skipped``, already in Problems) names that ID, and is not counted."""
    from ..orders_columns import id_text, phone_id

    by_id: dict[str, str] = {}
    by_phone: dict[str, str] = {}
    by_email: dict[str, str] = {}
    for cid in [*customers, *skipped]:
        for form in (parse.match_key(cid), parse.match_key(id_text(cid))):
            if form:  # id_text reads an ID "Guest" or "0" as no customer: ""
                by_id.setdefault(form, cid)
    for cid, c in customers.items():
        if c.phone:
            by_phone.setdefault(c.phone, cid)
        if c.email:
            by_email.setdefault(str(c.email).strip().casefold(), cid)

    def find(key: str) -> str | None:
        cid = by_id.get(parse.match_key(key))
        if cid is None and "@" in key:
            cid = by_email.get(key.strip().casefold())
        if cid is None and _PHONE_LIKE.search(key):
            cid = by_phone.get(key) or by_phone.get(phone_id(key, region))
        return cid
    return find


_PHONE_LIKE = re.compile(r"\d{7}|\d[\d\s\-]{8,}")


def _kind(key: str) -> str:
    """Which Customers column a key matches by: "email", "phone" or "id"."""
    if "@" in key:
        return "email"
    return "phone" if key.startswith("+") and key[1:].isdigit() else "id"


def _letter(grid: list[list], header: str) -> str:
    """The column letter of the header cell ``header`` in the tab's first rows ("" if none)."""
    for row in grid[:10]:
        for i, cell in enumerate(row):
            if cell is not None and str(cell).strip() == header and header:
                return column_letter(i + 1)
    return ""
