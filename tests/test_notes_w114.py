"""The fifty-seventh notes round's first writer (w114, round 57a): long, rambling notes of 40 to
120 words from an appliance shop in Feni, a fabric wholesaler in Islampur, a poultry medicine
shop in Gazipur and an interior firm in Dhaka: several topics, the event buried in the middle,
corrections ("actually", "ভুল বললাম"), several days and people.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w114.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w114_round`` were each read differently before the round; those of ``test_w114_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a finding told in the story ("turned out", "actually", দেখলাম) and then what the customer
    # still wants: a complaint all the same
    ("Customer said the blender jar leaks. I checked it, turned out the rubber ring was not fitted. "
     "He is still unhappy and wants a new jar.", ("complaint", "self", None)),
    ("সোহেল ভাই কইলো বিলে ২০০ টাকা বেশি ধরছি। হিসাব দেখলাম, আসলেই বেশি। উনি বিরক্ত, টাকা ফেরত চায়।",
     ("complaint", "self", None)),
    ("Karim bhai bolse iron gorom hoy na. Actually plug ta thik moto lagay nai. Tobu uni rag, bolse "
     "replacement chai.", ("complaint", "self", None)),
])
def test_w114_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the finding last, nothing wanted after it; the customer's own mistake or change of mind,
    # whatever follows it
    ("Customer said the fan makes noise, turned out the regulator at his home was loose. Fan is fine now.",
     (None, None, None)),
    ("customer nijei size bhul bolsilen, shirt exchange korbe, hashi mukhe", (None, None, None)),
    ("Apa bollen curtain er rong mile nai, pore mon bodlaise, oitai rakhbe, bolse notun ta o lagbe",
     (None, None, None)),
])
def test_w114_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
