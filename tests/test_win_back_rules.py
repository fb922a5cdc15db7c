"""When no win-back goes out: the pure rule, case by case."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from khatir.config import build_settings
from khatir.errors import ConfigError
from khatir.sheet.records import CallNote, Meetup, Message
from khatir.rules.win_back import (MESSAGED, OPEN_FOLLOW_UP, REPLIED, SAID_YES, SPOKE, Quiet, no_win_back,
                                   quiet_days_from, recent_win_backs)

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
    assert quiet(notes=notes) == {"C-1": Quiet(OPEN_FOLLOW_UP, TODAY + timedelta(days=1)),
                                  "C-2": Quiet(SPOKE, ago(5))}  # a done note: they were spoken to


@pytest.mark.parametrize("notes, days, expected", [
    # "said they'll come again before Eid, no need now": the latest call is the date
    ([CallNote(2, ago(2), "C-1", "ঈদের আগে আবার আসবেন বলেছেন, এখন দরকার নেই", done=True),
      CallNote(3, ago(20), "C-1", "দাম জানতে চেয়েছেন", done=True)], 30, {"C-1": Quiet(SPOKE, ago(2))}),
    ([CallNote(2, ago(30), "C-1", "no need now", done=True)], 30, {"C-1": Quiet(SPOKE, ago(30))}),
    ([CallNote(2, ago(31), "C-1", "no need now", done=True)], 30, {}),  # long enough ago
    ([CallNote(2, ago(10), "C-1", "no need now", done=True)], 7, {}),  # the setting is the window
    ([CallNote(2, ago(1), "C-1", "no need now", done=True)], 0, {}),  # 0: only the one-a-day rule
])
def test_a_recent_call_means_no_win_back(notes, days, expected):
    assert quiet(notes=notes, days=days) == expected


def test_a_message_found_first_is_the_reason_given():
    message = Message(2, "check_in:C-1:x", "C-1", "check_in", "sent", "", ago(3), ago(3))
    note = CallNote(2, ago(1), "C-1", "no need now", done=True)
    assert quiet([message], notes=[note]) == {"C-1": Quiet(MESSAGED, ago(3))}


@pytest.mark.parametrize("section, error", [
    ({"quiet_days": -1}, "In the [win_back] settings, quiet_days is -1; write a whole number of days"),
    ({"quiet": 3}, "The [win_back] settings have unknown key(s) quiet; use only: quiet_days."),
])
def test_bad_settings_are_one_sentence(section, error):
    with pytest.raises(ConfigError, match=error.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(").replace(")", r"\)")):
        quiet_days_from(section)


@pytest.mark.parametrize("message, days, expected", [
    (Message(2, "win_back:C-1:x", "C-1", "win_back", "pending", "", TODAY), 30, {"C-1"}),  # today's
    (Message(2, "win_back:C-1:x", "C-1", "win_back", "sent", "", ago(30), ago(30)), 30, {"C-1"}),
    (Message(2, "win_back:C-1:x", "C-1", "win_back", "sent", "", ago(40), ago(3)), 30, {"C-1"}),  # sent late
    (Message(2, "win_back:C-1:x", "C-1", "win_back", "sent", "", ago(31), ago(31)), 30, set()),
    (Message(2, "win_back:C-1:x", "C-1", "win_back", "skipped", "", ago(3)), 30, set()),  # never sent
    (Message(2, "check_in:C-1:x", "C-1", "check_in", "sent", "", ago(3), ago(3)), 30, set()),
    (Message(2, "win_back:C-1:x", "C-1", "win_back", "sent", "", ago(3), ago(3)), 0, set()),  # 0: off
])
def test_recent_win_backs_keep_a_lost_customer_from_a_lost_invitation(message, days, expected):
    assert recent_win_backs([message], TODAY, days) == expected
