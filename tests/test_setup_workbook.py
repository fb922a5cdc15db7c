"""setup_sheet.py on a workbook: new tabs and dropdowns, never a changed cell."""
from __future__ import annotations

from openpyxl import load_workbook

from conftest import ago, basic_grids, read_tab, records
from khatir.backends.workbook import WorkbookBackend
from khatir.jobs.setup import run_setup


def test_new_workbook_gets_every_tab_with_headers_and_dropdowns(tmp_path, settings):
    path = tmp_path / "new.xlsx"
    plan = run_setup(WorkbookBackend(path), settings)
    book = load_workbook(path)
    assert book.sheetnames == ["Customers", "Orders", "Call Notes", "Meetups", "Feedback", "Messages",
                               "Follow-ups", "Meetup Summary", "Problems", "Results", "Run Log"]
    assert read_tab(path, "Call Notes") == [["Date", "Customer ID", "Agent", "Note", "Event",
                                             "Follow Up On", "Done"]]
    assert book["Customers"].freeze_panes == "A2"
    lists = {(str(dv.sqref), dv.formula1) for dv in book["Messages"].data_validations.dataValidation}
    assert lists == {("G2:G5000", '"pending,sent,skipped"'), ("H2:H5000", '"yes,no,maybe,attended,did not come"')}
    assert plan.report[-1] == "The sheet is ready: 11 tabs checked."


def test_existing_workbook_keeps_its_cells_and_gets_the_missing_tabs(make_workbook, settings):
    grids = basic_grids()
    grids["Call Notes"][0][3] = "Comments"  # a required header is missing
    path = make_workbook(grids)
    before = {t: read_tab(path, t) for t in ("Customers", "Call Notes", "Messages")}
    plan = run_setup(WorkbookBackend(path), settings)
    assert {t: read_tab(path, t) for t in before} == before
    assert "The tab 'Call Notes' has no 'Note' column; add it by hand (nothing was changed there)." in plan.report
    assert "Created the tab 'Follow-ups' with its headers." in plan.report
    assert "Created the tab 'Customers' with its headers." not in plan.report
    again = run_setup(WorkbookBackend(path), settings)
    assert not any(line.startswith("Created") for line in again.report)


def test_a_bengali_staff_tab_gets_its_choices_in_bengali(make_workbook, settings):
    """Staff who head their column ধরন write হারানো, not "lost": the list offers their words
    (the English ones stay for an English header; Messages keeps Khatir's own)."""
    grids = basic_grids()
    grids["Customers"][0] = ["আইডি", "নাম", "ফোন", "ভাষা", "ধরন"]
    grids["Feedback"] = [["Date", "Customer ID", "মতামত", "ধরন", "Resolved"]]
    path = make_workbook(grids)
    run_setup(WorkbookBackend(path), settings)
    book = load_workbook(path)

    def lists(tab: str) -> set[str]:
        return {dv.formula1 for dv in book[tab].data_validations.dataValidation}

    assert lists("Customers") == {'"bn,en"', '"আগ্রহী,বর্তমান,হারানো"'}
    assert lists("Feedback") == {'"ইতিবাচক,নেতিবাচক,পরামর্শ"', '"yes,no"'}
    assert '"pending,sent,skipped"' in lists("Messages")


def test_setup_asks_for_no_column_the_daily_run_finds_under_the_shops_own_names(
        make_workbook, settings, run_job):
    """An owner adopting a year-old sheet (blind trial, stop 38): the call notes' column is
    headed "Note (what they said)" and Orders is the till's paste (Receipt No, Customer
    Mobile). The daily run reads both; set-up must not tell the owner to add a "Note" or a
    "Customer ID" column, since an empty exact "Note" would then hide the real notes."""
    grids = basic_grids()
    grids["Call Notes"] = [["Date", "Customer ID", "Agent", "Note (what they said)"],
                           [ago(2), "C-1", "Nasrin", "মেয়ের জ্বর"]]
    grids["Orders"] = [["Receipt No", "Date", "Customer Mobile", "Item", "Qty", "Unit Price", "Total"],
                       ["R-1", "2026-03-01", "01711234567", "Phone", 1, 18500, 18500],
                       ["R-2", "2026-05-01", "01819876543", "Cover", 1, 300, 300]]
    path = make_workbook(grids)
    plan = run_setup(WorkbookBackend(path), settings)
    assert not [line for line in plan.report if "add it by hand" in line]
    run_job(path)
    follow_ups = [r for r in records(path, "Messages") if r["Kind"] == "follow_up"]
    assert [(r["Customer ID"], r["Name"]) for r in follow_ups] == [("C-1", "রহিমা খাতুন")]


def test_setup_still_names_a_required_column_that_is_really_missing(make_workbook, settings):
    grids = basic_grids()
    grids["Orders"] = [["Receipt No", "Item", "Qty"], ["R-1", "Phone", 1]]
    plan = run_setup(WorkbookBackend(path := make_workbook(grids)), settings)
    assert "The tab 'Orders' has no 'Date' column; add it by hand (nothing was changed there)." in plan.report
    assert path.exists()
