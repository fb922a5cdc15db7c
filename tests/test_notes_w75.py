"""The thirty-seventh notes round's second writer (w75, round 37b): two things in one note, at a
wholesale grocery in Jessore, a jewellery shop in Tangail, a mobile accessories distributor in
Gulistan and a cattle-feed depot in Pabna.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w75.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w75_round`` were each read differently before the round; those of ``test_w75_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a board exam passed, in Bengali script or Latin letters, beside an order or a denial
    ("ছেলের এসএসসি পাস, চালের দাম নিয়া কোনো অভিযোগ নাই", ("celebration", "son", None)),
    ("bhagnir HSC te pass, 2 vori chain nibe", ("celebration", "relative", None)),
    # the body unwell with its -টা, beside an order, or beside a wedding's jewellery
    ("আম্মার শরীরটা ভালো না, আর চুড়ির অর্ডার আগের মতোই", ("illness", "mother", None)),
    ("abbar shorirta kharap, 20 ta cable er order pore", ("illness", "father", None)),
    ("ছেলের বিয়ের গয়না বানাবে, আর বাবার শরীরটা ভালো না বললেন", ("illness", "father", None)),
    # the staff's own "I won't call" that day: no call-back
    ("chachi mara gesen, kulkhani shonibar. oi din call korbo na, pore", ("bereavement", "relative", None)),
    ("মেয়ের বিয়ে শনিবার, সেদিন কল দিবো না", ("celebration", "daughter", None)),
    ("Rafiq bhai er abba intekal, chollisha sombar, oi din phone dibo na", ("bereavement", "father", None)),
    ("kal call dibo na, porshu dibo", ("busy", "self", date(2026, 11, 21))),
])
def test_w75_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a board exam named, not passed: sitting it, its result asked about
    ("এসএসসি পরীক্ষা চলতেছে ছেলের, ১০ বস্তা ফিড", (None, None, None)),
    ("ssc er result kobe jigaise", (None, None, None)),
    # a passed exam in the older words, as before
    ("মেয়ে এইচএসসিতে পাস করছে, আর ৫ বস্তা ভুসি লাগবে", ("celebration", "daughter", None)),
    # the body well again with its -টা; unwell, and so not come to the shop, as before
    ("মায়ের শরীরটা এখন ভালো, চিন্তা নাই", (None, None, None)),
    ("শরীরটা ভালো না বলে আজ দোকানে আসে নাই", ("illness", "self", None)),
    # the staff's own call promised, not refused: the day stands
    ("শুক্রবার ফোন দিব, মাল রেডি", (None, None, date(2026, 11, 20))),
    ("kal call korbo, tokhon rate bolbo", ("busy", "self", date(2026, 11, 20))),
    ("ফোন ধরে নাই, শনিবার আবার দিব", ("busy", "self", date(2026, 11, 21))),
    # a product's term asked about stays an order
    ("মেয়াদ কত দিন জিগাইল, ১২ প্যাকেট নিবে", (None, None, None)),
])
def test_w75_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
