"""Whose event, and whether it happened: the frame around a cue word (the ninth round's coverage probe 3).

A cue word may sit in a frame that says the event is not the customer's or did not happen: the
shop's own people ("our manager's father passed away", "আমাদের ডেলিভারি বয় অসুস্থ", "manager
saheb er baby hoise"), the staff's own family told to the customer ("ami bollam amar mayer
operation, 2 din ashbo na"), a condition ("ammu osustho hole ki delivery basay dite parbo", "if
her mother falls ill"), a wish or a prayer for something to come ("দোয়া চাইলেন যেন মেয়েটা ভালো
রেজাল্ট করে", "wish করছে এবার যেন ছেলের job হয়"). All are pure functions of the folded text.
"""
from __future__ import annotations

import re

from .match import phrase_pattern
from .normalise import fold

# The shop's own people: their events are the shop's news, not the customer's.
_SHOP_PEOPLE = phrase_pattern((
    # (not a bare "owner", "মালিক": for the other writers the owner is the customer, a business)
    "our manager", "amader manager", "আমাদের ম্যানেজার", "our owner", "amader malik", "আমাদের মালিক",
    "our shop owner", "our staff", "amader staff", "আমাদের স্টাফ", "our delivery boy", "amader delivery boy",
    "আমাদের ডেলিভারি বয়", "our rider", "amader rider", "আমাদের রাইডার", "our boss", "amader boss", "আমাদের বস",
    "our salesman", "amader salesman", "আমাদের কর্মচারী", "amader kormochari",
    # the shop's delivery staff or workers hurt on the job ("Our delivery staff slipped on the stairs
    # carrying the bed", "আমাদের মিস্ত্রি মই থেকে পড়ে ব্যথা পেয়েছে") (w93)
    "our delivery", "amader delivery", "আমাদের ডেলিভারি", "our worker", "amader worker", "আমাদের কর্মী",
    "our mistri", "amader mistri", "আমাদের মিস্ত্রি", "our helper", "amader helper", "আমাদের হেল্পার",
    # the shop's van and its driver, its owner in English letters ("Our van driver had fever",
    # "আমাদের owner এর বাবা মারা গেছেন") (w108)
    "our driver", "our van driver", "amader driver", "আমাদের ড্রাইভার", "amader van driver", "our owner",
    "amader owner", "আমাদের owner",
))
# A manager named with respect and nothing more ("ম্যানেজার সাহেবের আব্বা", "manager saheb er baby"): the
# shop's own only when the note names the customer apart ("..., কাস্টমার শুধু দাম জিজ্ঞেস করলেন",
# "cust o nilo ekta"); otherwise the manager is the customer, an estate's or a factory's (w50: a tea
# estate's supplier calls "ম্যানেজার সাহেবের ছোট ভাই মারা গেছেন"; w48: "ম্যানেজার সাহেবের মেয়ের আকদ").
_MANAGER = phrase_pattern(("manager saheb er", "manager shaheb er", "manager sab er", "ম্যানেজার সাহেবের",
                           "ম্যানেজার সাহেবর", "ম্যানেজার স্যারের", "manager sir er",
                           # the shop's owner, the same way: "মালিকের আব্বা ইন্তেকাল করেছেন ... কাস্টমারের
                           # ইনসুলিন আজ পাঠানো হলো", "মালিক তার আব্বার চল্লিশা ... Customer upset" (w108)
                           "মালিকের$", "malik er$", "maliker$", "মালিক তার", "malik tar"))
_CUSTOMER = frozenset(fold(w) for w in ("cust", "customer", "কাস্টমার", "কাস্টমারকে", "কাস্টমারের", "ক্রেতা",
                                        "kastomar", "client"))
# The staff member writing speaks of themself: "ami bollam", "I told him", "ami kal chhuti".
_STAFF_SPEAKS = phrase_pattern((
    "ami bollam", "ami bolsi", "আমি বললাম", "আমি বলছি", "i told him", "i told her", "i told the customer",
    "i told cust", "ami chuti", "ami kal chuti", "ami chutite", "আমি ছুটিতে", "আমি কাল ছুটিতে", "i am on leave",
    "i'm on leave", "i will be on leave",
    # the staff telling why they were away or late, in the first person: "tai 1 week chuti te
    # silam", "ছুটি নিছিলাম", "ফোন দিতে পারিনি", "ami nije jaite pari nai", "I could not go", "tai
    # call dite deri holo", "tai 5 din dokan bondho chilo" (w108: the staff's and the shop's own life)
    "ছিলাম$", "chilam$", "silam$", "নিছিলাম$", "nisilam$", "পারিনি$", "parini$", "pari nai$", "পারি নাই$",
    "i could not", "i couldn't", "i was on", "call dite deri", "ফোন দিতে দেরি", "dokan bondho chilo",
    "দোকান বন্ধ ছিল", "page off",
    # "my own" fever, baby, bike: the writer's own ("amar nijer baby hoise"; not "ami nije", which the
    # customer says of themself in a pasted chat: "Saddam: ami nije covid positive")
    "amar nijer", "আমার নিজের",
))
_MY = frozenset(fold(w) for w in ("amar", "আমার", "my", "our", "amader", "আমাদের"))
_I, _OWN = fold("ami"), fold("nije")
# A condition or a wish before the cue ("if", "যদি", "যেন", "wish", "hope") or a condition right
# after it ("osustho hole", "অসুস্থ হলে"; not আসলে, also "actually").
_IF_BEFORE = frozenset(fold(w) for w in ("if", "যদি", "jodi", "jdi", "যেন", "jeno", "wish", "wishes",
                                        "hoping", "pray", "praying", "যাতে", "jate"))
_IF_AFTER = frozenset(fold(w) for w in ("hole", "হলে", "hoile", "হইলে", "if"))
# ... unless a warning for next time comes first ("আর দেরি হইলে").
_AGAIN = frozenset(fold(w) for w in ("আর", "ar", "abar", "আবার", "again"))
# "শেষ হলে", "shesh hole": when it is over, a time, not a condition (w118).
_OVER = frozenset(fold(w) for w in ("শেষ", "shesh", "sesh", "over"))
# A promise's verb, folded ("দিবো", "nimu", "diben"): what the condition would bring.
_FUTURE = re.compile(r"[a-z]+(?:b|be|ben|mu)$")


def shop_people(folded: str, clause: str, start: int) -> bool:
    """The words before the cue in its clause name the shop's own people ("our manager's
    father"; "ম্যানেজার সাহেবের আব্বা মারা গেছেন" when the note names the customer apart)."""
    if _SHOP_PEOPLE is not None and _SHOP_PEOPLE.search(clause[:start]) is not None:
        return True
    return (_MANAGER is not None and _MANAGER.search(clause[:start]) is not None
            and not _CUSTOMER.isdisjoint(folded.split()))


def staff_own(folded: str, clause: str, start: int) -> bool:
    """The staff member speaks of themself in the note ("ami bollam", "ami kal chhuti") and the
    cue's person is "my" ("amar mayer operation", "amar ammu hospital e"): the staff's family."""
    if _STAFF_SPEAKS is None or not _STAFF_SPEAKS.search(folded):
        return False
    before = clause[:start].split()[-3:]
    # ("ami nije dengue te bugsi": the writer themself, as "amar" is the writer's family)
    return bool(_MY.intersection(before)) or any(a == _I and b == _OWN for a, b in zip(before, before[1:]))


def conditional(clause: str, start: int, end: int) -> bool:
    """A condition or a wish frames the cue: "ammu osustho hole ki ...", "if his father falls
    ill", "যেন মেয়েটা ভালো রেজাল্ট করে", "wish করছে এবার যেন ছেলের job হয়", or the cue is what a
    condition would bring ("ভেজাল হইলে ফেরত দিবো")."""
    before = clause[:start].split()
    if _IF_BEFORE.intersection(before):
        return True
    # the cue is what a condition just before it would bring, a promise ("ভেজাল হইলে ফেরত দিবো";
    # not "চালু হলে আওয়াজ আসে না", when it is on) (w47)
    if (_IF_AFTER.intersection(before[-2:]) and not _AGAIN.intersection(before[-4:-2])
            and _FUTURE.match(clause[end:].split()[0] if clause[end:].split() else "")):
        return True
    # ("আর দেরি হইলে নিবো না": late once, and a warning if it happens again; "চল্লিশা শেষ হইলে
    # অর্ডার দিবা", "shraddho shesh hole call": when a rite is over, no condition on it) (w118)
    after = clause[end:].split()[:2]
    return (bool(_IF_AFTER.intersection(after)) and not _AGAIN.intersection(before[-1:])
            and not _OVER.intersection(after[:1]))


# "not that she is unhappy", "it's not like she isn't happy", "মা অসুস্থ না এটা ঠিক না": a negation
# of what follows or precedes, which turns the cue's own negation (or its absence) round.
_NOT_THAT = frozenset({fold("not that"), fold("not like")})
_UNTRUE = frozenset(fold(w) for w in ("এটা ঠিক না", "eta thik na", "ta thik na", "not true", "সত্যি না",
                                      "ঠিক না", "thik na"))


def double_negation(clause: str, start: int, end: int) -> bool:
    """Whether a "not that ..." before the cue, or an "এটা ঠিক না" ("that is not true") just after
    its own negation, turns its meaning round (probe 3)."""
    words = clause[:start].split()
    if any(" ".join(words[i:i + 2]) in _NOT_THAT for i in range(len(words) - 1)):
        return True
    after = clause[end:].split()[:5]
    return any(" ".join(after[i:j]) in _UNTRUE for i in range(1, 3) for j in (i + 2, i + 3))


# News told and then called untrue: a rumour ("মামার মৃত্যুর খবরটা গুজব ছিল", "Rumour that his wife
# was admitted is false", "accident er khobor ta fake"), false news, heard wrong. In the cue's own
# clause, or opening the clause right after it ("dadi mara gese bola hoisilo, vul khobor"; "Heard
# her father was in hospital, not true"). (w136)
_RUMOUR = phrase_pattern((
    "গুজব", "gujob", "gujab", "gujov", "rumour", "rumor", "rumours", "rumors",
    "ভুল খবর", "vul khobor", "bhul khobor", "ভুয়া খবর", "vuya khobor", "bhuya khobor", "মিথ্যা খবর",
    "mittha khobor", "mitha khobor", "fake news", "false news", "wrong news", "false alarm",
    "খবরটা ভুল", "khobor ta vul", "khobor ta bhul", "khobor vul", "khobor bhul", "খবরটা মিথ্যা",
    "khobor ta mittha", "খবরটা ফেক", "khobor ta fake", "khobor fake", "news was wrong", "news was false",
    "news is wrong", "news is false", "news was fake", "news was not true", "news is not true",
    "ভুল শুনছিলাম", "vul shunsilam", "bhul shunsilam", "vul sunsilam", "bhul sunsilam", "heard wrong",
))
# ... opening the next clause, it calls what came before untrue.
_UNTRUE_NEXT = phrase_pattern((
    "not true", "sotti na", "sotti noy", "সত্যি না", "সত্য না", "সত্য নয়", "false", "fake",
    "ভুল খবর", "vul khobor", "bhul khobor", "ভুয়া খবর", "vuya khobor", "গুজব", "gujob", "rumour", "rumor",
    "মিথ্যা খবর", "mittha khobor", "fake news", "false news", "wrong news", "false alarm",
))
# "গুজব না, সত্যিই মারা গেছেন", "not a rumour": the news stands.
_NOT_A_RUMOUR = frozenset(fold(w) for w in ("na", "না", "noy", "নয়", "nai", "নাই"))
_NOT_BEFORE = frozenset(fold(w) for w in ("not", "no", "na", "না"))


# "the news of his driver's death was wrong", "খবরটা ভুল ছিল": news, then untrue closing the clause.
_NEWS_UNTRUE = re.compile(r"(?<![a-z0-9])(?:news|kbr[a-z]*)(?: [^ ]+){0,6}? (?:wrng|false|fake|bul|buya|mitea|mita|gujb)"
                          r"(?: sil)?$")


def _rumours(clause: str) -> list[tuple[int, int]]:
    """Where the clause calls news untrue (not "গুজব না", "not a rumour")."""
    found = [m.span() for m in (_RUMOUR.finditer(clause) if _RUMOUR is not None else ())]
    found += [m.span() for m in _NEWS_UNTRUE.finditer(clause)]
    return [(s, e) for s, e in found if not _denied_rumour(clause, s, e)]


def rumoured(parts: list[str], index: int) -> bool:
    """Whether a cue in clause ``index`` is news the note calls untrue: a rumour word anywhere
    in its clause, or an untrue word opening the next clause (w136)."""
    if _rumours(parts[index]):
        return True
    if index + 1 < len(parts) and _UNTRUE_NEXT is not None:
        following = parts[index + 1]
        m = _UNTRUE_NEXT.match(following)
        return m is not None and not _denied_rumour(following, m.start(), m.end())
    return False


def in_rumour(clause: str, start: int, end: int) -> bool:
    """Whether the cue is the very word that calls news untrue ("accident er khobor ta fake",
    "the news ... was wrong"): no fake goods, no wrong item (w136)."""
    return any(s <= start and end <= e for s, e in _rumours(clause))


def _denied_rumour(clause: str, start: int, end: int) -> bool:
    after = clause[end:].split()[:1]
    before = clause[:start].split()[-2:]
    return bool(_NOT_A_RUMOUR.intersection(after)) or bool(_NOT_BEFORE.intersection(before))


# A belief or hearsay in the cue's clause ("shune mone hoisilo gari chori hoise", "mara gese
# huinsi?", "thought she was pregnant") that the very next clause answers with a bare "no" ("na,
# garage e chilo", "না, উনি নিজেই ফোন ধরলেন") or a negative test: what was thought or heard did not
# happen (w136).
_BELIEVED = phrase_pattern((
    "thought", "i thought", "we thought", "ভাবছিলাম", "ভাবছিলা", "ভাবছিল", "ভেবেছিলাম", "ভেবেছিল", "vabsilam",
    "bhabsilam", "vabchilam", "bhabchilam", "vebechilam", "bhebechilam", "mone hoisilo", "mone hoyechilo",
    "mone hoisil", "মনে হইছিল", "মনে হয়েছিল", "শুনছিলাম", "শুনেছিলাম", "shunsilam", "sunsilam", "shunechilam",
    "huinsilam", "huinsi", "hunsi", "heard", "shunlam", "শুনলাম", "bola hoisilo", "বলা হইছিল", "বলা হয়েছিল",
))
_BARE_NO = frozenset(fold(w) for w in ("na", "না", "nah", "নাহ", "no", "nope", "না না", "na na", "not really",
                                       # ... or a test that says no ("Pregnant ভাবছিলা, test negative")
                                       "test negative", "negative", "টেস্ট নেগেটিভ", "নেগেটিভ", "negetive"))


def believed_wrongly(parts: list[str], index: int) -> bool:
    """Whether the cue's clause tells a belief or hearsay and the next clause is a bare "no"."""
    if _BELIEVED is None or index + 1 >= len(parts) or not _BELIEVED.search(parts[index]):
        return False
    return parts[index + 1].strip() in _BARE_NO
