"""The whole daily job on a workbook against a plain openpyxl read of the same file.

Issue 16's measure: ``khatir daily --workbook`` (start-up, read, rules, write) must cost
no more than a plain openpyxl script that only reads the same workbook in read-only mode.
Both run as child processes, back to back, on the same file, several rounds; the ratio is
taken per round (so a machine shared with other work slows both alike) and the median
reported, for wall time and for CPU time (user + system, from ``os.wait4``).

Usage::

    python -m benchmarks.bench_read_ratio                       # 10,000 customers, 5 rounds (~2 min)
    python -m benchmarks.bench_read_ratio --customers 1000 --rounds 3
    python -m benchmarks.bench_read_ratio --reader openpyxl     # Khatir on its escape-hatch reader
    python -m benchmarks.bench_read_ratio --distinct-notes      # no two call notes alike
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PLAIN_READ = """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
for ws in book.worksheets:
    for row in ws.iter_rows(values_only=True):
        pass
"""


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status:
        raise SystemExit(f"{argv[1]} failed: {child.stderr.read().decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--reader", choices=("auto", "calamine", "openpyxl"), default="auto")
    parser.add_argument("--distinct-notes", action="store_true",
                        help="every call note's text different, as in a real shop")
    args = parser.parse_args(argv)

    from khatir.backends.workbook import create_workbook
    from benchmarks.shop_data import shop_grids

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("SHEETS_EMULATOR_HOST", None)
    if args.reader != "auto":
        env["KHATIR_XLSX_READER"] = args.reader
    with tempfile.TemporaryDirectory() as folder:
        env.update(HOME=folder, LOCALAPPDATA=folder)  # the run lock, away from a real one
        source = create_workbook(Path(folder) / "source.xlsx",
                                 shop_grids(args.customers, 5, 3, today=date(2026, 11, 24),
                                            distinct_notes=args.distinct_notes))
        work = Path(folder) / "shop.xlsx"
        print(f"{args.customers:,} customers, {args.customers * 5:,} call notes, "
              f"{args.customers * 3:,} orders; {source.stat().st_size / 2**20:.1f} MB")
        print(f"{'round':>5} {'openpyxl wall':>13} {'cpu':>6} {'daily wall':>10} {'cpu':>6} "
              f"{'peak MB':>7} {'ratio wall':>10} {'ratio cpu':>9}")
        walls, cpus = [], []
        for n in range(1, args.rounds + 1):
            shutil.copy(source, work)  # every round: the first run of the day
            plain = timed([sys.executable, "-c", PLAIN_READ, str(work)], env)
            daily = timed([sys.executable, "-m", "khatir", "daily", "--workbook", str(work),
                           "--today", "2026-11-24", "--lang", "en"], env)
            walls.append(daily[0] / plain[0])
            cpus.append(daily[1] / plain[1])
            print(f"{n:>5} {plain[0]:>13.2f} {plain[1]:>6.2f} {daily[0]:>10.2f} {daily[1]:>6.2f} "
                  f"{daily[2]:>7.0f} {walls[-1]:>10.2f} {cpus[-1]:>9.2f}")
        print(f"median ratio (daily / plain openpyxl read): wall {statistics.median(walls):.2f}, "
              f"CPU {statistics.median(cpus):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
