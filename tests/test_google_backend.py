"""The Google backend over real HTTP against the local Sheets server: request
budget, retries, lost answers, people editing mid-run, and plain-words errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import basic_grids, fixed_clock, TODAY
from khatir.backends.emulator import emulator_client
from khatir.backends.google import GoogleBackend, RetryPolicy
from khatir.errors import SheetError
from khatir.jobs.daily import run_daily
from khatir.jobs.setup import run_setup
from sheets_server import Fault

from benchmarks.shop_data import shop_grids

ROOT = Path(__file__).resolve().parent.parent


def requests_of_a_run(server, sheet, settings):
    # A generous timeout: on a busy machine a slow answer would be retried, and this
    # test counts the requests a run needs, not the ones a slow machine adds.
    backend = GoogleBackend(emulator_client(server.host, timeout=60), sheet.sid,
                            RetryPolicy(timeout_seconds=60))
    server.reset_requests()
    run_daily(backend, settings, TODAY, fixed_clock())
    return [(r.method, r.path.split("?")[0].rsplit("/", 1)[-1]) for r in server.requests]


@pytest.mark.parametrize("customers", [10, 1000, 10000])
@pytest.mark.slow
def test_a_daily_run_costs_three_requests_at_any_size(sheets_server, google_sheet, settings, customers):
    sheet = google_sheet(shop_grids(customers, notes_per_customer=1, orders_per_customer=0))
    calls = requests_of_a_run(sheets_server, sheet, settings)
    assert len(calls) == 3
    assert [m for m, _ in calls] == ["GET", "GET", "POST"]
    assert calls[1][1].startswith("values:batchGet") and calls[2][1].endswith(":batchUpdate")


@pytest.mark.slow
def test_429_bursts_and_503s_are_retried_without_duplicates(sheets_server, google_sheet, settings):
    sheet = google_sheet(basic_grids())
    sheets_server.inject_faults(Fault(status=429, times=2, match="values:batchGet"),
                                Fault(status=503, times=2, match="batchUpdate"),
                                Fault(status=500, times=1, match="batchUpdate"))
    result = run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    assert len(result.new_messages) == 2
    assert [r[13] for r in sheet.tab("Messages")[1:]] == [m["key"] for m in result.new_messages]
    assert len(sheet.tab("Run Log")) == 2
    assert sheets_server.pending_faults() == []


@pytest.mark.slow
def test_answer_lost_after_the_write_was_applied_is_not_written_twice(sheets_server, google_sheet, settings):
    sheet = google_sheet(basic_grids())
    sheets_server.inject_faults(Fault(drop_after_apply=True, match="batchUpdate"))
    sheets_server.reset_requests()
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    assert len(sheet.tab("Messages")) == 3  # header + 2 messages, once
    assert len(sheet.tab("Run Log")) == 2
    batch_updates = [r for r in sheets_server.requests if r.path.split("?")[0].endswith(":batchUpdate")]
    assert len(batch_updates) == 1


@pytest.mark.slow
def test_answer_lost_before_the_write_was_applied_is_sent_again(sheets_server, google_sheet, settings):
    sheet = google_sheet(basic_grids())
    sheets_server.inject_faults(Fault(drop=True, match="batchUpdate"))
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    assert len(sheet.tab("Messages")) == 3
    assert len(sheet.tab("Run Log")) == 2


@pytest.mark.slow
def test_people_editing_between_read_and_write_keep_their_edits(sheets_server, google_sheet, settings):
    grids = basic_grids()
    grids["Messages"].append(["2026-11-20", "", "Shafiq Ahmed", "", "old message", "", "sent", "", "",
                              "", "follow_up", "", "C-4", "follow_up:old"])
    sheet = google_sheet(grids)

    def person(state):
        state.insert_rows(sheet.sid, "Messages", 3, [["", "", "typed by Tanvir"]])
        state.set_cell(sheet.sid, "Messages", "G2", "skipped")
        state.insert_rows(sheet.sid, "Customers", 2, [["C-9", "New Customer", "01711-000999"]])
        state.sort_rows(sheet.sid, "Customers", 1)
        state.delete_rows(sheet.sid, "Call Notes", 6)

    sheets_server.on_before_write(person)
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    messages = sheet.tab("Messages")
    assert messages[1][13] == "follow_up:old" and messages[1][6] == "skipped"
    assert messages[2] == ["", "", "typed by Tanvir"]
    assert [r[12] for r in messages[3:]] == ["C-1", "C-2"]
    customers = sheet.tab("Customers")
    assert [r[1] for r in customers[1:]] == sorted(r[1] for r in customers[1:])
    assert "New Customer" in [r[1] for r in customers]
    assert len(sheet.tab("Call Notes")) == 5


@pytest.mark.slow
def test_names_are_written_as_raw_text(sheets_server, google_sheet, settings):
    grids = basic_grids()
    grids["Customers"][2][1] = "+8801711 Karim"
    grids["Customers"][4][1] = "@Shafiq"
    sheet = google_sheet(grids)
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    assert [r[2] for r in sheets_server.values(sheet.sid, "Messages")[1:]] == ["রহিমা খাতুন", "+8801711 Karim"]


def test_unknown_sheet_is_one_plain_sentence(sheets_server, settings):
    backend = GoogleBackend(emulator_client(sheets_server.host), "no-such-sheet", RetryPolicy())
    with pytest.raises(SheetError, match=r"^No Google Sheet was found for 'no-such-sheet'; copy the link"):
        backend.read()


def test_sheet_not_shared_names_the_service_account(sheets_server, google_sheet, settings):
    sheet = google_sheet(basic_grids())
    sheets_server.inject_faults(Fault(status=403, match="spreadsheets"))
    backend = GoogleBackend(emulator_client(sheets_server.host), sheet.sid, RetryPolicy(),
                            account="khatir@shop.iam.gserviceaccount.com")
    with pytest.raises(SheetError, match="not shared with the service account khatir@shop.iam"):
        backend.read()


def test_network_down_gives_up_within_the_retry_budget(settings):
    policy = RetryPolicy(attempts=2, base_seconds=0.01, timeout_seconds=1)
    backend = GoogleBackend(emulator_client("127.0.0.1:9", timeout=1), "key", policy)
    with pytest.raises(SheetError, match="Google cannot be reached"):
        backend.read()


@pytest.mark.slow
def test_setup_is_one_batch_request_and_keeps_cells(sheets_server, google_sheet, settings):
    sheet = google_sheet({"Customers": basic_grids()["Customers"], "Call Notes": []})
    before = sheet.tab("Customers")
    sheets_server.reset_requests()
    run_setup(sheet.backend(settings), settings)
    assert [r.method for r in sheets_server.requests] == ["GET", "GET", "POST"]
    assert sheet.tab("Customers") == before
    assert sheet.tab("Call Notes") == [["Date", "Customer ID", "Agent", "Note", "Event", "Follow Up On", "Done"]]
    assert set(sheets_server.tabs(sheet.sid)) >= {"Messages", "Follow-ups", "Problems", "Run Log"}
    tabs = sheets_server.tabs(sheet.sid)
    again = run_setup(sheet.backend(settings), settings)  # a second time: nothing new to add
    assert sheets_server.tabs(sheet.sid) == tabs
    assert sheet.tab("Customers") == before
    assert not any(line.startswith("Created") for line in again.report)


@pytest.mark.slow
def test_scripts_use_the_emulator_host(sheets_server, google_sheet, tmp_path):
    sheet = google_sheet(basic_grids())
    env = {**os.environ, "SHEETS_EMULATOR_HOST": sheets_server.host, "PYTHONIOENCODING": "utf-8",
           "HOME": str(tmp_path), "LOCALAPPDATA": str(tmp_path)}  # its own run lock
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "daily.py"), "--sheet", sheet.sid,
                          "--today", TODAY.isoformat(), "--lang", "en"],
                         capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "Khatir daily run for 2026-11-24 on Google Sheet 'Shop'"
    assert len(sheet.tab("Messages")) == 3


def test_sheets_api_disabled_says_what_to_enable(sheets_server, google_sheet, settings):
    sheet = google_sheet(basic_grids())
    body = {"error": {"code": 403, "status": "PERMISSION_DENIED",
                      "message": "Google Sheets API has not been used in project 123 before or it is disabled."}}
    sheets_server.inject_faults(Fault(status=403, match="spreadsheets", body=body))
    with pytest.raises(SheetError, match="^The Google Sheets API is not enabled for your Google Cloud project"):
        sheet.backend(settings).read()


@pytest.mark.parametrize("content, message", [
    (None, "The service-account key file .* is missing; make one as the README explains"),
    ("not json", "is not a valid service-account key"),
    ('{"type": "authorized_user"}', "is not a valid service-account key"),
])
def test_key_file_problems_are_plain_sentences(tmp_path, monkeypatch, content, message):
    from khatir.backends.google_auth import make_client
    from khatir.config import build_settings
    monkeypatch.delenv("SHEETS_EMULATOR_HOST", raising=False)
    key = tmp_path / "credentials.json"
    if content is not None:
        key.write_text(content, encoding="utf-8")
    settings = build_settings({"google": {"credentials": str(key)}})
    with pytest.raises(SheetError, match=message):
        make_client(settings, timeout=5)


@pytest.mark.parametrize("text, key", [
    ("https://docs.google.com/spreadsheets/d/1AbC_dEf-123/edit#gid=0", "1AbC_dEf-123"),
    ("1AbC_dEf-123", "1AbC_dEf-123"),
])
def test_sheet_given_by_link_or_key(text, key):
    from khatir.backends.google import spreadsheet_key
    assert spreadsheet_key(text) == key
