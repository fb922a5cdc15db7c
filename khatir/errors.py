"""One base exception; the command line catches it once and prints one sentence."""
from __future__ import annotations


class KhatirError(Exception):
    """A fatal error a shop owner can act on.

    The message is one plain sentence that says what went wrong and what to do next.
    """


class ConfigError(KhatirError):
    """The settings file or a template is wrong."""


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
