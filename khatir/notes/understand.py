"""Read one call note: the event, whether it is over, whom it concerns, when to call back.

``NoteReader.read(text, call_date)`` is a pure function of the note, its date and the
reader (the shop's event kinds and n-gram model). Rules decide where the words are
clear; the n-gram model decides when no cue word is found, so a note in words no list
has ("আব্বার হার্ট অ্যাটাক", "matha ghurse, bisanay") is still understood when it looks
like the notes the model learned from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Iterable

from ..config import EventKind
from .classify import NULL, NgramModel, Scorer, best_of
from .counts import counted_short
from . import lexicon
from .match import phrase_pattern
from .normalise import fold
from .occasion import occasion_in
from .rules import (ANIMAL_KINDS, PERSONAL, VEHICLES, Cue, Lexicon, angry_at_the_call, animals_event,
                    asks_about, call_cut, clauses, complaint_denied, complaint_retracted_at, counts_goods,
                    family_own, find_cues, nobody_ill, not_theirs, ordinary_busy, over_in,
                    pregnancy_complication, resolved, shop_vehicle, talked)
from .stamps import set_aside, without_stamps
from .when import callback_date, event_day, free_day, takes_back_a_day
from .who import OTHERS_FAMILY, Answered, refers_back, someone_else, whom_said

PRECEDENCE = ("bereavement", "newborn", "illness", "vehicle_trouble", "complaint", "celebration",
              "busy")
_COMMERCE = phrase_pattern(lexicon.COMMERCE)
_NOTHING_ELSE = phrase_pattern(lexicon.NOTHING_ELSE)
_EXPECTED_BIRTH = phrase_pattern(lexicon.EXPECTED_BIRTH)
_BIRTH_HAPPENING = phrase_pattern(lexicon.BIRTH_HAPPENING)
_RECOVERED = phrase_pattern(lexicon.RECOVERED)
_THROWN_FROM = phrase_pattern(lexicon.THROWN_FROM)
_BOTH_WELL = phrase_pattern(lexicon.BOTH_WELL)
# Words that only say someone recovered from an illness ("bon sustho hoye basay firse"): with
# no other event, the note says an illness is over (not the wider RECOVERED: "valo hoyeche").
_GOT_WELL = phrase_pattern(("সুস্থ হয়ে", "sustho hoye", "সেরে উঠেছে", "সেরে গেছে", "sere geche",
                            "sere gese", "recovered",
                            # well now, a child back at school ("মেয়ে এখন সুস্থ, স্কুলে যাচ্ছে") (w51)
                            "এখন সুস্থ$", "ekhon sustho$", "ekhon shustho$",
                            # walking on their own again ("abba ekhon nijei hatte pare", w23)
                            "nijei hatte par", "নিজেই হাঁটতে পার", "নিজে নিজে হাঁটতে পার",
                            "walking on his own", "walking on her own",
                            # a diabetic's sugar down again ("His father's sugar came down, doctor
                            # stopped insulin") (w40)
                            "sugar came down", "sugar has come down", "sugar is down", "sugar kome gese",
                            "sugar komse", "সুগার কমে গেছে", "সুগার কমছে", "সুগার কমেছে",
                            # healed, in Noakhali's and Rangpur's সাইরা ("এখন সাইরা গেছে") (w64)
                            "সাইরা গেছে", "saira gese", "saira geche"))
# ... but asked after, a question with no news ("cust er bou ki ekhon sustho?", "মেয়ে কি এখন
# সুস্থ?"): the question word just before the words, the question mark just after (w72)
_ASKED_WELL = re.compile(r"(?<![a-z0-9])ki (?:[a-z]+ )?$")
_ASKED_MARK = re.compile(r"^(?: [a-z]+){0,2} ?\?")
_REPAIRED = phrase_pattern(lexicon.REPAIRED)
# নাকি, naki, with words after it in its clause: hearsay ("jhiyer naki baccha hobe"), not the
# question that ends a clause ("asbe naki?", "dibo naki")
_HEARSAY = re.compile(r"(?<![a-z0-9])naki (?=[a-z0-9])")
# a surprise for a friend's day is the customer's present, not the friend's news (w55)
_SURPRISE = phrase_pattern(("surprise", "সারপ্রাইজ"))
_HAD_REPAIRED = phrase_pattern(lexicon.HAD_REPAIRED)
_REMEDY = phrase_pattern(lexicon.REMEDY)
_PROMISED = phrase_pattern(lexicon.REMEDY_PROMISED)
_GIVEN = phrase_pattern(lexicon.REMEDY_GIVEN)
# "replacement pathano hobe", "রিফান্ড করে দিব", "we will send a replacement" (up to two words
# between), not asked for ("replacement chay") nor refused or asked ("dibo na", "dibo naki").
# The words allowed between: "kore", "a", "new", an amount, "bKash e" ("replacement niye call
# dibo" is a call promised, not the replacement).
_GAP = r"(?: (?:kre|kri|a|the|new|ntun|taka|tk|bkas|e|[0-9]+)(?![a-z0-9])){0,2}"
_REMEDY_SENT = (re.compile(
    rf"(?:{_REMEDY.pattern}){_GAP} (?:{_PROMISED.pattern})(?! (?:na|n|nai|naki|ki|not)(?![a-z0-9]))"
    rf"|(?:{_GIVEN.pattern}){_GAP} (?:{_REMEDY.pattern})")
    if _REMEDY and _PROMISED and _GIVEN else None)
# "ekhon kono problem nai": a weak, general word for trouble, no longer there, says things are
# fine now, not that a complaint was put right (unless a clearer word says there was one:
# "refund pelo, ar kono somossa nai"); it does not name the event on its own.
_PROBLEM = phrase_pattern(lexicon.COMPLAINT_WORDS)
# "উনি এখনো আইসিইউতে", "still in hospital", "ekhono jor": the event goes on. Read in the words as
# written: folded, "ekhono" (still) and "ekhon" (now) are one word.
_STILL = re.compile(r"(?<![\w\u0980-\u09ff])(?:এখনো|এখনও|এখনোও|আজও|still|ekhono|ekhonoo|akhono|ekhno|ekhnu|ekhonu)"
                    r"(?![a-z\u0980-\u09ff])", re.IGNORECASE)
# "বাইক নষ্ট", "cng nosto": a trouble word right after a vehicle is the vehicle's trouble, not a
# complaint about the goods, even where a look-alike drops the pair ("... এখন হেলমেট খুঁজতেছেন")
_VEHICLE_BROKEN = phrase_pattern(lexicon.VEHICLE_TROUBLE)
# "সংঘর্ষে ৪ জন মারা গেছে, আজ দোকান বন্ধ": a toll of strangers in a hartal's news, its cue cancelled
# in its clause (``lexicon.COUNTED``); the model, which has heard "মারা গেছে" in the family's deaths,
# does not name the death or the hurt on its own either (w113)
_COUNTED = phrase_pattern(lexicon.COUNTED)
# A note this short that only gives a call-back day ("বৃহস্পতিবার কল দিও") is a busy call, and
# so is a longer one that says the day was all ("robibar call dio, ar kisu bole nai").
ONLY_A_DAY_WORDS = 5
# "jor chilo, ekhon nai", "ব্যথা ছিল এখন নেই": an illness that was there and is not now (folded);
# "today" or "since yesterday" for "now" ("বাবার জ্বর কাল ছিল, আজ নাই", "jor chilo, kal theke nai") (w103)
_WAS_NOW_GONE = re.compile(r"(?<![a-z0-9])sil(?:o|en)? (?:, )?(?:ekn|akn|aj|ajke|(?:gt)?kal teke) "
                           r"(?:nai|nei|ne|nay)(?![a-z0-9])")
# "just", "only" before a weak cue: the routine thing, after a denial ("nosto hoy nai, just servicing")
_JUST = frozenset(fold(w) for w in ("just", "only", "sudhu", "shudhu", "শুধু", "matro", "মাত্র"))
NEVER_OVER = frozenset({"bereavement", "newborn", "celebration", "busy"})
# The n-gram model names an event on its own (no cue word found) only when its words lean
# this far towards the event: the log-likelihood margin over "ordinary", per known
# feature. Chosen by 5-fold cross-validation on the first writer's notes (0.2 found 1 point
# more events but tripled the false alarms) and checked again leave-one-writer-out on five
# writers: 0.4 finds 0.2 points more events for 0.3 more false alarms, 0.6 0.4 fewer.
MODEL_ALONE = 0.5
# ... and only on notes long enough for it to judge (a few words are the rules' business).
MODEL_MIN_FEATURES = 25
# A kind found by cue words is dropped when the model leans the other way by more than VETO
# (same measure as MODEL_ALONE) for a clear cue, or leans towards it by less than WEAK_NEED for
# a weak one (a word with an ordinary sense as common as the event's, ``lexicon.WEAK_CUES``).
# Chosen leave-one-writer-out (trained on four writers' notes, read the fifth's; 3,070 notes):
# without this check 9.3% of ordinary notes got an event (15-21% for the three newest
# writers), with it 3.1% (4-5%), for 1.9 points of events found (95.0 -> 93.1%). WEAK_NEED
# 0.1 finds 0.6 points fewer events for 0.3 fewer false alarms; 0 finds 0.5 more for 0.7 more.
VETO = 0.2
# A medical representative's doctor in the operating theatre ("Dr. Nasrin in OT whole day",
# "Dr. Ehsan OT তে"): the doctor at work, so the call did not happen; only a doctor named first
# (a pharmacy's "pt ekhon OT te" is its customer in surgery, an illness, w27) (w29)
_IN_OT = frozenset(("in ot", "ot te", "ot e", "otite", "surgery", "sarjari", "operatin", "oparesn"))
_BROKEN = frozenset(fold(w) for w in ("ভাঙা", "ভাঙ্গা", "bhanga", "vanga", "broken"))
_ROAD = tuple(fold(w) for w in ("রাস্তা", "road", "rasta"))
# ... with the title Bengali gives a doctor (ডা., ডাঃ fold to "da"), a "sir" or "madam" after the
# name, "now" or "emergency" before the theatre, the theatre in one word ("ওটিতে"), and the
# doctor "doing a surgery" ("ডা. রফিক স্যার ওটিতে আছেন", "Dr. Omar sir emergency OT তে",
# "Dr. Ferdous is doing a long surgery"), and the operation then said to go on ("ওটিতে আছেন,
# অপারেশন চলছে"); not "Dr. Rahim er abba OT te", a doctor's father (w119)
_DOCTOR_IN_OT = re.compile(r"^(?:dstr|da|daktar)(?: \.)? [a-z]+(?: [a-z]+)?"
                           r"(?: (?:sir|sear|madam|madaam|mdam|mam|apa))?(?: (?:ekn|ekhon|now|emergensy))?"
                           r" (?:in ot|ot te|ot e|otite|is ding (?:a )?(?:lng )?surgery|is in surgery)(?![a-z0-9])")
WEAK_NEED = 0.05
# A note of this many clauses or more is long: a clear cue the model overrules on the whole
# note is judged again on its own clauses (probe 3's long notes of order talk ending in a death).
LONG_NOTE = 6
# "মেয়ের বিয়ে", "ছেলের birthday": a family's own day is a celebration whatever the rest of the
# note orders for it, so the model does not get to overrule it.
FAMILY_DAYS = frozenset({"celebration"})
# ... and "বুজির জ্বর", "ছেলের জ্বর": a family member's illness in a clear word (not a weak one:
# "আব্বুর প্রেসারের ওষুধ" is a medicine order as often), which a model re-trained on pharmacy
# orders (round 11) contradicted by a hair in a note of two words.
FAMILY_ILLNESS = frozenset({"illness"})
# ... and "মেয়ের বাচ্চা হবে", "বোনের বাচ্চা হবে, ডেলিভারির জন্য খুলনা গেছেন": a baby on the way
# to a family member, which premiums, cover and loans talked of around it made the model
# contradict (w69): only in the weak words of a baby to come (বাচ্চা হবে, baby hobe), not a
# delivery or a due date ("Karim bhai er delivery kal" is his parcel), nor an akika ordered for a
# nephew's (a clear word, which the model may still overrule).
FAMILY_BIRTH = frozenset({"newborn"})
# ... and "খালার চেহলাম সামনের মাসে, সাদা থান চাইছে": a family member's rite after a death (the
# fortieth day's, the কুলখানি; SCHEMA.md: bereavement), whatever the note orders for the guests;
# the model, hearing the order, contradicted it (w127). Only these rites, which follow a recent
# death: not a milad, which an anniversary also holds, nor a "died" ("নিজের ডেকচিটা মরে গেছে").
FAMILY_RITES = frozenset({"bereavement"})
_RITE = phrase_pattern(("চেহলাম", "চেহলুম", "chehlum", "chehelum", "chehlam", "chehelam", "কুলখানি",
                        "kulkhani", "চল্লিশা", "chollisha"))
# ... and a relation "lost" ("ছেলেকে হারাইছেন", "cheleke haraise"): the family word is the verb's
# object, inside the cue, not before it; the model, hearing "হারাই" in lost phones and parcels,
# contradicted it (w140)
_LOST_ONE = phrase_pattern(lexicon.LOST_ONE)
_DELIVERY = re.compile("|".join(re.escape(fold(w)) for w in ("delivery", "ডেলিভারি", "ডেলি", "due", "ডেট", "date")))
_WEAK = {k: p for k, words in lexicon.WEAK_CUES.items() if (p := phrase_pattern(words))}
_TREATMENT = phrase_pattern(lexicon.TREATMENT)
# ... and "himself" just before it ("তিনি নিজে ডায়ালাইসিসের রোগী", "uni nijei dialysis e"): the
# customer's own treatment (only a treatment's: "নিজে" before other words stays as it was) (w104)
_HIMSELF = phrase_pattern(("নিজে$", "নিজেই$", "nije$", "nijei$", "himself", "herself"))
# The kinds whose weak cues are also goods a shop sells (tyres, batteries, a pressure machine).
COUNTED_GOODS = frozenset({"vehicle_trouble", "illness"}) & frozenset(_WEAK)


@dataclass(frozen=True)
class Reading:
    """What one note says. ``evidence`` is the words that decided, for the Follow-ups row."""

    event: str | None
    over: bool = False
    who: str | None = None
    callback: date | None = None
    evidence: str = ""
    over_words: str = ""
    expected: bool = False  # a baby on the way: every newborn word says it is not born yet
    kin: str | None = None  # which relative, when ``who`` is "relative" and one word says
    named: bool = False  # the words name ``who`` (not the kind's default): see ``story.py``
    refers: bool = False  # a pronoun speaks of someone ("she", "উনি", "or shorir"): ``story.py``
    still: bool = False  # the note says the event goes on ("এখনো আইসিইউতে", "still in hospital")
    moves_day: bool = False  # no event, only a new call-back day for one given before ("not Sunday")
    # The day the event itself takes place, when the note gives it ahead ("biye 28 tarikhe",
    # "২৫ তারিখে অপারেশন"): not a call-back day, but no follow-up before it (``when.event_day``).
    event_day: date | None = None
    # What a celebration celebrates ("birthday", "wedding", ``occasion.WORDS``), when it says.
    occasion: str | None = None


@dataclass(frozen=True)
class NoteReader:
    """Everything needed to read notes for one shop in one run; build once, use for all."""

    kinds: tuple[str, ...]
    lexicon: Lexicon
    scorer: Scorer | None
    cache: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, kinds: tuple[EventKind, ...], model: NgramModel | None = None,
              examples: Iterable[tuple[str, str]] = ()) -> "NoteReader":
        """For the configured kinds, with the shipped model plus the shop's labelled notes."""
        labelled = [(fold(text), label or NULL) for text, label in examples]
        if model is None and not labelled:
            scorer = shipped_scorer()
        else:
            model = model or shipped_model()
            scorer = (model.with_examples(labelled) if labelled else model).scorer()
        order = {k: i for i, k in enumerate(PRECEDENCE)}
        keys = tuple(sorted((k.key for k in kinds), key=lambda k: order.get(k, len(order))))
        lex = _lexicon(tuple((k.key, k.keywords) for k in kinds))
        return cls(keys, lex, scorer)

    def read(self, text: str, called: date) -> Reading:
        """What the note says, for a call on ``called``: the note without what staff write
        around it (``stamps.set_aside``), a logged cell joined with its last entry (``as_logged``),
        the words read once per distinct text in a run.

        Only the call-back day and the event's own day depend on the call's date, so a text
        seen before costs only those (and nothing when it names no day).
        """
        text, latest = set_aside(text, called)
        words = self.cache.get(text)
        if words is None:
            words = understand_as_written(text, REFERENCE_DAY, self)
            self.cache[text] = words
        if words.callback is not None or words.event_day is not None:
            words = replace(
                words, callback=None if words.callback is None else call_back_day(text, called, words.event),
                event_day=None if words.event_day is None else event_day(text, called, words.event))
        return words if latest is None else as_logged(words, self.read(latest, called), latest)


    def whom(self, text: str, event: str) -> tuple[str | None, str | None]:
        """Whom ``event`` concerns in ``text`` (who, kin), for a note whose Event column staff
        filled with another event than the words gave ("উনার ভাই আর নেই" marked শোক: the brother)."""
        found, kin, _ = self.whom_said(text, event)
        return found, kin

    def occasion(self, text: str) -> str | None:
        """What ``text`` celebrates, for a note staff marked as a celebration whatever the words
        gave (``occasion.occasion_in``)."""
        return occasion_in(clauses(fold(without_stamps(text, date.max))))

    def whom_said(self, text: str, event: str) -> tuple[str | None, str | None, bool]:
        """``whom``, and whether the words name the person (``who.whom_said``)."""
        parts = clauses(fold(label_apart(without_stamps(text, date.max))))  # (any heading date)
        cues, _, _ = find_cues(parts, self.lexicon)
        return whom_said(parts, event, cues)


# "Khulna: জয়নাল ভাইয়ের মেয়েকে সাপে কেটেছে", "Barishal ghat: হাসান সাহেবের আব্বা ...": a place or a
# heading before a colon opening the note is no part of its first sentence (folding drops the colon,
# and "Khulna" then stood before the name, so "জয়নাল ভাই" was no longer the customer addressed) (w32)
_LABEL = re.compile(r"^(\s*[^\s\d,:;.।]+(?: [^\s\d,:;.।]+)?):(?=\s)")


# "Complaint: none", "Remarks: N/A", "সমস্যা: নাই": a sheet's field with nothing in it says nothing (set
# apart, its heading was read as the event and its "none" denied nothing); not a call's outcome
# ("Call: NA", "Status: NR": a call centre's "not answered").
_EMPTY_FIELD = re.compile(
    r"(?im)(?:^|(?<=[.;,\n]))[ \t]*(?!(?:call|called|status|tried|try|attempt|phone|ph|response|result)[ \t]*:)"
    r"[^\s\d,:;.।]+(?: [^\s\d,:;.।]+)?[ \t]*:[ \t]*"
    r"(?:n/?a|none|nil|nai|nei|no|null|nothing|-+|নাই|নেই|না|নেই কোনো|কিছু নাই|kichu nai|kono nai)[ \t]*(?=$|[.;,\n])")


# When a line of a pasted chat was sent, heading it ("[2:45 PM]", "বিকাল ৩:২০", "9:45 pm"), if the
# stamps left it (``stamps``)
_SENT_AT = (r"(?:\[[^\]\n]{1,25}\][ \t]*|(?:[^\s\d:]{1,10}[ \t]+)?[0-9\u09e6-\u09ef]{1,2}[:.][0-9\u09e6-\u09ef]{2}"
            r"(?:[ \t]*(?:am|pm))?[ \t]+)?")
# A line the staff member wrote ("Me: bhai measurement ta?", "[2:30 PM] You: apa sweater ta niben?",
# "বিকাল ৩:০০ আপনি: আপা অর্ডার কনফার্ম করবেন?"): the shop's offer or question, not what the customer
# said (w91)
_STAFF_LINE = re.compile(rf"(?im)^[ \t]*{_SENT_AT}(?:me|you|আমি|আপনি)[ \t]*:[^\n]*(?:\n|$)")
# ... and the head of a customer's line: its time and the speaker's name ("[2:45 PM] Ripon:", "বিকাল
# ৩:২০ শাহনাজ:", "Customer:")
_SPEAKER = re.compile(rf"(?im)^[ \t]*{_SENT_AT}[^\s\d,:;.।\[\]\"]+(?: [^\s\d,:;.।\[\]\"]+){{0,2}}[ \t]*:[ \t]+")


def customer_lines(text: str) -> str:
    """The note without the staff member's own lines of a pasted chat, when it has other lines,
    and without the heads of the customer's lines."""
    if ":" not in text:
        return text
    rest = _STAFF_LINE.sub("", text)
    return _SPEAKER.sub("", rest) if rest.strip() and rest != text else text


_YES = frozenset(fold(w) for w in ("হ্যাঁ", "হ্যা", "হ", "হুম", "জি", "জ্বি", "ji", "jee", "ha", "haa", "hya", "hmm",
                                   "yes", "ok", "okay", "accha", "আচ্ছা", "thik", "ঠিক"))


def chat_said(text: str) -> str:
    """A pasted chat without the heads of its lines, the staff's ("Me:") and the customer's."""
    return _SPEAKER.sub("", text)


def label_apart(text: str) -> str:
    """The note with a heading before a colon at its start set apart as a clause of its own, and
    without a field left empty ("Complaint: none")."""
    if ":" not in text:
        return text
    if _EMPTY_FIELD.search(text):
        text = _EMPTY_FIELD.sub("", text)
    return _LABEL.sub(r"\1,", text, count=1)


@lru_cache(maxsize=1)
def shipped_model() -> NgramModel:
    return NgramModel.load()


@lru_cache(maxsize=1)
def shipped_scorer() -> Scorer:
    return shipped_model().scorer()


@lru_cache(maxsize=8)
def _lexicon(kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    return Lexicon.build(kinds)


def call_back_day(text: str, called: date, event: str | None) -> date | None:
    """The day the note asks for; for a busy call, also the day they will be free."""
    day = callback_date(text, called)
    if day is None and event == "busy":
        day = free_day(text, called)
    return day


def _agreed(ranked: list[str], cues: list[Cue], parts: list[str],
            scored: tuple[dict[str, float], int], scorer: Scorer | None = None,
            denied: list[Cue] | None = None) -> list[str]:
    """The kinds the cue words found that the n-gram model, having read the whole note, does not
    contradict: "sick design apu!!", "মেয়েকে ক্লাস নাইনে ভর্তি করাতে চান", "exchange offer ache?"
    are ordinary notes whose words the model has seen in ordinary notes."""
    scores, seen = scored
    if not seen or NULL not in scores:
        return ranked
    out = []
    for k in ranked:
        if k not in scores or _the_familys_own(k, cues, parts) or any(counted_short(c.kind, c.text) for c in cues if c.kind == k):
            out.append(k)
            continue
        margin = (scores[k] - scores[NULL]) / seen
        weak = k in _WEAK and all(_weak(c) for c in cues if c.kind == k)
        if margin > (WEAK_NEED if weak else -VETO):
            out.append(k)
        elif weak and k == "illness" and scorer is not None and (unpaid := _without_money(k, cues, parts)) is not None and (
                _model_leans(k, scorer.scores(unpaid), WEAK_NEED)):
            # "abba hospital e, ekhon release hoye basay. almari er 3 ta kisti baki 7500 tk": an
            # instalment collector's dues weigh against a weak word of care (a hospital, an
            # operation) as against a clear one; the model judges the note without them, leaning
            # to the illness as for a weak word. Not a weak complaint word: "late fee", "ferot"
            # and "wrong" are as often the dues' own talk (w64)
            out.append(k)
        elif not weak and scorer is not None and (
                (unpaid := _without_money(k, cues, parts)) is not None
                and _model_allows(k, scorer.scores(unpaid))):
            out.append(k)  # "jor asse, 3 din por call, due 1500 tk": the money is no reason against it
        elif not weak and scorer is not None and len(parts) >= LONG_NOTE:
            # a long note of orders and questions that ends "... আর শেষে বললেন উনার শ্বশুর গতকাল মারা
            # গেছেন": the model judges the cue's own clauses, not the order talk around them (probe 3)
            own = " , ".join(parts[i] for i in sorted({c.clause for c in cues if c.kind == k}))
            if _model_allows(k, scorer.scores(own)):
                out.append(k)
        elif not weak and k != "busy" and scorer is not None and (apart := _denials_apart(k, cues, denied or [])):
            # "উনার জন্মদিন আইজ, ... কইলো অভিযোগ নাই কোনো": a clause that only denies another kind
            # (no complaint) is heard by the model as an ordinary note's; it judges the rest (not
            # for a busy call, whose words an ordinary note shares: "TV dekhte dekhte ghumaise ...
            # kono problem na") (w39)
            rest = " , ".join(part for i, part in enumerate(parts) if i not in apart)
            if _model_allows(k, scorer.scores(rest)):
                out.append(k)
    return out


def _without_money(kind: str, cues: list[Cue], parts: list[str]) -> str | None:
    """The note without its clauses about money that hold no cue of ``kind``, when it has any."""
    own = {c.clause for c in cues if c.kind == kind}
    if any(_about_money(parts[i]) for i in own):
        return None  # "bkash number vul dise": the money is the cue's own matter
    kept = [p for i, p in enumerate(parts) if i in own or not _about_money(p)]
    return " , ".join(kept) if len(kept) < len(parts) else None


def _about_money(clause: str) -> bool:
    """ "due 1500 tk", "baki 2500/-", "payment bkash e": a clause that speaks of money."""
    return bool(_MONEY is not None and _MONEY.search(clause) or _DUES.search(clause))


def _model_allows(kind: str, scored: tuple[dict[str, float], int]) -> bool:
    """Whether the model, having read ``scored``'s words, does not contradict a clear cue of ``kind``."""
    return _model_leans(kind, scored, -VETO)


def _model_leans(kind: str, scored: tuple[dict[str, float], int], need: float) -> bool:
    """Whether the model, having read ``scored``'s words, leans to ``kind`` by more than ``need``."""
    scores, seen = scored
    return bool(seen) and kind in scores and NULL in scores and (scores[kind] - scores[NULL]) / seen > need


def _denials_apart(kind: str, cues: list[Cue], denied: list[Cue]) -> set[int]:
    """The clauses that deny another kind than ``kind`` and hold no cue word at all."""
    with_cues = {c.clause for c in cues}
    return {d.clause for d in denied if d.kind != kind and d.clause not in with_cues}


def _remedy_sent(parts: list[str], cues: list[Cue]) -> str:
    """ "kotha hoise, replacement pathano hobe": a note whose only complaint words are a remedy the
    shop sends or has arranged is the complaint being put right (over). One that also says what
    went wrong ("ডিম ভাঙ্গা আসছে, replace kore দিবো", "wrong colour, exchange arranged") is the
    complaint itself, owed its apology."""
    if _REMEDY_SENT is None:
        return ""
    found = [(i, m) for i, clause in enumerate(parts) for m in _REMEDY_SENT.finditer(clause)]
    if not found or not all(any(i == c.clause and m.start() <= c.start and c.end <= m.end() for i, m in found)
                            for c in cues if c.kind == "complaint"):
        return ""
    return found[0][1].group()


def _expected_birth(folded: str) -> bool:
    """The note says a baby is on the way, or being born ("wife labor room e, emergency"), and
    nothing says it is born: no congratulations until a birth is noted. A labour can end in a
    loss (trial 5: the baby was stillborn the next day), so a note of the labour alone is wished
    well, like a due date next month."""
    if _BORN_WORDS is not None and _BORN_WORDS.search(folded):
        return False
    if _IN_LABOUR is not None and _IN_LABOUR.search(folded):
        return True
    return (_EXPECTED_BIRTH is not None and bool(_EXPECTED_BIRTH.search(folded))
            and not (_BIRTH_HAPPENING is not None and _BIRTH_HAPPENING.search(folded)))


_STILLBIRTH = phrase_pattern(("stillborn", "still born", "stillbirth", "still birth",
                              # a baby lost late in the pregnancy ("She lost the baby at 7 months") (w40)
                              "lost the baby", "lost their baby", "lost a baby", "lost the child"))
# Being born, not born yet: the labour ward, the pains, the operation theatre.
_IN_LABOUR = phrase_pattern(("labour", "labor", "লেবার", "delivery room", "ডেলিভারি রুম", "প্রসব ব্যথা",
                             "prosob betha", "labour room", "labor room", "in labour", "in labor"))
# Words that say the baby is born ("kal baby hoise", "delivered", "জন্ম নিয়েছে").
_BORN_WORDS = phrase_pattern(("hoise", "hoyeche", "hoyse", "হইছে", "হয়েছে", "হইসে", "অইছে", "হইলো", "hoilo",
                              "born", "gave birth", "had a baby", "had baby", "delivered", "জন্ম", "jonmo",
                              "আকিকা", "akika", "aqiqah", "নামকরণ", "nicu", "premature"))


def _the_familys_own(kind: str, cues: list[Cue], parts: list[str]) -> bool:
    """A family word just before the kind's cue: the family's own day (``FAMILY_DAYS``) or death
    (``FAMILY_RITES``, its rite), a family member's illness in a clear word
    (``FAMILY_ILLNESS``, not a weak one but for a treatment, ``lexicon.TREATMENT``: "আব্বার
    ডায়ালাইসিস"), or a baby of theirs on the way (``FAMILY_BIRTH``, "বাচ্চা হবে", not a delivery's or a date's word)."""
    treatment = _TREATMENT.fullmatch if _TREATMENT is not None else (lambda _text: None)
    if kind in FAMILY_ILLNESS and _HIMSELF is not None and any(
            c.kind == kind and treatment(c.text) and _HIMSELF.search(
                " ".join(parts[c.clause][:c.start].split()[-2:])) for c in cues):
        return True
    if kind in FAMILY_RITES and _LOST_ONE is not None and any(
            c.kind == kind and _LOST_ONE.fullmatch(c.text) for c in cues):
        return True
    return (kind in FAMILY_DAYS or kind in FAMILY_ILLNESS or kind in FAMILY_BIRTH or kind in FAMILY_RITES) and any(
        c.kind == kind and family_own(c, parts) and (
            kind in FAMILY_DAYS
            or kind in FAMILY_RITES and _RITE is not None and _RITE.fullmatch(c.text) is not None
            or kind in FAMILY_ILLNESS and (not _weak(c) or treatment(c.text) is not None)
            or kind in FAMILY_BIRTH and _weak(c) and not _DELIVERY.search(c.text))
        for c in cues)


def _weak(cue: Cue) -> bool:
    """A weak cue (``lexicon.WEAK_CUES``): a word with an ordinary sense as common as the event's."""
    weak = _WEAK.get(cue.kind)
    return weak is not None and weak.fullmatch(cue.text) is not None


def _an_item(cue: Cue, parts: list[str]) -> bool:
    """A weak cue that names goods or a service, not an event: in a clause that counts goods, a
    thing a shop sells ("3 ta bike er tyre", "প্রেসারের ওষুধ ৩০ টা"; not a complaint, "২টা কাপ
    ভাঙা", nor a celebration, "বিয়ে উপলক্ষে ৮টা শাড়ি"); in a question, what was asked about
    ("সিম কার্ড রিপ্লেসমেন্ট কোথায় করে জিজ্ঞেস করল", "asked whether we buy old TV in exchange")."""
    if not _weak(cue):
        return False
    clause = parts[cue.clause]
    return cue.kind in COUNTED_GOODS and counts_goods(clause) or asks_about(clause)


def _a_vehicles_trouble(cue: Cue, parts: list[str]) -> bool:
    """A complaint word that is the trouble of the vehicle named just before it ("বাইক নষ্ট")."""
    if cue.kind != "complaint" or VEHICLES is None or _VEHICLE_BROKEN is None:
        return False
    before = parts[cue.clause][:cue.start].split()[-1:]
    return bool(before) and VEHICLES.fullmatch(before[0]) is not None and (
        _VEHICLE_BROKEN.fullmatch(cue.text) is not None)


_LATE = phrase_pattern(("late$", "deri", "দেরি"))
# Getting better, not well yet: a person's words, shared by the two patterns below.
_GETTING_BETTER = (
    "প্রায় সুস্থ", "prae sustho", "praay sustho", "almost সুস্থ", "almost sustho", "almost recovered", "almost well",
    "nearly recovered", "better feel", "feeling better", "feels better", "ভালোর দিকে", "valor dike", "getting better",
    "improving")
_SLIGHTLY = ("a bit better", "slightly better")
_ALMOST_RECOVERED = phrase_pattern(_GETTING_BETTER + ("একটু ভালো", "ektu valo", "ektu bhalo") + _SLIGHTLY)
# ... and a thing's: "প্রায় ঠিক হয়ে গেছে", "almost repaired".
_ALMOST_WELL = phrase_pattern(_GETTING_BETTER + (
    "প্রায় ঠিক হয়ে", "prae thik hoye", "almost thik", "almost ঠিক", "almost fixed", "almost repaired",
    "nearly fixed", "nearly repaired") + _SLIGHTLY)
_NO_ANGER = phrase_pattern(lexicon.NO_ANGER)
_WILL_BE = frozenset(fold(w) for w in ("hobe", "হবে", "hbe", "hoibo", "হইবো", "hoite", "হইতে"))
_FEE = frozenset(fold(w) for w in ("fee", "ফি", "fine", "charge", "চার্জ"))


def _words_after_cue(parts: list[str], cue: Cue, n: int) -> str:
    return " ".join(parts[cue.clause][cue.end:].split()[:n])


_AGAIN = frozenset(fold(w) for w in ("আবার", "আবারো", "আবারও", "abar", "abaro", "again"))
# "আবারো বন্ধ", "again NR", "same": a logged call, in a word or three, that repeats the one before it
_SAID_AGAIN = _AGAIN | frozenset(fold(w) for w in ("same", "একই", "abr"))


def _back_again(event: str, cues: list[Cue], parts: list[str], over_words: str) -> bool:
    """The trouble came back after it was put right: "মিস্ত্রি ঠিক করে দিছে, আবার নষ্ট হয়ে গেছে",
    "repaired last week, leaking oil again" (an "again" next to one of the event's own words, after
    the words of putting right; not "repaired and working again") (round 16), or in the event's
    words themselves ("thik kore disilam, abar same problem") (w154)."""
    put_right = next(((i, part.find(over_words)) for i, part in enumerate(parts) if over_words in part),
                     (len(parts), 0))
    for c in cues:
        if c.kind != event or (c.clause, c.start) <= put_right:
            continue
        near = (parts[c.clause][:c.start].split()[-2:] + parts[c.clause][c.start:c.end].split()
                + parts[c.clause][c.end:].split()[:3])
        if _AGAIN.intersection(near):
            return True
    return False


def _someone_else(parts: list[str], event: str, cues: list[Cue],
                  answered: Answered | None = None) -> Callable[[int, int], bool] | None:
    """For ``over_in``: whether the words before an over word are about someone other than whom
    the illness concerns ("ছেলে ভালো আছে" after the daughter's fever; "husband ঠিক আছে but শাশুড়ি
    admitted"; "উনিও ঠিক আছেন", a pronoun after
    another person's "fine") (probe 3)."""
    if event != "illness":
        return None
    answered = answered or Answered.of(parts)
    person, kin, _ = whom_said(parts, event, cues, answered)
    skipped = False

    def other(index: int, start: int) -> bool:
        nonlocal skipped
        said = someone_else(parts[index][:start], person, kin, answered.terms, answered.picked_up.get(index))
        if said is None:
            return skipped and bool(_PRONOUN is not None and _PRONOUN.search(parts[index][:start]))
        skipped = said
        return said
    return other


_PRONOUN = phrase_pattern(("uni$", "unar", "tini$", "she$", "he$", "tar$", "o$"))
_SENT_SHORT = phrase_pattern(lexicon.SENT_SHORT)
_NOT_IN_HAND = phrase_pattern(lexicon.NOT_IN_HAND)
_WAGES = phrase_pattern(lexicon.WAGES)
_MONEY = phrase_pattern(lexicon.MONEY)
# dues with their amount ("baki 2500", "rs 500") or to be paid, and an amount written "2500/-"
_DUES = re.compile(r"(?<![a-z0-9])(?:baki|bki|rs)(?![a-z0-9])(?=.*[0-9])|[0-9]{3,} /(?! ?[0-9])"
                   r"|(?<![a-z0-9])baki(?: taka| tk)?(?: [a-z]+)? dib")  # "baki pore dibe": the dues paid later
_RENTAL = phrase_pattern(lexicon.RENTAL)
_RETURNED = phrase_pattern(lexicon.RETURNED)


# Any day: whether a note names a call-back day does not depend on which day it was written.
REFERENCE_DAY = date(2026, 1, 1)


def as_logged(whole: Reading, last: Reading, latest: str) -> Reading:
    """The reading of a cell that logs several calls (``stamps.set_aside``: ``latest``, read as
    ``last``): an earlier unanswered call is no busy call once the last one was answered, unless
    the last only says "again" ("21/11: ফোন বন্ধ // 22/11: আবারো বন্ধ"), and the day to call on is
    the last call's (a "kal" of three days ago is gone)."""
    repeated = last.event is None and len(latest.split()) <= 3 and bool(_SAID_AGAIN.intersection(fold(latest).split()))
    if whole.event == "busy" and last.event != "busy" and not repeated:
        return last
    if whole.event is None and last.event == "busy":
        return last  # "12/10: ordered 5 sets, asked to call back // 15/10: phone not reachable" (w51)
    return replace(whole, callback=last.callback, event_day=last.event_day, moves_day=last.moves_day)


def understand_as_written(text: str, called: date, reader: NoteReader) -> Reading:
    """What a note whose stamps are already set aside says, for a call on ``called``
    (``NoteReader.read`` caches the words of the text it keeps, read for ``REFERENCE_DAY``)."""
    labelled = label_apart(text)
    folded = fold(labelled)
    parts = clauses(folded)
    cues, gone, denied = find_cues(parts, reader.lexicon)
    # "Rahima apa: বৃহস্পতিবার কল দিও": a name heading the note, with no cue, is no words for the model
    said = (" , ".join(parts[1:]) if labelled != text and len(parts) > 1
            and not any(c.clause == 0 for c in cues + gone + denied) else folded)
    # "abba naki pore gese": hearsay's নাকি (so they say) inside a clause is no question for the
    # model, which learned "naki" from questions at a clause's end ("dibo naki?") (w72)
    said = _HEARSAY.sub("", said)
    if (them := customer_lines(text)) != text:
        # a pasted chat: the model hears what the customer wrote, not the staff's own offer or
        # question ("Me: apa sweater ta niben?" made a customer's "ekhon class nitesi" an order) (w91)
        said = _HEARSAY.sub("", fold(chat_said(text)))
    theirs = folded if them == text else fold(them)  # the customer's lines of a chat, folded once
    if denied:  # "gari nosto hoy nai, just servicing korabe": only routine, of a kind the note denies
        cues = [c for c in cues if not (_weak(c) and any(d.kind == c.kind for d in denied)
                                        and _JUST.intersection(parts[c.clause][:c.start].split()[-2:]))]
    gone = [c for c in gone if not (_weak(c) and _PROBLEM is not None and _PROBLEM.fullmatch(c.text))]
    if not_theirs(folded):
        cues = [c for c in cues if c.kind not in PERSONAL]
    # the shop's offer in a pasted chat ("Me: apa order confirm korben?") is no order the customer
    # gave: a customer busy in their reply stays busy (w91)
    if ordinary_busy(cues, parts, theirs, any(
            d.kind in ANIMAL_KINDS and d.end and animals_event(parts[d.clause], d.start, d.end) for d in denied)):
        cues = [c for c in cues if c.kind != "busy"]
    if (_THROWN_FROM is not None and _THROWN_FROM.search(folded) and "illness" in reader.kinds
            and not any(c.kind == "illness" for c in cues)):
        # "husband er accident, bike theke pore gese": someone thrown from the bike, so the
        # accident is an injury (illness), not the vehicle's trouble (trial 10)
        cues = [replace(c, kind="illness") if c.kind == "vehicle_trouble" else c for c in cues]
    if pregnancy_complication(cues, folded):
        cues = [replace(c, kind="illness") if c.kind == "newborn" else c for c in cues]
    if angry_at_the_call(cues, folded) or call_cut(cues, parts):
        cues = [c for c in cues if c.kind != "complaint"]
    if any(c.kind == "complaint" for c in cues):
        # "দাগ ছিল, কিন্তু চলবে, কোনো অভিযোগ নাই": the note itself says it is not a complaint
        denial = max(complaint_retracted_at(folded, parts), -1 if resolved(parts) else complaint_denied(parts))
        cues = [c for c in cues if c.kind != "complaint" or c.clause > denial]
    if any(c.kind == "illness" for c in cues + gone) and (calm := nobody_ill(parts)) >= 0:
        # "শিশুর জ্বরের সিরাপ আর স্যালাইন নিলেন ... এখন কেউ অসুস্থ না": medicine to keep at home
        cues = [c for c in cues if c.kind != "illness" or c.clause > calm]
        gone = [c for c in gone if c.kind != "illness" or c.clause > calm]
        denied = denied + [Cue("illness", calm, 0, 0, "")]
    if shop_vehicle(folded):  # the shop's own van: not the customer's trouble, cue or model
        denied = denied + [Cue("vehicle_trouble", 0, 0, 0, "")]
        cues = [c for c in cues if c.kind != "vehicle_trouble"]
    if _NO_ANGER is not None:  # "delivery late hoise bole kono rag nai": not a complaint (probe 3)
        unangry = {i for i, clause in enumerate(parts) if (m := _NO_ANGER.search(clause))
                   and clause[:m.start()].split()[-1:] != ["ar"]}
        cues = [c for c in cues if not (c.kind == "complaint" and c.clause in unangry)]
    # "delivery late হবে", "mal aste deri hobe": a delay told ahead, not a complaint about one (probe 3)
    # Nor "baki 9000+ late fee", "লেট ফি মাফ": an instalment's charge for paying late (w64)
    cues = [c for c in cues if not (c.kind == "complaint" and _LATE is not None and _LATE.fullmatch(c.text)
                                    and _words_after_cue(parts, c, 1) in _WILL_BE | _FEE)]
    if _SENT_SHORT is not None and _MONEY is not None:
        # "bKash নম্বরে ভুল করে ২০০ কম পাঠাইছে": money sent short, not goods
        cues = [c for c in cues if not (c.kind == "complaint" and _SENT_SHORT.fullmatch(c.text)
                                        and _MONEY.search(parts[c.clause]))]
    if _NOT_IN_HAND is not None and _WAGES is not None:
        # "salary ekhono hate pay nai": money or wages not in hand, not goods ordered (w100)
        cues = [c for c in cues if not (c.kind == "complaint" and _NOT_IN_HAND.fullmatch(c.text)
                                        and (_about_money(parts[c.clause]) or _WAGES.search(parts[c.clause])))]
    if _RENTAL is not None and _RETURNED is not None and _RENTAL.search(folded):
        # "শেরওয়ানি ফেরত এসেছে, জামানত ফেরত দেওয়া হয়েছে": a rental and its deposit coming back (w24)
        cues = [c for c in cues if not (c.kind == "complaint" and _RETURNED.match(c.text))]
    cues = [c for c in cues if not _an_item(c, parts) and not _a_vehicles_trouble(c, parts)]
    # "bhanga rastay atki gese": a broken road is no broken goods (the word right after it only:
    # "ভাঙা রাস্তায় আসতে গিয়া কমোড ভাঙা আইছে" is still a complaint) (w29)
    cues = [c for c in cues if not (c.kind == "complaint" and c.text in _BROKEN
                                    and _words_after_cue(parts, c, 1).startswith(_ROAD))]
    if _DOCTOR_IN_OT.search(folded):  # "Dr. Ehsan OT তে": the doctor operating, nobody's surgery (w29)
        cues = [c for c in cues if not (c.kind == "illness" and c.text in _IN_OT)]
    kinds = {c.kind for c in cues if c.kind in reader.kinds}
    ranked = [k for k in reader.kinds if k in kinds]
    scored = None  # the model's scores: worked out at most once a note, for both checks below
    if ranked and reader.scorer is not None:
        scored = reader.scorer.scores(said)
        ranked = _agreed(ranked, cues, parts, scored, reader.scorer, denied)
        if (_STILLBIRTH is not None and "bereavement" not in ranked
                and any(c.kind == "bereavement" and _STILLBIRTH.fullmatch(c.text) for c in cues)):
            # "the baby was stillborn": the model has heard "baby" in births; a death in the
            # delivery is a bereavement (schema), and it must never be congratulated (trial 5)
            ranked = ["bereavement", *ranked]
        if (not ranked and "illness" in kinds and any(d.kind == "bereavement" for d in denied)):
            # "shashuri hospital e, mara jan nai, bhul shunsilam": the death taken back, the stay in
            # hospital stands; a denied death beside an illness word makes it no look-alike of a
            # hospital job (trial 5, M8)
            ranked = ["illness"]
    event = ranked[0] if ranked else None
    callback = callback_date(text, called)
    gone_words = ""
    if (event is None and not gone and callback is not None and "busy" in reader.kinds
            and (len(said.split()) <= ONLY_A_DAY_WORDS
                 or _NOTHING_ELSE is not None and bool(_NOTHING_ELSE.search(folded)))
            and (_COMMERCE is None or not _COMMERCE.search(folded))):
        event = "busy"  # "বৃহস্পতিবার কল দিও": a call-back day and nothing else said
    if event is None and not gone and "busy" in reader.kinds and _DOCTOR_IN_OT.search(folded):
        event = "busy"  # "Dr. Nasrin in OT whole day": the doctor operating, not a patient (w29)
    if event is None and not gone and reader.scorer is not None:
        best, margin, seen = best_of(*(scored or reader.scorer.scores(said)))
        if them != text and "busy" in reader.kinds and not (best == "busy" and margin >= MODEL_ALONE):
            # a pasted chat whose customer only says they are busy ("ekhon site e, budhbar call
            # dio") after the staff's offer ("Me: bhai showcase er measurement ta?"): the model
            # hears the customer's lines for a busy call, the offer's words drowned it (w91)
            # (not a reply saying yes to it: "হ্যাঁ, শনিবার ফোন দিয়েন" takes the offer up)
            alone = best_of(*reader.scorer.scores(_HEARSAY.sub("", theirs)))
            if alone[0] == "busy" and not _YES.intersection(theirs.split()[:1]):
                best, margin, seen = alone
        if (best != NULL and best in reader.kinds and margin >= MODEL_ALONE and seen >= MODEL_MIN_FEATURES
                and not any(c.kind == best for c in denied)
                # nor a failed call in a note saying they talked ("kotha holo, ... pore call korbo":
                # staff's own plan to call again, trial 12)
                and not (best == "busy" and talked(folded))
                # nor a birth in "babu o ma duijonei valo ache": how mother and baby are (trial 15)
                and not (best == "newborn" and _BOTH_WELL is not None and _BOTH_WELL.search(folded))
                # nor a complaint whose look-alike the note names ("battery dead, replace korte
                # dise": a job handed in; re-trained on w26, the model heard "dead" and "replace"
                # in phones that arrived dead; other kinds: it cost notes, measured in round 10)
                and not (best == "complaint" and reader.lexicon.looks_alike(best, folded))
                and not (best in ("bereavement", "illness") and _COUNTED is not None and _COUNTED.search(folded))
                # vehicle trouble is a vehicle's: with none in the note ("milad hoye gese", the
                # prayers after a death held), the model's ear for "hoye gese" is not enough
                and not (best == "vehicle_trouble" and VEHICLES is not None and not VEHICLES.search(folded))):
            event = best  # (not a kind the note denies: "the car is fine, no breakdown")
            if (event in ("newborn", "bereavement", "celebration") and _RECOVERED is not None
                    and (well := _RECOVERED.search(folded))):
                # "মেয়ে ভালো হয়ে গেছে" (the model hears মেয়ে হয়েছে): someone got well
                event = "illness" if "illness" in reader.kinds else None
                gone_words = well.group()
    over_words = gone_words if event == "illness" else ""
    if event == "illness" and not over_words and (was := _WAS_NOW_GONE.search(folded)):
        over_words = was.group()  # "jor chilo, ekhon nai": it was there, it is not now
    if event in ("celebration", "busy") and any(c.kind == "illness" for c in gone) and "illness" in reader.kinds:
        # "মেয়ের জ্বর এখন নেই, তাই birthday party হবে": an illness gone by, before the day it lets
        # happen, is the event the note is about, over (the schema's precedence) (w38)
        event, over_words = "illness", next(c.text for c in gone if c.kind == "illness")
    if event is None and gone:
        event = next(k for k in reader.kinds if any(c.kind == k for c in gone))
        over_words = gone[0].text
    # who answered the phone and how the note speaks of the customer, read once for whom the
    # event concerns and whom an "over" word speaks of (an event found below reads its own)
    answered = Answered.of(parts) if event is not None else None
    if event is not None and event not in NEVER_OVER and not over_words:
        over_words = over_in(parts, event, _someone_else(parts, event, cues, answered)) or ""
        if over_words and _back_again(event, cues, parts, over_words):
            over_words = ""
        if over_words and any(f"{over_words} {but} " in folded for but in ("kintu", "but", "tbe")):
            # "কাঁথা ঠিক আছে কিন্তু courier এর লোক খারাপ ব্যবহার করছে": fine, but for what follows,
            # as with a comma before the "but" (w44)
            over_words = ""
    if event is not None and event not in NEVER_OVER and not over_words:
        # "pump er warranty claim korsilo, notun pump dise, ekhon ar kono rag nai": the event's
        # words, then a later clause saying it is there no longer (w20)
        last = max((c.clause for c in cues if c.kind == event), default=len(parts))
        over_words = next((c.text for c in gone if c.kind == event and c.clause > last), "")
    if event == "complaint" and not over_words:
        over_words = _remedy_sent(parts, cues)
    if (event is None and not gone and "illness" in reader.kinds and _GOT_WELL is not None
            and (well := _GOT_WELL.search(folded))
            and not (_ASKED_WELL.search(folded[:well.start()])
                     and _ASKED_MARK.match(folded[well.end():]))):
        event, over_words = "illness", well.group()  # "bon sustho hoye basay firse": got well
    if event is None and not gone and _ALMOST_WELL is not None and (almost := _ALMOST_WELL.search(folded)):
        # "ছেলে almost সুস্থ, কিন্তু এখনো antibiotic", "বাইক প্রায় ঠিক হয়ে গেছে, পার্টস আসলেই হবে":
        # getting better is not well yet; a vehicle's when the note names one (probe 3)
        kind = ("vehicle_trouble" if VEHICLES is not None and VEHICLES.search(folded)
                and not (_ALMOST_RECOVERED is not None and _ALMOST_RECOVERED.search(almost.group()))
                else "illness")
        if kind in reader.kinds:
            event = kind
    if event is None and not gone and _REPAIRED is not None and (fixed := _REPAIRED.search(folded)):
        # "মিস্ত্রি গিয়া ঠিক করছে, অখন ভালা": the shop's repair put a fault right (w21)
        kind = "vehicle_trouble" if VEHICLES is not None and VEHICLES.search(folded) else "complaint"
        if kind in reader.kinds:
            event, over_words = kind, fixed.group()
    if (event is None and not gone and "vehicle_trouble" in reader.kinds and _HAD_REPAIRED is not None
            and VEHICLES is not None and VEHICLES.search(folded) and not shop_vehicle(folded)
            and (fixed := _HAD_REPAIRED.search(folded))):
        # "ইঞ্জিনভ্যান ঠিক করাইছে" (w43), "bike er wiring burn hoye gechilo, thik kora hoise" (w45):
        # the customer's vehicle repaired, the trouble over
        event, over_words = "vehicle_trouble", fixed.group()
    if event in NEVER_OVER:
        over_words = ""
    if event == "busy" and callback is None:
        callback = free_day(text, called)  # "এখন না, মাগরিবের পরে": when they will be free
    evidence = next((c.text for c in cues if c.kind == event), "")
    who, kin, named = whom_said(parts, event, cues, answered)
    if event == "celebration" and who == "friend" and _SURPRISE is not None and _SURPRISE.search(folded):
        # "bondhu r surprise bday, 1 pound choco truffle": a surprise for a friend's day is the
        # customer's present to someone else (SCHEMA.md: good news in the customer's own life or
        # family; the earlier writers' "bondhur birthday gift" are none); "dost er biye" alone is
        # still the friend's (w55)
        event, who, kin, named, over_words, evidence = None, None, None, False, "", ""
    if kin == OTHERS_FAMILY:
        kin = None
        if event in ("illness", "bereavement") and "busy" in reader.kinds and any(c.kind == "busy" for c in cues):
            # "boss's wife is in hospital, he is running around, very busy": someone else's
            # family, and the customer busy for them: a busy call, as the corpus reads "at a
            # funeral for her colleague's father, couldn't talk" (trial 5)
            event, who, named, over_words, evidence = "busy", "self", False, "", next(
                c.text for c in cues if c.kind == "busy")
            if callback is None:
                callback = free_day(text, called)
    return Reading(
        event=event,
        over=bool(over_words),
        who=who,
        kin=kin,
        named=named,
        callback=callback,
        evidence=evidence,
        over_words=over_words,
        expected=event == "newborn" and _expected_birth(folded),
        refers=refers_back(parts, {i for c in cues if c.kind == event for i in (c.clause - 1, c.clause)}
                           if any(c.kind == event for c in cues) else None),
        still=_STILL.search(text) is not None,
        moves_day=(event in (None, "busy") and callback is not None and takes_back_a_day(text)
                   and (_COMMERCE is None or not _COMMERCE.search(folded))),
        # Half a year on too: a month named without a day is the event's only while it is ahead
        # ("biye december e"), so the as-written pass must not miss one that is behind its day.
        event_day=event_day(text, called, event) or event_day(text, called + timedelta(days=183), event),
        occasion=occasion_in(parts, next((c.clause for c in cues if c.kind == event), None))
        if event == "celebration" else None,
    )
