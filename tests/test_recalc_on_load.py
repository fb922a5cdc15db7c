"""Staff formulas that count Khatir's tabs: after a run the workbook asks for a full
recalculation on load (``<calcPr fullCalcOnLoad="1"/>``), its other calculation settings
and the staff's tab kept byte for byte."""
from __future__ import annotations

import re
import zipfile

import pytest
import xlsxwriter

from conftest import basic_grids, ago
from khatir.backends.workbook import create_workbook
from khatir.backends.xlsx_patch import read_book


def staff_formula_book(path, writer: str):
    """The demo grids and a staff tab "Tally" counting pending messages, its cached result 0."""
    grids = basic_grids()
    if writer == "openpyxl":
        create_workbook(path, grids)
        from openpyxl import load_workbook
        book = load_workbook(path)
        ws = book.create_sheet("Tally")
        ws["A1"], ws["B1"] = "pending", '=COUNTIF(Messages!G2:G500,"pending")'
        book.calculation.iterateCount = 50  # a calculation setting of the owner's
        book.calculation.fullCalcOnLoad = False  # as Excel leaves it after a save
        book.save(path)
        return path
    book = xlsxwriter.Workbook(str(path))
    for title, rows in grids.items():
        ws = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value not in (None, ""):
                    ws.write_string(r, c, value.isoformat() if hasattr(value, "isoformat") else str(value))
    ws = book.add_worksheet("Tally")
    ws.write_string(0, 0, "pending")
    ws.write_formula(0, 1, '=COUNTIF(Messages!G2:G500,"pending")', None, 0)
    book.close()
    # XlsxWriter asks for a recalculation itself; Excel and LibreOffice save without it
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b' fullCalcOnLoad="1"', b"")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def part_of(path, title: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(read_book(zf).find(title).part)


def calc_pr(path) -> str:
    with zipfile.ZipFile(path) as zf:
        xml = zf.read(read_book(zf).workbook_part).decode()
    found = re.findall(r"<(?:\w+:)?calcPr\b[^>]*>", xml)
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("writer", ["openpyxl", "xlsxwriter"])
def test_the_workbook_asks_for_a_recalculation_after_a_run(tmp_path, run_job, writer):
    path = staff_formula_book(tmp_path / "shop.xlsx", writer)
    before, calc_before = part_of(path, "Tally"), calc_pr(path)
    assert 'fullCalcOnLoad="1"' not in calc_before
    run_job(path)
    after = calc_pr(path)
    assert 'fullCalcOnLoad="1"' in after
    # every other calculation setting is kept as it was
    def others(tag: str) -> str:
        return re.sub(r'\s*fullCalcOnLoad="[^"]*"', "", tag).replace(" />", "/>")
    assert others(after) == others(calc_before)
    assert part_of(path, "Tally") == before  # the staff's formula and its cached value untouched
    run_job(path, ago(-1))  # a second run keeps one flag
    assert calc_pr(path) == after
