"""What a backend must do, in the terms of the sheet's ownership rules.

A run reads everything once and writes once. The writes are expressed as
``Changes``: rows appended to an append-only tab (Messages, Run Log) and script
tabs replaced whole. There is deliberately no way to express "change this cell
of a staff tab": the type itself keeps staff data safe.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

Cell = object  # str, int, float, bool, date/datetime (workbook), or None

#: The name of the mark on Khatir's own tabs (khatir.ownership): a hidden sheet-scoped
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


@dataclass(frozen=True)
class Append:
    """New rows for an append-only tab, in the tab's own column order.

    ``header`` is written first when the tab is new or empty. ``key_column`` is the
    0-based index of the idempotency Key, so a backend retrying a write whose answer
    was lost can check which rows already landed; ``marker_column`` (the Run Log's
    Details) lets it recognise its own row the same way.
    """

    title: str
    header: list[str]
    rows: list[list[Cell]]
    key_column: int | None = None
    marker_column: int | None = None  # where a backend may sign the row with a run id
    mark: str = ""        # Khatir's own tab: the backend marks it (MARK) if it is not yet
    hidden: bool = False  # a new tab is created hidden


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
    anchor_column: int  # the chart's top-left corner sits in this column, first row


@dataclass(frozen=True)
class Replace:
    """The whole new content (header included) of a script tab, and its chart if any."""

    title: str
    rows: list[list[Cell]]
    freeze_header: bool = True
    chart: Chart | None = None
    mark: str = ""  # the script tab's key: the backend marks the tab (MARK) if it is not yet


@dataclass
class Changes:
    appends: list[Append] = field(default_factory=list)
    replaces: list[Replace] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.appends or self.replaces)


class Backend(Protocol):
    """A spreadsheet: a local workbook or a Google Sheet."""

    description: str  # for messages: "workbook shop.xlsx", "Google Sheet 'Shop'"
    marks: dict[str, str]  # after read(): tab title -> the script tab key its MARK names

    def read(self) -> dict[str, list[list[Cell]]]:
        """Every tab's grid, in one pass: title -> rows of raw cell values."""

    def write(self, changes: Changes) -> None:
        """Apply all changes as one unit where the backend allows it."""
