"""The twenty-first notes round's first writer (w42): a Motijheel travel agency (air tickets, Umrah
and Hajj packages, visas), a Banani gym and supplements shop, a Dhaka online-grocery care desk, a
Chattogram EPZ canteen and catering supplier; most notes in the English Bangladeshi call-centre
staff write.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w42.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w42_round`` and ``test_w42_over`` were each read differently before the round; those of
``test_w42_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import CALLED, read


@pytest.mark.parametrize("note, expected", [
    # a travel agency's pilgrimages for sale: a package, a visa, a group, papers, a registration
    ("Umrah pkg price list sent to Mr Karim, call sat", (None, None, date(2026, 11, 21))),
    ("Mrs Hasina asked umrah visa processing time, quoted 12 days", (None, None, None)),
    ("Hajj pre-reg er NID copy pending, cx will send", (None, None, None)),
    ("17 pax umrah group for Feb, deposit pending", (None, None, None)),
    ("Hajj registration er jonno 3 lakh jama dise", (None, None, None)),
    ("cx in meeting, call back after 3pm re umrah package", ("busy", "self", CALLED)),
    # a canteen's food served cold, a hair in it
    ("found hair in the food today, admin wants explanation", ("complaint", "self", None)),
    ("Admin said lunch was cold again, pls send it earlier", ("complaint", "self", None)),
    # a gym member's sprain, a fever as "high temp", an upset stomach, loose motion
    ("Member Nadia twisted her ankle on the treadmill, resting", ("illness", "self", None)),
    ("he twisted his knee at deadlift, rest 1 week", ("illness", "self", None)),
    ("Mr Alam not feeling good, high temp since last night, skip PT", ("illness", "self", None)),
    ("Mrs Jui's mother has high temp, skipped session", ("illness", "mother", None)),
    ("kid has loose motion, wants ORS and khichuri items", ("illness", "child", None)),
    ("Mr Hamid has stomach upset since morning, no protein shake today", ("illness", "self", None)),
    # abroad with no roaming; back when he returns (no goods returned)
    ("cx in Riyadh, no roaming, try later", ("busy", "self", None)),
    ("cx said he's in Saudi for a week, call back after he returns", ("busy", "self", None)),
    ("Going for umrah next week, call after he returns", ("busy", "self", date(2026, 11, 26))),
    # a holud by whose it is; a diet given up is no death
    ("cx's sister's holud on friday, 20 kg polao rice order", ("celebration", "sister", None)),
    ("meyer holud kal, 50 packet biryani lagbe", ("celebration", "daughter", None)),
    ("no more diet food this week, cx's engagement on sat", ("celebration", "self", None)),
    # a sheet's "chk" with its day, an hour right after the call, papers ready in days (CALLED is a
    # Thursday)
    ("Quote sent for iftar boxes, chk sat", (None, None, date(2026, 11, 21))),
    ("Visa file pending, chk mon", (None, None, date(2026, 11, 23))),
    ("cx at office, said call after 4:30", (None, None, CALLED)),
    ("will call her at 9 re the trainer slot", (None, None, CALLED)),
    ("Saudi visa er stamping 5 din e ready hobe, tokhon janabo", (None, None, date(2026, 11, 24))),
    # a flight's hour is no call's; asked not to be called after an hour
    ("Pax's brother stuck in traffic, may not reach the airport for the 8pm flight", ("busy", "self", None)),
    ("cx asked not to call after 10pm, she sleeps early", (None, None, None)),
])
def test_w42_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # the wrong goods changed for the right ones (পাল্টে, as বদলে)
    ("ভুল সাইজ এসেছিল, পাল্টে দেওয়া হয়েছে", ("complaint", "self")),
    ("wrong brand oil eshechilo, palte dewa hoise", ("complaint", "self")),
])
def test_w42_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == (*expected, True)


@pytest.mark.parametrize("note, expected", [
    # back from a pilgrimage is still a celebration; a father "no more" is still a death
    ("Umrah theke firsen, mishti dilo", ("celebration", "self", None)),
    ("Hajj থেকে ফিরসেন, zamzam আনসে", ("celebration", "self", None)),
    ("cx er abba no more, janaza after asr", ("bereavement", "father", None)),
    # a parcel delivered to a wife is no birth; turmeric and a yellow saree are no holud
    ("Parcel delivered to his wife at home", (None, None, None)),
    ("wants 2 kg holud gura and 1 kg morich", (None, None, None)),
    ("meyer jonno holud saree, size M", (None, None, None)),
    # cold storage and cold drinks are goods
    ("Gulshan branch er cold storage e 20 carton", (None, None, None)),
    ("cold drinks 5 crate for the office party", (None, None, None)),
    # "call after 2 days" and "after 10 din" stay days, not hours; a stock check has no day
    ("call after 2 days, he is in Saudi", ("busy", "self", date(2026, 11, 21))),
    ("cx said call back after 10 din", ("busy", "self", date(2026, 11, 29))),
    ("stock check, atta low. order next sun", (None, None, None)),
    # a returns policy asked is no complaint; roaming abroad is still busy; days a job takes, with
    # no "then", stay no day
    ("returns policy asked, told 7 days", (None, None, None)),
    ("roaming e ase, pore call", ("busy", "self", None)),
    ("3 din lagbe, janabo", (None, None, None)),
])
def test_w42_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
