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
3. ``own_gap``: neither could be had (too few buyers, or BG/NBD saw nobody stop
   buying): the BG/NBD formula with fixed, weakly informative values, so the
   customer's own count and usual gap decide.

Levels adapt to the shop: the repeat buyers who are overdue by their own rhythm
(no purchase for at least ``min_overdue_ratio`` times their usual gap) and not
waiting for their season (``seasonal``) are ranked by score blended with plain
recency (30%, so a model learnt from an unusual recent past cannot stray far from
the longest silent), and the top of the
ranking is ``lost`` until it holds ``lost_share`` of the lost customers the model
expects, then ``at_risk`` up to ``at_risk_share``. Fixed thresholds on the chance
of buying again (``lost_below``, ``at_risk_below``) can be set instead. One-time buyers and prospects
never get a level from the model; a customer whose Segment the staff set to
``lost`` is lost whatever the model says.

Pure functions of plain data; ``today`` is always an argument.

The package: ``settings`` (``[lost]``), ``bgnbd`` (the BG/NBD model and its
fit), ``model`` (``Model``), ``learned`` (the learned logistic model), ``fit``
(``fit_model``: which model) and ``assess`` (levels, explanations, win-back).
The names below are imported from ``khatir.rules.lost``.
"""
from __future__ import annotations

from .assess import (AT_RISK, LEVEL_LABELS, LOST, STAFF_LOST_SPELLINGS, Assessment,
                     assess_all, assess_customers, assess_one, is_marked_lost, typical_gap, win_back_key,
                     win_back_order)
from .bgnbd import (BGNBD, FALLBACK_A, FALLBACK_B, FALLBACK_GAP_DAYS, FALLBACK_R, fallback_bgnbd,
                    fit_bgnbd, summarise)
from .fit import MIN_HORIZON_DAYS, fit_model, history_days, learning_horizon
from .learned import MAX_LEARN_ROWS, MIN_LEARN_CLASS, MIN_LEARN_ROWS, learn_silence
from .model import FITTED, LEARNED, OVERDUE_CAP, OWN_GAP, Model
from .seasonal import Season, customer_season
from .settings import MODEL_CHOICES, LostSettings

__all__ = [
    # settings
    "MODEL_CHOICES", "LostSettings",
    # bgnbd
    "BGNBD", "FALLBACK_A", "FALLBACK_B", "FALLBACK_GAP_DAYS", "FALLBACK_R", "fallback_bgnbd",
    "fit_bgnbd", "summarise",
    # model
    "FITTED", "LEARNED", "OVERDUE_CAP", "OWN_GAP", "Model",
    # learned
    "MAX_LEARN_ROWS", "MIN_LEARN_CLASS", "MIN_LEARN_ROWS", "learn_silence",
    # fit
    "MIN_HORIZON_DAYS", "fit_model", "history_days", "learning_horizon",
    # seasonal
    "Season", "customer_season",
    # assess
    "AT_RISK", "LEVEL_LABELS", "LOST", "STAFF_LOST_SPELLINGS", "Assessment", "assess_all",
    "assess_customers",
    "assess_one", "is_marked_lost", "typical_gap", "win_back_key", "win_back_order",
]
