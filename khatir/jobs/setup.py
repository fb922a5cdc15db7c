"""Prepare a sheet for Khatir: the missing tabs and headers, frozen header rows,
dropdowns where staff choose from a list, warning-only protection of the script
tabs, and overdue rows highlighted in Follow-ups.

Existing cells are never changed: a header row is written only into an empty tab,
and a tab whose header lacks a required column is reported, not edited. The
header is found as the daily job finds it (a title row above it is fine), and
only tabs set-up writes a header into get a frozen header row; a column the
staff already gave a dropdown keeps theirs (the backend checks).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Settings
from ..i18n import BENGALI_SCRIPT, Text, localise_digits
from ..sheet.presentation import MESSAGE_DROPDOWNS
from ..sheet.schema import SCRIPT, STAFF, Column, TabSpec, header_key
from ..sheet.ownership import script_tabs
from ..sheet.orders_export import read_export
from ..sheet.tables import _header_row, _loose_columns, find_tab
from .daily import header_names

DROPDOWNS = {
    ("customers", "segment"): ["interested", "existing", "lost"],
    ("customers", "language"): ["bn", "en"],
    ("customers", "do_not_contact"): ["yes", "no"],
    ("call_notes", "done"): ["yes", "no"],
    **{("messages", key): choices for key, choices in MESSAGE_DROPDOWNS.items()},
    ("feedback", "sentiment"): ["positive", "negative", "suggestion"],
    ("feedback", "resolved"): ["yes", "no"],
}

#: The same choices in Bengali, for a staff column whose header is Bengali (staff there
#: write হারানো, not "lost"; the reader takes both). Messages keeps Khatir's own words.
BENGALI_CHOICES = {
    ("customers", "segment"): ["আগ্রহী", "বর্তমান", "হারানো"],
    ("customers", "do_not_contact"): ["হ্যাঁ", "না"],
    ("call_notes", "done"): ["হ্যাঁ", "না"],
    ("feedback", "sentiment"): ["ইতিবাচক", "নেতিবাচক", "পরামর্শ"],
    ("feedback", "resolved"): ["হ্যাঁ", "না"],
}

CREATED = Text(en="Created the tab '{tab}' with its headers.", bn="'{tab}' ট্যাবটি হেডারসহ তৈরি হয়েছে।")
HEADERS = Text(en="Added the header row to the empty tab '{tab}'.", bn="খালি '{tab}' ট্যাবে হেডার সারি যোগ হয়েছে।")
MISSING = Text(en="The tab '{tab}' has no '{header}' column; add it by hand (nothing was changed there).",
               bn="'{tab}' ট্যাবে '{header}' কলাম নেই; নিজে যোগ করুন (সেখানে কিছু বদলানো হয়নি)।")
READY = Text(en="The sheet is ready: {count} tabs checked.", bn="শিট তৈরি: {count}টি ট্যাব দেখা হয়েছে।")


@dataclass(frozen=True)
class Dropdown:
    title: str
    column: int  # 0-based
    choices: tuple[str, ...]
    first_row: int = 2  # 1-based: the row below the header


@dataclass
class SetupPlan:
    new_tabs: list[tuple[str, list[str]]] = field(default_factory=list)
    header_rows: list[tuple[str, list[str]]] = field(default_factory=list)  # into empty tabs
    freeze: list[str] = field(default_factory=list)
    dropdowns: list[Dropdown] = field(default_factory=list)
    protect: list[str] = field(default_factory=list)  # warning-only
    overdue: tuple[str, int] | None = None  # Follow-ups title, Days Overdue column
    report: list[str] = field(default_factory=list)


def plan_setup(grids: dict[str, list[list]], settings: Settings,
               marks: dict[str, str] | None = None) -> SetupPlan:
    """What to add. Khatir's own tabs are found by their mark (khatir.sheet.ownership): a
    staff tab named like one stops set-up (SheetError) before anything is changed."""
    lang = settings.language
    plan = SetupPlan()
    owned = script_tabs(grids, marks or {}, settings)
    for spec in settings.tabs:
        if spec.hidden:
            continue  # made by the daily run, hidden, when it first has something to keep
        title = (owned[spec.key] if spec.key in owned else find_tab(spec, grids)) or spec.title
        grid = grids.get(title)
        wanted = header_names(spec, lang)
        header_row = 1
        if grid is None:
            plan.new_tabs.append((title, wanted))
            plan.report.append(CREATED(lang, tab=title))
            header = wanted
            plan.freeze.append(title)
        elif not any(v not in (None, "") for row in grid for v in row):
            plan.header_rows.append((title, wanted))
            plan.report.append(HEADERS(lang, tab=title))
            header = wanted
            plan.freeze.append(title)
        else:
            header_row = _header_row(spec, grid) or 1
            header = [str(v or "") for v in grid[header_row - 1]]
            for col in unread_columns(spec, title, grid, header, lang):
                plan.report.append(MISSING(lang, tab=title, header=col.header))
        positions = {header_key(h): i for i, h in enumerate(header)}
        for col in spec.columns:
            choices = DROPDOWNS.get((spec.key, col.key))
            index = next((positions[header_key(n)] for n in col.names() if header_key(n) in positions), None)
            if choices and index is not None and BENGALI_SCRIPT.search(header[index]):
                choices = BENGALI_CHOICES.get((spec.key, col.key), choices)
            if choices and index is not None:
                plan.dropdowns.append(Dropdown(title, index, tuple(choices), header_row + 1))
        if spec.owner == SCRIPT:
            plan.protect.append(title)
        if spec.key == "follow_ups":
            plan.overdue = (title, [c.key for c in spec.columns].index("days_overdue"))
    shown = [s for s in settings.tabs if not s.hidden]
    plan.report.append(READY(lang, count=localise_digits(len(shown), lang)))
    return plan



def unread_columns(spec: TabSpec, title: str, grid: list[list], header: list[str],
                   lang: str) -> list[Column]:
    """The required columns the daily run cannot find in a staff tab, found the way it finds
    them: by exact name, then (``_loose_columns``) by a looser name or a name with words in
    brackets after it ("Note (what they said)"); and an Orders tab holding a shop system's
    export (a POS paste with Receipt No and Customer Mobile) misses nothing, since the daily
    run reads it as the backtest does. Set-up telling an owner to add a "Note" column the
    run does not need is worse than silence: the empty exact "Note" would then win over the
    staff's own column, and every note would read empty (an owner's blind trial, stop 38)."""
    columns: dict[str, int] = {}
    for col in spec.columns:
        names = {header_key(n) for n in col.names()}
        index = next((i for i, h in enumerate(header) if header_key(h) in names), None)
        if index is not None:
            columns[col.key] = index
    if spec.owner == STAFF:
        columns.update(_loose_columns(spec, header, columns))
    missing = [c for c in spec.columns if c.required and c.key not in columns]
    if missing and spec.key == "orders" and read_export(title, grid, lang, [])[0] is not None:
        return []
    return missing


def run_setup(backend, settings: Settings) -> SetupPlan:
    """Read the sheet (an absent workbook counts as empty), plan, apply in one go."""
    grids = backend.read_for_setup()
    plan = plan_setup(grids, settings, backend.marks)
    backend.setup(plan)
    return plan
