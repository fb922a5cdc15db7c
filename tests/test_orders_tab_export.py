"""A shop system's order export pasted into the Orders tab is the shop's purchase history.

A maintainer's trial: an owner pasted the UCI Online Retail invoice lines (InvoiceNo,
StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country) into the
Orders tab of a workbook made by ``khatir setup``. The backtest read it; the daily run
wrote "The required column 'Date' was not found" and had no purchase history at all:
no lost list, no win-back, no first order. Here the export (a few customers, one
cancelled "C…" invoice, one line with no customer) is written by openpyxl and by
XlsxWriter, and by the local Sheets server, and the daily command is run on it as an
owner runs it.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from other_writers import openpyxl_workbook, xlsxwriter_workbook
from conftest import cli_lines, fixed_clock, shown
from khatir.commands import main
from khatir.config import build_settings
from khatir.jobs.daily import run_daily
from khatir.sheet.schema import CALL_NOTES, CUSTOMERS, MESSAGES

pytestmark = pytest.mark.slow  # the whole daily command on a real workbook

TODAY = date(2011, 6, 30)
HEADER = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
          "CustomerID", "Country"]


def day(days_ago: int, hour: int = 10) -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, hour, 26) - timedelta(days=days_ago)


def invoice_lines() -> list[list]:
    """UCI-shaped invoice lines: 17850 bought every 30 days, then stopped 250 days ago;
    13047 and 12583 buy every 20 days up to now; 14688 bought once, 60 days ago;
    15100 bought once 100 days ago and cancelled half of it 50 days ago (a "C…" invoice: a
    refund, not a second purchase, and not all of the order: still her first); one line has no customer, and 99999 is in no Customers row."""
    rows: list[list] = []
    number = 536365

    def sale(cid, days_ago, quantity=6, price=2.55, *, cancel=False):
        nonlocal number
        number += 1
        no = f"C{number}" if cancel else number
        rows.append([no, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", -quantity if cancel else quantity,
                     day(days_ago), price, cid, "United Kingdom"])
        rows.append([no, "71053", "WHITE METAL LANTERN", -2 if cancel else 2, day(days_ago), 3.39,
                     cid, "United Kingdom"])

    for k in range(10):
        sale(17850, 250 + 30 * (9 - k))
    for k in range(15):
        sale(13047, 20 * (14 - k) + 3)
        sale(12583, 20 * (14 - k) + 8)
    sale(14688, 60)
    sale(15100, 100, 12)
    sale(15100, 50, 6, cancel=True)
    sale(None, 5)  # a walk-in sale: no CustomerID
    sale(99999, 40)
    rows.sort(key=lambda r: r[4])
    return rows


CUSTOMER_ROWS = [  # Customer ID as staff typed it: a number cell, a text, a text "…0"
    (17850, "Rina Akter"), ("13047", "Karim Uddin"), (12583, "Nusrat Jahan"),
    (" 14688 ", "Shafiq Ahmed"), ("15100.0", "Mita Das")]


def customers_grid(rows=CUSTOMER_ROWS, extra: dict | None = None) -> list[list]:
    header = CUSTOMERS.headers()
    out: list[list] = [header]
    for cid, name in rows:
        cells = {"id": cid, "name": name, "language": "en", **(extra or {}).get(name, {})}
        out.append([cells.get(c.key) for c in CUSTOMERS.columns])
    return out


#: The two writers every test here runs on (tests/other_writers.py).
write_openpyxl, write_xlsxwriter = openpyxl_workbook, xlsxwriter_workbook


def staff_tabs(orders: list[list], customers: list[list] | None = None) -> dict[str, list[list]]:
    return {"Customers": customers or customers_grid(), "Orders": orders,
            "Call Notes": [CALL_NOTES.headers()], "Messages": [MESSAGES.headers()]}


def run(book: Path, config: Path, capsys, lang: str = "en") -> list[str]:
    """The owner's command; the summary's lines."""
    return cli_lines(book, config, capsys, TODAY, lang=lang)


def tab(book: Path, title: str) -> list[list[str]]:
    """A tab's cells as text, trailing blanks cut (dates as ISO)."""
    out = []
    for row in load_workbook(book)[title].iter_rows(values_only=True):
        cells = [shown(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        out.append(cells)
    return out


def records(book: Path, title: str) -> list[dict[str, str]]:
    rows = tab(book, title)
    return [dict(zip(rows[0], r + [""] * (len(rows[0]) - len(r)))) for r in rows[1:]]


#: What the owner sees in Follow-ups for the export above, whoever wrote the file.
FOLLOW_UPS = [
    ("lost", "17850", "Rina Akter"),
    ("first order, not back", "14688", "Shafiq Ahmed"),
    ("first order, not back", "15100.0", "Mita Das"),
]
SUMMARY = (
    "The Orders tab was read as an order export from a shop system (its header has no "
    "'Date' (তারিখ) column), the way the backtest reads one: 88 of its 90 rows are orders or "
    "refunds. 2 rows have no customer ID and were left out (sales to unknown customers cannot "
    "be followed). Columns: date = InvoiceDate, customer = CustomerID, order number = "
    "InvoiceNo, quantity = Quantity, unit price = UnitPrice, memo = Description.")


@pytest.mark.parametrize("writer", [write_openpyxl, write_xlsxwriter])
def test_an_invoice_export_in_orders_gives_the_purchase_history(tmp_path, config, capsys, writer):
    book = writer(tmp_path / "shop.xlsx", staff_tabs([HEADER, *invoice_lines()]))
    before = tab(book, "Orders")
    lines = run(book, config, capsys)
    follow = records(book, "Follow-ups")
    assert [(r["What"], r["Customer ID"], r["Name"]) for r in follow] == FOLLOW_UPS
    assert SUMMARY in lines
    problems = records(book, "Problems")
    assert [(p["Tab"], p["Column"], p["Value"], p["Problem"]) for p in problems] == [
        ("Orders", "G", "99999",
         "1 customer of this export is not in the Customers tab (99999): their 2 rows are not "
         "counted in any purchase history.")]
    assert problems[0]["How to fix"] == (
        "Add them to the Customers tab with the same Customer ID as in the export's CustomerID "
        "column (or correct the Customer ID of a customer already there); the next run counts "
        "their orders. Buyers you do not follow up can be left out.")
    assert not any("'Date'" in p["Problem"] for p in problems)
    assert tab(book, "Orders") == before  # the staff tab is only read
    messages = records(book, "Messages")
    assert sorted((m["Customer ID"], m["Kind"]) for m in messages) == [
        ("14688", "first_order"), ("15100.0", "first_order"), ("17850", "win_back")]


def test_the_summary_is_in_bengali_by_default(tmp_path, capsys):
    config = tmp_path / "settings.toml"
    config.write_text('[general]\nshop_name = "Rupkotha"\n', encoding="utf-8")
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs([HEADER, *invoice_lines()]))
    assert main(["daily", "--workbook", str(book), "--config", str(config), "--today",
                 TODAY.isoformat()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert ("Orders ট্যাবটি দোকানের সফটওয়্যারের অর্ডার এক্সপোর্ট হিসেবে পড়া হয়েছে (এর শিরোনামে "
            "'তারিখ' (Date) কলাম নেই), ব্যাকটেস্ট যেভাবে পড়ে: এর ৯০টি সারির মধ্যে ৮৮টি অর্ডার বা "
            "ফেরত। ২টি সারিতে গ্রাহক আইডি নেই, সেগুলো বাদ গেছে (অচেনা ক্রেতার কেনাকাটা অনুসরণ করা "
            "যায় না)। কলাম: তারিখ = InvoiceDate, গ্রাহক = CustomerID, অর্ডার নম্বর = InvoiceNo, "
            "সংখ্যা = Quantity, একক দাম = UnitPrice, মন্তব্য = Description।") in lines
    [problem] = records(book, "Problems")
    assert problem["সমস্যা"] == ("এই এক্সপোর্টের ১ জন গ্রাহক Customers ট্যাবে নেই (99999): "
                                 "তাঁর ২টি সারি কোনো কেনাকাটার হিসাবে ধরা হয়নি।")


def test_a_workbook_made_by_setup_with_the_export_pasted_in(tmp_path, config, capsys):
    """As the trial did it: ``khatir setup``, then the export pasted over the Orders tab."""
    book = tmp_path / "shop.xlsx"
    assert main(["setup", "--workbook", str(book), "--config", str(config), "--lang", "en"]) == 0
    capsys.readouterr()
    wb = load_workbook(book)
    ws = wb["Orders"]
    ws.delete_rows(1, ws.max_row)
    for row in [HEADER, *invoice_lines()]:
        ws.append(row)
    ws = wb["Customers"]
    for row in customers_grid()[1:]:
        ws.append(row)
    wb.save(book)
    before = tab(book, "Orders")
    lines = run(book, config, capsys)
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        (what, cid) for what, cid, _ in FOLLOW_UPS]
    assert SUMMARY in lines
    assert tab(book, "Orders") == before


SHOPIFY = ["Name", "Email", "Financial Status", "Created at", "Total", "Lineitem name"]


def shopify_orders() -> list[list]:
    """Shopify's order export: one row per line item, the buyer by e-mail (any case), the
    later lines of an order blank but for its Name; a refunded order is no purchase."""
    rows: list[list] = [SHOPIFY]
    n = 1000
    for k in range(8):  # rina buys every 25 days up to 220 days ago, then stops
        n += 1
        rows.append([f"#{n}", "Rina@Example.com", "paid",
                     (day(220 + 25 * (7 - k))).strftime("%Y-%m-%d %H:%M:%S +0600"), 1500,
                     "Jamdani saree"])
        rows.append([f"#{n}", "", "", "", "", "Blouse piece"])
    n += 1
    rows.append([f"#{n}", "karim@example.com", "paid", day(45).strftime("%Y-%m-%d %H:%M:%S +0600"),
                 900, "Panjabi"])
    n += 1  # nusrat's only order was refunded: she never bought
    rows.append([f"#{n}", "nusrat@example.com", "refunded",
                 day(50).strftime("%Y-%m-%d %H:%M:%S +0600"), 700, "Kurti"])
    return rows


def test_a_shopify_export_is_matched_by_email(tmp_path, config, capsys):
    customers = customers_grid(
        [("C-1", "Rina Akter"), ("C-2", "Karim Uddin"), ("C-3", "Nusrat Jahan")],
        {"Rina Akter": {"email": "rina@example.com"}, "Karim Uddin": {"email": "KARIM@example.com "},
         "Nusrat Jahan": {"email": "nusrat@example.com"}})
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(shopify_orders(), customers))
    before = tab(book, "Orders")
    lines = run(book, config, capsys)
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("lost", "C-1"), ("first order, not back", "C-2")]
    assert ("The Orders tab was read as an order export from a shop system (its header has no "
            "'Date' (তারিখ) and 'Customer ID' (আইডি) columns), the way the backtest reads one: 17 "
            "of its 18 rows are orders or refunds. 1 row is a cancelled or returned order (by its "
            "status) and was left out: it is not a purchase. Columns: date = Created at, "
            "customer = Email, order number = Name, amount = Total, status = Financial Status."
            ) in lines
    assert records(book, "Problems") == []
    assert tab(book, "Orders") == before


def test_a_phone_export_is_matched_by_phone(tmp_path, config, capsys):
    """A till that knows its buyers by mobile number, typed any way: the Phone column."""
    rows: list[list] = [["Date", "Mobile", "Amount"]]
    for k in range(8):
        rows.append([day(200 + 30 * k).date().isoformat(), "01711-234567", 1200])
    rows.append([day(40).date().isoformat(), "+880 1819 876543", 500])
    customers = customers_grid([("C-1", "Rina Akter"), ("C-2", "Karim Uddin")],
                               {"Rina Akter": {"phone": "+8801711234567"},
                                "Karim Uddin": {"phone": "01819-876543"}})
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows, customers))
    lines = run(book, config, capsys)
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("lost", "C-1"), ("first order, not back", "C-2")]
    assert any(line.startswith("The Orders tab was read as an order export") and
               line.endswith("Columns: date = Date, customer = Mobile, amount = Amount.")
               for line in lines)
    assert records(book, "Problems") == []


def test_nothing_recognised_behaves_as_before(tmp_path, config, capsys):
    """A tab that names neither a date nor a customer is skipped with the Problems row of
    old, and the summary says nothing of an export."""
    rows = [["Item", "Qty", "Price"], ["Saree", 1, 1500], ["Kurti", 2, 700]]
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows))
    before = tab(book, "Orders")
    lines = run(book, config, capsys)
    assert not any("export" in line for line in lines)
    assert [(p["Tab"], p["Problem"]) for p in records(book, "Problems")] == [
        ("Orders", "The required column 'Date' was not found. Headers found: Item, Qty, Price."),
        ("Orders", "The required column 'Customer ID' was not found. Headers found: Item, Qty, "
                   "Price.")]
    assert records(book, "Follow-ups") == []
    assert tab(book, "Orders") == before


def test_the_sheets_own_orders_tab_is_read_as_before(tmp_path, config, capsys):
    """Date and Customer ID found by the sheet's names: the tab is the sheet's own Orders,
    each unknown ID its own Problems row, as always."""
    rows = [["Date", "Customer ID", "Amount"], [day(60).date().isoformat(), "17850", 900],
            [day(61).date().isoformat(), "C-404", 100]]
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows))
    lines = run(book, config, capsys)
    assert not any("export" in line for line in lines)
    assert [(p["Tab"], p["Row"], p["Value"]) for p in records(book, "Problems")] == [
        ("Orders", "3", "C-404")]
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("first order, not back", "17850")]


def test_a_google_sheets_orders_tab_with_export_headers(google_sheet):
    """The same export on a Google Sheet (dates arrive as day numbers): read the same way,
    in the same one read of the whole sheet."""
    sheet = google_sheet(staff_tabs([HEADER, *invoice_lines()]))
    before = sheet.tab("Orders")
    settings = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"}})
    sheet.server.reset_requests()
    result = run_daily(sheet.backend(settings), settings, TODAY, fixed_clock(TODAY))
    assert [r.method for r in sheet.server.requests] == ["GET", "GET", "POST"]  # as always
    rows = sheet.tab("Follow-ups")
    follow = [dict(zip(rows[0], r + [""] * (len(rows[0]) - len(r)))) for r in rows[1:]]
    assert [(r["What"], r["Customer ID"], r["Name"]) for r in follow] == FOLLOW_UPS
    assert SUMMARY in result.notes
    assert [p.value for p in result.problems] == ["99999"]
    assert sheet.tab("Orders") == before


def test_invite_judges_lost_customers_by_the_export(tmp_path, config, capsys):
    """``invite`` reads Orders the same way: a meetup for lost customers invites the one
    the export shows lost, and its summary says how Orders was read."""
    from khatir.sheet.schema import MEETUPS

    tabs = staff_tabs([HEADER, *invoice_lines()])
    meetup = {"id": "M-01", "title": "Eid collection", "date": (TODAY + timedelta(days=10)).isoformat(),
              "invite": "lost"}
    tabs["Meetups"] = [MEETUPS.headers(), [meetup.get(c.key, "") for c in MEETUPS.columns]]
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs)
    before = tab(book, "Orders")
    assert main(["invite", "--meetup", "M-01", "--workbook", str(book), "--config", str(config),
                 "--today", TODAY.isoformat(), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("  + ")] == [
        "  + 17850 Rina Akter (lost customer): meetup_invite:M-01:17850"]
    assert SUMMARY in lines
    assert tab(book, "Orders") == before


def test_orders_dated_after_today_are_one_problems_row(tmp_path, config, capsys):
    rows = [HEADER, *invoice_lines()]
    rows.append([599999, "22423", "REGENCY CAKESTAND 3 TIER", 1, day(-400), 12.75, 13047,
                 "United Kingdom"])  # a mistyped year: 2012 for 2011
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows))
    run(book, config, capsys)
    problems = records(book, "Problems")
    assert [(p["Tab"], p["Column"], p["Problem"], p["How to fix"]) for p in problems] == [
        ("Orders", "G", "1 customer of this export is not in the Customers tab (99999): their 2 "
                        "rows are not counted in any purchase history.", problems[0]["How to fix"]),
        ("Orders", "E", "1 row is dated after today and was left out: check its year.",
         "Correct their dates (a mistyped year, like 2012 for 2011, is common); until then these "
         "orders are left out of the customers' purchases.")]


def test_an_export_whose_dates_cannot_be_read_says_why(tmp_path, config, capsys):
    """The columns are found but no row is an order: the old rows, and one saying why."""
    rows = [HEADER] + [[536365 + k, "85123A", "HOLDER", 6, "soon", 2.55, 17850, "UK"]
                       for k in range(3)]
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows))
    lines = run(book, config, capsys)
    assert not any("was read as an order export" in line for line in lines)
    problems = records(book, "Problems")
    assert [p["Problem"] for p in problems] == [
        "The required column 'Date' was not found. Headers found: InvoiceNo, StockCode, "
        "Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country.",
        "Orders: no row could be read, because the dates in the column 'InvoiceDate' cannot be "
        "read (for example “soon”). If they are numbers like 45720, they are Excel's day numbers "
        "saved as text: select the column in Excel, format it as Date (Home → Number Format → "
        "Short Date) and save again; otherwise write the dates like 22/11/2026."]
    assert problems[1]["How to fix"] == (
        "Until then this tab is not read: purchases come from the Customers tab's First "
        "Purchase, Last Purchase, Orders and Total Spent columns.")
