"""In-memory spreadsheets and the grid operations both the API and tests use.

Every mutation goes through these classes so that a test that "edits the sheet
like a person" (inserting, deleting, sorting rows) and a client's API call move
values, formats, notes, validations, protected ranges and conditional formats
the same way Google does.
"""
from __future__ import annotations

import copy
import random
import string
import threading
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from . import formula as formula_mod
from .a1 import Bounds, format_bounds, format_range, parse_a1, split_sheet
from .cells import SKIP, Cell, Entry, ErrorValue, json_number, render
from .errors import bad_request, not_found

DEFAULT_ROWS, DEFAULT_COLS = 1000, 26
MAX_CELLS = 10_000_000


class GridError(ValueError):
    """A grid change Sheets refuses; API handlers turn it into their 400, helpers let it raise."""


def now_rfc3339() -> str:
    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class Sheet:
    """One tab: grid properties plus a list-of-rows store of immutable cells."""

    def __init__(self, sheet_id: int, title: str, rows: int = DEFAULT_ROWS, cols: int = DEFAULT_COLS):
        self.sheet_id = sheet_id
        self.title = title
        self.row_count = rows
        self.col_count = cols
        self.frozen_rows = 0
        self.frozen_cols = 0
        self.props: dict[str, Any] = {}  # hidden, tabColor(Style), rightToLeft, hideGridlines, ...
        self.grid: list[list[Cell | None]] = []
        self.protected_ranges: list[dict[str, Any]] = []
        self.conditional_formats: list[dict[str, Any]] = []
        self.merges: list[dict[str, Any]] = []
        self.basic_filter: dict[str, Any] | None = None
        self.charts: list[dict[str, Any]] = []  # EmbeddedChart objects placed on this sheet
        self.filter_views: list[dict[str, Any]] = []
        self.row_meta: dict[int, dict[str, Any]] = {}
        self.col_meta: dict[int, dict[str, Any]] = {}
        self.developer_metadata: list[dict[str, Any]] = []  # located on the sheet

    # ------------------------------------------------------------ copying

    def clone(self) -> "Sheet":
        """A copy whose mutation leaves self untouched (cells are immutable, rows are not)."""
        other = copy.copy(self)
        other.grid = [list(row) for row in self.grid]
        for name in ("props", "protected_ranges", "conditional_formats", "merges",
                     "basic_filter", "charts", "filter_views", "row_meta", "col_meta", "developer_metadata"):
            setattr(other, name, copy.deepcopy(getattr(self, name)))
        return other

    # ------------------------------------------------------------ cells

    def cell(self, r: int, c: int) -> Cell | None:
        if r < len(self.grid):
            row = self.grid[r]
            if c < len(row):
                return row[c]
        return None

    def put(self, r: int, c: int, cell: Cell | None) -> None:
        if cell is not None and cell.is_blank:
            cell = None
        if cell is None and self.cell(r, c) is None:
            return
        while len(self.grid) <= r:
            self.grid.append([])
        row = self.grid[r]
        while len(row) <= c:
            row.append(None)
        row[c] = cell

    def write(self, r: int, c: int, entry: Entry) -> None:
        old = self.cell(r, c) or Cell()
        fmt = old.fmt
        if entry.number_format is not None:
            fmt = dict(fmt or {})
            fmt["numberFormat"] = dict(entry.number_format)
        self.put(r, c, replace(old, value=entry.value, formula=entry.formula, fmt=fmt))

    def write_block(self, r0: int, c0: int, rows: list[list[Any]]) -> None:
        for i, row in enumerate(rows):
            for j, entry in enumerate(row):
                if entry is not SKIP:
                    self.write(r0 + i, c0 + j, entry)

    def clear_values(self, b: Bounds) -> None:
        b = b.concrete(self.row_count, self.col_count)
        for r in range(b.r0, min(b.r1, len(self.grid))):  # type: ignore[arg-type]
            for c in range(b.c0, min(b.c1, len(self.grid[r]))):  # type: ignore[arg-type]
                cell = self.grid[r][c]
                if cell is not None and cell.has_value:
                    self.put(r, c, replace(cell, value=None, formula=None))

    def update_cells(self, b: Bounds, fn: Callable[[Cell], Cell]) -> None:
        b = b.concrete(self.row_count, self.col_count)
        empty = Cell()
        for r in range(b.r0, b.r1):  # type: ignore[arg-type]
            row = self.grid[r] if r < len(self.grid) else None
            for c in range(b.c0, b.c1):  # type: ignore[arg-type]
                old = row[c] if row is not None and c < len(row) else None
                new = fn(old or empty)
                if old is not None and new is not None and not new.is_blank:
                    row[c] = new  # type: ignore[index]  # the common case, in place
                else:
                    self.put(r, c, new)
                    row = self.grid[r] if r < len(self.grid) else None

    def used_size(self) -> tuple[int, int]:
        """Rows and columns up to the last cell holding a value."""
        rows = cols = 0
        for r, row in enumerate(self.grid):
            for c in range(len(row) - 1, -1, -1):
                cell = row[c]
                if cell is not None and cell.has_value:
                    rows = r + 1
                    cols = max(cols, c + 1)
                    break
        return rows, cols

    def has_value(self, r: int, c: int) -> bool:
        cell = self.cell(r, c)
        return cell is not None and cell.has_value

    # ------------------------------------------------------------ tables (values.append)

    def last_value_in(self, b: Bounds) -> tuple[int, int] | None:
        """The last non-empty cell of a range in reading order; Google appends below its table."""
        b = b.concrete(self.row_count, self.col_count)
        for r in range(min(b.r1, len(self.grid)) - 1, b.r0 - 1, -1):  # type: ignore[type-var]
            row = self.grid[r]
            for c in range(min(b.c1, len(row)) - 1, b.c0 - 1, -1):  # type: ignore[type-var]
                if row[c] is not None and row[c].has_value:  # type: ignore[union-attr]
                    return r, c
        return None

    def region_around(self, r: int, c: int) -> Bounds:
        """The table containing a cell: grow the box while any neighbouring cell has a value."""
        r0, r1, c0, c1 = r, r + 1, c, c + 1

        def row_has(y: int) -> bool:
            if not 0 <= y < min(len(self.grid), self.row_count):
                return False
            row = self.grid[y]
            return any(row[x] is not None and row[x].has_value  # type: ignore[union-attr]
                       for x in range(max(0, c0 - 1), min(c1 + 1, len(row))))

        def col_has(x: int) -> bool:
            if not 0 <= x < self.col_count:
                return False
            return any(self.has_value(y, x) for y in range(max(0, r0 - 1), min(r1 + 1, len(self.grid))))

        grown = True
        while grown:
            grown = False
            while row_has(r1):
                r1, grown = r1 + 1, True
            while r0 > 0 and row_has(r0 - 1):
                r0, grown = r0 - 1, True
            while col_has(c1):
                c1, grown = c1 + 1, True
            while c0 > 0 and col_has(c0 - 1):
                c0, grown = c0 - 1, True
        return Bounds(r0, r1, c0, c1)

    # ------------------------------------------------------------ dimensions

    def insert(self, dimension: str, at: int, n: int, inherit_from_before: bool = False) -> None:
        if n <= 0:
            return
        source = at - 1 if inherit_from_before else at
        if dimension == "ROWS":
            if at > self.row_count:
                raise GridError(f"range.startIndex ({at}) must be less than or equal to the "
                                f"grid's rowCount ({self.row_count})")
            template = self._format_template_row(source)
            if at < len(self.grid):
                self.grid[at:at] = [list(template) for _ in range(n)]
            elif any(template):
                while len(self.grid) < at:
                    self.grid.append([])
                self.grid[at:at] = [list(template) for _ in range(n)]
            self.row_count += n
            self.row_meta = _shift_keys(self.row_meta, at, n)
        else:
            if at > self.col_count:
                raise GridError(f"range.startIndex ({at}) must be less than or equal to the "
                                f"grid's columnCount ({self.col_count})")
            for r, row in enumerate(self.grid):
                if at < len(row):
                    tmpl = row[source] if 0 <= source < len(row) else None
                    fill = Cell(fmt=tmpl.fmt) if tmpl is not None and tmpl.fmt else None
                    row[at:at] = [fill] * n
            self.col_count += n
            self.col_meta = _shift_keys(self.col_meta, at, n)
        self._shift_ranges(dimension, lambda p: p + n if p >= at else p,
                           lambda p: p + n if p > at else p)

    def _format_template_row(self, source: int) -> list[Cell | None]:
        """New rows take the formats (only) of the row they inherit from, as in Sheets."""
        if not 0 <= source < len(self.grid):
            return []
        return [Cell(fmt=cell.fmt) if cell is not None and cell.fmt else None
                for cell in self.grid[source]]

    def delete(self, dimension: str, start: int, end: int) -> None:
        count = self.row_count if dimension == "ROWS" else self.col_count
        end = min(end, count)
        if start >= end:
            return
        if start == 0 and end == count:
            what = "rows" if dimension == "ROWS" else "columns"
            raise GridError(f"You can't delete all the {what} on the sheet.")
        n = end - start
        if dimension == "ROWS":
            del self.grid[start:end]
            self.row_count -= n
            self.row_meta = _drop_keys(self.row_meta, start, end)
        else:
            for row in self.grid:
                del row[start:end]
            self.col_count -= n
            self.col_meta = _drop_keys(self.col_meta, start, end)

        def move(p: int) -> int:
            return p if p < start else (start if p < end else p - n)
        self._shift_ranges(dimension, move, move)

    def resize(self, rows: int | None = None, cols: int | None = None) -> None:
        if rows is not None:
            if rows < 1:
                raise GridError("Sheet must have at least one row.")
            if rows < self.row_count:
                self.delete_tail("ROWS", rows)
            self.row_count = rows
        if cols is not None:
            if cols < 1:
                raise GridError("Sheet must have at least one column.")
            if cols < self.col_count:
                self.delete_tail("COLUMNS", cols)
            self.col_count = cols

    def delete_tail(self, dimension: str, keep: int) -> None:
        if dimension == "ROWS":
            del self.grid[keep:]
            self.row_meta = {k: v for k, v in self.row_meta.items() if k < keep}
        else:
            for row in self.grid:
                del row[keep:]
            self.col_meta = {k: v for k, v in self.col_meta.items() if k < keep}

        def clip(p: int) -> int:
            return min(p, keep)
        self._shift_ranges(dimension, clip, clip)

    def _shift_ranges(self, dimension: str, move_start: Callable[[int], int],
                      move_end: Callable[[int], int]) -> None:
        """Keep protected ranges, merges, rules and filters on the data they were set on."""
        lo, hi = (("startRowIndex", "endRowIndex") if dimension == "ROWS"
                  else ("startColumnIndex", "endColumnIndex"))

        def fix(grid_range: dict[str, Any]) -> bool:
            if lo in grid_range:
                grid_range[lo] = move_start(grid_range[lo])
            if hi in grid_range:
                grid_range[hi] = move_end(grid_range[hi])
            return not (lo in grid_range and hi in grid_range and grid_range[lo] >= grid_range[hi])

        self.protected_ranges = [p for p in self.protected_ranges if "range" not in p or fix(p["range"])]
        self.merges = [m for m in self.merges if fix(m)]
        kept = []
        for rule in self.conditional_formats:
            rule["ranges"] = [g for g in rule.get("ranges", []) if fix(g)]
            if rule["ranges"]:
                kept.append(rule)
        self.conditional_formats = kept
        if self.basic_filter and "range" in self.basic_filter and not fix(self.basic_filter["range"]):
            self.basic_filter = None
        self.filter_views = [v for v in self.filter_views if "range" not in v or fix(v["range"])]

    def sort(self, b: Bounds, specs: list[tuple[int, bool]]) -> None:
        """Sort rows of a range: numbers, then text (case-insensitive), then booleans; blanks last."""
        b = b.concrete(self.row_count, self.col_count)
        rows = [[self.cell(r, c) for c in range(b.c0, b.c1)] for r in range(b.r0, b.r1)]  # type: ignore[arg-type]
        evaluator = Evaluator(None)

        def value_at(row: list[Cell | None], col: int) -> Any:
            cell = row[col - b.c0] if 0 <= col - b.c0 < len(row) else None
            if cell is None or not cell.has_value:
                return None
            return cell.value if cell.formula is None else evaluator.evaluate_cell(self, cell)

        for col, descending in reversed(specs):
            present = [row for row in rows if value_at(row, col) not in (None, "")]
            blanks = [row for row in rows if value_at(row, col) in (None, "")]
            present.sort(key=lambda row: formula_mod.compare_key(value_at(row, col)), reverse=descending)
            rows = present + blanks
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                self.put(b.r0 + i, b.c0 + j, cell)

    # ------------------------------------------------------------ JSON

    def properties(self, index: int) -> dict[str, Any]:
        grid: dict[str, Any] = {"rowCount": self.row_count, "columnCount": self.col_count}
        if self.frozen_rows:
            grid["frozenRowCount"] = self.frozen_rows
        if self.frozen_cols:
            grid["frozenColumnCount"] = self.frozen_cols
        for key in ("hideGridlines", "rowGroupControlAfter", "columnGroupControlAfter"):
            if self.props.get(key):
                grid[key] = self.props[key]
        out: dict[str, Any] = {"sheetId": self.sheet_id, "title": self.title, "index": index,
                               "sheetType": "GRID", "gridProperties": grid}
        for key in ("hidden", "tabColor", "tabColorStyle", "rightToLeft"):
            if self.props.get(key):
                out[key] = self.props[key]
        return out


def _shift_keys(meta: dict[int, Any], at: int, n: int) -> dict[int, Any]:
    return {(k + n if k >= at else k): v for k, v in meta.items()}


def _drop_keys(meta: dict[int, Any], start: int, end: int) -> dict[int, Any]:
    return {(k if k < start else k - (end - start)): v for k, v in meta.items()
            if not start <= k < end}


class Spreadsheet:
    def __init__(self, spreadsheet_id: str, title: str):
        self.id = spreadsheet_id
        self.title = title
        self.locale = "en_US"
        self.time_zone = "Etc/GMT"
        self.auto_recalc = "ON_CHANGE"
        self.sheets: list[Sheet] = []
        self.named_ranges: list[dict[str, Any]] = []
        self.created = self.modified = now_rfc3339()
        self.parents: list[str] = []

    def clone(self) -> "Spreadsheet":
        other = copy.copy(self)
        other.sheets = [s.clone() for s in self.sheets]
        other.named_ranges = copy.deepcopy(self.named_ranges)
        return other

    def touch(self) -> None:
        self.modified = now_rfc3339()

    def index_of(self, sheet: Sheet) -> int:
        return self.sheets.index(sheet)

    def by_id(self, sheet_id: Any) -> Sheet | None:
        return next((s for s in self.sheets if s.sheet_id == sheet_id), None)

    def by_title(self, title: str) -> Sheet | None:
        exact = next((s for s in self.sheets if s.title == title), None)
        return exact or next((s for s in self.sheets if s.title.casefold() == title.casefold()), None)

    def first_visible(self) -> Sheet:
        return next((s for s in self.sheets if not s.props.get("hidden")), self.sheets[0])

    def resolve(self, text: str) -> tuple[Sheet, Bounds]:
        """Read an A1 range as Google does; a bare name is a whole sheet before it is a cell."""
        title, a1 = split_sheet(text)
        if title is None:
            sheet = self.by_title(text)
            if sheet is not None:
                return sheet, Bounds(0, None, 0, None)
            named = next((n for n in self.named_ranges if n.get("name") == text), None)
            if named is not None:
                grid = named.get("range") or {}
                sheet = self.by_id(grid.get("sheetId", 0))
                if sheet is not None:
                    return sheet, Bounds(grid.get("startRowIndex", 0), grid.get("endRowIndex"),
                                         grid.get("startColumnIndex", 0), grid.get("endColumnIndex"))
            bounds = parse_a1(text)
            if bounds is None:
                raise bad_request(f"Unable to parse range: {text}")
            return self.first_visible(), bounds
        sheet = self.by_title(title)
        if sheet is None:
            raise bad_request(f"Unable to parse range: {text}")
        if a1 == "":
            return sheet, Bounds(0, None, 0, None)
        bounds = parse_a1(a1)  # type: ignore[arg-type]
        if bounds is None:
            raise bad_request(f"Unable to parse range: {text}")
        return sheet, bounds

    def resolve_in_grid(self, text: str) -> tuple[Sheet, Bounds]:
        """Resolve and make concrete; a range reaching outside the grid is a 400, as in Google."""
        sheet, bounds = self.resolve(text)
        check_grid(sheet, bounds)
        return sheet, bounds.concrete(sheet.row_count, sheet.col_count)

    def grid_range(self, obj: dict[str, Any] | None, where: str) -> tuple[Sheet, Bounds]:
        """Read a GridRange (sheetId defaults to 0; missing indexes mean unbounded)."""
        obj = obj or {}
        sheet = self.by_id(obj.get("sheetId", 0))
        if sheet is None:
            raise bad_request(f"Invalid {where}: No grid with id: {obj.get('sheetId', 0)}")
        bounds = Bounds(obj.get("startRowIndex", 0), obj.get("endRowIndex"),
                        obj.get("startColumnIndex", 0), obj.get("endColumnIndex"))
        b = bounds.concrete(sheet.row_count, sheet.col_count)
        if b.r0 < 0 or b.c0 < 0 or b.r1 > sheet.row_count or b.c1 > sheet.col_count:  # type: ignore[operator]
            raise bad_request(f"Invalid {where}: GridRange{_fmt_grid(obj)} is out of bounds "
                              f"(rowCount: {sheet.row_count}, columnCount: {sheet.col_count})")
        return sheet, b


def _fmt_grid(obj: dict[str, Any]) -> str:
    return "(" + ", ".join(f"{k}: {v}" for k, v in obj.items()) + ")"


def check_grid(sheet: Sheet, bounds: Bounds) -> None:
    if not bounds.fits(sheet.row_count, sheet.col_count):
        raise bad_request(f"Range ({format_bounds(sheet.title, bounds)}) exceeds grid limits. "
                          f"Max rows: {sheet.row_count}, max columns: {sheet.col_count}")


def range_name(sheet: Sheet, b: Bounds) -> str:
    return format_range(sheet.title, b.r0, b.r1, b.c0, b.c1)  # type: ignore[arg-type]


# ---------------------------------------------------------------- evaluation

class Evaluator:
    """Effective values of cells, computing formulas once per request with cycle detection."""

    def __init__(self, book: Spreadsheet | None):
        self.book = book
        self.memo: dict[tuple[int, int, int], Any] = {}
        self.active: set[tuple[int, int, int]] = set()

    def value(self, sheet: Sheet, r: int, c: int) -> Any:
        cell = sheet.cell(r, c)
        if cell is None or not cell.has_value:
            return None
        if cell.formula is None:
            return cell.value
        key = (sheet.sheet_id, r, c)
        if key in self.memo:
            return self.memo[key]
        if key in self.active:
            return ErrorValue("#REF!")
        self.active.add(key)
        try:
            result = self.evaluate_cell(sheet, cell)
        finally:
            self.active.discard(key)
        self.memo[key] = result
        return result

    def evaluate_cell(self, sheet: Sheet, cell: Cell) -> Any:
        def lookup(title: str | None, r0: int, r1: int | None, c0: int, c1: int | None) -> list[list[Any]]:
            target = sheet
            if title is not None:
                found = self.book.by_title(title) if self.book else (sheet if title == sheet.title else None)
                if found is None:
                    raise formula_mod.Fail("#REF!")
                target = found
            used_rows, used_cols = len(target.grid), max((len(r) for r in target.grid), default=0)
            r_end = min(target.row_count if r1 is None else r1, max(used_rows, r0 + 1))
            c_end = min(target.col_count if c1 is None else c1, max(used_cols, c0 + 1))
            if r0 >= target.row_count or c0 >= target.col_count:
                raise formula_mod.Fail("#REF!")
            return [[self.value(target, r, c) for c in range(c0, c_end)] for r in range(r0, r_end)]
        try:
            return formula_mod.evaluate(cell.formula, lookup)  # type: ignore[arg-type]
        except formula_mod.Unsupported:
            return cell.formula

    def render(self, sheet: Sheet, r: int, c: int, option: str, dt_option: str) -> Any:
        cell = sheet.cell(r, c)
        if cell is None or not cell.has_value:
            return ""
        value = self.value(sheet, r, c)
        number_format = cell.number_format
        if isinstance(value, formula_mod.DateNumber):
            number_format = number_format or {"type": "DATE", "pattern": value.pattern}
            value = json_number(float(value))
        return render(value, number_format, cell.formula, option, dt_option)


def read_values(book: Spreadsheet, sheet: Sheet, b: Bounds, major: str, option: str,
                dt_option: str, evaluator: Evaluator | None = None) -> list[list[Any]]:
    """The ``values`` of a ValueRange: trailing empty cells and rows left out, as Google does."""
    ev = evaluator or Evaluator(book)
    r_end = min(b.r1, len(sheet.grid))  # type: ignore[type-var]
    rows = []
    # A cell holding a plain text or whole number, read unformatted, is its value: that is
    # almost every cell of a large sheet, so it is answered here without a call per cell
    # (Evaluator.render gives the same); anything else (formulas, booleans, fractions,
    # formatted reads) goes through render.
    plain = option != "FORMATTED_VALUE" and dt_option == "SERIAL_NUMBER"
    for r in range(b.r0, r_end):
        row_cells = sheet.grid[r]
        c_end = min(b.c1, len(row_cells))  # type: ignore[type-var]
        if plain:
            rows.append(["" if cell is None else cell.value
                         if cell.formula is None and type(cell.value) in _PLAIN
                         else ev.render(sheet, r, c, option, dt_option)
                         for c, cell in enumerate(row_cells[b.c0:c_end], b.c0)])
        else:
            rows.append([ev.render(sheet, r, c, option, dt_option) for c in range(b.c0, c_end)])
    if major == "COLUMNS":
        width = (b.c1 or 0) - b.c0
        rows = [[row[j] if j < len(row) else "" for row in rows] for j in range(width)]
    out = [_trim(row) for row in rows]
    while out and not out[-1]:
        out.pop()
    return out


_PLAIN = (str, int)  # exactly these types: not bool, not ErrorValue


def _trim(row: list[Any]) -> list[Any]:
    if row and row[-1] != "":
        return row
    end = len(row)
    while end and row[end - 1] == "":
        end -= 1
    return row[:end]


# ---------------------------------------------------------------- the store

_ID_CHARS = string.ascii_letters + string.digits + "-_"


class Store:
    """All spreadsheets of one emulator, guarded by one lock (requests run one at a time)."""

    def __init__(self, user_email: str, seed: int | None = None, object_ids: Iterable[int] = ()):
        self.lock = threading.RLock()
        self.user_email = user_email
        self.rng = random.Random(seed)
        self.object_ids = list(object_ids)  # handed out first, e.g. to reproduce a recording
        self.books: dict[str, Spreadsheet] = {}
        self.files: dict[str, dict[str, Any]] = {}  # Drive files that are not spreadsheets

    def new_spreadsheet_id(self) -> str:
        while True:
            sid = "1" + "".join(self.rng.choice(_ID_CHARS) for _ in range(43))
            if sid not in self.books and sid not in self.files:
                return sid

    def new_sheet_id(self, book: Spreadsheet) -> int:
        while True:
            sheet_id = self.rng.randrange(1, 2 ** 31 - 1)
            if book.by_id(sheet_id) is None:
                return sheet_id

    def new_object_id(self) -> int:
        """An id for a protected range or named range (random, as Google's are)."""
        if self.object_ids:
            return self.object_ids.pop(0)
        return self.rng.randrange(1, 2 ** 31 - 1)

    def book(self, spreadsheet_id: str) -> Spreadsheet:
        book = self.books.get(spreadsheet_id)
        if book is None:
            raise not_found()
        return book

    def new_book(self, title: str, first_sheet: bool = True) -> Spreadsheet:
        book = Spreadsheet(self.new_spreadsheet_id(), title)
        if first_sheet:
            book.sheets.append(Sheet(0, "Sheet1"))
        self.books[book.id] = book
        return book

    def sheet(self, spreadsheet_id: str, tab: str) -> tuple[Spreadsheet, Sheet]:
        book = self.book(spreadsheet_id)
        sheet = book.by_title(tab)
        if sheet is None:
            raise KeyError(f"no tab {tab!r} in spreadsheet {spreadsheet_id}")
        return book, sheet

    def check_cell_limit(self, book: Spreadsheet, where: str) -> None:
        total = sum(s.row_count * s.col_count for s in book.sheets)
        if total > MAX_CELLS:
            raise bad_request(f"Invalid {where}: This action would increase the number of cells in "
                              f"the workbook above the limit of {MAX_CELLS} cells.")


def entries(rows: Iterable[Iterable[Any]], option: str) -> list[list[Any]]:
    """Parse written values, with the 400 Google gives for a value that is not a scalar."""
    from .cells import parse_input
    out = []
    for i, row in enumerate(rows):
        if not isinstance(row, list):
            raise bad_request(f"Invalid values[{i}]: {_proto_text(row)}")
        parsed = []
        for j, raw in enumerate(row):
            try:
                parsed.append(parse_input(raw, option))
            except TypeError:
                raise bad_request(f"Invalid values[{i}][{j}]: {_proto_text(raw)}") from None
        out.append(parsed)
    return out


def _proto_text(value: Any) -> str:
    if isinstance(value, dict):
        return "struct_value { " + " ".join(f'fields {{ key: "{k}" }}' for k in value) + " }"
    if isinstance(value, list):
        return "list_value { }"
    return repr(value)


