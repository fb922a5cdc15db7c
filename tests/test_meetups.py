"""Meetup rules: segments, seat order, RSVPs, windows, summary numbers, and the section."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from khatir.config import build_settings
from khatir.errors import ConfigError
from khatir.sheet.records import CallNote, Customer, Feedback, Meetup, Message, Order, SheetData
from khatir.rules.history import PurchaseHistory
from khatir.rules.lost import Assessment
from khatir.rules.stay_in_touch import last_contacts as last_contact
from khatir.rules.meetups import (DAILY_LIMIT, DO_NOT_CONTACT, MAYBE, NO, NO_SEAT, ONE_A_DAY,
                                  RECENT_WIN_BACK, SAME_PERSON, YES,
                                  MeetupSettings, in_invite_window, invitations_for, invite_key,
                                  parse_rsvp, plan_seats, reminder_due,
                                  reminder_targets, rsvp_counts, seat_order, unreadable_replies)
from khatir.rules.segments import Segmented, segment_of
from khatir.plan.meetups import contribute, invite_section, left_out_text, plan_meetups
from khatir.plan.facts import RunFacts

TODAY = date(2026, 11, 22)


def customer(cid: str, row: int = 2, **kw) -> Customer:
    return Customer(row=row, id=cid, name=kw.pop("name", f"Name {cid}"),
                    phone=kw.pop("phone", "+8801711000000"), **kw)


def history(cid: str, purchases: int = 0, spent: float = 0.0, last: date | None = None) -> PurchaseHistory:
    return PurchaseHistory(cid, None, last, purchases, spent, "customers")


def assessed(cid: str, level: str | None) -> Assessment:
    return Assessment(cid, level, 0.9, 30.0, 200, 5, 1000.0, None, False)


def seg(cid: str, segment: str, row: int = 2, purchases: int = 0, spent: float = 0.0,
        last: date | None = None, **kw) -> Segmented:
    return Segmented(customer(cid, row, **kw), segment, "staff",
                     history(cid, purchases, spent, last), None)


def meetup(mid: str = "M-01", days: int = 5, invite=("interested", "lost"), capacity=5, **kw) -> Meetup:
    return Meetup(row=2, id=mid, title=kw.pop("title", "Tea"), date=TODAY + timedelta(days=days),
                  time="17:00", venue="Shop", invite=tuple(invite), capacity=capacity, **kw)


def invitation(mid: str, cid: str, reply: str = "", status: str = "pending", row: int = 2) -> Message:
    return Message(row=row, key=invite_key(mid, cid), customer_id=cid, kind="meetup_invite",
                   status=status, reply=reply)


# --------------------------------------------------------------------------
# Segments


class TestSegments:
    def test_staff_segment_wins_unless_the_run_lists_them_as_lost(self):
        c = customer("C-1", segment="interested")
        assert segment_of(c, history("C-1", purchases=9), assessed("C-1", "at_risk")) == "interested"
        # the same run lists them as lost: the invitation must agree with that
        assert segment_of(c, history("C-1", purchases=9), assessed("C-1", "lost")) == "lost"

    def test_blank_segment_assessed_lost_is_lost(self):
        assert segment_of(customer("C-1"), history("C-1", purchases=4), assessed("C-1", "lost")) == "lost"

    @pytest.mark.parametrize("level", ["at_risk", None])
    def test_blank_segment_with_purchases_is_existing(self, level):
        a = assessed("C-1", level) if level else None
        assert segment_of(customer("C-1"), history("C-1", purchases=1), a) == "existing"

    def test_blank_segment_never_bought_is_interested(self):
        assert segment_of(customer("C-1"), history("C-1"), None) == "interested"
        assert segment_of(customer("C-1"), None, None) == "interested"

    def test_the_customer_view_segments_by_orders_and_the_lost_detection(self):
        customers = {c.id: c for c in (customer("C-1"), customer("C-2"), customer("C-3"),
                                       customer("C-4", segment="lost"))}
        orders = [Order(2, TODAY - timedelta(days=400 + 10 * i), "C-1", 1000.0) for i in range(10)]
        orders += [Order(2, TODAY - timedelta(days=d), "C-2", 500.0) for d in (5, 35, 65)]
        data = SheetData(customers=customers, orders=orders)
        out = RunFacts(data, build_settings({}), TODAY).customers.segments
        assert {cid: s.segment for cid, s in out.items()} == {
            "C-1": "lost", "C-2": "existing", "C-3": "interested", "C-4": "lost"}
        assert out["C-1"].source == "detected" and out["C-4"].source == "staff"
        assert out["C-1"].history.total_spent == 10000.0


# --------------------------------------------------------------------------
# RSVPs


@pytest.mark.parametrize("reply, expected", [
    ("yes", YES), ("Yes", YES), (" YES ", YES), ("y", YES), ("ok", YES), ("Yes 👍", YES),
    ("will come", YES), ("হ্যাঁ", YES), ("হ্যা", YES), ("জি", YES), ("আসব", YES),
    ("হ্যাঁ, আসবেন", YES), ("ঠিক আছে", YES), ("👍", YES),
    ("no", NO), ("No.", NO), ("n", NO), ("no, sorry", NO), ("can't come", NO),
    ("না", NO), ("আসব না", NO), ("আসবোনা", NO), ("আসতে পারবেন না", NO), ("নাহ", NO),
    ("maybe", MAYBE), ("Maybe", MAYBE), ("may be", MAYBE), ("not sure yet", MAYBE),
    ("perhaps", MAYBE), ("হয়তো", MAYBE), ("হয়ত", MAYBE), ("হয়তো আসব না", MAYBE),
    ("জানি না", MAYBE), ("দেখি", MAYBE),
    ("", None), ("   ", None), (None, None), ("called twice", None), ("…", None),
])
def test_parse_rsvp_in_both_languages(reply, expected):
    assert parse_rsvp(reply) == expected


def test_decomposed_bengali_is_read_the_same():
    decomposed = "হয\u09bcতো"  # য + nukta, as some phone keyboards type য়
    assert parse_rsvp(decomposed) == MAYBE


# --------------------------------------------------------------------------
# Seat order and capacity


class TestSeatOrder:
    def test_segments_take_turns_lost_first_by_default(self):
        people = [seg("L1", "lost", spent=100), seg("L2", "lost", spent=900),
                  seg("L3", "lost", spent=500), seg("I1", "interested"), seg("I2", "interested")]
        order = seat_order(people, MeetupSettings().segment_order, {})
        assert [s.id for s in order] == ["L2", "I1", "L3", "I2", "L1"]

    def test_lost_most_spent_first_then_most_recently_lost(self):
        people = [seg("A", "lost", spent=500, last=date(2025, 1, 1)),
                  seg("B", "lost", spent=500, last=date(2025, 6, 1)),
                  seg("C", "lost", spent=800, last=date(2024, 1, 1))]
        assert [s.id for s in seat_order(people, ("lost",), {})] == ["C", "B", "A"]

    def test_interested_most_recent_contact_first_then_sheet_order(self):
        people = [seg("A", "interested", row=2), seg("B", "interested", row=3),
                  seg("C", "interested", row=4), seg("D", "interested", row=5)]
        contact = {"C": date(2026, 11, 20), "B": date(2026, 10, 1)}
        assert [s.id for s in seat_order(people, ("interested",), contact)] == ["C", "B", "A", "D"]

    def test_existing_most_purchases_then_most_spent(self):
        people = [seg("A", "existing", purchases=3, spent=100),
                  seg("B", "existing", purchases=3, spent=900),
                  seg("C", "existing", purchases=7, spent=50)]
        assert [s.id for s in seat_order(people, ("existing",), {})] == ["C", "B", "A"]

    def test_a_segment_that_runs_out_drops_out_of_the_rotation(self):
        people = [seg("L1", "lost", spent=2), seg("I1", "interested", row=2),
                  seg("I2", "interested", row=3), seg("I3", "interested", row=4)]
        order = seat_order(people, ("interested", "lost", "existing"), {})
        assert [s.id for s in order] == ["I1", "L1", "I2", "I3"]

    def test_last_contact_is_the_latest_call_note_or_sent_message(self):
        notes = [CallNote(2, date(2026, 11, 1), "A", "x"), CallNote(3, date(2026, 11, 5), "A", "y")]
        msgs = [Message(2, "k1", "A", status="sent", sent_on=date(2026, 11, 9)),
                Message(3, "k2", "B", status="pending", sent_on=date(2026, 11, 20))]
        assert last_contact(notes, msgs) == {"A": date(2026, 11, 9)}


def everyone() -> dict[str, Segmented]:
    people = [seg(f"L{i}", "lost", row=i, spent=1000 - i) for i in range(1, 7)]
    people += [seg(f"I{i}", "interested", row=10 + i) for i in range(1, 7)]
    people += [seg("E1", "existing", row=30, purchases=5)]
    return {s.id: s for s in people}


class TestCapacity:
    def test_five_seats_twelve_qualify(self):
        plan = plan_seats(meetup(), everyone(), {}, {}, MeetupSettings().segment_order)
        assert [s.id for s in plan.chosen] == ["L1", "I1", "L2", "I2", "L3"]
        assert [(x.customer.id, x.reason) for x in plan.left_out] == [
            (cid, NO_SEAT) for cid in ("I3", "L4", "I4", "L5", "I5", "L6", "I6")]
        assert plan.seats_left == 0

    def test_invited_customers_hold_seats_and_are_never_invited_again(self):
        invited = invitations_for("M-01", [invitation("M-01", "L1"), invitation("M-01", "I1")])
        plan = plan_seats(meetup(), everyone(), invited, {}, MeetupSettings().segment_order)
        assert plan.held == 2
        assert [s.id for s in plan.chosen] == ["L2", "I2", "L3"]
        assert plan.left_out[0].customer.id == "I3"

    def test_a_no_frees_the_seat_for_the_next_in_line(self):
        invited = invitations_for("M-01", [invitation("M-01", c) for c in ("L1", "I1", "L2", "I2")]
                                  + [invitation("M-01", "L3", reply="না")])
        plan = plan_seats(meetup(), everyone(), invited, {}, MeetupSettings().segment_order)
        assert plan.held == 4
        assert [s.id for s in plan.chosen] == ["I3"]  # first of the previous left-out list

    def test_skipped_without_an_answer_frees_its_seat_but_is_not_reinvited(self):
        invited = invitations_for("M-01", [invitation("M-01", "L1", status="skipped"),
                                           invitation("M-01", "I1", status="skipped", reply="yes")])
        plan = plan_seats(meetup(capacity=2), everyone(), invited, {}, ("lost", "interested"))
        assert plan.held == 1
        assert [s.id for s in plan.chosen] == ["L2"]

    def test_full_meetup_invites_nobody(self):
        invited = invitations_for("M-01", [invitation("M-01", c) for c in ("L1", "I1", "L2", "I2", "L3")])
        plan = plan_seats(meetup(), everyone(), invited, {}, MeetupSettings().segment_order)
        assert plan.chosen == () and plan.seats_left == 0 and len(plan.left_out) == 7

    def test_do_not_contact_is_left_out_and_takes_no_seat(self):
        people = everyone()
        people["L1"] = replace(people["L1"], customer=replace(people["L1"].customer, do_not_contact=True))
        plan = plan_seats(meetup(), people, {}, {}, MeetupSettings().segment_order)
        assert "L1" not in [s.id for s in plan.chosen]
        assert [s.id for s in plan.chosen] == ["L2", "I1", "L3", "I2", "L4"]
        assert (plan.left_out[-1].customer.id, plan.left_out[-1].reason) == ("L1", DO_NOT_CONTACT)

    def test_one_person_written_twice_is_invited_once_and_takes_one_seat(self):
        people = everyone()
        people["L1"] = replace(people["L1"], customer=replace(people["L1"].customer, same_person_as="L2"))
        plan = plan_seats(meetup(), people, {}, {}, MeetupSettings().segment_order)
        assert [s.id for s in plan.chosen] == ["L2", "I1", "L3", "I2", "L4"]
        assert (plan.left_out[-1].customer.id, plan.left_out[-1].reason) == ("L1", SAME_PERSON)
        assert left_out_text(plan.left_out[-1:], "en").endswith(
            "L1 (same name and phone as an earlier row (see Problems): that row is invited)")

    def test_a_recent_win_back_is_left_out_as_lost_and_takes_no_seat(self):
        people = everyone()
        people["E1"] = replace(people["E1"], segment="interested")  # not lost: invited all the same
        plan = plan_seats(meetup(), people, {}, {}, MeetupSettings().segment_order,
                          win_back={"L1", "L3", "E1"})
        assert [s.id for s in plan.chosen] == ["L2", "I1", "L4", "I2", "L5"]  # as if L1, L3 were not there
        assert [(x.customer.id, x.reason) for x in plan.left_out][-2:] == [
            ("L1", RECENT_WIN_BACK), ("L3", RECENT_WIN_BACK)]
        assert "E1" in [x.customer.id for x in plan.left_out]  # no seat, like any interested

    def test_no_capacity_invites_everyone_who_qualifies(self):
        plan = plan_seats(meetup(capacity=None), everyone(), {}, {}, MeetupSettings().segment_order)
        assert len(plan.chosen) == 12 and plan.left_out == () and plan.seats_left is None

    def test_only_the_invited_segments(self):
        plan = plan_seats(meetup(invite=("existing",), capacity=None), everyone(), {}, {},
                          MeetupSettings().segment_order)
        assert [s.id for s in plan.chosen] == ["E1"]

    def test_daily_limit_holds_back_the_rest_of_the_seated_first_in_line(self):
        plan = plan_seats(meetup(), everyone(), {}, {}, MeetupSettings().segment_order, limit=2)
        assert [s.id for s in plan.chosen] == ["L1", "I1"]
        assert [(x.customer.id, x.reason) for x in plan.left_out[:4]] == [
            ("L2", DAILY_LIMIT), ("I2", DAILY_LIMIT), ("L3", DAILY_LIMIT), ("I3", NO_SEAT)]
        assert plan.seats_left == 0  # kept for the three held back by the limit: I3 has "no seat"

    def test_left_out_text(self):
        plan = plan_seats(meetup(capacity=1), {k: v for k, v in everyone().items() if k in ("L1", "L2", "I1")},
                          {}, {}, MeetupSettings().segment_order)
        assert left_out_text(plan.left_out, "en") == "2: I1, L2 (no seat)"
        assert left_out_text(plan.left_out, "bn") == "২: I1, L2 (আসন নেই)"
        assert left_out_text((), "en") == 0


# --------------------------------------------------------------------------
# Windows, answers, counts


def test_invitation_window_runs_from_n_days_before_until_the_day_before():
    assert not in_invite_window(meetup(days=8), TODAY, 7)
    assert in_invite_window(meetup(days=7), TODAY, 7)
    assert in_invite_window(meetup(days=1), TODAY, 7)
    assert not in_invite_window(meetup(days=0), TODAY, 7)
    assert not in_invite_window(meetup(days=-1), TODAY, 7)
    assert not in_invite_window(meetup(days=3), TODAY, 0)


def test_reminder_only_on_the_day_before():
    assert reminder_due(meetup(days=1), TODAY, 1)
    assert not reminder_due(meetup(days=2), TODAY, 1)
    assert not reminder_due(meetup(days=0), TODAY, 1)
    assert not reminder_due(meetup(days=1), TODAY, 0)


def test_rsvp_counts_and_reminder_targets():
    msgs = [invitation("M-01", "A", "yes"), invitation("M-01", "B", "হ্যাঁ"),
            invitation("M-01", "C", "না"), invitation("M-01", "D", "হয়তো"),
            invitation("M-01", "E", ""), invitation("M-01", "F", "call later", row=9),
            invitation("M-01", "G", "", status="skipped"),
            invitation("M-02", "A", "no")]
    inv = invitations_for("M-01", msgs)
    counts = rsvp_counts(inv.values(), new=2)
    assert (counts.invited, counts.yes, counts.no, counts.maybe, counts.no_answer) == (8, 2, 1, 1, 4)
    assert reminder_targets(inv) == ["A", "B", "D"]
    assert [i.customer_id for i in unreadable_replies(inv.values())] == ["F"]


class TestSettings:
    def test_defaults(self):
        ms = MeetupSettings.from_section({})
        assert (ms.invite_days_before, ms.remind_days_before, ms.segment_order) == (
            7, 1, ("lost", "existing", "interested"))

    def test_values(self):
        ms = MeetupSettings.from_section({"invite_days_before": 10, "remind_days_before": 0,
                                          "segment_order": ["interested"]})
        assert ms.invite_days_before == 10 and ms.remind_days_before == 0
        assert ms.segment_order == ("interested", "lost", "existing")

    @pytest.mark.parametrize("section", [{"invite_days_before": -1}, {"invite_days_before": "7"},
                                         {"segment_order": ["vip"]}, {"invite_day_before": 7},
                                         {"remind_days_before": True}])
    def test_mistakes_are_one_sentence(self, section):
        with pytest.raises(ConfigError, match=r"\[meetups\]"):
            MeetupSettings.from_section(section)


# --------------------------------------------------------------------------
# The section (daily job and invite job)


def sheet(*meetups: Meetup, messages=(), feedback=()) -> SheetData:
    customers = {}
    for i in range(1, 4):
        customers[f"L{i}"] = customer(f"L{i}", row=i, segment="lost", total_spent=1000.0 * i)
        customers[f"I{i}"] = customer(f"I{i}", row=10 + i, segment="interested")
    customers["E1"] = customer("E1", row=30, segment="existing")
    return SheetData(customers=customers, meetups=list(meetups), messages=list(messages),
                     feedback=list(feedback))


SETTINGS = build_settings({"general": {"language": "en"}})


def test_daily_invites_only_meetups_inside_the_window():
    data = sheet(meetup("M-01", days=5, capacity=2), meetup("M-02", days=20),
                 meetup("M-03", days=-3), meetup("M-04", days=0))
    part = contribute(RunFacts(data, SETTINGS, TODAY))
    assert [d.key for d in part.drafts] == ["meetup_invite:M-01:L3", "meetup_invite:M-01:I1"]
    assert [d.variant for d in part.drafts] == ["lost", "interested"]
    rows = {r["meetup_id"]: r for r in part.tabs["meetup_summary"]}
    assert list(rows) == ["M-01", "M-02", "M-03", "M-04"]  # the Meetups tab's order
    assert (rows["M-01"]["invited"], rows["M-01"]["seats_left"]) == (2, 0)
    assert rows["M-01"]["left_out"] == "4: L2, I2, L1, I3 (no seat)"
    assert (rows["M-02"]["invited"], rows["M-02"]["seats_left"], rows["M-02"]["left_out"]) == (0, 5, "")
    assert rows["M-03"]["invited"] == 0 and rows["M-04"]["invited"] == 0
    assert any("4 left out" in n for n in part.notes)


def test_invite_job_section_invites_one_meetup_even_outside_the_window():
    data = sheet(meetup("M-01", days=5), meetup("M-02", days=20, invite=("existing",)))
    part = invite_section("M-02")(RunFacts(data, SETTINGS, TODAY))
    assert [d.key for d in part.drafts] == ["meetup_invite:M-02:E1"]
    rows = {r["meetup_id"]: r for r in part.tabs["meetup_summary"]}
    assert rows["M-02"]["invited"] == 1
    # M-01 is in its window: its left-out list shows, but nobody is invited to it now
    assert rows["M-01"]["invited"] == 0 and rows["M-01"]["left_out"] == "1: I3 (no seat)"


def test_reminders_go_the_day_before_to_yes_and_maybe_only():
    m = meetup("M-01", days=1)
    msgs = [invitation("M-01", "L1", "yes"), invitation("M-01", "L2", "no"),
            invitation("M-01", "L3", "maybe"), invitation("M-01", "I1", ""),
            Message(9, "meetup_reminder:M-01:L3", "L3", "meetup_reminder", "pending")]
    part = contribute(RunFacts(sheet(m, messages=msgs), SETTINGS, TODAY))
    reminders = [d.key for d in part.drafts if d.kind == "meetup_reminder"]
    assert reminders == ["meetup_reminder:M-01:L1"]  # L3 has had one already
    assert part.drafts[0].context["meetup"]["date"] == m.date


def test_caps_limit_invitations_and_the_summary_stays_exact():
    settings = build_settings({"general": {"language": "en"}, "caps": {"meetup_invite": 3}})
    data = sheet(meetup("M-01", days=3, capacity=None), meetup("M-02", days=5, capacity=None))
    outcomes, _ = plan_meetups(RunFacts(data, settings, TODAY))
    assert [len(o.invites) for o in outcomes] == [3, 0]  # the soonest meetup first
    assert outcomes[0].counts.invited == 3
    assert [x.reason for x in outcomes[0].left_out] == [DAILY_LIMIT] * 3
    # one invitation a day per customer: the three invited to M-01 wait a day for M-02
    assert [x.reason for x in outcomes[1].left_out] == [ONE_A_DAY] * 3 + [DAILY_LIMIT] * 3


def test_summary_counts_feedback_per_meetup_including_detected():
    fb = [Feedback(2, TODAY, "M-01", "L1", "Lovely evening", "positive"),
          Feedback(3, TODAY, "M-01", "L2", "চা ঠান্ডা ছিল, খুব খারাপ"),
          Feedback(4, TODAY, "M-01", "L3", "It would help to have parking"),
          Feedback(5, TODAY, "M-01", "I1", "the tea"),
          Feedback(6, TODAY, "M-02", "I2", "great", "positive"),
          Feedback(7, TODAY, "", "I3", "bad")]
    part = contribute(RunFacts(sheet(meetup("M-01", days=-2), messages=(), feedback=fb), SETTINGS, TODAY))
    row = part.tabs["meetup_summary"][0]
    assert (row["positive"], row["negative"], row["suggestion"]) == (1, 1, 1)


def test_duplicate_meetup_ids_use_the_first_row():
    first, second = meetup("M-01", days=5), replace(meetup("M-01", days=6), row=3)
    part = contribute(RunFacts(sheet(first, second), SETTINGS, TODAY))
    assert len(part.tabs["meetup_summary"]) == 1
    assert any("used twice" in n for n in part.notes)


def test_unreadable_reply_is_noted_and_counts_as_no_answer():
    msgs = [invitation("M-01", "L1", "will call back", row=7)]
    part = contribute(RunFacts(sheet(meetup("M-01", days=10), messages=msgs), SETTINGS, TODAY))
    assert part.tabs["meetup_summary"][0]["no_answer"] == 1
    assert any("Messages row 7" in n and "will call back" in n for n in part.notes)


@pytest.mark.parametrize("lang, note", [
    ("en", "Meetup M-01: 6 left out: L3 Name L3, I1 Name I1, L2 Name L2, I2 Name I2, L1 Name L1 "
           "(no seat) and 1 more."),
    ("bn", "মিটআপ M-01: ৬ জন বাদ পড়েছেন: L3 Name L3, I1 Name I1, L2 Name L2, I2 Name I2, L1 Name L1 "
           "(আসন নেই) এবং আরও ১ জন।"),
])
def test_the_summary_names_only_the_first_few_left_out(lang, note):
    """275 names on one line are unreadable: the first five, then how many more."""
    part = contribute(RunFacts(sheet(meetup("M-01", days=5, capacity=0)),
                               build_settings({"general": {"language": lang}}), TODAY))
    assert [n for n in part.notes if "M-01:" in n] == [note]
    row = part.tabs["meetup_summary"][0]  # the tab keeps every ID
    assert row["left_out"].count(", ") == 5
