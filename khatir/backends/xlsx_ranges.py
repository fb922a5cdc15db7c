"""Staff's dropdowns and conditional formats on a tab Khatir rewrites whole, grown with its list.

Staff add a dropdown (data validation) or a colour rule (conditional formatting) to a
column of Follow-ups: Excel and LibreOffice store it on the cells it was made on,
``M2:M9``, down to the list's last row that day. Follow-ups is rewritten whole on every
run, so a longer list's new rows would get neither. A range that covered the list, from the
header or its first row down to its last row (or further), is grown to the new last row;
one on fixed cells elsewhere (a box beside the list, a range ending above its last row)
stays as it is, and so does every range when the list does not grow.

Both forms are handled: the ``sqref`` attribute of ``<dataValidation>`` and
``<conditionalFormatting>``, and the ``<xm:sqref>`` element of their Excel 2010 forms in the
sheet's ``<extLst>`` (a dropdown whose list is on another tab). A custom view's filter
(View > Custom Views, saved with a filter on) keeps its own ``<autoFilter ref>`` inside
``<customSheetViews>``: it grows the same way, or showing the view would filter only the
old rows (the tab's own filter is Khatir's and is written fresh).
"""
from __future__ import annotations

import re

from .xlsx_sheet import _SheetScan
from .xlsx_xml import _utf8

# The open tag of a rule with its ranges in a sqref attribute ...
_RULE_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:dataValidation|conditionalFormatting)\b[^>]*>")
_SQREF_ATTR = re.compile(rb"""(\ssqref\s*=\s*)(["'])([^"']*)\2""")
# ... and an Excel 2010 rule, whose ranges are in a <xm:sqref> child
_X14_RULE = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)(dataValidation|conditionalFormatting)\b[^>]*(?<!/)>"
                       rb"(.*?)</\1\2>", re.S)
_SQREF_ELEMENT = re.compile(rb"(<(?:[A-Za-z_][\w.-]*:)?sqref>)([^<]*)(</)")
# ... and the custom views, each with the range of its own filter
_VIEWS = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)customSheetViews\b[^>]*(?<!/)>.*?</\1customSheetViews>", re.S)
_VIEW_FILTER = re.compile(rb"""(<(?:[A-Za-z_][\w.-]*:)?autoFilter\b[^>]*?\sref\s*=\s*)(["'])([^"']*)\2""")
_AREA = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]+)(?::\$?([A-Za-z]{1,3})\$?([0-9]+))?")
#: Khatir writes the header on row 1: a range over the list starts there or on row 2.
_LIST_STARTS = (1, 2)
# The scan's "last used row" counts a formula in this many columns: all of them.
_ALL_COLUMNS = 16384


def has_ranges(sheet_xml: bytes) -> bool:
    """Whether the tab may have a dropdown, a colour rule or a custom view to grow (a quick
    look, no parse): without one, and without a print area, its old list's last row is not
    needed."""
    return (b"dataValidation" in sheet_xml or b"conditionalFormatting" in sheet_xml
            or b"customSheetView" in sheet_xml)


def last_row(sheet_xml: bytes, what: str) -> int:
    """The last row of a tab with a value or a formula in it (0 for an empty tab)."""
    scan = _SheetScan(_utf8(sheet_xml), what, rows_from=1, trailing=_ALL_COLUMNS)
    return scan.last_used.index if scan.last_used is not None else 0


def grow_ranges(sheet_xml: bytes, old_last: int, new_last: int) -> bytes:
    """The worksheet with each dropdown, colour rule and custom view filter range that covered
    the old list (rows ``_LIST_STARTS`` to ``old_last``) reaching down to ``new_last``."""
    if old_last < 2 or new_last <= old_last:
        return sheet_xml

    def areas(text: bytes) -> bytes:
        return " ".join(_grown(a, old_last, new_last) for a in text.decode("utf-8", "replace").split()).encode()

    def in_tag(tag: re.Match) -> bytes:
        return _SQREF_ATTR.sub(lambda m: m.group(1) + m.group(2) + areas(m.group(3)) + m.group(2), tag.group(0))

    def in_x14(rule: re.Match) -> bytes:
        return _SQREF_ELEMENT.sub(lambda m: m.group(1) + areas(m.group(2)) + m.group(3), rule.group(0))

    def in_views(views: re.Match) -> bytes:
        return _VIEW_FILTER.sub(lambda m: m.group(1) + m.group(2) + areas(m.group(3)) + m.group(2), views.group(0))

    return _VIEWS.sub(in_views, _X14_RULE.sub(in_x14, _RULE_TAG.sub(in_tag, sheet_xml)))


def _grown(area: str, old_last: int, new_last: int) -> str:
    """One area of a range (``M2:M9``), grown when it covered the old list down to its last
    row; whole columns (``M:M``), whole rows and anything else unread as they are."""
    m = _AREA.fullmatch(area)
    if m is None:
        return area
    first_col, first, last_col, last = m.group(1), int(m.group(2)), m.group(3) or m.group(1), m.group(4)
    last_row = int(last) if last else first
    if not over_the_list(first, last_row, old_last, new_last):
        return area
    return f"{first_col}{first}:{last_col}{new_last}"


def over_the_list(first: int, last: int, old_last: int, new_last: int) -> bool:
    """Whether rows ``first`` to ``last`` covered the old list, from the header or its first row
    down to its last row ``old_last`` (or further), and stop short of the new one's."""
    return first in _LIST_STARTS and old_last <= last < new_last
