"""Backends: the only code that imports openpyxl or gspread."""
from __future__ import annotations

from ..config import Settings
from ..errors import ConfigError
from ..i18n import Text

BOTH_TARGETS = Text(en="Give either --workbook or --sheet, not both.",
                    bn="--workbook অথবা --sheet, যেকোনো একটি দিন, দুটো একসাথে নয়।")
NO_TARGET = Text(en="No spreadsheet was named; add --workbook PATH (or --sheet URL), or set path "
                    "under [workbook] in config/settings.toml.",
                 bn="কোনো স্প্রেডশিটের নাম দেওয়া হয়নি; --workbook PATH (অথবা --sheet URL) যোগ করুন, "
                    "অথবা config/settings.toml-এর [workbook] অংশে path লিখুন।")


def open_target(workbook: str | None, sheet: str | None, settings: Settings):
    """The workbook or Google Sheet named on the command line, else in the settings."""
    if workbook and sheet:
        raise ConfigError(BOTH_TARGETS)
    key = sheet or (None if workbook else settings.sheet)
    if key:
        from .google import GoogleBackend
        return GoogleBackend.open(key, settings)
    path = workbook or settings.workbook
    if not path:
        raise ConfigError(NO_TARGET)
    from .workbook import WorkbookBackend
    return WorkbookBackend(path, settings.backups, settings.reader)
