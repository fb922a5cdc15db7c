"""A1 notation as the Sheets API reads and writes it.

Clients rarely send a range in the form Google answers with: gspread sends
``'Sheet1'!A1:1`` and gets back ``Sheet1!A1:Z1``. Code that compares or parses
returned ranges must be tested against Google's normalisation, so it lives here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import bad_request

MAX_COLUMNS = 18278  # ZZZ

_CELL = re.compile(r"^\$?([A-Za-z]{0,3})\$?([0-9]*)$")
_LOOKS_LIKE_CELL = re.compile(r"^[A-Za-z]{1,3}[0-9]+$")
_LOOKS_LIKE_R1C1 = re.compile(r"^[Rr][0-9]*[Cc][0-9]*$")


def col_letters(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def cell_name(row: int, col: int) -> str:
    return f"{col_letters(col)}{row + 1}"


def quote_title(title: str) -> str:
    """Quote a sheet title the way Google does in the ranges it returns.

    Google leaves plain identifiers bare (``Sheet1``) but quotes anything with
    spaces or punctuation, and anything a formula would read as a cell (``'D3'``).
    """
    plain = (bool(title) and (title[0].isalpha() or title[0] == "_")
             and all(ch.isalnum() or ch == "_" for ch in title) and title.isascii())
    if plain and not _LOOKS_LIKE_CELL.match(title) and not _LOOKS_LIKE_R1C1.match(title):
        return title
    return "'" + title.replace("'", "''") + "'"


@dataclass(frozen=True)
class Bounds:
    """A rectangle of grid indexes, end-exclusive; None means 'to the edge of the grid'."""

    r0: int
    r1: int | None
    c0: int
    c1: int | None
    # Written as one cell (``A1``): a read gets that cell, a write starts there and may grow.
    anchor: bool = field(default=False, compare=False)

    def concrete(self, rows: int, cols: int) -> "Bounds":
        return Bounds(self.r0, rows if self.r1 is None else self.r1,
                      self.c0, cols if self.c1 is None else self.c1)

    def fits(self, rows: int, cols: int) -> bool:
        b = self.concrete(rows, cols)
        return (b.r0 < rows and b.c0 < cols and b.r1 <= rows  # type: ignore[operator]
                and b.c1 <= cols)  # type: ignore[operator]


def format_range(title: str, r0: int, r1: int, c0: int, c1: int) -> str:
    """Google's spelling of a concrete range: single cells collapse to ``A1``."""
    start = cell_name(r0, c0)
    if r1 - r0 == 1 and c1 - c0 == 1:
        return f"{quote_title(title)}!{start}"
    return f"{quote_title(title)}!{start}:{cell_name(r1 - 1, c1 - 1)}"


def format_bounds(title: str, bounds: Bounds) -> str:
    """Spell a possibly open range as written (used in error messages)."""
    b = bounds
    start = cell_name(b.r0, b.c0)
    if b.r1 is not None and b.c1 is not None and b.r1 - b.r0 == 1 and b.c1 - b.c0 == 1:
        return f"{quote_title(title)}!{start}"
    if b.r1 is None and b.c1 is None:
        return f"{quote_title(title)}!{start}"
    end_col = col_letters(b.c1 - 1) if b.c1 is not None else ""
    end_row = str(b.r1) if b.r1 is not None else ""
    return f"{quote_title(title)}!{start}:{end_col}{end_row}"


def split_sheet(text: str) -> tuple[str | None, str | None]:
    """Split ``'It''s'!A1:B2`` into (``It's``, ``A1:B2``); no ``!`` gives (None, None)."""
    if text.startswith("'"):
        i, name = 1, []
        while i < len(text):
            ch = text[i]
            if ch == "'":
                if i + 1 < len(text) and text[i + 1] == "'":
                    name.append("'")
                    i += 2
                    continue
                break
            name.append(ch)
            i += 1
        else:
            raise bad_request(f"Unable to parse range: {text}")
        rest = text[i + 1:]
        if rest == "":
            return "".join(name), ""
        if not rest.startswith("!"):
            raise bad_request(f"Unable to parse range: {text}")
        return "".join(name), rest[1:]
    if "!" in text:
        title, _, a1 = text.rpartition("!")
        return title, a1
    return None, None


def parse_a1(a1: str) -> Bounds | None:
    """Parse the part after ``!``: ``A1``, ``A1:B2``, ``A:C``, ``2:5``, ``A2:C``, ``A1:1``."""
    parts = a1.split(":")
    if len(parts) > 2 or not a1:
        return None
    ends = []
    for part in parts:
        m = _CELL.match(part.strip())
        if not m or (not m.group(1) and not m.group(2)):
            return None
        col = col_index(m.group(1)) if m.group(1) else None
        row = int(m.group(2)) - 1 if m.group(2) else None
        if row is not None and row < 0:
            return None
        ends.append((row, col))
    if len(ends) == 1:
        row, col = ends[0]
        if row is None or col is None:
            return None  # a bare column or row needs a colon
        return Bounds(row, row + 1, col, col + 1, anchor=True)
    (ra, ca), (rb, cb) = ends
    if ra is not None and rb is not None and ra > rb:
        ra, rb = rb, ra
    if ca is not None and cb is not None and ca > cb:
        ca, cb = cb, ca
    # 'A:C' spans every row; '2:5' every column; 'A2:C' runs to the last row.
    r0 = ra if ra is not None else 0
    c0 = ca if ca is not None else 0
    r1 = rb + 1 if rb is not None else None
    c1 = cb + 1 if cb is not None else None
    if ra is None and rb is not None and ca is not None:  # 'A:C5' is not valid A1
        return None
    return Bounds(r0, r1, c0, c1)
