"""The seventy-first notes round's second writer (w143): life changes that are not the label's
events (a move, a number changed, a trip abroad, a retirement) at a travel agency in Sylhet, a
phone shop in Bashundhara City, a ladies' tailor in Rajshahi and an appliance shop in Cumilla.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w143.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w143_round`` were each read differently before the round; those of ``test_w143_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # cannot talk now, in the dialect's honorific or progressive (away on a trip, a bare গেছেন)
    ("দুই সপ্তাহের লাগি ঢাকা গেছেন, এখন কথা কইতে পারবেন না", ("busy", "self", None)),
    ("apa sylhet gese, kotha koite partesen na, porshu call", ("busy", "self", date(2026, 11, 21))),
    # an old number or SIM given up no longer works: the customer's change, no complaint
    ("নতুন সিম নিছেন, পুরান নাম্বার আর চলে না, এইটাতে কল দিও", (None, None, None)),
    ("bhai number change korse, puran sim ta ar chole na", (None, None, None)),
    ("নাম্বার বদলাইছেন, পুরানোটা আর চলে না", (None, None, None)),
])
def test_w143_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # cannot talk in the first person or the plain form, as before
    ("ভাই কইলো এখন কথা কইতে পারতেছেন না, পরে দিমু", ("busy", "self", None)),
    ("কথা কইতে পারবো না কইলো, রাইতে দিমু", ("busy", "self", date(2026, 11, 19))),
    # goods that do not run are still a complaint, a new one's or an old one's
    ("নতুন ফ্রিজ চলে না, দুই দিনও হয় নাই", ("complaint", "self", None)),
    ("পুরান ফ্রিজ চলে না, নতুন নিবেন", ("complaint", "self", None)),
    ("ফ্যান চলে না, কাল মিস্ত্রি পাঠামু", ("complaint", "self", date(2026, 11, 20))),
])
def test_w143_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
