"""How long does the backtest take to read a year of invoice lines, and how much memory?

Writes a shop's purchase log as many shop systems export it, one row per invoice
line (invoice number, stock code, a description with commas and quotes, quantity,
US month-first date and time, unit price, customer ID as ``17850.0``, country;
cancellations with a negative quantity; a quarter of the lines with no customer
ID), from the synthetic ``mixed`` shop of ``khatir.simulate``, as a Latin-1 CSV and
as an XlsxWriter workbook whose one tab is not called Orders. Then reads each in a
fresh process and prints the wall time and the process's peak memory (resident set
size; ``resource`` is not on Windows, where only the time is printed).

    python -m benchmarks.bench_orders_file            # about 500,000 lines
    python -m benchmarks.bench_orders_file 100000     # about that many lines
"""
from __future__ import annotations

import csv
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from khatir.simulate import simulate_shop

HEAD = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
        "CustomerID", "Country"]


def invoice_lines(target: int) -> list[list]:
    """About ``target`` invoice lines of a year of the ``mixed`` shop (deterministic)."""
    orders = simulate_shop(3000, start=date(2024, 12, 1), days=374, seed=12, profile="mixed")
    per_order = max(1, round(target / len(orders) / 1.02))
    rng = random.Random(99)
    rows: list[list] = []
    for n, o in enumerate(orders):
        when = datetime.combine(o.date, datetime.min.time()) + timedelta(
            hours=8 + rng.randrange(10), minutes=rng.randrange(60))
        customer = float(int(o.customer_id[2:]) + 12345)
        for k in range(rng.randrange(1, 2 * per_order)):
            rows.append([str(536365 + n), f"8{rng.randrange(5000):04d}",
                         f'HANGING HEART, T-LIGHT "HOLDER" £{k}', rng.choice((1, 2, 6, 12)), when,
                         round(rng.uniform(0.4, 9.9), 2), customer, "United Kingdom"])
        if rng.random() < 0.02:
            rows.append(["C" + str(536365 + n), "22423", "CAKESTAND 3 TIER", -1,
                         when + timedelta(days=3), 12.75, customer, "United Kingdom"])
        if rng.random() < 0.25:
            rows.append([str(900000 + n), "85123A", "JUMBO BAG", 1, when, 2.55, None,
                         "United Kingdom"])
    return rows


def write_csv(path: Path, rows: list[list]) -> None:
    with open(path, "w", newline="", encoding="latin-1") as fh:
        out = csv.writer(fh)
        out.writerow(HEAD)
        for r in rows:
            t = r[4]
            out.writerow(r[:4] + [f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}", r[5],
                                  "" if r[6] is None else f"{r[6]:.1f}", r[7]])


def write_xlsx(path: Path, rows: list[list]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    when = book.add_format({"num_format": "m/d/yy h:mm"})
    sheet = book.add_worksheet("Online Retail")
    sheet.write_row(0, 0, HEAD)
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            if j == 4:
                sheet.write_datetime(i, j, v, when)
            elif v is not None:
                sheet.write(i, j, v)
    book.close()


READ = """
import sys, time
from khatir.orders_file import read_orders
t = time.perf_counter()
orders = read_orders(sys.argv[1])
took = time.perf_counter() - t
try:
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 1024 / (1024 if sys.platform == "darwin" else 1)
except ImportError:
    peak_mb = float("nan")
print(f"{len(orders)} {took:.2f} {peak_mb:.0f}")
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = int(args[0]) if args else 500_000
    rows = invoice_lines(target)
    print("| File | Lines | Size | Orders read | Read time | Peak memory |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, write in (("retail.csv", write_csv), ("retail.xlsx", write_xlsx)):
            path = Path(tmp) / name
            write(path, rows)
            t = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", READ, str(path)], check=True,
                                 capture_output=True, text=True).stdout.split()
            wall = time.perf_counter() - t
            orders, took, peak = out
            print(f"| {name} | {len(rows):,} | {path.stat().st_size / 1e6:.0f} MB | "
                  f"{int(orders):,} | {float(took):.1f} s ({wall:.1f} s with start-up) | "
                  f"{peak} MB |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
