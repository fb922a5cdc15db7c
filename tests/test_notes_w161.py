"""The eightieth notes round's second writer (w161): everyday notes from a tea-garden grocery in
Sreemangal, a silk saree shop in Rajshahi, a shrimp feed shop in Dumuria and a kids' clothing shop
in Uttara, four staff members in their own habits.

The sentences are written for these tests in the writers' styles, not taken from the corpus
(tests/data/notes/dev_w161.jsonl). Those of ``test_w161_round`` were each read differently before
the round; those of ``test_w161_lookalikes`` share the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer going to be a mother or a father: a birth to come
    ("সুমি আপা মা হতে যাচ্ছেন, নরম সুতি শাড়ি দেখতে চাইলেন", ("newborn", "self", None)),
    ("Rony bhai baba hote jacchen, baby set er dam jante chaise", ("newborn", "self", None)),
    # Dhakaiya's জিগাইস with the future or the imperative: a call-back on the day named
    ("Karim bhai er bou er jor, kal ekbar jigaish korbo kemon ase", ("illness", "wife", date(2026, 11, 20))),
    ("porshu jigaish koiro feed ta kemon cholse", (None, None, date(2026, 11, 21))),
])
def test_w161_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a mother or father named otherwise keeps their own reading
    ("আম্মা হাসপাতালে, পরে কথা হবে", ("illness", "mother", None)),
    ("বাবা হজ্জে যাচ্ছেন, সাদা কাপড় লাগবে", (None, None, None)),
    # asked already ("jigaish korse"): no call-back
    ("customer jigaish korse dam koto", (None, None, None)),
])
def test_w161_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
