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


def person(who: str | None, lang: str) -> dict[str, Any]:
    """The phrases for ``who`` in ``lang`` ("bn" or "en")."""
    bn = lang == "bn"
    if who == "self":
        return {"known": True, "self": True, "honour": True, "key": "self",
                "name": "আপনি" if bn else "you", "subject": "আপনি" if bn else "you",
                "possessive": "আপনার" if bn else "your", "object": "আপনাকে" if bn else "you"}
    entry = _RELATIONS.get(who or "")
    if entry is None:
        return {"known": False, "self": False, "honour": True, "key": None,
                "name": "", "subject": "", "possessive": "", "object": ""}
    noun, poss, obj, en, honour = entry
    if bn:
        return {"known": True, "self": False, "honour": honour, "key": who, "name": noun,
                "subject": f"আপনার {noun}", "possessive": f"আপনার {poss}", "object": f"আপনার {obj}"}
    return {"known": True, "self": False, "honour": honour, "key": who, "name": en,
            "subject": f"your {en}", "possessive": f"your {en}'s", "object": f"your {en}"}


def label(who: str | None, lang: str) -> str:
    """Whom, as a staff member reads it in Follow-ups: "মেয়ের" / "daughter's"; "" if unknown."""
    if who == "self" or who is None:
        return ""
    entry = _RELATIONS.get(who)
    if entry is None:
        return ""
    return entry[1] if lang == "bn" else f"{entry[3]}'s"
