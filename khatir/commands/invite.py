"""Invite customers to one meetup now: one personal message per customer, by segment.

Examples:
  khatir invite --meetup M-01 --dry-run
  khatir invite --meetup M-01 --workbook shop.xlsx
  khatir invite --meetup M-01 --sheet https://docs.google.com/spreadsheets/d/...

The meetup's Invite column says which customers (interested, existing, lost);
when there are more of them than seats, the order in docs/meetups.md decides and
the others are listed as left out. Running it again adds nobody twice; a "no" in
the Reply column frees a seat for the next person in line.
"""
from __future__ import annotations

from .. import cli
from ..jobs.invite import run_invite, summarise_invite
from ..summary import shop_name_reminder


def main(argv: list[str] | None = None) -> int:
    lines = __doc__.splitlines()
    parser = cli.base_parser(lines[0], epilog="\n".join(lines[2:]), prog="khatir invite")
    parser.add_argument("--meetup", metavar="ID", required=True,
                        help="the Meetup ID in the Meetups tab, e.g. M-01")
    cli.add_today(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="show the invitations and the left-out list, and write nothing")
    args = parser.parse_args(argv)
    settings = cli.settings_from(args)
    clock = cli.clock_for(settings)
    today = args.today or clock().date()
    backend = cli.open_backend(args, settings)
    cli.only_reading(backend, args.dry_run)
    with cli.exclusive(args, settings, "the invitations", args.dry_run):
        result = run_invite(backend, settings, today, clock, args.meetup, dry_run=args.dry_run)
    print(summarise_invite(result, settings.language))
    for line in cli.reading_notes(backend, settings.language):
        print(line)
    for line in shop_name_reminder(settings, settings.language):
        print(line)
    return 0

