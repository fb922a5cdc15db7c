"""The seventy-eighth notes round's first writer (w156, round 78a): everyday notes from a fish and
grocery shop in Barishal, a clothing and tailoring shop in Mymensingh, a pharmacy in Mirpur and a
TV and fridge showroom in Tongi.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w156.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w156_round`` were each read differently before the round; those of ``test_w156_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # not got on a call, said with "call" where "phone" stood
    ("call e pai nai, rate e abar dibo", ("busy", "self", date(2026, 11, 19))),
    ("কলে পাইনি, শনিবার আবার দিমু", ("busy", "self", date(2026, 11, 21))),
    # a burn told in English, next to the cooking that is no busy call
    ("Wife got a burn on her hand while cooking, check in 2 days.", ("illness", "wife", date(2026, 11, 21))),
    ("Mother got a bad burn while cooking, will call Saturday", ("illness", "mother", date(2026, 11, 21))),
])
def test_w156_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w156_mended():
    """A vehicle mended, told in the standard written form: its trouble is over."""
    r = read("ওনার পিকআপ নষ্ট ছিল, মেরামত হয়েছে। টিভি দেখতে আসবে")
    assert (r.event, r.who, r.over) == ("vehicle_trouble", "self", True)


@pytest.mark.parametrize("note, expected", [
    # a phone not got, as before; a call that did get through
    ("phone e pai nai, kal abar dibo", ("busy", "self", date(2026, 11, 20))),
    ("call e pailo, 2 kg ilish nibe", (None, None, None)),
    # a burner or a motor's burn is goods, busy cooking still busy
    ("got a burner for the gas stove, 2 pcs", (None, None, None)),
    ("rannar kaj e busy, cooking, pore call dibo", ("busy", "self", None)),
])
def test_w156_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w156_not_mended():
    """A vehicle not yet mended: the trouble is still on."""
    r = read("গাড়ি মেরামত হয়নি এখনো, গ্যারেজে আছে")
    assert (r.event, r.over) == ("vehicle_trouble", False)
