"""The state file ``schedule-state.json``: per spreadsheet, per job, the last good run
and the failures since."""
from __future__ import annotations

import json
import logging
import os
import re
import time as _time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..backends import BOTH_TARGETS, NO_TARGET
from ..config import Settings
from ..errors import ConfigError

log = logging.getLogger("khatir.scheduler")

STATE_LOCK_TRIES = 100  # 5 seconds: a write of the state file takes milliseconds
STATE_LOCK_MAX_AGE = timedelta(minutes=1)


@dataclass(frozen=True)
class JobState:
    """What the state file remembers about one job on one spreadsheet."""

    last_success: datetime | None = None
    last_attempt: datetime | None = None
    last_outcome: str = ""
    slot: datetime | None = None  # the scheduled time the failures below are for
    failures: int = 0
    retry_at: datetime | None = None
    gave_up: bool = False  # no more tries for ``slot`` (a settings mistake: a person must fix it)
    error_bn: str = ""  # the last failure's sentence in Bengali (``last_outcome`` has the English)

    def to_dict(self) -> dict[str, object]:
        iso = lambda v: v.isoformat(timespec="seconds") if v else None  # noqa: E731
        return {"last_success": iso(self.last_success), "last_attempt": iso(self.last_attempt),
                "last_outcome": self.last_outcome, "slot": iso(self.slot),
                "failures": self.failures, "retry_at": iso(self.retry_at),
                "gave_up": self.gave_up, "error_bn": self.error_bn}

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
                   retry_at=when("retry_at"), gave_up=bool(raw.get("gave_up")),
                   error_bn=str(raw.get("error_bn") or ""))


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
        with self._exclusive():
            raw = self.load()
            raw.setdefault("version", 1)
            targets = raw.setdefault("targets", {})
            targets.setdefault(target, {})[name] = state.to_dict()
            self._write(raw)

    def forget(self, target: str) -> None:
        with self._exclusive():
            raw = self.load()
            if raw.get("targets", {}).pop(target, None) is not None:
                self._write(raw)

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """Two spreadsheets' runs may finish at the same moment: each read-change-write of
        the shared file holds a short lock, so neither loses the other's change."""
        from ..lock import LockBusy, acquire, release

        path = self.path.with_name(self.path.name + ".lock")
        for _ in range(STATE_LOCK_TRIES):
            try:
                held = acquire(path, "the state file", max_age=STATE_LOCK_MAX_AGE)
                break
            except LockBusy:
                _time.sleep(0.05)
        else:
            held = None  # a stuck writer: write anyway rather than lose this run's state
        try:
            yield
        finally:
            if held is not None:
                release(held)

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
        raise ConfigError(BOTH_TARGETS)
    if sheet or (not workbook and settings.sheet):
        text = str(sheet or settings.sheet).strip()
        found = re.search(r"/d/([A-Za-z0-9_-]+)", text)
        return "sheet:" + (found.group(1) if found else text)
    path = workbook or settings.workbook
    if not path:
        raise ConfigError(NO_TARGET)
    return "workbook:" + os.path.normcase(str(Path(path).expanduser().resolve()))
