"""Reading an .xlsx workbook into grids of cell values: the one place that picks the reader.

Two readers give the same values, so everything after reading cannot tell them apart:

- **calamine** (python-calamine, a compiled reader; the default when it is installed):
  about ten times faster than openpyxl on a shop's workbook.
- **openpyxl** in read-only mode (pure Python; always available): the escape hatch, set
  ``[workbook] reader = "openpyxl"`` in the settings, or the environment variable
  ``KHATIR_XLSX_READER=openpyxl`` (which is what "auto" follows when it is set; the test
  suite runs on either reader that way: ``pytest --xlsx-reader openpyxl``).

The values are openpyxl's, which the parser was written against: an empty cell is
``None``; a whole number is an ``int``; a date is a ``datetime`` at midnight (calamine
gives a ``date``); a time of day a ``time``; a duration a ``timedelta``; a formula cell
the value Excel last computed for it (cached value), and a formula error its code as
text (``"#DIV/0!"``), which calamine leaves blank and is therefore read here from the
sheet's XML. A range of cells merged over several rows (one date merged down over the
call notes of that day) gives every row of it the value of its top cell (in its first
column), read from the sheet's XML too (``base.fill_merges``), whichever the reader.
A cell the file stores as an error value is an ``ErrorValue`` (its code: Excel 365's
``#SPILL!`` and any code no list knows yet), and one stored in a form that is no value (a
shared-text index past the table, ``t="b"`` holding "yes") a ``BrokenCell``: one bad cell
is a Problems row where Khatir reads it, never a refused workbook. calamine gives up on a
whole sheet for such a cell (and for a part named ``../xl/worksheets/...``): that sheet is
read by openpyxl instead, cell by cell. openpyxl knows only the transitional namespaces:
a Strict Open XML file is given to it as an in-memory transitional copy. A tab the workbook
lists but neither reader finds stops the read with one sentence naming it.
Both readers follow the workbook's date system (1900 or 1904). Trailing
empty rows and columns are dropped. Chart sheets are not tabs of data and are skipped;
hidden sheets are read like the others.
"""
from __future__ import annotations

import functools
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Mapping, TypeVar
import xml.etree.ElementTree as ET
from xml.etree.ElementTree import ParseError

from ..errors import BrokenCell, CellPicture, ErrorValue, SheetError
from .not_xlsx import MISSING_PART
from .base import MARK, Cell, Grids, Merge, fill_merges
from .xlsx_comments import read_comments
from .xlsx_links import Links, read_links
from .xlsx_pictures import Pictures, read_pictures
from .xlsx_patch import SheetRef, read_book
from .xlsx_xml import DOC_REL_NS, MAIN_NS, XlsxError, column_index, unescape

try:  # a compiled wheel exists for every platform Khatir supports; fall back if absent
    import python_calamine
except ImportError:  # pragma: no cover - python-calamine is in requirements.txt
    python_calamine = None  # type: ignore[assignment]

ENV_VAR = "KHATIR_XLSX_READER"

# What a broken or foreign file raises, from either reader.
UNREADABLE: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, KeyError, OSError, ValueError, ParseError, EOFError, XlsxError)
if python_calamine is not None:
    UNREADABLE += (python_calamine.CalamineError,)

# Whole numbers beyond this are written in exponent form ("1E+20"), which openpyxl reads as
# a float: only smaller ones become ints.
_EXACT_INT = 1e15
_ERROR_CELL = re.compile(rb"""<(?:\w+:)?c\b([^>]*?\bt\s*=\s*["']e["'][^>]*)>(.*?)</(?:\w+:)?c>""",
                         re.S)
_REF = re.compile(rb"""\br\s*=\s*["']([A-Za-z]+)([0-9]+)["']""")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_ERROR_MARK = re.compile(rb"""\bt\s*=\s*["']e["']""")
# A formula saved without its result: the <f> element is the cell's last child (no <v>).
_NO_RESULT = re.compile(rb"""<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*</(?:\w+:)?c>""")
# WPS Office's picture in a cell: =_xlfn.DISPIMG("ID_…",1) (WPS itself writes no prefix).
_DISPIMG = re.compile(r"=\s*(?:_xlfn\.)?DISPIMG\s*\(", re.I)
_CELL_START = re.compile(rb"""<(?:\w+:)?c\b([^>]*)>""")
# A cell whose first child is its formula: the cell's attributes, the formula's, its text.
_FORMULA_CELL = re.compile(rb"""<(?:\w+:)?c\b([^>]*?)(?<!/)>\s*<(?:\w+:)?f\b([^>]*?)(?:/>|>([^<]*)</(?:\w+:)?f>)""")
_SHARED_INDEX = re.compile(rb"""\bsi\s*=\s*["']([0-9]+)["']""")
_FORMULA_MARK = re.compile(rb"""<(?:\w+:)?f[\s>/]""")
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_HIDDEN = re.compile(rb"""\bhidden\s*=\s*["'](?:1|true)["']""")
_MIN_MAX = re.compile(rb"""\b(min|max)\s*=\s*["']([0-9]+)["']""")
_MERGE = re.compile(rb"""<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*["']\$?([A-Za-z]+)\$?([0-9]+):"""
                    rb"""\$?([A-Za-z]+)\$?([0-9]+)["']""")


def reader_name(reader: str = "auto") -> str:
    """The reader ``reader`` stands for on this machine.

    "auto": the one named by KHATIR_XLSX_READER if it is set, else calamine when installed.
    """
    if reader == "auto":
        chosen = os.environ.get(ENV_VAR, "").strip().lower()
        if chosen in ("calamine", "openpyxl"):
            reader = chosen
        else:
            return "calamine" if python_calamine is not None else "openpyxl"
    if reader == "calamine" and python_calamine is None:
        return "openpyxl"
    return reader


def read_grids(path: Path, reader: str = "auto") -> Grids:
    """Every worksheet's used cells, by tab title, in the workbook's tab order.

    ``date1904`` is set when the workbook counts days from 1904 (for dates typed as numbers).
    """
    return _read_calamine(path) if reader_name(reader) == "calamine" else _read_openpyxl(path)


def _account_for_tabs(path: Path, grids: Grids, sheets: Iterable[SheetRef]) -> Grids:
    """``grids`` with the workbook's other tabs (chart sheets) named; a worksheet the
    workbook lists but the reader did not find stops the read. ``sheets`` is the book
    ``_sheet_extras`` already read, so the workbook's list is not parsed again."""
    sheets = list(sheets)
    grids.other_tabs = tuple(s.title for s in sheets if s.kind != "worksheet")
    for s in sheets:  # openpyxl skips a tab whose part it cannot find: no tab may go unread
        if s.kind == "worksheet" and s.title not in grids:
            raise SheetError(MISSING_PART, path=path, tab=s.title)
    return grids


def read_marks(path: Path) -> dict[str, str]:
    """Khatir's mark on its own tabs: tab title -> the script tab key it names.

    The mark is a hidden defined name ``MARK`` scoped to the tab (``localSheetId`` is the
    tab's position) whose value is the key in quotes (see ``xlsx_patch.mark_sheets``).
    """
    with zipfile.ZipFile(path) as zf:
        book = read_book(zf)
        root = ET.fromstring(zf.read(book.workbook_part))
    titles = [s.title for s in book.sheets]
    out: dict[str, str] = {}
    for el in root.iter(f"{{{book.main_ns}}}definedName"):
        if el.get("name", "").casefold() != MARK.casefold():
            continue
        index, text = el.get("localSheetId", ""), (el.text or "").strip()
        if (index.isdigit() and int(index) < len(titles) and len(text) >= 2
                and text[0] == text[-1] == '"'):
            out.setdefault(titles[int(index)], text[1:-1])
    return out


T = TypeVar("T")


class SheetParts(Mapping[str, T]):
    """Something of a workbook's worksheets, by tab title, each tab's read from the file by
    ``read_one`` (its part reader, part name, part bytes) when it is asked for: only the
    tabs Khatir rewrites are."""

    def __init__(self, path: Path, read_one: Callable[[Callable[[str], bytes | None], str, bytes], T]):
        self.path = path
        self.read_one = read_one
        self._read: dict[str, T] = {}

    def _titles(self) -> list[str]:
        with zipfile.ZipFile(self.path) as zf:
            return [s.title for s in read_book(zf).sheets if s.kind == "worksheet" and s.part]

    def __getitem__(self, title: str) -> T:
        if title not in self._read:
            with zipfile.ZipFile(self.path) as zf:
                ref = read_book(zf).find(title)
                if ref is None or ref.kind != "worksheet" or not ref.part:
                    raise KeyError(title)
                self._read[title] = self.read_one(lambda name: _entry(zf, name), ref.part, zf.read(ref.part))
        return self._read[title]

    def __iter__(self):
        return iter(self._titles())

    def __len__(self) -> int:
        return len(self._titles())


class SheetLinks(SheetParts[Links]):
    """The cell hyperlinks of a workbook's worksheets (``xlsx_links``), by tab title: read
    per tab, since Messages may hold a WhatsApp link on each of thousands of rows."""

    def __init__(self, path: Path):
        super().__init__(path, read_links)


class SheetPictures(SheetParts[Pictures]):
    """Where the pictures on a workbook's worksheets sit (``xlsx_pictures``), by tab title."""

    def __init__(self, path: Path):
        super().__init__(path, read_pictures)


def read_sheet_comments(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """The cell comments (notes) on every worksheet: title -> {(row, column): text}
    (row 1-based, column 0-based); see ``xlsx_comments``."""
    with zipfile.ZipFile(path) as zf:
        book = read_book(zf)
        return read_comments(zf, {s.title: s.part for s in book.sheets
                                  if s.kind == "worksheet" and s.part})


# -- openpyxl ------------------------------------------------------------------------
def _read_openpyxl(path: Path) -> Grids:
    grids = _openpyxl_grids(path)
    # read-only openpyxl does not read merged ranges or hidden columns: from the sheets' XML
    extras = _sheet_extras(path, list(grids), errors=False)
    grids.hidden_columns, grids.uncalculated = extras.hidden, extras.uncalculated
    grids.formulas = extras.formulas
    _mark_pictures(grids)
    for title, merges in extras.merged.items():
        fill_merges(grids[title], merges)
    return _account_for_tabs(path, grids, extras.sheets)


def _openpyxl_grids(path: Path, only: Iterable[str] | None = None) -> Grids:
    """The worksheets' grids (those titled in ``only``, else all) read by openpyxl in
    read-only mode, one bad cell at a time (``_Cells``)."""
    from openpyxl import load_workbook  # only when it is the reader: its import alone takes 0.1 s
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    from openpyxl.utils.exceptions import InvalidFileException

    # data_only: a formula cell is read as the value Excel last computed for it, as
    # Google's UNFORMATTED_VALUE gives it; the writer never touches staff tabs, so no
    # formula is lost.
    try:
        book = load_workbook(_transitional(path), read_only=True, data_only=True)
    except InvalidFileException as exc:
        raise ValueError(str(exc)) from None
    wanted = None if only is None else set(only)
    try:  # read-only sheets are parsed while iterating: errors can come from here too
        grids = Grids((ws.title, _tolerant_grid(book, ws)) for ws in book.worksheets
                      if wanted is None or ws.title in wanted)
        grids.date1904 = book.epoch == CALENDAR_MAC_1904
    finally:
        book.close()  # it keeps the file open, which on Windows blocks os.replace
    return grids


def _transitional(path: Path) -> Path | io.BytesIO:
    """The workbook for openpyxl: a Strict Open XML file ("Strict Open XML Spreadsheet",
    namespaces under purl.oclc.org) as an in-memory copy in the transitional namespaces,
    which are the only ones openpyxl knows (it would find no tab at all); the cells are
    written the same way in both. Any other file as it is."""
    with zipfile.ZipFile(path) as zf:
        if read_book(zf).main_ns != MAIN_NS[1]:
            return path
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in zf.infolist():
                data = zf.read(info)
                if info.filename.lower().endswith((".xml", ".rels")):
                    for strict, usual in _STRICT:
                        data = data.replace(strict, usual)
                copy.writestr(info, data)
    out.seek(0)
    return out


_STRICT = ((MAIN_NS[1].encode(), MAIN_NS[0].encode()), (DOC_REL_NS[1].encode(), DOC_REL_NS[0].encode()))


def _tolerant_grid(book, ws) -> list[list[Cell]]:
    """The used cells of one read-only openpyxl sheet, trailing empty rows and columns
    dropped, each cell parsed on its own: a cell the file stores wrongly is a
    ``BrokenCell`` and an error value an ``ErrorValue`` (see ``_cell_parser``).

    The cell-by-cell parser leans on openpyxl's own sheet parser, which is not public: an
    openpyxl that changed it is read the public way (the whole sheet, as before)."""
    try:
        parser_type = _cell_parser()
        source = book._archive.open(ws._worksheet_path)
        shared, formats = ws._shared_strings, (book._date_formats, book._timedelta_formats)
    except (ImportError, AttributeError, KeyError):
        return _public_grid(ws)
    rows: list[list[Cell]] = []
    with source as src:
        parser = parser_type(src, shared, data_only=True, epoch=book.epoch,
                             date_formats=formats[0], timedelta_formats=formats[1])
        for number, cells in parser.parse():
            if number < 1 or number > 1048576:
                continue
            while len(rows) < number:
                rows.append([])
            row = rows[number - 1]
            for cell in cells:
                col = cell["column"]
                if col < 1 or col > 16384:
                    continue
                if len(row) < col:
                    row.extend([None] * (col - len(row)))
                row[col - 1] = _unescaped(cell["value"])
    return _trimmed(rows)


def _public_grid(ws) -> list[list[Cell]]:
    """The used cells through openpyxl's public API (one bad cell fails the sheet)."""
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # read-only: a wrong <dimension> would cut the sheet short
    return _trimmed([list(map(_unescaped, r)) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)])


# A control character the file stores escaped as _x00HH_ (Excel writes the carriage return of a
# line break as "_x000D_\n"): calamine gives the character, openpyxl the escape as written. Only
# control characters: openpyxl has already turned a typed "_x0041_", stored "_x005F_x0041_",
# into "_x0041_", which must stay as typed.
_ESCAPE = re.compile(r"_x(00[01][0-9A-Fa-f])_")


def _unescaped(value: Cell) -> Cell:
    if type(value) is str and "_x" in value:
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value


@functools.cache
def _cell_parser() -> type:
    """openpyxl's sheet parser, reading a cell it cannot parse as one ``BrokenCell``
    instead of failing the whole sheet, and every ``t="e"`` value as an ``ErrorValue``.

    A shared-text index past the end of the table, ``t="b"`` holding "yes", a number
    cell holding words or a ``t="d"`` cell holding no date make openpyxl (and calamine)
    give up on the workbook; the staff cannot find or fix a cell Khatir does not name."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import WorkSheetParser

    class Cells(WorkSheetParser):
        def parse_cell(self, element):
            before = self.col_counter
            try:
                cell = super().parse_cell(element)
            except (ValueError, IndexError, TypeError, OverflowError, KeyError):
                ref = element.get("r")
                try:
                    row, col = coordinate_to_tuple(ref) if ref else (self.row_counter, before + 1)
                except (ValueError, TypeError):
                    row, col = self.row_counter, before + 1
                self.col_counter = col
                return {"row": row, "column": col, "value": BrokenCell(), "data_type": "s",
                        "style_id": 0}
            if element.get("t") == "e" and isinstance(cell["value"], str):
                cell["value"] = ErrorValue(cell["value"])
            return cell

    return Cells


def _trimmed(rows: list[list[Cell]]) -> list[list[Cell]]:
    while rows and all(v is None or v == "" and type(v) is str for v in rows[-1]):
        rows.pop()
    for row in rows:  # a BrokenCell is empty text, but a cell to report: it stays
        while row and (row[-1] is None or row[-1] == "" and type(row[-1]) is str):
            row.pop()
    return rows


# -- calamine ------------------------------------------------------------------------
def _read_calamine(path: Path) -> Grids:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    grids = Grids()
    refused: list[str] = []  # calamine gives up on the whole sheet for one bad cell
    try:
        titles = [m.name for m in book.sheets_metadata
                  if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
        for title in titles:
            try:
                grids[title] = _trimmed([_as_openpyxl(row)
                                         for row in book.get_sheet_by_name(title).iter_rows()])
            except python_calamine.CalamineError:
                grids[title] = []  # its place in the tab order; read below
                refused.append(title)
    finally:
        book.close()
    if refused:  # a newer error value (#SPILL!), a broken cell: read by openpyxl, cell by cell
        again = _openpyxl_grids(path, refused)
        for title in refused:
            if title in again:
                grids[title] = again[title]
            else:  # neither reader finds its part: read_grids says so
                del grids[title]
    extras = _sheet_extras(path, titles)
    grids.date1904, grids.hidden_columns = extras.date1904, extras.hidden
    grids.uncalculated, grids.formulas = extras.uncalculated, extras.formulas
    _mark_pictures(grids)
    for title, errors in extras.errors.items():
        if title in refused:
            continue
        rows = grids[title]
        for r, c, code in errors:
            while len(rows) <= r:
                rows.append([])
            row = rows[r]
            if len(row) <= c:
                row.extend([None] * (c + 1 - len(row)))
            row[c] = ErrorValue(code)
    for title, merges in extras.merged.items():
        fill_merges(grids[title], merges)
    return _account_for_tabs(path, grids, extras.sheets)


def _mark_pictures(grids: Grids) -> None:
    """Each cell holding a WPS picture (its formula ``_xlfn.DISPIMG(...)``) becomes a
    ``CellPicture`` of the text it shows elsewhere, so a column Khatir reads reports it
    instead of reading ``=DISPIMG("ID_…",1)`` as a name or a note. Before the merges are
    filled, so a picture merged down is one on every row of it."""
    for title, texts in (grids.formulas or {}).items():
        rows = grids.get(title)
        if rows is None:
            continue
        for (r, c), text in texts.items():
            if _DISPIMG.match(text) and r - 1 < len(rows) and c < len(rows[r - 1]):
                value = rows[r - 1][c]
                rows[r - 1][c] = CellPicture(value if isinstance(value, str) else text)


def _as_openpyxl(row: list) -> list[Cell]:
    """One row from calamine, with the values openpyxl gives for the same cells."""
    for i, v in enumerate(row):
        kind = type(v)
        if kind is str:
            if not v:
                row[i] = None
        elif kind is float:
            if v.is_integer() and -_EXACT_INT < v < _EXACT_INT:
                row[i] = int(v)
        elif kind is date:
            row[i] = datetime(v.year, v.month, v.day)
    return row


@dataclass
class _Extras:
    """What the readers leave out, from the sheets' XML (see ``_sheet_extras``)."""
    errors: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    merged: dict[str, list[Merge]] = field(default_factory=dict)
    date1904: bool = False
    hidden: dict[str, frozenset[int]] = field(default_factory=dict)
    uncalculated: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)
    sheets: list[SheetRef] = field(default_factory=list)  # the workbook's tabs, as listed
    formulas: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)  # by tab


def _sheet_extras(path: Path, titles: Iterable[str], errors: bool = True) -> _Extras:
    """What calamine leaves out, from the sheets' XML: cells holding a formula error
    ("#REF!"), by tab: (row, column, code), 0-based; merged ranges, by tab; whether
    the workbook counts days from 1904; the hidden columns, by tab (0-based); and, for
    either reader, the cells holding a formula saved without its result, by tab
    (row 1-based, column 0-based): read as empty, but the staff see a value in Excel,
    so Problems must not call them empty; and the formulas' texts, by tab.

    One pass over each sheet's decompressed bytes finds the merged ranges and tells
    whether it has an error cell or a formula at all (a few hundredths of a second); only
    then is it searched cell by cell.
    """
    out = _Extras()
    with zipfile.ZipFile(path) as zf:
        book = read_book(zf)
        out.date1904, out.sheets = book.date1904, book.sheets
        for title in titles:
            ref = book.find(title)
            if ref is None or not ref.part:
                continue
            has_error, has_formula, merges, unseen = _scan(zf, ref.part)
            if merges:
                out.merged[title] = merges
            if unseen:
                out.hidden[title] = unseen
            if not (errors and has_error or has_formula):
                continue
            xml = zf.read(ref.part)
            if has_formula and (blank := _no_results(xml)):
                out.uncalculated[title] = blank
            if has_formula and (texts := _formula_texts(xml)):
                out.formulas[title] = texts
            if not (errors and has_error):
                continue
            cells = []
            for m in _ERROR_CELL.finditer(xml):
                where, value = _REF.search(m.group(1)), _VALUE.search(m.group(2))
                if where and value:
                    cells.append((int(where.group(2)) - 1, column_index(where.group(1).decode()) - 1,
                                  value.group(1).decode("utf-8", "replace")))
            if cells:
                out.errors[title] = cells
    return out


def _formula_texts(xml: bytes) -> dict[tuple[int, int], str]:
    """The cells holding a formula (row 1-based, column 0-based) and its text, "=..."; a
    cell of a shared formula (Excel's fill down stores the text in the first cell only) gets
    the first cell's text. A rewritten tab cannot keep a formula (khatir.sheet.carry)."""
    found: dict[tuple[int, int], str] = {}
    shared: dict[bytes, str] = {}
    for m in _FORMULA_CELL.finditer(xml):
        where = _REF.search(m.group(1))
        if where is None:
            continue
        attrs, text = m.group(2), unescape(m.group(3) or b"")
        si = _SHARED_INDEX.search(attrs)
        if si is not None and text:
            shared.setdefault(si.group(1), text)
        elif si is not None:
            text = shared.get(si.group(1), "")
        if text:
            found[(int(where.group(2)), column_index(where.group(1).decode()) - 1)] = "=" + text
    return found


def _no_results(xml: bytes) -> frozenset[tuple[int, int]]:
    """The cells (row 1-based, column 0-based) whose formula has no saved result: many
    programs that write .xlsx files (the OpenXML SDK, POI, JavaScript and Go libraries)
    leave the calculating to Excel. Cells without an ``r`` cannot be placed and are left
    out (they read as empty, as before)."""
    found = set()
    for m in _NO_RESULT.finditer(xml):
        starts = list(_CELL_START.finditer(xml, max(0, m.start() - 400), m.start()))
        if not starts:
            continue
        where = _REF.search(starts[-1].group(1))
        if where:
            found.add((int(where.group(2)), column_index(where.group(1).decode()) - 1))
    return frozenset(found)


def _entry(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """A part of the package by name, or None when it has none."""
    try:
        return zf.read(name)
    except KeyError:
        return None


def _scan(zf: zipfile.ZipFile, part: str) -> tuple[bool, bool, list[Merge], frozenset[int]]:
    """Whether a sheet has an error cell and a formula, its merged ranges of more than one
    row, and its hidden columns (0-based; ``<col min max hidden="1">``, before the cells)."""
    has_error = has_formula = False
    found: dict[bytes, Merge] = {}
    hidden: set[int] = set()
    first = True
    with zf.open(part) as fh:
        tail = b""
        while chunk := fh.read(1 << 20):
            text = tail + chunk
            if not has_error and _ERROR_MARK.search(text):
                has_error = True
            if not has_formula and _FORMULA_MARK.search(text):
                has_formula = True
            if first:  # <cols> comes before <sheetData>, in the first chunk
                head = text[:text.find(b"sheetData")] if b"sheetData" in text else text
                for m in _COL.finditer(head):
                    if _HIDDEN.search(m.group(1)):
                        bounds = dict(_MIN_MAX.findall(m.group(1)))
                        low = int(bounds.get(b"min", 0))
                        high = min(int(bounds.get(b"max", low)), low + 16384)
                        hidden.update(range(low - 1, high) if low else ())
            first = False
            if b"mergeCell" in text:
                for m in _MERGE.finditer(text):
                    r0, r1 = int(m.group(2)) - 1, int(m.group(4)) - 1
                    if r1 > r0:
                        found[m.group(0)] = (r0, column_index(m.group(1).decode()) - 1,
                                             r1, column_index(m.group(3).decode()) - 1)
            tail = chunk[-300:]
    return has_error, has_formula, list(found.values()), frozenset(hidden)
