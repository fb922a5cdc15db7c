"""Where the patcher puts appended rows, and what set-up adds, on worksheet XML as programs write it."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from khatir.backends.base import Layout
from khatir.backends.xlsx_append import append_rows, first_visible_run
from khatir.backends.xlsx_patch import set_filter_names
from khatir.backends.xlsx_setup import Highlight, ListRule, add_styles, add_to_sheet
from khatir.backends.xlsx_sheet import SheetEdit, _CellWriter
from khatir.backends.xlsx_style import Dresser
from khatir.backends.xlsx_tables import SheetTable, grow, move_row

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def sheet(rows: str, after: str = "", before: str = "") -> bytes:
    return (f'<worksheet xmlns="{MAIN}"><dimension ref="A1:C4"/>{before}<sheetData>{rows}</sheetData>'
            f'{after}</worksheet>').encode()


def append(xml: bytes, rows, tables=(), start_row: int = 1):
    return append_rows(xml, SheetEdit("Messages", rows, start_row, append=True), _CellWriter(), "Messages",
                       tables)[:2]


def row_cells(xml: bytes) -> dict[int, str]:
    """Row number -> its XML."""
    return {int(m.group(1)): m.group(0).decode()
            for m in re.finditer(rb'<row r="(\d+)"[^>]*?(?:/>|>.*?</row>)', xml)}


HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Key</t></is></c></row>'


@pytest.mark.parametrize("below, first_new", [
    ('<row r="3"><c r="A3" t="str"><f>IF(B3="","",1)</f><v></v></c></row>', 4),  # a formula showing nothing
    ('<row r="3"><c r="C3" t="str"><f>IF(B3="","",1)</f><v></v></c></row>', 4),  # in a written column
    ('<row r="3"><c r="H3"><f>ROW()</f><v>3</v></c></row>', 4),   # a value in another column
    ('<row r="3"><c r="H3" t="str"><f>IF(B3="","",1)</f><v></v></c></row>', 3),  # showing nothing, elsewhere
    ('<row r="3" hidden="1"/><row r="4" hidden="1" s="2" customFormat="1"/>', 5),  # hidden rows
    ('<row r="3"><c r="A3" s="5"/></row>', 3),  # formatting only: the new row takes it on
])
def test_new_rows_go_below_every_used_cell_and_hidden_row(below, first_new):
    xml = sheet(HEADER + '<row r="2"><c r="A2"><v>1</v></c></row>' + below)
    out, grown = append(xml, [["k1", "", "x"], ["k2"]])
    rows = row_cells(out)
    assert 'k1' in rows[first_new] and 'k2' in rows[first_new + 1]
    assert not grown
    if first_new > 3:  # the rows in the way are kept byte for byte
        assert below in out.decode()
    elif "H3" in below:  # merged into: its own cell kept
        assert below[below.index("<c "):below.index("</row>")] in rows[3]
    else:  # a formatted empty cell: the new value takes on its style
        assert '<c r="A3" s="5" t="inlineStr">' in rows[3]
    assert 'hidden' not in rows[first_new]


def test_first_visible_run_skips_hidden_rows_in_the_way():
    assert first_visible_run(3, 2, [3, 4]) == 5
    assert first_visible_run(3, 2, [4]) == 5
    assert first_visible_run(3, 2, [5]) == 3
    assert first_visible_run(3, 2, [9]) == 3


def test_a_table_with_a_totals_row_grows_and_the_totals_row_moves_below_the_new_rows():
    xml = sheet(HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>old</t></is></c></row>'
                '<row r="3" s="4"><c r="A3" s="4"><f>SUBTOTAL(103,A2:A2)</f><v>1</v></c>'
                '<c r="B3"><f>SUBTOTAL(109,Table1[Amount])</f><v>0</v></c></row>'
                '<row r="4" s="2" customFormat="1"/><row r="6" hidden="1"/>')
    table = SheetTable("xl/tables/table1.xml", 1, 1, 3, 3, 1, {3: "LEN(Table1[[#This Row],[Key]])"})
    out, grown = append(xml, [["k1"], ["k2"]], [table])
    rows = row_cells(out)
    assert '<is><t xml:space="preserve">k1</t></is>' in rows[3] and "k2" in rows[4]
    assert "<f>LEN(Table1[[#This Row],[Key]])</f>" in rows[3]  # the calculated column
    assert rows[5] == ('<row r="5" s="4"><c r="A5" s="4"><f>SUBTOTAL(103,A2:A4)</f><v>1</v></c>'
                       '<c r="B5"><f>SUBTOTAL(109,Table1[Amount])</f><v>0</v></c></row>')
    assert 'hidden' not in rows[3] + rows[4]
    assert grown == [(table, 4)]
    part = (f'<table xmlns="{MAIN}" id="1" name="Table1" ref="A1:C3" totalsRowCount="1">'
            f'<autoFilter ref="A1:C2"/><tableColumns count="3"/></table>').encode()
    assert grow(part, table, 4) == part.replace(b'ref="A1:C3"', b'ref="A1:C5"').replace(
        b'ref="A1:C2"', b'ref="A1:C4"')


def test_a_table_without_totals_grows_and_a_table_elsewhere_does_not():
    xml = sheet(HEADER + '<row r="2"><c r="A2"><v>1</v></c></row>')
    mine = SheetTable("t1", 1, 1, 3, 2, 0, {})
    other = SheetTable("t2", 5, 1, 6, 9, 0, {})  # beside Messages' columns: not ours
    out, grown = append(xml, [["k1"]], [other, mine])
    assert grown == [(mine, 3)]
    assert "k1" in row_cells(out)[3]


def test_move_row_keeps_text_in_quotes_and_other_rows():
    raw = b'<row r="9"><c r="A9"><f>IF(A8="A8:A8",SUM(B2:B8),C9)</f><v>1</v></c></row>'
    assert move_row(raw, 9, 12, 8, 11) == (b'<row r="12"><c r="A12"><f>IF(A8="A8:A8",SUM(B2:B11),C12)</f>'
                                           b'<v>1</v></c></row>')


def test_a_filter_over_the_rows_grows_with_them():
    xml = sheet(HEADER + '<row r="2"><c r="A2"><v>1</v></c></row>', after='<autoFilter ref="A1:M2"/>')
    out, _ = append(xml, [["k1"], ["k2"]])
    assert b'<autoFilter ref="A1:M4"/>' in out


def test_the_filters_hidden_name_follows_the_filter_of_its_own_tab_only():
    xml = (b'<workbook><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'
           b"'Messages (old)'!$A$1:$M$2</definedName><definedName localSheetId=\"0\" "
           b'name="_xlnm._FilterDatabase">Customers!$A$1:$C$9</definedName>'
           b'<definedName name="Prices">Lists!$A$1:$A$3</definedName></definedNames></workbook>')
    assert set_filter_names(xml, {2: ("Messages (old)", "A1:M7")}) == xml.replace(b"$A$1:$M$2", b"$A$1:$M$7")


# -- set-up additions ----------------------------------------------------------------------
X14 = ('<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/'
       'office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.'
       'com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$3'
       '</xm:f></x14:formula1><xm:sqref>J2:J500</xm:sqref></x14:dataValidation></x14:dataValidations>'
       '</ext></extLst>')


def test_dropdowns_only_where_the_staff_have_none_in_their_place():
    xml = sheet(HEADER, after='<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                              'footer="0.3"/>' + X14)
    rules = (ListRule(10, 2, ("pending", "sent")), ListRule(11, 2, ("yes", "no")))
    out = add_to_sheet(xml, rules, None, None, "Messages")
    assert out == xml.replace(b"<pageMargins", b'<dataValidations count="1"><dataValidation type="list" '
                              b'allowBlank="1" showErrorMessage="0" sqref="K2:K5000"><formula1>"yes,no"'
                              b'</formula1></dataValidation></dataValidations><pageMargins')
    again = add_to_sheet(out, rules, None, None, "Messages")
    assert again == out


def test_a_highlight_only_on_a_tab_without_rules_and_the_styles_it_needs():
    xml = sheet(HEADER, after='<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                              'footer="0.3"/>')
    out = add_to_sheet(xml, (), Highlight("AND(ISNUMBER($H2),$H2>0)", 2, 11), 3, "Follow-ups")
    assert (b'<conditionalFormatting sqref="A2:K5000"><cfRule type="expression" dxfId="3" priority="1">'
            b'<formula>AND(ISNUMBER($H2),$H2&gt;0)</formula></cfRule></conditionalFormatting><pageMargins') in out
    assert add_to_sheet(out, (), Highlight("X", 2, 11), 4, "Follow-ups") == out
    styles = (f'<x:styleSheet xmlns:x="{MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>'
              f'<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0"/></x:cellXfs>'
              f'<x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0"/></x:cellStyles>'
              f'<x:tableStyles count="0"/></x:styleSheet>').encode()
    added = add_styles(styles, True, "FFFDE2E1")
    assert (added.bold_xf, added.highlight_dxf) == (1, 0)
    assert b'<x:fonts count="2"><x:font><x:sz val="11"/></x:font><x:font><x:b/><x:sz val="11"/></x:font>' \
        in added.xml
    assert b'<x:cellXfs count="2">' in added.xml and b'fontId="1"' in added.xml
    assert b'</x:cellStyles><x:dxfs count="1"><x:dxf><x:fill><x:patternFill patternType="solid">' in added.xml


ONE_WIDE = Layout(widths=(5, 60), one_page_wide=True)
FIT = b'<pageSetUpPr fitToPage="1"/>'


@pytest.mark.parametrize("sheet_pr, expected", [
    ("", b"<sheetPr>" + FIT + b"</sheetPr>"),                    # none: Khatir's XML writer
    ("<sheetPr/>", b"<sheetPr>" + FIT + b"</sheetPr>"),
    ('<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr>',  # openpyxl
     b'<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr fitToPage="1"/></sheetPr>'),
    ('<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr>',  # LibreOffice
     b'<sheetPr filterMode="false"><pageSetUpPr fitToPage="1"/></sheetPr>'),
    ('<sheetPr codeName="Sheet3"><tabColor rgb="FF00B050"/></sheetPr>',  # Excel, a coloured tab
     b'<sheetPr codeName="Sheet3"><tabColor rgb="FF00B050"/>' + FIT + b"</sheetPr>"),
])
def test_follow_ups_print_one_page_wide_whatever_wrote_the_tab(sheet_pr, expected):
    xml = (f'<worksheet xmlns="{MAIN}">{sheet_pr}<dimension ref="A1:B1"/><sheetData>{HEADER}'
           f'</sheetData></worksheet>').encode()
    dresser = Dresser(None)
    _, dressing = dresser.prepare(SheetEdit("Follow-ups", [["Rank", "Why"]], 1, replace=True,
                                            layout=ONE_WIDE))
    out = dresser.dress("xl/worksheets/sheet2.xml", xml, dressing, lambda part: None)
    assert out.startswith(f'<worksheet xmlns="{MAIN}">'.encode() + expected + b'<dimension ref="A1:B1"/>')
    assert out.endswith(b'<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>')
    ET.fromstring(out)  # still well-formed


def test_a_print_setup_of_the_staff_stays_as_it_is():
    xml = sheet(HEADER, after='<pageSetup paperSize="9" orientation="portrait" scale="80"/>')
    dresser = Dresser(None)
    _, dressing = dresser.prepare(SheetEdit("Follow-ups", [["Rank", "Why"]], 1, replace=True,
                                            layout=ONE_WIDE))
    out = dresser.dress("xl/worksheets/sheet2.xml", xml, dressing, lambda part: None)
    assert b'<pageSetup paperSize="9" orientation="portrait" scale="80"/>' in out
    assert b"sheetPr" not in out and b"fitToWidth" not in out
