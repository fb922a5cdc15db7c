"""When a job is due, by an injected clock in the shop's time zone: its daily slot,
catch-up of missed days and retries; and the ``schedule`` classes that ask for it."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Callable

import schedule

from .config import JobSpec
from .state import JobState

if TYPE_CHECKING:
    from .loop import JobScheduler

Clock = Callable[[], datetime]


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


class ClockJob(schedule.Job):
    """A ``schedule.Job`` whose next run comes from ``JobScheduler`` (its clock and state)."""

    def __init__(self, owner: "JobScheduler", spec: JobSpec, registry: schedule.Scheduler):
        super().__init__(1, registry)
        self.owner = owner
        self.spec = spec
        self.slot: datetime | None = None

    def _schedule_next_run(self) -> None:
        self.next_run, self.slot = self.owner.due(self.spec)

    @property
    def should_run(self) -> bool:
        return self.next_run is not None and self.owner.clock() >= self.next_run

    def run(self):
        if self.job_func is None:  # pragma: no cover - every ClockJob is given one by .do()
            raise RuntimeError(f"the job {self.spec.name} has nothing to run")
        ret = self.job_func()
        self.last_run = self.owner.clock()
        self._schedule_next_run()
        return ret


class ClockScheduler(schedule.Scheduler):
    """``schedule.Scheduler`` with an injected clock for ``idle_seconds``."""

    def __init__(self, clock: Clock):
        super().__init__()
        self.clock = clock

    @property
    def idle_seconds(self) -> float | None:
        if not self.next_run:
            return None
        return (self.next_run - self.clock()).total_seconds()
