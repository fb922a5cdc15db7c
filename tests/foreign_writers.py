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


def sheet_xml(rows: list[list[object]], tail: str = "") -> str:
    body = "".join(
        f'<x:row r="{r}">' + "".join(_cell(f"{letter(c)}{r}", v) for c, v in enumerate(row)
                                     if v not in (None, "")) + "</x:row>"
        for r, row in enumerate(rows, start=1))
    return (f'<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="{MAIN}" xmlns:r="{REL}">'
            f'<x:sheetData>{body}</x:sheetData>{tail}</x:worksheet>')


def sdk_workbook(path: Path, tabs: dict[str, list[list[object]]], *,
                 targets: dict[str, str] | None = None, strings: list[str] | None = None,
                 tails: dict[str, str] | None = None, sheet_rels: dict[str, str] | None = None,
                 extra: dict[str, str | bytes] | None = None,
                 content_types: str = "") -> Path:
    """The tabs as an OpenXML SDK export writes them (see the module's docstring).

    ``strings``: a shared-strings part with these texts (for ``Raw('t="s"', ...)`` cells);
    ``tails``: XML after a tab's sheetData; ``sheet_rels``: a tab's own relationships
    (its part's ``_rels`` file); ``content_types``: more ``<Override>``/``<Default>``."""
    targets = targets or {}
    parts: dict[str, str | bytes] = {}
    rels, sheets, overrides = [], [], []
    for i, (title, rows) in enumerate(tabs.items(), start=1):
        target = targets.get(title, f"worksheets/sheet{i}.xml")
        part = _resolve("xl", target)
        parts[part] = sheet_xml(rows, (tails or {}).get(title, ""))
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
