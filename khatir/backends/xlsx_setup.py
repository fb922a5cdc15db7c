"""What set-up adds to a worksheet and to the styles: dropdowns, a highlight, a bold header.

Each is added only where it is missing, spliced into the original bytes in the
place the file format requires (a worksheet's parts have a fixed order), so
everything the staff made (their own dropdowns, formatting, images) is kept.
A column that already has a dropdown of the staff's own, in the worksheet or
in Excel 2010's extension list, gets none; a tab with any highlight rule of its
own gets no second one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .xlsx_xml import (XlsxError, _open_tag, _Outline, _parse_ref, _prefix, _Span, _splice, _tag,
                       _utf8, column_letter, escape_attr, escape_text)

#: The worksheet's elements in the order the file format requires (CT_Worksheet).
SHEET_ORDER = (
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
    "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
    "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
    "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter",
    "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags",
    "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects",
    "controls", "webPublishItems", "tableParts", "extLst")
#: The styles part's elements in their required order (CT_Stylesheet).
STYLES_ORDER = ("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles",
                "dxfs", "tableStyles", "colors", "extLst")
LAST_ROW = 5000
_COUNT = re.compile(rb"""(\scount\s*=\s*["'])\d*(["'])""")
_X14_SQREF = re.compile(rb"<(?:\w+:)?sqref>([^<]*)</")
_X14_CF = re.compile(rb"<(?:\w+:)?conditionalFormattings?\b")


@dataclass(frozen=True)
class ListRule:
    """A dropdown in one column (1-based), from ``first_row`` down."""

    column: int
    first_row: int
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Highlight:
    """Rows coloured when ``formula`` (written for ``first_row``) is true."""

    formula: str
    first_row: int
    last_col: int
    rgb: str = "FFFDE2E1"


def add_to_sheet(sheet_xml: bytes, rules: tuple[ListRule, ...], highlight: Highlight | None,
                 dxf_id: int | None, what: str) -> bytes:
    """The worksheet with the dropdowns and the highlight it does not have yet."""
    data = _utf8(sheet_xml)
    outline = _Outline(data, what, depth=2)
    prefix = _prefix(outline.root[1].qname)
    taken = _validated_ranges(data, outline)
    new = [r for r in rules if not any(_covers(ref, r.column, r.first_row) for ref in taken)]
    edits: list[tuple[int, int, bytes]] = []
    if new:
        items = "".join(_validation(prefix, r) for r in new).encode()
        existing = outline.children("dataValidations")
        if existing:
            edits += _append_children(data, existing[0], items, len(outline.children("dataValidation", 2))
                                      + len(new))
        else:
            edits.append(_insert(outline, "dataValidations",
                                 f'<{_tag(prefix, "dataValidations")} count="{len(new)}">'.encode()
                                 + items + f'</{_tag(prefix, "dataValidations")}>'.encode()))
    if highlight is not None and dxf_id is not None and not has_highlight(data):
        ref = f"A{highlight.first_row}:{column_letter(highlight.last_col)}{LAST_ROW}"
        cf, rule, formula = (_tag(prefix, x) for x in ("conditionalFormatting", "cfRule", "formula"))
        edits.append(_insert(outline, "conditionalFormatting", (
            f'<{cf} sqref="{ref}"><{rule} type="expression" dxfId="{dxf_id}" priority="1">'
            f'<{formula}>{escape_text(highlight.formula)}</{formula}></{rule}></{cf}>').encode()))
    return _splice(data, edits)


def has_highlight(sheet_xml: bytes) -> bool:
    """Whether a worksheet has conditional formatting of its own (then set-up adds none)."""
    return re.search(rb"<(?:\w+:)?conditionalFormatting\b", sheet_xml) is not None \
        or _X14_CF.search(sheet_xml) is not None


def _validation(prefix: str, rule: ListRule) -> str:
    letter = column_letter(rule.column)
    formula = escape_text('"' + ",".join(rule.choices) + '"')
    dv, f1 = _tag(prefix, "dataValidation"), _tag(prefix, "formula1")
    return (f'<{dv} type="list" allowBlank="1" showErrorMessage="0" '
            f'sqref="{escape_attr(f"{letter}{rule.first_row}:{letter}{LAST_ROW}")}">'
            f"<{f1}>{formula}</{f1}></{dv}>")


def _validated_ranges(data: bytes, outline: _Outline) -> list[str]:
    refs = []
    for span in outline.children("dataValidation", 2):
        refs += (span.attrs.get("sqref") or "").split()
    for m in _X14_SQREF.finditer(data):  # Excel 2010 dropdowns (lists from another tab)
        refs += m.group(1).decode("utf-8", "replace").split()
    return refs


def _covers(ref: str, column: int, first_row: int) -> bool:
    found = _parse_ref(ref)
    if found is None:
        return False
    c1, r1, c2, r2 = found
    return min(c1, c2) <= column <= max(c1, c2) and max(r1, r2) >= first_row


def _insert(outline: _Outline, local: str, xml: bytes) -> tuple[int, int, bytes]:
    """Put a new child of the root in its place in the required order."""
    return _insert_in_order(outline, local, xml, SHEET_ORDER)


def _insert_in_order(outline: _Outline, local: str, xml: bytes, order: tuple[str, ...]
                     ) -> tuple[int, int, bytes]:
    _, root = outline.root
    rank = order.index(local)
    for depth, name, span in outline.elements:
        if depth != 1:
            continue
        other = name.rpartition(" ")[2]
        if other in order and order.index(other) > rank:
            return span.start, span.start, xml
    if root.empty:
        raise XlsxError("a part has no content")
    return root.inner_end, root.inner_end, xml


def _append_children(data: bytes, parent: _Span, xml: bytes, count: int) -> list[tuple[int, int, bytes]]:
    """Add children at the end of ``parent`` and set its count attribute."""
    start_tag = _open_tag(data, parent)
    start_tag = _COUNT.sub(lambda m: m.group(1) + str(count).encode() + m.group(2), start_tag, count=1)
    if parent.empty:
        return [(parent.start, parent.end, start_tag + xml + f"</{parent.qname}>".encode())]
    return [(parent.start, parent.stag_end, start_tag), (parent.inner_end, parent.inner_end, xml)]


# -- styles -----------------------------------------------------------------------------
@dataclass(frozen=True)
class AddedStyles:
    xml: bytes
    bold_xf: int | None
    highlight_dxf: int | None


def add_styles(styles_xml: bytes, bold: bool, fill_rgb: str | None) -> AddedStyles:
    """A bold cell format (a copy of the default font, bold) and a highlight fill, added at the end."""
    data = _utf8(styles_xml)
    outline = _Outline(data, "the styles part", depth=2)
    prefix = _prefix(outline.root[1].qname)
    edits: list[tuple[int, int, bytes]] = []
    bold_xf = dxf_id = None
    if bold:
        fonts, xfs = outline.children("fonts"), outline.children("cellXfs")
        if fonts and xfs:
            font_list = _inside(outline, fonts[0], "font")
            font = _bold_copy(data, font_list[0], prefix) if font_list else f"<{_tag(prefix, 'font')}><{_tag(prefix, 'b')}/></{_tag(prefix, 'font')}>".encode()
            edits += _append_children(data, fonts[0], font, len(font_list) + 1)
            xf_list = _inside(outline, xfs[0], "xf")
            edits += _append_children(data, xfs[0], (
                f'<{_tag(prefix, "xf")} numFmtId="0" fontId="{len(font_list)}" fillId="0" borderId="0" '
                f'xfId="0" applyFont="1"/>').encode(), len(xf_list) + 1)
            bold_xf = len(xf_list)
    if fill_rgb:
        p = lambda x: _tag(prefix, x)  # noqa: E731
        dxf = (f'<{p("dxf")}><{p("fill")}><{p("patternFill")} patternType="solid">'
               f'<{p("fgColor")} rgb="{fill_rgb}"/><{p("bgColor")} rgb="{fill_rgb}"/>'
               f'</{p("patternFill")}></{p("fill")}></{p("dxf")}>').encode()
        dxfs = outline.children("dxfs")
        if dxfs:
            count = len(_inside(outline, dxfs[0], "dxf"))
            edits += _append_children(data, dxfs[0], dxf, count + 1)
            dxf_id = count
        else:
            edits.append(_insert_in_order(outline, "dxfs", f'<{p("dxfs")} count="1">'.encode() + dxf
                                          + f'</{p("dxfs")}>'.encode(), STYLES_ORDER))
            dxf_id = 0
    return AddedStyles(_splice(data, edits), bold_xf, dxf_id)


def _inside(outline: _Outline, parent: _Span, local: str) -> list[_Span]:
    return [s for s in outline.children(local, 2) if parent.start < s.start < parent.end]


def _bold_copy(data: bytes, font: _Span, prefix: str) -> bytes:
    raw = data[font.start:font.end]
    if re.search(rb"<(?:\w+:)?b(?:\s[^>]*)?/?>", raw):
        raw = re.sub(rb"<((?:\w+:)?)b(\s[^>]*)?/>", rb"<\1b/>", raw)  # b val="0" -> bold
        return raw
    qname = font.qname
    b = f"<{_tag(_prefix(qname), 'b')}/>".encode()
    if font.empty:
        return _open_tag(data, font) + b + f"</{qname}>".encode()
    return data[font.start:font.stag_end] + b + data[font.stag_end:font.end]
