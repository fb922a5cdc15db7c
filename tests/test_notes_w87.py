"""The forty-third notes round's second writer (w87): vehicles of every kind, at a CNG and
auto-rickshaw parts shop in Sylhet, a tyre and battery shop at Feni, a transport and courier
booking agent in Bogura, a boat engine and fishing-net shop in Bhola.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w87.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w87_round`` (and ``test_w87_over``) were each read differently before the round; those of
``test_w87_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a clutch burnt out, in English
    ("auto er clutch burn hoise, bazar e boshe ase", ("vehicle_trouble", "self", None)),
    # towed by the traffic police's wrecker, taken to their dumping yard
    ("সিএনজি রেকার দিয়া তুইলা নিছে ট্রাফিক, কাল ফোন দিমু", ("vehicle_trouble", "self", date(2026, 11, 20))),
    ("গাড়ি রেকারে তুলে নিছে পুলিশ, কাগজ ছিল না", ("vehicle_trouble", "self", None)),
    ("leguna dumping e nise police, kagoj nai", ("vehicle_trouble", "self", None)),
    # a trawler taken by river pirates
    # (the মামা the customer is called by, opening the note with his trawler: the customer's own, w111)
    ("মামার ট্রলার ডাকাতে লুট করছে, শনিবার খবর নিমু", ("vehicle_trouble", "self", date(2026, 11, 21))),
    # a net wound round a boat's propeller
    ("চাচার নৌকার পাখায় জালে পেঁচাইছে, ইঞ্জিন ঘুরে না", ("vehicle_trouble", "self", None)),
])
def test_w87_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note", [
    # fully right again after the repair ("এখন full ঠিক")
    "বাবার ট্রলারের ইঞ্জিন নষ্ট হইছিল, এখন full ঠিক",
])
def test_w87_over(note):
    r = read(note)
    assert (r.event, r.over) == ("vehicle_trouble", True)


@pytest.mark.parametrize("note, expected", [
    # a clutch burnt, as before (the Bengali ending); clutch plates sold
    ("ভাইয়ের পিকআপের ক্লাচ পুড়ছে, হাইওয়েতে খাড়া", ("vehicle_trouble", "brother", None)),
    ("ক্লাচ প্লেট ২ সেট নিল, সিএনজির জন্য", (None, None, None)),
    # a wrecker hired, a shop robbed: no vehicle of theirs in trouble
    ("wrecker truck er bill baki, 5000 tk dibe", (None, None, None)),
    ("দোকানে ডাকাতি হইছে, সিএনজির পার্টস নিয়া গেছে", (None, None, None)),
    # nets sold
    ("pikup er jonno notun jal 2 ta nibe", (None, None, None)),
    # a truck that runs fine: no trouble to be over
    ("ট্রাক ঠিকঠাক চলে, টায়ার ২টা নিবে", (None, None, None)),
])
def test_w87_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
