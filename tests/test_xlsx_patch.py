"""The workbook is patched, not re-saved: staff tabs, charts and formatting are kept
byte for byte, and what the scripts write lands where it should."""
from __future__ import annotations

import io
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import PatternFill

from conftest import basic_grids, read_tab, records
from khatir.backends.base import Append, Changes, Replace
from khatir.backends.workbook import WorkbookBackend
from khatir.backends.xlsx_patch import (SheetEdit, XlsxError, find_date_style, patch_xlsx,
                                        read_book, write_rows)
from khatir.errors import SheetError
from khatir.jobs.setup import run_setup
from khatir.sheet.schema import MESSAGES

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STAFF = ("Customers", "Call Notes")


# -- helpers -----------------------------------------------------------------------
def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def parts(path: Path) -> dict[str, str]:
    """Tab title -> its worksheet part."""
    with zipfile.ZipFile(path) as zf:
        return {s.title: s.part for s in read_book(zf).sheets}


def cells_of(xml: bytes) -> dict[tuple[int, int], tuple[str, str | None, str | None]]:
    """(row, col) -> (type, value text, style) of every cell, numbering as Excel does."""
    root = ET.fromstring(xml)
    ns = root.tag[1:].partition("}")[0]
    out, r = {}, 0
    for row in root.iter(f"{{{ns}}}row"):
        r = int(row.get("r")) if row.get("r") else r + 1
        c = 0
        for cell in row.findall(f"{{{ns}}}c"):
            ref = cell.get("r")
            c = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(re.sub(r"\d", "", ref)))) \
                if ref else c + 1
            text = "".join(t.text or "" for t in cell.iter(f"{{{ns}}}t")) \
                if cell.get("t") == "inlineStr" else cell.findtext(f"{{{ns}}}v")
            out[(r, c)] = (cell.get("t", "n"), text, cell.get("s"))
    return out


def row_numbers(xml: bytes) -> list[int]:
    root = ET.fromstring(xml)
    ns = root.tag[1:].partition("}")[0]
    out, r = [], 0
    for row in root.iter(f"{{{ns}}}row"):
        r = int(row.get("r")) if row.get("r") else r + 1
        out.append(r)
    return out


def add_chart(path: Path, title: str = "Customers") -> None:
    book = load_workbook(path)
    ws = book[title]
    chart = BarChart()
    chart.title = "Customers by row"
    chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=ws.max_row), titles_from_data=True)
    ws.add_chart(chart, "P2")
    book.save(path)


def rezip(path: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> None:
    old = entries(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in old.items():
            zf.writestr(name, replace.get(name, data))
        for name, data in (add or {}).items():
            zf.writestr(name, data)


def excel_like(path: Path) -> None:
    """Rewrite an openpyxl workbook the way Excel writes one: shared strings, the main
    namespace under an ``x:`` prefix, ``mc:Ignorable`` extensions, row spans."""
    old = entries(path)
    sst: list[str] = []
    index: dict[str, int] = {}

    def shared(m: re.Match) -> str:
        text = m.group(2)
        if text not in index:
            index[text] = len(sst)
            sst.append(text)
        return f'<c {m.group(1)}t="s"><v>{index[text]}</v></c>'

    def prefixed(xml: str, extra: str = "") -> str:
        xml = re.sub(r"<(/?)([A-Za-z]\w*)(?=[\s/>])", r"<\1x:\2", xml)
        return xml.replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"{extra}', 1)

    new: dict[str, bytes] = {}
    for name, data in old.items():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            xml = re.sub(r"^<\?xml[^>]*\?>\s*", "", data.decode())
            xml = re.sub(r'<c ([^>]*?)t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', shared, xml)
            xml = prefixed(xml, ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
                                ' mc:Ignorable="x14ac"'
                                ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"')
            xml = re.sub(r'<x:row r="(\d+)"', r'<x:row r="\1" spans="1:13" x14ac:dyDescent="0.25"', xml)
            new[name] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + xml).encode()
        elif name == "xl/workbook.xml":
            new[name] = prefixed(re.sub(r"^<\?xml[^>]*\?>\s*", "", data.decode())).encode()
    sst_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="{MAIN}" '
               f'count="{len(sst)}" uniqueCount="{len(sst)}">'
               + "".join(f'<si><t xml:space="preserve">{t}</t></si>' for t in sst) + "</sst>")
    new["xl/_rels/workbook.xml.rels"] = old["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    new["[Content_Types].xml"] = old["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rezip(path, new, {"xl/sharedStrings.xml": sst_xml.encode()})


def trimmed(rows) -> list[list]:
    out = [list(r) for r in rows]
    for r in out:
        while r and r[-1] is None:
            r.pop()
    while out and not out[-1]:
        out.pop()
    return out


def styles_kept(before: bytes, after: bytes) -> bool:
    """Every font, fill and cell format of ``before`` is still there, at its index."""
    old, new = ET.fromstring(before), ET.fromstring(after)
    for part in ("fonts", "fills", "cellXfs"):
        a, b = old.find(f"{{{MAIN}}}{part}"), new.find(f"{{{MAIN}}}{part}")
        if [ET.tostring(x) for x in a] != [ET.tostring(x) for x in b][:len(a)]:
            return False
        if b.get("count") not in (None, str(len(b))):
            return False
    return True


def check_opens(path: Path) -> None:
    """openpyxl reads it fully and in read-only mode, with the same values."""
    full = load_workbook(path)
    lazy = load_workbook(path, read_only=True)
    try:
        assert full.sheetnames == lazy.sheetnames
        for ws in full.worksheets:
            lazy_ws = lazy[ws.title]
            lazy_ws.reset_dimensions()
            assert trimmed(ws.iter_rows(values_only=True)) == \
                trimmed(lazy_ws.iter_rows(values_only=True)), ws.title
    finally:
        lazy.close()


# -- the daily run on real workbooks ---------------------------------------------------
@pytest.mark.slow
def test_staff_parts_and_shared_parts_are_byte_identical_and_the_chart_survives(make_workbook, run_job):
    path = make_workbook(basic_grids())
    add_chart(path)
    before = entries(path)
    assert any(n.startswith("xl/charts/") for n in before)
    tabs = parts(path)
    run_job(path)
    after = entries(path)
    for title in STAFF:
        assert after[tabs[title]] == before[tabs[title]], title
    for name in before:
        if name.startswith(("xl/charts/", "xl/drawings/", "xl/worksheets/_rels/", "xl/theme/")) \
                or name in ("docProps/core.xml", "docProps/app.xml"):
            assert after[name] == before[name], name
    # Only the Messages part, the parts that list the new tabs and the styles (Khatir's
    # formats added after the workbook's own) changed; the rest is new.
    assert before.keys() <= after.keys()
    changed = {n for n in before if after[n] != before[n]}
    assert changed == {tabs["Messages"], "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                       "[Content_Types].xml", "xl/styles.xml"}
    assert styles_kept(before["xl/styles.xml"], after["xl/styles.xml"])
    assert list(after)[:len(before)] == list(before)  # same entries, same order
    book = load_workbook(path)
    assert len(book["Customers"]._charts) == 1
    check_opens(path)


@pytest.mark.slow
def test_result_opens_and_has_the_right_values(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    check_opens(path)
    lazy = load_workbook(path, read_only=True)
    try:
        assert lazy.sheetnames[:3] == ["Customers", "Call Notes", "Messages"]
    finally:
        lazy.close()
    msgs = records(path, "Messages")
    assert [(m["Customer ID"], m["Status"], m["Kind"]) for m in msgs] == [
        ("C-1", "pending", "follow_up"), ("C-2", "pending", "follow_up")]
    assert msgs[1]["Message"].startswith("Hello Karim,\nOn 23 November")
    rows = records(path, "Follow-ups")
    assert [(r["#"], r["What"], r["Customer ID"], r["Days Overdue"]) for r in rows] == [
        (1, "overdue", "C-1", 3), (2, "overdue", "C-3", 1), (3, "due today", "C-2", 0)]
    assert isinstance(rows[0]["#"], int)  # numbers stay numbers


@pytest.mark.slow
def test_excel_like_workbook_with_shared_strings_and_prefixed_xml(make_workbook, run_job):
    path = make_workbook(basic_grids())
    excel_like(path)
    before = entries(path)
    assert b"<x:worksheet" in before["xl/worksheets/sheet1.xml"]
    tabs = parts(path)
    assert WorkbookBackend(path).read()["Customers"][1][1] == "রহিমা খাতুন"
    run_job(path)
    run_job(path)  # the second run finds the keys (inline strings now) and adds nothing
    after = entries(path)
    for name in [tabs[t] for t in STAFF] + ["xl/sharedStrings.xml"]:
        assert after[name] == before[name], name
    assert styles_kept(before["xl/styles.xml"], after["xl/styles.xml"])
    messages = after[tabs["Messages"]]
    assert re.search(rb'<x:row r="2"[^>]*><x:c r="A2"( s="\d+")? t="inlineStr"><x:is><x:t xml:space="preserve">',
                     messages)
    assert b"<x:hyperlinks><x:hyperlink " in messages  # Khatir's elements in the part's prefix
    assert not re.search(rb"<(row|c|is|t)[\s>]", messages)  # nothing unprefixed in the x: part
    assert b'mc:Ignorable="x14ac"' in messages
    assert b'<x:sheet name="Follow-ups"' in after["xl/workbook.xml"]
    assert [m["Customer ID"] for m in records(path, "Messages")] == ["C-1", "C-2"]
    assert [r["Customer ID"] for r in records(path, "Follow-ups")] == ["C-1", "C-3", "C-2"]
    assert len(records(path, "Run Log")) == 2
    check_opens(path)


@pytest.mark.slow
def test_excel_saved_script_tabs_are_replaced_in_their_own_prefix(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    excel_like(path)  # as if the owner had opened and saved it in Excel since
    tabs = parts(path)
    before = entries(path)
    assert b"<x:row" in before[tabs["Follow-ups"]]
    run_job(path, date(2026, 11, 25))
    after = entries(path)
    follow_ups = after[tabs["Follow-ups"]]
    assert not re.search(rb"<(row|c|is|t|sheetData|pane)[\s>/]", follow_ups)
    assert follow_ups.startswith(before[tabs["Follow-ups"]][:follow_ups.index(b"<x:dimension")])
    for name in [tabs[t] for t in STAFF] + ["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]:
        assert after[name] == before[name], name
    assert [r["Customer ID"] for r in records(path, "Follow-ups")][:3] == ["C-1", "C-3", "C-2"]
    assert [r["Due"] for r in records(path, "Follow-ups")][:1] == ["2026-11-21"]
    assert len(records(path, "Run Log")) == 2
    check_opens(path)


@pytest.mark.slow
def test_new_rows_go_right_after_the_last_used_row_above_formatted_empty_rows(make_workbook, run_job):
    grids = basic_grids()
    grids["Messages"].append(["2026-11-01", "", "Old", "", "hi", "", "sent", "", "", "", "check_in", "",
                              "C-9", "old:key"])
    path = make_workbook(grids)
    book = load_workbook(path)
    ws = book["Messages"]
    fill = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
    for r in range(3, 11):
        for c in range(1, 15):
            ws.cell(row=r, column=c).fill = fill
    ws.row_dimensions[12].height = 30  # an empty row that is only taller
    book.save(path)
    run_job(path)
    part = entries(path)[parts(path)["Messages"]]
    numbers = row_numbers(part)
    assert numbers == sorted(set(numbers)) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]
    cells = cells_of(part)
    assert cells[(3, 13)][:2] == ("inlineStr", "C-1") and cells[(4, 13)][:2] == ("inlineStr", "C-2")
    assert cells[(3, 13)][2] == cells[(5, 13)][2] is not None  # the new cells kept the row's fill
    book = load_workbook(path)
    ws = book["Messages"]
    assert ws["M3"].fill.fgColor.rgb.endswith("FFF2CC")
    assert ws["M5"].value is None and ws["M5"].fill.fgColor.rgb.endswith("FFF2CC")
    assert ws.row_dimensions[12].height == 30
    assert [m["Customer ID"] for m in records(path, "Messages")[:3]] == ["C-9", "C-1", "C-2"]
    run_job(path, date(2026, 11, 25))
    assert [r[12] for r in read_tab(path, "Messages")[1:4]] == ["C-9", "C-1", "C-2"]


@pytest.mark.slow
def test_formula_like_name_stays_text(make_workbook, run_job):
    grids = basic_grids()
    grids["Customers"][2][1] = '=HYPERLINK("http://x","y")'
    path = make_workbook(grids)
    run_job(path)
    part = entries(path)[parts(path)["Messages"]]
    assert b"<f>" not in part and b"<f " not in part
    assert b"=HYPERLINK(&quot;" in part or b'=HYPERLINK("http://x","y")' in part
    ws = load_workbook(path)["Messages"]
    assert ws["C3"].value == '=HYPERLINK("http://x","y")'
    assert ws["C3"].data_type == "s"


@pytest.mark.slow
def test_new_tabs_are_created_with_every_reference(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    book = load_workbook(path)
    assert book.sheetnames[:3] == ["Customers", "Call Notes", "Messages"]  # new tabs go last
    assert set(book.sheetnames[3:]) == {"Run Log", "Follow-ups", "Problems", "Meetup Summary", "Results",
                                        "Khatir Keys"}
    for title in ("Run Log", "Follow-ups", "Problems"):
        assert book[title].freeze_panes == "A2"
    after = entries(path)
    wb = ET.fromstring(after["xl/workbook.xml"])
    sheets = wb.findall(f"{{{MAIN}}}sheets/{{{MAIN}}}sheet")
    ids = [s.get("sheetId") for s in sheets]
    rids = [s.get(f"{{{REL}}}id") for s in sheets]
    assert len(set(ids)) == len(ids) and len(set(rids)) == len(rids)
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(after["xl/_rels/workbook.xml.rels"])}
    types = ET.fromstring(after["[Content_Types].xml"])
    overrides = {o.get("PartName"): o.get("ContentType") for o in types if o.get("PartName")}
    for rid in rids:
        part = rels[rid].lstrip("/")
        if not part.startswith("xl/"):
            part = "xl/" + part
        assert part in after
        assert overrides["/" + part].endswith("worksheet+xml")
    assert records(path, "Run Log")[0]["Outcome"] == "ok"


@pytest.mark.slow
def test_setup_formatting_of_script_tabs_survives_the_daily_run(make_workbook, run_job, settings):
    path = make_workbook(basic_grids())
    run_setup(WorkbookBackend(path), settings)
    before = load_workbook(path)
    rules = [(str(cf.sqref), [r.formula for r in cf.rules]) for cf in before["Follow-ups"].conditional_formatting]
    lists = {(str(dv.sqref), dv.formula1) for dv in before["Messages"].data_validations.dataValidation}
    assert rules and lists
    tabs = parts(path)
    old = entries(path)[tabs["Follow-ups"]]
    cf_xml = re.search(rb"<conditionalFormatting.*?</conditionalFormatting>", old).group()
    run_job(path)
    run_job(path, date(2026, 11, 25))
    new = entries(path)[tabs["Follow-ups"]]
    assert cf_xml in new  # kept byte for byte
    after = load_workbook(path)
    assert [(str(cf.sqref), [r.formula for r in cf.rules])
            for cf in after["Follow-ups"].conditional_formatting] == rules
    assert {(str(dv.sqref), dv.formula1) for dv in after["Messages"].data_validations.dataValidation} == lists
    assert after["Follow-ups"].freeze_panes == "A2"
    assert [r["Customer ID"] for r in records(path, "Follow-ups")] == ["C-1", "C-3", "C-2"]


# -- the backend -------------------------------------------------------------------------
def test_read_ignores_a_wrong_dimension(make_workbook):
    path = make_workbook(basic_grids())
    part = parts(path)["Call Notes"]
    xml = entries(path)[part]
    rezip(path, {part: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', xml)})
    grid = WorkbookBackend(path).read()["Call Notes"]
    assert len(grid) == 6 and grid[5][3] == "fever again"
    assert isinstance(grid[1][0], datetime)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_read_closes_the_file(make_workbook):
    path = make_workbook(basic_grids())
    WorkbookBackend(path).read()
    open_files = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
                  if os.path.islink(f"/proc/self/fd/{fd}")]
    assert str(path) not in open_files


def test_a_file_changed_after_reading_is_read_again_before_writing(make_workbook):
    path = make_workbook(basic_grids())
    backend = WorkbookBackend(path)
    backend.read()
    book = load_workbook(path)  # staff add a row (and save) between read and write
    book["Messages"].append(["2026-11-20", "", "", "", "", "", "", "", "", "", "", "", "C-1", "k:1"])
    book.save(path)
    os.utime(path, ns=(1, 1))  # a different time, whatever the clock's resolution
    header = MESSAGES.headers()
    row = lambda key, cid: ["2026-11-24", *[""] * 11, cid, key]  # noqa: E731
    backend.write(Changes(appends=[Append("Messages", header, [row("k:1", "C-1"), row("k:2", "C-2")], 13)]))
    assert [r[13] for r in read_tab(path, "Messages")] == ["Key", "k:1", "k:2"]


def test_nothing_to_write_leaves_the_file_alone(make_workbook):
    grids = basic_grids()
    grids["Messages"].append(["2026-11-20", "k:1", "C-1"])
    path = make_workbook(grids)
    before = path.read_bytes()
    backend = WorkbookBackend(path)
    backend.write(Changes(appends=[Append("Messages", MESSAGES.headers(), [["x", "k:1", "C-1"]], 1)]))
    assert path.read_bytes() == before
    assert not (path.parent / "khatir-backups").exists()


def test_values_of_every_kind(make_workbook):
    path = make_workbook(basic_grids())  # Call Notes' dates give the styles a date format
    backend = WorkbookBackend(path)
    rows = [["text", "int", "float", "bool", "date", "odd"],
            ["  spaced  <&>\"'", 42, 2.5, True, date(2026, 11, 24), "a\x00b\x1fc\r\nd"],
            ["=1+1", -7, 1e-9, False, datetime(2026, 1, 2, 3, 4, 5), "\x01\x02"]]
    backend.read()
    backend.write(Changes(replaces=[Replace("Scratch", rows)]))
    got = read_tab(path, "Scratch")
    assert got[1] == ["  spaced  <&>\"'", 42, 2.5, True, datetime(2026, 11, 24), "abc\r\nd"]
    assert got[2] == ["=1+1", -7, 1e-9, False, datetime(2026, 1, 2, 3, 4, 5), None]
    assert load_workbook(path)["Scratch"]["A3"].data_type == "s"


def test_a_chart_sheet_is_not_written_over(make_workbook):
    path = make_workbook(basic_grids())
    book = load_workbook(path)
    chart = BarChart()
    chart.add_data(Reference(book["Customers"], min_col=1, min_row=1, max_row=5))
    book.create_chartsheet("Chart").add_chart(chart)
    book.save(path)
    before = path.read_bytes()
    with pytest.raises(SheetError, match="could not be updated.*chartsheet"):
        WorkbookBackend(path).write(Changes(replaces=[Replace("Chart", [["x"]])]))
    assert path.read_bytes() == before


def test_calc_chain_is_dropped_when_replaced_formulas_go(make_workbook):
    grids = basic_grids()
    path = make_workbook(grids)
    book = load_workbook(path)
    book.create_sheet("Problems")["A1"] = "=1+1"
    book.save(path)
    old = entries(path)
    rezip(path, {
        "xl/_rels/workbook.xml.rels": old["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'),
        "[Content_Types].xml": old["[Content_Types].xml"].replace(
            b"</Types>", b'<Override PartName="/xl/calcChain.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>')},
        {"xl/calcChain.xml": f'<calcChain xmlns="{MAIN}"><c r="A1" i="4"/></calcChain>'.encode()})
    backend = WorkbookBackend(path)
    backend.read()
    backend.write(Changes(replaces=[Replace("Problems", [["Tab", "Row"]])]))
    after = entries(path)
    assert "xl/calcChain.xml" not in after
    assert b"calcChain" not in after["xl/_rels/workbook.xml.rels"]
    assert b"calcChain" not in after["[Content_Types].xml"]
    assert read_tab(path, "Problems") == [["Tab", "Row"]]


# -- the patch functions on hand-written parts ---------------------------------------------
SHEET = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<x:worksheet xmlns:x="{MAIN}" xmlns:r="{REL}"><x:dimension ref="A1:B2"/>'
         f'<x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews>'
         f'<x:cols><x:col min="3" max="3" width="20" style="7" customWidth="1"/></x:cols>'
         f'<x:sheetData><x:row r="1" spans="1:2"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>'
         f'<x:row><x:c><x:v>5</x:v></x:c><x:c><x:f>A2*2</x:f><x:v>10</x:v></x:c></x:row>'
         f'<x:row r="3" s="4" customFormat="1" spans="1:9"/>'
         f'<x:row><x:c s="2"/><x:c s="3"/></x:row>'
         f'<x:row ht="30" customHeight="1"><x:c s="2"/></x:row></x:sheetData>'
         f'<x:conditionalFormatting sqref="A1:A9"><x:cfRule type="expression" priority="1">'
         f'<x:formula>A1&gt;0</x:formula></x:cfRule></x:conditionalFormatting>'
         f'<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
         f'</x:worksheet>').encode()


def test_append_merges_into_formatted_rows_and_keeps_row_numbers():
    xml, removed = write_rows(SHEET, SheetEdit("T", [["a", 1], [None, True, "=x"]], start_row=3))
    assert not removed
    assert row_numbers(xml) == [1, 2, 3, 4, 5]
    cells = cells_of(xml)
    assert cells[(2, 2)] == ("n", "10", None)  # rows above untouched
    assert cells[(3, 1)] == ("inlineStr", "a", "4") and cells[(3, 2)] == ("n", "1", "4")  # row style
    assert cells[(4, 1)] == ("n", None, "2")   # an existing empty cell is kept
    assert cells[(4, 2)] == ("b", "1", "3")    # the cell's own style
    assert cells[(4, 3)] == ("inlineStr", "=x", "7")  # the column's style
    assert cells[(5, 1)] == ("n", None, "2")
    assert b'<x:row r="5" ht="30" customHeight="1">' in xml
    assert b'<x:dimension ref="A1:C4"/>' in xml
    assert b'<x:row r="3" s="4" customFormat="1">' in xml  # spans dropped from the rewritten row
    assert xml.endswith(SHEET[SHEET.index(b"</x:sheetData>"):])  # the rest, byte for byte
    assert xml.startswith(SHEET[:SHEET.index(b"<x:dimension")])


def test_append_below_everything_and_into_an_empty_sheet_data():
    xml, _ = write_rows(SHEET, SheetEdit("T", [["z"]], start_row=7))
    assert row_numbers(xml) == [1, 2, 3, 4, 5, 7]
    empty = SHEET[:SHEET.index(b"<x:sheetData>")] + b"<x:sheetData/>" \
        + SHEET[SHEET.index(b"<x:conditionalFormatting"):]
    xml, _ = write_rows(empty, SheetEdit("T", [["h1", "h2"], ["v"]], freeze_header=True))
    assert cells_of(xml)[(2, 1)] == ("inlineStr", "v", None)
    assert b'<x:sheetView workbookViewId="0"><x:pane ySplit="1" topLeftCell="A2" ' \
           b'activePane="bottomLeft" state="frozen"/>' in xml


def test_replace_keeps_everything_but_the_cells():
    xml, removed = write_rows(SHEET, SheetEdit("T", [["A", "B"], [1, "x"]], replace=True,
                                               freeze_header=True))
    assert removed  # there was a formula: the caller drops calcChain
    assert cells_of(xml) == {(1, 1): ("inlineStr", "A", None), (1, 2): ("inlineStr", "B", None),
                             (2, 1): ("n", "1", None), (2, 2): ("inlineStr", "x", None)}
    assert b'<x:dimension ref="A1:B2"/>' in xml
    for kept in (b'<x:cols><x:col min="3" max="3" width="20" style="7" customWidth="1"/></x:cols>',
                 b'<x:conditionalFormatting sqref="A1:A9">', b"<x:pageMargins "):
        assert kept in xml
    assert xml.count(b"<x:pane ") == 1
    again, _ = write_rows(xml, SheetEdit("T", [["A"]], replace=True, freeze_header=True))
    assert again.count(b"<x:pane ") == 1  # an existing pane is left as it is


def test_sheet_views_are_added_in_their_place_when_missing():
    bare = (f'<worksheet xmlns="{MAIN}"><sheetPr/><sheetData/></worksheet>').encode()
    xml, _ = write_rows(bare, SheetEdit("T", [["h"]], replace=True, freeze_header=True))
    assert xml.startswith(f'<worksheet xmlns="{MAIN}"><sheetPr/><dimension ref="A1"/>'
                          f'<sheetViews><sheetView workbookViewId="0"><pane '.encode())
    ET.fromstring(xml)


def test_utf16_parts_and_odd_markup_are_handled():
    xml = (f'<?xml version="1.0" encoding="UTF-16"?>\n<worksheet xmlns="{MAIN}">'
           f'<!-- a > comment --><sheetData ><row r="1" x=\'">\'><c r="A1"><v>1</v></c></row >'
           f'</sheetData ></worksheet>').encode("utf-16")
    out, _ = write_rows(xml, SheetEdit("T", [["b"]], start_row=2))
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert cells_of(out) == {(1, 1): ("n", "1", None), (2, 1): ("inlineStr", "b", None)}


def test_not_a_worksheet_or_broken_xml_is_refused_in_plain_words():
    with pytest.raises(XlsxError, match="not a worksheet"):
        write_rows(f'<chartsheet xmlns="{MAIN}"/>'.encode(), SheetEdit("T", [["x"]]))
    with pytest.raises(XlsxError, match="not well-formed"):
        write_rows(SHEET[:-5], SheetEdit("T", [["x"]]))
    with pytest.raises(XlsxError, match="out of order"):
        write_rows(f'<worksheet xmlns="{MAIN}"><sheetData><row r="3"/><row r="2"/></sheetData>'
                   f'</worksheet>'.encode(), SheetEdit("T", [["x"]], start_row=4))


def test_patch_xlsx_copies_entries_in_memory(make_workbook):
    path = make_workbook(basic_grids())
    out = io.BytesIO()
    patch_xlsx(path, out, [SheetEdit("Messages", [["x"]], start_row=2)])
    with zipfile.ZipFile(out) as zf, zipfile.ZipFile(path) as original:
        assert zf.namelist() == original.namelist()
        assert find_date_style(original.read("xl/styles.xml")) is not None


def test_ranges_over_the_rewritten_list_grow_and_others_stay():
    """Each area of a dropdown or colour rule range is grown on its own: over the list's rows
    (from the header or row 2, down to the old last row or further) to the new last row, in
    the Excel 2010 form too (a list from another tab); fixed cells, whole columns stay."""
    from khatir.backends.xlsx_ranges import grow_ranges
    xml = (b'<worksheet><sheetData/><conditionalFormatting sqref="A2:L5 Q1:Q3"><cfRule/></conditionalFormatting>'
           b'<dataValidations count="2"><dataValidation type="list" sqref="M2:M7 N:N"><formula1>"a"</formula1>'
           b'</dataValidation><dataValidation sqref=\'O4:O5\'/></dataValidations><extLst><ext><x14:dataValidations>'
           b'<x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1>'
           b'<xm:sqref>P2:P5 P9</xm:sqref></x14:dataValidation></x14:dataValidations>'
           b'<x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>A2:L2</xm:f>'
           b'<xm:sqref>R2:R5</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups>'
           b'</ext></extLst></worksheet>')
    grown = grow_ranges(xml, 5, 9)
    assert grown == (xml.replace(b'"A2:L5 ', b'"A2:L9 ').replace(b'"M2:M7 ', b'"M2:M9 ')
                     .replace(b">P2:P5 ", b">P2:P9 "))
    assert grow_ranges(xml, 5, 4) == xml  # a shorter list: every range as it was


def test_a_custom_views_filter_over_the_rewritten_list_grows_and_the_tabs_own_stays():
    """A custom view's filter range (inside <customSheetViews>) grows like a dropdown's; the
    tab's own filter before it is Khatir's to write and is left to the writer."""
    from khatir.backends.xlsx_ranges import grow_ranges, has_ranges
    xml = (b'<worksheet><sheetData/><autoFilter ref="A1:L5"/><x:customSheetViews><x:customSheetView guid="{1}">'
           b'<x:autoFilter ref="A1:L5"><x:filterColumn colId="2"/></x:autoFilter></x:customSheetView>'
           b"<x:customSheetView guid='{2}'><x:autoFilter ref='N1:N3'/></x:customSheetView></x:customSheetViews>"
           b'<pageMargins/></worksheet>')
    assert has_ranges(xml)
    assert grow_ranges(xml, 5, 9) == xml.replace(b'<x:autoFilter ref="A1:L5">', b'<x:autoFilter ref="A1:L9">')
    assert grow_ranges(xml, 5, 5) == xml


def test_print_areas_over_the_rewritten_list_grow_and_other_names_stay():
    """Each area of a tab's print area is grown on its own when it covered the list (from the
    header or row 2, down to the old last row or further); a fixed box, another tab's area,
    print titles and every other name stay byte for byte, and so does all when the list
    does not grow."""
    from khatir.backends.xlsx_print_area import grow_print_areas
    wb = ("<workbook><sheets/><definedNames>"
          "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">'Follow-ups'!$A$1:$L$5,'Follow-ups'!$N$1:$N$3</definedName>"
          "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Follow-ups'!$1:$1</definedName>"
          "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">Customers!$A$1:$D$5</definedName>"
          "<definedName name=\"Top\">'Follow-ups'!$A$2:$A$5</definedName>"
          "<definedName name=\"Z_1_.wvu.FilterData\" localSheetId=\"1\" hidden=\"1\">'Follow-ups'!$A$1:$L$5</definedName>"
          "<definedName name=\"Z_1_.wvu.PrintArea\" localSheetId=\"1\" hidden=\"1\">'Follow-ups'!$A$2:$L$7</definedName>"
          "<definedName name=\"Z_1_.wvu.Rows\" localSheetId=\"1\" hidden=\"1\">'Follow-ups'!$2:$5</definedName>"
          "</definedNames></workbook>").encode()
    assert grow_print_areas(wb, {1: (5, 9)}) == (wb.replace(b"$L$5,", b"$L$9,").replace(b"$A$1:$L$5<", b"$A$1:$L$9<")
                                                 .replace(b"$A$2:$L$7<", b"$A$2:$L$9<"))
    assert grow_print_areas(wb, {1: (5, 4)}) == wb
    assert grow_print_areas(wb, {}) == wb
