"""The hidden name a tab's filter needs (``_xlnm._FilterDatabase``), on real .xlsx files.

Excel writes, next to a tab's ``<autoFilter ref>``, a hidden workbook name scoped to the
tab (``localSheetId`` = the tab's 0-based place in ``<sheets>``) holding the same range.
LibreOffice shows filter buttons only with that name, and drops the filter for good when
it saves a file without it. Wherever Khatir writes or grows a filter on its own tabs, the
name is there and covers the same range; every other name stays byte for byte; a filter
LibreOffice dropped from Messages comes back on the next run.
"""
from __future__ import annotations

import re
import shutil
import zipfile
from html import unescape
from pathlib import Path

import pytest

from conftest import basic_grids
from khatir.backends.workbook import WorkbookBackend
from khatir.backends.xlsx_append import sheet_filter_ref
from khatir.backends.xlsx_patch import read_book, set_filter_names
from khatir.jobs.setup import run_setup
from real_files import libreoffice_shop, xlsxwriter_shop
from test_real_files import run

pytestmark = pytest.mark.filterwarnings("ignore:.*extension is not supported")
NAME = re.compile(rb"<(?:\w+:)?definedName\b[^>]*>[^<]*</(?:\w+:)?definedName>|<(?:\w+:)?definedName\b[^>]*/>")
FILTER_DB = "_xlnm._FilterDatabase"


def workbook_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(read_book(zf).workbook_part)


def defined_names(path: Path) -> list[bytes]:
    return NAME.findall(workbook_xml(path))


def filter_names(path: Path) -> dict[int, str]:
    """localSheetId -> the value of its _xlnm._FilterDatabase name."""
    out = {}
    for raw in defined_names(path):
        text = raw.decode()
        if f'name="{FILTER_DB}"' not in text:
            continue
        local = re.search(r'localSheetId="(\d+)"', text)
        assert local, text
        assert int(local.group(1)) not in out, "one name per tab"
        out[int(local.group(1))] = unescape(re.sub(r"<[^>]*>", "", text))
    return out


def sheet_filter(path: Path, title: str) -> tuple[int, str | None]:
    """The tab's place in <sheets> and its own filter's range."""
    with zipfile.ZipFile(path) as zf:
        sheets = read_book(zf).sheets
        index = [s.title for s in sheets].index(title)
        return index, sheet_filter_ref(zf.read(sheets[index].part))


def assert_named(path: Path, title: str) -> str:
    """The tab has a filter and the workbook's filter name for the tab covers the same range."""
    index, ref = sheet_filter(path, title)
    assert ref is not None, f"{title} has no filter"
    first, last = ref.split(":")
    want = "${}${}:${}${}".format(*re.match(r"([A-Z]+)(\d+)", first).groups(),
                                  *re.match(r"([A-Z]+)(\d+)", last).groups())
    value = filter_names(path).get(index)
    assert value is not None, f"no {FILTER_DB} for {title} (localSheetId {index})"
    sheet, _, rng = value.rpartition("!")
    assert rng == want
    assert sheet.strip("'").replace("''", "'") == title
    return ref


def drop_filter(path: Path, title: str) -> None:
    """What LibreOffice does to a filter the workbook does not name when it saves: removes it
    (and the name, had there been one)."""
    with zipfile.ZipFile(path) as zf:
        book = read_book(zf)
        index = [s.title for s in book.sheets].index(title)
        part = book.sheets[index].part
        data = {n: zf.read(n) for n in zf.namelist()}
    data[part] = re.sub(rb"<autoFilter\b[^>]*/>|<autoFilter\b.*?</autoFilter>", b"", data[part], flags=re.S)
    data[book.workbook_part] = re.sub(
        rb'<definedName name="_xlnm._FilterDatabase" localSheetId="' + str(index).encode()
        + rb'"[^>]*>[^<]*</definedName>', b"", data[book.workbook_part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, blob in data.items():
            zout.writestr(name, blob)


def test_a_daily_run_names_the_filters_it_writes_on_messages_and_follow_ups(make_workbook, settings):
    grids = basic_grids()
    grids.pop("Messages", None)
    path = make_workbook(grids)
    result = run(path, settings)
    assert result.new_messages
    assert assert_named(path, "Messages").startswith("A1:")
    assert assert_named(path, "Follow-ups").startswith("A1:")
    first = workbook_xml(path)
    run(path, settings)  # nothing new: the names are still right, not added twice
    assert_named(path, "Messages")
    assert_named(path, "Follow-ups")
    assert len(filter_names(path)) == 2
    assert workbook_xml(path).count(FILTER_DB.encode()) == first.count(FILTER_DB.encode())


def test_a_filter_libreoffice_dropped_from_messages_comes_back_on_the_next_run(make_workbook, settings):
    grids = basic_grids()
    grids.pop("Messages", None)
    path = make_workbook(grids)
    run(path, settings)
    ref = assert_named(path, "Messages")
    drop_filter(path, "Messages")
    drop_filter(path, "Follow-ups")
    assert sheet_filter(path, "Messages")[1] is None
    assert run(path, settings).new_messages == []  # no new rows: the filter comes back all the same
    assert assert_named(path, "Messages") == ref
    assert_named(path, "Follow-ups")


@pytest.mark.parametrize("source", ["xlsxwriter", "libreoffice"])
def test_a_staff_filter_grown_over_new_messages_is_named_and_other_names_kept(tmp_path, settings, source):
    path = tmp_path / "shop.xlsx"
    if source == "xlsxwriter":
        xlsxwriter_shop(path, "hidden")
    else:
        shutil.copy(libreoffice_shop("hidden"), path)
    before = defined_names(path)
    index, _ = sheet_filter(path, "Messages")
    result = run(path, settings)
    assert result.new_messages
    assert_named(path, "Messages")
    assert_named(path, "Follow-ups")
    after = defined_names(path)
    follow_ups = sheet_filter(path, "Follow-ups")[0]
    mine = [n for n in after if FILTER_DB.encode() in n
            and re.search(rb'localSheetId="(%d|%d)"' % (index, follow_ups), n)]
    # every name the file had (staff's, other tabs' filters) byte for byte, in its order
    kept = [n for n in before if n not in mine
            and not (FILTER_DB.encode() in n and b'localSheetId="%d"' % index in n)]
    assert [n for n in after if n in kept] == kept
    assert all(n in mine or n in kept or b'name="khatir_tab"' in n for n in after)


@pytest.mark.parametrize("layout", ["table", "hidden", "formulas"])
def test_setup_keeps_the_names_and_the_daily_run_after_it_names_its_filters(tmp_path, settings, layout):
    path = tmp_path / "shop.xlsx"
    shutil.copy(libreoffice_shop(layout), path)
    before = defined_names(path)
    run_setup(WorkbookBackend(path), settings)
    assert [n for n in defined_names(path) if FILTER_DB.encode() in n or b"khatir_tab" not in n] == \
        [n for n in before if FILTER_DB.encode() in n or b"khatir_tab" not in n]
    run(path, settings)
    assert_named(path, "Follow-ups")
    index, ref = sheet_filter(path, "Messages")
    if ref is None:  # a Table over Messages: its filter is the Table's, no tab filter to name
        assert index not in filter_names(path)
    else:
        assert_named(path, "Messages")
    for name in before:  # staff's names and other tabs' filter names, byte for byte
        if not (FILTER_DB.encode() in name and b'localSheetId="%d"' % index in name):
            assert name in defined_names(path)


def test_the_name_follows_the_tabs_place_when_tabs_come_before_it(make_workbook, settings):
    grids = basic_grids()
    grids.pop("Messages", None)
    path = make_workbook(grids)
    run(path, settings)
    titles = [s.title for s in read_book(zipfile.ZipFile(path)).sheets]
    assert titles.index("Messages") > 0
    assert_named(path, "Messages")
    assert filter_names(path).keys() == {titles.index("Messages"), titles.index("Follow-ups")}


# -- the workbook part on its own ---------------------------------------------------------
WB = (b'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/'
      b'spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/><sheet name="Follow-ups" sheetId="2"/>'
      b'<sheet name="Tom\'s" sheetId="3"/></sheets>%s<calcPr/></workbook>')


def test_set_filter_names_adds_a_missing_name_and_the_names_element():
    out = set_filter_names(WB % b"", {1: ("Follow-ups", "A1:L8"), 2: ("Tom's", "B2:C3")})
    assert out == WB % (b'<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'
                        b"'Follow-ups'!$A$1:$L$8</definedName><definedName name=\"_xlnm._FilterDatabase\" "
                        b"localSheetId=\"2\" hidden=\"1\">'Tom''s'!$B$2:$C$3</definedName></definedNames>")


def test_set_filter_names_updates_the_tabs_name_and_keeps_every_other_byte():
    names = (b'<definedNames><definedName function="false" hidden="true" localSheetId="0" '
             b'name="_xlnm._FilterDatabase" vbProcedure="false">A!$A$1:$C$9</definedName>'
             b'<definedName name="Staff">A!$B$2</definedName>'
             b'<definedName function="false" hidden="true" localSheetId="1" name="_xlnm._FilterDatabase" '
             b'vbProcedure="false">&apos;Follow-ups&apos;!$A$1:$L$3</definedName></definedNames>')
    out = set_filter_names(WB % names, {1: ("Follow-ups", "A1:L8")})
    assert out == WB % names.replace(b"$A$1:$L$3", b"$A$1:$L$8")
    assert set_filter_names(out, {1: ("Follow-ups", "A1:L8")}) == out  # already right: unchanged
