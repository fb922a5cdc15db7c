"""The sixty-third notes round's second writer (w127, round 63b): updates and aftermath (recovered,
discharged, stitches out, the chehlam coming, the bike back from the garage) at a pharmacy in
Khulna, a car and bike parts shop in Bangshal, a women's clothing shop in Sylhet and an
electronics shop in Barishal.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w127.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w127_round`` were each read differently before the round; those of ``test_w127_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # stitches out, a plaster, a dressing, an eye's patch or a cast taken off: the wound healed
    ("মেয়ের সেলাই কাটা হইছে, এখন স্কুলে যায়", ("illness", True, "daughter")),
    ("ছেলের হাতের প্লাস্টার খোলা হইছে গত সপ্তাহে", ("illness", True, "son")),
    ("আব্বার চোখের পট্টি খোলা হইছে, এখন পড়তে পারেন", ("illness", True, "father")),
    ("বোনের কাঁধের ব্যান্ডেজ খোলা হইছে, এখন কাজ করতে পারে", ("illness", True, "sister")),
    ("Her daughter's cast removed yesterday, walking fine", ("illness", True, "daughter")),
    # a family's rite after a death, with the order for its guests (and the Latin chehlam)
    ("ফুফুর চেহলাম সামনের মাসে, সাদা থান চাইছইন ১৫ পিস", ("bereavement", False, "relative")),
    ("chachar chehlam er jonno 20 ta chair bhara chaise", ("bereavement", False, "relative")),
    ("His mother's chehlam on Friday, wants 30 prayer mats", ("bereavement", False, "mother")),
    # a vehicle back from the garage; put right in the east's অইছে, in Latin letters
    ("মাইক্রো গ্যারেজ থেকে ফেরত পাইছে, ব্রেক ঠিক। বিল বাকি ১৫০০", ("vehicle_trouble", True, "self")),
    ("bhaier scooty thik oise, abar office e jay", ("vehicle_trouble", True, "brother")),
    # home from hospital in Sylheti; a wound healed through
    ("নানী হাসপাতাল থাকি বাড়িত ফিরছইন, ডাক্তার কইছইন চিন্তা নাই", ("illness", True, "relative")),
    ("চাচার পায়ের ক্ষত পুরা শুকাইছে, আর ড্রেসিং লাগবো না", ("illness", True, "relative")),
])
def test_w127_round(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who) == expected


@pytest.mark.parametrize("note, expected", [
    # stitches still to come out, a dressing bought, a tailor's stitching undone: as before
    ("আব্বার সেলাই কাটা হবে কাল", ("illness", False, "father")),
    ("ব্যান্ডেজ ২ বক্স আর গজ নিবে", (None, False, None)),
    ("কামিজের সেলাই খুলে গেছে, বদলাতে চায়", ("complaint", False, "self")),
    # a milad an anniversary also holds; a pot that "died"
    ("death anniversary milad, 100 packet tehari order", (None, False, None)),
    ("নিজের পাতিলটা মরে গেছে হাসতে হাসতে কইলো, ২টা নিবে", (None, False, None)),
    # a vehicle still in the garage; a patient not home yet
    ("গাড়ি গ্যারেজে, কাল ফেরত দিবে", ("vehicle_trouble", False, "self")),
    ("আম্মা এখনো হাসপাতালে, বাড়িত ফিরছইন না", ("illness", False, "mother")),
])
def test_w127_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who) == expected
