"""Excel Tables (Insert > Table) over a tab that gets new rows.

A Table is its own part (``xl/tables/tableN.xml``) that names its range, e.g.
``ref="A1:M41"`` with a totals row at 41. Rows written below a Table stay
outside it (no banding, filters, formulas) unless its range grows: so when new
rows follow a Table's last row, its ``ref`` (and its filter's) is extended, a
totals row is moved below the new rows, and the Table's calculated columns get
their formula in the new rows. A Table on a tab Khatir rewrites whole is fitted to
the new rows (``fit``), and its columns take the names of the header Khatir writes: Excel
"repairs" a file whose Table names its columns otherwise than its header cells say, as
after the owner switches Khatir's language and the header is written in the other one.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from .xlsx_xml import (PKG_REL_NS, XlsxError, _Outline, _parse_ref, _range_ref, _splice, _utf8,
                       escape_attr, rels_part)

TABLE_REL = "/table"
_REF_ATTR = re.compile(rb"""(\sref\s*=\s*)(["'])[^"']*\2""")
_NAME_ATTR = re.compile(rb"""(\sname\s*=\s*)(["'])[^"']*\2""")


@dataclass(frozen=True)
class SheetTable:
    """Where a Table is, and what new rows in it must carry."""

    part: str
    first_col: int
    first_row: int
    last_col: int
    last_row: int          # its totals row when it has one
    totals: int            # rows of totals at the bottom (0 or 1)
    formulas: dict[int, str]  # sheet column -> calculated column formula

    @property
    def data_end(self) -> int:
        return self.last_row - self.totals

    def covers_columns(self, first: int, last: int) -> bool:
        return self.first_col <= last and first <= self.last_col


def tables_of(zin: zipfile.ZipFile, names: dict[str, str], sheet_part: str) -> list[SheetTable]:
    """The Tables on one worksheet (found through the worksheet's relationships)."""
    import xml.etree.ElementTree as ET

    rels = names.get(rels_part(sheet_part).lower())
    if rels is None:
        return []
    out = []
    try:
        root = ET.fromstring(zin.read(rels))
    except ET.ParseError:
        return []
    for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
        if not rel.get("Type", "").endswith(TABLE_REL) or rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join(posixpath.dirname(sheet_part), target))
        part = names.get(path.lower()) or names.get(unquote(path).lower())
        if part is None:
            continue
        table = _read_table(zin.read(part), part)
        if table is not None:
            out.append(table)
    return out


def _read_table(data: bytes, part: str) -> SheetTable | None:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return None
    ref = _parse_ref(root.get("ref", ""))
    if ref is None:
        return None
    ns = root.tag[1:].partition("}")[0]
    try:
        totals = int(root.get("totalsRowCount", "0") or 0)
    except ValueError:
        totals = 0
    formulas = {}
    columns = root.find(f"{{{ns}}}tableColumns")
    for offset, column in enumerate(columns if columns is not None else []):
        formula = column.find(f"{{{ns}}}calculatedColumnFormula")
        if formula is not None and formula.text and formula.get("array") not in ("1", "true"):
            formulas[ref[0] + offset] = formula.text
    return SheetTable(part, ref[0], ref[1], ref[2], ref[3], totals, formulas)


def grow(data: bytes, table: SheetTable, data_end: int) -> bytes:
    """The Table part with its range (and its filter's) reaching down to ``data_end``."""
    data = _utf8(data)
    outline = _Outline(data, table.part)
    _, root = outline.root
    ref = _range_ref(table.last_col, data_end + table.totals, table.first_col, table.first_row)
    edits = [_set_ref(data, root.start, root.stag_end, ref)]
    for span in outline.children("autoFilter"):
        old = _parse_ref(span.attrs.get("ref", "") or "")
        if old is not None:
            new = _range_ref(old[2], max(old[3], data_end), old[0], old[1])
            edits.append(_set_ref(data, span.start, span.stag_end, new))
    return _splice(data, edits)


def fit(data: bytes, table: SheetTable, data_end: int, header: Sequence[object] = ()) -> bytes:
    """The Table part with its range (and its filter's) ending at ``data_end``, longer or
    shorter: a Table staff made over a tab Khatir rewrites whole (Follow-ups, Problems, with
    Format as Table) covers the new list, however long it is now. A Table keeps at least one
    data row under its header; a totals row stays its last row. Its columns are named as
    ``header`` (the tab's row 1, from column A) names them, where that gives each a name of
    its own."""
    data = _utf8(data)
    outline = _Outline(data, table.part, depth=2)
    _, root = outline.root
    data_end = max(data_end, table.first_row + 1)
    ref = _range_ref(table.last_col, data_end + table.totals, table.first_col, table.first_row)
    edits = [_set_ref(data, root.start, root.stag_end, ref)]
    for span in outline.children("autoFilter"):
        old = _parse_ref(span.attrs.get("ref", "") or "")
        if old is not None:
            edits.append(_set_ref(data, span.start, span.stag_end,
                                  _range_ref(old[2], data_end, old[0], old[1])))
    columns = outline.children("tableColumn", depth=2)
    names = [str(header[table.first_col - 1 + i]).strip() if table.first_col - 1 + i < len(header) else ""
             for i in range(len(columns))]
    if all(names) and len({n.casefold() for n in names}) == len(names):
        for span, name in zip(columns, names):
            tag = data[span.start:span.stag_end]
            new = _NAME_ATTR.sub(lambda m: m.group(1) + b'"' + escape_attr(name).encode("utf-8") + b'"', tag, count=1)
            if new != tag:
                edits.append((span.start, span.stag_end, new))
    return _splice(data, edits)


def _set_ref(data: bytes, start: int, end: int, ref: str) -> tuple[int, int, bytes]:
    tag = data[start:end]
    new, n = _REF_ATTR.subn(lambda m: m.group(1) + m.group(2) + ref.encode() + m.group(2), tag, count=1)
    if not n:
        raise XlsxError("a table has no range")
    return start, end, new


# -- moving a totals row down -------------------------------------------------------
_CELL_REF = re.compile(r"(?<![A-Za-z0-9_\]\[.!'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])")
_R_ATTR = re.compile(rb"""(\sr\s*=\s*["'])([A-Z]*)(\d+)(["'])""")
_F_ELEMENT = re.compile(rb"(<(?:\w+:)?f\b[^>]*>)(.*?)(</(?:\w+:)?f>)", re.S)


def move_row(raw: bytes, old: int, new: int, data_end_old: int, data_end_new: int) -> bytes:
    """A row's XML renumbered from ``old`` to ``new`` (a totals row below new rows).

    Its cells' references move with it, and an A1 range in its formulas that
    ends at the old last data row (``SUBTOTAL(109,C2:C40)``) now reaches the new one;
    structured references (``Table1[Amount]``) need nothing.
    """
    def attr(m: re.Match) -> bytes:
        if int(m.group(3)) != old:
            return m.group(0)
        return m.group(1) + m.group(2) + str(new).encode() + m.group(4)

    def ref(m: re.Match) -> str:
        row = int(m.group(4))
        ends_range = m.start() > 0 and m.string[m.start() - 1] == ":"
        if row == data_end_old and ends_range:
            row = data_end_new
        elif row == old:
            row = new
        return f"{m.group(1)}{m.group(2)}{m.group(3)}{row}"

    def formula(m: re.Match) -> bytes:
        start = _R_ATTR.sub(attr, m.group(1))
        start = re.sub(rb"""(\sref\s*=\s*["'])([^"']*)""",
                       lambda r: r.group(1) + _CELL_REF.sub(ref, r.group(2).decode()).encode(), start)
        text = _outside_quotes(m.group(2).decode("utf-8"), lambda part: _CELL_REF.sub(ref, part))
        return start + text.encode("utf-8") + m.group(3)

    raw = _F_ELEMENT.sub(formula, raw)
    return _R_ATTR.sub(attr, raw)


def _outside_quotes(text: str, change) -> str:
    """Apply ``change`` to a formula's text outside its string literals."""
    parts = text.split("&quot;") if "&quot;" in text else text.split('"')
    sep = "&quot;" if "&quot;" in text else '"'
    return sep.join(change(p) if i % 2 == 0 else p for i, p in enumerate(parts))

