"""The same sheet as a workbook written by XlsxWriter (how many shop exports are made),
besides openpyxl's and the Google Sheet: a fixture for tests that must hold on all three."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import Workbook

from conftest import WorkbookSheet
from real_files import png
from khatir.backends.workbook import create_workbook


def openpyxl_workbook(path: Path, grids: dict[str, list[list]]) -> Path:
    """The same tabs as openpyxl writes them, each row appended as it is."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in grids.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def xlsxwriter_workbook(path: Path, grids: dict[str, list[list]],
                        names: dict[str, str] | None = None, pictures: dict[str, str] | None = None) -> Path:
    """A workbook as XlsxWriter writes it: shared strings, real date cells, any
    workbook-level defined ``names`` (name -> formula), and ``pictures`` (tab -> the cell
    a small picture is put over)."""
    book = xlsxwriter.Workbook(str(path))
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    for title, rows in grids.items():
        ws = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value in (None, ""):
                    continue
                if isinstance(value, date):
                    ws.write_datetime(r, c, value, dates)
                elif isinstance(value, str):
                    ws.write_string(r, c, value)
                else:
                    ws.write(r, c, value)
        if title in (pictures or {}):
            ws.insert_image(pictures[title], "receipt.png", {"image_data": io.BytesIO(png())})
    for name, formula in (names or {}).items():
        book.define_name(name, formula)
    book.close()
    return path


@pytest.fixture(params=["openpyxl", "xlsxwriter", "google"])
def make_any_sheet(request, tmp_path):
    """Like conftest's make_sheet, with a third kind: a workbook written by XlsxWriter."""
    if request.param == "xlsxwriter":
        return lambda grids: WorkbookSheet(xlsxwriter_workbook(tmp_path / "shop.xlsx", grids,
                                                               {"ShopName": '="Rupkotha"'}))
    if request.param == "google":
        return request.getfixturevalue("google_sheet")
    return lambda grids: WorkbookSheet(create_workbook(tmp_path / "shop.xlsx", grids))
