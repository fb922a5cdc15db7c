"""Today's work list and the messages prepared for it.

Each rule (follow-ups, lost customers, feedback, meetups) contributes ``WorkItem``
rows and message ``Draft``s; this module orders them, applies the per-kind caps
most urgent first, skips keys already in Messages, respects Do Not Contact and
renders what is left. Rules never render or write anything themselves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from .config import Settings
from .i18n import Text
from .records import Customer
from .render import Renderer, whatsapp_link

# Most urgent first, as the schema orders the Follow-ups tab.
GROUPS = ("negative_feedback", "overdue", "due", "lost", "at_risk", "first_order", "check_in",
          "suggestion", "positive_feedback")

LABELS = {
    "negative_feedback": Text(en="negative feedback", bn="নেতিবাচক মতামত"),
    "overdue": Text(en="overdue", bn="সময় পেরিয়েছে"),
    "due": Text(en="due today", bn="আজ করণীয়"),
    "lost": Text(en="lost", bn="হারানো"),
    "at_risk": Text(en="at risk", bn="ঝুঁকিতে"),
    "first_order": Text(en="first order, not back", bn="প্রথম অর্ডারের পর আর আসেননি"),
    "check_in": Text(en="check in", bn="খোঁজ নিন"),
    "suggestion": Text(en="suggestion", bn="পরামর্শ"),
    "positive_feedback": Text(en="positive feedback", bn="ইতিবাচক মতামত"),
}
DNC = Text(en="Do Not Contact: no message prepared", bn="যোগাযোগ নয়: কোনো বার্তা তৈরি হয়নি")
CAPPED = Text(en="message comes on a later run (limit {cap} {kind} messages a day)",
              bn="বার্তা পরের রানে আসবে (দিনে {cap}টির বেশি {kind} বার্তা নয়)")
ONE_A_DAY = Text(en="one new message a day per customer: this one comes on a later run",
                 bn="একজন গ্রাহককে দিনে একটিই নতুন বার্তা: এটি পরের রানে আসবে")
# Invitations and reminders are tied to a date and may not wait; every other kind
# waits its turn so a customer never gets two messages from the shop on one day.
DATED_KINDS = frozenset({"meetup_invite", "meetup_reminder"})
NO_PHONE = Text(en="no phone number: call or add one", bn="ফোন নম্বর নেই: নম্বর যোগ করুন")
STATUS_WORDS = {  # "pending" is the normal state and needs no remark
    "skipped": Text(en="message was skipped", bn="বার্তাটি বাদ দেওয়া হয়েছে"),
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


def sort_items(items: Iterable[WorkItem]) -> list[WorkItem]:
    return sorted(items, key=lambda i: (GROUPS.index(i.group), i.order))


def prepare_messages(drafts: Iterable[Draft], existing: dict[str, str], settings: Settings,
                     renderer: Renderer, today: date,
                     messaged_today: Iterable[str] = ()) -> Prepared:
    """Render the drafts that are new, in the order given (most urgent first).

    ``existing`` maps the keys already in Messages to their Status: a key there is
    never appended again, whatever its Status, so a re-run or a staff edit is safe.
    ``messaged_today``: customers who already got a message created today (by an
    earlier run), so a second run the same day does not send them another.
    """
    lang = settings.language
    out = Prepared()
    counts: dict[str, int] = {}
    seen: set[str] = set()
    messaged: set[str] = set(messaged_today)  # customers with a new message today
    for draft in drafts:
        if draft.key in seen:
            continue
        seen.add(draft.key)
        if draft.key in existing:
            out.linked.add(draft.key)
            status = STATUS_WORDS.get(existing[draft.key])
            if status:
                out.remarks[draft.key] = status(lang)
            continue
        if draft.customer.do_not_contact:
            out.remarks[draft.key] = DNC(lang)
            continue
        if draft.customer.id in messaged and draft.kind not in DATED_KINDS:
            out.remarks[draft.key] = ONE_A_DAY(lang)
            continue
        cap = settings.caps.get(draft.kind)
        if cap is not None and counts.get(draft.kind, 0) >= cap:
            out.remarks[draft.key] = CAPPED(lang, cap=cap, kind=draft.kind)
            out.capped[draft.kind] = out.capped.get(draft.kind, 0) + 1
            continue
        counts[draft.kind] = counts.get(draft.kind, 0) + 1
        text = renderer.render(draft.kind, draft.variant, draft.customer.language,
                               message_context(draft, settings, today))
        out.rows.append(message_row(draft, text, today))
        if draft.kind not in DATED_KINDS:
            messaged.add(draft.customer.id)
        out.linked.add(draft.key)
        if not draft.customer.phone:
            out.remarks[draft.key] = NO_PHONE(lang)
    return out


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
        "phone": c.phone or "", "kind": draft.kind, "reason": draft.reason, "message": text,
        "link": whatsapp_link(c.phone, text), "status": "pending", "reply": "",
        "sent_by": "", "sent_on": "",
    }


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
            "phone": (c.phone or "") if c else "", "agent": item.agent or (c.agent if c else ""),
            "due": item.due.isoformat() if item.due else "",
            "days_overdue": item.days_overdue if item.days_overdue is not None else "",
            "why": item.why, "message_key": key, "remark": "; ".join(remark),
        })
    return rows
