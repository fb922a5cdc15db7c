"""The fifty-fourth notes round's second writer (w109, round 54b): students, exams and school life
at a coaching book shop in Mymensingh, a laptop shop in Rajshahi, a school uniform shop in
Chattogram and a student meal service in Dhaka; SSC/HSC and admission tests, results, hostels,
teachers marking scripts.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w109.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w109_round`` were each read differently before the round; those of ``test_w109_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a scholarship won, the top of a class, a post joined in formal words
    ("ছোট মেয়ে ক্লাস এইটের বৃত্তি পেয়েছে, নতুন ব্যাগ কিনবে", ("celebration", "daughter", None)),
    ("ছেলে DU তে first class first হইছে, laptop gift দিবেন", ("celebration", "son", None)),
    ("আপু নতুন ব্যাংকে অফিসার হিসেবে যোগ দিয়েছেন, খুশির খবর দিলেন", ("celebration", "self", None)),
    ("স্যার প্রধান শিক্ষক হিসেবে যোগদান করেছেন, মিষ্টি পাঠাবেন", ("celebration", "self", None)),
    # a teacher marking exam scripts: busy, the day said the call-back
    ("স্যার খাতা দেখছেন, রবিবার ফোন দিতে বললেন", ("busy", "self", date(2026, 11, 22))),
    ("আপা বোর্ডের খাতা দেখতেছেন, সোমবার কল দিও", ("busy", "self", date(2026, 11, 23))),
    ("sir khata dekhche, kal call dio", ("busy", "self", date(2026, 11, 20))),
    # writhing in a fever; a voice gone, the doctor's rest ordered (no sagging goods)
    ("ছেলে হোস্টেলে জ্বরে কাতরাচ্ছে, বাবা খবর দিলেন", ("illness", "son", None)),
    ("উনার গলা বসে গেছে, ডাক্তার কথা বলতে মানা করছে", ("illness", "self", None)),
    ("gola bose gese, kal phone dibo", ("illness", "self", date(2026, 11, 20))),
    # the wrong book sent; a hair in a meal service's dish
    ("ভুল বই গেছে, ইংরেজি ২য় পত্রের জায়গায় ১ম পত্র", ("complaint", "self", None)),
    ("found a hair in the biryani, sent photo", ("complaint", "self", None)),
    # the BCS studied for, its books bought: no cadre won
    ("bcs written er jonno 2ta boi, last price 1200", (None, None, None)),
    ("বিসিএসের প্রস্তুতির বই ২টা রেখে দিতে বলছে", (None, None, None)),
    # boys' uniforms ("cheleder", folded like "swelled")
    ("cheleder shirt full hata 4ta, selai 3 dine", (None, None, None)),
    ("cheleder pant 3ta, kal delivery", (None, None, None)),
])
def test_w109_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a cadre won or an exam passed stays a celebration; a scholarship exam still to sit, none
    ("bcs e tikse, laptop nibe", ("celebration", "self", None)),
    ("ছেলে first হইছে, মিষ্টি দিবে", ("celebration", "son", None)),
    ("বৃত্তি পরীক্ষা ২০ তারিখে, গাইড বই নিবে", (None, None, None)),
    # exercise books sold; a notebook looked at for an order
    ("নতুন খাতা ২০টা, কলম ১ বক্স", (None, None, None)),
    ("খাতা দেখে অর্ডার দিবেন", (None, None, None)),
    # a sofa's cushion sagging is still the goods'
    ("সোফার গদি বসে গেছে, কাল লোক পাঠাবো", ("complaint", "self", None)),
    # a bill made wrong ("bhul bill", as "bhul boi" begins) read as before
    ("ভুল বিল করা হয়েছিল, ফেরত দিয়েছি", ("complaint", "self", None)),
    # hair goods; a power bank swelled
    ("hair band 2 dozen, clip 1 box", (None, None, None)),
    ("power bank swelled after 2 days, change chay", ("complaint", "self", None)),
])
def test_w109_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
