"""The twenty-sixth notes round's first writer (w52, round 26): an online gadget shop run from a
Facebook page (courier, cash on delivery), a home-made tiffin and office lunch-box service, a gym
and supplement shop, a coaching centre for SSC/HSC and admission tests; Banglish-heavy, young staff
writing WhatsApp style.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w52.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w52_round``, ``test_w52_over`` and ``test_w52_days`` were each read differently before the
round; those of ``test_w52_lookalikes`` share the round's new words or fold like them and must stay
as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a pupil's little brother or sister born, with the mother in hospital; a delivery's pains
    ("Nabil er ammu clinic e, ajke choto bhai hoise, class e ashbe na kichudin", ("newborn", "mother", None)),
    ("ওর আম্মু হাসপাতালে, কাল রাতে ছোট বোন হয়েছে", ("newborn", "mother", None)),
    ("ওনার বোন ক্লিনিকে, ডেলিভারির ব্যথা উঠছে, লাঞ্চ বক্স আজ লাগবে না", ("newborn", "sister", None)),
    # a woman in the labour room, whoever the note's rider is
    ("rider bollo sir er bou labour room e, aj box lagbe na", ("newborn", "wife", None)),
    # a tiffin's food: salty, the rice hard, full of fish bones
    ("aj er torkari te lobon beshi, 2 jon khete pare nai", ("complaint", "self", None)),
    ("ভাত শক্ত ছিল আজকে, ডাল ও ঠান্ডা", ("complaint", "self", None)),
    ("মাছের কাঁটা বেশি দিছে, বাচ্চারা খেতে পারে না", ("complaint", "self", None)),
    # a case that will not charge, a fee taken twice, wrong answers, marks mixed up
    ("earphone er case charge ney na, kal dekhbe", ("complaint", "self", date(2026, 11, 20))),
    ("bkash e fee 2 bar kete nise, screenshot dise", ("complaint", "self", None)),
    ("physics sheet এ ভুল answer দেওয়া, ছাত্ররা confused", ("complaint", "self", None)),
    ("Guardian says the marks were mixed up between two students", ("complaint", "self", None)),
    # a muscle pulled at the gym, a slipped disc
    ("gym e squat korte giye komore tan lagse, 1 week ashbe na", ("illness", "self", None)),
    ("ammur slipped disc, exercise bondho", ("illness", "mother", None)),
    # at the office now, fetching the child from school now
    ("guardian bollo ekhon office e, shonibar call dite", ("busy", "self", date(2026, 11, 21))),
    ("baccha ke school theke ante gesen, bikale call", ("busy", "self", date(2026, 11, 19))),
    # "nije janalo": who told it, not whose the death or the illness is
    ("Sumon nije janalo tar dadi intekal korechen, kal janaza", ("bereavement", "relative", None)),
    ("Tania nije bollo or ammu hospital e", ("illness", "mother", None)),
    # a parents' meeting, a scholarship exam, enrolling with the centre itself, a membership run
    # out, a demo class asked for: no event
    ("porshu guardian meeting, tokhon fees er kotha bolbo", (None, None, date(2026, 11, 21))),
    ("shonibar scholarship exam, er por result", (None, None, None)),
    ("choto bhai ke o amader kache bhorti korabe next month", (None, None, None)),
    ("membership expire hoye gese, renew korbe shonibar", (None, None, None)),
    ("Mother wants a demo class for HSC physics, will call back tomorrow with timing",
     (None, None, date(2026, 11, 20))),
])
def test_w52_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # all normal again, back from the workshop, the issue settled, a shoulder fine now
    ("garir chaka pangchar hoisilo, aj sob normal", ("vehicle_trouble", "self", True)),
    ("gari workshop theke ashse, kal theke abar nijei chalaben", ("vehicle_trouble", "self", True)),
    ("overcharge issue mitse, next bill e adjust kore dilam", ("complaint", "self", True)),
    ("apar shoulder injury ekhon thik, abar gym e ashben", ("illness", "self", True)),
])
def test_w52_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected


@pytest.mark.parametrize("note, callback", [
    # the day something starts from, an exam's day, a parcel's day, with the call tied to it
    ("shonibar theke notun batch, oi din call dite bolse", date(2026, 11, 21)),
    ("5 tarikh theke lunch box abar shuru, oi din phone dio", date(2026, 12, 5)),
    ("22 tarikh e model test, oi din bikale call dite bolse", date(2026, 11, 22)),
    ("parcel 2 din por nibe, tokhon call dite bolse", date(2026, 11, 21)),
    # days of rest, then a call; not tomorrow either
    ("doctor 5 din rest dise, tarpor call dite bolse", date(2026, 11, 24)),
    ("ekhon busy, kal o na, porshu dhoren", date(2026, 11, 21)),
])
def test_w52_days(note, callback):
    assert read(note).callback == callback


@pytest.mark.parametrize("note, expected", [
    # a call cut twice is busy, not a fee taken twice; goods for a clinic's labour room
    ("দুইবার কেটে দিলেন, পরে ফোন দিতে হবে", ("busy", "self", None)),
    ("ক্লিনিকের লেবার রুমের জন্য ৩টা বেড", (None, None, None)),
    # a woman telling of her own baby; a fever since yesterday
    ("ভাবি নিজে বললেন ওনার বাচ্চা হবে", ("newborn", "self", None)),
    ("kal theke jor, tokhon theke khaite pare na", ("illness", "self", None)),
    # money short ("tan"), salt asked for less, at the office for a delivery: no event
    ("taka te tan porse, pore dibe", (None, None, None)),
    ("lobon kom diben, jhal o kom", (None, None, None)),
    ("ekhon office e delivery nibe", (None, None, None)),
    # a scholarship won; a prize in its own clause after the exam; a mother in hospital
    ("meye scholarship paise, mishti order", ("celebration", "daughter", None)),
    ("scholarship exam dise, first hoise", ("celebration", "self", None)),
    ("ammu hospital e bhorti", ("illness", "mother", None)),
    # an exam told as past, a day they cannot come, a pain that should pass
    ("shonibar exam hoise, oi din call dio", (None, None, None)),
    ("kal ashte parbe na, porshu ashbe", (None, None, date(2026, 11, 21))),
    ("knee pain, should be ok by monday", ("illness", "self", None)),
])
def test_w52_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
