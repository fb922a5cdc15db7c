"""The daily job (follow-ups, meetup invitations, ...) adapted to the scheduler's
protocol (``protocol.ScheduledJob``): it checks the Run Log first, so a day already
run by hand is not run again."""
from __future__ import annotations

from typing import Any

from ..config import Settings
from .protocol import JobRun, Outcome, Target


class _ReadOnce:
    """A backend whose first ``read`` was already done (to check the Run Log)."""

    def __init__(self, backend: Any, grids: dict[str, list[list]]):
        self._backend = backend
        self._grids: dict[str, list[list]] | None = grids

    def read(self) -> dict[str, list[list]]:
        grids, self._grids = self._grids, None
        return grids if grids is not None else self._backend.read()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)


class DailyJob:
    """The daily job (follow-ups, meetup invitations, ...) run by the scheduler."""

    name = "daily"

    def __init__(self, target: Target):
        self.target = target
        self._settings: Settings | None = None

    def run(self, run: JobRun) -> Outcome:
        from ..jobs import runlog
        from ..jobs.daily import run_daily
        from ..summary import summarise

        self._settings = None
        settings = self.target.load_settings()
        self._settings = settings
        backend = self.target.open_backend(settings)
        grids = backend.read()
        earlier = runlog.last_success(grids, settings, self.name, run.tz)
        if run.covered_by(earlier):
            return Outcome(summary="already ran", already=earlier)
        result = run_daily(_ReadOnce(backend, grids), settings, run.today, run.clock,
                           catch_up=run.catch_up)
        kinds = ", ".join(f"{k}: {n}" for k, n in sorted(result.messages_by_kind.items()))
        summary = (f"today={result.today}; {len(result.new_messages)} new messages"
                   f"{' (' + kinds + ')' if kinds else ''}; {len(result.items)} follow-ups; "
                   f"{len(result.problems)} problems")
        return Outcome(summary=summary, report=summarise(result, settings.language, settings))

    def record_failure(self, run: JobRun, sentence: str, details: str) -> None:
        from ..jobs import runlog

        settings = self._settings or self.target.load_settings()
        backend = self.target.open_backend(settings)  # fresh: nothing half-written in memory
        runlog.record_failure(backend, settings, self.name, run.started, run.clock(), sentence,
                              details)
