"""Levels (lost, at risk) for customers, their explanation, and the win-back order and key."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import Iterable, Mapping

from ...i18n import Text
from ...records import Customer
from ...render import taka
from ..history import PurchaseHistory
from .bgnbd import _summary
from .fit import fit_model
from .model import Model, _num
from .settings import LostSettings

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
