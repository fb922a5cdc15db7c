"""Find lexicon phrases in folded text: at the start of a word, endings allowed unless ``$``."""
from __future__ import annotations

import re
from functools import reduce
from operator import or_
from typing import Iterable

from .normalise import fold


# Endings Bengali adds to a noun (মেয়ের, ছেলেকে, খালারে, bhaier): allowed after a short
# word that otherwise must stand alone.
ENDINGS = r"(?:er|yer|r|ke|re|der)?"


def phrase_pattern(phrases: Iterable[str], short_whole: bool = True,
                   endings: bool = False) -> re.Pattern[str] | None:
    """One regex for many phrases; longer phrases are tried first at each position."""
    parts: dict[str, tuple[str, str]] = {}
    for phrase in phrases:
        folded = fold(phrase.rstrip("$"))
        # A short folded word ("sk" from শোক) would start too many others: whole words only.
        whole = phrase.endswith("$") or short_whole and " " not in folded and len(folded) < 4
        if not folded:
            continue
        ends = ENDINGS if endings and len(folded) >= 3 else ""
        tail = ends + r"(?![a-z0-9])" if whole else r"[a-z0-9]*"
        parts.setdefault(_escape(folded) + tail, (folded, tail))
    if not parts:
        return None
    ordered = sorted(parts, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + _alternation([parts[p] for p in ordered]) + ")")


def _escape(literal: str) -> str:
    return re.escape(literal).replace(r"\ ", " ")


def _alternation(phrases: list[tuple[str, str]]) -> str:
    """``a|b|...`` for (literal, tail) pairs, the literals' common beginnings written once.

    Python's regex engine tries the branches of an alternation one by one at every position
    of the text; hundreds of phrases made that the slowest part of reading a note. Written
    as a tree (for "mara gese", "mara gelo", "mata": m, a, then r or t, and so on), only
    the branches whose letter fits are tried, and the first phrase that matches is still the one ``phrases`` lists first:
    phrases are grouped by their next letter only back to the last phrase whose literal
    ends there (whose tail may match whatever follows), never across it.
    """
    items: list[tuple[str, list[tuple[str, str]]]] = []
    groups: dict[str, list[tuple[str, str]]] = {}
    for literal, tail in phrases:
        if not literal:
            items.append(("", [("", tail)]))
            groups = {}
            continue
        members = groups.get(literal[0])
        if members is None:
            members = groups[literal[0]] = []
            items.append((literal[0], members))
        members.append((literal[1:], tail))
    out = []
    for first, members in items:
        if len(members) == 1:
            out.append(_escape(first + members[0][0]) + members[0][1])
        else:
            out.append(_escape(first) + "(?:" + _alternation(members) + ")")
    return "|".join(out)


def spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    first = pattern.search(text)
    if first is None:
        return []  # (most texts: one search is cheaper than an iterator and a list)
    return [m.span() for m in pattern.finditer(text, first.start())]


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The folded first word of each phrase: a match of ``phrase_pattern(phrases)`` starts at
    a word of the text that begins with one of these (the cheap test ``could_match`` makes)."""
    out = set()
    for phrase in phrases:
        folded = fold(phrase.rstrip("$"))
        if folded:
            out.add(folded.split(" ")[0])
    return frozenset(out)


class FirstWords(dict[str, int]):
    """Which of several phrase lists could match a text: those with a first word (see
    ``first_words``) that a word of the text begins with.

    The answer is a bit mask, bit ``i`` for list ``i``. Each word's mask is worked out once
    and remembered in this dictionary (notes use the same few thousand words over and over),
    so a clause costs a look-up per word rather than every beginning of every word tested
    against every list.
    """

    def __init__(self, lists: tuple[frozenset[str], ...]) -> None:
        super().__init__()
        # each first word with the lists it begins a phrase of, and how long first words are
        self.firsts: dict[str, int] = {}
        for i, starts in enumerate(lists):
            for first in starts:
                self.firsts[first] = self.firsts.get(first, 0) | 1 << i
        self.lengths = sorted({len(first) for first in self.firsts})

    def of(self, text: str) -> int:
        return reduce(or_, map(self.__getitem__, text.split()), 0)

    def __missing__(self, word: str) -> int:
        if len(self) >= _WORDS_REMEMBERED:
            self.clear()
        get = self.firsts.get
        mask = 0
        size = len(word)
        for n in self.lengths:  # (shortest first)
            if n > size:
                break
            mask |= get(word[:n], 0)
        self[word] = mask
        return mask


_WORDS_REMEMBERED = 200_000
