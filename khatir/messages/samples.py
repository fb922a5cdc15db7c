"""Sample facts for every kind of message: ``Renderer.check_all`` renders each template
with them before a run, and an owner trying a template by hand sees them filled in."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .kinds import KINDS


_SAMPLE_TODAY = date(2026, 11, 22)  # a Sunday


def _base(lang: str, rich: bool) -> dict[str, Any]:
    bn = lang == "bn"
    return {
        "customer": {
            "id": "C-0042",
            "name": "মোঃ করিম উদ্দিন" if bn else "Md. Karim Uddin",
            "phone": "+8801711234567",
            "language": lang,
        },
        "agent": ("মোঃ রহিম উদ্দিন" if bn else "Md. Rahim Uddin") if rich else "",
        "shop": {"name": "নদী ফ্যাশন" if bn else "Nodi Fashion", "phone": "+8801811000000"},
        "today": _SAMPLE_TODAY,
        "lang": lang,
    }


def _meetup(lang: str, rich: bool, when: date) -> dict[str, Any]:
    bn = lang == "bn"
    return {
        "id": "M-07",
        "title": "শীতের নতুন কালেকশন" if bn else "Winter collection evening",
        "date": when,
        "time": "18:30" if rich else "",
        "venue": ("দোকানের দোতলা, ধানমন্ডি ২৭" if bn else "Upstairs at the shop, Dhanmondi 27") if rich else "",
    }


def _extras(kind: str, variant: str, lang: str, rich: bool) -> dict[str, Any]:
    today = _SAMPLE_TODAY
    meetup = _meetup(lang, rich, today + timedelta(days=7))
    feedback = {"text": "Sample feedback text", "date": today - timedelta(days=1)}
    if kind == "follow_up":
        return {
            "event": variant,
            "note": {"date": today - timedelta(days=7), "text": "Sample staff note"},
            "follow_up_on": today if rich else today - timedelta(days=3),
            "days_overdue": 0 if rich else 3,
            "expected": not rich,
            "due_date": None if rich else today - timedelta(days=2),
            "due_passed": not rich,
            **_who("daughter" if rich else None, lang),
            **_occasion("wedding" if rich else None, lang, None),
            "call_back_on": today if rich else None,
            "again": False,
        }
    if kind == "win_back":
        return {
            "last_purchase": date(2026, 8, 24),
            "days_since": 90,
            "orders": 12 if rich else 1,
            "total_spent": 123456.5 if rich else 1500.0,
        }
    if kind == "first_order":
        return {"first_purchase": date(2026, 9, 30), "days_since": 55 if rich else 170,
                "total_spent": 4500.0 if rich else 350.0}
    if kind == "check_in":
        return {"days_since_contact": 45 if rich else 120}
    if kind == "meetup_invite":
        # (the sparse one: an at-risk buyer; the rich one: a complaint not yet put right)
        return {"meetup": meetup, "quiet_lately": not rich, "complaint_open": rich}
    if kind in ("meetup_change", "meetup_cancelled"):
        return {"meetup": _meetup(lang, rich, today + timedelta(days=3))}
    if kind == "meetup_reminder":
        return {"meetup": _meetup(lang, rich, today + timedelta(days=1))}
    if kind in ("feedback_reply", "thank_you"):
        return {"feedback": feedback, "meetup": meetup if rich else None}
    # A kind this module does not know: offer every variable any kind has.
    merged: dict[str, Any] = {}
    for known in KINDS:
        merged.update(_extras(known, "default", lang, rich))
    return merged


def _who(who: str | None, lang: str) -> dict[str, Any]:
    from khatir.notes.person import person  # the phrases a follow-up names its person with

    return {"who": who, "person": person(who, lang)}


def _occasion(key: str | None, lang: str, day: date | None) -> dict[str, Any]:
    from khatir.notes.occasion import occasion  # what a celebration note celebrates

    return {"occasion": occasion(key, lang, day)}


def sample_contexts(kind: str, variant: str, lang: str) -> list[dict[str, Any]]:
    """Realistic facts for one template: a full context and a sparse one.

    The sparse one has an empty agent, an overdue follow-up, a meetup without
    time or venue, and no meetup for feedback, so both sides of the usual
    ``{% if %}`` branches get rendered. A follow-up is also tried about the
    customer themself (the full one names a daughter, the sparse one nobody), and a
    celebration once more about the customer's birthday, past by the time the message goes,
    and a get-well as a later message of the same story (``again``).
    """
    samples = [{**_base(lang, rich), **_extras(kind, variant, lang, rich)} for rich in (True, False)]
    if kind == "follow_up":
        samples.append({**samples[0], **_who("self", lang)})
    if kind == "follow_up" and variant == "celebration":
        # a birthday already past (its own wording), checked though not shown by `templates`
        samples.append({**samples[2], **_occasion("birthday", lang, _SAMPLE_TODAY - timedelta(days=2))})
    if kind == "follow_up" and variant == "illness":
        # a later get-well in the same story, about the daughter and about nobody named
        samples += [{**samples[0], "again": True}, {**samples[1], "again": True}]
    return samples
