"""The thirty-ninth notes round's first writer (w78, round 39a): a Gulshan gourmet deli, a Banani
interior and curtain studio, an online kids' toy store, a Motijheel corporate gifting firm; mostly
English, its idioms, euphemisms and indirect wording ("under the weather", "snowed under", "tying
the knot", "raised a concern", "back on his feet").

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w78.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w78_round`` were each read differently before the round; those of ``test_w78_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # English's polite words for being ill, no illness named
    ("Mr. Haque a bit under the weather, call Sunday", ("illness", False, "self", date(2026, 11, 22))),
    ("customer er ammu not keeping well, order hold rakhte bollo", ("illness", False, "mother", None)),
    # marrying in idiom
    ("clnt er chele tying the knot next month, puro flat er porda change korbe",
     ("celebration", False, "son", None)),
    # a corporate client's polite complaint; billed too much
    ("Client raised a concern about the crest engraving, will revert tomorrow",
     ("complaint", False, "self", date(2026, 11, 20))),
    ("Overbilling on the last invoice, client wants a revised one", ("complaint", False, "self", None)),
    # too much work to talk
    ("Client snowed under with audit, ping Monday", ("busy", False, "self", date(2026, 11, 23))),
    ("Sir swamped this week, asked to call Saturday", ("busy", False, "self", date(2026, 11, 21))),
    # a car's engine or a ride that "died" is no one's death
    ("Said his ride died near Mohakhali, can't come today", ("vehicle_trouble", False, "self", None)),
    # up again, back from the mechanic: over
    ("Her son was laid up with flu, back on his feet now", ("illness", True, "son", None)),
    ("Husband's car is back from the mechanic, he'll pick up the rug himself",
     ("vehicle_trouble", True, "husband", None)),
])
def test_w78_round(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the weather that delays a van; a knot in a curtain's tie-back; an order raised
    ("Delivery delayed by the weather, client fine with Monday", (None, False, None, None)),
    ("Macrame knot tie-backs for 4 windows, wants a quote", (None, False, None, None)),
    ("Raised the order to 50 pcs, invoice tomorrow", (None, False, None, None)),
    ("He is not keeping the blue set, wants it swapped", (None, False, None, None)),
    # a person who died is still a death; a pump's engine that died is no one's event (w70)
    ("Client's father died last night, janaza after Asr", ("bereavement", False, "father", None)),
    ("Water pump engine died at the site, no order this week", (None, False, None, None)),
    # a car in the workshop now, a fever not better: not over
    ("Husband's car broke down on the highway, in the workshop now",
     ("vehicle_trouble", False, "husband", None)),
    ("Her brother had a bad fever, still not better", ("illness", False, "brother", None)),
    # an escalation that is a complaint already
    ("Manager escalated the late delivery of 40 hampers, client upset", ("complaint", False, "self", None)),
])
def test_w78_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected
