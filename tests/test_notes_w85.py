"""The forty-second notes round's second writer (w85, round 42b): emoji and social-media style, as
young staff type in a page's inbox: a Facebook cake page in Dhanmondi, an Instagram cosmetics shop
in Sylhet, a gadget page in Chattogram, an online saree and jewellery page from Rajshahi.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w85.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w85_round`` were each read differently before the round; those of ``test_w85_lookalikes``
share the round's new words or fold like them and must stay as they were. Both compare
(event, over, who, callback): the round's words are as much about "over" as about the day.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the shop's own replacement or exchange promised for a day
    ("vul size gese 🙄 shonibar replace dimu", ("complaint", False, "self", date(2026, 11, 21))),
    ("ভুল কালার পাঠাইসি 🤦 রবিবার exchange korbo", ("complaint", False, "self", date(2026, 11, 22))),
    ("box bhanga aise 😭 kal replace kore dimu", ("complaint", False, "self", date(2026, 11, 20))),
    # a price list sent, a new collection shown, a price told on a day
    ("robibar e list pathabo bolsi, inbox e bolse ok", (None, False, None, date(2026, 11, 22))),
    ("porshu নতুন কালেকশন দেখাইতে কইসে", (None, False, None, date(2026, 11, 21))),
    ("photo pathabe kal, tokhon price bolbo", (None, False, None, date(2026, 11, 20))),
    # the evening with its ending apart; the customer's day off, the call tied to it
    ("ph dhore nai, bolse shondha e call dio", ("busy", False, "self", date(2026, 11, 19))),
    ("office e chilo, robibar off day, tokhon call dite bolse", ("busy", False, "self", date(2026, 11, 22))),
    # an angry customer calmed down after amends
    ("cake late hoise 😡 free delivery dewar por thanda hoise 👍", ("complaint", True, "self", None)),
    ("parcel late, bhabi rag korsilo, maf chaisi, ekhon thanda 🙂", ("complaint", True, "self", None)),
    # a vehicle repaired, in the passive or in অইছে
    ("গাড়ির চাকা পাংচার ছিল, এখন সারানো হইছে", ("vehicle_trouble", True, "self", None)),
    ("bike er brake nosto chilo 😭 ekhon repair oise ✅", ("complaint", True, "self", None)),
])
def test_w85_round(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a cold caught, food gone cold, an AC that does not cool: nobody calmed down
    ("বাবুর ঠান্ডা হইছে, কাশি ও আছে", ("illness", False, "child", None)),
    ("ammu r ekhon thanda lagse, pore call dio", ("illness", False, "mother", None)),
    ("biryani thanda hoye gese bolse, rag", ("complaint", False, "self", None)),
    ("AC ekhon thanda kore na, kal mistri pathabo", ("complaint", False, "self", date(2026, 11, 20))),
    # the customer's wish for an exchange with no promise; one done; a repair still to come
    ("ভুল রঙের পাঞ্জাবি গেছে, cust রাগ. exchange কাল", ("complaint", False, "self", None)),
    ("exchange chaise, kal courier pathabo", ("complaint", False, "self", None)),
    ("replace dise gotokal, ekhon khushi", ("complaint", True, "self", None)),
    ("bike repair hoile call dibe", ("vehicle_trouble", False, "self", None)),
    # the shop's own off day, a list already sent
    ("told him Friday is our off day", (None, False, None, None)),
    ("friday amader off day, kal call dibo", (None, False, None, date(2026, 11, 20))),
    ("price list pathaisi, seen kore rakhse", (None, False, None, None)),
])
def test_w85_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected
