"""scripts/invite.py and the daily job on a real workbook, as a new user would try them.

The workbook has a meetup for ``interested, lost`` with 5 seats and 12 customers who
qualify (6 lost: 4 marked by staff, 2 found by the lost-customer detection; 6
interested: 4 marked, 2 derived because they never bought), plus existing customers
who must not be invited to it.
"""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from khatir.backends.workbook import create_workbook
from khatir.sheet.schema import CALL_NOTES, FEEDBACK, MEETUPS, MESSAGES, ORDERS

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook or starts Khatir

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "invite.py"
DAILY = ROOT / "scripts" / "daily.py"
TODAY = date(2026, 11, 22)  # a Sunday
MEETUP_DAY = date(2026, 11, 27)  # a Friday, 5 days later: inside the 7-day window
SETTINGS = """
[general]
language = "en"
customer_language = "bn"
shop_name = { bn = "নদী ফ্যাশন", en = "Nodi Fashion" }
"""

CUSTOMER_HEADER = ["Customer ID", "Name", "Phone", "Segment", "Language", "Total Spent",
                   "Agent", "Do Not Contact"]
CUSTOMERS = [
    # lost: staff-marked, with the Total Spent column; two found from their orders
    ["C-101", "Rafiq Islam", "01556-778899", "lost", "en", 90000, "Tanvir", ""],
    ["C-102", "মোঃ রহিম মিয়া", "01711-000102", "হারানো", "bn", 50000, "Nasrin", ""],
    ["C-103", "Shafiq Ahmed", "01711-000103", "", "en", None, "Tanvir", ""],
    ["C-104", "করিম শেখ", "01711-000104", "lost", "bn", 20000, "", ""],
    ["C-105", "জামাল হোসেন", "01711-000105", "", "", None, "Nasrin", ""],
    ["C-106", "Nadia Khan", "01711-000106", "lost", "en", 5000, "", ""],
    # interested: staff-marked, or never bought
    ["C-201", "Tahmina Begum", "01311-223344", "interested", "en", None, "Tanvir", ""],
    ["C-202", "মরিয়ম বেগম", "01911-667788", "আগ্রহী", "bn", None, "Nasrin", ""],
    ["C-203", "সুমি আক্তার", "01711-000203", "", "bn", None, "", ""],
    ["C-204", "Nusrat Jahan", "01711-000204", "", "en", None, "", ""],
    ["C-205", "ফারুক আহমেদ", "01711-000205", "interested", "bn", None, "", ""],
    ["C-206", "Kamal Uddin", "01711-000206", "interested", "en", None, "", ""],
    # existing: not invited to M-01; M-02 is for them
    ["C-301", "Md. Karim Uddin", "+8801819876543", "existing", "en", None, "Tanvir", ""],
    ["C-302", "রহিমা খাতুন", "01711-234567", "", "bn", None, "Nasrin", ""],
    ["C-303", "আব্দুল হক", "01712-000111", "existing", "bn", None, "", "হ্যাঁ"],
]


def _orders() -> list[list]:
    rows = []
    for cid, amount in (("C-103", 3000), ("C-105", 1000)):
        # ten purchases ten days apart, then nothing for more than a year: lost
        for i in range(10):
            rows.append([TODAY - timedelta(days=400 + 10 * i), cid, amount, ""])
    for days in (10, 40, 70):
        rows.append([TODAY - timedelta(days=days), "C-302", 2500, ""])  # buying: existing
    return rows


def _call_notes() -> list[list]:
    # interested customers, most recent contact first: C-201, C-202, C-203, C-204
    return [[TODAY - timedelta(days=d), cid, "Tanvir", "Came to see the new sarees", "", "", ""]
            for cid, d in (("C-204", 20), ("C-201", 2), ("C-203", 10), ("C-202", 5))]


def grids() -> dict[str, list[list]]:
    return {
        "Customers": [CUSTOMER_HEADER, *CUSTOMERS],
        "Orders": [ORDERS.headers(), *_orders()],
        "Call Notes": [CALL_NOTES.headers(), *_call_notes()],
        "Meetups": [MEETUPS.headers(),
                    ["M-01", "শীতের চা-চক্র", MEETUP_DAY, "17:00", "দোকানের দোতলা, ধানমন্ডি ২৭",
                     "interested, lost", 5, ""],
                    ["M-02", "Customer evening", TODAY + timedelta(days=20), "18:30", "",
                     "existing", "", ""]],
        "Feedback": [FEEDBACK.headers(),
                     [TODAY - timedelta(days=3), "", "C-301", "",
                      "Delivery was late twice and nobody called me back", ""]],
        "Messages": [MESSAGES.headers()],
    }


@pytest.fixture
def shop(tmp_path: Path) -> dict[str, Path]:
    book = create_workbook(tmp_path / "shop.xlsx", grids())
    config = tmp_path / "settings.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    return {"book": book, "config": config}


def run(script: Path, shop: dict[str, Path], *args: str, today: date = TODAY) -> subprocess.CompletedProcess:
    # The run lock lives under the user's home: a test's own home keeps other runs out.
    home = str(shop["book"].parent)
    return subprocess.run(
        [sys.executable, str(script), "--workbook", str(shop["book"]), "--config", str(shop["config"]),
         "--today", today.isoformat(), *args],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120,
        env={**os.environ, "HOME": home, "LOCALAPPDATA": home, "PYTHONIOENCODING": "utf-8"})


def invite(shop, *args: str, today: date = TODAY) -> subprocess.CompletedProcess:
    done = run(SCRIPT, shop, *args, today=today)
    assert done.returncode == 0, done.stderr
    return done


def tab(book: Path, title: str) -> list[dict[str, object]]:
    ws = load_workbook(book)[title]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def messages(book: Path) -> dict[str, dict[str, object]]:
    return {row["Key"]: row for row in tab(book, "Messages")}


def summary(book: Path) -> dict[str, dict[str, object]]:
    return {row["Meetup ID"]: row for row in tab(book, "Meetup Summary")}


def set_replies(book: Path, replies: dict[str, str]) -> None:
    """What staff do: write each answer in the Reply column of the invitation."""
    wb = load_workbook(book)
    ws = wb["Messages"]
    header = [c.value for c in ws[1]]
    key_col, reply_col = header.index("Key") + 1, header.index("Reply") + 1
    for r in range(2, ws.max_row + 1):
        key = ws.cell(row=r, column=key_col).value
        if key in replies:
            ws.cell(row=r, column=reply_col).value = replies[key]
    wb.save(book)


INVITED = ["C-101", "C-201", "C-102", "C-202", "C-103"]
LEFT_OUT = ["C-203", "C-104", "C-204", "C-105", "C-205", "C-106", "C-206"]

LOST_EN = (
    "Hello Rafiq,\n"
    "We have not seen you in a while, and we may have let you down somewhere. We are holding "
    "a small get-together — “শীতের চা-চক্র” — to hear directly what went wrong, so that we can fix it.\n"
    "Date: Friday 27 November\n"
    "Time: 5:00 PM\n"
    "Place: দোকানের দোতলা, ধানমন্ডি ২৭\n"
    "Can you come? Just reply yes or no.\n"
    "— Tanvir, Nodi Fashion"
)
LOST_BN = (
    "প্রিয় রহিম,\n"
    "অনেক দিন আপনার দেখা নেই; হয়তো আমাদের কোথাও ভুল হয়েছিল। তাই একটা ছোট আয়োজন করছি — "
    "“শীতের চা-চক্র” — যেখানে সরাসরি শুনতে চাই কী ভালো লাগেনি, যাতে সেটা ঠিক করতে পারি।\n"
    "তারিখ: ২৭ নভেম্বর, শুক্রবার\n"
    "সময়: বিকেল ৫টা\n"
    "স্থান: দোকানের দোতলা, ধানমন্ডি ২৭\n"
    "আসতে পারবেন? “হ্যাঁ” বা “না” লিখে জানাবেন।\n"
    "— Nasrin, নদী ফ্যাশন"
)
INTERESTED_EN = (
    "Hello Tahmina,\n"
    "We are holding a small, informal get-together — “শীতের চা-চক্র” — with tea and snacks, "
    "nothing fancy. We will talk honestly about the pros and cons of what we sell, and there "
    "is no pressure to buy.\n"
    "Date: Friday 27 November\n"
    "Time: 5:00 PM\n"
    "Place: দোকানের দোতলা, ধানমন্ডি ২৭\n"
    "Would you like to come? Just reply yes or no.\n"
    "— Tanvir, Nodi Fashion"
)
INTERESTED_BN = (
    "প্রিয় মরিয়ম,\n"
    "আমরা ছোট্ট একটা ঘরোয়া আড্ডার আয়োজন করছি — “শীতের চা-চক্র”। চা-নাশতার সঙ্গে আমাদের "
    "পণ্যের ভালো দিক আর সীমাবদ্ধতা দুটোই খোলাখুলি বলব; কেনার কোনো চাপ নেই।\n"
    "তারিখ: ২৭ নভেম্বর, শুক্রবার\n"
    "সময়: বিকেল ৫টা\n"
    "স্থান: দোকানের দোতলা, ধানমন্ডি ২৭\n"
    "আসতে পারবেন? “হ্যাঁ” বা “না” লিখে জানালেই হবে।\n"
    "— Nasrin, নদী ফ্যাশন"
)
EXISTING_EN = (
    "Hello Karim,\n"
    "Thank you for staying with us all this time! We are holding a special get-together for "
    "our dear customers — “Customer evening” — and there is a small gift waiting for you.\n"
    "Date: Saturday 12 December\n"
    "Time: 6:30 PM\n"
    "Can you come? Just reply yes or no. And if you are happy with us, we would be grateful "
    "if you told your friends about our shop.\n"
    "— Tanvir, Nodi Fashion"
)
EXISTING_BN = (
    "প্রিয় রহিমা,\n"
    "এত দিন আমাদের সঙ্গে থাকার জন্য আন্তরিক ধন্যবাদ! আপনার মতো প্রিয় গ্রাহকদের নিয়ে আমরা একটা "
    "বিশেষ আয়োজন করছি — “Customer evening”, আর আপনার জন্য থাকছে ছোট্ট একটা উপহার।\n"
    "তারিখ: ১২ ডিসেম্বর, শনিবার\n"
    "সময়: সন্ধ্যা সাড়ে ৬টা\n"
    "আসতে পারবেন? “হ্যাঁ” বা “না” লিখে জানাবেন। আর আমাদের দোকান ভালো লাগলে বন্ধু-পরিচিতদের একটু "
    "বলবেন — সেটাই আমাদের সবচেয়ে বড় পাওয়া।\n"
    "— Nasrin, নদী ফ্যাশন"
)


def test_help_works():
    done = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=60)
    assert done.returncode == 0
    assert "--meetup" in done.stdout and "--dry-run" in done.stdout and "--workbook" in done.stdout


def test_dry_run_shows_the_invitations_and_the_left_out_list_and_writes_nothing(shop):
    before = shop["book"].read_bytes()
    out = invite(shop, "--meetup", "M-01", "--dry-run").stdout
    assert "DRY RUN" in out
    assert "New invitations: 5 (invited before: 0)." in out
    shown = [line.split()[1] for line in out.splitlines() if line.startswith("  + ")]
    assert shown == INVITED
    assert "Left out: 7" in out
    left = [line.split()[1] for line in out.splitlines() if line.startswith("  - ")]
    assert left == LEFT_OUT
    assert "  - C-203 সুমি আক্তার (interested): no seat" in out
    assert "Seats: 5; left after this run: 0." in out
    assert shop["book"].read_bytes() == before


def test_invites_five_in_the_documented_order_with_the_right_template(shop):
    out = invite(shop, "--meetup", "M-01").stdout
    assert "Next:" in out
    msgs = messages(shop["book"])
    assert list(msgs) == [f"meetup_invite:M-01:{cid}" for cid in INVITED]
    assert {m["Kind"] for m in msgs.values()} == {"meetup_invite"}
    assert {m["Status"] for m in msgs.values()} == {"pending"}
    assert msgs["meetup_invite:M-01:C-101"]["Message"] == LOST_EN
    assert msgs["meetup_invite:M-01:C-102"]["Message"] == LOST_BN
    assert msgs["meetup_invite:M-01:C-201"]["Message"] == INTERESTED_EN
    assert msgs["meetup_invite:M-01:C-202"]["Message"] == INTERESTED_BN
    # C-103 left Segment blank: the lost-customer detection found them
    assert msgs["meetup_invite:M-01:C-103"]["Message"].startswith("Hello Shafiq,\nWe have not seen you")
    assert msgs["meetup_invite:M-01:C-101"]["Reason"] == \
        "Invitation to “শীতের চা-চক্র” on 27 November (lost customer)"
    assert msgs["meetup_invite:M-01:C-101"]["WhatsApp Link"] == "Send on WhatsApp"
    row = summary(shop["book"])["M-01"]
    assert (row["Invited"], row["Yes"], row["No"], row["Maybe"], row["No Answer"],
            row["Seats Left"]) == (5, 0, 0, 0, 5, 0)
    assert row["Left Out"] == "7: " + ", ".join(LEFT_OUT) + " (no seat)"
    assert summary(shop["book"])["M-02"]["Invited"] == 0  # only the named meetup is invited
    log = tab(shop["book"], "Run Log")
    assert [(r["Job"], r["Messages Added"]) for r in log] == [("invite", 5)]
    assert "Follow-ups" not in load_workbook(shop["book"]).sheetnames  # the daily job's tab


def test_rerun_adds_nothing(shop):
    invite(shop, "--meetup", "M-01")
    first = messages(shop["book"])
    out = invite(shop, "--meetup", "M-01").stdout
    assert "New invitations: 0 (invited before: 5)." in out
    assert messages(shop["book"]) == first
    # the daily job in the window does not add any either: the seats are taken
    done = run(DAILY, shop)
    assert done.returncode == 0, done.stderr
    assert [k for k in messages(shop["book"]) if k.startswith("meetup_invite")] == list(first)


def test_existing_customers_get_the_thank_you_and_referral_invitation(shop):
    out = invite(shop, "--meetup", "M-02").stdout
    msgs = messages(shop["book"])
    # C-301's complaint is open: today's daily run owes the apology, which comes first (F11)
    assert list(msgs) == ["meetup_invite:M-02:C-302"]
    assert msgs["meetup_invite:M-02:C-302"]["Message"] == EXISTING_BN
    assert "Seats: no limit" in out
    first = ("today's daily run owes them a message (a follow-up, an apology, a get-well): it comes "
             "first, invited on a later run")
    assert f"  - C-301 Md. Karim Uddin (existing customer): {first}" in out
    assert "  - C-303 আব্দুল হক (existing customer): Do Not Contact" in out
    row = summary(shop["book"])["M-02"]
    assert row["Seats Left"] is None and row["Invited"] == 1
    assert row["Left Out"] == f"2: C-301 ({first}); C-303 (Do Not Contact)"
    done = run(DAILY, shop)  # the morning's daily run: the apology today
    assert done.returncode == 0, done.stderr
    assert [m["Kind"] for m in messages(shop["book"]).values() if m["Customer ID"] == "C-301"] == [
        "feedback_reply"]
    invite(shop, "--meetup", "M-02", today=TODAY + timedelta(days=1))  # the invitation a day later
    msgs = messages(shop["book"])
    assert list(msgs)[-1] == "meetup_invite:M-02:C-301"
    # ... but while the complaint is not Resolved he is not thanked "for staying with us" nor asked
    # to tell his friends (the seventh blind trial): the shop is still sorry
    assert msgs["meetup_invite:M-02:C-301"]["Message"] == EXISTING_EN.replace(
        "Thank you for staying with us all this time!",
        "We are still sorry about the trouble you told us about, and we are working to put it right.").replace(
        " And if you are happy with us, we would be grateful if you told your friends about our shop.", "")


def test_rsvps_in_both_languages_are_counted_and_a_no_frees_a_seat(shop):
    invite(shop, "--meetup", "M-01")
    set_replies(shop["book"], {
        "meetup_invite:M-01:C-101": "yes",
        "meetup_invite:M-01:C-201": "হ্যাঁ",
        "meetup_invite:M-01:C-102": "না",
        "meetup_invite:M-01:C-202": "হয়তো",
    })
    out = invite(shop, "--meetup", "M-01").stdout
    # the decline freed one seat: the first in line is invited
    assert "New invitations: 1 (invited before: 5)." in out
    assert "  + C-203 " in out
    assert list(messages(shop["book"]))[-1] == "meetup_invite:M-01:C-203"
    row = summary(shop["book"])["M-01"]
    assert (row["Invited"], row["Yes"], row["No"], row["Maybe"], row["No Answer"],
            row["Seats Left"]) == (6, 2, 1, 1, 2, 0)
    assert row["Left Out"] == "6: C-104, C-204, C-105, C-205, C-106, C-206 (no seat)"


def test_day_before_the_daily_job_reminds_yes_and_maybe(shop):
    invite(shop, "--meetup", "M-01")
    set_replies(shop["book"], {
        "meetup_invite:M-01:C-101": "Yes 👍",
        "meetup_invite:M-01:C-201": "আসব না",
        "meetup_invite:M-01:C-202": "হয়তো",
    })
    done = run(DAILY, shop, today=MEETUP_DAY - timedelta(days=1))
    assert done.returncode == 0, done.stderr
    reminders = {k: m for k, m in messages(shop["book"]).items() if m["Kind"] == "meetup_reminder"}
    assert list(reminders) == ["meetup_reminder:M-01:C-101", "meetup_reminder:M-01:C-202"]
    assert reminders["meetup_reminder:M-01:C-202"]["Message"] == (
        "প্রিয় মরিয়ম,\n"
        "মনে করিয়ে দিচ্ছি — আগামীকাল আমাদের “শীতের চা-চক্র” আয়োজন।\n"
        "তারিখ: ২৭ নভেম্বর, শুক্রবার\n"
        "সময়: বিকেল ৫টা\n"
        "স্থান: দোকানের দোতলা, ধানমন্ডি ২৭\n"
        "আপনার অপেক্ষায় থাকব! আসতে না পারলে একটু জানাবেন।\n"
        "— Nasrin, নদী ফ্যাশন"
    )
    # the "no" freed a seat, and the window runs until the day before: the next in
    # line is invited by the same run
    assert "meetup_invite:M-01:C-203" in messages(shop["book"])
    # a second run the same day adds nothing
    written = messages(shop["book"])
    again = run(DAILY, shop, today=MEETUP_DAY - timedelta(days=1))
    assert again.returncode == 0, again.stderr
    assert messages(shop["book"]) == written


def test_daily_job_puts_negative_feedback_first_with_a_reply(shop):
    done = run(DAILY, shop)
    assert done.returncode == 0, done.stderr
    follow_ups = tab(shop["book"], "Follow-ups")
    first = follow_ups[0]
    assert first["What"] == "negative feedback" and first["Customer ID"] == "C-301"
    assert "Delivery was late twice and nobody called me back" in first["Why"]
    assert "detected from the word “late”" in first["Why"]
    key = first["Message Key"]
    assert key.startswith("feedback_reply:C-301:2026-11-19:")
    reply = messages(shop["book"])[key]
    assert reply["Kind"] == "feedback_reply"
    assert reply["Message"] == (
        "Hello Karim,\n"
        "Thank you for your feedback. We are truly sorry it was not a good experience. "
        "We will call you soon to understand what went wrong and put it right.\n"
        "— Tanvir, Nodi Fashion"
    )
    # the daily job also invited for M-01, which is inside its window; the lost
    # customers got their win-back message today, so they are not invited as lost
    # customers too (no second "what went wrong?"): the seats go to the interested
    written = messages(shop["book"])
    assert [m["Customer ID"] for m in written.values() if m["Kind"] == "win_back"] == [
        "C-101", "C-102", "C-104", "C-106", "C-103", "C-105"]
    assert [k for k in written if k.startswith("meetup_invite")] == [
        f"meetup_invite:M-01:{cid}" for cid in ("C-201", "C-202", "C-203", "C-204", "C-205")]
    summary = next(r for r in tab(shop["book"], "Meetup Summary") if r["Meetup ID"] == "M-01")
    assert summary["Left Out"] == (
        "7: C-206 (no seat); C-101, C-102, C-103, C-104, C-105, C-106 (has a recent win-back "
        "message, sent or still to send: no second apology)")
    assert ("Meetup M-01: 7 left out: C-206 Kamal Uddin (no seat); C-101 Rafiq Islam, C-102 মোঃ রহিম "
            "মিয়া, C-103 Shafiq Ahmed, C-104 করিম শেখ (has a recent win-back message, sent or still to "
            "send: no second apology) and 2 more.") in done.stdout.splitlines()


def test_unknown_and_past_meetups_are_one_sentence_errors(shop):
    done = run(SCRIPT, shop, "--meetup", "M-99")
    assert done.returncode == 2
    assert "There is no meetup M-99 in the Meetups tab (meetups there: M-01, M-02)" in done.stderr
    done = run(SCRIPT, shop, "--meetup", "M-01", today=MEETUP_DAY + timedelta(days=1))
    assert done.returncode == 2
    assert "Meetup M-01 was on 27 November 2026" in done.stderr
    assert len(tab(shop["book"], "Messages")) == 0
