"""The seventy-fifth notes round's second writer (w151): young staff who text, at a phone
accessories shop in Bashundhara, a cafe in Dhanmondi, an Instagram sneaker page and a gaming shop in
GEC; lowercase Banglish and English with lol, ngl, tbh, idk, rn, bro, vai and shortened words.

The sentences are written for these tests in the writer's style, not taken from the corpus
(tests/data/notes/dev_w151.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w151_round`` were each read differently before the round; those of ``test_w151_lookalikes``
share the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # "tmrw" texted last as a clause of its own: the next contact's day
    ("bike er chain kete gese lol, aste parlo na. tmrw instead", ("vehicle_trouble", "self", date(2026, 11, 20))),
    ("his dad in hsptl rn, fever. tmrw", ("illness", "father", date(2026, 11, 20))),
    ("car broke down on the way, missed pickup. tmrw same time", ("vehicle_trouble", "self", date(2026, 11, 20))),
    # the day right before "free" (or after it in English): away for now, free then
    ("vai class e, kalke free bolse", ("busy", "self", date(2026, 11, 20))),
    ("uni ekhn shop e, porshu free hobe lol", ("busy", "self", date(2026, 11, 21))),
    ("said hes in coxs bazar for a trip, free tues", ("busy", "self", date(2026, 11, 24))),
    # "I'll" texted with no apostrophe, before a verb of getting in touch
    ("controller restock hobe 3 din por, ill text him then", (None, None, date(2026, 11, 22))),
    # texting's "hit up" and a page's direct message, promised with a day
    ("her sister had a baby boy!! congrats. hit her up nxt wk abt the jordans", ("newborn", "sister", date(2026, 11, 26))),
    ("ammu r jor, hsptl e. 2 din por dm dibo", ("illness", "mother", date(2026, 11, 21))),
])
def test_w151_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # "ill" that is a sickness; "free" that costs nothing; a DM that brought an order
    ("his dad is ill, cant talk rn", ("illness", "father", None)),
    ("delivery free bolse, 2ta case nilo", (None, None, None)),
    ("kal dm e order dise 2 pair af1", (None, None, None)),
    # a day in the same clause as before ("call tmrw"); "kal" alone is left as it was
    ("phone dead on arrival. call tmrw", ("complaint", "self", date(2026, 11, 20))),
    ("cover 3ta nise, payment bkash. kal", (None, None, None)),
])
def test_w151_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
