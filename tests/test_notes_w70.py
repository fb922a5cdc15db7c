"""The thirty-fifth notes round's first writer (w70, round 35a): look-alikes that must not be events,
told by a phone and electronics shop in Chattogram, a grocery and dairy in Sylhet, a computer and
CCTV shop in Dhaka and an agricultural machinery and pump shop in Dinajpur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w70.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w70_round`` were each read differently before the round; those of ``test_w70_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # unsold goods ("dead stock") in Bengali script, inflected or not
    ("ডেড স্টকের চার্জার ৫০ টাকা কমে দিলাম, খুশি", (None, None, None)),
    ("আটার বস্তা ডেড স্টক হইয়া আছে, অর্ধেক দামে দিলাম", (None, None, None)),
    # the shop's birthday offer asked about: no one's birthday
    ("bday offer e headphone nite chay, kal aste pare", (None, None, None)),
    ("Birthday offer e 10% off chaise, mishti nilo 2 kg", (None, None, None)),
    # a machine's operation shown or taught, a machine's "heart attack" as a joke
    ("tiller er operation dekhabo, demo te ashben", (None, None, None)),
    ("নতুন হারভেস্টারের অপারেশন শিখাইয়া দিলাম ড্রাইভাররে", (None, None, None)),
    ('cust hasi kore bollo "motor er heart attack hoise", coil change korlam', (None, None, None)),
    # a workshop's data recovery: no goods gone wrong
    ("Data recovery korlam, dead disk er data paise, khushi", (None, None, None)),
    # Rangpur and Dinajpur কালকি, tomorrow
    ("kalki ashbe pump dekhte, 5 hp", (None, None, date(2026, 11, 20))),
    ("পানির পাম্পের দাম জিগাইলো, কালকি details পাঠাবো", (None, None, date(2026, 11, 20))),
    # the shop's technician sent on a day, in English shorthand or the Dhakaiya first person
    ("Will send a tech day after tomorrow for the IPS", (None, None, date(2026, 11, 21))),
    ("শ্যালো মেশিনের মোটর গরম হয়, পরশু মিস্ত্রি পাঠামু", (None, None, date(2026, 11, 21))),
    # a diabetic's sugar gone up
    ("আম্মার সুগার অনেক বাড়ছে, খুব চিন্তায় আছেন", ("illness", "mother", None)),
])
def test_w70_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w70_over():
    # an operation in the past, the person fine now
    r = read("Wife had a minor surgery last month, now she's fine. Took 2 bags of rice")
    assert (r.event, r.who, r.over) == ("illness", "wife", True)


@pytest.mark.parametrize("note, expected", [
    # a family birthday with an offer's cake; a father's operation; a mother's heart attack
    ("Ammur birthday, offer er cake nilo 2 pound", ("celebration", "mother", None)),
    ("meyer birthday kal, offer e cake nilo", ("celebration", "daughter", None)),
    ("harvester er operation hoise? na, abbur operation hoise, hospital e", ("illness", "father", None)),
    ("আব্বার অপারেশন হবে শনিবার, দোয়া চাইলেন", ("illness", "father", None)),
    ("ammur heart attack hoise, pump er payment pore dibe", ("illness", "mother", None)),
    # a monitor that came with a dead pixel is still a complaint
    ("Monitor e dead pixel, ferot dite chay", ("complaint", "self", None)),
    # sugar the product, its price gone up
    ("চিনির দাম বাড়ছে, সুগার ২ কেজি নিলো", (None, None, None)),
    ("sugar er dam barse, 5 kg nilo", (None, None, None)),
    ("sugar 5 kg, dam bere gese", (None, None, None)),
    # কাল's other spelling, as before
    ("kalke ashbe pump dekhte", ("busy", "self", date(2026, 11, 20))),
])
def test_w70_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
