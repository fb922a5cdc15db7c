"""The sixty-fifth notes round's second writer (w131, round 65b): a grocery in Jamalpur, a pharmacy
in Kurigram, a recharge shop in Sunamganj, a cloth shop in Satkhira; Bengali script typed badly by
ear: vowel signs and sibilants swapped, conjuncts broken, words run together or split.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w131.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w131_round`` were each read differently before the round; those of ``test_w131_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # died, its helper verb run into it
    ("ওনার স্বামী মারাগেছইন গত বছর, অখন নিজে দোকান চালায়", ("bereavement", "husband", None)),
    ("খালু মারাজান পরশু, বাকি পরে দিবে", ("bereavement", "relative", None)),
    ("ওনার বাপ মারাগেলা, এর লাগি আসে নাই", ("bereavement", "father", None)),
    # to phone, run together, with its day
    ("চিনি ৫ কেজি লাগবো, কাইল ফোনদিয়া কনফাম করবো", (None, None, date(2026, 11, 20))),
    ("পরসু দুপুরে কলদিমু, মাল আসলে", (None, None, date(2026, 11, 21))),
    # Satkhira's বুন, a sister
    ("বুনের বিয়া সামনের মাসে, সাড়ি দেখতে আসবে", ("celebration", "sister", None)),
    ("বুনের টাইফয়েড, হাসপাতালে বর্তি", ("illness", "sister", None)),
    ("বুনের মেয়ে হয়েচে, মিষ্টি নিবে", ("newborn", "sister", None)),
    # the battery spelt by ear: a phone's swollen battery is the shop's repair, not a person's swelling
    ("মোবাইলের বেটারি ফুলে গেছে, বদলাইতে দিছে", ("complaint", "self", None)),
])
def test_w131_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a fight, a serious illness, Kolkata, the phone's own: not parted
    ("ভাইয়ের মাথা ফাটছে মারামারিতে, সেলাই লাগছে", ("illness", "brother", None)),
    ("কলকাতা থেকে মাল আসবে, দেরি হবে", (None, None, None)),
    ("ফোনের দোকানে লাইন, পরে আসবে", (None, None, None)),
    # died written apart, as before
    ("চাচা মারা গেছেন গতকাল রাতে", ("bereavement", "relative", None)),
    # a bun is bread; the radio is no battery
    ("bun er packet 20 ta, kal delivery", (None, None, None)),
    ("বেতার শুনে দাম জানছে", (None, None, None)),
    # a phone battery spelt right, as before
    ("মোবাইলের ব্যাটারি ফুলে গেছে, বদলাইতে দিছে", ("complaint", "self", None)),
])
def test_w131_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
