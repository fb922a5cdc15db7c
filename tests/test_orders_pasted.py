"""A shop's export pasted the way a blind owner pasted it (FINDINGS S1, S2, S3, S5).

S1: under the header row ``khatir setup`` wrote in Orders (762 Problems rows, no history);
S2: into a tab of its own beside setup's empty Orders tab ("No problems found");
S3: a Daraz export whose phones are masked (015*****944): the summary read like a
success and the fix asked for the masked numbers as Customer IDs;
S5: Customers rows with a name and a phone but no Customer ID: the fix asked the owner
to add buyers who were already there.
Each workbook is written by openpyxl or XlsxWriter and the daily command is run on it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from khatir.commands import main
from khatir.sheet.schema import ORDERS
from test_orders_tab_export import (TODAY, customers_grid, day, records, run,
                                    shopify_orders, staff_tabs, tab, write_openpyxl,
                                    write_xlsxwriter)

pytestmark = pytest.mark.slow  # the whole daily command on a real workbook

SHOPIFY_CUSTOMERS = customers_grid(
    [("C-1", "Rina Akter"), ("C-2", "Karim Uddin"), ("C-3", "Nusrat Jahan")],
    {"Rina Akter": {"email": "rina@example.com"}, "Karim Uddin": {"email": "KARIM@example.com "},
     "Nusrat Jahan": {"email": "nusrat@example.com"}})
PASTED_UNDER = (
    "The Orders tab holds an order export from a shop system pasted under the sheet's own header "
    "row (row 1); its own header is row 2. It was read as an order export, the way the backtest "
    "reads one: 17 of its 18 rows are orders or refunds. The empty header row 1 can be deleted. "
    "1 row is a cancelled or returned order (by its status) and was left out: it is not a "
    "purchase. Columns: date = Created at, customer = Email, order number = Name, amount = "
    "Total, status = Financial Status.")


def all_tabs(book: Path) -> dict[str, list[list[str]]]:
    return {title: tab(book, title) for title in load_workbook(book).sheetnames}


@pytest.mark.parametrize("writer", [write_openpyxl, write_xlsxwriter])
def test_an_export_pasted_under_setups_header_is_read(tmp_path, config, capsys, writer):
    book = writer(tmp_path / "shop.xlsx",
                  staff_tabs([ORDERS.headers(), *shopify_orders()], SHOPIFY_CUSTOMERS))
    before = all_tabs(book)
    lines = run(book, config, capsys)
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("lost", "C-1"), ("first order, not back", "C-2")]
    assert PASTED_UNDER in lines
    assert records(book, "Problems") == []
    assert "No problems found in the sheet." in lines
    after = all_tabs(book)
    for title in ("Customers", "Orders", "Call Notes"):
        assert after[title] == before[title]


def test_setups_workbook_with_the_export_pasted_from_a2(tmp_path, config, capsys):
    """As the owner did it: ``khatir setup``, then the export pasted from cell A2, in Bengali."""
    book = tmp_path / "shop.xlsx"
    assert main(["setup", "--workbook", str(book), "--config", str(config), "--lang", "en"]) == 0
    capsys.readouterr()
    wb = load_workbook(book)
    for r, row in enumerate(shopify_orders(), start=2):
        for c, value in enumerate(row, start=1):
            wb["Orders"].cell(r, c, value)
    for row in SHOPIFY_CUSTOMERS[1:]:
        wb["Customers"].append(row)
    wb.save(book)
    before = tab(book, "Orders")
    lines = run(book, config, capsys, lang="bn")
    assert [r["আইডি"] for r in records(book, "Follow-ups")] == ["C-1", "C-2"]
    assert any(line.startswith(
        "Orders ট্যাবে শিটের নিজের শিরোনামের সারির (সারি ১) নিচে দোকানের সফটওয়্যারের অর্ডার এক্সপোর্ট "
        "বসানো আছে; এর নিজের শিরোনাম সারি ২-এ। এটি অর্ডার এক্সপোর্ট হিসেবে পড়া হয়েছে, ব্যাকটেস্ট যেভাবে "
        "পড়ে: এর ১৮টি সারির মধ্যে ১৭টি অর্ডার বা ফেরত। খালি শিরোনামের সারি ১ মুছে দিতে পারেন।")
        for line in lines)
    assert records(book, "Problems") == []
    assert tab(book, "Orders") == before


def test_a_messy_orders_tab_is_not_taken_for_an_export(tmp_path, config, capsys):
    """A row of text under the sheet's header is no export's header: a Problems row as ever."""
    rows = [ORDERS.headers(), ["Name", "paid", "Saree"],
            [day(60).date().isoformat(), "17850", 900]]
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows))
    lines = run(book, config, capsys)
    assert not any("export" in line for line in lines)
    assert [(p["Row"], p["Column"], p["Value"], p["Problem"]) for p in records(book, "Problems")] == [
        ("2", "A", "Name", "“Name” cannot be read as a date."),
        ("2", "C", "Saree", "“Saree” cannot be read as an amount of money. It is not used: the "
                            "order counts as a purchase of no known amount.")]
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("first order, not back", "17850")]


def test_the_sheets_header_twice_is_not_taken_for_an_export(tmp_path, config, capsys):
    """Setup's header, then the owner's own copy of it with rows: the sheet's own Orders,
    the repeated header one Problems row, as before."""
    rows = [ORDERS.headers(), ORDERS.headers(), [day(60).date().isoformat(), "17850", 900]]
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows))
    lines = run(book, config, capsys)
    assert not any("export" in line for line in lines)
    assert [(p["Row"], p["Problem"]) for p in records(book, "Problems")] == [
        ("2", "This row repeats the column names; it is not read as a row of this tab.")]
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("first order, not back", "17850")]


@pytest.mark.parametrize("writer", [write_openpyxl, write_xlsxwriter])
def test_an_export_beside_an_empty_orders_tab_is_named_not_read(tmp_path, config, capsys,
                                                                writer):
    tabs = staff_tabs([ORDERS.headers()], SHOPIFY_CUSTOMERS)
    tabs["Orders 2026"] = shopify_orders()
    book = writer(tmp_path / "shop.xlsx", tabs)
    before = all_tabs(book)
    lines = run(book, config, capsys)
    assert records(book, "Follow-ups") == []  # never read by guess
    assert "Problems found in the sheet: 1; each is a row in the Problems tab with how to fix it." \
        in lines
    [problem] = records(book, "Problems")
    assert (problem["Tab"], problem["Problem"], problem["How to fix"]) == (
        "Orders 2026",
        "The Orders tab has no orders, but the tab 'Orders 2026' looks like a shop system's order "
        "export (17 orders; date = Created at, customer = Email). It is not read: only the Orders "
        "tab is read as the orders.",
        "If it holds the shop's orders, rename the tab 'Orders 2026' to 'Orders' (delete the empty "
        "Orders tab first), or paste its rows into the Orders tab; the next run reads them. If it "
        "is something else, leave it: this row then stays.")
    after = all_tabs(book)
    for title in ("Customers", "Orders", "Orders 2026"):
        assert after[title] == before[title]


def test_a_filled_orders_tab_says_nothing_of_other_tabs(tmp_path, config, capsys):
    tabs = staff_tabs([ORDERS.headers(), [day(60).date().isoformat(), "17850", 900]])
    tabs["Old orders"] = shopify_orders()
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs)
    run(book, config, capsys)
    assert records(book, "Problems") == []


DARAZ = ["Order Number", "Created at", "Customer Name", "Customer Email", "Shipping Phone",
         "Paid Price", "Status"]


def daraz_rows() -> list[list]:
    """Daraz order items: the e-mail blank, the phone masked (015*****944)."""
    rows: list[list] = [DARAZ]
    for k, (name, phone) in enumerate([("Arif Uddin", "015*****944"),
                                       ("Shapla Khatun", "018*****453")] * 4):
        rows.append([50000001 + k, day(300 - 30 * k).strftime("%d %b %Y %H:%M"), name, None,
                     phone, 2200, "delivered"])
    return rows


@pytest.mark.parametrize("writer", [write_openpyxl, write_xlsxwriter])
def test_masked_phones_say_they_cannot_be_matched(tmp_path, config, capsys, writer):
    customers = customers_grid([("D1", "Arif Uddin"), ("D2", "Shapla Khatun")],
                               {"Arif Uddin": {"phone": "+8801512345944"},
                                "Shapla Khatun": {"phone": "01812345453"}})
    book = writer(tmp_path / "shop.xlsx", staff_tabs(daraz_rows(), customers))
    before = all_tabs(book)
    lines = run(book, config, capsys)
    assert records(book, "Follow-ups") == []
    assert ("No buyer of this export is a customer of the Customers tab (it has 2 buyers), so it "
            "gives no purchase history: no one is listed or messaged because of it. Its phone "
            "numbers are hidden (like 015*****944), so they cannot be matched. See the Problems "
            "tab.") in lines
    [problem] = records(book, "Problems")
    assert (problem["Column"], problem["Value"], problem["Problem"], problem["How to fix"]) == (
        "E", "015*****944, 018*****453",
        "The export hides its buyers' phone numbers (for example 015*****944, 018*****453), so 2 "
        "buyers cannot be matched to the Customers tab: their 8 rows are not counted in any "
        "purchase history.",
        "Export the orders again with the customers' phone numbers shown in full, or with a "
        "column that the Customers tab also has (the customers' IDs or e-mail addresses); the "
        "next run then matches them. Typing the hidden numbers into the Customers tab does not "
        "help: one hidden number can stand for several customers.")
    assert all_tabs(book)["Orders"] == before["Orders"]


def test_masked_phones_in_bengali(tmp_path, capsys):
    config = tmp_path / "settings.toml"
    config.write_text('[general]\nshop_name = "Rupkotha"\n', encoding="utf-8")
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(daraz_rows()))
    assert main(["daily", "--workbook", str(book), "--config", str(config), "--today",
                 TODAY.isoformat()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert ("এই এক্সপোর্টের কোনো ক্রেতা Customers ট্যাবের গ্রাহক নন (এতে ২ জন ক্রেতা), তাই এ থেকে "
            "কোনো কেনাকাটার হিসাব আসেনি: এর কারণে কেউ তালিকায় আসেননি, কাউকে বার্তাও তৈরি হয়নি। এর ফোন "
            "নম্বরগুলো লুকানো (যেমন 015*****944), তাই মেলানো যায় না। Problems ট্যাব দেখুন।") in lines
    [problem] = records(book, "Problems")
    assert problem["সমস্যা"] == (
        "এক্সপোর্টে ক্রেতাদের ফোন নম্বর লুকানো (যেমন 015*****944, 018*****453), তাই ২ জন ক্রেতাকে "
        "Customers ট্যাবের কোনো গ্রাহকের সাথে মেলানো যায় না: তাঁদের ৮টি সারি কোনো কেনাকাটার হিসাবে "
        "ধরা হয়নি।")


@pytest.mark.parametrize("writer", [write_openpyxl, write_xlsxwriter])
def test_buyers_on_customers_rows_with_no_id(tmp_path, config, capsys, writer):
    """The Customers rows have a Name and a Phone but no Customer ID: the fix is to write
    the IDs, not to add the buyers; a buyer on no row at all is told apart."""
    rows: list[list] = [["Date", "Mobile", "Amount"]]
    for k in range(8):
        rows.append([day(200 + 30 * k).date().isoformat(), "01711-234567", 1200])
    rows.append([day(40).date().isoformat(), "+880 1819 876543", 500])
    rows.append([day(30).date().isoformat(), "01911-000111", 700])  # on no row at all
    customers = customers_grid([(None, "Rina Akter"), (None, "Karim Uddin")],
                               {"Rina Akter": {"phone": "+8801711234567"},
                                "Karim Uddin": {"phone": 1819876543}})
    book = writer(tmp_path / "shop.xlsx", staff_tabs(rows, customers))
    before = all_tabs(book)
    lines = run(book, config, capsys)
    assert records(book, "Follow-ups") == []
    assert ("No buyer of this export is a customer of the Customers tab (it has 3 buyers), so it "
            "gives no purchase history: no one is listed or messaged because of it. See the "
            "Problems tab.") in lines
    problems = [(p["Tab"], p["Row"], p["Value"], p["Problem"], p["How to fix"])
                for p in records(book, "Problems")]
    assert problems == [
        ("Customers", "2", "", "This cell is empty but is needed.",
         "Fill in the Customer ID (or delete the row if it is not needed)."),
        ("Customers", "3", "", "This cell is empty but is needed.",
         "Fill in the Customer ID (or delete the row if it is not needed)."),
        ("Orders", "", "+8801711234567, +8801819876543",
         "2 customers of this export (for example +8801711234567, +8801819876543) are on rows of "
         "the Customers tab that have no Customer ID (rows 2, 3): their 9 rows are not counted in "
         "any purchase history.",
         "Write a Customer ID in those rows of the Customers tab (any short code, one per "
         "customer, like C-1, C-2); the next run matches them by their Phone and counts their "
         "orders."),
        ("Orders", "", "+8801911000111",
         "1 customer of this export is not in the Customers tab (+8801911000111): their 1 row is "
         "not counted in any purchase history.",
         "Add them to the Customers tab with the same Phone as in the export's Mobile column (or "
         "correct the Phone of a customer already there); the next run counts their orders. "
         "Buyers you do not follow up can be left out.")]
    after = all_tabs(book)
    for title in ("Customers", "Orders"):
        assert after[title] == before[title]


def test_the_backtest_reads_the_export_under_setups_header_too(tmp_path, config, capsys):
    """The daily summary says "the way the backtest reads one": the backtest must read it."""
    book = write_openpyxl(tmp_path / "shop.xlsx",
                          staff_tabs([ORDERS.headers(), *shopify_orders()], SHOPIFY_CUSTOMERS))
    assert main(["backtest", "--workbook", str(book), "--config", str(config), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        "Read 18 order rows; 17 of them are orders or refunds and are counted below. 1 row is a "
        "cancelled or returned order (by its status) and was left out: it is not a purchase.",
        "Columns: date = Created at, customer = Email, order number = Name, amount = Total, "
        "status = Financial Status."]
