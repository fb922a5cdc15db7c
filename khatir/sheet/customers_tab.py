"""The Customers tab: customers by ID, their phone numbers, and one person written twice.

A customer is skipped only for a missing or duplicate ID or name; any other cell that
cannot be read is reported and the customer stays on every list (``read_customers``).
"""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Iterable

from . import parse
from ..config import Settings
from ..errors import CellError
from .headers import opt_out_columns
from ..i18n import Text
from .names import SheetNames
from .records import Customer, Problem, SheetData
from .rows import (Memo, RowReader, after_today, assumed_for, columns_of, happened, shown, typed,
                   values_of)
from .tables import Table, column_letter

DUPLICATE_ID = Text(en="Customer ID {value} is used twice (first in row {first}); this row is skipped.",
                    bn="গ্রাহক আইডি {value} দুবার আছে (প্রথমটি সারি {first}-এ); এই সারিটি বাদ দেওয়া হলো।")
DUPLICATE_ID_FIX = Text(en="Give this customer a new, unused ID, or merge the two rows.",
                        bn="এই গ্রাহককে নতুন একটি আইডি দিন, অথবা দুটি সারি এক করুন।")


PURCHASE_LEFT_OUT = Text(en="Khatir reads this cell as empty, so it never makes the customer look "
                            "like a recent buyer",
                         bn="ঘরটি খালি হিসেবে ধরা হবে, তাই এটি গ্রাহককে সাম্প্রতিক ক্রেতা দেখাবে না")


SECOND_PHONE = Text(
    en="This cell holds more than one number: {used} is used for messages; {other} is not used.",
    bn="এই ঘরে একাধিক নম্বর আছে: বার্তার জন্য {used} ব্যবহার হচ্ছে; {other} ব্যবহার হচ্ছে না।")
SECOND_PHONE_FIX = Text(
    en="Keep one number in {phone} (the one for WhatsApp) and write the other in {notes}.",
    bn="{phone} কলামে একটি নম্বর রাখুন (যেটিতে হোয়াটসঅ্যাপ আছে), অন্যটি {notes} কলামে লিখুন।")
LANDLINE = Text(
    en="{number} is a landline: WhatsApp cannot reach it, so this customer's messages have no "
       "WhatsApp link.",
    bn="{number} একটি ল্যান্ডলাইন নম্বর: এতে হোয়াটসঅ্যাপ যায় না, তাই এই গ্রাহকের বার্তায় "
       "হোয়াটসঅ্যাপ লিংক নেই।")
LANDLINE_FIX = Text(
    en="Write the customer's mobile number in {phone} (keep the landline in {notes}), or call "
       "the landline and read the Message out.",
    bn="{phone} কলামে গ্রাহকের মোবাইল নম্বর লিখুন (ল্যান্ডলাইনটি {notes} কলামে রাখুন), অথবা "
       "ল্যান্ডলাইনে ফোন করে বার্তাটি পড়ে শোনান।")
SHARED_PHONE = Text(en="Customers {ids} have the same phone number, {number} (cells {cells}).",
                    bn="গ্রাহক {ids}-এর ফোন নম্বর একই, {number} (ঘর {cells})।")
SHARED_PHONE_FIX = Text(
    en="If they are one person, merge them into one customer (keep one row, and use its ID in "
       "{orders} and {calls}); if the number is wrong, correct it; a family that shares one "
       "phone can leave this as it is.",
    bn="একই মানুষ হলে তাঁদের এক গ্রাহক করুন (একটি সারি রাখুন, {orders} ও {calls} ট্যাবে সেই আইডি লিখুন); "
       "নম্বর ভুল হলে ঠিক করুন; একটি পরিবার একই ফোন ব্যবহার করলে এটি যেমন আছে "
       "তেমন থাকতে পারে।")
SAME_PERSON = Text(
    en="Customers {ids} have the same name and the same phone number, {number} (cells {cells}): "
       "they are taken as one person, so win-back, check-in, first-order and invitation messages "
       "go to one row only ({first}, when it has one), and the rows share one message a day.",
    bn="গ্রাহক {ids}-এর নাম ও ফোন নম্বর একই, {number} (ঘর {cells}): তাঁদের একজন মানুষ ধরা হয়েছে, "
       "তাই ফিরিয়ে আনার, খোঁজ নেওয়ার, প্রথম অর্ডারের ও আমন্ত্রণের বার্তা একটি সারিকেই যায় ({first}, "
       "যদি তার থাকে), আর সারিগুলো মিলে দিনে একটি বার্তা পায়।")
SAME_PERSON_FIX = Text(
    en="Merge them into one customer: keep row {row}, and use its ID in {orders} and {calls}.",
    bn="তাঁদের এক গ্রাহক করুন: {row} নম্বর সারিটি রাখুন, {orders} ও {calls} ট্যাবে সেই আইডি লিখুন।")


def read_customers(table: Table, settings: Settings, data: SheetData, skipped: set[str],
                    today: date | None = None) -> None:
    """Customers by ID. A customer is skipped only for a missing or duplicate ID or
    name: any other cell that cannot be read is reported and the customer stays on
    every list, with that cell taken as blank (Language: the shop's default; Phone: no
    link; Do Not Contact: yes, no messages), and so does a First or Last Purchase after
    ``today``, read as empty."""
    lang = settings.language
    first_row: dict[str, int] = {}
    memo = Memo(lang, table.date1904, table)
    opt_outs = opt_out_columns(table.spec, table.header, table.columns)
    if "do_not_contact" in table.columns:
        data.do_not_contact_column = column_letter(table.columns["do_not_contact"] + 1)
    if "phone" in table.columns:
        data.phone_column = column_letter(table.columns["phone"] + 1)
    assumed = assumed_for("customers", settings)
    filled, columns, slow = columns_of(table, memo, [
        ("id", parse.parse_id, (), True), ("name", None, (), True),
        ("phone", parse.parse_phones, (settings.region,), False), ("email", None, (), False),
        ("segment", parse.parse_choice, (parse.SEGMENTS,), False),
        ("language", parse.parse_choice, (parse.LANGUAGES,), False),
        ("first_purchase", happened, (today,), False),
        ("last_purchase", happened, (today,), False),
        ("orders", parse.parse_count, (), False), ("total_spent", parse.parse_total, (), False),
        ("agent", None, (), False), ("do_not_contact", parse.parse_bool, (), False),
        ("notes", None, (), False)])
    for i, (number, cells) in enumerate(filled):
        (cid, name, phone, email, segment, language, first, last, orders, spent, agent,
         no_contact, notes) = (column[i] for column in columns)
        if (i not in slow and cid not in first_row and not (phone and (phone[1] or parse.is_landline(phone[0])))
                and not after_today(first, today) and not after_today(last, today)):
            # a clean row (a second number or a landline in Phone is reported, so read one by one)
            first_row[cid] = number
            data.customers[cid] = Customer(
                row=number, id=cid, name=name, phone=phone[0] if phone else None,
                phone_typed=typed(cells, table.columns.get("phone")) if phone else "",
                email=email or "", segment=segment,
                segment_typed=typed(cells, table.columns.get("segment")) if segment else "",
                language=settings.customer_language if language is None else language,
                first_purchase=first, last_purchase=last, orders=orders, total_spent=spent,
                agent=agent or "",
                do_not_contact=bool(no_contact) or any(_opted_out(cells, j) for j in opt_outs),
                notes=notes or "", contact_allowed=no_contact is False)
            continue
        row = RowReader(table, number, values_of(table, cells), lang, memo, assumed)
        cid = row("id", parse.parse_id, required=True)
        if cid and cid in first_row:
            row.report("id", cid, DUPLICATE_ID(lang, value=cid, first=first_row[cid]),
                       DUPLICATE_ID_FIX(lang))
            data.problems.extend(row.problems)
            continue
        phone, unreadable = _phone(row, settings.region, data.names)
        customer = Customer(
            row=number, id=cid or "",
            name=row("name", required=True) or "",
            phone=phone,
            phone_typed=typed([row.values.get("phone")], 0),
            email=row("email") or "",
            segment=row("segment", parse.parse_choice, parse.SEGMENTS),
            segment_typed=typed([row.values.get("segment")], 0),
            language=row("language", parse.parse_choice, parse.LANGUAGES,
                         default=settings.customer_language),
            first_purchase=row.until_today("first_purchase", row("first_purchase", happened, today),
                                           today, PURCHASE_LEFT_OUT, soft=True),
            last_purchase=row.until_today("last_purchase", row("last_purchase", happened, today),
                                          today, PURCHASE_LEFT_OUT, soft=True),
            orders=row("orders", parse.parse_count),
            total_spent=row("total_spent", parse.parse_total),
            agent=row("agent") or "",
            do_not_contact=_do_not_contact(row) or any(
                _opted_out(table.grid[number - 1], i) for i in opt_outs),
            notes=row("notes") or "",
            unreadable_phone=unreadable,
        )
        customer = dataclasses.replace(customer, contact_allowed=not customer.do_not_contact
                           and parse.is_clear_no(row.values.get("do_not_contact")))
        if cid:
            first_row[cid] = number
        data.problems.extend(row.reported)
        if row.ok:
            data.customers[cid] = customer
        elif cid:
            skipped.add(cid)
    data.problems.extend(_shared_phones(table, data.customers.values(), data.names, lang))
    data.customers.update(_same_people(data.customers.values()))
    data.reading_notes += memo.notes(lang)  # a First or Last Purchase read month first


def _shared_phones(table: Table, customers: Iterable[Customer], names: SheetNames,
                   lang: str) -> list[Problem]:
    """One Problem for each number (as read: "01711-234567" and "+8801711234567" are one)
    that several customers have, naming them all; it is reported on the row of the second.
    The customers are read as they are and each keeps their own messages, except rows with
    the same name too: one person written twice (``_same_people``), which the Problem says."""
    index = table.columns.get("phone")
    if index is None:
        return []
    by_number: dict[str, list[Customer]] = {}
    for c in customers:
        if c.phone:
            by_number.setdefault(c.phone, []).append(c)
    letter = column_letter(index + 1)
    tabs = {"orders": names.tab("orders", lang), "calls": names.tab("call_notes", lang)}
    out = []
    for number, sharing in by_number.items():
        if len(sharing) > 1:
            cells = table.grid[sharing[1].row - 1]
            ids = ", ".join(c.id for c in sharing)
            where = ", ".join(f"{letter}{c.row}" for c in sharing)
            one = len({parse.match_key(c.name) for c in sharing}) == 1
            out.append(Problem(
                table.title, sharing[1].row, letter, shown(cells[index] if index < len(cells) else ""),
                (SAME_PERSON(lang, ids=ids, number=number, cells=where, first=sharing[0].id) if one
                 else SHARED_PHONE(lang, ids=ids, number=number, cells=where)),
                (SAME_PERSON_FIX(lang, row=sharing[0].row, **tabs) if one
                 else SHARED_PHONE_FIX(lang, **tabs))))
    return out


def _same_people(customers: Iterable[Customer]) -> dict[str, Customer]:
    """Customers written twice: a later row with the same phone number and the same name
    (ignoring case and spacing) as an earlier one is marked as that person. A family that
    shares one phone has different names and keeps separate messages."""
    first: dict[tuple[str, str], Customer] = {}
    out = {}
    for c in sorted(customers, key=lambda c: c.row):
        name = parse.match_key(c.name)
        if not (c.phone and name):
            continue
        earlier = first.setdefault((c.phone, name), c)
        if earlier is not c:
            out[c.id] = dataclasses.replace(c, same_person_as=earlier.id)
    return out


def _phone(row: RowReader, region: str, names: SheetNames) -> tuple[str | None, str]:
    """The number to use, and the cell as typed when none can be read from it."""
    raw = row.values.get("phone")
    found = row("phone", parse.parse_phones, region, soft=True)
    if found is None:
        return None, "" if parse.is_blank(raw) else parse.clean_text(raw)
    number, others = found
    if others:
        row.notes.append(Problem(
            row.table.title, row.number, column_letter(row.table.columns["phone"] + 1), shown(raw),
            SECOND_PHONE(row.lang, used=number, other=", ".join(others)),
            SECOND_PHONE_FIX(row.lang, phone=names.column("customers", "phone", row.lang),
                             notes=names.column("customers", "notes", row.lang))))
    if parse.is_landline(number):
        row.notes.append(Problem(
            row.table.title, row.number, column_letter(row.table.columns["phone"] + 1), shown(raw),
            LANDLINE(row.lang, number=number),
            LANDLINE_FIX(row.lang, phone=names.column("customers", "phone", row.lang),
                         notes=names.column("customers", "notes", row.lang))))
    return number, ""


def _do_not_contact(row: RowReader) -> bool:
    """Do Not Contact; an unreadable cell is reported and counts as yes: a wrong
    guess must never send a message to someone who asked for none."""
    value = row("do_not_contact", parse.parse_bool, soft=True)
    return value if value is not None else not parse.is_blank(row.values.get("do_not_contact"))


def _opted_out(cells: list, index: int) -> bool:
    """A cell of a column that looks like an opt-out: anything but blank or a clear no
    counts as yes, rather than risk a message to someone who asked for none."""
    value = cells[index] if index < len(cells) else None
    if parse.is_blank(value):
        return False
    try:
        return parse.parse_bool(value)
    except CellError:
        return True
