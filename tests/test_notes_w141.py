"""The seventieth notes round's second writer (w141, round 70b): everyday notes from a pharmacy in
Feni, a motorcycle parts shop in Jessore, a cake shop in Banani and a seed and fertiliser shop in
Dinajpur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w141.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w141_round`` were each read differently before the round; those of ``test_w141_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a pharmacy's strip of tablets (folded "strip", once a wife's স্ত্রী with an ending)
    ("2 strip napa nise, jor komse", ("illness", "self", None)),
    ("ek strip seclo expired, ferot dite chay", ("complaint", "self", None)),
    ("the strip was expired, wants replacement", ("complaint", "self", None)),
    # a guest at a wedding house in the dialects' বিয়া
    ("বিয়া বাড়িতে আছে, পরশু কথা বলবে", ("busy", "self", date(2026, 11, 21))),
    ("biya barite ase, porshu kotha bolbe", ("busy", "self", date(2026, 11, 21))),
    # ... and the wedding house's order, as "বিয়ে বাড়ির জন্য" (a shop's order, no one's event)
    ("বিয়া বাড়ির জন্য ২ কেজি মিষ্টি অর্ডার", (None, None, None)),
    # the operator's "out of coverage"
    ("Out of coverage, Benapole side", ("busy", "self", None)),
])
def test_w141_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the wife in Bengali script or Banglish, with her endings
    ("স্ত্রীর জ্বর, কাল ফোন", ("illness", "wife", date(2026, 11, 20))),
    ("স্ত্রীকে হাসপাতালে নিছে", ("illness", "wife", None)),
    ("stri er jor, dokane aste parbe na", ("illness", "wife", None)),
    ("স্ত্রী delivery room e", ("newborn", "wife", None)),
    # test strips ordered; the family's own wedding at home
    ("test strip 2 box nise, payment bkash", (None, None, None)),
    ("উনার মেয়ের বিয়া বাড়িতে হবে, কেক নিবে", ("celebration", "daughter", None)),
    ("out of network, pore call dibo", ("busy", "self", None)),
])
def test_w141_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
