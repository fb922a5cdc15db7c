"""Whether a note says the customer asked not to be called or messaged again.

"আর ফোন দিবেন না", "ফোন দিয়েন না আর", "ar call diben na", "don't call me again", "do not contact",
"stop calling", "number ta delete koren": the customer wants no more contact, and a shop must
then send nothing (``khatir.plan.optout`` treats them as Do Not Contact = yes). A request
about the time is not one: "don't call today", "don't call before Wednesday", "call dio na
ekhon, meeting e" say when to call, not never. Pure functions of the text, clause by clause
on the folded words (``normalise.fold``), so Bengali, Banglish and English spellings meet.
"""
from __future__ import annotations

import re
from datetime import date

from .match import phrase_pattern
from .normalise import fold
from .rules import clauses
from .when import clause_date


def _words(*words: str) -> str:
    """The regex of ``match.phrase_pattern`` for ``words``, to build the patterns below from:
    each a whole word, or with any ending when written ``word*``."""
    pattern = phrase_pattern([w[:-1] if w.endswith("*") else w + "$" for w in words], short_whole=False)
    assert pattern is not None
    return pattern.pattern


# Ways to reach someone: a call, a message.
_CONTACT = _words("call*", "কল", "ফোন*", "phone*", "fon", "phn", "sms", "এসএমএস", "msg", "message*",
                  "মেসেজ*", "ম্যাসেজ*", "massage", "text*", "whatsapp", "হোয়াটসঅ্যাপ", "যোগাযোগ",
                  "jogajog", "contact*", "ring")
# "No more": আর / ar / again / anymore / kokhono / never.
_MORE = _words("আর", "ar", "again", "anymore", "any more", "kokhono", "kokhonoi", "কখনো", "কখনোই",
               "kখনো", "never", "no more", "ever")
# A request, asked of the shop: "দিবেন", "diyen", "korben", "pathaben", "dis".
_ASK = _words("দিবেন", "দিয়েন", "দিও", "দিয়ো", "দিস", "দিবা", "দেবেন", "দেন", "করবেন", "করিয়েন", "করিও",
              "করো", "করবা", "পাঠাবেন", "পাঠাইয়েন", "পাঠাইও", "diben", "diyen", "dien", "dio", "diyo",
              "dis", "diba", "deben", "den", "korben", "koriyen", "korio", "koro", "korba", "pathaben",
              "pathaiyen", "pathaio", "dite", "korte", "pathate", "দিতে", "করতে", "পাঠাতে")
_NO = _words("না", "na")
_DONT = _words("don't", "dont", "do not", "not to", "never", "pls don't", "please don't", "no")
_GAP = r"(?: [a-z0-9]+){0,2}"  # up to two words between ("ar kono din call", "call me again")
_OPT_OUT = re.compile(
    # Bengali, Banglish: "আর ফোন দিবেন না", "ar call korben na", "আর ফোন না করতে", "ফোন দিয়েন না আর"
    rf"(?<![a-z0-9]){_MORE}{_GAP} {_CONTACT}{_GAP} (?:{_ASK} {_NO}|{_NO} {_ASK})"
    rf"|(?<![a-z0-9]){_CONTACT}(?: [a-z0-9]+)? {_ASK} {_NO} {_MORE}"
    # English: "don't call me again", "never call", "not to contact us again"
    rf"|(?<![a-z0-9]){_DONT} {_CONTACT}{_GAP} {_MORE}"
    rf"|(?<![a-z0-9]){_words('never')} {_CONTACT}")
# Said in one go, whatever else the clause holds.
_PLAIN = phrase_pattern((
    "do not contact", "don't contact", "dont contact", "stop calling", "stop messaging", "stop texting",
    "stop sending", "stop contacting", "unsubscribe", "no more calls", "no more messages",
    "number delete", "number ta delete", "number ti delete", "numbar delete", "nambar delete",
    "delete his number", "delete her number", "delete my number", "delete their number",
    "delete the number", "remove his number", "remove her number", "remove my number",
    "remove the number", "নম্বর ডিলিট", "নাম্বার ডিলিট", "নম্বরটা ডিলিট", "নাম্বারটা ডিলিট",
    "নম্বর মুছে", "নাম্বার মুছে", "ডিলিট করে দেন", "লিস্ট থেকে বাদ", "list theke bad", "list theke baad",
    "remove from list", "remove him from", "remove her from", "আর বিরক্ত করবেন না", "ar birokto korben na",
    "ar disturb korben na", "don't disturb again", "never contact",
))
# Words that tie a "don't call" to a time: it says when, not never.
_WHEN = phrase_pattern((
    "ekhon", "এখন", "now$", "today", "aj$", "ajke", "আজ$", "আজকে", "before", "until", "till$",
    "er age", "এর আগে", "porjonto", "পর্যন্ত", "this week", "ei soptah", "এই সপ্তাহ", "this month",
    "ei mash", "এই মাস", "meeting", "মিটিং", "office time", "অফিস টাইম", "tonight", "right now",
    "for now", "for a few days", "kichu din", "কিছু দিন", "kisudin", "ramzan", "রমজান", "eid porjonto",
    "after", "er por", "এর পর", "পরে$", "pore$", "later", "this time", "at night", "rate", "রাতে",
    "sokale", "সকালে", "morning", "dupure", "দুপুরে", "namaz", "নামাজ",
))


# A note without any of these cannot ask for no contact: most notes are passed over unfolded.
_HINT = re.compile(r"ফোন|কল|এসএমএস|মেসেজ|ম্যাসেজ|যোগাযোগ|নম্বর|নাম্বার|বিরক্ত|লিস্ট|হোয়াটসঅ্যাপ|call|ph|fon"
                   r"|sms|msg|mess|mass|text|whatsapp|contact|ring|numb|namb|unsub|disturb|list", re.IGNORECASE)


def asks_no_contact(text: str, called: date) -> str:
    """The words by which the note asks for no more calls or messages, or "".

    A clause that also names a time ("don't call today", "ফোন দিয়েন না এখন", "don't call
    before Wednesday", "kal call dio na") is about when to call, and does not count."""
    if not _HINT.search(text):
        return ""
    for clause in clauses(fold(text)):
        found = (_PLAIN.search(clause) if _PLAIN is not None else None) or _OPT_OUT.search(clause)
        if found is None:
            continue
        if _WHEN is not None and _WHEN.search(clause):
            continue
        if clause_date(clause, called) is not None:
            continue  # "kal call dio na", "don't call on Friday": a day, not never
        return found.group()
    return ""


# The number in the sheet reaches someone else ("wrong number", "ভুল নাম্বার", "onno manush
# dhorse"): a message to it would tell a stranger about the customer's life.
_WRONG = phrase_pattern((
    "wrong number", "wrong no", "wrong numbr", "wrong nmbr", "ভুল নম্বর", "ভুল নাম্বার", "ভুল নাম্বারে",
    "ভুল নম্বরে", "bhul number", "vul number", "bhul nambar", "vul nambar", "number bhul", "number vul",
    "নম্বর ভুল", "নাম্বার ভুল", "not his number", "not her number", "not the customer's number",
    "someone else's number", "someone else picked", "অন্য কারো নম্বর", "অন্য কারো নাম্বার", "অন্য লোক ধরল",
    "অন্য লোক ধরেছে", "onno manush dhorse", "onno lok dhorse", "onno karo number",
))
# "wrong number of items", "ভুল নাম্বারের সাইজ": goods, not the phone.
_WRONG_GOODS = phrase_pattern(("wrong number of", "number of item", "size", "সাইজ", "পিস", "pcs"))


def says_wrong_number(text: str) -> str:
    """The words by which the note says the customer's number reaches someone else, or ""."""
    if not _HINT.search(text) and "অন্য" not in text and "onno" not in text.lower():
        return ""
    for clause in clauses(fold(text)):
        found = _WRONG.search(clause) if _WRONG is not None else None
        if found is not None and not (_WRONG_GOODS is not None and _WRONG_GOODS.search(clause)):
            return found.group()
    return ""
