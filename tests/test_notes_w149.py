"""The seventy-fourth notes round's second writer (w149): product faults told as facts, with no
complaint word, next to their look-alikes, at an appliance shop in Narayanganj, a seed and
pesticide shop in Jessore, a car parts shop in Dholaikhal and a Facebook clothing page in Sylhet.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w149.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w149_round`` were each read differently before the round; those of ``test_w149_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a colour gone, in Sylhet's and the spoken forms of "gone up" (উঠি, uithe)
    ("saree rong uithe gese 2 din e, chobi dise", ("complaint", "self", None)),
    ("apu bolse panjabir rong uthi gelo", ("complaint", "self", None)),
    # the first wash, with the emphatic -ই: already at it
    ("ek dhuar porei kameez er rong onno rokom", ("complaint", "self", None)),
    ("প্রথম ধোয়াতেই ওড়নার রং পাশের জামায় লেগে গেছে", ("complaint", "self", None)),
])
def test_w149_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # care advice for the first wash; a colour promised not to run
    ("প্রথম ধোয়ায় একটু রং ছাড়তে পারে, আলাদা ধুবেন বলছি", (None, None, None)),
    ("rong uthe na, garanti dilam", (None, None, None)),
    # a colour that did come up, told with the spoken "gone" of something else
    ("বোরকার রং উঠি গেছে", ("complaint", "self", None)),
])
def test_w149_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
