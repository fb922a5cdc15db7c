"""Create a sheet for Khatir, or add what an existing one is missing.

Adds missing tabs and their headers (with a frozen header row), adds dropdowns
(Segment, Language, Done, Status, Reply, Sentiment; in a workbook only where a
column has none of the staff's own),
protects the script tabs (Google Sheets: warning only) and highlights overdue
rows in Follow-ups. Cells already there are never changed; a workbook is
patched, so everything else in it is kept byte for byte.

Messages are signed with the shop's name: give it with --shop-name (or type it
when asked); it is saved as shop_name in the settings file, comments kept.

Examples:
  khatir setup --workbook shop.xlsx --shop-name "Rupkotha"
  khatir setup --sheet https://docs.google.com/spreadsheets/d/...
"""
from __future__ import annotations

import sys
from pathlib import Path

from .. import cli
from ..config import OWNER_CONFIG
from ..i18n import Text
from ..jobs.setup import run_setup
from ..settings_file import set_shop_name
from ..summary import shop_name_reminder

ASK = Text(en="Your shop's name, as customers know it (it signs every message): ",
           bn="আপনার দোকানের নাম, যে নামে গ্রাহকেরা চেনেন (প্রতিটি বার্তার শেষে থাকবে): ")
SAVED = Text(en="The shop's name is now \u201c{name}\u201d (saved in {path}).",
             bn="দোকানের নাম এখন \u201c{name}\u201d ({path} ফাইলে রাখা হয়েছে)।")


def main(argv: list[str] | None = None) -> int:
    lines = __doc__.splitlines()
    parser = cli.base_parser(lines[0], epilog="\n".join(lines[2:]), prog="khatir setup")
    parser.add_argument("--shop-name", metavar="NAME",
                        help="your shop's name, to sign messages with (saved in the settings file)")
    args = parser.parse_args(argv)
    settings = cli.settings_from(args)
    lang = settings.language
    name = args.shop_name
    if name is None and settings.shop_name_is_placeholder and sys.stdin.isatty():
        name = input(ASK(lang)).strip() or None
    path = Path(args.config) if args.config else OWNER_CONFIG
    if name is not None:
        set_shop_name(path, name)
        args.config = str(path)  # read back from there (an installed Khatir had none before)
        settings = cli.settings_from(args)
    backend = cli.open_backend(args, settings)
    with cli.exclusive(args, settings, "the set-up"):  # never while a run writes the same sheet
        plan = run_setup(backend, settings)
    print(backend.description(lang))
    print("\n".join(plan.report))
    if name is not None:
        print(SAVED(lang, name=settings.shop_name(lang), path=settings.source or path))
    for line in shop_name_reminder(settings, lang):
        print(line)
    return 0

