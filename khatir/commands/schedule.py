"""Run Khatir's daily job on a schedule, unattended (see docs/scheduling.md).

Keeps running and starts the daily job at its time (09:00 Asia/Dhaka unless
[schedule] in the settings says otherwise). A run missed while the computer was
off or asleep is made up at once; a failed run is tried again later. Stop it
with Ctrl+C. With --once it runs whatever is due now and exits: use that from
Windows Task Scheduler, cron, a systemd timer or launchd.

Examples:
  khatir schedule --demo
  khatir schedule --workbook shop.xlsx
  khatir schedule --once --sheet https://docs.google.com/spreadsheets/d/...

Log file, state and lock: ~/.khatir (Windows: %LOCALAPPDATA%\\Khatir), or
[schedule] state_dir. Check it works: the Run Log tab gets a row for every run.
"""
from __future__ import annotations

import logging
import signal
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from .. import cli, scheduler
from ..backends.base import GOOGLE_SHEET, WORKBOOK, Described
from ..demo import DEMO_WORKBOOK, build_demo_workbook
from ..i18n import Text
from ..lock import run_lock


SCHEDULER_BUSY_HINT = Text(
    en="stop that one first (Ctrl+C in its window), or leave it running: one scheduler is enough",
    bn="আগে সেটি বন্ধ করুন (তার উইন্ডোতে Ctrl+C), অথবা চলতে দিন: একটি সময়সূচিই যথেষ্ট")


def main(argv: list[str] | None = None, *, clock: Callable[[], datetime] | None = None,
         sleep: Callable[[float], None] = time.sleep) -> int:
    lines = __doc__.splitlines()
    parser = cli.base_parser(lines[0], epilog="\n".join(lines[2:]), prog="khatir schedule")
    parser.add_argument("--once", action="store_true",
                        help="run whatever is due now, then exit (for cron, systemd timers "
                             "and Windows Task Scheduler)")
    parser.add_argument("--demo", action="store_true",
                        help=f"build a fresh demo workbook ({DEMO_WORKBOOK}) and schedule on it")
    args = parser.parse_args(argv)
    log_file = None
    try:
        settings = cli.settings_from(args)
        log_file = scheduler.setup_logging(scheduler.state_dir(settings) / scheduler.LOG_FILE,
                                           verbose=args.verbose)
        config = settings.parsed.schedule
        clock = clock or cli.clock_for(settings)
        tz = cli.zone(settings)
        if args.demo:
            path = Path(args.workbook or DEMO_WORKBOOK)
            args.workbook = str(build_demo_workbook(path, clock().date()))
            args.sheet = None
        key = scheduler.target_key(args.workbook, args.sheet, settings)
        if args.demo:
            scheduler.StateStore(config.state_file).forget(key)  # a fresh demo has never run
        target = scheduler.Target(key=key, load_settings=lambda: cli.settings_from(args),
                                  open_backend=lambda s: cli.open_backend(args, s))
        runner = scheduler.JobScheduler(
            config, {"daily": scheduler.DailyJob(target)}, target=key, tz=tz, clock=clock,
            sleep=sleep, lang=settings.language, verbose=args.verbose,
            handle_signals=not args.once)
        if key.startswith("workbook:"):
            description = Described(WORKBOOK, str(args.workbook or settings.workbook))
        else:
            description = Described(GOOGLE_SHEET, key[len("sheet:"):])
        if args.once:
            return runner.run_once()
        with run_lock(config.scheduler_lock(key), what="the scheduler", hint=SCHEDULER_BUSY_HINT,
                      max_age=None, now=clock), _sigterm_stops():
            runner.run_forever(description)
        return 0
    except Exception as err:
        # Unattended (Task Scheduler, cron) nobody sees the console: the log file gets it too.
        if log_file is None:  # the settings are wrong: log where they say if that can be read
            scheduler.setup_logging(scheduler.state_dir_hint(args.config) / scheduler.LOG_FILE,
                                    args.verbose)
        logging.getLogger("khatir.scheduler").error("%s", scheduler.describe_error(err, args.verbose))
        raise


@contextmanager
def _sigterm_stops() -> Iterator[None]:
    """systemd and `kill` send SIGTERM: stop like Ctrl+C (the lock files are removed)."""
    def stop(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

