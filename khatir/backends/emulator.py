"""A gspread client for a local Sheets-compatible server (tests, demos, CI).

Google's client libraries reach their emulators through ``*_EMULATOR_HOST``
variables; Khatir does the same with ``SHEETS_EMULATOR_HOST=127.0.0.1:PORT``.
gspread keeps building the real Google URLs, so everything above the transport
runs exactly as in production: only the adapter below sends those requests to
the emulator, over plain HTTP and without credentials.
"""
from __future__ import annotations

import os
from typing import Any, Mapping
from urllib.parse import urlsplit, urlunsplit

import gspread
import requests
from requests.adapters import HTTPAdapter

ENV_VAR = "SHEETS_EMULATOR_HOST"
GOOGLE_HOSTS = ("https://sheets.googleapis.com", "https://www.googleapis.com")


def _normalise_host(host: str) -> str:
    host = host.strip()
    for scheme in ("http://", "https://"):
        if host.startswith(scheme):
            host = host[len(scheme):]
    host = host.rstrip("/")
    if not host or "/" in host:
        raise ValueError(f"{ENV_VAR} must look like 127.0.0.1:8123, not {host!r}")
    return host


class EmulatorAdapter(HTTPAdapter):
    """Rewrites requests for Google's API hosts to ``http://{host}``, keeping path and query."""

    def __init__(self, host: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.host = _normalise_host(host)

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: float | tuple[float, float] | tuple[float, None] | None = None,
             verify: bool | str = True, cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
             proxies: Mapping[str, str] | None = None) -> requests.Response:
        parts = urlsplit(request.url or "")
        request.url = urlunsplit(("http", self.host, parts.path, parts.query, parts.fragment))
        # The emulator is local: a proxy from the environment must not see it.
        return super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert,
                            proxies={})


def emulator_client(host: str, timeout: float | None = None) -> gspread.Client:
    """A gspread Client whose requests to Google go to the emulator at ``host`` instead."""
    session = requests.Session()
    session.trust_env = False  # no proxy or .netrc credentials picked up from the environment
    adapter = EmulatorAdapter(host)
    for prefix in GOOGLE_HOSTS:
        session.mount(prefix + "/", adapter)
    client = gspread.Client(auth=None, session=session)  # type: ignore[arg-type]
    if timeout is not None:
        client.set_timeout(timeout)
    return client


def emulator_host_from_env() -> str | None:
    """``SHEETS_EMULATOR_HOST`` (e.g. ``127.0.0.1:8123``), or None when unset or blank."""
    value = os.environ.get(ENV_VAR, "").strip()
    return _normalise_host(value) if value else None
