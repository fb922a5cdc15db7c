"""The forty-ninth notes round's first writer (w98, round 49a): numbers everywhere, from an onion and
spice wholesaler in Shyambazar, a phone EMI shop in Narayanganj, a cement and rod dealer in Sylhet and
an admission coaching desk in Rajshahi: amounts, weights, invoices, instalments, clock times.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w98.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w98_round`` were each read differently before the round; those of ``test_w98_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # "আবার দিতে বলছে": asked to ring again, at an hour of today
    ("মিটিং এ আছে, রাত ৯টায় আবার দিতে বলছে", ("busy", "self", date(2026, 11, 19))),
    # the hour in words, glued to its টায়, after a time of day or half past
    ("ক্লাসে আছে, বিকাল সাড়ে পাঁচটায় কল দিতে বললেন", ("busy", "self", date(2026, 11, 19))),
    ("সন্ধ্যা ছয়টায় ফোন দিতে বলছে, এখন গাড়িতে", ("busy", "self", date(2026, 11, 19))),
    # বাদ without its ending after a prayer: after it, today
    ("dhore nai, esha r bad abar dimu", ("busy", "self", date(2026, 11, 19))),
    ("ফোন ধরে নাই, আসরের বাদ আবার দিমু", ("busy", "self", date(2026, 11, 19))),
    # কাল with ছিল: yesterday's meeting, no call tomorrow
    ("ফোন ধরলো না, kal meeting chilo, ajo busy", ("busy", "self", None)),
    ("কাল মিটিং ছিল বলল, আজও ফ্রি না", ("busy", "self", None)),
    # the body coming on a day is no visit
    ("Father expired in Dhaka, body coming on Sunday. Shop closed", ("bereavement", "father", None)),
    # the shop's own "calling tomorrow"
    ("Wrong rod size sent, 12 mm instead of 10 mm. Calling tomorrow to sort it",
     ("complaint", "self", date(2026, 11, 20))),
    # overcharged, as the customer said it to the staff ("we charged more")
    ("ইনভয়েসে ১,৫০০ টাকা বেশি ধরছি বলছে, কাল ফোন দিবো", ("complaint", "self", date(2026, 11, 20))),
    ("kisti 4500 beshi dhorsi bolse, receipt dekhabe", ("complaint", "self", None)),
])
def test_w98_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # goods given again, not a call ("দিতে হবে", "দিতে বলছে" with the goods and no day)
    ("কাল আবার দিতে হবে ১০ বস্তা সিমেন্ট", (None, None, None)),
    ("মাল আবার দিতে বলছে, ২০ বস্তা", (None, None, None)),
    # একটায় alone is one of the goods, not one o'clock
    ("৩ বস্তার একটায় দাগ, বদলায়ে দিতে বলছে", ("complaint", "self", None)),
    # the shop's own "we charged more", no grievance told
    ("২০০ টাকা বেশি ধরছি, পরের বারে কম রাখবো", (None, None, None)),
    # কাল ahead, and কাল gone by with today's call
    ("কাল মিটিং আছে, পরশু ফোন দিতে বলছে", ("busy", "self", date(2026, 11, 21))),
    ("kal free thakbe, call dibo", ("busy", "self", date(2026, 11, 20))),
    ("কাল ব্যস্ত ছিল, আজ রাতে ফোন দিবো", ("busy", "self", date(2026, 11, 19))),
    ("এখন কথা বলা যাবে না, কাল অডিট ছিল, আজও ব্যস্ত", ("busy", "self", None)),
    # a person coming on a day is a visit; calling already done is no call asked for
    ("He is coming on Saturday to pay the 3rd installment", (None, None, date(2026, 11, 21))),
    ("Kept calling since morning, no answer", ("busy", "self", None)),
    # "bad" as news, days "bad" as after, a prayer's "por"
    ("khobor bhalo na, bad news, shop bondho", (None, None, None)),
    ("3 din bad call dio, 50 bosta lagbe", (None, None, date(2026, 11, 22))),
    ("asor er por call dio, 2 ton rod er hisab", ("busy", "self", date(2026, 11, 19))),
])
def test_w98_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
