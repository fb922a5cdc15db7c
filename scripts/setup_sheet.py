"""Create a sheet for Khatir, or add what an existing one is missing.

Adds missing tabs and their headers, freezes header rows, adds dropdowns (Segment,
Language, Done, Status, Reply, Sentiment), protects the script tabs (Google
Sheets: warning only) and highlights overdue rows in Follow-ups. Cells already
there are never changed.

Examples:
  python scripts/setup_sheet.py --workbook shop.xlsx
  python scripts/setup_sheet.py --sheet https://docs.google.com/spreadsheets/d/...
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from khatir import cli  # noqa: E402
from khatir.jobs.setup import run_setup  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    lines = __doc__.splitlines()
    parser = cli.base_parser(lines[0], epilog="\n".join(lines[2:]))
    args = parser.parse_args(argv)
    settings = cli.settings_from(args)
    backend = cli.open_backend(args, settings)
    with cli.exclusive(args, settings, "the set-up"):  # never while a run writes the same sheet
        plan = run_setup(backend, settings)
    print(backend.description)
    print("\n".join(plan.report))
    return 0


if __name__ == "__main__":
    sys.exit(cli.run(main))
