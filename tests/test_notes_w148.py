"""The seventy-fourth notes round's first writer (w148): away, out or occupied, told only by where
the customer is or what they are doing (at the passport office, in a queue, a guest at a milad or a
wedding feast, on a launch or out at sea, a roof cast at the site, at court); a
wholesale grocery in Khatunganj, a pharmacy in Mohakhali, a furniture shop in Rajshahi, a mobile
shop in Cox's Bazar.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w148.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w148_round`` were each read differently before the round; those of ``test_w148_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # at the passport office or a visa centre, being there now
    ("উনি পাসপোর্ট অফিসে লাইনে আছেন, পরশু ফোন দিয়েন", ("busy", "self", date(2026, 11, 21))),
    ("cust at the passport office whole day, call Sunday", ("busy", "self", date(2026, 11, 22))),
    ("visa center e boshe ase, kal call dio", ("busy", "self", date(2026, 11, 20))),
    # standing in a long queue
    ("post office er samne lomba line e darano, bikale call", ("busy", "self", date(2026, 11, 19))),
    # a guest at a milad
    ("মামার বাসায় মিলাদে আছেন, কাল কথা হবে", ("busy", "self", date(2026, 11, 20))),
    # on a ferry or a speedboat, out at sea
    ("on the ferry to Bhola, call tomorrow", ("busy", "self", date(2026, 11, 20))),
    ("On the speedboat to Sonadia, call Saturday", ("busy", "self", date(2026, 11, 21))),
    ("সাগরে গেছেন মাছ ধরতে, তিন দিন পর ফোন", ("busy", "self", date(2026, 11, 22))),
    # a roof being cast at the site, in Banglish
    ("site e dhalai choltese, somobar call", ("busy", "self", date(2026, 11, 23))),
    # taking a child to college; at court for a hearing; phones not allowed in the hall
    ("উনি কলেজে দিতে গেছেন মেয়েরে, কাল ফোন", ("busy", "self", date(2026, 11, 20))),
    ("আদালতে হাজিরা দিতে গেছেন, কাল সকালে", ("busy", "self", date(2026, 11, 20))),
    ("পরীক্ষার হলে মোবাইল নেওয়া নিষেধ, রবিবার কথা হবে", ("busy", "self", date(2026, 11, 22))),
    # no time to draw breath before a day: from that day
    ("শনিবারের আগে দম ফেলার সময় নাই", ("busy", "self", date(2026, 11, 21))),
    # off work at an hour, a tiffin break: later today
    ("mill e shift cholteche, chuti 5 tay, tokhon call", ("busy", "self", date(2026, 11, 19))),
    ("production floor e, tiffin break e call dite bolse", ("busy", "self", date(2026, 11, 19))),
    # a guest back from a wedding feast is no celebration of the customer's own
    ("মামাতো ভাইয়ের বিয়েতে দাওয়াত খেয়ে আসছেন, ৫ কেজি চিনি নিবেন", (None, None, None)),
])
def test_w148_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the passport office's work done; goods sent by launch
    ("passport office er kaj sesh, ekhon free, chal nibe", (None, None, None)),
    ("maal launch e pathabo, bill 3200", (None, None, None)),
    # a roof cast and a milad held is the family's own news
    ("ছাদ ঢালাই শেষ, মিলাদ দিছে, দাওয়াত দিলো", ("celebration", "self", None)),
    # cotton (সুতি folds as ছুটি) counted, no hour
    ("সুতি ৬ টা থান নিবে", (None, None, None)),
    # going to a wedding as a guest; the family's own wedding with its guests to eat
    ("বিয়ের দাওয়াতে যাবেন, গিফট হিসেবে শাড়ি", (None, None, None)),
    ("ছোট ভাইয়ের বিয়ে শুক্রবার, দাওয়াত খেতে আসবেন সবাই", ("celebration", "brother", None)),
    # before a day for goods is a bound; a queue with anger is a complaint
    ("শুক্রবারের আগে মাল আসবে?", (None, None, None)),
    ("দোকানে ভিড়, লাইনে দাঁড়াইয়া রাগ কইরা গেছে", ("complaint", "self", None)),
])
def test_w148_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
