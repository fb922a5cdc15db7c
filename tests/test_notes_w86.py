"""The forty-third notes round's first writer (w86): complaints in plain words and their
look-alikes, from a grocery home-delivery service, a furniture maker, a tailoring and fabric shop
and an electronics repair shop.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w86.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w86_round`` were each read differently before the round; those of ``test_w86_lookalikes``
share the round's new words or constructions and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # goods short in count or weight: a quantity said, ordered or billed, then a smaller one of the
    # same measure that came or was counted or weighed (a dozen is twelve pieces)
    ("৩ কেজি আলু বলে দিছি, মেপে দেখে ২ কেজি ৬০০ গ্রাম", ("complaint", "self", None)),
    ("12 ta plate order korsilo, box e 10 ta paise", ("complaint", "self", None)),
    ("৪ প্যাকেট বিস্কুট দিলো ৩ প্যাকেট, দাম নিছে ৪ এর", ("complaint", "self", None)),
    ("5 gaj kapor bolse, apa mapa dekhe 4 gaj", ("complaint", "self", None)),
    ("2 dozen dim order, gune dekhe 20 ta. kal abar phone dibo", ("complaint", "self", date(2026, 11, 20))),
    ("courier e 7 ta item chilo, cst 6 ta paise", ("complaint", "self", None)),
    ("২০ কেজি আটার বস্তা বলে দিছি, দোকানের পাল্লায় মাপে ১৮ কেজি", ("complaint", "self", None)),
    # a bill higher than agreed: a sum billed or taken above a sum agreed or quoted
    ("বিল করছে ৩৫০০, কথা ছিল ৩০০০ টাকা", ("complaint", "self", None)),
    ("bill e 850 lekha, bolsilam 700 hobe. kal dokane ashbe", ("complaint", "self", date(2026, 11, 20))),
    ("Invoice says 4500 but we quoted 4000 for the sofa polish.", ("complaint", "self", None)),
    ("১২০০ টাকার কথা বলে ১৫০০ নিছে মিস্ত্রি", ("complaint", "self", None)),
])
def test_w86_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the rest to go on a day told ahead: the shop's own delivery in parts
    ("10 ta chair order dise, aj 6 ta gese, baki 4 ta kal jabe", (None, None, None)),
    # a smaller quantity in stock, not one that came; as many or more than ordered
    ("৫ কেজি চাল চাইছিল, স্টকে ৩ কেজি আছে বলছি", (None, None, None)),
    ("12 ta cup chaise, stock e 8 ta ache bolsi", (None, None, None)),
    ("6 ta shirt order dise, 6 ta gese", (None, None, None)),
    ("3 ta table order korse, 5 ta gese onno branch e", (None, None, None)),
    # a three-piece dress is no count of pieces; a camera ("came" folds like it) is no arrival
    ("4ta same color 3pc lagbe, 10 tarikh e final", (None, None, date(2026, 12, 10))),
    ("2 ta camera 1 ta video bolse, 6 ghonta", (None, None, None)),
    # two goods, each its own count
    ("5 kg chal nise, 2 kg dal nise", (None, None, None)),
    # a smaller sum asked for (a discount request), the bill as agreed, an advance far below the bill
    ("bill 1200, apa 1000 e dite bollo", (None, None, None)),
    ("bill 2500, kotha chilo 2500 i", (None, None, None)),
    ("বিল ৫০০০, কথা ছিল ২০০০ অগ্রিম, দিছে", (None, None, None)),
    ("kotha chilo 3 din por dibo, bill 1500", (None, None, date(2026, 11, 22))),
])
def test_w86_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
