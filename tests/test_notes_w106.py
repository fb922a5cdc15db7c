"""The fifty-third notes round's first writer (w106, round 53a): old-fashioned formal written Bengali
(sadhu bhasha) from older staff at a cloth and saree shop in Pabna, a homeopathy pharmacy in
Kushtia, a rice wholesaler in Dinajpur and a book shop in Rajshahi.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w106.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w106_round`` were each read differently before the round; those of ``test_w106_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # sadhu bhasha's kin words: a sister, a younger brother, an elder sister, a mother, a wife, a father
    ("উহার ভগ্নির জ্বর, ঔষধ লইয়া গেলেন", ("illness", "sister", None)),
    ("তাঁহার অনুজ হাসপাতালে ভর্তি হইয়াছেন", ("illness", "brother", None)),
    ("তাঁহার অগ্রজা ইন্তেকাল করিয়াছেন", ("bereavement", "sister", None)),
    ("গৃহিণীর বাতের ব্যথা, কাল খবর লইব", ("illness", "wife", date(2026, 11, 20))),
    ("রমেশ বাবুর পিতৃদেব স্বর্গবাসী হইয়াছেন", ("bereavement", "father", None)),
    ("শ্বশুরমহাশয় পরলোকগমন করিয়াছেন", ("bereavement", "relative", None)),
    # ... and days counted in চারি, অন্তে, পরবর্তী সপ্তাহ, news asked for in সংবাদ
    ("মাতাজি অসুস্থ, তিন দিন পর সংবাদ লইতে হইবে", ("illness", "mother", date(2026, 11, 22))),
    ("উহার ভ্রাতুষ্পুত্রের বিবাহ, পরবর্তী সপ্তাহে শাড়ি দেখিতে আসিবেন",
     ("celebration", "relative", date(2026, 11, 26))),
    # sadhu bhasha's his before a kin word that is also a way of address
    ("তাঁহার মামা অসুস্থ, চারি দিন পর সংবাদ লইতে হইবে", ("illness", "relative", date(2026, 11, 23))),
    ("তাঁহার ভাই অসুস্থ, এক সপ্তাহ অন্তে খবর লইতে হইবে", ("illness", "brother", date(2026, 11, 26))),
    # a wife at the maternity home
    ("স্ত্রী প্রসূতি সদনে, আজ আসিতে পারিবেন না", ("newborn", "wife", None)),
    # sad news told, no call asked for
    ("দুঃখজনক খবর: আপার ভাই গত রাত্রে ইন্তেকাল করিয়াছেন", ("bereavement", "brother", None)),
])
def test_w106_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # days counted in দিন, a kin word with no whose, a colloquial his: as before
    ("তিন দিন পর খবর লইতে হইবে", ("illness", "self", date(2026, 11, 22))),
    ("মামা অসুস্থ, পরে আসিবেন", ("illness", "relative", None)),
    ("তাঁর ভাই অসুস্থ", ("illness", "brother", None)),
    # ভাইজান as a way of address; তাহার before no kin word; a mess (মেস folds like মেসো)
    ("ভাইজান, আপনার শাড়ি পাঠাইয়াছি", (None, None, None)),
    ("তাহার জন্য দুইখানা শাড়ি রাখা হইল", (None, None, None)),
    ("মেসের ছেলেদের জন্য চাল পাঠাইতে হইবে", (None, None, None)),
    # glad news in খবর, a son born; a birth told in its sadhu word, as before
    ("খুশির খবর, পুত্রসন্তান হইয়াছে", ("newborn", "self", None)),
    ("পুত্রবধূর সন্তান ভূমিষ্ঠ হইয়াছে", ("newborn", "relative", None)),
    # a hearing's date, a book bought
    ("শুনানির তারিখ পড়িয়াছে, কার্যতালিকা বই লইবেন", (None, None, None)),
])
def test_w106_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
