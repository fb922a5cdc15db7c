"""The fiftieth notes round's first writer (w100, round 50a): complaints that name no complaint word
(a wrong colour, size or design sent, goods late or never come, a repair that failed again, a faulty
item, a missing piece, a stain, a bill above the one agreed, a rude delivery man, a promise not
kept) and their look-alikes, at a garments shop in Bashundhara City, a furniture workshop in Khulna,
a TV and AC repair centre in Mymensingh and an online shoe and bag page in Mirpur.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w100.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w100_round`` were each read differently before the round; those of ``test_w100_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a repair that failed again: the same problem again, again after our repair
    ("Same problem again with the oven, not heating after 5 min", ("complaint", "self", None)),
    ("Same problem again on the Singer fridge, ice not forming", ("complaint", "self", None)),
    # a fault there ever since the repair or the fitting
    ("invertar er alarm bajtese, repair er por thekei", ("complaint", "self", None)),
    ("AC te pani pore install er din thekei, apu bolse", ("complaint", "self", None)),
    ("ইনস্টলের দিন থেকেই এসি থেকে শব্দ আসে", ("complaint", "self", None)),
    # goods ordered not yet in the customer's hand
    ("অর্ডার দিয়েছেন ১০ দিন আগে, এখনো হাতে পাননি", ("complaint", "self", None)),
    ("শাড়ির অর্ডার দিয়েছেন ৯ দিন হলো, এখনো হাতে পাননি", ("complaint", "self", None)),
    ("parcel er 8 din hoye gelo, ekhono hat e pay nai", ("complaint", "self", None)),
    ("lehenga order er 2 shoptaho, apu ekhono hate pay nai", ("complaint", "self", None)),
    # goods bought from another page, a repair another shop did: not the shop's fault
    ("অন্য পেজ থেকে কেনা ব্যাগের চেইন ছিঁড়ে গেছে, তাই এবার আমাদের থেকে নিবে", (None, None, None)),
    ("অন্য পেজ থেকে কেনা স্যান্ডেলের ফিতা খুলে গেছে, আমাদের থেকে নতুন নিবে", (None, None, None)),
    ("আগে যে দোকান থেকে সারাইছিলেন ওরা বাজে কাজ করছে, এবার আমাদের কাছে আনবে", (None, None, None)),
])
def test_w100_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the same problem again, after a repair, read as before
    ("fan er same problem again, motor ghure na", ("complaint", "self", None)),
    ("ফ্রিজে আবার একই সমস্যা, ঠান্ডা হয় না", ("complaint", "self", None)),
    ("Washing machine leaking again after our repair", ("complaint", "self", None)),
    # working since the repair or the fitting; a repair done
    ("repair er por theke TV thik cholche, khushi", (None, None, None)),
    ("AC install er din thekei thik ache, kono problem nai", (None, None, None)),
    ("TV repair done last week, working fine now", (None, None, None)),
    # money or wages not yet in hand; goods to be told of when in hand
    ("salary ekhono hate pay nai, pore payment dibe", (None, None, None)),
    ("সেলারি এখনো হাতে পাননি, মাসের শেষে দিবেন", (None, None, None)),
    ("বিকাশের টাকা এখনো হাতে পাননি, কাল দিবেন", (None, None, None)),
    ("order dise gotokal, parcel hate pele janabe", (None, None, None)),
    # a price above another shop's is still a complaint; so is the wrong size with the customer
    # going elsewhere, and our own goods torn
    ("উনার অভিযোগ, দাম অন্য দোকানের চেয়ে বেশি নিছি", ("complaint", "self", None)),
    ("ভুল সাইজ পাঠাইছে, রাগ করে অন্য দোকান থেকে কিনবে", ("complaint", "self", None)),
    ("জুতা ১ সপ্তাহে ছিঁড়ে গেছে, ফেরত চায়", ("complaint", "self", None)),
])
def test_w100_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected

