"""The seventy-sixth notes round's second writer (w153): everyday notes of four staff members, a
pharmacy in Lalbagh, a furniture showroom in Panthapath, a baby shop in Agrabad, a rice wholesaler
in Naogaon.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w153.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w153_round`` were each read differently before the round; those of ``test_w153_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # ব্যাথা in Banglish with its য-ফলা; a snake's bite; an arm in a cast
    ("chele er matha byathay kanna korse, aj order hobe na", ("illness", "son", None, False)),
    ("Her son's arm is in a cast, wants a soft pillow", ("illness", "son", None, False)),
    # goods sent by the bypass road are no heart's bypass
    ("নওগাঁ বাইপাস দিয়ে মাল যাবে আজ", (None, None, None, False)),
    # the north's ভুটভুটি with its উ
    ("ভুটভুটি নষ্ট, কাল মাল যাবে", ("vehicle_trouble", "self", None, False)),
    ("vutvuti ulte gese, chal bhije gese", ("vehicle_trouble", "self", None, False)),
])
def test_w153_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # a pain in the old spelling; a snake bite as before; a heart's bypass
    ("komor e betha, kal ashbe", ("illness", "self", date(2026, 11, 20))),
    ("মেয়েকে সাপে কাটছে, সদর হাসপাতালে", ("illness", "daughter", None)),
    ("ভাইয়ের হার্টে বাইপাস দিয়েছে, ICU তে", ("illness", "brother", None)),
    # a cast-iron pan; snake medicine on the shelf
    ("cast iron kadai ta stock e ase?", (None, None, None)),
    ("সাপের ওষুধ নাই, কার্বলিক এসিড লাগবে", (None, None, None)),
    # a ভুটভুটি hired, nothing wrong with it
    ("ভুটভুটি ভাড়া ১৫০০ টাকা, চাল কাল যাবে", (None, None, None)),
])
def test_w153_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
