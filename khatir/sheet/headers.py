"""Headers Khatir does not recognise, read with suspicion.

A renamed optional header used to be ignored without a word: a column staff
titled "Do not call" was never read, and customers who had asked not to be
contacted got win-back messages. Two checks run on every staff tab's unknown
headers:

- one that looks like an opt-out ("No WhatsApp", "কল করবেন না", "Unsubscribed")
  is honoured anyway (a customer whose cell there says yes gets no message) and
  reported with the name to use;
- one spelt close to a known header ("Langauge", "Last Purchse") is reported
  with the name it probably means.
"""
from __future__ import annotations

import difflib
from typing import Callable
import unicodedata

from ..i18n import Text
from .records import Problem
from .schema import TabSpec, header_key

OPT_OUT_READ = Text(
    en="The column '{header}' looks like Do Not Contact but is not a name Khatir knows; "
       "to be safe, customers marked yes there get no messages.",
    bn="'{header}' কলামটি 'যোগাযোগ নয়'-এর মতো দেখায়, কিন্তু খাতির এই নাম চেনে না; "
       "নিরাপদ থাকতে, সেখানে হ্যাঁ লেখা গ্রাহকদের কোনো বার্তা পাঠানো হবে না।")
OPT_OUT_FIX = Text(
    en="Rename the header to '{name}' (or '{alias}') so Khatir reads it for certain.",
    bn="হেডারের নাম বদলে '{alias}' (বা '{name}') লিখুন, যাতে খাতির এটি নিশ্চিতভাবে পড়ে।")
CLOSE_NAME = Text(
    en="The column '{header}' is not read: Khatir does not know this name. Did you mean '{name}'?",
    bn="'{header}' কলামটি পড়া হচ্ছে না: খাতির এই নাম চেনে না। আপনি কি '{name}' বোঝাতে চেয়েছেন?")
CLOSE_NAME_FIX = Text(
    en="Rename the header to '{name}' (or '{alias}') if that is what it holds; "
       "otherwise ignore this line.",
    bn="যদি এতে তাই থাকে, হেডারের নাম বদলে '{alias}' (বা '{name}') লিখুন; না হলে এই সারিটি উপেক্ষা করুন।")

# Words that say "do not", and words that name a way of reaching someone. A header
# with one of each, in the order the language puts them ("No WhatsApp", "ফোন করবেন
# না"), is an opt-out; "Phone No" and "No. of calls" are not.
_NOT_BEFORE = frozenset({"no", "not", "dont", "don't", "never", "stop", "without"})
_NOT_AFTER = frozenset({"না", "নয়", "নিষেধ", "বন্ধ", "মানা"})
_CONTACT_WORDS = ("call", "contact", "message", "msg", "sms", "text", "whatsapp", "phone",
                  "disturb", "marketing", "promo", "কল", "যোগাযোগ", "বার্তা", "মেসেজ", "এসএমএস",
                  "ফোন", "বিরক্ত", "হোয়াটসঅ্যাপ")
_ALWAYS = ("dnc", "optout", "optedout", "unsubscrib", "blocked", "blacklist", "donotcontact",
           "donotcall", "nocontact", "ব্লক")
CLOSE_CUTOFF = 0.8


def _words(header: object) -> str:
    text = unicodedata.normalize("NFC", str(header or "")).casefold()
    text = text.replace("’", "'").replace("\u200c", "").replace("\u200d", "")
    return "".join(ch if ch == "'" or unicodedata.category(ch)[0] in "LMN" else " "
                   for ch in text).strip()


def looks_like_opt_out(header: object) -> bool:
    """True for a header that reads as "do not contact this customer"."""
    key = header_key(header)
    if any(w in key for w in _ALWAYS):
        return True
    tokens = _words(header).split()
    contact = [i for i, t in enumerate(tokens) if t.startswith(_CONTACT_WORDS)]
    if not contact:
        return False
    before = [i for i, t in enumerate(tokens) if t in _NOT_BEFORE
              and tokens[i + 1:i + 2] != ["of"]]  # "no of calls": a count
    after = [i for i, t in enumerate(tokens) if t in _NOT_AFTER]
    return any(i < contact[-1] for i in before) or any(i > contact[0] for i in after)


def close_name(spec: TabSpec, header: object) -> str | None:
    """The known header (its main name) that ``header`` is probably a misspelling of."""
    key = header_key(header)
    if len(key) < 3:
        return None
    names = {header_key(n): col.header for col in spec.columns for n in col.names()}
    match = difflib.get_close_matches(key, list(names), n=1, cutoff=CLOSE_CUTOFF)
    return names[match[0]] if match else None


def unknown_headers(header: list[str], columns: dict[str, int]) -> dict[int, str]:
    """The 0-based index and text of every non-empty header that is not a known column."""
    used = set(columns.values())
    return {i: h for i, h in enumerate(header) if h and i not in used}


def opt_out_columns(spec: TabSpec, header: list[str], columns: dict[str, int]) -> list[int]:
    """Unknown columns of Customers that look like an opt-out."""
    if spec.key != "customers":
        return []
    return [i for i, h in unknown_headers(header, columns).items() if looks_like_opt_out(h)]


def header_problems(spec: TabSpec, title: str, header_row: int, header: list[str],
                    columns: dict[str, int], lang: str,
                    column_letter: Callable[[int], str]) -> list[Problem]:
    """Problems for the unknown headers of a staff tab that look like known ones
    (``column_letter``: ``tables.column_letter``, 1 -> A)."""
    out = []
    opt_outs = set(opt_out_columns(spec, header, columns))
    for index, text in unknown_headers(header, columns).items():
        if index in opt_outs:
            col = spec.column("do_not_contact")
            out.append(Problem(title, header_row, column_letter(index + 1), text,
                               OPT_OUT_READ(lang, header=text),
                               OPT_OUT_FIX(lang, name=col.header, alias=col.aliases[0])))
            continue
        name = close_name(spec, text)
        if name is None:
            continue
        col = next(c for c in spec.columns if c.header == name)
        if col.key in columns:
            continue  # the real column is there too: this one is the staff's own
        out.append(Problem(title, header_row, column_letter(index + 1), text,
                           CLOSE_NAME(lang, header=text, name=name),
                           CLOSE_NAME_FIX(lang, name=name, alias=(col.aliases or (name,))[0])))
    return out
