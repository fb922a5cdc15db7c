"""The Bengali summary and Run Log say what they can in Bengali (stop 30's owner trial: "workbook
…" in the Bengali summary's first line, and "ok (test run with --today)" and "today=…" in the
Bengali Run Log). "ok" stays as it is: it is how a later run finds the day's run."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from conftest import TODAY, basic_grids
from khatir.config import build_settings
from khatir.jobs.daily import run_log_row
from khatir.summary import summarise

pytestmark = pytest.mark.slow  # runs the whole job on a real workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})
EN = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"}})


@pytest.mark.parametrize("settings, title, outcome, details", [
    (BN, "খাতির দৈনিক রান, ২০২৬-১১-২৪, ওয়ার্কবুক ", "ok (--today দিয়ে পরীক্ষামূলক রান)", "আজ=2026-11-24"),
    (EN, "Khatir daily run for 2026-11-24 on workbook ", "ok (test run with --today)", "today=2026-11-24"),
])
def test_the_run_speaks_the_owners_language(make_workbook, run_job, settings, title, outcome, details):
    path = make_workbook(basic_grids())
    result = run_job(path, settings_=settings)
    assert summarise(result, settings.language, settings).splitlines()[0] == f"{title}{path}"
    row = run_log_row(replace(result, test=True), datetime(2026, 11, 20, 9), settings)
    assert row["outcome"] == outcome
    assert str(row["details"]).startswith(details)
    assert run_log_row(result, datetime(2026, 11, 20, 9), settings)["outcome"] == "ok"
    if settings.language == "bn":  # the column is "অবস্থা" in a Bengali Messages tab
        assert summarise(result, "bn", settings).splitlines()[-1].endswith(
            "তারপর অবস্থা (Status) কলামে 'sent' লিখুন।")
