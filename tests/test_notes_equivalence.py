"""Every corpus note still reads exactly as recorded in tests/data/notes/readings.json.

The file was written by benchmarks/notes_reference.py; a change made for speed must leave
every event, person, call-back day and evidence word as it was. A change meant to alter
readings regenerates the file, and its diff shows which notes now read differently.
"""
from __future__ import annotations

import json
import pytest

from benchmarks.notes_reference import REFERENCE, corpus, readings


@pytest.fixture(scope="module")
def recorded() -> dict[str, dict]:
    return json.loads(REFERENCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def now() -> dict[str, dict]:
    return readings(corpus())


@pytest.mark.slow
def test_every_corpus_note_is_recorded(recorded, now):
    assert sorted(now) == sorted(recorded)


@pytest.mark.parametrize("part", ["folded", "reading", "other_day"])
@pytest.mark.slow
def test_corpus_notes_read_as_recorded(recorded, now, part):
    changed = {k: (recorded[k][part], now[k][part]) for k in recorded if recorded[k][part] != now[k][part]}
    assert not changed, f"{len(changed)} notes read differently, e.g. {list(changed.items())[:3]}"
