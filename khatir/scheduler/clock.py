"""When a job is due, by an injected clock in the shop's time zone: its daily slot,
catch-up of missed days and retries; and the timetable that asks for it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Callable, Iterable

from ..jobs import Clock
from .config import JobSpec
from .state import JobState


def slot_on(day: date, at: time, tz: tzinfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz)


def _day_start(moment: datetime, tz: tzinfo) -> datetime:
    return datetime.combine(moment.astimezone(tz).date(), time(0), tzinfo=tz)


def covered(slot: datetime, last_success: datetime | None, tz: tzinfo) -> bool:
    """Whether a good run at ``last_success`` counts for ``slot``: it was on that day or later."""
    return last_success is not None and last_success >= _day_start(slot, tz)


def latest_slot(at: time, tz: tzinfo, now: datetime) -> datetime:
    """The job's most recent scheduled time at or before ``now``."""
    today = now.astimezone(tz).date()
    slot = slot_on(today, at, tz)
    return slot if slot <= now else slot_on(today - timedelta(days=1), at, tz)


def following_slot(slot: datetime, at: time, tz: tzinfo) -> datetime:
    return slot_on(slot.astimezone(tz).date() + timedelta(days=1), at, tz)


def next_due(at: time, tz: tzinfo, state: JobState, now: datetime) -> tuple[datetime, datetime]:
    """(when the job should next run, the scheduled time that run is for).

    A time at or before ``now`` means: run now (a catch-up, or a retry that is due).
    """
    slot = latest_slot(at, tz, now)
    if not covered(slot, state.last_success, tz):
        tried = state.slot is not None and state.slot == slot
        if not tried:
            return slot, slot
        if not state.gave_up:
            return (state.retry_at or slot), slot
    upcoming = following_slot(slot, at, tz)
    while covered(upcoming, state.last_success, tz):
        upcoming = following_slot(upcoming, at, tz)
    return upcoming, upcoming


@dataclass
class Planned:
    """One job and when it runs next (``slot``: the scheduled time that run is for)."""

    spec: JobSpec
    next_run: datetime
    slot: datetime


class Timetable:
    """The jobs and when each runs next, by the injected clock and the state file.

    Why not the ``schedule`` library (Khatir used it before): its jobs compute their
    next run from the computer's clock (``datetime.now()``) in local time, and knowing
    nothing of missed days, retries or the state file. Giving them the shop's clock
    meant subclassing ``schedule.Job`` and overriding its private ``_schedule_next_run``,
    which any release may change. What was used of it is this: keep the jobs, run the
    ones that are due in order of their next run (earliest first, ties in settings
    order), compute each one's next run again after it ran, and say how long to sleep.
    ``due`` (``JobScheduler.due``) does the real work: ``next_due`` plus a busy lock's wait.
    """

    def __init__(self, specs: Iterable[JobSpec], due: Callable[[JobSpec], tuple[datetime, datetime]],
                 clock: Clock):
        self._due = due
        self.clock = clock
        self.planned = [self._plan(spec) for spec in specs]

    def _plan(self, spec: JobSpec) -> Planned:
        next_run, slot = self._due(spec)
        return Planned(spec, next_run, slot)

    def resync(self) -> None:
        """Compute every job's next run again (the state file or the clock moved)."""
        self.planned = [self._plan(p.spec) for p in self.planned]

    def replan(self, spec: JobSpec) -> None:
        """Compute ``spec``'s next run again, after it ran."""
        self.planned = [self._plan(p.spec) if p.spec is spec else p for p in self.planned]

    def due_now(self) -> list[JobSpec]:
        """The jobs whose time has come, earliest first."""
        now = self.clock()
        return [p.spec for p in sorted(self.planned, key=lambda p: p.next_run) if p.next_run <= now]

    def first(self) -> Planned | None:
        """The job that runs next."""
        return min(self.planned, key=lambda p: p.next_run, default=None)

    @property
    def idle_seconds(self) -> float | None:
        """Seconds until the next job is due (negative: overdue); None without jobs."""
        first = self.first()
        return None if first is None else (first.next_run - self.clock()).total_seconds()
