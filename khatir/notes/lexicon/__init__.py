"""The words the rules look for, written as staff write them; folded once when loaded.

One module a kind of word: the cue words of the family's own events (``family_cues``) and of
the others (``other_cues``), look-alikes and weak cues (``lookalikes``), negation and "over"
(``negation``), relation words (``people``), word pairs, busy calls and remedies (``situations``).

Entries are plain spellings in Bengali script, Banglish or English. They are passed
through ``normalise.fold`` before use, so one entry covers its spelling variants
(জ্বর also finds jor, jwor, জর). An entry matches at the start of a word and may be
followed by an ending (জ্বরে, jore, fevers); an entry ending in ``$`` must end the word.

Only words that carry over to other shops belong here; the n-gram model learns the rest
from the labelled notes.
"""
from __future__ import annotations

from .lookalikes import (
    WEAK_CUES, EXPECTED_BIRTH, BIRTH_HAPPENING, BUSY_AT_DAY, SHOP_VEHICLE, LOOKALIKES, MARKETING,
    OWN_LOOKALIKES, CLAUSE_ONLY_LOOKALIKES, OWN_DOING, TURNED_OUT, NOT_THEIRS, NOBODY_ILL, NOT_ILL, BORN_TOLD,
    OTHERS, OTHERS_GOODS, RENTAL, RETURNED, INVITATION_CARDS, SENT_SHORT, MONEY, WARRANTY_DONE,
    REPAIRED, HAD_REPAIRED, SHORT_OF_MONEY, MOOD, GIFTS, GIFT_FOR_WIFE, ANIMALS, ANIMAL_NOT, TOLD,
    NOT_IN_HAND, WAGES, BROUGHT_NEWS, TREATMENT, COUNTED,
)
from .negation import (
    NEGATION_AFTER, NEGATION_BEFORE, OVER, PEOPLE, SELF,
)
from .people import (
    RELATIONS, KIN, MORE_RELATIONS, MORE_NOT_PERSON, NOT_PERSON, KIN_BEFORE, GRANDPARENT_OF,
    ADDRESS,
)
from .situations import (
    VEHICLES, VEHICLE_TROUBLE, WIFE, DELIVERY, BODY, HURT, EXPIRED, LABOUR_PAIN, PAIRS, BUSY_LATER,
    BUSY_PRAYER, AFTER, COMPLAINT_WORDS, NO_ANGER, SAID_NO_SUCH, FINE, ANGER, HUNG_UP, NOTHING_ELSE, PREGNANCY,
    COMPLICATION, UNITS, INQUIRY, DONE_DEAL, COMMERCE, RECOVERED, REMEDY, REMEDY_PROMISED,
    REMEDY_GIVEN, SHORT_UNITS, SHORT_SAID, SHORT_GOT, SHORT_REST, SHORT_LATER, SHORT_ASKED,
    BILLED, AGREED, TALKED, THROWN_FROM, BOTH_WELL,
)
from .family_cues import FAMILY_CUES, LOST_ONE
from .other_cues import OTHER_CUES

# The cue words of each built-in kind, in precedence order.
CUES: dict[str, tuple[str, ...]] = {**FAMILY_CUES, **OTHER_CUES}

__all__ = [
    "CUES", "WEAK_CUES", "EXPECTED_BIRTH", "BIRTH_HAPPENING", "BUSY_AT_DAY", "SHOP_VEHICLE",
    "LOOKALIKES", "MARKETING", "OWN_LOOKALIKES", "CLAUSE_ONLY_LOOKALIKES", "OWN_DOING", "TURNED_OUT",
    "NOT_THEIRS", "NOBODY_ILL", "NOT_ILL", "BORN_TOLD", "OTHERS", "OTHERS_GOODS", "RENTAL",
    "RETURNED", "INVITATION_CARDS", "SENT_SHORT", "MONEY", "WARRANTY_DONE", "REPAIRED", "HAD_REPAIRED",
    "SHORT_OF_MONEY", "MOOD", "GIFTS", "GIFT_FOR_WIFE", "ANIMALS", "ANIMAL_NOT", "TOLD", "NOT_IN_HAND", "WAGES", "BROUGHT_NEWS", "TREATMENT", "COUNTED", "NEGATION_AFTER", "NEGATION_BEFORE", "OVER", "PEOPLE",
    "SELF", "RELATIONS", "KIN", "MORE_RELATIONS", "MORE_NOT_PERSON", "NOT_PERSON", "KIN_BEFORE",
    "GRANDPARENT_OF", "ADDRESS", "VEHICLES", "VEHICLE_TROUBLE", "WIFE", "DELIVERY", "BODY", "HURT",
    "EXPIRED", "LABOUR_PAIN", "PAIRS", "BUSY_LATER", "BUSY_PRAYER", "AFTER", "COMPLAINT_WORDS", "NO_ANGER",
    "SAID_NO_SUCH", "FINE", "ANGER", "HUNG_UP", "NOTHING_ELSE", "PREGNANCY", "COMPLICATION",
    "UNITS", "INQUIRY", "DONE_DEAL", "COMMERCE", "RECOVERED", "REMEDY", "REMEDY_PROMISED",
    "REMEDY_GIVEN", "SHORT_UNITS", "SHORT_SAID", "SHORT_GOT", "SHORT_REST", "SHORT_LATER", "SHORT_ASKED",
    "BILLED", "AGREED", "LOST_ONE",
]
