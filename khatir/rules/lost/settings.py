"""The ``[lost]`` settings: thresholds and knobs of the lost-customer detection."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping

from ...errors import ConfigError
from ...i18n import Text

MODEL_CHOICES = ("auto", "bgnbd")

WRONG = Text(en="In the [lost] settings, {problems}.", bn="[lost] সেটিংসে: {problems}।")
THRESHOLDS = Text(en="lost_below and at_risk_below must be numbers between 0 and 1, with lost_below "
                     "not above at_risk_below",
                  bn="lost_below আর at_risk_below ০ থেকে ১-এর মধ্যে সংখ্যা হতে হবে, আর lost_below "
                     "at_risk_below-এর চেয়ে বেশি হতে পারবে না")
MIN_PURCHASES = Text(en="min_purchases must be 2 or more (one-time buyers are never lost)",
                     bn="min_purchases ২ বা তার বেশি হতে হবে (একবার কেনা ক্রেতা কখনো হারানো নয়)")
AT_LEAST = Text(en="{name} must be {n} or more", bn="{name} {n} বা তার বেশি হতে হবে")
MODEL = Text(en="model must be one of: {choices}", bn="model এগুলোর একটি হতে হবে: {choices}")
UNKNOWN = Text(en="The [lost] settings have unknown key(s) {keys}; use only: {known}.",
               bn="[lost] সেটিংসে অচেনা সেটিং আছে: {keys}; শুধু এগুলো লিখুন: {known}।")
NOT_NUMBER = Text(en="In the [lost] settings, {name} is {value}; write {kind}.",
                  bn="[lost] সেটিংসে {name} হলো {value}; {kind} লিখুন।")
WHOLE = Text(en="a whole number", bn="একটি পূর্ণ সংখ্যা")
NUMBER = Text(en="a number", bn="একটি সংখ্যা")


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
        problems: list = []
        if not 0.0 <= self.lost_below <= self.at_risk_below <= 1.0:
            problems.append(THRESHOLDS)
        if self.min_purchases < 2:
            problems.append(MIN_PURCHASES)
        for name, least in (("horizon_days", 1), ("min_overdue_ratio", 0), ("min_fit_customers", 2)):
            if getattr(self, name) < least:
                problems.append(lambda lang, name=name, least=least: AT_LEAST(lang, name=name, n=least))
        if self.model not in MODEL_CHOICES:
            problems.append(lambda lang: MODEL(lang, choices=", ".join(MODEL_CHOICES)))
        if problems:
            raise ConfigError(WRONG, problems=lambda lang: "; ".join(p(lang) for p in problems))

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> LostSettings:
        """Build from the ``[lost]`` table of the settings file (missing keys: defaults)."""
        section = dict(section or {})
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(section) - set(known))
        if unknown:
            raise ConfigError(UNKNOWN, keys=", ".join(unknown), known=", ".join(known))
        values: dict[str, Any] = {}
        for name, value in section.items():
            if name == "model":
                values[name] = str(value).strip().lower()
                continue
            want_int = name in ("min_purchases", "horizon_days", "min_fit_customers")
            ok = (not isinstance(value, bool) and isinstance(value, (int, float))
                  and (not want_int or float(value).is_integer()))
            if not ok:
                raise ConfigError(NOT_NUMBER, name=name, value=repr(value),
                                  kind=WHOLE if want_int else NUMBER)
            values[name] = int(value) if want_int else float(value)
        return cls(**values)
