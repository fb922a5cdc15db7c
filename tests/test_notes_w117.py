"""The fifty-eighth notes round's second writer (w117, round 58b): Chattogram and Barishal speech; a
dried-fish wholesaler in Khatunganj, a hardware shop in Cox's Bazar, a grocery in Barishal, a
boat-parts shop in Patuakhali.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w117.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w117_round`` were each read differently before the round; those of ``test_w117_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Chatgaiya হাইলকা, tomorrow
    ("শুটকির চালান আইজ ন আইয়ে, হাইলকা ফোন দিয়ুম", (None, None, date(2026, 11, 20))),
    ("cust er pola bimar, hailka abar fon dibo", ("illness", "son", date(2026, 11, 20))),
    # ... and the Chatgaiya "I'll let you know" with a day
    ("লইট্টা শুটকির দর চাইছে, রবিবার দর জানাইয়ুম", (None, None, date(2026, 11, 22))),
    # বিমার, ill, in either script; Barishal ব্যারাম in Latin letters
    ("ইতার আব্বা বিমার, আইজ দোকানে ন আইয়ে", ("illness", "father", None)),
    ("onar boro bhai bimar, dokan bondho", ("illness", "brother", None)),
    ("hyar maiyar byaram, kono kaj korte pare na", ("illness", "daughter", None)),
    # হ্যার ভাই, his brother; হ্যার মায়, his mother as the subject
    ("হ্যার ভাই লঞ্চ থেকে পইড়া হাসপাতালে", ("illness", "brother", None)),
    ("মোর মায় কাইল রাইতে ইন্তেকাল করছে", ("bereavement", "mother", None)),
    # the leg as ঠ্যাং, broken
    ("উনি নিজে ঘাটে পিছলাই পড়ছে, ঠ্যাং ভাঙছে", ("illness", "self", None)),
])
def test_w117_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


# Barishal and Chatgaiya এহন, now: the trouble over (read as still going before the round)
@pytest.mark.parametrize("note, over", [
    ("হ্যার পোলার জ্বর আছিল, এহন ভালো", True),
    ("ট্রলারের ইঞ্জিন বসি গেছিল, এহন ঠিক", True),
])
def test_w117_over_ehon(note, over):
    assert read(note).over is over


@pytest.mark.parametrize("note, expected", [
    # an insurance's বিমার (বিমা) is no illness
    ("জীবন বিমার কিস্তি দিতে গেছে, পরে অর্ডার", (None, None, None)),
    ("bimar premium er taka dise, rod order korbe", (None, None, None)),
    # এহন with the trouble still going, and with goods, not a recovery
    ("হ্যার পোলার জ্বর, এহন হাসপাতালে", ("illness", "son", None)),
    ("এহন ঠিক আছে, ২০ বস্তা সিমেন্ট দিবো", (None, None, None)),
    # a table's leg broken is the furniture's
    ("টেবিলের ঠ্যাং ভাঙছে, নতুন পায়া লাগবো", (None, None, None)),
    # May, the month, is no mother; a brother named with "তার" as before
    ("may mase order dibe, nagad", (None, None, None)),
    ("তার ভাই মারা গেছে", ("bereavement", "brother", None)),
    # a customer addressed as ভাই stays the customer
    ("রফিক ভাইয়ের জ্বর, কাল ফোন দিমু", ("illness", "self", date(2026, 11, 20))),
])
def test_w117_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
