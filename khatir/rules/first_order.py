"""First orders that were never repeated: "how was your first order?".

In real shops most customers who leave bought once. They are not "lost" (one
purchase says nothing about a rhythm, and the lost flag is for repeat buyers
only); they are their own Follow-ups group with a gentle message asking how the
first order went. A customer is listed once their only purchase day is more than
``after_days`` ago and not more than ``within_days`` ago (after that, asking
about it is odd); the message key carries the date of that order, so it is
asked once.

Pure functions of plain data; ``today`` is always an argument.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from ..errors import ConfigError, refuse_unknown_keys
from ..i18n import Text, bn_digits
from ..settings_texts import FIRST_ORDER_NOT_DAYS, FIRST_ORDER_NOT_YES_NO, FIRST_ORDER_WINDOW
from .history import PurchaseHistory

GROUP = "first_order"


@dataclass(frozen=True)
class FirstOrderSettings:
    """The ``[first_order]`` settings; the TOML keys have the same names."""

    enabled: bool = True
    after_days: int = 30
    within_days: int = 180

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> FirstOrderSettings:
        section = dict(section or {})
        refuse_unknown_keys("first_order", section, ["enabled", "after_days", "within_days"])
        enabled = section.get("enabled", True)
        if not isinstance(enabled, bool):
            raise ConfigError(FIRST_ORDER_NOT_YES_NO, value=repr(enabled))
        values = {}
        for name in ("after_days", "within_days"):
            value = section.get(name, getattr(cls, name))
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(FIRST_ORDER_NOT_DAYS, name=name, value=repr(value))
            values[name] = value
        if values["within_days"] <= values["after_days"]:
            raise ConfigError(FIRST_ORDER_WINDOW)
        return cls(enabled, values["after_days"], values["within_days"])


@dataclass(frozen=True)
class FirstOrder:
    customer_id: str
    first: date
    days_since: int
    total_spent: float

    def explain(self, lang: str) -> str:
        days = bn_digits(self.days_since) if lang == "bn" else str(self.days_since)
        return WHY(lang, days=days)

    @property
    def key(self) -> str:
        """One "how was it" per first order."""
        return f"first_order:{self.customer_id}:{self.first.isoformat()}"


WHY = Text(en="one order, {days} days ago; never came back",
           bn="একটিই অর্ডার, {days} দিন আগে; আর আসেননি")


def first_orders_due(histories: Iterable[PurchaseHistory], today: date,
                     settings: FirstOrderSettings) -> list[FirstOrder]:
    """Customers with exactly one purchase day in the window, most recent first (then ID)."""
    if not settings.enabled:
        return []
    out = []
    for h in histories:
        known = h.as_of(today)
        if known is None or known.purchases != 1:
            continue
        first = known.first or known.last
        if first is None:
            continue
        days = (today - first).days
        if settings.after_days < days <= settings.within_days:
            out.append(FirstOrder(h.customer_id, first, days, known.total_spent))
    return sorted(out, key=lambda f: (f.days_since, f.customer_id))
