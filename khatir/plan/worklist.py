"""Today's work list and the messages prepared for it.

Each rule (follow-ups, lost customers, feedback, meetups) contributes ``WorkItem``
rows and message ``Draft``s; this module orders them, applies the per-kind daily
caps most urgent first (messages an earlier run made today count against them), skips keys already in Messages, respects Do Not Contact and
renders what is left. Rules never render or write anything themselves.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Mapping

from ..config import Settings
from ..i18n import Counted, Text, localise_digits
from ..sheet.identity import note_identity
from ..sheet.names import SheetNames
from ..sheet.records import Customer, SheetData
from ..messages.filters import long_date, whatsapp_link
from ..messages.render import Renderer

# Most urgent first, as the schema orders the Follow-ups tab.
GROUPS = ("do_not_send", "negative_feedback", "overdue", "due", "lost", "at_risk", "first_order",
          "check_in", "suggestion", "unclear_feedback", "positive_feedback", "over",
          "misfiled")

LABELS = {
    "do_not_send": Text(en="do not send", bn="পাঠাবেন না"),
    "over": Text(en="already over: no message", bn="মিটে গেছে: বার্তা নয়"),
    # a note a later note says was written under the wrong customer (rules/misfiled.py)
    "misfiled": Text(en="wrong customer: no message", bn="ভুল গ্রাহকের নোট: বার্তা নয়"),
    "negative_feedback": Text(en="negative feedback", bn="নেতিবাচক মতামত"),
    "overdue": Text(en="overdue", bn="সময় পেরিয়েছে"),
    "due": Text(en="due today", bn="আজ করণীয়"),
    "lost": Text(en="lost", bn="হারানো"),
    "at_risk": Text(en="at risk", bn="ঝুঁকিতে"),
    "first_order": Text(en="first order, not back", bn="প্রথম অর্ডারের পর আর আসেননি"),
    "check_in": Text(en="check in", bn="খোঁজ নিন"),
    "suggestion": Text(en="suggestion", bn="পরামর্শ"),
    # feedback whose kind could not be told: not called a suggestion (the third month's trial, F5)
    "unclear_feedback": Text(en="feedback to read", bn="মতামত: পড়ে দেখুন"),
    "positive_feedback": Text(en="positive feedback", bn="ইতিবাচক মতামত"),
}
DNC = Text(en="Do Not Contact: no message prepared; do not call or message them",
           bn="যোগাযোগ নয় (Do Not Contact): কোনো বার্তা তৈরি হয়নি; ফোন বা বার্তা দেবেন না")
ASKED = Text(en="asked on {date} not to be called or messaged again: no message prepared",
             bn="{date} তারিখে আর ফোন বা বার্তা দিতে মানা করেছেন: কোনো বার্তা তৈরি হয়নি")
WRONG_NUMBER = Text(en="the call note of {date} says the number is wrong: no message until a call reaches them",
                   bn="{date} তারিখের কল নোটে নম্বরটি ভুল বলা আছে: কোনো কলে তাঁকে না পাওয়া পর্যন্ত বার্তা নয়")
DIED = Text(en="the call note of {date} says the customer has died: no message, ever; call the family "
                 "yourself if the shop wishes to offer condolences",
            bn="{date} তারিখের কল নোটে আছে, গ্রাহক নিজে মারা গেছেন: আর কোনো বার্তা নয়; দোকান সমবেদনা "
               "জানাতে চাইলে পরিবারকে নিজে ফোন করুন")
NEW_NUMBER = Text(en="the call note of {date} gives a new number, {number}: no message until Phone says it",
                  bn="{date} তারিখের কল নোটে নতুন নম্বর আছে, {number}: ফোন কলামে সেটি না লেখা পর্যন্ত বার্তা নয়")
# The kinds of message, as the owner reads them (the Kind column keeps the key).
KINDS = {
    "follow_up": Text(en="follow-up", bn="ফলো-আপ"),
    "win_back": Text(en="win-back", bn="ফিরিয়ে আনার"),
    "check_in": Text(en="check-in", bn="খোঁজ নেওয়ার"),
    "first_order": Text(en="first-order", bn="প্রথম অর্ডারের"),
    "meetup_invite": Text(en="meetup invitation", bn="মিটআপের আমন্ত্রণ"),
    "meetup_reminder": Text(en="meetup reminder", bn="মিটআপের রিমাইন্ডার"),
    "meetup_change": Text(en="meetup date-changed", bn="মিটআপের তারিখ বদলের"),
    "meetup_cancelled": Text(en="meetup cancellation", bn="মিটআপ বাতিলের"),
    "feedback_reply": Text(en="feedback reply", bn="মতামতের উত্তর"),
    "thank_you": Text(en="thank-you", bn="ধন্যবাদের"),
}
CAPPED = Counted(one="message comes on a later run (limit 1 {kind} message a day)",
                en="message comes on a later run (limit {count} {kind} messages a day)",
                bn="বার্তা পরের রানে আসবে (দিনে {count}টির বেশি {kind} বার্তা নয়)")
ONE_A_DAY = Text(en="one new message a day per customer: this one comes on a later run",
                 bn="একজন গ্রাহককে দিনে একটিই নতুন বার্তা: এটি পরের রানে আসবে")
# One voice per customer: at most one new message a day, whatever its kind. The
# only exception is the day-before meetup reminder: it says "tomorrow" and cannot
# move, so it is placed first (``first_reminders``) and goes even when the customer
# already had a message today; it still takes the day's turn, so anything else for
# that customer waits a day. Invitations are not exempt: their window is a week
# long, so an invitation waits a day behind a personal message.
# A meetup's date-changed and cancellation messages cannot wait a day either: they go
# first, as the reminder does.
EXEMPT_KINDS = frozenset({"meetup_reminder", "meetup_change", "meetup_cancelled"})
# A customer written twice (same name, same phone: ``Customer.same_person_as``) is one
# voice: the two rows share the day's one message, and the messages about the customer
# as a whole go to the first row only, so nobody gets the same win-back twice. Messages
# tied to one row's own call note, feedback or meetup seat still go to that row.
WHOLE_CUSTOMER_KINDS = frozenset({"win_back", "first_order", "check_in", "meetup_invite"})
# {problems}: the Problems tab as this sheet titles it (khatir.sheet.names).
SAME_PERSON = Text(
    en="same name and phone as {first}: this message goes to {first} only (see {problems})",
    bn="{first}-এর সঙ্গে নাম ও ফোন একই: এই বার্তা শুধু {first}-কে যাবে ({problems} ট্যাব দেখুন)")
NO_PHONE = Text(en="no phone number: call or add one", bn="ফোন নম্বর নেই: নম্বর যোগ করুন")
PHONE_UNREADABLE = Text(en="the phone number cannot be read (see {problems}): message has no link",
                        bn="ফোন নম্বরটি পড়া যাচ্ছে না ({problems} ট্যাব দেখুন): বার্তায় লিংক নেই")
ISSUED = "issued"  # the Key is in Khatir Keys but its row is no longer in Messages
STATUS_WORDS = {  # "pending" is the normal state and needs no remark
    "skipped": Text(en="message was skipped", bn="বার্তাটি বাদ দেওয়া হয়েছে"),
    ISSUED: Text(en="message was prepared before (its row is no longer in Messages): not prepared again",
                 bn="বার্তাটি আগেই তৈরি হয়েছিল (বার্তা ট্যাবে সারিটি আর নেই): আবার তৈরি হয়নি"),
}


@dataclass(frozen=True)
class Draft:
    """A message a rule wants sent: rendered later, only if it passes the checks."""

    key: str
    kind: str
    variant: str
    customer: Customer
    reason: str
    agent: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    # Keys recorded in Khatir Keys beside ``key`` when the draft becomes a message: what
    # it was made for (a meetup invitation's date, time and place), read back later.
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkItem:
    group: str
    customer: Customer | None
    why: str
    due: date | None = None
    days_overdue: int | None = None
    draft: Draft | None = None
    agent: str = ""
    order: tuple = ()
    remark: str = ""


@dataclass
class Prepared:
    """What happened to every draft: the rows to append, and a remark per key."""

    rows: list[dict[str, str]] = field(default_factory=list)
    remarks: dict[str, str] = field(default_factory=dict)
    linked: set[str] = field(default_factory=set)  # keys that have a message (old or new)
    capped: dict[str, int] = field(default_factory=dict)
    marks: list[dict[str, object]] = field(default_factory=list)  # Khatir Keys rows (Draft.marks)


def sort_items(items: Iterable[WorkItem]) -> list[WorkItem]:
    return sorted(items, key=lambda i: (GROUPS.index(i.group), i.order))


def kind_label(kind: str, lang: str) -> str:
    """A message kind in the owner's words (an unknown kind as it is written)."""
    label = KINDS.get(kind)
    return label(lang) if label else kind.replace("_", " ")


def first_reminders(drafts: Iterable[Draft]) -> list[Draft]:
    """The drafts in the order they get the day's turn: reminders, then the rest as given."""
    drafts = list(drafts)
    return ([d for d in drafts if d.kind in EXEMPT_KINDS]
            + [d for d in drafts if d.kind not in EXEMPT_KINDS])


def made_today(data: SheetData, today: date) -> Counter[str]:
    """How many messages of each kind earlier runs created today (Messages rows, and Keys
    issued today whose row staff have deleted since): they count against today's caps,
    so the caps are per day however often the job runs."""
    kinds = {m.key: m.kind for m in [*data.issued.values(), *data.messages]
             if m.created == today and m.kind}
    return Counter(kinds.values())


def cap_left(settings: Settings, kind: str, made: Mapping[str, int]) -> int | None:
    """How many more messages of ``kind`` today allows (None: no cap)."""
    cap = settings.caps.get(kind)
    return None if cap is None else max(0, cap - made.get(kind, 0))


def chosen_drafts(drafts: Iterable[Draft], existing: dict[str, str], settings: Settings,
                  messaged_today: Iterable[str] = (),
                  made: Mapping[str, int] | None = None) -> list[Draft]:
    """The drafts ``prepare_messages`` would make into new messages (without rendering)."""
    return _choose(drafts, existing, settings, messaged_today, made or {})[1]


def prepare_messages(drafts: Iterable[Draft], existing: dict[str, str], settings: Settings,
                     renderer: Renderer, today: date,
                     messaged_today: Iterable[str] = (),
                     made: Mapping[str, int] | None = None,
                     names: SheetNames | None = None) -> Prepared:
    """Render the drafts that are new, in the order given (most urgent first).

    ``existing`` maps the keys already in Messages to their Status: a key there is
    never appended again, whatever its Status, so a re-run or a staff edit is safe.
    ``messaged_today``: customers who already got a message created today (by an
    earlier run), so a second run the same day does not send them another (as ``voice``
    gives them: one person written twice is one customer here).
    ``made``: messages of each kind created today by earlier runs (``made_today``):
    the caps are per day, so they are counted first. ``names``: the sheet's tab titles, for
    the remarks that point at Problems (khatir.sheet.names).
    """
    out, chosen, _ = _choose(drafts, existing, settings, messaged_today, made or {},
                             (names or SheetNames()).tab("problems", settings.language))
    for draft in chosen:
        text = renderer.render(draft.kind, draft.variant, draft.customer.language,
                               message_context(draft, settings, today))
        out.rows.append(message_row(draft, text, today))
        out.marks += [{"key": mark, "created": today.isoformat(), "customer_id": draft.customer.id,
                       "kind": ""} for mark in draft.marks]
    return out


def _choose(drafts: Iterable[Draft], existing: dict[str, str], settings: Settings,
            messaged_today: Iterable[str], made: Mapping[str, int], problems: str = ""
            ) -> tuple[Prepared, list[Draft], set[str]]:
    """The remarks, the drafts that become messages (in order), and their customers
    (``problems``: the Problems tab's name in the remarks that point at it)."""
    lang = settings.language
    out = Prepared()
    chosen: list[Draft] = []
    counts: dict[str, int] = dict(made)  # today's so far: the caps are per day
    seen: set[str] = set()
    messaged: set[str] = set(messaged_today)  # customers with a new message today
    new: set[str] = set()
    drafts = list(drafts)
    # one person written twice: a message about the whole customer goes to the first row when
    # that row has one of the kind too; otherwise the other row's is the person's one
    firsts = {(d.customer.id, d.kind) for d in drafts if not d.customer.same_person_as}
    for draft in drafts:
        if draft.key in seen:
            continue
        seen.add(draft.key)
        if draft.key in existing:
            out.linked.add(draft.key)
            status = STATUS_WORDS.get(existing[draft.key])
            if status:
                out.remarks[draft.key] = status(lang)
            elif draft.customer.held_by is not None:  # (listed "do not send" too)
                out.remarks[draft.key] = dnc_remark(draft.customer, lang)
            continue
        if draft.customer.do_not_contact:
            out.remarks[draft.key] = dnc_remark(draft.customer, lang)
            continue
        first = draft.customer.same_person_as
        if first and draft.kind in WHOLE_CUSTOMER_KINDS and (first, draft.kind) in firsts:
            out.remarks[draft.key] = SAME_PERSON(lang, first=first, problems=problems)
            continue
        if voice(draft.customer) in messaged and draft.kind not in EXEMPT_KINDS:
            out.remarks[draft.key] = ONE_A_DAY(lang)
            continue
        cap = settings.caps.get(draft.kind)
        if cap is not None and counts.get(draft.kind, 0) >= cap:
            out.remarks[draft.key] = CAPPED(lang, cap, kind=kind_label(draft.kind, lang))
            out.capped[draft.kind] = out.capped.get(draft.kind, 0) + 1
            continue
        counts[draft.kind] = counts.get(draft.kind, 0) + 1
        chosen.append(draft)
        messaged.add(voice(draft.customer))
        new.add(draft.customer.id)
        out.linked.add(draft.key)
        if not draft.customer.phone:
            words = PHONE_UNREADABLE if draft.customer.unreadable_phone else NO_PHONE
            out.remarks[draft.key] = words(lang, problems=problems)
    return out, chosen, new


def one_person_notes(data: SheetData) -> SheetData:
    """The call notes of one person written twice (``Customer.same_person_as``) as the notes of
    the first row: one story ("উনি এখনো আইসিইউতে" on the second row is still the mother the
    first row's note named), one follow-up, to the first row. Each note keeps its own identity,
    so the keys of messages already made for it do not change."""
    first = {c.id: c.same_person_as for c in data.customers.values() if c.same_person_as}
    if not first:
        return data
    notes = [dataclasses.replace(n, customer_id=first[n.customer_id], identity=note_identity(n))
             if n.customer_id in first else n for n in data.call_notes]
    return dataclasses.replace(data, call_notes=notes)


def voice(customer: Customer) -> str:
    """Whose turn a message takes: the customer's, or the first row of one person written twice."""
    return customer.same_person_as or customer.id


def dnc_remark(customer: Customer, lang: str) -> str:
    """Why a Do Not Contact customer gets no message: the column, or the call note that asked."""
    if customer.died is not None:
        return DIED(lang, date=long_date(customer.died.date, lang))
    asked = customer.asked_no_contact
    if asked is not None:
        return ASKED(lang, date=long_date(asked.date, lang))
    moved = customer.new_number
    if moved is not None and customer.wrong_number is None:
        return NEW_NUMBER(lang, date=long_date(moved.date, lang), number=customer.new_number_given)
    wrong = customer.wrong_number
    return WRONG_NUMBER(lang, date=long_date(wrong.date, lang)) if wrong is not None else DNC(lang)


def message_context(draft: Draft, settings: Settings, today: date) -> dict[str, Any]:
    c = draft.customer
    return {
        "customer": {"id": c.id, "name": c.name, "phone": c.phone or "", "language": c.language},
        "agent": draft.agent or c.agent,
        "shop": {"name": settings.shop_name(c.language), "phone": settings.shop_phone},
        "today": today,
        "lang": c.language,
        **draft.context,
    }


def message_row(draft: Draft, text: str, today: date) -> dict[str, str]:
    c = draft.customer
    return {
        "created": today.isoformat(), "key": draft.key, "customer_id": c.id, "name": c.name,
        "agent": draft.agent or c.agent,
        "phone": c.phone or c.unreadable_phone, "kind": draft.kind, "reason": draft.reason, "message": text,
        "link": whatsapp_link(c.phone, text), "status": "pending", "reply": "",
        "sent_by": "", "sent_on": "",
    }


NOT_LISTED = Text(en="{count} more not listed (limit {cap} rows per agent; the most urgent come first)",
                  bn="আরও {count}টি তালিকায় নেই (প্রতি কর্মীর জন্য {cap}টি সারি; সবচেয়ে জরুরিগুলো আগে)")


@dataclass
class WorkList:
    """The rows Follow-ups lists, and how many of each group were left out."""

    items: list[WorkItem]
    not_listed: dict[str, int] = field(default_factory=dict)  # group -> count, in GROUPS order


def bound_work_list(items: list[WorkItem], per_agent: int) -> WorkList:
    """At most ``per_agent`` rows for each agent (and for rows with no agent), most urgent first.

    A work list is what a team gets through in a day: listing a shop's whole history
    would bury today's work and make every write grow with it. ``items`` are sorted;
    0 means no limit.
    """
    if not per_agent:
        return WorkList(list(items))
    listed: list[WorkItem] = []
    per: dict[str, int] = {}
    left: dict[str, int] = {}
    for item in items:
        who = item.agent or (item.customer.agent if item.customer else "")
        n = per.get(who, 0)
        if n < per_agent:
            per[who] = n + 1
            listed.append(item)
        else:
            left[item.group] = left.get(item.group, 0) + 1
    return WorkList(listed, {g: left[g] for g in GROUPS if g in left})


def not_listed_rows(work: WorkList, per_agent: int, lang: str) -> list[dict[str, object]]:
    """The first rows of Follow-ups when it is cut: how many of each group are not listed."""
    n = lambda value: localise_digits(value, lang)  # noqa: E731
    return [{"kind": LABELS[group](lang), "why": NOT_LISTED(lang, count=n(count), cap=n(per_agent))}
            for group, count in work.not_listed.items()]


def follow_up_rows(items: list[WorkItem], prepared: Prepared, lang: str) -> list[dict[str, object]]:
    rows = []
    for rank, item in enumerate(sort_items(items), start=1):
        c = item.customer
        key = item.draft.key if item.draft and item.draft.key in prepared.linked else ""
        remark = [item.remark] if item.remark else []
        if item.draft and item.draft.key in prepared.remarks:
            remark.append(prepared.remarks[item.draft.key])
        rows.append({
            "rank": rank, "kind": LABELS[item.group](lang),
            "customer_id": c.id if c else "", "name": c.name if c else "",
            "phone": (c.phone or c.unreadable_phone) if c else "", "agent": item.agent or (c.agent if c else ""),
            "due": item.due.isoformat() if item.due else "",
            "days_overdue": item.days_overdue if item.days_overdue is not None else "",
            "why": item.why, "message_key": key, "remark": "; ".join(remark),
            "_key": item.draft.key if item.draft else "",  # the item's identity (khatir.sheet.carry)
            "group": item.group,  # not a column: colours the row
        })
    return rows
