"""When a win-back message would be the wrong thing to send.

A win-back says "we miss you, did we get something wrong?". It is wrong for a
customer the shop is already talking to, so none is prepared while any of these
holds (``[win_back] quiet_days``, 30 by default):

* the customer got a message from the shop in the last ``quiet_days`` days (a
  Messages row, not ``skipped``, created or sent then; a pending one counts: it
  is about to go). A message created today is left to the one-message-a-day
  rule, so a second run on the same day decides exactly as the first did;
* the customer answered a message in that time (its Reply is filled in; the
  message's Sent On date, else its Created date, is when);
* staff spoke to the customer in that time (a Call Notes row for them, done or
  not, whatever it says: "will come again before Eid, no need now" is the shop
  already talking to them);
* the customer said yes (or maybe) to a meetup held in that time or still to come;
* the customer has an open follow-up from a call note (not Done, its message not
  sent, due any day now or overdue but not stale): the personal follow-up comes first.

The lost customer stays on the Follow-ups list, with the reason in the remark.

The same window holds the other way round: a customer with a win-back message of
the last ``quiet_days`` days is not invited to a meetup as a lost customer
(``recent_win_backs``; the meetup rules in ``rules/meetups.py``), so "we miss
you, did we get something wrong?" is never followed by "we may have let you
down, come and tell us" a day later, whichever of the two came first.
Pure functions of plain data; ``today`` is an argument.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Iterable, Mapping

from ..config import EventKind
from ..errors import ConfigError, refuse_unknown_keys
from ..events import EventDetector
from ..sheet.records import CallNote, Meetup, Message
from ..settings_texts import WIN_BACK_NOT_DAYS
from ..notes.story import stories
from .followups import as_noted, delays_of, longest_delay, note_key
from .meetups import INVITE_KIND, MAYBE, YES, parse_rsvp
from .stay_in_touch import SENT_STATUSES

DEFAULT_QUIET_DAYS = 30
WIN_BACK_KIND = "win_back"

MESSAGED = "messaged"
REPLIED = "replied"
SAID_YES = "said_yes"
OPEN_FOLLOW_UP = "open_follow_up"
SPOKE = "spoke"


@dataclass(frozen=True)
class Quiet:
    """Why no win-back goes to a customer now, and the date it refers to."""

    reason: str  # MESSAGED | REPLIED | SAID_YES | SPOKE | OPEN_FOLLOW_UP
    when: date
    detail: str = ""  # the meetup ID for SAID_YES


def quiet_days_from(section: Mapping[str, Any] | None) -> int:
    section = dict(section or {})
    refuse_unknown_keys("win_back", section, ["quiet_days"])
    value = section.get("quiet_days", DEFAULT_QUIET_DAYS)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(WIN_BACK_NOT_DAYS, value=repr(value))
    return value


def _when(m: Message) -> date | None:
    return m.sent_on or m.created


def no_win_back(messages: Iterable[Message], notes: Iterable[CallNote], meetups: Iterable[Meetup],
                kinds: tuple[EventKind, ...], today: date, quiet_days: int,
                stale_after_days: int, detector: EventDetector | None = None) -> dict[str, Quiet]:
    """The customers who get no win-back today, with the first reason found for each.

    ``detector``: the run's, so a note is read once a run and its event is the one
    Follow-ups sees."""
    out: dict[str, Quiet] = {}
    messages = list(messages)
    meetup_dates = {m.id: m.date for m in meetups}

    def recent(d: date | None) -> bool:
        return d is not None and 0 <= (today - d).days <= quiet_days

    for m in messages:
        if not m.customer_id or quiet_days == 0 or (m.created == today and not m.sent_on):
            continue
        when = _when(m)
        if m.kind == INVITE_KIND and parse_rsvp(m.reply) in (YES, MAYBE):
            meetup_day = meetup_dates.get(m.key.split(":")[1] if m.key.count(":") >= 2 else "")
            if meetup_day is not None and (meetup_day >= today or recent(meetup_day)):
                out.setdefault(m.customer_id, Quiet(SAID_YES, meetup_day, m.key.split(":")[1]))
                continue
        if m.reply.strip() and recent(when):
            out.setdefault(m.customer_id, Quiet(REPLIED, when))  # type: ignore[arg-type]
        elif m.status.strip().casefold() != "skipped" and recent(when):
            out.setdefault(m.customer_id, Quiet(MESSAGED, when))  # type: ignore[arg-type]
    notes = list(notes)
    spoke: dict[str, date] = {}
    for note in notes:
        if note.customer_id and quiet_days and recent(note.date):
            spoke[note.customer_id] = max(note.date, spoke.get(note.customer_id, note.date))
    for cid, day in spoke.items():
        out.setdefault(cid, Quiet(SPOKE, day))
    sent = {m.key for m in messages if m.status.strip().casefold() in SENT_STATUSES}
    detector = detector or EventDetector.from_kinds(kinds)
    earliest = today - timedelta(days=stale_after_days + longest_delay(kinds))
    window = [n for n in notes  # not too old to be open whatever it says, not in the future
              if n.date <= today and (n.follow_up_on is not None or n.event is not None
                                      or n.date >= earliest)]
    detector.prime((n.note, n.date) for n in window)
    # The follow-ups as Follow-ups itself tells them (the story across calls): due on the day
    # a note asks for ("call Friday"), and closed by a later talk, so the row never names a
    # date or a follow-up that is not on the list.
    topics = stories(((n, as_noted(n, detector.reader)) for n in window), delays_of(kinds),
                     answered=lambda n: note_key(n) in sent)
    for t in topics:
        if (t.done or not t.open or t.due is None or (today - t.due).days > stale_after_days
                or any(note_key(n) in sent for n in t.notes)):
            continue
        cid = t.note.customer_id
        current = out.get(cid)
        if current is None or current.reason != OPEN_FOLLOW_UP or t.due < current.when:
            out[cid] = Quiet(OPEN_FOLLOW_UP, t.due)
    return out


def in_touch(messages: Iterable[Message], notes: Iterable[CallNote], meetups: Iterable[Meetup],
             today: date, quiet_days: int) -> set[str]:
    """The customers the team is in touch with again within ``quiet_days``: staff spoke to them
    (a Call Notes row), they answered a message, or they said yes or maybe to a meetup not long
    past. ``no_win_back`` keeps only the first reason it finds for a customer, so a customer
    messaged lately *and* spoken to shows there as messaged; asking it would miss the call.
    An owner's blind trial (trial 15) invited a customer staff had spoken to that very morning
    as lost ("we may have let you down somewhere"), because a get-well had gone to her a week
    before."""
    out: set[str] = set()
    if quiet_days == 0:
        return out
    meetup_dates = {m.id: m.date for m in meetups}

    def recent(d: date | None) -> bool:
        return d is not None and 0 <= (today - d).days <= quiet_days

    for m in messages:
        if not m.customer_id or (m.created == today and not m.sent_on):
            continue
        if m.kind == INVITE_KIND and parse_rsvp(m.reply) in (YES, MAYBE):
            meetup_day = meetup_dates.get(m.key.split(":")[1] if m.key.count(":") >= 2 else "")
            if meetup_day is not None and (meetup_day >= today or recent(meetup_day)):
                out.add(m.customer_id)
                continue
        if m.reply.strip() and recent(_when(m)):
            out.add(m.customer_id)
    out.update(n.customer_id for n in notes if n.customer_id and recent(n.date))
    return out


def recent_win_backs(messages: Iterable[Message], today: date, quiet_days: int) -> set[str]:
    """Customers with a win-back message (sent or still to send: any Status but skipped)
    created or sent in the last ``quiet_days`` days, today included; 0: nobody."""
    out: set[str] = set()
    for m in messages:
        when = _when(m)
        if (quiet_days and m.kind == WIN_BACK_KIND and m.customer_id and when is not None
                and 0 <= (today - when).days <= quiet_days and m.status.strip().casefold() != "skipped"):
            out.add(m.customer_id)
    return out


def talked_since_win_back(messages: Iterable[Message], notes: Iterable[CallNote], today: date,
                          talked: Callable[[CallNote], bool]) -> set[str]:
    """Customers staff talked to (``talked``: a note of a talk, not an unanswered try) after their
    latest win-back message was made or sent, up to ``today``.

    The quiet days keep a lost customer who got "we miss you" from a meetup's lost-customer
    invitation: two apologies in a row. Once staff have talked to them since, that is no longer
    so, and the invitation (the plain one, for a lost customer the team is in touch with) is
    what they asked for (the thirteenth blind trial: "sewing shikhte agrohi, workshop hole janate
    bollen" nine days after a win-back, and no invitation to the tailoring workshop)."""
    last: dict[str, date] = {}
    for m in messages:
        when = _when(m)
        if m.kind == WIN_BACK_KIND and m.customer_id and when is not None:
            last[m.customer_id] = max(when, last.get(m.customer_id, when))
    return {n.customer_id for n in notes
            if n.customer_id in last and last[n.customer_id] < n.date <= today and talked(n)}
