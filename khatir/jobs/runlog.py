"""The Run Log tab from the scheduler's side: a row for a failed run, and the last good run.

A successful daily run writes its own Run Log row (``jobs.daily.run_log_row``).
A run that failed writes nothing, so the scheduler adds a row saying so here, with
the outcome ``failed: <one sentence>``: the owner sees it where they look every
day. The Run Log stays append-only: only ``Append`` is used, laid out in the
tab's own column order exactly as the daily job does it.
"""
from __future__ import annotations

from datetime import datetime, tzinfo

from .. import __version__
from ..backends.base import Backend, Changes
from ..config import Settings
from ..errors import SheetError
from ..i18n import Text
from ..sheet.records import Problem
from ..sheet.schema import header_key
from ..sheet.tables import locate
from .daily import append_for

FAILED = "failed"

NO_HEADER = Text(en="The {title} tab's header row is not recognised, so nothing was added to it; "
                    "fix its header (see the Problems tab).",
                 bn="{title} ট্যাবের শিরোনাম সারি চেনা যাচ্ছে না, তাই এতে কিছু যোগ করা হয়নি; এর শিরোনাম "
                    "ঠিক করুন (সমস্যা ট্যাব দেখুন)।")


def failure_row(job: str, started: datetime, finished: datetime, sentence: str,
                details: str = "") -> dict[str, object]:
    """A Run Log row for a run that did not complete; counts are left blank."""
    return {
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "job": job,
        "outcome": f"{FAILED}: {sentence}",
        "version": __version__,
        "details": details,
    }


def append_rows(backend: Backend, settings: Settings, rows: list[dict[str, object]]) -> None:
    """Append rows to the Run Log (creating the tab with its header if it is missing).

    ``backend`` should be freshly opened: a workbook whose failed write left
    changes in memory must not have them saved by this write.
    """
    grids = backend.read()
    spec = settings.tab("run_log")
    problems: list[Problem] = []
    table = locate(spec, grids, settings.language, problems)
    tables = {spec.key: table} if table is not None else {}
    append = append_for(spec, tables, grids, rows, settings.language)
    if rows and not append.rows:
        raise SheetError(NO_HEADER, title=append.title)
    backend.write(Changes(appends=[append]))


def record_failure(backend: Backend, settings: Settings, job: str, started: datetime,
                   finished: datetime, sentence: str, details: str = "") -> None:
    append_rows(backend, settings, [failure_row(job, started, finished, sentence, details)])


def last_success(grids: dict[str, list[list]], settings: Settings, job: str,
                 tz: tzinfo) -> datetime | None:
    """When ``job`` last started a run that ended "ok", according to the Run Log.

    Rows whose start time cannot be read are skipped (staff may have typed in
    the tab). A time without a zone is taken to be in ``tz``.
    """
    spec = settings.tab("run_log")
    table = locate(spec, grids, settings.language, [])
    if table is None or "started" not in table.columns or "outcome" not in table.columns:
        return None
    wanted = header_key(job)
    best: datetime | None = None
    for _, row in table.rows():
        if "job" in table.columns and header_key(row.get("job")) != wanted:
            continue
        if str(row.get("outcome") or "").strip().lower() != "ok":
            continue
        when = _as_datetime(row.get("started"), tz)
        if when is not None and (best is None or when > best):
            best = when
    return best


def _as_datetime(value: object, tz: tzinfo) -> datetime | None:
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, str) and value.strip():
        try:
            when = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    else:
        return None
    return when.replace(tzinfo=tz) if when.tzinfo is None else when
