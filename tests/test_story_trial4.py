"""The story across calls as the fourth blind story trial wrote it: a weekday with a clock time
is that weekday; a mourning rite finished is no second death; "bhabi" after the wife was named is
the wife, and alone never "your sister-in-law"; a baby on the way is not a "new baby". Each runs
the real daily job on a workbook and checks what staff read and what is sent."""
from __future__ import annotations

import pytest

from conftest import ago, script_rows, staff_marks_sent
from khatir.config import build_settings
from khatir.sheet.schema import FOLLOW_UPS
from test_story_trial import follow_ups, grids, messages
from test_story_trial3 import append

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})


def due_rows(path) -> list[tuple[str, str, str, str]]:
    """(kind, customer, Due, the Why up to the quoted note)."""
    return [(r["kind"], r["customer_id"], str(r["due"])[:10], r["why"].split(": \u201c")[0])
            for r in script_rows(path, FOLLOW_UPS)]


@pytest.mark.parametrize("note", ["Interested in winter jackets, asked to call on Monday after 5pm",
                                  "asked to call Monday after 5 pm",
                                  "call Monday after Asr",
                                  "সোমবার বিকাল ৫টার পর কল দিতে বলছে",
                                  "sombar 5 tar por call dite bolse"])
def test_a_weekday_with_a_time_of_day_is_that_weekday(make_workbook, run_job, note):
    # F1: Fri 20 Nov; the customer asked for Monday 23 Nov after 5pm, not the note's own day
    path = make_workbook(grids(("C-1", 4, note)))
    run_job(path, ago(3))  # Saturday: nothing to do yet
    assert follow_ups(path) == [] and messages(path) == []
    run_job(path)  # Tuesday 24 Nov
    [(kind, cid, due, why)] = due_rows(path)
    assert (kind, cid, due) == ("overdue", "C-1", "2026-11-23")
    assert why.endswith("20 November")
