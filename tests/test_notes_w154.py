"""The seventy-seventh notes round's first writer (w154): over and done, told briefly, in a
pharmacy in Cumilla, an electronics repair shop in Bogura, a clothing shop in Sylhet and a car
parts shop in Bangshal; next to notes where it is not over (still ill, back again).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w154.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w154_round`` were each read differently before the round; those of ``test_w154_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a fever "still" not down: folded, এখনো is এখন, and "now ... nai" read as gone
    ("মেয়ের জ্বর এখনো কমে নাই, কাল আবার ডাক্তার", ("illness", False)),
    ("abbur jor ekhono kome nai, test korabe", ("illness", False)),
    # the trouble back again in the complaint's own words, after the shop put it right
    ("age thik kore disilam, abar same problem, fridge thanda hoy na", ("complaint", False)),
    # home again from hospital
    ("চাচা হাসপাতাল থেকে ফিরেছেন, এখন বিশ্রামে", ("illness", True)),
    # healed, told briefly; got well in Sylheti অইছে
    ("মামার টাইফয়েড সেরেছে আলহামদুলিল্লাহ", ("illness", True)),
    ("ammar pet betha bhalo oise, dokane ashben", ("illness", True)),
    # the flux or the vomiting stopped
    ("chotto chele r diarrhoea bondho hoise, saline lagbe na", ("illness", True)),
    ("মেয়ের বমি বন্ধ হইছে, খাইতেছে", ("illness", True)),
    # fully well
    ("বউয়ের ডেঙ্গু ছিল, এখন fully ok", ("illness", True)),
    # a vehicle back on the road
    ("bhai er pickup er gearbox kaj shesh, road e namse", ("vehicle_trouble", True)),
])
def test_w154_round(note, expected):
    r = read(note)
    assert (r.event, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # the fever down now, and not down with no "still": as before
    ("মেয়ের জ্বর কমে গেছে, স্কুলে যাচ্ছে", ("illness", True)),
    ("বাবার জ্বর কমে নাই, ডাক্তার দেখাবে", ("illness", False)),
    ("jor ekhon nai, ar oshudh lagbe na", ("illness", True)),
    # put right and working again, no trouble word come back
    ("fan er regulator nosto chilo, thik kore disi, abar cholche", ("complaint", True)),
    # going home from hospital is still ahead; still in hospital
    ("আব্বা কাল হাসপাতাল থেকে ফিরবেন, এখনো ভর্তি", ("illness", False)),
    ("nanu ekhono hospital e, dialysis cholche", ("illness", False)),
    # the shop closed, not a flux stopped; an operation still to come
    ("আজ দোকান বন্ধ, মেয়ের বমি, ডাক্তারের কাছে", ("illness", False)),
    ("abbar operation hobe sombar, taka joga korche", ("illness", False)),
])
def test_w154_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.over) == expected
