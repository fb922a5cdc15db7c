"""How well call notes are understood, per language, and how fast.

    python benchmarks/bench_notes.py             # dev: 5-fold cross-validation; held-out; speed
    python benchmarks/bench_notes.py --errors    # also list dev mistakes (never held-out ones)

Development notes (tests/data/notes/dev_*.jsonl) are scored by cross-validation: the
n-gram model is trained on four fifths and reads the fifth it has not seen. The held-out
notes (tests/data/notes/heldout.jsonl, written by a different author, never tuned on) are
read by the shipped model and only aggregate figures are printed.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from khatir.config import build_settings  # noqa: E402
from khatir.notes.classify import NgramModel  # noqa: E402
from khatir.notes.train import DATA, dev_notes, examples, load  # noqa: E402
from khatir.notes.understand import NoteReader  # noqa: E402

KINDS = build_settings({}).events
FOLDS = 5


def score(notes: list[dict], readings: list) -> dict[str, dict[str, list[int]]]:
    """Per language: [right, total] for event, false alarm, stated date, relation, over."""
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for note, r in zip(notes, readings):
        for lang in (note["lang"], "all"):
            s = out[lang]
            if note["event"]:
                s["event"][0] += r.event == note["event"]
                s["event"][1] += 1
                if r.event == note["event"] and note["event"] not in ("bereavement", "newborn", "celebration", "busy"):
                    s["over"][0] += r.over == note["over"]
                    s["over"][1] += 1
            else:
                s["false alarm"][0] += r.event is not None
                s["false alarm"][1] += 1
            if note["callback"]:
                s["stated date"][0] += r.callback is not None and r.callback.isoformat() == note["callback"]
                s["stated date"][1] += 1
            else:
                s["no date"][0] += r.callback is None
                s["no date"][1] += 1
            if note["who"] and note["who"] != "self":
                s["relation"][0] += r.who == note["who"]
                s["relation"][1] += 1
            if note.get("hard"):
                s["hard: all right"][0] += (r.event == note["event"] and (
                    (r.callback.isoformat() if r.callback else None) == note["callback"]))
                s["hard: all right"][1] += 1
    return out


def report(title: str, scores) -> None:
    print(f"\n{title}")
    cols = ("event", "false alarm", "stated date", "no date", "relation", "over", "hard: all right")
    print(f"{'lang':8}" + "".join(f"{c:>18}" for c in cols))
    for lang in ("bn", "banglish", "en", "mixed", "all"):
        if lang not in scores:
            continue
        row = scores[lang]
        cells = []
        for c in cols:
            right, total = row.get(c, [0, 0])
            cells.append(f"{100 * right / total:5.1f}% of {total:<5}" if total else f"{'-':>18}")
        print(f"{lang:8}" + "".join(f"{x:>18}" for x in cells))


def read_all(reader: NoteReader, notes: list[dict]):
    return [reader.read(n["note"], date.fromisoformat(n["date"])) for n in notes]


def cross_validate(notes: list[dict]):
    order = list(range(len(notes)))
    random.Random(7).shuffle(order)
    readings: list = [None] * len(notes)
    for k in range(FOLDS):
        test = [i for j, i in enumerate(order) if j % FOLDS == k]
        held = set(test)
        model = NgramModel.train(examples(n for i, n in enumerate(notes) if i not in held)).pruned()
        reader = NoteReader.build(KINDS, model)
        for i, r in zip(test, read_all(reader, [notes[i] for i in test])):
            readings[i] = r
    return readings


def _speed_worker(texts: list[tuple[str, date]]) -> int:
    reader = NoteReader.build(KINDS)
    return sum(reader.read(t, d).event is not None for t, d in texts)


def speed(notes: list[dict], total: int = 50_000, workers: int = 2) -> float:
    """Seconds to read ``total`` notes on ``workers`` processes (model loading included).

    The notes are the development notes with a serial number appended, so every text
    is distinct and the per-run cache does not help.
    """
    texts = [(f"{notes[i % len(notes)]['note']} #{i}", date.fromisoformat(notes[i % len(notes)]["date"]))
             for i in range(total)]
    chunks = [texts[w::workers] for w in range(workers)]
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_speed_worker, chunks)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    notes = dev_notes()
    readings = cross_validate(notes)
    report(f"Development notes, {FOLDS}-fold cross-validated ({len(notes)} notes)", score(notes, readings))
    if args.errors:
        for n, r in zip(notes, readings):
            got_cb = r.callback.isoformat() if r.callback else None
            if r.event != n["event"] or got_cb != n["callback"] or (n["who"] and r.who != n["who"]) or (n["event"] and r.over != n["over"]):
                print(f"{n['id']:10} want {n['event']}/{n['over']}/{n['who']}/{n['callback']} got {r.event}/{r.over}/{r.who}/{got_cb} [{r.evidence}] | {n['note']}")
    heldout = DATA / "heldout.jsonl"
    if heldout.exists():
        held = list(load([heldout]))
        report(f"Held-out notes, shipped model ({len(held)} notes, another author, never tuned on)",
               score(held, read_all(NoteReader.build(KINDS), held)))
    if not args.no_speed:
        seconds = speed(notes)
        print(f"\nSpeed: 50,000 distinct notes read in {seconds:.2f} s on 2 processes "
              f"(os.cpu_count()={os.cpu_count()}), model loading included.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
