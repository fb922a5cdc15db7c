"""The fifty-seventh notes round's second writer (w115, round 57b): the customer's own words
quoted in the first person beside the staff's third person and the staff's own first person; a
baby shop in Khulna, a phone shop in Cox's Bazar, a pharmacy in Rangpur, a shoe shop in New
Market.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w115.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w115_round`` were each read differently before the round; those of ``test_w115_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a life that went on no longer, as the customer said it
    ('"ভাই আর বাঁচলো না" বলে কাঁদলেন উনি', ("bereavement", "brother", None)),
    ('uni bollen "abba ar bachlo na", dokan bondho 3 din', ("bereavement", "father", None)),
    # the customer a father or a mother, in the first person
    ('"ami baba hoisi!" bollo bhai, mishti niye ashbe', ("newborn", "self", None)),
    ('কইলো "আঁই বাপ হইছি", দোলনা দেখতে আইবো', ("newborn", "self", None)),
    ('আপা হাসি দিয়ে বললেন "মা হয়েছি গত সপ্তাহে"', ("newborn", "self", None)),
    # Rangpur's মোর with মায়ের spelt without its y
    ('রহিম ভাই: "mor maer pressure beshi", ওষুধ বাসায় দিতে হবে', ("illness", "mother", None)),
    # stuck in a jam, in the customer's own words
    ('বললেন "জ্যামে আছি, বিকালে দিয়েন"', ("busy", "self", date(2026, 11, 19))),
    ('cust koilo "jame asi bhai, pore"', ("busy", "self", None)),
    # Rangpur's locative on the fever; a tummy in English
    ('উনি কইলেন "মুই জ্বরত পড়ি আছোং", ছেলে আসি ওষুধ নিবে', ("illness", "self", None)),
    ("Her son has a tummy ache since morning, wants ORS", ("illness", "son", None)),
    # no talk before a day: from that day
    ('"মঙ্গলবারের আগে কথা কইতে পারমু না" কইলেন', ("busy", "self", date(2026, 11, 24))),
    ('cust bollo "sombar er age kotha bolte parbo na", dokane bhir', ("busy", "self", date(2026, 11, 23))),
])
def test_w115_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a death feared is no death; a son or a daughter made a parent in the third person, as before
    ("আব্বা আইসিইউতে, ডাক্তার বলছে আর বাঁচবে না হয়তো", ("illness", "father", None)),
    ("মেয়ে মা হইছে, নাতনির জন্য দোলনা নিবে", ("newborn", "daughter", None)),
    ("uni bollen chele baba hoise, baby set lagbe", ("newborn", "son", None)),
    ("বাবা হিসেবে ছেলের জন্য জুতা নিলেন", (None, None, None)),
    # held up in a jam on the way is no busy call; a baby shop's tummy-time mat is goods
    ("জ্যামে আটকা, আজ আসতে দেরি হবে", (None, None, None)),
    ("tummy time mat 2 ta nibe, kal delivery", (None, None, None)),
    # a mother's fever spelt whole; মোর not before a relation
    ("আমার মায়ের জ্বর, কাল খোঁজ নিবো", ("illness", "mother", date(2026, 11, 20))),
    ("mor kache size 42 nai bolse, kal ashbe", (None, None, date(2026, 11, 20))),
    # before a day, with no talk after it: a bound, as before
    ("shukrobar er age van ashbe to? kotha hoy nai", ("busy", "self", None)),
    ("বৃহস্পতিবারের আগে জুতা রেডি করে রাখবো", (None, None, None)),
])
def test_w115_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
