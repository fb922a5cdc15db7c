"""Cell comments (notes) staff put on the rows of a tab Khatir rewrites.

A comment in an .xlsx file is not in the worksheet: it is a ``<comment ref="L4">``
in the comments part the worksheet's relationships name, drawn by a shape in a
VML part (``<x:Row>3</x:Row><x:Column>11</x:Column>``, 0-based), and, for Excel's
threaded comments, a ``<threadedComment ref="L4">`` in a third part. All of them
are tied to a cell, not to what the cell holds: when Khatir rewrites Follow-ups
or Problems in a new order, a comment left there would end up on another
customer's row.

So the daily job reads the comments of its rewritten tabs (``read_comments``),
puts each one's words into the Notes of its item's new row ("Comment: ..."), or
into Problems when the item is gone (khatir.sheet.carry), and the write takes
exactly those comments off the tab (``drop_comments``). A comment that appeared
after the read (someone typed it while the run was working) is left where it is;
comments on the header row stay, since the header does not move.
"""
from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from typing import Callable, Collection

from .xlsx_xml import PKG_REL_NS, _Outline, _splice, _utf8, column_index, rels_part

COMMENTS_REL = "/comments"
VML_REL = "/vmlDrawing"
THREADED_REL = "/threadedComment"

#: title -> {(row 1-based, column 0-based): text}
Comments = dict[str, dict[tuple[int, int], str]]

_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")
_SHAPE = re.compile(rb"<v:shape\b.*?</v:shape>", re.S)
_ROW = re.compile(rb"<x:Row>\s*(\d+)\s*</x:Row>")
_COL = re.compile(rb"<x:Column>\s*(\d+)\s*</x:Column>")
_NOTE = re.compile(rb"ObjectType\s*=\s*[\"']Note[\"']")


def split_ref(ref: str) -> tuple[int, int] | None:
    """(row 1-based, column 0-based) of an A1 reference."""
    m = _REF.match(ref.strip())
    if not m:
        return None
    return int(m.group(2)), column_index(m.group(1).upper()) - 1


def _targets(read: Callable[[str], bytes | None], part: str) -> dict[str, list[str]]:
    """The worksheet's related parts by kind ("comments", "vml", "threaded")."""
    data = read(rels_part(part))
    out: dict[str, list[str]] = {"comments": [], "vml": [], "threaded": []}
    if not data:
        return out
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return out
    for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        kind = rel.get("Type", "")
        target = rel.get("Target", "")
        path = (target.lstrip("/") if target.startswith("/")
                else posixpath.normpath(posixpath.join(posixpath.dirname(part), target)))
        if kind.endswith(COMMENTS_REL):
            out["comments"].append(path)
        elif kind.endswith(VML_REL):
            out["vml"].append(path)
        elif kind.endswith(THREADED_REL):
            out["threaded"].append(path)
    return out


def comment_texts(data: bytes) -> list[tuple[str, str]]:
    """(ref, text) of every comment in a comments part, in order."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return []
    out = []
    for el in root.iter():
        if el.tag.rpartition("}")[2] != "comment":
            continue
        texts = [t.text or "" for t in el.iter() if t.tag.rpartition("}")[2] == "t"]
        text = " ".join("".join(texts).split())
        if text:
            out.append((el.get("ref", ""), text))
    return out


#: What Excel 365 writes into the legacy copy of a threaded comment, for older readers,
#: before the thread's words ("Comment:", then "Reply:" before each answer).
_BOILERPLATE = "[Threaded comment]"


def _plain(text: str) -> str:
    """A legacy comment's words without Excel's note on threaded comments."""
    if text.startswith(_BOILERPLATE) and "Comment:" in text:
        return text.split("Comment:", 1)[1].strip()
    return text


def _persons(read: Callable[[str], bytes | None], names: Collection[str]) -> dict[str, str]:
    """Person id -> display name, from Excel's persons part(s) (``xl/persons/person.xml``)."""
    out: dict[str, str] = {}
    for name in names:
        if "/persons/" not in name.lower() or not name.lower().endswith(".xml"):
            continue
        data = read(name)
        try:
            root = ET.fromstring(data) if data else None
        except ET.ParseError:
            continue
        for el in root.iter() if root is not None else ():
            if el.tag.rpartition("}")[2] == "person" and el.get("id"):
                out[el.get("id", "")] = " ".join((el.get("displayName") or "").split())
    return out


def threaded_texts(data: bytes, persons: dict[str, str]) -> dict[tuple[int, int], str]:
    """The words of every thread in a threaded comments part, by cell: each comment and
    reply in order, after its writer's name ("Rina: ... Tuhin: ...")."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return {}
    out: dict[tuple[int, int], list[str]] = {}
    for el in root.iter():
        if el.tag.rpartition("}")[2] != "threadedComment":
            continue
        where = split_ref(el.get("ref", ""))
        body = next((t for t in el if t.tag.rpartition("}")[2] == "text"), None)
        text = " ".join("".join(body.itertext()).split()) if body is not None else ""
        if where is None or not text:
            continue
        who = persons.get(el.get("personId", ""), "")
        out.setdefault(where, []).append(f"{who}: {text}" if who else text)
    return {where: " ".join(texts) for where, texts in out.items()}


def _cell_texts(read: Callable[[str], bytes | None], targets: dict[str, list[str]],
                names: Collection[str]) -> dict[tuple[int, int], str]:
    """Each commented cell's words, as the run carries them (and later finds them again to
    take them off): a thread's own words where Excel wrote a threaded comment, else the
    comment's, several on one cell joined."""
    found: dict[tuple[int, int], str] = {}
    for path in targets["comments"]:
        data = read(path)
        for ref, text in comment_texts(data) if data else []:
            where = split_ref(ref)
            text = _plain(text)
            if where is not None and text:
                found[where] = f"{found[where]} {text}" if where in found else text
    if targets["threaded"]:
        persons = _persons(read, names)
        for path in targets["threaded"]:
            data = read(path)
            found.update(threaded_texts(data, persons) if data else {})
    return found


def read_comments(zf: zipfile.ZipFile, sheets: dict[str, str]) -> Comments:
    """The comments on the tabs in ``sheets`` (title -> worksheet part)."""
    names = {n.lower(): n for n in zf.namelist()}

    def read(name: str) -> bytes | None:
        real = names.get(name.lower())
        return zf.read(real) if real else None

    out: Comments = {}
    for title, part in sheets.items():
        found = _cell_texts(read, _targets(read, part), list(names.values()))
        if found:
            out[title] = found
    return out


def drop_comments(read: Callable[[str], bytes | None], part: str,
                  taken: Collection[tuple[int, int, str]],
                  names: Collection[str] = ()) -> dict[str, bytes]:
    """The worksheet's comment parts without the comments in ``taken`` ((row 1-based,
    column 0-based, text) as read): changed part name -> new bytes. Every other
    comment, and every other shape of the drawing, is kept as it was. ``names``: the
    package's part names (to find Excel's persons part, for a thread's words)."""
    if not taken:
        return {}
    targets = _targets(read, part)
    out: dict[str, bytes] = {}
    wanted = {(r, c): t for r, c, t in taken}
    now = _cell_texts(read, targets, names)
    gone = {where for where, text in wanted.items() if now.get(where) == text}
    if not gone:
        return {}
    for path in targets["comments"]:
        data = read(path)
        if not data:
            continue
        data = _utf8(data)
        outline = _Outline(data, f"the comments part {path}", depth=2)
        edits = []
        for span in outline.children("comment", depth=2):
            where = split_ref((span.attrs or {}).get("ref", ""))
            if where is not None and where in gone:
                edits.append((span.start, span.end, b""))
        if edits:
            out[path] = _splice(data, edits)
    for path in targets["vml"]:
        data = read(path)
        if not data:
            continue
        cut = []
        for m in _SHAPE.finditer(data):
            shape = m.group(0)
            row, col = _ROW.search(shape), _COL.search(shape)
            if _NOTE.search(shape) and row and col and (int(row.group(1)) + 1, int(col.group(1))) in gone:
                cut.append((m.start(), m.end(), b""))
        if cut:
            out[path] = _splice(data, cut)
    for path in targets["threaded"]:
        data = read(path)
        if not data:
            continue
        data = _utf8(data)
        outline = _Outline(data, f"the threaded comments part {path}")
        cut = [(s.start, s.end, b"") for s in outline.children("threadedComment")
               if (w := split_ref((s.attrs or {}).get("ref", ""))) is not None and w in gone]
        if cut:
            out[path] = _splice(data, cut)
    return out
