"""Which columns of a shop's order export hold the date, the customer, the amount and the status.

Every shop system names them its own way ("Order Date", "Created at", "InvoiceDate",
"Belegdatum", "তারিখ"; "Customer ID", "Customer User ID", "Billing Email", "Mobile",
"Party Name", "Kundennr"; "Total", "Order Total Amount", "Amount (Tk)", "Gesamtpreis
netto"). A header is matched first against the names known here exactly, then, for a
column still not found, by the words it holds ("Voucher Date", "Shipping Phone", "Grand
Total (BDT)"), leaving out the look-alikes ("Due Date", "Customer Note", "Subtotal",
"Delivery Charge").

The customer is the most specific column found: an account ID first, then a name, then
a bare "ID"; but a phone number or an e-mail address filled on as many rows wins over a
name (staff type one customer's name several ways, "Rina", "Rina A."), and over the
account ID when it is filled on more rows: guest checkouts have no account ID, and some
systems write 0 for them. Of a phone and an e-mail column, the one filled on more rows
is the customer (Shopify's Phone is often empty). Phone numbers without a country code
are read as the country's most of the column's numbers with one belong to (Bangladesh
when none has one). A payment statement's sender wallet ("Sender wallet", "From Wallet",
"Customer Account") is a phone column when it holds mobile numbers, and its "Type"
(Payment, Refund, Cash Out) the status when there is no Status column; a till's "Receipt
type" (Sale, Refund) is read beside its Status ("Closed"): a refund receipt, whatever its
amount, is no purchase. A type column that names the sales (Tally's "Vch Type": Sales,
Receipt, Credit Note) counts only them. A total row ("মার্চ মোট") never decides a column,
and a column whose values are not amounts ("sales-channel") is never the amount.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterable, Iterator

import phonenumbers

from .errors import CellError
from .i18n import ASCII_DIGITS
from .sheet.parse import names_sales, parse_not_a_sale, parse_phone
from .sheet.schema import header_key


@dataclass(frozen=True)
class Names:
    """How one kind of column is recognised: exact names, then the words it may hold."""

    exact: frozenset[str]
    words: tuple[str, ...] = ()  # a header holding one of these...
    not_words: tuple[str, ...] = ()  # ...and none of these
    ends: tuple[str, ...] = ()  # ...and ending with one of these (when given)

    def all(self, keys: list[str], taken: tuple[int | None, ...] = ()) -> list[int]:
        """Every column with an exact name or words that fit, exact names first."""
        exact = [i for i, k in enumerate(keys) if k in self.exact and i not in taken]
        return exact + [i for i, k in enumerate(keys)
                        if i not in taken and i not in exact and self.words
                        and any(w in k for w in self.words)
                        and not any(w in k for w in self.not_words)
                        and (not self.ends or k.endswith(self.ends))]

    def find(self, keys: list[str], taken: tuple[int | None, ...] = ()) -> int | None:
        """The first column with an exact name, else the first whose words fit."""
        for i, k in enumerate(keys):
            if k in self.exact and i not in taken:
                return i
        if not self.words:
            return None
        for i, k in enumerate(keys):
            if (i not in taken and any(w in k for w in self.words)
                    and not any(w in k for w in self.not_words)
                    and (not self.ends or k.endswith(self.ends))):
                return i
        return None


DATE = Names(
    frozenset({"date", "orderdate", "invoicedate", "purchasedate", "transactiondate", "day",
               "saledate", "salesdate", "orderdatetime", "datetime", "createdat", "created",
               "ordercreated", "orderplaced", "paymentdate", "timestamp", "তারিখ",
               "অর্ডারেরতারিখ"}),
    words=("date", "created", "placed", "ordered", "purchased", "datum", "তারিখ"),
    not_words=("update", "due", "birth", "expir", "modified", "জন্ম"))
CUSTOMER_ID = Names(
    frozenset({"customerid", "customerno", "customernumber", "customercode", "custid", "custno",
               "clientid", "clientno", "clientnumber", "clientcode", "buyerid", "accountid",
               "accountno", "accountnumber", "memberid", "kundennr", "kundennummer", "kdnr",
               "গ্রাহকআইডি", "গ্রাহকনম্বর", "ক্রেতাআইডি"}),
    words=("customer", "client", "buyer", "account", "member", "party", "cust", "kunde",
           "গ্রাহক", "ক্রেতা"),
    not_words=("order", "invoice", "voucher", "phone", "mobile", "mail", "note", "type", "group"),
    ends=("id", "no", "nr", "number", "code", "ref", "আইডি", "নম্বর"))
CUSTOMER = Names(
    frozenset({"customer", "client", "buyer", "account", "member", "party", "partyname",
               "particulars", "গ্রাহক", "ক্রেতা", "পার্টি"}),
    words=("customer", "client", "buyer", "party", "গ্রাহক", "ক্রেতা"),
    not_words=("note", "type", "group", "tag", "segment", "mail", "phone", "mobile", "address",
               "city", "country", "since", "category", "marketing", "count", "ঠিকানা"))
PHONE = Names(
    frozenset({"phone", "phoneno", "phonenumber", "mobile", "mobileno", "mobilenumber", "cell",
               "contact", "ফোন", "মোবাইল", "ফোননম্বর", "মোবাইলনম্বর"}),
    words=("phone", "mobile", "cellno", "whatsapp", "ফোন", "মোবাইল"),
    not_words=("alt", "second", "other", "2"))
EMAIL = Names(
    frozenset({"email", "emailaddress", "customeremail", "billingemail", "mail", "ইমেইল", "ইমেল"}),
    words=("email", "ইমেইল", "ইমেল"))
#: The payer's wallet in a bKash or Nagad statement ("Sender wallet", "From Wallet"):
#: a mobile number, taken as one only when its values are phone numbers.
WALLET = Names(
    frozenset({"fromwallet", "sender", "senderno", "sendernumber", "senderwallet",
               "senderaccount", "sendermobile", "walletnumber", "walletno", "wallet",
               "customerwallet", "accountno", "customeraccountno", "fromaccount", "frommobile",
               "fromnumber", "customeraccount", "customerwalletno", "customerwalletnumber",
               "senderaccountno", "fromwalletno", "customermobileno"}),
    words=("wallet", "sender"),
    not_words=("merchant", "receiver", "name", "type", "charge", "balance"))
#: A cell of a person's contacts, a phone number and/or an e-mail address (Loyverse's
#: "Customer contacts": "+8801711234567, rina@gmail.com").
CONTACT = Names(
    frozenset({"contacts", "customercontacts", "customercontact", "contactinfo",
               "contactdetails", "contactinformation", "যোগাযোগ"}),
    words=("contact", "যোগাযোগ"),
    not_words=("name", "person", "date", "owner", "method", "preferred", "via", "channel"))
BARE_ID = Names(frozenset({"id", "আইডি"}))
#: The customer column's kinds, most specific first.
CUSTOMER_KINDS = (CUSTOMER_ID, CUSTOMER, PHONE, WALLET, EMAIL, CONTACT, BARE_ID)
#: Columns that name one person however the order was placed: used instead of the
#: customer ID when they are filled on more rows (guest checkouts have no account ID).
CONTACTS = (PHONE, WALLET, EMAIL, CONTACT)
#: A contact column of someone else than the buyer (a gift's recipient): not a contact.
NOT_THE_BUYER = ("shipping", "delivery", "recipient", "receiver", "consignee", "merchant")
#: The order a row is a line of (Shopify's "Name", "#1001", on each of an order's lines).
ORDER_NUMBER = Names(
    frozenset({"name", "ordernumber", "orderno", "orderid", "ordernr", "order", "orderref",
               "orderreference", "invoiceno", "invoicenumber", "receiptnumber", "receiptno",
               "billno", "অর্ডারনম্বর"}),
    words=("order", "invoice", "receipt"), ends=("id", "no", "number", "nr", "ref"),
    not_words=("date", "status", "total", "amount", "note", "type"))
AMOUNT = Names(
    frozenset({"amount", "total", "value", "sales", "revenue", "dollarvalue", "sum", "ordertotal",
               "grandtotal", "totalamount", "invoicetotal", "ordervalue", "netamount", "net",
               "billamount", "bill", "amounttk", "amountbdt", "totaltk", "totalprice",
               "linetotal", "paidprice", "paidamount", "টাকা", "মোট", "মোটটাকা", "বিল",
               "বাকি", "বাকিরটাকা"}),  # a khata's sale on credit; "মোট বাকি" is its balance
    words=("total", "amount", "value", "sales", "revenue", "betrag", "gesamt", "summe", "umsatz",
           "টাকা", "মোট"),
    not_words=("subtotal", "discount", "tax", "vat", "shipping", "delivery", "fee", "charge",
               "qty", "quantity", "items", "count", "weight", "due", "cost", "profit", "margin",
               "refund", "balance", "mwst", "steuer", "versand", "rabatt", "menge", "ডেলিভারি",
               "ছাড়", "বাকি", "ব্যালেন্স", "জের", "adjusted"))
#: A khata's money received against dues ("জমা"): a row with it and no sale amount is a
#: payment of an old bill, no purchase.
RECEIVED = Names(frozenset({"জমা", "জমাটাকা", "জমারটাকা", "আদায়", "পরিশোধ", "received",
                            "amountreceived", "paymentreceived"}))
#: A line's memo or note: when it says only "Voided" (QuickBooks' voided transaction, shown
#: at 0.00), the line is no purchase.
MEMO = Names(frozenset({"memo", "memodescription", "description", "note", "notes", "remarks",
                        "narration", "বিবরণ", "মন্তব্য"}))
#: A payment's own ID, and the ID of the payment a refund gives back (PayPal's
#: "Transaction ID" and "Reference Txn ID"): a refund naming its sale cancels it when it
#: gives back all of it.
TXN_ID = Names(frozenset({"transactionid", "txnid", "trxid", "trxnid", "transactionno",
                          "transactionnumber", "paymentid"}))
REFERENCE = Names(frozenset({"referencetxnid", "referencetransactionid", "reftxnid",
                             "referencetrxid", "originaltransactionid", "originaltxnid",
                             "parenttransactionid", "parenttxnid", "refundedtransactionid"}))
#: A total after refunds (Etsy's "Adjusted Order Total"): 0 when the order was refunded in
#: full, blank when nothing changed.
ADJUSTED = Names(frozenset(), words=("adjusted",), not_words=("fee", "tax", "net", "charge"),
                 ends=("total", "amount", "value"))
#: A column saying what became of the order: a cancelled or returned order is not a purchase.
STATUS = Names(
    frozenset({"status", "orderstatus", "deliverystatus", "paymentstatus", "financialstatus",
               "fulfillmentstatus", "state", "orderstate", "অবস্থা", "স্ট্যাটাস",
               "অর্ডারেরঅবস্থা"}),
    words=("status", "অবস্থা"))
#: A payment statement's kind of transaction ("Payment", "Refund"): the status when
#: there is no Status column and some of its values are refunds or reversals.
#: A till's "Receipt type" (Sale, Refund) is one too, read beside its Status (Closed).
#: Tally's "Vch Type" (Sales, Receipt, Payment, Purchase, Credit Note) too: when it names
#: the sales, only they are purchases (``parse_not_a_sale``).
#: Named so exactly, or by the words of one ("Vch. Type Name", "Trans Type", "Voucher Kind").
TRANSACTION_TYPE = Names(frozenset({"type", "transactiontype", "txntype", "trxtype",
                                    "transactionkind", "receipttype", "documenttype", "eventtype",
                                    "vchtype", "vouchertype", "voucher", "entrytype",
                                    "লেনদেনেরধরন", "লেনদেন", "ধরন", "ভাউচারেরধরন",
                                    "ভাউচারধরন"}),
                         words=("vch", "voucher", "txn", "trx", "trans", "tran", "doc",
                                "entry", "লেনদেন", "ভাউচার"),
                         not_words=("date", "amount"),
                         ends=("type", "typename", "kind", "ধরন"))
QUANTITY = Names(frozenset({"quantity", "qty", "numberofcds", "units", "pcs", "pieces", "menge",
                            "anzahl", "সংখ্যা", "পরিমাণ"}),  # পরিমাণ: how many, not taka
                 words=("quantity", "qty", "menge"), not_words=("total", "gesamt"))
UNIT_PRICE = Names(frozenset({"unitprice", "priceeach", "price", "rate", "preis", "দাম", "একককদাম"}),
                   words=("price", "preis"), not_words=("total", "compare", "cost", "sum", "gesamt"))

#: What systems write in the customer column of a sale to nobody in particular.
NO_CUSTOMER = {"0", "-", "--", "—", "n/a", "na", "#n/a", "none", "null"}
#: ...and the walk-in ledger of a shop's till (Tally's "Cash", "Counter Sale", "নগদ
#: বিক্রি"): a sale to whoever came in, many people under one name. Compared without
#: case, spaces, hyphens and dots ("Walk-in", "Walk in customer", "Cash Sales").
WALK_IN = {"cash", "cashsale", "cashsales", "cashcustomer", "walkin", "walkincustomer",
           "walkins", "countersale", "countersales", "guest", "guestcustomer", "অতিথি", "নগদ",
           "নগদবিক্রি", "নগদবিক্রয়"}
_WALK_IN_SPACES = re.compile(r"[\s\-_.]+")


def walk_in(value: object) -> bool:
    """Whether a customer cell names the walk-in ledger rather than a customer, or is a
    dummy number typed for walk-ins (01700000000, 01711111111, 1234567890)."""
    return (isinstance(value, str) and len(value) < 30
            and (_WALK_IN_SPACES.sub("", value).casefold() in WALK_IN or dummy_number(value)))


def dummy_number(text: str) -> bool:
    """Whether a phone-like text is a number typed to fill the cell, not anyone's: its last
    eight digits one digit repeated ("01700000000", "0000000000") or counting up or
    down ("1234567890", "01712345678")."""
    digits = _NUMBER_MARKS.sub("", text.translate(ASCII_DIGITS))
    if len(digits) < 7 or not digits.isdigit():
        return False
    tail = digits[-8:]
    return len(set(tail)) == 1 or tail in _COUNTING


_NUMBER_MARKS = re.compile(r"[\s\-+().]")
_COUNTING = "01234567890123456789 98765432109876543210"


@dataclass(frozen=True)
class Columns:
    """Where each thing is in a log's rows (0-based; None: not in this log)."""

    date: int
    customer: int
    amount: int | None = None
    quantity: int | None = None
    unit_price: int | None = None
    status: int | None = None
    #: a transaction type read beside the status (a till's "Receipt type": Sale, Refund)
    kind: int | None = None
    #: the transaction-type column, as status or beside it, and whether it names the sales
    #: (then only they are purchases: Tally's Receipt, Payment, Credit Note are none)
    types: int | None = None
    sales_named: bool = False
    customer_id: Callable[[object], str] = lambda value: id_text(value)  # the customer's key
    phones: bool = False  # the customer column holds phone numbers (some maybe masked)
    #: the buyer's other phone, e-mail and contact columns: the customer when the customer
    #: cell is blank (a guest's Phone beside an empty Email), and linked with it
    contacts: tuple[int, ...] = ()
    #: the order number, the same on each line of one order (Shopify's "Name")
    order: int | None = None
    region: str = "BD"  # the country of the log's phone numbers without a country code
    #: money received against dues (a khata's "জমা"): a row with it and no amount is none
    received: int | None = None
    #: the total after refunds (Etsy's "Adjusted Order Total"): 0 is a full refund
    adjusted: int | None = None
    #: a payment's ID and the payment a refund names (PayPal's "Reference Txn ID")
    txn: int | None = None
    reference: int | None = None
    memo: int | None = None  # a note that may say the line was voided
    #: a second amount column (Tally's "Credit Amount" beside its "Debit Amount"): the
    #: amount of a refund row (a Credit Note) that leaves the first one blank
    credit: int | None = None


def dated_headers(rows: list[list]) -> Iterator[tuple[int, list[str], int]]:
    """Each of the first ten rows that could be the header, since it names a date column:
    its index, its header keys and the date column."""
    for i, r in enumerate(rows[:10]):
        keys = [header_key(c) for c in r]
        date = DATE.find(keys)
        if date is not None:
            yield i, keys, date


#: The different texts of a column below a header row (its index, the column's), read
#: from the whole log: a Day Book's first Receipt may come a thousand rows down.
ValuesBelow = Callable[[int, int], set[str]]


def find_header(rows: list[list], values_below: ValuesBelow | None = None
                ) -> tuple[int, Columns | None]:
    """The header among the first ten rows, and its columns (``-1, None``: none found).
    ``rows`` are the log's first rows; ``values_below`` gives a column's texts in the
    whole log (by default those in ``rows``), which decide a transaction-type column."""
    for i, keys, date in dated_headers(rows):
        below = rows[i + 1:]
        found = [(c, kind) for kind in CUSTOMER_KINDS for c in [kind.find(keys, (date,))]
                 if c is not None and (kind is not WALLET or _phones(below, c))]
        if not found:
            continue
        below = [r for r in below if not total_row(r, date, found[0][0])]
        customer, kind = found[0]
        for c, other in found[1:]:
            if other not in CONTACTS:
                continue
            mine, theirs = _filled_in(below, customer), _filled_in(below, c)
            # a number or an address names one person more surely than a typed name; of
            # a phone and an e-mail column, the one filled on more rows (a Shopify export
            # has an empty Phone column beside an Email filled on every row)
            if theirs > mine or (theirs == mine and kind is CUSTOMER):
                customer, kind = c, other
        line_total = _line_total(rows[i], keys, (date, customer))
        amount = next((c for c in ([line_total] if line_total is not None else [])
                       + AMOUNT.all(keys, (date, customer)) if _amounts(below, c)), None)
        phones = kind in (PHONE, WALLET) or (kind is CUSTOMER_ID and _phones(below, customer))
        region = _phone_region(below, customer) if phones else "BD"
        key = (phone_key(region) if phones else email_id if kind is EMAIL
               else partial(contact_id, region=region) if kind is CONTACT else id_text)
        contacts = tuple(sorted(
            {c for kind in CONTACTS for c in kind.all(keys, (date, customer))
             if not any(w in keys[c] for w in NOT_THE_BUYER)
             and (kind is not WALLET or _phones(below, c))}
            | ({customer} if kind is CONTACT else set())))  # its second part, linked
        order = next((c for c in ORDER_NUMBER.all(keys, (date, customer) + contacts)
                      if _order_numbers(below, c)), None)
        status = STATUS.find(keys, (date, customer))
        kinds = TRANSACTION_TYPE.find(keys, (date, customer, amount, status))
        seen = set() if kinds is None else (
            values_below(i, kinds) if values_below is not None else _values(below, kinds))
        sales = names_sales(seen)
        if kinds is not None and not _says_not_bought(seen, sales):
            kinds = None
        types = kinds
        if status is None:
            status, kinds = kinds, None
        # the quantity and unit price make an amount only when no column holds it; beside
        # Amazon's item-price (the line's total) they would count a line twice over
        by_line = amount is None or amount != line_total
        return i, Columns(date, customer, amount,
                          QUANTITY.find(keys, (date, customer)) if by_line else None,
                          UNIT_PRICE.find(keys, (date, customer, amount)) if by_line else None,
                          status, kinds, types,
                          sales and types is not None, key, phones, contacts, order, region,
                          RECEIVED.find(keys, (date, customer, amount)) if amount is not None
                          else None, ADJUSTED.find(keys, (date, customer, amount)),
                          *_linked(keys, (date, customer, amount)),
                          MEMO.find(keys, (date, customer, amount)),
                          _credit(keys, below, (date, customer, amount)) if types is not None
                          else None)
    return -1, None


def _credit(keys: list[str], below: list[list], taken: tuple[int | None, ...]) -> int | None:
    """A credit amount column beside the amount (Tally's Day Book: "Debit Amount" for a
    sale, "Credit Amount" for its Credit Note)."""
    return next((c for c in AMOUNT.all(keys, taken) if "credit" in keys[c] and _amounts(below, c)),
                None)


#: Amazon's order reports (All Orders, Fulfilled Shipments) name their columns in lower case
#: with hyphens; their "item-price" is the price of the line's whole quantity
#: (quantity × the unit price), so it is the line's amount, never a unit price.
AMAZON_LINE_TOTAL = "item-price"
AMAZON_ORDER_ID = "amazonorderid"


def _line_total(header: list, keys: list[str], taken: tuple[int | None, ...]) -> int | None:
    """Amazon's "item-price" column: written so (hyphenated, lower case), or named Item Price
    in a log with Amazon's "amazon-order-id" column. Another system's "Item Price" may be a
    unit price (Shopify's "Lineitem price" is), so it is left to ``UNIT_PRICE``."""
    amazon = AMAZON_ORDER_ID in keys
    for c, (cell, key) in enumerate(zip(header, keys)):
        if c not in taken and key == "itemprice" and (
                amazon or str(cell).strip().casefold() == AMAZON_LINE_TOTAL):
            return c
    return None


def _phones(rows: list[list], col: int) -> bool:
    """Whether a column holds mobile numbers (a wallet, an "Account No" of phone numbers):
    nine in ten of its first filled values, masked ones ("017XXXX5678") counted."""
    values = [text for r in rows[:HEAD] if len(r) > col and (text := id_text(r[col]))][:HEAD]
    return bool(values) and sum(_MOBILE.fullmatch(re.sub(r"[\s\-]", "", v.translate(ASCII_DIGITS)))
                                is not None for v in values) >= 0.9 * len(values)


HEAD = 200
_MOBILE = re.compile(r"(?:\+?88)?0?1[3-9](?:\d{8}|\d{0,3}[Xx*•]{3,}\d{2,5})")


#: A number with its middle hidden, as a wallet statement shows it ("017XXXX5678").
MASKED = re.compile(r"\+?(\d+)[Xx*•]{2,}(\d+)")


def unmask(masked: Iterable[str], numbers: Iterable[str]) -> dict[str, str]:
    """The customer (one of ``numbers``, as ``phone_id`` writes them) each masked number
    stands for: the one number whose digits it shows, where it shows them; "" when several
    fit ("017XXXX5678" beside 01711115678 and 01799995678). A masked number that no full
    number fits is left out of the answer: it stays a customer of its own, as the shop
    shows it (Daraz masks every number the same way, "01329***919")."""
    shapes = {}
    for m in masked:
        found = MASKED.fullmatch(m.replace(" ", "").replace("-", ""))
        if found:
            shapes[m] = (len(m.replace(" ", "").replace("-", "").lstrip("+")), found.group(1),
                         found.group(2))
    fits: dict[tuple[int, str, str], set[str]] = {}
    wanted = set(shapes.values())
    lengths = {(n, len(head), len(tail)) for n, head, tail in wanted}
    for number in numbers:
        digits = re.sub(r"\D", "", number)
        for n, h, t in lengths:
            shown = digits[-n:]
            if len(shown) < n:
                continue
            shape = (n, shown[:h], shown[-t:])
            if shape in wanted:
                fits.setdefault(shape, set()).add(number)
    return {m: next(iter(fits[shape])) if len(fits[shape]) == 1 else ""
            for m, shape in shapes.items() if shape in fits}


def _order_numbers(rows: list[list], col: int) -> bool:
    """Whether a column holds order numbers ("#1001", "1-0043", "INV-7"): one word with a
    digit, nine in ten of its first filled values; a name ("Rina Akter") is none."""
    values = [text for r in rows[:HEAD] if len(r) > col and (text := id_text(r[col]))]
    return bool(values) and sum(not any(c.isspace() for c in v) and any(c.isdigit() for c in v)
                                for v in values) >= 0.9 * len(values)


def _linked(keys: list[str], taken: tuple[int | None, ...]) -> tuple[int | None, int | None]:
    """The payment ID and reference columns, when the log has both (else neither)."""
    txn, reference = TXN_ID.find(keys, taken), REFERENCE.find(keys, taken)
    return (txn, reference) if txn is not None and reference is not None else (None, None)


def _amounts(rows: list[list], col: int) -> bool:
    """Whether a column may hold amounts: half of its first filled values or more are
    numbers or hold a digit (Amazon's "sales-channel", "Amazon.co.uk", is no amount however
    named; a "free" or "N/A" among amounts is a typed exception)."""
    values = [v for r in rows[:HEAD] if len(r) > col and (v := r[col]) not in (None, "")]
    return sum(isinstance(v, (int, float)) or any(c.isdigit() for c in str(v).translate(ASCII_DIGITS))
               for v in values) >= 0.5 * len(values)


def _values(rows: list[list], col: int) -> set[str]:
    return {r[col] for r in rows if len(r) > col and isinstance(r[col], str)}


def _says_not_bought(kinds: set[str], sales: bool) -> bool:
    """Whether a transaction-type column holds types that are no purchase among its few
    values: refunds, reversals, the shop's own Cash Out; or, beside its Sales, Receipts."""
    return len(kinds) <= MAX_TYPES and any(parse_not_a_sale(k, sales) for k in kinds)


#: A column with more different texts than this is no list of transaction types.
MAX_TYPES = 20


def total_row(row: list, *cols: int) -> bool:
    """Whether a row is a total or subtotal line ("মার্চ মোট", "Grand Total" in the date or
    the name column): it is no order, and must not decide which column names the customer."""
    return any(len(row) > c and isinstance(row[c], str) and _TOTAL.search(row[c]) is not None
               for c in cols)


_TOTAL = re.compile(r"\b(?:sub-?|grand\s*)?totals?\b|মোট|সর্বমোট|যোগফল", re.IGNORECASE)


def _filled_in(rows: list[list], col: int) -> int:
    return sum(len(r) > col and bool(id_text(r[col])) for r in rows)


def order_numbers(rows: Iterable[list], cols: Columns) -> int:
    """How many order numbers the customer column holds when it numbers the orders instead
    (a Shopify export without its Email column leaves only its "Id", the order's number):
    among many values, none comes back on another day, as some of a real shop's customers
    always do. 0 when it is a customer column."""
    days: dict[str, object] = {}
    for r in rows:
        if len(r) > max(cols.customer, cols.date) and (value := id_text(r[cols.customer])):
            if days.setdefault(value, r[cols.date]) != r[cols.date]:
                return 0
    return len(days) if len(days) >= ORDER_NUMBERS_SEEN else 0


#: How many different values a bare "ID" column must hold, none on two days, to be taken
#: for order numbers (a young shop's first few customers may not have come back yet).
ORDER_NUMBERS_SEEN = 30


def _phone_region(rows: list[list], col: int) -> str:
    """The country whose numbers a phone column holds: the one most of its numbers typed
    with a country code belong to ("+44 7700 900123" beside "07700 900123"), Bangladesh
    when none has one."""
    regions: Counter[str] = Counter()
    for r in rows:
        text = id_text(r[col]) if len(r) > col else ""
        if text.startswith(("+", "00")):
            try:
                number = phonenumbers.parse("+" + text.lstrip("+0") if text.startswith("00")
                                            else text, None)
            except phonenumbers.NumberParseException:
                continue
            region = phonenumbers.region_code_for_country_code(number.country_code or 0)
            if region != "ZZ":
                regions[region] += 1
    return regions.most_common(1)[0][0] if regions else "BD"


def id_text(value: object) -> str:
    """A customer ID as text: ``12346.0`` from a spreadsheet export is ``12346``; a guest's
    ``0`` or ``-``, and a walk-in ledger ("Cash", "Guest"), is no customer ("")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.casefold() in NO_CUSTOMER or walk_in(text):
        return ""
    head, dot, tail = text.partition(".")
    if dot and head.isdigit() and tail and set(tail) == {"0"}:
        return head
    return text


def phone_id(value: object, region: str = "BD") -> str:
    """A customer known by their phone number, however it was typed ("01711-234567",
    "+8801711234567", "01711 234567" are one customer): the number in E.164 when it
    is a valid one (numbers without a country code read as ``region``'s), otherwise
    its digits."""
    text = id_text(value)
    if not text or MASKED.fullmatch(text):  # "01329***919": as the shop shows it
        return text
    try:
        return parse_phone(text, region)
    except CellError:  # not a number the country has (yet): its digits, in one form
        digits = re.sub(r"\D", "", text.translate(ASCII_DIGITS))
        if digits.startswith("00"):
            digits = digits[2:]
        elif digits.startswith("0"):  # the trunk 0 stands for the country's code
            digits = f"{phonenumbers.country_code_for_region(region)}{digits[1:]}"
        return digits if len(digits) >= 7 else text


def phone_key(region: str) -> Callable[[object], str]:
    """``phone_id`` for a log whose numbers are ``region``'s."""
    return phone_id if region == "BD" else partial(phone_id, region=region)


def contact_ids(value: object, region: str = "BD") -> list[str]:
    """The people a contact cell names: each phone number (as ``phone_id``) and e-mail
    address (as ``email_id``) in it ("+8801711234567, rina@gmail.com"); [] for none."""
    text = id_text(value)
    if not text:
        return []
    found = []
    for part in _CONTACT_PARTS.split(text):
        part = part.strip()
        if "@" in part:
            found.append(email_id(part))
        elif sum(c.isdigit() for c in part.translate(ASCII_DIGITS)) >= 7:
            found.append(phone_id(part, region))
    return found


_CONTACT_PARTS = re.compile(r"[,;/|\n]+|\s(?=[^\s@]+@)")


def contact_id(value: object, region: str = "BD") -> str:
    """The customer a contact cell names: its first phone number, or else its first
    e-mail address, or the text itself."""
    found = contact_ids(value, region)
    phones = [c for c in found if "@" not in c]
    return (phones or found or [id_text(value)])[0]


def email_id(value: object) -> str:
    """An e-mail address ignores case: "Emma@x.com" and "emma@x.com" are one customer."""
    return id_text(value).casefold()
