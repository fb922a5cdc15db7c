"""Change a few worksheets of an .xlsx file and copy every other part unchanged.

An .xlsx file is a zip of XML parts. Loading it into a spreadsheet library and
saving it again rewrites every part, and drops what the library does not know
(charts, images, pivot tables, extensions). Here the zip is copied entry by
entry instead, and only these parts change:

- the worksheet part of each tab that is written: its ``<sheetData>`` is spliced
  (rows replaced, or rows added after the last used row), its ``<dimension>``
  updated and, when asked, a frozen header row added; every other byte of the
  part (column widths, conditional formatting, data validation, ...) is kept;
- for a tab that does not exist yet: a new worksheet part, and its entries in
  the workbook part, the workbook's relationships and ``[Content_Types].xml``;
- ``xl/calcChain.xml`` is dropped (with its two references) only when a
  replaced tab had formulas, because Excel refuses a calculation chain that
  names cells which no longer hold a formula; Excel rebuilds it.

The parts are located with expat (the stdlib XML parser), which reports the
byte offset of every tag, so the changes are made on the original bytes: the
namespace prefixes (``<worksheet xmlns=...>`` or ``<x:worksheet>``), the
``mc:Ignorable`` declarations and everything else stay as they were written.

New string cells are inline strings, so ``sharedStrings.xml`` is not touched; a
string that starts with ``=`` is text, never a formula.

The functions here know nothing about the shop: they are given tab titles and
rows of plain values (see ``SheetEdit``). Only the standard library is used.
"""
from __future__ import annotations

import functools
import math
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import IO, Iterable, Sequence
from urllib.parse import unquote
from xml.parsers import expat
from .base import fit_cell

# -- names --------------------------------------------------------------------
MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")  # transitional, strict
DOC_REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              "http://purl.oclc.org/ooxml/officeDocument/relationships")
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
WORKSHEET_REL = "/worksheet"  # relationship types end with this, in either flavour
OFFICE_DOC_REL = "/officeDocument"
CALC_CHAIN_REL = "/calcChain"

# Characters XML 1.0 does not allow (and lone surrogates, which cannot be encoded).
EXCEL_CELL_LIMIT = 32_767
ILLEGAL_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A whole tag from its "<": quoted attribute values may hold ">".
_TAG_RE = re.compile(rb"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_QNAME_RE = re.compile(rb"[^\s/>]+")
_SPANS_RE = re.compile(rb"""\sspans\s*=\s*(?:"[^"]*"|'[^']*')""")
_REF_RE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")

Cell = object


class XlsxError(ValueError):
    """The file is not an .xlsx this module can change; the message is in plain words."""


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
    """

    title: str
    rows: Sequence[Sequence[Cell]]
    start_row: int = 1
    replace: bool = False
    freeze_header: bool = False


# -- cells --------------------------------------------------------------------
@functools.lru_cache(maxsize=1024)
def column_letter(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def column_index(ref: str) -> int:
    """The column number of a cell reference: "A1" -> 1, "AB12" -> 28."""
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            n = n * 26 + ord(ch) - 96
        elif ch != "$":
            break
    return n


def escape_text(text: str) -> str:
    """Escape element text (a carriage return is kept as a character reference)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def escape_attr(text: str) -> str:
    return (escape_text(text).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\t", "&#9;"))


def _tag(prefix: str, local: str) -> str:
    return f"{prefix}:{local}" if prefix else local


@dataclass
class _CellWriter:
    """Turns values into ``<c>`` elements; knows the style to give a date, if any."""

    date_style: int | None = None
    date1904: bool = False

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


# -- locating elements with expat -------------------------------------------------
def _utf8(data: bytes) -> bytes:
    """Parts may (rarely) be UTF-16; splicing UTF-8 text needs them as UTF-8."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16")
        text = re.sub(r"""^(<\?xml[^>]*encoding\s*=\s*)(["'])[^"']*\2""", r"\1\2UTF-8\2", text)
        return text.encode("utf-8")
    return data


def _tag_end(data: bytes, start: int) -> int:
    m = _TAG_RE.match(data, start)
    if not m:
        raise XlsxError("a tag is not closed")
    return m.end()


def _qname(data: bytes, start: int) -> str:
    return _QNAME_RE.match(data, start + 1).group().decode("utf-8")


def _prefix(qname: str) -> str:
    return qname.partition(":")[0] if ":" in qname else ""


@dataclass
class _Span:
    """Where an element is in a part's bytes."""

    start: int
    stag_end: int = 0   # just after its start tag
    end: int = 0        # just after its end tag (== stag_end when it is empty: <x/>)
    inner_end: int = 0  # where its end tag starts (where a last child would go)
    qname: str = ""
    attrs: dict | None = None

    @property
    def empty(self) -> bool:
        return self.stag_end == self.end


def _close(data: bytes, span: _Span, end_index: int) -> None:
    """Fill in a span when expat reports the element's end at ``end_index``.

    Expat reports the end of ``<x>...</x>`` at its "</", and the end of ``<x/>``
    just after it.
    """
    span.stag_end = _tag_end(data, span.start)
    span.qname = _qname(data, span.start)
    if data[span.stag_end - 2:span.stag_end] == b"/>":
        span.end = span.inner_end = span.stag_end
    else:
        span.inner_end = end_index
        span.end = data.index(b">", end_index) + 1


def _open_tag(data: bytes, span: _Span) -> bytes:
    """The element's start tag, as the start of a non-empty element."""
    tag = data[span.start:span.stag_end]
    if span.empty:
        tag = tag[:-2].rstrip() + b">"
    return tag


def _parser(handlers_owner) -> expat.XMLParserType:
    p = expat.ParserCreate(namespace_separator=" ")
    p.StartElementHandler = handlers_owner.start
    p.EndElementHandler = handlers_owner.end
    return p


def _parse(data: bytes, owner, what: str) -> None:
    parser = _parser(owner)
    owner.parser = parser
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise XlsxError(f"{what} is not well-formed XML ({exc})") from None


class _Outline:
    """The root and its children (to ``depth``) of a small part, with positions."""

    def __init__(self, data: bytes, what: str, depth: int = 1):
        self.data, self.max_depth = data, depth
        self.depth = 0
        self.stack: list[tuple[str, _Span]] = []
        self.elements: list[tuple[int, str, _Span]] = []  # (depth, "ns local", span)
        self.namespaces: list[tuple[str, str]] = []
        self.parser = None
        parser = _parser(self)
        self.parser = parser
        parser.StartNamespaceDeclHandler = self._ns
        try:
            parser.Parse(data, True)
        except expat.ExpatError as exc:
            raise XlsxError(f"{what} is not well-formed XML ({exc})") from None
        if not self.elements:
            raise XlsxError(f"{what} is empty")

    def _ns(self, prefix, uri):
        if self.depth == 0:
            self.namespaces.append((prefix or "", uri))

    def start(self, name, attrs):
        if self.depth <= self.max_depth:
            span = _Span(self.parser.CurrentByteIndex, attrs=attrs)
            self.stack.append((name, span))
            self.elements.append((self.depth, name, span))
        self.depth += 1

    def end(self, name):
        self.depth -= 1
        if self.depth <= self.max_depth:
            _, span = self.stack.pop()
            _close(self.data, span, self.parser.CurrentByteIndex)

    @property
    def root(self) -> tuple[str, _Span]:
        return self.elements[0][1], self.elements[0][2]

    def children(self, local: str, depth: int = 1) -> list[_Span]:
        return [s for d, n, s in self.elements if d == depth and n.rpartition(" ")[2] == local]

    def prefix_for(self, uris: Iterable[str]) -> str | None:
        for prefix, uri in self.namespaces:
            if prefix and uri in uris:
                return prefix
        return None


@dataclass
class _CellSpan(_Span):
    col: int = 0
    style: str | None = None
    has_ref: bool = True


@dataclass
class _Row:
    index: int
    span: _Span
    has_ref: bool
    cells: list[_CellSpan]


class _SheetScan:
    """The parts of a worksheet that writing needs, found in one expat pass.

    With ``rows_from`` set, the rows numbered from there on are recorded with
    their cells (for appending below the last used row); otherwise only the
    ``<sheetData>`` element itself is located.
    """

    def __init__(self, data: bytes, what: str, rows_from: int | None = None):
        self.data = data
        self.rows_from = rows_from
        self.depth = 0
        self.root: _Span | None = None
        self.sheet_pr: _Span | None = None
        self.dimension: _Span | None = None
        self.sheet_views: _Span | None = None
        self.views: list[_Span] = []
        self.view_panes: list[bool] = []
        self.view_bottom_left: list[bool] = []
        self.cols: list[tuple[int, int, str]] = []
        self.sheet_data: _Span | None = None
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
        _parse(data, self, what)
        if self.root is None:
            raise XlsxError(f"{what} is empty")
        if self.sheet_data is None:
            raise XlsxError(f"{what} has no sheetData element")

    def start(self, name, attrs):
        d = self.depth
        self.depth = d + 1
        if self._in_data:
            if self.rows_from is None:  # replacing: only whether formulas go matters
                if d >= 4 and name == self._names["f"]:
                    self.has_formula = True
                return
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
                if self.rows_from is not None and index >= self.rows_from:
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
                            "cols", "col", "sheetData", "row", "f")}
            self.root = _Span(self.parser.CurrentByteIndex)
            self.root.stag_end = _tag_end(self.data, self.root.start)
            self.root.qname = _qname(self.data, self.root.start)
            return
        n = self._names
        here = self.parser.CurrentByteIndex
        if d == 1:
            if name == n["sheetData"]:
                self.sheet_data = self._open[d] = _Span(here)
                self._in_data = True
            elif name in (n["sheetPr"], n["dimension"], n["sheetViews"]):
                span = self._open[d] = _Span(here, attrs=attrs)
                local = name.rpartition(" ")[2]
                setattr(self, {"sheetPr": "sheet_pr", "dimension": "dimension",
                               "sheetViews": "sheet_views"}[local], span)
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
            if d == 3:
                if self._cell is not None:
                    _close(self.data, self._cell, self.parser.CurrentByteIndex)
                    self._cell = None
                return
            if d == 2:
                if self._row is not None:
                    _close(self.data, self._row.span, self.parser.CurrentByteIndex)
                    self._row = None
                return
            if d > 1:
                return
            self._in_data = False
        span = self._open.pop(d, None) if d in (1, 2) else None
        if span is not None:
            _close(self.data, span, self.parser.CurrentByteIndex)

    def column_style(self, col: int) -> str | None:
        for lo, hi, style in self.cols:
            if lo <= col <= hi:
                return style
        return None


# -- worksheet changes -----------------------------------------------------------
def _splice(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (start, end, replacement) edits; edits at the same point keep their order."""
    out, pos = [], 0
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:
            raise XlsxError("overlapping changes")  # a bug here, not in the file
        out.append(data[pos:start])
        out.append(text)
        pos = end
    out.append(data[pos:])
    return b"".join(out)


def _parse_ref(ref: str) -> tuple[int, int, int, int] | None:
    """"A1:M40" -> (1, 1, 13, 40); "A1" -> (1, 1, 1, 1)."""
    parts = ref.split(":")
    if len(parts) > 2:
        return None
    found = [_REF_RE.match(p.strip()) for p in parts]
    if not all(found):
        return None
    cols = [column_index(m.group(1).upper()) for m in found]
    rows = [int(m.group(2)) for m in found]
    return cols[0], rows[0], cols[-1], rows[-1]


def _range_ref(max_col: int, max_row: int, min_col: int = 1, min_row: int = 1) -> str:
    first = f"{column_letter(min_col)}{min_row}"
    last = f"{column_letter(max_col)}{max_row}"
    return first if first == last else f"{first}:{last}"


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
              scan: _SheetScan, existing: dict[int, _Row]) -> tuple[bytes, int, int]:
    """The XML of rows ``start_row``..., merged into ``existing`` rows at those numbers.

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
        for c, value in enumerate(values, start=1):
            if value is None or value == "":
                continue
            style = old_styles.get(c) or row_style
            if style is None and scan.cols:
                style = scan.column_style(c)
            xml = writer.cell(cell_prefix, f"{column_letter(c)}{r}", value, style)
            if xml is not None:
                new_cells[c] = xml
        if new_cells:
            last_row, max_col = r, max(max_col, max(new_cells))
        if old is None:
            if new_cells:
                out.append(f'<{row_tag} r="{r}">' + "".join(new_cells[c] for c in sorted(new_cells))
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
        open_tag = _SPANS_RE.sub(b"", _open_tag(data, old.span))
        if not old.has_ref:
            open_tag = _insert_attr(open_tag, old.span.qname, f'r="{r}"')
        out.append(open_tag + b"".join(merged[c] for c in sorted(merged))
                   + f"</{old.span.qname}>".encode())
    return b"".join(x if isinstance(x, bytes) else x.encode() for x in out), last_row, max_col


def _insert_attr(tag: bytes, qname: str, attr: str) -> bytes:
    at = 1 + len(qname.encode())
    return tag[:at] + b" " + attr.encode() + tag[at:]


def _with_ref(data: bytes, span: _Span, r: int) -> bytes:
    return _insert_attr(data[span.start:span.end], span.qname, f'r="{r}"')


def write_rows(sheet_xml: bytes, edit: SheetEdit, writer: _CellWriter | None = None,
               what: str = "the worksheet") -> tuple[bytes, bool]:
    """Apply one edit to a worksheet part; returns (new part, whether formulas were removed)."""
    writer = writer or _CellWriter()
    data = _utf8(sheet_xml)
    start = 1 if edit.replace else edit.start_row
    scan = _SheetScan(data, what, rows_from=None if edit.replace else start)
    sd = scan.sheet_data
    prefix, top = _prefix(sd.qname), _prefix(scan.root.qname)
    edits: list[tuple[int, int, bytes]] = []
    if edit.replace:
        body, last_row, max_col = _new_rows(prefix, 1, edit.rows, writer, scan, {})
        edits.append((sd.start, sd.end, _open_tag(data, sd) + body + f"</{sd.qname}>".encode()))
        ref = _range_ref(max_col, last_row) if last_row else "A1"
        edits.append(_dimension_edit(scan, top, ref))
        removed_formulas = scan.has_formula
    else:
        end_row = start + len(edit.rows) - 1
        inside = [row for row in scan.rows if row.index <= end_row]
        after = [row for row in scan.rows if row.index > end_row]
        body, last_row, max_col = _new_rows(prefix, start, edit.rows, writer, scan,
                                            {row.index: row for row in inside})
        if inside:
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
        removed_formulas = False
    if edit.freeze_header:
        edits.extend(_freeze_edits(scan, top))
    return _splice(data, edits), removed_formulas


def new_sheet_xml(main_ns: str = MAIN_NS[0], rel_ns: str = DOC_REL_NS[0]) -> bytes:
    """An empty worksheet part, as Excel would start one."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{main_ns}" xmlns:r="{rel_ns}"><dimension ref="A1"/>'
            f'<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><sheetData/>'
            f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            f'</worksheet>').encode()


# -- the package: which part is which tab ---------------------------------------------
@dataclass
class SheetRef:
    title: str
    sheet_id: int
    rel_id: str
    part: str | None  # the zip entry name; None when the target is missing
    kind: str         # "worksheet", "chartsheet", ...


@dataclass
class BookMap:
    workbook_part: str
    rels_part: str
    sheets: list[SheetRef]
    main_ns: str
    date1904: bool
    rels: dict[str, tuple[str, str]]  # Id -> (Type, zip entry name)

    def find(self, title: str) -> SheetRef | None:
        for sheet in self.sheets:
            if sheet.title == title:
                return sheet
        folded = title.casefold()
        for sheet in self.sheets:
            if sheet.title.casefold() == folded:
                return sheet
        return None


def _entry(names: dict[str, str], base: str, target: str) -> str | None:
    """The zip entry a relationship target points to (targets may be relative)."""
    if target.startswith("/"):
        path = target.lstrip("/")
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(base), target))
    for candidate in (path, unquote(path)):
        found = names.get(candidate.lower())
        if found:
            return found
    return None


def _rels_part(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _xml(data: bytes, what: str) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise XlsxError(f"{what} is not well-formed XML ({exc})") from None


def read_book(zf: zipfile.ZipFile) -> BookMap:
    """Find the workbook part and each tab's worksheet part."""
    names = {n.lower(): n for n in zf.namelist()}

    def read(name: str, what: str) -> bytes:
        real = names.get(name.lower())
        if real is None:
            raise XlsxError(f"it has no {what} ({name})")
        return zf.read(real)

    root_rels = _xml(read("_rels/.rels", "package relationships"), "_rels/.rels")
    workbook_part = None
    for rel in root_rels.iter(f"{{{PKG_REL_NS}}}Relationship"):
        if rel.get("Type", "").endswith(OFFICE_DOC_REL):
            workbook_part = _entry(names, "", rel.get("Target", ""))
            break
    if workbook_part is None:
        raise XlsxError("it has no workbook part")
    book = _xml(zf.read(workbook_part), workbook_part)
    main_ns = book.tag[1:].partition("}")[0]
    if main_ns not in MAIN_NS:
        raise XlsxError("its workbook part is not a spreadsheet workbook")
    rels_part = _rels_part(workbook_part)
    rels: dict[str, tuple[str, str]] = {}
    real_rels = names.get(rels_part.lower())
    if real_rels:
        rels_part = real_rels
        for rel in _xml(zf.read(real_rels), rels_part).iter(f"{{{PKG_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            rels[rel.get("Id", "")] = (rel.get("Type", ""),
                                       _entry(names, workbook_part, rel.get("Target", "")) or "")
    pr = book.find(f"{{{main_ns}}}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "").lower() in ("1", "true")
    sheets = []
    sheets_el = book.find(f"{{{main_ns}}}sheets")
    for el in (sheets_el if sheets_el is not None else []):
        if el.tag != f"{{{main_ns}}}sheet":
            continue
        rid = next((el.get(f"{{{ns}}}id") for ns in DOC_REL_NS if el.get(f"{{{ns}}}id")), "")
        rtype, part = rels.get(rid, ("", ""))
        try:
            sheet_id = int(el.get("sheetId", "0"))
        except ValueError:
            sheet_id = 0
        sheets.append(SheetRef(el.get("name", ""), sheet_id, rid, part or None,
                               rtype.rpartition("/")[2] or "unknown"))
    return BookMap(workbook_part, rels_part, sheets, main_ns, date1904, rels)


def find_date_style(styles_xml: bytes) -> int | None:
    """The index of a cell format that shows a date, if the workbook has one."""
    root = _xml(styles_xml, "the styles part")
    ns = root.tag[1:].partition("}")[0]
    custom = {}
    fmts = root.find(f"{{{ns}}}numFmts")
    for fmt in (fmts if fmts is not None else []):
        custom[fmt.get("numFmtId")] = fmt.get("formatCode", "")
    xfs = root.find(f"{{{ns}}}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else []):
        fid = xf.get("numFmtId", "0")
        if fid in ("14", "15", "16", "17", "22"):
            return index
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom.get(fid, "")).lower()
        if "y" in code and "d" in code:
            return index
    return None


# -- the whole file -------------------------------------------------------------------------
def _needs_dates(edits: Sequence[SheetEdit]) -> bool:
    return any(isinstance(v, (date, datetime)) for e in edits for row in e.rows for v in row)


def patch_xlsx(src: str | IO[bytes], dst: str | IO[bytes], edits: Sequence[SheetEdit]) -> None:
    """Copy the .xlsx ``src`` to ``dst`` with ``edits`` applied, in order.

    Raises XlsxError (plain words) when the file cannot be changed this way,
    and zipfile.BadZipFile / KeyError when it is not a readable zip.
    """
    with zipfile.ZipFile(src) as zin:
        names = {n.lower(): n for n in zin.namelist()}
        book = read_book(zin)
        writer = _CellWriter(date1904=book.date1904)
        if _needs_dates(edits):
            styles = [p for t, p in book.rels.values() if t.endswith("/styles") and p]
            if styles:
                writer.date_style = find_date_style(zin.read(styles[0]))
        changed: dict[str, bytes] = {}
        new_sheets: list[tuple[str, str, str, int]] = []  # title, part, rel id, sheet id
        formulas_removed = False
        used_ids = set(book.rels) | {s.rel_id for s in book.sheets}
        next_sheet_id = max([s.sheet_id for s in book.sheets] + [0]) + 1
        folder = _sheet_folder(book)
        parts_for: dict[str, str] = {}
        for edit in edits:
            key = edit.title.casefold()
            if key in parts_for:
                part = parts_for[key]
            else:
                sheet = book.find(edit.title)
                if sheet is None:
                    part = _new_name(names, folder)
                    names[part.lower()] = part
                    rid = _new_rel_id(used_ids)
                    used_ids.add(rid)
                    new_sheets.append((edit.title, part, rid, next_sheet_id))
                    next_sheet_id += 1
                    changed[part] = new_sheet_xml(book.main_ns, _rel_ns(book.main_ns))
                elif sheet.kind != "worksheet":
                    raise XlsxError(f"its tab '{sheet.title}' is a {sheet.kind}, not a worksheet")
                elif sheet.part is None:
                    raise XlsxError(f"its tab '{sheet.title}' has no worksheet part")
                else:
                    part = sheet.part
                    changed[part] = zin.read(part)
                parts_for[key] = part
            changed[part], removed = write_rows(changed[part], edit, writer,
                                                what=f"the tab '{edit.title}'")
            formulas_removed |= removed
        dropped: set[str] = set()
        calc_chain = [(rid, p) for rid, (t, p) in book.rels.items() if t.endswith(CALC_CHAIN_REL) and p]
        if formulas_removed and calc_chain:
            dropped = {p for _, p in calc_chain}
        ct_part = names.get("[content_types].xml")
        if ct_part is None:
            raise XlsxError("it has no [Content_Types].xml")
        if new_sheets or dropped:
            changed[book.workbook_part] = _add_to_workbook(zin.read(book.workbook_part), new_sheets)
            if book.rels_part.lower() not in names:
                raise XlsxError("it has no workbook relationships part")
            drop_ids = {rid for rid, _ in calc_chain} if dropped else set()
            changed[book.rels_part] = _update_rels(zin.read(book.rels_part), new_sheets, drop_ids, book)
            changed[ct_part] = _update_content_types(zin.read(ct_part), [p for _, p, _, _ in new_sheets],
                                                     dropped)
        _copy(zin, dst, changed, dropped, [p for _, p, _, _ in new_sheets])


def _rel_ns(main_ns: str) -> str:
    return DOC_REL_NS[MAIN_NS.index(main_ns)]


def _sheet_folder(book: BookMap) -> str:
    for sheet in book.sheets:
        if sheet.kind == "worksheet" and sheet.part:
            return posixpath.dirname(sheet.part)
    return posixpath.join(posixpath.dirname(book.workbook_part), "worksheets")


def _new_name(names: dict[str, str], folder: str) -> str:
    n = 1
    while posixpath.join(folder, f"sheet{n}.xml").lower() in names:
        n += 1
    return posixpath.join(folder, f"sheet{n}.xml")


def _new_rel_id(used: set[str]) -> str:
    n = 1
    while f"rId{n}" in used:
        n += 1
    return f"rId{n}"


def _add_to_workbook(data: bytes, new_sheets: list[tuple[str, str, str, int]]) -> bytes:
    if not new_sheets:
        return data
    data = _utf8(data)
    outline = _Outline(data, "the workbook part")
    found = outline.children("sheets")
    if not found:
        raise XlsxError("its workbook part lists no tabs")
    sheets = found[0]
    prefix = _prefix(sheets.qname)
    r = outline.prefix_for(DOC_REL_NS)
    root_ns = outline.root[0].rpartition(" ")[0]
    declare = "" if r else f' xmlns:r="{_rel_ns(root_ns) if root_ns in MAIN_NS else DOC_REL_NS[0]}"'
    r = r or "r"
    text = "".join(f'<{_tag(prefix, "sheet")} name="{escape_attr(title)}" sheetId="{sid}" '
                   f'{r}:id="{rid}"{declare}/>' for title, _, rid, sid in new_sheets).encode()
    if sheets.empty:
        return _splice(data, [(sheets.start, sheets.end,
                               _open_tag(data, sheets) + text + f"</{sheets.qname}>".encode())])
    return _splice(data, [(sheets.inner_end, sheets.inner_end, text)])


def _update_rels(data: bytes, new_sheets, drop_ids: set[str], book: BookMap) -> bytes:
    data = _utf8(data)
    outline = _Outline(data, "the workbook relationships")
    _, root = outline.root
    prefix = _prefix(root.qname)
    edits = []
    for span in outline.children("Relationship"):
        if span.attrs.get("Id") in drop_ids:
            edits.append((span.start, span.end, b""))
    sheet_type = next((t for t, _ in book.rels.values() if t.endswith(WORKSHEET_REL)),
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet")
    text = "".join(f'<{_tag(prefix, "Relationship")} Id="{rid}" Type="{sheet_type}" '
                   f'Target="/{escape_attr(part)}"/>' for _, part, rid, _ in new_sheets).encode()
    if text:
        if root.empty:
            edits.append((root.start, root.end, _open_tag(data, root) + text
                          + f"</{root.qname}>".encode()))
        else:
            edits.append((root.inner_end, root.inner_end, text))
    return _splice(data, edits)


def _update_content_types(data: bytes, new_parts: list[str], dropped: set[str]) -> bytes:
    data = _utf8(data)
    outline = _Outline(data, "[Content_Types].xml")
    _, root = outline.root
    prefix = _prefix(root.qname)
    edits = []
    gone = {"/" + p.lower() for p in dropped}
    for span in outline.children("Override"):
        if unquote(span.attrs.get("PartName", "")).lower() in gone:
            edits.append((span.start, span.end, b""))
    text = "".join(f'<{_tag(prefix, "Override")} PartName="/{escape_attr(p)}" '
                   f'ContentType="{WORKSHEET_CT}"/>' for p in new_parts).encode()
    if text:
        if root.empty:
            edits.append((root.start, root.end, _open_tag(data, root) + text
                          + f"</{root.qname}>".encode()))
        else:
            edits.append((root.inner_end, root.inner_end, text))
    return _splice(data, edits)


def _copy(zin: zipfile.ZipFile, dst, changed: dict[str, bytes], dropped: set[str],
          added: list[str]) -> None:
    """Write every entry of ``zin`` to ``dst`` in order: changed ones replaced, the rest as is."""
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in dropped:
                continue
            out = zipfile.ZipInfo(info.filename, info.date_time)
            out.compress_type = info.compress_type if info.compress_type in (
                zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) else zipfile.ZIP_DEFLATED
            out.external_attr = info.external_attr
            out.comment = info.comment
            data = changed[info.filename] if info.filename in changed else zin.read(info)
            zout.writestr(out, data)
        for name in added:
            out = zipfile.ZipInfo(name, _now())
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o600 << 16
            zout.writestr(out, changed[name])


def _now() -> tuple[int, int, int, int, int, int]:
    return datetime.now().timetuple()[:6]
