"""Each ``[section]`` of the settings file that one part of Khatir owns, parsed once.

``config.build_settings`` checks every key (``settings_check``), then parses these
sections here into the typed objects their owners read (``settings.parsed.lost``,
``settings.parsed.meetups``, ...), so a wrong value stops the run at the start, not
halfway through, and no module parses a raw table again. The sentences such a
mistake is told with are in ``settings_texts`` (both languages, one place).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import ConfigError
from .settings_texts import STAY_IN_TOUCH_NOT_YES_NO

if TYPE_CHECKING:
    from .backends.google import RetryPolicy
    from .config import Settings
    from .rules.feedback import FeedbackSettings
    from .rules.first_order import FirstOrderSettings
    from .rules.lost.settings import LostSettings
    from .rules.meetups import MeetupSettings
    from .scheduler.config import ScheduleConfig


@dataclass(frozen=True)
class StayInTouchSettings:
    """``[stay_in_touch]``: whether check-in messages are prepared, and the days per segment."""

    messages: bool
    limits: dict[str, int]


@dataclass(frozen=True)
class SectionSettings:
    """Every owned ``[section]``, parsed (missing keys: the defaults)."""

    lost: LostSettings
    first_order: FirstOrderSettings
    stay_in_touch: StayInTouchSettings
    win_back_quiet_days: int  # [win_back] quiet_days
    meetups: MeetupSettings
    feedback: FeedbackSettings
    schedule: ScheduleConfig
    google_retries: RetryPolicy  # [google] retries and timeouts


def parse_sections(settings: Settings) -> SectionSettings:
    """Parse each owned section of ``settings`` with its owner's parser (a mistake: ConfigError)."""
    from .backends.google import RetryPolicy
    from .rules.feedback import FeedbackSettings
    from .rules.first_order import FirstOrderSettings
    from .rules.lost.settings import LostSettings
    from .rules.meetups import MeetupSettings
    from .rules.win_back import quiet_days_from
    from .scheduler.config import schedule_config

    return SectionSettings(
        lost=LostSettings.from_section(settings.section("lost")),
        meetups=MeetupSettings.from_section(settings.section("meetups")),
        feedback=FeedbackSettings.from_section(settings.section("feedback")),
        stay_in_touch=stay_in_touch_settings(settings.section("stay_in_touch")),
        win_back_quiet_days=quiet_days_from(settings.section("win_back")),
        first_order=FirstOrderSettings.from_section(settings.section("first_order")),
        schedule=schedule_config(settings),
        google_retries=RetryPolicy.from_settings(settings),
    )


def stay_in_touch_settings(section: dict) -> StayInTouchSettings:
    """The ``[stay_in_touch]`` table: whether to prepare check-in messages, and the limits."""
    from .rules.stay_in_touch import limits_from_section

    section = dict(section)
    messages = section.pop("messages", False)
    if not isinstance(messages, bool):
        raise ConfigError(STAY_IN_TOUCH_NOT_YES_NO, value=repr(messages))
    return StayInTouchSettings(messages, limits_from_section(section))
