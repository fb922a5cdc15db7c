"""A local Google-Sheets-compatible HTTP server for tests, driven through the real gspread.

Use it in-process::

    with SheetsServer() as server:
        sid = server.create_spreadsheet("Shop", {"Customers": [["ID", "Name"], ["C1", "Rahim"]]})
        client = khatir.backends.emulator.emulator_client(server.host)
        client.open_by_key(sid).worksheet("Customers").get_all_values()

or standalone (``python tests/sheets_server.py --port 8123``) and point the app at it
with ``SHEETS_EMULATOR_HOST=127.0.0.1:8123``. The implementation lives in
``tests/sheets_emulator/``; its docstring lists what is simplified.
"""
from __future__ import annotations

import argparse
import threading
import time
from typing import Any, Callable, Iterable

try:  # imported as tests.sheets_server
    from .sheets_emulator import Emulator, EmulatorHTTPServer, Fault, LoggedRequest, SheetState
    from .sheets_emulator.model import Store
except ImportError:  # run as a script, or imported with tests/ on sys.path
    from sheets_emulator import Emulator, EmulatorHTTPServer, Fault, LoggedRequest, SheetState
    from sheets_emulator.model import Store

__all__ = ["Fault", "LoggedRequest", "SheetState", "SheetsServer", "main"]

DEFAULT_USER = "khatir-emulator@khatir-tests.iam.gserviceaccount.com"


class SheetsServer:
    """The emulator on a free 127.0.0.1 port, with controls for tests.

    Everything is thread safe: requests are served on threads, and tests may change
    the state or queue faults while a client is running.
    """

    def __init__(self, port: int = 0, *, user_email: str = DEFAULT_USER, seed: int | None = None,
                 object_ids: Iterable[int] = (), verbose: bool = False):
        """``user_email`` is the caller Google would see (it is listed as editor of protected
        ranges); ``seed`` makes generated ids repeatable; ``object_ids`` are handed out, in
        order, before random ones for new protected and named ranges (to reproduce a recording).
        """
        self._port = port
        self._store = Store(user_email, seed, object_ids)
        self._emulator = Emulator(self._store, verbose)
        self._httpd: EmulatorHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle

    def start(self) -> "SheetsServer":
        if self._httpd is None:
            self._httpd = EmulatorHTTPServer(("127.0.0.1", self._port), self._emulator)
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="sheets-emulator",
                                            kwargs={"poll_interval": 0.05}, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd.close_connections()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._httpd = self._thread = None

    def __enter__(self) -> "SheetsServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the server is not started")
        return self._httpd.server_address[1]

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT``, the value for SHEETS_EMULATOR_HOST."""
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.host}"

    # ------------------------------------------------------------ state

    @property
    def state(self) -> SheetState:
        """The helpers an on_before_write callback receives."""
        return self._emulator.state

    def create_spreadsheet(self, title: str, tabs: dict[str, list[list[Any]]] | None = None,
                           *, input_option: str = "RAW") -> str:
        return self.state.create_spreadsheet(title, tabs, input_option=input_option)

    def values(self, spreadsheet_id: str, tab: str, render: str = "FORMULA") -> list[list[Any]]:
        return self.state.values(spreadsheet_id, tab, render)

    def tabs(self, spreadsheet_id: str) -> list[str]:
        return self.state.tabs(spreadsheet_id)

    def grid_size(self, spreadsheet_id: str, tab: str) -> tuple[int, int]:
        return self.state.grid_size(spreadsheet_id, tab)

    def set_cell(self, spreadsheet_id: str, tab: str, a1: str, value: Any, **kw: Any) -> None:
        self.state.set_cell(spreadsheet_id, tab, a1, value, **kw)

    def insert_rows(self, spreadsheet_id: str, tab: str, index: int, rows: list[list[Any]], **kw: Any) -> None:
        self.state.insert_rows(spreadsheet_id, tab, index, rows, **kw)

    def delete_rows(self, spreadsheet_id: str, tab: str, start: int, end: int | None = None) -> None:
        self.state.delete_rows(spreadsheet_id, tab, start, end)

    def sort_rows(self, spreadsheet_id: str, tab: str, key_column_index: int, start_row: int = 2,
                  **kw: Any) -> None:
        self.state.sort_rows(spreadsheet_id, tab, key_column_index, start_row, **kw)

    def reset(self) -> None:
        """Forget every spreadsheet, fault, callback, logged request and recorded error."""
        with self._store.lock:
            self._store.books.clear()
            self._store.files.clear()
        self._emulator.faults.clear()
        self._emulator.clear_hooks()
        self._emulator.reset_log()
        self._emulator.errors.clear()
        self.restore_access()

    # ------------------------------------------------------------ observing and disturbing

    @property
    def requests(self) -> list[LoggedRequest]:
        """Handled requests so far: (method, path_with_query, request_bytes, response_bytes, status)."""
        return self._emulator.log()

    def reset_requests(self) -> None:
        self._emulator.reset_log()

    @property
    def errors(self) -> list[str]:
        """Tracebacks of emulator bugs and failing on_before_write callbacks (answered 500)."""
        return list(self._emulator.errors)

    def unshare(self, spreadsheet_id: str, shared: bool = False) -> None:
        """Make the spreadsheet not shared with the caller (every request on it answers
        403 PERMISSION_DENIED, as Google does), or shared again with ``shared=True``."""
        if shared:
            self._emulator.unshared.discard(spreadsheet_id)
        else:
            self._emulator.unshared.add(spreadsheet_id)

    def disable_api(self, disabled: bool = True) -> None:
        """Answer every Sheets request as Google does when the Sheets API is not enabled in
        the caller's Cloud project (403 PERMISSION_DENIED, reason SERVICE_DISABLED)."""
        self._emulator.api_disabled = disabled

    def restore_access(self) -> None:
        """Every sheet shared again, the API enabled, tokens given."""
        self._emulator.unshared.clear()
        self._emulator.api_disabled = False
        self._emulator.token_refusal = None

    @property
    def token_uri(self) -> str:
        """Google's token endpoint, served here: put it in credentials as ``token_uri``."""
        return f"{self.url}/token"

    def refuse_tokens(self, kind: str | None = "user") -> None:
        """Answer token requests as Google does for an expired or revoked sign-in ("user")
        or a deleted service-account key ("service_account"); None gives tokens again."""
        self._emulator.token_refusal = kind

    def inject_faults(self, *faults: Fault) -> None:
        """Queue faults; each request consumes at most one matching fault, first queued first."""
        self._emulator.faults.add(*faults)

    def pending_faults(self) -> list[Fault]:
        return self._emulator.faults.pending()

    def clear_faults(self) -> None:
        self._emulator.faults.clear()

    def on_before_write(self, callback: Callable[[SheetState], Any], match: str | None = None) -> None:
        """Run ``callback(server.state)`` once, just before the next write (non-GET) is applied.

        Callbacks queue: each write that is about to be applied takes the oldest one
        (whose ``match``, if given, is a substring of the operation name or path). A
        write answered by an injected error fault is not applied and takes none.
        """
        self._emulator.add_hook(callback, match)

    def pending_callbacks(self) -> int:
        return self._emulator.pending_hooks()

    def clear_callbacks(self) -> None:
        self._emulator.clear_hooks()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a local Google Sheets API emulator on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8123, help="port to listen on (0 picks a free one)")
    parser.add_argument("--seed", type=int, default=None, help="seed for generated ids")
    parser.add_argument("--user-email", default=DEFAULT_USER,
                        help="the caller's identity, shown as editor of protected ranges")
    parser.add_argument("--object-ids", type=int, nargs="*", default=[],
                        help="ids to hand out first for new protected/named ranges")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    server = SheetsServer(args.port, user_email=args.user_email, seed=args.seed,
                          object_ids=args.object_ids, verbose=args.verbose)
    server.start()
    print(f"Sheets emulator listening on {server.url}  (SHEETS_EMULATOR_HOST={server.host})", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
