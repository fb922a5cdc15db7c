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
