"""A customer who asked in a call not to be called or messaged again gets no message at all.

A call note saying so ("আর ফোন দিবেন না", "ar call diben na", "don't call me again",
``notes.optout``) makes the customer Do Not Contact for the run, as if the column said
yes: every section then leaves them out (follow-ups, win-backs, check-ins, feedback
replies, meetup invitations and reminders), and each message of theirs still pending is
listed as "do not send". The scripts never write to Customers, so a Problems row asks
staff to set Do Not Contact to yes there; it goes once they do.

What lifts it, in two ways staff can predict:
1. Do Not Contact changed to a clear "no" after Khatir found the request (staff's own word,
   given once they were asked, wins over a note). A "no" that was already there when the
   request was first found does not: a shop that fills "no" down the whole column has not
   answered it. So the first run that finds a request records the cell's state in Khatir
   Keys (``seen_key``: "no", or anything else), and every later run that sees another state
   records that too; the request is lifted while the cell says "no" and a state other than
   "no" was recorded for it. The records are appended with the run's other writes, so a run
   that crashed records nothing and its re-run finds the request as the first time.
2. A later note, on a later day, of a talk with the customer that does not ask again
   (any note but a "could not talk" one: no answer, switched off, busy; ``notes.story``).
A note of the same day is the same conversation: it does not lift it.

A note saying the customer themself has died (``rules.deceased``) holds them the same way, for
good: nothing lifts it but correcting the note, since every later talk is with the family.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable, Iterable, Mapping

from ..i18n import Text
from ..messages.filters import long_date
from ..notes.optout import asks_no_contact, says_wrong_number
from ..notes.understand import NoteReader
from ..rules.deceased import customers_who_died
from ..rules.new_number import numbers_to_correct
from ..sheet.records import CallNote, Customer, Problem, SheetData
from . import Contribution
from .facts import RunFacts
from .worklist import WorkItem

BUSY = "busy"
PROBLEM = Text(
    en="The call note of {date} says the customer asked not to be called or messaged again: "
       "\u201c{note}\u201d. No message is prepared for them.",
    bn="{date} তারিখের কল নোটে আছে, গ্রাহক আর ফোন বা বার্তা দিতে মানা করেছেন: \u201c{note}\u201d। "
       "তাঁর জন্য কোনো বার্তা তৈরি হবে না।")
# {tab}, {column}, {calls}: named as this sheet shows them (khatir.sheet.names).
FIX = Text(
    en="Set {column} to yes for {id} ({name}) in {tab}. If the customer later wants to hear "
       "from the shop, set it to no.",
    bn="{tab} ট্যাবে {id} ({name})-এর “{column}” কলামে হ্যাঁ লিখুন। গ্রাহক পরে আবার যোগাযোগ চাইলে না লিখুন।")
FIX_NO_ALREADY = Text(
    en="{column} for {id} ({name}) in {tab} already said no when this note was found, so "
       "it does not take back the customer's request (a no filled in on every row is no answer to "
       "it): set it to yes. If the customer has since said they want to hear from the shop, write "
       "that call in {calls}, or set the cell to yes and, after the next run, to no.",
    bn="{tab} ট্যাবে {id} ({name})-এর “{column}” কলামে এই নোট পাওয়ার আগে থেকেই না লেখা ছিল, তাই "
       "তা গ্রাহকের অনুরোধ ফিরিয়ে নেয় না (প্রতিটি সারিতে না লিখে রাখা এর উত্তর নয়): সেখানে হ্যাঁ লিখুন। "
       "গ্রাহক পরে আবার যোগাযোগ চাইলে সেই কথা {calls} ট্যাবে লিখুন, অথবা ঘরে হ্যাঁ লিখে পরের রানের পরে না লিখুন।")
DO_NOT_SEND = Text(
    en="Do not send message {key}: on {date} the customer asked not to be called or messaged again: "
       "\u201c{note}\u201d",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখে গ্রাহক আর ফোন বা বার্তা দিতে মানা করেছেন: \u201c{note}\u201d")
WRONG_PROBLEM = Text(
    en="The call note of {date} says this number reaches someone else: \u201c{note}\u201d. No message "
       "is prepared for the customer until a call reaches them.",
    bn="{date} তারিখের কল নোটে আছে, এই নম্বরে অন্য কেউ ধরেন: \u201c{note}\u201d। কোনো কলে গ্রাহককে "
       "না পাওয়া পর্যন্ত তাঁর জন্য কোনো বার্তা তৈরি হবে না।")
WRONG_FIX = Text(
    en="Correct the {column} of {id} ({name}) in {tab}. When a call on the right number reaches "
       "them, write that call in {calls}: messages start again from then.",
    bn="{tab} ট্যাবে {id} ({name})-এর {column} কলামে নম্বরটি ঠিক করুন। ঠিক নম্বরে ফোন করে তাঁকে পেলে সেই কলের "
       "কথা {calls} ট্যাবে লিখুন: তখন থেকে আবার বার্তা তৈরি হবে।")
WRONG_DO_NOT_SEND = Text(
    en="Do not send message {key}: the call note of {date} says the number reaches someone else: "
       "\u201c{note}\u201d",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখের কল নোটে আছে, এই নম্বরে অন্য কেউ ধরেন: \u201c{note}\u201d")
DIED_PROBLEM = Text(
    en="The call note of {date} says the customer has died: \u201c{note}\u201d. No message is "
       "prepared for them again.",
    bn="{date} তারিখের কল নোটে আছে, গ্রাহক নিজে মারা গেছেন: \u201c{note}\u201d। তাঁর জন্য আর কোনো বার্তা "
       "তৈরি হবে না।")
DIED_FIX = Text(
    en="Set {column} to yes for {id} ({name}) in {tab}, so nobody calls or messages them by mistake. "
       "If the note is about someone else, correct it in {calls}.",
    bn="{tab} ট্যাবে {id} ({name})-এর “{column}” কলামে হ্যাঁ লিখুন, যাতে ভুল করে কেউ ফোন বা বার্তা না দেন। "
       "নোটটি অন্য কারো কথা হলে {calls} ট্যাবে নোটটি ঠিক করুন।")
DIED_DO_NOT_SEND = Text(
    en="Do not send message {key}: the call note of {date} says the customer has died: \u201c{note}\u201d",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখের কল নোটে আছে, গ্রাহক নিজে মারা গেছেন: \u201c{note}\u201d")
NEW_PROBLEM = Text(
    en="The call note of {date} gives the customer's new number, {number}: \u201c{note}\u201d. Messages go "
       "to this column's number, so none is prepared for them until it is corrected.",
    bn="{date} তারিখের কল নোটে গ্রাহকের নতুন নম্বর আছে, {number}: \u201c{note}\u201d। বার্তা এই কলামের নম্বরে "
       "যায়, তাই এটি ঠিক না করা পর্যন্ত তাঁর জন্য কোনো বার্তা তৈরি হবে না।")
NEW_FIX = Text(
    en="Write {number} in the {column} of {id} ({name}) in {tab} (check it with the customer first).",
    bn="{tab} ট্যাবে {id} ({name})-এর {column} কলামে {number} লিখুন (আগে গ্রাহকের সাথে মিলিয়ে নিন)।")
NEW_DO_NOT_SEND = Text(
    en="Do not send message {key}: the call note of {date} gives the customer's new number; this one "
       "would go to the old one: \u201c{note}\u201d",
    bn="{key} বার্তাটি পাঠাবেন না: {date} তারিখের কল নোটে গ্রাহকের নতুন নম্বর আছে; এটি পুরোনো নম্বরে যেত: "
       "\u201c{note}\u201d")
NOTE_CHARS = 120
# The Do Not Contact cell beside a request, as a run saw it (Khatir Keys, ``seen_key``).
SEEN = "no_contact_seen"
NO, NOT_NO = "no", "not-no"


def asked_no_contact(notes: Iterable[CallNote], reader: NoteReader) -> dict[str, CallNote]:
    """For each customer whose latest request for no contact still holds: the note that made it."""
    return _still_holding(notes, reader, lambda note: bool(asks_no_contact(note.note, note.date)))


def wrong_numbers(notes: Iterable[CallNote], reader: NoteReader) -> dict[str, CallNote]:
    """For each customer whose latest "wrong number" note still holds: that note (a later call
    that reached the customer says the number works now)."""
    return _still_holding(notes, reader, lambda note: bool(says_wrong_number(note.note)))


def _still_holding(notes: Iterable[CallNote], reader: NoteReader,
                   says: Callable[[CallNote], bool]) -> dict[str, CallNote]:
    """For each customer, the latest note that ``says`` so, unless a later-day note of a real
    talk lifted it (a "could not talk" note does not). Notes in date, then row order."""
    by_customer: dict[str, list[CallNote]] = {}
    for note in notes:
        by_customer.setdefault(note.customer_id, []).append(note)
    out: dict[str, CallNote] = {}
    for cid, entries in by_customer.items():
        entries.sort(key=lambda n: (n.date, n.row))
        holding: CallNote | None = None
        for note in entries:
            if says(note):
                holding = note
            elif holding is not None and note.date > holding.date and _talked(note, reader):
                holding = None
        if holding is not None:
            out[cid] = holding
    return out


def _talked(note: CallNote, reader: NoteReader) -> bool:
    """A talk with the customer, not a "could not talk" note (the story's rule 2)."""
    event = note.event or reader.read(note.note, note.date).event
    return event != BUSY and not says_wrong_number(note.note)


def seen_key(customer_id: str, note: CallNote, state: str) -> str:
    """The Khatir Keys record that a run saw Do Not Contact in ``state`` (NO or NOT_NO) beside
    the request of ``note`` (known by its customer and day: a reworded note is the same one)."""
    return f"{SEEN}:{customer_id}:{note.date.isoformat()}:{state}"


def _state(customer: Customer) -> str:
    return NO if customer.contact_allowed else NOT_NO


def _lifted(customer: Customer, note: CallNote, issued: Mapping[str, object]) -> bool:
    """Staff set Do Not Contact to no after a run had seen it say something else."""
    return customer.contact_allowed and seen_key(customer.id, note, NOT_NO) in issued


def with_opt_outs(data: SheetData, reader: NoteReader, today: date) -> SheetData:
    """The sheet as the run sees it: customers who asked for no contact marked Do Not Contact
    (unless staff changed the column to no after a run found the request). Nothing is written
    back. A note dated after ``today`` (a run with --today in the past) has not happened yet."""
    notes = [n for n in data.call_notes if n.customer_id in data.customers and n.date <= today]
    marked = {cid: note for cid, note in asked_no_contact(notes, reader).items()
              if not _lifted(data.customers[cid], note, data.issued)}
    # "wrong number": held the same way (a message would reach a stranger), with its own words
    wrong = {cid: note for cid, note in wrong_numbers(notes, reader).items() if cid not in marked}
    # the customer themself has died: for good, whatever came after (rules/deceased.py)
    died = customers_who_died(((n, reader.read(n.note, n.date)) for n in notes), today)
    # a new number in a note while Phone holds the old one (rules/new_number.py): held the same way
    moved = numbers_to_correct(notes, data.customers, today)
    if not marked and not wrong and not died and not moved:
        return data
    customers = {cid: replace(c, do_not_contact=True, died=died[cid])
                 if cid in died else replace(c, do_not_contact=True, asked_no_contact=marked[cid])
                 if cid in marked else replace(c, do_not_contact=True, wrong_number=wrong.get(cid),
                                               new_number=moved.get(cid, (None, ""))[0],
                                               new_number_given=moved.get(cid, (None, ""))[1])
                 if cid in wrong or cid in moved else c for cid, c in data.customers.items()}
    return replace(data, customers=customers)


def seen_marks(data: SheetData, today: date) -> list[dict[str, object]]:
    """Khatir Keys rows for the Do Not Contact states this run saw beside a request that
    holds and that no earlier run recorded (``data``: the sheet after ``with_opt_outs``).
    No Customer ID: the row is no message, and must not count as one made today."""
    out: list[dict[str, object]] = []
    for c in data.customers.values():
        note = c.asked_no_contact
        if note is not None and (key := seen_key(c.id, note, _state(c))) not in data.issued:
            out.append({"key": key, "created": today.isoformat(), "customer_id": "", "kind": ""})
    return out


def problems(before: SheetData, after: SheetData, lang: str) -> list[Problem]:
    """A Problems row for each customer a note made Do Not Contact whose column does not say so
    (blank, or a no that was there before the request was found), on the customer's row of the
    Customers tab as it is titled in this sheet, in its Do Not Contact column."""
    names = after.names
    tab, column = names.title("customers"), after.do_not_contact_column
    where = {"tab": names.tab("customers", lang), "calls": names.tab("call_notes", lang)}
    out = []
    for cid, c in after.customers.items():
        if c.died is not None and not before.customers[cid].do_not_contact:
            out.append(Problem(tab, c.row, column, "",
                               DIED_PROBLEM(lang, date=long_date(c.died.date, lang), note=_short(c.died.note)),
                               DIED_FIX(lang, id=cid, name=c.name, **where,
                                        column=names.column("customers", "do_not_contact", lang))))
    for cid, c in after.customers.items():
        note = c.asked_no_contact
        if note is None or c.died is not None or before.customers[cid].do_not_contact:
            continue
        fix = FIX_NO_ALREADY if c.contact_allowed else FIX
        out.append(Problem(tab, c.row, column, "",
                           PROBLEM(lang, date=long_date(note.date, lang), note=_short(note.note)),
                           fix(lang, id=cid, name=c.name, **where,
                               column=names.column("customers", "do_not_contact", lang))))
    for cid, c in after.customers.items():
        wrong = c.wrong_number
        if wrong is not None and c.died is None and not before.customers[cid].do_not_contact:
            out.append(Problem(tab, c.row, after.phone_column, c.phone_typed or c.phone or "",
                               WRONG_PROBLEM(lang, date=long_date(wrong.date, lang), note=_short(wrong.note)),
                               WRONG_FIX(lang, id=cid, name=c.name, **where,
                                         column=names.column("customers", "phone", lang))))
    for cid, c in after.customers.items():
        moved = c.new_number
        if moved is not None and c.died is None and c.asked_no_contact is None:
            out.append(Problem(tab, c.row, after.phone_column, c.phone_typed or c.phone or "",
                               NEW_PROBLEM(lang, date=long_date(moved.date, lang), number=c.new_number_given,
                                           note=_short(moved.note)),
                               NEW_FIX(lang, id=cid, name=c.name, number=c.new_number_given, **where,
                                       column=names.column("customers", "phone", lang))))
    return out


def contribute(facts: RunFacts) -> Contribution:
    """A "do not send" row for each pending message of a customer who asked for no contact."""
    data, lang = facts.data, facts.settings.language
    out = Contribution()
    for m in data.messages:
        c = data.customers.get(m.customer_id)
        if c is None or c.held_by is None or m.status != "pending":
            continue
        note = c.held_by
        words = (DIED_DO_NOT_SEND if c.died is not None else DO_NOT_SEND if c.asked_no_contact is not None
                 else WRONG_DO_NOT_SEND if c.wrong_number is not None else NEW_DO_NOT_SEND)
        out.items.append(WorkItem(
            group="do_not_send", customer=c, agent=note.agent or c.agent,
            why=words(lang, key=m.key, date=long_date(note.date, lang), note=_short(note.note)),
            order=(note.date, m.row)))
    return out


def _short(note: str) -> str:
    note = " ".join(note.split())
    return note if len(note) <= NOTE_CHARS else note[:NOTE_CHARS - 1] + "…"
