"""The sixty-first notes round's first writer (w122): South Asian English at an electronics
showroom in Dhaka, a corporate gift supplier in Gulshan, a school supplies shop in Chattogram and a
hospital pharmacy in Sylhet ("passed out", "mother is serious", "admitted", "on leave till").

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w122.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w122_round`` were each read differently before the round; those of ``test_w122_lookalikes``
share the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a relation "serious" (gravely ill), said so alone
    ("client's father is serious, shifted to Dhaka Medical", ("illness", "father", None)),
    ("Sir's mother is very serious, he is not taking calls", ("illness", "mother", None)),
    # fainted: "passed out" where it happened or why
    ("cust passed out due to low bp at work, resting now", ("illness", "self", None)),
    ("Sir passed out in office yesterday, now at home resting", ("illness", "self", None)),
    # a place at a college "got admitted" to, the family glad
    ("son got admitted in cadet college, ordering a calculator for him. v happy", ("celebration", "son", None)),
    # on leave or on a business trip till a day
    ("Madam on leave till Thursday, kindly revert then", ("busy", "self", date(2026, 11, 26))),
    ("Sir on a business trip to Delhi, back next week", ("busy", "self", date(2026, 11, 26))),
])
def test_w122_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # "passed out" from a university: graduated, as before
    ("son passed out from BUET this year, ordered a laptop", ("celebration", "son", None)),
    # a customer serious about an order is no illness
    ("cust is serious about the order, wants 200 diaries", (None, None, None)),
    # admitted to a hospital stays an illness
    ("son got admitted to Square hospital with dengue", ("illness", "son", None)),
    # the writer's own leave is no customer's busy day
    ("i am on leave till Sunday, Rafiq will call", (None, None, date(2026, 11, 22))),
    # a trip's goods: travel bags for the office's business trips ordered
    ("30 travel bags ordered for staff", (None, None, None)),
])
def test_w122_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
