"""The forty-seventh notes round's second writer (w95, round 47b): death and mourning in every
religion and register: a shroud and funeral-goods shop in Dhaka, a caterer for kulkhani and shraddha
meals in Cumilla, a flower and wreath shop in Chattogram, a mobile-phone shop in Sirajganj.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w95.jsonl). Those of ``test_w95_round`` were each read differently before
the round; those of ``test_w95_lookalikes`` share the round's new words or fold like them and must
stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a burial told in Banglish
    ("chachu ke gotokal kobor dewa hoise, agorbati 5 packet nilo", ("bereavement", "relative", None)),
    ("baba ke kobor deoa holo aj, agorbati nibe", ("bereavement", "father", None)),
    # a death by one's own hand
    ("ছোট ভাই আত্মহত্যা করেছে, কথা বলার অবস্থায় নাই", ("bereavement", "brother", None)),
    ("her son committed suicide last week, she is not talking", ("bereavement", "son", None)),
    # worn out, in the first person ("I am dying of work")
    ("kaje mori gesi bolse, porshu phone dite", ("busy", "self", date(2026, 11, 21))),
    ("rode mori gelam, pore kotha bolbo bolse", ("busy", "self", None)),
    # at a mohalla elder's janaza: busy, nobody of theirs
    ("মহল্লার এক মুরুব্বির জানাজায় দাঁড়ানো, রাতে ফোন দিতে বললেন", ("busy", "self", date(2026, 11, 19))),
    # a death in a year named, long past; a death in a phone game
    ("দাদা মারা গেছেন ১৯৯৮ সালে, মিলাদের জন্য জিলাপি ৫ কেজি", (None, None, None)),
    ("game e bar bar died ashe, cust bhabse set kharap", (None, None, None)),
    # an office's order for the rites of a boss's parent, a company's chairman, a leader
    ("office er boss er babar kulkhani, 200 packet biriyani, bill company dibe", (None, None, None)),
    ("কোম্পানির চেয়ারম্যান ইন্তেকাল করেছেন, অফিস থেকে ৫টা রিং অর্ডার", (None, None, None)),
])
def test_w95_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a burial in Bengali script, a relation "no more", a suicide attempt's hospital
    ("আব্বাকে আজ কবর দেওয়া হয়েছে", ("bereavement", "father", None)),
    ("meye hospital e, ghumer oshudh kheyechilo", ("illness", "daughter", None)),
    # a relation who did die, with "mori ge" in the third person
    ("bhai er wife mori gese kal rate, janaza bad johor", ("bereavement", "relative", None)),
    # the boss himself dead is the colleague's bereavement, as before
    ("office er boss mara gesen kal, cust khub upset", ("bereavement", "colleague", None)),
    ("দাদা মারা গেছেন আজ ভোরে, জানাজা বাদ জোহর", ("bereavement", "relative", None)),
    # a game bought is an order
    ("ছেলের জন্য game pad নিবে, পরে জানাবে", (None, None, None)),
])
def test_w95_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
