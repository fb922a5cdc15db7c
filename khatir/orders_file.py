"""Reading a shop's orders for the backtest: a CSV/TSV/text file, or a workbook or Google Sheet.

Real purchase logs come in many shapes: with or without a header, columns in any
order, one line per invoice item with a quantity and a unit price, US month-first or
Bangladeshi day-first dates, customer IDs exported as ``12346.0``, Latin-1 text,
one tab a year named after the year. Which column is which is decided by
``orders_columns``. A row that is not an order (blank, a total line, no customer ID,
a cancelled or returned order) is skipped and counted; a file with no order at all
is one ``OrdersFileError`` sentence in the owner's language.
"""
from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from itertools import islice
from typing import Callable, Iterable, Iterator

from .config import unicode_text
from .errors import CellError, KhatirError
from .i18n import ASCII_DIGITS, Text
from .orders_columns import (BARE_ID, CUSTOMER, DATE, MASKED, MAX_TYPES, Columns, contact_ids,
                             dated_headers, find_header, id_text, order_numbers, total_row,
                             unmask, walk_in)
from .sheet.date_order import guess_dayfirst as _guess_dayfirst, parts, vote as _vote
from .sheet.parse import (parse_date, parse_never_bought, parse_not_a_sale, parse_own_money,
                          parse_refund_kind, parse_returned)
from .sheet.schema import TabSpec, header_key
from .sheet.records import Order


class OrdersFileError(KhatirError, ValueError):
    """The orders cannot be read; the sentence says what to do."""


EMPTY = Text(en="{where} is empty.", bn="{where} ফাইলটি খালি।")
NOT_FOUND = Text(en="File not found: {where}. Check the name and the folder.",
                 bn="ফাইল পাওয়া যায়নি: {where}। নাম আর ফোল্ডার ঠিক আছে কি না দেখুন।")
FOLDER = Text(
    en="{where} is a folder, not a file; give the orders file inside it, for example "
       "{example}.",
    bn="{where} একটি ফোল্ডার, ফাইল নয়; এর ভেতরের অর্ডারের ফাইলটি দিন, যেমন {example}।")
OTHER_FORMAT = Text(
    en="{where} is a spreadsheet Khatir cannot read (only .xlsx and CSV); open it and save it "
       "as .xlsx (File → Save As → Excel Workbook) or as CSV, then run this again.",
    bn="{where} এমন একটি স্প্রেডশিট যা খাতির পড়তে পারে না (শুধু .xlsx আর CSV); ফাইলটি খুলে "
       ".xlsx (File → Save As → Excel Workbook) বা CSV হিসেবে সেভ করে আবার চালান।")
NO_ROWS = Text(en="{where} has no rows.", bn="{where}-এ কোনো সারি নেই।")
NO_HEADER = Text(
    en="{where}: no header row with Date, Customer ID and Amount found; add one as the first row.",
    bn="{where}: তারিখ (Date), গ্রাহক আইডি (Customer ID) ও টাকা (Amount) লেখা শিরোনামের সারি "
       "পাওয়া যায়নি; প্রথম সারিতে এগুলো লিখুন।")
NO_ORDER = Text(
    en="{where}: no row could be read as date, customer id and amount; check that the dates "
       "and customer IDs are filled in.",
    bn="{where}: কোনো সারি তারিখ, গ্রাহক আইডি ও টাকা হিসেবে পড়া যায়নি; তারিখ আর গ্রাহক আইডি "
       "ভরা আছে কি না দেখুন।")
NO_ORDER_DATES = Text(
    en="{where}: no row could be read, because the dates in the column '{column}' cannot be read "
       "(for example “{example}”). If they are numbers like 45720, they are Excel's day numbers "
       "saved as text: select the column in Excel, format it as Date (Home → Number Format → "
       "Short Date) and save again; otherwise write the dates like 22/11/2026.",
    bn="{where}: কোনো সারি পড়া যায়নি, কারণ '{column}' কলামের তারিখগুলো পড়া যাচ্ছে না (যেমন "
       "“{example}”)। এগুলো যদি 45720-এর মতো সংখ্যা হয়, তবে সেগুলো লেখা হিসেবে রাখা Excel-এর "
       "দিনের নম্বর: Excel-এ কলামটি বেছে নিয়ে Date হিসেবে ফরম্যাট করুন (Home → Number Format → "
       "Short Date) আর আবার সেভ করুন; নইলে তারিখগুলো ২২/১১/২০২৬-এর মতো করে লিখুন।")
ORDER_NUMBERS = Text(
    en="{where}: the column '{column}' numbers the orders, not the customers (none of its "
       "{count} values comes back on another day); export the orders with a customer column "
       "(Customer ID, Email or Phone) and run this again.",
    bn="{where}: '{column}' কলামটি অর্ডারের নম্বর, গ্রাহকের নয় (এর {count}টি মানের একটিও অন্য "
       "দিনে আর আসেনি); গ্রাহকের কলামসহ (গ্রাহক আইডি, ইমেইল বা ফোন) অর্ডারগুলো এক্সপোর্ট করে "
       "আবার চালান।")
NO_ORDERS_TAB = Text(
    en="{where} has no Orders tab, and no tab has a header row with a date and a customer ID; "
       "name the tab 'Orders' (or 'অর্ডার') with the columns Date, Customer ID and Amount.",
    bn="{where}-এ Orders (অর্ডার) ট্যাব নেই, আর কোনো ট্যাবে তারিখ ও গ্রাহক আইডির শিরোনাম নেই; "
       "তারিখ, গ্রাহক আইডি ও টাকার কলাম দিয়ে ট্যাবটির নাম দিন 'অর্ডার' (বা 'Orders')।")
TOO_NARROW = Text(
    en="{where}: each row needs at least a date and a customer id.",
    bn="{where}: প্রতিটি সারিতে অন্তত একটি তারিখ আর একটি গ্রাহক আইডি থাকতে হবে।")
NO_CUSTOMER_COLUMN = Text(
    en="{where}: the header has a date column ({date}) but no customer column; Khatir looks for "
       "one named like Customer ID, Customer, Phone or Email. Add such a column, or rename the "
       "one that names the customer, then run this again.",
    bn="{where}: শিরোনামে তারিখের কলাম ({date}) আছে, কিন্তু গ্রাহকের কলাম নেই; খাতির Customer "
       "ID, Customer, Phone বা Email (গ্রাহক আইডি, গ্রাহক, ফোন, ইমেইল) নামের কলাম খোঁজে। এমন "
       "একটি কলাম যোগ করুন, বা যে কলামে গ্রাহক চেনা যায় তার শিরোনাম বদলে দিন, তারপর আবার "
       "চালান।")
NO_DATES = Text(
    en="{where}: no column reads as dates; add a header row: date,customer_id,amount.",
    bn="{where}: কোনো কলাম তারিখ হিসেবে পড়া যায় না; প্রথম সারিতে শিরোনাম দিন: date,customer_id,amount")


@dataclass(frozen=True)
class OrderLog:
    """The orders read from a file or sheet, and how many rows were not orders."""

    orders: list[Order]
    skipped: int  # rows below the header that are not an order (no customer ID, no date, ...)
    no_customer: int  # of those, rows with a date but no customer ID (walk-in sales)
    not_bought: int = 0  # of those, orders whose status says cancelled or returned
    future: int = 0  # orders dated after today, left out by ``until``
    walk_in: int = 0  # of the skipped, sales to the walk-in ledger ("Cash", "Guest")
    masked: int = 0  # of the skipped, masked numbers ("017XXXX5678") that fit no one number
    dated_above: int = 0  # orders with a blank or ditto date that took the row above's
    #: every text date could be day/month or month/day (none over 12), so read day first
    undecided: bool = False
    #: of ``future``, those a month-first reading would not put after today
    future_month_first: int = 0
    #: which column was read as what: (kind, header text), or the 1-based column number
    #: when the file has no header; kinds as in ``COLUMN_KINDS``
    columns: tuple[tuple[str, str | int], ...] = ()
    #: of the not bought, rows whose transaction type is no sale in a column that names
    #: the sales (Tally's Receipt, Payment, Journal): each type and its rows, most first
    not_sales: tuple[tuple[str, int], ...] = ()

    def until(self, today: date) -> OrderLog:
        """The log without the orders dated after ``today`` (a mistyped year, 2027 for
        2026), counted in ``future``: they would put the backtest's dates in the future."""
        kept = [o for o in self.orders if o.date <= today]
        swapped = 0
        if self.undecided:  # would month first have kept them? (a US export, all days <= 12)
            swapped = sum(1 for o in self.orders if o.date > today and o.date.day <= 12
                          and date(o.date.year, o.date.day, o.date.month) <= today)
        return replace(self, orders=kept, future=self.future + len(self.orders) - len(kept),
                       future_month_first=self.future_month_first + swapped)


#: The kinds of column a log's ``columns`` names, in the order they are told ("contacts":
#: the buyer's other contact columns, one entry each; "kind": a type read beside the status).
COLUMN_KINDS = ("date", "customer", "contacts", "order", "amount", "quantity", "unit_price",
                "adjusted", "received", "status", "kind", "types", "txn", "reference", "memo")


def column_names(cols: Columns, header: list | None) -> tuple[tuple[str, str | int], ...]:
    """Which column was read as what, by its header text (or its number without a
    header), so the owner can spot a wrong choice ("customer = Order Note")."""
    found = []
    for kind in COLUMN_KINDS:
        col = getattr(cols, kind)
        for c in (col if isinstance(col, tuple) else () if col is None else (col,)):
            if c == cols.customer and kind == "contacts":
                continue  # a "Customer contacts" cell: said once, as the customer
            if kind == "types" and (c == cols.kind or c == cols.status and not cols.sales_named):
                continue  # the status column itself, said once
            if kind == "status" and c == cols.types and cols.sales_named:
                continue  # said as the transaction type: it names the sales
            name = header[c] if header is not None and c < len(header) else None
            found.append((kind, str(name).strip() if name not in (None, "") else c + 1))
    return tuple(found)


def read_orders(path: str | Path) -> list[Order]:
    """Orders from a CSV/TSV/space-separated text file, or a workbook (see ``load_orders``)."""
    return load_orders(path).orders


def load_orders(path: str | Path, orders_tab: TabSpec | None = None) -> OrderLog:
    """Orders from a CSV/TSV/space-separated text file, or the Orders tab of an .xlsx
    (``orders_tab``: the settings' Orders TabSpec, with the title the owner gave it)."""
    path = Path(path)
    if path.is_dir():
        raise OrdersFileError(FOLDER, where=str(path), example=str(_example_in(path)))
    if not path.is_file():
        raise OrdersFileError(NOT_FOUND, where=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm") or _is_xlsx(path):
        from .backends.workbook import WorkbookBackend

        return load_orders_backend(WorkbookBackend(path, backups=0), str(path), orders_tab)
    with open(path, "rb") as f:
        start = f.read(8)
    if path.suffix.lower() in OTHER_SPREADSHEETS or start.startswith((b"PK\x03\x04", OLE_MAGIC)):
        raise OrdersFileError(OTHER_FORMAT, where=str(path))
    return _load_text(path)


def _example_in(folder: Path) -> Path:
    """A file in ``folder`` the owner probably meant (the first orders-like file by
    name), so the sentence shows the very path to type; ``orders.csv`` when none."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in ORDERS_SUFFIXES)
    except OSError:  # a folder we may not list
        files = []
    return files[0] if files else folder / "orders.csv"


#: The files an orders export comes as.
ORDERS_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}


def _is_xlsx(path: Path) -> bool:
    """An Excel workbook under another name ("orders.csv" that is really an .xlsx)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return "xl/workbook.xml" in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


#: Spreadsheet files Khatir does not read: saved again as .xlsx or CSV, they are.
OTHER_SPREADSHEETS = {".xls", ".xlsb", ".ods", ".numbers", ".et"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old Excel .xls (and other Office files)


def _load_text(path: Path) -> OrderLog:
    """Orders from a delimited text file, read twice from one string rather than kept as
    rows: a year of invoice lines (half a million rows) fits in a laptop's memory."""
    raw = path.read_bytes()
    try:  # Excel's "Unicode Text" is UTF-16
        text = unicode_text(raw)
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    del raw
    sample = [ln for ln in text[:65536].splitlines()[:50] if ln.strip()]
    if not sample:
        raise OrdersFileError(EMPTY, where=str(path))
    delimiter = _delimiter(sample)

    def rows() -> Iterator[list]:
        if delimiter is not None:
            return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return (ln.split() for ln in io.StringIO(text))

    return orders_from_rows(rows, str(path))


def _delimiter(sample: list[str]) -> str | None:
    """The separator found the most times on every one of the first lines (comma, tab or
    semicolon; None: spaces). A European export separates with ";" because "," is its
    decimal mark ("01.06.2023;K-1;12,50"), so the first one present is not enough."""
    lines = sample[:20]
    best, best_count = None, 0
    for d in (",", "\t", ";"):
        count = min(ln.count(d) for ln in lines)
        if count > best_count:
            best, best_count = d, count
    if best is None:  # no separator on every line: the one on most lines
        best = next((d for d in (",", "\t", ";") if any(d in ln for ln in lines)), None)
    return best


def load_orders_backend(backend, where: str, orders_tab: TabSpec | None = None) -> OrderLog:
    """The Orders tab of any spreadsheet backend (a workbook, or a Google Sheet in one request).

    ``orders_tab``: the settings' Orders TabSpec, so a sheet the shop kept before Khatir, whose
    orders tab is "Sales" (``[tabs.orders] title``), is read as the daily run reads it. Without
    an Orders tab, Khatir's own tabs (known by their mark) and the sheet's other tabs
    (Customers, Call Notes, Messages, ... by their names) are never taken for an export: its
    Follow-ups, with a Due and a Customer ID, was read as the orders and the backtest stopped
    (an owner's blind trial, stop 38)."""
    from .sheet.orders_paste import pasted_under
    from .sheet.schema import ALL_TABS, ORDERS
    from .sheet.tables import find_tab, locate

    spec = orders_tab or ORDERS
    grids = backend.read()
    title = find_tab(spec, grids)
    if title is not None:
        table = locate(spec, grids, "en", [], title)
        if table is not None:  # an export pasted under the header row setup wrote: read it
            pasted = pasted_under(table)[1]  # as the daily run does (sheet.orders_paste)
            if pasted is not None:
                return pasted
        return orders_from_rows(grids[title], f"{where} [{title}]", header_required=True)
    # A purchase log exported from a shop system has no Orders tab: its one tab (or one
    # tab a year) is named after the shop or the year. Every tab whose header names a
    # date and a customer is read, in the workbook's order.
    khatirs = set(getattr(backend, "marks", None) or {}) | {
        t for other in ALL_TABS if other.key != ORDERS.key for t in [find_tab(other, grids)] if t}
    logs = [t for t in grids if t not in khatirs
            and find_header(list(islice(_filled(grids[t]), 10)))[1] is not None]
    if not logs:
        raise OrdersFileError(NO_ORDERS_TAB, where=where)
    chosen = _columns_per_header({t: grids[t] for t in logs})
    parts = [orders_from_rows(grids[t], f"{where} [{t}]", header_required=True,
                              columns=chosen.get(t)) for t in logs]
    not_sales: Counter[str] = Counter()
    for part in parts:
        not_sales.update(dict(part.not_sales))
    return OrderLog([o for part in parts for o in part.orders], sum(p.skipped for p in parts),
                    sum(p.no_customer for p in parts), sum(p.not_bought for p in parts),
                    walk_in=sum(p.walk_in for p in parts), masked=sum(p.masked for p in parts),
                    dated_above=sum(p.dated_above for p in parts), columns=parts[0].columns,
                    not_sales=tuple(not_sales.most_common()))


def _columns_per_header(tabs: dict[str, list[list]]) -> dict[str, Columns]:
    """The columns of tabs that share one header row (a register kept one tab a month),
    chosen once from the rows of them all, so that one tab's odd rows (a subtotal under
    the names) cannot make it read another column as the customer than its neighbours."""
    groups: dict[tuple[str, ...], list[tuple[str, int, list[list]]]] = {}
    for title, grid in tabs.items():
        head = list(islice(_filled(grid), HEAD_ROWS))
        at, cols = find_header(head)
        if cols is not None:
            key = tuple(header_key(c) for c in head[at])
            groups.setdefault(key, []).append((title, at, head))
    chosen: dict[str, Columns] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        _, first_at, first = group[0]
        rows = first[:first_at + 1] + [r for _, at, head in group for r in head[at + 1:]]
        cols = find_header(rows)[1]
        if cols is not None:
            chosen.update((title, cols) for title, _, _ in group)
    return chosen


#: The rows at the top of a log that decide its header and columns.
HEAD_ROWS = 200


def orders_from_rows(rows: Iterable[list] | Callable[[], Iterable[list]], where: str,
                     header_required: bool = False, columns: Columns | None = None) -> OrderLog:
    """The orders in ``rows`` (a grid, or a function that yields its rows afresh: they are
    read twice, once for the day/month order and once for the orders); ``columns``: the
    columns chosen for every tab with this header (``_columns_per_header``)."""
    again = rows if callable(rows) else (lambda: rows)

    def filled() -> Iterator[list]:
        return _filled(again())

    head = list(islice(filled(), HEAD_ROWS))
    if not head:
        raise OrdersFileError(NO_ROWS, where=where)
    grouped = _grouped(head)
    if grouped is not None:  # QuickBooks' "Sales by Customer Detail": one group a customer
        plain = again

        def again() -> Iterable[list]:
            return _ungrouped(_filled(plain()), *grouped)

        head = list(islice(filled(), HEAD_ROWS))

    def values_below(at: int, col: int) -> set[str]:
        """The texts of a column in the whole log, to the first few more than a type
        column holds: Tally's first Receipt may come after the first rows' Sales."""
        found: set[str] = set()
        for r in islice(filled(), at + 1, None):
            if len(r) > col and isinstance(r[col], str) and r[col] not in found:
                found.add(r[col])
                if len(found) > MAX_TYPES:
                    break
        return found

    header_at, cols = find_header(head, values_below)
    if cols is not None and columns is not None:
        # the tabs' shared columns, with this tab's transaction types (read in all its rows)
        cols = columns if columns.types is not None or cols.types is None else replace(
            columns, status=cols.status, kind=cols.kind, types=cols.types,
            sales_named=cols.sales_named)
    if cols is None:
        date_header = _date_header(head)
        if date_header is not None:
            raise OrdersFileError(NO_CUSTOMER_COLUMN, where=where, date=date_header)
        if header_required:
            raise OrdersFileError(NO_HEADER, where=where)
        cols = _guess_columns(head, where)
        header_at = -1
    elif header_key(head[header_at][cols.customer]) in BARE_ID.exact and (
            count := order_numbers(islice(filled(), header_at + 1, None), cols)):
        # every order would be a customer of its own: "nobody ever came back"
        raise OrdersFileError(ORDER_NUMBERS, where=where, column=head[header_at][cols.customer],
                              count=count)
    date_col, id_col, amount_col, price_col = cols.date, cols.customer, cols.amount, cols.unit_price
    dayfirst = _guess_dayfirst(r[date_col] for r in islice(filled(), header_at + 1, None)
                               if len(r) > date_col)
    serials = _text_serials(r[date_col] for r in islice(filled(), header_at + 1, None)
                            if len(r) > date_col)
    money_col = amount_col if amount_col is not None else price_col
    comma = money_col is not None and _guess_decimal_comma(
        r[money_col] for r in islice(filled(), header_at + 1, None) if len(r) > money_col)
    orders: list[Order] = []
    skipped = no_customer = not_bought = walk_ins = unmatched = dated_above = 0
    bad_date: object = None  # a date cell that could not be read, to show if nothing could
    above: date | None = None  # the date of the row above (a register writes it once a day)
    returned: dict[tuple[object, object], bool] = {}  # per distinct status and type
    not_sales: Counter[str] = Counter()  # rows left out by a type that is no sale
    paid: dict[int, str] = {}  # a row's payment ID, when refunds name payments
    refunded: dict[str, float] = {}  # how much the refunds naming a payment gave back
    refunds: set[int] = set()  # rows that are refunds of their own (a Credit Note): kept
    seen_dates: dict[object, date | None] = {}  # the same text recurs on many rows
    ids: dict[object, str] = {}  # and the same customer: one string each
    if cols.phones:  # a masked number is the customer whose full number it fits
        ids.update(_unmasked(islice(filled(), header_at + 1, None), cols))
    contact_keys: dict[tuple[int, object], list[str]] = {}  # per contact column and cell

    def keys_of(r: list, cid: str) -> tuple[str, ...]:
        """The people a row names: its customer ("" for none), then each contact on it."""
        found = [cid]
        for c in cols.contacts:
            value = r[c] if len(r) > c else None
            if value in (None, ""):
                continue
            if (c, value) not in contact_keys:
                contact_keys[c, value] = contact_ids(value, cols.region)
            found.extend(k for k in contact_keys[c, value] if k not in found)
        return tuple(found)

    def customer_of(r: list) -> str:
        key = r[id_col] if len(r) > id_col else None
        cid = ids.get(key)
        if cid is None:
            cid = ids[key] = cols.customer_id(key)
        return cid

    people = _People.of(keys_of(r, customer_of(r))
                        for r in islice(filled(), header_at + 1, None)) if cols.contacts else None
    line_of: tuple[object, ...] | None = None  # the order (or date cell and customer) of lines
    #: the row above's order number, date, date cell and customer (an order's later lines)
    line_above: tuple[object, date | None, object, str] = (None, None, None, "")
    lines: list[tuple[Order, tuple[object, object]]] = []  # with their status and type

    def settle() -> None:
        """Keep the bought lines of the order just read."""
        nonlocal not_bought
        kept = _bought(lines, returned, cols, not_sales, refunds)
        orders.extend(kept)
        not_bought += len(lines) - len(kept)
        lines.clear()

    for n, r in enumerate(islice(filled(), header_at + 1, None), start=header_at + 2):
        try:
            raw = r[date_col] if len(r) > date_col else None
            if raw is None or raw == "" or (isinstance(raw, str) and _ditto(raw)):
                d = None
            elif isinstance(raw, str):
                if raw not in seen_dates:
                    seen_dates[raw] = _to_date(float(raw) if serials and _SERIAL.fullmatch(raw)
                                               else raw, dayfirst)
                d = seen_dates[raw]
            else:
                d = _to_date(raw, dayfirst)
            key = r[id_col] if len(r) > id_col else None  # a blank last cell is cut off
            cid = customer_of(r)
            if people is not None:
                cid = people.who(keys_of(r, cid), cid)
            if amount_col is not None:
                amount = _money(r, amount_col, comma)
            elif cols.quantity is not None and price_col is not None:
                q, p = _money(r, cols.quantity, comma), _money(r, price_col, comma)
                amount = None if q is None or p is None else q * p
            elif price_col is not None:
                amount = _money(r, price_col, comma)
            else:
                amount = None
        except (ValueError, IndexError):
            skipped += 1  # a row that is not an order (a total line, a typo) is skipped
            if bad_date is None and raw not in (None, "") and not _reads_as_date(raw):
                bad_date = raw
            above = None
            line_above = (None, None, None, "")
            continue
        if cols.reference is not None:
            _note_payment(r, n, cols, amount, paid, refunded)
        number = r[cols.order] if cols.order is not None and len(r) > cols.order else None
        if number not in (None, "") and number == line_above[0]:
            # a later line of the order above: Shopify writes its date and buyer on the first
            if d is None and raw in (None, ""):
                d, raw = line_above[1], line_above[2]
            cid = cid or line_above[3]
        line_above = (number, d, raw, cid)
        if d is None and above is not None and cid and (amount is not None or (
                cols.received is not None and _money(r, cols.received, comma))) and (
                raw is None or isinstance(raw, str)) and not total_row(r, id_col):  # blank, 〃
            d = above  # the day's first row has the date; the rest of the day is blank or 〃
            dated_above += 1
        above = d
        if d is not None and isinstance(key, str) and _VOID_VOUCHER.fullmatch(key):
            not_bought += 1  # Tally's "(cancelled)" voucher names no party: not a sale
            continue
        memo = r[cols.memo] if cols.memo is not None and len(r) > cols.memo else None
        if d is not None and isinstance(memo, str) and _VOID_VOUCHER.fullmatch(memo):
            not_bought += 1  # QuickBooks' voided transaction: "Voided" in its memo, 0.00
            continue
        if d is None or not cid:
            skipped += 1
            if d is not None and walk_in(key):
                walk_ins += 1
            elif d is not None and isinstance(key, str) and MASKED.fullmatch(key.strip()):
                unmatched += 1
            else:
                no_customer += d is not None
            continue
        if _payment_or_refunded(r, cols, amount, comma):
            not_bought += 1  # a khata's জমা (dues paid), an order refunded in full
            continue
        refund = _refund(r, cols, amount, comma)
        if refund is not None:
            refunds.add(n)
            amount = refund
        order = Order(row=n, date=d, customer_id=cid, amount=amount)
        if cols.status is None:
            orders.append(order)
            continue
        order_of = (number,) if number not in (None, "") else (raw, cid)
        if order_of != line_of:
            settle()
            line_of = order_of
        lines.append((order, _state(r, cols)))
    settle()
    if refunded:  # a sale a refund names (PayPal's "Reference Txn ID") and gives back in full
        kept = [o for o in orders if not _refunded_in_full(o, paid, refunded)]
        not_bought += len(orders) - len(kept)
        orders = kept
    skipped += not_bought
    if not orders:
        if bad_date is not None and header_at >= 0:
            raise OrdersFileError(NO_ORDER_DATES, where=where, example=str(bad_date).strip(),
                                  column=str(head[header_at][date_col]).strip())
        raise OrdersFileError(NO_ORDER, where=where)
    undecided = dayfirst and _undecided(r[date_col] for r in islice(filled(), header_at + 1, None)
                                        if len(r) > date_col)
    return OrderLog(orders, skipped, no_customer, not_bought, walk_in=walk_ins, masked=unmatched,
                    dated_above=dated_above, undecided=undecided,
                    columns=column_names(cols, head[header_at] if header_at >= 0 else None),
                    not_sales=tuple(not_sales.most_common()))


def _note_payment(row: list, n: int, cols: Columns, amount: float | None,
                  paid: dict[int, str], refunded: dict[str, float]) -> None:
    """Note a row's payment ID, and what a refund (by its status or type, else a negative
    amount) gives back of the payment it names; a currency conversion naming the payment,
    with its negative amount, is none."""
    txn = id_text(row[cols.txn]) if cols.txn is not None and len(row) > cols.txn else ""
    ref = id_text(row[cols.reference]) if cols.reference is not None and len(row) > cols.reference \
        else ""
    if txn:
        paid[n] = txn
    if not ref or amount is None or ref == txn:
        return
    status, kind = _state(row, cols)
    if parse_returned(status) or parse_returned(kind) if cols.status is not None else amount < 0:
        refunded[ref] = refunded.get(ref, 0.0) + abs(amount)


def _refund(row: list, cols: Columns, amount: float | None, comma: bool) -> float | None:
    """The amount a refund row of its own gives back, as a negative amount (``None``: the
    row is no such refund). Its transaction type says so (Tally's "Credit Note", a wallet's
    "Refund", "Sales Return", "ফেরত"; a status on the order's own row, "Refunded", is
    none: that order counts for nothing already), and it names no payment (a refund naming
    its payment cancels that one, ``_refunded_in_full``). A Credit Note's amount may stand
    in the credit column. ``khatir.rules.history.bought`` then undoes the order it gives
    back in full; a partial one only lowers the total."""
    if cols.types is None or len(row) <= cols.types or not parse_refund_kind(row[cols.types]):
        return None
    if cols.reference is not None and len(row) > cols.reference and id_text(row[cols.reference]):
        return None
    if not amount and cols.credit is not None:
        amount = _money(row, cols.credit, comma)
    return -abs(amount) if amount else None


def _refunded_in_full(order: Order, paid: dict[int, str], refunded: dict[str, float]) -> bool:
    txn = paid.get(order.row)
    return (txn is not None and txn in refunded and order.amount is not None
            and order.amount > 0 and refunded[txn] >= REFUNDED_IN_FULL * order.amount)


#: A refund giving back this share of a payment gives it all back (a fee kept or returned).
REFUNDED_IN_FULL = 0.99


def _payment_or_refunded(row: list, cols: Columns, amount: float | None,
                         comma: bool) -> bool:
    """Whether a row is no purchase by its money: a khata's জমা (money received against
    dues) with no sale amount beside it, or a total after refunds (Etsy's "Adjusted
    Order Total") of 0, an order refunded in full."""
    if cols.received is not None and not amount:
        received = _money(row, cols.received, comma)
        if received:
            return True
    return cols.adjusted is not None and _money(row, cols.adjusted, comma) == 0


def _grouped(rows: list[list]) -> tuple[int, int] | None:
    """The header row and the customer column of a report grouped by customer (QuickBooks'
    "Sales by Customer Detail"): the customer's name alone on a row above their lines, in
    a column whose header is blank or names the customer and which the dated lines leave
    empty, and "Total for <name>" below them. None for a log with a customer on each row."""
    for at, keys, date in dated_headers(rows):
        below = rows[at + 1:]
        dated = [x for x in below if len(x) > date and x[date] not in (None, "")]
        for col, key in enumerate(keys):
            if col == date or (key and CUSTOMER.find([key]) is None):
                continue
            alone = sum(len(x) > col and x[col] not in (None, "") and not _others(x, col)
                        for x in below)
            named = sum(len(x) > col and x[col] not in (None, "") for x in dated)
            if dated and alone >= 2 and named <= 0.1 * len(dated):
                return at, col
        return None
    return None


def _others(row: list, col: int) -> bool:
    return any(v not in (None, "") for j, v in enumerate(row) if j != col)


def _ungrouped(rows: Iterable[list], at: int, col: int) -> Iterator[list]:
    """A report grouped by customer as one row a sale: each line takes its group's name,
    the group rows go, and a total row ("Total for Rina Akter", "TOTAL") ends the group."""
    name: object = None
    for n, r in enumerate(rows):
        if n < at:
            yield r
            continue
        r = list(r) + [None] * (col + 1 - len(r))
        if n == at:
            r[col] = r[col] or "Customer"
        elif r[col] not in (None, "") and not _others(r, col):
            name = r[col]  # the group's row: its customer
            continue
        elif r[col] not in (None, ""):
            name = None if total_row(r, col) else name
        else:
            r[col] = name
        yield r


def _state(row: list, cols: Columns) -> tuple[object, object]:
    """What became of a row's order: its status, and its transaction type ("Closed" and
    "Refund": a till's refund receipt, whose amount is positive; "Receipt" in Tally's
    Day Book: money for an old bill); the type is None when the status is that column."""
    status = cols.status
    state = row[status] if status is not None and len(row) > status else None
    types = cols.types if cols.types != status else None
    return state, row[types] if types is not None and len(row) > types else None


@dataclass(frozen=True)
class _People:
    """Who is who in a log that names its buyers by several contacts (an Email, a Phone,
    a "Customer contacts" cell): contacts found on one row are one person, so a buyer who
    gave an e-mail on one order and a phone and that e-mail on another is one customer,
    known by the contact seen first in the customer column (else the first seen). A
    contact on rows with many others (a shop's "customer@mail.com" filled in for every
    guest, the shop's own number) names nobody and links nobody."""

    known_as: dict[str, str]  # each contact: the person's key
    nobody: frozenset[str]  # placeholders

    @classmethod
    def of(cls, rows: Iterable[tuple[str, ...]]) -> _People:
        first: dict[str, tuple[int, int]] = {}  # a contact: (0 in the customer column, row)
        partners: dict[str, set[str]] = {}
        groups: set[tuple[str, ...]] = set()
        for n, row in enumerate(rows):  # the customer column's ("" for none), then the rest
            for i, k in enumerate(row):
                seen = (0 if i == 0 else 1, n)
                if k and (k not in first or seen < first[k]):
                    first[k] = seen
            keys = tuple(k for k in row if k)
            if len(keys) > 1 and keys not in groups:
                groups.add(keys)
                for k in keys:
                    mates = partners.setdefault(k, set())
                    if len(mates) <= PLACEHOLDER_PARTNERS:
                        mates.update(o for o in keys if o != k)
        nobody = frozenset(k for k, mates in partners.items() if len(mates) > PLACEHOLDER_PARTNERS)
        parent: dict[str, str] = {}

        def root(k: str) -> str:
            while parent.get(k, k) != k:
                parent[k] = parent.get(parent[k], parent[k])
                k = parent[k]
            return k

        for keys in sorted(groups):
            real = [k for k in keys if k not in nobody]
            for other in real[1:]:
                a, b = root(real[0]), root(other)
                if a != b:
                    a, b = sorted((a, b), key=lambda k: (first[k], k))
                    parent[b] = a
        return cls({k: root(k) for k in first}, nobody)

    def who(self, keys: tuple[str, ...], cid: str) -> str:
        """The person a row's contacts name (the customer column's ``cid`` first); ""
        when it names only placeholders."""
        real = [k for k in keys if k and k not in self.nobody]
        if not real:
            return "" if cid in self.nobody else cid
        return self.known_as.get(real[0], real[0])


#: A contact found beside more different others than this is a placeholder: a person
#: may have two phones and an e-mail, a family may share one.
PLACEHOLDER_PARTNERS = 4


def _ditto(text: str) -> bool:
    """Whether a date cell says "as above": 〃, ঐ, ", do., same."""
    return unicodedata.normalize("NFC", text).strip().casefold() in _DITTO


_DITTO = {"〃", "ঐ", "ঐ", '"', "''", "“", "”", "″", "do", "do.", "same", "ditto", "-do-"}


def _unmasked(rows: Iterable[list], cols: Columns) -> dict[str, str]:
    """The customer each masked number of a phone column stands for ("" when it fits no
    one number written in full in the file)."""
    masked: set[str] = set()
    full: set[object] = set()
    col = cols.customer
    for r in rows:
        value = r[col] if len(r) > col else None
        if isinstance(value, str) and ("X" in value or "x" in value or "*" in value
                                       or "•" in value) and MASKED.fullmatch(value.strip()):
            masked.add(value)
        elif value not in (None, ""):
            full.add(value)
    if not masked:
        return {}
    return unmask(masked, {cols.customer_id(v) for v in full})


#: A customer cell that says the voucher was cancelled instead of naming a party.
_VOID_VOUCHER = re.compile(r"\s*\(?\s*(?:cancel+ed|void(?:ed)?|বাতিল)\s*\)?\s*", re.IGNORECASE)


def _bought(lines: list[tuple[Order, tuple[object, object]]],
            returned: dict[tuple[object, object], bool], cols: Columns,
            not_sales: Counter[str], refunds: set[int]) -> list[Order]:
    """The lines of one order (one customer, one date cell) that were bought. A line with no
    status has its order's: Shopify writes the status on one line of each order only. A
    line left out by a type column that names the sales is counted in ``not_sales`` under
    its type ("Receipt"), so the owner hears which vouchers were no purchases; so is the
    shop's own money (a wallet's "Cash Out"), in any type column. A refund row of its own
    (in ``refunds``) is kept, with its negative amount."""
    shared = next((state for _, (state, _) in lines if state not in (None, "")), None)
    kept = []
    for order, (state, kind) in lines:
        if order.row in refunds:
            kept.append(order)
            continue
        if state in (None, ""):
            state = shared
        if (state, kind) not in returned:
            returned[state, kind] = (
                parse_not_a_sale(state, cols.sales_named) if cols.types == cols.status
                else parse_never_bought(state) or parse_not_a_sale(kind, cols.sales_named))
        if not returned[state, kind]:
            kept.append(order)
        elif cols.types is not None:
            named = state if cols.types == cols.status else kind
            if isinstance(named, str) and named.strip() and (
                    cols.sales_named or parse_own_money(named)):
                not_sales[named.strip()] += 1
    return kept


def _filled(rows: Iterable[list]) -> Iterator[list]:
    """The rows with at least one cell filled (the first cell is looked at first: fast)."""
    return (r for r in rows
            if r and (r[0] not in (None, "") or any(c not in (None, "") for c in r)))


def _date_header(rows: list[list]) -> str | None:
    """The date column's name in a header row that has no customer column (``None``: no
    such row), so the owner hears what is missing rather than "no column reads as dates".
    A row with a cell that reads as a date is data, not a header ("2024-01-02,A,placed")."""
    for at, _, col in dated_headers(rows):
        if not any(_reads_as_date(c) for c in rows[at]):
            return str(rows[at][col]).strip()
    return None


def _reads_as_date(value: object) -> bool:
    try:
        return _to_date(value, True) is not None
    except ValueError:
        return False


def _guess_columns(rows: list[list], where: str) -> Columns:
    """No header: the date column is the one that reads as dates; the customer id the
    first other column; the amount the last numeric column (``date,id,amount`` or
    CDNOW's ``id date count amount``)."""
    width = min(len(r) for r in rows)
    if width < 2:
        raise OrdersFileError(TOO_NARROW, where=where)
    date_col = None
    for c in range(width):
        try:
            if all(_to_date(r[c], True) is not None for r in rows):
                date_col = c
                break
        except ValueError:
            continue
    if date_col is None:
        raise OrdersFileError(NO_DATES, where=where)
    others = [c for c in range(width) if c != date_col]
    id_col = others[0]
    amount_col = None
    for c in reversed(others[1:]):
        try:
            if all(_to_amount(r[c]) is not None for r in rows):
                amount_col = c
                break
        except ValueError:
            continue
    return Columns(date_col, id_col, amount_col)


def _text_serials(values: Iterable[object]) -> bool:
    """Whether a date column holds Excel's day numbers as text ("45720", "45720.59375"), as
    an Excel column formatted as Text, or its CSV, keeps them: every text in it is such a
    number in the years 1954 to 2119, and at least one is. A column that also holds dates
    written out ("03/04/2025") is not read so: its numbers are typing slips."""
    found = False
    seen: set[str] = set()
    for v in values:
        if not isinstance(v, str) or v in seen:
            continue
        seen.add(v)
        if not v.strip():
            continue
        if not _SERIAL.fullmatch(v) or not SERIAL_RANGE[0] <= float(v) <= SERIAL_RANGE[1]:
            return False
        found = True
    return found


#: A day number as text, with the time of day as its fraction ("45720.593750").
_SERIAL = re.compile(r"\s*\d{5}(?:\.\d+)?\s*")
#: The day numbers read as dates: 1954-10-03 to 2119-01-10.
SERIAL_RANGE = (20000, 80000)


def _undecided(values: Iterable[object]) -> bool:
    """True when the file's text dates are all like 03/04/2026: none tells day from month,
    so they were read day first; a month-first file then has its dates swapped."""
    seen = False
    for v in values:
        found = parts(v) if isinstance(v, str) else None
        if found is None:
            continue
        if found[0] > 12 or found[1] > 12:
            return False
        seen = True
    return seen


def _to_date(value: object, dayfirst: bool) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:  # a day serial, as Google Sheets stores a date cell
            return parse_date(value)
        except CellError as exc:
            raise ValueError(str(exc)) from None
    text = str(value).strip().translate(ASCII_DIGITS)
    if not text:
        return None
    head = text.split()[0]
    if head[:4].isdigit():
        head = head.split("T")[0]  # 2010-12-01T08:26:00Z
    if len(head) == 8 and head.isdigit():  # 19970101
        return date(int(head[:4]), int(head[4:6]), int(head[6:]))
    if len(head) == 10 and head[4] == "-" and head[7] == "-":
        return date(int(head[:4]), int(head[5:7]), int(head[8:10]))
    try:  # the sheet's own reader for every other form
        return parse_date(text, dayfirst=dayfirst)
    except CellError as exc:
        # "Wed, 01 Dec 2010 08:26:00 +0000", as mail and web systems write a moment
        stamp = _STAMP.fullmatch(text)
        if stamp is None:
            raise ValueError(str(exc)) from None
        try:
            return parse_date(stamp.group(1), dayfirst=dayfirst)
        except CellError:
            raise ValueError(str(exc)) from None


#: A weekday before the date, a time and a zone after it.
_STAMP = re.compile(r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(.+?\d{4})"
                    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]m)?"
                    r"\s*(?:Z|UTC|GMT)?\s*(?:[+-]\d{2}:?\d{2})?)?", re.IGNORECASE)


def _money(row: list, col: int, decimal_comma: bool) -> float | None:
    """The amount in a row's cell; None when it is blank or not a number ("free", "N/A"):
    the order still happened, and the date and the customer are what the flag needs."""
    try:
        return _to_amount(row[col], decimal_comma) if len(row) > col else None
    except ValueError:
        return None


def _to_amount(value: object, decimal_comma: bool = False) -> float | None:
    """A number from a cell; ``decimal_comma``: the file writes 1.234,50 for 1,234.50."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and not decimal_comma and value[:1].isascii() \
            and value[-1:].isdigit():
        try:  # a plain number, as on most rows of a long log
            number = float(value)
            return number if math.isfinite(number) else None
        except ValueError:
            pass
    text = str(value).strip().translate(ASCII_DIGITS).replace(" ", "").replace("\u00a0", "")
    negative = text.startswith("(") and text.endswith(")")  # accounting: (12.50) is -12.50
    start = _NUMBER_START.search(text)
    if start is None:
        if not text.strip("()-"):
            return None
        raise ValueError(f"not an amount: {value!r}")
    # currency before or after ("Tk. 1,250", "12.50 GBP", "1250/-", "১,২৫০ টাকা")
    text = _NOT_DIGITS_AT_END.sub("", text[start.start():])
    text = text.replace(".", "").replace(",", ".") if decimal_comma else text.replace(",", "")
    number = float(text)
    if negative:
        number = -abs(number)
    return number if math.isfinite(number) else None


_NUMBER_START = re.compile(r"[-+]?\d|(?<![^\W\d_])[-+]?\.\d")  # not the dot of "Tk." or "Rs."
_NOT_DIGITS_AT_END = re.compile(r"\D+$")


def _guess_decimal_comma(values: Iterable[object]) -> bool:
    """Whether the file's numbers are written 12,50 (a European export) rather than 12.50.

    The texts vote: "12,50" or "1.234,50" say decimal comma; "1,234", "1,234.50" or
    "12.50" say decimal point (the usual, and the answer on a tie); "0.125" says nothing."""
    def says(text: str) -> int:
        text = text.strip().lstrip("-৳$€£ ").translate(ASCII_DIGITS)
        return 1 if _DECIMAL_COMMA.fullmatch(text) else -1 if _DECIMAL_POINT.fullmatch(text) else 0

    return _vote(values, says) > 0


# "0.125" or "1.250" say nothing: three decimals, or one thousands group.
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}|\d{1,3}(\.\d{3})+,\d+|\d{1,3}(\.\d{3}){2,}")
_DECIMAL_POINT = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.(\d{1,2}|\d{4,})")
