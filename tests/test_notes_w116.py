"""The fifty-eighth notes round's first writer (w116, round 58a): mental health, addiction and
sensitive matters written tactfully, at a pharmacy in Mohammadpur, a furniture shop in Rajshahi,
a credit grocery in Sylhet and a clothing page in Chattogram; Bengali script and Banglish, with
Sylheti and Chatgaiya kin words glossed in brackets.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w116.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w116_round`` were each read differently before the round; those of ``test_w116_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # the mind's illnesses named: depression, panic attacks, schizophrenia, an eating disorder
    ("মামীর ডিপ্রেশন বাড়ছে, সাইকিয়াট্রিস্ট দেখাচ্ছেন", ("illness", "relative", None)),
    ("cheler panic attack hoy raate, oshudh nilo", ("illness", "son", None)),
    ("আব্বার সিজোফ্রেনিয়ার ওষুধ শেষ, আবার খারাপ হইছেন", ("illness", "father", None)),
    ("meyer eating disorder, Dhaka te dekhacche", ("illness", "daughter", None)),
    ("ammur anxiety ar depression er oshudh nilo", ("illness", "mother", None)),
    # a person's nervous breakdown, not a car's
    ("ছোট ভাইয়ের নার্ভাস ব্রেকডাউন, বাসায় বিশ্রামে", ("illness", "brother", None)),
    ("Her brother had a nervous breakdown, off work for now", ("illness", "brother", None)),
    # addiction treated: rehab in Bengali letters, a detox centre
    ("ছেলে রিহ্যাবে আছে, খরচ উনিই দিচ্ছেন", ("illness", "son", None)),
    ("husband detox center e ache, order pore", ("illness", "husband", None)),
    # a dialect's kin word glossed in brackets is one person, not "a daughter's daughter"
    ("furir (meye) jor, osudh nilo", ("illness", "daughter", None)),
    ("poar (cheler) biye samne mashe", ("celebration", "son", None)),
    ("বইনর (sister) বাচ্চা হইছে", ("newborn", "sister", None)),
    ("বইনর (sister) ডিপ্রেশন, ডাক্তার দেখাইতা গেছইন", ("illness", "sister", None)),
])
def test_w116_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a mood stays a mood: busy when it puts the call off, as before
    ("apa mon kharap, pore call dite bollo", ("busy", "self", None)),
    ("mon kharap, kichu bollo na", ("busy", "self", None)),
    # a breakdown of fees, a car's breakdown; a depression in the bay is weather
    ("Sent the fee breakdown, she paid", (None, None, None)),
    ("car breakdown, garage e", ("vehicle_trouble", "self", None)),
    ("bay te depression, rider jabe na aaj", (None, None, None)),
    ("সাগরে নিম্নচাপ, ডেলিভারি দেরি হবে", (None, None, None)),
    # "add" is no ADHD
    ("family package e ammu ke add korte chay", (None, None, None)),
    # brackets holding a number, an age or a word that is no gloss of a kin word
    ("meyer jor (103), osudh nilo", ("illness", "daughter", None)),
    ("ছেলে (৫ বছর) এর জন্য জুতা নিলেন", (None, None, None)),
    ("Customer এর মেয়ে (ছোট) হাসপাতালে ভর্তি", ("illness", "daughter", None)),
    ("জামাই (husband) হাসপাতালে ভর্তি, দোয়া চাইলা", ("illness", "husband", None)),
    ("বাবার টিউমার (benign), অপারেশন লাগবে না", (None, None, None)),
    # an acronym in brackets, a post, is no gloss
    ("Her boss (DGM) expired in an accident, office closed", ("bereavement", "colleague", None)),
])
def test_w116_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
