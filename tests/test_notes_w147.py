"""The seventy-third notes round's second writer (w147): everyday notes from a saree shop in
Tangail, a computer accessories shop at IDB Bhaban, a fish feed and poultry medicine shop in
Mymensingh and a cosmetics counter in Khulna's Shibbari, each staff member with their own habits.

The sentences are written for these tests in the writers' styles, not taken from the corpus
(tests/data/notes/dev_w147.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w147_round`` were each read differently before the round; those of ``test_w147_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer bringing the goods back on a day is a visit
    ("mouse ta double click kore, will bring it on saturday", (None, None, date(2026, 11, 21))),
    # a seminar all day is no time to talk
    ("he's at a seminar, no talk now", ("busy", "self", None)),
    ("in a seminar till 5, call tomorrow", ("busy", "self", date(2026, 11, 20))),
])
def test_w147_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the courier bringing the goods is nobody's visit
    ("courier will bring it tomorrow", (None, None, None)),
    ("the delivery man will bring it tomorrow", (None, None, None)),
    ("কাজ হয় নাই এখনো, মিস্ত্রি আসে নাই", (None, None, None)),
    ("kaj hoy nai bole abar ashbe kal", (None, None, date(2026, 11, 20))),
    # a person who did not work that day; goods for a seminar; a design nobody can copy
    ("he did not work today, fever", ("illness", "self", None)),
    ("সেমিনারের জন্য ৫টা পেনড্রাইভ অর্ডার", (None, None, None)),
    ("nokol kora jay na emon design chay", (None, None, None)),
    # coming back and bringing it back, as before
    ("speaker er sound fata, bring it tmrw for exchange", ("complaint", "self", date(2026, 11, 20))),
    ("keyboard er 2 ta key uthe gese. customer will come back monday", (None, None, date(2026, 11, 23))),
])
def test_w147_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
