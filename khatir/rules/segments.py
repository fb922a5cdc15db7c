"""Which kind of customer someone is: interested, existing or lost.

Staff may write the Segment in the Customers tab; when they leave it blank the
scripts derive it, always the same way, so that every rule (meetup invitations,
win-back, reports) agrees on who is who. ``segment_of`` is that one rule:

1. ``lost`` when the run's lost-customer detection says so (``rules/lost/``; a
   Segment typed ``lost`` always counts as lost there): the invitation a customer
   gets must agree with the Follow-ups list of the same run, so a customer listed
   as lost is never thanked "for staying with us all this time". When staff typed
   another Segment, Follow-ups says that the order history won (``overridden``);
2. else the Segment staff typed, when there is one (staff know things the data does not);
3. else ``existing`` when the customer has bought at least once;
4. else ``interested``: known to the shop, never bought.

Pure functions of plain data; ``today`` is always an argument.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..sheet.records import Customer
from .history import PurchaseHistory
from .lost import LOST, Assessment

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
    if assessment is not None and assessment.level == LOST:
        return LOST
    if customer.segment:
        return customer.segment
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

    @property
    def overridden(self) -> bool:
        """Staff typed a Segment, but the lost-customer detection won."""
        return bool(self.customer.segment) and self.customer.segment != self.segment


def source_of(customer: Customer, segment: str) -> str:
    return STAFF if customer.segment and customer.segment == segment else DETECTED

