"""Follow-ups owed from call notes: due today, or overdue by N days.

A row says the event, the person and the story ("daughter's illness, 20 Nov; could not
talk on 22 Nov"). Notes saying the event is already over get a row without a message,
and a pending message whose follow-up a later note has closed, or whose note is no longer
read as an event at all, is listed at the top as "do not send" (Messages is append-only, so
its row is never edited).
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from ..config import Settings
from ..i18n import Counted, Text, localise_digits
from ..notes import occasion, person
from ..messages.filters import long_date
from ..notes.optout import asks_no_contact, says_wrong_number
from ..notes.story import BUSY, LOSS
from ..notes.understand import NoteReader, Reading
from ..rules.feedback import apologised
from ..rules.same_story import told_in_story
from ..rules.followups import OVER_SHOWN_DAYS, FollowUp, delays_of, follow_up_report, note_key
from ..rules.try_texts import TRY_TEXT_DAYS, texted_before, try_texts
from ..sheet.names import SheetNames
from ..sheet.records import CallNote, Customer, Message, Problem
from .worklist import Draft, WorkItem
from . import Contribution
from .facts import RunFacts

WHY = Text(en="{topic} ({how}), {date}{tries}: \u201c{note}\u201d",
           bn="{topic} ({how}), {date}{tries}: \u201c{note}\u201d")
TRIES = Text(en="; could not talk on {dates}", bn="; {dates} কথা বলা যায়নি")
MOVED = Text(en="; call moved on {dates}", bn="; {dates} ফোনের দিন বদলানো হয়েছে")
# One "we tried to reach you" text at a time (rules/try_texts.py): the agent calls again.
TRIED_TEXTED = Text(
    en="; a \u201cwe could not reach you\u201d message was prepared on {date}: call again, no second "
       "message within {days} days",
    bn="; {date} তারিখে \u201cকথা বলা যায়নি\u201d বার্তা তৈরি হয়েছে: আবার ফোন করুন, {days} দিনের মধ্যে "
       "দ্বিতীয় বার্তা নয়")
# A loss and another event noted together ("উনার মা গত রাতে মারা গেছেন", "মেয়ের জ্বর, ২ দিন পর ফোন
# দিতে বলছে"): the condolence goes before any other message (an electronics chain's trial 14 had
# a cheerful "how is your daughter?" go five days before the condolence). The agent can still call.
CONDOLENCE_FIRST = Text(
    en="; no message before the condolence due on {date}: call if they asked for a call",
    bn="; {date} তারিখের সমবেদনার বার্তার আগে কোনো বার্তা নয়: ফোন করতে বলে থাকলে ফোন করুন")
#: How far ahead a waiting condolence holds the customer's other messages (the default delay of a
#: bereavement is 7 days; a Follow Up On a month away does not silence the customer for a month).
CONDOLENCE_HOLD_DAYS = 14
HOW_COLUMN = Text(en="{column} column", bn="{column} কলাম")  # as this sheet names it
HOW_DETECTED = Text(en="found in the note", bn="নোট থেকে বোঝা গেছে")
HOW_DATE = Text(en="Follow Up On date", bn="ফলো-আপ তারিখ")
HOW_CALLBACK = Text(en="call-back day in the note", bn="নোটে বলা ফোনের দিন")
NO_EVENT = Text(en="follow-up", bn="ফলো-আপ")
# A baby still to come ("ওনার ওয়াইফ প্রেগন্যান্ট, ডিসেম্বরে ডেলিভারি"): the message wishes well, and
# the row says so, so nobody says "congratulations" on the phone before the birth.
EXPECTED = Text(en="baby on the way", bn="অনাগত সন্তানের খবর")
REASON = Text(en="Follow-up: {event} noted on {date}", bn="ফলো-আপ: {date} তারিখে {event}")
OVER = Text(en="{topic} noted on {date}: \u201c{words}\u201d, so no message",
            bn="{date} তারিখে {topic}: \u201c{words}\u201d, তাই কোনো বার্তা নয়")
OVER_LATER = Text(en="{topic} noted on {date}; on {later}: \u201c{words}\u201d, so no message",
                  bn="{date} তারিখে {topic}; {later} তারিখে: \u201c{words}\u201d, তাই কোনো বার্তা নয়")
DO_NOT_SEND = Text(
    en="Do not send message {key}: {topic} noted on {date}; on {later} {why}: \u201c{note}\u201d",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখে {topic}; {later} তারিখে {why}: \u201c{note}\u201d")
NO_EVENT_NOW = Text(
    en="Do not send message {key}: the note of {date} is no longer read as an event (Khatir reads "
       "notes better since the message was prepared; write the event in the {column} column if there "
       "is one): \u201c{note}\u201d",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখের নোটে এখন কোনো ঘটনা পাওয়া যায় না (বার্তাটি তৈরির পর "
       "খাতির নোট আরও ভালো পড়ে; ঘটনা থাকলে {column} কলামে লিখুন): \u201c{note}\u201d")
CLOSED_TALKED = Text(en="the team talked to them again", bn="আবার কথা হয়েছে")
CLOSED_OVER = Text(en="it is over", bn="বিষয়টি মিটে গেছে")
# The later note is a death: said plainly, for an agent skimming the list (fourth story trial, F12)
DIED = Text(
    en="Do not send message {key}: {whom} has died (note of {later}: \u201c{note}\u201d); it was about "
       "the {topic} noted on {date}",
    bn="{key} বার্তাটি পাঠাবেন না: {later} তারিখের নোটে {whom} মারা যাওয়ার খবর আছে (\u201c{note}\u201d); "
       "বার্তাটি {date} তারিখে নোট করা {topic} নিয়ে")
THEIR = Text(en="their {name}", bn="গ্রাহকের {name}")
SOMEONE = Text(en="someone in the family", bn="পরিবারের একজন")
STALE = Counted(one="1 follow-up more than {days} days old was left out (follow_ups.stale_after_days in the settings).",
                en="{count} follow-ups more than {days} days old were left out (follow_ups.stale_after_days in the settings).",
                bn="{days} দিনের বেশি পুরোনো {count}টি ফলো-আপ বাদ রাখা হয়েছে (সেটিংসে follow_ups.stale_after_days)।")
NOTE_CHARS = 120
# The Event column says a joy and the words a death (or the other way round): no message on a
# guess (story trial 5, C09: a congratulation on "উনার বাবা গত রাতে মারা গেছেন").
CLASH_ROW = Text(
    en="check the {column} column before any message: it says {staff}, the note says {words}, "
       "{date}: \u201c{note}\u201d",
    bn="কোনো বার্তার আগে {column} কলাম দেখুন: সেখানে {staff}, নোটে {words}, {date}: \u201c{note}\u201d")
# A later note says this one was written under the wrong customer (rules/misfiled.py, story
# trial 5, C14: "C14 er kichu hoy nai", "oita C15 er note").
MISFILED_ROW = Text(
    en="{topic} noted on {date} under this customer; on {later}: \u201c{words}\u201d: written under the "
       "wrong customer, so no message",
    bn="{date} তারিখে এই গ্রাহকের নামে {topic}; {later} তারিখে: \u201c{words}\u201d: ভুল গ্রাহকের নামে লেখা, "
       "তাই কোনো বার্তা নয়")
MISFILED_DO_NOT_SEND = Text(
    en="Do not send message {key}: {topic} noted on {date} was written under the wrong customer (note "
       "of {later}: \u201c{words}\u201d)",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখে নোট করা {topic} ভুল গ্রাহকের নামে লেখা হয়েছিল "
       "({later} তারিখের নোট: \u201c{words}\u201d)")
MISFILED_PROBLEM = Text(
    en="The note of {later} (row {row}) says this note was written under the wrong customer: "
       "\u201c{words}\u201d. No message is prepared for it.",
    bn="{later} তারিখের নোটে ({row} নম্বর সারি) বলা আছে এই নোটটি ভুল গ্রাহকের নামে লেখা: \u201c{words}\u201d। "
       "এর জন্য কোনো বার্তা তৈরি হবে না।")
MISFILED_FIX = Text(
    en="Correct the {column} on this row of {calls} to the right customer (or delete the row).",
    bn="{calls} ট্যাবের এই সারির {column} ঠিক গ্রাহকের আইডিতে বদলে দিন (অথবা সারিটি মুছে দিন)।")
CLASH_DO_NOT_SEND = Text(
    en="Do not send message {key}: the {column} column says {staff}, the note says {words}, {date}: "
       "\u201c{note}\u201d",
    bn="{key} বার্তাটি পাঠাবেন না: {column} কলামে {staff}, নোটে {words}, {date}: \u201c{note}\u201d")
CLASH_PROBLEM = Text(
    en="The {column} says {staff}, but the note says {words}: \u201c{note}\u201d. No message is prepared "
       "until they agree.",
    bn="{column} কলামে {staff}, কিন্তু নোটে {words}: \u201c{note}\u201d। দুটো না মেলা পর্যন্ত কোনো বার্তা "
       "তৈরি হবে না।")
CLASH_FIX = Text(
    en="The note says {words}; correct the {column} (or the note) on this row of {calls}.",
    bn="নোটে {words} বলা আছে; {calls} ট্যাবের এই সারির {column} (অথবা নোটটি) ঠিক করুন।")
# Call Notes is there but cannot be read: no follow-up can be worked out, and Follow-ups would
# otherwise just be without them, silently (the third month's trial, F10).
UNREAD = Text(
    en="{calls} cannot be read (see {problems}): today's follow-ups (get-well, condolence, "
       "congratulations, apologies, call-backs) could not be worked out, so none is listed or "
       "prepared; messages already in {messages} can still be sent. Fix the tab and run again.",
    bn="{calls} ট্যাব পড়া যাচ্ছে না ({problems} ট্যাব দেখুন): আজকের ফলো-আপ (শুভকামনা, সমবেদনা, "
       "অভিনন্দন, দুঃখপ্রকাশ, ফোন করার কথা) বের করা যায়নি, তাই কোনোটি তালিকায় নেই বা তৈরি হয়নি; "
       "{messages} ট্যাবে আগে তৈরি বার্তাগুলো পাঠানো যাবে। ট্যাবটি ঠিক করে আবার চালান।")


#: Occasions wished on their own day: "happy birthday" on the birthday is the wish itself, not
#: one made before the day (a wedding or an operation is still under way on its day).
WISHED_ON_THE_DAY = frozenset({"birthday", "anniversary"})


def still_ahead(f: FollowUp, today: date) -> bool:
    """Whether the event the note dates ("biye 28 tarikhe", "birthday 25 Nov") is still to come
    today, so the follow-up is a plain check-in. A birthday or an anniversary is not ahead on
    its own day: an owner's blind trial (trial 15) had "meyer birthday 25 Nov" (Follow Up On the
    25th) greeted on the birthday with "We spoke on 20 November and wanted to check in", while
    the celebration template has the day's own wish ("Wishing your daughter a very happy
    birthday!")."""
    reading = f.reading
    if reading is None or reading.event_day is None or f.event != reading.event:
        return False
    if today == reading.event_day and f.event == "celebration" and reading.occasion in WISHED_ON_THE_DAY:
        return False
    return today <= reading.event_day


def contribute(facts: RunFacts) -> Contribution:
    data, settings, today = facts.data, facts.settings, facts.today
    lang = settings.language
    sent = {m.key for m in data.messages if m.status == "sent"}
    pending = {m.key for m in data.messages if m.status == "pending"}
    known = {m.key for m in data.messages} | set(data.issued)
    report = follow_up_report(data.call_notes, facts.note_reader, delays_of(settings.events),
                              sent, today, settings.stale_after_days, known_keys=known)
    out = Contribution()
    if data.calls_unread:
        out.notes.append(UNREAD(lang, calls=data.names.tab("call_notes", lang),
                                problems=data.names.tab("problems", lang),
                                messages=data.names.tab("messages", lang)))
    told = _told(report.closed, sent)
    overs = _overs(facts) if report.owed else {}
    texts = try_texts(data.call_notes, data.messages, facts.note_reader, today)
    for f in report.clash:
        _clash(f, facts, out)
    for f in report.misfiled:
        _misfiled(f, facts, out)
    for f in report.owed:
        customer = data.customers[f.note.customer_id]
        if f.event in (None, BUSY) and not f.note.event and (
                customer.held_by is not None  # a later "no answer" is no call-back for them either
                or asks_no_contact(f.note.note, f.note.date) or says_wrong_number(f.note.note)):
            continue  # "আর ফোন দিবেন না", "wrong number": no call to make later (plan/optout.py)
        if (f.event == "complaint" and f.key not in known
                and apologised(f.note.customer_id, f.note.date, facts.feedback, known, today)):
            continue  # one complaint, one apology: the unhappy feedback's row and reply speak for it
        why = _why(f, settings, lang, data.names)
        condolence = report.condolences.get(f.note.customer_id)
        if f.event != LOSS and condolence is not None and (condolence - today).days <= CONDOLENCE_HOLD_DAYS:
            out.items.append(_without_message(f, customer, why + CONDOLENCE_FIRST(
                lang, date=long_date(condolence, lang))))
            continue
        if f.event == BUSY and not f.note.event and f.key not in known and _asked_for(f) is None:
            mine = texts.setdefault(f.note.customer_id, [])
            before = texted_before(mine, f.key, f.due)
            if before is not None:
                out.items.append(_without_message(f, customer, why + TRIED_TEXTED(
                    lang, date=long_date(before, lang), days=localise_digits(TRY_TEXT_DAYS, lang))))
                continue
            mine.append((today, f.key))  # made by this run: the next try of the day waits for it
        # A call-back day before the event's own day ("biye 28 tarikhe, kal call dio"): a plain
        # check-in, no congratulations or "hope he has recovered" before it happens.
        ahead = still_ahead(f, today)
        # A baby on the way with its due day in the note, wished well after that day: the wish
        # fits a likely birth ("we hope mother and baby are well"), not "is expecting".
        due_day = f.reading.event_day if (f.expected and f.reading is not None) else None
        draft = Draft(
            key=f.key, kind="follow_up", variant="default" if ahead else f.event or "default",
            customer=customer,
            reason=REASON(lang, event=topic(f, settings, lang), date=long_date(f.note.date, lang)),
            agent=f.note.agent or customer.agent,
            context={"event": f.event or "", "note": {"date": _tried_on(f), "text": f.note.note},
                     "follow_up_on": f.due, "days_overdue": f.days_overdue, "who": f.who,
                     "expected": f.expected, "due_date": due_day,
                     "due_passed": due_day is not None and today > due_day,
                     "person": person.person(f.who, customer.language, f.kin),
                     "call_back_on": _asked_for(f),
                     "again": _again(f, told, report.closed, sent, overs),
                     "occasion": occasion.occasion(
                         f.reading.occasion if f.event == "celebration" and f.reading else None,
                         customer.language, f.reading.event_day if f.reading else None)})
        out.items.append(WorkItem(
            group="overdue" if f.overdue else "due", customer=customer, why=why,
            due=f.due, days_overdue=f.days_overdue, draft=draft,
            agent=f.note.agent or customer.agent, order=(-f.days_overdue, f.note.date, f.note.row)))
    for f in report.over:
        customer = data.customers[f.note.customer_id]
        out.items.append(WorkItem(
            group="over", customer=customer, agent=f.note.agent or customer.agent,
            why=(OVER(lang, topic=topic(f, settings, lang), date=long_date(f.note.date, lang),
                      words=short_note(f.note.note)) if f.opened is None else
                 OVER_LATER(lang, topic=topic(f, settings, lang), date=long_date(f.opened, lang),
                            later=long_date(f.note.date, lang), words=short_note(f.note.note))),
            order=(f.note.date, f.note.row)))
    for f in report.closed:
        customer = data.customers[f.note.customer_id]
        if f.key not in pending or f.closed_by is None or customer.held_by is not None:
            continue  # (one who asked for no contact: plan/optout.py lists every pending message)
        later = f.closed_by
        read = facts.note_reader.read(later.note, later.date)
        if (later.event or read.event) == LOSS and f.event != LOSS:
            why = DIED(lang, key=f.key, whom=_who_died(read, f, lang), later=long_date(later.date, lang),
                       note=short_note(later.note), topic=topic(f, settings, lang),
                       date=long_date(f.note.date, lang))
        else:
            why = DO_NOT_SEND(lang, key=f.key, topic=topic(f, settings, lang),
                              date=long_date(f.note.date, lang), later=long_date(later.date, lang),
                              why=(CLOSED_OVER if read.over else CLOSED_TALKED)(lang),
                              note=short_note(later.note))
        out.items.append(WorkItem(
            group="do_not_send", customer=customer, agent=later.agent or customer.agent,
            why=why, order=(f.note.date, f.note.row)))
    # (a message this very reading owes is never "read as nothing": a second run of the day must
    # list it as the first did, blind trial F8)
    owed = {f.key for f in (*report.owed, *report.stale)}
    for note, key in read_as_nothing(data.call_notes, data.messages, facts.note_reader):
        whose = data.customers.get(note.customer_id)
        if whose is None or whose.held_by is not None or key in owed:
            continue
        out.items.append(WorkItem(
            group="do_not_send", customer=whose, agent=note.agent or whose.agent,
            why=NO_EVENT_NOW(lang, key=key, date=long_date(note.date, lang), note=short_note(note.note),
                             column=data.names.column("call_notes", "event", lang)),
            order=(note.date, note.row)))
    if report.stale:
        out.notes.append(STALE(lang, len(report.stale), days=localise_digits(settings.stale_after_days, lang)))
    return out


def _misfiled(f: FollowUp, facts: RunFacts, out: Contribution) -> None:
    """A note a later note says was written under the wrong customer: no message; a Problems row
    on its Customer ID cell; in Follow-ups "do not send" for a message already prepared, else a
    "wrong customer" row for a week from the day its message would have been due."""
    data, settings, lang = facts.data, facts.settings, facts.settings.language
    by = f.closed_by
    customer = data.customers.get(f.note.customer_id)
    if by is None or by is f.note or customer is None:
        return  # the correction's own words open nothing
    column = data.names.column("call_notes", "customer_id", lang)
    later, words = long_date(by.date, lang), short_note(by.note)
    out.problems.append(Problem(
        data.names.title("call_notes"), f.note.row, column, f.note.customer_id,
        MISFILED_PROBLEM(lang, later=later, row=localise_digits(by.row, lang), words=words),
        MISFILED_FIX(lang, column=column, calls=data.names.tab("call_notes", lang))))
    if customer.held_by is not None:
        return
    what, when = topic(f, settings, lang), long_date(f.note.date, lang)
    if any(m.key == f.key and m.status == "pending" for m in data.messages):
        out.items.append(WorkItem(
            group="do_not_send", customer=customer, agent=by.agent or customer.agent,
            why=MISFILED_DO_NOT_SEND(lang, key=f.key, topic=what, date=when, later=later, words=words),
            order=(f.note.date, f.note.row)))
    elif 0 <= f.days_overdue <= OVER_SHOWN_DAYS:
        out.items.append(WorkItem(
            group="misfiled", customer=customer, agent=by.agent or customer.agent,
            why=MISFILED_ROW(lang, topic=what, date=when, later=later, words=words),
            order=(f.note.date, f.note.row)))


def _clash(f: FollowUp, facts: RunFacts, out: Contribution) -> None:
    """The Event column against the words (``rules.followups.event_clash``): a Problems row on
    the Event cell, and, once the follow-up is due, a Follow-ups row without a message."""
    data, settings, lang = facts.data, facts.settings, facts.settings.language
    customer = data.customers[f.note.customer_id]
    staff_kind = settings.event(f.note.event or "")
    words_kind = settings.event(f.reading.event or "") if f.reading is not None else None
    staff = staff_kind.label(lang) if staff_kind else f.note.event or ""
    words = words_kind.label(lang) if words_kind else ""
    column = data.names.column("call_notes", "event", lang)
    out.problems.append(Problem(
        data.names.title("call_notes"), f.note.row, column, staff,
        CLASH_PROBLEM(lang, column=column, staff=staff, words=words, note=short_note(f.note.note)),
        CLASH_FIX(lang, words=words, column=column, calls=data.names.tab("call_notes", lang))))
    if customer.held_by is not None:
        return
    if any(m.key == f.key and m.status == "pending" for m in data.messages):
        # prepared before Khatir compared the two (an upgrade): Messages is never edited
        out.items.append(WorkItem(
            group="do_not_send", customer=customer, agent=f.note.agent or customer.agent,
            why=CLASH_DO_NOT_SEND(lang, key=f.key, column=column, staff=staff, words=words,
                                  date=long_date(f.note.date, lang), note=short_note(f.note.note)),
            order=(f.note.date, f.note.row)))
    elif f.due <= facts.today:
        out.items.append(_without_message(f, customer, CLASH_ROW(
            lang, column=column, staff=staff, words=words, date=long_date(f.note.date, lang),
            note=short_note(f.note.note))))


def _without_message(f: FollowUp, customer: Customer, why: str) -> WorkItem:
    """The follow-up's due or overdue row in Follow-ups, with no message (the row says why)."""
    return WorkItem(group="overdue" if f.overdue else "due", customer=customer, why=why,
                    due=f.due, days_overdue=f.days_overdue, agent=f.note.agent or customer.agent,
                    order=(-f.days_overdue, f.note.date, f.note.row))


def read_as_nothing(notes: Iterable[CallNote], messages: Iterable[Message],
                    reader: NoteReader) -> list[tuple[CallNote, str]]:
    """Notes with a follow-up message still pending that are now read as nothing at all: no
    event, no call-back day, no Event or Follow Up On typed by staff, not done. The message
    was made by an earlier Khatir that misread the note (a funeral caterer's price list as a
    death); an upgrade must not leave it waiting to be sent. Its row is never edited (Messages
    is append-only): Follow-ups lists it as "do not send"."""
    pending = {m.key for m in messages if m.status == "pending" and m.kind == "follow_up"}
    if not pending:
        return []
    out = []
    for note in notes:
        key = note_key(note)
        if (key in pending and not note.done and note.event is None and note.follow_up_on is None):
            reading = reader.read(note.note, note.date)
            if reading.event is None and reading.callback is None:
                out.append((note, key))
    return out


def _told(closed: Iterable[FollowUp], sent: set[str]) -> dict[tuple[str, str | None, str | None], date]:
    """(customer, event, person) -> the earliest note whose message was sent and whose follow-up
    a later note closed: a later get-well for the same father ("বাবাকে বাসায় আনা হয়েছে, এখনো
    দুর্বল" a week after "abba ICU te") is the same story, and must not repeat the first word for
    word (the fourth blind story trial, F2). A baby on the way wished well is no congratulation:
    the birth after it is congratulated as a first word."""
    out: dict[tuple[str, str | None, str | None], date] = {}
    for g in closed:
        if g.key in sent and not g.expected:
            k = (g.note.customer_id, g.event, g.who)
            out[k] = min(out.get(k, g.note.date), g.note.date)
    return out


def _tried_on(f: FollowUp) -> date:
    """The note's day; for a could-not-talk follow-up tried again since, the last try: "we tried to
    reach you on 18 November" names the try the customer may have seen, not the first of three."""
    return max(f.tries) if f.event == BUSY and f.tries else f.note.date


def _again(f: FollowUp, told: dict[tuple[str, str | None, str | None], date],
           closed: list[FollowUp], sent: set[str], overs: dict[tuple[str, str], list[date]]) -> bool:
    """Whether ``f``'s message goes on a story whose first message was sent (``_told``, and
    ``rules.same_story`` for a complaint or a new baby), so it must not repeat it word for word.
    A note between saying that event was over ends the story: what comes after is new."""
    if f.event is None:
        return False
    ended = [d for d in overs.get((f.note.customer_id, f.event), []) if d < f.note.date]
    first = told.get((f.note.customer_id, f.event, f.who), f.note.date)
    return ((first < f.note.date and not any(first < d < f.note.date for d in ended))
            or told_in_story(f, closed, sent, ended))


def _overs(facts: RunFacts) -> dict[tuple[str, str], list[date]]:
    """(customer, event) -> the days of their notes saying that event is over ("problem solved"):
    a complaint after one of them is a new one, with its own apology (``rules.same_story``).
    Read once a run, not once a follow-up."""
    reader = facts.note_reader
    out: dict[tuple[str, str], list[date]] = {}
    for n in facts.data.call_notes:
        r = reader.read(n.note, n.date)
        event = n.event or r.event
        if r.over and event is not None:
            out.setdefault((n.customer_id, event), []).append(n.date)
    return out


def _asked_for(f: FollowUp) -> date | None:
    """The day the customer asked to be called ("call Thursday", moved by a later note to
    Saturday), for the message to say so instead of asking them for a time again; None when the
    note gave no day, staff set Follow Up On, or the day was the call's own ("after Maghrib")."""
    stated = f.reading is not None and (f.reading.callback is not None or bool(f.moved))
    if not stated or f.note.follow_up_on is not None or f.due <= f.note.date:
        return None
    return f.due


def _who_died(read: Reading, f: FollowUp, lang: str) -> str:
    """ "their father": whom the death note names, else the person of the follow-up it closes
    (a death right after "abba hospital e" that names nobody), else "someone in the family"."""
    who, kin = (read.who, read.kin) if read.who not in (None, "self") else (f.who, f.kin)
    named = person.person(who, lang, kin) if who != "self" else None
    if named is None or not named["known"]:
        return SOMEONE(lang)
    return THEIR(lang, name=named["name"])


def topic(f: FollowUp, settings: Settings, lang: str) -> str:
    """The event and whom it concerns: "daughter's illness", "মেয়ের অসুস্থতা", "wife's baby on the way"."""
    kind = settings.event(f.event) if f.event else None
    event = EXPECTED(lang) if f.expected else kind.label(lang) if kind else NO_EVENT(lang)
    if f.event == "celebration" and f.reading is not None and f.reading.occasion:
        event = occasion.label(f.reading.occasion, lang) or event  # "sister's wedding"
    whose = person.label(f.who, lang, f.kin)
    return f"{whose} {event}" if whose else event


def _why(f: FollowUp, settings: Settings, lang: str, names: SheetNames) -> str:
    if f.event is None:
        how = (HOW_CALLBACK if f.note.follow_up_on is None else HOW_DATE)(lang)
    elif f.detected:
        how = HOW_DETECTED(lang)
    else:
        how = HOW_COLUMN(lang, column=names.column("call_notes", "event", lang))
    tries = ""
    if f.tries:
        tries = TRIES(lang, dates=", ".join(long_date(d, lang) for d in f.tries))
    if f.moved:
        tries += MOVED(lang, dates=", ".join(long_date(d, lang) for d in f.moved))
    return WHY(lang, topic=topic(f, settings, lang), how=how, date=long_date(f.note.date, lang),
               tries=tries, note=short_note(f.note.note))


def short_note(note: str) -> str:
    """A note as a row quotes it: one line, cut at ``NOTE_CHARS``."""
    note = " ".join(note.split())
    return note if len(note) <= NOTE_CHARS else note[:NOTE_CHARS - 1] + "…"
