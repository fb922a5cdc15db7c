"""How fast call notes are understood: 50,000 distinct notes, on one process and on two.

    python -m benchmarks.bench_notes_speed            # 50,000 notes
    python -m benchmarks.bench_notes_speed 20000      # another number

The notes are the corpus notes (tests/data/notes/*.jsonl, Bengali, Banglish, English and
mixed) over and over, each with a serial number appended so that every text is distinct
and nothing comes from a cache. Each measurement runs in a fresh Python process, as a
daily run does, and goes through ``khatir.notes.batch.prime``, the batch entry point the
daily run's rules call: first on one process, then with a spawned worker (the start method
Windows has; its start-up, Khatir's import and the reader's pickling are included). Both
must give the same readings. CPU time is the measuring process's own, and the worker's
where the system reports it; wall time is what a person waits. Building the reader (loading the model,
compiling the patterns) is done before the clock starts and reported on its own.
The issue's target: 50,000 notes in under 2 s on 2 cores.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from datetime import date

from benchmarks.notes_reference import as_dict, corpus
from khatir.config import build_settings
from khatir.notes.batch import prime
from khatir.notes.understand import NoteReader

_DAY = date(2026, 11, 19)  # the call's date of every note read


def distinct_texts(total: int) -> list[str]:
    notes = [n["note"] for n in corpus()]
    return [f"{notes[i % len(notes)]} ({i})" for i in range(total)]


def measure(total: int, workers: int) -> dict:
    """In this (fresh) process: build the reader, then read ``total`` distinct notes."""
    texts = distinct_texts(total)
    start = time.perf_counter()
    reader = NoteReader.build(build_settings({}).events)
    build = time.perf_counter() - start
    wall, cpu = time.perf_counter(), time.process_time()
    prime(reader, [(t, _DAY) for t in texts], workers=workers)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    workers_cpu = _children_cpu()
    readings = json.dumps([as_dict(reader.read(t, _DAY)) for t in texts], sort_keys=True)
    return {"build": build, "wall": wall, "cpu": cpu, "workers_cpu": workers_cpu,
            "readings": hashlib.sha256(readings.encode("utf-8")).hexdigest()}


def _children_cpu() -> float | None:
    """CPU seconds of this process's finished workers (where the system tells: not Windows)."""
    try:
        import resource
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def in_fresh_process(total: int, workers: int) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_notes_speed", "--measure",
                          str(total), str(workers)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> int:
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(int(sys.argv[2]), int(sys.argv[3]))))
        return 0
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    load = getattr(os, "getloadavg", lambda: (0.0,))()[0]
    print(f"{total:,} distinct notes; os.cpu_count()={os.cpu_count()}, load average {load:.1f} at the start")
    one = in_fresh_process(total, 1)
    print(f"1 process:   {one['wall']:.2f} s wall, {one['cpu']:.2f} s CPU, "
          f"{1000 * one['cpu'] / total:.3f} ms CPU a note (building the reader: {one['build']:.2f} s)")
    two = in_fresh_process(total, 2)
    workers = "" if two["workers_cpu"] is None else f", {two['workers_cpu']:.2f} s in the worker"
    print(f"2 processes: {two['wall']:.2f} s wall, worker start-up included "
          f"({two['cpu']:.2f} s CPU in the first process{workers})")
    assert one["readings"] == two["readings"], "one and two processes read some notes differently"
    return 0


if __name__ == "__main__":
    sys.exit(main())
