"""The largest sheet Google allows (10 million cells), end to end on a 2-core machine.

Builds a shop of 137,000 customers (5 call notes and 3 orders each, as in
``bench_backends.py``) on the local Sheets-compatible server, every tab's grid cut to
the columns it uses, the script tabs already there (as after ``setup_sheet.py``, with
their unused columns deleted), so that the sheet *after* Khatir's run holds just under
10,000,000 cells, Google's limit. Then runs ``scripts/daily.py --sheet`` in a child
process, on two consecutive days, and reports for Khatir's process alone (``os.wait4``):
wall time, CPU time, peak memory (max RSS), requests, bytes sent and received, the
largest request body (Google refuses one over 10 MiB), and the grid's size after the
run. The server's own CPU time while it answered, and its memory (both this process's)
are reported apart: they are the test server's, standing in for Google, not Khatir's.
The load average before and after each run says how busy the machine was.

Usage::

    python -m benchmarks.bench_10m                  # about 5 minutes, ~10 GB for the server
    python -m benchmarks.bench_10m --customers 20000 --runs 1    # a quick try
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.bench_backends import (TODAY, child_env, create_google, daily_command, fast_loopback,
                                       grid_cells, run_child, settings_file, traffic)

GOOGLE_CELL_LIMIT = 10_000_000
GOOGLE_REQUEST_LIMIT = 10 * 2**20


def rss_mb(usage) -> float:
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=137_000)
    parser.add_argument("--notes", type=int, default=5)
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--runs", type=int, default=2, help="daily runs, on consecutive days")
    args = parser.parse_args(argv)

    from khatir.sheet.schema import FOLLOW_UPS, MEETUP_SUMMARY, PROBLEMS, RUN_LOG
    from benchmarks.shop_data import shop_grids
    from tests.sheets_server import SheetsServer

    fast_loopback()
    ok = True
    with tempfile.TemporaryDirectory() as tmp, SheetsServer() as server:
        folder = Path(tmp)
        config = settings_file(folder, timeout=900)
        start = time.perf_counter()
        grids = shop_grids(args.customers, args.notes, args.orders, today=TODAY)
        for spec in (FOLLOW_UPS, PROBLEMS, MEETUP_SUMMARY, RUN_LOG):
            grids[spec.title] = [spec.headers()]
        staff_cells = sum(len(r) for t in ("Customers", "Call Notes", "Orders") for r in grids[t])
        sid = create_google(server, grids)
        del grids
        built = time.perf_counter() - start
        print(f"Built the sheet in {built:.0f} s: {args.customers:,} customers, "
              f"{args.customers * args.notes:,} call notes, {args.customers * args.orders:,} orders; "
              f"{staff_cells:,} staff cells, grid {grid_cells(server, sid):,} cells", flush=True)
        rows = []
        for day in range(args.runs):
            today = TODAY + timedelta(days=day)
            server.reset_requests()
            argv = daily_command(config, "--sheet", sid)
            argv[argv.index("--today") + 1] = today.isoformat()
            load_before = os.getloadavg()[0]
            run = run_child(argv, child_env(folder, server.host), timeout=3600)
            load = (load_before, os.getloadavg()[0])
            count, sent, received, calls = traffic(server)
            largest = max((len(r.body) for r in server.requests), default=0)
            cells = grid_cells(server, sid)
            follow_ups = server.grid_size(sid, "Follow-ups")[0] - 1
            rows.append((today, run, count, sent, received, largest, cells, follow_ups, calls, load))
            ok &= run.returncode == 0 and cells <= GOOGLE_CELL_LIMIT and largest <= GOOGLE_REQUEST_LIMIT
            status = "ok" if run.returncode == 0 else "FAILED: " + (run.stderr.strip().splitlines() or [""])[-1]
            print(f"  run {day + 1} ({today}): {run.seconds:.0f} s, Khatir CPU {run.cpu_seconds:.1f} s, "
                  f"server CPU {run.server_cpu_seconds:.1f} s, peak {run.peak_mb:,.0f} MB, "
                  f"{count} requests {calls}, load {load[0]:.1f} -> {load[1]:.1f}, {status}", flush=True)
        server_peak = rss_mb(resource.getrusage(resource.RUSAGE_SELF))

    print()
    print("| run | wall s | Khatir CPU s | server CPU s | Khatir peak MB | requests | sent MB | received MB "
          "| largest request MB | grid cells after | Follow-ups rows | load average |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for today, run, count, sent, received, largest, cells, follow_ups, calls, load in rows:
        print(f"| {today} | {run.seconds:,.0f} | {run.cpu_seconds:,.1f} | {run.server_cpu_seconds:,.1f} "
              f"| {run.peak_mb:,.0f} | {count} "
              f"({calls.get('batchUpdate', 0)} writes) | {sent / 2**20:,.1f} | {received / 2**20:,.1f} | "
              f"{largest / 2**20:,.1f} | {cells:,} | {follow_ups:,} | {load[0]:.1f}–{load[1]:.1f} |")
    print(f"\nThe local Sheets server holding the sheet (this process, not Khatir) peaked at "
          f"{server_peak:,.0f} MB. Python {sys.version.split()[0]} on {os.cpu_count()} cores.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
