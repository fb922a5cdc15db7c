"""Cell hyperlinks staff put on the rows of a tab Khatir rewrites.

A hyperlink in an .xlsx file is not in its cell: it is a ``<hyperlink ref="L4" r:id="rId3"/>``
(or ``location="'Call Notes'!A5"`` for a place in the workbook) after the sheet's data, whose
address is a relationship in the worksheet's ``_rels`` part. Like a comment, it is tied to a
cell, not to what the cell holds: when Khatir rewrites Follow-ups or Problems in a new order,
the words of a Notes cell go with their item to its new row, while a link left on the tab
would stay on the old cell, now another customer's row, and its address would be lost to the
note it belonged to.

So the reader notes every linked cell of every worksheet (``sheet_links``, from the sheet
part when it has any hyperlink), the daily job puts each address on a rewritten tab into the
Notes of its item's new row ("Link: https://..."), or into Problems when the item is gone
(khatir.sheet.carry), and the write takes exactly those links off the tab (``drop_links``).
A link added after the read, or changed since, stays where it is; links on the header row
stay too, since the header does not move.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Callable, Collection

from .xlsx_comments import split_ref
from .xlsx_xml import DOC_REL_NS, PKG_REL_NS, _Outline, _splice, _utf8, rels_part, unescape

#: (row 1-based, column 0-based) -> the link's address
Links = dict[tuple[int, int], str]

_HYPERLINK = re.compile(rb"<(?:[\w.-]+:)?hyperlink\b([^>]*?)/?>")
_ATTR = re.compile(rb"""([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
MARK = re.compile(rb"<(?:[\w.-]+:)?hyperlink\b")  # the sheet has a link at all


def _addresses(rels: bytes | None) -> dict[str, str]:
    """Relationship id -> target, from a worksheet's ``_rels`` part."""
    if not rels:
        return {}
    try:
        root = ET.fromstring(rels)
    except ET.ParseError:
        return {}
    return {rel.get("Id", ""): rel.get("Target", "")
            for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship")}


def _target(attrs: dict[str, str], addresses: dict[str, str]) -> str:
    """A hyperlink's address: its relationship's target, and the place in it (``#A5``),
    or the place in the workbook alone."""
    rid = next((v for k, v in attrs.items() if k == "id" or k.endswith(":id")), "")
    where = attrs.get("location", "")
    url = addresses.get(rid, "") if rid else ""
    return f"{url}#{where}" if url and where else url or where


def _attrs(raw: bytes) -> dict[str, str]:
    return {m.group(1).decode(): unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(raw)}


def sheet_links(xml: bytes, rels: bytes | None) -> Links:
    """Every linked cell of a worksheet part (a range's link, on its top-left cell)."""
    addresses = _addresses(rels)
    out: Links = {}
    for m in _HYPERLINK.finditer(xml):
        attrs = _attrs(m.group(1))
        where = split_ref(attrs.get("ref", "").partition(":")[0])
        target = _target(attrs, addresses)
        if where is not None and target:
            out.setdefault(where, target)
    return out


def read_links(read: Callable[[str], bytes | None], part: str, xml: bytes) -> Links:
    """``sheet_links`` of the worksheet ``part`` (its bytes ``xml``), its relationships read
    with ``read``."""
    if not MARK.search(xml):
        return {}
    return sheet_links(xml, read(rels_part(part)))


def drop_links(xml: bytes, rels: bytes | None, taken: Collection[tuple[int, int, str]],
               what: str = "the tab") -> bytes:
    """The worksheet part without the hyperlinks in ``taken`` ((row 1-based, column 0-based,
    address) as read); one whose cell or address changed since is kept. A ``<hyperlinks>``
    left with no link is removed (the schema wants at least one). Their relationships stay in
    the ``_rels`` part: a relationship nothing names is allowed, and other parts may share it."""
    if not taken or not MARK.search(xml):
        return xml
    xml = _utf8(xml)
    addresses = _addresses(rels)
    wanted = {(r, c, t) for r, c, t in taken}
    outline = _Outline(xml, what, depth=2)
    edits = []
    for block in outline.children("hyperlinks"):
        links = [s for d, n, s in outline.elements
                 if d == 2 and n.rpartition(" ")[2] == "hyperlink" and block.start < s.start < block.end]
        gone = [s for s in links if _taken(s.attrs or {}, addresses, wanted)]
        if gone and len(gone) == len(links):
            edits.append((block.start, block.end, b""))
        else:
            edits.extend((s.start, s.end, b"") for s in gone)
    return _splice(xml, edits) if edits else xml


def _taken(attrs: dict[str, str], addresses: dict[str, str],
           wanted: set[tuple[int, int, str]]) -> bool:
    """Whether a ``<hyperlink>`` (its attributes as expat gives them, the relationship id under
    its namespace) is one of ``wanted``."""
    plain = {k.rpartition(" ")[2] if k.startswith(DOC_REL_NS) else k: v for k, v in attrs.items()}
    where = split_ref(plain.get("ref", "").partition(":")[0])
    return where is not None and (*where, _target(plain, addresses)) in wanted

