"""How fast call notes are understood: 50,000 distinct notes, on one process and on two.

    python -m benchmarks.bench_notes_speed            # 50,000 notes
    python -m benchmarks.bench_notes_speed 20000      # another number

The notes are the corpus notes (tests/data/notes/*.jsonl, Bengali, Banglish, English and
mixed) over and over, each with a serial number appended so that every text is distinct
and nothing is read from the reader's cache. Both runs go through
``khatir.notes.batch.prime``, the batch entry point the daily run's rules call: first on
one process, then with a spawned worker (the start method Windows has; its start-up,
Khatir's import and the reader's pickling are included). Both must give the same readings.
CPU time is this process's (a worker's CPU is not counted in it); wall time is what a
person waits. The issue's target: 50,000 notes in under 2 s on 2 cores.
"""
from __future__ import annotations

import os
import sys
import time

from benchmarks.notes_reference import corpus
from khatir.config import build_settings
from khatir.notes.batch import prime
from khatir.notes.match import word_starts
from khatir.notes.normalise import fold
from khatir.notes.understand import NoteReader


def distinct_texts(total: int) -> list[str]:
    notes = [n["note"] for n in corpus()]
    return [f"{notes[i % len(notes)]} #{i}" for i in range(total)]


def timed(texts: list[str], workers: int) -> tuple[float, float, dict]:
    """(wall seconds, CPU seconds of this process, the readings) for a fresh reader."""
    fold.cache_clear()  # the other run's texts: folded again, as on a first run
    word_starts.cache_clear()
    reader = NoteReader.build(build_settings({}).events)
    wall, cpu = time.perf_counter(), time.process_time()
    prime(reader, texts, workers=workers)
    return time.perf_counter() - wall, time.process_time() - cpu, reader.cache


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    texts = distinct_texts(total)
    build = time.perf_counter()
    NoteReader.build(build_settings({}).events)
    build = time.perf_counter() - build
    load = getattr(os, "getloadavg", lambda: (0.0,))()[0]
    print(f"{total:,} distinct notes; os.cpu_count()={os.cpu_count()}, load average {load:.1f}; "
          f"building the reader (model, patterns) took {build:.2f} s, not counted below.")
    wall1, cpu1, one = timed(texts, 1)
    print(f"1 process:   {wall1:.2f} s wall, {cpu1:.2f} s CPU, {1000 * cpu1 / total:.3f} ms CPU a note")
    wall2, cpu2, two = timed(texts, 2)
    print(f"2 processes: {wall2:.2f} s wall (worker start-up included), {cpu2:.2f} s CPU in this process")
    assert one == two, "one and two processes read some note differently"
    return 0


if __name__ == "__main__":
    sys.exit(main())
