"""A relative answers the customer's phone and says the customer themself has died: from that
note on the customer gets no message of any kind (no condolence addressed to them by name, no
"we miss you" once the quiet days are over), a pending one is "do not send", and Problems asks
staff to set Do Not Contact to yes. A later talk with the family lifts nothing. The eighth blind
trial's pharmacy: "ফোন ধরলেন উনার ছেলে ... করিম সাহেব গত রাতে মারা গেছেন", then a win-back to
Karim seven weeks later. Each test runs the real daily job on a workbook and reads what staff see."""
from __future__ import annotations

import pytest

from conftest import TODAY, ago, script_rows
from khatir.rules.deceased import says_the_customer_died
from khatir.sheet.schema import FOLLOW_UPS, MESSAGES, PROBLEMS
from test_one_voice import message, shop

DIED = "customer nije mara gechen, chele phone dhorse"


def note(cid: str, days: int, words: str) -> dict:
    return {"date": ago(days), "customer_id": cid, "agent": "Rina", "note": words}


def made_for(path, cid: str) -> list[str]:
    return [m["kind"] for m in script_rows(path, MESSAGES) if m["customer_id"] == cid]


@pytest.mark.slow
def test_no_condolence_is_addressed_to_the_customer_who_died(make_workbook, run_job):
    path = make_workbook(shop(notes=[note("C-1", 8, DIED)], invite=""))
    run_job(path)
    assert made_for(path, "C-1") == []
    rows = [r for r in script_rows(path, FOLLOW_UPS) if r["customer_id"] == "C-1"]
    # the loss's own row stays, for a call to the family; no "lost customer" row
    assert [(r["kind"], r["message_key"], r["remark"]) for r in rows] == [
        ("overdue", None, "the call note of 16 November says the customer has died: no message, ever; "
                          "call the family yourself if the shop wishes to offer condolences")]
    [problem] = [p for p in script_rows(path, PROBLEMS) if p["tab"] == "Customers"]
    assert (problem["row"], problem["column"]) == (2, "L")  # C-1's Do Not Contact
    assert problem["problem"] == ("The call note of 16 November says the customer has died: "
                                  f"\u201c{DIED}\u201d. No message is prepared for them again.")
    assert problem["fix"] == ("Set Do Not Contact to yes for C-1 (Shafiq Ahmed) in Customers, so nobody "
                              "calls or messages them by mistake. If the note is about someone else, "
                              "correct it in Call Notes.")


@pytest.mark.slow
def test_no_win_back_after_a_later_talk_with_the_family(make_workbook, run_job):
    """Months later the son settled his father's dues at the shop: a talk, but not with the customer."""
    path = make_workbook(shop(notes=[note("C-1", 90, DIED),
                                     note("C-1", 45, "chele dokane ashlen, babar due shodh korlen")],
                              invite=""))
    run_job(path)
    assert made_for(path, "C-1") == []
    assert [r for r in script_rows(path, FOLLOW_UPS) if r["customer_id"] == "C-1"] == []


@pytest.mark.slow
def test_a_pending_win_back_becomes_do_not_send(make_workbook, run_job):
    pending = message("win_back:C-1:x", "C-1", "win_back", ago(3), status="pending")
    path = make_workbook(shop(notes=[note("C-1", 2, "Customer passed away last week, his wife told us")],
                              messages=[pending], invite=""))
    run_job(path)
    [row] = [r for r in script_rows(path, FOLLOW_UPS) if r["kind"] == "do not send"]
    assert row["why"] == ("Do not send message win_back:C-1:x: the call note of 22 November says the "
                          "customer has died: \u201cCustomer passed away last week, his wife told us\u201d")
    assert made_for(path, "C-1") == ["win_back"]  # nothing new


@pytest.mark.slow
def test_a_relatives_death_still_gets_its_condolence(make_workbook, run_job):
    path = make_workbook(shop(notes=[note("C-2", 8, "customer er abba mara gechen")], invite=""))
    run_job(path)
    [condolence] = [m for m in script_rows(path, MESSAGES) if m["customer_id"] == "C-2"]
    assert "father" in condolence["message"]
    assert [p for p in script_rows(path, PROBLEMS) if p["tab"] == "Customers"] == []
    assert TODAY.isoformat() == condolence["created"]


@pytest.mark.parametrize("words, died", [
    ("customer nije mara gechen, chele phone dhorse", True),
    ("Client expired in accident yesterday; his son called", True),
    ("গ্রাহক নিজেই ইন্তেকাল করেছেন গতকাল", True),
    ("গ্রাহক মারা গেছেন, ছেলে জানাল", True),
    # a relative's death, or goods, or a death the reading places on no one: no hold for good
    ("cust er nanu gotokal mara gesen, janaza bikel e", False),
    ("Customer received expired biscuit packets", False),
    ("He passed away last week, his wife told us", False),
])
def test_only_a_note_naming_the_customer_as_the_one_who_died_holds_for_good(words, died):
    assert says_the_customer_died(words) is died
