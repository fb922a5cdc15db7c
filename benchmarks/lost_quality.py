"""How good is the lost flag? The figures of docs/lost-customers.md, on every data set and cut.

For CDNOW (give the path of CDNOW_master.txt; see docs/lost-customers.md for where
to get it) at several cut-offs, including short 4-, 6- and 9-month histories cut
from it, and for the synthetic shops of ``khatir.simulate``, prints one Markdown
row per data set and cut-off: repeat buyers, truly lost, flagged, precision,
recall, the precision of a days-since-last-purchase cut-off flagging as many,
the "no purchase for 90 days" rule, and whether each criterion of issue 12 is
met (``P>=same``: at least as precise as the same-count days-since cut-off;
``P>90``: more precise than the 90-day rule; ``R>=.3``: recall at least 0.3;
``list``: not empty where the 90-day rule names 20 or more). The last line
counts the passes. Deterministic: the same output on every run.

    python -m benchmarks.lost_quality --cdnow /tmp/CDNOW_master.txt
    python -m benchmarks.lost_quality            # synthetic shops only
    python -m benchmarks.lost_quality --only online   # data sets whose name has "online"
    python -m benchmarks.lost_quality --more-mixed    # 40 more cuts of the "mixed" shop
    python -m benchmarks.lost_quality --independent   # 135 cuts of fifteen shops by other authors
    python -m benchmarks.lost_quality --held-out      # 27 cuts of three more, kept apart
    python -m benchmarks.lost_quality --orders sales.csv --cut 2011-06-30 --cut 2011-08-31
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from khatir.backtest import BacktestResult, backtest
from khatir.orders_file import read_orders
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
# Young seasonal online shops (a November-December peak, a year of history or less):
# (profile, seed, customers, first day, days, cut days). Cuts after the peak, at two
# thirds of the history, before the peak, in it and after it.
ONLINE = (
    ("online", 5, 4300, date(2024, 12, 1), 374, (150, 243, 300)),
    ("online", 6, 3000, date(2024, 2, 1), 330, (220, 270)),
    ("gifts", 7, 4000, date(2024, 3, 1), 365, (200, 243, 290, 320)),
    ("gifts", 8, 2500, date(2024, 6, 1), 300, (150, 200, 240)),
    ("trade", 9, 4300, date(2024, 12, 1), 374, (211, 243, 273, 303)),
    ("mixed", 12, 3000, date(2024, 12, 1), 374, (211, 243, 273, 303)),
    ("mixed", 13, 3000, date(2024, 12, 1), 374, (211, 243, 273, 303)),
)
# ``--more-mixed``: eight more seeds of the ``mixed`` shop, cut at five dates each, to
# see how often the criteria hold on such a shop rather than on two draws of it.
MORE_MIXED_SEEDS, MORE_MIXED_CUTS = range(14, 22), (150, 211, 243, 273, 303)
MIN_RECALL = 0.3
MIN_PLAIN_LIST = 20


def data_sets(cdnow: Path | None, more_mixed: bool = False):
    if more_mixed:
        for seed in MORE_MIXED_SEEDS:
            orders = simulate_shop(3000, start=DECEMBER, days=DECEMBER_DAYS, seed=seed,
                                   profile="mixed")
            for cut in MORE_MIXED_CUTS:
                yield (f"synthetic mixed, seed {seed}, cut day {cut}", orders,
                       DECEMBER + timedelta(days=cut))
        return
    if cdnow is not None:
        orders = read_orders(cdnow)
        for cal, end in CDNOW_CUTS:
            kept = [o for o in orders if end is None or o.date <= end]
            yield f"CDNOW to {end or date(1998, 6, 30)}, cut {cal}", kept, cal
    for profile, seed, n, first, days, cuts in ONLINE:
        orders = simulate_shop(n, start=first, days=days, seed=seed, profile=profile)
        for cut in cuts:
            yield (f"synthetic {profile}, {days} days from {first:%Y-%m-%d}, cut day {cut}",
                   orders, first + timedelta(days=cut))
    for profile in ("christmas", "wholesale"):
        orders = simulate_shop(4300, start=DECEMBER, days=DECEMBER_DAYS, seed=1, profile=profile)
        for cut in DECEMBER_CUTS:
            yield f"synthetic {profile}, a year from December, cut day {cut}", orders, \
                DECEMBER + timedelta(days=cut)
    for profile in ("bd", "christmas", "loyal"):
        for days, cuts in SHOPS:
            orders = simulate_shop(6000, start=START, days=days, seed=11, profile=profile)
            for cut in cuts:
                yield f"synthetic {profile}, {days} days, cut day {cut}", orders, \
                    START + timedelta(days=cut)


def independent_shops(only: str | None = None, held_out: bool = False):
    """The shops of ``benchmarks.shops``, written to CSV files and read back as a user's
    (``held_out``: the seventh round's three, kept apart to check a change)."""
    from benchmarks.shops import HELD_OUT, SEEDS, SHOPS

    with tempfile.TemporaryDirectory() as folder:
        for name, (module, cuts) in (HELD_OUT if held_out else SHOPS).items():
            if only and only not in name:
                continue
            for seed in SEEDS:
                path = Path(folder) / f"{name}_{seed}.csv"
                module.write(seed, str(path))
                orders = read_orders(path)
                for cut in cuts:
                    yield f"independent {name}, seed {seed}, cut {cut}", orders, cut


def criteria(r: BacktestResult) -> dict[str, bool | None]:
    """Issue 12's criteria for one backtest (None: does not apply)."""
    m, f, mt = r.method("model"), r.method("fixed"), r.method("matched")
    p = m.precision or 0.0
    return {
        "P>=same": p >= (mt.precision or 0.0) - 1e-12 if m.flagged else False,
        "P>90": p > (f.precision or 0.0) if f.flagged else None,
        "R>=.3": (m.recall or 0.0) >= MIN_RECALL,
        "list": bool(m.flagged) if (f.flagged or 0) >= MIN_PLAIN_LIST else None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cdnow", type=Path, help="path of CDNOW_master.txt")
    p.add_argument("--only", help="only the data sets whose name contains this text")
    p.add_argument("--more-mixed", action="store_true",
                   help="instead: 40 cuts of eight more seeds of the 'mixed' shop")
    p.add_argument("--independent", action="store_true",
                   help="instead: the fifteen shops of benchmarks/shops (written by other "
                        "authors), three seeds each, at their authors' cut dates")
    p.add_argument("--held-out", action="store_true",
                   help="instead: the seventh round's three shops by other authors, kept apart "
                        "to check a change (27 cuts)")
    p.add_argument("--orders", type=Path, action="append", default=[], metavar="FILE",
                   help="instead: your own orders file(s) (as khatir backtest --csv reads "
                        "them), at every --cut")
    p.add_argument("--cut", type=date.fromisoformat, action="append", default=[],
                   metavar="YYYY-MM-DD", help="a calibration date for --orders")
    args = p.parse_args(argv)
    names = ("P>=same", "P>90", "R>=.3", "list")
    print("| Data set | Method | Repeat buyers | Truly lost | Flagged | Precision | Recall "
          "| Same-count days-since | 90-day flagged | 90-day precision | "
          + " | ".join(names) + " |")
    print("|---" * (10 + len(names)) + "|")
    passed = {n: 0 for n in names}
    applied = {n: 0 for n in names}
    rows = all_met = 0
    sets = (independent_shops(args.only, held_out=args.held_out)
            if args.independent or args.held_out
            else ((f"{path.name}, cut {cut}", orders, cut) for path in args.orders
                  for orders in [read_orders(path)] for cut in args.cut)
            if args.orders else data_sets(args.cdnow, args.more_mixed))
    for name, orders, cal in sets:
        if args.only and args.only not in name:
            continue
        r = backtest(orders, cal, LostSettings())
        m, f, mt = r.method("model"), r.method("fixed"), r.method("matched")
        met = criteria(r)
        rows += 1
        all_met += all(v is not False for v in met.values())
        for n, v in met.items():
            applied[n] += v is not None
            passed[n] += bool(v)
        marks = " | ".join("-" if met[n] is None else "pass" if met[n] else "FAIL" for n in names)
        print(f"| {name} | {r.model.method}, {r.model.horizon_days} d | {r.customers:,} "
              f"| {r.truly_lost:,} | {m.flagged:,} | {100 * (m.precision or 0):.1f}% "
              f"| {100 * (m.recall or 0):.1f}% | {100 * (mt.precision or 0):.1f}% "
              f"| {f.flagged:,} | {100 * (f.precision or 0):.1f}% | {marks} |", flush=True)
    print()
    print(f"All criteria met in {all_met} of {rows} cuts; "
          + ", ".join(f"{n} {passed[n]}/{applied[n]}" for n in names) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
