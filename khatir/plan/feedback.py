"""Feedback triage: unhappy customers at the very top of Follow-ups, with a reply ready.

* Negative feedback not yet marked Resolved: group ``negative_feedback`` (the first
  group of the work list), oldest first, with a ``feedback_reply`` message (an
  apology and a promise to call). It stays on the list until staff mark it
  Resolved, even after the reply was sent: the promised call is the real work. A later
  call note saying the complaint was put right ("refund pelo, khushi") moves it below the
  open ones, asks for Resolved, leaves out an apology not yet made, and ends its place on
  the list a week after that note (``rules.feedback.put_right``).
* Suggestions: group ``suggestion``, newest first, no message.
* Feedback whose Sentiment is blank and whose words give no clue: group
  ``unclear_feedback`` ("feedback to read"), after the suggestions, asking a person to
  read it and fill in the Sentiment (not called a suggestion: it may be a complaint).
* Positive feedback: a ``thank_you`` message only when the settings ask for it
  (``[feedback] thank_you = true``), for recent feedback.

The Feedback tab belongs to staff and is never written: a detected sentiment is
shown in the Follow-ups "Why" column as detected, with the word that gave it away.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..i18n import Counted, Text
from ..sheet.records import Customer, Feedback, SheetData
from ..messages.filters import long_date
from ..rules.feedback import (PUT_RIGHT_SHOWN_DAYS, Judged, apologised_in_call, put_right, reply_key,
                              thank_you_key, triage)
from ..rules.followups import note_key
from ..rules.meetups import meetup_context
from .followups import short_note
from .worklist import Draft, WorkItem
from . import Contribution
from .facts import RunFacts

NEGATIVE_WHY = Text(en="Unhappy feedback{about}, {date} ({how}): \u201c{text}\u201d",
                    bn="{about}অসন্তুষ্ট মতামত, {date} ({how}): \u201c{text}\u201d")
SUGGESTION_WHY = Text(en="Suggestion{about}, {date} ({how}): \u201c{text}\u201d",
                      bn="{about}পরামর্শ, {date} ({how}): \u201c{text}\u201d")
POSITIVE_WHY = Text(en="Happy feedback{about}, {date} ({how}): \u201c{text}\u201d",
                    bn="{about}ভালো মতামত, {date} ({how}): \u201c{text}\u201d")
UNCLEAR_WHY = Text(en="Feedback{about}, {date}: \u201c{text}\u201d",
                   bn="{about}মতামত, {date}: \u201c{text}\u201d")
ABOUT = Text(en=" about \u201c{title}\u201d", bn="\u201c{title}\u201d নিয়ে ")
HOW_COLUMN = Text(en="{column} column", bn="{column} কলাম")  # as this sheet names it
HOW_DETECTED = Text(en="detected from the word \u201c{word}\u201d",
                    bn="\u201c{word}\u201d শব্দ থেকে বোঝা গেছে")
UNDATED = Text(en="no date", bn="তারিখ নেই")
# {tab}, {column}: Feedback and its column as this sheet names them (khatir.sheet.names).
UNCLEAR_REMARK = Text(
    en="Could not tell if this is good or bad: read it and fill in its {column} (positive, negative or suggestion).",
    bn="এটি ভালো না খারাপ বোঝা যায়নি: পড়ে দেখুন এবং {column} কলামে লিখুন (ইতিবাচক, নেতিবাচক বা পরামর্শ)।")
NO_CUSTOMER = Text(en="No {column} in the {tab} row: no message prepared; find out who wrote it.",
                   bn="{tab} ট্যাবের সারিতে {column} নেই: কোনো বার্তা তৈরি হয়নি; কে লিখেছেন খুঁজে বের করুন।")
PUT_RIGHT_REMARK = Text(
    en="The call note of {date} says it was put right: \u201c{words}\u201d. Mark {column} in {tab} if so.",
    bn="{date} তারিখের কল নোটে বলা আছে সমাধান হয়েছে: \u201c{words}\u201d। তাই হলে {tab} ট্যাবের {column} কলামে হ্যাঁ লিখুন।")
CALL_REMARK = Text(en="Call them; mark {column} in {tab} when it is put right.",
                   bn="ফোন করুন; সমাধান হলে {tab} ট্যাবের {column} কলামে হ্যাঁ লিখুন।")
REPLY_REASON = Text(en="Apology for unhappy feedback of {date}", bn="{date} তারিখের অসন্তুষ্ট মতামতের জন্য দুঃখপ্রকাশ")
THANKS_REASON = Text(en="Thanks for happy feedback of {date}", bn="{date} তারিখের ভালো মতামতের জন্য ধন্যবাদ")
DETECTED_NOTE = Counted(
    one="Feedback: the Sentiment of 1 row was detected from its words (shown as detected in Follow-ups).",
    en="Feedback: the Sentiment of {count} rows was detected from their words (shown as detected in Follow-ups).",
    bn="মতামত: {count}টি সারির ধরন লেখা থেকে বোঝা হয়েছে (ফলো-আপে তা উল্লেখ আছে)।")
UNCLEAR_NOTE = Counted(
    one="Feedback: 1 row could not be sorted from its words; fill in its {column}.",
    en="Feedback: {count} rows could not be sorted from their words; fill in their {column}.",
    bn="মতামত: {count}টি সারির মতামত ভালো না খারাপ, লেখা থেকে বোঝা যায়নি; সেই সারিগুলোর {column} কলাম পূরণ করুন।")
TEXT_CHARS = 200


def contribute(facts: RunFacts) -> Contribution:
    data, settings, today = facts.data, facts.settings, facts.today
    lang = settings.language
    judged = facts.feedback  # shared with the Meetup Summary so both count the same way
    t = triage(judged, today, settings.parsed.feedback)
    out = Contribution()
    known = _known(data) if t.negative else set()
    complaints = _complaints_answered(facts, known) if t.negative else []
    resolutions = _resolutions(facts) if t.negative else []
    for rank, j in enumerate(t.negative):
        answered = reply_key(j.feedback) not in known and apologised_in_call(j.feedback, complaints)
        done = put_right(j.feedback, resolutions, today)
        if done is None:
            out.items.append(_item(data, j, "negative_feedback", NEGATIVE_WHY, (0, rank), today, lang,
                                   kind="" if answered else "feedback_reply", reason=REPLY_REASON))
        elif (today - done[0]).days <= PUT_RIGHT_SHOWN_DAYS:
            made = reply_key(j.feedback) in known  # an apology made before the note stays linked
            item = _item(data, j, "negative_feedback", NEGATIVE_WHY, (1, rank), today, lang,
                         kind="feedback_reply" if made else "", reason=REPLY_REASON)
            out.items.append(replace(item, remark=PUT_RIGHT_REMARK(
                lang, date=long_date(done[0], lang), words=short_note(done[1]),
                tab=data.names.tab("feedback", lang), column=data.names.column("feedback", "resolved", lang))))
    for rank, j in enumerate(t.suggestion):
        out.items.append(_item(data, j, "suggestion", SUGGESTION_WHY, (0, rank), today, lang))
    for rank, j in enumerate(t.unclear):
        out.items.append(_item(data, j, "unclear_feedback", UNCLEAR_WHY, (rank,), today, lang,
                               remark=_in_feedback(data, UNCLEAR_REMARK, "sentiment", lang)))
    for rank, j in enumerate(t.thank):
        out.items.append(_item(data, j, "positive_feedback", POSITIVE_WHY, (rank,), today, lang,
                               kind="thank_you", reason=THANKS_REASON))
    detected = sum(1 for j in judged if j.detected)
    if detected:
        out.notes.append(DETECTED_NOTE(lang, detected))
    if t.unclear:
        out.notes.append(UNCLEAR_NOTE(lang, len(t.unclear),
                                      column=data.names.column("feedback", "sentiment", lang)))
    return out


def _known(data: SheetData) -> set[str]:
    """Every message key made so far: in Messages, or issued (Khatir Keys)."""
    return {m.key for m in data.messages} | set(data.issued)


def _complaints_answered(facts: RunFacts, known: set[str]) -> list[tuple[str, date]]:
    """(customer, day) of each complaint call note whose follow-up message is made (its key among
    ``known``, the keys in Messages and Khatir Keys): its apology is the one for unhappy feedback
    the customer leaves in the days after (one complaint, one apology;
    ``rules.feedback.apologised_in_call``)."""
    reader = facts.note_reader
    return [(n.customer_id, n.date) for n in facts.data.call_notes
            if note_key(n) in known and (n.event or reader.read(n.note, n.date).event) == "complaint"]


def _resolutions(facts: RunFacts) -> list[tuple[str, date, str]]:
    """(customer, day, words) of every call note read as a complaint already put right."""
    reader = facts.note_reader
    out = []
    for n in facts.data.call_notes:
        reading = reader.read(n.note, n.date)
        if reading.event == "complaint" and reading.over and n.event in (None, "complaint"):
            out.append((n.customer_id, n.date, n.note))
    return out


def _in_feedback(data: SheetData, text: Text, column: str, lang: str) -> str:
    """``text`` sending staff to a column of Feedback, both named as this sheet shows them."""
    return text(lang, tab=data.names.tab("feedback", lang),
                column=data.names.column("feedback", column, lang))


def _item(data: SheetData, j: Judged, group: str, why: Text, order: tuple, today: date,
          lang: str, kind: str = "", reason: Text | None = None, remark: str = "") -> WorkItem:
    fb = j.feedback
    customer = data.customers.get(fb.customer_id) if fb.customer_id else None
    draft = _draft(data, fb, customer, kind, reason, lang) if kind and customer else None
    if kind and customer is None:
        remark = _in_feedback(data, NO_CUSTOMER, "customer_id", lang)
    elif group == "negative_feedback":
        remark = _in_feedback(data, CALL_REMARK, "resolved", lang)
    return WorkItem(
        group=group, customer=customer, why=_why(data, j, why, lang), due=fb.date,
        days_overdue=(today - fb.date).days if fb.date and group == "negative_feedback" else None,
        draft=draft, agent=customer.agent if customer else "", order=order, remark=remark)


def _draft(data: SheetData, fb: Feedback, customer: Customer, kind: str, reason: Text | None,
           lang: str) -> Draft:
    meetup = _meetup(data, fb)
    key = reply_key(fb) if kind == "feedback_reply" else thank_you_key(fb)
    when = long_date(fb.date, lang) if fb.date else UNDATED(lang)
    return Draft(
        key=key, kind=kind, variant="default", customer=customer,
        reason=reason(lang, date=when) if reason else "", agent=customer.agent,
        context={"feedback": {"text": fb.text, "date": fb.date},
                 "meetup": meetup_context(meetup) if meetup else None})


def _meetup(data: SheetData, fb: Feedback):
    if not fb.meetup_id:
        return None
    return next((m for m in data.meetups if m.id == fb.meetup_id), None)


def _why(data: SheetData, j: Judged, why: Text, lang: str) -> str:
    fb = j.feedback
    meetup = _meetup(data, fb)
    title = (meetup.title or meetup.id) if meetup else fb.meetup_id
    about = ABOUT(lang, title=title) if title else ""
    how = (HOW_DETECTED(lang, word=j.keyword) if j.detected
           else HOW_COLUMN(lang, column=data.names.column("feedback", "sentiment", lang)))
    text = " ".join(fb.text.split())
    if len(text) > TEXT_CHARS:
        text = text[:TEXT_CHARS - 1] + "…"
    when = long_date(fb.date, lang, year=True) if fb.date else UNDATED(lang)
    return why(lang, about=about, date=when, how=how, text=text)
