"""Bengali typed with Bijoy in its classic (ANSI) mode, for the SutonnyMJ font.

Many staff learnt to type Bengali with the Bijoy keyboard before Unicode, and still use its
classic mode: the cell then holds Latin and Windows-1252 characters that look Bengali only
in SutonnyMJ ("†g‡qi R¡i" is মেয়ের জ্বর, "Kvj †dvb w`‡Z n‡e" is কাল ফোন দিতে হবে). Read as
it is, such a note is understood as nothing and a name greets "Hello ‡di‡`Šmx".

``is_bijoy`` is conservative: a false positive turns an English or Banglish cell into
nonsense Bengali, far worse than a miss (a missed cell is read as it was before). A cell is
Bijoy text only when it holds no Bengali letter, is not UTF-8 Bengali read as Windows-1252
("à¦®à§‡"), and holds one of Bijoy's vowel-sign or conjunct marks where Bijoy puts it,
against an ASCII letter (which Bijoy uses for consonants): the e-kar and oi-kar (†, ‡, ˆ,
‰) and স্ (¯) before their consonant, the ba-, ya- and ra-phala (¡, ¨, ª) after one, ক্ষ
(¶) beside one. The marks English, Banglish and numbers use (° in "jor 102°", ©, ®, ½, ·, £,
€, curly quotes, dashes, the ellipsis) are never enough, whatever Bijoy means by them.

``to_unicode`` converts with Khatir's own table and reordering (``bijoy_table``: each glyph
to its letters, then the vowel signs drawn before a consonant cluster put after it and the
reph before it). The reader (``khatir.sheet.rows``) reads such a cell as its Unicode text in
the columns of ``CONVERTED`` and writes a Problems row for it (``BIJOY_CELL``); the cell is never changed.
"""
from __future__ import annotations

import re
import unicodedata

from ..i18n import BENGALI_SCRIPT, Text
from . import bijoy_table

#: (tab key, column key): the staff cells read for meaning (a call's Note, a feedback's
#: text) or printed by a message template (a customer's name, an agent, a meetup's title
#: and venue). Other columns are read as they are typed.
CONVERTED = frozenset({
    ("customers", "name"), ("customers", "agent"),
    ("call_notes", "note"), ("call_notes", "agent"),
    ("feedback", "text"),
    ("meetups", "title"), ("meetups", "venue"),
})

# Bijoy types each consonant with an ASCII letter, and দ and থ with ` and _.
_CONSONANT = "A-Za-z`_"
#: typed before their consonant: e-kar, oi-kar (two keys each), স্
BEFORE = "†‡ˆ‰¯"
#: typed after their consonant: ba-phala, ya-phala, ra-phala
AFTER = "¡¨ª"
#: a consonant of its own: ক্ষ
BESIDE = "¶"
# স্ comes before a conjunct's second half as often as before a letter: ¯^ স্ব, ¯‹ স্ক,
# ¯¿ স্ত্র, ¯’ স্থ (pairs no English text has).
_MARK = re.compile(
    f"[†‡ˆ‰][{_CONSONANT}]|¯[{_CONSONANT}^‹¿’]"
    f"|[{_CONSONANT}][¡¨ª][{_CONSONANT}†‡]"
    f"|[{_CONSONANT}]¶|¶[{_CONSONANT}]")
# UTF-8 Bengali read as Windows-1252: every letter starts "à¦" or "à§".
_MOJIBAKE = re.compile("à[¦§]")
_MARKS = frozenset(BEFORE + AFTER + BESIDE)


class BijoyText(str):
    """A cell's text converted from Bijoy to Unicode Bengali, as the reader's memo keeps
    it: the row reader gives it back as plain text and reports the cell (``BIJOY_CELL``)."""


BIJOY_CELL = Text(
    en="The cell looks typed with Bijoy in its classic (ANSI) mode for the SutonnyMJ font: only "
       "that font shows it as Bengali, other computers and phones show Latin letters. Khatir "
       "reads it as “{value}”.",
    bn="ঘরটি মনে হচ্ছে বিজয়ের ক্লাসিক (ANSI) মোডে SutonnyMJ ফন্টের জন্য লেখা: শুধু ওই ফন্টেই "
       "এটি বাংলা দেখায়, অন্য কম্পিউটার ও ফোনে দেখায় ইংরেজি অক্ষর। খাতির এটি পড়েছে “{value}” হিসেবে।",
)
BIJOY_CELL_FIX = Text(
    en="Type it again in Unicode (Bijoy's Unicode mode, or Avro) so everyone and every phone can "
       "read it; until then Khatir reads it as above.",
    bn="লেখাটি ইউনিকোডে আবার লিখুন (বিজয়ের ইউনিকোড মোড, বা অভ্র), যাতে সবাই ও সব ফোনে পড়া যায়; "
       "ততদিন খাতির এটি ওপরের মতো পড়বে।",
)


def is_bijoy(text: str) -> bool:
    """Whether ``text`` (a cell's clean text) is Bengali typed with Bijoy's classic mode."""
    if text.isascii() or _MARKS.isdisjoint(text):
        return False
    if BENGALI_SCRIPT.search(text) or _MOJIBAKE.search(text):
        return False
    return _MARK.search(text) is not None


def to_unicode(text: str) -> str:
    """Bijoy text as Unicode Bengali (NFC, as Khatir keeps every text)."""
    return unicodedata.normalize("NFC", bijoy_table.to_unicode(text)).strip()


def converted(tab: str, column: str, text: str) -> BijoyText | None:
    """The cell's text in Unicode when ``column`` of staff tab ``tab`` is one Khatir
    converts and the text is Bijoy's; else None (read as it is)."""
    if (tab, column) not in CONVERTED or not is_bijoy(text):
        return None
    return BijoyText(to_unicode(text))
