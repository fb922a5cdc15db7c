"""The fifty-third notes round's second writer (w107, round 53b): call outcomes (switched off, not
reachable, busy, no answer, a call cut, a wrong number, someone else picking up) at a bKash agent
shop in Bogura, an electronics showroom in Khulna, a clothing page in Dhaka and a solar dealer in
Barishal.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w107.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w107_round`` were each read differently before the round; those of ``test_w107_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a fever of some days ("fever" folds like "feber", once read as February) is no day of a month
    ("cust er fever 3 din dhore, kotha boltei kosto", ("illness", "self", None)),
    # Barishal's হ্যার ("his", "her") is no name the kin word addresses
    ("হ্যার মামা অসুস্থ, হাসপাতালে", ("illness", "relative", None)),
    ("হ্যার চাচায় ইন্তেকাল করছে, জানাজা বাদ আসর", ("bereavement", "relative", None)),
    ("hyar mama hospital e, porshu call dio", ("illness", "relative", date(2026, 11, 21))),
    ("হ্যাগো মামার গাড়ি ফেরিঘাটে আটকা, engine নষ্ট", ("vehicle_trouble", "relative", None)),
    # the line breaking up on the call is no broken goods
    ("Voice ভাঙ্গা ভাঙ্গা আসতেছিল, পরশু আবার দিবো", ("busy", "self", date(2026, 11, 21))),
    ("kotha bhanga bhanga, pore dibo", ("busy", "self", None)),
    # a number no longer to be got
    ("number e ar pawa jay na, sim bodlaise mone hoy", ("busy", "self", None)),
])
def test_w107_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a fever with a call-back day, as before
    ("fever 3 din, kal call dibo", ("illness", "self", date(2026, 11, 20))),
    # a speaker's or a TV's sound breaking up is the goods' fault
    ("speaker er awaj bhanga bhanga, ferot dibe", ("complaint", "self", None)),
    ("টিভির সাউন্ড ভাঙ্গা ভাঙ্গা আসে, বদলাইতে চায়", ("complaint", "self", None)),
    # a name before the kin word is the customer addressed; হের পরিবার is his wife
    ("Rahim mama hospital e", ("illness", "self", None)),
    ("হের পরিবার হাসপাতালে", ("illness", "wife", None)),
    # not to be got on the phone, as before
    ("ফোনে পাওয়া যায় নাই, কাল আবার", ("busy", "self", date(2026, 11, 20))),
    ("এই নাম্বারে আর পাওয়া যায় না, শুক্রবার আবার চেষ্টা", ("busy", "self", date(2026, 11, 20))),
])
def test_w107_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
