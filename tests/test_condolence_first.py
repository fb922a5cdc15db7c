"""A loss and another event noted for one customer: the condolence goes before any other message.
An electronics chain's blind trial (trial 14) had "উনার মা গত রাতে মারা গেছেন" and "মেয়ের জ্বর, ২ দিন
পর ফোন দিতে বলছে" noted the same day: a cheerful "how is your daughter?" went on the 19th and the
condolence on the 24th. The other follow-up stays in Follow-ups (the agent can call), without a
message until the condolence has been made. The real daily job on a workbook, day by day."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import customers_tab, notes_tab, script_rows, staff_marks_sent
from khatir.sheet.schema import FOLLOW_UPS, MESSAGES

NOTED = date(2026, 11, 17)


@pytest.fixture
def shop(make_workbook):
    note = lambda words: {"date": NOTED, "customer_id": "C-1", "agent": "Rina", "note": words}  # noqa: E731
    return make_workbook({
        "Customers": customers_tab(["C-1", "Karim Uddin", "01819-876543", "en"]),
        "Call Notes": notes_tab(note("His mother passed away last night"),
                                note("Daughter has fever, asked us to call in 2 days"))})


def _made(path, day: date) -> list[str]:
    return [m["message"].splitlines()[1] for m in script_rows(path, MESSAGES) if m["created"] == day.isoformat()]


@pytest.mark.slow
def test_the_condolence_goes_first_and_the_get_well_the_day_after(shop, run_job):
    run_job(shop, date(2026, 11, 19))
    assert _made(shop, date(2026, 11, 19)) == []
    [row] = [r for r in script_rows(shop, FOLLOW_UPS) if r["customer_id"] == "C-1"]
    assert (row["message_key"], row["why"]) == (None, (
        "daughter's illness (found in the note), 17 November: \u201cDaughter has fever, asked us to call in "
        "2 days\u201d; no message before the condolence due on 24 November: call if they asked for a call"))
    run_job(shop, date(2026, 11, 24))
    assert _made(shop, date(2026, 11, 24)) == [
        "We were deeply sorry to hear of the loss of your mother. Our heartfelt condolences to you and "
        "your family at this difficult time. We are thinking of you."]
    staff_marks_sent(shop, {m["key"]: date(2026, 11, 24) for m in script_rows(shop, MESSAGES)})
    run_job(shop, date(2026, 11, 25))
    assert _made(shop, date(2026, 11, 25)) == [
        "When we spoke on 17 November, we heard your daughter was unwell. How is your daughter feeling "
        "now? We hope things are much better. If there is anything we can do, just let us know."]


@pytest.mark.slow
def test_a_condolence_already_prepared_holds_nothing(shop, run_job):
    run_job(shop, date(2026, 11, 24))  # the condolence is made (still to send)
    run_job(shop, date(2026, 11, 25))  # the get-well follows, though the condolence is not sent yet
    assert len(_made(shop, date(2026, 11, 25))) == 1
    assert _made(shop, date(2026, 11, 25))[0].startswith("When we spoke on 17 November, we heard your daughter")
