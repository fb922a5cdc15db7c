"""A shop that writes its own words in a column (Segment "retail" on every customer) gets one
Problems row for them, naming the rows, not one row per customer: an electronics chain's
blind trial (trial 14) had 3,000 identical Problems rows burying the few real ones. Real
.xlsx files, the whole daily job."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import TODAY, customers_tab, fixed_clock, records
from khatir.backends.workbook import WorkbookBackend
from khatir.config import build_settings
from khatir.jobs.daily import run_daily
from khatir.sheet.schema import MESSAGES

pytestmark = pytest.mark.slow


def _shop(retail: int) -> dict[str, list[list]]:
    rows = [[f"C-{i}", f"Customer {i}", f"01711-{i:06d}", "en", {"segment": "retail"}]
            for i in range(1, retail + 1)]
    rows[3][4] = {"segment": "corporate"}
    rows[7][4] = {"segment": "corporate"}
    rows[9][4] = {"segment": "losttt"}
    return {"Customers": customers_tab(*rows), "Messages": [MESSAGES.headers()]}


def _run(path: Path, lang: str = "en") -> None:
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}})
    run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock(TODAY))


def _segment_rows(path: Path, title: str = "Problems") -> list[tuple]:
    return [(p["Row"], p["Value"]) for p in records(path, title) if p["Column"] == "E"]


def test_one_row_names_every_customer_with_the_same_word(make_workbook):
    path = make_workbook(_shop(40))
    _run(path)
    assert _segment_rows(path) == [
        ("2, 3, 4, 6, 7 and 32 more", "retail"),  # 37 customers: rows 2-41 less 5, 9 and 11
        (5, "corporate"), (9, "corporate"),  # two are shown as two
        (11, "losttt")]
    [retail] = [p for p in records(path, "Problems") if p["Value"] == "retail"]
    assert retail["Problem"].startswith("“retail” is not one of the words this column accepts.")


def test_in_bengali_the_count_is_in_bengali_digits(make_workbook):
    path = make_workbook(_shop(40))
    _run(path, "bn")
    book = load_workbook(path)
    [problems] = [ws for ws in book if ws.title != "Customers" and any(c.value == "losttt" for row in ws.iter_rows() for c in row)]
    assert [row[1].value for row in problems.iter_rows(min_row=2) if row[3].value == "retail"] == [
        "2, 3, 4, 6, 7 ও আরও ৩২টি"]


def test_a_note_beside_the_row_stays_when_more_customers_share_the_word(make_workbook):
    path = make_workbook(_shop(40))
    _run(path)
    book = load_workbook(path)
    ws = book["Problems"]
    header = [c.value for c in ws[1]]
    [row] = [r for r in ws.iter_rows(min_row=2) if r[header.index("Value")].value == "retail"]
    row[header.index("Notes")].value = "retail is our word for walk-in buyers; Ayesha knows"
    customers = book["Customers"]
    customers.append(["C-41", "Customer 41", "01711-000041", "", "retail"])
    book.save(path)
    _run(path)
    [retail] = [p for p in records(path, "Problems") if p["Value"] == "retail"]
    assert retail["Row"] == "2, 3, 4, 6, 7 and 33 more"
    assert retail["Notes"] == "retail is our word for walk-in buyers; Ayesha knows"
