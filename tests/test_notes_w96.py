"""The forty-eighth notes round's first writer (w96, round 48a): celebrations and good news at a
wedding-card and gift shop in Sylhet, a sweets shop in Natore, a jewellery shop in Tangail and a
laptop shop on Elephant Road, with look-alikes that are no one's good news (a wedding put off, the
shop's own anniversary).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w96.jsonl is measured by /work/tools/measure.py). Those of ``test_w96_round``
were each read differently before the round; those of ``test_w96_lookalikes`` share the round's new
words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a wedding in its Urdu word, with whose it is or what is done for it
    ("bhai er shaadi samne, gift e phone nibe", ("celebration", "brother", None)),
    ("meyer shaadi te gold set lagbe, budget 2 lakh", ("celebration", "daughter", None)),
    # a wedding put off is no wedding yet
    ("ছোট ভাইয়ের বিয়া পিছাইছে, কার্ড অখন না", (None, None, None)),
    ("Said his wedding got postponed, so the gold set can wait", (None, None, None)),
    # the staff's own shop's anniversary
    ("amader dokaner 10 bochor purti, customer der mishti khawabo", (None, None, None)),
    ("amader dokaner 3 bochor purti upolokkhe offer, cust ke SMS dilam", (None, None, None)),
    # a child's team champion, a final won
    ("ছেলের দল স্কুল ফুটবলে চ্যাম্পিয়ন হইছে, মিষ্টি নিবে", ("celebration", "son", None)),
    ("meyer team debate final jitse, tai cake order", ("celebration", "daughter", None)),
    # moved into a new house or their own flat
    ("notun ghor e uthse Uttara te, 2 ta fan lagbe", ("celebration", "self", None)),
    ("nijer flat e uthse, nameplate banabe", ("celebration", "self", None)),
    # Sylheti অই: a job got, a ring exchanged at an engagement
    ("ফুয়ার চাকরি অইলো ঢাকায়, গিফট বক্স লাগবো", ("celebration", "son", None)),
    ("মেয়ের আংটি বদল অইছে, কার্ডের ডিজাইন দেখবা", ("celebration", "daughter", None)),
    # a visa got, its country named
    ("Brother got his Canada visa. Wants a chain. Call Monday.", ("celebration", "brother", date(2026, 11, 23))),
    ("Son got his US visa, needs a laptop before he flies", ("celebration", "son", None)),
])
def test_w96_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the names Sadi and Sadia fold like "shaadi"
    ("Sadia apa 2 kg mishti nilen", (None, None, None)),
    ("Sadi bhai er laptop er charger pathabo", (None, None, None)),
    # a customer's shop's anniversary stays theirs
    ("দোকানের ১০ বছর পূর্তি, মিলাদ দিছে", ("celebration", "self", None)),
    ("onar dokaner 10 bochor purti, mishti pathaise", ("celebration", "self", None)),
    # a ring exchanged at the counter; a wedding still to come; a wedding card's proof
    ("আংটি বদলে দিছি, সাইজ ছোট ছিল", ("complaint", "self", None)),
    ("bhaier biye 20 tarikh, card lagbe", ("celebration", "brother", None)),
    ("ছোট বোনের চাকরি অইছে স্কুলে, ২ কেজি মিষ্টি", ("celebration", "sister", None)),
    # a visa applied for, a final payment, a charger's brand
    ("Canada visa processing er kagoj jama dise", (None, None, None)),
    ("final payment kal dibe", (None, None, date(2026, 11, 20))),
    ("Champion brand er charger 2 ta", (None, None, None)),
])
def test_w96_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
