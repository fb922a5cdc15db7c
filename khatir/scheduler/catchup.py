"""What a run that comes late says about the runs before it, for the Run Log and the summary.

The owner rarely opens the log file; the sheet is where they look. So when the
daily run finally goes through after failing (the workbook was open in Excel at
09:00, the internet was down) or after days the computer was off, its Run Log
row and its summary say which day, why, and that this run caught it up.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Callable

from ..i18n import Text, localise_digits
from .clock import covered
from .messages import TIMES
from .state import JobState

FAILED_EARLIER_TODAY = Text(
    en="The run due at {when} failed {times} ({error}); it was caught up by this run.",
    bn="{when}-এর রান {times} ব্যর্থ হয়েছিল ({error}); এই রানে তা পূরণ হলো।")
FAILED_DAY = Text(
    en="The run for {day} could not be done ({error}); this run caught it up.",
    bn="{day} তারিখের রান করা যায়নি ({error}); এই রানে তা পূরণ হলো।")
MISSED_DAYS = Text(
    en="No run was made on {days} (the computer was off or asleep); this run caught up.",
    bn="{days} তারিখে কোনো রান হয়নি (কম্পিউটার বন্ধ বা ঘুমন্ত ছিল); এই রানে তা পূরণ হলো।")
DAY_RANGE = Text(en="{first} to {last}", bn="{first} থেকে {last}")

Phrase = Callable[[str], str]


def catch_up_phrase(state: JobState, slot: datetime, tz: tzinfo) -> Phrase | None:
    """A sentence (in the language asked for) about the failed or missed runs before this
    one, for the run that is about to start for ``slot``; None when nothing was missed."""
    if state.failures and state.slot is not None and not covered(state.slot, state.last_success, tz):
        failed = state.slot.astimezone(tz)
        english = state.last_outcome[len("failed: "):] if state.last_outcome.startswith("failed") else ""
        errors = {"en": english.rstrip("."), "bn": (state.error_bn or english).rstrip("।.")}
        if failed.date() == slot.astimezone(tz).date():
            return lambda lang: FAILED_EARLIER_TODAY(
                lang, when=localise_digits(failed.strftime("%Y-%m-%d %H:%M"), lang),
                times=TIMES(lang, state.failures), error=errors[lang])
        return lambda lang: FAILED_DAY(lang, day=localise_digits(failed.date().isoformat(), lang),
                                       error=errors[lang])
    if state.last_success is None:
        return None
    first = state.last_success.astimezone(tz).date() + timedelta(days=1)
    last = slot.astimezone(tz).date() - timedelta(days=1)
    if first > last:
        return None
    return lambda lang: MISSED_DAYS(lang, days=_days(first, last, lang))


def _days(first: date, last: date, lang: str) -> str:
    if first == last:
        return localise_digits(first.isoformat(), lang)
    return DAY_RANGE(lang, first=localise_digits(first.isoformat(), lang),
                     last=localise_digits(last.isoformat(), lang))
