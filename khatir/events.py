"""The event a call note mentions, for rules that need only that (results, win-back).

A thin front to ``khatir.notes``, which reads notes fully (negation, look-alikes,
"over", who, the call-back day): ``detect`` gives the same event the follow-ups see.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from .config import EventKind
from .notes import NoteReader
from .notes.batch import prime
from .notes.understand import REFERENCE_DAY  # a cell of one call reads alike on any day



@dataclass(frozen=True)
class EventDetector:
    reader: NoteReader

    @classmethod
    def from_kinds(cls, kinds: tuple[EventKind, ...]) -> "EventDetector":
        return cls(NoteReader.build(kinds))

    def prime(self, notes: Iterable[tuple[str, date]]) -> None:
        """Read these notes (text, the call's date) now, all at once (on two processes when there
        are many)."""
        prime(self.reader, notes)

    def detect(self, note: str, called: date = REFERENCE_DAY) -> str | None:
        """The event kind ``note`` reports, or None for an ordinary note. ``called``: the call's
        date, when known, so that a cell logging several calls is read as the follow-ups read it
        (the dates heading its lines are set aside only on or before it)."""
        return self.reader.read(note, called).event
