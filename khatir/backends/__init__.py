"""Backends: the only code that imports openpyxl or gspread."""
from __future__ import annotations

from ..config import Settings
from ..errors import ConfigError


def open_target(workbook: str | None, sheet: str | None, settings: Settings):
    """The workbook or Google Sheet named on the command line, else in the settings."""
    if workbook and sheet:
        raise ConfigError("Give either --workbook or --sheet, not both.")
    if sheet or (not workbook and settings.sheet):
        from .google import GoogleBackend
        return GoogleBackend.open(sheet or settings.sheet, settings)
    path = workbook or settings.workbook
    if not path:
        raise ConfigError("No spreadsheet was named; add --workbook PATH (or --sheet URL), "
                          "or set path under [workbook] in config/settings.toml.")
    from .workbook import WorkbookBackend
    return WorkbookBackend(path, settings.backups)
