"""A Google Sheet whose locale reads typed dates month first, in a shop that types them day first.

Google Sheets turns what staff type into a date by the spreadsheet's locale (File › Settings ›
Locale), and a new sheet often has United States. There ``10/11/2026``, typed in Dhaka for
10 November, becomes the date 11 October: a date cell, with no trace of what was typed, which
Khatir can only read as it is. ``28/11/2026`` is no US date and stays text, which Khatir reads
day first. So one column mixes right text dates with wrong date cells, and the notes dated by
the wrong ones are a month off: "On 11 October we heard ..." (an owner's blind trial on a Google
Sheet, stop 39: three of the first day's four messages named the wrong month).

Khatir cannot tell a date cell staff typed ``10/11/2026`` from one typed ``2026-10-11``, so it
reads the cells as they are and says so: when the sheet's locale is month first and a staff
tab's date columns hold a text date only day first can read (the shop's habit, shown by the cells
Google could not turn round), each of its date columns holding a date cell that either order
could have made (day 12 or less) is a row of Problems, with the first such cell. The fix is the
locale; the cells typed before it was changed must be typed again.
"""
from __future__ import annotations

from typing import Iterable

from . import parse
from .date_order import parts
from .records import Problem
from .rows import DATE_COLUMNS
from .schema import STAFF
from .tables import Table
from ..errors import CellError
from ..i18n import Text

#: Regions whose locale writes a short date month first (en_US, es_US, en_PH, ...).
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "PR", "AS", "GU", "MP", "UM", "VI", "FM", "MH", "PW"})

LOCALE_TURNS_DATES = Text(
    en="This Google Sheet's locale ({locale}, File › Settings › Locale) reads a typed date month "
       "first: 10/11/2026 typed for 10 November becomes 11 October. Other dates in this tab are "
       "typed day first ({told}), so this date cell may be turned round: Khatir reads it as {read}.",
    bn="এই গুগল শিটের লোকেল ({locale}, File › Settings › Locale) লেখা তারিখ মাস আগে ধরে পড়ে: ১০ "
       "নভেম্বরের জন্য লেখা 10/11/2026 হয়ে যায় ১১ অক্টোবর। এই ট্যাবের অন্য তারিখ দিন আগে ধরে লেখা "
       "({told}), তাই এই তারিখের ঘরটি উল্টে গিয়ে থাকতে পারে: খাতির এটি পড়ছে {read} হিসেবে।")
LOCALE_FIX = Text(
    en="In the sheet, File › Settings › Locale: choose Bangladesh (or United Kingdom) and save. "
       "Then type again, day first, every date in this column with a day of 12 or less that was "
       "typed before (or type dates as 2026-11-10, which every locale reads the same).",
    bn="শিটে File › Settings › Locale: Bangladesh (বা United Kingdom) বেছে সেভ করুন। তারপর এই কলামে "
       "আগে লেখা যে তারিখগুলোর দিন ১২ বা তার কম, সেগুলো দিন আগে ধরে আবার লিখুন (অথবা তারিখ লিখুন "
       "2026-11-10 এভাবে, যা সব লোকেলে একই পড়া হয়)।")


def month_first_locale(locale: str) -> bool:
    """Whether a Google Sheet's locale ("en_US", "es_US", "en_PH") turns 10/11 into 11 October."""
    region = locale.replace("-", "_").split("_")[-1].upper() if "_" in locale or "-" in locale else ""
    return region in MONTH_FIRST_REGIONS


def turned_dates(tables: Iterable[Table], locale: str, lang: str) -> list[Problem]:
    """One Problem per staff date column a month-first locale may have turned round (above)."""
    from ..messages.filters import long_date

    if not month_first_locale(locale):
        return []
    found: list[Problem] = []
    for table in tables:
        if table.spec.owner != STAFF:
            continue
        keys = [k for k in table.columns if k in DATE_COLUMNS]
        body = table.grid[table.header_row:]
        told = next((v.strip() for k in keys for row in body
                     if table.columns[k] < len(row) and _day_first_only(v := row[table.columns[k]])),
                    "")
        if not told:
            continue
        for key in keys:
            i = table.columns[key]
            for number, row in enumerate(body, start=table.header_row + 1):
                cell = row[i] if i < len(row) else None
                read = _date_cell(cell, table.date1904)
                if read is None or read.day > 12 or read.day == read.month:
                    continue
                found.append(Problem(table.title, number, table.header_of(key), read.isoformat(),
                                     LOCALE_TURNS_DATES(lang, locale=locale, told=told,
                                                        read=long_date(read, lang, year=True)),
                                     LOCALE_FIX(lang)))
                break
    return found


def _day_first_only(value: object) -> bool:
    """A text date only day first can read ("28/11/2026"): Google left it as typed."""
    found = parts(value) if isinstance(value, str) else None
    return found is not None and found[0] > 12 and found[1] <= 12


def _date_cell(value: object, date1904: bool):
    """The date a date cell (a day number, as Google gives it) holds; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return parse.parse_sheet_date(value, date1904)
    except CellError:  # a number that is no date: another Problem says so
        return None
