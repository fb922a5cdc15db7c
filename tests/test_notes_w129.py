"""The sixty-fourth notes round's second writer (w129, round 64b): hospitals, blood and
emergencies, from a pharmacy opposite Dhaka Medical, an oxygen cylinder shop in Chattogram, a
grocery near Rajshahi Medical and a mobile shop near Osmani Medical.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w129.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w129_round`` were each read differently before the round; those of ``test_w129_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a patient sent on to a bigger hospital or to Dhaka
    ("আম্মারে ঢাকায় রেফার করছে", ("illness", "mother", None)),
    ("নানারে খুলনায় রেফার করছে, পরশু খবর নিবো", ("illness", "relative", date(2026, 11, 21))),
    ("chacha ke medical e refer korse, rate e rowna dibe", ("illness", "relative", None)),
    ("Her father was referred to Dhaka last night", ("illness", "father", None)),
    # ... ভাই as what was done to, opening the note
    ("ভাইকে চট্টগ্রাম রেফার করা হইছে", ("illness", "brother", None)),
    ("bhai ke PG te refer korse, porshu khobor nibo", ("illness", "brother", date(2026, 11, 21))),
    # the high-dependency unit
    ("khala ke HDU te shift korse", ("illness", "relative", None)),
    ("mama HDU te ache, kal khoj nibo", ("illness", "relative", date(2026, 11, 20))),
    ("দাদী এইচডিইউতে, অক্সিজেন চলতেছে", ("illness", "relative", None)),
    # a death told as "expired" in the respectful verb
    ("cust er abba ICU te chilen, gotokal expire korechen", ("bereavement", "father", None)),
])
def test_w129_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w129_blood_group_negative_is_not_over():
    # a blood group's "negative" is blood still wanted, not a test come back clear
    r = read("দুলাভাই আইসিইউতে, ও নেগেটিভ রক্ত লাগবে ২ ব্যাগ")
    assert (r.event, r.over) == ("illness", False)
    r = read("wife ICU te, AB negative blood lagbe")
    assert (r.event, r.over) == ("illness", False)


@pytest.mark.parametrize("note, expected", [
    # the shop or a customer referring someone: no hospital before it
    ("অন্য দোকানে রেফার করলাম, ঐটা আমাদের আইটেম না", (None, None, None)),
    ("cust khushi, 3 jon ke refer korbe", (None, None, None)),
    ("Referred her to the Rahman store for the fabric", (None, None, None)),
    # ভাই the customer, called: no illness
    ("bhai ke 2 bar call dilam, dhore nai", ("busy", "self", None)),
    # a test come back negative is over, as before
    ("ছেলের ডেঙ্গু টেস্ট নেগেটিভ আসছে", ("illness", "son", None)),
    # goods that expire are no death
    ("oxygen cylinder er test date expire hoye gese, bodlate hobe", None),
])
def test_w129_lookalikes(note, expected):
    r = read(note)
    if expected is None:
        assert r.event != "bereavement"
    else:
        assert (r.event, r.who, r.callback) == expected
