"""The forty-eighth notes round's second writer (w97, round 48b): busy customers and when to call
back, at an office-furniture supplier in Motijheel, a seed and pesticide dealer in Jashore at
harvest, a coaching-centre book shop in Farmgate in exam season and a Ramadan clothing wholesaler
in Islampur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w97.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w97_round`` were each read differently before the round; those of ``test_w97_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # an exam's paper or a book's part is no day of the month
    ("Higher Math 2nd paper er guide collect korbe", (None, None, None)),
    ("English 1st paper test paper nite ashbe", (None, None, None)),
    ("ICT 2nd part er boi nite asben bolse", (None, None, None)),
])
def test_w97_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a call-back day alone, as before; an illness now, as before
    ("বুধবার কল দিও", ("busy", "self", date(2026, 11, 25))),
    ("abbar jor, ekhon hospital e, porshu phone dio", ("illness", "father", date(2026, 11, 21))),
    # a day of the month still read with an ordinal
    ("2nd tarikh e call dite bolse", (None, None, date(2026, 12, 2))),
])
def test_w97_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
