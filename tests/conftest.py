"""Shared fixtures: real workbooks in tmp_path, a fixed clock, the real job."""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote

import pytest
from openpyxl import load_workbook

from benchmarks.shop_data import to_google  # the same sheet as Google stores it
from khatir.backends.workbook import WorkbookBackend, create_workbook
from khatir.backends.xlsx_read import ENV_VAR, reader_name
from khatir.config import build_settings
from khatir.jobs.daily import run_daily
from khatir.sheet.schema import CALL_NOTES, CUSTOMERS, MESSAGES

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 24)
DHAKA = timezone(timedelta(hours=6))


def pytest_addoption(parser):
    parser.addoption("--xlsx-reader", choices=("auto", "calamine", "openpyxl"), default="auto",
                     help="read every workbook in the suite (scripts run as child processes "
                          "too) with this reader: see khatir/backends/xlsx_read.py")


def pytest_configure(config):
    """The reader is chosen the way an owner would: KHATIR_XLSX_READER, which "auto" follows."""
    reader = config.getoption("--xlsx-reader")
    if reader != "auto":
        os.environ[ENV_VAR] = reader


def pytest_report_header(config):
    return f"xlsx reader: {reader_name()}"


@pytest.fixture(autouse=True, scope="session")
def khatir_importable_in_child_processes():
    """``scripts/*.py`` and ``python -m khatir`` started by a test use this checkout's
    package (for the owner, run.py installs it into .venv, editable)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))))
        yield


def fixed_clock(today: date = TODAY):
    return lambda: datetime(today.year, today.month, today.day, 9, 0, tzinfo=DHAKA)


def ago(days: int, today: date = TODAY) -> date:
    return today - timedelta(days=days)


def customers_tab(*rows: list) -> list[list]:
    """Customers with the schema's headers; each row: id, name, phone, language, extra..."""
    header = CUSTOMERS.headers()
    out = [header]
    for row in rows:
        cells = dict(zip(("id", "name", "phone", "language"), row[:4]))
        cells.update(row[4] if len(row) > 4 else {})
        out.append([cells.get(c.key, "") for c in CUSTOMERS.columns])
    return out


def notes_tab(*rows: dict) -> list[list]:
    return [CALL_NOTES.headers()] + [[r.get(c.key, "") for c in CALL_NOTES.columns] for r in rows]


def basic_grids() -> dict[str, list[list]]:
    """Four customers, four call notes: one overdue, one due, one done, one in the future."""
    return {
        "Customers": customers_tab(
            ["C-1", "রহিমা খাতুন", "01711-234567", "bn"],
            ["C-2", "Md. Karim Uddin", "+8801819876543", "en"],
            ["C-3", "Nusrat Jahan", "01911556677", "en", {"do_not_contact": "yes"}],
            ["C-4", "Shafiq Ahmed", "01812-445566", "en"],
        ),
        "Call Notes": notes_tab(
            {"date": ago(5), "customer_id": "C-1", "agent": "Nasrin", "note": "মেয়ের জ্বর"},
            {"date": ago(1), "customer_id": "C-2", "agent": "Tanvir", "note": "Car broke down on the highway"},
            {"date": ago(3), "customer_id": "C-3", "agent": "Tanvir", "note": "sick at home"},
            {"date": ago(2), "customer_id": "C-4", "note": "Wife in delivery room", "done": "yes"},
            {"date": ago(0), "customer_id": "C-4", "note": "fever again"},
        ),
        "Messages": [MESSAGES.headers()],
    }


@pytest.fixture
def settings():
    return build_settings({"general": {"language": "en", "shop_name": "Rupkotha"}})


@pytest.fixture
def make_workbook(tmp_path: Path):
    def make(grids: dict[str, list[list]], name: str = "shop.xlsx") -> Path:
        return create_workbook(tmp_path / name, grids)
    return make


@pytest.fixture
def run_job(settings):
    """Run the real daily job on a workbook path, as the script does."""
    def run(path: Path, today: date = TODAY, *, dry_run: bool = False, settings_=None):
        backend = WorkbookBackend(path)
        return run_daily(backend, settings_ or settings, today, fixed_clock(today), dry_run=dry_run)
    return run


def read_tab(path: Path, title: str) -> list[list]:
    """A tab's values as the owner would see them (None for an empty cell)."""
    ws = load_workbook(path)[title]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def records(path: Path, title: str) -> list[dict]:
    rows = read_tab(path, title)
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def script_rows(path: Path, spec) -> list[dict]:
    """A script tab's rows by column key, whichever language its headers are in."""
    book = load_workbook(path)
    [title] = [t for t in book.sheetnames if t in spec.names()]
    rows = [list(r) for r in book[title].iter_rows(values_only=True)]
    keys = {name: c.key for c in spec.columns for name in (c.header, *c.aliases)}
    return [{keys[h]: v for h, v in zip(rows[0], r) if h in keys} for r in rows[1:]]


def staff_marks_sent(path: Path, keys: dict[str, date], reply: dict[str, str] | None = None) -> None:
    """What an agent does in Excel: Status ``sent`` and Sent On for these message keys
    (and a Reply where given). openpyxl stands in for Excel here; the job never saves so."""
    book = load_workbook(path)
    ws = book["Messages"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in ("Key", "Status", "Sent On", "Reply")}
    for r in range(2, ws.max_row + 1):
        key = ws.cell(r, col["Key"]).value
        if key in keys:
            ws.cell(r, col["Status"]).value = "sent"
            ws.cell(r, col["Sent On"]).value = keys[key]
        if reply and key in reply:
            ws.cell(r, col["Reply"]).value = reply[key]
    book.save(path)


def staff_appends(path: Path, title: str, rows: list[list]) -> None:
    """Staff add rows at the bottom of a staff tab (Orders, Call Notes ...)."""
    book = load_workbook(path)
    ws = book[title]
    for row in rows:
        ws.append(row)
    book.save(path)


#: Where each Messages column is in a tab Khatir creates (key -> 0-based index).
MSG_COL = {c.key: i for i, c in enumerate(MESSAGES.columns)}


def message_row(**values: object) -> list:
    """A Messages row in the order of a tab Khatir creates, from column keys."""
    return [values.get(c.key, "") for c in MESSAGES.columns]


def link_targets(path: Path, title: str = "Messages") -> list[str | None]:
    """Where each WhatsApp Link cell under the header goes when clicked (None: no link)."""
    ws = load_workbook(path)[title]
    header = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(header, start=1) if h in ("WhatsApp Link", "হোয়াটসঅ্যাপ লিংক"))
    return [(ws.cell(r, col).hyperlink.target if ws.cell(r, col).hyperlink else None)
            for r in range(2, ws.max_row + 1)]


def opened_text(url: str) -> str:
    """The message a wa.me link types into WhatsApp."""
    return unquote(url.split("?text=", 1)[1])


# -- one behaviour, two backends ------------------------------------------------



def shown(value) -> str:
    """A cell as text, the same way for both backends (dates as ISO, 5.0 as 5)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not value.time() else value.isoformat()
    return str(value)


def _trimmed(rows: list[list]) -> list[list[str]]:
    out = []
    for row in rows:
        cells = [shown(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


class WorkbookSheet:
    kind = "workbook"

    def __init__(self, path: Path):
        self.path = path

    def backend(self, settings):
        return WorkbookBackend(self.path, settings.backups)

    def tab(self, title: str) -> list[list[str]]:
        book = load_workbook(self.path)
        return _trimmed([list(r) for r in book[title].iter_rows(values_only=True)]) if title in book.sheetnames else []


class GoogleSheet:
    kind = "google"

    def __init__(self, server, sid: str):
        self.server, self.sid = server, sid

    def backend(self, settings):
        from khatir.backends.emulator import emulator_client
        from khatir.backends.google import GoogleBackend, RetryPolicy
        policy = RetryPolicy(attempts=6, base_seconds=0.01, max_seconds=0.05, timeout_seconds=5)
        return GoogleBackend(emulator_client(self.server.host, timeout=5), self.sid, policy)

    def tab(self, title: str) -> list[list[str]]:
        if title not in self.server.tabs(self.sid):
            return []
        return _trimmed(self.server.values(self.sid, title))


@pytest.fixture(scope="session")
def sheets_server():
    from sheets_server import SheetsServer
    with SheetsServer() as server:
        yield server
        assert server.errors == [], "\n".join(server.errors)


@pytest.fixture
def google_sheet(sheets_server):
    """Build a Google Sheet on the local server from grids."""
    def make(grids: dict[str, list[list]]) -> GoogleSheet:
        return GoogleSheet(sheets_server, sheets_server.create_spreadsheet("Shop", to_google(grids)))
    yield make
    sheets_server.clear_faults()
    sheets_server.clear_callbacks()
    sheets_server.restore_access()


@pytest.fixture(params=["workbook", "google"])
def make_sheet(request, tmp_path):
    """The same sheet on either backend: the daily job must behave the same on both."""
    if request.param == "workbook":
        return lambda grids: WorkbookSheet(create_workbook(tmp_path / "shop.xlsx", grids))
    return request.getfixturevalue("google_sheet")


@pytest.fixture
def run_on(settings):
    def run(sheet, today: date = TODAY, *, dry_run: bool = False, settings_=None):
        s = settings_ or settings
        return run_daily(sheet.backend(s), s, today, fixed_clock(today), dry_run=dry_run)
    return run


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """An English settings file naming the shop, for the owner's command line."""
    path = tmp_path / "settings.toml"
    path.write_text('[general]\nlanguage = "en"\nshop_name = "Rupkotha"\n', encoding="utf-8")
    return path


def cli_lines(book: Path, config: Path, capsys, today: date | str, *command: str,
              lang: str = "en") -> list[str]:
    """The owner's command on a workbook (``daily`` unless another is given); its lines."""
    from khatir.commands import main
    day = today if isinstance(today, str) else today.isoformat()
    assert main([*(command or ("daily",)), "--workbook", str(book), "--config", str(config),
                 "--today", day, "--lang", lang]) == 0
    return capsys.readouterr().out.splitlines()
