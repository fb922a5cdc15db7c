"""Dates that head a note's lines: when a call was noted, not a day to call on.

Staff often start a note with the day they write it ("5/9: মেয়ের জ্বর, পরশু ফোন দিবো", "12 Nov -
no answer"), and some keep a cell as a log of calls, a line each ("2/11: no answer⏎5/11: wife
sick, call next week"). Read as part of the note, such a date was a day to call on: the call's
own date, being past, a year ahead (stop 31: the call's date written first turned 487 of 4,000
development notes' readings). A heading date on or before the call's date is set aside; one after
it ("25/12 - ফোন দিবো", written on 20 December) is a day the note names, and stays.
"""
from __future__ import annotations

import re
from datetime import date

from ..i18n import ASCII_DIGITS

_D = "[0-9\u09e6-\u09ef]"
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_BN_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
              "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
_MONTH = "(?:" + "|".join(_EN_MONTHS) + r")[a-z]*\.?|" + "|".join(_BN_MONTHS)
_ORDINAL = "(?:st|nd|rd|th)?"
_DATE = (f"(?:(?P<iy>{_D}{{4}})-(?P<im>{_D}{{1,2}})-(?P<id>{_D}{{1,2}})"
         f"|(?P<d>{_D}{{1,2}})[/.-](?P<m>{_D}{{1,2}})(?:[/.-](?P<y>{_D}{{2,4}}))?"
         rf"|(?P<d2>{_D}{{1,2}}){_ORDINAL}\s*(?P<mon>{_MONTH})(?:,?\s*(?P<y2>{_D}{{4}}))?"
         rf"|(?P<mon2>{_MONTH})\s*(?P<d3>{_D}{{1,2}}){_ORDINAL}(?:,?\s*(?P<y3>{_D}{{4}}))?)")
_TIME = rf"(?:,?\s*{_D}{{1,2}}[:.]{_D}{{2}}\s*(?:am|pm|a\.m\.|p\.m\.)?)?"
_STAMP = re.compile(rf"(?im)^[ \t]*{_DATE}{_TIME}[ \t]*(?:[:)\-\u2013\u2014]+[ \t]*|$)")
#: A heading day and month this far after the call's date is last year's ("28/12:" on 2 January).
_LAST_YEAR = 200


def without_stamps(text: str, called: date) -> str:
    """The note without the dates heading its lines that are not after ``called``."""
    if not text or _STAMP.search(text) is None:
        return text
    return _STAMP.sub(lambda m: "" if _noted(m, called) else m.group(0), text)


def _noted(m: re.Match[str], called: date) -> bool:
    """Whether the heading date is on or before ``called`` (or cannot be a date at all)."""
    g = {k: v.translate(ASCII_DIGITS) for k, v in m.groupdict().items() if v}
    name = (g.get("mon") or g.get("mon2") or "").lower().rstrip(".")
    month = int(g.get("im") or g.get("m") or 0) or next(
        (i for i, words in enumerate(zip(_EN_MONTHS, _BN_MONTHS), 1)
         if name.startswith(words[0]) or name == words[1]), 0)
    day = int(g.get("id") or g.get("d") or g.get("d2") or g.get("d3") or 0)
    year_text = g.get("iy") or g.get("y") or g.get("y2") or g.get("y3")
    year = int(year_text) if year_text else called.year
    year += 2000 if year < 100 else 0
    try:
        noted = date(year, month, day)
    except ValueError:
        return False  # "13/25:" is no date: leave it as written
    return noted <= called or not year_text and (noted - called).days > _LAST_YEAR
