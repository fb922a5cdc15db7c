"""What the words of a note say, by rule: cue words, their negation, look-alikes and "over".

Works clause by clause on the folded text (see ``normalise``): a cue counts unless a
negation reaches it ("জ্বর নাই", "no complaint", "nobody was hurt") or a look-alike of
its kind sits in the same clause ("nurse", "first aid kits", "parcel delivery"). The
kinds found are ranked by the configured precedence; the caller decides with the
n-gram model when the rules find nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .match import FirstWords, first_words, phrase_pattern, spans

CLAUSE = re.compile(r" ?[.;!?|] ?| ?, ?| (?:kintu|but|tbe|and then) ")
_NEG_AFTER = phrase_pattern(lexicon.NEGATION_AFTER)
_NEG_BEFORE = phrase_pattern(lexicon.NEGATION_BEFORE)
_OVER = phrase_pattern(lexicon.OVER)
# (এখনো folds like এখন, "now", so only the English and the longer forms can say "still")
_STILL = phrase_pattern(("still", "not yet", "এখনো হয়", "ekhono hoy"))
_ANYMORE = phrase_pattern(("আর$", "ar$", "anymore", "any more", "ekhon", "এখন", "now$"))
_NEG_WINDOW = 3  # words after (or before) a cue that a negation may sit in
# Look-alikes that only cancel cues in their own clause (a gift for a friend's wedding);
# the others cancel the whole note (a nurse ordering aprons).
CLAUSE_LOOKALIKES = frozenset({"celebration", "bereavement"})
# Pairs found anywhere in the note, not only in one clause ("truck niye ashtesilo, chaka bust").
NOTE_PAIRS = frozenset({"vehicle_trouble"})
# Two words in one clause that together name an event: a vehicle and a trouble word,
# a wife and a delivery, a body part and a pain or injury, a person who "expired".
PAIRS = tuple((kind, phrase_pattern(a), phrase_pattern(b)) for kind, a, b in lexicon.PAIRS)
# The first words of each pair's first list: a pair whose first list cannot match is skipped.
_PAIR_STARTS = FirstWords(tuple(first_words(a) for _, a, _ in lexicon.PAIRS))


@dataclass(frozen=True)
class Cue:
    kind: str
    clause: int
    start: int  # offsets in the folded clause
    end: int
    text: str


@dataclass(frozen=True)
class Lexicon:
    """The compiled cue, look-alike and relation patterns for a set of event kinds."""

    cues: tuple[tuple[str, re.Pattern[str]], ...]
    lookalikes: dict[str, re.Pattern[str]]
    # per cue kind, the first words its phrases start with: a clause with no word beginning
    # with one of them cannot hold that kind's cue, and its pattern is not run on it
    starts: FirstWords = field(compare=False)

    @classmethod
    def build(cls, kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> "Lexicon":
        """Built-in cue lists plus each configured kind's own keywords (custom kinds too)."""
        cues = []
        starts = []
        for key, keywords in kinds:
            phrases = lexicon.CUES.get(key, ()) + tuple(keywords)
            pattern = phrase_pattern(phrases)
            if pattern is not None:
                cues.append((key, pattern))
                starts.append(first_words(phrases))
        looks = {k: p for k, words in lexicon.LOOKALIKES.items() if (p := phrase_pattern(words))}
        return cls(tuple(cues), looks, FirstWords(tuple(starts)))


def clauses(folded: str) -> list[str]:
    return [c for c in CLAUSE.split(folded) if c]


def _words_before(clause: str, start: int, n: int) -> str:
    return " ".join(clause[:start].split()[-n:])


def _words_after(clause: str, end: int, n: int) -> str:
    return " ".join(clause[end:].split()[:n])


def negated(clause: str, start: int, end: int) -> bool:
    """A negation word just after the cue (Bengali order) or just before it (English order)."""
    after = _words_after(clause, end, _NEG_WINDOW)
    if _NEG_AFTER is not None and _NEG_AFTER.search(after):
        return True
    before = _words_before(clause, start, _NEG_WINDOW)
    return bool(_NEG_BEFORE is not None and _NEG_BEFORE.search(before))


def no_longer(clause: str, start: int, end: int) -> bool:
    """ "jor nai ar", "এখন আর জ্বর নাই", "no fever now": the event was there and is gone."""
    near = _words_before(clause, start, 2) + " " + _words_after(clause, end, _NEG_WINDOW + 1)
    return bool(_ANYMORE is not None and _ANYMORE.search(near))


def find_cues(parts: list[str], lex: Lexicon) -> tuple[list[Cue], list[Cue]]:
    """(cues that count, cues negated as "no longer": evidence the event is over)."""
    found: list[Cue] = []
    gone: list[Cue] = []
    whole = " , ".join(parts)
    # A nurse's order is about the whole note: those look-alikes are looked for once.
    in_note = _InNote(whole, lex.lookalikes)
    pair_starts = _PAIR_STARTS.of(whole)
    for index, clause in enumerate(parts):
        taken: list[tuple[int, int]] = []
        begins = lex.starts.of(clause)
        for bit, (kind, pattern) in enumerate(lex.cues):
            if not begins >> bit & 1:
                continue  # no word of the clause begins like one of this kind's cues
            look = lex.lookalikes.get(kind)
            # A gift for a friend's wedding is about that clause; a nurse's order is the whole note.
            if look is not None and (look.search(clause) if kind in CLAUSE_LOOKALIKES else in_note[kind]):
                continue
            for start, end in spans(pattern, clause):
                if any(s < end and start < e for s, e in taken):
                    continue  # a longer cue of a more serious kind already covers it
                cue = Cue(kind, index, start, end, clause[start:end])
                if negated(clause, start, end):
                    if no_longer(clause, start, end):
                        gone.append(cue)
                    continue
                taken.append((start, end))
                found.append(cue)
        found += _pairs_in(index, clause, lex, whole, in_note, pair_starts)
    return found, gone


class _InNote(dict[str, bool]):
    """Per kind, whether the whole note has one of its look-alikes: looked for when first asked."""

    def __init__(self, whole: str, lookalikes: dict[str, re.Pattern[str]]) -> None:
        super().__init__()
        self.whole, self.lookalikes = whole, lookalikes

    def __missing__(self, kind: str) -> bool:
        found = self[kind] = bool(self.lookalikes[kind].search(self.whole))
        return found


def _pairs_in(index: int, clause: str, lex: Lexicon, whole: str, in_note: dict[str, bool],
              note_begins: int) -> list[Cue]:
    """ "উনার পিকআপ রাস্তায় নষ্ট", "bou er delivery hobe", "পায়ে ব্যথা": two words, one event."""
    out = []
    begins = _PAIR_STARTS.of(clause) if note_begins else 0
    for bit, (kind, first, second) in enumerate(PAIRS):
        if not (note_begins if kind in NOTE_PAIRS else begins) >> bit & 1:
            continue  # the first word of the pair cannot be there
        look = lex.lookalikes.get(kind)
        if look is not None and (look.search(clause) if kind in CLAUSE_LOOKALIKES else in_note[kind]):
            continue
        a = spans(first, whole if kind in NOTE_PAIRS else clause)
        if not a:
            continue
        for start, end in spans(second, clause):
            if not negated(clause, start, end):
                # the cue is the event word; the other word may name the person
                out.append(Cue(kind, index, start, end, clause[start:end]))
                break
    return out


def over_in(parts: list[str]) -> str | None:
    """The words saying the event is already over, unless they are negated or "still"."""
    for clause in parts:
        for start, end in spans(_OVER, clause):
            if negated(clause, start, end):
                continue
            if _STILL is not None and _STILL.search(_words_before(clause, start, 2)):
                continue
            return clause[start:end]
    return None
