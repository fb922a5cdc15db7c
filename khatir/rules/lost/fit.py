"""``fit_model``: the first model the shop's data allows (learned, else BG/NBD, else own
gap), and the ranking of the overdue that this shop's own past supports.

The learned model learns from the shop's own recent past: how the repeat buyers
known ``horizon`` days ago fared since. A young shop has a short past, so the
horizon adapts: half the shop's dated history, at most ``horizon_days`` and at
least ``MIN_HORIZON_DAYS``; six months of orders are enough to learn from the
last three.

No ranking of the overdue is best in every shop (see ``ranking``), so the fit
also looks back once: on the day one horizon ago it fits a model on what was
known then, orders the overdue repeat buyers of that day by every ranking, and
counts how many of the top of each list really did not buy again by today. The
ranking with the most wins; a tie, or a win by less than ``CHECK_MARGIN``,
keeps the default (the blend), which needs no such luck.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from statistics import median
from typing import Iterable, Sequence

from ..history import PurchaseHistory
from .bgnbd import BGNBD, fallback_bgnbd, fit_bgnbd, summarise
from .judge import judge
from .learned import learn_silence
from .model import (FITTED, OWN_GAP, WHY_FEW_BUYERS, WHY_FORCED, WHY_NO_DATES, WHY_NO_DROPOUT,
                    WHY_SHORT, Model, RankingCheck)
from .ranking import DEFAULT_RANKING, RANKINGS, list_levels, rank
from .judge import LOST
from .settings import LostSettings

MIN_HORIZON_DAYS = 30
#: A BG/NBD fit whose mean drop-out chance per purchase is below this sees nobody
#: leave (too short a history) and would rank by purchase count alone.
MIN_DROPOUT = 0.01
#: The look back needs a list of at least this many customers to compare rankings.
MIN_CHECK_LIST = 20
#: Another ranking replaces the default only when its list held this many more
#: customers who never came back, in standard errors of the difference.
CHECK_MARGIN = 1.0


def history_days(histories: Iterable[PurchaseHistory], today: date) -> int:
    """Days from the shop's first dated purchase (Orders tab) to ``today``; 0 when none."""
    firsts = [h.purchase_dates[0] for h in histories if h.purchase_dates]
    firsts = [d for d in firsts if d <= today]
    return (today - min(firsts)).days if firsts else 0


def learning_horizon(history: int, horizon_days: int) -> int:
    """Half the dated history, at most ``horizon_days``, at least ``MIN_HORIZON_DAYS``."""
    return max(min(MIN_HORIZON_DAYS, horizon_days), min(horizon_days, history // 2))


def fit_model(histories: Iterable[PurchaseHistory], today: date, *,
              horizon_days: int = 180, min_customers: int = 30, learn: bool = True,
              max_cells: int = 6000, settings: LostSettings | None = None) -> Model:
    """Learn from every history as known on ``today`` (``learned``, else ``bgnbd``, else ``own_gap``).

    ``min_customers``: fewest buyers for a BG/NBD fit. ``learn=False`` skips the
    learned model (used to compare). ``max_cells``: see ``fit_bgnbd``. The
    returned model says which method it is and why (``Model.why``), and which
    ranking orders the overdue and why (``Model.ranking``, ``Model.check``), checked
    with ``settings`` (who is overdue, the shares; the defaults when not given).
    """
    histories = sorted(histories, key=lambda h: h.customer_id)
    model = _fit(histories, today, horizon_days, min_customers, learn, max_cells)
    settings = settings or LostSettings()
    back = learning_horizon(model.history_days, horizon_days)
    then = today - timedelta(days=back)
    past = _fit(histories, then, horizon_days, min_customers, learn, max_cells)
    check = check_rankings(histories, then, today, settings, past)
    return model.with_ranking(choose(check), check)


def check_rankings(histories: Sequence[PurchaseHistory], then: date, today: date,
                   settings: LostSettings, past: Model) -> RankingCheck:
    """Every ranking tried on ``then`` with the model ``past`` (fitted on what was known
    then): of the top of each list (as long as the default list would have been),
    how many did not buy again by ``today``."""
    judged = [judge(h, then, settings, past) for h in histories]
    levels = list_levels(judged, settings, DEFAULT_RANKING)
    size = sum(1 for v in levels.values() if v == LOST)
    eligible = [a for a in judged if a.eligible]
    if size < MIN_CHECK_LIST:
        return RankingCheck(then)
    came_back = {h.customer_id for h in histories
                 if any(then < d <= today for d in h.purchase_dates)}
    hits = tuple((r, sum(1 for a in rank(eligible, r)[:size] if a.customer_id not in came_back))
                 for r in RANKINGS)
    return RankingCheck(then, size, hits)


def choose(check: RankingCheck) -> str:
    """The ranking whose list held the most who never came back, by a clear margin.

    Clear: more than ``CHECK_MARGIN`` standard errors above the baseline ranking
    ``CHECK_BASE`` (a binomial spread at its precision, for the difference of two
    lists of ``size``). Ties between others: the order of ``RANKINGS``. Too little
    history to check: the default.
    """
    if not check.size:
        return DEFAULT_RANKING
    base = check.hits_of(CHECK_BASE)
    p = base / check.size
    margin = CHECK_MARGIN * math.sqrt(2 * check.size * p * (1 - p))
    best, best_hits = CHECK_BASE, base
    for r, h in check.hits:
        if h > best_hits and h - base > margin:
            best, best_hits = r, h
    return best


CHECK_BASE = DEFAULT_RANKING


def _fit(histories: list[PurchaseHistory], today: date, horizon_days: int, min_customers: int,
         learn: bool, max_cells: int) -> Model:
    days = history_days(histories, today)
    horizon = learning_horizon(days, horizon_days)
    notes = []
    why = WHY_FORCED
    if learn:
        learned = learn_silence(histories, today, horizon)
        if isinstance(learned, Model):
            return learned.with_history(days)
        notes.append(learned)
        why = WHY_SHORT if days else WHY_NO_DATES
    fitted = fit_bgnbd(histories, today, min_customers=min_customers, max_cells=max_cells)
    if isinstance(fitted, BGNBD) and learn and fitted.a / (fitted.a + fitted.b) < MIN_DROPOUT:
        notes.append(f"BG/NBD saw almost no drop-out ({fitted.params()})")
        fitted, why = "no drop-out", WHY_NO_DROPOUT
    elif not isinstance(fitted, BGNBD):
        why = WHY_FEW_BUYERS
    if isinstance(fitted, BGNBD):
        return Model(FITTED, horizon_days, bgnbd=fitted, trained_on=fitted.fitted_on,
                     note="; ".join(notes), why=why, history_days=days)
    notes.append(fitted)
    rows = summarise(histories, today)
    gaps = [t / x for x, t, _T in rows if x > 0 and t > 0]
    return Model(OWN_GAP, horizon_days, bgnbd=fallback_bgnbd(median(gaps) if gaps else None),
                 note="; ".join(notes), why=why, history_days=days)
