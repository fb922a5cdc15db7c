"""The seventy-seventh notes round's second writer (w155, round 77b): call logs from a pharmacy
chain's call desk, an online electronics call desk, a clothing page's call desk and a loan
agent's office, one line per attempt with its time, initials and codes (NA, SO, RNR, VM, CB ...).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w155.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w155_round`` were each read differently before the round; those of ``test_w155_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # an attempt's logged hour, then its outcome: no call-back today
    ("10:20 NA; 3pm talked - wants 2 panjabi, dlvr sat e", (None, None, None)),
    ("9.15am talked - order 3 ta lawn three-piece", (None, None, None)),
    # the customer's fifth order, not the 5th of a month
    ("talked - 5th order from her, gave 5% off", (None, None, None)),
    # a retry in the evening: later today
    ("NA x2. retry eve", ("busy", "self", date(2026, 11, 19))),
])
def test_w155_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # an hour with no attempt logged at it is still today's
    ("CB 5pm", ("busy", "self", date(2026, 11, 19))),
    ("call at 3pm", ("busy", "self", date(2026, 11, 19))),
    ("3pm talk korbe, tokhon call dibo", (None, None, date(2026, 11, 19))),
    # a day of the month stays one
    ("order 5 tarikh e dibo", (None, None, None)),
    ("25th e delivery, tokhon call dio", (None, None, date(2026, 11, 25))),
    ("try eve", ("busy", "self", date(2026, 11, 19))),
    # a funeral after the midday prayer is still a death
    ("বাদ জোহর জানাজা, চাচা মারা গেছেন", ("bereavement", "relative", None)),
    # a phone that was picked up; a mosque's congregation buying caps; good behaviour praised
    ("ফোন ধরলেন, ২টা থ্রিপিস নিবেন", (None, None, None)),
    ("masjid er jamat er jonno 20 ta tupi order", (None, None, None)),
    ("আপনাদের লোক ভালো ব্যবহার করে, খুশি", (None, None, None)),
    ("bhalo byabohar er jonno dhonnobad dise, 2 ta saree nibe", (None, None, None)),
])
def test_w155_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
