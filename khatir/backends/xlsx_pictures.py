"""Pictures staff put on the rows of a tab Khatir rewrites.

A picture in an .xlsx file is not in a cell: it is an anchor in the sheet's drawing part
(``xl/drawings/drawingN.xml``, named by the worksheet's ``<drawing r:id=...>``) that sits
over a cell, ``<xdr:from><xdr:col>11</xdr:col>...<xdr:row>4</xdr:row>``. When Khatir
rewrites Follow-ups in a new order, the words of a row go with their item, but a picture
(a photo of a receipt beside a customer's row) stays over its cell, now another customer's.

Moving it with its item would mean rewriting the staff's drawing; a picture is rare there
and a wrong move worse than none. So the reader only notes where each picture sits
(``read_pictures``), and the daily job says in Problems which row it was beside
(khatir.sheet.carry.pictures_beside). The drawing itself is never changed.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Callable

from .xlsx_chart import _ANCHOR, _relationships, _target
from .xlsx_xml import rels_part

#: (row 1-based, column 0-based) of each picture's top-left cell
Pictures = list[tuple[int, int]]

_DRAWING = re.compile(rb"""<(?:[\w.-]+:)?drawing\s[^>]*?(?:[\w.-]+:)?id\s*=\s*["']([^"']+)["']""")
_PICTURE = re.compile(rb"<(?:[\w.-]+:)?pic\b")
_FROM = re.compile(rb"<((?:[\w.-]+:)?)from\b[^>]*>(.*?)</\1from>", re.S)
_AT = re.compile(rb"<(?:[\w.-]+:)?(col|row)>\s*([0-9]+)\s*<")


def read_pictures(read: Callable[[str], bytes | None], part: str, xml: bytes) -> Pictures:
    """Where the pictures anchored to cells on the worksheet ``part`` (its bytes ``xml``) sit,
    its other parts read with ``read``; none when a part is missing or unreadable (a picture
    only ever adds a Problems row, so the run never stops for one)."""
    found = _DRAWING.search(xml)
    if found is None:
        return []
    try:
        rels = _relationships(read(rels_part(part)))
    except ET.ParseError:  # a damaged rels part: no word about pictures
        return []
    rid = found.group(1).decode("utf-8", "replace")
    target = next((r.get("Target", "") for r in rels if r.get("Id") == rid), "")
    drawing = read(_target(part, target)) if target else None
    return _anchors(drawing) if drawing else []


def _anchors(drawing: bytes) -> Pictures:
    """The top-left cells of the drawing's pictures anchored to a cell (an absolute anchor
    sits on no cell, and a chart is not a picture)."""
    out: Pictures = []
    for anchor in _ANCHOR.finditer(drawing):
        if anchor.group(2) == b"absoluteAnchor" or not _PICTURE.search(anchor.group(0)):
            continue
        start = _FROM.search(anchor.group(0))
        at = {m.group(1).decode(): int(m.group(2)) for m in _AT.finditer(start.group(2))} if start else {}
        if "row" in at and "col" in at:
            out.append((at["row"] + 1, at["col"]))
    return sorted(out)
