"""The fifty-ninth notes round's second writer (w119): customers whose work sounds like an event (a
pharmacy for doctors and nurses in Dhaka, a phone shop for drivers and police in Chattogram, a
hardware shop for mechanics in Bogura, a cloth shop for garment workers in Narayanganj).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w119.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w119_round`` were each read differently before the round; those of ``test_w119_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer's trade before the name and "bhai": the family named after is the customer's own
    ("Constable Rahim bhai er meyer jor, hospital e nise", ("illness", "daughter", None)),
    ("বাস ড্রাইভার কামাল ভাইয়ের বউয়ের বাচ্চা হইছে, মেয়ে", ("newborn", "wife", None)),
    ("Security guard Babul bhai er wife intekal korechen", ("bereavement", "wife", None)),
    ("ইলেকট্রিশিয়ান সোহেল ভাইয়ের ছেলের জন্মদিন আজ, ট্যাব নিবে", ("celebration", "son", None)),
    ("Truck driver Jamal bhai er cheler biye sukrobar", ("celebration", "son", None)),
    ("Traffic sergeant Kabir bhai er bou er sizar hoise, chele", ("newborn", "wife", None)),
    # a doctor in the theatre, in Bengali's title, with "sir"/"madam", or doing a surgery: busy
    ("ডা. করিম স্যার ওটিতে আছেন, অপারেশন চলছে। কাল ফোন দিব", ("busy", "self", date(2026, 11, 20))),
    ("Dr. Nahid is doing a long surgery. Call tomorrow.", ("busy", "self", date(2026, 11, 20))),
    ("Dr. Tania madam emergency OT te, kal call dibo", ("busy", "self", date(2026, 11, 20))),
    # a garment worker on overtime
    ("Rina apa overtime korchen, raat e call dite bolse", ("busy", "self", date(2026, 11, 19))),
    ("Shahana apa bollo ei saptah puro overtime, friday kotha bolbe", ("busy", "self", date(2026, 11, 20))),
    ("Beauty apa overtime e, kal dupure call dibo", ("busy", "self", date(2026, 11, 20))),
])
def test_w119_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a doctor's father in the theatre, a patient in it, a doctor saying an operation is needed
    ("Dr. Rahim er abba OT te, operation cholche", ("illness", "father", None)),
    ("pt ekhon OT te, operation cholche", ("illness", "self", None)),
    ("ডাক্তার বলছে আব্বার অপারেশন লাগবে", ("illness", "father", None)),
    # a younger brother, a bus ridden, a driver who tells: no trade before a name
    ("ছোট ভাইয়ের বিয়ে, শেরওয়ানি লাগবে", ("celebration", "brother", None)),
    ("Bus e kore ashbe, bhai er biye", ("celebration", "brother", None)),
    ("driver bollo gari nosto, kal ashbe", ("vehicle_trouble", "self", date(2026, 11, 20))),
    # overtime's pay, a school's shift
    ("overtime er taka pay nai ekhono, mal pore nibe", (None, None, None)),
    ("meye morning na evening shift e porbe", (None, None, None)),
])
def test_w119_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
