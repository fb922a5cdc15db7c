"""The fifty-sixth notes round's second writer (w113): public disruption and news (hartal, blockade,
curfew, internet shutdown, strikes, load-shedding) at a bus-ticket and parcel counter in Gabtoli, a
garments accessories wholesaler in Narayanganj, a pharmacy in Agrabad and a rice mill counter in
Naogaon; among the day's news, the customer's own hurt and their own vehicle torched or smashed.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w113.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w113_round`` were each read differently before the round; those of ``test_w113_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a vehicle set on fire, vandalised or stoned in a hartal or a blockade
    ("Customer's CNG set on fire by picketers near Tongi", ("vehicle_trouble", "self", None)),
    ("bhai er van bhangchur korse hartal e", ("vehicle_trouble", "brother", None)),
    ("tar truck e pathor mairse Kanchpur e, glass bhanga, kal call dibo",
     ("vehicle_trouble", "self", date(2026, 11, 20))),
    # hurt in the street: shot, a baton charge, an injury "got"
    ("cust er chele michil e gulibiddho, medical e", ("illness", "son", None)),
    ("আব্বা লাঠিচার্জে আঘাত পেয়েছেন, বাসায় আছেন", ("illness", "father", None)),
    ("uni nije rally te aghat paise, ekhon bari te", ("illness", "self", None)),
    # the day's toll of strangers is no one's death or hurt of the customer's
    ("শহরে সংঘর্ষে ৪ জন মারা গেছে, আজ দোকান বন্ধ", (None, None, None)),
    ("michile 10 jon ahoto, chal er truck aste deri hobe", (None, None, None)),
    ("Three people died in the clash near the mill, no delivery today", (None, None, None)),
])
def test_w113_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # anger "on fire" has no vehicle: a complaint as before
    ("cust er rege agun, parcel 3 din late", ("complaint", "self", None)),
    # the shop's glass stoned, goods burned in a godown fire: no vehicle of the customer's
    ("দোকানের সামনে ইট মারছে, গ্লাস ভাঙছে, বীমা দাবি করবে", (None, None, None)),
    ("Rice bags were burned in the godown fire, insurance claim", (None, None, None)),
    # goods as hard as stone are a complaint, as before
    ("fertiliser bosta pathor er moto shokto, ferot dibe", ("complaint", "self", None)),
    # an injury to the head, read as before
    ("আম্মা মাথায় আঘাত পেয়েছেন, হাসপাতালে", ("illness", "mother", None)),
    # a relation's death or hurt in a clash still stands beside a count
    ("ক্রেতার ছেলে সংঘর্ষে মারা গেছে, জানাজা কাল", ("bereavement", "son", None)),
    ("hartal e 5 jon ahoto, cust er chele o hospital e", ("illness", "son", None)),
    ("bhai er bike accident e mara gese", ("bereavement", "brother", None)),
    # people counted with a fever are staff, not a toll: an order, as before
    ("2 jon staff er jor, kal order dibe", (None, None, date(2026, 11, 20))),
])
def test_w113_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
