"""HTTP plumbing: routing, request log, faults and before-write hooks around the API modules."""
from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
import traceback
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from . import batch_update, drive_api, fieldmask, metadata, values_api
from .errors import (BAD_GATEWAY_HTML, TOKEN_REFUSALS, ApiError, bad_request, fault_error,
                     not_found, not_shared, service_disabled)
from .faults import Fault, FaultQueue
from .model import Sheet, Store
from .state import SheetState


class LoggedRequest(NamedTuple):
    method: str
    path: str  # path with query, as received
    body: bytes
    response: bytes
    status: int | None  # None when the connection was dropped without an answer


class Request:
    def __init__(self, method: str, raw_path: str, body: bytes):
        self.method = method
        self.raw_path = raw_path
        self.body_bytes = body
        parts = urlsplit(raw_path)
        self.path = parts.path
        self.lists = parse_qs(parts.query, keep_blank_values=True)
        self.q = {k: v[-1] for k, v in self.lists.items()}

    def json(self) -> Any:
        if not self.body_bytes.strip():
            return {}
        try:
            return json.loads(self.body_bytes.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            snippet = self.body_bytes[:60].decode("utf-8", "replace")
            raise bad_request(f"Invalid JSON payload received. Unexpected token.\n{snippet}\n^") from None


Handler = Callable[[Store, Request, dict[str, str]], Any]


def _book(store: Store, params: dict[str, str]):  # noqa: ANN202 - small helper
    return store.book(unquote(params["id"]))


def _truthy(value: Any) -> bool:
    return str(value).lower() == "true"


def _create_spreadsheet(store: Store, req: Request, params: dict[str, str]) -> Any:
    body = req.json()
    props = body.get("properties") or {}
    book = store.new_book(props.get("title") or "Untitled spreadsheet", first_sheet=False)
    for i, spec in enumerate(body.get("sheets") or [{}]):
        p = spec.get("properties") or {}
        grid = p.get("gridProperties") or {}
        book.sheets.append(Sheet(p.get("sheetId", 0 if i == 0 else store.new_sheet_id(book)),
                                 p.get("title") or f"Sheet{i + 1}", grid.get("rowCount", 1000),
                                 grid.get("columnCount", 26)))
    return metadata.spreadsheet_json(store, book, False, [], req.q.get("fields"))


def _copy_sheet_to(store: Store, req: Request, params: dict[str, str]) -> Any:
    source = _book(store, params)
    sheet = source.by_id(int(params["sheet"]))
    if sheet is None:
        raise not_found()
    dest = store.book(req.json().get("destinationSpreadsheetId") or "")
    copy = sheet.clone()
    copy.sheet_id = store.new_sheet_id(dest)
    title, n = f"Copy of {sheet.title}", 2
    while dest.by_title(title) is not None:
        title, n = f"Copy {n} of {sheet.title}", n + 1
    copy.title, copy.protected_ranges = title, []
    dest.sheets.append(copy)
    return copy.properties(dest.index_of(copy))


# (method, path regex, operation name, handler)
ROUTES: list[tuple[str, re.Pattern[str], str, Handler]] = [
    ("POST", re.compile(r"^/v4/spreadsheets/?$"), "spreadsheets:create", _create_spreadsheet),
    ("GET", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)$"), "spreadsheets:get",
     lambda s, r, p: metadata.spreadsheet_json(s, _book(s, p), _truthy(r.q.get("includeGridData")),
                                               r.lists.get("ranges", []), r.q.get("fields"))),
    ("POST", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+):batchUpdate$"), "spreadsheets:batchUpdate",
     lambda s, r, p: batch_update.batch_update(s, _book(s, p), r.json())),
    ("GET", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/values:batchGet$"), "values:batchGet",
     lambda s, r, p: values_api.batch_get(s, _book(s, p), r.q, r.lists.get("ranges", []))),
    ("POST", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/values:batchUpdate$"), "values:batchUpdate",
     lambda s, r, p: values_api.batch_update(s, _book(s, p), r.json())),
    ("POST", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/values:batchClear$"), "values:batchClear",
     lambda s, r, p: values_api.batch_clear(s, _book(s, p), r.json())),
    ("POST", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/values/(?P<range>.+):append$"), "values:append",
     lambda s, r, p: values_api.append(s, _book(s, p), unquote(p["range"]), r.q, r.json())),
    ("POST", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/values/(?P<range>.+):clear$"), "values:clear",
     lambda s, r, p: values_api.clear(s, _book(s, p), unquote(p["range"]))),
    ("GET", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/values/(?P<range>.+)$"), "values:get",
     lambda s, r, p: values_api.get(s, _book(s, p), unquote(p["range"]), r.q)),
    ("PUT", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/values/(?P<range>.+)$"), "values:update",
     lambda s, r, p: values_api.update(s, _book(s, p), unquote(p["range"]), r.q, r.json())),
    ("POST", re.compile(r"^/v4/spreadsheets/(?P<id>[^/:]+)/sheets/(?P<sheet>\d+):copyTo$"), "sheets:copyTo",
     _copy_sheet_to),
    ("GET", re.compile(r"^/drive/v3/files/?$"), "drive:files.list",
     lambda s, r, p: drive_api.list_files(s, r.q)),
    ("POST", re.compile(r"^/drive/v3/files/?$"), "drive:files.create",
     lambda s, r, p: drive_api.create(s, r.q, r.json())),
    ("GET", re.compile(r"^/drive/v3/files/(?P<fid>[^/]+)$"), "drive:files.get",
     lambda s, r, p: drive_api.get(s, unquote(p["fid"]), r.q)),
    ("PATCH", re.compile(r"^/drive/v3/files/(?P<fid>[^/]+)$"), "drive:files.update",
     lambda s, r, p: drive_api.update(s, unquote(p["fid"]), r.q, r.json())),
    ("DELETE", re.compile(r"^/drive/v3/files/(?P<fid>[^/]+)$"), "drive:files.delete",
     lambda s, r, p: drive_api.delete(s, unquote(p["fid"]))),
    ("POST", re.compile(r"^/drive/v3/files/(?P<fid>[^/]+)/copy$"), "drive:files.copy",
     lambda s, r, p: drive_api.copy(s, unquote(p["fid"]), r.q, r.json())),
]


def route(method: str, path: str) -> tuple[str, Handler, dict[str, str]] | None:
    for route_method, pattern, name, handler in ROUTES:
        m = pattern.match(path)
        if m and route_method == method:
            return name, handler, m.groupdict()
    return None


class Emulator:
    """Everything the HTTP handler needs, shared by all connection threads."""

    def __init__(self, store: Store, verbose: bool = False):
        self.store = store
        self.state = SheetState(store)
        self.faults = FaultQueue()
        self.verbose = verbose
        self._hooks: deque[tuple[Callable[[SheetState], Any], str | None]] = deque()
        self._hook_lock = threading.Lock()
        self._log: deque[LoggedRequest] = deque(maxlen=100_000)  # a long standalone run stays bounded
        self._log_lock = threading.Lock()
        self.errors: list[str] = []  # tracebacks of emulator bugs and failing hooks
        self.unshared: set[str] = set()  # spreadsheets not shared with the caller: 403
        self.api_disabled = False  # the Sheets API is off in the caller's project: 403
        self.token_refusal: str | None = None  # "user" or "service_account": /token says no

    # ------------------------------------------------------------ hooks and log

    def add_hook(self, callback: Callable[[SheetState], Any], match: str | None) -> None:
        with self._hook_lock:
            self._hooks.append((callback, match))

    def _take_hook(self, labels: str) -> Callable[[SheetState], Any] | None:
        with self._hook_lock:
            for item in self._hooks:
                if item[1] is None or item[1] in labels:
                    self._hooks.remove(item)
                    return item[0]
        return None

    def pending_hooks(self) -> int:
        with self._hook_lock:
            return len(self._hooks)

    def clear_hooks(self) -> None:
        with self._hook_lock:
            self._hooks.clear()

    def record(self, entry: LoggedRequest) -> None:
        with self._log_lock:
            self._log.append(entry)

    def log(self) -> list[LoggedRequest]:
        with self._log_lock:
            return list(self._log)

    def reset_log(self) -> None:
        with self._log_lock:
            self._log.clear()

    # ------------------------------------------------------------ handling

    def handle(self, method: str, raw_path: str, body: bytes) -> tuple[int | None, bytes, str, bool]:
        """Answer one request: (status or None to drop, body, content type, close after)."""
        req = Request(method, raw_path, body)
        found = route(method, req.path)
        operation = found[0] if found else "unknown"
        labels = f"{operation} {raw_path} {unquote(raw_path)}"
        if method == "POST" and req.path == "/token":
            return self._token()
        fault = self.faults.take(method, labels)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.drop:
            return None, b"", "", True
        if fault is not None and fault.status:
            return self._fault_answer(fault, method)
        if found is None:
            return self._error(ApiError(404, "Method not found.", "NOT_FOUND"))
        if self.api_disabled and not operation.startswith("drive:"):
            return self._error(service_disabled())
        if found[2].get("id") in self.unshared:
            return self._error(not_shared())
        if method != "GET":
            hook = self._take_hook(labels)
            if hook is not None:
                try:
                    hook(self.state)
                except Exception:  # surfaced to the test through SheetsServer.errors / stop()
                    self.errors.append("on_before_write callback failed:\n" + traceback.format_exc())
                    return self._error(ApiError(500))
        try:
            with self.store.lock:
                result = found[1](self.store, req, found[2])
        except ApiError as err:
            status, payload, ctype, close = self._error(err)
        except Exception:
            self.errors.append(f"{method} {raw_path}\n" + traceback.format_exc())
            if self.verbose:
                print(self.errors[-1], file=sys.stderr)
            status, payload, ctype, close = self._error(ApiError(500))
        else:
            if result is None:
                status, payload, ctype, close = 204, b"", "", False
            else:
                if req.q.get("fields") and not operation.startswith(("spreadsheets:get", "drive:")):
                    result = fieldmask.select(result, fieldmask.parse(req.q["fields"]))
                pretty = str(req.q.get("prettyPrint", "true")).lower() != "false"
                status, payload, ctype, close = (200, _dump(result, pretty),
                                                 "application/json; charset=UTF-8", False)
        if fault is not None and fault.drop_after_apply:
            return None, payload, "", True
        return status, payload, ctype, close

    def _token(self) -> tuple[int, bytes, str, bool]:
        """Google's OAuth token endpoint, for credentials whose ``token_uri`` points here."""
        if self.token_refusal is not None:
            return 400, _dump(TOKEN_REFUSALS[self.token_refusal]), "application/json; charset=utf-8", False
        answer = {"access_token": "emulator-access-token", "expires_in": 3599, "token_type": "Bearer"}
        return 200, _dump(answer), "application/json; charset=utf-8", False

    def _fault_answer(self, fault: Fault, method: str) -> tuple[int, bytes, str, bool]:
        code = fault.status or 500
        if isinstance(fault.body, str):
            return code, fault.body.encode("utf-8"), "text/plain; charset=UTF-8", False
        if isinstance(fault.body, dict):
            return code, _dump(fault.body), "application/json; charset=UTF-8", False
        if code == 502:
            return code, BAD_GATEWAY_HTML.encode("utf-8"), "text/html; charset=UTF-8", False
        return self._error(fault_error(code, method != "GET"))

    @staticmethod
    def _error(err: ApiError) -> tuple[int, bytes, str, bool]:
        return err.code, _dump(err.body()), "application/json; charset=UTF-8", False


def _dump(obj: Any, pretty: bool = True) -> bytes:
    """Google pretty-prints JSON unless asked not to (``prettyPrint=false``)."""
    if not pretty:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ESF"
    sys_version = ""
    timeout = 120  # idle keep-alive connections are closed after this many seconds
    server: "EmulatorHTTPServer"

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        body = self._read_body()
        emulator = self.server.emulator
        status, payload, ctype, close = emulator.handle(self.command, self.path, body)
        emulator.record(LoggedRequest(self.command, self.path, body, payload if status else b"", status))
        if status is None:
            self.close_connection = True  # answer nothing: the client sees the connection drop
            return
        try:
            self.send_response(status)
            if status != 204:
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if status != 204:
                self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. after a delay fault)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.emulator.verbose:
            super().log_message(format, *args)


class EmulatorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], emulator: Emulator):
        super().__init__(address, RequestHandler)
        self.emulator = emulator
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self._connections.discard(request)

    def close_connections(self) -> None:
        """Cut kept-alive connections, so a stopped server really stops answering."""
        with self._connections_lock:
            live = list(self._connections)
        for conn in live:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
