"""Bilingual text: everything a person reads exists in Bengali and English.

Each module keeps its own ``Text`` constants next to the code that uses them,
so a new rule brings its own words without touching a central catalogue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale
from babel.numbers import parse_pattern

LANGUAGES = ("bn", "en")
#: A letter of the Bengali script: a header, a note or a word written in Bengali has one.
BENGALI_SCRIPT = re.compile("[\u0980-\u09ff]")


@dataclass(frozen=True)
class Text:
    """One sentence in both languages, with ``str.format`` placeholders."""

    en: str
    bn: str

    def __call__(self, lang: str, **params: object) -> str:
        template = self.bn if lang == "bn" else self.en
        return template.format(**params) if params else template


@dataclass(frozen=True)
class Counted:
    """A sentence about ``{count}`` things: English has its own words for exactly one
    ("1 row was", "2 rows were"); Bengali has one form for every count (১টি সারি, ২টি সারি),
    except where a pronoun follows it (সেটি for one, সেগুলো for more): ``bn_one``.

    The count is given as a number and written in the language's digits (a caller that
    writes it otherwise, with thousands grouped, passes its own text as a parameter)."""

    one: str  # English, for a count of 1
    en: str
    bn: str
    bn_one: str = ""  # Bengali, for a count of 1, when it differs

    def __call__(self, lang: str, count: int, **params: object) -> str:
        if lang == "bn":
            template = self.bn_one if count == 1 and self.bn_one else self.bn
        else:
            template = self.one if count == 1 else self.en
        return template.format(**{"count": localise_digits(count, lang), **params})


#: "30 days", "1 day" (৩০ দিন): a span put into a sentence.
DAYS = Counted(one="1 day", en="{count} days", bn="{count} দিন")

_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
ASCII_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")  # for str.translate


def bn_digits(value: object) -> str:
    """Write the ASCII digits of ``value`` as Bengali digits."""
    return str(value).translate(_BN_DIGITS)


def localise_digits(value: object, lang: str) -> str:
    return bn_digits(value) if lang == "bn" else str(value)


def thousands(value: int, lang: str) -> str:
    """A whole number with thousands commas, in the owner's digits and grouping: ১২,৩৪৫ /
    12,345, and past a lakh as Bengali readers group it, ২,৪৫,৯০৩ (245,903 in English), as
    Taka amounts are (``messages.filters.taka``, the same Babel pattern)."""
    if lang != "bn":
        return f"{value:,}"
    return bn_digits(LAKHS.apply(value, LAKHS_LOCALE))


# Babel's lakh grouping (12,34,567), with the pattern parsed once: parsing it for every
# number cost 0.2 ms, and a run formats a different total for every lost customer.
LAKHS_LOCALE = Locale.parse("en_IN")
LAKHS = parse_pattern("#,##,##0")
