"""The fifty-first notes round's first writer (w102, round 51a): Sylheti speech in Bengali letters and
Banglish, with Londoni families; a furniture and electronics shop in Sylhet town, a tea-garden
grocery near Srimangal, a gold and cosmetics shop in Beanibazar, a money-exchange desk in Zindabazar.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w102.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w102_round`` were each read differently before the round; those of ``test_w102_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Sylheti কালকুয়া, tomorrow
    ("আম্মার পেট খারাপ, কালকুয়া খবর নিমু", ("illness", "mother", date(2026, 11, 20))),
    ("খাটের পায়া ভাঙা আইছে, রাগ। কালকুয়া মিস্ত্রি পাঠাইমু, ফোন দিমু", ("complaint", "self", date(2026, 11, 20))),
    ("bou er jor, kalkua abar fon dimu", ("illness", "wife", date(2026, 11, 20))),
    ("abba hospital e, kalkuya khobor nimu", ("illness", "father", date(2026, 11, 20))),
    # Sylheti বাজি, an elder sister, with its genitive
    ("বাজির ডেঙ্গু, ওসমানী মেডিকেলে ভর্তি", ("illness", "sister", None)),
    ("bazi'r biya December e, set dekhte aibo", ("celebration", "sister", None)),
    # a grandchild born in the son's house (বেটার ঘরে)
    ("বেটার ঘরে নাতি অইছে লন্ডনে, আংটি নিবা", ("newborn", "son", None)),
    ("beta'r ghore natin hoise alhamdulillah", ("newborn", "son", None)),
    # Sylheti আইজ with tonight after it
    ("aiz rat e chal er dam confirm kori fon dimu", (None, None, date(2026, 11, 19))),
    ("rastat bike nosto, aiz ratey fon dimu", ("vehicle_trouble", "self", date(2026, 11, 19))),
])
def test_w102_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # tomorrow as before; fireworks and a bet, no sister
    ("কাল খবর নিমু, আম্মার পেট খারাপ", ("illness", "mother", date(2026, 11, 20))),
    ("আতশবাজির প্যাকেট ১০টা নিল", (None, None, None)),
    ("বাজি ধরছে খেলায়, ২ কেজি মিষ্টি নিলো", (None, None, None)),
    # today's rate at the exchange desk ("aiz rate", folded like আইজ রাতে) names no day
    ("aiz rate 152, GBP 300 bhangaise", (None, None, None)),
    # a son's wife (বেটার বউ) is a relative, as before; আইজ alone, a visit taken back
    ("বেটার বউয়ের জ্বর, হাসপাতালে", ("illness", "relative", None)),
    ("আইজ আইতা পারতা না, মেহমান আছে", (None, None, None)),
])
def test_w102_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
