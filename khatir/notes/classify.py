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


def _word_features(word: str) -> tuple[str, ...]:
    """The features ``features`` gives one word: the word, its character 2- to 4-grams."""
    padded = f" {word} "
    size = len(padded)
    return ("w:" + word, *(padded[i:i + n] for n in (2, 3, 4) for i in range(size - n + 1)))


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
    """A model turned into per-feature log-likelihood ratios, ready for fast scoring."""

    classes: tuple[str, ...]
    prior: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    # per word seen, its features the model knows with their weights (words recur)
    known: dict[str, dict[str, tuple[float, ...]]] = field(default_factory=dict, compare=False,
                                                           repr=False)

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
        return cls(model.classes, prior, weights)

    def scores(self, folded: str) -> tuple[dict[str, float], int]:
        """Log-scores per class, and how many known features the note has."""
        rows = self._known_features(folded).values()
        # fsum: exactly rounded, so the score does not depend on the order of the features
        scores = [math.fsum(column) for column in zip(self.prior, *rows)]
        return dict(zip(self.classes, scores)), len(rows)

    def _known_features(self, folded: str) -> dict[str, tuple[float, ...]]:
        """The distinct features of ``features(folded)`` the model knows, with their weights."""
        words = [w for w in folded.split() if w.isalnum()]
        out: dict[str, tuple[float, ...]] = {}
        for w in words:
            mine = self.known.get(w)
            if mine is None:
                if len(self.known) >= _WORDS_REMEMBERED:
                    self.known.clear()
                mine = self.known[w] = {f: self.weights[f] for f in _word_features(w) if f in self.weights}
            out.update(mine)
        get = self.weights.get
        for a, b in zip(words, words[1:]):
            if (row := get("b:" + a + "_" + b)) is not None:
                out["b:" + a + "_" + b] = row
        return out

    def best(self, folded: str) -> tuple[str, float, int]:
        """The most likely class and its margin over "ordinary", per known feature.

        Naive Bayes is sure of itself on long notes; the margin per feature is a
        steadier measure of how much the words lean towards an event.
        """
        scores, seen = self.scores(folded)
        label = max(scores, key=scores.__getitem__)
        if label == NULL or not seen:
            return NULL, 0.0, seen
        return label, (scores[label] - scores.get(NULL, 0.0)) / seen, seen

    def probabilities(self, folded: str) -> dict[str, float]:
        scores, _ = self.scores(folded)
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        z = sum(exp.values())
        return {c: e / z for c, e in exp.items()}
