"""Kin words said from the side of whoever answered the phone or told the news (stop 35).

When the customer's son picks up and says "আব্বা হাসপাতালে", his father is the customer; staff
write the words as they heard them. And a note that speaks of the customer as "bhai" calls his
wife "bhabi". The sentences are written for these tests, not taken from a corpus; those of
``test_turned_to_the_customer`` were each read otherwise before (the answerer's father, a
relative), those of ``test_kept_as_said`` share the words and must keep their reading.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer's child: "abba" is the customer, "amma" his wife, "dadi" his mother
    ("রহিম চাচার মেয়ে ফোন ধরছে, কইল আব্বা ক্লিনিকে ভর্তি, সুগার বাড়ছে", ("illness", "self", None)),
    ("Babul bhai er pola dhorse, bollo amma r dengue, hospital e", ("illness", "wife", None)),
    ("Kashem traders er chele dhorlo, koilo dadi gotokal intekal korsen", ("bereavement", "mother", None)),
    ("ছোট ছেলে কইল আম্মার পা ভাঙছে, আব্বা সাথে আছেন", ("illness", "wife", None)),
    ("ans: boro meye. abbur bypass operation hoise, ICU te", ("illness", "self", None)),
    # a woman customer: her child's "abbu" is her husband, "nani" her mother
    ("Rina apa - apar chele dhorse, abbu hospital e, porshu call", ("illness", "husband", date(2026, 11, 21))),
    ("Mrs. Khan's son said his father had a stroke last night.", ("illness", "husband", None)),
    # a grandchild: "dada", "nana" are the customer, "nani" his wife
    ("ফোন ধরছে নাতনি, কইল নানা কাল রাতে ইন্তেকাল করছেন", ("bereavement", "self", None)),
    ("Jabbar chacha - nati dhorse, nani r jor, bichanay", ("illness", "wife", None)),
    # a daughter-in-law: "sosur" is the customer
    ("Hakim chachar bouma dhorlo, bollo sosur er jor, bichanay", ("illness", "self", None)),
    # "bhai" is the customer: "bhabi" is his wife
    ("ভাবি লেবার রুমে, ভাই ক্লিনিকে, কাল খোঁজ নিমু", ("newborn", "wife", date(2026, 11, 20))),
    ("Rony bhai er bhagne dhorse, bhabi r operation hoise, bhai hospital e", ("illness", "wife", None)),
])
def test_turned_to_the_customer(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # no one else answered or told it: the customer's own father
    ("abba hospital e, porshu call", ("illness", "father", date(2026, 11, 21))),
    ("customer bollo abba hospital e", ("illness", "father", None)),
    # said to be the customer's, or a chain that says whose
    ("ছেলে ফোন ধরছে, কাস্টমারের আব্বা হাসপাতালে", ("illness", "father", None)),
    ("ans: meye. tar dada, mane customer er abba, hospital e", ("illness", "father", None)),
    ("নাতনি ধরছে, কইল দাদার বড় ভাইয়ের পোলা মারা গেছে", ("bereavement", "relative", None)),
    # someone's bhabi, a couple, or a nephew named: bhai and bhabi are a brother and his wife
    ("oner bhabi r baccha hoise, bhai khushi", ("newborn", "relative", None)),
    ("bhabi r delivery hoise, bhatija hoise, bhai khushi", ("newborn", "relative", None)),
    ("ভাই-ভাবীর বাচ্চা হইছে, মিষ্টি নিবে", ("newborn", "relative", None)),
    ("bhabi hospital e", ("illness", "relative", None)),
])
def test_kept_as_said(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
