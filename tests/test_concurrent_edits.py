"""People keep working while a run is between its read and its write: every edit they
make must survive the run.

Google: the edits are made through the server's state helpers (as a person in the
Sheets UI would) in an ``on_before_write`` callback, i.e. after Khatir's read and just
before its batchUpdate is applied. Workbook: the file is changed and saved between the
backend's read and its write (as Excel saves), or Excel still has it open.

Hypothesis generates the edits: staff cells typed, rows inserted and deleted, tabs
sorted, message Status changed, rows typed under Messages. The property: after the
run every staff tab is exactly what the people left, the Messages rows they left are
unchanged and in place, and below them come the run's new messages, each once.
"""
from __future__ import annotations

import os
from pathlib import Path
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from openpyxl import load_workbook

from conftest import (MSG_COL, TODAY, GoogleSheet, WorkbookSheet, _trimmed, fixed_clock, message_row,
                      to_google)
from khatir.backends.workbook import create_workbook
from khatir.config import build_settings
from khatir.errors import SheetError
from khatir.jobs.daily import run_daily
from test_faults import fault_grids  # the same sheet as the fault campaign

pytestmark = pytest.mark.slow  # the race suite: staff editing while a run writes

EXAMPLES = int(os.environ.get("KHATIR_RACE_EXAMPLES", "20"))
FIXED = "KHATIR_RACE_EXAMPLES" not in os.environ  # the default run: the same edits every time
STAFF_TABS = ("Customers", "Call Notes", "Orders", "Meetups", "Feedback")
EDITABLE = STAFF_TABS + ("Messages",)
SETTINGS = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"}})
COUNTS = {"google examples": 0, "workbook examples": 0, "edits": 0}

typed = st.one_of(
    st.sampled_from(["C-001", "C-002", "C-404", "sent", "yes", "no", "মেয়ের জ্বর", "fever again",
                     "01711-234567", "2026-11-20", "22/11/2026", "=1+1", "#REF!", "", "😀 ok"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.integers(-5, 50000),
)
row_values = st.lists(typed, min_size=1, max_size=8)
edit = st.one_of(
    st.tuples(st.just("type"), st.sampled_from(EDITABLE), st.integers(0, 60), st.integers(0, 13), typed),
    st.tuples(st.just("insert"), st.sampled_from(EDITABLE), st.integers(0, 60),
              st.lists(row_values, min_size=1, max_size=3)),
    st.tuples(st.just("delete"), st.sampled_from(EDITABLE), st.integers(0, 60), st.integers(1, 3)),
    st.tuples(st.just("sort"), st.sampled_from(EDITABLE), st.integers(0, 6), st.booleans()),
    st.tuples(st.just("status"), st.integers(0, 10), st.sampled_from(["sent", "skipped", "pending", "পাঠানো"])),
    st.tuples(st.just("add message row"), row_values),
)
edits = st.lists(edit, min_size=1, max_size=8)


def used_rows(rows: list[list]) -> int:
    return len(_trimmed(rows))


# -- Google ---------------------------------------------------------------------------

def apply_google(state, sid: str, todo) -> None:
    """Make the edits the way a person would in the Sheets UI (rows are 1-based)."""
    for op, *args in todo:
        if op == "status":
            tab, n = "Messages", used_rows(state.values(sid, "Messages"))
            if n >= 2:
                state.set_cell(sid, tab, f"{_letter(MSG_COL['status'])}{2 + args[0] % (n - 1)}", args[1])
            continue
        if op == "add message row":
            n = used_rows(state.values(sid, "Messages"))
            state.insert_rows(sid, "Messages", n + 1, [args[0]])
            continue
        tab = args[0]
        n = used_rows(state.values(sid, tab))
        rows, cols = state.grid_size(sid, tab)
        if op == "type":
            row = 2 + args[1] % max(n, 1)  # anywhere in the table, or just below it
            col = args[2] % cols
            if row <= rows:
                state.set_cell(sid, tab, f"{_letter(col)}{row}", args[3])
        elif op == "insert":
            state.insert_rows(sid, tab, 2 + args[1] % max(n, 1), args[2])
        elif op == "delete" and n >= 2:
            start = 2 + args[1] % (n - 1)
            state.delete_rows(sid, tab, start, min(start + args[2] - 1, n, rows - 1))
        elif op == "sort":
            state.sort_rows(sid, tab, args[1] % cols, descending=args[2])
        COUNTS["edits"] += 1


def _letter(index: int) -> str:
    from khatir.sheet.tables import column_letter
    return column_letter(index + 1)


@hsettings(max_examples=EXAMPLES, deadline=None, derandomize=FIXED, database=None if FIXED else hsettings.default.database,
           suppress_health_check=[HealthCheck.too_slow])
@given(todo=edits)
def test_google_edits_between_read_and_write_survive(sheets_server, todo):
    google_case(sheets_server, todo)
    COUNTS["google examples"] += 1


def google_case(sheets_server, todo) -> None:
    sid = sheets_server.create_spreadsheet("Shop", to_google(fault_grids()))
    sheet = GoogleSheet(sheets_server, sid)
    seen: dict[str, list[list[str]]] = {}

    def people(state):
        apply_google(state, sid, todo)
        for tab in EDITABLE:
            seen[tab] = _trimmed(state.values(sid, tab))

    sheets_server.on_before_write(people, match="batchUpdate")
    try:
        result = run_daily(sheet.backend(SETTINGS), SETTINGS, TODAY, fixed_clock())
    finally:
        sheets_server.clear_callbacks()
    assert seen, "the edits were not made between the read and the write"
    check_edits_survived(sheet, seen, result)
    sheets_server.state.delete_spreadsheet(sid)


def check_edits_survived(sheet, seen: dict[str, list[list[str]]], result) -> None:
    for tab in STAFF_TABS:
        assert sheet.tab(tab) == seen[tab], f"an edit in {tab} was lost or changed"
    messages = sheet.tab("Messages")
    kept = seen["Messages"]
    assert messages[:len(kept)] == kept, "a Messages row people left was changed or moved"
    new_keys = [r[MSG_COL["key"]] for r in messages[len(kept):]]
    assert new_keys == [m["key"] for m in result.new_messages], "the run's messages are not each there once"


def test_google_every_kind_of_edit_at_once(sheets_server):
    """The issue's list, all in one run: staff cells, rows in and out, Customers sorted,
    a message's Status changed."""
    todo = [("type", "Customers", 2, 1, "Renamed by Nasrin"), ("type", "Call Notes", 4, 6, "yes"),
            ("insert", "Customers", 3, [["C-900", "New Customer", "01711-000999"]]),
            ("delete", "Orders", 5, 2), ("delete", "Call Notes", 1, 1),
            ("sort", "Customers", 1, False), ("status", 0, "sent"), ("status", 1, "skipped"),
            ("add message row", message_row(customer_id="C-002", message="typed by Tanvir"))]
    google_case(sheets_server, todo)


# -- Workbook -------------------------------------------------------------------------

def apply_workbook(path: Path, todo) -> None:
    """Open the workbook, make the edits, save it (as Excel would)."""
    book = load_workbook(path)
    for op, *args in todo:
        if op in ("status", "add message row"):
            ws = book["Messages"]
            n = used_rows([list(r) for r in ws.iter_rows(values_only=True)])
            if op == "status" and n >= 2:
                ws.cell(row=2 + args[0] % (n - 1), column=MSG_COL["status"] + 1, value=args[1])
            elif op == "add message row":
                for c, v in enumerate(args[0], start=1):
                    ws.cell(row=n + 1, column=c, value=v if v != "" else None)
            continue
        ws = book[args[0]]
        n = used_rows([list(r) for r in ws.iter_rows(values_only=True)])
        if op == "type":
            ws.cell(row=2 + args[1] % max(n, 1), column=1 + args[2], value=args[3] if args[3] != "" else None)
        elif op == "insert":
            at = 2 + args[1] % max(n, 1)
            ws.insert_rows(at, len(args[2]))
            for i, row in enumerate(args[2]):
                for c, v in enumerate(row, start=1):
                    ws.cell(row=at + i, column=c, value=v if v != "" else None)
        elif op == "delete" and n >= 2:
            start = 2 + args[1] % (n - 1)
            ws.delete_rows(start, min(args[2], n - start + 1))
        elif op == "sort" and n >= 3:
            width = ws.max_column
            rows = [[ws.cell(row=r, column=c).value for c in range(1, width + 1)] for r in range(2, n + 1)]
            col = args[1] % width
            rows.sort(key=lambda r: (r[col] is None, str(r[col])), reverse=args[2])
            for r, row in enumerate(rows, start=2):
                for c, v in enumerate(row, start=1):
                    ws.cell(row=r, column=c, value=v)
        COUNTS["edits"] += 1
    book.save(path)


def workbook_tabs(path: Path) -> dict[str, list[list[str]]]:
    book = load_workbook(path)
    return {t: _trimmed([list(r) for r in book[t].iter_rows(values_only=True)]) for t in EDITABLE}


class PeopleBetweenReadAndWrite:
    """The real backend, with people saving the workbook right after its read."""

    def __init__(self, backend, act):
        self.backend, self.act = backend, act
        self.description = backend.description

    def read(self):
        grids = self.backend.read()
        self.act()
        return grids

    @property
    def marks(self):
        return self.backend.marks

    def write(self, changes):
        self.backend.write(changes)


@hsettings(max_examples=max(EXAMPLES * 2 // 5, 5), deadline=None, derandomize=FIXED,
           database=None if FIXED else hsettings.default.database,
           suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(todo=edits)
def test_workbook_saved_between_read_and_write_keeps_the_edits(todo):
    with tempfile.TemporaryDirectory() as tmp:
        path = create_workbook(Path(tmp) / "shop.xlsx", fault_grids())
        sheet = WorkbookSheet(path)
        seen: dict[str, list[list[str]]] = {}

        def people():
            apply_workbook(path, todo)
            seen.update(workbook_tabs(path))

        backend = PeopleBetweenReadAndWrite(sheet.backend(SETTINGS), people)
        result = run_daily(backend, SETTINGS, TODAY, fixed_clock())
        check_edits_survived(sheet, seen, result)
        COUNTS["workbook examples"] += 1


def test_workbook_open_in_excel_at_write_time_is_left_alone(tmp_path):
    """Excel opened the file after the read: the write is refused, nothing is lost, and
    the next run (after Excel saved the edits and closed) keeps them."""
    path = create_workbook(tmp_path / "shop.xlsx", fault_grids())
    sheet = WorkbookSheet(path)
    lock = path.with_name("~$" + path.name)
    todo = [("type", "Customers", 1, 1, "Edited in Excel"), ("status", 0, "sent"),
            ("insert", "Call Notes", 2, [[TODAY.isoformat(), "C-001", "Nasrin", "fever again"]])]

    def excel_opens():
        lock.write_text("owner")

    backend = PeopleBetweenReadAndWrite(sheet.backend(SETTINGS), excel_opens)
    before = workbook_tabs(path)
    with pytest.raises(SheetError, match="open in Excel"):
        run_daily(backend, SETTINGS, TODAY, fixed_clock())
    assert workbook_tabs(path) == before
    apply_workbook(path, todo)  # the person saves and closes Excel
    lock.unlink()
    seen = workbook_tabs(path)
    result = run_daily(sheet.backend(SETTINGS), SETTINGS, TODAY, fixed_clock())
    check_edits_survived(sheet, seen, result)


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    path = os.environ.get("KHATIR_CAMPAIGN_LEDGER")
    if path:
        import json
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"suite": "concurrent edits", **COUNTS}) + "\n")
