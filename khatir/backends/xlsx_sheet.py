"""Write rows into one worksheet part, keeping every other byte of it.

Its ``<sheetData>`` is spliced (rows replaced, or rows added below the last
used row), its ``<dimension>`` updated and, when asked, a frozen header row
added; column widths, conditional formatting, data validation and the rest are
kept as written. New string cells are inline strings, so ``sharedStrings.xml``
is not touched; a string that starts with ``=`` is text, never a formula.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Sequence
import xml.etree.ElementTree as ET

from .base import Layout, fit_cell
from .xlsx_setup import Highlight, ListRule
from .xlsx_xml import (DOC_REL_NS, EXCEL_CELL_LIMIT, ILLEGAL_XML_RE, MAIN_NS, _SPANS_RE, XlsxError,
                       _close, _insert_attr, _open_tag, _Outline, _parse, _parse_ref, _parser, _prefix, _qname,
                       _range_ref, _Span, _splice, _tag, _tag_end, _utf8, column_index,
                       column_letter, escape_text)

Cell = object
_HIDDEN_RE = re.compile(rb"""\shidden\s*=\s*(?:"[^"]*"|'[^']*')""")

@dataclass(frozen=True)
class SheetEdit:
    """Rows to write into one tab.

    ``rows[0]`` goes to row ``start_row`` (1-based), the next to the row below,
    and so on; an empty value (None or "") leaves its cell as it is. With
    ``replace`` the tab's cells are all removed first (``start_row`` is then 1).
    Without it the rows must be below the tab's last used row: existing rows
    there hold no values, only formatting, which the new cells take on.
    ``freeze_header`` freezes the first row when the tab has no frozen or split
    pane yet. A tab that does not exist is created (at the end).

    With ``append`` the rows go below the tab's last used row as the file shows
    it (see ``xlsx_append``), never above ``start_row`` (the row below the last
    value a reader saw; rows above it are not looked at again).
    """

    title: str
    rows: Sequence[Sequence[Cell]]
    start_row: int = 1
    replace: bool = False
    freeze_header: bool = False
    append: bool = False
    bold_first_row: bool = False             # set-up: the header row it writes is bold
    dropdowns: tuple[ListRule, ...] = ()      # set-up: where the tab has none of its own
    highlight: Highlight | None = None        # set-up: when the tab has no rule of its own
    layout: Layout | None = None  # Khatir's look (xlsx_style), with Link cells
    styles: Sequence[Sequence[str | None]] = ()  # a cell format index per cell, or None
    heights: Sequence[float | None] = ()  # a new row's height in points, or None
    drop_comments: frozenset[tuple[int, int, str]] = frozenset()  # see base.Replace
    drop_links: frozenset[tuple[int, int, str]] = frozenset()  # see base.Replace


@dataclass
class _CellWriter:
    """Turns values into ``<c>`` elements; knows the style to give a date, if any."""

    date_style: int | None = None
    date1904: bool = False
    #: Cell formats (cellXfs indexes, as text) that leave a cell unlocked: in a protected tab
    #: these are the cells staff may still type in (see ``unlocked_styles``).
    unlocked: frozenset[str] = frozenset()

    def __post_init__(self):
        self._tags: dict[str, tuple[str, str, str, str, str]] = {}

    def _templates(self, prefix: str) -> tuple[str, str, str, str, str]:
        tags = self._tags.get(prefix)
        if tags is None:
            c, v, is_, t = (_tag(prefix, x) for x in ("c", "v", "is", "t"))
            tags = self._tags[prefix] = (
                f'<{c} r="', f'><{v}>', f"</{v}></{c}>",
                f' t="inlineStr"><{is_}><{t} xml:space="preserve">', f"</{t}></{is_}></{c}>")
        return tags

    def cell(self, prefix: str, ref: str, value: Cell, style: str | None) -> str | None:
        """The ``<c>`` element for ``value``, or None for an empty value."""
        if value is None:
            return None
        open_, v_open, v_close, s_open, s_close = self._templates(prefix)
        kind = ""
        if isinstance(value, str):
            pass
        elif isinstance(value, bool):
            value, kind = ("1" if value else "0"), ' t="b"'
        elif isinstance(value, int):
            value, kind = str(int(value)), "n"
        elif isinstance(value, (float, Decimal)) and math.isfinite(value):
            value, kind = repr(float(value)), "n"
        elif isinstance(value, (datetime, date)) and self.date_style is not None \
                and (serial := self._serial(value)) is not None:
            value, kind, style = repr(serial), "n", str(self.date_style)
        elif isinstance(value, (datetime, date, time)):
            value = value.isoformat()
        else:
            value = str(value)
        st = f' s="{style}"' if style and style != "0" else ""
        if kind:
            return f'{open_}{ref}"{st}{kind if kind != "n" else ""}{v_open}{value}{v_close}'
        text = fit_cell(ILLEGAL_XML_RE.sub("", value), EXCEL_CELL_LIMIT)
        if not text:
            return None
        if "&" in text or "<" in text or ">" in text or "\r" in text:
            text = escape_text(text)
        return f'{open_}{ref}"{st}{s_open}{text}{s_close}'

    def _serial(self, value: date) -> float | None:
        if isinstance(value, datetime):
            value = value.replace(tzinfo=None)
        else:
            value = datetime(value.year, value.month, value.day)
        if self.date1904:
            epoch = datetime(1904, 1, 1)
        elif value >= datetime(1900, 3, 1):
            epoch = datetime(1899, 12, 30)
        else:
            return None  # Excel's 1900 leap-year bug: leave such dates as text
        delta = value - epoch
        serial = delta.days + delta.seconds / 86400 + delta.microseconds / 86400e6
        return int(serial) if serial == int(serial) else serial


@dataclass
class _CellSpan(_Span):
    col: int = 0
    style: str | None = None
    has_ref: bool = True
    value: bool = False    # it shows something: a non-empty <v> or an inline string
    formula: bool = False


@dataclass
class _Row:
    index: int
    span: _Span
    has_ref: bool
    cells: list[_CellSpan]


class _SheetScan:
    """The parts of a worksheet that writing needs, found in one expat pass.

    With ``rows_from`` set, the rows numbered from there on are recorded with
    their cells (for appending below the last used row). With ``trailing`` set,
    the scan finds the last used row itself: the last row with a value in any
    column, or a formula in the first ``trailing`` columns (the ones about to be
    written), from row ``rows_from`` on; ``rows`` are then the rows below it,
    ``hidden`` their hidden ones.
    Otherwise only the ``<sheetData>`` element itself is located.
    """

    def __init__(self, data: bytes, what: str, rows_from: int | None = None, trailing: int = 0):
        self.data = data
        self.rows_from = rows_from
        self.trailing = trailing
        self.last_used: _Row | None = None   # trailing: the last used row ...
        self.hidden: list[int] = []          # ... and the hidden rows below it
        self.auto_filter: _Span | None = None
        self._v_start = 0
        self.depth = 0
        self._root: _Span | None = None
        self.sheet_pr: _Span | None = None
        self.dimension: _Span | None = None
        self.sheet_views: _Span | None = None
        self.views: list[_Span] = []
        self.view_panes: list[bool] = []
        self.view_bottom_left: list[bool] = []
        self.cols: list[tuple[int, int, str]] = []
        self._sheet_data: _Span | None = None
        self.rows: list[_Row] = []
        self.has_formula = False
        self._open: dict[int, _Span] = {}
        self._in_data = False
        self._row_index = 0
        self._col_index = 0
        self._row: _Row | None = None
        self._cell: _CellSpan | None = None
        self._names: dict[str, str] = {}
        self.what = what
        self.parser = _parser(self)
        _parse(self.parser, data, what)
        for row in self.rows if trailing else ():
            for cell in row.cells:
                _close(data, cell, cell.inner_end)
        if self._root is None:
            raise XlsxError(f"{what} is empty")
        if self._sheet_data is None:
            raise XlsxError(f"{what} has no sheetData element")
        self.root: _Span = self._root
        self.sheet_data: _Span = self._sheet_data

    def start(self, name, attrs):
        d = self.depth
        self.depth = d + 1
        if self._in_data:
            if self.rows_from is None and not self.trailing:  # replacing: only formulas matter
                if d >= 4 and name == self._names["f"]:
                    self.has_formula = True
                return
            if d == 4 and self._cell is not None:
                if name == self._names["f"]:
                    self._cell.formula = True
                elif name == self._names["is"]:
                    self._cell.value = True
                elif name == self._names["v"]:
                    self._v_start = _tag_end(self.data, self.parser.CurrentByteIndex)
            if d == 3:  # <c>
                ref = attrs.get("r")
                col = column_index(ref) if ref else self._col_index + 1
                self._col_index = col
                if self._row is not None:
                    self._cell = _CellSpan(self.parser.CurrentByteIndex, col=col,
                                           style=attrs.get("s"), has_ref=bool(ref))
                    self._row.cells.append(self._cell)
            elif d == 2:  # <row>
                if name != self._names["row"]:
                    raise XlsxError(f"{self.what} has an unexpected element in its sheetData")
                ref = attrs.get("r")
                try:
                    index = int(ref) if ref else self._row_index + 1
                except ValueError:
                    raise XlsxError(f"{self.what} has a row numbered {ref!r}") from None
                if index <= self._row_index:
                    raise XlsxError(f"{self.what} has its rows out of order")
                self._row_index, self._col_index = index, 0
                if index >= (self.rows_from or 0):
                    self._row = _Row(index, _Span(self.parser.CurrentByteIndex, attrs=attrs),
                                     bool(ref), [])
                    self.rows.append(self._row)
                else:
                    self._row = None
            return
        if d == 0:
            ns, _, local = name.rpartition(" ")
            if ns not in MAIN_NS or local != "worksheet":
                raise XlsxError(f"{self.what} is not a worksheet (a chart sheet?)")
            self._names = {k: f"{ns} {k}" for k in
                           ("sheetPr", "dimension", "sheetViews", "sheetView", "pane", "selection",
                            "cols", "col", "sheetData", "row", "f", "v", "is", "autoFilter")}
            root = self._root = _Span(self.parser.CurrentByteIndex)
            root.stag_end = _tag_end(self.data, root.start)
            root.qname = _qname(self.data, root.start)
            return
        n = self._names
        here = self.parser.CurrentByteIndex
        if d == 1:
            if name == n["sheetData"]:
                self._sheet_data = self._open[d] = _Span(here)
                self._in_data = True
            elif name in (n["sheetPr"], n["dimension"], n["sheetViews"], n["autoFilter"]):
                span = self._open[d] = _Span(here, attrs=attrs)
                local = name.rpartition(" ")[2]
                setattr(self, {"sheetPr": "sheet_pr", "dimension": "dimension",
                               "sheetViews": "sheet_views", "autoFilter": "auto_filter"}[local], span)
        elif d == 2 and name == n["sheetView"] and self.sheet_views is not None \
                and self.sheet_views.end == 0:
            self._open[d] = _Span(here)
            self.views.append(self._open[d])
            self.view_panes.append(False)
            self.view_bottom_left.append(False)
        elif d == 3 and self.views and self.views[-1].end == 0:
            if name == n["pane"]:
                self.view_panes[-1] = True
            elif name == n["selection"] and attrs.get("pane") == "bottomLeft":
                self.view_bottom_left[-1] = True
        elif d == 2 and name == n["col"]:
            style = attrs.get("style")
            if style and style != "0":
                try:
                    self.cols.append((int(attrs.get("min", 0)), int(attrs.get("max", 0)), style))
                except ValueError:
                    pass

    def end(self, name):
        self.depth -= 1
        d = self.depth
        if self._in_data:
            if d == 4 and self._v_start and self._cell is not None:
                if self.parser.CurrentByteIndex > self._v_start:  # <v>text</v>, not <v></v>
                    self._cell.value = True
                self._v_start = 0
                return
            if d == 3:
                if self._cell is not None:
                    if self.trailing:  # most rows are passed over: find their ends later, if kept
                        self._cell.inner_end = self.parser.CurrentByteIndex
                    else:
                        _close(self.data, self._cell, self.parser.CurrentByteIndex)
                    self._cell = None
                return
            if d == 2:
                if self._row is not None:
                    _close(self.data, self._row.span, self.parser.CurrentByteIndex)
                    if self.trailing:
                        self._trail(self._row)
                    self._row = None
                return
            if d > 1:
                return
            self._in_data = False
        span = self._open.pop(d, None) if d in (1, 2) else None
        if span is not None:
            _close(self.data, span, self.parser.CurrentByteIndex)

    def _trail(self, row: _Row) -> None:
        """Keep only the rows below the last used one (appending looks at nothing else)."""
        if any(c.value or (c.formula and c.col <= self.trailing) for c in row.cells):
            self.last_used = row
            self.rows.clear()
            self.hidden.clear()
        elif row.span.attrs.get("hidden") in ("1", "true"):
            self.hidden.append(row.index)

    def column_style(self, col: int) -> str | None:
        for lo, hi, style in self.cols:
            if lo <= col <= hi:
                return style
        return None


def _freeze_edits(scan: _SheetScan, prefix: str) -> list[tuple[int, int, bytes]]:
    """Insert a pane freezing row 1, unless the sheet has a pane already."""
    if any(scan.view_panes):
        return []
    pane = (f'<{_tag(prefix, "pane")} ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            f'state="frozen"/>')
    selection = f'<{_tag(prefix, "selection")} pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    data = scan.data
    if scan.sheet_views is None or not scan.views:
        views = (f'<{_tag(prefix, "sheetViews")}><{_tag(prefix, "sheetView")} workbookViewId="0">'
                 f'{pane}{selection}</{_tag(prefix, "sheetView")}></{_tag(prefix, "sheetViews")}>')
        if scan.sheet_views is not None:  # <sheetViews/> with no view: invalid, replace it
            return [(scan.sheet_views.start, scan.sheet_views.end, views.encode())]
        after = scan.dimension or scan.sheet_pr
        at = after.end if after else scan.root.stag_end
        return [(at, at, views.encode())]
    edits = []
    for view, bottom_left in zip(scan.views, scan.view_bottom_left):
        inner = (pane + ("" if bottom_left else selection)).encode()
        if view.empty:
            edits.append((view.start, view.end, _open_tag(data, view) + inner
                          + f"</{view.qname}>".encode()))
        else:
            edits.append((view.stag_end, view.stag_end, inner))
    return edits


def _dimension_edit(scan: _SheetScan, prefix: str, ref: str) -> tuple[int, int, bytes]:
    if scan.dimension is not None:
        qname = scan.dimension.qname
        return scan.dimension.start, scan.dimension.end, f'<{qname} ref="{ref}"/>'.encode()
    at = scan.sheet_pr.end if scan.sheet_pr else scan.root.stag_end
    return at, at, f'<{_tag(prefix, "dimension")} ref="{ref}"/>'.encode()


def _new_rows(prefix: str, start_row: int, rows: Sequence[Sequence[Cell]], writer: _CellWriter,
              scan: _SheetScan, existing: dict[int, _Row],
              formulas: dict[int, str] | None = None,
              first_style: str | None = None,
              styles: Sequence[Sequence[str | None]] = (),
              heights: Sequence[float | None] = ()) -> tuple[bytes, int, int]:
    """The XML of rows ``start_row``..., merged into ``existing`` rows at those numbers.

    ``formulas`` (column -> formula) go into each written row where it has no
    cell yet: an Excel Table's calculated columns. A row written into is shown
    (a hidden empty row takes new cells only below a moved totals row).
    ``styles`` (a cell format per cell, Khatir's look) apply where staff gave the
    row or cell no formatting of its own, also to empty cells; ``heights`` set a
    new row's height.
    Returns (xml, last row written, widest column written); 0, 0 when nothing was.
    """
    row_tag, data = _tag(prefix, "row"), scan.data
    out: list[str | bytes] = []
    last_row = max_col = 0
    for offset, values in enumerate(rows):
        r = start_row + offset
        old = existing.get(r)
        new_cells: dict[int, str] = {}
        old_styles = {c.col: c.style for c in old.cells} if old else {}
        row_style = None
        if old is not None and old.span.attrs.get("customFormat") in ("1", "true"):
            row_style = old.span.attrs.get("s")
        cell_prefix = _prefix(old.span.qname) if old else prefix
        own = styles[offset] if offset < len(styles) else ()
        blanks: dict[int, str] = {}  # empty cells that only carry Khatir's look
        for c, value in enumerate(values, start=1):
            # a column staff left unlocked in a protected tab (Status, Reply): its cells stay so
            open_column = bool(writer.unlocked) and scan.column_style(c) in writer.unlocked
            if value is None or value == "":
                if (c <= len(own) and own[c - 1] and c not in old_styles and row_style is None
                        and not open_column):  # an absent cell takes the column's format
                    blanks[c] = f'<{_tag(cell_prefix, "c")} r="{column_letter(c)}{r}" s="{own[c - 1]}"/>'
                continue
            style = old_styles.get(c) or row_style  # formatting staff gave the row wins
            if style is None and open_column:
                style = scan.column_style(c)
            if style is None and c <= len(own):
                style = own[c - 1]
            if style is None and scan.cols:
                style = scan.column_style(c)
            if offset == 0 and first_style is not None:
                style = first_style
            xml = writer.cell(cell_prefix, f"{column_letter(c)}{r}", value, style)
            if xml is not None:
                new_cells[c] = xml
        if new_cells and formulas:
            for c, formula in formulas.items():
                if c not in new_cells and c not in old_styles:
                    style = scan.column_style(c) if scan.cols else None
                    st = f' s="{style}"' if style and style != "0" else ""
                    f = _tag(cell_prefix, "f")
                    new_cells[c] = (f'<{_tag(cell_prefix, "c")} r="{column_letter(c)}{r}"{st}>'
                                    f'<{f}>{escape_text(formula)}</{f}></{_tag(cell_prefix, "c")}>')
        if new_cells:
            for c, xml in blanks.items():
                new_cells.setdefault(c, xml)
        if new_cells:
            last_row, max_col = r, max(max_col, max(new_cells))
        if old is None:
            if new_cells:
                height = heights[offset] if offset < len(heights) else None
                ht = f' ht="{height:g}" customHeight="1"' if height else ""
                out.append(f'<{row_tag} r="{r}"{ht}>' + "".join(new_cells[c] for c in sorted(new_cells))
                           + f"</{row_tag}>")
            continue
        if not new_cells:  # nothing to add to this formatted row: keep it as it is
            out.append(_with_ref(data, old.span, r) if not old.has_ref
                       else data[old.span.start:old.span.end])
            continue
        merged: dict[int, bytes] = {}
        for cell in old.cells:
            if cell.col not in new_cells:
                raw = data[cell.start:cell.end]
                if not cell.has_ref:
                    raw = _insert_attr(raw, cell.qname, f'r="{column_letter(cell.col)}{r}"')
                merged[cell.col] = raw
        for c, xml in new_cells.items():
            merged[c] = xml.encode()
        open_tag = _HIDDEN_RE.sub(b"", _SPANS_RE.sub(b"", _open_tag(data, old.span)))
        if not old.has_ref:
            open_tag = _insert_attr(open_tag, old.span.qname, f'r="{r}"')
        out.append(open_tag + b"".join(merged[c] for c in sorted(merged))
                   + f"</{old.span.qname}>".encode())
    return b"".join(x if isinstance(x, bytes) else x.encode() for x in out), last_row, max_col


def _with_ref(data: bytes, span: _Span, r: int) -> bytes:
    return _insert_attr(data[span.start:span.end], span.qname, f'r="{r}"')


def write_rows(sheet_xml: bytes, edit: SheetEdit, writer: _CellWriter | None = None,
               what: str = "the worksheet", first_style: str | None = None) -> tuple[bytes, bool]:
    """Apply one edit to a worksheet part; returns (new part, whether formulas were removed)."""
    writer = writer or _CellWriter()
    data = _utf8(sheet_xml)
    start = 1 if edit.replace else edit.start_row
    scan = _SheetScan(data, what, rows_from=None if edit.replace else start)
    sd = scan.sheet_data
    prefix, top = _prefix(sd.qname), _prefix(scan.root.qname)
    edits: list[tuple[int, int, bytes]] = []
    if edit.replace:
        body, last_row, max_col = _new_rows(prefix, 1, edit.rows, writer, scan, {},
                                            first_style=first_style, styles=edit.styles,
                                            heights=edit.heights)
        edits.append((sd.start, sd.end, _open_tag(data, sd) + body + f"</{sd.qname}>".encode()))
        ref = _range_ref(max_col, last_row) if last_row else "A1"
        edits.append(_dimension_edit(scan, top, ref))
        removed_formulas = scan.has_formula
    else:
        edits += splice_rows(scan, start, edit.rows, writer, first_style=first_style,
                             styles=edit.styles, heights=edit.heights)
        removed_formulas = False
    if edit.freeze_header:
        edits.extend(_freeze_edits(scan, top))
    return _splice(data, edits), removed_formulas


def unmerge_below(sheet_xml: bytes, header_rows: int, what: str = "the worksheet") -> bytes:
    """The worksheet part without the merged ranges that start below its first ``header_rows``.

    On a tab Khatir rewrites whole (Follow-ups, Problems), a range staff merged ("L3:L4", one
    note for two rows) stays where it was while the rows under it change: it would hide the
    cells of the new rows under its top-left one (a note carried to row 4, Khatir's Why). The
    merged text is in its top-left cell, which went with its row like any other note."""
    data = _utf8(sheet_xml)
    if b"mergeCell" not in data:
        return sheet_xml
    outline = _Outline(data, what, depth=2)
    edits: list[tuple[int, int, bytes]] = []
    for block in outline.children("mergeCells"):
        merges = [s for d, n, s in outline.elements
                  if d == 2 and n.rpartition(" ")[2] == "mergeCell" and block.start < s.start < block.end]
        gone = [s for s in merges if (ref := _parse_ref((s.attrs or {}).get("ref", ""))) is not None
                and ref[1] > header_rows]
        if not gone:
            continue
        if len(gone) == len(merges):  # the schema wants at least one
            edits.append((block.start, block.end, b""))
            continue
        edits.extend((s.start, s.end, b"") for s in gone)
        tag = data[block.start:block.stag_end]
        left = str(len(merges) - len(gone)).encode()
        counted = re.sub(rb"""(\scount\s*=\s*["'])\d+""", lambda m: m.group(1) + left, tag)
        if counted != tag:
            edits.append((block.start, block.stag_end, counted))
    return _splice(data, edits) if edits else sheet_xml


def splice_rows(scan: _SheetScan, start: int, rows: Sequence[Sequence[Cell]], writer: _CellWriter,
                formulas: dict[int, str] | None = None, moved: tuple[_Row, bytes] | None = None,
                first_style: str | None = None, styles: Sequence[Sequence[str | None]] = (),
                heights: Sequence[float | None] = ()) -> list[tuple[int, int, bytes]]:
    """The edits that put ``rows`` at ``start``.. into the rows ``scan`` recorded.

    ``moved`` is a used row (a Table's totals row at ``start``) to be replaced by
    the new rows and put back, renumbered, right below them.
    """
    data, sd = scan.data, scan.sheet_data
    prefix, top = _prefix(sd.qname), _prefix(scan.root.qname)
    edits: list[tuple[int, int, bytes]] = []
    end_row = start + len(rows) - 1 + (1 if moved else 0)
    inside = [row for row in scan.rows if start <= row.index <= end_row]  # (rows above: kept)
    after = [row for row in scan.rows if row.index > end_row]
    existing = {row.index: row for row in inside}
    if moved:
        existing.pop(end_row, None)  # an empty formatted row where the totals row goes
    body, last_row, max_col = _new_rows(prefix, start, rows, writer, scan, existing, formulas,
                                        first_style, styles, heights)
    if moved:
        body += moved[1]
        last_row = end_row
    if moved:
        span = (moved[0].span.start, (inside[-1] if inside else moved[0]).span.end)
    elif inside:
        span = (inside[0].span.start, inside[-1].span.end)
    else:
        at = after[0].span.start if after else sd.inner_end
        span = (at, at)
    if sd.empty:
        edits.append((sd.start, sd.end, _open_tag(data, sd) + body + f"</{sd.qname}>".encode()))
    elif span[0] != span[1] or body:
        edits.append((span[0], span[1], body))
    for row in after:  # rows below keep their numbers even when they did not say them
        if not row.has_ref:
            at = row.span.start + 1 + len(row.span.qname.encode())
            edits.append((at, at, f' r="{row.index}"'.encode()))
    if last_row and scan.dimension is not None:
        old = _parse_ref(scan.dimension.attrs.get("ref", "") or "")
        if old:
            ref = _range_ref(max(old[2], max_col), max(old[3], last_row), old[0], old[1])
        else:
            ref = _range_ref(max_col, last_row)
        edits.append(_dimension_edit(scan, top, ref))
    return edits


def new_sheet_xml(main_ns: str = MAIN_NS[0], rel_ns: str = DOC_REL_NS[0]) -> bytes:
    """An empty worksheet part, as Excel would start one."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{main_ns}" xmlns:r="{rel_ns}"><dimension ref="A1"/>'
            f'<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><sheetData/>'
            f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            f'</worksheet>').encode()


def unlocked_styles(styles_xml: bytes) -> frozenset[str]:
    """The cell formats (cellXfs indexes, as text) whose cells are unlocked
    (``<protection locked="0"/>``): Format Cells > Protection > Locked unticked, which is how
    staff keep some columns of a protected tab open to typing."""
    try:
        root = ET.fromstring(styles_xml)
    except ET.ParseError:
        return frozenset()
    ns = root.tag[1:].partition("}")[0]
    xfs = root.find(f"{{{ns}}}cellXfs") if ns else root.find("cellXfs")
    out = set()
    for index, xf in enumerate(xfs if xfs is not None else []):
        for child in xf:
            if (child.tag.rpartition("}")[2] == "protection"
                    and child.get("locked", "1").strip().lower() in ("0", "false")):
                out.add(str(index))
    return frozenset(out)
