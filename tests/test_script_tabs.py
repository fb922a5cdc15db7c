"""Khatir's own tabs are known by their mark, never by a name: a staff tab named
like one stops the run before anything is written. Both backends, and workbooks
written by openpyxl, XlsxWriter and LibreOffice."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import TODAY, WorkbookSheet, basic_grids, fixed_clock
from khatir.backends.workbook import WorkbookBackend
from khatir.config import build_settings
from khatir.errors import SheetError
from khatir.jobs.daily import run_daily
from khatir.sheet.schema import FOLLOW_UPS, PROBLEMS
from other_writers import make_any_sheet, xlsxwriter_workbook  # noqa: F401  (a fixture)
from test_daily_both_backends import rows_of
from test_follow_up_notes import set_cells

DATA = Path(__file__).parent / "data"
STAFF_LOG = [["Date", "Customer", "Complaint", "Handled by"],
             ["2026-11-20", "C-1", "Wrong size delivered", "Nasrin"],
             ["2026-11-21", "C-2", "Late delivery", "Tanvir"]]


def _staff_tabs(sheet) -> dict[str, list[list[str]]]:
    return {t: sheet.tab(t) for t in ("Customers", "Call Notes", "Messages")}


@pytest.mark.parametrize("title", ["Follow ups", "সমস্যা", "Problems", "problems", "FOLLOW-UPS"])
@pytest.mark.slow
def test_a_staff_tab_named_like_a_script_tab_stops_the_run_untouched(make_any_sheet, run_on, title):
    sheet = make_any_sheet({**basic_grids(), title: STAFF_LOG})
    before = {**_staff_tabs(sheet), title: sheet.tab(title)}
    for _ in range(3):
        with pytest.raises(SheetError, match=f"The tab '{title}' has the name of Khatir's"):
            run_on(sheet)
    assert {**_staff_tabs(sheet), title: sheet.tab(title)} == before
    assert sheet.tab("Run Log") == [] and sheet.tab("Khatir Keys") == []
    if sheet.kind == "workbook":
        assert not (sheet.path.parent / "khatir-backups").exists()


@pytest.mark.slow
def test_the_stop_is_said_in_the_owners_language(make_any_sheet, run_on):
    sheet = make_any_sheet({**basic_grids(), "সমস্যা": STAFF_LOG})
    bn = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})
    with pytest.raises(SheetError) as stop:
        run_on(sheet, settings_=bn)
    assert stop.value.message("bn").startswith("'সমস্যা' ট্যাবটির নাম খাতিরের 'Problems' ট্যাবের নামের মতো")
    assert "[tabs.problems] title" in stop.value.message("bn")


@pytest.mark.slow
def test_another_title_in_the_settings_lets_the_run_go_on(make_any_sheet, run_on):
    sheet = make_any_sheet({**basic_grids(), "সমস্যা": STAFF_LOG})
    settings = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"},
                               "tabs": {"problems": {"title": "Khatir Problems"}}})
    run_on(sheet, settings_=settings)
    run_on(sheet, settings_=settings)
    assert sheet.tab("সমস্যা") == STAFF_LOG
    assert sheet.tab("Khatir Problems")[0] == PROBLEMS.headers()


@pytest.mark.slow
def test_a_tab_made_by_an_earlier_version_is_adopted_and_marked(make_any_sheet, run_on, settings):
    sheet = make_any_sheet({**basic_grids(), "Follow-ups": [FOLLOW_UPS.headers()[:11]],
                        "Problems": [PROBLEMS.headers()], "Meetup Summary": []})
    run_on(sheet)
    backend = sheet.backend(settings)
    backend.read()
    assert backend.marks == {
        "Follow-ups": "follow_ups", "Problems": "problems", "Meetup Summary": "meetup_summary",
        "Results": "results", "Khatir Keys": "issued_keys"}
    assert [r["Customer ID"] for r in rows_of(sheet, "Follow-ups")] == ["C-1", "C-3", "C-2"]


@pytest.mark.slow
def test_a_marked_tab_is_found_after_staff_rename_it(make_any_sheet, run_on, settings):
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    rename_tab(sheet, settings, "Follow-ups", "Today's list")
    set_cells(sheet, "Today's list", {"L2": "call after 5pm"})
    run_on(sheet, TODAY.replace(day=25))
    assert "Follow-ups" not in _titles(sheet, settings)
    first = rows_of(sheet, "Today's list")[0]
    assert (first["Customer ID"], first["Notes"]) == ("C-1", "call after 5pm")


def rename_tab(sheet, settings, old: str, new: str) -> None:
    """What staff do in Excel, LibreOffice or the Google Sheets page."""
    if sheet.kind == "workbook":
        book = load_workbook(sheet.path)
        book[old].title = new
        book.save(sheet.path)
        return
    backend = sheet.backend(settings)
    backend.read()
    backend.client.http_client.batch_update(sheet.sid, {"requests": [{"updateSheetProperties": {
        "properties": {"sheetId": backend.sheets[old].sheet_id, "title": new}, "fields": "title"}}]})


def _titles(sheet, settings) -> list[str]:
    backend = sheet.backend(settings)
    return list(backend.read())


# -- workbooks from other programs ----------------------------------------------------

def _xlsxwriter_book(path: Path, tabs: dict[str, list[list]]) -> Path:
    return xlsxwriter_workbook(path, tabs, {"ShopName": '="Rupkotha"'})


def _string_grids() -> dict[str, list[list]]:
    return {t: [[v.isoformat() if hasattr(v, "isoformat") else v for v in row] for row in rows]
            for t, rows in basic_grids().items()}


@pytest.mark.slow
def test_xlsxwriter_workbook_with_a_staff_follow_ups_tab_stops(tmp_path, settings):
    path = _xlsxwriter_book(tmp_path / "shop.xlsx", {**_string_grids(), "Follow ups": STAFF_LOG})
    before = path.read_bytes()
    with pytest.raises(SheetError, match="The tab 'Follow ups'"):
        run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    assert path.read_bytes() == before


@pytest.mark.slow
def test_xlsxwriter_workbook_with_an_old_khatir_tab_is_adopted(tmp_path, settings):
    path = _xlsxwriter_book(tmp_path / "shop.xlsx",
                            {**_string_grids(), "Follow-ups": [FOLLOW_UPS.headers()[:11]]})
    run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    backend = WorkbookBackend(path)
    backend.read()
    assert backend.marks["Follow-ups"] == "follow_ups"
    book = load_workbook(path)
    assert "ShopName" in book.defined_names
    assert book["Khatir Keys"].sheet_state == "hidden"
    run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())  # marked once, not twice
    names = [n for ws in load_workbook(path).worksheets for n in ws.defined_names]
    assert names == ["khatir_tab"] * 5


@pytest.mark.slow
def test_marks_survive_a_libreoffice_save(tmp_path, settings):
    """tests/data/khatir-made-saved-by-libreoffice.xlsx: made by Khatir's daily run on
    conftest.basic_grids(), then opened and saved as .xlsx by LibreOffice 7
    (soffice --headless --convert-to xlsx), which keeps the sheet-scoped names."""
    path = Path(shutil.copy(DATA / "khatir-made-saved-by-libreoffice.xlsx", tmp_path / "shop.xlsx"))
    backend = WorkbookBackend(path)
    backend.read()
    assert backend.marks == {"Khatir Keys": "issued_keys", "Meetup Summary": "meetup_summary",
                             "Follow-ups": "follow_ups", "Problems": "problems"}
    sheet = WorkbookSheet(path)
    before = _staff_tabs(sheet)
    run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    assert _staff_tabs(sheet) == before
    assert [r["Customer ID"] for r in rows_of(sheet, "Follow-ups")] == ["C-1", "C-3", "C-2"]


def test_set_up_stops_on_a_staff_tab_named_like_a_script_tab(tmp_path, settings):
    from khatir.jobs.setup import run_setup
    path = _xlsxwriter_book(tmp_path / "shop.xlsx", {**_string_grids(), "সমস্যা": STAFF_LOG})
    before = path.read_bytes()
    with pytest.raises(SheetError, match="The tab 'সমস্যা'"):
        run_setup(WorkbookBackend(path), settings)
    assert path.read_bytes() == before


# -- the emulator's developer metadata, as Google documents it ----------------------------

def test_emulator_developer_metadata_on_a_sheet(google_sheet, settings):
    from gspread.exceptions import APIError
    sheet = google_sheet({"Customers": [["Customer ID", "Name"]]})
    http = sheet.backend(settings).client.http_client
    sheet_id = http.fetch_sheet_metadata(sheet.sid)["sheets"][0]["properties"]["sheetId"]
    request = {"createDeveloperMetadata": {"developerMetadata": {
        "metadataKey": "khatir_tab", "metadataValue": "problems",
        "location": {"sheetId": sheet_id}, "visibility": "DOCUMENT"}}}
    reply = http.batch_update(sheet.sid, {"requests": [request]})["replies"][0]
    created = reply["createDeveloperMetadata"]["developerMetadata"]
    assert created["metadataId"] > 0
    assert created["location"] == {"locationType": "SHEET", "sheetId": sheet_id}
    meta = http.fetch_sheet_metadata(sheet.sid, params={
        "fields": "sheets.developerMetadata(metadataKey,metadataValue)"})
    assert meta == {"sheets": [{"developerMetadata": [
        {"metadataKey": "khatir_tab", "metadataValue": "problems"}]}]}
    del request["createDeveloperMetadata"]["developerMetadata"]["visibility"]
    with pytest.raises(APIError) as refused:
        http.batch_update(sheet.sid, {"requests": [request]})
    assert refused.value.response.status_code == 400


@pytest.mark.parametrize("names", ["", "<x:definedNames/>",
                                   '<x:definedNames><x:definedName name="A">1</x:definedName></x:definedNames>'])
def test_marks_go_in_the_right_place_of_a_prefixed_workbook_part(names):
    from xml.etree import ElementTree as ET

    from khatir.backends.xlsx_patch import mark_sheets
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    part = (f'<x:workbook xmlns:x="{ns}"><x:sheets><x:sheet name="Customers" sheetId="1"/>'
            f'<x:sheet name="Khatir Keys" sheetId="2"/></x:sheets>{names}<x:calcPr/></x:workbook>').encode()
    out = mark_sheets(part, {"Khatir Keys": "issued_keys"}, {"Khatir Keys"})
    root = ET.fromstring(out)
    assert [c.tag.split("}")[1] for c in root] == ["sheets", "definedNames", "calcPr"]
    [mark] = [d for d in root.iter(f"{{{ns}}}definedName") if d.get("name") == "khatir_tab"]
    assert (mark.get("localSheetId"), mark.get("hidden"), mark.text) == ("1", "1", '"issued_keys"')
    assert [s.get("state") for s in root.iter(f"{{{ns}}}sheet")] == [None, "hidden"]
    assert mark_sheets(out, {"Khatir Keys": "issued_keys"}, set()) == out  # marked once


@pytest.mark.slow
def test_the_daily_script_stops_with_one_sentence(tmp_path, make_workbook):
    from test_scripts import ROOT, run
    path = make_workbook({**basic_grids(), "Follow ups": STAFF_LOG})
    out = run(str(ROOT / "scripts" / "daily.py"), "--workbook", str(path), "--today", "2026-11-24",
              "--lang", "bn", cwd=tmp_path, home=tmp_path)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert out.stderr.startswith("ত্রুটি: 'Follow ups' ট্যাবটির নাম খাতিরের 'Follow-ups' ট্যাবের নামের মতো")
