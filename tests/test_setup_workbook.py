"""setup_sheet.py on a workbook: new tabs and dropdowns, never a changed cell."""
from __future__ import annotations

from openpyxl import load_workbook

from conftest import basic_grids, read_tab
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
