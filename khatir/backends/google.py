"""A Google Sheet, through gspread: three requests a run, up to writes of 8 MB.

1. metadata (tab titles, ids and grid sizes),
2. one ``values:batchGet`` of every tab, unformatted, dates as serial numbers,
3. one ``spreadsheets:batchUpdate`` holding every write: ``appendCells`` for
   Messages and Run Log (inserted after the last row with data *when Google
   applies it*, so rows staff add meanwhile are never overwritten), and
   ``updateCells`` rewriting each script tab whole (and, for the Results tab,
   ``deleteEmbeddedObject`` of its old chart and ``addChart`` of the new one). Every value is sent as a
   typed value (``stringValue``), never parsed as user input, so a name that
   starts with ``=`` stays text. The look of the tabs Khatir lays out (widths,
   wrapping, colours, links, dropdowns, filters: ``google_style``) goes in the
   same batch.

Google applies a batchUpdate atomically, so a lost answer is settled by one
read: if the run's marker (its new Keys, or its Run Log row) is in the sheet,
the write landed and is not sent again.

Google refuses a request body over 10 MiB ("Request payload size exceeds the
limit: 10485760 bytes"). A write over ``WRITE_LIMIT_BYTES`` (a Follow-ups list of
some 13,000 rows and more) is therefore sent as several batchUpdates, one per
8 MB: first the script tabs' rows in slices, last the rest of them together with
the appended Messages and Run Log rows. Messages and Run Log still change in one
atomic batch; a run stopped between parts leaves a script tab part-rewritten,
which the next run rewrites whole.
"""
from __future__ import annotations

import json
import random
import time
import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable, Sequence

import requests

from ..config import Settings
from ..errors import ConfigError, SheetError
from ..settings_check import where
from .base import (GOOGLE_SHEET, MARK, Append, Cell, Changes, Chart, Described, Grids, Replace,
                   fill_merges)
from .google_errors import (NOT_A_LINK, NOT_A_NUMBER, explain_api_error, explain_refresh_error,
                            gave_up)
from .google_style import (column_format_requests, column_requests, format_requests, rows_data, value_data,
                           view_requests)

# prettyPrint=false (a standard parameter of Google's APIs): the answer without its
# indentation is 58% smaller, which is less to receive and less to hold in memory.
READ_PARAMS = {"valueRenderOption": "UNFORMATTED_VALUE",
               "dateTimeRenderOption": "SERIAL_NUMBER", "majorDimension": "ROWS",
               "prettyPrint": "false"}
META_FIELDS = ("properties.title,properties.locale,sheets.properties(sheetId,title,index,gridProperties),"
               "sheets.protectedRanges.protectedRangeId,sheets.conditionalFormats.ranges,"
               "sheets.charts.chartId,sheets.merges,"
               "sheets.basicFilter.range,sheets.filterViews(filterViewId,title),"
               "namedRanges(namedRangeId,name),sheets.developerMetadata(metadataKey,metadataValue)")
MARKER_PREFIX = "khatir_run_"
RETRIED_STATUS = {408, 429}  # and every 5xx: Google busy or down for a moment
#: Requests that must not be applied twice: in a write sent in parts, they go in the last
#: part, which the run's marker makes fail whole if it is sent again after it landed.
LAST_PART = ("appendCells", "addNamedRange", "deleteNamedRange", "deleteEmbeddedObject", "addChart",
             "addFilterView", "deleteFilterView")
#: Largest batchUpdate body sent in one request (Google's limit is 10 MiB).
WRITE_LIMIT_BYTES = 8 * 2**20


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries: gspread's own backoff client retries forever, which a
    scheduled run on a laptop must not do."""

    attempts: int = 5
    base_seconds: float = 1.0
    max_seconds: float = 32.0
    budget_seconds: float = 120.0
    timeout_seconds: float = 30.0

    @classmethod
    def from_settings(cls, settings: Settings) -> "RetryPolicy":
        raw = settings.section("google")

        def number(key: str, default: float, whole: bool = False) -> float:
            value = raw.get(key, default)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (
                    whole and not float(value).is_integer()):
                raise ConfigError(NOT_A_NUMBER, file=where(settings.source), key=key,
                                  value=repr(value), whole=whole)
            return value

        return cls(
            attempts=int(number("retries", cls.attempts, whole=True)),
            base_seconds=float(number("retry_base_seconds", cls.base_seconds)),
            max_seconds=float(number("retry_max_seconds", cls.max_seconds)),
            budget_seconds=float(number("retry_budget_seconds", cls.budget_seconds)),
            timeout_seconds=float(number("timeout_seconds", cls.timeout_seconds)),
        )

    def delays(self):
        """Full-jitter exponential backoff, stopping at the attempt or time budget."""
        spent = 0.0
        for attempt in range(self.attempts):
            delay = random.uniform(0, min(self.max_seconds, self.base_seconds * 2 ** attempt))
            if spent + delay > self.budget_seconds:
                return
            spent += delay
            yield delay


@dataclass(frozen=True)
class SheetInfo:
    sheet_id: int
    title: str
    rows: int
    columns: int
    frozen_rows: int


class GoogleBackend:
    def __init__(self, client, key: str, policy: RetryPolicy,
                 sleep: Callable[[float], None] = time.sleep, account: str | None = None,
                 auth_file: Path | None = None):
        self.client = client
        self.account = account  # the address the sheet must be shared with
        self.auth_file = auth_file  # the key or sign-in file Google may stop accepting
        self.key = key
        self.policy = policy
        self.sleep = sleep
        self.description = Described(GOOGLE_SHEET, key)
        self.sheets: dict[str, SheetInfo] = {}
        self.grids: dict[str, list[list[Cell]]] = {}
        self.protected: set[str] = set()  # tabs that already have a protected range
        self.markers: list[str] = []  # namedRangeIds of earlier runs' markers
        self.highlighted: set[str] = set()  # tabs that already have a conditional format
        self.charts: dict[str, list[int]] = {}  # chart ids on each tab
        self.marks: dict[str, str] = {}  # title -> script tab key (developer metadata MARK)
        self.filtered: set[str] = set()  # tabs that already have a filter on their header
        self.views: dict[str, dict[int, str]] = {}  # tab -> its filter views (id -> title)

    @classmethod
    def open(cls, url_or_key: str, settings: Settings) -> "GoogleBackend":
        from .google_auth import auth_file, make_client, service_account_email
        policy = settings.parsed.google_retries
        return cls(make_client(settings, policy.timeout_seconds), spreadsheet_key(url_or_key),
                   policy, account=service_account_email(settings), auth_file=auth_file(settings))

    # -- reading ---------------------------------------------------------------
    def read(self) -> dict[str, list[list[Cell]]]:
        meta = self._call("read the sheet's tabs", self._metadata)
        self.description = Described(GOOGLE_SHEET, f"'{meta.get('properties', {}).get('title', self.key)}'")
        self.sheets = {}
        self.marks = {}
        for sheet in meta.get("sheets", []):
            p = sheet["properties"]
            grid = p.get("gridProperties", {})
            self.sheets[p["title"]] = SheetInfo(p["sheetId"], p["title"], grid.get("rowCount", 0),
                                                grid.get("columnCount", 0), grid.get("frozenRowCount", 0))
            if sheet.get("protectedRanges"):
                self.protected.add(p["title"])
            if sheet.get("conditionalFormats"):
                self.highlighted.add(p["title"])
            self.charts[p["title"]] = [c["chartId"] for c in sheet.get("charts", []) if "chartId" in c]
            for dm in sheet.get("developerMetadata", []):
                if dm.get("metadataKey") == MARK and dm.get("metadataValue"):
                    self.marks[p["title"]] = dm["metadataValue"]
            if sheet.get("basicFilter"):
                self.filtered.add(p["title"])
            self.views[p["title"]] = {v["filterViewId"]: v.get("title", "")
                                      for v in sheet.get("filterViews", [])}
        merges = {sheet["properties"]["title"]: [
            (m.get("startRowIndex", 0), m.get("startColumnIndex", 0),
             m.get("endRowIndex", 0) - 1, m.get("endColumnIndex", 0) - 1)
            for m in sheet.get("merges", [])] for sheet in meta.get("sheets", [])}
        self.markers = [n["namedRangeId"] for n in meta.get("namedRanges", [])
                        if str(n.get("name", "")).startswith(MARKER_PREFIX)]
        titles = list(self.sheets)
        ranges = [quote_title(t) for t in titles]
        if not ranges:
            self.grids = {}
            return {}
        answer = self._call("read the sheet", lambda: self.client.http_client.values_batch_get(
            self.key, ranges, params=READ_PARAMS))
        value_ranges = answer.get("valueRanges", [])
        grids = Grids((t, vr.get("values", [])) for t, vr in zip(titles, value_ranges))
        grids.locale = meta.get("properties", {}).get("locale", "")  # how typed dates became dates
        self.grids = grids
        for title, rows in self.grids.items():
            fill_merges(rows, merges.get(title, ()))  # a date merged down over a day's notes
        return self.grids

    def _metadata(self) -> dict:
        return self.client.http_client.fetch_sheet_metadata(self.key, params={"fields": META_FIELDS})

    # -- writing ---------------------------------------------------------------
    def write(self, changes: Changes) -> None:
        if not self.sheets:
            self.read()
        marker = f"run {uuid.uuid4().hex[:12]}"  # signs the Run Log row and names the marker
        requests_ = self._requests(changes, marker)
        if not requests_:
            return
        *parts, last = split_batch(requests_, WRITE_LIMIT_BYTES)
        for part in parts:  # only for a write over WRITE_LIMIT_BYTES
            self._call("write to the sheet",
                       partial(self.client.http_client.batch_update, self.key, {"requests": part}),
                       landed=partial(self._part_landed, part))
        body = {"requests": last}
        self._call("write to the sheet",
                   lambda: self.client.http_client.batch_update(self.key, body),
                   landed=lambda: self._landed(changes, marker))

    def _part_landed(self, part: list[dict]) -> bool:
        """After a lost answer to a part of a large write. A part that adds no tab only
        rewrites cells of script tabs, so sending it again is harmless; one that adds
        tabs landed if they are there now."""
        titles = [r["addSheet"]["properties"]["title"] for r in part if "addSheet" in r]
        if not titles:
            return False
        present = {s["properties"]["title"] for s in self._metadata().get("sheets", [])}
        return all(t in present for t in titles)

    def _requests(self, changes: Changes, marker: str) -> list[dict]:
        reqs: list[dict] = []
        next_id = max((s.sheet_id for s in self.sheets.values()), default=0) + 1
        ids: dict[str, int] = {}
        hidden = {a.title for a in changes.appends if a.hidden}
        for title in [a.title for a in changes.appends] + [r.title for r in changes.replaces]:
            if title in self.sheets or title in ids:
                continue
            ids[title] = next_id
            props = {"sheetId": next_id, "title": title, "gridProperties": {"frozenRowCount": 1}}
            reqs.append({"addSheet": {"properties": {**props, "hidden": True} if title in hidden
                                      else props}})
            next_id += 1
        marked: set[str] = set()
        owned: list[Append | Replace] = [*changes.appends, *changes.replaces]
        for c in owned:
            if c.mark and self.marks.get(c.title) != c.mark and c.title not in marked:
                marked.add(c.title)
                reqs.append({"createDeveloperMetadata": {"developerMetadata": {
                    "metadataKey": MARK, "metadataValue": c.mark,
                    "location": {"sheetId": self._sheet(c.title, ids)[0]},
                    "visibility": "DOCUMENT"}}})
        for append in changes.appends:
            reqs += self._append_requests(append, ids, marker)
            if append.marker_column is not None and append.rows:
                reqs += self._marker_requests(self._sheet(append.title, ids)[0], marker)
        for replace in changes.replaces:
            reqs += self._replace_requests(replace, ids)
        return reqs

    def _marker_requests(self, sheet_id: int, marker: str) -> list[dict]:
        """Replace the last run's marker named range by this run's.

        Applied twice (a write Google carried out after the client gave up waiting,
        then sent again), the second batch fails whole: the old marker is gone and
        the new one exists. Only one marker is ever kept in the sheet.
        """
        reqs: list[dict] = [{"deleteNamedRange": {"namedRangeId": rid}} for rid in self.markers]
        reqs.append({"addNamedRange": {"namedRange": {
            "name": MARKER_PREFIX + marker.split()[-1],
            "range": {"sheetId": sheet_id, "startRowIndex": 0, "endRowIndex": 1,
                      "startColumnIndex": 0, "endColumnIndex": 1}}}})
        return reqs

    def _sheet(self, title: str, ids: dict[str, int]) -> tuple[int, SheetInfo | None]:
        info = self.sheets.get(title)
        return (info.sheet_id if info else ids[title]), info

    def _append_requests(self, append: Append, ids: dict[str, int], marker: str) -> list[dict]:
        sheet_id, info = self._sheet(append.title, ids)
        if not append.rows:
            return []
        rows: list[Sequence[Cell]] = [_with_marker(r, append.marker_column, marker) for r in append.rows]
        old_rows = self.grids.get(append.title) or []
        header = 0
        if not old_rows and append.header:
            rows, header = [append.header, *rows], 1
        # Khatir's look is set on whole columns with the tab's first rows; new rows
        # take it on, unless they go past the tab's grid, where they carry it.
        grid_rows = info.rows if info else 1000
        beyond = len(old_rows) + len(rows) > grid_rows
        data, fields = rows_data(rows, append.layout if beyond else None, header)
        reqs = [{"appendCells": {"sheetId": sheet_id, "rows": data, "fields": fields}}]
        if append.layout is not None and len(old_rows) <= 1:  # the tab's first rows
            width = max((len(r) for r in rows), default=0)
            reqs += column_format_requests(sheet_id, append.layout, width)
            reqs += column_requests(sheet_id, append.layout, width, append.title in self.filtered)
        return reqs

    def _replace_requests(self, replace: Replace, ids: dict[str, int]) -> list[dict]:
        sheet_id, info = self._sheet(replace.title, ids)
        old_rows, old_cols = _extent(self.grids.get(replace.title, []))
        new_rows = len(replace.rows)
        new_cols = max((len(r) for r in replace.rows), default=0)
        rows_needed, cols_needed = max(old_rows, new_rows, 1), max(old_cols, new_cols, 1)
        reqs: list[dict] = []
        grid_rows = info.rows if info else 1000
        grid_cols = info.columns if info else 26
        grid: dict[str, Any] = {}
        if rows_needed > grid_rows:
            grid["rowCount"] = rows_needed
        if cols_needed > grid_cols:
            grid["columnCount"] = cols_needed
        if replace.freeze_header and (info is None or info.frozen_rows != 1):
            grid["frozenRowCount"] = 1
            if grid_rows < 2 and rows_needed < 2:  # Google cannot freeze every row of a tab
                grid["rowCount"] = 2
        if grid:
            reqs.append({"updateSheetProperties": {
                "properties": {"sheetId": sheet_id, "gridProperties": grid},
                "fields": ",".join(f"gridProperties.{k}" for k in grid)}})
        data, fields = rows_data(replace.rows)
        reqs.append({"updateCells": {
            "range": {"sheetId": sheet_id, "startRowIndex": 0, "endRowIndex": rows_needed,
                      "startColumnIndex": 0, "endColumnIndex": cols_needed},
            "rows": data, "fields": fields}})
        if replace.chart is not None:
            # The tab is the script's own: its old chart is replaced, never piled up.
            reqs += [{"deleteEmbeddedObject": {"objectId": cid}}
                     for cid in self.charts.get(replace.title, [])]
            reqs.append({"addChart": {"chart": chart_spec(replace.chart, sheet_id)}})
        if replace.layout is not None:
            reqs += format_requests(sheet_id, replace.layout, new_rows, new_cols, old_rows, old_cols)
            reqs += column_requests(sheet_id, replace.layout, new_cols, replace.title in self.filtered)
            reqs += view_requests(sheet_id, replace.layout, replace.rows, new_cols,
                                  self.views.get(replace.title, {}))
        return reqs

    def _landed(self, changes: Changes, marker: str) -> bool:
        """After a lost answer: did Google apply the batch? One read settles it.

        A tab's new Keys are looked for in that tab only (Khatir Keys holds Keys that
        are in Messages already); the run's marker anywhere."""
        keys: dict[str, set[str]] = {}
        for a in changes.appends:
            if a.rows and a.title in self.sheets:
                keys.setdefault(a.title, set()).update(
                    str(r[a.key_column]) for r in a.rows if a.key_column is not None)
        titles = list(keys)
        if not titles:
            return False
        answer = self.client.http_client.values_batch_get(
            self.key, [quote_title(t) for t in titles], params=READ_PARAMS)
        for title, vr in zip(titles, answer.get("valueRanges", [])):
            for row in vr.get("values", []):
                cells = {str(v) for v in row}
                if cells & keys[title] or any(marker in c for c in cells):
                    return True
        return False

    # -- setup -----------------------------------------------------------------
    def read_for_setup(self) -> dict[str, list[list[Cell]]]:
        return self.read()

    def setup(self, plan) -> None:
        reqs = _setup_requests(self, plan)
        if reqs:
            self._call("set up the sheet",
                       lambda: self.client.http_client.batch_update(self.key, {"requests": reqs}),
                       landed=lambda: self._setup_landed(plan))

    def _setup_landed(self, plan) -> bool:
        """Set-up adds tabs: if they are all there now, the lost batch was applied."""
        titles = {s["properties"]["title"] for s in self._metadata().get("sheets", [])}
        return bool(plan.new_tabs) and all(t in titles for t, _ in plan.new_tabs)

    # -- retries ---------------------------------------------------------------
    def _call(self, what: str, fn: Callable[[], Any], landed: Callable[[], bool] | None = None) -> Any:
        """``fn`` with bounded retries. For a write, ``landed`` tells whether an earlier
        attempt whose answer was lost was applied after all: then nothing is re-sent.

        The check is repeated until it answers (a failed check is no reason to re-send),
        and a refusal of a re-sent write is checked too: the run's marker named range
        makes a second application of an already applied batch fail as a whole.
        """
        from google.auth.exceptions import RefreshError
        from gspread.exceptions import APIError
        delays = self.policy.delays()
        sent = False
        while True:
            try:
                if sent and landed is not None and landed():
                    return None
                sent = True
                return fn()
            except APIError as err:
                status = err.response.status_code
                if status not in RETRIED_STATUS and status < 500:
                    if status == 400 and landed is not None and sent and self._quietly(landed):
                        return None
                    raise explain_api_error(err, self.key, what, self.account, self.auth_file) from None
                failure: Exception = err
            except RefreshError as err:  # before TransportError: Google said no to the key or sign-in
                if not _refresh_was_transient(err):
                    raise explain_refresh_error(err, self.account, self.auth_file) from None
                failure = err
            except TRANSPORT_ERRORS as err:  # no internet, Wi-Fi dropped, DNS, a cut answer
                failure = err
            delay = next(delays, None)
            if delay is None:
                raise gave_up(what, failure) from None
            self.sleep(delay)

    @staticmethod
    def _quietly(check: Callable[[], bool]) -> bool:
        from gspread.exceptions import APIError
        try:
            return check()
        except APIError:
            return False
        except TRANSPORT_ERRORS:
            return False


def split_batch(reqs: list[dict], limit: int) -> list[list[dict]]:
    """The write's requests as one batch, or as several whose JSON bodies each fit in
    ``limit`` bytes (as requests encodes them); the appendCells requests (Messages and
    Run Log, which must land together, once) all go in the last one."""
    sizes = [_json_size(r) for r in reqs]
    if sum(sizes) + 2 * len(reqs) + 16 <= limit:
        return [reqs]
    budget = limit - 1024
    pieces: list[dict] = []
    appends: list[dict] = []
    for req, size in zip(reqs, sizes):
        if any(kind in req for kind in LAST_PART):
            appends.append(req)
        elif "updateCells" in req and size > budget:
            pieces += _sliced(req["updateCells"], budget)
        else:
            pieces.append(req)
    parts: list[list[dict]] = [[]]
    used = 0
    appends_size = sum(_json_size(r) + 2 for r in appends)
    for piece in pieces:
        size = _json_size(piece) + 2
        if parts[-1] and used + size > budget:
            parts.append([])
            used = 0
        parts[-1].append(piece)
        used += size
    if appends:
        if parts[-1] and used + appends_size > budget:
            parts.append([])
        parts[-1] += appends
    return [p for p in parts if p]


def _sliced(update: dict, budget: int) -> list[dict]:
    """An updateCells of a whole script tab, as updateCells of consecutive row slices;
    the last slice reaches to the end of the original range, clearing the old rows."""
    rows = update["rows"]
    grid = update["range"]
    out: list[dict] = []
    start, used = grid.get("startRowIndex", 0), 0
    chunk: list[dict] = []
    for row in rows:
        size = _json_size(row) + 2
        if chunk and used + size > budget:
            out.append({"updateCells": {**update, "rows": chunk, "range": {
                **grid, "startRowIndex": start, "endRowIndex": start + len(chunk)}}})
            start, used, chunk = start + len(chunk), 0, []
        chunk.append(row)
        used += size
    out.append({"updateCells": {**update, "rows": chunk, "range": {**grid, "startRowIndex": start}}})
    return out


def chart_spec(chart: Chart, sheet_id: int) -> dict:
    """An EmbeddedChart: a column chart of the tab's own cells, at its anchor cell."""
    def source(col: int) -> dict:
        return {"sourceRange": {"sources": [{
            "sheetId": sheet_id, "startRowIndex": chart.header_row, "endRowIndex": chart.last_row + 1,
            "startColumnIndex": col, "endColumnIndex": col + 1}]}}
    return {
        "spec": {"title": chart.title, "basicChart": {
            "chartType": "COLUMN", "legendPosition": "BOTTOM_LEGEND", "headerCount": 1,
            "axis": [{"position": "BOTTOM_AXIS"}, {"position": "LEFT_AXIS"}],
            "domains": [{"domain": source(chart.category_column)}],
            "series": [{"series": source(col), "targetAxis": "LEFT_AXIS"}
                       for col in chart.series_columns]}},
        "position": {"overlayPosition": {
            "anchorCell": {"sheetId": sheet_id, "rowIndex": chart.anchor_row,
                           "columnIndex": chart.anchor_column},
            "widthPixels": 720, "heightPixels": 400}},
    }


def _json_size(obj: object) -> int:
    """Bytes of ``obj`` in a request body (requests' json=: ASCII, default separators)."""
    return len(json.dumps(obj))


def _transport_errors() -> tuple[type[Exception], ...]:
    from google.auth.exceptions import TransportError
    return (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
            TransportError)


#: Failures of the connection itself: retried within the budget, then one sentence.
TRANSPORT_ERRORS = _transport_errors()


def _refresh_was_transient(err: Exception) -> bool:
    """google-auth marks a token refresh that failed on a 5xx or a timeout as retryable."""
    return bool(getattr(err, "retryable", False))


def spreadsheet_key(url_or_key: str) -> str:
    from gspread.utils import extract_id_from_url
    text = url_or_key.strip()
    if "/" in text:
        try:
            return extract_id_from_url(text)
        except Exception:  # gspread raises NoValidUrlKeyFound
            raise SheetError(NOT_A_LINK, text=text) from None
    return text


def quote_title(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _extent(grid: list[list]) -> tuple[int, int]:
    return len(grid), max((len(r) for r in grid), default=0)


def _with_marker(row: Sequence[Cell], column: int | None, marker: str) -> list[Cell]:
    """Sign a row (the Run Log's Details) with the run's marker, so a retry can tell."""
    if column is None or column >= len(row):
        return list(row)
    value = row[column]
    return [*row[:column], f"{value}; {marker}" if value not in (None, "") else marker,
            *row[column + 1:]]


def _row_data(row: list[Cell]) -> dict:
    return {"values": [value_data(v) for v in row]}


def _setup_requests(backend: "GoogleBackend", plan) -> list[dict]:
    """The whole set-up as one batchUpdate: tabs, headers, frozen rows, dropdowns,
    warning-only protection and the overdue highlight."""
    reqs: list[dict] = []
    ids = {title: info.sheet_id for title, info in backend.sheets.items()}
    next_id = max(ids.values(), default=0) + 1
    for title, _ in plan.new_tabs:
        ids[title] = next_id
        reqs.append({"addSheet": {"properties": {"sheetId": next_id, "title": title}}})
        next_id += 1
    for title, header in [*plan.new_tabs, *plan.header_rows]:
        reqs.append({"updateCells": {
            "start": {"sheetId": ids[title], "rowIndex": 0, "columnIndex": 0},
            "rows": [_row_data(header)], "fields": "userEnteredValue"}})
        reqs.append({"repeatCell": {
            "range": {"sheetId": ids[title], "startRowIndex": 0, "endRowIndex": 1},
            "cell": {"userEnteredFormat": {"textFormat": {"bold": True}}},
            "fields": "userEnteredFormat.textFormat.bold"}})
    for title in plan.freeze:
        info = backend.sheets.get(title)
        if info is None or info.frozen_rows != 1:
            grid = {"frozenRowCount": 1}
            if info is not None and info.rows < 2:  # Google cannot freeze every row of a tab
                grid["rowCount"] = 2
            reqs.append({"updateSheetProperties": {
                "properties": {"sheetId": ids[title], "gridProperties": grid},
                "fields": ",".join(f"gridProperties.{k}" for k in grid)}})
    for drop in plan.dropdowns:
        reqs.append({"setDataValidation": {
            "range": {"sheetId": ids[drop.title], "startRowIndex": drop.first_row - 1,
                      "startColumnIndex": drop.column, "endColumnIndex": drop.column + 1},
            "rule": {"condition": {"type": "ONE_OF_LIST",
                                   "values": [{"userEnteredValue": c} for c in drop.choices]},
                     "showCustomUi": True, "strict": False}}})
    protected = backend.protected
    for title in plan.protect:
        if title not in protected:
            reqs.append({"addProtectedRange": {"protectedRange": {
                "range": {"sheetId": ids[title]}, "warningOnly": True,
                "description": "Written by Khatir on every run: changes here are replaced."}}})
    if plan.overdue and plan.overdue[0] not in backend.highlighted:
        title, col = plan.overdue
        letter = _column_letter(col)
        reqs.append({"addConditionalFormatRule": {"index": 0, "rule": {
            "ranges": [{"sheetId": ids[title], "startRowIndex": 1}],
            "booleanRule": {
                "condition": {"type": "CUSTOM_FORMULA",
                              "values": [{"userEnteredValue": f"=AND(ISNUMBER(${letter}2),${letter}2>0)"}]},
                "format": {"backgroundColor": {"red": 0.99, "green": 0.89, "blue": 0.88}}}}}})
    return reqs


def _column_letter(index: int) -> str:
    from ..sheet.tables import column_letter
    return column_letter(index)
