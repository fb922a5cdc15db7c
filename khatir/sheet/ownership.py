"""Which tabs are Khatir's own: recognised by a mark, never by a name alone.

Script tabs (Follow-ups, Problems, Meetup Summary, and the hidden Khatir Keys)
are rewritten on every run, so taking a staff tab for one would wipe it. A tab is
Khatir's when it carries the mark Khatir writes when it creates or adopts it (a
sheet-scoped hidden defined name in a workbook, developer metadata on a Google
sheet); staff cannot make one by accident.

Tabs made by Khatir before marks existed are adopted once, safely: a tab whose
title is exactly the script tab's title (or one of its names) and whose first row
is exactly Khatir's header for it (in English or Bengali, or the Bengali of an
older version: ``TabSpec.written_headers``; extra columns to the right are
allowed), or which is completely empty, is taken and marked on the next write.
Any other tab whose name is (loosely) the script tab's name stops the run with a
sentence saying which tab, and what to do; nothing is written.
"""
from __future__ import annotations

from ..config import Settings
from ..errors import SheetError
from ..i18n import Text
from .schema import SCRIPT, TabSpec, default_spec, header_key

COLLISION = Text(
    en="The tab '{tab}' has the name of Khatir's {what} tab, but Khatir did not make it, so "
       "nothing was written (Khatir rewrites that tab on every run and would have wiped it). "
       "Rename the tab '{tab}' (for example to '{tab} (staff)'), or give Khatir's tab another "
       "name in the settings ([tabs.{key}] title = \"...\"), and run again.",
    bn="'{tab}' ট্যাবটির নাম খাতিরের '{what}' ট্যাবের নামের মতো, কিন্তু এটি খাতির তৈরি করেনি, "
       "তাই কিছুই লেখা হয়নি (খাতির প্রতিবার ওই ট্যাবটি নতুন করে লেখে, তাতে এটি মুছে যেত)। "
       "'{tab}' ট্যাবটির নাম বদলান (যেমন '{tab} (staff)'), অথবা সেটিংসে খাতিরের ট্যাবের "
       "অন্য নাম দিন ([tabs.{key}] title = \"...\"), তারপর আবার চালান।")


def owned_specs(settings: Settings) -> list[TabSpec]:
    return [s for s in settings.tabs if s.owner == SCRIPT]


def script_tabs(grids: dict[str, list[list]], marks: dict[str, str],
                settings: Settings) -> dict[str, str | None]:
    """Each script tab's title in the sheet (None: not there yet, it will be created).

    ``marks`` maps a tab's title to the script tab key its mark names. Raises
    SheetError (one sentence, in Bengali and English) on a name collision.
    """
    out: dict[str, str | None] = {}
    for spec in owned_specs(settings):
        out[spec.key] = _resolve(spec, grids, marks)
    return out


def _resolve(spec: TabSpec, grids: dict[str, list[list]], marks: dict[str, str]) -> str | None:
    exact = {n.casefold() for n in spec.names()}
    marked = [t for t in grids if marks.get(t) == spec.key]
    if marked:  # a copy of a marked tab carries the mark too: prefer the one named right
        return next((t for t in marked if t.casefold() in exact), marked[0])
    for title in grids:
        if title.casefold() in exact and adoptable(spec, grids[title]):
            return title
    loose = _collision_names(spec)
    # a chart sheet has no cells, but its name is taken all the same
    for title in [*grids, *getattr(grids, "other_tabs", ())]:
        if header_key(title) in loose and marks.get(title) is None:
            raise SheetError(COLLISION, tab=title, what=default_spec(spec.key).title, key=spec.key)
    return None


def _collision_names(spec: TabSpec) -> set[str]:
    """The names a staff tab may not have: the script tab's title and, unless the
    settings gave it another title, its other names."""
    renamed = spec.title != default_spec(spec.key).title
    return {header_key(n) for n in ((spec.title,) if renamed else spec.names())}


def adoptable(spec: TabSpec, grid: list[list]) -> bool:
    """An empty tab, or one whose first row starts with Khatir's own header for it."""
    if not any(v not in (None, "") for row in grid for v in row):
        return True
    first = [header_key(v) for v in grid[0]] if grid else []
    for names in spec.written_headers(core=True):
        if first[:len(names)] == [header_key(n) for n in names]:
            return True
    return False
