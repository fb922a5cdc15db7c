"""The shipped note reader with the built-in event kinds, built once for the notes tests."""
from __future__ import annotations

from datetime import date

from khatir.config import build_settings
from khatir.notes import NoteReader
from khatir.notes.understand import Reading

SETTINGS = build_settings({})
READER = NoteReader.build(SETTINGS.events)
CALLED = date(2026, 11, 19)  # a Thursday


def read(text: str, called: date = CALLED) -> Reading:
    return READER.read(text, called)
