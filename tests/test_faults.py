"""Fault campaign: stop a run at every step of its write, or disturb the network, then
run again. The final sheet must equal the sheet an undisturbed run leaves: no message
twice, no staff cell changed, every script tab complete.

A run reads once and writes once (Google: one atomic ``spreadsheets:batchUpdate``;
workbook: one ``os.replace`` of a fully written copy), so the kill points are: before
the read, during the read, between read and write, during the write (Google did or
did not apply it), and after the write. Some are simulated in-process (fast, the
whole matrix), and some are real ``SIGKILL``s of ``scripts/daily.py`` running in a
child process.

The reference is the same sheet after undisturbed runs: one run when the disturbed
run's write never landed, two when it did (the re-run then adds no message, only its
own Run Log row). All tabs are compared cell for cell; in Run Log only the times and
the run's marker are left out.

Set ``KHATIR_CAMPAIGN_LEDGER=path`` to append the counts (faults injected, runs,
comparisons) as JSON lines; ``docs/reliability.md`` quotes them.
"""
from __future__ import annotations

import copy
import functools
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import (MSG_COL, TODAY, GoogleSheet, WorkbookSheet, _trimmed, ago, fixed_clock, message_row,
                      to_google)
from khatir.backends.workbook import create_workbook
from khatir.config import build_settings
from khatir.demo import demo_grids
from khatir.errors import SheetError
from khatir.jobs.daily import TEST_OUTCOME, plan_daily, run_daily
from khatir.sheet.read import read_sheet
from khatir.messages.render import Renderer
from khatir.sheet.schema import FOLLOW_UPS, MEETUP_SUMMARY, MESSAGES, PROBLEMS, RUN_LOG
from sheets_server import Fault, SheetsServer

pytestmark = pytest.mark.slow  # the fault suite: processes killed mid-write, servers failing

ROOT = Path(__file__).resolve().parent.parent
STAFF_TABS = ("Customers", "Call Notes", "Orders", "Meetups", "Feedback")
SETTINGS = {"general": {"language": "en", "shop_name": "Rupkotha"}}
SETTINGS_TOML = '[general]\nlanguage = "en"\nshop_name = "Rupkotha"\n'
MARKER = re.compile(r"(; )?run [0-9a-f]{12}")

LEDGER: Counter = Counter()


@pytest.fixture(scope="module", autouse=True)
def ledger():
    LEDGER.clear()
    yield LEDGER
    path = os.environ.get("KHATIR_CAMPAIGN_LEDGER")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"suite": "faults", **LEDGER}) + "\n")


@pytest.fixture
def settings():
    return build_settings(SETTINGS)


# -- the sheet under test ------------------------------------------------------------

def fault_grids(with_script_tabs: bool = True) -> dict[str, list[list]]:
    return copy.deepcopy(_fault_grids(with_script_tabs))


@functools.lru_cache(maxsize=None)
def _fault_grids(with_script_tabs: bool) -> dict[str, list[list]]:
    """The demo shop (every staff tab, bad cells for Problems, a meetup, feedback), with
    two messages staff have already handled; one has the Key today's run would create,
    so the run must leave it alone."""
    grids = demo_grids(TODAY)
    settings = build_settings(SETTINGS)
    data, _ = read_sheet(grids, settings)
    planned = plan_daily(data, settings, TODAY, Renderer(settings.templates_dir)).prepared.rows
    first = planned[0]
    messages = [MESSAGES.headers()]
    messages.append(message_row(
        created=ago(3).isoformat(), key="follow_up:old-note", customer_id="C-010", name="Shafiq Ahmed",
        phone="+8801812445566", kind="follow_up", message="Reworded by Tanvir before sending",
        status="sent", reply="thanks!", sent_by="Tanvir", sent_on=ago(3).isoformat()))
    messages.append(message_row(
        created=TODAY.isoformat(), key=first["key"], customer_id=first["customer_id"], name=first["name"],
        kind=first["kind"], message="Sent by hand already", status="skipped", sent_by="Nasrin"))
    grids["Messages"] = messages
    if with_script_tabs:
        for spec in (FOLLOW_UPS, PROBLEMS, MEETUP_SUMMARY, RUN_LOG):
            grids[spec.title] = [spec.headers()]
    return grids


def tabs_of(sheet) -> dict[str, list[list[str]]]:
    if isinstance(sheet, GoogleSheet):
        return {t: sheet.tab(t) for t in sheet.server.tabs(sheet.sid)}
    book = load_workbook(sheet.path)
    return {ws.title: _trimmed([list(r) for r in ws.iter_rows(values_only=True)]) for ws in book.worksheets}


def comparable(tabs: dict[str, list[list[str]]]) -> dict[str, list[list[str]]]:
    """Every tab as is, except Run Log's start and finish times and the run's marker."""
    out = dict(tabs)
    log = tabs.get("Run Log", [])
    if log:
        header = log[0]
        keep = [i for i, h in enumerate(header) if h not in ("Started", "Finished")]
        details = header.index("Details") if "Details" in header else None
        outcome = header.index("Outcome") if "Outcome" in header else None
        rows = []
        for row in log:
            row = row + [""] * (len(header) - len(row))
            if details is not None and row is not log[0]:
                row[details] = MARKER.sub("", row[details])
            if outcome is not None and row[outcome] in (TEST_OUTCOME.en, TEST_OUTCOME.bn):  # --today runs
                row[outcome] = "ok"
            rows.append([row[i] for i in keep])
        out["Run Log"] = rows
    return out


def assert_same_sheet(got: dict, want: dict) -> None:
    got, want = comparable(got), comparable(want)
    assert sorted(got) == sorted(want), "tabs differ"
    for title in want:
        assert got[title] == want[title], f"tab {title!r} differs from the undisturbed run"
    k = MSG_COL["key"]
    keys = [r[k] for r in got["Messages"][1:] if len(r) > k and r[k]]
    assert len(keys) == len(set(keys)), "a message was added twice"
    LEDGER["comparisons"] += 1


_REFERENCES: dict[tuple, dict] = {}


def reference(kind: str, runs: int, make, settings, with_script_tabs: bool = True) -> dict:
    """The sheet after ``runs`` undisturbed runs (cached per backend)."""
    key = (kind, runs, with_script_tabs)
    if key not in _REFERENCES:
        sheet = make(fault_grids(with_script_tabs))
        for _ in range(runs):
            run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
            LEDGER["runs"] += 1
        _REFERENCES[key] = tabs_of(sheet)
    return _REFERENCES[key]


# -- Google, in process: the whole matrix ---------------------------------------------

class Interrupted(BaseException):
    """The process stops here (as Ctrl+C or a kill would): nothing after it runs."""


def fast(sheet: GoogleSheet, attempts: int = 6):
    from khatir.backends.emulator import emulator_client
    from khatir.backends.google import GoogleBackend, RetryPolicy
    policy = RetryPolicy(attempts=attempts, base_seconds=0.01, max_seconds=0.05, timeout_seconds=5)
    return GoogleBackend(emulator_client(sheet.server.host, timeout=5), sheet.sid, policy)


# name, faults, retry attempts (0: the process dies at the first failure), the write landed
GOOGLE_CASES = [
    ("killed before the read (metadata unanswered)",
     [Fault(drop=True, match="spreadsheets:get")], 0, False),
    ("killed during the read (batchGet unanswered)",
     [Fault(drop=True, match="values:batchGet")], 0, False),
    ("killed as the write was sent, Google did not apply it",
     [Fault(drop=True, match="batchUpdate")], 0, False),
    ("killed as the write was sent, Google applied it",
     [Fault(drop_after_apply=True, match="batchUpdate")], 0, True),
    ("429 on the write for longer than the retry budget",
     [Fault(status=429, times=20, match="batchUpdate")], 2, False),
    ("503 on the read for longer than the retry budget",
     [Fault(status=503, times=20, match="values:batchGet")], 2, False),
    ("connection dropped before the write was applied, retried in the run",
     [Fault(drop=True, match="batchUpdate")], 6, False),
    ("answer lost after the write was applied, retried in the run",
     [Fault(drop_after_apply=True, match="batchUpdate")], 6, False),
    ("read dropped once, then the write's answer lost after it was applied",
     [Fault(drop_after_apply=True, match="batchUpdate"), Fault(drop=True, match="values:batchGet", times=1)],
     6, False),
    ("429 bursts on every request, within the retry budget",
     [Fault(status=429, times=2, match="spreadsheets:get"), Fault(status=429, times=3, match="values:batchGet"),
      Fault(status=429, times=3, match="batchUpdate")], 6, False),
    ("503 / 500 / 502 mixed on the write, within the retry budget",
     [Fault(status=503, times=2, match="batchUpdate"), Fault(status=500, match="batchUpdate"),
      Fault(status=502, match="batchUpdate")], 6, False),
    ("slow answers (0.1 s) on every request",
     [Fault(delay=0.1, match="spreadsheets:get"), Fault(delay=0.1, match="values:batchGet"),
      Fault(delay=0.1, match="batchUpdate")], 6, False),
]
# Every case on a sheet that has had runs before (the script tabs exist), and the cases
# that disturb the write also on a first run (the batch then adds the script tabs too).
GOOGLE_MATRIX = [(*case, True) for case in GOOGLE_CASES] + [
    (*case, False) for case in GOOGLE_CASES
    if all(f.match == "batchUpdate" for f in case[1]) and not case[0].startswith("503 / 500")]


@pytest.mark.parametrize("name, faults, attempts, landed, script_tabs", GOOGLE_MATRIX,
                         ids=[("" if c[4] else "first run: ") + c[0] for c in GOOGLE_MATRIX])
def test_google_fault_then_rerun_equals_undisturbed(sheets_server, google_sheet, settings, name, faults,
                                                    attempts, landed, script_tabs):
    sheet = google_sheet(fault_grids(script_tabs))
    before = tabs_of(sheet)
    sheets_server.inject_faults(*faults)
    try:
        run_daily(fast(sheet, attempts), settings, TODAY, fixed_clock())
        first_ok = True
    except SheetError:
        first_ok = False
    LEDGER["runs"] += 1
    LEDGER["faults injected"] += sum(f.times for f in faults) - sum(f.times for f in sheets_server.pending_faults())
    sheets_server.clear_faults()
    if attempts == 0 or name.startswith(("429 on the write for", "503 on the read for")):
        assert not first_ok, "the disturbed run should have stopped"
    else:
        assert first_ok, "the run should have got through the faults by itself"
    if not first_ok:
        if not landed:  # nothing was written: the sheet is exactly as before
            assert tabs_of(sheet) == before
        run_daily(fast(sheet), settings, TODAY, fixed_clock())  # the owner runs it again
        LEDGER["runs"] += 1
    runs = 2 if landed else 1
    assert_same_sheet(tabs_of(sheet), reference("google", runs, google_sheet, settings, script_tabs))


def test_google_killed_between_read_and_write(sheets_server, google_sheet, settings, monkeypatch):
    sheet = google_sheet(fault_grids())
    before = tabs_of(sheet)
    backend = fast(sheet)

    def die(changes):
        raise Interrupted
    monkeypatch.setattr(backend, "write", die)
    with pytest.raises(Interrupted):
        run_daily(backend, settings, TODAY, fixed_clock())
    LEDGER["faults injected"] += 1
    assert tabs_of(sheet) == before
    run_daily(fast(sheet), settings, TODAY, fixed_clock())
    LEDGER["runs"] += 2
    assert_same_sheet(tabs_of(sheet), reference("google", 1, google_sheet, settings))


def test_google_killed_after_the_write(sheets_server, google_sheet, settings):
    """The write landed and the process died before it could report: a re-run adds nothing."""
    sheet = google_sheet(fault_grids())
    run_daily(fast(sheet), settings, TODAY, fixed_clock())  # ... and the process dies here
    run_daily(fast(sheet), settings, TODAY, fixed_clock())
    LEDGER["runs"] += 2
    LEDGER["faults injected"] += 1
    assert_same_sheet(tabs_of(sheet), reference("google", 2, google_sheet, settings))


def test_google_three_disturbed_runs_in_a_row(sheets_server, google_sheet, settings):
    """Applied-but-unanswered, then refused, then dropped: each re-run converges."""
    sheet = google_sheet(fault_grids())
    for fault in (Fault(drop_after_apply=True, match="batchUpdate"),
                  Fault(status=503, times=20, match="batchUpdate"),
                  Fault(drop=True, match="batchUpdate")):
        sheets_server.inject_faults(fault)
        LEDGER["faults injected"] += fault.times
        with pytest.raises(SheetError):
            run_daily(fast(sheet, attempts=0), settings, TODAY, fixed_clock())
        sheets_server.clear_faults()
        LEDGER["runs"] += 1
    run_daily(fast(sheet), settings, TODAY, fixed_clock())
    LEDGER["runs"] += 1
    assert_same_sheet(tabs_of(sheet), reference("google", 2, google_sheet, settings))


def test_google_lost_answer_and_failed_landed_check_adds_nothing_twice(sheets_server, google_sheet, settings):
    sheet = google_sheet(fault_grids())
    sheets_server.inject_faults(Fault(drop_after_apply=True, match="batchUpdate"))
    # once the batch is applied, the read that checks whether it landed fails once
    sheets_server.on_before_write(
        lambda state: sheets_server.inject_faults(Fault(status=503, match="values:batchGet")))
    run_daily(fast(sheet), settings, TODAY, fixed_clock())
    assert_same_sheet(tabs_of(sheet), reference("google", 1, google_sheet, settings))


def test_google_write_applied_after_the_client_timed_out_adds_nothing_twice(sheets_server, google_sheet,
                                                                            settings):
    from khatir.backends.emulator import emulator_client
    from khatir.backends.google import GoogleBackend, RetryPolicy
    sheet = google_sheet(fault_grids())
    sheets_server.inject_faults(Fault(delay=0.6, match="batchUpdate"))
    policy = RetryPolicy(attempts=6, base_seconds=0.01, max_seconds=0.05, timeout_seconds=0.25)
    backend = GoogleBackend(emulator_client(sheets_server.host, timeout=0.25), sheet.sid, policy)
    run_daily(backend, settings, TODAY, fixed_clock())
    time.sleep(0.6)  # the slow first batch is applied by now
    assert_same_sheet(tabs_of(sheet), reference("google", 1, google_sheet, settings))


# -- real kills: scripts/daily.py in a child process, SIGKILLed -----------------------

pytestmark_posix = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and os.wait4 are POSIX")


def child_env(tmp_path: Path, host: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SHEETS_EMULATOR_HOST"}
    env.update(HOME=str(tmp_path), LOCALAPPDATA=str(tmp_path), PYTHONIOENCODING="utf-8")
    if host:
        env["SHEETS_EMULATOR_HOST"] = host
    return env


def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(SETTINGS_TOML, encoding="utf-8")
    return path


def daily_argv(tmp_path: Path, *target: str) -> list[str]:
    return [sys.executable, str(ROOT / "scripts" / "daily.py"), *target, "--today", TODAY.isoformat(),
            "--lang", "en", "--config", str(config_file(tmp_path))]


@pytest.fixture(scope="module")
def standalone_server():
    """A server of this module's own: its callbacks kill processes."""
    with SheetsServer() as server:
        yield server
        assert server.errors == [], "\n".join(server.errors)


def wait_until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


KILL_CASES = ["during the read", "write sent, Google did not apply it",
              "write sent, Google applied it after the kill", "at the moment Google applies the write"]


@pytestmark_posix
@pytest.mark.parametrize("when", KILL_CASES)
def test_google_sigkill_then_rerun(standalone_server, settings, tmp_path, when):
    server = standalone_server
    sid = server.create_spreadsheet("Shop", to_google(fault_grids()))
    sheet = GoogleSheet(server, sid)
    before = tabs_of(sheet)
    child: dict[str, subprocess.Popen] = {}

    def kill_now(state=None) -> None:
        os.kill(child["p"].pid, signal.SIGKILL)

    if when == "during the read":
        server.inject_faults(Fault(delay=0.5, match="values:batchGet"))
    elif when == "write sent, Google did not apply it":
        server.inject_faults(Fault(delay=0.5, drop=True, match="batchUpdate"))
    elif when == "write sent, Google applied it after the kill":
        server.inject_faults(Fault(delay=0.5, match="batchUpdate"))
    else:
        server.on_before_write(kill_now, match="batchUpdate")
    child["p"] = subprocess.Popen(daily_argv(tmp_path, "--sheet", sid), env=child_env(tmp_path, server.host),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if when != "at the moment Google applies the write":
        wait_until(lambda: not server.pending_faults() or child["p"].poll() is not None)
        kill_now()
    out, err = child["p"].communicate(timeout=60)
    LEDGER["faults injected"] += 1
    LEDGER["real SIGKILLs"] += 1
    LEDGER["runs"] += 1
    assert child["p"].returncode == -signal.SIGKILL, err.decode("utf-8", "replace")
    landed = when in ("write sent, Google applied it after the kill", "at the moment Google applies the write")
    if landed:
        wait_until(lambda: len(sheet.tab("Messages")) > len(before["Messages"]))
    else:
        time.sleep(0.6)  # let the delayed request finish on the server's side
        assert tabs_of(sheet) == before
    if when == "at the moment Google applies the write":
        # The owner runs the same command again; it takes over the dead run's lock.
        rerun = subprocess.run(daily_argv(tmp_path, "--sheet", sid), env=child_env(tmp_path, server.host),
                               capture_output=True, text=True, encoding="utf-8", timeout=120)
        assert rerun.returncode == 0, rerun.stderr
    else:
        run_daily(GoogleSheet(server, sid).backend(settings), settings, TODAY, fixed_clock())
    LEDGER["runs"] += 1
    want = reference("google", 2 if landed else 1,
                     lambda grids: GoogleSheet(server, server.create_spreadsheet("Shop", to_google(grids))),
                     settings)
    assert_same_sheet(tabs_of(sheet), want)


# -- the workbook: kill at each step of the save ---------------------------------------

KILLER = textwrap.dedent("""
    import os, runpy, shutil, signal, sys, zipfile
    mode, workbook = sys.argv[1], os.path.abspath(sys.argv[2])
    die = lambda: os.kill(os.getpid(), signal.SIGKILL)
    real_replace, real_copy2, real_zip_init = os.replace, shutil.copy2, zipfile.ZipFile.__init__

    def replace(src, dst, *a, **k):
        if mode == "backup written, not yet renumbered" and "khatir-backups" in str(src):
            die()
        if os.path.abspath(dst) == workbook:
            if mode == "temp file half written":
                size = os.path.getsize(src)
                with open(src, "r+b") as fh:
                    fh.truncate(size // 2)
                die()
            if mode == "temp file complete, not yet swapped in":
                die()
            real_replace(src, dst, *a, **k)
            if mode == "right after the swap":
                die()
            return None
        return real_replace(src, dst, *a, **k)

    def copy2(src, dst, *a, **k):
        if mode == "before the backup copy" and "khatir-backups" in str(dst):
            die()
        return real_copy2(src, dst, *a, **k)

    def zip_init(self, file, *a, **k):
        opened = k.get("mode", a[0] if a else "r")
        if mode == "as the write starts" and opened in ("w", "x") and str(file) != workbook:
            die()
        return real_zip_init(self, file, *a, **k)

    os.replace, shutil.copy2, zipfile.ZipFile.__init__ = replace, copy2, zip_init
    sys.argv = ["khatir", "daily", *sys.argv[3:]]
    runpy.run_module("khatir", run_name="__main__", alter_sys=True)
""")

WORKBOOK_KILLS = ["as the write starts", "temp file half written", "before the backup copy",
                  "backup written, not yet renumbered", "temp file complete, not yet swapped in",
                  "right after the swap"]


@pytestmark_posix
@pytest.mark.parametrize("when", WORKBOOK_KILLS)
def test_workbook_sigkill_then_rerun(tmp_path, settings, when):
    path = create_workbook(tmp_path / "shop.xlsx", fault_grids())
    sheet = WorkbookSheet(path)
    before = tabs_of(sheet)
    argv = daily_argv(tmp_path, "--workbook", str(path))
    child = subprocess.run([sys.executable, "-c", KILLER, when, str(path), *argv[2:]],
                           env=child_env(tmp_path), capture_output=True, timeout=120)
    LEDGER["faults injected"] += 1
    LEDGER["real SIGKILLs"] += 1
    LEDGER["runs"] += 1
    assert child.returncode == -signal.SIGKILL, (
        f"the kill point '{when}' was never reached: {child.stderr.decode('utf-8', 'replace')}")
    landed = when == "right after the swap"
    if not landed:
        assert tabs_of(sheet) == before, "the workbook changed although the run died before saving"
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())  # the owner runs it again
    LEDGER["runs"] += 1
    want = reference("workbook", 2 if landed else 1,
                     lambda grids: WorkbookSheet(create_workbook(tmp_path / "reference.xlsx", grids)),
                     settings)
    assert_same_sheet(tabs_of(sheet), want)


@pytestmark_posix
@pytest.mark.filterwarnings("ignore:.*extension is not supported")
@pytest.mark.parametrize("when", WORKBOOK_KILLS)
def test_workbook_with_a_table_killed_then_rerun_keeps_the_table_whole(tmp_path, settings, when):
    """An Excel-written workbook (a Table with a totals row over Messages, an image)."""
    from real_files import xlsxwriter_shop
    path = xlsxwriter_shop(tmp_path / "shop.xlsx", "table")
    before = path.read_bytes()
    argv = daily_argv(tmp_path, "--workbook", str(path))
    child = subprocess.run([sys.executable, "-c", KILLER, when, str(path), *argv[2:]],
                           env=child_env(tmp_path), capture_output=True, timeout=120)
    LEDGER["faults injected"] += 1
    LEDGER["real SIGKILLs"] += 1
    LEDGER["runs"] += 2
    assert child.returncode == -signal.SIGKILL, child.stderr.decode("utf-8", "replace")
    if when != "right after the swap":
        assert path.read_bytes() == before
    run_daily(WorkbookSheet(path).backend(settings), settings, TODAY, fixed_clock())
    ws = load_workbook(path)["Messages"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    keys = [r[1] for r in rows[1:-1]]
    assert len(keys) == len(set(keys)) == 3  # the handled message and two new ones, once each
    assert ws.tables["Messages"].ref == f"A1:N{len(rows)}"
    assert "SUBTOTAL(103" in str(rows[-1][1])  # the totals row is still the Table's last


SETUP_KILLER = KILLER.replace('"khatir", "daily"', '"khatir", "setup"')
assert SETUP_KILLER != KILLER


@pytestmark_posix
@pytest.mark.filterwarnings("ignore:.*extension is not supported")
@pytest.mark.parametrize("when", WORKBOOK_KILLS)
def test_setup_killed_then_rerun_equals_an_undisturbed_setup(tmp_path, settings, when):
    """Set-up patches an Excel-written workbook through the same steps as the daily job."""
    from real_files import xlsxwriter_shop
    from khatir.backends.workbook import WorkbookBackend
    from khatir.jobs.setup import run_setup
    path = xlsxwriter_shop(tmp_path / "shop.xlsx", "table")
    before = path.read_bytes()
    reference = tmp_path / "reference" / "shop.xlsx"
    reference.parent.mkdir()
    reference.write_bytes(before)
    run_setup(WorkbookBackend(reference), settings)
    child = subprocess.run([sys.executable, "-c", SETUP_KILLER, when, str(path), "--workbook", str(path),
                            "--lang", "en", "--config", str(config_file(tmp_path))],
                           env=child_env(tmp_path), capture_output=True, timeout=120)
    LEDGER["faults injected"] += 1
    LEDGER["real SIGKILLs"] += 1
    LEDGER["runs"] += 2
    assert child.returncode == -signal.SIGKILL, child.stderr.decode("utf-8", "replace")
    if when != "right after the swap":
        assert path.read_bytes() == before
    run_setup(WorkbookBackend(path), settings)  # the owner runs it again
    LEDGER["comparisons"] += 1
    import zipfile
    with zipfile.ZipFile(path) as got, zipfile.ZipFile(reference) as want:
        assert {n: got.read(n) for n in got.namelist()} == {n: want.read(n) for n in want.namelist()}


def test_workbook_killed_between_read_and_write(tmp_path, settings, monkeypatch):
    path = create_workbook(tmp_path / "shop.xlsx", fault_grids())
    sheet = WorkbookSheet(path)
    before = tabs_of(sheet)
    backend = sheet.backend(settings)

    def die(changes):
        raise Interrupted
    monkeypatch.setattr(backend, "write", die)
    with pytest.raises(Interrupted):
        run_daily(backend, settings, TODAY, fixed_clock())
    assert tabs_of(sheet) == before
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    LEDGER["faults injected"] += 1
    LEDGER["runs"] += 2
    want = reference("workbook", 1,
                     lambda grids: WorkbookSheet(create_workbook(tmp_path / "reference.xlsx", grids)),
                     settings)
    assert_same_sheet(tabs_of(sheet), want)


# -- a write larger than Google accepts in one request -----------------------------------

def big_grids(with_script_tabs: bool = True) -> dict[str, list[list]]:
    from benchmarks.shop_data import shop_grids
    grids = shop_grids(400, notes_per_customer=2, orders_per_customer=1, today=TODAY)
    if with_script_tabs:
        for spec in (FOLLOW_UPS, PROBLEMS, RUN_LOG):
            grids[spec.title] = [spec.headers()]
    return grids


def batch_updates(server) -> list:
    return [r for r in server.requests if r.path.split("?")[0].endswith(":batchUpdate")]


LIMIT = 150_000  # bytes: the test sheet's write is some 320 KB, its messages (first orders too) 110 KB


@pytest.mark.parametrize("script_tabs", [True, False], ids=["steady", "first run"])
def test_google_write_over_the_request_limit_is_sent_in_parts(sheets_server, google_sheet, settings,
                                                              monkeypatch, script_tabs):
    import khatir.backends.google as google
    settings = replace(settings, follow_ups_per_agent=0)  # every Follow-ups row: a large write
    want_sheet = google_sheet(big_grids(script_tabs))
    run_daily(fast(want_sheet), settings, TODAY, fixed_clock())  # one request, the usual way
    want = tabs_of(want_sheet)
    sheet = google_sheet(big_grids(script_tabs))
    monkeypatch.setattr(google, "WRITE_LIMIT_BYTES", LIMIT)
    sheets_server.reset_requests()
    run_daily(fast(sheet), settings, TODAY, fixed_clock())
    LEDGER["runs"] += 2
    posts = batch_updates(sheets_server)
    assert len(posts) >= 3
    assert all(len(p.body) <= LIMIT for p in posts)
    assert [b"appendCells" in p.body for p in posts] == [False] * (len(posts) - 1) + [True]
    assert_same_sheet(tabs_of(sheet), want)


@pytest.mark.parametrize("fault", ["dropped", "answer lost after apply"])
def test_google_large_write_stopped_between_parts_then_rerun(sheets_server, google_sheet, settings,
                                                             monkeypatch, fault):
    import khatir.backends.google as google
    settings = replace(settings, follow_ups_per_agent=0)  # every Follow-ups row: a large write
    want_sheet = google_sheet(big_grids(False))
    run_daily(fast(want_sheet), settings, TODAY, fixed_clock())
    want = tabs_of(want_sheet)
    sheet = google_sheet(big_grids(False))
    before = tabs_of(sheet)
    monkeypatch.setattr(google, "WRITE_LIMIT_BYTES", LIMIT)
    # the first part (which adds the script tabs) lands; the second is lost
    lost = Fault(drop=True, match="batchUpdate") if fault == "dropped" else \
        Fault(drop_after_apply=True, match="batchUpdate")
    sheets_server.on_before_write(lambda state: sheets_server.inject_faults(lost), match="batchUpdate")
    with pytest.raises(SheetError):
        run_daily(fast(sheet, attempts=0), settings, TODAY, fixed_clock())
    sheets_server.clear_faults()
    LEDGER["faults injected"] += 1
    after = tabs_of(sheet)
    for title in (*[t for t in before if t in after], "Messages"):
        assert after[title] == before[title], f"{title} changed although the write stopped half-way"
    assert after.get("Run Log", [])[1:] == [], "a Run Log row was written although the write stopped"
    run_daily(fast(sheet), settings, TODAY, fixed_clock())
    LEDGER["runs"] += 3
    assert_same_sheet(tabs_of(sheet), want)


def test_google_large_first_write_with_a_lost_answer_on_the_part_that_adds_tabs(sheets_server, google_sheet,
                                                                              settings, monkeypatch):
    import khatir.backends.google as google
    settings = replace(settings, follow_ups_per_agent=0)  # every Follow-ups row: a large write
    want_sheet = google_sheet(big_grids(False))
    run_daily(fast(want_sheet), settings, TODAY, fixed_clock())
    sheet = google_sheet(big_grids(False))
    monkeypatch.setattr(google, "WRITE_LIMIT_BYTES", LIMIT)
    sheets_server.inject_faults(Fault(drop_after_apply=True, match="batchUpdate"))
    run_daily(fast(sheet), settings, TODAY, fixed_clock())  # retried without adding the tabs twice
    LEDGER["runs"] += 2
    LEDGER["faults injected"] += 1
    assert_same_sheet(tabs_of(sheet), tabs_of(want_sheet))
