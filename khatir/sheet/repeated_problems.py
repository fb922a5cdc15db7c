"""One Problems row for a problem repeated down a column.

A shop that fills Segment with its own words ("retail", "corporate") has the same cell
problem on every customer's row: an electronics chain's blind trial (trial 14) saw 3,000
Problems rows saying the same thing, and the few that needed a person were buried under
them. The same tab, column, value, problem and fix on three rows or more is one row, and
its Row cell names the rows ("5, 9, 12, 15, 20 and 2,945 more"), so staff can still go to
them and the tab stays short enough to read.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..i18n import Text, thousands
from .records import Problem

GROUP_FROM = 3  # two rows are shown as two; from the third, one row names them all
ROWS_SHOWN = 5

_MORE = Text(en="{rows} and {count} more", bn="{rows} ও আরও {count}টি")


def group_repeated(problems: Iterable[Problem]) -> list[Problem]:
    """The problems in their order, each repeated one kept once, where it first came, with
    the other rows it was found on in ``more_rows``."""
    problems = list(problems)
    rows: dict[tuple[str, ...], list[int]] = {}
    for p in problems:
        if p.row is not None:
            rows.setdefault(_key(p), []).append(p.row)
    out, written = [], set()
    for p in problems:
        key = _key(p)
        same = rows.get(key, []) if p.row is not None else []
        if len(same) < GROUP_FROM:
            out.append(p)
        elif key not in written:
            written.add(key)
            out.append(replace(p, more_rows=tuple(sorted(set(same) - {p.row}))))
    return out


def row_cell(p: Problem, lang: str) -> object:
    """The Row cell: the row number, or the rows of a repeated problem in words."""
    if p.row is None:
        return ""
    if not p.more_rows:
        return p.row
    shown = [p.row, *p.more_rows][:ROWS_SHOWN]
    rest = 1 + len(p.more_rows) - len(shown)
    listed = ", ".join(str(n) for n in shown)  # row numbers as the spreadsheet shows them
    return _MORE(lang, rows=listed, count=thousands(rest, lang)) if rest else listed


def _key(p: Problem) -> tuple[str, ...]:
    return (p.tab, p.column, p.value, p.problem, p.fix)
