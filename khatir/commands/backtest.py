#!/usr/bin/env python3
"""Check the lost-customer flag against what really happened.

Picks a calibration date (by default one that leaves the last third of the
orders, at most a year, as the test period), hides every later order, flags
customers as the daily job would on that date, and says in plain Bengali or
English how many of those flagged really never came back, next to the plain
"no purchase for 90 days" rule, which method was used and why, and a suggested
setting for this shop. ``--table`` adds precision, recall and ROC AUC of every
method. Same data, same result.

Examples:
    khatir backtest --workbook shop.xlsx
    khatir backtest --sheet https://docs.google.com/spreadsheets/d/... --lang bn
    khatir backtest --csv orders.csv --calibration 2024-06-30 --lang en
    khatir backtest --csv orders.csv --lost-below 0.3   # try a threshold
    khatir backtest --simulate 5000 --seed 1 --lang en  # the synthetic shop
"""
from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from ..backtest import BacktestError, backtest, format_table, simulate_orders
from ..orders_file import load_orders, load_orders_backend
from ..backtest_report import columns_line, plain_report, read_line
from ..errors import CellError, KhatirError
from ..i18n import ASCII_DIGITS, Text
from ..rules.lost import LostSettings
from ..rules.lost.settings import at_risk_share_for
from ..sheet.schema import TabSpec
from ..sheet.parse import parse_date

BAD_DATE = Text(
    en="--calibration {text} is not a date Khatir can read; write it as YYYY-MM-DD, for "
       "example 2025-03-14.",
    bn="--calibration {text} তারিখ হিসেবে পড়া যায়নি; YYYY-MM-DD আকারে লিখুন, যেমন "
       "২০২৫-০৩-১৪।")
NO_SUCH_DAY = Text(
    en="--calibration {text}: that date does not exist (the month has no such day); check the "
       "day and the month.",
    bn="--calibration {text}: এমন কোনো তারিখ নেই (ওই মাসে এমন কোনো দিন নেই); দিন আর মাস "
       "মিলিয়ে দেখুন।")
#: A date written in one of the shapes the sheet's reader knows: year first, or day first.
YEAR_FIRST = re.compile(r"\s*\d{4}[-/.](\d{1,2})[-/.](\d{1,2})\s*")
DAY_FIRST = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}\s*")


def calibration_date(text: str | None) -> date | None:
    """The --calibration date, read by the sheet's own date reader: an owner types it as
    they type dates in the sheet (14/03/2025, 14.03.2025, ২০২৫-০৩-১৪), and an unreadable
    one is one sentence in their language, not argparse's usage block in English."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except CellError:
        if no_such_day(text):  # 2026-02-30, 31/02/2025: written right, no such day
            raise BacktestError(NO_SUCH_DAY, text=text) from None
        raise BacktestError(BAD_DATE, text=text) from None


def no_such_day(text: str) -> bool:
    """Whether ``text`` is written as a date (in English or Bengali digits) whose month is
    real but whose day is not in it: the owner mistyped the day, not the shape."""
    digits = text.translate(ASCII_DIGITS)
    year_first, day_first = YEAR_FIRST.fullmatch(digits), DAY_FIRST.fullmatch(digits)
    if year_first:
        month, day = int(year_first.group(1)), int(year_first.group(2))
    elif day_first:
        day, month = int(day_first.group(1)), int(day_first.group(2))
    else:
        return False
    return 1 <= month <= 12 and day >= 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="khatir backtest",
        description="Replay the past: flag lost customers as of a calibration date and compare "
                    "with who really bought again afterwards.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--workbook", type=Path, metavar="PATH",
                     help="an .xlsx workbook; its Orders tab (Date, Customer ID, Amount) is used, "
                          "or, in a shop system's export without one, every tab whose header "
                          "names a date and a customer")
    src.add_argument("--sheet", metavar="URL",
                     help="a Google Sheet (its URL or ID); its Orders tab is read in one request, "
                          "with the credentials of the settings file (see docs/google-sheets.md)")
    src.add_argument("--csv", type=Path, metavar="PATH",
                     help="an orders file: CSV/TSV/space-separated with date, customer id, amount "
                          "(header optional; headed columns may be in any order; one row per "
                          "invoice line with Quantity and UnitPrice is fine)")
    src.add_argument("--simulate", type=int, metavar="N",
                     help="no file: a synthetic shop of N customers over 3 years (see --seed)")
    p.add_argument("--seed", type=int, default=7, help="seed of --simulate (default: 7)")
    p.add_argument("--calibration", metavar="YYYY-MM-DD",
                   help="pretend today is this date, written as in the sheet (2025-03-14, "
                        "14/03/2025, 14.03.2025; day first); default: leaves the last third of "
                        "the order span, at most 365 days, as the test period")
    p.add_argument("--lang", choices=("bn", "en"), default="bn",
                   help="language of the printed table (default: bn)")
    p.add_argument("--config", type=Path, metavar="PATH",
                   help="a settings file whose [lost] table sets the thresholds and whose "
                        "[tabs.orders] title names the orders tab (default: built-in)")
    p.add_argument("--lost-below", type=float, metavar="P",
                   help="try another 'lost' threshold (chance of buying again within the horizon)")
    p.add_argument("--at-risk-below", type=float, metavar="P", help="try another 'at risk' threshold")
    p.add_argument("--model", choices=("auto", "bgnbd"), help="force the model (default: auto)")
    p.add_argument("--lost-share", type=float, metavar="S",
                   help="try another share of the expected lost customers for the lost list")
    p.add_argument("--fixed-days", type=int, default=90, metavar="N",
                   help="the fixed cut-off to compare with (default: 90 days)")
    p.add_argument("--table", action="store_true",
                   help="also print the table of every method (precision, recall, ROC AUC)")
    p.add_argument("--verbose", action="store_true",
                   help="show full details of an unexpected error (a stack trace)")
    return p


#: A threshold or share typed on the command line outside 0..1: the flag is named, not the
#: [lost] settings the owner did not touch (the blind trial of stop 28).
FLAG_RANGE = Text(
    en="{flag} {value}: write a number between 0 and 1, for example {flag} {example}.",
    bn="{flag} {value}: ০ থেকে ১-এর মধ্যে একটি সংখ্যা লিখুন, যেমন {flag} {example}।")
#: --lost-below above the at-risk threshold (or --at-risk-below below the lost one).
FLAG_ORDER = Text(
    en="{flag} {value}: lost_below may not be above at_risk_below, and here they would be "
       "{lost} and {risk}; give --lost-below and --at-risk-below together, the first the smaller.",
    bn="{flag} {value}: lost_below at_risk_below-এর চেয়ে বেশি হতে পারবে না, আর এখানে সেগুলো হতো "
       "{lost} আর {risk}; --lost-below আর --at-risk-below একসাথে দিন, প্রথমটি ছোট।")
FLAGS = {"lost_below": "--lost-below", "at_risk_below": "--at-risk-below",
         "lost_share": "--lost-share"}


def load_lost_settings(args: argparse.Namespace) -> LostSettings:
    """The [lost] settings of --config (an error in them names the settings), with the
    values typed on the command line over them (an error in those names the flag)."""
    section: dict = {}
    if args.config:
        from ..config import load_settings
        section = load_settings(args.config, must_exist=True).section("lost")
        LostSettings.from_section(section)
    for key, flag in FLAGS.items():
        value = getattr(args, key)
        if value is None:
            continue
        if not 0.0 <= value <= 1.0:
            raise BacktestError(FLAG_RANGE, flag=flag, value=f"{value:g}",
                                example=f"{getattr(LostSettings, key):g}")
        section[key] = value
    if args.model is not None:
        section["model"] = args.model
    current = section.get("at_risk_share", LostSettings.at_risk_share)
    if args.lost_share is not None and isinstance(current, (int, float)):
        # a share above at_risk_share takes the at-risk list up with it, as the suggestion says
        section["at_risk_share"] = at_risk_share_for(args.lost_share, float(current))
    lost = section.get("lost_below", LostSettings.lost_below)
    risk = section.get("at_risk_below", LostSettings.at_risk_below)
    if isinstance(lost, (int, float)) and isinstance(risk, (int, float)) and lost > risk:
        key = "lost_below" if args.lost_below is not None else "at_risk_below"
        raise BacktestError(FLAG_ORDER, flag=FLAGS[key], value=f"{getattr(args, key):g}",
                            lost=f"{lost:g}", risk=f"{risk:g}")
    return LostSettings.from_section(section)


def orders_tab(args: argparse.Namespace) -> TabSpec | None:
    """The Orders tab as --config names it (``[tabs.orders] title = "Sales"``), so the backtest
    reads the tab the daily run reads; None (the default names) without --config."""
    if not args.config:
        return None
    from ..config import load_settings
    return load_settings(args.config, must_exist=True).tab("orders")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_lost_settings(args)
        calibration = calibration_date(args.calibration)
        log = None
        if args.simulate is not None:
            orders = simulate_orders(args.simulate, seed=args.seed)
        else:
            tab = orders_tab(args)
            log = (load_orders_backend(open_sheet(args), args.sheet, tab) if args.sheet
                   else load_orders(args.workbook or args.csv, tab)).until(date.today())
            orders = log.orders
        result = backtest(orders, calibration, settings, fixed_days=args.fixed_days)
    except KhatirError as exc:  # OrdersFileError, BacktestError, a settings error
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    if log is not None:
        print(read_line(log, args.lang))
        if log.columns:
            print(columns_line(log, args.lang))
    print(plain_report(result, args.lang))
    if args.table:
        print()
        print(format_table(result, args.lang))
    return 0


def open_sheet(args: argparse.Namespace):
    """The Google Sheet named by --sheet, with the credentials of the settings file."""
    from ..backends import open_target
    from ..config import load_settings
    return open_target(workbook=None, sheet=args.sheet,
                       settings=load_settings(args.config, must_exist=bool(args.config)))

