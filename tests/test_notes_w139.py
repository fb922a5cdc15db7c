"""The sixty-ninth notes round's second writer (w139, round 69b): everyday notes of a pharmacy in
Barishal, a shoe shop in Rajshahi, a handmade jewellery page in Dhaka and a building-materials dealer
in Bogura; four staff members' own habits, Bengali script and Banglish about evenly.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w139.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w139_round`` were each read differently before the round; those of ``test_w139_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # "doesn't match" written as one word, as "মিলেনি" is
    ("size milena, 40 chaise 42 dise", ("complaint", "self", None)),
    # billed twice for the same goods
    ("memo te 2 ta item double dhorse, check kore janabo", ("complaint", "self", None)),
    ("memo te double dhorse bolse", ("complaint", "self", None)),
    # rusty goods given
    ("jong dhora rod pathaise bolse", ("complaint", "self", None)),
    # in a lecture, as in a class
    ("Sir is in lecture, call after 3", ("busy", "self", date(2026, 11, 19))),
    # a prayer named as a time, with goods to be kept ready: an ordinary note
    ("জুম্মার পর কল দিতে বলছে, জুতা রেডি রাখবো", (None, None, date(2026, 11, 20))),
    # a scholarship spelt without its r is no daughter (biti)
    ("choto cheler bitti peyeche, notun juta kinbe", ("celebration", "son", None)),
    # the shop going to look on a day
    ("বালু খারাপ বলছে, শনিবার সাইটে গিয়া দেখমু", (None, None, date(2026, 11, 21))),
    ("tiles er rong alada, kal site e giye dekhbo", (None, None, date(2026, 11, 20))),
])
def test_w139_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a daughter's scholarship, Rajshahi's biti ill
    ("meyer class 8 e bitti paise, mishti niye ashse", ("celebration", "daughter", None)),
    ("biti r jor, oshud nibe", ("illness", "daughter", None)),
    # double goods, a lecture sheet, goods ready: no event
    ("double bed er chador 2 ta nibe", (None, None, None)),
    ("ডাবল খাট ১টা, বিকালে লোক পাঠাবে নিতে", (None, None, None)),
    ("lecture sheet 20 copy print korbe", (None, None, None)),
    ("order ready, kal delivery", (None, None, None)),
    ("jong dhora chara tin lagbe 20 ta", (None, None, None)),
    # at prayer, with no goods named: still busy
    ("নামাজে আছে, পরে কল", ("busy", "self", None)),
    # the customer's own visit, the customer's man sent: no call-back
    ("শনিবার দোকানে গিয়ে দেখবে, ডিজাইন পছন্দ হলে নিবে", (None, None, None)),
    ("শনিবার লোক পাঠাবে মাল নিতে", (None, None, None)),
])
def test_w139_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
