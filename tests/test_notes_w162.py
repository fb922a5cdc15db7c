"""The eighty-first notes round's first writer (w162: everyday notes): a pharmacy and diagnostic
desk in Cumilla, a mobile accessories shop in Feni, a wedding decor shop in Shahbag, a cement and
rod dealer in Narsingdi; four staff writing as on ordinary busy days.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w162.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w162_round`` were each read differently before the round; those of ``test_w162_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # out of the network, with "network" cut to "net"
    ("cust er phone net er baire", ("busy", "self", None)),
    # angry in the colloquial past
    ("mal ashe nai, customer khepse", ("complaint", "self", None)),
    # labour pains written as said, in a hospital (not an illness)
    ("bou hospital e bhorti, lebar pain", ("newborn", "wife", None)),
    ("বউ হাসপাতালে ভর্তি, লেবার পেইন", ("newborn", "wife", None)),
    # ছেলের in Banglish with an a
    ("chelar gaye jor, kal asbe", ("illness", "son", date(2026, 11, 20))),
    ("chelar thanda lagse, syrup nise", ("illness", "son", None)),
])
def test_w162_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # calmed down once something was given back or off
    ("charger kharap bole rag korse, notun dile thanda hoise", True),
    ("বিল বেশি বলে রাগ করছে, ৫০ টাকা কম দিলে ঠান্ডা হইছে", True),
])
def test_w162_calmed(note, over):
    r = read(note)
    assert (r.event, r.over) == ("complaint", over)


@pytest.mark.parametrize("note, expected", [
    # the network named whole, as before
    ("network er baire, pore call dibo", ("busy", "self", None)),
    ("net pack 500 tk nise", (None, None, None)),
    # labourers at the site are no birth
    ("site e lebar nai, rod namano jay nai", (None, None, None)),
    ("লেবারের পায়ে রড পড়ছে, ব্যান্ডেজ নিল", (None, None, None)),
    # the network's absence already read; "net" bought is no absence
    ("নেটের বাইরে বলতেছে, কাল আবার", ("busy", "self", date(2026, 11, 20))),
    # the shop's own "chalan" and "chal" are no son
    ("chalan er copy pathaisi", (None, None, None)),
])
def test_w162_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
