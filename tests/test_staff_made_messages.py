"""A Messages tab staff made themselves, without the columns a message needs.

Khatir adds no column to a staff-made Messages tab. When it has no Message column
(the text), or neither a Phone nor a WhatsApp Link column (how to reach the customer), a new row there would be
a Key, a Customer ID and "pending": nothing anyone can send, and its Key would stop
the message being made again once the tab is fixed. So no row is added, Khatir Keys
records nothing, and the summary and Problems (Bengali and English) name the missing
headers; the first run after staff add them prepares the messages.
"""
from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from conftest import ago, basic_grids, read_tab
from khatir.backends.xlsx_patch import read_book
from khatir.config import build_settings
from khatir.summary import summarise

pytestmark = pytest.mark.slow  # each test runs the whole job on a real workbook

OLD_LAYOUT = ["Key", "Date", "Customer", "Customer ID", "Mobile", "SMS Text", "Status", "Sent By", "Remarks"]
OLD_ROW = ["fu-C-1-20261101", "2026-11-01", "রহিমা খাতুন", "C-1", "01711234567", "old text", "sent",
           "Nasrin", "old layout"]


def shop(header=OLD_LAYOUT):
    grids = basic_grids()
    grids["Messages"] = [header, OLD_ROW[:len(header)]]
    return grids


def parts(path, titles) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        book = read_book(zf)
        return {t: zf.read(book.find(t).part) for t in titles}


def keys_recorded(path) -> list[str]:
    book = load_workbook(path)
    title = next((t for t in book.sheetnames if t in ("Khatir Keys", "খাতির কী")), None)
    return [r[0] for r in read_tab(path, title)[1:]] if title else []


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_no_message_without_text_goes_into_a_staff_made_messages_tab(make_workbook, run_job, lang):
    path = make_workbook(shop())
    before = parts(path, ("Customers", "Call Notes", "Messages"))
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}})
    result = run_job(path, settings_=settings)
    assert parts(path, ("Customers", "Call Notes", "Messages")) == before  # not a row added
    assert result.new_messages == []
    assert keys_recorded(path) == ["fu-C-1-20261101"]  # nothing recorded as prepared
    summary = summarise(result, lang, settings)
    assert ("'pending'" not in summary)
    words = {"en": ("Message", "Phone"), "bn": ("বার্তা", "ফোন")}[lang]  # Customer ID says who
    problems = [r for r in read_tab(path, "Problems")[1:] if r[0] in ("Messages", "বার্তা")]
    assert len(problems) == 1 and all(f"'{w}'" in problems[0][5] for w in words), problems
    line = {"en": "No new messages were added", "bn": "নতুন কোনো বার্তা যোগ করা হয়নি"}[lang]
    assert line in summary and "2" in summary.split(line)[1].splitlines()[0].translate(
        str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))

    # Staff rename SMS Text, Customer and Mobile: the next run prepares the messages there.
    book = load_workbook(path)
    ws = book["Messages"]
    ws["F1"], ws["C1"], ws["E1"] = "Message", "Name", "Phone"
    book.save(path)
    result = run_job(path, ago(-1), settings_=settings)
    rows = read_tab(path, "Messages")
    assert len(rows) == 2 + len(result.new_messages) and len(result.new_messages) == 2
    assert all(r[5] and r[2] and r[4] and r[0] for r in rows[2:])  # text, name, phone, key
    assert not [r for r in read_tab(path, "Problems")[1:] if r[0] in ("Messages", "বার্তা")]


def test_a_staff_made_tab_with_the_needed_columns_still_gets_messages(make_workbook, run_job):
    header = ["Key", "Customer ID", "Name", "Phone", "Message", "Status"]
    path = make_workbook(shop(header=header))
    result = run_job(path)
    assert len(result.new_messages) == 2
    assert not [r for r in read_tab(path, "Problems")[1:] if r[0] == "Messages"]
