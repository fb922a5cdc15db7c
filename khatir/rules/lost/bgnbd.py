"""The BG/NBD model (Fader, Hardie & Lee 2005): the formula, the customers' (x, t_x, T)
summaries, and the maximum-likelihood fit with its own small optimiser (BFGS)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..history import PurchaseHistory

FALLBACK_GAP_DAYS = 30.0

#: The fallback's fixed values: one purchase "on average" per shop-typical gap
#: with a wide spread between customers (r = 1), and a drop-out chance after
#: each purchase of about one in three, also widely spread (a = 1, b = 2).
FALLBACK_R, FALLBACK_A, FALLBACK_B = 1.0, 1.0, 2.0


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


def too_few_to_fit(rows: list[tuple[int, int, int]], min_customers: int) -> bool:
    """Whether the buyers (summarised as (x, t_x, T)) are too few for a BG/NBD fit; kept
    apart so the owner can be told this reason rather than a fit that did not settle."""
    return len(rows) < max(2, min_customers) or sum(1 for x, _t, _T in rows if x > 0) < 5


def fit_bgnbd(histories: Iterable[PurchaseHistory], today: date, *, min_customers: int = 30,
              max_cells: int = 6000) -> BGNBD | str:
    """BG/NBD by maximum likelihood on every buyer known on ``today`` (or why not).

    Customers are summarised as (x, t_x, T) in days; identical summaries are
    counted once with a weight, and when there are more than ``max_cells`` distinct
    ones, t_x and T are rounded to a coarser grid (2, 3, 5, 7, ... days) for the
    fit only.
    """
    rows = sorted(summarise(histories, today))  # the same sums in the same order: same fit
    buyers = len(rows)
    repeaters = sum(1 for x, _t, _T in rows if x > 0)
    if too_few_to_fit(rows, min_customers):
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
