"""Workbooks as programs other than Excel and LibreOffice write them (a POS export through
the OpenXML SDK, a Go, Java or JavaScript library), part by part, for the file-level tests.

``sdk_workbook`` writes the shape of an OpenXML SDK export: every element with the ``x:``
prefix, text as inline strings, no styles part, dates as text. A cell may be given as
``Raw(attributes, inner XML)`` to hold exactly what such a writer puts there: an error
value Khatir has no name for (``#SPILL!``), a formula saved without its result, a
shared-text index past the end of the table. ``targets`` names where a tab's part sits,
as the workbook's relationships give it (``../xl/worksheets/sheet4.xml``); ``extra`` adds
or replaces whole parts (a threaded comment, a styles part).
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


@dataclass(frozen=True)
class Raw:
    """A cell written verbatim: ``<x:c r="..." {attrs}>{inner}</x:c>``."""
    attrs: str
    inner: str


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def letter(index: int) -> str:
    """Column letter of a 0-based index (fewer than 26 columns here)."""
    return chr(65 + index)


def _cell(ref: str, value: object) -> str:
    if isinstance(value, Raw):
        return f'<x:c r="{ref}" {value.attrs}>{value.inner}</x:c>'
    if isinstance(value, date):
        value = value.isoformat()  # these writers give dates as text
    if isinstance(value, bool):
        return f'<x:c r="{ref}" t="b"><x:v>{int(value)}</x:v></x:c>'
    if isinstance(value, (int, float)):
        return f'<x:c r="{ref}"><x:v>{value}</x:v></x:c>'
    return f'<x:c r="{ref}" t="inlineStr"><x:is><x:t>{esc(str(value))}</x:t></x:is></x:c>'


def sheet_xml(rows: list[list[object]], tail: str = "", head: str = "") -> str:
    body = "".join(
        f'<x:row r="{r}">' + "".join(_cell(f"{letter(c)}{r}", v) for c, v in enumerate(row)
                                     if v not in (None, "")) + "</x:row>"
        for r, row in enumerate(rows, start=1))
    return (f'<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="{MAIN}" xmlns:r="{REL}">'
            f'{head}<x:sheetData>{body}</x:sheetData>{tail}</x:worksheet>')


def sdk_workbook(path: Path, tabs: dict[str, list[list[object]]], *,
                 targets: dict[str, str] | None = None, strings: list[str] | None = None,
                 tails: dict[str, str] | None = None, sheet_rels: dict[str, str] | None = None,
                 extra: dict[str, str | bytes] | None = None,
                 content_types: str = "", heads: dict[str, str] | None = None,
                 styles: str | None = None) -> Path:
    """The tabs as an OpenXML SDK export writes them (see the module's docstring).

    ``strings``: a shared-strings part with these texts (for ``Raw('t="s"', ...)`` cells);
    ``heads``/``tails``: XML before/after a tab's sheetData (``<x:cols>``, a protection);
    ``styles``: a styles part (the ``<x:styleSheet>`` element's children); ``sheet_rels``: a tab's own relationships
    (its part's ``_rels`` file); ``content_types``: more ``<Override>``/``<Default>``."""
    targets = targets or {}
    parts: dict[str, str | bytes] = {}
    rels, sheets, overrides = [], [], []
    for i, (title, rows) in enumerate(tabs.items(), start=1):
        target = targets.get(title, f"worksheets/sheet{i}.xml")
        part = _resolve("xl", target)
        parts[part] = sheet_xml(rows, (tails or {}).get(title, ""), (heads or {}).get(title, ""))
        if title in (sheet_rels or {}):
            folder, name = part.rsplit("/", 1)
            parts[f"{folder}/_rels/{name}.rels"] = (
                f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{PKG}">'
                f'{(sheet_rels or {})[title]}</Relationships>')
        rels.append(f'<Relationship Type="{REL}/worksheet" Target="{esc(target)}" Id="R{i}"/>')
        sheets.append(f'<x:sheet name="{esc(title)}" sheetId="{i}" r:id="R{i}"/>')
        overrides.append(f'<Override PartName="/{part}" ContentType="{SHEET_CT}"/>')
    if strings is not None:
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="{MAIN}" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">' + "".join(f"<x:si><x:t>{esc(t)}</x:t></x:si>" for t in strings)
            + "</x:sst>")
        rels.append(f'<Relationship Type="{REL}/sharedStrings" Target="sharedStrings.xml" Id="Rs"/>')
        overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                         'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    if styles is not None:
        parts["xl/styles.xml"] = (f'<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="{MAIN}">'
                                  f"{styles}</x:styleSheet>")
        rels.append(f'<Relationship Type="{REL}/styles" Target="styles.xml" Id="Rst"/>')
        overrides.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.'
                         'openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="{MAIN}" xmlns:r="{REL}">'
        f'<x:sheets>{"".join(sheets)}</x:sheets></x:workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{PKG}">{"".join(rels)}'
        f'</Relationships>')
    parts["_rels/.rels"] = (
        f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{PKG}"><Relationship '
        f'Type="{REL}/officeDocument" Target="/xl/workbook.xml" Id="R0"/></Relationships>')
    parts["[Content_Types].xml"] = (
        f'<?xml version="1.0" encoding="utf-8"?><Types xmlns="{CT}">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>' + "".join(overrides) + content_types + "</Types>")
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _resolve(folder: str, target: str) -> str:
    """Where a relationship target points, from ``folder``: how the writer meant it."""
    import posixpath
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


THREADED_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
BOILERPLATE = ("[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; "
               "however, any edits to it will get removed if the file is opened in a newer version of "
               "Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ")


def add_thread(path: Path, title: str, ref: str, thread: list[tuple[str, str]]) -> None:
    """A comment made with Excel 365's Review > New Comment on ``ref`` of the tab ``title``:
    the thread ((person, words), first the comment, then the replies) in a threaded comments
    part, the people in a persons part, and the legacy copy Excel writes for older readers
    (its note on threaded comments, then "Comment:" and the words, "Reply:" before each
    answer)."""
    import posixpath
    import re
    from khatir.backends.xlsx_patch import read_book
    parts = entries(path)
    with zipfile.ZipFile(path) as zf:
        part = next(s.part for s in read_book(zf).sheets if s.title == title)
    ids = {who: f"{{AAAAAAAA-0000-4000-8000-00000000000{i}}}" for i, who in enumerate(dict.fromkeys(
        w for w, _ in thread), start=1)}
    first = "{7E5A1B2C-0000-4000-8000-000000000001}"
    items = "".join(
        f'<threadedComment ref="{ref}" dT="2026-11-25T10:0{i}:00.00" personId="{ids[who]}" '
        f'id="{{7E5A1B2C-0000-4000-8000-00000000000{i + 1}}}"'
        + (f' parentId="{first}"' if i else "") + f"><text>{esc(text)}</text></threadedComment>"
        for i, (who, text) in enumerate(thread))
    legacy = BOILERPLATE + esc(thread[0][1]) + "".join(f"\nReply:\n    {esc(t)}" for _, t in thread[1:])
    parts["xl/threadedComments/threadedComment9.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments '
        f'xmlns="{THREADED_NS}" xmlns:x="{MAIN}">{items}</ThreadedComments>').encode()
    parts["xl/persons/person.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="{THREADED_NS}" '
        f'xmlns:x="{MAIN}">' + "".join(f'<person displayName="{esc(w)}" id="{i}" userId="{esc(w)}@shop" '
                                       f'providerId="None"/>' for w, i in ids.items()) + "</personList>").encode()
    parts["xl/comments9.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="{MAIN}"><authors>'
        f'<author>tc={first}</author></authors><commentList><comment ref="{ref}" authorId="0" '
        f'shapeId="0"><text><t>{legacy}</t></text></comment></commentList></comments>').encode()
    folder, name = posixpath.split(part)
    rels_name = f"{folder}/_rels/{name}.rels"
    rels = parts.get(rels_name, f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                                f'</Relationships>'.encode()).decode()
    rels = rels.replace("</Relationships>",
                        f'<Relationship Id="rIdC9" Type="{REL}/comments" Target="../comments9.xml"/>'
                        f'<Relationship Id="rIdT9" Type="http://schemas.microsoft.com/office/2017/10/'
                        f'relationships/threadedComment" Target="../threadedComments/threadedComment9.xml"/>'
                        "</Relationships>")
    parts[rels_name] = rels.encode()
    book_rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = re.sub(
        "</Relationships>", '<Relationship Id="rIdP9" Type="http://schemas.microsoft.com/office/2017/10/'
        'relationships/person" Target="persons/person.xml"/></Relationships>', book_rels).encode()
    types = parts["[Content_Types].xml"].decode().replace("</Types>", (
        '<Override PartName="/xl/comments9.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/threadedComments/'
        'threadedComment9.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>'
        "</Types>"))
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name_, data in parts.items():
            zf.writestr(name_, data)


STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def make_strict(path: Path) -> Path:
    """The workbook as Strict Open XML (Excel's "Strict Open XML Spreadsheet"): the same
    parts in the purl.oclc.org namespaces, and ``conformance="strict"`` on the workbook."""
    parts = {n: d.replace(MAIN.encode(), STRICT_MAIN.encode()).replace(REL.encode(), STRICT_REL.encode())
             for n, d in entries(path).items()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b"<x:workbook ", b'<x:workbook conformance="strict" ', 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path
