"""What staff type beside a Follow-ups row, kept when the tab is rewritten.

Follow-ups is rewritten whole on every run, but staff write beside its rows:
in its Notes column, in columns of their own (with or without a header), or in
one of Khatir's columns that Khatir left empty for that row. Before the tab is
rewritten, each earlier row is matched to the same item in the new list (by its
Message Key, else by what it is, whose, its due date and its Why; else by what,
whose and due date when that is unique), and what staff typed goes to the new
row: Notes to Notes, their own columns to the same columns (placed after
Khatir's), a word typed into an empty Khatir column into Notes as "Header: text".

A note whose item is no longer on the list (done, resolved, or gone) is never
dropped: it becomes a row of Problems, with the text, that stays there run after
run until staff delete that row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from . import parse
from ..i18n import Text
from .records import Problem
from .tables import Table, column_letter
from ..plan.worklist import LABELS, NOT_LISTED

# Khatir's columns whose value for one item never empties on its own: anything in
# such a cell that the new row leaves empty was typed by staff.
FIXED_COLUMNS = ("kind", "customer_id", "name", "due", "message_key")
FAMILY = {"overdue": "follow_up", "due": "follow_up"}  # "due today" becomes "overdue"
_GROUP_OF_LABEL = {parse.match_key(text(lang)): group for group, text in LABELS.items()
                   for lang in ("en", "bn")}

# The rows Khatir puts first when the list is cut ("3,807 more not listed ..."): Khatir's
# own though they have no rank, matched to the new row of the same kind.
_NOT_LISTED = re.compile("|".join(
    re.escape(NOT_LISTED(lang)).replace(r"\{count\}", ".+?").replace(r"\{cap\}", ".+?")
    for lang in ("en", "bn")))

NOTE_ORPHANED = Text(
    en="A note typed in Follow-ups beside “{what}” for {who} could not be kept there: "
       "that item is no longer on the list.",
    bn="ফলো-আপে {who}-এর “{what}” সারির পাশে লেখা একটি নোট সেখানে রাখা গেল না: "
       "বিষয়টি আর তালিকায় নেই।")
NOTE_FIX = Text(
    en="The note is kept here until you delete this row; if it still matters, write it in Call Notes.",
    bn="এই সারিটি না মোছা পর্যন্ত নোটটি এখানে থাকবে; এখনো দরকারি হলে কল নোটে লিখে রাখুন।")
NOBODY = Text(en="(no customer)", bn="(গ্রাহক নেই)")


@dataclass
class EarlierRow:
    number: int
    cells: dict[str, str]  # Khatir's columns, by key, as text
    extras: list[str]      # the staff's own columns, in the order of ``Earlier.headers``

    def typed(self) -> bool:
        return bool(self.cells.get("notes") or any(self.extras))


@dataclass
class Earlier:
    """The Follow-ups tab as the last run left it (and staff edited it)."""

    title: str
    headers: list[str] = field(default_factory=list)  # the staff's own columns' headers
    columns: list[int] = field(default_factory=list)  # ... and where they were (0-based)
    rows: list[EarlierRow] = field(default_factory=list)


def read_earlier(table: Table) -> Earlier:
    own = sorted(set(range(max(len(table.header), _width(table)))) - set(table.columns.values()))
    out = Earlier(table.title, [table.header[i] if i < len(table.header) else "" for i in own], own)
    for number, cells in enumerate(table.grid[table.header_row:], start=table.header_row + 1):
        text = [parse.clean_text(v) for v in cells]
        if not any(text):
            continue
        at = lambda i: text[i] if i < len(text) else ""  # noqa: E731
        out.rows.append(EarlierRow(number, {k: at(i) for k, i in table.columns.items()},
                                   [at(i) for i in own]))
    while out.headers and not out.headers[-1] and not any(r.extras[len(out.headers) - 1]
                                                          for r in out.rows):
        out.headers.pop()
        for r in out.rows:
            r.extras.pop()
    return out


def _width(table: Table) -> int:
    return max((len(r) for r in table.grid[table.header_row:]), default=0)


def carry(earlier: Earlier | None, rows: list[dict[str, object]], header: dict[str, str],
          lang: str) -> tuple[list[str], list[Problem]]:
    """Put what staff typed on ``earlier`` rows into the new ``rows`` (in place).

    ``header`` maps Khatir's column keys to their header text. Returns the staff's
    own column headers (written after Khatir's columns; each new row gets a
    ``"_extra"`` list of the same length) and a Problem per note left without its item.
    """
    if earlier is None:
        return [], []
    width = len(earlier.headers)
    items = _Items(rows)
    problems = []
    for row in rows:
        row["_extra"] = [""] * width
    for old in earlier.rows:
        index = items.match(old)
        if index is not None:
            new = rows[index]
            typed_in_empty = [f"{header[k]}: {old.cells[k]}" for k in FIXED_COLUMNS
                              if old.cells.get(k) and not str(new.get(k) or "")]
            new["notes"] = "; ".join(n for n in (old.cells.get("notes", ""), *typed_in_empty) if n)
            new["_extra"] = list(old.extras)
        elif old.typed() or not _khatirs(old.cells):
            problems.extend(_orphaned(earlier, old, header, lang))
    return list(earlier.headers), problems


class _Items:
    """The new rows, indexed by identity, each matched at most once (linear overall)."""

    def __init__(self, rows: list[dict[str, object]]):
        self.rows = rows
        self.taken: set[int] = set()
        self.by_key: dict[str, list[int]] = {}
        self.by_item: dict[tuple[str, str, str], list[int]] = {}
        for i, row in enumerate(rows):
            if row.get("_key"):
                self.by_key.setdefault(str(row["_key"]), []).append(i)
            self.by_item.setdefault(_identity(row), []).append(i)

    def match(self, old: EarlierRow) -> int | None:
        if not old.cells.get("rank"):
            if not _is_not_listed(old.cells):
                return None  # a row staff added by hand: Khatir never wrote it
            kind = _family(old.cells.get("kind", ""))
            found = self._first([i for i, r in enumerate(self.rows) if not r.get("rank")
                                 and _family(str(r.get("kind") or "")) == kind])
            if found is not None:
                self.taken.add(found)
            return found
        found = self._first(self.by_key.get(old.cells.get("message_key") or "", []))
        if found is None:
            same = [i for i in self.by_item.get(_identity(old.cells), []) if i not in self.taken]
            why = old.cells.get("why", "")
            found = next((i for i in same if str(self.rows[i].get("why") or "") == why),
                         same[0] if len(same) == 1 else None)
        if found is not None:
            self.taken.add(found)
        return found

    def _first(self, indexes: list[int]) -> int | None:
        return next((i for i in indexes if i not in self.taken), None)


def _is_not_listed(cells: Mapping[str, object]) -> bool:
    """A row saying how many items were left off the list (khatir.plan.worklist.not_listed_rows)."""
    return not cells.get("rank") and bool(_NOT_LISTED.fullmatch(str(cells.get("why") or "")))


def _khatirs(cells: Mapping[str, object]) -> bool:
    """A row Khatir wrote (an item, or a "not listed" count), not one staff typed."""
    return bool(cells.get("rank")) or _is_not_listed(cells)


def _identity(cells: Mapping[str, object]) -> tuple[str, str, str]:
    return (_family(str(cells.get("kind") or "")), str(cells.get("customer_id") or ""),
            str(cells.get("due") or ""))


def _family(label: str) -> str:
    group = _GROUP_OF_LABEL.get(parse.match_key(label), label)
    return FAMILY.get(group, group)


def _orphaned(earlier: Earlier, old: EarlierRow, header: dict[str, str], lang: str) -> list[Problem]:
    cid = old.cells.get("customer_id", "")
    who = f"{old.cells.get('name', '')} ({cid})".strip() if cid else (old.cells.get("name") or NOBODY(lang))
    what = old.cells.get("kind", "")
    if not _khatirs(old.cells):  # a whole row typed by staff: keep all of it
        text = " | ".join(v for v in [*old.cells.values(), *old.extras] if v)
        return [Problem(earlier.title, old.number, "", text,
                        NOTE_ORPHANED(lang, what=text[:40], who=NOBODY(lang)), NOTE_FIX(lang))]
    notes = []
    if old.cells.get("notes"):
        notes.append((header["notes"], old.cells["notes"]))
    notes += [(h or column_letter(c + 1), v) for c, h, v in zip(earlier.columns, earlier.headers, old.extras) if v]
    return [Problem(earlier.title, old.number, "", f"{name}: {value}",
                    NOTE_ORPHANED(lang, what=what, who=who), NOTE_FIX(lang)) for name, value in notes]


def kept_notes(problems_table: Table | None) -> list[Problem]:
    """Problems rows about orphaned notes that staff have not deleted yet."""
    if problems_table is None:
        return []
    fixes = {NOTE_FIX("en"), NOTE_FIX("bn")}
    out = []
    for number, values in problems_table.rows():
        cells = {k: parse.clean_text(v) for k, v in values.items()}
        if cells.get("fix") in fixes:
            row = cells.get("row", "")
            out.append(Problem(cells.get("tab", ""), int(row) if row.isdigit() else None,
                               cells.get("column", ""), cells.get("value", ""),
                               cells.get("problem", ""), cells["fix"]))
    return out
