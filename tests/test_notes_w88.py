"""The forty-fourth notes round's first writer (w88): elderly customers and their carers, at a
medical-equipment rental shop, an old couples' grocery delivery, a hearing-aid and spectacles
shop and an Islamic books and attar shop.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w88.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w88_round`` were each read differently before the round; those of ``test_w88_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a man customer spoken of as uncle or চাচা: his wife, his son, his brother are his own
    ("Uncle er wife er pa fule gese, walker lagbe", ("illness", "wife", None)),
    ("চাচাজানের স্ত্রী হাসপাতালে ভর্তি, তসবিহ পরে নিবেন", ("illness", "wife", None)),
    ("Uncle er choto bhai intekal korechen, order bondho", ("bereavement", "brother", None)),
    ("চাচার ছেলের জ্বর, বাজার কম লাগবে", ("illness", "son", None)),
    # an old person's memory going, told as the habit
    ("আম্মা আজকাল সব ভুলে যান, চুলা জ্বালিয়ে রাখেন", ("illness", "mother", None)),
    ("Nanar smriti shokti kome jacche, naam bhule jan", ("illness", "relative", None)),
    ("Abbu আজকাল confused থাকেন, রাতে ঘুমান না", ("illness", "father", None)),
    # a rental's deposit paid back when the goods come back
    ("হুইলচেয়ার ফেরত দিয়েছেন, জমার টাকা ফেরত দিলাম", (None, None, None)),
    ("বেড ফেরত আসছে, জমা ৳৩০০০ ফেরত দেওয়া হলো", (None, None, None)),
])
def test_w88_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a woman customer's own kin as before; an uncle's father-in-law stays a relative
    ("খালাম্মার মেয়ের জ্বর, ডাব পাঠাতে বললেন", ("illness", "daughter", None)),
    ("চাচার শ্বশুর মারা গেছেন, চাচা গ্রামে", ("bereavement", "relative", None)),
    # the customer's uncle named by the customer's own word
    ("Cust er uncle er wife hospital e", ("illness", "relative", None)),
    # one thing forgotten is no illness
    ("চশমা দোকানে ভুলে গেছেন, কাল নিতে আসবেন", (None, None, date(2026, 11, 20))),
    ("password bhule gese, abar pathalam", (None, None, None)),
    # a rented thing broken is still a complaint; goods returned with no deposit, as before
    ("ভাড়ার হুইলচেয়ারের চাকা ভাঙা, ফেরত দিতে চায়, জমার টাকা চায়", ("complaint", "self", None)),
    ("ভুল সাইজ, ফেরত দিতে চায়", ("complaint", "self", None)),
])
def test_w88_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
