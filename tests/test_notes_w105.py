"""The fifty-second notes round's second writer (w105, round 52b): hardship and misfortune that is
mostly no labelled event (a job lost, a land case, a bKash fraud, land taken back) at a motorcycle
showroom in Jessore, a credit grocery in Narsingdi, a phone shop in Gazipur and a fertiliser shop
on a Rangpur char.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w105.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w105_round`` were each read differently before the round; those of ``test_w105_lookalikes``
share the round's new words and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a land case in court is the customer's own trouble, no complaint against the shop
    ("jomir mamla te onek taka gese, kisti porer mase dibe", (None, None, None)),
    ("চাচার সাথে জমির মামলা, টাকা নাই এখন", (None, None, None)),
    ("মামলার তারিখ পড়ছে শনিবার, বাকি পরে দিবে", (None, None, None)),
    ("ভাইয়ের সাথে মারামারি, মামলা হইছে", (None, None, None)),
    ("Paying late, court case over the land with his cousins", (None, None, None)),
    # a bKash fraud, a fraud call, an agent's fraud; a refund sought at a bKash centre
    ("bKash fraud call e 6000 tk gese, OTP dise", (None, None, None)),
    ("বিকাশে fraud, ৩০০০ টাকা নিয়া গেছে", (None, None, None)),
    ("agent fraud, kisti er taka onno number e gese", (None, None, None)),
    ("ভুল নাম্বারে টাকা গেছে, refund এর জন্য বিকাশ সেন্টারে গেছে", (None, None, None)),
    # a sharecropper's land the owner wants back
    ("মালিক জমি ফেরত চায়, কিস্তি দিতে পারবে না", (None, None, None)),
    # a new job looked for, none got
    ("factory theke chatai, notun job khujtese", (None, None, None)),
    ("Lost his job, looking for a new job now", (None, None, None)),
    # drowned in Rangpur's ডুবি মরছে and its kin
    ("মাইয়াটা পানিত ডুবি মরছে 😔 বাকি পরে", ("bereavement", "daughter", None)),
    ("বড় ভাই নদীত ডুবি মরছে, কিছু কওয়া যায় নাই", ("bereavement", "brother", None)),
    ("bhai pukur e dube morse, kisti pore", ("bereavement", "brother", None)),
])
def test_w105_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a case threatened against the shop, a fraud said of its goods, a return of the shop's goods
    ("দোকানের নামে মামলা করবে বলছে, ভুল মাল দিছি", ("complaint", "self", None)),
    ("mamla korbe bolse, phone e kaj kore na", ("complaint", "self", None)),
    ("bKash e payment korse, fraud mal disi bolse", ("complaint", "self", None)),
    ("ফোন ফেরত দিতে চায়, চার্জ হয় না", ("complaint", "self", None)),
    # a PIN mended at a bKash office, the complaint over (w79's kind)
    ("Bkash office e giye pin thik hoye gese, kono obhijog nai", (None, None, None)),
    # a new job got is still good news
    ("notun job paise, mishti dise", ("celebration", "self", None)),
    ("নতুন চাকরি হইছে ছেলের", ("celebration", "son", None)),
    # ducks or fish drowned or dead are no person's death
    ("পুকুরে হাঁস ডুবে মরছে", (None, None, None)),
    ("পুকুরে মাছ মরছে, চুন দিবো", (None, None, None)),
])
def test_w105_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
