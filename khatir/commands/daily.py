"""Prepare today's follow-ups and messages in the shop's sheet.

Examples:
  khatir daily --demo
  khatir daily --workbook shop.xlsx
  khatir daily --sheet https://docs.google.com/spreadsheets/d/... --dry-run
"""
from __future__ import annotations

from pathlib import Path

from .. import cli
from ..demo import DEMO_WORKBOOK, build_demo_workbook
from ..jobs.daily import run_daily
from ..progress import console
from ..summary import summarise


def main(argv: list[str] | None = None) -> int:
    lines = __doc__.splitlines()
    parser = cli.base_parser(lines[0], epilog="\n".join(lines[2:]), prog="khatir daily")
    cli.add_today(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be written, and write nothing")
    parser.add_argument("--demo", action="store_true",
                        help=f"build a fresh demo workbook ({DEMO_WORKBOOK}) with sample data and run on it")
    args = parser.parse_args(argv)
    settings = cli.settings_from(args)
    clock = cli.clock_for(settings)
    today = args.today or clock().date()
    if args.demo:
        args.workbook = str(build_demo_workbook(Path(args.workbook or DEMO_WORKBOOK), today))
        args.sheet = None
    backend = cli.open_backend(args, settings)
    cli.only_reading(backend, args.dry_run)
    with cli.exclusive(args, settings, "the daily job", args.dry_run):
        result = run_daily(backend, settings, today, clock, dry_run=args.dry_run,
                           test=args.today is not None,
                           progress=console(settings.language, args.verbose))
    print(summarise(result, settings.language, settings))
    for line in cli.reading_notes(backend, settings.language):
        print(line)
    return 0

