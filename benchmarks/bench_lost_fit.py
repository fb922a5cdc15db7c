"""How long does fitting the lost-customer model take, and how much memory?

Runs the synthetic shop of ``khatir.backtest.simulate_orders`` at 1k, 10k and
100k customers (3 years of orders) and prints one table row per size: time to
build the purchase histories, to fit the default model (learned from windows of the shop's
own last 360 days), to fit BG/NBD alone (the fallback), to assess every
customer, and the peak Python memory of the default fit (tracemalloc, measured
in a separate run because tracing slows Python down).

    python -m benchmarks.bench_lost_fit            # 1k, 10k, 100k
    python -m benchmarks.bench_lost_fit 1000 5000  # other sizes
"""
from __future__ import annotations

import sys
import time
import tracemalloc
from datetime import date, timedelta

from khatir.backtest import simulate_orders
from khatir.sheet.records import Customer
from khatir.rules.history import purchase_histories
from khatir.rules.lost import LostSettings, assess_customers, fit_bgnbd, fit_model

START = date(2021, 1, 1)
DAYS = 3 * 365


def bench(n: int) -> dict[str, float | int | str]:
    orders = simulate_orders(n, start=START, days=DAYS, seed=n)
    today = START + timedelta(days=DAYS)
    customers = {o.customer_id: Customer(row=0, id=o.customer_id, name=o.customer_id)
                 for o in orders}
    t0 = time.perf_counter()
    histories = purchase_histories(customers, orders)
    t1 = time.perf_counter()
    model = fit_model(histories.values(), today)
    t2 = time.perf_counter()
    bg = fit_bgnbd(histories.values(), today)
    t3 = time.perf_counter()
    assessed = assess_customers(customers, histories, today, LostSettings(), model=model)
    t4 = time.perf_counter()

    tracemalloc.start()
    fit_model(histories.values(), today)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "customers": n, "orders": len(orders), "histories_s": t1 - t0, "fit_s": t2 - t1,
        "method": model.method, "bgnbd_s": t3 - t2,
        "bgnbd": "ok" if not isinstance(bg, str) else "failed",
        "assess_s": t4 - t3, "flagged": len(assessed), "peak_mb": peak / 2**20,
    }


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [1_000, 10_000, 100_000]
    header = (f"{'customers':>9} {'orders':>8} {'histories':>10} {'fit':>7} {'method':>8} "
              f"{'BG/NBD':>7} {'assess':>7} {'flagged':>8} {'peak MB':>8}")
    print(header)
    print("-" * len(header))
    for n in sizes:
        r = bench(n)
        print(f"{r['customers']:>9,} {r['orders']:>8,} {r['histories_s']:>9.2f}s {r['fit_s']:>6.2f}s "
              f"{r['method']:>8} {r['bgnbd_s']:>6.2f}s {r['assess_s']:>6.2f}s {r['flagged']:>8,} "
              f"{r['peak_mb']:>8.1f}", flush=True)
    print("\nfit: the default model (learned from windows of the last 360 days; BG/NBD only when too little "
          "history). BG/NBD: the fallback fit alone. assess: score and level for every customer "
          "with the fitted model. peak MB: Python allocations during the default fit.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
