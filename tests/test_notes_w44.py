"""The twenty-second notes round's first writer (w44): a Rangamati/Bandarban handicraft and
tour-booking shop (Chakma and Marma customers), a Bogura curd and sweets shop taking wedding and
milad orders, a Jamalpur nakshi-kantha Facebook seller, a Gaibandha char-area agricultural-inputs
dealer; a third of the notes mix Bengali script and English words.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w44.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w44_round``, ``test_w44_over`` and ``test_w44_not_over`` were each read differently before
the round; those of ``test_w44_lookalikes`` share the round's new words or fold like them and must
stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import CALLED, read


@pytest.mark.parametrize("note, expected", [
    # busy: the polite "did not pick up", abroad until a day, at prayer in a Buddhist temple, at
    # the cattle market (CALLED is a Thursday)
    ("দিদি ফোন তোলেন নাই, শনিবার আবার দেখবো", ("busy", "self", date(2026, 11, 21))),
    ("২০ তারিখ পর্যন্ত বিদেশে, ২১ তারিখে ফোন দিতে বললেন", ("busy", "self", date(2026, 11, 21))),
    ("Customer bollo ekhon kyang e prarthona te achi, porshu call", ("busy", "self", date(2026, 11, 21))),
    ("Customer at the haat selling goats, call after Asr", ("busy", "self", CALLED)),
    ("Customer at the cattle market, call tmrw", ("busy", "self", date(2026, 11, 20))),
    # ... and a "did not pick up" in the simple past is no call-back today
    ("আজ আর ফোন ধরলো না, শনিবার আবার", ("busy", "self", date(2026, 11, 21))),
    ("aj phone dhorlo na", ("busy", "self", None)),
    # illness: sugar told high in English, water in the lungs
    ("মায়ের sugar অনেক high, মিষ্টি বাদ", ("illness", "mother", None)),
    ("নানার lungs এ পানি জমছে, মেডিকেলে নিছে", ("illness", "relative", None)),
    ("dadur lung e pani, Rangpur niye gese", ("illness", "relative", None)),
    # complaints: embroidery the wrong way round, goods sent or come too small
    ("kantha r sutar kaj ulta chilo, customer ragi", ("complaint", "self", None)),
    ("কাস্টমার বলছেন শাড়ি ছোট পাঠানো হইছে", ("complaint", "self", None)),
    ("orna choto aise, 2 inch kom", ("complaint", "self", None)),
    # a university place got, in its Bengali name and in joy of it
    ("মেয়ের বিশ্ববিদ্যালয়ে ভর্তি হলো, ৫ কেজি মিষ্টি চাইলেন", ("celebration", "daughter", None)),
    ("ভাইয়ের ভর্তির খুশিতে মিলাদ দিবে, ১০০ পিস মিষ্টি", ("celebration", "brother", None)),
    # a given name and a family name before "dada", "didi", "bhai" are the customer
    ("Thoai Marma dada r cheler jwor, tour pore", ("illness", "son", None)),
    ("Jumur Chakma didir meyer biye, 20 kg doi lagbe", ("celebration", "daughter", None)),
    ("Karim Hossain bhai er wife er operation hobe", ("illness", "wife", None)),
    # a grandmother as Hindu and Buddhist families say it
    ("ঠাকুমা অসুস্থ, order পরে দিবে", ("illness", "relative", None)),
    ("Ching Marma er didima mara gesen, trip cancel", ("bereavement", "relative", None)),
    # the information or the designs promised for a day
    ("Sajek er package er info dibo kal", (None, None, date(2026, 11, 20))),
    ("বাকি ডিজাইন পাঠাবো ৩ দিন পর", (None, None, date(2026, 11, 22))),
    ("porshu design dimu, nakshi kantha 3 ta", (None, None, date(2026, 11, 21))),
    # the English "after" and a thing to do first: that day
    ("Call Friday after checking the boat schedule", (None, None, date(2026, 11, 20))),
    ("Ring Monday after confirming the urea stock", (None, None, date(2026, 11, 23))),
    # a return offered on a condition is no complaint
    ("Ferot dile full taka, customer raji", (None, None, None)),
])
def test_w44_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a fever gone
    ("বাচ্চার fever চলে গেছে, order আবার চালু", ("illness", "child")),
    ("Nanur jor chole gese, trip confirm", ("illness", "relative")),
])
def test_w44_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == (*expected, True)


@pytest.mark.parametrize("note", [
    # fine, but for what follows the "but" (no comma before it)
    "পাঞ্জাবি ঠিক আছে কিন্তু delivery boy খারাপ ব্যবহার করছে",
    "kantha thik ase kintu courier late korse",
])
def test_w44_not_over(note):
    r = read(note)
    assert (r.event, r.who, r.over) == ("complaint", "self", False)


@pytest.mark.parametrize("note, expected", [
    # a sugar-free sweet, a flood's water, a stitch of a quilt are no illness
    ("sugar-free mishti 2 kg, Friday delivery", (None, None, None)),
    ("Flood er pani jomse ghat e, boat e mal pathabo", (None, None, None)),
    ("Gulshan er boutique, 40 pc hand stitch saree chay", (None, None, None)),
    ("boutique owner, cross stitch kantha 30 pc chay", (None, None, None)),
    ("hospital er nurse, 20 ta kantha order", (None, None, None)),
    # the "busy" season, back in Dhaka on a day, the phone picked up by someone else
    ("bz season, 300 pc kantha order", (None, None, None)),
    ("৩ তারিখে ঢাকায় ফিরবেন, তখন order", (None, None, date(2026, 12, 3))),
    ("অফিসের পিয়ন ফোন ধরলো, বললো স্যার বাইরে", ("busy", "self", None)),
    # a family name alone, or with a kin word that is a relation, stays as it was
    ("Mong Marma er 5 ta wall hanging order", (None, None, None)),
    ("Rina Begum apar husband hospital e, order hold", ("illness", "husband", None)),
    ("didi ke kantha pathano hoise", (None, None, None)),
    # information asked for, nonsense talked, a curd pot returned on a condition
    ("Sajek er info chaise, pore janabo", (None, None, None)),
    ("ulta palta kotha bolse, order cancel", (None, None, None)),
    ("দই এর হাড়ি ফেরত দিলে ২০ টাকা কম রাখবো", (None, None, None)),
    ("সেলাই ভালো হইছে, customer খুশি", (None, None, None)),
    ("Asr er por milad, 80 জনের জন্য doi", (None, None, None)),
])
def test_w44_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
