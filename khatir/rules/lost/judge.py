"""One repeat buyer judged on a day: the ``Assessment`` (score, rhythm, season, whether
they may get a level) and its reason in words. No ranking here (``ranking``), no
model fitting (``fit``): both the daily run and the fit's own look back at the
shop's past judge customers with these same functions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median

from ...i18n import Text
from ...messages.filters import taka
from ..history import PurchaseHistory
from .bgnbd import _summary
from .model import Model, _num
from .seasonal import Season, customer_season
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
    scored: bool = False  # the model scored this customer (a repeat buyer with dates)
    eligible: bool = False  # overdue by their own rhythm and not waiting for their season
    season: Season | None = None  # when the customer buys in a season
    waiting: bool = False  # for their season, which has not passed this year

    def level_label(self, lang: str) -> str:
        text = LEVEL_LABELS.get(self.level or "")
        return text(lang) if text else ""

    def explain(self, lang: str) -> str:
        parts = []
        gap = self.typical_gap_days
        if self.season is not None:
            parts.append(self.season.describe(lang, waiting=self.waiting))
        elif gap is not None and gap > 0:
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


def fixed_level(a: Assessment, settings: LostSettings) -> str | None:
    chance = 1.0 - a.score
    if chance < settings.lost_below:
        return LOST
    if chance < settings.at_risk_below:
        return AT_RISK
    return None


def judge(h: PurchaseHistory, today: date, settings: LostSettings, model: Model) -> Assessment:
    """The score and facts of one history, no level yet; ``eligible``: may get a level."""
    cid = h.customer_id
    known = h.as_of(today)
    base = known or h
    gap = typical_gap(base)
    days_since = (today - base.last).days if base.last is not None else None
    if known is None or known.purchases < settings.min_purchases:
        row = None
    else:
        row = _summary(known, today)
    if known is None or row is None or row[0] <= 0:
        return Assessment(cid, None, 0.0, gap, days_since, base.purchases, base.total_spent,
                          base.last, False)
    x, t_x, T = row
    score = model.score(x, t_x, T)
    overdue = gap is None or days_since is None or days_since >= settings.min_overdue_ratio * gap
    season = customer_season(known.purchase_dates, settings.season_window_days,
                             settings.festivals) if known.purchase_dates else None
    waiting = season is not None and season.waiting(today)
    return Assessment(cid, None, score, gap, days_since, known.purchases, known.total_spent,
                      known.last, False, scored=True, eligible=overdue and not waiting,
                      season=season, waiting=waiting)
