"""The forty-fifth notes round's first writer (w90): regional speech, a cloth and lungi shop in
Chowmuhani (Noakhali), a hardware shop in Rangpur, a sweets shop in Old Dhaka, a fertiliser and
seed dealer in Mymensingh.

The sentences are written for these tests in the writer's styles, not taken from the corpus. Those
of ``test_w90_round`` were each read differently before the round; those of ``test_w90_lookalikes``
share the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # বইন in Latin letters with its genitive apart
    ("onar boin er jor, kal call dibo", ("illness", "sister", date(2026, 11, 20))),
    # Begumganj is a place, nobody's wife
    ("His van broke down at Begumganj, call tomorrow", ("vehicle_trouble", "self", date(2026, 11, 20))),
    # Dhakaiya তবিয়ত, the health, unwell
    ("আম্মাজানের তবিয়ত ভালা না, দোকানে আইবো না", ("illness", "mother", None)),
])
def test_w90_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w90_over_oise():
    # Mymensingh's অইছে for হইছে: the vehicle put right
    r = read("গাড়ি নষ্ট আছিল, ঠিক অইছে, মাল নিবো")
    assert (r.event, r.over) == ("vehicle_trouble", True)


@pytest.mark.parametrize("note, expected", [
    # "been" stays no sister; a wife's begum stays a wife; তবিয়ত well is no illness
    ("has been sick since monday, call kal", ("illness", "self", date(2026, 11, 20))),
    ("bhaiyar begum er jor", ("illness", "wife", None)),
    ("আব্বার তবিয়ত ভালো আছে, মিষ্টি নিবো", (None, None, None)),
    ("মাইয়ার বিয়া ঠিক অইছে, শাড়ি নিবো", ("celebration", "daughter", None)),
])
def test_w90_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
