"""The thirtieth notes round's first writer (w60, round 30): a Sylhet catering service for Londoni
families' weddings and dinners, an online hilsa and river-fish delivery, a mobile-phone and laptop
repair shop, a madrasa and school books, uniforms and stationery supplier; Banglish-heavy, with a
phone's autocorrect slips ("Porsche" for porshu, "come" for kome, "poor" for por).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w60.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w60_round`` and ``test_w60_over`` were each read differently before the round; those of
``test_w60_lookalikes`` share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # an autocorrect slip that cannot be English where it stands: porshu beside a call, por after
    # a count of days
    ("Porsche abar call dibo, biryani menu final hobe", (None, None, date(2026, 11, 21))),
    ("Porsche abar fon dibo, mishti er order confirm", (None, None, date(2026, 11, 21))),
    ("2 din poor call dio, mezban er list dibe", (None, None, date(2026, 11, 21))),
    ("ami ferot call dibo bollam, kintu dhore nail", ("busy", "self", None)),
    # ফেরত as "back", a call back: no goods returned (and "nail", autocorrected nai, after it)
    ("uni ferot call dibe bolse, ilish er size jante chay", (None, None, None)),
    ("uni ferot phone dibe, uniform er map niye", (None, None, None)),
    # a device that stopped working is no death
    ("The phone died, customer wants data back", (None, None, None)),
    # a place at a cadet college is no hospital admission
    ("chotto cheleke cadet college e bhorti korabe, trunk lagbe", (None, None, None)),
    # a repair shop's estimate or the parts' price for a fault brought in: a job quoted
    ("Tab er charging port kaj kore na, estimate 1500 dilam", (None, None, None)),
    ("Speaker e sound ashe na, parts er dam 900 bollam", (None, None, None)),
    # tied up just now
    ("ekhon ektu jhamela, bikale call dio", ("busy", "self", date(2026, 11, 19))),
    ("sondhar por call dite bolse, tar age jhamela", ("busy", "self", date(2026, 11, 19))),
])
def test_w60_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a fever "come" down (kome, autocorrected); the customer won round after a complaint
    ("abbar jor come gese, order next week", ("illness", "father", True)),
    ("meyer jwor come geche alhamdulillah", ("illness", "daughter", True)),
    ("khana thanda chilo bole rag korsilo, discount dilam, ekhon raji", ("complaint", "self", True)),
    ("bhul size er uniform gesilo, exchange kore disi, উনি ok", ("complaint", "self", True)),
    ("Complained the rezala was too salty, we gave 1000 tk back, she is fine with us now",
     ("complaint", "self", True)),
])
def test_w60_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # "come" in English, a fever not down, "ok" beginning another word, "poor" in English, goods
    # sent back, a death and a hospital admission, porshu and "N din por", a madrasa's place, a
    # laptop that died
    ("Will come to the shop tomorrow to pick the phone", (None, None, date(2026, 11, 20))),
    ("ammur jor kome nai, doctor dekhabe", ("illness", "mother", None)),
    ("ভাইয়ের জন্ডিস, হাসপাতালে। উনি ওখানে, order টা পরে", ("illness", "brother", None)),
    ("Poor packing, 2 ta ilish fete gese", ("complaint", "self", None)),
    ("set ferot dite chay, display kharap", ("complaint", "self", None)),
    ("uncle died last night, janaza after asr", ("bereavement", "relative", None)),
    ("cheler jor, hospital e bhorti", ("illness", "son", None)),
    ("porshu abar call dibo", ("busy", "self", date(2026, 11, 21))),
    ("3 din por call dio", ("busy", "self", date(2026, 11, 22))),
    ("meyeke madrasay bhorti korabe, kitab er list nibe", (None, None, None)),
    ("My laptop died, motherboard check korte dise", (None, None, None)),
    # a bill over the estimate, a fault in a phone bought, are the shop's again
    ("estimate er theke beshi bill nise, khub rag", ("complaint", "self", None)),
    ("Charged more than the estimate, very angry", ("complaint", "self", None)),
    ("parts er dam beshi nise bolse, onno dokane kom", ("complaint", "self", None)),
    ("phone kinsilo last week, display kaj kore na, ferot chay", ("complaint", "self", None)),
    ("kal call dilam, dhore nai", ("busy", "self", None)),
])
def test_w60_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
