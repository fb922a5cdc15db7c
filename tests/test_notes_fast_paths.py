"""The shortcuts taken for speed give exactly what the plain definitions give.

Folding a note word by word (each word's fold remembered) must give the text folding the
whole note at once gives, and the n-gram scores added up on packed integers must be the
numbers ``math.fsum`` gives: otherwise a note could read differently depending on which
notes were read before it.
"""
from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st

from benchmarks.notes_reference import corpus
from khatir.notes.classify import _Lanes
from khatir.notes.normalise import fold, fold_whole

# Letters, digits, Bengali script, joiners, emoji, punctuation and the pieces that interact
# ("25 th", "n't", a danda, a য-ফলা) that notes are made of.
PIECES = st.sampled_from(list("abcdhnorstuwz0129 .,'’`/+#-\t\u00a0\u00a8²") + [
    "্", "য", "ব", "়", "।", "৳", "ক", "স", "ত", "২", "৫", "ে", "া", "অ", "th", "st", "25th",
    "25 th", "n't", "cl", "f/u", "a+", "\u200d", "🤒", "❤️", "İ", "ß", "ﬁ", "জ্বর", "kal", "sh"])


def test_every_corpus_note_folds_word_by_word_as_whole():
    different = [n["note"] for n in corpus() if fold(n["note"]) != fold_whole(n["note"])]
    assert not different, different[:3]


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES | st.characters(), max_size=30).map("".join))
def test_any_text_folds_word_by_word_as_whole(text):
    assert fold(text) == fold_whole(text)


ROWS = st.lists(st.floats(-50, 50, allow_nan=False) | st.floats(-1e-6, 1e-6, allow_nan=False),
                min_size=3, max_size=3)


@settings(max_examples=500, deadline=None)
@given(st.lists(ROWS, min_size=1, max_size=60), ROWS, st.data())
def test_packed_sums_are_fsum(rows, prior, data):
    weights = {f"f{i}": tuple(r) for i, r in enumerate(rows)}
    lanes = _Lanes.fitting(tuple(prior), weights)
    packed = lanes.pack_all(weights)
    assert packed == {f: lanes.pack(r) for f, r in weights.items()}
    chosen = data.draw(st.lists(st.sampled_from(sorted(weights)), unique=True))
    total = sum((packed[f] for f in chosen), lanes.pack(tuple(prior)))
    assert lanes.unpack(total, len(chosen) + 1) == [
        math.fsum(column) for column in zip(prior, *(weights[f] for f in chosen))]
