"""The twenty-ninth notes round's second writer (w59, round 29b): a bridal makeup parlour and beauty
salon, a gold and silver jewellery shop, a wedding-car and stage-decoration rental, a wedding-card,
gift-wrapping and return-gift shop beside a kazi office; Banglish-heavy, a third in a shared sheet's
habits.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w59.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w59_round`` were each read differently before the round; those of ``test_w59_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a print or a colour come out wrong, flowers dried up, the shop accused of theft, a wrapping
    # torn for its cheap tape
    ("card er print e color ulta eshe gese", ("complaint", "self", None)),
    ("gari r phool sukhe gesilo", ("complaint", "self", None)),
    ("photo frame er glass e paper tore, tape cheap", ("complaint", "self", None)),
    ("ring er pathor nai bolse amra churi korsi", ("complaint", "self", None)),
    ("Lady accused us of swapping her gold during polish", ("complaint", "self", None)),
    # the customer's own nikah beside the kazi office
    ("nijer nikah porshu, 100 ta card lagbe", ("celebration", "self", None)),
    # a car in the service centre
    ("tar gari service center e 3 din dhore, tai rent e nibe", ("vehicle_trouble", "self", None)),
    # away, back in some days; busy at a wedding's venue; "bc" is "because"
    ("Sylhet gese, 4 din por phirbe, tokhon call", ("busy", "self", date(2026, 11, 23))),
    ("Customer abroad for a trade fair, call next week", ("busy", "self", date(2026, 11, 26))),
    ("Biyer venue te busy, raate call", ("busy", "self", date(2026, 11, 19))),
    ("Trial cancelled bc his bike broke down on the way", ("vehicle_trouble", "self", None)),
    # an operation misspelt outranks the wedding's shopping it puts off
    ("abbar oporation hobe shombar, tai biyer gohona kena bondho", ("illness", "father", None)),
    # visiting someone unnamed in hospital is no illness of theirs
    ("hospital e ase ekjon ke dekhte, pore jogajog", (None, None, None)),
])
def test_w59_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a wrong number dialled is still none; happiness (sukhe) is no flower dried up
    ("wrong number, onno dokan khujchilo", (None, None, None)),
    ("Sent the wrong count of favour boxes, 40 short", ("complaint", "self", None)),
    ("cust holud er venue te busy, kal phone dite bolse", ("busy", "self", date(2026, 11, 20))),
    ("meye sukhe ache shoshur bari te, bala order", (None, None, None)),
    # the car named at the service centre's own wash, a relative visited in hospital
    ("khala ke dekhte hospital e gese, kal call", ("illness", "relative", date(2026, 11, 20))),
    ("boner biye shonibar, venue te decoration amader", ("celebration", "sister", None)),
    ("bhaiyer gaye holud e busy, pore call", ("celebration", "brother", None)),
    # someone else's nikah at the kazi office is an order
    ("kazi office e nikah, 50 ta mishti box order", (None, None, None)),
    ("Customer is back from abroad, wants a gold chain", (None, None, None)),
])
def test_w59_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
