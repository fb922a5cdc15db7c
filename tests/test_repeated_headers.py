"""A second table pasted under the first brings its header row along: "Name | Phone | ..."
(or the Bengali names) in the middle of Customers, Call Notes or Orders. That row is no
customer, no call and no order: it is skipped, and one row in Problems says so and how to
fix it. Real workbooks, the whole daily job, what the owner sees."""
from __future__ import annotations

from conftest import ago, customers_tab, notes_tab, records, script_rows
from khatir.config import build_settings
from khatir.sheet.schema import CUSTOMERS, MESSAGES, ORDERS, PROBLEMS

FIX_EN = "Delete this row, or move the second table (this row and the rows under it) to its own tab."
PROBLEM_EN = "This row repeats the column names; it is not read as a row of this tab."


def _sick(cid: str) -> dict:
    return {"date": ago(4), "customer_id": cid, "agent": "Nasrin", "note": "fever, sick at home"}


def test_a_repeated_header_row_in_customers_is_no_customer_but_one_problem(make_workbook, run_job):
    rows = customers_tab(["C-1", "Rahima", "01711-234567", "en"])
    rows.append(CUSTOMERS.headers())  # the second table's header, in English
    rows += customers_tab(["C-2", "Karim", "01819-876543", "en"])[1:]
    path = make_workbook({"Customers": rows, "Call Notes": notes_tab(_sick("C-1"), _sick("C-2")),
                          "Messages": [MESSAGES.headers()]})
    run_job(path)
    problems = records(path, "Problems")
    assert [(p["Tab"], p["Row"], p["Problem"], p["How to fix"]) for p in problems] == [
        ("Customers", 3, PROBLEM_EN, FIX_EN)]
    assert problems[0]["Value"].startswith("Customer ID | Name | Phone")
    messages = records(path, "Messages")
    assert sorted((m["Customer ID"], m["Name"]) for m in messages) == [("C-1", "Rahima"), ("C-2", "Karim")]
    assert all(f["Name"] != "Name" for f in records(path, "Follow-ups"))


def test_a_second_table_with_bengali_names_in_its_own_order_is_caught(make_workbook, run_job):
    # Under the customers, another table: নাম | ফোন | ঠিকানা (name, phone, address), from column A.
    rows = customers_tab(["C-1", "Rahima", "01711-234567", "en"])
    rows.append(["নাম", "ফোন", "ঠিকানা"])
    path = make_workbook({"Customers": rows, "Call Notes": notes_tab(_sick("C-1")),
                          "Messages": [MESSAGES.headers()]})
    settings = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})
    run_job(path, settings_=settings)
    [problem] = script_rows(path, PROBLEMS)
    assert (problem["tab"], problem["row"], problem["value"]) == ("Customers", 3, "নাম | ফোন | ঠিকানা")
    assert problem["problem"] == "এই সারিতে কলামের নামগুলো আবার লেখা আছে; এটিকে এই ট্যাবের তথ্য হিসেবে পড়া হয়নি।"
    assert problem["fix"] == (
        "সারিটি মুছে দিন, অথবা দ্বিতীয় টেবিলটি (এই সারি ও এর নিচের সারিগুলো) আলাদা একটি ট্যাবে সরিয়ে নিন।")
    assert [m["Customer ID"] for m in records(path, "Messages")] == ["C-1"]


def test_repeated_headers_in_call_notes_and_orders_are_skipped_too(make_workbook, run_job):
    notes = notes_tab(_sick("C-1"))
    notes.append(["তারিখ", "আইডি", "এজেন্ট", "নোট", "ঘটনা", "ফলো-আপ", "সম্পন্ন"])
    orders = [ORDERS.headers(), [ago(30), "C-1", 1000], ORDERS.headers() + ["Courier"],
              [ago(20), "C-1", 500]]
    path = make_workbook({"Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"]),
                          "Call Notes": notes, "Orders": orders, "Messages": [MESSAGES.headers()]})
    run_job(path)
    problems = records(path, "Problems")
    assert sorted((p["Tab"], p["Row"], p["Problem"]) for p in problems) == [
        ("Call Notes", 3, PROBLEM_EN), ("Orders", 3, PROBLEM_EN)]
    assert [m["Kind"] for m in records(path, "Messages")] == ["follow_up"]


def test_a_row_with_one_cell_that_is_a_column_name_is_still_a_record(make_workbook, run_job):
    # Done says "সম্পন্ন", the column's Bengali name: a note that is done, not a header.
    notes = notes_tab({**_sick("C-1"), "done": "সম্পন্ন"}, _sick("C-2"))
    path = make_workbook({
        "Customers": customers_tab(["C-1", "Rahima", "01711-234567", "en"],
                                   ["C-2", "Name", "01819-876543", "en"]),  # a customer called Name
        "Call Notes": notes, "Messages": [MESSAGES.headers()]})
    run_job(path)
    assert records(path, "Problems") == []
    assert [(m["Customer ID"], m["Name"]) for m in records(path, "Messages")] == [("C-2", "Name")]
