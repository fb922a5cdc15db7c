"""The invite job: invitations for one meetup, now, whatever the invitation window.

It is the daily job's pipeline with a single section (``plan.meetups.invite_section``):
read the sheet once, plan, render, write once. It writes only Messages (the new
invitations), the Meetup Summary and a Run Log row; Follow-ups and Problems are
the daily job's and are left as they are. It also plans the day's daily run (writing nothing of
it), so a customer that run owes a follow-up or an apology today waits for a later invitation:
the order of the two commands does not matter (``owed_today``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from ..backends.base import Backend, Changes, Described
from ..config import Settings
from ..errors import KhatirError
from ..i18n import Text, localise_digits
from ..sheet.parse import match_key
from ..sheet.read import read_sheet
from ..sheet.names import SheetNames
from ..sheet.records import Meetup, Problem, SheetData
from ..messages.filters import long_date, time12
from ..messages.render import Renderer
from ..rules.meetups import unreadable_replies
from ..plan.worklist import voice
from ..plan.meetups import (REASONS, SEGMENT_LABELS, UNREADABLE_NOTE, MeetupOutcome,
                                invite_section, plan_meetups)
from . import Clock
from .daily import DETAILS_TODAY, DailyResult, build_changes, busy_today, plan_daily, run_log_row

UNKNOWN_MEETUP = Text(
    en="There is no meetup {id} in the Meetups tab (meetups there: {known}); check the ID, or the Problems tab if its row has a mistake.",
    bn="মিটআপ ট্যাবে {id} নামে কোনো মিটআপ নেই (যেগুলো আছে: {known}); আইডিটি দেখুন, অথবা সারিতে ভুল থাকলে সমস্যা ট্যাব দেখুন।")
NO_MEETUPS = Text(en="none", bn="কোনোটি নয়")
PAST_MEETUP = Text(
    en="Meetup {id} was on {date}, before today ({today}); invitations are only sent for meetups still to come.",
    bn="মিটআপ {id} হয়ে গেছে {date} তারিখে, আজকের ({today}) আগে; শুধু সামনের মিটআপের আমন্ত্রণ পাঠানো হয়।")

TITLE = Text(en="Khatir invitations for meetup {id} \u201c{title}\u201d ({when}) on {target}",
             bn="খাতির আমন্ত্রণ: মিটআপ {id} \u201c{title}\u201d ({when}), {target}")
DRY = Text(en="DRY RUN: nothing was written. This is what a real run would write:",
           bn="পরীক্ষামূলক রান: কিছুই লেখা হয়নি। আসল রানে যা লেখা হতো:")
NEW = Text(en="New invitations: {count} (invited before: {before}).",
           bn="নতুন আমন্ত্রণ: {count}টি (আগে আমন্ত্রিত: {before} জন)।")
WOULD_ADD = Text(en="  + {id} {name} ({segment}): {key}", bn="  + {id} {name} ({segment}): {key}")
SEATS = Text(en="Seats: {capacity}; left after this run: {left}.",
             bn="আসন: {capacity}টি; এই রানের পরে খালি: {left}টি।")
NO_CAPACITY = Text(en="Seats: no limit (the Capacity cell is empty).",
                   bn="আসন: সীমা নেই (আসন ঘরটি খালি)।")
LEFT_OUT = Text(en="Left out: {count} (in waiting-list order: the first gets the next free seat):",
                bn="বাদ পড়েছেন: {count} জন (অপেক্ষার ক্রমে: প্রথমজন পরের খালি আসন পাবেন):")
LEFT_ROW = Text(en="  - {id} {name} ({segment}): {reason}", bn="  - {id} {name} ({segment}): {reason}")
NONE_LEFT = Text(en="Left out: nobody.", bn="বাদ পড়েছেন: কেউ নন।")
ANSWERS = Text(en="Answers so far: yes {yes}, no {no}, maybe {maybe}, no answer {none}.",
               bn="এখন পর্যন্ত উত্তর: হ্যাঁ {yes}, না {no}, হয়তো {maybe}, উত্তর নেই {none}।")
PROBLEMS = Text(en="Problems found in the sheet: {count}; see the Problems tab after the next daily run.",
                bn="শিটে সমস্যা পাওয়া গেছে: {count}টি; পরের দৈনিক রানের পরে সমস্যা ট্যাবে দেখুন।")
NEXT = Text(en="Next: send the 'pending' invitations in the Messages tab and write each answer (yes / no / maybe) in its Reply column.",
            bn="এরপর: বার্তা ট্যাবে 'pending' আমন্ত্রণগুলো পাঠান, আর প্রতিটির উত্তর (হ্যাঁ / না / হয়তো) উত্তর কলামে লিখুন।")


class MeetupNotFound(KhatirError):
    """The meetup named on the command line is not in the Meetups tab."""


class PastMeetup(KhatirError):
    """The meetup named on the command line is already over."""


@dataclass
class InviteResult:
    today: date
    started: datetime
    finished: datetime | None
    target: Described
    dry_run: bool
    outcome: MeetupOutcome
    new_messages: list[dict[str, str]]
    problems: list[Problem]
    notes: list[str]
    changes: Changes = field(default_factory=Changes)
    #: how the sheet was read, for the summary (the Orders tab read as a shop system's export)
    reading: list[str] = field(default_factory=list)
    #: the tabs as this sheet titles them, for the left-out reasons that point at one
    names: SheetNames = field(default_factory=SheetNames)

    @property
    def meetup(self) -> Meetup:
        return self.outcome.meetup


def find_meetup(data: SheetData, meetup_id: str, today: date, lang: str) -> Meetup:
    """The meetup by ID (exact first, then ignoring case and spacing); a past one is refused."""
    wanted = meetup_id.strip()
    found = next((m for m in data.meetups if m.id == wanted), None)
    if found is None:
        found = next((m for m in data.meetups if match_key(m.id) == match_key(wanted)), None)
    if found is None:
        known = ", ".join(dict.fromkeys(m.id for m in data.meetups)) or NO_MEETUPS(lang)
        raise MeetupNotFound(UNKNOWN_MEETUP(lang, id=wanted, known=known))
    if found.date < today:
        raise PastMeetup(PAST_MEETUP(lang, id=found.id, date=long_date(found.date, lang, year=True),
                                     today=long_date(today, lang, year=True)))
    return found


def run_invite(backend: Backend, settings: Settings, today: date, clock: Clock, meetup_id: str,
               dry_run: bool = False) -> InviteResult:
    started = clock()
    renderer = Renderer(settings.templates_dir)
    renderer.check_all()  # a template typo stops the run before anything is written
    grids = backend.read()
    data, tables = read_sheet(grids, settings, backend.marks, today)
    meetup = find_meetup(data, meetup_id, today, settings.language)
    first = owed_today(data, settings, today, renderer)
    plan = plan_daily(data, settings, today, renderer, sections=(),
                      invitations=invite_section(meetup.id, first))
    # Follow-ups and Problems belong to the daily run: this job leaves them alone.
    plan = replace(plan, tabs={k: v for k, v in plan.tabs.items() if k == "meetup_summary"})
    outcomes, _ = plan_meetups(plan.facts, only=meetup.id, busy=busy_today(data, today), first=first)
    outcome = next(o for o in outcomes if o.meetup.id == meetup.id)
    result = InviteResult(today=today, started=started, finished=None, target=backend.description,
                          dry_run=dry_run, outcome=outcome, new_messages=plan.prepared.rows,
                          problems=data.problems, notes=plan.notes, reading=data.reading_notes,
                          names=data.names)
    finished = clock()
    result.changes = build_changes(plan, tables, grids, settings, _log_row(result, finished, settings))
    if not dry_run:
        backend.write(result.changes)
    result.finished = finished
    return result


# The daily run's messages an invitation cannot stand in for: news the team must answer (a
# get-well, a condolence, a call-back) and the apology for open negative feedback. A win-back or a
# check-in can wait: the invitation is the shop's word to them that day, and the quiet days then
# hold the win-back back as after any message (docs/lost-customers.md).
FIRST_KINDS = frozenset({"follow_up", "feedback_reply"})


def owed_today(data: SheetData, settings: Settings, today: date, renderer: Renderer) -> frozenset[str]:
    """Customers (and the first row of one person written twice) for whom today's daily run, as
    it would run now, prepares a follow-up or an apology not yet in Messages. The daily run is
    planned with its own code (nothing is written): run before the morning's daily run, the invite
    job must not take the day's one message from them (blind trial F11); after it, those messages
    are in Messages and ``busy_today`` holds them back."""
    daily = plan_daily(data, settings, today, renderer)
    ids = {row["customer_id"] for row in daily.prepared.rows if row.get("kind") in FIRST_KINDS}
    return frozenset(ids | {voice(data.customers[cid]) for cid in ids if cid in data.customers})


def _log_row(result: InviteResult, finished: datetime, settings: Settings) -> dict[str, object]:
    as_daily = DailyResult(today=result.today, started=result.started, finished=None,
                           target=result.target, dry_run=result.dry_run,
                           new_messages=result.new_messages, items=[], problems=result.problems,
                           notes=result.notes, capped={})
    row = run_log_row(as_daily, finished, settings)
    o = result.outcome
    today = DETAILS_TODAY(settings.language, date=result.today.isoformat())
    row.update(job="invite", details=(f"{today}; meetup={o.meetup.id}; "
                                      f"invited={len(result.new_messages)}; "
                                      f"left_out={len(o.left_out)}"))
    return row


def summarise_invite(result: InviteResult, lang: str) -> str:
    """The lines printed after an invite run, in the owner's language."""
    n = lambda value: localise_digits(value, lang)  # noqa: E731
    o = result.outcome
    m = o.meetup
    when = long_date(m.date, lang, year=True) + (f", {time12(m.time, lang)}" if m.time else "")
    lines = [TITLE(lang, id=m.id, title=m.title or m.id, when=when,
                   target=result.target(lang))]
    if result.dry_run:
        lines.append(DRY(lang))
    before = sum(1 for i in o.invitations.values() if i.counted)
    lines.append(NEW(lang, count=n(len(result.new_messages)), before=n(before)))
    segments = {d.key: d.variant for d in o.invites}
    for row in result.new_messages:
        segment = SEGMENT_LABELS[segments.get(row["key"], "interested")](lang)
        lines.append(WOULD_ADD(lang, id=row["customer_id"], name=row["name"], segment=segment,
                               key=row["key"]))
    if m.capacity is None:
        lines.append(NO_CAPACITY(lang))
    else:
        lines.append(SEATS(lang, capacity=n(m.capacity), left=n(o.seats_left)))
    if o.left_out:
        lines.append(LEFT_OUT(lang, count=n(len(o.left_out))))
        # (stop 30's trial: "noted in {calls} lately" printed as it stands)
        tabs = {"calls": result.names.tab("call_notes", lang),
                "problems": result.names.tab("problems", lang)}
        lines += [LEFT_ROW(lang, id=x.customer.id, name=x.customer.name,
                           segment=SEGMENT_LABELS[x.segment](lang), reason=REASONS[x.reason](lang, **tabs))
                  for x in o.left_out]
    else:
        lines.append(NONE_LEFT(lang))
    c = o.counts
    lines.append(ANSWERS(lang, yes=n(c.yes), no=n(c.no), maybe=n(c.maybe), none=n(c.no_answer)))
    lines += [UNREADABLE_NOTE(lang, id=m.id, reply=i.message.reply, row=n(i.message.row))
              for i in unreadable_replies(o.invitations.values())]
    lines += result.reading
    if result.problems:
        lines.append(PROBLEMS(lang, count=n(len(result.problems))))
    if result.new_messages and not result.dry_run:
        lines.append(NEXT(lang))
    return "\n".join(lines)

