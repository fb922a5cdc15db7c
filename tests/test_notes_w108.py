"""The fifty-fourth notes round's first writer (w108): the staff's and the shop's own life written
into customer notes (the staff was sick, the owner's father died and the shop closed, the staff's
bike broke down) beside the customers' own events; a pharmacy in Cumilla, a furniture shop in
Jessore, a tiles shop in Gazipur, a cake page in Sylhet.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w108.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w108_round`` were each read differently before the round; those of ``test_w108_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the writer's own family, told as why they were away or late (first-person "silam", "parini")
    ("amar abbu hospital e silen tai 3 din chuti te silam. cust er almari thik ache", (None, None, None)),
    ("আমার ছেলের জ্বর ছিল, তাই দুই দিন ফোন দিতে পারিনি। কাস্টমার বিল পাঠিয়ে দিয়েছেন", (None, None, None)),
    ("amar nanu mara gesen, tai call dite deri holo. tiles er payment clear", (None, None, None)),
    ("I could not visit yesterday, my wife was admitted. Customer got the sofa, all fine",
     (None, None, None)),
    # "my own" fever or baby: the writer's own
    ("amar nijer jor silo, reply dite deri. cake order 2 pound confirm", (None, None, None)),
    # the writer's own bike
    ("amar bike ta nosto tai ami nije jete pari nai, rider diye pathaisi", (None, None, None)),
    # the shop's owner or its van driver, with the customer named apart
    ("মালিকের মা ইন্তেকাল করেছেন, ২ দিন দোকান বন্ধ। কাস্টমারের ওষুধ আজ গেছে", (None, None, None)),
    ("Our van driver has dengue, so the customer's bed goes next week", (None, None, None)),
])
def test_w108_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the customer's own family in the customer's words, as before
    ("customer bollo amar meyer jor, porshu call diben", ("illness", "daughter", date(2026, 11, 21))),
    ("কাস্টমার বলল আমার আব্বা হাসপাতালে, কাল ফোন দিয়েন", ("illness", "father", date(2026, 11, 20))),
    # the customer's "ami nije" in a pasted chat is the customer's
    ("Rakib: ami nije dengue positive, dokane ashte parbo na\nMe: get well soon bhai",
     ("illness", "self", None)),
    # the customer's bike, and a customer's own word "silam" with no "my" before the event
    ("uni bollen bike nosto, highway te atke ase", ("vehicle_trouble", "self", None)),
    ("ami call dite deri korsilam, uni rag korse order late", ("complaint", "self", None)),
    # an owner named with the customer's own family, the customer's (not the shop's)
    ("Owner er chele MBBS pass korse, customer der mishti dibe", ("celebration", "son", None)),
])
def test_w108_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
