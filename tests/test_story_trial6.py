"""The sixth blind story trial (a month of a clothing and cosmetics shop): one complaint written
twice, in Feedback and in Call Notes, gets one apology. Each runs the real daily job."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, notes_tab, staff_marks_sent
from khatir.sheet.schema import FEEDBACK, MESSAGES
from test_story_trial import follow_ups, messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook


def complaint(feedback_days_ago: int, note_days_ago: int, note: str) -> dict[str, list[list]]:
    """C-5 left unhappy feedback and an agent wrote the same complaint in Call Notes."""
    return {
        "Customers": customers_tab(["C-5", "নাসরিন আক্তার", "01713-234505", "bn"]),
        "Call Notes": notes_tab({"date": ago(note_days_ago), "customer_id": "C-5", "agent": "Sumi",
                                 "note": note}),
        "Feedback": [FEEDBACK.headers(),
                     [ago(feedback_days_ago), "", "C-5", "", "শাড়ির রং ছবির সাথে মিলেনি, খুব হতাশ", ""]],
        "Messages": [MESSAGES.headers()],
    }


def test_a_complaint_answered_by_a_feedback_apology_gets_no_second_apology(make_workbook, run_job):
    # trial 6, 7 November: the feedback's apology went on the 7th, the call note's "আমরা আন্তরিকভাবে
    # দুঃখিত" on the 8th: two apologies for one saree
    path = make_workbook(complaint(1, 1, "শাড়ির রং ছবির মত না, কমপ্লেইন করছে। রিপ্লেসমেন্ট পাঠাবো"))
    yesterday = TODAY - timedelta(days=1)
    run_job(path, yesterday)
    [(cid, key, _)] = messages(path)
    assert (cid, key.split(":")[0]) == ("C-5", "feedback_reply")
    staff_marks_sent(path, {key: yesterday})
    run_job(path)
    assert len(messages(path)) == 1  # no complaint follow-up message on the next day
    assert [(what, cid) for what, cid, _ in follow_ups(path)] == [("negative feedback", "C-5")]


def test_a_complaint_far_from_the_feedback_is_its_own(make_workbook, run_job):
    # a complaint noted three weeks after the feedback is another matter: its own apology
    path = make_workbook(complaint(22, 1, "wrong size gese, exchange korbe"))
    run_job(path)
    kinds = sorted(key.split(":")[0] for _, key, _ in messages(path))
    assert kinds == ["feedback_reply"]  # one voice a day: the follow-up waits for tomorrow
    run_job(path, TODAY + timedelta(days=1))
    kinds = sorted(key.split(":")[0] for _, key, _ in messages(path))
    assert kinds == ["feedback_reply", "follow_up"]


def test_a_shop_as_customer_is_greeted_by_its_person_or_its_whole_name(make_workbook, run_job):
    # trial 6: "মা ফেব্রিক্স (দিলরুবা)" got "প্রিয় মা," (Dear Mother), "Green Boutique (Salma)" "Dear Green"
    path = make_workbook({
        "Customers": customers_tab(["C-12", "মা ফেব্রিক্স (দিলরুবা)", "01719-234512", "bn"],
                                   ["C-35", "সোনালী কসমেটিক্স", "01811-300021", "bn"],
                                   ["C-34", "Green Boutique (Salma)", "01810-300020", "en"]),
        "Call Notes": notes_tab(*({"date": ago(1), "customer_id": c, "agent": "Rina", "note": "nai dhore nai"}
                                  for c in ("C-12", "C-35", "C-34"))),
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    assert sorted((cid, text.splitlines()[0]) for cid, _, text in messages(path)) == [
        ("C-12", "প্রিয় দিলরুবা,"), ("C-34", "Hello Salma,"), ("C-35", "প্রিয় সোনালী কসমেটিক্স,")]
