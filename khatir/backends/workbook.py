"""The local .xlsx workbook: the offline default, and what the demo runs on.

Reading streams the workbook (openpyxl's read-only mode). Writing does not load
and re-save it: the file is copied zip entry by entry and only the worksheets
that change are patched (``xlsx_patch``), so the staff tabs, charts, images and
everything else the owner put in it are kept byte for byte. The copy is written
to a temporary file beside the workbook, the previous version copied to a
backups folder, then swapped in with one ``os.replace``. A crash at any moment
leaves either the old or the new workbook, never a half-written one.

``setup`` (a one-off that adds tabs, headers, dropdowns and formatting) still
loads and saves the whole workbook with openpyxl.
"""
from __future__ import annotations

import os
import shutil
import zipfile
import zlib
from pathlib import Path
from typing import Callable
from xml.etree.ElementTree import ParseError

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import SheetError
from ..i18n import Text
from .base import Append, Cell, Changes
from .xlsx_chart import write_charts
from .xlsx_patch import SheetEdit, XlsxError, patch_xlsx

BACKUP_DIR = "khatir-backups"
_UNREADABLE = (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, ParseError,
               EOFError)


# What the owner reads when the workbook cannot be used (one sentence, both languages).
MISSING = Text(
    en="The workbook {path} does not exist; check the path, or create it with: "
       "python run.py setup --workbook \"{path}\"",
    bn="ওয়ার্কবুক {path} নেই; পাথটি দেখুন, অথবা এই কমান্ডে বানান: python run.py setup --workbook \"{path}\"")
DENIED = Text(
    en="The workbook {path} cannot be opened (permission denied); close it in Excel and check "
       "you may read it, then run again.",
    bn="ওয়ার্কবুক {path} খোলা যাচ্ছে না (অনুমতি নেই); Excel-এ খোলা থাকলে বন্ধ করুন, পড়ার অনুমতি "
       "আছে কি না দেখুন, তারপর আবার চালান।")
UNREADABLE = Text(
    en="The file {path} is not a readable .xlsx workbook ({error}); open it in Excel and save it "
       "as .xlsx, or restore a copy from {backups}.",
    bn="{path} ফাইলটি পড়ার মতো .xlsx ওয়ার্কবুক নয় ({error}); Excel-এ খুলে .xlsx হিসেবে সেভ করুন, "
       "অথবা {backups} থেকে একটি কপি ফিরিয়ে আনুন।")
OPEN_ELSEWHERE = Text(
    en="The workbook {name} is open in Excel or LibreOffice; close it and run again (if it is "
       "not open, delete the leftover file {lock}).",
    bn="ওয়ার্কবুক {name} Excel বা LibreOffice-এ খোলা আছে; বন্ধ করে আবার চালান (খোলা না থাকলে "
       "পড়ে থাকা ফাইল {lock} মুছে দিন)।")
NOT_UPDATED = Text(
    en="The workbook {name} could not be updated: {error}. Open it in Excel and save it as .xlsx, "
       "then run again; nothing was changed.",
    bn="ওয়ার্কবুক {name} হালনাগাদ করা গেল না: {error}। Excel-এ খুলে .xlsx হিসেবে সেভ করুন, তারপর "
       "আবার চালান; কিছুই বদলানো হয়নি।")
LOCKED = Text(
    en="The workbook {name} could not be saved: it is open or locked by another program (Excel?). "
       "Close it and run again; nothing was changed.",
    bn="ওয়ার্কবুক {name} সেভ করা গেল না: অন্য কোনো প্রোগ্রামে (Excel?) খোলা বা আটকানো আছে। বন্ধ "
       "করে আবার চালান; কিছুই বদলানো হয়নি।")
NOT_SAVED = Text(
    en="The workbook {name} could not be saved ({error}); check the disk has room and run again; "
       "nothing was changed.",
    bn="ওয়ার্কবুক {name} সেভ করা গেল না ({error}); ডিস্কে জায়গা আছে কি না দেখে আবার চালান; "
       "কিছুই বদলানো হয়নি।")


class WorkbookBackend:
    def __init__(self, path: Path | str, backups: int = 3):
        self.path = Path(path)
        self.backups = backups
        self.description = f"workbook {self.path}"
        self._book = None    # the full openpyxl workbook, for setup only
        self._grids: dict[str, list[list[Cell]]] | None = None  # what read() saw ...
        self._stamp: tuple[int, ...] | None = None              # ... in this version of the file

    # -- reading ---------------------------------------------------------------
    def read(self) -> dict[str, list[list[Cell]]]:
        self._check_not_open()
        self._require_file()
        stamp = self._stat()
        try:
            # data_only: a formula cell is read as the value Excel last computed for
            # it, as Google's UNFORMATTED_VALUE gives it; the writer never touches
            # staff tabs, so no formula is lost.
            book = load_workbook(self.path, read_only=True, data_only=True)
        except PermissionError:
            raise self._cannot_open() from None
        except _UNREADABLE as exc:
            raise self._unreadable(exc) from None
        try:  # read-only sheets are parsed while iterating: errors can come from here too
            grids = {ws.title: _grid(ws) for ws in book.worksheets}
        except PermissionError:
            raise self._cannot_open() from None
        except _UNREADABLE as exc:
            raise self._unreadable(exc) from None
        finally:
            book.close()  # it keeps the file open, which on Windows blocks os.replace
        self._grids, self._stamp = grids, stamp
        return grids

    def _stat(self) -> tuple[int, ...] | None:
        """Tells one version of the file from another (Excel saves by replacing the file)."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns, st.st_ino

    def _require_file(self) -> None:
        if not self.path.exists():
            raise SheetError(MISSING, path=self.path)

    def _cannot_open(self) -> SheetError:
        return SheetError(DENIED, path=self.path)

    def _unreadable(self, exc: Exception) -> SheetError:
        return SheetError(UNREADABLE, path=self.path, error=exc, backups=self.path.parent / BACKUP_DIR)

    def _load(self):
        """The whole workbook in openpyxl (for setup)."""
        self._require_file()
        try:
            return load_workbook(self.path)
        except PermissionError:
            raise self._cannot_open() from None
        except _UNREADABLE as exc:
            raise self._unreadable(exc) from None

    def _check_not_open(self) -> None:
        """Excel and LibreOffice leave a lock file beside a workbook they have open."""
        for lock in (self.path.with_name("~$" + self.path.name),
                     self.path.with_name(f".~lock.{self.path.name}#")):
            if lock.exists():
                raise SheetError(OPEN_ELSEWHERE, name=self.path.name, lock=lock.name)

    # -- writing ---------------------------------------------------------------
    def write(self, changes: Changes) -> None:
        """Patch the tabs in ``changes`` into the file; every other part is copied as is.

        Where appended rows go, and which of them already landed, is decided on
        the file as it is now: if it changed since ``read`` (saved from Excel in
        between), it is read again first.
        """
        if not changes:
            return
        if self._grids is None or self._stamp != self._stat():
            self.read()
        grids = self._grids
        edits = [e for a in changes.appends if (e := _append_edit(grids, a)) is not None]
        edits += [SheetEdit(r.title, r.rows, 1, replace=True, freeze_header=r.freeze_header)
                  for r in changes.replaces]
        if not edits:
            return
        source = self.path
        charts = [(r.title, r.chart, r.rows) for r in changes.replaces if r.chart is not None]

        def fill(tmp: Path) -> None:
            try:
                patch_xlsx(source, tmp, edits)
                write_charts(tmp, charts)
            except XlsxError as exc:
                raise SheetError(NOT_UPDATED, name=self.path.name, error=exc) from None
            except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, EOFError) as exc:
                raise self._unreadable(exc) from None

        self._commit(fill)
        self._grids = self._stamp = None  # the file is new: the next write reads it again

    def _save(self, book: Workbook) -> None:
        """Save a whole openpyxl workbook over the file (setup only)."""
        self._commit(book.save)

    def _commit(self, fill: Callable[[Path], None]) -> None:
        """Have ``fill`` write the new version beside the workbook, then swap it in."""
        self._check_not_open()
        tmp = self.path.with_name(f".{self.path.stem}.khatir-tmp.xlsx")
        try:
            fill(tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            if self.path.exists() and self.backups:
                self._backup()
            os.replace(tmp, self.path)
        except PermissionError:
            raise SheetError(LOCKED, name=self.path.name) from None
        except OSError as exc:
            raise SheetError(NOT_SAVED, name=self.path.name, error=exc.strerror) from None
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
        """Like ``read``, but a workbook that does not exist yet is a new, empty one.

        The whole workbook is loaded (setup changes it with openpyxl and saves it).
        """
        if self.path.exists():
            self._check_not_open()
            self._book = self._load()
            return {ws.title: _grid(ws) for ws in self._book.worksheets}
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
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # read-only: a wrong <dimension> would cut the sheet short
    rows = [list(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
    while rows and all(v is None or v == "" for v in rows[-1]):
        rows.pop()
    for row in rows:
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
    return rows


def _find(grids: dict[str, list[list[Cell]]], title: str) -> str | None:
    """The tab's title as it is in the workbook (Excel's titles ignore case)."""
    if title in grids:
        return title
    folded = title.casefold()
    return next((t for t in grids if t.casefold() == folded), None)


def _append_edit(grids: dict[str, list[list[Cell]]], append: Append) -> SheetEdit | None:
    """The rows to add below the tab's last used row, leaving out those already there.

    An empty (or missing) tab gets ``append.header`` first and a frozen header row.
    """
    title = _find(grids, append.title)
    rows = grids.get(title, []) if title else []
    last = len(rows)  # read() drops trailing empty rows: this is the last used row
    out: list[list[Cell]] = []
    start = last + 1
    if last == 0:
        out.append(list(append.header))
        start = 1
    k = append.key_column
    landed: set[str] = set()
    if k is not None:
        landed = {str((row[k] if k < len(row) else None) or "") for row in rows[1:]}
    for row in append.rows:
        if k is not None and str(row[k] if k < len(row) else "") in landed:
            continue
        out.append(list(row))
    if not out:
        return None
    return SheetEdit(title or append.title, out, start, freeze_header=last == 0)


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

