"""One voice per customer, on a workbook and on a Google Sheet: the sequences of
messages no person would send cannot happen.

* an illness follow-up and a meetup invitation on the same day;
* "we miss you, did we get something wrong?" the day after the customer said yes
  to the meetup, or while a follow-up is open;
* "thank you for staying with us all this time" to a customer the same run lists
  as lost;
* "we miss you, did we get something wrong?" and, a day later, the lost customer's
  invitation "we may have let you down, come and tell us what went wrong" (or the
  other way round).
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, notes_tab
from khatir.config import build_settings
from khatir.sheet.schema import MEETUPS, MESSAGES, ORDERS
from test_daily_both_backends import rows_of

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook or starts Khatir

MEETUP_DAY = TODAY + timedelta(days=5)


def orders(*rows):
    return [ORDERS.headers()] + [[day, cid, amount, ""] for cid, day, amount in rows]


def every(cid: str, gap: int, count: int, last_ago: int, amount: int):
    return [(cid, ago(last_ago + i * gap), amount) for i in range(count)]


def message(key: str, cid: str, kind: str, created, status="sent", reply="", sent_on=None):
    cells = {"created": created, "key": key, "customer_id": cid, "kind": kind, "status": status,
             "reply": reply, "sent_on": sent_on or created}
    return [cells.get(c.key, "") for c in MESSAGES.columns]


def shop(notes=(), messages=(), segment_c1="", invite="interested, existing, lost"):
    """C-1 used to buy every month and stopped 200 days ago (lost by the order history);
    C-2 buys every month; C-3 is a prospect."""
    return {
        "Customers": customers_tab(
            ["C-1", "Shafiq Ahmed", "01812-445566", "en", {"segment": segment_c1}],
            ["C-2", "Karim Uddin", "01819-876543", "en"],
            ["C-3", "Nusrat Jahan", "01911-556677", "en", {"segment": "interested"}],
        ),
        "Orders": orders(*every("C-1", 30, 6, 200, 8000), *every("C-2", 30, 6, 10, 2500)),
        "Call Notes": notes_tab(*notes),
        "Meetups": [MEETUPS.headers(), ["M-01", "Tea evening", MEETUP_DAY, "17:00", "Shop", invite, 20, ""]],
        "Messages": [MESSAGES.headers(), *messages],
    }


def kinds_for(sheet, cid: str, day=TODAY) -> list[str]:
    return [m["Kind"] for m in rows_of(sheet, "Messages")
            if m["Customer ID"] == cid and m["Created"] == day.isoformat()]


def test_a_follow_up_and_an_invitation_never_arrive_on_the_same_day(make_sheet, run_on):
    sheet = make_sheet(shop(notes=[{"date": ago(2), "customer_id": "C-2", "note": "daughter has a fever"}]))
    run_on(sheet)
    assert kinds_for(sheet, "C-2") == ["follow_up"]
    assert kinds_for(sheet, "C-3") == ["meetup_invite"]  # nobody else wrote to C-3 today
    assert kinds_for(sheet, "C-1") == ["win_back"]
    summary = rows_of(sheet, "Meetup Summary")[0]  # its numbers are what was written
    assert (summary["Invited"], summary["Left Out"]) == (
        "1", "2: C-2 (has another message today, invited on a later run); "
             "C-1 (has a recent win-back message, sent or still to send: no second apology)")
    run_on(sheet)  # the same day again: still one message each
    assert kinds_for(sheet, "C-2") == ["follow_up"]
    run_on(sheet, TODAY + timedelta(days=1))  # the window is a week long: the invitation a day later
    assert kinds_for(sheet, "C-2", TODAY + timedelta(days=1)) == ["meetup_invite"]
    assert kinds_for(sheet, "C-1", TODAY + timedelta(days=1)) == []  # the win-back was enough


def test_no_win_back_the_day_after_a_yes_to_the_meetup(make_sheet, run_on):
    said_yes = message("meetup_invite:M-01:C-1", "C-1", "meetup_invite", ago(40), reply="yes 👍")
    sheet = make_sheet(shop(messages=[said_yes], invite="lost"))
    run_on(sheet)
    assert kinds_for(sheet, "C-1") == []
    row = next(r for r in rows_of(sheet, "Follow-ups") if r["Customer ID"] == "C-1")
    assert (row["What"], row["Message Key"]) == ("lost", "")
    assert row["Remark"] == "said yes to meetup M-01 on 29 November: no win-back message"


def test_no_win_back_soon_after_another_message_or_a_reply(make_sheet, run_on):
    earlier = message("check_in:C-1:never", "C-1", "check_in", ago(12), reply="thanks, all good")
    sheet = make_sheet(shop(messages=[earlier]))
    run_on(sheet)
    row = next(r for r in rows_of(sheet, "Follow-ups") if r["Customer ID"] == "C-1")
    assert row["Remark"] == "answered a message on 12 November: talk to them, no win-back message"
    assert not any(m["Kind"] == "win_back" for m in rows_of(sheet, "Messages"))


def test_a_customer_listed_as_lost_is_never_thanked_for_staying(make_sheet, run_on):
    # C-1's win-back for this lapse went out 40 days ago, longer than the 30 quiet days
    win_back = message(f"win_back:C-1:{ago(200).isoformat()}", "C-1", "win_back", ago(40))
    sheet = make_sheet(shop(messages=[win_back], segment_c1="existing"))
    run_on(sheet)
    row = next(r for r in rows_of(sheet, "Follow-ups") if r["Customer ID"] == "C-1")
    assert row["What"] == "lost"
    assert row["Remark"].startswith("Segment says \u201cexisting\u201d but the order history says the "
                                    "customer is lost, so they are taken as lost (invitations too); if "
                                    "they still buy, add those orders to Orders")
    # no second win-back; the invitation comes today, as a lost customer's
    assert kinds_for(sheet, "C-1") == ["meetup_invite"]
    invite = next(m for m in rows_of(sheet, "Messages") if m["Key"] == "meetup_invite:M-01:C-1")
    assert invite["Message"].startswith("Hello Shafiq,\nWe have not seen you in a while")
    assert "Thank you for staying with us" not in invite["Message"]
    assert invite["Reason"].endswith("(lost customer)")


def test_the_day_before_the_meetup_the_reminder_goes_and_the_follow_up_waits(make_sheet, run_on):
    eve = MEETUP_DAY - timedelta(days=1)
    said_yes = message("meetup_invite:M-01:C-2", "C-2", "meetup_invite", ago(2), reply="yes")
    note = {"date": eve - timedelta(days=2), "customer_id": "C-2", "note": "daughter has a fever"}
    sheet = make_sheet(shop(notes=[note], messages=[said_yes]))
    run_on(sheet, eve)
    assert kinds_for(sheet, "C-2", eve) == ["meetup_reminder"]
    row = next(r for r in rows_of(sheet, "Follow-ups") if r["Customer ID"] == "C-2")
    assert (row["What"], row["Message Key"]) == ("due today", "")
    assert row["Remark"] == "one new message a day per customer: this one comes on a later run"
    run_on(sheet, eve + timedelta(days=1))
    assert kinds_for(sheet, "C-2", eve + timedelta(days=1)) == ["follow_up"]


APOLOGISED = {"en": "has a recent win-back message, sent or still to send: no second apology",
              "bn": "সম্প্রতি ফিরিয়ে আনার বার্তা পেয়েছেন বা পাবেন: আবার দুঃখপ্রকাশ নয়"}
LEFT_OUT_LINE = {"en": "Meetup M-01: 1 left out: C-1 Shafiq Ahmed ({reason}).",
                 "bn": "মিটআপ M-01: ১ জন বাদ পড়েছেন: C-1 Shafiq Ahmed ({reason})।"}


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_no_lost_invitation_in_the_days_after_a_win_back(make_sheet, run_on, lang):
    """The shop owner's trial: a win-back, then a day or two later the lost customer's
    invitation: two "what went wrong?" in a row. The invitation is not prepared while
    the win-back is within [win_back] quiet_days (sent or still to send); the meetup's
    left-out line says why, on every run, in the Meetup Summary and the run summary."""
    settings = build_settings({"general": {"language": lang}})
    sheet = make_sheet(shop(invite="lost"))
    first = run_on(sheet, settings_=settings)
    assert kinds_for(sheet, "C-1") == ["win_back"]
    for day in (1, 2):
        staff_day = TODAY + timedelta(days=day)
        result = run_on(sheet, staff_day, settings_=settings)
        assert kinds_for(sheet, "C-1", staff_day) == []
    for result in (first, result):
        assert LEFT_OUT_LINE[lang].format(reason=APOLOGISED[lang]) in result.notes
    spec = settings.tab("meetup_summary")
    [summary] = [dict(zip((c.key for c in spec.columns), row.values()))
                 for row in rows_of(sheet, spec.title)]
    assert (summary["invited"], summary["left_out"]) == (
        "0", f"{'1' if lang == 'en' else '১'}: C-1 ({APOLOGISED[lang]})")


def test_no_win_back_the_day_after_an_invitation_as_a_lost_customer(make_sheet, run_on):
    """The other way round: invited as lost yesterday (still to send), no win-back today."""
    invited = message("meetup_invite:M-01:C-1", "C-1", "meetup_invite", ago(1), status="pending")
    sheet = make_sheet(shop(messages=[invited], invite="lost"))
    run_on(sheet)
    assert kinds_for(sheet, "C-1") == []
    row = next(r for r in rows_of(sheet, "Follow-ups") if r["Customer ID"] == "C-1")
    assert (row["What"], row["Message Key"]) == ("lost", "")
    assert row["Remark"] == ("has a message of 23 November (sent or still to send): no win-back "
                             "message within 30 days of another message")


def test_a_lost_customer_staff_just_spoke_to_is_invited_without_the_apology(make_sheet, run_on):
    """The blind month trial: "we have not seen you in a while, we may have let you down" went to
    a customer staff had a friendly call with days before. The invitation still goes (lost
    customers are the meetup's point), in the plain words, and staff still see the segment."""
    talk = {"date": ago(5), "customer_id": "C-1", "note": "Talked about the new winter stock, will visit"}
    sheet = make_sheet(shop(notes=[talk], invite="lost"))
    run_on(sheet)
    invite = next(m for m in rows_of(sheet, "Messages") if m["Key"] == "meetup_invite:M-01:C-1")
    assert invite["Message"].startswith("Hello Shafiq,\nWe are holding a small, informal get-together")
    assert invite["Reason"].endswith("(lost customer)")


def test_a_lost_customer_staff_talked_to_after_the_win_back_is_invited(make_sheet, run_on):
    """The thirteenth blind trial: a win-back on the first day, then "workshop hole janate bollen"
    nine days later, and no invitation to the workshop within the quiet days. After a talk the
    invitation is what they asked for: the plain one, for a lost customer the team is in touch
    with. An unanswered try is no talk."""
    win_back = message(f"win_back:C-1:{ago(200).isoformat()}", "C-1", "win_back", ago(12))
    talk = {"date": ago(3), "customer_id": "C-1", "note": "workshop er kotha shune agrohi, janate bollen"}
    sheet = make_sheet(shop(notes=[talk], messages=[win_back], invite="lost"))
    run_on(sheet)
    assert kinds_for(sheet, "C-1") == ["meetup_invite"]
    invite = next(m for m in rows_of(sheet, "Messages") if m["Key"] == "meetup_invite:M-01:C-1")
    assert not invite["Message"].startswith("Hello Shafiq,\nWe have not seen you in a while")
    missed = {"date": ago(3), "customer_id": "C-1", "note": "phone dhore nai"}
    sheet = make_sheet(shop(notes=[missed], messages=[win_back], invite="lost"))
    run_on(sheet)
    assert "meetup_invite" not in kinds_for(sheet, "C-1")


def test_a_lost_customer_spoken_to_and_messaged_lately_is_invited_without_the_apology(
        make_sheet, run_on):
    """An owner's blind trial (trial 15): a get-well went to the customer a week before, and staff
    spoke to her again that morning; the quiet days named only the message, so the invitation
    said "we may have let you down somewhere" to a customer the team was talking with."""
    get_well = message("follow_up:C-1:x", "C-1", "follow_up", ago(8))
    talk = {"date": TODAY, "customer_id": "C-1", "note": "Son is back home, recovering"}
    sheet = make_sheet(shop(notes=[talk], messages=[get_well], invite="lost"))
    run_on(sheet)
    invite = next(m for m in rows_of(sheet, "Messages") if m["Key"] == "meetup_invite:M-01:C-1")
    assert invite["Message"].startswith("Hello Shafiq,\nWe are holding a small, informal get-together")
    assert "let you down" not in invite["Message"]
    assert invite["Reason"].endswith("(lost customer)")
