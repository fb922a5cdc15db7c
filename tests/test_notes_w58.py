"""The twenty-ninth notes round's first writer (w58, round 29): a homeopathy and herbal-medicine
shop, a hearing-aid and physiotherapy-equipment seller, a wheelchair, hospital-bed and
oxygen-cylinder rental, an elderly-care and adult-diaper products shop; Bengali-script heavy, a third
of the notes long or in formal (সাধু) Bengali.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w58.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w58_round``, ``test_w58_days`` and ``test_w58_over`` were each read differently before the
round; those of ``test_w58_lookalikes`` share the round's new words or fold like them and must stay
as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the conditions of the old and the ill, named
    ("তাঁহার শ্বশুর দীর্ঘদিন যাবৎ ডিমেনশিয়ায় ভুগিতেছেন", ("illness", "relative", None)),
    ("abbur alzheimer barse, raate ghumay na", ("illness", "father", None)),
    ("উনি পাইলসের সমস্যায় কষ্ট পাইতেছেন", ("illness", "self", None)),
    ("চাচার পায়ে গ্যাংগ্রিন ধরিয়াছে", ("illness", "relative", None)),
    ("Wife has tinnitus, ringing in both ears all night", ("illness", "wife", None)),
    ("আম্মার ডায়াবেটিক নিউরোপ্যাথি, পায়ে ঝিনঝিন করে", ("illness", "mother", None)),
    ("bouer frozen shoulder, physio chole ekhon", ("illness", "wife", None)),
    ("ছোট ছেলের ligament ছিঁড়ে গেছে খেলতে গিয়া", ("illness", "son", None)),
    ("স্বামীর ডিস্ক প্রল্যাপস ধরা পড়িয়াছে", ("illness", "husband", None)),
    ("খালুর কানে ইনফেকশন, হিয়ারিং এইড পরিতে পারিতেছেন না", ("illness", "relative", None)),
    ("দাদার নি রিপ্লেসমেন্ট হইছে, ওয়াকার লাগবে", ("illness", "relative", None)),
    ("mamar hat pa jole, raate ghum hoy na", ("illness", "relative", None)),
    ("বাচ্চাটির কক্লিয়ার ইমপ্লান্ট হইয়াছে", ("illness", "child", None)),
    ("meye ke niye therapy cholche, aro 2 mash", ("illness", "daughter", None)),
    # a birth in formal words; a son's wife is a relative, not the son
    ("তাঁহার কন্যার ঘরে পুত্রসন্তান জন্মগ্রহণ করিয়াছে", ("newborn", "daughter", None)),
    ("পুত্রবধূর যমজ কন্যাসন্তান হইয়াছে", ("newborn", "relative", None)),
    ("পুত্রবধূর জ্বর, ঔষধ লইলেন", ("illness", "relative", None)),
    # could not talk, in sadhu bhasha
    ("বহুবার চেষ্টা করিয়াও সংযোগ পাওয়া যায় নাই", ("busy", "self", None)),
    ("বর্তমানে কথা বলিবার অবস্থায় নাই বলিলেন", ("busy", "self", None)),
    # sadhu মাতা and পিতা after a customer named with respect
    ("জনাব করিম সাহেবের পিতা গতকাল ইন্তেকাল করিয়াছেন", ("bereavement", "father", None)),
    ("তাঁহার মাতা হাসপাতালে ভর্তি আছেন", ("illness", "mother", None)),
    # "as a daughter" is no daughter born
    ("বাবার stroke এর পর মেয়ে হিসেবে উনিই সব দেখাশোনা করেন", ("illness", "father", None)),
])
def test_w58_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # মন ("mind") is no Monday: the call is on the day named (called on Thursday 19 November)
    ("এখন কথা বলার মন নাই, মঙ্গলবার দিয়েন", ("busy", "self", "2026-11-24")),
    # in a meeting, told past in sadhu
    ("তিনি জরুরি সভায় ছিলেন, রবিবার কথা বলিবেন", ("busy", "self", "2026-11-22")),
    # coming to the shop in sadhu (আসিয়া, এসে)
    ("শুক্রবার দোকানে আসিয়া সিরাপ লইয়া যাইবেন, প্যাকেট করিয়া রাখিতে বলিলেন", (None, None, "2026-11-20")),
    # a birth expected tonight (হইবার কথা) is no talk tonight
    ("বৌমার ডেলিভারি আজ রাতে হইবার কথা, ক্লিনিকে ভর্তি", ("newborn", "relative", None)),
])
def test_w58_days(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback.isoformat() if r.callback else None) == expected


@pytest.mark.parametrize("note, expected", [
    # no fever since a day: over
    ("মেয়ের জ্বর পরশু থেকে নাই", ("illness", "daughter", True)),
    ("chheler jor nai gotokal theke", ("illness", "son", True)),
])
def test_w58_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # a head (মাথা) folds like sadhu মাতা; a dialect son (পুতর) is still a son
    ("উনার মাথা ব্যথা, প্রেসারও বেশি", ("illness", "self", None)),
    ("আপুর husband er bike accident, ওনার মাথায় সেলাই লাগছে", ("illness", "husband", None)),
    ("পুতর গায়ো জ্বর, তিন দিন ধরি", ("illness", "son", None)),
    # Monday by its short name next to a call, and a coming visit, as before
    ("try again mon", ("busy", "self", "2026-11-23")),
    ("সোমবার দোকানে এসে ওয়াকার নিয়ে যাবেন", (None, None, "2026-11-23")),
    # goods, not a condition
    ("piles of boxes arrived, all ok", (None, None, None)),
    ("বাসাটির ঠিকানা দিলেন, হুইলচেয়ার পাঠাইতে হইবে", (None, None, None)),
])
def test_w58_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback.isoformat() if r.callback else None) == expected
