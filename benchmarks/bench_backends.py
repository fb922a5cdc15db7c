"""Daily-run cost on both backends, side by side with a plain gspread script.

For each size (customers, with 5 call notes and 3 orders each) this builds the shop's
sheet once as a local .xlsx workbook and once as a Google Sheet on the local
Sheets-compatible server (``tests/sheets_server.py``), then runs the real command
``scripts/daily.py`` in a fresh child process and measures:

- wall time of the whole command (Python start-up and imports included),
- CPU time and peak memory (max RSS) of Khatir's process alone (``os.wait4``),
- for Google: requests and bytes sent / received (HTTP bodies, from the server's log),
  and the CPU the server spent answering them (the server runs in this process);
- the same for ``benchmarks/baseline_gspread.py`` (``get_all_records`` per tab,
  one ``append_row`` per row), which writes exactly the same rows.

Usage::

    python -m benchmarks.bench_backends                    # 1k, 10k, 100k; baseline at 1k and 10k
    python -m benchmarks.bench_backends --quick            # 1k and 10k; baseline at 1k
    python -m benchmarks.bench_backends --sizes 1000,5000 --baseline-max 5000
    python -m benchmarks.bench_backends --json results.json

The 10-million-cell case is ``benchmarks/bench_10m.py`` (it needs several GB for the
server); add ``--10m`` here to run it at the end. Nothing here is part of the test run.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from benchmarks.shop_data import to_google

ROOT = Path(__file__).resolve().parent.parent

TODAY = date(2026, 11, 24)
GOOGLE_QUOTA_PER_MINUTE = 60  # write (and read) requests per minute per user, Google's default
SCRIPT_TABS = ("Follow-ups", "Problems", "Meetup Summary")
APPEND_TABS = ("Messages", "Run Log")

# The emulator is pure Python and answers a 10-million-cell read far slower than
# Google does; the child gets a long per-request timeout so that the server's
# slowness is not mistaken for a network failure. Everything else is the default.
SETTINGS_TOML = """\
[general]
language = "en"
[google]
timeout_seconds = {timeout}
"""


# -- running a child and measuring it ---------------------------------------------

@dataclass
class ChildRun:
    seconds: float
    cpu_seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str
    server_cpu_seconds: float = 0.0  # this process's CPU meanwhile (the in-process server)


def run_child(argv: list[str], env: dict[str, str] | None = None, timeout: float = 3600) -> ChildRun:
    """Run ``argv``; its own wall time, CPU time and peak RSS (os.wait4: this child only)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        self_before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=str(ROOT))
        deadline = start + timeout
        own_peak_kb = 0
        polls = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if polls % 10 == 0:
                own_peak_kb = max(own_peak_kb, _own_peak_kb(proc.pid, argv))
            polls += 1
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - start
        self_after = resource.getrusage(resource.RUSAGE_SELF)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
        return ChildRun(
            seconds=seconds, cpu_seconds=usage.ru_utime + usage.ru_stime,
            peak_mb=own_peak_kb / 1024 if own_peak_kb else usage.ru_maxrss / scale,
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"), stderr=err.read().decode("utf-8", "replace"),
            server_cpu_seconds=(self_after.ru_utime + self_after.ru_stime)
            - (self_before.ru_utime + self_before.ru_stime))


def _own_peak_kb(pid: int, argv: list[str]) -> int:
    """The child's own peak RSS (Linux: VmHWM), 0 where /proc is not there.

    os.wait4's ru_maxrss is not the child's own on Linux: exec carries over the peak of
    the memory the child was started from, and Python starts children with vfork, so a
    child of a 1.6 GB benchmark process reports at least 1.6 GB. VmHWM counts the new
    program's memory only (read once the child runs its own command line).
    """
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            if fh.read().split(b"\0")[:len(argv)] != [a.encode() for a in argv]:
                return 0  # not exec'ed yet
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def child_env(home: Path, server_host: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SHEETS_EMULATOR_HOST"}
    env.update(HOME=str(home), LOCALAPPDATA=str(home), PYTHONIOENCODING="utf-8")
    if server_host:
        env["SHEETS_EMULATOR_HOST"] = server_host
    return env


def settings_file(folder: Path, timeout: float = 600) -> Path:
    path = folder / "settings.toml"
    path.write_text(SETTINGS_TOML.format(timeout=timeout), encoding="utf-8")
    return path


def daily_command(config: Path, *target: str) -> list[str]:
    return [sys.executable, "-m", "khatir", "daily", *target, "--today", TODAY.isoformat(),
            "--lang", "en", "--config", str(config)]


# -- building the sheets ------------------------------------------------------------


def create_google(server, grids: dict[str, list[list]], title: str = "Shop") -> str:
    """The sheet on the server, each tab's grid cut to the cells it uses (a sheet of 100k
    customers with Google's default 26 columns per tab would be over the 10-million-cell
    limit: a shop that large has trimmed its columns)."""
    from khatir.backends.emulator import emulator_client
    google = to_google(grids)
    sid = server.create_spreadsheet(title, {t: rows[:1] for t, rows in google.items()})
    client = emulator_client(server.host, timeout=600)
    meta = client.http_client.fetch_sheet_metadata(sid)
    reqs = []
    for sheet in meta["sheets"]:  # header row (frozen) and one empty row, as wide as the data
        p = sheet["properties"]
        rows = google.get(p["title"], [])
        reqs.append({"updateSheetProperties": {
            "properties": {"sheetId": p["sheetId"], "gridProperties": {
                "rowCount": 2, "columnCount": max((len(r) for r in rows), default=1), "frozenRowCount": 1}},
            "fields": "gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount"}})
    client.http_client.batch_update(sid, {"requests": reqs})
    for tab, rows in google.items():  # then the data, growing the grid row by row as staff did
        if len(rows) > 1:
            server.insert_rows(sid, tab, 2, rows[1:], input_option="RAW")
            server.delete_rows(sid, tab, len(rows) + 1)  # the empty row, now last
        del rows[:]
    return sid


def grid_cells(server, sid: str) -> int:
    return sum(r * c for r, c in (server.grid_size(sid, t) for t in server.tabs(sid)))


def write_workbook(path: Path, grids: dict[str, list[list]]) -> Path:
    """The same sheet as an .xlsx (openpyxl write-only: fast and light at 100k customers)."""
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    for title, rows in grids.items():
        ws = book.create_sheet(title)
        ws.freeze_panes = "A2"
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def used_cells(grids: dict[str, list[list]]) -> int:
    return sum(len(r) for rows in grids.values() for r in rows)


# -- measuring ----------------------------------------------------------------------

@dataclass
class Measure:
    backend: str
    customers: int
    cells: int
    seconds: float
    cpu_seconds: float
    peak_mb: float
    requests: int = 0
    sent_bytes: int = 0
    received_bytes: int = 0
    server_cpu_seconds: float = 0.0
    messages: int = 0
    follow_ups: int = 0
    rows_written: int = 0
    file_mb: float = 0.0
    extrapolated: bool = False
    ok: bool = True
    note: str = ""
    calls: dict = field(default_factory=dict)


def traffic(server) -> tuple[int, int, int, dict]:
    calls: dict[str, int] = {}
    sent = received = 0
    for r in server.requests:
        path = r.path.split("?")[0]
        op = path.rsplit("/", 1)[-1]
        if ":" in op:
            op = op.split(":", 1)[1]  # batchGet, batchUpdate, append, clear
        elif "/values/" in path:
            op = "values " + r.method.lower()
        elif path.startswith("/v4/spreadsheets/") and r.method == "GET":
            op = "metadata"
        else:
            op = f"{r.method} {path[:30]}"
        calls[op] = calls.get(op, 0) + 1
        sent += len(r.body)
        received += len(r.response)
    return len(server.requests), sent, received, calls


def written_rows(server, sid: str) -> tuple[int, int, int]:
    """(message rows, Follow-ups rows, rows written) as the sheet shows them after a run."""
    tabs = server.tabs(sid)
    def n(title: str) -> int:
        return max(len(server.values(sid, title)) - 1, 0) if title in tabs else 0
    messages, follow_ups = n("Messages"), n("Follow-ups")
    rows = messages + n("Run Log") + sum(n(t) + 1 for t in SCRIPT_TABS if t in tabs)
    return messages, follow_ups, rows


def run_google(server, grids, size: int, folder: Path, config: Path, baseline: bool) -> Measure:
    sid = create_google(server, grids)
    server.reset_requests()
    argv = ([sys.executable, "-m", "benchmarks.baseline_gspread", "--sheet", sid, "--today",
             TODAY.isoformat(), "--config", str(config)] if baseline
            else daily_command(config, "--sheet", sid))
    run = run_child(argv, child_env(folder, server.host))
    count, sent, received, calls = traffic(server)
    messages, follow_ups, rows = written_rows(server, sid)
    m = Measure("baseline gspread" if baseline else "Khatir google", size, used_cells(grids),
                run.seconds, run.cpu_seconds, run.peak_mb, count, sent, received,
                run.server_cpu_seconds, messages, follow_ups, rows, calls=calls,
                ok=run.returncode == 0, note=(run.stderr.strip().splitlines() or [""])[-1])
    server.state.delete_spreadsheet(sid)
    return m


def run_workbook(grids, size: int, folder: Path, config: Path) -> Measure:
    path = write_workbook(folder / f"shop-{size}.xlsx", grids)
    before = path.stat().st_size
    run = run_child(daily_command(config, "--workbook", str(path)), child_env(folder))
    from openpyxl import load_workbook
    book = load_workbook(path, read_only=True)
    def n(title: str) -> int:
        if title not in book.sheetnames:
            return 0
        rows = book[title].iter_rows(values_only=True)
        return max(sum(1 for r in rows if any(v not in (None, "") for v in r)) - 1, 0)
    messages, follow_ups = n("Messages"), n("Follow-ups")
    book.close()
    after = path.stat().st_size
    m = Measure("Khatir workbook", size, used_cells(grids), run.seconds, run.cpu_seconds, run.peak_mb,
                sent_bytes=after, received_bytes=before, messages=messages, follow_ups=follow_ups,
                file_mb=round(after / 2**20, 1), ok=run.returncode == 0,
                note=(run.stderr.strip().splitlines() or [""])[-1])
    return m


def extrapolate_baseline(measured: Measure, khatir_small: Measure, khatir_big: Measure) -> Measure:
    """The baseline at a size too large to run: its fixed requests plus one per row written,
    bytes scaled per row written, time scaled per request (all marked as extrapolated)."""
    fixed = measured.requests - measured.rows_written
    rows = khatir_big.rows_written
    per_row = max(measured.rows_written, 1)
    requests = fixed + rows
    return Measure(
        "baseline gspread", khatir_big.customers, khatir_big.cells,
        seconds=measured.seconds * requests / max(measured.requests, 1),
        cpu_seconds=measured.cpu_seconds * requests / max(measured.requests, 1),
        peak_mb=float("nan"), requests=requests,
        sent_bytes=round(measured.sent_bytes * rows / per_row),
        received_bytes=round(measured.received_bytes * khatir_big.received_bytes
                             / max(khatir_small.received_bytes, 1)),
        messages=khatir_big.messages, follow_ups=khatir_big.follow_ups, rows_written=rows,
        extrapolated=True)


# -- reporting ----------------------------------------------------------------------

def mb(n: float) -> str:
    return f"{n / 2**20:,.1f}"


def table(results: list[Measure]) -> str:
    head = ("| customers | cells | backend | wall s | Khatir CPU s | peak MB | requests | sent MB "
            "| received MB | server CPU s | messages | Follow-ups rows |")
    lines = [head, "|" + "---|" * 12]
    for m in results:
        mark = " *(extrapolated)*" if m.extrapolated else ("" if m.ok else " **FAILED**")
        req = f"{m.requests:,}" if m.backend != "Khatir workbook" else "0 (file)"
        sent = mb(m.sent_bytes) if m.backend != "Khatir workbook" else f"{mb(m.sent_bytes)} (file written)"
        recv = mb(m.received_bytes) if m.backend != "Khatir workbook" else f"{mb(m.received_bytes)} (file read)"
        peak = "–" if m.peak_mb != m.peak_mb else f"{m.peak_mb:,.0f}"
        server = f"{m.server_cpu_seconds:,.1f}" if m.backend != "Khatir workbook" and not m.extrapolated else "–"
        lines.append(f"| {m.customers:,} | {m.cells:,} | {m.backend}{mark} | {m.seconds:,.1f} | "
                     f"{m.cpu_seconds:,.1f} | {peak} | {req} | {sent} | {recv} | {server} | "
                     f"{m.messages:,} | {m.follow_ups:,} |")
    return "\n".join(lines)


def ratios(results: list[Measure]) -> str:
    lines = ["| customers | requests (baseline / Khatir) | bytes sent | bytes received | wall time "
             "| baseline at Google's 60 requests/min quota |", "|---|---|---|---|---|---|"]
    by = {(m.customers, m.backend): m for m in results}
    for size in sorted({m.customers for m in results}):
        k, b = by.get((size, "Khatir google")), by.get((size, "baseline gspread"))
        if not k or not b:
            continue
        mark = " *(extrapolated)*" if b.extrapolated else ""
        minutes = b.requests / GOOGLE_QUOTA_PER_MINUTE
        lines.append(
            f"| {size:,}{mark} | {b.requests:,} / {k.requests} = **{b.requests / k.requests:,.0f}×** | "
            f"{b.sent_bytes / max(k.sent_bytes, 1):.2f}× | {b.received_bytes / max(k.received_bytes, 1):.2f}× | "
            f"{b.seconds / k.seconds:.1f}× | ≥ {minutes:,.0f} min (Khatir: {k.requests} requests) |")
    return "\n".join(lines)


def fast_loopback() -> None:
    """Answer without Nagle's algorithm. The emulator writes a response's headers and body
    in two sends; with Nagle on, the second waits for the client's delayed ACK (40 ms on
    Linux), so every request would cost 40 ms of idle loopback time. That would flatter
    Khatir (3 requests) against the baseline (thousands); with it off, a request costs
    what the server's CPU costs."""
    from tests.sheets_emulator.transport import RequestHandler
    RequestHandler.disable_nagle_algorithm = True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="customer counts, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, baseline at 1k")
    parser.add_argument("--baseline-max", type=int,
                        help="largest size the baseline is run at; larger sizes are extrapolated "
                             "(default 10000; 1000 with --quick)")
    parser.add_argument("--notes", type=int, default=5, help="call notes per customer")
    parser.add_argument("--orders", type=int, default=3, help="orders per customer")
    parser.add_argument("--backends", default="workbook,google,baseline",
                        help="which to run, comma-separated (default: workbook,google,baseline)")
    parser.add_argument("--json", metavar="PATH", help="also write the raw figures here")
    parser.add_argument("--10m", dest="ten_million", action="store_true",
                        help="then run benchmarks/bench_10m.py")
    parser.add_argument("--report", metavar="PATH", help="print the tables of a --json file again, and stop")
    args = parser.parse_args(argv)
    if args.report:
        saved = [Measure(**m) for m in json.loads(Path(args.report).read_text())]
        for m in saved:
            m.peak_mb = float(m.peak_mb)
        print(table(saved) + "\n\n" + ratios(saved))
        return 0
    sizes = [int(s) for s in (args.sizes or ("1000,10000" if args.quick else "1000,10000,100000")).split(",")]
    baseline_max = args.baseline_max if args.baseline_max is not None else (1000 if args.quick else 10000)

    from benchmarks.shop_data import shop_grids
    from tests.sheets_server import SheetsServer

    fast_loopback()
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores; sizes {sizes}; "
          f"{args.notes} call notes and {args.orders} orders per customer", flush=True)
    results: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp, SheetsServer() as server:
        folder = Path(tmp)
        config = settings_file(folder)
        last_baseline: Measure | None = None
        khatir_at_baseline: Measure | None = None
        for size in sizes:
            grids = shop_grids(size, args.notes, args.orders, today=TODAY)
            khatir = None
            for step in ("workbook", "google", "baseline"):
                if step not in args.backends.split(","):
                    continue
                if step == "workbook":
                    m = run_workbook(grids, size, folder, config)
                elif step == "google":
                    m = run_google(server, grids, size, folder, config, baseline=False)
                    khatir = m
                elif khatir is None:
                    continue
                elif size <= baseline_max:
                    m = run_google(server, grids, size, folder, config, baseline=True)
                    last_baseline, khatir_at_baseline = m, khatir
                    if (m.messages, m.follow_ups) != (khatir.messages, khatir.follow_ups):
                        m.note = (f"MISMATCH: baseline wrote {m.messages} messages / {m.follow_ups} "
                                  f"Follow-ups rows, Khatir {khatir.messages} / {khatir.follow_ups}")
                        m.ok = False
                elif last_baseline is not None:
                    m = extrapolate_baseline(last_baseline, khatir_at_baseline, khatir)
                else:
                    continue
                results.append(m)
                print(f"  {size:>7,} {m.backend:<17} {m.seconds:7.1f} s  {m.peak_mb:7.0f} MB  "
                      f"{m.requests:>7,} requests  {'ok' if m.ok else 'FAILED: ' + m.note}", flush=True)
            del grids
    print()
    print(table(results))
    print()
    print(ratios(results))
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(m) for m in results], indent=1, default=str))
    failed = [m for m in results if not m.ok]
    if args.ten_million:
        rc = subprocess.call([sys.executable, "-m", "benchmarks.bench_10m"], cwd=ROOT)
        failed += [rc] if rc else []
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
