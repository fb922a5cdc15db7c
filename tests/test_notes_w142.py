"""The seventy-first notes round's first writer (w142, round 71a): who is it about; a furniture shop
in Agrabad, a pharmacy in Shyamoli, a car accessories shop in Tejgaon, a cloth wholesaler in
Narsingdi; someone other than the customer answers, the customer's staff and partners beside family.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w142.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w142_round`` were each read differently before the round; those of ``test_w142_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer's own staff or business partner, named as the customer's: not the customer
    ("cust er manager er jor, tai aj maal nite ashbe na", ("illness", "colleague", None)),
    ("Customer's accountant is in hospital with typhoid, call on Monday",
     ("illness", "colleague", date(2026, 11, 23))),
    ("কাস্টমারের পার্টনার গতকাল ইন্তেকাল করছেন, উনি জানাজায়", ("bereavement", "colleague", None)),
    ("customer er employee er accident, hospital e", ("illness", "colleague", None)),
    ("party r partner er bike noshto, porshu call", ("vehicle_trouble", "colleague", date(2026, 11, 21))),
    ("মালিকের পার্টনার হাসপাতালে ভর্তি, ডেঙ্গু", ("illness", "colleague", None)),
    # কমপ্লেইন without its ই
    ("ড্রেসিং টেবিলের আয়না নিয়া কমপ্লেন দিছে", ("complaint", "self", None)),
])
def test_w142_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the customer's own illness, their own car; a driver's breakdown is the customer's car
    ("customer er jor, kal call dibo", ("illness", "self", date(2026, 11, 20))),
    ("Customer's driver called, the car is stuck at Jatrabari", ("vehicle_trouble", "self", None)),
    ("cust er driver bollo gari noshto, garage e", ("vehicle_trouble", "self", None)),
    # the staff ordering, a partner paying: no event
    ("কাস্টমারের ম্যানেজার ১০টা সোফা কভার অর্ডার দিল", (None, None, None)),
    ("party r partner taka pathabe kal", (None, None, None)),
    # family stays family; a complaint spelt in full, as before
    ("কাস্টমারের মেয়ের জ্বর, পরশু খোঁজ নিব", ("illness", "daughter", date(2026, 11, 21))),
    ("খাটের রং নিয়ে কমপ্লেইন করছে", ("complaint", "self", None)),
])
def test_w142_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
