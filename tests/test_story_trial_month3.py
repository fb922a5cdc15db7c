"""The third month's blind trial (a Bengali shop in Sylhet): a busy customer's second call-back
day after the first call-back was sent (F4); "don't call today, call tomorrow" waits for tomorrow
(F9). Each runs the real daily job on a workbook."""
from __future__ import annotations

import pytest

from conftest import ago, staff_appends, staff_marks_sent
from khatir.sheet.schema import FEEDBACK
from test_story_trial import follow_ups, grids, messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook


def test_a_second_call_back_day_after_the_first_was_sent_is_owed_on_its_day(make_workbook, run_job):
    # F4: "customer busy, Thursday call dite bolse" (Mon 16 Nov), the call-back sent Fri 20 Nov, the
    # same day "abar busy, meeting e ase. Sunday call dite bolse": owed on Sunday 22 Nov.
    path = make_workbook(grids(("C-1", 8, "customer busy, Thursday call dite bolse"),
                               ("C-2", 8, "ব্যস্ত আছেন, বৃহস্পতিবার ফোন দিতে বললেন")))
    run_job(path, ago(5))
    first = messages(path)
    assert len(first) == 2
    staff_marks_sent(path, {key: ago(4) for _, key, _ in first})
    staff_appends(path, "Call Notes", [
        [ago(4), "C-1", "Tanvir", "abar busy, meeting e ase. Sunday call dite bolse"],
        [ago(4), "C-2", "Tanvir", "আবার ব্যস্ত, মিটিং এ আছেন। রবিবার ফোন দিতে বললেন"]])
    run_job(path, ago(3))
    assert messages(path) == first  # not before Sunday
    run_job(path, ago(2))
    later = messages(path)[2:]
    assert [(cid, key.split(":")[2]) for cid, key, _ in later] == [
        ("C-1", ago(4).isoformat()), ("C-2", ago(4).isoformat())]
    assert [text.split("\n")[1] for _, _, text in later] == [
        "You asked us to call you today. Is this a good time to talk? Just reply and we will call you.",
        "আপনি বলেছিলেন আজ ফোন করতে। এখন কথা বলার সুবিধা হবে কি? একটু জানালেই আমরা ফোন করব।"]
    assert [(kind, cid) for kind, cid, _ in follow_ups(path)] == [("due today", "C-1"), ("due today", "C-2")]


def test_dont_call_today_call_tomorrow_waits_for_tomorrow(make_workbook, run_job):
    # F9: "aj call diben na, kal call dite bolse" (24 Nov) made "we tried to reach you on 24 November"
    # the same day; the day denied is not the call-back day, the one she named is.
    path = make_workbook(grids(("C-1", 1, "aj call diben na, kal call dite bolse"),
                               ("C-2", 1, "আজকে ফোন দিয়েন না, কালকে দিয়েন বললো")))
    run_job(path, ago(1))
    assert messages(path) == []
    assert follow_ups(path) == []
    run_job(path)
    assert [text.split("\n")[1] for _, _, text in messages(path)] == [
        "You asked us to call you today. Is this a good time to talk? Just reply and we will call you.",
        "আপনি বলেছিলেন আজ ফোন করতে। এখন কথা বলার সুবিধা হবে কি? একটু জানালেই আমরা ফোন করব।"]


def test_a_plain_bengali_complaint_with_blank_sentiment_is_apologised_for_first(make_workbook, run_job):
    # F5: "জামার রঙ ছবির মত না, একদম পছন্দ হয় নাই" (Sentiment blank) was listed last as a suggestion
    g = grids(("C-1", 2, "customer busy, call later"))
    g["Feedback"] = [FEEDBACK.headers(), [ago(1), "", "C-2", "", "জামার রঙ ছবির মত না, একদম পছন্দ হয় নাই", ""]]
    path = make_workbook(g)
    run_job(path)
    assert follow_ups(path)[0] == (
        "negative feedback", "C-2", "Unhappy feedback, 23 November 2026 (detected from the word "
        "\u201cছবির মত না\u201d): \u201cজামার রঙ ছবির মত না, একদম পছন্দ হয় নাই\u201d")
    [reply] = [text for cid, key, text in messages(path) if key.startswith("feedback_reply")]
    assert "আপনার খারাপ অভিজ্ঞতার জন্য আমরা আন্তরিকভাবে দুঃখিত" in reply
