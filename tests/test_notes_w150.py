"""The seventy-fifth notes round's first writer (w150, round 75a): vehicles, breakdowns and
accidents, from a motorcycle showroom in Jessore, a car rental service in Uttara, a CNG parts shop
in Cumilla and a bicycle shop in Rangpur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w150.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w150_round`` were each read differently before the round; those of ``test_w150_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # smoke from behind the bike, by its colour
    ("bike er pechon theke sada dhoya ber hoy, dekhte hobe", ("vehicle_trouble", "self", None)),
    # a wrecker needed, a recovery van sent
    ("প্রাইভেট কার রাস্তায় থেমে আছে, রেকার লাগবে", ("vehicle_trouble", "self", None)),
    # a wheel's bearing gone
    ("cycle er bearing gese, notun lagbe", ("vehicle_trouble", "self", None)),
])
def test_w150_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a bike washed is no smoke; parts asked for are an order
    ("bike dhoya hobe sokale, wash er jonno ashbe", (None, None, None)),
    ("২ টা headlight আর ১ টা mudguard পাঠাতে বলল", (None, None, None)),
    # the engine oil alone is a product
    ("engine oil er dam koto jante chailo", (None, None, None)),
])
def test_w150_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
