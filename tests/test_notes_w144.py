"""The seventy-second notes round's first writer (w144): dates and days in every form, at a
pharmacy in Bogura, a shoe shop in New Market, a hardware shop in Barishal and a kids' clothing
shop in Sylhet.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w144.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w144_round`` were each read differently before the round; those of ``test_w144_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # তরশু, the day after the day after tomorrow (the call is on Thursday 19 Nov)
    ("tarshu abar fon dio, ekhon dokan e vir", ("busy", "self", date(2026, 11, 22))),
    ("তরশু আসবে বলছে, বাকি টাকা নিয়া", (None, None, date(2026, 11, 22))),
    ("torshu ashbe boot nite", (None, None, date(2026, 11, 22))),
    # Barishali আইবে, will come, and আইয়া, coming to do
    ("shonibar pipe bodlaite aibe", ("complaint", "self", date(2026, 11, 21))),
    ("সোমবার দোকানে আইয়া রং মিলাইয়া নিবো", (None, None, date(2026, 11, 23))),
    # letting them know in Sylheti and Chatgaiya words
    ("size milaia porshu jani dibo", (None, None, date(2026, 11, 21))),
    ("মাইয়ার জ্বর, বুধবার জানাই দিমু", ("illness", "daughter", date(2026, 11, 25))),
    # কালো, black, is a colour, not কাল (tomorrow)
    ("৩ দিন পর আসবে, তখন কালো কেডস ট্রাই করবে", (None, None, date(2026, 11, 22))),
    ("কালো রঙের ফ্রক শেষ, নতুন মাল আসলে ফোন দিবো", (None, None, None)),
])
def test_w144_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # পরশু and কাল stay what they were; goods that come (মাল আইবে) are no visit
    ("porshu call dio", ("busy", "self", date(2026, 11, 21))),
    ("কাল কালো জুতা নিতে আসবেন", (None, None, date(2026, 11, 20))),
    ("kal mal aibe godown e", (None, None, None)),
    # a day named for a delivery, no contact
    ("tarshu delivery hobe bolse courier", (None, None, None)),
])
def test_w144_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
