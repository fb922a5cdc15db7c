"""The ``[schedule]`` settings: which jobs run when, how failures are retried, and
where the local files (state, locks, log) are kept."""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from ..config import PROJECT_ROOT, Settings
from ..errors import ConfigError
from ..i18n import ASCII_DIGITS

DEFAULT_AT = time(9, 0)
DEFAULT_RETRY_MINUTES = 15
DEFAULT_MAX_RETRIES = 6

STATE_FILE = "schedule-state.json"
RUN_LOCK = "run"  # run-<spreadsheet>-<hash>.lock: one run at a time per spreadsheet
SCHEDULER_LOCK = "scheduler"  # scheduler-<spreadsheet>-<hash>.lock: one scheduler per spreadsheet
LOG_FILE = Path("logs") / "khatir.log"

SCHEDULE_KEYS = ("daily_at", "jobs", "retry_minutes", "max_retries", "state_dir")


@dataclass(frozen=True)
class JobSpec:
    name: str
    at: time  # in the shop's time zone

    @property
    def at_text(self) -> str:
        return self.at.strftime("%H:%M")


@dataclass(frozen=True)
class ScheduleConfig:
    jobs: tuple[JobSpec, ...] = (JobSpec("daily", DEFAULT_AT),)
    retry_minutes: int = DEFAULT_RETRY_MINUTES
    max_retries: int = DEFAULT_MAX_RETRIES
    state_dir: Path = field(default_factory=lambda: default_state_dir())

    @property
    def state_file(self) -> Path:
        return self.state_dir / STATE_FILE

    def run_lock(self, target: str) -> Path:
        return lock_file(self.state_dir, RUN_LOCK, target)

    def scheduler_lock(self, target: str) -> Path:
        return lock_file(self.state_dir, SCHEDULER_LOCK, target)

    @property
    def log_file(self) -> Path:
        return self.state_dir / LOG_FILE


def default_state_dir(windows: bool | None = None) -> Path:
    """``%LOCALAPPDATA%\\Khatir`` on Windows, ``~/.khatir`` elsewhere."""
    if windows is None:
        windows = os.name == "nt"
    if windows:
        base = os.environ.get("LOCALAPPDATA")
        return (Path(base) if base else Path.home() / "AppData" / "Local") / "Khatir"
    return Path.home() / ".khatir"


def state_dir(settings: Settings) -> Path:
    """Where the state file, the lock files and the logs are kept (for any script)."""
    raw = settings.section("schedule").get("state_dir")
    if not raw:
        return default_state_dir()
    if not isinstance(raw, str):
        raise ConfigError(f"In {settings.source or 'the settings'}, [schedule] state_dir is "
                          f"{raw!r}; write a folder in quotes, like state_dir = \"C:/Khatir\".")
    path = Path(os.path.expandvars(raw)).expanduser()
    if not path.is_absolute():
        path = (settings.source.parent if settings.source else PROJECT_ROOT) / path
    return path


def lock_file(folder: Path, kind: str, target: str) -> Path:
    """The lock file of one spreadsheet (a ``target_key``): two shops' workbooks, or a
    workbook and a Google Sheet, run side by side; the same one twice does not.

    The name shows which spreadsheet it is for (the file name or the sheet's key)
    and ends with a hash of the whole key, so two ``shop.xlsx`` in different
    folders get different locks.
    """
    tail = re.split(r"[/\\:]", target)[-1]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", tail).strip("-")[:40] or "sheet"
    digest = hashlib.sha256(target.encode("utf-8")).hexdigest()[:10]
    return folder / f"{kind}-{stem}-{digest}.lock"


def run_lock_path(settings: Settings, target: str) -> Path:
    """The lock file every run on the spreadsheet ``target`` (a ``target_key``) holds;
    ``scripts/daily.py`` uses it with ``khatir.lock.run_lock``."""
    return lock_file(state_dir(settings), RUN_LOCK, target)


_TIME = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")


def schedule_config(settings: Settings, known_jobs: tuple[str, ...] = ("daily",)) -> ScheduleConfig:
    """The ``[schedule]`` table of the settings, over the defaults; a mistake is a ConfigError."""
    raw = settings.section("schedule")
    where = f"In {settings.source or 'the settings'}, [schedule]"
    unknown = sorted(set(raw) - set(SCHEDULE_KEYS))
    if unknown:
        raise ConfigError(f"{where} has an unknown setting '{unknown[0]}'; the settings there "
                          f"are: {', '.join(SCHEDULE_KEYS)}.")
    if "jobs" in raw and "daily_at" in raw:
        raise ConfigError(f"{where} has both daily_at and jobs; keep one of them.")
    if "jobs" in raw:
        jobs = _jobs(raw["jobs"], where, known_jobs)
    else:
        jobs = (JobSpec("daily", _at(raw.get("daily_at", "09:00"), f"{where} daily_at")),)
    return ScheduleConfig(
        jobs=jobs,
        retry_minutes=_whole(raw.get("retry_minutes", DEFAULT_RETRY_MINUTES),
                             f"{where} retry_minutes", minimum=1),
        max_retries=_whole(raw.get("max_retries", DEFAULT_MAX_RETRIES), f"{where} max_retries"),
        state_dir=state_dir(settings),
    )


def _jobs(value: Any, where: str, known: tuple[str, ...]) -> tuple[JobSpec, ...]:
    example = 'jobs = [{ name = "daily", at = "09:00" }]'
    if not isinstance(value, list) or not value:
        raise ConfigError(f"{where} jobs must be a list like {example}.")
    out: list[JobSpec] = []
    for entry in value:
        if not isinstance(entry, dict) or "name" not in entry:
            raise ConfigError(f"{where} jobs must be a list like {example}.")
        name = str(entry["name"]).strip().lower()
        if name not in known:
            raise ConfigError(f"{where} names a job '{entry['name']}' that does not exist; "
                              f"the jobs are: {', '.join(known)}.")
        if any(j.name == name for j in out):
            raise ConfigError(f"{where} lists the job '{name}' twice; a job runs once a day, "
                              f"so give it one time.")
        out.append(JobSpec(name, _at(entry.get("at", "09:00"), f"{where} jobs ({name}) at")))
    return tuple(out)


def _at(value: Any, name: str) -> time:
    match = _TIME.match(str(value).translate(ASCII_DIGITS))
    if not isinstance(value, str) or not match:
        raise ConfigError(f"{name} is {value!r}; write a time of day in quotes, like \"09:00\" "
                          f"or \"21:30\" (24-hour clock).")
    return time(int(match.group(1)), int(match.group(2)))


def _whole(value: Any, name: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(f"{name} is {value!r}; write a whole number of {minimum} or more.")
    return value
