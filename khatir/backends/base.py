"""What a backend must do, in the terms of the sheet's ownership rules.

A run reads everything once and writes once. The writes are expressed as
``Changes``: rows appended to an append-only tab (Messages, Run Log) and script
tabs replaced whole. There is deliberately no way to express "change this cell
of a staff tab": the type itself keeps staff data safe.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Protocol, Sequence

from ..i18n import Text

Cell = object  # str, int, float, bool, date/datetime (workbook), Link, or None


@dataclass(frozen=True)
class Link:
    """A cell that shows ``text`` and opens ``url`` when clicked or tapped.

    Written as a cell hyperlink (never as a HYPERLINK formula, whose argument Excel
    limits to 255 characters and which would be built from staff text): in the
    workbook a ``<hyperlink>`` with an external relationship, in Google a cell-level
    ``textFormat.link``.
    """

    text: str
    url: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Layout:
    """How a tab written by Khatir should look, the same intent for both backends.

    Column settings are by 0-based column index in the tab's own order. ``fills``
    colours whole rows, by index into the ``rows`` of the ``Replace`` or ``Append``
    (a Replace's row 0 is its header); ``filter`` puts a filter button on every header cell; with
    ``views_column`` set, a Google Sheet also gets one saved filter view per value
    of that column (per agent), replaced on every run.
    """

    widths: tuple[int, ...] = ()  # column width in characters; 0: leave as it is
    wrap: frozenset[int] = frozenset()  # columns whose text wraps onto more lines
    dropdowns: tuple[tuple[int, tuple[str, ...]], ...] = ()  # column -> choices (not strict)
    fills: tuple[str | None, ...] = ()  # background per row, "RRGGBB" or None
    filter: bool = False
    views_column: int | None = None
    views_title: str = ""  # "{value}" is replaced by the value: "Follow-ups: {value}"
    one_page_wide: bool = False  # printed: all columns scaled onto one page's width
    header_wrap: bool = False  # the header row's cells wrap (a narrow column shows its whole header)
    #: printed: a page starts at this 0-based row (the Results chart's own page); 0: none
    page_break: int = 0
    #: the print setup is Khatir's (landscape, one page wide), set on every write, not only
    #: when the tab has none (Results: a tab only Khatir writes, whose chart must print whole)
    own_print: bool = False

    def width(self, column: int) -> int:
        return self.widths[column] if column < len(self.widths) else 0

    def fill(self, row: int) -> str | None:
        return self.fills[row] if row < len(self.fills) else None

#: The name of the mark on Khatir's own tabs (khatir.sheet.ownership): a hidden sheet-scoped
#: defined name in a workbook, a developer metadata key on a Google sheet. Its value
#: is the script tab's key ("follow_ups", "problems", ...).
MARK = "khatir_tab"


def fit_cell(text: str, limit: int) -> str:
    """Shorten a text to what one cell can hold (Excel 32,767 characters, Google 50,000).

    A longer value would make Google refuse the whole write, or Excel call the file
    damaged; only junk (a pasted essay as a name) is ever that long.
    """
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Grids(dict):
    """Every tab's grid (title -> rows of cell values), as ``Backend.read`` returns it.

    ``date1904`` is set for a workbook in the 1904 date system (old Mac Excel):
    a date stored as a plain number there counts days from 1904-01-01, not from
    1899-12-30 as everywhere else.
    """

    date1904: bool = False
    #: Each tab's hidden columns (0-based), where the backend knows them: a workbook's
    #: ``<col hidden="1">``. Used to prefer the visible one of two same-named columns.
    hidden_columns: dict[str, frozenset[int]] = {}
    #: Cell comments (notes) on the tabs, where the backend reads them (a workbook):
    #: title -> {(row 1-based, column 0-based): text}. Empty on Google.
    comments: dict[str, dict[tuple[int, int], str]] = {}
    #: Cell hyperlinks on the tabs, where the backend reads them (a workbook, each tab's when
    #: asked for): title -> {(row 1-based, column 0-based): address}. Empty on Google.
    links: Mapping[str, dict[tuple[int, int], str]] = {}
    #: Where the pictures on the tabs sit, where the backend reads them (a workbook, each tab's
    #: when asked for): title -> [(row 1-based, column 0-based) of each one's top-left cell].
    #: Empty on Google.
    pictures: Mapping[str, list[tuple[int, int]]] = {}
    #: Cells holding a formula, with its text as the file stores it (a cell filled down with a
    #: shared formula: the text of the range's first cell), where the backend reads them (a
    #: workbook): title -> {(row 1-based, column 0-based): "=..."}. Empty on Google.
    formulas: dict[str, dict[tuple[int, int], str]] = {}
    #: Cells holding a formula saved without its result (a workbook some program other than
    #: Excel wrote): title -> {(row 1-based, column 0-based)}. They read as empty, but Excel
    #: shows a value there, so Problems says why instead of "empty". Empty on Google.
    uncalculated: dict[str, frozenset[tuple[int, int]]] = {}
    #: Tabs that hold no cells to read (a workbook's chart sheets): not among the grids, but
    #: their names are taken, so Khatir must not make a tab of the same name.
    other_tabs: tuple[str, ...] = ()
    #: The spreadsheet's locale, where the backend knows it (a Google Sheet's "en_US"): it
    #: decided how Google turned typed dates into date cells (khatir.sheet.sheet_locale).
    locale: str = ""


Merge = tuple[int, int, int, int]  # a merged range: first row, first column, last row, last column (0-based)


def fill_merges(rows: list[list[Cell]], merges: Iterable[Merge]) -> None:
    """Give every row of a merged range the value of its top cell, in its first column.

    Staff merge one date down over the call notes of that day: the file holds the date
    in the top cell only, but every row under it shows it and means it. A row of the
    range that is otherwise empty stays empty (a merge reaching past the last note
    makes no row of its own), and a cell that somehow holds its own value keeps it.
    """
    for r0, c0, r1, _c1 in merges:
        if r1 <= r0 or r0 >= len(rows):
            continue
        top = rows[r0]
        value = top[c0] if c0 < len(top) else None
        if value is None or value == "":
            continue
        for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if not any(v is not None and v != "" for v in row):
                continue
            if len(row) <= c0:
                row.extend([None] * (c0 + 1 - len(row)))
            if row[c0] is None or row[c0] == "":
                row[c0] = value


@dataclass(frozen=True)
class Append:
    """New rows for an append-only tab, in the tab's own column order.

    ``header`` is written first when the tab is new or empty. ``key_column`` is the
    0-based index of the idempotency Key, so a backend retrying a write whose answer
    was lost can check which rows already landed; ``marker_column`` (the Run Log's
    Details) lets it recognise its own row the same way.
    """

    title: str
    header: Sequence[Cell]
    rows: Sequence[Sequence[Cell]]
    key_column: int | None = None
    marker_column: int | None = None  # where a backend may sign the row with a run id
    mark: str = ""        # Khatir's own tab: the backend marks it (MARK) if it is not yet
    hidden: bool = False  # a new tab is created hidden
    #: Khatir's look for a tab Khatir made: column settings are applied when this write
    #: creates the tab (or fills its empty header row); cell formats to every new row.
    layout: Layout | None = None


@dataclass(frozen=True)
class Chart:
    """A column chart drawn from a script tab's own cells, replacing the tab's old chart.

    Rows and columns are 0-based positions in the tab's ``Replace.rows``: the
    header row holds the series names, ``category_column`` the labels along the
    bottom, each of ``series_columns`` one series of bars.
    """

    title: str
    category_column: int
    series_columns: tuple[int, ...]
    header_row: int
    last_row: int
    anchor_column: int  # the chart's top-left corner sits in this column ...
    anchor_row: int = 0  # ... and this row (0-based)


@dataclass(frozen=True)
class Replace:
    """The whole new content (header included) of a script tab, and its chart if any."""

    title: str
    rows: Sequence[Sequence[Cell]]
    freeze_header: bool = True
    chart: Chart | None = None
    mark: str = ""  # the script tab's key: the backend marks the tab (MARK) if it is not yet
    layout: Layout | None = None
    #: Cell comments read on the tab whose words the run carried elsewhere (to the Notes of
    #: their item's new row, or to Problems): (row 1-based, column 0-based, text). The
    #: backend takes exactly these off the tab; a comment added since stays.
    drop_comments: frozenset[tuple[int, int, str]] = frozenset()
    #: The same for cell hyperlinks: (row 1-based, column 0-based, address) whose address
    #: the run carried to the Notes of their item's new row, or to Problems.
    drop_links: frozenset[tuple[int, int, str]] = frozenset()


@dataclass
class Changes:
    appends: list[Append] = field(default_factory=list)
    replaces: list[Replace] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.appends or self.replaces)


WORKBOOK = Text(en="workbook", bn="ওয়ার্কবুক")
GOOGLE_SHEET = Text(en="Google Sheet", bn="গুগল শিট")


@dataclass(frozen=True)
class Described:
    """A spreadsheet as the owner reads it named, in their language: "workbook shop.xlsx",
    "গুগল শিট 'Shop'" (stop 30's trial found "workbook" in the Bengali summary)."""

    kind: Text
    name: str

    def __call__(self, lang: str) -> str:
        return f"{self.kind(lang)} {self.name}"

    def __str__(self) -> str:
        return self("en")


class Backend(Protocol):
    """A spreadsheet: a local workbook or a Google Sheet."""

    description: Described  # for messages: "workbook shop.xlsx", "Google Sheet 'Shop'"
    marks: dict[str, str]  # after read(): tab title -> the script tab key its MARK names

    def read(self) -> dict[str, list[list[Cell]]]:
        """Every tab's grid, in one pass: title -> rows of raw cell values."""

    def write(self, changes: Changes) -> None:
        """Apply all changes as one unit where the backend allows it."""
