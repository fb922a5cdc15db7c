"""Khatir's look in a Google Sheet: the requests that go into the run's one batchUpdate.

From the same ``Layout`` and ``Link`` cells the workbook renders:

- cell formats sent with the values (``appendCells`` / ``updateCells``): wrapped
  text (``wrapStrategy: WRAP``, which makes Google fit each row's height to its
  text), top alignment, a background per row, a bold header, and a cell-level
  link (``textFormat.link.uri``, never a HYPERLINK formula built from staff text);
- column widths (``updateDimensionProperties``), dropdowns (``setDataValidation``,
  not strict: other text is still allowed), a filter button on the header
  (``setBasicFilter``, set once: a run never resets the filter staff chose), and
  one saved filter view per agent (``deleteFilterView`` of the views the last run
  made, then ``addFilterView``), so filters are replaced, never piled up.

Nothing here sends a request: the backend puts these into the batch it sends.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from .base import Cell, Layout, Link, fit_cell

GOOGLE_CELL_LIMIT = 50_000
PIXELS_PER_CHARACTER = 7
PADDING_PIXELS = 10
VALUE_FIELDS = "userEnteredValue"
LINK_FIELDS = "userEnteredValue,userEnteredFormat.textFormat.link"
FORMAT_FIELDS = "userEnteredValue,userEnteredFormat"


def colour(hex_rgb: str) -> dict[str, float]:
    """"F4CCCC" as a Sheets Color (channels from 0 to 1)."""
    r, g, b = (int(hex_rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return {"red": round(r, 4), "green": round(g, 4), "blue": round(b, 4)}


def value_data(value: Cell) -> dict:
    if isinstance(value, Link):
        value = value.text
    if value is None or value == "":
        return {}
    if isinstance(value, bool):
        return {"userEnteredValue": {"boolValue": value}}
    if isinstance(value, (int, float)):
        return {"userEnteredValue": {"numberValue": value}}
    return {"userEnteredValue": {"stringValue": fit_cell(str(value), GOOGLE_CELL_LIMIT)}}


def cell_data(value: Cell, fmt: dict[str, Any] | None) -> dict:
    data = value_data(value)
    fmt = dict(fmt or {})
    if isinstance(value, Link) and value.url:
        fmt.setdefault("textFormat", {})["link"] = {"uri": value.url}
    if fmt:
        data["userEnteredFormat"] = fmt
    return data


def has_links(rows: Iterable[Iterable[Cell]]) -> bool:
    return any(isinstance(v, Link) for row in rows for v in row)


def cell_format(layout: Layout, column: int, fill: str | None, header: bool) -> dict[str, Any]:
    fmt: dict[str, Any] = {"verticalAlignment": "TOP"}
    if column in layout.wrap or (header and layout.header_wrap):
        fmt["wrapStrategy"] = "WRAP"
    if fill:
        fmt["backgroundColor"] = colour(fill)
    if header:
        fmt["textFormat"] = {"bold": True}
    return fmt


def rows_data(rows: Sequence[Sequence[Cell]], layout: Layout | None = None,
              header_rows: int = 0) -> tuple[list[dict], str]:
    """``rows`` as RowData, and the fields to write.

    With a layout (rows going past an append-only tab's grid) each cell carries its
    format; the header row is bold. Otherwise the formats are set on ranges
    (``column_format_requests``, ``format_requests``), in a few requests whatever the size.
    """
    if layout is None:
        if not has_links(rows):
            return [{"values": [value_data(v) for v in row]} for row in rows], VALUE_FIELDS
        return [{"values": [cell_data(v, None) for v in row]} for row in rows], LINK_FIELDS
    width = max((len(r) for r in rows), default=0)
    out = []
    for i, row in enumerate(rows):
        values = [cell_data(row[c] if c < len(row) else None,
                            cell_format(layout, c, None, i < header_rows)) for c in range(width)]
        out.append({"values": values})
    return out, FORMAT_FIELDS


def format_requests(sheet_id: int, layout: Layout, height: int, width: int,
                    old_height: int = 0, old_width: int = 0) -> list[dict]:
    """The look of a rewritten tab of ``height`` rows: each run of rows of one colour
    gets its whole format (top-aligned, the colour, the header bold) in one
    ``repeatCell``, so old formats go; then the wrapped columns. The rows are sorted
    by group: a handful of requests whatever the size. Rows and columns the old
    content had beyond the new are cleared of their format."""
    def grid(r0: int, r1: int, c0: int = 0, c1: int = width) -> dict:
        return {"sheetId": sheet_id, "startRowIndex": r0, "endRowIndex": r1,
                "startColumnIndex": c0, "endColumnIndex": c1}

    def repeat(rng: dict, fmt: dict, fields: str) -> dict:
        cell = {"userEnteredFormat": fmt} if fmt else {}
        return {"repeatCell": {"range": rng, "cell": cell, "fields": fields}}

    reqs = []
    if old_height > height and width:
        reqs.append(repeat(grid(height, old_height), {}, "userEnteredFormat"))
    if old_width > width:
        reqs.append(repeat(grid(0, max(height, old_height), width, old_width), {}, "userEnteredFormat"))
    if not height or not width:
        return reqs
    start = 0
    for r in range(1, height + 1):
        if r < height and layout.fill(r) == layout.fill(start) and start > 0:
            continue
        fill = layout.fill(start)
        c0 = 0
        for c in range(1, width + 1):  # and per run of columns that wrap alike: each cell once
            if c < width and (c in layout.wrap) == (c0 in layout.wrap):
                continue
            fmt: dict[str, Any] = {"verticalAlignment": "TOP"}
            if c0 in layout.wrap:
                fmt["wrapStrategy"] = "WRAP"
            if fill:
                fmt["backgroundColor"] = colour(fill)
            if start == 0:
                fmt["textFormat"] = {"bold": True}
            reqs.append(repeat(grid(start, r, c0, c), fmt, "userEnteredFormat"))
            c0 = c
        start = r
    return reqs


def column_format_requests(sheet_id: int, layout: Layout, width: int) -> list[dict]:
    """Whole columns top-aligned, the wrapped ones wrapping, the header row bold: the
    cells of an append-only tab take these on, so its new rows carry no format."""
    def repeat(rng: dict, fmt: dict, fields: str) -> dict:
        return {"repeatCell": {"range": {"sheetId": sheet_id, **rng}, "cell": {"userEnteredFormat": fmt},
                               "fields": fields}}

    if not width:
        return []
    reqs = [repeat({"startColumnIndex": 0, "endColumnIndex": width}, {"verticalAlignment": "TOP"},
                   "userEnteredFormat.verticalAlignment")]
    reqs += [repeat({"startColumnIndex": c, "endColumnIndex": c + 1}, {"wrapStrategy": "WRAP"},
                    "userEnteredFormat.wrapStrategy") for c in sorted(layout.wrap) if c < width]
    reqs.append(repeat({"startRowIndex": 0, "endRowIndex": 1, "startColumnIndex": 0, "endColumnIndex": width},
                       {"textFormat": {"bold": True}}, "userEnteredFormat.textFormat.bold"))
    return reqs


def column_requests(sheet_id: int, layout: Layout, width: int, filtered: bool) -> list[dict]:
    """Widths, dropdowns and the header filter of a tab Khatir lays out."""
    reqs: list[dict] = []
    for c in range(width):
        chars = layout.width(c)
        if chars:
            reqs.append({"updateDimensionProperties": {
                "range": {"sheetId": sheet_id, "dimension": "COLUMNS", "startIndex": c, "endIndex": c + 1},
                "properties": {"pixelSize": chars * PIXELS_PER_CHARACTER + PADDING_PIXELS},
                "fields": "pixelSize"}})
    for c, choices in layout.dropdowns:
        reqs.append({"setDataValidation": {
            "range": {"sheetId": sheet_id, "startRowIndex": 1, "startColumnIndex": c, "endColumnIndex": c + 1},
            "rule": {"condition": {"type": "ONE_OF_LIST",
                                   "values": [{"userEnteredValue": v} for v in choices]},
                     "showCustomUi": True, "strict": False}}})
    if layout.filter and not filtered and width:
        reqs.append({"setBasicFilter": {"filter": {"range": {
            "sheetId": sheet_id, "startRowIndex": 0, "startColumnIndex": 0, "endColumnIndex": width}}}})
    return reqs


def view_requests(sheet_id: int, layout: Layout, rows: Sequence[Sequence[Cell]], width: int,
                  old_views: dict[int, str]) -> list[dict]:
    """One filter view per value of ``layout.views_column`` (per agent), replacing
    the views an earlier run made (recognised by their title's prefix)."""
    if layout.views_column is None:
        return []
    prefix = layout.views_title.split("{value}")[0]
    reqs: list[dict] = [{"deleteFilterView": {"filterId": vid}}
                        for vid, title in old_views.items() if prefix and title.startswith(prefix)]
    col = layout.views_column
    values = sorted({str(r[col]).strip() for r in rows[1:] if col < len(r) and str(r[col] or "").strip()})
    for value in values:
        reqs.append({"addFilterView": {"filter": {
            "title": layout.views_title.replace("{value}", value),
            "range": {"sheetId": sheet_id, "startRowIndex": 0, "startColumnIndex": 0,
                      "endColumnIndex": width},
            "filterSpecs": [{"columnIndex": col, "filterCriteria": {
                "condition": {"type": "TEXT_EQ", "values": [{"userEnteredValue": value}]}}}]}}})
    return reqs
