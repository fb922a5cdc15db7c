"""The sheet's tabs and headers (schema v1, see docs/sheet-schema in the README).

Headers are matched by name, never by position: staff may reorder columns, add
their own, write them in Bengali or English, in any case, with stray spaces or
punctuation. Config may rename a tab or add header aliases.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

STAFF = "staff"
APPEND_ONLY = "append_only"
SCRIPT = "script"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    # The Bengali header older versions wrote for a new tab, before it was renamed (bn
    # review 14: "কী" read as "what"). It is among ``aliases``, so old tabs are still read;
    # kept apart too, so an old tab is still known as Khatir's own (ownership, layout).
    former: str = ""
    added: bool = False  # added after Khatir's first version: an older tab may lack it
    # Read only when no header has one of ``names()`` (khatir.sheet.tables.locate): staff's
    # common variants ("Notes" for Note), which must not claim a column of their own beside it.
    loose: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.header, *self.aliases)


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    aliases: tuple[str, ...]
    owner: str
    columns: tuple[Column, ...] = field(default=())
    hidden: bool = False  # created hidden: Khatir's own record, not for staff to read

    def names(self) -> tuple[str, ...]:
        return (self.title, *self.aliases)

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def bn_headers(self) -> list[str]:
        """The header of a tab Khatir makes in Bengali."""
        return [c.aliases[0] if c.aliases else c.header for c in self.columns]

    def written_headers(self, core: bool = False) -> list[list[str]]:
        """Every header row Khatir writes or once wrote for a new tab: English, Bengali, and
        the Bengali of older versions when it differs (an old tab is still Khatir's own).
        ``core``: only the columns of Khatir's first version (``added`` ones left out)."""
        cols = [c for c in self.columns if not (core and c.added)]
        bn = [c.aliases[0] if c.aliases else c.header for c in cols]
        out = [[c.header for c in cols], bn]
        former = [c.former or name for c, name in zip(cols, bn)]
        return out + [former] if former != bn else out

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


def C(key: str, header: str, *aliases: str, required: bool = False, former: str = "") -> Column:
    """A column; ``aliases[0]`` is its Bengali header, ``former`` an older one still read."""
    return Column(key, header, (*aliases, former) if former else aliases, required, former=former)


# The everyday spellings of a customer's ID in Bengali and Banglish sheets ("কাস্টমার আইডি" is as
# common as "গ্রাহক আইডি"; the third month's trial, F10): every staff tab that names a customer reads them.
CUSTOMER_ID = ("গ্রাহক আইডি", "কাস্টমার আইডি", "গ্রাহকের আইডি", "কাস্টমারের আইডি", "গ্রাহক নং", "কাস্টমার নং",
               "Cust ID", "Customer No", "Client ID")
# A phone column as shops head it: "মোবাইল নং" (Mobile No), "ফোন নং", "মোবাইল নাম্বার" (F3).
PHONE = ("মোবাইল", "Mobile", "Phone No", "Phone Number", "Mobile No", "Mobile Number", "Contact No",
         "Contact Number", "ফোন নম্বর", "মোবাইল নম্বর", "মোবাইল নং", "মোবাইল নাম্বার", "ফোন নং", "ফোন নাম্বার",
         "Mob No", "Cell", "Cell No", "যোগাযোগ নম্বর", "যোগাযোগ নং")

CUSTOMERS = TabSpec("customers", "Customers", ("গ্রাহক",), STAFF, (
    C("id", "Customer ID", "আইডি", "ID", *CUSTOMER_ID, required=True),
    C("name", "Name", "নাম", required=True),
    C("phone", "Phone", "ফোন", *PHONE),
    C("email", "Email", "ইমেইল", "E-mail"),
    C("segment", "Segment", "ধরন"),
    C("language", "Language", "ভাষা"),
    C("first_purchase", "First Purchase", "প্রথম কেনা"),
    C("last_purchase", "Last Purchase", "শেষ কেনা"),
    C("orders", "Orders", "অর্ডার"),
    C("total_spent", "Total Spent", "মোট কেনা"),
    C("agent", "Agent", "দায়িত্বে"),
    C("do_not_contact", "Do Not Contact", "যোগাযোগ নয়", "Do not call", "Don't call", "DNC",
      "No contact", "Don't contact", "Do not message", "Don't message", "No messages",
      "Opt out", "Opted out", "Unsubscribed", "কল করবেন না", "যোগাযোগ করবেন না",
      "যোগাযোগ করা যাবে না", "বার্তা নয়", "বার্তা পাঠাবেন না"),
    C("notes", "Notes", "নোট"),
))

ORDERS = TabSpec("orders", "Orders", ("অর্ডার",), STAFF, (
    C("date", "Date", "তারিখ", required=True),
    C("customer_id", "Customer ID", "আইডি", *CUSTOMER_ID, required=True),
    C("amount", "Amount", "টাকা", "Amount (Tk)"),
    C("note", "Note", "নোট"),
    C("status", "Status", "অবস্থা", "Order Status"),  # "returned", "cancelled": not a purchase
))

CALL_NOTES = TabSpec("call_notes", "Call Notes", ("কল নোট", "Calls", "Call Log", "Call Logs", "কল লগ", "কলের নোট"), STAFF, (
    C("date", "Date", "তারিখ", "কলের তারিখ", "Call Date", "তাং", required=True),
    C("customer_id", "Customer ID", "আইডি", *CUSTOMER_ID, required=True),
    C("agent", "Agent", "এজেন্ট", "দায়িত্বে"),
    Column("note", "Note", ("নোট",), required=True,
           loose=("Notes", "Call Note", "Call Notes", "নোটস", "কলের নোট", "কল নোট", "মন্তব্য")),
    C("event", "Event", "ঘটনা"),
    C("follow_up_on", "Follow Up On", "ফলো-আপ", "Follow Up"),
    C("done", "Done", "সম্পন্ন"),
))

MEETUPS = TabSpec("meetups", "Meetups", ("মিটআপ",), STAFF, (
    C("id", "Meetup ID", "মিটআপ আইডি", required=True),
    C("title", "Title", "বিষয়"),
    C("date", "Date", "তারিখ", required=True),
    C("time", "Time", "সময়"),
    C("venue", "Venue", "স্থান"),
    C("invite", "Invite", "কাদের"),
    C("capacity", "Capacity", "আসন"),
    C("notes", "Notes", "নোট"),
    # optional: "cancelled" / "বাতিল" / "স্থগিত" calls the meetup off (docs/meetups.md)
    Column("status", "Status", ("অবস্থা",), added=True),
))

FEEDBACK = TabSpec("feedback", "Feedback", ("মতামত",), STAFF, (
    C("date", "Date", "তারিখ"),
    C("meetup_id", "Meetup ID", "মিটআপ আইডি"),
    C("customer_id", "Customer ID", "আইডি", *CUSTOMER_ID),
    C("sentiment", "Sentiment", "ধরন"),
    C("text", "Feedback", "মতামত", required=True),
    C("resolved", "Resolved", "সমাধান"),
))

# The order of a Messages tab Khatir creates: what an agent needs to send a message
# first, the bookkeeping (Kind, Reason, Customer ID) after, the internal Key last.
# A tab staff made keeps its own order (headers are matched by name).
MESSAGES = TabSpec("messages", "Messages", ("বার্তা",), APPEND_ONLY, (
    C("created", "Created", "তৈরি"),
    C("agent", "Agent", "এজেন্ট", "দায়িত্বে"),
    C("name", "Name", "নাম"),
    C("phone", "Phone", "ফোন"),
    C("message", "Message", "বার্তা"),
    C("link", "WhatsApp Link", "হোয়াটসঅ্যাপ লিংক"),
    C("status", "Status", "অবস্থা"),
    C("reply", "Reply", "উত্তর"),
    C("sent_by", "Sent By", "কে পাঠিয়েছে"),
    C("sent_on", "Sent On", "কবে পাঠানো"),
    C("kind", "Kind", "ধরন"),
    C("reason", "Reason", "কারণ"),
    C("customer_id", "Customer ID", "আইডি", "গ্রাহক আইডি"),
    C("key", "Key", "বার্তা-কোড", required=True, former="কী"),
))

FOLLOW_UPS = TabSpec("follow_ups", "Follow-ups", ("ফলো-আপ তালিকা",), SCRIPT, (
    C("rank", "#"),
    C("kind", "What", "কাজের ধরন", former="কী"),
    C("customer_id", "Customer ID", "আইডি"),
    C("name", "Name", "নাম"),
    C("phone", "Phone", "ফোন"),
    C("agent", "Agent", "দায়িত্বে"),
    C("due", "Due", "তারিখ"),
    C("days_overdue", "Days Overdue", "কত দিন পেরিয়েছে"),
    C("why", "Why", "কেন"),
    C("message_key", "Message Key", "বার্তা-কোড", former="বার্তার কী"),
    C("remark", "Remark", "মন্তব্য"),
    Column("notes", "Notes", ("নোট",), added=True),  # staff's: carried to the item's new row
))

MEETUP_SUMMARY = TabSpec("meetup_summary", "Meetup Summary", ("মিটআপ সারাংশ",), SCRIPT, (
    C("meetup_id", "Meetup ID", "মিটআপ আইডি"),
    C("title", "Title", "বিষয়"),
    C("date", "Date", "তারিখ"),
    C("invited", "Invited", "আমন্ত্রিত"),
    C("yes", "Yes", "হ্যাঁ"),
    C("no", "No", "না"),
    C("maybe", "Maybe", "হয়তো"),
    C("no_answer", "No Answer", "উত্তর নেই"),
    C("seats_left", "Seats Left", "খালি আসন"),
    C("left_out", "Left Out", "বাদ পড়েছে"),
    C("positive", "Positive", "ইতিবাচক"),
    C("negative", "Negative", "নেতিবাচক"),
    C("suggestion", "Suggestion", "পরামর্শ"),
))

PROBLEMS = TabSpec("problems", "Problems", ("সমস্যা",), SCRIPT, (
    C("tab", "Tab", "ট্যাব"),
    C("row", "Row", "সারি"),
    C("column", "Column", "কলাম"),
    C("value", "Value", "যা লেখা আছে"),
    C("problem", "Problem", "সমস্যা"),
    C("fix", "How to fix", "কীভাবে ঠিক করবেন"),
    Column("notes", "Notes", ("নোট",), added=True),  # staff's: carried to the problem's new row
))

RESULTS = TabSpec("results", "Results", ("ফলাফল",), SCRIPT, (
    C("week", "Week", "সপ্তাহ"),
    C("follow_ups_due", "Follow-ups Due", "ফলো-আপ করণীয়"),
    C("follow_ups_sent", "Follow-ups Sent", "ফলো-আপ পাঠানো"),
    C("sent_on_time", "Sent On Time", "সময়মতো পাঠানো"),
    C("messages_sent", "Messages Sent", "মোট পাঠানো বার্তা"),
    C("replies", "Replies", "উত্তর এসেছে"),
    C("messaged", "Customers Messaged", "বার্তা পাওয়া গ্রাহক"),
    C("bought_after", "Bought Within 14 Days", "১৪ দিনের মধ্যে কিনেছেন"),
    C("bought_rate", "% Bought", "% কিনেছেন"),
    C("others_rate", "% Bought, Not Messaged", "% কিনেছেন, বার্তা ছাড়া"),
    C("win_backs", "Lost Customers Messaged", "হারানো গ্রাহককে বার্তা"),
    C("came_back", "Came Back", "ফিরে এসেছেন"),
    C("invited", "Invited", "আমন্ত্রিত"),
    C("said_yes", "Said Yes", "হ্যাঁ বলেছেন"),
    C("attended", "Attended", "এসেছিলেন"),
    C("negative", "Negative Feedback", "নেতিবাচক মতামত"),
    C("resolved", "Resolved", "সমাধান হয়েছে"),
))

# Every Key Khatir ever put in Messages, so a message whose row staff deleted or
# moved away is never prepared again (docs/sheet-schema.md, "Asking for a message again").
ISSUED_KEYS = TabSpec("issued_keys", "Khatir Keys", ("খাতির কী",), SCRIPT, (
    C("key", "Key", "বার্তা-কোড", required=True, former="কী"),
    C("created", "Created", "তৈরি"),
    C("customer_id", "Customer ID", "আইডি"),
    C("kind", "Kind", "ধরন"),
), hidden=True)

RUN_LOG = TabSpec("run_log", "Run Log", ("রান লগ",), APPEND_ONLY, (
    C("started", "Started", "শুরু"),
    C("finished", "Finished", "শেষ"),
    C("job", "Job", "কাজ"),
    C("outcome", "Outcome", "ফলাফল"),
    C("messages", "Messages Added", "নতুন বার্তা"),
    C("follow_ups", "Follow-ups", "ফলো-আপ"),
    C("problems", "Problems", "সমস্যা"),
    C("version", "Version", "সংস্করণ"),
    C("details", "Details", "বিস্তারিত"),
))

ALL_TABS = (CUSTOMERS, ORDERS, CALL_NOTES, MEETUPS, FEEDBACK, MESSAGES,
            FOLLOW_UPS, MEETUP_SUMMARY, PROBLEMS, RESULTS, RUN_LOG, ISSUED_KEYS)


def default_spec(key: str) -> TabSpec:
    """The tab as Khatir defines it, before the settings rename it."""
    return next(t for t in ALL_TABS if t.key == key)


def header_key(name: object) -> str:
    """The form two header (or tab) names are compared in.

    Case, surrounding spaces, punctuation and symbols are ignored; Bengali vowel
    signs (Unicode marks) are kept, and the text is NFC-normalised first so
    composed and decomposed Bengali letters compare equal.
    """
    text = unicodedata.normalize("NFC", str(name or "")).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LMN")


def with_overrides(tabs: dict[str, dict]) -> tuple[TabSpec, ...]:
    """Apply the config's ``[tabs.<key>]`` renames and extra header aliases.

    A renamed tab keeps its default names as aliases, so an old sheet keeps working.
    """
    out = []
    for spec in ALL_TABS:
        override = tabs.get(spec.key) or {}
        title = override.get("title")
        aliases = spec.aliases
        if title and title != spec.title:
            aliases = (spec.title, *aliases)
        extra = override.get("headers") or {}
        columns = tuple(
            replace(col, aliases=(*col.aliases, *_as_tuple(extra.get(col.key))))
            for col in spec.columns
        )
        out.append(replace(spec, title=title or spec.title, aliases=aliases, columns=columns))
    return tuple(out)


def _as_tuple(value) -> tuple[str, ...]:
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)
