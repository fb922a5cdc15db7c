"""The ``khatir`` command: one way in, with a subcommand for each job.

``khatir daily ...`` (installed with pip), ``python -m khatir daily ...`` and
``python run.py daily ...`` (from the Khatir folder) all end here; each
subcommand's ``main`` lives in a module of this package and runs inside
``cli.run``, so every one prints Bengali on any console and turns a failure into
one sentence in the owner's language.
"""
from __future__ import annotations

import importlib
import sys
from typing import Callable

from .. import __version__, cli

#: subcommand -> (module with ``main(argv)``, what it does)
COMMANDS: dict[str, tuple[str, str]] = {
    "daily": ("khatir.commands.daily",
              "today's follow-ups and messages (--workbook, --sheet or --demo)"),
    "setup": ("khatir.commands.setup", "create the tabs and headers once"),
    "invite": ("khatir.commands.invite", "invite customers to a meetup"),
    "schedule": ("khatir.commands.schedule",
                 "run the daily job every morning (--once for Task Scheduler / cron)"),
    "backtest": ("khatir.commands.backtest", "check lost-customer detection on your orders"),
    "templates": ("khatir.commands.templates", "check the message templates"),
}


def usage() -> str:
    lines = ["usage: khatir COMMAND [options]", "",
             "Khatir turns a shop's spreadsheet into a customer-care assistant.", "",
             "commands:"]
    lines += [f"  {name:<10} {what}" for name, (_, what) in COMMANDS.items()]
    lines += ["", "Every command takes --help, e.g. khatir daily --help.",
              "From the Khatir folder without installing: python run.py COMMAND [options]."]
    return "\n".join(lines)


def command_main(name: str) -> Callable[[list[str] | None], int]:
    """The ``main`` of one subcommand (imported only when it is run)."""
    main: Callable[[list[str] | None], int] = importlib.import_module(COMMANDS[name][0]).main
    return main


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        cli.utf8_console()
        print(usage())
        return 0
    if args[0] == "--version":
        print(f"khatir {__version__}")
        return 0
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        cli.utf8_console()
        print(cli.UNKNOWN_COMMAND(cli.owner_language(rest), name=name, names=", ".join(COMMANDS)),
              file=sys.stderr)
        return 2
    return cli.run(command_main(name), rest)
