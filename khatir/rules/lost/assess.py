"""Levels (lost, at risk) for customers, their explanation, and the win-back order and key."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from statistics import median
from typing import Iterable, Mapping

from ...i18n import Counted, Text
from ...sheet.records import Customer
from ...messages.filters import taka
from ..history import PurchaseHistory
from .bgnbd import _summary
from .fit import fit_model
from .model import Model, _num
from .seasonal import (Season, ShopDays, customer_season, festival_bought_before, last_year_season,
                       missed_festival, only_before)
from .settings import LostSettings

LOST = "lost"
AT_RISK = "at_risk"

LEVEL_LABELS = {
    LOST: Text(en="lost", bn="হারানো"),
    AT_RISK: Text(en="at risk", bn="ঝুঁকিতে"),
}
USUAL_GAP = Text(en="usually buys about every {gap} days",
                 bn="সাধারণত প্রায় {gap} দিন পরপর কেনেন")
TWO_PURCHASES = Text(en="bought twice, {gap} days apart", bn="দুবার কিনেছেন, {gap} দিনের ব্যবধানে")
TWO_PURCHASES_DAYS = Text(en="bought on two days in a row", bn="পরপর দুদিন কিনেছেন")
USUAL_BURSTS = Text(en="usually buys on a few days at a time, about every {gap} days",
                    bn="সাধারণত একসঙ্গে কয়েক দিন কেনেন, প্রায় {gap} দিন পরপর")
TWO_BURSTS = Text(en="bought in two spells of a few days, {gap} days apart",
                  bn="দুই দফায় কয়েক দিন করে কিনেছেন, {gap} দিনের ব্যবধানে")
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
ORDERS_ONLY = Counted(one="1 order", en="{n} orders", bn="{n}টি অর্ডার")
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
    bursts: int = 0  # how many bursts, when the customer buys in bursts (``burst_gaps``), else 0
    before_festival: tuple[str, date, bool] | None = None  # no season; all before (in) this one

    @property
    def in_bursts(self) -> bool:
        """The usual gap is between bursts."""
        return self.bursts > 0

    def level_label(self, lang: str) -> str:
        text = LEVEL_LABELS.get(self.level or "")
        return text(lang) if text else ""

    def explain(self, lang: str) -> str:
        parts = []
        gap = self.typical_gap_days
        if self.season is not None:
            parts.append(self.season.describe(lang, waiting=self.waiting))
        elif gap is not None and gap > 0 and self.purchases == 2:
            # one gap is no rhythm: two visits before one Eid are not "every 5 days"
            days = max(1, round(gap))
            parts.append(TWO_PURCHASES_DAYS(lang) if days == 1
                         else TWO_PURCHASES(lang, gap=_num(days, lang)))
        elif gap is not None and gap > 0 and self.in_bursts:
            # two bursts are one gap: no rhythm yet, as for two purchase days
            text = TWO_BURSTS if self.bursts == 2 else USUAL_BURSTS
            parts.append(text(lang, gap=_num(max(1, round(gap)), lang)))
        elif gap is not None and gap > 0:
            days = max(1, round(gap))
            parts.append(USUAL_GAP_DAILY(lang) if days == 1
                         else USUAL_GAP(lang, gap=_num(days, lang)))
        if self.before_festival is not None and self.season is None:
            parts.append(only_before(self.before_festival, lang))
        if self.days_since is None:
            parts.append(LAST_UNKNOWN(lang))
        elif self.days_since <= 0:
            parts.append(BOUGHT_TODAY(lang))
        elif self.days_since == 1:
            parts.append(NO_PURCHASE_FOR_ONE(lang))
        else:
            parts.append(NO_PURCHASE_FOR(lang, days=_num(self.days_since, lang)))
        total = taka(round(self.total_spent or 0.0), lang)
        if self.purchases >= 1 and not self.total_spent:
            # no amounts in the sheet: "৳ 0 in total" would be untrue
            parts.append(ORDERS_ONLY(lang, self.purchases, n=_num(self.purchases, lang)))
        elif self.purchases == 1:
            parts.append(ONE_ORDER_TOTAL(lang, total=total))
        elif self.purchases > 1:
            parts.append(ORDERS_TOTAL(lang, n=_num(self.purchases, lang), total=total))
        else:
            parts.append(NO_ORDERS(lang))
        if self.marked_by_staff:
            parts.append(MARKED_BY_STAFF(lang))
        return SEPARATOR.join(parts)


def typical_gap(h: PurchaseHistory) -> float | None:
    """Usual days between purchases: the median gap when the dates are known, else the mean.

    A customer who buys in bursts (a few days within a week or so, then nothing for two
    months: before each Eid) is judged by the gaps between the bursts, not by the days
    within one ("usually every 4 days" for two Eid visits: stop 30's owner trial)."""
    return _rhythm(h)[0]


def _rhythm(h: PurchaseHistory) -> tuple[float | None, list[int]]:
    """``typical_gap`` and the gaps between bursts it came from (empty: not in bursts)."""
    bursts = burst_gaps(h.purchase_dates)
    if bursts:
        return float(median(bursts)), bursts
    gaps = h.gaps
    if gaps:
        return float(median(gaps)), []
    if h.purchases >= 2 and h.first is not None and h.last is not None and h.last > h.first:
        return (h.last - h.first).days / (h.purchases - 1), []
    return None, []


def burst_gaps(dates: tuple[date, ...]) -> list[int]:
    """Days between the last days of consecutive bursts, when the purchase days come in bursts.

    A burst: purchase days each at most ``BURST_GAP_DAYS`` after the one before, spanning at
    most ``BURST_SPAN_DAYS``. In bursts: two or more of them, every one that short, and at least
    half of them of more than one day (otherwise the days are plain visits, and their median gap
    says it). A steady weekly buyer makes one long chain, so is not in bursts."""
    if len(dates) < 3:
        return []
    chains: list[list[date]] = [[dates[0]]]
    for d in dates[1:]:
        if (d - chains[-1][-1]).days <= BURST_GAP_DAYS:
            chains[-1].append(d)
        else:
            chains.append([d])
    if (len(chains) < 2 or 2 * sum(len(c) > 1 for c in chains) < len(chains)
            or any((c[-1] - c[0]).days > BURST_SPAN_DAYS for c in chains)):
        return []
    return [(b[-1] - a[-1]).days for a, b in zip(chains, chains[1:])]


#: Purchase days at most this many days apart belong to one burst...
BURST_GAP_DAYS = 7
#: ...which spans at most this many days.
BURST_SPAN_DAYS = 14


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
    their season are ranked, most likely lost first (the model's score blended
    with plain recency, see ``_blend_rank``), and the top of the ranking is ``lost`` until it holds
    ``lost_share`` of the expected number of lost customers (the sum of every
    scored customer's score), then ``at_risk`` up to ``at_risk_share``. The fixed
    thresholds (``lost_below``, ``at_risk_below``) flag whoever passes them too, so
    a shop where nearly everyone is gone still sees them all.
    """
    histories = sorted(histories, key=lambda h: h.customer_id)
    if model is None:
        model = fit_model(histories, today, horizon_days=settings.horizon_days,
                          min_customers=settings.min_fit_customers,
                          learn=settings.model == "auto")
    shop = ShopDays.of([[d for d in h.purchase_dates if d <= today] for h in histories])
    judged = [_assess(h, today, settings, model, shop) for h in histories]
    judged = [_with_level(a, _fixed_level(a, settings)) if a.eligible else a for a in judged]
    if not settings.adaptive:
        return judged
    # a customer waiting for their season is not expected to be lost: counted, their scores
    # would fill the list with barely overdue regulars (stop 30's re-trial: with Eid listed, 12
    # of the day's 20 win-backs went to customers silent 32 to 85 days)
    total = sum(a.score for a in judged if a.scored and not a.waiting)
    ranked = _blend_rank([a for a in judged if a.eligible])
    levels: dict[str, str] = {}
    running, lost = 0.0, 0
    for a in ranked:
        if running >= settings.at_risk_share * total:
            break
        levels[a.customer_id] = LOST if running < settings.lost_share * total else AT_RISK
        lost += levels[a.customer_id] == LOST
        running += a.score
    plain = [a.score for a in judged
             if a.scored and not a.waiting and (a.days_since or 0) > PLAIN_RULE_DAYS]
    trimmed = _trim_to_plain_rule(ranked[:lost], plain, total, settings)
    for a in trimmed:
        levels[a.customer_id] = AT_RISK
    for a in ranked[lost - len(trimmed):math.ceil(PLAIN_FLOOR * len(plain))]:
        levels[a.customer_id] = LOST
    for a in ranked:
        if a.customer_id not in levels and _overdue_regular(a):
            levels[a.customer_id] = AT_RISK
    for a in judged:
        if a.waiting and a.season is not None and a.season.once:
            levels[a.customer_id] = AT_RISK  # probably waiting for their season: at risk at most
    return [_with_level(a, _not_too_soon(_worse(a.level, levels.get(a.customer_id)), a, settings))
            for a in judged]


def _not_too_soon(level: str | None, a: Assessment, settings: LostSettings) -> str | None:
    """At risk at most within ``min_lost_days`` of a purchase: in a young shop of frequent
    buyers "overdue by their own rhythm" can be ten days, and "we miss you" to someone who
    bought ten days ago would embarrass the shop (an owner's blind trial)."""
    if level == LOST and a.days_since is not None and a.days_since < settings.min_lost_days:
        return AT_RISK
    return level


def _blend_rank(eligible: list[Assessment]) -> list[Assessment]:
    """The eligible, most likely lost first: the model's order blended with plain recency.

    Each customer's place in the model's ranking (by score) and in the ranking by
    days since the last purchase, both as a share of the list, are averaged with
    ``RECENCY_WEIGHT`` on recency. The model knows more than recency (the
    customer's own rhythm, how often and how long they have bought), but it is
    learnt from the shop's recent past, which in a young or seasonal shop can be
    unlike today (a busy season, younger customers); the blend keeps its order
    from straying far from the longest silent, and reduces to recency where the
    model sees no difference. Ties: higher score, then customer ID.
    """
    by_score = sorted(eligible, key=lambda a: (-a.score, -(a.days_since or 0), a.customer_id))
    by_days = sorted(eligible, key=lambda a: (-(a.days_since or 0), -a.score, a.customer_id))
    n = max(1, len(eligible))
    place = {a.customer_id: (1.0 - RECENCY_WEIGHT) * i / n for i, a in enumerate(by_score)}
    for i, a in enumerate(by_days):
        place[a.customer_id] += RECENCY_WEIGHT * i / n
    return sorted(eligible, key=lambda a: (place[a.customer_id], -a.score, a.customer_id))


#: The weight of plain recency in the lost ranking (the model's order has the rest).
RECENCY_WEIGHT = 0.3


def _overdue_regular(a: Assessment) -> bool:
    """A regular customer silent far beyond their rhythm ("usually every 30 days; none for
    100"): the model may still give them good odds (regulars often come back after a
    pause), but an owner calls such a customer, so they are at least at risk."""
    return (a.purchases >= REGULAR_PURCHASES and a.typical_gap_days is not None
            and a.days_since is not None
            and a.days_since >= max(REGULAR_OVERDUE_RATIO * a.typical_gap_days,
                                    REGULAR_OVERDUE_DAYS))


#: A regular: this many purchase days or more...
REGULAR_PURCHASES = 4
#: ...silent this many times their usual gap, and at least this many days: at risk.
REGULAR_OVERDUE_RATIO = 3.0
REGULAR_OVERDUE_DAYS = 45


def _with_level(a: Assessment, level: str | None) -> Assessment:
    return a if level == a.level else replace(a, level=level)


def _trim_to_plain_rule(lost: list[Assessment], plain: list[float], total: float,
                        settings: LostSettings) -> list[Assessment]:
    """The bottom of the lost list that would make it less precise than the plain rule.

    In a young shop "no purchase for 90 days" names only the few longest silent,
    who are nearly all gone. The lost list should never be expected (by the
    model's own scores) to be less precise than that rule: its least likely
    customers move to at risk, while the list still holds ``KEEP_OF_SHARE`` of
    its ``lost_share`` (0.38 of the expected lost customers by default).
    """
    if not plain or not lost:
        return []
    bar = sum(plain) / len(plain)
    kept, held = len(lost), sum(a.score for a in lost)
    while (kept > 1 and held / kept < bar
           and held - lost[kept - 1].score >= KEEP_OF_SHARE * settings.lost_share * total):
        kept -= 1
        held -= lost[kept].score
    return lost[kept:]


#: The owner's plain rule the lost list must not be less precise than.
PLAIN_RULE_DAYS = 90
#: Trimmed to the plain rule, the lost list still holds this part of its ``lost_share``.
KEEP_OF_SHARE = 0.85
#: The lost list names at least this share as many customers as the plain rule does
#: (when that many are overdue by their own rhythm).
PLAIN_FLOOR = 0.6


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
    a = _assess(h, today, settings, model)
    return replace(a, level=_fixed_level(a, settings)) if a.eligible else a


def _fixed_level(a: Assessment, settings: LostSettings) -> str | None:
    chance = 1.0 - a.score
    if chance < settings.lost_below:
        return LOST
    if chance < settings.at_risk_below:
        return AT_RISK
    return None


def _assess(h: PurchaseHistory, today: date, settings: LostSettings, model: Model,
            shop: ShopDays | None = None) -> Assessment:
    """The score and facts of one history, no level yet; ``eligible``: may get a level.

    ``shop``: the whole shop's purchase days, to tell whether a burst of purchases a
    year ago fell in the shop's season (``last_year_season``);
    without them (one history judged alone) last year's season is not looked for."""
    cid = h.customer_id
    known = h.as_of(today)
    base = known or h
    gap, bursts = _rhythm(base)
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
    festivals = settings.every_festival
    season = customer_season(known.purchase_dates, settings.season_window_days,
                             festivals) if known.purchase_dates else None
    if season is not None and known.purchase_dates:
        season = missed_festival(season, known.purchase_dates, today) or season
    if season is None and known.purchase_dates and overdue and shop is not None:
        season = last_year_season(known.purchase_dates, today, settings.season_window_days,
                                  festivals, shop)
    waiting = season is not None and season.waiting(today)
    return Assessment(cid, None, score, gap, days_since, known.purchases, known.total_spent,
                      known.last, False, scored=True, eligible=overdue and not waiting,
                      season=season, waiting=waiting,
                      bursts=len(bursts) + 1 if bursts else 0,
                      before_festival=None if season is not None else festival_bought_before(
                          known.purchase_dates, settings.season_window_days, festivals))


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
