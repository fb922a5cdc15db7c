"""The sixty-ninth notes round's first writer (w138): everyday notes of a mobile shop in Sylhet, a
tailor in Cumilla, a delivery grocery in Halishahar and a toy shop in Mirpur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w138.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w138_round`` were each read differently before the round; those of ``test_w138_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a tailor's fitting not right, in Banglish and in Bengali script
    ("kurta r fitting thik hoy nai, kal abar ashben", ("complaint", "self", date(2026, 11, 20))),
    ("ব্লাউজের ফিটিং ঠিক হয়নি, শনিবার আসবেন", ("complaint", "self", date(2026, 11, 21))),
    # the goods sent new again by the shop on a day
    ("ডিম ফাটা আসছে বলছে, পরশু নতুন করে পাঠাবো", ("complaint", "self", date(2026, 11, 21))),
    ("pocha tomato gese, kal notun kore pathabo", ("complaint", "self", date(2026, 11, 20))),
])
def test_w138_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a fitting that is right, a visit for a fitting; a bill written short; asked, not promised
    ("ফিটিং ঠিক আছে, খুশি", (None, None, None)),
    ("fitting er jonno kal ashben", ("busy", "self", date(2026, 11, 20))),
    ("bill e 200 tk kom likha", (None, None, None)),
    ("নতুন করে পাঠাবো কিনা জিজ্ঞেস করছে", (None, None, None)),
])
def test_w138_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
