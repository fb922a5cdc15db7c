"""Every lexicon entry in Bengali script finds its own word when the word goes on.

An entry without ``$`` matches at the start of a word and lets the word go on (ধর finds ধরেছে,
ধরছে না). Folding works on whole words, so an entry cut mid-word can fold unlike the words it is
for: ধর alone was spelt "dr" and written out as the shorthand "doctor", and so "ফাঙ্গাস ধর"
never found "ফাঙ্গাস ধরেছে" (33 entries were like that). The endings tried are the commonest
ones for the entry's last letter.
"""
from __future__ import annotations

import re
from typing import Iterator

from khatir.notes import lexicon
from khatir.notes.match import phrase_pattern, spans
from khatir.notes.normalise import fold

BENGALI_LETTER = re.compile("[\u0985-\u09b9\u09bc-\u09cc\u09ce\u09dc-\u09df]$")
VOWELS = set("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc") | set("অআইঈউঊঋএঐওঔ")
AFTER_VOWEL = ("র", "তে", "কে", "ই", "টা", "দের")
AFTER_CONSONANT = ("ে", "া", "ি", "ের", "ছে", "ো")


def entries(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from entries(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from entries(item)


BENGALI_PREFIXES = sorted({
    entry for name in vars(lexicon) if not name.startswith("_")
    for entry in entries(getattr(lexicon, name))
    if BENGALI_LETTER.search(entry)})


def test_the_lexicon_has_bengali_entries_to_check():
    assert len(BENGALI_PREFIXES) > 1000


def test_every_entry_finds_its_word_with_an_ending():
    missed = {}
    for entry in BENGALI_PREFIXES:
        pattern = phrase_pattern([entry], short_whole=False)
        endings = AFTER_VOWEL if entry[-1] in VOWELS else AFTER_CONSONANT
        words = [entry + ending for ending in endings
                 if not any(start == 0 for start, _ in spans(pattern, fold(entry + ending)))]
        if words:
            missed[f"{entry} ({fold(entry)})"] = words
    assert not missed, f"{len(missed)} entries miss their words, e.g. {list(missed.items())[:5]}"
