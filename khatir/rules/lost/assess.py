"""Levels (lost, at risk) for customers, their explanation, and the win-back order and key."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from typing import Iterable, Mapping

from ...sheet.records import Customer
from ..history import PurchaseHistory
from .fit import fit_model
from .judge import (AT_RISK, LEVEL_LABELS, LOST, STAFF_LOST_SPELLINGS, Assessment, fixed_level,
                    judge, typical_gap)
from .model import Model
from .ranking import list_levels
from .settings import LostSettings

__all__ = ["AT_RISK", "LEVEL_LABELS", "LOST", "STAFF_LOST_SPELLINGS", "Assessment", "assess_all",
           "assess_customers", "assess_one", "is_marked_lost", "typical_gap", "win_back_key",
           "win_back_order"]


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
    judged = {a.customer_id: a for a in assess_all(
        [histories[cid] for cid in sorted(customers) if cid in histories], today, settings, model)}
    out: dict[str, Assessment] = {}
    for cid in sorted(customers):
        a = judged.get(cid)
        if is_marked_lost(customers[cid]):
            a = a or Assessment(cid, None, 0.0, None, None, 0, 0.0, None, False)
            a = replace(a, level=LOST, score=a.score if cid in judged and a.scored else 1.0,
                        marked_by_staff=True)
        if a is not None and a.level is not None:
            out[cid] = a
    return out


def assess_all(histories: Iterable[PurchaseHistory], today: date, settings: LostSettings,
               model: Model | None = None) -> list[Assessment]:
    """Every history judged on ``today`` (in customer ID order), levels set.

    The repeat buyers who are overdue by their own rhythm and not waiting for
    their season are ranked, most likely lost first, by the ranking the fit chose
    for this shop (``Model.ranking``; see ``ranking.list_levels``), and the top of
    the ranking is ``lost`` until it holds ``lost_share`` of the expected number of
    lost customers (the sum of every scored customer's score), then ``at_risk`` up
    to ``at_risk_share``. The fixed
    thresholds (``lost_below``, ``at_risk_below``) flag whoever passes them too, so
    a shop where nearly everyone is gone still sees them all.
    """
    histories = sorted(histories, key=lambda h: h.customer_id)
    if model is None:
        model = fit_model(histories, today, horizon_days=settings.horizon_days,
                          min_customers=settings.min_fit_customers,
                          learn=settings.model == "auto", settings=settings)
    judged = [judge(h, today, settings, model) for h in histories]
    judged = [_with_level(a, fixed_level(a, settings)) if a.eligible else a for a in judged]
    if not settings.adaptive:
        return judged
    levels = list_levels(judged, settings, model.ranking)
    return [_with_level(a, _worse(a.level, levels.get(a.customer_id))) for a in judged]


def _with_level(a: Assessment, level: str | None) -> Assessment:
    return a if level == a.level else replace(a, level=level)


def _worse(a: str | None, b: str | None) -> str | None:
    return LOST if LOST in (a, b) else AT_RISK if AT_RISK in (a, b) else None


def assess_one(h: PurchaseHistory | None, today: date, settings: LostSettings, model: Model,
               customer_id: str = "") -> Assessment:
    """One history judged alone against the fixed thresholds (level None when not worried).

    Staff marks are not looked at here (see ``assess_customers``), nor the shares,
    which rank a whole shop (see ``assess_all``). ``score`` is 0.0 when the model
    does not score the customer (fewer than ``min_purchases`` purchase days, dates
    missing, or all purchases on one day).
    """
    if h is None:
        return Assessment(customer_id, None, 0.0, None, None, 0, 0.0, None, False)
    a = judge(h, today, settings, model)
    return replace(a, level=fixed_level(a, settings)) if a.eligible else a


def win_back_order(assessments: Mapping[str, Assessment] | Iterable[Assessment]) -> list[Assessment]:
    """Lost customers, most likely lost first (score; then total spent, highest first; then ID).

    The daily cap keeps the top of this list, so it is useful even when the
    probabilities themselves are uncertain: the order is what matters.
    """
    items = assessments.values() if isinstance(assessments, Mapping) else assessments
    lost = [a for a in items if a.level == LOST]
    return sorted(lost, key=lambda a: (-round(a.score, 6), -(a.total_spent or 0.0), a.customer_id))


def win_back_key(a: Assessment) -> str:
    """One win-back message per lost episode: a later purchase makes a new key."""
    last = a.last_purchase.isoformat() if a.last_purchase is not None else "none"
    return f"win_back:{a.customer_id}:{last}"
