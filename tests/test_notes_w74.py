"""The thirty-seventh notes round's first writer (w74, round 37a): travel and tourism, a hotel desk in
Cox's Bazar, a bus counter in Sayedabad, a rent-a-car in Sylhet, a tour operator in Dhaka; tourists on
the road, on boats and in the hills.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w74.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w74_round`` were each read differently before the round; those of ``test_w74_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a tyre burst said without the vehicle
    ("টায়ার ফাটছে সীতাকুণ্ডে, কেউ ব্যথা পায় নাই, হেলপার চাকা বদলাইতেছে", ("vehicle_trouble", "self", None)),
    ("highway te tyre fete gese, ekhon wait kortese", ("vehicle_trouble", "self", None)),
    # the car "dead" on the road; a launch's engine; a boat "floating" is no nephew (ভাস্তে)
    ("guest bolse gari dead, ghat er kache, arekta gari pathaisi", ("vehicle_trouble", "self", None)),
    ("The launch engine failed near the ghat, passengers waiting", ("vehicle_trouble", "self", None)),
    ("নৌকার ইঞ্জিন বন্ধ, হাওরের মাঝে ভাসতেছে", ("vehicle_trouble", "self", None)),
    # cockroaches or bedbugs in a room or a bus
    ("রুমে তেলাপোকা, গেস্ট ছবি পাঠাইছে", ("complaint", "self", None)),
    ("bus er seat e charpoka, jatri video pathaise", ("complaint", "self", None)),
    # a honeymoon: the couple's own wedding
    ("Honeymoon couple from Khulna, want a cottage with a hill view", ("celebration", "self", None)),
    # a return ticket is the way back, no goods returned
    ("Return tkt for 4 people same day, window seat", (None, None, None)),
    # friends taken along are company, not whom the news is about
    ("প্রমোশন পাইছেন, বন্ধুদের নিয়ে সেন্টমার্টিন যাবেন", ("celebration", "self", None)),
    ("birthday tar, bondhuder sathe bandarban jabe", ("celebration", "self", None)),
    # asking again with a stray vowel
    ("abbur jor, porshu jiggeshe korbo", ("illness", "father", date(2026, 11, 21))),
])
def test_w74_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note", [
    # on the road again after the tyre was changed
    "tyre burst hoisilo, bodle abar rowna dise",
    "Flat tyre on the Tamabil road, changed, they are moving again",
])
def test_w74_round_over(note):
    r = read(note)
    assert (r.event, r.over) == ("vehicle_trouble", True)


@pytest.mark.parametrize("note, expected", [
    # a phone "dead" stays a complaint; a toy RC car ("car" folds like gari) too
    ("mobile dead on arrival, ferot dite chay", ("complaint", "self", None)),
    ("RC car dead, box kholar por e chole na", ("complaint", "self", None)),
    # cockroach poison sold is no complaint
    ("telapokar oshudh 3 ta nilo", (None, None, None)),
    # a conch bangle cracked stays a complaint (শাঁখা folds like চাকা)
    ("শাঁখা ফাটা ছিল বক্সে, দিদি রাগ করছেন", ("complaint", "self", None)),
    # goods returned stay a complaint
    ("jacket return korte chay, size choto", ("complaint", "self", None)),
    # a friend's own illness, a friend's wedding gift, a nephew, a son's honeymoon stay as they were
    ("বন্ধু অসুস্থ, হাসপাতালে ভর্তি", ("illness", "friend", None)),
    ("bondhur biye, gift er jonno saree nibe", (None, None, None)),
    ("ভাস্তে অসুস্থ, হাসপাতালে", ("illness", "relative", None)),
])
def test_w74_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w74_lookalikes_not_over():
    # a plan to leave again tomorrow is no trouble over
    r = read("tyre burst hoise, kal abar rowna dibe")
    assert (r.event, r.over) == ("vehicle_trouble", False)
