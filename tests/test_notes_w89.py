"""The forty-fourth notes round's second writer (w89, round 44b): weather, floods, cyclones and
disasters in customers' lives, at a tin-roof and solar-panel dealer in Kurigram, a shrimp and
fish-feed shop in Satkhira, a haor rice wholesaler in Sunamganj and a generator and IPS shop in
Patuakhali.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w89.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w89_round`` were each read differently before the round; those of ``test_w89_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a storm (ঝড়, "jhor", folded like a fever) that overturned a boat: the boat's trouble
    ("jhor e nouka dube gese, majhi sobai bachse", ("vehicle_trouble", "self", None)),
    # what a storm did to a roof or a tree, nobody ill
    ("jhor e chal ure gese, 6 bundle tin lagbe", (None, None, None)),
    ("jhor e ure gese panel, notun ta kal pathabo", (None, None, None)),
    ("jhor e gach pore dokan bondho, kal abar", (None, None, date(2026, 11, 20))),
    # the time after a storm
    ("ঝড়ের পরে অর্ডার দিবে বলল", (None, None, None)),
    ("ঝড়ের পরে মাল নিবে, এখন টাকা নাই", (None, None, None)),
    ("jhor er pore theke generator er demand beshi, cx 2 ta nibe", (None, None, None)),
])
def test_w89_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a fever that folds like the storm's words: keeping her at home, with gastric, with saline
    ("jor e ghor theke ber hoy na meye", ("illness", "daughter", None)),
    ("ছেলের জ্বরে গ্যাস্ট্রিক বাড়ছে", ("illness", "son", None)),
    ("ammur jore saline lagse", ("illness", "mother", None)),
    # a fever beside a storm, in a clause of its own; an injury in the storm
    ("abbur jor, jhor e ghor o bhangse", ("illness", "father", None)),
    ("মায়ের জ্বর, ঝড়ের আগে থেকেই", ("illness", "mother", None)),
    ("ঝড়ে ঘর ভাঙছে, বাবা আহত", ("illness", "father", None)),
    # a boat overturned, a brother's, as before; a cyclone signal with a call later, as before
    ("ঝড়ে নৌকা উল্টে গেছে ভাইয়ের, কেউ ব্যথা পায় নাই", ("vehicle_trouble", "brother", None)),
    ("ঝড়ের সিগন্যাল, ট্রলার ঘাটে বাঁধা, পরে ফোন দিবে", ("busy", "self", None)),
])
def test_w89_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
