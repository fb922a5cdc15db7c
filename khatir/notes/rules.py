"""What the words of a note say, by rule: cue words, their negation, look-alikes and "over".

Works clause by clause on the folded text (see ``normalise``): a cue counts unless a
negation reaches it ("জ্বর নাই", "no complaint", "nobody was hurt") or a look-alike of
its kind sits in the same clause ("nurse", "first aid kits", "parcel delivery"). The
kinds found are ranked by the configured precedence; the caller decides with the
n-gram model when the rules find nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import reduce
from typing import Callable
from operator import or_

from . import lexicon
from .counts import overbilled, short_goods
from .frame import believed_wrongly, conditional, double_negation, in_rumour, rumoured, shop_people, staff_own
from .match import FirstWords, first_words, phrase_pattern, spans
from .normalise import fold

# ... and voice typing's "ওকে" (okay) between two sentences it ran together, no full stop said
# ("দাদী মারা গেছেন ওকে জানাজায় গেছেন": the funeral words are no longer the death's clause) (w145)
CLAUSE = re.compile(r" ?[.;!?|] ?| ?, ?| (?:kintu|but|tbe|and then|oke) ")
_NEG_AFTER = phrase_pattern(lexicon.NEGATION_AFTER)
_NEG_BEFORE = phrase_pattern(lexicon.NEGATION_BEFORE)
_NOT_GONE_DOWN = phrase_pattern(lexicon.negation.NOT_GONE_DOWN)
_NO_WORRY = phrase_pattern(lexicon.negation.NO_WORRY)
_OVER = phrase_pattern(lexicon.OVER + lexicon.negation.CALMED)
_CALMED = phrase_pattern(lexicon.negation.CALMED)
# (এখনো folds like এখন, "now", so only the English and the longer forms can say "still")
_STILL = phrase_pattern(("still", "not yet", "এখনো হয়", "ekhono hoy"))
# "ঠিক করে দিতে বলছে", "thik kore dibo": still to be done, not done.
_TO_DO = frozenset(fold(w) for w in ("dite", "dibo", "dibe", "diben", "dimu", "debo", "দিতে", "দিবো",
                                     "দিবে", "দিবেন", "দিমু", "দেবো", "hobe", "হবে"))
# "মানুষ ঠিক আছে" after a breakdown, "bike ঠিক আছে" after an injury: someone, something else is fine.
_PEOPLE = phrase_pattern(lexicon.PEOPLE)
_SHORT_OF_MONEY = phrase_pattern(lexicon.SHORT_OF_MONEY)
_MOOD = phrase_pattern(lexicon.MOOD)
VEHICLES = phrase_pattern(lexicon.VEHICLES)
# "প্লাটিলেট কমে গেছে": a count falling is worse, not over.
_WORSE = phrase_pattern(("platelet", "প্লাটিলেট", "প্লাটিলেট", "oxygen", "অক্সিজেন", "hemoglobin",
                         "রক্ত"))
_ANYMORE = phrase_pattern(("আর$", "ar$", "anymore", "any more", "no more", "ekhon", "এখন", "now$",
                           # "ar" typed "r" before kono ("ekhon shob pye gese, r kono obhijog nai") (w40)
                           "r kono",
                           # since a day ("মেয়ের জ্বর গতকাল হইতে একেবারে নাই", "kal theke jor nai") (w58)
                           "theke$", "থেকে", "হইতে", "since$"))
# "X hoy nai" (did not happen), unlike "X nai" (is not there): with "ekhono" (still), not yet.
_NOT_HAPPENED = frozenset(fold(w) for w in ("hoy nai", "hoyni", "hoy ni", "হয় নাই", "হয়নি", "হয় নি", ))
# "by then dad might be discharged", "হয়তো ছুটি দিবে": hoped for, not yet over (w24).
# ("should" whole: "shoulder" folds to begin like it, "shoulder injury এখন ঠিক" (w52))
_MAYBE = phrase_pattern(("might", "may$", "should$", "hopefully", "হয়তো", "hoyto", "hoito", "আশা করি",
                         "asha kori"))
# "বুধবার দিলে ঠিক আছে": "all right if you call on Wednesday", an agreement, not someone well (w24).
_IF = frozenset(fold(w) for w in ("once", "dile", "দিলে", "korle", "করলে", "ashle", "আসলে", "hole", "হলে", "pele",
                                  "পেলে", "nile", "নিলে", "gele", "গেলে", "if"))
_AGAIN_NOT = phrase_pattern(("আর$", "ar$", "anymore", "any more", "no more"))
# ... or its date that still holds ("holud er date thik ase ekhono", "তারিখ ঠিক আছে": the day
# stands, nobody got well) (w83)
_ARRANGED = phrase_pattern(("বিয়ে$", "বিয়েও", "biye$", "biya$", "বিবাহ$", "engagement$", "akd$", "আকদ$",
                            "date$", "ডেট$", "তারিখ$", "tarikh$", "tarik$"))
_BUSY_LATER = phrase_pattern(lexicon.BUSY_LATER)
_BUSY_PRAYER = phrase_pattern(lexicon.BUSY_PRAYER)
_AFTER = phrase_pattern(lexicon.AFTER)
_COMMERCE = phrase_pattern(lexicon.COMMERCE)
_COMPLAINT_WORDS = phrase_pattern(lexicon.COMPLAINT_WORDS)
_SAID_NO_SUCH = phrase_pattern(lexicon.SAID_NO_SUCH)
_FINE = phrase_pattern(lexicon.FINE)
_INQUIRY = phrase_pattern(lexicon.INQUIRY)
_DONE_DEAL = phrase_pattern(lexicon.DONE_DEAL)
_TALKED = phrase_pattern(lexicon.TALKED)
_NOT_AFTER = frozenset(fold(w) for w in ("na", "nai", "nei", "ni", "না", "নাই", "নি", "নেই", "not"))
_UNITS = "|".join(sorted({re.escape(fold(u)) for u in lexicon.UNITS}, key=len, reverse=True))
_COUNT = re.compile(rf"(?<![a-z0-9])\d+ ?(?:{_UNITS})(?![a-z])|(?<![a-z0-9])x ?\d+(?![a-z0-9])")
_GIFTS = phrase_pattern(lexicon.GIFTS)
_GIFT_FOR_WIFE = phrase_pattern(lexicon.GIFT_FOR_WIFE)
_CARDS = phrase_pattern(lexicon.INVITATION_CARDS)
_BUSY_AT_DAY = phrase_pattern(lexicon.BUSY_AT_DAY)
# Came with the news: a neighbour (a look-alike of a death, theirs) who only brought it ("পাশের বাড়ির
# ছেলে খবর দিল: cust er shashuri expired") is the messenger, not whose death it is (w103)
_BROUGHT_NEWS = phrase_pattern(lexicon.BROUGHT_NEWS)
_MESSENGER_WORDS = 2  # words between the look-alike and the news verb ("pasher barir [chele] khobor dilo")
_NOW = phrase_pattern(("ekhon", "এখন", "now$"))
_OTHERS = phrase_pattern(lexicon.OTHERS)
_NOBODY_ILL = phrase_pattern(lexicon.NOBODY_ILL)
_OTHERS_GOODS = phrase_pattern(lexicon.GIFTS + lexicon.OTHERS_GOODS)
_NOT_ILL = phrase_pattern(lexicon.NOT_ILL)
_BORN_TOLD = phrase_pattern(lexicon.BORN_TOLD)
# An over word ending in a finished verb ("ভালো হয়ে গেছে"): only a negation right after it is its
# own ("ভালো হয়ে গেছে না?"); one further on is another verb's ("ভালো হয়ে গেছে স্যালাইন লাগবে না আর").
# ("tobuo", "তবুও", still: "ful thik ase. tobuo onek boklo", fine, and yet angry) (w39)
_BUT = frozenset(fold(w) for w in ("kintu", "কিন্তু", "but", "তবে", "tobe", "tobuo", "তবুও", "তবু"))
_FINISHED = frozenset(fold(w) for w in ("gese", "geche", "গেছে", "hoise", "hoyeche", "হইছে", "হয়েছে",
                                        "korse", "koreche", "করছে", "করেছে", "dise", "দিছে"))
_MARKETING = phrase_pattern(lexicon.MARKETING)
_SHOP_VEHICLE = phrase_pattern(lexicon.SHOP_VEHICLE)
_ANGER = phrase_pattern(lexicon.ANGER)
_PREGNANCY = phrase_pattern(lexicon.PREGNANCY)
_COMPLICATION = phrase_pattern(lexicon.COMPLICATION)
_HUNG_UP = phrase_pattern(lexicon.HUNG_UP)
_TURNED_OUT = phrase_pattern(lexicon.TURNED_OUT)
_OWN_DOING = phrase_pattern(lexicon.OWN_DOING)
_NOT_THEIRS = phrase_pattern(lexicon.NOT_THEIRS)
_OWN_LOOKALIKES = {k: p for k, words in lexicon.OWN_LOOKALIKES.items() if (p := phrase_pattern(words))}
# The kinds that happen to a person, and so are not the customer's when the note says so.
PERSONAL = frozenset({"bereavement", "newborn", "illness", "celebration"})
# ... and what the note's writer may tell of their own ("amar bike ta nosto tai nije jete parini") (w108)
_WRITERS_OWN = PERSONAL | {"vehicle_trouble"}
_FAMILY = phrase_pattern([*(w for key, words in lexicon.RELATIONS.items()
                             if key not in ("friend", "colleague") for w in words),
                           # the close family's dialect forms too ("বুজির", an elder sister's)
                           *(w for key, words in lexicon.MORE_RELATIONS.items()
                             if key not in ("friend", "colleague", "relative") for w in words)],
                          endings=True)
# The customer's own household and parents (not a nephew or a cousin): a gift for one of them is
# for the family's own day; a gift for a nephew's wedding is a guest's present.
_CLOSE_FAMILY = phrase_pattern((w for key, words in lexicon.RELATIONS.items()
                                if key not in ("friend", "colleague", "relative") for w in words),
                               endings=True)
_OWN = phrase_pattern(("নিজের", "nijer", "own$", "his own", "her own"))
_POSSESSIVE = re.compile(r"[a-z]*[rs]|[a-z]* (?:er|r)")
_NEG_WINDOW = 3  # words after (or before) a cue that a negation may sit in
_LINKS = frozenset({"is", "was", "are", "were"})  # "Fever is not the issue"
# Look-alikes that only cancel cues in their own clause (a gift for a friend's wedding);
# the others cancel the whole note (a nurse ordering aprons).
CLAUSE_LOOKALIKES = frozenset({"celebration", "bereavement"})
# Pairs found anywhere in the note, not only in one clause ("truck niye ashtesilo, chaka bust").
NOTE_PAIRS = frozenset({"vehicle_trouble"})
# Two words in one clause that together name an event: a vehicle and a trouble word,
# a wife and a delivery, a body part and a pain or injury, a person who "expired"; not with a
# word of the third list in the clause (a wife's labour pains, not in her chest).
PAIRS = tuple((kind, phrase_pattern(a), phrase_pattern(b), phrase_pattern(unless))
              for kind, a, b, unless in lexicon.PAIRS)
# The first words of each pair's first list: a pair whose first list cannot match is skipped.
_PAIR_STARTS = FirstWords(tuple(first_words(a) for _, a, _, _ in lexicon.PAIRS))


@dataclass(frozen=True)
class Cue:
    kind: str
    clause: int
    start: int  # offsets in the folded clause
    end: int
    text: str


@dataclass(frozen=True)
class Lexicon:
    """The compiled cue, look-alike and relation patterns for a set of event kinds."""

    cues: tuple[tuple[str, re.Pattern[str]], ...]
    lookalikes: dict[str, re.Pattern[str]]
    # look-alikes that cancel cues only in their own clause, whatever the kind (baby goods)
    clause_lookalikes: dict[str, re.Pattern[str]]
    # per cue kind, the first words its phrases start with: a clause with no word beginning
    # with one of them cannot hold that kind's cue, and its pattern is not run on it
    starts: FirstWords = field(compare=False)

    def looks_alike(self, kind: str, folded: str) -> bool:
        """Whether the note names goods or a job that look like ``kind`` in a clause
        (``lexicon.CLAUSE_ONLY_LOOKALIKES``: "battery dead, replace korte dise" for a
        complaint), the words whose cue was cancelled for being one."""
        p = self.clause_lookalikes.get(kind)
        return p is not None and p.search(folded) is not None

    @classmethod
    def build(cls, kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> "Lexicon":
        """Built-in cue lists plus each configured kind's own keywords (custom kinds too)."""
        cues = []
        starts = []
        for key, keywords in kinds:
            phrases = lexicon.CUES.get(key, ()) + tuple(keywords)
            pattern = phrase_pattern(phrases)
            if pattern is not None:
                cues.append((key, pattern))
                starts.append(first_words(phrases))
        looks = {k: p for k, words in lexicon.LOOKALIKES.items() if (p := phrase_pattern(words))}
        in_clause = {k: p for k, words in lexicon.CLAUSE_ONLY_LOOKALIKES.items()
                     if (p := phrase_pattern(words))}
        return cls(tuple(cues), looks, in_clause, FirstWords(tuple(starts)))


def _gift_for_others(clause: str) -> bool:
    """ "wedding gift kinbe", "ভাগ্নের বিয়েতে উপহার": a gift for someone else's day (a guest's
    present, even for a nephew); "ammu er birthday gift", "boner meye r jonmodin, gift": the
    close family's; "not a gift: its for cust's own birthday": the customer's (w38)."""
    return bool(_GIFTS is not None and _GIFTS.search(clause)
                and not (_CLOSE_FAMILY is not None and _CLOSE_FAMILY.search(clause))
                and not (_OWN is not None and _OWN.search(clause)))


def _others_gift(clause: str, whole: str) -> bool:
    """ "baby gift set chaise, bondhur cheler aqiqah te dibe": a gift in the note, and the day is
    a friend's, a colleague's or a neighbour's (named in the clause): a guest's present."""
    other = _OTHERS.search(clause) if _OTHERS is not None else None
    return bool(other is not None and _GIFTS is not None and _GIFTS.search(whole)
                and not (_CLOSE_FAMILY is not None and _CLOSE_FAMILY.search(clause[:other.start()])))


def _owner(whole: str, m: re.Match[str]) -> bool:
    """ "friend's" (folded "friends") owns the word after it ("her friend's engagement"); at the
    end of a clause it is a plural ("ordering cupcakes for his friends"): guests, not a day."""
    return m.group() != _FRIENDS or whole[m.end():].split()[:1] not in ([], [","])


_FRIENDS = fold("friend's")


def _others_day(clause: str, whole: str) -> bool:
    """ "bday cake for her client, corporate. 'happy bday mr. karim'", "২ পাউন্ডের কেক, লেখা থাকবে
    'শুভ জন্মদিন নীলা', বান্ধবীর জন্য": goods for the day of someone outside the family (a friend,
    a client, a colleague, named anywhere in the note): the greeting written on the cake is theirs,
    unless the greeting's own clause names the customer's family (not "client er meyer") or the
    customer ("নিজের") (w22)."""
    return bool(_OTHERS is not None and _OTHERS_GOODS is not None
                and any(_owner(whole, m) for m in _OTHERS.finditer(whole))
                and _OTHERS_GOODS.search(whole)
                and not _family_of_customer(clause)
                and not (_OWN is not None and _OWN.search(clause)))


def _family_of_customer(clause: str) -> bool:
    """A close family word in the clause that is not someone else's kin ("client er meyer bday",
    "ক্লায়েন্টের মেয়ের বিয়ে": the client's daughter, not the customer's)."""
    return _CLOSE_FAMILY is not None and any(
        not (_OTHERS is not None and _OTHERS.search(_words_before(clause, m.start(), 2)))
        for m in _CLOSE_FAMILY.finditer(clause))


def shop_vehicle(folded: str) -> bool:
    """The note speaks of the shop's own van ("Our shop van broke down, the order goes tomorrow"),
    and not of the customer's own vehicle as well ("not our van", ``OWN_LOOKALIKES``)."""
    own = _OWN_LOOKALIKES.get("vehicle_trouble")
    if own is not None and own.search(folded):
        return False
    if _SHOP_VEHICLE is not None and _SHOP_VEHICLE.search(folded):
        return True
    # "amader shop er cng nosto", "আমাদের দোকানের পিকআপ হাইওয়েতে নষ্ট", "আমাদের van নষ্ট": "our"
    # with a vehicle among the next three words (probe 3)
    # (not "আমাদের পিকআপ না, কাস্টমারের নিজের", nor "আমাদের গাড়ি চায়", asking for the shop's)
    for m in _OURS.finditer(folded):
        after = folded[m.end():].split()
        if (VEHICLES is not None and VEHICLES.search(" ".join(after[:3])) and _TROUBLE is not None
                and _TROUBLE.search(" ".join(after[1:5])) and not _NOT_OURS.intersection(after[:4])):
            return True
    return False


_ALMOST = frozenset(fold(w) for w in ("almost", "nearly", "প্রায়", "prae", "praay", "mostly"))
_WANTS = frozenset(fold(w) for w in ("wants", "want", "wanted", "chay", "চায়", "chai", "চাই", "চাইছে", "চাইলেন"))
# ... and after the words: "সমাধান চাইবো", "solution chay" (a remedy asked for, not had) (w39)
_WANTS_AFTER = _WANTS | frozenset(fold(w) for w in ("চাইবো", "chaibo", "চাইবে", "chaibe", "চাইবেন", "chaiben",
                                                    "চাচ্ছে", "chacche", "চাইতেছে", "chaitese", "চাইমু", "chaimu"))
_NOT_YET_AFTER = _TO_DO | _WANTS_AFTER
# Still unwell after the words that would say it is over.
_STILL_ILL = phrase_pattern(("still", "weak$", "দুর্বল", "durbol", "hatte pare na", "হাঁটতে পারে না", "can't walk",
                             "cannot walk", "rest lagbe", "রেস্ট লাগবে", "on oxygen", "bed rest", "বেড রেস্ট"))
_THOUGH_SAID = frozenset(fold(w) for w in ("বললেও", "bolleo", "bolleu", "বলেও", "boleo"))
_SAYS_NOT = re.compile(r"(?<![a-z])(?:nt|not|na|nai)(?![a-z])")
_OURS = re.compile(r"(?<![a-z])(?:our|amader|amadr)(?![a-z])")
_TROUBLE = phrase_pattern(lexicon.VEHICLE_TROUBLE)
_NOT_OURS = frozenset(fold(w) for w in ("na", "না", "not", "noy", "নয়"))


# A farm animal's illness, death or calving is the farmer's business, not a person's (w35).
ANIMAL_KINDS = frozenset({"illness", "bereavement", "newborn"})
_ANIMALS = phrase_pattern(lexicon.ANIMALS, endings=True)
_ANIMAL_NOT = phrase_pattern(lexicon.ANIMAL_NOT)
_TOLD = phrase_pattern(lexicon.TOLD)
# A person: the family, the customer ("উনি", "customer", "নিজে"), people ("মানুষ", "driver").
_PERSON = phrase_pattern((*lexicon.SELF, *lexicon.PEOPLE, "ওনার", "onar$", "ওনি", "oni$", "আমি", "ami$",
                          "আমার", "amar$", "i$", "my$"))
# Words between an owner and the animal ("cust er 2ta gai", "his two cows", "বাবার সব গরু"), or
# between an animal and its young ("গাভীর বাচ্চা", "layer er baccha").
_BETWEEN = re.compile(r"[0-9]+|[a-z]{0,5}t[ai]|er|r|e|the|a|two|three|four|five|sb|al|kyekta|gula|gul|ta")


def _word_at(clause: str, offset: int) -> int:
    return clause.count(" ", 0, offset)


def _next_to(words: list[str], gap: range, animals: set[int]) -> bool:
    """Whether an animal word is among the words ``gap`` points at, only fillers before it."""
    for i in gap:
        if i in animals:
            return True
        if not 0 <= i < len(words) or not _BETWEEN.fullmatch(words[i]):
            return False
    return False


def _names_a_person(clause: str) -> bool:
    """A relation, the customer or a pronoun in the clause (not a word that is an animal too)."""
    animals = spans(_ANIMALS, clause)
    return any(not any(a < e and s < b for a, b in animals)
               for s, e in [*spans(_PERSON, clause), *spans(_FAMILY, clause)])


def animals_event(clause: str, start: int, end: int) -> bool:
    """Whether the event word at ``start:end`` is said of a farm animal: an animal word
    (``lexicon.ANIMALS``, not food: "গরুর মাংস খেয়ে") stands nearer it in the clause than any
    person's word (a relation, "উনি", the customer; not an owner right before the animal, "cust er
    2ta gai er jor", "বাবার গরু মারা গেছে", nor an animal's young, "গাভীর বাচ্চা হইছে"), unless the
    person starts the clause and does not tell of it ("বাবা গরুর খামারে গিয়ে অসুস্থ"; not "customer
    বললো গরু মারা গেছে", ``lexicon.TOLD``). "গরুর জ্বর",
    "bachur mara gese", "fever in two cows" are the animal's; "বাবার জ্বর, গরুর ওষুধ নিল" (another
    clause) and "গরু বেচে বাবার অপারেশন করাবে" (the father nearer) stay the person's (w35)."""
    found = spans(_ANIMALS, clause)
    if not found:
        return False
    words = clause.split()
    animals = {i for s, _ in found
               if not spans(_ANIMAL_NOT, " ".join(words[(i := _word_at(clause, s)) + 1:i + 3]))}
    if not animals:
        return False
    first, last = _word_at(clause, start), _word_at(clause, max(start, end - 1))

    def distance(i: int) -> int:
        return first - i if i < first else i - last if i > last else 0

    people = set()
    for s, e in [*spans(_PERSON, clause), *spans(_FAMILY, clause)]:
        i, j = _word_at(clause, s), _word_at(clause, max(s, e - 1))
        # (a word both: বাছুর, a calf, folds like ভাসুর, a husband's elder brother, "basur"; in
        # these notes it is the calf, and the relation is rare)
        owner = words[j].endswith(("r", "s")) or words[j] == "my" or words[j + 1:j + 2] in (["er"], ["r"])
        if i in animals or first <= i <= last or owner and _next_to(words, range(j + 1, j + 5), animals) or _next_to(
                words, range(i - 1, i - 4, -1), animals):
            continue  # the event word itself, an animal's owner, an animal's young
        if i == 0 and not spans(_TOLD, " ".join(words[j + 1:j + 3])):
            return False  # the clause's subject: "ছেলে গরু চরাতে গিয়ে পা ভাঙছে"
        people.add(i)
    return min(map(distance, animals)) < min(map(distance, people), default=len(words) + 1)


def nobody_ill(parts: list[str]) -> int:
    """The last clause saying nobody is ill ("এখন কেউ অসুস্থ না", a clause opening "osukh na"),
    or -1: illness words before it are medicine bought to keep at home, not an illness. Not "আর"
    ("ekhon ar osukh nai": over) nor a named person ("ছেলের অসুখ না")."""
    last = -1
    for i, clause in enumerate(parts):
        if _ANYMORE is not None and any(w in ("ar", fold("আর")) for w in clause.split()):
            continue
        if _NOBODY_ILL is not None and _NOBODY_ILL.search(clause):
            last = i
            continue
        m = _NOT_ILL.search(clause) if _NOT_ILL is not None else None
        if m is not None and all(w in _OPENERS for w in clause[:m.start()].split()):
            last = i
    return last


_OPENERS = frozenset(fold(w) for w in ("ekhon", "এখন", "tobe", "তবে", "kintu", "কিন্তু", "but", "and",
                                       "bollo", "bolse", "বলল", "বললেন", "said", "she", "he"))


def family_own(cue: Cue, parts: list[str]) -> bool:
    """ "মেয়ের বিয়ে", "choto bon er biye", "ছেলের birthday", "নিজের বিয়ে": a family word (or "own")
    just before the word, so the day is the family's, whatever is ordered for it."""
    before = _words_before(parts[cue.clause], cue.start, 2)
    if _OWN is not None and _OWN.search(before):
        return True
    # the family word's own form says "of" (মেয়ের, bon er, Son's), not "মেয়ে ভালো রেজাল্ট করেছে"
    # (a kin word of two, "ছোট ভাইয়ের বিয়ে", "boro boner biye": its last word says "of", w24)
    return any(_POSSESSIVE.fullmatch(before[start:]) or end == len(before) and " " in before[start:end]
               and _POSSESSIVE.fullmatch(before[start:end].split()[-1]) for start, end in spans(_FAMILY, before))


def counts_goods(clause: str) -> bool:
    """ "3 ta bike er tyre", "প্রেসারের ওষুধ ৩০ টা", "lotion x4": the clause counts goods."""
    return bool(_COUNT.search(clause))


def asks_about(clause: str) -> bool:
    """ "রিপ্লেসমেন্ট কোথায় করে জিজ্ঞেস করল", "asked whether we buy old TV in exchange": a question."""
    return bool(_INQUIRY is not None and _INQUIRY.search(clause))


def clauses(folded: str) -> list[str]:
    return [c for c in CLAUSE.split(folded) if c]


def _words_before(clause: str, start: int, n: int) -> str:
    return " ".join(clause[:start].split()[-n:])


def _words_after(clause: str, end: int, n: int) -> str:
    return " ".join(clause[end:].split()[:n])


def negated(clause: str, start: int, end: int) -> bool:
    """A negation word just after the cue (Bengali order) or just before it (English order); not
    the "not" of a going down right after it ("jwor kome nai": the fever is still there)."""
    after = _words_after(clause, end, _NEG_WINDOW)
    if _NOT_GONE_DOWN is not None and _NOT_GONE_DOWN.match(after):
        return False
    if _NO_WORRY is not None:
        # ("ঠিক করে ফেলছে চিন্তা নাই": the "নাই" is the worry's) (w50)
        after = _NO_WORRY.sub(" ", after)
    if _NEG_AFTER is not None and _NEG_AFTER.search(after):
        return True
    before = _words_before(clause, start, _NEG_WINDOW)
    return bool(_NEG_BEFORE is not None and _NEG_BEFORE.search(before))


def flatly_denied(clause: str, start: int, end: int) -> bool:
    """ "no breakdown", "anniversary na", "Fever is not the issue": the negation right next to the
    word (not "জ্বর কমে নাই", the fever did not go down), and no "if" ("ferot na dile", unless
    refunded)."""
    after = clause[end:].split()[:3]
    if after and _NEG_AFTER is not None and _NEG_AFTER.fullmatch(after[0]):
        return not (len(after) > 1 and after[1].endswith("le"))
    if len(after) > 1 and _NEG_AFTER is not None and _NEG_AFTER.fullmatch(" ".join(after[:2])):
        return True  # ("gari nosto hoy nai", "biye hoy nai ekhono": a negation of two words)
    if len(after) > 1 and after[0] in _LINKS and after[1] in ("not", "never"):
        return True  # ("Fever is not the issue")
    before = clause[:start].split()[-1:]
    return bool(before) and _NEG_BEFORE is not None and _NEG_BEFORE.fullmatch(before[0]) is not None


def _busy_denied(cue: Cue, clause: str) -> bool:
    """ "মন খারাপ না, এমনি দাম বেশি বলে কম নিছে": a busy cue that does not say "not" itself ("ধরে
    নাই", "no answer" do) with a "not" right after it. (Only right after: "কেউ", "kono" before a
    busy cue are part of it, "কেউ ধরল না".)"""
    if any(p is not None and p.search(cue.text) for p in (_NEG_AFTER, _NEG_BEFORE)):
        return False
    after = clause[cue.end:].split()[:2]
    return (bool(after) and _NEG_AFTER is not None and _NEG_AFTER.fullmatch(after[0]) is not None
            and not (len(after) > 1 and after[1].endswith("le")))


def no_longer(clause: str, start: int, end: int) -> bool:
    """ "jor nai ar", "এখন আর জ্বর নাই", "no fever now": the event was there and is gone."""
    near = _words_before(clause, start, 2) + " " + _words_after(clause, end, _NEG_WINDOW + 1)
    # ("surgery done হয়নি এখনো": one word between, w24)
    if {_words_after(clause, end, 1), _words_after(clause, end, 2), _words_after(clause, end, 3).split(" ", 1)[-1],
            " ".join(_words_after(clause, end, 2).split()[1:])} & _NOT_HAPPENED and not (
            _AGAIN_NOT is not None and _AGAIN_NOT.search(near)):
        return False  # "biye hoy nai ekhono": not yet happened (folded, ekhono, "still", is ekhon, "now")
    return bool(_ANYMORE is not None and _ANYMORE.search(near))


# "no more" as a death stands at its clause's end ("abba no more", "her MIL is no more") or
# before when it happened ("no more since last night") or a sad face ("no more 😔", folded "sad");
# before any other word it says how much
# ("no more delay pls", "no more calls", "no more discount"): nobody died (stop 34).
_NO_MORE = fold("no more")
_WHEN_AFTER_A_DEATH = phrase_pattern((
    "sad$", "since", "from", "today", "yesterday", "last night", "this morning", "tonight", "rip", "inna",
    "innalillah", "aj", "ajke", "aaj", "kal", "kalke", "gotokal", "gatokal", "rate", "raate", "sokale",
    "আজ", "আজকে", "গতকাল", "কাল", "রাতে", "সকালে", "ইন্না"))


def _how_much_no_more(clause: str, start: int, end: int) -> bool:
    """ "no more delay pls": "no more" before a word that is not when a death happened."""
    after = clause[end:].lstrip()
    return (clause[start:end].endswith(_NO_MORE) and after[:1].isalpha()
            and not (_WHEN_AFTER_A_DEATH is not None and _WHEN_AFTER_A_DEATH.match(after)))


def find_cues(parts: list[str], lex: Lexicon) -> tuple[list[Cue], list[Cue], list[Cue]]:
    """(cues that count, cues negated as "no longer": evidence the event is over, cues negated
    outright: "no breakdown", "Fever is not the issue")."""
    found: list[Cue] = []
    gone: list[Cue] = []
    denied: list[Cue] = []
    whole = " , ".join(parts)
    # A nurse's order is about the whole note: those look-alikes are looked for once.
    in_note = _InNote(whole, lex.lookalikes)
    # which pairs' first words each clause has, and the note (its clauses and the commas
    # ``whole`` puts between them)
    clause_pairs = [_PAIR_STARTS.of(clause) for clause in parts]
    pair_starts = reduce(or_, clause_pairs, _PAIR_STARTS[","] if len(parts) > 1 else 0)
    for index, clause in enumerate(parts):
        taken: list[tuple[int, int]] = []
        begins = lex.starts.of(clause)
        for bit, (kind, pattern) in enumerate(lex.cues):
            if not begins >> bit & 1:
                continue  # no word of the clause begins like one of this kind's cues
            if _looks_alike(kind, clause, lex, in_note) and not (
                    kind == "celebration" and (_hosting(pattern, index, parts)
                                               or _busy_at_own_day(pattern, index, parts))):
                continue
            if kind == "celebration" and _gift_for_others(clause):
                continue
            if kind in ("celebration", "newborn") and _others_gift(clause, whole):
                continue
            if kind == "celebration" and _others_day(clause, whole):
                # nor may the n-gram model alone name it ("her bestie's bday cake")
                denied += [Cue(kind, index, s, e, clause[s:e]) for s, e in spans(pattern, clause)]
                continue
            if kind == "celebration" and _MARKETING is not None and _MARKETING.search(whole):
                # the shop's greeting to all its customers, unless a family's own day is named;
                # nor may the n-gram model alone name it (as for "anniversary na")
                greetings = [Cue(kind, index, s, e, clause[s:e]) for s, e in spans(pattern, clause)]
                if not any(family_own(c, parts) for c in greetings):
                    denied += greetings
                    continue
            for start, end in spans(pattern, clause):
                over = [(s, e) for s, e in taken if s < end and start < e]
                if over and not all(start <= s and e <= end and e - s < end - start for s, e in over):
                    continue  # a cue of a more serious kind already covers it
                if over:
                    # "kosto paise" (felt hurt) is not the wound ক্ষত its first word folds like:
                    # the longer phrase of a lesser kind wins over the shorter one inside it
                    taken = [t for t in taken if t not in over]
                    found = [c for c in found if not (c.clause == index and (c.start, c.end) in over)]
                if kind == "bereavement" and _how_much_no_more(clause, start, end):
                    continue
                cue = Cue(kind, index, start, end, clause[start:end])
                # a busy cue says "not" itself ("কেউ ধরল না", "no one picked up", "নেটওয়ার্ক পায়
                # না"): never negated ("ব্যস্ত নন" is a look-alike)
                if (kind in PERSONAL and shop_people(whole, clause, start)
                        or kind in _WRITERS_OWN and staff_own(whole, clause, start)):
                    # "our manager's father passed away", "ami bollam amar mayer operation": the
                    # shop's own people, and the n-gram model may not name it either (probe 3);
                    # "amar bike ta nosto tai nije jete parini": the writer's own bike (w108)
                    denied.append(cue)
                    continue
                if kind != "busy" and conditional(clause, start, end):
                    continue  # "ammu osustho hole ...", "যেন মেয়েটা ভালো রেজাল্ট করে" (probe 3)
                if kind not in ("busy", "complaint") and (rumoured(parts, index) or believed_wrongly(parts, index)):
                    # "মামার মৃত্যুর খবরটা গুজব ছিল", "accident er khobor ta fake", "Heard her father
                    # was in hospital, not true": news called untrue, nor may the n-gram model name it (w136)
                    denied.append(cue)
                    continue
                if kind == "complaint" and in_rumour(clause, start, end):
                    continue  # ("khobor ta fake", "the news ... was wrong": untrue news, no fake goods) (w136)
                if kind != "busy" and double_negation(clause, start, end):
                    # "not that she is unhappy": no complaint; "it's not that her husband isn't
                    # sick", "মা অসুস্থ না এটা ঠিক না": ill (probe 3)
                    # (a cue that says "not" itself, "not happy", turned round says happy)
                    if negated(clause, start, end) and not _SAYS_NOT.search(cue.text):
                        taken.append((start, end))
                        found.append(cue)
                    else:
                        denied.append(cue)
                    continue
                if kind != "busy" and negated(clause, start, end):
                    if no_longer(clause, start, end):
                        gone.append(cue)
                    elif flatly_denied(clause, start, end):
                        denied.append(cue)
                    continue
                if kind == "busy" and _busy_denied(cue, clause):
                    continue
                taken.append((start, end))
                found.append(cue)
        if pair_starts:
            for cue in _pairs_in(index, clause, lex, whole, in_note, pair_starts, clause_pairs[index]):
                # ("accident er khobor ta fake, gari ekdom thik ase": the pair's news untrue too) (w136)
                (denied if cue.kind not in ("busy", "complaint") and (rumoured(parts, index)
                                                                      or believed_wrongly(parts, index))
                 else found).append(cue)
    if any(kind == "complaint" for kind, _ in lex.cues) and not any(c.kind == "complaint" for c in found):
        # "6 ta chair order dise, van e gese 5 ta", "bill e 1200 lekha, bolsilam 1000" (w86)
        found += [Cue("complaint", *where) for where in (short_goods(parts) or overbilled(parts))]
    if _ANIMALS is not None:
        # a cow's fever, a calf dead, a cow calving: the farmer's business, and the n-gram model
        # may not name it either (w35)
        animal = [c for c in found + gone if c.kind in ANIMAL_KINDS and animals_event(parts[c.clause], c.start, c.end)]
        if animal:
            # ... and the same kind's word in a clause naming nobody ("বাছুরের diarrhea, ORS saline
            # আর antibiotic নিল": the calf's medicine)
            kinds = {c.kind for c in animal}
            animal += [c for c in found + gone if c.kind in kinds and c not in animal
                       and not _names_a_person(parts[c.clause])]
            found = [c for c in found if c not in animal]
            gone = [c for c in gone if c not in animal]
            denied += animal
    return found, gone, denied


def _hosting(pattern: re.Pattern[str], index: int, parts: list[str]) -> bool:
    """ "ছোট ভাইয়ের বিয়ের দাওয়াত কার্ড আর ডালা অর্ডার": invitation cards for the family's own day,
    which the family hosts (not a guest's "বিয়ের দাওয়াত") (w24)."""
    clause = parts[index]
    return bool(_CARDS is not None and _CARDS.search(clause) and any(
        family_own(Cue("celebration", index, s, e, clause[s:e]), parts) for s, e in spans(pattern, clause)))


def _busy_at_own_day(pattern: re.Pattern[str], index: int, parts: list[str]) -> bool:
    """ "ভাইয়ের গায়ে হলুদে ব্যস্ত": busy at the family's own day, which stays the family's
    celebration (not a guest's "Gaye holud এ busy", a busy call) (w31)."""
    clause = parts[index]
    return bool(_BUSY_AT_DAY is not None and _BUSY_AT_DAY.search(clause) and any(
        family_own(Cue("celebration", index, s, e, clause[s:e]), parts) for s, e in spans(pattern, clause)))


# The kinds whose cue stands, in a clause naming a family member, against a look-alike of the whole
# note in another clause: an illness (round 16), a birth ("Page customer এর ছোট বোন এখন labour
# room এ, তাই আপু parcel টা receive করতে পারবে না": the sister's labour, the parcel later; not
# with a gift in the note, ``_a_gift``) (w37).
_FAMILY_APART = frozenset({"illness", "newborn"})


def _looks_alike(kind: str, clause: str, lex: Lexicon, in_note: _InNote) -> bool:
    """Whether a look-alike cancels ``kind``'s cues in this clause: a gift for a friend's wedding
    or baby food on the order in that clause, a nurse's order anywhere in the note."""
    look = lex.lookalikes.get(kind)
    if kind == "bereavement" and look is not None:
        clause = _messenger_apart(clause, look)
    if look is not None and (look.search(clause) is not None and not _own_in(kind, clause)
                             if kind in CLAUSE_LOOKALIKES else in_note[kind] and not (
                                 kind in _FAMILY_APART and _family_apart(clause, look)
                                 and not (kind == "newborn" and _a_gift(in_note.whole)))):
        return True
    here = lex.clause_lookalikes.get(kind)
    if kind == "newborn" and _BORN_TOLD is not None and _BORN_TOLD.search(clause):
        return False  # "আমার বাবু হইছে ... ডায়াপার নবজাতক সাইজ লাগবে": the birth is told
    return here is not None and here.search(clause) is not None


def _messenger_apart(clause: str, look: re.Pattern[str]) -> str:
    """The clause with its messenger blanked out: a look-alike ("পাশের বাড়ির", "neighbour") a
    word or two before a verb of bringing the news ("খবর দিল", "khobor dilo", "brought the news")
    names who told it, not whose the death is (w103)."""
    if _BROUGHT_NEWS is None:
        return clause
    for news in _BROUGHT_NEWS.finditer(clause):
        for m in look.finditer(clause, 0, news.start()):
            if len(clause[m.end():news.start()].split()) <= _MESSENGER_WORDS:
                return " " * news.end() + clause[news.end():]
    return clause


def _a_gift(whole: str) -> bool:
    """The note speaks of a gift ("বেয়াইনের নাতি হইছে শুনে ... গিফট হিসেবে"): a birth's look-alike
    of the whole note stands whatever family a clause names (w37); not a gift for the customer's
    own wife, the new mother ("বউয়ের জন্য গিফট বক্স") (w152)."""
    return (_GIFTS is not None and _GIFTS.search(whole) is not None
            and not (_GIFT_FOR_WIFE is not None and _GIFT_FOR_WIFE.search(whole) is not None))


def _family_apart(clause: str, look: re.Pattern[str]) -> bool:
    """A family member in a clause of their own, away from the note's look-alike: "ছেলের জ্বর,
    ভার্সিটি যেতে পারে নাই", "আম্মা অসুস্থ, ডাক্তারের চেম্বারে নিয়ে গেছে" are the son's and the
    mother's illness, not a university's or a doctor's chamber's order (round 16)."""
    return look.search(clause) is None and _FAMILY is not None and _FAMILY.search(clause) is not None


def _own_in(kind: str, clause: str) -> bool:
    """A word in the clause saying the look-alike is the customer's own ("অফিসে পরার জন্য": work
    clothes for their new job, not a guest's outfit) (w29)."""
    own = _OWN_LOOKALIKES.get(kind)
    return own is not None and own.search(clause) is not None


class _InNote(dict[str, bool]):
    """Per kind, whether the whole note has one of its look-alikes (and not a word saying the
    thing is the customer's own, ``lexicon.OWN_LOOKALIKES``): looked for when first asked."""

    def __init__(self, whole: str, lookalikes: dict[str, re.Pattern[str]]) -> None:
        super().__init__()
        self.whole, self.lookalikes = whole, lookalikes

    def __missing__(self, kind: str) -> bool:
        own = _OWN_LOOKALIKES.get(kind)
        found = self[kind] = bool(self.lookalikes[kind].search(self.whole)) and not (
            own is not None and own.search(self.whole))
        return found


def _pairs_in(index: int, clause: str, lex: Lexicon, whole: str, in_note: _InNote,
              note_begins: int, begins: int) -> list[Cue]:
    """ "উনার পিকআপ রাস্তায় নষ্ট", "bou er delivery hobe", "পায়ে ব্যথা": two words, one event.

    ``note_begins``, ``begins``: the pairs whose first words the note, the clause has."""
    out = []
    for bit, (kind, first, second, unless) in enumerate(PAIRS):
        if not (note_begins if kind in NOTE_PAIRS else begins) >> bit & 1:
            continue  # the first word of the pair cannot be there
        if _looks_alike(kind, clause, lex, in_note) and not (
                kind == "newborn" and (not _looks_alike(kind, clause, lex, _InNote(clause, lex.lookalikes))
                                       or _WIFES_DELIVERY.search(clause))):
            # ("wife এর delivery আজকে hospital এ, আর parcel delivery টা next week": the parcel is
            # another clause's; a wife's delivery in its own clause is a birth) (probe 3)
            continue
        a = spans(first, whole if kind in NOTE_PAIRS else clause)
        if not a or spans(unless, clause):
            continue
        if kind == "vehicle_trouble" and any(staff_own(whole, clause, s) for s, _ in spans(first, clause)):
            continue  # "amar bike ta nosto tai nije jete parini": the writer's own bike (w108)
        for start, end in spans(second, clause):
            if not negated(clause, start, end):
                # the cue is the event word; the other word may name the person
                out.append(Cue(kind, index, start, end, clause[start:end]))
                break
    return out


# "wife এর delivery হবে এই সপ্তাহে": the wife's own delivery, her word right before it, is a birth
# whatever parcel words the clause has (a courier's regular client); not her delivery address or
# charge (w36)
_WIFES_DELIVERY = re.compile(
    "(?<![a-z0-9])(?:{})(?: er| r)? (?:{})(?! (?:{}))(?![a-z0-9])".format(
        "|".join(sorted({re.escape(fold(w)) for w in ("wife", "wife's", "bou", "bouer", "বউয়ের", "বৌয়ের", "বউ",
                                                       "স্ত্রীর", "স্ত্রী", "stri", "strir")}, key=len, reverse=True)),
        "|".join(sorted({re.escape(fold(w)) for w in ("delivery", "ডেলিভারি")})),
        "|".join(sorted({re.escape(fold(w)) for w in ("address", "ঠিকানা", "charge", "চার্জ", "man", "boy", "বয়",
                                                       "ম্যান", "slip")}))))


def _only_when(cue: Cue, parts: list[str]) -> bool:
    """A busy cue that only says when to call ("call back", "pore kotha", "night duty"), or a
    prayer named as a time ("জুম্মার পর", "namaz er por")."""
    if _BUSY_LATER is not None and _BUSY_LATER.fullmatch(cue.text):
        return True
    if _BUSY_PRAYER is None or not _BUSY_PRAYER.fullmatch(cue.text):
        return False
    after = _words_after(parts[cue.clause], cue.end, 2)
    return bool(_AFTER is not None and _AFTER.search(after))


def ordinary_busy(cues: list[Cue], parts: list[str], folded: str, animal_loss: bool = False) -> bool:
    """Every busy cue only says when to call next, and the note is about an order or a price:
    "Will call back on Thursday to confirm quantity", "জুম্মার পর দোকানে আসবেন" are ordinary; so
    is a note saying the customer ordered on the call, whatever their mood."""
    busy = [c for c in cues if c.kind == "busy"]
    if busy and _DONE_DEAL is not None and _DONE_DEAL.search(folded):
        return True  # "mon kharap, order dilo tobu": the customer ordered, so the call happened
    if (busy and _MOOD is not None and all(_MOOD.fullmatch(c.text) for c in busy) and (
            _SHORT_OF_MONEY is not None and _SHORT_OF_MONEY.search(folded) or animal_loss)):
        # "taka nai, kisti dite parbe na, dukkhito": sad about money; "goru ta mara gelo, onek loss,
        # mon kharap": sad about an animal (w35): the call happened
        return True
    if busy and all(_only_when(c, parts) for c in busy) and talked(folded):
        # "kotha holo, ... pore call korbo", "talked, call back Thursday": a talk that happened, with
        # a plan or a day for the next one (trial 12)
        return True
    return bool(busy) and _COMMERCE is not None and bool(_COMMERCE.search(folded)) and all(
        _only_when(c, parts) for c in busy)


def talked(folded: str) -> bool:
    """The note says staff and customer talked ("kotha holo", "talked"), not denied after."""
    return _TALKED is not None and any(
        (folded[m.end():].split()[:1] or [""])[0] not in _NOT_AFTER for m in _TALKED.finditer(folded))


def angry_at_the_call(cues: list[Cue], folded: str) -> bool:
    """ "দুপুরে ঘুমাইতেছিলেন, বিরক্ত হয়ে কেটে দিলেন", "মুড নাই বললেন, রেগে ফোন কেটে দিলেন": the
    call was cut short and the only complaint words say the customer was angry, so the anger
    was at the call (busy), not at the shop."""
    complaint = [c for c in cues if c.kind == "complaint"]
    return bool(complaint and _HUNG_UP is not None and _HUNG_UP.search(folded)
                and _ANGER is not None and all(_ANGER.fullmatch(c.text) for c in complaint))


_CUT = phrase_pattern(("কেটে গেছে", "kete gese", "kete geche", "কাইটা গেছে", "kaita gese"))


def call_cut(cues: list[Cue], parts: list[str]) -> bool:
    """ "ফোন ধরছে কিন্তু কিছু শুনা যায় না, কেটে গেছে": a call that could not be heard, then "cut"
    in a clause of its own: the line cut, not goods torn (a complaint word of the kind, alone in
    its clause, beside a busy call) (w36)."""
    complaint = [c for c in cues if c.kind == "complaint"]
    return bool(complaint and any(c.kind == "busy" for c in cues) and _CUT is not None and all(
        _CUT.fullmatch(c.text) and parts[c.clause].strip() == c.text for c in complaint))



def pregnancy_complication(cues: list[Cue], folded: str) -> bool:
    """ "bou pregnant, bleeding hoise, hospital e", "wife er C-section er por infection": the
    newborn words only say there is (or was) a pregnancy, and the note names a complication of
    it, which the schema counts as an illness."""
    newborn = [c for c in cues if c.kind == "newborn"]
    return bool(newborn and _PREGNANCY is not None and _COMPLICATION is not None
                and all(_PREGNANCY.fullmatch(c.text) for c in newborn)
                and _COMPLICATION.search(folded))


# "Dr. Kamal's pt died in ICU", "Dr. Rima er patient": a doctor's patient, told by a medical
# representative; the doctor is the customer, the patient's events are not theirs (w29). (Only
# after a doctor's name: a pharmacy's "pt" alone is its customer, "pt er BP high" (w27).)
_DOCTORS_PATIENT = re.compile(r"(?<![a-z0-9])(?:dstr \.?|dstr|daktar|doctor) ?[a-z]+(?:s| er| r) "
                              r"(?:pt|pts|patient|patients|rgi)(?![a-z0-9])")


def not_theirs(folded: str) -> bool:
    """ "birthday cake ta boss er meye er, customer er na": someone else's event."""
    return bool(_NOT_THEIRS is not None and _NOT_THEIRS.search(folded)) or bool(_DOCTORS_PATIENT.search(folded))


def complaint_retracted_at(folded: str, parts: list[str]) -> int:
    """The last clause saying it turned out not the shop's fault, or -1: "পচা আসছে বলছিল, পরে
    দেখা গেল ওনার গুদামে ভিজছে", "thanda hoy na bolse, pore dekhi suich off chilo" (the customer
    said something was wrong, and it was not the shop's). Like a denial (``complaint_denied``) it
    overrides the complaint words before it, not those after: a long note that goes on "It
    actually matches in daylight ... He is still unhappy and wants a different shade", "hisab
    dekhlam, ashlei beshi ... uni birokto" is still a complaint (w114). The customer's own
    mistake (``lexicon.OWN_DOING``) is the whole note's."""
    if _TURNED_OUT is None or not _TURNED_OUT.search(folded):
        return -1
    if _OWN_DOING is not None and any(_OWN_DOING.search(clause) for clause in parts):
        return len(parts)  # "customer nijei size bhul bolsilen, ... exchange korbe": all of it
    return max((i for i, clause in enumerate(parts) if _TURNED_OUT.search(clause)), default=-1)


def resolved(parts: list[str]) -> bool:
    """Words saying a complaint was put right ("refund pelo", "bodle dilam, khushi"), other than
    a plain "কোনো অভিযোগ নাই", which says there was none."""
    words = over_in(parts)
    if not words or _COMPLAINT_WORDS is not None and _COMPLAINT_WORDS.search(words):
        return False
    # "ভিতরের জিনিস ঠিক আছে, no problem": things are fine, nothing was put right
    return not (_FINE is not None and _FINE.fullmatch(words) and complaint_denied(parts) >= 0)


def complaint_denied(parts: list[str]) -> int:
    """The last clause saying outright there is no complaint ("কোনো অভিযোগ নাই", "no problem",
    "kono jhamela nai"), not "no longer" ("ar kono obhijog nai", "no problem now"); -1 if none.
    It overrides the complaint words before it, not those after ("কোনো সমস্যা নাই বলে শুরু করলেও
    শেষে বললেন ফ্যানের রেগুলেটর নষ্ট")."""
    last = -1
    for index, clause in enumerate(parts):
        if _SAID_NO_SUCH is not None and _SAID_NO_SUCH.search(clause):
            last = index
        for start, end in spans(_COMPLAINT_WORDS, clause):
            if _THOUGH_SAID.intersection(clause[end:].split()[:3]):
                continue  # "অভিযোগ নাই বললেও পরে বলছে ... ছেঁড়া": said, then taken back (probe 3)
            if negated(clause, start, end) and not no_longer(clause, start, end) and not (
                    index and len(clause.split()) <= 3 and _NOW is not None and _NOW.search(parts[index - 1])
                    and _FINE is not None and _FINE.search(parts[index - 1])):
                last = index
    return last


def over_in(parts: list[str], event: str | None = None,
            other: Callable[[int, int], bool] | None = None) -> str | None:
    """The words saying the event is already over, unless they are negated, "still", a thing
    still to be done ("ঠিক করে দিতে বলছে") or about something else than ``event`` (a vehicle's
    trouble is not over because the driver is fine: "CNG flat tyre, উনি ঠিক আছেন"). ``other``
    (clause, start): whether the words before them name someone else than the event's person."""
    for i, clause in enumerate(parts):
        if i + 1 < len(parts) and _BUT.intersection(parts[i + 1].split()[:1]):
            continue  # "TV ঠিক আছে, কিন্তু ... extra charge": fine, but for what follows (w21)
        for start, end in spans(_OVER, clause):
            finished = clause[start:end].split()[-1] in _FINISHED
            if (_NEG_AFTER is not None and _NEG_AFTER.match(clause[end:].lstrip()) is not None
                    if finished else negated(clause, start, end)):
                continue
            before = _words_before(clause, start, 2)
            last = before.split()[-1:]
            if _STILL is not None and _STILL.search(before) or _WORSE is not None and _WORSE.search(before):
                continue
            if _MAYBE is not None and _MAYBE.search(before) or _IF.intersection(last):
                continue  # "dad might be discharged", "বুধবার দিলে ঠিক আছে" (w24)
            if _words_after(clause, end, 1) in _NOT_YET_AFTER or _about_other(event, before):
                continue
            if _words_after(clause, end, 1) in _IF:
                continue  # "মেরামত শেষ হলে ফোন দিবে": once it is repaired, not repaired yet (w32)
            if _words_after(clause, end, 1) in _GREETING:
                continue  # "You spelled Happy Birthday as Hapy Brithday": a cake's words, nobody pleased (w55)
            if _words_after(clause, end, 1) in _WHETHER:
                continue  # "গাড়ি ঠিক আছে কিনা জিগাইলাম": asked whether it is fine, no answer yet (w43)
            if _words_after(clause, end, 1) in _MAY_IT_BE:
                continue  # "আল্লাহ সুস্থ করুক", "sustho koren allah": a prayer for it, not yet so (w91)
            if _UNTIL_OVER.intersection(clause[:start].split()[-3:]) or _words_after(clause, end, 1) in _UNTIL_OVER:
                continue  # "they need our car till it is fixed", "ঠিক হওয়া পর্যন্ত": not fixed yet (w38)
            if _then_to_call(clause, end):
                continue  # "আজ সন্ধ্যায় ঠিক করে ফোন দিবো": will put it right, then call (w30)
            if _NEGATIVE.intersection(clause[start:end].split()) and _BLOOD_GROUP.intersection(last):
                continue  # "ও নেগেটিভ লাগবে": a blood group, not a test come back clear (w129)
            if _ARTICLE.intersection(last):
                continue  # "the repaired phone heats up again": what it is, not that it is over (w30)
            if _ALMOST.intersection(last) or _WANTS.intersection(clause[:start].split()[-4:]):
                continue  # "almost recovered", "প্রায় ঠিক হয়ে গেছে"; "wants the helmet replaced" (probe 3)
            if event == "illness" and _STILL_ILL is not None and (
                    _STILL_ILL.search(clause[end:]) or i + 1 < len(parts) and _STILL_ILL.search(parts[i + 1])):
                continue  # "discharged yesterday but still weak", "ছুটি পাইছে কিন্তু এখনো খুব দুর্বল" (probe 3)
            if other is not None and other(i, start):
                continue  # "আম্মা ঠিক আছেন" after the father's heart attack (probe 3)
            if _ARRANGED is not None and _ARRANGED.search(_words_before(clause, start, 1)):
                continue  # "মেয়ের বিয়ে ঠিক হয়েছে": a wedding arranged, not something put right
            if _CALMED is not None and _CALMED.fullmatch(clause[start:end]) and (
                    event not in (None, "complaint") or clause[end:].split() not in ([], ["ok"])):
                continue  # "ammu r ekhon thanda lagse": a cold, not a customer calmed down (w85)
            if _I_SAID.intersection(last) and clause[start:end] in _ALL_RIGHT:
                continue  # "আমি বললাম ঠিক আছে ভাই দেখতেছি": the staff's "all right", nothing put right (w80)
            return clause[start:end]
    return None


# "ঠিক করে ফোন দিবো", "thik kore call dibo", "ঠিক করে জানাবো": put right, and then a call still to
# make (w30)
_A_CALL = frozenset(fold(w) for w in ("ফোন", "fon", "phone", "call", "কল"))
_ARTICLE = frozenset(fold(w) for w in ("the", "a", "an"))
_UNTIL_OVER = frozenset(fold(w) for w in ("till", "until", "untill", "porjonto", "পর্যন্ত"))
_WHETHER = frozenset(fold(w) for w in ("কিনা", "kina"))
# A blood group's "negative" ("এবি নেগেটিভ লাগবে ৩ ব্যাগ", "O negative rokto lagbe"): the blood
# still wanted, not a test come back clear (w129).
_BLOOD_GROUP = frozenset(fold(w) for w in ("a", "b", "ab", "o", "এ", "বি", "এবি", "ও"))
_NEGATIVE = frozenset(fold(w) for w in ("negative", "নেগেটিভ"))
# The wish of a prayer right after "well" ("আল্লাহ সুস্থ করুক", "সুস্থ রাখুন", "সুস্থ হয়ে উঠুক"): the
# staff's or the customer's answer to bad news in a pasted chat, the illness not yet over (w91)
_MAY_IT_BE = frozenset(fold(w) for w in ("করুক", "করুন", "করুণ", "রাখুক", "রাখুন", "উঠুক", "koruk",
                                         "korun", "rakhuk", "rakhun", "uthuk"))
_GREETING = frozenset(fold(w) for w in ("birthday", "bday", "brithday", "anniversary", "new", "eid", "holidays"))
_WILL_TELL = frozenset(fold(w) for w in ("জানাবো", "janabo", "জানাবে", "janabe"))
# The staff's own words of saying, right before "all right": an answer to the customer, not news.
_I_SAID = frozenset(fold(w) for w in ("বললাম", "বলছি", "বলেছি", "কইলাম", "কইছি", "কইসি", "bollam", "bolsi",
                                      "bolchi", "koilam", "koisi", "koichi"))
_ALL_RIGHT = frozenset(fold(w) for w in ("ঠিক আছে", "thik ache", "thik ase", "ok ase"))


def _then_to_call(clause: str, end: int) -> bool:
    """A call to make right after the words of putting right: the fixing is still to come."""
    after = clause[end:].split()[:2]
    return bool(after) and (after[0] in _WILL_TELL
                            or after[0] in _A_CALL and len(after) == 2 and after[1] in _TO_DO)


def _about_other(event: str | None, before: str) -> bool:
    """ "মানুষ ঠিক আছে" after a vehicle's trouble, "গাড়ি ঠিক আছে" after an injury: the words say
    that someone, or something, else is fine."""
    if event == "vehicle_trouble":
        # "bike chur, kintu pola thik ache": the son is fine, not the bike (w21)
        # (not "স্বামীর সিএনজি ঠিক হইছে", the husband's CNG put right)
        return (_PEOPLE is not None and _PEOPLE.search(before) is not None
                or _FAMILY is not None and _FAMILY.search(before) is not None
                and not (VEHICLES is not None and VEHICLES.search(before)))
    if event == "illness":
        return VEHICLES is not None and VEHICLES.search(before) is not None
    return False
