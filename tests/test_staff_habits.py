"""Real staff habits that used to lose a customer or a wish: two numbers in one
Phone cell, an unreadable phone, a renamed Do Not Contact column. Both backends."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import ago, customers_tab, notes_tab
from khatir.sheet.schema import FEEDBACK, MESSAGES
from other_writers import make_any_sheet  # noqa: F401  (a fixture)
from test_daily_both_backends import rows_of

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook or starts Khatir


def _sheet_with(customers: list[list], notes: list[dict], feedback: list[dict] | None = None):
    grids = {"Customers": customers, "Call Notes": notes_tab(*notes), "Messages": [MESSAGES.headers()]}
    if feedback:
        grids["Feedback"] = [FEEDBACK.headers()] + [[r.get(c.key, "") for c in FEEDBACK.columns]
                                                     for r in feedback]
    return grids


def _sick(cid: str) -> dict:
    return {"date": ago(4), "customer_id": cid, "agent": "Nasrin", "note": "fever, sick at home"}


def test_two_numbers_in_one_cell_use_the_first_and_say_so(make_any_sheet, run_on):
    sheet = make_any_sheet(_sheet_with(
        customers_tab(["C-1", "Rahima", "01711-234567, 01819-876543", "en"],
                      ["C-2", "Karim", "01711234567 / 01819876543", "en"],
                      ["C-3", "Nusrat", "০১৯১১৫৫৬৬৭৭, ০১৮১৯৮৭৬৫৪৩", "en"]),
        [_sick("C-1"), _sick("C-2"), _sick("C-3")]))
    run_on(sheet)
    phones = {m["Customer ID"]: (m["Phone"], m["WhatsApp Link"]) for m in rows_of(sheet, "Messages")}
    # The link cell shows "Send on WhatsApp" and opens the chat of the Phone shown beside it.
    assert phones == {"C-1": ("+8801711234567", "Send on WhatsApp"),
                      "C-2": ("+8801711234567", "Send on WhatsApp"),
                      "C-3": ("+8801911556677", "Send on WhatsApp")}
    problems = [(p["Row"], p["Column"], p["Problem"]) for p in rows_of(sheet, "Problems")]
    assert problems == [
        ("2", "C", "This cell holds more than one number: +8801711234567 is used for messages; "
                   "01819-876543 is not used."),
        ("3", "C", "This cell holds more than one number: +8801711234567 is used for messages; "
                   "01819876543 is not used."),
        ("4", "C", "This cell holds more than one number: +8801911556677 is used for messages; "
                   "০১৮১৯৮৭৬৫৪৩ is not used."),
        # the numbers used are one: the second numbers, not used, share nothing
        ("3", "C", "Customers C-1, C-2 have the same phone number, +8801711234567 (cells C2, C3)."),
    ]


def test_unreadable_phone_keeps_the_customer_and_the_complaint_first(make_any_sheet, run_on):
    sheet = make_any_sheet(_sheet_with(
        customers_tab(["C-1", "Rahima", "ask at the shop", "en"],
                      ["C-2", "Karim", "01819876543", "en"]),
        [_sick("C-1"), _sick("C-2")],
        [{"date": ago(2), "customer_id": "C-1", "sentiment": "negative", "text": "Wrong size again"}]))
    run_on(sheet)
    follow = rows_of(sheet, "Follow-ups")
    assert [(r["What"], r["Customer ID"], r["Phone"]) for r in follow] == [
        ("negative feedback", "C-1", "ask at the shop"),
        ("overdue", "C-1", "ask at the shop"),
        ("overdue", "C-2", "+8801819876543")]
    assert "the phone number cannot be read (see Problems)" in follow[0]["Remark"]
    messages = {m["Customer ID"]: m for m in rows_of(sheet, "Messages")}
    assert messages["C-1"]["Kind"] == "feedback_reply"
    assert messages["C-1"]["WhatsApp Link"] == ""
    assert [(p["Row"], p["Column"], p["Value"]) for p in rows_of(sheet, "Problems")] == [
        ("2", "C", "ask at the shop")]


@pytest.mark.parametrize("header", [
    "Do not call", "DNC", "No contact", "Don't contact", "Opt out", "কল করবেন না",
    "যোগাযোগ করবেন না", "যোগাযোগ নয়", "Unsubscribed"])
def test_common_names_of_do_not_contact_are_read(make_any_sheet, run_on, header):
    customers = customers_tab(["C-1", "Rahima", "01711234567", "en", {"do_not_contact": "yes"}],
                              ["C-2", "Karim", "01819876543", "en"])
    customers[0][customers[0].index("Do Not Contact")] = header
    sheet = make_any_sheet(_sheet_with(customers, [_sick("C-1"), _sick("C-2")]))
    run_on(sheet)
    assert [m["Customer ID"] for m in rows_of(sheet, "Messages")] == ["C-2"]
    assert rows_of(sheet, "Problems") == []


@pytest.mark.parametrize("header,value", [
    ("No WhatsApp", "yes"), ("No WhatsApp", "✓"), ("Never message", "TRUE"),
    ("বার্তা দেবেন না", "হ্যাঁ"), ("Stop calls", "maybe later")])
def test_an_unknown_opt_out_column_stops_messages_and_says_the_name_to_use(
        make_any_sheet, run_on, header, value):
    customers = customers_tab(["C-1", "Rahima", "01711234567", "en"],
                              ["C-2", "Karim", "01819876543", "en"],
                              ["C-3", "Nusrat", "01911556677", "en"])
    customers[0].append(header)
    customers[1].append(value)
    customers[2].append("no")
    sheet = make_any_sheet(_sheet_with(customers, [_sick("C-1"), _sick("C-2"), _sick("C-3")]))
    run_on(sheet)
    assert [m["Customer ID"] for m in rows_of(sheet, "Messages")] == ["C-2", "C-3"]
    [problem] = rows_of(sheet, "Problems")
    assert (problem["Row"], problem["Column"], problem["Value"]) == ("1", "N", header)
    assert problem["How to fix"] == "Rename the header to 'Do Not Contact' (or 'যোগাযোগ নয়') so Khatir reads it for certain."


def test_a_misspelt_optional_header_is_reported_with_the_name_to_use(make_any_sheet, run_on):
    customers = customers_tab(["C-1", "Rahima", "01711234567", "bn"])
    customers[0][customers[0].index("Language")] = "Langauge"
    sheet = make_any_sheet(_sheet_with(customers, [_sick("C-1")]))
    run_on(sheet)
    [problem] = rows_of(sheet, "Problems")
    assert problem["Value"] == "Langauge"
    assert problem["Problem"] == ("The column 'Langauge' is not read: Khatir does not know this "
                                  "name. Did you mean 'Language'?")


def test_an_unreadable_do_not_contact_cell_means_no_message(make_any_sheet, run_on):
    sheet = make_any_sheet(_sheet_with(
        customers_tab(["C-1", "Rahima", "01711234567", "en", {"do_not_contact": "ask boss"}],
                      ["C-2", "Karim", "01819876543", "en"]),
        [_sick("C-1"), _sick("C-2")]))
    run_on(sheet)
    assert [m["Customer ID"] for m in rows_of(sheet, "Messages")] == ["C-2"]
    assert [r["Customer ID"] for r in rows_of(sheet, "Follow-ups")] == ["C-1", "C-2"]
    assert [(p["Row"], p["Value"]) for p in rows_of(sheet, "Problems")] == [("2", "ask boss")]


@pytest.mark.parametrize("header", ["Phone No", "Mobile No", "No. of calls", "Calls made", "Contact No"])
def test_columns_that_only_mention_calls_or_numbers_are_not_opt_outs(make_any_sheet, run_on, header):
    customers = customers_tab(["C-1", "Rahima", "", "en"], ["C-2", "Karim", "01819876543", "en"])
    customers[0].append(header)
    customers[1].append("01711234567" if "No" in header and "of" not in header else 3)
    sheet = make_any_sheet(_sheet_with(customers, [_sick("C-1"), _sick("C-2")]))
    run_on(sheet)
    assert [m["Customer ID"] for m in rows_of(sheet, "Messages")] == ["C-1", "C-2"]


def test_call_dates_typed_without_a_year_take_the_most_recent_such_day(make_any_sheet, run_on):
    """On 5 January, "28 Dec" is last December's call and still gets its follow-up; a
    Follow Up On typed without a year is the next such day after the call."""
    today = date(2026, 1, 5)
    sheet = make_any_sheet(_sheet_with(
        customers_tab(["C-1", "Rahima", "01711234567", "en"], ["C-2", "Karim", "01819876543", "en"],
                      ["C-3", "Nusrat", "01911556677", "en"], ["C-4", "Jamal", "01511223344", "en"]),
        [{"date": "28 Dec", "customer_id": "C-1", "agent": "Nasrin", "note": "fever, sick at home"},
         {"date": "৩০শে ডিসেম্বর", "customer_id": "C-2", "agent": "Nasrin", "note": "মেয়ের জ্বর"},
         {"date": "31/12", "customer_id": "C-3", "agent": "Nasrin", "note": "fever, sick at home"},
         {"date": "29-12", "customer_id": "C-4", "agent": "Nasrin", "note": "fever, sick at home",
          "follow_up_on": "3 Jan"}]))
    run_on(sheet, today)
    assert rows_of(sheet, "Problems") == []
    due = {r["Customer ID"]: r["Due"] for r in rows_of(sheet, "Follow-ups")}
    assert due == {"C-1": "2025-12-30", "C-2": "2026-01-01", "C-3": "2026-01-02", "C-4": "2026-01-03"}
    keys = sorted(m["Key"].rsplit(":", 1)[0] for m in rows_of(sheet, "Messages"))
    assert keys == ["follow_up:C-1:2025-12-28", "follow_up:C-2:2025-12-30", "follow_up:C-3:2025-12-31",
                    "follow_up:C-4:2025-12-29"]


@pytest.mark.parametrize("status", ["sent", "pending"])
def test_a_note_dated_without_a_year_gets_no_second_message_a_year_later(make_any_sheet, run_on, status):
    """"15 Nov" read again on 17 November next year is the same call: its message of a year
    before is its own, so no get-well message goes for a fever a year old."""
    sheet = make_any_sheet(_sheet_with(
        customers_tab(["C-1", "Rahima", "01711234567", "en"]),
        [{"date": "15 Nov", "customer_id": "C-1", "agent": "Nasrin", "note": "fever, sick at home"}]))
    run_on(sheet, date(2026, 11, 17))
    [made] = rows_of(sheet, "Messages")
    assert made["Key"].rsplit(":", 1)[0] == "follow_up:C-1:2026-11-15"
    from test_follow_up_notes import set_cells
    set_cells(sheet, "Messages", {"G2": status})
    run_on(sheet, date(2027, 11, 17))
    assert [m["Key"] for m in rows_of(sheet, "Messages")] == [made["Key"]]
