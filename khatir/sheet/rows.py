"""Reading one row of a staff tab: every unreadable cell becomes a Problem, the row goes on.

``RowReader`` reads a row cell by cell and collects all its problems (an optional cell
that cannot be read is taken as blank, and the Problem says what was taken instead:
``ASSUMED``); ``columns_of`` reads the clean rows of a large tab column by column, each
distinct value parsed once (``Memo``). ``khatir.sheet.read`` turns the rows into records.
"""
from __future__ import annotations

from datetime import date, time
from typing import Any, Callable, Iterator

from . import parse
from .bijoy import BIJOY_CELL, BIJOY_CELL_FIX, BijoyText, converted
from .date_order import ColumnOrder, month_first_note, tab_order
from ..config import Settings
from ..errors import BrokenCell, CellError, CellPicture, ErrorValue
from ..i18n import Text, localise_digits
from .records import Problem
from .tables import Table, column_letter

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


AFTER_TODAY = Text(en="The date {value} is after today ({today}); check the year.",
                   bn="{value} তারিখটি আজকের ({today}) পরে; বছরটি মিলিয়ে দেখুন।")
AFTER_TODAY_FIX = Text(
    en="Correct the date (a mistyped year, like {next} for {year}, is common); until then {left_out}.",
    bn="তারিখটি ঠিক করুন (বছর ভুল লেখা হয় প্রায়ই, যেমন {year}-এর জায়গায় {next}); ততদিন {left_out}।")


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


def assumed_for(key: str, settings: Settings) -> dict[str, str]:
    """What each optional column of staff tab ``key`` takes instead of a cell it cannot read,
    in the owner's language (a column not listed: read as empty)."""
    lang = settings.language
    names = LANGUAGE_NAMES.get(settings.customer_language)
    language = names(lang) if names else settings.customer_language
    return {column: text(lang, language=language) if column == "language" else text(lang)
            for column, text in ASSUMED.get(key, {}).items()}


def happened(raw: Any, today: date | None, date1904: bool = False, dayfirst: bool = True) -> date:
    """The date of a thing that happened (a call, an order, a purchase, feedback, a message
    sent): one typed without a year ("15 Nov") is the most recent such day on or before
    ``today``, the run's day (on 2026-01-05, "28 Dec" is 2025-12-28). ``dayfirst``: the
    order of its column (``Memo.dayfirst``)."""
    return parse.parse_sheet_date(raw, date1904, anchor=today, toward=parse.PAST, dayfirst=dayfirst)


def meetup_day(raw: Any, today: date | None, date1904: bool = False, dayfirst: bool = True) -> date:
    """A meetup's date: one typed without a year is the such day nearest ``today``, so a
    meetup of last week stays last week's (Results, Meetup Summary) and one typed in
    December for "5 Jan" is next January's."""
    return parse.parse_sheet_date(raw, date1904, anchor=today, toward=parse.NEAREST,
                                  dayfirst=dayfirst)


#: The date columns of the staff tabs (and Messages), by key: a column whose own dates do not
#: tell day from month is read in the order the tab's other date columns say.
DATE_COLUMNS = frozenset({"date", "first_purchase", "last_purchase", "follow_up_on", "created",
                          "sent_on"})


#: Date parsers: they take the workbook's date system as ``date1904=`` and their column's
#: day/month order as ``dayfirst=`` (``date_parser`` adds one).
_DATE_PARSERS: set[Callable[..., Any]] = {parse.parse_sheet_date, happened, meetup_day}


def date_parser(parser: Callable[..., Any]) -> Callable[..., Any]:
    """Mark ``parser`` (it takes ``date1904=`` and ``dayfirst=``) as reading a date column."""
    _DATE_PARSERS.add(parser)
    return parser


# What a cell's value parsed to, per column: a value, or the (problem, fix) it raised.
# A column repeats its values (dates, agents, "yes", customer IDs in Call Notes), and
# parsing is pure, so each distinct value is parsed once a run, not once a cell.
Outcome = tuple[bool | None, Any]  # (True, value), (False, (problem, fix)) or blank
BLANK: Outcome = (None, None)
_IMMUTABLE = (str, int, float, bool, type(None), tuple, frozenset, date, time)


class Memo:
    """Parsing outcomes of one table, by column key and raw value; and the day/month order
    of each of its date columns, decided once for the column (``date_order``)."""

    def __init__(self, lang: str, date1904: bool = False, table: Table | None = None):
        self.lang, self.date1904, self.table = lang, date1904, table
        self.columns: dict[str, dict[tuple, Outcome]] = {}
        #: date columns by key: True day first, False month first (by the column's vote)
        self.orders: dict[str, bool] = {}
        #: the columns read month first, and why: for the run's summary
        self.month_first: dict[str, ColumnOrder] = {}

    def outcome(self, key: str, raw: Any, parser: Callable[..., Any] | None, args: tuple) -> Outcome:
        column = self.columns.setdefault(key, {})
        slot = _slot(raw, args)
        try:
            found = column.get(slot)
        except TypeError:  # an unhashable value: parse it every time
            return self._parse(raw, parser, args, key)
        if found is None:
            found = self._parse(raw, parser, args, key)
            if found[0] is not True or isinstance(found[1], _IMMUTABLE):  # never share a list
                column[slot] = found
        return found

    def dayfirst(self, key: str) -> bool:
        """The order of the table's column ``key``, decided once by a vote of its text dates
        that tell (``date_order.tab_order``): a US export's column is month first."""
        found = self.orders.get(key)
        if found is None:
            order = None
            table = self.table
            if table is not None and key in table.columns:
                body = table.grid[table.header_row:]
                cells = {k: [row[i] for row in body if i < len(row)] for k, i in table.columns.items()
                         if k == key or k in DATE_COLUMNS}
                order = tab_order(cells, key)
            if order is not None and not order.dayfirst:
                self.month_first[key] = order
            found = self.orders[key] = order is None or order.dayfirst
        return found

    def _parse(self, raw: Any, parser: Callable[..., Any] | None, args: tuple, key: str = "") -> Outcome:
        lang = self.lang
        kind = type(raw)
        if kind is BrokenCell:  # stored in a form that is no value: reads as blank text
            return False, (parse.BROKEN_CELL(lang), parse.BROKEN_CELL_FIX(lang))
        if kind is CellPicture:  # a WPS picture in the cell: its text is no value
            return False, (parse.PICTURE_CELL(lang), parse.PICTURE_CELL_FIX(lang))
        if kind is ErrorValue:  # an error value the file stores, whatever its code
            return False, (parse.FORMULA_ERROR(lang, value=parse.clean_text(raw)),
                           parse.FORMULA_FIX(lang))
        if parse.is_blank(raw):
            return BLANK
        if parser is None:
            text = parse.clean_text(raw)
            if parse.is_formula_error(raw) or parse.is_formula_error(text):  # "#REF!" is no name
                return False, (parse.FORMULA_ERROR(lang, value=text), parse.FORMULA_FIX(lang))
            if not text.isascii() and self.table is not None:  # typed with Bijoy: read in Unicode
                bijoy = converted(self.table.spec.key, key, text)
                if bijoy is not None:
                    return True, bijoy
            return True, text
        try:
            if parser in _DATE_PARSERS:
                extra: dict[str, bool] = {}
                if self.date1904:
                    extra["date1904"] = True  # a day number in a 1904-system workbook
                if isinstance(raw, str) and not self.dayfirst(key):
                    extra["dayfirst"] = False
                return True, parser(raw, *args, **extra)
            return True, parser(raw, *args)
        except CellError as err:
            return False, (err.problem(lang, **err.params), err.fix(lang, **err.params))

    def notes(self, lang: str) -> list[str]:
        """The run summary's line for each column read month first."""
        if self.table is None:
            return []
        return [month_first_note(order, self.table.title, self.table.header_of(key), lang)
                for key, order in self.month_first.items()]


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
        self.memo = memo or Memo(lang, table.date1904, table)
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
        outcome: Outcome = BLANK
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
            outcome = found if found is not None else self.memo.outcome(key, raw, parser, args)
        ok, value = outcome
        if ok:
            return value if type(value) is not BijoyText else self._bijoy(key, raw, value)
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
            shown(raw), problem, fix))

    def _bijoy(self, key: str, raw: Any, text: BijoyText) -> str:
        """A cell typed with Bijoy's classic mode, read as its Unicode ``text``: reported,
        and the row is still read (the cell itself is never changed)."""
        value = str(text)
        self.report(key, raw, BIJOY_CELL(self.lang, value=shown(value)), BIJOY_CELL_FIX(self.lang),
                    soft=True)
        return value

    def until_today(self, key: str, day: date | None, today: date | None, left_out: Text,
                    soft: bool = False) -> date | None:
        """``day``, or None with a Problem when it is after ``today`` (a mistyped year):
        such a date is not used on this run. ``left_out`` says what that leaves out."""
        if not after_today(day, today):
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


def after_today(day: date | None, today: date | None) -> bool:
    """A date after the run's day: a mistyped year (2027-11-25 for 2026-11-25)."""
    return today is not None and day is not None and day > today


def shown(raw: Any) -> str:
    text = "" if raw is None else parse.clean_text(raw)
    return text if len(text) <= 80 else text[:77] + "..."


# Reading a tab column by column. Most rows of a large sheet are clean (every cell
# parses, or is a blank that may be blank): they become records straight from their
# columns, each distinct value parsed once (Memo), without a call per cell. A row with
# any bad cell, or a cell whose meaning depends on another (Follow Up On in words), is
# read by RowReader as before, which reports all its problems in order.
Field = tuple[str, Callable[..., Any] | None, tuple, bool]  # key, parser, its arguments, required


def one_by_one(table: Table) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    for number, values in table.rows():
        yield number, None, values


def columns_of(table: Table, memo: Memo, fields: list[Field]
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
        text = parser is None  # a text column: a cell typed with Bijoy is read one by one
        out: list[Any] = []
        for i, (_, cells) in enumerate(filled):
            raw = cells[index] if index < len(cells) else None
            found: Outcome | None = BLANK
            if raw is not None:
                try:
                    found = column.get((type(raw), raw, *extra))
                except TypeError:
                    found = None
            ok, value = found if found is not None else memo.outcome(key, raw, parser, args)
            if ok is not True and (ok is False or required):
                slow.add(i)
            elif text and type(value) is BijoyText:  # its Problems row is written one by one
                slow.add(i)
            out.append(value)
        values.append(out)
    return filled, values, slow


def typed(cells: list, index: int | None) -> str:
    """A cell as the text staff see in it, for a text that quotes it ("" when none)."""
    if index is None or index >= len(cells) or parse.is_blank(cells[index]):
        return ""
    return parse.clean_text(cells[index])


def values_of(table: Table, cells: list) -> dict[str, Any]:
    width = len(cells)
    return {key: (cells[i] if i < width else None) for key, i in table.columns.items()}
