"""How the overdue repeat buyers are ordered, most likely lost first, and where the
lost and at-risk lists end.

Several orders are possible and none is best in every shop: the model's score
knows each customer's rhythm and the shop's past, plain recency (days since the
last purchase) is hard to beat at the very top in some shops, and a customer's
own overdue ratio suits shops whose buyers keep a steady rhythm. ``fit_model``
picks one per shop by checking them on the shop's own past (``check``); this
module only knows how to order and cut.
"""
from __future__ import annotations

from statistics import median
from typing import Sequence

from .judge import AT_RISK, LOST, Assessment
from .settings import LostSettings

#: The model's order blended with plain recency (the default), the model's score
#: alone, days since the last purchase alone, and days since the last purchase
#: counted in the customer's own usual gap.
BLEND, SCORE, RECENCY, OVERDUE = "blend", "score", "recency", "overdue"
RANKINGS = (BLEND, SCORE, RECENCY, OVERDUE)
DEFAULT_RANKING = BLEND

#: The weight of plain recency in the blended ranking (the model's order has the rest).
RECENCY_WEIGHT = 0.3
#: The owner's plain rule the lost list must not be less precise than.
PLAIN_RULE_DAYS = 90
#: Trimmed to the plain rule, the lost list still holds this part of its ``lost_share``.
KEEP_OF_SHARE = 0.85


def rank(eligible: Sequence[Assessment], ranking: str = DEFAULT_RANKING) -> list[Assessment]:
    """The eligible customers, most likely lost first, by ``ranking`` (ties: score, then ID)."""
    if ranking == SCORE:
        return sorted(eligible, key=lambda a: (-a.score, -(a.days_since or 0), a.customer_id))
    if ranking == RECENCY:
        return sorted(eligible, key=lambda a: (-(a.days_since or 0), -a.score, a.customer_id))
    if ranking == OVERDUE:
        ratio = _overdue(eligible)
        return sorted(eligible, key=lambda a: (-ratio[a.customer_id], -a.score, a.customer_id))
    return _blend_rank(eligible)


def _blend_rank(eligible: Sequence[Assessment]) -> list[Assessment]:
    """The model's order blended with plain recency.

    Each customer's place in the model's ranking (by score) and in the ranking by
    days since the last purchase, both as a share of the list, are averaged with
    ``RECENCY_WEIGHT`` on recency. The model knows more than recency (the
    customer's own rhythm, how often and how long they have bought), but it is
    learnt from the shop's recent past, which in a young or seasonal shop can be
    unlike today (a busy season, younger customers); the blend keeps its order
    from straying far from the longest silent, and reduces to recency where the
    model sees no difference. Ties: higher score, then customer ID.
    """
    by_score = rank(eligible, SCORE)
    by_days = rank(eligible, RECENCY)
    n = max(1, len(eligible))
    place = {a.customer_id: (1.0 - RECENCY_WEIGHT) * i / n for i, a in enumerate(by_score)}
    for i, a in enumerate(by_days):
        place[a.customer_id] += RECENCY_WEIGHT * i / n
    return sorted(eligible, key=lambda a: (place[a.customer_id], -a.score, a.customer_id))


def _overdue(eligible: Sequence[Assessment]) -> dict[str, float]:
    """Days since the last purchase counted in the customer's own usual gap, shrunk
    towards the shop's: a customer with few purchases keeps near the shop's rhythm."""
    gaps = [a.typical_gap_days for a in eligible if a.typical_gap_days]
    shop_gap = max(1.0, median(gaps)) if gaps else 1.0
    out = {}
    for a in eligible:
        n = max(2, a.purchases)
        usual = ((n - 1) * (a.typical_gap_days or shop_gap) + shop_gap) / n
        out[a.customer_id] = (a.days_since or 0) / max(1.0, usual)
    return out


def list_levels(judged: Sequence[Assessment], settings: LostSettings,
                ranking: str = DEFAULT_RANKING) -> dict[str, str]:
    """``lost`` and ``at_risk`` for the top of the ranking of the eligible customers.

    The top of the ranking is ``lost`` until it holds ``lost_share`` of the
    expected number of lost customers (the sum of every scored customer's score),
    then ``at_risk`` up to ``at_risk_share``; then the bottom of the lost list that
    would make it less precise than the plain rule moves to at risk.
    """
    total = sum(a.score for a in judged if a.scored)
    ranked = rank([a for a in judged if a.eligible], ranking)
    levels: dict[str, str] = {}
    running, lost = 0.0, 0
    for a in ranked:
        if running >= settings.at_risk_share * total:
            break
        levels[a.customer_id] = LOST if running < settings.lost_share * total else AT_RISK
        lost += levels[a.customer_id] == LOST
        running += a.score
    for a in _trim_to_plain_rule(ranked[:lost], judged, total, settings):
        levels[a.customer_id] = AT_RISK
    return levels


def _trim_to_plain_rule(lost: list[Assessment], judged: Sequence[Assessment], total: float,
                        settings: LostSettings) -> list[Assessment]:
    """The bottom of the lost list that would make it less precise than the plain rule.

    In a young shop "no purchase for 90 days" names only the few longest silent,
    who are nearly all gone. The lost list should never be expected (by the
    model's own scores) to be less precise than that rule: its least likely
    customers move to at risk, while the list still holds ``KEEP_OF_SHARE`` of
    its ``lost_share`` (0.38 of the expected lost customers by default).
    """
    plain = [a.score for a in judged if a.scored and (a.days_since or 0) > PLAIN_RULE_DAYS]
    if not plain or not lost:
        return []
    bar = sum(plain) / len(plain)
    kept, held = len(lost), sum(a.score for a in lost)
    while (kept > 1 and held / kept < bar
           and held - lost[kept - 1].score >= KEEP_OF_SHARE * settings.lost_share * total):
        kept -= 1
        held -= lost[kept].score
    return lost[kept:]

