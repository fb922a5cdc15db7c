"""Does the lost-customer flag work? Replay the past and count.

Pure functions, plus readers for an orders file:

* ``backtest(orders, calibration)``: pretend today is the calibration date, hide
  every later order, flag customers as the daily job would, then compare with
  who really bought again after that date. Reported for the model, for the plain
  BG/NBD "probability alive" ranking, for a fixed 90-day cut-off, and for a
  days-since-last-purchase cut-off that flags as many customers as the model.
* ``roc_auc`` and ``precision_recall``: the metrics, in plain Python.
* ``simulate_orders``: a deterministic, realistic synthetic shop for tests and
  benchmarks (heterogeneous buying rates, irregular and regular buyers, quiet
  drop-out, long pauses, Eid seasonality, same-day double orders).

Reading an orders file or sheet is ``khatir.orders_file``.
"""
from __future__ import annotations

import random
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable, Sequence

from .errors import KhatirError
from .i18n import DAYS, Text, bn_digits, thousands
from .messages.filters import long_date
from .sheet.records import Customer, Order
from .rules.history import purchase_histories
from .rules.lost import (AT_RISK, BGNBD, LOST, LostSettings, Model, assess_all, fit_bgnbd,
                         fit_model)

# --------------------------------------------------------------------------
# Metrics


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Area under the ROC curve: the chance a random positive outscores a random negative.

    Ties count one half (mid-ranks). ``None`` when either class is empty.
    """
    if len(scores) != len(labels):
        raise ValueError("scores and labels must have the same length")
    pairs = sorted(zip(scores, labels), key=lambda p: p[0])
    n_pos = sum(1 for _s, y in pairs if y)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        mid_rank = (i + j) / 2 + 1  # 1-based
        rank_sum += mid_rank * sum(1 for k in range(i, j + 1) if pairs[k][1])
        i = j + 1
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def precision_recall(flags: Sequence[bool], labels: Sequence[bool]) -> tuple[float | None, float | None]:
    """Precision (share of flagged that are truly positive) and recall (share of positives flagged)."""
    if len(flags) != len(labels):
        raise ValueError("flags and labels must have the same length")
    tp = sum(1 for f, y in zip(flags, labels) if f and y)
    flagged = sum(1 for f in flags if f)
    positives = sum(1 for y in labels if y)
    return (tp / flagged if flagged else None, tp / positives if positives else None)


# --------------------------------------------------------------------------
# Backtest


@dataclass(frozen=True)
class MethodResult:
    key: str  # "model" | "model_at_risk" | "p_alive" | "fixed" | "matched"
    flagged: int | None  # None: a ranking only, no flag
    precision: float | None
    recall: float | None
    auc: float | None
    cutoff_days: int | None = None  # for the days-since rules


@dataclass(frozen=True)
class ShareTry:
    """The lost list with another ``lost_share``: what it would have found."""

    share: float
    flagged: int
    precision: float | None
    recall: float | None
    matched_precision: float | None  # days since the last purchase, as many customers


#: The ``lost_share`` values the backtest tries before suggesting one.
TRY_SHARES = (0.3, 0.45, 0.6, 0.75)


@dataclass(frozen=True)
class BacktestResult:
    calibration: date
    end: date
    holdout_days: int
    customers: int  # repeat buyers known on the calibration date
    truly_lost: int  # of them, those who made no purchase after it
    model: Model
    settings: LostSettings
    methods: tuple[MethodResult, ...]
    tries: tuple[ShareTry, ...] = ()
    #: repeat buyers seen in last year's season only, whose season was coming (at risk
    #: rather than lost), and how many of them made no purchase after the date
    last_year_season: tuple[int, int] = (0, 0)

    def method(self, key: str) -> MethodResult:
        for m in self.methods:
            if m.key == key:
                return m
        raise KeyError(key)


HOLDOUT_SHARE = 1 / 3
MAX_HOLDOUT_DAYS = 365
MIN_HOLDOUT_DAYS = 30


def default_calibration(first: date, last: date) -> date:
    """Leave the last third of the order-date span (at most a year) as the holdout."""
    span = (last - first).days
    holdout = min(MAX_HOLDOUT_DAYS, max(MIN_HOLDOUT_DAYS, round(span * HOLDOUT_SHARE)))
    return last - timedelta(days=holdout)


class BacktestError(KhatirError, ValueError):
    """The backtest cannot be run on these orders; the sentence says what to do."""


NO_ORDERS = Text(en="There are no dated orders to test on.",
                 bn="পরীক্ষা করার মতো তারিখসহ কোনো অর্ডার নেই।")
BAD_CALIBRATION = Text(
    en="The calibration date {calibration} must fall between the first order ({first}) and "
       "the last ({last}); choose a date in between with --calibration.",
    bn="--calibration তারিখ {calibration} প্রথম অর্ডার ({first}) ও শেষ অর্ডারের ({last}) মাঝে "
       "হতে হবে; মাঝের কোনো তারিখ দিন।")
LAST_DAY = Text(
    en="The calibration date {calibration} is the last order day, so no days are left after it "
       "to check against; choose an earlier date with --calibration, a few months before it.",
    bn="--calibration তারিখ {calibration} শেষ অর্ডারের দিন, তাই এর পরে মিলিয়ে দেখার মতো কোনো "
       "দিন থাকে না; এর কয়েক মাস আগের কোনো তারিখ দিন।")
TOO_SHORT = Text(
    en="The orders cover only {days} ({first} to {last}); the backtest needs several months "
       "of orders (about six) to flag customers on a past date and check who came back after "
       "it. Run it again when the shop has more history.",
    bn="অর্ডারগুলো মাত্র {days}ের ({first} থেকে {last}); ব্যাকটেস্টের জন্য কয়েক মাসের "
       "(প্রায় ছয় মাস) অর্ডার লাগে, যাতে আগের কোনো তারিখে গ্রাহক চিহ্নিত করে পরে কে ফিরল তা "
       "মিলিয়ে দেখা যায়। দোকানের হিসাব আরও জমলে আবার চালান।")
#: The shortest history a default calibration date is chosen in: a test period of
#: ``MIN_HOLDOUT_DAYS`` and as long a past before it.
MIN_SPAN_DAYS = 2 * MIN_HOLDOUT_DAYS


def backtest(orders: Iterable[Order], calibration: date | None = None,
             settings: LostSettings | None = None, *, fixed_days: int = 90,
             end: date | None = None) -> BacktestResult:
    """Flag customers as of ``calibration`` using only earlier orders; score against the rest.

    "Truly lost" means no purchase day in (calibration, end]; ``end`` defaults to the
    last order date. The population is the customers with ``min_purchases`` purchase
    days or more on the calibration date.
    """
    settings = settings or LostSettings()
    orders = [o for o in orders if o.date is not None]
    if not orders:
        raise BacktestError(NO_ORDERS)
    first = min(o.date for o in orders)
    last = end or max(o.date for o in orders)
    calibration = checked_calibration(calibration, first, last)
    known = [o for o in orders if o.date <= calibration]
    customers = {cid: Customer(row=0, id=cid, name=cid)
                 for cid in sorted({o.customer_id for o in known})}
    histories = purchase_histories(customers, known)
    # who came back: the same purchase rules up to ``last`` (a purchase a refund undid, a
    # "C" invoice or a credit note, is no coming back)
    to_end = purchase_histories(customers, [o for o in orders if o.date <= last])
    bought_after = {cid for cid, h in to_end.items() if h.last is not None and h.last > calibration}
    model = fit_model(histories.values(), calibration, horizon_days=settings.horizon_days,
                      min_customers=settings.min_fit_customers, learn=settings.model == "auto")

    assessed = [(a, histories[a.customer_id])
                for a in assess_all(histories.values(), calibration, settings, model)
                if histories[a.customer_id].purchases >= settings.min_purchases
                and a.days_since is not None]
    labels = [a.customer_id not in bought_after for a, _h in assessed]
    scores = [a.score for a, _h in assessed]
    days = [a.days_since or 0 for a, _h in assessed]

    def flag_result(key: str, flags: list[bool], auc: float | None,
                    cutoff: int | None = None) -> MethodResult:
        p, r = precision_recall(flags, labels)
        return MethodResult(key, sum(flags), p, r, auc, cutoff)

    lost_flags = [a.level == LOST for a, _h in assessed]
    risk_flags = [a.level in (LOST, AT_RISK) for a, _h in assessed]
    bgnbd = model.bgnbd if model.method == "bgnbd" else fit_bgnbd(
        histories.values(), calibration, min_customers=settings.min_fit_customers)
    alive_auc = None
    if isinstance(bgnbd, BGNBD):
        alive_scores = []
        for _a, h in assessed:
            assert h.first is not None and h.last is not None  # assessed: they have bought
            x = h.purchases - 1
            t_x = (h.last - h.first).days
            T = (calibration - h.first).days
            alive_scores.append(1.0 - bgnbd.p_alive(x, t_x, T))
        alive_auc = roc_auc(alive_scores, labels)
    days_auc = roc_auc(days, labels)
    matched_cut = matched_cutoff(days, sum(lost_flags))
    tries = tuple(_try_share(share, histories, calibration, settings, model, labels, days)
                  for share in TRY_SHARES)
    methods = (
        flag_result("model", lost_flags, roc_auc(scores, labels)),
        flag_result("model_at_risk", risk_flags, None),
        MethodResult("p_alive", None, None, None, alive_auc),
        flag_result("fixed", [d > fixed_days for d in days], days_auc, fixed_days),
        flag_result("matched", [matched_cut is not None and d >= matched_cut for d in days],
                    days_auc, matched_cut),
    )
    season_once = [gone for (a, _h), gone in zip(assessed, labels)
                   if a.waiting and a.season is not None and a.season.once]
    return BacktestResult(calibration, last, (last - calibration).days, len(assessed),
                          sum(labels), model, settings, methods, tries,
                          (len(season_once), sum(season_once)))


def checked_calibration(calibration: date | None, first: date, last: date) -> date:
    """The calibration date to use, or the one sentence that says why there is none: a
    default the owner never typed is not blamed on them, and the last order day leaves
    nothing to check against."""
    def day(d: date):
        return lambda lang: long_date(d, lang, year=True)

    if calibration is None:
        span = (last - first).days
        if span < MIN_SPAN_DAYS:
            raise BacktestError(TOO_SHORT, days=lambda lang: DAYS(lang, span + 1),
                                first=day(first), last=day(last))
        return default_calibration(first, last)
    if calibration == last:
        raise BacktestError(LAST_DAY, calibration=day(calibration))
    if not first < calibration < last:
        raise BacktestError(BAD_CALIBRATION, calibration=day(calibration), first=day(first),
                            last=day(last))
    return calibration


def _try_share(share: float, histories, calibration: date, settings: LostSettings, model: Model,
               labels: list[bool], days: list[int]) -> ShareTry:
    """The same backtest with ``lost_share = share`` (the same model; same population order)."""
    trial = replace(settings, lost_share=share, at_risk_share=max(share, settings.at_risk_share))
    flags = [a.level == LOST for a in assess_all(histories.values(), calibration, trial, model)
             if histories[a.customer_id].purchases >= settings.min_purchases
             and a.days_since is not None]
    p, r = precision_recall(flags, labels)
    cut = matched_cutoff(days, sum(flags))
    mp, _r = precision_recall([cut is not None and d >= cut for d in days], labels)
    return ShareTry(share, sum(flags), p, r, mp)


def matched_cutoff(days: Sequence[int], count: int) -> int | None:
    """The days-since cut-off (flag when days >= cut-off) whose count is nearest ``count``."""
    if count <= 0 or not days:
        return None
    ascending = sorted(days)
    best, best_gap = None, None
    for cut in sorted(set(days), reverse=True):
        flagged = len(ascending) - bisect_left(ascending, cut)
        gap = abs(flagged - count)
        if best_gap is None or gap < best_gap:
            best, best_gap = cut, gap
        if flagged >= count:
            break
    return best


# -- the printed table -------------------------------------------------------

T_TITLE = Text(
    en="Backtest: flags as of {cal}, checked against purchases up to {end} ({days} days)",
    bn="ব্যাকটেস্ট: {cal} তারিখের হিসাবে চিহ্নিত, {end} পর্যন্ত ({days} দিন) কেনাকাটার সাথে মিলিয়ে দেখা")
T_POP = Text(
    en="{n} repeat buyers on that date; {lost} of them ({share}) made no purchase afterwards.",
    bn="ওই তারিখে {n} জন বারবার কেনা গ্রাহক; তাঁদের {lost} জন ({share}) পরে আর কেনেননি।")
T_MODEL = Text(en="Model: {desc}", bn="মডেল: {desc}")
T_HEAD = Text(en="Method|Flagged|Precision|Recall|ROC AUC",
              bn="পদ্ধতি|চিহ্নিত|যথার্থতা (precision)|প্রাপ্তি (recall)|ROC AUC")
T_METHODS = {
    "model": Text(en="Model: 'lost'", bn="মডেল: 'হারানো'"),
    "model_at_risk": Text(en="Model: 'lost' or 'at risk'", bn="মডেল: 'হারানো' বা 'ঝুঁকিতে'"),
    "p_alive": Text(en="BG/NBD probability alive (ranking only)",
                    bn="BG/NBD সক্রিয় থাকার সম্ভাবনা (শুধু ক্রম)"),
    "fixed": Text(en="No purchase for more than {days} days",
                  bn="{days} দিনের বেশি কেনাকাটা নেই"),
    "matched": Text(en="No purchase for {days}+ days (same count as model)",
                    bn="{days}+ দিন কেনাকাটা নেই (মডেলের সমান সংখ্যা)"),
}
#: The ``matched`` row when ties at its cut-off make its count differ from the model's.
T_MATCHED_ABOUT = Text(en="No purchase for {days}+ days (about the same count as model)",
                       bn="{days}+ দিন কেনাকাটা নেই (মডেলের প্রায় সমান সংখ্যা)")
T_MATCHED_NONE = Text(en="Longest silence, same count as model (nobody to match)",
                      bn="সবচেয়ে লম্বা সময় না কেনা, মডেলের সমান সংখ্যা (মেলানোর কেউ নেই)")
T_NONE = Text(en="-", bn="-")
T_FEW = Text(en="Only {n} repeat buyers: too few for reliable numbers; read them as a rough sign.",
             bn="মাত্র {n} জন বারবার কেনা গ্রাহক: নির্ভরযোগ্য হিসাবের জন্য খুব কম; মোটামুটি ইঙ্গিত হিসেবে দেখুন।")
FEW_CUSTOMERS = 100
T_NOTE = Text(
    en="Precision: of those flagged, the share who really did not buy again. Recall: of those "
       "who did not buy again, the share flagged. ROC AUC: 0.5 is guessing, 1.0 is perfect.",
    bn="যথার্থতা: চিহ্নিতদের মধ্যে কত ভাগ সত্যিই আর কেনেননি। প্রাপ্তি: যাঁরা আর কেনেননি তাঁদের "
       "কত ভাগ চিহ্নিত হয়েছেন। ROC AUC: ০.৫ মানে আন্দাজ, ১.০ মানে নিখুঁত।")


def format_table(result: BacktestResult, lang: str = "en") -> str:
    loc = (lambda s: bn_digits(s)) if lang == "bn" else (lambda s: s)

    def pct(v: float | None) -> str:
        return T_NONE(lang) if v is None else loc(f"{100 * v:.1f}%")

    def num(v: float | None) -> str:
        return T_NONE(lang) if v is None else loc(f"{v:.3f}")

    # dates and counts as the plain report above the table writes them (the blind trial of
    # stop 28: "২০২৫-০৬-২১" and "১০৩৬" under "২১ জুন ২০২৫" and "১,০৩৬")
    lines = [
        T_TITLE(lang, cal=long_date(result.calibration, lang, year=True),
                end=long_date(result.end, lang, year=True),
                days=thousands(result.holdout_days, lang)),
        T_POP(lang, n=thousands(result.customers, lang), lost=thousands(result.truly_lost, lang),
              share=pct(result.truly_lost / result.customers if result.customers else None)),
        T_MODEL(lang, desc=result.model.describe(lang)),
        "",
    ]
    rows = [T_HEAD(lang).split("|")]
    model_count = result.method("model").flagged
    for m in result.methods:
        days = thousands(m.cutoff_days, lang) if m.cutoff_days is not None else "-"
        if m.key == "matched" and m.cutoff_days is None:
            label = T_MATCHED_NONE(lang)
        elif m.key == "matched" and m.flagged != model_count:
            label = T_MATCHED_ABOUT(lang, days=days)
        else:
            label = T_METHODS[m.key](lang, days=days)
        flagged = T_NONE(lang) if m.flagged is None else thousands(m.flagged, lang)
        rows.append([label, flagged, pct(m.precision), pct(m.recall), num(m.auc)])
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [row[0] + " " * (widths[0] - _width(row[0]))]
        cells += [" " * (w - _width(c)) + c for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines += ["", T_NOTE(lang)]
    if result.customers < FEW_CUSTOMERS:
        lines.append(T_FEW(lang, n=thousands(result.customers, lang)))
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: combining marks (Bengali vowel signs) take none."""
    return sum(1 for ch in text if unicodedata.category(ch) not in ("Mn", "Me", "Cf"))


# --------------------------------------------------------------------------
# A synthetic shop


EID_AL_FITR_2021 = date(2021, 5, 13)
LUNAR_YEAR_DAYS = 354.37


def simulate_orders(n_customers: int = 2000, *, start: date = date(2021, 1, 1),
                    days: int = 3 * 365, seed: int = 7, arrival_days: int | None = None,
                    regular: bool = True) -> list[Order]:
    """A deterministic synthetic shop's Orders tab (same seed, same orders).

    Every customer arrives on a uniformly random day, buys at an own rate
    (gamma-distributed across customers, mean gap ~ 50 days) with an own
    regularity (Erlang 1, 2 or 4 gaps), drops out after a purchase with an own
    chance (beta-distributed) or when an own exponential lifetime ends, sometimes
    pauses for a long spell and comes back, and buys more around the two Eids.
    ``arrival_days`` limits arrivals to the first days (a single cohort, like
    CDNOW); ``regular=False`` makes every customer a Poisson buyer.
    """
    rng = random.Random(seed)
    intensity = [_season(start + timedelta(days=d)) for d in range(days)]
    cum = [0.0]
    for v in intensity:
        cum.append(cum[-1] + v)
    mean_intensity = cum[-1] / days
    cum = [c / mean_intensity for c in cum]  # operational time, ~1 per calendar day

    orders: list[Order] = []
    row = 2
    for i in range(n_customers):
        cid = f"C-{i + 1:05d}"
        arrival = rng.uniform(0, arrival_days or days)
        rate = rng.gammavariate(1.3, 1.0 / 65.0)  # purchases per day, mean 1/50
        k = rng.choices((1, 2, 4), weights=(0.45, 0.35, 0.20))[0] if regular else 1
        drop_p = rng.betavariate(1.0, 5.0)
        lifetime = rng.expovariate(1.0) * rng.gammavariate(2.0, 400.0)
        mean_spend = rng.gammavariate(2.0, 900.0)
        end_of_life = arrival + lifetime
        t_op = _op_time(cum, arrival)
        t = arrival
        while t < days:
            d = int(t)
            n_orders = 2 if rng.random() < 0.04 else 1
            for _ in range(n_orders):
                amount = round(rng.gammavariate(4.0, mean_spend / 4.0), -1) or 10.0
                orders.append(Order(row=row, date=start + timedelta(days=d), customer_id=cid,
                                    amount=float(amount)))
                row += 1
            if rng.random() < drop_p:
                break
            gap = rng.gammavariate(k, 1.0 / (k * rate))
            if rng.random() < 0.06:  # a long pause (travel, money trouble), then back
                gap *= rng.uniform(3.0, 8.0)
            t_op += gap
            t = _calendar_time(cum, t_op)
            if t > end_of_life:
                break
    orders.sort(key=lambda o: (o.date, o.customer_id, o.row))
    return orders


def _season(d: date) -> float:
    """Shopping intensity: busier in the weeks before each Eid, a little in winter."""
    level = 1.0 + (0.15 if d.month in (12, 1) else 0.0)
    offset = (d - EID_AL_FITR_2021).days % LUNAR_YEAR_DAYS
    for eid in (0.0, 70.0):  # Eid al-Fitr, Eid al-Adha about 70 days later
        before = (eid - offset) % LUNAR_YEAR_DAYS
        if before <= 21:
            level += 0.9 * (1 - before / 21)
    return level


def _op_time(cum: list[float], t: float) -> float:
    i = min(int(t), len(cum) - 2)
    return cum[i] + (cum[i + 1] - cum[i]) * (t - i)


def _calendar_time(cum: list[float], op: float) -> float:
    if op >= cum[-1]:
        return len(cum) - 1 + (op - cum[-1])
    i = max(0, bisect_left(cum, op) - 1)
    step = cum[i + 1] - cum[i]
    return i + ((op - cum[i]) / step if step else 0.0)
