"""The twenty-fourth notes round's first writer (w48): a medical-equipment and surgical-supplies
distributor whose field staff call doctors, clinic managers and pharmacy owners, a Chattogram
buying-house liaison office (merchandisers, buyers, samples), a Sylhet bakery and cake shop, a
Narayanganj knitwear wholesaler before Eid; a third of the notes mix Bengali script and English words.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w48.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w48_round`` and ``test_w48_over`` were each read differently before the round; those of
``test_w48_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import CALLED, read


@pytest.mark.parametrize("note, expected", [
    # complaints: a name misspelt on a cake, buttons that come off, stitching or a packing list gone
    # wrong, a buying house's buyer angry
    ("cake e naam er banan bhul, customer ragi", ("complaint", "self", None)),
    ("শার্টের বোতাম খুলে যায়, বায়ার জানাইছে", ("complaint", "self", None)),
    ("Buyer says stitching kharap on 2 styles, inspection fail", ("complaint", "self", None)),
    ("বায়ার ক্ষেপে আছে, ডেলিভারি পিছাইছে", ("complaint", "self", None)),
    ("invoice e gormil, buyer khepe ase", ("complaint", "self", None)),
    ("packing list e gormil, buyer ragi", ("complaint", "self", None)),
    # a doctor's degree passed
    ("ছেলের ডাক্তারি পাস, ক্লিনিকে মিষ্টি দিলেন", ("celebration", "son", None)),
    # busy: a doctor at the chamber, a merchandiser on a conference or video call, a weak network
    # (CALLED is a Thursday)
    ("Dr. Karim in chamber, call after 9 pm", ("busy", "self", CALLED)),
    ("doctor chamber e achen, kal sokale call", ("busy", "self", date(2026, 11, 20))),
    ("Dr. Rahman chamber e ase, rat 10 tar por call", ("busy", "self", CALLED)),
    ("ডাক্তার সাহেব চেম্বারে আছেন, রাতে ফোন দিতে বললেন", ("busy", "self", CALLED)),
    ("স্যার কনফারেন্স কলে আছেন, বিকালে ফোন", ("busy", "self", CALLED)),
    ("চেম্বারে রোগী অনেক, পরশু ফোন দিতে বললেন", ("busy", "self", date(2026, 11, 21))),
    ("merchandiser conference call e, porshu abar", ("busy", "self", date(2026, 11, 21))),
    ("উনি বায়ারের সাথে ভিডিও কলে, কাল কথা হবে", ("busy", "self", date(2026, 11, 20))),
    ("QC in-charge on a video call with the buyer, try tmrw", ("busy", "self", date(2026, 11, 20))),
    ("network দুর্বল, কথা কাটা কাটা, শনিবার আবার", ("busy", "self", date(2026, 11, 21))),
    # an operation told short in English
    ("Her father's hip op was on Monday, orders paused", ("illness", "father", None)),
    # a quotation or a report sent, a PO given, back at the office, an order
    # confirmed on a day
    ("oximeter er quotation pathabo kal", (None, None, date(2026, 11, 20))),
    ("শনিবার PO দিবে, ৫০ বক্স গজ", (None, None, date(2026, 11, 21))),
    ("merchandiser পরশু office join করবে, তখন sample", (None, None, date(2026, 11, 21))),
    ("মিলাদের অর্ডার শুক্রবার নিশ্চিত করবেন", (None, None, date(2026, 11, 20))),
    ("Lab report dibe Sunday, then fabric booking", (None, None, date(2026, 11, 22))),
    ("QC report পাঠাবে বৃহস্পতিবার", (None, None, date(2026, 11, 26))),
])
def test_w48_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the trouble over
    ("ভ্যানের চাকা পাংচার হইছিল, বদলাইয়া মাল দিছে, ঝামেলা শেষ", ("vehicle_trouble", "self")),
    ("pickup er battery dead chilo, jhamela mitse", ("vehicle_trouble", "self")),
])
def test_w48_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == (*expected, True)


@pytest.mark.parametrize("note, expected", [
    # weak in body stays ill; goods for a chamber, a video call to show designs, a button order,
    # a PO come, a man sent already stay as they were
    ("আব্বা খুব দুর্বল, বিছানায়", ("illness", "father", None)),
    ("chamber er jonno 2 ta BP machine", (None, None, None)),
    ("চেম্বারের জন্য ৫ বক্স gloves, কাল delivery", (None, None, None)),
    ("video call e design dekhaise, pochondo hoise", (None, None, None)),
    ("button 500 gross order, next week", (None, None, None)),
    ("ঝামেলা ছাড়াই মাল পৌঁছাইছে", (None, None, None)),
    ("knee cap 10 ta, op room er jonno", (None, None, None)),
    ("network kom, pore call", ("busy", "self", None)),
    ("chakri chere dise, ekhon nijer business", (None, None, None)),
    ("PO asche, 200 pcs polo", (None, None, None)),
    ("lok pathaisi, mal niye gese", (None, None, None)),
    ("porshu lok pathabo, bhanga oximeter ferot nibe", ("complaint", "self", None)),
    ("opened the carton, 2 pcs short", ("complaint", "self", None)),
])
def test_w48_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
