"""Reading many notes at once gives exactly what reading them one by one gives.

A batch of thousands of new notes is split with a second (spawned) process; which process
read a note must not change a single reading.
"""
from __future__ import annotations

from datetime import date

import pytest

from benchmarks.notes_reference import corpus
from khatir.config import build_settings
from khatir.notes.batch import POOL_FROM, prime
from khatir.notes.understand import NoteReader

EVENTS = build_settings({}).events


@pytest.mark.slow
def test_a_large_batch_on_two_processes_reads_as_one_by_one():
    notes = [n["note"] for n in corpus()]
    texts = [f"{notes[i % len(notes)]} ({i})" for i in range(POOL_FROM + 200)]
    day = date(2026, 11, 19)
    batch = NoteReader.build(EVENTS)
    prime(batch, [(t, day) for t in texts], workers=2)
    read = len(batch.cache)
    single = NoteReader.build(EVENTS)
    assert [batch.read(t, day) for t in texts] == [single.read(t, day) for t in texts]
    assert len(batch.cache) == read  # every note was read in the batch, none again after it


def test_a_batch_reads_each_note_as_it_will_be_looked_up():
    """A note headed with its call's date, or a cell that logs several calls, is read in the
    batch without the date (and its last entry too), not once raw and again when looked up."""
    day = date(2026, 11, 19)
    cells = ["19/11: মেয়ের জ্বর, পরশু ফোন দিবো", "18/11: no answer // 19/11: kotha holo, order confirm",
             "Order #4471: 2 pcs confirm (01711-234567)"]
    batch = NoteReader.build(EVENTS)
    prime(batch, [(c, day) for c in cells])
    read = len(batch.cache)
    readings = [batch.read(c, day) for c in cells]
    assert len(batch.cache) == read
    assert [r.event for r in readings] == ["illness", None, None]

