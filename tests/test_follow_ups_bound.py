"""Follow-ups is a day's work list: at most N rows per agent, the most urgent first."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from conftest import ago, customers_tab, notes_tab, records
from khatir.config import build_settings
from khatir.sheet.schema import MESSAGES
from khatir.summary import summarise


def team_grids() -> dict[str, list[list]]:
    """Nasrin owes three follow-ups (5, 4 and 3 days overdue), Tanvir one; C-5 has no agent."""
    return {
        "Customers": customers_tab(*[[f"C-{i}", f"Customer {i}", f"0171123456{i}", "en"]
                                     for i in range(1, 6)]),
        "Call Notes": notes_tab(
            {"date": ago(6), "customer_id": "C-1", "agent": "Nasrin", "note": "sick"},
            {"date": ago(7), "customer_id": "C-2", "agent": "Nasrin", "note": "sick"},
            {"date": ago(5), "customer_id": "C-3", "agent": "Nasrin", "note": "sick"},
            {"date": ago(5), "customer_id": "C-4", "agent": "Tanvir", "note": "sick"},
            {"date": ago(4), "customer_id": "C-5", "note": "sick"},
        ),
        "Messages": [MESSAGES.headers()],
    }


@pytest.mark.parametrize("lang, first_row, summary_line", [
    ("en", ["", "overdue", "", "", "", "", "", "", "1 more not listed (limit 2 rows per agent; "
                                                   "the most urgent come first)"],
     "Not listed in Follow-ups (2 rows per agent, the most urgent first): overdue 1"),
    ("bn", ["", "সময় পেরিয়েছে", "", "", "", "", "", "", "আরও ১টি তালিকায় নেই (প্রতি কর্মীর "
                                                         "জন্য ২টি সারি; সবচেয়ে জরুরিগুলো আগে)"],
     "ফলো-আপে তালিকাভুক্ত নয় (প্রতি কর্মীর ২টি সারি, সবচেয়ে জরুরিগুলো আগে): সময় পেরিয়েছে ১"),
])
@pytest.mark.slow
def test_each_agent_gets_the_most_urgent_rows_and_the_rest_are_counted(
        make_workbook, run_job, lang, first_row, summary_line):
    settings = build_settings({"general": {"language": lang}, "follow_ups": {"max_rows_per_agent": 2}})
    path = make_workbook(team_grids())
    result = run_job(path, settings_=settings)
    rows = records(path, "Follow-ups")
    notice, listed = rows[0], rows[1:]
    assert [str(v or "") for v in list(notice.values())[:9]] == first_row
    # Nasrin's two most overdue (C-2, then C-1), Tanvir's one, and the one without an agent
    assert [list(r.values())[0] for r in listed] == [1, 2, 3, 4]
    assert [list(r.values())[2] for r in listed] == ["C-2", "C-1", "C-4", "C-5"]
    assert result.not_listed == {"overdue": 1}
    assert summary_line in summarise(result, lang).splitlines()
    assert len(result.new_messages) == 5  # messages have their own caps: none is lost


@pytest.mark.slow
def test_no_limit_lists_everything_and_says_nothing(make_workbook, run_job):
    settings = build_settings({"general": {"language": "en"}, "follow_ups": {"max_rows_per_agent": 0}})
    path = make_workbook(team_grids())
    result = run_job(path, settings_=settings)
    assert [r["Customer ID"] for r in records(path, "Follow-ups")] == ["C-2", "C-1", "C-3", "C-4", "C-5"]
    assert result.not_listed == {}
    assert "Not listed" not in summarise(result, "en")


@pytest.mark.slow
def test_the_not_listed_row_is_khatirs_own_and_a_note_beside_it_is_kept(make_workbook, run_job):
    settings = build_settings({"general": {"language": "en"}, "follow_ups": {"max_rows_per_agent": 2}})
    path = make_workbook(team_grids())
    run_job(path, settings_=settings)
    assert records(path, "Problems") == []
    book = load_workbook(path)
    book["Follow-ups"]["L2"] = "ask Tanvir to take some"  # Notes, beside "1 more not listed"
    book.save(path)
    run_job(path, ago(-1), settings_=settings)
    notice = records(path, "Follow-ups")[0]
    assert notice["Why"].startswith("1 more not listed") and notice["Notes"] == "ask Tanvir to take some"
    assert records(path, "Problems") == [], "not a row typed by staff, nothing orphaned"


@pytest.mark.parametrize("lang, lines", [
    ("en", ["Work list (Follow-ups tab): 1 row (overdue 1)",
            "1 more follow-up message waits for a later run (daily limit)."]),
    ("bn", ["কাজের তালিকা (ফলো-আপ ট্যাব): ১টি সারি (সময় পেরিয়েছে ১)",
            "আরও ১টি ফলো-আপ বার্তা পরের রানগুলোতে আসবে (দৈনিক সীমা)।"]),
])
@pytest.mark.slow
def test_the_summary_says_one_row_not_one_rows(make_workbook, run_job, lang, lines):
    grids = team_grids()
    grids["Call Notes"] = grids["Call Notes"][:2]  # one overdue follow-up
    settings = build_settings({"general": {"language": lang}, "caps": {"follow_up": 0}})
    result = run_job(make_workbook(grids), settings_=settings)
    summary = summarise(result, lang).splitlines()
    assert [line for line in summary if line in lines] == lines
