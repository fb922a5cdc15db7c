"""A Call Notes tab the run cannot read holds back every "we miss you" message.

The one-voice checks need Call Notes: a customer staff spoke to last week (whose
father just died) must not get "we miss you, did we do something wrong?". When the
tab is there but its header cannot be read, the run cannot tell who was just called,
so it prepares no win-back, no check-in and no invitation to a lost customer, says so
in the summary and in Problems (Bengali and English), and prepares them on the first
run after the header is fixed. Common spellings of the Note header are simply read.
(Also here: a win-back whose Messages row is gone still counts, from Khatir Keys.)
"""
from __future__ import annotations

import zipfile
from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, read_tab, records
from khatir.backends.xlsx_patch import read_book
from khatir.config import build_settings
from khatir.sheet.schema import CALL_NOTES, MEETUPS, MESSAGES, ORDERS
from khatir.summary import summarise

pytestmark = pytest.mark.slow  # each test runs the whole job on a real workbook

STAFF = ("Customers", "Orders", "Call Notes", "Meetups")


def orders(*rows):
    return [ORDERS.headers()] + [[day, cid, amount, ""] for cid, day, amount in rows]


def every(cid: str, gap: int, count: int, last_ago: int, amount: int):
    return [(cid, ago(last_ago + i * gap), amount) for i in range(count)]


def shop(note_header: str = "Note"):
    """C-1 and C-4 used to buy every month and stopped 200 days ago (lost); staff called
    C-1 three days ago (his father died). C-2 buys every month; C-3 is a prospect; C-5
    bought once, 40 days ago."""
    header = [note_header if h == "Note" else h for h in CALL_NOTES.headers()]
    return {
        "Customers": customers_tab(
            ["C-1", "Shafiq Ahmed", "01812-445566", "en"],
            ["C-2", "Karim Uddin", "01819-876543", "en"],
            ["C-3", "Nusrat Jahan", "01911-556677", "en", {"segment": "interested"}],
            ["C-4", "Rina Das", "01711-223344", "en"],
            ["C-5", "Mita Roy", "01711-667788", "en"],
        ),
        "Orders": orders(*every("C-1", 30, 6, 200, 8000), *every("C-4", 30, 6, 200, 9000),
                         *every("C-2", 30, 6, 10, 2500), ("C-5", ago(40), 1500)),
        "Call Notes": [header, [ago(3), "C-1", "Nasrin", "his father passed away", "", "", "yes"]],
        "Meetups": [MEETUPS.headers(), ["M-01", "Tea evening", TODAY + timedelta(days=5), "17:00",
                                        "Shop", "interested, existing, lost", 20, ""]],
        "Messages": [MESSAGES.headers()],
    }


def staff_parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        book = read_book(zf)
        return {t: zf.read(book.find(t).part) for t in STAFF}


def rename_note_header(path, to: str) -> None:
    """What staff do in Excel: retype Call Notes!D1 (openpyxl stands in for Excel)."""
    from openpyxl import load_workbook
    book = load_workbook(path)
    book["Call Notes"]["D1"] = to
    book.save(path)


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_no_we_miss_you_message_while_call_notes_cannot_be_read(make_workbook, run_job, lang):
    path = make_workbook(shop(note_header="Remarks"))
    before = staff_parts(path)
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}})
    result = run_job(path, settings_=settings)
    kinds = {(m["Customer ID"], m["Kind"]) for m in records(path, "Messages")}
    assert ("C-1", "win_back") not in kinds and ("C-4", "win_back") not in kinds
    assert ("C-1", "meetup_invite") not in kinds and ("C-4", "meetup_invite") not in kinds
    assert ("C-3", "meetup_invite") in kinds  # a prospect's invitation needs no call check
    assert not any(k in ("check_in", "first_order") for _, k in kinds)
    # Problems: tab, row, column, value, problem, how to fix (in the run's language)
    held = [r for r in read_tab(path, "Problems")[1:] if r[0] in ("Call Notes", "কল নোট")]
    words = {"en": ("win-back", "Note"), "bn": ("ফিরিয়ে আনার", "নোট")}[lang]
    assert any(words[0] in r[4] and words[1] in r[5] for r in held), held
    summary = summarise(result, lang, settings)
    line = {"en": "Call Notes cannot be read", "bn": "Call Notes ট্যাব পড়া যাচ্ছে না"}[lang]  # as titled
    assert line in summary
    # Follow-ups (#, What, Customer ID, ..., Message Key, Remark): the lost are listed, no message
    lost = [r for r in read_tab(path, "Follow-ups")[1:] if r[2] in ("C-1", "C-4")]
    assert len(lost) == 2 and all(not r[9] and line.split(" (")[0][:8] in r[10] for r in lost), lost
    assert staff_parts(path) == before

    # Staff fix the header: the next run prepares what was held back (not for C-1, just called).
    rename_note_header(path, "Note")
    run_job(path, TODAY + timedelta(days=1), settings_=settings)
    kinds = {(m["Customer ID"], m["Kind"]) for m in records(path, "Messages")}
    assert ("C-4", "win_back") in kinds and ("C-1", "win_back") not in kinds
    # C-5's first-order question waits out the quiet days after yesterday's invitation
    assert ("C-5", "first_order") not in kinds
    c5 = [r for r in read_tab(path, "Follow-ups")[1:] if r[2] == "C-5"]
    assert c5 and all(r[9] is None for r in c5)
    assert not [r for r in read_tab(path, "Problems")[1:] if r[0] in ("Call Notes", "কল নোট")]


@pytest.mark.parametrize("header", ["Notes", "Call Note", "Note\n(what they said)", "নোটস"])
def test_common_spellings_of_the_note_header_are_read(make_workbook, run_job, header):
    path = make_workbook(shop(note_header=header))
    run_job(path)
    kinds = {(m["Customer ID"], m["Kind"]) for m in records(path, "Messages")}
    assert ("C-1", "win_back") not in kinds  # the call three days ago was read
    assert ("C-4", "win_back") in kinds
    assert not [r for r in read_tab(path, "Problems")[1:] if r[0] in ("Call Notes", "কল নোট")]


def test_a_staff_column_named_notes_beside_note_is_left_alone(make_workbook, run_job):
    grids = shop()
    grids["Call Notes"][0].append("Notes")
    grids["Call Notes"][1].append("ask Nasrin first")
    path = make_workbook(grids)
    run_job(path)
    assert not [r for r in read_tab(path, "Problems")[1:] if r[0] in ("Call Notes", "কল নোট")]
    assert ("C-1", "win_back") not in {(m["Customer ID"], m["Kind"]) for m in records(path, "Messages")}


def test_a_win_back_whose_row_left_messages_still_stops_the_lost_customers_invitation(
        make_workbook, run_job):
    path = make_workbook(shop())
    run_job(path)
    assert ("C-4", "win_back") in {(m["Customer ID"], m["Kind"]) for m in records(path, "Messages")}
    from openpyxl import load_workbook
    book = load_workbook(path)
    book["Messages"].title = "WhatsApp Queue"  # staff rename the tab: Khatir starts a new one
    book.save(path)
    run_job(path, TODAY + timedelta(days=1))
    kinds = {(m["Customer ID"], m["Kind"]) for m in records(path, "Messages")}
    assert ("C-4", "meetup_invite") not in kinds  # Khatir Keys remembers the win-back
    assert ("C-4", "win_back") not in kinds
