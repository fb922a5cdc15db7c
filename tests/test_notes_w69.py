"""The thirty-fourth notes round's second writer (w69, round 34b): a life-insurance agent's desk in
Jessore, a microcredit NGO's branch in Kishoreganj, a hospital cash plan sold in Dhaka, a savings
samity in Pabna; premiums, maturity, claims, kisti and passbooks, ordinary business beside the real
events behind them.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w69.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w69_round`` were each read differently before the round; those of ``test_w69_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a member or a client angry, named so
    ("৩ কিস্তির জমা passbook এ ওঠে নাই, সদস্য রাগ", ("complaint", "self", None)),
    ("premium er receipt dey nai agent, client rag. porshu office e ashbe",
     ("complaint", "self", date(2026, 11, 21))),
    # a deposit's term come to its end, savings paid back: no goods past their date
    ("এফডিআরের মেয়াদ শেষ, আবার রাখবেন", (None, None, None)),
    ("DPS er meyad shesh hoise, taka tulbe", (None, None, None)),
    ("সঞ্চয় ফেরত পেয়েছেন, সমিতি থেকে নাম কাটাবেন", (None, None, None)),
    # a baby on the way to a family member, premiums and cover talked of around it
    ("বোনের বাচ্চা হবে, ঢাকা গেছেন, ফিরে প্রিমিয়াম দিবেন", ("newborn", "sister", None)),
    ("মেয়ের বাচ্চা হবে সামনের মাসে, ম্যাটারনিটি কভার আছে কিনা জিগাইলো", ("newborn", "daughter", None)),
    # Kishoreganj's -ডা on বাচ্চা
    ("বাচ্চাডার জ্বর, কিস্তি দিতে পারে নাই", ("illness", "child", None)),
    # the field officer's home visit, an email to send: the next contact
    ("সদস্যের স্বামী অসুস্থ, শনিবার বাড়ি যাবো", ("illness", "husband", date(2026, 11, 21))),
    ("member er abba hospital e, robibar bari jabo", ("illness", "father", date(2026, 11, 22))),
    ("hospital cash plan er rate chaise, kal email korbo", (None, None, date(2026, 11, 20))),
    # coming to have a passbook updated or to pay a premium is business, not a call put off
    ("kal passbook update korte ashbe", (None, None, date(2026, 11, 20))),
    ("শনিবার প্রিমিয়াম দিতে আসবে", (None, None, date(2026, 11, 21))),
])
def test_w69_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # goods past their date stay a complaint; a policy expired was no event before either
    ("ওষুধের মেয়াদ শেষ, ফেরত দিবে", ("complaint", "self", None)),
    ("biscuit er meyad shesh, ferot chay", ("complaint", "self", None)),
    ("policy expire hoye gese, renew korte chay", (None, None, None)),
    # anger said to be great, at the call, stays busy; a member angry as before
    ("khub rag kore phone kete dise", ("busy", "self", None)),
    ("loan theke insurance er taka kete nise, member rag", ("complaint", "self", None)),
    # a delivery for "bhai" is his parcel; a nephew's akika ordered is an order
    ("Karim bhai er delivery hobe kal, parcel ready", (None, None, None)),
    ("bhagne er akika, 50 jon er khabar order", (None, None, None)),
    ("bou er baccha hobe, maternity claim er form chaise", ("newborn", "wife", None)),
    # a call or a visit with nothing else said is still busy; the customer going home, busy
    ("kal call dibo", ("busy", "self", date(2026, 11, 20))),
    ("kal ashbe", ("busy", "self", date(2026, 11, 20))),
    ("kal bari jabe, tai aj busy", ("busy", "self", date(2026, 11, 20))),
    ("বাচ্চাটার জ্বর, হাসপাতালে", ("illness", "child", None)),
])
def test_w69_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
