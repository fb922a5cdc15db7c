"""The story across calls as the blind story trial wrote it: a correction naming nobody, one
complaint written in two rows, a replacement promised, a son born, a sister home and well.
Each runs the real daily job on a workbook and checks what staff read and what is sent."""
from __future__ import annotations

from openpyxl import load_workbook
import pytest

from conftest import (TODAY, ago, customers_tab, notes_tab, records, script_rows, staff_appends,
                      staff_marks_sent)
from khatir.config import build_settings
from khatir.sheet.schema import CALL_NOTES, FOLLOW_UPS, MESSAGES

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})


def grids(*notes: tuple[str, int, str]) -> dict[str, list[list]]:
    """Customers C-1 (English) and C-2 (Bengali); notes as (customer, days ago, words)."""
    return {
        "Customers": customers_tab(["C-1", "Karim Uddin", "+8801819876543", "en"],
                                   ["C-2", "রহিমা খাতুন", "01711-234567", "bn"]),
        "Call Notes": notes_tab(*({"date": ago(d), "customer_id": c, "agent": "Tanvir", "note": t}
                                  for c, d, t in notes)),
    }




def follow_ups(path) -> list[tuple[str, str, str]]:
    return [(r["kind"], r["customer_id"], r["why"]) for r in script_rows(path, FOLLOW_UPS)]


def messages(path) -> list[tuple[str, str, str]]:
    return [(r["customer_id"], r["key"], r["message"]) for r in script_rows(path, MESSAGES)]


def test_a_correction_naming_nobody_keeps_the_daughter(make_workbook, run_job):
    path = make_workbook(grids(
        ("C-1", 3, "meyer jor"), ("C-1", 2, "bhul hoyechilo, jor na, dengue. hospital e"),
        ("C-2", 3, "মেয়ের জ্বর"), ("C-2", 2, "ভুল হয়েছিল, জ্বর না, ডেঙ্গু। হাসপাতালে")))
    run_job(path)
    assert follow_ups(path) == [
        ("due today", "C-1", "daughter's illness (found in the note), 22 November: "
                             "\u201cbhul hoyechilo, jor na, dengue. hospital e\u201d"),
        ("due today", "C-2", "daughter's illness (found in the note), 22 November: "
                             "\u201cভুল হয়েছিল, জ্বর না, ডেঙ্গু। হাসপাতালে\u201d")]
    [(_, _, en), (_, _, bn)] = messages(path)
    assert "we heard your daughter was unwell. How is your daughter feeling now?" in en
    assert "শুনেছিলাম আপনার মেয়ে অসুস্থ। মেয়ে এখন কেমন আছে?" in bn
    bn_path = make_workbook(grids(("C-2", 3, "মেয়ের জ্বর"), ("C-2", 2, "ভুল হয়েছিল, জ্বর না, ডেঙ্গু। হাসপাতালে")),
                            name="bn.xlsx")
    run_job(bn_path, settings_=BN)
    assert [why for _, _, why in follow_ups(bn_path)] == [
        "মেয়ের অসুস্থতা (নোট থেকে বোঝা গেছে), ২২ নভেম্বর: \u201cভুল হয়েছিল, জ্বর না, ডেঙ্গু। হাসপাতালে\u201d"]


def test_a_later_note_naming_someone_keeps_its_own_person(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 3, "meyer jor"), ("C-1", 2, "meye na, cheler jor, hospital e")))
    run_job(path)
    [(_, _, why)] = follow_ups(path)
    assert why.startswith("son's illness (found in the note), 22 November")
    [(_, _, text)] = messages(path)
    assert "we heard your son was unwell" in text


def test_one_complaint_written_in_two_rows_gets_one_apology(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 4, "parcel e vul size ashche, complain korse"),
                               ("C-1", 4, "size exchange chai, rag korse"),
                               ("C-2", 4, "পার্সেলে ভুল সাইজ এসেছে, অভিযোগ করেছেন"),
                               ("C-2", 4, "সাইজ বদলাতে চান, রাগ করেছেন")))
    run_job(path, ago(2))
    assert [(what, cid) for what, cid, _ in follow_ups(path)] == [("overdue", "C-1"), ("overdue", "C-2")]
    sent = messages(path)
    assert [(cid, key) for cid, key, _ in sent] == [
        ("C-1", f"follow_up:C-1:{ago(4).isoformat()}:" + sent[0][1].rsplit(":", 1)[1]),
        ("C-2", f"follow_up:C-2:{ago(4).isoformat()}:" + sent[1][1].rsplit(":", 1)[1])]
    assert "We are truly sorry about the problem you told us about on 20 November" in sent[0][2]
    staff_marks_sent(path, {key: ago(2) for _, key, _ in sent})
    run_job(path)
    run_job(path, ago(-7))
    assert messages(path) == sent  # no second apology a week later
    assert follow_ups(path) == []


def test_a_second_row_typed_above_the_first_does_not_make_a_second_message(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 2, "size exchange chai, rag korse")))
    run_job(path)
    [(_, key, _)] = messages(path)
    # A colleague writes the same complaint for the same day; staff sort the tab, so it comes first.
    book = load_workbook(path)
    ws = book[CALL_NOTES.title]
    ws.insert_rows(2)
    for col, value in enumerate(notes_tab({"date": ago(2), "customer_id": "C-1", "agent": "Nasrin",
                                           "note": "parcel e vul size ashche, complain korse"})[1], 1):
        ws.cell(2, col).value = value
    book.save(path)
    run_job(path)
    run_job(path, ago(-1))
    assert [k for _, k, _ in messages(path)] == [key]
    assert [(what, r_key) for what, r_key in
            ((r["kind"], r["message_key"]) for r in script_rows(path, FOLLOW_UPS))] == [("overdue", key)]


def test_a_promised_replacement_is_the_complaint_being_put_right(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 20, "product damaged, customer angry"),
                               ("C-2", 20, "পণ্য ভাঙা এসেছে, কাস্টমার রাগ")))
    run_job(path, ago(18))
    apologies = messages(path)
    assert [cid for cid, _, _ in apologies] == ["C-1", "C-2"]  # staff leave them pending
    staff_appends(path, CALL_NOTES.title, [
        [{"date": ago(12), "customer_id": "C-1", "agent": "Tanvir",
          "note": "kotha hoise, replacement pathano hobe"}.get(c.key, "") for c in CALL_NOTES.columns],
        [{"date": ago(12), "customer_id": "C-2", "agent": "Tanvir",
          "note": "কথা হয়েছে, রিপ্লেসমেন্ট পাঠানো হবে"}.get(c.key, "") for c in CALL_NOTES.columns]])
    run_job(path, ago(10))
    assert messages(path) == apologies  # no new apology dated the day of the reassuring call
    assert follow_ups(path) == [
        ("do not send", "C-1", f"Do not send message {apologies[0][1]}: complaint noted on 4 November; "
                               "on 12 November it is over: \u201ckotha hoise, replacement pathano hobe\u201d"),
        ("do not send", "C-2", f"Do not send message {apologies[1][1]}: complaint noted on 4 November; "
                               "on 12 November it is over: \u201cকথা হয়েছে, রিপ্লেসমেন্ট পাঠানো হবে\u201d"),
        ("already over: no message", "C-1", "complaint noted on 4 November; on 12 November: "
                                            "\u201ckotha hoise, replacement pathano hobe\u201d, so no message"),
        ("already over: no message", "C-2", "complaint noted on 4 November; on 12 November: "
                                            "\u201cকথা হয়েছে, রিপ্লেসমেন্ট পাঠানো হবে\u201d, so no message")]


def test_a_son_born_is_the_baby_not_the_parent(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 10, "wife pregnant, delivery date next month"),
                               ("C-1", 6, "alhamdulillah cheler jonmo hoyeche, wife valo ache"),
                               ("C-2", 6, "আলহামদুলিল্লাহ ছেলের জন্ম হয়েছে, বউ ভালো আছে")))
    run_job(path)
    assert [(cid, why.split(" (")[0]) for _, cid, why in follow_ups(path)] == [
        ("C-1", "wife's new baby"), ("C-2", "wife's new baby")]
    [(_, _, en), (_, _, bn)] = messages(path)
    assert "son's" not in en and "Congratulations" in en
    assert "ছেলের" not in bn and "অভিনন্দন" in bn
    bn_path = make_workbook(grids(("C-2", 6, "আলহামদুলিল্লাহ ছেলের জন্ম হয়েছে, বউ ভালো আছে")), name="bn.xlsx")
    run_job(bn_path, settings_=BN)
    assert [why.split(" (")[0] for _, _, why in follow_ups(bn_path)] == ["স্ত্রীর নতুন শিশু"]


def test_a_sister_home_and_well_closes_as_over(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 6, "boner jor, hospital e"), ("C-2", 6, "বোনের জ্বর, হাসপাতালে")))
    run_job(path, ago(4))
    pending = messages(path)
    staff_appends(path, CALL_NOTES.title, [
        [{"date": ago(1), "customer_id": "C-1", "agent": "Tanvir",
          "note": "bon sustho hoye basay firse"}.get(c.key, "") for c in CALL_NOTES.columns],
        [{"date": ago(1), "customer_id": "C-2", "agent": "Tanvir",
          "note": "বোন সুস্থ হয়ে বাসায় ফিরেছে"}.get(c.key, "") for c in CALL_NOTES.columns]])
    run_job(path)
    assert messages(path) == pending
    assert [(what, why.split(": \u201c")[0]) for what, _, why in follow_ups(path)] == [
        ("do not send", f"Do not send message {pending[0][1]}: sister's illness noted on 18 November; "
                        "on 23 November it is over"),
        ("do not send", f"Do not send message {pending[1][1]}: sister's illness noted on 18 November; "
                        "on 23 November it is over")]
