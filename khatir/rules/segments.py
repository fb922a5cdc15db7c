"""Which kind of customer someone is: interested, existing or lost.

Staff may write the Segment in the Customers tab; when they leave it blank the
scripts derive it, always the same way, so that every rule (meetup invitations,
win-back, reports) agrees on who is who. ``segment_of`` is that one rule:

1. the Segment staff typed, when there is one (staff know things the data does not);
2. else ``lost`` when the lost-customer detection says so (``rules/lost/``);
3. else ``existing`` when the customer has bought at least once;
4. else ``interested``: known to the shop, never bought.

Pure functions of plain data; ``today`` is always an argument.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from ..records import Customer, Order
from .history import PurchaseHistory, purchase_histories
from .lost import LOST, Assessment, LostSettings, Model, assess_customers

INTERESTED = "interested"
EXISTING = "existing"
SEGMENTS = (INTERESTED, EXISTING, LOST)

STAFF = "staff"  # typed in the Customers tab
DETECTED = "detected"  # derived from purchases and the lost-customer detection


def segment_of(customer: Customer, history: PurchaseHistory | None,
               assessment: Assessment | None) -> str:
    """The customer's segment: staff's word first, else derived from what they bought.

    ``assessment`` is the lost-customer detection's verdict for this customer
    (``None`` when it has none: not lost, not at risk).
    """
    if customer.segment:
        return customer.segment
    if assessment is not None and assessment.level == LOST:
        return LOST
    if history is not None and history.purchases > 0:
        return EXISTING
    return INTERESTED


@dataclass(frozen=True)
class Segmented:
    """A customer with their segment and the facts it was derived from."""

    customer: Customer
    segment: str
    source: str  # STAFF | DETECTED
    history: PurchaseHistory | None
    assessment: Assessment | None

    @property
    def id(self) -> str:
        return self.customer.id


def segment_customers(customers: Mapping[str, Customer], orders: Iterable[Order], today: date,
                      settings: LostSettings | None = None,
                      model: Model | None = None) -> dict[str, Segmented]:
    """Every customer's segment, computing purchase histories and the lost detection once.

    Everyone gets a history (meetup seating uses spending and loyalty even when
    staff typed the Segment); the lost detection only runs when some Segment is
    blank, since it is the one costly step.
    """
    histories = purchase_histories(customers, orders)
    assessments: Mapping[str, Assessment] = {}
    if any(not c.segment for c in customers.values()):
        assessments = assess_customers(customers, histories, today, settings or LostSettings(),
                                       model=model)
    out: dict[str, Segmented] = {}
    for cid, customer in customers.items():
        history, assessment = histories.get(cid), assessments.get(cid)
        out[cid] = Segmented(customer, segment_of(customer, history, assessment),
                             STAFF if customer.segment else DETECTED, history, assessment)
    return out
