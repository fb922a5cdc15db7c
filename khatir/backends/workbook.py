"""The local .xlsx workbook: the offline default, and what the demo runs on.

Reading streams the workbook (openpyxl's read-only mode). Writing does not load
and re-save it: the file is copied zip entry by entry and only the worksheets
that change are patched (``xlsx_patch``), so the staff tabs, charts, images and
everything else the owner put in it are kept byte for byte. The copy is written
to a temporary file beside the workbook, the previous version copied to a
backups folder, then swapped in with one ``os.replace`` (``atomic``: checked
right before the swap to still be the version read, through symlinks, keeping
permissions). A crash at any moment leaves either the old or the new workbook,
never a half-written one.

``setup`` patches an existing workbook the same way (tabs, headers, dropdowns
and a highlight, only where missing); only a brand-new workbook is made with
openpyxl.
"""
from __future__ import annotations

import os
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Callable
from xml.etree.ElementTree import ParseError

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import SheetError
from ..i18n import Text
from .atomic import (BACKUP_DIR, KEPT_CHANGING, FileChanged, Version, check_writable, is_current,
                     real_path, replace_file, version_of)
from .base import WORKBOOK, Append, Cell, Changes, Described, Grids, Replace
from .xlsx_chart import write_charts
from .xlsx_patch import SheetEdit, XlsxError, patch_xlsx
from .not_xlsx import backup_folder, what_it_is
from .xlsx_read import UNREADABLE as READ_ERRORS
from .xlsx_read import SheetLinks, SheetPictures, read_grids, read_marks, read_sheet_comments
from .xlsx_setup import LAST_ROW, Highlight, ListRule
from .xlsx_xml import column_letter

#: Reads and saves tried before giving up on a file that keeps changing (a sync app at work).
MAX_ATTEMPTS = 3
CHANGED_DURING_SETUP = Text(
    en="The workbook {name} was changed by someone else (or a sync app) while set-up was saving "
       "it; nothing was changed. Run set-up again.",
    bn="সেট-আপ সেভ করার সময় অন্য কেউ (বা কোনো সিঙ্ক অ্যাপ) {name} ওয়ার্কবুকটি বদলেছে; কিছুই "
       "বদলানো হয়নি। আবার সেট-আপ চালান।")
_UNREADABLE: tuple[type[Exception], ...] = (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, ParseError,
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
    en="The file {path} is not a readable .xlsx workbook ({error}); open it in Excel or LibreOffice "
       "and save it as .xlsx.",
    bn="{path} ফাইলটি পড়ার মতো .xlsx ওয়ার্কবুক নয় ({error}); Excel বা LibreOffice-এ খুলে .xlsx "
       "হিসেবে সেভ করুন।")
UNREADABLE_BACKUPS = Text(  # said only when Khatir's backups folder is there to restore from
    en="The file {path} is not a readable .xlsx workbook ({error}); open it in Excel or LibreOffice "
       "and save it as .xlsx, or restore a copy from {backups}.",
    bn="{path} ফাইলটি পড়ার মতো .xlsx ওয়ার্কবুক নয় ({error}); Excel বা LibreOffice-এ খুলে .xlsx "
       "হিসেবে সেভ করুন, অথবা {backups} থেকে একটি কপি ফিরিয়ে আনুন।")
ODS = Text(
    en="The file {path} is a LibreOffice/OpenOffice spreadsheet (.ods), which Khatir cannot read: "
       "open it in LibreOffice, choose File > Save As, pick the file type \"Excel 2007-365 "
       "(.xlsx)\", save (answer \"Use Excel 2007-365!\" when asked to keep the format), then run "
       "Khatir on the new file {xlsx} (change the workbook path in the settings too).",
    bn="{path} ফাইলটি LibreOffice/OpenOffice-এর স্প্রেডশিট (.ods), যা খাতির পড়তে পারে না: "
       "LibreOffice-এ খুলুন, File > Save As বেছে নিন, ফাইলের ধরন \"Excel 2007-365 (.xlsx)\" দিন, "
       "সেভ করুন (ফরম্যাট রাখার কথা জিজ্ঞেস করলে \"Use Excel 2007-365!\" চাপুন), তারপর নতুন ফাইল "
       "{xlsx} দিয়ে খাতির চালান (সেটিংসে ওয়ার্কবুকের পাথটিও বদলে দিন)।")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
OPEN_ELSEWHERE = Text(
    en="The workbook {name} is open in Excel or LibreOffice; close it and run again (if it is "
       "not open, delete the leftover file {lock}).",
    bn="ওয়ার্কবুক {name} Excel বা LibreOffice-এ খোলা আছে; বন্ধ করে আবার চালান (খোলা না থাকলে "
       "পড়ে থাকা ফাইল {lock} মুছে দিন)।")
OPEN_DRY_RUN = Text(
    en="The workbook {name} is open in Excel or LibreOffice ({lock} is beside it): this dry run "
       "only read it, but a real run will refuse until it is closed.",
    bn="ওয়ার্কবুক {name} Excel বা LibreOffice-এ খোলা আছে (পাশে {lock} ফাইলটি আছে): এই ড্রাই রান "
       "শুধু পড়েছে, কিন্তু বন্ধ না করা পর্যন্ত আসল রান চলবে না।")
NOT_UPDATED = Text(
    en="The workbook {name} could not be updated: {error}. Open it in Excel and save it as .xlsx, "
       "then run again; nothing was changed.",
    bn="ওয়ার্কবুক {name} হালনাগাদ করা গেল না: {error}। Excel-এ খুলে .xlsx হিসেবে সেভ করুন, তারপর "
       "আবার চালান; কিছুই বদলানো হয়নি।")


class WorkbookBackend:
    def __init__(self, path: Path | str, backups: int = 3, reader: str = "auto"):
        self.path = Path(path)
        self.backups = backups
        self.reader = reader  # "auto", "calamine" or "openpyxl" (see xlsx_read)
        self.description = Described(WORKBOOK, str(self.path))
        self.date1904 = False  # the workbook counts days from 1904 (old Mac Excel)
        self._grids: dict[str, list[list[Cell]]] | None = None  # what read() saw ...
        self._version: Version | None = None                    # ... in this version of the file
        self.marks: dict[str, str] = {}  # title -> script tab key (a hidden sheet-scoped name)
        self.only_reading = False  # a dry run: the workbook may be open in Excel, it is only read
        self.open_lock: str | None = None  # the lock file a dry run found beside it

    def open_note(self, lang: str) -> list[str]:
        """A dry run's line when the workbook was open in Excel (a real run would refuse)."""
        if self.open_lock is None:
            return []
        return [OPEN_DRY_RUN(lang, name=self.path.name, lock=self.open_lock)]

    # -- reading ---------------------------------------------------------------
    def read(self) -> dict[str, list[list[Cell]]]:
        """Every tab's values; the version read is remembered, to check it before saving.

        A file replaced while it was being read (a sync app) is read again.
        """
        self._check_not_open()
        self._require_file()
        for _ in range(MAX_ATTEMPTS):
            version = version_of(self.path)
            grids, marks = self._load_grids()
            if version is not None and is_current(self.path, version):
                break
        self._grids, self._version, self.marks = grids, version, marks
        return grids

    def _load_grids(self) -> tuple[Grids, dict[str, str]]:
        """Every tab's values, and the script tab key marked on each of Khatir's tabs
        (a hidden sheet-scoped defined name, read the same whichever reader is used)."""
        # openpyxl warns that it "will remove" the Excel extensions it cannot read
        # (data bars, dropdowns from another tab): only values are read here and
        # the file is patched, never re-saved, so nothing is removed.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            return self._load_values()

    def _load_values(self) -> tuple[Grids, dict[str, str]]:
        try:
            grids = read_grids(self.path, self.reader)
        except PermissionError:
            raise self._cannot_open() from None
        except (*_UNREADABLE, *READ_ERRORS) as exc:
            raise self._unreadable(exc) from None
        self.date1904 = grids.date1904
        grids.comments = read_sheet_comments(self.path)
        grids.links = SheetLinks(self.path)
        grids.pictures = SheetPictures(self.path)
        return grids, read_marks(self.path)

    def _require_file(self) -> None:
        if not self.path.exists():
            raise SheetError(MISSING, path=self.path)

    def _cannot_open(self) -> SheetError:
        return SheetError(DENIED, path=self.path)

    def _unreadable(self, exc: Exception) -> SheetError:
        if _is_ods(self.path):
            return SheetError(ODS, path=self.path, xlsx=self.path.with_suffix(".xlsx").name)
        # the backups folder is named only when it holds a copy of this very workbook
        real = real_path(self.path)
        backups = backup_folder(real, real.parent / BACKUP_DIR)
        known = what_it_is(self.path, backups)  # a CSV, a web page, an .xls, a password ...
        if known is not None:
            return known
        if backups is not None:
            return SheetError(UNREADABLE_BACKUPS, path=self.path, error=exc, backups=backups)
        return SheetError(UNREADABLE, path=self.path, error=exc)

    def _check_not_open(self) -> None:
        """Excel and LibreOffice leave a lock file beside a workbook they have open. A dry
        run writes nothing, so it reads the file anyway and says so (``open_note``)."""
        for lock in (self.path.with_name("~$" + self.path.name),
                     self.path.with_name(f".~lock.{self.path.name}#")):
            if lock.exists():
                if self.only_reading:
                    self.open_lock = lock.name
                    return
                raise SheetError(OPEN_ELSEWHERE, name=self.path.name, lock=lock.name)

    # -- writing ---------------------------------------------------------------
    def write(self, changes: Changes) -> None:
        """Patch the tabs in ``changes`` into the file; every other part is copied as is.

        Where appended rows go, and which of them already landed, is decided on
        the file as it is now. Right before the new version is swapped in, the
        file is checked to still be the version that was read: if a colleague's
        save (or a sync app) replaced it meanwhile, it is read again and the
        edits are planned again on it, a few times at most.
        """
        if not changes:
            return
        check_writable(self.path)
        charts = [(r.title, r.chart, r.rows) for r in changes.replaces if r.chart is not None]
        for _ in range(MAX_ATTEMPTS):
            grids = self._grids
            if grids is None or not is_current(self.path, self._version):
                grids = self.read()
            edits = [e for a in changes.appends if (e := _append_edit(grids, a)) is not None]
            if edits:
                edits += _look_edits(grids, changes, edits)
            edits += [SheetEdit(r.title, r.rows, 1, replace=True, freeze_header=r.freeze_header,
                                layout=r.layout, drop_comments=r.drop_comments,
                                drop_links=r.drop_links)
                      for r in changes.replaces]
            marks, hidden = self._marks_to_add(changes)
            if not edits and not marks:
                return
            try:
                self._commit(self._patcher(edits, charts, marks, hidden), self._version)
            except FileChanged:
                self._grids = self._version = None
                continue
            self._grids = self._version = None  # the file is new: the next write reads it again
            return
        raise SheetError(KEPT_CHANGING, name=self.path.name)

    def _marks_to_add(self, changes: Changes) -> tuple[dict[str, str], set[str]]:
        """Khatir's tabs in ``changes`` that the file read last lacks the mark on (title ->
        script tab key), and the tabs to be created hidden (Khatir Keys), or hidden as they are
        adopted."""
        grids = self._grids or {}
        owned: list[Append | Replace] = [*changes.appends, *changes.replaces]
        marks = {c.title: c.mark for c in owned
                 if c.mark and self.marks.get(_find(grids, c.title) or c.title) != c.mark}
        # created hidden; or hidden again when adopted (a re-export showed Khatir Keys)
        hidden = {a.title for a in changes.appends
                  if a.hidden and (_find(grids, a.title) is None or a.title in marks)}
        return marks, hidden

    def _patcher(self, edits: list[SheetEdit], charts: list | None = None,
                 marks: dict[str, str] | None = None,
                 hidden: set[str] | None = None) -> Callable[[Path], None]:
        source = self.path

        def fill(tmp: Path) -> None:
            try:
                patch_xlsx(source, tmp, edits, marks=marks or {}, hidden=hidden or set())
                write_charts(tmp, charts or [])
            except XlsxError as exc:
                raise SheetError(NOT_UPDATED, name=self.path.name, error=exc) from None
            except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, EOFError) as exc:
                raise self._unreadable(exc) from None
        return fill

    def _commit(self, fill: Callable[[Path], None], seen: Version | None) -> None:
        """Have ``fill`` write the new version beside the workbook, then swap it in."""
        self._check_not_open()
        replace_file(self.path, fill, backups=self.backups,
                     still_current=lambda: is_current(self.path, seen))

    # -- setup -----------------------------------------------------------------
    def read_for_setup(self) -> dict[str, list[list[Cell]]]:
        """Like ``read``, but a workbook that does not exist yet is a new, empty one."""
        if self.path.exists() or self.path.is_symlink():
            return self.read()
        self._grids = self._version = None
        self.marks = {}
        return {}

    def setup(self, plan) -> None:
        """Create or complete the workbook as ``plan`` (a jobs.setup.SetupPlan) says.

        An existing workbook is patched like the daily job patches it: only the
        tabs set-up adds to change, every other part is kept byte for byte.
        Protection is left out: Excel has no warning-only protection, and a locked
        tab would stop staff from sorting Follow-ups.
        """
        if self._grids is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            replace_file(self.path, lambda tmp: _new_workbook(tmp, plan), backups=0)
            return
        edits = setup_edits(plan)
        if not edits:
            return
        check_writable(self.path)
        try:
            self._commit(self._patcher(edits), self._version)
        except FileChanged:
            raise SheetError(CHANGED_DURING_SETUP, name=self.path.name) from None
        finally:
            self._grids = self._version = None


def setup_edits(plan) -> list[SheetEdit]:
    """Set-up's additions as patches: headers, frozen header rows, dropdowns, the highlight."""
    edits = [SheetEdit(title, [header], 1, freeze_header=title in plan.freeze, bold_first_row=True)
             for title, header in [*plan.new_tabs, *plan.header_rows]]
    by_tab: dict[str, list[ListRule]] = {}
    for drop in plan.dropdowns:
        by_tab.setdefault(drop.title, []).append(ListRule(drop.column + 1, drop.first_row, drop.choices))
    edits += [SheetEdit(title, [], dropdowns=tuple(rules)) for title, rules in by_tab.items()]
    if plan.overdue:
        title, col = plan.overdue
        letter = column_letter(col + 1)
        width = next((len(h) for t, h in [*plan.new_tabs, *plan.header_rows] if t == title), 26)
        edits.append(SheetEdit(title, [], highlight=Highlight(
            f"AND(ISNUMBER(${letter}2),${letter}2>0)", 2, max(width, col + 1))))
    return edits


def _new_workbook(path: Path, plan) -> None:
    """A brand-new workbook for set-up (nothing of the staff's to keep yet)."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = _empty_workbook()
    for title, header in [*plan.new_tabs, *plan.header_rows]:
        ws = _sheet(book, title)
        for col, value in enumerate(header, start=1):
            _set(ws.cell(row=1, column=col), value)
            ws.cell(row=1, column=col).font = Font(bold=True)
    for title in plan.freeze:
        book[title].freeze_panes = "A2"
    for drop in plan.dropdowns:
        letter = column_letter(drop.column + 1)
        dv = DataValidation(type="list", formula1='"' + ",".join(drop.choices) + '"',
                            allow_blank=True, showErrorMessage=False)
        dv.add(f"{letter}{drop.first_row}:{letter}{LAST_ROW}")
        book[drop.title].add_data_validation(dv)
    if plan.overdue:
        title, col = plan.overdue
        letter = column_letter(col + 1)
        book[title].conditional_formatting.add(
            f"A2:{column_letter(book[title].max_column)}{LAST_ROW}",
            FormulaRule(formula=[f"AND(ISNUMBER(${letter}2),${letter}2>0)"],
                        fill=PatternFill("solid", start_color="FDE2E1", end_color="FDE2E1")))
    book.save(path)


def _find(grids: dict[str, list[list[Cell]]], title: str) -> str | None:
    """The tab's title as it is in the workbook (Excel's titles ignore case)."""
    if title in grids:
        return title
    folded = title.casefold()
    return next((t for t in grids if t.casefold() == folded), None)


def _append_edit(grids: dict[str, list[list[Cell]]], append: Append) -> SheetEdit | None:
    """The rows to add below the tab's last used row, leaving out those already there.

    Which row is the last used one is decided by the patcher on the file itself
    (formulas showing nothing, hidden rows and Excel Tables count there).

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
    return SheetEdit(title or append.title, out, start, freeze_header=last == 0, append=True,
                     layout=append.layout)


def _look_edits(grids: dict[str, list[list[Cell]]], changes: Changes,
                edits: list[SheetEdit]) -> list[SheetEdit]:
    """For a tab of Khatir's with a filter that gets no rows this run, an edit that
    writes nothing but puts its filter back if it went missing (LibreOffice drops a
    filter when it saves a file that did not name the filter's range)."""
    written = {e.title.casefold() for e in edits}
    out = []
    for append in changes.appends:
        title = _find(grids, append.title)
        if (append.layout is None or not append.layout.filter or title is None
                or title.casefold() in written or not grids.get(title)):
            continue
        out.append(SheetEdit(title, [], len(grids[title]) + 1, append=True, layout=append.layout))
    return out


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


def _empty_workbook() -> Workbook:
    """A workbook without openpyxl's default first sheet."""
    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    return book


def create_workbook(path: Path | str, grids: dict[str, list[list[Cell]]]) -> Path:
    """A new workbook with these tabs and cells (dates stay real date cells).

    Used for the demo and by setup; it refuses nothing and replaces the file, so
    callers decide whether an existing file may be replaced.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = _empty_workbook()
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


def _is_ods(path: Path) -> bool:
    """An OpenDocument spreadsheet (LibreOffice's .ods, or one renamed .xlsx): a zip whose
    first entry, "mimetype", names it."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read("mimetype").strip().startswith(_ODS_MIMETYPE)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return path.suffix.lower() in (".ods", ".fods")
