"""The ``learned`` model: a small logistic regression, learnt from the shop's own recent
past, whose weights never let a longer silence make a customer look less lost."""
from __future__ import annotations

import math
from datetime import date, timedelta
from itertools import islice, repeat
from math import exp
from operator import add, mul, sub
from statistics import median
from typing import Iterable, Iterator

from ..history import PurchaseHistory
from .bgnbd import _sigmoid, _summary
from .model import LEARNED, MIN_LEARN_CLASS, MIN_LEARN_ROWS, Model, TooFew, _features

MAX_LEARN_ROWS = 10000


def learn_silence(histories: Iterable[PurchaseHistory], today: date,
                  horizon_days: int) -> Model | TooFew | str:
    """The ``learned`` model, ``TooFew`` when there were too few to learn from, or a
    sentence saying why it could not be learnt.

    Examples: every repeat buyer known on ``today - horizon_days`` whose purchase
    dates are known; label: no purchase day after that date up to ``today``. Those
    decide whether there is enough to learn from (``TooFew``). The same is then asked
    of earlier windows of the same length, ending ``SHIFTS`` of a horizon before
    ``today`` (as long as ``MIN_PAST_DAYS`` of orders lie before each): one window
    is one stretch of the shop's year, a busy season or a quiet one, and the model
    applies what it learnt to the next stretch, which is different. Windows spread
    over the shop's recent past teach how a silence usually ends in this shop, not
    in the last few months only (measured in docs/lost-customers.md).
    """
    dated = sorted((h for h in histories if h.purchase_dates), key=lambda h: h.customer_id)
    last_window = list(_examples(dated, today, horizon_days))
    silent = int(sum(y for _r, y in last_window))
    if len(last_window) < MIN_LEARN_ROWS or min(silent, len(last_window) - silent) < MIN_LEARN_CLASS:
        return TooFew(len(last_window), silent, horizon_days)
    first = min(h.purchase_dates[0] for h in dated)
    ends = []
    for shift in SHIFTS[1:]:
        end = today - timedelta(days=round(shift * horizon_days))
        if (end - timedelta(days=horizon_days) - first).days < MIN_PAST_DAYS:
            break
        ends.append(end)
    # an even, deterministic sample is plenty: every step-th customer of each window
    step = math.ceil(len(last_window) * (1 + len(ends)) / MAX_LEARN_ROWS)
    examples = last_window[::step]
    for end in ends:
        examples += islice(_examples(dated, end, horizon_days), 0, None, step)
    learnt_days = horizon_days + ((today - ends[-1]).days if ends else 0)
    max_repeat = max(x for (x, _t, _T), _y in examples)
    shop_gap = median(t / x for (x, t, _T), _y in examples if t > 0) if examples else 0.0
    shop_gap = max(1.0, shop_gap)
    X = [_features(x, t, T, max_repeat, shop_gap) for (x, t, T), _y in examples]
    y = [label for _r, label in examples]
    weights = _monotone_logistic(X, y, math.log(max(1, max_repeat)))
    if weights is None:
        return "the learned model did not settle"
    return Model(LEARNED, horizon_days, weights=weights, max_repeat=max_repeat,
                 shop_gap=shop_gap, trained_on=len(last_window), learnt_days=learnt_days)


def _examples(dated: list[PurchaseHistory], end: date,
              horizon_days: int) -> Iterator[tuple[tuple[int, int, int], float]]:
    """(x, t_x, T) of every repeat buyer known ``horizon_days`` before ``end``, and 1.0
    when they made no purchase day from then up to ``end``."""
    then = end - timedelta(days=horizon_days)
    for h in dated:
        row = _summary(h, then)
        if row is None or row[0] <= 0:
            continue
        bought = any(then < d <= end for d in h.purchase_dates)
        yield row, 0.0 if bought else 1.0


#: The windows learnt from end this many horizons before the date judged: the first
#: decides whether there is enough to learn from, the others add what earlier stretches
#: of the shop's year teach.
SHIFTS = (0.0, 0.25, 0.5, 0.75, 1.0)
#: An earlier window is used only when this many days of orders lie before its start.
MIN_PAST_DAYS = 60


# Positions in ``_features``: intercept, log recency, log frequency, log span,
# log frequency x log recency, gaps overdue.
_LR, _LRX, _OVERDUE = 1, 4, 5


def _monotone_logistic(X: list[tuple[float, ...]], y: list[float],
                       lx_top: float) -> tuple[float, ...] | None:
    """Logistic weights under one rule: a longer silence never makes a customer look less lost.

    Every term that grows with the days since the last purchase must push the
    score up for every frequency seen. A term whose weight breaks the rule is
    dropped (weight 0) and the rest refitted, as an active-set method does.
    """
    active = set(range(len(X[0])))
    w: tuple[float, ...] | None = None
    for _ in range(len(X[0])):
        # A refit starts from the last weights; Newton's method from there can overshoot once a
        # term is dropped, so it starts again from zero, with more steps, before giving up.
        w = _logistic(X, y, active, start=w) or _logistic(X, y, active, max_iter=100)
        if w is None:
            return None
        drop = None
        if _OVERDUE in active and w[_OVERDUE] < 0:
            drop = _OVERDUE
        elif _LR in active and w[_LR] < 0:
            drop = _LR
        elif _LRX in active and min(w[_LR] + w[_LRX] * lx for lx in (0.0, lx_top)) < 0:
            drop = _LRX
        if drop is None:
            if w[_LR] <= 0 and w[_LRX] <= 0 and w[_OVERDUE] <= 0:
                return None  # nothing left that rises with the silence
            return w
        active.discard(drop)
    return None


def _logistic(X: list[tuple[float, ...]], y: list[float], active: set[int] | None = None,
              ridge: float = 1e-3, max_iter: int = 30,
              start: tuple[float, ...] | None = None) -> tuple[float, ...] | None:
    """Logistic regression by Newton's method with a small ridge (not on the intercept).

    Only the columns in ``active`` are fitted; the others keep weight 0. The sums run
    column by column (``map`` over whole columns), not cell by cell in Python: the
    same arithmetic, some fifty times faster on a shop's ten thousand examples.
    """
    k, n = len(X[0]), len(X)
    cols = sorted(active) if active is not None else list(range(k))
    m = len(cols)
    F = [[xi[c] for xi in X] for c in cols]  # the active columns
    w = [start[c] if start and c in cols else 0.0 for c in range(k)]
    for _ in range(max_iter):
        z = [0.0] * n
        for i, c in enumerate(cols):
            if w[c]:
                z = list(map(add, z, map(mul, repeat(w[c], n), F[i])))
        p = [1.0 / (1.0 + exp(-t)) if t >= 0 else exp(t) / (1.0 + exp(t)) for t in z]
        d = list(map(sub, p, y))
        v = [q * (1.0 - q) for q in p]
        g = [sum(map(mul, d, F[i])) for i in range(m)]
        H = [[0.0] * m for _ in range(m)]
        for i in range(m):
            vi = list(map(mul, v, F[i]))
            for j in range(i, m):
                H[i][j] = sum(map(mul, vi, F[j]))
        for i in range(m):
            g[i] = g[i] / n + (ridge * w[cols[i]] if cols[i] else 0.0)
            for j in range(i, m):
                H[i][j] /= n
                H[j][i] = H[i][j]
            if cols[i]:
                H[i][i] += ridge
        step = _solve(H, g)
        if step is None:
            return None
        for i, c in enumerate(cols):
            w[c] -= step[i]
        if max(abs(v) for v in step) < 1e-8:
            return tuple(w) if all(math.isfinite(v) for v in w) else None
    return None


def _solve(A: list[list[float]], b: list[float]) -> list[float] | None:
    """Solve A x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        if abs(M[p][c]) < 1e-14:
            return None
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[r][c]:
                f = M[r][c] / M[c][c]
                for j in range(c, n + 1):
                    M[r][j] -= f * M[c][j]
    return [M[i][n] / M[i][i] for i in range(n)]
