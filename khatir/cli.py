"""What every script shares: the target options, the clock, and one error handler.

Scripts in ``scripts/`` stay thin: they build a parser here, call the package and
print the summary. A ``KhatirError`` is printed as its one sentence; anything
else as one sentence too, with the stack trace only under ``--verbose``.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import sys
import traceback
from datetime import date, datetime
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import DEFAULT_CONFIG, Settings, load_settings, parse_toml, settings_text
from .errors import ConfigError, KhatirError
from .i18n import Text

UNEXPECTED = Text(
    en="Something unexpected went wrong ({error}); nothing more was written. Run the same "
       "command again with --verbose and send the output to whoever set Khatir up.",
    bn="অপ্রত্যাশিত একটি সমস্যা হয়েছে ({error}); এর বেশি কিছু লেখা হয়নি। একই কমান্ড --verbose "
       "যোগ করে আবার চালান, আর যা দেখায় তা যিনি খাতির সেট আপ করেছেন তাঁকে পাঠান।")
ERROR = Text(en="Error: ", bn="ত্রুটি: ")
STOPPED = Text(en="Stopped (Ctrl+C); nothing more was written.",
               bn="থামানো হয়েছে (Ctrl+C); এর বেশি কিছু লেখা হয়নি।")
UNKNOWN_COMMAND = Text(en="There is no command '{name}'; use one of: {names}.",
                       bn="'{name}' নামে কোনো কমান্ড নেই; এগুলোর একটি লিখুন: {names}।")
UNKNOWN_ZONE = Text(en="The time zone '{zone}' in the settings is not known; write one like Asia/Dhaka.",
                    bn="সেটিংসের সময় অঞ্চল '{zone}' চেনা যাচ্ছে না; Asia/Dhaka-র মতো করে লিখুন।")


def utf8_console() -> None:
    """Bengali must print on a Windows console too (its default code page cannot)."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):  # pragma: no cover - already replaced
            continue
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except ValueError:  # pragma: no cover - already written to in another encoding
            pass


def base_parser(description: str, epilog: str | None = None, prog: str | None = None
                ) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description, epilog=epilog,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    target = parser.add_argument_group("which spreadsheet")
    target.add_argument("--workbook", metavar="PATH",
                        help="a local .xlsx workbook (the default target; see [workbook] path in the settings)")
    target.add_argument("--sheet", metavar="URL_OR_KEY",
                        help="a Google Sheet, by its link or key (see the README for the one-time set-up)")
    parser.add_argument("--config", metavar="PATH",
                        help="the settings file (default: config/settings.toml)")
    parser.add_argument("--lang", choices=("bn", "en"),
                        help="language of the summary, Follow-ups and Problems (default: from the settings)")
    parser.add_argument("--verbose", action="store_true",
                        help="show each stage of the run as it starts, and full details of an "
                             "error (a stack trace)")
    return parser


def add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=_iso_date,
                        help="pretend today is this day (default: today in the configured time zone)")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-24") from None


def settings_from(args: argparse.Namespace) -> Settings:
    settings = load_settings(args.config, must_exist=bool(args.config))
    if getattr(args, "lang", None):
        from dataclasses import replace
        settings = replace(settings, language=args.lang)
    return settings


def zone(settings: Settings) -> ZoneInfo:
    try:
        return ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(UNKNOWN_ZONE, zone=settings.timezone) from None


def clock_for(settings: Settings) -> Callable[[], datetime]:
    """The wall clock, in the shop's time zone: the only place that reads it."""
    tz = zone(settings)
    return lambda: datetime.now(tz).replace(microsecond=0)


def open_backend(args: argparse.Namespace, settings: Settings):
    """The spreadsheet the options (or the settings) point at."""
    from .backends import open_target
    return open_target(workbook=args.workbook, sheet=args.sheet, settings=settings)


def only_reading(backend, dry_run: bool) -> None:
    """For a dry run, let a workbook open in Excel be read (nothing is written); the line
    about it comes from ``reading_notes`` after the run."""
    from .backends.workbook import WorkbookBackend
    if dry_run and isinstance(backend, WorkbookBackend):
        backend.only_reading = True


def reading_notes(backend, lang: str) -> list[str]:
    """What a dry run saw that a real run would stop on (the workbook open in Excel)."""
    from .backends.workbook import WorkbookBackend
    return backend.open_note(lang) if isinstance(backend, WorkbookBackend) else []


def exclusive(args: argparse.Namespace, settings: Settings, what: str, dry_run: bool = False):
    """Hold the spreadsheet's run lock while writing, so a manual run and the scheduler
    never overlap on it (another shop's spreadsheet has its own lock).

    A dry run writes nothing and needs no lock.
    """
    if dry_run:
        return contextlib.nullcontext()
    from .lock import run_locks
    from .scheduler import state_dir, target_key
    from .scheduler.config import run_lock_paths
    key = target_key(args.workbook, args.sheet, settings)
    return run_locks(run_lock_paths(state_dir(settings), key), what=what)


def owner_language(argv: list[str]) -> str:
    """The language to report an error in, known even when the settings are wrong:
    ``--lang``, else ``[general] language`` of the settings file if it can be read, else bn."""
    config: str | None = None
    for i, arg in enumerate(argv):
        value = argv[i + 1] if i + 1 < len(argv) else ""
        if arg.startswith(("--lang=", "--config=")):
            arg, value = arg.split("=", 1)
        if arg == "--lang" and value in ("bn", "en"):
            return value
        if arg == "--config":
            config = value
    try:
        path = Path(config) if config else DEFAULT_CONFIG
        raw = parse_toml(settings_text(path), path)
        language = str(raw["general"]["language"]).strip().lower()
    except Exception:  # noqa: BLE001 - unreadable settings: the default language
        return "bn"
    return language if language in ("bn", "en") else "bn"


def fewer_collections() -> None:
    """Let Python's cycle collector run less often while a sheet is in memory.

    Reading a sheet allocates a million small objects that live for the whole run; with
    the default threshold (700 allocations) the collector scans them again and again,
    some 10% of a run's time. Khatir's records hold no reference cycles to speak of.
    """
    gc.set_threshold(100_000, 50, 100)


def run(main: Callable[[list[str] | None], int], argv: list[str] | None = None) -> int:
    """Call a script's ``main`` and turn every failure into one sentence, in the owner's
    language, and an exit code."""
    utf8_console()
    fewer_collections()
    args = list(argv if argv is not None else sys.argv[1:])
    verbose = "--verbose" in args
    try:
        return main(argv)
    except KhatirError as err:
        if verbose:
            traceback.print_exc()
        lang = owner_language(args)
        print(ERROR(lang) + err.message(lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(STOPPED(owner_language(args)), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``khatir backtest ... | head``): nothing is wrong with the
        # run, so say nothing; stdout goes to the null device so its flush at exit is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as err:  # noqa: BLE001 - the one place that catches everything
        if verbose:
            traceback.print_exc()
        lang = owner_language(args)
        print(ERROR(lang) + UNEXPECTED(lang, error=f"{type(err).__name__}: {err}"), file=sys.stderr)
        return 1
