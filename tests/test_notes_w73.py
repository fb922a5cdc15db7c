"""The thirty-sixth notes round's second writer (w73, round 36b): children and their families, a
school-supplies shop in Mirpur, a kids' clothing shop in Narsingdi, a coaching centre in Bogura, a
toy shop in Sylhet.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w73.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w73_round`` were each read differently before the round; those of ``test_w73_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a pupil's "exam fever" is nerves, no fever
    ("meyer exam fever, result er por kinbe", (None, None, None)),
    # a prayer named as the time of a visit to the shop: a child's measurements, Sylheti আইবা
    ("শুক্রবার নামাজের পরে আসবে মাপ দিতে", (None, None, date(2026, 11, 20))),
    ("শুক্রবার জুম্মার পরে দোকানে আইবা", (None, None, date(2026, 11, 20))),
    # Sylheti বাদে after a prayer: later today
    ("asor er bade call dite koisoin", ("busy", "self", date(2026, 11, 19))),
    ("নামাজে আছে, আসরের বাদে ফোন দিতে কইছইন", ("busy", "self", date(2026, 11, 19))),
    # a sister in Latin letters, Sylheti's genitive or with her age
    ("boinor bachcha hoise, gift set nibo", ("newborn", "sister", None)),
    ("choto boin er baby hoibo, labor e ase", ("newborn", "sister", None)),
    # a nephew in Chatgaiya's and Sylheti's genitive
    ("bhagnar jor, school e jay nai", ("illness", "relative", None)),
    ("bhagnar result valo hoise, mishti dilo", ("celebration", "relative", None)),
    # a toy car sold by the shop, broken: a complaint, no one's vehicle
    ("rc car er chaka venge gese 2 dine", ("complaint", "self", None)),
    ("Remote car er battery dead, chole na, ferot dibe", ("complaint", "self", None)),
])
def test_w73_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a real fever, in another clause than "exam fever" or beside an exam
    ("exam fever na, sotti jor, 102", ("illness", "self", None)),
    ("meyer jor, exam e jete pare nai", ("illness", "daughter", None)),
    # a prayer as the time to call back, with nothing else said: a busy call, as before
    ("জুম্মার পরে কল দিতে বলছে", ("busy", "self", date(2026, 11, 20))),
    ("নামাজে আছে, পরে ফোন দিতে বলল", ("busy", "self", None)),
    # বাদে after a day, not a prayer, is "except"
    ("শুক্রবার বাদে যেকোনো দিন আসবে", (None, None, None)),
    # a toy car bought, a father's bike broken in its own clause
    ("ছেলের জন্য রিমোট কার কিনবে, আব্বার বাইক নষ্ট", ("vehicle_trouble", "father", None)),
    # "been" folds like "boin": no sister
    ("customer has been sick since Monday", ("illness", "self", None)),
    ("bhagne er birthday kal, cake nibe", ("celebration", "relative", None)),
])
def test_w73_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
