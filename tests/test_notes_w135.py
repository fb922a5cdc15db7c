"""The sixty-seventh notes round's second writer (w135): busy told only as a situation (where the
customer is or what their hands are in when called, and when to call back, never the word busy),
against such places and activities only as talk; a grocery delivery service in Mirpur, a hardware
shop in Narsingdi, a clothing shop in Chattogram, a pharmacy in Jamalpur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w135.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w135_round`` were each read differently before the round; those of ``test_w135_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # on a bus or a train, a person's honorific
    ("উনি বাসে আছেন, নরসিংদী যাইতেছেন", ("busy", "self", None)),
    ("উনি ট্রেনে আছেন, জামালপুর নামবেন", ("busy", "self", None)),
    # a doctor seeing patients
    ("উনি রোগী দেখতেছেন, রাত ১০টার পর", ("busy", "self", date(2026, 11, 19))),
    ("sir rogi dekhchen, kal dupure", ("busy", "self", date(2026, 11, 20))),
    # cooking iftar, and after iftar as later today
    ("ইফতার বানাইতেছেন, ইফতারের পর কথা হবে", ("busy", "self", date(2026, 11, 19))),
    ("apa iftari banacchen, after iftar call", ("busy", "self", date(2026, 11, 19))),
    # a school's tiffin time as later today
    ("স্যার ক্লাস নিতেছেন, টিফিনের সময় ফোন দিবেন", (None, None, date(2026, 11, 19))),
    # queueing at the bank
    ("ব্যাংকের লাইনে দাঁড়িয়ে, শনিবার আসবেন", ("busy", "self", date(2026, 11, 21))),
    # harvesting in the field
    ("চাচা মাঠে ধান কাটতেছেন, রবিবার দোকানে আসবেন", ("busy", "self", date(2026, 11, 22))),
    ("jomite sar dicchen, sondhar por", ("busy", "self", date(2026, 11, 19))),
    # a wedding house written as one word is no celebration of the customer's own
    ("বিয়েবাড়ির জন্য ২০ কেজি পোলাওর চাল", (None, None, None)),
])
def test_w135_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a parcel on the bus is goods, not a customer on it
    ("parcel bus e ase, kal pouchabe", (None, None, None)),
    # iftar goods; a wedding house's order
    ("৫ কেজি ছোলা, ইফতারের জন্য, বিকালে পাঠাবো", (None, None, None)),
    ("ইফতারের পর ডেলিভারি দিবো", (None, None, None)),
    ("বিয়েবাড়ির জন্য ২০ কেজি চাল", (None, None, None)),
    # a field's goods; a class's goods
    ("মাঠের জন্য ২ বস্তা ইউরিয়া নিবে", (None, None, None)),
    ("class er jonno 30 ta khata", (None, None, None)),
    # the family's own wedding stays a celebration
    ("মেয়ের বিয়ে, বিয়েবাড়ির জন্য শাড়ি নিবে", ("celebration", "daughter", None)),
    # an illness outranks a customer on the bus
    ("উনি বাসে আছেন, আব্বা হাসপাতালে ভর্তি", ("illness", "father", None)),
])
def test_w135_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
