"""Purchase logs exported by other systems, written the way each writes its file: which
rows the backtest reads as purchases, and by whom (the third blind trial's findings)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from khatir.backtest_report import columns_line, read_line
from khatir.orders_file import load_orders


def csv_file(tmp_path: Path, text: str, name: str = "export.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def workbook(tmp_path: Path, rows: list[list], name: str = "export.xlsx",
             title: str = "Sheet1") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    p = tmp_path / name
    wb.save(p)
    return p


def bought(path: Path) -> list[tuple[int, str]]:
    return [(o.row, o.customer_id) for o in load_orders(path).orders]


def test_tally_day_book_counts_only_sales_vouchers(tmp_path):
    """Receipts (an old bill paid) and a supplier's Purchase and Payment vouchers are no
    purchases: the supplier is no repeat buyer. A Credit Note (a return) is a refund of its
    party, its Credit Amount taken off (here a part of the sale: it stays a purchase)."""
    d = datetime(2025, 1, 1)
    p = workbook(tmp_path, [
        ["Rupkotha Traders"], ["Day Book"], ["1-Jan-2025 to 31-May-2026"], [],
        ["Date", "Particulars", "Vch Type", "Vch No.", "Debit Amount", "Credit Amount"],
        [d, "Jannat Bhuiyan", "Sales", 1, 950, None],
        [d, "Akij Food & Beverage Ltd", "Purchase", 1, None, 56700],
        [datetime(2025, 1, 3), "Jannat Bhuiyan", "Receipt", 1, None, 950],
        [datetime(2025, 1, 4), "Jannat Bhuiyan", "Credit Note", 1, None, 300],
        [datetime(2025, 1, 5), "Akij Food & Beverage Ltd", "Payment", 2, 56700, None],
        [datetime(2025, 1, 6), "Lipi Siddique", "Sales", 2, 1790, None],
        [datetime(2025, 1, 7), "Cash", "Journal", 3, 100, None],
        [datetime(2025, 1, 8), "Cash", "Contra", 4, 5000, None],
    ], "DayBook.xlsx", "Day Book")
    assert bought(p) == [(5, "Jannat Bhuiyan"), (8, "Jannat Bhuiyan"),  # rows of filled rows
                         (10, "Lipi Siddique")]
    log = load_orders(p)
    assert [o.amount for o in log.orders] == [950.0, -300.0, 1790.0]
    assert log.not_bought == 3


def test_day_book_whose_first_receipt_comes_late_still_counts_only_sales(tmp_path):
    """A season's Day Book opens with hundreds of Sales; the farmers' Receipts (dues paid
    after harvest) come months later, far below the first rows. They are no purchases
    (the seasonal trial's MUST-1), and the owner is told which vouchers were left out."""
    sales = "".join(f"{1 + i % 28:02d}-10-2024,0171{i:07d},Sales,{500 + i}\n" for i in range(250))
    p = csv_file(tmp_path, "Date,Mobile,Vch Type,Amount\n" + sales
                 + "05-02-2025,01710000001,Receipt,501\n"
                 + "06-02-2025,01710000002,Rcpt,502\n"
                 + "07-02-2025,01710000003,Journal,10\n"
                 + "08-02-2025,01710000004,Sales,504\n", "daybook.csv")
    log = load_orders(p)
    assert len(log.orders) == 251
    assert [o.date.isoformat() for o in log.orders if o.customer_id == "+8801710000004"] == [
        "2024-10-05", "2025-02-08"]
    assert {o.customer_id for o in log.orders if o.date.year == 2025} == {"+8801710000004"}
    assert read_line(log, "en") == (
        "Read 254 order rows; 251 of them are orders or refunds and are counted below. 3 rows are no sales by their transaction type (Receipt 1, "
        "Rcpt 1, Journal 1) and were left out: money paid for an old bill, or the shop's own "
        "money (a Cash Out, a transfer), is not a purchase.")
    assert read_line(log, "bn") == (
        "২৫৪টি অর্ডারের সারি পড়া হয়েছে; তার মধ্যে ২৫১টি অর্ডার বা ফেরত, সেগুলোই নিচে গোনা হয়েছে। লেনদেনের ধরন বিক্রি নয় (Receipt ১, Rcpt ১, Journal ১) "
        "এমন ৩টি সারি বাদ গেছে: পুরোনো বাকির টাকা জমা, বা দোকানের নিজের টাকা (ক্যাশ আউট, "
        "ট্রান্সফার) কেনাকাটা নয়।")
    assert columns_line(log, "en") == (
        "Columns: date = Date, customer = Mobile, amount = Amount, transaction type = Vch Type.")


def test_a_day_book_kept_one_tab_a_month_finds_the_receipts_of_a_later_month(tmp_path):
    """Tabs with one header share their columns; the Receipts of February's tab, below its
    first rows, still make the type column count only the Sales of every tab."""
    wb = Workbook()
    head = ["Date", "Particulars", "Mobile", "Vch Type", "Debit Amount", "Credit Amount"]
    months = {"Oct": [[datetime(2024, 10, 1 + i % 28), f"Farmer {i}", f"0171{i:07d}", "Sales",
                       500 + i, None] for i in range(210)],
              "Feb": [[datetime(2025, 2, 1 + i % 28), f"Farmer {i}", f"0171{i:07d}", "Sales",
                       600, None] for i in range(205)]
              + [[datetime(2025, 2, 27), "Farmer 1", "01710000001", "Receipt", None, 501]]}
    for n, (title, rows) in enumerate(months.items()):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = title
        for r in [head] + rows:
            ws.append(r)
    p = tmp_path / "daybook.xlsx"
    wb.save(p)
    log = load_orders(p)
    assert len(log.orders) == 415
    assert log.not_sales == (("Receipt", 1),)
    assert [o.date.isoformat() for o in log.orders if o.customer_id == "+8801710000001"] == [
        "2024-10-02", "2025-02-02"]


def test_transaction_type_columns_as_other_programs_name_them(tmp_path):
    """QuickBooks' "Transaction type" (Invoice, Sales Receipt, Payment, Estimate), a
    "Trans. Type" and Tally's "Voucher Type Name" (Sales Invoice, Wholesale, Sales Return,
    Proforma Invoice): only the sales are purchases, whatever the column's spelling; a
    Sales Return is a refund of its customer (-700), which undoes the sale it gives back."""
    for header in ("Transaction type", "Trans. Type", "Voucher Type Name"):
        p = csv_file(tmp_path, (
            f"Date,Customer,{header},Amount\n"
            "01/02/2025,Rina Akter,Invoice,500\n"
            "02/02/2025,Rina Akter,Sales Receipt,300\n"
            "03/02/2025,Rina Akter,Payment,500\n"
            "04/02/2025,Rina Akter,Estimate,900\n"
            "05/02/2025,Anis Khan,Sales Invoice,700\n"
            "06/02/2025,Anis Khan,Wholesale,7000\n"
            "07/02/2025,Anis Khan,Sales Return,700\n"
            "08/02/2025,Anis Khan,Proforma Invoice,100\n"), f"{header}.csv")
        log = load_orders(p)
        assert [(o.customer_id, o.date.day, o.amount) for o in log.orders] == [
            ("Rina Akter", 1, 500), ("Rina Akter", 2, 300), ("Anis Khan", 5, 700),
            ("Anis Khan", 6, 7000), ("Anis Khan", 7, -700)], header
        assert dict(log.not_sales) == {"Payment": 1, "Estimate": 1, "Proforma Invoice": 1}, header


def test_quickbooks_sales_by_customer_detail_reads_the_group_rows(tmp_path):
    """The customer is on a row above their lines; "Total for <name>" closes the group; a
    voided transaction (0.00, "Voided" in its memo) is no purchase; a Credit Memo is a
    refund (-500) that undoes the invoice it gives back in full."""
    p = csv_file(tmp_path, (
        "Rupkotha Fashion\nSales by Customer Detail\n\"January 1, 2025 - May 31, 2026\"\n\n"
        ",Date,Transaction Type,Num,Product/Service,Memo/Description,Qty,Sales Price,Amount,Balance\n"
        "Anis Begum,,,,,,,,,\n"
        ",02/22/2025,Sales Receipt,2629,Three-piece,,3,446.67,\"1,340.00\",\"1,340.00\"\n"
        ",03/01/2025,Invoice,2630,Kurti,,1,500.00,500.00,\"1,840.00\"\n"
        ",03/05/2025,Credit Memo,2631,Kurti,Return,-1,500.00,-500.00,\"1,340.00\"\n"
        "Total for Anis Begum,,,,,,,,\"BDT1,340.00\",\n"
        "Anis Khatun,,,,,,,,,\n"
        ",12/02/2025,Sales Receipt,2096,Kurti,,2,\"1,075.00\",\"2,150.00\",\"2,150.00\"\n"
        ",12/09/2025,Invoice,2097,Saree,Voided,0,,0.00,\"2,150.00\"\n"
        "Total for Anis Khatun,,,,,,,,\"BDT2,150.00\",\n"
        "TOTAL,,,,,,,,\"BDT3,490.00\",\n\n"
        "\"Accrual basis Monday, June 1, 2026 10:22 AM GMT+06:00\"\n"))
    log = load_orders(p)
    assert [(o.customer_id, o.date.isoformat(), o.amount) for o in log.orders] == [
        ("Anis Begum", "2025-02-22", 1340.0), ("Anis Begum", "2025-03-01", 500.0),
        ("Anis Begum", "2025-03-05", -500.0), ("Anis Khatun", "2025-12-02", 2150.0)]
    assert log.not_bought == 1  # the voided invoice
    assert columns_line(log, "en").startswith("Columns: date = Date, customer = Customer, amount = Amount")


def test_paypal_denied_payment_is_no_purchase(tmp_path):
    head = ('"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
            '"From Email Address","To Email Address","Transaction ID","Reference Txn ID"\n')
    p = csv_file(tmp_path, head + (
        '"01/02/2025","10:42:14","Asia/Dhaka","Keya Sheikh","Express Checkout Payment",'
        '"Completed","USD","29.09","-1.58","27.51","keya@yahoo.com","shop@x.com","1CE",""\n'
        '"03/02/2025","10:42:14","Asia/Dhaka","Keya Sheikh","eCheck Received","Denied","USD",'
        '"20.00","0","20.00","keya@yahoo.com","shop@x.com","2CE",""\n'
        '"04/02/2025","10:42:14","Asia/Dhaka","Mou Islam","Express Checkout Payment","Reversed",'
        '"USD","20.00","0","20.00","mou@yahoo.com","shop@x.com","3CE",""\n'), "Download.CSV")
    assert bought(p) == [(2, "keya@yahoo.com")]


def test_nagad_statement_customer_account_and_the_merchants_cash_out(tmp_path):
    """"Customer Account" of masked wallets names the customer; the merchant's own Cash
    Out (its own wallet, masked its way) is no purchase; a Refund is a refund of its wallet
    (-1,560), undoing the payment it gives back."""
    p = workbook(tmp_path, [
        ["Nagad Merchant Account Statement"], ["Merchant Account:", "01819****402"], [],
        ["SL", "Txn ID", "Date & Time", "Txn Type", "Customer Account", "Amount (BDT)",
         "Charge (BDT)", "Status", "Balance (BDT)"],
        [1, "7E", "01-Jan-2025 10:25:11 AM", "Merchant Payment", "0164****326", "1,560.00",
         "23.24", "Success", "1,560.00"],
        [2, "74", "03-Jan-2025 09:00:00 PM", "Cash Out", "01819****402", "1,000.00", "0.00",
         "Success", "560.00"],
        [3, "75", "05-Jan-2025 03:09:29 PM", "Refund", "0164****326", "1,560.00", "0.00",
         "Success", "-1,000.00"],
        [4, "71", "06-Jan-2025 07:38:55 PM", "Merchant Payment", "0130****137", "720.00",
         "10.73", "Success", "-280.00"],
    ], "statement.xlsx", "Statement")
    assert bought(p) == [(4, "0164****326"), (6, "0164****326"),  # rows of filled rows
                         (7, "0130****137")]
    assert [o.amount for o in load_orders(p).orders] == [1560.0, -1560.0, 720.0]
    p = csv_file(tmp_path, "Date,Type,Sender Wallet,Amount\n"
                 "01/01/2025,Payment,01711234567,500\n01/02/2025,Cash Out,01819000402,900\n"
                 "01/03/2025,Payment,01811234567,300\n", "bkash.csv")
    assert bought(p) == [(2, "+8801711234567"), (4, "+8801811234567")]


def test_a_dummy_number_for_walk_ins_names_nobody(tmp_path):
    p = csv_file(tmp_path, "Invoice Date,Customer Name,Mobile,Net Payable\n"
                 "01/01/2025,Walk-in Customer,01700000000,646\n"
                 "02/01/2025,Walk-in Customer,01711111111,150\n"
                 "03/01/2025,Walk-in Customer,1234567890,150\n"
                 "04/01/2025,Walk-in Customer,0000000000,150\n"
                 "05/01/2025,Rubel Haque,01752353581,3638\n"
                 "06/01/2025,Rubel Haque,01752353581,100\n")
    log = load_orders(p)
    assert [o.customer_id for o in log.orders] == ["+8801752353581"] * 2
    assert log.walk_in == 4
    assert "4 rows are sales to the walk-in" in read_line(log, "en")


def test_khata_baki_is_the_sale_and_a_joma_row_no_purchase(tmp_path):
    """বাকি is the amount (not মোট বাকি, the running balance); a জমা row (dues paid) is no
    purchase; মাল ফেরত, a negative বাকি, is a refund."""
    p = workbook(tmp_path, [
        ["মেসার্স রহিম স্টোর — বাকির খাতা"], [],
        ["তারিখ", "নাম", "মোবাইল", "বিবরণ", "বাকি", "জমা", "মোট বাকি"],
        ["০১/০১/২০২৫", "Sabbir Khan", "০১৭৫১৫৪৬৬৭৪", "চাল ২৫ কেজি", 3430, None, 3430],
        ["〃", "Karim Begum", "01440458771", "ডাল ৫ কেজি", 2010, None, 2010],
        ["০৪/০১/২০২৫", "Sabbir Khan", "০১৭৫১৫৪৬৬৭৪", "মাল ফেরত", -3430, None, 0],
        ["১৪/০১/২০২৫", "Karim Begum", "01440458771", "বাকি পরিশোধ", None, 2010, 0],
        ["〃", "Karim Begum", "01440458771", "ডাল ৫ কেজি", 700, None, 700],
        ["মোট", None, None, None, 2710, 2010, None],
    ], "khata.xlsx", "খাতা")
    log = load_orders(p)
    assert [(o.customer_id, o.date.day, o.amount) for o in log.orders] == [
        ("+8801751546674", 1, 3430), ("+8801440458771", 1, 2010),
        ("+8801751546674", 4, -3430), ("+8801440458771", 14, 700)]
    assert log.not_bought == 1
    assert "amount = বাকি" in columns_line(log, "en")


def test_odoo_pos_new_order_is_no_purchase(tmp_path):
    p = workbook(tmp_path, [
        ["Order Ref", "Session", "Date", "Receipt Number", "Customer", "Employee", "Total", "Status"],
        ["Shop/04530", "POS/01", "2025-05-31 12:35:21", "Order 04530", "Rima Alam", "Admin", 4550, "Invoiced"],
        ["Shop/04522", "POS/01", "2025-06-02 05:23:51", "Order 04522", "Rima Alam", "Karim", 840, "New"],
        ["Shop/04523", "POS/01", "2025-06-03 05:23:51", "Order 04523", "Rima Alam", "Karim", 840, "Draft"],
        ["Shop/04531 REFUND", "POS/01", "2025-06-04 10:00:00", "Order 04531", "Rima Alam", "Karim", -4550, "Posted"],
    ], "pos.order.xlsx")
    log = load_orders(p)
    assert [(o.row, o.amount) for o in log.orders] == [(2, 4550), (5, -4550)]  # the refund lowers the total
    assert log.not_bought == 2


def test_amazon_amount_is_a_column_of_amounts(tmp_path):
    """"sales-channel" (Amazon.co.uk) is named like an amount but holds none: the amount
    is the item-price (the line's total: it is not multiplied by the quantity shipped)."""
    head = ("amazon-order-id\tpurchase-date\tbuyer-email\tbuyer-name\tquantity-shipped\tcurrency\t"
            "item-price\titem-tax\tsales-channel\n")
    p = csv_file(tmp_path, head + (
        "203-1\t2025-01-01T04:41:35+00:00\tqe1@marketplace.amazon.co.uk\tFarhana Mia\t1\tGBP\t19.14\t0.00\tAmazon.co.uk\n"
        "205-3\t2025-02-01T14:18:32+00:00\tqe1@marketplace.amazon.co.uk\tFarhana Mia\t1\tGBP\t12.71\t0.00\tAmazon.co.uk\n"),
        "fulfilled_shipments.txt")
    log = load_orders(p)
    assert [o.amount for o in log.orders] == [19.14, 12.71]
    assert columns_line(log, "en") == ("Columns: date = purchase-date, customer = buyer-email, "
                                       "order number = amazon-order-id, amount = item-price.")


def test_amazon_item_price_is_the_lines_total_not_a_unit_price(tmp_path):
    """Amazon's All Orders report: item-price is quantity × unit price already, so two mugs
    at 9.50 are 19.00, not 38.00; shipping-price is not the amount either."""
    head = ("amazon-order-id,merchant-order-id,purchase-date,last-updated-date,order-status,"
            "product-name,sku,quantity,currency,item-price,item-tax,shipping-price,buyer-email\n")
    p = csv_file(tmp_path, head + (
        "111-1,,2025-03-01T10:00:00+00:00,2025-03-02T10:00:00+00:00,Shipped,Mug,M-1,2,USD,19.00,1.52,4.99,a@marketplace.amazon.com\n"
        "111-2,,2025-04-01T10:00:00+00:00,2025-04-02T10:00:00+00:00,Shipped,Tea,T-1,3,USD,15.00,1.20,0.00,a@marketplace.amazon.com\n"
        "111-3,,2025-05-01T10:00:00+00:00,2025-05-02T10:00:00+00:00,Shipped,Pot,P-1,1,USD,30.00,2.40,4.99,b@marketplace.amazon.com\n"),
        "All Orders Report.csv")
    log = load_orders(p)
    assert [o.amount for o in log.orders] == [19.00, 15.00, 30.00]
    assert columns_line(log, "en") == ("Columns: date = purchase-date, customer = buyer-email, "
                                       "order number = amazon-order-id, amount = item-price, "
                                       "status = order-status.")


def test_a_unit_price_beside_a_quantity_still_makes_the_amount(tmp_path):
    """Outside Amazon's reports a price beside a quantity is the unit price (an invoice line):
    3 × 120 is 360."""
    p = csv_file(tmp_path, "Invoice Date,Customer ID,Quantity,Item Price\n"
                           "01/03/2025,C-1,3,120\n01/04/2025,C-1,1,80\n")
    assert [o.amount for o in load_orders(p).orders] == [360, 80]


def test_etsy_order_refunded_in_full_is_no_purchase(tmp_path):
    """Adjusted Order Total 0.00 (refunded in full, status still Completed) is no purchase;
    a blank one (nothing changed) and a partial refund are."""
    head = ("Sale Date,Order ID,Buyer User ID,Full Name,Order Value,Order Total,Status,"
            "Adjusted Order Total\n")
    p = csv_file(tmp_path, head + (
        "05/01/25,3238420561,398530451,Rashed Parvin,6.36,10.86,Completed,0.00\n"
        "05/02/25,3238420562,398530451,Rashed Parvin,4.09,8.59,Completed,\n"
        "05/31/25,3238420563,398530451,Rashed Parvin,10.55,15.05,Completed,7.00\n"),
        "EtsySoldOrders2025.csv")
    log = load_orders(p)
    assert [o.row for o in log.orders] == [3, 4]
    assert log.not_bought == 1


def test_paypal_refund_naming_its_payment_cancels_it_when_in_full(tmp_path):
    """A "Payment Refund" whose Reference Txn ID names a payment and gives it all back
    cancels that payment; a partial refund, and a currency conversion naming the payment,
    do not."""
    head = ('"Date","Time","Name","Type","Status","Currency","Gross","Fee","Net",'
            '"From Email Address","To Email Address","Transaction ID","Reference Txn ID"\n')
    p = csv_file(tmp_path, head + (
        '"01/02/2025","10:00:00","Keya Sheikh","Express Checkout Payment","Completed","USD",'
        '"29.09","-1.58","27.51","keya@yahoo.com","shop@x.com","T1",""\n'
        '"03/02/2025","10:00:00","Keya Sheikh","Payment Refund","Completed","USD",'
        '"-29.09","1.28","-27.81","shop@x.com","keya@yahoo.com","T2","T1"\n'
        '"05/02/2025","10:00:00","Mou Islam","Express Checkout Payment","Completed","USD",'
        '"30.00","-1.62","28.38","mou@yahoo.com","shop@x.com","T3",""\n'
        '"05/02/2025","10:00:01","","General Currency Conversion","Completed","EUR",'
        '"-27.60","0","-27.60","shop@x.com","","T4","T3"\n'
        '"07/02/2025","10:00:00","Mou Islam","Payment Refund","Completed","USD",'
        '"-10.00","0","-10.00","shop@x.com","mou@yahoo.com","T5","T3"\n'
        # more buyers: the shop's own address, beside them all, names nobody
        + "".join(f'"08/02/2025","10:00:00","B{i}","Express Checkout Payment","Completed",'
                  f'"USD","5.00","-0.52","4.48","b{i}@gmail.com","shop@x.com","U{i}",""\n'
                  for i in range(5))), "Download.CSV")
    log = load_orders(p)
    assert [(o.row, o.customer_id, o.amount) for o in log.orders][:1] == [
        (4, "mou@yahoo.com", 28.38)]
    assert len(log.orders) == 6


def test_new_is_no_purchase_only_in_an_export_of_past_orders():
    """On the Orders tab a "New" order is on its way and counts; "Denied" never does."""
    from khatir.sheet.parse import parse_never_bought, parse_returned

    assert (parse_returned("New"), parse_never_bought("New")) == (False, True)
    assert parse_returned("Denied") and not parse_returned("New York delivery")
