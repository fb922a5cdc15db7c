"""The sixty-fourth notes round's first writer (w128, round 64a): Urdu and Hindi words in Bangladeshi
notes, from Dhakaiya and Urdu-speaking (Bihari) customers and TV Hindi, at a perfume shop in
Chawkbazar, a shoe shop by Geneva Camp, a cosmetics shop in Bashundhara and a restaurant-supplies
wholesaler in Saidpur; in Latin and Bengali letters.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w128.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w128_round`` were each read differently before the round; those of ``test_w128_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Hindi's parso (the day after tomorrow), the days with -vaar or with ko, agle hafte, and the
    # verbs of coming in Hindi
    ("Parso aake baki payment karega", (None, None, date(2026, 11, 21))),
    ("Mangal ko aake lega, 12 ta degchi ready rakho", (None, None, date(2026, 11, 24))),
    ("Budh ko aana hai bola, 6 jora sandal", (None, None, date(2026, 11, 25))),
    ("Guruvar ko aake size dega", (None, None, date(2026, 11, 26))),
    ("agle hafte aayenge, tokhon rate final", (None, None, date(2026, 11, 26))),
    # Urdu wafat, a death
    ("Chachi jaan ka wafat hua, wo Syedpur gaye", ("bereavement", "relative", None)),
    ("Mamu ka wafat hua parso, dua korben", ("bereavement", "relative", None)),
    # a child born to someone (ko) or one to come, in Hindi
    ("Bhai ki bibi ko bachcha hua, beta. mithai nite aise", ("newborn", "wife", None)),
    ("Meri bahen ko bachcha hone wala hai, clinic e", ("newborn", "sister", None)),
    # a wedding, a nikah with ki, ka; শাদি after its kin
    ("Apu ki shaadi hai agle mahine, bridal kit chahiye", ("celebration", "self", None)),
    ("Customer ka nikah hai, sherwani ke saath nagra", ("celebration", "self", None)),
    ("মেয়ের শাদি ঠিক হইছে, ডেগ ভাড়া লাগবে", ("celebration", "daughter", None)),
    # unwell in Hindi, a fever in Hindi
    ("Nanu ki tabiyat thik nahi, dua korben", ("illness", "relative", None)),
    ("Ammi ko bukhar hai, baad mein order", ("illness", "mother", None)),
    # a vehicle kharab, spelt with its b
    ("gaadi kharab hoye gese Tongi te, aaj ashbe na", ("vehicle_trouble", "self", None)),
    # Hindi's ka beta (a son, not pain), behen (a sister)
    ("Customer ka beta bimar hai, typhoid", ("illness", "son", None)),
    ("Behen hospital mein, operation hoga", ("illness", "sister", None)),
])
def test_w128_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a past parso or a day with ko, a Hindi past; a name Mangal
    ("parso ka hisab baki", (None, None, None)),
    ("Mangal ko bola tha, kuch nahi hua", (None, None, None)),
    ("Mangal Miah er dokan theke 20 ta jug", (None, None, None)),
    ("kal baat hui, sab thik", (None, None, None)),
    # taklif as trouble given; a bare beta (pain) as before; leftover and stale goods (bacha hua,
    # basi hui fold like a child born)
    ("taklif ke liye sorry bolse, order thik ache", (None, None, None)),
    ("paa e betha, size change chay", ("illness", "self", None)),
    ("bacha hua maal ferot dibe", ("complaint", "self", None)),
    ("roti basi hui, ferot dibe", ("complaint", "self", None)),
    ("bache hue 10 ta jug ferot", (None, None, None)),
    # a thing kharab is no vehicle; a shop's name with Shaadi; bhai jaan and behenji in address
    ("bike er seat cover kharab, exchange", ("complaint", "self", None)),
    ("Shaadi Attar House theke 10 bottle", (None, None, None)),
    ("Bhai jaan bolse rate kom korte", (None, None, None)),
    ("Behenji parlour er jonno 5 kit", (None, None, None)),
    # somwar, itwar and বহেন were dropped: they fold like "smart", ইতারা (them) and "bender"
    ("smart watch er black variant ashle janabo", (None, None, None)),
    ("Customer er car e fender bender, workshop e", ("vehicle_trouble", "self", None)),
    # a wafat already known; a baby with the customer's own word
    ("Sasur ka wafat hua kal raat", ("bereavement", "relative", None)),
    ("Bhabhi ko baby hua kal raat", ("newborn", "relative", None)),
])
def test_w128_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
