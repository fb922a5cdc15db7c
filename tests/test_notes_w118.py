"""The fifty-ninth notes round's first writer (w118): religious life and its rites, for an Islamic
book and attar shop in Sylhet, a Puja items shop in Shankhari Bazar, a dates wholesaler in
Chattogram and a bakery in Tumilia; Sylheti and Chatgaiya forms in Bengali script.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w118.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w118_round`` were each read differently before the round; those of ``test_w118_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # when the fortieth day's rite is over ("শেষ হইলে"): a time, no condition on the death
    ("খালার চল্লিশা শেষ হইলে মাল নিবো, সামনের সপ্তাহে ফোন দিও", ("bereavement", "relative", date(2026, 11, 26))),
    ("nanar chollisha shesh hole order dibe", ("bereavement", "relative", None)),
    # the fortieth day's milad or doa by the number
    ("boro bhai er chollish din er milad, 80 jon er nasta", ("bereavement", "brother", None)),
    ("আব্বার চল্লিশ দিনের দোয়া, ৫০ প্যাকেট খেজুর", ("bereavement", "father", None)),
    # Chatgaiya's সামনর সপ্তাহ, next week
    ("সামনর সপ্তাহে ফোন দিয়ুম কইছি", ("busy", "self", date(2026, 11, 26))),
    ("samnor soptah e abar call dibo", (None, None, date(2026, 11, 26))),
    # in the middle of a rite; tired in English letters while fasting
    ("in the middle of the milad, call after Asr", ("busy", "self", date(2026, 11, 19))),
    ("উনি এখন খুব টায়ার্ড, রোজা রাখছেন", ("busy", "self", None)),
    # Chatgaiya's ছোড ভাই, the younger brother
    ("ছোড ভাই হজ গরি আইসসে, মিলাদ দিবো", ("celebration", "brother", None)),
])
def test_w118_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a condition stays one; a forty days' course of medicine is no rite
    ("ভেজাল হইলে ফেরত দিবো", ("complaint", "self", None)),
    ("আম্মা অসুস্থ হলে ডেলিভারি কে নিবে?", (None, None, None)),
    ("40 din er medicine dilam, porshu abar", (None, None, date(2026, 11, 21))),
    ("চল্লিশ দিনের কোর্স, ওষুধ ২ বক্স", (None, None, None)),
    # a tyre, the middle of the month, a size called ছোড
    ("টায়ার নতুন লাগবে, ২টা", (None, None, None)),
    ("in the middle of the month payment dibe", (None, None, None)),
    ("ছোড সাইজের জায়নামাজ ২০টা", (None, None, None)),
    # a man addressed by name as ভাই is the customer; ছোড ভাই's own fever, as before
    ("রফিক ভাই উমরা করে আসছে, ১০ বক্স খেজুর", ("celebration", "self", None)),
    ("ছোড ভাইর জ্বর, হাসপাতালত", ("illness", "brother", None)),
])
def test_w118_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
