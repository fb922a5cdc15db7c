"""A real chart in an .xlsx workbook, for a script tab (the Results tab's weekly chart).

An Excel chart is three parts: the chart itself (``xl/charts/chartN.xml``, a
DrawingML ``c:chartSpace`` whose series point at the tab's cells), a drawing
that places it on the tab (``xl/drawings/drawingN.xml``), and a ``<drawing>``
element in the worksheet that names the drawing through the worksheet's
relationships. Each has a content type in ``[Content_Types].xml``.

``write_charts`` runs after ``xlsx_patch.patch_xlsx`` has written the tab's
cells: it copies the file entry by entry once more, changing only these parts.
The first time, all the parts are added; afterwards the tab's drawing is found
through its relationships and only the chart part is rewritten (its cached
values are the new figures), so a chart is replaced, never piled up. A tab whose
drawing holds no chart of ours (someone put a picture there) is left alone.

Only the standard library is used; the XML is written as text.
"""
from __future__ import annotations

import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Sequence

from .base import Cell, Chart
from .xlsx_patch import read_book
from .xlsx_xml import PKG_REL_NS, XlsxError, column_letter, escape_attr, escape_text, rels_part

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DRAWING_REL = REL_NS + "/drawing"
CHART_REL = REL_NS + "/chart"
DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml"
CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
COLOURS = ("4472C4", "ED7D31", "70AD47", "FFC000", "5B9BD5")
#: The chart's size: 16 x 9 cm, which a printed page holds either way round (A4 or Letter,
#: portrait or landscape, inside the margins), whatever the widths of the columns under it.
WIDTH_EMU, HEIGHT_EMU = 16 * 360_000, 9 * 360_000

# Worksheet children that must come after <drawing> (ECMA-376 CT_Worksheet order).
_AFTER_DRAWING = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|"
    rb"controls|webPublishItems|tableParts|extLst)[\s/>]")
_ROOT_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?worksheet\s*>")


def _target(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target))


def _relationships(data: bytes | None) -> list[ET.Element]:
    if not data:
        return []
    return list(ET.fromstring(data).iter(f"{{{PKG_REL_NS}}}Relationship"))


def _add_relationship(data: bytes | None, rid: str, rtype: str, target: str) -> bytes:
    rel = f'<Relationship Id="{rid}" Type="{rtype}" Target="{escape_attr(target)}"/>'
    if not data:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{PKG_REL_NS}">{rel}</Relationships>').encode()
    end = data.rfind(b"</")
    if end < 0:  # <Relationships .../>: an empty, self-closed root
        close = data.rfind(b"/>")
        return data[:close] + b">" + rel.encode() + b"</Relationships>" + data[close + 2:]
    return data[:end] + rel.encode() + data[end:]


def _new_id(rels: list[ET.Element]) -> str:
    used = {r.get("Id") for r in rels}
    n = 1
    while f"rId{n}" in used:
        n += 1
    return f"rId{n}"


def _free_name(names: set[str], folder: str, stem: str) -> str:
    n = 1
    while f"{folder}/{stem}{n}.xml".lower() in names:
        n += 1
    return f"{folder}/{stem}{n}.xml"


def _ref(sheet: str, col: int, row1: int, row2: int | None = None) -> str:
    """'Results'!$B$2:$B$13 (0-based col and rows)."""
    quoted = "'" + sheet.replace("'", "''") + "'"
    a = f"${column_letter(col + 1)}${row1 + 1}"
    return f"{quoted}!{a}" if row2 is None else f"{quoted}!{a}:${column_letter(col + 1)}${row2 + 1}"


def _num(value: Cell) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return repr(float(value)) if isinstance(value, float) else str(value)


def _text(value: Cell) -> str:
    return escape_text("" if value is None else str(value))


def chart_xml(sheet: str, chart: Chart, rows: Sequence[Sequence[Cell]]) -> bytes:
    """A clustered column chart of ``chart``'s series, with the current values cached."""
    def cell(r: int, c: int) -> Cell:
        return rows[r][c] if r < len(rows) and c < len(rows[r]) else None

    first, last = chart.header_row + 1, chart.last_row
    points = last - first + 1
    cats = "".join(f'<c:pt idx="{i}"><c:v>{_text(cell(first + i, chart.category_column))}</c:v></c:pt>'
                   for i in range(points))
    series = []
    for n, col in enumerate(chart.series_columns):
        vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i in range(points)
                       if (v := _num(cell(first + i, col))) is not None)
        series.append(
            f'<c:ser><c:idx val="{n}"/><c:order val="{n}"/>'
            f'<c:tx><c:strRef><c:f>{escape_text(_ref(sheet, col, chart.header_row))}</c:f>'
            f'<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{_text(cell(chart.header_row, col))}'
            f'</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{COLOURS[n % len(COLOURS)]}"/></a:solidFill></c:spPr>'
            f'<c:invertIfNegative val="0"/>'
            f'<c:cat><c:strRef><c:f>{escape_text(_ref(sheet, chart.category_column, first, last))}</c:f>'
            f'<c:strCache><c:ptCount val="{points}"/>{cats}</c:strCache></c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>{escape_text(_ref(sheet, col, first, last))}</c:f>'
            f'<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{points}"/>{vals}'
            f'</c:numCache></c:numRef></c:val></c:ser>')
    title = (f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/>'
             f'</a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>{escape_text(chart.title)}</a:t>'
             f'</a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{REL_NS}">'
            f'<c:roundedCorners val="0"/><c:chart>{title}<c:autoTitleDeleted val="0"/><c:plotArea>'
            f'<c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'
            f'<c:varyColors val="0"/>{"".join(series)}<c:gapWidth val="80"/>'
            f'<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>'
            f'<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            f'<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>'
            f'<c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>'
            f'<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>'
            f'<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            f'<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>'
            f'<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>'
            f'<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>'
            f'</c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
            f'<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>').encode()


def anchor_xml(chart: Chart, rid: str) -> str:
    """The chart's place in a drawing: its top-left cell, and a fixed size (namespaces
    declared on it, so it can stand in a drawing written by another program)."""
    col, row = chart.anchor_column, chart.anchor_row
    return (f'<xdr:oneCellAnchor xmlns:xdr="{XDR_NS}" xmlns:a="{A_NS}">'
            f'<xdr:from><xdr:col>{col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row>'
            f'<xdr:rowOff>0</xdr:rowOff></xdr:from>'
            f'<xdr:ext cx="{WIDTH_EMU}" cy="{HEIGHT_EMU}"/>'
            f'<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Khatir chart"/>'
            f'<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
            f'<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
            f'<a:graphic><a:graphicData uri="{C_NS}">'
            f'<c:chart xmlns:c="{C_NS}" xmlns:r="{REL_NS}" r:id="{rid}"/>'
            f'</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>'
            f'</xdr:oneCellAnchor>')


def drawing_xml(chart: Chart, rid: str) -> bytes:
    """The drawing that places the chart at its anchor cell, at a fixed size."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<xdr:wsDr xmlns:xdr="{XDR_NS}" xmlns:a="{A_NS}">{anchor_xml(chart, rid)}</xdr:wsDr>').encode()


_ANCHOR = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b.*?</\1\2>", re.S)


def moved_anchor(drawing: bytes, chart: Chart, rid: str) -> bytes:
    """The drawing with the anchor of the chart related as ``rid`` put where ``chart`` says
    (an earlier version placed it beside the table); every other shape kept as it is."""
    for m in _ANCHOR.finditer(drawing):
        if re.search(rb"chart\b[^>]*\bid\s*=\s*[\"']" + re.escape(rid.encode()) + rb"[\"']", m.group(0)):
            return drawing[:m.start()] + anchor_xml(chart, rid).encode() + drawing[m.end():]
    return drawing


def _with_drawing_element(sheet: bytes, rid: str) -> bytes:
    """The worksheet with ``<drawing r:id=...>`` in its place among the root's children."""
    root = re.search(rb"<([A-Za-z_][\w.-]*:)?worksheet[\s>]", sheet)
    prefix = root.group(1).decode() if root and root.group(1) else ""
    element = f'<{prefix}drawing xmlns:r="{REL_NS}" r:id="{rid}"/>'.encode()
    data_end = max(sheet.rfind(b"</sheetData>"), sheet.rfind(b":sheetData>"), sheet.rfind(b"<sheetData/>"),
                   0)
    after = _AFTER_DRAWING.search(sheet, data_end)
    at = after.start() if after else None
    if at is None:
        end = None
        for end in _ROOT_END.finditer(sheet):
            pass
        if end is None:
            raise XlsxError("a worksheet part has no end")
        at = end.start()
    return sheet[:at] + element + sheet[at:]


def _content_types(data: bytes, parts: list[tuple[str, str]]) -> bytes:
    text = "".join(f'<Override PartName="/{escape_attr(p)}" ContentType="{ct}"/>' for p, ct in parts)
    end = data.rfind(b"</")
    return data[:end] + text.encode() + data[end:]


def write_charts(path: Path, charts: Sequence[tuple[str, Chart, Sequence[Sequence[Cell]]]]) -> None:
    """Give each named tab its chart (added, or its old one rewritten), in the file at ``path``."""
    if not charts:
        return
    with zipfile.ZipFile(path) as zin:
        names = {n.lower(): n for n in zin.namelist()}
        book = read_book(zin)
        changed: dict[str, bytes] = {}
        added: dict[str, bytes] = {}
        new_types: list[tuple[str, str]] = []

        def read(name: str) -> bytes | None:
            if name in added:
                return added[name]
            if name in changed:
                return changed[name]
            real = names.get(name.lower())
            return zin.read(real) if real else None

        for title, chart, rows in charts:
            sheet = book.find(title)
            if sheet is None or sheet.part is None or sheet.kind != "worksheet":
                continue
            sheet_rels_part = rels_part(sheet.part)
            sheet_rels = read(sheet_rels_part)
            rels = _relationships(sheet_rels)
            drawing = next((r for r in rels if r.get("Type", "").endswith("/drawing")), None)
            xml = chart_xml(sheet.title, chart, rows)
            if drawing is not None:
                drawing_part = _target(sheet.part, drawing.get("Target", ""))
                chart_rels = _relationships(read(rels_part(drawing_part)))
                ours = [r for r in chart_rels if r.get("Type", "").endswith("/chart")]
                if ours:
                    chart_part = _target(drawing_part, ours[0].get("Target", ""))
                    (added if chart_part in added else changed)[names.get(chart_part.lower(), chart_part)] = xml
                    old = read(drawing_part)
                    if old is not None:
                        moved = moved_anchor(old, chart, ours[0].get("Id", ""))
                        if moved != old:
                            (added if drawing_part in added else changed)[
                                names.get(drawing_part.lower(), drawing_part)] = moved
                continue
            folder = posixpath.dirname(posixpath.dirname(sheet.part)) or "xl"
            taken = set(names) | {n.lower() for n in added}
            drawing_part = _free_name(taken, f"{folder}/drawings", "drawing")
            taken.add(drawing_part.lower())
            chart_part = _free_name(taken, f"{folder}/charts", "chart")
            rid = _new_id(rels)
            added[drawing_part] = drawing_xml(chart, "rId1")
            added[rels_part(drawing_part)] = _add_relationship(None, "rId1", CHART_REL,
                                                                "../charts/" + posixpath.basename(chart_part))
            added[chart_part] = xml
            new_types += [(drawing_part, DRAWING_CT), (chart_part, CHART_CT)]
            target = "../drawings/" + posixpath.basename(drawing_part)
            rels_bytes = _add_relationship(sheet_rels, rid, DRAWING_REL, target)
            if names.get(sheet_rels_part.lower()):
                changed[names[sheet_rels_part.lower()]] = rels_bytes
            else:
                added[sheet_rels_part] = rels_bytes
            changed[sheet.part] = _with_drawing_element(read(sheet.part) or b"", rid)
        if not changed and not added:
            return
        if new_types:
            ct = names.get("[content_types].xml")
            if ct is None:
                raise XlsxError("it has no [Content_Types].xml")
            changed[ct] = _content_types(zin.read(ct), new_types)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = changed[info.filename] if info.filename in changed else zin.read(info)
                zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
            for name, data in added.items():
                zout.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data,
                              compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(out.getvalue())
