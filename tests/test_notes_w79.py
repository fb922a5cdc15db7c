"""The thirty-ninth notes round's second writer (w79, round 39b): call-back days said in every way,
in the notes of a farm machinery dealer in Dinajpur, a rent-a-car service in Chattogram, a
mobile-banking agent in Barishal and a ladies' tailor in Khulna.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w79.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w79_round`` were each read differently before the round; those of ``test_w79_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the week after next, in Banglish and Bengali (not next week)
    ("tiller er dam jante chailo, next to next week e call dibo", (None, None, date(2026, 12, 3))),
    ("পরের পরের সপ্তাহে আবার ফোন দিবো, পাম্প লাগবে", (None, None, date(2026, 12, 3))),
    # the day after tomorrow as "tomorrow's next day", with er apart or তারপর (not tomorrow)
    ("2 ta gari booking er jonno kal er por din abar phone dimu", (None, None, date(2026, 11, 21))),
    ("bill 1200 baki, kal er tarpor din ashbe bolse", (None, None, date(2026, 11, 21))),
    # the Dhakaiya and Barishali "I will come"
    ("kal na, porshu asmu koise, seat cover nibe", (None, None, date(2026, 11, 21))),
    # a tracking number to give, a new sample to show, on a day
    ("কুরিয়ারে পাঠাইছি, পরশু tracking number dibo", (None, None, date(2026, 11, 21))),
    ("নতুন কামিজের কাপড় আসছে, শনিবার স্যাম্পল দেখাবো", (None, None, date(2026, 11, 21))),
    # displeased; a cash-in the balance does not show
    ("ভাড়া বেশি চাইছি বলে কাস্টমার নাখোশ", ("complaint", "self", None)),
    ("cash in korse kintu balance dekhay na, kal check kore janabo", ("complaint", "self", date(2026, 11, 20))),
    # a fracture with the ya-phala, as most type it
    ("ছেলের পায়ে ফ্র্যাকচার", ("illness", "son", None)),
    ("বউয়ের হাতে ফ্র্যাকচার হইছে", ("illness", "wife", None)),
])
def test_w79_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # next week and a fortnight as before
    ("next week e asbe, 2 ta pump nibe", (None, None, date(2026, 11, 26))),
    ("in a fortnight abar call dibo", ("busy", "self", date(2026, 12, 3))),
    # not coming, in the new word as in the old
    ("kal asmu na bolse", (None, None, None)),
    ("aj asmu na koise", (None, None, None)),
    # a tracking number given, a sample shown: done, no day
    ("tracking number দিছি, kal pouchabe", (None, None, None)),
    ("sample dekhaisi, pochondo hoise", (None, None, None)),
    # a design (naksha) and a nakshi kantha begin like nakhosh; a balance checked is no complaint
    ("naksha pochondo hoise, kal kapor nibe", (None, None, None)),
    ("নকশি কাঁথা ২টা নিলো", (None, None, None)),
    ("balance check korlo, sob thik ase", (None, None, None)),
    # the fracture spelt without the ya-phala, as before
    ("আব্বুর পায়ে ফ্রাকচার, প্লাস্টার করা", ("illness", "father", None)),
])
def test_w79_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
