"""One Khatir run at a time: a lock file beside the scheduler's state.

``run_lock(path)`` is a context manager. It creates the lock file with
``O_CREAT | O_EXCL`` (atomic on every platform, no third-party library) and
writes who holds it: process id, computer name, start time and a random token.
On leaving the block the file is removed, but only if it is still ours.

A lock left behind by a process that crashed or was killed is *stale* and is
taken over: the computer has restarted since it was taken (process ids are
reused after a restart), its process is no longer alive (checked with
``os.kill(pid, 0)`` on POSIX and ``OpenProcess`` on Windows), it is older than
``max_age``, or it is an unreadable leftover. A lock held by a live process raises ``LockBusy``, whose
message says who holds it and what to do.

Usage (any script that changes the sheet)::

    from khatir.lock import run_lock
    with run_lock(path, what="the daily job"):
        run_daily(...)
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import sys
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .errors import KhatirError
from .i18n import Text

log = logging.getLogger("khatir.lock")

#: A run older than this is assumed hung or dead, even if its process id is alive
#: (process ids are reused). A daily run takes seconds, a slow network minutes.
LOCK_MAX_AGE = timedelta(hours=3)

#: Two boot times closer than this are the same boot (the clock may be adjusted a little).
SAME_BOOT_SECONDS = 300

#: An empty or unreadable lock file younger than this may be one being written
#: right now by another process; older, it is a leftover of a crash.
UNREADABLE_GRACE_SECONDS = 60

WAIT_HINT = Text(en="wait for it to finish and try again", bn="এটি শেষ হওয়া পর্যন্ত অপেক্ষা করে আবার চেষ্টা করুন")
BUSY = Text(en="Another Khatir process is already running {doing} ({who}); {hint}. If no Khatir "
               "is running, delete the file {path}.",
            bn="আরেকটি খাতির প্রক্রিয়া এখনই {doing} চালাচ্ছে ({who}); {hint}। কোনো খাতির চালু না "
               "থাকলে {path} ফাইলটি মুছে দিন।")
WHO = Text(en="process {pid} on {host}", bn="{host} কম্পিউটারে প্রক্রিয়া {pid}")
WHO_STARTED = Text(en="process {pid} on {host}, started {when}", bn="{host} কম্পিউটারে প্রক্রিয়া {pid}, শুরু {when}")
#: What a lock holder is doing (written in English in the lock file), in Bengali.
DOING_BN = {"the daily job": "দৈনিক কাজ", "the scheduler": "সময়সূচি", "the invitations": "আমন্ত্রণ",
            "a Khatir job": "একটি খাতির কাজ", "a manual run": "হাতে চালানো একটি রান",
            "the set-up": "শিট সাজানোর কাজ"}
STARTING = Text(en="a process that is starting up", bn="সবে চালু হচ্ছে এমন একটি প্রক্রিয়া")


class LockBusy(KhatirError):
    """Another live Khatir process holds the lock."""

    def __init__(self, path: Path, holder: "LockInfo | None", what: str, hint: "Text | str" = WAIT_HINT):
        self.path = Path(path)
        self.holder = holder
        who: Text
        if holder is None:
            who, doing = STARTING, what
        elif holder.started is not None:
            when = holder.started.astimezone().strftime('%Y-%m-%d %H:%M')
            who = Text(en=WHO_STARTED.en.format(pid=holder.pid, host=holder.host, when=when),
                       bn=WHO_STARTED.bn.format(pid=holder.pid, host=holder.host, when=when))
            doing = holder.what or what
        else:
            who = Text(en=WHO.en.format(pid=holder.pid, host=holder.host),
                       bn=WHO.bn.format(pid=holder.pid, host=holder.host))
            doing = holder.what or what
        doing_text = Text(en=doing, bn=DOING_BN.get(doing) or DOING_BN.get(
            doing.replace("the ", "", 1).replace(" job", ""), doing))
        super().__init__(BUSY, doing=doing_text, who=who, hint=hint, path=self.path)


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about its holder."""

    pid: int
    host: str
    started: datetime | None
    what: str = ""
    token: str = ""
    boot: float | None = None  # when the computer started (seconds since 1970), if known

    def to_json(self) -> str:
        return json.dumps({
            "pid": self.pid, "host": self.host,
            "started": self.started.isoformat(timespec="seconds") if self.started else None,
            "what": self.what, "token": self.token, "boot": self.boot,
        }, ensure_ascii=False)

    @classmethod
    def parse(cls, text: str) -> "LockInfo | None":
        try:
            raw = json.loads(text)
            started = datetime.fromisoformat(raw["started"]) if raw.get("started") else None
            if started is not None and started.tzinfo is None:
                started = started.astimezone()  # written by hand: this computer's time
            boot = raw.get("boot")
            return cls(pid=int(raw["pid"]), host=str(raw.get("host", "")), started=started,
                       what=str(raw.get("what", "")), token=str(raw.get("token", "")),
                       boot=float(boot) if isinstance(boot, (int, float)) else None)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


@dataclass(frozen=True)
class HeldLock:
    """The lock this process holds; ``took_over`` says why a leftover lock was replaced."""

    path: Path
    info: LockInfo
    took_over: str | None = None


def this_host() -> str:
    return socket.gethostname() or "this computer"


def boot_time() -> float | None:
    """When this computer last started, in seconds since 1970; None when it cannot be told."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/stat", encoding="ascii") as stat:
                for line in stat:
                    if line.startswith("btime "):
                        return float(line.split()[1])
            return None
        if os.name == "nt":  # pragma: no cover - Windows only
            import ctypes
            kernel32 = ctypes.WinDLL("kernel32")
            kernel32.GetTickCount64.restype = ctypes.c_ulonglong
            return round(time.time() - kernel32.GetTickCount64() / 1000.0)  # counts sleep too
        if sys.platform == "darwin":  # pragma: no cover - macOS only
            import ctypes
            import ctypes.util

            class TimeVal(ctypes.Structure):
                _fields_ = [("tv_sec", ctypes.c_long), ("tv_usec", ctypes.c_long)]

            libc = ctypes.CDLL(ctypes.util.find_library("c"))
            value, size = TimeVal(), ctypes.c_size_t(ctypes.sizeof(TimeVal))
            if libc.sysctlbyname(b"kern.boottime", ctypes.byref(value), ctypes.byref(size), None, 0) == 0:
                return float(value.tv_sec)
    except (OSError, ValueError, AttributeError):
        return None
    return None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # (sys.platform, not os.name: the type checker knows it)
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks (never use os.kill on Windows: it kills)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    except OSError:
        return True  # cannot tell: assume alive, the age limit still applies
    return True


if sys.platform == "win32":  # (a block the type checker reads only for Windows)
    def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
        import ctypes
        from ctypes import wintypes

        process_query_limited_information = 0x1000
        still_active = 259
        error_access_denied = 5
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            # Access denied means the process exists (another user's); anything else
            # (ERROR_INVALID_PARAMETER) means there is no such process.
            return ctypes.get_last_error() == error_access_denied
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)


def read_lock(path: Path | str) -> LockInfo | None:
    """The holder written in a lock file, or None when it is missing or unreadable."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return LockInfo.parse(text)


def stale_reason(info: LockInfo | None, path: Path, now: datetime,
                 max_age: timedelta | None = LOCK_MAX_AGE,
                 boot: float | None = None) -> str | None:
    """Why the lock at ``path`` may be taken over, or None when its holder may be alive.

    ``boot`` is this computer's boot time (``boot_time()``); ``max_age`` None
    means a lock never gets too old (the scheduler holds its lock for days).
    """
    if info is None:
        try:
            age = time.time() - path.stat().st_mtime
        except FileNotFoundError:
            return "it is gone"
        if age > UNREADABLE_GRACE_SECONDS:
            return "the lock file was empty or unreadable"
        return None
    if info.host == this_host():
        if info.boot is not None and boot is not None and abs(info.boot - boot) > SAME_BOOT_SECONDS:
            return "the computer has restarted since it was taken"
        if not pid_alive(info.pid):
            return f"process {info.pid} that took it is no longer running"
    if max_age is not None and info.started is not None and now - info.started > max_age:
        hours = max_age.total_seconds() / 3600
        return f"it was taken at {info.started.isoformat(timespec='seconds')}, more than {hours:g} hours ago"
    return None


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@contextmanager
def run_lock(path: Path | str, what: str = "a Khatir job", *, hint: "Text | str" = WAIT_HINT,
             max_age: timedelta | None = LOCK_MAX_AGE,
             now: Callable[[], datetime] = _utc_now) -> Iterator[HeldLock]:
    """Hold the lock file at ``path`` for the block; raise ``LockBusy`` if a live process has it.

    ``what`` names the work in the busy message another process shows
    ("Another Khatir process is already running the daily job ..."), ``hint`` what
    to do about it; ``max_age`` None for a lock held for days (the scheduler's).
    """
    held = acquire(Path(path), what, hint=hint, max_age=max_age, now=now)
    try:
        yield held
    finally:
        release(held)


@contextmanager
def run_locks(paths: Sequence[Path], what: str = "a Khatir job", *,
              now: Callable[[], datetime] = _utc_now) -> Iterator[HeldLock]:
    """Hold every lock of ``paths``, in order, for the block (``run_lock`` each): a run
    on one spreadsheet holds its lock in its own state folder and in the user's default
    one, so two runs whose settings name different state folders still do not overlap.
    Yields the first, with the reason any of them was taken over."""
    with ExitStack() as stack:
        held = [stack.enter_context(run_lock(p, what, now=now)) for p in dict.fromkeys(paths)]
        took_over = next((h.took_over for h in held if h.took_over), None)
        yield replace(held[0], took_over=took_over)


def acquire(path: Path, what: str = "a Khatir job", *, hint: "Text | str" = WAIT_HINT,
            max_age: timedelta | None = LOCK_MAX_AGE,
            now: Callable[[], datetime] = _utc_now) -> HeldLock:
    path.parent.mkdir(parents=True, exist_ok=True)
    boot = boot_time()
    mine = LockInfo(pid=os.getpid(), host=this_host(), started=now(), what=what,
                    token=secrets.token_hex(8), boot=boot)
    took_over: str | None = None
    for _ in range(5):
        if _create(path, mine):
            if took_over:
                log.warning("Took over the lock %s: %s.", path, took_over)
            return HeldLock(path, mine, took_over)
        holder = read_lock(path)
        reason = stale_reason(holder, path, now(), max_age, boot)
        if reason is None:
            raise LockBusy(path, holder, what, hint)
        if _set_aside(path, holder):
            took_over = reason
    raise LockBusy(path, read_lock(path), what, hint)


def _create(path: Path, info: LockInfo) -> bool:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        return False
    except PermissionError:
        # Windows refuses to create a file that is being deleted or is open
        # for deletion by another process: treat it as taken, and look again.
        if path.exists():
            return False
        raise
    try:
        os.write(fd, info.to_json().encode("utf-8"))
    finally:
        os.close(fd)
    return True


def _set_aside(path: Path, seen: LockInfo | None) -> bool:
    """Move a stale lock out of the way; False if it changed under us (someone else took it).

    The file is renamed to a name only this process uses, then checked to still be
    the lock judged stale: if another process replaced it meanwhile, it is put back.
    """
    aside = path.with_name(f"{path.name}.stale-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return False  # someone else removed it first: try to create again
    except PermissionError:
        return False  # Windows: open by another process right now
    moved = read_lock(aside)
    if seen is not None and (moved is None or moved.token != seen.token):
        try:
            if not path.exists():
                os.replace(aside, path)
        except OSError:  # pragma: no cover - a race within a race
            pass
        return False
    _unlink(aside)
    return True


def release(held: HeldLock) -> None:
    """Remove the lock file, if it is still the one this process wrote."""
    current = read_lock(held.path)
    if current is None or current.token != held.info.token:
        log.warning("The lock %s was no longer ours when the run ended; left it alone.", held.path)
        return
    _unlink(held.path)


def _unlink(path: Path) -> None:
    for attempt in range(5):
        try:
            path.unlink()
            return
        except FileNotFoundError:
            return
        except PermissionError:  # pragma: no cover - Windows: briefly open by another process
            if attempt == 4 or sys.platform != "win32":
                raise
            time.sleep(0.1)
