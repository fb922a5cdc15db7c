"""Injected failures: what a flaky network and Google's quotas do to a client."""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from typing import Any, Iterable


@dataclass
class Fault:
    """One queued failure, applied to the next ``times`` requests it matches.

    ``match`` is a substring (or compiled regex) looked for in the request's
    operation name (``values:append``, ``values:update``, ``spreadsheets:batchUpdate``,
    ``drive:files.create``, ...), its raw path and query, and its percent-decoded path.
    ``methods`` limits it to HTTP methods (``{"POST"}``); None matches any.

    - ``status``: answer with Google's error body for that code (429 RESOURCE_EXHAUSTED,
      500 INTERNAL, 503 UNAVAILABLE, 502 an HTML page as Google's front end sends);
      the request is not applied. ``body`` overrides the answer (dict -> JSON, str -> text).
    - ``delay``: sleep before handling. The request is still applied afterwards even if
      the client has given up, as a slow Google would.
    - ``drop``: close the connection without applying or answering.
    - ``drop_after_apply``: apply the request, then close without answering, so the
      client cannot know whether its write happened.
    """

    status: int | None = None
    times: int = 1
    match: str | re.Pattern[str] | None = None
    methods: Iterable[str] | None = None
    delay: float = 0.0
    drop: bool = False
    drop_after_apply: bool = False
    body: dict[str, Any] | str | None = None

    def matches(self, method: str, labels: str) -> bool:
        if self.methods is not None and method.upper() not in {m.upper() for m in self.methods}:
            return False
        if self.match is None:
            return True
        if isinstance(self.match, re.Pattern):
            return self.match.search(labels) is not None
        return self.match in labels


class FaultQueue:
    """Thread-safe FIFO of faults; each request consumes at most one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, *faults: Fault) -> None:
        for fault in faults:
            if fault.times < 1:
                raise ValueError("Fault.times must be at least 1")
        with self._lock:
            self._faults.extend(replace(f) for f in faults)

    def take(self, method: str, labels: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, labels):
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def pending(self) -> list[Fault]:
        with self._lock:
            return [replace(f) for f in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
