"""The fifty-first notes round's second writer (w103, round 51b): many people in one note, only one
of whom has the event (a joint-family grocery in Mohammadpur, a pharmacy in Khulna, a children's
clothing shop in Cumilla, an electronics shop in Rangpur): possessive chains, someone else
answering, people only mentioned (a neighbour who brought the news).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w103.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w103_round`` were each read differently before the round; those of ``test_w103_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # a fever that was there and is gone "today" or "since yesterday", not only "now"
    ("বাবার জ্বর কাল ছিল, আজ নাই। ওষুধ আর লাগবে না", ("illness", "father", None, True)),
    ("meyer jor chilo, kal theke nai, school e gese", ("illness", "daughter", None, True)),
    ("নানুর প্রেশার বাড়ছিল গতকাল, ব্যথা ছিল, আজকে নাই", ("illness", "relative", None, True)),
    # the boy or girl next door who brought the news is the messenger, not whose the death is
    ("পাশের বাড়ির ছেলে খবর দিল: উনার শ্বশুর মারা গেছেন", ("bereavement", "relative", None, False)),
    ("pasher barir meye khobor dilo: cust er nani expired kal rate", ("bereavement", "relative", None, False)),
    # a boy's sunnat, its feast
    ("cheler sunnat ceremony shukrobar, sada panjabi lagbe", ("celebration", "son", None, False)),
    # the wrong dose or strength given, the pharmacy's own mistake
    ("ভুল ডোজের ট্যাবলেট দিছি, ৫ এর জায়গায় ১০ mg", ("complaint", "self", None, False)),
    ("amra bhul dose er insulin disi, 30/70 er jaygay 50/50", ("complaint", "self", None, False)),
])
def test_w103_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback, r.over) == expected


@pytest.mark.parametrize("note, expected", [
    # goods there yesterday and not today; a fever since yesterday, still there
    ("stock e chilo, aj nai", (None, None, None, False)),
    ("meyer jor kal theke, aj o ase", ("illness", "daughter", None, False)),
    # a neighbour's own death, the news brought after it, or a neighbour's janaza
    ("pasher barir chacha mara gese, chele khobor dilo", ("bereavement", "relative", None, False)),
    ("পাশের বাড়ির চাচা মারা গেছেন, জানাজায় আছেন", ("busy", "self", None, False)),
    # the sunnat prayer, a busy call; a grandson's খাতনা as before
    ("sunnat namaz portesen, pore call dibo", ("busy", "self", None, False)),
    ("নাতির সুন্নতে খাতনা সামনের মাসে, পাঞ্জাবি চাই", ("celebration", "relative", None, False)),
    # a wrong dose taken and a father ill; a dose the doctor raised; the wrong size as before
    ("ভুল ডোজ খেয়ে আব্বা অসুস্থ, হাসপাতালে", ("illness", "father", None, False)),
    ("ডাক্তার আব্বার ডোজ বাড়াইছে, প্যারাসিটামল ৬৬৫ নিবেন", (None, None, None, False)),
    ("bhul size disi, bodle dite hobe", ("complaint", "self", None, False)),
])
def test_w103_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback, r.over) == expected
