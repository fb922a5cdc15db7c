"""The sixty-second notes round's first writer (w124): everyday notes of a grocery in Jatrabari, a
mobile accessories shop in Sylhet, a ladies' shoe shop in Chattogram and a pharmacy in Mymensingh;
Banglish-heavy, with Bengali script, English and mixed notes.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w124.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w124_round`` were each read differently before the round; those of ``test_w124_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # খারাপ ব্যবহার in Banglish: rude staff, a rude rider
    ("rider kharap bebohar korse, porshu malik call dibe", ("complaint", "self", date(2026, 11, 21))),
    ("amader salesman kharap byabohar korse bolse", ("complaint", "self", None)),
    # the count and the hour as one word: later today
    ("meeting e ase, ekghonta por phone dite bolse", ("busy", "self", date(2026, 11, 19))),
    ("নামাজে আছেন, আধাঘণ্টা পরে কল দিতে বললেন", ("busy", "self", date(2026, 11, 19))),
    # a relation or the office named with "collapsed"
    ("Her brother collapsed in the mosque, she is with him now", ("illness", "brother", None)),
    ("Customer collapsed at work, BP very low. Will call Sat", ("illness", "self", date(2026, 11, 21))),
    # a call planned to say sorry: the shop owes an apology
    ("discount dibo bolechilam, dei nai. rbibar call diye sorry bolbo", ("complaint", "self", date(2026, 11, 22))),
    ("কাল ফোন দিয়া মাফ চাইতে হবে", ("complaint", "self", date(2026, 11, 20))),
    ("Will call him Monday to apologise for the mix of sizes", ("complaint", "self", date(2026, 11, 23))),
])
def test_w124_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the words the other way round as before, a denial
    ("rider er bebohar kharap, apa rag korse", ("complaint", "self", None)),
    ("kharap bebohar korse emon kichu bole nai", (None, None, None)),
    # an hour late is a complaint as before; an admin is no half hour
    ("ekghonta late delivery, rag korse", ("complaint", "self", None)),
    ("admin pore call dibe", ("busy", "self", None)),
    ("1 ghonta por call dibo", ("busy", "self", date(2026, 11, 19))),
    # a shelf that collapsed is no one's illness (the goods crushed, as before)
    ("Shelf collapsed in the godown, 2 cartons crushed", ("complaint", "self", None)),
    # "sorry" with nothing owed to say
    ("order nise, sorry bolar kichu nai", (None, None, None)),
    ("কাল ফোন দিবো", ("busy", "self", date(2026, 11, 20))),
])
def test_w124_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
