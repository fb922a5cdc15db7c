"""The sixty-sixth notes round's second writer (w133, round 66b): everyday notes from a fish and
vegetable delivery service in Dhanmondi, a hardware shop in Jessore, a cosmetics shop in Cox's
Bazar and a stationery shop in Barishal.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w133.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w133_round`` were each read differently before the round; those of ``test_w133_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # "will want to know" how they are, with its day
    ("chele r jor, porshu jante chaibo kemon ase", ("illness", "son", date(2026, 11, 21))),
    # a scholarship spelt without its r; a new coaching centre opened
    ("meye bitti peyeche, 10 ta khata nibe", ("celebration", "daughter", None)),
    ("notun coaching khulse sir, 30 ta marker lagbe", ("celebration", "self", None)),
])
def test_w133_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # মাকে, the mother as object, and মায়ের read as before
    ("মাকে হাসপাতালে নিছে, কাল খবর নিবো", ("illness", "mother", date(2026, 11, 20))),
    ("মাকে উপহার দিবে, জন্মদিন কাল", ("celebration", "mother", None)),
    ("ma ke hospital e nise", ("illness", "mother", None)),
    # a price asked, not a call to come; a coaching reopening; makeup ordered alone
    ("customer dam jante chaise, list pathaisi", (None, None, None)),
    ("coaching khulse, khata r kolom lagbe", (None, None, None)),
    ("makeup kit 2 ta, lipstick 3 ta order", (None, None, None)),
])
def test_w133_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
