"""The sixty-seventh notes round's first writer (w134): everyday notes from a motorcycle parts shop
in Bogura, an online clothing page in Khulna, a grocery in Sylhet and an optician in Dhanmondi.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w134.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w134_round`` were each read differently before the round; those of ``test_w134_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # Sylheti "no time to talk" (মাতা, to talk), in Bengali script and in Banglish
    ("অখন মাতার টাইম নাই, কাইল ফোন দিও", ("busy", "self", date(2026, 11, 20))),
    ("matar time nai, porshu phone dibo bolse", ("busy", "self", date(2026, 11, 21))),
    # away, in Sylheti আছইন (they are), as "বাইরে আছেন"
    ("শহরর বাইরে আছইন, তিন দিন বাদে ফিরবা", ("busy", "self", date(2026, 11, 22))),
    # a motorcycle shop's customer dropping the bike off or picking it up on a day
    ("Will pick up bike on Sunday, bill 2800", (None, None, date(2026, 11, 22))),
    ("Customer will drop the bike on Saturday morning", (None, None, date(2026, 11, 21))),
])
def test_w134_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # no time to talk with its day gone vague; মাতা in other words; away in standard speech
    ("দোকানো মাতার সময় নাই, পরে খবর নিমু", ("busy", "self", None)),
    ("মাতার কথা কইছইন, বাজার লাগবো", (None, None, None)),
    ("বাইরে আছেন, কাল ফোন দিতে বলছে", ("busy", "self", date(2026, 11, 20))),
    ("বাড়ির বাইরে আছইন, রবিবার ফোন দিতাম", ("busy", "self", date(2026, 11, 22))),
    # a rider picking up parcels; a bike part bought; "drop" that is no bike dropped off
    ("Rider will pick up the parcels tomorrow", (None, None, None)),
    ("bike er chain kinbe, kal ashbe", (None, None, date(2026, 11, 20))),
    ("drop er por bike thik ache", (None, None, None)),
])
def test_w134_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
