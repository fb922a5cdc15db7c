"""The sixty-eighth notes round's second writer (w137, round 68b): career and business news at a
corporate gift supplier in Motijheel, a tailor in Chattogram, a cosmetics shop in Rajshahi and a
furniture shop in Gazipur; a new job, a posting, a shop opened, a job lost.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w137.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w137_round`` were each read differently before the round; those of ``test_w137_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a job lost is no death ("lost his" folds like "lost his father")
    ("Factory shut, he lost his job. Wants to split the 5,000 tk due", (None, None, None)),
    ("She lost her job in July, says she will pay the rest of the due soon", (None, None, None)),
    # ... nor a job got ("চাকরি হ" is one got)
    ("ভাইয়ের চাকরি হারাইছে, তাই অর্ডার কমাইছে", (None, None, None)),
    ("chakri haraise, ekhon cash e dite parbe na", (None, None, None)),
    # a job got in its letter, a posting got, a post given
    ("meyer joining letter aisha gese, 2ta salwar banabe", ("celebration", "daughter", None)),
    ("Son got his appointment letter, wants 2 panjabi", ("celebration", "son", None)),
    ("বাবার অবসরের পর ছেলের নিয়োগপত্র পেয়েছে", ("celebration", "son", None)),
    ("দুবাইতে পোস্টিং পাইছে, দুইটা ব্লেজার লাগবে", ("celebration", "self", None)),
    ("Posted as AGM to the Sylhet office, wants 4 shirts by Friday", ("celebration", "self", None)),
    # a restaurant or a shop of their own opened
    ("Brother opened a restaurant in Uttara, wants 12 chairs", ("celebration", "brother", None)),
    ("Her husband opened a shop at New Market, ordered a signboard gift", ("celebration", "husband", None)),
])
def test_w137_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a death told in the same words, a job got, as before
    ("He lost his father last night, janaza after Asr", ("bereavement", "father", None)),
    ("ভাইয়ের চাকরি হইছে ব্যাংকে", ("celebration", "brother", None)),
    ("chakri hoise, mishti dibe", ("celebration", "self", None)),
    # a letter or a posting that is no job got; a parcel posted; a shop opened at its hour
    ("Letter pad 500 pcs order, logo same", (None, None, None)),
    ("Parcel posted by courier today, tracking sent", (None, None, None)),
    ("Our shop opened at 10 today, she took the dressing table", (None, None, None)),
])
def test_w137_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
