"""What Problems and the summary say of an export's buyers who match no customer.

A blind owner's trial: a Daraz export masks its buyers' phones (015*****944), so none
of them could be matched to the Customers tab; the summary read like a success, with an
empty work list, and the one Problems row asked the owner to add the masked numbers to
Customers as Customer IDs (S3). A WooCommerce shop whose Customers rows had a Name and a
Phone but no Customer ID (rows Khatir cannot read: each is already a Problems row) was
told to add to Customers buyers who were already there, with that very phone (S5).

So the buyers not matched are told apart: masked numbers (the export hides them: export
them again in full, or with a column the Customers tab has too), buyers whose phone or
e-mail is on a Customers row with no Customer ID (write an ID in those rows), and the rest
(add them, as before). When no buyer at all is matched, the summary says so plainly.
"""
from __future__ import annotations

from typing import Any, Callable

from ..errors import CellError
from ..i18n import Counted, Text, localise_digits, thousands
from . import parse
from .records import Problem
from .tables import Table

MASKED_BUYERS = Counted(
    one="The export hides its buyer's phone number ({examples}), so {people} buyer cannot be "
        "matched to the {customers} tab: their {rows} not counted in any purchase history.",
    en="The export hides its buyers' phone numbers (for example {examples}), so {people} buyers "
       "cannot be matched to the {customers} tab: their {rows} not counted in any purchase "
       "history.",
    bn="এক্সপোর্টে ক্রেতাদের ফোন নম্বর লুকানো (যেমন {examples}), তাই {people} জন ক্রেতাকে {customers} "
       "ট্যাবের কোনো গ্রাহকের সাথে মেলানো যায় না: তাঁদের {rows} কোনো কেনাকাটার হিসাবে ধরা হয়নি।")
MASKED_FIX = Text(
    en="Export the orders again with the customers' phone numbers shown in full, or with a "
       "column that the {customers} tab also has (the customers' IDs or e-mail addresses); the "
       "next run then matches them. Typing the hidden numbers into the {customers} tab does not "
       "help: one hidden number can stand for several customers.",
    bn="অর্ডারগুলো আবার এক্সপোর্ট করুন, গ্রাহকদের পুরো ফোন নম্বরসহ, অথবা এমন একটি কলামসহ যা "
       "{customers} ট্যাবেও আছে (গ্রাহকদের আইডি বা ই-মেইল); তখন পরের রানে তাঁদের মেলানো হবে। লুকানো "
       "নম্বরগুলো {customers} ট্যাবে লিখে লাভ নেই: একই লুকানো নম্বর অনেক গ্রাহকের হতে পারে।")
NO_ID_BUYERS = Counted(
    one="{people} customer of this export ({examples}) is on a row of the {customers} tab that "
        "has no {id} (row {lines}): their {rows} not counted in any purchase history.",
    en="{people} customers of this export (for example {examples}) are on rows of the "
       "{customers} tab that have no {id} (rows {lines}): their {rows} not counted in any "
       "purchase history.",
    bn_one="এই এক্সপোর্টের {people} জন গ্রাহক ({examples}) {customers} ট্যাবের এমন সারিতে আছেন "
           "যাতে {id} নেই (সারি {lines}): তাঁর {rows} কোনো কেনাকাটার হিসাবে ধরা হয়নি।",
    bn="এই এক্সপোর্টের {people} জন গ্রাহক (যেমন {examples}) {customers} ট্যাবের এমন সারিতে আছেন "
       "যাতে {id} নেই (সারি {lines}): তাঁদের {rows} কোনো কেনাকাটার হিসাবে ধরা হয়নি।")
NO_ID_FIX = Text(
    en="Write a {id} in those rows of the {customers} tab (any short code, one per customer, "
       "like C-1, C-2); the next run matches them by their {key} and counts their orders.",
    bn="{customers} ট্যাবের ওই সারিগুলোতে {id} লিখুন (যেকোনো ছোট কোড, প্রতি গ্রাহকের আলাদা, যেমন "
       "C-1, C-2); পরের রানে তাঁদের {key} দিয়ে মেলানো হবে, আর তাঁদের অর্ডার গোনা হবে।")
NONE_MATCHED = Counted(
    one="No buyer of this export is a customer of the {customers} tab (it has {people} buyer), "
        "so it gives no purchase history: no one is listed or messaged because of it.{why} "
        "See the Problems tab.",
    en="No buyer of this export is a customer of the {customers} tab (it has {people} buyers), "
       "so it gives no purchase history: no one is listed or messaged because of it.{why} "
       "See the Problems tab.",
    bn="এই এক্সপোর্টের কোনো ক্রেতা {customers} ট্যাবের গ্রাহক নন (এতে {people} জন ক্রেতা), তাই এ থেকে "
       "কোনো কেনাকাটার হিসাব আসেনি: এর কারণে কেউ তালিকায় আসেননি, কাউকে বার্তাও তৈরি হয়নি।{why} "
       "Problems ট্যাব দেখুন।")
WHY_MASKED = Text(en=" Its phone numbers are hidden (like {example}), so they cannot be matched.",
                  bn=" এর ফোন নম্বরগুলো লুকানো (যেমন {example}), তাই মেলানো যায় না।")
ROWS_ARE = Counted(one="{k} row is", en="{k} rows are", bn="{k}টি সারি")
#: How many examples (buyers, rows) a Problems row names.
EXAMPLES = 3


def masked(key: str) -> bool:
    """Whether an export's buyer key is a phone number with digits hidden (015*****944)."""
    from ..orders_columns import MASKED

    return bool(MASKED.fullmatch(key.strip()))


def no_id_rows(table: Table | None, region: str) -> dict[str, int]:
    """The Customers rows that have no Customer ID but a phone or an e-mail: the forms an
    export's buyer key would take (a phone as Khatir reads the Phone column, an e-mail case
    aside) -> the row number. Such rows are not customers (each is already in Problems)."""
    out: dict[str, int] = {}
    if table is None or "id" not in table.columns:
        return out
    for number, values in table.rows():
        if not parse.is_blank(values.get("id")):
            continue
        phone, email = values.get("phone"), values.get("email")
        if not parse.is_blank(phone):
            try:
                out.setdefault(parse.parse_phones(phone, region)[0], number)
            except CellError:  # an unreadable phone: nothing to match by
                pass
        if isinstance(email, str) and "@" in email:
            out.setdefault(email.strip().casefold(), number)
    return out


def unmatched_problems(unknown: dict[str, int], no_id: dict[str, int], region: str,
                       lang: str, title: str, letter: str, customers_tab: str,
                       column_of: Callable[[str], str], others: Callable[[dict[str, int]], Any]
                       ) -> list[Problem]:
    """The Problems rows of the buyers ``unknown`` (key -> its rows): masked ones, ones on a
    Customers row with no ID, and the rest (``others`` makes their row, as before)."""
    from ..orders_columns import phone_id

    hidden = {k: n for k, n in unknown.items() if masked(k)}
    on_row: dict[str, tuple[int, int]] = {}
    for key, n in unknown.items():
        if key in hidden:
            continue
        form = key.strip().casefold() if "@" in key else phone_id(key, region)
        line = no_id.get(key) or (no_id.get(form) if form else None)
        if line is not None:
            on_row[key] = (line, n)
    rest = {k: n for k, n in unknown.items() if k not in hidden and k not in on_row}
    out = []
    if hidden:
        people, rows = len(hidden), sum(hidden.values())
        shown = _examples(list(hidden))
        out.append(Problem(title, None, letter, shown, MASKED_BUYERS(
            lang, people, people=thousands(people, lang), examples=shown, customers=customers_tab,
            rows=ROWS_ARE(lang, rows, k=thousands(rows, lang))),
            MASKED_FIX(lang, customers=customers_tab)))
    if on_row:
        people, rows = len(on_row), sum(n for _, n in on_row.values())
        shown = _examples(list(on_row))
        lines = sorted({line for line, _ in on_row.values()})
        listed = ", ".join(localise_digits(x, lang) for x in lines[:EXAMPLES]) + (
            ", …" if len(lines) > EXAMPLES else "")
        key = column_of("email" if "@" in next(iter(on_row)) else "phone")
        ident = column_of("id")
        out.append(Problem(title, None, letter, shown, NO_ID_BUYERS(
            lang, people, people=thousands(people, lang), examples=shown, customers=customers_tab,
            id=ident, lines=listed, rows=ROWS_ARE(lang, rows, k=thousands(rows, lang))),
            NO_ID_FIX(lang, customers=customers_tab, id=ident, key=key)))
    if rest:
        out.append(others(rest))
    return out


def none_matched(buyers: list[str], lang: str, customers_tab: str) -> str:
    """The summary's plain sentence when no buyer of the export is a customer."""
    hidden = [k for k in buyers if masked(k)]
    why = WHY_MASKED(lang, example=hidden[0]) if hidden and len(hidden) * 2 >= len(buyers) else ""
    return NONE_MATCHED(lang, len(buyers), people=thousands(len(buyers), lang),
                        customers=customers_tab, why=why)


def _examples(keys: list[str]) -> str:
    return ", ".join(keys[:EXAMPLES]) + (", …" if len(keys) > EXAMPLES else "")
