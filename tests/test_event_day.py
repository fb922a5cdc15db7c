"""A note that dates the event itself ahead ("choto bon er biye 28 tarikhe", "উনার স্বামীর ২৫ তারিখে
অপারেশন") gets its follow-up after that day: no congratulations before the wedding, no "hope he
has recovered" before the operation. A call-back day the note ties to contact still wins.
Each test runs the real daily job on a workbook and reads what staff see and what is sent."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import customers_tab, notes_tab, script_rows
from khatir.config import build_settings
from khatir.sheet.schema import FOLLOW_UPS, MESSAGES

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})




def shop(day: date, words: str, lang: str = "bn") -> dict[str, list[list]]:
    return {"Customers": customers_tab(["C-1", "Shirin Akter", "01711-234567", lang]),
            "Call Notes": notes_tab({"date": day, "customer_id": "C-1", "agent": "Rina", "note": words})}


def test_no_congratulations_before_the_wedding(make_workbook, run_job):
    path = make_workbook(shop(date(2026, 11, 13),
                              "choto bon er biye 28 tarikhe, 5 ta sharee order dise. biye er por call dio"))
    run_job(path, date(2026, 11, 21), settings_=BN)
    assert script_rows(path, MESSAGES) == []
    assert script_rows(path, FOLLOW_UPS) == []
    run_job(path, date(2026, 11, 28), settings_=BN)  # the wedding day itself
    assert script_rows(path, MESSAGES) == []
    run_job(path, date(2026, 11, 29), settings_=BN)
    [row] = script_rows(path, FOLLOW_UPS)
    assert (row["kind"], row["due"]) == ("আজ করণীয়", "2026-11-29")
    [message] = script_rows(path, MESSAGES)
    assert "অভিনন্দন" in message["message"]


def test_no_get_well_wishes_before_the_operation(make_workbook, run_job):
    path = make_workbook(shop(date(2026, 11, 17), "উনার স্বামীর ২৫ তারিখে অপারেশন, অপারেশনের পরে খোঁজ নিতে হবে"))
    run_job(path, date(2026, 11, 21), settings_=BN)
    assert script_rows(path, MESSAGES) == []
    run_job(path, date(2026, 11, 27), settings_=BN)  # the illness delay (2 days) after the 25th
    [row] = script_rows(path, FOLLOW_UPS)
    assert row["due"] == "2026-11-27"
    [message] = script_rows(path, MESSAGES)
    assert "স্বামী এখন কেমন আছেন" in message["message"]


def test_an_english_operation_on_a_weekday(make_workbook, run_job):
    # 17 Nov 2026 is a Tuesday: the operation is on Friday 20 Nov, the message on Sunday 22 Nov
    path = make_workbook(shop(date(2026, 11, 17), "Her husband's operation is on Friday at Square", "en"))
    run_job(path, date(2026, 11, 21))
    assert script_rows(path, MESSAGES) == []
    run_job(path, date(2026, 11, 22))
    [message] = script_rows(path, MESSAGES)
    assert "we heard your husband was unwell" in message["message"]


def test_a_call_back_day_tied_to_contact_still_wins(make_workbook, run_job):
    path = make_workbook(shop(date(2026, 11, 17), "operation is on 25/11. Call her on 27/11", "en"))
    run_job(path, date(2026, 11, 27))
    [row] = script_rows(path, FOLLOW_UPS)
    assert row["due"] == "2026-11-27"
    path = make_workbook(shop(date(2026, 11, 13), "meyer biye 28 tarikhe, kal call dio, sharee dekhbe"),
                         name="kal.xlsx")
    run_job(path, date(2026, 11, 14), settings_=BN)
    [row] = script_rows(path, FOLLOW_UPS)
    assert row["due"] == "2026-11-14"  # the day asked for, but the wedding is still ahead:
    [message] = script_rows(path, MESSAGES)  # a plain check-in, no congratulations yet
    assert "অভিনন্দন" not in message["message"]
    assert "১৩ নভেম্বর আপনার সঙ্গে কথা হয়েছিল, তাই একটু খোঁজ নিতে লিখছি" in message["message"]


def test_an_operation_already_done_is_not_waited_for(make_workbook, run_job):
    path = make_workbook(shop(date(2026, 11, 17), "kal operation hoise, hospital e ache", "bn"))
    run_job(path, date(2026, 11, 19), settings_=BN)
    [row] = script_rows(path, FOLLOW_UPS)
    assert row["due"] == "2026-11-19"


def test_a_baby_due_on_a_day_is_wished_well_after_it_not_as_still_expected(make_workbook, run_job):
    """The blind month trial: "মেয়ের ডেলিভারি ডেট ২৫ তারিখে" on 17 November; the wish goes after the
    due day, so it must not say the new guest "is coming"."""
    path = make_workbook(shop(date(2026, 11, 17), "মেয়ের ডেলিভারি ডেট ২৫ তারিখে, বেবি ড্রেস দেখে গেলেন"))
    run_job(path, date(2026, 11, 28), settings_=BN)
    [message] = script_rows(path, MESSAGES)
    assert message["message"].split("\n")[1] == (
        "শুনেছিলাম ২৫ নভেম্বর নাগাদ পরিবারে নতুন অতিথি আসার কথা। মা ও শিশু দুজনেই যেন ভালো থাকেন; "
        "বাসার সবার জন্য রইল আমাদের আন্তরিক শুভকামনা। সময় পেলে জানাবেন সবাই কেমন আছেন।")


def test_a_birthday_due_on_its_own_day_is_wished_happy_birthday(make_workbook, run_job):
    """An owner's blind trial (trial 15): "birthday 25 Nov", with the call-back on the 25th, got
    "We spoke on 20 November and wanted to check in" on the birthday: the day's own wish is due."""
    grids = {"Customers": customers_tab(["C-1", "Nusrat Jahan", "01812-200002", "en"],
                                        ["C-2", "রহিমা খাতুন", "01711-234567", "bn"]),
             "Call Notes": notes_tab(
                 {"date": date(2026, 11, 20), "customer_id": "C-1", "agent": "Sumon",
                  "note": "Her daughter's birthday is on 25 Nov, she ordered a cake",
                  "follow_up_on": date(2026, 11, 25)},
                 {"date": date(2026, 11, 20), "customer_id": "C-2", "agent": "Sumon",
                  "note": "মেয়ের জন্মদিন ২৫ নভেম্বর, কেক অর্ডার দিলেন",
                  "follow_up_on": date(2026, 11, 25)})}
    path = make_workbook(grids)
    run_job(path, date(2026, 11, 24))
    assert script_rows(path, MESSAGES) == []
    run_job(path, date(2026, 11, 25))
    assert [m["message"] for m in script_rows(path, MESSAGES)] == [
        "Hello Nusrat,\nWishing your daughter a very happy birthday! Warmest wishes to you and your "
        "family from all of us.\n— Sumon, Rupkotha",
        "প্রিয় রহিমা,\nআপনার মেয়েকে জন্মদিনের অনেক অনেক শুভেচ্ছা! আপনার ও পরিবারের সবার জন্য রইল আন্তরিক "
        "শুভকামনা।\n— Sumon, Rupkotha"]
