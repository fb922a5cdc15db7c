"""The sixtieth notes round's second writer (w121, round 60b): farmers and the seasons, at a seed
and fertiliser shop in Dinajpur, a pump dealer in Bogura, a fish-feed dealer in Mymensingh and a
tea-garden grocery in Moulvibazar; Sylheti touches, paddy cutting and night irrigation.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w121.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w121_round`` were each read differently before the round; those of ``test_w121_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Banglish ব্যস্ত with its য-ফলা spelt out ("byasto" folds to "byast", apart from "besto")
    ("jomite sar dite byasto, bikale call dite bolse", ("busy", False, "self", date(2026, 11, 19))),
    ("bij tolay byasto, kal call dio", ("busy", False, "self", date(2026, 11, 20))),
    # Sylheti কালকু, tomorrow
    ("অখন ব্যস্ত, কালকু ফোন দিবা কইছইন", ("busy", False, "self", date(2026, 11, 20))),
    ("sar er dam kalku janaimu", (None, False, None, date(2026, 11, 20))),
    # Sylheti বাফ, a father
    ("বাফ মারা গেছইন গত রাইত, জানাজা বাদ জোহর", ("bereavement", False, "father", None)),
    ("বাফর জ্বর, ডাক্তরর কাছে নিছইন", ("illness", False, "father", None)),
    # a person killed at the pump, not the pump "dead" (পাম্পে, at the pump)
    ("ভাতিজা সেচ পাম্পে কারেন্ট লেগে মারা গেছে", ("bereavement", False, "relative", None)),
    # an injury "now healed"
    ("Son had a hand injury from the sickle, now healed.", ("illness", True, "son", None)),
])
def test_w121_round(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the pump itself "died", as before
    ("purano pump ta mara gese, notun ekta dekhbe", (None, False, None, None)),
    ("পাম্প মারা গেছে, মিস্ত্রি পাঠাতে হবে", (None, False, None, None)),
    # besto, কাল, বাপ as before
    ("besto, kal call dio", ("busy", False, "self", date(2026, 11, 20))),
    ("কাল থেকে বাপের জ্বর", ("illness", False, "father", None)),
    # a wound not healed yet is not over
    ("His leg injury from the tiller is not healed yet", ("illness", False, "self", None)),
])
def test_w121_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected
