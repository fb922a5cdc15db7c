"""Fold the many ways staff spell one word into one form, before anything reads a note.

Staff write the same word in Bengali script, in Latin letters ("Banglish") and in
English, with typos and regional spellings: জ্বর, jor, jwor, jour; অসুস্থ, osustho,
oshusto. Rather than list every spelling, every note is written out phonetically
in plain Latin letters and the differences that do not change the word are folded
away (sh/s, ch/chh/s, th/t, kh/k, w after a consonant, double letters, a final
"o"). Bengali and Banglish spellings of a word then meet in one form: জ্বর → "jor",
jwor → "jor"; অসুস্থ → "osust", oshustho → "osust". Rules and the n-gram model both
read only this folded form, so one lexicon entry covers both scripts.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_JOINERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

_VOWELS = {"অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e",
           "ঐ": "oi", "ও": "o", "ঔ": "ou"}
_SIGNS = {"া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi",
          "ো": "o", "ৌ": "ou"}
_CONSONANTS = {
    "ক": "k", "খ": "k", "গ": "g", "ঘ": "g", "ঙ": "ng", "চ": "c", "ছ": "c", "জ": "j", "ঝ": "j",
    "ঞ": "n", "ট": "t", "ঠ": "t", "ড": "d", "ঢ": "d", "ণ": "n", "ত": "t", "থ": "t", "দ": "d",
    "ধ": "d", "ন": "n", "প": "p", "ফ": "f", "ব": "b", "ভ": "b", "ম": "m", "য": "j", "র": "r",
    "ল": "l", "শ": "s", "ষ": "s", "স": "s", "হ": "h", "\u09dc": "r", "\u09dd": "r", "\u09df": "y",
}
_OTHER = {"ৎ": "t", "ং": "ng", "ঃ": "", "ঁ": "", "্": "", "।": " . ", "৳": " tk "}
_HASANTA = "্"

# Emoji staff use in notes, as the word they stand for.
_EMOJI = {
    "🤒": " sick ", "🤕": " injured ", "🏥": " hospital ", "😷": " sick ", "💊": " medicine ",
    "🎉": " congrats ", "🎊": " congrats ", "🎂": " birthday ", "💍": " wedding ", "👶": " baby ",
    "🍼": " baby ", "😔": " sad ", "😢": " sad ", "😭": " sad ", "😡": " angry ", "😠": " angry ",
    "🙏": " ", "📵": " switched off ", "📴": " switched off ", "🚗": " car ", "🚙": " car ",
    "🛵": " bike ", "🏍": " bike ", "❤️": " ", "👍": " ok ", "✅": " ok ", "🕌": " mosque ",
}

# Shorthand staff type, expanded before folding (matched as whole words, lower case).
_ABBREVIATIONS = {
    "cl": "call", "cll": "call", "bk": "back", "ltr": "later", "l8r": "later", "sw": "switched",
    "swtch": "switched", "swtchd": "switched", "pls": "please", "plz": "please", "msg": "message",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "2moro": "tomorrow",
    "2mrw": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow",
    "cust": "customer", "cx": "customer", "ordr": "order", "dlvry": "delivery", "dlv": "delivery",
    "hosp": "hospital", "hsptl": "hospital", "nxt": "next", "wk": "week", "wks": "weeks",
    "bday": "birthday", "b'day": "birthday", "hbd": "birthday", "congrats": "congratulations",
    "ans": "answer", "rcv": "receive", "recv": "receive", "n/a": "not answered", "na": "na",
    "dr": "doctor", "dr.": "doctor", "thx": "thanks",
    "pic": "picture", "w/": "with", "abt": "about", "bcz": "because", "coz": "because",
    "frm": "from", "hv": "have", "dnt": "don't", "cant": "can't", "didnt": "didn't",
    "phn": "phone", "fn": "phone",
    # English "car" would fold to "sar" (সার, fertiliser; শাড়ি): write it as গাড়ি is.
    "car": "gari", "cars": "gari", "car's": "garir",
    "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "wont": "won't",
    "sat.": "saturday", "mon.": "monday", "tues": "tuesday", "thurs": "thursday",
}

# Each with the letters it needs: a pass is skipped on a text without them (same result).
_LATIN_FOLDS = [
    (re.compile(r"n't\b"), " not", ("n't",)),
    (re.compile(r"[’'`]"), "", ("’", "'", "`")),
    (re.compile(r"chh|ch"), "c", ("ch",)),
    (re.compile(r"sh"), "s", ("sh",)),
    (re.compile(r"ph"), "f", ("ph",)),
    (re.compile(r"([kgtdpbj])h"), r"\1", ("h",)),
    (re.compile(r"z"), "j", ("z",)),
    (re.compile(r"v"), "b", ("v",)),
    (re.compile(r"(?<=[kgcjtdpbmnlsrf])w"), "", ("w",)),
    (re.compile(r"ee"), "i", ("ee",)),
    (re.compile(r"oo"), "u", ("oo",)),
    # doubled letters are one, but not mm, bb: আম্মার, আব্বার (mother's, father's) are not
    # আমার, আবার (my, again)
    (re.compile(r"([ac-ln-z])\1+"), r"\1", ()),
    (re.compile(r"(?<=[a-z])o"), "", ("o",)),  # Bengali's inherent vowel: written or not, o or a
    (re.compile(r"c"), "s", ("c",)),  # চ/ছ and ch are written s in half the country: hoise, gese
]
_DIGIT = re.compile(r"\d")
_ORDINAL = re.compile(r"(\d) ?(st|nd|rd|th)\b")
_DIGIT_LETTER = re.compile(r"(\d)([a-z])")
_LETTER_DIGIT = re.compile(r"([a-z])(\d)")
_HIGH = re.compile("[\u2000-\U0010ffff]")
_BENGALI = re.compile("[\u0980-\u09ff]")
_TOKEN = re.compile(r"[a-z0-9]+|[.,;!?|/]")
_SPACE = re.compile(r"\s+")


def _bengali_to_latin(text: str) -> str:
    """Write Bengali script in Latin letters, as a Banglish writer would."""
    out: list[str] = []
    chars = list(text)
    n = len(chars)
    i = 0
    while i < n:
        ch = chars[i]
        if ch in _CONSONANTS:
            prev_hasanta = i > 0 and chars[i - 1] == _HASANTA and chars[i - 2:i - 1] and chars[i - 2] in _CONSONANTS
            if prev_hasanta and ch == "য":
                out.append("e")  # য-ফলা: ব্যস্ত → "best"
            elif prev_hasanta and ch == "ব" and chars[i - 2] not in "বম":
                pass  # ব-ফলা is silent: জ্বর → "jor", স্বামী → "sami" (but আব্বা → "abba")
            else:
                out.append(_CONSONANTS[ch])
        elif ch in _SIGNS:
            out.append(_SIGNS[ch])
        elif ch in _VOWELS:
            # a vowel letter after a consonant is its own syllable: বই "bxi" is not বি "bi"
            after = i > 0 and chars[i - 1] in _CONSONANTS
            out.append(("x" if after else "") + _VOWELS[ch])
        elif ch in _OTHER:
            out.append(_OTHER[ch])
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _expand(word: str) -> str:
    """A shorthand word written out ("cl" → "call"), its trailing punctuation kept."""
    core = word.rstrip(",.;:!?")
    found = _ABBREVIATIONS.get(core)
    return word if found is None else found + word[len(core):]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The folded form of a note: lower-case Latin tokens and punctuation, space-separated."""
    text = unicodedata.normalize("NFC", text or "")
    for j in _JOINERS:
        text = text.replace(j, "")
    text = text.translate(_BN_DIGITS)
    if _HIGH.search(text):
        for emoji, word in _EMOJI.items():
            if emoji in text:
                text = text.replace(emoji, word)
    text = text.casefold()
    if _BENGALI.search(text):
        text = text.replace("\u09af\u09bc", "\u09df").replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd")
        text = _bengali_to_latin(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(map(_expand, text.split()))
    if _DIGIT.search(text):
        text = _ORDINAL.sub(r"\1 tarikh", text)  # "on the 25th": a day of the month
        text = _DIGIT_LETTER.sub(r"\1 \2", text)
        text = _LETTER_DIGIT.sub(r"\1 \2", text)
    for pattern, repl, needs in _LATIN_FOLDS:
        if not needs or any(n in text for n in needs):
            text = pattern.sub(repl, text)
    return " ".join(_TOKEN.findall(text))
