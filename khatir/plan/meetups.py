"""Meetups: segmented invitations, day-before reminders and the Meetup Summary tab.

The daily job invites for every meetup whose invitation window is open
(``[meetups] invite_days_before``, 7 days by default, until the day before) and
reminds the customers who answered yes or maybe the day before. ``invite.py``
invites for one meetup now, whatever the window (never for a past meetup), and
sends no reminders. Both rewrite the whole Meetup Summary (one row per meetup).

Who gets a seat, and in which order, is ``rules/meetups.py``; segments are
``rules/segments.py``. Invitations are capped here, before ``prepare_messages``,
with the same per-kind daily cap (``[caps] meetup_invite``, less what earlier runs
made today), so the Summary's numbers are
exactly what gets written; the people the cap holds back are listed as left out
for "daily limit" and come first on the next run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Collection, Iterable, Mapping

from ..i18n import Counted, Text, localise_digits
from ..sheet.names import SheetNames
from ..sheet.records import Meetup, SheetData
from ..messages.filters import long_date
from ..rules.meetups import (CANCELLED_KIND, CHANGE_KIND, DAILY_FIRST, DAILY_LIMIT, DO_NOT_CONTACT, INVITE_KIND,
                             NO_SEAT, ONE_A_DAY, RECENT_WIN_BACK, MOURNING, CALLS_UNREAD, SAME_PERSON, REMINDER_KIND, Invitation,
                             LeftOut, MeetupSettings, cancelled_key, change_key, for_mark,
                             last_told, told_of, told_records, when_of,
                             RsvpCounts, SeatPlan, in_invite_window, invitations_for, invite_key, is_past,
                             meetup_context, plan_seats, reminder_due, reminder_key,
                             reminder_targets, rsvp_counts, sentiment_counts, unreadable_replies)
from ..rules.feedback import Judged, awaiting_put_right
from ..rules.segments import Segmented
from ..rules.lost import AT_RISK, LOST
from ..rules.segments import INTERESTED
from ..notes.story import BUSY
from ..rules.win_back import in_touch, recent_win_backs, talked_since_win_back
from .worklist import Draft, WorkItem, cap_left, made_today
from . import Contribution
from .facts import CustomerView, RunFacts, every_message

SEGMENT_LABELS = {
    "interested": Text(en="interested", bn="আগ্রহী"),
    "existing": Text(en="existing customer", bn="বর্তমান গ্রাহক"),
    "lost": Text(en="lost customer", bn="হারানো গ্রাহক"),
}
REASONS = {
    NO_SEAT: Text(en="no seat", bn="আসন নেই"),
    DAILY_LIMIT: Text(en="daily message limit, comes on the next run",
                      bn="দৈনিক বার্তার সীমা, পরের রানে আসবে"),
    DO_NOT_CONTACT: Text(en="Do Not Contact", bn="যোগাযোগ নয়"),
    ONE_A_DAY: Text(en="has another message today, invited on a later run",
                    bn="আজ অন্য একটি বার্তা যাচ্ছে, পরের রানে আমন্ত্রণ"),
    DAILY_FIRST: Text(en="today's daily run owes them a message (a follow-up, an apology, a get-well): "
                         "it comes first, invited on a later run",
                      bn="আজকের দৈনিক রানে তাঁর জন্য একটি বার্তা (ফলো-আপ, দুঃখপ্রকাশ, শুভকামনা) পাওনা: "
                         "সেটি আগে যাবে, পরের রানে আমন্ত্রণ"),
    RECENT_WIN_BACK: Text(en="has a recent win-back message, sent or still to send: no second apology",
                          bn="সম্প্রতি ফিরিয়ে আনার বার্তা পেয়েছেন বা পাবেন: আবার দুঃখপ্রকাশ নয়"),
    MOURNING: Text(en="in mourning, a death in the family noted in {calls} lately: not invited for now",
                   bn="শোকের সময়, {calls} ট্যাবে সম্প্রতি পরিবারে মৃত্যুর খবর নোট করা: এখন আমন্ত্রণ নয়"),
    CALLS_UNREAD: Text(en="lost customer, and {calls} cannot be read (see {problems}): not invited until it is fixed",
                       bn="হারানো গ্রাহক, আর {calls} ট্যাব পড়া যাচ্ছে না ({problems} ট্যাব দেখুন): ঠিক না হওয়া পর্যন্ত আমন্ত্রণ নয়"),
    SAME_PERSON: Text(en="same name and phone as an earlier row (see {problems}): that row is invited",
                      bn="আগের একটি সারির সঙ্গে নাম ও ফোন একই ({problems} ট্যাব দেখুন): সেই সারিকে আমন্ত্রণ"),
}  # {calls}, {problems}: the tabs as this sheet titles them (khatir.sheet.names)
INVITE_REASON = Text(en="Invitation to \u201c{title}\u201d on {date} ({segment})",
                     bn="{date} তারিখে \u201c{title}\u201d মিটআপে আমন্ত্রণ ({segment})")
REMINDER_REASON = Text(en="Reminder: \u201c{title}\u201d on {date}",
                       bn="মনে করিয়ে দেওয়া: {date} তারিখে \u201c{title}\u201d মিটআপ")
INVITED_NOTE = Counted(one="Meetup {id} ({date}): 1 invitation prepared; seats left: {left}.",
                       en="Meetup {id} ({date}): {count} invitations prepared; seats left: {left}.",
                       bn="মিটআপ {id} ({date}): {count}টি আমন্ত্রণ তৈরি হয়েছে; খালি আসন: {left}।")
LEFT_OUT_NOTE = Text(en="Meetup {id}: {count} left out: {who}.",
                     bn="মিটআপ {id}: {count} জন বাদ পড়েছেন: {who}।")
REMINDER_NOTE = Counted(one="Meetup {id} ({date}): 1 reminder prepared for those who said yes or maybe.",
                        en="Meetup {id} ({date}): {count} reminders prepared for those who said yes or maybe.",
                        bn="মিটআপ {id} ({date}): যাঁরা হ্যাঁ বা হয়তো বলেছেন তাঁদের জন্য {count}টি মনে করিয়ে দেওয়ার বার্তা তৈরি হয়েছে।")
UNREADABLE_NOTE = Text(
    en="Meetup {id}: the Reply \u201c{reply}\u201d in Messages row {row} is not yes, no or maybe; it counts as no answer.",
    bn="মিটআপ {id}: বার্তা ট্যাবের {row} নম্বর সারির উত্তর \u201c{reply}\u201d হ্যাঁ, না বা হয়তো নয়; এটি উত্তর নেই হিসেবে ধরা হয়েছে।")
DUPLICATE_NOTE = Text(en="Meetup ID {id} is used twice in the Meetups tab (rows {first} and {row}); only row {first} is used.",
                      bn="মিটআপ আইডি {id} মিটআপ ট্যাবে দুবার আছে (সারি {first} ও {row}); শুধু সারি {first} ধরা হয়েছে।")
CHANGE_REASON = Text(en="\u201c{title}\u201d moved: now {date}; the invitation said otherwise",
                     bn="\u201c{title}\u201d বদলেছে: এখন {date}; আমন্ত্রণে অন্য কথা ছিল")
CANCELLED_REASON = Text(en="\u201c{title}\u201d on {date} is cancelled; the invitation was sent",
                        bn="{date} তারিখের \u201c{title}\u201d বাতিল; আমন্ত্রণ পাঠানো হয়েছিল")
DO_NOT_SEND = Text(en="Do not send message {key}: the meetup is cancelled (\u201c{title}\u201d, {date})",
                   bn="{key} বার্তাটি পাঠাবেন না: মিটআপটি বাতিল (\u201c{title}\u201d, {date})")
DO_NOT_SEND_PAST = Text(en="Do not send message {key}: the meetup is over (\u201c{title}\u201d, {date})",
                        bn="{key} বার্তাটি পাঠাবেন না: মিটআপটি হয়ে গেছে (\u201c{title}\u201d, {date})")
MOURNING_DO_NOT_SEND = Text(
    en="Do not send message {key}: a death in the family was noted in {calls} on {date} (“{title}”)",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখে {calls} ট্যাবে পরিবারে মৃত্যুর খবর নোট করা আছে (“{title}”)")
# A past meetup's pending messages are listed as "do not send" for a week after it: long enough
# to stop a late send, short enough that a shop that never marks Status is not flooded.
PAST_SHOWN_DAYS = 7
CANCELLED = Text(en="cancelled", bn="বাতিল")
CANCELLED_NOTE = Text(
    en="Meetup {id} ({date}) is cancelled: no invitations or reminders; {count} cancellation messages prepared.",
    bn="মিটআপ {id} ({date}) বাতিল: কোনো আমন্ত্রণ বা রিমাইন্ডার নয়; {count}টি বাতিলের বার্তা তৈরি হয়েছে।")
CHANGE_NOTE = Counted(
    one="Meetup {id}: now {date}; 1 customer already invited gets a date-changed message.",
    en="Meetup {id}: now {date}; {count} customers already invited get a date-changed message.",
    bn="মিটআপ {id}: এখন {date}; আগে আমন্ত্রিত {count} জনের জন্য তারিখ বদলের বার্তা তৈরি হয়েছে।")
STALE_NOTE = Text(
    en="Meetup {id}: the invitations still to send in Messages rows {rows} give the old date, time or place; correct their text before sending (now {date}).",
    bn="মিটআপ {id}: বার্তা ট্যাবের {rows} নম্বর সারির না-পাঠানো আমন্ত্রণে পুরোনো তারিখ, সময় বা স্থান আছে; পাঠানোর আগে লেখাটি ঠিক করুন (এখন {date})।")
NO_LIMIT = Text(en="no limit", bn="সীমা নেই")
AND_MORE = Text(en="{names} and {count} more", bn="{names} এবং আরও {count} জন")
#: The run summary names this many of a meetup's left-out customers (the first in the
#: waiting list); the Meetup Summary tab has every ID, ``run.py invite`` every name.
NAMED_IN_SUMMARY = 5


@dataclass
class MeetupOutcome:
    """Everything this run decided for one meetup."""

    meetup: Meetup
    invitations: dict[str, Invitation]  # already in Messages, by customer ID
    seats: SeatPlan | None  # None: invitations not open (past, or not yet in the window)
    inviting: bool  # this run prepares invitations for it
    invites: list[Draft] = field(default_factory=list)
    reminders: list[Draft] = field(default_factory=list)
    notices: list[Draft] = field(default_factory=list)  # date-changed or cancellation messages
    items: list[WorkItem] = field(default_factory=list)  # "do not send" rows (cancelled)
    stale: list[Invitation] = field(default_factory=list)  # pending, made for an old date
    sentiments: dict[str, int] = field(default_factory=dict)
    past: bool = False  # the meetup's day has gone by

    @property
    def counts(self) -> RsvpCounts:
        return rsvp_counts(self.invitations.values(), new=len(self.invites))

    @property
    def left_out(self) -> tuple[LeftOut, ...]:
        return self.seats.left_out if self.seats else ()

    @property
    def seats_left(self) -> int | None:
        if self.meetup.capacity is None:
            return None
        held = sum(i.seats for i in self.invitations.values())  # "2 jon ashbo" holds two
        kept = self.seats.kept if self.seats else 0  # kept for a later run: taken
        return max(0, self.meetup.capacity - held - len(self.invites) - kept)


def plan_meetups(facts: RunFacts, only: str | None = None, busy: Collection[str] = frozenset(),
                 win_back: Collection[str] = frozenset(),
                 first: Collection[str] = frozenset()) -> tuple[list[MeetupOutcome], list[str]]:
    """Each meetup's outcome (sheet order) and notes for the run summary.

    ``only``: the invite job's meetup: it alone is invited, now; no reminders.
    ``busy``: customers who get another message today; their invitation waits a
    day (one voice per customer), as does a second invitation on the same day.
    ``win_back``: those of them whose message today is a win-back: like the ones
    with a win-back in Messages within ``[win_back] quiet_days``, they are not
    invited as lost customers (``rules/meetups.py``).
    ``first``: the invite job's customers whom today's daily run owes a message not yet in
    Messages (``jobs/invite.py``): that message comes first, whichever command runs first.
    """
    data, settings, today = facts.data, facts.settings, facts.today
    waiting = set(busy)
    quiet_days = settings.parsed.win_back_quiet_days
    # A win-back whose row staff deleted or moved away (the tab renamed) is still in
    # Khatir Keys, with its kind and day: it counts as the one in Messages would.
    listed = {m.key for m in data.messages}
    gone = [m for key, m in data.issued.items() if key not in listed]
    apologised = ((recent_win_backs([*data.messages, *gone], today, quiet_days) | set(win_back))
                  if quiet_days else set())
    # staff talked to them since their win-back: no second apology in a row any more, and the
    # invitation is the plain one of a lost customer the team is in touch with
    reader = facts.note_reader
    talked = talked_since_win_back([*data.messages, *gone], data.call_notes, today,
                                   lambda n: reader.read(n.note, n.date).event != BUSY) if apologised else set()
    apologised -= talked
    lang = settings.language
    ms = settings.parsed.meetups
    meetups, notes = _unique(data.meetups, lang)
    existing = {m.key for m in data.messages}
    made = made_today(data, today)  # the caps are per day: earlier runs' messages count
    budget = {kind: cap_left(settings, kind, made) for kind in (INVITE_KIND, REMINDER_KIND)}
    view: CustomerView | None = None  # the costly part: only when a meetup needs seats
    in_touch: set[str] | None = None  # worked out only when a lost customer is invited
    sentiments = _sentiments(facts.feedback)
    outcomes = {m.id: MeetupOutcome(m, invitations_for(m.id, data.messages), None, False,
                                    sentiments=sentiments.get(m.id, sentiment_counts(())))
                for m in meetups}
    # Soonest meetup first: when the daily cap bites, the nearest date cannot wait.
    for m in sorted(meetups, key=lambda m: (m.date, m.row)):
        out = outcomes[m.id]
        if is_past(m, today):
            out.past = True
            if (today - m.date).days <= PAST_SHOWN_DAYS:  # what staff might still send by mistake
                out.items = _do_not_send(data, m, lang, DO_NOT_SEND if m.cancelled else DO_NOT_SEND_PAST)
            continue
        if m.cancelled:
            # Called off: nothing new but one cancellation message to each customer
            # who has the invitation, and "do not send" for what is still pending.
            out.notices = _cancellations(data, m, out.invitations, existing, lang)
            out.items = _do_not_send(data, m, lang, DO_NOT_SEND)
            continue
        changes = _changes(data, m, out.invitations, existing, lang)
        out.notices = changes
        out.stale = _stale(data, m, out.invitations)
        in_window = in_invite_window(m, today, ms.invite_days_before)
        out.inviting = (m.id == only) if only is not None else in_window
        if out.inviting or in_window or out.invitations:
            view = view or facts.customers
            out.seats = _seats(m, out, view.segments, view.last_contact, ms, budget[INVITE_KIND],
                               waiting, apologised, data.calls_unread, first, facts.mourning)
            if in_touch is None and any(s.segment == LOST for s in out.seats.chosen):
                in_touch = _in_touch(facts) | talked
            unhappy = awaiting_put_right(facts.feedback, today) if out.seats.chosen else set()
            out.invites = [_invite(s, m, lang, in_touch or set(), unhappy) for s in out.seats.chosen]
            waiting |= {s.id for s in out.seats.chosen}
            budget[INVITE_KIND] = _spend(budget[INVITE_KIND], len(out.invites))
        # In mourning since: no reminder, and what is still pending is not to be sent (F6)
        out.items = _grieving(data, m, facts.mourning, lang)
        if only is None and reminder_due(m, today, ms.remind_days_before):
            moved = {d.customer.id for d in changes}  # the date-changed message instead
            out.reminders = _reminders(data, m, {c: i for c, i in out.invitations.items()
                                                 if c not in moved and c not in facts.mourning},
                                       existing, budget[REMINDER_KIND], lang)
            budget[REMINDER_KIND] = _spend(budget[REMINDER_KIND], len(out.reminders))
    ordered = [outcomes[m.id] for m in meetups]
    for out in ordered:
        notes += _notes(out, lang, data.names)
    return ordered, notes


def contribute(facts: RunFacts, busy: Collection[str] = frozenset(),
               win_back: Collection[str] = frozenset()) -> Contribution:
    """The daily job's section: invitations in the window, reminders, the Summary."""
    return contribution(*plan_meetups(facts, busy=busy, win_back=win_back), facts.settings.language,
                        facts.data.names)


def invite_section(meetup_id: str, first: Collection[str] = frozenset()) -> Callable[..., Contribution]:
    """The invite job's section: invitations for ``meetup_id`` only, and the Summary.
    ``first``: customers today's daily run owes a message (``plan_meetups``)."""
    def section(facts: RunFacts, busy: Collection[str] = frozenset(),
                win_back: Collection[str] = frozenset()) -> Contribution:
        return contribution(*plan_meetups(facts, only=meetup_id, busy=busy, win_back=win_back,
                                          first=first),
                            facts.settings.language, facts.data.names)
    return section


def contribution(outcomes: list[MeetupOutcome], notes: list[str], lang: str,
                 sheet: SheetNames | None = None) -> Contribution:
    out = Contribution(notes=list(notes))
    for o in outcomes:
        out.drafts += o.notices + o.invites + o.reminders
        out.items += o.items
    out.tabs["meetup_summary"] = [summary_row(o, lang, sheet) for o in outcomes]
    return out


def summary_row(o: MeetupOutcome, lang: str, sheet: SheetNames | None = None) -> dict[str, object]:
    c = o.counts
    left = o.seats_left
    if o.meetup.cancelled:
        return {"meetup_id": o.meetup.id, "title": o.meetup.title, "date": o.meetup.date.isoformat(),
                "invited": c.invited, "yes": c.yes, "no": c.no, "maybe": c.maybe,
                "no_answer": c.no_answer, "seats_left": "", "left_out": CANCELLED(lang),
                "positive": o.sentiments.get("positive", 0),
                "negative": o.sentiments.get("negative", 0),
                "suggestion": o.sentiments.get("suggestion", 0)}
    return {
        "meetup_id": o.meetup.id, "title": o.meetup.title, "date": o.meetup.date.isoformat(),
        "invited": c.invited, "yes": c.yes, "no": c.no, "maybe": c.maybe,
        "no_answer": c.no_answer, "seats_left": "" if left is None or o.past else left,
        "left_out": left_out_text(o.left_out, lang, sheet) if o.seats is not None else "",
        "positive": o.sentiments.get("positive", 0), "negative": o.sentiments.get("negative", 0),
        "suggestion": o.sentiments.get("suggestion", 0),
    }


def left_out_text(left: Iterable[LeftOut], lang: str, sheet: SheetNames | None = None) -> str | int:
    """``7: C-003, C-004 (no seat); C-007 (Do Not Contact)``: the count, then the IDs by
    reason in waiting-list order (the first is the next in line); 0 when nobody."""
    left = list(left)
    if not left:
        return 0
    return f"{localise_digits(len(left), lang)}: {left_out_list(left, lang, sheet=sheet)}"


def left_out_list(left: Iterable[LeftOut], lang: str, names: bool = False,
                  limit: int | None = None, sheet: SheetNames | None = None) -> str:
    """``C-003, C-004 (no seat); C-007 (Do Not Contact)``, with names when asked;
    only the first ``limit`` in waiting-list order, then "and N more". ``sheet``: the tabs
    as the sheet titles them, for the reasons that point at one (both names without it)."""
    sheet = sheet or SheetNames()
    tabs = {"calls": sheet.tab("call_notes", lang), "problems": sheet.tab("problems", lang)}
    left = list(left)
    shown = left if limit is None else left[:limit]
    groups: dict[str, list[str]] = {}
    for item in shown:
        who = f"{item.customer.id} {item.customer.name}" if names else item.customer.id
        groups.setdefault(item.reason, []).append(who)
    text = "; ".join(f"{', '.join(ids)} ({REASONS[reason](lang, **tabs)})" for reason, ids in groups.items())
    if len(left) > len(shown):
        return AND_MORE(lang, names=text, count=localise_digits(len(left) - len(shown), lang))
    return text


# --------------------------------------------------------------------------


def _unique(meetups: list[Meetup], lang: str) -> tuple[list[Meetup], list[str]]:
    """The first row of each Meetup ID: two meetups with one ID would share their keys."""
    first: dict[str, Meetup] = {}
    notes = []
    for m in meetups:
        if m.id in first:
            notes.append(DUPLICATE_NOTE(lang, id=m.id, first=first[m.id].row, row=m.row))
        else:
            first[m.id] = m
    return list(first.values()), notes


def _sentiments(judged: list[Judged]) -> dict[str, dict[str, int]]:
    by_meetup: dict[str, list[str | None]] = {}
    for j in judged:
        if j.feedback.meetup_id:
            by_meetup.setdefault(j.feedback.meetup_id, []).append(j.sentiment)
    return {mid: sentiment_counts(values) for mid, values in by_meetup.items()}


def _spend(budget: int | None, used: int) -> int | None:
    return None if budget is None else max(0, budget - used)


def _seats(m: Meetup, out: MeetupOutcome, segmented: Mapping[str, Segmented],
           contact: Mapping[str, date], ms: MeetupSettings, budget: int | None,
           waiting: Collection[str], win_back: Collection[str], hold_lost: bool,
           first: Collection[str] = (), mourning: Collection[str] = ()) -> SeatPlan:
    plan = plan_seats(m, segmented, out.invitations, contact, ms.segment_order,
                      limit=budget if out.inviting else None,
                      waiting=waiting if out.inviting else (), win_back=win_back,
                      hold_lost=hold_lost, first=first if out.inviting else (), mourning=mourning)
    if out.inviting:
        return plan
    # Open but not inviting on this run (invite.py for another meetup, or the meetup
    # day itself): nobody is chosen; only who has no seat is shown.
    return SeatPlan(m, plan.held, (), plan.left_out)


def _in_touch(facts: RunFacts) -> set[str]:
    """Customers staff spoke to, who answered a message, or who said yes to a meetup within
    ``[win_back] quiet_days``: the reasons that hold back a win-back, but for other messages
    (each of them, not only the first ``facts.quiet`` names: rules/win_back.py ``in_touch``)."""
    return in_touch(every_message(facts.data), facts.data.call_notes, facts.data.meetups,
                    facts.today, facts.settings.parsed.win_back_quiet_days)


def _invite(s: Segmented, m: Meetup, lang: str, in_touch: Collection[str],
            unhappy: Collection[str] = ()) -> Draft:
    """A lost customer the team is in touch with again (a call, a reply, a yes lately) is
    invited without the lost-customer apology ("we have not seen you in a while, we may have
    let you down"), which would ring false days after a friendly call: the plain invitation.
    A customer whose unhappy feedback is not yet Resolved (``unhappy``) is not thanked "for
    staying with us" nor asked to recommend the shop: the template's ``complaint_open``."""
    c = s.customer
    variant = INTERESTED if s.segment == LOST and c.id in in_touch else s.segment
    return Draft(
        key=invite_key(m.id, c.id), kind=INVITE_KIND, variant=variant, customer=c,
        reason=INVITE_REASON(lang, title=m.title or m.id, date=long_date(m.date, lang),
                             segment=SEGMENT_LABELS[s.segment](lang)),
        agent=c.agent, context={"meetup": meetup_context(m),
                                # an at-risk buyer, quiet for longer than usual: not thanked "for
                                # staying with us all this time" (the third month's trial, F8)
                                "quiet_lately": s.assessment is not None and s.assessment.level == AT_RISK,
                                "complaint_open": c.id in unhappy},
        marks=(for_mark(m, c.id),))  # what it was made for: a later change is noticed


def _told(data: SheetData, m: Meetup, invitations: Mapping[str, Invitation]) -> list[Invitation]:
    """The invitations the customers have (``told_of``), of customers still contactable."""
    out = []
    for inv in invitations.values():
        c = data.customers.get(inv.customer_id)
        if c is not None and not c.do_not_contact and told_of(inv):
            out.append(inv)
    return out


def _changes(data: SheetData, m: Meetup, invitations: Mapping[str, Invitation],
             existing: set[str], lang: str) -> list[Draft]:
    """A date-changed message to each customer who has the invitation and was last told
    another date, time or place (one per change: the key holds the new one)."""
    now = when_of(m)
    keys = told_records(m.id, [*data.issued.values(), *data.messages])
    out = []
    for inv in _told(data, m, invitations):
        told = last_told(m.id, inv.customer_id, keys)
        key = change_key(m, inv.customer_id)
        if told is None or told == now or key in existing:
            continue
        out.append(_told_draft(data, m, inv, key, CHANGE_KIND, CHANGE_REASON, lang))
    return out


def _stale(data: SheetData, m: Meetup, invitations: Mapping[str, Invitation]) -> list[Invitation]:
    """Invitations still to send that were made for another date, time or place."""
    now = when_of(m)
    keys = told_records(m.id, data.issued.values())
    return [inv for inv in invitations.values() if inv.message.status == "pending"
            and last_told(m.id, inv.customer_id, keys) not in (None, now)]


def _cancellations(data: SheetData, m: Meetup, invitations: Mapping[str, Invitation],
                   existing: set[str], lang: str) -> list[Draft]:
    out = []
    for inv in _told(data, m, invitations):
        key = cancelled_key(m.id, inv.customer_id)
        if key in existing:
            continue
        out.append(_told_draft(data, m, inv, key, CANCELLED_KIND, CANCELLED_REASON, lang))
    return out


def _told_draft(data: SheetData, m: Meetup, inv: Invitation, key: str, kind: str,
                reason: Text, lang: str) -> Draft:
    """A message about meetup ``m`` to a customer who has its invitation (moved, cancelled)."""
    c = data.customers[inv.customer_id]
    return Draft(key=key, kind=kind, variant="default", customer=c,
                 reason=reason(lang, title=m.title or m.id, date=long_date(m.date, lang)),
                 agent=c.agent, context={"meetup": meetup_context(m)})


def _do_not_send(data: SheetData, m: Meetup, lang: str, why: Text) -> list[WorkItem]:
    """A cancelled or past meetup's messages still pending in Messages (invitations, reminders,
    date-changed messages): listed at the top of Follow-ups, since Messages is never edited."""
    out = []
    prefixes = tuple(f"{kind}:{m.id}:" for kind in (INVITE_KIND, REMINDER_KIND, CHANGE_KIND))
    for msg in data.messages:
        if msg.status != "pending" or not msg.key.startswith(prefixes):
            continue
        c = data.customers.get(msg.customer_id)
        out.append(WorkItem(
            group="do_not_send", customer=c, agent=c.agent if c else "",
            why=why(lang, key=msg.key, title=m.title or m.id, date=long_date(m.date, lang)),
            order=(m.date, msg.row)))
    return out


def _grieving(data: SheetData, m: Meetup, mourning: Mapping[str, date], lang: str) -> list[WorkItem]:
    """A meetup's messages still pending in Messages for a customer in mourning (the invitation
    made before the death was noted): "do not send" at the top of Follow-ups, as for a cancelled
    meetup, since Messages is never edited."""
    out = []
    prefixes = tuple(f"{kind}:{m.id}:" for kind in (INVITE_KIND, REMINDER_KIND, CHANGE_KIND))
    calls = data.names.tab("call_notes", lang)
    for msg in data.messages:
        c = data.customers.get(msg.customer_id)
        if msg.status != "pending" or not msg.key.startswith(prefixes) or c is None or c.id not in mourning:
            continue
        out.append(WorkItem(
            group="do_not_send", customer=c, agent=c.agent,
            why=MOURNING_DO_NOT_SEND(lang, key=msg.key, calls=calls, date=long_date(mourning[c.id], lang),
                                     title=m.title or m.id),
            order=(m.date, msg.row)))
    return out


def _reminders(data: SheetData, m: Meetup, invitations: Mapping[str, Invitation],
               existing: set[str], budget: int | None, lang: str) -> list[Draft]:
    out: list[Draft] = []
    for cid in reminder_targets(invitations):
        customer = data.customers.get(cid)
        key = reminder_key(m.id, cid)
        if customer is None or customer.do_not_contact or key in existing:
            continue
        if budget is not None and len(out) >= budget:
            break
        out.append(Draft(
            key=key, kind=REMINDER_KIND, variant="default", customer=customer,
            reason=REMINDER_REASON(lang, title=m.title or m.id, date=long_date(m.date, lang)),
            agent=customer.agent, context={"meetup": meetup_context(m)}))
    return out


def _notes(o: MeetupOutcome, lang: str, sheet: SheetNames) -> list[str]:
    n = lambda v: localise_digits(v, lang)  # noqa: E731
    notes = []
    day = long_date(o.meetup.date, lang)
    if o.meetup.cancelled:
        # Said once, on the run that prepares the cancellation messages: every later run
        # until the day would repeat "0 cancellation messages" (Follow-ups keeps the
        # "do not send" rows in view).
        if not o.notices:
            return []
        return [CANCELLED_NOTE(lang, id=o.meetup.id, date=day, count=n(len(o.notices)))]
    if o.notices:
        notes.append(CHANGE_NOTE(lang, len(o.notices), id=o.meetup.id,
                                 date=f"{day} {o.meetup.time}".strip()))
    if o.stale:
        notes.append(STALE_NOTE(lang, id=o.meetup.id, date=day,
                                rows=", ".join(n(i.message.row) for i in o.stale)))
    if o.invites:
        left = o.seats_left
        notes.append(INVITED_NOTE(lang, len(o.invites), id=o.meetup.id, date=day,
                                  left=NO_LIMIT(lang) if left is None else n(left)))
    if o.inviting and o.left_out:
        notes.append(LEFT_OUT_NOTE(lang, id=o.meetup.id, count=n(len(o.left_out)),
                                   who=left_out_list(o.left_out, lang, names=True,
                                                     limit=NAMED_IN_SUMMARY, sheet=sheet)))
    if o.reminders:
        notes.append(REMINDER_NOTE(lang, len(o.reminders), id=o.meetup.id, date=day))
    for inv in unreadable_replies(o.invitations.values()):
        notes.append(UNREADABLE_NOTE(lang, id=o.meetup.id, reply=inv.message.reply,
                                     row=n(inv.message.row)))
    return notes
