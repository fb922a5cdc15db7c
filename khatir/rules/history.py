"""Purchase history per customer: from the Orders tab, else from the Customers columns.

The Orders tab, when it has rows for a customer, is the truth: first and last
purchase, the number of distinct purchase *days* (two orders on one day are one
visit to the shop) and the total spent. A customer with no rows there falls back to
the Customers columns First Purchase, Last Purchase, Orders and Total Spent.

An order with a negative amount is a refund: it lowers the total spent but is not a
purchase day. A refund that gives back the whole of one earlier order of the same
customer (the same amount, within ``REFUND_DAYS``) cancels that order too: a "C" invoice
undoing an invoice, a credit note, a payment refunded the next day; the order's day is
then a purchase day only if something else was bought that day. An order whose Status
says it was cancelled or returned (a refused cash-on-delivery parcel) was never bought:
it counts for nothing. Orders whose Customer ID is not in the Customers tab are ignored here
(the reader reports them as problems).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from ..sheet.records import Customer, Order

ORDERS = "orders"
CUSTOMERS = "customers"


@dataclass(frozen=True)
class PurchaseHistory:
    customer_id: str
    first: date | None
    last: date | None
    purchases: int  # distinct purchase days (Orders tab) or the Orders column
    total_spent: float
    source: str  # "orders" | "customers"
    purchase_dates: tuple[date, ...] = ()  # known only from the Orders tab

    @property
    def gaps(self) -> tuple[int, ...]:
        """Days between consecutive purchase days (Orders tab only)."""
        d = self.purchase_dates
        return tuple((d[i + 1] - d[i]).days for i in range(len(d) - 1))

    def as_of(self, today: date) -> PurchaseHistory | None:
        """The history as it was known on ``today``.

        Exact when the purchase dates are known (later ones are dropped; the total is
        then the total of the kept days only if it can be known, so it is kept as is).
        From the Customers columns a history that ends after ``today`` cannot be cut
        back, so ``None`` is returned.
        """
        if self.last is None or self.last <= today:
            return self
        if not self.purchase_dates:
            return None
        kept = tuple(d for d in self.purchase_dates if d <= today)
        if not kept:
            return None
        return PurchaseHistory(self.customer_id, kept[0], kept[-1], len(kept),
                               self.total_spent, self.source, kept)


def purchase_histories(customers: Mapping[str, Customer],
                       orders: Iterable[Order]) -> dict[str, PurchaseHistory]:
    """One history for every customer in ``customers`` (prospects get ``purchases=0``)."""
    days: dict[str, set[date]] = {}
    spent: dict[str, float] = {}
    seen: set[str] = set()
    kept: dict[str, list[Order]] = {}
    for order in orders:
        cid = order.customer_id
        if cid not in customers or order.date is None or order.returned:
            continue
        seen.add(cid)
        kept.setdefault(cid, []).append(order)
        spent[cid] = spent.get(cid, 0.0) + (order.amount or 0.0)
    for cid, theirs in kept.items():
        days[cid] = {o.date for o in bought(theirs)}

    out: dict[str, PurchaseHistory] = {}
    for cid, customer in customers.items():
        if cid in seen:
            dates = tuple(sorted(days.get(cid, ())))
            out[cid] = PurchaseHistory(
                customer_id=cid,
                first=dates[0] if dates else None,
                last=dates[-1] if dates else None,
                purchases=len(dates),
                total_spent=spent.get(cid, 0.0),
                source=ORDERS,
                purchase_dates=dates,
            )
        else:
            out[cid] = _from_columns(customer)
    return out


def bought(orders: Iterable[Order]) -> list[Order]:
    """One customer's orders that are purchases: not refunds, and not undone by a later
    refund of the same amount within ``REFUND_DAYS`` (the latest such order is the one a
    refund undoes; each order is undone once). A refund of part of an order leaves it a
    purchase."""
    out: list[Order] = []
    for order in sorted(orders, key=lambda o: (o.date, (o.amount or 0.0) < 0)):
        refund = order.amount
        if refund is None or refund >= 0:
            out.append(order)
            continue
        for i in range(len(out) - 1, -1, -1):
            earlier = out[i]
            if (order.date - earlier.date).days > REFUND_DAYS:
                break
            if earlier.amount is not None and abs(earlier.amount + refund) < 0.005:
                del out[i]
                break
    return out


#: A refund undoes an order of the same amount at most this many days before it.
REFUND_DAYS = 90


def _from_columns(c: Customer) -> PurchaseHistory:
    first, last = c.first_purchase, c.last_purchase
    if first is not None and last is not None and first > last:
        first, last = last, first  # typed the wrong way round; the span is what matters
    if c.orders is not None and c.orders >= 0:
        purchases = int(c.orders)
    elif first is not None and last is not None:
        # Orders column blank: two different dates mean at least two purchases.
        purchases = 2 if first < last else 1
    elif first is not None or last is not None:
        purchases = 1
    else:
        purchases = 0
    return PurchaseHistory(
        customer_id=c.id,
        first=first,
        last=last,
        purchases=purchases,
        total_spent=float(c.total_spent or 0.0),
        source=CUSTOMERS,
    )
