"""Time and peak memory of the daily job on a local workbook, at growing sizes.

Each size runs in a fresh process so peak memory (max RSS) is that run's alone.
Usage: python -m benchmarks.bench_daily [--sizes 1000,10000] [--notes 5]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(size: int, notes: int, folder: Path) -> dict:
    """Runs inside the child process: build the workbook, then time one daily run."""
    import resource

    from khatir.backends.workbook import WorkbookBackend, create_workbook
    from khatir.config import build_settings
    from khatir.jobs.daily import run_daily
    from benchmarks.shop_data import shop_grids

    today = date(2026, 11, 24)
    path = create_workbook(folder / f"shop-{size}.xlsx", shop_grids(size, notes, today=today))
    settings = build_settings({"general": {"language": "en"}})
    clock = lambda: datetime(2026, 11, 24, 9, tzinfo=timezone(timedelta(hours=6)))  # noqa: E731
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = run_daily(WorkbookBackend(path, backups=0), settings, today, clock)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"customers": size, "call_notes": size * notes, "seconds": round(seconds, 2),
            "peak_mb": round(peak / 1024, 1), "rss_before_mb": round(before / 1024, 1),
            "messages": len(result.new_messages), "follow_ups": len(result.items),
            "file_mb": round(path.stat().st_size / 2**20, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--notes", type=int, default=5)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.notes, Path(args.folder))))
        return 0
    print(f"{'customers':>10} {'call notes':>11} {'seconds':>8} {'peak MB':>8} {'file MB':>8} {'messages':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            out = subprocess.run([sys.executable, "-m", "benchmarks.bench_daily", "--child", str(size),
                                  "--notes", str(args.notes), "--folder", folder],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            r = json.loads(out.stdout)
            print(f"{r['customers']:>10} {r['call_notes']:>11} {r['seconds']:>8} {r['peak_mb']:>8} "
                  f"{r['file_mb']:>8} {r['messages']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
