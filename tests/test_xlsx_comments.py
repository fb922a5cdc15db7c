"""Cell comments on a tab Khatir rewrites (khatir.backends.xlsx_comments), on the parts as
LibreOffice writes them: only the comments whose words were carried leave the tab."""
from __future__ import annotations

from khatir.backends.xlsx_comments import comment_texts, drop_comments

RELS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/comments" Target="../comments9.xml"/><Relationship Id="rId2" '
        b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" '
        b'Target="../drawings/vmlDrawing4.vml"/>\n</Relationships>')


def comment(ref: str, text: str) -> str:
    return (f'<comment ref="{ref}" authorId="0"><text><r><rPr><sz val="10"/><rFont val="Arial"/></rPr>'
            f'<t xml:space="preserve">{text}</t></r></text></comment>')


def shape(row: int, col: int) -> str:
    return (f'<v:shape id="shape_{row}" type="#_x0000_t202" style="position:absolute"><x:ClientData '
            f'ObjectType="Note"><x:MoveWithCells/><x:Anchor>12, 23, 2, 13, 14, 4, 3, 11</x:Anchor>'
            f'<x:Row>{row}</x:Row><x:Column>{col}</x:Column></x:ClientData></v:shape>')


COMMENTS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main"><authors><author> </author></authors><commentList>'
            + comment("L1", "the header's") + comment("L4", "রহিম ভাই: মেয়ের খবর") + comment("B5", "new")
            + '</commentList></comments>').encode()
VML = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202"/>'
       + shape(0, 11) + shape(3, 11) + shape(4, 1) + '</xml>').encode()


def test_only_the_carried_comments_leave_the_tab():
    parts = {"xl/worksheets/_rels/sheet9.xml.rels": RELS, "xl/comments9.xml": COMMENTS,
             "xl/drawings/vmlDrawing4.vml": VML}
    out = drop_comments(parts.get, "xl/worksheets/sheet9.xml", {(4, 11, "রহিম ভাই: মেয়ের খবর")})
    assert comment_texts(out["xl/comments9.xml"]) == [("L1", "the header's"), ("B5", "new")]
    vml = out["xl/drawings/vmlDrawing4.vml"].decode()
    assert "<x:Row>3</x:Row>" not in vml and "<x:Row>0</x:Row>" in vml and "<x:Row>4</x:Row>" in vml
    # a comment edited since the read (other words) is not taken off
    assert drop_comments(parts.get, "xl/worksheets/sheet9.xml", {(5, 1, "old words")}) == {}
