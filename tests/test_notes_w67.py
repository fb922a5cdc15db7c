"""The thirty-third notes round's second writer (w67, round 33b): construction sites and contractors,
a rod, cement and tiles supplier in Savar, a sanitary and plumbing shop in Khulna, a paint and
hardware shop in Rangpur, a truck and pickup rental office in Chattogram.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w67.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w67_round`` were each read differently before the round; those of ``test_w67_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer's trade before his name and "bhai": his wife, his daughter, himself
    ("Site manager Kabir bhai er bou er baccha hoise, chele", ("newborn", "wife", None)),
    ("Contractor সুমন ভাইয়ের বউ হাসপাতালে, সিজার হবে", ("newborn", "wife", None)),
    ("ঠিকাদার মনির ভাইয়ের স্ত্রীর জ্বর, কাল ফোন দিবো", ("illness", "wife", date(2026, 11, 20))),
    ("plumber mistri Hasan bhai er meyer jor", ("illness", "daughter", None)),
    ("Contractor Tuhin bhai er biye shamner mashe", ("celebration", "self", None)),
    ("ঠিকাদার জসিম ভাইয়ের ভাইয়ের বিয়ে", ("celebration", "brother", None)),
    # a housewarming in two words, a tender won, a daughter become a doctor
    ("Rahim bhai er house warming next friday, daowat dise", ("celebration", "self", None)),
    ("Kamal contractor won the tender for the school building, very happy", ("celebration", "self", None)),
    ("ঠিকাদার সাহেব বড় টেন্ডার পাইছেন, খুব খুশি", ("celebration", "self", None)),
    ("উনার মেয়ে ডাক্তার হইছে, মিষ্টি দিছে", ("celebration", "daughter", None)),
    # a labourer's (লেবারের) injury is no birth, and the builder's labourers are his people
    ("লেবারের পায়ে রডের বান্ডেল পড়ে পা কেটে গেছে, হাসপাতালে নিছে", ("illness", "colleague", None)),
    ("site e lebar er matha fete gese, hospital e", ("illness", "colleague", None)),
    ("সাইটে ২ জন শ্রমিক আহত, ঠিকাদার হাসপাতালে", ("illness", "colleague", None)),
])
def test_w67_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a tender's work is an order; a doctor seen is an illness
    ("tender er kaj shuru, 50 bag cement lagbe", (None, None, None)),
    ("ডাক্তার দেখাইছে, জ্বর কমে নাই", ("illness", "self", None)),
    # a wife in labour (লেবারে, labour e) is still a birth; labour wanting or its cost, nothing
    ("বউ লেবারে, হাসপাতালে আছে", ("newborn", "wife", None)),
    ("wife labour e, hospital e nise", ("newborn", "wife", None)),
    ("লেবার নাই, কাজ বন্ধ", (None, None, None)),
    ("labour cost koto porbe jante chaise", (None, None, None)),
    # the site engineer as the customer; a customer's trade, a brother named with "amar"
    ("site engineer's wife has jaundice", ("illness", "wife", None)),
    ("Customer Rahim bhai er bou er sizar hobe", ("newborn", "wife", None)),
    ("amar bhai er biye, 2 din por call", ("celebration", "brother", date(2026, 11, 21))),
    # the mistri is the shop's or the customer's, no colleague
    ("mistri bolse tiles bhanga, ferot dibe", ("complaint", "self", None)),
])
def test_w67_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
