"""What a celebration celebrates: a birthday, a wedding, a new job... and its words for a message.

A celebration note nearly always says what it is ("Customer's own birthday on 20 Nov", "মেয়ের
বিয়ে ১ তারিখে"). Without it the message could only say "your good news", which the customer
reads as a form letter, and with the call's date next to it as the day of some other news.
``occasion_in`` finds the kind from the note's words (the reading keeps it, ``Reading.occasion``);
``occasion`` gives templates ready phrases in the customer's language, the way ``person`` does:

| field | wedding, bn | wedding, en |
|---|---|---|
| key | wedding | wedding |
| known | true | true |
| name | বিয়ে | wedding |
| of | বিয়ের | wedding |
| day | the day the note gives for it, or none | |

Unknown (the note only says "mishti niye gelo", "congratulations"): ``known`` false, every
phrase empty, and the template keeps its general wording.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from .match import phrase_pattern

# key: the words that name it (folded like every lexicon phrase). Where two start at one place
# the longer wins ("wedding anniversary" is an anniversary, not a wedding).
WORDS: dict[str, tuple[str, ...]] = {
    "birthday": ("জন্মদিন", "জন্মদিনে", "বার্থডে", "বার্থ ডে", "jonmodin", "jonmodine", "birthday",
                 "birth day", "bday", "b'day"),
    "anniversary": ("বিবাহবার্ষিকী", "বিবাহ বার্ষিকী", "ম্যারেজ ডে", "অ্যানিভার্সারি", "এনিভার্সারি",
                    "anniversary", "marriage day", "wedding anniversary", "biye barshiki",
                    "bibaho barshiki"),
    "engagement": ("এনগেজমেন্ট", "বাগদান", "engagement", "engaged", "bagdan", "ring ceremony",
                   "আংটি বদল", "angti bodol"),
    # আকদ (akd-e-nikah) is the marriage itself, often held before the reception
    "wedding": ("বিয়ে", "বিয়ের", "বিবাহ", "আকদ", "গায়ে হলুদ", "বৌভাত", "বউভাত", "biye", "biya", "bia$",
                "akdo", "akd$", "aqd", "wedding", "married", "gaye holud", "bou bhat", "boubhat",
                "walima", "ওয়ালিমা"),
    "exam": ("পাস করেছে", "পাশ করেছে", "পাস করছে", "জিপিএ", "এ প্লাস", "রেজাল্ট", "পরীক্ষায় পাস",
             "ভালো ফল", "pass korse", "pash korse", "pass koreche", "gpa", "a plus", "golden a",
             "result", "passed", "exam", "graduated", "graduation", "চান্স পাইছে",
             "চান্স পেয়েছে", "chance paise", "ফার্স্ট হইছে", "first hoise", "came first",
             "বিসিএস", "bcs", "ক্যাডার", "cadre", "got into"),
    "job": ("নতুন চাকরি", "চাকরি পাইছে", "চাকরি পেয়েছে", "চাকরি হ", "new job", "notun chakri",
            "chakri paise", "chakri ho", "job ho", "got a job", "got job", "job confirm",
            "job paise"),
    "promotion": ("প্রমোশন", "পদোন্নতি", "promotion", "promoted"),
    "home": ("নতুন বাসা", "নতুন বাসায়", "নতুন ফ্ল্যাট", "নতুন বাড়ি", "বাড়ি করছে", "notun basa",
             "notun flat", "notun bari", "new house", "new flat", "new home", "housewarming"),
    "shop": ("নতুন দোকান", "উদ্বোধন", "দোকান খুলছে", "নতুন শাখা", "notun dokan", "dokan khulse",
             "new shop", "new branch", "notun branch", "grand opening", "inauguration",
             "new office", "নতুন অফিস"),
    "hajj": ("হজ্জ", "হজ", "hajj", "haj$", "hojj", "hoj$"),
    "umrah": ("উমরাহ", "ওমরাহ", "umrah", "omrah", "umra$"),
}

_PATTERNS: dict[str, re.Pattern[str]] = {
    key: pattern for key, words in WORDS.items() if (pattern := phrase_pattern(words)) is not None}

# key: (bn name, bn "of" form, en name)
_PHRASES: dict[str, tuple[str, str, str]] = {
    "birthday": ("জন্মদিন", "জন্মদিনের", "birthday"),
    "anniversary": ("বিবাহবার্ষিকী", "বিবাহবার্ষিকীর", "wedding anniversary"),
    "engagement": ("এনগেজমেন্ট", "এনগেজমেন্টের", "engagement"),
    "wedding": ("বিয়ে", "বিয়ের", "wedding"),
    "exam": ("পরীক্ষার ভালো ফল", "পরীক্ষার ভালো ফলের", "exam success"),
    "job": ("নতুন চাকরি", "নতুন চাকরির", "new job"),
    "promotion": ("প্রমোশন", "প্রমোশনের", "promotion"),
    "home": ("নতুন বাসা", "নতুন বাসার", "new home"),
    "shop": ("নতুন উদ্যোগ", "নতুন উদ্যোগের", "new venture"),  # a shop, a branch, an office
    "hajj": ("হজ", "হজের", "Hajj"),
    "umrah": ("ওমরাহ", "ওমরাহর", "Umrah"),
}


def occasion_in(parts: list[str], first: int | None = None) -> str | None:
    """The kind of celebration the folded clauses name: in clause ``first`` (the one whose
    words found the celebration) when it names one, else anywhere in the note; the earliest
    mention wins, and at one place the longest words."""
    for clauses in ([parts[first]] if first is not None and 0 <= first < len(parts) else [], parts):
        text = " | ".join(clauses)
        best: tuple[int, int, str] | None = None
        for key, pattern in _PATTERNS.items():
            found = pattern.search(text)
            if found is not None:
                rank = (found.start(), -len(found.group()), key)
                if best is None or rank < best:
                    best = rank
        if best is not None:
            return best[2]
    return None


def occasion(key: str | None, lang: str, day: date | None = None) -> dict[str, Any]:
    """The template's ``occasion``: phrases for ``key`` in ``lang``; empty when unknown."""
    phrases = _PHRASES.get(key or "")
    if phrases is None:
        return {"key": None, "known": False, "name": "", "of": "", "day": None}
    bn_name, bn_of, en_name = phrases
    bn = lang == "bn"
    return {"key": key, "known": True, "name": bn_name if bn else en_name,
            "of": bn_of if bn else en_name, "day": day}


def label(key: str | None, lang: str) -> str:
    """"birthday" / "জন্মদিনের খবর" (the news of a birthday, like the kind's own label আনন্দের
    খবর: "১৩ নভেম্বর তারিখে জন্মদিন" would read as a birthday on the day of the call) for a
    Follow-ups row; "" when unknown."""
    phrases = _PHRASES.get(key or "")
    if phrases is None:
        return ""
    return f"{phrases[1]} খবর" if lang == "bn" else phrases[2]
