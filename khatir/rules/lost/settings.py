"""The ``[lost]`` settings: thresholds and knobs of the lost-customer detection."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping

from ...errors import ConfigError

MODEL_CHOICES = ("auto", "bgnbd")


@dataclass(frozen=True)
class LostSettings:
    """Thresholds and knobs; the TOML keys under ``[lost]`` have the same names.

    The thresholds are on the chance that the customer buys again within
    ``horizon_days`` (that is ``1 - score``).
    """

    at_risk_below: float = 0.5
    lost_below: float = 0.15
    min_purchases: int = 2
    horizon_days: int = 180
    min_overdue_ratio: float = 1.0
    min_fit_customers: int = 30
    model: str = "auto"  # "auto": learned when there is enough history, else BG/NBD; "bgnbd"

    def __post_init__(self) -> None:
        problems = []
        if not 0.0 <= self.lost_below <= self.at_risk_below <= 1.0:
            problems.append("lost_below and at_risk_below must be numbers between 0 and 1, "
                            "with lost_below not above at_risk_below")
        if self.min_purchases < 2:
            problems.append("min_purchases must be 2 or more (one-time buyers are never lost)")
        if self.horizon_days < 1:
            problems.append("horizon_days must be 1 or more")
        if self.min_overdue_ratio < 0:
            problems.append("min_overdue_ratio must be 0 or more")
        if self.min_fit_customers < 2:
            problems.append("min_fit_customers must be 2 or more")
        if self.model not in MODEL_CHOICES:
            problems.append(f"model must be one of: {', '.join(MODEL_CHOICES)}")
        if problems:
            raise ConfigError(f"In the [lost] settings, {'; '.join(problems)}.")

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> LostSettings:
        """Build from the ``[lost]`` table of the settings file (missing keys: defaults)."""
        section = dict(section or {})
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(section) - set(known))
        if unknown:
            raise ConfigError(f"The [lost] settings have unknown key(s) {', '.join(unknown)}; "
                              f"use only: {', '.join(known)}.")
        values: dict[str, Any] = {}
        for name, value in section.items():
            if name == "model":
                values[name] = str(value).strip().lower()
                continue
            want_int = name in ("min_purchases", "horizon_days", "min_fit_customers")
            ok = (not isinstance(value, bool) and isinstance(value, (int, float))
                  and (not want_int or float(value).is_integer()))
            if not ok:
                kind = "a whole number" if want_int else "a number"
                raise ConfigError(f"In the [lost] settings, {name} is {value!r}; write {kind}.")
            values[name] = int(value) if want_int else float(value)
        return cls(**values)
