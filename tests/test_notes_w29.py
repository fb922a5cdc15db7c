"""The thirteenth notes round (w29): an old-Dhaka hardware counter, a Cumilla cloth shop's WhatsApp
agent, a pharma medical representative's shorthand and a Sylhet tea-garden grocery and bKash point.

The sentences are written for these tests in the writers' styles, not taken from the corpus
(tests/data/notes/dev_w29.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w29_round`` and ``test_w29_round_over`` were each read differently before the round; those
of ``test_w29_lookalikes`` fold like the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest

from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Sylheti: the respectful "মারা গেছইন" (folded, গেছইন is not গেছে), বেরাম (illness), malaria
    # in the tea gardens, TB found
    ("উনার কাকা মারা গেছইন, বাকির টাকা অখন চাইমু না", ("bereavement", "relative", None)),
    ("মাসির বেরাম, কাইল খবর নিমু", ("illness", "relative", date(2026, 11, 20))),
    ("জেঠার ম্যালেরিয়া, কাইল খবর নিমু", ("illness", "relative", date(2026, 11, 20))),
    ("Rina r jamai er malaria, 3 din baad call dibo", ("illness", "relative", date(2026, 11, 22))),
    ("টিবি ধরা পড়ছে উনার বাবার, সিলেট নিছে", ("illness", "father", None)),
    # বাইচ্চা, a child: after a name it is the named woman's child, not "X ভাই"
    ("মনিরার বাইচ্চার জ্বর, নাপা সিরাপ দিছি", ("illness", "child", None)),
    ("সুমির ছোট বাইচ্চা পানিত পড়ি হাসপাতালে", ("illness", "child", None)),
    # boini (a sister), উনার সাহেব (her husband); a sister's delivery in the dialect pairs as a wife's
    ("Sumon er boini r baccha hoise, mishti khawabe", ("newborn", "sister", None)),
    ("উনার সাহেবের ডায়ালাইসিস চলছে, শনিবার খবর নিমু", ("illness", "husband", date(2026, 11, 21))),
    ("জোসনার বইনের ডেলিভারি হইবো কাইল, হাসপাতালে", ("newborn", "sister", None)),
    # voice typing splits ডেলিভারি
    ("উনার বউ ডেলি ভারি রুমে, পরে কথা হবে", ("newborn", "wife", None)),
    # নিজে before calling or ordering says who will do it, not whose the event is
    ("উনার মায়ের অপারেশন হয়েছে গতকাল আপা নিজেই ফোন দিবেন শনিবার", ("illness", "mother", date(2026, 11, 21))),
    ("উনার ছেলের ডেঙ্গু হয়েছে তাই অর্ডার টা উনি নিজে কনফার্ম করবেন", ("illness", "son", None)),
    # call-back days: "N din baad" (baad folds like "bad" news), আইজকাই (today), দেবো after আবার,
    # "till Fri"; "call er dorkar nai" asks for no call
    ("Mamun bhai r mama mara gese, 5 din baad call dio bolse", ("bereavement", "relative", date(2026, 11, 24))),
    ("গেট ভাল্ব লিক করতাছে, আইজকাই ফোন দিমু", ("complaint", "self", date(2026, 11, 19))),
    ("কল ধরে নাই রাতে আবার দেবো", ("busy", "self", date(2026, 11, 19))),
    ("Dr. Kabir's mother admitted, dont call till Fri", ("illness", "mother", date(2026, 11, 20))),
    ("Dr. Shafiq bollo 7 din por new stock, call er dorkar nai", (None, None, None)),
    # ফোন folds apart from "phone": "ফোন অফ" is switched off
    ("মিনু আপার ফোন অফ, বাগানে পাতা তোলার সময়, পরশু আবার দিমু", ("busy", "self", date(2026, 11, 21))),
    ("Rumi apa r fon off, bagan e pata tula cholse, 2 din baad try", ("busy", "self", date(2026, 11, 21))),
    # a doctor's patient is not the customer; the doctor in OT, on rounds, is a busy call
    ("Dr. Mahbub's pt expired last night in CCU. detailed Rosuvastatin", (None, None, None)),
    ("Dr. Mahbub's pt died in the ICU, discussed Meropenem stock", (None, None, None)),
    ("Dr. Arif in OT till 3, call after 4 today", ("busy", "self", date(2026, 11, 19))),
    ("Dr. Hasan OT তে, পরশু আবার যাবো", ("busy", "self", date(2026, 11, 21))),
    ("Dr. Laila rounds e, kal sokale call dite bollo", ("busy", "self", date(2026, 11, 20))),
    ("Dr. Nabil conference e, Sunday call", ("busy", "self", date(2026, 11, 22))),
    # fake goods, a bike's chain come off, Sylheti "atki gese" on a broken road (no broken goods)
    ("ভেজাল মাল, কাইলকা কোম্পানির লোক লইয়া ফোন দিমু", ("complaint", "self", date(2026, 11, 20))),
    ("Mithu r cycle er chain fele dise, kail aibo", ("vehicle_trouble", "self", date(2026, 11, 20))),
    ("Dulal da r truck tila r bhanga rastay atki gese, porshu call", ("vehicle_trouble", "self", date(2026, 11, 21))),
    # a new branch; a new job with clothes to wear to the office (not a guest's outfit)
    ("Chemist Rubel opened 2nd branch in Uttara, sent flowers", ("celebration", "self", None)),
    ("আপার নতুন চাকরি হইছে অফিসে পরার জন্য ৩ টা থ্রি পিস চাইছেন", ("celebration", "self", None)),
    # a name folding like স্বামী (Shamim, a শামিয়ানা) is no husband
    ("Shamim bhai r jor, kal dokan bondho", ("illness", "self", None)),
    ("শামিয়ানা টানাইতে গিয়া উনার হাত কাটছে", ("illness", "self", None)),
    # a doctor's chamber or ward duty is a job, but down with fever or dengue positive is ill
    ("Dr. Selina down with flu, chamber closed, call Monday", ("illness", "self", date(2026, 11, 23))),
    ("Dr. Jamil er colleague Dr. Rupa dengue positive, ward e duty cover dicche", ("illness", "colleague", None)),
    # a hospital's store is where the doctor orders, nobody's illness
    ("Dr. Nipa order via hospital store now, 10 box", (None, None, None)),
])
def test_w29_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # Sylheti "ঠিক করি লাইছে" (fixed it)
    ("Dipu r bike er chain fele dise, thik kori lise", True),
])
def test_w29_round_over(note, over):
    assert read(note).over is over


@pytest.mark.parametrize("note, expected", [
    # a phone offer is no phone switched off
    ("ফোন অফার আছে? ২ টা নিবো", (None, None, None)),
    # the chamber's order stays an order
    ("Dr. Alam's chamber wants 10 boxes of masks, dengue test kit too", (None, None, None)),
    # float folds like flat (a flat tyre): a water tank's float switch is hardware
    ("৪ টা ফ্লোট সুইচ আর ২ টা গেট ভাল্ব ভ্যানে তুলে দিলাম", (None, None, None)),
    ("2 ta float switch r 1 ta flush valve, cash", (None, None, None)),
    # টিবি folds like টিভি (a TV)
    ("সিসি টিভি ধরা পড়ছে না রাইতে, নতুন ক্যামেরা চায়", (None, None, None)),
    # বাইচ্চা folds like বাইছা (picked out) and its start like ভাইসাব
    ("উনার জ্বর, ভালো টাইলস বাইছা নিছে", ("illness", "self", None)),
    ("ছোট ভাইসাব আইছইন, ২ বস্তা সিমেন্ট নিলেন", (None, None, None)),
    # "conference e" and "2nd branch" as places for goods
    ("conference er jonno 20 ta chair, Friday delivery", (None, None, None)),
    ("send 20 boxes to their 2nd branch at Mirpur", (None, None, None)),
    # a broken road does not hide broken goods
    ("bhanga rastay ashte giye 2 ta commode bhanga aise", ("complaint", "self", None)),
    ("ভাঙা রাস্তার জন্য ভ্যান আসে নাই, মাল কাইল যাইবো", (None, None, None)),
    # a guest's outfit stays a guest's; her sahib's panjabi is an order
    ("বান্ধবীর বিয়েতে পরার জন্য শাড়ি নিলেন", (None, None, None)),
    ("উনার সাহেবের জন্য পাঞ্জাবি নিলেন", (None, None, None)),
    # ডেলি বাড়ি (home daily) folds like ডেলি ভারি
    ("ডেলি বাড়ি থেকে আসে, ২ টা বালতি নিলো", (None, None, None)),
    # a pharmacy's "pt" is its customer (w27): no doctor named, still theirs
    ("pt er sugar high, insulin start korse", ("illness", "self", None)),
    ("pt ekhon OT te, kal call dibo", ("illness", "self", date(2026, 11, 20))),
    # "bad khobor" is still news, not "baad" (after)
    ("Shuvo bhai bad khobor dilo, pore call", ("busy", "self", None)),
    # a samity and the name Samir are no husband
    ("Samity r jonno 50 ta chair, samir bhai r order", (None, None, None)),
])
def test_w29_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
