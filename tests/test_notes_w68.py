"""The thirty-fourth notes round's first writer (w68, round 34a): garment trade jargon, a fabric and
accessories supplier in Narayanganj, a buying house in Uttara, a button, zipper and label printing
shop in Gazipur, a lungi and gamchha weaver's outlet in Sirajganj.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w68.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w68_round`` were each read differently before the round; those of ``test_w68_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the customer by a garment trade before the name: "Merch Rana ভাইয়ের" is the customer
    ("Merch Rana ভাইয়ের মেয়ের জ্বর, পরশু খোঁজ নিবো", ("illness", "daughter", date(2026, 11, 21))),
    ("Production manager Sohel bhai er wife er sizar hoise, meye", ("newborn", "wife", None)),
    ("মার্চেন্ডাইজার রাকিব ভাইয়ের স্ত্রী হাসপাতালে, ডেঙ্গু", ("illness", "wife", None)),
    ("Merch Rana bhai er bhai er jor", ("illness", "brother", None)),
    # the phone not received, the negative run together
    ("Rashed sir phone receive korenai, 2 bar dilam", ("busy", "self", None)),
    # a factory's quality, store and floor staff
    ("their QA manager is in hospital, dengue. inspection pore", ("illness", "colleague", None)),
    ("merch said his GM had a stroke last night", ("illness", "colleague", None)),
    ("Head of QC down with typhoid, office e nai", ("illness", "colleague", None)),
    # colour running, a shade or design unlike the sample, a rate written wrong
    ("lungi te colour bleeding after wash", ("complaint", "self", None)),
    ("design milche na sample er sathe", ("complaint", "self", None)),
    ("rate vul, 2.40 likhsi", ("complaint", "self", None)),
    # in a buyer's audit or inspection, at an arbitration
    ("Sir in buyer audit right now", ("busy", "self", None)),
    ("Ms. Rumana in final inspection, call back tmrw", ("busy", "self", date(2026, 11, 20))),
    ("in shalish at the union office, call on sunday", ("busy", "self", date(2026, 11, 22))),
    # a factory of their own opened, a second shop in digits
    ("Sohel bhai er notun factory Tongi te, 4 line, dawat dise", ("celebration", "self", None)),
    ("নতুন কারখানা চালু হল, মিলাদে দাওয়াত দিছে", ("celebration", "self", None)),
    ("Bogura wholesaler opened 2nd shop near the haat", ("celebration", "self", None)),
    # at the office on the day the staff go
    ("বৃহস্পতিবার বাটন কার্ড নিয়ে যাবো, অফিসে থাকবেন", (None, None, date(2026, 11, 26))),
])
def test_w68_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w68_over():
    """Goods changed and no problem now is the complaint over."""
    r = read("ভুল রঙের জিপার গেছিল, বদলাই দিছি, এখন কোনো সমস্যা নাই")
    assert r.over


@pytest.mark.parametrize("note, expected", [
    # a QC manager's or a store in-charge's own family is theirs; a supervisor's family's day
    ("QC manager's wife due next week, call him friday", ("newborn", "wife", date(2026, 11, 20))),
    ("Rasel bhai (store in-charge) er maa hospital e", ("illness", "mother", None)),
    # goods changed, the complaint still read (and now over, test_w68_over)
    ("ভুল রঙের জিপার গেছিল, বদলাই দিছি, এখন কোনো সমস্যা নাই", ("complaint", "self", None)),
    # a trade before a name already read ("paikar", "Supplier" with a name)
    ("Supplier Kamal bhai er abba intekal korechen", ("bereavement", "father", None)),
    ("GM in audit, sunday e abar", ("busy", "self", date(2026, 11, 22))),
    # goods failing an inspection are no busy customer
    ("200 pcs rejected in final inspection", (None, None, None)),
    ("QC fail in audit, reorder lagbe", (None, None, None)),
    # accounts that do not match; nothing wrong now with no event
    ("hisab milche na, kal boshbo", (None, None, None)),
    ("ekhon kono somossa nai, 20 pc nibe", (None, None, None)),
    # a factory that runs again after a strike, or goods from someone's new factory
    ("strike sesh, factory chalu hoise", (None, None, None)),
    ("কারখানা আবার চালু হল", (None, None, None)),
    ("Rana bhai er notun factory theke order nibo", (None, None, None)),
    # a man sent on a day stays no call-back (w35's label)
    ("mongolbar lok pathabo", (None, None, None)),
])
def test_w68_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
