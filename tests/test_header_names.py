"""Header and tab names staff read, from the Bengali review (items 14-16), on real workbooks.

14. The Bengali Key columns were "কী", which Bengali readers take as "what", beside a
    Follow-ups column "কী" that did mean "what". They are now "বার্তা-কোড" and "কাজের ধরন";
    a workbook an older version made keeps working: its headers are read, Messages keeps
    its header and gets no duplicate, the staff tabs are untouched.
15. A text that sends staff to a tab or a column names it as this sheet shows it.
16. The Segment remark quotes the cell as typed, not a translation of it.
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from conftest import TODAY, ago, basic_grids, customers_tab, read_tab, records
from khatir.config import build_settings
from khatir.sheet.schema import FEEDBACK, ORDERS

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})
EN = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"}})

# The headers an older version wrote for these tabs in a Bengali workbook, as they are in
# shops' files (written out here, not taken from the schema, which no longer has them first).
OLD_MESSAGES = ["তৈরি", "এজেন্ট", "নাম", "ফোন", "বার্তা", "হোয়াটসঅ্যাপ লিংক", "অবস্থা", "উত্তর",
                "কে পাঠিয়েছে", "কবে পাঠানো", "ধরন", "কারণ", "আইডি", "কী"]
OLD_FOLLOW_UPS = ["#", "কী", "আইডি", "নাম", "ফোন", "দায়িত্বে", "তারিখ", "কত দিন পেরিয়েছে", "কেন",
                  "বার্তার কী", "মন্তব্য"]
OLD_KEYS = ["কী", "তৈরি", "আইডি", "ধরন"]


def old_workbook(make_workbook):
    grids = basic_grids()
    grids["Messages"] = [OLD_MESSAGES]
    grids["Follow-ups"] = [OLD_FOLLOW_UPS]
    grids["Khatir Keys"] = [OLD_KEYS]
    return make_workbook(grids)


def keys(path) -> list[str]:
    """The Keys in Messages, in row order (openpyxl leaves a deleted row's cells empty)."""
    return [r["কী"] for r in records(path, "Messages") if r["কী"]]


def test_a_workbook_with_the_old_bengali_headers_keeps_working(make_workbook, run_job):
    path = old_workbook(make_workbook)
    staff = {t: read_tab(path, t) for t in ("Customers", "Call Notes")}
    run_job(path, settings_=BN)
    first = keys(path)
    assert first and len(set(first)) == len(first)
    follow = records(path, "Follow-ups")  # Khatir's own tab, found by its old header, rewritten
    assert {r["বার্তা-কোড"] for r in follow} >= set(first)
    run_job(path, settings_=BN)  # the same day again
    assert keys(path) == first
    # staff delete a message's row: the old Khatir Keys tab still knows its Key
    book = load_workbook(path)
    book["Messages"].delete_rows(2)
    book.save(path)
    run_job(path, TODAY + timedelta(days=1), settings_=BN)
    assert keys(path) == first[1:]
    assert read_tab(path, "Messages")[0] == OLD_MESSAGES  # the staff's header is never rewritten
    assert read_tab(path, "Khatir Keys")[0] == OLD_KEYS
    assert [r["কী"] for r in records(path, "Khatir Keys")] == first
    assert {t: read_tab(path, t) for t in staff} == staff


@pytest.mark.parametrize("settings, messages, follow_ups, issued", [
    (BN, "বার্তা-কোড", ("কাজের ধরন", "বার্তা-কোড"), "বার্তা-কোড"),
    (EN, "Key", ("What", "Message Key"), "Key"),
])
def test_a_new_workbook_gets_the_new_headers(make_workbook, run_job, settings, messages, follow_ups,
                                             issued):
    grids = basic_grids()
    del grids["Messages"]
    path = make_workbook(grids)
    run_job(path, settings_=settings)
    assert read_tab(path, "Messages")[0][-1] == messages
    header = read_tab(path, "Follow-ups")[0]
    assert (header[1], header[9]) == follow_ups
    assert read_tab(path, "Khatir Keys")[0][0] == issued
    assert "কী" not in [*read_tab(path, "Messages")[0], *header]


# -- 15: the texts name the tabs and columns as the sheet shows them --------------------

def english_sheet():
    grids = basic_grids()
    grids["Call Notes"].append(["2026-11-23", "C-99", "Tanvir", "asked about the new saris"])
    grids["Feedback"] = [FEEDBACK.headers(), [ago(1), "", "C-1", "negative", "delivery was late", ""]]
    return grids


def bengali_sheet():
    return {
        "গ্রাহক": [["আইডি", "নাম", "ফোন", "ভাষা"], ["C-1", "রহিমা খাতুন", "01711-234567", "bn"]],
        "কল নোট": [["তারিখ", "আইডি", "এজেন্ট", "নোট"],
                   ["2026-11-23", "C-99", "Tanvir", "asked about the new saris"]],
        "মতামত": [["তারিখ", "মিটআপ আইডি", "আইডি", "ধরন", "মতামত", "সমাধান"],
                  [ago(1), "", "C-1", "negative", "delivery was late", ""]],
    }


@pytest.mark.parametrize("sheet, settings, problem, fix, remark", [
    (english_sheet, BN, "Customers ট্যাবে C-99 আইডির কোনো গ্রাহক নেই।",
     "আইডিটি ঠিক করুন, অথবা এই গ্রাহককে Customers ট্যাবে যোগ করুন।",
     "ফোন করুন; সমাধান হলে Feedback ট্যাবের Resolved কলামে হ্যাঁ লিখুন।"),
    (english_sheet, EN, "No customer has the ID C-99 in the Customers tab.",
     "Correct the ID, or add this customer to the Customers tab.",
     "Call them; mark Resolved in Feedback when it is put right."),
    (bengali_sheet, BN, "গ্রাহক ট্যাবে C-99 আইডির কোনো গ্রাহক নেই।",
     "আইডিটি ঠিক করুন, অথবা এই গ্রাহককে গ্রাহক ট্যাবে যোগ করুন।",
     "ফোন করুন; সমাধান হলে মতামত ট্যাবের সমাধান কলামে হ্যাঁ লিখুন।"),
    (bengali_sheet, EN, "No customer has the ID C-99 in the গ্রাহক tab.",
     "Correct the ID, or add this customer to the গ্রাহক tab.",
     "Call them; mark সমাধান in মতামত when it is put right."),
])
def test_texts_name_tabs_and_columns_as_the_sheet_shows_them(make_workbook, run_job, sheet, settings,
                                                             problem, fix, remark):
    path = make_workbook(sheet())
    run_job(path, settings_=settings)
    rows = read_tab(path, "Problems")
    [unknown] = [r for r in rows[1:] if r[3] == "C-99"]
    assert (unknown[4], unknown[5]) == (problem, fix)
    follow = read_tab(path, "Follow-ups")
    [complaint] = [r for r in follow[1:] if r[8] and "delivery was late" in str(r[8])]
    assert complaint[10] == remark


# -- 16: the Segment remark quotes the cell as typed ---------------------------------------

def lost_with_a_segment(typed: str, orders_title: str = "Orders"):
    """C-1 bought every month and stopped 200 days ago: lost by the order history, whatever
    Segment says."""
    rows = [[ago(200 + 30 * i), "C-1", 8000, ""] for i in range(6)]
    return {"Customers": customers_tab(["C-1", "Shafiq Ahmed", "01812-445566", "en", {"segment": typed}]),
            orders_title: [ORDERS.headers(), *rows]}


@pytest.mark.parametrize("typed, settings, remark", [
    ("existing", BN,
     "Segment কলামে “existing” লেখা, কিন্তু কেনার হিসাব অনুযায়ী তিনি হারানো গ্রাহক, আর সেটাই ধরা হয়েছে "
     "(আমন্ত্রণেও); তিনি এখনো কেনাকাটা করলে সেই অর্ডারগুলো Orders ট্যাবে যোগ করুন"),
    ("বর্তমান", EN,
     "Segment says “বর্তমান” but the order history says the customer is lost, so they are taken as "
     "lost (invitations too); if they still buy, add those orders to Orders"),
    (" Existing ", BN,
     "Segment কলামে “Existing” লেখা, কিন্তু কেনার হিসাব অনুযায়ী তিনি হারানো গ্রাহক, আর সেটাই ধরা হয়েছে "
     "(আমন্ত্রণেও); তিনি এখনো কেনাকাটা করলে সেই অর্ডারগুলো Orders ট্যাবে যোগ করুন"),
])
def test_the_segment_remark_quotes_the_cell_as_typed(make_workbook, run_job, typed, settings, remark):
    path = make_workbook(lost_with_a_segment(typed))
    run_job(path, settings_=settings)
    [row] = [r for r in read_tab(path, "Follow-ups")[1:] if r[2] == "C-1"]
    assert row[10] == remark


@pytest.mark.parametrize("messages, line", [
    ("english", "এখনো কোনো বার্তা পাঠানো হিসেবে চিহ্নিত নেই: পাঠানোর পরে Messages ট্যাবে Status কলামে sent "
                "আর Sent On কলামে তারিখ লিখুন, তাহলে ফলাফল এখানে দেখা যাবে।"),
    # a Messages tab Khatir makes in a Bengali sheet has Bengali headers: the line names those
    (None, "এখনো কোনো বার্তা পাঠানো হিসেবে চিহ্নিত নেই: পাঠানোর পরে Messages ট্যাবে অবস্থা কলামে sent "
           "আর কবে পাঠানো কলামে তারিখ লিখুন, তাহলে ফলাফল এখানে দেখা যাবে।"),
])
def test_the_results_lines_name_the_messages_columns_as_the_sheet_shows_them(make_workbook, run_job,
                                                                           messages, line):
    grids = basic_grids()
    if messages is None:
        del grids["Messages"]
    path = make_workbook(grids)
    run_job(path, settings_=BN)
    assert line in [r[0] for r in read_tab(path, "Results")]
