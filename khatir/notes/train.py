"""Re-train the shipped n-gram model from the labelled development notes.

    python -m khatir.notes.train            # reads tests/data/notes/dev_*.jsonl

The held-out file (tests/data/notes/heldout.jsonl) is never read here.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .classify import MODEL_PATH, NULL, NgramModel
from .normalise import fold

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "notes"
DEV_FILES = ("dev_bn.jsonl", "dev_latin.jsonl")


def load(paths: Iterable[Path]) -> Iterator[dict]:
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def dev_notes(data: Path = DATA) -> list[dict]:
    return list(load(data / name for name in DEV_FILES))


def examples(notes: Iterable[dict]) -> list[tuple[str, str]]:
    return [(fold(n["note"]), n["event"] or NULL) for n in notes]


def main(argv: list[str] | None = None) -> int:
    notes = dev_notes()
    model = NgramModel.train(examples(notes)).pruned()
    model.save(MODEL_PATH)
    print(f"trained on {len(notes)} notes, {len(model.counts)} features -> {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
