"""The daily job's behaviour, run on a workbook and on a Google Sheet (local server)."""
from __future__ import annotations

import pytest

from conftest import TODAY, ago, basic_grids, notes_tab

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook or starts Khatir

FOLLOW_UPS_HEADER = ["#", "What", "Customer ID", "Name", "Phone", "Agent", "Due", "Days Overdue",
                     "Why", "Message Key", "Remark", "Notes"]


def rows_of(sheet, title):
    rows = sheet.tab(title)
    return [dict(zip(rows[0], r + [""] * (len(rows[0]) - len(r)))) for r in rows[1:]]


def test_follow_ups_and_messages(make_sheet, run_on):
    sheet = make_sheet(basic_grids())
    run_on(sheet)
    assert sheet.tab("Follow-ups")[0] == FOLLOW_UPS_HEADER
    follow = rows_of(sheet, "Follow-ups")
    assert [(r["#"], r["What"], r["Customer ID"], r["Due"], r["Days Overdue"]) for r in follow] == [
        ("1", "overdue", "C-1", ago(3).isoformat(), "3"),
        ("2", "overdue", "C-3", ago(1).isoformat(), "1"),
        ("3", "due today", "C-2", TODAY.isoformat(), "0"),
    ]
    msgs = rows_of(sheet, "Messages")
    assert [(m["Customer ID"], m["Phone"], m["Status"]) for m in msgs] == [
        ("C-1", "+8801711234567", "pending"), ("C-2", "+8801819876543", "pending")]
    assert msgs[1]["Message"] == (
        "Hello Karim,\nOn 23 November we heard you were having trouble with your vehicle. "
        "We hope it is sorted out now. If getting to the shop is difficult, just tell us and "
        "we will work something out.\n\u2014 Tanvir, Rupkotha")


def test_same_day_twice_changes_nothing(make_sheet, run_on):
    sheet = make_sheet(basic_grids())
    run_on(sheet)
    before = {t: sheet.tab(t) for t in ("Messages", "Follow-ups", "Problems")}
    assert run_on(sheet).new_messages == []
    assert {t: sheet.tab(t) for t in before} == before
    assert len(sheet.tab("Run Log")) == 3


def test_staff_tabs_unchanged(make_sheet, run_on):
    sheet = make_sheet(basic_grids())
    before = {t: sheet.tab(t) for t in ("Customers", "Call Notes")}
    run_on(sheet)
    run_on(sheet, ago(-3))
    assert {t: sheet.tab(t) for t in before} == before


def test_formula_like_name_arrives_as_the_same_text(make_sheet, run_on):
    grids = basic_grids()
    grids["Customers"][2][1] = '=HYPERLINK("http://x","y")'
    sheet = make_sheet(grids)
    run_on(sheet)
    assert [m["Name"] for m in rows_of(sheet, "Messages")] == ["রহিমা খাতুন", '=HYPERLINK("http://x","y")']


def test_bad_cells_reported_in_problems(make_sheet, run_on):
    grids = basic_grids()
    grids["Call Notes"].append(["31/02/2026", "C-2", "", "sick"])
    grids["Call Notes"].append([ago(1), "C-404", "", "sick"])
    sheet = make_sheet(grids)
    run_on(sheet)
    assert [(p["Tab"], p["Row"], p["Column"], p["Value"]) for p in rows_of(sheet, "Problems")] == [
        ("Call Notes", "7", "A", "31/02/2026"), ("Call Notes", "8", "B", "C-404")]


def test_a_huge_cell_never_breaks_the_write(make_sheet, run_on):
    grids = basic_grids()
    grids["Customers"][2][1] = "Karim " + "x" * 40_000  # pasted junk, as long as a cell allows
    sheet = make_sheet(grids)
    run_on(sheet)
    messages = rows_of(sheet, "Messages")
    assert [m["Customer ID"] for m in messages] == ["C-1", "C-2"]
    assert all(len(v) <= 50_000 for m in messages for v in m.values())
    if sheet.kind == "workbook":
        assert all(len(v) <= 32_767 for m in messages for v in m.values())


# ---------------------------------------------------------------------------
# The story across calls, on both backends

def story_grids(*notes: tuple[int, str]) -> dict[str, list[list]]:
    grids = basic_grids()
    grids["Call Notes"] = notes_tab(*({"date": ago(d), "customer_id": "C-2", "agent": "Tanvir", "note": t}
                                      for d, t in notes))
    return grids


def follow_ups_of(sheet, customer="C-2"):
    return [(r["What"], r["Due"], r["Why"], r["Message Key"]) for r in rows_of(sheet, "Follow-ups")
            if r["Customer ID"] == customer]


def test_story_she_is_well_now_closes_the_get_well_message(make_sheet, run_on):
    sheet = make_sheet(story_grids((4, "Little daughter has fever"), (1, "daughter is well now, fever gone")))
    run_on(sheet, ago(2))
    [message] = rows_of(sheet, "Messages")
    assert "we heard your daughter was unwell. How is your daughter feeling now?" in message["Message"]
    run_on(sheet)
    assert len(rows_of(sheet, "Messages")) == 1
    [(what, _, why, _)] = follow_ups_of(sheet)
    assert what == "do not send"
    assert why.startswith(f"Do not send message {message['Key']}: daughter's illness noted on 20 November; "
                          "on 23 November it is over")


def test_story_no_answer_keeps_the_illness_named(make_sheet, run_on):
    sheet = make_sheet(story_grids((4, "Little daughter has fever"), (1, "no answer, phone switched off")))
    run_on(sheet)
    [(what, due, why, key)] = follow_ups_of(sheet)
    assert (what, due) == ("due today", TODAY.isoformat())
    assert why.startswith("daughter's illness (found in the note), 20 November; "
                          "could not talk on 23 November")
    [message] = rows_of(sheet, "Messages")
    assert message["Key"] == key and "your daughter" in message["Message"]


def test_story_call_on_thursday_waits_for_thursday(make_sheet, run_on):
    thursday = ago(-2)
    assert thursday.weekday() == 3
    sheet = make_sheet(story_grids((3, "Wife is sick, in hospital"), (0, "in a meeting, call on Thursday")))
    run_on(sheet)
    assert follow_ups_of(sheet) == [] and rows_of(sheet, "Messages") == []
    run_on(sheet, thursday)
    [(what, due, why, _)] = follow_ups_of(sheet)
    assert (what, due) == ("due today", thursday.isoformat())
    assert why.startswith("wife's illness (found in the note), 21 November; could not talk on 24 November")


def test_follow_up_on_typed_in_words(make_sheet, run_on):
    grids = basic_grids()
    grids["Call Notes"] = notes_tab(
        {"date": ago(1), "customer_id": "C-2", "note": "wants to see the new sarees", "follow_up_on": "Thursday"},
        {"date": ago(2), "customer_id": "C-4", "note": "fever", "follow_up_on": "after the holidays"},
        {"date": ago(5), "customer_id": "C-1", "note": "জ্বর", "follow_up_on": "৩ দিন পর"})
    sheet = make_sheet(grids)
    run_on(sheet)
    assert rows_of(sheet, "Problems") == []
    assert [(r["Customer ID"], r["Due"]) for r in rows_of(sheet, "Follow-ups")] == [
        ("C-1", ago(2).isoformat()), ("C-4", TODAY.isoformat())]
    run_on(sheet, ago(-2))  # Thursday
    assert ("C-2", ago(-2).isoformat()) in [(r["Customer ID"], r["Due"]) for r in rows_of(sheet, "Follow-ups")]


def test_the_same_day_in_words_counts_from_each_calls_own_date(make_sheet, run_on):
    grids = basic_grids()
    grids["Call Notes"] = notes_tab(
        {"date": ago(6), "customer_id": "C-1", "note": "wants to see the new sarees", "follow_up_on": "Thursday"},
        {"date": ago(1), "customer_id": "C-2", "note": "wants to see the new sarees", "follow_up_on": "Thursday"})
    sheet = make_sheet(grids)
    run_on(sheet)
    assert [(r["Customer ID"], r["Due"]) for r in rows_of(sheet, "Follow-ups")] == [("C-1", ago(5).isoformat())]
    run_on(sheet, ago(-2))  # the Thursday after C-2's call
    assert ("C-2", ago(-2).isoformat()) in [(r["Customer ID"], r["Due"]) for r in rows_of(sheet, "Follow-ups")]
