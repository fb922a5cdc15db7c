"""The forty-sixth notes round's second writer (w93, round 46b): accidents and injuries, told by a
construction hardware shop, a garment trims supplier, a sports goods shop and an orthopaedic
supplies shop.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w93.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w93_round`` were each read differently before the round; those of ``test_w93_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a joint put out, a disc slipped as said
    ("Gym e deadlift korte giye kadh dislocate hoye gese", ("illness", "self", None)),
    ("My daughter dislocated her wrist at netball practice", ("illness", "daughter", None)),
    ("কোমরের ডিস্ক সরে গেছে, শনিবার ফোন দিতে বলছেন", ("illness", "self", date(2026, 11, 21))),
    # a finger crushed, caught in a door; a hand cut by a tool
    ("স্বামীর আঙুল হাতুড়িতে থেঁতলে গেছে", ("illness", "husband", None)),
    ("meyer angul dorjar chipay pore gese", ("illness", "daughter", None)),
    ("Rod katte giye uni nije hat kete felsen", ("illness", "self", None)),
    # burns: a hand burnt cooking (not the cooking's busy), hot water spilt, a burn's degree
    ("বউ রান্না করতে গিয়ে হাত পুড়াইছে", ("illness", "wife", None)),
    ("bachar pa te gorom pani pore gese, kal call", ("illness", "child", date(2026, 11, 20))),
    ("Wife got a 2nd degree burn from the kettle", ("illness", "wife", None)),
    # an electric shock as said
    ("sir er bhai ke current e dhorse, medical e", ("illness", "brother", None)),
    ("মামার হাতে বিদ্যুতের শক লাগছে", ("illness", "relative", None)),
    # "sir er bhai" is the customer's brother
    ("স্যারের ভাই গতকাল মারা গেছেন", ("bereavement", "brother", None)),
    # an accident seen on the road is strangers'
    ("রাস্তায় একটা bike accident দেখে দেরি করে আসলেন, ২ রোল তার নিলেন", (None, None, None)),
    ("Saw a truck accident on the highway, he is fine. Wants 5 bags cement", (None, None, None)),
    ("bike accident dekhe bhoy paise, ekhon thik ase", (None, None, None)),
    # an injury of long ago, the reason for a purchase
    ("pa bhangse 10 bochor age, tai knee cap nibe", (None, None, None)),
    # a doctor on his ward round is busy, not ill
    ("উনি হাসপাতালের রাউন্ডে, পরে ফোন দিতে বলছেন", ("busy", "self", None)),
    # the shop's own delivery man or mason ill
    ("Our delivery man has high fever, delivery tomorrow", (None, None, None)),
    ("amader mistri hospital e, kaj bondho", (None, None, None)),
])
def test_w93_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # burns and injuries read as before
    ("ছেলের হাত পুড়ে গেছে", ("illness", "son", None)),
    ("ছেলের কনুই ডিসলোকেশন, খেলতে গিয়া", ("illness", "son", None)),
    ("রাস্তায় accident হইছে, ভাইয়ের পা ভাঙছে", ("illness", "brother", None)),
    # a blister from new shoes, a whole day at the shop, the power gone, a flask for hot water
    ("pa te foshka porse notun juta pore", (None, None, None)),
    ("hat puro din dokane chilo", (None, None, None)),
    ("current nai, generator chalu", (None, None, None)),
    ("gorom pani r flask 2 ta", (None, None, None)),
    # "sir er bhai" ordering, marrying
    ("sir er bhai order dilo", (None, None, None)),
    ("sir er bhai er biye agami mase", ("celebration", "brother", None)),
    # long ago in one clause, a pain now in another; goods bought years ago
    ("ছোটবেলায় পা ভাঙছিল, এখন আবার ব্যথা", ("illness", "self", None)),
    ("২ বছর আগে কেনা walker ভেঙে গেছে, ফেরত দিতে চায়", ("complaint", "self", None)),
    # a daughter in hospital, the doctor's round to come; the shop's delivery late
    ("মেয়ের হাসপাতালে ভর্তি, রাউন্ডে ডাক্তার আসবেন", ("illness", "daughter", None)),
    ("our delivery was late again, customer angry", ("complaint", "self", None)),
])
def test_w93_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
