"""The thirty-first notes round's second writer (w63, round 31b): time of day and other calendars,
in a grocery and attar shop beside a mosque in Old Dhaka, a sweets and curd shop in Bogura, a
Hindu-owned puja goods and brass shop in Shankhari Bazar, a Christian-owned bakery in Barishal.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w63.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w63_round`` were each read differently before the round; those of ``test_w63_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read

TODAY = date(2026, 11, 19)


@pytest.mark.parametrize("note, expected", [
    # a time of day alone, the next contact: later today (zuhr, ya-phala, বেলা, lunch, the lamp, arati)
    ("Zuhr er por abar call dibe, attar er dam janbe", (None, None, TODAY)),
    ("sondhyay ekbar phone dibo, 2 haari doi lagbe", (None, None, TODAY)),
    ("বিকালবেলা ফোন দিয়া দাম জানামু", (None, None, TODAY)),
    ("lunch er por phone dibe, 5 kg mishti", (None, None, TODAY)),
    ("সন্ধ্যা দেওয়ার পর ফোন করবেন, ধূপকাঠি লাগবে", (None, None, TODAY)),
    ("আরতির পর এসে ঘণ্টা নিয়ে যাবেন", (None, None, TODAY)),
    ("rate 8 tar age phone dibe, thikana bolbe", (None, None, TODAY)),
    ("মিষ্টি নিতে rate e ashben", (None, None, TODAY)),
    ("after 6 call দিতে বললেন", ("busy", "self", TODAY)),
    # Dhakaiya আইসা before what they will do: a visit to come
    ("মাগরিবের পর আইসা ৩ শিশি আতর নিবেন", (None, None, TODAY)),
    ("বিকালে আইসা দুই হাঁড়ি দই নিবো কইছে", (None, None, TODAY)),
    ("সন্ধ্যায় আইসা খেজুর দেইখা পছন্দ করবো", (None, None, TODAY)),
    # the day before the one named; an apology to come; the goods brought to the shop
    ("২৪ তারিখে দোকানে আসবেন, আগের দিন ফোন দিয়ে মনে করাতে হবে", (None, None, date(2026, 11, 23))),
    ("ডেলিভারির লোক খারাপ ব্যবহার করছে, কাল সকালে মালিক নিজে মাফ চাইবো", ("complaint", "self", date(2026, 11, 20))),
    ("ফাটা হাঁড়ি বিকালে দোকানে আনবো কইলো", ("complaint", "self", TODAY)),
    # the goods taken yesterday: কাল is past
    ("দই মাত্র কাল নিছে, আবার ফোন দিবে", (None, None, None)),
    ("kal nise doi, abar phone dibe", (None, None, None)),
    # sweets that cannot be eaten
    ("রসমালাই টক, খাওয়া যায় না কইলো", ("complaint", "self", None)),
    # at choir practice
    ("Choir practice e ache, kal call korbo", ("busy", "self", date(2026, 11, 20))),
    # rites of other faiths: the sacred thread, baptism, first communion
    ("ছেলের উপনয়ন সামনের মাসে, পিতলের থালা নিবেন", ("celebration", "son", None)),
    ("মেয়ের baptism রবিবার, ৩ পাউন্ড কেক", ("celebration", "daughter", None)),
    ("Son's first communion next Sunday, wants a cake with his name", ("celebration", "son", None)),
    # a child come into her lap
    ("স্ত্রীর কোলে মেয়ে আইছে, ১০ কেজি মিষ্টি", ("newborn", "wife", None)),
    # the yearly shraddha: a death long past
    ("মায়ের বাৎসরিক শ্রাদ্ধ, মা গত হয়েছেন ৩ বছর আগে", (None, None, None)),
])
def test_w63_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # goods for a shrine room or a church; a child carried; the sacred thread sold; arati's plates
    ("ঠাকুরঘরের জন্য নতুন ঘট আর প্রদীপ নিলেন", (None, None, None)),
    ("church er jonno 5 kg cake, Sunday delivery", (None, None, None)),
    ("church e niye jabe 4 box sandesh, kal call dibo", (None, None, date(2026, 11, 20))),
    ("মেয়েকে কোলে নিয়ে দোকানে আসছিলেন, পূজার জিনিস নিলেন", (None, None, None)),
    ("পৈতা ১০টা আর পঞ্চপ্রদীপ নিলেন", (None, None, None)),
    ("আরতির থালা ৫টা নিলেন", (None, None, None)),
    ("lunch er jonno 20 ta samosa", (None, None, None)),
    # a shraddha soon after a death stays a bereavement
    ("বাবার শ্রাদ্ধ বৃহস্পতিবার, উনি গত সপ্তাহে মারা গেছেন", ("bereavement", "father", None)),
    # the goods to be taken tomorrow; days, not an hour; someone who cannot eat is ill
    ("কাল নিবে ১০ কেজি দই, ফোন দিয়া কনফার্ম করবে", (None, None, date(2026, 11, 20))),
    ("after 7 days call dibe", ("busy", "self", date(2026, 11, 26))),
    ("বাবা কিছু খাইতে পারেন না, হাসপাতালে ভর্তি", ("illness", "father", None)),
    # having come and gone, not a visit to come
    ("ese sob niye gese kal", (None, None, None)),
    ("আইসা টাকা দিয়া গেছে কাল", (None, None, None)),
    ("নামাজে আছেন, মাগরিবের পর ফোন দিবো", ("busy", "self", TODAY)),
])
def test_w63_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
