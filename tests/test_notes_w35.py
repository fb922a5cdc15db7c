"""The seventeenth notes round's second writer (w35, round 17b): a Pabna and Sirajganj dairy-cattle
feed and veterinary-medicine shop, a Gazipur and Mymensingh poultry-feed and day-old-chick
supplier, a Cumilla bKash and Nagad agent with a mobile-accessories shop; farmers whose animals
fall ill and die.

The sentences are written for these tests in the writers' styles, not taken from the corpus
(tests/data/notes/dev_w35.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w35_round`` were each read differently before the round; those of ``test_w35_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest

from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # an animal's illness, death or calving is the farmer's business, not a person's event
    ("গাভীটার জ্বর, দুইদিন ধরে খায় না, ইনজেকশন নিল", (None, None, None)),
    ("ওনার দুইটা ছাগল মারা গেছে, ভ্যাকসিন নিবে", (None, None, None)),
    ("layer er 300 pic mara gese heat stroke e", (None, None, None)),
    ("3 cows down with fever, wants calcium", (None, None, None)),
    ("his calf died last night", (None, None, None)),
    ("গাভীর বাচ্চা হইছে গতকাল, দুধের পাউডার নিবে", (None, None, None)),
    ("gai er baccha hoise, bokna", (None, None, None)),
    # the owner before the animal ("cust er 2ta gai", "বাবার গরু") is not the one ill
    ("বাবার গরু মারা গেছে", (None, None, None)),
    ("cust er 2ta gai er jor", (None, None, None)),
    # the customer telling of it is not the one it happened to
    ("customer বললো গরু মারা গেছে", (None, None, None)),
    # "my" owns the cow; the mother's stay in hospital is the event
    ("my cow died and my mother is in hospital", ("illness", "mother", None)),
    # the calf's medicine in the next clause is the calf's too (বাছুর folds like ভাসুর)
    ("বাছুরের পাতলা পায়খানা, স্যালাইন নিল", (None, None, None)),
    # sad about the animal: the call happened, no busy call
    ("goru ta mara gese, mon kharap", (None, None, None)),
    # at a janaza in the customer's own words: a busy call, nobody of theirs died
    ("জানাজায় আছি বললো, শনিবার ফোন দিতে", ("busy", "self", date(2026, 11, 21))),
    # a cattle-breeding (AI) technician, a SIM card replaced at the agent's: no complaint
    ("AI technician er number nilo", (None, None, None)),
    ("sim replace korte ashse, NID chilo na", (None, None, None)),
    # Thursday said বিহস্পতিবার; a second batch of chicks is no 2nd of a month
    ("খামারে ডাক্তার যাবে বিহস্পতিবার, ঐদিন ফোন দিমু", (None, None, date(2026, 11, 26))),
    ("3rd batch chicks next wk, confirm then", (None, None, date(2026, 11, 26))),
    # a daughter in texting, a nephew in Cumilla's words
    ("dghtr in hospital with fever", ("illness", "daughter", None)),
    ("ভাইগনার জ্বর, পরে কথা", ("illness", "relative", None)),
    # the wrong medicine given; a bad line is a call cut short
    ("ভুল ওষুধ দিছিল, পাল্টাইয়া দিছি", ("complaint", "self", None)),
    ("ভাই ফোন করছিলো, লাইন খারাপ, কাল দিবে", ("busy", "self", date(2026, 11, 20))),
    # asked to come in Cumilla's words; the customer back on a day, in the first person
    ("NID নিয়া আইতে কইছি, কাল হবে", (None, None, date(2026, 11, 20))),
    ("৩ দিন পর বাসায় ফিরবো, তখন অর্ডার", (None, None, date(2026, 11, 22))),
    # a short note about feed or vaccine coming on a day is no busy call
    ("শনিবার ফিড আইলে জানাবো", (None, None, date(2026, 11, 21))),
])
def test_w35_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note", [
    "bike er chain kete gese, sarai kore niyeche",
    "cng tyre flat, fixd",
    "son had typhoid, recovrd, back at college",
])
def test_w35_put_right_is_over(note):
    assert read(note).over is True


@pytest.mark.parametrize("note, expected", [
    # a person's event with an animal in another clause, or nearer the person
    ("বাবার জ্বর, গরুর ওষুধ নিল", ("illness", "father", None)),
    ("বাবা মারা গেছেন, গরুর খামার এখন ছেলে দেখে", ("bereavement", "father", None)),
    ("গরু বেচে বাবার অপারেশন করাবে", ("illness", "father", None)),
    ("abbu hospital e, murgir khabar pore nibe", ("illness", "father", None)),
    ("dad sick, cows unattended", ("illness", "father", None)),
    ("my son fell from the cow shed roof", ("illness", "son", None)),
    ("uncle died, his cows are with the neighbour now", ("bereavement", "relative", None)),
    ("বউয়ের বাচ্চা হইছে, গরুর দুধ নিবে", ("newborn", "wife", None)),
    # a person who starts the clause is its subject
    ("ছেলে গরু চরাতে গিয়ে পা ভাঙছে", ("illness", "son", None)),
    ("বাবা গরুর খামারে গিয়ে অসুস্থ", ("illness", "father", None)),
    # chickenpox and chicken eaten are no birds; "show" folds like "cow"; ভাসুর like বাছুর
    ("Her son has chickenpox, layer feed next week", ("illness", "son", None)),
    ("chicken fry kheye meyer pet kharap", ("illness", "daughter", None)),
    ("chicken pox hoise chotor", ("illness", "self", None)),
    ("Show korlo report, baba ICU te", ("illness", "father", None)),
    ("ভাসুরের বিয়া, দাওয়াত দিছে", ("celebration", "relative", None)),
    # a family's own janaza is still a death; a SIM card bought beside a wife in hospital
    ("বাবা মারা গেছেন, জানাজা আজ বিকালে", ("bereavement", "father", None)),
    ("sim card nilo, bou hospital e", ("illness", "wife", None)),
    # goods short by weight were a complaint already
    ("চালের ওজন কম, ২৫ কেজিতে ২৩", ("complaint", "self", None)),
    # a day and a call and nothing else is still a busy call
    ("সোমবার কল দিও", ("busy", "self", date(2026, 11, 23))),
])
def test_w35_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


def test_w35_a_hernia_repair_is_not_over():
    """ "repair done" is a hernia's too, so it is no word of being over (w27's note)."""
    r = read("hernia operation, repair done, stitches off next week")
    assert (r.event, r.over) == ("illness", False)
