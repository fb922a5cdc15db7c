"""The thirtieth notes round's second writer (w61, round 30b): a village bazar's cattle-medicine and
veterinary pharmacy, a poultry-feed and day-old-chick dealer, a fish-hatchery and pond-medicine
supplier, a seed, fertiliser and pesticide shop; Bengali-script heavy, a third in a shared sheet's
habits.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w61.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w61_round`` were each read differently before the round; those of ``test_w61_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # adulterated feed named, the hens off it
    ("ভেজাল ফিড, মুরগি খাচ্ছে না, কাল সকালে দেখতে যাবো", ("complaint", "self", None)),
    # an opening in Banglish, a shed's or a godown's
    ("onar notun godown er udbodhon, milad hobe", ("celebration", "self", None)),
    ("shed er udbodhon kal, doa porano hobe", ("celebration", "self", None)),
    # Chatgaiya's ন before the verb: the phone not picked up
    ("২০/১১: ফোন ন ধরে", ("busy", "self", date(2026, 11, 20))),
    # no time till a day, in the future ("সময় হবে না", as "সময় নাই")
    ("মঙ্গলবার ছাড়া সময় হবে না বলল", ("busy", "self", date(2026, 11, 24))),
    ("বুধবারের আগে সময় হবে না, জানাইছে", ("busy", "self", date(2026, 11, 25))),
    # poison swallowed, a weed-killer or a pesticide by mistake
    ("ছেলেকে নিয়ে মেডিকেলে, ভুল করে বিষ খাইছে", ("illness", "son", None)),
    ("উনার বাবা ঘাস মারা বিষ খেয়েছে ভুলে, মেডিকেলে", ("illness", "father", None)),
    ("chacha bhul kore bish kheyeche, medical e", ("illness", "relative", None)),
    # a poultry dealer's chicks ("chick" folds like "sick") are no person's illness
    ("chick gula durbol, feed khay na", (None, None, None)),
    ("chick gula sick hoye gese, vitamin lagbe", (None, None, None)),
    ("delivery late, chick gula durbol hoye gese, rag korse", ("complaint", "self", None)),
    # fish dying in Chatgaiya's মরি (folded like an MRI)
    ("পুকুরে মাছ মরি ভাসে, চুন দিতে কইলাম", (None, None, None)),
    ("ঘেরের মাছ মরি ভাসের, অক্সিজেন ট্যাবলেট নিবো", (None, None, None)),
])
def test_w61_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # adulterated feed or fertiliser read as before; a pesticide swallowed, as before
    ("সারে ভেজাল, ধান বাড়ে না। কাল লোক পাঠাবো", ("complaint", "self", None)),
    ("ফিডে ভেজাল আছে বলল, হাঁস খায় না", ("complaint", "self", None)),
    ("মেয়ে ভুলে কীটনাশক খাইছে, হাসপাতালে নিছে", ("illness", "daughter", None)),
    # a person's own sickness ("sick", as "chick" folds); an MRI; an opening in Bengali script
    ("customer nije sick, kal call dibo", ("illness", "self", date(2026, 11, 20))),
    ("আব্বার MRI করাইছে, রিপোর্ট কাল", ("illness", "father", None)),
    ("নতুন দোকান উদ্বোধন, মিষ্টি দিবে", ("celebration", "self", None)),
    ("ফোন ন ধরের, পরে আবার দিমু", ("busy", "self", None)),
    # a phone that does pick up; fish feed ordered
    ("ফোন ধরছে, ২০ বস্তা ফিড নিবে", (None, None, None)),
    ("মাছের খাবার ১০ বস্তা অর্ডার", (None, None, None)),
    # a cow that swallowed poison is the farmer's business; rat poison sold is no one's
    ("গরু বিষ খাইছে, ডাক্তার পাঠাইলাম", (None, None, None)),
    ("ইঁদুর মারার বিষ ২ প্যাকেট নিল", (None, None, None)),
])
def test_w61_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
