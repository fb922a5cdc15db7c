"""How the tabs Khatir writes look: widths, wrapped text, links, dropdowns, colours.

The sheet is the staff's whole user interface, so a message must read in full and
be one tap from sending. This module decides the look once, as a backend-neutral
``Layout`` (and ``Link`` cells); the workbook and the Google backends render the
same intent. Only tabs Khatir made get Khatir's look: a Messages tab staff made
keeps its own columns and formatting (it still gets clickable links in new rows).

WhatsApp links (see docs/whatsapp-links.md for the sources): Excel keeps a cell
hyperlink's address up to 2,079 characters; LibreOffice and Google Sheets take
longer ones. ``https://wa.me/<number>?text=`` with the text percent-encoded spends
9 characters on every Bengali letter, so most Bengali messages would pass the
limit; the same address as an IRI (Bengali letters written as themselves, only
spaces, line breaks and URL syntax characters escaped) is about a third as long,
and every program turns it into the percent-encoded address when it opens it. A
message whose IRI still passes the limit gets a link that opens the chat alone,
with a label saying to paste the Message.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Iterable

from ..backends.base import Layout, Link
from ..i18n import Text
from .parse import is_landline
from .schema import TabSpec, header_key

#: Excel's longest hyperlink address (UTF-16 code units); the strictest of the three.
LINK_LIMIT = 2079

SEND = Text(en="Send on WhatsApp", bn="হোয়াটসঅ্যাপে পাঠান")
TOO_LONG = Text(en="Open the chat, then paste the Message (too long for a link)",
                bn="চ্যাট খুলুন, তারপর বার্তাটি কপি করে দিন (লিংকে ধরে না)")
VIEW_TITLE = Text(en="{tab}: {value}", bn="{tab}: {value}")

#: Width (characters) of each column of the tabs Khatir lays out, by column key.
WIDTHS = {
    "messages": {"created": 11, "agent": 12, "name": 18, "phone": 15, "message": 60,
                 "link": 22, "status": 11, "reply": 12, "sent_by": 12, "sent_on": 11,
                 "kind": 14, "reason": 34, "customer_id": 12, "key": 30},
    "follow_ups": {"rank": 5, "kind": 16, "customer_id": 12, "name": 18, "phone": 15,
                   "agent": 12, "due": 11, "days_overdue": 14, "why": 60, "message_key": 24,
                   "remark": 34},
    "meetup_summary": {"meetup_id": 11, "title": 28, "date": 11, "invited": 9, "yes": 6, "no": 6,
                       "maybe": 7, "no_answer": 9, "seats_left": 8, "left_out": 60,
                       "positive": 9, "negative": 9, "suggestion": 10},
}
WRAPPED = {
    "messages": {"name", "message", "link", "reason"},
    "follow_ups": {"kind", "name", "why", "message_key", "remark"},
    "meetup_summary": {"title", "left_out"},
}
#: Follow-ups row colours by group, most urgent the strongest.
GROUP_FILLS = {
    "do_not_send": "EA9999",        # deep red: a prepared message must not go out
    "negative_feedback": "F4CCCC",  # red
    "overdue": "FCE5CD",            # orange
    "due": "FFF2CC",                # yellow
    "lost": "D9D2E9",               # purple
    "at_risk": "EAD1DC",            # pink
    "first_order": "FFE5B4",        # peach
    "check_in": "CFE2F3",           # blue
    "suggestion": "D0E0E3",         # teal
    "unclear_feedback": "E0E0F0",   # lavender grey: feedback, its kind for staff to tell
    "positive_feedback": "D9EAD3",  # green
    "over": "F3F3F3",               # grey: nothing to send
    "misfiled": "EDE7E1",           # warm grey: nothing to send (a note under the wrong customer)
}
HEADER_FILL = "EFEFEF"
#: Tabs printed with all their columns on one page's width: the call list staff take
#: away (Messages are read and sent on a screen, and would print too small).
#: The Meetup Summary too: its Left Out column holds the reasons staff act on.
ONE_PAGE_WIDE = {"follow_ups", "meetup_summary"}
#: The Messages columns staff fill in from a list (any other text is still allowed).
#: (A list Khatir wrote earlier that is the start of one here grows to it: khatir.backends.xlsx_style.)
MESSAGE_DROPDOWNS = {"status": ["pending", "sent", "skipped"],
                     "reply": ["yes", "no", "maybe", "attended", "did not come"]}
#: Characters that must be escaped even in an IRI query (RFC 3987 and URL syntax).
_ESCAPE = set('%&#+"<>\\^`{|}[] ')


def iri_text(text: str) -> str:
    """``text`` as the value of a query parameter in an IRI.

    Letters of any script stay as they are; spaces, line breaks, invisible and
    control characters, and the characters URLs give a meaning to are escaped as
    UTF-8 percent codes, as ``urllib.parse.quote`` would.
    """
    out = []
    for ch in text:
        if ch in _ESCAPE or ord(ch) < 0x20 or ord(ch) == 0x7F or (
                ord(ch) > 0x7F and unicodedata.category(ch)[0] in "ZC"
                and ch not in "\u200c\u200d"):  # ZWNJ/ZWJ shape Bengali letters
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def whatsapp_cell(phone: str | None, message: str, lang: str) -> Link | str:
    """The WhatsApp Link cell: a link that opens the chat with the message typed in.

    "" without a phone number, or with a landline's (WhatsApp is on mobiles; Problems says
    so, ``customers_tab``). A message too long for any link form every program
    accepts gets a link to the chat alone, labelled to paste the Message.
    """
    number = re.sub(r"\D", "", phone or "")
    if not number or is_landline(phone):
        return ""
    chat = f"https://wa.me/{number}"
    url = f"{chat}?text={iri_text(message)}"
    if utf16_len(url) <= LINK_LIMIT:
        return Link(SEND(lang), url)
    return Link(TOO_LONG(lang), chat)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def is_khatir_header(spec: TabSpec, header: Iterable[object], names: Iterable[list[str]]) -> bool:
    """Whether a tab's header row is one Khatir wrote (in one of ``names``' orders).

    Only such a tab gets Khatir's layout; a header staff made or changed keeps theirs.
    """
    found = [header_key(h) for h in header if h not in (None, "")]
    return any(found == [header_key(n) for n in candidate] for candidate in names)


def tab_layout(spec: TabSpec, positions: dict[str, int], lang: str,
               fills: tuple[str | None, ...] = (), dropdowns: dict[str, list[str]] | None = None,
               views: str | None = None) -> Layout:
    """The layout of ``spec``'s tab with its columns at ``positions`` (key -> index)."""
    width = max(positions.values(), default=-1) + 1
    widths = [0] * width
    for key, chars in WIDTHS.get(spec.key, {}).items():
        if key in positions:
            widths[positions[key]] = chars
    wrap = frozenset(positions[k] for k in WRAPPED.get(spec.key, ()) if k in positions)
    drops = tuple((positions[k], tuple(v)) for k, v in (dropdowns or {}).items() if k in positions)
    title = spec.title
    return Layout(widths=tuple(widths), wrap=wrap, dropdowns=drops, fills=fills, filter=True,
                  views_column=positions.get(views) if views else None,
                  views_title=VIEW_TITLE(lang, tab=title, value="{value}"),
                  one_page_wide=spec.key in ONE_PAGE_WIDE)


def meetup_summary_layout(spec: TabSpec, lang: str) -> Layout:
    """The Meetup Summary: the title and the Left Out list wrap in wide columns, the
    short headers ("Seats Left") wrap on two lines, a bold grey header; printed
    landscape, one page wide, as Follow-ups."""
    positions = {c.key: i for i, c in enumerate(spec.columns)}
    return replace(tab_layout(spec, positions, lang, fills=(HEADER_FILL,)), header_wrap=True,
                   filter=False)  # a handful of rows: nothing to filter


def follow_up_fills(rows: list[dict[str, object]]) -> tuple[str | None, ...]:
    """Header grey, then each row in its group's colour."""
    return (HEADER_FILL, *(GROUP_FILLS.get(str(r.get("group", ""))) for r in rows))


def display_units(text: str) -> float:
    """How many column units (the width of a "0") ``text`` takes on one line: Bengali
    letters a little more, combining vowel signs nothing (as ``xlsx_style`` counts)."""
    total = 0.0
    for ch in text:
        if ch.isascii():
            total += 1.25 if ch.isupper() else 1.0
            continue
        category = unicodedata.category(ch)
        total += 0.0 if category in ("Mn", "Me", "Cf") else 0.6 if category == "Mc" else 1.3
    return total


def results_layout(header: list[str], rows: list[list[object]], chart_row: int) -> Layout:
    """The Results tab: each column as wide as its values of the weeks and its header on at
    most two lines (the header wraps), a bold grey header; printed landscape, one page wide,
    the chart (its top at the 0-based ``chart_row``; 0: none) on a page of its own.

    The lines in words under the weeks are left out of the widths: they run on to the right
    over the empty cells, as a sentence typed in a cell does.
    """
    weeks = [r for r in rows if len(r) > 1 and r[1] not in ("", None)]
    widths = []
    for c, name in enumerate(header):
        values = max((display_units(str(r[c])) for r in weeks if c < len(r) and r[c] not in ("", None)),
                     default=0.0)
        words = max((display_units(w) for w in str(name).split()), default=0.0)
        two_lines = display_units(str(name)) / 2
        widths.append(int(max(values, words, two_lines, 4) + 2.5))
    return Layout(widths=tuple(widths), fills=(HEADER_FILL,), header_wrap=True, one_page_wide=True,
                  page_break=chart_row, own_print=True)
