"""Cell hyperlinks on a tab Khatir rewrites (khatir.backends.xlsx_links), on the parts as
Excel and LibreOffice write them: only the links whose address was carried leave the tab."""
from __future__ import annotations

from khatir.backends.xlsx_links import drop_links, sheet_links

RELS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/hyperlink" Target="https://shop.example/o?id=1&amp;x=2" '
        b'TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/hyperlink" Target="mailto:rina@example.com" '
        b'TargetMode="External"/></Relationships>')


def sheet(links: str, prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    ns = f"xmlns{':' + prefix if prefix else ''}"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}worksheet {ns}="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships"><{p}sheetData><{p}row r="1"><{p}c r="A1" t="inlineStr"><{p}is><{p}t>#</{p}t>'
            f'</{p}is></{p}c></{p}row></{p}sheetData>{links}<{p}pageMargins left="0.7" right="0.7" top="0.75" '
            f'bottom="0.75" header="0.3" footer="0.3"/></{p}worksheet>').encode()


LINKS = ('<hyperlinks><hyperlink ref="L1" r:id="rId2"/><hyperlink ref="L4:M4" r:id="rId1"/>'
         '<hyperlink ref="I5" location="\'Call Notes\'!A2" display="note"/></hyperlinks>')


def test_links_are_read_with_their_addresses():
    assert sheet_links(sheet(LINKS), RELS) == {
        (1, 11): "mailto:rina@example.com", (4, 11): "https://shop.example/o?id=1&x=2",
        (5, 8): "'Call Notes'!A2"}


def test_only_the_carried_links_leave_the_tab():
    xml = sheet(LINKS.replace("hyperlink", "x:hyperlink"), "x")
    out = drop_links(xml, RELS, {(4, 11, "https://shop.example/o?id=1&x=2"), (5, 8, "'Call Notes'!A2"),
                                 (1, 11, "mailto:someone.else@example.com")})  # changed since: kept
    assert sheet_links(out, RELS) == {(1, 11): "mailto:rina@example.com"}
    assert out == xml.replace(b'<x:hyperlink ref="L4:M4" r:id="rId1"/>', b"").replace(
        b'<x:hyperlink ref="I5" location="\'Call Notes\'!A2" display="note"/>', b"")
    assert b"<x:pageMargins" in out and b"<x:sheetData>" in out


def test_a_hyperlinks_block_left_empty_is_removed():
    out = drop_links(sheet(LINKS), RELS, {(1, 11, "mailto:rina@example.com"),
                                          (4, 11, "https://shop.example/o?id=1&x=2"), (5, 8, "'Call Notes'!A2")})
    assert b"hyperlink" not in out
    assert out == sheet("")
