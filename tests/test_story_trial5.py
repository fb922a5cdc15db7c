"""The fifth blind story trial's work-list findings: an Event column that contradicts the note's
words (a death marked as good news) holds the message and names the cell in Problems (C09).
Each runs the real daily job on a workbook."""
from __future__ import annotations

import pytest

from conftest import ago, customers_tab, message_row, notes_tab, script_rows
from khatir.config import build_settings
from khatir.rules.followups import note_key
from khatir.sheet.records import CallNote
from khatir.sheet.schema import MESSAGES, PROBLEMS
from test_story_trial import follow_ups, messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})


def marked(*notes: tuple[str, int, str, str]) -> dict[str, list[list]]:
    """Customers C-1 (English) and C-2 (Bengali); notes as (customer, days ago, words, Event)."""
    return {
        "Customers": customers_tab(["C-1", "Karim Uddin", "+8801819876543", "en"],
                                   ["C-2", "রহিমা খাতুন", "01711-234567", "bn"]),
        "Call Notes": notes_tab(*({"date": ago(d), "customer_id": c, "agent": "Tanvir", "note": t,
                                   "event": e} for c, d, t, e in notes)),
    }


def test_a_death_marked_as_good_news_holds_the_message_and_names_the_cell(make_workbook, run_job):
    # C09: "উনার বাবা গত রাতে মারা গেছেন", Event আনন্দের খবর: a congratulation was prepared
    path = make_workbook(marked(("C-2", 3, "উনার বাবা গত রাতে মারা গেছেন", "আনন্দের খবর"),
                                ("C-1", 8, "His wife had a baby boy yesterday", "শোক")))
    run_job(path)
    assert messages(path) == []
    assert sorted(follow_ups(path)) == [
        ("overdue", "C-1", "check the Event column before any message: it says bereavement, the note "
                           "says new baby, 16 November: \u201cHis wife had a baby boy yesterday\u201d"),
        ("overdue", "C-2", "check the Event column before any message: it says celebration, the note "
                           "says bereavement, 21 November: \u201cউনার বাবা গত রাতে মারা গেছেন\u201d")]
    rows = [(r["tab"], r["row"], r["column"], r["value"], r["problem"], r["fix"])
            for r in script_rows(path, PROBLEMS)]
    assert rows == [
        ("Call Notes", 2, "Event", "celebration",
         "The Event says celebration, but the note says bereavement: \u201cউনার বাবা গত রাতে মারা গেছেন\u201d. "
         "No message is prepared until they agree.",
         "The note says bereavement; correct the Event (or the note) on this row of Call Notes."),
        ("Call Notes", 3, "Event", "bereavement",
         "The Event says bereavement, but the note says new baby: \u201cHis wife had a baby boy yesterday\u201d. "
         "No message is prepared until they agree.",
         "The note says new baby; correct the Event (or the note) on this row of Call Notes.")]
    bn_path = make_workbook(marked(("C-2", 3, "উনার বাবা গত রাতে মারা গেছেন", "আনন্দের খবর")), name="bn.xlsx")
    run_job(bn_path, settings_=BN)
    assert messages(bn_path) == []
    [row] = script_rows(bn_path, PROBLEMS)
    assert (row["problem"], row["fix"]) == (
        "Event কলামে আনন্দের খবর, কিন্তু নোটে শোক: \u201cউনার বাবা গত রাতে মারা গেছেন\u201d। দুটো না মেলা পর্যন্ত "
        "কোনো বার্তা তৈরি হবে না।",
        "নোটে শোক বলা আছে; Call Notes ট্যাবের এই সারির Event (অথবা নোটটি) ঠিক করুন।")


def test_an_event_the_words_missed_or_misread_still_wins(make_workbook, run_job):
    # ordinary overrides stay: staff name an event the reader missed; a brother "আর নেই" marked শোক
    path = make_workbook(marked(("C-1", 3, "Customer's brother, we talked about him for a while", "illness"),
                                ("C-2", 8, "উনার ভাই আর নেই", "শোক")))
    run_job(path)
    assert [(c, why.split(":")[0]) for _, c, why in sorted(follow_ups(path), key=lambda r: r[1])] == [
        ("C-1", "brother's illness (Event column), 21 November"),
        ("C-2", "brother's bereavement (Event column), 16 November")]
    assert script_rows(path, PROBLEMS) == []
    assert len(messages(path)) == 2


def test_a_congratulation_prepared_before_the_check_is_do_not_send(make_workbook, run_job):
    # the trial left C09's congratulation pending; a run with this check lists it "do not send"
    grids = marked(("C-2", 3, "উনার বাবা গত রাতে মারা গেছেন", "আনন্দের খবর"))
    key = note_key(CallNote(row=2, date=ago(3), customer_id="C-2", note="উনার বাবা গত রাতে মারা গেছেন"))
    grids["Messages"] = [MESSAGES.headers(), message_row(key=key, customer_id="C-2", status="pending",
                                                         message="অভিনন্দন!", kind="follow_up")]
    path = make_workbook(grids)
    run_job(path)
    assert follow_ups(path) == [
        ("do not send", "C-2", f"Do not send message {key}: the Event column says celebration, the note "
                               "says bereavement, 21 November: \u201cউনার বাবা গত রাতে মারা গেছেন\u201d")]


def wrongly_filed() -> dict[str, list[list]]:
    """C14 in the trial: a note under the wrong ID, taken back the same day, and the right one."""
    return {
        "Customers": customers_tab(["C14", "Babul Hossain", "+8801711000014", "bn"],
                                   ["C15", "Mina Akter", "+8801711000015", "bn"]),
        "Call Notes": notes_tab(
            {"date": ago(7), "customer_id": "C14", "agent": "Rina", "note": "meyer jor, 3 din dhore"},
            {"date": ago(7), "customer_id": "C14", "agent": "Rina",
             "note": "upore bhul ID dise, oita C15 er note. C14 er kichu hoy nai"},
            {"date": ago(7), "customer_id": "C15", "agent": "Rina",
             "note": "meyer jor, 3 din dhore (age bhul kore C14 e likhsilam)"}),
    }


def test_a_note_under_the_wrong_customer_taken_back_gets_no_message(make_workbook, run_job):
    # C14: "meyer jor" under C14, then "oita C15 er note. C14 er kichu hoy nai" the same day
    path = make_workbook(wrongly_filed())
    run_job(path)
    assert [c for c, _, _ in messages(path)] == ["C15"]
    assert sorted(follow_ups(path)) == [
        ("overdue", "C15", "daughter's illness (found in the note), 17 November: "
                           "\u201cmeyer jor, 3 din dhore (age bhul kore C14 e likhsilam)\u201d"),
        ("wrong customer: no message", "C14",
         "daughter's illness noted on 17 November under this customer; on 17 November: \u201cupore bhul "
         "ID dise, oita C15 er note. C14 er kichu hoy nai\u201d: written under the wrong customer, so no message")]
    rows = [(r["tab"], r["row"], r["column"], r["value"], r["problem"], r["fix"])
            for r in script_rows(path, PROBLEMS)]
    assert rows == [
        ("Call Notes", 2, "Customer ID", "C14",
         "The note of 17 November (row 3) says this note was written under the wrong customer: "
         "\u201cupore bhul ID dise, oita C15 er note. C14 er kichu hoy nai\u201d. No message is prepared for it.",
         "Correct the Customer ID on this row of Call Notes to the right customer (or delete the row).")]
    bn_path = make_workbook(wrongly_filed(), name="bn.xlsx")
    run_job(bn_path, settings_=BN)
    [row] = script_rows(bn_path, PROBLEMS)
    assert (row["problem"], row["fix"]) == (
        "১৭ নভেম্বর তারিখের নোটে (৩ নম্বর সারি) বলা আছে এই নোটটি ভুল গ্রাহকের নামে লেখা: \u201cupore bhul ID "
        "dise, oita C15 er note. C14 er kichu hoy nai\u201d। এর জন্য কোনো বার্তা তৈরি হবে না।",
        "Call Notes ট্যাবের এই সারির Customer ID ঠিক গ্রাহকের আইডিতে বদলে দিন (অথবা সারিটি মুছে দিন)।")
    assert ("ভুল গ্রাহকের নোট: বার্তা নয়", "C14") in [(k, c) for k, c, _ in follow_ups(bn_path)]


@pytest.mark.parametrize("words", ["wrong customer, this was for C15", "ভুল আইডিতে লেখা হয়েছিল"])
def test_other_words_for_the_wrong_customer_take_the_note_back(make_workbook, run_job, words):
    grids = wrongly_filed()
    grids["Call Notes"][2][3] = words
    path = make_workbook(grids)
    run_job(path)
    assert [c for c, _, _ in messages(path)] == ["C15"]


def asking(*notes: tuple[str, int, str]) -> dict[str, list[list]]:
    """Three customers, each with one call note (customer, days ago, words)."""
    return {
        "Customers": customers_tab(["C-1", "Jamal Mia", "+8801711000007", "en"],
                                   ["C-2", "মিতু সরকার", "01711-000010", "bn"],
                                   ["C-3", "Rupa Rani", "01711-000008", "bn"]),
        "Call Notes": notes_tab(*({"date": ago(d), "customer_id": c, "agent": "Sumi", "note": t}
                                  for c, d, t in notes)),
    }


ABROAD = ("C-1", 36, "Saudi gesen, December e firben")
SELF_CALLS = ("C-2", 36, "বললেন আমাদের ফোন দিতে হবে না, দরকার হলে উনি নিজেই ফোন দিবেন")


def test_abroad_or_they_will_call_us_waits_and_then_says_so(make_workbook, run_job):
    # C07 abroad till December, C10 "she will call us": check-in rows after 36 days, not a word
    # of what they asked; here no row while they are away or said they would call
    path = make_workbook(asking(ABROAD, SELF_CALLS))
    run_job(path)
    assert follow_ups(path) == []
    later = make_workbook(asking(ABROAD, ("C-2", 58, SELF_CALLS[2])),
                          name="later.xlsx")
    run_job(later, today=ago(-8))  # 2 December: back from abroad; 60 days since "she will call"
    assert sorted((c, why) for _, c, why in follow_ups(later)) == [
        ("C-1", "no contact for 44 days (limit 30); on 19 October: abroad, back about 1 December: "
                "\u201cSaudi gesen, December e firben\u201d"),
        ("C-2", "no contact for 66 days (limit 30); said on 27 September they will call us themselves: "
                "\u201cবললেন আমাদের ফোন দিতে হবে না, দরকার হলে উনি নিজেই ফোন দিবেন\u201d")]
    bn = make_workbook(asking(("C-2", 58, SELF_CALLS[2])), name="bn.xlsx")
    run_job(bn, today=ago(-8), settings_=BN)
    assert [why for _, _, why in follow_ups(bn)] == [
        "৬৬ দিন কোনো যোগাযোগ নেই (সীমা ৩০ দিন); ২৭ সেপ্টেম্বর তারিখে বলেছেন দরকার হলে নিজেই ফোন দেবেন: "
        "\u201cবললেন আমাদের ফোন দিতে হবে না, দরকার হলে উনি নিজেই ফোন দিবেন\u201d"]


def test_a_call_back_after_the_exam_is_listed_after_two_weeks(make_workbook, run_job):
    # C08 "exam er por call dite bolse", C20 "Eid er por": no row at all; now a row, no message
    early = make_workbook(asking(("C-3", 13, "meyer exam cholche, exam er por call dite bolse")))
    run_job(early)
    assert follow_ups(early) == []
    path = make_workbook(asking(("C-3", 14, "meyer exam cholche, exam er por call dite bolse"),
                                ("C-1", 20, "Eid er por call dite bolse")), name="due.xlsx")
    run_job(path)
    assert sorted(follow_ups(path)) == [
        ("check in", "C-1", "call back, no day given: on 4 November asked to be called later "
                            "(\u201cEid er por call dite bolse\u201d); call, or write the day in the "
                            "Follow Up On column"),
        ("check in", "C-3", "call back, no day given: on 10 November asked to be called later "
                            "(\u201cmeyer exam cholche, exam er por call dite bolse\u201d); call, or write "
                            "the day in the Follow Up On column")]
    assert messages(path) == []
    # (a short "ঈদের পর ফোন দিতে বলছে" is a busy call-back of its own, with the busy delay)
    bn = make_workbook(asking(("C-3", 14, "মেয়ের পরীক্ষা চলছে, পরীক্ষার পর ফোন দিতে বললেন")), name="bn.xlsx")
    run_job(bn, settings_=BN)
    assert [why for _, _, why in follow_ups(bn)] == [
        "ফোন করার কথা, দিন বলা নেই: ১০ নভেম্বর তারিখে পরে ফোন দিতে বলেছেন (\u201cমেয়ের পরীক্ষা চলছে, পরীক্ষার পর ফোন দিতে বললেন\u201d); "
        "ফোন করুন, অথবা Follow Up On কলামে দিনটি লিখুন"]
