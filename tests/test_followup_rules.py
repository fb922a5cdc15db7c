"""Follow-up rules and event detection: pure functions over records and a date."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import TODAY, ago
from khatir.config import build_settings
from khatir.events import EventDetector
from khatir.records import CallNote
from khatir.rules.followups import follow_ups_due, note_key

SETTINGS = build_settings({})
DETECT = EventDetector.from_kinds(SETTINGS.events)


@pytest.mark.parametrize("note, event", [
    ("বাচ্চা অসুস্থ", "illness"),
    ("মায়ের জ্বর, হাসপাতালে", "illness"),
    ("customer is sick today", "illness"),
    ("Fever since Monday", "illness"),
    ("ammu osustho", "illness"),
    ("বাচ্চা হয়েছে আলহামদুলিল্লাহ", "newborn"),
    ("wife in delivery room", "newborn"),
    ("Baby born last night!", "newborn"),
    ("ডেলিভারি হবে আগামী সপ্তাহে", "newborn"),
    ("গাড়ি নষ্ট, রাস্তায় আটকে", "vehicle_trouble"),
    ("গাড়ি স্টার্ট হচ্ছে না", "vehicle_trouble"),
    ("Car broke down on the highway", "vehicle_trouble"),
    ("বাবা মারা গেছেন", "bereavement"),
    ("father passed away in hospital", "bereavement"),
    ("মেয়ের বিয়ে সামনের মাসে", "celebration"),
    ("product arrived damaged", "complaint"),
    ("busy, call later", "busy"),
    ("মেজাজ খারাপ, পরে ফোন দিতে বললেন", "busy"),
    ("bought two sarees, happy", None),
    ("will pay the bill on Friday", None),  # "ill" must start a word
])
def test_event_detection_in_each_language(note, event):
    assert DETECT.detect(note) == event


def test_decomposed_bengali_matches_composed_keywords():
    import unicodedata
    assert DETECT.detect(unicodedata.normalize("NFD", "গাড়ি নষ্ট")) == "vehicle_trouble"


def note(days_ago: int, text: str = "fever", **kw) -> CallNote:
    return CallNote(row=2, date=ago(days_ago), customer_id="C-1", note=text, **kw)


def due(notes, sent=(), today=TODAY, stale=60):
    owed, old = follow_ups_due(notes, SETTINGS.events, set(sent), today, stale)
    return [(f.note.note, f.days_overdue) for f in owed], [(f.note.note, f.days_overdue) for f in old]


@pytest.mark.parametrize("days_ago, expected", [
    (1, []),             # illness waits 2 days
    (2, [("fever", 0)]),  # due today
    (6, [("fever", 4)]),  # overdue by 4 days
])
def test_due_and_overdue_from_the_event_delay(days_ago, expected):
    assert due([note(days_ago)])[0] == expected


def test_follow_up_on_overrides_the_event_delay():
    assert due([note(1, follow_up_on=ago(1))])[0] == [("fever", 1)]
    assert due([note(5, follow_up_on=ago(-3))])[0] == []


def test_note_without_event_or_date_needs_nothing():
    assert due([note(10, "bought rice")]) == ([], [])


def test_staff_event_column_beats_the_words():
    assert due([note(1, "fever", event="vehicle_trouble")])[0] == [("fever", 0)]


def test_done_by_checkbox_or_by_a_sent_message():
    assert due([note(5, done=True)])[0] == []
    assert due([note(5)], sent={note_key(note(5))})[0] == []


def test_too_old_follow_ups_are_set_apart():
    other = CallNote(row=3, date=ago(5), customer_id="C-2", note="sick")
    owed, old = due([note(100), other], stale=60)
    assert owed == [("sick", 3)]
    assert old == [("fever", 98)]


def test_most_overdue_first():
    notes = [CallNote(row=2, date=ago(d), customer_id=f"C-{d}", note=t)
             for d, t in ((3, "a fever"), (9, "b fever"), (5, "c fever"))]
    owed, _ = due(notes)
    assert [n for n, _ in owed] == ["b fever", "c fever", "a fever"]


def test_today_is_an_input_not_the_clock():
    assert due([note(0)], today=date(2026, 11, 26))[0] == [("fever", 0)]
