"""Workbooks written by programs other than Excel and LibreOffice (a POS export through the
OpenXML SDK, Go, Java and JavaScript libraries, Excel 365's newer cells): one odd cell
never refuses the workbook, the tabs are found where the package says, and what the
staff are told matches what they see in Excel. Whole daily runs on real .xlsx files
(tests/foreign_writers.py writes them part by part), on both readers."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TODAY, ago, customers_tab, fixed_clock, notes_tab
from foreign_writers import Raw, entries, sdk_workbook
from khatir.backends.workbook import WorkbookBackend
from khatir.backends.xlsx_read import ENV_VAR, read_grids
from khatir.config import build_settings
from khatir.errors import BrokenCell, ErrorValue
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
