"""A customer whose own death a call note records gets no message, ever again.

A relative answers the customer's phone and says the customer has died ("customer nije mara
gechen, chele phone dhorse", "Customer passed away last week, his wife told us"). Every other
story rule reads a death as a loss *in the customer's family*: it owes the customer a
condolence and holds back a win-back for the quiet days. When the one who died is the customer,
each of those messages would be addressed by name to the dead man, read by his widow: the
condolence "Dear Abdul, our condolences to your family", then, once the quiet days are over,
"we miss you, did we do something wrong?" (the eighth blind trial, a pharmacy's month).

So the death is final, not a talk that a later note lifts: the son who comes to settle his
father's dues ("babar nam e je due chilo shodh korlen") is a later talk with the family, not
with the customer. Only correcting (or deleting) the note takes it back.

Whom a death note is about must be beyond doubt, since a hold for good is far worse to get wrong
than a condolence: the note is read as a death and names the customer as the one who died, in so
many words ("customer nije mara gechen", "Client expired in an accident", "গ্রাহক মারা গেছেন",
"গ্রাহক নিজেই ইন্তেকাল করেছেন"). The reading's own "the customer" is not enough: it is right for
only 8 of the 32 development notes it reads as a death of the customer's own (most tell of a
relative the reading did not place: "cust er nanu gotokal mara gesen"), while these words were
right for 3 of 4. "He passed away", "উনি মারা গেছেন" or the customer's name alone still get the
condolence, as any death.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable

from ..notes.story import LOSS
from ..notes.understand import Reading
from ..sheet.records import CallNote

# The customer named as the one who died, with nothing between: "customer nije mara gechen",
# "Client expired", "গ্রাহক নিজেই ইন্তেকাল করেছেন"; not "cust er abba mara gese" (a father),
# not "customer received expired biscuits" (goods).
_CUSTOMER_DIED = re.compile(
    r"(?<![^\s\"'(])(?:customer|cust|client|গ্রাহক|কাস্টমার)(?:\s+(?:nije|nijei|নিজে|নিজেই|himself|herself))?"
    r"\s+(?:mara\s+ge|মারা\s+গে|passed\s+away|expired|died|intekal|ইন্তেকাল|is\s+no\s+more|আর\s+নেই|আর\s+নাই)",
    re.IGNORECASE)


def says_the_customer_died(text: str) -> bool:
    """Whether a note names the customer themself as the one who died (``_CUSTOMER_DIED``)."""
    return _CUSTOMER_DIED.search(text) is not None


def customers_who_died(notes: Iterable[tuple[CallNote, Reading]], today: date) -> dict[str, CallNote]:
    """For each customer whose own death a note of theirs records (on or before ``today``): the
    first such note. ``notes``: each call note with its reading."""
    out: dict[str, CallNote] = {}
    for note, reading in notes:
        if note.date > today or reading.event != LOSS or not says_the_customer_died(note.note):
            continue
        first = out.get(note.customer_id)
        if first is None or (note.date, note.row) < (first.date, first.row):
            out[note.customer_id] = note
    return out
