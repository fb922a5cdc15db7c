"""The sixty-sixth notes round's first writer (w132): the past as background, a death of long ago,
last year's illness, birth or accident, an old complaint settled, beside a new event or an order
now; a pharmacy in Gopalganj, a furniture shop in Pabna, an electronics shop in Narsingdi, a cloth
shop in Moulvibazar (Sylheti touches).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w132.jsonl is measured by tools/measure.py). Those of ``test_w132_round``
were each read differently before the round; those of ``test_w132_lookalikes`` share the round's
new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a death long ago, years back, years now, or in the customer's childhood: background
    ("নানী মারা গেছেন বহু আগে, ওনার আমলের আলমারিটা রং করাবেন", (None, None, None)),
    ("দাদা মারা গেছেন অনেক আগে, ওনার পুরানা ঘড়িটা সারাতে দিলেন", (None, None, None)),
    ("Her husband passed away long ago; she moved the shop account to her son's name today.",
     (None, None, None)),
    ("abba mara gesen 10 bochor hoye gese, milad er jonno 5ta tupi nilo", (None, None, None)),
    ("আম্মা মারা গেছইন ছয় বছর অইছে, উনার মিলাদের লাগি ৫টা শাড়ি নিলা।", (None, None, None)),
    ("His father died when he was small; today he bought two lungis for the imam.", (None, None, None)),
    # ... and its "passed away" is no exam passed, its "expired" no goods past their date
    ("His mother passed away years ago, he paid the dues of 800 tk.", (None, None, None)),
    ("Cust's mother expired 4 yrs back, fridge warranty name change done.", (None, None, None)),
    # last year this time, this day, last year's accident: over, beside a birthday or an order now
    ("meyer birthday shonibar, gotobochor ei somoy ICU te chilo, ebar boro cake nibe",
     ("celebration", "daughter", None)),
    ("ছেলের প্রথম জন্মদিন রবিবার, গত বছর এই দিনে সিজার হয়েছিল। কেক আর জামা নিলেন",
     ("celebration", "son", None)),
    ("gotobochor bike accident e pa vangse, ekhon valo, ekta fan nilo", (None, None, None)),
    # an old complaint settled back then or long ago
    ("purono refund er jhamela onek agei mite gese, aj 2ta chair nilo", (None, None, None)),
    ("The sofa complaint from last year was settled back then; he wants a bed now.", (None, None, None)),
    # a grandchild born, in Sylhet's অইছে, after a clause of background
    ("যে ভাতিজির বিয়ার শাড়ি নিছিলা, তার ঘরে আইজ নাতি অইছে। মিষ্টি পাঠাইছইন।", ("newborn", "relative", None)),
])
def test_w132_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a death now, after a long illness; an exam passed; goods expired
    ("আব্বা অনেক আগে থেকে অসুস্থ ছিলেন, আজ সকালে মারা গেছেন", ("bereavement", "father", None)),
    ("His mother passed away this morning, call next week", ("bereavement", "mother", date(2026, 11, 26))),
    ("Her son passed the SSC with GPA 5, mishti nilo", ("celebration", "son", None)),
    ("Cust's father expired last night, call next week", ("bereavement", "father", date(2026, 11, 26))),
    ("the medicine expired, he wants it changed", ("complaint", "self", None)),
    ("ঔষধের মেয়াদ শেষ, expire হয়ে গেছে, ফেরত দিবেন", ("complaint", "self", None)),
    # last year's like, again now: the illness stands
    ("গত বছরের মতো এবারও আব্বার ডেঙ্গু, হাসপাতালে ভর্তি", ("illness", "father", None)),
    ("gotobochor er moto abar jor, kal theke bichanay", ("illness", "self", None)),
    ("last year his car broke down on the highway, today bought a TV", ("vehicle_trouble", "self", None)),
    # a birth today after a wedding last year this time
    ("গত বছর এই সময় বিয়ে হইছিল, আজ বউয়ের বাচ্চা হইছে", ("newborn", "wife", None)),
    # a complaint settled now, or still open
    ("ফ্রিজ নিয়ে অভিযোগ ছিল, মিটে গেছে, উনি খুশি", ("complaint", "self", None)),
    ("sofar kapor chire gese, rag korse, kal mistri pathabo", ("complaint", "self", date(2026, 11, 20))),
    # a grandchild's goods, no birth told
    ("নাতির জন্য কাঁথা নিলা, মিষ্টি না", (None, None, None)),
])
def test_w132_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
