"""The ``[lost]`` settings: thresholds and knobs of the lost-customer detection."""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Mapping

from ...errors import ConfigError

MODEL_CHOICES = ("auto", "bgnbd")


@dataclass(frozen=True)
class LostSettings:
    """Thresholds and knobs; the TOML keys under ``[lost]`` have the same names.

    The lists adapt to the shop: repeat buyers who are overdue by their own
    rhythm are ranked by the model's score, most likely lost first, and the top
    of that ranking is ``lost`` until it holds ``lost_share`` of the lost
    customers the model expects among all repeat buyers (``at_risk_share`` for
    lost or at risk). Whoever has less than a ``lost_below`` chance of buying
    again within the horizon is lost as well (less than ``at_risk_below``: at
    risk). ``lost_share = 0`` keeps the fixed thresholds alone.
    """

    at_risk_below: float = 0.5
    lost_below: float = 0.15
    lost_share: float = 0.45
    at_risk_share: float = 0.7
    min_purchases: int = 2
    horizon_days: int = 180
    min_overdue_ratio: float = 1.0
    min_fit_customers: int = 30
    model: str = "auto"  # "auto": learned when there is enough history, else BG/NBD; "bgnbd"
    season_window_days: int = 28
    festivals: tuple[tuple[str, tuple[date, ...]], ...] = ()  # (name, dates) from [lost.festivals]

    def __post_init__(self) -> None:
        problems = []
        if not 0.0 <= self.lost_below <= self.at_risk_below <= 1.0:
            problems.append("lost_below and at_risk_below must be numbers between 0 and 1, "
                            "with lost_below not above at_risk_below")
        if not 0.0 <= self.lost_share <= self.at_risk_share <= 1.0:
            problems.append("lost_share and at_risk_share must be numbers between 0 and 1, "
                            "with lost_share not above at_risk_share")
        if self.min_purchases < 2:
            problems.append("min_purchases must be 2 or more (one-time buyers are never lost)")
        if self.horizon_days < 1:
            problems.append("horizon_days must be 1 or more")
        if self.min_overdue_ratio < 0:
            problems.append("min_overdue_ratio must be 0 or more")
        if self.min_fit_customers < 2:
            problems.append("min_fit_customers must be 2 or more")
        if self.season_window_days < 1:
            problems.append("season_window_days must be 1 or more")
        if self.model not in MODEL_CHOICES:
            problems.append(f"model must be one of: {', '.join(MODEL_CHOICES)}")
        if problems:
            raise ConfigError(f"In the [lost] settings, {'; '.join(problems)}.")

    @property
    def adaptive(self) -> bool:
        """True when the lists adapt to the shop (``lost_share`` above 0)."""
        return self.lost_share > 0

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> LostSettings:
        """Build from the ``[lost]`` table of the settings file (missing keys: defaults)."""
        section = dict(section or {})
        known = [f.name for f in fields(cls)]
        unknown = sorted(set(section) - set(known))
        if unknown:
            raise ConfigError(f"The [lost] settings have unknown key(s) {', '.join(unknown)}; "
                              f"use only: {', '.join(known)}.")
        values: dict[str, Any] = {}
        for name, value in section.items():
            if name == "model":
                values[name] = str(value).strip().lower()
                continue
            if name == "festivals":
                values[name] = _festivals(value)
                continue
            want_int = name in ("min_purchases", "horizon_days", "min_fit_customers",
                                "season_window_days")
            ok = (not isinstance(value, bool) and isinstance(value, (int, float))
                  and (not want_int or float(value).is_integer()))
            if not ok:
                kind = "a whole number" if want_int else "a number"
                raise ConfigError(f"In the [lost] settings, {name} is {value!r}; write {kind}.")
            values[name] = int(value) if want_int else float(value)
        return cls(**values)


def _festivals(value: Any) -> tuple[tuple[str, tuple[date, ...]], ...]:
    """``[lost.festivals]``: ``Eid = [2025-03-31, 2026-03-20]`` (TOML dates or "YYYY-MM-DD")."""
    if not isinstance(value, Mapping):
        raise ConfigError('In the [lost] settings, festivals must be a table, for example '
                          '[lost.festivals] then Eid = ["2025-03-31", "2026-03-20"].')
    out = []
    for name in sorted(value):
        days = value[name]
        if not isinstance(days, (list, tuple)):
            days = [days]
        parsed = []
        for d in days:
            try:
                parsed.append(d if isinstance(d, date) else date.fromisoformat(str(d).strip()))
            except ValueError:
                raise ConfigError(f"In the [lost.festivals] settings, {name} has {d!r}; "
                                  f"write dates as YYYY-MM-DD.") from None
        out.append((str(name), tuple(sorted(set(parsed)))))
    return tuple(out)
