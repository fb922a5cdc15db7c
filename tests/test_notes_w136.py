"""The sixty-eighth notes round's first writer (w136): denials, rumours and false alarms at a
phone shop in Rangpur, a pharmacy in Cumilla, a car-accessories shop in Tejgaon and a baby shop in
Sylhet; an event word that did not happen (a death rumour, a negative test, a phone's flat
battery) and real events told with a negation in them.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w136.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w136_round`` were each read differently before the round; those of ``test_w136_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a death, an illness, an accident told and called a rumour, false news, untrue
    ("নানার মৃত্যুর খবরটা গুজব, নানা ভালো আছেন। চার্জার নিলেন", (None, None, None)),
    ("gujob chilo je chachi mara gesen, chachi sustho. charger nilo", (None, None, None)),
    ("Rumour that her husband was in hospital is false, he is fine. Wants a cover", (None, None, None)),
    ("chachar stroke er khobor ta vul, onno lok. BP machine nilo", (None, None, None)),
    ("bike accident er khobor ta fake, bike thik ase. mirror nibe", (None, None, None)),
    ("He said the news of his driver's accident was wrong. Wants seat covers", (None, None, None)),
    ("Heard his brother was admitted, not true. Came for a charger", (None, None, None)),
    ("খালু মারা গেছেন বলা হইছিল, ভুল খবর। সাবান নিলেন", (None, None, None)),
    # heard or thought, answered with a bare no; a test that came back negative
    ("bhai mara gese shunsilam? na, nije fon dhorse", (None, None, None)),
    ("Thought she was pregnant, test negative. Took a feeder for a niece", (None, None, None)),
    # a phone's battery in a note that names the car: no car trouble
    ("gari thik ase, phone er battery sesh chilo tai fon dhore nai", ("busy", "self", None)),
    # a child who did not survive; a spare tyre put on after a flat
    ("ভাইয়ের মেয়েটা বাঁচলো না 😔 হাসপাতাল থেকে ফিরছে", ("bereavement", "relative", None)),
    ("Flat tyre hoisilo, spare lagaiya chole gese", ("vehicle_trouble", "self", None)),
    # not angry, yet the goods tore
    ("Not angry she says, but the baby carrier strap tore in a week", ("complaint", "self", None)),
])
def test_w136_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # not a rumour: the news stands
    ("গুজব না, সত্যিই নানা মারা গেছেন 😔", ("bereavement", "relative", None)),
    ("not a rumour, her father passed away last night", ("bereavement", "father", None)),
    # a death heard and confirmed; a test that came back positive
    ("bhai mara gese shunsilam, sotti, janaja kal", ("bereavement", "brother", None)),
    ("মেয়ের ডেঙ্গু টেস্ট পজিটিভ, হাসপাতালে", ("illness", "daughter", None)),
    # a test negative after an illness with no belief before it reads as before (recovered)
    ("abbur covid negative asche, ekhon ok", ("illness", "father", None)),
    # wrong goods with no news in the clause; a fake product
    ("vul phone gese, cust rag", ("complaint", "self", None)),
    ("fake charger dise, ferot chay", ("complaint", "self", None)),
    # a car's own battery; spare parts sold
    ("garir battery dead, rastay atke ase", ("vehicle_trouble", "self", None)),
    ("spare parts er dam jante chaise", (None, None, None)),
    # a customer who says "tore" (to you) in Banglish
    ("tore call dibo bolse kal", ("busy", "self", date(2026, 11, 20))),
])
def test_w136_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
