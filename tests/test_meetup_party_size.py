"""A yes that counts people holds that many seats (the thirteenth blind trial): "2 jon ashbo"
in an invitation's Reply held one seat, so a tailoring workshop of 15 seats had 17 coming while
the Meetup Summary said 0 seats left and the waiting list moved on. Runs the real daily job."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, customers_tab, message_row, records
from khatir.rules.meetups import party_size
from khatir.sheet.schema import MEETUPS, MESSAGES


@pytest.mark.parametrize("reply, seats", [
    ("2 jon ashbo", 2), ("আমরা ৩ জন আসব", 3), ("দুইজন আসবো", 2), ("yes, we are 3 people", 3),
    ("ji ashbo", 1), ("ashbo 5 tay", 1), ("can I bring my sister?", 1), ("40 jon", 1),
])
def test_party_size_counts_people_never_a_bare_number(reply, seats):
    assert party_size(reply) == seats


def _invited(cid: str, reply: str) -> list:
    return message_row(created=(TODAY - timedelta(days=3)).isoformat(), name=cid, phone="+8801712000000",
                       message="…", status="sent", reply=reply, kind="meetup_invite",
                       customer_id=cid, key=f"meetup_invite:M-01:{cid}")


@pytest.mark.slow
def test_two_coming_on_one_invitation_take_two_seats(make_workbook, run_job):
    path = make_workbook({
        "Customers": customers_tab(*[[f"C-{i}", f"Customer {i}", f"01712-00000{i}", "en"]
                                     for i in range(1, 6)]),
        "Meetups": [MEETUPS.headers(), ["M-01", "Tailoring workshop", TODAY + timedelta(days=3),
                                        "15:00", "Shop", "interested", 4, ""]],
        "Messages": [MESSAGES.headers(), _invited("C-1", "2 jon ashbo"), _invited("C-2", "ji ashbo")],
    })
    run_job(path)
    invites = [m["Customer ID"] for m in records(path, "Messages")
               if m["Kind"] == "meetup_invite" and m["Status"] == "pending"]
    assert invites == ["C-3"]
    [row] = records(path, "Meetup Summary")
    assert (row["Invited"], row["Yes"], row["Seats Left"]) == (3, 2, 0)
    assert row["Left Out"] == "2: C-4, C-5 (no seat)"
