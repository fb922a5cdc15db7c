"""Files as Excel-like writers (XlsxWriter), LibreOffice and Google's export write them.

Each case of "never lose a cell" on such files: every staff part (cells,
formulas and their cached values, images, data bars, rich text, dropdowns,
freeze panes) byte for byte, Tables kept whole, new rows where they belong,
nothing sent twice, and one clear sentence wherever the run has to stop.
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import TODAY, fixed_clock
from khatir.backends import atomic
from khatir.backends import workbook as workbook_module
from khatir.backends.workbook import WorkbookBackend
from khatir.backends.xlsx_patch import read_book
from khatir.errors import SheetError
from khatir.jobs.daily import run_daily
from khatir.jobs.setup import run_setup
from real_files import OLD_MESSAGES, google_style_shop, libreoffice_shop, xlsxwriter_shop

pytestmark = pytest.mark.filterwarnings("ignore:.*extension is not supported")
SOURCES = ["xlsxwriter", "libreoffice", "google", "google-inline"]
#: Parts Khatir may change: the tab it appends to, that tab's Table, and the package's lists.
KHATIR_PARTS = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml",
                "xl/calcChain.xml"}


@pytest.fixture
def shop(tmp_path):
    def make(source: str, layout: str = "table", *, date1904: bool = False, title_row: bool = False) -> Path:
        """``source``: "xlsxwriter", "libreoffice", "google" or "google-inline" (inline strings)."""
        path = tmp_path / "shop.xlsx"
        if source == "xlsxwriter":
            return xlsxwriter_shop(path, layout, date1904=date1904, title_row=title_row)
        if source == "libreoffice":
            fresh = _regenerated(tmp_path, layout, date1904)
            shutil.copy(fresh or libreoffice_shop(layout, date1904), path)
            return path
        return google_style_shop(path, "inline" if source == "google-inline" else "shared")
    return make


def _regenerated(tmp_path: Path, layout: str, date1904: bool) -> Path | None:
    """Made again by LibreOffice when asked to (the committed copies are used otherwise)."""
    if not os.environ.get("KHATIR_REGENERATE_LIBREOFFICE") or not shutil.which("soffice"):
        return None
    src = xlsxwriter_shop(tmp_path / f"xw-{layout}.xlsx", layout, date1904=date1904)
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", str(out),
                    str(src)], check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    return out / src.name


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def messages_parts(path: Path) -> set[str]:
    """The Messages worksheet and its Table parts."""
    with zipfile.ZipFile(path) as zf:
        part = next(s.part for s in read_book(zf).sheets if s.title == "Messages")
        rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels"
        tables = {n for n in zf.namelist() if n.startswith("xl/tables/")} if rels in zf.namelist() else set()
    return {part, rels, *tables}  # its rels: the WhatsApp links are added there


def assert_staff_parts_kept(before: dict[str, bytes], path: Path, also: set[str] = frozenset()) -> None:
    after = entries(path)
    allowed = KHATIR_PARTS | messages_parts(path) | set(also)
    for name, data in before.items():
        if name in allowed:
            continue
        assert name in after, f"{name} was dropped"
        if name == "xl/styles.xml":  # Khatir's look adds styles; the staff's stay where they were
            assert_styles_kept(data, after[name])
            continue
        assert after[name] == data, f"{name} changed"


def assert_styles_kept(before: bytes, after: bytes) -> None:
    """Every font, fill, border and cell format of ``before`` is in ``after`` at its index."""
    old, new = ET.fromstring(before), ET.fromstring(after)
    for part in ("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"):
        was = [ET.tostring(e) for e in old.iterfind(f"{{*}}{part}/*")]
        now = [ET.tostring(e) for e in new.iterfind(f"{{*}}{part}/*")]
        assert now[:len(was)] == was, f"xl/styles.xml: the {part} the file had changed"


def run(path: Path, settings):
    return run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())


def values(path: Path, title: str) -> list[list]:
    ws = load_workbook(path)[title]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def keys(path: Path) -> list[str]:
    rows = values(path, "Messages")
    col = rows[0].index("Key")
    return [r[col] for r in rows[1:] if r[col] and ":" in str(r[col])]


# -- cases 4 and 5: appends land after everything, inside the Table, never in hidden rows ----------
@pytest.mark.parametrize("source", ["xlsxwriter", "libreoffice"])
@pytest.mark.slow
def test_new_messages_grow_the_table_and_its_totals_row_stays_last(shop, settings, source):
    path = shop(source, "table")
    before = entries(path)
    first = run(path, settings)
    assert first.new_messages, "the shop has follow-ups due"
    book = load_workbook(path)
    ws = book["Messages"]
    table = ws.tables["Messages"]
    last = 2 + len(first.new_messages)  # the handled message, then the new ones
    assert table.ref == f"A1:N{last + 1}"
    assert table.autoFilter.ref in (f"A1:N{last}", f"A1:N{last + 1}")
    totals = [c.value for c in ws[last + 1]]
    assert totals[1] == "=SUBTOTAL(103,Messages[Key])" or "SUBTOTAL(103" in str(totals[1])
    assert [r[1] for r in ws.iter_rows(min_row=3, max_row=last, values_only=True)] == \
        [m["key"] for m in first.new_messages]
    if source == "xlsxwriter":  # LibreOffice does not keep a calculated column
        assert ws.cell(row=3, column=14).value == ws.cell(row=2, column=14).value == \
            "=LEN([[#This Row],Message])"
    assert_staff_parts_kept(before, path)
    assert run(path, settings).new_messages == []  # nothing sent twice
    assert len(keys(path)) == len(set(keys(path)))


@pytest.mark.parametrize("source", ["xlsxwriter", "libreoffice"])
@pytest.mark.slow
def test_new_messages_never_go_into_hidden_rows_and_are_visible(shop, settings, source):
    path = shop(source, "hidden")
    before = entries(path)
    result = run(path, settings)
    ws = load_workbook(path)["Messages"]
    assert all(ws.cell(row=r, column=c).value is None for r in range(3, 7) for c in range(1, 14))
    assert all(ws.row_dimensions[r].hidden for r in range(3, 7))
    new_rows = range(7, 7 + len(result.new_messages))
    assert [ws.cell(row=r, column=2).value for r in new_rows] == [m["key"] for m in result.new_messages]
    assert not any(ws.row_dimensions[r].hidden for r in new_rows)
    link = OLD_MESSAGES.index("WhatsApp Link") + 1  # each message's link is on its own row
    assert [ws.cell(row=r, column=link).hyperlink.target.startswith("https://wa.me/") for r in new_rows] \
        == [True] * len(new_rows)
    assert not any(ws.cell(row=r, column=link).hyperlink for r in range(3, 7))
    assert ws.auto_filter.ref == f"A1:M{new_rows[-1]}"
    workbook_xml = entries(path)["xl/workbook.xml"].decode()  # the filter's hidden name follows it
    assert re.search(r'name="_xlnm\._FilterDatabase"[^>]*>Messages!\$A\$1:\$M\$(\d+)<', workbook_xml).group(1) \
        == str(new_rows[-1])
    assert_staff_parts_kept(before, path)
    assert run(path, settings).new_messages == []


@pytest.mark.parametrize("source", ["xlsxwriter", "libreoffice"])
@pytest.mark.slow
def test_a_formula_filled_down_below_the_messages_is_never_overwritten(shop, settings, source):
    path = shop(source, "formulas")
    before = entries(path)
    result = run(path, settings)
    ws = load_workbook(path)["Messages"]
    assert [ws.cell(row=r, column=1).value for r in range(3, 21)] == \
        [f'=IF(B{r}="","",TODAY())' for r in range(3, 21)]
    assert [ws.cell(row=r, column=2).value for r in range(21, 21 + len(result.new_messages))] == \
        [m["key"] for m in result.new_messages]
    assert_staff_parts_kept(before, path)
    assert run(path, settings).new_messages == []


@pytest.mark.parametrize("source", ["google", "google-inline"])
@pytest.mark.slow
def test_google_export_style_file_gets_its_messages_below_the_last_one(shop, settings, source):
    path = shop(source)
    before = entries(path)
    result = run(path, settings)
    rows = values(path, "Messages")
    assert rows[1][1] == "followup:C-9:2026-11-20"
    assert [r[1] for r in rows[2:]] == [m["key"] for m in result.new_messages]
    assert_staff_parts_kept(before, path)
    assert run(path, settings).new_messages == []


# -- case 2: setup patches, it does not re-save -----------------------------------------------
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.slow
def test_setup_keeps_every_staff_part_and_cached_values(shop, settings, source):
    path = shop(source, "table")
    before = entries(path)
    plan = run_setup(WorkbookBackend(path), settings)
    assert "Created the tab 'Follow-ups' with its headers." in plan.report
    assert not any("has no" in line for line in plan.report)
    after = entries(path)
    changed = {n for n in before if before[n] != after.get(n)}
    sheets = {s.title: s.part for s in read_book(zipfile.ZipFile(path)).sheets}
    # Only the styles (a bold header), the package's lists and tabs that gain a dropdown change.
    assert changed <= KHATIR_PARTS | {"xl/styles.xml", sheets["Customers"], sheets["Call Notes"],
                                      sheets["Messages"]}
    for title in ("Customers", "Call Notes", "Messages"):  # all but the dropdowns: byte for byte
        assert _without_dropdowns(before[sheets[title]]) == _without_dropdowns(after[sheets[title]])
    ws = load_workbook(path)["Messages"]
    status = [dv for dv in ws.data_validations.dataValidation if "J" in str(dv.sqref)]
    assert len(status) == 1, "the staff's own Status dropdown, and no second one"
    # The cached values of the formulas are still there: the daily job finds the follow-ups.
    result = run(path, settings)
    want = [("overdue", "C-1"), ("overdue", "C-3"), ("due", "C-2")]
    if source.startswith("google"):  # Google left the first formula without its value: a Problem
        want = want[1:]
    assert [(i.group, i.customer.id) for i in result.items] == want
    assert [r[1] for r in values_cached(path, "Call Notes")[1:]][-3:] == ["C-2", "C-3", "C-4"]


def values_cached(path: Path, title: str) -> list[list]:
    ws = load_workbook(path, data_only=True)[title]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _without_dropdowns(xml: bytes) -> bytes:
    return re.sub(rb"<dataValidations.*?</dataValidations>", b"", xml, flags=re.S)


def test_setup_reads_a_title_row_above_the_header_like_the_daily_job(shop, settings):
    path = shop("xlsxwriter", "table", title_row=True)
    before = entries(path)
    plan = run_setup(WorkbookBackend(path), settings)
    assert not any("Customers" in line and "has no" in line for line in plan.report)
    ws = load_workbook(path)["Customers"]
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["E3:E1000"] == '"interested,existing,lost,vip"'  # the staff's own, kept
    assert lists["F3:F5000"] == '"bn,en"'  # added under the real header (row 2)
    assert ws.freeze_panes == "C3"  # the staff's own panes
    media = [n for n in before if n.startswith("xl/media/")]
    assert media and all(entries(path)[n] == before[n] for n in media)


def test_setup_on_a_new_workbook_then_again_changes_nothing(tmp_path, settings):
    path = tmp_path / "new.xlsx"
    run_setup(WorkbookBackend(path), settings)
    first = entries(path)
    again = run_setup(WorkbookBackend(path), settings)
    assert not any(line.startswith("Created") for line in again.report)
    assert entries(path) == first  # everything was there already: not a byte changed


# -- case 3: a colleague's save that arrives while the run writes ------------------------------
def colleague_edit(path: Path, tmp: Path, text: str) -> Path:
    """The workbook as a colleague saves it from another computer: one staff cell changed."""
    copy = tmp / f"colleague-{text}.xlsx"
    book = load_workbook(path)
    book["Customers"]["M2"] = text
    book.save(copy)
    return copy


@pytest.mark.slow
def test_a_sync_app_replacing_the_file_during_the_write_is_kept_and_the_run_replans(
        shop, settings, tmp_path, monkeypatch):
    path = shop("xlsxwriter", "hidden")
    synced = colleague_edit(path, tmp_path, "note from the shop floor")
    real_patch = workbook_module.patch_xlsx
    calls = []

    def sync_app_saves_meanwhile(src, dst, edits, **marks):
        real_patch(src, dst, edits, **marks)
        calls.append(1)
        if len(calls) == 1:  # OneDrive replaces the file with the colleague's version
            os.replace(shutil.copy(synced, tmp_path / "incoming.xlsx"), path)
    monkeypatch.setattr(workbook_module, "patch_xlsx", sync_app_saves_meanwhile)
    result = run(path, settings)
    assert len(calls) == 2, "read again and planned again on the colleague's version"
    assert values(path, "Customers")[1][12] == "note from the shop floor"
    assert keys(path).count(result.new_messages[0]["key"]) == 1
    assert not list(tmp_path.glob(".*khatir-tmp*"))


@pytest.mark.parametrize("lang, sentence", [
    ("en", "kept changing while Khatir was saving it"), ("bn", "বারবার বদলে যাচ্ছিল")])
@pytest.mark.slow
def test_a_file_that_keeps_changing_stops_the_run_with_one_sentence(shop, settings, tmp_path, monkeypatch,
                                                                      lang, sentence):
    path = shop("xlsxwriter", "hidden")
    real_patch = workbook_module.patch_xlsx
    saves = iter(range(100))

    def sync_app_always_busy(src, dst, edits, **marks):
        real_patch(src, dst, edits, **marks)
        os.replace(colleague_edit(path, tmp_path, f"edit {next(saves)}"), path)
    monkeypatch.setattr(workbook_module, "patch_xlsx", sync_app_always_busy)
    with pytest.raises(SheetError) as stopped:
        run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    assert sentence in stopped.value.message(lang)  # one sentence, in the owner's language
    assert values(path, "Customers")[1][12].startswith("edit ")  # the colleague's last save
    assert len(values(path, "Messages")) == 2  # nothing of this run


def test_setup_stops_with_one_sentence_when_the_file_changes_while_it_saves(shop, settings, tmp_path,
                                                                            monkeypatch):
    path = shop("xlsxwriter", "hidden")
    synced = colleague_edit(path, tmp_path, "typed during set-up")
    real_patch = workbook_module.patch_xlsx

    def sync_app_saves_meanwhile(src, dst, edits, **marks):
        real_patch(src, dst, edits, **marks)
        os.replace(shutil.copy(synced, tmp_path / "incoming.xlsx"), path)
    monkeypatch.setattr(workbook_module, "patch_xlsx", sync_app_saves_meanwhile)
    with pytest.raises(SheetError, match="was changed by someone else .* while set-up was saving it; "
                                         "nothing was changed. Run set-up again."):
        run_setup(WorkbookBackend(path), settings)
    assert values(path, "Customers")[1][12] == "typed during set-up"


# -- case 7: a full disk -------------------------------------------------------------------------
@pytest.mark.slow
def test_a_backup_that_cannot_be_written_leaves_the_workbook_and_the_newest_backup(shop, settings,
                                                                                   monkeypatch):
    path = shop("xlsxwriter", "hidden")
    run(path, settings)  # a first run makes the first backup
    backup = path.parent / "khatir-backups" / "shop.1.xlsx"
    newest, workbook = backup.read_bytes(), path.read_bytes()
    real_copy = shutil.copy2

    def disk_fills_up(src, dst, *a, **k):
        real_copy(src, dst, *a, **k)
        with open(dst, "r+b") as fh:
            fh.truncate(100)
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(shutil, "copy2", disk_fills_up)
    with pytest.raises(SheetError, match="the workbook and its newest backup are as they were"):
        run_daily(WorkbookBackend(path), settings, TODAY.replace(day=25), fixed_clock(TODAY.replace(day=25)))
    assert path.read_bytes() == workbook
    assert backup.read_bytes() == newest
    assert sorted(p.name for p in backup.parent.iterdir()) == ["shop.1.xlsx"]


@pytest.mark.parametrize("lang, sentence", [("en", "has only 0.5 MB free"), ("bn", "মাত্র 0.5 MB খালি")])
@pytest.mark.slow
def test_too_little_free_space_is_said_before_anything_is_written(shop, settings, monkeypatch, lang, sentence):
    path = shop("xlsxwriter", "hidden")
    workbook = path.read_bytes()
    usage = shutil.disk_usage(path.parent)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage._replace(free=512 * 1024))
    with pytest.raises(SheetError) as stopped:
        run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    assert sentence in stopped.value.message(lang)  # one sentence, in the owner's language
    assert path.read_bytes() == workbook
    assert not (path.parent / "khatir-backups").exists()


# -- case 8: symlinks and permissions ----------------------------------------------------------
posix = pytest.mark.skipif(os.name != "posix", reason="symlinks and modes as POSIX has them")


@posix
@pytest.mark.slow
def test_a_symlinked_workbook_is_written_through(shop, settings, tmp_path):
    real = shop("xlsxwriter", "hidden")
    (tmp_path / "Dropbox").mkdir()
    link = tmp_path / "Dropbox" / "shop.xlsx"
    link.symlink_to(real)
    result = run(link, settings)
    assert link.is_symlink() and link.resolve() == real
    assert keys(real)[-len(result.new_messages):] == [m["key"] for m in result.new_messages]
    assert run(link, settings).new_messages == []


@posix
@pytest.mark.slow
def test_the_workbooks_permissions_are_kept(shop, settings):
    path = shop("xlsxwriter", "hidden")
    path.chmod(0o600)
    run(path, settings)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    backup = path.parent / "khatir-backups" / "shop.1.xlsx"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


@posix
@pytest.mark.parametrize("lang, sentence", [
    ("en", "The workbook shop.xlsx is read-only, so Khatir cannot save it; nothing was changed. "
           "Allow writing to it (on Windows: right-click the file > Properties > untick "
           "Read-only > OK) and run again."),
    ("bn", "shop.xlsx ওয়ার্কবুকটি শুধু-পড়ার (read-only), তাই খাতির এটি সেভ করতে পারে না; কিছুই "
           "বদলানো হয়নি। ফাইলটিতে লেখার অনুমতি দিন (Windows-এ: ফাইলে রাইট-ক্লিক > Properties > "
           "Read-only-এর টিক তুলে দিন > OK) এবং আবার চালান।")])
@pytest.mark.slow
def test_a_read_only_workbook_is_refused_before_any_work(shop, settings, lang, sentence):
    path = shop("xlsxwriter", "hidden")
    path.chmod(0o444)
    workbook = path.read_bytes()
    with pytest.raises(SheetError) as stopped:
        run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    assert stopped.value.message(lang) == sentence  # one sentence, in the owner's language
    assert path.read_bytes() == workbook
    assert sorted(p.name for p in path.parent.iterdir()) == ["shop.xlsx"]


@posix
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root may write in any folder")
def test_a_folder_without_write_permission_is_said_before_any_work(shop, settings, tmp_path):
    path = shop("xlsxwriter", "hidden")
    workbook = path.read_bytes()
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(SheetError, match="cannot create files in the folder of shop.xlsx"):
            run(path, settings)
    finally:
        tmp_path.chmod(0o755)
    assert path.read_bytes() == workbook


@pytest.mark.parametrize("extra_notes", [2, 0])  # the list grows / is as long as before
def test_a_table_staff_made_over_follow_ups_fits_the_new_list_and_no_filter_overlaps_it(
        make_workbook, settings, extra_notes):
    """Staff turn Follow-ups into an Excel Table (Home > Format as Table), which takes the
    tab's filter into the Table. The next run rewrites the list: the Table must cover it,
    and the tab must not get a filter of its own over the Table (Excel "repairs" such a file,
    removing parts of it)."""
    from openpyxl.worksheet.table import Table, TableStyleInfo
    from conftest import ago, basic_grids

    path = make_workbook(basic_grids())
    run(path, settings)
    book = load_workbook(path)
    ws = book["Follow-ups"]
    ws.auto_filter.ref = None  # Excel moves the tab's filter into the Table it makes
    listed = ws.max_row
    table = Table(displayName="Today", ref=f"A1:L{listed}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(table)
    for n in range(extra_notes):
        book["Call Notes"].append([ago(1), "C-4" if n else "C-2", "Nasrin", "father is sick in hospital"])
    book.save(path)
    run_daily(WorkbookBackend(path), settings, ago(-1), fixed_clock(ago(-1)))
    ws = load_workbook(path)["Follow-ups"]
    [table] = ws.tables.values()
    assert table.ref == table.autoFilter.ref == f"A1:L{ws.max_row}"
    assert (ws.max_row > listed) == bool(extra_notes)
    assert ws.auto_filter.ref is None
    assert [c.value for c in ws[1]][:3] == ["#", "What", "Customer ID"]


def test_a_table_over_follow_ups_takes_the_new_header_after_a_language_switch(make_workbook, settings):
    """A Table names its columns as its header cells say; when the owner switches Khatir to
    Bengali the header of Follow-ups is written in Bengali, and a Table still naming them in
    English is a file Excel "repairs" (removing the Table). Its columns take the new names."""
    from openpyxl.worksheet.table import Table, TableStyleInfo
    from conftest import ago, basic_grids
    from khatir.config import build_settings

    path = make_workbook(basic_grids())
    run(path, settings)
    book = load_workbook(path)
    ws = book["Follow-ups"]
    ws.auto_filter.ref = None
    table = Table(displayName="Today", ref=f"A1:L{ws.max_row}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(table)
    book.save(path)
    bengali = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})
    run_daily(WorkbookBackend(path), bengali, ago(-1), fixed_clock(ago(-1)))
    ws = load_workbook(path)["Follow-ups"]
    [table] = ws.tables.values()
    header = [c.value for c in ws[1]][:12]
    assert header[:4] == ["#", "কাজের ধরন", "আইডি", "নাম"]
    assert [c.name for c in table.tableColumns] == header
    assert table.ref == f"A1:L{ws.max_row}"


# -- case 10: the 1904 date system ---------------------------------------------------------------
@pytest.mark.parametrize("source", ["xlsxwriter", "libreoffice"])
@pytest.mark.slow
def test_a_1904_workbook_reads_a_plain_number_date_from_1904(shop, settings, source):
    path = shop(source, "table", date1904=True)
    backend = WorkbookBackend(path)
    result = run_daily(backend, settings, TODAY, fixed_clock())
    assert backend.date1904
    assert not [p for p in result.problems if p.tab == "Call Notes"]
    c1 = [i for i in result.items if i.customer and i.customer.id == "C-1"]
    assert c1 and all(i.due.year == 2026 for i in c1 if i.due)


def test_a_day_number_counts_from_1904_only_in_such_a_workbook():
    from datetime import date

    from khatir.sheet.parse import parse_sheet_date
    from real_files import serial
    day = date(2026, 11, 19)
    assert parse_sheet_date(serial(day, True), True) == day
    assert parse_sheet_date(serial(day)) == day
    assert parse_sheet_date(serial(day, True)) == date(2022, 11, 18)  # what it was read as before


def test_the_atomic_replace_refuses_a_changed_file_and_keeps_it(tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"version 1")
    seen = atomic.version_of(path)

    def fill(tmp: Path) -> None:
        tmp.write_bytes(b"version 2")
        path.write_bytes(b"a colleague's version")  # in place, same size is not needed
    with pytest.raises(atomic.FileChanged):
        atomic.replace_file(path, fill, backups=1,
                            still_current=lambda: atomic.is_current(path, seen))
    assert path.read_bytes() == b"a colleague's version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx"]
