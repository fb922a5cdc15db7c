"""Run Khatir's jobs on a schedule, unattended: catch-up, retries, one run at a time.

Not built on the ``schedule`` library, though it looks like a fit: it reads the
computer's clock (``datetime.now()``), knows only local time (``.at("09:00",
"Asia/Dhaka")`` needs pytz) and forgets runs missed while the laptop was off or
asleep; using it meant overriding a private method. So ``clock.Timetable`` keeps
the little of it Khatir needs (the jobs, the due ones run earliest first, how long
to sleep), and each job's next run is computed from an injected clock in the shop's
time zone (zoneinfo) and from the state file (last good run, failures), so a missed
day is caught up at once, on start and after the computer wakes. Tests pass a fake
clock and a fake sleep.

The rules, in words a shop owner can check:

* A job runs once a day, at its time (09:00 by default). If that time passed
  while the computer was off or asleep, it runs as soon as it can. A good run
  on a day counts for that day: it never runs twice for the same day, even
  when it was run by hand earlier (the Run Log is checked before running).
* A failed run is tried again every ``retry_minutes`` (15), at most
  ``max_retries`` (6) times; then it waits for its next day. A mistake in the
  settings or a template is not retried: it needs a person, and it is reported
  once, in the log file and in the Run Log tab.
* One run at a time per spreadsheet: a run holds the spreadsheet's lock file
  ``run-<name>-<hash>.lock`` (see khatir.lock and ``config.lock_file``).

Local files live in ``state_dir`` (``[schedule] state_dir``; by default
``~/.khatir``, on Windows ``%LOCALAPPDATA%\\Khatir``): ``schedule-state.json``,
the lock files of each spreadsheet and ``logs/khatir.log``.

The package, by stage: ``config`` (the ``[schedule]`` settings and the local
files), ``state`` (the state file), ``clock`` (when a job is due: slots,
catch-up, retries; the timetable), ``protocol`` (what a job is given and
returns), ``daily_job`` (the daily job), ``loop`` (``JobScheduler``: running, retrying, wake
detection), ``logs`` (the log file and redaction) and ``messages`` (what the
owner is told). The names below are imported from ``khatir.scheduler``.
"""
from __future__ import annotations

from .clock import (Clock, Planned, Timetable, covered, following_slot, latest_slot, next_due,
                    slot_on)
from .config import (DEFAULT_AT, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_MINUTES, LOG_FILE, RUN_LOCK,
                     SCHEDULE_KEYS, SCHEDULER_LOCK, STATE_FILE, JobSpec, ScheduleConfig,
                     default_state_dir, lock_file, run_lock_path, schedule_config, state_dir,
                     state_dir_hint)
from .daily_job import DailyJob
from .protocol import JobRun, Outcome, ScheduledJob, Target
from .logs import LOG_BACKUPS, LOG_MAX_BYTES, describe_error, redact, setup_logging
from .loop import TICK_SECONDS, WAKE_SLACK_SECONDS, Attempt, JobScheduler
from .state import JobState, StateStore, target_key

__all__ = [
    # config
    "DEFAULT_AT", "DEFAULT_MAX_RETRIES", "DEFAULT_RETRY_MINUTES", "LOG_FILE", "RUN_LOCK",
    "SCHEDULE_KEYS", "SCHEDULER_LOCK", "STATE_FILE", "JobSpec", "ScheduleConfig",
    "default_state_dir", "lock_file", "run_lock_path", "schedule_config", "state_dir",
    "state_dir_hint",
    # state
    "JobState", "StateStore", "target_key",
    # clock
    "Clock", "Planned", "Timetable", "covered", "following_slot", "latest_slot",
    "next_due", "slot_on",
    # jobs
    "DailyJob", "JobRun", "Outcome", "ScheduledJob", "Target",
    # loop
    "TICK_SECONDS", "WAKE_SLACK_SECONDS", "Attempt", "JobScheduler",
    # logs
    "LOG_BACKUPS", "LOG_MAX_BYTES", "describe_error", "redact", "setup_logging",
]
