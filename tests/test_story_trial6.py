"""The sixth blind story trial (a month of a clothing and cosmetics shop): one complaint written
twice, in Feedback and in Call Notes, gets one apology. Each runs the real daily job."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, notes_tab, staff_appends, staff_marks_sent
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


def test_a_call_back_the_same_evening_says_today_not_last_day_of_the_month(make_workbook, run_job):
    # trial 6, 16 November: "busy ase, sondhay call" made "গত ১৬ নভেম্বর যোগাযোগ করেছিলাম" on the 16th
    path = make_workbook({
        "Customers": customers_tab(["C-29", "শাহানা পারভীন", "01819-300015", "bn"],
                                   ["C-11", "Arif Chowdhury", "01718-234511", "en"]),
        "Call Notes": notes_tab({"date": ago(0), "customer_id": "C-29", "agent": "Sumi", "note": "busy ase, sondhay call"},
                                {"date": ago(0), "customer_id": "C-11", "agent": "Sumi", "note": "busy, call in the evening"}),
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    assert sorted((cid, text.splitlines()[1]) for cid, _, text in messages(path)) == [
        ("C-11", "We tried to reach you earlier today, but we could not talk then. When would be a good time "
                 "to talk? Just reply with a day and time that suits you."),
        ("C-29", "আজ একটু আগে যোগাযোগ করেছিলাম, কিন্তু তখন কথা বলা হয়নি। কখন কথা বললে আপনার সুবিধা হবে, "
                 "একটু জানাবেন? আপনার সুবিধামতো দিন আর সময় লিখে জানালেই হবে।")]


def test_feedback_after_an_apology_on_the_call_notes_complaint_gets_no_second(make_workbook, run_job):
    # the other order: the complaint's follow-up message went first, the Feedback row came after
    grids = complaint(0, 3, "শাড়ির রং ছবির মত না, কমপ্লেইন করছে। রিপ্লেসমেন্ট পাঠাবো")
    feedback = grids["Feedback"]
    grids["Feedback"] = feedback[:1]  # the header only: no feedback yet
    path = make_workbook(grids)
    two_days_ago = TODAY - timedelta(days=2)
    run_job(path, two_days_ago)
    [(_, key, text)] = messages(path)
    assert key.startswith("follow_up:") and "দুঃখিত" in text
    staff_marks_sent(path, {key: two_days_ago})
    staff_appends(path, "Feedback", feedback[1:])
    run_job(path)
    assert len(messages(path)) == 1  # no feedback_reply: the apology went two days ago
    assert [(what, cid) for what, cid, _ in follow_ups(path)] == [("negative feedback", "C-5")]


def test_a_shop_whose_brackets_say_shop_is_greeted_by_its_whole_name(make_workbook, run_job):
    # blind trial, stop 38: "সিলেট টেলিকম (দোকান)" got "প্রিয় দোকান," ("Dear Shop")
    path = make_workbook({
        "Customers": customers_tab(["C-6", "সিলেট টেলিকম (দোকান)", "01719-716345", "bn"]),
        "Call Notes": notes_tab({"date": ago(1), "customer_id": "C-6", "agent": "Mitu", "note": "nai dhore nai"}),
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    assert [(cid, text.splitlines()[0]) for cid, _, text in messages(path)] == [("C-6", "প্রিয় সিলেট টেলিকম,")]


def test_a_firm_with_a_number_in_brackets_is_greeted_by_its_whole_name(make_workbook, run_job):
    # blind trial 14 (an electronics chain): "Karnaphuli Foods (540)" got "Hello 540," in forty
    # meetup invitations; a branch number or code in brackets names nobody
    path = make_workbook({
        "Customers": customers_tab(["C-7", "Meghna Traders (180)", "01719-716346", "en"],
                                   ["C-8", "সুরমা ফার্মা (শাখা ২)", "01719-716347", "bn"]),
        "Call Notes": notes_tab(*({"date": ago(1), "customer_id": c, "agent": "Kamal", "note": "nai dhore nai"}
                                  for c in ("C-7", "C-8"))),
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    assert sorted((cid, text.splitlines()[0]) for cid, _, text in messages(path)) == [
        ("C-7", "Hello Meghna Traders,"), ("C-8", "প্রিয় সুরমা ফার্মা,")]
