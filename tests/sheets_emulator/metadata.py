"""spreadsheets.get (and create): the Spreadsheet resource, grid data, field masks."""
from __future__ import annotations

import copy
from typing import Any

from . import fieldmask
from .a1 import Bounds
from .cells import Cell, ErrorValue, is_number, normalize_format
from .formats import hyperlink
from .model import Evaluator, Sheet, Spreadsheet, Store

# As Google returns them for a new en_US spreadsheet (compared loosely by clients).
DEFAULT_FORMAT: dict[str, Any] = {
    "backgroundColor": {"red": 1, "green": 1, "blue": 1},
    "padding": {"top": 2, "right": 3, "bottom": 2, "left": 3},
    "verticalAlignment": "BOTTOM",
    "wrapStrategy": "OVERFLOW_CELL",
    "textFormat": {"foregroundColor": {}, "fontFamily": "arial,sans,sans-serif", "fontSize": 10,
                   "bold": False, "italic": False, "strikethrough": False, "underline": False,
                   "foregroundColorStyle": {"rgbColor": {}}},
    "backgroundColorStyle": {"rgbColor": {"red": 1, "green": 1, "blue": 1}},
}
THEME: dict[str, Any] = {
    "primaryFontFamily": "Arial",
    "themeColors": [
        {"colorType": "TEXT", "color": {"rgbColor": {}}},
        {"colorType": "BACKGROUND", "color": {"rgbColor": {"red": 1, "green": 1, "blue": 1}}},
        {"colorType": "ACCENT1", "color": {"rgbColor": {"red": 0.25882354, "green": 0.52156866, "blue": 0.95686275}}},
        {"colorType": "ACCENT2", "color": {"rgbColor": {"red": 0.91764706, "green": 0.2627451, "blue": 0.20784314}}},
        {"colorType": "ACCENT3", "color": {"rgbColor": {"red": 0.9843137, "green": 0.7372549, "blue": 0.015686275}}},
        {"colorType": "ACCENT4", "color": {"rgbColor": {"red": 0.20392157, "green": 0.65882355, "blue": 0.3254902}}},
        {"colorType": "ACCENT5", "color": {"rgbColor": {"red": 1, "green": 0.42745098, "blue": 0.003921569}}},
        {"colorType": "ACCENT6", "color": {"rgbColor": {"red": 0.27450982, "green": 0.7411765, "blue": 0.7764706}}},
        {"colorType": "LINK", "color": {"rgbColor": {"red": 0.06666667, "green": 0.33333334, "blue": 0.8}}},
    ],
}
ROW_PIXELS, COLUMN_PIXELS = 21, 100
ERROR_TYPES = {"#DIV/0!": "DIVIDE_BY_ZERO", "#VALUE!": "VALUE", "#REF!": "REF", "#NAME?": "NAME",
               "#NUM!": "NUM", "#N/A": "N_A", "#ERROR!": "ERROR", "#NULL!": "NULL_VALUE"}


def grid_range_json(obj: dict[str, Any]) -> dict[str, Any]:
    """GridRange as Google echoes it: sheetId 0 is the proto default, so it is left out."""
    out = {k: v for k, v in obj.items() if v is not None}
    if out.get("sheetId") == 0:
        del out["sheetId"]
    return out


def spreadsheet_properties(book: Spreadsheet) -> dict[str, Any]:
    return {"title": book.title, "locale": book.locale, "autoRecalc": book.auto_recalc,
            "timeZone": book.time_zone, "defaultFormat": copy.deepcopy(DEFAULT_FORMAT),
            "spreadsheetTheme": copy.deepcopy(THEME)}


def protected_range_json(store: Store, stored: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(stored)
    out.pop("_requested_editors", None)
    if "range" in out:
        out["range"] = grid_range_json(out["range"])
    editors = stored.get("_requested_editors") or {}
    users = [store.user_email] + [u for u in editors.get("users", []) if u != store.user_email]
    out["editors"] = dict(editors, users=users)
    return out


def sheet_json(store: Store, book: Spreadsheet, sheet: Sheet, data_ranges: list[Bounds] | None,
               ev: Evaluator) -> dict[str, Any]:
    out: dict[str, Any] = {"properties": sheet.properties(book.index_of(sheet))}
    if data_ranges is not None:
        out["data"] = [grid_data(sheet, b, ev) for b in data_ranges]
    if sheet.merges:
        out["merges"] = [grid_range_json(m) for m in sheet.merges]
    if sheet.conditional_formats:
        out["conditionalFormats"] = [
            dict(rule, ranges=[grid_range_json(g) for g in rule.get("ranges", [])])
            for rule in copy.deepcopy(sheet.conditional_formats)]
    if sheet.protected_ranges:
        out["protectedRanges"] = [protected_range_json(store, p) for p in sheet.protected_ranges]
    if sheet.charts:
        out["charts"] = copy.deepcopy(sheet.charts)
    if sheet.developer_metadata:
        out["developerMetadata"] = copy.deepcopy(sheet.developer_metadata)
    if sheet.basic_filter:
        bf = copy.deepcopy(sheet.basic_filter)
        if "range" in bf:
            bf["range"] = grid_range_json(bf["range"])
        out["basicFilter"] = bf
    if sheet.filter_views:
        out["filterViews"] = [dict(v, range=grid_range_json(v["range"])) if "range" in v else v
                              for v in copy.deepcopy(sheet.filter_views)]
    return out


def typed_value(value: Any) -> dict[str, Any]:
    if isinstance(value, ErrorValue):
        return {"errorValue": {"type": ERROR_TYPES.get(str(value), "ERROR"), "message": str(value)}}
    if isinstance(value, bool):
        return {"boolValue": value}
    if is_number(value):
        return {"numberValue": value}
    return {"stringValue": str(value)}


def cell_data(sheet: Sheet, r: int, c: int, cell: Cell, ev: Evaluator) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if cell.has_value:
        out["userEnteredValue"] = ({"formulaValue": cell.formula} if cell.formula is not None
                                   else typed_value(cell.value))
        effective = ev.value(sheet, r, c)
        if effective not in (None, ""):
            out["effectiveValue"] = typed_value(effective)
        formatted = ev.render(sheet, r, c, "FORMATTED_VALUE", "SERIAL_NUMBER")
        if formatted != "":
            out["formattedValue"] = formatted
    fmt = normalize_format(cell.fmt)
    if fmt:
        out["userEnteredFormat"] = fmt
    link = hyperlink(fmt)
    if link and cell.has_value:
        out["hyperlink"] = link
    if cell.has_value or fmt:
        out["effectiveFormat"] = _merge(copy.deepcopy(DEFAULT_FORMAT), fmt or {})
    if cell.note:
        out["note"] = cell.note
    if cell.validation:
        out["dataValidation"] = copy.deepcopy(dict(cell.validation))
    return out


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def grid_data(sheet: Sheet, b: Bounds, ev: Evaluator) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if b.r0:
        out["startRow"] = b.r0
    if b.c0:
        out["startColumn"] = b.c0
    rows = []
    for r in range(b.r0, min(b.r1, len(sheet.grid))):  # type: ignore[type-var]
        values = []
        for c in range(b.c0, min(b.c1, len(sheet.grid[r]))):  # type: ignore[type-var]
            cell = sheet.grid[r][c]
            values.append(cell_data(sheet, r, c, cell, ev) if cell is not None else {})
        while values and not values[-1]:
            values.pop()
        rows.append({"values": values} if values else {})
    while rows and not rows[-1]:
        rows.pop()
    if rows:
        out["rowData"] = rows
    out["rowMetadata"] = [dict({"pixelSize": ROW_PIXELS}, **sheet.row_meta.get(r, {}))
                          for r in range(b.r0, b.r1)]  # type: ignore[arg-type]
    out["columnMetadata"] = [dict({"pixelSize": COLUMN_PIXELS}, **sheet.col_meta.get(c, {}))
                             for c in range(b.c0, b.c1)]  # type: ignore[arg-type]
    return out


def _wants_data(mask: fieldmask.Mask | None) -> bool:
    if mask is None:
        return False
    sheets = mask.get("sheets")
    return sheets is not None and (fieldmask.covers_all(sheets) or "data" in sheets)


def spreadsheet_json(store: Store, book: Spreadsheet, include_grid: bool, ranges: list[str],
                     fields: str | None) -> dict[str, Any]:
    mask = fieldmask.parse(fields) if fields else None
    with_data = include_grid if mask is None else _wants_data(mask)
    selected: dict[int, list[Bounds]] = {}
    for text in ranges:
        sheet, b = book.resolve_in_grid(text)
        selected.setdefault(sheet.sheet_id, []).append(b)
    ev = Evaluator(book)
    sheets = []
    for sheet in book.sheets:
        if ranges and sheet.sheet_id not in selected:
            continue
        data = None
        if with_data:
            data = selected.get(sheet.sheet_id) or [Bounds(0, sheet.row_count, 0, sheet.col_count)]
        sheets.append(sheet_json(store, book, sheet, data, ev))
    out: dict[str, Any] = {"spreadsheetId": book.id, "properties": spreadsheet_properties(book),
                           "sheets": sheets}
    if book.named_ranges:
        out["namedRanges"] = [dict(n, range=grid_range_json(n["range"])) if "range" in n else n
                              for n in copy.deepcopy(book.named_ranges)]
    out["spreadsheetUrl"] = f"https://docs.google.com/spreadsheets/d/{book.id}/edit"
    if mask is not None:
        out = fieldmask.select(out, mask)
    return out
