"""The event's own day where the note gives it loosely, so the congratulations or the "how is he
now?" wait for it. Both found by the sixth story trial:

* a month named, no day ("meyer biye december e"): over by that month's last day. Written on 27
  November, it was congratulated on the 28th, a month before the wedding (``when._in_named_month``);
* a new day after a comma ("opareshon ek din pichaise, 21 tarikh"): the operation was asked after
  on the morning of its old day (``when._day_after_comma``).
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import READER, SETTINGS, read

from khatir.rules.followups import delays_of, follow_up_report
from khatir.sheet.records import CallNote

CALLED = date(2026, 11, 27)


@pytest.mark.parametrize("note, expected", [
    ("meyer biye december e, lehenga dekhbe", ("celebration", "daughter", date(2026, 12, 31))),
    ("ডিসেম্বরে মেয়ের বিয়ে, শাড়ি দেখবে", ("celebration", "daughter", date(2026, 12, 31))),
    ("ছেলের বিয়ে জানুয়ারিতে, কার্ড ছাপাবে", ("celebration", "son", date(2027, 1, 31))),
    ("Her mother's operation in January, will buy a wheelchair", ("illness", "mother", date(2027, 1, 31))),
    ("মে মাসে ভাইয়ের বিয়ে", ("celebration", "brother", date(2027, 5, 31))),
    ("ছেলের বিয়ে এই মাসে", ("celebration", "son", date(2026, 11, 30))),
    ("biye ei mase, 200 card", ("celebration", "self", date(2026, 11, 30))),
])
def test_an_event_in_a_named_month_waits_for_its_end(note, expected):
    r = read(note, CALLED)
    assert (r.event, r.who, r.event_day) == expected


@pytest.mark.parametrize("note", [
    "meyer biye october e hoise, mishti nibe",  # told as past
    "may be biye next year, ekhon na",  # "may be" is no month
    "ছেলের বিয়ে হইছে গত মাসে",
    "december sale er offer janaben",  # no event's own word
    "biye september e, gift nibe",  # a month of the last five is behind, not next year's
    # a baby due in a month: "expecting" is wished well now, not held to the month's end (trial 4, F10)
    "His wife is pregnant, delivery in December. Looked at baby clothes",
])
def test_no_month_day_where_none_is_meant(note):
    assert read(note, CALLED).event_day is None


def test_no_congratulations_before_a_wedding_in_december():
    # the story trial's note: nothing the next day; congratulations once December is over
    notes = [CallNote(row=2, date=CALLED, customer_id="C-1", note="meyer biye december e, lehenga dekhbe")]

    def owed(today: date):
        return follow_up_report(notes, READER, delays_of(SETTINGS.events), set(), today, 60).owed

    assert owed(date(2026, 11, 28)) == []
    assert owed(date(2026, 12, 31)) == []
    [f] = owed(date(2027, 1, 1))
    assert (f.event, f.who, f.due) == ("celebration", "daughter", date(2027, 1, 1))


@pytest.mark.parametrize("note, expected", [
    ("opareshon ek din pichaise, 21 tarikh", ("illness", date(2026, 11, 21))),
    ("অপারেশন পিছাইছে, ২১ তারিখ", ("illness", date(2026, 11, 21))),
    ("biye, 28 tarikh", ("celebration", date(2026, 11, 28))),
])
def test_the_events_day_after_a_comma(note, expected):
    r = read(note)
    assert (r.event, r.event_day) == expected


@pytest.mark.parametrize("note", [
    "অপারেশন হয়েছে, ২১ তারিখ ফোন দিবো",  # past, and a day to call
    "biye te 200 card, 28 tarikh er moddhe delivery chai",  # more than a few words: the order's day
])
def test_no_events_day_after_a_comma(note):
    assert read(note).event_day is None


def test_a_postponed_operation_is_asked_after_once_it_is_done():
    # the story trial: the husband's operation on the 20th, moved to the 21st on the 19th
    notes = [CallNote(row=2, date=date(2026, 11, 15), customer_id="C-1", note="হাসব্যান্ডের অপারেশন ২০ তারিখে"),
             CallNote(row=3, date=date(2026, 11, 19), customer_id="C-1", note="opareshon ek din pichaise, 21 tarikh")]

    def owed(today: date):
        shown = [n for n in notes if n.date <= today]
        return follow_up_report(shown, READER, delays_of(SETTINGS.events), set(), today, 60).owed

    assert owed(date(2026, 11, 20)) == [] and owed(date(2026, 11, 22)) == []
    [f] = owed(date(2026, 11, 23))
    assert (f.event, f.who, f.due) == ("illness", "husband", date(2026, 11, 23))


# Told as past, then another day of the same story: what happened is congratulated now, not after
# the later function (the seventh blind trial: "Got engaged last week! … reception on 5 Dec" waited
# for 6 December).
@pytest.mark.parametrize("note, occasion", [
    ("Got engaged last week! Wants a cake for the reception on 5 Dec", "engagement"),
    ("gato shoptahe meyer engagement hoyeche, 5 tarikh reception er jonno mishti nibe", "engagement"),
    ("ছেলের বিয়ে হয়ে গেছে গত শুক্রবার, ৫ তারিখে বউভাত", "wedding"),
    ("Son got married on Friday, walima on 5th", "wedding"),
])
def test_an_event_told_as_past_does_not_wait_for_a_later_function(note, occasion):
    r = read(note, CALLED)
    assert (r.event, r.occasion, r.event_day) == ("celebration", occasion, None)


@pytest.mark.parametrize("note, day", [
    ("getting married on 20 December, wants the suit by 15th", date(2026, 12, 20)),
    ("she is engaged, wedding on 12 Dec", date(2026, 12, 12)),
    ("meyer biye 5 tarikhe", date(2026, 12, 5)),
])
def test_an_event_still_ahead_waits_for_its_day(note, day):
    assert read(note, CALLED).event_day == day
