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
from datetime import date
from typing import Mapping

from . import parse
from ..backends.base import Cell
from ..i18n import Text
from .records import Problem
from .tables import Table, column_letter
from ..messages.kinds import KINDS
from ..plan.worklist import LABELS, NOT_LISTED

# Khatir's columns whose value for one item never empties on its own: anything in
# such a cell that the new row leaves empty was typed by staff (but a message key,
# see _a_message_key).
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


COMMENT = Text(en="Comment", bn="সেলের মন্তব্য")
LINK = Text(en="Link", bn="লিংক")
NOTE_ORPHANED_PROBLEM = Text(
    en="A note typed in Problems beside the problem at {where} could not be kept there: that "
       "problem is no longer found (it was: {what}).",
    bn="সমস্যা ট্যাবে {where}-এর সমস্যার পাশে লেখা একটি নোট সেখানে রাখা গেল না: সমস্যাটি আর "
       "পাওয়া যাচ্ছে না (সেটি ছিল: {what})।")
STAFF_ROW_IN_PROBLEMS = Text(
    en="A row typed into Problems (“{what}”) is kept here: Khatir rewrites that tab on every run.",
    bn="সমস্যা ট্যাবে লেখা একটি সারি (“{what}”) এখানে রাখা হলো: খাতির প্রতিবার ট্যাবটি নতুন করে লেখে।")
TYPED_BESIDE = Text(
    en="Text typed in {tab} (“{what}”) could not be kept there: Khatir rewrites that tab on every run.",
    bn="{tab} ট্যাবে লেখা কিছু কথা (“{what}”) সেখানে রাখা গেল না: খাতির প্রতিবার ট্যাবটি নতুন করে লেখে।")
TYPED_BESIDE_FIX = Text(
    en="The text is kept here until you delete this row; keep notes of your own on a tab of your "
       "own, which Khatir never changes.",
    bn="এই সারিটি না মোছা পর্যন্ত লেখাটি এখানে থাকবে; নিজের নোট নিজের একটি ট্যাবে রাখুন, "
       "খাতির সেটি কখনো বদলায় না।")
FORMULAS_REWRITTEN = Text(
    en="Column {column} of {tab} held formulas (in {count} of its cells; the first: {formula}): Khatir rewrites "
       "that tab on every run, so each row kept the value its formula showed, and new rows have none.",
    bn="{tab} ট্যাবের {column} কলামে সূত্র ছিল ({count}টি ঘরে, প্রথমটি: {formula}): খাতির প্রতিবার "
       "ট্যাবটি নতুন করে লেখে, তাই প্রতিটি সারিতে সূত্রের দেখানো মানটিই রইল, নতুন সারিতে কিছু নেই।")
FORMULAS_FIX = Text(
    en="The formula is kept here until you delete this row; put formulas on a tab of your own (they "
       "can look up this tab), which Khatir never changes.",
    bn="এই সারিটি না মোছা পর্যন্ত সূত্রটি এখানে থাকবে; সূত্র নিজের একটি ট্যাবে রাখুন (সেখান থেকে এই "
       "ট্যাব দেখা যায়), খাতির সেটি কখনো বদলায় না।")
PICTURE_STAYS = Text(
    en="A picture sits over cell {cell} of {tab}, beside the row of {what} as the last run wrote it: "
       "Khatir rewrites that tab on every run, in a new order, so the picture stays over {cell} while the "
       "rows move under it.",
    bn="{tab} ট্যাবের {cell} ঘরের ওপর একটি ছবি আছে, আগের বার লেখা সারিটির পাশে ({what}): খাতির প্রতিবার "
       "ট্যাবটি নতুন ক্রমে লেখে, তাই ছবিটি {cell}-এই থেকে যায়, সারিগুলো তার নিচে সরে যায়।")
PICTURE_FIX = Text(
    en="Put the picture on a tab of your own, which Khatir never changes, or a link to it in the Notes of "
       "its row; this row is here while the picture is.",
    bn="ছবিটি নিজের একটি ট্যাবে রাখুন, খাতির সেটি কখনো বদলায় না, বা তার লিংক সেই সারির নোটে লিখুন; "
       "ছবিটি যতদিন থাকবে, এই সারিটিও থাকবে।")
ROW_OF = Text(en="“{what}” for {who}", bn="{who}-এর “{what}”")
WHERE = Text(en="{tab}, row {row}, column {column}", bn="{tab}, সারি {row}, কলাম {column}")


@dataclass
class EarlierRow:
    number: int
    cells: dict[str, str]  # Khatir's columns, by key, as text
    #: the staff's own columns, in the order of ``Earlier.headers``, as typed (``_as_typed``)
    extras: list[Cell]
    comments: list[str] = field(default_factory=list)  # cell comments (notes) on the row
    links: list[str] = field(default_factory=list)  # the addresses of its cells' hyperlinks

    def typed(self) -> bool:
        return bool(self.cells.get("notes") or any(map(parse.clean_text, self.extras))
                    or self.comments or self.links)

    def comment_notes(self, lang: str) -> list[str]:
        """The row's comments and links, as notes ("Comment: ...", "Link: https://...")."""
        return [f"{name}: {text}" for name, text in self.annotations(lang)]

    def annotations(self, lang: str) -> list[tuple[str, str]]:
        return [(COMMENT(lang), text) for text in self.comments] + [(LINK(lang), url) for url in self.links]


@dataclass
class Earlier:
    """The Follow-ups tab as the last run left it (and staff edited it)."""

    title: str
    headers: list[str] = field(default_factory=list)  # the staff's own columns' headers
    columns: list[int] = field(default_factory=list)  # ... and where they were (0-based)
    rows: list[EarlierRow] = field(default_factory=list)
    #: the cell comments read under the header, (row, column 0-based, text): their words
    #: go with the rows, so the write takes them off the tab (khatir.backends.xlsx_comments)
    comments: frozenset[tuple[int, int, str]] = frozenset()
    #: the same for the cells' hyperlinks, (row, column 0-based, address): a link belongs to
    #: its cell, so the address goes with the row and the write takes the link off the tab
    #: (khatir.backends.xlsx_links)
    links: frozenset[tuple[int, int, str]] = frozenset()


def read_earlier(table: Table, comments: Mapping[tuple[int, int], str] | None = None,
                 links: Mapping[tuple[int, int], str] | None = None) -> Earlier:
    """The tab as the last run left it and staff edited it; ``comments``: its cell
    comments, {(row 1-based, column 0-based): text}; ``links``: its cells' hyperlinks,
    {(row 1-based, column 0-based): address}."""
    own = sorted(set(range(max(len(table.header), _width(table)))) - set(table.columns.values()))
    out = Earlier(table.title, [table.header[i] if i < len(table.header) else "" for i in own], own)
    below = {(n, c): t for (n, c), t in (comments or {}).items() if n > table.header_row}
    linked = {(n, c): url for (n, c), url in (links or {}).items() if n > table.header_row}
    by_row: dict[int, list[str]] = {}
    for (n, _c), t in sorted(below.items()):
        by_row.setdefault(n, []).append(parse.clean_text(t))
    urls_by_row: dict[int, list[str]] = {}
    for (n, c), url in sorted(linked.items()):
        if not _shows(table, n, c, url):
            urls_by_row.setdefault(n, []).append(url)
    out.comments = frozenset((n, c, t) for (n, c), t in below.items())
    out.links = frozenset((n, c, url) for (n, c), url in linked.items())
    last = max(len(table.grid), max(by_row, default=0), max(urls_by_row, default=0))
    # rows staff inserted above the header (a title) too: the header goes back to row 1
    for number in [*range(1, table.header_row), *range(table.header_row + 1, last + 1)]:
        cells = table.grid[number - 1] if number <= len(table.grid) else []
        text = [parse.clean_text(v) for v in cells]
        if not any(text) and number not in by_row and number not in urls_by_row:
            continue
        at = lambda i: text[i] if i < len(text) else ""  # noqa: E731
        out.rows.append(EarlierRow(number, {k: at(i) for k, i in table.columns.items()},
                                   [_as_typed(cells[i]) if i < len(cells) else "" for i in own],
                                   by_row.get(number, []), urls_by_row.get(number, [])))
    while out.headers and not out.headers[-1] and not any(parse.clean_text(r.extras[len(out.headers) - 1])
                                                          for r in out.rows):
        out.headers.pop()
        for r in out.rows:
            r.extras.pop()
    return out


def _as_typed(value: Cell) -> Cell:
    """A cell of the staff's own column as it goes to the item's new row: a number, a date or
    a yes/no as it is (written back as text, a SUM over the column would stop counting it, a
    date would stop sorting as one), anything else as its clean text (a time of day too: the
    writers have no time format to give it, and "17:30" reads as the cell showed it)."""
    if isinstance(value, (bool, int, float, date)):
        return value
    return parse.clean_text(value)


def _shows(table: Table, row: int, column: int, url: str) -> bool:
    """Whether the linked cell's own text is its address (a pasted link), which goes with
    the row as the cell's text already."""
    cells = table.grid[row - 1] if row <= len(table.grid) else []
    text = parse.clean_text(cells[column]) if column < len(cells) else ""
    return bool(text) and _bare(text) == _bare(url)


def _bare(url: str) -> str:
    return re.sub(r"^(?:https?://|mailto:)", "", url.strip(), flags=re.I).rstrip("/").casefold()


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
            _move_notes(old, rows[index], FIXED_COLUMNS, header, lang)
            if old.cells.get("rank") and not _ranked(old.cells):  # words typed over the #
                typed = f"{header['rank']}: {old.cells['rank']}"
                rows[index]["notes"] = "; ".join(n for n in (str(rows[index]["notes"]), typed) if n)
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
        if not _item(old.cells):
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


def _ranked(cells: Mapping[str, object]) -> bool:
    """The row has a rank Khatir wrote (a number in "#"); words there were typed by staff."""
    return str(cells.get("rank") or "").isdigit()


def _item(cells: Mapping[str, object]) -> bool:
    """A row Khatir wrote for an item: ranked, or its # typed over (its What still Khatir's)."""
    return _ranked(cells) or (bool(cells.get("rank")) and bool(cells.get("customer_id"))
                              and parse.match_key(str(cells.get("kind") or "")) in _GROUP_OF_LABEL)


def _is_not_listed(cells: Mapping[str, object]) -> bool:
    """A row saying how many items were left off the list (khatir.plan.worklist.not_listed_rows)."""
    return not cells.get("rank") and bool(_NOT_LISTED.fullmatch(str(cells.get("why") or "")))


def _khatirs(cells: Mapping[str, object]) -> bool:
    """A row Khatir wrote (an item, or a "not listed" count), not one staff typed."""
    return _item(cells) or _is_not_listed(cells)


def _identity(cells: Mapping[str, object]) -> tuple[str, str, str]:
    return (_family(str(cells.get("kind") or "")), str(cells.get("customer_id") or ""),
            str(cells.get("due") or ""))


def _family(label: str) -> str:
    group = _GROUP_OF_LABEL.get(parse.match_key(label), label)
    return FAMILY.get(group, group)


def _move_notes(old: EarlierRow, new: dict[str, object], columns: tuple[str, ...],
                header: dict[str, str], lang: str) -> None:
    """What staff typed on ``old`` onto its ``new`` row: the Notes cell, anything typed into
    one of Khatir's ``columns`` the new row leaves empty, the cell comments; their own columns."""
    typed_in_empty = [f"{header[k]}: {old.cells[k]}" for k in columns
                      if old.cells.get(k) and not parse.clean_text(new.get(k))
                      and not (k == "message_key" and _a_message_key(old.cells[k]))]
    new["notes"] = "; ".join(n for n in (old.cells.get("notes", ""), *typed_in_empty,
                                         *old.comment_notes(lang)) if n)
    new["_extra"] = list(old.extras)


def _a_message_key(text: str) -> bool:
    """A key Khatir wrote (``win_back:C-16:2026-09-10``): a row's key empties on its own
    when its message is no longer wanted (a lost customer in mourning), and is not a note."""
    kind, sep, rest = text.partition(":")
    return bool(sep and rest) and kind in KINDS


def _typed_notes(earlier: Earlier, old: EarlierRow, header: dict[str, str],
                 lang: str) -> list[tuple[str, str]]:
    """(where, text) of everything staff typed on a row whose item is gone."""
    notes = [(header["notes"], old.cells["notes"])] if old.cells.get("notes") else []
    notes += [(h or column_letter(c + 1), text) for c, h, v in zip(earlier.columns, earlier.headers, old.extras)
              if (text := parse.clean_text(v))]
    return notes + old.annotations(lang)


def _orphaned(earlier: Earlier, old: EarlierRow, header: dict[str, str], lang: str) -> list[Problem]:
    cid = old.cells.get("customer_id", "")
    who = f"{old.cells.get('name', '')} ({cid})".strip() if cid else (old.cells.get("name") or NOBODY(lang))
    what = old.cells.get("kind", "")
    if not _khatirs(old.cells):  # a whole row typed by staff: keep all of it
        text = " | ".join(v for v in [*old.cells.values(), *map(parse.clean_text, old.extras),
                                      *old.comment_notes(lang)] if v)
        return [Problem(earlier.title, old.number, "", text,
                        NOTE_ORPHANED(lang, what=text[:40], who=NOBODY(lang)), NOTE_FIX(lang))]
    notes = _typed_notes(earlier, old, header, lang)
    return [Problem(earlier.title, old.number, "", f"{name}: {value}",
                    NOTE_ORPHANED(lang, what=what, who=who), NOTE_FIX(lang)) for name, value in notes]


def kept_notes(problems_table: Table | None) -> list[Problem]:
    """Problems rows about orphaned notes that staff have not deleted yet."""
    if problems_table is None:
        return []
    fixes = {text(lang) for text in (NOTE_FIX, TYPED_BESIDE_FIX, FORMULAS_FIX) for lang in ("en", "bn")}
    out = []
    for number, values in problems_table.rows():
        cells = {k: parse.clean_text(v) for k, v in values.items()}
        if cells.get("fix") in fixes:
            row = cells.get("row", "")
            out.append(Problem(cells.get("tab", ""), int(row) if row.isdigit() else None,
                               cells.get("column", ""), cells.get("value", ""),
                               cells.get("problem", ""), cells["fix"]))
    return out


def typed_beside(table: Table | None, lang: str) -> list[Problem]:
    """What staff typed to the right of Khatir's columns on a script tab that is rewritten
    whole and carries nothing (Results, Meetup Summary), or in a row they inserted above its
    header (Khatir writes the header on row 1): one Problem per row, with the text, kept
    until staff delete it (``kept_notes``). Left there, the rewrite would drop it unseen."""
    if table is None or not table.header_row or not table.columns:
        return []
    first = max(table.columns.values()) + 1  # right of Khatir's last column: never Khatir's
    header = [parse.clean_text(v) for v in table.grid[table.header_row - 1][first:]]
    found: list[tuple[int, str]] = []
    for number in range(1, table.header_row):  # a title above the header
        found.append((number, " | ".join(t for v in table.grid[number - 1] if (t := parse.clean_text(v)))))
    for number in range(table.header_row + 1, len(table.grid) + 1):  # beside: "Owner: Eid week"
        cells = [parse.clean_text(v) for v in table.grid[number - 1][first:]]
        named = [header[i] if i < len(header) and header[i] else column_letter(first + i + 1)
                 for i in range(len(cells))]
        found.append((number, " | ".join(f"{name}: {v}" for name, v in zip(named, cells) if v)))
    if not any(text for _, text in found) and any(header):  # a header of their own alone
        found.append((table.header_row, " | ".join(h for h in header if h)))
    return [_typed_problem(table, number, text, lang) for number, text in found if text]


def _typed_problem(table: Table, number: int, text: str, lang: str) -> Problem:
    return Problem(table.title, number, "", text, TYPED_BESIDE(lang, tab=table.title, what=text[:40]),
                   TYPED_BESIDE_FIX(lang))


def formulas_lost(table: Table | None, formulas: Mapping[tuple[int, int], str] | None,
                  lang: str) -> list[Problem]:
    """One Problem per column of a rewritten tab (Follow-ups, Problems) whose cells under the
    header held formulas, with the first formula: Khatir writes values, so the rewrite keeps
    what each formula showed (``carry``) but not the formula. Khatir never writes a formula
    there, so every one is the staff's."""
    if table is None or not formulas:
        return []
    by_column: dict[int, list[tuple[int, str]]] = {}
    for (row, col), text in sorted(formulas.items()):
        if row > table.header_row:
            by_column.setdefault(col, []).append((row, text))
    out = []
    for col, cells in sorted(by_column.items()):
        header = table.header[col] if col < len(table.header) else ""
        header = parse.clean_text(header)
        column = f"{column_letter(col + 1)} (“{header}”)" if header else column_letter(col + 1)
        row, first = cells[0]
        out.append(Problem(table.title, row, column_letter(col + 1), first,
                           FORMULAS_REWRITTEN(lang, column=column, tab=table.title, count=len(cells),
                                              formula=first[:40]),
                           FORMULAS_FIX(lang)))
    return out


def pictures_beside(table: Table | None, pictures: list[tuple[int, int]] | None,
                    lang: str) -> list[Problem]:
    """One Problem per picture staff put beside a row of a rewritten tab (Follow-ups,
    Problems): the words of the row go with their item, but a picture sits over a cell, and
    stays there while the rows under it change (khatir.backends.xlsx_pictures). Said on every
    run while it is there; the picture itself is left alone."""
    if table is None or not pictures:
        return []
    out = []
    for row, col in pictures:
        what = _row_words(table, row, lang) if row > table.header_row else ""
        if what:
            cell = f"{column_letter(col + 1)}{row}"
            out.append(Problem(table.title, row, column_letter(col + 1), what,
                               PICTURE_STAYS(lang, cell=cell, tab=table.title, what=what), PICTURE_FIX(lang)))
    return out


def _row_words(table: Table, row: int, lang: str) -> str:
    """A row of a rewritten tab as its reader knows it: "“overdue” for Name (C-1)", or the
    words in Khatir's columns (a Problems row)."""
    cells = table.grid[row - 1] if row <= len(table.grid) else []
    text = {k: parse.clean_text(cells[i]) if i < len(cells) else "" for k, i in table.columns.items()}
    if text.get("customer_id"):
        who = f"{text.get('name', '')} ({text['customer_id']})".strip()
        return ROW_OF(lang, what=text.get("kind", ""), who=who)
    words = " | ".join(t for t in text.values() if t)
    return f"“{words if len(words) <= 60 else words[:59] + '…'}”" if words else ""


def typed_rows(table: Table | None, always: str, lang: str) -> list[Problem]:
    """Rows staff typed into Khatir's columns of a script tab that is rewritten whole and
    carries nothing (Meetup Summary): Khatir fills the column ``always`` on every row it writes
    (the number invited, 0 included), so a row under the header without it, with words in
    Khatir's other columns, is the staff's. One Problem each, kept until deleted."""
    if table is None or not table.header_row or always not in table.columns:
        return []
    mark, mine = table.columns[always], sorted(table.columns.values())
    out = []
    for number in range(table.header_row + 1, len(table.grid) + 1):
        cells = table.grid[number - 1]
        if mark < len(cells) and parse.clean_text(cells[mark]):
            continue
        text = " | ".join(t for i in mine if i < len(cells) and (t := parse.clean_text(cells[i])))
        if text:
            out.append(_typed_problem(table, number, text, lang))
    return out


# -- Problems ---------------------------------------------------------------------------
# Problems is rewritten whole too, and staff write beside its rows the same way ("asked
# Rina to fix it", "this customer has two numbers, that is right"). A row is the same
# problem when its tab, row, column, cell value and problem are; else when all but the
# row are (staff inserted rows above it); else when tab, row, column and value are (the
# owner's language changed the words).
PROBLEM_COLUMNS = ("tab", "row", "column", "value", "problem", "fix")
_PROBLEM_KEYS = (("tab", "row", "column", "value", "problem"), ("tab", "column", "value", "problem"),
                 ("tab", "row", "column", "value"))


def carry_problems(earlier: Earlier | None, rows: list[dict[str, object]], header: dict[str, str],
                   lang: str) -> tuple[list[str], list[Problem]]:
    """Like ``carry``, for the Problems rows: what staff typed beside an earlier row goes
    to the same problem's new row; a note whose problem is gone becomes a Problem of
    its own (kept until staff delete it, like a Follow-ups note whose item is gone)."""
    if earlier is None:
        return [], []
    width = len(earlier.headers)
    for row in rows:
        row["_extra"] = [""] * width
    index: list[dict[tuple[str, ...], list[int]]] = [{} for _ in _PROBLEM_KEYS]
    for i, row in enumerate(rows):
        cells = {k: parse.clean_text(row.get(k)) for k in PROBLEM_COLUMNS}
        for level, keys in enumerate(_PROBLEM_KEYS):
            index[level].setdefault(tuple(cells[k] for k in keys), []).append(i)
    taken: set[int] = set()
    problems = []
    for old in earlier.rows:
        found = None
        if _a_problem(old.cells):  # a row Khatir wrote
            for level, keys in enumerate(_PROBLEM_KEYS):
                found = next((i for i in index[level].get(tuple(old.cells.get(k, "") for k in keys), [])
                              if i not in taken), None)
                if found is not None:
                    break
        if found is not None:
            taken.add(found)
            _move_notes(old, rows[found], PROBLEM_COLUMNS, header, lang)
        elif old.typed() or not _a_problem(old.cells):
            problems.extend(_orphaned_problem(earlier, old, header, lang))
    return list(earlier.headers), problems


def _a_problem(cells: Mapping[str, str]) -> bool:
    """A Problems row Khatir wrote (it has a problem and its fix), not one staff typed."""
    return bool(cells.get("problem") and cells.get("fix"))


def _orphaned_problem(earlier: Earlier, old: EarlierRow, header: dict[str, str],
                      lang: str) -> list[Problem]:
    if not _a_problem(old.cells):  # a row typed by staff: all of it
        text = " | ".join(v for v in [*old.cells.values(), *map(parse.clean_text, old.extras),
                                      *old.comment_notes(lang)] if v)
        return [Problem(earlier.title, old.number, "", text,
                        STAFF_ROW_IN_PROBLEMS(lang, what=text[:40]), NOTE_FIX(lang))]
    where = WHERE(lang, tab=old.cells.get("tab", ""), row=old.cells.get("row", ""),
                  column=old.cells.get("column", ""))
    what = old.cells.get("problem", "")
    what = what if len(what) <= 60 else what[:59] + "…"
    notes = _typed_notes(earlier, old, header, lang)
    return [Problem(earlier.title, old.number, "", f"{name}: {value}",
                    NOTE_ORPHANED_PROBLEM(lang, what=what, where=where), NOTE_FIX(lang))
            for name, value in notes]

