"""A meetup called off or moved after its invitations went out, kept seats, and the
Meetup Summary's look: the daily job on a real workbook, as staff see the result."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from khatir.backends.workbook import create_workbook
from khatir.sheet.schema import MEETUPS
from test_invite_script import DAILY, MEETUP_DAY, SETTINGS, TODAY, grids, messages, run, summary, tab

pytestmark = pytest.mark.slow  # the whole job on a real workbook

VENUE = "দোকানের দোতলা, ধানমন্ডি ২৭"


def make_shop(tmp_path: Path, status_column: bool, feedback: list[list] = ()) -> dict[str, Path]:
    g = grids()
    header = MEETUPS.headers()
    if not status_column:  # a Meetups tab made before the Status column existed
        header = header[:header.index("Status")]
    g["Meetups"] = [header, *g["Meetups"][1:]]
    g["Feedback"] = g["Feedback"] + list(feedback)
    book = create_workbook(tmp_path / "shop.xlsx", g)
    config = tmp_path / "settings.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    return {"book": book, "config": config}


def daily(shop: dict[str, Path], today: date) -> str:
    done = run(DAILY, shop, today=today)
    assert done.returncode == 0, done.stderr
    return done.stdout


def staff_mark(book: Path, rows: dict[str, tuple[str, str]]) -> None:
    """What staff do: Status ``sent`` on the invitations they sent, and the answer."""
    wb = load_workbook(book)
    ws = wb["Messages"]
    header = [c.value for c in ws[1]]
    key, status, reply = (header.index(h) + 1 for h in ("Key", "Status", "Reply"))
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, key).value in rows:
            ws.cell(r, status).value, ws.cell(r, reply).value = rows[ws.cell(r, key).value]
    wb.save(book)


def edit_meetup(book: Path, column: str, value: object) -> None:
    wb = load_workbook(book)
    ws = wb["Meetups"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index(column) + 1).value = value  # M-01
    wb.save(book)


def message_rows(book: Path) -> list[tuple]:
    return [tuple(r.values()) for r in tab(book, "Messages")]


INVITE = "meetup_invite:M-01:"
# The first run invites the interested customers C-201 to C-205 (the lost ones get a
# win-back that day instead); staff sent three and noted the answers.
SENT = {INVITE + "C-201": ("sent", "yes"), INVITE + "C-202": ("sent", "হয়তো"),
        INVITE + "C-203": ("sent", "না")}  # C-204, C-205: still pending


@pytest.mark.parametrize("column, word", [("Notes", "বাতিল (cancelled)"), ("Status", "postponed")])
def test_a_cancelled_meetup_invites_nobody_and_tells_those_who_had_the_invitation(tmp_path, column, word):
    shop = make_shop(tmp_path, status_column=column == "Status")
    daily(shop, TODAY)
    assert sum(k.startswith(INVITE) for k in messages(shop["book"])) == 5
    staff_mark(shop["book"], SENT)
    edit_meetup(shop["book"], column, word)
    before = message_rows(shop["book"])

    out = daily(shop, TODAY + timedelta(days=1))
    after = message_rows(shop["book"])
    assert after[:len(before)] == before  # Messages: appended to, never edited
    new = messages(shop["book"])
    cancels = {k: v for k, v in new.items() if k.startswith("meetup_cancelled:")}
    # yes and maybe get the message; the one who said no does not; pending ones are not sent
    assert set(cancels) == {"meetup_cancelled:M-01:C-201", "meetup_cancelled:M-01:C-202"}
    assert cancels["meetup_cancelled:M-01:C-201"]["Message"] == (
        "Hello Tahmina,\nWe are sorry: “শীতের চা-চক্র” on 27 November will not take place. "
        "We will let you know when we plan something new.\n— Tanvir, Nodi Fashion")
    assert cancels["meetup_cancelled:M-01:C-202"]["Message"] == (
        "প্রিয় মরিয়ম,\nদুঃখিত, ২৭ নভেম্বর তারিখের “শীতের চা-চক্র” আয়োজনটি হচ্ছে না। "
        "অসুবিধার জন্য আমরা আন্তরিকভাবে দুঃখিত; আবার কোনো আয়োজন করলে আপনাকে অবশ্যই জানাব।\n"
        "— Nasrin, নদী ফ্যাশন")
    assert not any(k.startswith(("meetup_invite:", "meetup_reminder:")) for k in list(new)[len(before):])
    follow = tab(shop["book"], "Follow-ups")
    stop = [r for r in follow if r["What"] == "do not send"]
    assert [r["Customer ID"] for r in stop] == ["C-204", "C-205"]
    assert stop[0]["Why"] == ("Do not send message meetup_invite:M-01:C-204: "
                              "the meetup is cancelled (“শীতের চা-চক্র”, 27 November)")
    assert follow[0]["What"] == "do not send"  # at the very top
    row = summary(shop["book"])["M-01"]
    assert (row["Left Out"], row["Seats Left"], row["Invited"]) == ("cancelled", None, 5)
    assert "Meetup M-01 (27 November) is cancelled" in out

    again = daily(shop, TODAY + timedelta(days=1))  # again: nothing new, and not said again
    assert "M-01" not in again
    daily(shop, MEETUP_DAY - timedelta(days=1))  # the day before: no reminders
    assert message_rows(shop["book"]) == after
    daily(shop, MEETUP_DAY + timedelta(days=1))
    # Results: a meetup that was not held invited nobody that week
    weeks = [r for r in tab(shop["book"], "Results") if r["Invited"] is not None]
    assert weeks and {(r["Invited"], r["Said Yes"], r["Attended"]) for r in weeks} == {(0, 0, 0)}


def test_a_moved_meetup_gets_one_date_changed_message_per_change(tmp_path):
    shop = make_shop(tmp_path, status_column=True)
    daily(shop, TODAY)
    staff_mark(shop["book"], SENT)
    new_day = MEETUP_DAY + timedelta(days=2)  # Sunday 29 November
    edit_meetup(shop["book"], "Date", new_day)

    out = daily(shop, TODAY + timedelta(days=1))
    moved = {k: v for k, v in messages(shop["book"]).items() if k.startswith("meetup_change:")}
    when = f"2026-11-29 17:00 @ {VENUE}"
    assert set(moved) == {f"meetup_change:M-01:C-201:{when}", f"meetup_change:M-01:C-202:{when}"}
    assert moved[f"meetup_change:M-01:C-201:{when}"]["Message"] == (
        "Hello Tahmina,\nA change: “শীতের চা-চক্র” is now on\nDate: Sunday 29 November\n"
        f"Time: 5:00 PM\nPlace: {VENUE}\n"
        "Sorry for the trouble. If the new time does not suit you, just let us know.\n"
        "— Tanvir, Nodi Fashion")
    assert moved[f"meetup_change:M-01:C-202:{when}"]["Message"] == (
        "প্রিয় মরিয়ম,\n“শীতের চা-চক্র” আয়োজনে একটু পরিবর্তন হয়েছে। নতুন সময়সূচি:\nতারিখ: ২৯ নভেম্বর, রবিবার\n"
        f"সময়: বিকেল ৫টা\nস্থান: {VENUE}\n"
        "অসুবিধার জন্য আন্তরিকভাবে দুঃখিত। নতুন সময় বা জায়গায় আসতে না পারলে একটু জানাবেন।\n— Nasrin, নদী ফ্যাশন")
    assert "2 customers already invited get a date-changed message" in out
    assert "give the old date, time or place" in out  # C-204 and C-205: still pending
    assert summary(shop["book"])["M-01"]["Date"] == "2026-11-29"

    count = len(messages(shop["book"]))
    daily(shop, TODAY + timedelta(days=1))  # a re-run adds nothing
    assert len(messages(shop["book"])) == count

    edit_meetup(shop["book"], "Time", "18:30")  # moved again: one more each
    daily(shop, TODAY + timedelta(days=2))
    moved = [k for k in messages(shop["book"]) if k.startswith("meetup_change:")]
    assert len(moved) == 4 and f"meetup_change:M-01:C-201:2026-11-29 18:30 @ {VENUE}" in moved

    daily(shop, new_day - timedelta(days=1))  # the day before: the plain reminder now
    keys = messages(shop["book"])
    assert {k for k in keys if k.startswith("meetup_reminder:")} == {
        "meetup_reminder:M-01:C-201", "meetup_reminder:M-01:C-202"}
    assert "Sunday 29 November" in keys["meetup_reminder:M-01:C-201"]["Message"]


def test_a_seat_kept_for_tomorrow_is_not_counted_as_free(tmp_path):
    # C-201 gets an apology today, so her invitation waits a day; her seat is kept
    unhappy = [TODAY - timedelta(days=1), "", "C-201", "negative", "The parcel came late", ""]
    shop = make_shop(tmp_path, status_column=True, feedback=[unhappy])
    out = daily(shop, TODAY)
    invited = [k for k in messages(shop["book"]) if k.startswith(INVITE)]
    assert len(invited) == 4 and INVITE + "C-201" not in invited
    row = summary(shop["book"])["M-01"]
    assert row["Seats Left"] == 0
    assert "has another message today" in row["Left Out"] and "no seat" in row["Left Out"]
    assert "4 invitations prepared; seats left: 0." in out


def test_the_meetup_summary_is_laid_out_to_read_and_print(tmp_path):
    shop = make_shop(tmp_path, status_column=True)
    daily(shop, TODAY)
    ws = load_workbook(shop["book"])["Meetup Summary"]
    header = [c.value for c in ws[1]]
    left_out = header.index("Left Out") + 1
    letter = ws.cell(1, left_out).column_letter
    assert ws.column_dimensions[letter].width >= 50
    assert ws.column_dimensions["B"].width >= 25  # Title
    assert ws.cell(2, left_out).alignment.wrap_text
    assert ws.cell(1, 1).font.bold
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage


def test_after_the_meetup_its_unsent_invitations_are_do_not_send_and_no_seats_are_left(tmp_path):
    """The blind month trial: after the meetup, an invitation nobody sent was still waiting, and
    Meetup Summary showed seats "left" for an evening that was over."""
    shop = make_shop(tmp_path, status_column=True)
    daily(shop, TODAY)
    staff_mark(shop["book"], SENT)
    daily(shop, MEETUP_DAY + timedelta(days=2))
    stop = [r for r in tab(shop["book"], "Follow-ups") if r["What"] == "do not send"]
    assert [(r["Customer ID"], r["Why"]) for r in stop] == [
        ("C-204", "Do not send message meetup_invite:M-01:C-204: the meetup is over (“শীতের চা-চক্র”, 27 November)"),
        ("C-205", "Do not send message meetup_invite:M-01:C-205: the meetup is over (“শীতের চা-চক্র”, 27 November)")]
    assert summary(shop["book"])["M-01"]["Seats Left"] is None
    daily(shop, MEETUP_DAY + timedelta(days=8))  # a week on: no longer listed
    assert [r for r in tab(shop["book"], "Follow-ups") if r["What"] == "do not send"] == []
