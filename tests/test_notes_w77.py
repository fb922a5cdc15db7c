"""The thirty-eighth notes round's second writer (w77, round 38b): English words written in
Bengali letters (হসপিটাল, এক্সিডেন্ট, ডেলিভারি, টুমরো, সিস্টার ...), each in the writer's own
spelling; an electronics and home-appliance showroom in Sylhet, a hardware and sanitary shop in
Mymensingh, a poultry-feed and chick dealer in Gazipur, a bookshop near a Rajshahi college.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w77.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w77_round`` were each read differently before the round; those of ``test_w77_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # "tomorrow", "today", "tonight" in Bengali letters
    ("ফ্রিজের কম্প্রেসর নষ্ট, কমপ্লেইন দিছেন। টুমরো মিস্ত্রি পাঠাইয়া ফোন দিমু", ("complaint", "self", date(2026, 11, 20), False)),
    ("আব্বার প্রেশার বাড়ছে, হসপিটালে। টুমরোতে খবর নিমু", ("illness", "father", date(2026, 11, 20), False)),
    ("উনি মিটিংয়ে, টুনাইট কল দিতে কইছেন", ("busy", "self", date(2026, 11, 19), False)),
    # "sister" in Bengali letters, hers or whose
    ("সিস্টারের ডেঙ্গু, ঢাকা মেডিকেলে ভর্তি", ("illness", "sister", None, False)),
    ("উনার ছোট সিস্টারের গায়ে হলুদ সামনের শুক্রবার, ফ্যান নিবে দুইটা", ("celebration", "sister", None, False)),
    # "baby" in Bengali letters, born
    ("বড় সিস্টারের বেবি হইছে, মিষ্টি নিয়া আসছিলেন", ("newborn", "sister", None, False)),
    # a fever not going down now is still there
    ("ছোট ভাইয়ের ফিভার কমতেছে না", ("illness", "brother", None, False)),
    # over: a repair done, back put right in Sylhet's অইয়া, healed and up (সাইরা উঠছে)
    ("ভ্যানের সারাই শেষ, মাল নিতে আইবো", ("vehicle_trouble", "self", None, True)),
    ("পিকআপ ঠিক অইয়া আইছে ওয়ার্কশপ থাকি, কাল রড নিবো", ("vehicle_trouble", "self", None, True)),
    # a fever since a day or for days, with no verb
    ("ম্যানেজার সাহেব তিন দিন ধরে জ্বরে, দোকানে আসেন না", ("illness", "self", None, False)),
    # Sylheti's respectful past with its উ; stitches in the head in Sylhet's locative -ত
    ("বউ সিজারের টেবিলে মারা গেছুইন, বাচ্চা ভালা আছে", ("bereavement", "wife", None, False)),
    ("ভাতিজার মোটরসাইকেল এক্সিডেন্ট, মাথাত সেলাই দিছে", ("illness", "relative", None, False)),
])
def test_w77_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # Sylheti তুমরা ("you") folds to begin like টুমরো
    ("তুমরা কাল আইও, মাল রেডি", (None, None, None, False)),
    # a nurse (সিস্টার alone) is nobody's sister
    ("আব্বা হসপিটালে, সিস্টার কইছে রিপোর্ট ভালা", ("illness", "father", None, False)),
    # baby goods in Bengali letters stay goods; a friend's baby is a guest's present
    ("বেবি ফুড ২ কৌটা আর বেবি লোশন নিবে", (None, None, None, False)),
    ("বন্ধুর বেবি হইছে, গিফট সেট নিবে", (None, None, None, False)),
    # a price not coming down is no fever's; a repair still going on is not over
    ("দাম কমতেছে না, পরে জানামু", (None, None, None, False)),
    ("বাইক সারাই চলতেছে, কাল পাবে", ("vehicle_trouble", "self", None, False)),
    # stitches in a tailor's shop; a fever's medicine sold
    ("পাঞ্জাবির সেলাই খুলে গেছে, বদলাইতে আইবো", ("complaint", "self", None, False)),
])
def test_w77_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback, r.over) == expected
