"""A cell staff got wrong in an optional column (a Language "hindi", a Segment typo, a
formula showing #VALUE!, a Done of "maybe") is not used, and its row is still read: the
customer keeps their follow-ups and messages, and Problems says what Khatir took instead.
A leading apostrophe left by a pasted CSV export ("'01512345678") is not part of the value.
Real .xlsx files written by openpyxl and by XlsxWriter, the whole daily job."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter

from openpyxl import load_workbook

from conftest import TODAY, ago, customers_tab, fixed_clock, notes_tab, records
from khatir.backends.workbook import WorkbookBackend, create_workbook
from khatir.config import build_settings
from khatir.jobs.daily import run_daily
from khatir.sheet.schema import MESSAGES, ORDERS

pytestmark = pytest.mark.slow


def _xlsxwriter(path: Path, grids: dict[str, list[list]]) -> Path:
    """The grids as XlsxWriter writes them; a cell "=formula|#ERR" is a formula with that
    cached error, as Excel saves one."""
    book = xlsxwriter.Workbook(str(path))
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    for title, rows in grids.items():
        sheet = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, date):
                    sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
                elif isinstance(value, str) and value.startswith("=") and "|" in value:
                    formula, cached = value.split("|")
                    sheet.write_formula(r, c, formula, None, cached)
                elif value not in ("", None):
                    sheet.write(r, c, value)
    book.close()
    return path


def _openpyxl(path: Path, grids: dict[str, list[list]]) -> Path:
    # openpyxl stores "#VALUE!" as an error cell, as a saved formula error reads back
    return create_workbook(path, {t: [[v.split("|")[1] if isinstance(v, str) and v.startswith("=")
                                       and "|" in v else v for v in row] for row in rows]
                                  for t, rows in grids.items()})


@pytest.fixture(params=["openpyxl", "xlsxwriter"])
def write(request, tmp_path):
    maker = _openpyxl if request.param == "openpyxl" else _xlsxwriter
    return lambda grids: maker(tmp_path / "shop.xlsx", grids)


def _sick(cid: str, **more) -> dict:
    return {"date": ago(5), "customer_id": cid, "agent": "Nasrin", "note": "son is sick with fever",
            **more}


def _shop() -> dict[str, list[list]]:
    return {
        "Customers": customers_tab(["C-1", "Rina", "01711-234567", "hindi"],
                                   ["C-2", "Tom", "01819-876543", "en", {"segment": "losttt"}],
                                   ["C-3", "Sadia", "01912-345678", '=1+"a"|#VALUE!'],
                                   ["C-4", "Karim", "01612-345678", "en",
                                    {"total_spent": "=NA()|#N/A", "orders": "many"}]),
        "Call Notes": notes_tab(_sick("C-1"), _sick("C-2"), _sick("C-3"), _sick("C-4")),
        "Messages": [MESSAGES.headers()]}


def _run(path: Path, lang: str) -> None:
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}})
    run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock(TODAY))


def test_a_bad_optional_customers_cell_keeps_the_customer_and_says_what_was_taken(write):
    path = write(_shop())
    _run(path, "en")
    messages = records(path, "Messages")
    assert sorted(m["Customer ID"] for m in messages if m["Kind"] == "follow_up") == [
        "C-1", "C-2", "C-3", "C-4"]
    assert {r["Customer ID"] for r in records(path, "Follow-ups") if r["What"] == "overdue"} == {
        "C-1", "C-2", "C-3", "C-4"}
    problems = {(p["Row"], p["Column"]): p["Problem"] for p in records(path, "Problems")}
    assert problems[(2, "F")] == ("“hindi” is not one of the words this column accepts. It is not "
                                  "used: messages to this customer are written in English (the "
                                  "shop's default).")
    assert problems[(3, "E")].endswith("It is not used: the customer's group is worked out from "
                                       "their orders, as for an empty cell.")
    assert problems[(4, "F")] == ("The cell holds a formula error (#VALUE!) instead of a value. It is "
                                  "not used: messages to this customer are written in English (the "
                                  "shop's default).")
    assert problems[(5, "I")].startswith("“many” is not a whole number. It is not used: Khatir reads")
    assert problems[(5, "J")].startswith("The cell holds a formula error (#N/A)")


def test_in_bengali_the_default_language_is_named_in_bengali(write):
    path = write(_shop())
    _run(path, "bn")
    book = load_workbook(path)
    problems = next(ws for ws in book if ws.title not in
                    ("Customers", "Call Notes", "Messages") and any(
                        "hindi" == c.value for row in ws.iter_rows() for c in row))
    texts = [" | ".join(str(c.value) for c in row) for row in problems.iter_rows()]
    assert any(t.startswith("Customers | 2 | F | hindi | “hindi” এই কলামের জন্য চেনা শব্দ নয়। তাই এই "
                            "লেখাটি ব্যবহার করা হচ্ছে না: এই গ্রাহকের বার্তা বাংলা ভাষায় লেখা হবে "
                            "(দোকানের ঠিক করা ভাষা)।")
               for t in texts), texts


def test_a_bad_optional_call_notes_cell_keeps_the_follow_up(write):
    path = write({
        "Customers": customers_tab(["C-1", "Rina", "01711-234567", "en"],
                                   ["C-2", "Tom", "01819-876543", "en"],
                                   ["C-3", "Sadia", "01912-345678", "en"]),
        "Call Notes": notes_tab(_sick("C-1", done="maybe"), _sick("C-2", event="=NA()|#N/A"),
                                _sick("C-3", follow_up_on="31/02/2026")),
        "Messages": [MESSAGES.headers()]})
    _run(path, "en")
    assert sorted(m["Customer ID"] for m in records(path, "Messages")) == ["C-1", "C-2", "C-3"]
    problems = {p["Column"]: p["Problem"] for p in records(path, "Problems")}
    assert problems["G"].endswith("It is not used: the note counts as not done, so its follow-up "
                                  "stays on the list.")
    assert problems["E"] == ("The cell holds a formula error (#N/A) instead of a value. It is not "
                             "used: the event is understood from the Note, as for an empty cell.")
    assert "It is not used: the follow-up is due when the Note" in problems["F"]


def test_an_unreadable_required_cell_still_leaves_its_row_out(write):
    path = write({
        "Customers": customers_tab(["C-1", '=1/0|#DIV/0!', "01711-234567", "en"]),
        "Call Notes": notes_tab(_sick("C-1")),
        "Messages": [MESSAGES.headers()]})
    _run(path, "en")
    assert records(path, "Messages") == []
    assert [p["Problem"] for p in records(path, "Problems")] == [
        "The cell holds a formula error (#DIV/0!) instead of a value."]


def test_a_leading_apostrophe_from_a_pasted_export_is_not_part_of_the_value(write):
    path = write({
        "Customers": customers_tab(["'C-1", "Rina", "'01512345678", "en"],
                                   ["C-2", "Tom", "’01819-876543", "en"]),
        "Call Notes": notes_tab({"date": "'" + ago(3).strftime("%d-%m-%Y"), "customer_id": "C-1",
                                 "agent": "Nasrin", "note": "car broke down on the highway"},
                                {"date": ago(3), "customer_id": "'C-2", "note": "son is sick"}),
        "Orders": [[c.header for c in ORDERS.columns], [ago(40), "C-1", "'1500"]],
        "Messages": [MESSAGES.headers()]})
    _run(path, "en")
    assert records(path, "Problems") == []
    messages = {m["Customer ID"]: m for m in records(path, "Messages")}
    assert sorted(messages) == ["C-1", "C-2"]
    assert messages["C-1"]["Phone"] == "+8801512345678"
    assert messages["C-2"]["Phone"] == "+8801819876543"
    assert messages["C-1"]["WhatsApp Link"]  # a link, since the number was read


def test_a_formula_error_in_an_orders_status_is_a_problem(write):
    """The fuzz campaign's find: "#N/A" in Orders' Status was read as a status word, silently."""
    grids = _shop()
    grids["Orders"] = [ORDERS.headers(), [ago(20), "C-4", 1500, "", '=VLOOKUP(A2,X:Y,2)|#N/A']]
    path = write(grids)
    _run(path, "en")
    problems = {(p["Row"], p["Column"]): p for p in records(path, "Problems") if p["Tab"] == "Orders"}
    assert problems[(2, "E")]["Problem"].startswith("The cell holds a formula error (#N/A) instead of a value.")
