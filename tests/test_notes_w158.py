"""The seventy-ninth notes round's first writer (w158, round 79a): call-backs said in every way, at a
saree shop in Narayanganj, a mobile phone shop in Bashundhara City, a homeopathy shop in Pabna and a
tiles shop in Bahaddarhat.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w158.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w158_round`` were each read differently before the round; those of ``test_w158_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the day denied first in English, then the day meant ("not tomorrow, ...", "not tmrw but ...")
    ("not tmrw but Monday, call dibo", ("busy", "self", date(2026, 11, 23))),
    ("Wife er shorir kharap, not tomorrow but sunday. call dibo", ("illness", "wife", date(2026, 11, 22))),
    # coming asked in Dhakaiya's কইছে with the standard verb's আসতে
    ("রবিবার আসতে কইছেন, ক্যাটালগ দেখবেন", (None, None, date(2026, 11, 22))),
    ("kal ashte koise, tiles er sample dekhbe", (None, None, date(2026, 11, 20))),
    # coming and going back asked of them ("আইসা দেখি যাইতে", "ese niye jete")
    ("টাইলস ফাটা, পরশু আইসা দেখি যাইতে কইছি", ("complaint", "self", date(2026, 11, 21))),
    ("kal ese niye jete bolse", ("busy", "self", date(2026, 11, 20))),
])
def test_w158_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # "not" before no day; a day denied in Bengali, as before
    ("not sure, tomorrow call dibo", ("busy", "self", date(2026, 11, 20))),
    ("not today. tomorrow he will come", (None, None, date(2026, 11, 20))),
    ("not friday, busy. call later", ("busy", "self", date(2026, 11, 20))),
    ("কাল না পরশু ফোন দিবো", ("busy", "self", date(2026, 11, 21))),
    ("শনিবার না, রবিবার ফোন দিতে বলছে", ("busy", "self", date(2026, 11, 22))),
    # coming asked or done in the past; coming and having gone
    ("কাল না, গত সপ্তাহে আসছিল", (None, None, None)),
    ("তারা আসতে কইছিল গতকাল", (None, None, None)),
    ("dokan e aisa dekhe gese kal", (None, None, None)),
])
def test_w158_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
