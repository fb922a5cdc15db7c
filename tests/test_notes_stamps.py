"""Notes as staff keep them in a cell: headed with the day they were written, or a log of calls
a line each. The heading date says when, not a day to call on (khatir/notes/stamps.py)."""
from __future__ import annotations

from datetime import date

import pytest

from note_reading import READER


@pytest.mark.parametrize("note, called, expected", [
    # the call's own date first: the day after tomorrow is the day, not the date a year ahead
    ("5/9: মেয়ের জ্বর, পরশু ফোন দিবো", date(2026, 9, 5), ("illness", "daughter", date(2026, 9, 7))),
    ("5/9: নামাজে আছেন, পরে কল দিতে বললেন", date(2026, 9, 5), ("busy", "self", None)),
    ("০৫/০৯/২০২৬ - রফিক ভাইয়ের বউয়ের বাচ্চা হইছে", date(2026, 9, 5), ("newborn", "wife", None)),
    ("12 Nov - ড্রাইভ করতেছে, কথা বলতে পারে নাই", date(2026, 11, 12), ("busy", "self", None)),
    ("2026-11-03 10:30: রফিক ভাইয়ের বউয়ের বাচ্চা হইছে, ছেলে 🎉", date(2026, 11, 3), ("newborn", "wife", None)),
    # a log of calls in one cell, a line each
    ("2/11: no answer\n5/11: wife sick, call next week", date(2026, 11, 5), ("illness", "wife", date(2026, 11, 12))),
])
def test_a_date_heading_the_note_is_when_it_was_written(note, called, expected):
    reading = READER.read(note, called)
    assert (reading.event, reading.who, reading.callback) == expected


@pytest.mark.parametrize("note, called, callback", [
    # a day and month gone by is no day to call on, and its day is not this month's either
    ("অর্ডার দিছিলেন 2/9, 7 din por call dio", date(2026, 9, 10), date(2026, 9, 17)),
    ("ডিসেম্বর ১ তারিখে জানাবো", date(2026, 12, 31), None),
    # a heading date after the call's is a day the note names
    ("25/12: ফোন দিবো", date(2026, 12, 20), date(2026, 12, 25)),
    # ... and early January written in late December is next year's
    ("5/1 e asben, tokhon call", date(2026, 12, 20), date(2027, 1, 5)),
    # দেশে ("home", in the country) is no December: the 15th of next month
    ("১৫ তারিখ দেশে আসবো তখন call দিয়েন", date(2026, 12, 31), date(2027, 1, 15)),
    ("15 tarikh desh e ashbe, tokhon call", date(2026, 12, 31), date(2027, 1, 15)),
])
def test_days_gone_by_and_home_are_no_day_to_call_on(note, called, callback):
    assert READER.read(note, called).callback == callback
