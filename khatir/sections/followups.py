"""Follow-ups owed from call notes: due today, or overdue by N days."""
from __future__ import annotations

from datetime import date

from ..config import Settings
from ..i18n import Text
from ..records import SheetData
from ..render import long_date
from ..rules.followups import FollowUp, follow_ups_due
from ..worklist import Draft, WorkItem
from . import Contribution

WHY = Text(en="{event} ({how}) noted on {date}: \u201c{note}\u201d",
           bn="{date} তারিখে {event} ({how}): \u201c{note}\u201d")
HOW_COLUMN = Text(en="Event column", bn="ঘটনা কলাম")
HOW_DETECTED = Text(en="found in the note", bn="নোট থেকে বোঝা গেছে")
HOW_DATE = Text(en="Follow Up On date", bn="ফলো-আপ তারিখ")
NO_EVENT = Text(en="follow-up", bn="ফলো-আপ")
REASON = Text(en="Follow-up: {event} noted on {date}", bn="ফলো-আপ: {date} তারিখে {event}")
STALE = Text(en="{count} follow-ups more than {days} days old were left out (follow_ups.stale_after_days in the settings).",
             bn="{days} দিনের বেশি পুরোনো {count}টি ফলো-আপ বাদ রাখা হয়েছে (সেটিংসে follow_ups.stale_after_days)।")
NOTE_CHARS = 120


def contribute(data: SheetData, settings: Settings, today: date) -> Contribution:
    lang = settings.language
    sent = {m.key for m in data.messages if m.status == "sent"}
    owed, stale = follow_ups_due(data.call_notes, settings.events, sent, today,
                                 settings.stale_after_days)
    out = Contribution()
    for f in owed:
        customer = data.customers[f.note.customer_id]
        draft = Draft(
            key=f.key, kind="follow_up", variant=f.event or "default", customer=customer,
            reason=REASON(lang, event=_event_label(f, settings, lang), date=long_date(f.note.date, lang)),
            agent=f.note.agent or customer.agent,
            context={"event": f.event or "", "note": {"date": f.note.date, "text": f.note.note},
                     "follow_up_on": f.due, "days_overdue": f.days_overdue})
        out.items.append(WorkItem(
            group="overdue" if f.overdue else "due", customer=customer, why=_why(f, settings, lang),
            due=f.due, days_overdue=f.days_overdue, draft=draft,
            agent=f.note.agent or customer.agent, order=(-f.days_overdue, f.note.date, f.note.row)))
    if stale:
        out.notes.append(STALE(lang, count=len(stale), days=settings.stale_after_days))
    return out


def _event_label(f: FollowUp, settings: Settings, lang: str) -> str:
    kind = settings.event(f.event) if f.event else None
    return kind.label(lang) if kind else NO_EVENT(lang)


def _why(f: FollowUp, settings: Settings, lang: str) -> str:
    if f.event is None:
        how = HOW_DATE(lang)
    else:
        how = (HOW_DETECTED if f.detected else HOW_COLUMN)(lang)
    note = " ".join(f.note.note.split())
    if len(note) > NOTE_CHARS:
        note = note[:NOTE_CHARS - 1] + "…"
    return WHY(lang, event=_event_label(f, settings, lang), how=how,
               date=long_date(f.note.date, lang), note=note)
