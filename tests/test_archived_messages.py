"""Messages rows cut out to an archive tab (the docs allow it; Khatir Keys remembers them) still
count as contact (the third month's trial, F7): C-025, sent a first-order message, showed as "never
contacted" once staff archived the row. Runs the real daily job on a workbook."""
from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from conftest import TODAY, ago, customers_tab, records, staff_marks_sent
from khatir.sheet.schema import CALL_NOTES, MESSAGES, ORDERS

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook


def archive_messages(path) -> None:
    """What staff do in Excel: cut every Messages row to a tab of their own."""
    book = load_workbook(path)
    ws = book["Messages"]
    old = book.create_sheet("Old messages")
    for row in ws.iter_rows(values_only=True):
        old.append(list(row))
    ws.delete_rows(2, ws.max_row - 1)
    book.save(path)


def test_an_archived_message_is_still_the_last_contact(make_workbook, run_job):
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Mita Roy", "01711-667788", "en"]),
        "Orders": [ORDERS.headers(), [ago(200), "C-1", 1500, ""]],
        "Call Notes": [CALL_NOTES.headers()],
        "Messages": [MESSAGES.headers()]})
    run_job(path, ago(30))  # the only order 170 days old: "how was your first order?"
    [first] = records(path, "Messages")
    assert first["Kind"] == "first_order"
    staff_marks_sent(path, {first["Key"]: ago(29)})
    archive_messages(path)
    run_job(path)  # 200 days: no first-order question now; in touch 29 days ago (limit 60)
    assert records(path, "Messages") == []
    assert [(r["What"], r["Customer ID"], r["Why"]) for r in records(path, "Follow-ups")] == []
    run_job(path, TODAY + timedelta(days=40))  # 70 days since it was made: check in, not "never"
    assert [(r["What"], r["Customer ID"], r["Why"]) for r in records(path, "Follow-ups")] == [
        ("check in", "C-1", "no contact for 70 days (limit 60)")]
