"""Find each tab and its columns by name in the raw grid a backend read.

A backend hands over plain grids (tab title -> rows of cell values); this module
knows nothing of openpyxl or gspread. It turns them into ``Table`` objects whose
columns are looked up by the schema's keys, and reports what it cannot find.
"""
from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .headers import header_problems
from .parse import is_totals_label
from ..i18n import Text
from .records import Problem
from .schema import ALL_TABS, STAFF, TabSpec, header_key

HEADER_SEARCH_ROWS = 10

MISSING_TAB = Text(
    en="The tab '{tab}' is missing.",
    bn="'{tab}' ট্যাবটি নেই।")
MISSING_TAB_FIX = Text(
    en="Add a tab named '{tab}' (or run python run.py setup, which adds it with its headers).",
    bn="'{tab}' নামে একটি ট্যাব যোগ করুন (অথবা python run.py setup চালান, এটি হেডারসহ ট্যাব যোগ করে)।")
LOOKALIKES_FIX = Text(
    en="These tabs look like it: {found}. Rename the right one to '{name}', or add it to the "
       "settings as [tabs.{key}] title = \"{first}\" (with its own name).",
    bn="এই ট্যাবগুলো এর মতো দেখায়: {found}। ঠিকটির নাম বদলে '{name}' রাখুন, অথবা সেটিংসে "
       "[tabs.{key}] title = \"{first}\" লিখুন (ঠিক ট্যাবটির নাম দিয়ে)।")
TAB_TAKEN = Text(
    en="There is no tab named '{tab}'; the tab '{found}' is read as it.",
    bn="'{tab}' নামে কোনো ট্যাব নেই; '{found}' ট্যাবটিকে {tab} হিসেবে পড়া হচ্ছে।")
TAB_TAKEN_FIX = Text(
    en="If that is right, rename '{found}' to '{name}', or add it to the settings as "
       "[tabs.{key}] title = \"{found}\"; this line then goes away. If it is not, rename it "
       "so its name no longer contains '{name}'.",
    bn="ঠিক হলে '{found}' ট্যাবের নাম বদলে '{name}' রাখুন, অথবা সেটিংসে [tabs.{key}] title = "
       "\"{found}\" লিখুন; তাহলে এই সারিটি আর আসবে না। ঠিক না হলে ট্যাবটির নাম এমনভাবে বদলান "
       "যাতে তাতে '{name}' না থাকে।")
MISSING_HEADER = Text(
    en="The required column '{header}' was not found. Headers found: {found}.",
    bn="দরকারি কলাম '{header}' পাওয়া যায়নি। যে হেডারগুলো আছে: {found}।")
MISSING_HEADER_FIX = Text(
    en="Add a column headed '{header}' (or '{alias}') in the first row; this tab is skipped until then.",
    bn="প্রথম সারিতে '{header}' (বা '{alias}') নামে একটি কলাম যোগ করুন; ততদিন এই ট্যাবটি বাদ থাকবে।")
DUPLICATE_HEADER = Text(
    en="Two columns are headed '{header}'; only the first one (column {used}) is read.",
    bn="দুটি কলামের নাম '{header}'; শুধু প্রথমটি (কলাম {used}) পড়া হয়।")
DUPLICATE_HIDDEN = Text(
    en="Two columns are headed '{header}'; the visible one (column {used}) is read, not the hidden "
       "column {hidden}.",
    bn="দুটি কলামের নাম '{header}'; দেখা যাচ্ছে এমনটি (কলাম {used}) পড়া হয়, লুকানো কলাম {hidden} নয়।")
DUPLICATE_HEADER_FIX = Text(
    en="Rename or delete the second '{header}' column so there is only one.",
    bn="দ্বিতীয় '{header}' কলামটির নাম বদলান বা মুছে দিন, যাতে একটিই থাকে।")
DUPLICATE_HIDDEN_FIX = Text(
    en="Rename or delete the hidden '{header}' column ({hidden}) so there is only one.",
    bn="লুকানো '{header}' কলামটির ({hidden}) নাম বদলান বা মুছে দিন, যাতে একটিই থাকে।")
NONE = Text(en="(none)", bn="(কিছু নেই)")
# A second table pasted under the first brings its header row with it: that row is not a
# record (a customer called "Name" with the phone "Phone"), so it is skipped and said so.
REPEATED_HEADER = Text(
    en="This row repeats the column names; it is not read as a row of this tab.",
    bn="এই সারিতে কলামের নামগুলো আবার লেখা আছে; এটিকে এই ট্যাবের তথ্য হিসেবে পড়া হয়নি।")
REPEATED_HEADER_FIX = Text(
    en="Delete this row, or move the second table (this row and the rows under it) to its own tab.",
    bn="সারিটি মুছে দিন, অথবা দ্বিতীয় টেবিলটি (এই সারি ও এর নিচের সারিগুলো) আলাদা একটি ট্যাবে সরিয়ে নিন।")


@functools.lru_cache(maxsize=1024)
def column_letter(number: int) -> str:
    """A column's letters from its number, counted from 1 as Excel and Google do:
    1 -> A, 28 -> AB. (Grids here are 0-based lists: pass ``index + 1``.)"""
    letters = ""
    while number:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class Table:
    """One tab: its title as found, where its header is, and its columns by key."""

    spec: TabSpec
    title: str
    header_row: int  # 1-based row number of the header row; 0 when the tab is empty
    header: list[str]
    columns: dict[str, int]  # schema key -> 0-based column index
    grid: list[list]
    date1904: bool = False  # a day number in a cell counts from 1904 (the workbook says so)
    # cells holding a formula whose result the file does not keep: (row 1-based, column 0-based)
    uncalculated: frozenset[tuple[int, int]] = frozenset()
    # rows that repeat the column names, as the last ``filled_rows`` found them
    _repeated: list[int] | None = field(default=None, repr=False, compare=False)

    def rows(self) -> Iterator[tuple[int, dict[str, object]]]:
        """(row number, {key: raw value}) for every non-empty row under the header."""
        columns = list(self.columns.items())
        for offset, cells in self.filled_rows():
            width = len(cells)
            yield offset, {key: (cells[i] if i < width else None) for key, i in columns}

    def filled_rows(self) -> list[tuple[int, list]]:
        """(row number, cells) of every non-empty row under the header.

        On a staff tab a row counts as filled only when a column Khatir reads has a value
        (a formula filled down a column of the staff's own, showing "#N/A" on the empty
        rows, does not make them rows), and a totals row ("মোট", "Total" in its ID cell)
        is left out: neither is a record, nor a problem.
        """
        rows = enumerate(self.grid[self.header_row:], start=self.header_row + 1)
        if self.spec.owner != STAFF:
            return [(offset, cells) for offset, cells in rows
                    if any(v is not None and (type(v) is not str or v.strip()) for v in cells)]
        read = sorted(set(self.columns.values()))
        ident = self.columns.get("id", self.columns.get("customer_id"))
        names, own = _column_names(self.spec), [_fast_key(h) if h else "" for h in self.header]
        gate = sorted({i for key, i in self.columns.items() if self.spec.column(key).required})
        out = []
        repeated = []
        for offset, cells in rows:
            width = len(cells)
            if any((v := cells[i]) is not None and (type(v) is not str or v.strip())
                   for i in read if i < width) and not _totals_row(cells, ident):
                if _repeats_header(cells, gate, read, names, own):
                    repeated.append(offset)
                else:
                    out.append((offset, cells))
        self._repeated = repeated
        return out

    def repeated_headers(self) -> list[int]:
        """Row numbers under the header of a staff tab that repeat the column names: the
        header of a second table pasted under the first ("Name | Phone | ...", or the
        Bengali names). ``filled_rows`` leaves them out; the reader reports each one."""
        if self.spec.owner != STAFF or not self.header_row:
            return []
        if self._repeated is None:
            self.filled_rows()
        return list(self._repeated or ())

    def header_of(self, key: str) -> str:
        index = self.columns.get(key)
        if index is not None and index < len(self.header):
            return self.header[index]
        return self.spec.column(key).header


def _repeats_header(cells: list, gate: list[int], read: list[int], names: frozenset[str],
                    own: list[str]) -> bool:
    """A required cell (an ID, a Date, a Note) holds a name of one of the tab's columns;
    at least two of the cells Khatir reads do (whichever column they are in: a second table
    may have its own order); and with the cells that repeat the tab's own header above them
    (staff's extra columns) they are at least half of the row's filled cells. One such cell
    is not enough: a Done of "সম্পন্ন" is also that column's Bengali name, and a customer
    may be called "Name". (A row whose required cells are all empty is no record anyway:
    Problems asks for them.)

    This runs on every row of every staff tab, so the required cells are looked at first,
    and a cell is compared in a form made by two C-speed string methods (``_fast_key``
    without its NFC step), not ``header_key``'s walk over its letters."""
    width = len(cells)
    for i in gate:
        if i < width and type(v := cells[i]) is str and len(v) <= _LONGEST_NAME \
                and v.casefold().translate(_DROP) in names:
            break
    else:
        return False
    known = 0
    for i in read:
        if i < width and type(v := cells[i]) is str and len(v) <= _LONGEST_NAME \
                and v.casefold().translate(_DROP) in names:
            known += 1
    if known < 2:
        return False
    repeated = filled = 0
    for i, v in enumerate(cells):
        if v is None or (type(v) is str and not v.strip()):
            continue
        filled += 1
        if type(v) is str and len(v) <= _LONGEST_NAME:
            key = v.casefold().translate(_DROP)
            if key in names or (i < len(own) and own[i] and key == own[i]):
                repeated += 1
    return 2 * repeated >= filled


#: No column name is longer than this: a longer cell (a note) is not compared with them.
_LONGEST_NAME = 60
#: What a header may carry around or inside a name: spaces, punctuation, invisible marks.
_DROP = dict.fromkeys(map(ord, string.punctuation + string.whitespace
                          + "\u00a0\u200b\u200c\u200d\u2060\ufeff\u2013\u2014\u2018\u2019\u201c\u201d\u0964"),
                      None)


def _fast_key(text: str) -> str:
    """A name as ``_repeats_header`` compares it: case, spaces and punctuation aside."""
    return unicodedata.normalize("NFC", text).casefold().translate(_DROP)


@functools.lru_cache(maxsize=64)
def _column_names(spec: TabSpec) -> frozenset[str]:
    """Every name a column of this tab is known by, in ``_fast_key`` form."""
    return frozenset(_fast_key(n) for col in spec.columns for n in (*col.names(), *col.loose))


def _totals_row(cells: list, ident: int | None) -> bool:
    """A totals row: its ID cell is a totals label ("মোট", "Total", "Grand Total"), or the ID
    cell is empty and the row's first filled cell is one (a "মোট" under the dates of Orders)."""
    if ident is not None and ident < len(cells) and _filled(cells[ident]):
        return is_totals_label(cells[ident])
    first = next((v for v in cells if _filled(v)), None)
    return is_totals_label(first)


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def find_tab(spec: TabSpec, grids: dict[str, list[list]], specs: Iterable[TabSpec] = ALL_TABS,
             loose: bool = True) -> str | None:
    """The sheet's title for ``spec``: its configured title or any alias, matched loosely
    (case, spaces and punctuation aside); else, for a staff tab, the one tab whose name
    contains one of those names ("গ্রাহক তালিকা", "কল নোট ২০২৬": ``lookalikes``), when
    exactly one does. ``specs``: every tab, as the settings name them."""
    wanted = {header_key(n) for n in spec.names()}
    exact = [t for t in grids if t == spec.title]
    if exact:
        return exact[0]
    for title in grids:
        if header_key(title) in wanted:
            return title
    if loose:
        found = lookalikes(spec, grids, specs)
        if len(found) == 1:
            return found[0][0]
    return None


def lookalikes(spec: TabSpec, grids: Iterable[str], specs: Iterable[TabSpec] = ALL_TABS
               ) -> list[tuple[str, str]]:
    """Tabs whose name contains one of a staff tab's names but is none of any tab's names:
    (title, the name it contains). Staff lengthen a tab's name ("গ্রাহক তালিকা", "কল নোট
    ২০২৬", "Customers 2026"). A tab whose name also contains another tab's name ("গ্রাহক
    মতামত": customers' feedback) or is another tab's name ("মিটআপ সারাংশ", Meetup Summary)
    is not one; nor is any tab for Khatir's own tabs, which it writes."""
    if spec.owner != STAFF:
        return []
    specs = list(specs)
    own = {header_key(n): n for n in spec.names() if len(header_key(n)) >= 3}
    others = {header_key(n) for other in specs if other.key != spec.key for n in other.names()
              if header_key(n) not in own}
    every = {header_key(n) for other in specs for n in other.names()}
    out = []
    for title in grids:
        key = header_key(title)
        if key in every or any(name in key for name in others):
            continue
        name = next((own[n] for n in own if n in key), None)
        if name is not None:
            out.append((title, name))
    return out


def locate(spec: TabSpec, grids: dict[str, list[list]], lang: str,
           problems: list[Problem], title: str | None = None) -> Table | None:
    """Match ``spec`` against the grids; report a missing tab or header as a Problem.

    Returns None when the tab cannot be used at all (missing, or a required header
    missing); the caller skips it and the run goes on. ``title``: the tab is known
    already (Khatir's own tabs are found by their mark, not by name).
    """
    title = title or find_tab(spec, grids)
    if title is None:
        return None
    grid = grids[title]
    epoch = bool(getattr(grids, "date1904", False))  # see backends.base.Grids
    header_row = _header_row(spec, grid)
    header = [_text(v) for v in grid[header_row - 1]] if header_row else []
    by_key: dict[str, list[int]] = {}
    for index, name in enumerate(header):
        by_key.setdefault(header_key(name), []).append(index)
    columns: dict[str, int] = {}
    hidden = (getattr(grids, "hidden_columns", None) or {}).get(title, frozenset())
    for col in spec.columns:
        hits = sorted({i for n in col.names() for i in by_key.get(header_key(n), [])})
        if hits:
            # Staff hide an old column and add a new one under the same name: the visible
            # one is read (where the backend knows which are hidden: a workbook).
            shown = [i for i in hits if i not in hidden]
            used = shown[0] if shown else hits[0]
            other = next(i for i in hits if i != used) if len(hits) > 1 else None
            columns[col.key] = used
            if other is not None:
                text, letter = header[other], column_letter(other + 1)
                problem, fix = ((DUPLICATE_HIDDEN, DUPLICATE_HIDDEN_FIX) if other in hidden
                                and used not in hidden else (DUPLICATE_HEADER, DUPLICATE_HEADER_FIX))
                problems.append(Problem(
                    title, header_row, letter, text,
                    problem(lang, header=text, used=column_letter(used + 1), hidden=letter),
                    fix(lang, header=text, hidden=letter)))
    if spec.owner == STAFF:
        columns.update(_loose_columns(spec, header, columns))
    missing = [c for c in spec.columns if c.required and c.key not in columns]
    if not header_row:
        return Table(spec, title, 0, [], {}, grid, epoch)  # an empty tab: nothing to read
    for col in missing:
        found = ", ".join(h for h in header if h) or NONE(lang)
        problems.append(Problem(
            title, header_row or 1, "", "",
            MISSING_HEADER(lang, header=col.header, found=found),
            MISSING_HEADER_FIX(lang, header=col.header, alias=(col.aliases or (col.header,))[0])))
    if spec.owner == STAFF:
        problems.extend(header_problems(spec, title, header_row, header, columns, lang,
                                        column_letter))
    if missing:
        return None
    return Table(spec, title, header_row, header, columns, grid, epoch,
                 (getattr(grids, "uncalculated", None) or {}).get(title, frozenset()))


def _loose_columns(spec: TabSpec, header: list[str], columns: dict[str, int]) -> dict[str, int]:
    """Columns of a staff tab found by a looser name, for those no header names exactly:
    one of the column's ``loose`` names ("Notes", "Call Note" for Note), or a name with
    words in brackets after it ("Note (what they said)", "Amount (৳)"). Only a header no
    other column took, and only when exactly one header fits: two candidates are a guess."""
    taken = set(columns.values())
    out: dict[str, int] = {}
    for col in spec.columns:
        if col.key in columns:
            continue
        exact = {header_key(n) for n in col.names()}
        loose = {header_key(n) for n in col.loose}
        hits = [i for i, h in enumerate(header) if h and i not in taken
                and (header_key(h) in loose or header_key(_unbracketed(h)) in exact | loose)]
        if len(hits) == 1:
            out[col.key] = hits[0]
            taken.add(hits[0])
    return out


def _unbracketed(text: str) -> str:
    """A header without the words in brackets after its name: "Note (what they said)" -> "Note"."""
    return re.split(r"[(\[（]", text, maxsplit=1)[0]


def _header_row(spec: TabSpec, grid: list[list]) -> int:
    """The 1-based row that holds the most known headers among the first rows.

    Staff sometimes leave a title or a blank row above the header; the row with
    the most recognised names wins, and ties go to the top.
    """
    known = {header_key(n) for col in spec.columns for n in col.names()}
    best, best_hits = 0, 0
    for number, row in enumerate(grid[:HEADER_SEARCH_ROWS], start=1):
        hits = len({header_key(v) for v in row if _filled(v)} & known)
        if hits > best_hits:
            best, best_hits = number, hits
    if best:
        return best
    for number, row in enumerate(grid[:HEADER_SEARCH_ROWS], start=1):
        if any(_filled(v) for v in row):
            return number
    return 0


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()
