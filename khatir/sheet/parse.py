"""Turn one raw spreadsheet cell into one clean Python value.

Cells arrive from two readers: openpyxl (str, int, float, bool, datetime, date,
time, None) and the Google Sheets API read with UNFORMATTED_VALUE and
SERIAL_NUMBER (str, int, float, bool, None; dates as day serials counted from
1899-12-30). Staff type freely, in English, Bengali or both, so every parser
accepts the forms people really write and, when it cannot, raises ``CellError``
with a bilingual problem and a concrete fix. The caller turns that into a row
of the Problems tab; a bad cell never stops a run.

Every function here is pure: no module state beyond constant tables.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal
from typing import Iterable, Mapping

import phonenumbers

from khatir.errors import BrokenCell, CellError, CellPicture, ErrorValue
from khatir.i18n import ASCII_DIGITS, Text

# --------------------------------------------------------------------------
# Words shown to people. Problems say what is wrong, fixes say what to type.

BLANK = Text(
    en="The cell is empty.",
    bn="ঘরটি খালি।",
)
FORMULA_ERROR = Text(
    en="The cell holds a formula error ({value}) instead of a value.",
    bn="ঘরের সূত্রে ভুল হয়েছে ({value}), তাই কোনো তথ্য দেখাচ্ছে না।",
)
FORMULA_FIX = Text(
    en="Correct the formula, or delete it and type the value yourself.",
    bn="সূত্রটি ঠিক করুন, অথবা সূত্র মুছে তথ্যটি নিজে লিখে দিন।",
)
BROKEN_CELL = Text(
    en="The cell cannot be read: the program that wrote the file stored it in a broken form "
       "(Excel calls such a file damaged, LibreOffice shows the cell empty).",
    bn="ঘরটি পড়া যাচ্ছে না: যে প্রোগ্রাম ফাইলটি লিখেছে সেটি ঘরটি ভাঙা অবস্থায় রেখেছে "
       "(Excel এমন ফাইলকে নষ্ট বলে, LibreOffice ঘরটি খালি দেখায়)।",
)
BROKEN_CELL_FIX = Text(
    en="Type the value into this cell again in Excel or LibreOffice and save the file as .xlsx.",
    bn="Excel বা LibreOffice-এ এই ঘরে তথ্যটি আবার লিখে ফাইলটি .xlsx হিসেবে সেভ করুন।",
)
PICTURE_CELL = Text(
    en="The cell holds a picture (a picture put in the cell in WPS Office), not a value Khatir can read.",
    bn="ঘরে একটি ছবি আছে (WPS Office-এ ঘরের ভেতরে বসানো ছবি), পড়ার মতো কোনো লেখা নেই।",
)
PICTURE_CELL_FIX = Text(
    en="Type the value into this cell, and keep the picture in a column of your own.",
    bn="এই ঘরে তথ্যটি লিখে দিন, আর ছবিটি নিজের আলাদা কোনো কলামে রাখুন।",
)
NEGATIVE = Text(
    en="“{value}” is below zero.",
    bn="“{value}” শূন্যের চেয়ে কম।",
)
DATE_UNREADABLE = Text(
    en="“{value}” cannot be read as a date.",
    bn="“{value}” তারিখ হিসেবে পড়া যাচ্ছে না।",
)
DATE_INVALID = Text(
    en="“{value}” is not a real date; check the day, the month and the year.",
    bn="“{value}” সঠিক তারিখ নয়; দিন, মাস আর বছর মিলিয়ে দেখুন।",
)
DATE_IMPLAUSIBLE = Text(
    en="“{value}” is in the year {year}, which cannot be right for a shop's records.",
    bn="“{value}” তারিখটি {year} সালের, দোকানের হিসাবে যা ঠিক হতে পারে না।",
)
DATE_FIX = Text(
    en="Write the date as day/month/year, like 22/11/2026, or as 22 Nov 2026.",
    bn="তারিখ দিন/মাস/বছর করে লিখুন, যেমন ২২/১১/২০২৬, অথবা ২২ নভেম্বর ২০২৬।",
)
PHONE_INVALID = Text(
    en="“{value}” is not a valid phone number.",
    bn="“{value}” সঠিক ফোন নম্বর নয়।",
)
PHONE_SEVERAL = Text(
    en="“{value}” holds more than one phone number.",
    bn="“{value}” ঘরে একাধিক ফোন নম্বর আছে।",
)
PHONE_FIX = Text(
    en=(
        "Write one mobile number with all 11 digits, like 01711-234567, "
        "or with the country code, like +8801711234567."
    ),
    bn=(
        "পুরো ১১ অঙ্কের একটি মোবাইল নম্বর লিখুন, যেমন ০১৭১১-২৩৪৫৬৭, "
        "অথবা দেশের কোডসহ, যেমন +৮৮০১৭১১২৩৪৫৬৭।"
    ),
)
BOOL_UNREADABLE = Text(
    en="“{value}” is not a yes/no answer.",
    bn="“{value}” হ্যাঁ/না উত্তর নয়।",
)
BOOL_FIX = Text(
    en="Write yes or no (হ্যাঁ or না, TRUE or FALSE), or put ✓ or x for yes.",
    bn="হ্যাঁ অথবা না লিখুন (yes/no, TRUE/FALSE-ও চলবে), অথবা হ্যাঁ বোঝাতে ✓ বা x দিন।",
)
AMOUNT_UNREADABLE = Text(
    en="“{value}” cannot be read as an amount of money.",
    bn="“{value}” টাকার অঙ্ক হিসেবে পড়া যাচ্ছে না।",
)
AMOUNT_FIX = Text(
    en="Write the amount in taka as a plain number, like 1200 or 1,200.50; a refund with a minus sign, like -1500.",
    bn="টাকার অঙ্কটি শুধু সংখ্যায় লিখুন, যেমন ১২০০ বা ১,২০০.৫০; টাকা ফেরত দিলে মাইনাস চিহ্নসহ, যেমন -১৫০০।",
)
TOTAL_FIX = Text(
    en="Total Spent is all the customer has paid, after refunds, so it cannot be below zero: "
       "check the number (a refund goes in the Orders tab, as a negative Amount), like 1200 or 1,200.50.",
    bn="মোট কেনা হলো টাকা ফেরতের পর গ্রাহক মোট যা দিয়েছেন, তাই তা শূন্যের কম হতে পারে না: "
       "সংখ্যাটি মিলিয়ে দেখুন (টাকা ফেরত অর্ডার ট্যাবে মাইনাস অঙ্কে লিখুন), যেমন ১২০০ বা ১,২০০.৫০।",
)
COUNT_UNREADABLE = Text(
    en="“{value}” is not a whole number.",
    bn="“{value}” পূর্ণ সংখ্যা নয়।",
)
COUNT_FIX = Text(
    en="Write a whole number without fractions or a minus sign, like 12.",
    bn="ভগ্নাংশ বা মাইনাস চিহ্ন ছাড়া একটি পূর্ণ সংখ্যা লিখুন, যেমন ১২।",
)
CHOICE_UNKNOWN = Text(
    en="“{item}” is not one of the words this column accepts.",
    bn="“{item}” এই কলামের জন্য চেনা শব্দ নয়।",
)
CHOICE_FIX = Text(
    en="Write one of: {choices}.",
    bn="এগুলোর যেকোনো একটি লিখুন: {choices}।",
)
SEGMENTS_FIX = Text(
    en="Write one or more of {choices}, separated by commas, or leave the cell empty to invite everyone.",
    bn="{choices} থেকে এক বা একাধিক লিখুন, মাঝে কমা দিয়ে; সবাইকে ডাকতে চাইলে ঘরটি খালি রাখুন।",
)
TIME_UNREADABLE = Text(
    en="“{value}” is not a real time of day.",
    bn="“{value}” সঠিক সময় নয়।",
)
TIME_FIX = Text(
    en="Write the time like 18:00 or 6 PM, or in words like সন্ধ্যা ৬টা.",
    bn="সময় লিখুন এভাবে: ১৮:০০ বা 6 PM, অথবা কথায়, যেমন সন্ধ্যা ৬টা।",
)

# --------------------------------------------------------------------------
# Accepted spellings. Keys are compared through ``match_key``.

SEGMENTS: Mapping[str, str] = {
    "interested": "interested",
    "আগ্রহী": "interested",
    "existing": "existing",
    "বর্তমান": "existing",
    "customer": "existing",
    "lost": "lost",
    "হারানো": "lost",
}
SEGMENT_ORDER = ("interested", "existing", "lost")

LANGUAGES: Mapping[str, str] = {
    "bn": "bn",
    "bangla": "bn",
    "bengali": "bn",
    "বাংলা": "bn",
    "en": "en",
    "english": "en",
    "ইংরেজি": "en",
}

# Spreadsheet error values (Excel and Google Sheets); a cell holding one of
# these shows the formula's failure, not data someone typed.
FORMULA_ERRORS = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
    "#ERROR!", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!",
    "#BUSY!", "#UNKNOWN!", "#GETTING_DATA", "#LOADING...",
})

_YES = frozenset({
    "true", "yes", "y", "1", "হ্যাঁ", "হ্যা", "হাঁ", "done", "সম্পন্ন",
    "x", "✓", "✔", "✔\ufe0f", "☑", "☑\ufe0f", "✅",
})
_NO = frozenset({"false", "no", "n", "0", "না"})
# Done and Resolved also take what staff write when a thing is (not yet) done: Bengali,
# spoken Bengali, Banglish, "ok". Not Do Not Contact, where "ok" or "বাকি" is no clear answer.
# (NFC as match_key gives it: "য়" is stored decomposed.)
_DONE_YES = _YES | frozenset(unicodedata.normalize("NFC", word) for word in (
    "হয়েছে", "হইছে", "হয়ে গেছে", "শেষ", "করা হয়েছে", "সম্পন্ন হয়েছে", "সমাধান হয়েছে",
    "done hoise", "done hoyeche", "hoise", "hoyeche", "ok", "okay", "ওকে"))
_DONE_NO = _NO | frozenset(unicodedata.normalize("NFC", word) for word in (
    "হয়নি", "হয় নি", "হয়নাই", "হয় নাই", "বাকি", "এখনো না", "not done", "not yet",
    "hoyni", "hoy nai", "hoinai"))
# A row whose ID cell holds one of these (case, spaces and a colon after it aside) is the
# tab's totals row: not a record, and not a problem.
TOTALS_LABELS = frozenset(unicodedata.normalize("NFC", word) for word in (
    "মোট", "সর্বমোট", "সর্বমোট যোগফল", "যোগফল", "সব মিলিয়ে", "total", "totals", "grand total",
    "sum"))

_MONTH_NAMES = (
    ("january", "jan", "জানুয়ারি", "জানুয়ারী"),
    ("february", "feb", "ফেব্রুয়ারি", "ফেব্রুয়ারী"),
    ("march", "mar", "মার্চ"),
    ("april", "apr", "এপ্রিল"),
    ("may", "মে"),
    ("june", "jun", "জুন"),
    ("july", "jul", "জুলাই"),
    ("august", "aug", "আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট"),
    ("september", "sep", "sept", "সেপ্টেম্বর"),
    ("october", "oct", "অক্টোবর"),
    ("november", "nov", "নভেম্বর"),
    ("december", "dec", "ডিসেম্বর"),
)
# য় has a composed (U+09DF) and a decomposed spelling; NFC of both is the
# same sequence, so normalising the table and the input makes them meet.
_MONTHS = {
    unicodedata.normalize("NFC", name).casefold(): number
    for number, names in enumerate(_MONTH_NAMES, start=1)
    for name in names
}

_SHOWN_LENGTH = 60
_SERIAL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_EPOCH_1904 = dt.date(1904, 1, 1)  # workbooks in the 1904 date system (old Mac Excel)
_SERIAL_MAX = 2958465  # 9999-12-31
# A bare number like 2026 or 15 in a date column is a typing slip, not a date in
# 1905: serial numbers before 1950 are refused rather than silently misread.
_SERIAL_MIN = 18264  # 1950-01-01
_MIN_TEXT_YEAR = 1900

# Invisible characters: ZWSP, word joiner, BOM and soft hyphen carry no meaning
# anywhere. ZWNJ and ZWJ shape Bengali conjuncts inside a word, so they are
# kept there and dropped only at the ends of the text or next to a space.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u180e]")
_JOINERS = "\u200c\u200d"
_JOINERS_AFTER_SPACE = re.compile(rf"(?<=\s)[{_JOINERS}]+")
_WHITESPACE = re.compile(r"\s+")

_TIME_SUFFIX = re.compile(
    r"(?:\s+|t|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:z|[+-]\d{2}:?\d{2})?$"
)
_AROUND_SEPARATOR = re.compile(r"\s*([-/.])\s*")
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_DAY_OR_MONTH_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")
# A day and a month with no year ("15/11", "15-11"); not "15.11", which is as likely a number.
_DAY_AND_MONTH = re.compile(r"(\d{1,2})[-/](\d{1,2})")
_DATE_WORD_SEPARATORS = re.compile(r"[\s,./\-]+")
_ORDINAL_NUMBER = re.compile(r"(\d{1,4})(?:st|nd|rd|th|লা|রা|ঠা|ই|শে|এ)?")

_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"\s*(?:(?P<half>[ap])\.?\s?m\.?)?"
)

_NUMBER = re.compile(
    r"(?P<sign>[-+\u2212])?\s*"
    r"(?P<number>(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.\d+)?)"
)
_MONEY_WORDS = re.compile(r"৳|টাকা|(?<![a-z])(?:taka|bdt|tk\.?)(?![a-z])|=?/[-=]")
_COUNT_WORDS = re.compile(r"টি|টা|জন|(?<![a-z])(?:people|persons?|seats?|pcs)(?![a-z])")

# A Bangladeshi mobile number as typed in Bangladesh (013 to 019, 11 digits): every one
# of them is valid to libphonenumber, and its E.164 form is +88 and the digits.
_BD_MOBILE = re.compile(r"01[3-9][0-9]{8}")
_PHONE_CHARACTERS = re.compile(r"[\d\s()+\-.]+")
#: A label in brackets after a number, "(বিকাশ)", "(bKash)", "[home]": words, no digits.
_PHONE_LABEL = re.compile(r"\s*[(\[](?=[^)\]]*[^\W\d_])[^()\[\]\d]*[)\]]\s*$")
_PHONE_LIST_SEPARATORS = re.compile(r"[,;/]|\s(?:or|অথবা|বা)\s", re.IGNORECASE)
_SEGMENT_SEPARATORS = re.compile(r"[,،;/\n]")


# --------------------------------------------------------------------------
# Text


def clean_text(value: object) -> str:
    """The cell as the text a person sees, with the invisible noise removed.

    Spreadsheets pad cells with non-breaking and zero-width spaces, store a
    typed ``12`` as ``12.0`` and mix composed and decomposed Bengali letters;
    left alone, each of those makes two equal-looking values differ.
    Never raises: it is also used to show a bad value back to people.
    """
    if type(value) is str and value.isascii() and value.isprintable() and value == value.strip():
        return value  # the common case, already clean: nothing to normalise
    text = _INVISIBLE.sub("", _display(value))
    text = unicodedata.normalize("NFC", text)
    text = _without_stray_joiners(text)
    while text != (stripped := text.strip().strip(_JOINERS)):
        text = stripped
    return text


def _without_stray_joiners(text: str) -> str:
    """Drop ZWNJ/ZWJ next to a space, in linear time.

    A lookahead after a run of joiners backtracks quadratically on a long run with
    no space after it (a hostile 50,000-character cell took 17 s), so the trailing
    case is handled as a leading one on the reversed text.
    """
    if "\u200c" not in text and "\u200d" not in text:
        return text
    text = _JOINERS_AFTER_SPACE.sub("", text)
    return _JOINERS_AFTER_SPACE.sub("", text[::-1])[::-1]


def _display(value: object) -> str:
    """Render a non-text cell the way the spreadsheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.datetime):
        return f"{value.date().isoformat()} {_display(value.time())}"
    if isinstance(value, dt.time) and not (value.second or value.microsecond):
        return value.strftime("%H:%M")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def match_key(value: object) -> str:
    """A form of the text for comparing words, not for showing.

    Case, spacing and invisible joiners vary between keyboards and phones but
    not between the words people mean, so they are ignored when matching
    keywords, choices and headers.
    """
    text = re.sub(f"[{_JOINERS}]", "", clean_text(value)).casefold()
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text))


def is_blank(value: object) -> bool:
    """True for an empty cell, including one holding only (invisible) spaces."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    if not value:  # a cell stored in a broken form shows nothing, but is not empty: unreadable
        return type(value) is not BrokenCell
    return value[0].isspace() and clean_text(value) == "" or (
        not value.isascii() and clean_text(value) == "")


def is_totals_label(value: object) -> bool:
    """True for a cell that labels a totals row: "মোট", "Total", "Grand Total", "Sum", "যোগফল"."""
    if not isinstance(value, str):
        return False
    return match_key(value).rstrip(":：").strip() in TOTALS_LABELS


def _shown(value: object) -> str:
    """The raw value as short text, for the Value column of Problems."""
    text = clean_text(value)
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"


def _error(problem: Text, fix: Text, value: object, **params: object) -> CellError:
    return CellError(problem, fix, value=_shown(value), **params)


def _check_filled(value: object, fix: Text, **params: object) -> None:
    """Reject empty cells and formula errors the same way for every parser."""
    if isinstance(value, BrokenCell):
        raise _error(BROKEN_CELL, BROKEN_CELL_FIX, value, **params)
    if isinstance(value, CellPicture):
        raise _error(PICTURE_CELL, PICTURE_CELL_FIX, value, **params)
    if is_blank(value):
        raise _error(BLANK, fix, value, **params)
    if is_formula_error(value):
        raise _error(FORMULA_ERROR, FORMULA_FIX, value, **params)


def is_formula_error(value: object) -> bool:
    """Whether a cell shows a formula's error ("#N/A", "#REF!") instead of a value: one the
    file stores as an error value (whatever its code), or known error text."""
    return isinstance(value, ErrorValue) or (
        isinstance(value, str) and clean_text(value).upper() in FORMULA_ERRORS)


#: An apostrophe at the start of a text cell: Excel's "this is text" mark, which a CSV
#: export or a paste leaves in the cell itself ("'01512345678", "'01-12-2026").
_QUOTE_MARKS = "'\u2018\u2019"


def unquoted(value: object) -> object:
    """The cell without one leading apostrophe (straight or curly), for the cells that
    hold a phone, a date, an ID or a number: the mark says "text", it is not part of it.
    Free text (a name, a note) keeps its apostrophes."""
    if isinstance(value, str):
        text = value.lstrip()
        if text[:1] in _QUOTE_MARKS and text[:1]:
            return text[1:]
    return value


def parse_id(value: object) -> str:
    """An ID (Customer ID, Meetup ID) as text; a formula error is no ID."""
    _check_filled(value, FORMULA_FIX)
    return clean_text(unquoted(value)) or clean_text(value)


def _words(value: object) -> str:
    """match_key with Bengali digits written as ASCII, for parsing."""
    return match_key(value).translate(ASCII_DIGITS)


# --------------------------------------------------------------------------
# Dates


#: How a date typed without a year ("15 Nov", "১৫ই নভেম্বর", "15/11") gets its year, counted
#: from its ``anchor`` day: the most recent such day on or before it (a thing that happened:
#: a call, an order), the next on or after it (a day to check back), or the nearer of the
#: two (a meetup: one last week stays last week's, one in January is next January's).
PAST, AHEAD, NEAREST = "past", "ahead", "nearest"


def parse_date(value: object, *, dayfirst: bool = True, date1904: bool = False,
               anchor: dt.date | None = None, toward: str = PAST) -> dt.date:
    """Read a date from a date cell, a day serial, or text in English or Bengali.

    Numeric text is day/month/year when ``dayfirst`` (the Bangladeshi habit),
    month/day/year otherwise; the other order is used only when the preferred
    one is impossible because its month would be above 12 (``11/22/2026`` is
    22 November either way). Two-digit years mean 20xx. A day serial counts from
    1904 when ``date1904`` (the workbook says so), else from 1899-12-30.

    A date without a year (``22 Nov``, ``২২শে নভেম্বর``, ``22/11``, ``22-11``) takes its
    year from ``anchor`` (the run's day, passed in: nothing here reads the clock) as
    ``toward`` says (PAST, AHEAD or NEAREST); with no ``anchor`` it is refused rather than
    guessed. A bare number (``22``) is never a date.
    """
    value = unquoted(value)
    _check_filled(value, DATE_FIX)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _date_from_serial(value, date1904)
    if isinstance(value, str):
        return _date_from_text(value, dayfirst, anchor, toward)
    raise _error(DATE_UNREADABLE, DATE_FIX, value)


PLAUSIBLE_YEARS = range(1950, 2101)


def parse_sheet_date(value: object, date1904: bool = False, *, anchor: dt.date | None = None,
                     toward: str = PAST, dayfirst: bool = True) -> dt.date:
    """A date a person typed into the shop's sheet: also refuse years no record can have.

    Year 1900 is what an empty date cell becomes in some programs, and 9999 is
    a placeholder; either would silently put a customer years overdue. ``anchor`` and
    ``toward``: the year of a date typed without one (``parse_date``); ``dayfirst``: the
    order of its column (``khatir.sheet.date_order``).
    """
    day = parse_date(value, dayfirst=dayfirst, date1904=date1904, anchor=anchor, toward=toward)
    if day.year not in PLAUSIBLE_YEARS:
        raise _error(DATE_IMPLAUSIBLE, DATE_FIX, value, year=day.year)
    return day


def parse_optional_date(value: object, *, dayfirst: bool = True, date1904: bool = False
                        ) -> dt.date | None:
    """Like ``parse_date``, but an empty cell means no date (the Khatir Keys tab)."""
    return None if is_blank(value) else parse_date(value, dayfirst=dayfirst, date1904=date1904)


def _date_from_serial(serial: float, date1904: bool = False) -> dt.date:
    """Google Sheets sends dates as days since 1899-12-30; the fraction is the time.

    A workbook in the 1904 date system counts from 1904-01-01 (1,462 days later).
    """
    offset = (_SERIAL_EPOCH_1904 - _SERIAL_EPOCH).days if date1904 else 0
    if not (math.isfinite(serial) and _SERIAL_MIN <= serial + offset < _SERIAL_MAX + 1):
        raise _error(DATE_UNREADABLE, DATE_FIX, serial)
    return (_SERIAL_EPOCH_1904 if date1904 else _SERIAL_EPOCH) + dt.timedelta(days=math.floor(serial))


def _date_from_text(raw: str, dayfirst: bool, anchor: dt.date | None = None,
                    toward: str = PAST) -> dt.date:
    text = _TIME_SUFFIX.sub("", _words(raw), count=1).strip()
    text = _AROUND_SEPARATOR.sub(r"\1", text)
    if match := _YEAR_FIRST.fullmatch(text):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    elif match := _DAY_OR_MONTH_FIRST.fullmatch(text):
        first, second, year = int(match[1]), int(match[3]), _full_year(match[4])
        day, month = _day_month(first, second, dayfirst)
    elif anchor is not None and (match := _DAY_AND_MONTH.fullmatch(text)):
        day, month = _day_month(int(match[1]), int(match[2]), dayfirst)
        return _without_year(raw, day, month, anchor, toward)
    else:
        day, month, found = _named_month_date(raw, text, yearless=anchor is not None)
        if found is None and anchor is not None:
            return _without_year(raw, day, month, anchor, toward)
        year = found or 0
    if year < _MIN_TEXT_YEAR:
        raise _error(DATE_INVALID, DATE_FIX, raw)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _error(DATE_INVALID, DATE_FIX, raw) from None


def _day_month(first: int, second: int, dayfirst: bool) -> tuple[int, int]:
    """Day and month from two numbers in the sheet's order; the other order only when
    the preferred one would have a month above 12."""
    day, month = (first, second) if dayfirst else (second, first)
    if month > 12 and day <= 12:
        day, month = month, day
    return day, month


def _without_year(raw: str, day: int, month: int, anchor: dt.date, toward: str) -> dt.date:
    """The day and month in the year ``toward`` says, counted from ``anchor`` (see PAST).

    29 February goes back (or on) to a leap year; 31/02 is no day in any year."""
    found = []
    for year in range(anchor.year - 8, anchor.year + 9):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    before = [d for d in found if d <= anchor]
    after = [d for d in found if d >= anchor]
    if not found or not before or not after:
        raise _error(DATE_INVALID, DATE_FIX, raw)
    if toward == PAST:
        return before[-1]
    if toward == AHEAD:
        return after[0]
    return min(before[-1], after[0], key=lambda d: (abs((d - anchor).days), d < anchor))


def _full_year(digits: str) -> int:
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _named_month_date(raw: str, text: str, yearless: bool = False) -> tuple[int, int, int | None]:
    """Day, month and year from forms like ``29 May, 2022`` or ``২২শে নভেম্বর ২০২৬``.

    The four-digit number is the year; with two short numbers the last token
    must be the year (``22 Nov 26``), since ``Nov 22`` alone has none. When
    ``yearless``, a day and a month alone (``22 Nov``, ``Nov 22``, ``১৫ই নভেম্বর``)
    give the year None.
    """
    tokens = [token for token in _DATE_WORD_SEPARATORS.split(text) if token]
    months = [_MONTHS[token] for token in tokens if token in _MONTHS]
    numbers = [m[1] for token in tokens if (m := _ORDINAL_NUMBER.fullmatch(token))]
    if yearless and len(tokens) == 2 and len(months) == 1 and len(numbers) == 1:
        if len(numbers[0]) > 2:
            raise _error(DATE_UNREADABLE, DATE_FIX, raw)  # "Nov 2026": no day
        return int(numbers[0]), months[0], None
    if len(tokens) != 3 or len(months) != 1 or len(numbers) != 2:
        raise _error(DATE_UNREADABLE, DATE_FIX, raw)
    long_numbers = [number for number in numbers if len(number) == 4]
    if len(long_numbers) == 1:
        year = long_numbers[0]
        day = numbers[1 - numbers.index(year)]
    elif not long_numbers and tokens[-1] not in _MONTHS:
        day, year = numbers
    else:
        raise _error(DATE_UNREADABLE, DATE_FIX, raw)
    if len(day) > 2 or len(year) == 3 or len(year) == 1:
        raise _error(DATE_UNREADABLE, DATE_FIX, raw)
    return int(day), months[0], _full_year(year)


# --------------------------------------------------------------------------
# Phones


def parse_phone(value: object, region: str = "BD") -> str:
    """A phone number in E.164 (``+8801711234567``), the form WhatsApp links need.

    Accepts spaces, dashes, brackets, Bengali digits, the ``+880``/``880``/
    ``00880`` prefixes and a number cell that lost its leading 0. Letters are
    refused instead of being read as a keypad word, and a cell holding two
    numbers is refused rather than merged into one wrong number. A label in
    brackets after the number ("01911-345678 (বিকাশ)", "(WhatsApp)", "(home)") says
    what the number is for: it is not part of the number and is left aside.
    """
    value = unquoted(value)
    if region == "BD" and type(value) is str and _BD_MOBILE.fullmatch(value):
        return "+88" + value  # how most numbers are typed: libphonenumber agrees, 10x slower
    if type(value) is str and value.startswith("+88") and _BD_MOBILE.fullmatch(value, 3):
        return value  # already E.164, as shop systems export it
    _check_filled(value, PHONE_FIX)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _error(PHONE_INVALID, PHONE_FIX, value)
    text = clean_text(value).translate(ASCII_DIGITS)
    unlabelled = _PHONE_LABEL.sub("", text)
    if unlabelled and _PHONE_CHARACTERS.fullmatch(unlabelled):
        text = unlabelled
    if not _PHONE_CHARACTERS.fullmatch(text):
        parts = _PHONE_LIST_SEPARATORS.split(text)
        several = sum(len(re.sub(r"\D", "", part)) >= 7 for part in parts) > 1
        raise _error(PHONE_SEVERAL if several else PHONE_INVALID, PHONE_FIX, value)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise _error(PHONE_INVALID, PHONE_FIX, value) from None
    if not phonenumbers.is_valid_number(number):
        raise _error(PHONE_INVALID, PHONE_FIX, value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_landline(phone: str | None) -> bool:
    """Whether a number ``parse_phone`` gave is a fixed line (a Sylhet shop's 0821-716345).

    WhatsApp lives on mobiles: a wa.me link to a landline opens no chat, so the agent who
    clicks it finds nothing to send to (an owner's blind trial, stop 38). Only numbers known
    to be fixed lines count; a plan that may be either (the US's) is not one.
    """
    if not phone or (phone.startswith("+8801") and len(phone) == 14):
        return False  # a Bangladeshi mobile, as nearly every customer's is: no parse needed
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE


def parse_phones(value: object, region: str = "BD") -> tuple[str, tuple[str, ...]]:
    """The first valid number of a cell that may hold several, and the other parts.

    Staff in Bangladesh often keep two numbers in one cell ("01711-234567,
    01819-876543", "01711234567 / 01819876543"): the first valid one is used
    and the rest are returned as typed, so the caller can say which was left
    aside. Raises ``CellError`` (as ``parse_phone``) when no part is a valid number.
    """
    value = unquoted(value)
    try:
        return parse_phone(value, region), ()
    except CellError as err:
        first_error = err
    text = clean_text(value)
    parts = [p.strip() for p in _PHONE_LIST_SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:
        parts = text.split()  # "01711234567 01819876543": numbers apart only by a space
    for index, part in enumerate(parts):
        try:
            number = parse_phone(part, region)
        except CellError:
            continue
        if len(parts) > 1:
            return number, tuple(p for i, p in enumerate(parts) if i != index)
    raise first_error


# --------------------------------------------------------------------------
# Yes / no


def parse_bool(value: object, yes: frozenset[str] = _YES, no: frozenset[str] = _NO) -> bool:
    """Yes or no, from a checkbox, 1/0, or a word in English or Bengali.

    A lone ``x`` counts as yes because staff use it to tick a box.
    """
    _check_filled(value, BOOL_FIX)
    if isinstance(value, (bool, int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        key = match_key(value)
        if key in yes:
            return True
        if key in no:
            return False
    raise _error(BOOL_UNREADABLE, BOOL_FIX, value)


def is_clear_no(value: object) -> bool:
    """A yes/no cell that clearly says no (not blank, not unreadable): for Do Not Contact, staff's
    own word that a customer may be contacted, which overrides a call note asking for none."""
    if is_blank(value):
        return False
    try:
        return parse_bool(value) is False
    except CellError:
        return False


def parse_done(value: object) -> bool:
    """Done / Resolved: yes or no as ``parse_bool``, and the words for a thing (not yet) done:
    "হয়েছে", "হইছে", "done hoise", "ok"; "হয়নি", "বাকি", "not yet"."""
    return parse_bool(value, _DONE_YES, _DONE_NO)


# --------------------------------------------------------------------------
# A meetup called off

#: The words that call a meetup off, as the first word of its Status (or, without a
#: Status column, its Notes): "বাতিল (cancelled)", "Cancelled: the hall is booked",
#: "স্থগিত", "postponed to January". Only the first word counts, so a note such as
#: "not cancelled" or "ask if it is cancelled" never calls a meetup off.
CANCEL_WORDS = frozenset({"cancelled", "canceled", "cancel", "বাতিল", "স্থগিত", "postponed"})


def is_cancel_word(value: object) -> bool:
    """Whether the cell's first word calls the meetup off (``CANCEL_WORDS``)."""
    words = re.split(r"[^\w\u0980-\u09FF]+|_", match_key(value))
    first = next((w for w in words if w), "")
    return first in CANCEL_WORDS


# --------------------------------------------------------------------------
# Order status

#: Words in an order's status that mean the goods were not bought (English stems, Bengali
#: words and their Banglish: "Cancelled", "returned", "wc-refunded", "failed delivery",
#: "বাতিল", "ফেরত এসেছে", "রিটার্ন", "ক্যানসেল", "ferot"; a courier's "RTO" (return to
#: origin), "Lost by 3PL" and "undelivered"; an order never paid for: "Pending payment",
#: WooCommerce's "wc-pending" and "checkout-draft", "expired", "abandoned"; a payment
#: gateway's checkout the buyer never finished: SSLCommerz's and Nagad's "UNATTEMPTED",
#: "INCOMPLETE", "INITIATED", "Unsuccessful"; German
#: "storniert", Spanish and French "anulado", "annulé"; a payment "Denied" (PayPal's failed
#: eCheck))...
_NOT_BOUGHT = re.compile(r"cancel|return|refund|fail|void|reject|declin|refus|bounce|ferot|ferat|"
                         r"batil|বাতিল|ফেরত|রিটার্ন|ক্যানসেল|ক্যান্সেল|ফিরিয়ে|"
                         r"\brto\b|\blost\b|undeliver|not delivered|unpaid|pending.?payment|"
                         r"payment.?pending|awaiting.?payment|wc-pending|draft|expired|abandon|"
                         r"unattempt|not.?attempted|incomplete|\binitiated\b|unsuccess|"
                         r"storn|an+ul|revers|\bdenied\b|"
                         r"\bquot(?:e|ation)|\bestimate", re.IGNORECASE)  # an offer, not a sale
#: ...unless only part of the order went back.
_PARTLY = re.compile(r"partial|partly|আংশিক", re.IGNORECASE)


def parse_returned(value: object) -> bool:
    """Whether an order's status says it was not bought: cancelled, returned, refunded or
    failed, never paid ("UNATTEMPTED", "INCOMPLETE", "INITIATED": a gateway's checkout left
    unfinished), or only offered (Odoo's "Quotation", "Quotation Sent"; "Quote", "Estimate").
    "Delivered", "paid", "Sales Order", "partially refunded" and a blank status are
    purchases."""
    text = "" if value is None else str(value)
    return bool(_NOT_BOUGHT.search(text)) and not _PARTLY.search(text)


def parse_order_status(value: object) -> bool:
    """``parse_returned`` for the Orders tab's Status, where a formula's error value ("#N/A")
    says nothing of the order: it is refused (a Problems row; the order is read as bought)."""
    if is_formula_error(value):
        raise _error(FORMULA_ERROR, FORMULA_FIX, value)
    return parse_returned(value)


def parse_never_bought(value: object) -> bool:
    """``parse_returned``, for an export of past orders: there an order still "New" (Odoo's
    point of sale: never paid) was no purchase either. On the Orders tab a new order is
    one on its way, and counts."""
    return parse_returned(value) or (isinstance(value, str)
                                      and value.strip().casefold() == "new")


#: A transaction type that names a sale ("Sales", "Sales Receipt", "Invoice", "Wholesale", "Sale",
#: "বিক্রি"): in a column holding such types, only they are purchases.
_SALE = re.compile(r"\bsales?\b|\bsold\b|invoice|wholesale|retail|বিক্রি|বিক্রয়|পাইকারি|খুচরা",
                   re.IGNORECASE)
#: ...but a quote that may never be bought ("Proforma Invoice", "Quotation") is none.
_NOT_YET_SOLD = re.compile(r"pro.?forma|quot", re.IGNORECASE)
#: A transaction type that moves the shop's own money, not a customer's purchase: a
#: merchant wallet's "Cash Out", "Cash In", "Settlement", "Withdrawal", "Transfer",
#: "Payout", a currency "Conversion" (bKash, Nagad, PayPal).
_OWN_MONEY = re.compile(r"cash.?out|cash.?in\b|settle|withdraw|transfer|payout|conversion|"
                        r"ক্যাশ.?আউট|উত্তোলন|ট্রান্সফার", re.IGNORECASE)


def names_sales(kinds: Iterable[object]) -> bool:
    """Whether a column of transaction types names the sales among them (Tally's "Vch
    Type": Sales, Receipt, Payment, Purchase, Credit Note, Journal, Contra)."""
    return any(isinstance(k, str) and _SALE.search(k) and not _NOT_YET_SOLD.search(k)
               for k in kinds)


def parse_not_a_sale(kind: object, sales_named: bool) -> bool:
    """Whether a row's transaction type says it is no purchase. In a column that names
    the sales (``names_sales``) every other type is none: a Receipt or Payment (money
    for an old bill, or paid to a supplier), a Purchase, a Credit Note (a sales return),
    a Debit Note, a Journal or Contra entry. Elsewhere (a wallet statement's "Merchant
    Payment") a refund or reversal, and the shop's own money moving (Cash Out, Cash In,
    Settlement, Transfer, Withdrawal, Payout), are none."""
    if kind in (None, ""):
        return False
    text = str(kind)
    if parse_never_bought(text) or _OWN_MONEY.search(text):
        return True
    return sales_named and (not _SALE.search(text) or _NOT_YET_SOLD.search(text) is not None)


#: A transaction type that gives a customer's money back: its own row, beside the sale it
#: returns (Tally's "Credit Note", QuickBooks' "Credit Memo", a "Sales Return", a wallet's
#: "Refund" or "Reversal", "ফেরত", "রিটার্ন"). Not a status ("Refunded", "Returned" on the
#: order's own row).
_REFUND_KIND = re.compile(r"credit.?(?:note|memo)|\bsales?.?returns?\b|\breturn.?inwards?\b|"
                          r"^\s*(?:refunds?|reversal|return)\s*$|"
                          r"\brefund\s+(?:payment|transaction)\b|"
                          r"ফেরত|রিটার্ন", re.IGNORECASE)


def parse_refund_kind(kind: object) -> bool:
    """Whether a transaction type names a refund row of its own: money given back to the
    customer for an earlier sale, which the reader turns into a negative order so that
    ``khatir.rules.history.bought`` undoes the sale it gives back in full. The shop's own
    money (Cash Out, Transfer) and a status on an order's own row are none."""
    if not isinstance(kind, str) or not kind.strip():
        return False
    return bool(_REFUND_KIND.search(kind)) and not _OWN_MONEY.search(kind)


def parse_own_money(kind: object) -> bool:
    """Whether a transaction type moves the shop's own money (Cash Out, Settlement)."""
    return isinstance(kind, str) and bool(_OWN_MONEY.search(kind))


# --------------------------------------------------------------------------
# Numbers


def parse_amount(value: object) -> float:
    """An order's amount of taka, from a number or text like ``৳ 1,200`` or ``1,23,456 টাকা``.

    Both lakh (1,23,456) and thousand (123,456) grouping are read. A negative amount
    (``-1500``) is a refund: it is read as it is (``khatir.rules.history`` lowers the
    total with it, and it is not a purchase day).
    """
    return _taka(value, AMOUNT_FIX)


def parse_total(value: object) -> float:
    """A customer's Total Spent: an amount as ``parse_amount`` reads it, never below zero
    (refunds are already taken off a total; one below zero is a typing mistake)."""
    amount = _taka(value, TOTAL_FIX)
    if amount < 0:
        raise _error(NEGATIVE, TOTAL_FIX, value)
    return amount


def _taka(value: object, fix: Text) -> float:
    number = _number(value, _MONEY_WORDS, AMOUNT_UNREADABLE, fix)
    try:
        amount = float(number)
    except OverflowError:  # an int too large for a float
        amount = math.inf
    if not math.isfinite(amount):
        raise _error(AMOUNT_UNREADABLE, fix, value)
    return amount + 0.0  # turns -0.0 into 0.0


def parse_count(value: object) -> int:
    """A whole number of things (orders, seats), such as ``12``, ``12.0`` or ``১২টি``."""
    number = _number(value, _COUNT_WORDS, COUNT_UNREADABLE, COUNT_FIX)
    if isinstance(number, float) and not number.is_integer():
        raise _error(COUNT_UNREADABLE, COUNT_FIX, value)
    if isinstance(number, Decimal) and number != number.to_integral_value():
        raise _error(COUNT_UNREADABLE, COUNT_FIX, value)
    if number < 0:
        raise _error(NEGATIVE, COUNT_FIX, value)
    return int(number)


def _number(value: object, units: re.Pattern[str], problem: Text, fix: Text) -> int | float | Decimal:
    """The signed number in a cell; text is read exactly (Decimal), units removed."""
    value = unquoted(value)
    _check_filled(value, fix)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _error(problem, fix, value)
    if isinstance(value, float) and not math.isfinite(value):
        raise _error(problem, fix, value)
    if not isinstance(value, str):
        return value
    match = _NUMBER.fullmatch(units.sub(" ", _words(value)).strip())
    if not match:
        raise _error(problem, fix, value)
    number = Decimal(match["number"].replace(",", ""))
    return -number if match["sign"] in ("-", "\u2212") else number


# --------------------------------------------------------------------------
# Choices


def parse_choice(value: object, choices: Mapping[str, str]) -> str:
    """The canonical value for one of several accepted spellings (any case, any language)."""
    described = _describe_choices(choices)
    _check_filled(value, CHOICE_FIX, choices=described)
    canonical = _lookup_choice(value, choices)
    if canonical is None:
        raise _error(CHOICE_UNKNOWN, CHOICE_FIX, value, item=_shown(value), choices=described)
    return canonical


def parse_segment_list(value: object) -> tuple[str, ...]:
    """Customer groups from a list like ``interested, lost`` or ``আগ্রহী / হারানো``.

    Blank (or only separators) means everyone. The result follows the fixed
    order interested, existing, lost, whatever order it was written in, so two
    cells naming the same groups compare equal.
    """
    if is_blank(value):
        return SEGMENT_ORDER
    described = _describe_choices(SEGMENTS)
    _check_filled(value, SEGMENTS_FIX, choices=described)
    found = set()
    for part in _SEGMENT_SEPARATORS.split(clean_text(value)):
        if is_blank(part):
            continue
        canonical = _lookup_choice(part, SEGMENTS)
        if canonical is None:
            raise _error(CHOICE_UNKNOWN, SEGMENTS_FIX, value, item=_shown(part), choices=described)
        found.add(canonical)
    return tuple(segment for segment in SEGMENT_ORDER if segment in found) or SEGMENT_ORDER


def _lookup_choice(value: object, choices: Mapping[str, str]) -> str | None:
    key = match_key(value)
    return next((canonical for word, canonical in choices.items() if match_key(word) == key), None)


def _describe_choices(choices: Mapping[str, str]) -> str:
    """``interested (আগ্রহী), existing (বর্তমান), lost (হারানো)``: each canonical
    value once, with its first Bengali spelling so both kinds of staff recognise it."""
    described: dict[str, str | None] = {}
    for word, canonical in choices.items():
        if canonical not in described:
            described[canonical] = None
        if described[canonical] is None and not word.isascii():
            described[canonical] = word
    return ", ".join(
        f"{canonical} ({bengali})" if bengali else canonical
        for canonical, bengali in described.items()
    )


# --------------------------------------------------------------------------
# Times


def parse_time(value: object) -> str:
    """A meetup time as ``HH:MM`` (24 h) when it is a clock time, else the text as written.

    Times in words (``সন্ধ্যা ৬টা``, ``after Asr``) are kept as cleaned text, because
    the message quotes them and guessing would be worse. A bare number such as
    ``6`` is kept as written too: 6 in the morning or the evening is for a person
    to say. Only a clock time that cannot exist (``25:00``, ``13 PM``) is an error.
    An empty cell gives ``""``.
    """
    if is_blank(value):
        return ""
    _check_filled(value, TIME_FIX)
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _time_from_number(value)
    if not isinstance(value, str):
        raise _error(TIME_UNREADABLE, TIME_FIX, value)
    match = _CLOCK.fullmatch(_words(value))
    if not match or not (match["minute"] or match["half"]):
        return clean_text(value)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:
            raise _error(TIME_UNREADABLE, TIME_FIX, value)
        hour = hour % 12 + (12 if match["half"] == "p" else 0)
    if hour > 23 or minute > 59 or int(match["second"] or 0) > 59:
        raise _error(TIME_UNREADABLE, TIME_FIX, value)
    return f"{hour:02d}:{minute:02d}"


def _time_from_number(number: float) -> str:
    """Sheets sends a time as a fraction of a day (0.75 is 18:00); a date-time
    serial carries it after the point. A whole number such as 6 is an hour
    someone typed, kept as written (see ``parse_time``)."""
    if not math.isfinite(number) or number < 0:
        raise _error(TIME_UNREADABLE, TIME_FIX, number)
    if number >= 1 and float(number).is_integer():
        return clean_text(number)
    minutes = round((number % 1) * 24 * 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
