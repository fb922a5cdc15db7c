"""Mixed feedback after a tasting (the seventh blind trial): a kind word beside a plain complaint
("Nice evening but the music was too loud and we waited 40 minutes for coffee", "অনুষ্ঠান ভালো
ছিল, তবে পার্কিং পাইনি") was counted happy, so no apology was made and the customer was not at the
top of Follow-ups. Too much of something, a wait, and something the customer did not get are
complaints; with a happy word beside them they count as unhappy. Runs the real daily job."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, customers_tab, records
from khatir.sheet.schema import FEEDBACK, MEETUPS, MESSAGES
from khatir.rules.feedback import DEFAULT_KEYWORDS, NEGATIVE, POSITIVE, SentimentDetector

DETECT = SentimentDetector.from_keywords(DEFAULT_KEYWORDS)


@pytest.mark.parametrize("text, word", [
    ("Lovely cakes, but the room was too loud", "too loud"),
    ("Good coffee although we waited half an hour for it", "we waited"),
    ("Great tasting, we had to wait at the door though", "had to wait"),
    ("Nice staff but I didn't get a seat", "didn't get"),
    ("খাবার ভালো ছিল, তবে বসার জায়গা পাইনি", "পাইনি"),
    ("সব ভালো, শুধু পার্কিং পাই নাই", "পাই নাই"),
    ("cake valo chilo kintu coffee thanda chilo", "thanda chilo"),
    ("nasta bhalo, kintu boshar chair pai nai", "pai nai"),
])
def test_a_complaint_beside_a_kind_word_is_unhappy(text, word):
    found = DETECT.detect(text)
    assert (found.sentiment, found.keyword) == (NEGATIVE, word)


@pytest.mark.parametrize("text", ["Lovely evening, thanks!", "খুব ভালো লেগেছে, আবার আসব",
                                  "I waited all year for this, loved it"])
def test_plain_praise_stays_happy(text):
    assert DETECT.detect(text).sentiment == POSITIVE


@pytest.mark.slow
def test_mixed_tasting_feedback_heads_follow_ups_with_an_apology(make_workbook, run_job):
    day = TODAY - timedelta(days=1)
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Imran Chowdhury", "01712-000001", "en"],
                                   ["C-2", "হাবিব হোসেন", "01712-000002", "bn"],
                                   ["C-3", "Kamrul Rahman", "01712-000003", "en"]),
        "Meetups": [MEETUPS.headers(), ["M-01", "Winter cake tasting", day, "17:00", "Cafe", "", "", ""]],
        "Feedback": [FEEDBACK.headers(),
                     [day, "M-01", "C-1", "", "Nice evening but the music was too loud and we waited ages", ""],
                     [day, "M-01", "C-2", "", "অনুষ্ঠান ভালো ছিল, তবে পার্কিং পাইনি", ""],
                     [day, "M-01", "C-3", "", "Loved the lemon tart, thank you", ""]],
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    follow = records(path, "Follow-ups")
    assert [(r["What"], r["Customer ID"]) for r in follow[:2]] == [
        ("negative feedback", "C-1"), ("negative feedback", "C-2")]
    assert "detected from the word “too loud”" in follow[0]["Why"]
    replies = [m for m in records(path, "Messages") if m["Kind"] == "feedback_reply"]
    assert [m["Customer ID"] for m in replies] == ["C-1", "C-2"]
    assert replies[0]["Message"] == (
        "Hello Imran,\n"
        "Thank you for your feedback on “Winter cake tasting”. We are truly sorry it was not a good "
        "experience. We will call you soon to understand what went wrong and put it right.\n"
        "— Rupkotha")
    [row] = records(path, "Meetup Summary")
    assert (row["Positive"], row["Negative"]) == (1, 2)
