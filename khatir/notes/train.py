"""Re-train the shipped n-gram model from the labelled development notes.

    python -m khatir.notes.train            # reads tests/data/notes/dev_*.jsonl

Every ``dev_*.jsonl`` file is development data: the rules were written while reading
them and the model is trained on them. The held-out files (``heldout*.jsonl``, written by
other people and never read while working) are never read here.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .classify import MODEL_PATH, NULL, NgramModel
from .normalise import fold

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "notes"
DEV_GLOB = "dev_*.jsonl"
# Each development file is one writer's notes, except the first writer's two files (split by
# script): leave-one-writer-out scoring keeps a writer's notes together.
SAME_WRITER = {"dev_bn": "w1", "dev_latin": "w1"}


def writer_of(path: Path) -> str:
    """Who wrote the notes of a development file: "w1" for dev_bn/dev_latin, else the name's tail."""
    return SAME_WRITER.get(path.stem, path.stem.removeprefix("dev_"))


def load(paths: Iterable[Path]) -> Iterator[dict]:
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def dev_notes(data: Path = DATA) -> list[dict]:
    """Every development note, each with its ``writer`` added."""
    return [dict(note, writer=writer_of(path))
            for path in sorted(data.glob(DEV_GLOB)) for note in load([path])]


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
