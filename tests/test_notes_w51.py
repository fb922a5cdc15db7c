"""The twenty-fifth notes round's second writer (w51, round 25b): a Dhaka printing press (wedding
cards, office diaries, calendars, banners), a Gulshan event lighting and sound-system rental, an
IT-hardware reseller serving offices and schools, a school-uniform and sports-kit supplier;
English-heavy, office English as Bangladeshi staff write it.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w51.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w51_round`` and ``test_w51_over`` were each read differently before the round; those of
``test_w51_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a promotion in its Bengali word, a school's head made
    ("ভাইয়ার পদোন্নতি হয়েছে, অফিসে মিষ্টি দিবেন", ("celebration", "brother", None)),
    ("স্যারের পদোন্নতি হলো, নতুন ব্যানার লাগবে", ("celebration", "self", None)),
    ("Madam became headmistress this term, wants new name plates", ("celebration", "self", None)),
    ("Sir became the principal of the college, 40 diaries for the staff", ("celebration", "self", None)),
    # an exam passed is no death
    ("Her husband passed the BCS, ordering 10 laptops for his new office", ("celebration", "husband", None)),
    # boarding a flight, too loud to talk ("too" is no Thursday), the morning assembly: a busy call
    ("Boarding a flight to Sylhet, said call on Sunday", ("busy", "self", date(2026, 11, 22))),
    ("Madam at a concert, too loud to talk", ("busy", "self", None)),
    ("Headmaster in assembly, asked to call after 11", ("busy", "self", date(2026, 11, 19))),
    # an office's accounts or HR manager is a colleague
    ("Their accounts manager passed away yesterday, bill signing delayed", ("bereavement", "colleague", None)),
    ("HR manager er accident hoise, hospital e, payment delay", ("illness", "colleague", None)),
    # goods mixed up, a customer lost for good: complaints
    ("Blazer এর সাইজ mix up, ৫টা ভুল", ("complaint", "self", None)),
    ("Tie er color mix up, 20 ta bhul", ("complaint", "self", None)),
    ("generator bondho chilo, ar kokhono amader nibe na bolse", ("complaint", "self", None)),
    # an office's network as a job is no network out of reach
    ("network setup done at the bank, will call Monday with the bill", (None, None, date(2026, 11, 23))),
    # a day: at night, a call about to be made, a day taken back
    ("his bike broke down on the highway, said call at night", ("vehicle_trouble", "self", date(2026, 11, 19))),
    ("Shoes size wrong, parent angry. Supervisor calling him today", ("complaint", "self", date(2026, 11, 19))),
    ("আব্বা মারা গেছেন, কাল কথা বলবো না", ("bereavement", "father", None)),
    # a logged cell whose last call went unanswered, after an order
    ("12/11: ordered 40 ties, call back for sizes // 18/11: not reachable", ("busy", "self", None)),
    ("10/11: ordered 2 printers, will call back // 17/11: switched off", ("busy", "self", None)),
])
def test_w51_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # well now, with no other event: an illness over
    ("ছেলে এখন সুস্থ, কাল থেকে স্কুলে যাবে", ("illness", "son", True)),
])
def test_w51_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # a death is still one; an exam's test passed QC, mixed colours, a manager asking, a hall booked
    # at night, calls made yesterday, a logged cell whose last call was answered: as before
    ("Wife passed away last night, janaza after Asr", ("bereavement", "wife", None)),
    ("printing 200 exam admit cards, the test passed QC", (None, None, None)),
    ("mixed colour balloons 200 pcs order", (None, None, None)),
    ("office manager wants a quotation for 20 chairs", (None, None, None)),
    ("at night the hall is booked, day slot only", (None, None, None)),
    ("she kept calling him yesterday, no answer", ("busy", "self", None)),
    ("10/11: ordered 50 diaries // 18/11: delivered, all fine", (None, None, None)),
    ("delivery late hobe 1 din, janiye dilam", (None, None, None)),
    # "ekhon cx" folds like "ekhon sustho" begins; a short Thursday is still one
    ("ekhon cx basay, kal call dibo", (None, None, date(2026, 11, 20))),
    ("meye ekhon sustho, kal school e jabe", ("illness", "daughter", None)),
    ("too busy today, call Thu", ("busy", "self", date(2026, 11, 26))),
])
def test_w51_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
