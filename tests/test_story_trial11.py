"""The eleventh blind trial (a motorcycle showroom's month of calls): one complaint, one apology,
and one baby, one congratulations, across calls (``rules.same_story``). A later note of the same
complaint ("part ashte deri hobe, customer rag korse") or of the same baby ("আকিকা হবে ২৮
তারিখে") after the first message was sent thanks them for the news; it does not say the apology
or the congratulations again word for word. Each runs the real daily job on a workbook."""
from __future__ import annotations

import pytest

from conftest import ago, staff_appends, staff_marks_sent
from khatir.sheet.schema import CALL_NOTES
from test_story_trial import grids, messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook


def _later(path, make_first, later_notes, run_job, first_day: int):
    """Run on ``first_day`` days ago, mark what it prepared sent, add ``later_notes``
    ((customer, days ago, words)), run today: the second lines of the new messages, by customer."""
    run_job(path, ago(first_day))
    first = messages(path)
    assert first, "the first chapter prepares its message"
    staff_marks_sent(path, {key: ago(first_day) for _, key, _ in first})
    staff_appends(path, CALL_NOTES.title, [
        [{"date": ago(d), "customer_id": cid, "agent": "Tanvir", "note": words}.get(c.key, "")
         for c in CALL_NOTES.columns] for cid, d, words in later_notes])
    run_job(path)
    return sorted((cid, text.split("\n")[1]) for cid, _, text in messages(path)[len(first):])


def test_a_complaint_still_open_at_a_later_call_is_not_apologised_for_again(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 10, "He complained about the brake pads, replacement promised"),
                               ("C-2", 10, "ব্রেক প্যাড নিয়ে অভিযোগ, নতুন পার্টস দেওয়ার কথা দিয়েছি")))
    later = _later(path, None, [("C-1", 2, "part will be late, customer angry, complained again"),
                                ("C-2", 2, "part ashte deri hobe, customer rag korse")], run_job, 9)
    assert later == [
        ("C-1", "Thank you for bearing with us, and for telling us how things stand when we spoke on "
                "22 November. We have not forgotten: we are on it until it is put right, and will keep "
                "you posted. Could you let us know a good time to talk?"),
        ("C-2", "গত ২২ নভেম্বর কথা হওয়ার সময় বিষয়টা এখন কোন অবস্থায় আছে জানানোর জন্য, আর ধৈর্য ধরার জন্য "
                "ধন্যবাদ। আমরা ভুলে যাইনি: ঠিক না হওয়া পর্যন্ত আমরা লেগে আছি, আর আপনাকে জানাতে থাকব। "
                "কখন কথা বললে আপনার সুবিধা হয়, একটু জানাবেন?")]


def test_a_complaint_after_one_put_right_gets_its_own_apology(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 12, "He complained about the brake pads, replacement promised")))
    later = _later(path, None, [("C-1", 8, "part replaced, problem solved, happy"),
                                ("C-1", 2, "complaint: the new mirror is cracked")], run_job, 11)
    assert later == [("C-1", "We are truly sorry about the problem you told us about on 22 November. "
                             "We will put it right. Could you let us know a good time to talk?")]


def test_a_babys_aqiqah_after_the_congratulations_is_not_congratulated_again(make_workbook, run_job):
    path = make_workbook(grids(("C-2", 12, "ওনার ওয়াইফের ছেলে হয়েছে")))
    # (the aqiqah on the 21st, three days before today: its message waits for the day, then goes)
    later = _later(path, None, [("C-2", 5, "আকিকা হবে ২১ তারিখে, দাওয়াত দিয়েছেন")], run_job, 9)
    assert later == [("C-2", "গত ১৯ নভেম্বর কথা হওয়ার সময় ছোট্ট সোনামণির খবর জেনে খুব ভালো লাগল। ওর জন্য "
                             "রইল অনেক আদর, আর বাসার সবার জন্য আমাদের আন্তরিক শুভকামনা। সময় পেলে জানাবেন "
                             "সবাই কেমন আছেন।")]


def test_the_birth_after_a_wish_for_the_baby_on_the_way_is_congratulated(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 12, "His wife is pregnant, due date end of November")))
    later = _later(path, None, [("C-1", 5, "Wife delivered a baby boy yesterday, both well")], run_job, 9)
    assert later == [("C-1", "Congratulations to you and your family on the new arrival! Our warmest "
                             "wishes to the little one and everyone at home. Do let us know how you are "
                             "all doing when you find a moment.")]


def test_an_illness_after_a_recovery_gets_a_first_get_well(make_workbook, run_job):
    # a note between saying the event was over ends the story: "again" does not reach across it
    path = make_workbook(grids(("C-1", 12, "Her father had an operation, he is in ICU now")))
    later = _later(path, None, [("C-1", 8, "Father has fully recovered, back home and well"),
                                ("C-1", 3, "Her father is ill again, admitted to hospital")], run_job, 10)
    assert later == [("C-1", "When we spoke on 21 November, we heard your father was unwell. How is your "
                             "father feeling now? We hope things are much better. If there is anything "
                             "we can do, just let us know.")]
