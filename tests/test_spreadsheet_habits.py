"""What a shop's spreadsheet holds besides records, as LibreOffice and Excel users make it:
a totals row under the customers, a formula filled down a column of the staff's own,
a Done typed in words, a Capacity with its unit, an ID typed in another case. Real
workbooks (and the Google emulator), the whole daily job, what a person sees."""
from __future__ import annotations

import pytest

from conftest import TODAY, ago, customers_tab, notes_tab
from khatir.sheet.schema import MEETUPS, MESSAGES, ORDERS
from other_writers import make_any_sheet  # noqa: F401  (a fixture)
from test_daily_both_backends import rows_of

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook


def _sick(cid: str, **more) -> dict:
    return {"date": ago(4), "customer_id": cid, "agent": "Nasrin", "note": "fever, sick at home", **more}


@pytest.mark.parametrize("label", ["মোট", " Total ", "GRAND TOTAL", "সর্বমোট", "Sum", "যোগফল"])
def test_a_totals_row_under_the_customers_is_no_customer_and_no_problem(make_any_sheet, run_on, label):
    sheet = make_any_sheet({
        # A totals row: "মোট" in the ID column, =COUNTA(A2:A3)&" জন" showing "2 জন" as the Name.
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"],
                                   ["C-2", "Karim", "01819-876543", "en"],
                                   [label, "2 জন", "", ""]),
        "Call Notes": notes_tab(),
        "Meetups": [[c.header for c in MEETUPS.columns],
                    ["M-1", "Tea", TODAY.replace(day=30), "17:00", "Shop", "", "", ""]],
        "Messages": [MESSAGES.headers()]})
    run_on(sheet)
    messages = rows_of(sheet, "Messages")
    assert sorted((m["Kind"], m["Customer ID"], m["Name"]) for m in messages) == [
        ("meetup_invite", "C-1", "Rahima"), ("meetup_invite", "C-2", "Karim")]
    assert rows_of(sheet, "Problems") == []


def test_a_totals_row_under_the_orders_counts_for_nothing(make_workbook, run_job, settings):
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"]),
        "Call Notes": notes_tab(),
        "Orders": [[c.header for c in ORDERS.columns],
                   [ago(30), "C-1", 1000], [ago(20), "C-1", 1000], [],
                   ["মোট", None, 2000]],  # the label under the dates, the ID cell empty
        "Messages": [MESSAGES.headers()]})
    run_job(path)
    from conftest import records
    assert records(path, "Problems") == []


def test_a_formula_filled_down_a_column_khatir_does_not_read_makes_no_rows(make_any_sheet, run_on):
    # Staff filled =VLOOKUP(B2, Customers!A:B, 2, FALSE) down a Name column of their own:
    # on the rows with no order yet it shows #N/A. Those rows are empty, as they look.
    orders = [[c.header for c in ORDERS.columns] + ["Name"],
              [ago(30), "C-1", 1000, "", "", "Rahima"]]
    orders += [["", "", "", "", "", "#N/A"] for _ in range(17)]
    sheet = make_any_sheet({
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"]),
        "Call Notes": notes_tab(_sick("C-1")),
        "Orders": orders,
        "Messages": [MESSAGES.headers()]})
    run_on(sheet)
    assert rows_of(sheet, "Problems") == []
    assert [m["Customer ID"] for m in rows_of(sheet, "Messages")] == ["C-1"]


@pytest.mark.parametrize("done", ["হয়েছে", "হইছে", "done hoise", "OK", "হয়ে গেছে"])
def test_done_typed_in_words_closes_the_follow_up(make_any_sheet, run_on, done):
    sheet = make_any_sheet({
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"],
                                   ["C-2", "Karim", "01819-876543", "en"]),
        "Call Notes": notes_tab(_sick("C-1", done=done), _sick("C-2", done="বাকি")),
        "Messages": [MESSAGES.headers()]})
    run_on(sheet)
    assert [m["Customer ID"] for m in rows_of(sheet, "Messages")] == ["C-2"]
    assert rows_of(sheet, "Problems") == []


def test_ok_in_do_not_contact_is_still_no_clear_answer(make_workbook, run_job):
    # "ok" closes a call note, but in Do Not Contact it could mean "ok to contact" or
    # "ok, never again": it counts as yes (no message) and is reported, as before.
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en", {"do_not_contact": "ok"}]),
        "Call Notes": notes_tab(_sick("C-1")),
        "Messages": [MESSAGES.headers()]})
    run_job(path)
    from conftest import records
    assert records(path, "Messages") == []
    assert [(p["Column"], p["Problem"]) for p in records(path, "Problems")] == [
        ("L", "“ok” is not a yes/no answer. It is not used: Khatir counts it as yes, "
              "so no message is made for this customer.")]


@pytest.mark.parametrize("capacity", ["2 জন", "২ জন", "2 people", "2 seats", "২জন"])
def test_a_capacity_with_its_unit_is_the_number(make_any_sheet, run_on, capacity):
    sheet = make_any_sheet({
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"],
                                   ["C-2", "Karim", "01819-876543", "en"],
                                   ["C-3", "Nusrat", "01911-556677", "en"]),
        "Call Notes": notes_tab(),
        "Meetups": [[c.header for c in MEETUPS.columns],
                    ["M-1", "Tea", TODAY.replace(day=30), "17:00", "Shop", "", capacity, ""]],
        "Messages": [MESSAGES.headers()]})
    run_on(sheet)
    assert rows_of(sheet, "Problems") == []
    assert len([m for m in rows_of(sheet, "Messages") if m["Kind"] == "meetup_invite"]) == 2
    summary = rows_of(sheet, "Meetup Summary")
    assert [(s["Meetup ID"], s["Invited"], s["Left Out"]) for s in summary][:1] == [("M-1", "2", "1: C-3 (no seat)")]


def test_an_id_typed_in_another_case_is_the_same_customer(make_any_sheet, run_on):
    sheet = make_any_sheet({
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"],
                                   ["C-2", "Karim", "01819-876543", "en"]),
        "Call Notes": notes_tab(_sick("c-1"), _sick(" c-2 ")),
        "Messages": [MESSAGES.headers()]})
    run_on(sheet)
    assert rows_of(sheet, "Problems") == []
    assert sorted((m["Customer ID"], m["Name"]) for m in rows_of(sheet, "Messages")) == [
        ("C-1", "Rahima"), ("C-2", "Karim")]


def test_a_date_merged_down_on_a_google_sheet_is_every_rows_date(google_sheet, run_on, settings):
    sheet = google_sheet({
        "Customers": customers_tab(["C-1", "Amina", "01711-000001", "en"],
                                   ["C-2", "Babul", "01711-000002", "en"]),
        "Call Notes": notes_tab(_sick("C-1"), {"customer_id": "C-2", "note": "son has fever"}),
        "Messages": [MESSAGES.headers()]})
    backend = sheet.backend(settings)
    backend.read()
    backend.client.http_client.batch_update(sheet.sid, {"requests": [{"mergeCells": {
        "mergeType": "MERGE_COLUMNS", "range": {
            "sheetId": backend.sheets["Call Notes"].sheet_id, "startRowIndex": 1, "endRowIndex": 3,
            "startColumnIndex": 0, "endColumnIndex": 1}}}]})
    run_on(sheet)
    assert rows_of(sheet, "Problems") == []
    assert sorted((m["Customer ID"], m["Key"].split(":")[2]) for m in rows_of(sheet, "Messages")) == [
        ("C-1", ago(4).isoformat()), ("C-2", ago(4).isoformat())]
