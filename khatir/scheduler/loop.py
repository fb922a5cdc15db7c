"""The loop: run due jobs one at a time under the run lock, retry failures, notice
when the computer woke up, and tell the owner what happened."""
from __future__ import annotations

import logging
import signal
import threading
import time as _time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any, Callable, Iterator, Mapping

from ..backends.base import Described
from ..errors import ConfigError
from ..i18n import Text, localise_digits
from ..lock import LockBusy, run_locks
from .clock import Clock, Timetable, next_due
from ..settings_check import where
from .catchup import catch_up_phrase
from .config import NO_SUCH_JOB, JobSpec, ScheduleConfig
from .protocol import JobRun, ScheduledJob
from .logs import describe_error
from .messages import (ALREADY, BUSY, DONE, FAILED_CONFIG, FAILED_GIVE_UP, FAILED_RETRY, JOB_AT,
                       KEEPS_GOING, LAST_FAILED, LAST_OK, NEXT, NOTHING_DUE, RUN_LOG_FAILED,
                       RUNNING, SAME_PROBLEM, STARTED, STOPPED, STOPPING, TIMES, TOOK_OVER, WHY_CATCH_UP,
                       WHY_FIRST, WHY_RETRY, WHY_SCHEDULED, WOKE, duration, job_label, phrase,
                       render)
from .state import JobState, StateStore

log = logging.getLogger("khatir.scheduler")

TICK_SECONDS = 60  # how often the loop looks at the clock (also: how soon a wake is noticed)
#: After ``max_retries`` quick retries, a run that keeps failing (the workbook left open in
#: Excel, the internet down all morning) is tried this often until it goes through.
LATE_RETRY_MINUTES = 60
WAKE_SLACK_SECONDS = 120  # a sleep that overran by more than this was the computer sleeping


@dataclass(frozen=True)
class Attempt:
    job: str
    status: str  # "ok", "already", "failed", "busy"
    error: str = ""


class JobScheduler:
    """The jobs, their state and the loop. Time comes only from ``clock`` and ``sleep``."""

    def __init__(self, config: ScheduleConfig, jobs: Mapping[str, ScheduledJob], *, target: str,
                 tz: tzinfo, clock: Clock, sleep: Callable[[float], None] = _time.sleep,
                 lang: str = "en", echo: Callable[[str], None] = print, verbose: bool = False,
                 tick: float = TICK_SECONDS, handle_signals: bool = False):
        self.config = config
        self.jobs = dict(jobs)
        self.target = target
        self.tz = tz
        self.clock = clock
        self.sleep = sleep
        self.lang = lang
        self.echo = echo
        self.verbose = verbose
        self.tick = tick
        self.handle_signals = handle_signals
        self.store = StateStore(config.state_file)
        self._not_before: dict[str, datetime] = {}
        self._attempts: list[Attempt] = []
        self._raise_busy = False
        self._stop_requested = False
        for spec in config.jobs:
            if spec.name not in self.jobs:
                raise ConfigError(NO_SUCH_JOB, file=where(None), name=spec.name,
                                  known=", ".join(self.jobs))
        self.timetable = Timetable(config.jobs, self.due, clock)

    # -- reporting ----------------------------------------------------------
    def say(self, level: int, text: Text, **params: Any) -> None:
        """Tell the owner (console, their language) and the log file (English)."""
        log.log(level, render(text, "en", **params))
        self.echo(render(text, self.lang, **params))

    def when(self, moment: datetime) -> str:
        return moment.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    # -- decisions ----------------------------------------------------------
    def state(self, name: str) -> JobState:
        return self.store.job(self.target, name)

    def due(self, spec: JobSpec) -> tuple[datetime, datetime]:
        due, slot = next_due(spec.at, self.tz, self.state(spec.name), self.clock())
        not_before = self._not_before.get(spec.name)
        if not_before is not None and due < not_before:
            due = not_before
        return due, slot

    def next_run(self) -> tuple[JobSpec, datetime] | None:
        first = self.timetable.first()
        return None if first is None else (first.spec, first.next_run)

    def resync(self) -> None:
        """Recompute every job's next run from the state file and the clock."""
        self.timetable.resync()

    # -- running ------------------------------------------------------------
    def run_pending(self, raise_busy: bool = False) -> list[Attempt]:
        """Run every job that is due now (``--once`` is exactly this)."""
        self._attempts = []
        self._raise_busy = raise_busy
        self.resync()
        for spec in self.timetable.due_now():
            self._attempt(spec)
            self.timetable.replan(spec)
        return list(self._attempts)

    def _attempt(self, spec: JobSpec) -> None:
        name = spec.name
        label = job_label(name)
        try:
            with run_locks(self.config.run_locks(self.target), what=f"the {name} job",
                           now=self.clock) as held:
                if held.took_over:
                    self.say(logging.WARNING, TOOK_OVER, reason=held.took_over)
                self._not_before.pop(name, None)
                self._run_locked(spec, label)
        except LockBusy as busy:
            if self._raise_busy:
                raise
            log.info("%s", busy)
            self._not_before[name] = self.clock() + timedelta(seconds=self.tick)
            self._attempts.append(Attempt(name, "busy"))
            self.say(logging.INFO, BUSY, job=label)

    def _run_locked(self, spec: JobSpec, label: Text) -> None:
        name = spec.name
        now = self.clock()
        state = self.state(name)  # read again under the lock: another process may have run it
        due, slot = next_due(spec.at, self.tz, state, now)
        if due > now:
            return
        attempt = state.failures + 1 if state.slot == slot else 1
        total = self.config.max_retries + 1
        if attempt > 1:
            why = phrase(WHY_RETRY, n=attempt, total=total, when=self.when(slot))
        elif state.last_success is None and state.last_attempt is None:
            why = phrase(WHY_FIRST)
        elif now - slot > timedelta(seconds=max(self.tick, WAKE_SLACK_SECONDS)):
            why = phrase(WHY_CATCH_UP, when=self.when(slot))
        else:
            why = phrase(WHY_SCHEDULED, when=self.when(slot))
        self.say(logging.INFO, RUNNING, job=label, why=why)
        run = JobRun(name, slot, now, attempt, self.clock, self.tz, self.verbose,
                     catch_up=catch_up_phrase(state, slot, self.tz))
        try:
            with self._finish_before_stopping():
                outcome = self.jobs[name].run(run)
        except Exception as err:  # noqa: BLE001 - every failure is logged and survived
            self._failed(spec, run, state, err, label)
            return
        finished = self.clock()
        if outcome.already is not None:
            self.store.save_job(self.target, name, replace(
                state, last_success=outcome.already, last_attempt=now,
                last_outcome=f"ok (already, {outcome.already.isoformat(timespec='seconds')})",
                slot=None, failures=0, retry_at=None, gave_up=False))
            self.say(logging.INFO, ALREADY, job=label, when=self.when(outcome.already))
            self._attempts.append(Attempt(name, "already"))
            return
        self.store.save_job(self.target, name, JobState(
            last_success=now, last_attempt=now, last_outcome="ok"))
        log.info("%s ok: %s", name, outcome.summary)
        if outcome.report:
            self.echo(outcome.report)
        self.say(logging.INFO, DONE, job=label, when=self.when(finished))
        self._attempts.append(Attempt(name, "ok"))

    def _failed(self, spec: JobSpec, run: JobRun, state: JobState, err: Exception,
                label: Text) -> None:
        now = self.clock()
        sentence = describe_error(err, self.verbose)
        if self.verbose:
            log.error("%s failed:\n%s", spec.name, "".join(
                traceback.format_exception(type(err), err, err.__traceback__)).rstrip())
        total = self.config.max_retries + 1
        needs_person = isinstance(err, ConfigError)
        late = run.attempt >= total  # the quick retries are used up: hourly until it goes through
        minutes = LATE_RETRY_MINUTES if late else self.config.retry_minutes
        retry_at = None if needs_person else now + timedelta(minutes=minutes)
        new = replace(state, last_attempt=now, last_outcome=f"failed: {sentence}", slot=run.slot,
                      failures=run.attempt, retry_at=retry_at, gave_up=needs_person,
                      error_bn=describe_error(err, self.verbose, "bn"))
        self.store.save_job(self.target, spec.name, new)
        next_time, _ = next_due(spec.at, self.tz, new, now)
        when = self.when(next_time)
        told = lambda lang: describe_error(err, self.verbose, lang)  # noqa: E731 - the owner's language
        if needs_person:
            self.say(logging.ERROR, FAILED_CONFIG, job=label, error=told, when=when)
            details = f"not retried: a person must fix this; next try {when}"
        elif late:
            self.say(logging.ERROR, FAILED_GIVE_UP, job=label, error=told,
                     times=lambda lang: TIMES(lang, run.attempt), when=when)
            details = f"try {run.attempt}; trying every hour, next try {when}"
        else:
            self.say(logging.WARNING, FAILED_RETRY, job=label, error=told, when=when,
                     n=run.attempt, total=total)
            details = f"try {run.attempt} of {total}; next try {when}"
        self._attempts.append(Attempt(spec.name, "failed", sentence))
        if late and run.attempt > total:
            return  # the hourly tries add no Run Log row each: the catch-up row will tell
        try:
            self.jobs[spec.name].record_failure(run, sentence, f"today={run.today}; {details}")
        except Exception as write_err:  # noqa: BLE001 - the sheet may be what is down
            again = describe_error(write_err, self.verbose)
            self.say(logging.WARNING, RUN_LOG_FAILED, log=self.config.log_file,
                     error=SAME_PROBLEM if again == sentence else
                     (lambda lang: describe_error(write_err, self.verbose, lang)))

    @contextmanager
    def _finish_before_stopping(self) -> Iterator[None]:
        """During a job, the first Ctrl+C asks to stop after it; the second stops at once."""
        if not self.handle_signals or threading.current_thread() is not threading.main_thread():
            yield
            return

        def later(signum, frame):
            if self._stop_requested:
                raise KeyboardInterrupt
            self._stop_requested = True
            self.echo(render(STOPPING, self.lang))

        signals = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
        previous = {s: signal.getsignal(s) for s in signals}
        for s in signals:
            signal.signal(s, later)
        try:
            yield
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)

    # -- the two ways to run ------------------------------------------------------
    def announce_next(self) -> None:
        upcoming = self.next_run()
        if upcoming is None:
            return
        spec, when = upcoming
        wait = (when - self.clock()).total_seconds()
        self.say(logging.INFO, NEXT, job=job_label(spec.name), when=self.when(when),
                 tz=str(self.tz), wait=duration(wait))

    def announce_last(self) -> None:
        """How each job's last run went, from the state file."""
        for spec in self.config.jobs:
            state = self.state(spec.name)
            label = job_label(spec.name)
            if state.last_outcome.startswith("failed") and state.last_attempt is not None:
                english = state.last_outcome[len("failed: "):]
                error = Text(en=english, bn=state.error_bn or english)  # the owner's language
                self.say(logging.INFO, LAST_FAILED, job=label, when=self.when(state.last_attempt),
                         error=error)
            elif state.last_success is not None:
                self.say(logging.INFO, LAST_OK, job=label, when=self.when(state.last_success))

    def run_once(self) -> int:
        """Run what is due now and return an exit code: 0 fine, 1 a job failed."""
        attempts = self.run_pending(raise_busy=True)
        if not attempts:
            self.say(logging.INFO, NOTHING_DUE)
            self.announce_last()
        self.announce_next()
        return 1 if any(a.status == "failed" for a in attempts) else 0

    def run_forever(self, description: Described | str | None = None) -> None:
        """Run jobs when they are due until Ctrl+C; a failure never stops the loop."""
        def jobs(lang: str) -> str:
            return "; ".join(JOB_AT(lang, job=job_label(s.name)(lang),
                                    at=localise_digits(s.at_text, lang), tz=str(self.tz))
                             for s in self.config.jobs)

        self.say(logging.INFO, STARTED, target=description or self.target, jobs=jobs,
                 log=self.config.log_file)
        self._stop_requested = False
        first = True
        try:
            while not self._stop_requested:
                try:
                    if first:
                        self.announce_last()
                    attempts = self.run_pending()
                    if first or any(a.status != "busy" for a in attempts):
                        self.announce_next()
                    first = False
                except Exception as err:  # noqa: BLE001 - e.g. the state folder is not writable
                    # Not in a tight loop: every job waits retry_minutes before the next look.
                    later = self.clock() + timedelta(minutes=self.config.retry_minutes)
                    self._not_before.update({spec.name: later for spec in self.config.jobs})
                    self.say(logging.ERROR, KEEPS_GOING, minutes=self.config.retry_minutes,
                             error=lambda lang, err=err: describe_error(err, self.verbose, lang))
                if self._stop_requested:
                    break
                idle = self.timetable.idle_seconds
                wait = self.tick if idle is None else min(self.tick, max(1.0, idle))
                before = self.clock()
                self.sleep(wait)
                gap = (self.clock() - before).total_seconds() - wait
                if gap > WAKE_SLACK_SECONDS or gap < -WAKE_SLACK_SECONDS:
                    self.say(logging.INFO, WOKE, gap=duration(gap))
        except KeyboardInterrupt:
            pass
        self.say(logging.INFO, STOPPED)
