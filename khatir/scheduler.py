"""Run Khatir's jobs on a schedule, unattended: catch-up, retries, one run at a time.

Built on the ``schedule`` library: a ``schedule.Scheduler`` holds the jobs and its
``run_pending`` runs the ones that are due, in order. Two things ``schedule``
cannot do are added here:

* It reads the computer's clock (``datetime.now()``) and knows only local time;
  ``.at("09:00", "Asia/Dhaka")`` needs pytz. So each job is a ``ClockJob`` (a
  ``schedule.Job``) whose next run is computed from an injected clock in the
  shop's time zone (zoneinfo). Tests pass a fake clock and a fake sleep.
* It forgets runs missed while the laptop was off or asleep. Here the next run
  is computed from the state file (last good run, failures), so a missed day is
  caught up at once, on start and after the computer wakes.

The rules, in words a shop owner can check:

* A job runs once a day, at its time (09:00 by default). If that time passed
  while the computer was off or asleep, it runs as soon as it can. A good run
  on a day counts for that day: it never runs twice for the same day, even
  when it was run by hand earlier (the Run Log is checked before running).
* A failed run is tried again every ``retry_minutes`` (15), at most
  ``max_retries`` (6) times; then it waits for its next day. A mistake in the
  settings or a template is not retried: it needs a person, and it is reported
  once, in the log file and in the Run Log tab.
* One run at a time: a run holds the lock file ``run.lock`` (see khatir.lock).

Local files live in ``state_dir`` (``[schedule] state_dir``; by default
``~/.khatir``, on Windows ``%LOCALAPPDATA%\\Khatir``): ``schedule-state.json``,
``run.lock``, ``scheduler.lock`` and ``logs/khatir.log``.
"""
from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import signal
import threading
import time as _time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Protocol

import schedule

from .config import PROJECT_ROOT, Settings
from .errors import ConfigError, KhatirError
from .i18n import ASCII_DIGITS, Text, localise_digits
from .lock import LockBusy, run_lock

log = logging.getLogger("khatir.scheduler")

Clock = Callable[[], datetime]

DEFAULT_AT = time(9, 0)
DEFAULT_RETRY_MINUTES = 15
DEFAULT_MAX_RETRIES = 6
TICK_SECONDS = 60  # how often the loop looks at the clock (also: how soon a wake is noticed)
WAKE_SLACK_SECONDS = 120  # a sleep that overran by more than this was the computer sleeping
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

STATE_FILE = "schedule-state.json"
RUN_LOCK = "run.lock"
SCHEDULER_LOCK = "scheduler.lock"
LOG_FILE = Path("logs") / "khatir.log"

SCHEDULE_KEYS = ("daily_at", "jobs", "retry_minutes", "max_retries", "state_dir")


# -- configuration ------------------------------------------------------------

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

    @property
    def run_lock(self) -> Path:
        return self.state_dir / RUN_LOCK

    @property
    def scheduler_lock(self) -> Path:
        return self.state_dir / SCHEDULER_LOCK

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


def run_lock_path(settings: Settings) -> Path:
    """The lock file every run holds; ``scripts/daily.py`` uses it with ``khatir.lock.run_lock``."""
    return state_dir(settings) / RUN_LOCK


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


# -- when a job is due ----------------------------------------------------------

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


@dataclass(frozen=True)
class JobState:
    """What the state file remembers about one job on one spreadsheet."""

    last_success: datetime | None = None
    last_attempt: datetime | None = None
    last_outcome: str = ""
    slot: datetime | None = None  # the scheduled time the failures below are for
    failures: int = 0
    retry_at: datetime | None = None
    gave_up: bool = False  # no more tries for ``slot`` (a settings mistake, or too many failures)

    def to_dict(self) -> dict[str, object]:
        iso = lambda v: v.isoformat(timespec="seconds") if v else None  # noqa: E731
        return {"last_success": iso(self.last_success), "last_attempt": iso(self.last_attempt),
                "last_outcome": self.last_outcome, "slot": iso(self.slot),
                "failures": self.failures, "retry_at": iso(self.retry_at),
                "gave_up": self.gave_up}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> "JobState":
        def when(key: str) -> datetime | None:
            value = raw.get(key)
            try:
                moment = datetime.fromisoformat(value) if isinstance(value, str) and value else None
            except ValueError:
                return None
            return moment.astimezone() if moment is not None and moment.tzinfo is None else moment
        failures = raw.get("failures", 0)
        return cls(last_success=when("last_success"), last_attempt=when("last_attempt"),
                   last_outcome=str(raw.get("last_outcome") or ""), slot=when("slot"),
                   failures=failures if isinstance(failures, int) else 0,
                   retry_at=when("retry_at"), gave_up=bool(raw.get("gave_up")))


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


# -- the state file -------------------------------------------------------------

class StateStore:
    """``schedule-state.json``: per spreadsheet, per job, the last good run and failures.

    Written whole to a temporary file and swapped in, so a crash never leaves half
    a file; an unreadable file is set aside and treated as empty (the Run Log is
    then checked before running, so nothing runs twice).
    """

    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("Could not read the state file %s (%s); treating it as empty.",
                        self.path, exc.strerror)
            return {}
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict):
                raise ValueError("not an object")
        except ValueError:
            aside = self.path.with_name(self.path.name + ".unreadable")
            log.warning("The state file %s was unreadable; moved it to %s and started afresh.",
                        self.path, aside.name)
            try:
                os.replace(self.path, aside)
            except OSError:
                pass
            return {}
        return raw

    def job(self, target: str, name: str) -> JobState:
        raw = self.load().get("targets", {}).get(target, {}).get(name)
        return JobState.from_dict(raw) if isinstance(raw, dict) else JobState()

    def save_job(self, target: str, name: str, state: JobState) -> None:
        raw = self.load()
        raw.setdefault("version", 1)
        targets = raw.setdefault("targets", {})
        targets.setdefault(target, {})[name] = state.to_dict()
        self._write(raw)

    def forget(self, target: str) -> None:
        raw = self.load()
        if raw.get("targets", {}).pop(target, None) is not None:
            self._write(raw)

    def _write(self, raw: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(raw, indent=2, ensure_ascii=False), encoding="utf-8")
        for attempt in range(5):
            try:
                os.replace(tmp, self.path)
                return
            except PermissionError:  # pragma: no cover - Windows: being read right now
                if attempt == 4 or self.path.is_dir():
                    tmp.unlink(missing_ok=True)
                    raise
                _time.sleep(0.05)


def target_key(workbook: str | None, sheet: str | None, settings: Settings) -> str:
    """Which spreadsheet the state is about, decided the way ``open_target`` decides it,
    but without opening anything (``--once`` with nothing due touches no network)."""
    if workbook and sheet:
        raise ConfigError("Give either --workbook or --sheet, not both.")
    if sheet or (not workbook and settings.sheet):
        text = str(sheet or settings.sheet).strip()
        found = re.search(r"/d/([A-Za-z0-9_-]+)", text)
        return "sheet:" + (found.group(1) if found else text)
    path = workbook or settings.workbook
    if not path:
        raise ConfigError("No spreadsheet was named; add --workbook PATH (or --sheet URL), "
                          "or set path under [workbook] in config/settings.toml.")
    return "workbook:" + os.path.normcase(str(Path(path).expanduser().resolve()))


# -- logging ----------------------------------------------------------------------

class _SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that a scheduler and a ``--once`` run may share.

    The file is opened for each line and closed after it, so on Windows another
    process can rotate it; a rotation that fails (the file is busy) is skipped.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        finally:
            if self.stream is not None:
                self.stream.close()
                self.stream = None  # type: ignore[assignment]

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:  # pragma: no cover - Windows: open in another process
            self.stream = None  # type: ignore[assignment]


def setup_logging(log_file: Path, verbose: bool = False) -> Path:
    """Send the ``khatir`` loggers to a rotating, UTF-8 log file (1 MB x 5)."""
    logger = logging.getLogger("khatir")
    for handler in [h for h in logger.handlers if getattr(h, "_khatir", False)]:
        logger.removeHandler(handler)
        handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = _SharedRotatingFileHandler(log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                         encoding="utf-8", delay=True)
    handler._khatir = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                           datefmt="%Y-%m-%d %H:%M:%S %z"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file


_PHONE = re.compile(r"\+?\d[\d \-.()]{7,}\d")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?)?")


def redact(text: str) -> str:
    """Replace anything that looks like a phone number (9 digits or more) with [phone].

    Dates and times (2026-11-24 09:00) are kept.
    """
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    def phone(match: re.Match) -> str:
        digits = sum(ch.isdigit() for ch in match.group(0))
        return "[phone]" if digits >= 9 else match.group(0)

    text = _PHONE.sub(phone, _ISO.sub(keep, text))
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def describe_error(err: BaseException, verbose: bool = False) -> str:
    """One sentence for the log and the Run Log; no personal data unless ``verbose``."""
    if isinstance(err, KhatirError):
        text = str(err)
    elif isinstance(err, OSError):  # network loss (requests and socket errors are OSErrors) or disk
        reason = err.strerror or (str(err) if verbose else "")
        text = (f"The spreadsheet or a file could not be reached ({type(err).__name__}"
                f"{': ' + reason if reason else ''}); check the internet connection.")
    else:
        where = ""
        frames = traceback.extract_tb(err.__traceback__)
        if frames:
            where = f" in {Path(frames[-1].filename).name} line {frames[-1].lineno}"
        text = f"Something unexpected went wrong ({type(err).__name__}{where}"
        text += f": {err})." if verbose else "); run with --verbose for details."
    return text if verbose else redact(text)


# -- messages ---------------------------------------------------------------------

STARTED = Text(en="Khatir scheduler started for {target}. Jobs: {jobs}. Log file: {log}",
               bn="খাতির সময়সূচি চালু হলো: {target}। কাজ: {jobs}। লগ ফাইল: {log}")
JOB_AT = Text(en="{job} every day at {at} ({tz})", bn="{job} প্রতিদিন {at}-এ ({tz})")
NEXT = Text(en="Next run: {job} on {when} ({tz}), in {wait}.",
            bn="পরের রান: {job}, {when} ({tz}), আর {wait} পরে।")
NOTHING_DUE = Text(en="Nothing is due now.", bn="এখন কোনো কাজ বাকি নেই।")
RUNNING = Text(en="Running {job} now: {why}.", bn="{job} এখন চলছে: {why}।")
WHY_SCHEDULED = Text(en="scheduled for {when}", bn="{when}-এর নির্ধারিত রান")
WHY_FIRST = Text(en="its first run here", bn="এখানে এটি প্রথম রান")
WHY_CATCH_UP = Text(en="catching up the run missed at {when}", bn="{when}-এ বাদ পড়া রানটি এখন হচ্ছে")
WHY_RETRY = Text(en="try {n} of {total} for {when}", bn="{when}-এর রান, {total} বারের মধ্যে {n} নম্বর চেষ্টা")
DONE = Text(en="{job} finished at {when}; a row was added to the Run Log tab.",
            bn="{job} শেষ হলো {when}-এ; রান লগ ট্যাবে একটি সারি যোগ হয়েছে।")
ALREADY = Text(en="{job} already ran at {when} (see the Run Log tab); it is not run twice on one day.",
               bn="{job} আগেই {when}-এ চলেছে (রান লগ ট্যাব দেখুন); একই দিনে দুবার চলে না।")
FAILED_RETRY = Text(en="{job} failed: {error} It will be tried again at {when} (try {n} of {total}).",
                    bn="{job} ব্যর্থ হয়েছে: {error} আবার চেষ্টা হবে {when}-এ ({total} বারের মধ্যে {n} নম্বর চেষ্টা)।")
FAILED_GIVE_UP = Text(en="{job} failed {n} times: {error} It is not tried again until {when}.",
                      bn="{job} {n} বার ব্যর্থ হয়েছে: {error} {when}-এর আগে আর চেষ্টা হবে না।")
FAILED_CONFIG = Text(en="{job} cannot run until the settings or templates are fixed: {error} "
                        "It is not retried; the next try is at {when}.",
                     bn="সেটিংস বা টেমপ্লেট ঠিক না করা পর্যন্ত {job} চলবে না: {error} "
                        "আবার চেষ্টা হবে না; পরের চেষ্টা {when}-এ।")
SAME_PROBLEM = Text(en="the same problem", bn="একই সমস্যা")
RUN_LOG_FAILED = Text(en="The failure could not be written to the Run Log tab either ({error}); "
                         "it is only in the log file {log}.",
                      bn="ব্যর্থতাটি রান লগ ট্যাবেও লেখা গেল না ({error}); এটি শুধু লগ ফাইলে আছে: {log}।")
BUSY = Text(en="Another Khatir run is in progress; {job} will be tried again in a minute.",
            bn="আরেকটি খাতির রান চলছে; এক মিনিট পরে {job} আবার চেষ্টা করা হবে।")
TOOK_OVER = Text(en="A lock left behind by a stopped Khatir process was removed ({reason}).",
                 bn="বন্ধ হয়ে যাওয়া একটি খাতির প্রক্রিয়ার রেখে যাওয়া লক সরানো হয়েছে ({reason})।")
WOKE = Text(en="The clock jumped by {gap} (the computer was probably asleep); checking for missed runs.",
            bn="ঘড়ি {gap} এগিয়ে গেছে (কম্পিউটার সম্ভবত ঘুমিয়ে ছিল); বাদ পড়া রান খোঁজা হচ্ছে।")
STOPPING = Text(en="Stopping after the current run finishes (press Ctrl+C again to stop at once).",
                bn="চলতি রান শেষ হলে থামবে (এখনই থামাতে আবার Ctrl+C চাপুন)।")
STOPPED = Text(en="Scheduler stopped.", bn="সময়সূচি বন্ধ হলো।")
KEEPS_GOING = Text(en="The scheduler hit a problem ({error}); it keeps going and tries again in {minutes} min.",
                   bn="সময়সূচিতে একটি সমস্যা হয়েছে ({error}); এটি চলতে থাকবে, {minutes} মিনিট পরে আবার চেষ্টা করবে।")
LAST_OK = Text(en="Last good run of {job}: {when}.", bn="{job}-এর শেষ সফল রান: {when}।")
LAST_FAILED = Text(en="The last run of {job}, at {when}, failed: {error}",
                   bn="{job}-এর শেষ রান ({when}) ব্যর্থ হয়েছে: {error}")
HOURS = Text(en="{n} h {minutes} min", bn="{n} ঘণ্টা {minutes} মিনিট")
MINUTES = Text(en="{minutes} min", bn="{minutes} মিনিট")
JOB_NAMES = {"daily": Text(en="the daily job", bn="দৈনিক কাজ")}


_DIGIT_PARAMS = frozenset({"n", "total", "when", "minutes"})
Phrase = Callable[[str], str]  # a piece of a sentence, in the language asked for


def render(text: Text, lang: str, *, sentence: bool = True, **params: object) -> str:
    """``text`` in ``lang``; a Text or Phrase param is rendered in the same language,
    and numbers and times get Bengali digits in Bengali. A sentence starts with a capital."""
    values = {}
    for key, value in params.items():
        if isinstance(value, Text) or callable(value):
            value = value(lang)
        elif key in _DIGIT_PARAMS:
            value = localise_digits(value, lang)
        values[key] = value
    out = text(lang, **values)
    return out[:1].upper() + out[1:] if sentence else out


def phrase(text: Text, **params: object) -> Phrase:
    return lambda lang: render(text, lang, sentence=False, **params)


def job_label(name: str) -> Text:
    return JOB_NAMES.get(name) or Text(en=name, bn=name)


def duration(seconds: float) -> Phrase:
    minutes = max(0, int(round(seconds / 60)))
    h, m = divmod(minutes, 60)
    return phrase(HOURS, n=h, minutes=m) if h else phrase(MINUTES, minutes=m)


# -- jobs ---------------------------------------------------------------------------

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


# -- the scheduler --------------------------------------------------------------------

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
        return self.owner.clock() >= self.next_run

    def run(self):
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
        self.registry = ClockScheduler(clock)
        self._not_before: dict[str, datetime] = {}
        self._attempts: list[Attempt] = []
        self._raise_busy = False
        self._stop_requested = False
        for spec in config.jobs:
            if spec.name not in self.jobs:
                raise ConfigError(f"The job '{spec.name}' in [schedule] does not exist; "
                                  f"the jobs are: {', '.join(self.jobs)}.")
            ClockJob(self, spec, self.registry).days.at(spec.at_text).do(self._attempt, spec)

    # -- reporting ----------------------------------------------------------
    def say(self, level: int, text: Text, **params: object) -> None:
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
        jobs = [j for j in self.registry.jobs if isinstance(j, ClockJob)]
        if not jobs:
            return None
        first = min(jobs)
        return first.spec, first.next_run

    def resync(self) -> None:
        """Recompute every job's next run from the state file and the clock."""
        for job in self.registry.jobs:
            job._schedule_next_run()

    # -- running ------------------------------------------------------------
    def run_pending(self, raise_busy: bool = False) -> list[Attempt]:
        """Run every job that is due now (``--once`` is exactly this)."""
        self._attempts = []
        self._raise_busy = raise_busy
        self.resync()
        self.registry.run_pending()
        return list(self._attempts)

    def _attempt(self, spec: JobSpec) -> None:
        name = spec.name
        label = job_label(name)
        try:
            with run_lock(self.config.run_lock, what=f"the {name} job", now=self.clock) as held:
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
        run = JobRun(name, slot, now, attempt, self.clock, self.tz, self.verbose)
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
        gave_up = needs_person or run.attempt >= total
        retry_at = None if gave_up else now + timedelta(minutes=self.config.retry_minutes)
        new = replace(state, last_attempt=now, last_outcome=f"failed: {sentence}", slot=run.slot,
                      failures=run.attempt, retry_at=retry_at, gave_up=gave_up)
        self.store.save_job(self.target, spec.name, new)
        next_time, _ = next_due(spec.at, self.tz, new, now)
        when = self.when(next_time)
        if needs_person:
            self.say(logging.ERROR, FAILED_CONFIG, job=label, error=sentence, when=when)
            details = f"not retried: a person must fix this; next try {when}"
        elif gave_up:
            self.say(logging.ERROR, FAILED_GIVE_UP, job=label, error=sentence, n=run.attempt,
                     when=when)
            details = f"try {run.attempt} of {total}; no more tries until {when}"
        else:
            self.say(logging.WARNING, FAILED_RETRY, job=label, error=sentence, when=when,
                     n=run.attempt, total=total)
            details = f"try {run.attempt} of {total}; next try {when}"
        self._attempts.append(Attempt(spec.name, "failed", sentence))
        try:
            self.jobs[spec.name].record_failure(run, sentence, f"today={run.today}; {details}")
        except Exception as write_err:  # noqa: BLE001 - the sheet may be what is down
            again = describe_error(write_err, self.verbose)
            self.say(logging.WARNING, RUN_LOG_FAILED, log=self.config.log_file,
                     error=SAME_PROBLEM if again == sentence else again)

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
                self.say(logging.INFO, LAST_FAILED, job=label, when=self.when(state.last_attempt),
                         error=state.last_outcome[len("failed: "):])
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

    def run_forever(self, description: str | None = None) -> None:
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
                    self.say(logging.ERROR, KEEPS_GOING, error=describe_error(err, self.verbose),
                             minutes=self.config.retry_minutes)
                if self._stop_requested:
                    break
                idle = self.registry.idle_seconds
                wait = self.tick if idle is None else min(self.tick, max(1.0, idle))
                before = self.clock()
                self.sleep(wait)
                gap = (self.clock() - before).total_seconds() - wait
                if gap > WAKE_SLACK_SECONDS or gap < -WAKE_SLACK_SECONDS:
                    self.say(logging.INFO, WOKE, gap=duration(gap))
        except KeyboardInterrupt:
            pass
        self.say(logging.INFO, STOPPED)


# -- the daily job ------------------------------------------------------------------

@dataclass
class Target:
    """How a job reaches the spreadsheet; settings are read afresh for every run."""

    key: str
    load_settings: Callable[[], Settings]
    open_backend: Callable[[Settings], Any]


class _ReadOnce:
    """A backend whose first ``read`` was already done (to check the Run Log)."""

    def __init__(self, backend: Any, grids: dict[str, list[list]]):
        self._backend = backend
        self._grids = grids

    def read(self) -> dict[str, list[list]]:
        grids, self._grids = self._grids, None
        return grids if grids is not None else self._backend.read()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)


class DailyJob:
    """The daily job (follow-ups, meetup invitations, ...) run by the scheduler."""

    name = "daily"

    def __init__(self, target: Target):
        self.target = target
        self._settings: Settings | None = None

    def run(self, run: JobRun) -> Outcome:
        from .jobs import runlog
        from .jobs.daily import run_daily
        from .summary import summarise

        self._settings = None
        settings = self.target.load_settings()
        self._settings = settings
        backend = self.target.open_backend(settings)
        grids = backend.read()
        earlier = runlog.last_success(grids, settings, self.name, run.tz)
        if run.covered_by(earlier):
            return Outcome(summary="already ran", already=earlier)
        result = run_daily(_ReadOnce(backend, grids), settings, run.today, run.clock)
        kinds = ", ".join(f"{k}: {n}" for k, n in sorted(result.messages_by_kind.items()))
        summary = (f"today={result.today}; {len(result.new_messages)} new messages"
                   f"{' (' + kinds + ')' if kinds else ''}; {len(result.items)} follow-ups; "
                   f"{len(result.problems)} problems")
        return Outcome(summary=summary, report=summarise(result, settings.language))

    def record_failure(self, run: JobRun, sentence: str, details: str) -> None:
        from .jobs import runlog

        settings = self._settings or self.target.load_settings()
        backend = self.target.open_backend(settings)  # fresh: nothing half-written in memory
        runlog.record_failure(backend, settings, self.name, run.started, run.clock(), sentence,
                              details)
