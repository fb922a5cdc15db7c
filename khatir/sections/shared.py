"""What several rules need about each customer, worked out once per run.

Purchase histories and the lost-customer model are the costly part of a run; the
lost-customer, stay-in-touch and meetup rules all use them (and the last contact
with each customer), so they are computed on first use and kept on the run's
``SheetData``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..config import Settings
from ..records import SheetData
from ..rules.history import PurchaseHistory, purchase_histories
from ..rules.lost import Assessment, LostSettings, Model, assess_customers, fit_model
from ..rules.segments import Segmented, segment_of, source_of
from ..rules.stay_in_touch import last_contacts


@dataclass(frozen=True)
class CustomerView:
    histories: dict[str, PurchaseHistory]
    assessments: dict[str, Assessment]  # only customers with a level (lost / at risk)
    segments: dict[str, Segmented]
    last_contact: dict[str, date]  # latest call note or sent message per customer
    model: Model  # the lost-customer model, which method and why


def customer_view(data: SheetData, settings: Settings, today: date) -> CustomerView:
    key = ("customer_view", today)
    if key not in data.derived:
        histories = purchase_histories(data.customers, data.orders)
        lost = LostSettings.from_section(settings.section("lost"))
        model = fit_model(histories.values(), today, horizon_days=lost.horizon_days,
                          min_customers=lost.min_fit_customers, learn=lost.model == "auto")
        assessments = assess_customers(data.customers, histories, today, lost, model=model)
        segments = {}
        for cid, c in data.customers.items():
            segment = segment_of(c, histories.get(cid), assessments.get(cid))
            segments[cid] = Segmented(c, segment, source_of(c, segment), histories.get(cid),
                                      assessments.get(cid))
        data.derived[key] = CustomerView(histories, assessments, segments,
                                         last_contacts(data.call_notes, data.messages), model)
    return data.derived[key]
