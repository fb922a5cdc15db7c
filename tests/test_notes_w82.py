"""The forty-first notes round's first writer (w82, round 41a): Hindu, Christian, Buddhist and
Adivasi families' notes for a Shankhari Bazar puja goods shop, a Barishal sweets and catering
shop, a Rangamati and Bandarban handicraft shop and a Gopalganj jewellery shop.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w82.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w82_round`` were each read differently before the round; those of ``test_w82_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a death in the Hindu words, told as it happened
    ("jethur dehanto hoyeche aj bhore, shoshane niye gese", ("bereavement", "relative", None)),
    # (boudi is how the staff speak to her: her father, as w81's "ভাবির আম্মা" is her mother)
    ("boudir baba dehanto hoyechen gotokal, pore kotha hobe", ("bereavement", "father", None)),
    ("kakur swargobas hoise ratre, pore kotha hobe", ("bereavement", "relative", None)),
    # বড়দা, মেজদা: an elder brother
    ("বড়দার জন্ডিস, হাসপাতালে ভর্তি", ("illness", "brother", None)),
    ("mejdar bike accident, kono khoti hoy nai, garage e", ("vehicle_trouble", "brother", None)),
    # a fast or a vow's day, a kirtan, a temple: a busy call
    ("উপোস আছেন, বিকালে পুজার পর ফোন দিয়েন", ("busy", "self", date(2026, 11, 19))),
    ("kirtan cholche barite, kal abar phone dibo", ("busy", "self", date(2026, 11, 20))),
    ("She is at the temple for the evening aarti, call Saturday", ("busy", "self", date(2026, 11, 21))),
    # the phone rang out
    ("ফোন বেজে গেল, সাড়া দেয় নাই", ("busy", "self", None)),
    # a name misspelt on the goods, a weight written wrong on the receipt
    ("wedding card e spelling mistake, reprint lagbe", ("complaint", "self", None)),
    ("memo te bhul weight lekha, mane na", ("complaint", "self", None)),
    # a Mahindra as it is said
    ("mahendra rasta e nosto, mal aste deri hobe", ("vehicle_trouble", "self", None)),
    # sandesh is a sweet, not Sunday (সানডে folded)
    ("sandesh er photo pathabe whatsapp e", (None, None, None)),
    # a jeweller's old gold exchanged is trade, no complaint
    ("puran sona exchange kore notun bala, weight mepe janabo", (None, None, None)),
    # an email to be sent, the goods picked up politely
    ("GST er bill chai, kal email kore dibo", (None, None, date(2026, 11, 20))),
    ("প্রদীপ ২০টা pack করা, উনি কাল pick up করবেন", (None, None, date(2026, 11, 20))),
    # the puja's list of goods to come; the customer's man sent to take the goods
    ("লক্ষ্মীপূজার জিনিস লাগবে, শনিবার ফর্দ দিবে", (None, None, date(2026, 11, 21))),
    ("কাল শাঁখা নিতে লোক পাঠাবেন", (None, None, date(2026, 11, 20))),
    # the bill's account to be shown on a day
    ("মিষ্টির দাম বেশি ধরছে বলতেছে, কাল হিসাব দেখাবো", ("complaint", "self", date(2026, 11, 20))),
])
def test_w82_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # স্বর্গবাসী, the adjective, as before; a death by its old words
    ("দিদিমা স্বর্গবাসী হয়েছেন গত মাসে, আজ শ্রাদ্ধ", ("bereavement", "relative", None)),
    # দাদা alone stays a relative (a grandfather or a brother, the schema's relative)
    ("দাদার জ্বর, কাল ফোন দিয়েন", ("illness", "relative", date(2026, 11, 20))),
    # সর্দার (a headman) is no ছোড়দা
    ("সর্দারের মেয়ের জ্বর", ("illness", "daughter", None)),
    # a blood test's fasting, the fast's goods ordered
    ("Fasting sugar report pathabe kal", (None, None, date(2026, 11, 20))),
    ("উপবাসের জন্য ফল আর দুধ ১০ কেজি পাঠাতে হবে", (None, None, None)),
    # goods for a kirtan, a temple's order
    ("কীর্তনের জন্য খোল আর করতাল ২টা", (None, None, None)),
    ("temple committee wants 200 diyas for Kali Puja", (None, None, None)),
    # a name that the shop itself wrote wrong in its ledger, put right
    ("Ledger e tar nam bhul chilo, thik korsi", (None, None, None)),
    # a fraud named is still a complaint (ফর্দ folds like it)
    ("customer bolse fraud, taka ferot chay", ("complaint", "self", None)),
    # Sunday in English and in Bengali letters
    ("সানডে তে call দিয়েন", ("busy", "self", date(2026, 11, 22))),
    # a pickup (the vehicle) broken down; "pickup korbe" stays as it was
    ("bhai er pickup nosto, kal mal jabe na", ("vehicle_trouble", "brother", None)),
    ("Saturday pickup korbe, 500 advance", (None, None, None)),
])
def test_w82_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
