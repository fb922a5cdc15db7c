"""The sixty-first notes round's second writer (w123, round 61b): speech of the west (Khulna,
Jessore, Kushtia, Rajshahi); a saree shop in Khulna, a sweets shop in Jessore, a fabric shop in
Kushtia, a mango trader in Rajshahi.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w123.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w123_round`` were each read differently before the round; those of ``test_w123_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Rajshahi বিটি, a daughter
    ("বিটির ঘরে নাতনি হইছে, মিষ্টি নিবে", ("newborn", "daughter", None)),
    ("biti r typhoid, kal khobor nibo", ("illness", "daughter", date(2026, 11, 20))),
    # Khulna's future in -নে, "will come", as a visit on a day
    ("উনার ছেলের নতুন চাকরি, রবিবার শাড়ি দেখতি আসপেনে", ("celebration", "son", date(2026, 11, 22))),
    ("ভ্যান রাস্তায় নষ্ট হইছে, কাল আসপেনে কইছে", ("vehicle_trouble", "self", date(2026, 11, 20))),
    ("meyer biye, shonibar saree dekhte aspene", ("celebration", "daughter", date(2026, 11, 21))),
])
def test_w123_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


# the west's -এ and -্যা past participles: healed, put right (read as still going before the round)
@pytest.mark.parametrize("note, over", [
    ("আব্বার জ্বর আছিলো, এখন সাইরে গেছে", True),
    ("মায়ের কাশি আছিল, সার্যা গেছে", True),
    ("নসিমনের ইঞ্জিন বসে গেছিল, ঠিক হইয়ে গেছে", True),
    ("ভ্যানের চাকা পাংচার ছিল, ঠিক হয়্যা গেছে", True),
])
def test_w123_over_west(note, over):
    assert read(note).over is over


@pytest.mark.parametrize("note, expected", [
    # beet salt is no daughter
    ("বিট লবণ ২ প্যাকেট নিল", (None, None, None)),
    # goods that will come are nobody's visit
    ("কাল মাল আসপেনে, তখন দিব", (None, None, None)),
    # a saree sent, sugar by the seer: no recovery
    ("শাড়ি গেছে কাল, কুরিয়ারে", (None, None, None)),
    ("চিনি সেরে ৮০ টাকা, ৫ সের নিল", (None, None, None)),
    # a sister's son born stays a relative's, as before; the standard আসবে as before
    ("বোনের ছেলে হলো আজ ভোরে", ("newborn", "relative", None)),
    ("ছেলের promotion হইছে, রবিবার শাড়ি দেখতে আসবে", ("celebration", "son", date(2026, 11, 22))),
])
def test_w123_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
