"""Kin words said from the side of whoever answered the phone or told the news, turned to the
customer's side.

When the customer's son picks up and says "আব্বা হাসপাতালে", his father is the customer; his
"আম্মা" is the customer's wife, his "দাদি" the customer's mother. Staff write down the words as
they heard them ("চাচার ছেলে ফোন ধরছে, কইল আব্বা ভর্তি"), so the relation word names someone
from the answerer's side, while ``who`` is from the customer's (w71: 61% of relations right).
Only the pairs whose meaning does not depend on whose side the family is on are turned; the
customer is taken to be a man unless the note speaks of her as a woman ("apa", "Mrs.").
"""
from __future__ import annotations

from .normalise import fold

# whoever answered, by their relation to the customer (a relation key, or a relative's kin)
_CHILDREN = frozenset({"son", "daughter", "child"})
_GRANDCHILDREN = frozenset({"nati", "natni", "grandson", "granddaughter"})
_CHILDREN_IN_LAW = frozenset({"bouma", "jamai", "daughter_in_law", "son_in_law"})
_SPOUSES = frozenset({"wife", "husband"})
_PARENTS_IN_LAW = frozenset({"father_in_law", "mother_in_law"})
_SIBLINGS = frozenset({"brother", "sister"})

_GRANDFATHERS_BY_FATHER = frozenset({"dada", "dadu", "grandfather"})
_GRANDMOTHERS_BY_FATHER = frozenset({"dadi", "grandmother"})
_GRANDFATHERS_BY_MOTHER = frozenset({"nana"})
# "nanu" is how most Bangladeshi children call their mother's mother ("nanu (মানে চাচী)", w71)
_GRANDMOTHERS_BY_MOTHER = frozenset({"nani", "nanu"})

# words that speak of the customer as a woman: her child's "abbu" is her husband
_WOMEN = frozenset(fold(w) for w in (
    "apa", "আপা", "apu", "আপু", "khala", "খালা", "khalamma", "খালাম্মা", "chachi", "চাচী", "চাচি", "kaki",
    "কাকি", "aunty", "auntie", "আন্টি", "mami", "মামি", "bhabi", "ভাবি", "ভাবী", "didi", "দিদি", "bubu", "বুবু",
    "buji", "বুজি", "boudi", "বৌদি", "mrs", "mrs.", "madam", "ম্যাডাম", "begum", "বেগম", "ms", "ms."))


def speaks_of_a_woman(words: list[str]) -> bool:
    """Whether these words (the answerer's, the note's name for the customer) speak of a woman,
    in any of their forms ("apar meye", "khalammar"): the customer is then "she"."""
    return any(form in _WOMEN for w in words
               for form in (w, w.removesuffix("'s").removesuffix("s"), w.removesuffix("er"), w.removesuffix("r")))


def turned(answerer: str, spoken: str, woman: bool) -> str | None:
    """Who ``spoken`` (a relation key, or a relative's kin) said by ``answerer`` (the same) is
    to the customer, or None when the pair is not one that can be turned."""
    if answerer in _CHILDREN:
        if spoken == "father":
            return "husband" if woman else "self"
        if spoken == "mother":
            return "self" if woman else "wife"
        if not woman and spoken in _GRANDFATHERS_BY_FATHER:
            return "father"
        if not woman and spoken in _GRANDMOTHERS_BY_FATHER:
            return "mother"
        if woman and spoken in _GRANDFATHERS_BY_MOTHER:
            return "father"
        if woman and spoken in _GRANDMOTHERS_BY_MOTHER:
            return "mother"
        return None
    if answerer in _GRANDCHILDREN:
        if spoken in _GRANDFATHERS_BY_FATHER | _GRANDFATHERS_BY_MOTHER:
            return None if woman else "self"
        if spoken in _GRANDMOTHERS_BY_FATHER | _GRANDMOTHERS_BY_MOTHER:
            return "self" if woman else "wife"
        return None
    if answerer in _CHILDREN_IN_LAW:
        if spoken == "father_in_law":
            return "husband" if woman else "self"
        if spoken == "mother_in_law":
            return "self" if woman else "wife"
        return None
    if answerer in _SPOUSES and spoken in _PARENTS_IN_LAW:
        return "father" if spoken == "father_in_law" else "mother"
    if answerer in _PARENTS_IN_LAW:
        if spoken == "daughter" and not woman:
            return "wife"
        if spoken == "son" and woman:
            return "husband"
        if spoken == "jamai" and not woman:
            return "self"
        return None
    if answerer in _SIBLINGS and spoken in ("bhabi", "boudi") and not woman:
        return "wife"
    if answerer in ("father", "mother") and spoken == "bouma" and not woman:
        return "wife"
    return None
