"""The forty-fifth notes round's second writer (w91, round 45b): notes pasted from chats (WhatsApp and
Messenger lines with their times and speakers, "Me:", "You:", "আমি:", "আপনি:", the staff's summary
after them) at an online pharmacy's Facebook page, a furniture showroom, a school-uniform and shoe
shop and an AC and fridge servicing company.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w91.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w91_round`` were each read differently before the round; those of ``test_w91_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a prayer for getting well ("আল্লাহ সুস্থ করুক") answering bad news is no recovery
    ("[রাত ৮:১০] রুমা: আম্মুর পা ভাঙছে, হাসপাতালে\n[রাত ৮:১১] আমি: আল্লাহ সুস্থ করুক আপা",
     ("illness", False, "mother", None)),
    ("Customer: abbu hospital e, typhoid dhorse\nMe: allah sustho korun bhai", ("illness", False, "father", None)),
    ("ছেলের জ্বর, ক্লিনিকে ভর্তি। আল্লাহ সুস্থ রাখুক, অর্ডার পরে", ("illness", False, "son", None)),
    # the staff's apology, the customer addressed, is no customer too sad to talk
    ("কাস্টমার: ৮ নম্বর জুতা আছে?\nআপনি: ভাই দুঃখিত, ৮ নাই, ৯ আছে", (None, False, None, None)),
    # the staff's own family, the summary saying so
    ("[রাত ৯:০০] আমি: ভাই আমার বাবা হাসপাতালে, দুইদিন আসবো না\n[রাত ৯:০২] কাস্টমার: আল্লাহ শেফা দিক\n"
     "স্টাফের নিজের কথা, কাস্টমারের কিছু না", (None, False, None, None)),
    ("Me: amar boner biye, 2 din dokan bondho\nCustomer: mubarak bhai!\ncust er kichu na, order normal",
     (None, False, None, None)),
    # a customer busy in the reply to the staff's offer or question
    ("সকাল ১০:০০ আপনি: আপা অর্ডার টা কনফার্ম করবেন?\nসকাল ১০:২০ রাশেদা: অখন ব্যস্ত, রবিবার কইমু",
     ("busy", False, "self", date(2026, 11, 22))),
    ("[9:00 PM] You: sir AC servicing er date ta confirm korben?\n[9:20 PM] Mr Alam: ami ekhon Sylhet e, "
     "shombar call dio", ("busy", False, "self", date(2026, 11, 23))),
])
def test_w91_round(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # well now, and got well and home: over as before
    ("মেয়ে এখন সুস্থ", ("illness", True, "daughter", None)),
    ("আব্বা সুস্থ হয়ে বাসায় ফিরছে", ("illness", True, "father", None)),
    # a customer sad and unable to talk; an apology beside a complaint's words
    ("কাস্টমার দুঃখিত, কথা বলতে পারবে না, পরে", ("busy", False, "self", None)),
    ("কাস্টমার: জুতার সোল খুলে গেছে এক সপ্তাহে\nআপনি: আপা দুঃখিত, বদলে দিমু", ("complaint", False, "self", None)),
    # someone else's event said so; the customer's own grandfather
    ("birthday cake ta boss er meye er, customer er na", (None, False, None, None)),
    ("কাস্টমারের নানা অসুস্থ, হাসপাতালে", ("illness", False, "relative", None)),
    # a reply taking the staff's offer up is no busy call; a customer's own "busy"
    ("Me: apa notun collection asche, dekhben?\nCustomer: ha, kal call dien", (None, False, None, date(2026, 11, 20))),
    ("[2:00 PM] Me: apa uniform ready, kobe niben?\n[2:10 PM] Lima: ha kal nibo, kal call dio",
     (None, False, None, date(2026, 11, 20))),
    ("Customer: ekhon busy, order ta kal confirm korbo", ("busy", False, "self", date(2026, 11, 20))),
])
def test_w91_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected
