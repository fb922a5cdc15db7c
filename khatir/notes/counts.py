"""Complaints told in numbers: goods that came short of what was said ("6 ta chair order dise,
van e gese 5 ta"), a bill above the sum agreed ("bill e 1200 lekha, bolsilam 1000"). No word says
"complaint"; two quantities of one measure, or two sums, do (w86). Each finding is where its cue
is: (clause, start, end, text)."""
from __future__ import annotations

import re

from . import lexicon
from .match import phrase_pattern
from .normalise import fold

#: (clause index, start, end, the words)
Where = tuple[int, int, int, str]

# Goods short in count or weight (``lexicon.SHORT_UNITS``): each unit's folded spelling, its measure
# and its size; a quantity is a number (with "sare", half more, before it) and a unit after it.
_SHORT_UNIT = {fold(w): (measure, size) for measure, size, words in lexicon.SHORT_UNITS for w in words}
_QUANTITY = re.compile(r"(?<![a-z0-9])(?:(sare) )?(\d+) ?({})(?![a-z0-9])".format(
    "|".join(sorted({re.escape(w) for w in _SHORT_UNIT}, key=len, reverse=True))))
_SHORT_SAID = phrase_pattern(lexicon.SHORT_SAID)
_SHORT_GOT = phrase_pattern(lexicon.SHORT_GOT)
_SHORT_REST = phrase_pattern(lexicon.SHORT_REST)
_SHORT_LATER = phrase_pattern(lexicon.SHORT_LATER)
_SHORT_ASKED = phrase_pattern(lexicon.SHORT_ASKED)


def _quantities(clause: str) -> list[tuple[str, float, int, int]]:
    """(measure, amount, start, end) of each quantity of goods the clause names."""
    out = []
    for m in _QUANTITY.finditer(clause):
        measure, size = _SHORT_UNIT[m.group(3)]
        out.append((measure, (int(m.group(2)) + (0.5 if m.group(1) else 0)) * size, m.start(), m.end()))
    return out


def short_goods(parts: list[str]) -> list[Where]:
    """ "6 ta chair order dise, van e gese 5 ta", "১০ গজ বলে দিছি, মাইপা দেখছে ৯ গজ", "৬ প্যাকেট
    নুডলস দিলো ৫ প্যাকেট": goods short in count or weight, a complaint with no complaint word.
    A quantity said, ordered or billed (its clause has a ``SHORT_SAID`` word), then a smaller one of
    the same measure in a later clause that came or was counted (a ``SHORT_GOT`` word); or both in
    one clause with such a word between them, close. A word list cannot hold every count; two
    quantities of one measure, the second smaller, can. Not a delivery in parts told ahead ("baki 4
    ta kal jabe"); the cue is the smaller quantity (w86)."""
    if _SHORT_SAID is None or _SHORT_GOT is None:
        return []
    found = [(i, q) for i, clause in enumerate(parts) for q in _quantities(clause)]
    if len(found) < 2:
        return []
    if _SHORT_REST is not None and _SHORT_LATER is not None and any(
            _SHORT_REST.search(c) and _SHORT_LATER.search(c)
            and not (_SHORT_ASKED is not None and _SHORT_ASKED.search(c)) for c in parts):
        return []
    for n, (i, (measure, amount, start, end)) in enumerate(found):
        for j, (measure2, amount2, start2, end2) in found[n + 1:]:
            if measure2 != measure or not amount2 < amount:
                continue
            if j == i:
                between = parts[i][end:start2]
                if len(between.split()) <= 4 and _SHORT_GOT.search(between):
                    return [(j, start2, end2, parts[j][start2:end2])]
            elif _SHORT_SAID.search(parts[i]) and _SHORT_GOT.search(parts[j]):
                return [(j, start2, end2, parts[j][start2:end2])]
    return []


_BILLED = phrase_pattern(lexicon.BILLED)
_AGREED = phrase_pattern(lexicon.AGREED)
# a sum: a number not followed by a count, a measure or a time ("3 din por", "15 tarikh", "5 ta")
_SUM = re.compile(r"(?<![a-z0-9])(\d+)(?! ?(?:{}|din|tarik|gnta|mas|sptah|am|pm|tar)(?![a-z]))(?! ?[0-9])".format(
    "|".join(sorted({re.escape(w) for w in _SHORT_UNIT}, key=len, reverse=True))))


def overbilled(parts: list[str]) -> list[Where]:
    """ "bill e 1200 lekha, bolsilam 1000", "১৫০০ টাকার কথা বলে ১৯০০ নিছে": a sum billed or
    taken (a ``BILLED`` word in its clause) above a sum agreed or quoted (an ``AGREED`` word in
    its own), by less than half as much again: a bill higher than agreed, a complaint in no
    complaint word. The cue is the billed sum (w86)."""
    if _BILLED is None or _AGREED is None:
        return []
    billed, agreed = [], []
    for i, clause in enumerate(parts):
        sums = [(int(m.group(1)), i, m.start(), m.end()) for m in _SUM.finditer(clause)]
        if not sums:
            continue
        said = _AGREED.search(clause)
        taken = _BILLED.search(clause)
        for n, (amount, _, start, end) in enumerate(sums):
            # in a clause with both ("১৫০০ টাকার কথা বলে ১৯০০ নিছে"), the sum nearer each word
            if said and (not taken or abs(start - said.start()) < abs(start - taken.start())):
                agreed.append(amount)
            elif taken:
                billed.append(sums[n])
    for amount, i, start, end in billed:
        if any(b < amount <= b * 1.5 for b in agreed):
            return [(i, start, end, parts[i][start:end])]
    return []


def counted_short(kind: str, text: str) -> bool:
    """A complaint cue of ``short_goods`` or ``overbilled``: a quantity or a sum, no word the
    n-gram model has learned (it has heard counts in orders, so it may not overrule them) (w86)."""
    return kind == "complaint" and (_QUANTITY.fullmatch(text) is not None or _SUM.fullmatch(text) is not None)
