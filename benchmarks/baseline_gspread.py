"""The daily job done "the common way" with gspread: the baseline Khatir is measured against.

What a typical hand-written gspread script does:

- ``open_by_key``, then ``get_all_records()`` on every tab (one request each, plus the
  metadata look-ups gspread makes to find the worksheets);
- ``append_row`` for every new message and for the Run Log row (with ``table_range="A1"``,
  the usual fix for rows landing in the wrong columns when a row has empty cells);
- the work lists (Follow-ups, Problems, Meetup Summary) rewritten with ``clear()`` and
  one ``append_row`` per row;
- no retries, no atomicity, no idempotency keys checked against the sheet.

The *decisions* (which messages, which Follow-ups rows) are taken by Khatir's own
planner (``khatir.jobs.daily.plan_daily`` and ``build_changes``), so the baseline writes
exactly the same rows as a Khatir run and the request and byte counts compare like for
like: only the I/O differs.

Usage (against the local Sheets server, as the benchmark runs it)::

    SHEETS_EMULATOR_HOST=127.0.0.1:8123 python -m benchmarks.baseline_gspread --sheet KEY \\
        --today 2026-11-24 --config settings.toml
"""
from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from khatir.config import load_settings


def plain(value: object) -> object:
    """A value gspread can send as JSON (dates as ISO text, as Khatir writes them)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return "" if value is None else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", required=True, help="the spreadsheet key")
    parser.add_argument("--today", type=date.fromisoformat, required=True)
    parser.add_argument("--config", help="Khatir settings file (language, tabs, caps)")
    args = parser.parse_args(argv)

    import gspread
    from gspread.utils import ValueRenderOption

    from khatir.backends.emulator import emulator_client, emulator_host_from_env
    from khatir.jobs.daily import DailyResult, build_changes, plan_daily, run_log_row
    from khatir.sheet.read import read_sheet
    from khatir.messages.render import Renderer

    settings = load_settings(args.config, must_exist=bool(args.config))
    host = emulator_host_from_env()
    client = emulator_client(host) if host else gspread.service_account()

    # -- read: the common way ---------------------------------------------------
    sh = client.open_by_key(args.sheet)
    grids: dict[str, list[list]] = {}
    worksheets = {ws.title: ws for ws in sh.worksheets()}
    for title, ws in worksheets.items():
        records = ws.get_all_records(value_render_option=ValueRenderOption.unformatted,
                                     numericise_ignore=["all"])
        if records:
            header = list(records[0].keys())
            grids[title] = [header] + [list(r.values()) for r in records]
        else:
            grids[title] = []  # header-only or empty: get_all_records gives nothing back

    # -- decide: Khatir's own planner ------------------------------------------
    renderer = Renderer(settings.templates_dir)
    data, tables = read_sheet(grids, settings)
    plan = plan_daily(data, settings, args.today, renderer)
    started = datetime.now()
    result = DailyResult(today=args.today, started=started, finished=None, target=args.sheet,
                         dry_run=False, new_messages=plan.prepared.rows, items=plan.items,
                         problems=data.problems, notes=plan.notes, capped=plan.prepared.capped)
    log = run_log_row(result, datetime.now(), settings)
    changes = build_changes(plan, tables, grids, settings, log)

    # -- write: one request per row ---------------------------------------------
    def worksheet(title: str, width: int):
        try:
            return sh.worksheet(title)
        except gspread.WorksheetNotFound:
            return sh.add_worksheet(title, rows=1000, cols=max(width, 26))

    for append in changes.appends:
        if not append.rows:
            continue
        ws = worksheet(append.title, len(append.header))
        if not grids.get(append.title) and not ws.row_values(1):
            ws.append_row([plain(v) for v in append.header], value_input_option="RAW", table_range="A1")
        for row in append.rows:
            ws.append_row([plain(v) for v in row], value_input_option="RAW", table_range="A1")
    for replace in changes.replaces:
        ws = worksheet(replace.title, max((len(r) for r in replace.rows), default=1))
        ws.clear()
        for row in replace.rows:
            ws.append_row([plain(v) for v in row], value_input_option="RAW", table_range="A1")

    print(f"baseline: {len(plan.prepared.rows)} messages, "
          f"{len(plan.tabs.get('follow_ups', [])) } follow-ups rows, "
          f"{len(data.problems)} problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
