"""The seventy-eighth notes round's second writer (w157, everyday notes): a dry fish and gift shop
in Cox's Bazar, a motorbike parts shop in Jashore, a bakery in Dhanmondi, a seed and fertiliser
dealer in Rangpur; four staff members on ordinary busy days.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w157.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w157_round`` were each read differently before the round; those of ``test_w157_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Jashore's and Khulna's ছেলি, বুন with their -ির; Rangpuri -ক on ভাইয়া
    ("ছেলির জ্বর, দুই দিন পর ফোন দিতি হবে", ("illness", "son", date(2026, 11, 21))),
    ("ছেলির বিয়ে ঠিক হইছে, মিষ্টি নিবে", ("celebration", "son", None)),
    ("বুনির ডেঙ্গু, হাসপাতালে আছে", ("illness", "sister", None)),
    ("ভাইয়োক হাসপাতালত নিছে, পেট ব্যথা", ("illness", "brother", None)),
    # a son's wedding in Rangpur's বেটা, with its genitive (no pain is wed)
    ("betar biya thik hoise, mishti nibe", ("celebration", "son", None)),
    ("বেটার বিয়া সামনে, সার পরে নিবে", ("celebration", "son", None)),
    # a wedding fixed, a bike bought for it: no bike put right
    ("মেয়ের বিয়ে ঠিক হইছে, বাইক কিনে দিবে জামাইকে", ("celebration", "daughter", None)),
    ("meyer biya thik hoise, jamai ke bike dibe", ("celebration", "daughter", None)),
])
def test_w157_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a son, a sister in the usual words; pain (folded like বেটা) as before
    ("ছেলের জ্বর, পরে ফোন দিবো", ("illness", "son", None)),
    ("বুনের বিয়া, কেক লাগবে", ("celebration", "sister", None)),
    ("পায়ে ব্যথা, হাঁটতে পারে না", ("illness", "self", None)),
    ("ব্যথার ওষুধ ২ পাতা নিল", (None, None, None)),
    # a bike put right; a bike broken down on the way to a wedding
    ("বাইক ঠিক হইছে, কাল আসবে", ("vehicle_trouble", "self", date(2026, 11, 20))),
    ("বিয়েতে যাওয়ার পথে বাইক নষ্ট হয়ে গেছে", ("vehicle_trouble", "self", None)),
    # the same words, already read rightly
    ("biye thik hoise, notun bike kinbe", ("celebration", "self", None)),
    # a bike (folded, বাইক as ভাইক would be) is no brother
    ("বাইক এর চাকা পাংচার, লোক পাঠাইছে", ("vehicle_trouble", "self", None)),
])
def test_w157_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
