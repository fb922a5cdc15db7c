"""The sixty-third notes round's first writer (w126, round 63a): speech of Noakhali, Cumilla,
Mymensingh and Rangpur; a cloth shop in Noakhali, a grocery in Cumilla, a pharmacy in Mymensingh, a
hardware shop in Rangpur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w126.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w126_round`` were each read differently before the round; those of ``test_w126_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the shop's own replacement or correction on a day, in Rangpur's first person in -মো
    ("রড বাঁকা আসছে ৪টা, খুব রাগ। কাইল replace দিমো", ("complaint", "self", date(2026, 11, 20))),
    ("কলের মুখ লিক করে, পরশু exchange করমো", ("complaint", "self", date(2026, 11, 21))),
    ("ফ্যানের সুইচ নষ্ট আসছে, কাইল ঠিক করি দিমো", ("complaint", "self", date(2026, 11, 20))),
])
def test_w126_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


# running again, out of the garage, put right and come back, in Rangpur's and Noakhali's words
# (read as still going before the round)
@pytest.mark.parametrize("note", [
    "ভটভটির চাকা পাংচার আছিল, এলা চলে",
    "সিএনজির ইঞ্জিন বন্ধ আছিল, এহন চালু",
    "সিএনজির চাকা পাংচার হইছিল, চালু অইছে",
    "পিকআপ গ্যারেজ থাকি বাইর হইছে, মাল নিয়া গেছে",
    "ভ্যানের চাকা ফাটছিল, ঠিক করি আই গেছে",
])
def test_w126_over(note):
    r = read(note)
    assert (r.event, r.over) == ("vehicle_trouble", True)


@pytest.mark.parametrize("note, expected", [
    # eggs given are no replacement promised; a replacement done is no call-back
    ("ডিম দিমো কাইল, ৩ ডজন", (None, None, None)),
    ("ভাঙা টাইলস replace দিছি, খুশি", ("complaint", "self", None)),
    # a vehicle still broken, or to be fixed and brought: not over
    ("ভটভটি নষ্ট, ঠিক করি আইবো", ("vehicle_trouble", "self", None)),
    ("ট্রাক গ্যারেজোত, এলাও চলে না", ("vehicle_trouble", "self", None)),
])
def test_w126_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note", [
    "ভটভটি নষ্ট, ঠিক করি আইবো",
    "ট্রাক গ্যারেজোত, এলাও চলে না",
])
def test_w126_not_over(note):
    assert read(note).over is False
