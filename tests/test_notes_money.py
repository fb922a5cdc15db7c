"""Money beside a life event: staff add the dues or the payment to the same cell ("..., due 1,500
tk", "Baki 2500/-"). The n-gram model hears shop talk in money and had voted the event down; an
amount's grouping commas had parted "1,500" into two clauses (khatir/notes/understand.py
``_without_money``, normalise.py ``_GROUPED``)."""
from __future__ import annotations

from datetime import date

import pytest

from note_reading import READER
from khatir.notes.normalise import fold

CALLED = date(2026, 11, 10)  # a Tuesday


@pytest.mark.parametrize("note, expected", [
    ("জর আসছে উনার, ৩ দিন পর ফোন দিতে বললো, due 1,500 tk", ("illness", "self", date(2026, 11, 13))),
    ("উনি জ্বরে কাবু, গলা দিয়া কথা বের হয় না. Baki 2500/-", ("illness", "self", None)),
    ("abbur heart attack hoise, baki 1,200 pore dibe", ("illness", "father", None)),
])
def test_an_event_stands_beside_money(note, expected):
    reading = READER.read(note, CALLED)
    assert (reading.event, reading.who, reading.callback) == expected


@pytest.mark.parametrize("note", [
    "bkash number vul dise, thik korsi. payment ok",  # the money is the matter itself
    "haor e net nai bole bKash করতে পারে নাই, কাল পাঠাবে টাকা",
    # a weak word (a broken glass, a late fee) beside money is the shop's job, as before
    "phone er glass bhanga, notun glass lagabe 650 tk. budhbar nite ashbe",
])
def test_money_that_is_the_matter_stays_ordinary(note):
    assert READER.read(note, CALLED).event is None


@pytest.mark.parametrize("text, folded", [
    ("due 1,500 tk", "due 1500 tk"),
    ("৳ 2,50,000 baki", "tk 250000 baki"),
    ("১,২০০ টাকা", "1200 taka"),
    ("jor 102, 3 din", "jr 102 , 3 din"),  # a list of numbers stays a list
])
def test_an_amounts_commas_group_its_digits(text, folded):
    assert fold(text) == folded
