"""A character n-gram naive Bayes model of call notes, in plain Python.

Trained on the labelled notes in ``tests/data/notes`` by ``python -m khatir.notes.train``
and shipped as ``model.json.gz`` beside this file. It reads the folded text (see
``normalise``), so it has seen জ্বর, jor and jwor as one word; its character n-grams
also catch endings and typos no word list has (জ্বরে, jorer, fevr). Each shop's own
labelled notes (the Event column) are added to the counts for the run: ``with_examples``.
"""
from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import add, lshift
from pathlib import Path
from typing import Iterable

NULL = "none"  # the class of ordinary notes
MODEL_PATH = Path(__file__).with_name("model.json.gz")
ALPHA = 0.3
_WORDS_REMEMBERED = 200_000
# A shop's own labelled note counts as one in this many of the shipped model's notes.
SHOP_NOTE_PER = 400


def features(folded: str) -> list[str]:
    """Word unigrams and bigrams, and character 2- to 4-grams of each padded word."""
    words = [w for w in folded.split() if w.isalnum()]
    out = ["w:" + w for w in words]
    out += ["b:" + a + "_" + b for a, b in zip(words, words[1:])]
    for w in words:
        padded = f" {w} "
        size = len(padded)
        for n in (2, 3, 4):
            out += [padded[i:i + n] for i in range(size - n + 1)]
    return out


def _word_features(word: str) -> list[str]:
    """The features ``features`` gives one word: the word, its character 2- to 4-grams."""
    padded = f" {word} "
    size = len(padded)
    return ["w:" + word, *[padded[i:i + n] for n in (2, 3, 4) for i in range(size - n + 1)]]


@dataclass(frozen=True)
class NgramModel:
    classes: tuple[str, ...]
    docs: tuple[float, ...]  # notes per class (a shop's own notes count more)
    counts: dict[str, tuple[float, ...]]  # feature -> count per class

    # ---- training and storage -------------------------------------------------------

    @classmethod
    def train(cls, examples: Iterable[tuple[str, str]]) -> "NgramModel":
        """From (folded text, label) pairs; label NULL for an ordinary note."""
        per_class: dict[str, Counter[str]] = {}
        docs: Counter[str] = Counter()
        for text, label in examples:
            per_class.setdefault(label, Counter()).update(set(features(text)))
            docs[label] += 1
        classes = tuple(sorted(per_class))
        vocab = set().union(*per_class.values()) if per_class else set()
        counts = {f: tuple(float(per_class[c][f]) for c in classes) for f in vocab}
        return cls(classes, tuple(docs[c] for c in classes), counts)

    def pruned(self, min_count: int = 2) -> "NgramModel":
        """Without features seen fewer than ``min_count`` times: smaller file, same answers."""
        return NgramModel(self.classes, self.docs,
                          {f: c for f, c in self.counts.items() if sum(c) >= min_count})

    def save(self, path: Path = MODEL_PATH) -> None:
        data = {"classes": self.classes, "docs": self.docs,
                "counts": {f: [int(x) for x in c] for f, c in sorted(self.counts.items())}}
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "NgramModel":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(tuple(data["classes"]), tuple(data["docs"]),
                   {f: tuple(float(x) for x in c) for f, c in data["counts"].items()})

    def with_examples(self, examples: Iterable[tuple[str, str]], weight: float | None = None) -> "NgramModel":
        """This model plus a shop's own labelled notes, each counted ``weight`` times: by default
        one note for every 400 the model was trained on (at least 3), so a shop's own words
        weigh the same whatever the size of the shipped corpus."""
        if weight is None:
            weight = max(3.0, sum(self.docs) / SHOP_NOTE_PER)
        classes = list(self.classes)
        extra: dict[str, Counter[str]] = {}
        docs: dict[str, float] = {c: float(d) for c, d in zip(self.classes, self.docs)}
        for text, label in examples:
            if label not in classes:
                classes.append(label)
            extra.setdefault(label, Counter()).update(set(features(text)))
            docs[label] = docs.get(label, 0.0) + weight
        if not extra:
            return self
        counts: dict[str, tuple[float, ...]] = {}
        pad = (0.0,) * (len(classes) - len(self.classes))
        for f, c in self.counts.items():
            counts[f] = c + pad
        for label, feats in extra.items():
            i = classes.index(label)
            for f, n in feats.items():
                row = list(counts.get(f, (0.0,) * len(classes)))
                row[i] += n * weight
                counts[f] = tuple(row)
        return NgramModel(tuple(classes), tuple(docs[c] for c in classes), counts)

    # ---- prediction -----------------------------------------------------------------

    def scorer(self) -> "Scorer":
        return Scorer.of(self)


@dataclass(frozen=True)
class Scorer:
    """A model turned into per-feature log-likelihood ratios, ready for fast scoring.

    A note's score for a class is the sum of its known features' weights and the prior,
    exactly rounded (``math.fsum``), so it does not depend on the order of the features.
    The sum is done here on integers, which is exact, and rounded once at the end: the same
    number ``fsum`` gives, at a fraction of the cost. Every weight is a float, that is an
    integer times a power of two, so ``weight * 2**shift`` is an integer; the classes' integers
    for one feature are packed side by side into one Python integer (``packed``), each in a
    lane wide enough that no sum of a note's features can carry into the next lane, so one
    addition per feature adds all classes at once.
    """

    classes: tuple[str, ...]
    prior: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    packed: dict[str, int] = field(compare=False, repr=False)
    prior_packed: int = field(compare=False, repr=False)
    lanes: "_Lanes" = field(compare=False, repr=False)
    # per word seen, its features the model knows (words recur)
    known: "_KnownFeatures" = field(compare=False, repr=False)

    @classmethod
    def of(cls, model: NgramModel) -> "Scorer":
        """Multinomial naive Bayes: log P(feature | class), add-alpha smoothed."""
        docs = model.docs
        total = sum(docs)
        prior = tuple(math.log(d / total) for d in docs)
        size = len(model.counts) or 1
        totals = [0.0] * len(docs)
        for counts in model.counts.values():
            for i, n in enumerate(counts):
                totals[i] += n
        denominators = [math.log(t + ALPHA * size) for t in totals]
        weights = {f: tuple(math.log(n + ALPHA) - d for n, d in zip(counts, denominators))
                   for f, counts in model.counts.items()}
        lanes = _Lanes.fitting(prior, weights)
        packed = lanes.pack_all(weights)
        return cls(model.classes, prior, weights, packed, lanes.pack(prior), lanes,
                   _KnownFeatures(weights, packed))

    def scores(self, folded: str) -> tuple[dict[str, float], int]:
        """Log-scores per class, and how many known features the note has."""
        total, seen = self.tally(folded)
        return dict(zip(self.classes, self.lanes.unpack(total, seen + 1))), seen

    def tally(self, folded: str) -> tuple[int, int]:
        """The packed sum of the prior and the note's distinct known features, and their number.

        Each distinct word's features come with their packed sum, worked out when the word
        was first seen; a feature another word of the note already brought (" k", "er") is
        taken off again, so every feature counts once, as in ``features``.
        """
        words = [w for w in folded.split() if w.isalnum()]
        packed = self.packed
        known = self.known
        subtotals = []
        again: list[str] = []
        taken: set[str] = set()
        seen = 0
        for w in dict.fromkeys(words):
            mine, subtotal = known[w]
            subtotals.append(subtotal)
            seen += len(mine)
            if not taken.isdisjoint(mine):
                again += taken & mine
            taken |= mine
        total = sum(subtotals, self.prior_packed)
        if again:
            total -= sum(map(packed.__getitem__, again))
            seen -= len(again)
        weights = self.weights
        pairs = [p for p in dict.fromkeys("b:" + a + "_" + b for a, b in zip(words, words[1:]))
                 if p in weights]
        if pairs:
            total += sum(map(packed.__getitem__, pairs))
            seen += len(pairs)
        return total, seen

    def known_features(self, folded: str) -> set[str]:
        """The distinct features of ``features(folded)`` the model knows."""
        words = [w for w in folded.split() if w.isalnum()]
        out: set[str] = set().union(*(self.known[w][0] for w in words))
        out.update(p for a, b in zip(words, words[1:]) if (p := "b:" + a + "_" + b) in self.weights)
        return out

    def best(self, folded: str) -> tuple[str, float, int]:
        """The most likely class and its margin over "ordinary", per known feature.

        Naive Bayes is sure of itself on long notes; the margin per feature is a
        steadier measure of how much the words lean towards an event.
        """
        return best_of(*self.scores(folded))

    def probabilities(self, folded: str) -> dict[str, float]:
        scores, _ = self.scores(folded)
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        z = sum(exp.values())
        return {c: e / z for c, e in exp.items()}


def best_of(scores: dict[str, float], seen: int) -> tuple[str, float, int]:
    """``Scorer.best`` from the note's scores and its number of known features."""
    label = max(scores, key=scores.__getitem__)
    if label == NULL or not seen:
        return NULL, 0.0, seen
    return label, (scores[label] - scores.get(NULL, 0.0)) / seen, seen


@dataclass(frozen=True)
class _Lanes:
    """How the classes' weights of one feature are packed into one integer (see ``Scorer``).

    A weight ``w`` is stored as ``w * 2**shift + offset``, never negative and below
    ``2 * offset``; a lane has room for the sum of ``capacity`` of them.
    """

    count: int  # classes
    shift: int
    offset: int
    width: int  # bits per lane
    capacity: int  # terms a sum may have

    @classmethod
    def fitting(cls, prior: tuple[float, ...], weights: dict[str, tuple[float, ...]]) -> "_Lanes":
        sizes = [abs(v) for v in chain(prior, chain.from_iterable(weights.values())) if v]
        # A float of exponent e (frexp) is a multiple of 2**(e - 53): times 2**(53 - e) for
        # the smallest e, every weight is an integer; the largest e bounds their size.
        shift = max(0, 53 - math.frexp(min(sizes))[1]) if sizes else 0
        top = math.frexp(max(sizes))[1] if sizes else 0
        offset = 1 << (shift + max(1, top) + 1)  # above |w| * 2**shift
        capacity = len(weights) + 1  # a note has each feature once, and the prior
        width = (2 * offset * capacity).bit_length() + 1
        return cls(len(prior), shift, offset, width, capacity)

    def pack(self, row: tuple[float, ...]) -> int:
        out = 0
        for i, v in enumerate(row):
            n, d = v.as_integer_ratio()  # d is a power of two, at most 2**shift (``fitting``)
            out |= ((n << self.shift) // d + self.offset) << (i * self.width)
        return out

    def pack_all(self, weights: dict[str, tuple[float, ...]]) -> dict[str, int]:
        """``pack`` of every row, a class at a time (one pass over the model per class)."""
        if self.offset.bit_length() > 1000:
            return {f: self.pack(row) for f, row in weights.items()}  # (w * 2**shift is no float)
        scale = float(1 << self.shift)
        out = [sum(self.offset << (i * self.width) for i in range(self.count))] * len(weights)
        for i, column in enumerate(zip(*weights.values())):
            # a weight times a power of two is exact, and a whole number (``fitting``)
            ints = map(int, map(scale.__mul__, column))
            out = list(map(add, out, map(lshift, ints, repeat(i * self.width))))
        return dict(zip(weights, out))

    def unpack(self, total: int, terms: int) -> list[float]:
        """The exactly rounded float of each lane of a sum of ``terms`` packed rows."""
        if terms > self.capacity:
            raise ValueError("more terms than a lane holds")
        mask = (1 << self.width) - 1
        base = terms * self.offset
        scale = 1 << self.shift
        # int / int is correctly rounded (half to even), as fsum is
        return [((total >> (i * self.width) & mask) - base) / scale for i in range(self.count)]


class _KnownFeatures(dict[str, tuple[frozenset[str], int]]):
    """Per word, the features of ``_word_features`` the model knows and their packed sum:
    worked out once a word (notes use the same few thousand words over and over)."""

    def __init__(self, weights: dict[str, tuple[float, ...]], packed: dict[str, int]) -> None:
        super().__init__()
        self.weights, self.packed = weights, packed

    def __missing__(self, word: str) -> tuple[frozenset[str], int]:
        if len(self) >= _WORDS_REMEMBERED:
            self.clear()
        packed = self.packed
        mine = frozenset(filter(self.weights.__contains__, _word_features(word)))
        found = self[word] = (mine, sum(map(packed.__getitem__, mine)))
        return found
