"""How good is the lost flag? The figures of docs/lost-customers.md, on every data set.

For CDNOW (give the path of CDNOW_master.txt; see docs/lost-customers.md for where
to get it) at several cut-offs, including short 4-, 6- and 9-month histories cut
from it, and for the synthetic shops of ``khatir.simulate`` (seasonal Bangladeshi
shop, Christmas shop with wholesale buyers, loyal shop; 200 days, a year and 18
months of history), prints one Markdown row per data set and cut-off: repeat
buyers, truly lost, flagged, precision, recall, the precision of a
days-since-last-purchase cut-off flagging as many, and the "no purchase for 90
days" rule. Deterministic: the same output on every run.

    python -m benchmarks.lost_quality --cdnow /tmp/CDNOW_master.txt
    python -m benchmarks.lost_quality            # synthetic shops only
"""
from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from khatir.backtest import backtest, read_orders
from khatir.rules.lost import LostSettings
from khatir.simulate import simulate_shop

CDNOW_CUTS = (  # (calibration, last order date used; None: the whole file, to 1998-06-30)
    (date(1997, 9, 30), None), (date(1997, 12, 30), None), (date(1998, 2, 28), None),
    (date(1997, 4, 30), date(1997, 9, 30)), (date(1997, 6, 30), date(1997, 12, 31)),
    (date(1997, 9, 30), date(1998, 1, 31)),
)
START = date(2024, 1, 1)
SHOPS = ((365, (180, 240, 300)), (200, (140,)), (540, (420,)))
# A year of a Christmas shop from 1 December (374 days), cut after 7, 9 and 10 months.
DECEMBER, DECEMBER_DAYS, DECEMBER_CUTS = date(2024, 12, 1), 374, (211, 273, 303)


def data_sets(cdnow: Path | None):
    if cdnow is not None:
        orders = read_orders(cdnow)
        for cal, end in CDNOW_CUTS:
            kept = [o for o in orders if end is None or o.date <= end]
            yield f"CDNOW to {end or date(1998, 6, 30)}, cut {cal}", kept, cal
    for profile in ("bd", "christmas", "loyal"):
        for days, cuts in SHOPS:
            orders = simulate_shop(6000, start=START, days=days, seed=11, profile=profile)
            for cut in cuts:
                yield f"synthetic {profile}, {days} days, cut day {cut}", orders, \
                    START + timedelta(days=cut)
    for profile in ("christmas", "wholesale"):
        orders = simulate_shop(4300, start=DECEMBER, days=DECEMBER_DAYS, seed=1, profile=profile)
        for cut in DECEMBER_CUTS:
            yield f"synthetic {profile}, a year from December, cut day {cut}", orders, \
                DECEMBER + timedelta(days=cut)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cdnow", type=Path, help="path of CDNOW_master.txt")
    args = p.parse_args(argv)
    print("| Data set | Method | Repeat buyers | Truly lost | Flagged | Precision | Recall "
          "| Same-count days-since | 90-day flagged | 90-day precision |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, orders, cal in data_sets(args.cdnow):
        r = backtest(orders, cal, LostSettings())
        m, f, mt = r.method("model"), r.method("fixed"), r.method("matched")
        print(f"| {name} | {r.model.method}, {r.model.horizon_days} d | {r.customers:,} "
              f"| {r.truly_lost:,} | {m.flagged:,} | {100 * (m.precision or 0):.1f}% "
              f"| {100 * (m.recall or 0):.1f}% | {100 * (mt.precision or 0):.1f}% "
              f"| {f.flagged:,} | {100 * (f.precision or 0):.1f}% |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
