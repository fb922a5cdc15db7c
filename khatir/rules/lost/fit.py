"""``fit_model``: the first model the shop's data allows (learned, else BG/NBD, else own gap).

The learned model learns from the shop's own recent past: how the repeat buyers
known ``horizon`` days ago fared since (and, in earlier windows of the same length,
how those known then fared; see ``learn_silence``). A young shop has a short past, so the
horizon adapts: half the shop's dated history, at most ``horizon_days`` and at
least ``MIN_HORIZON_DAYS``; six months of orders are enough to learn from the
last three.
"""
from __future__ import annotations

from datetime import date
from statistics import median
from typing import Iterable

from ..history import PurchaseHistory
from .bgnbd import BGNBD, fallback_bgnbd, fit_bgnbd, summarise, too_few_to_fit
from .learned import learn_silence
from .model import (FITTED, OWN_GAP, WHY_FEW_BUYERS, WHY_FORCED, WHY_NO_DATES, WHY_NO_DROPOUT,
                    WHY_NO_FIT, WHY_SHORT, WHY_UNSETTLED, Model, TooFew)

MIN_HORIZON_DAYS = 30
#: A BG/NBD fit whose mean drop-out chance per purchase is below this sees nobody
#: leave (too short a history) and would rank by purchase count alone.
MIN_DROPOUT = 0.01


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
              max_cells: int = 6000) -> Model:
    """Learn from every history as known on ``today`` (``learned``, else ``bgnbd``, else ``own_gap``).

    ``min_customers``: fewest buyers for a BG/NBD fit. ``learn=False`` skips the
    learned model (used to compare). ``max_cells``: see ``fit_bgnbd``. The
    returned model says which method it is and why (``Model.why``).
    """
    histories = sorted(histories, key=lambda h: h.customer_id)
    days = history_days(histories, today)
    horizon = learning_horizon(days, horizon_days)
    notes: list[str] = []
    why = WHY_FORCED
    too_few: TooFew | None = None
    if learn:
        learned = learn_silence(histories, today, horizon)
        if isinstance(learned, Model):
            return learned.with_history(days)
        too_few = learned if isinstance(learned, TooFew) else None
        notes.append(str(learned))
        why = WHY_UNSETTLED if isinstance(learned, str) else WHY_SHORT if days else WHY_NO_DATES
    fitted = fit_bgnbd(histories, today, min_customers=min_customers, max_cells=max_cells)
    if isinstance(fitted, BGNBD) and learn and fitted.a / (fitted.a + fitted.b) < MIN_DROPOUT:
        notes.append(f"BG/NBD saw almost no drop-out ({fitted.params()})")
        fitted, why = "no drop-out", WHY_NO_DROPOUT
    elif not isinstance(fitted, BGNBD):
        why = (WHY_FEW_BUYERS if too_few_to_fit(summarise(histories, today), min_customers)
               else WHY_NO_FIT)
    if isinstance(fitted, BGNBD):
        return Model(FITTED, horizon_days, bgnbd=fitted, trained_on=fitted.fitted_on,
                     note="; ".join(notes), why=why, history_days=days, not_learnt=too_few)
    notes.append(fitted)
    rows = summarise(histories, today)
    gaps = [t / x for x, t, _T in rows if x > 0 and t > 0]
    return Model(OWN_GAP, horizon_days, bgnbd=fallback_bgnbd(median(gaps) if gaps else None),
                 note="; ".join(notes), why=why, history_days=days, not_learnt=too_few)

