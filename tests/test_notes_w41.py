"""The twentieth notes round's second writer (w41, round 20b): a Moulvibazar (Old Dhaka) spice
and dry-goods wholesaler speaking Dhakaiya, a Narsingdi (Babur Haat) fabric wholesaler, a Dinajpur
seller of litchi, kataribhog rice and chira, a Bogura motorbike showroom and servicing centre;
nearly half the notes in Banglish with wildly varying spellings.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w41.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w41_round`` and ``test_w41_over`` were each read differently before the round; those of
``test_w41_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import CALLED, read


@pytest.mark.parametrize("note, expected", [
    # killed on the spot in a crash
    ("cust er chele highway te spot dead 😔", ("bereavement", "son", None)),
    # chira (flattened rice) folds like ছিঁড়া (torn): with the food it goes with, it is goods
    ("৫ বস্তা চিড়া আর গুড় পাঠাবো শনিবার", (None, None, None)),
    ("promotion paise, office e chira doi khawabe", ("celebration", "self", None)),
    # a storm (ঝড়) and a loud voice (জোর গলায়) fold like a fever
    ("ঝড় বৃষ্টিতে ভ্যান আটকা, মাল কাইল যাইবো", ("vehicle_trouble", "self", None)),
    ("jor golay bollo ar onno dokane jabe na, amader mal i best", (None, None, None)),
    # bikes by their model, a pushcart, turned over, towed
    ("Pulsar ta bazar e bondho hoye gese", ("vehicle_trouble", "self", None)),
    ("Apache er chaka bosse gese Mokamtola te", ("vehicle_trouble", "self", None)),
    ("ঠেলাগাড়ি উল্টাইছে বাজারের মোড়ে, চাল নষ্ট হয় নাই", ("vehicle_trouble", "self", None)),
    ("Gixxer ta toe kore anse Sherpur theke", ("vehicle_trouble", "self", None)),
    # an instalment plan's breakdown is no breakdown
    ("wants EMI breakdown for Discover 125, call sat", (None, None, date(2026, 11, 21))),
    # a row over the price, goods that came damp; little money in hand is no shortage
    ("dam niya ragarag korlo, onno shop e kom", ("complaint", "self", None)),
    ("the turmeric came damp, he wants fresh stock", ("complaint", "self", None)),
    ("taka kom ache, ebar 2 bosta kom nibe", (None, None, None)),
    # not to be reached, not up yet; once tonight
    ("phone e dhora jacche na, rat e ekbar try korbo", ("busy", "self", CALLED)),
    ("number ta dhora jay na, kal abar", ("busy", "self", date(2026, 11, 20))),
    ("ghum theke uthe nai ekhono", ("busy", "self", None)),
    ("ঘুম থেকে উঠে নাই, বিকালে আবার", ("busy", "self", CALLED)),
    # a showroom set up, in the honorific; a grandchild born in the daughter's house, Dhakaiya
    ("Rahim saheb Bogura te notun showroom disen, 10 ta helmet nibe", ("celebration", "self", None)),
    ("mayar ghore nati hoise, mishti nilo 5 kg", ("newborn", "daughter", None)),
    # a fever that did not go down is still there
    ("ছেলের জ্বর কমে নাই, আর ঔষধ লাগবো", ("illness", "son", None)),
    # the days it takes, then the contact after them
    ("kapor ashte 3 din lagbe, tarpor fon dibo", (None, None, date(2026, 11, 22))),
    ("৫ দিন লাগবে মাল আসতে, আসলে জানামু", (None, None, date(2026, 11, 24))),
    # sending a rate, having to ask; "kalkei"
    ("kalkei rate pathabo voile er", (None, None, date(2026, 11, 20))),
    ("send rate tmrw, wants 50 yards lawn", (None, None, date(2026, 11, 20))),
    ("next week jigaite hobe order ta", (None, None, date(2026, 11, 26))),
    # "theke" of the accounts, not "since" the day after tomorrow
    ("porshu accounts theke call dibe, bill niye", (None, None, date(2026, 11, 21))),
    # a call told of, last night: no call-back tomorrow
    ("Karim bhai kal rat e fon kore bollo tar nanar intekal", ("bereavement", "relative", None)),
])
def test_w41_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # "কমে নাই" is no going down; platelets back to normal and goods replaced are over
    ("নানির জ্বর কমে নাই এখনো, দোকানে আসবে না", ("illness", "relative", False)),
    ("ammu r dengi silo, ekhon platelet normal", ("illness", "mother", True)),
    ("abba r typhoid silo, platelet normal ekhon", ("illness", "father", True)),
    ("lungi wrong size gesilo, pore replace hoise", ("complaint", "self", True)),
])
def test_w41_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # torn is still torn; a chain torn is the bike's
    ("saree ta chira, replace chay", ("complaint", "self", None)),
    ("bike er chain chira, rastay atka", ("vehicle_trouble", "self", None)),
    ("chira r dam kom rakhte bolse", (None, None, None)),
    ("10 kg chira r 5 kg gur, Rangpur e courier", (None, None, None)),
    # no fever is no fever; a fever that did not let go is still one
    ("jor nai, order ta pathan", (None, None, None)),
    ("jor chare nai meyer, doctor er kache nibe", ("illness", "daughter", None)),
    ("জোরে বৃষ্টি, ফোন ধরে নাই", ("busy", "self", None)),
    # a friend's showroom opened is not the customer's
    ("ওনার বন্ধু নতুন শোরুম খুলছে, পার্টস নিবে", (None, None, None)),
    # "since" right after the day; a call still to come; days it takes with no call tied to them
    ("kal theke jor, porshu call dibo", ("illness", "self", date(2026, 11, 21))),
    ("kal fon kore bolbo dam", (None, None, date(2026, 11, 20))),
    ("3 din lagbe delivery hote", (None, None, None)),
    # a bill's breakdown; no money in hand
    ("price breakdown chaise bill er", (None, None, None)),
    ("taka nai hate, kisti pichabe", (None, None, None)),
    ("doctor dekhaise ammu ke, porshu kotha hobe", ("illness", "mother", date(2026, 11, 21))),
])
def test_w41_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
