"""The seventy-sixth notes round's first writer (w152): everyday notes from a spices grocery in
Rajshahi, a mobile banking agent in Khulna, a bag and cosmetics shop in Gausia and a hardware shop
in Sylhet; Bengali script, Banglish and a little English, each staff member in their own habits.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w152.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w152_round`` were each read differently before the round; those of ``test_w152_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a gift bought for his own wife after the birth: the birth is his family's
    ("bou er baby hoise, gift hishebe wife er jonno ekta purse nibe", ("newborn", "wife", None)),
    ("স্ত্রীর ছেলে হইছে, গিফট হিসেবে স্ত্রীর জন্য একটা ব্যাগ রাখতে বলছে", ("newborn", "wife", None)),
    # the fault told as it was, then put right
    ("চাবি মিলছিল না, নতুন দিছি", ("complaint", "self", None)),
    # goods called low-grade
    ("hinge gula nimnomaner bolse", ("complaint", "self", None)),
    ("নিম্নমানের তালা দিছেন বলছে", ("complaint", "self", None)),
])
def test_w152_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a gift for a friend's baby stays a guest's present
    ("bondhur baby hoise, gift hishebe baby set nibe", (None, None, None)),
    ("বেয়াইনের নাতি হইছে শুনে গিফট হিসেবে কাঁথা নিল", (None, None, None)),
    # accounts that did not tally; a shade asked for, no fault; low-grade in the negative
    ("hisab milchilo na, kal bosbo", (None, None, None)),
    ("lipstick er kon shade bhalo jigaise", (None, None, None)),
    ("maal nimnomaner na, dam beshi kintu", (None, None, None)),
])
def test_w152_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
