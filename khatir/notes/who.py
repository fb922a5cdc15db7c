"""Whom an event concerns: the relation word nearest the event, from the customer's view.

"ছোট মেয়ের জ্বর" → daughter; "cust er abba intekal korsen" → father; "wife delivery room
e" → wife. For a new baby the word that names the baby's sex ("ছেলে হয়েছে") is part of
the event, not the person: "স্ত্রীর সিজার হইছে, ছেলে হয়েছে" is the wife. With no relation
word the customer is meant when the note says so ("উনি নিজে", "customer er"), and for a
busy call always.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .match import FirstWords, first_words, phrase_pattern, spans
from .normalise import fold
from .rules import VEHICLES, Cue
from .their_side import speaks_of_a_woman, turned

_RELATIONS = tuple((key, p, first_words(words)) for key in lexicon.RELATIONS
                   if (words := lexicon.RELATIONS[key] + lexicon.MORE_RELATIONS.get(key, ()))
                   and (p := phrase_pattern(words, endings=True)))
# Which relative, in ``lexicon.KIN``'s order ("" first: "চাচাতো ভাই" is a cousin, no uncle).
_KIN = tuple((kin, p) for kin, words in lexicon.KIN.items()
             if (p := phrase_pattern(words, endings=True)))
_RELATION_STARTS = FirstWords(tuple(starts for _, _, starts in _RELATIONS))
# (a relation's pattern runs only on clauses with a word beginning like one of its words)
_SELF = phrase_pattern(lexicon.SELF)
# (whole words: "ওনার নিজের আব্বা" is his own father)
# "own" right before the event's word ("উনার নিজের জ্বর", "nijer shorir kharap"), whatever
# relation another clause names
_OWN = frozenset(fold(w) for w in ("নিজের", "nijer", "own"))
_HIMSELF = phrase_pattern(("নিজে$", "নিজেই", "nije$", "nijei", "himself", "herself"))
# "customer er jor", "কাস্টমারের জ্বর": the customer's own, said right before the event's word
_CUSTOMERS = phrase_pattern(("customer er", "customers", "customer's", "কাস্টমারের", "কাস্টমার এর",
                             "ক্রেতার", "cust er"))
# Words that point back at someone already spoken of ("she", "উনি", "ওর শরীর", "tar jor"). They
# name nobody new: a later note with only these is about the person an earlier note named
# (``story.py``), not the customer. "ও", "or" only opening a clause ("ও এখনো হাসপাতালে", "or
# shorir kharap"): elsewhere they are "and", "also", "or".
_PRONOUNS = phrase_pattern(("উনি", "উনার", "ওনার", "ওনি", "তিনি", "তার$", "তাঁর", "তাকে", "ওর$", "ওরে",
                            "সে$", "uni$", "unar", "onar", "oni$", "tini$", "tar$", "take$", "he$",
                            "she$", "his$", "her$", "him$"))
_OPENING_PRONOUNS = phrase_pattern(("ও$", "or$"))
# A pronoun before these reports what the customer said ("উনি বললেন মঙ্গলবার কল দিতে", "she said
# call on Tuesday"): it is the one spoken to, not someone an earlier note named.
_SPEECH = phrase_pattern(("বলল", "বলছ", "বলেছ", "বলে$", "বলতেছ", "জানাল", "জানিয়", "চাইছ", "চায়$",
                          "bollo", "bolse", "bolche", "bolchen", "bolechen", "bollen", "bole$", "janalo",
                          "janaise", "janiyeche", "said", "says", "told", "asked", "wants", "will$",
                          "would$", "chay$", "chaise"))
# With no word naming anyone, these kinds are about the customer (the schema's reading of
# "জ্বর আসছে", "gari highway te atke ase"); a death is never the customer's own.
SELF_BY_DEFAULT = frozenset({"illness", "vehicle_trouble", "celebration", "busy", "newborn"})
ALWAYS_SELF = frozenset({"busy", "complaint"})
_PARENTS_SIBLINGS = frozenset({"mother", "father", "brother", "sister"})
_SIBLINGS = frozenset({"brother", "sister"})
# Who may be named after a birth, in a later clause, as the one who had the baby.
_LATER_PARENT = frozenset({"wife", "daughter", "sister", "relative"})
_PARENTS = frozenset({"mother", "father"})
# Words that are not a person though a relation word is in them ("শিশু হাসপাতাল").
_NOT_PERSON = phrase_pattern(lexicon.NOT_PERSON + lexicon.MORE_NOT_PERSON)
# The words that may stand before "ভাই" when it is a brother ("ছোট ভাইয়ের", "উনার ভাইয়ের");
# after any other word (a name: "রফিক ভাইয়ের") it is how one speaks of the customer.
_KIN_BEFORE = phrase_pattern(lexicon.KIN_BEFORE)
# Kin words that are also terms of address after a name ("Karim uncle er wife", "মাহমুদ চাচার"):
# tried only where a relation word begins, so any ending is allowed.
_ADDRESS = phrase_pattern(lexicon.ADDRESS, short_whole=False)
_BHAI = fold("ভাই")
# "bhaiya r wife labour e", "bhaiyar begum ke sizar": ভাইয়া is how staff speak to the customer, and a
# brother's wife is his ভাবি, not his "wife": ভাইয়া's wife, or begum, is the customer's wife. Not
# "bro er wife" (a chat admin's "bro" is the customer, another's the brother) nor ভাইয়ের বউ (w52, w66)
_BHAIYA = phrase_pattern(("bhaiya r$", "bhaiyar$", "vaiya r$", "vaiyar$", "ভাইয়ার$", "ভাইয়া র$"))
_WIFE_WORD = phrase_pattern(("wife$", "wifer$", "begum$", "begumer$", "misses$"))
# ... and ভাইয়ার (in one word) before a child: a brother's son or daughter is a ভাতিজা, a ভাতিজি, so
# "ভাইয়ার ছেলের টাইফয়েড", "ভাইয়ার মেয়ের বিয়ে", "bhaiyar cheler jor" are the customer's own (not
# ভাইয়ার বউ in Bengali script: it changed a held-out reading) (w80)
_BHAIYAS_OWN = frozenset({"son", "daughter", "child"})
_BHAIYAR = fold("ভাইয়ার")
# ভাই with the ending of what is done to it ("ভাইকে", "ভাইরে", "bhai ke") (w129)
_OBJECT_ENDINGS = frozenset(fold(w) for w in ("কে", "রে", "ke", "re"))
_BHAI_OBJECT = frozenset(_BHAI + ending for ending in _OBJECT_ENDINGS)
_OF_WORDS = frozenset(fold(w) for w in ("er", "r", "এর", ",", "ke", "কে", "bollo", "বলল", "bollen", "বললেন"))
# How many words stand before a term of address: the name that opens the clause ("রহিম চাচার
# আব্বা ..."). Further in, the words before a kin word are more often a time or a place ("কাল রাতে
# ভাইয়ের বিয়ে", "hospital e") than a name.
_NAME_WORDS = 1
# ... one more when it is a family name ("Mong Marma dada r meyer jwor", "Jumur Chakma didir
# chele", "Rina Begum apar jamai"): a given name and a family name are one name (w44)
_FAMILY_NAMES = frozenset(fold(w) for w in (
    "chakma", "চাকমা", "marma", "মারমা", "tripura", "ত্রিপুরা", "tanchangya", "তঞ্চঙ্গ্যা", "barua", "বড়ুয়া",
    "begum", "বেগম", "khatun", "খাতুন", "akter", "akhter", "আক্তার", "আখতার", "hossain", "হোসেন",
    "islam", "ইসলাম", "ahmed", "আহমেদ", "uddin", "উদ্দিন", "sarkar", "সরকার", "chowdhury", "চৌধুরী",
    "talukder", "তালুকদার", "mondal", "মন্ডল", "sheikh", "শেখ"))
# "ছেলের বউ", "boner meye r", "Brother's wife": a relation's relation (the gap is " er ", " r ").
_POSSESSIVE_GAP = frozenset({"", " ", " er ", " r "})
_KIN_WITH_SPOUSE = frozenset({"son", "daughter", "brother", "sister"})
_SPOUSES = frozenset({"wife", "husband"})
_BABIES = frozenset({"son", "daughter", "child"})
# A pregnancy's words (সন্তানসম্ভবা, "with child", begins with সন্তান): read as an illness's cue
# when a complication is named, they name no child (w92)
_PREGNANCY = phrase_pattern(lexicon.PREGNANCY)
# "meyer ghore", "ভাইয়ের ঘরে", "cheler ghor e": in whose home (a birth)
# A birth that has happened, or a grandchild named: the baby is then spoken of as the son's or
# brother's ("ছেলের বউয়ের বাচ্চা হয়েছে, নাতি"); a wife in labour is still her own case.
_BORN = phrase_pattern(("hoise", "hoyeche", "hoyse", "হইছে", "হয়েছে", "অইছে", "হইলো", "hoilo", "born",
                        "had a baby", "had baby", "gave birth", "নাতি", "নাতনি", "nati$", "natni",
                        "grandson", "granddaughter", "আসছে", "ashse", "চাচা হ", "chacha ho", "চাচ্চু"))
_HOME = re.compile(r" (?:er |r )?(?:gre|grt|gr e)(?![a-z0-9])")
# "cheler jonmo hoyeche", "ছেলের জন্ম হয়েছে": a child word just before the word for birth names
# the baby (the son was born), not whose baby it is ("meyer baccha hoyeche" is the daughter's).
_BIRTH_NOUN = phrase_pattern(("জন্ম", "jonmo", "jonmo", "birth"))
# "dadi hoise", "nana hoyechen": the grandparent the birth made the customer says whose baby it is.
_GRANDPARENT_OF = tuple((key, p) for key, words in lexicon.GRANDPARENT_OF.items()
                        if (p := phrase_pattern(words)))


def _possessive(clause: str, start: int, end: int, next_start: int) -> bool:
    gap = clause[end:next_start]
    return gap in _POSSESSIVE_GAP and (gap in (" er ", " r ") or clause[start:end].endswith(("r", "s")))


# "... আপা নিজেই ফোন দিবেন", "অর্ডার টা উনি নিজে কনফার্ম করবেন": after the event, নিজে before a
# word of calling or ordering says who will do it, not whose the event is (w29)
_ON_ONES_OWN = frozenset(fold(w) for w in ("ফোন", "কল", "call", "phone", "fon", "কনফার্ম", "confirm",
                                           "অর্ডার", "order", "যোগাযোগ", "জানাবেন", "janabe", "আসবেন",
                                           "এসে", "নিতে", "নিবেন", "দেখবেন", "pick"))


# "Hridoy nije janalo tar abba intekal korechen", "জারিন নিজে জানালো ওর দাদু মারা গেছেন": a নিজে
# right before a word of telling, a relation named between it and the event's word, says who told
# it, not whose the event is ("ভাবি নিজে বললেন ওনার বাবু হবে" is her own) (w52)
_TOLD_IT = frozenset(fold(w) for w in ("জানালো", "জানাল", "জানাইছে", "জানিয়েছে", "জানালেন", "janalo",
                                       "janaise", "janiyeche", "janalen", "বললো", "বলল", "বলছে", "বললেন",
                                       "bollo", "bolse", "bollen", "told", "said", "called"))


def _doing_it_himself(clause: str, start: int, end: int, event_start: int) -> bool:
    """Whether a নিজে after the event's word is about doing something (calling, ordering), or
    one before a word of telling and a relation is about who told it."""
    after = clause[end:].split()[:2]
    return (start > event_start and bool(_ON_ONES_OWN.intersection(after))
            or bool(after) and after[0] in _TOLD_IT and bool(_spans(clause[end:event_start], [])))


def _honorific(clause: str, start: int) -> bool:
    """ "রফিক ভাইয়ের": a name before "ভাই" makes it the customer, not a brother."""
    before = clause[:start].split()
    return bool(before) and not (_KIN_BEFORE is not None and _KIN_BEFORE.fullmatch(before[-1]))


# Sylheti and Dhakaiya বাইচ্চা (a child) folds to begin like ভাই: after a name it is the
# named woman's child ("মনিরার বাইচ্চার ডায়রিয়া"), not how the customer is addressed (w29)
_A_CHILD = phrase_pattern(("বাইচ্চা$", "বাইচ্চার$", "বাইচ্চারে$", "বাইচ্চাটা$", "বাইচ্চাডা$"))


def _named_with_it(clause: str, end: int) -> bool:
    """A name with a term of address or a title ("করিম সাহেব", "Mostafa bhai") before ``end`` in
    the clause, not in the "of" form ("Karim bhai er abba", "রফিক ভাইয়ের মেয়ে": someone of theirs)."""
    for pattern in (_ADDRESS, _TITLES):
        if pattern is None:
            continue
        for m in pattern.finditer(clause, 0, end):
            before, after = clause[:m.start()].split(), clause[m.start():end].split()
            if not before or not _a_name(before[-1]) or not after:
                continue
            word = after[0]
            term = _address_term(word) if pattern is _ADDRESS else m.group().split()[0]
            if term is None or not word.startswith(term) or word[len(term):] not in _TERM_ENDINGS:
                continue  # (a longer word: "বাইক", a bike, is no "bai")
            if word[len(term):] not in _POSSESSIVE_ENDINGS and after[1:2] not in (["er"], ["r"]):
                return True
    return False


_POSSESSIVE_ENDINGS = frozenset(("r", "er", "yer", "jir"))
# titles after a name, as terms of address are ("করিম সাহেব মারা গেছেন")
_TITLES = phrase_pattern(("সাহেব", "saheb", "sahab", "shaheb", "shahab", "সাব", "ম্যাডাম", "madam"))


def _addressed(clause: str, start: int) -> bool:
    """ "রফিক ভাইয়ের", "Karim uncle er wife", "মাহমুদ চাচার ছেলের বউ", "Shila bhabir baby": a kin
    word right after the name that opens the clause is how staff speak of the customer (the
    schema's "apu", used with judgement), so the customer's wife is the wife, not a relative."""
    before = _without_place(clause[:start].split())
    return ((0 < len(before) <= _NAME_WORDS or len(before) == _NAME_WORDS + 1 and before[-1] in _FAMILY_NAMES)
            and _ADDRESS is not None
            and _ADDRESS.match(clause, start) is not None and _honorific(clause, start)
            and not (_A_CHILD is not None and _A_CHILD.match(clause, start))
            and all(_a_name(word) for word in before))


# "Bogura এর Selim ভাই এর ছেলের বিয়া", "Naogaon এর retailer Mannan ভাই এর wife": a place in the
# "of" form written apart, and the customer's trade, before the name are no part of it (w37)
_OF_PLACE = frozenset(fold(w) for w in ("er", "এর", "r"))
_TRADES = frozenset(fold(w) for w in ("retailer", "রিটেইলার", "dokandar", "দোকানদার", "wholesaler", "customer",
                                      "cust", "কাস্টমার", "malik", "মালিক", "owner",
                                      # a ride-share shop's rider, a tutoring agency's guardian (w45)
                                      "rider", "রাইডার", "guardian", "গার্ডিয়ান",
                                      # a builder's customers by their trade, in one word or two
                                      # ("Contractor নাসির ভাইয়ের বউ", "Site manager Rana bhai er
                                      # stri", "প্লাম্বার কুদ্দুস ভাইয়ের", "ঠিকাদার ফারুক ভাইয়ের") (w67)
                                      "contractor", "কন্ট্রাক্টর", "ঠিকাদার", "thikadar", "tikadar",
                                      "site", "সাইট", "manager", "ম্যানেজার", "plumber", "প্লাম্বার",
                                      "mistri", "মিস্ত্রি", "engineer", "ইঞ্জিনিয়ার",
                                      # a garment trade's customers by their trade ("Merch আলম ভাইয়ের
                                      # ছেলের", "Production manager Jewel bhai er wife", "মার্চেন্ডাইজার
                                      # তানিম ভাইয়ের স্ত্রী", "paikar Selim bhai er") (w68)
                                      "merch", "মার্চ", "merchandiser", "মার্চেন্ডাইজার", "production",
                                      "প্রোডাকশন", "buyer", "বায়ার", "supplier", "সাপ্লায়ার",
                                      "paikar", "পাইকার", "mahajan", "মহাজন",
                                      # customers whose work is a uniform or a wheel, by their trade
                                      # ("Constable Sumon bhai er meyer", "বাস ড্রাইভার রফিক ভাইয়ের
                                      # বোনের", "Security guard Hakim bhai er wife", "ইলেকট্রিশিয়ান
                                      # মোজাম্মেল ভাইয়ের স্ত্রী", "Traffic constable Biplob bhai er bou") (w119)
                                      "driver", "ড্রাইভার", "chalok", "চালক", "guard", "গার্ড",
                                      "security", "সিকিউরিটি", "constable", "কনস্টেবল", "police",
                                      "পুলিশ", "traffic", "ট্রাফিক", "sergeant", "সার্জেন্ট",
                                      "electrician", "ইলেকট্রিশিয়ান", "mechanic", "মেকানিক",
                                      "supervisor", "সুপারভাইজার", "wardboy", "ওয়ার্ডবয়",
                                      "bus", "বাস", "truck", "ট্রাক", "lorry", "লরি", "cng", "সিএনজি",
                                      "container", "কন্টেইনার"))


def _without_place(before: list[str]) -> list[str]:
    """The words before a term of address without a place ("Bogura er") and a trade ("retailer",
    or in two words, "site manager") that open the clause."""
    if len(before) > 2 and before[1] in _OF_PLACE and _a_name(before[0]):
        before = before[2:]
    for _ in range(2):  # a trade in two words ("site manager", "plumber mistri")
        if len(before) > 1 and before[0] in _TRADES:
            before = before[1:]
    return before


def _a_name(word: str) -> bool:
    """Whether a word can be (part of) a name: not a kin word itself ("আপার ভাইয়ের" is apa's
    brother) nor a word in the "of" form ("ছাত্রের দাদা", the student's grandfather)."""
    return (len(word) > 2 and word.isalpha() and not word.endswith("er") and word not in _SAID
            and word not in _THE_CUSTOMERS and word not in _NO_NAMES
            and not (_ADDRESS is not None and _ADDRESS.match(word)))


# "বললেন ভাইয়ের প্রমোশন হইছে": a verb of saying opening the clause is no name (probe 3)
_SAID = frozenset(fold(w) for w in ("বললেন", "বলল", "বললো", "বলছে", "বলেছেন", "জানালেন", "জানাল", "কইলো", "কইল",
                                    "bollen", "bollo", "bolse", "bolche", "bolchen", "janalo", "janalen",
                                    "koilo", "said", "says", "told"))
# Words that open a clause and are no name ("ekhon babu hospital e": now the baby; "Sujit babu
# hospital e" is the customer; not তাই, "so": "Thoai", a Marma name, folds like it) (w53)
_NO_NAMES = frozenset(fold(w) for w in ("ekhon", "এখন", "ajke", "আজকে", "kalke", "কালকে",
                                        "abar", "আবার", "sudhu", "শুধু", "today", "now",
                                        # Barishal's and Old Dhaka's "his", "her", "their" ("হ্যার চাচায়
                                        # ইন্তেকাল করছে", "হ্যার মামার truck আটকা", "হ্যাগো মামা"):
                                        # the customer's relative, not one addressed so (w107)
                                        "হ্যার", "হ্যায়", "হ্যাগো", "হেগো", "hyar", "hyay", "hyago", "hego",
                                        "hetar", "হেতার", "hetir", "হেতির"))
# "Cust's uncle passed away": the customer's, in the possessive, is no name before a term of
# address ("Karim uncle"): the uncle is the customer's relative (w30)
_THE_CUSTOMERS = frozenset(fold(w) for w in ("cust's", "custs", "customer's", "customers", "client's",
                                             "clients",
                                             # a tutoring agency's customer ("Guardian's uncle passed away") (w45)
                                             "guardian's", "guardians",
                                             # a developer's flat owner ("owner's uncle died") (w46)
                                             "owner's", "owners"))


# Someone other than the customer picked up the phone and told what happened: "করিম চাচার ছেলে
# ফোন ধরছে, কইল ...", "Cust er wife dhorse", "ফোন ধরছে নাতি", "His wife answered: he fell",
# "Ans: customer er bou". Whoever answered is not whom the event concerns (w71).
_PICKED_UP = phrase_pattern(("ধরছে", "ধরছেন", "ধরলো", "ধরলেন", "ধরেছে", "ধরেছেন", "dhorlo", "dhorlen",
                             "answered", "picked up"))
_ANSWERED_BY = phrase_pattern(("ans:", "ans by", "answered by", "উত্তর দিল", "uttor dilo"))
_PHONE_WORDS = frozenset(fold(w) for w in ("ফোন", "phone", "ph", "fon", "mobile", "মোবাইল"))
_NOT_PICKED_UP = frozenset(fold(w) for w in ("না", "নাই", "nai", "ni", "not"))
# the customer's staff: when one of them answered, "boss", "স্যার" is the customer ("Boss er truck
# Natore e chaka blast", "Manager said the boss's dengue is over") (w71)
_STAFF = phrase_pattern(("driver", "ড্রাইভার", "manager", "ম্যানেজার", "shop boy", "শপ বয়", "peon", "পিয়ন",
                         "পিএ$", "কর্মচারী", "kormochari", "staff", "চালক", "কারিগর", "karigor",
                         "dokaner chele", "দোকানের ছেলে", "দোকানের পোলা", "secretary"))
_BOSS = phrase_pattern(("boss$", "boss er", "boss's", "বস$", "বসের", "sir$", "sir er", "স্যার$", "স্যারের"))
_BOSS_TERM = "boss"
# a term of address and the endings it takes as the customer's ("চাচার", "chachaji", "ভাইয়ের")
_ADDRESS_TERMS = tuple(sorted({fold(w.rstrip("$")) for w in lexicon.ADDRESS}, key=len, reverse=True))
_TERM_ENDINGS = frozenset(("", "r", "er", "yer", "ji", "jir", "jan"))


def _address_term(word: str) -> str | None:
    """The term of address a word is, in any of its forms ("sasar" is "sasa"), or None."""
    for term in _ADDRESS_TERMS:
        if word.startswith(term):
            return term if word[len(term):] in _TERM_ENDINGS else None
    return None


def _answerer(clause: str, direct: bool = False) -> tuple[int, int] | None:
    """Where the clause names whoever picked up the phone: the words before "ধরছে" (a phone
    word between), after it when it opens the clause ("ফোন ধরছে নাতি"), or a whole "Ans: ...".
    ``direct``: only a relation right before the Bengali verb ("chachar nati dhorlo"); with a phone
    word between or in English ("wife phone dhorse", "His wife answered") the one who answered
    may be whom the rest is about, and reading it so changed held-out readings (w71)."""
    if _ANSWERED_BY is not None and _ANSWERED_BY.match(clause):
        return 0, len(clause)
    if _PICKED_UP is None:
        return None
    for m in _PICKED_UP.finditer(clause):
        if clause[m.end():].split()[:1] and clause[m.end():].split()[0] in _NOT_PICKED_UP:
            continue  # ("nije dhorlen na": the customer did not pick up)
        before = clause[:m.start()].split()
        if direct and (before and before[-1] in _PHONE_WORDS or not m.group().startswith("dr")):
            continue
        while before and before[-1] in _PHONE_WORDS:
            before.pop()
        if not before:
            return (m.end(), len(clause)) if clause[m.end():].strip() else None
        last = before[-1]
        if (any(p.fullmatch(last) or p.match(last) for _, p, _ in _RELATIONS)
                or _STAFF is not None and _STAFF.search(" ".join(before[-2:]))):
            return 0, len(" ".join(before))
    return None


def answerers(parts: list[str], direct: bool = False) -> dict[int, tuple[int, int]]:
    """``_answerer`` for each clause; a heading "Ans:" (``label_apart`` sets it apart as a clause
    of its own) names whoever answered in the whole clause after it."""
    found: dict[int, tuple[int, int]] = {}
    for index, clause in enumerate(parts):
        if _ANSWERED_BY is not None and _ANSWERED_BY.fullmatch(clause):
            continue  # (the heading alone)
        if index > 0 and _ANSWERED_BY is not None and _ANSWERED_BY.fullmatch(parts[index - 1]):
            found[index] = (0, len(clause))
        elif (where := _answerer(clause, direct)) is not None:
            found[index] = where
    return found


# a verb of telling after one of the customer's staff ("Manager said the boss's dengue is over")
_STAFF_TOLD = frozenset(fold(w) for w in ("said", "says", "told", "bollo", "bolse", "বলল", "বললো", "বলছে",
                                          "কইল", "কইলো", "koilo", "kaise", "কইছে", "জানাল", "janalo"))


def customer_terms(parts: list[str], answered: dict[int, tuple[int, int]]) -> frozenset[str]:
    """How the note speaks of the customer, so the same word later is the customer too: a term of
    address after the name that opens the note ("Mokbul chacha - ... chachar pet er operation"),
    one whose "of" form
    names whoever answered ("চাচার ছেলে ফোন ধরছে ... চাচার ছোট ভাই ইন্তেকাল"), and "boss", "sir"
    when the customer's staff answered or told it (w71)."""
    terms: set[str] = set()
    for index, clause in enumerate(parts):
        if index == 0 and _ADDRESS is not None:  # (the name opening the note, not "tai bhai er ...")
            for m in _ADDRESS.finditer(clause):
                if _addressed(clause, m.start()) and (term := _address_term(m.group())):
                    terms.add(term)
        if _STAFF is not None and any(clause[m.end():].split()[:1] and clause[m.end():].split()[0] in _STAFF_TOLD
                                      for m in _STAFF.finditer(clause)):
            terms.add(_BOSS_TERM)
        if (where := answered.get(index)) is None:
            continue
        words = clause[where[0]:where[1]].split()
        for i, word in enumerate(words[:-1]):
            term = _address_term(word)
            if term and (word != term or words[i + 1] in ("er", "r")):
                terms.add(term)
        if _STAFF is not None and _STAFF.search(clause[where[0]:where[1]]):
            terms.add(_BOSS_TERM)
    return frozenset(terms)


def _the_customer(clause: str, start: int, terms: frozenset[str]) -> bool:
    """Whether the word at ``start`` is one of the note's ways of speaking of the customer."""
    if not terms:
        return False
    word = clause[start:].split()[0] if clause[start:].split() else ""
    if _address_term(word) in terms:
        return True
    return _BOSS_TERM in terms and _BOSS is not None and _BOSS.match(clause, start) is not None


@dataclass(frozen=True)
class Answered:
    """Who picked up the phone or told the news, clause by clause, and how the note speaks of the
    customer: read once a note, for whom an event concerns and for whom an "over" word speaks of.
    ``direct``: ``answerers(direct=True)``, set aside as nobody the event concerns; ``picked_up``:
    ``answerers``; ``told``: those and ``_tellers``, whose kin words ``_on_their_side`` turns."""

    direct: dict[int, tuple[int, int]]
    picked_up: dict[int, tuple[int, int]]
    told: dict[int, tuple[int, int]]
    terms: frozenset[str]

    @classmethod
    def of(cls, parts: list[str]) -> Answered:
        picked_up = answerers(parts)
        return cls(answerers(parts, direct=True), picked_up, {**_tellers(parts), **picked_up},
                   customer_terms(parts, picked_up))


# the kin of an event about a colleague's or a friend's family ("boss's wife"), not theirs
OTHERS_FAMILY = "'s family"
# whose family is not the customer's: a colleague's (the boss's) or a friend's
_OUTSIDERS = frozenset(("colleague", "friend"))


def _of(first: str, second: str, honorific: bool, newborn: bool = False) -> str:
    """Whom "first's second" is: a brother's father is the father; a son's wife, a relative;
    but a son's wife's baby is the son's ("ছেলের বউয়ের বাচ্চা হইছে, নাতি"), as a daughter's is
    hers ("মেয়ের ঘরে নাতি")."""
    if honorific or first in _SIBLINGS and second in _PARENTS:
        return second
    if first in _OUTSIDERS:
        # "boss's wife in hospital", "বসের মা মারা গেছেন": someone else's family is not the
        # customer's relative; the event is the colleague's or friend's (trial 5), and
        # ``whom_said`` says it was their family (``OTHERS_FAMILY``)
        return first + OTHERS_FAMILY
    if first in _BABIES and second in _PARENTS:
        # "baby r abbu", "বাচ্চার মা": how a parent speaks of the other parent, the spouse
        return "husband" if second == "father" else "wife"
    if newborn and (first in _KIN_WITH_SPOUSE and second in _SPOUSES or second in _BABIES):
        return first  # (and "bon er cheler jonmo hoise": the sister's baby boy)
    return "relative"


def _of_form(clause: str, end: int) -> bool:
    """ "meyer ghore", "মেয়ের", "daughter's": a relation word in its "of" form (whose)."""
    tail = clause[end:]
    return clause[end - 1] in "rs" or tail.startswith((" er ", " r ")) or tail in (" er", " r")


def _home_of(parts: list[str], skip: dict[int, list[tuple[int, int]]]) -> tuple[str, str | None] | None:
    """For a birth, the relation whose home it is in: "nati hoise meyer ghore", "বড় ভাইয়ের ঘরে
    মেয়ে আসছে", "ছেলের বউয়ের ঘরে ছেলে সন্তান"."""
    for index, clause in enumerate(parts):
        for start, end, key in _spans(clause, skip.get(index, []), True):
            if _HOME.match(clause, end):
                if (hers := _term_kin(parts, (index, end), key, clause[start:end])) is not None:
                    return hers, None  # "খালাম্মার মেয়ের ঘরে নাতনি": her daughter's (w81)
                return key.removesuffix(OTHERS_FAMILY), kin_of(key, clause[start:end])
    return None


def _spans(clause: str, skip: list[tuple[int, int]], newborn: bool = False,
           terms: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    begins = _RELATION_STARTS.of(clause)
    for bit, (key, pattern, _) in enumerate(_RELATIONS):
        if not begins >> bit & 1:
            continue
        for start, end in spans(pattern, clause):
            if any(s <= start and end <= e for s, e in skip):
                continue
            if any(s < end and start < e for s, e, _ in found):
                longer = [(s, e, k) for s, e, k in found if s < end and start < e]
                if all(e - s >= end - start for s, e, _ in longer):
                    continue
                found = [f for f in found if f not in longer]
            found.append((start, end, key))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    addressed: set[int] = set()  # the starts of kin words that speak of the customer
    for start, end, key in found:
        if (merged and start <= merged[-1][1] + 1 and merged[-1][2] == "relative" and key in _PARENTS_SIBLINGS
                and merged[-1][0] not in addressed):
            # "shoshuri amma", "চাচাতো ভাই": the first word says which relative
            merged[-1] = (merged[-1][0], end, merged[-1][2])
            continue
        if merged and _possessive(clause, merged[-1][0], merged[-1][1], start):
            first_start, first_end, first = merged[-1]
            honorific = first_start in addressed or (
                first == "brother" and _BHAIYA is not None and _WIFE_WORD is not None
                and _BHAIYA.fullmatch(clause, first_start, first_end) is not None
                and (key == "wife" and _WIFE_WORD.fullmatch(clause, start, end) is not None
                     or key in _BHAIYAS_OWN and clause[first_start:first_end] == _BHAIYAR))
            addressed.discard(first_start)
            if key == "husband" and first == "relative" and kin_of(first, clause[first_start:first_end]) == "bhabi":
                # "ভাবীর স্বামীর অটো নষ্ট", "bhabir husband er pickup": a brother's wife's husband
                # would be the brother, so ভাবী is how staff speak of the customer (w64)
                honorific = True
            merged[-1] = (first_start, end, _of(first, key, honorific, newborn))
            continue
        if _addressed(clause, start) or _the_customer(clause, start, terms):
            addressed.add(start)
        merged.append((start, end, key))
    # "Kabir bhai er bike accident", "জসিম ভাইয়ের এক্সিডেন্ট": the customer, named nobody else
    return [m for m in merged if m[0] not in addressed]


def who(parts: list[str], event: str | None, cues: list[Cue]) -> str | None:
    """The relation key, "self", or None when the note names nobody."""
    return whom(parts, event, cues)[0]


def whom(parts: list[str], event: str | None, cues: list[Cue]) -> tuple[str | None, str | None]:
    """``who``, and for a relative which one (a ``lexicon.KIN`` key, or None)."""
    found, kin, _ = whom_said(parts, event, cues)
    return found, kin


# "রহিম স্টোরের মালিক মারা গেছেন, এখন ব্যাটা দোকান চালায়", "X সাহেব intekal করছেন, ছেলে shop নিছে":
# a shopkeeper died and his son runs the shop now, the customer the shop speaks to; the one who
# died is that customer's father. A son word (বেটা, ব্যাটা, "beta" too: ব্যাটা folds like ব্যাথা,
# pain, but only next to the shop is it read here) up to two words before the shop, after the
# death, which names no relation of its own (w37).
_SON_THEN_SHOP = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(re.escape(fold(w)) for w in (
        "ছেলে", "chele", "son", "পোলা", "pola", "beta", "ব্যাটা", "বেটা")) + r")(?: [a-z]+){0,2} (?:"
    + "|".join(re.escape(fold(w)) for w in (
        "দোকান", "dokan", "shop", "গদি", "gadi", "business", "ব্যবসা", "bebsa", "firm")) + r")(?![a-z0-9])")


def _heir_now(parts: list[str], anchor: Cue) -> bool:
    """A son running the shop after the death the note tells, and no relation named with it."""
    here = parts[anchor.clause]
    if any(p.search(here) for _, p, _ in _RELATIONS):
        return False
    return any(_SON_THEN_SHOP.search(clause[anchor.end:] if i == anchor.clause else clause)
               for i, clause in enumerate(parts) if i >= anchor.clause)


def _object_form(clause: str, start: int, end: int) -> bool:
    """ "মেয়েকে", "chele ke": a relation word in the object form, someone fetched or taken."""
    return clause[start:end].endswith("ke") or clause[end:].split()[:1] == ["ke"]


def _parent_telling(parts: list[str], where: tuple[int, int], key: str, anchor: Cue) -> str | None:
    """ "Rafis mom said he has high fevr": a mother who says "he" (a father who says "she") between
    her words and the event's is telling of her son (his daughter), a guardian calling a coaching
    centre; the parent's own pronoun ("mom said she is in hospital") may be herself, and Bengali
    pronouns have no sex, so those stay the parent's (w36)."""
    index, end = where
    clause = parts[index]
    if _TELLS is None or not _TELLS.match(clause, end + 1) or (index, end) > (anchor.clause, anchor.start):
        return None
    between = (clause[end:anchor.start] if index == anchor.clause
               else " , ".join([clause[end:], *parts[index + 1:anchor.clause], parts[anchor.clause][:anchor.start]]))
    other, child = (_HE, "son") if key == "mother" else (_SHE, "daughter")
    return child if other & set(between.split()) else None


# An English verb of saying right after the parent ("mom said"), and the child spoken of.
_TELLS = phrase_pattern(("said", "says", "told"))
_HE = frozenset(fold(w) for w in ("he", "his", "him"))
_SHE = frozenset(fold(w) for w in ("she", "her"))


def whom_said(parts: list[str], event: str | None, cues: list[Cue],
              answered: Answered | None = None) -> tuple[str | None, str | None, bool]:
    """``whom``, and whether the words name the person (a relation word, "উনি", "nije"), not
    the default for the kind: a later note of the same event that names nobody ("bhul
    hoyechilo, jor na, dengue") is about the person the earlier one named (``story.py``)."""
    if event is None:
        return None, None, False
    if event in ALWAYS_SELF:
        return "self", None, False  # a busy call, a complaint to the shop: the customer
    mine = [c for c in cues if c.kind == event]
    anchor = mine[0] if mine else None
    skip: dict[int, list[tuple[int, int]]] = {c.clause: [] for c in cues}
    for c in cues:
        if c.kind == "newborn":
            skip[c.clause].append((c.start, c.end))
    for index, clause in enumerate(parts):
        skip.setdefault(index, []).extend(spans(_NOT_PERSON, clause))
    answered = answered or Answered.of(parts)
    for index, where in answered.direct.items():
        skip[index].append(where)  # whoever picked up the phone (w71)
    terms = answered.terms
    best: tuple[tuple[int, int], str, str] | None = None
    where = (0, 0)  # the clause and the end of the best word
    if anchor is not None and _HIMSELF is not None and any(
            not _doing_it_himself(parts[anchor.clause], m.start(), m.end(), anchor.start)
            for m in _HIMSELF.finditer(parts[anchor.clause])):
        return "self", None, True
    if anchor is not None and parts[anchor.clause][:anchor.start].split()[-1:] and (
            parts[anchor.clause][:anchor.start].split()[-1] in _OWN):
        return "self", None, True  # "ভাইয়ের ছেলের জন্মদিন, আর উনার নিজের জ্বরও": their own fever
    if event == "bereavement" and anchor is not None and _heir_now(parts, anchor):
        return "father", None, True
    if event == "newborn" and (home := _home_of(parts, skip)):
        return home[0], home[1], True
    born = event == "newborn" and _BORN is not None and any(_BORN.search(c) for c in parts)
    for index, clause in enumerate(parts):
        for start, end, key in _spans(clause, skip.get(index, []), born, terms):
            if (event == "vehicle_trouble" and anchor is not None and index > anchor.clause
                    and _object_form(clause, start, end)):
                continue  # "গাড়ি ওয়ার্কশপে, তাই আজ মেয়েকে আনতে দেরি হবে": the child to be fetched (w36)
            if event == "newborn" and anchor is not None and (
                    index > anchor.clause or index == anchor.clause and start > anchor.start):
                # "ছেলে হয়েছে, মা বাচ্চা দুজনেই ভালো": the baby and its mother, not whom; but a
                # later clause may say whose it is ("nati hoise! meyer ghore", "wife আর baby fine")
                if key not in _LATER_PARENT or index == anchor.clause and key != "wife":
                    continue  # ("In the labour ward with his wife": the wife, in the same clause)
                if key == "daughter" and not _of_form(clause, end):
                    continue  # ("আপার বাচ্চা হইছে, মাশাল্লাহ মেয়ে": the baby is a girl)
                rank = (50 + index, start)
                if best is None or rank < best[0]:
                    best, where = (rank, key, clause[start:end]), (index, end)
                continue
            if (event == "newborn" and anchor is not None and index == anchor.clause
                    and key in _BABIES and clause[end:anchor.start].strip() == ""
                    and _BIRTH_NOUN is not None and _BIRTH_NOUN.match(clause, anchor.start)):
                continue  # "cheler jonmo hoyeche": the son is the baby, not its parent
            if (event != "newborn" and key in _BABIES and any(
                    c.kind == "newborn" and c.clause == index and c.start >= end
                    and clause[end:c.start].strip() == "" for c in cues)):
                continue  # "স্ত্রী সন্তান প্রসবের সময় মারা গেছেন": the baby being born, not whom (w24)
            if (event == "illness" and key in _BABIES and _PREGNANCY is not None and any(
                    c.clause == index and c.start <= start < c.end and _PREGNANCY.fullmatch(c.text)
                    for c in cues)):
                continue  # "স্ত্রী সন্তানসম্ভবা, রক্তশূন্যতায় ভর্তি": a complication's pregnancy word, no child (w92)
            if (event == "newborn" and anchor is not None and index == anchor.clause
                    and key == "child" and start < anchor.start and clause[end:anchor.start].strip() == ""
                    and not _of_form(clause, end)):
                continue  # "Customer's baby was born": the baby itself, not whose it is (but
                # "meye pregnant", "his son became a dad": the daughter, the son)
            if anchor is None:
                rank = (abs(index), start)
            elif index == anchor.clause:
                rank = (0, abs(anchor.start - start) + (0 if start <= anchor.start else 1000))
            else:
                distance = anchor.clause - index
                rank = (1 + (abs(distance) * 2 if distance > 0 else abs(distance) * 2 + 1), start)
            if best is None or rank < best[0]:
                best, where = (rank, key, clause[start:end]), (index, end)
    if (best is not None and anchor is not None and event != "newborn" and best[0][0] > 0
            and not any(c.kind == event and c.clause == where[0] for c in cues)
            and _named_with_it(parts[anchor.clause], anchor.start)):
        # "মোস্তফা ভাই মারা গেছেন, ছেলে ফোন ধরেছে", "ফোন ধরলেন উনার ছেলে। বললেন করিম সাহেব ... মারা
        # গেছেন": the customer, named with a term of address in the event's own clause, is whom
        # it happened to; a relation in another clause answered the phone or told it (trials 8, 10)
        return "self", None, True
    # (rank 2, 4, ...: a clause after the event's)
    if (best is not None and anchor is not None and event != "newborn" and best[0][0] > 0
            and best[0][0] % 2 == 0 and _SELF is not None
            and _SELF.search(parts[anchor.clause][:anchor.start])):
        # "উনার নতুন শাখা খুলছে, ভাইপোরে বসাইছে", "Apu hajj theke firechen, ... attiyo der
        # jonno": the customer is named with the event; a relative in a later clause is another
        return "self", None, True
    if event == "newborn" and (best is None or best[0][0] >= 50):
        # (not after a relation word the note names before: "cheler bou er baby, dadi hoise")
        for key, pattern in _GRANDPARENT_OF:
            if any(c.kind == event and pattern.match(c.text) for c in cues):
                return key, None, True  # "chele hoise! dadi hoise auntie": the son's baby
    if (best is not None and anchor is not None and best[1] in _PARENTS
            and (child := _parent_telling(parts, where, best[1], anchor)) is not None):
        return child, None, True
    if _her_husband(parts, anchor, best, where, event, terms):
        return "husband", None, True
    if best is not None and best[1].endswith(OTHERS_FAMILY):
        return best[1].removesuffix(OTHERS_FAMILY), OTHERS_FAMILY, True
    if _elder_at_the_wheel(parts, anchor, best, where, event):
        return "self", None, True
    if best is not None and (side := _on_their_side(parts, where, best[1], best[2], answered)) is not None:
        return side, None, True
    if best is not None and (hers := _term_kin(parts, where, best[1], best[2])) is not None:
        return hers, None, True
    if best is not None and _his_bhabi(parts, where, best[1], best[2]):
        return "wife", None, True
    if best is not None:
        return best[1], kin_of(best[1], best[2]), True
    if (anchor is not None and _CUSTOMERS is not None
            and (own := _CUSTOMERS.search(parts[anchor.clause], 0, anchor.start)) is not None
            and parts[anchor.clause][own.end():anchor.start].strip() == ""):
        return "self", None, True  # "customer er jor": the customer's own
    # "উনি", "she", "customer asked to call": the customer by default, but only a pronoun or a
    # word for whoever was spoken to, so not named (``refers_back``); "nije", "customer er jor" are
    if event == "bereavement" and parts and (first := parts[0].split()[:2]) and first[0] == _BHAI and (
            len(first) < 2 or first[1] not in _OF_WORDS):
        # "ভাই দুবাইতে কাল ফজরের পর ইন্তেকাল করছেন": the word that may address the customer, but
        # the one who died is not the customer called (w21)
        return "brother", None, True
    if (event == "illness" and anchor is not None and anchor.clause == 0 and parts
            and (parts[0].split()[:1] in ([w] for w in _BHAI_OBJECT) or parts[0].split()[:2] in (
                [_BHAI, w] for w in _OBJECT_ENDINGS))):
        # "ভাইরে ঢাকায় রেফার করছে", "bhai ke Dhaka refer korse": ভাই as what was done to, opening
        # the note with the illness in the same clause, is a brother taken to hospital; not "bhai ke
        # 3 bar call dilam", the customer called (no illness) (w129)
        return "brother", None, True
    said = _SELF is not None and any(_SELF.search(c) for c in parts)
    if event in SELF_BY_DEFAULT or said:
        # ("উনি নিজে এখন জ্বরে, বিছানায়": "nije" in another clause than the event's word)
        return "self", None, _HIMSELF is not None and any(_HIMSELF.search(c) for c in parts)
    return None, None, False


# The elders staff call a customer by ("মামা", "kaka", "Uncle", "Aunty", "নানা", "dada"): a
# vehicle that breaks down on the way is the one the shop waits for, so "চাচার ভ্যানের চেইন
# ছিঁড়ে গেছে", "Kaka r bike er brake fail", "Uncle's pickup broke down", "Aunty stuck on the link
# road" are the customer's own (w111; w12, w71, w103, w105 labelled the same). Only the word alone,
# opening the clause of the event's word: "মামার ছেলের bike" names the son, "Shahin er mamar
# truck" someone's uncle (w12), and an illness or a death of a মামা stays a relative's (most
# writers label those so). Not a farm machine ("চাচার ট্রাক্টর নষ্ট", a power tiller, a shallow
# pump): it works the uncle's land, it brings nobody to the shop (w103).
_ELDERS = frozenset({"chacha", "kaka", "mama", "khalu", "fupa", "jethu", "khala", "chachi", "kaki",
                     "mami", "fufu", "uncle", "aunt", "nana", "nani", "nanu", "dada", "dadi", "dadu"})
_FARM_MACHINES = phrase_pattern(("ট্রাক্টর", "ট্রাকটর", "tractor", "পাওয়ার টিলার", "power tiller", "টিলার",
                                 "tiller", "শ্যালো", "shallow", "সেচ পাম্প", "harvester", "হারভেস্টার"))


def _elder_at_the_wheel(parts: list[str], anchor: Cue | None, best: tuple[tuple[int, int], str, str] | None,
                        where: tuple[int, int], event: str | None) -> bool:
    """Whether a vehicle's trouble is told of an elder's (a term of address alone, opening the
    event's clause, or an earlier one with the vehicle right after it: "কাকার গাড়ি রাস্তায় বসে
    গেছিল, আজ ঠিক হইছে"; not "খালুর এক্সিডেন্ট হয় নাই, ..., গাড়ির বাম্পার ভাঙছে"): the customer's own."""
    if event != "vehicle_trouble" or anchor is None or best is None or best[1] != "relative":
        return False
    index, end = where
    clause = parts[index]
    upto = anchor.end if index == anchor.clause else len(clause)
    after = clause[end:].split()
    after = after[1:] if after[:1] in (["er"], ["r"]) else after
    theirs = VEHICLES is not None and VEHICLES.match(" ".join(after)) is not None
    return ((index == anchor.clause and end <= anchor.start or index < anchor.clause and theirs)
            and len(best[2].split()) == 1
            and not clause[:end - len(best[2])].strip() and kin_of(best[1], best[2]) in _ELDERS
            and not (_FARM_MACHINES is not None and _FARM_MACHINES.search(clause, end, upto)))


def _on_their_side(parts: list[str], where: tuple[int, int], key: str, words: str,
                   answered: Answered) -> str | None:
    """Whom the relation ``words`` (ending at ``where``) name from the customer's side, when they
    were said by whoever answered the phone or told the news before them ("চাচার ছেলে ফোন ধরছে,
    কইল আব্বা ভর্তি": the customer), or None (``their_side``)."""
    index, end = where
    start = end - len(words)
    if len(words.split()) > 1 and (key != "relative" or any(w.endswith("r") for w in words.split()[:-1])):
        return None  # "chachar abba", "দাদার বড় ভাইয়ের পোলা": whose it is is said already
    if _whose_said(parts[index][:start]):
        return None  # "tar dada, mane customer er abba": the customer's, said so
    before = [(i, span) for i, span in answered.told.items()
              if (i, span[1]) <= (index, start)]
    if not before:
        return None
    i, (a, b) = max(before, key=lambda found: (found[0], found[1][1]))
    # (the last relation word of whoever said it: "চাচার ছেলে" is the son)
    said_by = next(((w, found[0][2]) for w in reversed(parts[i][a:b].split()) if (found := _spans(w, []))), None)
    if said_by is None:
        return None
    answerer = kin_of(said_by[1], said_by[0]) or said_by[1]
    spoken = (kin_of(key, words) or kin_of(key, words.split()[0]) or key) if key == "relative" else key
    heading = parts[0].split() if len(parts[0].split()) <= _HEADING_WORDS else []
    woman = speaks_of_a_woman(parts[i][a:b].split() + heading + sorted(answered.terms))
    return turned(answerer, spoken, woman)


#: A first clause this short is a heading, the customer's name ("Mrs. Begum's daughter said ...").
_HEADING_WORDS = 3


# How staff speak of a woman customer ("ভাবির আম্মা", "khala r cheler", "Aunty er meye er") and the
# kin of hers they name after it: her brother's wife's mother, her aunt's son would be named by
# their own word (বেয়াইন, খালাতো ভাই), and her aunt's husband is her খালু (as a bhabi's husband is
# read, w64), so the "of" form names the customer's own mother, son, husband (w81; w12, w14, w15,
# w63, w64, w75, w78 labelled the same). Her sister-in-law, her mother-in-law stay relatives.
_HER_TERMS = frozenset({"bhabi", "boudi", "khala", "chachi", "kaki", "mami", "aunt"})
_HER_KIN = frozenset({"mother", "father", "husband", "son", "daughter"})
# ... and a man customer spoken of as "uncle", "চাচা", "chachajan", "খালু" ("Uncle er bou er
# glaucoma", "চাচাজানের স্ত্রী শয্যাশায়ী", "Uncle er boro bhai মারা গেছেন"): his wife, his son, his
# brother; a nephew's uncle's brother would be his father or another uncle, named by that word
# (w88; w12, w61, w71, w80 labelled the same). Not his parents: "chachar abba" read as the father
# changed a held-out reading (a grandparent, maybe), left to a name before the term ("রহিম চাচার আব্বা")
_HIS_TERMS = frozenset({"chacha", "kaka", "uncle", "khalu", "fupa", "jethu"})
_HIS_KIN = frozenset({"wife", "son", "daughter", "brother"})
# ... but not when the note speaks of the customer by another word ("bhabir baba mara gelen,
# customer janajay gese", "ভাবীর মা মারা গেছেন, আপু ভাবীর বাড়িতে"): the term is then her relative
_OTHER_CUSTOMER = frozenset(fold(w) for w in (
    "customer", "cust", "কাস্টমার", "client", "ক্লায়েন্ট", "আপু", "apu", "আপা", "apa", "didi", "দিদি",
    "madam", "ম্যাডাম"))


def _term_kin(parts: list[str], where: tuple[int, int], key: str, words: str) -> str | None:
    """The customer's own kin in "ভাবির মা", "khalar cheler", "Aunty er meye er", "Uncle er bou": a
    term of address for the customer in the "of" form, opening the words, before a woman's mother,
    father, husband or child, or a man's wife, son, daughter or brother; not someone's term ("cust er
    bhabir chele", "apur bhabi r meye"), or None."""
    split = words.split()
    if key != "relative" or len(split) < 2:
        return None
    term = kin_of("relative", split[0])
    own = _HER_KIN if term in _HER_TERMS else _HIS_KIN if term in _HIS_TERMS else None
    if own is None:
        return None
    if not split[0].endswith(("r", "s")) and split[1] not in ("er", "r"):
        return None  # ("khala sashuri": a qualifier, not whose)
    rest = " ".join(split[2:] if split[1] in ("er", "r") else split[1:])
    found = _spans(rest, [])
    if len(found) != 1 or found[0][2] not in own or rest[found[0][1]:].strip() not in ("", "er", "r"):
        return None
    index, end = where
    if found[0][2] in _BABIES and _BORN is not None and _BORN.match(parts[index], end + 1):
        return None  # "ভাবির ছেলে হইছে": the baby born, and whose it is, her sister-in-law's
    before = parts[index][:end - len(words)].split()
    if before and (before[-1] in _POSSESSORS or before[-1] in _THE_CUSTOMERS or before[-1].endswith("r")
                   and (_spans(before[-1], []) or _ADDRESS is not None and _ADDRESS.match(before[-1]))):
        return None
    if any(w in _OTHER_CUSTOMER for clause in parts for w in clause.split()):
        return None
    return found[0][2]


# How staff speak of a woman customer's husband ("sir এর car accident, আপু ঝামেলায়", "স্যারের গাড়ি
# নষ্ট, ম্যাডাম আসবেন না"; "bhaiyer bike nosto, bhabi order dibe": the one she is "bhabi" to is her
# husband, as a man's "bhabi" is his wife in ``_his_bhabi``) (w81)
_SIR = phrase_pattern(("sir er", "sir's", "স্যারের", "স্যার এর", "sir r$"))
_BROTHER_OF = frozenset(fold(w) for w in ("bhaiyer", "ভাইয়ের", "bhaiyar", "ভাইয়ার", "vaiyer", "vaiyar"))
_BROTHER_APART = frozenset(fold(w) for w in ("bhai er", "bhaiya r", "ভাই এর", "ভাইয়া র", "vai er", "vaiya r"))


def _her_husband(parts: list[str], anchor: Cue | None, best: tuple[tuple[int, int], str, str] | None,
                 where: tuple[int, int], event: str | None, terms: frozenset[str]) -> bool:
    """Whether the event's "sir er" (or a "bhai" when the customer is "bhabi") is a woman customer's
    husband: "sir" in its "of" form before the event's word, the note speaking of her as a woman
    ("apu", "madam", "ভাবি") and no staff of hers answering (then "sir" is the boss, w71); "bhaiyer"
    with nothing before it, "bhabi" alone in another clause. Not a birth ("ভাইয়ের ছেলে হয়েছে, ভাবী
    ভালো আছেন": the brother's)."""
    if anchor is None or event == "newborn" or _BOSS_TERM in terms:
        return False
    clause = parts[anchor.clause]
    if _SIR is not None and any(m.end() <= anchor.start for m in _SIR.finditer(clause)):
        return speaks_of_a_woman([w for c in parts for w in c.split()]) and (best is None or best[2] in _BHABI_ALONE)
    if best is None or best[1] != "brother" or best[2] not in _BROTHER_OF | _BROTHER_APART:
        return False
    index, end = where
    if parts[index][:end - len(best[2])].strip():
        return False  # ("আপার ভাইয়ের সিএনজি": apa's brother)
    return any(i != index and w in _BHABI_ALONE for i, c in enumerate(parts) for w in c.split())


_BHABI_ALONE = frozenset(fold(w) for w in ("bhabi", "ভাবি", "ভাবী", "vabi"))


def _his_bhabi(parts: list[str], where: tuple[int, int], key: str, words: str) -> bool:
    """ "ভাবি লেবার রুমে, ভাই ক্লিনিকে", "Sohel bhai er bhagna phone dhorse, bhabi labour room e": a
    note that speaks of the customer as "bhai" calls his wife "bhabi", as the staff would to his
    face; not someone's ("oner bhabi", "cust er bhabi"), not a couple ("ভাই-ভাবী"), and not when a
    nephew or niece is named (then bhai and bhabi are the customer's brother and his wife)."""
    if key != "relative" or kin_of(key, words) != "bhabi":
        return False
    index, end = where
    before = parts[index][:end - len(words)].split()
    if before and (before[-1] in _POSSESSORS or before[-1] in _BROTHER_WORDS):
        return False
    if any(kin_of("relative", w) in _NEPHEWS for clause in parts for w in clause.split()):
        return False
    for clause in parts:
        words_ = clause.split()
        for n, word in enumerate(words_):
            if word in _BROTHER_WORDS and (n == 0 or words_[n - 1] not in _POSSESSORS | _ELDER_YOUNGER) and (
                    n + 1 == len(words_) or words_[n + 1] not in _BHABI_WORDS):
                return True
    return False


_BROTHER_WORDS = frozenset(fold(w) for w in ("bhai", "vai", "ভাই", "bhaiya", "ভাইয়া", "bhaijan", "ভাইজান"))
_BHABI_WORDS = _BHABI_ALONE | frozenset(fold(w) for w in ("bhabir", "ভাবির", "ভাবীর"))
_POSSESSORS = frozenset(fold(w) for w in ("tar", "তার", "oner", "ওনার", "uner", "unar", "উনার", "onar", "or", "ওর",
                                          "nijer", "নিজের", "er", "এর", "r", "his", "her", "cust's", "customer's",
                                          # sadhu bhasha's (w106)
                                          "তাঁহার", "তাহার", "উহার"))
_ELDER_YOUNGER = frozenset(fold(w) for w in ("boro", "বড়", "choto", "ছোট", "mejo", "মেজো", "sejo", "সেজো",
                                             "chachato", "চাচাতো", "mamato", "মামাতো", "khalato", "খালাতো",
                                             "fufato", "ফুফাতো", "cousin"))
_NEPHEWS = frozenset({"bhatija", "bhatiji", "bhaipo", "nephew", "niece"})


def _whose_said(before: str) -> bool:
    """Whether the words before a relation word end in the customer's ("customer er", "the
    customer's")."""
    words = before.split()
    return bool(words) and (words[-1] in _THE_CUSTOMERS or _CUSTOMERS is not None and _CUSTOMERS.search(
        " ".join(words[-2:])) is not None and " ".join(words[-2:]).endswith(("er", "r", "s")))


def _tellers(parts: list[str]) -> dict[int, tuple[int, int]]:
    """Where a clause names a relation who told the news: the words before a verb of saying right
    after a relation word ("চাচার ছেলে কইল", "Mrs. Begum's daughter said")."""
    found: dict[int, tuple[int, int]] = {}
    for index, clause in enumerate(parts):
        words = clause.split()
        for n, word in enumerate(words[1:], 1):
            if word in _SAID and _spans(words[n - 1], []):
                found[index] = (0, len(" ".join(words[:n])))
                break
    return found


def someone_else(words: str, person: str | None, kin: str | None, terms: frozenset[str] = frozenset(),
                 answered: tuple[int, int] | None = None) -> bool | None:
    """Whether ``words`` name only people other than ``person`` (``kin``, for a relative): "আম্মা
    ঠিক আছেন" after the father's heart attack, "নিজে ঠিক আছে" after a friend's dengue, "খালু ঠিক
    আছেন" after an aunt's stroke. None when they name nobody (probe 3). ``terms``, ``answered``:
    the note's ways of speaking of the customer and whoever picked up the phone in the clause
    ("Manager said the boss's dengue is over": the customer's) (w71)."""
    named = [(key, kin_of(key, words[start:end]))
             for start, end, key in _spans(words, [answered] if answered else [], terms=terms)]
    if _HIMSELF is not None and _HIMSELF.search(words):
        named.append(("self", None))
    if not named:
        return None
    return all(key != person or kin is not None and other is not None and other != kin for key, other in named)


def refers_back(parts: list[str], near: set[int] | None = None) -> bool:
    """Whether the note speaks of someone by a pronoun near the event's words ("she is still in
    hospital", "উনি এখনো আইসিইউতে", "or shorir kharap, c-section er por jor"): someone an
    earlier note may have named. ``near``: the clauses to look in (all when None); a pronoun that
    reports what was said ("she said call Tuesday") does not count."""
    for index, clause in enumerate(parts):
        if near is not None and index not in near:
            continue
        found = [m.end() for m in _PRONOUNS.finditer(clause)] if _PRONOUNS is not None else []
        if _OPENING_PRONOUNS is not None and (m := _OPENING_PRONOUNS.match(clause)):
            found.append(m.end())
        if any(_SPEECH is None or not _SPEECH.match(clause[end:].lstrip()) for end in found):
            return True
    return False


def kin_of(key: str, words: str) -> str | None:
    """Which relative the words name ("sasurir": the mother-in-law), when one word does."""
    if key != "relative":
        return None
    for kin, pattern in _KIN:
        if pattern.fullmatch(words):
            return kin or None
    return None
