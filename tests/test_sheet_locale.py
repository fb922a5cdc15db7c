"""A Google Sheet in a US locale turns a Dhaka shop's day-first typed dates round.

Google turns what staff type into dates by the sheet's locale: in en_US, "10/11/2026"
typed for 10 November becomes the date 11 October, while "13/11/2026" (no US date) stays
text. An owner's blind trial on a Google Sheet (stop 39): the first day's notes became a
month old and their messages said "On 11 October we heard ...". Khatir cannot see what was
typed, so Problems names the turned column and the locale to change.
"""
from __future__ import annotations

from datetime import date

import pytest

from conftest import customers_tab, fixed_clock, notes_tab
from khatir.jobs.daily import run_daily
from khatir.sheet.schema import MESSAGES
from khatir.sheet.sheet_locale import month_first_locale

DAY = date(2026, 11, 14)


def typed_sheet(sheets_server, google_sheet, dates: list[str]):
    """The shop's sheet with staff's Date cells typed, as the web page takes them."""
    sheet = google_sheet({"Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"],
                                                     ["C-2", "Tanvir", "01819-876543", "en"]),
                          "Call Notes": notes_tab(), "Messages": [MESSAGES.headers()]})
    notes = [[d, cid, "Rina", note] for d, cid, note in
             zip(dates, ["C-1", "C-2"], ["Car broke down on the highway", "Meeting, call later"])]
    from khatir.backends.emulator import emulator_client
    ws = emulator_client(sheets_server.host).open_by_key(sheet.sid).worksheet("Call Notes")
    ws.update(notes, "A2", value_input_option="USER_ENTERED")
    return sheet


@pytest.mark.slow
def test_a_us_locale_turning_typed_dates_is_a_problem_row(sheets_server, google_sheet, settings):
    sheet = typed_sheet(sheets_server, google_sheet, ["10/11/2026", "13/11/2026"])
    run_daily(sheet.backend(settings), settings, DAY, fixed_clock(DAY))
    rows = [r for r in sheet.tab("Problems") if r and r[0] == "Call Notes"]
    assert [[str(c) for c in r[1:4]] for r in rows] == [["2", "Date", "2026-10-11"]]
    assert rows[0][4] == (
        "This Google Sheet's locale (en_US, File › Settings › Locale) reads a typed date month "
        "first: 10/11/2026 typed for 10 November becomes 11 October. Other dates in this tab are "
        "typed day first (13/11/2026), so this date cell may be turned round: Khatir reads it as "
        "11 October 2026.")
    assert rows[0][5].startswith("In the sheet, File › Settings › Locale: choose Bangladesh")


@pytest.mark.slow
def test_a_day_equal_to_its_month_reads_the_same_either_way(sheets_server, google_sheet, settings):
    sheet = typed_sheet(sheets_server, google_sheet, ["11/11/2026", "13/11/2026"])
    run_daily(sheet.backend(settings), settings, DAY, fixed_clock(DAY))
    assert [r for r in sheet.tab("Problems") if r and r[0] == "Call Notes"] == []


@pytest.mark.slow
def test_no_row_when_every_date_is_unambiguous(sheets_server, google_sheet, settings):
    sheet = typed_sheet(sheets_server, google_sheet, ["2026-11-13", "13/11/2026"])
    run_daily(sheet.backend(settings), settings, DAY, fixed_clock(DAY))
    assert [r for r in sheet.tab("Problems") if r and r[0] == "Call Notes"] == []


def test_month_first_locales():
    assert month_first_locale("en_US") and month_first_locale("es_US") and month_first_locale("en_PH")
    assert not month_first_locale("en_GB") and not month_first_locale("bn_BD")
    assert not month_first_locale("en") and not month_first_locale("")
