"""The formatting filters templates use ({{ day | long_date }}, {{ amount | taka }}, ...),
as plain functions the rest of Khatir calls too: dates, money, times and names in the
customer's language, and WhatsApp links."""
from __future__ import annotations

import functools
import re
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from urllib.parse import quote

from babel.dates import format_date
from babel.numbers import parse_pattern

from khatir.i18n import ASCII_DIGITS, LAKHS, LAKHS_LOCALE, bn_digits, localise_digits


_BABEL_LOCALE = {"bn": "bn_BD", "en": "en_GB"}


def _locale(lang: str) -> str:
    return _BABEL_LOCALE.get(lang, "en_GB")


def digits(value: object, lang: str) -> str:
    """``value`` as text, with Bengali digits when ``lang == "bn"`` (None -> "")."""
    if value is None:
        return ""
    return localise_digits(str(value), lang)


def long_date(d: date | None, lang: str, year: bool = False) -> str:
    """"২২ নভেম্বর" / "22 November"; with ``year=True`` "২২ নভেম্বর ২০২৬" / "22 November 2026"."""
    if d is None:
        return ""
    if not isinstance(d, date):
        raise TypeError(f"long_date needs a date, not {d!r}")
    return _long_date(d, lang, year)


@functools.lru_cache(maxsize=4096)
def _long_date(d: date, lang: str, year: bool) -> str:
    """Babel takes ~0.1 ms a date; a run writes the same few hundred dates thousands of times."""
    # An explicit pattern: Babel's "long" format adds a comma in Bengali, and
    # its Bengali output uses ASCII digits, which we convert ourselves.
    text = format_date(d, "d MMMM y" if year else "d MMMM", locale=_locale(lang))
    return localise_digits(text, lang)


def weekday(d: date | None, lang: str) -> str:
    """"রবিবার" / "Sunday"."""
    if d is None:
        return ""
    if not isinstance(d, date):
        raise TypeError(f"weekday needs a date, not {d!r}")
    return format_date(d, "EEEE", locale=_locale(lang))


_CENT = Decimal("0.01")


def taka(amount: float | int | Decimal | None, lang: str) -> str:
    """"৳ ১,২৩,৪৫৬" / "৳ 1,23,456": lakh grouping, decimals only when not whole."""
    if amount is None:
        return ""
    if isinstance(amount, bool):
        raise TypeError(f"taka needs an amount, not {amount!r}")
    return _taka(amount, lang)


@functools.lru_cache(maxsize=4096)
def _taka(amount: float | int | Decimal, lang: str) -> str:
    try:
        value = Decimal(str(amount)).quantize(_CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError) as exc:
        raise TypeError(f"taka needs an amount, not {amount!r}") from exc
    pattern = LAKHS if value == value.to_integral_value() else _TAKA_AND_PAISA
    return "৳ " + localise_digits(pattern.apply(value, LAKHS_LOCALE), lang)


# Babel's lakh grouping (12,34,567), the patterns parsed once (``i18n.LAKHS``).
_TAKA_AND_PAISA = parse_pattern("#,##,##0.00")


# Honorifics and prefixes that are not what anyone is called by.  Compared
# case-insensitively, with any trailing "." or ":" removed (so "Md", "Md." and
# "MD" are one entry; "মো:" is a common way to type "মোঃ").
_PREFIXES = frozenset(
    {
        "md", "mohd", "mohammad", "mohammed", "muhammad", "muhammed", "mohamed",
        "mst", "mrs", "mr", "ms", "dr",
        "মোঃ", "মো", "মোহাম্মদ", "মোহাম্মাদ", "মুহাম্মদ", "মুহাম্মাদ",
        "মোসাঃ", "মোছাঃ", "মোসাম্মৎ", "মোছাম্মৎ",
        "জনাব", "বেগম", "ডাঃ", "ডা",
    }
)
# "Md.Rahim" / "মোঃকরিম": a prefix glued to the name.
_GLUED = re.compile(r"^(md|mohd|mst|mrs|mr|ms|dr)\.(?=\w)|^(মোঃ|মো\.|মোসাঃ|মোছাঃ|ডাঃ)(?=\w)", re.I)


def _bare(word: str) -> str:
    return word.rstrip(".:").casefold()


# Words that make a Name a shop's or a firm's, not a person's: its first word is nobody's name
# ("মা ফেব্রিক্স (দিলরুবা)" was greeted "প্রিয় মা,", "Dear Mother", and "Green Boutique (Salma)"
# "Dear Green", in the sixth story trial). Compared as ``_bare`` words. The trades a shop's
# resellers and corporate buyers are named by (fruits, foods, builders, pharma, a group, ...) are
# firms too: a mango shop's blind trial (trial 10) greeted "Bhai Bhai Fruits" "প্রিয় Bhai,"
# ("Dear Brother") and "Delta Builders" "Hello Delta,".
_BUSINESS_WORDS = frozenset(
    {
        "fruit", "fruits", "food", "foods", "builders", "construction", "constructions", "group",
        "agro", "electronics", "industries", "pharma", "pharmacy", "pharmaceuticals", "textile",
        "textiles", "mills", "suppliers", "supply", "distributors", "distribution", "hotel",
        "restaurant", "bakery", "sweets", "basket", "farms",
        "ফ্রুটস", "ফ্রুট", "ফুডস", "বিল্ডার্স", "কনস্ট্রাকশন", "গ্রুপ", "এগ্রো", "ইলেকট্রনিক্স",
        "ইন্ডাস্ট্রিজ", "ফার্মা", "ফার্মেসি", "ফার্মাসিউটিক্যালস", "টেক্সটাইল", "টেক্সটাইলস", "মিলস",
        "সাপ্লায়ার্স", "হোটেল", "রেস্টুরেন্ট", "বেকারি", "মিষ্টান্ন", "সুইটস",
        "fabric", "fabrics", "boutique", "boutiques", "cosmetic", "cosmetics", "store", "stores",
        "shop", "traders", "trading", "enterprise", "enterprises", "fashion", "fashions", "house",
        "mart", "centre", "center", "garments", "ltd", "limited", "collection", "collections",
        "tailors", "telecom", "jewellers", "jewelers", "emporium", "bazar", "bazaar", "agency",
        "corporation", "company", "co",
        "ফেব্রিক্স", "ফেব্রিকস", "ফ্যাব্রিক্স", "বুটিক", "বুটিকস", "কসমেটিক্স", "কসমেটিকস",
        "স্টোর", "স্টোরস", "শপ", "ট্রেডার্স", "ট্রেডিং", "এন্টারপ্রাইজ", "এন্টারপ্রাইজেস",
        "ফ্যাশন", "ফ্যাশনস", "হাউস", "মার্ট", "সেন্টার", "গার্মেন্টস", "লিমিটেড", "লিঃ",
        "কালেকশন", "টেইলার্স", "টেলিকম", "জুয়েলার্স", "বস্ত্রালয়", "বিতান", "ভান্ডার", "এজেন্সি",
        "দোকান",
    }
)
# Words staff write in brackets after a firm's name to say what the entry is, not whom to greet:
# "সিলেট টেলিকম (দোকান)" was greeted "প্রিয় দোকান," ("Dear Shop") in an owner's blind trial
# (stop 38). With only such words in the brackets the firm's whole name is the greeting.
_NOT_A_PERSON = frozenset(
    {
        "office", "home", "branch", "showroom", "owner", "manager", "wholesale", "retail", "dealer",
        "অফিস", "বাসা", "শাখা", "শোরুম", "মালিক", "ম্যানেজার", "পাইকারি", "খুচরা", "ডিলার",
    }
)
# "Maa Fabrics (Dilruba)": the person to write to, in brackets after the firm's name.
_CONTACT = re.compile(r"^(?P<firm>[^()]*?)\s*[(\[](?P<person>[^()\[\]]+)[)\]]\s*$")


def _is_firm(words: list[str]) -> bool:
    return any(_bare(w) in _BUSINESS_WORDS for w in words)


def _names_nobody(word: str) -> bool:
    """A word with no letter in it ("540", "#12", "২"): a branch or account number, nobody's name.

    An electronics chain's blind trial (trial 14) wrote its corporate buyers as "Karnaphuli Foods
    (540)" and greeted them "Hello 540," in forty invitations and two follow-ups."""
    return not any(ch.isalpha() for ch in word)


def _is_label(words: list[str]) -> bool:
    """Brackets that say what an entry is ("দোকান", "office", "শোরুম", "540", "Branch 2"),
    naming nobody."""
    return bool(words) and all(
        _bare(w) in _BUSINESS_WORDS | _NOT_A_PERSON or _names_nobody(w) for w in words)


def first_name(name: object) -> str:
    """The name a person is called by: "Md. Rahim Uddin" -> "Rahim", "মোঃ করিম" -> "করিম".

    Prefixes are skipped only while another word follows, so a name that is
    nothing but "Mohammad" stays "Mohammad". A shop's or firm's name ("সোনালী কসমেটিক্স",
    "Maa Fabrics") is no person's: it is kept whole, or, with a person in brackets after it
    ("মা ফেব্রিক্স (দিলরুবা)"), that person is the one greeted.
    """
    if name is None:
        return ""
    text = " ".join(str(name).split())
    contact = _CONTACT.match(text)
    firm = contact.group("firm") if contact else text
    if _is_firm(firm.split()):
        person = contact.group("person") if contact else ""
        if person.split() and not _is_firm(person.split()) and not _is_label(person.split()):
            return first_name(person)
        return firm
    words = text.split()
    if words:
        glued = _GLUED.match(words[0])
        if glued:
            words[0:1] = [glued.group(0), words[0][glued.end():]]
    while len(words) > 1 and (_bare(words[0]) in _PREFIXES or words[0] in _PREFIXES):
        words.pop(0)
    return words[0] if words else ""


_HHMM = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*$")


def _bn_period(hour: int) -> str:
    if 4 <= hour < 6:
        return "ভোর"
    if 6 <= hour < 12:
        return "সকাল"
    if 12 <= hour < 15:
        return "দুপুর"
    if 15 <= hour < 18:
        return "বিকেল"
    if 18 <= hour < 20:
        return "সন্ধ্যা"
    return "রাত"


def _bn_clock(h12: int, minute: int) -> str:
    """The hour as people say it: ৬টা, সাড়ে ৬টা, সোয়া ৬টা, পৌনে ৭টা; half past one and two are
    দেড়টা and আড়াইটা (never "সাড়ে ১টা"); other minutes are counted: ৬টা ১০ মিনিট."""
    if minute == 30:
        return {1: "দেড়টা", 2: "আড়াইটা"}.get(h12, f"সাড়ে {h12}টা")
    if minute == 15:
        return f"সোয়া {h12}টা"
    if minute == 45:
        return f"পৌনে {h12 % 12 + 1}টা"
    return f"{h12}টা {minute} মিনিট" if minute else f"{h12}টা"


def time12(hhmm: object, lang: str) -> str:
    """"18:00" -> "6:00 PM" / "সন্ধ্যা ৬টা" ("18:30" -> "সন্ধ্যা সাড়ে ৬টা").

    Anything that is not a 24-hour HH:MM time (e.g. "after Asr") is returned
    unchanged; None gives "".
    """
    if hhmm is None:
        return ""
    if isinstance(hhmm, (time, datetime)):
        hour, minute = hhmm.hour, hhmm.minute
    else:
        text = str(hhmm)
        match = _HHMM.match(text.translate(ASCII_DIGITS))
        if not match:
            return text
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 23 or minute > 59:
            return text
    h12 = hour % 12 or 12
    if lang == "bn":
        return bn_digits(f"{_bn_period(hour)} {_bn_clock(h12, minute)}")
    return f"{h12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def whatsapp_link(phone_e164: str | None, text: str) -> str:
    """``https://wa.me/<digits>?text=<text>``, or "" when there is no phone."""
    if not phone_e164:
        return ""
    number = re.sub(r"\D", "", phone_e164)
    if not number:
        return ""
    return f"https://wa.me/{number}?text={quote(text, safe='')}"


FILTERS = {
    "bn_digits": bn_digits,
    "digits": digits,
    "long_date": long_date,
    "weekday": weekday,
    "taka": taka,
    "first_name": first_name,
    "time12": time12,
}
