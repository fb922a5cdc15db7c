"""The forty-ninth notes round's second writer (w99, round 49b): formal call-centre English and its
Bengali equivalent, at a credit-card sales desk in Gulshan, an internet provider's care centre in
Dhanmondi, a car dealer's after-sales desk in Tejgaon and a private hospital's corporate desk in
Chattogram.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w99.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w99_round`` were each read differently before the round; those of ``test_w99_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a complaint in a call centre's formal nouns and verbs
    ("Customer expressed dissatisfaction regarding the annual fee; kindly call back on Monday.",
     ("complaint", "self", date(2026, 11, 23))),
    ("গ্রাহক বিল সংক্রান্ত বিষয়ে অসন্তোষ প্রকাশ করেছেন; আগামীকাল ফোন করা হবে।",
     ("complaint", "self", date(2026, 11, 20))),
    ("Subscriber had objected to the reconnection charge; ticket raised, update tomorrow.",
     ("complaint", "self", date(2026, 11, 20))),
    ("Client regretted that the pre-authorisation was delayed; the undersigned will revert on Monday.",
     ("complaint", "self", date(2026, 11, 23))),
    # sadhu পিতা after the formal customer; the customer's ভাই
    ("গ্রাহকের পিতা গতকাল ইন্তেকাল করেছেন; সমবেদনা জানানো হয়েছে।", ("bereavement", "father", None)),
    ("গ্রাহকের ভাই মোটরসাইকেল দুর্ঘটনায় আহত; শনিবার যোগাযোগ করা হবে।",
     ("illness", "brother", date(2026, 11, 21))),
    # his spouse, her spouse
    ("Customer informed that his spouse has been hospitalised; requested a call on Monday.",
     ("illness", "wife", date(2026, 11, 23))),
    ("Client informed that her spouse is admitted with dengue.", ("illness", "husband", None)),
    # a birth expected, formally
    ("Customer informed that his wife is expected to deliver next week.", ("newborn", "wife", None)),
    # a hospital desk's procedures
    ("Client informed that his mother is scheduled for an angiogram on Sunday.", ("illness", "mother", None)),
    ("ক্লায়েন্টের ছেলের অ্যাপেন্ডিসাইটিস ধরা পড়েছে; কেবিন বুকিং দরকার।", ("illness", "son", None)),
    # could not speak, formally
    ("Customer could not speak as he was at the bank; requested a call on Tuesday.",
     ("busy", "self", date(2026, 11, 24))),
    # formal Bengali's "has requested" a contact on a day
    ("গ্রাহক মিটিংয়ে ছিলেন; মঙ্গলবার যোগাযোগের অনুরোধ করেছেন।", ("busy", "self", date(2026, 11, 24))),
    ("গ্রাহক অভিযোগ করেছেন যে স্টেটমেন্ট আসেনি; ২৫ তারিখে পুনরায় খোঁজ নেওয়ার অনুরোধ করেছেন।",
     ("complaint", "self", date(2026, 11, 25))),
    # a technician let in, a late father: no complaint
    ("His son will be home on Saturday to receive the technician; call him before the visit.",
     (None, None, date(2026, 11, 21))),
    ("Customer's late father was the nominee; nominee change requested.", (None, None, None)),
])
def test_w99_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # no dissatisfaction; a complaint about a late delivery is still one
    ("Customer expressed no dissatisfaction; card activated.", (None, None, None)),
    ("Delivery was late and the customer is upset; refund requested.", ("complaint", "self", None)),
    # a technician sent for a fault is still a complaint
    ("Internet down since morning, technician will visit on Saturday.",
     ("complaint", "self", date(2026, 11, 21))),
    # a courier that delivers; a pregnancy read as before
    ("Courier is expected to deliver the parcel tomorrow.", (None, None, None)),
    ("Customer's wife is pregnant, due date next month.", ("newborn", "wife", None)),
    # a cake (পিঠা) for the customer, a spouse visa: no relation, no event
    ("গ্রাহকের পিঠা অর্ডার ৫০ পিস, শুক্রবার ডেলিভারি।", (None, None, None)),
    ("Customer asked about spouse visa documents for Canada.", (None, None, None)),
    # a brother named as before; could talk, an order
    ("গ্রাহকের ভাইয়ের বিয়ে; অভিনন্দন জানানো হয়েছে।", ("celebration", "brother", None)),
    ("Customer could speak only briefly; will pay the due on Monday.", (None, None, date(2026, 11, 23))),
    # a request with no contact word, or of a day gone, is no call-back
    ("গ্রাহক শনিবার শাখায় আসার অনুরোধ করেছেন।", (None, None, None)),
])
def test_w99_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
