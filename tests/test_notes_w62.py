"""The thirty-first notes round's first writer (w62, round 31a): ultra-terse notes of one to six
words from a mobile-recharge and bKash/Nagad agent, a pharmacy, a motorcycle parts shop and a
school-uniform shop; private shorthand and codes (NR, SO, cb, fvr, surg, 2mr), slashes, dashes,
arrows and tildes instead of sentences.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w62.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w62_round`` were each read differently before the round; those of ``test_w62_lookalikes``
share the round's new words or marks and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a call centre's code before a spaced slash, dash or arrow; the evening cut to "eve"
    ("SO / cb eve", ("busy", "self", date(2026, 11, 19))),
    ("SO - sat", ("busy", "self", date(2026, 11, 21))),
    ("NA -> tue", ("busy", "self", date(2026, 11, 24))),
    # a short day as a clause of its own, or in Bengali script beside a try
    ("ব্যস্ত -> বুধ", ("busy", "self", date(2026, 11, 25))),
    ("busy, sun", ("busy", "self", date(2026, 11, 22))),
    ("মিটিং এ / শুক্র try", ("busy", "self", date(2026, 11, 20))),
    # the evening alone; later today after a tilde
    ("cant talk, eve", ("busy", "self", date(2026, 11, 19))),
    ("driving~ ltr today", ("busy", "self", date(2026, 11, 19))),
    # 2mr (tomorrow), nmz (namaz)
    ("nmz e, cb 2mr", ("busy", "self", date(2026, 11, 20))),
    ("ammur pressure high / cb 2mr", ("illness", "mother", date(2026, 11, 20))),
    # a brother's and a daughter's news, cut short
    ("bro married 🎉", ("celebration", "brother", None)),
    ("d's engagement nxt fri", ("celebration", "daughter", None)),
    # fvr, surg., post-op; the days straight after a call back
    ("son fvr / cb 3d", ("illness", "son", date(2026, 11, 22))),
    ("dad surg. -> cb in 3 days", ("illness", "father", date(2026, 11, 22))),
    ("mom post-op, bandage lagbe", ("illness", "mother", None)),
    # the shop to inform them on a day
    ("stock out - inform tmrw", (None, None, date(2026, 11, 20))),
])
def test_w62_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # codes, arrows and tildes elsewhere: a repeat count, a size changed, an agent signing off
    ("SO x2", ("busy", "self", None)),
    ("size M → L, same colour", (None, None, None)),
    ("order 5 pcs ~Mitu", (None, None, None)),
    # a short day that is no call's: a count, a delivery's day; মন (mind) folded like "mon"
    ("5 pcs, sat", (None, None, None)),
    ("order 5 pcs -> sat delivery", (None, None, None)),
    ("mon kharap, kotha bolbe na", ("busy", "self", None)),
    # today as how today is; "bro" as a way of address; "d" and "post" that are no one's
    ("aj sw off", ("busy", "self", None)),
    ("bro, order ready?", (None, None, None)),
    ("d block e delivery", (None, None, None)),
    ("post office theke parcel nibe", (None, None, None)),
    # a prayer's time as before; a call back told of as past
    ("namaz e, call after magrib", ("busy", "self", date(2026, 11, 19))),
    ("call back 3 days ago chilo", ("busy", "self", None)),
])
def test_w62_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
