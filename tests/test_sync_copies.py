"""A sync app's conflict copy beside the workbook is named in the summary and Problems
(the Windows trial: "shop (1).xlsx" and "shop-DESKTOP-AB12.xlsx" got the same pending
messages as shop.xlsx, unseen)."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from khatir.backends.sync_copies import sync_copies
from khatir.backends.workbook import WorkbookBackend
from khatir.config import build_settings
from khatir.demo import build_demo_workbook
from khatir.jobs.daily import run_daily
from khatir.summary import summarise
from conftest import fixed_clock

DAY = date(2026, 11, 25)


def test_only_the_sync_apps_names_for_this_workbook_are_copies(tmp_path):
    names = ["shop.xlsx", "shop (1).xlsx", "SHOP (12).XLSX", "shop-DESKTOP-AB12.xlsx",
             "shop-RINA-PC.xlsx", "shop (conflicted copy).xlsx",
             "shop (Rina's conflicted copy 2026-11-24).xlsx",
             "shop.sync-conflict-20261124-101010-ABCDEF.xlsx",
             # the owner's own names, another file type, Excel's lock file, another workbook
             "shop-2025-11.xlsx", "shop-old-copy.xlsx", "shop old.xlsx", "shop (1).csv",
             "~$shop.xlsx", "myshop (1).xlsx", "shop (1) (1).xlsx"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in sync_copies(tmp_path / "shop.xlsx")] == [
        "SHOP (12).XLSX", "shop (1).xlsx", "shop (Rina's conflicted copy 2026-11-24).xlsx",
        "shop (conflicted copy).xlsx", "shop-DESKTOP-AB12.xlsx", "shop-RINA-PC.xlsx",
        "shop.sync-conflict-20261124-101010-ABCDEF.xlsx"]


def problems_rows(book) -> list[tuple]:
    wb = load_workbook(book, read_only=True)
    title = [t for t in wb.sheetnames if t in ("Problems", "সমস্যা")][0]
    return [r[:6] for r in wb[title].iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize("lang, note, problem, fix", [
    ("en",
     "Warning: shop-DESKTOP-AB12.xlsx beside shop.xlsx looks like a copy a sync app (OneDrive, "
     "Google Drive, Dropbox) made; staff who work in it will send the same messages twice. Work "
     "only in shop.xlsx: copy any changes from shop-DESKTOP-AB12.xlsx into it, then delete or "
     "move shop-DESKTOP-AB12.xlsx away.",
     "This workbook and a copy a sync app made of it are side by side; the same messages may be "
     "sent twice from the two files.",
     "Copy any changes from shop-DESKTOP-AB12.xlsx into shop.xlsx, then delete or move "
     "shop-DESKTOP-AB12.xlsx away."),
    ("bn",
     "সতর্কতা: shop.xlsx-এর পাশে shop-DESKTOP-AB12.xlsx ফাইলটি দেখে মনে হচ্ছে কোনো সিঙ্ক অ্যাপ "
     "(OneDrive, Google Drive, Dropbox) এটি বানিয়েছে; কর্মীরা ওটিতে কাজ করলে একই বার্তা দুবার "
     "পাঠাবেন। শুধু shop.xlsx-এ কাজ করুন: shop-DESKTOP-AB12.xlsx-এর যেকোনো পরিবর্তন এতে তুলে আনুন, "
     "তারপর shop-DESKTOP-AB12.xlsx মুছে দিন বা অন্য জায়গায় সরিয়ে রাখুন।",
     "এই ওয়ার্কবুক আর কোনো সিঙ্ক অ্যাপের বানানো এর একটি কপি পাশাপাশি আছে; দুই ফাইল থেকে একই বার্তা "
     "দুবার পাঠানো হতে পারে।",
     "shop-DESKTOP-AB12.xlsx-এর যেকোনো পরিবর্তন shop.xlsx-এ তুলে আনুন, তারপর shop-DESKTOP-AB12.xlsx "
     "মুছে দিন বা সরিয়ে রাখুন।"),
])
def test_a_sync_copy_is_named_in_the_summary_and_problems(tmp_path, lang, note, problem, fix):
    book = build_demo_workbook(tmp_path / "shop.xlsx", DAY)
    copy = tmp_path / "shop-DESKTOP-AB12.xlsx"
    copy.write_bytes(book.read_bytes())
    settings = build_settings({"general": {"language": lang}})
    result = run_daily(WorkbookBackend(book, backups=0), settings, DAY, fixed_clock(DAY))
    assert note in summarise(result, lang, settings).splitlines()
    assert (None, None, None, "shop-DESKTOP-AB12.xlsx", problem, fix) in problems_rows(book)


def test_a_run_on_the_copy_names_the_original(tmp_path):
    book = build_demo_workbook(tmp_path / "shop.xlsx", DAY)
    copy = tmp_path / "shop (1).xlsx"
    copy.write_bytes(book.read_bytes())
    settings = build_settings({"general": {"language": "en"}})
    result = run_daily(WorkbookBackend(copy, backups=0), settings, DAY, fixed_clock(DAY))
    assert ("Warning: shop (1).xlsx looks like a copy a sync app (OneDrive, Google Drive, "
            "Dropbox) made of shop.xlsx, which is beside it; staff who work in both will send the "
            "same messages twice. Keep one: copy any changes into shop.xlsx, move shop (1).xlsx "
            "away, and run on shop.xlsx.") in summarise(result, "en", settings).splitlines()


def test_no_copy_no_warning(tmp_path):
    book = build_demo_workbook(tmp_path / "shop.xlsx", DAY)
    (tmp_path / "shop-2025-11.xlsx").write_bytes(book.read_bytes())
    settings = build_settings({"general": {"language": "en"}})
    result = run_daily(WorkbookBackend(book, backups=0), settings, DAY, fixed_clock(DAY))
    assert "sync app" not in summarise(result, "en", settings)
