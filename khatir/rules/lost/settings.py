"""The ``[lost]`` settings: thresholds and knobs of the lost-customer detection."""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from datetime import date
from typing import Any, Mapping

from ...errors import ConfigError, refuse_unknown_keys
from ...i18n import Text
from .seasonal import Festival, genitive, listed, month_day_in

MODEL_CHOICES = ("auto", "bgnbd")

WRONG = Text(en="In the [lost] settings, {problems}.", bn="[lost] সেটিংসে: {problems}।")
THRESHOLDS = Text(en="lost_below and at_risk_below must be numbers between 0 and 1, with lost_below "
                     "not above at_risk_below",
                  bn="lost_below আর at_risk_below ০ থেকে ১-এর মধ্যে সংখ্যা হতে হবে, আর lost_below "
                     "at_risk_below-এর চেয়ে বেশি হতে পারবে না")
SHARES = Text(en="lost_share and at_risk_share must be numbers between 0 and 1, with lost_share "
                 "not above at_risk_share",
              bn="lost_share আর at_risk_share ০ থেকে ১-এর মধ্যে সংখ্যা হতে হবে, আর lost_share "
                 "at_risk_share-এর চেয়ে বেশি হতে পারবে না")
MIN_PURCHASES = Text(en="min_purchases must be 2 or more (one-time buyers are never lost)",
                     bn="min_purchases ২ বা তার বেশি হতে হবে (একবার কেনা ক্রেতা কখনো হারানো নয়)")
AT_LEAST = Text(en="{name} must be {n} or more", bn="{name} {n} বা তার বেশি হতে হবে")
MODEL = Text(en="model must be one of: {choices}", bn="model এগুলোর একটি হতে হবে: {choices}")
NOT_NUMBER = Text(en="In the [lost] settings, {name} is {value}; write {kind}.",
                  bn="[lost] সেটিংসে {name} হলো {value}; {kind} লিখুন।")
FESTIVALS = Text(en='In the [lost] settings, festivals must be a table, for example [lost.festivals] '
                    'then Eid = ["2025-03-31", "2026-03-20"].',
                 bn='[lost] সেটিংসে festivals একটি টেবিল হতে হবে, যেমন [lost.festivals] তারপর '
                    'Eid = ["2025-03-31", "2026-03-20"]।')
FESTIVAL_DATE = Text(en="In the [lost.festivals] settings, {name} has {value}; write dates as YYYY-MM-DD.",
                     bn="[lost.festivals] সেটিংসে {name_of} তারিখ {value}; তারিখ YYYY-MM-DD আকারে লিখুন।")
SEASONS = Text(en='In the [lost] settings, seasons must be a table, for example [lost.seasons] '
                  'then Wedding = ["11-15", "02-15"] (its first and last day, month-day).',
               bn='[lost] সেটিংসে seasons একটি টেবিল হতে হবে, যেমন [lost.seasons] তারপর '
                  'Wedding = ["11-15", "02-15"] (প্রথম আর শেষ দিন, মাস-দিন)।')
SEASON_DAYS = Text(en="In the [lost.seasons] settings, {name} has {value}; write its first and last "
                      'day as two month-days, for example ["11-15", "02-15"].',
                   bn="[lost.seasons] সেটিংসে {name_of} মান {value}; প্রথম আর শেষ দিন দুটি মাস-দিন "
                      'হিসেবে লিখুন, যেমন ["11-15", "02-15"]।')
SEASON_LONG = Text(en="In the [lost.seasons] settings, {name} = {value} runs {days} days, more than half the "
                      "year: write its first day first (for that season the other way round: {back}).",
                   bn="[lost.seasons] সেটিংসে {name} = {value} চলে {days} দিন, বছরের অর্ধেকের বেশি: প্রথম দিনটি "
                      "আগে লিখুন (উল্টো দিকের মৌসুমের জন্য: {back})।")
WHOLE = Text(en="a whole number", bn="একটি পূর্ণ সংখ্যা")
NUMBER = Text(en="a number", bn="একটি সংখ্যা")


@dataclass(frozen=True)
class LostSettings:
    """Thresholds and knobs; the TOML keys under ``[lost]`` have the same names.

    The lists adapt to the shop: repeat buyers who are overdue by their own
    rhythm are ranked by the model's score (blended with plain recency), most
    likely lost first, and the top
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
    #: Never ``lost`` (nor a "we miss you") within this many days of a purchase: at risk at most.
    min_lost_days: int = 30
    festivals: tuple[tuple[str, tuple[date, ...]], ...] = ()  # (name, dates) from [lost.festivals]
    #: (name, first (month, day), last (month, day)) from [lost.seasons]: a season of several
    #: weeks every year, such as the winter weddings
    seasons: tuple[tuple[str, tuple[int, int], tuple[int, int]], ...] = ()

    @cached_property
    def every_festival(self) -> tuple[Festival, ...]:
        """The listed festivals and seasons, as the season rules follow them."""
        # seasons first: a wedding family's February purchase is in the season, though it is
        # also in the weeks before an early Eid-ul-Fitr (stop 30's second re-trial)
        return tuple(Festival.of_season(name, first, last) for name, first, last in self.seasons
                     ) + listed(self.festivals, self.season_window_days)

    def __post_init__(self) -> None:
        problems: list = []
        if not 0.0 <= self.lost_below <= self.at_risk_below <= 1.0:
            problems.append(THRESHOLDS)
        if not 0.0 <= self.lost_share <= self.at_risk_share <= 1.0:
            problems.append(SHARES)
        if self.min_purchases < 2:
            problems.append(MIN_PURCHASES)
        for name, least in (("horizon_days", 1), ("min_overdue_ratio", 0), ("min_fit_customers", 2),
                            ("season_window_days", 1), ("min_lost_days", 0)):
            if getattr(self, name) < least:
                problems.append(lambda lang, name=name, least=least: AT_LEAST(lang, name=name, n=least))
        if self.model not in MODEL_CHOICES:
            problems.append(lambda lang: MODEL(lang, choices=", ".join(MODEL_CHOICES)))
        if problems:
            raise ConfigError(WRONG, problems=lambda lang: "; ".join(p(lang) for p in problems))

    @property
    def adaptive(self) -> bool:
        """True when the lists adapt to the shop (``lost_share`` above 0)."""
        return self.lost_share > 0

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> LostSettings:
        """Build from the ``[lost]`` table of the settings file (missing keys: defaults)."""
        section = dict(section or {})
        known = [f.name for f in fields(cls)]
        refuse_unknown_keys("lost", section, known)
        values: dict[str, Any] = {}
        for name, value in section.items():
            if name == "model":
                values[name] = str(value).strip().lower()
                continue
            if name == "festivals":
                values[name] = _festivals(value)
                continue
            if name == "seasons":
                values[name] = _seasons(value)
                continue
            want_int = name in ("min_purchases", "horizon_days", "min_fit_customers",
                                "season_window_days", "min_lost_days")
            ok = (not isinstance(value, bool) and isinstance(value, (int, float))
                  and (not want_int or float(value).is_integer()))
            if not ok:
                raise ConfigError(NOT_NUMBER, name=name, value=repr(value),
                                  kind=WHOLE if want_int else NUMBER)
            values[name] = int(value) if want_int else float(value)
        return cls(**values)


def _festivals(value: Any) -> tuple[tuple[str, tuple[date, ...]], ...]:
    """``[lost.festivals]``: ``Eid = [2025-03-31, 2026-03-20]`` (TOML dates or "YYYY-MM-DD")."""
    if not isinstance(value, Mapping):
        raise ConfigError(FESTIVALS)
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
                raise ConfigError(FESTIVAL_DATE, name=name, name_of=genitive(str(name)),
                                  value=repr(d)) from None
        out.append((str(name), tuple(sorted(set(parsed)))))
    return tuple(out)


def _seasons(value: Any) -> tuple[tuple[str, tuple[int, int], tuple[int, int]], ...]:
    """``[lost.seasons]``: ``Wedding = ["11-15", "02-15"]`` (first and last day; may cross the year)."""
    if not isinstance(value, Mapping):
        raise ConfigError(SEASONS)
    out = []
    for name in sorted(value):
        days = value[name]
        try:
            if not isinstance(days, (list, tuple)) or len(days) != 2:
                raise ValueError
            first, last = (_month_day(d) for d in days)
        except ValueError:
            raise ConfigError(SEASON_DAYS, name=name, name_of=genitive(str(name)),
                              value=repr(days)) from None
        length = (month_day_in(2001 + (last < first), last) - month_day_in(2001, first)).days
        if length > HALF_YEAR_DAYS:  # typed the wrong way round, most likely
            raise ConfigError(SEASON_LONG, name=name, value=repr(days), days=length,
                              back=repr([days[1], days[0]]))
        out.append((str(name), first, last))
    return tuple(out)


#: A season longer than this is taken for one typed the wrong way round.
HALF_YEAR_DAYS = 183


def _month_day(value: Any) -> tuple[int, int]:
    """"11-15" (or a TOML date, whose year is ignored) as (11, 15)."""
    if isinstance(value, date):
        return value.month, value.day
    month, day = (int(part) for part in str(value).strip().split("-"))
    date(2000, month, day)  # a real day of a (leap) year, or ValueError
    return month, day


def at_risk_share_for(lost_share: float, at_risk_share: float) -> float:
    """The ``at_risk_share`` to go with a ``lost_share`` (which may not be above it): kept when it
    is high enough, else a quarter more than the lost share, as the defaults are (0.45, 0.7)."""
    if lost_share <= at_risk_share:
        return at_risk_share
    return max(lost_share, min(0.95, round(lost_share + 0.25, 2)))
