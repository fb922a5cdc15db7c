"""Khatir's look in an .xlsx part by part: cell styles, column widths, links, dropdowns, filter.

``xlsx_patch`` writes the cells (``xlsx_sheet``, ``xlsx_append``); this module adds what makes them readable and one
click from sending, from a backend-neutral ``Layout`` and ``Link`` cells:

- cell styles (wrapped text, top alignment, a fill per row, a bold header, the
  blue underlined link font) appended to ``xl/styles.xml`` (fonts, fills, cellXfs),
  each combination once;
- ``<cols>`` widths, each wrapped column's style, so text staff type later wraps too;
- ``<autoFilter>`` on the header, ``<dataValidations>`` lists (any other text
  allowed), a landscape ``<pageSetup>`` (Follow-ups: one page wide);
- ``<hyperlinks>``: one ``<hyperlink r:id>`` per ``Link`` cell, whose address is an
  external relationship in the worksheet's ``_rels`` part (Excel keeps addresses
  there up to 2,079 characters; a HYPERLINK formula's is limited to 255).

Column settings are written only when the edit writes the tab's header (a tab
Khatir makes, or a script tab it rewrites); links and cell styles to every new
row. Elements are placed in the order the worksheet schema requires, and the
namespace prefixes of the part are kept. Only the standard library is used.
"""
from __future__ import annotations

import re
from html import unescape
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from .base import Layout, Link
from .xlsx_sheet import SheetEdit
from .xlsx_xml import (DOC_REL_NS, MAIN_NS, PKG_REL_NS, _Outline, _open_tag, _prefix, _splice, _tag,
                       _utf8, column_letter, escape_attr, rels_part)

HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
LINK_COLOUR = "FF0563C1"  # Excel's "Hyperlink" style colour
#: CT_Worksheet's children, in the order the schema requires.
SHEET_ORDER = (
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
    "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
    "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
    "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter",
    "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags",
    "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects",
    "controls", "webPublishItems", "tableParts", "extLst")
MAX_ROW = 1_048_576


@dataclass(frozen=True)
class _Look:
    fill: str | None = None
    wrap: bool = False
    bold: bool = False
    link: bool = False
    top: bool = False  # aligned to the top, so a row of wrapped text reads from its start


class StyleBook:
    """The workbook's styles part, with the cell formats Khatir adds to it."""

    def __init__(self, data: bytes):
        self.data = _utf8(data)
        root = ET.fromstring(self.data)
        self.ns = root.tag[1:].partition("}")[0]
        self.counts: dict[str, int] = {}
        self.existing: dict[str, dict[tuple, int]] = {}  # part -> shape of an entry -> index
        for name in ("fonts", "fills", "cellXfs"):
            el = root.find(f"{{{self.ns}}}{name}")
            self.counts[name] = len(el) if el is not None else -1
            self.existing[name] = {}
            for i, child in enumerate(el if el is not None else []):
                self.existing[name].setdefault(_shape(child), i)
        self.added: dict[str, list[str]] = {"fonts": [], "fills": [], "cellXfs": []}
        self.looks: dict[_Look, str] = {}
        first = root.find(f"{{{self.ns}}}fonts/{{{self.ns}}}font")  # the workbook's default font
        size = first.find(f"{{{self.ns}}}sz") if first is not None else None
        font = first.find(f"{{{self.ns}}}name") if first is not None else None
        self.font_tail = (f'<sz val="{escape_attr(size.get("val", "11") if size is not None else "11")}"/>'
                          f'<name val="{escape_attr(font.get("val", "Calibri") if font is not None else "Calibri")}"/>')
        self.fonts: dict[tuple[bool, bool], int] = {}
        self.fill_ids: dict[str, int] = {}

    @property
    def usable(self) -> bool:
        return min(self.counts.values()) > 0

    def _add(self, part: str, xml: str) -> int:
        """The index of an entry like ``xml`` (one a run before added is reused, so
        the styles part does not grow run after run), adding it if there is none."""
        shape = _shape(ET.fromstring(f'<x xmlns="{self.ns}">{xml}</x>')[0])
        if shape in self.existing[part]:
            return self.existing[part][shape]
        index = self.counts[part] + len(self.added[part])
        self.existing[part][shape] = index
        self.added[part].append(xml)
        return index

    def style(self, look: _Look) -> str | None:
        """The cellXfs index (as text) for ``look``; None for the default look."""
        if look == _Look() or not self.usable:
            return None
        found = self.looks.get(look)
        if found is not None:
            return found
        font_id = 0
        if look.bold or look.link:
            key = (look.bold, look.link)
            if key not in self.fonts:
                self.fonts[key] = self._add("fonts", "<font>" + ("<b/>" if look.bold else "")
                                            + (f'<u/><color rgb="{LINK_COLOUR}"/>' if look.link else "")
                                            + self.font_tail + "</font>")
            font_id = self.fonts[key]
        fill_id = 0
        if look.fill:
            if look.fill not in self.fill_ids:
                self.fill_ids[look.fill] = self._add(
                    "fills", f'<fill><patternFill patternType="solid"><fgColor rgb="FF{look.fill}"/>'
                             f'<bgColor indexed="64"/></patternFill></fill>')
            fill_id = self.fill_ids[look.fill]
        align = ("<alignment" + (' vertical="top"' if look.top else "")
                 + (' wrapText="1"' if look.wrap else "") + "/>")
        index = self._add("cellXfs", f'<xf numFmtId="0" fontId="{font_id}" fillId="{fill_id}" '
                                     f'borderId="0" xfId="0" applyFont="1" applyFill="1" '
                                     f'applyAlignment="1">{align}</xf>')
        self.looks[look] = str(index)
        return self.looks[look]

    def to_bytes(self) -> bytes:
        if not any(self.added.values()):
            return self.data
        outline = _Outline(self.data, "the styles part")
        edits = []
        for part, items in self.added.items():
            if not items:
                continue
            span = outline.children(part)[0]
            prefix = _prefix(span.qname)
            xml = "".join(_prefixed(x, prefix) for x in items).encode()
            tag = _open_tag(self.data, span)
            count = self.counts[part] + len(items)
            new_tag = _set_attr(tag, "count", str(count))
            if span.empty:
                edits.append((span.start, span.end, new_tag + xml + f"</{span.qname}>".encode()))
            else:
                edits.append((span.start, span.stag_end, new_tag))
                edits.append((span.inner_end, span.inner_end, xml))
        return _splice(self.data, edits)


def _shape(el: ET.Element) -> tuple:
    """An element's tag, attributes and children, for telling equal entries apart."""
    return (el.tag.rpartition("}")[2], tuple(sorted(el.attrib.items())),
            tuple(_shape(child) for child in el))


def row_height(row: Sequence[object], layout: Layout, header: bool = False) -> float | None:
    """Points a row needs to show its wrapped cells in full, or None for one line.

    Spreadsheet programs do not all fit a row to wrapped text when they open a
    file (LibreOffice keeps the stored height), so the height is written. The
    estimate errs on the tall side: Bengali letters count a little wider than a
    column's unit (the width of a "0"), combining vowel signs count nothing.
    """
    lines = 1
    for c in (range(len(row)) if header and layout.header_wrap else layout.wrap):
        width = layout.width(c)
        value = row[c] if c < len(row) else None
        if not isinstance(value, str) or not width:
            continue
        lines = max(lines, text_lines(value, width))
    if lines == 1:
        return None
    return min(409.0, lines * LINE_POINTS + 3)


LINE_POINTS = 16.5  # one line of 11-point text, Bengali (taller than Latin) included


def text_lines(text: str, width: int) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide."""
    usable = max(1.0, width - 1.5)
    total = 0
    for paragraph in text.split("\n"):
        line, count = 0.0, 1
        for word in paragraph.split(" "):
            units = sum(_units(ch) for ch in word)
            if line and line + 1 + units > usable:
                count += 1 + int(units // usable)
                line = units % usable
            else:
                line += (1 if line else 0) + units
                while line > usable:
                    count += 1
                    line -= usable
        total += count
    return total


def _units(ch: str) -> float:
    if ch.isascii():
        return 1.0 if not ch.isupper() else 1.25
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):
        return 0.0
    if category == "Mc":
        return 0.6
    return 1.3


def _prefixed(xml: str, prefix: str) -> str:
    """Give the elements of a snippet the part's namespace prefix ("" for none)."""
    if not prefix:
        return xml
    return xml.replace("</", "\0").replace("<", f"<{prefix}:").replace("\0", f"</{prefix}:")


def _set_attr(tag: bytes, name: str, value: str) -> bytes:
    pattern = re.compile(rb"(\s" + name.encode() + rb"\s*=\s*)(\"[^\"]*\"|'[^']*')")
    if pattern.search(tag):
        return pattern.sub(lambda m: m.group(1) + f'"{value}"'.encode(), tag, count=1)
    end = len(tag) - (2 if tag.endswith(b"/>") else 1)
    return tag[:end] + f' {name}="{value}"'.encode() + tag[end:]


@dataclass
class Dressing:
    """What to add to one worksheet part after its cells are written."""

    layout: Layout | None
    whole_tab: bool  # the edit writes the header: column settings too
    width: int  # columns written
    last_row: int
    rewrite: bool = False  # the whole tab is rewritten (its filter range follows)
    filter_width: int = 0  # the tab's columns, for a filter put back on an existing tab
    links: list[tuple[str, str]] = field(default_factory=list)  # (cell ref, url)
    column_styles: dict[int, str] = field(default_factory=dict)

    def moved(self, by: int) -> Dressing:
        """The same dressing for rows written ``by`` rows lower than asked (an append that
        went below hidden rows or took a Table's totals row's place)."""
        links = []
        for ref, url in self.links:
            col = ref.rstrip("0123456789")
            links.append((f"{col}{int(ref[len(col):]) + by}", url))
        return replace(self, last_row=self.last_row + by, links=links)


class Dresser:
    """Prepares edits (styles per cell, links set aside) and dresses the parts after."""

    def __init__(self, styles: bytes | None):
        self.book = StyleBook(styles) if styles is not None else None
        self.rels: dict[str, bytes] = {}  # worksheet rels part -> new content

    def prepare(self, edit: SheetEdit) -> tuple[SheetEdit, Dressing | None]:
        has_links = any(isinstance(v, Link) for row in edit.rows for v in row)
        if edit.layout is None and not has_links:
            return edit, None
        layout = edit.layout
        # Column settings go with a tab's first rows (under a header Khatir wrote).
        whole_tab = layout is not None and (edit.replace or (edit.start_row <= 2 and bool(edit.rows)))
        header_rows = 1 if layout is not None and (edit.replace or edit.start_row == 1) else 0
        book = self.book if self.book is not None and self.book.usable else None
        width = max((len(r) for r in edit.rows), default=0)
        dressing = Dressing(layout, whole_tab, width, edit.start_row + len(edit.rows) - 1,
                            rewrite=edit.replace,
                            filter_width=max(width, len(layout.widths) if layout is not None else 0))
        styles: list[list[str | None]] = []
        rows: list[list] = []
        for i, row in enumerate(edit.rows):
            r = edit.start_row + i
            cells: list[object] = []
            row_styles = []
            fill_index = i if edit.replace else i - header_rows
            for c, value in enumerate(row):
                if isinstance(value, Link):
                    if value.url:
                        dressing.links.append((f"{column_letter(c + 1)}{r}", value.url))
                    cells.append(value.text)
                else:
                    cells.append(value)
                look = None
                if layout is not None and book is not None:
                    look = _Look(fill=layout.fill(fill_index) if fill_index >= 0 else None,
                                 wrap=c in layout.wrap or (layout.header_wrap and i < header_rows),
                                 bold=i < header_rows,
                                 link=isinstance(value, Link) and bool(value.url), top=True)
                row_styles.append(book.style(look) if look is not None and book else None)
            rows.append(cells)
            styles.append(row_styles)
        if layout is not None and book is not None and whole_tab:
            for c in layout.wrap:
                style = book.style(_Look(wrap=True, top=True))
                if style:
                    dressing.column_styles[c] = style
        heights: list[float | None] = []
        if layout is not None:
            heights = [row_height(row, layout, header=i < header_rows) for i, row in enumerate(rows)]
        return replace(edit, rows=rows, styles=styles if book else (), heights=heights), dressing

    def dress(self, part: str, data: bytes, dressing: Dressing, read: Callable[[str], bytes | None]) -> bytes:
        """The worksheet ``data`` with the dressing's elements; rels kept for ``finish``."""
        data = _utf8(data)
        outline = _Outline(data, f"the worksheet {part}")
        root_name, root = outline.root
        prefix = _prefix(root.qname)
        r_prefix = outline.prefix_for(DOC_REL_NS)
        spans: dict = {}
        for depth, name, span in outline.elements:
            if depth == 1:
                spans.setdefault(name.rpartition(" ")[2], span)  # the first of each name
        new: dict[str, bytes] = {}
        t = lambda local: _tag(prefix, local)  # noqa: E731
        layout = dressing.layout
        if (layout is not None and layout.filter and not dressing.whole_tab and "autoFilter" not in spans
                and "tableParts" not in spans and dressing.filter_width and dressing.last_row >= 1):
            # a filter that went missing (LibreOffice drops one it was not told the range of) comes back
            ref = f"A1:{column_letter(dressing.filter_width)}{max(dressing.last_row, 2)}"
            new["autoFilter"] = f'<{t("autoFilter")} ref="{ref}"/>'.encode()
        if dressing.whole_tab and layout is not None:
            cols = []
            for c in range(max(len(layout.widths), max(layout.wrap, default=-1) + 1)):
                width = layout.width(c)
                style = dressing.column_styles.get(c)
                if not width and not style:
                    continue
                attrs = f' width="{width + 0.7:.1f}" customWidth="1"' if width else ""
                attrs += f' style="{style}"' if style else ""
                cols.append(f'<{t("col")} min="{c + 1}" max="{c + 1}"{attrs}/>')
            if cols:
                new["cols"] = f'<{t("cols")}>{"".join(cols)}</{t("cols")}>'.encode()
            # a Table staff made over the tab (Format as Table) has its own filter: a tab's filter
            # over a Table is a fault Excel "repairs" the file for
            if (layout.filter and dressing.width and "tableParts" not in spans
                    and (dressing.rewrite or "autoFilter" not in spans)):
                ref = f"A1:{column_letter(dressing.width)}{max(dressing.last_row, 2)}"
                new["autoFilter"] = f'<{t("autoFilter")} ref="{ref}"/>'.encode()
            if layout.dropdowns and "dataValidations" not in spans:  # setup's or staff's stay
                rules = "".join(
                    f'<{t("dataValidation")} type="list" allowBlank="1" showErrorMessage="0" '
                    f'sqref="{column_letter(c + 1)}2:{column_letter(c + 1)}{MAX_ROW}">'
                    f'<{t("formula1")}>{escape_attr(chr(34) + ",".join(choices) + chr(34))}'
                    f'</{t("formula1")}></{t("dataValidation")}>'
                    for c, choices in layout.dropdowns)
                new["dataValidations"] = (f'<{t("dataValidations")} count="{len(layout.dropdowns)}">'
                                          f'{rules}</{t("dataValidations")}>').encode()
            if layout.page_break:
                new["rowBreaks"] = (f'<{t("rowBreaks")} count="1" manualBreakCount="1"><{t("brk")} '
                                    f'id="{layout.page_break}" max="16383" man="1"/></{t("rowBreaks")}>').encode()
            elif layout.own_print:
                new["rowBreaks"] = b""  # the last run's break, with no chart to print now
            if ("pageSetup" not in spans or layout.own_print
                    or _default_print(data, spans)):  # else a print setup of the staff's stays
                fit = ' fitToWidth="1" fitToHeight="0"' if layout.one_page_wide else ""
                new["pageSetup"] = f'<{t("pageSetup")} orientation="landscape"{fit}/>'.encode()
                if "pageSetup" in spans:  # Khatir's own print setup, on the file's (paper size kept)
                    span = spans["pageSetup"]
                    tag = data[span.start:span.end]
                    for name, value in (("orientation", "landscape"), ("fitToWidth", "1"),
                                        ("fitToHeight", "0"), ("scale", "100")):
                        if layout.one_page_wide or name == "orientation":
                            tag = _set_attr(tag, name, value)
                    new["pageSetup"] = tag
                if layout.one_page_wide:
                    new["sheetPr"] = _fit_to_page(data, spans.get("sheetPr"), t)
                if "pageMargins" not in spans:
                    new["pageMargins"] = (f'<{t("pageMargins")} left="0.4" right="0.4" top="0.5" '
                                          f'bottom="0.5" header="0.3" footer="0.3"/>').encode()
        edits: list[tuple[int, int, bytes]] = []
        if layout is not None and layout.dropdowns and "dataValidations" in spans:
            span = spans["dataValidations"]
            block = data[span.start:span.end]
            grown = _grown_lists(block, layout.dropdowns)
            if grown != block:
                edits.append((span.start, span.end, grown))
        if dressing.links:
            sheet_rels = rels_part(part)
            rel_ids, rels_xml = self._add_rels(sheet_rels, read(sheet_rels), dressing.links,
                                               _rel_ns(root_name) + "/hyperlink")
            declare = "" if r_prefix else f' xmlns:r="{_rel_ns(root_name)}"'
            rp = r_prefix or "r"
            items = "".join(f'<{t("hyperlink")} ref="{ref}" {rp}:id="{rid}"{declare}/>'
                            for (ref, _), rid in zip(dressing.links, rel_ids)).encode()
            self.rels[sheet_rels] = rels_xml
            existing = spans.get("hyperlinks")
            if existing is None:
                new["hyperlinks"] = f'<{t("hyperlinks")}>'.encode() + items + f'</{t("hyperlinks")}>'.encode()
            elif existing.empty:
                edits.append((existing.start, existing.end, _open_tag(data, existing) + items
                              + f"</{existing.qname}>".encode()))
            else:
                edits.append((existing.inner_end, existing.inner_end, items))
        for name in SHEET_ORDER:  # in schema order, so insertions at one point stay ordered
            xml = new.get(name)
            if xml is None:
                continue
            if name in spans:
                span = spans[name]
                edits.append((span.start, span.end, xml))
                continue
            at = _insert_point(spans, name, root)
            edits.append((at, at, xml))
        return _splice(data, edits) if edits else data

    def _add_rels(self, part: str, old: bytes | None, links: list[tuple[str, str]],
                  rel_type: str = HYPERLINK_REL) -> tuple[list[str], bytes]:
        """The links' relationships added to the worksheet's rels part; ``rel_type`` is in
        the package's flavour (a Strict workbook's own relationship namespace)."""
        if part in self.rels:
            old = self.rels[part]
        if old is None:
            old = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<Relationships xmlns="{PKG_REL_NS}"></Relationships>').encode()
        old = _utf8(old)
        outline = _Outline(old, part)
        _, root = outline.root
        used = {s.attrs.get("Id") for s in outline.children("Relationship")}
        ids, out, n = [], [], 1
        for _, url in links:
            while f"rIdK{n}" in used:
                n += 1
            rid = f"rIdK{n}"
            used.add(rid)
            ids.append(rid)
            out.append(f'<{_tag(_prefix(root.qname), "Relationship")} Id="{rid}" Type="{rel_type}" '
                       f'Target="{escape_attr(url)}" TargetMode="External"/>')
        text = "".join(out).encode()
        if root.empty:
            return ids, _splice(old, [(root.start, root.end, _open_tag(old, root) + text
                                       + f"</{root.qname}>".encode())])
        return ids, _splice(old, [(root.inner_end, root.inner_end, text)])

    def styles_xml(self) -> bytes | None:
        return self.book.to_bytes() if self.book is not None else None


_PAGE_SETUP_PR = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?pageSetUpPr(?=[\s/>])[^>]*>")


def _attr(tag: bytes, name: str) -> str | None:
    found = re.search(rb"\s" + name.encode() + rb"""\s*=\s*(?:"([^"]*)"|'([^']*)')""", tag)
    return None if found is None else (found.group(1) or found.group(2) or b"").decode()


def _default_print(data: bytes, spans: dict) -> bool:
    """The tab's print setup is a program's default, chosen by nobody: portrait (or no
    orientation), 100% (or no scale), not fitted to pages.

    LibreOffice writes such a ``<pageSetup>`` on every tab it saves, so a workbook saved once in
    LibreOffice had Follow-ups printed portrait, five of its twelve columns a page, for good (an
    electronics chain's blind trial, trial 14: Name and Phone on one sheet, the agent, due day
    and why on another). A setup staff made keeps something of theirs (landscape, a scale,
    fit to pages) and stays."""
    span = spans.get("pageSetup")
    if span is None:
        return False
    tag = data[span.start:span.end]
    if (_attr(tag, "orientation") or "portrait") != "portrait" or (_attr(tag, "scale") or "100") != "100":
        return False
    sheet_pr = spans.get("sheetPr")
    if sheet_pr is None or sheet_pr.empty:
        return True
    found = _PAGE_SETUP_PR.search(data, sheet_pr.stag_end, sheet_pr.inner_end)
    return found is None or (_attr(found.group(), "fitToPage") or "0").lower() in ("0", "false")


_VALIDATION = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)dataValidation\b([^>]*)>(.*?)</\1dataValidation>", re.S)
_LIST = re.compile(rb"(<(?:[A-Za-z_][\w.-]*:)?formula1>)([^<]*)(</(?:[A-Za-z_][\w.-]*:)?formula1>)")
_SQREF = re.compile(rb"""\ssqref\s*=\s*["']\$?([A-Za-z]+)""")


def _grown_lists(block: bytes, dropdowns: Sequence[tuple[int, Sequence[str]]]) -> bytes:
    """``<dataValidations>`` with each list Khatir wrote earlier on one of its dropdown
    columns that is the start of that column's list now (``yes,no,maybe,attended`` before
    "did not come" was added) given the whole list; any other list is kept as it is."""
    by_column = {column_letter(c + 1): list(choices) for c, choices in dropdowns}

    def grow_rule(rule: re.Match) -> bytes:
        where = _SQREF.search(rule.group(2))
        choices = by_column.get(where.group(1).decode().upper()) if where else None
        if choices is None:
            return rule.group(0)

        def grow(m: re.Match) -> bytes:
            text = unescape(m.group(2).decode("utf-8"))
            if len(text) < 2 or text[0] != '"' or text[-1] != '"':
                return m.group(0)
            old = text[1:-1].split(",")
            if len(old) < len(choices) and choices[:len(old)] == old:
                return m.group(1) + escape_attr('"' + ",".join(choices) + '"').encode() + m.group(3)
            return m.group(0)
        return _LIST.sub(grow, rule.group(0))
    return _VALIDATION.sub(grow_rule, block)


def _fit_to_page(data: bytes, sheet_pr, t: Callable[[str], str]) -> bytes:
    """The tab's ``<sheetPr>`` with ``fitToPage`` on: without it Excel and LibreOffice
    ignore fitToWidth. ``<pageSetUpPr>`` is the last child the schema allows, so a
    missing one is added at the end."""
    pr = f'<{t("pageSetUpPr")} fitToPage="1"/>'.encode()
    if sheet_pr is None:
        return f'<{t("sheetPr")}>'.encode() + pr + f'</{t("sheetPr")}>'.encode()
    if sheet_pr.empty:
        return _open_tag(data, sheet_pr) + pr + f"</{sheet_pr.qname}>".encode()
    found = _PAGE_SETUP_PR.search(data, sheet_pr.stag_end, sheet_pr.inner_end)
    if found is None:
        return data[sheet_pr.start:sheet_pr.inner_end] + pr + data[sheet_pr.inner_end:sheet_pr.end]
    return (data[sheet_pr.start:found.start()] + _set_attr(found.group(), "fitToPage", "1")
            + data[found.end():sheet_pr.end])


def _insert_point(spans: dict, name: str, root) -> int:
    """Just before the first existing child that must come after ``name``."""
    rank = SHEET_ORDER.index(name)
    later = [s.start for n, s in spans.items() if n in SHEET_ORDER and SHEET_ORDER.index(n) > rank]
    return min(later) if later else root.inner_end


def _rel_ns(root_name: str) -> str:
    ns = root_name.rpartition(" ")[0]
    return DOC_REL_NS[MAIN_NS.index(ns)] if ns in MAIN_NS else DOC_REL_NS[0]

