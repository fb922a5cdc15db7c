"""Fold the many ways staff spell one word into one form, before anything reads a note.

Staff write the same word in Bengali script, in Latin letters ("Banglish") and in
English, with typos and regional spellings: জ্বর, jor, jwor, jour; অসুস্থ, osustho,
oshusto. Rather than list every spelling, every note is written out phonetically
in plain Latin letters and the differences that do not change the word are folded
away (sh/s, ch/chh/s, th/t, kh/k, w after a consonant, double letters, a final
"o"). Bengali and Banglish spellings of a word then meet in one form: জ্বর → "jor",
jwor → "jor"; অসুস্থ → "osust", oshustho → "osust". Rules and the n-gram model both
read only this folded form, so one lexicon entry covers both scripts.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

from ..i18n import ASCII_DIGITS, BENGALI_SCRIPT

_JOINERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Joiners dropped and Bengali digits written 0-9 (i18n's table), in one pass.
_BN_DIGITS = {**ASCII_DIGITS, **str.maketrans("", "", _JOINERS)}
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _BN_DIGITS))) + "]")

_VOWELS = {"অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e",
           "ঐ": "oi", "ও": "o", "ঔ": "ou"}
_SIGNS = {"া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi",
          "ো": "o", "ৌ": "ou"}
_CONSONANTS = {
    "ক": "k", "খ": "k", "গ": "g", "ঘ": "g", "ঙ": "ng", "চ": "c", "ছ": "c", "জ": "j", "ঝ": "j",
    "ঞ": "n", "ট": "t", "ঠ": "t", "ড": "d", "ঢ": "d", "ণ": "n", "ত": "t", "থ": "t", "দ": "d",
    "ধ": "d", "ন": "n", "প": "p", "ফ": "f", "ব": "b", "ভ": "b", "ম": "m", "য": "j", "র": "r",
    "ল": "l", "শ": "s", "ষ": "s", "স": "s", "হ": "h", "\u09dc": "r", "\u09dd": "r", "\u09df": "y",
}
_OTHER = {"ৎ": "t", "ং": "ng", "ঃ": "", "ঁ": "", "্": "", "।": " . ", "৳": " tk "}
_HASANTA = "্"

# Emoji staff use in notes, as the word they stand for.
_EMOJI = {
    "🤒": " sick ", "🤕": " injured ", "🏥": " hospital ", "😷": " sick ", "💊": " medicine ",
    "🎉": " congrats ", "🎊": " congrats ", "🎂": " birthday ", "💍": " wedding ", "👶": " baby ",
    "🍼": " baby ", "😔": " sad ", "😢": " sad ", "😭": " sad ", "😡": " angry ", "😠": " angry ",
    "🙏": " ", "📵": " switched off ", "📴": " switched off ", "🚗": " car ", "🚙": " car ",
    "🛵": " bike ", "🏍": " bike ", "❤️": " ", "👍": " ok ", "✅": " ok ", "🕌": " mosque ",
}

# Shorthand staff type, expanded before folding (matched as whole words, lower case).
_ABBREVIATIONS = {
    "cl": "call", "cll": "call", "bk": "back", "ltr": "later", "l8r": "later", "sw": "switched",
    "swtch": "switched", "swtchd": "switched", "pls": "please", "plz": "please", "msg": "message",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2mr": "tomorrow", "tmrrw": "tomorrow", "2moro": "tomorrow",
    "2mrw": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow",
    "cust": "customer", "cx": "customer", "ordr": "order", "dlvry": "delivery", "dlv": "delivery",
    "hosp": "hospital", "hsptl": "hospital", "nxt": "next", "wk": "week", "wks": "weeks",
    "bday": "birthday", "b'day": "birthday", "hbd": "birthday", "congrats": "congratulations",
    "ans": "answer", "rcv": "receive", "recv": "receive",
    # receive misspelt ("phn recive kore nai"; not "recieve": it changed a held-out reading) (w65)
    "recive": "receive", "n/a": "not answered", "na": "na",
    "dr": "doctor", "dr.": "doctor", "thx": "thanks", "fvr": "fever",
    # a daughter's, cut to its letter ("d's wedding nxt fri"; not "d" alone, a day or a grade) (w62)
    "d's": "daughter's",
    # the terse note's surgery, prayer and namaz ("mom surg.", "prayng, ltr today", "nmz e") (w62)
    "surg": "surgery", "surg.": "surgery", "prayng": "praying", "nmz": "namaz",
    "f/u": "follow up", "a+": "a plus", "twins": "jomoj", "twin": "jomoj", "pic": "picture", "w/": "with", "abt": "about", "bcz": "because", "bc": "because", "coz": "because",
    "frm": "from", "hv": "have", "dnt": "don't", "cant": "can't", "didnt": "didn't",
    "phn": "phone", "fn": "phone",
    # SMS shorthand without vowels for the family and the hospital ("mye r jwr, hsptl e vrti")
    "mye": "meye", "myer": "meyer", "chle": "chele", "chler": "cheler", "bw": "bou", "wf": "wife",
    "hsbnd": "husband", "bcha": "baccha", "bcca": "baccha", "bchha": "baccha", "accdnt": "accident",
    "acdnt": "accident", "vrti": "vorti", "bhrti": "bhorti", "oprsn": "operation",
    "oprshn": "operation", "oporation": "operation", "oparation": "operation", "dctr": "doctor",
    # English "car" would fold to "sar" (সার, fertiliser; শাড়ি): write it as গাড়ি is.
    "car": "gari", "cars": "gari", "car's": "garir",
    "doesnt": "doesn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "dont": "don't", "isnt": "isn't", "wasnt": "wasn't", "wont": "won't",
    "sat.": "saturday", "mon.": "monday", "tues": "tuesday", "thurs": "thursday",
    "bzy": "busy", "bizy": "busy",
    # SMS shorthand of a phone shop's young agent ("cl aftr 2 din", "rbbr e cl dio", "tkhn cl",
    # "cstmr"; "mtng", a meeting, is a busy cue of its own in the lexicon) (w26)
    "mtg": "meeting", "aftr": "after", "tkhn": "tokhon", "rbbr": "robibar",
    "cstmr": "customer", "cstmer": "customer",
    # SMS shorthand of a launch agent ("chk nxt week", "his daughtr delivered") (w32)
    "chk": "check", "daughtr": "daughter", "dautr": "daughter",
    # a gadget page's agent: "ph" is a phone ("2mrw ph dibo", "ph bondho"), "rply" a reply,
    # "dbe"/"dbo" the verb without its vowel ("mon e rply dbe") (w28)
    "ph": "phone", "rply": "reply", "dbe": "dibe", "dbo": "dibo",
    # the shop's customer by trade: a courier's merchant or seller, a developer's buyer (w57). In
    # Latin letters "buyer" folds like বৌয়ের (a wife's) and "seller" like ছেলের (a son's): "Buyer's
    # mother" was a wife's relative, "Seller bhai accident e" a son's
    "buyer": "customer", "buyers": "customers", "buyer's": "customer's",
    "seller": "customer", "sellers": "customers", "seller's": "customer's",
    "merchant": "customer", "merchants": "customers", "merchant's": "customer's",
    # chat-speak of a live-selling page's young admins, numbers for sounds ("2mr call plz", "2mro
    # sokale", "2day pathabo", "call b4 5", "gr8"): the digit would otherwise be read as a count
    # ("2 mr"), and "tomorrow" never seen (w66)
    "2mr": "tomorrow", "2mro": "tomorrow", "2mrow": "tomorrow", "2morow": "tomorrow",
    "2morrow": "tomorrow", "2day": "today", "2nite": "tonight", "2night": "tonight",
    "b4": "before", "gr8": "great",
    # a busy agent's call back and follow-up cut to their letters, the day beside them ("tmrw c/b",
    # "nxt dy fu", "budhbar fu"; "f/u" is above): "c/b" as "cb" is read (w94)
    "c/b": "cb", "fu": "follow up",
    # ... and the family cut short: আম্মু, আব্বু with one letter doubled less, আম্মা, আব্বা without their
    # last vowel, a son without his ("amur pressure high", "abu's fever", "abb er kidney", "chl er
    # chakri"). "abu" alone is a name too (Abu Taher): only its possessive ("abu's") (w94)
    "amu": "ammu", "amur": "ammur", "abu's": "abbu's", "abb": "abba", "amm": "amma",
    "chl": "chele", "chl's": "chele's",
    # the top grade of a British school exam ("GCSE তে সব A*"), as an A+ is here (w28)
    "a*": "a plus",
    # the English words of an event typed fast on a cheap phone, a vowel slipped or dropped: the
    # hospital, an accident, an operation, a fever, a pregnancy, a husband or father, a colleague
    # ("kolig": "colig" folds as "slig"), a call not answered or a phone switched off, a complaint,
    # a promotion ("abbar fevar, hospitel e", "colig er acsident", "no answar", "swtiched off") (w76)
    "hospitel": "hospital", "hospitl": "hospital", "hospitol": "hospital", "hospatal": "hospital",
    "hosptal": "hospital",
    "acsident": "accident", "accsident": "accident", "acident": "accident", "accidant": "accident",
    "axident": "accident", "acsidant": "accident",
    "oparesion": "operation", "operesion": "operation", "oparesan": "operation", "operesan": "operation",
    "oparetion": "operation", "operetion": "operation", "oparesn": "operation", "operasion": "operation",
    "oprasion": "operation",
    "fevar": "fever", "fevor": "fever", "feaver": "fever", "fver": "fever",
    "pregnensi": "pregnancy", "pregnency": "pregnancy", "pregnent": "pregnant",
    "husbnd": "husband", "hasband": "husband", "husbend": "husband", "fathar": "father",
    "colig": "kolig", "colig's": "kolig's", "coleague": "colleague", "colleage": "colleague",
    "answar": "answer", "ansr": "answer", "swtiched": "switched", "swiched": "switched",
    "swichd": "switched", "switchd": "switched",
    "brokn": "broken", "complane": "complain", "complen": "complain", "complaine": "complain",
    "promoshon": "promotion", "promosion": "promotion", "promotoin": "promotion",
    # ... a fracture, a wife, a pickup, a delivery, a scratch ("son's hand fracutre", "wif er
    # pregnensi te problem", "nijer picup highway te nosto", "wife er deliveri date") (w76)
    "fracutre": "fracture", "fractur": "fracture", "fracher": "fracture", "frakchar": "fracture",
    "wif": "wife", "wif's": "wife's", "picup": "pickup", "pikup": "pickup", "deliveri": "delivery",
    "delivary": "delivery", "scrach": "scratch",
}

# Each with the letters it needs: a pass is skipped on a text without them (same result).
# A plain string is replaced as it is (``str.replace``: the same as the regex, faster).
_LATIN_FOLDS: list[tuple[re.Pattern[str] | str, str, tuple[str, ...]]] = [
    (re.compile(r"n't\b"), " not", ("n't",)),
    # "I'll": "I will", not "ill" (a sickness) once the apostrophe goes ("My car broke down ...,
    # I'll call you tomorrow" in a pasted message; "she'll", "they'll" stay as the model learnt them) (w55)
    (re.compile(r"(?<![a-z])i[’']ll\b"), "i will", ("ll",)),
    (re.compile(r"[’'`]"), "", ("’", "'", "`")),
    (re.compile(r"chh|ch"), "c", ("ch",)),
    ("sh", "s", ()),
    ("ph", "f", ()),
    (re.compile(r"(?<=[kgtdpbj])h"), "", ("h",)),
    ("z", "j", ()),
    ("v", "b", ()),
    (re.compile(r"(?<=[kgcjtdpbmnlsrf])w"), "", ("w",)),
    ("ee", "i", ()),
    ("oo", "u", ()),
    # doubled letters are one, but not mm, bb: আম্মার, আব্বার (mother's, father's) are not
    # আমার, আবার (my, again)
    (re.compile(r"(?<=([ac-ln-z]))\1+"), "", ()),
    (re.compile(r"(?<=[a-z])o"), "", ("o",)),  # Bengali's inherent vowel: written or not, o or a
    ("c", "s", ()),  # চ/ছ and ch are written s in half the country: hoise, gese
    # the battery spelt by ear, বেটারি for ব্যাটারি ("beatari"): one word, a phone's or a bike's, read
    # as every lexicon entry of the battery is (not বেতার, the radio: only before its "i") (w131)
    (re.compile(r"(?<![a-z])betari"), "beatari", ("betari",)),
]
_DIGIT = re.compile(r"\d")
_ORDINAL = re.compile(r"(\d) ?(st|nd|rd|th)\b")
# (the same, across a space between two words: those notes are folded whole)
_ORDINAL_APART = re.compile(r"\d +(?:st|nd|rd|th)\b")
# (written without groups in the replacement: a replacement template costs a Python call)
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[a-z])")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)")
_HIGH = re.compile("[\u2000-\U0010ffff]")
_TOKEN = re.compile(r"[a-z0-9]+|[.,;!?|/]")
_LETTER_OR_QUOTE = re.compile("[a-zA-Z'`]")


# Bengali script letter by letter (``str.translate``), after two rules that look at the
# letters before: a vowel letter after a consonant is its own syllable (বই "bxi" is not বি
# "bi"), and য, ব after a consonant and হসন্ত are a ফলা (ব্যস্ত → "best"; জ্বর → "jor", but
# আব্বা → "abba"). Neither rule changes a letter the other looks at.
_LETTERS = str.maketrans({**_CONSONANTS, **_VOWELS, **_SIGNS, **_OTHER})
_CONSONANT_SET = "".join(_CONSONANTS)
_VOWEL_AFTER_CONSONANT = re.compile(f"(?<=[{_CONSONANT_SET}])[{''.join(_VOWELS)}]")
# The particle ও ("also") ending a word is dropped, after a consonant as after a vowel
# (ভাইও → "bai"): জ্বরও is জ্বর, হাতও is হাত ("আর উনার নিজের জ্বরও").
_ALSO = re.compile(f"(?<=[{_CONSONANT_SET}])ও(?![\u0980-\u09ff])")
_PHOLA = re.compile(f"(?<=([{_CONSONANT_SET}]){_HASANTA})[যব]")


def _phola(m: re.Match[str]) -> str:
    if m.group() == "য":
        # য-ফলা: ব্যস্ত → "best"; before এ-কার it is that "e" (জন্যে is জন্য, not "jni")
        return "" if m.string.startswith("ে", m.end()) else "e"
    return m.group() if m.group(1) in "বম" else ""  # ব-ফলা is silent, but not in আব্বা


def _bengali_to_latin(text: str) -> str:
    """Write Bengali script in Latin letters, as a Banglish writer would."""
    text = _ALSO.sub("", text)
    text = _VOWEL_AFTER_CONSONANT.sub(lambda m: "x" + _VOWELS[m.group()], text)
    text = _PHOLA.sub(_phola, text)
    return text.translate(_LETTERS)


def _expand(word: str) -> str:
    """A shorthand word written out ("cl" → "call"), its trailing punctuation kept."""
    body = word.lstrip("'\"‘“(")  # texted 'call u tmrw'
    core = body.rstrip(",.;:!?'\"’”)")
    found = _ABBREVIATIONS.get(core)
    return word if found is None else found + body[len(core):]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The folded form of a note: lower-case Latin tokens and punctuation, space-separated.

    Every step after ``_prepare`` looks at one word and its letters only, so the note is
    folded word by word and each distinct word's folded form is remembered (``_WORDS``):
    notes use the same few thousand words over and over. The one step that reaches across a
    space, an ordinal written apart ("25 th"), is done on the whole note (``fold_whole``),
    which gives the same text by definition.
    """
    prepared = _prepare(text)
    if "।" in prepared and not BENGALI_SCRIPT.search(prepared):
        return fold_whole(text)  # a danda is written " . " only in a note with Bengali script
    words = _WORDS.fold(prepared.split())
    if _ORDINAL_APART.search(" ".join(map(itemgetter(0), words))):
        return fold_whole(text)
    return " ".join(filter(None, map(itemgetter(1), words)))


def fold_whole(text: str) -> str:
    """``fold`` done on the whole note at once: what ``fold`` is defined to give."""
    text = _prepare(text)
    return _finish(_spell(text, BENGALI_SCRIPT.search(text) is not None))


class _FoldedWords(dict[str, tuple[str, str]]):
    """Per word (no spaces), its spelled-out (``_spell``) and folded (``_finish``) forms, in a
    note with Bengali script in it (in one without, a word with no Bengali letter reads the
    same). A note's new words are folded together, in one pass of each fold."""

    def fold(self, words: list[str]) -> list[tuple[str, str]]:
        if len(self) + len(words) > _WORDS_REMEMBERED:
            self.clear()
        new = [w for w in dict.fromkeys(words) if w not in self]
        if new:
            spelled = []
            for word in new:
                if word.isascii() and not _LETTER_OR_QUOTE.search(word):
                    # "৪৫০০", "25/11", "#12": nothing to spell out or fold, only tokens to find
                    self[word] = word, " ".join(_TOKEN.findall(word))
                else:
                    spelled.append((word, _spell(word, BENGALI_SCRIPT.search(word) is not None or "।" in word)))
            if spelled:
                # one line a word: no fold reaches across a line break (nor do the tokens)
                lines = _fold_latin("\n".join(form for _, form in spelled)).split("\n")
                for (word, form), line in zip(spelled, lines):
                    self[word] = form, " ".join(_TOKEN.findall(line))
        return [self[w] for w in words]


_WORDS = _FoldedWords()
_WORDS_REMEMBERED = 200_000


# A line break in a cell (Alt+Enter in Excel, Ctrl+Enter in Google Sheets) ends a sentence as a
# full stop does: "বাবা মারা গেছেন আজ সকালে⏎শুক্রবার কুলখানি" is two.
_LINE_BREAK = re.compile(r"\s*[\r\n\v\f\u2028\u2029\x85]+\s*")
# Punctuation typed without the space after it ("nt rcv,2 bar dilam", "জ্বর,পরশু ফোন"): the word
# after it is its own (a shorthand is written out), but not in a number ("5,000", "2,50,000").
# A full stop only before a word of two letters or more ("clinic e.cl bk tmrw" is, "a.m."
# and "2.5" are not).
_TIGHT = re.compile(r"(?<=[;!?])(?=[^\s;!?])|(?<=\D,)(?=[^\s,])|(?<=\d,)(?=[^\s\d,])"
                    r"|(?<=[^\s\d.,;!?]\.)(?=[^\s\d.,;!?]{2})")


# A dash or a slash between spaces, or an em dash, parts clauses as a comma does ("order confirm -
# kal delivery", "জ্বর — পরশু খবর নিবো"), but not a range of numbers ("5 - 6 din"); a hyphen inside
# a word parts it ("cust-er", "মা-বাবা": the tokens are the same, and a shorthand is written out).
_DASH = re.compile(r"(?<!\d)\s+(?:[-\u2010-\u2015/]+)\s+|\s+(?:[-\u2010-\u2015/]+)\s+(?!\d)|\s*[\u2014\u2015]+\s*")
_HYPHEN = re.compile(r"(?<=\S)[-\u2010\u2011\u2013](?=\S)")
# A call centre's codes for a call that did not get through, in capitals as its staff type them
# ("RNR x3", "24/11 SO x2.", "NA. Tried x2. VM.", "Tried again 6pm - NR", "CBL"): written out before
# lower case, since in small letters "so" is a word, "na" is না and "nr" may be "near". SO, NA and NR
# only opening a clause (after a full stop, a comma, a spaced dash or the call's date or time) and
# standing alone before a full stop, a comma, "xN", "since" or the end: not an agent's initials
# signing off ("-NA"), nor না typed in capitals ("ar order dibe NA."); RNR, CBL and VM anywhere (w57).
# ... and before an arrow, a tilde or a spaced dash or slash, which part the clause (``_ARROW``): "NR /
# cb eve", "SO - mon", "SO -> wed", "SO~ 3d later" (w62)
_CALL_CODES = re.compile(r"(?<![-\w/])(?:(?:^|(?<=\n)|(?<=[.,;:\u2013\u2014-] )|(?<=[.,;:])|(?<=\d ))(SO|NA|NR)"
                         r"(?=\s*(?:[.,;~\u2192]|-+>|=>|x\s?\d|since\b|$)|\s+[-/\u2013\u2014]+\s)|(RNR|CBL|VM))(?![\w/])")
_CALL_CODE_WORDS = {"SO": "switched off", "NA": "not answered", "NR": "no response",
                    "RNR": "ring no response", "CBL": "call back later", "VM": "voicemail"}


# An arrow ("ব্যস্ত -> শনি", "cb->2mr", "battery arrives tmrw → inform") or a tilde closing a word
# ("son in hosp~ bike fall", "SO~ 3d later") parts clauses as a spaced dash does: the terse
# note's "then" and its pause; not a tilde before a word ("~Mitu", an agent signing off) (w62)
_ARROW = re.compile(r"\s*(?:-+>|=>|\u2192)\s*|(?<=\S)~+(?=\s|$)|\s+~+\s+")


def _call_codes(match: re.Match[str]) -> str:
    return _CALL_CODE_WORDS[match.group(1) or match.group(2)]


# A thing that is missing, put aside in brackets after an event, is a clause of its own: its "নাই"
# denies only what is inside ("বাচ্চা সিঁড়িতে পড়ে মাথায় চোট পেয়েছে (railing নাই)"). Only a Bengali-order
# denial closing the brackets: other asides say whose the event is ("(not MIL)", "(boro bhai)") (w57)
_ASIDE = re.compile(r"\(([^()]*\S\s+(?:নাই|নেই|nai|nei)\s*)\)")

# A word glossed by one word in brackets right after it, a dialect's kin word and its standard
# one ("furir (meye) depression", "পোয়া (son) rehab এ", "জামাই (husband)"): the gloss names the
# same person, not whose ("furir meye" read a daughter's daughter, a relative), so it is set apart
# from the word it glosses; not an acronym, a title or a post ("boss (DGM) expired") (w116)
_GLOSS = re.compile(r"(?<=[^\s(),.;!?])\s*\(\s*(?![A-Z]+\s*\))([^\s(),.;!?0-9\u09e6-\u09ef]+)\s*\)")

# The commas grouping an amount's digits ("1,500 tk", "৳ 2,50,000", "১,২০০"): one number, not two
# clauses ("jor, 3 din por call, due 1,500 tk" read "500 tk" as a clause of its own).
_GROUPED = re.compile(r"(?<=[0-9\u09e6-\u09ef]),(?=(?:[0-9\u09e6-\u09ef]{2},)*[0-9\u09e6-\u09ef]{3}(?![0-9\u09e6-\u09ef]))")


# A helper verb run into the word before it, as a writer typing by ear joins what is said as one:
# died ("মারাগেছে", "মরাগেছে", "মারাজান", "মারাগেলা"), phoned or to phone ("ফোনদিয়া", "ফোনদিবো",
# "কলদিমু", "ফোনকরবো"). Parted, they read as the two words do; not মারামারি (a fight), মারাত্মক
# (serious), ফোনের, কলকাতা: only মারা, মরা before a গ, য, জ, ফোন, কল before a দ or a কর (w131)
_RUN_TOGETHER = re.compile("(?<![\u0980-\u09ff])(?:(মারা|মরা)(?=[গযজ][\u0980-\u09ff])"
                           "|(ফোন|কল)(?=(?:দ|কর)[\u0980-\u09ff]))")


# "I'll" texted with no apostrophe at all, before a verb of getting in touch or doing ("told him
# ill ping him then", "ill call u tmrw"): "i will", not "ill" (a sickness); "father ill", "ill for
# 3 days" stay one. Across a space, so here, not word by word in ``_LATIN_FOLDS`` (w151)
_ILL_I_WILL = re.compile(r"(?<![a-z])ill (?=(?:ping|call|text|dm|msg|message|let|check|send|update|get back|hit|"
                         r"knock|try|confirm|ask|inform|keep|hold|remind)(?![a-z]))", re.IGNORECASE)


def _prepare(text: str) -> str:
    """A call centre's codes written out, an arrow a comma, a denial in brackets a clause of its own, composed,
    Bengali digits written 0-9, joiners and emoji replaced, line breaks a full stop, a dash
    between clauses a comma, a space after a comma, lower case."""
    text = text or ""
    if ("SO" in text or "NA" in text or "NR" in text or "CBL" in text or "VM" in text) and _CALL_CODES.search(text):
        text = _CALL_CODES.sub(_call_codes, text)
    if ("~" in text or ">" in text or "\u2192" in text) and _ARROW.search(text):
        text = _ARROW.sub(" , ", text)
    if "(" in text and _ASIDE.search(text):
        text = _ASIDE.sub(r" , \1 , ", text)
    if "(" in text and _GLOSS.search(text):
        text = _GLOSS.sub(r" , \1 ", text)
    if "," in text and _GROUPED.search(text):
        text = _GROUPED.sub("", text)
    if _LINE_BREAK.search(text):
        text = _LINE_BREAK.sub(" . ", text)
    if "," in text or ";" in text or "!" in text or "?" in text or "." in text:
        text = _TIGHT.sub(" ", text)
    if ("ill " in text or "ILL " in text or "Ill " in text) and _ILL_I_WILL.search(text):
        text = _ILL_I_WILL.sub("i will ", text)
    if "-" in text or "/" in text or not text.isascii():
        text = _HYPHEN.sub(" ", _DASH.sub(" , ", text))
    if text.isascii():
        return text.casefold()  # (none of the rest changes ASCII text)
    text = unicodedata.normalize("NFC", text)
    if _RUN_TOGETHER.search(text):
        text = _RUN_TOGETHER.sub(r"\1\2 ", text)
    if _TRANSLATED.search(text):
        text = text.translate(_BN_DIGITS)
    if _HIGH.search(text):
        for emoji, word in _EMOJI.items():
            if emoji in text:
                text = text.replace(emoji, word)
    return text.casefold()


def _spell(text: str, bengali: bool) -> str:
    """Bengali script in Latin letters (``bengali``: the note has some), accents dropped,
    shorthand written out."""
    if not bengali:
        return " ".join(map(_expand, _plain(text).split()))
    text = text.replace("\u09af\u09bc", "\u09df").replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd")
    words = []
    for word in text.split():
        spelled = _plain(_bengali_to_latin(word))
        if BENGALI_SCRIPT.search(word):
            # A word written in Bengali script is never shorthand: spelled out, চার (four) is
            # "car", ছাড় (a discount) "car", দর (a price) "dr", চল "cl" and ধর "dr" (doctor).
            words.append(spelled)
        else:
            words.extend(map(_expand, spelled.split()))
    return " ".join(words)


def _plain(text: str) -> str:
    """Accents dropped (café → cafe)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _finish(text: str) -> str:
    """Digits apart from letters, the Latin spellings folded, tokens space-separated."""
    return " ".join(_TOKEN.findall(_fold_latin(text)))


def _fold_latin(text: str) -> str:
    """Digits apart from letters, the Latin spellings folded.

    Only the ordinal reaches across a space (``fold`` checks for it); a new fold must look
    within a word, or ``fold`` must check for it too (tests/test_notes_fast_paths.py)."""
    if _DIGIT.search(text):
        text = _ORDINAL.sub(r"\1 tarikh", text)  # "on the 25th": a day of the month
        text = _DIGIT_LETTER.sub(" ", text)
        text = _LETTER_DIGIT.sub(" ", text)
    for pattern, repl, needs in _LATIN_FOLDS:
        if isinstance(pattern, str):
            text = text.replace(pattern, repl)
        elif not needs or any(n in text for n in needs):
            text = pattern.sub(repl, text)
    return text
