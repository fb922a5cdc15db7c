"""The fifty-sixth notes round's first writer (w112): in-laws and the extended family (a wedding and
gift shop in Bogura, a kitchenware shop in Sirajganj, a ladies' tailor in Chattogram, a pharmacy in
Tangail); Bengali script, Banglish and English.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w112.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w112_round`` were each read differently before the round; those of ``test_w112_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # ফুফা, ফুপা's other spelling, a relative
    ("ফুফা হাসপাতালে ভর্তি, স্ট্রোক করছে", ("illness", "relative", None)),
    ("fufar operation hobe shonibar", ("illness", "relative", None)),
    # জা, a husband's brother's wife, after বড়, ছোট or with its ending
    ("বড় জা এর জ্বর, কাল ফোন দিবো", ("illness", "relative", date(2026, 11, 20))),
    ("ছোট জা এর মেয়ে হইছে", ("newborn", "relative", None)),
    # a foster mother is no mother
    ("দুধ মা অসুস্থ, হাসপাতালে", ("illness", "relative", None)),
    # ভাসুর (folded like বাছুর, a calf) before a son, a daughter, a heart attack
    ("ভাসুরের মেয়ের টাইফয়েড", ("illness", "relative", None)),
    ("bhasur er cheler jor, pore call dibo", ("illness", "relative", None)),
    ("ভাসুরের হার্ট অ্যাটাক হইছে, ঢাকায় নিছে", ("illness", "relative", None)),
    # a son's wife's labour pains, in formal words
    ("পুত্রবধূর ব্যথা উঠছে, হাসপাতালে নিছে", ("newborn", "relative", None)),
])
def test_w112_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a calf's fever, death or young stay the farmer's
    ("বাছুরের জ্বর, ওষুধ নিল", (None, None, None)),
    ("bachur mara gese, mon kharap", (None, None, None)),
    ("গাভীর বাচ্চা হইছে", (None, None, None)),
    # যা (what), folded like জা; the mother herself
    ("যা লাগে দিবেন, মা অসুস্থ", ("illness", "mother", None)),
    ("ja er dam kom, abba hospital e", ("illness", "father", None)),
    ("মা মারা গেছেন", ("bereavement", "mother", None)),
    # a cousin and ফুপা as before
    ("ফুফাতো ভাইয়ের জ্বর", ("illness", "relative", None)),
    ("ফুপা মারা গেছেন", ("bereavement", "relative", None)),
    # a pain in the chest is an illness, the son's wife's too
    ("বউয়ের বুকে ব্যথা উঠছে", ("illness", "wife", None)),
    ("পুত্রবধূর বুকে ব্যথা উঠছে", ("illness", "relative", None)),
])
def test_w112_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
