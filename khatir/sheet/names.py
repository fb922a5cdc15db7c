"""Tabs and columns named as THIS sheet shows them, for the texts that send staff there.

A Problems or Follow-ups text that says "write yes in the সমাধান column" is no help in a
sheet whose column says "Resolved" (bn review 15): staff look for the words on the screen.
So the reader keeps each tab's title and each column's header cell as it found them, and
a text names those. Where a name is not in the sheet (a staff tab or a column that is not
there), a Bengali text writes both names ("গ্রাহক (Customers)"), as the run summary does,
and an English one the English name, the one `setup` gives a tab it adds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .schema import TabSpec, default_spec


class Found(Protocol):
    """What the reader knows of a tab it found (``khatir.sheet.tables.Table``)."""

    title: str
    spec: TabSpec
    columns: dict[str, int]

    def header_of(self, key: str) -> str: ...


@dataclass
class SheetNames:
    """Tab key -> title, and (tab key, column key) -> header cell, as found in the sheet."""

    titles: dict[str, str] = field(default_factory=dict)
    headers: dict[tuple[str, str], str] = field(default_factory=dict)
    specs: dict[str, TabSpec] = field(default_factory=dict)  # the settings' tabs, for the rest

    def found(self, table: Found) -> None:
        """Remember a tab the reader matched, with the header cells of its columns."""
        key = table.spec.key
        self.specs.setdefault(key, table.spec)
        self.titles[key] = table.title
        for col in table.columns:  # on one line: a header may wrap ("Note\n(what they said)")
            self.headers[(key, col)] = " ".join(table.header_of(col).split())

    def made(self, spec: TabSpec, title: str, lang: str) -> None:
        """Remember a tab of Khatir's that is not there yet, as Khatir will make it."""
        self.titles[spec.key] = title
        header = spec.bn_headers() if lang == "bn" else spec.headers()
        self.headers.update(((spec.key, c.key), h) for c, h in zip(spec.columns, header))

    def title(self, key: str) -> str:
        """The tab's title for a Problems row's Tab cell: as found, else the settings' title."""
        return self.titles.get(key) or self._spec(key).title

    def tab(self, key: str, lang: str) -> str:
        """The tab's name in a sentence: as found, else as ``_both`` writes it."""
        if key in self.titles:
            return self.titles[key]
        spec = self._spec(key)
        return _both(spec.title, spec.aliases[0] if spec.aliases else spec.title, lang)

    def column(self, tab: str, key: str, lang: str) -> str:
        """The column's name in a sentence: its header cell as found, else as ``_both`` writes it."""
        if (tab, key) in self.headers:
            return self.headers[(tab, key)]
        col = self._spec(tab).column(key)
        return _both(col.header, col.aliases[0] if col.aliases else col.header, lang)

    def _spec(self, key: str) -> TabSpec:
        return self.specs.get(key) or default_spec(key)


def _both(en: str, bn: str, lang: str) -> str:
    """"গ্রাহক (Customers)" in Bengali; "Customers" in English, the name `setup` gives a
    missing tab (either name is read)."""
    return f"{bn} ({en})" if lang == "bn" and bn != en else en
