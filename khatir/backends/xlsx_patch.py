"""Change a few worksheets of an .xlsx file and copy every other part unchanged.

An .xlsx file is a zip of XML parts. Loading it into a spreadsheet library and
saving it again rewrites every part, and drops what the library does not know
(charts, images, pivot tables, extensions). Here the zip is copied entry by
entry instead, and only these parts change:

- the worksheet part of each tab that is written: its ``<sheetData>`` is spliced
  (rows replaced, or rows added after the last used row), its ``<dimension>``
  updated and, when asked, a frozen header row added; every other byte of the
  part (column widths, conditional formatting, data validation, ...) is kept,
  but on a tab rewritten whole the cells staff merged, commented or linked under
  the header (their words went with their row), and an Excel Table over it fits
  the new rows;
- for a tab that does not exist yet: a new worksheet part, and its entries in
  the workbook part, the workbook's relationships and ``[Content_Types].xml``;
- the workbook part, for the mark on Khatir's own tabs (a hidden sheet-scoped
  defined name, ``mark_sheets``) and for a new tab that is created hidden;
- ``xl/calcChain.xml`` is dropped (with its two references) only when a
  replaced tab had formulas, because Excel refuses a calculation chain that
  names cells which no longer hold a formula; Excel rebuilds it.

The parts are located with expat (the stdlib XML parser), which reports the
byte offset of every tag, so the changes are made on the original bytes: the
namespace prefixes (``<worksheet xmlns=...>`` or ``<x:worksheet>``), the
``mc:Ignorable`` declarations and everything else stay as they were written.

New string cells are inline strings, so ``sharedStrings.xml`` is not touched; a
string that starts with ``=`` is text, never a formula.

The functions here know nothing about the shop: they are given tab titles and
rows of plain values (see ``SheetEdit``). Only the standard library is used.
The work is split by concern: ``xlsx_xml`` (finding elements by byte offset),
``xlsx_sheet`` (one worksheet's rows), ``xlsx_append`` (where appended rows go:
hidden rows, formulas below the data), ``xlsx_tables`` (Excel Tables that grow
over new rows), ``xlsx_setup`` (set-up's dropdowns, highlight and bold header),
``xlsx_style`` (Khatir's look: styles, widths, filter, dropdowns, links, for an
edit with a ``layout`` or ``Link`` cells; it adds to ``xl/styles.xml`` and the
worksheet's ``_rels`` part, and follows appended rows to where they went);
this module handles the package (which part is which tab, new tabs, the copy).
"""
from __future__ import annotations

import os
from html import unescape
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Collection, Iterable, Sequence
from urllib.parse import unquote

from .base import MARK
from .xlsx_append import _unquote_title, append_rows, filter_name_value, sheet_filter_ref
from .xlsx_comments import drop_comments
from .xlsx_links import drop_links
from .xlsx_print_area import grow_print_areas, has_print_area
from .xlsx_ranges import grow_ranges, has_ranges, last_row
from .xlsx_setup import AddedStyles, add_styles, add_to_sheet, has_highlight
from .xlsx_sheet import SheetEdit, _CellWriter, new_sheet_xml, unlocked_styles, unmerge_below, write_rows
from .xlsx_tables import fit, grow, tables_of
from .xlsx_xml import (CALC_CHAIN_REL, DOC_REL_NS, MAIN_NS, OFFICE_DOC_REL, PKG_REL_NS,
                       WORKSHEET_CT, WORKSHEET_REL, XlsxError, _insert_attr, _open_tag, _Outline,
                       _prefix, _splice, _tag, _utf8, escape_attr, escape_text, rels_part)

__all__ = ["SheetEdit", "XlsxError", "patch_xlsx", "read_book", "write_rows", "find_date_style",
           "mark_sheets"]

# -- the package: which part is which tab ---------------------------------------------
@dataclass
class SheetRef:
    title: str
    sheet_id: int
    rel_id: str
    part: str | None  # the zip entry name; None when the target is missing
    kind: str         # "worksheet", "chartsheet", ...


@dataclass
class BookMap:
    workbook_part: str
    rels_part: str
    sheets: list[SheetRef]
    main_ns: str
    date1904: bool
    rels: dict[str, tuple[str, str]]  # Id -> (Type, zip entry name)

    def find(self, title: str) -> SheetRef | None:
        for sheet in self.sheets:
            if sheet.title == title:
                return sheet
        folded = title.casefold()
        for sheet in self.sheets:
            if sheet.title.casefold() == folded:
                return sheet
        return None


def _entry(names: dict[str, str], base: str, target: str) -> str | None:
    """The zip entry a relationship target points to (targets may be relative)."""
    if target.startswith("/"):
        path = target.lstrip("/")
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(base), target))
    for candidate in (path, unquote(path)):
        found = names.get(candidate.lower())
        if found:
            return found
    return None


def _xml(data: bytes, what: str) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise XlsxError(f"{what} is not well-formed XML ({exc})") from None


def read_book(zf: zipfile.ZipFile) -> BookMap:
    """Find the workbook part and each tab's worksheet part."""
    names = {n.lower(): n for n in zf.namelist()}

    def read(name: str, what: str) -> bytes:
        real = names.get(name.lower())
        if real is None:
            raise XlsxError(f"it has no {what} ({name})")
        return zf.read(real)

    root_rels = _xml(read("_rels/.rels", "package relationships"), "_rels/.rels")
    workbook_part = None
    for rel in root_rels.iter(f"{{{PKG_REL_NS}}}Relationship"):
        if rel.get("Type", "").endswith(OFFICE_DOC_REL):
            workbook_part = _entry(names, "", rel.get("Target", ""))
            break
    if workbook_part is None:
        raise XlsxError("it has no workbook part")
    book = _xml(zf.read(workbook_part), workbook_part)
    main_ns = book.tag[1:].partition("}")[0]
    if main_ns not in MAIN_NS:
        raise XlsxError("its workbook part is not a spreadsheet workbook")
    book_rels = rels_part(workbook_part)
    rels: dict[str, tuple[str, str]] = {}
    real_rels = names.get(book_rels.lower())
    if real_rels:
        book_rels = real_rels
        for rel in _xml(zf.read(real_rels), book_rels).iter(f"{{{PKG_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            rels[rel.get("Id", "")] = (rel.get("Type", ""),
                                       _entry(names, workbook_part, rel.get("Target", "")) or "")
    pr = book.find(f"{{{main_ns}}}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "").lower() in ("1", "true")
    sheets = []
    sheets_el = book.find(f"{{{main_ns}}}sheets")
    for el in (sheets_el if sheets_el is not None else []):
        if el.tag != f"{{{main_ns}}}sheet":
            continue
        rid = next((r for ns in DOC_REL_NS if (r := el.get(f"{{{ns}}}id"))), "")
        rtype, part = rels.get(rid, ("", ""))
        try:
            sheet_id = int(el.get("sheetId", "0"))
        except ValueError:
            sheet_id = 0
        sheets.append(SheetRef(el.get("name", ""), sheet_id, rid, part or None,
                               rtype.rpartition("/")[2] or "unknown"))
    return BookMap(workbook_part, book_rels, sheets, main_ns, date1904, rels)


def find_date_style(styles_xml: bytes) -> int | None:
    """The index of a cell format that shows a date, if the workbook has one."""
    root = _xml(styles_xml, "the styles part")
    ns = root.tag[1:].partition("}")[0]
    custom = {}
    fmts = root.find(f"{{{ns}}}numFmts")
    for fmt in (fmts if fmts is not None else []):
        custom[fmt.get("numFmtId")] = fmt.get("formatCode", "")
    xfs = root.find(f"{{{ns}}}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else []):
        fid = xf.get("numFmtId", "0")
        if fid in ("14", "15", "16", "17", "22"):
            return index
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom.get(fid, "")).lower()
        if "y" in code and "d" in code:
            return index
    return None


# -- the whole file -------------------------------------------------------------------------
def _needs_dates(edits: Sequence[SheetEdit]) -> bool:
    return any(isinstance(v, (date, datetime)) for e in edits for row in e.rows for v in row)


def patch_xlsx(src: str | os.PathLike[str] | IO[bytes], dst: str | os.PathLike[str] | IO[bytes],
               edits: Sequence[SheetEdit],
               marks: dict[str, str] | None = None, hidden: Iterable[str] = ()) -> None:
    """Copy the .xlsx ``src`` to ``dst`` with ``edits`` applied, in order.

    ``marks`` (title -> text) gives tabs a hidden sheet-scoped defined name
    ``MARK_NAME`` holding that text (see ``mark_sheets``); tabs in ``hidden`` that
    the edits create are created hidden.

    Raises XlsxError (plain words) when the file cannot be changed this way,
    and zipfile.BadZipFile / KeyError when it is not a readable zip.
    """
    with zipfile.ZipFile(src) as zin:
        names = {n.lower(): n for n in zin.namelist()}
        book = read_book(zin)
        writer = _CellWriter(date1904=book.date1904)
        changed: dict[str, bytes] = {}
        new_styles = _new_styles_part(book, names, edits, changed)  # a file written without one
        styles = [p for t, p in book.rels.values() if t.endswith("/styles") and p
                  and (p in zin.NameToInfo or p in changed)]
        styles_xml = (changed.get(styles[0]) or zin.read(styles[0])) if styles else None
        if styles_xml is not None and any(e.append for e in edits):
            writer.unlocked = unlocked_styles(styles_xml)
        if _needs_dates(edits) and styles_xml is not None:
            writer.date_style = find_date_style(styles_xml)
        added_styles, bold_xf = _setup_styles(zin, book, edits, changed), None
        if added_styles is not None and added_styles.bold_xf is not None:
            bold_xf = str(added_styles.bold_xf)
        new_sheets: list[tuple[str, str, str, int]] = []  # title, part, rel id, sheet id
        formulas_removed = False
        used_ids = set(book.rels) | {s.rel_id for s in book.sheets}
        next_sheet_id = max([s.sheet_id for s in book.sheets] + [0]) + 1
        folder = _sheet_folder(book)
        parts_for: dict[str, str] = {}
        added_parts: set[str] = set()
        filters: dict[int, tuple[str, str]] = {}  # tab position -> (title, the range of its filter)
        print_areas = has_print_area(zin.read(book.workbook_part))
        print_grown: dict[int, tuple[int, int]] = {}  # tab position -> its list's last row, before and after
        dresser = _dresser(zin, book, edits, changed)
        for edit in edits:
            key = edit.title.casefold()
            if key in parts_for:
                part = parts_for[key]
            else:
                sheet = book.find(edit.title)
                if sheet is None:
                    part = _new_name(names, folder)
                    names[part.lower()] = part
                    rid = _new_rel_id(used_ids)
                    used_ids.add(rid)
                    new_sheets.append((edit.title, part, rid, next_sheet_id))
                    next_sheet_id += 1
                    changed[part] = new_sheet_xml(book.main_ns, _rel_ns(book.main_ns))
                    added_parts.add(part)
                elif sheet.kind != "worksheet":
                    raise XlsxError(f"its tab '{sheet.title}' is a {sheet.kind}, not a worksheet")
                elif sheet.part is None:
                    raise XlsxError(f"its tab '{sheet.title}' has no worksheet part")
                else:
                    part = sheet.part
                    changed[part] = zin.read(part)
                parts_for[key] = part
            what = f"the tab '{edit.title}'"
            edit, dressing = dresser.prepare(edit) if dresser else (edit, None)
            filter_before = sheet_filter_ref(changed[part])
            filter_grown = False
            if edit.append and not edit.replace and not edit.rows:
                pass  # nothing to add: only the look (a filter LibreOffice dropped comes back)
            elif edit.append and not edit.replace:
                tables = tables_of(zin, names, part) if part not in added_parts else []
                changed[part], grown, filter_ref, start = append_rows(changed[part], edit, writer,
                                                                      what, tables)
                filter_grown = filter_ref is not None
                for table, data_end in grown:
                    changed[table.part] = grow(changed.get(table.part) or zin.read(table.part),
                                               table, data_end)
                if dressing is not None and start != edit.start_row:
                    dressing = dressing.moved(start - edit.start_row)  # below hidden rows, a totals row
            else:
                rewritten = edit.replace and part not in added_parts
                # the old list's last row, scanned once for its dropdowns, colour rules and print area
                old_last = (last_row(changed[part], what)
                            if rewritten and (print_areas or has_ranges(changed[part])) else 0)
                if print_areas and rewritten:
                    print_grown[_position(book, edit.title)] = (old_last, len(edit.rows))
                if edit.rows or edit.replace or edit.freeze_header:
                    changed[part], removed = write_rows(changed[part], edit, writer, what=what,
                                                        first_style=bold_xf if edit.bold_first_row else None)
                    formulas_removed |= removed
                if rewritten:
                    changed[part] = unmerge_below(changed[part], 1, what)
                    changed[part] = grow_ranges(changed[part], old_last, len(edit.rows))
                    for table in tables_of(zin, names, part):
                        if table.first_row == 1:  # over the header Khatir writes: over its rows too
                            changed[table.part] = fit(changed.get(table.part) or zin.read(table.part),
                                                      table, len(edit.rows), edit.rows[0] if edit.rows else ())
                if edit.dropdowns or edit.highlight:
                    changed[part] = add_to_sheet(changed[part], tuple(edit.dropdowns), edit.highlight,
                                                 added_styles.highlight_dxf if added_styles else None, what)
            if edit.replace and edit.drop_comments and part not in added_parts:
                for name, data in drop_comments(
                        lambda name: changed.get(names.get(name.lower(), name)) or _read_entry(zin, names, name),
                        part, edit.drop_comments, list(names.values())).items():
                    changed[names.get(name.lower(), name)] = data
            if edit.replace and edit.drop_links and part not in added_parts:
                sheet_rels = rels_part(part)
                changed[part] = drop_links(changed[part], changed.get(names.get(sheet_rels.lower(), sheet_rels))
                                           or _read_entry(zin, names, sheet_rels),
                                           edit.drop_links, what)
            if dressing is not None:
                changed[part] = dresser.dress(part, changed[part], dressing,
                                              lambda name: _read_entry(zin, names, name))
            filter_after = sheet_filter_ref(changed[part])
            if filter_after is not None and (filter_grown or filter_after != filter_before or (
                    dressing is not None and dressing.layout is not None and dressing.layout.filter)):
                # a filter Khatir wrote, grew, or keeps on its own tab: the workbook names it
                position = _position(book, edit.title)
                if position < 0:
                    position = len(book.sheets) + next(
                        i for i, s in enumerate(new_sheets) if s[1] == part)
                title = book.sheets[position].title if position < len(book.sheets) else edit.title
                filters[position] = (title, filter_after)
        dropped: set[str] = set()
        calc_chain = [(rid, p) for rid, (t, p) in book.rels.items() if t.endswith(CALC_CHAIN_REL) and p]
        if formulas_removed and calc_chain:
            dropped = {p for _, p in calc_chain}
        ct_part = names.get("[content_types].xml")
        if ct_part is None:
            raise XlsxError("it has no [Content_Types].xml")
        if new_sheets or dropped or marks:
            changed[book.workbook_part] = mark_sheets(
                _add_to_workbook(zin.read(book.workbook_part), new_sheets), marks or {},
                {t for t, _, _, _ in new_sheets if t in set(hidden)}, set(hidden))
        if new_sheets or dropped or new_styles:
            if book.rels_part.lower() not in names:
                raise XlsxError("it has no workbook relationships part")
            drop_ids = {rid for rid, _ in calc_chain} if dropped else set()
            changed[book.rels_part] = _update_rels(zin.read(book.rels_part), new_sheets, drop_ids, book,
                                                   new_styles)
            changed[ct_part] = _update_content_types(zin.read(ct_part), [p for _, p, _, _ in new_sheets],
                                                     dropped, new_styles[1] if new_styles else None)
        if filters:
            changed[book.workbook_part] = set_filter_names(
                changed.get(book.workbook_part) or zin.read(book.workbook_part), filters)
        if print_grown:
            changed[book.workbook_part] = grow_print_areas(
                changed.get(book.workbook_part) or zin.read(book.workbook_part), print_grown)
        if any(e.rows or e.replace for e in edits):
            changed[book.workbook_part] = full_calc_on_load(
                changed.get(book.workbook_part) or zin.read(book.workbook_part))
        added = [p for _, p, _, _ in new_sheets] + ([new_styles[1]] if new_styles else [])
        if dresser:
            added += _dressed_parts(dresser, book, names, changed)
        _copy(zin, dst, changed, dropped, added)


def _dresser(zin: zipfile.ZipFile, book: BookMap, edits: Sequence[SheetEdit],
             changed: dict[str, bytes]):
    """The styling step (xlsx_style), when an edit asks for a look or holds links.

    It starts from the styles part as set-up's styles left it (``changed``)."""
    from .base import Link
    from .xlsx_style import Dresser
    if not any(e.layout is not None or any(isinstance(v, Link) for r in e.rows for v in r)
               for e in edits):
        return None
    styles = [p for t, p in book.rels.values() if t.endswith("/styles") and p]
    return Dresser((changed.get(styles[0]) or zin.read(styles[0])) if styles else None)


def _read_entry(zin: zipfile.ZipFile, names: dict[str, str], name: str) -> bytes | None:
    real = names.get(name.lower())
    return zin.read(real) if real and real in zin.namelist() else None


def _dressed_parts(dresser, book: BookMap, names: dict[str, str], changed: dict[str, bytes]) -> list[str]:
    """Put the styles and worksheet rels the dresser changed into ``changed``; the new parts."""
    styles = [p for t, p in book.rels.values() if t.endswith("/styles") and p]
    xml = dresser.styles_xml()
    if styles and xml is not None:
        changed[styles[0]] = xml
    added = []
    for part, data in dresser.rels.items():
        real = names.get(part.lower())
        if real is None:
            added.append(part)
            real = part
        changed[real] = data
    return added


def _setup_styles(zin: zipfile.ZipFile, book: BookMap, edits: Sequence[SheetEdit],
                  changed: dict[str, bytes]) -> AddedStyles | None:
    """Set-up's bold header and highlight fill, added to the styles part (once)."""
    bold = any(e.bold_first_row for e in edits)
    fill = None
    for e in edits:
        if e.highlight:
            sheet = book.find(e.title)
            if sheet is None or sheet.part is None or not has_highlight(zin.read(sheet.part)):
                fill = e.highlight.rgb
    parts = [p for t, p in book.rels.values() if t.endswith("/styles") and p]
    if not (bold or fill) or not parts:
        return None
    added = add_styles(changed.get(parts[0]) or zin.read(parts[0]), bold, fill)
    changed[parts[0]] = added.xml
    return added


def _position(book: BookMap, title: str) -> int:
    """A tab's place among the workbook's tabs (what ``localSheetId`` counts)."""
    found = book.find(title)
    return book.sheets.index(found) if found is not None else -1


def _rel_ns(main_ns: str) -> str:
    return DOC_REL_NS[MAIN_NS.index(main_ns)]


def _sheet_folder(book: BookMap) -> str:
    for sheet in book.sheets:
        if sheet.kind == "worksheet" and sheet.part:
            return posixpath.dirname(sheet.part)
    return posixpath.join(posixpath.dirname(book.workbook_part), "worksheets")


def _new_name(names: dict[str, str], folder: str) -> str:
    n = 1
    while posixpath.join(folder, f"sheet{n}.xml").lower() in names:
        n += 1
    return posixpath.join(folder, f"sheet{n}.xml")


def _new_rel_id(used: set[str]) -> str:
    n = 1
    while f"rId{n}" in used:
        n += 1
    return f"rId{n}"


def _add_to_workbook(data: bytes, new_sheets: list[tuple[str, str, str, int]]) -> bytes:
    if not new_sheets:
        return data
    data = _utf8(data)
    outline = _Outline(data, "the workbook part")
    found = outline.children("sheets")
    if not found:
        raise XlsxError("its workbook part lists no tabs")
    sheets = found[0]
    prefix = _prefix(sheets.qname)
    r = outline.prefix_for(DOC_REL_NS)
    root_ns = outline.root[0].rpartition(" ")[0]
    declare = "" if r else f' xmlns:r="{_rel_ns(root_ns) if root_ns in MAIN_NS else DOC_REL_NS[0]}"'
    r = r or "r"
    text = "".join(f'<{_tag(prefix, "sheet")} name="{escape_attr(title)}" sheetId="{sid}" '
                   f'{r}:id="{rid}"{declare}/>' for title, _, rid, sid in new_sheets).encode()
    if sheets.empty:
        return _splice(data, [(sheets.start, sheets.end,
                               _open_tag(data, sheets) + text + f"</{sheets.qname}>".encode())])
    return _splice(data, [(sheets.inner_end, sheets.inner_end, text)])


MARK_NAME = MARK


def mark_sheets(data: bytes, marks: dict[str, str], hidden: set[str],
                hide_adopted: Collection[str] = ()) -> bytes:
    """The workbook part with a hidden sheet-scoped name ``MARK_NAME`` = "text" on each
    tab of ``marks`` (unless it has one already), and the tabs in ``hidden`` hidden.
    A tab of ``hide_adopted`` is hidden when it gets its mark here: Khatir's hidden tab
    (Khatir Keys) adopted after a program that re-exported the file showed it. Once
    marked, a tab staff show again stays shown.

    A sheet-scoped name is kept by Excel and LibreOffice, follows the tab when it is
    renamed or moved, and is not something staff make by accident.
    """
    if not marks and not hidden:
        return data
    data = _utf8(data)
    outline = _Outline(data, "the workbook part", depth=2)
    sheets = outline.children("sheet", depth=2)
    attrs = lambda span: span.attrs or {}  # noqa: E731
    titles = [attrs(s).get("name", "") for s in sheets]
    have = {(attrs(d).get("name", "").casefold(), attrs(d).get("localSheetId"))
            for d in outline.children("definedName", depth=2)}
    prefix = _prefix(outline.children("sheets")[0].qname)
    edits: list[tuple[int, int, bytes]] = []
    folded = [t.casefold() for t in titles]
    adopted = {t.casefold() for t in hide_adopted if t in marks and t.casefold() in folded
               and (MARK_NAME, str(folded.index(t.casefold()))) not in have}
    for span in sheets:
        name = attrs(span).get("name", "")
        state = attrs(span).get("state")
        if name in hidden and state is None:
            tag = data[span.start:span.stag_end]
            edits.append((span.start, span.stag_end, _insert_attr(tag, span.qname, 'state="hidden"')))
        elif name.casefold() in adopted and state in (None, "visible"):
            tag = data[span.start:span.stag_end]
            tag = (re.sub(rb"""\bstate\s*=\s*(["'])visible\1""", b'state="hidden"', tag) if state
                   else _insert_attr(tag, span.qname, 'state="hidden"'))
            edits.append((span.start, span.stag_end, tag))
    text = ""
    for title, value in marks.items():
        index = folded.index(title.casefold()) if title.casefold() in folded else None
        if index is None or (MARK_NAME, str(index)) in have:
            continue
        text += _hidden_name(prefix, MARK_NAME, index, f"&quot;{escape_text(value)}&quot;")
    if text:
        edits.append(_add_names(data, outline, prefix, text))
    return _splice(data, sorted(edits)) if edits else data


def full_calc_on_load(data: bytes) -> bytes:
    """The workbook part asking for a full recalculation when the file is next opened
    (``<calcPr fullCalcOnLoad="1"/>``; the calcPr's other attributes kept).

    Khatir writes values, never results: a formula of the staff's that counts Khatir's
    tabs (``=COUNTIF(Messages!G:G,"pending")``) keeps the result it had when last saved
    until the program recalculates. Excel does so on load with this flag, and clears it
    when it saves. (LibreOffice does not read it: docs/sheet-schema.md says what to set.)
    """
    data = _utf8(data)
    outline = _Outline(data, "the workbook part")
    found = outline.children("calcPr")
    if found:
        span = found[0]
        if (span.attrs or {}).get("fullCalcOnLoad", "").lower() in ("1", "true"):
            return data
        tag = data[span.start:span.stag_end]
        if re.search(rb"\sfullCalcOnLoad\s*=", tag):
            tag = re.sub(rb"""(\sfullCalcOnLoad\s*=\s*)(["'])[^"']*\2""", rb'\g<1>"1"', tag)
        else:
            tag = _insert_attr(tag, span.qname, 'fullCalcOnLoad="1"')
        return _splice(data, [(span.start, span.stag_end, tag)])
    prefix = _prefix(outline.children("sheets")[0].qname) if outline.children("sheets") else ""
    # calcPr comes after sheets, functionGroups, externalReferences and definedNames
    after = max((s.end for local in ("sheets", "functionGroups", "externalReferences", "definedNames")
                 for s in outline.children(local)), default=None)
    if after is None:
        return data
    return _splice(data, [(after, after, f'<{_tag(prefix, "calcPr")} fullCalcOnLoad="1"/>'.encode())])


FILTER_NAME = "_xlnm._FilterDatabase"


def set_filter_names(data: bytes, filters: dict[int, tuple[str, str]]) -> bytes:
    """The workbook part with the hidden name Excel gives a tab's filter
    (``_xlnm._FilterDatabase``, scoped to the tab) covering each filter in ``filters``
    (the tab's position in ``<sheets>``, what ``localSheetId`` counts -> (title, range)).

    LibreOffice shows a filter only with this name, and drops the filter when it saves
    the file without it. A name that is there already gets the new range (its own way
    of writing the tab's title kept); a missing one is added; every other name is kept
    byte for byte.
    """
    if not filters:
        return data
    data = _utf8(data)
    outline = _Outline(data, "the workbook part", depth=2)
    edits: list[tuple[int, int, bytes]] = []
    done: set[int] = set()
    for span in outline.children("definedName", depth=2):
        attrs = span.attrs or {}
        if attrs.get("name", "").casefold() != FILTER_NAME.casefold():
            continue
        try:
            local = int(attrs.get("localSheetId", ""))
        except ValueError:
            continue
        if local not in filters or local in done:
            continue
        done.add(local)
        title, ref = filters[local]
        value = filter_name_value(title, ref)
        if value is None or span.empty:
            continue
        old = data[span.stag_end:span.inner_end].decode("utf-8")
        sheet, bang, old_range = old.rpartition("!")
        new_range = value.rpartition("!")[2]
        if bang and unescape(_unquote_title(unescape(sheet).strip())) == title:
            if old_range == new_range:
                continue
            text = sheet + bang + new_range  # the title as the file wrote it
        else:
            text = escape_text(value)
        edits.append((span.stag_end, span.inner_end, text.encode("utf-8")))
    prefix = _prefix(outline.children("sheets")[0].qname) if outline.children("sheets") else ""
    text = ""
    for local, (title, ref) in sorted(filters.items()):
        value = filter_name_value(title, ref)
        if local in done or local < 0 or value is None:
            continue
        text += _hidden_name(prefix, FILTER_NAME, local, escape_text(value))
    if text:
        edits.append(_add_names(data, outline, prefix, text))
    return _splice(data, sorted(edits)) if edits else data


def _hidden_name(prefix: str, name: str, local: int, xml_value: str) -> str:
    """A hidden workbook name scoped to one tab (``localSheetId``), its value already escaped."""
    tag = _tag(prefix, "definedName")
    return f'<{tag} name="{name}" localSheetId="{local}" hidden="1">{xml_value}</{tag}>'


def _add_names(data: bytes, outline: _Outline, prefix: str, text: str) -> tuple[int, int, bytes]:
    """The edit that adds ``text`` (definedName elements) to the workbook's names."""
    names = outline.children("definedNames")
    if names and not names[0].empty:
        return (names[0].inner_end, names[0].inner_end, text.encode())
    if names:
        return (names[0].start, names[0].end,
                _open_tag(data, names[0]) + text.encode() + f"</{names[0].qname}>".encode())
    # definedNames comes after sheets, functionGroups and externalReferences
    after = max(s.end for local in ("sheets", "functionGroups", "externalReferences")
                for s in outline.children(local))
    wrapped = f'<{_tag(prefix, "definedNames")}>{text}</{_tag(prefix, "definedNames")}>'
    return (after, after, wrapped.encode())


STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"


def _new_styles_part(book: BookMap, names: dict[str, str], edits: Sequence[SheetEdit],
                     changed: dict[str, bytes]) -> tuple[str, str] | None:
    """A styles part for a workbook written without one (many POS and .NET exports): the
    part is optional, so adding one changes no staff cell, and without it Khatir's tabs
    would have no look at all (a message in Messages unwrapped, one line high). Only when an
    edit asks for a look. Returns (relationship id, part name), the part put in
    ``changed`` and in ``book.rels``; None when the workbook has a styles part or none is
    needed."""
    from .base import Link
    if any(t.endswith("/styles") for t, _ in book.rels.values()):
        return None
    if not any(e.layout is not None or e.bold_first_row or e.highlight
               or any(isinstance(v, Link) for r in e.rows for v in r) for e in edits):
        return None
    folder = posixpath.dirname(book.workbook_part)
    part, n = posixpath.join(folder, "styles.xml"), 1
    while part.lower() in names:
        n += 1
        part = posixpath.join(folder, f"styles{n}.xml")
    rid, n = "rIdKhatirStyles", 1
    while rid in book.rels:
        n += 1
        rid = f"rIdKhatirStyles{n}"
    sheet_type = next((t for t, _ in book.rels.values() if t.endswith(WORKSHEET_REL)),
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet")
    book.rels[rid] = (sheet_type[: -len(WORKSHEET_REL)] + "/styles", part)
    names[part.lower()] = part
    changed[part] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{book.main_ns}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '<dxfs count="0"/><tableStyles count="0"/></styleSheet>').encode()
    return rid, part


def _update_rels(data: bytes, new_sheets, drop_ids: set[str], book: BookMap,
                 new_styles: tuple[str, str] | None = None) -> bytes:
    data = _utf8(data)
    outline = _Outline(data, "the workbook relationships")
    _, root = outline.root
    prefix = _prefix(root.qname)
    edits = []
    for span in outline.children("Relationship"):
        if span.attrs.get("Id") in drop_ids:
            edits.append((span.start, span.end, b""))
    sheet_type = next((t for t, _ in book.rels.values() if t.endswith(WORKSHEET_REL)),
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet")
    text = "".join(f'<{_tag(prefix, "Relationship")} Id="{rid}" Type="{sheet_type}" '
                   f'Target="/{escape_attr(part)}"/>' for _, part, rid, _ in new_sheets).encode()
    if new_styles is not None:
        rid, part = new_styles
        text += (f'<{_tag(prefix, "Relationship")} Id="{rid}" Type="{escape_attr(book.rels[rid][0])}" '
                 f'Target="/{escape_attr(part)}"/>').encode()
    if text:
        if root.empty:
            edits.append((root.start, root.end, _open_tag(data, root) + text
                          + f"</{root.qname}>".encode()))
        else:
            edits.append((root.inner_end, root.inner_end, text))
    return _splice(data, edits)


def _update_content_types(data: bytes, new_parts: list[str], dropped: set[str],
                          styles_part: str | None = None) -> bytes:
    data = _utf8(data)
    outline = _Outline(data, "[Content_Types].xml")
    _, root = outline.root
    prefix = _prefix(root.qname)
    edits = []
    gone = {"/" + p.lower() for p in dropped}
    for span in outline.children("Override"):
        if unquote(span.attrs.get("PartName", "")).lower() in gone:
            edits.append((span.start, span.end, b""))
    text = "".join(f'<{_tag(prefix, "Override")} PartName="/{escape_attr(p)}" '
                   f'ContentType="{WORKSHEET_CT}"/>' for p in new_parts).encode()
    if styles_part is not None:
        text += (f'<{_tag(prefix, "Override")} PartName="/{escape_attr(styles_part)}" '
                 f'ContentType="{STYLES_CT}"/>').encode()
    if text:
        if root.empty:
            edits.append((root.start, root.end, _open_tag(data, root) + text
                          + f"</{root.qname}>".encode()))
        else:
            edits.append((root.inner_end, root.inner_end, text))
    return _splice(data, edits)


def _copy(zin: zipfile.ZipFile, dst, changed: dict[str, bytes], dropped: set[str],
          added: list[str]) -> None:
    """Write every entry of ``zin`` to ``dst`` in order: changed ones replaced, the rest as is."""
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in dropped:
                continue
            out = zipfile.ZipInfo(info.filename, info.date_time)
            out.compress_type = info.compress_type if info.compress_type in (
                zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) else zipfile.ZIP_DEFLATED
            out.external_attr = info.external_attr
            out.comment = info.comment
            data = changed[info.filename] if info.filename in changed else zin.read(info)
            zout.writestr(out, data)
        for name in added:
            out = zipfile.ZipInfo(name, _now())
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o600 << 16
            zout.writestr(out, changed[name])


def _now() -> tuple[int, int, int, int, int, int]:
    return datetime.now().timetuple()[:6]
