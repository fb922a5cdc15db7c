"""The sixty-second notes round's second writer (w125, round 62b): everyday notes from a furniture
showroom in Cumilla, an online baby-products page in Uttara, a paint and sanitary shop in Rangpur
and a bakery in Bogura; four staff members, Bengali script, Banglish, English and mixed.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w125.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w125_round`` were each read differently before the round; those of ``test_w125_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a bathroom's goods ("বাথরুমের কমোড") are no customer in the bathroom
    ("শুক্রবার কল দিতে বলসে, তারপর বাথরুমের কমোড দেখতে আসবে", (None, None, date(2026, 11, 20))),
    # a piece of furniture's leg broken is damaged goods, not an injury
    ("Chair er leg broken ashche, rag korse", ("complaint", "self", None)),
    ("Sofa leg bhanga, replace chay", ("complaint", "self", None)),
    ("Dining table er ekta leg broken, cust khub birokto", ("complaint", "self", None)),
])
def test_w125_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the customer in the bathroom, as before; a bathroom's goods in an ordinary note or a complaint
    ("বাথরুমে আছেন, পরে ফোন দিতে বললেন", ("busy", "self", None)),
    ("bathroom e ase, pore call dite bollo", ("busy", "self", None)),
    ("bathroom er fittings er list chailo, kal call dibo", (None, None, date(2026, 11, 20))),
    ("Bathroom er tap leak kortese, mistri pathabo", ("complaint", "self", None)),
    # a person's leg broken, even after a fall from a chair; a bed's leg in Bengali, as before
    ("leg broken, hospital e", ("illness", "self", None)),
    ("chair theke pore cheler leg bhanga, plaster", ("illness", "son", None)),
    ("খাটের পায়া ভাঙা আসছে, রাগ করছে", ("complaint", "self", None)),
    # a call cut, as before; cloth cut wrongly is still a complaint
    ("call kete dise", ("busy", "self", None)),
    ("call cut hoye gelo network er jonno", ("busy", "self", None)),
    ("kapor cut kore dise, rag korse", ("complaint", "self", None)),
])
def test_w125_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
