"""The forty-sixth notes round's first writer (w92): pregnancy, birth and babies, as a baby-products
shop in Mirpur, a maternity clothing page in Narayanganj, a sweets shop in Bogura and a photo
studio in Barishal write them; look-alikes that are no newborn (a parcel's delivery, a 'new born'
range, workers' labour).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w92.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w92_round`` were each read differently before the round; those of ``test_w92_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the first grandchild in a son's or a daughter's home, প্রথম between ঘরে and নাতি
    ("ছেলের ঘরে প্রথম নাতি, পুরা পাড়ায় জিলাপি বিলাবেন", ("newborn", "son", None)),
    ("meyer ghore prothom natni, 15 kg chomchom order, bikele delivery", ("newborn", "daughter", None)),
    ("মেয়ের ঘরে first grandchild, ফটোশুটের কথা পরে", ("newborn", "daughter", None)),
    # her waters broken: a birth begun, not a clinic's illness
    ("বউয়ের পানি ভাঙছে, হাসপাতালে নিছে, পরে কথা হবে", ("newborn", "wife", None)),
    ("bou er pani bhangse, clinic e nicche", ("newborn", "wife", None)),
    ("His wife's water broke at 3am, they are at the clinic", ("newborn", "wife", None)),
    # a best friend in one word
    ("bestfriend er meye hoise, baby set gift dibe", ("newborn", "friend", None)),
    # held up at work: busy, no vehicle stuck
    ("বললেন শনিবার পর্যন্ত কাজে আটকা, রবিবার ফোন দিতে", ("busy", "self", date(2026, 11, 22))),
    ("kaje atka achi bollo, kal call dio", ("busy", "self", date(2026, 11, 20))),
    # a print or a photo come out blurred
    ("অ্যালবামের প্রিন্ট ঝাপসা, নতুন করে চায়", ("complaint", "self", None)),
    ("baby shoot er print jhapsa, abar print chay", ("complaint", "self", None)),
    # সন্তানসম্ভবা with a complication: the wife's illness, no child in it
    ("স্ত্রী সন্তানসম্ভবা, bleeding হইছে, হাসপাতালে", ("illness", "wife", None)),
])
def test_w92_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a grandchild born in a home, as before; a daughter's pregnancy with no complication
    ("meyer ghore nati hoise, mishti nibe", ("newborn", "daughter", None)),
    ("স্ত্রী সন্তানসম্ভবা, ম্যাটারনিটি গাউন ২টা নিবেন", ("newborn", "wife", None)),
    # water in a pipe or a tank broken is no birth
    ("পানির ট্যাংক ভাঙছে, নতুন লাগবে", (None, None, None)),
    ("পানির বোতল ভাঙা আসছে, ফেরত দিবে", ("complaint", "self", None)),
    # stuck on the road or in a jam stays as it was
    ("গাড়ি রাস্তায় আটকা, কাল আসবেন", ("vehicle_trouble", "self", date(2026, 11, 20))),
    ("jam e atka chilo, tai deri", (None, None, None)),
    # blurred eyes are no print; a friend named as before
    ("চোখে ঝাপসা দেখেন, চশমার ফ্রেম নিবেন", (None, None, None)),
    ("bondhur baby hoise kal rate, pore kotha hobe", ("newborn", "friend", None)),
    # a 'new born' range and a courier's delivery are not births
    ("new born collection er dam jante chaise", (None, None, None)),
    # wading through flood water ("পানি ভাইঙ্গা", w89) is no waters broken
    ("কাস্টমার নিজেই জ্বরে কাবু, বন্যার পানি ভাইঙ্গা বাসায় আসছে", ("illness", "self", None)),
])
def test_w92_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected

