"""The local .xlsx workbook: the offline default, and what the demo runs on.

The workbook is loaded once, changed in memory (Messages and Run Log appended,
script tabs replaced) and saved atomically: written to a temporary file beside
it, the previous version copied to a backups folder, then swapped in with one
``os.replace``. A crash at any moment leaves either the old or the new workbook,
never a half-written one.
"""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import SheetError
from .base import Append, Cell, Changes, Replace

BACKUP_DIR = "khatir-backups"


class WorkbookBackend:
    def __init__(self, path: Path | str, backups: int = 3):
        self.path = Path(path)
        self.backups = backups
        self.description = f"workbook {self.path}"
        self._book = None

    # -- reading ---------------------------------------------------------------
    def read(self) -> dict[str, list[list[Cell]]]:
        self._check_not_open()
        book = self._load()
        self._book = book
        return {ws.title: _grid(ws) for ws in book.worksheets}

    def _load(self):
        if not self.path.exists():
            raise SheetError(f"The workbook {self.path} does not exist; check the path, "
                             f"or create it with: python scripts/setup_sheet.py --workbook \"{self.path}\"")
        try:
            return load_workbook(self.path)
        except PermissionError:
            raise SheetError(f"The workbook {self.path} cannot be opened (permission denied); "
                             f"close it in Excel and check you may read it, then run again.") from None
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
            raise SheetError(f"The file {self.path} is not a readable .xlsx workbook ({exc}); "
                             f"open it in Excel and save it as .xlsx, or restore a copy from "
                             f"{self.path.parent / BACKUP_DIR}.") from None

    def _check_not_open(self) -> None:
        """Excel and LibreOffice leave a lock file beside a workbook they have open."""
        for lock in (self.path.with_name("~$" + self.path.name),
                     self.path.with_name(f".~lock.{self.path.name}#")):
            if lock.exists():
                raise SheetError(
                    f"The workbook {self.path.name} is open in Excel or LibreOffice; close it "
                    f"and run again (if it is not open, delete the leftover file {lock.name}).")

    # -- writing ---------------------------------------------------------------
    def write(self, changes: Changes) -> None:
        if self._book is None:
            self.read()
        book = self._book
        for append in changes.appends:
            _append(book, append)
        for replace in changes.replaces:
            _replace(book, replace)
        self._save(book)

    def _save(self, book: Workbook) -> None:
        self._check_not_open()
        tmp = self.path.with_name(f".{self.path.stem}.khatir-tmp.xlsx")
        try:
            book.save(tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            if self.path.exists() and self.backups:
                self._backup()
            os.replace(tmp, self.path)
        except PermissionError:
            raise SheetError(f"The workbook {self.path.name} could not be saved: it is open or "
                             f"locked by another program (Excel?). Close it and run again; "
                             f"nothing was changed.") from None
        except OSError as exc:
            raise SheetError(f"The workbook {self.path.name} could not be saved ({exc.strerror}); "
                             f"check the disk has room and run again; nothing was changed.") from None
        finally:
            if tmp.exists():
                tmp.unlink()

    def _backup(self) -> None:
        """Keep the last ``backups`` versions as khatir-backups/<name>.1.xlsx (newest) ..."""
        folder = self.path.parent / BACKUP_DIR
        folder.mkdir(exist_ok=True)
        name = lambda n: folder / f"{self.path.stem}.{n}{self.path.suffix}"  # noqa: E731
        for n in range(self.backups, 1, -1):
            if name(n - 1).exists():
                os.replace(name(n - 1), name(n))
        shutil.copy2(self.path, name(1))


    # -- setup -----------------------------------------------------------------
    def read_for_setup(self) -> dict[str, list[list[Cell]]]:
        """Like ``read``, but a workbook that does not exist yet is a new, empty one."""
        if self.path.exists():
            return self.read()
        self._book = Workbook()
        self._book.remove(self._book.active)
        return {}

    def setup(self, plan) -> None:
        """Create or complete the workbook as ``plan`` (a jobs.setup.SetupPlan) says.

        Protection is left out: Excel has no warning-only protection, and a locked
        tab would stop staff from sorting Follow-ups.
        """
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        book = self._book
        for title, header in [*plan.new_tabs, *plan.header_rows]:
            ws = _sheet(book, title)
            for col, value in enumerate(header, start=1):
                _set(ws.cell(row=1, column=col), value)
                ws.cell(row=1, column=col).font = Font(bold=True)
        for title in plan.freeze:
            book[title].freeze_panes = "A2"
        for drop in plan.dropdowns:
            ws = book[drop.title]
            letter = get_column_letter(drop.column + 1)
            area = f"{letter}2:{letter}5000"
            if any(area in str(dv.sqref) for dv in ws.data_validations.dataValidation):
                continue
            dv = DataValidation(type="list", formula1='"' + ",".join(drop.choices) + '"',
                                allow_blank=True, showErrorMessage=False)
            dv.add(area)
            ws.add_data_validation(dv)
        if plan.overdue:
            title, col = plan.overdue
            ws = book[title]
            letter = get_column_letter(col + 1)
            if not ws.conditional_formatting:
                ws.conditional_formatting.add(
                    "A2:K5000",
                    FormulaRule(formula=[f"AND(ISNUMBER(${letter}2),${letter}2>0)"],
                                fill=PatternFill("solid", start_color="FDE2E1", end_color="FDE2E1")))
        if self.path.exists():
            self._save(book)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.stem}.khatir-tmp.xlsx")
            book.save(tmp)
            os.replace(tmp, self.path)


def _grid(ws) -> list[list[Cell]]:
    """The used cells of a sheet; trailing empty rows and columns are dropped."""
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    while rows and all(v is None or v == "" for v in rows[-1]):
        rows.pop()
    for row in rows:
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
    return rows


def _last_used_row(ws) -> int:
    for r in range(ws.max_row, 0, -1):
        if any(c.value not in (None, "") for c in ws[r]):
            return r
    return 0


def _set(cell, value: Cell) -> None:
    """Write ``value`` as what it is: a string that looks like a formula stays text."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        cell.data_type = "s"
    else:
        cell.value = value


def _sheet(book: Workbook, title: str):
    if title in book.sheetnames:
        return book[title]
    return book.create_sheet(title)


def _append(book: Workbook, append: Append) -> None:
    ws = _sheet(book, append.title)
    last = _last_used_row(ws)
    if last == 0:
        for col, value in enumerate(append.header, start=1):
            _set(ws.cell(row=1, column=col), value)
        ws.freeze_panes = "A2"
        last = 1
    landed: set[str] = set()
    if append.key_column is not None:
        landed = {str(ws.cell(row=r, column=append.key_column + 1).value or "")
                  for r in range(2, last + 1)}
    for row in append.rows:
        if append.key_column is not None and str(row[append.key_column]) in landed:
            continue
        last += 1
        for col, value in enumerate(row, start=1):
            if value not in (None, ""):
                _set(ws.cell(row=last, column=col), value)


def _replace(book: Workbook, replace: Replace) -> None:
    ws = _sheet(book, replace.title)
    if ws.max_row:
        ws.delete_rows(1, ws.max_row)
    for r, row in enumerate(replace.rows, start=1):
        for c, value in enumerate(row, start=1):
            if value not in (None, ""):
                _set(ws.cell(row=r, column=c), value)
    if replace.freeze_header:
        ws.freeze_panes = "A2"


def create_workbook(path: Path | str, grids: dict[str, list[list[Cell]]]) -> Path:
    """A new workbook with these tabs and cells (dates stay real date cells).

    Used for the demo and by setup; it refuses nothing and replaces the file, so
    callers decide whether an existing file may be replaced.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.remove(book.active)
    for title, rows in grids.items():
        ws = book.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value not in (None, ""):
                    _set(ws.cell(row=r, column=c), value)
        if rows:
            ws.freeze_panes = "A2"
    tmp = path.with_name(f".{path.stem}.khatir-tmp.xlsx")
    book.save(tmp)
    os.replace(tmp, path)
    return path

