"""Too much of something, and a thing that did not work, said in a sentence of its own (the
thirteenth blind trial): "Lovely collection but the prices are too high and the AC was not
working" after a clothing preview was counted happy, because only "too loud", "too sweet", ...
were listed word by word; the customer got no apology and was not at the top of Follow-ups.
"was / are / a bit too" and any word, and "not working" / "didn't work", are complaints (not
"too good", "too kind"). Runs the real daily job."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, customers_tab, records
from khatir.sheet.schema import FEEDBACK, MEETUPS, MESSAGES
from khatir.rules.feedback import DEFAULT_KEYWORDS, NEGATIVE, POSITIVE, SentimentDetector

DETECT = SentimentDetector.from_keywords(DEFAULT_KEYWORDS)


@pytest.mark.parametrize("text, word", [
    ("Beautiful saris, only the prices were too high", "too high"),
    ("Nice staff but the kurti felt a bit too tight", "too tight"),
    ("Good tea, though the fan was not working", "not working"),
    ("Great evening, the trial room light didn't work", "didn't work"),
])
def test_too_much_or_not_working_beside_a_kind_word_is_unhappy(text, word):
    found = DETECT.detect(text)
    assert (found.sentiment, found.keyword) == (NEGATIVE, word)


@pytest.mark.parametrize("text", ["It was too good to be true, loved it", "You are too kind, thank you",
                                  "Loved it too, will come again"])
def test_too_in_praise_stays_happy(text):
    assert DETECT.detect(text).sentiment == POSITIVE


@pytest.mark.slow
def test_preview_feedback_with_a_price_and_a_broken_fan_gets_an_apology(make_workbook, run_job):
    day = TODAY - timedelta(days=1)
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Nadia Akter", "01712-000001", "en"],
                                   ["C-2", "Rupa Rahman", "01712-000002", "en"]),
        "Meetups": [MEETUPS.headers(), ["M-01", "Festive preview", day, "17:00", "Shop", "", "", ""]],
        "Feedback": [FEEDBACK.headers(),
                     [day, "M-01", "C-1", "", "Lovely saris but the prices are way too high and the fan was not working", ""],
                     [day, "M-01", "C-2", "", "Lovely saris, thank you", ""]],
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    follow = records(path, "Follow-ups")
    assert (follow[0]["What"], follow[0]["Customer ID"]) == ("negative feedback", "C-1")
    replies = [m for m in records(path, "Messages") if m["Kind"] == "feedback_reply"]
    assert [m["Customer ID"] for m in replies] == ["C-1"]
    assert replies[0]["Message"] == (
        "Hello Nadia,\n"
        "Thank you for your feedback on “Festive preview”. We are truly sorry it was not a good "
        "experience. We will call you soon to understand what went wrong and put it right.\n"
        "— Rupkotha")
    [row] = records(path, "Meetup Summary")
    assert (row["Positive"], row["Negative"]) == (1, 1)
