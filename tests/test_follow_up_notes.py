"""What staff type beside a Follow-ups row is carried to the same item's row on the
next run; a note whose item is gone goes to Problems and stays there. Both backends."""
from __future__ import annotations

import re
import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from conftest import WorkbookSheet, ago, basic_grids, customers_tab, notes_tab
from khatir.sheet.carry import Earlier, EarlierRow, carry
from khatir.backends.workbook import create_workbook
from khatir.backends.xlsx_read import SheetPictures
from other_writers import make_any_sheet, xlsxwriter_workbook  # noqa: F401  (a fixture)
from test_daily_both_backends import rows_of

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook or starts Khatir

NEXT_DAY = ago(-1)


def set_cells(sheet, title: str, cells: dict[str, object]) -> None:
    """Type into cells (A1 references), as staff do."""
    if sheet.kind == "workbook":
        book = load_workbook(sheet.path)
        for a1, value in cells.items():
            book[title][a1] = value
        book.save(sheet.path)
    else:
        for a1, value in cells.items():
            sheet.server.set_cell(sheet.sid, title, a1, value)


def row_of(sheet, cid: str) -> int:
    """The 1-based row of a customer's first Follow-ups row."""
    return next(n for n, r in enumerate(sheet.tab("Follow-ups"), start=1) if r[2:3] == [cid])


def by_customer(sheet) -> dict[str, dict[str, str]]:
    return {r["Customer ID"]: r for r in rows_of(sheet, "Follow-ups")}


def test_notes_and_own_columns_follow_their_item(make_any_sheet, run_on):
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    set_cells(sheet, "Follow-ups", {
        "M1": "Called?",
        f"L{row_of(sheet, 'C-1')}": "Wants a call after 5pm",
        f"M{row_of(sheet, 'C-2')}": "yes, twice",
        f"J{row_of(sheet, 'C-3')}": "called, no answer",  # Message Key, empty for this row
    })
    run_on(sheet, NEXT_DAY)
    assert sheet.tab("Follow-ups")[0][-2:] == ["Notes", "Called?"]
    rows = by_customer(sheet)
    assert rows["C-1"]["Notes"] == "Wants a call after 5pm"
    assert rows["C-2"]["Called?"] == "yes, twice" and rows["C-2"]["What"] == "overdue"
    assert rows["C-3"]["Notes"] == "Message Key: called, no answer"
    assert rows["C-3"]["Message Key"] == ""
    run_on(sheet, ago(-2))
    assert by_customer(sheet)["C-2"]["Called?"] == "yes, twice"
    assert rows_of(sheet, "Problems") == []


def typed_cells(sheet, cid: str, columns: str) -> list[object]:
    """The values of a customer's Follow-ups row in ``columns``, as the file types them."""
    if sheet.kind == "workbook":
        ws = load_workbook(sheet.path)["Follow-ups"]
        return [ws[f"{c}{row_of(sheet, cid)}"].value for c in columns]
    values = sheet.server.values(sheet.sid, "Follow-ups")[row_of(sheet, cid) - 1]
    return [values[ord(c) - 65] if ord(c) - 65 < len(values) else "" for c in columns]


def test_numbers_dates_and_yes_no_in_own_columns_keep_their_type(make_any_sheet, run_on):
    """A deposit staff typed in a column of their own (1500) must stay a number on the
    item's new row, or a SUM under the column stops counting it; a date stays a date (shown
    as one, sorting as one), a tick box's TRUE a yes/no, and text text."""
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    c1, c2, c3 = row_of(sheet, "C-1"), row_of(sheet, "C-2"), row_of(sheet, "C-3")
    visit = datetime(2026, 12, 5) if sheet.kind == "workbook" else "2026-12-05"  # typed as a date
    set_cells(sheet, "Follow-ups", {"M1": "Deposit", "N1": "Visit", "O1": "Paid?", "P1": "Ref",
                                    f"M{c1}": 1500, f"N{c1}": visit, f"O{c1}": True, f"P{c1}": "0017",
                                    f"M{c2}": 0, f"O{c2}": False, f"M{c3}": 2.5})
    before = {cid: typed_cells(sheet, cid, "MNOP") for cid in ("C-1", "C-2", "C-3")}
    for day in (NEXT_DAY, ago(-2)):
        run_on(sheet, day)
        after = {cid: typed_cells(sheet, cid, "MNOP") for cid in before}
        assert after == before
        assert [type(v) for v in after["C-1"]] == [type(v) for v in before["C-1"]]
        assert [type(v) for v in after["C-2"][:3]] == [int, type(before["C-2"][1]), bool]
    if sheet.kind == "workbook":
        cell = load_workbook(sheet.path)["Follow-ups"][f"N{row_of(sheet, 'C-1')}"]
        assert cell.is_date and cell.value == datetime(2026, 12, 5)
    assert rows_of(sheet, "Problems") == []


def with_two_more_customers() -> dict:
    """The basic sheet with two customers nobody has called about yet (C-5, C-6)."""
    grids = basic_grids()
    grids["Customers"] += customers_tab(["C-5", "Mita Das", "01711-234500", "en"],
                                        ["C-6", "Rafiq Islam", "01711-234501", "en"])[1:]
    return grids


def two_more_items(book) -> None:
    """Call notes that put C-5 and C-6 on the next day's list: two rows longer."""
    for cid in ("C-5", "C-6"):
        book["Call Notes"].append([ago(4), cid, "Nasrin", "call back"])


def ranges_on(path, title: str) -> tuple[dict[str, str], dict[str, str]]:
    """A tab's dropdowns (range -> list) and colour rules (range -> formula)."""
    ws = load_workbook(path)[title]
    return ({str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation},
            {str(cf.sqref): cf.rules[0].formula[0] for cf in ws.conditional_formatting})


def a_workbook_after_a_run(make_any_sheet, run_on, why: str):
    """The sheet with two customers nobody has called about yet, as a workbook after one run:
    the sheet, the last row of its Follow-ups and the workbook opened for staff's edits (the
    Google sheet skips the test, for ``why``)."""
    sheet = make_any_sheet(with_two_more_customers())
    if sheet.kind != "workbook":
        pytest.skip(why)
    run_on(sheet)
    return sheet, len(sheet.tab("Follow-ups")), load_workbook(sheet.path)


def test_dropdowns_and_colour_rules_over_the_list_grow_with_it(make_any_sheet, run_on):
    """A dropdown staff put on a column of their own, or a colour rule over the rows, is kept
    on the cells it was made on (M2:M4, the list that day). When a later list is longer, its
    new rows must get them too; a dropdown or rule on fixed cells elsewhere stays as it was."""
    sheet, last, book = a_workbook_after_a_run(make_any_sheet, run_on, "the Google backend rewrites cells, not their rules (docs/sheet-schema.md)")
    ws = book["Follow-ups"]
    ws["M1"], ws["P1"] = "Called?", "Week"
    for ref, choices in ((f"M2:M{last}", '"yes,no"'), ("P1", '"1,2,3"')):
        dv = DataValidation(type="list", formula1=choices)
        dv.add(ref)
        ws.add_data_validation(dv)
    ws.conditional_formatting.add(f"A1:L{last}", FormulaRule(formula=['$M1="no"'], fill=PatternFill(bgColor="FFC7CE")))
    ws.conditional_formatting.add(f"P{last + 3}:P{last + 5}", FormulaRule(formula=["P1>2"]))
    two_more_items(book)
    book.save(sheet.path)
    run_on(sheet, NEXT_DAY)
    grown = len(sheet.tab("Follow-ups"))
    assert grown == last + 2
    assert ranges_on(sheet.path, "Follow-ups") == (
        {f"M2:M{grown}": '"yes,no"', "P1": '"1,2,3"', **khatirs_dropdowns(sheet.path)},
        {f"A1:L{grown}": '$M1="no"', f"P{last + 3}:P{last + 5}": "P1>2"})


def test_a_print_area_over_the_list_grows_with_it(make_any_sheet, run_on):
    """Staff set a print area over the day's Follow-ups (Page Layout > Print Area), which
    Excel keeps as the tab's name _xlnm.Print_Area, rows 1 to the list's last that day. A
    longer list must print whole: before, the area kept its old rows and the new last rows
    were left off the paper. Print titles and a name on fixed cells stay as they were."""
    sheet, last, book = a_workbook_after_a_run(make_any_sheet, run_on, "a print area is a workbook's (Google prints what the sheet shows)")
    ws = book["Follow-ups"]
    ws.print_area = f"A1:L{last}"
    ws.print_title_rows = "1:1"
    book["Customers"].print_area = "A1:D3"
    two_more_items(book)
    book.save(sheet.path)
    run_on(sheet, NEXT_DAY)
    grown = len(sheet.tab("Follow-ups"))
    assert grown == last + 2
    book = load_workbook(sheet.path)
    assert book["Follow-ups"].print_area == f"'Follow-ups'!$A$1:$L${grown}"
    assert book["Follow-ups"].print_title_rows == "$1:$1"
    assert book["Customers"].print_area == "'Customers'!$A$1:$D$3"


VIEW = "Z_8F3D1C2A_1111_4222_8333_444455556666_"


def save_a_custom_view(path, title: str, last: int) -> None:
    """What Excel writes for View > Custom Views > Add with a filter on and a print area:
    the view's own <autoFilter> in the tab, its print area and filter range as hidden names
    of the tab. openpyxl cannot write one, so the parts are edited as Excel would."""
    position = load_workbook(path).sheetnames.index(title)
    part = f"xl/worksheets/sheet{position + 1}.xml"
    with zipfile.ZipFile(path) as zf:
        old = {name: zf.read(name) for name in zf.namelist()}
    view = (f'<customSheetViews><customSheetView guid="{{8F3D1C2A-1111-4222-8333-444455556666}}" '
            f'filter="1" showAutoFilter="1"><selection activeCell="B2" sqref="B2"/>'
            f'<autoFilter ref="A1:L{last}"><filterColumn colId="0"><filters><filter val="high"/>'
            f'</filters></filterColumn></autoFilter></customSheetView></customSheetViews>').encode()
    at = re.search(rb"<(?:mergeCells|phoneticPr|conditionalFormatting|dataValidations|hyperlinks|"
                   rb"printOptions|pageMargins)\b", old[part])
    assert at is not None
    old[part] = old[part][:at.start()] + view + old[part][at.start():]
    names = "".join(f'<definedName name="{VIEW}.wvu.{kind}" localSheetId="{position}" hidden="1">'
                    f"'{title}'!{ref}</definedName>"
                    for kind, ref in (("PrintArea", f"$A$1:$L${last}"), ("FilterData", f"$A$1:$L${last}"),
                                      ("PrintTitles", "$1:$1")))
    old["xl/workbook.xml"] = old["xl/workbook.xml"].replace(b"</definedNames>", names.encode() + b"</definedNames>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in old.items():
            zf.writestr(name, data)


def test_a_custom_view_over_the_list_grows_with_it(make_any_sheet, run_on):
    """Staff saved a custom view of Follow-ups (View > Custom Views) with a filter on and a
    print area, rows 1 to the list's last that day. Showing that view after a longer list
    must filter and print the whole list: before, its filter and print area kept the old rows.
    The view's print titles, and its filter's choices, stay as they were."""
    sheet, last, book = a_workbook_after_a_run(make_any_sheet, run_on, "custom views are a workbook's")
    book["Follow-ups"].print_area = f"A1:L{last}"  # openpyxl writes the names' block
    two_more_items(book)
    book.save(sheet.path)
    save_a_custom_view(sheet.path, "Follow-ups", last)
    run_on(sheet, NEXT_DAY)
    grown = len(sheet.tab("Follow-ups"))
    assert grown == last + 2
    position = load_workbook(sheet.path).sheetnames.index("Follow-ups")
    with zipfile.ZipFile(sheet.path) as zf:
        tab = zf.read(f"xl/worksheets/sheet{position + 1}.xml").decode()
        names = zf.read("xl/workbook.xml").decode()
    views = tab[tab.index("<customSheetViews"):tab.index("</customSheetViews>")]
    assert f'<autoFilter ref="A1:L{grown}"><filterColumn colId="0"><filters><filter val="high"/>' in views
    assert f"{VIEW}.wvu.PrintArea\" localSheetId=\"{position}\" hidden=\"1\">'Follow-ups'!$A$1:$L${grown}<" in names
    assert f"{VIEW}.wvu.FilterData\" localSheetId=\"{position}\" hidden=\"1\">'Follow-ups'!$A$1:$L${grown}<" in names
    assert f"{VIEW}.wvu.PrintTitles\" localSheetId=\"{position}\" hidden=\"1\">'Follow-ups'!$1:$1<" in names


def khatirs_dropdowns(path) -> dict[str, str]:
    """The dropdowns Khatir itself puts on Follow-ups (whole columns), if any."""
    ws = load_workbook(path)["Follow-ups"]
    return {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation
            if str(dv.sqref).endswith("1048576")}


def test_a_note_whose_item_is_gone_goes_to_problems_and_stays(make_any_sheet, run_on):
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    set_cells(sheet, "Follow-ups", {f"L{row_of(sheet, 'C-1')}": "Promised a discount on the next order"})
    set_cells(sheet, "Call Notes", {"G2": "yes"})  # C-1's follow-up is done
    run_on(sheet, NEXT_DAY)
    assert "C-1" not in by_customer(sheet)
    [problem] = rows_of(sheet, "Problems")
    assert problem["Value"] == "Notes: Promised a discount on the next order"
    assert problem["Problem"] == ("A note typed in Follow-ups beside “overdue” for রহিমা খাতুন (C-1) "
                                  "could not be kept there: that item is no longer on the list.")
    run_on(sheet, ago(-2))
    assert rows_of(sheet, "Problems") == [problem]
    set_cells(sheet, "Problems", {f"{c}2": None for c in "ABCDEF"})  # staff delete it
    run_on(sheet, ago(-3))
    assert rows_of(sheet, "Problems") == []


def test_a_row_typed_by_staff_into_follow_ups_is_kept_in_problems(make_any_sheet, run_on):
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    last = len(sheet.tab("Follow-ups")) + 1
    set_cells(sheet, "Follow-ups", {f"B{last}": "call back", f"D{last}": "Mr Alam, walk-in"})
    run_on(sheet, NEXT_DAY)
    [problem] = rows_of(sheet, "Problems")
    assert problem["Value"] == "call back | Mr Alam, walk-in"
    assert problem["Row"] == str(last)


def test_text_typed_in_the_rank_column_under_the_list_is_kept_in_problems(make_any_sheet, run_on):
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    last = len(sheet.tab("Follow-ups")) + 1
    set_cells(sheet, "Follow-ups", {f"A{last}": "my own reminder row",
                                    f"A{last + 2}": "ask the owner about Eid stock",
                                    f"A{row_of(sheet, 'C-1')}": "called, no answer"})
    run_on(sheet, NEXT_DAY)
    kept = [(p["Row"], p["Value"]) for p in rows_of(sheet, "Problems")]
    assert kept == [(str(last), "my own reminder row"), (str(last + 2), "ask the owner about Eid stock")]
    assert by_customer(sheet)["C-1"]["Notes"] == "#: called, no answer"  # typed over its #
    run_on(sheet, ago(-2))  # kept run after run, until staff delete the rows
    assert [(p["Row"], p["Value"]) for p in rows_of(sheet, "Problems")] == kept
    assert all(r["#"].isdigit() for r in rows_of(sheet, "Follow-ups"))  # the list itself as before


def insert_title(sheet, title: str, text: str) -> None:
    """Insert a row above the header and type a title there, as staff do."""
    if sheet.kind == "workbook":
        book = load_workbook(sheet.path)
        book[title].insert_rows(1)
        book[title]["A1"] = text
        book.save(sheet.path)
    else:
        sheet.server.insert_rows(sheet.sid, title, 1, [[text]])


def test_a_title_staff_put_above_the_header_is_kept_in_problems(make_any_sheet, run_on):
    """Khatir writes its header back on row 1: a title staff inserted above the header of
    Follow-ups, Problems or Results would be gone unseen. It becomes a row of Problems, once."""
    sheet = make_any_sheet(problems_grids())
    run_on(sheet)
    insert_title(sheet, "Follow-ups", "আজকের কাজ — রিনা দেখবে")
    insert_title(sheet, "Problems", "owner checks on Fridays")
    insert_title(sheet, "Results", "November: Eid sale")
    for day in (NEXT_DAY, ago(-2)):
        run_on(sheet, day)
        assert sheet.tab("Follow-ups")[0][0] == "#" and sheet.tab("Problems")[0][0] == "Tab"
        kept = {p["Value"]: p for p in rows_of(sheet, "Problems")
                if p["Tab"] in ("Follow-ups", "Problems", "Results")}
        assert set(kept) == {"আজকের কাজ — রিনা দেখবে", "owner checks on Fridays", "November: Eid sale"}
        assert kept["owner checks on Fridays"]["Problem"].startswith("A row typed into Problems")


def messages_of(sheet) -> list[tuple[str, str]]:
    return [(m["Customer ID"], m["Status"]) for m in rows_of(sheet, "Messages") if m["Kind"] == "follow_up"]


@pytest.mark.parametrize("status", ["sent", "pending"])
def test_a_note_reworded_after_its_message_gets_no_second_message(make_any_sheet, run_on, status):
    """Staff correct "মেয়ের জ্বর" the next day: the get-well message is the one already made."""
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    assert messages_of(sheet) == [("C-1", "pending"), ("C-2", "pending")]
    set_cells(sheet, "Messages", {"G2": status})
    set_cells(sheet, "Call Notes", {"D2": "ছোট মেয়ের জ্বর, হাসপাতালে নিয়েছে"})
    run_on(sheet, NEXT_DAY)
    assert messages_of(sheet) == [("C-1", status), ("C-2", "pending")]
    assert ("C-1" in by_customer(sheet)) == (status == "pending")


@pytest.mark.parametrize("days", [4, 7, 25])  # a day typed wrong, a week, a month's =TODAY() drift
def test_a_note_whose_date_staff_corrected_gets_no_second_message(make_any_sheet, run_on, days):
    """"মেয়ের জ্বর" was typed with the wrong day (or its date is a formula worked out afresh):
    the same words on another day are the same call, and its get-well message is already made."""
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    set_cells(sheet, "Messages", {"G2": "sent"})
    set_cells(sheet, "Call Notes", {"A2": ago(days).isoformat()})  # was ago(5)
    run_on(sheet, NEXT_DAY)
    assert messages_of(sheet) == [("C-1", "sent"), ("C-2", "pending")]
    assert "C-1" not in by_customer(sheet)


def test_a_new_note_of_the_same_day_still_gets_its_own_message(make_any_sheet, run_on):
    grids = basic_grids()
    sheet = make_any_sheet(grids)
    run_on(sheet)
    set_cells(sheet, "Call Notes", {"A7": ago(5).isoformat(), "B7": "C-1", "D7": "বাবার গাড়ি নষ্ট, রাস্তায় আটকে আছেন"})
    run_on(sheet, NEXT_DAY)
    assert messages_of(sheet) == [("C-1", "pending"), ("C-2", "pending"), ("C-1", "pending")]


def add_comments(sheet, title: str, comments: dict[str, str]) -> None:
    """Put cell comments (notes) on cells, as staff do with right-click > Insert Comment."""
    from openpyxl.comments import Comment
    book = load_workbook(sheet.path)
    for a1, text in comments.items():
        book[title][a1].comment = Comment(text, "Rina")
    book.save(sheet.path)


def comments_on(path, title: str) -> dict[str, str]:
    book = load_workbook(path)
    return {c.coordinate: c.comment.text for row in book[title].iter_rows() for c in row if c.comment}


def test_a_cell_comment_goes_with_its_item_into_notes(make_any_sheet, run_on):
    """A comment is tied to a cell, not to the customer: when the rows are rewritten in a
    new order it would land on another customer's row. Its words go into the Notes of
    its item's new row instead, and the comment leaves the tab; one on the header stays."""
    sheet = make_any_sheet(basic_grids())
    if sheet.kind != "workbook":
        pytest.skip("cell comments are read from .xlsx workbooks (docs/sheet-schema.md)")
    run_on(sheet)
    c1, c2 = row_of(sheet, "C-1"), row_of(sheet, "C-2")
    set_cells(sheet, "Follow-ups", {f"L{c1}": "বিকেলে ফোন দেব"})
    add_comments(sheet, "Follow-ups", {f"L{c1}": "মেয়ের খবর নিতে হবে", f"I{c2}": "asked for Rina",
                                       "L1": "write what the customer said"})
    run_on(sheet, NEXT_DAY)
    rows = by_customer(sheet)
    assert rows["C-1"]["Notes"] == "বিকেলে ফোন দেব; Comment: মেয়ের খবর নিতে হবে"
    assert rows["C-2"]["Notes"] == "Comment: asked for Rina"
    assert comments_on(sheet.path, "Follow-ups") == {"L1": "write what the customer said"}
    run_on(sheet, ago(-2))  # carried like typed notes from now on, never twice
    rows = by_customer(sheet)
    assert rows["C-1"]["Notes"] == "বিকেলে ফোন দেব; Comment: মেয়ের খবর নিতে হবে"
    assert rows["C-2"]["Notes"] == "Comment: asked for Rina"
    assert rows_of(sheet, "Problems") == []


def test_a_cell_comment_whose_item_is_gone_goes_to_problems(make_any_sheet, run_on):
    sheet = make_any_sheet(basic_grids())
    if sheet.kind != "workbook":
        pytest.skip("cell comments are read from .xlsx workbooks (docs/sheet-schema.md)")
    run_on(sheet)
    add_comments(sheet, "Follow-ups", {f"D{row_of(sheet, 'C-1')}": "Promised a discount"})
    set_cells(sheet, "Call Notes", {"G2": "yes"})  # C-1's follow-up is done
    run_on(sheet, NEXT_DAY)
    assert "C-1" not in by_customer(sheet)
    [problem] = rows_of(sheet, "Problems")
    assert problem["Value"] == "Comment: Promised a discount"
    assert problem["Problem"].startswith("A note typed in Follow-ups beside “overdue” for রহিমা খাতুন (C-1)")
    assert comments_on(sheet.path, "Follow-ups") == {}


def add_links(sheet, title: str, links: dict[str, str]) -> None:
    """Put hyperlinks on cells, as staff do with Insert > Hyperlink (or by pasting a link)."""
    book = load_workbook(sheet.path)
    for a1, url in links.items():
        book[title][a1].hyperlink = url
    book.save(sheet.path)


def links_on(path, title: str) -> dict[str, str]:
    book = load_workbook(path)
    return {c.coordinate: c.hyperlink.target for row in book[title].iter_rows() for c in row if c.hyperlink}


def test_a_cell_hyperlink_goes_with_its_item_into_notes(make_any_sheet, run_on):
    """A hyperlink is tied to a cell like a comment: left on the tab it would point from
    another customer's row once the list is rewritten, and the note it belonged to would
    lose its address. The address goes into the Notes of its item's new row ("Link: ..."),
    and the link leaves the tab; a pasted link (the cell's text is its address) goes as the
    text alone, and one on the header stays."""
    sheet = make_any_sheet(basic_grids())
    if sheet.kind != "workbook":
        pytest.skip("cell hyperlinks are read from .xlsx workbooks (docs/sheet-schema.md)")
    run_on(sheet)
    c1, c2 = row_of(sheet, "C-1"), row_of(sheet, "C-2")
    set_cells(sheet, "Follow-ups", {f"L{c1}": "her order 5531", f"L{c2}": "https://shop.example/c/2"})
    add_links(sheet, "Follow-ups", {f"L{c1}": "https://shop.example/orders/5531", f"I{c1}": "#'Call Notes'!A2",
                                    f"L{c2}": "https://shop.example/c/2", "L1": "https://shop.example/help"})
    run_on(sheet, NEXT_DAY)
    rows = by_customer(sheet)
    assert rows["C-1"]["Notes"] == ("her order 5531; Link: #'Call Notes'!A2; "  # in column order
                                    "Link: https://shop.example/orders/5531")
    assert rows["C-2"]["Notes"] == "https://shop.example/c/2"
    assert links_on(sheet.path, "Follow-ups") == {"L1": "https://shop.example/help"}
    run_on(sheet, ago(-2))  # carried like typed notes from now on, never twice
    assert by_customer(sheet)["C-1"]["Notes"] == rows["C-1"]["Notes"]
    assert rows_of(sheet, "Problems") == []


def test_a_cell_hyperlink_whose_item_is_gone_goes_to_problems(make_any_sheet, run_on):
    sheet = make_any_sheet(basic_grids())
    if sheet.kind != "workbook":
        pytest.skip("cell hyperlinks are read from .xlsx workbooks (docs/sheet-schema.md)")
    run_on(sheet)
    set_cells(sheet, "Follow-ups", {f"L{row_of(sheet, 'C-1')}": "invoice"})
    add_links(sheet, "Follow-ups", {f"L{row_of(sheet, 'C-1')}": "https://shop.example/invoice/9"})
    set_cells(sheet, "Call Notes", {"G2": "yes"})  # C-1's follow-up is done
    run_on(sheet, NEXT_DAY)
    assert "C-1" not in by_customer(sheet)
    assert sorted(p["Value"] for p in rows_of(sheet, "Problems")) == [
        "Link: https://shop.example/invoice/9", "Notes: invoice"]
    assert links_on(sheet.path, "Follow-ups") == {}


def test_cells_merged_under_the_header_are_unmerged_when_the_list_is_rewritten(make_any_sheet, run_on):
    """A range staff merged in Follow-ups (one note over two rows) belongs to cells, not to
    items: left in place it would hide the next list's cells under its first one (another
    customer's note, Khatir's Why). Its words go with their row; merges on the header stay."""
    sheet = make_any_sheet(basic_grids())
    if sheet.kind != "workbook":
        pytest.skip("the Google backend rewrites cells, not merges (docs/sheet-schema.md)")
    run_on(sheet)
    c1 = row_of(sheet, "C-1")
    book = load_workbook(sheet.path)
    ws = book["Follow-ups"]
    ws["M1"], ws[f"L{c1}"] = "Called?", "called both, no answer"
    ws.merge_cells("M1:N1")
    ws.merge_cells(f"L{c1}:L{c1 + 1}")
    ws.merge_cells(f"H{c1 + 1}:I{c1 + 1}")
    book.save(sheet.path)
    run_on(sheet, NEXT_DAY)
    assert by_customer(sheet)["C-1"]["Notes"] == "called both, no answer"
    assert sorted(map(str, load_workbook(sheet.path)["Follow-ups"].merged_cells.ranges)) == ["M1:N1"]


def test_a_picture_beside_a_follow_ups_row_is_named_in_problems(tmp_path, run_on):
    """A picture (a photo of a receipt) staff put beside a customer's row sits over a cell,
    not in it: the rewrite moves the row's words with their item, but the picture stays over
    its cell, soon another customer's row. Khatir leaves the picture alone and says in
    Problems where it is and which row it was beside."""
    first = WorkbookSheet(create_workbook(tmp_path / "first.xlsx", basic_grids()))
    run_on(first)
    follow_ups = first.tab("Follow-ups")
    c1 = row_of(first, "C-1")
    path = xlsxwriter_workbook(tmp_path / "shop.xlsx", {**basic_grids(), "Follow-ups": follow_ups},
                               pictures={"Follow-ups": f"M{c1}", "Customers": "H3"})
    sheet = WorkbookSheet(path)
    for day in (NEXT_DAY, ago(-2)):  # said on every run while the picture is there
        run_on(sheet, day)
        [problem] = rows_of(sheet, "Problems")
        assert (problem["Tab"], problem["Row"], problem["Column"]) == ("Follow-ups", str(c1), "M")
        assert problem["Problem"].startswith(f"A picture sits over cell M{c1} of Follow-ups, beside the row of "
                                             "“overdue” for")
        assert problem["How to fix"].startswith("Put the picture on a tab of your own")
    assert problem["Value"] == "“overdue” for রহিমা খাতুন (C-1)"
    pictures = SheetPictures(path)  # the pictures themselves as they were
    assert (pictures["Follow-ups"], pictures["Customers"]) == ([(c1, 12)], [(3, 7)])


def test_a_formula_column_staff_added_to_follow_ups_is_kept_in_problems(make_any_sheet, run_on):
    """Khatir writes values: a column of formulas staff added beside the list (a VLOOKUP of
    each customer's segment) keeps, row by row, the value it showed, but the formula itself
    cannot be carried. Its text goes to Problems, once, so it is not lost unseen."""
    sheet = make_any_sheet(basic_grids())
    if sheet.kind != "workbook":
        pytest.skip("formulas are read from .xlsx workbooks; Google gives Khatir the values")
    run_on(sheet)
    rows = len(sheet.tab("Follow-ups"))
    set_cells(sheet, "Follow-ups", {"M1": "Segment", **{f"M{r}": f"=VLOOKUP(C{r},Customers!A:E,5,0)"
                                                        for r in range(2, rows + 1)}})
    for day in (NEXT_DAY, ago(-2)):
        run_on(sheet, day)
        [problem] = rows_of(sheet, "Problems")
        assert (problem["Tab"], problem["Row"], problem["Column"], problem["Value"]) == (
            "Follow-ups", "2", "M", "=VLOOKUP(C2,Customers!A:E,5,0)")
        assert problem["Problem"].startswith(f"Column M (“Segment”) of Follow-ups held formulas (in {rows - 1} ")


def test_a_shared_formula_is_read_with_the_text_of_its_first_cell():
    """Excel fills a formula down as one shared formula: its text is in the first cell only."""
    from khatir.backends.xlsx_read import _formula_texts
    xml = (b'<sheetData><row r="2"><c r="M2" t="str"><f t="shared" ref="M2:M3" si="0">C2&amp;"!"</f>'
           b'<v>C-1!</v></c></row><row r="3"><c r="M3" t="str"><f t="shared" si="0"/><v>C-2!</v></c>'
           b'<c r="N3"><v>4</v></c></row></sheetData>')
    assert _formula_texts(xml) == {(2, 12): '=C2&"!"', (3, 12): '=C2&"!"'}


def test_text_typed_beside_results_and_meetup_summary_is_kept_in_problems(make_any_sheet, run_on):
    """Results and Meetup Summary are rewritten whole and carry nothing: what the owner types
    to the right of Khatir's columns ("Eid week"), or as a row of Meetup Summary, would be
    gone after the next run, unseen. It becomes a Problems row with the text, which stays,
    once, until staff delete it."""
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    set_cells(sheet, "Results", {"S1": "Owner", "S3": "Eid week: ignore", "T5": "ad campaign"})
    set_cells(sheet, "Meetup Summary", {"O2": "plan a meetup in January", "A3": "ask Rina about a venue"})
    for day in (NEXT_DAY, ago(-2)):
        run_on(sheet, day)
        kept = sorted((p["Tab"], p["Row"], p["Value"]) for p in rows_of(sheet, "Problems"))
        assert kept == [("Meetup Summary", "2", "O: plan a meetup in January"),
                        ("Meetup Summary", "3", "ask Rina about a venue"),
                        ("Results", "3", "Owner: Eid week: ignore"), ("Results", "5", "T: ad campaign")]
    assert all(len(row) <= 17 for row in sheet.tab("Results"))


def problems_grids() -> dict[str, list[list]]:
    """basic_grids with two Problems: an unreadable phone and a call note for nobody."""
    grids = basic_grids()
    grids["Customers"] += customers_tab(["C-5", "Rafiq", "0171-22", "en"])[1:]
    grids["Call Notes"] += notes_tab({"date": ago(2), "customer_id": "C-99", "note": "wants a catalogue"})[1:]
    return grids


def problem_rows(sheet) -> dict[str, dict[str, str]]:
    """Problems rows by the tab they are about (and the text of a note kept there)."""
    return {r["Tab"] if r["Tab"] != "Problems" else r["Value"]: r for r in rows_of(sheet, "Problems")}


def test_notes_beside_problems_follow_their_problem(make_any_sheet, run_on):
    """What staff type beside a Problems row (Notes, a column of their own, an empty cell
    of the row) is on the same problem's row next run, even when the problem's row moved."""
    sheet = make_any_sheet(problems_grids())
    run_on(sheet)
    assert sheet.tab("Problems")[0] == ["Tab", "Row", "Column", "Value", "Problem", "How to fix", "Notes"]
    at = {r[0]: n for n, r in enumerate(sheet.tab("Problems"), start=1)}
    set_cells(sheet, "Problems", {
        f"G{at['Customers']}": "Rina is asking him for the number",
        "H1": "Who",
        f"H{at['Call Notes']}": "Tanvir",
        f"C{len(at) + 2}": "check the Orders tab too",  # a row of the staff's own
    })
    before = problem_rows(sheet)["Call Notes"]["Row"]
    # staff insert a call note above: the unknown customer's note moves down a row
    rows = problems_grids()["Call Notes"]
    first = {"date": ago(10), "customer_id": "C-2", "note": "asked about prices", "done": "yes"}
    rows = [*notes_tab(first)[1:], *rows[1:]]
    set_cells(sheet, "Call Notes", {f"{c}{n}": v.isoformat() if hasattr(v, "isoformat") else v
                                    for n, row in enumerate(rows, start=2) for c, v in zip("ABCDEFG", row)})
    run_on(sheet, NEXT_DAY)
    assert sheet.tab("Problems")[0][-2:] == ["Notes", "Who"]
    found = problem_rows(sheet)
    assert found["Customers"]["Notes"] == "Rina is asking him for the number"
    assert found["Call Notes"]["Who"] == "Tanvir" and found["Call Notes"]["Row"] == str(int(before) + 1)
    kept = found["check the Orders tab too"]
    assert kept["Problem"].startswith("A row typed into Problems (“check the Orders tab too”) is kept here")
    run_on(sheet, ago(-2))
    again = problem_rows(sheet)
    assert again["Customers"]["Notes"] == "Rina is asking him for the number"
    assert again["Call Notes"]["Who"] == "Tanvir"
    assert again["check the Orders tab too"]["Value"] == "check the Orders tab too"


def test_a_note_beside_a_fixed_problem_is_kept_in_problems(make_any_sheet, run_on):
    sheet = make_any_sheet(problems_grids())
    run_on(sheet)
    at = {r[0]: n for n, r in enumerate(sheet.tab("Problems"), start=1)}
    set_cells(sheet, "Problems", {f"G{at['Customers']}": "new number is 01711-223344"})
    set_cells(sheet, "Customers", {"C6": "01711-223344"})  # fixed
    run_on(sheet, NEXT_DAY)
    found = problem_rows(sheet)
    assert "Customers" not in found
    kept = found["Notes: new number is 01711-223344"]
    assert kept["Problem"].startswith(
        "A note typed in Problems beside the problem at Customers, row 6, column C "
        "could not be kept there: that problem is no longer found "
        "(it was: “0171-22” is not a valid phone number. It is not used: ")
    run_on(sheet, ago(-2))
    assert "Notes: new number is 01711-223344" in problem_rows(sheet)


@pytest.mark.parametrize("typed, kept", [
    ("win_back:C-16:2026-09-10", ""),  # the key Khatir wrote: the win-back is no longer wanted
    ("ফোন করেছি, ধরেননি", "Message Key: ফোন করেছি, ধরেননি"),  # words staff typed there
])
def test_a_message_key_that_empties_on_its_own_is_not_taken_for_a_note(typed, kept):
    """A lost customer's row had its win-back key; in mourning the new row has none."""
    cells = {"rank": "3", "kind": "lost", "customer_id": "C-16", "name": "আব্দুল করিম", "due": "",
             "why": "bought twice, 52 days apart; no purchase for 60 days", "notes": ""}
    earlier = Earlier("Follow-ups", rows=[EarlierRow(5, {**cells, "message_key": typed}, [])])
    new = {**cells, "message_key": "", "remark": "in mourning: no win-back message for now"}
    header = {"kind": "What", "customer_id": "Customer ID", "name": "Name", "due": "Due",
              "message_key": "Message Key", "rank": "#", "notes": "Notes"}
    assert carry(earlier, [new], header, "en") == ([], [])
    assert new["notes"] == kept
