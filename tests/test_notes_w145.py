"""The seventy-second round's second writer (w145): notes typed by voice (Google voice typing) for
a grocery in Rampura, a pharmacy in Narayanganj, a cloth shop in Jamalpur and an electronics shop
in Rangpur: no punctuation, misheard words, numbers and dates as spoken words.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w145.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w145_round`` were each read differently before the round; those of ``test_w145_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a day of the month as an English ordinal spoken: twenty and thirty with a unit's ordinal
    ("she will clear the due on twenty second call her that day", (None, None, date(2026, 11, 22))),
    ("last installment on thirty first remind him that morning", (None, None, date(2026, 12, 31))),
    # ... a teen's ordinal anywhere, a lone one after "on (the)"
    ("salary comes on the seventeenth remind her then for the dues", (None, None, date(2026, 12, 17))),
    ("he will take the fridge on the fifth call him that day okay", (None, None, date(2026, 12, 5))),
    # কুড়ি, twenty, before তারিখ as before any day's number in words
    ("কুড়ি তারিখে টাকা আসবে তখন বাকি দিবে ওই দিন ফোন দিয়ে মনে করাতে হবে", (None, None, date(2026, 11, 20))),
    # voice typing's ওকে (okay) between two sentences run together: the funeral words of the
    # customer's own family's death, an operation today and the call after it, each its own clause
    ("ওনার আব্বা মারা গেছেন গ্রামে ওকে জানাজায় গেছেন কয়দিন দোকানে আসবে না", ("bereavement", "father", None)),
    ("উনার চাচা মারা গেছেন ওকে জানাজায় গেছেন দুই দিন পর ফোন দিতে", ("bereavement", "relative", date(2026, 11, 21))),
    ("আম্মার পায়ের অপারেশন হইলো আজ ওকে বিকালে ফোন দিয়া জিজ্ঞেস করবো", ("illness", "mother", date(2026, 11, 19))),
])
def test_w145_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a count in spoken words, an ordinal that is no day, a tent, the score of goods
    ("twenty five kg rice and two litre oil delivered today", (None, None, None)),
    ("first time buyer wants a camping tent for the trip", (None, None, None)),
    ("will pay second installment soon he said no date fixed", (None, None, None)),
    ("on second thought she will take the red saree instead", (None, None, None)),
    ("আচ্ছা কুড়ি কেজি চাল আর দুই কেজি ডাল দিয়ে আসছি আজকে", (None, None, None)),
    # the 25th in digits, as before
    ("she will pay the rest on 25th call her that day", (None, None, date(2026, 11, 25))),
    # ওকে as "to him" opening the note; a neighbourhood elder's janaza, ওকে or not, is a busy call
    ("ওকে ফোন দিয়া বলো চাল আসছে", (None, None, None)),
    ("পাড়ার এক মুরুব্বি মারা গেছেন ওকে জানাজায় গেছেন পরে ফোন দিতে", ("busy", "self", None)),
    ("ওকে বলছি জানাজায় আছি পরে কথা বলবো", ("busy", "self", None)),
    ("আব্বার হার্টের অপারেশন হইছে গতকাল ওকে রাতে ফোন দিয়া খবর নিতে হবে", ("illness", "father", date(2026, 11, 19))),
])
def test_w145_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
