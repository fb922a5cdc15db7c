"""Direct access to the emulator's spreadsheets, for tests that play the shop's staff.

These helpers act like a person in the Sheets UI: typed values are parsed as
USER_ENTERED unless told otherwise, rows are 1-based as on screen, and moving rows
carries their formats, notes and validations along.
"""
from __future__ import annotations

from typing import Any

from .a1 import Bounds, parse_a1
from .model import DEFAULT_COLS, DEFAULT_ROWS, Evaluator, Sheet, Store, entries, read_values


class SheetState:
    def __init__(self, store: Store):
        self._store = store

    def create_spreadsheet(self, title: str, tabs: dict[str, list[list[Any]]] | None = None,
                           *, input_option: str = "RAW") -> str:
        """Create a spreadsheet; values are stored as given (RAW) unless input_option says otherwise.

        Each tab's grid is Google's default 1000 x 26, or larger if the data needs it.
        """
        with self._store.lock:
            book = self._store.new_book(title, first_sheet=False)
            for i, (tab, rows) in enumerate((tabs or {"Sheet1": []}).items()):
                rows = [list(r) for r in rows or []]
                sheet = Sheet(0 if i == 0 else self._store.new_sheet_id(book), tab,
                              max(DEFAULT_ROWS, len(rows)),
                              max(DEFAULT_COLS, max((len(r) for r in rows), default=0)))
                sheet.write_block(0, 0, entries(rows, input_option))
                book.sheets.append(sheet)
            return book.id

    def delete_spreadsheet(self, spreadsheet_id: str) -> None:
        with self._store.lock:
            self._store.book(spreadsheet_id)
            del self._store.books[spreadsheet_id]

    def spreadsheet_ids(self) -> list[str]:
        with self._store.lock:
            return list(self._store.books)

    def tabs(self, spreadsheet_id: str) -> list[str]:
        with self._store.lock:
            return [s.title for s in self._store.book(spreadsheet_id).sheets]

    def grid_size(self, spreadsheet_id: str, tab: str) -> tuple[int, int]:
        with self._store.lock:
            _, sheet = self._store.sheet(spreadsheet_id, tab)
            return sheet.row_count, sheet.col_count

    def values(self, spreadsheet_id: str, tab: str, render: str = "FORMULA",
               date_render: str = "SERIAL_NUMBER") -> list[list[Any]]:
        """The tab's values, trailing empty cells and rows trimmed (as a values.get returns).

        The default FORMULA rendering shows what is stored: numbers as numbers, dates as
        serial numbers, formulas as their text. Use render="FORMATTED_VALUE" for what a
        person sees.
        """
        with self._store.lock:
            book, sheet = self._store.sheet(spreadsheet_id, tab)
            bounds = Bounds(0, sheet.row_count, 0, sheet.col_count)
            return read_values(book, sheet, bounds, "ROWS", render, date_render, Evaluator(book))

    def set_cell(self, spreadsheet_id: str, tab: str, a1: str, value: Any,
                 *, input_option: str = "USER_ENTERED") -> None:
        """Type ``value`` into one cell (``None`` or ``""`` empties it)."""
        with self._store.lock:
            book, sheet = self._store.sheet(spreadsheet_id, tab)
            bounds = parse_a1(a1)
            if bounds is None or bounds.r1 != bounds.r0 + 1 or bounds.c1 != bounds.c0 + 1:
                raise ValueError(f"not a single cell: {a1!r}")
            if bounds.r0 >= sheet.row_count or bounds.c0 >= sheet.col_count:
                raise ValueError(f"{a1} is outside the grid of {tab!r}")
            entry = entries([["" if value is None else value]], input_option)[0][0]
            sheet.write_block(bounds.r0, bounds.c0, [[entry]])
            book.touch()

    def insert_rows(self, spreadsheet_id: str, tab: str, index: int, rows: list[list[Any]],
                    *, input_option: str = "USER_ENTERED") -> None:
        """Insert ``rows`` so that the first becomes row ``index`` (1-based); rows below move down."""
        with self._store.lock:
            book, sheet = self._store.sheet(spreadsheet_id, tab)
            if not 1 <= index <= sheet.row_count + 1:
                raise ValueError(f"row {index} is outside the grid of {tab!r}")
            sheet.insert("ROWS", index - 1, len(rows))
            parsed = entries([list(r) for r in rows], input_option)
            width = max((len(r) for r in parsed), default=0)
            if width > sheet.col_count:
                sheet.col_count = width
            sheet.write_block(index - 1, 0, parsed)
            book.touch()

    def delete_rows(self, spreadsheet_id: str, tab: str, start: int, end: int | None = None) -> None:
        """Delete rows ``start``..``end`` (1-based, inclusive; ``end`` defaults to ``start``)."""
        end = start if end is None else end
        with self._store.lock:
            book, sheet = self._store.sheet(spreadsheet_id, tab)
            if not 1 <= start <= end <= sheet.row_count:
                raise ValueError(f"rows {start}..{end} are outside the grid of {tab!r}")
            sheet.delete("ROWS", start - 1, end)
            book.touch()

    def sort_rows(self, spreadsheet_id: str, tab: str, key_column_index: int, start_row: int = 2,
                  *, descending: bool = False) -> None:
        """Sort rows from ``start_row`` (1-based) to the last used row by a 0-based column.

        Like Sheets' "Sort range": numbers before text (case-insensitive) before
        booleans, blank keys last, ties kept in order; whole rows move.
        """
        with self._store.lock:
            book, sheet = self._store.sheet(spreadsheet_id, tab)
            used_rows, _ = sheet.used_size()
            if used_rows < start_row:
                return
            sheet.sort(Bounds(start_row - 1, used_rows, 0, sheet.col_count),
                       [(key_column_index, descending)])
            book.touch()

