"""Invitations in the third month's trial. A customer in mourning is not invited to a party (F6): C-006's father died,
the condolence went, and three days later the daily run invited her to the winter-collection
launch with "thank you for staying with us ... a gift waits for you". Invitations now keep the
mourning days the win-back and first-order messages keep. One person written twice who bought on one
row is not invited as a never-bought prospect on the other (F12). Runs the real daily job on a workbook."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, notes_tab, records, script_rows, staff_appends, staff_marks_sent
from khatir.config import build_settings
from khatir.sheet.schema import MEETUPS, MESSAGES, ORDERS

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})


def shop(note: str, days_ago: int) -> dict[str, list[list]]:
    """Three monthly buyers, M-01 (existing customers) in 5 days; C-2's call note ``days_ago``,
    marked Done (staff condoled on the phone)."""
    buyers = ("C-1", "C-2", "C-3")
    return {
        "Customers": customers_tab(["C-1", "Shafiq Ahmed", "01812-445566", "en"],
                                   ["C-2", "সাদিয়া ইসলাম", "01719-722233", "bn"],
                                   ["C-3", "Nusrat Jahan", "01911-556677", "en"]),
        "Orders": [ORDERS.headers()] + [[ago(10 + 30 * i), cid, 2500, ""] for cid in buyers for i in range(6)],
        "Call Notes": notes_tab({"date": ago(days_ago), "customer_id": "C-2", "note": note, "done": "yes"}),
        "Meetups": [MEETUPS.headers(), ["M-01", "Winter collection launch", TODAY + timedelta(days=5),
                                        "16:00", "Shop", "existing", 12, ""]],
        "Messages": [MESSAGES.headers()],
    }


def invited(path) -> list[str]:
    return sorted(m["Customer ID"] for m in records(path, "Messages") if m["Kind"] == "meetup_invite")


@pytest.mark.parametrize("note", ["ওনার বাবা মারা গেছেন, ৩ তারিখে", "abba mara gese, kulkhani shukrobar"])
def test_a_customer_whose_father_died_lately_is_left_out_and_told_why(make_workbook, run_job, note):
    path = make_workbook(shop(note, 10))
    run_job(path)
    assert invited(path) == ["C-1", "C-3"]
    assert records(path, "Meetup Summary")[0]["Left Out"] == (
        "1: C-2 (in mourning, a death in the family noted in Call Notes lately: not invited for now)")
    bn = make_workbook(shop(note, 10), name="bn.xlsx")
    run_job(bn, settings_=BN)
    [row] = records(bn, "Meetup Summary")
    assert list(row.values())[9] == (
        "১: C-2 (শোকের সময়, Call Notes ট্যাবে সম্প্রতি পরিবারে মৃত্যুর খবর নোট করা: এখন আমন্ত্রণ নয়)")


def test_after_the_mourning_days_she_is_invited_again(make_workbook, run_job):
    path = make_workbook(shop("ওনার বাবা মারা গেছেন", 31))
    run_job(path)
    assert invited(path) == ["C-1", "C-2", "C-3"]


def test_one_person_written_twice_who_bought_is_not_invited_as_never_bought(make_workbook, run_job):
    # F12: C-042 "priya saha" is C-020 written again (same name and phone); C-020 bought 3 times.
    # A meetup for interested people only invited C-042 with "a first visit, no pressure to buy".
    grids = {
        "Customers": customers_tab(["C-1", "Priya Saha", "01711-223344", "en"],
                                   ["C-2", "Nusrat Jahan", "01911-556677", "en"],
                                   ["C-3", "priya saha", "01711223344", "en"]),
        "Orders": [ORDERS.headers()] + [[ago(10 + 30 * i), "C-1", 2500, ""] for i in range(3)],
        "Call Notes": notes_tab(),
        "Meetups": [MEETUPS.headers(), ["M-01", "New arrivals", TODAY + timedelta(days=5),
                                        "16:00", "Shop", "interested", 12, ""]],
        "Messages": [MESSAGES.headers()],
    }
    path = make_workbook(grids)
    run_job(path)
    assert invited(path) == ["C-2"]


@pytest.mark.parametrize("lang, line", [
    ("en", "It has been a while since we last saw you, and we would love to see you again! We are holding a "
           "special get-together for our dear customers — \u201cWinter collection launch\u201d — and there is a "
           "small gift waiting for you."),
    ("bn", "অনেক দিন আপনার দেখা পাইনি — আবার দেখা হলে খুব খুশি হব! আপনার মতো প্রিয় গ্রাহকদের নিয়ে আমরা একটা বিশেষ "
           "আয়োজন করছি — \u201cWinter collection launch\u201d, আর আপনার জন্য থাকছে ছোট্ট একটা উপহার।"),
])
def test_an_at_risk_buyer_is_not_thanked_for_staying_all_this_time(make_workbook, run_job, lang, line):
    # F8: C-010, months without a purchase (at risk), was invited "thank you for staying with us all this
    # time". Here fixed thresholds make C-1 (monthly, quiet for 60 days) at risk; C-2 buys as always.
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"},
                               "lost": {"lost_share": 0, "at_risk_share": 0, "lost_below": 0.01,
                                        "at_risk_below": 0.9}})
    grids = shop("", 0)
    grids["Customers"] = customers_tab(["C-1", "Shafiq Ahmed", "01812-445566", lang],
                                       ["C-2", "Karim Uddin", "01819-876543", lang])
    grids["Orders"] = [ORDERS.headers()] + [[ago(60 + 30 * i), "C-1", 2500, ""] for i in range(6)] + [
        [ago(10 + 30 * i), "C-2", 2500, ""] for i in range(6)]
    grids["Call Notes"] = notes_tab()
    path = make_workbook(grids)
    run_job(path, settings_=settings)
    invitations = sorted((r["customer_id"], r["message"].split("\n")[1]) for r in script_rows(path, MESSAGES))
    assert [cid for cid, _ in invitations] == ["C-1", "C-2"]
    assert invitations[0][1] == line
    assert invitations[1][1] != line  # C-2 is still thanked for staying with us


def test_an_invitation_made_before_a_death_was_noted_is_not_sent_nor_reminded(make_workbook, run_job):
    grids = shop("", 0)
    grids["Call Notes"] = notes_tab()
    grids["Meetups"][1][2] = TODAY + timedelta(days=1)  # tomorrow: today is the reminders' day
    path = make_workbook(grids)
    run_job(path, ago(3))
    keys = {m["Customer ID"]: m["Key"] for m in records(path, "Messages")}
    assert sorted(keys) == ["C-1", "C-2", "C-3"]
    staff_marks_sent(path, {keys["C-1"]: ago(3), keys["C-3"]: ago(3)}, reply={keys["C-1"]: "yes", keys["C-3"]: "yes"})
    staff_appends(path, "Call Notes", [[ago(1), "C-2", "Nasrin", "ওনার বাবা মারা গেছেন"],
                                       [ago(1), "C-3", "Nasrin", "her father passed away last night"]])
    run_job(path)
    reminders = [m["Customer ID"] for m in records(path, "Messages") if m["Kind"] == "meetup_reminder"]
    assert reminders == ["C-1"]
    rows = [(r["What"], r["Customer ID"], r["Why"]) for r in records(path, "Follow-ups") if r["What"] == "do not send"]
    assert rows == [("do not send", "C-2", f"Do not send message {keys['C-2']}: a death in the family was noted "
                                           "in Call Notes on 23 November (\u201cWinter collection launch\u201d)")]


@pytest.mark.parametrize("lang, expected", [
    ("en", "in mourning, a death in the family noted in Call Notes lately: not invited for now"),
    ("bn", "শোকের সময়, Call Notes ট্যাবে সম্প্রতি পরিবারে মৃত্যুর খবর নোট করা: এখন আমন্ত্রণ নয়"),
])
def test_the_invite_printout_names_the_tab_not_a_placeholder(make_workbook, lang, expected):
    """Stop 30's trial: the invite command printed "noted in {calls} lately"."""
    from khatir.backends.workbook import WorkbookBackend
    from khatir.config import build_settings
    from khatir.jobs.invite import run_invite, summarise_invite
    from conftest import fixed_clock
    path = make_workbook(shop("ওনার বাবা মারা গেছেন, ৩ তারিখে", 10))
    settings = build_settings({"general": {"language": lang}})
    result = run_invite(WorkbookBackend(path), settings, TODAY, fixed_clock(TODAY), meetup_id="M-01")
    out = summarise_invite(result, lang)
    assert expected in out and "{calls}" not in out
