"""The eightieth notes round's first writer (w160, round 80a): a boutique in Banani, an IT and laptop
shop on Elephant Road, a cafe and catering service in Gulshan, an optician at GEC Circle; everyday
notes, English-heavy.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w160.jsonl is measured by /work/tools/measure.py). Those of
``test_w160_round`` were each read differently before the round; those of ``test_w160_lookalikes``
share the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a flat tyre said the other way round, the tyre first
    ("Stuck near Mohakhali flyover, tyre flat. Will ring him later.", ("vehicle_trouble", "self", None)),
    ("Tyre flat on Mirpur Road, she will come another day", ("vehicle_trouble", "self", None)),
    # throwing up, as "vomit"
    ("Her little one's been throwing up since morning, keep it short", ("illness", "child", None)),
    ("son threw up twice at school, she's taking him home", ("illness", "son", None)),
    # could not reach them, the English verb in Banglish
    ("shokal theke reach kora gelo na", ("busy", "self", None)),
    ("phone e reach korte pari nai, kal abar", ("busy", "self", date(2026, 11, 20))),
])
def test_w160_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected, over", [
    # satisfied in Banglish denied stays an open complaint ("santushto" as over, as সন্তুষ্ট is, was
    # dropped at the merge: it changed a held-out reading)
    ("customer santushto na, refund chay", ("complaint", "self", None), False),
    ("customer ekhon santushto na", ("complaint", "self", None), False),
])
def test_w160_over(note, expected, over):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
    assert r.over is over


@pytest.mark.parametrize("note, expected", [
    # a tyre asked about or sold; a flat to rent
    ("tyre price koto jigesh korlo", (None, None, None)),
    ("Deliver the cake to her flat in Gulshan 2, 3rd floor", (None, None, None)),
    # satisfied with nothing wrong before stays an ordinary note
    ("customer khub santushto, 2 ta order dilo", (None, None, None)),
    # a reach that is no failed call; a throw that is no illness
    ("parcel Banani te reach korse, customer received", (None, None, None)),
    ("Threw in a free cleaning cloth with the glasses", (None, None, None)),
])
def test_w160_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
