"""``fit_model``: the first model the shop's data allows (learned, else BG/NBD, else own gap)."""
from __future__ import annotations

from datetime import date
from statistics import median
from typing import Iterable

from ..history import PurchaseHistory
from .bgnbd import BGNBD, fallback_bgnbd, fit_bgnbd, summarise
from .learned import learn_silence
from .model import FITTED, OWN_GAP, Model


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
