"""Cell formats, links and filter views, checked as Google checks them.

Google answers 400 to a format field it does not know ("Unknown name"), to an
enum value outside the documented set ("Invalid value"), and to a filter view
whose criteria name a column outside its range. These checks run before a
request changes anything, so a malformed request leaves no trace (the batch is
applied to a copy). Shapes follow the Sheets API v4 reference: CellFormat,
TextFormat, Link, FilterView, FilterSpec, FilterCriteria, BooleanCondition.
"""
from __future__ import annotations

import copy
from typing import Any

from .errors import ApiError, bad_request

CELL_FORMAT_FIELDS = {
    "numberFormat", "backgroundColor", "backgroundColorStyle", "borders", "padding",
    "horizontalAlignment", "verticalAlignment", "wrapStrategy", "textDirection", "textFormat",
    "hyperlinkDisplayType", "textRotation",
}
TEXT_FORMAT_FIELDS = {"foregroundColor", "foregroundColorStyle", "fontFamily", "fontSize", "bold",
                      "italic", "strikethrough", "underline", "link"}
LINK_FIELDS = {"uri"}  # Link is a oneof; the API documents uri as its only destination in cells
ENUMS = {
    "horizontalAlignment": {"HORIZONTAL_ALIGN_UNSPECIFIED", "LEFT", "CENTER", "RIGHT"},
    "verticalAlignment": {"VERTICAL_ALIGN_UNSPECIFIED", "TOP", "MIDDLE", "BOTTOM"},
    "wrapStrategy": {"WRAP_STRATEGY_UNSPECIFIED", "OVERFLOW_CELL", "LEGACY_WRAP", "CLIP", "WRAP"},
    "textDirection": {"TEXT_DIRECTION_UNSPECIFIED", "LEFT_TO_RIGHT", "RIGHT_TO_LEFT"},
    "hyperlinkDisplayType": {"HYPERLINK_DISPLAY_TYPE_UNSPECIFIED", "LINKED", "PLAIN_TEXT"},
}
CONDITION_TYPES = {
    "NUMBER_GREATER", "NUMBER_GREATER_THAN_EQ", "NUMBER_LESS", "NUMBER_LESS_THAN_EQ", "NUMBER_EQ",
    "NUMBER_NOT_EQ", "NUMBER_BETWEEN", "NUMBER_NOT_BETWEEN", "TEXT_CONTAINS", "TEXT_NOT_CONTAINS",
    "TEXT_STARTS_WITH", "TEXT_ENDS_WITH", "TEXT_EQ", "TEXT_IS_EMAIL", "TEXT_IS_URL", "DATE_EQ",
    "DATE_BEFORE", "DATE_AFTER", "DATE_ON_OR_BEFORE", "DATE_ON_OR_AFTER", "DATE_BETWEEN",
    "DATE_NOT_BETWEEN", "DATE_IS_VALID", "ONE_OF_RANGE", "ONE_OF_LIST", "BLANK", "NOT_BLANK",
    "CUSTOM_FORMULA", "BOOLEAN", "TEXT_NOT_EQ", "DATE_NOT_EQ", "FILTER_EXPRESSION",
}
FILTER_VIEW_FIELDS = {"filterViewId", "title", "range", "namedRangeId", "tableId", "sortSpecs",
                      "criteria", "filterSpecs"}
FILTER_SPEC_FIELDS = {"filterCriteria", "columnIndex", "dataSourceColumnReference"}
FILTER_CRITERIA_FIELDS = {"hiddenValues", "condition", "visibleBackgroundColor",
                          "visibleBackgroundColorStyle", "visibleForegroundColor",
                          "visibleForegroundColorStyle"}


def _unknown(where: str, name: str) -> ApiError:
    return bad_request(f"Invalid JSON payload received. Unknown name \"{name}\" at '{where}': "
                       f"Cannot find field.")


def _enum(where: str, name: str, value: Any) -> ApiError:
    return bad_request(f"Invalid value at '{where}.{name}' (type.googleapis.com/google.apps.sheets."
                       f"v4.{name[0].upper() + name[1:]}), \"{value}\"")


def check_cell_data(where: str, data: Any) -> None:
    """A CellData in a write: its userEnteredFormat's fields and enum values."""
    if not isinstance(data, dict):
        return
    fmt = data.get("userEnteredFormat")
    if fmt is not None:
        check_format(f"{where}.user_entered_format", fmt)


def check_format(where: str, fmt: Any) -> None:
    if not isinstance(fmt, dict):
        raise bad_request(f"Invalid value at '{where}': expected an object.")
    for name, value in fmt.items():
        if name not in CELL_FORMAT_FIELDS:
            raise _unknown(where, name)
        if name in ENUMS and value not in ENUMS[name]:
            raise _enum(where, name, value)
    text = fmt.get("textFormat")
    if text is not None:
        if not isinstance(text, dict):
            raise bad_request(f"Invalid value at '{where}.text_format': expected an object.")
        for name in text:
            if name not in TEXT_FORMAT_FIELDS:
                raise _unknown(f"{where}.text_format", name)
        link = text.get("link")
        if link is not None:
            check_link(f"{where}.text_format.link", link)


def check_link(where: str, link: Any) -> None:
    if not isinstance(link, dict):
        raise bad_request(f"Invalid value at '{where}': expected an object.")
    for name in link:
        if name not in LINK_FIELDS:
            raise _unknown(where, name)
    if not isinstance(link.get("uri", ""), str):
        raise bad_request(f"Invalid value at '{where}.uri': expected a string.")


def hyperlink(fmt: Any) -> str | None:
    """The read-only CellData.hyperlink Google reports for a cell-level link."""
    if isinstance(fmt, dict):
        link = (fmt.get("textFormat") or {}).get("link") or {}
        uri = link.get("uri") if isinstance(link, dict) else None
        return uri or None
    return None


def check_condition(where: str, condition: Any) -> None:
    if not isinstance(condition, dict) or condition.get("type") not in CONDITION_TYPES:
        raise _enum(where, "type", (condition or {}).get("type") if isinstance(condition, dict) else condition)
    if condition["type"] in ("ONE_OF_LIST", "TEXT_EQ") and not condition.get("values"):
        raise bad_request(f"Invalid {where}: {condition['type']} condition requires at least one value.")
    for value in condition.get("values") or []:
        if not isinstance(value, dict) or set(value) - {"userEnteredValue", "relativeDate"}:
            raise bad_request(f"Invalid {where}: a condition value must have userEnteredValue or relativeDate.")


def filter_view(where: str, view: Any, bounds, new_id: int) -> dict[str, Any]:
    """A FilterView to store (with its id), after Google's checks; ``bounds``: its range's."""
    if not isinstance(view, dict):
        raise bad_request(f"Invalid {where}: a filter view is required.")
    for name in view:
        if name not in FILTER_VIEW_FIELDS:
            raise _unknown(where, name)
    out = copy.deepcopy(view)
    out["filterViewId"] = view.get("filterViewId") or new_id
    for i, spec in enumerate(view.get("filterSpecs") or []):
        here = f"{where}.filter_specs[{i}]"
        for name in spec:
            if name not in FILTER_SPEC_FIELDS:
                raise _unknown(here, name)
        col = spec.get("columnIndex")
        if not isinstance(col, int) or col < bounds.c0 or (bounds.c1 is not None and col >= bounds.c1):
            raise bad_request(f"Invalid {where}: filterSpecs[{i}].columnIndex {col} is outside "
                              f"the filter's range.")
        criteria = spec.get("filterCriteria") or {}
        for name in criteria:
            if name not in FILTER_CRITERIA_FIELDS:
                raise _unknown(f"{here}.filter_criteria", name)
        if "condition" in criteria:
            check_condition(f"{here}.filter_criteria.condition", criteria["condition"])
    return out
