"""Write what the note reader says about every corpus note, to check a faster reader says the same.

    python -m benchmarks.notes_reference                      # writes tests/data/notes/readings.json
    python -m benchmarks.notes_reference /tmp/readings.json   # elsewhere, to compare by hand

tests/test_notes_equivalence.py reads every note again and asserts the same readings, so a
change made only for speed cannot change a single answer. Regenerate the file only when a
change is meant to change what notes say (and look at the diff).
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from khatir.config import build_settings
from khatir.notes.normalise import fold
from khatir.notes.train import DATA
from khatir.notes.understand import NoteReader, Reading

REFERENCE = DATA / "readings.json"
# A second call date for every note: a different weekday and month, to exercise the call-back day.
OTHER_DAY = date(2026, 12, 31)


def as_dict(reading: Reading) -> dict:
    return {"event": reading.event, "over": reading.over, "who": reading.who,
            "callback": reading.callback.isoformat() if reading.callback else None,
            "evidence": reading.evidence, "over_words": reading.over_words}


def corpus() -> list[dict]:
    notes = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            notes += [json.loads(line) for line in fh if line.strip()]
    return notes


def readings(notes: list[dict]) -> dict[str, dict]:
    """Per note id: the folded text and the readings on the note's own date and on ``OTHER_DAY``."""
    reader = NoteReader.build(build_settings({}).events)
    out = {}
    for n in notes:
        out[n["id"]] = {"folded": fold(n["note"]),
                        "reading": as_dict(reader.read(n["note"], date.fromisoformat(n["date"]))),
                        "other_day": as_dict(reader.read(n["note"], OTHER_DAY))}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="Write every corpus note's reading (the equivalence reference).")
    parser.add_argument("path", nargs="?", type=Path, default=REFERENCE,
                        help="where to write (default: tests/data/notes/readings.json)")
    path = parser.parse_args().path
    found = readings(corpus())
    lines = (json.dumps(k, ensure_ascii=False) + ": " + json.dumps(v, ensure_ascii=False, sort_keys=True)
             for k, v in sorted(found.items()))
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # one note a line
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
