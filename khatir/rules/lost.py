"""Which repeat buyers have probably stopped buying: model, levels and explanation.

The ``score`` of a repeat buyer is the probability that they make **no purchase
in the next ``horizon_days`` days** (180 by default): either they have stopped,
or they buy so rarely that the horizon passes without a purchase. It comes from
the first of these that the shop's data allows (see ``docs/lost-customers.md``
for the why and the measured numbers):

1. ``learned``: a small logistic regression learnt from the shop's own recent
   past. For the repeat buyers known ``horizon_days`` ago it looks at what was
   known then (days since the last purchase, number of purchase days, days from
   first to last purchase, and days since the last purchase counted in the
   customer's own usual gap shrunk towards the shop's) and at who really bought
   again since. The weights are constrained so that a longer silence never makes
   a customer look less lost. Needs the Orders tab and at least 100 such buyers.
2. ``bgnbd``: the BG/NBD model (Fader, Hardie & Lee 2005) fitted by maximum
   likelihood on all of the shop's buyers (r, alpha, a, b; time in days).
3. ``own_gap``: too few buyers for either: the BG/NBD formula with fixed, weakly
   informative values, so the customer's own count and usual gap decide.

Levels: ``lost`` when the chance of buying again within the horizon
(``1 - score``) is below ``lost_below``, ``at_risk`` when below ``at_risk_below``,
and only once the customer is overdue by their own rhythm (no purchase for at
least ``min_overdue_ratio`` times their usual gap). One-time buyers and prospects
never get a level from the model; a customer whose Segment the staff set to
``lost`` is lost whatever the model says.

Pure functions of plain data; ``today`` is always an argument.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, fields
from datetime import date, timedelta
from statistics import median
from typing import Any, Iterable, Mapping

from ..errors import ConfigError
from ..i18n import Text, bn_digits
from ..records import Customer
from ..render import taka
from .history import PurchaseHistory

LOST = "lost"
AT_RISK = "at_risk"

LEVEL_LABELS = {
    LOST: Text(en="lost", bn="হারানো"),
    AT_RISK: Text(en="at risk", bn="ঝুঁকিতে"),
}
USUAL_GAP = Text(en="usually buys about every {gap} days",
                 bn="সাধারণত প্রায় {gap} দিন পরপর কেনেন")
USUAL_GAP_DAILY = Text(en="usually buys about every day",
                       bn="সাধারণত প্রায় প্রতিদিন কেনেন")
NO_PURCHASE_FOR = Text(en="no purchase for {days} days",
                       bn="{days} দিন ধরে কোনো কেনাকাটা নেই")
NO_PURCHASE_FOR_ONE = Text(en="no purchase for 1 day",
                           bn="১ দিন ধরে কোনো কেনাকাটা নেই")
BOUGHT_TODAY = Text(en="bought today", bn="আজ কিনেছেন")
LAST_UNKNOWN = Text(en="last purchase date unknown", bn="শেষ কেনার তারিখ জানা নেই")
ORDERS_TOTAL = Text(en="{n} orders, {total} in total", bn="{n}টি অর্ডার, মোট {total}")
ONE_ORDER_TOTAL = Text(en="1 order, {total} in total", bn="১টি অর্ডার, মোট {total}")
NO_ORDERS = Text(en="no orders recorded", bn="কোনো অর্ডারের হিসাব নেই")
MARKED_BY_STAFF = Text(en="marked lost by staff", bn="স্টাফ হারানো হিসেবে চিহ্নিত করেছেন")
SEPARATOR = "; "

STAFF_LOST_SPELLINGS = frozenset({"lost", "হারানো"})
MODEL_CHOICES = ("auto", "bgnbd")


# --------------------------------------------------------------------------
# Settings


@dataclass(frozen=True)
class LostSettings:
    """Thresholds and knobs; the TOML keys under ``[lost]`` have the same names.

    The thresholds are on the chance that the customer buys again within
    ``horizon_days`` (that is ``1 - score``).
    """

    at_risk_below: float = 0.5
    lost_below: float = 0.15
    min_purchases: int = 2
    horizon_days: int = 180
    min_overdue_ratio: float = 1.0
    min_fit_customers: int = 30
    model: str = "auto"  # "auto": learned when there is enough history, else BG/NBD; "bgnbd"

    def __post_init__(self) -> None:
        problems = []
        if not 0.0 <= self.lost_below <= self.at_risk_below <= 1.0:
            problems.append("lost_below and at_risk_below must be numbers between 0 and 1, "
                            "with lost_below not above at_risk_below")
        if self.min_purchases < 2:
            problems.append("min_purchases must be 2 or more (one-time buyers are never lost)")
        if self.horizon_days < 1:
            problems.append("horizon_days must be 1 or more")
        if self.min_overdue_ratio < 0:
            problems.append("min_overdue_ratio must be 0 or more")
        if self.min_fit_customers < 2:
            problems.append("min_fit_customers must be 2 or more")
        if self.model not in MODEL_CHOICES:
            problems.append(f"model must be one of: {', '.join(MODEL_CHOICES)}")
        if problems:
            raise ConfigError(f"In the [lost] settings, {'; '.join(problems)}.")

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> LostSettings:
        """Build from the ``[lost]`` table of the settings file (missing keys: defaults)."""
        section = dict(section or {})
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(section) - set(known))
        if unknown:
            raise ConfigError(f"The [lost] settings have unknown key(s) {', '.join(unknown)}; "
                              f"use only: {', '.join(known)}.")
        values: dict[str, Any] = {}
        for name, value in section.items():
            if name == "model":
                values[name] = str(value).strip().lower()
                continue
            want_int = name in ("min_purchases", "horizon_days", "min_fit_customers")
            ok = (not isinstance(value, bool) and isinstance(value, (int, float))
                  and (not want_int or float(value).is_integer()))
            if not ok:
                kind = "a whole number" if want_int else "a number"
                raise ConfigError(f"In the [lost] settings, {name} is {value!r}; write {kind}.")
            values[name] = int(value) if want_int else float(value)
        return cls(**values)


# --------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class BGNBD:
    """BG/NBD parameters, time in days (Fader, Hardie & Lee 2005)."""

    r: float
    alpha: float
    a: float
    b: float
    fitted_on: int = 0  # buyers the parameters were learnt from (0: fixed values)
    log_likelihood: float | None = None

    def p_alive(self, x: int, t_x: float, T: float) -> float:
        """Probability that a customer with this history has not dropped out."""
        if x <= 0:
            return 1.0
        log_ratio = (self.r + x) * (math.log(self.alpha + T) - math.log(self.alpha + t_x))
        z = math.log(self.a) - math.log(self.b + x - 1) + log_ratio
        return _sigmoid(-z)

    def p_silent(self, x: int, t_x: float, T: float, horizon: float) -> float:
        """Probability of no purchase in the next ``horizon`` days."""
        alive = self.p_alive(x, t_x, T)
        quiet_if_alive = math.exp((self.r + x) * (math.log(self.alpha + T)
                                                  - math.log(self.alpha + T + horizon)))
        return min(1.0, max(0.0, 1.0 - alive * (1.0 - quiet_if_alive)))

    def params(self) -> str:
        return f"r={self.r:.3g}, alpha={self.alpha:.3g}, a={self.a:.3g}, b={self.b:.3g}"


LEARNED, FITTED, OWN_GAP = "learned", "bgnbd", "own_gap"
FALLBACK_GAP_DAYS = 30.0


@dataclass(frozen=True)
class Model:
    """What the shop's history taught; ``score`` is the chance of no purchase within the horizon.

    ``method``:

    * ``"learned"``: a small logistic regression learnt from the shop's own last
      ``horizon_days``: for the repeat buyers known ``horizon_days`` ago, how their
      recency, frequency and span then foretold who bought again since. Needs the
      Orders tab (purchase dates) and enough repeat buyers.
    * ``"bgnbd"``: BG/NBD fitted on all of the shop's buyers (not enough dated
      history to learn from).
    * ``"own_gap"``: too few buyers for either; the BG/NBD formula with fixed,
      weakly informative values, so the customer's own count and usual gap decide.
    """

    method: str
    horizon_days: int = 180
    weights: tuple[float, ...] = ()  # learned: one weight per ``_features`` value
    max_repeat: int = 0  # learned: the largest repeat count seen while learning
    shop_gap: float = FALLBACK_GAP_DAYS  # learned: the shop's median days between purchases
    bgnbd: BGNBD | None = None  # bgnbd / own_gap
    trained_on: int = 0  # customers the model learnt from
    note: str = ""

    def score(self, x: int, t_x: float, T: float) -> float:
        """Probability of no purchase in the next ``horizon_days`` for (x, t_x, T) in days."""
        if self.method == LEARNED:
            feats = _features(x, t_x, T, self.max_repeat, self.shop_gap)
            z = sum(w * f for w, f in zip(self.weights, feats))
            return _sigmoid(z)
        assert self.bgnbd is not None
        return self.bgnbd.p_silent(x, t_x, T, self.horizon_days)

    def describe(self, lang: str = "en") -> str:
        if self.method == LEARNED:
            return DESCRIBE_LEARNED(lang, n=_num(self.trained_on, lang),
                                    days=_num(self.horizon_days, lang))
        assert self.bgnbd is not None
        if self.method == FITTED:
            return DESCRIBE_FITTED(lang, n=_num(self.trained_on, lang), params=self.bgnbd.params())
        return DESCRIBE_FALLBACK(lang, params=self.bgnbd.params())


DESCRIBE_LEARNED = Text(
    en="learnt from what {n} repeat buyers really did in the last {days} days "
       "(days since last purchase, number of purchases, time between first and last)",
    bn="গত {days} দিনে {n} জন বারবার কেনা গ্রাহক আসলে কী করেছেন তা থেকে শেখা "
       "(শেষ কেনার পর কত দিন, কতবার কেনা, প্রথম থেকে শেষ কেনার সময়)")
DESCRIBE_FITTED = Text(en="BG/NBD fitted on {n} buyers ({params}; days)",
                       bn="{n} জন ক্রেতার তথ্যে BG/NBD মডেল ({params}; দিন)")
DESCRIBE_FALLBACK = Text(en="too few buyers to learn from: fixed values ({params}; days)",
                         bn="শেখার মতো যথেষ্ট ক্রেতা নেই: নির্দিষ্ট মান ({params}; দিন)")


def _features(x: int, t_x: float, T: float, max_repeat: int, shop_gap: float) -> tuple[float, ...]:
    """What the learned model looks at, for repeat purchases x, span t_x and age T in days.

    Logs of recency (days since the last purchase), frequency (capped at the
    largest seen while learning) and span, recency x frequency, and "gaps overdue":
    the days since the last purchase counted in the customer's own usual gap,
    shrunk towards the shop's (``(t_x + shop_gap) / (x + 1)`` days), capped at 20.
    """
    recency = max(0.0, T - t_x)
    lr = math.log1p(recency)
    lx = math.log(max(1, min(x, max_repeat))) if max_repeat else math.log(max(1, x))
    overdue = min(OVERDUE_CAP, recency * (x + 1) / (max(0.0, t_x) + shop_gap))
    return (1.0, lr, lx, math.log1p(max(0.0, t_x)), lx * lr, overdue)


OVERDUE_CAP = 20.0


#: The fallback's fixed values: one purchase "on average" per shop-typical gap
#: with a wide spread between customers (r = 1), and a drop-out chance after
#: each purchase of about one in three, also widely spread (a = 1, b = 2).
FALLBACK_R, FALLBACK_A, FALLBACK_B = 1.0, 1.0, 2.0
#: Learning needs this many repeat buyers, and this many with each outcome.
MIN_LEARN_ROWS, MIN_LEARN_CLASS = 100, 20
MAX_LEARN_ROWS = 10000


def fit_model(histories: Iterable[PurchaseHistory], today: date, *,
              horizon_days: int = 180, min_customers: int = 30, learn: bool = True,
              max_cells: int = 6000) -> Model:
    """Learn from every history as known on ``today`` (``learned``, else ``bgnbd``, else ``own_gap``).

    ``min_customers``: fewest buyers for a BG/NBD fit. ``learn=False`` skips the
    learned model (used to compare). ``max_cells``: see ``fit_bgnbd``.
    """
    histories = list(histories)
    notes = []
    if learn:
        learned = learn_silence(histories, today, horizon_days)
        if isinstance(learned, Model):
            return learned
        notes.append(learned)
    fitted = fit_bgnbd(histories, today, min_customers=min_customers, max_cells=max_cells)
    if isinstance(fitted, BGNBD):
        return Model(FITTED, horizon_days, bgnbd=fitted, trained_on=fitted.fitted_on,
                     note="; ".join(notes))
    notes.append(fitted)
    rows = summarise(histories, today)
    gaps = [t / x for x, t, _T in rows if x > 0 and t > 0]
    return Model(OWN_GAP, horizon_days, bgnbd=fallback_bgnbd(median(gaps) if gaps else None),
                 note="; ".join(notes))


def learn_silence(histories: Iterable[PurchaseHistory], today: date,
                  horizon_days: int) -> Model | str:
    """The ``learned`` model, or a sentence saying why it could not be learnt.

    Examples: every repeat buyer known on ``today - horizon_days`` whose purchase
    dates are known; label: no purchase day after that date up to ``today``.
    """
    then = today - timedelta(days=horizon_days)
    examples = []
    for h in sorted((h for h in histories if h.purchase_dates), key=lambda h: h.customer_id):
        row = _summary(h, then)
        if row is None or row[0] <= 0:
            continue
        bought = any(then < d <= today for d in h.purchase_dates)
        examples.append((row, 0.0 if bought else 1.0))
    silent = int(sum(y for _r, y in examples))
    if len(examples) < MIN_LEARN_ROWS or min(silent, len(examples) - silent) < MIN_LEARN_CLASS:
        return (f"not enough dated history to learn from ({len(examples)} repeat buyers "
                f"{horizon_days} days ago, {silent} of them silent since)")
    if len(examples) > MAX_LEARN_ROWS:  # an even, deterministic sample is plenty
        stride = len(examples) / MAX_LEARN_ROWS
        examples = [examples[int(i * stride)] for i in range(MAX_LEARN_ROWS)]
    max_repeat = max(x for (x, _t, _T), _y in examples)
    shop_gap = median(t / x for (x, t, _T), _y in examples if t > 0) if examples else 0.0
    shop_gap = max(1.0, shop_gap)
    X = [_features(x, t, T, max_repeat, shop_gap) for (x, t, T), _y in examples]
    y = [label for _r, label in examples]
    weights = _monotone_logistic(X, y, math.log(max(1, max_repeat)))
    if weights is None:
        return "the learned model did not settle"
    return Model(LEARNED, horizon_days, weights=weights, max_repeat=max_repeat,
                 shop_gap=shop_gap, trained_on=len(examples))


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
    for _ in range(len(X[0])):
        w = _logistic(X, y, active)
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


def fit_bgnbd(histories: Iterable[PurchaseHistory], today: date, *, min_customers: int = 30,
              max_cells: int = 6000) -> BGNBD | str:
    """BG/NBD by maximum likelihood on every buyer known on ``today`` (or why not).

    Customers are summarised as (x, t_x, T) in days; identical summaries are
    counted once with a weight, and when there are more than ``max_cells`` distinct
    ones, t_x and T are rounded to a coarser grid (2, 3, 5, 7, ... days) for the
    fit only.
    """
    rows = summarise(histories, today)
    buyers = len(rows)
    repeaters = sum(1 for x, _t, _T in rows if x > 0)
    if buyers < max(2, min_customers) or repeaters < 5:
        return f"only {buyers} buyers ({repeaters} repeat buyers) to fit BG/NBD on"
    try:
        params, ll, converged = _fit_bgnbd(rows, max_cells)
    except (ValueError, OverflowError, ZeroDivisionError) as exc:  # pragma: no cover - defensive
        return f"the BG/NBD fit failed ({exc})"
    if not converged or not all(math.isfinite(v) and v > 0 for v in params) or not math.isfinite(ll):
        return "the BG/NBD fit did not settle"
    r, alpha, a, b = params
    return BGNBD(r, alpha, a, b, fitted_on=buyers, log_likelihood=ll)


def fallback_bgnbd(typical_gap_days: float | None) -> BGNBD:
    gap = typical_gap_days if typical_gap_days and typical_gap_days > 0 else FALLBACK_GAP_DAYS
    return BGNBD(FALLBACK_R, FALLBACK_R * gap, FALLBACK_A, FALLBACK_B)


def _logistic(X: list[tuple[float, ...]], y: list[float], active: set[int] | None = None,
              ridge: float = 1e-3, max_iter: int = 30) -> tuple[float, ...] | None:
    """Logistic regression by Newton's method with a small ridge (not on the intercept).

    Only the columns in ``active`` are fitted; the others keep weight 0.
    """
    k, n = len(X[0]), len(X)
    cols = sorted(active) if active is not None else list(range(k))
    m = len(cols)
    w = [0.0] * k
    for _ in range(max_iter):
        g = [0.0] * m
        H = [[0.0] * m for _ in range(m)]
        for xi, yi in zip(X, y):
            p = _sigmoid(sum(w[c] * xi[c] for c in cols))
            d, v = p - yi, p * (1.0 - p)
            f = [xi[c] for c in cols]
            for i in range(m):
                g[i] += d * f[i]
                vi = v * f[i]
                row = H[i]
                for j in range(i, m):
                    row[j] += vi * f[j]
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


def summarise(histories: Iterable[PurchaseHistory], today: date) -> list[tuple[int, int, int]]:
    """(x repeat purchase days, t_x, T) in days for every buyer known on ``today``."""
    rows = []
    for h in histories:
        row = _summary(h, today)
        if row is not None:
            rows.append(row)
    return rows


def _summary(h: PurchaseHistory, today: date) -> tuple[int, int, int] | None:
    h2 = h.as_of(today)
    if h2 is None or h2.purchases < 1:
        return None
    first = h2.first if h2.first is not None else (h2.last if h2.purchases == 1 else None)
    if first is None or first > today:
        return None
    last = h2.last if h2.last is not None else (first if h2.purchases == 1 else None)
    if last is None:
        return None
    t_x = (last - first).days
    x = h2.purchases - 1
    if x <= 0 or t_x <= 0:  # all on one day: one purchase day
        x, t_x = 0, 0
    return x, t_x, (today - first).days


# -- maximum likelihood ------------------------------------------------------


def _fit_bgnbd(rows: list[tuple[int, int, int]], max_cells: int
               ) -> tuple[tuple[float, float, float, float], float, bool]:
    data = _Aggregate(rows, max_cells)
    total_x = sum(x for x, _t, _T in rows)
    total_T = sum(T for _x, _t, T in rows)
    alpha0 = max(1.0, total_T / max(1, total_x))
    theta0 = [0.0, math.log(alpha0), 0.0, 0.0]
    theta, f, converged = _bfgs(data.negll_grad, theta0)
    params = tuple(math.exp(v) for v in theta)
    return params, -f * data.n, converged  # type: ignore[return-value]


class _Aggregate:
    """The log-likelihood's sufficient statistics, grouped for speed."""

    def __init__(self, rows: list[tuple[int, int, int]], max_cells: int):
        self.n = len(rows)
        self.by_x: dict[int, int] = {}
        for x, _t, _T in rows:
            self.by_x[x] = self.by_x.get(x, 0) + 1
        step = 1
        for step in (1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 120, 180, 365):
            cells = {(x, round(t / step), round(T / step)) for x, t, T in rows if x > 0}
            if len(cells) <= max_cells:
                break
        self.step = step
        by_T: dict[int, list[int]] = {}
        cross: dict[tuple[int, int, int], int] = {}
        for x, t, T in rows:
            kT = round(T / step)
            slot = by_T.setdefault(kT, [0, 0])
            slot[0] += 1
            slot[1] += x
            if x > 0:
                key = (x, round(t / step), kT)
                cross[key] = cross.get(key, 0) + 1
        self.T_keys = list(by_T)
        self.T_count = [by_T[k][0] for k in self.T_keys]
        self.T_sumx = [by_T[k][1] for k in self.T_keys]
        self.max_k = max(self.T_keys) if self.T_keys else 0
        self.cx = [k[0] for k in cross]
        self.ct = [k[1] for k in cross]
        self.cT = [k[2] for k in cross]
        self.cn = list(cross.values())
        self.max_x = max(self.by_x) if self.by_x else 0

    def negll_grad(self, theta: list[float]) -> tuple[float, list[float]]:
        """Mean negative log-likelihood and its gradient in log-parameters."""
        r, alpha, a, b = (math.exp(v) for v in theta)
        log, lgamma = math.log, math.lgamma
        ll = dr = dal = da = db = 0.0
        log_alpha = log(alpha)
        lg_r, lg_ab, lg_b = lgamma(r), lgamma(a + b), lgamma(b)
        ps_r, ps_ab, ps_b = _digamma(r), _digamma(a + b), _digamma(b)
        for x, n in self.by_x.items():
            ll += n * (lgamma(r + x) - lg_r + r * log_alpha
                       + lg_ab + lgamma(b + x) - lg_b - lgamma(a + b + x))
            dr += n * (_digamma(r + x) - ps_r + log_alpha)
            dal += n * r / alpha
            ps_abx = _digamma(a + b + x)
            da += n * (ps_ab - ps_abx)
            db += n * (ps_ab + _digamma(b + x) - ps_b - ps_abx)
        step = self.step
        logs = [log(alpha + k * step) for k in range(self.max_k + 1)]
        invs = [1.0 / (alpha + k * step) for k in range(self.max_k + 1)]
        for kT, cnt, sx in zip(self.T_keys, self.T_count, self.T_sumx):
            w = r * cnt + sx
            ll -= w * logs[kT]
            dr -= cnt * logs[kT]
            dal -= w * invs[kT]
        log_a = log(a)
        lc = [0.0] + [log_a - log(b + x - 1) for x in range(1, self.max_x + 1)]
        sw_x = [0.0] * (self.max_x + 1)
        exp, log1p = math.exp, math.log1p
        cross_ll = cross_dr = cross_dal = 0.0
        for x, kt, kT, n in zip(self.cx, self.ct, self.cT, self.cn):
            d = logs[kT] - logs[kt]
            rx = r + x
            z = lc[x] + rx * d
            if z > 0:
                e = exp(-z)
                cross_ll += n * (z + log1p(e))
                nw = n / (1.0 + e)
            else:
                e = exp(z)
                cross_ll += n * log1p(e)
                nw = n * e / (1.0 + e)
            sw_x[x] += nw
            cross_dr += nw * d
            cross_dal += nw * rx * (invs[kT] - invs[kt])
        ll += cross_ll
        dr += cross_dr
        dal += cross_dal
        sw = sum(sw_x)
        da += sw / a
        db -= sum(sw_x[x] / (b + x - 1) for x in range(1, self.max_x + 1) if sw_x[x])
        n = self.n
        grad = [-dr * r / n, -dal * alpha / n, -da * a / n, -db * b / n]
        return -ll / n, grad


def _bfgs(fg, theta0: list[float], *, max_iter: int = 300, gtol: float = 1e-7,
          bound: float = 18.0) -> tuple[list[float], float, bool]:
    """Minimise ``fg`` (value and gradient) with BFGS and a backtracking line search."""
    k = len(theta0)
    x = list(theta0)
    f, g = fg(x)
    H = [[1.0 if i == j else 0.0 for j in range(k)] for i in range(k)]
    for _ in range(max_iter):
        if max(abs(v) for v in g) < gtol:
            return x, f, True
        p = [-sum(H[i][j] * g[j] for j in range(k)) for i in range(k)]
        slope = sum(p[i] * g[i] for i in range(k))
        if slope >= 0:  # not a descent direction: restart from steepest descent
            H = [[1.0 if i == j else 0.0 for j in range(k)] for i in range(k)]
            p = [-v for v in g]
            slope = -sum(v * v for v in g)
        longest = max(abs(v) for v in p)
        step = min(1.0, 3.0 / longest) if longest > 0 else 1.0
        while True:
            x_new = [min(bound, max(-bound, x[i] + step * p[i])) for i in range(k)]
            try:
                f_new, g_new = fg(x_new)
            except (OverflowError, ValueError, ZeroDivisionError):
                f_new, g_new = math.inf, g
            if math.isfinite(f_new) and f_new <= f + 1e-4 * step * slope:
                break
            step *= 0.5
            if step < 1e-12:
                return x, f, max(abs(v) for v in g) < 1e-4
        s = [x_new[i] - x[i] for i in range(k)]
        y = [g_new[i] - g[i] for i in range(k)]
        sy = sum(s[i] * y[i] for i in range(k))
        x, f_old, f, g = x_new, f, f_new, g_new
        if sy > 1e-12:
            Hy = [sum(H[i][j] * y[j] for j in range(k)) for i in range(k)]
            yHy = sum(y[i] * Hy[i] for i in range(k))
            c = (sy + yHy) / (sy * sy)
            H = [[H[i][j] + c * s[i] * s[j] - (Hy[i] * s[j] + s[i] * Hy[j]) / sy
                  for j in range(k)] for i in range(k)]
        if abs(f_old - f) < 1e-14 * max(1.0, abs(f)) and max(abs(v) for v in g) < 1e-5:
            return x, f, True
    return x, f, max(abs(v) for v in g) < 1e-5


def _digamma(x: float) -> float:
    result = 0.0
    while x < 6.0:
        result -= 1.0 / x
        x += 1.0
    f = 1.0 / (x * x)
    return result + math.log(x) - 0.5 / x - f * (1.0 / 12 - f * (1.0 / 120 - f * (
        1.0 / 252 - f * (1.0 / 240 - f / 132))))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


# --------------------------------------------------------------------------
# Assessment


@dataclass(frozen=True)
class Assessment:
    customer_id: str
    level: str | None  # "lost" | "at_risk" | None
    score: float  # probability the customer has stopped buying (no purchase within the horizon)
    typical_gap_days: float | None
    days_since: int | None
    purchases: int
    total_spent: float
    last_purchase: date | None
    marked_by_staff: bool  # Segment 'lost' typed by staff

    def level_label(self, lang: str) -> str:
        text = LEVEL_LABELS.get(self.level or "")
        return text(lang) if text else ""

    def explain(self, lang: str) -> str:
        parts = []
        gap = self.typical_gap_days
        if gap is not None and gap > 0:
            days = max(1, round(gap))
            parts.append(USUAL_GAP_DAILY(lang) if days == 1
                         else USUAL_GAP(lang, gap=_num(days, lang)))
        if self.days_since is None:
            parts.append(LAST_UNKNOWN(lang))
        elif self.days_since <= 0:
            parts.append(BOUGHT_TODAY(lang))
        elif self.days_since == 1:
            parts.append(NO_PURCHASE_FOR_ONE(lang))
        else:
            parts.append(NO_PURCHASE_FOR(lang, days=_num(self.days_since, lang)))
        total = taka(round(self.total_spent or 0.0), lang)
        if self.purchases == 1:
            parts.append(ONE_ORDER_TOTAL(lang, total=total))
        elif self.purchases > 1:
            parts.append(ORDERS_TOTAL(lang, n=_num(self.purchases, lang), total=total))
        else:
            parts.append(NO_ORDERS(lang))
        if self.marked_by_staff:
            parts.append(MARKED_BY_STAFF(lang))
        return SEPARATOR.join(parts)


def _num(value: int, lang: str) -> str:
    return bn_digits(value) if lang == "bn" else str(value)


def typical_gap(h: PurchaseHistory) -> float | None:
    """Usual days between purchases: the median gap when the dates are known, else the mean."""
    gaps = h.gaps
    if gaps:
        return float(median(gaps))
    if h.purchases >= 2 and h.first is not None and h.last is not None and h.last > h.first:
        return (h.last - h.first).days / (h.purchases - 1)
    return None


def is_marked_lost(customer: Customer | None) -> bool:
    seg = (customer.segment or "") if customer is not None else ""
    return seg.strip().casefold() in STAFF_LOST_SPELLINGS


def assess_customers(customers: Mapping[str, Customer], histories: Mapping[str, PurchaseHistory],
                     today: date, settings: LostSettings,
                     model: Model | None = None) -> dict[str, Assessment]:
    """Assessments for customers with a level, plus every staff-marked lost customer.

    One-time buyers and prospects never get a level from the model; a customer
    the staff marked ``lost`` is lost whatever the model says.
    """
    if model is None:
        model = fit_model(histories.values(), today, horizon_days=settings.horizon_days,
                          min_customers=settings.min_fit_customers,
                          learn=settings.model == "auto")
    out: dict[str, Assessment] = {}
    for cid, customer in customers.items():
        a, scored = _assess(histories.get(cid), today, settings, model, cid)
        if is_marked_lost(customer):
            a = Assessment(cid, LOST, a.score if scored else 1.0, a.typical_gap_days,
                           a.days_since, a.purchases, a.total_spent, a.last_purchase, True)
        if a.level is not None:
            out[cid] = a
    return out


def assess_one(h: PurchaseHistory | None, today: date, settings: LostSettings, model: Model,
               customer_id: str = "") -> Assessment:
    """The model's assessment of one history (level None when it cannot say or is not worried).

    Staff marks are not looked at here (see ``assess_customers``). ``score`` is 0.0
    when the model does not score the customer (fewer than ``min_purchases``
    purchase days, dates missing, or all purchases on one day).
    """
    return _assess(h, today, settings, model, customer_id)[0]


def _assess(h: PurchaseHistory | None, today: date, settings: LostSettings, model: Model,
            customer_id: str) -> tuple[Assessment, bool]:
    cid = h.customer_id if h is not None else customer_id
    if h is None:
        return Assessment(cid, None, 0.0, None, None, 0, 0.0, None, False), False
    known = h.as_of(today)
    base = known or h
    gap = typical_gap(base)
    days_since = (today - base.last).days if base.last is not None else None
    if known is None or known.purchases < settings.min_purchases:
        row = None
    else:
        row = _summary(known, today)
    if row is None or row[0] <= 0:
        return Assessment(cid, None, 0.0, gap, days_since, base.purchases, base.total_spent,
                          base.last, False), False
    x, t_x, T = row
    score = model.score(x, t_x, T)
    chance = 1.0 - score
    level = None
    overdue = gap is None or days_since is None or days_since >= settings.min_overdue_ratio * gap
    if overdue:
        if chance < settings.lost_below:
            level = LOST
        elif chance < settings.at_risk_below:
            level = AT_RISK
    return Assessment(cid, level, score, gap, days_since, known.purchases, known.total_spent,
                      known.last, False), True


def win_back_order(assessments: Mapping[str, Assessment] | Iterable[Assessment]) -> list[Assessment]:
    """Lost customers, most valuable first (total spent, highest first; then ID)."""
    items = assessments.values() if isinstance(assessments, Mapping) else assessments
    lost = [a for a in items if a.level == LOST]
    return sorted(lost, key=lambda a: (-(a.total_spent or 0.0), a.customer_id))


def win_back_key(a: Assessment) -> str:
    """One win-back message per lost episode: a later purchase makes a new key."""
    last = a.last_purchase.isoformat() if a.last_purchase is not None else "none"
    return f"win_back:{a.customer_id}:{last}"
