"""A refund on a row of its own undoes the order it gives back, in the exports owners paste.

An owner's blind trial: a Tally Day Book's Credit Note (a sales return, written with a
positive amount in its Credit Amount column), a bKash statement's "Refund" row (same wallet,
same amount, the next day, naming no payment) and a Square export's "Refund" event were
dropped as "not a sale", so the order they returned still counted: a customer whose only
order went back was thanked for it as a first order, and one whose second order went back
was missed as a first-order customer. A bKash statement's "Cash Out" (the shop's own money)
was called a cancelled order. And a Square export, whose header has a Date and a Customer ID,
was read with the sheet's own Orders layout, which knows no amount there and no Event Type.
Here each export is written by openpyxl and XlsxWriter and the daily command is run on it.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from conftest import cli_lines
from khatir.commands import main
from test_orders_tab_export import (customers_grid, records, staff_tabs, tab, write_openpyxl,
                                    write_xlsxwriter)

pytestmark = pytest.mark.slow  # the whole daily command on a real workbook

TODAY = date(2026, 11, 30)
WRITERS = [write_openpyxl, write_xlsxwriter]


def day(days_ago: int) -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day) - timedelta(days=days_ago)


def run(book: Path, config: Path, capsys, *command: str) -> list[str]:
    return cli_lines(book, config, capsys, TODAY, *command)


def follow_ups(book: Path) -> list[tuple[str, str, str]]:
    return [(r["What"], r["Customer ID"], r["Why"]) for r in records(book, "Follow-ups")]


def first_order_messages(book: Path) -> dict[str, str]:
    return {m["Customer ID"]: m["Message"] for m in records(book, "Messages")
            if m["Kind"] == "first_order"}


# --------------------------------------------------------------------------
# Tally's Day Book


DAY_BOOK = ["Date", "Particulars", "Vch Type", "Vch No.", "Debit Amount", "Credit Amount"]
TALLY_CUSTOMERS = [("Rina Akter", "Rina Akter"), ("Bappi Begum", "Bappi Begum"),
                   ("Lima Chowdhury", "Lima Chowdhury"), ("Karim Uddin", "Karim Uddin")]


def day_book() -> list[list]:
    """Rina buys every 20 days up to now and pays an old bill; Bappi's only sale (70 days
    ago) is returned in full the next day; Lima bought 75 days ago and her second sale (12
    days ago) went back in full; Karim bought 60 days ago and returned a third of it."""
    rows: list[list] = []
    no = 0

    def voucher(days_ago, party, kind, debit, credit=None):
        nonlocal no
        no += 1
        rows.append([day(days_ago), party, kind, no, debit, credit])

    for k in range(10):
        voucher(185 - 20 * k, "Rina Akter", "Sales", 1200)
    voucher(30, "Rina Akter", "Receipt", None, 1200)
    voucher(70, "Bappi Begum", "Sales", 2000)
    voucher(69, "Bappi Begum", "Credit Note", None, 2000)
    voucher(75, "Lima Chowdhury", "Sales", 1600)
    voucher(12, "Lima Chowdhury", "Sales", 2100)
    voucher(11, "Lima Chowdhury", "Credit Note", None, 2100)
    voucher(60, "Karim Uddin", "Sales", 3000)
    voucher(58, "Karim Uddin", "Credit Note", None, 1000)
    rows.sort(key=lambda r: r[0])
    return [DAY_BOOK, *rows]


TALLY_FOLLOW_UPS = [
    ("first order, not back", "Karim Uddin", "one order, 60 days ago; never came back"),
    ("first order, not back", "Lima Chowdhury", "one order, 75 days ago; never came back"),
]
TALLY_SUMMARY = (
    "The Orders tab was read as an order export from a shop system (its header has no "
    "'Customer ID' (আইডি) column), the way the backtest reads one: 17 of its 18 rows are "
    "orders or refunds. 1 row is no sale by its transaction type (Receipt 1) and was left "
    "out: money paid for an old bill, or the shop's own money (a Cash Out, a transfer), is "
    "not a purchase. Columns: date = Date, customer = Particulars, "
    "amount = Debit Amount, transaction type = Vch Type.")


@pytest.mark.parametrize("writer", WRITERS)
def test_a_credit_note_undoes_the_sale_it_returns_in_full(tmp_path, config, capsys, writer):
    book = writer(tmp_path / "shop.xlsx",
                  staff_tabs(day_book(), customers_grid(TALLY_CUSTOMERS)))
    before = {t: tab(book, t) for t in ("Customers", "Orders")}
    lines = run(book, config, capsys)
    assert sorted(follow_ups(book)) == TALLY_FOLLOW_UPS  # Bappi never bought
    assert TALLY_SUMMARY in lines
    messages = first_order_messages(book)
    assert sorted(messages) == ["Karim Uddin", "Lima Chowdhury"]
    assert "your order on 16 September 2026" in messages["Lima Chowdhury"]  # not 18 Nov
    assert records(book, "Problems") == []
    assert {t: tab(book, t) for t in ("Customers", "Orders")} == before


def test_the_backtest_counts_a_credit_note_among_orders_or_refunds(tmp_path, config, capsys):
    book = write_openpyxl(tmp_path / "shop.xlsx",
                          staff_tabs(day_book(), customers_grid(TALLY_CUSTOMERS)))
    assert main(["backtest", "--workbook", str(book), "--config", str(config),
                 "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "Read 18 order rows; 17 of them are orders or refunds and are counted below. 1 row is no sale "
        "by its transaction type (Receipt 1) and was left out: money paid for an old bill, or "
        "the shop's own money (a Cash Out, a transfer), is not a purchase.")


# --------------------------------------------------------------------------
# A bKash merchant statement


STATEMENT = ["SL", "Transaction ID", "Date Time", "Transaction Type", "Sender wallet",
             "Receiver wallet", "Amount", "Fee", "Balance", "Reference"]
SHOP = "01999000111"
WALLETS = {"BK01": "01516721106", "BK30": "01411004888", "BK31": "01318523880",
           "BK32": "01755512904"}


def statement() -> list[list]:
    """BK01 pays every 20 days; BK30's only payment is refunded the next day; BK31 paid 75
    days ago and her second payment was refunded; BK32 paid once 55 days ago; the shop cashes
    out three times. No column names the payment a refund gives back."""
    rows: list[tuple] = []

    def row(days_ago, kind, sender, receiver, amount, reference):
        rows.append((day(days_ago) + timedelta(hours=11), kind, sender, receiver, amount,
                     reference))

    for k in range(8):
        row(150 - 20 * k, "Payment", WALLETS["BK01"], SHOP, 1850, f"order {k}")
    row(70, "Payment", WALLETS["BK30"], SHOP, 2000, "order 209")
    row(69, "Refund", WALLETS["BK30"], SHOP, 2000, "refund 209")
    row(75, "Payment", WALLETS["BK31"], SHOP, 1600, "order 210")
    row(12, "Payment", WALLETS["BK31"], SHOP, 2100, "order 244")
    row(11, "Refund", WALLETS["BK31"], SHOP, 2100, "refund 244")
    row(55, "Payment", WALLETS["BK32"], SHOP, 1450, "order 250")
    for days_ago in (100, 50, 5):
        row(days_ago, "Cash Out", SHOP, "AGENT 0171", 5000, "cash out")
    rows.sort()
    out: list[list] = [STATEMENT]
    for n, (when, kind, sender, receiver, amount, reference) in enumerate(rows, start=1):
        out.append([n, f"9K{n:08d}", when.strftime("%d/%m/%Y %I:%M:%S %p"), kind, sender,
                    receiver, amount, 0, 0, reference])
    return out


def bkash_customers() -> list[list]:
    names = {"BK01": "Rina Uddin", "BK30": "Bappi Begum", "BK31": "Lima Islam",
             "BK32": "Sohel Khatun"}
    return customers_grid([(cid, names[cid]) for cid in WALLETS],
                          {names[cid]: {"phone": phone} for cid, phone in WALLETS.items()})


@pytest.mark.parametrize("writer", WRITERS)
def test_a_refund_row_undoes_the_payment_and_cash_out_is_the_shops_money(
        tmp_path, config, capsys, writer):
    book = writer(tmp_path / "shop.xlsx", staff_tabs(statement(), bkash_customers()))
    before = {t: tab(book, t) for t in ("Customers", "Orders")}
    lines = run(book, config, capsys)
    assert sorted(follow_ups(book)) == [
        ("first order, not back", "BK31", "one order, 75 days ago; never came back"),
        ("first order, not back", "BK32", "one order, 55 days ago; never came back")]
    assert (
        "The Orders tab was read as an order export from a shop system (its header has no "
        "'Date' (তারিখ) and 'Customer ID' (আইডি) columns), the way the backtest reads one: 14 "
        "of its 17 rows are orders or refunds. 3 rows are no sales by their transaction type "
        "(Cash Out 3) and were left out: money paid for an old bill, or the shop's own money "
        "(a Cash Out, a transfer), is not a purchase. Columns: date = Date Time, customer = "
        "Sender wallet, amount = Amount, status = Transaction Type.") in lines
    assert not any("cancelled or returned" in line for line in lines)
    assert sorted(first_order_messages(book)) == ["BK31", "BK32"]
    assert records(book, "Problems") == []
    assert {t: tab(book, t) for t in ("Customers", "Orders")} == before


def test_cash_out_is_the_shops_own_money_in_bengali(tmp_path, capsys):
    config = tmp_path / "settings.toml"
    config.write_text('[general]\nshop_name = "Rupkotha"\n', encoding="utf-8")
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(statement(), bkash_customers()))
    assert main(["daily", "--workbook", str(book), "--config", str(config), "--today",
                 TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert ("লেনদেনের ধরন বিক্রি নয় (Cash Out ৩) এমন ৩টি সারি বাদ গেছে: পুরোনো বাকির টাকা জমা, "
            "বা দোকানের নিজের টাকা (ক্যাশ আউট, ট্রান্সফার) কেনাকাটা নয়।") in out
    assert "বাতিল বা ফেরত" not in out


# --------------------------------------------------------------------------
# Square's transactions export: a Date and a Customer ID, but no Amount by the sheet's names


SQUARE = ["Date", "Time", "Net Total", "Event Type", "Customer ID", "Customer Name"]


def square() -> list[list]:
    """Month-first dates with a two-digit year; SQ1 buys every 20 days; SQ2's only payment
    is refunded the next day; SQ3 paid 75 days ago and her second payment was refunded;
    SQ4 paid 28 Nov; SQ5 paid on 5 September ("09/05/26"), 86 days ago."""
    rows: list[tuple] = []

    def row(when, kind, cid, amount):
        rows.append((when, kind, cid, amount))

    for k in range(8):
        row(day(150 - 20 * k), "Payment", "SQ1", 23.5)
    row(day(70), "Payment", "SQ2", 20.0)
    row(day(69), "Refund", "SQ2", -20.0)
    row(day(75), "Payment", "SQ3", 16.0)
    row(day(12), "Payment", "SQ3", 21.0)
    row(day(11), "Refund", "SQ3", -21.0)
    row(day(2), "Payment", "SQ4", 18.0)
    row(datetime(2026, 9, 5), "Payment", "SQ5", 23.5)
    rows.sort()
    names = {"SQ1": "Mitu", "SQ2": "Bappi", "SQ3": "Lima", "SQ4": "Kamal", "SQ5": "Rupa"}
    return [SQUARE, *([when.strftime("%m/%d/%y"), "10:00:00",
                       f"-${-amount:.2f}" if amount < 0 else f"${amount:.2f}", kind, cid,
                       names[cid]] for when, kind, cid, amount in rows)]


@pytest.mark.parametrize("writer", WRITERS)
def test_a_square_export_with_date_and_customer_id_is_read_as_an_export(
        tmp_path, config, capsys, writer):
    customers = customers_grid([("SQ1", "Mitu"), ("SQ2", "Bappi"), ("SQ3", "Lima"),
                                ("SQ4", "Kamal"), ("SQ5", "Rupa")])
    book = writer(tmp_path / "shop.xlsx", staff_tabs(square(), customers))
    before = {t: tab(book, t) for t in ("Customers", "Orders")}
    lines = run(book, config, capsys)
    assert sorted(follow_ups(book)) == [
        ("first order, not back", "SQ3", "one order, 75 days ago; never came back"),
        ("first order, not back", "SQ5", "one order, 86 days ago; never came back")]
    assert (
        "The Orders tab was read as an order export from a shop system (its header has no "
        "'Amount' (টাকা) column), the way the backtest reads one: 15 of its 15 rows are orders "
        "or refunds. Columns: date = Date, customer = Customer ID, amount = Net Total, "
        "status = Event Type.") in lines
    messages = first_order_messages(book)
    assert sorted(messages) == ["SQ3", "SQ5"]  # SQ2 never bought; SQ4 bought two days ago
    assert "your order on 5 September 2026" in messages["SQ5"]
    assert records(book, "Problems") == []
    assert {t: tab(book, t) for t in ("Customers", "Orders")} == before


def test_an_orders_tab_with_the_sheets_amount_column_is_read_as_before(tmp_path, config, capsys):
    """Date, Customer ID and Amount: the sheet's own layout, even beside an Event Type."""
    rows = [["Date", "Customer ID", "Amount", "Event Type"],
            [day(40), "SQ1", 1500, "Payment"], [day(39), "SQ1", -1500, "Refund"],
            [day(55), "SQ2", 900, "Payment"]]
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(
        rows, customers_grid([("SQ1", "Mitu"), ("SQ2", "Bappi")])))
    lines = run(book, config, capsys)
    assert not any("read as an order export" in line for line in lines)
    assert follow_ups(book) == [
        ("first order, not back", "SQ2", "one order, 55 days ago; never came back")]
