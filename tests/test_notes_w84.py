"""The forty-second notes round's first writer (w84): the owner's notes to staff, instructions to
whoever calls next in the imperative and second person, beside what the customer said; a tiles and
sanitary showroom in Cumilla, a fertiliser dealer in Thakurgaon, a ladies' shoe and bag shop in
Khulna, a computer shop in Rajshahi.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w84.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w84_round`` were each read differently before the round; those of ``test_w84_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # call them and tell them, the imperative (folded, "kore bolo" is "kore bollo", a call made)
    ("tiles er shade milse na, khub rag. 2 din por call kore bolo notun box pathabo",
     ("complaint", "self", date(2026, 11, 21))),
    ("জুতার ফিতা ছিঁড়ে গেছে, রাগ করছে। বিকালে ফোন করে বলো বদলাইয়া দিবো",
     ("complaint", "self", date(2026, 11, 19))),
    # ask them how they are, the imperative
    ("আপুর জ্বর, বিছানায়। তিন দিন পর জিজ্ঞেস কইরো কেমন আছেন", ("illness", "self", date(2026, 11, 22))),
    # a showroom's visit after the Friday prayer is a time, not the customer at prayer
    ("মঙ্গলবার জুম্মার পরে শোরুমে আসবেন কমোড পছন্দ করতে", (None, None, date(2026, 11, 24))),
    ("shukrobar jummar por showroom e ashben basin dekhte", (None, None, date(2026, 11, 20))),
    # a debt struck off the ledger, not a call cut
    ("Joya, baki 1500 tk dise, khatay kaita dio", (None, None, None)),
    # Rangpuri -ক on স্বামী
    ("স্বামীক ডেঙ্গু ধরছে, হাসপাতালত। এলা টাকার কথা না", ("illness", "husband", None)),
    # the wrong goods sent, told to the staff; anger in গোস্বা
    ("Rafiq, charger bhul dicho, kal call dio", ("complaint", "self", date(2026, 11, 20))),
    ("বস্তা ভিজা আছিলো, খুব গোস্বা করছে। পরশু ফোন দিবা", ("complaint", "self", date(2026, 11, 21))),
    # a new godown built, with a milad
    ("উনি নতুন গুদাম বানাইছেন, মিলাদ শুক্রবার", ("celebration", "self", None)),
    ("onar notun godown banaise, porshu dawat", ("celebration", "self", None)),
    # no more tries today, the customer who will not talk today: not today's call-back
    ("phone off. ar try korbo na aj", ("busy", "self", None)),
    ("number busy. aj ar try korbo na, kal sokale dio", ("busy", "self", date(2026, 11, 20))),
    ("Said her uncle passed away last night. Won't talk today.", ("bereavement", "relative", None)),
])
def test_w84_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # called and said: a call made, as before
    ("kal rat e fon kore bollo tar shashuri mara gesen", ("bereavement", "relative", None)),
    ("phone kore bollo order cancel, ar nibe na", (None, None, None)),
    ("kal jiggesh korlo tiles er dam koto", (None, None, None)),
    # at the Friday prayer; a call cut; a bath (গোসল begins like গোস্বা)
    ("জুম্মার নামাজে আছেন, পরে ফোন দিতে বলছে", ("busy", "self", None)),
    ("kal call dilam, kaita dise", ("busy", "self", None)),
    ("কল দিলাম, কাইটা দিল দুইবার", ("busy", "self", None)),
    ("বিকালে গোসল করতেছে, পরে ফোন দিও", ("busy", "self", date(2026, 11, 19))),
    # স্বামীকে as before; a wrong number dialled by the shop; a showroom's sale
    ("স্বামীকে সাপে কাটছে, হাসপাতালে", ("illness", "husband", None)),
    ("bhul kore onno number e call disilam", (None, None, None)),
    ("শোরুমে আসছিলেন, ১২ বক্স টাইলস নিলেন", (None, None, None)),
    ("বাকি ৮০০ টাকা পাইছি, খাতা থেকে নাম কাইটা দাও", (None, None, None)),
    # a godown to build, the shop's own godown
    ("গুদাম বানাইতে রড লাগবে, ৫ টন", (None, None, None)),
    ("godown e mal rakhsi, kal delivery", (None, None, None)),
    # trying again, a call on another day
    ("number busy, kal abar try korbo", ("busy", "self", date(2026, 11, 20))),
    ("Her mother passed away. Won't talk today, call on Sunday", ("bereavement", "mother", date(2026, 11, 22))),
])
def test_w84_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
