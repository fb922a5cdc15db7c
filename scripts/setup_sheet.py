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
  python scripts/setup_sheet.py --workbook shop.xlsx --shop-name "Rupkotha"
  python scripts/setup_sheet.py --sheet https://docs.google.com/spreadsheets/d/...
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from khatir import cli  # noqa: E402
from khatir.config import DEFAULT_CONFIG  # noqa: E402
from khatir.i18n import Text  # noqa: E402
from khatir.jobs.setup import run_setup  # noqa: E402
from khatir.settings_file import set_shop_name  # noqa: E402
from khatir.summary import shop_name_reminder  # noqa: E402

ASK = Text(en="Your shop's name, as customers know it (it signs every message): ",
           bn="আপনার দোকানের নাম, যে নামে গ্রাহকেরা চেনেন (প্রতিটি বার্তার শেষে থাকবে): ")
SAVED = Text(en="The shop's name is now \u201c{name}\u201d (saved in {path}).",
             bn="দোকানের নাম এখন \u201c{name}\u201d ({path} ফাইলে রাখা হয়েছে)।")


def main(argv: list[str] | None = None) -> int:
    lines = __doc__.splitlines()
    parser = cli.base_parser(lines[0], epilog="\n".join(lines[2:]))
    parser.add_argument("--shop-name", metavar="NAME",
                        help="your shop's name, to sign messages with (saved in the settings file)")
    args = parser.parse_args(argv)
    settings = cli.settings_from(args)
    lang = settings.language
    name = args.shop_name
    if name is None and settings.shop_name_is_placeholder and sys.stdin.isatty():
        name = input(ASK(lang)).strip() or None
    if name is not None:
        path = Path(args.config) if args.config else DEFAULT_CONFIG
        set_shop_name(path, name)
        settings = cli.settings_from(args)
    backend = cli.open_backend(args, settings)
    with cli.exclusive(args, settings, "the set-up"):  # never while a run writes the same sheet
        plan = run_setup(backend, settings)
    print(backend.description)
    print("\n".join(plan.report))
    if name is not None:
        print(SAVED(lang, name=settings.shop_name(lang), path=settings.source or path))
    for line in shop_name_reminder(settings, lang):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(cli.run(main))
