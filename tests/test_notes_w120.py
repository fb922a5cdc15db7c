"""The sixtieth notes round's first writer (w120, round 60a): customers with disabilities, chronic
conditions and communication needs at a pharmacy in Rajshahi, an electronics shop in Khulna, an
online grocery in Dhaka and a tailor in Sylhet.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w120.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w120_round`` were each read differently before the round; those of ``test_w120_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # an engagement in its Bengali word (বাগদান), as এনগেজমেন্ট
    ("মেয়ের বাগদান হয়ে গেল, মিষ্টি নিয়ে আসছিলেন", ("celebration", "daughter", None)),
    ("ছোট ভাইয়ের বাগদান, এই সপ্তাহ ব্যস্ত", ("celebration", "brother", None)),
    ("bon er bagdan hoilo, 3ta blouse silai", ("celebration", "sister", None)),
    # a fit in English, a hospital named in its initials after it
    ("Son had a seizure, now in RMCH ward 5.", ("illness", "son", None)),
    ("his wife had a seizure, now in RMCH ward 2", ("illness", "wife", None)),
    ("Brother had a seizure at work, now in DMCH ward 8.", ("illness", "brother", None)),
    # ... and one broken off is neither a celebration nor a thing broken (ভেঙে, a complaint's word)
    ("বাগদান ভেঙে গেছে, ব্লাউজ আর লাগবে না", (None, None, None)),
])
def test_w120_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # an engagement called off is no celebration (as "engagement batil"); a gift for a friend's
    # engagement is the friend's business, as before
    ("bagdan batil hoise, order cancel", (None, None, None)),
    ("বাগদানের গিফট চাইলেন, বন্ধুর জন্য", (None, None, None)),
    # goods seized are no fit; a fit in Bengali, read as before
    ("customs e maal seize hoise, delivery late hobe", (None, None, None)),
    ("ছেলের খিঁচুনি হইছে কাল রাতে, মেডিকেলে", ("illness", "son", None)),
    # the English word, read as before
    ("ভাইয়ের এনগেজমেন্ট, খুশির খবর", ("celebration", "brother", None)),
])
def test_w120_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
