"""Invitations in the seventh blind trial: a regular whose complaint ("কেকটা বাসি ছিল, খেয়ে মেয়ের পেট
খারাপ হয়েছে") had headed Follow-ups, unresolved, for 17 days was invited to the cookie-decorating
afternoon with "Thank you for staying with us all this time! ... if you are happy with us, we would
be grateful if you told your friends". The invitation still goes (a day after the apology), but to a
customer whose unhappy feedback is not yet Resolved it says the shop is still sorry, and asks for no
recommendation. Runs the real daily job."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, records, staff_marks_sent
from khatir.sheet.schema import FEEDBACK, MEETUPS, MESSAGES, ORDERS

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

THANKS = ("Hello Shafiq,\n"
          "Thank you for staying with us all this time! We are holding a special get-together for our "
          "dear customers — “Cookie decorating” — and there is a small gift waiting for you.\n")
REFERRAL = ("Can you come? Just reply yes or no. And if you are happy with us, we would be grateful "
            "if you told your friends about our shop.\n")


def shop(resolved: str) -> dict[str, list[list]]:
    """Two monthly buyers, M-01 (existing customers) in 5 days; C-2 wrote unhappy feedback
    (no Sentiment typed) 12 days ago, Resolved as given."""
    buyers = ("C-1", "C-2")
    return {
        "Customers": customers_tab(["C-1", "Shafiq Ahmed", "01812-445566", "en"],
                                   ["C-2", "Arif Ahmed", "01719-722233", "en"]),
        "Orders": [ORDERS.headers()] + [[ago(10 + 30 * i), cid, 2500, ""] for cid in buyers for i in range(6)],
        "Feedback": [FEEDBACK.headers(),
                     [ago(12), "", "C-2", "", "The cake was stale and my daughter got sick", resolved]],
        "Meetups": [MEETUPS.headers(), ["M-01", "Cookie decorating", TODAY + timedelta(days=5),
                                        "16:00", "Gift floor", "existing", 12, ""]],
        "Messages": [MESSAGES.headers()],
    }


def invitations(path) -> dict[str, str]:
    return {m["Customer ID"]: m["Message"] for m in records(path, "Messages") if m["Kind"] == "meetup_invite"}


def test_a_customer_with_an_open_complaint_is_not_thanked_for_staying(make_workbook, run_job):
    path = make_workbook(shop(""))
    run_job(path, ago(4))  # before the invitations: the apology is made, and sent
    [apology] = [m["Key"] for m in records(path, "Messages") if m["Kind"] == "feedback_reply"]
    staff_marks_sent(path, {apology: ago(4)})
    run_job(path)
    sent = invitations(path)
    assert sent["C-2"] == (
        "Hello Arif,\n"
        "We are still sorry about the trouble you told us about, and we are working to put it right. "
        "We are holding a special get-together for our dear customers — “Cookie decorating” — and "
        "there is a small gift waiting for you.\n"
        f"Date: {(TODAY + timedelta(days=5)).strftime('%A')} {(TODAY + timedelta(days=5)).day} "
        f"{(TODAY + timedelta(days=5)).strftime('%B')}\n"
        "Time: 4:00 PM\n"
        "Place: Gift floor\n"
        "Can you come? Just reply yes or no.\n"
        "— Rupkotha")
    assert sent["C-1"].startswith(THANKS) and REFERRAL in sent["C-1"]
    follow = records(path, "Follow-ups")
    assert (follow[0]["What"], follow[0]["Customer ID"]) == ("negative feedback", "C-2")


def test_once_it_is_resolved_she_is_thanked_as_before(make_workbook, run_job):
    path = make_workbook(shop("yes"))
    run_job(path)
    sent = invitations(path)
    assert sent["C-2"].startswith(THANKS.replace("Shafiq", "Arif")) and REFERRAL in sent["C-2"]
