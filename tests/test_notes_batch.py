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
    texts = [f"{notes[i % len(notes)]} #{i}" for i in range(POOL_FROM + 200)]
    batch = NoteReader.build(EVENTS)
    prime(batch, texts, workers=2)
    single = NoteReader.build(EVENTS)
    day = date(2026, 11, 19)
    assert [batch.read(t, day) for t in texts] == [single.read(t, day) for t in texts]

