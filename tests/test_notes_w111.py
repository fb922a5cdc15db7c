"""The fifty-fifth notes round's second writer (w111): terms of address that look like relations
(staff call the customers themselves mama, chacha, kaka, khala, uncle, aunty, dada, nana, and write
of their real relatives with the same words); a grocery in Mirpur, a cosmetics shop in Narayanganj,
a hardware shop in Faridpur, a pharmacy in Bhola.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w111.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w111_round`` were each read differently before the round; those of ``test_w111_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # an elder the customer is called by, opening the note, with the vehicle that broke down: the
    # customer's own (Bengali script, Banglish, English, mixed)
    ("মামার ভ্যান হাটের পথে নষ্ট, আজ আসবেন না", ("vehicle_trouble", "self")),
    ("খালার রিকশা উল্টাইছে, কিছু হয় নাই, চাল কাল নিবেন", ("vehicle_trouble", "self")),
    ("Chacha r pickup highway te nosto, maal aj nite parbe na", ("vehicle_trouble", "self")),
    ("Nana r easybike er battery down, ashte deri hobe", ("vehicle_trouble", "self")),
    ("Uncle's van broke down near the bazar, he can't come for the cement", ("vehicle_trouble", "self")),
    ("Aunty stuck on the highway, bus broke down", ("vehicle_trouble", "self")),
    ("Dada-র truck ঘাটে আটকা, rod এর চালান পরে", ("vehicle_trouble", "self")),
    # ... the trouble told in the first clause, its end in a later one
    ("কাকার বাইক পথে বসে গেছিল, এখন ঠিক হইছে, দোকানে আসবেন", ("vehicle_trouble", "self")),
])
def test_w111_round(note, expected):
    r = read(note)
    assert (r.event, r.who) == expected


@pytest.mark.parametrize("note, expected", [
    # an elder's illness or death stays a relative's
    ("মামার জ্বর, হাসপাতালে ভর্তি", ("illness", "relative")),
    ("Chacha r dengue, Bhola Sadar e bhorti", ("illness", "relative")),
    ("খালা ইন্তেকাল করছেন, অর্ডার পরে", ("bereavement", "relative")),
    # someone's uncle (a name in the "of" form before the word), an elder's son
    ("Rafiq er mamar truck nosto, maal kal", ("vehicle_trouble", "relative")),
    # a farm machine works the elder's land: still a relative's
    ("চাচার ট্রাক্টর নষ্ট, সার পরে নিবেন", ("vehicle_trouble", "relative")),
    # an elder named in an earlier clause, the vehicle another's
    ("খালুর এক্সিডেন্ট হয় নাই, খালি ভয় পাইছে, গাড়ির বাম্পার ভাঙছে", ("vehicle_trouble", "relative")),
    # a name before the term: the customer, as before
    ("Karim chacha r CNG nosto, kal asben", ("vehicle_trouble", "self")),
])
def test_w111_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who) == expected
