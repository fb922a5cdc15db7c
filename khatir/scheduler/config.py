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
from ..i18n import ASCII_DIGITS, Text
from ..settings_check import refuse_unknown, where

DEFAULT_AT = time(9, 0)
DEFAULT_RETRY_MINUTES = 15
DEFAULT_MAX_RETRIES = 6

STATE_FILE = "schedule-state.json"
RUN_LOCK = "run"  # run-<spreadsheet>-<hash>.lock: one run at a time per spreadsheet
SCHEDULER_LOCK = "scheduler"  # scheduler-<spreadsheet>-<hash>.lock: one scheduler per spreadsheet
LOG_FILE = Path("logs") / "khatir.log"

SCHEDULE_KEYS = ("daily_at", "jobs", "retry_minutes", "max_retries", "state_dir")

STATE_DIR = Text(en="In {file}, [schedule] state_dir is {value}; write a folder in quotes, like "
                    "state_dir = \"C:/Khatir\".",
                 bn="{file} ফাইলে [schedule] state_dir হলো {value}; উদ্ধৃতিচিহ্নের ভেতরে একটি ফোল্ডার "
                    "লিখুন, যেমন state_dir = \"C:/Khatir\"।")
BOTH = Text(en="In {file}, [schedule] has both daily_at and jobs; keep one of them.",
            bn="{file} ফাইলে [schedule] অংশে daily_at আর jobs দুটোই আছে; একটি রাখুন।")
JOBS_LIST = Text(en="In {file}, [schedule] jobs must be a list like "
                    "jobs = [{{ name = \"daily\", at = \"09:00\" }}].",
                 bn="{file} ফাইলে [schedule] jobs এভাবে একটি তালিকা হতে হবে: "
                    "jobs = [{{ name = \"daily\", at = \"09:00\" }}]।")
NO_SUCH_JOB = Text(en="In {file}, [schedule] names a job '{name}' that does not exist; the jobs are: {known}.",
                   bn="{file} ফাইলে [schedule] অংশে '{name}' নামে এমন একটি কাজ আছে যা নেই; কাজগুলো হলো: {known}।")
TWICE = Text(en="In {file}, [schedule] lists the job '{name}' twice; a job runs once a day, so give it one time.",
             bn="{file} ফাইলে [schedule] অংশে '{name}' কাজটি দুবার আছে; একটি কাজ দিনে একবার চলে, তাই একটি সময় দিন।")
NOT_TIME = Text(en="In {file}, [schedule] {name} is {value}; write a time of day in quotes, like "
                   "\"09:00\" or \"21:30\" (24-hour clock).",
                bn="{file} ফাইলে [schedule] {name} হলো {value}; উদ্ধৃতিচিহ্নের ভেতরে দিনের সময় লিখুন, "
                   "যেমন \"09:00\" বা \"21:30\" (২৪ ঘণ্টার ঘড়ি)।")
NOT_WHOLE = Text(en="In {file}, [schedule] {name} is {value}; write a whole number of {minimum} or more.",
                 bn="{file} ফাইলে [schedule] {name} হলো {value}; {minimum} বা তার বেশি একটি পূর্ণ সংখ্যা লিখুন।")


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

    def run_locks(self, target: str) -> tuple[Path, ...]:
        """The run's lock in this state folder, and in the default one (``run_lock_paths``)."""
        return run_lock_paths(self.state_dir, target)

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
        raise ConfigError(STATE_DIR, file=where(settings.source), value=repr(raw))
    path = Path(os.path.expandvars(raw)).expanduser()
    if not path.is_absolute():
        path = (settings.source.parent if settings.source else PROJECT_ROOT) / path
    return path


def state_dir_hint(config: str | None) -> Path:
    """Where the log goes when the settings cannot be loaded: ``[schedule] state_dir`` if
    the file can be read at all, else the default folder."""
    from ..config import DEFAULT_CONFIG, settings_text, tomllib

    source = Path(config) if config else DEFAULT_CONFIG
    try:
        raw = tomllib.loads(settings_text(source))["schedule"]["state_dir"]
    except Exception:  # noqa: BLE001 - unreadable: the default folder
        return default_state_dir()
    if not isinstance(raw, str) or not raw:
        return default_state_dir()
    path = Path(os.path.expandvars(raw)).expanduser()
    return path if path.is_absolute() else source.parent / path


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


def run_lock_paths(folder: Path, target: str) -> tuple[Path, ...]:
    """The lock files a run on ``target`` holds (``khatir.lock.run_locks``): the one in its
    state folder, and, when that is not the default folder, the one in the default too.
    Two settings files for one workbook, one with ``state_dir`` and one without (the
    scheduled run and a run by hand), used to lock different files and run together."""
    default = default_state_dir()
    own = lock_file(folder, RUN_LOCK, target)
    if os.path.normcase(str(folder.resolve())) == os.path.normcase(str(default.resolve())):
        return (own,)
    return (own, lock_file(default, RUN_LOCK, target))


_TIME = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")


def schedule_config(settings: Settings, known_jobs: tuple[str, ...] = ("daily",)) -> ScheduleConfig:
    """The ``[schedule]`` table of the settings, over the defaults; a mistake is a ConfigError."""
    raw = settings.section("schedule")
    file = where(settings.source)
    refuse_unknown("schedule", sorted(raw), SCHEDULE_KEYS, settings.source)
    if "jobs" in raw and "daily_at" in raw:
        raise ConfigError(BOTH, file=file)
    if "jobs" in raw:
        jobs = _jobs(raw["jobs"], file, known_jobs)
    else:
        jobs = (JobSpec("daily", _at(raw.get("daily_at", "09:00"), file, "daily_at")),)
    return ScheduleConfig(
        jobs=jobs,
        retry_minutes=_whole(raw.get("retry_minutes", DEFAULT_RETRY_MINUTES), file,
                             "retry_minutes", minimum=1),
        max_retries=_whole(raw.get("max_retries", DEFAULT_MAX_RETRIES), file, "max_retries"),
        state_dir=state_dir(settings),
    )


def _jobs(value: Any, file: Text, known: tuple[str, ...]) -> tuple[JobSpec, ...]:
    if not isinstance(value, list) or not value:
        raise ConfigError(JOBS_LIST, file=file)
    out: list[JobSpec] = []
    for entry in value:
        if not isinstance(entry, dict) or "name" not in entry:
            raise ConfigError(JOBS_LIST, file=file)
        name = str(entry["name"]).strip().lower()
        if name not in known:
            raise ConfigError(NO_SUCH_JOB, file=file, name=entry["name"], known=", ".join(known))
        if any(j.name == name for j in out):
            raise ConfigError(TWICE, file=file, name=name)
        out.append(JobSpec(name, _at(entry.get("at", "09:00"), file, f"jobs ({name}) at")))
    return tuple(out)


def _at(value: Any, file: Text, name: str) -> time:
    match = _TIME.match(str(value).translate(ASCII_DIGITS))
    if not isinstance(value, str) or not match:
        raise ConfigError(NOT_TIME, file=file, name=name, value=repr(value))
    return time(int(match.group(1)), int(match.group(2)))


def _whole(value: Any, file: Text, name: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(NOT_WHOLE, file=file, name=name, value=repr(value), minimum=minimum)
    return value
