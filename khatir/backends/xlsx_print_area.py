"""A print area staff set on a tab Khatir rewrites whole, grown with its list.

Staff print the day's Follow-ups (Page Layout > Print Area > Set Print Area): Excel stores
the area as the tab's hidden name ``_xlnm.Print_Area`` (``'Follow-ups'!$A$1:$L$5``), the
rows of the list that day. The tab is rewritten on every run, so a longer list printed
under the old area would lose its last rows on paper, with no word: the rows below are
the same kind of work as the rows above (the list is sorted by urgency, not by day). An
area that covered the list, from the header or its first row down to its last row (or
further), is grown to the new last row, as the tab's dropdowns and colour rules are
(``xlsx_ranges``); one on fixed cells elsewhere, and every area when the list does not
grow, stays byte for byte, and so does every other name.
"""
from __future__ import annotations

import re

from .xlsx_ranges import over_the_list
from .xlsx_xml import _Outline, _splice, _utf8

PRINT_AREA = "_xlnm.Print_Area"
#: The end of a custom view's names for its print area and its filter's range
_VIEW_AREAS = (".wvu.printarea", ".wvu.filterdata")
# One area of the name's value: its rows (the columns and $ signs kept as written)
_AREA = re.compile(r"(\$?[A-Za-z]{1,3}\$?)([0-9]+):(\$?[A-Za-z]{1,3}\$?)([0-9]+)(?=,|$)")


def has_print_area(workbook_xml: bytes) -> bool:
    """Whether the workbook part may name a print area or a custom view's range at all (a
    quick look, no parse)."""
    return b"Print_Area" in workbook_xml or b".wvu." in workbook_xml


def grow_print_areas(workbook_xml: bytes, grown: dict[int, tuple[int, int]]) -> bytes:
    """The workbook part with each tab's print area (and custom view's print area and filter
    range) that covered its old list grown.

    ``grown`` maps a tab's place among the tabs (what ``localSheetId`` counts) to the last
    row of its list before the run and after it."""
    grown = {k: v for k, v in grown.items() if 2 <= v[0] < v[1]}
    if not grown or not has_print_area(workbook_xml):
        return workbook_xml
    data = _utf8(workbook_xml)
    outline = _Outline(data, "the workbook part", depth=2)
    edits: list[tuple[int, int, bytes]] = []
    for span in outline.children("definedName", depth=2):
        attrs = span.attrs or {}
        if not _over_a_list(attrs.get("name", "")) or span.empty:
            continue
        try:
            old_last, new_last = grown[int(attrs.get("localSheetId", ""))]
        except (KeyError, ValueError):
            continue
        old = data[span.stag_end:span.inner_end].decode("utf-8")
        new = _grown(old, old_last, new_last)
        if new != old:
            edits.append((span.stag_end, span.inner_end, new.encode("utf-8")))
    return _splice(data, edits) if edits else workbook_xml


def _over_a_list(name: str) -> bool:
    """Whether a defined name is a print area, or a custom view's print area or filter range."""
    name = name.casefold()
    return name == PRINT_AREA.casefold() or name.endswith(_VIEW_AREAS)


def _grown(value: str, old_last: int, new_last: int) -> str:
    """The name's value (``'Follow-ups'!$A$1:$L$5``, or several areas joined by commas) with
    each area over the old list reaching ``new_last``; the tab's title is left as written."""
    def one(m: re.Match) -> str:
        first = int(m.group(2))
        if not over_the_list(first, int(m.group(4)), old_last, new_last):
            return m.group(0)
        return f"{m.group(1)}{first}:{m.group(3)}{new_last}"
    return _AREA.sub(one, value)
