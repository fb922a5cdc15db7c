"""What several sections need, worked out once per run and handed to each of them.

Purchase histories and the lost-customer model are the costly part of a run; the
lost-customer, stay-in-touch and meetup sections all use them (and the last contact
with each customer). The Feedback rows judged for sentiment are counted alike by
the feedback, meetup and results sections, and the note reader (the shipped model
plus the shop's own labelled notes) reads notes for the follow-up and customer
sections. ``RunFacts`` holds the run's inputs and works each of these out on first
use (a run with no meetup needing seats never builds the customer view for it):
one object per run, passed to every section, never read from or written to the sheet.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from types import MappingProxyType
from typing import Mapping

from ..config import Settings
from ..events import EventDetector
from ..notes import NoteReader, reader_for
from ..sheet.records import Message, SheetData
from ..rules.feedback import Judged, SentimentDetector, judge
from ..rules.history import PurchaseHistory, purchase_histories
from ..rules.lost import Assessment, Model, assess_customers, fit_model
from ..rules.segments import DETECTED, INTERESTED, Segmented, segment_of, source_of
from ..rules.stay_in_touch import last_contacts
from ..rules.win_back import Quiet, no_win_back

# How long after a bereavement note nothing sales-flavoured goes out (``RunFacts.mourning``).
MOURNING_DAYS = 30


@dataclass(frozen=True)
class CustomerView:
    histories: dict[str, PurchaseHistory]
    assessments: dict[str, Assessment]  # only customers with a level (lost / at risk)
    segments: dict[str, Segmented]
    last_contact: dict[str, date]  # latest call note or sent message per customer
    model: Model  # the lost-customer model, which method and why


def customer_view(data: SheetData, settings: Settings, today: date) -> CustomerView:
    histories = purchase_histories(data.customers, data.orders)
    lost = settings.parsed.lost
    model = fit_model(histories.values(), today, horizon_days=lost.horizon_days,
                      min_customers=lost.min_fit_customers, learn=lost.model == "auto")
    assessments = assess_customers(data.customers, histories, today, lost, model=model)
    segments = {}
    for cid, c in data.customers.items():
        segment = segment_of(c, histories.get(cid), assessments.get(cid))
        segments[cid] = Segmented(c, segment, source_of(c, segment), histories.get(cid),
                                  assessments.get(cid))
    _one_person(segments)
    return CustomerView(histories, assessments, segments,
                        last_contacts(data.call_notes, every_message(data)), model)


def _one_person(segments: dict[str, Segmented]) -> None:
    """One person written twice (``Customer.same_person_as``: same name and phone) who bought on
    one row is not a never-bought prospect on the other: the row read as ``interested`` (not typed
    so by staff) takes the buying row's segment, so an invitation for interested people only does
    not ask a three-time buyer for "a first visit, no pressure to buy" (the third trial, F12)."""
    for cid, s in list(segments.items()):
        first = segments.get(s.customer.same_person_as) if s.customer.same_person_as else None
        if first is None:
            continue
        for row, other in ((s, first), (first, s)):
            if row.segment == INTERESTED and row.source == DETECTED and other.segment != INTERESTED:
                segments[row.id] = replace(row, segment=other.segment)


def archived(data: SheetData) -> list[Message]:
    """Messages whose row staff deleted or cut out to an archive tab (docs: allowed), as
    Khatir Keys remembers them: each taken as sent on the day it was made. Staff archive
    what went out; without this a customer messaged last month would read "never contacted"
    and the quiet days would not hold a win-back (the third month's trial, F7). Only rows with
    a Kind: a mark beside a message ("meetup_for:…", "no_contact_seen:…") is no message."""
    listed = {m.key for m in data.messages}
    return [replace(m, status="sent", sent_on=m.created) for key, m in data.issued.items()
            if key not in listed and m.customer_id and m.kind and m.created is not None]


def every_message(data: SheetData) -> list[Message]:
    """The Messages rows and the archived ones: what the last contact and the quiet days count."""
    return [*data.messages, *archived(data)]


class RunFacts:
    """One run's inputs (the sheet read, the settings, the day) and the facts several
    sections share, each worked out on first use and kept for the rest of the run."""

    def __init__(self, data: SheetData, settings: Settings, today: date):
        self.data = data
        self.settings = settings
        self.today = today

    @cached_property
    def customers(self) -> CustomerView:
        """Purchase histories, lost / at-risk assessments, segments, last contacts."""
        return customer_view(self.data, self.settings, self.today)

    @cached_property
    def feedback(self) -> list[Judged]:
        """Every Feedback row with its sentiment (staff's, or detected from its words)."""
        detector = SentimentDetector.from_keywords(self.settings.parsed.feedback.keywords)
        return judge(self.data.feedback, detector)

    @cached_property
    def note_reader(self) -> NoteReader:
        return reader_for(self.data, self.settings)

    @cached_property
    def events(self) -> EventDetector:
        """The event each note reports, read by the run's one note reader (its cache shared)."""
        return EventDetector(self.note_reader)

    @cached_property
    def mourning(self) -> Mapping[str, date]:
        """Customers who lost someone lately (a bereavement noted in the last ``MOURNING_DAYS``),
        with the latest such note's day: no win-back, first-order or meetup invitation ("a gift
        waits for you") goes to them for now."""
        data, today, reader = self.data, self.today, self.note_reader
        out: dict[str, date] = {}
        for note in data.call_notes:
            if 0 <= (today - note.date).days <= MOURNING_DAYS:
                if (note.event or reader.read(note.note, note.date).event) == "bereavement":
                    out[note.customer_id] = max(note.date, out.get(note.customer_id, note.date))
        return MappingProxyType(out)

    @cached_property
    def quiet(self) -> Mapping[str, Quiet]:
        """Why each customer gets no "we miss you" today (a message, a reply, a yes, a call, an
        open follow-up within the quiet days): the win-back and first-order rules and the
        meetup invitations all ask."""
        settings = self.settings
        return MappingProxyType(no_win_back(
            every_message(self.data), self.data.call_notes, self.data.meetups, settings.events,
            self.today, settings.parsed.win_back_quiet_days, settings.stale_after_days, self.events))
