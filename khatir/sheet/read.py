"""Turn located tables into records; every unreadable cell becomes a Problem.

A row with a bad required cell (an ID, a name, a note's date) is skipped (all its bad
cells are reported, not only the first), and the run goes on. A bad optional cell is not
used and its row is still read, as if the cell were blank: a Language typo must not take
a customer's follow-ups off every list. Problems says what was taken instead (ASSUMED). Messages rows are the exception: their Keys are what
keeps a re-run from duplicating, so a Messages row is never skipped for a bad
cell elsewhere in it.
"""
from __future__ import annotations

import dataclasses
from datetime import date, time
from typing import Any, Callable, Iterable, Iterator

from . import parse
from .carry import kept_notes, read_earlier
from ..config import Settings
from ..errors import BrokenCell, CellError, ErrorValue
from .headers import opt_out_columns
from ..i18n import ASCII_DIGITS, Text, localise_digits
from ..notes.when import typed_date
from .identity import FEEDBACK_KINDS, NOTE_KINDS, feedback_identity, keep_reworded, note_identity
from .names import SheetNames
from .ownership import script_tabs
from .records import (CallNote, Customer, Feedback, Meetup, Message, Order, Problem,
                      SheetData)
from .schema import STAFF, TabSpec
from .tables import (LOOKALIKES_FIX, MISSING_TAB, MISSING_TAB_FIX, REPEATED_HEADER,
                     REPEATED_HEADER_FIX, TAB_TAKEN, TAB_TAKEN_FIX, Table, column_letter, find_tab,
                     locate, lookalikes)

REQUIRED_TABS = ("customers", "call_notes")

# Call Notes is there but unreadable: the run cannot tell who staff just spoke to, so
# no "we miss you" message goes out until it is fixed (khatir.plan.customers).
# The follow-ups come from this tab too: none can be worked out, so none is listed (third trial F10).
CALLS_UNREAD = Text(
    en="Because this tab cannot be read, today's follow-ups (get-well, condolence, congratulations, "
       "apologies, call-backs) could not be worked out and none is listed in Follow-ups; and no win-back, "
       "first-order, check-in or lost-customer meetup invitation is prepared: staff may have spoken to "
       "these customers lately.",
    bn="এই ট্যাবটি পড়া যাচ্ছে না, তাই আজকের ফলো-আপ (শুভকামনা, সমবেদনা, অভিনন্দন, দুঃখপ্রকাশ, ফোন করার কথা) "
       "বের করা যায়নি, ফলো-আপ তালিকায় কোনোটি নেই; আর কোনো ফিরিয়ে আনার, প্রথম অর্ডারের বা খোঁজ নেওয়ার বার্তা বা হারানো "
       "গ্রাহকের মিটআপ আমন্ত্রণ তৈরি হয়নি: কর্মীরা হয়তো সম্প্রতি এই গ্রাহকদের সাথে কথা বলেছেন।")
CALLS_TAB_FIX = Text(
    en="Fix it as the row above says (rename the right tab to 'Call Notes'); the next run then "
       "prepares these messages.",
    bn="উপরের সারিতে যেমন বলা আছে তেমন ঠিক করুন (ঠিক ট্যাবটির নাম 'কল নোট' রাখুন); তারপর পরের রানে "
       "এই বার্তাগুলো তৈরি হবে।")
CALLS_UNREAD_FIX = Text(
    en="Fix the tab as the row above says (its header row needs Date, Customer ID and Note); "
       "the next run then prepares these messages.",
    bn="উপরের সারিতে যেমন বলা আছে তেমন ট্যাবটি ঠিক করুন (হেডারে তারিখ, আইডি ও নোট লাগবে); "
       "তারপর পরের রানে এই বার্তাগুলো তৈরি হবে।")
# What a Messages row needs to be sent by a person: its text and whom to send it to.
# A staff-made tab without them gets no rows (Khatir adds no column to it).
# What a row of a staff-made Messages tab needs to be sendable: its text, and a way to reach
# the customer (the phone, or the WhatsApp link that carries it). A Name is not needed:
# Customer ID says who it is for.
SENDABLE = {"message": ("message",), "phone": ("phone", "link")}
MESSAGES_MISSING = Text(  # {tab}: the Messages tab as it is titled
    en="The {tab} tab has no column for {headers}: no new message is added to it (a row "
       "without its text or its customer cannot be sent).",
    bn="{tab} ট্যাবে {headers} কলাম নেই: এতে কোনো নতুন বার্তা যোগ করা হচ্ছে না (লেখা বা গ্রাহক "
       "ছাড়া সারি পাঠানো যায় না)।")
MESSAGES_MISSING_FIX = Text(
    en="Add columns headed {headers} to its header row, or rename the columns that hold them "
       "(for example 'SMS Text' to 'Message', 'Mobile' to 'Phone'); the next run then prepares "
       "the messages.",
    bn="হেডারের সারিতে {headers} নামে কলাম যোগ করুন, অথবা যে কলামে এগুলো আছে তার নাম বদলান "
       "(যেমন 'SMS Text' বদলে 'বার্তা', 'Mobile' বদলে 'ফোন'); তারপর পরের রানে বার্তাগুলো তৈরি হবে।")

EMPTY = Text(en="This cell is empty but is needed.",
             bn="এই ঘরটি খালি, কিন্তু এটি দরকার।")
UNCALCULATED = Text(
    en="This cell holds a formula whose result is not saved in the file (the program that wrote "
       "the file did not calculate it), so Khatir cannot see its value.",
    bn="এই ঘরে একটি সূত্র আছে, কিন্তু তার ফল ফাইলে রাখা নেই (যে প্রোগ্রাম ফাইলটি লিখেছে সেটি "
       "হিসাব করেনি), তাই এর মান পড়া যাচ্ছে না।")
UNCALCULATED_FIX = Text(
    en="Open the file in Excel or LibreOffice and save it (that calculates the formula), or type "
       "the {header} in the cell instead of the formula.",
    bn="ফাইলটি Excel বা LibreOffice-এ খুলে সেভ করুন (তাতে সূত্রের হিসাব হয়ে যাবে), অথবা সূত্রের বদলে "
       "ঘরে {header} লিখে দিন।")
EMPTY_FIX = Text(en="Fill in the {header} (or delete the row if it is not needed).",
                 bn="{header} লিখুন (অথবা সারিটি দরকার না হলে মুছে দিন)।")
DUPLICATE_ID = Text(en="Customer ID {value} is used twice (first in row {first}); this row is skipped.",
                    bn="গ্রাহক আইডি {value} দুবার আছে (প্রথমটি সারি {first}-এ); এই সারিটি বাদ দেওয়া হলো।")
DUPLICATE_ID_FIX = Text(en="Give this customer a new, unused ID, or merge the two rows.",
                        bn="এই গ্রাহককে নতুন একটি আইডি দিন, অথবা দুটি সারি এক করুন।")
# {customers}, {orders}, {calls}, {phone}, {notes}: tabs and columns as this sheet names
# them (khatir.sheet.names), so staff find the words they are told to look for.
UNKNOWN_CUSTOMER = Text(en="No customer has the ID {value} in the {customers} tab.",
                        bn="{customers} ট্যাবে {value} আইডির কোনো গ্রাহক নেই।")
UNKNOWN_CUSTOMER_FIX = Text(en="Correct the ID, or add this customer to the {customers} tab.",
                            bn="আইডিটি ঠিক করুন, অথবা এই গ্রাহককে {customers} ট্যাবে যোগ করুন।")
UNKNOWN_EVENT = Text(en="'{value}' is not a known event.",
                     bn="'{value}' কোনো পরিচিত ঘটনা নয়।")
UNKNOWN_EVENT_FIX = Text(en="Write one of: {choices}; or leave it blank to let the note decide.",
                         bn="এগুলোর একটি লিখুন: {choices}; অথবা খালি রাখুন, নোট দেখে ঠিক হবে।")
DUPLICATE_KEY = Text(en="The message key {value} appears twice (first in row {first}).",
                     bn="বার্তা-কোড {value} দুবার আছে (প্রথমটি সারি {first}-এ)।")
DUPLICATE_KEY_FIX = Text(en="Delete the extra copy of this message; keep the one you edited.",
                         bn="বার্তাটির বাড়তি কপিটি মুছে দিন; যেটি আপনি সম্পাদনা করেছেন সেটি রাখুন।")
AFTER_TODAY = Text(en="The date {value} is after today ({today}); check the year.",
                   bn="{value} তারিখটি আজকের ({today}) পরে; বছরটি মিলিয়ে দেখুন।")
AFTER_TODAY_FIX = Text(
    en="Correct the date (a mistyped year, like {next} for {year}, is common); until then {left_out}.",
    bn="তারিখটি ঠিক করুন (বছর ভুল লেখা হয় প্রায়ই, যেমন {year}-এর জায়গায় {next}); ততদিন {left_out}।")
# What a date after today leaves out of the run, by the column it is in.
ORDER_LEFT_OUT = Text(en="this order is left out of the customer's purchases",
                      bn="এই অর্ডারটি গ্রাহকের কেনাকাটায় ধরা হবে না")
PURCHASE_LEFT_OUT = Text(en="Khatir reads this cell as empty, so it never makes the customer look "
                            "like a recent buyer",
                         bn="ঘরটি খালি হিসেবে ধরা হবে, তাই এটি গ্রাহককে সাম্প্রতিক ক্রেতা দেখাবে না")
CALL_LEFT_OUT = Text(en="this call note is not used: it makes no follow-up and does not count as a "
                        "recent call",
                     bn="এই কল নোটটি ধরা হবে না: এ থেকে কোনো ফলো-আপ হবে না, সাম্প্রতিক কথা বলা হিসেবেও "
                        "গণ্য হবে না")

SECOND_PHONE = Text(
    en="This cell holds more than one number: {used} is used for messages; {other} is not used.",
    bn="এই ঘরে একাধিক নম্বর আছে: বার্তার জন্য {used} ব্যবহার হচ্ছে; {other} ব্যবহার হচ্ছে না।")
SECOND_PHONE_FIX = Text(
    en="Keep one number in {phone} (the one for WhatsApp) and write the other in {notes}.",
    bn="{phone} কলামে একটি নম্বর রাখুন (যেটিতে হোয়াটসঅ্যাপ আছে), অন্যটি {notes} কলামে লিখুন।")
SHARED_PHONE = Text(en="Customers {ids} have the same phone number, {number} (cells {cells}).",
                    bn="গ্রাহক {ids}-এর ফোন নম্বর একই, {number} (ঘর {cells})।")
SHARED_PHONE_FIX = Text(
    en="If they are one person, merge them into one customer (keep one row, and use its ID in "
       "{orders} and {calls}); if the number is wrong, correct it; a family that shares one "
       "phone can leave this as it is.",
    bn="একই মানুষ হলে তাঁদের এক গ্রাহক করুন (একটি সারি রাখুন, {orders} ও {calls} ট্যাবে সেই আইডি লিখুন); "
       "নম্বর ভুল হলে ঠিক করুন; একটি পরিবার একই ফোন ব্যবহার করলে এটি যেমন আছে "
       "তেমন থাকতে পারে।")
SAME_PERSON = Text(
    en="Customers {ids} have the same name and the same phone number, {number} (cells {cells}): "
       "they are taken as one person, so win-back, check-in, first-order and invitation messages "
       "go to one row only ({first}, when it has one), and the rows share one message a day.",
    bn="গ্রাহক {ids}-এর নাম ও ফোন নম্বর একই, {number} (ঘর {cells}): তাঁদের একজন মানুষ ধরা হয়েছে, "
       "তাই ফিরিয়ে আনার, খোঁজ নেওয়ার, প্রথম অর্ডারের ও আমন্ত্রণের বার্তা একটি সারিকেই যায় ({first}, "
       "যদি তার থাকে), আর সারিগুলো মিলে দিনে একটি বার্তা পায়।")
SAME_PERSON_FIX = Text(
    en="Merge them into one customer: keep row {row}, and use its ID in {orders} and {calls}.",
    bn="তাঁদের এক গ্রাহক করুন: {row} নম্বর সারিটি রাখুন, {orders} ও {calls} ট্যাবে সেই আইডি লিখুন।")

# An optional cell that cannot be read is not used, and the row is still read: Problems
# says what Khatir took instead, by the column (READ_AS_EMPTY when nothing more is meant).
NOT_USED = Text(en="{problem} It is not used: {assumed}.", bn="{problem} তাই এই লেখাটি ব্যবহার করা হচ্ছে না: {assumed}।")
READ_AS_EMPTY = Text(en="Khatir reads the cell as empty until it is corrected",
                     bn="ঠিক না করা পর্যন্ত ঘরটি খালি হিসেবে ধরা হবে")
LANGUAGE_NAMES = {"bn": Text(en="Bengali", bn="বাংলা"), "en": Text(en="English", bn="ইংরেজি")}
ASSUMED: dict[str, dict[str, Text]] = {
    "customers": {
        "phone": Text(en="this customer stays on every list, but their messages have no WhatsApp link",
                      bn="গ্রাহক সব তালিকায় থাকবেন, কিন্তু তাঁর বার্তায় হোয়াটসঅ্যাপ লিংক থাকবে না"),
        "segment": Text(en="the customer's group is worked out from their orders, as for an empty cell",
                        bn="গ্রাহকের ধরন তাঁর অর্ডার দেখে ঠিক করা হবে, খালি ঘরের মতো"),
        "language": Text(en="messages to this customer are written in {language} (the shop's default)",
                         bn="এই গ্রাহকের বার্তা {language} ভাষায় লেখা হবে (দোকানের ঠিক করা ভাষা)"),
        "do_not_contact": Text(en="Khatir counts it as yes, so no message is made for this customer",
                               bn="এটি হ্যাঁ ধরা হবে, তাই এই গ্রাহকের জন্য কোনো বার্তা তৈরি হবে না"),
    },
    "call_notes": {
        "event": Text(en="the event is understood from the Note, as for an empty cell",
                      bn="ঘটনাটি নোট পড়ে বোঝা হবে, খালি ঘরের মতো"),
        "follow_up_on": Text(en="the follow-up is due when the Note or the event's usual delay says, "
                                "as for an empty cell",
                             bn="ফলো-আপের দিন নোট বা ঘটনার সাধারণ সময় দেখে ঠিক হবে, খালি ঘরের মতো"),
        "done": Text(en="the note counts as not done, so its follow-up stays on the list",
                     bn="নোটটি হয়নি ধরা হবে, তাই এর ফলো-আপ তালিকায় থাকবে"),
    },
    "orders": {
        "amount": Text(en="the order counts as a purchase of no known amount",
                       bn="অর্ডারটি কেনা হিসেবে ধরা হবে, টাকার অঙ্ক ছাড়া"),
        "status": Text(en="the order counts as a purchase, as for an empty Status",
                       bn="অর্ডারটি কেনা হিসেবে ধরা হবে, অবস্থা খালি থাকলে যেমন হয়"),
    },
    "meetups": {
        "invite": Text(en="this meetup is left out (no invitations are made for it) until it is corrected",
                       bn="ঠিক না করা পর্যন্ত এই মিটআপ বাদ থাকবে (এর জন্য কোনো আমন্ত্রণ তৈরি হবে না)"),
        "capacity": Text(en="the meetup is read as having no seat limit",
                         bn="মিটআপে আসনের কোনো সীমা নেই ধরা হবে"),
    },
    "feedback": {
        "sentiment": Text(en="its kind is found from the text, as for an empty cell",
                          bn="ধরনটি মতামতের লেখা দেখে বোঝা হবে, খালি ঘরের মতো"),
        "resolved": Text(en="the feedback counts as not resolved, so it stays on Follow-ups",
                         bn="মতামতটি সমাধান হয়নি ধরা হবে, তাই এটি ফলো-আপ তালিকায় থাকবে"),
    },
}


def _assumed(key: str, settings: Settings) -> dict[str, str]:
    """What each optional column of staff tab ``key`` takes instead of a cell it cannot read,
    in the owner's language (a column not listed: read as empty)."""
    lang = settings.language
    names = LANGUAGE_NAMES.get(settings.customer_language)
    language = names(lang) if names else settings.customer_language
    return {column: text(lang, language=language) if column == "language" else text(lang)
            for column, text in ASSUMED.get(key, {}).items()}


STATUSES = {"pending": "pending", "অপেক্ষমাণ": "pending", "বাকি": "pending",
            "sent": "sent", "পাঠানো": "sent", "পাঠানো হয়েছে": "sent", "done": "sent",
            "skipped": "skipped", "skip": "skipped", "বাদ": "skipped", "বাদ দেওয়া": "skipped"}
SENTIMENTS = {"positive": "positive", "ইতিবাচক": "positive", "ভালো": "positive",
              "negative": "negative", "নেতিবাচক": "negative", "খারাপ": "negative",
              "suggestion": "suggestion", "পরামর্শ": "suggestion"}


def _happened(raw: Any, today: date | None, date1904: bool = False) -> date:
    """The date of a thing that happened (a call, an order, a purchase, feedback, a message
    sent): one typed without a year ("15 Nov") is the most recent such day on or before
    ``today``, the run's day (on 2026-01-05, "28 Dec" is 2025-12-28)."""
    return parse.parse_sheet_date(raw, date1904, anchor=today, toward=parse.PAST)


def _meetup_day(raw: Any, today: date | None, date1904: bool = False) -> date:
    """A meetup's date: one typed without a year is the such day nearest ``today``, so a
    meetup of last week stays last week's (Results, Meetup Summary) and one typed in
    December for "5 Jan" is next January's."""
    return parse.parse_sheet_date(raw, date1904, anchor=today, toward=parse.NEAREST)


#: Date parsers that take the workbook's date system as ``date1904=``.
_DATE_PARSERS = (parse.parse_sheet_date, _happened, _meetup_day)


# What a cell's value parsed to, per column: a value, or the (problem, fix) it raised.
# A column repeats its values (dates, agents, "yes", customer IDs in Call Notes), and
# parsing is pure, so each distinct value is parsed once a run, not once a cell.
Outcome = tuple[bool | None, Any]  # (True, value), (False, (problem, fix)) or blank
_BLANK: Outcome = (None, None)
_IMMUTABLE = (str, int, float, bool, type(None), tuple, frozenset, date, time)


class Memo:
    """Parsing outcomes of one table, by column key and raw value."""

    def __init__(self, lang: str, date1904: bool = False):
        self.lang, self.date1904 = lang, date1904
        self.columns: dict[str, dict[tuple, Outcome]] = {}

    def outcome(self, key: str, raw: Any, parser: Callable[..., Any] | None, args: tuple) -> Outcome:
        column = self.columns.setdefault(key, {})
        slot = _slot(raw, args)
        try:
            found = column.get(slot)
        except TypeError:  # an unhashable value: parse it every time
            return self._parse(raw, parser, args)
        if found is None:
            found = self._parse(raw, parser, args)
            if found[0] is not True or isinstance(found[1], _IMMUTABLE):  # never share a list
                column[slot] = found
        return found

    def _parse(self, raw: Any, parser: Callable[..., Any] | None, args: tuple) -> Outcome:
        lang = self.lang
        kind = type(raw)
        if kind is BrokenCell:  # stored in a form that is no value: reads as blank text
            return False, (parse.BROKEN_CELL(lang), parse.BROKEN_CELL_FIX(lang))
        if kind is ErrorValue:  # an error value the file stores, whatever its code
            return False, (parse.FORMULA_ERROR(lang, value=parse.clean_text(raw)),
                           parse.FORMULA_FIX(lang))
        if parse.is_blank(raw):
            return _BLANK
        if parser is None:
            text = parse.clean_text(raw)
            if parse.is_formula_error(raw) or parse.is_formula_error(text):  # "#REF!" is no name
                return False, (parse.FORMULA_ERROR(lang, value=text), parse.FORMULA_FIX(lang))
            return True, text
        try:
            if self.date1904 and parser in _DATE_PARSERS:
                return True, parser(raw, *args, date1904=True)  # a day number in a 1904-system workbook
            return True, parser(raw, *args)
        except CellError as err:
            return False, (err.problem(lang, **err.params), err.fix(lang, **err.params))


def _slot(raw: Any, args: tuple) -> tuple:
    """A value's place in its column's memo. Arguments that can change from row to row
    (the call's date, for a Follow Up On typed as "Thursday") are part of it; a table of
    choices (a dict, the same on every row) is not, and cannot be."""
    if args and not isinstance(args[0], dict):
        return (type(raw), raw, *args)
    return (type(raw), raw)


class RowReader:
    """Reads the cells of one row, collecting every bad cell instead of stopping."""

    def __init__(self, table: Table, number: int, values: dict[str, Any], lang: str,
                 memo: Memo | None = None, assumed: dict[str, str] | None = None):
        self.table, self.number, self.values, self.lang = table, number, values, lang
        # a staff tab's row: an optional cell's Problem says what was taken instead (NOT_USED)
        self.assumed = assumed
        self.memo = memo or Memo(lang, table.date1904)
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []  # reported, but the row is still read

    def __call__(self, key: str, parser: Callable[..., Any] | None = None, *args: Any,
                 required: bool = False, default: Any = None, soft: bool | None = None) -> Any:
        """The cell's value, or ``default`` with a Problem. A ``soft`` cell's Problem
        is reported but does not make the row unusable (``ok`` stays true); an optional
        cell is soft unless told otherwise: a value that cannot be read is taken as
        blank, never a reason to drop the customer or the note.

        This runs for every cell read, so the common case (a value parsed before, or a
        blank) is one function call: the memo's look-up is inlined here."""
        raw = self.values.get(key)
        outcome: Outcome = _BLANK
        if raw is None:
            if not required:
                return default
        else:
            column = self.memo.columns.get(key)
            try:
                found = column.get(_slot(raw, args) if args else (type(raw), raw)) \
                    if column is not None else None
            except TypeError:
                found = None
            if found is None:
                outcome = self.memo.outcome(key, raw, parser, args)
            elif found[0] is True:
                return found[1]
            else:
                outcome = found
        ok, value = outcome
        if ok:
            return value
        if soft is None:
            soft = not required
        before = len(self.problems)
        if ok is None:
            if required:
                header = self.table.header_of(key)
                if (self.number, self.table.columns.get(key)) in self.table.uncalculated:
                    self.report(key, raw, UNCALCULATED(self.lang),
                                UNCALCULATED_FIX(self.lang, header=header))
                else:
                    self.report(key, raw, EMPTY(self.lang), EMPTY_FIX(self.lang, header=header))
        else:
            problem, fix = value
            if not required and self.assumed is not None:
                assumed = self.assumed.get(key) or READ_AS_EMPTY(self.lang)
                problem = NOT_USED(self.lang, problem=problem, assumed=assumed)
            self.report(key, raw, problem, fix)
        if soft and len(self.problems) > before:
            self.notes += self.problems[before:]
            del self.problems[before:]
        return default

    def report(self, key: str, raw: Any, problem: str, fix: str, soft: bool = False) -> None:
        """A Problem for the cell; ``soft``: reported, but the row is still read."""
        col = self.table.columns.get(key)
        (self.notes if soft else self.problems).append(Problem(
            self.table.title, self.number, column_letter(col + 1) if col is not None else "",
            _shown(raw), problem, fix))

    def until_today(self, key: str, day: date | None, today: date | None, left_out: Text,
                    soft: bool = False) -> date | None:
        """``day``, or None with a Problem when it is after ``today`` (a mistyped year):
        such a date is not used on this run. ``left_out`` says what that leaves out."""
        if not _after(day, today):
            return day
        assert day is not None and today is not None
        lang = self.lang
        self.report(key, self.values.get(key),
                    AFTER_TODAY(lang, value=localise_digits(day.isoformat(), lang),
                                today=localise_digits(today.isoformat(), lang)),
                    AFTER_TODAY_FIX(lang, year=localise_digits(today.year, lang),
                                    next=localise_digits(today.year + 1, lang),
                                    left_out=left_out(lang)), soft)
        return None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def reported(self) -> list[Problem]:
        return self.problems + self.notes


def _after(day: date | None, today: date | None) -> bool:
    """A date after the run's day: a mistyped year (2027-11-25 for 2026-11-25)."""
    return today is not None and day is not None and day > today


def _shown(raw: Any) -> str:
    text = "" if raw is None else parse.clean_text(raw)
    return text if len(text) <= 80 else text[:77] + "..."


def read_sheet(grids: dict[str, list[list]], settings: Settings,
               marks: dict[str, str] | None = None,
               today: date | None = None) -> tuple[SheetData, dict[str, Table]]:
    """Parse every staff tab and Messages into records, with Problems for the bad cells.

    ``today``: the run's day; a date after it (a mistyped year) is a Problem and is not
    used: an Orders or Call Notes row so dated is left out, a First or Last Purchase in
    Customers is read as empty, so none of them can make a customer look recent.

    ``marks`` (tab title -> script tab key, as the backend read them) tells Khatir's
    own tabs from staff tabs; raises SheetError when a staff tab has a script tab's
    name (khatir.sheet.ownership).
    """
    lang = settings.language
    owned = script_tabs(grids, marks or {}, settings)
    data = SheetData(script_titles=owned, names=SheetNames(specs={s.key: s for s in settings.tabs}))
    tables: dict[str, Table] = {}
    for spec in settings.tabs:
        if spec.key in owned:
            title = owned[spec.key]
            table = locate(spec, grids, lang, data.problems, title) if title else None
        elif spec.owner == STAFF:
            title = _staff_tab(spec, grids, settings.tabs, set(owned.values()), lang, data.problems)
            table = locate(spec, grids, lang, data.problems, title) if title else None
            if table is None and (title or lookalikes(spec, [t for t in grids if t not in owned.values()],
                                                      settings.tabs)):
                data.unread.add(spec.key)
                if spec.key == "call_notes":
                    data.problems.append(Problem(title or spec.title, None, "", "",
                                                 CALLS_UNREAD(lang),
                                                 (CALLS_UNREAD_FIX if title else CALLS_TAB_FIX)(lang)))
        else:
            title = find_tab(spec, grids)
            table = locate(spec, grids, lang, data.problems, title)
            if spec.key == "messages":
                data.messages_missing = _messages_missing(spec, grids, table, lang, data.problems)
        if table is not None:
            tables[spec.key] = table
            data.names.found(table)
        elif title:  # there, but it cannot be read
            data.names.titles[spec.key] = title
        elif spec.owner != STAFF:  # Khatir makes it, with this title and header
            data.names.made(spec, spec.title, lang)
    skipped_ids: set[str] = set()
    if "customers" in tables:
        _read_customers(tables["customers"], settings, data, skipped_ids, today)
    known = set(data.customers) | skipped_ids
    # "c-1" in Call Notes is customer "C-1": IDs are matched case aside, and a record
    # takes the Customers tab's spelling.
    by_key: dict[str, str] = {}
    for cid in [*data.customers, *skipped_ids]:
        by_key.setdefault(parse.match_key(cid), cid)
    event = _event_parser(settings)
    readers: dict[str, Callable[[RowReader], Any]] = {
        "orders": lambda row: _order(row, today),
        "call_notes": lambda row: _call_note(row, event, today),
        "meetups": lambda row: _meetup(row, today), "feedback": lambda row: _feedback(row, today)}
    clean_readers: dict[str, Callable[[Table, Memo], Iterator[tuple[int, Any, dict[str, Any]]]]] = {
        "orders": lambda table, memo: _orders(table, memo, today),
        "call_notes": lambda table, memo: _call_notes(table, memo, event, today)}
    for key, make in readers.items():
        if key not in tables:
            continue
        table = tables[key]
        memo = Memo(lang, table.date1904)
        assumed = _assumed(key, settings)
        by_row = clean_readers[key](table, memo) if key in clean_readers else _one_by_one(table)
        records = getattr(data, key)
        for number, record, values in by_row:
            row = None
            if record is None:  # a row with a bad cell: read cell by cell
                row = RowReader(table, number, values, lang, memo, assumed)
                record = make(row)
            cid = getattr(record, "customer_id", "")
            if cid and cid not in known and (same := by_key.get(parse.match_key(cid))) is not None:
                record, cid = dataclasses.replace(record, customer_id=same), same
            if cid and cid not in known and (row is None or row.ok):
                row = row or RowReader(table, number, values, lang, memo)
                customers = data.names.tab("customers", lang)
                row.report("customer_id", cid, UNKNOWN_CUSTOMER(lang, value=cid, customers=customers),
                           UNKNOWN_CUSTOMER_FIX(lang, customers=customers))
            if row is not None:
                data.problems.extend(row.reported)
            if (row is None or row.ok) and (not cid or cid in data.customers):
                records.append(record)
    for table in tables.values():  # found while the rows were read (Table.filled_rows)
        if table.spec.owner == STAFF:
            data.problems.extend(_repeated_headers(table, lang))
    if "messages" in tables:
        _read_messages(tables["messages"], lang, data, today)
        made = [m.key for m in data.messages]
        data.call_notes = keep_reworded(data.call_notes, note_identity, NOTE_KINDS, made)
        data.feedback = keep_reworded(data.feedback, feedback_identity, FEEDBACK_KINDS, made)
    if "issued_keys" in tables:
        _read_issued(tables["issued_keys"], data)
    comments = getattr(grids, "comments", {})
    if "follow_ups" in tables:
        data.earlier_follow_ups = read_earlier(tables["follow_ups"],
                                               comments.get(tables["follow_ups"].title))
    if "problems" in tables:
        data.earlier_problems = read_earlier(tables["problems"], comments.get(tables["problems"].title))
    data.kept_notes = kept_notes(tables.get("problems"))
    return data, tables


def _repeated_headers(table: Table, lang: str) -> list[Problem]:
    """One Problem for each row of a staff tab that repeats the column names (a second
    table pasted under the first); ``Table.filled_rows`` leaves such rows out."""
    out = []
    for number in table.repeated_headers():
        cells = [parse.clean_text(v) for v in table.grid[number - 1] if not parse.is_blank(v)]
        out.append(Problem(table.title, number, "", _shown(" | ".join(cells)),
                           REPEATED_HEADER(lang), REPEATED_HEADER_FIX(lang)))
    return out


def header_name(spec: TabSpec, key: str, lang: str) -> str:
    """A column's header as the owner writes it: '{bn}' (en) in Bengali, '{en}' (bn) in English."""
    col = spec.column(key)
    bn = col.aliases[0] if col.aliases else col.header
    return f"'{bn}' ({col.header})" if lang == "bn" else f"'{col.header}' ({bn})"


def _messages_missing(spec: TabSpec, grids: dict[str, list[list]], table: Table | None, lang: str,
                      problems: list[Problem]) -> list[str]:
    """The headers a Messages tab with a header row lacks for a message to be sent (the
    Key's absence is already a Problem of its own); [] for a tab Khatir may fill."""
    if table is None:
        title = find_tab(spec, grids)
        return [header_name(spec, "key", lang)] if title and grids.get(title) else []
    if not table.header_row:
        return []  # an empty tab: Khatir writes its header
    missing = [header_name(spec, key, lang) for key, enough in SENDABLE.items()
               if not any(k in table.columns for k in enough)]
    if missing:
        headers = ", ".join(missing)
        problems.append(Problem(table.title, table.header_row, "", "",
                                MESSAGES_MISSING(lang, headers=headers, tab=table.title),
                                MESSAGES_MISSING_FIX(lang, headers=headers)))
    return missing


def _staff_tab(spec: TabSpec, grids: dict[str, list[list]], specs: Iterable[TabSpec],
               script_titles: set[str | None], lang: str, problems: list[Problem]) -> str | None:
    """The title of a staff tab: by its name or an alias; else the one tab whose name
    contains one ("গ্রাহক তালিকা" for Customers), read as it and said so in Problems, so
    the owner can confirm it or rename it. With several such tabs none is guessed: the
    Problem names them all. A missing required tab is a Problem too."""
    title = find_tab(spec, grids, specs, loose=False)
    if title is not None:
        return title
    found = lookalikes(spec, [t for t in grids if t not in script_titles], specs)
    if len(found) == 1:
        (title, name), = found
        problems.append(Problem(title, None, "", "", TAB_TAKEN(lang, tab=spec.title, found=title),
                                TAB_TAKEN_FIX(lang, found=title, name=name, key=spec.key)))
        return title
    if found:
        names = ", ".join(f"'{t}'" for t, _ in found)
        problems.append(Problem(spec.title, None, "", "", MISSING_TAB(lang, tab=spec.title),
                                LOOKALIKES_FIX(lang, found=names, name=found[0][1], key=spec.key,
                                               first=found[0][0])))
    elif spec.key in REQUIRED_TABS:
        problems.append(Problem(spec.title, None, "", "", MISSING_TAB(lang, tab=spec.title),
                                MISSING_TAB_FIX(lang, tab=spec.title)))
    return None


# Reading a tab column by column. Most rows of a large sheet are clean (every cell
# parses, or is a blank that may be blank): they become records straight from their
# columns, each distinct value parsed once (Memo), without a call per cell. A row with
# any bad cell, or a cell whose meaning depends on another (Follow Up On in words), is
# read by RowReader as before, which reports all its problems in order.
Field = tuple[str, Callable[..., Any] | None, tuple, bool]  # key, parser, its arguments, required


def _one_by_one(table: Table) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    for number, values in table.rows():
        yield number, None, values


def _columns(table: Table, memo: Memo, fields: list[Field]
             ) -> tuple[list[tuple[int, list]], list[list[Any]], set[int]]:
    """The tab's filled rows, each field's value per row, and the rows read one by one."""
    filled = table.filled_rows()
    values: list[list[Any]] = []
    slow: set[int] = set()
    for key, parser, args, required in fields:
        index = table.columns.get(key)
        if index is None:
            if required:
                slow.update(range(len(filled)))
            values.append([None] * len(filled))
            continue
        column = memo.columns.setdefault(key, {})
        extra = tuple(args) if args and not isinstance(args[0], dict) else ()  # as _slot
        out: list[Any] = []
        for i, (_, cells) in enumerate(filled):
            raw = cells[index] if index < len(cells) else None
            found: Outcome | None = _BLANK
            if raw is not None:
                try:
                    found = column.get((type(raw), raw, *extra))
                except TypeError:
                    found = None
            ok, value = found if found is not None else memo.outcome(key, raw, parser, args)
            if ok is not True and (ok is False or required):
                slow.add(i)
            out.append(value)
        values.append(out)
    return filled, values, slow


def _typed(cells: list, index: int | None) -> str:
    """A cell as the text staff see in it, for a text that quotes it ("" when none)."""
    if index is None or index >= len(cells) or parse.is_blank(cells[index]):
        return ""
    return parse.clean_text(cells[index])


def _values(table: Table, cells: list) -> dict[str, Any]:
    width = len(cells)
    return {key: (cells[i] if i < width else None) for key, i in table.columns.items()}


def _orders(table: Table, memo: Memo, today: date | None = None
            ) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    filled, (dates, cids, amounts, notes, returned), slow = _columns(table, memo, [
        ("date", _happened, (today,), True), ("customer_id", parse.parse_id, (), True),
        ("amount", parse.parse_amount, (), False), ("note", None, (), False),
        ("status", parse.parse_returned, (), False)])
    for i, (number, cells) in enumerate(filled):
        if i in slow or _after(dates[i], today):
            yield number, None, _values(table, cells)
        else:
            yield number, Order(row=number, date=dates[i], customer_id=cids[i], amount=amounts[i],
                                note=notes[i] or "", returned=bool(returned[i])), {}


def _call_notes(table: Table, memo: Memo, event: Callable[[Any], str], today: date | None = None
                ) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    filled, (dates, cids, texts, agents, events, dones), slow = _columns(table, memo, [
        ("date", _happened, (today,), True), ("customer_id", parse.parse_id, (), True),
        ("note", None, (), True), ("agent", None, (), False), ("event", event, (), False),
        ("done", parse.parse_done, (), False)])
    later = table.columns.get("follow_up_on")
    for i, (number, cells) in enumerate(filled):
        if i in slow or _after(dates[i], today) or (later is not None and later < len(cells)
                                                    and not parse.is_blank(cells[later])):
            yield number, None, _values(table, cells)
        else:
            yield number, CallNote(row=number, date=dates[i], customer_id=cids[i], note=texts[i],
                                   agent=agents[i] or "", event=events[i],
                                   done=dones[i] if dones[i] is not None else False), {}


def _read_customers(table: Table, settings: Settings, data: SheetData, skipped: set[str],
                    today: date | None = None) -> None:
    """Customers by ID. A customer is skipped only for a missing or duplicate ID or
    name: any other cell that cannot be read is reported and the customer stays on
    every list, with that cell taken as blank (Language: the shop's default; Phone: no
    link; Do Not Contact: yes, no messages), and so does a First or Last Purchase after
    ``today``, read as empty."""
    lang = settings.language
    first_row: dict[str, int] = {}
    memo = Memo(lang, table.date1904)
    opt_outs = opt_out_columns(table.spec, table.header, table.columns)
    if "do_not_contact" in table.columns:
        data.do_not_contact_column = column_letter(table.columns["do_not_contact"] + 1)
    if "phone" in table.columns:
        data.phone_column = column_letter(table.columns["phone"] + 1)
    assumed = _assumed("customers", settings)
    filled, columns, slow = _columns(table, memo, [
        ("id", parse.parse_id, (), True), ("name", None, (), True),
        ("phone", parse.parse_phones, (settings.region,), False), ("email", None, (), False),
        ("segment", parse.parse_choice, (parse.SEGMENTS,), False),
        ("language", parse.parse_choice, (parse.LANGUAGES,), False),
        ("first_purchase", _happened, (today,), False),
        ("last_purchase", _happened, (today,), False),
        ("orders", parse.parse_count, (), False), ("total_spent", parse.parse_total, (), False),
        ("agent", None, (), False), ("do_not_contact", parse.parse_bool, (), False),
        ("notes", None, (), False)])
    for i, (number, cells) in enumerate(filled):
        (cid, name, phone, email, segment, language, first, last, orders, spent, agent,
         no_contact, notes) = (column[i] for column in columns)
        if (i not in slow and cid not in first_row and not (phone and phone[1])
                and not _after(first, today) and not _after(last, today)):
            # a clean row (a second number in Phone is reported, so read one by one)
            first_row[cid] = number
            data.customers[cid] = Customer(
                row=number, id=cid, name=name, phone=phone[0] if phone else None,
                phone_typed=_typed(cells, table.columns.get("phone")) if phone else "",
                email=email or "", segment=segment,
                segment_typed=_typed(cells, table.columns.get("segment")) if segment else "",
                language=settings.customer_language if language is None else language,
                first_purchase=first, last_purchase=last, orders=orders, total_spent=spent,
                agent=agent or "",
                do_not_contact=bool(no_contact) or any(_opted_out(cells, j) for j in opt_outs),
                notes=notes or "", contact_allowed=no_contact is False)
            continue
        row = RowReader(table, number, _values(table, cells), lang, memo, assumed)
        cid = row("id", parse.parse_id, required=True)
        if cid and cid in first_row:
            row.report("id", cid, DUPLICATE_ID(lang, value=cid, first=first_row[cid]),
                       DUPLICATE_ID_FIX(lang))
            data.problems.extend(row.problems)
            continue
        phone, unreadable = _phone(row, settings.region, data.names)
        customer = Customer(
            row=number, id=cid or "",
            name=row("name", required=True) or "",
            phone=phone,
            phone_typed=_typed([row.values.get("phone")], 0),
            email=row("email") or "",
            segment=row("segment", parse.parse_choice, parse.SEGMENTS),
            segment_typed=_typed([row.values.get("segment")], 0),
            language=row("language", parse.parse_choice, parse.LANGUAGES,
                         default=settings.customer_language),
            first_purchase=row.until_today("first_purchase", row("first_purchase", _happened, today),
                                           today, PURCHASE_LEFT_OUT, soft=True),
            last_purchase=row.until_today("last_purchase", row("last_purchase", _happened, today),
                                          today, PURCHASE_LEFT_OUT, soft=True),
            orders=row("orders", parse.parse_count),
            total_spent=row("total_spent", parse.parse_total),
            agent=row("agent") or "",
            do_not_contact=_do_not_contact(row) or any(
                _opted_out(table.grid[number - 1], i) for i in opt_outs),
            notes=row("notes") or "",
            unreadable_phone=unreadable,
        )
        customer = dataclasses.replace(customer, contact_allowed=not customer.do_not_contact
                           and parse.is_clear_no(row.values.get("do_not_contact")))
        if cid:
            first_row[cid] = number
        data.problems.extend(row.reported)
        if row.ok:
            data.customers[cid] = customer
        elif cid:
            skipped.add(cid)
    data.problems.extend(_shared_phones(table, data.customers.values(), data.names, lang))
    data.customers.update(_same_people(data.customers.values()))


def _shared_phones(table: Table, customers: Iterable[Customer], names: SheetNames,
                   lang: str) -> list[Problem]:
    """One Problem for each number (as read: "01711-234567" and "+8801711234567" are one)
    that several customers have, naming them all; it is reported on the row of the second.
    The customers are read as they are and each keeps their own messages, except rows with
    the same name too: one person written twice (``_same_people``), which the Problem says."""
    index = table.columns.get("phone")
    if index is None:
        return []
    by_number: dict[str, list[Customer]] = {}
    for c in customers:
        if c.phone:
            by_number.setdefault(c.phone, []).append(c)
    letter = column_letter(index + 1)
    tabs = {"orders": names.tab("orders", lang), "calls": names.tab("call_notes", lang)}
    out = []
    for number, sharing in by_number.items():
        if len(sharing) > 1:
            cells = table.grid[sharing[1].row - 1]
            ids = ", ".join(c.id for c in sharing)
            where = ", ".join(f"{letter}{c.row}" for c in sharing)
            one = len({parse.match_key(c.name) for c in sharing}) == 1
            out.append(Problem(
                table.title, sharing[1].row, letter, _shown(cells[index] if index < len(cells) else ""),
                (SAME_PERSON(lang, ids=ids, number=number, cells=where, first=sharing[0].id) if one
                 else SHARED_PHONE(lang, ids=ids, number=number, cells=where)),
                (SAME_PERSON_FIX(lang, row=sharing[0].row, **tabs) if one
                 else SHARED_PHONE_FIX(lang, **tabs))))
    return out


def _same_people(customers: Iterable[Customer]) -> dict[str, Customer]:
    """Customers written twice: a later row with the same phone number and the same name
    (ignoring case and spacing) as an earlier one is marked as that person. A family that
    shares one phone has different names and keeps separate messages."""
    first: dict[tuple[str, str], Customer] = {}
    out = {}
    for c in sorted(customers, key=lambda c: c.row):
        name = parse.match_key(c.name)
        if not (c.phone and name):
            continue
        earlier = first.setdefault((c.phone, name), c)
        if earlier is not c:
            out[c.id] = dataclasses.replace(c, same_person_as=earlier.id)
    return out


def _phone(row: RowReader, region: str, names: SheetNames) -> tuple[str | None, str]:
    """The number to use, and the cell as typed when none can be read from it."""
    raw = row.values.get("phone")
    found = row("phone", parse.parse_phones, region, soft=True)
    if found is None:
        return None, "" if parse.is_blank(raw) else parse.clean_text(raw)
    number, others = found
    if others:
        row.notes.append(Problem(
            row.table.title, row.number, column_letter(row.table.columns["phone"] + 1), _shown(raw),
            SECOND_PHONE(row.lang, used=number, other=", ".join(others)),
            SECOND_PHONE_FIX(row.lang, phone=names.column("customers", "phone", row.lang),
                             notes=names.column("customers", "notes", row.lang))))
    return number, ""


def _do_not_contact(row: RowReader) -> bool:
    """Do Not Contact; an unreadable cell is reported and counts as yes: a wrong
    guess must never send a message to someone who asked for none."""
    value = row("do_not_contact", parse.parse_bool, soft=True)
    return value if value is not None else not parse.is_blank(row.values.get("do_not_contact"))


def _opted_out(cells: list, index: int) -> bool:
    """A cell of a column that looks like an opt-out: anything but blank or a clear no
    counts as yes, rather than risk a message to someone who asked for none."""
    value = cells[index] if index < len(cells) else None
    if parse.is_blank(value):
        return False
    try:
        return parse.parse_bool(value)
    except CellError:
        return True


def _order(row: RowReader, today: date | None = None) -> Order:
    day = row("date", _happened, today, required=True)
    row.until_today("date", day, today, ORDER_LEFT_OUT)  # the row is left out
    return Order(row=row.number, date=day,
                 customer_id=row("customer_id", parse.parse_id, required=True) or "",
                 amount=row("amount", parse.parse_amount), note=row("note") or "",
                 returned=bool(row("status", parse.parse_returned)))


def _call_note(row: RowReader, event: Callable[[Any], str], today: date | None = None) -> CallNote:
    called = row("date", _happened, today, required=True)
    row.until_today("date", called, today, CALL_LEFT_OUT)  # the row is left out
    return CallNote(
        row=row.number,
        date=called,
        customer_id=row("customer_id", parse.parse_id, required=True) or "",
        note=row("note", required=True) or "",
        agent=row("agent") or "",
        event=row("event", event),
        follow_up_on=row("follow_up_on", _follow_up_on, called),
        done=row("done", parse.parse_done, default=False),
    )


def _follow_up_on(raw: Any, called: Any) -> Any:
    """A date, or a day typed in words relative to the call ("Thursday", "পরশু", "৩ দিন পর").

    A date typed without a year ("20 Nov", "20/11") is the next such day on or after the
    call: the day staff meant to check back, even when it has passed by the run's day.
    Words without a day in them ("after the holidays", "ঈদের পর") leave the event's usual
    delay in charge; a mistyped date ("31/02/2026") is still a Problem.
    """
    try:
        return parse.parse_sheet_date(raw, anchor=called, toward=parse.AHEAD)
    except CellError:
        if isinstance(raw, str) and called is not None:
            found = typed_date(raw, called)
            if found is not None:
                return found
            text = parse.clean_text(raw)
            if not parse.is_formula_error(raw) and not parse.is_formula_error(text) and not any(
                    c.isdigit() for c in text.translate(ASCII_DIGITS)):
                return None
        raise


def _event_parser(settings: Settings) -> Callable[[Any], str]:
    choices: dict[str, str] = {}
    for kind in settings.events:
        for name in (kind.key, kind.key.replace("_", " "), kind.label_en, kind.label_bn):
            choices[parse.match_key(name)] = kind.key
    listed = ", ".join(k.label(settings.language) for k in settings.events)

    def event(raw: Any) -> str:
        if parse.is_formula_error(raw):
            raise CellError(parse.FORMULA_ERROR, parse.FORMULA_FIX, value=parse.clean_text(raw))
        key = choices.get(parse.match_key(raw))
        if key is None:
            raise CellError(UNKNOWN_EVENT, UNKNOWN_EVENT_FIX, value=parse.clean_text(raw),
                            choices=listed)
        return key
    return event


def _meetup(row: RowReader, today: date | None = None) -> Meetup:
    return Meetup(
        row=row.number, id=row("id", parse.parse_id, required=True) or "",
        title=row("title") or "", date=row("date", _meetup_day, today, required=True),
        time=row("time", parse.parse_time) or "", venue=row("venue") or "",
        # never a guess at who is invited: an unreadable Invite leaves the meetup out
        invite=row("invite", parse.parse_segment_list, default=parse.SEGMENT_ORDER, soft=False),
        capacity=row("capacity", parse.parse_count), notes=row("notes") or "",
        cancelled=_called_off(row))


def _called_off(row: RowReader) -> bool:
    """A Status column, when the tab has one, says whether the meetup is off; without
    one, the first word of Notes does (docs/meetups.md, "Cancel or postpone")."""
    if "status" in row.table.columns:
        return parse.is_cancel_word(row("status") or "")
    return parse.is_cancel_word(row("notes") or "")


def _feedback(row: RowReader, today: date | None = None) -> Feedback:
    return Feedback(
        row=row.number, date=row("date", _happened, today),
        meetup_id=row("meetup_id", parse.parse_id) or "",
        customer_id=row("customer_id", parse.parse_id) or "",
        text=row("text", required=True) or "",
        sentiment=row("sentiment", parse.parse_choice, SENTIMENTS),
        resolved=row("resolved", parse.parse_done, default=False))


def _read_issued(table: Table, data: SheetData) -> None:
    """The hidden Khatir Keys tab: every Key ever put in Messages, with its day."""
    for number, values in table.rows():
        key = parse.clean_text(values.get("key"))
        if key and key not in data.issued:
            try:
                created = parse.parse_optional_date(values.get("created"))
            except CellError:
                created = None
            data.issued[key] = Message(row=number, key=key,
                                       customer_id=parse.clean_text(values.get("customer_id")),
                                       kind=parse.clean_text(values.get("kind")), created=created)


def _read_messages(table: Table, lang: str, data: SheetData, today: date | None = None) -> None:
    first_row: dict[str, int] = {}
    memo = Memo(lang, table.date1904)
    for number, values in table.rows():
        row = RowReader(table, number, values, lang, memo)
        key = row("key")
        if not key:
            continue  # a row staff added by hand: theirs, not ours
        if key in first_row:
            row.report("key", key, DUPLICATE_KEY(lang, value=key, first=first_row[key]),
                       DUPLICATE_KEY_FIX(lang))
        else:
            first_row[key] = number
        data.messages.append(Message(
            row=number, key=key, customer_id=row("customer_id") or "",
            kind=row("kind") or "",
            status=STATUSES.get(parse.match_key(values.get("status") or ""),
                                parse.match_key(values.get("status") or "")),
            reply=row("reply") or "",
            created=row("created", _happened, today),
            sent_on=row("sent_on", _happened, today)))
        data.problems.extend(row.reported)
