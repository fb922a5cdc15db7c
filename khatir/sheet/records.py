"""Plain, already-parsed data the rules work on.

Every record keeps ``row``: its 1-based row number in the sheet, so that any
later finding can point a person at the exact place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import datetime
from datetime import date
from typing import Any

from .names import SheetNames


@dataclass(frozen=True)
class Customer:
    row: int
    id: str
    name: str
    phone: str | None = None  # E.164, e.g. +8801711234567
    phone_typed: str = ""  # the Phone cell as typed ("01715-032582"): a Problems row quotes it so
    email: str = ""
    segment: str | None = None  # "interested" | "existing" | "lost" | None (derive)
    segment_typed: str = ""  # the Segment cell as typed ("বর্তমান"): a remark quotes it as it is
    language: str = "bn"  # "bn" | "en"
    first_purchase: date | None = None
    last_purchase: date | None = None
    orders: int | None = None
    total_spent: float | None = None
    agent: str = ""
    do_not_contact: bool = False
    notes: str = ""
    unreadable_phone: str = ""  # the Phone cell as typed, when no number could be read from it
    contact_allowed: bool = False  # Do Not Contact says a clear no (not blank): staff's word
    # Set by the run, not read from the sheet (``khatir.plan.optout``): the call note in which the
    # customer asked not to be called or messaged again; ``do_not_contact`` is then True.
    asked_no_contact: CallNote | None = None
    # Set by the run too: the call note that says the number reaches someone else ("wrong
    # number"); ``do_not_contact`` is then True until a later call reaches the customer.
    wrong_number: CallNote | None = None
    # Set by the run too: the call note that says the customer themself has died (a relative
    # answered their phone); ``do_not_contact`` is then True for good (``khatir.rules.deceased``).
    died: CallNote | None = None
    # Set by the run too: the call note that gives the customer's new number while Phone still
    # holds another (``khatir.rules.new_number``); ``do_not_contact`` is then True until Phone says it.
    new_number: CallNote | None = None
    new_number_given: str = ""  # that number, in E.164
    # Set by the reader: the ID of an earlier row with the same name and the same phone
    # number (one person entered twice). Messages about the customer as a whole go to
    # that row only, and the two share the day's one message (``khatir.plan.worklist``).
    same_person_as: str = ""

    @property
    def held_by(self) -> CallNote | None:
        """The call note that stops every message to the customer this run, if any."""
        return self.died or self.asked_no_contact or self.wrong_number or self.new_number


@dataclass(frozen=True)
class Order:
    row: int
    date: date
    customer_id: str
    amount: float | None = None
    note: str = ""
    returned: bool = False  # cancelled, returned or refunded (its Status): not a purchase


@dataclass(frozen=True)
class CallNote:
    row: int
    date: date
    customer_id: str
    note: str
    agent: str = ""
    event: str | None = None  # as typed by staff (canonical kind), None when blank
    follow_up_on: datetime.date | None = None  # "date" here is the field above
    done: bool = False
    identity: str = ""  # set when the note was reworded after its message (sheet.identity)


@dataclass(frozen=True)
class Meetup:
    row: int
    id: str
    title: str
    date: date
    time: str = ""
    venue: str = ""
    invite: tuple[str, ...] = ("interested", "existing", "lost")
    capacity: int | None = None
    notes: str = ""
    cancelled: bool = False  # Status (or Notes) starts with a word that calls it off


@dataclass(frozen=True)
class Feedback:
    row: int
    date: date | None
    meetup_id: str
    customer_id: str
    text: str
    sentiment: str | None = None  # positive | negative | suggestion | None (detect)
    resolved: bool = False
    identity: str = ""  # set when the text was reworded after its reply (sheet.identity)


@dataclass(frozen=True)
class Message:
    """A row of the Messages tab as the scripts read it back (staff may have edited it)."""

    row: int
    key: str
    customer_id: str = ""
    kind: str = ""
    status: str = ""
    reply: str = ""
    created: date | None = None
    sent_on: date | None = None


@dataclass(frozen=True)
class Problem:
    """One row of the Problems tab."""

    tab: str
    row: int | None
    column: str
    value: str
    problem: str
    fix: str
    # The other rows with the same problem in the same column (``sheet.repeated_problems``).
    more_rows: tuple[int, ...] = ()


@dataclass
class SheetData:
    """Everything a run read from the sheet, parsed; bad rows are already in ``problems``."""

    customers: dict[str, Customer] = field(default_factory=dict)
    orders: list[Order] = field(default_factory=list)
    call_notes: list[CallNote] = field(default_factory=list)
    meetups: list[Meetup] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    issued: dict[str, "Message"] = field(default_factory=dict)  # Khatir Keys: every Key ever issued
    # Khatir's own tabs: key -> title in the sheet (None: not there yet), khatir.sheet.ownership.
    script_titles: dict[str, str | None] = field(default_factory=dict)
    # Follow-ups as the last run left it, with what staff typed there (khatir.sheet.carry.Earlier),
    # and the Problems rows about notes that lost their item, kept until staff delete them.
    earlier_follow_ups: Any = None
    earlier_problems: Any = None  # the same for Problems (khatir.sheet.carry.carry_problems)
    kept_notes: list[Problem] = field(default_factory=list)
    # Staff tabs that are in the sheet but could not be read (a required header missing,
    # or several tabs look like it): the rules that need them hold back (khatir.plan.customers).
    unread: set[str] = field(default_factory=set)
    # The headers a Messages tab staff made lacks for a message anyone could send (its
    # Message, its Phone or WhatsApp Link; or Key): no row is added to it until they are there.
    messages_missing: list[str] = field(default_factory=list)
    # The tabs and columns as this sheet names them ("গ্রাহক", not the settings' "Customers"),
    # for the texts and Problems rows that send staff to them (khatir.sheet.names).
    names: SheetNames = field(default_factory=SheetNames)
    # The letters of Customers' Do Not Contact and Phone columns ("" when none), for the
    # Column cell of Problems rows about a customer's row.
    do_not_contact_column: str = ""
    phone_column: str = ""
    # What the reader tells the owner in the run's summary (the Orders tab read as a shop
    # system's export, and with which columns: khatir.sheet.orders_export).
    reading_notes: list[str] = field(default_factory=list)
    # The title of the Orders tab read as such an export ("" when it was not).
    export_tab: str = ""

    @property
    def calls_unread(self) -> bool:
        """Call Notes is there but unreadable: the run cannot tell who staff just spoke to."""
        return "call_notes" in self.unread
