"""The log file (rotating, UTF-8, shared between processes) and error sentences that
keep phone numbers out of it."""
from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path

from ..errors import KhatirError
from ..i18n import Text

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5


class _SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that a scheduler and a ``--once`` run may share.

    The file is opened for each line and closed after it, so on Windows another
    process can rotate it; a rotation that fails (the file is busy) is skipped.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        finally:
            if self.stream is not None:
                self.stream.close()
                self.stream = None

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:  # pragma: no cover - Windows: open in another process
            self.stream = None


def setup_logging(log_file: Path, verbose: bool = False) -> Path:
    """Send the ``khatir`` loggers to a rotating, UTF-8 log file (1 MB x 5)."""
    logger = logging.getLogger("khatir")
    for handler in [h for h in logger.handlers if getattr(h, "_khatir", False)]:
        logger.removeHandler(handler)
        handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = _SharedRotatingFileHandler(log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                         encoding="utf-8", delay=True)
    handler._khatir = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                           datefmt="%Y-%m-%d %H:%M:%S %z"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file


_PHONE = re.compile(r"\+?\d[\d \-.()]{7,}\d")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?)?")


def redact(text: str) -> str:
    """Replace anything that looks like a phone number (9 digits or more) with [phone].

    Dates and times (2026-11-24 09:00) are kept.
    """
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    def phone(match: re.Match) -> str:
        digits = sum(ch.isdigit() for ch in match.group(0))
        return "[phone]" if digits >= 9 else match.group(0)

    text = _PHONE.sub(phone, _ISO.sub(keep, text))
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


UNREACHABLE = Text(en="The spreadsheet or a file could not be reached ({error}); check the internet "
                      "connection.",
                   bn="স্প্রেডশিট বা একটি ফাইলে পৌঁছানো গেল না ({error}); ইন্টারনেট সংযোগ দেখুন।")
UNEXPECTED = Text(en="Something unexpected went wrong ({error}); run with --verbose for details.",
                  bn="অপ্রত্যাশিত একটি সমস্যা হয়েছে ({error}); বিস্তারিত দেখতে --verbose দিয়ে চালান।")
UNEXPECTED_VERBOSE = Text(en="Something unexpected went wrong ({error}).",
                          bn="অপ্রত্যাশিত একটি সমস্যা হয়েছে ({error})।")


def describe_error(err: BaseException, verbose: bool = False, lang: str = "en") -> str:
    """One sentence for the log and the Run Log (English), or for the owner (``lang``);
    no personal data unless ``verbose``."""
    if isinstance(err, KhatirError):
        text = err.message(lang)
    elif isinstance(err, OSError):  # network loss (requests and socket errors are OSErrors) or disk
        reason = err.strerror or (str(err) if verbose else "")
        text = UNREACHABLE(lang, error=type(err).__name__ + (": " + reason if reason else ""))
    else:
        where = ""
        frames = traceback.extract_tb(err.__traceback__)
        if frames:
            where = f" in {Path(frames[-1].filename).name} line {frames[-1].lineno}"
        if verbose:
            text = UNEXPECTED_VERBOSE(lang, error=f"{type(err).__name__}{where}: {err}")
        else:
            text = UNEXPECTED(lang, error=f"{type(err).__name__}{where}")
    return text if verbose else redact(text)
