"""A refund that gives back the whole of an earlier order undoes it: no "how was your order?"
for an order that was cancelled (an owner's blind trial, stop 29: a "C" invoice cancelling an
invoice, a credit note, a payment refunded the next day each left the order a purchase, and the
customer whose only order was cancelled was thanked for it). A refund of part of an order leaves
it a purchase."""
from __future__ import annotations

from datetime import date

import pytest

from khatir.rules.history import purchase_histories
from khatir.sheet.records import Customer, Order
from test_orders_tab_export import (HEADER, customers_grid, day, records, run,
                                    staff_tabs, write_openpyxl, write_xlsxwriter)

pytestmark = pytest.mark.slow  # the whole daily command on a real workbook


def orders_tab() -> list[list]:
    """The sheet's own Orders tab: Rina's only order refunded in full two days later; Karim's
    second order refunded in full; Nusrat's only order refunded in part; Shafiq's refund of 500
    matches no order of his (his 900 stays a purchase)."""
    d = lambda n: day(n).date().isoformat()  # noqa: E731
    return [["Date", "Customer ID", "Amount", "Note"],
            [d(70), "17850", 1500, "saree"], [d(68), "17850", -1500, "returned"],
            [d(100), "13047", 900, ""], [d(40), "13047", 2100, ""], [d(39), "13047", -2100, "refund"],
            [d(60), "12583", 1200, ""], [d(58), "12583", -400, "one piece back"],
            [d(65), "14688", 900, ""], [d(64), "14688", -500, ""]]


@pytest.mark.parametrize("writer", [write_openpyxl, write_xlsxwriter])
def test_an_order_refunded_in_full_is_no_purchase(tmp_path, config, capsys, writer):  # noqa: F811
    book = writer(tmp_path / "shop.xlsx", staff_tabs(orders_tab()))
    run(book, config, capsys)
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("first order, not back", "12583"),
        ("first order, not back", "14688"),
        ("first order, not back", "13047"),
    ]
    first_orders = [m["Message"] for m in records(book, "Messages") if m["Kind"] == "first_order"]
    assert not any("Rina" in text for text in first_orders)


def test_a_c_invoice_undoing_a_whole_invoice_in_an_export(tmp_path, config, capsys):  # noqa: F811
    """Invoice lines: 15100's only invoice cancelled line for line by a "C" invoice."""
    rows = [HEADER]
    for no, sign, when in ((536400, 1, 90), ("C536400", -1, 88)):
        rows.append([no, "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6 * sign, day(when), 2.55,
                     15100, "United Kingdom"])
        rows.append([no, "71053", "WHITE METAL LANTERN", 2 * sign, day(when), 3.39, 15100,
                     "United Kingdom"])
    rows.append([536401, "71053", "WHITE METAL LANTERN", 2, day(61), 3.39, 14688, "United Kingdom"])
    book = write_openpyxl(tmp_path / "shop.xlsx", staff_tabs(rows))
    run(book, config, capsys)
    assert [(r["What"], r["Customer ID"]) for r in records(book, "Follow-ups")] == [
        ("first order, not back", "14688")]


@pytest.mark.parametrize("amounts, purchases", [
    ((1500, -1500), 0),  # refunded in full
    ((1500, -400), 1),  # in part
    ((1500, 1500, -1500), 1),  # one of two equal orders
    ((1500, -1500, 1500), 1),  # bought again after the refund
])
def test_which_orders_a_refund_undoes(amounts, purchases):
    orders = [Order(i + 2, date(2026, 10, 1 + 2 * i), "C-1", float(a)) for i, a in enumerate(amounts)]
    history = purchase_histories({"C-1": Customer(row=2, id="C-1", name="Rina")}, orders)["C-1"]
    assert history.purchases == purchases


def test_a_refund_long_after_the_order_does_not_undo_it():
    orders = [Order(2, date(2026, 1, 5), "C-1", 1500.0), Order(3, date(2026, 6, 5), "C-1", -1500.0)]
    history = purchase_histories({"C-1": Customer(row=2, id="C-1", name="Rina")}, orders)["C-1"]
    assert (history.purchases, history.total_spent) == (1, 0.0)
