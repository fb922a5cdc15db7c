"""Find elements in an XML part by byte offset, and splice changes into the original bytes.

Expat (the stdlib XML parser) reports the byte offset of every tag, so a change
is made on the bytes as written: namespace prefixes, ``mc:Ignorable``
declarations and everything else stay as they were. Shared by the .xlsx
patcher's modules (worksheets, tables, styles, set-up additions).
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Iterable
from xml.parsers import expat

from ..sheet.tables import column_letter  # one for all of Khatir (1 -> A); re-exported

# -- names --------------------------------------------------------------------
def rels_part(part: str) -> str:
    """The zip entry holding a part's relationships ("xl/_rels/workbook.xml.rels")."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")  # transitional, strict
DOC_REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              "http://purl.oclc.org/ooxml/officeDocument/relationships")
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
WORKSHEET_REL = "/worksheet"  # relationship types end with this, in either flavour
OFFICE_DOC_REL = "/officeDocument"
CALC_CHAIN_REL = "/calcChain"

# Characters XML 1.0 does not allow (and lone surrogates, which cannot be encoded).
EXCEL_CELL_LIMIT = 32_767
ILLEGAL_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A whole tag from its "<": quoted attribute values may hold ">".
_TAG_RE = re.compile(rb"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_QNAME_RE = re.compile(rb"[^\s/>]+")
_SPANS_RE = re.compile(rb"""\sspans\s*=\s*(?:"[^"]*"|'[^']*')""")
_REF_RE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")

Cell = object

class XlsxError(ValueError):
    """The file is not an .xlsx this module can change; the message is in plain words."""


# -- cells --------------------------------------------------------------------
def column_index(ref: str) -> int:
    """The column number of a cell reference: "A1" -> 1, "AB12" -> 28."""
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            n = n * 26 + ord(ch) - 96
        elif ch != "$":
            break
    return n


def escape_text(text: str) -> str:
    """Escape element text (a carriage return is kept as a character reference)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def escape_attr(text: str) -> str:
    return (escape_text(text).replace('"', "&quot;").replace("\n", "&#10;")
            .replace("\t", "&#9;"))


_ENTITY = re.compile(r"&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(quot|apos|lt|gt|amp));")
_NAMED = {"quot": '"', "apos": "'", "lt": "<", "gt": ">", "amp": "&"}


def unescape(raw: bytes) -> str:
    """Text or an attribute's value found by a regular expression in a part's bytes, as an XML
    parser would give it: the five named entities and character references resolved, in one
    pass (``&amp;quot;`` is ``&quot;``)."""
    return _ENTITY.sub(lambda m: chr(int(m[1])) if m[1] else chr(int(m[2], 16)) if m[2] else _NAMED[m[3]],
                       raw.decode("utf-8", "replace"))


def _tag(prefix: str, local: str) -> str:
    return f"{prefix}:{local}" if prefix else local


# -- locating elements with expat -------------------------------------------------
def _utf8(data: bytes) -> bytes:
    """Parts may (rarely) be UTF-16; splicing UTF-8 text needs them as UTF-8."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16")
        text = re.sub(r"""^(<\?xml[^>]*encoding\s*=\s*)(["'])[^"']*\2""", r"\1\2UTF-8\2", text)
        return text.encode("utf-8")
    return data


def _tag_end(data: bytes, start: int) -> int:
    m = _TAG_RE.match(data, start)
    if not m:
        raise XlsxError("a tag is not closed")
    return m.end()


def _qname(data: bytes, start: int) -> str:
    m = _QNAME_RE.match(data, start + 1)
    if not m:
        raise XlsxError("a tag has no name")
    return m.group().decode("utf-8")


def _prefix(qname: str) -> str:
    return qname.partition(":")[0] if ":" in qname else ""


@dataclass
class _Span:
    """Where an element is in a part's bytes."""

    start: int
    stag_end: int = 0   # just after its start tag
    end: int = 0        # just after its end tag (== stag_end when it is empty: <x/>)
    inner_end: int = 0  # where its end tag starts (where a last child would go)
    qname: str = ""
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return self.stag_end == self.end


def _close(data: bytes, span: _Span, end_index: int) -> None:
    """Fill in a span when expat reports the element's end at ``end_index``.

    Expat reports the end of ``<x>...</x>`` at its "</", and the end of ``<x/>``
    just after it.
    """
    span.stag_end = _tag_end(data, span.start)
    span.qname = _qname(data, span.start)
    if data[span.stag_end - 2:span.stag_end] == b"/>":
        span.end = span.inner_end = span.stag_end
    else:
        span.inner_end = end_index
        span.end = data.index(b">", end_index) + 1


def _open_tag(data: bytes, span: _Span) -> bytes:
    """The element's start tag, as the start of a non-empty element."""
    tag = data[span.start:span.stag_end]
    if span.empty:
        tag = tag[:-2].rstrip() + b">"
    return tag


def _parser(handlers_owner) -> expat.XMLParserType:
    p = expat.ParserCreate(namespace_separator=" ")
    p.StartElementHandler = handlers_owner.start
    p.EndElementHandler = handlers_owner.end
    return p


def _parse(parser: expat.XMLParserType, data: bytes, what: str) -> None:
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise XlsxError(f"{what} is not well-formed XML ({exc})") from None


class _Outline:
    """The root and its children (to ``depth``) of a small part, with positions."""

    def __init__(self, data: bytes, what: str, depth: int = 1):
        self.data, self.max_depth = data, depth
        self.depth = 0
        self.stack: list[tuple[str, _Span]] = []
        self.elements: list[tuple[int, str, _Span]] = []  # (depth, "ns local", span)
        self.namespaces: list[tuple[str, str]] = []
        self.parser = _parser(self)
        self.parser.StartNamespaceDeclHandler = self._ns
        _parse(self.parser, data, what)
        if not self.elements:
            raise XlsxError(f"{what} is empty")

    def _ns(self, prefix, uri):
        if self.depth == 0:
            self.namespaces.append((prefix or "", uri))

    def start(self, name, attrs):
        if self.depth <= self.max_depth:
            span = _Span(self.parser.CurrentByteIndex, attrs=attrs)
            self.stack.append((name, span))
            self.elements.append((self.depth, name, span))
        self.depth += 1

    def end(self, name):
        self.depth -= 1
        if self.depth <= self.max_depth:
            _, span = self.stack.pop()
            _close(self.data, span, self.parser.CurrentByteIndex)

    @property
    def root(self) -> tuple[str, _Span]:
        return self.elements[0][1], self.elements[0][2]

    def children(self, local: str, depth: int = 1) -> list[_Span]:
        return [s for d, n, s in self.elements if d == depth and n.rpartition(" ")[2] == local]

    def prefix_for(self, uris: Iterable[str]) -> str | None:
        for prefix, uri in self.namespaces:
            if prefix and uri in uris:
                return prefix
        return None


# -- worksheet changes -----------------------------------------------------------
def _splice(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (start, end, replacement) edits; edits at the same point keep their order."""
    out, pos = [], 0
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:
            raise XlsxError("overlapping changes")  # a bug here, not in the file
        out.append(data[pos:start])
        out.append(text)
        pos = end
    out.append(data[pos:])
    return b"".join(out)


def _parse_ref(ref: str) -> tuple[int, int, int, int] | None:
    """"A1:M40" -> (1, 1, 13, 40); "A1" -> (1, 1, 1, 1)."""
    parts = ref.split(":")
    if len(parts) > 2:
        return None
    found = []
    for part in parts:
        m = _REF_RE.match(part.strip())
        if m is None:
            return None
        found.append(m)
    cols = [column_index(m.group(1).upper()) for m in found]
    rows = [int(m.group(2)) for m in found]
    return cols[0], rows[0], cols[-1], rows[-1]


def _range_ref(max_col: int, max_row: int, min_col: int = 1, min_row: int = 1) -> str:
    first = f"{column_letter(min_col)}{min_row}"
    last = f"{column_letter(max_col)}{max_row}"
    return first if first == last else f"{first}:{last}"


def _insert_attr(tag: bytes, qname: str, attr: str) -> bytes:
    at = 1 + len(qname.encode())
    return tag[:at] + b" " + attr.encode() + tag[at:]
