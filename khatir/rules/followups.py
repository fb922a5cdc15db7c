"""Which call notes are owed a follow-up today: pure rules over records and a date."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from ..config import EventKind
from ..events import EventDetector
from ..parse import match_key
from ..records import CallNote


@dataclass(frozen=True)
class FollowUp:
    note: CallNote
    event: str | None
    detected: bool  # the event came from the note's words, not the Event column
    due: date
    days_overdue: int  # 0: due today
    key: str  # the key of the message prepared for it

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def note_key(note: CallNote) -> str:
    """A call note's identity, stable when staff sort, insert or delete other rows.

    Row numbers move, so the key is built from what the note says: customer, date
    and a short fingerprint of the text (spacing and case do not change it).
    """
    digest = hashlib.sha1(match_key(note.note).encode("utf-8")).hexdigest()[:8]
    return f"follow_up:{note.customer_id}:{note.date.isoformat()}:{digest}"


def due_date(note: CallNote, event: str | None, kinds: dict[str, EventKind]) -> date | None:
    """Follow Up On when filled in, else the event's default delay; None: nothing owed."""
    if note.follow_up_on is not None:
        return note.follow_up_on
    kind = kinds.get(event) if event else None
    if kind is None or kind.delay_days is None:
        return None
    return note.date + timedelta(days=kind.delay_days)


def follow_ups_due(notes: Iterable[CallNote], kinds: tuple[EventKind, ...], sent_keys: set[str],
                   today: date, stale_after_days: int) -> tuple[list[FollowUp], list[FollowUp]]:
    """(owed follow-ups, too-old ones), each most overdue first.

    A follow-up is done when the note's Done is yes or its message was sent. One
    older than ``stale_after_days`` is returned apart: a note about a fever three
    months ago should not produce a "get well soon" message today.
    """
    detector = EventDetector.from_kinds(kinds)
    by_key = {k.key: k for k in kinds}
    owed: list[FollowUp] = []
    stale: list[FollowUp] = []
    for note in notes:
        if note.done:
            continue
        event, detected = note.event, False
        if event is None:
            event = detector.detect(note.note)
            detected = event is not None
        due = due_date(note, event, by_key)
        if due is None or due > today:
            continue
        key = note_key(note)
        if key in sent_keys:
            continue
        item = FollowUp(note, event, detected, due, (today - due).days, key)
        (stale if item.days_overdue > stale_after_days else owed).append(item)
    order = lambda f: (-f.days_overdue, f.note.date, f.note.row)  # noqa: E731
    return sorted(owed, key=order), sorted(stale, key=order)
