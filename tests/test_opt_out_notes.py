"""A customer who says in a call "don't call me again" ("আর ফোন দিবেন না", "ar call diben na") gets
no message of any kind from then on, a pending one is listed "do not send", and Problems asks
staff to set Do Not Contact to yes. A "don't call today" is about the time, not an opt-out.
Each test runs the real daily job on a workbook and reads what staff see."""
from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import TODAY, ago, customers_tab, notes_tab, records, staff_appends, script_rows
from khatir.config import build_settings
from khatir.notes.optout import asks_no_contact
from khatir.sheet.schema import CALL_NOTES, CUSTOMERS, FOLLOW_UPS, MESSAGES, PROBLEMS
from test_one_voice import shop

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})




def sent_to(path, day=TODAY) -> list[tuple[str, str]]:
    return [(m["customer_id"], m["kind"]) for m in script_rows(path, MESSAGES) if m["created"] == day.isoformat()]


def note(cid: str, days: int, words: str) -> dict:
    return {"date": ago(days), "customer_id": cid, "agent": "Rina", "note": words}


def grids(*notes: dict, dnc: str = "") -> dict[str, list[list]]:
    return {
        "Customers": customers_tab(["C-1", "Karim Uddin", "+8801819876543", "en", {"do_not_contact": dnc}],
                                   ["C-2", "রহিমা খাতুন", "01711-234567", "bn"]),
        "Call Notes": notes_tab(*notes),
    }


@pytest.mark.parametrize("words", [
    "Very angry. Said don't call me again, he will not buy from us anymore.",
    "বললেন আর ফোন দিবেন না, বিরক্ত লাগে। আমাদের কাছ থেকে আর কিছু নিবেন না",
    "ফোন দিয়েন না আর", "ar call diben na, birokto", "do not contact", "stop calling her",
    "number ta delete koren bollo", "আর এসএমএস দিবেন না", "বলেছেন আর ফোন না করতে",
    "asked us not to contact her again", "customer said never call him"])
def test_a_request_for_no_more_contact_is_read(words):
    assert asks_no_contact(words, TODAY)


@pytest.mark.parametrize("words", [
    "don't call today", "don't call before Wednesday", "call dio na ekhon, meeting e",
    "kal call dio na", "meyer jor ar phone dhore na", "আজ ফোন দিবেন না", "will call again",
    "ar call dite hobe na, order confirm", "Don't call for the sweets promo"])
def test_a_request_about_the_time_is_not_an_opt_out(words):
    assert not asks_no_contact(words, TODAY)


@pytest.mark.slow
def test_dont_call_me_again_gets_no_apology_and_staff_are_told(make_workbook, run_job):
    path = make_workbook(grids(
        note("C-1", 4, "Very angry. Said don't call me again, he will not buy from us anymore."),
        note("C-2", 4, "বললেন আর ফোন দিবেন না, বিরক্ত লাগে। আমাদের কাছ থেকে আর কিছু নিবেন না")))
    run_job(path)
    assert script_rows(path, MESSAGES) == []
    rows = {r["customer_id"]: r for r in script_rows(path, FOLLOW_UPS)}
    assert rows["C-1"]["remark"] == "asked on 20 November not to be called or messaged again: no message prepared"
    assert rows["C-1"]["message_key"] in (None, "")
    problems = [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"]
    assert {p["column"] for p in problems} == {"L"}  # Do Not Contact
    assert [(p["row"], p["fix"]) for p in problems] == [
        (2, "Set Do Not Contact to yes for C-1 (Karim Uddin) in Customers. If the customer later wants "
            "to hear from the shop, set it to no."),
        (3, "Set Do Not Contact to yes for C-2 (রহিমা খাতুন) in Customers. If the customer later wants "
            "to hear from the shop, set it to no.")]
    assert problems[0]["problem"] == (
        "The call note of 20 November says the customer asked not to be called or messaged again: "
        "\u201cVery angry. Said don't call me again, he will not buy from us anymore.\u201d. "
        "No message is prepared for them.")
    run_job(path, TODAY + timedelta(days=3))  # and on later runs
    assert script_rows(path, MESSAGES) == []
    assert read_customers(path) == [["C-1", ""], ["C-2", ""]]  # Customers is never written


def read_customers(path) -> list[list]:
    rows = records(path, CUSTOMERS.title)
    return [[r["Customer ID"], r["Do Not Contact"] or ""] for r in rows]


@pytest.mark.slow
def test_the_bengali_run_tells_staff_in_bengali(make_workbook, run_job):
    path = make_workbook(grids(note("C-2", 4, "ar call diben na bollo, birokto")))
    run_job(path, settings_=BN)
    [problem] = [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"]
    # the sheet's headers are English: the text names them so (bn review 15)
    assert problem["fix"] == ("Customers ট্যাবে C-2 (রহিমা খাতুন)-এর “Do Not Contact” কলামে হ্যাঁ লিখুন। "
                              "গ্রাহক পরে আবার যোগাযোগ চাইলে না লিখুন।")
    assert problem["problem"].startswith("২০ নভেম্বর তারিখের কল নোটে আছে, গ্রাহক আর ফোন বা বার্তা দিতে মানা করেছেন")


@pytest.mark.slow
def test_the_problem_points_at_the_customers_tab_as_the_shop_titled_it(make_workbook, run_job):
    """A shop whose Customers tab is "গ্রাহক" with Bengali headers, Do Not Contact in column E:
    the Problems row names that tab and that column, not the settings' "Customers"."""
    sheet = grids(note("C-2", 4, "ar call diben na bollo, birokto"))
    sheet["গ্রাহক"] = [["আইডি", "নাম", "ফোন", "ভাষা", "যোগাযোগ নয়"],
                       ["C-1", "Karim Uddin", "+8801819876543", "en", ""],
                       ["C-2", "রহিমা খাতুন", "01711-234567", "bn", ""]]
    del sheet["Customers"]
    path = make_workbook(sheet)
    run_job(path, settings_=BN)
    [problem] = [r for r in script_rows(path, PROBLEMS) if r["problem"].startswith("২০ নভেম্বর")]
    assert (problem["tab"], problem["row"], problem["column"]) == ("গ্রাহক", 3, "E")
    assert problem["fix"] == ("গ্রাহক ট্যাবে C-2 (রহিমা খাতুন)-এর “যোগাযোগ নয়” কলামে হ্যাঁ লিখুন। "
                              "গ্রাহক পরে আবার যোগাযোগ চাইলে না লিখুন।")


@pytest.mark.slow
def test_a_pending_message_becomes_do_not_send(make_workbook, run_job):
    path = make_workbook(grids(note("C-1", 10, "daughter has a fever")))
    run_job(path, ago(8))
    [message] = script_rows(path, MESSAGES)
    assert message["status"] == "pending"
    staff_appends(path, CALL_NOTES.title, [[note("C-1", 4, "he said don't call me again").get(c.key, "")
                                           for c in CALL_NOTES.columns]])
    run_job(path)
    assert [m["key"] for m in script_rows(path, MESSAGES)] == [message["key"]]  # nothing new
    [row] = [r for r in script_rows(path, FOLLOW_UPS) if r["kind"] == "do not send"]  # one row, not two
    [owed] = [r for r in script_rows(path, FOLLOW_UPS) if r["message_key"] == message["key"] and r is not row]
    assert owed["remark"] == "asked on 20 November not to be called or messaged again: no message prepared"
    assert row["why"] == (f"Do not send message {message['key']}: on 20 November the customer asked not "
                          "to be called or messaged again: \u201che said don't call me again\u201d")


@pytest.mark.slow
def test_no_win_back_invitation_or_follow_up_for_one_who_asked(make_workbook, run_job):
    """C-1 is lost (a win-back), C-3 a prospect (a meetup invitation), C-2 owed a follow-up."""
    asked = [note("C-1", 40, "Said don't call me again"), note("C-3", 40, "ar call diben na, birokto"),
             note("C-2", 3, "daughter has a fever. don't call again, she said, she is annoyed")]
    path = make_workbook(shop(notes=asked))
    run_job(path)
    assert sent_to(path) == []
    timed = [note("C-1", 40, "Said don't call today"), note("C-3", 40, "call dio na ekhon, meeting e"),
             note("C-2", 3, "daughter has a fever. don't call before Wednesday")]
    path = make_workbook(shop(notes=timed), name="timed.xlsx")
    run_job(path)
    assert sorted(cid for cid, _ in sent_to(path)) == ["C-1", "C-2", "C-3"]


@pytest.mark.slow
def test_a_later_talk_or_a_clear_no_lifts_it(make_workbook, run_job):
    asked = note("C-1", 10, "Said don't call me again")
    path = make_workbook(grids(asked, note("C-1", 8, "no answer, phone switched off"),
                               note("C-1", 3, "He called us himself, wants the new catalogue. His son has a fever")))
    run_job(path)
    assert sent_to(path) == [("C-1", "follow_up")]
    assert [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"] == []
    path = make_workbook(grids(note("C-1", 10, "Daughter has a fever. Said don't call me again"),
                               note("C-1", 8, "no answer, phone switched off")), name="no-talk.xlsx")
    run_job(path)
    assert sent_to(path) == []  # a "could not talk" note does not lift it
    path = make_workbook(grids(asked, note("C-1", 3, "Son has a fever"), dnc="no"), name="talk.xlsx")
    run_job(path)
    assert sent_to(path) == [("C-1", "follow_up")]  # the later talk lifts it, whatever the column says
    path = make_workbook(grids(note("C-1", 4, SICK_AND_ASKED)), name="no.xlsx")
    run_job(path)
    set_dnc(path, "C-1", "no")  # after Khatir asked (a no already there does not lift it: below)
    run_job(path)
    assert sent_to(path) == [("C-1", "follow_up")]


def set_dnc(path, cid: str, value: str) -> None:
    """What staff do in Excel: type in Do Not Contact for one customer (openpyxl stands in)."""
    from openpyxl import load_workbook
    book = load_workbook(path)
    ws = book[CUSTOMERS.title]
    header = [c.value for c in ws[1]]
    col = header.index("Do Not Contact") + 1
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == cid:
            ws.cell(r, col).value = value
    book.save(path)


def seen(path) -> list[str]:
    """The Do Not Contact states Khatir Keys recorded beside requests for no contact."""
    return [r["Key"] for r in records(path, "Khatir Keys") if r["Key"].startswith("no_contact_seen:")]


SICK_AND_ASKED = "Daughter has a fever. Said don't call me again"


@pytest.mark.slow
def test_a_no_already_in_the_column_does_not_lift_a_request(make_workbook, run_job):
    """A shop that fills "no" in Do Not Contact on every row has not answered a request it
    had not seen yet: the customer still gets nothing, and Problems says why."""
    path = make_workbook(grids(note("C-1", 4, SICK_AND_ASKED), dnc="no"))
    run_job(path)
    assert sent_to(path) == []
    [problem] = [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"]
    assert problem["fix"] == (
        "Do Not Contact for C-1 (Karim Uddin) in Customers already said no when this note was found, so "
        "it does not take back the customer's request (a no filled in on every row is no answer to "
        "it): set it to yes. If the customer has since said they want to hear from the shop, write "
        "that call in Call Notes, or set the cell to yes and, after the next run, to no.")
    assert seen(path) == [f"no_contact_seen:C-1:{ago(4).isoformat()}:no"]
    later = TODAY + timedelta(days=1)
    run_job(path, later)  # and on later runs, once recorded
    assert sent_to(path, later) == []
    assert len(seen(path)) == 1


@pytest.mark.slow
def test_the_bengali_fix_for_a_no_already_there(make_workbook, run_job):
    path = make_workbook(grids(note("C-1", 4, "ar call diben na bollo"), dnc="না"))
    run_job(path, settings_=BN)
    [problem] = [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"]
    assert problem["fix"].startswith("Customers ট্যাবে C-1 (Karim Uddin)-এর “Do Not Contact” কলামে এই নোট "
                                     "পাওয়ার আগে থেকেই না লেখা ছিল")


@pytest.mark.slow
@pytest.mark.parametrize("first", ["", "yes"])
def test_a_no_set_after_the_request_was_found_lifts_it(make_workbook, run_job, first):
    path = make_workbook(grids(note("C-1", 4, SICK_AND_ASKED), dnc=first))
    run_job(path)
    assert sent_to(path) == []
    set_dnc(path, "C-1", "no")  # the customer said they want to hear from the shop after all
    later = TODAY + timedelta(days=1)
    run_job(path, later)
    assert sent_to(path, later) == [("C-1", "follow_up")]
    assert [r for r in script_rows(path, PROBLEMS) if r["tab"] == "Customers"] == []


@pytest.mark.slow
def test_a_no_changed_to_yes_and_back_to_no_lifts_it(make_workbook, run_job):
    path = make_workbook(grids(note("C-1", 4, SICK_AND_ASKED), dnc="no"))
    run_job(path)
    set_dnc(path, "C-1", "yes")
    run_job(path, TODAY + timedelta(days=1))
    set_dnc(path, "C-1", "no")
    later = TODAY + timedelta(days=2)
    run_job(path, later)
    assert sent_to(path, later) == [("C-1", "follow_up")]
    assert sorted(seen(path)) == [f"no_contact_seen:C-1:{ago(4).isoformat()}:no",
                                  f"no_contact_seen:C-1:{ago(4).isoformat()}:not-no"]


@pytest.mark.slow
def test_a_run_that_crashed_before_writing_then_a_rerun_ends_like_one_run(make_workbook, settings):
    from conftest import fixed_clock
    from khatir.backends.workbook import WorkbookBackend
    from khatir.jobs.daily import run_daily

    class Crash(BaseException):
        pass

    def crash(changes):
        raise Crash

    path = make_workbook(grids(note("C-1", 4, SICK_AND_ASKED), dnc="no"))
    backend = WorkbookBackend(path)
    backend.write = crash  # the laptop loses power as the run starts to write
    with pytest.raises(Crash):
        run_daily(backend, settings, TODAY, fixed_clock())
    run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    reference = make_workbook(grids(note("C-1", 4, SICK_AND_ASKED), dnc="no"), name="reference.xlsx")
    run_daily(WorkbookBackend(reference), settings, TODAY, fixed_clock())
    for tab in ("Messages", "Khatir Keys", "Problems", "Follow-ups"):
        assert records(path, tab) == records(reference, tab)
    assert sent_to(path) == [] and seen(path) == [f"no_contact_seen:C-1:{ago(4).isoformat()}:no"]


@pytest.mark.slow
def test_a_bare_dont_call_me_again_is_no_call_to_make_later(make_workbook, run_job):
    """The second blind month trial: "Customer said don't call me again" stayed on Follow-ups as
    a call-later row, due and then overdue all month, even after Do Not Contact said yes."""
    path = make_workbook(grids(note("C-1", 4, "Customer said don't call me again")))
    run_job(path)
    assert "C-1" not in [r["customer_id"] for r in script_rows(path, FOLLOW_UPS)
                         if r["kind"] in ("overdue", "due today")]
    assert [r["tab"] for r in script_rows(path, PROBLEMS)] == ["Customers"]  # set Do Not Contact


@pytest.mark.slow
def test_a_wrong_number_note_holds_every_message_until_a_call_reaches_them(make_workbook, run_job):
    """The second blind month trial: after "wrong number, onno manush dhorse" a message still
    went to that number, where a stranger would read about the customer's daughter."""
    path = make_workbook(grids(note("C-1", 5, "meyer jor"), note("C-1", 2, "wrong number, onno manush dhorse")))
    run_job(path)
    assert sent_to(path) == []
    row = next(r for r in script_rows(path, FOLLOW_UPS) if r["customer_id"] == "C-1")
    assert row["remark"] == "the call note of 22 November says the number is wrong: no message until a call reaches them"
    [problem] = [p for p in script_rows(path, PROBLEMS) if p["tab"] == "Customers"]
    assert (problem["row"], problem["column"], problem["value"]) == (2, "C", "+8801819876543")
    assert problem["problem"] == ("The call note of 22 November says this number reaches someone else: "
                                  "\u201cwrong number, onno manush dhorse\u201d. No message is prepared for "
                                  "the customer until a call reaches them.")
    assert problem["fix"] == ("Correct the Phone of C-1 (Karim Uddin) in Customers. When a call on the "
                              "right number reaches them, write that call in Call Notes: messages start "
                              "again from then.")
    staff_appends(path, CALL_NOTES.title, [[{"date": ago(-1), "customer_id": "C-1", "agent": "Rina",
                                             "note": "called the new number, talked, meye ekhon valo"}.get(c.key, "")
                                            for c in CALL_NOTES.columns]])
    run_job(path, ago(-2))
    assert [p for p in script_rows(path, PROBLEMS) if p["tab"] == "Customers"] == []


@pytest.mark.slow
def test_the_wrong_number_problem_quotes_the_phone_as_typed(make_workbook, run_job):
    """The third month's trial (F1): staff typed 01715-032582; Problems showed +8801715032582,
    which a search of the sheet does not find."""
    path = make_workbook(grids(note("C-2", 2, "wrong number, onno manush dhorse")))
    run_job(path)
    [problem] = [p for p in script_rows(path, PROBLEMS) if p["tab"] == "Customers"]
    assert (problem["row"], problem["column"], problem["value"]) == (3, "C", "01711-234567")
