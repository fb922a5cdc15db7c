"""Khatir's own reading of Bijoy's classic (ANSI) text for the SutonnyMJ font as Unicode.

SutonnyMJ draws Bengali over the Latin and Windows-1252 code points: each letter, vowel sign,
conjunct glyph and phala mark has its own code, and the text is kept in the order the glyphs
are drawn, not the order Unicode spells them. Reading it is two steps:

1. every glyph (the longest that matches: ``Av`` is আ, ``¯Í`` is স্ত) becomes its Unicode
   letters (``GLYPHS``);
2. the order is put right: a vowel sign drawn before its consonant cluster (ি ে ৈ, and the
   ে of ো and ৌ) goes after the whole cluster (the consonant with its hasanta-joined
   consonants, conjunct glyph and phalas: ``w¯Í`` স্তি, ``‡¶`` ক্ষে, ``†ÿ¨`` ক্ষ্যে), and
   the reph (``©``, drawn after its cluster and its vowel signs) goes before the cluster
   (``Kg©x`` কর্মী). ো and ৌ come out of NFC (ে + া, ে + ৗ).

A glyph the table does not know is kept as typed. Bijoy's explicit hasanta (``&``) is read
as a plain ্ (no zero-width non-joiner), so ``K&Z`` is the word ক্ত as Khatir's readers
match it. The Windows-1252 punctuation (curly quotes, dashes, bullet, ™) is kept as itself:
in a cell it is far more often punctuation than one of the rarer SutonnyMJ glyph variants.

The table is written for Khatir from the SutonnyMJ layout; it follows no other converter.
"""
from __future__ import annotations

import re
import unicodedata

#: glyph -> Unicode. Letters are the consonants and independent vowels; the marks after
#: ``v`` are vowel signs (``w``, ``†``/``‡``, ``ˆ``/``‰`` drawn before their consonant).
GLYPHS: dict[str, str] = {
    # independent vowels
    "Av": "আ", "A": "অ", "B": "ই", "C": "ঈ", "D": "উ", "E": "ঊ", "F": "ঋ", "G": "এ",
    "H": "ঐ", "I": "ও", "J": "ঔ",
    # consonants
    "K": "ক", "L": "খ", "M": "গ", "N": "ঘ", "O": "ঙ", "P": "চ", "Q": "ছ", "R": "জ",
    "S": "ঝ", "T": "ঞ", "U": "ট", "V": "ঠ", "W": "ড", "X": "ঢ", "Y": "ণ", "Z": "ত",
    "_": "থ", "`": "দ", "a": "ধ", "b": "ন", "c": "প", "d": "ফ", "e": "ব", "f": "ভ",
    "g": "ম", "h": "য", "i": "র", "j": "ল", "k": "শ", "l": "ষ", "m": "স", "n": "হ",
    "o": "ড়", "p": "ঢ়", "q": "য়", "r": "ৎ",
    # signs
    "s": "ং", "t": "ঃ", "u": "ঁ", "&": "্",
    "v": "া", "w": "ি", "x": "ী", "y": "ু", "z": "ু", "~": "ূ", "‚": "ূ", "„": "ৃ",
    "…": "ৃ", "†": "ে", "‡": "ে", "ˆ": "ৈ", "‰": "ৈ", "Š": "ৗ",
    "æ": "ু", "ƒ": "ূ",  # under র: রু, রূ
    # phalas and halves of conjuncts
    "©": "\ue000",  # reph, moved before its cluster
    "ª": "্র", "«": "্র", "Ö": "্র", "¨": "্য", "¡": "্ব", "¢": "্ভ", "¦": "্ব",
    "¥": "্ম", "¬": "্ল", "\xad": "্ল", "œ": "্ন", "è": "্ন",
    # first halves (স্ ন্ ম্ চ্ ষ্) and the lower letters drawn under them: ¯Í স্ত,
    # ¯’ স্থ, ¯‹ স্ক, ¯^ স্ব, ¤§ ম্ম, ¯ú স্প, ¯¿ স্ত্র, šÍ ন্ত
    "¯": "স্", "š": "ন্", "¤": "ম্", "”": "চ্", "®": "ষ্",
    "Í": "্ত", "’": "্থ", "‹": "্ক", "^": "্ব", "§": "্ম", "ú": "্প", "¿": "্ত্র",
    # conjunct glyphs
    "°": "ক্ক", "±": "ক্ট", "³": "ক্ত", "´": "ক্ম", "µ": "ক্র", "¶": "ক্ষ", "ÿ": "ক্ষ",
    "·": "ক্স", "¸": "গু", "¹": "জ্ঞ", "º": "গ্দ", "»": "গ্ধ", "Á": "জ্ঞ", "¼": "ঙ্ক",
    "½": "ঙ্গ", "¾": "জ্জ", "Î": "ত্র", "À": "জ্ঝ", "Â": "ঞ্চ", "Ã": "ঞ্ছ", "Ä": "ঞ্জ",
    "Å": "ঞ্ঝ", "Æ": "ট্ট", "Ç": "ড্ড", "È": "ণ্ট", "É": "ণ্ঠ", "Ê": "ণ্ড", "Ë": "ত্ত",
    "Ì": "ত্থ", "Ï": "দ্দ", "×": "দ্ধ", "Ø": "দ্ব", "Ù": "দ্ম", "Ú": "ন্ঠ", "Û": "ন্ড",
    "Ü": "ন্ধ", "Ý": "ন্স", "Þ": "প্ট", "ß": "প্ত", "à": "প্প", "á": "প্স", "â": "ব্জ",
    "ã": "ব্দ", "ä": "ব্ধ", "å": "ভ্র", "ç": "ম্ফ", "é": "ল্ক", "ê": "ল্গ", "ë": "ল্ট",
    "ì": "ল্ড", "í": "ল্প", "î": "ল্ফ", "ï": "শু", "ð": "শ্চ", "ñ": "শ্ছ", "ò": "ষ্ণ",
    "ó": "ষ্ট", "ô": "ষ্ঠ", "õ": "ষ্ফ", "ö": "স্খ", "÷": "স্ট", "ø": "স্ন", "ù": "স্ফ",
    "û": "হু", "ü": "হৃ", "ý": "হ্ন", "þ": "হ্ম",
    # punctuation and digits
    "|": "।", "Ô": "‘", "Õ": "’", "Ò": "“", "Ó": "”",
    **{str(d): chr(0x09E6 + d) for d in range(10)},
}

_REPH = "\ue000"
_GLYPH = re.compile("|".join(re.escape(g) for g in sorted(GLYPHS, key=len, reverse=True)))
# a consonant (with its nukta, as NFD spells ড় ঢ় য়) and the consonants joined to it by
# hasanta: a conjunct glyph and its phalas read as such letters
_C = "[\u0995-\u09b9\u09ce\u09dc-\u09df]\u09bc?"
_CLUSTER = f"{_C}(?:\u09cd{_C})*"
_SIGNS = "[\u09be-\u09cc\u09d7]"
_BEFORE = re.compile(f"([\u09bf\u09c7\u09c8])({_CLUSTER})")
_CANDRABINDU = re.compile(f"\u0981({_SIGNS}+)")
_REPH_AFTER = re.compile(f"({_CLUSTER})({_SIGNS}*\u0981?){_REPH}")


def to_unicode(text: str) -> str:
    """``text`` typed with Bijoy's classic mode for SutonnyMJ, in Unicode (NFC). Characters
    SutonnyMJ draws as themselves (spaces, most ASCII punctuation, emoji) are kept."""
    out = _GLYPH.sub(lambda m: GLYPHS[m.group()], text)
    out = out.replace("\u09cd\u09cd", "\u09cd")  # a half letter and a lower one or a phala
    out = _BEFORE.sub(r"\2\1", out)
    out = _CANDRABINDU.sub("\\1\u0981", out)
    out = _REPH_AFTER.sub(f"\u09b0\u09cd\\1\\2", out)
    out = out.replace(_REPH, "\u09b0\u09cd")  # a reph with no letter before it
    return unicodedata.normalize("NFC", out)
