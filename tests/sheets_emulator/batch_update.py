"""spreadsheets.batchUpdate: structural requests, applied atomically as Google does.

Requests run in order on a copy of the spreadsheet; the copy replaces the
original only if every request succeeded, so a failing request leaves no trace.
Request kinds Google has but this emulator lacks answer 501, never a silent 200.
"""
from __future__ import annotations

import copy
import re
from typing import Any, Callable

from . import fieldmask, formats
from .a1 import Bounds
from .cells import Cell, drop_stale_twins, normalize_colors, normalize_format
from .errors import ApiError, bad_request
from .metadata import grid_range_json, spreadsheet_json, typed_value
from .model import GridError, Sheet, Spreadsheet, Store

GOOGLE_REQUESTS = {
    "addBanding", "addChart", "addConditionalFormatRule", "addDataSource", "addDimensionGroup",
    "addFilterView", "addNamedRange", "addProtectedRange", "addSheet", "addSlicer", "addTable",
    "appendCells", "appendDimension", "autoFill", "autoResizeDimensions", "cancelDataSourceRefresh",
    "clearBasicFilter", "copyPaste", "createDeveloperMetadata", "cutPaste", "deleteBanding",
    "deleteConditionalFormatRule", "deleteDataSource", "deleteDeveloperMetadata", "deleteDimension",
    "deleteDimensionGroup", "deleteDuplicates", "deleteEmbeddedObject", "deleteFilterView",
    "deleteNamedRange", "deleteProtectedRange", "deleteRange", "deleteSheet", "deleteTable",
    "duplicateFilterView", "duplicateSheet", "findReplace", "insertDimension", "insertRange",
    "mergeCells", "moveDimension", "pasteData", "randomizeRange", "refreshDataSource", "repeatCell",
    "setBasicFilter", "setDataValidation", "sortRange", "textToColumns", "trimWhitespace",
    "unmergeCells", "updateBanding", "updateBorders", "updateCells", "updateChartSpec",
    "updateConditionalFormatRule", "updateDataSource", "updateDeveloperMetadata",
    "updateDimensionGroup", "updateDimensionProperties", "updateEmbeddedObjectBorder",
    "updateEmbeddedObjectPosition", "updateFilterView", "updateNamedRange", "updateProtectedRange",
    "updateSheetProperties", "updateSlicerSpec", "updateSpreadsheetProperties", "updateTable",
}
BODY_FIELDS = {"requests", "includeSpreadsheetInResponse", "responseRanges", "responseIncludeGridData"}


class Ctx:
    def __init__(self, store: Store, book: Spreadsheet, where: str):
        self.store, self.book, self.where = store, book, where

    def error(self, message: str) -> ApiError:
        return bad_request(f"Invalid {self.where}: {message}")

    def sheet(self, sheet_id: Any) -> Sheet:
        sheet = self.book.by_id(sheet_id if sheet_id is not None else 0)
        if sheet is None:
            raise self.error(f"No grid with id: {sheet_id if sheet_id is not None else 0}")
        return sheet

    def grid(self, obj: dict[str, Any] | None) -> tuple[Sheet, Bounds]:
        return self.book.grid_range(obj, self.where)


def batch_update(store: Store, book: Spreadsheet, body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_request("Invalid JSON payload received. Expected an object.")
    for key in body:
        if key not in BODY_FIELDS:
            raise bad_request(f"Invalid JSON payload received. Unknown name \"{key}\": Cannot find field.")
    requests = body.get("requests") or []
    if not requests:
        raise bad_request("Must specify at least one request.")
    work = book.clone()
    replies = []
    for i, request in enumerate(requests):
        if not isinstance(request, dict) or not request:
            raise bad_request(f"Invalid requests[{i}]: No request set.")
        for kind in request:
            if kind not in GOOGLE_REQUESTS:
                raise bad_request(f"Invalid JSON payload received. Unknown name \"{kind}\" at "
                                  f"'requests[{i}]': Cannot find field.")
        if len(request) > 1:
            names = list(request)
            raise bad_request(f"Invalid JSON payload received. Oneof field 'kind' is already set. "
                              f"Cannot set '{names[1]}'")
        kind, payload = next(iter(request.items()))
        handler = HANDLERS.get(kind)
        if handler is None:
            raise ApiError(501, f"The Sheets emulator does not implement {kind}.", "UNIMPLEMENTED")
        reply = handler(Ctx(store, work, f"requests[{i}].{kind}"), payload or {})
        replies.append(reply or {})
    store.books[work.id] = work
    work.touch()
    out: dict[str, Any] = {"spreadsheetId": work.id, "replies": replies}
    if str(body.get("includeSpreadsheetInResponse")).lower() == "true":
        out["updatedSpreadsheet"] = spreadsheet_json(
            store, work, str(body.get("responseIncludeGridData")).lower() == "true",
            body.get("responseRanges") or [], None)
    return out


# ---------------------------------------------------------------- sheets

def _check_title(ctx: Ctx, title: Any, ignore: Sheet | None = None) -> str:
    if not isinstance(title, str) or not title.strip():
        raise ctx.error("Sheet name cannot be empty.")
    if len(title) > 100:
        raise ctx.error("Sheet name is too long (max 100 characters).")
    for other in ctx.book.sheets:
        if other is not ignore and other.title.casefold() == title.casefold():
            raise ctx.error(f"A sheet with the name \"{title}\" already exists. Please enter another name.")
    return title


def _sheet_props(ctx: Ctx, sheet: Sheet, props: dict[str, Any]) -> None:
    """Copy the optional sheet properties Google echoes back."""
    for key in ("hidden", "rightToLeft"):
        if key in props:
            sheet.props[key] = bool(props[key])
    if props.get("tabColor") or props.get("tabColorStyle"):
        colors = normalize_colors({k: copy.deepcopy(props[k]) for k in ("tabColor", "tabColorStyle")
                                   if props.get(k)}, ("tabColor",))
        sheet.props["tabColor"] = colors.get("tabColor")
        sheet.props["tabColorStyle"] = colors.get("tabColorStyle")


def add_sheet(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    props = p.get("properties") or {}
    book = ctx.book
    title = props.get("title")
    if title is None:
        n = len(book.sheets) + 1
        while book.by_title(f"Sheet{n}") is not None:
            n += 1
        title = f"Sheet{n}"
    _check_title(ctx, title)
    sheet_id = props.get("sheetId")
    if sheet_id is None:
        sheet_id = ctx.store.new_sheet_id(book)
    elif book.by_id(sheet_id) is not None:
        raise ctx.error(f"Sheet with id {sheet_id} already exists.")
    grid = props.get("gridProperties") or {}
    sheet = Sheet(sheet_id, title, grid.get("rowCount", 1000), grid.get("columnCount", 26))
    sheet.frozen_rows = grid.get("frozenRowCount", 0)
    sheet.frozen_cols = grid.get("frozenColumnCount", 0)
    if grid.get("hideGridlines"):
        sheet.props["hideGridlines"] = True
    _sheet_props(ctx, sheet, props)
    index = min(max(props.get("index", len(book.sheets)), 0), len(book.sheets))
    book.sheets.insert(index, sheet)
    ctx.store.check_cell_limit(book, ctx.where)
    return {"addSheet": {"properties": sheet.properties(index)}}


def delete_sheet(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet = ctx.sheet(p.get("sheetId"))
    if len(ctx.book.sheets) == 1:
        raise ctx.error("You can't remove all the sheets in a document.")
    ctx.book.sheets.remove(sheet)


def duplicate_sheet(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    source = ctx.sheet(p.get("sourceSheetId"))
    title = p.get("newSheetName") or f"Copy of {source.title}"
    _check_title(ctx, title)
    new_id = p.get("newSheetId")
    if new_id is None:
        new_id = ctx.store.new_sheet_id(ctx.book)
    elif ctx.book.by_id(new_id) is not None:
        raise ctx.error(f"Sheet with id {new_id} already exists.")
    sheet = source.clone()
    sheet.sheet_id, sheet.title = new_id, title
    sheet.developer_metadata = []  # metadata ids are unique in a spreadsheet: not copied
    for item in sheet.protected_ranges:
        item.setdefault("range", {})["sheetId"] = new_id
        item["protectedRangeId"] = ctx.store.new_object_id()
    for group in (sheet.merges, [g for rule in sheet.conditional_formats for g in rule.get("ranges", [])]):
        for grid_range in group:
            grid_range["sheetId"] = new_id
    index = min(p.get("insertSheetIndex", ctx.book.index_of(source) + 1), len(ctx.book.sheets))
    ctx.book.sheets.insert(index, sheet)
    return {"duplicateSheet": {"properties": sheet.properties(index)}}


def update_sheet_properties(ctx: Ctx, p: dict[str, Any]) -> None:
    props = p.get("properties") or {}
    if not p.get("fields"):
        raise ctx.error("At least one field must be updated.")
    sheet = ctx.sheet(props.get("sheetId", 0))
    book = ctx.book
    current = sheet.properties(book.index_of(sheet))
    fieldmask.apply(current, props, fieldmask.parse(p["fields"]))
    if current.get("sheetId", sheet.sheet_id) != sheet.sheet_id:
        raise ctx.error("sheetId cannot be changed.")
    if current.get("title") != sheet.title:
        sheet.title = _check_title(ctx, current.get("title"), ignore=sheet)
    grid = current.get("gridProperties") or {}
    rows, cols = grid.get("rowCount", sheet.row_count), grid.get("columnCount", sheet.col_count)
    try:
        sheet.resize(rows, cols)
    except GridError as err:
        raise ctx.error(str(err)) from None
    ctx.store.check_cell_limit(book, ctx.where)
    sheet.frozen_rows = grid.get("frozenRowCount", 0) or 0
    sheet.frozen_cols = grid.get("frozenColumnCount", 0) or 0
    if sheet.frozen_rows >= sheet.row_count:
        raise ctx.error("You can't freeze all visible rows on the sheet.")
    if sheet.frozen_cols >= sheet.col_count:
        raise ctx.error("You can't freeze all visible columns on the sheet.")
    sheet.props["hideGridlines"] = bool(grid.get("hideGridlines"))
    sheet.props.pop("tabColor", None)
    sheet.props.pop("tabColorStyle", None)
    sheet.props["hidden"] = bool(current.get("hidden"))
    sheet.props["rightToLeft"] = bool(current.get("rightToLeft"))
    _sheet_props(ctx, sheet, {k: current[k] for k in ("tabColor", "tabColorStyle") if current.get(k)})
    if sheet.props["hidden"] and all(s.props.get("hidden") for s in book.sheets):
        raise ctx.error("You can't hide all the sheets in a document.")
    new_index = current.get("index", book.index_of(sheet))
    old_index = book.index_of(sheet)
    if new_index != old_index:
        book.sheets.remove(sheet)
        target = new_index - 1 if new_index > old_index else new_index  # "before the move" indexes
        book.sheets.insert(max(0, min(target, len(book.sheets))), sheet)


def update_spreadsheet_properties(ctx: Ctx, p: dict[str, Any]) -> None:
    if not p.get("fields"):
        raise ctx.error("At least one field must be updated.")
    book = ctx.book
    current = {"title": book.title, "locale": book.locale, "timeZone": book.time_zone,
               "autoRecalc": book.auto_recalc}
    fieldmask.apply(current, p.get("properties") or {}, fieldmask.parse(p["fields"]))
    if not current.get("title"):
        raise ctx.error("Spreadsheet title cannot be empty.")
    book.title = current["title"]
    book.locale = current.get("locale") or book.locale
    book.time_zone = current.get("timeZone") or book.time_zone
    book.auto_recalc = current.get("autoRecalc") or book.auto_recalc


# ---------------------------------------------------------------- cells

def to_cell_data(cell: Cell) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if cell.formula is not None:
        data["userEnteredValue"] = {"formulaValue": cell.formula}
    elif cell.value is not None:
        data["userEnteredValue"] = typed_value(cell.value)
    if cell.fmt:
        data["userEnteredFormat"] = copy.deepcopy(dict(cell.fmt))
    if cell.note:
        data["note"] = cell.note
    if cell.validation:
        data["dataValidation"] = copy.deepcopy(dict(cell.validation))
    return data


def from_cell_data(data: dict[str, Any]) -> Cell:
    value = formula = None
    entered = data.get("userEnteredValue") or {}
    if "formulaValue" in entered:
        formula = entered["formulaValue"]
    elif "stringValue" in entered:
        value = entered["stringValue"] or None
    elif "numberValue" in entered:
        value = entered["numberValue"]
    elif "boolValue" in entered:
        value = bool(entered["boolValue"])
    return Cell(value, formula, data.get("userEnteredFormat") or None, data.get("note") or None,
                data.get("dataValidation") or None)


def _cell_updater(source: dict[str, Any] | None, mask: fieldmask.Mask) -> Callable[[Cell], Cell]:
    source = source or {}

    def update(cell: Cell) -> Cell:
        data = to_cell_data(cell)
        fieldmask.apply(data, source, mask)
        if isinstance(data.get("userEnteredFormat"), dict):
            drop_stale_twins(data["userEnteredFormat"], source.get("userEnteredFormat"))
        return from_cell_data(data)
    return update


def _fields(ctx: Ctx, p: dict[str, Any]) -> fieldmask.Mask:
    if not p.get("fields"):
        raise ctx.error("At least one field must be updated.")
    return fieldmask.parse(p["fields"])


def _check_rows(ctx: Ctx, rows: Any) -> None:
    for i, row in enumerate(rows or []):
        for j, data in enumerate((row or {}).get("values") or []):
            formats.check_cell_data(f"{ctx.where}.rows[{i}].values[{j}]", data)


def repeat_cell(ctx: Ctx, p: dict[str, Any]) -> None:
    formats.check_cell_data(f"{ctx.where}.cell", p.get("cell"))
    sheet, b = ctx.grid(p.get("range"))
    mask = _fields(ctx, p)
    updater = _cell_updater(p.get("cell"), mask)
    if set(mask) != {"userEnteredFormat"}:
        sheet.update_cells(b, updater)
        return
    # Only formats change, and a cell's new format depends on its old one alone:
    # work each distinct old format out once (a big range holds a handful).
    memo: dict[int, tuple[Any, Any]] = {}  # id(old format) -> (old format, new format)

    def update(cell: Cell) -> Cell:
        found = memo.get(id(cell.fmt))
        if found is None or found[0] is not cell.fmt:
            found = memo[id(cell.fmt)] = (cell.fmt, updater(Cell(fmt=cell.fmt)).fmt)
        return Cell(cell.value, cell.formula, found[1], cell.note, cell.validation)
    sheet.update_cells(b, update)


def update_cells(ctx: Ctx, p: dict[str, Any]) -> None:
    mask = _fields(ctx, p)
    rows = p.get("rows") or []
    _check_rows(ctx, rows)
    if "range" in p:
        sheet, b = ctx.grid(p["range"])
        width = max((len(r.get("values") or []) for r in rows), default=0)
        if len(rows) > b.r1 - b.r0:  # type: ignore[operator]
            raise ctx.error(f"Attempting to write row: {b.r0 + len(rows) - 1}, beyond the last "
                            f"requested row of: {b.r1 - 1}")  # type: ignore[operator]
        if width > b.c1 - b.c0:  # type: ignore[operator]
            raise ctx.error(f"Attempting to write column: {b.c0 + width - 1}, beyond the last "
                            f"requested column of: {b.c1 - 1}")  # type: ignore[operator]
    else:
        start = p.get("start") or {}
        sheet = ctx.sheet(start.get("sheetId", 0))
        r0, c0 = start.get("rowIndex", 0), start.get("columnIndex", 0)
        height = len(rows)
        width = max((len(r.get("values") or []) for r in rows), default=0)
        b = Bounds(r0, r0 + height, c0, c0 + width)
        if b.r1 > sheet.row_count or b.c1 > sheet.col_count:  # type: ignore[operator]
            raise ctx.error(f"Attempting to write row: {b.r1 - 1}, beyond the last requested row "
                            f"of: {sheet.row_count - 1}")  # type: ignore[operator]
    for r in range(b.r0, b.r1):  # type: ignore[arg-type]
        values = (rows[r - b.r0].get("values") or []) if r - b.r0 < len(rows) else []
        for c in range(b.c0, b.c1):  # type: ignore[arg-type]
            data = values[c - b.c0] if c - b.c0 < len(values) else {}
            sheet.put(r, c, _cell_updater(data, mask)(sheet.cell(r, c) or Cell()))


def append_cells(ctx: Ctx, p: dict[str, Any]) -> None:
    mask = _fields(ctx, p)
    sheet = ctx.sheet(p.get("sheetId", 0))
    rows = p.get("rows") or []
    _check_rows(ctx, rows)
    start = sheet.used_size()[0]
    width = max((len(r.get("values") or []) for r in rows), default=0)
    if width > sheet.col_count:
        raise ctx.error(f"Attempting to write column: {width - 1}, beyond the last requested "
                        f"column of: {sheet.col_count - 1}")
    sheet.row_count = max(sheet.row_count, start + len(rows))
    for i, row in enumerate(rows):
        for j, data in enumerate(row.get("values") or []):
            sheet.put(start + i, j, _cell_updater(data, mask)(sheet.cell(start + i, j) or Cell()))


def set_data_validation(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, b = ctx.grid(p.get("range"))
    rule = p.get("rule")
    rule = {k: v for k, v in rule.items() if v is not None} if rule else None
    if rule is not None and not rule.get("condition"):
        raise ctx.error("A data validation rule must have a condition.")
    if rule is not None:
        formats.check_condition(f"{ctx.where}.rule.condition", rule["condition"])
    sheet.update_cells(b, lambda cell: Cell(cell.value, cell.formula, cell.fmt, cell.note, rule))


def find_replace(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    find = p.get("find")
    if not find:
        raise ctx.error("find must not be empty.")
    replacement = p.get("replacement") or ""
    flags = 0 if p.get("matchCase") else re.IGNORECASE
    pattern = find if p.get("searchByRegex") else re.escape(find)
    if p.get("matchEntireCell"):
        pattern = f"^(?:{pattern})$"
    regex = re.compile(pattern, flags)
    if "range" in p:
        targets = [ctx.grid(p["range"])]
    elif p.get("allSheets"):
        targets = [(s, Bounds(0, s.row_count, 0, s.col_count)) for s in ctx.book.sheets]
    else:
        s = ctx.sheet(p.get("sheetId", 0))
        targets = [(s, Bounds(0, s.row_count, 0, s.col_count))]
    counts = {"valuesChanged": 0, "formulasChanged": 0, "occurrencesChanged": 0}
    rows, sheets = set(), set()
    for sheet, b in targets:
        for r in range(b.r0, min(b.r1, len(sheet.grid))):  # type: ignore[type-var]
            for c in range(b.c0, min(b.c1, len(sheet.grid[r]))):  # type: ignore[type-var]
                cell = sheet.grid[r][c]
                if cell is None or not cell.has_value:
                    continue
                if cell.formula is not None and p.get("includeFormulas"):
                    new, n = regex.subn(replacement, cell.formula)
                    key, changed = "formulasChanged", Cell(None, new, cell.fmt, cell.note, cell.validation)
                elif isinstance(cell.value, str) and cell.formula is None:
                    new, n = regex.subn(replacement, cell.value)
                    key, changed = "valuesChanged", Cell(new or None, None, cell.fmt, cell.note, cell.validation)
                else:
                    continue
                if n:
                    sheet.put(r, c, changed)
                    counts[key] += 1
                    counts["occurrencesChanged"] += n
                    rows.add((sheet.sheet_id, r))
                    sheets.add(sheet.sheet_id)
    counts.update(rowsChanged=len(rows), sheetsChanged=len(sheets))
    return {"findReplace": {k: v for k, v in counts.items() if v}}


# ---------------------------------------------------------------- protection, rules, filters

def add_protected_range(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    requested = {k: v for k, v in (p.get("protectedRange") or {}).items() if v is not None}
    if "range" not in requested and "namedRangeId" not in requested:
        raise ctx.error("A protected range must have a range or named range.")
    if "range" in requested:
        ctx.grid(requested["range"])  # validates sheet and bounds
    if requested.get("warningOnly") and (requested.get("editors") or {}).get("users"):
        raise ctx.error("Editors cannot be set on a warning-only protected range.")
    prid = requested.get("protectedRangeId") or ctx.store.new_object_id()
    stored = {"protectedRangeId": prid}
    for key in ("range", "namedRangeId", "description", "warningOnly", "unprotectedRanges"):
        if key in requested and requested[key] not in ("", False):
            stored[key] = copy.deepcopy(requested[key])
    stored["requestingUserCanEdit"] = True
    stored["_requested_editors"] = copy.deepcopy(requested.get("editors") or {})
    sheet = ctx.sheet((requested.get("range") or {}).get("sheetId", 0))
    sheet.protected_ranges.append(stored)
    reply = {k: v for k, v in stored.items() if not k.startswith("_")}
    if "range" in reply:
        reply["range"] = grid_range_json(reply["range"])
    reply["editors"] = copy.deepcopy(requested.get("editors") or {})
    return {"addProtectedRange": {"protectedRange": reply}}


def _find_protected(ctx: Ctx, prid: Any) -> tuple[Sheet, dict[str, Any]]:
    for sheet in ctx.book.sheets:
        for item in sheet.protected_ranges:
            if item["protectedRangeId"] == prid:
                return sheet, item
    raise ctx.error(f"No protected range with id: {prid}")


def update_protected_range(ctx: Ctx, p: dict[str, Any]) -> None:
    incoming = p.get("protectedRange") or {}
    sheet, item = _find_protected(ctx, incoming.get("protectedRangeId"))
    visible = {k: v for k, v in item.items() if not k.startswith("_")}
    visible["editors"] = item.get("_requested_editors", {})
    fieldmask.apply(visible, incoming, _fields(ctx, p))
    item.clear()
    item.update({k: v for k, v in visible.items() if k != "editors"})
    item["_requested_editors"] = visible.get("editors") or {}


def delete_protected_range(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, item = _find_protected(ctx, p.get("protectedRangeId"))
    sheet.protected_ranges.remove(item)


def _rule_sheet(ctx: Ctx, rule: dict[str, Any]) -> Sheet:
    ranges = rule.get("ranges") or []
    if not ranges:
        raise ctx.error("A conditional format rule must have at least one range.")
    sheets = {ctx.grid(g)[0].sheet_id for g in ranges}
    if len(sheets) != 1:
        raise ctx.error("All ranges of a conditional format rule must be on the same sheet.")
    return ctx.sheet(sheets.pop())


def _clean_rule(rule: dict[str, Any]) -> dict[str, Any]:
    rule = copy.deepcopy(rule)
    boolean = rule.get("booleanRule")
    if isinstance(boolean, dict) and boolean.get("format"):
        boolean["format"] = normalize_format(boolean["format"])
    return rule


def add_conditional_format_rule(ctx: Ctx, p: dict[str, Any]) -> None:
    rule = p.get("rule") or {}
    if not rule.get("booleanRule") and not rule.get("gradientRule"):
        raise ctx.error("A conditional format rule must have a booleanRule or a gradientRule.")
    sheet = _rule_sheet(ctx, rule)
    index = p.get("index", 0)
    if not 0 <= index <= len(sheet.conditional_formats):
        raise ctx.error(f"Invalid index {index}.")
    sheet.conditional_formats.insert(index, _clean_rule(rule))


def update_conditional_format_rule(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    sheet = ctx.sheet(p.get("sheetId", 0))
    index = p.get("index", 0)
    if not 0 <= index < len(sheet.conditional_formats):
        raise ctx.error(f"No conditional format on sheet {sheet.sheet_id} at index {index}.")
    old = sheet.conditional_formats[index]
    if "rule" in p:
        new = _clean_rule(p["rule"])
        sheet.conditional_formats[index] = new
        return {"updateConditionalFormatRule": {"newRule": new, "newIndex": index or None,
                                                "oldRule": old, "oldIndex": index or None}}
    new_index = p.get("newIndex", index)
    sheet.conditional_formats.insert(new_index, sheet.conditional_formats.pop(index))
    return {"updateConditionalFormatRule": {"newRule": old, "newIndex": new_index, "oldIndex": index}}


def delete_conditional_format_rule(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    sheet = ctx.sheet(p.get("sheetId", 0))
    index = p.get("index", 0)
    if not 0 <= index < len(sheet.conditional_formats):
        raise ctx.error(f"No conditional format on sheet {sheet.sheet_id} at index {index}.")
    return {"deleteConditionalFormatRule": {"rule": sheet.conditional_formats.pop(index)}}


def set_basic_filter(ctx: Ctx, p: dict[str, Any]) -> None:
    flt = copy.deepcopy(p.get("filter") or {})
    sheet, _ = ctx.grid(flt.get("range"))
    sheet.basic_filter = flt


def clear_basic_filter(ctx: Ctx, p: dict[str, Any]) -> None:
    ctx.sheet(p.get("sheetId", 0)).basic_filter = None


def add_filter_view(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    """AddFilterViewRequest: the reply is the view with its new filterViewId."""
    view = p.get("filter")
    if not isinstance(view, dict) or "range" not in view:
        raise ctx.error("A filter view must have a range.")
    sheet, b = ctx.grid(view["range"])
    taken = {v["filterViewId"] for s in ctx.book.sheets for v in s.filter_views}
    if view.get("filterViewId") in taken:
        raise ctx.error(f"A filter view with id {view['filterViewId']} already exists.")
    stored = formats.filter_view(f"{ctx.where}.filter", view, b, ctx.store.new_object_id())
    sheet.filter_views.append(stored)
    return {"addFilterView": {"filter": dict(copy.deepcopy(stored),
                                             range=grid_range_json(stored["range"]))}}


def delete_filter_view(ctx: Ctx, p: dict[str, Any]) -> None:
    fid = p.get("filterId")
    for sheet in ctx.book.sheets:
        for view in sheet.filter_views:
            if view["filterViewId"] == fid:
                sheet.filter_views.remove(view)
                return
    raise ctx.error(f"No filter view with id: {fid}")


def add_named_range(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    named = copy.deepcopy(p.get("namedRange") or {})
    if not named.get("name"):
        raise ctx.error("A named range must have a name.")
    ctx.grid(named.get("range"))
    if any(n["name"].casefold() == named["name"].casefold() for n in ctx.book.named_ranges):
        raise ctx.error(f"Named range with name \"{named['name']}\" already exists.")
    named.setdefault("namedRangeId", f"{ctx.store.new_object_id():x}")
    ctx.book.named_ranges.append(named)
    return {"addNamedRange": {"namedRange": dict(named, range=grid_range_json(named["range"]))}}


def delete_named_range(ctx: Ctx, p: dict[str, Any]) -> None:
    for named in ctx.book.named_ranges:
        if named.get("namedRangeId") == p.get("namedRangeId"):
            ctx.book.named_ranges.remove(named)
            return
    raise ctx.error(f"No named range with id: {p.get('namedRangeId')}")


# ---------------------------------------------------------------- charts

def _chart_ranges(spec: dict[str, Any]) -> list[dict[str, Any]]:
    basic = spec.get("basicChart") or {}
    parts = [d.get("domain") for d in basic.get("domains", [])]
    parts += [s.get("series") for s in basic.get("series", [])]
    return [src for part in parts for src in ((part or {}).get("sourceRange") or {}).get("sources", [])]


def _all_charts(book) -> list[tuple[Sheet, dict[str, Any]]]:
    return [(sheet, chart) for sheet in book.sheets for chart in sheet.charts]


def add_chart(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    """AddChartRequest: an EmbeddedChart (spec + position); the reply holds it with its chartId."""
    chart = copy.deepcopy(p.get("chart") or {})
    spec = chart.get("spec")
    if not spec:
        raise ctx.error("Invalid requests[0].addChart: chart.spec is required.")
    for source in _chart_ranges(spec):
        ctx.grid(source)
    overlay = (chart.get("position") or {}).get("overlayPosition")
    if not overlay or "anchorCell" not in overlay:
        raise ctx.error("The emulator only places charts with position.overlayPosition.anchorCell.")
    sheet = ctx.sheet(overlay["anchorCell"].get("sheetId", 0))
    if "chartId" in chart:
        if any(c.get("chartId") == chart["chartId"] for _, c in _all_charts(ctx.book)):
            raise ctx.error(f"An object with id {chart['chartId']} already exists.")
    else:
        chart["chartId"] = ctx.store.new_object_id()
    sheet.charts.append(chart)
    return {"addChart": {"chart": copy.deepcopy(chart)}}


def delete_embedded_object(ctx: Ctx, p: dict[str, Any]) -> None:
    """DeleteEmbeddedObjectRequest: a chart by its objectId (its chartId)."""
    for sheet, chart in _all_charts(ctx.book):
        if chart.get("chartId") == p.get("objectId"):
            sheet.charts.remove(chart)
            return
    raise ctx.error(f"No object with id: {p.get('objectId')}")


# ---------------------------------------------------------------- dimensions

def _dimension_range(ctx: Ctx, obj: dict[str, Any] | None) -> tuple[Sheet, str, int, int]:
    obj = obj or {}
    sheet = ctx.sheet(obj.get("sheetId", 0))
    dimension = obj.get("dimension")
    if dimension not in ("ROWS", "COLUMNS"):
        raise ctx.error("range.dimension must be ROWS or COLUMNS.")
    count = sheet.row_count if dimension == "ROWS" else sheet.col_count
    start, end = obj.get("startIndex", 0), obj.get("endIndex", count)
    if start < 0 or end < start:
        raise ctx.error(f"Invalid dimension range: startIndex {start}, endIndex {end}.")
    return sheet, dimension, start, end


def insert_dimension(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, dimension, start, end = _dimension_range(ctx, p.get("range"))
    inherit = bool(p.get("inheritFromBefore"))
    if inherit and start == 0:
        raise ctx.error("Cannot inherit from before when inserting at the start of the sheet.")
    try:
        sheet.insert(dimension, start, end - start, inherit)
    except GridError as err:
        raise ctx.error(str(err)) from None
    ctx.store.check_cell_limit(ctx.book, ctx.where)


def delete_dimension(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, dimension, start, end = _dimension_range(ctx, p.get("range"))
    try:
        sheet.delete(dimension, start, end)
    except GridError as err:
        raise ctx.error(str(err)) from None


def append_dimension(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet = ctx.sheet(p.get("sheetId", 0))
    length = p.get("length", 0)
    if length <= 0:
        raise ctx.error("length must be greater than 0.")
    if p.get("dimension") == "ROWS":
        sheet.row_count += length
    elif p.get("dimension") == "COLUMNS":
        sheet.col_count += length
    else:
        raise ctx.error("dimension must be ROWS or COLUMNS.")
    ctx.store.check_cell_limit(ctx.book, ctx.where)


def update_dimension_properties(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, dimension, start, end = _dimension_range(ctx, p.get("range"))
    mask = _fields(ctx, p)
    props = p.get("properties") or {}
    for name in props:
        if name not in ("hiddenByFilter", "hiddenByUser", "pixelSize", "developerMetadata",
                        "dataSourceColumnReference"):
            raise formats._unknown(f"{ctx.where}.properties", name)
    size = props.get("pixelSize")
    if size is not None and (not isinstance(size, int) or size < 0):
        raise ctx.error(f"Invalid pixelSize: {size}.")
    meta = sheet.row_meta if dimension == "ROWS" else sheet.col_meta
    for index in range(start, end):
        current = dict(meta.get(index, {}))
        fieldmask.apply(current, p.get("properties") or {}, mask)
        if current:
            meta[index] = current
        else:
            meta.pop(index, None)


def auto_resize_dimensions(ctx: Ctx, p: dict[str, Any]) -> None:
    _dimension_range(ctx, p.get("dimensions"))  # sizes are not modelled; validate only


def sort_range(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, b = ctx.grid(p.get("range"))
    specs = []
    for spec in p.get("sortSpecs") or []:
        index = spec.get("dimensionIndex", 0)
        if not b.c0 <= index < b.c1:  # type: ignore[operator]
            raise ctx.error(f"Sort dimension index {index} is not within the range.")
        specs.append((index, spec.get("sortOrder") == "DESCENDING"))
    sheet.sort(b, specs or [(b.c0, False)])


def merge_cells(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, b = ctx.grid(p.get("range"))
    kind = p.get("mergeType", "MERGE_ALL")
    if kind == "MERGE_ALL":
        pieces = [b]
    elif kind == "MERGE_COLUMNS":
        pieces = [Bounds(b.r0, b.r1, c, c + 1) for c in range(b.c0, b.c1)]  # type: ignore[arg-type]
    else:
        pieces = [Bounds(r, r + 1, b.c0, b.c1) for r in range(b.r0, b.r1)]  # type: ignore[arg-type]
    for piece in pieces:
        for m in sheet.merges:
            if (m["startRowIndex"] < piece.r1 and piece.r0 < m["endRowIndex"]  # type: ignore[operator]
                    and m["startColumnIndex"] < piece.c1 and piece.c0 < m["endColumnIndex"]):  # type: ignore[operator]
                raise ctx.error("You can't merge cells that intersect with an existing merge.")
        for r in range(piece.r0, piece.r1):  # type: ignore[arg-type]
            for c in range(piece.c0, piece.c1):  # type: ignore[arg-type]
                cell = sheet.cell(r, c)
                if (r, c) != (piece.r0, piece.c0) and cell is not None:
                    sheet.put(r, c, Cell(fmt=cell.fmt))
        sheet.merges.append({"sheetId": sheet.sheet_id, "startRowIndex": piece.r0, "endRowIndex": piece.r1,
                             "startColumnIndex": piece.c0, "endColumnIndex": piece.c1})


def unmerge_cells(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, b = ctx.grid(p.get("range"))
    sheet.merges = [m for m in sheet.merges
                    if not (m["startRowIndex"] < b.r1 and b.r0 < m["endRowIndex"]  # type: ignore[operator]
                            and m["startColumnIndex"] < b.c1 and b.c0 < m["endColumnIndex"])]  # type: ignore[operator]


def update_borders(ctx: Ctx, p: dict[str, Any]) -> None:
    sheet, b = ctx.grid(p.get("range"))
    sides = {k: p[k] for k in ("top", "bottom", "left", "right", "innerHorizontal", "innerVertical")
             if k in p}

    def borders_for(r: int, c: int) -> dict[str, Any]:
        out = {}
        if r == b.r0 and "top" in sides:
            out["top"] = sides["top"]
        if r == b.r1 - 1 and "bottom" in sides:  # type: ignore[operator]
            out["bottom"] = sides["bottom"]
        if c == b.c0 and "left" in sides:
            out["left"] = sides["left"]
        if c == b.c1 - 1 and "right" in sides:  # type: ignore[operator]
            out["right"] = sides["right"]
        if "innerHorizontal" in sides:
            if r > b.r0:
                out.setdefault("top", sides["innerHorizontal"])
            if r < b.r1 - 1:  # type: ignore[operator]
                out.setdefault("bottom", sides["innerHorizontal"])
        if "innerVertical" in sides:
            if c > b.c0:
                out.setdefault("left", sides["innerVertical"])
            if c < b.c1 - 1:  # type: ignore[operator]
                out.setdefault("right", sides["innerVertical"])
        return out

    for r in range(b.r0, b.r1):  # type: ignore[arg-type]
        for c in range(b.c0, b.c1):  # type: ignore[arg-type]
            new = borders_for(r, c)
            if not new:
                continue
            cell = sheet.cell(r, c) or Cell()
            fmt = copy.deepcopy(dict(cell.fmt or {}))
            borders = fmt.setdefault("borders", {})
            for side, border in new.items():
                if (border or {}).get("style", "NONE") == "NONE":
                    borders.pop(side, None)
                else:
                    borders[side] = copy.deepcopy(border)
            if not borders:
                fmt.pop("borders")
            sheet.put(r, c, Cell(cell.value, cell.formula, fmt or None, cell.note, cell.validation))


# ---------------------------------------------------------------- developer metadata

VISIBILITIES = {"DOCUMENT", "PROJECT"}


def create_developer_metadata(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    """Metadata located on a sheet (the only location this emulator keeps), as
    Google documents it: a key and a visibility are required, ids are positive and
    unique in the spreadsheet, and the reply echoes the metadata with its id and
    ``location.locationType``."""
    dm = p.get("developerMetadata")
    if not isinstance(dm, dict):
        raise ctx.error("developerMetadata must be specified.")
    if not dm.get("metadataKey"):
        raise ctx.error("Developer metadata must have a key.")
    if dm.get("visibility") not in VISIBILITIES:
        raise ctx.error("Developer metadata must have a visibility (DOCUMENT or PROJECT).")
    location = dm.get("location") or {}
    if "sheetId" not in location or len([k for k in location if k != "locationType"]) != 1:
        raise ApiError(501, "The Sheets emulator keeps developer metadata on sheets only.",
                       "UNIMPLEMENTED")
    sheet = ctx.sheet(location["sheetId"])
    used = {m["metadataId"] for s in ctx.book.sheets for m in s.developer_metadata}
    metadata_id = dm.get("metadataId")
    if metadata_id is None:
        metadata_id = ctx.store.new_object_id()
    elif not isinstance(metadata_id, int) or metadata_id <= 0:
        raise ctx.error("Developer metadata id must be positive.")
    elif metadata_id in used:
        raise ctx.error(f"Developer metadata with id {metadata_id} already exists.")
    stored = {"metadataId": metadata_id, "metadataKey": dm["metadataKey"],
              "location": {"locationType": "SHEET", "sheetId": sheet.sheet_id},
              "visibility": dm["visibility"]}
    if dm.get("metadataValue") is not None:
        stored["metadataValue"] = str(dm["metadataValue"])
    sheet.developer_metadata.append(stored)
    return {"createDeveloperMetadata": {"developerMetadata": copy.deepcopy(stored)}}


HANDLERS: dict[str, Callable[[Ctx, dict[str, Any]], Any]] = {
    "createDeveloperMetadata": create_developer_metadata,
    "addSheet": add_sheet,
    "deleteSheet": delete_sheet,
    "duplicateSheet": duplicate_sheet,
    "updateSheetProperties": update_sheet_properties,
    "updateSpreadsheetProperties": update_spreadsheet_properties,
    "repeatCell": repeat_cell,
    "updateCells": update_cells,
    "appendCells": append_cells,
    "setDataValidation": set_data_validation,
    "findReplace": find_replace,
    "addProtectedRange": add_protected_range,
    "updateProtectedRange": update_protected_range,
    "deleteProtectedRange": delete_protected_range,
    "addConditionalFormatRule": add_conditional_format_rule,
    "updateConditionalFormatRule": update_conditional_format_rule,
    "deleteConditionalFormatRule": delete_conditional_format_rule,
    "setBasicFilter": set_basic_filter,
    "clearBasicFilter": clear_basic_filter,
    "addFilterView": add_filter_view,
    "deleteFilterView": delete_filter_view,
    "addNamedRange": add_named_range,
    "deleteNamedRange": delete_named_range,
    "insertDimension": insert_dimension,
    "deleteDimension": delete_dimension,
    "appendDimension": append_dimension,
    "updateDimensionProperties": update_dimension_properties,
    "autoResizeDimensions": auto_resize_dimensions,
    "sortRange": sort_range,
    "mergeCells": merge_cells,
    "unmergeCells": unmerge_cells,
    "updateBorders": update_borders,
    "addChart": add_chart,
    "deleteEmbeddedObject": delete_embedded_object,
}
