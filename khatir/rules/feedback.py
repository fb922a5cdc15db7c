"""Feedback: what kind it is (detected from the words when staff left it blank) and
what needs doing first.

Detection is a keyword match on the text, Bengali, English and romanised Bengali
(keyword lists are in the settings, ``[feedback]``). Because a missed complaint
costs far more than a false alarm:

* overlapping matches are settled by the longest phrase first ("ভালো না" / "not
  good" is negative although "ভালো" / "good" is positive; "ভালো হতো" — "it would
  be better" — is a suggestion);
* then negative beats suggestion, and suggestion beats positive: "thank you, but the
  delivery was late" is negative.

Text with none of the keywords stays undetected (``None``): the section lists it for
a person to read rather than guessing.

Pure functions; ``today`` is always an argument.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Container, Iterable, Mapping

from ..errors import ConfigError, refuse_unknown_keys
from ..settings_texts import FEEDBACK_NOT_WHOLE, FEEDBACK_NOT_WORDS, FEEDBACK_NOT_YES_NO

from ..sheet.parse import match_key
from ..sheet.identity import feedback_identity
from ..sheet.records import Feedback

POSITIVE, NEGATIVE, SUGGESTION = "positive", "negative", "suggestion"
PRIORITY = (NEGATIVE, SUGGESTION, POSITIVE)  # which sentiment wins when several appear

DEFAULT_KEYWORDS: dict[str, tuple[str, ...]] = {
    NEGATIVE: (
        # English: a Latin keyword matches whole words only, so list the forms.
        "bad", "very bad", "poor", "poor quality", "terrible", "awful", "horrible", "worst",
        "late", "too late", "delay", "delayed", "rude", "broken", "damaged", "defective",
        "dirty", "stale", "was cold", "were cold", "disappointed", "disappointing", "disappointment", "unhappy",
        "not happy", "angry", "upset", "complaint", "complain", "complained", "refund",
        "returned", "never again", "not good", "not great", "not the best", "not satisfied",
        "dissatisfied", "unsatisfied", "waste", "wasted", "overpriced", "too expensive",
        "wrong", "nobody called", "no one called", "no response", "ignored", "problem",
        "problems", "issue", "fake", "torn", "faded", "didn't like", "did not like",
        "didnt like", "don't like", "not worth", "cheated", "scam", "should have",
        "missing", "not received", "never received", "never arrived", "didn't arrive",
        "did not arrive", "less than ordered",
        # a meetup that went badly ("Too crowded and hot, nobody explained the offers properly")
        "too crowded", "overcrowded", "too hot", "too noisy", "too long", "nobody explained",
        "no one explained", "not explained", "not properly", "badly organised", "badly organized",
        "disorganised", "disorganized", "waited too long", "boring", "unhelpful", "not helpful",
        # (a wait as "we waited": "I waited all year for this, loved it" is no complaint)
        # a good word with a complaint beside it (the seventh trial: "Nice evening but the music was
        # too loud and we waited 40 minutes for coffee", "অনুষ্ঠান ভালো ছিল, তবে পার্কিং পাইনি" both
        # counted happy): too much of something, a wait, something not got
        "too loud", "too sweet", "too salty", "too oily", "too spicy", "too dry", "too slow",
        "too small", "too cold", "too costly", "we waited", "had to wait", "kept waiting",
        "kept us waiting", "didn't get", "did not get", "couldn't get", "could not get",
        "couldn't find", "could not find", "no parking",
        # Romanised Bengali
        "kharap", "baje", "faltu", "deri", "jhamela", "valo na", "bhalo na", "kom eseche",
        "kom esheche", "kom asche", "kom peyechi", "ekhono pai nai", "ekhono paini",
        "pai nai", "paini", "pai ni", "thanda chilo", "thanda chhilo", "thanda silo",
        # Bengali: matched anywhere in a word (endings attach to the word).
        "খারাপ", "বাজে", "জঘন্য", "ফালতু", "দেরি", "বিলম্ব", "অসন্তুষ্ট", "অখুশি", "খুশি না",
        "খুশি নই", "হতাশ", "বিরক্ত", "অভিযোগ", "ভাঙা", "ছেঁড়া", "ছেড়া", "নষ্ট", "ফাটা", "নকল",
        "ঠকিয়েছে", "ঠকানো", "ঠকেছি", "প্রতারণা", "ভালো না", "ভাল না", "ভালো লাগেনি",
        "ভাল লাগেনি", "ভালো ছিল না", "ভালো হয়নি", "পছন্দ হয়নি", "পছন্দ হয় নি", "দাম বেশি",
        "দাম অনেক বেশি", "ফেরত", "রিফান্ড", "কেউ ফোন করেনি", "কেউ ফোন ধরেনি", "সমস্যা", "ভুল",
        "নিম্নমানের", "আর কিনব না", "আর আসব না", "ঝামেলা", "রেগে", "ঠান্ডা ছিল", "ঠাণ্ডা ছিল",
        # goods short or not come: "গত চালানে ৩টা শাড়ি কম এসেছে"
        "কম এসেছে", "কম পেয়েছি", "কম দিয়েছে", "কম দিয়েছেন", "এখনো পাইনি", "এখনও পাইনি",
        "এখনো আসেনি", "এখনও আসেনি", "পৌঁছায়নি", "পৌঁছেনি", "মিসিং",
        # something not got ("বসার জায়গা পাইনি", "পার্কিং পাই নাই"), a wait
        "পাইনি", "পাই নাই", "পাই নি", "অপেক্ষা করতে হয়েছে", "বসিয়ে রেখেছে",
        "খুব ভিড়", "অনেক ভিড়", "খুব গরম", "কেউ বুঝিয়ে বলেনি", "কেউ বুঝিয়ে দেয়নি", "অগোছালো",
        # the room itself, told as how it felt (the sixth story trial: "জায়গা খুব ছোট ছিল, গরম
        # লাগছিল" was left for a person to read, so nobody apologised until Sentiment was set)
        "ছোট ছিল", "ছোট হয়েছে", "ছোট হইছে", "গরম লাগছিল", "গরম লেগেছে", "গরম লাগছে", "বসার জায়গা ছিল না",
        "বসার জায়গা নেই", "কষ্ট হয়েছে", "কষ্ট হইছে", "কষ্ট পেয়েছি", "too small", "cramped",
        "no place to sit", "nowhere to sit", "no seats", "choto chilo", "gorom lagchilo",
        "kosto hoise", "kosto hoyeche",
    ),
    SUGGESTION: (
        "suggest", "suggestion", "suggestions", "would help", "would be nice",
        "would be great", "would be better", "would be good", "would love", "could you",
        "please add", "please consider", "please keep", "please bring", "you should",
        "should add", "wish", "i wish", "hope you", "how about", "why not", "add more",
        "more options", "more colours", "more colors", "idea", "better if",
        "valo hoto", "bhalo hoto", "rakhle", "dorkar",
        "পরামর্শ", "প্রস্তাব", "অনুরোধ", "ভালো হয়", "ভালো হতো", "ভালো হবে", "ভাল হয়",
        "ভাল হতো", "ভাল হবে", "থাকলে ভালো", "রাখলে ভালো", "করলে ভালো", "রাখলে", "রাখুন",
        "রাখবেন", "যোগ করুন", "যোগ করলে", "উচিত", "আরও বেশি", "আরো বেশি", "দরকার",
        "চালু করুন", "চালু করলে", "যদি", "ভেবে দেখবেন",
    ),
    POSITIVE: (
        "good", "very good", "great", "excellent", "love", "loved", "lovely", "nice",
        "amazing", "wonderful", "awesome", "happy", "very happy", "thank you", "thanks",
        "best", "beautiful", "perfect", "helpful", "friendly", "enjoyed", "enjoy",
        "satisfied", "recommend", "will recommend", "fantastic", "superb", "not bad",
        "no problem", "no problems", "on time", "well done", "fine",
        "valo", "bhalo", "darun", "khushi", "dhonnobad", "sundor", "osadharon",
        "ভালো", "ভাল", "খুব ভালো", "চমৎকার", "দারুণ", "দারুন", "অসাধারণ", "সুন্দর", "খুশি",
        "ধন্যবাদ", "পছন্দ হয়েছে", "ভালো লেগেছে", "ভালো লাগল", "ভালো লাগলো", "মান ভালো",
        "সেরা", "মুগ্ধ", "আবার আসব", "আবার কিনব", "সমস্যা নেই", "কোনো সমস্যা নেই",
        "সমস্যা হয়নি", "সমস্যা নাই", "সমস্যা হয় নাই", "দেরি হয়নি", "সময়মতো", "ঠিক সময়ে", "খারাপ না", "খারাপ লাগেনি",
    ),
}

# Liking or satisfaction said not to be there ("একদম পছন্দ হয় নাই", "ছবির মত না", "valo lage nai",
# "not as pictured", "not happy at all"): negative, whatever the keyword lists say, because the
# words of liking are themselves positive keywords (the third month's trial, F5). A few words may
# stand between ("পছন্দ হয় নাই", "not really happy"), never a comma or a full stop: "খুশি, কোনো
# সমস্যা নাই" is happy.
_BN_LIKE = ("পছন্দ", "ভালো লাগ", "ভাল লাগ", "খুশি", "সন্তুষ্ট", "মনমতো", "মনমত", "মনের মত", "মনের মতো",
            "ছবির মত", "ছবির মতো", "ছবির মতন", "ছবির সাথে মিল", "ছবির সঙ্গে মিল", "ছবির সাথে", "ছবির সঙ্গে",
            "ছবিতে যেমন", "যেমন দেখানো", "মিল", "মানানসই", "ঠিকঠাক", "আরাম", "ফিট")
_BN_BETWEEN = ("হয়", "হয়ে", "হলো", "হল", "হইল", "হইছে", "লাগে", "লাগলো", "লাগল", "একদম", "একেবারে", "একেবারেই",
               "তেমন", "খুব", "বেশি", "আর", "মোটেও", "মোটেই", "তো", "ঠিক", "একটুও", "কিছুই", "হচ্ছে", "করে")
_BN_NOT = ("না", "নাই", "নেই", "নয়", "নই", "নি", "হয়নি", "হয়নাই", "হইনি", "হলোনা", "লাগেনি", "লাগেনাই",
           "মিলেনি", "মেলেনি", "মিলেনাই", "পাইনি")  # or "নি"/"নাই" on the liking word itself (মিলেনি)
_LAT_LIKE = ("posondo", "pochondo", "pochhondo", "pochondo", "posond", "valo lag", "bhalo lag", "valo lg",
             "khushi", "khusi", "shontushto", "sontusto", "chobir moto", "chobir mto", "chobir moton",
             "picture er moto", "chobir sathe mil", "moner moto", "fit")
_LAT_BETWEEN = ("hoy", "hoi", "hoye", "holo", "lage", "lagse", "ekdom", "ekdum", "totota", "ar", "beshi",
                "moteo", "kisui", "ekto", "ektuo", "to")
_LAT_NOT = ("na", "nai", "nei", "ni", "noy", "hoyni", "hoynai", "lageni", "lagenai")
_EN_NOT = r"(?:not|isn't|isnt|wasn't|wasnt|aren't|weren't|never)"
_EN_LIKE = (r"happy|satisfied|pleased|impressed|comfortable|worth it|worth the (?:price|money)|"
            r"as (?:pictured|shown|described|advertised|expected|in the (?:picture|photo|pic)s?)|"
            r"like (?:the|in the) (?:picture|photo|pic|image)s?|what i (?:ordered|expected|saw)|"
            r"the (?:same|right) (?:colou?r|size|design|fabric)|the same as")
_EN_DID_NOT = r"(?:didn't|didnt|did not|don't|dont|do not|doesn't|doesnt|does not)"
# Too much of anything, said as a construction rather than word by word (the thirteenth blind
# trial: "Lovely collection but the prices are too high and the AC was not working" was counted
# happy, since only "too loud", "too sweet", ... were listed): "was / are / way / a bit too"
# and a word is a complaint, except the few kind ones ("too good to be true", "too kind").
_EN_TOO_KIND = r"(?:good|nice|kind|cute|sweet of|lovely|beautiful|generous|happy|excited|busy to)(?![a-z])"
_EN_TOO_AFTER = ("is", "are", "was", "were", "be", "been", "felt", "feel", "feels", "seemed", "seems", "looked",
                 "looks", "got", "way", "far", "bit", "little", "much", "just")  # (only the "too" is shown)
_EN_TOO = ("(?:" + "|".join(f"(?<=(?<![a-z']){w} )" for w in _EN_TOO_AFTER) + r")too\s+(?!"
           + _EN_TOO_KIND + r")[a-z]+")
# ... and a thing that did not work ("the AC was not working", "the trial room light didn't work")
_EN_NOT_WORKING = (r"(?<![a-z'])(?:" + _EN_NOT + r"\s+working|" + _EN_DID_NOT + r"\s+work|stopped working|"
                   r"out of order)(?![a-z])")


def _bn_word(words: Iterable[str]) -> str:
    """Any of ``words`` (longest first), in the form ``_normal`` gives the text."""
    return "(?:" + "|".join(re.escape(match_key(w)) for w in sorted(words, key=len, reverse=True)) + ")"


_NEGATED = re.compile(
    # Bengali: a word of liking, up to three words between, a "not" (a word, or at a word's end)
    r"(?<![\u0980-\u09ff])" + _bn_word(_BN_LIKE) + r"[\u0980-\u09ff]*(?:\s+" + _bn_word(_BN_BETWEEN) + r"(?![\u0980-\u09ff])){0,3}"
    r"(?:\s+" + _bn_word(_BN_NOT) + r"|[\u0980-\u09ff]*(?:নি|নাই))(?![\u0980-\u09ff])"
    # Banglish
    r"|(?<![a-z])" + _bn_word(_LAT_LIKE) + r"[a-z]*(?:\s+" + _bn_word(_LAT_BETWEEN) + r"(?![a-z])){0,3}"
    r"\s+" + _bn_word(_LAT_NOT) + r"(?![a-z])"
    # English: "not happy", "not really as pictured", "didn't fit", "does not match the photo"
    r"|(?<![a-z'])" + _EN_NOT + r"(?:\s+(?:very|really|at all|too|so|quite|that|exactly|even|what))?\s+(?:"
    + _EN_LIKE + r")(?![a-z])"
    r"|(?<![a-z'])" + _EN_DID_NOT + r"\s+(?:really\s+)?(?:like|love|fit|match|look like)(?![a-z])"
    r"|(?<![a-z])(?:differ(?:s|ent)?|nothing like) (?:from |to )?(?:the |in the )?(?:picture|photo|pic|image)s?(?![a-z])"
    # English: too much of something; a thing that did not work
    r"|" + _EN_TOO + r"|" + _EN_NOT_WORKING)
NEGATED = "not liked"  # stands for the rule above among the keywords (its Detection names the words)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


# --------------------------------------------------------------------------
# Settings


@dataclass(frozen=True)
class FeedbackSettings:
    """The ``[feedback]`` table of the settings file (every key optional).

    ``negative_keywords`` / ``suggestion_keywords`` / ``positive_keywords`` replace
    the built-in list of that sentiment when given.
    """

    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_KEYWORDS))
    thank_you: bool = False  # prepare a thank_you message for positive feedback
    thank_you_within_days: int = 14  # ... only for feedback this recent

    @classmethod
    def from_section(cls, section: Mapping[str, Any] | None) -> FeedbackSettings:
        section = dict(section or {})
        lists = {f"{s}_keywords": s for s in PRIORITY}
        allowed = {"thank_you", "thank_you_within_days", *lists}
        refuse_unknown_keys("feedback", section, sorted(allowed))
        keywords = dict(DEFAULT_KEYWORDS)
        for name, sentiment in lists.items():
            if name in section:
                value = section[name]
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ConfigError(FEEDBACK_NOT_WORDS, name=name, value=repr(value))
                keywords[sentiment] = tuple(value)
        thank = section.get("thank_you", False)
        if not isinstance(thank, bool):
            raise ConfigError(FEEDBACK_NOT_YES_NO, value=repr(thank))
        within = section.get("thank_you_within_days", 14)
        if isinstance(within, bool) or not isinstance(within, int) or within < 0:
            raise ConfigError(FEEDBACK_NOT_WHOLE, value=repr(within))
        return cls(keywords, thank, within)


# --------------------------------------------------------------------------
# Detection


def _normal(text: str) -> str:
    return match_key(str(text).translate(_APOSTROPHES))


def _pattern(keyword: str) -> str:
    """A Latin keyword is a whole word (so "late" is not "later"); a Bengali one may sit
    inside a word, because Bengali adds its endings to the word itself (দেরিতে)."""
    escaped = re.escape(keyword).replace(r"\ ", r"\s+")
    if keyword[:1].isascii() and keyword[:1].isalnum():
        return r"(?<![a-z0-9'])" + escaped + r"(?![a-z0-9])"
    return escaped


@dataclass(frozen=True)
class Detection:
    sentiment: str
    keyword: str  # the word that decided it, as configured


@dataclass(frozen=True)
class SentimentDetector:
    patterns: tuple[tuple[str, str, re.Pattern[str]], ...]  # (sentiment, keyword, pattern)

    @classmethod
    def from_keywords(cls, keywords: Mapping[str, Iterable[str]]) -> SentimentDetector:
        compiled = []
        for sentiment in PRIORITY:
            for word in keywords.get(sentiment, ()):
                key = _normal(word)
                if key:
                    compiled.append((sentiment, word, re.compile(_pattern(key))))
        return cls(tuple(compiled))

    def detect(self, text: str) -> Detection | None:
        """The sentiment of ``text`` (see the module docstring), or None when no keyword is in it."""
        norm = _normal(text)
        # (the negation rule names the words it found: "detected from the word “পছন্দ হয় নাই”")
        matches = [(m.start(), m.end(), sentiment, m.group() if word is NEGATED else word)
                   for sentiment, word, pattern in ((NEGATIVE, NEGATED, _NEGATED), *self.patterns)
                   for m in pattern.finditer(norm)]
        kept: list[tuple[int, int, str, str]] = []
        for start, end, sentiment, word in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
            if all(end <= k[0] or start >= k[1] for k in kept):
                kept.append((start, end, sentiment, word))
        for sentiment in PRIORITY:
            found = sorted(k for k in kept if k[2] == sentiment)
            if found:
                return Detection(sentiment, found[0][3])
        return None


# --------------------------------------------------------------------------
# Triage


@dataclass(frozen=True)
class Judged:
    """A Feedback row with its sentiment: as staff wrote it, or detected."""

    feedback: Feedback
    sentiment: str | None
    detected: bool = False
    keyword: str = ""


def judge(rows: Iterable[Feedback], detector: SentimentDetector) -> list[Judged]:
    out = []
    for fb in rows:
        if fb.sentiment:
            out.append(Judged(fb, fb.sentiment))
            continue
        found = detector.detect(fb.text)
        out.append(Judged(fb, found.sentiment, True, found.keyword) if found else Judged(fb, None))
    return out


def reply_key(fb: Feedback) -> str:
    return f"feedback_reply:{feedback_identity(fb)}"


def thank_you_key(fb: Feedback) -> str:
    return f"thank_you:{feedback_identity(fb)}"


@dataclass
class Triage:
    negative: list[Judged] = field(default_factory=list)  # oldest first: waited longest
    suggestion: list[Judged] = field(default_factory=list)  # newest first
    unclear: list[Judged] = field(default_factory=list)  # newest first
    thank: list[Judged] = field(default_factory=list)  # positive, owed a thank-you; newest first


def _oldest_first(j: Judged) -> tuple:
    # An undated complaint's age is unknown: it goes first rather than be buried.
    return (j.feedback.date or date.min, j.feedback.row)


def _newest_first(j: Judged) -> tuple:
    d = j.feedback.date
    return (-(d.toordinal()) if d else 0, j.feedback.row)


def wants_thanks(j: Judged, today: date, settings: FeedbackSettings) -> bool:
    """Positive, unresolved, from a known customer, recent: a late thank-you rings false."""
    d = j.feedback.date
    return (settings.thank_you and j.sentiment == POSITIVE and not j.feedback.resolved
            and bool(j.feedback.customer_id) and d is not None
            and 0 <= (today - d).days <= settings.thank_you_within_days)


def triage(judged: Iterable[Judged], today: date, settings: FeedbackSettings) -> Triage:
    """Unresolved feedback sorted into what needs doing, most urgent first in each list."""
    out = Triage()
    for j in judged:
        if j.feedback.resolved:
            continue
        if j.sentiment == NEGATIVE:
            out.negative.append(j)
        elif j.sentiment == SUGGESTION:
            out.suggestion.append(j)
        elif j.sentiment is None:
            out.unclear.append(j)
        elif wants_thanks(j, today, settings):
            out.thank.append(j)
    out.negative.sort(key=_oldest_first)
    out.suggestion.sort(key=_newest_first)
    out.unclear.sort(key=_newest_first)
    out.thank.sort(key=_newest_first)
    return out


def awaiting_put_right(judged: Iterable[Judged], today: date) -> set[str]:
    """Customers with unhappy feedback dated up to ``today`` (or undated) not yet marked Resolved:
    the shop still owes them the call its apology promised. A meetup invitation may still go (a
    day after the apology, docs/meetups.md), but it does not thank them "for staying with us all
    this time" nor ask them to tell their friends "if you are happy with us" (the seventh blind
    trial invited a regular so, 17 days into an open stale-cake complaint)."""
    return {j.feedback.customer_id for j in judged
            if j.sentiment == NEGATIVE and not j.feedback.resolved and j.feedback.customer_id
            and (j.feedback.date is None or j.feedback.date <= today)}


# --------------------------------------------------------------------------
# One complaint, one apology

#: A complaint call note this many days or fewer from the customer's unhappy feedback is taken for
#: the same complaint (the sixth story trial: a saree's colour in Feedback and in Call Notes on
#: one day got an apology on the 7th and another on the 8th).
SAME_COMPLAINT_DAYS = 7


def apologised(customer_id: str, noted: date, judged: Iterable[Judged], known_keys: Container[str],
               today: date) -> Feedback | None:
    """The customer's unhappy feedback that already carries the apology for a complaint noted on
    ``noted``: dated within ``SAME_COMPLAINT_DAYS`` of the note and not after ``today``, and whose
    reply is made (its key in Messages or Khatir Keys) or is still owed (unresolved: this run
    prepares it). The feedback row stays first in Follow-ups, asking for the call, until staff
    mark it Resolved, so the complaint's own follow-up adds only a second "we are sorry"."""
    found = [j.feedback for j in judged
             if j.sentiment == NEGATIVE and j.feedback.customer_id == customer_id
             and j.feedback.date is not None and j.feedback.date <= today
             and abs((j.feedback.date - noted).days) <= SAME_COMPLAINT_DAYS
             and (reply_key(j.feedback) in known_keys or not j.feedback.resolved)]
    return min(found, key=lambda fb: abs((fb.date - noted).days), default=None)  # type: ignore[operator]


def apologised_in_call(fb: Feedback, complaints: Iterable[tuple[str, date]]) -> bool:
    """Whether the customer already has an apology for this unhappy feedback's complaint: a
    complaint call note of theirs whose follow-up message is made (``complaints``: customer id
    and note date), noted up to ``SAME_COMPLAINT_DAYS`` before the feedback or on its day. The
    feedback row still heads Follow-ups asking for the call; only a second "we are sorry" is
    left out (the other order is ``apologised``)."""
    return fb.date is not None and any(
        cid == fb.customer_id and 0 <= (fb.date - noted).days <= SAME_COMPLAINT_DAYS
        for cid, noted in complaints)


# A call note saying the complaint was put right ("refund pelo, khushi") ends unhappy feedback's
# place at the top of Follow-ups after this many days, whether or not staff marked it Resolved.
PUT_RIGHT_SHOWN_DAYS = 7


def put_right(fb: Feedback, resolutions: Iterable[tuple[str, date, str]], today: date
              ) -> tuple[date, str] | None:
    """The first call note after this unhappy feedback saying the customer's complaint is put
    right (``resolutions``: customer id, note date and words of every note read as a complaint
    already over), up to ``today``: the promised call was made and went well, so the row need not
    head Follow-ups until staff remember to mark Resolved (the eighth blind story trial: a
    feedback row stayed first into January after the notes said the mistake was put right and
    the customer thanked the shop)."""
    if fb.date is None:
        return None
    found = [(noted, words) for cid, noted, words in resolutions
             if cid == fb.customer_id and fb.date <= noted <= today]
    return min(found, default=None)
