"""The jobs that read the sheet, plan and write once: ``daily``, ``invite``, ``setup``
(and ``runlog``, the Run Log they share).

Time is an input: every job is given a ``Clock`` (tests pass a fixed one, the
scheduler its own), never ``datetime.now()``.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

Clock = Callable[[], datetime]
