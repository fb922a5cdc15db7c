"""A shop system's export pasted where the Orders tab does not expect it.

A blind owner's trial (S1, S2): ``khatir setup`` writes the Orders tab's header (Date,
Customer ID, Amount, Note, Status). The natural thing for an owner is then to paste the
shop's export, with its own header row, under that header. The sheet's reader took
setup's row as the header and read each export line as an order: 762 Problems rows
("“Name” cannot be read as a date", "“paid” cannot be read as an amount") and no
purchase history. Pasted instead into a new tab beside the empty Orders tab, the export
was silently ignored, and the run said "No problems found".

So: an Orders tab whose rows under the sheet's header are empty but for a block that
starts with a whole header row the export recogniser accepts (a date and a customer
column), and rows under it that it reads as orders, is read as that export, exactly as
when it is pasted alone (``orders_export``); the summary says so once. A normal Orders tab
whose rows are merely messy never starts with such a header row, so its bad cells are
Problems rows as before. A tab beside an empty Orders tab is never read by guess (a tab
the owner did not name Orders may be something else): one Problems row says where the
export is and how to make it read.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..i18n import Text, localise_digits, thousands
from . import parse
from .records import Problem
from .schema import STAFF, TabSpec, header_key
from .tables import Table, find_tab, lookalikes

if TYPE_CHECKING:
    from ..orders_file import OrderLog

PASTED_UNDER = Text(
    en="The {orders} tab holds an order export from a shop system pasted under the sheet's own "
       "header row (row {header}); its own header is row {row}. It was read as an order export, "
       "the way the backtest reads one: {kept} of its {rows} rows are orders or refunds. The "
       "empty header row {header} can be deleted.",
    bn="{orders} ট্যাবে শিটের নিজের শিরোনামের সারির (সারি {header}) নিচে দোকানের সফটওয়্যারের অর্ডার "
       "এক্সপোর্ট বসানো আছে; এর নিজের শিরোনাম সারি {row}-এ। এটি অর্ডার এক্সপোর্ট হিসেবে পড়া হয়েছে, "
       "ব্যাকটেস্ট যেভাবে পড়ে: এর {rows}টি সারির মধ্যে {kept}টি অর্ডার বা ফেরত। খালি শিরোনামের সারি "
       "{header} মুছে দিতে পারেন।")
EXPORT_BESIDE = Text(
    en="The {orders} tab has no orders, but the tab {found} looks like a shop system's order "
       "export ({kept} orders; date = {date}, customer = {customer}). It is not read: only the "
       "{orders} tab is read as the orders.",
    bn="{orders} ট্যাবে কোনো অর্ডার নেই, কিন্তু {found} ট্যাবটি দোকানের সফটওয়্যারের অর্ডার এক্সপোর্টের "
       "মতো দেখাচ্ছে ({kept}টি অর্ডার; তারিখ = {date}, গ্রাহক = {customer})। এটি পড়া হয়নি: শুধু "
       "{orders} ট্যাবটিই অর্ডার হিসেবে পড়া হয়।")
EXPORT_BESIDE_FIX = Text(
    en="If it holds the shop's orders, rename the tab {found} to '{orders}' (delete the empty "
       "{orders} tab first), or paste its rows into the {orders} tab; the next run reads them. "
       "If it is something else, leave it: this row then stays.",
    bn="এতে দোকানের অর্ডার থাকলে {found} ট্যাবটির নাম বদলে '{orders}' রাখুন (আগে খালি {orders} "
       "ট্যাবটি মুছে দিন), অথবা এর সারিগুলো {orders} ট্যাবে বসান; পরের রানে সেগুলো পড়া হবে। "
       "অন্য কিছু হলে যেমন আছে রাখুন: তাহলে এই সারিটি থেকে যাবে।")


def pasted_under(table: Table) -> tuple[int, OrderLog | None]:
    """The 0-based index of the export's own header row, and the export read, when
    ``table`` (the Orders tab, its header the sheet's own) is empty under that header but
    for an export that starts with a header row the recogniser accepts and has rows it
    reads; (-1, None) otherwise."""
    grid = table.grid
    at = next((i for i in range(table.header_row, len(grid)) if _filled(grid[i])), -1)
    if at < 0:
        return -1, None
    first = [c for c in grid[at] if not parse.is_blank(c)]
    if len(first) < 2 or not all(isinstance(c, str) for c in first):
        return -1, None  # a header row is all text: the sheet's own row has a date or amount
    own = {header_key(table.header[i]) for i in table.columns.values() if i < len(table.header)}
    if own <= {header_key(c) for c in first if isinstance(c, str)}:
        return -1, None  # the sheet's own header again (a second table pasted under the first)
    log = _read(grid[at:], table.title)
    if log is None or not _is_header(grid[at], log.columns):
        return -1, None
    return at, log


def export_beside(orders: Table, grids: dict[str, list[list]], specs: Iterable[TabSpec],
                  taken: set[str | None], lang: str) -> Problem | None:
    """One Problems row naming the tabs beside an empty Orders tab that hold an export the
    recogniser reads (never read by guess), or None. ``taken``: Khatir's tabs and the staff
    tabs already found; a tab whose name is, or holds, another staff tab's ("Call Notes
    2025") is never named. (Its header is no test: Shopify's Name and Id would pass for
    the Customers tab's.)"""
    if any(_filled(row) for row in orders.grid[orders.header_row:]):
        return None
    specs = list(specs)
    others = [s for s in specs if s.owner == STAFF and s.key != "orders"]
    found = []
    for title, grid in grids.items():
        if title in taken or title == orders.title or not grid:
            continue
        if any(lookalikes(s, [title], specs) or find_tab(s, {title: grid}, specs, loose=False)
               for s in others):
            continue
        log = _read(grid, title)
        if log is not None:
            found.append((title, log))
    if not found:
        return None
    names = ", ".join(f"'{t}'" for t, _ in found)
    title, log = found[0]
    columns = dict(log.columns)
    return Problem(found[0][0], None, "", "",
                   EXPORT_BESIDE(lang, orders=orders.title, found=names,
                                 kept=thousands(len(log.orders), lang),
                                 date=_name(columns.get("date"), lang),
                                 customer=_name(columns.get("customer"), lang)),
                   EXPORT_BESIDE_FIX(lang, orders=orders.title, found=names))


def pasted_note(lang: str, orders: str, header: int, row: int, kept: str, rows: str) -> str:
    """The summary's first sentence for an export found under the sheet's header row."""
    return PASTED_UNDER(lang, orders=orders, header=localise_digits(header, lang),
                        row=localise_digits(row, lang), kept=kept, rows=rows)


def _read(grid: list[list], title: str) -> OrderLog | None:
    """The grid read by the backtest's reader with a header required, or None."""
    from ..orders_file import OrdersFileError, orders_from_rows

    try:
        log = orders_from_rows(grid, title, header_required=True)
    except OrdersFileError:
        return None
    return log if log.orders else None


def _is_header(row: list, columns: tuple) -> bool:
    """Whether ``row`` is the export's header: it names the date and customer columns read."""
    names = {header_key(c) for c in row if isinstance(c, str)}
    wanted = dict(columns)
    return all(isinstance(wanted.get(k), str) and header_key(wanted[k]) in names
               for k in ("date", "customer"))


def _name(value: object, lang: str) -> str:
    return str(value) if not isinstance(value, int) else localise_digits(value, lang)


def _filled(row: list) -> bool:
    return any(not parse.is_blank(c) for c in row)
