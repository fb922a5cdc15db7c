"""A call note that gives the customer's new phone number holds their messages until Phone says it.

Customers change numbers, and staff write the new one where they are when they hear it: in the
call note ("মামুন ভাই নতুন নাম্বার দিলেন 01819-555123, পুরান নাম্বার আর ইউজ করেন না"). Messages go
to the Phone column, so every later message went on to the old number, which the operator gives
to someone else after a while: the eighth blind trial's pharmacy sent a get-well, then a
condolence, to a stranger's phone, though the note had the right number three weeks before.

So, as for a "wrong number" note (``plan.optout``), no message is prepared for the customer while
the Phone column still holds another number than the latest one a note gave, and Problems names
the number to write there. It is lifted by staff correcting Phone (the two numbers then match),
never by a later call: the call reached the new number, the message would go to the old one.

A number alone is not a new number (a bKash number, the delivery man's): the note must say it is
the customer's new one ("new number", "notun number", "নতুন নাম্বার", "number change", "নম্বর
বদলেছেন").
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Mapping

from ..i18n import ASCII_DIGITS
from ..sheet.parse import CellError, parse_phone
from ..sheet.records import CallNote, Customer

# A Bangladeshi mobile as staff type it: 01819-555123, 01819 555 123, +8801819555123
_MOBILE = re.compile(r"(?<!\d)(?:\+?88)?01[3-9](?:[\s-]?\d){8}(?!\d)")
_NEW = re.compile(
    r"new\s+(?:phone\s+|mobile\s+|whatsapp\s+)?(?:number|no\b|nmbr|nambar)|"
    r"notun\s+(?:number|nambar|nombor|no\b)|number\s+(?:change|bodl|poriborton)|"
    r"changed\s+(?:his|her|their|the)?\s*number|"
    r"নতুন\s*(?:নাম্বার|নম্বর|নাম্বারে|নম্বরে)|(?:নাম্বার|নম্বর)\s*(?:বদল|চেঞ্জ|পরিবর্তন)",
    re.IGNORECASE)


def new_number(text: str) -> str | None:
    """The customer's new number a note gives ("notun number 01819-555123"), in E.164; None when
    the note does not say a number is their new one, or names no readable number."""
    text = text.translate(ASCII_DIGITS)
    if not _NEW.search(text):
        return None
    for found in _MOBILE.finditer(text):
        try:
            return parse_phone(found.group(0))
        except CellError:
            continue
    return None


def numbers_to_correct(notes: Iterable[CallNote], customers: Mapping[str, Customer],
                       today: date) -> dict[str, tuple[CallNote, str]]:
    """For each customer whose latest note giving a new number (on or before ``today``) gives
    another number than their Phone: that note and the number."""
    latest: dict[str, tuple[CallNote, str]] = {}
    for note in sorted(notes, key=lambda n: (n.date, n.row)):
        if note.date > today or note.customer_id not in customers:
            continue
        number = new_number(note.note)
        if number is not None:
            latest[note.customer_id] = (note, number)
    return {cid: given for cid, given in latest.items() if customers[cid].phone != given[1]}
