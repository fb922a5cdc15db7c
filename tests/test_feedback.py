"""Feedback: sentiment detection, triage order, and negative feedback first in the daily run."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from khatir.backends.workbook import WorkbookBackend, create_workbook
from khatir.config import build_settings
from khatir.errors import ConfigError
from khatir.jobs.daily import run_daily
from khatir.sheet.records import Customer, Feedback, Meetup, SheetData
from khatir.rules.feedback import (DEFAULT_KEYWORDS, NEGATIVE, POSITIVE, SUGGESTION,
                                   FeedbackSettings, SentimentDetector, judge, reply_key,
                                   thank_you_key, triage)
from khatir.sheet.schema import CALL_NOTES, FEEDBACK, MEETUPS, MESSAGES
from khatir.plan.feedback import contribute
from khatir.plan.facts import RunFacts

TODAY = date(2026, 11, 22)
DETECT = SentimentDetector.from_keywords(DEFAULT_KEYWORDS)


@pytest.mark.parametrize("text, expected, word", [
    ("Delivery was late twice and nobody called me back", NEGATIVE, "late"),
    ("ডেলিভারি দেরিতে এসেছে", NEGATIVE, "দেরি"),
    ("শাড়ির রং ভালো না", NEGATIVE, "ভালো না"),
    ("ভালো লাগেনি", NEGATIVE, "ভালো লাগেনি"),
    ("আমি অখুশি", NEGATIVE, "অখুশি"),
    ("The tea was cold", NEGATIVE, "was cold"),
    ("Not good at all", NEGATIVE, "not good"),
    ("I didn’t like the colour", NEGATIVE, "didn't like"),
    ("Thank you, but the delivery was late", NEGATIVE, "late"),
    ("jinish ta kharap chilo", NEGATIVE, "kharap"),
    ("গত চালানে ৩টা শাড়ি কম এসেছে", NEGATIVE, "কম এসেছে"),  # goods short: a reseller's complaint
    ("অর্ডার দিয়েছি ১০ দিন, এখনো পাইনি", NEGATIVE, "এখনো পাইনি"),
    ("Two items were missing from the parcel", NEGATIVE, "missing"),
    # a meetup that went badly (the second blind month trial)
    ("Too crowded and hot, nobody explained the phone offers properly", NEGATIVE, "too crowded"),
    ("খুব ভিড় ছিল, কেউ বুঝিয়ে বলেনি", NEGATIVE, "খুব ভিড়"),
    ("parcel ekhono paini", NEGATIVE, "ekhono paini"),
    # the room told as how it felt (the sixth story trial)
    ("জায়গা খুব ছোট ছিল, গরম লাগছিল", NEGATIVE, "ছোট ছিল"),
    ("The hall was cramped and there was nowhere to sit", NEGATIVE, "cramped"),
    ("onek kosto hoise, jayga choto chilo", NEGATIVE, "kosto hoise"),
    # liking said not to be there (the third month's trial, F5): the words it was known from
    ("জামার রঙ ছবির মত না, একদম পছন্দ হয় নাই", NEGATIVE, "ছবির মত না"),
    ("একদম পছন্দ হয় নাই", NEGATIVE, "পছন্দ হয় নাই"),
    ("ছবির সাথে মিলেনি", NEGATIVE, "ছবির সাথে মিলেনি"),
    ("ফিটিং ঠিক হয়নি", NEGATIVE, "ফিটিং ঠিক হয়নি"),
    ("kapor ta posondo hoy nai", NEGATIVE, "posondo hoy nai"),
    ("rong valo lage nai", NEGATIVE, "valo lage nai"),
    ("Not as pictured", NEGATIVE, "not as pictured"),
    ("I am not really happy with the fabric", NEGATIVE, "not really happy"),
    ("The kurti doesn't fit", NEGATIVE, "doesn't fit"),
    ("Colour is different from the picture", NEGATIVE, "different from the picture"),
    ("খুব ছোট্ট আয়োজন, কিন্তু দারুণ লেগেছে", POSITIVE, "দারুণ"),  # ছোট্ট is fond, not a complaint
    ("খুশি, কোনো সমস্যা নাই", POSITIVE, "খুশি"),
    ("খুব পছন্দ হয়েছে, ধন্যবাদ", POSITIVE, "পছন্দ হয়েছে"),
    ("It would help to have a bKash payment option", SUGGESTION, "would help"),
    ("বিকাশ পেমেন্ট রাখলে ভালো হয়", SUGGESTION, "রাখলে ভালো"),
    ("পার্কিং থাকলে ভালো হতো", SUGGESTION, "থাকলে ভালো"),
    ("You should add more colours", SUGGESTION, "you should"),
    ("শাড়ির মান খুব ভালো", POSITIVE, "খুব ভালো"),
    ("Lovely evening, thanks!", POSITIVE, "lovely"),
    ("খারাপ না, ভালোই", POSITIVE, "খারাপ না"),
    ("No problem at all", POSITIVE, "no problem"),
    ("darun laglo", POSITIVE, "darun"),
])
def test_detects_sentiment_and_the_deciding_word(text, expected, word):
    found = DETECT.detect(text)
    assert (found.sentiment, found.keyword) == (expected, word)


@pytest.mark.parametrize("text", ["I will come later", "the tea", "", "১২৩", "goodness knows"])
def test_no_keyword_no_guess(text):
    assert DETECT.detect(text) is None


def test_judge_keeps_staff_sentiment_and_marks_detected_ones():
    rows = [Feedback(2, TODAY, "", "C-1", "very bad", "positive"),
            Feedback(3, TODAY, "", "C-1", "very bad"),
            Feedback(4, TODAY, "", "C-1", "hmm")]
    out = judge(rows, DETECT)
    assert [(j.sentiment, j.detected, j.keyword) for j in out] == [
        ("positive", False, ""), ("negative", True, "very bad"), (None, False, "")]


def fb(row: int, days_ago: int | None, text: str, sentiment: str | None = None, resolved=False,
       cid="C-1", meetup="") -> Feedback:
    when = TODAY - timedelta(days=days_ago) if days_ago is not None else None
    return Feedback(row, when, meetup, cid, text, sentiment, resolved)


def test_triage_order_and_resolved_rows():
    rows = [fb(2, 1, "late again"), fb(3, 10, "terrible"), fb(4, 30, "broken", resolved=True),
            fb(5, None, "rude staff"),
            fb(6, 10, "please add parking"), fb(7, 2, "would be nice to have tea"),
            fb(8, 1, "hmm"), fb(9, 1, "great!"), fb(10, 40, "lovely")]
    t = triage(judge(rows, DETECT), TODAY, FeedbackSettings(thank_you=True))
    assert [j.feedback.row for j in t.negative] == [5, 3, 2]  # undated first, then oldest
    assert [j.feedback.row for j in t.suggestion] == [7, 6]  # newest first
    assert [j.feedback.row for j in t.unclear] == [8]
    assert [j.feedback.row for j in t.thank] == [9]  # 40 days is too late for a thank-you


def test_no_thank_you_unless_the_settings_ask():
    t = triage(judge([fb(2, 1, "great!")], DETECT), TODAY, FeedbackSettings())
    assert t.thank == []


def test_keys_survive_row_moves_and_spacing_edits():
    a = fb(2, 3, "Delivery was  late")
    b = fb(40, 3, " delivery was late ")
    assert reply_key(a) == reply_key(b)
    assert reply_key(a).startswith("feedback_reply:C-1:2026-11-19:")
    assert thank_you_key(a).startswith("thank_you:C-1:2026-11-19:")
    assert reply_key(fb(2, 3, "Delivery was early")) != reply_key(a)


class TestSettings:
    def test_keyword_lists_replace_the_defaults(self):
        fs = FeedbackSettings.from_section({"negative_keywords": ["পচা"], "thank_you": True,
                                            "thank_you_within_days": 3})
        detector = SentimentDetector.from_keywords(fs.keywords)
        assert detector.detect("মাছ পচা ছিল").sentiment == NEGATIVE
        assert detector.detect("late") is None
        assert fs.thank_you and fs.thank_you_within_days == 3

    @pytest.mark.parametrize("section", [{"thank_you": "yes"}, {"negative_keywords": "bad"},
                                         {"thank_you_within_days": -2}, {"keywords": []}])
    def test_mistakes_are_one_sentence(self, section):
        with pytest.raises(ConfigError, match=r"\[feedback\]"):
            FeedbackSettings.from_section(section)


# --------------------------------------------------------------------------
# The section


def data(*rows: Feedback) -> SheetData:
    customers = {"C-1": Customer(2, "C-1", "Md. Karim Uddin", "+8801711000001", language="en",
                                 agent="Tanvir"),
                 "C-2": Customer(3, "C-2", "রহিমা খাতুন", "+8801711000002", language="bn",
                                 do_not_contact=True)}
    meetups = [Meetup(2, "M-01", "Winter tea", TODAY - timedelta(days=5))]
    return SheetData(customers=customers, meetups=meetups, feedback=list(rows))


SETTINGS = build_settings({"general": {"language": "en"}})


def test_negative_item_says_who_what_and_how_it_was_known():
    row = fb(2, 3, "Delivery was late twice", meetup="M-01")
    part = contribute(RunFacts(data(row), SETTINGS, TODAY))
    [item] = part.items
    assert item.group == "negative_feedback" and item.customer.id == "C-1"
    assert item.why == ("Unhappy feedback about “Winter tea”, 19 November 2026 "
                        "(detected from the word “late”): “Delivery was late twice”")
    assert item.draft.kind == "feedback_reply" and item.draft.key == reply_key(row)
    assert item.draft.context["meetup"]["title"] == "Winter tea"
    assert item.draft.context["feedback"] == {"text": row.text, "date": row.date}
    assert item.days_overdue == 3
    assert "Resolved" in item.remark
    assert part.notes == ["Feedback: the Sentiment of 1 row was detected from its words "
                          "(shown as detected in Follow-ups)."]


def test_staff_sentiment_is_shown_as_from_the_column_in_bengali():
    settings = build_settings({"general": {"language": "bn"}})
    part = contribute(RunFacts(data(fb(2, 3, "ঠিক আছে", sentiment="negative")), settings, TODAY))
    # (no sheet here, so the column is named in both languages: khatir.sheet.names)
    assert part.items[0].why == "অসন্তুষ্ট মতামত, ১৯ নভেম্বর ২০২৬ (ধরন (Sentiment) কলাম): “ঠিক আছে”"


def test_feedback_without_a_customer_is_listed_without_a_message():
    part = contribute(RunFacts(data(fb(2, 3, "rude staff", cid="")), SETTINGS, TODAY))
    [item] = part.items
    assert item.customer is None and item.draft is None
    assert "No Customer ID" in item.remark


def test_unclear_feedback_is_listed_after_suggestions_asking_for_a_sentiment():
    part = contribute(RunFacts(data(fb(2, 1, "the tea"), fb(3, 5, "please add parking")), SETTINGS, TODAY))
    # (listed as feedback to read, not as a suggestion: the third month's trial, F5)
    assert [(i.group, i.order[0]) for i in part.items] == [("suggestion", 0), ("unclear_feedback", 0)]
    assert "fill in its Sentiment" in part.items[1].remark
    assert all(i.draft is None for i in part.items)


@pytest.mark.parametrize("lang, texts, note", [
    ("en", ["the tea"], "Feedback: 1 row could not be sorted from its words; fill in its Sentiment."),
    ("en", ["the tea", "hmm"],
     "Feedback: 2 rows could not be sorted from their words; fill in their Sentiment."),
    ("bn", ["the tea"], "মতামত: ১টি সারির মতামত ভালো না খারাপ, লেখা থেকে বোঝা যায়নি; সেই সারিগুলোর ধরন (Sentiment) কলাম পূরণ করুন।"),
])
def test_the_note_on_unclear_feedback_counts_in_good_english(lang, texts, note):
    rows = [fb(2 + i, 1, text) for i, text in enumerate(texts)]
    part = contribute(RunFacts(data(*rows), build_settings({"general": {"language": lang}}), TODAY))
    assert part.notes == [note]


def test_thank_you_only_when_asked():
    rows = (fb(2, 1, "great evening!"),)
    assert contribute(RunFacts(data(*rows), SETTINGS, TODAY)).items == []
    asked = build_settings({"general": {"language": "en"}, "feedback": {"thank_you": True}})
    [item] = contribute(RunFacts(data(*rows), asked, TODAY)).items
    assert item.group == "positive_feedback" and item.draft.kind == "thank_you"


# --------------------------------------------------------------------------
# The daily job on a workbook


def workbook(path: Path) -> Path:
    return create_workbook(path, {
        "Customers": [["Customer ID", "Name", "Phone", "Language", "Agent", "Do Not Contact"],
                      ["C-1", "Md. Karim Uddin", "01819-876543", "en", "Tanvir", ""],
                      ["C-2", "রহিমা খাতুন", "01711-234567", "bn", "Nasrin", ""],
                      ["C-3", "Nusrat Jahan", "01911-556677", "en", "", ""],
                      ["C-4", "আব্দুল হক", "01712-000111", "bn", "", "yes"]],
        "Call Notes": [CALL_NOTES.headers(),
                       [TODAY - timedelta(days=9), "C-3", "Tanvir", "Daughter has fever", "", "", ""]],
        "Meetups": [MEETUPS.headers(),
                    ["M-00", "Eid tea", TODAY - timedelta(days=10), "", "", "", "", ""]],
        "Feedback": [FEEDBACK.headers(),
                     [TODAY - timedelta(days=3), "M-00", "C-1", "", "The tea was cold and nobody talked to me", ""],
                     [TODAY - timedelta(days=2), "M-00", "C-2", "", "খুব খারাপ লেগেছে, কেউ কথা বলেনি", ""],
                     [TODAY - timedelta(days=8), "M-00", "C-3", "positive", "Lovely evening", ""],
                     [TODAY - timedelta(days=4), "M-00", "C-3", "", "It would help to have parking", ""],
                     [TODAY - timedelta(days=20), "", "C-1", "negative", "Parcel was torn", "yes"],
                     [TODAY - timedelta(days=1), "", "C-4", "", "খুব বাজে ব্যবহার", ""]],
        "Messages": [MESSAGES.headers()],
    })


def clock() -> datetime:
    return datetime(2026, 11, 22, 9, 0)


def read_tab(path: Path, title: str) -> list[dict[str, object]]:
    rows = list(load_workbook(path)[title].iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


@pytest.mark.slow
def test_daily_run_negative_feedback_first_with_replies_and_summary(tmp_path):
    path = workbook(tmp_path / "shop.xlsx")
    settings = build_settings({"general": {"language": "en", "shop_name": "Nodi Fashion"}})
    run_daily(WorkbookBackend(path, backups=0), settings, TODAY, clock)
    follow = read_tab(path, "Follow-ups")
    assert [(r["What"], r["Customer ID"]) for r in follow] == [
        ("negative feedback", "C-1"), ("negative feedback", "C-2"), ("negative feedback", "C-4"),
        ("overdue", "C-3"), ("suggestion", "C-3")]
    msgs = {m["Key"]: m for m in read_tab(path, "Messages")}
    replies = [m for m in msgs.values() if m["Kind"] == "feedback_reply"]
    assert [m["Customer ID"] for m in replies] == ["C-1", "C-2"]  # never to Do Not Contact
    assert follow[0]["Message Key"] == replies[0]["Key"]
    assert "Do Not Contact" in follow[2]["Remark"]
    assert replies[0]["Message"] == (
        "Hello Karim,\n"
        "Thank you for your feedback on “Eid tea”. We are truly sorry it was not a good "
        "experience. We will call you soon to understand what went wrong and put it right.\n"
        "— Tanvir, Nodi Fashion")
    assert replies[1]["Message"] == (
        "প্রিয় রহিমা,\n"
        "“Eid tea” নিয়ে আপনার মতামত জানানোর জন্য ধন্যবাদ। আপনার খারাপ অভিজ্ঞতার জন্য আমরা "
        "আন্তরিকভাবে দুঃখিত। বিষয়টা ভালো করে বুঝে ঠিক করার জন্য শিগগিরই আপনাকে ফোন করব।\n"
        "— Nasrin, Nodi Fashion")
    [row] = read_tab(path, "Meetup Summary")
    assert (row["Meetup ID"], row["Positive"], row["Negative"], row["Suggestion"]) == ("M-00", 1, 2, 1)
    # a second run adds no message, and the complaints stay on top until Resolved
    before = read_tab(path, "Messages")
    run_daily(WorkbookBackend(path, backups=0), settings, TODAY, clock)
    assert read_tab(path, "Messages") == before
    again = read_tab(path, "Follow-ups")[0]
    assert (again["What"], again["Message Key"]) == ("negative feedback", replies[0]["Key"])


def test_feedback_reworded_after_its_reply_keeps_the_replys_key():
    """Staff fix a typo in a complaint: its reply (sent or not) is not made a second time."""
    from datetime import date as _date
    from khatir.rules.feedback import reply_key
    from khatir.sheet.identity import FEEDBACK_KINDS, feedback_identity, keep_reworded
    from khatir.sheet.records import Feedback as Fb
    old = Fb(row=2, date=_date(2026, 11, 12), meetup_id="M-1", customer_id="C-2", text="cha thanda chilo")
    new = Fb(row=2, date=_date(2026, 11, 12), meetup_id="M-1", customer_id="C-2",
             text="চা ঠান্ডা ছিল, কেউ কথা বলেনি")
    other = Fb(row=3, date=_date(2026, 11, 12), meetup_id="M-1", customer_id="C-3", text="ভালো লেগেছে")
    [kept, untouched] = keep_reworded([new, other], feedback_identity, FEEDBACK_KINDS, [reply_key(old)])
    assert reply_key(kept) == reply_key(old)
    assert reply_key(untouched) == reply_key(other)
