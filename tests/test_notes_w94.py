"""The forty-seventh notes round's first writer (w94, round 47a): the shorthand and abbreviations of
busy staff at a mobile-recharge and bKash agent, a paint and hardware shop, a stationery wholesaler
and a courier pickup point: "c/b", "fu", "ফু", "nxt dy", vowels dropped from days and kin.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w94.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w94_round`` were each read differently before the round; those of ``test_w94_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a call back with its slash, as "cb" is read
    ("stock shesh, porshu c/b", (None, None, date(2026, 11, 21))),
    ("rng er shade mile nai, rag. tmrw c/b", ("complaint", "self", date(2026, 11, 20))),
    # a follow-up cut to "fu", in Latin letters and in Bengali script
    ("wf er jor, nxt wk fu", ("illness", "wife", date(2026, 11, 26))),
    ("400 RM lagbe bolse, 2 din por fu", (None, None, date(2026, 11, 21))),
    ("kal 50k CI korbe, fu", (None, None, date(2026, 11, 20))),
    ("অর্ডার পায় নাই বলে রাগ। কাল ফু", ("complaint", "self", date(2026, 11, 20))),
    # ফোন cut to ফো before its verb
    ("মালিক বাইরে, কাল ফো দিবো", (None, None, date(2026, 11, 20))),
    # the next day as "nxt dy"; Thursday and Sunday without their vowels
    ("no ans. nxt dy fu", ("busy", "self", date(2026, 11, 20))),
    ("dlvry late, brhspti fu", ("complaint", "self", date(2026, 11, 26))),
    ("van er chaka pnctr, rbi bar fu", ("vehicle_trouble", "self", date(2026, 11, 22))),
    # the family cut short: amu, abu's, abb, amm, chl
    ("amur sugar high, hsp e vorti", ("illness", "mother", None)),
    ("abu's operation done, back home now", ("illness", "father", None)),
    ("abb er stroke, hsp e", ("illness", "father", None)),
    ("amm er jor, CI 5k nilo", ("illness", "mother", None)),
    ("chl er result GPA 5, mishti dise", ("celebration", "son", None)),
])
def test_w94_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a call back done asks for none, with its slash or without; "kal cb" as before
    ("cb done, cust ok now", (None, None, None)),
    ("c/b done, cust ok now", (None, None, None)),
    ("kal cb", ("busy", "self", date(2026, 11, 20))),
    # a sheet's "FU-" heading an entry is no follow-up asked for
    ("FU- 20 RM order, advance 2000 bkash", (None, None, None)),
    # Abu the name; আমার (my); ফুফু (an aunt) and ফুল (flowers) are no ফু
    ("Abu bhai 5 box nilo, due 500", (None, None, None)),
    ("amar dokan e 20 RM gese", (None, None, None)),
    ("ফুফু মারা গেছেন, কাল জানাজা", ("bereavement", "relative", None)),
    ("পরশু ফুল আনবে, ১০ টা টব", (None, None, date(2026, 11, 21))),
    # the next day with no contact asked
    ("nxt dy mal ashbe", (None, None, None)),
])
def test_w94_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
