"""Tests for khatir.lock: one run at a time, and leftovers of crashed runs taken over."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from khatir.errors import KhatirError
from khatir.lock import (
    LOCK_MAX_AGE,
    boot_time,
    LockBusy,
    LockInfo,
    pid_alive,
    read_lock,
    run_lock,
    stale_reason,
    this_host,
)

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=timezone.utc)


def dead_pid() -> int:
    """The id of a process that has just exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(path: Path, pid: int, *, host: str | None = None,
               started: datetime | None = NOW, what: str = "the daily job",
               boot: float | None = None) -> None:
    path.write_text(json.dumps({
        "pid": pid, "host": host or this_host(),
        "started": started.isoformat() if started else None,
        "what": what, "token": "someone-else", "boot": boot}), encoding="utf-8")


def test_lock_is_created_with_its_holder_and_removed_after(tmp_path):
    path = tmp_path / "state" / "run.lock"
    with run_lock(path, "the daily job", now=lambda: NOW) as held:
        info = read_lock(path)
        assert info == held.info
        assert info.pid == os.getpid()
        assert info.host == this_host()
        assert info.started == NOW
        assert info.what == "the daily job"
        assert held.took_over is None
    assert not path.exists()


def test_lock_is_removed_when_the_block_fails(tmp_path):
    path = tmp_path / "run.lock"
    with pytest.raises(RuntimeError):
        with run_lock(path):
            raise RuntimeError("boom")
    assert not path.exists()


def test_second_run_refuses_with_a_clear_message(tmp_path):
    path = tmp_path / "run.lock"
    with run_lock(path, "the daily job"):
        with pytest.raises(LockBusy) as caught:
            with run_lock(path, "a manual run"):
                pytest.fail("two runs at once")
        assert path.exists()  # the refused run does not remove the holder's lock
    message = str(caught.value)
    assert isinstance(caught.value, KhatirError)
    assert message.startswith("Another Khatir process is already running the daily job "
                              f"(process {os.getpid()} on {this_host()}, started ")
    assert "wait for it to finish and try again" in message
    assert str(path) in message
    assert not path.exists()


def test_live_lock_of_another_process_refuses(tmp_path):
    path = tmp_path / "run.lock"
    parent = os.getppid()  # alive: it is running these tests
    write_lock(path, parent, started=datetime.now(timezone.utc))
    with pytest.raises(LockBusy, match=f"process {parent} on"):
        with run_lock(path):
            pass
    assert read_lock(path).pid == parent


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "run.lock"
    pid = dead_pid()
    write_lock(path, pid)
    with run_lock(path, now=lambda: NOW + timedelta(minutes=5)) as held:
        assert held.took_over == f"process {pid} that took it is no longer running"
        assert read_lock(path).pid == os.getpid()
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []  # nothing left aside


def test_lock_older_than_max_age_is_taken_over_even_if_its_pid_is_alive(tmp_path):
    path = tmp_path / "run.lock"
    write_lock(path, os.getppid(), started=NOW - LOCK_MAX_AGE - timedelta(minutes=1))
    with run_lock(path, now=lambda: NOW) as held:
        assert "more than 3 hours ago" in held.took_over


def test_lock_from_before_a_restart_is_taken_over_even_if_its_pid_is_reused(tmp_path):
    path = tmp_path / "run.lock"
    booted = boot_time()
    if booted is None:
        pytest.skip("this system does not tell its boot time")
    write_lock(path, os.getppid(), started=NOW, boot=booted - 86400)
    with run_lock(path, now=lambda: NOW) as held:
        assert held.took_over == "the computer has restarted since it was taken"
        assert read_lock(path).boot == booted


def test_a_lock_without_max_age_never_gets_too_old(tmp_path):
    path = tmp_path / "scheduler.lock"
    write_lock(path, os.getppid(), started=NOW - timedelta(days=30), what="the scheduler",
               boot=boot_time())
    with pytest.raises(LockBusy, match="already running the scheduler"):
        with run_lock(path, "the scheduler", max_age=None, now=lambda: NOW):
            pass


def test_lock_of_another_computer_is_trusted_until_it_is_old(tmp_path):
    path = tmp_path / "run.lock"
    write_lock(path, dead_pid(), host="another-laptop", started=NOW - timedelta(hours=1))
    with pytest.raises(LockBusy, match="on another-laptop"):
        with run_lock(path, now=lambda: NOW):
            pass
    with run_lock(path, now=lambda: NOW + LOCK_MAX_AGE) as held:
        assert held.took_over


def test_unreadable_lock_is_busy_while_fresh_and_stale_when_old(tmp_path):
    path = tmp_path / "run.lock"
    path.write_text("", encoding="utf-8")  # a process that crashed while writing it, or is writing it
    with pytest.raises(LockBusy, match="a process that is starting up"):
        with run_lock(path):
            pass
    old = path.stat().st_mtime - 600
    os.utime(path, (old, old))
    with run_lock(path) as held:
        assert held.took_over == "the lock file was empty or unreadable"


def test_release_leaves_a_lock_that_is_no_longer_ours(tmp_path):
    path = tmp_path / "run.lock"
    with run_lock(path):
        write_lock(path, 12345, what="someone else")  # replaced behind our back
    assert read_lock(path).what == "someone else"


def test_pid_alive():
    assert pid_alive(os.getpid())
    assert not pid_alive(dead_pid())
    assert not pid_alive(0)
    assert not pid_alive(-1)


def test_stale_reason_for_a_lock_that_vanished(tmp_path):
    assert stale_reason(None, tmp_path / "gone.lock", NOW) == "it is gone"


def test_lock_info_round_trip_and_garbage():
    info = LockInfo(pid=42, host="shop-pc", started=NOW, what="the scheduler", token="t",
                    boot=1700000000.0)
    assert LockInfo.parse(info.to_json()) == info
    assert LockInfo.parse("not json") is None
    assert LockInfo.parse('{"host": "x"}') is None
    naive = LockInfo.parse('{"pid": 1, "started": "2026-11-24T09:00:00"}')
    assert naive.started.tzinfo is not None


@pytest.mark.skipif(os.name != "nt", reason="Windows process check")
def test_pid_alive_on_windows():  # pragma: no cover - Windows only
    from khatir.lock import _pid_alive_windows
    assert _pid_alive_windows(os.getpid())
    assert not _pid_alive_windows(dead_pid())


def test_two_settings_files_with_different_state_folders_share_the_run_lock(tmp_path, monkeypatch):
    """The Windows trial: the scheduled run (settings with state_dir) and a run by hand
    (settings without) ran together on one workbook; the Run Log then counted 10 twice."""
    import argparse

    from khatir import cli
    from khatir.config import build_settings
    from khatir.lock import LockBusy

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "home"))
    book = tmp_path / "shop.xlsx"
    book.write_bytes(b"x")
    args = argparse.Namespace(workbook=str(book), sheet=None)
    scheduled = build_settings({"schedule": {"state_dir": str(tmp_path / "state")}})
    by_hand = build_settings({})
    with cli.exclusive(args, scheduled, "the daily job"):
        with pytest.raises(LockBusy) as busy:
            with cli.exclusive(args, by_hand, "the daily job"):
                pass
    assert str(busy.value).startswith("Another Khatir process is already running the daily job")
    with cli.exclusive(args, by_hand, "the daily job"):  # free again afterwards
        with pytest.raises(LockBusy):
            with cli.exclusive(args, scheduled, "the daily job"):
                pass
    assert not list((tmp_path / "state").glob("*.lock"))
