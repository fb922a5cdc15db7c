"""The daily job end to end on a real .xlsx: what the staff see in their tabs."""
from __future__ import annotations

import hashlib

import pytest
from openpyxl import load_workbook

from conftest import (TODAY, ago, basic_grids, customers_tab, link_targets, notes_tab, opened_text,
                      read_tab, records)
from khatir.config import build_settings
from khatir.errors import SheetError, TemplateError
from khatir.rules.followups import note_key
from khatir.sheet.schema import MESSAGES


def key_for(customer: str, day, text: str) -> str:
    digest = hashlib.sha1(text.casefold().encode()).hexdigest()[:8]
    return f"follow_up:{customer}:{day.isoformat()}:{digest}"


@pytest.mark.slow
def test_follow_ups_tab_lists_overdue_then_due_with_reasons(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    rows = records(path, "Follow-ups")
    assert [(r["#"], r["What"], r["Customer ID"], r["Due"], r["Days Overdue"]) for r in rows] == [
        (1, "overdue", "C-1", ago(3).isoformat(), 3),
        (2, "overdue", "C-3", ago(1).isoformat(), 1),
        (3, "due today", "C-2", TODAY.isoformat(), 0),
    ]
    assert rows[0]["Why"] == "daughter's illness (found in the note), 19 November: \u201cমেয়ের জ্বর\u201d"
    assert rows[0]["Message Key"] == key_for("C-1", ago(5), "মেয়ের জ্বর")
    assert rows[1]["Remark"] == "Do Not Contact: no message prepared; do not call or message them"
    assert rows[1]["Message Key"] is None


@pytest.mark.slow
def test_messages_are_rendered_in_the_customers_language(make_workbook, run_job):
    path = make_workbook(basic_grids())
    result = run_job(path)
    msgs = records(path, "Messages")
    assert [m["Customer ID"] for m in msgs] == ["C-1", "C-2"]  # C-3 is Do Not Contact
    karim = msgs[1]
    assert karim["Message"] == (
        "Hello Karim,\nOn 23 November we heard you were having trouble with your vehicle. "
        "We hope it is sorted out now. If getting to the shop is difficult, just tell us and "
        "we will work something out.\n\u2014 Tanvir, Rupkotha")
    assert karim["Phone"] == "+8801819876543"
    assert karim["Status"] == "pending"
    assert karim["Kind"] == "follow_up"
    assert karim["Created"] == "2026-11-24"
    assert karim["WhatsApp Link"] == "Send on WhatsApp"
    assert karim["Agent"] == "Tanvir"  # the call note's agent
    targets = link_targets(path)
    assert targets[1].startswith("https://wa.me/8801819876543?text=Hello%20Karim,%0AOn%2023%20November")
    assert [opened_text(t) for t in targets] == [m["Message"] for m in msgs]  # one tap, the whole message
    assert msgs[0]["Message"].startswith("প্রিয় রহিমা,\n")
    assert "১৯ নভেম্বর" in msgs[0]["Message"]
    assert len(result.new_messages) == 2


@pytest.mark.slow
def test_second_run_same_day_adds_nothing_and_tabs_are_identical(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    before = {t: read_tab(path, t) for t in ("Messages", "Follow-ups", "Problems")}
    result = run_job(path)
    assert result.new_messages == []
    assert {t: read_tab(path, t) for t in before} == before
    assert len(read_tab(path, "Run Log")) == 3  # header + one row per run


@pytest.mark.slow
def test_staff_tabs_are_unchanged_in_content(make_workbook, run_job):
    grids = basic_grids()
    grids["Customers"][1].append("a staff column")  # an extra column of their own
    path = make_workbook(grids)
    before = {t: read_tab(path, t) for t in ("Customers", "Call Notes")}
    run_job(path)
    run_job(path, ago(-1))
    assert {t: read_tab(path, t) for t in before} == before


@pytest.mark.slow
def test_staff_edits_to_messages_survive_later_runs(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    book = load_workbook(path)
    ws = book["Messages"]
    ws["G2"] = "sent"                      # Status of C-1's message
    ws["E3"] = "Karim bhai, reworded by Tanvir"  # staff reworded C-2's message
    ws["H3"] = "will come Friday"
    book.save(path)
    run_job(path, ago(-1))
    msgs = records(path, "Messages")
    assert [(m["Customer ID"], m["Status"], m["Message"].split(",")[0]) for m in msgs] == [
        ("C-1", "sent", "প্রিয় রহিমা"),
        ("C-2", "pending", "Karim bhai"),
    ]
    assert msgs[1]["Reply"] == "will come Friday"
    # C-1's follow-up is done (its message was sent): it leaves the work list.
    assert [r["Customer ID"] for r in records(path, "Follow-ups")] == ["C-3", "C-2"]


@pytest.mark.slow
def test_done_and_future_follow_ups_are_not_listed(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    listed = {r["Customer ID"] for r in records(path, "Follow-ups")}
    assert "C-4" not in listed  # one note done, the other (fever today) is due in 2 days
    run_job(path, ago(-2))
    assert "C-4" in {r["Customer ID"] for r in records(path, "Follow-ups")}


@pytest.mark.slow
def test_bad_cells_become_problems_and_the_row_is_skipped(make_workbook, run_job):
    grids = basic_grids()
    grids["Customers"].append(customers_tab(["C-5", "Kamrul", "0171", "bn"])[1])
    grids["Customers"].append(customers_tab(["C-1", "Duplicate Rahima", "01711000000", "bn"])[1])
    grids["Call Notes"] += notes_tab(
        {"date": "31/02/2026", "customer_id": "C-2", "note": "sick"},
        {"date": ago(1), "customer_id": "C-404", "note": "fever"},
        {"date": ago(1), "customer_id": "C-2", "note": "fever", "follow_up_on": "32/13/2026"},
        {"date": ago(1), "customer_id": "C-2", "note": "fever", "done": "maybe"},
    )[1:]
    path = make_workbook(grids)
    run_job(path)
    problems = [(p["Tab"], p["Row"], p["Column"], p["Value"]) for p in records(path, "Problems")]
    assert problems == [
        ("Customers", 6, "C", "0171"),
        ("Customers", 7, "A", "C-1"),
        ("Call Notes", 7, "A", "31/02/2026"),
        ("Call Notes", 8, "B", "C-404"),
        ("Call Notes", 9, "F", "32/13/2026"),  # words without a day ("soon") are no problem
        ("Call Notes", 10, "G", "maybe"),
    ]
    fixes = [p["How to fix"] for p in records(path, "Problems")]
    assert all(fixes)
    assert "C-1" in records(path, "Problems")[1]["Problem"]
    # the good rows still produced their follow-ups
    assert [r["Customer ID"] for r in records(path, "Follow-ups")] == ["C-1", "C-3", "C-2"]


@pytest.mark.slow
def test_missing_required_header_is_reported_and_the_tab_skipped(make_workbook, run_job):
    grids = basic_grids()
    grids["Call Notes"][0][3] = "Comments"  # "Note" renamed by someone
    path = make_workbook(grids)
    run_job(path)
    problems = records(path, "Problems")
    assert [p["Tab"] for p in problems] == ["Call Notes", "Call Notes"]
    assert problems[0]["Problem"].startswith("The required column 'Note' was not found. Headers found: Date, Customer ID, Agent, Comments")
    assert problems[1]["Problem"].startswith("Because this tab cannot be read, today's follow-ups (get-well, condolence")
    assert records(path, "Follow-ups") == []


@pytest.mark.slow
def test_bengali_headers_and_tab_names_are_accepted(make_workbook, run_job):
    grids = basic_grids()
    grids["গ্রাহক"] = [["আইডি", "নাম", "মোবাইল", "ভাষা"]] + [r[:4] for r in grids.pop("Customers")[1:]]
    notes = grids.pop("Call Notes")
    grids["কল নোট"] = [["তারিখ", "গ্রাহক আইডি", "এজেন্ট", "নোট", "ঘটনা", "ফলো-আপ", "সম্পন্ন"]] + notes[1:]
    path = make_workbook(grids)
    run_job(path)
    rows = records(path, "Follow-ups")
    assert [r["Customer ID"] for r in rows] == ["C-1", "C-3", "C-2"]
    assert rows[0]["Why"] == "daughter's illness (found in the note), 19 November: \u201cমেয়ের জ্বর\u201d"


@pytest.mark.slow
def test_caps_limit_new_messages_most_overdue_first(make_workbook, run_job):
    grids = basic_grids()
    settings = build_settings({"general": {"language": "en"}, "caps": {"follow_up": 1}})
    path = make_workbook(grids)
    result = run_job(path, settings_=settings)
    assert [m["customer_id"] for m in result.new_messages] == ["C-1"]
    assert result.capped == {"follow_up": 1}
    result = run_job(path, settings_=settings)  # the cap is a day's: a second run adds none
    assert result.new_messages == [] and result.capped == {"follow_up": 1}
    result = run_job(path, ago(-1), settings_=settings)
    assert [m["customer_id"] for m in result.new_messages] == ["C-2"]  # the rest, the next day


@pytest.mark.slow
def test_dry_run_writes_nothing(make_workbook, run_job):
    path = make_workbook(basic_grids())
    before = path.read_bytes()
    result = run_job(path, dry_run=True)
    assert len(result.new_messages) == 2
    assert path.read_bytes() == before


@pytest.mark.slow
def test_formula_like_name_arrives_as_text(make_workbook, run_job):
    grids = basic_grids()
    grids["Customers"][2][1] = '=HYPERLINK("http://x","y")'
    path = make_workbook(grids)
    run_job(path)
    ws = load_workbook(path)["Messages"]
    assert ws["C3"].value == '=HYPERLINK("http://x","y")'
    assert ws["C3"].data_type == "s"


@pytest.mark.slow
def test_open_workbook_is_refused_and_left_intact(make_workbook, run_job):
    path = make_workbook(basic_grids())
    (path.parent / ("~$" + path.name)).write_text("lock")
    before = path.read_bytes()
    with pytest.raises(SheetError, match="open in Excel"):
        run_job(path)
    assert path.read_bytes() == before


def test_template_typo_stops_the_run_before_anything_is_written(make_workbook, run_job, tmp_path):
    import shutil
    from khatir.config import PROJECT_ROOT
    templates = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", templates)
    target = templates / "en" / "follow_up" / "busy.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("customer.name", "custmer.name"),
                      encoding="utf-8")
    settings = build_settings({"general": {"language": "en", "templates": str(templates)}})
    path = make_workbook(basic_grids())
    before = path.read_bytes()
    with pytest.raises(TemplateError, match=r"en/follow_up/busy.txt.*custmer"):
        run_job(path, settings_=settings)
    assert path.read_bytes() == before


def test_backup_of_previous_version_is_kept(make_workbook, run_job):
    path = make_workbook(basic_grids())
    original = path.read_bytes()
    run_job(path)
    backup = path.parent / "khatir-backups" / "shop.1.xlsx"
    assert backup.read_bytes() == original


def test_note_key_ignores_row_position_and_spacing():
    from khatir.sheet.records import CallNote
    a = CallNote(row=2, date=ago(1), customer_id="C-1", note="Fever  again")
    b = CallNote(row=40, date=ago(1), customer_id="C-1", note="fever again")
    assert note_key(a) == note_key(b)


@pytest.mark.slow
def test_a_missing_tab_is_a_problem_not_a_crash(make_workbook, run_job):
    grids = basic_grids()
    del grids["Call Notes"]
    path = make_workbook(grids)
    result = run_job(path)
    assert [(p["Tab"], p["Row"], p["Problem"]) for p in records(path, "Problems")] == [
        ("Call Notes", None, "The tab 'Call Notes' is missing.")]
    assert records(path, "Problems")[0]["How to fix"] == (
        "Add a tab named 'Call Notes' (or run python run.py setup, which adds it with its headers).")
    assert result.new_messages == []


@pytest.mark.slow
def test_a_tab_whose_name_contains_the_tab_name_is_read_as_it_and_said_so(make_workbook, run_job):
    """Staff named the tabs 'গ্রাহক তালিকা' and 'কল নোট ২০২৬': each is the only tab that looks
    like it, so it is read (the notes get their follow-ups) and Problems says how to confirm it."""
    grids = basic_grids()
    grids["গ্রাহক তালিকা"] = grids.pop("Customers")
    grids["কল নোট ২০২৬"] = grids.pop("Call Notes")
    path = make_workbook(grids)
    result = run_job(path)
    assert result.new_messages
    assert [(p["Tab"], p["Row"], p["Problem"], p["How to fix"]) for p in records(path, "Problems")] == [
        ("গ্রাহক তালিকা", None, "There is no tab named 'Customers'; the tab 'গ্রাহক তালিকা' is read as it.",
         "If that is right, rename 'গ্রাহক তালিকা' to 'গ্রাহক', or add it to the settings as "
         "[tabs.customers] title = \"গ্রাহক তালিকা\"; this line then goes away. If it is not, "
         "rename it so its name no longer contains 'গ্রাহক'."),
        ("কল নোট ২০২৬", None, "There is no tab named 'Call Notes'; the tab 'কল নোট ২০২৬' is read as it.",
         "If that is right, rename 'কল নোট ২০২৬' to 'কল নোট', or add it to the settings as "
         "[tabs.call_notes] title = \"কল নোট ২০২৬\"; this line then goes away. If it is not, "
         "rename it so its name no longer contains 'কল নোট'.")]


@pytest.mark.slow
def test_a_tab_named_in_the_settings_is_read_without_a_problem(make_workbook, run_job):
    grids = basic_grids()
    grids["গ্রাহক তালিকা"] = grids.pop("Customers")
    path = make_workbook(grids)
    settings = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"},
                               "tabs": {"customers": {"title": "গ্রাহক তালিকা"}}})
    result = run_job(path, settings_=settings)
    assert result.new_messages
    assert records(path, "Problems") == []


@pytest.mark.slow
@pytest.mark.parametrize("lang, problem, fix", [
    ("en", "The tab 'Call Notes' is missing.",
     "These tabs look like it: 'Call Notes 2025', 'Call Notes 2026'. Rename the right one to "
     "'Call Notes', or add it to the settings as [tabs.call_notes] title = \"Call Notes 2025\" "
     "(with its own name)."),
    ("bn", "'Call Notes' ট্যাবটি নেই।",
     "এই ট্যাবগুলো এর মতো দেখায়: 'Call Notes 2025', 'Call Notes 2026'। ঠিকটির নাম বদলে 'Call Notes' "
     "রাখুন, অথবা সেটিংসে [tabs.call_notes] title = \"Call Notes 2025\" লিখুন (ঠিক ট্যাবটির নাম দিয়ে)।"),
])
def test_with_two_tabs_that_look_like_it_none_is_guessed(make_workbook, run_job, lang, problem, fix):
    grids = basic_grids()
    notes = grids.pop("Call Notes")
    grids["Call Notes 2025"] = notes
    grids["Call Notes 2026"] = [notes[0]]
    # and tabs that only look alike are never taken: a summary, another tab's words
    grids["Meetup Summary"], grids["গ্রাহক মতামত"] = [], [["মতামত"], ["ভালো"]]
    path = make_workbook(grids)
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}})
    result = run_job(path, settings_=settings)
    assert result.new_messages == []
    problems = [(p[0], p[3], p[4], p[5]) for p in read_tab(path, "Problems")[1:]]
    assert problems[0] == ("Call Notes", None, problem, fix)
    # the notes are there but unread: no "we miss you" message until the right tab is named
    assert len(problems) == 2 and problems[1][2].startswith(
        {"en": "Because this tab cannot be read", "bn": "এই ট্যাবটি পড়া যাচ্ছে না"}[lang])


@pytest.mark.slow
@pytest.mark.parametrize("lang, problem, fix", [
    ("en", "Customers C-1, C-5, C-6 have the same phone number, +8801711234567 (cells C2, C6, C7).",
     "If they are one person, merge them into one customer (keep one row, and use its ID in Orders "
     "and Call Notes); if the number is wrong, correct it; a family that shares one phone can leave "
     "this as it is."),
    ("bn", "গ্রাহক C-1, C-5, C-6-এর ফোন নম্বর একই, +8801711234567 (ঘর C2, C6, C7)।",
     "একই মানুষ হলে তাঁদের এক গ্রাহক করুন (একটি সারি রাখুন, অর্ডার (Orders) ও Call Notes ট্যাবে সেই "
     "আইডি লিখুন); "
     "নম্বর ভুল হলে ঠিক করুন; একটি পরিবার একই ফোন ব্যবহার করলে এটি যেমন আছে তেমন থাকতে পারে।"),
])
def test_customers_sharing_a_phone_number_are_one_problem_row(make_workbook, run_job, lang, problem, fix):
    """One number written three ways for three customers: one Problems row naming all three;
    the run goes on as before (every follow-up still listed, every message still prepared)."""
    grids = basic_grids()
    grids["Customers"] += customers_tab(["C-5", "Rahima Khatun", "+8801711234567", "bn"],
                                        ["C-6", "রহিমা", "8801711234567", "bn"])[1:]
    grids["Call Notes"] += notes_tab({"date": ago(2), "customer_id": "C-5", "note": "fever"})[1:]
    path = make_workbook(grids)
    before = {t: read_tab(path, t) for t in ("Customers", "Call Notes")}
    result = run_job(path, settings_=build_settings({"general": {"language": lang}}))
    problems = read_tab(path, "Problems")
    assert problems[1:] == [["Customers", 6, "C", "+8801711234567", problem, fix, None]]  # Notes: empty
    assert [r[2] for r in read_tab(path, "Follow-ups")[1:]] == ["C-1", "C-3", "C-5", "C-2"]
    assert [m["customer_id"] for m in result.new_messages] == ["C-1", "C-5", "C-2"]
    assert {t: read_tab(path, t) for t in before} == before


@pytest.mark.slow
def test_a_date_merged_over_a_days_call_notes_follows_up_every_note(make_workbook, run_job):
    # Staff merge one Date cell down over the notes of that day (the file holds the
    # date in the top cell only); every note under it is that day's, none is a problem.
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Amina", "01711-000001", "en"],
                                   ["C-2", "Babul", "01711-000002", "en"],
                                   ["C-3", "Chompa", "01711-000003", "en"]),
        "Call Notes": notes_tab({"date": ago(9), "customer_id": "C-1", "note": "daughter has fever"},
                                {"customer_id": "C-2", "note": "son has fever"},
                                {"customer_id": "C-3", "note": "father has fever"}),
        "Messages": [["Created", "Agent", "Name", "Phone", "Message", "WhatsApp Link", "Status",
                      "Reply", "Sent By", "Sent On", "Kind", "Reason", "Customer ID", "Key"]]})
    book = load_workbook(path)
    book["Call Notes"].merge_cells("A2:A4")
    book.save(path)
    run_job(path)
    assert records(path, "Problems") == []
    assert sorted((m["Customer ID"], m["Key"].split(":")[2]) for m in records(path, "Messages")) == [
        ("C-1", ago(9).isoformat()), ("C-2", ago(9).isoformat()), ("C-3", ago(9).isoformat())]


@pytest.mark.slow
@pytest.mark.parametrize("title", ["Calls", "Call Log", "কল লগ"])
def test_a_call_notes_tab_under_a_common_other_name_is_read(make_workbook, run_job, title):
    grids = basic_grids()
    grids[title] = grids.pop("Call Notes")
    path = make_workbook(grids)
    result = run_job(path)
    assert [m["customer_id"] for m in result.new_messages] == ["C-1", "C-2"]  # as under "Call Notes"
    assert [r[0] for r in read_tab(path, "Problems")[1:]] == []


def test_a_landline_gets_its_message_but_no_whatsapp_link(make_workbook, run_job):
    """An owner's blind trial (stop 38): a shop customer kept only its Sylhet landline,
    0821-716345, and its get-well message got "Send on WhatsApp" to wa.me/880821716345,
    which opens no chat. The message is still made (to read out on a call, or to send by
    SMS to a mobile); its link cell is empty and Problems asks for a mobile number."""
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Sylhet Telecom (Habib)", "0821-716345", "en"],
                                   ["C-2", "Rupa Das", "01711-234567", "en"]),
        "Call Notes": notes_tab({"date": ago(2), "customer_id": "C-1", "note": "Habib has fever"},
                                {"date": ago(2), "customer_id": "C-2", "note": "fever"}),
        "Messages": [MESSAGES.headers()],
    })
    run_job(path)
    rows = records(path, "Messages")
    assert [(r["Customer ID"], r["Phone"], r["WhatsApp Link"]) for r in rows] == [
        ("C-1", "+880821716345", None), ("C-2", "+8801711234567", "Send on WhatsApp")]
    assert link_targets(path)[:2] == [None, link_targets(path)[1]] and link_targets(path)[1]
    problems = [(r["Tab"], r["Row"], r["Column"], r["Value"], r["Problem"]) for r in records(path, "Problems")]
    assert ("Customers", 2, "C", "0821-716345", "+880821716345 is a landline: WhatsApp cannot reach it, so "
            "this customer's messages have no WhatsApp link.") in problems
