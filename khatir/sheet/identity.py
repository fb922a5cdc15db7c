"""Which Messages row belongs to which call note or feedback, when staff reword them.

A follow-up's key is the customer, the note's date and a fingerprint of its words, so it
does not change when rows are sorted or inserted. But staff correct a note the day after
("jor" becomes "মেয়ের জ্বর, hospital e"), and new words would make a new key: a second
get-well message or apology for a topic whose message is already in Messages, perhaps sent.

So, for each customer and date, a note whose own key is not in Messages takes one of that
customer's keys of that date that is in Messages and that no note of theirs has as its own
(in row order): the reworded note is the one whose old words made it. Feedback is treated
alike (its reply and thank-you keys share one identity).

A note whose date staff corrected (the same words, another day up to ``REDATED_DAYS`` away)
takes the key its old date made, when no note has that key any more: a typo fixed in the
Date column, or a date kept as ``=TODAY()-2`` that the spreadsheet works out afresh each day,
is the same call, not a new one.

A note whose date was typed without a year ("15 Nov") is read as the most recent 15 November,
so a year on the same row reads as a new call. Its message of a year before (same customer,
same words, same day and month) is then its own: no second get-well message a year later.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from typing import Callable, Iterable, Iterator, TypeVar

from .parse import match_key
from .records import CallNote, Feedback

R = TypeVar("R", CallNote, Feedback)

NOTE_KINDS = ("follow_up",)
#: How many years back a note typed without a year is looked for (see the module's docstring).
YEARS_BACK = 5
#: How far a note's date may move and still be the same call (see the module's docstring):
#: a month covers a day or month typed wrong, and a month of a ``=TODAY()`` date drifting.
REDATED_DAYS = 31
FEEDBACK_KINDS = ("feedback_reply", "thank_you")


def fingerprint(text: str) -> str:
    """Unchanged by spacing or case edits."""
    return hashlib.sha1(match_key(text).encode("utf-8")).hexdigest()[:8]


def note_identity(note: CallNote) -> str:
    return note.identity or f"{note.customer_id}:{note.date.isoformat()}:{fingerprint(note.note)}"


def feedback_identity(fb: Feedback) -> str:
    if fb.identity:
        return fb.identity
    when = fb.date.isoformat() if fb.date else "undated"
    return f"{fb.customer_id or 'unknown'}:{when}:{fingerprint(fb.text)}"


def keep_reworded(records: list[R], identity: Callable[[R], str], kinds: Iterable[str],
                  message_keys: Iterable[str]) -> list[R]:
    """``records``, a reworded one carrying the identity of the message its old words made."""
    kinds = tuple(kinds)
    made: set[str] = set()
    for key in message_keys:
        kind, _, rest = key.partition(":")
        if kind in kinds and rest:
            made.add(rest)
    if not made:
        return records
    own = [identity(r) for r in records]
    orphans: dict[str, list[str]] = {}  # by customer and date
    by_words: dict[tuple[str, str], list[tuple[date, str]]] = {}  # by customer and words
    for rest in sorted(made - set(own)):
        orphans.setdefault(_day(rest), []).append(rest)
        customer, day, digest = _parts(rest)
        if day is not None:
            by_words.setdefault((customer, digest), []).append((day, rest))
    taken: set[str] = set()
    out = list(records)
    for i, (record, mine) in enumerate(zip(records, own)):
        if mine in made:
            continue
        earlier = next((e for e in _years_before(mine) if e in made), None)
        if earlier is None:
            waiting = [o for o in orphans.get(_day(mine), ()) if o not in taken]
            earlier = waiting[0] if waiting else _redated(mine, by_words, taken)
        if earlier is not None:
            taken.add(earlier)
            out[i] = replace(record, identity=earlier)
    return out


def _redated(identity: str, by_words: dict[tuple[str, str], list[tuple[date, str]]],
             taken: set[str]) -> str | None:
    """The nearest orphan key with the same customer and words, up to ``REDATED_DAYS`` away."""
    customer, day, digest = _parts(identity)
    if day is None:
        return None
    near = [(abs((d - day).days), other) for d, other in by_words.get((customer, digest), ())
            if other not in taken and abs((d - day).days) <= REDATED_DAYS]
    return min(near)[1] if near else None


def _parts(identity: str) -> tuple[str, date | None, str]:
    """Customer, date (``None`` when it is not one, as "undated") and words' fingerprint."""
    head, _, digest = identity.rpartition(":")
    customer, _, iso = head.rpartition(":")
    try:
        return customer, date.fromisoformat(iso), digest
    except ValueError:
        return customer, None, digest


def _years_before(identity: str) -> Iterator[str]:
    """The same customer and words on the same day and month of earlier years."""
    customer, day, digest = _parts(identity)
    if day is None:
        return
    for back in range(1, YEARS_BACK + 1):
        try:
            yield f"{customer}:{day.replace(year=day.year - back).isoformat()}:{digest}"
        except ValueError:  # 29 February
            continue


def _day(identity: str) -> str:
    """Customer and date: the identity without its fingerprint."""
    return identity.rpartition(":")[0]
