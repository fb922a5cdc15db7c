"""Unhappy feedback whose complaint a later call note says was put right ("refund pelo, khushi")
no longer heads Follow-ups until staff remember Resolved (the eighth blind story trial: a row
stayed first into January after the notes said the mistake was put right and the customer
thanked the shop). It moves below the open ones, asks for Resolved, gets no apology it does not
have yet, and leaves the list a week after the note. Runs the real daily job."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, customers_tab, notes_tab, records
from khatir.sheet.schema import FEEDBACK, MESSAGES

DAY = TODAY - timedelta(days=3)


def shop(make_workbook, *notes: dict):
    return make_workbook({
        "Customers": customers_tab(["C-1", "Imran Chowdhury", "01712-000001", "en"],
                                   ["C-2", "Kamrul Rahman", "01712-000002", "en"]),
        "Call Notes": notes_tab(*notes),
        "Feedback": [FEEDBACK.headers(),
                     [DAY, "", "C-1", "negative", "The shirt came in the wrong size", ""],
                     [DAY, "", "C-2", "negative", "Delivery was two days late", ""]],
        "Messages": [MESSAGES.headers()]})


@pytest.mark.slow
def test_feedback_put_right_in_a_later_note_goes_below_the_open_one(make_workbook, run_job):
    path = shop(make_workbook, {"date": DAY + timedelta(days=1), "customer_id": "C-1", "agent": "Rina",
                                "note": "exchange kore dilam, right size peyeche, khushi"})
    run_job(path)
    follow = [r for r in records(path, "Follow-ups") if r["What"] == "negative feedback"]
    assert [(r["Customer ID"], r["Message Key"] is None, r["Remark"]) for r in follow] == [
        ("C-2", False, "Call them; mark Resolved in Feedback when it is put right."),
        ("C-1", True, "The call note of 22 November says it was put right: \u201cexchange kore dilam, right "
                      "size peyeche, khushi\u201d. Mark Resolved in Feedback if so.")]
    assert [m["Customer ID"] for m in records(path, "Messages") if m["Kind"] == "feedback_reply"] == ["C-2"]
    run_job(path, TODAY + timedelta(days=6))  # a week after the note: off the list
    assert [r["Customer ID"] for r in records(path, "Follow-ups") if r["What"] == "negative feedback"] == ["C-2"]


@pytest.mark.slow
def test_a_note_before_the_feedback_or_still_unhappy_changes_nothing(make_workbook, run_job):
    path = shop(make_workbook,
                {"date": DAY - timedelta(days=5), "customer_id": "C-1", "agent": "Rina", "note": "refund pelo, khushi"},
                {"date": DAY + timedelta(days=1), "customer_id": "C-2", "agent": "Rina",
                 "note": "customer still angry, parcel not received"})
    run_job(path)
    follow = [r for r in records(path, "Follow-ups") if r["What"] == "negative feedback"]
    assert [r["Customer ID"] for r in follow] == ["C-1", "C-2"]
    assert all(r["Remark"] == "Call them; mark Resolved in Feedback when it is put right." for r in follow)
