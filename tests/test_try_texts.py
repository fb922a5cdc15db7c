"""One "we tried to reach you" text at a time: an unanswered try within 14 days of the last such
text is listed in Follow-ups (call again) but gets no message (the eighth blind story trial, F3:
a mother whose child was in the ICU was texted it after every unanswered try, three times in 14
days). A call-back the customer asked for ("call me Thursday") is always answered.
Each test runs the real daily job on a workbook and reads what staff see."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import customers_tab, notes_tab, script_rows, staff_appends, staff_marks_sent
from khatir.sheet.schema import FOLLOW_UPS, MESSAGES

START = date(2026, 11, 2)


def day(n: int) -> date:
    return START + timedelta(days=n)


def row(n: int, words: str) -> list:
    return [day(n), "C-1", "Rina", words, "", "", ""]


@pytest.fixture
def shop(make_workbook):
    return make_workbook({"Customers": customers_tab(["C-1", "Karim Uddin", "01819-876543", "en"]),
                          "Call Notes": notes_tab({"date": day(0), "customer_id": "C-1", "agent": "Rina",
                                                   "note": "phone dhoreni, 2 bar try korlam"})})


@pytest.mark.slow
def test_a_second_unanswered_try_within_14_days_gets_a_row_but_no_text(shop, run_job):
    run_job(shop, day(1))
    [first] = script_rows(shop, MESSAGES)
    assert first["message"].splitlines()[1] == (
        "We tried to reach you on 2 November, but we could not talk then. When would be a good time "
        "to talk? Just reply with a day and time that suits you.")
    staff_marks_sent(shop, {first["key"]: day(1)})
    staff_appends(shop, "Call Notes", [row(8, "abar try korlam, phone off")])
    run_job(shop, day(9))
    assert len(script_rows(shop, MESSAGES)) == 1
    [due] = [r for r in script_rows(shop, FOLLOW_UPS) if r["customer_id"] == "C-1"]
    assert due["message_key"] is None
    assert due["why"] == (
        "call later (found in the note), 10 November: \u201cabar try korlam, phone off\u201d; a \u201cwe "
        "could not reach you\u201d message was prepared on 3 November: call again, no second message "
        "within 14 days")
    run_job(shop, day(9))  # a second run of the day lists it alike
    assert len(script_rows(shop, MESSAGES)) == 1
    staff_appends(shop, "Call Notes", [row(16, "no answer again")])
    run_job(shop, day(17))  # 14 days after the first text: one more
    assert [(m["created"], m["message"].splitlines()[1]) for m in script_rows(shop, MESSAGES)][1] == (
        day(17).isoformat(), "We tried to reach you on 18 November, but we could not talk then. When would "
        "be a good time to talk? Just reply with a day and time that suits you.")


@pytest.mark.slow
def test_a_call_back_the_customer_asked_for_is_answered_however_recent_the_last_text(shop, run_job):
    run_job(shop, day(1))
    [first] = script_rows(shop, MESSAGES)
    staff_marks_sent(shop, {first["key"]: day(1)})
    staff_appends(shop, "Call Notes", [row(3, "busy, meeting e. Friday call dite bollo")])
    run_job(shop, day(4))  # Friday 6 November
    [_, asked] = script_rows(shop, MESSAGES)
    assert asked["message"].splitlines()[1] == (
        "You asked us to call you today. Is this a good time to talk? Just reply and we will call you.")


@pytest.mark.slow
def test_an_unanswered_try_never_pulls_a_follow_up_before_the_day_asked_for(make_workbook, run_job):
    # the fourteenth blind trial: "Son is down with dengue, call him next week", then "phone dhorlo
    # na" the next day, had the get-well prepared the day after, a week early
    path = make_workbook({"Customers": customers_tab(["C-1", "Karim Uddin", "01819-876543", "en"]),
                          "Call Notes": notes_tab(
                              {"date": day(0), "customer_id": "C-1", "agent": "Rina",
                               "note": "Son is down with dengue, call him next week"},
                              {"date": day(1), "customer_id": "C-1", "agent": "Rina", "note": "phone dhorlo na"})})
    run_job(path, day(2))
    assert script_rows(path, MESSAGES) == []
    assert [r for r in script_rows(path, FOLLOW_UPS) if r["customer_id"] == "C-1"] == []
    run_job(path, day(7))  # Monday of next week, the day asked for
    [get_well] = script_rows(path, MESSAGES)
    assert get_well["message"].splitlines()[1].startswith("When we spoke on 2 November, we heard your son was unwell.")
