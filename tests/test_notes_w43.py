"""The twenty-first notes round's second writer (w43, round 21b): a Kushtia handloom lungi and
gamchha wholesaler, a Jhenaidah vegetable-seed and pesticide dealer, a Chuadanga betel-leaf (paan)
trader, a Meherpur bKash/Nagad and recharge agent; western-Bengal speech (Kushtia, Chuadanga).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w43.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w43_round`` and ``test_w43_over`` were each read differently before the round; those of
``test_w43_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a fungicide (ছত্রাকনাশক) is a seed dealer's goods, not mould (ছত্রাক)
    ("ছত্রাকনাশক ৩ প্যাকেট নিলো, টাকা বাকি", (None, None, None)),
    # diabetes spelt as said; a blocked heart
    ("আম্মার ডায়বেটিস বাড়ছে, দোকানে আসতে পারবে না", ("illness", "mother", None)),
    ("স্বামীর ডাইবেটিস ধরা পড়ছে, মিষ্টি পান আর নিবে না", ("illness", "husband", None)),
    ("abbar heart e block, ring poraite hobe", ("illness", "father", None)),
    # the second and third brothers
    ("mejo bhai er heart e block dhorse", ("illness", "brother", None)),
    ("মেজ ভাই হাসপাতালে ভর্তি, পরে কথা হবে", ("illness", "brother", None)),
    ("sejo bhai mara gese kal rate", ("bereavement", "brother", None)),
    ("ওনার সেজো ভাই মারা গেছেন আজ ফজরে", ("bereavement", "brother", None)),
    # the birthing room at home
    ("ওনার বউ আঁতুড়ঘরে, এখন কথা বলতে পারবে না", ("newborn", "wife", None)),
    ("bou atur ghore, khobor pele janabe", ("newborn", "wife", None)),
    # Kushtia's "hobeni" (will not be); at the burial ground for an acquaintance
    ("uni dokane, kotha hobeni ekhon", ("busy", "self", None)),
    ("ekhon shoshane, ek porichito mara gese", ("busy", "self", None)),
    # an agent's charge wanted back
    ("Cash-out charge cut twice, wants it back", ("complaint", "self", None)),
    # the family inviting the shop to its own wedding
    ("ছেলের বিয়ের দাওয়াত দিলো, ১০০ গামছা নিবে অতিথিদের জন্য", ("celebration", "son", None)),
    ("meyer biyer dawat dise amader, 50 ta lungi nibe", ("celebration", "daughter", None)),
    # the western districts' engine vans
    ("alomsadhu nosto, mal porshu jabe", ("vehicle_trouble", "self", None)),
    # a death's rite named ahead and "that day"; a funeral today and no call; no talk today
    ("রবিবার কুলখানি, ঐদিন ফোন দিবো", ("bereavement", None, date(2026, 11, 22))),
    ("His uncle passed away, funeral today. Do not call this week", ("bereavement", "relative", None)),
    ("chachi intekal korechen. aaj kono kotha hoini", ("bereavement", "relative", None)),
    # the Friday prayer as a time, beside an order counted in pieces
    ("Friday জুম্মার পর call, lungi ৩০ pc", (None, None, date(2026, 11, 20))),
])
def test_w43_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a vehicle the customer had repaired; "thik koira" (having fixed it)
    ("ইঞ্জিনভ্যান ঠিক করাইছে, এখন চলতেছে", ("vehicle_trouble", "self", True)),
    ("bike ta thik koraise, ekhon 2 bosta nibe", ("vehicle_trouble", "self", True)),
    ("টমটম ঠিক করাইছে, আর সমস্যা নাই", ("vehicle_trouble", "self", True)),
    ("bike er chaka panchar hoisilo, thik koira ekhon dokane ashtese", ("vehicle_trouble", "self", True)),
    # asked whether it is fine: no answer that it is
    ("বাইক ঠিক আছে কিনা জিগাইলাম, বললো এখনো গ্যারেজে", ("vehicle_trouble", "self", False)),
    # বদলে in the western dialect, done
    ("গামছার রং নিয়ে ঝামেলা ছিলো, বদলায়ে দিছি", ("complaint", "self", True)),
])
def test_w43_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # mould is still mould; other pesticides stay goods
    ("ছত্রাক ধরছে বীজে, ফেরত দিবে", ("complaint", "self", None)),
    ("বীজে ছত্রাক, চারা পচে গেছে", ("complaint", "self", None)),
    ("ধানের জন্য ছত্রাকনাশক আর ইউরিয়া ২ বস্তা নিবে", (None, None, None)),
    # the shop's van, a fridge fixed elsewhere, a repair still to do
    ("আমাদের ভ্যান ঠিক করাইছে, কাল মাল যাবে", (None, None, None)),
    ("ফ্রিজ ঠিক করাইছে, আর সমস্যা নাই", (None, None, None)),
    ("gari thik koraite hobe, kal call dibo", (None, None, date(2026, 11, 20))),
    ("gari ta thik ache kina dekhte hobe", (None, None, None)),
    # a guest's invitation
    ("বন্ধুর মেয়ের বিয়ের দাওয়াতে যাবে, শাড়ি নিবে", (None, None, None)),
    ("বিয়ের দাওয়াত আছে, পাঞ্জাবি নিবে", (None, None, None)),
    # an address changed is no complaint
    ("ঠিকানা বদলায়ে দিছে, কাল ডেলিভারি", (None, None, None)),
    # not today but another day; no talk today, a call tomorrow; a funeral gone by
    ("কাল call দিও না, পরশু দিও", ("busy", "self", date(2026, 11, 21))),
    ("aaj kotha hoy nai, kal abar call dibo", ("busy", "self", date(2026, 11, 20))),
    ("Funeral was yesterday, call tomorrow", ("bereavement", None, date(2026, 11, 20))),
    # goods for the rite's day, the contact later; a diabetic's strips
    ("chachar kulkhani budhbar, oi diner jonno 20 ta gamchha, pore janabe", ("bereavement", "relative", None)),
    ("diabetic strips came, he will collect sat", (None, None, date(2026, 11, 21))),
    # a temper (মেজাজ) is no middle brother; "hobe na" as before
    ("মেজাজ খারাপ, ভাই পরে ফোন দিতে বললো", ("busy", "self", None)),
    ("ekhon kotha hobe na", ("busy", "self", None)),
])
def test_w43_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
