"""What the loop asks of a job: ``JobRun`` in, ``Outcome`` out (``ScheduledJob``), and
how a job reaches its spreadsheet (``Target``). The daily job adapted to it is in
``daily_job``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, Callable, Protocol

from ..config import Settings
from .clock import Clock, covered


@dataclass(frozen=True)
class JobRun:
    """One attempt at a job: what it is for and when it started."""

    name: str
    slot: datetime  # the scheduled time this run is for
    started: datetime
    attempt: int  # 1 for the first try of this slot
    clock: Clock
    tz: tzinfo
    verbose: bool = False
    catch_up: Callable[[str], str] | None = None  # which earlier run failed or was missed, and why


    @property
    def today(self) -> date:
        return self.started.astimezone(self.tz).date()

    def covered_by(self, earlier: datetime | None) -> bool:
        """Whether a good run at ``earlier`` already counts for this run's day."""
        return covered(self.slot, earlier, self.tz)


@dataclass(frozen=True)
class Outcome:
    summary: str  # one line for the log file: counts and keys only
    report: str = ""  # what the owner reads on the console
    already: datetime | None = None  # the job had already run (by hand), at this time


class ScheduledJob(Protocol):
    def run(self, run: JobRun) -> Outcome:
        """Do the work; raise on failure (a ConfigError is not retried)."""

    def record_failure(self, run: JobRun, sentence: str, details: str) -> None:
        """Best effort: tell the sheet the run failed (may raise; the log has it anyway)."""


@dataclass
class Target:
    """How a job reaches the spreadsheet; settings are read afresh for every run."""

    key: str
    load_settings: Callable[[], Settings]
    open_backend: Callable[[Settings], Any]
