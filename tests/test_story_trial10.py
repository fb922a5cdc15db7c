"""The tenth blind trial (a Rajshahi mango, dates and winter-pitha shop, its resellers and corporate
gift buyers): what an agent would have sent wrong. Each runs the real daily job on a workbook."""
from __future__ import annotations

import pytest

from conftest import ago, customers_tab, notes_tab
from khatir.sheet.schema import MESSAGES
from test_story_trial import messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook


def test_a_reseller_or_a_firm_named_by_its_trade_is_greeted_by_its_whole_name(make_workbook, run_job):
    # trial 10: "Bhai Bhai Fruits" got "প্রিয় Bhai," ("Dear Brother"), "Delta Builders" "Hello Delta,"
    path = make_workbook({
        "Customers": customers_tab(["R-1", "Bhai Bhai Fruits", "01711-200001", "bn"],
                                   ["G-3", "Delta Builders", "01711-200003", "en"],
                                   ["R-5", "আল-আমিন ফ্রুটস", "01711-200005", "bn"],
                                   ["R-6", "Karim Foods (Md. Karim)", "01711-200006", "en"]),
        "Call Notes": notes_tab(*({"date": ago(1), "customer_id": c, "agent": "Tuhin", "note": "nai dhore nai"}
                                  for c in ("R-1", "G-3", "R-5", "R-6"))),
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    assert sorted((cid, text.splitlines()[0]) for cid, _, text in messages(path)) == [
        ("G-3", "Hello Delta Builders,"), ("R-1", "প্রিয় Bhai Bhai Fruits,"),
        ("R-5", "প্রিয় আল-আমিন ফ্রুটস,"), ("R-6", "Hello Karim,")]
