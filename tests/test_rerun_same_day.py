"""Running twice the same day with the same data ends exactly like running once (README,
"running twice a day" is harmless): the second run finds the first run's messages and lists
them the same way, never "do not send" for a message the same reading made (blind trial F8).

A bare "busy, call later" after an ordinary note ("ordered saree, happy") is its own call-back,
on its own note (story rule 2: it moves an *open follow-up*, and an ordinary note owes none);
after a note with an event it is a try of that follow-up ("could not talk on 20 November")."""
from __future__ import annotations

import pytest

from conftest import script_rows
from khatir.sheet.schema import FOLLOW_UPS, MESSAGES
from test_story_trial import follow_ups, grids, messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook


def _twice(path, run_job) -> None:
    """Run the daily job twice the same day: Follow-ups and Messages end as after the first."""
    run_job(path)
    first = script_rows(path, FOLLOW_UPS), script_rows(path, MESSAGES)
    run_job(path)
    assert (script_rows(path, FOLLOW_UPS), script_rows(path, MESSAGES)) == first


def _said(path) -> list[tuple[str, str, str]]:
    """(customer, key without its fingerprint, the message's first line after the greeting)."""
    return [(c, k.rsplit(":", 1)[0], t.split("\n")[1]) for c, k, t in messages(path)]


def test_a_busy_note_after_an_ordinary_one_is_its_own_call_back(make_workbook, run_job):
    # F8: C-879 "ordered saree, happy" (10 Nov), "ব্যস্ত, পরে ফোন দিতে বলছে" (20 Nov); today 24 Nov
    path = make_workbook(grids(("C-1", 14, "ordered saree, happy"), ("C-1", 4, "busy, call later"),
                               ("C-2", 14, "ordered saree, happy"), ("C-2", 4, "ব্যস্ত, পরে ফোন দিতে বলছে")))
    _twice(path, run_job)
    assert follow_ups(path) == [
        ("overdue", "C-1", "call later (found in the note), 20 November: \u201cbusy, call later\u201d"),
        ("overdue", "C-2", "call later (found in the note), 20 November: \u201cব্যস্ত, পরে ফোন দিতে বলছে\u201d")]
    assert _said(path) == [
        ("C-1", "follow_up:C-1:2026-11-20", "We tried to reach you on 20 November, but we could not talk "
         "then. When would be a good time to talk? Just reply with a day and time that suits you."),
        ("C-2", "follow_up:C-2:2026-11-20", "গত ২০ নভেম্বর যোগাযোগ করেছিলাম, কিন্তু তখন কথা বলা হয়নি। কখন "
         "কথা বললে আপনার সুবিধা হবে, একটু জানাবেন? আপনার সুবিধামতো দিন আর সময় লিখে জানালেই হবে।")]


def test_a_busy_note_after_an_event_is_a_try_of_its_follow_up(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 14, "daughter has a fever"), ("C-1", 4, "busy, call later"),
                               ("C-2", 14, "মেয়ের জ্বর"), ("C-2", 4, "ব্যস্ত, পরে ফোন দিতে বলছে")))
    _twice(path, run_job)
    assert follow_ups(path) == [
        ("overdue", "C-1", "daughter's illness (found in the note), 10 November; could not talk on "
                           "20 November: \u201cdaughter has a fever\u201d"),
        ("overdue", "C-2", "daughter's illness (found in the note), 10 November; could not talk on "
                           "20 November: \u201cমেয়ের জ্বর\u201d")]
    assert _said(path) == [
        ("C-1", "follow_up:C-1:2026-11-10", "When we spoke on 10 November, we heard your daughter was "
         "unwell. How is your daughter feeling now? We hope things are much better. If there is anything "
         "we can do, just let us know."),
        ("C-2", "follow_up:C-2:2026-11-10", "গত ১০ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার মেয়ে অসুস্থ। মেয়ে "
         "এখন কেমন আছে? আশা করি অনেকটা সুস্থ হয়ে উঠেছে। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।")]


def test_an_ordinary_note_with_a_call_back_day_then_busy_stays_one_follow_up(make_workbook, run_job):
    # the ordinary note owes a call (its own day), so the busy note is a try of it
    path = make_workbook(grids(("C-1", 14, "ordered saree, call on 18 November"), ("C-1", 4, "busy, call later")))
    _twice(path, run_job)
    assert follow_ups(path) == [
        ("overdue", "C-1", "follow-up (call-back day in the note), 10 November; could not talk on "
                           "20 November: \u201cordered saree, call on 18 November\u201d")]
