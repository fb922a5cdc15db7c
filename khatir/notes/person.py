"""Grammatical phrases naming whom an event concerns, for messages and Follow-ups rows.

Templates get ``who`` (a key such as "daughter", "self", or None) and ``person``, whose
fields are ready to drop into a sentence in the customer's language:

| field | daughter, bn | daughter, en | self, bn | self, en |
|---|---|---|---|---|
| name | মেয়ে | daughter | আপনি | you |
| subject | আপনার মেয়ে | your daughter | আপনি | you |
| possessive | আপনার মেয়ের | your daughter's | আপনার | your |
| object | আপনার মেয়েকে | your daughter | আপনাকে | you |

``known`` is false when the note names nobody (every phrase is then empty), ``self`` is
true for the customer, ``honour`` is true when Bengali uses the respectful verb for them
(আছেন, not আছে: parents, spouse, relatives, colleagues, the customer).
"""
from __future__ import annotations

from typing import Any

# key: (bn noun, bn possessive, bn object, en noun, respectful in Bengali)
_RELATIONS: dict[str, tuple[str, str, str, str, bool]] = {
    "son": ("ছেলে", "ছেলের", "ছেলেকে", "son", False),
    "daughter": ("মেয়ে", "মেয়ের", "মেয়েকে", "daughter", False),
    "child": ("বাচ্চা", "বাচ্চার", "বাচ্চাকে", "child", False),
    "wife": ("স্ত্রী", "স্ত্রীর", "স্ত্রীকে", "wife", True),
    "husband": ("স্বামী", "স্বামীর", "স্বামীকে", "husband", True),
    "father": ("বাবা", "বাবার", "বাবাকে", "father", True),
    "mother": ("মা", "মায়ের", "মাকে", "mother", True),
    "brother": ("ভাই", "ভাইয়ের", "ভাইকে", "brother", True),
    "sister": ("বোন", "বোনের", "বোনকে", "sister", True),
    "relative": ("আত্মীয়", "আত্মীয়ের", "আত্মীয়কে", "relative", True),
    "friend": ("বন্ধু", "বন্ধুর", "বন্ধুকে", "friend", True),
    "colleague": ("সহকর্মী", "সহকর্মীর", "সহকর্মীকে", "colleague", True),
}

# Which relative (``Reading.kin``, from ``lexicon.KIN``): (bn noun, bn possessive, bn object,
# en noun, respectful in Bengali). None where a language has no one word for the note's word
# (দাদা is a grandfather or an elder brother; "grandmother" is নানি or দাদি): "relative" then.
_KIN: dict[str, tuple[str | None, str | None, str | None, str | None, bool]] = {
    "mother_in_law": ("শাশুড়ি", "শাশুড়ির", "শাশুড়িকে", "mother-in-law", True),
    "father_in_law": ("শ্বশুর", "শ্বশুরের", "শ্বশুরকে", "father-in-law", True),
    "nani": ("নানি", "নানির", "নানিকে", "grandmother", True),
    "dadi": ("দাদি", "দাদির", "দাদিকে", "grandmother", True),
    "nanu": ("নানু", "নানুর", "নানুকে", None, True),
    "nana": ("নানা", "নানার", "নানাকে", "grandfather", True),
    "dada": ("দাদা", "দাদার", "দাদাকে", None, True),
    "dadu": ("দাদু", "দাদুর", "দাদুকে", "grandfather", True),
    "chacha": ("চাচা", "চাচার", "চাচাকে", "uncle", True),
    "mama": ("মামা", "মামার", "মামাকে", "uncle", True),
    "khalu": ("খালু", "খালুর", "খালুকে", "uncle", True),
    "fupa": ("ফুপা", "ফুপার", "ফুপাকে", "uncle", True),
    "chachi": ("চাচি", "চাচির", "চাচিকে", "aunt", True),
    "khala": ("খালা", "খালার", "খালাকে", "aunt", True),
    "mami": ("মামি", "মামির", "মামিকে", "aunt", True),
    "fufu": ("ফুফু", "ফুফুর", "ফুফুকে", "aunt", True),
    "bhatija": ("ভাতিজা", "ভাতিজার", "ভাতিজাকে", "nephew", False),
    "bhatiji": ("ভাতিজি", "ভাতিজির", "ভাতিজিকে", "niece", False),
    "bhagne": ("ভাগ্নে", "ভাগ্নের", "ভাগ্নেকে", "nephew", False),
    "bhagni": ("ভাগ্নি", "ভাগ্নির", "ভাগ্নিকে", "niece", False),
    "nati": ("নাতি", "নাতির", "নাতিকে", "grandson", False),
    "natni": ("নাতনি", "নাতনির", "নাতনিকে", "granddaughter", False),
    "jamai": ("জামাই", "জামাইয়ের", "জামাইকে", "son-in-law", True),
    "bouma": ("বউমা", "বউমার", "বউমাকে", "daughter-in-law", True),
    "bhabi": ("ভাবি", "ভাবির", "ভাবিকে", "sister-in-law", True),
    "grandmother": (None, None, None, "grandmother", True),
    "grandfather": (None, None, None, "grandfather", True),
    "uncle": (None, None, None, "uncle", True),
    "aunt": (None, None, None, "aunt", True),
    "nephew": (None, None, None, "nephew", False),
    "niece": (None, None, None, "niece", False),
    "grandson": ("নাতি", "নাতির", "নাতিকে", "grandson", False),
    "granddaughter": ("নাতনি", "নাতনির", "নাতনিকে", "granddaughter", False),
    "son_in_law": ("জামাই", "জামাইয়ের", "জামাইকে", "son-in-law", True),
    "daughter_in_law": ("বউমা", "বউমার", "বউমাকে", "daughter-in-law", True),
    "jethu": ("জেঠু", "জেঠুর", "জেঠুকে", "uncle", True),
    "jethi": ("জেঠিমা", "জেঠিমার", "জেঠিমাকে", "aunt", True),
    "kaka": ("কাকা", "কাকার", "কাকাকে", "uncle", True),
    "kaki": ("কাকিমা", "কাকিমার", "কাকিমাকে", "aunt", True),
    "pishi": ("পিসি", "পিসির", "পিসিকে", "aunt", True),
    "mashi": ("মাসি", "মাসির", "মাসিকে", "aunt", True),
    "boudi": ("বৌদি", "বৌদির", "বৌদিকে", "sister-in-law", True),
    "bhaipo": ("ভাইপো", "ভাইপোর", "ভাইপোকে", "nephew", False),
    "bonjhi": ("বোনঝি", "বোনঝির", "বোনঝিকে", "niece", False),
    "bonpo": ("বোনপো", "বোনপোর", "বোনপোকে", "nephew", False),
    "debor": ("দেবর", "দেবরের", "দেবরকে", "brother-in-law", True),
    "nonod": ("ননদ", "ননদের", "ননদকে", "sister-in-law", True),
    "dulabhai": ("দুলাভাই", "দুলাভাইয়ের", "দুলাভাইকে", "brother-in-law", True),
    "beyai": ("বেয়াই", "বেয়াইয়ের", "বেয়াইকে", None, True),
    "shalok": ("শ্যালক", "শ্যালকের", "শ্যালককে", "brother-in-law", True),
    "shali": ("শ্যালিকা", "শ্যালিকার", "শ্যালিকাকে", "sister-in-law", True),
}
KIN = frozenset(_KIN)
# ভাবি and বৌদি are how staff speak of a male customer's wife and how they address a woman
# customer herself, as often as they mean a brother's wife: a message never guesses. Unless an
# earlier note of the story said whom (``story.py``: the wife named before), it speaks of the
# family ("পরিবারে নতুন অতিথি", "someone at home was unwell"), and Follow-ups keeps the staff's own
# word ("ভাবির", "bhabi's"), never "sister-in-law's".
ADDRESSED = frozenset({"bhabi", "boudi"})


def _entry(who: str | None, kin: str | None, bn: bool) -> tuple[str, str, str, str, bool] | None:
    """The relation's words, the relative's own where the note's word has one in ``bn``."""
    entry = _RELATIONS.get(who or "")
    fine = _KIN.get(kin or "") if who == "relative" else None
    if entry is None or fine is None:
        return entry
    noun, poss, obj, en, honour = fine
    if bn and noun and poss and obj:
        return noun, poss, obj, entry[3], honour
    if not bn and en:
        return entry[0], entry[1], entry[2], en, honour
    return entry


def person(who: str | None, lang: str, kin: str | None = None) -> dict[str, Any]:
    """The phrases for ``who`` (and, for a relative, ``kin``) in ``lang`` ("bn" or "en")."""
    bn = lang == "bn"
    if who == "self":
        return {"known": True, "self": True, "honour": True, "key": "self",
                "name": "আপনি" if bn else "you", "subject": "আপনি" if bn else "you",
                "possessive": "আপনার" if bn else "your", "object": "আপনাকে" if bn else "you"}
    entry = None if who == "relative" and kin in ADDRESSED else _entry(who, kin, bn)
    if entry is None:
        return {"known": False, "self": False, "honour": True, "key": None,
                "name": "", "subject": "", "possessive": "", "object": ""}
    noun, poss, obj, en, honour = entry
    if bn:
        return {"known": True, "self": False, "honour": honour, "key": who, "name": noun,
                "subject": f"আপনার {noun}", "possessive": f"আপনার {poss}", "object": f"আপনার {obj}"}
    return {"known": True, "self": False, "honour": honour, "key": who, "name": en,
            "subject": f"your {en}", "possessive": f"your {en}'s", "object": f"your {en}"}


def label(who: str | None, lang: str, kin: str | None = None) -> str:
    """Whom, as a staff member reads it in Follow-ups: "মেয়ের" / "daughter's"; "" if unknown."""
    if who == "self" or who is None:
        return ""
    if who == "relative" and kin in ADDRESSED:
        return (_KIN[kin][1] or "") if lang == "bn" else f"{kin}'s"
    entry = _entry(who, kin, lang == "bn")
    if entry is None:
        return ""
    return entry[1] if lang == "bn" else f"{entry[3]}'s"
