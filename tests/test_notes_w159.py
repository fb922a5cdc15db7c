"""The seventy-ninth notes round's second writer (w159): product problems told as facts, at an
online clothing page in Mohammadpur, a home appliance shop in Sylhet, a shoe shop in Khulna and a
furniture and mattress shop in Bogura.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w159.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w159_round`` were each read differently before the round; those of ``test_w159_lookalikes``
share the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a return picked up on a day
    ("kurti ferot nibe, shonibar return pickup", ("complaint", "self", date(2026, 11, 21))),
    # the customer informed on a day
    ("Wants the blue lawn in M. Inform her on Sunday.", (None, None, date(2026, 11, 22))),
])
def test_w159_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the shop's technician sent, the goods changed on a day: no call-back, as other writers label
    ("নতুন ফ্যান চলে না। পরশু টেকনিশিয়ান যাবে", ("complaint", "self", None)),
    # the staff going to look on a day stays no call-back, as w61 labels it
    ("khater paya nore, budhbar dekhte jabo", ("complaint", "self", None)),
    ("size M chai, rong pochondo hoise", (None, None, None)),
    # read so before the round too: a day for going to look, a knock on the inbox
    ("সোফার কাপড় নিয়ে কথা, শনিবার দেখতে যাবো", (None, None, date(2026, 11, 21))),
    ("25 tarikh e nock dite bolse, tokhon order dibe", (None, None, date(2026, 11, 25))),
])
def test_w159_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
