"""Turn located tables into records; every unreadable cell becomes a Problem.

A row with a bad required cell (an ID, a name, a note's date) is skipped (all its bad
cells are reported, not only the first), and the run goes on. A bad optional cell is not
used and its row is still read, as if the cell were blank: a Language typo must not take
a customer's follow-ups off every list. Problems says what was taken instead
(``rows.ASSUMED``). Messages rows are the exception: their Keys are what keeps a re-run
from duplicating, so a Messages row is never skipped for a bad cell elsewhere in it.

The machinery of one row is in ``rows``, the Customers tab in ``customers_tab``; an
Orders tab holding a shop system's export (no Date or Customer ID column by the sheet's
names) in ``orders_export``, which reads it as the backtest does.
"""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, Callable, Iterable, Iterator

from . import parse
from .carry import formulas_lost, kept_notes, pictures_beside, read_earlier, typed_beside, typed_rows
from ..config import Settings
from ..errors import CellError, CellPicture
from ..i18n import ASCII_DIGITS, Text
from ..notes.when import typed_date
from .customers_tab import read_customers
from .identity import FEEDBACK_KINDS, NOTE_KINDS, feedback_identity, keep_reworded, note_identity
from .names import SheetNames
from .ownership import script_tabs
from .records import CallNote, Feedback, Meetup, Message, Order, Problem, SheetData
from .repeated_problems import group_repeated
from .rows import (Memo, RowReader, after_today, assumed_for, columns_of, date_parser, happened,
                   meetup_day, one_by_one, shown, values_of)
from .orders_export import Export, export_with_amounts, matched, not_read_fix, read_export
from .orders_paste import export_beside, pasted_under
from .export_buyers import no_id_rows
from .schema import STAFF, TabSpec, header_key
from .sheet_locale import turned_dates
from .tables import (HEADER_SEARCH_ROWS, LOOKALIKES_FIX, MISSING_TAB, MISSING_TAB_FIX, REPEATED_HEADER,
                     REPEATED_HEADER_FIX, TAB_TAKEN, TAB_TAKEN_FIX, Table, find_tab, locate,
                     lookalikes)

REQUIRED_TABS = ("customers", "call_notes")

# Call Notes is there but unreadable: the run cannot tell who staff just spoke to, so
# no "we miss you" message goes out until it is fixed (khatir.plan.customers).
# The follow-ups come from this tab too: none can be worked out, so none is listed (third trial F10).
CALLS_UNREAD = Text(
    en="Because this tab cannot be read, today's follow-ups (get-well, condolence, congratulations, "
       "apologies, call-backs) could not be worked out and none is listed in Follow-ups; and no win-back, "
       "first-order, check-in or lost-customer meetup invitation is prepared: staff may have spoken to "
       "these customers lately.",
    bn="এই ট্যাবটি পড়া যাচ্ছে না, তাই আজকের ফলো-আপ (শুভকামনা, সমবেদনা, অভিনন্দন, দুঃখপ্রকাশ, ফোন করার কথা) "
       "বের করা যায়নি, ফলো-আপ তালিকায় কোনোটি নেই; আর কোনো ফিরিয়ে আনার, প্রথম অর্ডারের বা খোঁজ নেওয়ার বার্তা বা হারানো "
       "গ্রাহকের মিটআপ আমন্ত্রণ তৈরি হয়নি: কর্মীরা হয়তো সম্প্রতি এই গ্রাহকদের সাথে কথা বলেছেন।")
CALLS_TAB_FIX = Text(
    en="Fix it as the row above says (rename the right tab to 'Call Notes'); the next run then "
       "prepares these messages.",
    bn="উপরের সারিতে যেমন বলা আছে তেমন ঠিক করুন (ঠিক ট্যাবটির নাম 'কল নোট' রাখুন); তারপর পরের রানে "
       "এই বার্তাগুলো তৈরি হবে।")
CALLS_UNREAD_FIX = Text(
    en="Fix the tab as the row above says (its header row needs Date, Customer ID and Note); "
       "the next run then prepares these messages.",
    bn="উপরের সারিতে যেমন বলা আছে তেমন ট্যাবটি ঠিক করুন (হেডারে তারিখ, আইডি ও নোট লাগবে); "
       "তারপর পরের রানে এই বার্তাগুলো তৈরি হবে।")
# What a Messages row needs to be sent by a person: its text and whom to send it to.
# A staff-made tab without them gets no rows (Khatir adds no column to it).
# What a row of a staff-made Messages tab needs to be sendable: its text, and a way to reach
# the customer (the phone, or the WhatsApp link that carries it). A Name is not needed:
# Customer ID says who it is for.
SENDABLE = {"message": ("message",), "phone": ("phone", "link")}
MESSAGES_MISSING = Text(  # {tab}: the Messages tab as it is titled
    en="The {tab} tab has no column for {headers}: no new message is added to it (a row "
       "without its text or its customer cannot be sent).",
    bn="{tab} ট্যাবে {headers} কলাম নেই: এতে কোনো নতুন বার্তা যোগ করা হচ্ছে না (লেখা বা গ্রাহক "
       "ছাড়া সারি পাঠানো যায় না)।")
MESSAGES_MISSING_FIX = Text(
    en="Add columns headed {headers} to its header row, or rename the columns that hold them "
       "(for example 'SMS Text' to 'Message', 'Mobile' to 'Phone'); the next run then prepares "
       "the messages.",
    bn="হেডারের সারিতে {headers} নামে কলাম যোগ করুন, অথবা যে কলামে এগুলো আছে তার নাম বদলান "
       "(যেমন 'SMS Text' বদলে 'বার্তা', 'Mobile' বদলে 'ফোন'); তারপর পরের রানে বার্তাগুলো তৈরি হবে।")

# {customers}, {orders}, {calls}, {phone}, {notes}: tabs and columns as this sheet names
# them (khatir.sheet.names), so staff find the words they are told to look for.
UNKNOWN_CUSTOMER = Text(en="No customer has the ID {value} in the {customers} tab.",
                        bn="{customers} ট্যাবে {value} আইডির কোনো গ্রাহক নেই।")
UNKNOWN_CUSTOMER_FIX = Text(en="Correct the ID, or add this customer to the {customers} tab.",
                            bn="আইডিটি ঠিক করুন, অথবা এই গ্রাহককে {customers} ট্যাবে যোগ করুন।")
UNKNOWN_EVENT = Text(en="'{value}' is not a known event.",
                     bn="'{value}' কোনো পরিচিত ঘটনা নয়।")
UNKNOWN_EVENT_FIX = Text(en="Write one of: {choices}; or leave it blank to let the note decide.",
                         bn="এগুলোর একটি লিখুন: {choices}; অথবা খালি রাখুন, নোট দেখে ঠিক হবে।")
DUPLICATE_KEY = Text(en="The message key {value} appears twice (first in row {first}).",
                     bn="বার্তা-কোড {value} দুবার আছে (প্রথমটি সারি {first}-এ)।")
DUPLICATE_KEY_FIX = Text(en="Delete the extra copy of this message; keep the one you edited.",
                         bn="বার্তাটির বাড়তি কপিটি মুছে দিন; যেটি আপনি সম্পাদনা করেছেন সেটি রাখুন।")
# What a date after today leaves out of the run, by the column it is in.
ORDER_LEFT_OUT = Text(en="this order is left out of the customer's purchases",
                      bn="এই অর্ডারটি গ্রাহকের কেনাকাটায় ধরা হবে না")
CALL_LEFT_OUT = Text(en="this call note is not used: it makes no follow-up and does not count as a "
                        "recent call",
                     bn="এই কল নোটটি ধরা হবে না: এ থেকে কোনো ফলো-আপ হবে না, সাম্প্রতিক কথা বলা হিসেবেও "
                        "গণ্য হবে না")


STATUSES = {"pending": "pending", "অপেক্ষমাণ": "pending", "বাকি": "pending",
            "sent": "sent", "পাঠানো": "sent", "পাঠানো হয়েছে": "sent", "done": "sent",
            "skipped": "skipped", "skip": "skipped", "বাদ": "skipped", "বাদ দেওয়া": "skipped"}
SENTIMENTS = {"positive": "positive", "ইতিবাচক": "positive", "ভালো": "positive",
              "negative": "negative", "নেতিবাচক": "negative", "খারাপ": "negative",
              "suggestion": "suggestion", "পরামর্শ": "suggestion"}


def read_sheet(grids: dict[str, list[list]], settings: Settings,
               marks: dict[str, str] | None = None,
               today: date | None = None) -> tuple[SheetData, dict[str, Table]]:
    """Parse every staff tab and Messages into records, with Problems for the bad cells.

    ``today``: the run's day; a date after it (a mistyped year) is a Problem and is not
    used: an Orders or Call Notes row so dated is left out, a First or Last Purchase in
    Customers is read as empty, so none of them can make a customer look recent.

    ``marks`` (tab title -> script tab key, as the backend read them) tells Khatir's
    own tabs from staff tabs; raises SheetError when a staff tab has a script tab's
    name (khatir.sheet.ownership).
    """
    lang = settings.language
    owned = script_tabs(grids, marks or {}, settings)
    data = SheetData(script_titles=owned, names=SheetNames(specs={s.key: s for s in settings.tabs}))
    tables: dict[str, Table] = {}
    export: Export | None = None  # the Orders tab, when it holds a shop system's export
    for spec in settings.tabs:
        if spec.key in owned:
            title = owned[spec.key]
            table = locate(spec, grids, lang, data.problems, title) if title else None
        elif spec.owner == STAFF:
            title = _staff_tab(spec, grids, settings.tabs, set(owned.values()), lang, data.problems)
            found: list[Problem] = []
            table = locate(spec, grids, lang, found, title) if title else None
            if spec.key == "orders" and title:
                export = _orders_export(spec, table, title, grids[title], lang, found,
                                        data.names.tab("customers", lang))
                if export is not None:
                    data.names.titles[spec.key] = title
                    continue
            data.problems.extend(found)
            if table is None and (title or lookalikes(spec, [t for t in grids if t not in owned.values()],
                                                      settings.tabs)):
                data.unread.add(spec.key)
                if spec.key == "call_notes":
                    data.problems.append(Problem(title or spec.title, None, "", "",
                                                 CALLS_UNREAD(lang),
                                                 (CALLS_UNREAD_FIX if title else CALLS_TAB_FIX)(lang)))
        else:
            title = find_tab(spec, grids)
            table = locate(spec, grids, lang, data.problems, title)
            if spec.key == "messages":
                data.messages_missing = _messages_missing(spec, grids, table, lang, data.problems)
        if table is not None:
            tables[spec.key] = table
            data.names.found(table)
        elif title:  # there, but it cannot be read
            data.names.titles[spec.key] = title
        elif spec.owner != STAFF:  # Khatir makes it, with this title and header
            data.names.made(spec, spec.title, lang)
    if "orders" in tables:  # an empty Orders tab, and an export in a tab beside it
        beside = export_beside(tables["orders"], grids, settings.tabs,
                               set(owned.values()) | {t.title for t in tables.values()}, lang)
        if beside is not None:
            data.problems.append(beside)
    skipped_ids: set[str] = set()
    if "customers" in tables:
        read_customers(tables["customers"], settings, data, skipped_ids, today)
    known = set(data.customers) | skipped_ids
    if export is not None:
        export = matched(export, data.customers, skipped_ids, grids[export.title][export.start:],
                         lang, today,
                         settings.region, data.names.tab("customers", lang),
                         lambda key: data.names.column("customers", key, lang),
                         no_id_rows(tables.get("customers"), settings.region))
        data.orders = export.orders
        data.problems.extend(export.problems)
        data.reading_notes += export.notes
        data.export_tab = export.title
    # "c-1" in Call Notes is customer "C-1": IDs are matched case aside, and a record
    # takes the Customers tab's spelling.
    by_key: dict[str, str] = {}
    for cid in [*data.customers, *skipped_ids]:
        by_key.setdefault(parse.match_key(cid), cid)
    event = _event_parser(settings)
    readers: dict[str, Callable[[RowReader], Any]] = {
        "orders": lambda row: _order(row, today),
        "call_notes": lambda row: _call_note(row, event, today),
        "meetups": lambda row: _meetup(row, today), "feedback": lambda row: _feedback(row, today)}
    clean_readers: dict[str, Callable[[Table, Memo], Iterator[tuple[int, Any, dict[str, Any]]]]] = {
        "orders": lambda table, memo: _orders(table, memo, today),
        "call_notes": lambda table, memo: _call_notes(table, memo, event, today)}
    for key, make in readers.items():
        if key not in tables:
            continue
        table = tables[key]
        memo = Memo(lang, table.date1904, table)
        assumed = assumed_for(key, settings)
        by_row = clean_readers[key](table, memo) if key in clean_readers else one_by_one(table)
        records = getattr(data, key)
        for number, record, values in by_row:
            row = None
            if record is None:  # a row with a bad cell: read cell by cell
                row = RowReader(table, number, values, lang, memo, assumed)
                record = make(row)
            cid = getattr(record, "customer_id", "")
            if cid and cid not in known and (same := by_key.get(parse.match_key(cid))) is not None:
                record, cid = dataclasses.replace(record, customer_id=same), same
            if cid and cid not in known and (row is None or row.ok):
                row = row or RowReader(table, number, values, lang, memo)
                customers = data.names.tab("customers", lang)
                row.report("customer_id", cid, UNKNOWN_CUSTOMER(lang, value=cid, customers=customers),
                           UNKNOWN_CUSTOMER_FIX(lang, customers=customers))
            if row is not None:
                data.problems.extend(row.reported)
            if (row is None or row.ok) and (not cid or cid in data.customers):
                records.append(record)
        data.reading_notes += memo.notes(lang)  # a date column read month first
    for table in tables.values():  # found while the rows were read (Table.filled_rows)
        if table.spec.owner == STAFF:
            data.problems.extend(_repeated_headers(table, lang))
    # a Google Sheet's US locale turned day-first typed dates round (khatir.sheet.sheet_locale)
    data.problems.extend(turned_dates(tables.values(), getattr(grids, "locale", ""), lang))
    if "messages" in tables:
        _read_messages(tables["messages"], lang, data, today)
        made = [m.key for m in data.messages]
        data.call_notes = keep_reworded(data.call_notes, note_identity, NOTE_KINDS, made)
        data.feedback = keep_reworded(data.feedback, feedback_identity, FEEDBACK_KINDS, made)
    if "issued_keys" in tables:
        _read_issued(tables["issued_keys"], data)
    comments, links = getattr(grids, "comments", {}), getattr(grids, "links", {})
    if "follow_ups" in tables:
        title = tables["follow_ups"].title
        data.earlier_follow_ups = read_earlier(tables["follow_ups"], comments.get(title), links.get(title))
    if "problems" in tables:
        title = tables["problems"].title
        data.earlier_problems = read_earlier(tables["problems"], comments.get(title), links.get(title))
    data.kept_notes = kept_notes(tables.get("problems"))
    for key in ("results", "meetup_summary"):  # rewritten whole: what staff typed beside goes to Problems
        data.kept_notes += typed_beside(tables.get(key), lang)
    data.kept_notes += typed_rows(tables.get("meetup_summary"), "invited", lang)
    formulas = getattr(grids, "formulas", {})
    for key in ("follow_ups", "problems"):  # a formula cannot be carried: its text goes to Problems
        if key in tables:
            data.kept_notes += formulas_lost(tables[key], formulas.get(tables[key].title), lang)
    pictures = getattr(grids, "pictures", {})
    for key in ("follow_ups", "problems"):  # a picture stays over its cell: Problems says where
        if key in tables:
            data.kept_notes += pictures_beside(tables[key], pictures.get(tables[key].title), lang)
    data.problems = group_repeated(data.problems)
    return data, tables


def _orders_export(spec: TabSpec, table: Table | None, title: str, grid: list[list], lang: str,
                   found: list[Problem], customers: str) -> Export | None:
    """The Orders tab read as a shop system's export, when it holds one (``orders_export``):
    pasted alone (the sheet's Date or Customer ID column missing), pasted under the header
    row setup wrote (``orders_paste``), or with a Date and a Customer ID but its amount under
    another name (Square's). ``found``: the tab's Problems so far, given the reason when the
    export's columns were found but no order read."""
    if table is not None:
        at, log = pasted_under(table)
        if log is not None:
            return Export(table.title, log, [], under=table.header_row, start=at)
        if "amount" in table.columns:
            return None
        return export_with_amounts(title, grid, lang, [header_name(spec, "amount", lang)])
    export, failed = read_export(title, grid, lang, _missing(spec, grid, lang))
    if failed is not None:
        found.append(dataclasses.replace(failed, fix=not_read_fix(lang, customers)))
    return export


def _missing(spec: TabSpec, grid: list[list], lang: str) -> list[str]:
    """The tab's required columns its first rows name nowhere, as a sentence names them
    ("'Date' (তারিখ)"): what made the sheet's own reading give up on it."""
    seen = {header_key(v) for row in grid[:HEADER_SEARCH_ROWS] for v in row if v is not None}
    required = [c for c in spec.columns if c.required]
    missing = [c for c in required if not seen & {header_key(n) for n in c.names()}] or required
    return [header_name(spec, c.key, lang) for c in missing]


def _repeated_headers(table: Table, lang: str) -> list[Problem]:
    """One Problem for each row of a staff tab that repeats the column names (a second
    table pasted under the first); ``Table.filled_rows`` leaves such rows out."""
    out = []
    for number in table.repeated_headers():
        cells = [parse.clean_text(v) for v in table.grid[number - 1] if not parse.is_blank(v)]
        out.append(Problem(table.title, number, "", shown(" | ".join(cells)),
                           REPEATED_HEADER(lang), REPEATED_HEADER_FIX(lang)))
    return out


def header_name(spec: TabSpec, key: str, lang: str) -> str:
    """A column's header as the owner writes it: '{bn}' (en) in Bengali, '{en}' (bn) in English."""
    col = spec.column(key)
    bn = col.aliases[0] if col.aliases else col.header
    return f"'{bn}' ({col.header})" if lang == "bn" else f"'{col.header}' ({bn})"


def _messages_missing(spec: TabSpec, grids: dict[str, list[list]], table: Table | None, lang: str,
                      problems: list[Problem]) -> list[str]:
    """The headers a Messages tab with a header row lacks for a message to be sent (the
    Key's absence is already a Problem of its own); [] for a tab Khatir may fill."""
    if table is None:
        title = find_tab(spec, grids)
        return [header_name(spec, "key", lang)] if title and grids.get(title) else []
    if not table.header_row:
        return []  # an empty tab: Khatir writes its header
    missing = [header_name(spec, key, lang) for key, enough in SENDABLE.items()
               if not any(k in table.columns for k in enough)]
    if missing:
        headers = ", ".join(missing)
        problems.append(Problem(table.title, table.header_row, "", "",
                                MESSAGES_MISSING(lang, headers=headers, tab=table.title),
                                MESSAGES_MISSING_FIX(lang, headers=headers)))
    return missing


def _staff_tab(spec: TabSpec, grids: dict[str, list[list]], specs: Iterable[TabSpec],
               script_titles: set[str | None], lang: str, problems: list[Problem]) -> str | None:
    """The title of a staff tab: by its name or an alias; else the one tab whose name
    contains one ("গ্রাহক তালিকা" for Customers), read as it and said so in Problems, so
    the owner can confirm it or rename it. With several such tabs none is guessed: the
    Problem names them all. A missing required tab is a Problem too."""
    title = find_tab(spec, grids, specs, loose=False)
    if title is not None:
        return title
    found = lookalikes(spec, [t for t in grids if t not in script_titles], specs)
    if len(found) == 1:
        (title, name), = found
        problems.append(Problem(title, None, "", "", TAB_TAKEN(lang, tab=spec.title, found=title),
                                TAB_TAKEN_FIX(lang, found=title, name=name, key=spec.key)))
        return title
    if found:
        names = ", ".join(f"'{t}'" for t, _ in found)
        problems.append(Problem(spec.title, None, "", "", MISSING_TAB(lang, tab=spec.title),
                                LOOKALIKES_FIX(lang, found=names, name=found[0][1], key=spec.key,
                                               first=found[0][0])))
    elif spec.key in REQUIRED_TABS:
        problems.append(Problem(spec.title, None, "", "", MISSING_TAB(lang, tab=spec.title),
                                MISSING_TAB_FIX(lang, tab=spec.title)))
    return None


def _orders(table: Table, memo: Memo, today: date | None = None
            ) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    filled, (dates, cids, amounts, notes, returned), slow = columns_of(table, memo, [
        ("date", happened, (today,), True), ("customer_id", parse.parse_id, (), True),
        ("amount", parse.parse_amount, (), False), ("note", None, (), False),
        ("status", parse.parse_order_status, (), False)])
    for i, (number, cells) in enumerate(filled):
        if i in slow or after_today(dates[i], today):
            yield number, None, values_of(table, cells)
        else:
            yield number, Order(row=number, date=dates[i], customer_id=cids[i], amount=amounts[i],
                                note=notes[i] or "", returned=bool(returned[i])), {}


def _call_notes(table: Table, memo: Memo, event: Callable[[Any], str], today: date | None = None
                ) -> Iterator[tuple[int, Any, dict[str, Any]]]:
    filled, (dates, cids, texts, agents, events, dones), slow = columns_of(table, memo, [
        ("date", happened, (today,), True), ("customer_id", parse.parse_id, (), True),
        ("note", None, (), True), ("agent", None, (), False), ("event", event, (), False),
        ("done", parse.parse_done, (), False)])
    later = table.columns.get("follow_up_on")
    for i, (number, cells) in enumerate(filled):
        if i in slow or after_today(dates[i], today) or (later is not None and later < len(cells)
                                                    and not parse.is_blank(cells[later])):
            yield number, None, values_of(table, cells)
        else:
            yield number, CallNote(row=number, date=dates[i], customer_id=cids[i], note=texts[i],
                                   agent=agents[i] or "", event=events[i],
                                   done=dones[i] if dones[i] is not None else False), {}


def _order(row: RowReader, today: date | None = None) -> Order:
    day = row("date", happened, today, required=True)
    row.until_today("date", day, today, ORDER_LEFT_OUT)  # the row is left out
    return Order(row=row.number, date=day,
                 customer_id=row("customer_id", parse.parse_id, required=True) or "",
                 amount=row("amount", parse.parse_amount), note=row("note") or "",
                 returned=bool(row("status", parse.parse_order_status)))


def _call_note(row: RowReader, event: Callable[[Any], str], today: date | None = None) -> CallNote:
    called = row("date", happened, today, required=True)
    row.until_today("date", called, today, CALL_LEFT_OUT)  # the row is left out
    return CallNote(
        row=row.number,
        date=called,
        customer_id=row("customer_id", parse.parse_id, required=True) or "",
        note=row("note", required=True) or "",
        agent=row("agent") or "",
        event=row("event", event),
        follow_up_on=row("follow_up_on", _follow_up_on, called),
        done=row("done", parse.parse_done, default=False),
    )


@date_parser
def _follow_up_on(raw: Any, called: Any, date1904: bool = False, dayfirst: bool = True) -> Any:
    """A date, or a day typed in words relative to the call ("Thursday", "পরশু", "৩ দিন পর").

    A date typed without a year ("20 Nov", "20/11") is the next such day on or after the
    call: the day staff meant to check back, even when it has passed by the run's day.
    Words without a day in them ("after the holidays", "ঈদের পর") leave the event's usual
    delay in charge; a mistyped date ("31/02/2026") is still a Problem.
    """
    try:
        return parse.parse_sheet_date(raw, date1904, anchor=called, toward=parse.AHEAD,
                                      dayfirst=dayfirst)
    except CellError:
        if isinstance(raw, str) and called is not None:
            found = typed_date(raw, called)
            if found is not None:
                return found
            text = parse.clean_text(raw)
            if not parse.is_formula_error(raw) and not parse.is_formula_error(text) and not any(
                    c.isdigit() for c in text.translate(ASCII_DIGITS)):
                return None
        raise


def _event_parser(settings: Settings) -> Callable[[Any], str]:
    choices: dict[str, str] = {}
    for kind in settings.events:
        for name in (kind.key, kind.key.replace("_", " "), kind.label_en, kind.label_bn):
            choices[parse.match_key(name)] = kind.key
    listed = ", ".join(k.label(settings.language) for k in settings.events)

    def event(raw: Any) -> str:
        if parse.is_formula_error(raw):
            raise CellError(parse.FORMULA_ERROR, parse.FORMULA_FIX, value=parse.clean_text(raw))
        key = choices.get(parse.match_key(raw))
        if key is None:
            raise CellError(UNKNOWN_EVENT, UNKNOWN_EVENT_FIX, value=parse.clean_text(raw),
                            choices=listed)
        return key
    return event


def _meetup(row: RowReader, today: date | None = None) -> Meetup:
    return Meetup(
        row=row.number, id=row("id", parse.parse_id, required=True) or "",
        title=row("title") or "", date=row("date", meetup_day, today, required=True),
        time=row("time", parse.parse_time) or "", venue=row("venue") or "",
        # never a guess at who is invited: an unreadable Invite leaves the meetup out
        invite=row("invite", parse.parse_segment_list, default=parse.SEGMENT_ORDER, soft=False),
        capacity=row("capacity", parse.parse_count), notes=row("notes") or "",
        cancelled=_called_off(row))


def _called_off(row: RowReader) -> bool:
    """A Status column, when the tab has one, says whether the meetup is off; without
    one, the first word of Notes does (docs/meetups.md, "Cancel or postpone")."""
    if "status" in row.table.columns:
        return parse.is_cancel_word(row("status") or "")
    return parse.is_cancel_word(row("notes") or "")


def _feedback(row: RowReader, today: date | None = None) -> Feedback:
    return Feedback(
        row=row.number, date=row("date", happened, today),
        meetup_id=row("meetup_id", parse.parse_id) or "",
        customer_id=row("customer_id", parse.parse_id) or "",
        text=row("text", required=True) or "",
        sentiment=row("sentiment", parse.parse_choice, SENTIMENTS),
        resolved=row("resolved", parse.parse_done, default=False))


def _read_issued(table: Table, data: SheetData) -> None:
    """The hidden Khatir Keys tab: every Key ever put in Messages, with its day."""
    for number, values in table.rows():
        key = parse.clean_text(values.get("key"))
        if key and key not in data.issued:
            try:
                created = parse.parse_optional_date(values.get("created"))
            except CellError:
                created = None
            data.issued[key] = Message(row=number, key=key,
                                       customer_id=parse.clean_text(values.get("customer_id")),
                                       kind=parse.clean_text(values.get("kind")), created=created)


def _reply(row: RowReader, raw: object) -> str:
    """A message's Reply: a picture WPS put in the cell (a screenshot of the customer's
    answer) is a reply all the same, not a cell to fix, so its text is kept as it was."""
    if isinstance(raw, CellPicture):
        return str(raw)
    return row("reply") or ""


def _read_messages(table: Table, lang: str, data: SheetData, today: date | None = None) -> None:
    first_row: dict[str, int] = {}
    memo = Memo(lang, table.date1904, table)
    for number, values in table.rows():
        row = RowReader(table, number, values, lang, memo)
        key = row("key")
        if not key:
            continue  # a row staff added by hand: theirs, not ours
        if key in first_row:
            row.report("key", key, DUPLICATE_KEY(lang, value=key, first=first_row[key]),
                       DUPLICATE_KEY_FIX(lang))
        else:
            first_row[key] = number
        data.messages.append(Message(
            row=number, key=key, customer_id=row("customer_id") or "",
            kind=row("kind") or "",
            status=STATUSES.get(parse.match_key(values.get("status") or ""),
                                parse.match_key(values.get("status") or "")),
            reply=_reply(row, values.get("reply")),
            created=row("created", happened, today),
            sent_on=row("sent_on", happened, today)))
        data.problems.extend(row.reported)
    data.reading_notes += memo.notes(lang)
