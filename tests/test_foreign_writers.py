"""Workbooks written by programs other than Excel and LibreOffice (a POS export through the
OpenXML SDK, Go, Java and JavaScript libraries, Excel 365's newer cells): one odd cell
never refuses the workbook, the tabs are found where the package says, and what the
staff are told matches what they see in Excel. Whole daily runs on real .xlsx files
(tests/foreign_writers.py writes them part by part), on both readers."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import TODAY, ago, basic_grids, customers_tab, fixed_clock, notes_tab
from foreign_writers import BOILERPLATE, Raw, add_thread, entries, esc, make_strict, sdk_workbook
from khatir.backends.workbook import WorkbookBackend, create_workbook
from khatir.backends.xlsx_read import ENV_VAR, read_grids
from khatir.config import build_settings
from khatir.errors import BrokenCell, ErrorValue, SheetError
from khatir.jobs.daily import run_daily
from khatir.sheet.schema import MESSAGES

pytestmark = pytest.mark.slow

FORMULA_FIX = "Correct the formula, or delete it and type the value yourself."
BROKEN = ("The cell cannot be read: the program that wrote the file stored it in a broken form "
          "(Excel calls such a file damaged, LibreOffice shows the cell empty).")
BROKEN_FIX = "Type the value into this cell again in Excel or LibreOffice and save the file as .xlsx."
NOT_USED = " It is not used: Khatir reads the cell as empty until it is corrected."


@pytest.fixture(params=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    monkeypatch.setenv(ENV_VAR, request.param)
    return request.param


def shop(extra_column: list[object] | None = None, **cells: object) -> dict[str, list[list[object]]]:
    """Three customers with a call each, as a POS writes them; ``cells``: "B3" -> a cell
    of Customers to put there instead; ``extra_column``: a staff column of the shop's
    own after the schema's (a header and one value per customer)."""
    customers = customers_tab(["C-1", "Rina Akter", "01711-234567", "bn"],
                              ["C-2", "Karim Uddin", "01819-876543", "en"],
                              ["C-3", "Sadia Islam", "01912-345678", "en"])
    if extra_column:
        for row, value in zip(customers, extra_column):
            row.append(value)
    for ref, value in cells.items():
        customers[int(ref[1:]) - 1][ord(ref[0]) - 65] = value
    notes = notes_tab(*({"date": ago(5), "customer_id": f"C-{i}", "agent": "Nasrin",
                         "note": "son is sick with fever"} for i in (1, 2, 3)))
    return {"Customers": customers, "Call Notes": notes}


def problems(path: Path) -> list[tuple]:
    """The Problems rows as the owner reads them (read by Khatir's reader: openpyxl's own
    load gives up on a file with a broken cell, as Excel calls it damaged)."""
    rows = read_grids(path, "openpyxl")["Problems"]
    return [tuple((row + [None] * 6)[:6]) for row in rows[1:]]


def staff_parts(path: Path) -> dict[str, bytes]:
    return {n: b for n, b in entries(path).items() if n.startswith("xl/worksheets/sheet")
            and n.rsplit("/", 1)[1] in ("sheet1.xml", "sheet2.xml")}


NEWER_ERRORS = ["#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
                "#GETTING_DATA", "#ERROR!", "#SOMETHING_NEW!"]


def spilled(code: str) -> Raw:
    """A dynamic-array formula as Excel 365 saves one that cannot spill (or Google's own
    error): the error value cached in ``t="e"``."""
    return Raw('t="e"', f"<x:f>_xlfn._xlws.FILTER(Orders!A:A,Orders!B:B=A3)</x:f><x:v>{code}</x:v>")


@pytest.mark.parametrize("code", NEWER_ERRORS)
def test_a_newer_error_value_in_a_column_khatir_does_not_read_changes_nothing(
        tmp_path, run_job, reader, code):
    path = sdk_workbook(tmp_path / "shop.xlsx", shop(["Last order (formula)", None, spilled(code)]))
    before = staff_parts(path)
    summary = run_job(path)
    assert len(summary.new_messages) == 3
    assert problems(path) == []
    assert staff_parts(path) == before


@pytest.mark.parametrize("code", ["#SPILL!", "#GETTING_DATA", "#SOMETHING_NEW!"])
def test_a_newer_error_value_in_a_name_is_a_problems_row_naming_the_cell(tmp_path, run_job, reader,
                                                                          code):
    path = sdk_workbook(tmp_path / "shop.xlsx", shop(B3=spilled(code)))
    summary = run_job(path)
    assert len(summary.new_messages) == 2  # C-2 has no name to greet: left out until fixed
    assert problems(path) == [
        ("Customers", 3, "B", code, f"The cell holds a formula error ({code}) instead of a value.",
         FORMULA_FIX)]


def wps_picture(text: str = "=DISPIMG(\"ID_5D2C1F0A8B2E4B7C9F1E3A4D6B8C0E12\",1)") -> Raw:
    """A picture WPS Office put in a cell: the formula ``_xlfn.DISPIMG`` with the text it
    shows in every other program as its saved result (the picture is in xl/cellimages.xml)."""
    return Raw('t="str"', '<x:f>_xlfn.DISPIMG("ID_5D2C1F0A8B2E4B7C9F1E3A4D6B8C0E12",1)</x:f>'
                          f"<x:v>{esc(text)}</x:v>")


PICTURE = "The cell holds a picture (a picture put in the cell in WPS Office), not a value Khatir can read."
PICTURE_FIX = "Type the value into this cell, and keep the picture in a column of your own."


def test_a_wps_picture_in_a_name_or_a_note_is_a_problems_row_never_a_greeting(
        tmp_path, run_job, reader):
    # found writing workbooks as WPS Office saves them (stop 37): "Hello =DISPIMG(...)"
    tabs = shop(["Photo", wps_picture(), None, None], B3=wps_picture())
    tabs["Call Notes"][3][3] = wps_picture()  # C-3's note is a photo of the note
    path = sdk_workbook(tmp_path / "shop.xlsx", tabs)
    before = staff_parts(path)
    summary = run_job(path)
    assert [m["customer_id"] for m in summary.new_messages] == ["C-1"]  # C-2: no name to greet
    assert not any("DISPIMG" in m["message"] for m in summary.new_messages)
    shown = '=DISPIMG("ID_5D2C1F0A8B2E4B7C9F1E3A4D6B8C0E12",1)'
    rows = problems(path)
    assert ("Customers", 3, "B", shown, PICTURE, PICTURE_FIX) in rows
    assert ("Call Notes", 4, "D", shown, PICTURE, PICTURE_FIX) in rows
    assert [r for r in rows if r[0] == "Customers" and r[2] == "N"] == []  # the shop's own column
    assert staff_parts(path) == before


def test_a_wps_picture_in_a_reply_is_a_reply_not_a_problem(tmp_path, run_job, reader):
    """A screenshot of the customer's answer pasted into Reply: the customer answered."""
    headers = MESSAGES.headers()
    row = dict.fromkeys(headers, None)
    row.update({"Created": ago(3).isoformat(), "Customer ID": "C-1", "Kind": "check_in",
                "Status": "sent", "Sent On": ago(3).isoformat(), "Key": "check_in:C-1:x",
                "Reply": wps_picture()})
    tabs = shop()
    tabs["Messages"] = [headers, [row[h] for h in headers]]
    path = sdk_workbook(tmp_path / "shop.xlsx", tabs)
    run_job(path)
    assert [r for r in problems(path) if r[0] == "Messages"] == []


def broken_shop() -> dict[str, list[list[object]]]:
    """Cells a buggy writer stores in forms that are no value: a shared-text index past the
    end of the table (a Name), ``t="b"`` holding "yes" (Do Not Contact), a number cell
    holding words (Orders)."""
    return shop(B2=Raw('t="s"', "<x:v>999</x:v>"), L3=Raw('t="b"', "<x:v>yes</x:v>"),
                I4=Raw("", "<x:v>three</x:v>"))


def test_cells_stored_in_a_broken_form_are_problems_rows_not_a_refused_workbook(
        tmp_path, run_job, reader):
    path = sdk_workbook(tmp_path / "shop.xlsx", broken_shop(), strings=["unused"])
    before = staff_parts(path)
    summary = run_job(path)
    # C-1's name cannot be read: her row waits; C-2's Do Not Contact counts as yes
    assert [m["customer_id"] for m in summary.new_messages] == ["C-3"]
    assert problems(path) == [
        ("Customers", 2, "B", None, BROKEN, BROKEN_FIX),
        ("Customers", 3, "L", None, BROKEN + " It is not used: Khatir counts it as yes, so no "
         "message is made for this customer.", BROKEN_FIX),
        ("Customers", 4, "I", None, BROKEN + NOT_USED, BROKEN_FIX)]
    assert staff_parts(path) == before


def test_both_readers_read_error_values_and_broken_cells_alike(tmp_path):
    grids = shop(["Last order (formula)", spilled("#N/A"), spilled("#SPILL!")])
    grids["Customers"][3][1] = Raw('t="s"', "<x:v>999</x:v>")
    path = sdk_workbook(tmp_path / "shop.xlsx", grids, strings=["unused"])
    calamine, openpyxl = read_grids(path, "calamine"), read_grids(path, "openpyxl")
    for rows in (calamine["Customers"], openpyxl["Customers"]):
        assert [(type(v), v) for v in rows[1][-1:] + rows[2][-1:]] == [
            (ErrorValue, "#N/A"), (ErrorValue, "#SPILL!")]
        assert type(rows[3][1]) is BrokenCell and rows[3][1] == ""
    assert calamine == openpyxl
    assert list(calamine) == list(openpyxl) == ["Customers", "Call Notes"]


def test_relative_part_targets_with_dot_segments_are_read_and_written_back(tmp_path, run_job, reader):
    """``./worksheets/sheet1.xml`` and ``../xl/worksheets/sheet3.xml`` name the same parts
    as ``worksheets/sheet1.xml``: LibreOffice and openpyxl read them, so does Khatir, and
    the new messages go into the part the package names."""
    grids = shop()
    grids["Messages"] = [MESSAGES.headers()]
    path = sdk_workbook(tmp_path / "shop.xlsx", grids, targets={
        "Customers": "./worksheets/sheet1.xml", "Messages": "../xl/worksheets/sheet3.xml"})
    before = staff_parts(path)
    assert len(run_job(path).new_messages) == 3
    assert run_job(path).new_messages == []  # the second run reads them back from that part
    after = entries(path)
    assert {k: after[k] for k in before} == before
    assert b'Target="../xl/worksheets/sheet3.xml"' in after["xl/_rels/workbook.xml.rels"]
    assert after["xl/worksheets/sheet3.xml"].count(b"<x:row ") == 4  # header + three messages
    messages = read_grids(path)["Messages"]
    assert [row[MESSAGES.headers().index("Customer ID")] for row in messages[1:]] == ["C-1", "C-2", "C-3"]


UNCALCULATED = ("This cell holds a formula whose result is not saved in the file (the program that "
                "wrote the file did not calculate it), so Khatir cannot see its value.")


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_a_formula_saved_without_its_result_is_said_so_not_called_empty(tmp_path, reader, lang):
    """Excel and LibreOffice show "Nasrin Akter" in a Name written as a formula without its
    result; Problems must not tell the staff the cell is empty and to fill it in."""
    grids = shop(B3=Raw("", '<x:f>"Nasrin "&amp;"Akter"</x:f>'))
    grids["Call Notes"][2][0] = Raw('t="str"', "<x:f>TEXT(TODAY()-5,\"yyyy-mm-dd\")</x:f>")
    grids["Call Notes"][3][0] = Raw('t="str"', '<x:f>""</x:f><x:v></x:v>')  # its result: ""
    path = sdk_workbook(tmp_path / "shop.xlsx", grids)
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}})
    run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock(TODAY))
    if lang == "en":
        assert problems(path) == [
            ("Customers", 3, "B", None, UNCALCULATED,
             "Open the file in Excel or LibreOffice and save it (that calculates the formula), or "
             "type the Name in the cell instead of the formula."),
            ("Call Notes", 3, "A", None, UNCALCULATED,
             "Open the file in Excel or LibreOffice and save it (that calculates the formula), or "
             "type the Date in the cell instead of the formula."),
            ("Call Notes", 4, "A", None, "This cell is empty but is needed.",
             "Fill in the Date (or delete the row if it is not needed).")]
    else:
        rows = problems(path)
        assert [r[:3] for r in rows] == [("Customers", 3, "B"), ("Call Notes", 3, "A"),
                                         ("Call Notes", 4, "A")]
        assert rows[0][4].startswith("এই ঘরে একটি সূত্র আছে, কিন্তু তার ফল ফাইলে রাখা নেই")
        assert rows[0][5].startswith("ফাইলটি Excel বা LibreOffice-এ খুলে সেভ করুন")
        assert rows[2][4] == "এই ঘরটি খালি, কিন্তু এটি দরকার।"


# -- files that are no .xlsx workbook: one plain sentence with the way out -------------------
def _refusal(path: Path) -> SheetError:
    before = path.read_bytes()
    with pytest.raises(SheetError) as raised:
        WorkbookBackend(path).read()
    assert path.read_bytes() == before
    return raised.value


def _ole2(*streams: str) -> bytes:
    """The start of an OLE2 compound file (what an old .xls, and an .xlsx Excel encrypted
    with a password, are) with directory entries named ``streams`` (UTF-16, as stored)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for name in streams)
    return header + bytes(512) + entries.ljust(512, b"\0")


SAVE_AS = ("open it in Excel or LibreOffice, choose File > Save As, pick \"Excel Workbook (.xlsx)\", "
           "and run Khatir on the saved file.")


@pytest.mark.parametrize("kind, data, sentence, bengali", [
    ("csv", "Customer ID,Name,Phone\r\nC-1,রহিমা খাতুন,01711-234567\r\n".encode("utf-8-sig"),
     "is a text file (CSV), not an .xlsx workbook, though its name ends in .xlsx: " + SAVE_AS,
     "একটি টেক্সট ফাইল (CSV)"),
    ("html", b"<html><head><meta charset='utf-8'></head><body><table><tr><td>Customer ID</td></tr>"
             b"</table></body></html>",
     "is a web page (an HTML table, as some programs' \"Export to Excel\" writes), not an .xlsx "
     "workbook: " + SAVE_AS, "ওয়েব পেজ (HTML টেবিল"),
    ("xls", _ole2("Root Entry", "Workbook", "\x05SummaryInformation"),
     "is an old Excel 97-2003 workbook (.xls), not an .xlsx workbook, though its name ends in "
     ".xlsx: " + SAVE_AS, "পুরনো Excel 97-2003 ওয়ার্কবুক (.xls)"),
])
def test_a_file_that_is_no_xlsx_says_what_it_is_and_how_to_save_it(tmp_path, kind, data, sentence,
                                                                   bengali):
    path = tmp_path / "shop.xlsx"
    path.write_bytes(data)
    err = _refusal(path)
    assert str(err) == f"The file {path} {sentence}"
    assert bengali in err.message("bn") and "EOCD" not in err.message("bn")


def test_a_password_protected_workbook_says_to_remove_the_password(tmp_path):
    path = tmp_path / "shop.xlsx"
    path.write_bytes(_ole2("Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    err = _refusal(path)
    assert str(err) == (
        f"The workbook {path} is protected with a password, so Khatir cannot read it: remove the "
        "password (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the "
        "password, OK, save; in LibreOffice: File > Save As, untick \"Save with password\", save "
        "as .xlsx), then run again.")
    assert "পাসওয়ার্ড দিয়ে সুরক্ষিত" in err.message("bn")
    assert "backups" not in str(err)


def test_a_workbook_cut_short_says_so_and_names_the_backups_only_with_a_copy(tmp_path):
    whole = sdk_workbook(tmp_path / "whole.xlsx", shop()).read_bytes()
    path = tmp_path / "shop.xlsx"
    path.write_bytes(whole[: len(whole) // 2])  # a copy that did not finish
    damaged = (f"The file {path} is incomplete or damaged (its end is missing, as when a copy or a "
               "download did not finish), so Khatir cannot read it: ")
    assert str(_refusal(path)) == damaged + (
        "copy or download it again, or open it in Excel, which may offer to repair it, and save it "
        "as .xlsx.")
    backups = tmp_path / "khatir-backups"
    backups.mkdir()
    (backups / "shop.1.xlsx").write_bytes(whole)
    assert str(_refusal(path)) == damaged + (
        f"restore the newest copy from {backups}, or open it in Excel, which may offer to repair "
        "it, and save it as .xlsx.")


def test_a_tab_whose_part_is_missing_is_named_on_both_readers(tmp_path, reader):
    source = sdk_workbook(tmp_path / "whole.xlsx", shop())
    path = tmp_path / "shop.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            if item.filename != "xl/worksheets/sheet2.xml":  # Call Notes' cells
                dst.writestr(item, src.read(item))
    assert str(_refusal(path)) == (
        f"The workbook {path} lists a tab 'Call Notes' whose data is missing from the file (or "
        "stored where Khatir cannot find it), so Khatir cannot read it: open the file in Excel and "
        "save it as .xlsx, then run again; nothing was changed.")


def test_an_excel_365_threaded_comment_goes_into_notes_as_the_threads_words(tmp_path, run_job):
    """Not Excel's note to older versions ("[Threaded comment] Your version of Excel ..."):
    the comment and its reply, each after its writer's name; both parts lose it."""
    path = create_workbook(tmp_path / "shop.xlsx", basic_grids())
    run_job(path)
    follow_ups = read_grids(path)["Follow-ups"]
    row = next(n for n, r in enumerate(follow_ups, start=1) if "C-1" in r)
    notes = follow_ups[0].index("Notes")
    add_thread(path, "Follow-ups", f"{chr(65 + notes)}{row}",
               [("Rina", "মেয়ের খবর নিলাম, ভালো আছে"), ("Tuhin", "ঠিক আছে, শুক্রবার আবার ফোন দেব")])
    run_job(path, ago(-1))
    after = read_grids(path)["Follow-ups"]
    [carried] = [r[notes] for r in after if "C-1" in r]
    assert carried == "Comment: Rina: মেয়ের খবর নিলাম, ভালো আছে Tuhin: ঠিক আছে, শুক্রবার আবার ফোন দেব"
    parts = entries(path)
    assert b"<comment " not in parts["xl/comments9.xml"]
    assert b"<threadedComment " not in parts["xl/threadedComments/threadedComment9.xml"]
    run_job(path, ago(-2))  # carried like a typed note from now on, never twice
    assert [r[notes] for r in read_grids(path)["Follow-ups"] if "C-1" in r] == [carried]


def test_a_legacy_copy_of_a_thread_alone_loses_excels_note_to_older_versions():
    from khatir.backends.xlsx_comments import _plain
    assert _plain(BOILERPLATE.replace("\n", " ") + "মেয়ের খবর নিলাম Reply: ঠিক আছে") == (
        "মেয়ের খবর নিলাম Reply: ঠিক আছে")
    assert _plain("Rina: asked for a call") == "Rina: asked for a call"


# -- a Messages tab the owner protected, leaving Status..Sent On open -------------------------
OPEN_COLUMNS_STYLES = (
    '<x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts>'
    '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill>'
    '<x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders>'
    '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>'
    '<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1">'
    '<x:protection locked="0"/></x:xf></x:cellXfs>'
    '<x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles>')


def test_new_messages_in_a_protected_tab_leave_the_open_columns_open(tmp_path, run_job):
    """The owner protected Messages so agents cannot change a message, and unticked Locked
    on Status, Reply, Sent By and Sent On (a column style): the new rows' cells there keep
    that style (so agents can still type), and empty ones are not written at all."""
    headers = MESSAGES.headers()
    first, last = headers.index("Status") + 1, headers.index("Sent On") + 1
    grids = shop()
    grids["Messages"] = [headers]
    path = sdk_workbook(
        tmp_path / "shop.xlsx", grids, styles=OPEN_COLUMNS_STYLES,
        heads={"Messages": f'<x:cols><x:col min="{first}" max="{last}" width="12" style="1" '
                           'customWidth="1"/></x:cols>'},
        tails={"Messages": '<x:sheetProtection sheet="1" objects="1" scenarios="1"/>'})
    assert len(run_job(path).new_messages) == 3
    xml = entries(path)["xl/worksheets/sheet3.xml"].decode()
    open_cells = re.findall(rf'<x:c r="([{chr(64 + first)}-{chr(64 + last)}][2-4])"([^>]*)>', xml)
    status = chr(64 + first)
    assert [ref for ref, _ in open_cells] == [f"{status}2", f"{status}3", f"{status}4"]  # "pending"
    assert all(' s="1"' in attrs for _, attrs in open_cells)
    assert '<x:sheetProtection sheet="1"' in xml
    assert [r[first - 1] for r in read_grids(path)["Messages"][1:]] == ["pending"] * 3


def test_a_chart_sheet_named_like_a_khatir_tab_gets_the_rename_sentence(tmp_path, run_job):
    """Saving in Excel keeps a chart sheet a chart sheet: the way out is a new name."""
    import xlsxwriter
    path = tmp_path / "shop.xlsx"
    book = xlsxwriter.Workbook(str(path))
    for title, rows in basic_grids().items():
        sheet = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value not in (None, ""):
                    sheet.write(r, c, str(value))
    chart = book.add_chart({"type": "column"})
    chart.add_series({"values": "=Customers!$A$2:$A$4"})
    book.add_chartsheet("Results").set_chart(chart)
    book.close()
    before = path.read_bytes()
    with pytest.raises(SheetError) as raised:
        run_job(path)
    assert str(raised.value) == (
        "The tab 'Results' has the name of Khatir's Results tab, but Khatir did not make it, so "
        "nothing was written (Khatir rewrites that tab on every run and would have wiped it). "
        "Rename the tab 'Results' (for example to 'Results (staff)'), or give Khatir's tab another "
        "name in the settings ([tabs.results] title = \"...\"), and run again.")
    assert path.read_bytes() == before


def test_a_workbook_without_a_styles_part_gets_one_so_khatirs_tabs_have_their_look(
        tmp_path, run_job):
    """An OpenXML SDK export often has no styles part (it is optional): Khatir adds one, so
    a new message is wrapped and readable, and the Follow-ups header bold; the staff tabs'
    parts are not touched, and the next run reuses the part."""
    path = sdk_workbook(tmp_path / "shop.xlsx", shop())
    before = staff_parts(path)
    run_job(path)
    parts = entries(path)
    assert b'Target="/xl/styles.xml"' in parts["xl/_rels/workbook.xml.rels"]
    assert b'PartName="/xl/styles.xml"' in parts["[Content_Types].xml"]
    book = load_workbook(path)
    messages = book["Messages"]
    column = [c.value for c in messages[1]].index("Message") + 1
    assert messages.cell(2, column).alignment.wrap_text
    assert book["Follow-ups"]["A1"].font.b
    assert {k: parts[k] for k in before} == before
    run_job(path, ago(-1))
    again = entries(path)
    assert again["xl/_rels/workbook.xml.rels"].count(b'relationships/styles"') == 1
    assert [n for n in again if "styles" in n.lower()] == ["xl/styles.xml"]


def _states(book_xml: str) -> dict[str, str]:
    """Each tab's state in the workbook part: title -> "hidden", "visible" ("" when unsaid)."""
    out = {}
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", book_xml):
        name = re.search(r'\bname="([^"]*)"', tag)
        state = re.search(r'\bstate="([^"]*)"', tag)
        out[name.group(1) if name else ""] = state.group(1) if state else ""
    return out


def test_khatir_keys_shown_by_a_re_export_is_hidden_again_when_adopted(tmp_path, run_job):
    """A POS/.NET writer re-exporting Khatir's output drops hidden defined names (the marks)
    and the hidden state: Khatir adopts its tabs again, and hides Khatir Keys again."""
    path = create_workbook(tmp_path / "shop.xlsx", basic_grids())
    run_job(path)
    parts = entries(path)
    book_xml = parts["xl/workbook.xml"].decode()
    assert _states(book_xml)["Khatir Keys"] == "hidden"
    book_xml = re.sub(r"<definedNames>.*</definedNames>", "", book_xml, flags=re.S)
    parts["xl/workbook.xml"] = book_xml.replace('state="hidden"', 'state="visible"').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    summary = run_job(path, ago(-1))
    assert summary.new_messages == []
    states = _states(entries(path)["xl/workbook.xml"].decode())
    assert states.pop("Khatir Keys") == "hidden"
    assert set(states.values()) <= {"", "visible"}


def test_links_in_a_strict_workbook_are_related_in_its_own_namespace(tmp_path, run_job, reader):
    """A Strict file's parts name their relationships in the Strict namespace; the links
    Khatir adds to Messages do too (a transitional type there is a mixed package). Both
    readers read it, also where calamine gives a tab with a newer error value to openpyxl
    (which knows only the transitional namespaces: it reads a transitional copy)."""
    grids = shop(["Last order (formula)", None, spilled("#SPILL!")])
    grids["Messages"] = [MESSAGES.headers()]
    path = make_strict(sdk_workbook(tmp_path / "shop.xlsx", grids))
    before = staff_parts(path)
    assert len(run_job(path).new_messages) == 3
    assert problems(path) == []
    assert staff_parts(path) == before
    rels = entries(path)["xl/worksheets/_rels/sheet3.xml.rels"].decode()
    types = set(re.findall(r'Type="([^"]*)"', rels))
    assert types == {"http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink"}
    assert rels.count("TargetMode=\"External\"") == 3
