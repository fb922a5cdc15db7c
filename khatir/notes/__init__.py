"""Understanding what staff wrote after a call: event, over, who, callback, and the story.

``understand.NoteReader`` reads one note; ``story.stories`` puts a customer's notes
together; ``reader_for`` builds the run's reader once (the shipped model plus the
shop's own labelled notes) and keeps it with the run's data.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .understand import NoteReader, Reading

if TYPE_CHECKING:
    from ..config import Settings
    from ..records import SheetData

__all__ = ["NoteReader", "Reading", "reader_for"]


def reader_for(data: "SheetData", settings: "Settings") -> NoteReader:
    """The run's note reader, built on first use and shared by every section."""
    reader = data.derived.get("note_reader")
    if reader is None:
        examples = [(n.note, n.event) for n in data.call_notes if n.event]
        reader = NoteReader.build(settings.events, examples=examples)
        data.derived["note_reader"] = reader
    return reader
