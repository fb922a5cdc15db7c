"""The nineteenth notes round's second writer (w39, round 19b): a Tangail handloom saree weaver
selling to retailers and brides, a Godkhali (Jashore) flower wholesaler, a Cox's Bazar dried-fish
and seafood seller shipping to Dhaka families, a Mymensingh fish-feed and aquaculture medicine
dealer.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w39.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w39_round`` and ``test_w39_over`` were each read differently before the round; those of
``test_w39_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import CALLED, read


@pytest.mark.parametrize("note, expected", [
    # a return wanted in the English word in Bengali script; goods come wet in the dialects
    ("নীল জামদানিটা রিটার্ন চাইছে, পাড় পছন্দ হয় নাই", ("complaint", "self", None)),
    ("চিংড়ি শুটকির প্যাকেট ভিজা আসছে, ২ কেজি", ("complaint", "self", None)),
    # a parcel the courier lost; goods given short, in the past perfect
    ("courier e parcel harai gese, cust 2 bar phone dise", ("complaint", "self", None)),
    ("রজনীগন্ধা কম দিছিল ৫০টা, আইজকা পাঠামু", ("complaint", "self", None)),
    # feed the fish will not eat, feed full of dust
    ("পুকুরে নতুন ফিড দিছে, মাছ খায় না", ("complaint", "self", None)),
    ("feed e dhula beshi bolse, 3 bosta", ("complaint", "self", None)),
    # back from Hajj in the dialects' কইরা
    ("ওনার আম্মা হজ্জ কইরা আসছেন, ১০ কেজি শুটকি নিবেন", ("celebration", "mother", None)),
    # at urgent work now: a busy call
    ("জরুরি কাজে আছেন, রাতে আবার ফোন দিমু", ("busy", "self", CALLED)),
    ("joruri kaje ase, kal call dio", ("busy", "self", date(2026, 11, 20))),
    # Mymensingh পুলা (a son), ঝি with its "r" apart (a daughter); চিকনগুনিয়া as often spelt
    ("পুলার জ্বর, হাসপাতালে নিছে", ("illness", "son", None)),
    ("poula r pa bhangse khelte giya", ("illness", "son", None)),
    ("zhi r jor, dokan e ashte parbe na", ("illness", "daughter", None)),
    ("আব্বার চিকনগুনিয়া হইছে, এবার অর্ডার কম", ("illness", "father", None)),
    # Wednesday without its বার; around evening today
    ("বুধে ফোন দিয়েন, রেনুর দাম তখন জানামু", (None, None, date(2026, 11, 25))),
    ("আইজ সন্ধ্যার দিকে আবার কল দিমু, গোলাপের দাম নিয়া", (None, None, CALLED)),
    # details and a photo to come, in the first person and the dialects
    ("aerator er dam jante chaise, kal details dimu", (None, None, date(2026, 11, 20))),
    ("শাড়ির পাড়ে দাগ, পরশু ছবি পাঠাইবো", ("complaint", "self", date(2026, 11, 21))),
    # the dialects' "won't come": not that day
    ("পিকআপ রাস্তায় নষ্ট, মাল কাইল আইবো না", ("vehicle_trouble", "self", None)),
    # goods brought back at the shop, or sent back by courier, on a day
    ("থ্রিপিসের ওড়না ছেঁড়া, বুধবার দোকানে ফেরত দিবো বলল", ("complaint", "self", date(2026, 11, 25))),
    ("2 din por courier e ferot pathabe, rong uthe gese", ("complaint", "self", date(2026, 11, 21))),
    # a decorator's work is his trade
    ("Roses for the wedding stage he decorates, confirm tmrw", (None, None, date(2026, 11, 20))),
    ("ডেকোরেটর ভাই বিয়ার স্টেজের লাইগা ৫০০ গোলাপ নিবো, শুক্রবার দিমু", (None, None, None)),
    # a clause that only denies a complaint does not outweigh the customer's own birthday
    ("ওনার জন্মদিন আজকে, নিজের লাইগা তাঁতের শাড়ি নিলো। কোনো অভিযোগ নাই", ("celebration", "self", None)),
])
def test_w39_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # fine, and yet angry; a solution asked for: not over
    ("delivery late hoisilo, kintu mal thik ase. tobuo khub rag korse", False),
    ("মেয়াদ শেষ ফিড দিছে, সমাধান চাইবো বলছে", False),
    # a lost parcel the courier found: over
    ("পার্সেল হারাইছিল, কুরিয়ার খুঁজে দিছে", True),
])
def test_w39_over(note, over):
    r = read(note)
    assert (r.event, r.over) == ("complaint", over)


@pytest.mark.parametrize("note, expected", [
    # tomorrow around evening stays tomorrow
    ("কাল সন্ধ্যার দিকে ফোন দিবো", ("busy", "self", date(2026, 11, 20))),
    ("কাল বিকালের দিকে আসবে", ("busy", "self", date(2026, 11, 20))),
    # "won't come today, tomorrow instead": the day they come
    ("আইজ আইবো না, কাল দোকানে আইবো", (None, None, date(2026, 11, 20))),
    # a zip's puller is no son; Pulao rice is no son either
    ("চেইনের পুলার ভাঙা আসছে, ১০ পিস", (None, None, None)),
    ("polao er chal 10 kg", (None, None, None)),
    # a return gift is no return; goods needed urgently are no busy call
    ("রিটার্ন গিফটের জন্য ২০টা গামছা", (None, None, None)),
    ("জরুরি কাজে লাগবে, ২০ বস্তা ফিড কাল দিতে হবে", (None, None, None)),
    ("urgent kaje lagbe 5 bosta", (None, None, None)),
    # fine, and yet more wanted: no complaint
    ("ful thik ase, tobuo ar 50 ta lagbe", (None, None, None)),
    # a family's own wedding decorated stays theirs
    ("মেয়ের বিয়ের decoration এর জন্য ১০০ গোলাপ", ("celebration", "daughter", None)),
    # feed asked for that the fish will eat, fish eating well, a dusty road: no complaint
    ("মাছ খায় না এমন ফিড দিবেন না, আগের টাই দিয়েন", (None, None, None)),
    ("মাছ ভালো খাইতেছে, ফিড নিয়া কোনো সমস্যা নাই", (None, None, None)),
    ("ধুলা বেশি রাস্তায়, ডেলিভারি বিকালে", (None, None, None)),
    # a wedding arranged beside "no problem" stays the daughter's; a nap beside it stays a busy call
    ("উনার মেয়ের বিয়া ঠিক হইছে, কোনো সমস্যা নাই কইলো", ("celebration", "daughter", None)),
    ("দুপুরে ঘুমাইতেছিল, কোনো সমস্যা নাই বলল", ("busy", "self", CALLED)),
    # money sent short is no goods short
    ("বিকাশে ২০০ টাকা কম দিছিল, বাকিটা কাল দিবে", (None, None, None)),
])
def test_w39_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
