"""Single notes the blind story trials of stop 39 read wrongly, and their look-alikes:

* the customer named with a term of address or a title in the event's own clause is whom it
  happened to, though a relation in another clause answered the phone ("মোস্তফা ভাই মারা গেছেন,
  ছেলে ফোন ধরেছে": trials 8 and 10 sent the condolence for the son);
* a workshop the shop holds is no vehicle's workshop ("workshop er kotha shune agrohi": trial 13
  made a "trouble with your vehicle" message);
* a baby's aqiqah on a day to come is that news's day ("আকিকা হবে ২৮ তারিখে": trial 11).
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read

CALLED = date(2026, 11, 17)


@pytest.mark.parametrize("note, expected", [
    ("মোস্তফা ভাই মারা গেছেন, ছেলে ফোন ধরেছে", ("bereavement", "self")),
    ("ফোন ধরলেন উনার ছেলে। বললেন করিম সাহেব গত রাতে হাসপাতালে মারা গেছেন", ("bereavement", "self")),
    ("Mostafa bhai passed away, his son picked up", ("bereavement", "self")),
    ("Rahim bhai hospital e, wife bollo", ("illness", "self")),
])
def test_the_customer_named_with_the_event_is_whom_it_happened_to(note, expected):
    r = read(note, CALLED)
    assert (r.event, r.who) == expected


@pytest.mark.parametrize("note, expected", [
    ("Karim bhai er abba mara gese, chele phone dhorse", ("bereavement", "father")),
    ("রফিক ভাইয়ের মেয়ে হাসপাতালে, ছেলে ফোন ধরল", ("illness", "daughter")),
    ("করিম সাহেবের বাবা মারা গেছেন, ছেলে ফোন ধরল", ("bereavement", "father")),
    ("wife phone dhorse, jor", ("illness", "wife")),
    ("ভাইয়ের অ্যাকসিডেন্ট, অবরোধের ইটে বাইক উল্টে পা ভাঙছে", ("illness", "brother")),
])
def test_someone_of_theirs_keeps_the_relation(note, expected):
    r = read(note, CALLED)
    assert (r.event, r.who) == expected


@pytest.mark.parametrize("note", [
    "workshop er kotha shune agrohi, aste chan", "workshop er date ta abar bolben",
    "ওয়ার্কশপের তারিখ জানতে চাইলেন", "sewing workshop e ashben, 2 jon"])
def test_a_workshop_the_shop_holds_is_no_vehicle_trouble(note):
    assert read(note, CALLED).event is None


@pytest.mark.parametrize("note", ["গাড়ি ওয়ার্কশপে, কাল পাবে", "car workshop e ache, engine er kaj"])
def test_a_car_in_the_workshop_is_still_vehicle_trouble(note):
    assert read(note, CALLED).event == "vehicle_trouble"


def test_an_aqiqah_to_come_is_the_news_day():
    r = read("আকিকা হবে ২৮ তারিখে, দাওয়াত দিয়েছেন", CALLED)
    assert (r.event, r.event_day) == ("newborn", date(2026, 11, 28))
