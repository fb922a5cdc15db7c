"""The fiftieth notes round's second writer (w101, round 50b): customers that are businesses and
institutions (an office-stationery supplier to schools in Dinajpur, a chemicals and dyes supplier
to Narayanganj's factories, a restaurant-supplies wholesaler in Kawran Bazar, a pharmaceutical
distributor's salesman in Barishal), whose staff are the customer's colleagues.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w101.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w101_round`` were each read differently before the round; those of ``test_w101_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer's own staff: a storekeeper, a salesman, a school's দপ্তরি or office assistant,
    # a pharmacy's pharmacist or cashier
    ("গুদামের স্টোরকিপার জলিল ভাইয়ের জ্বর, হাসপাতালে", ("illness", "colleague", None)),
    ("দোকানের সেলসম্যান এক্সিডেন্টে পা ভাঙছে", ("illness", "colleague", None)),
    ("মাদ্রাসার দপ্তরি টাইফয়েডে ভুগছেন", ("illness", "colleague", None)),
    ("their pharmacist is in hospital with dengue", ("illness", "colleague", None)),
    ("oder cashier er jondis, hospital e bhorti", ("illness", "colleague", None)),
    # the shop's own correction promised on a day, a proof or a demo shown, a sample taken along
    ("challan e vul ase, sombar thik kore pathabo", ("complaint", "self", date(2026, 11, 23))),
    ("মেমোতে বানান ভুল, বুধবার ঠিক কইরা দিমু", ("complaint", "self", date(2026, 11, 25))),
    ("exam er admit card chapabo, porshu proof dekhabo", (None, None, date(2026, 11, 21))),
    ("notun oven er model dekhte chay, kal demo dibo", (None, None, date(2026, 11, 20))),
    ("৩ দিন পর নতুন কালির স্যাম্পল নিয়ে যাব", (None, None, date(2026, 11, 22))),
    # the wrong colour, as the wrong size
    ("ব্যানারের রং ভুল হইছে, সবুজ চাইছিল", ("complaint", "self", None)),
    ("আইডি কার্ডের রঙ ভুল হইছে", ("complaint", "self", None)),
])
def test_w101_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the shop's staff with no event is no one's
    ("salesman ke 20 box napa dite bollam", (None, None, None)),
    # a correction or a demo already done, or no day: no call-back
    ("challan thik kore dise, ekhon kono somossa nai", (None, None, None)),
    ("demo dekhaisi, pochondo hoise", (None, None, None)),
    # a colour chosen is no complaint
    ("রং পছন্দ করছে নীল, ৫০০ পিস", (None, None, None)),
])
def test_w101_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
