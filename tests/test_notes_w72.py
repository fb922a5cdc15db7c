"""The thirty-sixth notes round's first writer (w72, round 36a): hedges, hearsay and uncertainty
in the notes of a cosmetics shop in Khulna, a kitchenware shop in Comilla, a bicycle and rickshaw
parts shop in Rangpur and a dry-fish and spice wholesaler in Chattogram.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w72.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w72_round`` were each read differently before the round; those of ``test_w72_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a call-back day and "and nothing else" closing the note: a busy call
    ("শনিবার ফোন দিতে কইছে, আর কিছু না", ("busy", "self", date(2026, 11, 21))),
    # a beauty parlour of their own opened, as a shop
    ("আপার নতুন পার্লার খুলছেন, ফেসিয়াল কিট নিবেন", ("celebration", "self", None)),
    ("apa parlour khulse, 10ta hair dryer lagbe", ("celebration", "self", None)),
    # a hoarse voice is no broken goods
    ("গলা ভাঙা শুনলাম, বলল ঠান্ডা না, খেলায় চিল্লাইছে। বালতি ২টা নিবে", (None, None, None)),
    # spices coloured with dye are adulterated
    ("হলুদে রং মিশাইছে কইতেছে, কাল লোক পাঠামু", ("complaint", "self", None)),
    # whether someone is well now, asked, with no news
    ("meye ki ekhon sustho? jigaisi, uttor dilo na", (None, None, None)),
    ("শাশুড়ি কি এখন সুস্থ? জিগাইলাম, কিছু কয় নাই", (None, None, None)),
    # hearsay's naki inside a clause (so they say) is no question
    ("bou naki pore gese, komor e byatha. kal call dibo", ("illness", "wife", date(2026, 11, 20))),
])
def test_w72_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the day asked for with goods ordered is no busy call; "nothing else" after an illness
    ("সোমবারে কল দিতে কইছে, আর কিছু না, ২ কার্টন সাবান নিবে", (None, None, date(2026, 11, 23))),
    ("jor ase, ar kichu na", ("illness", "self", None)),
    # a parlour's goods ordered are no opening
    ("beauty parlour er jonno 12ta mirror nibe", (None, None, None)),
    # broken goods, a paint's colour mixing, colour peeling, spices ordered
    ("গ্লাস ভাঙা আসছে, বদলায়ে দিব", ("complaint", "self", None)),
    ("রং মেশানো মেশিন কিনবে", (None, None, None)),
    ("হাতলের রং উঠে গেছে", ("complaint", "self", None)),
    ("মরিচের গুঁড়া ১০ কেজি, হলুদ ৫ কেজি পাঠাবো কাল", (None, None, None)),
    # well again, said and not asked; a question about a hospital stay
    ("মেয়ে এখন সুস্থ, স্কুলে যাচ্ছে", ("illness", "daughter", None)),
    ("abba sustho hoye gese, kal call dibo", ("illness", "father", date(2026, 11, 20))),
    ("abba ki ekhon hospital e? kal khobor nibo", ("illness", "father", date(2026, 11, 20))),
    # naki ending a clause is still a question; hearsay of a death stays one
    ("kal dokane asbe naki dekhi", (None, None, None)),
    ("replace dibo naki jigaise", (None, None, None)),
    ("আপার মা নাকি মারা গেছেন গত সপ্তাহে", ("bereavement", "mother", None)),
])
def test_w72_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
