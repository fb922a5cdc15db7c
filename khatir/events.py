"""Notice life events in what staff wrote after a call.

Notes are free text in Bengali, English, romanised Bengali or a mix. Keywords are
matched on NFC-normalised, case-folded text; a Latin keyword must start a word
("ill" finds "ill" and "illness" but not "bill"), a Bengali one may sit anywhere
in a word because Bengali adds its endings to the word itself (জ্বর, জ্বরে).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import EventKind
from .parse import match_key


@dataclass(frozen=True)
class EventDetector:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def from_kinds(cls, kinds: tuple[EventKind, ...]) -> "EventDetector":
        compiled = []
        for kind in kinds:
            parts = [_pattern(match_key(k)) for k in kind.keywords if match_key(k)]
            if parts:
                compiled.append((kind.key, re.compile("|".join(parts))))
        return cls(tuple(compiled))

    def detect(self, note: str) -> str | None:
        """The first configured event kind whose keyword appears in ``note``."""
        text = match_key(note)
        for key, pattern in self.patterns:
            if pattern.search(text):
                return key
        return None


def _pattern(keyword: str) -> str:
    escaped = re.escape(keyword).replace(r"\ ", r"\s+")
    if keyword[:1].isascii() and keyword[:1].isalnum():
        return r"(?<![a-z0-9])" + escaped
    return escaped
