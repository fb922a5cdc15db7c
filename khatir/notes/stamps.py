"""What staff write around a note that is not the note: when it was noted, list marks, numbers.

Staff often start a note with the day they write it ("5/9: মেয়ের জ্বর, পরশু ফোন দিবো", "12 Nov -
no answer"), and some keep a cell as a log of calls, a line each ("2/11: no answer⏎5/11: wife
sick, call next week"). Read as part of the note, such a date was a day to call on: the call's
own date, being past, a year ahead (stop 31: the call's date written first turned 487 of 4,000
development notes' readings). A heading date on or before the call's date is set aside; one after
it ("25/12 - ফোন দিবো", written on 20 December) is a day the note names, and stays.

The same goes for the clock time heading or closing a line ("10:45am - no answer", "Called at 3pm:
...", "... @4pm": when the call was made, read as "call back today"), "F/U:", a list's number or
bullet ("1) ৭ দিন পর ..."), the agent signing off ("-RK", "(Tania)"), a phone number
("(01711-234567)", read as days and numbers) and an order or invoice number ("Order #1023:",
"INV-2231"). Measured on 4,000 development notes (stop 32), each habit added to every note turned
20 to 526 readings, nearly all to wrong ones. A cell that logs several calls says what its last
entry says (``set_aside``).
"""
from __future__ import annotations

import re
from datetime import date

from ..i18n import ASCII_DIGITS

_D = "[0-9\u09e6-\u09ef]"
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_BN_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
              "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
_MONTH = "(?:" + "|".join(_EN_MONTHS) + r")[a-z]*\.?|" + "|".join(_BN_MONTHS)
_ORDINAL = "(?:st|nd|rd|th)?"
_DATE = (f"(?:(?P<iy>{_D}{{4}})-(?P<im>{_D}{{1,2}})-(?P<id>{_D}{{1,2}})"
         f"|(?P<d>{_D}{{1,2}})[/.-](?P<m>{_D}{{1,2}})(?:[/.-](?P<y>{_D}{{2,4}}))?"
         rf"|(?P<d2>{_D}{{1,2}}){_ORDINAL}\s*(?P<mon>{_MONTH})(?:,?\s*(?P<y2>{_D}{{4}}))?"
         rf"|(?P<mon2>{_MONTH})\s*(?P<d3>{_D}{{1,2}}){_ORDINAL}(?:,?\s*(?P<y3>{_D}{{4}}))?)")
# "10:45am", "3 pm", "11.30": a clock time (not "10.5 kg")
_AM_PM = r"(?:am|pm|a\.m\.|p\.m\.)"
_CLOCK = rf"{_D}{{1,2}}(?:[:.]{_D}{{2}}\s*{_AM_PM}?|\s*{_AM_PM})"
_TIME = rf"(?:,?\s*{_CLOCK})?"
_STAMP = re.compile(rf"(?im)^[ \t]*{_DATE}{_TIME}(?:[ \t]*[:)\-\u2013\u2014]+[ \t]*|[ \t]*$|[ \t]+(?=[^\W\d_]))")
# "10:45am - ", "3 pm:", "Called at 3pm:", "@ 11.30 -", "(11.30)": a clock time heading a line, closed
# by a colon or a dash or in brackets (not "4 tay call dio", a time to call).
_CLOCK_HEAD = re.compile(rf"(?im)^[ \t]*(?:(?:(?:called|call|cld|tried|spoke|talked)[ \t]+)?(?:at[ \t]+|@[ \t]*)?"
                         rf"{_CLOCK}[ \t]*[:\-\u2013\u2014]+|\([ \t]*@?[ \t]*{_CLOCK}[ \t]*\)[:\-\u2013\u2014]*)[ \t]*")
# A chat pasted into the cell (w91): WhatsApp's "[10:32 AM] Customer: ...", "[11/3, 4:05 pm] Rahim
# bhai: ...", Messenger's "9:45 pm Nipa: ...", when each message was sent, heading its line (a clock
# time in square brackets, or before a speaker's name and a colon), and "Seen 2:14 pm", "Messenger
# 7:55 am": when it was read or sent. Read as the note's words, each was "call back today" (17 of
# w91's 400 notes).
_CLOCK_S = rf"{_D}{{1,2}}(?:[:.]{_D}{{2}}(?::{_D}{{2}})?\s*{_AM_PM}?|\s*{_AM_PM})"  # ... with its seconds
_CHAT_HEAD = re.compile(rf"(?im)^[ \t]*(?:\[[ \t]*(?:{_DATE}[ \t]*,?[ \t]*)?{_CLOCK_S}[ \t]*\]"
                        rf"|{_CLOCK_S}(?=[ \t]+(?:[^\W\d_][\w.'\-]*[ \t]?){{1,3}}:))[ \t]*")
_CHAT_SEEN = re.compile(rf"(?i)(?<![\w])(?P<app>seen|messenger|whatsapp|imo|viber|telegram)[ \t]+(?:at[ \t]+|@[ \t]*)?{_CLOCK_S}(?![\w])")
# "F/U:", "Follow-up call -": what kind of call this was, heading a line (not a follow-up asked for:
# read so, every day the note named became the day to call on).
_CALL_KIND = re.compile(r"(?im)^[ \t]*(?:f/u|fu|fup|follow[ \-]?up)(?:[ \t]+call)?[ \t]*(?:[:\-\u2013\u2014]+|(?=\d))[ \t]*")
# "... কথা বলতে পারে নাই @4pm", "(10:45 am)", "sw off since morning. 10:40am": a clock time closing a
# line after "@", in brackets or after a full stop is when the call was made, unless the words right
# before it ask for one ("call back @4pm").
_CLOCK_TAIL = re.compile(rf"(?im)(?P<before>\S+)?[ \t]*(?:@[ \t]*{_CLOCK}|\([ \t]*@?[ \t]*{_CLOCK}[ \t]*\)"
                         rf"|(?<=[.,;])[ \t]+{_CLOCK})[ \t]*$")
_CALL_WORDS = frozenset(("call", "cl", "cb", "ring", "phone", "fon", "back", "bk", "again", "agn", "try",
                         "contact", "knock", "remind", "visit", "at", "after", "by", "before", "around", "till",
                         "until", "from", "tmrw", "tomorrow", "today", "tonight", "kal", "aj", "ajke", "kalke"))
# "... -RK", "... -Jony", "... (Tania)", "... - Sabbir": the agent signing off a line (not a weekday,
# a month, a word of the call's outcome or a ward: "- Sunday", "(ICU)", "- Done").
_SIGNATURE = re.compile(r"(?m)[ \t]*(?:-[ \t]?(?P<a>[A-Z]{2,3}|[A-Z][a-z]{2,9})|\((?P<b>[A-Z]{2,3}|[A-Z][a-z]{2,9})\))[ \t]*$")
_NO_NAME = frozenset((
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "today", "tomorrow", "tonight", "later", "done", "ok", "okay", "confirmed", "confirm", "pending",
    "received", "delivered", "paid", "cancelled", "canceled", "returned", "urgent", "noted", "closed",
    "solved", "resolved", "again", "icu", "ccu", "nicu", "hdu", "ot", "cng", "bp", "ac", "tv", "emi", "cod",
    "gp", "nid", "sms", "dr", "er", "ct", "mri", "ecg", "opd", "pcr",
))
# "... (শীলা)", "... (তানিয়া)": an agent signing off in Bengali script, in brackets (one word, closing
# a line; a name there folds like a word as often: শীলা like চিল্লা, shouting, w52 and w53). Not a
# word the note may end on in brackets: a relation, a day, how things stand ("(মায়ের)", "(কাল)",
# "(ভর্তি)"); a word beginning with one of these stays (a name too, then: "(মাসুদ)").
_BN_SIGNATURE = re.compile(r"(?m)[ \t]*\((?P<n>[\u0980-\u09e5\u09f0-\u09fe]{2,10})\)[ \t]*$")
_BN_NO_NAME = (
    "বাবা", "আব্বা", "আব্বু", "মা", "আম্মা", "আম্মু", "ছেলে", "মেয়ে", "বাচ্চা", "বউ", "বৌ", "স্ত্রী", "স্বামী",
    "ভাই", "বোন", "দাদ", "নান", "চাচ", "খাল", "মাম", "ফুফ", "শ্বশুর", "শাশুড়", "ভাবি", "বৌদি", "দিদি",
    "আপা", "আপু", "নিজে", "উনি", "ওনার", "উনার", "কাস্টমার", "আজ", "কাল", "পরশু", "শনি", "রবি", "সোম",
    "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "সকাল", "বিকাল", "সন্ধ্যা", "রাত", "ডান", "শেষ", "ঠিক", "ভালো",
    "সুস্থ", "অসুস্থ", "ভর্তি", "আইসিইউ", "হাসপাতাল", "জরুরি", "পেন্ডিং", "বাকি", "মৃত", "বাতিল", "ফেরত",
    "রিফান্ড", "কনফার্ম", "পরিশোধ", "ডেলিভারি",
)
# "1) ", "2. ", "(3) ", "• ", "- ", "* ": a list's mark heading a line.
_LIST_MARK = re.compile(rf"(?m)^[ \t]*(?:\(?{_D}{{1,2}}[.)]|[\u2022\u00b7\u25aa\u25ba\u25e6\u2023*\-])[ \t]+")
# A Bangladeshi mobile number, as typed or with +880 / 880 ("01711-234567", "+880 1819 445566"), and
# the word labelling it ("Mob 01819445566", "cell: 017...", "phone no 017...", not "shonibar phone").
_PHONE = re.compile(rf"(?i:(?<![\w])(?:mob(?:ile)?|cell|ph|tel|phone(?=[ \t]*(?:no|number|num|:)))\.?[ \t]*(?:no\.?|number|num)?[ \t]*[:#]?[ \t]*)?"
                    rf"\(?(?<![0-9\u09e6-\u09ef])(?:\+?[8\u09ee]{{2}}[ \-]?)?[0\u09e6]?[ \-]?[1\u09e7][3-9\u09e9-\u09ef]{_D}{{2}}"
                    rf"[ \-]?{_D}{{3}}[ \-]?{_D}{{3}}(?![0-9\u09e6-\u09ef])\)?")
# ... not an amount or a quantity ("order 5000 tk", "order 1200 pcs")
_UNIT = r"[ \t]*(?:tk|taka|pcs|pc|kg|ta|ti|piece|/-|\u09f3|টাকা|পিস|কেজি|টা|টি)"
# "#1023", "INV-2231", "order no. 5512", "memo 20331": an order's or invoice's number (its word stays;
# a bill's number is its amount as often: "bill 14,400 tk"); a member's number with one letter
# ("M-0198 apu r slip disc er problem": its "m" was read as a word) (w52).
_NUMBERED = re.compile(rf"#[ \t]?{_D}+|(?<![\w])[A-Za-z]{{1,5}}-{_D}{{3,}}(?![\w])"
                       rf"|(?i:(?<![\w])(?P<word>order|ordr|invoice|inv|memo|challan|ref)"
                       rf"[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*{_D}{{3,}}(?!{_D}|[,.]?{_D}|{_UNIT}))")
# "Order #1023:", "INV-2231 -", "memo no 5512:": an order's number heading a line, with its word.
_NUMBER_HEAD = re.compile(rf"(?im)^[ \t]*(?:(?:order|ordr|invoice|inv|memo|challan|ref|id)[ \t]*(?:no\.?|number)?[ \t]*"
                          rf"(?:#[ \t]?)?|#[ \t]?|[a-z]{{2,5}}-){_D}{{3,}}[ \t]*[:\-\u2013\u2014]+[ \t]*")
# "... -RK 5/9", "(Tanvir, 12 Nov)", "— 5/9/26", "dhorlo na 28/11 7pm": a date closing a line, as a
# heading date does.
_TAIL_STAMP = re.compile(rf"(?im)[ \t]*(?:[\-\u2013\u2014~(][ \t]*(?:[a-z]{{1,12}}\.?[ \t,]+)?|(?<=\S)[ \t]+)"
                         rf"{_DATE}{_TIME}\)?[ \t]*$")
# "18/9: no answer // 20/9: kotha holo": calls logged on one line, the next one's date after " // ".
_LOG_BREAK = re.compile(rf"[ \t]*/{{2,}}[ \t]*(?={_DATE})")
#: A heading day and month this far after the call's date is last year's ("28/12:" on 2 January).
_LAST_YEAR = 200
#: ... and one a year back less this many days is next year's, a day ahead ("5/1" on 20 December).
_NEXT_YEAR = 60


def set_aside(text: str, called: date) -> tuple[str, str | None]:
    """The note without what staff write around it (``without_stamps``), and the last call's entry
    of a cell that logs several calls, a dated line each ("2/11: no answer⏎5/11: kotha holo, ..."),
    without its stamps too; None for a cell of one call.

    What the cell says now is the last call's: an earlier "no answer" is no busy call once they
    spoke, and a day an earlier entry named was a day from then."""
    if not text or not any(ch.isdigit() or ch in "\u2022\u00b7\u25aa\u25ba\u25e6\u2023*-:(@" for ch in text):
        return text, None
    if "//" in text:
        text = _LOG_BREAK.sub("\n", text)
    heads = [m for m in _STAMP.finditer(text) if m.start() > 0 and text[:m.start()].strip() and _noted(m, called)]
    return _stripped(text, called), (_stripped(text[heads[-1].end():], called) if heads else None)


def without_stamps(text: str, called: date) -> str:
    """The note without the dates heading its lines that are not after ``called``, the clock
    times, list marks and kinds of call heading its lines, and the phone and order numbers in it."""
    return set_aside(text, called)[0]


def _stripped(text: str, called: date) -> str:
    def unless_ahead(m: re.Match[str]) -> str:
        return "" if _noted(m, called) else m.group(0)

    if _STAMP.search(text) is not None:
        text = _STAMP.sub(unless_ahead, text)
    if "[" in text or ":" in text:
        text = _CHAT_SEEN.sub(lambda m: m.group("app"), _CHAT_HEAD.sub("", text))
    text = _LIST_MARK.sub("", _NUMBER_HEAD.sub("", _CLOCK_HEAD.sub("", text)))
    if "f" in text.casefold():
        text = _CALL_KIND.sub("", text)
    text = _CLOCK_TAIL.sub(_unless_asked, text)
    if ("-" in text or "(" in text) and _SIGNATURE.search(text):
        text = _SIGNATURE.sub(lambda m: m.group(0) if (m.group("a") or m.group("b")).casefold() in _NO_NAME else "", text)
    if "(" in text and _BN_SIGNATURE.search(text):
        text = _BN_SIGNATURE.sub(lambda m: m.group(0) if m.group("n").startswith(_BN_NO_NAME) else "", text)
    if _TAIL_STAMP.search(text) is not None:
        text = _TAIL_STAMP.sub(unless_ahead, text)
    if _STAMP.search(text) is not None:  # "1) 5/9: ..." and "10:45am 5/9 - ...": the date after the mark
        text = _STAMP.sub(unless_ahead, text)
    return _NUMBERED.sub(lambda m: f" {m.group('word') or ''} ", _PHONE.sub(" ", text))


def _unless_asked(m: re.Match[str]) -> str:
    """The line without the clock time closing it, unless the word before it asks for a call."""
    before = m.group("before") or ""
    return m.group(0) if before.casefold().strip(".,:;") in _CALL_WORDS else before


def _noted(m: re.Match[str], called: date) -> bool:
    """Whether the heading date is on or before ``called`` (or cannot be a date at all)."""
    g = {k: v.translate(ASCII_DIGITS) for k, v in m.groupdict().items() if v}
    name = (g.get("mon") or g.get("mon2") or "").lower().rstrip(".")
    month = int(g.get("im") or g.get("m") or 0) or next(
        (i for i, words in enumerate(zip(_EN_MONTHS, _BN_MONTHS), 1)
         if name.startswith(words[0]) or name == words[1]), 0)
    day = int(g.get("id") or g.get("d") or g.get("d2") or g.get("d3") or 0)
    year_text = g.get("iy") or g.get("y") or g.get("y2") or g.get("y3")
    year = int(year_text) if year_text else called.year
    year += 2000 if year < 100 else 0
    try:
        noted = date(year, month, day)
    except ValueError:
        return False  # "13/25:" is no date: leave it as written
    if not year_text and (called - noted).days > 365 - _NEXT_YEAR:
        return False  # "5/1 e asben" written on 20 December: next January's, days ahead
    return noted <= called or not year_text and (noted - called).days > _LAST_YEAR
