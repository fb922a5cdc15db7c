"""Week by week, what the shop's care for its customers achieved: the Results tab.

Every figure is counted from what the sheet holds, nothing else, so the owner
can check any of them by hand. A week starts on Monday; the last ``weeks``
weeks up to the one holding ``today`` are counted, oldest first.

* **Follow-ups due**: call notes whose follow-up fell due that week (Follow Up
  On, else the event's delay after the call); **sent**: of those, the ones whose
  message (Messages, the note's Key) has Status ``sent``; **on time**: sent on
  or before the day it was due (Sent On, else the day it was created).
* **Messages sent**: Messages rows with Status ``sent`` and their Sent On (else
  Created) in the week; **replies**: of those, the ones whose Reply is filled in.
* **Customers messaged**: different customers with a message sent that week;
  **bought within 14 days**: of those, the ones with an order (Orders) in the 14
  days after a message of that week was sent; **% bought**: that share. Against
  it, **% bought, not messaged**: the share of the other customers (not Do Not
  Contact, and sent no message from 14 days before the week to its end) with an
  order in the 14 days from the week's Monday. Weeks less than 14 days ago are
  still counting.
* **Lost customers messaged**: different customers sent a ``win_back`` message
  that week; **came back**: of those, the ones with an order after it was sent.
* **Invited / said yes / attended**: invitations for the meetups held that week
  (a cancelled meetup was not held; not skipped, or answered), the ones answered yes, and the ones who came: a
  Reply on the invitation or the reminder saying so ("attended", "এসেছিলেন";
  see ``rules/meetups.py``), or a Feedback row for that meetup from that customer.
* **Negative feedback / resolved**: Feedback rows dated that week judged
  negative (staff's Sentiment, or detected), and of those the ones marked Resolved.

Pure functions of plain data and ``today``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Iterable, Mapping

from ..config import EventKind
from ..events import EventDetector
from ..sheet.records import SheetData
from .followups import due_date, longest_delay, note_key
from .meetups import INVITE_KIND, REMINDER_KIND, YES, attended, invitations_for
from .stay_in_touch import SENT_STATUSES

WEEKS = 12
BUY_WINDOW_DAYS = 14


@dataclass
class Week:
    start: date  # a Monday
    follow_ups_due: int = 0
    follow_ups_sent: int = 0
    sent_on_time: int = 0
    messages_sent: int = 0
    replies: int = 0
    messaged: int = 0
    bought_after: int = 0
    others: int = 0  # customers not messaged (the comparison group)
    others_bought: int = 0
    win_backs: int = 0
    came_back: int = 0
    invited: int = 0
    said_yes: int = 0
    attended: int = 0
    negative: int = 0
    resolved: int = 0

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def bought_rate(self) -> float | None:
        return 100.0 * self.bought_after / self.messaged if self.messaged else None

    @property
    def others_rate(self) -> float | None:
        return 100.0 * self.others_bought / self.others if self.others else None

    def counting(self, today: date) -> bool:
        """Purchases after this week's messages may still come in."""
        return (today - self.end).days < BUY_WINDOW_DAYS


COUNTS = tuple(f.name for f in fields(Week) if f.name != "start")


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _sent(status: str) -> bool:
    return status.strip().casefold() in SENT_STATUSES


def weekly_results(data: SheetData, kinds: tuple[EventKind, ...], today: date,
                   negative: Iterable[tuple[date | None, bool]] = (), weeks: int = WEEKS,
                   detector: EventDetector | None = None) -> list[Week]:
    """The last ``weeks`` weeks, oldest first.

    ``negative``: (date, resolved) of each Feedback row judged negative (the judging
    is the feedback rules' job, shared with Follow-ups). ``detector``: the run's, so a
    note is read once a run and its event is the one Follow-ups sees.
    """
    first = monday(today) - timedelta(weeks=weeks - 1)
    out = [Week(first + timedelta(weeks=i)) for i in range(weeks)]

    def week_of(d: date | None) -> Week | None:
        if d is None or d < first or d > today:
            return None
        return out[(d - first).days // 7]

    orders: dict[str, list[date]] = {}
    for o in data.orders:
        if not o.returned:
            orders.setdefault(o.customer_id, []).append(o.date)

    def bought(cid: str, after: date, until: date) -> bool:
        return any(after < d <= until for d in orders.get(cid, ()))

    # follow-ups from call notes
    sent_on: dict[str, date] = {}
    for m in data.messages:
        if _sent(m.status) and m.key not in sent_on:
            sent_on[m.key] = m.sent_on or m.created or today
    detector = detector or EventDetector.from_kinds(kinds)
    by_key = {k.key: k for k in kinds}
    earliest = first - timedelta(days=longest_delay(kinds))
    notes = [n for n in data.call_notes  # the others fall due outside the weeks counted,
             if n.follow_up_on is not None or n.event is not None  # whatever they say
             or earliest <= n.date <= today]
    detector.prime((n.note, n.date) for n in notes if not n.event)
    for note in notes:
        due = due_date(note, note.event or detector.detect(note.note, note.date), by_key)
        w = week_of(due)
        if w is None or due is None:
            continue
        w.follow_ups_due += 1
        when = sent_on.get(note_key(note))
        if when is not None:
            w.follow_ups_sent += 1
            w.sent_on_time += when <= due
    # messages, replies, purchases after them, win-backs
    messaged: dict[int, dict[str, list[date]]] = {}  # week index -> customer -> sends that week
    last_send: dict[str, list[date]] = {}
    for m in data.messages:
        if not _sent(m.status):
            continue
        when = m.sent_on or m.created
        if when is None:
            continue
        if m.customer_id:
            last_send.setdefault(m.customer_id, []).append(when)
        w = week_of(when)
        if w is None:
            continue
        w.messages_sent += 1
        w.replies += bool(m.reply.strip())
        if m.customer_id:
            messaged.setdefault(out.index(w), {}).setdefault(m.customer_id, []).append(when)
        if m.kind == "win_back" and m.customer_id:
            w.win_backs += 1
            w.came_back += bought(m.customer_id, when, today)
    # The comparison group, counted per order rather than per customer and week: an
    # order on day d counts for the (at most two) weeks whose 14 days from Monday hold d.
    reachable = {cid for cid, c in data.customers.items() if not c.do_not_contact}
    bought_from: dict[int, set[str]] = {}  # week index -> reachable customers who bought then
    for cid, days in orders.items():
        if cid not in reachable:
            continue
        for d in days:
            k = (d - first).days
            for i in range(max(0, -((BUY_WINDOW_DAYS - 1 - k) // 7)), min(weeks - 1, k // 7) + 1):
                bought_from.setdefault(i, set()).add(cid)
    for i, w in enumerate(out):
        sends = messaged.get(i, {})
        w.messaged = len(sends)
        w.bought_after = sum(
            1 for cid, days in sends.items()
            if any(bought(cid, d, d + timedelta(days=BUY_WINDOW_DAYS)) for d in days))
        quiet_from = w.start - timedelta(days=BUY_WINDOW_DAYS)
        quiet = {cid for cid, days in last_send.items()
                 if cid in reachable and any(quiet_from <= d <= w.end for d in days)}
        w.others = len(reachable) - len(quiet)
        w.others_bought = len(bought_from.get(i, set()) - quiet)
    # meetups: invitations, yes, attended
    came = {(f.meetup_id, f.customer_id) for f in data.feedback if f.meetup_id and f.customer_id}
    reminders = {m.key: m.reply for m in data.messages if m.kind == REMINDER_KIND or
                 m.key.startswith(REMINDER_KIND + ":")}
    seen: set[str] = set()
    for meetup in data.meetups:
        w = week_of(meetup.date)
        if w is None or meetup.id in seen:
            continue
        seen.add(meetup.id)
        if meetup.cancelled:  # not held: its invitations achieved nothing that week
            continue
        for cid, inv in invitations_for(meetup.id, data.messages).items():
            if not inv.counted:
                continue
            w.invited += 1
            w.said_yes += inv.rsvp == YES
            reminder = reminders.get(f"{REMINDER_KIND}:{meetup.id}:{cid}", "")
            w.attended += bool(attended(inv.message.reply) or attended(reminder)
                               or (meetup.id, cid) in came)
    for day, resolved in negative:
        w = week_of(day)
        if w is not None:
            w.negative += 1
            w.resolved += bool(resolved)
    return out


@dataclass(frozen=True)
class Totals:
    weeks: int
    sums: Mapping[str, int]

    @property
    def bought_rate(self) -> float | None:
        return _rate(self.sums["bought_after"], self.sums["messaged"])

    @property
    def same_weeks(self) -> tuple[int, int]:
        """Customers not messaged, and those who bought, in the weeks someone was messaged only:
        the fair comparison (stop 30's owner trial: one Eid-rush week's messages against twelve
        weeks of everyone else made win-backs look like they worked)."""
        return self.sums["others_bought_same_weeks"], self.sums["others_same_weeks"]

    @property
    def same_weeks_rate(self) -> float | None:
        return _rate(*self.same_weeks)


def _rate(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def totals(weeks: list[Week]) -> Totals:
    sums = {name: sum(getattr(w, name) for w in weeks) for name in COUNTS}
    sums["others_same_weeks"] = sum(w.others for w in weeks if w.messaged)
    sums["others_bought_same_weeks"] = sum(w.others_bought for w in weeks if w.messaged)
    return Totals(len(weeks), sums)


__all__ = ["BUY_WINDOW_DAYS", "COUNTS", "INVITE_KIND", "Totals", "WEEKS", "Week", "monday",
           "totals", "weekly_results"]
