"""Both .xlsx readers give the same cells, so the run cannot tell which one read the file.

Every workbook here is compared cell by cell (value and type) between calamine and
openpyxl; the whole suite also runs on either reader (``pytest --xlsx-reader openpyxl``).
Workbooks with cached formula values, errors and the 1904 date system are written with
xlsxwriter, which stores a formula's result the way Excel does.
"""
from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
import xlsxwriter

from benchmarks.shop_data import shop_grids
from conftest import TODAY, basic_grids
from khatir.backends.workbook import WorkbookBackend, create_workbook
from khatir.backends.xlsx_read import read_grids
from khatir.config import build_settings
from khatir.demo import build_demo_workbook
from khatir.errors import ConfigError
from khatir.sheet.parse import parse_phone


def typed(grids: dict[str, list[list]]) -> dict[str, list[list[tuple[str, object]]]]:
    return {t: [[(type(v).__name__, v) for v in row] for row in rows] for t, rows in grids.items()}


def same_on_both(path: Path) -> dict[str, list[list]]:
    calamine, openpyxl = read_grids(path, "calamine"), read_grids(path, "openpyxl")
    assert list(calamine) == list(openpyxl)  # the same tabs, in the same order
    for title in openpyxl:
        assert typed({title: calamine[title]}) == typed({title: openpyxl[title]}), title
    return calamine


def edge_workbook(path: Path, date1904: bool) -> Path:
    """What staff and Excel put in real sheets, in one workbook."""
    book = xlsxwriter.Workbook(str(path), {"date_1904": date1904})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    clock = book.add_format({"num_format": "hh:mm"})
    ws = book.add_worksheet("Customers")
    ws.write_string(0, 0, "Our customers (updated weekly)")  # a title row above the header
    ws.write_row(2, 0, ["Customer ID", "Name", "Phone", "Orders", "Do Not Contact", "Last Purchase"])
    ws.write_row(3, 0, ["C-1", "রহিমা খাতুন", "01711234567", 3, True])
    ws.write_datetime(3, 5, datetime(2026, 11, 24), day)
    ws.write_row(4, 0, ["C-2", "Karim", "0171-1234567", "12"])  # a number stored as text
    ws.write_formula(4, 4, "=1=0", None, False)
    ws.write_datetime(4, 5, datetime(2026, 11, 24, 13, 30), stamp)
    ws.write_row(5, 0, ["C-3", "Nusrat"])
    ws.write_formula(5, 2, '="0191"&"1556677"', None, "01911556677")  # cached text result
    ws.write_formula(5, 3, "=2+1.5", None, 3.5)
    ws.write_formula(5, 4, "=1/0", None, "#DIV/0!")
    ws.write_formula(5, 5, "=NA()", None, "#N/A")
    ws.write_row(6, 0, ["C-4", "Shafiq", 1711234567, 2.0, 1, 0.0])
    ws.merge_range(7, 0, 7, 2, "merged across three cells")
    ws.write_number(8, 3, 1e20)
    ws.write_number(8, 4, -4)
    ws.write_number(8, 5, 0.5, clock)
    ws.write_datetime(9, 5, datetime(1904 if date1904 else 1900, 3, 1), day)
    ws.write_blank(14, 9, None, day)  # a formatted but empty cell far below: not a row
    hidden = book.add_worksheet("Old")
    hidden.write_row(0, 0, ["kept", 1.25])
    hidden.hide()
    book.add_worksheet("Empty")
    book.close()
    return path


@pytest.mark.parametrize("date1904", [False, True], ids=["1900", "1904"])
def test_edge_cells_read_the_same_on_both_readers(tmp_path, date1904):
    grids = same_on_both(edge_workbook(tmp_path / "edge.xlsx", date1904))
    rows = grids["Customers"]
    assert rows[0] == ["Our customers (updated weekly)"]
    assert rows[3] == ["C-1", "রহিমা খাতুন", "01711234567", 3, True, datetime(2026, 11, 24)]
    assert rows[4] == ["C-2", "Karim", "0171-1234567", "12", False, datetime(2026, 11, 24, 13, 30)]
    assert rows[5] == ["C-3", "Nusrat", "01911556677", 3.5, "#DIV/0!", "#N/A"]
    assert rows[6] == ["C-4", "Shafiq", 1711234567, 2, 1, 0]
    assert rows[7] == ["merged across three cells"]
    assert rows[8] == [None, None, None, 1e20, -4, time(12, 0)]
    assert rows[9][5] == datetime(1904 if date1904 else 1900, 3, 1)
    assert len(rows) == 10
    assert grids["Old"] == [["kept", 1.25]] and grids["Empty"] == []


@pytest.mark.parametrize("build", [
    lambda p: create_workbook(p, basic_grids()),
    lambda p: create_workbook(p, shop_grids(60, notes_per_customer=3, orders_per_customer=2)),
    lambda p: build_demo_workbook(p, TODAY),
], ids=["basic", "shop", "demo"])
@pytest.mark.slow
def test_the_suites_workbooks_read_the_same_before_and_after_a_run(tmp_path, build, run_job):
    path = build(tmp_path / "shop.xlsx")
    same_on_both(path)
    run_job(path)  # the patched workbook Khatir wrote must read the same too
    same_on_both(path)


def test_the_reader_is_a_setting_and_a_wrong_one_is_one_sentence():
    assert build_settings({"workbook": {"reader": "openpyxl"}}).reader == "openpyxl"
    assert build_settings({}).reader == "auto"
    with pytest.raises(ConfigError, match=r"workbook.reader is 'fast'; use one of: auto, calamine, openpyxl"):
        build_settings({"workbook": {"reader": "fast"}})


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
def test_a_corrupt_file_is_the_same_sentence_on_both_readers(tmp_path, reader):
    path = tmp_path / "shop.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    from khatir.errors import SheetError
    with pytest.raises(SheetError, match=r"is incomplete or damaged \(its end is missing"):
        WorkbookBackend(path, reader=reader).read()


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
def test_a_line_break_excel_stores_escaped_reads_as_the_staff_typed_it(tmp_path, reader):
    # Excel (and XlsxWriter) store a carriage return as "_x000D_"; a literal "_x0041_" typed by
    # staff is stored with its underscore escaped and stays as typed
    path = tmp_path / "shop.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Call Notes")
    sheet.write_column(0, 0, ["Note", "2/11: no answer\r\n5/11: wife sick", "code _x0041_ here"])
    book.close()
    column = [row[0] for row in read_grids(path, reader)["Call Notes"]]
    assert column == ["Note", "2/11: no answer\r\n5/11: wife sick", "code _x0041_ here"]


@pytest.mark.parametrize("typed_as", ["01711234567", "01311111111", "01999999999", "01511000000",
                                      "01011111111", "01211111111", "01111111111", "0171123456"])
def test_the_quick_way_for_mobile_numbers_agrees_with_libphonenumber(typed_as):
    import phonenumbers
    number = phonenumbers.parse(typed_as, "BD")
    if phonenumbers.is_valid_number(number):
        assert parse_phone(typed_as) == phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.E164)
    else:
        with pytest.raises(Exception):
            parse_phone(typed_as)


@pytest.mark.slow
def test_dates_are_midnight_datetimes_as_openpyxl_gives_them(tmp_path):
    path = create_workbook(tmp_path / "d.xlsx", {"Tab": [["Date"], [date(2026, 11, 24)]]})
    assert read_grids(path, "calamine")["Tab"][1] == [datetime(2026, 11, 24)]


def merged_notes_workbook(path: Path) -> Path:
    """Call Notes with one date merged down over the notes of that day (as LibreOffice and
    Excel store it: the value in the top cell only), a merge reaching past the last note,
    and a title merged across the columns above the header."""
    create_workbook(path, {
        "Customers": [["Customer ID", "Name"], ["C-1", "Amina"], ["C-2", "Babul"], ["C-3", "Chompa"]],
        "Call Notes": [["Call notes, November"], ["Date", "Customer ID", "Note"],
                       [datetime(2026, 11, 15), "C-1", "মেয়ের জ্বর"], [None, "C-2", "ছেলের জ্বর"],
                       [None, "C-3", "বাবার জ্বর"], [datetime(2026, 11, 16), "C-1", "ভালো আছে"]]})
    from openpyxl import load_workbook
    book = load_workbook(path)
    ws = book["Call Notes"]
    ws.merge_cells("A1:C1")
    ws.merge_cells("A3:A5")
    ws.merge_cells("A6:A9")  # past the last note: rows 7 to 9 stay empty
    book.save(path)
    return path


def test_a_date_merged_down_is_read_on_every_row_of_the_merge_by_both_readers(tmp_path):
    grids = same_on_both(merged_notes_workbook(tmp_path / "merged.xlsx"))
    assert grids["Call Notes"] == [
        ["Call notes, November"], ["Date", "Customer ID", "Note"],
        [datetime(2026, 11, 15), "C-1", "মেয়ের জ্বর"], [datetime(2026, 11, 15), "C-2", "ছেলের জ্বর"],
        [datetime(2026, 11, 15), "C-3", "বাবার জ্বর"], [datetime(2026, 11, 16), "C-1", "ভালো আছে"]]


def test_an_ods_file_says_how_to_save_it_as_xlsx_in_libreoffice(tmp_path):
    import zipfile
    from khatir.errors import SheetError
    path = tmp_path / "shop.ods"
    with zipfile.ZipFile(path, "w") as zf:  # an OpenDocument package: "mimetype" first, stored
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(SheetError) as raised:
        WorkbookBackend(path).read()
    err = raised.value
    assert str(err) == (
        f"The file {path} is a LibreOffice/OpenOffice spreadsheet (.ods), which Khatir cannot read: "
        "open it in LibreOffice, choose File > Save As, pick the file type \"Excel 2007-365 "
        "(.xlsx)\", save (answer \"Use Excel 2007-365!\" when asked to keep the format), then run "
        "Khatir on the new file shop.xlsx (change the workbook path in the settings too).")
    assert "backups" not in str(err)
    assert "LibreOffice/OpenOffice-এর স্প্রেডশিট (.ods)" in err.message("bn")


def test_an_unreadable_file_names_the_backups_only_when_they_hold_a_copy_of_it(tmp_path):
    from khatir.errors import SheetError
    path = tmp_path / "shop.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(SheetError) as raised:
        WorkbookBackend(path).read()
    assert "restore" not in str(raised.value)
    backups = tmp_path / "khatir-backups"
    backups.mkdir()
    (backups / "other.1.xlsx").write_bytes(b"PK")  # another workbook's copy: no help here
    with pytest.raises(SheetError) as raised:
        WorkbookBackend(path).read()
    assert "restore" not in str(raised.value)
    (backups / "shop.1.xlsx").write_bytes(b"PK")
    with pytest.raises(SheetError) as raised:
        WorkbookBackend(path).read()
    assert f"restore the newest copy from {backups}, or open it in Excel" in str(raised.value)


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
def test_hidden_columns_are_known_and_the_visible_one_of_two_same_named_is_read(tmp_path, reader):
    """Staff hid an old Phone column (C) and added a new one (D): D is read, and Problems
    still says there are two. LibreOffice writes hidden="true", Excel hidden="1"."""
    from khatir.sheet.read import read_sheet
    path = tmp_path / "two-phones.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Customers")
    for r, row in enumerate([["Customer ID", "Name", "Phone", "Phone", "Agent"],
                             ["C-1", "Amina", "01711-000001", "01911-999001", "Roni"]]):
        sheet.write_row(r, 0, row)
    sheet.set_column(2, 2, None, None, {"hidden": True})
    sheet.set_column(6, 8, None, None, {"hidden": True})
    book.add_worksheet("Call Notes").write_row(0, 0, ["Date", "Customer ID", "Note"])
    book.close()
    grids = read_grids(path, reader)
    assert grids.hidden_columns == {"Customers": frozenset({2, 6, 7, 8})}
    data, _ = read_sheet(grids, build_settings({"general": {"language": "en"}}), today=TODAY)
    assert data.customers["C-1"].phone == "+8801911999001"
    assert [(p.row, p.column, p.problem) for p in data.problems] == [
        (1, "C", "Two columns are headed 'Phone'; the visible one (column D) is read, "
                 "not the hidden column C.")]
    # with neither hidden (or both), the first is read, as before
    grids.hidden_columns = {}
    data, _ = read_sheet(grids, build_settings({"general": {"language": "en"}}), today=TODAY)
    assert data.customers["C-1"].phone == "+8801711000001"
    assert [(p.row, p.column, p.problem) for p in data.problems] == [
        (1, "D", "Two columns are headed 'Phone'; only the first one (column C) is read.")]
