"""`invite` run before the morning's `daily` does not take the day's one message from a customer
the daily run owes one (blind trial F11): C-4, with open negative feedback, gets the apology
today and the invitation on a later run, whichever command the owner types first. Runs the real
invite and daily jobs on a workbook."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, fixed_clock, notes_tab, records
from khatir.backends.workbook import WorkbookBackend
from khatir.config import build_settings
from khatir.jobs.invite import run_invite, summarise_invite
from khatir.sheet.schema import FEEDBACK, MEETUPS, MESSAGES, ORDERS

pytestmark = pytest.mark.slow  # each test runs the whole invite and daily jobs on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})


def shop() -> dict[str, list[list]]:
    """Four monthly buyers invited to M-01 (existing, 5 days ahead): C-2's daughter has a fever
    (2 days ago), C-4's parcel came late and torn (open negative feedback); C-1, C-3 nothing."""
    buyers = ("C-1", "C-2", "C-3", "C-4")
    return {
        "Customers": customers_tab(["C-1", "Shafiq Ahmed", "01812-445566", "en"],
                                   ["C-2", "Karim Uddin", "01819-876543", "en"],
                                   ["C-3", "Nusrat Jahan", "01911-556677", "en"],
                                   ["C-4", "John Das", "01711-000004", "en"]),
        "Orders": [ORDERS.headers()] + [[ago(10 + 30 * i), cid, 2500, ""] for cid in buyers for i in range(6)],
        "Call Notes": notes_tab({"date": ago(2), "customer_id": "C-2", "note": "daughter has a fever"}),
        "Feedback": [FEEDBACK.headers(), [ago(1), "", "C-4", "", "parcel came late and the saree was torn", ""]],
        "Meetups": [MEETUPS.headers(), ["M-01", "Winter sale", TODAY + timedelta(days=5), "17:00", "Shop",
                                        "existing", 20, ""]],
        "Messages": [MESSAGES.headers()],
    }


def made(path, day=TODAY) -> list[tuple[str, str]]:
    return sorted((m["Customer ID"], m["Kind"]) for m in records(path, "Messages")
                  if m["Created"] == day.isoformat())


def invite(path, settings, day=TODAY):
    return run_invite(WorkbookBackend(path), settings, day, fixed_clock(day), "M-01")


def test_invite_before_daily_leaves_the_apology_and_the_get_well_their_day(make_workbook, run_job, settings):
    path = make_workbook(shop())
    result = invite(path, settings)
    assert made(path) == [("C-1", "meetup_invite"), ("C-3", "meetup_invite")]
    reason = ("today's daily run owes them a message (a follow-up, an apology, a get-well): it comes "
              "first, invited on a later run")
    assert summarise_invite(result, "en").splitlines()[5:8] == [
        "Left out: 2 (in waiting-list order: the first gets the next free seat):",
        f"  - C-2 Karim Uddin (existing customer): {reason}",
        f"  - C-4 John Das (existing customer): {reason}"]
    assert records(path, "Meetup Summary")[0]["Left Out"] == f"2: C-2, C-4 ({reason})"
    run_job(path)  # the morning's daily run, after it: the apology and the get-well go today
    assert made(path) == [("C-1", "meetup_invite"), ("C-2", "follow_up"), ("C-3", "meetup_invite"),
                          ("C-4", "feedback_reply")]
    tomorrow = TODAY + timedelta(days=1)
    invite(path, settings, tomorrow)  # a later run: their invitations
    assert made(path, tomorrow) == [("C-2", "meetup_invite"), ("C-4", "meetup_invite")]


def test_invite_after_daily_ends_the_same(make_workbook, run_job, settings):
    path = make_workbook(shop())
    run_job(path)
    invite(path, settings)
    assert made(path) == [("C-1", "meetup_invite"), ("C-2", "follow_up"), ("C-3", "meetup_invite"),
                          ("C-4", "feedback_reply")]


def test_the_left_out_reason_in_bengali(make_workbook):
    path = make_workbook(shop())
    result = invite(path, BN)
    assert summarise_invite(result, "bn").splitlines()[6] == (
        "  - C-2 Karim Uddin (বর্তমান গ্রাহক): আজকের দৈনিক রানে তাঁর জন্য একটি বার্তা (ফলো-আপ, দুঃখপ্রকাশ, "
        "শুভকামনা) পাওনা: সেটি আগে যাবে, পরের রানে আমন্ত্রণ")
