"""One base exception; the command line catches it once and prints one sentence.

A fatal error is raised with a bilingual ``Text`` and its parameters
(``raise SheetError(NOT_FOUND, path=path)``), so the command line can print it
in the owner's language; ``str(err)`` is the English sentence (the log file is
in English). A parameter may itself be a ``Text`` (or a function of the
language): it is rendered in the same language.
"""
from __future__ import annotations

from typing import Any, Iterable

from .i18n import Text
from .settings_texts import UNKNOWN_KEYS


class KhatirError(Exception):
    """A fatal error a shop owner can act on.

    The message is one plain sentence that says what went wrong and what to do next.
    """

    def __init__(self, message: "Text | str", /, **params: Any):
        self.text = message if isinstance(message, Text) else Text(en=str(message), bn=str(message))
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The sentence in ``lang`` ("bn" or "en")."""
        values = {k: render_param(v, lang) for k, v in self.params.items()}
        return self.text(lang, **values) if values else self.text(lang)


def render_param(value: Any, lang: str) -> Any:
    if isinstance(value, Text):
        return value(lang)
    if callable(value):
        return value(lang)
    return value


class ConfigError(KhatirError):
    """The settings file or a template is wrong."""


def refuse_unknown_keys(section: str, given: Iterable[str], known: Iterable[str]) -> None:
    """One check, one sentence, for every ``[section]`` a rule reads: a key that is not
    among ``known`` (listed in the order given) stops the run before anything is written."""
    names = list(known)
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise ConfigError(UNKNOWN_KEYS, section=section, keys=", ".join(unknown), known=", ".join(names))


class SheetError(KhatirError):
    """The spreadsheet cannot be opened, read or written."""


class TemplateError(ConfigError):
    """A message template cannot be rendered (raised before anything is written)."""


class CellError(ValueError):
    """One cell that cannot be read; it becomes a row in Problems, never a crash.

    ``problem`` and ``fix`` are bilingual ``Text`` objects; ``params`` fill their
    placeholders.
    """

    def __init__(self, problem, fix, **params):
        super().__init__(problem("en", **params))
        self.problem = problem
        self.fix = fix
        self.params = params


class ErrorValue(str):
    """A cell the file stores as an error value (``t="e"``: ``#SPILL!``, ``#N/A``, Google's
    ``#ERROR!``, or a code no list knows yet), as its code.

    A workbook reader gives it for every error cell, so the parser knows a formula's
    failure by what the file says, not by a list of codes that each new Excel grows: it is
    a Problems row in a column Khatir reads and nothing anywhere else. It is text, so
    everything that only shows or compares a cell still can.
    """


class BrokenCell(str):
    """A cell the file stores in a form that is no value at all: a shared-text number past
    the end of the workbook's table of texts, ``t="b"`` holding ``yes``, a number cell
    holding words. Some programs that write .xlsx files do this; Excel calls the file
    damaged and LibreOffice shows the cell empty.

    It reads as empty text (what LibreOffice shows) and, in a column Khatir reads, is a
    Problems row saying the cell cannot be read: one bad cell never refuses the workbook.
    """

    def __new__(cls) -> "BrokenCell":
        return super().__new__(cls, "")


class CellPicture(str):
    """A picture placed in a cell by WPS Office (Insert > Picture > In Cell, or a photo
    pasted into a cell): the file stores it as the formula ``_xlfn.DISPIMG("ID_…",1)``
    whose saved result is the text ``=DISPIMG("ID_…",1)``. WPS shows the picture; every
    other reader sees that text, which is no name, note or phone: read as one, a customer
    was greeted "Hello =DISPIMG(…)".

    It keeps the text (what LibreOffice and Excel show, and what a carried note keeps) and,
    in a column Khatir reads, is a Problems row saying the cell holds a picture.
    """
