"""The story across calls as the fifth blind story trial wrote it: someone else's family (the
boss's, a friend's) is not "your relative"; a later note of the same celebration keeps the person
named before; labour in progress is no birth yet; condolences already given on the phone are not
written again. Each runs the real daily job on a workbook and checks what staff read and what is
sent."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import ago, script_rows
from khatir.config import build_settings
from khatir.notes import NoteReader
from khatir.sheet.schema import FOLLOW_UPS
from test_story_trial import follow_ups, grids, messages
from test_story_trial3 import append

pytestmark = pytest.mark.slow  # each job test runs the whole daily job on a workbook

READER = NoteReader.build(build_settings({}).events)


def due_rows(path) -> list[tuple[str, str, str]]:
    """(kind, customer, the Why up to the quoted note)."""
    return [(r["kind"], r["customer_id"], r["why"].split(": \u201c")[0]) for r in script_rows(path, FOLLOW_UPS)]


@pytest.mark.parametrize("note, event, who", [
    ("His boss's wife was admitted to hospital, so he is busy this week", "busy", "self"),
    ("বসের বাবা মারা গেছেন, উনি অফিসে খুব ব্যস্ত", "busy", "self"),
    ("bondhur ma hospital e", "illness", "friend"),
    ("colleague er baba er operation hobe", "illness", "colleague"),
])
def test_someone_elses_family_is_not_the_customers_relative(note, event, who):
    reading = READER.read(note, date(2026, 11, 19))
    assert (reading.event, reading.who) == (event, who)


def test_a_bosss_family_illness_sends_no_word_of_your_relative(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 3, "Customer's boss's mother had a stroke, he is at the hospital with them, very busy"),
                               ("C-2", 3, "কলিগের স্ত্রী হাসপাতালে, উনি খুব ব্যস্ত আছেন")))
    run_job(path)
    assert due_rows(path) == [("overdue", "C-1", "call later (found in the note), 21 November"),
                              ("overdue", "C-2", "call later (found in the note), 21 November")]
    for _, _, text in messages(path):
        assert "relative" not in text and "আত্মীয়" not in text and "loss" not in text


@pytest.mark.parametrize("notes", [
    (("C-1", 8, "His father passed away on Sunday. Offered our condolences on the call already."),
     ("C-2", 8, "ওনার বাবা মারা গেছেন, ফোনেই শোক প্রকাশ করেছি")),
    (("C-1", 8, "baba mara gesen"), ("C-1", 8, "phone e shomobedona janaisi"),
     ("C-2", 8, "ওনার বাবা মারা গেছেন"), ("C-2", 8, "সমবেদনা জানিয়েছি ফোনে")),
])
def test_condolences_given_on_the_phone_are_not_written_again(make_workbook, run_job, notes):
    path = make_workbook(grids(*notes))
    for day in (0, -3):  # the day the condolence would be due, and after
        run_job(path, ago(day))
        assert messages(path) == []
        assert follow_ups(path) == []


def test_a_condolence_still_to_give_is_written(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 8, "His father passed away on Sunday, condolences to be given")))
    run_job(path)
    [(cid, _, text)] = messages(path)
    assert cid == "C-1" and "loss of your father" in text


def test_labour_alone_is_a_birth_still_ahead_and_a_stillbirth_a_loss(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 12, "Wife is in the labour room since morning, emergency"),
                               ("C-2", 12, "ওনার স্ত্রী লেবার রুমে, ইমারজেন্সি")))
    run_job(path, ago(8))
    assert [(c, why) for c, why in ((r[1], r[2].split(": \u201c")[0]) for r in follow_ups(path))] == [
        ("C-1", "wife's baby on the way (found in the note), 12 November"),
        ("C-2", "wife's baby on the way (found in the note), 12 November")]
    wished = messages(path)
    assert len(wished) == 2
    for _, _, text in wished:
        assert "ongratulat" not in text and "অভিনন্দন" not in text
    append(path, 11, ("C-1", "The baby was stillborn, his wife is very low"),
           ("C-2", "বাচ্চাটা মৃত জন্মেছে, ভাবি ভালো নেই"))
    run_job(path)
    rows = due_rows(path)
    assert [(k, c) for k, c, _ in rows if k == "do not send"] == [("do not send", "C-1"), ("do not send", "C-2")]
    assert [(k, c, why) for k, c, why in rows if k != "do not send"] == [
        ("overdue", "C-1", "child's bereavement (found in the note), 13 November"),
        ("overdue", "C-2", "child's bereavement (found in the note), 13 November")]
    condolences = [text for row in messages(path) if row not in wished for text in row[2:]]
    assert len(condolences) == 2 and all("ongratulat" not in t and "অভিনন্দন" not in t for t in condolences)


def test_a_later_note_of_the_same_wedding_keeps_the_brother(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 40, "His younger brother's wedding is next month, we got an invitation"),
                               ("C-1", 30, "the wedding was postponed to later this month"),
                               ("C-1", 3, "the wedding happened yesterday, all went well"),
                               ("C-2", 40, "ছোট বোনের বিয়ে সামনের মাসে, দাওয়াত দিয়েছে"),
                               ("C-2", 30, "বিয়ে পিছিয়ে গেছে"),
                               ("C-2", 3, "বিয়ে হয়ে গেল গতকাল, সব ভালোভাবে হয়েছে")))
    run_job(path)
    assert [(c, why) for k, c, why in due_rows(path)] == [
        ("C-1", "brother's wedding (found in the note), 21 November"),
        ("C-2", "sister's wedding (found in the note), 21 November")]
    [(_, _, en), (_, _, bn)] = messages(path)
    assert "your brother" in en and "your wedding" not in en
    assert "আপনার বোনের বিয়ের খবর" in bn and "আপনার বিয়ের" not in bn


@pytest.mark.parametrize("note, who", [
    ("nanu hospital e, mara jan nai, bhul shunchilam", "relative"),
    ("Her father is in hospital, he did not die, we heard wrong", "father"),
])
def test_a_death_taken_back_leaves_the_illness(note, who):
    reading = READER.read(note, date(2026, 11, 19))
    assert (reading.event, reading.who, reading.over) == ("illness", who, False)


def test_a_note_corrected_from_a_death_to_hospital_gets_a_get_well(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 4, "His grandmother is in hospital, she did not die, we heard wrong"),
                               ("C-2", 4, "দাদি হাসপাতালে, মারা যান নাই, ভুল শুনছিলাম")))
    run_job(path)
    assert [(c, why) for _, c, why in due_rows(path)] == [
        ("C-1", "grandmother's illness (found in the note), 20 November"),
        ("C-2", "grandmother's illness (found in the note), 20 November")]
    for _, _, text in messages(path):
        assert "loss" not in text and "সমবেদনা" not in text
