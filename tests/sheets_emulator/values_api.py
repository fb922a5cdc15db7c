"""spreadsheets.values.*: get, batchGet, update, batchUpdate, append, clear, batchClear."""
from __future__ import annotations

import json
from typing import Any

from .a1 import Bounds, col_letters, format_bounds
from .cells import SKIP
from .errors import bad_request
from .model import (Evaluator, Sheet, Spreadsheet, Store, check_grid, entries, range_name,
                    read_values)

VALUE_RENDER = ("FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA")
DATE_RENDER = ("SERIAL_NUMBER", "FORMATTED_STRING")
INPUT_OPTIONS = ("RAW", "USER_ENTERED")
DIMENSIONS = ("ROWS", "COLUMNS", "DIMENSION_UNSPECIFIED")
INSERT_OPTIONS = ("OVERWRITE", "INSERT_ROWS")
VALUE_RANGE_FIELDS = {"range", "majorDimension", "values"}


def enum(value: Any, allowed: tuple[str, ...], default: str, field: str, proto: str) -> str:
    """Validate an enum the way Google reports a bad one (and accept its default)."""
    if value in (None, ""):
        return default
    if value not in allowed:
        raise bad_request(f"Invalid value at '{field}' (type.googleapis.com/google.apps.sheets.v4."
                          f"{proto}), \"{value}\"")
    return value


def _render_options(q: dict[str, Any], prefix: str = "") -> tuple[str, str]:
    vr_name = f"{prefix}valueRenderOption" if not prefix else f"{prefix}ValueRenderOption"
    dt_name = f"{prefix}dateTimeRenderOption" if not prefix else f"{prefix}DateTimeRenderOption"
    option = enum(q.get(vr_name), VALUE_RENDER, "FORMATTED_VALUE", _snake(vr_name), "ValueRenderOption")
    dt = enum(q.get(dt_name), DATE_RENDER, "SERIAL_NUMBER", _snake(dt_name), "DateTimeRenderOption")
    return option, dt


def _snake(name: str) -> str:
    return "".join("_" + ch.lower() if ch.isupper() else ch for ch in name)


def _major(value: Any) -> str:
    major = enum(value, DIMENSIONS, "ROWS", "major_dimension", "Dimension")
    return "ROWS" if major == "DIMENSION_UNSPECIFIED" else major


def _truthy(value: Any) -> bool:
    return str(value).lower() == "true" if value is not None else False


# ---------------------------------------------------------------- reads

def value_range(book: Spreadsheet, text: str, major: str, option: str, dt: str,
                ev: Evaluator) -> dict[str, Any]:
    sheet, b = book.resolve_in_grid(text)
    out: dict[str, Any] = {"range": range_name(sheet, b), "majorDimension": major}
    values = read_values(book, sheet, b, major, option, dt, ev)
    if values:
        out["values"] = values
    return out


def get(store: Store, book: Spreadsheet, text: str, q: dict[str, Any]) -> dict[str, Any]:
    option, dt = _render_options(q)
    return value_range(book, text, _major(q.get("majorDimension")), option, dt, Evaluator(book))


def batch_get(store: Store, book: Spreadsheet, q: dict[str, Any], ranges: list[str]) -> dict[str, Any]:
    option, dt = _render_options(q)
    major = _major(q.get("majorDimension"))
    ev = Evaluator(book)
    out: dict[str, Any] = {"spreadsheetId": book.id}
    if ranges:
        out["valueRanges"] = [value_range(book, r, major, option, dt, ev) for r in ranges]
    return out


# ---------------------------------------------------------------- writes

def _check_value_range(body: Any, where: str = "") -> None:
    if not isinstance(body, dict):
        raise bad_request("Invalid JSON payload received. Expected an object.")
    for key in body:
        if key not in VALUE_RANGE_FIELDS:
            at = f" at '{where}'" if where else ""
            raise bad_request(f"Invalid JSON payload received. Unknown name \"{key}\"{at}: "
                              f"Cannot find field.")
    values = body.get("values")
    if values is not None and not isinstance(values, list):
        field = f"{where}.values" if where else "data.values"
        raise bad_request(f"Invalid value at '{field}' (type.googleapis.com/google.protobuf.ListValue), "
                          f"{json.dumps(values)}")


def _planned_write(book: Spreadsheet, text: str, body: dict[str, Any], option: str
                   ) -> tuple[Sheet, int, int, list[list[Any]]]:
    """Resolve and validate one ValueRange write without applying it."""
    sheet, bounds = book.resolve(text)
    if body.get("range"):
        other_sheet, other = book.resolve(body["range"])
        if other_sheet is not sheet or other != bounds:
            raise bad_request(f"Requested range [{body['range']}] does not match the range in the "
                              f"request URL [{text}].")
    rows = entries(body.get("values") or [], option)
    if _major(body.get("majorDimension")) == "COLUMNS":
        height = max((len(col) for col in rows), default=0)
        rows = [[col[i] if i < len(col) else SKIP for col in rows] for i in range(height)]
    n_rows, n_cols = len(rows), max((len(r) for r in rows), default=0)
    if bounds.r1 is not None and bounds.c1 is not None:
        check_grid(sheet, bounds)
    name = format_bounds(sheet.title, bounds)
    if bounds.anchor:  # 'A1' names where the data starts, not how far it may go
        bounds = Bounds(bounds.r0, None, bounds.c0, None)
    if bounds.r1 is not None and bounds.r0 + n_rows > bounds.r1:
        raise bad_request(f"Requested writing within range [{name}], but tried writing to row "
                          f"[{bounds.r0 + n_rows}]")
    if bounds.c1 is not None and bounds.c0 + n_cols > bounds.c1:
        raise bad_request(f"Requested writing within range [{name}], but tried writing to column "
                          f"[{col_letters(bounds.c0 + n_cols - 1)}]")
    if n_rows and n_cols:
        check_grid(sheet, Bounds(bounds.r0, bounds.r0 + n_rows, bounds.c0, bounds.c0 + n_cols))
    elif bounds.r0 >= sheet.row_count or bounds.c0 >= sheet.col_count:
        check_grid(sheet, bounds)
    return sheet, bounds.r0, bounds.c0, rows


def _apply_write(book: Spreadsheet, sheet: Sheet, r0: int, c0: int, rows: list[list[Any]],
                 q: dict[str, Any], prefix: str = "response") -> tuple[dict[str, Any], set, set]:
    sheet.write_block(r0, c0, rows)
    written = [(r0 + i, c0 + j) for i, row in enumerate(rows) for j, e in enumerate(row) if e is not SKIP]
    row_set = {r for r, _ in written}
    col_set = {c for _, c in written}
    n_rows, n_cols = len(rows), max((len(r) for r in rows), default=0)
    extent = Bounds(r0, r0 + max(n_rows, 1), c0, c0 + max(n_cols, 1))
    out: dict[str, Any] = {"spreadsheetId": book.id, "updatedRange": range_name(sheet, extent)}
    if written:
        out.update(updatedRows=len(row_set), updatedColumns=len(col_set), updatedCells=len(written))
    if _truthy(q.get("includeValuesInResponse")):
        option, dt = _render_options(q, prefix)
        data: dict[str, Any] = {"range": range_name(sheet, extent), "majorDimension": "ROWS"}
        values = read_values(book, sheet, extent, "ROWS", option, dt)
        if values:
            data["values"] = values
        out["updatedData"] = data
    return out, {(sheet.sheet_id, r) for r in row_set}, {(sheet.sheet_id, c) for c in col_set}


def _input_option(value: Any) -> str:
    if value in (None, "", "INPUT_VALUE_OPTION_UNSPECIFIED"):
        raise bad_request("'valueInputOption' is required but not specified")
    return enum(value, INPUT_OPTIONS, "RAW", "value_input_option", "ValueInputOption")


def update(store: Store, book: Spreadsheet, text: str, q: dict[str, Any], body: Any) -> dict[str, Any]:
    _check_value_range(body)
    option = _input_option(q.get("valueInputOption"))
    sheet, r0, c0, rows = _planned_write(book, text, body, option)
    out, _, _ = _apply_write(book, sheet, r0, c0, rows, q)
    book.touch()
    return out


def batch_update(store: Store, book: Spreadsheet, body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_request("Invalid JSON payload received. Expected an object.")
    allowed = {"valueInputOption", "data", "includeValuesInResponse", "responseValueRenderOption",
               "responseDateTimeRenderOption"}
    for key in body:
        if key not in allowed:
            raise bad_request(f"Invalid JSON payload received. Unknown name \"{key}\": Cannot find field.")
    option = _input_option(body.get("valueInputOption"))
    data = body.get("data") or []
    plans = []
    for i, item in enumerate(data):
        _check_value_range(item, f"data[{i}]")
        if not item.get("range"):
            raise bad_request(f"Invalid data[{i}]: Range is required")
        plans.append(_planned_write(book, item["range"], {k: v for k, v in item.items() if k != "range"},
                                    option))
    responses, rows_touched, cols_touched, cells, sheets = [], set(), set(), 0, set()
    for sheet, r0, c0, rows in plans:
        out, r_set, c_set = _apply_write(book, sheet, r0, c0, rows, body)
        responses.append(out)
        rows_touched |= r_set
        cols_touched |= c_set
        cells += out.get("updatedCells", 0)
        if out.get("updatedCells"):
            sheets.add(sheet.sheet_id)
    result: dict[str, Any] = {"spreadsheetId": book.id}
    if cells:
        result.update(totalUpdatedRows=len(rows_touched), totalUpdatedColumns=len(cols_touched),
                      totalUpdatedCells=cells, totalUpdatedSheets=len(sheets))
    if responses:
        result["responses"] = responses
    book.touch()
    return result


def append(store: Store, book: Spreadsheet, text: str, q: dict[str, Any], body: Any) -> dict[str, Any]:
    """Append below the last table found in the range, as Google's table detection does."""
    _check_value_range(body)
    option = _input_option(q.get("valueInputOption"))
    insert = enum(q.get("insertDataOption"), INSERT_OPTIONS, "OVERWRITE", "insert_data_option",
                  "InsertDataOption")
    sheet, bounds = book.resolve(text)
    check_grid(sheet, bounds)
    rows = entries(body.get("values") or [], option)
    if _major(body.get("majorDimension")) == "COLUMNS":
        height = max((len(col) for col in rows), default=0)
        rows = [[col[i] if i < len(col) else SKIP for col in rows] for i in range(height)]
    n_rows, n_cols = len(rows), max((len(r) for r in rows), default=0)
    last = sheet.last_value_in(bounds)
    table = sheet.region_around(*last) if last else None
    r0, c0 = (table.r1, table.c0) if table else (bounds.r0, bounds.c0)  # type: ignore[assignment]
    if insert == "INSERT_ROWS" and n_rows:
        sheet.insert("ROWS", r0, n_rows)
    elif r0 + n_rows > sheet.row_count:
        sheet.row_count = r0 + n_rows  # Google grows the grid for an append
    if c0 + n_cols > sheet.col_count:
        sheet.col_count = c0 + n_cols
    store.check_cell_limit(book, "append")
    updates, _, _ = _apply_write(book, sheet, r0, c0, rows, q)  # type: ignore[arg-type]
    out: dict[str, Any] = {"spreadsheetId": book.id}
    if table is not None:
        out["tableRange"] = range_name(sheet, table)
    out["updates"] = updates
    book.touch()
    return out


def clear(store: Store, book: Spreadsheet, text: str) -> dict[str, Any]:
    sheet, b = book.resolve_in_grid(text)
    sheet.clear_values(b)
    book.touch()
    return {"spreadsheetId": book.id, "clearedRange": range_name(sheet, b)}


def batch_clear(store: Store, book: Spreadsheet, body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_request("Invalid JSON payload received. Expected an object.")
    for key in body:
        if key != "ranges":
            raise bad_request(f"Invalid JSON payload received. Unknown name \"{key}\": Cannot find field.")
    targets = [book.resolve_in_grid(r) for r in body.get("ranges") or []]
    for sheet, b in targets:
        sheet.clear_values(b)
    book.touch()
    out: dict[str, Any] = {"spreadsheetId": book.id}
    if targets:
        out["clearedRanges"] = [range_name(s, b) for s, b in targets]
    return out
