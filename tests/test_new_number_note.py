"""A call note that gives the customer's new number ("notun number dilo 01711-999888") holds every
message to them until staff write it in Phone: messages go to Phone, and the old number may be a
stranger's by now (the eighth blind trial: a get-well and a condolence went to the old number three
weeks after the note gave the new one). A number with no word that it is their new one is nothing.
Each test runs the real daily job on a workbook and reads what staff see."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from conftest import TODAY, ago, customers_tab, notes_tab, script_rows
from khatir.rules.new_number import new_number
from khatir.sheet.schema import CUSTOMERS, FOLLOW_UPS, MESSAGES, PROBLEMS

MOVED = "notun number dilo 01711-999888, purano ta ar use kore na"


def note(cid: str, days: int, words: str) -> dict:
    return {"date": ago(days), "customer_id": cid, "agent": "Rina", "note": words}


def grids(*notes: dict) -> dict[str, list[list]]:
    return {"Customers": customers_tab(["C-1", "Karim Uddin", "01819-876543", "en"]),
            "Call Notes": notes_tab(*notes)}


@pytest.mark.parametrize("words, number", [
    (MOVED, "+8801711999888"), ("নতুন নাম্বার দিলেন ০১৭১১-৯৯৯৮৮৮", "+8801711999888"),
    ("Customer changed her number to +8801711999888", "+8801711999888"),
    ("bkash 01711999888 e taka pathaben", None), ("delivery man er number 01711999888", None),
    ("new number dise, pore pathabe", None)])
def test_a_new_number_is_read_only_when_the_note_says_so(words, number):
    assert new_number(words) == number


@pytest.mark.slow
def test_no_message_goes_to_the_old_number_until_phone_is_corrected(make_workbook, run_job):
    path = make_workbook(grids(note("C-1", 10, MOVED), note("C-1", 3, "daughter has a fever")))
    run_job(path)
    assert script_rows(path, MESSAGES) == []
    [row] = [r for r in script_rows(path, FOLLOW_UPS) if r["customer_id"] == "C-1"]
    assert (row["message_key"], row["remark"]) == (
        None, "the call note of 14 November gives a new number, +8801711999888: no message until Phone says it")
    [problem] = [p for p in script_rows(path, PROBLEMS) if p["tab"] == "Customers"]
    assert (problem["row"], problem["column"], problem["value"]) == (2, "C", "01819-876543")
    assert problem["fix"] == "Write +8801711999888 in the Phone of C-1 (Karim Uddin) in Customers (check it with the customer first)."
    book = load_workbook(path)  # staff correct Phone, as the row asks
    book[CUSTOMERS.title]["C2"] = "01711-999888"
    book.save(path)
    run_job(path)
    [message] = script_rows(path, MESSAGES)
    assert (message["customer_id"], message["phone"], message["created"]) == ("C-1", "+8801711999888", TODAY.isoformat())
    assert [p for p in script_rows(path, PROBLEMS) if p["tab"] == "Customers"] == []
