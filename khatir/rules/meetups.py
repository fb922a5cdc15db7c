"""Meetups: who is invited, in which order seats are given, and what they answered.

Pure rules over records and a ``today`` date; the section (``plan/meetups.py``)
turns them into messages and the Meetup Summary.

Seats (documented for staff in ``docs/meetups.md``):

* A seat is held by every invitation in Messages for the meetup, except the ones
  answered ``no`` (a decline frees its seat for the next person in line on the next
  run) and the ones staff marked ``skipped`` without an answer (never sent). A yes or
  maybe that counts people ("2 jon ashbo", "আমরা ৩ জন") holds that many seats
  (``party_size``): the seats are for people, not for invitations.
* Customers who already have an invitation are never invited again (whatever its
  Status), so a re-run adds nothing.
* Do Not Contact customers are never invited and take no seat; they are listed as
  left out with that reason.
* A customer who has a win-back message (sent or still to send) of the last
  ``[win_back] quiet_days`` days is not invited as a lost customer and takes no
  seat; they are listed as left out with that reason. The lost customer's
  invitation asks "we may have let you down, come and tell us what went wrong":
  a day after "we miss you, did we get something wrong?" it is the same question
  again, which reads as pressure, not care. Another wording (the existing or
  interested invitation) would be wrong for someone the shop has lost, so they are
  left out: the win-back is the shop's word to them for now, and staff who hear
  back can invite them in person. (The other way round, ``rules/win_back.py``: no
  win-back within the same days of an invitation or any other message.)
* While Call Notes cannot be read (``SheetData.calls_unread``) no lost customer is
  invited: nobody can tell whether staff spoke to them lately (a bereavement, a
  complaint), and "we may have let you down" could be the worst thing to send. They
  take no seat and are left out with that reason until the tab is fixed.
* When more customers qualify than there are free seats, the seats are shared out
  in turn between the invited segments (by default lost, then existing, then
  interested, then lost again ...) so every kind of customer the meetup is for gets
  a place; within a segment the order follows the meetup's purpose:

  - lost: most spent in total first (most worth winning back), then the most
    recently lost;
  - existing: most purchases first (the most loyal), then most spent;
  - interested: most recent contact first (a call note or a sent message: the
    interest is freshest);
  - ties: the order of the Customers tab.

  The order is worked out over everyone who qualifies, including those already
  invited, and invitations go down it; everyone after the last free seat is left
  out, in that same order: the first left out is the next in line when a seat
  frees up, on this run or a later one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Collection, Iterable, Mapping

from ..errors import ConfigError, refuse_unknown_keys
from ..settings_texts import MEETUPS_NOT_ORDER, MEETUPS_NOT_SEGMENT, MEETUPS_NOT_WHOLE
from ..sheet.parse import match_key
from ..sheet.records import CallNote, Customer, Meetup, Message
from .lost import LOST
from .segments import EXISTING, INTERESTED, SEGMENTS, Segmented

YES, NO, MAYBE = "yes", "no", "maybe"
RSVPS = (YES, NO, MAYBE)

NO_SEAT = "no_seat"
DO_NOT_CONTACT = "do_not_contact"
DAILY_LIMIT = "daily_limit"
ONE_A_DAY = "one_a_day"  # the customer gets another message today: invited on a later run
# The invite job run before the day's daily run: the daily run owes the customer a message today
# (a follow-up, an apology, a get-well) not yet in Messages; it comes first, the invitation later.
DAILY_FIRST = "daily_first"
RECENT_WIN_BACK = "recent_win_back"  # a lost customer who was just sent a win-back: not invited
CALLS_UNREAD = "calls_unread"  # a lost customer while Call Notes cannot be read: not invited
MOURNING = "mourning"  # a bereavement noted lately: no "a gift waits for you" (plan/facts.py)
SAME_PERSON = "same_person"  # a second row of one person (Customer.same_person_as): the first is invited
KEPT = frozenset({ONE_A_DAY, DAILY_FIRST, DAILY_LIMIT})  # left out today, but their seat is kept for them

INVITE_KIND = "meetup_invite"
REMINDER_KIND = "meetup_reminder"
CHANGE_KIND = "meetup_change"  # the date, time or place moved after the invitation went
CANCELLED_KIND = "meetup_cancelled"  # the meetup is called off after the invitation went
#: A Khatir Keys row (never a message) saying what an invitation was made for:
#: ``meetup_for:<meetup id>:<customer id>:<when>`` (``when_of``).
FOR_MARK = "meetup_for"

# --------------------------------------------------------------------------
# Settings


@dataclass(frozen=True)
class MeetupSettings:
    """The ``[meetups]`` table of the settings file (every key optional)."""

    invite_days_before: int = 7  # the daily job invites from this many days before
    remind_days_before: int = 1  # reminder to yes/maybe this many days before (0: none)
    segment_order: tuple[str, ...] = (LOST, EXISTING, INTERESTED)  # turn order for seats

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> MeetupSettings:
        section = dict(section or {})
        refuse_unknown_keys("meetups", section, ["invite_days_before", "remind_days_before", "segment_order"])
        values: dict[str, Any] = {}
        for name in ("invite_days_before", "remind_days_before"):
            if name in section:
                value = section[name]
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ConfigError(MEETUPS_NOT_WHOLE, name=name, value=repr(value))
                values[name] = value
        if "segment_order" in section:
            values["segment_order"] = _segment_order(section["segment_order"])
        return cls(**values)


def _segment_order(value: Any) -> tuple[str, ...]:
    words = [value] if isinstance(value, str) else value
    if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) for w in words):
        raise ConfigError(MEETUPS_NOT_ORDER, value=repr(value))
    order = []
    for word in words:
        key = word.strip().lower()
        if key not in SEGMENTS:
            raise ConfigError(MEETUPS_NOT_SEGMENT, word=repr(word))
        if key not in order:
            order.append(key)
    return tuple(order) + tuple(s for s in (LOST, EXISTING, INTERESTED) if s not in order)


# --------------------------------------------------------------------------
# Keys and timing


def invite_key(meetup_id: str, customer_id: str) -> str:
    return f"{INVITE_KIND}:{meetup_id}:{customer_id}"


def reminder_key(meetup_id: str, customer_id: str) -> str:
    return f"{REMINDER_KIND}:{meetup_id}:{customer_id}"


def when_of(meetup: Meetup) -> str:
    """The date, time and place a customer was told, as one text: ``2026-12-08 17:00 @ Uttara``.
    Stored in Khatir Keys beside each invitation (``for_mark``) and in the key of a
    date-changed message, so a change is noticed once per new date, time or place."""
    text = f"{meetup.date.isoformat()} {meetup.time}".strip()
    return f"{text} @ {meetup.venue}" if meetup.venue else text


def for_mark(meetup: Meetup, customer_id: str) -> str:
    return f"{FOR_MARK}:{meetup.id}:{customer_id}:{when_of(meetup)}"


def change_key(meetup: Meetup, customer_id: str) -> str:
    return f"{CHANGE_KIND}:{meetup.id}:{customer_id}:{when_of(meetup)}"


def cancelled_key(meetup_id: str, customer_id: str) -> str:
    return f"{CANCELLED_KIND}:{meetup_id}:{customer_id}"


def last_told(meetup_id: str, customer_id: str, keys: Iterable[Message]) -> str | None:
    """What the customer was last told of the meetup's date, time and place: the newest
    date-changed message's, else the one their invitation was made for; None when no
    such record exists (an invitation made before Khatir kept them).

    ``keys``: Khatir Keys rows, then Messages rows (each in sheet order)."""
    told: str | None = None
    newest: date = date.min
    for prefix in (f"{FOR_MARK}:{meetup_id}:{customer_id}:", f"{CHANGE_KIND}:{meetup_id}:{customer_id}:"):
        for m in keys:
            if m.key.startswith(prefix):
                day = m.created or date.min
                if told is None or day >= newest:
                    told, newest = m.key[len(prefix):], day
    return told


def told_records(meetup_id: str, keys: Iterable[Message]) -> list[Message]:
    """The rows of ``keys`` that say what customers were told of meetup ``meetup_id`` (its
    invitations' marks, its date-changed messages), in order: ``last_told`` then looks at
    these few for each customer instead of every key of the sheet."""
    prefixes = (f"{FOR_MARK}:{meetup_id}:", f"{CHANGE_KIND}:{meetup_id}:")
    return [m for m in keys if m.key.startswith(prefixes)]


def told_of(invitation: "Invitation") -> bool:
    """The customer has the invitation: it was sent, or staff noted their answer (they
    may have phoned), and the answer was not no."""
    return (invitation.message.status == "sent" or invitation.rsvp in (YES, MAYBE)) \
        and invitation.rsvp != NO


def meetup_context(meetup: Meetup) -> dict[str, Any]:
    """The ``meetup`` variable of the invitation, reminder and feedback templates."""
    return {"id": meetup.id, "title": meetup.title or meetup.id, "date": meetup.date,
            "time": meetup.time, "venue": meetup.venue}


def days_until(meetup: Meetup, today: date) -> int:
    return (meetup.date - today).days


def is_past(meetup: Meetup, today: date) -> bool:
    return meetup.date < today


def in_invite_window(meetup: Meetup, today: date, days_before: int) -> bool:
    """The daily job invites from ``days_before`` days ahead until the day before.

    Not on the day itself: an invitation for tonight arrives too late to plan for.
    ``days_before = 0`` turns automatic invitations off (``invite.py`` still works).
    """
    return 0 < days_until(meetup, today) <= days_before


def reminder_due(meetup: Meetup, today: date, days_before: int) -> bool:
    """Only on the exact day: the reminder says "tomorrow" (days_before 0: no reminders)."""
    return days_before > 0 and days_until(meetup, today) == days_before


# --------------------------------------------------------------------------
# RSVPs

def _phrases(*words: str) -> frozenset[str]:
    return frozenset(" ".join(_tokens(w)) for w in words)


def _tokens(text: str) -> list[str]:
    """Words of ``text``: letters, digits and Bengali signs; punctuation and emoji split."""
    return [t for t in re.split(r"[^\w\u0980-\u09FF]+|_", match_key(text)) if t]


# Only as the whole reply: a lone letter inside a sentence means nothing.
_EXACT = {
    "y": YES, "👍": YES, "✅": YES, "✔": YES, "✔️": YES,
    "n": NO, "❌": NO, "👎": NO, "?": MAYBE,
}
# Staff may note afterwards that the customer came (or did not) in the same Reply
# cell, or in the reminder's: that is a yes (or a no), and ``attended`` tells.
_ATTENDED = _phrases(
    "attended", "came", "was there", "showed up", "present",
    "এসেছিলেন", "এসেছেন", "এসেছিল", "এসেছিলো", "এসেছে", "উপস্থিত", "উপস্থিত ছিলেন", "eshechilen")
_ABSENT = _phrases(
    "did not come", "didn't come", "didnt come", "not attended", "did not attend", "absent",
    "no show", "no-show", "আসেননি", "আসেনি", "আসেন নি", "আসে নি", "অনুপস্থিত")
_YES = _ATTENDED | _phrases(
    "yes", "yeah", "yep", "yup", "ok", "okay", "sure", "coming", "will come", "attending",
    "confirmed", "confirm", "ha", "haan", "hya", "hae", "ji", "jee", "asbo", "ashbo",
    "হ্যাঁ", "হ্যা", "হাঁ", "হা", "জি", "জ্বি", "জী", "আসব", "আসবো", "আসবেন", "আসবে", "আসছি", "আসছেন",
    "যাব", "যাবো", "যাবেন", "যাবে",
    "আচ্ছা", "ঠিক আছে", "থাকব", "থাকবো", "থাকবেন", "নিশ্চিত", "ইনশাআল্লাহ")
_NO = _ABSENT | _phrases(
    "no", "nope", "nah", "na", "not coming", "cannot", "can't", "cant", "can not", "won't",
    "wont", "will not", "unable", "declined", "decline",
    "না", "নাহ", "নয়", "পারব না", "পারবো না", "পারবেন না", "পারছি না", "সম্ভব না", "সম্ভব নয়",
    # written joined, as many phones do
    "আসবনা", "আসবোনা", "আসবেনা", "আসবেননা", "পারবনা", "পারবোনা", "পারবেনা", "পারবেননা",
    "যাবনা", "যাবোনা", "যাবেনা")
_MAYBE = _phrases(
    "maybe", "may be", "perhaps", "probably", "possibly", "not sure", "unsure", "might",
    "tentative", "will try", "hoyto", "hoito",
    "হয়তো", "হয়ত", "হইতো", "দেখি", "দেখা যাক", "দেখবো", "দেখব", "নিশ্চিত না", "নিশ্চিত নই",
    "জানি না", "বলতে পারছি না", "চেষ্টা করব", "চেষ্টা করবো", "চেষ্টা করবেন")


def parse_rsvp(reply: str | None) -> str | None:
    """``yes`` / ``no`` / ``maybe`` from what staff wrote in Reply; None: no answer.

    Staff are asked to write yes, no or maybe (হ্যাঁ, না, হয়তো), but they often
    copy the customer's words ("আসব না", "not sure yet", "Yes 👍"), so a phrase
    anywhere in the reply counts. When words of several answers appear, doubt wins
    over a refusal and a refusal over an acceptance: "হয়তো আসব না" is a maybe,
    "আসব না" (will not come) is a no, although "আসব" alone is a yes.
    """
    text = match_key(reply or "")
    if not text:
        return None
    if text in _EXACT:
        return _EXACT[text]
    words = f" {' '.join(_tokens(text))} "
    if words.strip() == "":
        return None
    for answer, phrases in ((MAYBE, _MAYBE), (NO, _NO), (YES, _YES)):
        if any(f" {p} " in words for p in phrases):
            return answer
    return None


# How many are coming, when the answer says so ("2 jon ashbo", "আমরা ৩ জন আসব", "we are 3 people",
# "দুইজন"): the thirteenth blind trial's "2 jon ashbo" held one seat, so a workshop of 15 seats
# had 17 coming while Seats Left said 0 and the waiting list moved on. A count of people, never a
# bare number ("ashbo 5 tay" is a time).
_PARTY_WORDS = {"dui": 2, "du": 2, "tin": 3, "char": 4, "pach": 5, "two": 2, "three": 3, "four": 4,
                "five": 5, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5}
_PARTY = re.compile(r"(?<![\w\u0980-\u09ff])([0-9\u09e6-\u09ef]{1,2}|" + "|".join(sorted(_PARTY_WORDS, key=len, reverse=True))
                    + r")\s*(?:jon|jn|zon|জন|people|persons|of us|guests)(?![a-z])")
MAX_PARTY = 10  # a bigger number is a typing slip, not a family: it holds one seat


def party_size(reply: str | None) -> int:
    """Seats an answer asks for: the count of people it names, else 1."""
    found = _PARTY.search(match_key(reply or ""))
    if not found:
        return 1
    word = found.group(1)
    n = _PARTY_WORDS.get(word) or int(word.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")))
    return n if 1 <= n <= MAX_PARTY else 1


def attended(reply: str | None) -> bool:
    """Staff wrote that the customer came to the meetup ("attended", "এসেছিলেন")."""
    words = f" {' '.join(_tokens(match_key(reply or '')))} "
    if any(f" {p} " in words for p in _ABSENT):
        return False
    return any(f" {p} " in words for p in _ATTENDED)


@dataclass(frozen=True)
class Invitation:
    """An invitation already in Messages, with the answer staff noted."""

    customer_id: str
    message: Message
    rsvp: str | None

    @property
    def counted(self) -> bool:
        """Sent (or still to send). A skipped one counts only when it has an answer:
        staff may have phoned instead of sending the message."""
        return self.message.status != "skipped" or self.rsvp is not None

    @property
    def holds_seat(self) -> bool:
        return self.counted and self.rsvp != NO

    @property
    def seats(self) -> int:
        """Seats this invitation holds: none after a no; a yes or maybe for "2 jon" holds two."""
        if not self.holds_seat:
            return 0
        return party_size(self.message.reply) if self.rsvp in (YES, MAYBE) else 1


def invitations_for(meetup_id: str, messages: Iterable[Message]) -> dict[str, Invitation]:
    """The meetup's invitations in Messages, by customer ID (the first row of a key wins)."""
    prefix = f"{INVITE_KIND}:{meetup_id}:"
    out: dict[str, Invitation] = {}
    for m in messages:
        if m.key.startswith(prefix):
            cid = m.key[len(prefix):]
            if cid and cid not in out:
                out[cid] = Invitation(cid, m, parse_rsvp(m.reply))
    return out


def unreadable_replies(invitations: Iterable[Invitation]) -> list[Invitation]:
    """Invitations whose Reply is filled in but is not a yes, no or maybe."""
    return [i for i in invitations if i.message.reply.strip() and i.rsvp is None]


# --------------------------------------------------------------------------
# Who gets a seat


def _within_segment(s: Segmented, contact: Mapping[str, date]) -> tuple:
    h = s.history
    spent = -(h.total_spent if h else 0.0)
    purchases = -(h.purchases if h else 0)
    last_buy = -(h.last.toordinal() if h and h.last else 0)
    tie = (s.customer.row, s.customer.id)
    if s.segment == LOST:
        return (spent, last_buy, *tie)
    if s.segment == EXISTING:
        return (purchases, spent, *tie)
    seen = contact.get(s.customer.id)
    return (-(seen.toordinal()) if seen else 0, *tie)


def seat_order(candidates: Iterable[Segmented], segment_order: tuple[str, ...],
               contact: Mapping[str, date]) -> list[Segmented]:
    """Candidates in the order seats are given (see the module docstring).

    Segments take turns, in ``segment_order``; a segment that runs out of people
    simply drops out of the rotation.
    """
    order = list(segment_order) + [s for s in SEGMENTS if s not in segment_order]
    queues = {seg: sorted((c for c in candidates if c.segment == seg),
                          key=lambda c: _within_segment(c, contact)) for seg in order}
    out: list[Segmented] = []
    while any(queues.values()):
        for seg in order:
            if queues[seg]:
                out.append(queues[seg].pop(0))
    return out


@dataclass(frozen=True)
class LeftOut:
    customer: Customer
    segment: str
    reason: str  # NO_SEAT | DAILY_LIMIT | ONE_A_DAY | DAILY_FIRST | RECENT_WIN_BACK | MOURNING | CALLS_UNREAD | DO_NOT_CONTACT


@dataclass(frozen=True)
class SeatPlan:
    """Who is invited now, and who is not (and why), for one meetup."""

    meetup: Meetup
    held: int  # seats held by earlier invitations
    chosen: tuple[Segmented, ...]  # to invite now, in seat order
    left_out: tuple[LeftOut, ...]  # next in line first; recent win-backs, then Do Not Contact last

    @property
    def kept(self) -> int:
        """Seats kept for customers invited on a later run (another message today, or
        the daily limit): taken, not free, or "1 seat left" would stand beside "no seat"."""
        return sum(1 for x in self.left_out if x.reason in KEPT)

    @property
    def seats_left(self) -> int | None:
        """Free seats once today's invitations are out and the kept seats are counted
        as taken; None: no capacity set."""
        if self.meetup.capacity is None:
            return None
        return max(0, self.meetup.capacity - self.held - len(self.chosen) - self.kept)


def plan_seats(meetup: Meetup, segmented: Mapping[str, Segmented],
               invitations: Mapping[str, Invitation], contact: Mapping[str, date],
               segment_order: tuple[str, ...], limit: int | None = None,
               waiting: Collection[str] = (), win_back: Collection[str] = (),
               hold_lost: bool = False, first: Collection[str] = (),
               mourning: Collection[str] = ()) -> SeatPlan:
    """Choose today's invitations for ``meetup``.

    ``invitations``: the ones already in Messages (never repeated; they hold seats
    as the module docstring says). ``limit``: at most this many new invitations
    today (the daily message cap); the rest wait for the next run, ahead of the
    people who have no seat. ``waiting``: customers who get another message today
    (one voice per customer): they keep their place in line and are invited on a
    later run. ``win_back``: customers with a recent win-back message (one of the
    last quiet days, or this run's): not invited as lost customers (module docstring).
    ``hold_lost``: Call Notes cannot be read: no lost customer is invited (module docstring).
    ``first``: customers today's daily run owes a message not yet made (the invite job run
    before it): like ``waiting``, they keep their place and are invited on a later run.
    ``mourning``: customers who lost someone lately: a party invitation would hurt, as a
    win-back would; they are left out (no seat kept) until the mourning days are over.
    """
    qualified = [s for s in segmented.values() if s.segment in meetup.invite]
    uninvited = [s for s in qualified if s.customer.id not in invitations]
    blocked = [s for s in uninvited if s.customer.do_not_contact]
    apologised = [s for s in uninvited if s.segment == LOST and s.customer.id in win_back
                  and not s.customer.do_not_contact]
    # The turn-taking runs over everyone who qualifies, invited or not, so the
    # waiting list keeps its order from one run to the next: when a "no" frees a
    # seat, the first person left out last time is the one invited.
    grieving = [s for s in uninvited if s.customer.id in mourning
                and not s.customer.do_not_contact and s not in apologised]
    unchecked = [s for s in uninvited if hold_lost and s.segment == LOST
                 and not s.customer.do_not_contact and s not in apologised and s not in grieving]
    qualified_ids = {s.customer.id for s in qualified}
    twice = [s for s in uninvited if s.customer.same_person_as in qualified_ids
             and not s.customer.do_not_contact and s not in apologised and s not in unchecked
             and s not in grieving]
    apart = {s.customer.id for s in [*apologised, *grieving, *unchecked, *twice]}
    ranked = seat_order([s for s in qualified
                         if not s.customer.do_not_contact and s.customer.id not in apart],
                        segment_order, contact)
    queue = [s for s in ranked if s.customer.id not in invitations]
    held = sum(i.seats for i in invitations.values())
    seats = len(queue) if meetup.capacity is None else max(0, meetup.capacity - held)
    seated = queue[:seats]
    now: list[Segmented] = []
    left: list[LeftOut] = []
    for s in seated:
        if s.customer.id in waiting:
            left.append(LeftOut(s.customer, s.segment, ONE_A_DAY))
        elif s.customer.id in first:
            left.append(LeftOut(s.customer, s.segment, DAILY_FIRST))
        elif limit is not None and len(now) >= max(0, limit):
            left.append(LeftOut(s.customer, s.segment, DAILY_LIMIT))
        else:
            now.append(s)
    left += [LeftOut(s.customer, s.segment, NO_SEAT) for s in queue[seats:]]
    for reason, group in ((RECENT_WIN_BACK, apologised), (MOURNING, grieving), (CALLS_UNREAD, unchecked),
                          (SAME_PERSON, twice), (DO_NOT_CONTACT, blocked)):
        left += [LeftOut(s.customer, s.segment, reason)
                 for s in sorted(group, key=lambda s: (s.customer.row, s.customer.id))]
    return SeatPlan(meetup, held, tuple(now), tuple(left))


# --------------------------------------------------------------------------
# Summary numbers


@dataclass(frozen=True)
class RsvpCounts:
    invited: int
    yes: int
    no: int
    maybe: int

    @property
    def no_answer(self) -> int:
        return self.invited - self.yes - self.no - self.maybe


def rsvp_counts(invitations: Iterable[Invitation], new: int = 0) -> RsvpCounts:
    """Counts for the Meetup Summary; ``new``: invitations added by this run."""
    counted = [i for i in invitations if i.counted]
    answers = [i.rsvp for i in counted]
    return RsvpCounts(len(counted) + new, answers.count(YES), answers.count(NO),
                      answers.count(MAYBE))


def reminder_targets(invitations: Mapping[str, Invitation]) -> list[str]:
    """Customers owed the day-before reminder: those who said yes or maybe."""
    return [cid for cid, i in invitations.items() if i.counted and i.rsvp in (YES, MAYBE)]


def sentiment_counts(sentiments: Iterable[str | None]) -> dict[str, int]:
    """positive / negative / suggestion counts (undetected feedback counts nowhere)."""
    values = list(sentiments)
    return {k: values.count(k) for k in ("positive", "negative", "suggestion")}


__all__ = [
    "DAILY_FIRST", "DAILY_LIMIT", "DO_NOT_CONTACT", "INTERESTED", "Invitation", "LeftOut", "MAYBE",
    "MeetupSettings", "NO", "NO_SEAT", "ONE_A_DAY", "RECENT_WIN_BACK", "MOURNING", "CALLS_UNREAD",
    "attended", "RsvpCounts", "SeatPlan", "YES", "days_until",
    "in_invite_window", "invitations_for", "invite_key", "is_past", "last_contact",
    "meetup_context",
    "parse_rsvp", "plan_seats", "reminder_due", "reminder_key", "reminder_targets",
    "rsvp_counts", "seat_order", "sentiment_counts", "unreadable_replies",
]
