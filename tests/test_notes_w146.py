"""The seventy-third notes round's first writer (w146): everyday notes from a pharmacy in Chawkbazar,
a women's shoe shop in Sylhet, an online grocery in Mirpur DOHS and a tractor parts shop in Bogura.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w146.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w146_round`` were each read differently before the round; those of ``test_w146_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the shop's money given back on a day, in Banglish, English and Bengali
    ("Friday te taka ferot dibo, rag korse", ("complaint", "self", date(2026, 11, 20))),
    ("wrong size gese, refund korbo robibar", ("complaint", "self", date(2026, 11, 22))),
    ("Overcharged 50 tk, will refund tomorrow", ("complaint", "self", date(2026, 11, 20))),
    ("বেশি দাম নিছে, শনিবার টাকা ফেরত দিব", ("complaint", "self", date(2026, 11, 21))),
    # the Rangpuri mechanic sent, as পাঠামু
    ("পরশু মিস্ত্রি পাঠামো, মেশিন চলে না", ("complaint", "self", date(2026, 11, 21))),
    ("pump chole na, kal mistri pathamo", ("complaint", "self", date(2026, 11, 20))),
    # asking in jiggasha's spelling, as jiggesh korbo
    ("meyer jor, shonibar jiggasha korbo", ("illness", "daughter", date(2026, 11, 21))),
    ("আব্বার শরীর খারাপ, পরশু জিজ্ঞাসা করবো", ("illness", "father", date(2026, 11, 21))),
])
def test_w146_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the customer bringing the goods back, as before
    ("মাল ফেরত দিবে শুক্রবার", ("complaint", "self", date(2026, 11, 20))),
    ("shonibar ferot dibe", ("complaint", "self", date(2026, 11, 21))),
    # the replacement sent or exchanged in Bengali: no call-back, as w10 and w55 label it
    ("kal replace pathabo, bhanga chilo", ("complaint", "self", None)),
    ("আজই বদলাইয়া দিমু, পচা ছিল", ("complaint", "self", None)),
    # money already given back, a mechanic who came, a question already asked
    ("refund peye khushi", ("complaint", "self", None)),
    ("taka ferot dise kal", ("complaint", "self", None)),
    ("kal mistri aschilo, thik ase", (None, None, None)),
    ("jiggasha korlo dam koto", (None, None, None)),
])
def test_w146_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
