"""The seventieth notes round's first writer (w140, round 70a): everyday notes of a rice grocery in
Mohammadpur, a Facebook clothing page in Narayanganj, a phone and laptop repair shop in Khulna and
a tiles showroom in Gazipur, four staff members' own habits.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w140.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w140_round`` were each read differently before the round; those of ``test_w140_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a relation "lost" in Bengali script, the person the object of হারানো: a death
    ("গত মাসে রোড accident এ ছেলেকে হারাইছেন, মন ভালো না", ("bereavement", "son", None)),
    ("আব্বারে হারাইল, দোয়া চাইছেন", ("bereavement", "father", None)),
    ("স্বামীকে হারাইছেন কিছুদিন আগে, অর্ডার পরে দিবেন", ("bereavement", "husband", None)),
    # ... and in Latin letters written in one word
    ("meyeke haraise, ekhono kosto pay", ("bereavement", "daughter", None)),
])
def test_w140_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a thing lost takes no কে: a lost phone, a lost parcel read as before
    ("ফোন হারাইছে, নতুন একটা নিবে", (None, None, None)),
    ("পার্সেল হারাইছে কুরিয়ার, খুব রাগ", ("complaint", "self", None)),
    # a fear of losing, in the future ("হারাতে"), is no death
    ("মেয়েকে হারাতে চান না, তাই ডাক্তার দেখাচ্ছেন", ("illness", "daughter", None)),
    # a child lost in a crowd and found: no কে, as before
    ("ছেলে মেলায় হারাই গেছিল, পাওয়া গেছে", (None, None, None)),
])
def test_w140_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
