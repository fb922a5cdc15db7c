"""Which call notes are owed a follow-up today: pure rules over records and a date.

Each note is read (``khatir.notes``) and the notes of a customer are taken together
(``khatir.notes.story``): a later talk closes earlier follow-ups, a "could not talk"
note moves them, and an event already over gets no message.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Collection, Iterable

from ..config import EventKind
from ..notes import labelled_examples
from ..notes.batch import prime
from ..notes.story import LOSS, Topic, stories
from ..notes.understand import NoteReader, Reading
from ..sheet.identity import note_identity
from ..sheet.records import CallNote
from .misfiled import says_wrong_customer, taken_back

# How far past the stale limit notes are still read: far enough for a follow-up moved by
# "could not talk" notes, and to count the stale ones the run summary mentions.
READ_MARGIN_DAYS = 30
# An event noted as already over is listed (without a message) for this many days after
# the day its message would have been due, so staff see why nothing was prepared.
OVER_SHOWN_DAYS = 7
# The Event column against the note's own words, when they cannot both be true (story trial 5,
# C09: "উনার বাবা গত রাতে মারা গেছেন" marked আনন্দের খবর). Staff's event wins over the words
# otherwise (an event the reader missed, or one it misread); here no message goes on a guess.
SAD = frozenset({"bereavement", "illness"})
HAPPY = frozenset({"celebration", "newborn"})


def event_clash(staff: str | None, words: str | None) -> bool:
    """The Event column says a joy where the words say a death or an illness, or a death where
    the words say a birth or a celebration: one of the two is a slip, and the message waits."""
    if staff is None or words is None:
        return False
    return (staff in HAPPY and words in SAD) or (staff == "bereavement" and words in HAPPY)


@dataclass(frozen=True)
class FollowUp:
    note: CallNote
    event: str | None
    detected: bool  # the event came from the note's words, not the Event column
    due: date
    days_overdue: int  # 0: due today
    key: str  # the key of the message prepared for it
    who: str | None = None
    kin: str | None = None  # which relative, when ``who`` is "relative" (``person.KIN``)
    tries: tuple[date, ...] = ()  # later notes where the customer could not talk
    moved: tuple[date, ...] = ()  # later notes that only moved the call-back day
    reading: Reading | None = None
    closed_by: CallNote | None = None  # the later note that closed it, if any
    opened: date | None = None  # an "over" note's event was first noted then (``Topic.opened``)

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def expected(self) -> bool:
        """A baby on the way, not yet born: wished well, not congratulated."""
        return (self.event == "newborn" and self.reading is not None
                and self.reading.event == "newborn" and self.reading.expected)


@dataclass
class FollowUpReport:
    owed: list[FollowUp] = field(default_factory=list)
    stale: list[FollowUp] = field(default_factory=list)
    over: list[FollowUp] = field(default_factory=list)  # the note says it is already over
    closed: list[FollowUp] = field(default_factory=list)  # closed by a later note
    # open, but the Event column and the words clash (``event_clash``): no message, a Problems row
    clash: list[FollowUp] = field(default_factory=list)
    # written under the wrong customer, a later note says (``misfiled``): closed_by is that note
    misfiled: list[FollowUp] = field(default_factory=list)
    # customer ID -> the day their condolence is due, while it is owed or ahead and not yet made
    condolences: dict[str, date] = field(default_factory=dict)


def note_key(note: CallNote) -> str:
    """A call note's identity, stable when staff sort, insert or delete other rows.

    Row numbers move, so the key is built from what the note says: customer, date
    and a short fingerprint of the text (spacing and case do not change it).
    """
    return f"follow_up:{note_identity(note)}"


def follow_up_report(notes: Iterable[CallNote], reader: NoteReader, delays: dict[str, int | None],
                     sent_keys: set[str], today: date, stale_after_days: int,
                     known_keys: Collection[str] = frozenset()) -> FollowUpReport:
    """Owed (most overdue first), too old, over, and closed-by-a-later-note follow-ups.

    ``known_keys``: the keys already in Messages (any Status). A follow-up written in several
    rows of one day keeps the key of the row whose message is there, so nothing is made twice."""
    # A note dated after ``today`` has not happened yet (a run with --today in the past), and
    # one older than the stale limit plus a margin cannot owe anything today: neither is read.
    oldest = today - timedelta(days=stale_after_days + READ_MARGIN_DAYS)
    window = [n for n in notes if oldest <= n.date <= today]
    prime(reader, ((n.note, n.date) for n in window))  # all at once: on two processes when there are many
    topics = stories(((n, as_noted(n, reader)) for n in window), delays,
                     answered=lambda n: note_key(n) in sent_keys)
    report = FollowUpReport()
    known = set(known_keys) | sent_keys
    for t in topics:
        if t.done or t.due is None:
            continue
        item = _item(t, today, known)
        by = t.note if says_wrong_customer(t.note) else taken_back(t.note, window)
        clash = event_clash(t.note.event, t.reading.event)
        if (t.event == LOSS and by is None and t.closed_by is None and not t.over and not clash
                and item.days_overdue <= stale_after_days
                and not any(note_key(n) in known for n in t.notes)):
            whose = t.note.customer_id
            report.condolences[whose] = min(t.due, report.condolences.get(whose, t.due))
        if by is not None:
            if not any(note_key(n) in sent_keys for n in t.notes) and item.days_overdue <= stale_after_days:
                report.misfiled.append(replace(item, closed_by=by))
        elif t.closed_by is not None:
            report.closed.append(item)
        elif t.over:
            item = _over_item(t, item, today, known)
            if 0 <= item.days_overdue <= OVER_SHOWN_DAYS:
                report.over.append(item)
        elif any(note_key(n) in sent_keys for n in t.notes):
            continue
        elif clash:
            if item.days_overdue <= stale_after_days:
                report.clash.append(item)
        elif t.due <= today:
            (report.stale if item.days_overdue > stale_after_days else report.owed).append(item)
    order = lambda f: (-f.days_overdue, f.note.date, f.note.row)  # noqa: E731
    for items in (report.owed, report.stale, report.over, report.closed, report.clash,
                  report.misfiled):
        items.sort(key=order)
    return report


def as_noted(note: CallNote, reader: NoteReader) -> Reading:
    """The note's reading; when staff filled Event with another event than the words give, whom
    that event concerns is still taken from the words ("উনার ভাই আর নেই" marked শোক: the brother)."""
    reading = reader.read(note.note, note.date)
    if note.event in (None, reading.event):
        return reading
    assert note.event is not None
    who, kin, named = reader.whom_said(note.note, note.event)
    return replace(reading, who=who, kin=kin, named=named,
                   occasion=reader.occasion(note.note) if note.event == "celebration" else None)


def _over_item(t: Topic, item: FollowUp, today: date, known: Collection[str]) -> FollowUp:
    """A note saying an open event is over ("ছেলে এখন ভালো আছে" the day after "chele hospital
    e"): the row names the day the event was noted and, when no message was made for it (none
    to mark "do not send"), shows from the day that event's message was due, so staff see why
    none goes on the day they would have expected it."""
    gone = t.ended
    if gone is None:
        return item
    item = replace(item, opened=gone.note.date)
    if (gone.due is None or t.note.follow_up_on is not None or t.reading.callback is not None
            or any(note_key(n) in known for n in gone.notes)):
        return item
    due = min(item.due, max(gone.due, t.note.date))
    return replace(item, due=due, days_overdue=(today - due).days)


def _item(t: Topic, today: date, known: Collection[str]) -> FollowUp:
    assert t.due is not None
    keys = [note_key(n) for n in t.notes]
    key = next((k for k in keys if k in known), keys[0])
    who, kin = t.person
    return FollowUp(t.note, t.event, t.detected, t.due, (today - t.due).days, key,
                    who=who, kin=kin, tries=tuple(t.tries), moved=tuple(t.moved), reading=t.reading, closed_by=t.closed_by)


def due_date(note: CallNote, event: str | None, kinds: dict[str, EventKind]) -> date | None:
    """Follow Up On when filled in, else the event's default delay; None: nothing owed.

    The simple rule for one note on its own (the Results tab counts with it); the
    follow-ups themselves also use the day the note states and the later notes.
    """
    if note.follow_up_on is not None:
        return note.follow_up_on
    kind = kinds.get(event) if event else None
    if kind is None or kind.delay_days is None:
        return None
    return note.date + timedelta(days=kind.delay_days)


def longest_delay(kinds: tuple[EventKind, ...]) -> int:
    """The most days any event's follow-up waits: a note older than that plus a window
    cannot fall due inside it, whatever event it reports, so it need not be read."""
    return max((k.delay_days for k in kinds if k.delay_days is not None), default=0)


def delays_of(kinds: tuple[EventKind, ...]) -> dict[str, int | None]:
    return {k.key: k.delay_days for k in kinds}


def follow_ups_due(notes: Iterable[CallNote], kinds: tuple[EventKind, ...], sent_keys: set[str],
                   today: date, stale_after_days: int,
                   reader: NoteReader | None = None) -> tuple[list[FollowUp], list[FollowUp]]:
    """(owed follow-ups, too-old ones), each most overdue first.

    A follow-up is done when the note's Done is yes, its message was sent, or a later
    note closed it. One older than ``stale_after_days`` is returned apart: a note about
    a fever three months ago should not produce a "get well soon" message today.
    """
    notes = list(notes)
    if reader is None:
        reader = NoteReader.build(kinds, examples=labelled_examples(notes))
    report = follow_up_report(notes, reader, delays_of(kinds), sent_keys, today, stale_after_days)
    return report.owed, report.stale

