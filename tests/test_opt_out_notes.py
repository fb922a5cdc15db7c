"""A customer who says in a call "don't call me again" ("আর ফোন দিবেন না", "ar call diben na") gets
no message of any kind from then on, a pending one is listed "do not send", and Problems asks
staff to set Do Not Contact to yes. A "don't call today" is about the time, not an opt-out.
Each test runs the real daily job on a workbook and reads what staff see."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, notes_tab, records, staff_appends, script_rows
from khatir.config import build_settings
from khatir.notes.optout import asks_no_contact
from khatir.sheet.schema import CALL_NOTES, CUSTOMERS, FOLLOW_UPS, MESSAGES, PROBLEMS
from test_one_voice import shop

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})




def sent_to(path, day=TODAY) -> list[tuple[str, str]]:
    return [(m["customer_id"], m["kind"]) for m in script_rows(path, MESSAGES) if m["created"] == day.isoformat()]


def note(cid: str, days: int, words: str) -> dict:
    return {"date": ago(days), "customer_id": cid, "agent": "Rina", "note": words}


def grids(*notes: dict, dnc: str = "") -> dict[str, list[list]]:
    return {
        "Customers": customers_tab(["C-1", "Karim Uddin", "+8801819876543", "en", {"do_not_contact": dnc}],
                                   ["C-2", "রহিমা খাতুন", "01711-234567", "bn"]),
        "Call Notes": notes_tab(*notes),
    }


@pytest.mark.parametrize("words", [
    "Very angry. Said don't call me again, he will not buy from us anymore.",
    "বললেন আর ফোন দিবেন না, বিরক্ত লাগে। আমাদের কাছ থেকে আর কিছু নিবেন না",
    "ফোন দিয়েন না আর", "ar call diben na, birokto", "do not contact", "stop calling her",
    "number ta delete koren bollo", "আর এসএমএস দিবেন না", "বলেছেন আর ফোন না করতে",
    "asked us not to contact her again", "customer said never call him"])
def test_a_request_for_no_more_contact_is_read(words):
    assert asks_no_contact(words, TODAY)


@pytest.mark.parametrize("words", [
    "don't call today", "don't call before Wednesday", "call dio na ekhon, meeting e",
    "kal call dio na", "meyer jor ar phone dhore na", "আজ ফোন দিবেন না", "will call again",
    "ar call dite hobe na, order confirm", "Don't call for the sweets promo"])
def test_a_request_about_the_time_is_not_an_opt_out(words):
    assert not asks_no_contact(words, TODAY)


@pytest.mark.slow
def test_dont_call_me_again_gets_no_apology_and_staff_are_told(make_workbook, run_job):
    path = make_workbook(grids(
        note("C-1", 4, "Very angry. Said don't call me again, he will not buy from us anymore."),
        note("C-2", 4, "বললেন আর ফোন দিবেন না, বিরক্ত লাগে। আমাদের কাছ থেকে আর কিছু নিবেন না")))
    run_job(path)
    assert script_rows(path, MESSAGES) == []
    rows = {r["customer_id"]: r for r in script_rows(path, FOLLOW_UPS)}
    assert rows["C-1"]["remark"] == "asked on 20 November not to be called or messaged again: no message prepared"
    assert rows["C-1"]["message_key"] in (None, "")
    problems = [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"]
    assert [(p["row"], p["fix"]) for p in problems] == [
        (2, "Set Do Not Contact to yes for C-1 (Karim Uddin) in Customers. If the customer later wants "
            "to hear from the shop, set it to no."),
        (3, "Set Do Not Contact to yes for C-2 (রহিমা খাতুন) in Customers. If the customer later wants "
            "to hear from the shop, set it to no.")]
    assert problems[0]["problem"] == (
        "The call note of 20 November says the customer asked not to be called or messaged again: "
        "\u201cVery angry. Said don't call me again, he will not buy from us anymore.\u201d. "
        "No message is prepared for them.")
    run_job(path, TODAY + timedelta(days=3))  # and on later runs
    assert script_rows(path, MESSAGES) == []
    assert read_customers(path) == [["C-1", ""], ["C-2", ""]]  # Customers is never written


def read_customers(path) -> list[list]:
    rows = records(path, CUSTOMERS.title)
    return [[r["Customer ID"], r["Do Not Contact"] or ""] for r in rows]


@pytest.mark.slow
def test_the_bengali_run_tells_staff_in_bengali(make_workbook, run_job):
    path = make_workbook(grids(note("C-2", 4, "ar call diben na bollo, birokto")))
    run_job(path, settings_=BN)
    [problem] = [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"]
    assert problem["fix"] == ("গ্রাহক ট্যাবে C-2 (রহিমা খাতুন)-এর যোগাযোগ নয় কলামে হ্যাঁ লিখুন। "
                              "গ্রাহক পরে আবার যোগাযোগ চাইলে না লিখুন।")
    assert problem["problem"].startswith("২০ নভেম্বর তারিখের কল নোটে আছে, গ্রাহক আর ফোন বা বার্তা দিতে মানা করেছেন")


@pytest.mark.slow
def test_a_pending_message_becomes_do_not_send(make_workbook, run_job):
    path = make_workbook(grids(note("C-1", 10, "daughter has a fever")))
    run_job(path, ago(8))
    [message] = script_rows(path, MESSAGES)
    assert message["status"] == "pending"
    staff_appends(path, CALL_NOTES.title, [[note("C-1", 4, "he said don't call me again").get(c.key, "")
                                           for c in CALL_NOTES.columns]])
    run_job(path)
    assert [m["key"] for m in script_rows(path, MESSAGES)] == [message["key"]]  # nothing new
    [row] = [r for r in script_rows(path, FOLLOW_UPS) if r["kind"] == "do not send"]  # one row, not two
    [owed] = [r for r in script_rows(path, FOLLOW_UPS) if r["message_key"] == message["key"] and r is not row]
    assert owed["remark"] == "asked on 20 November not to be called or messaged again: no message prepared"
    assert row["why"] == (f"Do not send message {message['key']}: on 20 November the customer asked not "
                          "to be called or messaged again: \u201che said don't call me again\u201d")


@pytest.mark.slow
def test_no_win_back_invitation_or_follow_up_for_one_who_asked(make_workbook, run_job):
    """C-1 is lost (a win-back), C-3 a prospect (a meetup invitation), C-2 owed a follow-up."""
    asked = [note("C-1", 40, "Said don't call me again"), note("C-3", 40, "ar call diben na, birokto"),
             note("C-2", 3, "daughter has a fever. don't call again, she said, she is annoyed")]
    path = make_workbook(shop(notes=asked))
    run_job(path)
    assert sent_to(path) == []
    timed = [note("C-1", 40, "Said don't call today"), note("C-3", 40, "call dio na ekhon, meeting e"),
             note("C-2", 3, "daughter has a fever. don't call before Wednesday")]
    path = make_workbook(shop(notes=timed), name="timed.xlsx")
    run_job(path)
    assert sorted(cid for cid, _ in sent_to(path)) == ["C-1", "C-2", "C-3"]


@pytest.mark.slow
def test_a_later_talk_or_a_clear_no_lifts_it(make_workbook, run_job):
    asked = note("C-1", 10, "Said don't call me again")
    path = make_workbook(grids(asked, note("C-1", 8, "no answer, phone switched off"),
                               note("C-1", 3, "He called us himself, wants the new catalogue. His son has a fever")))
    run_job(path)
    assert sent_to(path) == [("C-1", "follow_up")]
    assert [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"] == []
    path = make_workbook(grids(note("C-1", 10, "Daughter has a fever. Said don't call me again"),
                               note("C-1", 8, "no answer, phone switched off")), name="no-talk.xlsx")
    run_job(path)
    assert sent_to(path) == []  # a "could not talk" note does not lift it
    path = make_workbook(grids(asked, note("C-1", 3, "Son has a fever"), dnc="no"), name="no.xlsx")
    run_job(path)
    assert sent_to(path) == [("C-1", "follow_up")]
