"""The day's plan, built from the sheet: each rule's part of a run (its section) gives
work-list rows and message drafts.

A section is a function ``(facts: RunFacts) -> Contribution`` (``facts.RunFacts``: the
run's sheet, settings and day, and the facts sections share); the daily job
runs them all, so a new rule is one new module and one line in ``jobs/daily.py``.
``worklist`` turns the parts into Follow-ups rows and the messages prepared for them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..sheet.records import Problem
from .worklist import Draft, WorkItem


@dataclass
class Contribution:
    items: list[WorkItem] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)  # standalone, not tied to a work item
    tabs: dict[str, list[dict[str, object]]] = field(default_factory=dict)  # script tab rows
    notes: list[str] = field(default_factory=list)  # lines for the run summary
    problems: list[Problem] = field(default_factory=list)  # rows for Problems (a cell to correct)
