"""Where appended rows go in a worksheet, decided on the file itself.

The rows go below the last used row, where "used" means a value in any column,
or a formula in the columns being written (a formula filled down below the last
message, even one showing nothing, is never overwritten). Hidden rows are never
written into: the new rows go below them and are visible. When the last used
row is inside an Excel Table, the Table grows to cover the new rows; a totals
row stays last (the new rows take its place and it moves down). A filter over
the tab's rows (Data > Filter) grows the same way.
"""
from __future__ import annotations

import re
from typing import Sequence

from .xlsx_sheet import SheetEdit, _CellWriter, _freeze_edits, _SheetScan, splice_rows
from .xlsx_tables import SheetTable, move_row
from .xlsx_xml import _parse_ref, _prefix, _range_ref, _splice, _utf8, column_letter


def append_rows(sheet_xml: bytes, edit: SheetEdit, writer: _CellWriter, what: str,
                tables: Sequence[SheetTable] = ()
                ) -> tuple[bytes, list[tuple[SheetTable, int]], str | None, int]:
    """The worksheet with ``edit.rows`` appended; the Tables to grow (to a new last data row);
    the tab's filter range when it grew (the workbook names it too); and the row the
    first new row went to (links and the look follow it there)."""
    data = _utf8(sheet_xml)
    width = max((len(r) for r in edit.rows), default=0) or 1
    floor = max(edit.start_row - 1, 0)  # the last row a reader saw a value in
    scan = _SheetScan(data, what, rows_from=max(floor, 1), trailing=width)
    last = max(scan.last_used.index if scan.last_used else 0, floor)
    n = len(edit.rows)
    table = next((t for t in tables if t.first_row <= last <= t.last_row
                  and t.covers_columns(1, width)), None)
    moved = None
    grown: list[tuple[SheetTable, int]] = []
    if table is not None and table.totals and scan.last_used and last == table.last_row:
        start = table.data_end + 1
        end = start + n - 1
        raw = data[scan.last_used.span.start:scan.last_used.span.end]
        moved = (scan.last_used, move_row(raw, last, end + 1, table.data_end, end))
        if table.totals > 1:  # several totals rows: not seen from Excel; write below them
            start, moved = last + 1, None
    else:
        start = first_visible_run(last + 1, n, scan.hidden)
        if table is not None and table.totals:
            table = None  # the totals row is empty or not last: leave the Table as it is
    end = start + n - 1
    formulas = None
    if table is not None and end > table.data_end:
        grown.append((table, end))
        formulas = table.formulas or None
    edits = splice_rows(scan, start, edit.rows, writer, formulas, moved,
                        styles=edit.styles, heights=edit.heights)
    filter_edits, filter_ref = _filter_edits(scan, last, end, width)
    edits += filter_edits
    if edit.freeze_header:
        edits += _freeze_edits(scan, _prefix(scan.root.qname))
    return _splice(data, edits), grown, filter_ref, start


def first_visible_run(start: int, n: int, hidden: Sequence[int]) -> int:
    """The first row from ``start`` with ``n`` rows below it that are not hidden."""
    for row in sorted(hidden):
        if row >= start + n:
            break
        if row >= start:
            start = row + 1
    return start


def _filter_edits(scan: _SheetScan, last: int, end: int, width: int
                  ) -> tuple[list[tuple[int, int, bytes]], str | None]:
    """A filter over the rows above grows to cover the new rows too."""
    span = scan.auto_filter
    if span is None or span.attrs is None:
        return [], None
    ref = _parse_ref(span.attrs.get("ref", "") or "")
    if ref is None or not (ref[1] <= last <= ref[3] < end) or ref[0] > width:
        return [], None
    new = _range_ref(ref[2], end, ref[0], ref[1])
    tag = scan.data[span.start:span.end]
    old = (span.attrs["ref"]).encode()
    return [(span.start, span.end, tag.replace(b'"' + old + b'"', b'"' + new.encode() + b'"', 1)
             .replace(b"'" + old + b"'", b"'" + new.encode() + b"'", 1))], new


_SHEET_DATA_END = re.compile(rb"</(?:[\w.-]+:)?sheetData\s*>|<(?:[\w.-]+:)?sheetData\b[^>]*/>")
_AUTO_FILTER = re.compile(rb"<(?:[\w.-]+:)?(autoFilter|customSheetViews)\b([^>]*)>")
_REF_VALUE = re.compile(rb"""\sref\s*=\s*(["'])([^"']*)\1""")


def sheet_filter_ref(sheet_xml: bytes) -> str | None:
    """The range of a worksheet's own filter (``<autoFilter ref>`` after its rows), or None.

    A custom view's filter (inside ``<customSheetViews>``, which comes later) is not it."""
    end = _SHEET_DATA_END.search(sheet_xml)
    found = _AUTO_FILTER.search(sheet_xml, end.end() if end else 0)
    if found is None or found.group(1) != b"autoFilter":
        return None
    ref = _REF_VALUE.search(found.group(2))
    if ref is None or _parse_ref(ref.group(2).decode("utf-8", "replace")) is None:
        return None
    return ref.group(2).decode("utf-8")


_PLAIN_TITLE = re.compile(r"[A-Za-z_][A-Za-z_.]*")


def filter_name_value(title: str, ref: str) -> str | None:
    """What ``_xlnm._FilterDatabase`` holds for a filter over ``ref`` on tab ``title``:
    ``'Follow-ups'!$A$1:$L$8`` (the title quoted unless it is plain letters)."""
    parsed = _parse_ref(ref)
    if parsed is None:
        return None
    c1, r1, c2, r2 = parsed
    sheet = title if _PLAIN_TITLE.fullmatch(title) and title.upper() not in ("R", "C") \
        else "'" + title.replace("'", "''") + "'"
    return f"{sheet}!${column_letter(c1)}${r1}:${column_letter(c2)}${r2}"


def _unquote_title(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    return text
