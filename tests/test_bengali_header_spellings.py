"""The everyday Bengali and Banglish header spellings of the third month's trial: "কাস্টমার আইডি"
in Call Notes (F10), "মোবাইল নং" in Customers (F3) are read like "আইডি" and "ফোন"; and when Call
Notes still cannot be read, the summary and Problems say plainly that today's follow-ups could not
be worked out (they used to vanish from Follow-ups without a word). Runs the real daily job."""
from __future__ import annotations

import pytest

from conftest import basic_grids, read_tab, records
from khatir.config import build_settings
from khatir.summary import summarise

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})
EN = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"}})


def renamed(tab: str, header: str, to: str) -> dict[str, list[list]]:
    grids = basic_grids()
    grids[tab][0] = [to if h == header else h for h in grids[tab][0]]
    return grids


@pytest.mark.parametrize("tab, header, to", [
    ("Call Notes", "Customer ID", "কাস্টমার আইডি"), ("Call Notes", "Customer ID", "গ্রাহক আইডি"),
    ("Call Notes", "Customer ID", "কাস্টমার নং"), ("Call Notes", "Date", "কলের তারিখ"),
    ("Call Notes", "Note", "মন্তব্য"), ("Customers", "Customer ID", "কাস্টমার আইডি"),
    ("Customers", "Phone", "মোবাইল নং"), ("Customers", "Phone", "মোবাইল নাম্বার"),
    ("Customers", "Phone", "ফোন নং"), ("Customers", "Phone", "Mobile No."),
])
def test_everyday_header_spellings_are_read(make_workbook, run_job, tab, header, to):
    path = make_workbook(renamed(tab, header, to))
    run_job(path)
    assert read_tab(path, "Problems")[1:] == []
    assert [(m["Customer ID"], m["Phone"]) for m in records(path, "Messages")] == [
        ("C-1", "+8801711234567"), ("C-2", "+8801819876543")]


@pytest.mark.parametrize("settings, line, problem", [
    (EN, "Call Notes cannot be read (see Problems): today's follow-ups (get-well, condolence, "
           "congratulations, apologies, call-backs) could not be worked out, so none is listed or prepared; "
           "messages already in Messages can still be sent. Fix the tab and run again.",
     "today's follow-ups (get-well, condolence, congratulations, apologies, call-backs) could not be worked out"),
    (BN, "Call Notes ট্যাব পড়া যাচ্ছে না (Problems ট্যাব দেখুন): আজকের ফলো-আপ (শুভকামনা, সমবেদনা, অভিনন্দন, "
         "দুঃখপ্রকাশ, ফোন করার কথা) বের করা যায়নি, তাই কোনোটি তালিকায় নেই বা তৈরি হয়নি; Messages ট্যাবে আগে তৈরি "
         "বার্তাগুলো পাঠানো যাবে। ট্যাবটি ঠিক করে আবার চালান।",
     "আজকের ফলো-আপ (শুভকামনা, সমবেদনা, অভিনন্দন, দুঃখপ্রকাশ, ফোন করার কথা) বের করা যায়নি"),
])
def test_unreadable_call_notes_say_the_follow_ups_could_not_be_worked_out(
        make_workbook, run_job, settings, line, problem):
    path = make_workbook(renamed("Call Notes", "Customer ID", "ক্রেতা কোড"))
    result = run_job(path, settings_=settings)
    assert records(path, "Messages") == []
    assert line in summarise(result, settings.language, settings)
    assert any(r[0] == "Call Notes" and problem in r[4] for r in read_tab(path, "Problems")[1:])
