"""One "we could not reach you" text at a time.

A could-not-talk note after a sent message is a call-back of its own, and its message says
"we tried to reach you on …; when would be a good time?". Once is courteous; every week it is
pestering. The eighth blind story trial (F3) had a mother whose child was in the ICU sent that
text three times in 14 days (8 messages in 23 days with the get-wells), one for every
unanswered try. So a customer gets such a text at most once in ``TRY_TEXT_DAYS``: a later
unanswered try that falls due within them is still listed in Follow-ups (the agent calls
again) but gets no message, for good (a text days late would name an old try).

A call-back the customer asked for ("call me Thursday") is not an unanswered try: its message
answers their request and is never held here.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from ..notes.story import BUSY
from ..notes.understand import NoteReader
from ..sheet.records import CallNote, Message
from .followups import note_key

TRY_TEXT_DAYS = 14


def try_texts(notes: Iterable[CallNote], messages: Iterable[Message], reader: NoteReader,
              today: date) -> dict[str, list[tuple[date, str]]]:
    """Customer -> (day made, key) of every "we tried to reach you" text already in Messages,
    made on or before ``today``: a follow-up message of a could-not-talk note that asked for no
    day (no call-back day in the words, Follow Up On and Event blank)."""
    made = {m.key: m.created for m in messages
            if m.kind == "follow_up" and m.created is not None and m.created <= today}
    out: dict[str, list[tuple[date, str]]] = {}
    for note in notes:
        key = note_key(note)
        day = made.get(key)
        if day is None or note.event is not None or note.follow_up_on is not None:
            continue
        reading = reader.read(note.note, note.date)
        if reading.event == BUSY and reading.callback is None:
            out.setdefault(note.customer_id, []).append((day, key))
    return out


def texted_before(texts: Iterable[tuple[date, str]], key: str, due: date) -> date | None:
    """The day of another "we tried to reach you" text made less than ``TRY_TEXT_DAYS`` from
    ``due``, before or after it, if any: the follow-up of ``key`` then gets no text of its own
    (an older try still unanswered when a newer one was texted needs no text either)."""
    days = [d for d, k in texts if k != key and abs((due - d).days) < TRY_TEXT_DAYS]
    return max(days, default=None)
