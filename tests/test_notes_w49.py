"""The twenty-fourth notes round's second writer (w49, round 24b): a Dhaka pet shop and small vet
clinic, an online Qurbani-cattle and meat-delivery seller, a wedding event-management and catering
company, a Tejgaon second-hand car dealer; Banglish-heavy.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w49.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w49_round`` and ``test_w49_over`` were each read differently before the round; those of
``test_w49_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a pet's illness or death is no person's event
    ("kukur ta mara gese kal rate, owner khub kanna kortese", (None, None, None)),
    ("বিড়ালটা অসুস্থ, খাচ্ছে না, কাল ভেট দেখাবে", (None, None, None)),
    ("biral ta osustho, kal vet dekhabe", (None, None, None)),
    ("pakhita mara gese, notun khacha lagbe na", (None, None, None)),
    ("biraler jor, injection dise, owner bollo thik ase", (None, None, None)),
    ("টিয়া পাখির জ্বর, ওষুধ নিতে আসবেন", (None, None, None)),
    ("ময়না মারা গেছে, ওনার মন খারাপ", (None, None, None)),
    ("পোষা কুকুরের পা ভাঙছে, ড্রেসিং লাগবে", (None, None, None)),
    ("টিয়া পাখিটা মারা গেছে, খাঁচা ফেরত দিবেন না", (None, None, None)),
    ("biral er operation hoise, owner nije bhalo ase", (None, None, None)),
    # a car by its model at a second-hand car dealer's
    ("ভাইয়ের প্রিমিও রাস্তায় off হয়ে গেছে", ("vehicle_trouble", "brother", None)),
    ("Corolla টা মাঝপথে বন্ধ হয়ে গেছে, cust রাগ", ("vehicle_trouble", "self", None)),
    # a caterer's food run short, too bony; the service poor; flowers artificial for real ones
    ("বৌভাতে খাবার কম পড়েছে, অনেকে খেতে পারেনি", ("complaint", "self", None)),
    ("mangsho te haddi beshi, 2kg er moddhe 1kg haddi", ("complaint", "self", None)),
    ("Customer says poor service at the holud, wants a discount", ("complaint", "self", None)),
    ("stage er flowers artificial dise, real bolsilo", ("complaint", "self", None)),
    # a degree awarded
    ("ওনার পিএইচডি শেষ, ছোট পার্টি দিবেন", ("celebration", "self", None)),
    ("meyer degree paise, party te 50 jon", ("celebration", "daughter", None)),
])
def test_w49_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a fever left, a problem solved, back from the workshop put right
    ("ammu r jor serese, dr bolse tension nai", ("illness", "mother", True)),
    ("gari r problem solve hoise, garage theke anlo", ("vehicle_trouble", "self", True)),
    ("Allion ta kal raste bondho hoye gesilo, workshop theke thik hoye aise", ("vehicle_trouble", "self", True)),
    ("Premio ta workshop theke thik hoye aise", ("vehicle_trouble", "self", True)),
])
def test_w49_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # money short is no food run short; "viral" folds like "biral"; a dog that bit a child is his
    ("taka kom poreche, baki pore dibe", (None, None, None)),
    ("cheler viral fever, kal khoj nibe", ("illness", "son", date(2026, 11, 20))),
    ("chele ke kukur kamrise, hospital e", ("illness", "son", None)),
    # a partner ("parrot" folds like it) and an accident ("এক্সিও" folds like it) as before
    ("business partner mara gese, janaja kal", ("bereavement", "colleague", None)),
    ("kal eksident er khobor shunlam, kintu onno manush, cust thik ase", (None, None, None)),
    # a car model, a pet's food, the service's charge, artificial flowers asked about: no event
    ("Premio dekhte ashbe shonibar", (None, None, date(2026, 11, 21))),
    ("test drive e Allion chalaise, pochondo hoise", (None, None, None)),
    ("biral er khabar 2 packet order", (None, None, None)),
    ("pakhir khacha order dise, kal delivery", (None, None, None)),
    ("service charge koto jante chaise", (None, None, None)),
    ("artificial flowers er dam jante chay", (None, None, None)),
    ("papers ready, kal name transfer", (None, None, None)),
    ("biryani 50 plate order, thanda drinks soho", (None, None, None)),
    ("son passed his exam, mishti order", ("celebration", "son", None)),
])
def test_w49_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
