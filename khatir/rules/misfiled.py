"""A call note written under the wrong customer, and said so by a later note of that customer.

Staff sometimes type a note on the wrong row and say so in the next one ("upore bhul ID dise,
oita C15 er note. C14 er kichu hoy nai", fifth story trial, C14). The earlier note is then no
follow-up of this customer: no get-well for a daughter he does not have ill. The rule staff can
predict: a note that says the customer or the ID was wrong ("bhul customer", "ভুল আইডিতে লেখা",
"wrong customer", "this was for C15"), or that nothing happened to this very customer ("C14 er
kichu hoy nai", with the customer's own ID), takes back that customer's notes of the same day and
the days before (``BACK_DAYS``) and opens nothing itself. The right fix stays in the sheet: move the
note to the right Customer ID (docs/sheet-schema.md); Problems says so on the note's row.

These words live here, not in ``khatir.notes``: they are about the sheet, not about the customer.
"""
from __future__ import annotations

import re

from ..sheet.records import CallNote

# A correction comes the same day or soon after; older notes were surely talked about since.
BACK_DAYS = 3
WRONG_CUSTOMER = (
    "bhul id", "vul id", "bhul customer", "vul customer", "bhul kastomar", "ভুল আইডি", "ভুল id",
    "ভুল কাস্টমার", "ভুল গ্রাহক", "wrong id", "wrong customer",
    "onno customer er note", "অন্য কাস্টমারের নোট", "অন্য গ্রাহকের নোট", "not this customer's note",
    "note was for another customer", "written under the wrong", "bhul row", "ভুল সারিতে", "wrong row",
)
NOTHING = ("kichu hoy nai", "kichu hoyni", "kisu hoy nai", "kisu hoyni", "kichu hoini", "kisu hoini",
           "কিছু হয়নি", "কিছু হয় নাই", "কিছুই হয়নি", "nothing happened")
# "this was for C15", "oita C15 er note": the note names another ID as the note's owner
FOR_ANOTHER = re.compile(r"(?:was for|meant for|is for|oita|ওটা|ওইটা)\s+([a-z]{1,4}-?\d{1,6})\b")
AN_ID = re.compile(r"\b([a-z]{1,4}-?\d{1,6})\b")


def _id(text: str) -> str:
    return re.sub(r"[\s\-_]", "", text.casefold())


def says_wrong_customer(note: CallNote) -> bool:
    """The note says an earlier note of this customer was another's, or that nothing happened to
    this customer (naming their own ID)."""
    text = " ".join(note.note.casefold().split())
    if any(w in text for w in WRONG_CUSTOMER):
        return True
    own = _id(note.customer_id)
    if any(_id(m) != own for m in FOR_ANOTHER.findall(text)):
        return True
    return any(w in text for w in NOTHING) and any(_id(m) == own for m in AN_ID.findall(text))


def taken_back(note: CallNote, notes: list[CallNote]) -> CallNote | None:
    """The later note of the same customer (the same day, a later row, or up to ``BACK_DAYS``
    after) saying ``note`` was written under the wrong customer; None when there is none."""
    for later in notes:
        if later.customer_id != note.customer_id or later is note:
            continue
        after = later.date > note.date or (later.date == note.date and later.row > note.row)
        if after and (later.date - note.date).days <= BACK_DAYS and says_wrong_customer(later):
            return later
    return None
