"""When no win-back goes out: the pure rule, case by case."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from khatir.config import build_settings
from khatir.errors import ConfigError
from khatir.sheet.records import CallNote, Meetup, Message
from khatir.rules.win_back import (MESSAGED, OPEN_FOLLOW_UP, REPLIED, SAID_YES, Quiet, no_win_back,
                                   quiet_days_from)

TODAY = date(2026, 11, 24)
EVENTS = build_settings({}).events


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def quiet(messages=(), notes=(), meetups=(), days=30):
    return no_win_back(messages, notes, meetups, EVENTS, TODAY, days, 60)


@pytest.mark.parametrize("message, expected", [
    (Message(2, "follow_up:C-1:x", "C-1", "follow_up", "sent", "", ago(3), ago(2)), Quiet(MESSAGED, ago(2))),
    (Message(2, "check_in:C-1:x", "C-1", "check_in", "pending", "", ago(29)), Quiet(MESSAGED, ago(29))),
    (Message(2, "check_in:C-1:x", "C-1", "check_in", "sent", "ok thanks", ago(10), ago(9)), Quiet(REPLIED, ago(9))),
    (Message(2, "meetup_invite:M-1:C-1", "C-1", "meetup_invite", "sent", "আসব", ago(40), ago(40)),
     Quiet(SAID_YES, TODAY + timedelta(days=3), "M-1")),
])
def test_reasons_for_no_win_back(message, expected):
    assert quiet([message], meetups=[Meetup(2, "M-1", "Tea", TODAY + timedelta(days=3))]) == {"C-1": expected}


@pytest.mark.parametrize("message", [
    Message(2, "check_in:C-1:x", "C-1", "check_in", "sent", "", ago(31), ago(31)),  # long enough ago
    Message(2, "check_in:C-1:x", "C-1", "check_in", "skipped", "", ago(3)),  # never sent
    Message(2, "check_in:C-1:x", "C-1", "check_in", "pending", "", TODAY),  # today's: the one-a-day rule
    Message(2, "meetup_invite:M-1:C-1", "C-1", "meetup_invite", "sent", "no", ago(40), ago(40)),
])
def test_no_reason(message):
    assert quiet([message], meetups=[Meetup(2, "M-1", "Tea", TODAY + timedelta(days=3))]) == {}


def test_an_open_follow_up_comes_first_even_before_it_is_due():
    notes = [CallNote(2, ago(1), "C-1", "daughter has a fever"),  # due tomorrow
             CallNote(3, ago(5), "C-2", "fever", done=True),
             CallNote(4, ago(100), "C-3", "fever")]  # stale
    assert quiet(notes=notes) == {"C-1": Quiet(OPEN_FOLLOW_UP, TODAY + timedelta(days=1))}


@pytest.mark.parametrize("section, error", [
    ({"quiet_days": -1}, "In the [win_back] settings, quiet_days is -1; write a whole number of days"),
    ({"quiet": 3}, "The [win_back] settings have unknown key(s) quiet; use only: quiet_days."),
])
def test_bad_settings_are_one_sentence(section, error):
    with pytest.raises(ConfigError, match=error.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(").replace(")", r"\)")):
        quiet_days_from(section)
