"""Understanding what staff wrote after a call: event, over, who, callback, and the story.

``understand.NoteReader`` reads one note; ``story.stories`` puts a customer's notes
together; ``reader_for`` builds a run's reader (the shipped model plus the shop's own
labelled notes; a run builds it once, ``khatir.plan.facts.RunFacts``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .understand import NoteReader, Reading

if TYPE_CHECKING:
    from ..config import Settings
    from ..sheet.records import CallNote, SheetData

__all__ = ["NoteReader", "Reading", "labelled_examples", "reader_for"]


def reader_for(data: "SheetData", settings: "Settings") -> NoteReader:
    """The note reader for a run: the shipped model and this sheet's labelled notes."""
    return NoteReader.build(settings.events, examples=labelled_examples(data.call_notes))


def labelled_examples(notes: Iterable["CallNote"]) -> list[tuple[str, str]]:
    """Notes whose Event staff filled in: the shop's own words for its events."""
    return [(n.note, n.event) for n in notes if n.event]
