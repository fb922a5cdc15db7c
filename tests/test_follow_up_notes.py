"""What staff type beside a Follow-ups row is carried to the same item's row on the
next run; a note whose item is gone goes to Problems and stays there. Both backends."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from conftest import ago, basic_grids
from other_writers import make_any_sheet  # noqa: F401  (a fixture)
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
