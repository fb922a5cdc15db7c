"""The day a note asks for the next call: a pure function of the text and the call date.

"পরশু খোঁজ নিতে বলেছেন" on 19 Nov is 21 Nov; "call on Thursday" is the next Thursday
after the call; "২৫ তারিখে ফোন" is the 25th (of next month if the 25th has passed).
A day only counts when the same part of the note ties it to getting in touch (call,
phone, try, talk, khobor, jogajog, free...), so "কাল রাতে ইন্তেকাল করেছেন" or "the wedding
is on Friday" set nothing. Vague times ("ঈদের পর", "later") give None: the event's
usual delay applies.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .match import phrase_pattern
from .normalise import fold

_CONTACT = phrase_pattern((
    "call", "cl$", "কল", "ফোন", "phone", "phn", "fon$", "ring", "try", "ট্রাই", "যোগাযোগ", "jogajog",
    "খবর", "khobor", "khbr", "খোঁজ", "khoj", "কথা", "kotha", "talk", "speak", "contact", "reach",
    "জানাবে", "জানাবেন", "জানাবো", "জানাতে", "janabe", "janaben", "janabo", "janate", "let us know",
    "confirm", "কনফার্ম", "free", "ফ্রি", "ফাঁকা", "available",
    "আসতে বলছে", "আসতে বলেছে", "ashte bolse", "aste bolse", "ashte bolche", "message",
    "update", "আপডেট", "মেসেজ", "whatsapp",
    "হোয়াটসঅ্যাপ", "dekha korbe", "দেখা করবে", "follow up", "followup", "নক",
    "knock", "ছবি পাঠা", "chobi patha", "ফাইনাল", "final", "remind", "রিমাইন্ড",
    "call back", "get back to", "আবার", "abar", "again",
    # coming to the shop or being back is the next contact too ("শুক্রবার দেখতে আসবেন",
    # "will come on Saturday", "back in 5 days", "Monday তে আসবে")
    "আসবেন", "আসবে$", "আসবো", "ashben", "asben", "ashbe", "asbe$", "ashbo", "asbo",
    "will come", "come on", "come to", "visit", "collect", "be back", "back in", "back on",
    "ফিরবেন", "ফিরবে$", "firben", "firbe$", "in touch", "check on", "feedback", "ফিডব্যাক",
    "next order", "will order", "order dibe", "order diben", "অর্ডার দিবেন", "অর্ডার দিবে$",
    "order দিবেন", "বাসায় থাকবে", "basay thakbe", "will be home", "লিস্ট দিবে", "লিস্ট পাঠাবে",
    "list dibe", "list pathabe", "ashte parbe", "আসতে পারবে", "can come", "আইবা", "আইবো", "aiba", "আসবা", "ashba", "ফুন", "retry", "মনে করা", "mone kora", "follow up", "f/u", "ring",
))
# "Don't call today": a day next to these is when not to call.
_NO_CALL = phrase_pattern((
    "don't call", "do not call", "dont call", "no call", "call korben na", "call dio na",
    "ফোন দিবেন না", "ফোন দিও না", "কল দিও না", "কল দিবেন না", "phone dio na", "fon dio na",
    "ashbe na", "asbe na", "ashben na", "আসবে না", "আসবেন না", "আসতে পারবে না", "আসতে পারবেন না",
    "won't come", "will not come", "can't come", "cannot come", "parbe na", "parben na", "parbena",
    "parbona", "পারবেনা",
    "পারবে না", "পারবেন না", "can't talk", "cannot talk", "আসেননি", "আসেন নাই", "didn't come",
))
# ... unless they say until when: "Don't call before Wednesday".
_UNTIL = phrase_pattern(("before", "until", "till", "er age", "এর আগে", "আগে$", "porjonto",
                         "পর্যন্ত"))
# Words that make a near "কাল"/"aj" mean the past: "kal theke jor", "কাল রাতে মারা গেছেন".
_SINCE = phrase_pattern(("theke$", "থেকে$", "since", "from$", "ago$", "আগে$", "age$"))
# "15 তারিখের মধ্যে", "22 tarikh er por", "before the 20th": a bound, not the day of a call.
_BOUND = phrase_pattern(("er modhe", "এর মধ্যে", "er moddhe", "er age", "er por", "এর আগে",
                         "এর পর", "মধ্যে", "modhe", "er vitore", "by then"))

# A day next to these is about something else, or already past: not a callback.
_OTHER = phrase_pattern((
    "বিয়ে", "biye", "wedding", "engagement", "holud", "হলুদ", "অপারেশন", "operation", "surgery",
    "সিজার", "cesar", "delivery", "ডেলিভারি", "parcel", "পার্সেল", "কুলখানি", "kulkhani", "জানাজা",
    "janaja", "janaza", "exam", "porikkha", "পরীক্ষা", "program", "প্রোগ্রাম", "party", "পার্টি",
    "হইছে", "হয়েছে", "hoise", "hoyeche", "হইছিল", "ছিল", "chilo", "silo", "গেছে", "gese", "geche",
    "করছে", "korse", "করেছে", "koreche", "পাঠাইছে", "pathaise", "পাইছে", "paise", "died", "was$",
    "had$", "theke", "থেকে", "since", "gotokal", "গতকাল", "yesterday", "passed", "expired",
    "ইন্তেকাল", "intekal", "মারা", "mara$", "চল্লিশা", "chollisha", "মিলাদ", "milad", "কবর", "kobor",
    "last$", "গত$", "goto$", "broke$", "happened", "hoisilo", "হয়েছিল", "ছিলাম", "chilam", "silam", "দিলাম", "dilam", "called$", "phoned",
))

_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("সোমবার", "সোম বার", "sombar", "shombar", "monday"),
    1: ("মঙ্গলবার", "মঙ্গল বার", "mongolbar", "mongalbar", "monglbar", "tuesday", "tue$", "tues$"),
    2: ("বুধবার", "বুধ বার", "budhbar", "budbar", "buddhbar", "wednesday", "wed$"),
    3: ("বৃহস্পতিবার", "বৃহস্পতি বার", "বিষ্যুদবার", "বেস্পতিবার", "brihospotibar",
        "brihospotibar", "brihaspatibar", "bishudbar", "bisshudbar", "bishyudbar", "thursday",
        "thu$", "thur$", "thurs$"),
    4: ("শুক্রবার", "শুক্র বার", "জুম্মাবার", "জুমাবার", "sukrobar", "shukrobar", "shukkurbar",
        "jummabar", "jumabar", "friday"),
    5: ("শনিবার", "শনি বার", "shonibar", "sonibar", "shanibar", "sanibar", "saturday", "next sat"),
    6: ("রবিবার", "রবি বার", "রোববার", "robibar", "robbar", "rabibar", "sunday", "next sun"),
}
_WEEKDAY = {wd: phrase_pattern(words) for wd, words in _WEEKDAYS.items()}
# "goto shukrobar", "last Friday", "গত শুক্রবার": a day already past.
_LAST = phrase_pattern(("গত$", "goto$", "gato$", "last$", "previous$"))
# Short English day names ("call me Sun", "try again mon", "retry Sat morning") are also words
# (the sun, মন "mind", "5 mon alu"): they count only next to a word of getting in touch
# ("fri" is not one: "free" folds to it).
_SHORT_WEEKDAY = {wd: phrase_pattern(words) for wd, words in {
    0: ("mon$", "সুমবার", "shumbar"), 1: ("tue$", "tues$"), 2: ("wed$",), 3: ("thu$", "thur$", "thurs$"),
    4: ("শুক্কুরবার", "shukkurbar"), 5: ("sat$",), 6: ("sun$",)}.items()}

_NUMBER_WORDS = {
    "এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10,
    "ek": 1, "dui": 2, "du": 2, "tin": 3, "char": 4, "panch": 5, "pach": 5, "choy": 6, "saat": 7,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a$": 1, "an$": 1, "couple of": 2, "koek": 3,
}
_NUMBERS = {fold(k.rstrip("$")): v for k, v in _NUMBER_WORDS.items()}
_NUM = "(?:" + "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True)) + r"|\d{1,2})"

_DAY_UNIT = "|".join(re.escape(fold(w)) for w in ("din", "দিন", "days", "day", "dine"))
_WEEK_UNIT = "|".join(re.escape(fold(w)) for w in ("soptah", "সপ্তাহ", "sopta", "saptah", "sapta", "week",
                                                   "weeks", "wk"))
_AFTER = "|".join(re.escape(fold(w)) for w in ("por", "পর", "pore", "পরে", "later", "after"))

_RELATIVE = [
    (re.compile(rf"(?<![a-z0-9])({_NUM}) (?:{_DAY_UNIT})[a-z]* (?:{_AFTER})(?![a-z0-9])"), 1),
    (re.compile(rf"(?<![a-z0-9])(?:after|in|within) ({_NUM}) (?:{_DAY_UNIT})s?(?![a-z0-9])"), 1),
    (re.compile(rf"(?<![a-z0-9])({_NUM}) (?:{_WEEK_UNIT})[a-z]* (?:{_AFTER})(?![a-z0-9])"), 7),
    (re.compile(rf"(?<![a-z0-9])(?:after|in) ({_NUM}) (?:{_WEEK_UNIT})s?(?![a-z0-9])"), 7),
]
_FIXED = [
    (phrase_pattern(("next week", "agami soptah", "আগামী সপ্তাহ", "samner soptah",
                     "সামনের সপ্তাহ", "porer soptah", "পরের সপ্তাহ", "next wk")), 7),
    (phrase_pattern(("পরশু", "porshu", "porsu", "day after tomorrow", "the day after")), 2),
    (phrase_pattern(("আগামীকাল", "agamikal", "কাল$", "কালকে", "কালকেই", "kal$", "kalke", "kaal$",
                     "kalk$", "tomorrow", "next day", "tmrw", "tmr")), 1),
    (phrase_pattern(("আজ$", "আজকে", "আজই", "aj$", "ajke", "aaj$", "today", "tonight", "this evening",
                     "this afternoon", "later today", "বিকালে", "বিকেলে", "সন্ধ্যায়", "bikale", "bikele",
                     "sondhay", "sondhar", "সন্ধ্যার পর", "দুপুরে", "dupure", "in the evening", "in the afternoon",
                     "at noon", "this morning", "rait e", "raite", "রাতে ফোন", "রাতে কল", "রাতে আবার",
                     "রাতে call", "রাতে যোগাযোগ", "after magrib", "after maghrib", "after asr",
                     "after isha", "after jummah", "after zohr", "ঘণ্টাখানেক", "ঘন্টাখানেক",
                     "ghontakhanek", "an hour", "half an hour", "in a while", "after lunch",
                     "until evening", "by evening", "after office", "অফিসের পর", "office er por", "আসরের পর", "asor er por", "asr er por",
                     "মাগরিবের পর", "magrib er por", "যোহরের পর", "johor er por", "এশার পর",
                     "esha r por", "জুম্মার পর", "jummar por", "নামাজের পর", "namaz er por")), 0),
]
# "1 ঘণ্টা পর", "15 min por", "in 2 hours": later today ("2 ghonta late" and "a minor" are not)
_HOUR_UNIT = "|".join(re.escape(fold(w)) for w in ('ghonta', 'ঘণ্টা', 'ঘন্টা', 'hour', 'hours', 'hr', 'hrs',
                                                    'min', 'mins', 'minute', 'minutes', 'মিনিট'))
_HOURS = re.compile(rf"(?<![a-z0-9])(?:(?:{_NUM}|adh) (?:{_HOUR_UNIT})[a-z]* (?:{_AFTER})"
                    rf"|(?:in|after|within) (?:{_NUM}|half an) (?:{_HOUR_UNIT}))(?![a-z0-9])")
_CLOCK = re.compile(r"(?<![a-z0-9])\d{1,2} ?(?:tar|tay|tai|ta r) (?:pr|dike|pare)|(?<![0-9])\d{1,2} ?(?:pm|am)(?![a-z])")
_MONTH_DAY = re.compile(
    rf"(?<![a-z0-9])(\d{{1,2}}) (?:{'|'.join(re.escape(fold(w)) for w in ('tarikh', 'তারিখ', 'tarik', 'date'))})[a-z]*"
    r"|(?<![a-z0-9])on the (\d{1,2})(?![a-z0-9])")
# "25/11", "২৫/১১": day and month, as written in Bangladesh.
_DAY_MONTH = re.compile(r"(?<![0-9/] )(?<![0-9])(\d{1,2}) / (\d{1,2})(?! / \d)(?![0-9])")
_CLAUSE = re.compile(r" ?[.;!?|] ?| ?, ?| (?:kintu|but|tbe) ")


# Every pattern ``clause_date`` tries, as one: a clause none of them matches names no day, and
# one search tells (most clauses), where trying each would take seventeen. A pattern added to
# ``clause_date`` must be added here too.
_ANY_DAY = re.compile("|".join(f"(?:{p.pattern})" for p in (
    *(pattern for pattern, _ in _RELATIVE), _DAY_MONTH, _MONTH_DAY, *_WEEKDAY.values(),
    *(fixed for fixed, _ in _FIXED), _HOURS, _CLOCK) if p is not None))


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _NUMBERS.get(token)


def _in_month(day: int, start: date) -> date | None:
    """Day ``day`` of ``start``'s month, or of the next month when it has passed."""
    year, month = start.year, start.month
    for _ in range(2):
        if day <= calendar.monthrange(year, month)[1]:
            found = date(year, month, day)
            if found > start:
                return found
        month = month % 12 + 1
        year += month == 1
    return None


def _day_month(day: int, month: int, start: date) -> date | None:
    """That day, this year or next, after ``start``."""
    for year in (start.year, start.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found > start:
            return found
    return None


def clause_date(clause: str, called: date) -> date | None:
    """The day a clause names, whatever it is for."""
    if not _ANY_DAY.search(clause):
        return None
    for pattern, unit in _RELATIVE:
        if m := pattern.search(clause):
            n = _number(m.group(1))
            if n:
                return called + timedelta(days=n * unit)
    if (m := _DAY_MONTH.search(clause)) and m.group(0) != "24 / 7":  # "24/7 service"
        found = _day_month(int(m.group(1)), int(m.group(2)), called)
        if found is not None:
            return found
    if m := _MONTH_DAY.search(clause):
        day = int(m.group(1) or m.group(2))
        bound = _BOUND is not None and _BOUND.match(clause[m.end():].strip())
        if 1 <= day <= 31 and not bound:
            return _in_month(day, called)
    for wd, weekday in _WEEKDAY.items():
        m = weekday.search(clause) if weekday is not None else None
        if m and not (_LAST is not None and _LAST.search(" ".join(clause[:m.start()].split()[-1:]))):
            ahead = (wd - called.weekday()) % 7 or 7
            return called + timedelta(days=ahead)
    for fixed, days in _FIXED:
        if fixed is None:
            continue
        for m in fixed.finditer(clause):
            after = " ".join(clause[m.end():].split()[:2])  # "kal theke", "কাল রাত থেকে"
            if days <= 2 and _SINCE is not None and _SINCE.search(after):
                continue
            return called + timedelta(days=days)
    if _HOURS.search(clause) or _CLOCK.search(clause):
        return called
    return None


def _short_weekday(clause: str, called: date) -> date | None:
    for wd, weekday in _SHORT_WEEKDAY.items():
        if weekday is not None and weekday.search(clause):
            return called + timedelta(days=(wd - called.weekday()) % 7 or 7)
    return None


def callback_date(text: str, called: date) -> date | None:
    """The day the note asks to get in touch again, or None when it names none.

    First a day in the same clause as a contact word ("শনিবার ফোন দিতে বলছে"); else, when
    the note asks for contact somewhere, a day in a neighbouring clause that is not about
    something else or in the past ("kal sokale payment korben, call dite bolche").
    """
    every = _CLAUSE.split(fold(text))
    if _CONTACT is None:
        return None
    contact = {c for c in every if _CONTACT.search(c)}
    if not contact:
        return None  # (the same as below, without looking for days)
    clauses = [c for c in every  # "Don't call today", "aj ashbe na": not that day
               if _NO_CALL is None or not _NO_CALL.search(c) or _UNTIL is not None and _UNTIL.search(c)]
    for clause in clauses:
        if clause in contact:
            found = clause_date(clause, called) or _short_weekday(clause, called)
            if found is not None:
                return found
    for clause in clauses:
        # (a clause with a contact word named no day above)
        if clause in contact or _OTHER is not None and _OTHER.search(clause):
            continue
        found = clause_date(clause, called)
        if found is not None:
            return found
    return None


def free_day(text: str, called: date) -> date | None:
    """For a busy call: the day they will be free, with or without a contact word nearby
    ("এখন না, আজকে মাগরিবের পরে", "budhbar fire ashbe"), not counting days about something else."""
    for clause in _CLAUSE.split(fold(text)):
        if _OTHER is not None and _OTHER.search(clause):
            continue
        found = clause_date(clause, called)
        if found is not None:
            return found
    return None


def typed_date(text: str, called: date) -> date | None:
    """A Follow Up On cell typed in words ("Thursday", "পরশু", "৩ দিন পর"): no contact word needed."""
    folded = fold(text)
    for clause in _CLAUSE.split(folded):
        found = clause_date(clause, called)
        if found is not None:
            return found
    return None
