"""The sixty-fifth notes round's first writer (w130): family functions and ceremonies at a wedding
card shop in Nilkhet, a jewellery shop in Bogura, a sweets shop in Natore and a saree shop in
Tangail; the gaye holud, the akd, the sunnat, the bride's return visit, guests at home.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w130.jsonl). Those of ``test_w130_round`` were each read differently before
the round; those of ``test_w130_lookalikes`` share the round's new words and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer with guests, or the house full of them (ভর্তি: full, no one admitted)
    ("apa ekhon mehman niye ase, rate e call", ("busy", "self", date(2026, 11, 19))),
    ("বাসায় মেহমান ভর্তি, কথা বলতে পারলেন না, কাল কল", ("busy", "self", date(2026, 11, 20))),
    ("bari vorti manush, kal fon dite bolse", ("busy", "self", date(2026, 11, 20))),
    # the akd in Banglish's other spellings
    ("choto boner akht, 300 card, kal proof", ("celebration", "sister", None)),
    # a son's sunnat by itself; the bride's return visit; a son's reception
    ("cheler sunnat, 50 jon er jonno rosh malai", ("celebration", "son", None)),
    ("bhabir firani te ashbe, 2 ta saree", ("celebration", "relative", None)),
    ("ছেলের রিসেপশন, ৪০০ কার্ড", ("celebration", "son", None)),
])
def test_w130_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # guests still to come are an order's; a father admitted is still in hospital
    ("বাসায় মেহমান আসবে, ৫ কেজি মিষ্টি লাগবে", (None, None, None)),
    ("mehman er jonno 2 kg rosogolla", (None, None, None)),
    ("আব্বা হাসপাতালে ভর্তি, কাল কল", ("illness", "father", date(2026, 11, 20))),
    # the sunnat prayer; a hotel's reception
    ("sunnat namaz er por call dibe", ("busy", "self", date(2026, 11, 19))),
    ("hotel reception e 2 ta tv lagbe", (None, None, None)),
])
def test_w130_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
