"""Tests for the scheduler: real workbooks, the real daily job, a fake clock (no sleeping)."""
from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from khatir import cli, scheduler
from khatir.backends.base import WORKBOOK, Described
from khatir.backends.workbook import WorkbookBackend
from khatir.commands.schedule import main as schedule_main
from khatir.config import PROJECT_ROOT, build_settings
from khatir.demo import build_demo_workbook
from khatir.errors import ConfigError, SheetError
from khatir.jobs import runlog
from khatir.jobs.daily import run_daily
from khatir.lock import LockBusy, this_host
from khatir.sheet.schema import RUN_LOG
from khatir.scheduler import (
    DailyJob,
    JobScheduler,
    JobSpec,
    JobState,
    StateStore,
    Target,
    next_due,
    redact,
    schedule_config,
)

DHAKA = ZoneInfo("Asia/Dhaka")
DAY1 = date(2026, 11, 24)
SCRIPT = PROJECT_ROOT / "scripts" / "run_scheduled.py"


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=DHAKA)


def next_day(day: date, n: int = 1) -> date:
    return day + timedelta(days=n)


class FakeClock:
    """The time, moved only by ``sleep``; ``events`` happen when the time passes them."""

    def __init__(self, start: datetime, stop_at: datetime | None = None):
        self.now = start
        self.stop_at = stop_at
        self.events: list[tuple[datetime, object]] = []
        self.slept: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    def at(self, when: datetime, action) -> None:
        self.events.append((when, action))

    def sleep(self, seconds: float) -> None:
        assert seconds > 0
        self.slept.append(seconds)
        self.now += timedelta(seconds=seconds)
        for event in [e for e in self.events if self.now >= e[0]]:
            self.events.remove(event)
            event[1]()
        if self.stop_at is not None and self.now >= self.stop_at:
            raise KeyboardInterrupt  # Ctrl+C, between jobs


@pytest.fixture(autouse=True)
def _no_leftover_log_handlers():
    yield
    logger = logging.getLogger("khatir")
    for handler in [h for h in logger.handlers if getattr(h, "_khatir", False)]:
        logger.removeHandler(handler)
        handler.close()


class Shop:
    """A demo workbook in tmp_path, its settings, and a scheduler factory."""

    def __init__(self, tmp_path: Path, **schedule):
        self.tmp = tmp_path
        self.workbook = build_demo_workbook(tmp_path / "shop.xlsx", DAY1)
        self.raw = {"general": {"language": "en"},
                    "schedule": {"state_dir": str(tmp_path / "state"), **schedule}}
        self.settings = build_settings(self.raw)
        self.opened = 0
        self.fail_opens = 0  # make the next opens fail as if the network were down
        self.echoed: list[str] = []

    @property
    def config(self):
        return schedule_config(self.settings)

    def load_settings(self):
        return self.settings

    def open_backend(self, settings):
        self.opened += 1
        if self.fail_opens:
            self.fail_opens -= 1
            raise ConnectionError(101, "Network is unreachable")
        return WorkbookBackend(self.workbook, backups=0)

    def scheduler(self, clock, lang="en", verbose=False, **kw) -> JobScheduler:
        target = Target("workbook:test", self.load_settings, self.open_backend)
        return JobScheduler(self.config, {"daily": DailyJob(target)}, target="workbook:test",
                            tz=DHAKA, clock=clock, sleep=getattr(clock, "sleep", None),
                            lang=lang, echo=self.echoed.append, verbose=verbose, **kw)

    def run_log(self) -> list[dict]:
        book = load_workbook(self.workbook)
        if "Run Log" not in book.sheetnames:
            return []
        rows = list(book["Run Log"].iter_rows(values_only=True))
        keys = {name: c.key for c in RUN_LOG.columns for name in (c.header, *c.aliases)}
        return [dict(zip([keys[h] for h in rows[0]], row)) for row in rows[1:]]

    def excel_has_it_open(self, is_open: bool = True) -> None:
        lock = self.workbook.with_name("~$" + self.workbook.name)
        if is_open:
            lock.write_text("Excel", encoding="utf-8")
        else:
            lock.unlink()

    def said(self, text: str) -> list[str]:
        return [line for line in self.echoed if text in line]

    def state(self) -> JobState:
        return StateStore(self.config.state_file).job("workbook:test", "daily")


@pytest.fixture
def shop(tmp_path):
    return Shop(tmp_path)


# -- configuration ---------------------------------------------------------------

def test_config_defaults(tmp_path):
    config = schedule_config(build_settings({}))
    assert config.jobs == (JobSpec("daily", time(9, 0)),)
    assert (config.retry_minutes, config.max_retries) == (15, 6)
    assert config.state_dir == scheduler.default_state_dir()
    assert config.log_file == config.state_dir / "logs" / "khatir.log"
    lock = config.run_lock("workbook:" + str(tmp_path / "shop.xlsx"))
    assert lock.parent == config.state_dir and lock.name.startswith("run-shop-xlsx-")


def test_config_daily_at_and_jobs_forms(tmp_path):
    simple = schedule_config(build_settings({"schedule": {"daily_at": "7:30", "retry_minutes": 5,
                                                          "max_retries": 0}}))
    assert simple.jobs == (JobSpec("daily", time(7, 30)),)
    assert (simple.retry_minutes, simple.max_retries) == (5, 0)
    listed = schedule_config(build_settings({"schedule": {"jobs": [{"name": "daily", "at": "২১:০৫"}]}}))
    assert listed.jobs == (JobSpec("daily", time(21, 5)),)


def test_state_dir_defaults_and_relative_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    assert scheduler.default_state_dir(windows=True) == tmp_path / "AppData" / "Local" / "Khatir"
    assert scheduler.default_state_dir(windows=False) == Path.home() / ".khatir"
    config = tmp_path / "config" / "settings.toml"
    config.parent.mkdir()
    config.write_text('[schedule]\nstate_dir = "../khatir-state"\n', encoding="utf-8")
    settings = cli.settings_from(cli.base_parser("x").parse_args(["--config", str(config)]))
    assert scheduler.state_dir(settings) == tmp_path / "config" / ".." / "khatir-state"
    assert scheduler.run_lock_path(settings, "sheet:1AbC").parent == tmp_path / "config" / ".." / "khatir-state"


@pytest.mark.parametrize("schedule, words", [
    ({"daily_at": "9am"}, "daily_at is '9am'; write a time of day"),
    ({"daily_at": 9}, "daily_at is 9"),
    ({"daily_at": "25:00"}, "24-hour clock"),
    ({"jobs": [{"name": "weekly", "at": "09:00"}]}, "job 'weekly' that does not exist"),
    ({"jobs": [{"name": "daily"}, {"name": "daily", "at": "15:00"}]}, "lists the job 'daily' twice"),
    ({"jobs": "daily"}, "jobs must be a list"),
    ({"jobs": [], "daily_at": "09:00"}, "both daily_at and jobs"),
    ({"retry_minutes": 0}, "retry_minutes is 0; write a whole number of 1 or more"),
    ({"max_retries": -1}, "max_retries is -1"),
    ({"retry": 5}, "setting 'retry' that Khatir does not know; did you mean 'retry_minutes'"),
    ({"state_dir": 5}, "state_dir is 5"),
])
def test_config_mistakes_are_one_sentence(schedule, words):
    with pytest.raises(ConfigError, match=words.replace("(", r"\(")):
        schedule_config(build_settings({"schedule": schedule}))


# -- when a job is due (pure) --------------------------------------------------------

NINE = time(9, 0)


def test_never_run_is_due_at_once():
    due, slot = next_due(NINE, DHAKA, JobState(), at(DAY1, 8))
    assert due == slot == at(next_day(DAY1, -1), 9)


def test_ran_today_is_due_tomorrow_even_if_it_ran_before_its_time():
    state = JobState(last_success=at(DAY1, 8))  # by hand, before 09:00
    assert next_due(NINE, DHAKA, state, at(DAY1, 8, 30))[0] == at(next_day(DAY1), 9)
    assert next_due(NINE, DHAKA, state, at(DAY1, 23))[0] == at(next_day(DAY1), 9)


def test_ran_yesterday_is_due_at_its_time_today():
    state = JobState(last_success=at(next_day(DAY1, -1), 9, 1))
    assert next_due(NINE, DHAKA, state, at(DAY1, 8))[0] == at(DAY1, 9)
    assert next_due(NINE, DHAKA, state, at(DAY1, 9)) == (at(DAY1, 9), at(DAY1, 9))


def test_missed_days_collapse_into_one_catch_up():
    state = JobState(last_success=at(next_day(DAY1, -5), 9))
    due, slot = next_due(NINE, DHAKA, state, at(DAY1, 7))
    assert due == slot == at(next_day(DAY1, -1), 9)  # one run now, for yesterday


def test_failures_wait_for_the_retry_then_give_up_until_the_next_day():
    slot = at(DAY1, 9)
    failing = JobState(last_success=at(next_day(DAY1, -1), 9), slot=slot, failures=2,
                       retry_at=at(DAY1, 9, 30))
    assert next_due(NINE, DHAKA, failing, at(DAY1, 9, 20)) == (at(DAY1, 9, 30), slot)
    gave_up = JobState(slot=slot, failures=7, gave_up=True)
    assert next_due(NINE, DHAKA, gave_up, at(DAY1, 9, 20)) == (at(next_day(DAY1), 9),) * 2


def test_the_time_zone_is_the_shops_not_the_computers():
    london = ZoneInfo("Europe/London")
    now = datetime(2026, 11, 24, 3, 30, tzinfo=london)  # 09:30 in Dhaka
    state = JobState(last_success=at(next_day(DAY1, -1), 9))
    assert next_due(NINE, DHAKA, state, now)[0] == at(DAY1, 9)


# -- the scheduler with the real daily job -------------------------------------------

@pytest.mark.parametrize("lang, started", [
    ("en", "Khatir scheduler started for workbook shop.xlsx. "),
    ("bn", "খাতির সময়সূচি চালু হলো: ওয়ার্কবুক shop.xlsx। "),
])
def test_the_start_names_the_workbook_in_the_owners_language(shop, lang, started):
    clock = FakeClock(at(DAY1, 8, 0), stop_at=at(DAY1, 8, 30))
    shop.scheduler(clock, lang=lang).run_forever(Described(WORKBOOK, "shop.xlsx"))
    assert shop.echoed[0].startswith(started)


@pytest.mark.slow
def test_first_start_runs_at_once_writes_run_log_and_shows_next_run(shop):
    clock = FakeClock(at(DAY1, 10, 15), stop_at=at(DAY1, 11))
    shop.scheduler(clock).run_forever("the demo workbook")
    log = shop.run_log()
    assert [(r["job"], r["outcome"]) for r in log] == [("daily", "ok")]
    assert log[0]["started"] == "2026-11-24T10:15:00+06:00"
    assert shop.echoed[0].startswith("Khatir scheduler started for the demo workbook. "
                                     "Jobs: the daily job every day at 09:00 (Asia/Dhaka).")
    assert "Running the daily job now: its first run here." in shop.echoed
    assert any(line.startswith("Khatir daily run for 2026-11-24") for line in shop.echoed)
    assert shop.said("Next run: the daily job on 2026-11-25 09:00 (Asia/Dhaka), in 22 h 45 min.")
    assert shop.echoed[-1] == "Scheduler stopped."
    assert shop.state().last_success == at(DAY1, 10, 15)
    assert not shop.config.run_lock("workbook:test").exists()


@pytest.mark.slow
def test_no_double_run_on_the_same_day(shop):
    clock = FakeClock(at(DAY1, 8, 59), stop_at=at(DAY1, 23, 59))
    shop.scheduler(clock).run_forever()
    assert len(shop.run_log()) == 1  # the first start ran it (never ran before)
    # Restarting the same day, and --once from cron every hour, run nothing more.
    again = FakeClock(at(DAY1, 23, 59))
    assert shop.scheduler(again).run_once() == 0
    assert shop.said("Nothing is due now.")
    assert len(shop.run_log()) == 1
    # The next day it runs at 09:00, once.
    clock = FakeClock(at(next_day(DAY1), 0, 0), stop_at=at(next_day(DAY1), 20))
    shop.scheduler(clock).run_forever()
    log = shop.run_log()
    assert [r["started"][:16] for r in log] == ["2026-11-24T08:59", "2026-11-25T09:00"]
    assert max(clock.slept) <= scheduler.TICK_SECONDS


@pytest.mark.slow
def test_catch_up_after_the_laptop_slept(shop):
    StateStore(shop.config.state_file).save_job(
        "workbook:test", "daily", JobState(last_success=at(DAY1, 9)))
    clock = FakeClock(at(DAY1, 9, 30), stop_at=at(next_day(DAY1, 3), 16))
    # At 10:00 the lid closes; the laptop wakes two days and five hours later.
    clock.at(at(DAY1, 10), lambda: setattr(clock, "now", clock.now + timedelta(days=2, hours=5)))
    shop.scheduler(clock).run_forever()
    assert shop.said("The clock jumped by 53 h 0 min (the computer was probably asleep)")
    starts = [r["started"][:16] for r in shop.run_log()]
    # One catch-up right after waking (not one per missed day), then the usual 09:00.
    assert starts == ["2026-11-26T15:00", "2026-11-27T09:00"]
    assert shop.said("catching up the run missed at 2026-11-26 09:00")
    assert shop.run_log()[0]["details"].endswith(
        "; No run was made on 2026-11-25 (the computer was off or asleep); this run caught up.")


@pytest.mark.slow
def test_catch_up_on_start_when_the_last_good_run_is_old(shop):
    StateStore(shop.config.state_file).save_job(
        "workbook:test", "daily", JobState(last_success=at(next_day(DAY1, -3), 9)))
    clock = FakeClock(at(DAY1, 7, 45), stop_at=at(DAY1, 12))
    shop.scheduler(clock).run_forever()
    # It ran at once for the missed day; that run counts for today, so 09:00 adds nothing.
    assert [r["started"][:16] for r in shop.run_log()] == ["2026-11-24T07:45"]
    assert shop.said("Next run: the daily job on 2026-11-25 09:00")


@pytest.mark.slow
def test_a_run_by_hand_earlier_today_is_found_in_the_run_log(shop):
    run_daily(WorkbookBackend(shop.workbook, 0), shop.settings, DAY1, lambda: at(DAY1, 8, 5))
    clock = FakeClock(at(DAY1, 8, 30), stop_at=at(DAY1, 18))
    shop.scheduler(clock).run_forever()  # no state file: it asks the Run Log
    assert len(shop.run_log()) == 1
    assert shop.said("The daily job already ran at 2026-11-24 08:05 (see the Run Log tab)")
    assert shop.state().last_success == at(DAY1, 8, 5)


@pytest.mark.slow
def test_a_test_run_with_today_does_not_count_as_the_real_day(shop, tmp_path):
    out = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "daily.py"), "--workbook", str(shop.workbook),
         "--today", next_day(DAY1, 3).isoformat(), "--lang", "en"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "HOME": str(tmp_path), "LOCALAPPDATA": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert "A test run for 2026-11-27 (--today): it does not count" in out.stdout
    assert shop.scheduler(FakeClock(at(DAY1, 9, 5))).run_once() == 0
    log = shop.run_log()
    assert [r["outcome"] for r in log] == ["ok (test run with --today)", "ok"]
    assert not shop.said("already ran")


@pytest.mark.slow
def test_failure_then_retry(shop):
    shop.excel_has_it_open()
    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 10))
    clock.at(at(DAY1, 9, 10), lambda: shop.excel_has_it_open(False))
    shop.scheduler(clock).run_forever()
    failed = shop.said("The daily job failed:")
    assert len(failed) == 1
    assert "is open in Excel or LibreOffice" in failed[0]
    assert "It will be tried again at 2026-11-24 09:15 (try 1 of 7)." in failed[0]
    # The sheet could not take the failure row either (Excel had it): only the log has it.
    assert shop.said("The failure could not be written to the Run Log tab either")
    assert shop.said("Running the daily job now: try 2 of 7 for 2026-11-24 09:00.")
    assert [(r["outcome"], r["started"][:16]) for r in shop.run_log()] == [("ok", "2026-11-24T09:15")]
    state = shop.state()
    assert (state.failures, state.last_success) == (0, at(DAY1, 9, 15))


@pytest.mark.slow
def test_after_the_quick_retries_it_keeps_trying_hourly_and_the_sheet_says_it_caught_up(tmp_path):
    shop = Shop(tmp_path, max_retries=2, retry_minutes=20)
    shop.excel_has_it_open()
    clock = FakeClock(at(DAY1, 9), stop_at=at(next_day(DAY1), 9, 30))
    clock.at(at(DAY1, 13, 30), lambda: shop.excel_has_it_open(False))  # closed after lunch
    shop.scheduler(clock).run_forever()
    failed = shop.said("The daily job failed")
    assert len(failed) == 6  # 09:00, 09:20, 09:40, then every hour: 10:40, 11:40, 12:40
    assert shop.said("The daily job failed 3 times:")
    assert shop.said("It keeps trying every hour until it goes through; the next try is at "
                     "2026-11-24 10:40.")
    log = shop.run_log()
    assert [(r["started"][:16], r["outcome"]) for r in log] == [
        ("2026-11-24T13:40", "ok"), ("2026-11-25T09:00", "ok")]
    caught_up = ("The run due at 2026-11-24 09:00 failed 6 times (The workbook shop.xlsx is open "
                 "in Excel or LibreOffice; close it and run again (if it is not open, delete the "
                 "leftover file ~$shop.xlsx)); it was caught up by this run.")
    assert log[0]["details"].endswith("; " + caught_up)
    assert shop.said("\n" + caught_up + "\n")  # the summary says it too, under its title
    assert "caught up" not in log[1]["details"]


@pytest.mark.slow
@pytest.mark.parametrize("lang, gave_up, caught_up", [
    ("en", "The daily job failed once: ",
     "The run due at 2026-11-24 09:00 failed once (The workbook shop.xlsx is open in Excel"),
    ("bn", "দৈনিক কাজ ১ বার ব্যর্থ হয়েছে: ", "২০২৬-১১-২৪ ০৯:০০-এর রান ১ বার ব্যর্থ হয়েছিল ("),
])
def test_one_failure_is_told_as_once(tmp_path, lang, gave_up, caught_up):
    """No retries: the 09:00 run fails once, the hourly try at 10:00 catches it up."""
    shop = Shop(tmp_path, max_retries=0)
    shop.settings = build_settings({**shop.raw, "general": {"language": lang}})
    shop.excel_has_it_open()
    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 10, 30))
    clock.at(at(DAY1, 9, 30), lambda: shop.excel_has_it_open(False))
    shop.scheduler(clock, lang=lang).run_forever()
    assert len(shop.said(gave_up)) == 1
    assert shop.said("\n" + caught_up)  # the run summary, under its title
    [row] = shop.run_log()
    assert "failed once (" in row["details"]  # the Run Log is English


@pytest.mark.slow
def test_a_day_that_could_not_run_is_named_in_bengali_by_the_next_run(tmp_path):
    shop = Shop(tmp_path, max_retries=0)
    shop.settings = build_settings({**shop.raw, "general": {"language": "bn"}})
    shop.excel_has_it_open()
    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 9, 30))
    shop.scheduler(clock, lang="bn").run_forever()  # fails at 09:00; then the laptop is shut
    shop.excel_has_it_open(False)
    clock = FakeClock(at(next_day(DAY1, 2), 10))
    assert shop.scheduler(clock, lang="bn").run_once() == 0
    [row] = shop.run_log()
    assert row["details"].endswith("; The run for 2026-11-24 could not be done (The workbook "
                                   "shop.xlsx is open in Excel or LibreOffice; close it and run "
                                   "again (if it is not open, delete the leftover file "
                                   "~$shop.xlsx)); this run caught it up.")
    assert shop.said("২০২৬-১১-২৪ তারিখের রান করা যায়নি (ওয়ার্কবুক shop.xlsx Excel বা LibreOffice-এ "
                     "খোলা আছে")


@pytest.mark.slow
def test_the_last_failure_is_told_in_bengali_when_nothing_is_due(tmp_path):
    """The Windows trial: the Bengali 'last run failed' line gave its reason in English."""
    shop = Shop(tmp_path)
    shop.settings = build_settings({**shop.raw, "general": {"language": "bn"}})
    shop.excel_has_it_open()
    assert shop.scheduler(FakeClock(at(DAY1, 9)), lang="bn").run_once() == 1
    shop.echoed.clear()
    assert shop.scheduler(FakeClock(at(DAY1, 9, 5)), lang="bn").run_once() == 0
    assert shop.said("দৈনিক কাজ-এর শেষ রান (২০২৬-১১-২৪ ০৯:০০) ব্যর্থ হয়েছে: ওয়ার্কবুক shop.xlsx "
                     "Excel বা LibreOffice-এ খোলা আছে")
    assert not shop.said("open in Excel")


@pytest.mark.slow
def test_a_settings_mistake_is_reported_once_and_not_retried(shop):
    broken = build_settings({**shop.raw, "general": {"language": "en",
                                                     "templates": str(shop.tmp / "no-templates")}})
    good = shop.settings
    shop.settings = broken
    StateStore(shop.config.state_file).save_job(
        "workbook:test", "daily", JobState(last_success=at(next_day(DAY1, -1), 9)))
    clock = FakeClock(at(DAY1, 8, 30), stop_at=at(next_day(DAY1), 10))
    clock.at(at(DAY1, 20), lambda: setattr(shop, "settings", good))  # someone fixes it
    shop.scheduler(clock).run_forever()
    log = shop.run_log()
    assert [r["outcome"].split(":")[0] for r in log] == ["failed", "ok"]
    assert log[0]["outcome"].startswith("failed: The template folder ")
    assert log[0]["details"] == ("today=2026-11-24; not retried: a person must fix this; "
                                 "next try 2026-11-25 09:00")
    assert log[1]["started"].startswith("2026-11-25T09:00")
    assert len(shop.said("cannot run until the settings or templates are fixed")) == 1


@pytest.mark.slow
def test_network_loss_is_retried(shop):
    shop.fail_opens = 2  # the run, and the failure row after it
    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 9, 30))
    shop.scheduler(clock).run_forever()
    failed = shop.said("The daily job failed:")
    assert failed == ["The daily job failed: The spreadsheet or a file could not be reached "
                      "(ConnectionError: Network is unreachable); check the internet connection. "
                      "It will be tried again at 2026-11-24 09:15 (try 1 of 7)."]
    assert [r["outcome"] for r in shop.run_log()] == ["ok"]


def test_the_scheduler_survives_a_job_that_crashes(shop, tmp_path):
    class Crashing:
        def run(self, run):
            raise ValueError("could not convert '01711-234567' (মেয়ের খুব জ্বর)")

        def record_failure(self, run, sentence, details):
            raise SheetError("offline")

    log_file = scheduler.setup_logging(shop.config.log_file)
    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 11))
    JobScheduler(shop.config, {"daily": Crashing()}, target="t", tz=DHAKA, clock=clock,
                 sleep=clock.sleep, echo=shop.echoed.append).run_forever()
    assert len(shop.said("Something unexpected went wrong (ValueError in test_scheduler.py line")) == 7
    assert shop.said("The daily job failed 7 times")
    text = log_file.read_text(encoding="utf-8")
    assert "run with --verbose for details" in text
    assert "01711" not in text and "জ্বর" not in text


def test_verbose_logs_the_details(shop):
    class Crashing:
        def run(self, run):
            raise ValueError("could not convert '01711-234567'")

        def record_failure(self, run, sentence, details):
            pass

    log_file = scheduler.setup_logging(shop.config.log_file, verbose=True)
    clock = FakeClock(at(DAY1, 9))
    JobScheduler(shop.config, {"daily": Crashing()}, target="t", tz=DHAKA, clock=clock,
                 echo=shop.echoed.append, verbose=True).run_once()
    text = log_file.read_text(encoding="utf-8")
    assert "01711-234567" in text and "Traceback" in text


def test_redact_keeps_dates_and_removes_phone_numbers():
    assert redact("call 01711-234567 or +880 1819 876543 on 2026-11-24 09:00:00+06:00") == \
        "call [phone] or [phone] on 2026-11-24 09:00:00+06:00"
    assert redact("০১৭১১২৩৪৫৬৭") == "[phone]"
    assert redact("process 4242, row 17, Tk 2,500") == "process 4242, row 17, Tk 2,500"


@pytest.mark.slow
def test_a_live_run_lock_defers_the_job_until_it_is_gone(shop):
    lock = shop.config.run_lock("workbook:test")
    lock.parent.mkdir(parents=True)
    lock.write_text(json.dumps({"pid": os.getpid(), "host": this_host(),
                                "started": at(DAY1, 9).isoformat(), "what": "a manual run"}))
    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 9, 10))
    clock.at(at(DAY1, 9, 2), lock.unlink)  # the manual run ends
    shop.scheduler(clock).run_forever()
    busy = shop.said("Another Khatir run is in progress; the daily job will be tried again in a minute.")
    assert len(busy) == 2  # 09:00 and 09:01; a minute later the lock is gone
    assert [r["started"][11:16] for r in shop.run_log()] == ["09:02"]


@pytest.mark.slow
def test_a_stale_run_lock_is_taken_over(shop):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    lock = shop.config.run_lock("workbook:test")
    lock.parent.mkdir(parents=True)
    lock.write_text(json.dumps({"pid": child.pid, "host": this_host(),
                                "started": at(DAY1, 8).isoformat(), "what": "the daily job"}))
    assert shop.scheduler(FakeClock(at(DAY1, 9))).run_once() == 0
    assert shop.said(f"A lock left behind by a stopped Khatir process was removed "
                     f"(process {child.pid} that took it is no longer running).")
    assert len(shop.run_log()) == 1
    assert not lock.exists()


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_between_jobs(shop):
    clock = FakeClock(at(DAY1, 9, 30), stop_at=at(DAY1, 9, 31))
    shop.scheduler(clock).run_forever()
    assert shop.echoed[-1] == "Scheduler stopped."
    assert len(shop.run_log()) == 1
    assert not shop.config.run_lock("workbook:test").exists()


@pytest.mark.slow
def test_ctrl_c_during_a_run_lets_it_finish_then_stops(shop):
    daily = DailyJob(Target("workbook:test", shop.load_settings, shop.open_backend))

    class PressesCtrlC:
        def run(self, run):
            signal.raise_signal(signal.SIGINT)  # the owner presses Ctrl+C mid-run
            return daily.run(run)

        def record_failure(self, run, sentence, details):
            daily.record_failure(run, sentence, details)

    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 10))  # stop_at: only a safety net
    before = signal.getsignal(signal.SIGINT)  # whatever the test runner installed
    JobScheduler(shop.config, {"daily": PressesCtrlC()}, target="workbook:test", tz=DHAKA,
                 clock=clock, sleep=clock.sleep, echo=shop.echoed.append,
                 handle_signals=True).run_forever()
    assert shop.said("Stopping after the current run finishes (press Ctrl+C again to stop at once).")
    assert [r["outcome"] for r in shop.run_log()] == ["ok"]  # the run finished and was logged
    assert clock.slept == []  # and the loop stopped right after it
    assert shop.echoed[-1] == "Scheduler stopped."
    assert signal.getsignal(signal.SIGINT) is before  # the owner's Ctrl+C handler is back


@pytest.mark.slow
def test_the_loop_keeps_going_without_a_tight_loop_when_the_state_cannot_be_saved(shop):
    shop.config.state_file.mkdir(parents=True)  # a folder where the state file should be
    clock = FakeClock(at(DAY1, 9), stop_at=at(DAY1, 9, 40))
    shop.scheduler(clock).run_forever()
    problems = shop.said("The scheduler hit a problem")
    assert len(problems) == 3  # 09:00, then every retry_minutes (15): 09:15, 09:30
    assert problems[0].endswith("it keeps going and tries again in 15 min.")
    assert len(shop.run_log()) == 1  # later looks find today's run in the Run Log


@pytest.mark.slow
def test_messages_in_bengali_and_the_log_file_in_english(shop):
    log_file = scheduler.setup_logging(shop.config.log_file)
    clock = FakeClock(at(DAY1, 9, 30), stop_at=at(DAY1, 9, 31))
    shop.scheduler(clock, lang="bn").run_forever()
    assert shop.said("দৈনিক কাজ এখন চলছে: এখানে এটি প্রথম রান।")
    assert shop.said("পরের রান: দৈনিক কাজ, ২০২৬-১১-২৫ ০৯:০০ (Asia/Dhaka), আর ২৩ ঘণ্টা ৩০ মিনিট পরে।")
    assert shop.echoed[-1] == "সময়সূচি বন্ধ হলো।"
    text = log_file.read_text(encoding="utf-8")
    assert "Next run: the daily job on 2026-11-25 09:00 (Asia/Dhaka), in 23 h 30 min." in text
    assert not re.search("[\u0980-\u09ff]", text)


def test_an_unreadable_state_file_is_set_aside(shop):
    path = shop.config.state_file
    path.parent.mkdir(parents=True)
    path.write_text("{ half written", encoding="utf-8")
    assert StateStore(path).job("workbook:test", "daily") == JobState()
    assert path.with_name(path.name + ".unreadable").exists()


def test_target_key():
    settings = build_settings({})
    key = scheduler.target_key(None, "https://docs.google.com/spreadsheets/d/AbC_12-x/edit#gid=0", settings)
    assert key == "sheet:AbC_12-x"
    assert scheduler.target_key("shop.xlsx", None, settings).startswith("workbook:")
    with pytest.raises(ConfigError, match="No spreadsheet was named"):
        scheduler.target_key(None, None, settings)


@pytest.mark.slow
def test_runlog_last_success_reads_only_good_runs_of_the_job(shop):
    run_daily(WorkbookBackend(shop.workbook, 0), shop.settings, DAY1, lambda: at(DAY1, 9))
    runlog.record_failure(WorkbookBackend(shop.workbook, 0), shop.settings, "daily",
                          at(DAY1, 10), at(DAY1, 10), "It broke.")
    grids = WorkbookBackend(shop.workbook, 0).read()
    assert runlog.last_success(grids, shop.settings, "daily", DHAKA) == at(DAY1, 9)
    assert runlog.last_success(grids, shop.settings, "weekly", DHAKA) is None
    assert shop.run_log()[1]["outcome"] == "failed: It broke."


# -- the script ----------------------------------------------------------------------

@pytest.fixture
def script_shop(tmp_path):
    workbook = build_demo_workbook(tmp_path / "shop.xlsx", DAY1)
    config = tmp_path / "settings.toml"
    config.write_text('[general]\nlanguage = "en"\n\n[schedule]\nstate_dir = "state"\n',
                      encoding="utf-8")
    return workbook, config, tmp_path / "state"


@pytest.mark.slow
def test_once_runs_what_is_due_and_exits(script_shop, capsys):
    workbook, config, state = script_shop
    main = schedule_main
    argv = ["--once", "--workbook", str(workbook), "--config", str(config)]
    assert main(argv, clock=lambda: at(DAY1, 9, 5)) == 0
    out = capsys.readouterr().out
    assert "Running the daily job now: its first run here." in out
    assert "Next run: the daily job on 2026-11-25 09:00 (Asia/Dhaka), in 23 h 55 min." in out
    assert main(argv, clock=lambda: at(DAY1, 10)) == 0
    assert "Nothing is due now." in capsys.readouterr().out
    rows = list(load_workbook(workbook)["Run Log"].iter_rows(values_only=True))
    assert len(rows) == 2  # the header and one run
    log = (state / "logs" / "khatir.log").read_text(encoding="utf-8")
    assert "daily ok: today=2026-11-24;" in log
    assert "+880" not in log and "0171" not in log


def test_once_exits_1_when_the_job_failed(script_shop):
    workbook, config, _ = script_shop
    workbook.with_name("~$" + workbook.name).write_text("x")
    main = schedule_main
    assert main(["--once", "--workbook", str(workbook), "--config", str(config)],
                clock=lambda: at(DAY1, 9, 5)) == 1


def test_once_refuses_while_another_run_holds_the_lock(script_shop, capsys):
    workbook, config, state = script_shop
    state.mkdir()
    lock = scheduler.lock_file(state, scheduler.RUN_LOCK, scheduler.target_key(str(workbook), None,
                                                                                build_settings({})))
    lock.write_text(json.dumps({"pid": os.getpid(), "host": this_host(),
                                "started": at(DAY1, 9).isoformat(), "what": "the daily job"}))
    argv = ["--once", "--workbook", str(workbook), "--config", str(config), "--lang", "en"]
    with pytest.raises(LockBusy):
        schedule_main(argv, clock=lambda: at(DAY1, 9, 5))
    assert cli.run(lambda a: schedule_main(a, clock=lambda: at(DAY1, 9, 5)), argv) == 2
    err = capsys.readouterr().err
    assert "Error: Another Khatir process is already running the daily job" in err
    assert "If no Khatir is running, delete the file" in err


@pytest.mark.slow
def test_scheduler_script_runs_the_demo_and_stops_on_ctrl_c(script_shop, capsys):
    _, config, state = script_shop
    demo = script_shop[0].with_name("demo.xlsx")
    clock = FakeClock(at(DAY1, 11), stop_at=at(DAY1, 11, 2))
    main = schedule_main
    assert main(["--demo", "--workbook", str(demo), "--config", str(config)],
                clock=clock, sleep=clock.sleep) == 0
    out = capsys.readouterr().out
    assert "Khatir scheduler started for workbook" in out
    assert "Next run: the daily job on 2026-11-25 09:00" in out
    assert "Scheduler stopped." in out
    assert [r[3] for r in load_workbook(demo)["Run Log"].iter_rows(values_only=True)] == ["Outcome", "ok"]
    assert not (state / "scheduler.lock").exists()
    # A second start of the demo builds it afresh, so it runs again at once.
    clock = FakeClock(at(DAY1, 12), stop_at=at(DAY1, 12, 1))
    assert main(["--demo", "--workbook", str(demo), "--config", str(config)],
                clock=clock, sleep=clock.sleep) == 0
    assert "its first run here" in capsys.readouterr().out


def test_a_second_scheduler_refuses_to_start(script_shop):
    workbook, config, state = script_shop
    state.mkdir()
    key = scheduler.target_key(str(workbook), None, build_settings({}))
    scheduler.lock_file(state, scheduler.SCHEDULER_LOCK, key).write_text(json.dumps({
        "pid": os.getpid(), "host": this_host(), "started": at(DAY1, 8).isoformat(),
        "what": "the scheduler"}))
    clock = FakeClock(at(DAY1, 11), stop_at=at(DAY1, 11, 2))
    with pytest.raises(LockBusy, match="already running the scheduler .*stop that one first"):
        schedule_main(["--workbook", str(workbook), "--config", str(config)],
                           clock=clock, sleep=clock.sleep)


def test_a_settings_mistake_at_start_is_one_sentence_and_logged(script_shop, capsys):
    workbook, config, state = script_shop
    config.write_text('[schedule]\ndaily_at = "9 o\'clock"\nstate_dir = "state"\n', encoding="utf-8")
    main = schedule_main
    code = cli.run(main, ["--once", "--workbook", str(workbook), "--config", str(config)])
    assert code == 2
    # Bengali is the default language: the owner reads Bengali, the log file is English.
    assert "daily_at হলো \"9 o'clock\"; উদ্ধৃতিচিহ্নের ভেতরে দিনের সময় লিখুন" in capsys.readouterr().err
    assert "daily_at is" in (state / "logs" / "khatir.log").read_text(encoding="utf-8")


def test_an_unreadable_settings_file_is_logged_in_the_default_folder(script_shop, monkeypatch):
    workbook, config, _ = script_shop
    home = script_shop[2].parent / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    config.write_text("[schedule\n", encoding="utf-8")
    code = cli.run(schedule_main, ["--once", "--workbook", str(workbook), "--config", str(config)])
    assert code == 2
    log_file = scheduler.default_state_dir() / "logs" / "khatir.log"
    assert str(log_file).startswith(str(home))
    assert "is not valid TOML" in log_file.read_text(encoding="utf-8")


@pytest.mark.slow
def test_help_runs_as_a_script():
    done = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True,
                          text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    for option in ("--once", "--demo", "--workbook", "--sheet", "--config", "--lang", "--verbose"):
        assert option in done.stdout
    assert "docs/scheduling.md" in done.stdout


def test_two_spreadsheets_saving_their_state_at_once_lose_nothing(tmp_path):
    import threading
    store = StateStore(tmp_path / "schedule-state.json")

    def runs(target: str) -> None:
        for n in range(1, 31):
            store.save_job(target, "daily", JobState(last_success=at(DAY1, 9), failures=n))

    threads = [threading.Thread(target=runs, args=(t,)) for t in ("workbook:a", "sheet:b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [store.job(t, "daily").failures for t in ("workbook:a", "sheet:b")] == [30, 30]
    assert not (tmp_path / "schedule-state.json.lock").exists()
