"""Reading many notes at once, on a second process when there are enough to pay for it.

A run that reads a whole history (the Results tab, win-backs) or a large follow-up window
reads tens of thousands of distinct texts. ``prime`` reads the ones the reader has not
seen yet, as ``reader.read`` will look them up (without the stamps around them, for the
call's date), and keeps their readings in its cache, so the rules' own ``reader.read`` calls
that follow cost a dictionary look-up. A batch of at least ``POOL_FROM`` new texts is
split: spawned worker processes (the start method Windows has; the same on every system)
read the later parts while this process reads the first. Starting a worker costs about a
second (Python, Khatir and the model), which only pays for itself on thousands of notes.
Readings are a pure function of the text and the reader, so who read which part changes
nothing.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date
from typing import Iterable, Iterator

from .stamps import set_aside
from .understand import REFERENCE_DAY, NoteReader, Reading, understand_as_written

POOL_FROM = 5000  # new distinct texts in one batch before a second process is used
# About how many notes this process reads while a worker starts: it takes that many more.
STARTUP_NOTES = 3000


def prime(reader: NoteReader, notes: Iterable[tuple[str, date]], workers: int | None = None) -> None:
    """Read every note ``reader`` has not read yet, each (text, the call's date) as ``NoteReader.read``
    will look it up (without its stamps, and a logged cell's last entry too); ``workers``:
    processes (default: cores, max 2)."""
    new = list(dict.fromkeys(t for t in _as_read(notes) if t not in reader.cache))
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    if workers < 2 or len(new) < POOL_FROM:
        _read_here(reader, new)
        return
    own = min(len(new), (len(new) + STARTUP_NOTES * (workers - 1)) // workers)
    parts = _split(new[own:], workers - 1)
    if not parts:
        _read_here(reader, new)
        return
    plain = replace(reader, cache={})  # the worker gets the reader without what it has read
    try:
        with ProcessPoolExecutor(len(parts), mp_context=multiprocessing.get_context("spawn")) as pool:
            pending = [pool.submit(_read_part, plain, part) for part in parts]
            _read_here(reader, new[:own])
            for part, future in zip(parts, pending):
                reader.cache.update(zip(part, future.result()))
    except (BrokenProcessPool, OSError):
        pass  # no worker could start here (a locked-down machine): this process reads the rest
    _read_here(reader, [t for t in new if t not in reader.cache])


def _as_read(notes: Iterable[tuple[str, date]]) -> Iterator[str]:
    for text, called in notes:
        kept, latest = set_aside(text, called)
        yield kept
        if latest is not None:
            yield latest


def _read_here(reader: NoteReader, texts: list[str]) -> None:
    for text in texts:
        reader.cache[text] = understand_as_written(text, REFERENCE_DAY, reader)  # as ``NoteReader.read`` does


def _split(texts: list[str], n: int) -> list[list[str]]:
    size = -(-len(texts) // n)
    return [texts[i:i + size] for i in range(0, len(texts), size)]


def _read_part(reader: NoteReader, texts: list[str]) -> list[Reading]:
    """In a worker: the date-independent reading of each text (what ``NoteReader.read`` caches)."""
    return [understand_as_written(text, REFERENCE_DAY, reader) for text in texts]
