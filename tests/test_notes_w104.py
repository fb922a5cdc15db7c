"""The fifty-second notes round's first writer (w104): medical jargon and drug names, from a
diabetic-care pharmacy in Dhanmondi, a cardiac equipment shop in Mirpur, a cancer supplies shop
near Mohakhali and a dialysis supplies shop in Chattogram.

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w104.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w104_round`` were each read differently before the round; those of ``test_w104_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # dialysis alone is a kidney patient's routine and the shop's goods, not news of an illness
    ("new customer Halishahar theke, dialysis er jinish er rate list chaise", (None, None, None)),
    ("dialysis thik moto cholse, shudhu 3 packet bicarbonate beshi", (None, None, None)),
    ("রবিবার dialysis center এ ডেলিভারি, তার আগে শনিবার কনফার্ম করতে ফোন", (None, None, date(2026, 11, 21))),
    ("chele SSC te golden paise, khub khushi. dialysis er maal agher moto", ("celebration", "son", None)),
    # the medical words for what happened: a bypass to come, creatinine up, a fistula blocked,
    # a biopsy found malignant, a tight chest
    ("mamar CABG hobe next week, sugar control lagbe", ("illness", "relative", None)),
    ("abbur creatinine bere gese, doctor metformin bondho korse", ("illness", "father", None)),
    ("স্বামীর fistula block হইছে, পরশু খোঁজ নিবো", ("illness", "husband", date(2026, 11, 21))),
    ("biopsy te malignant paise, uni khub bhenge porse", ("illness", "self", None)),
    ("customer nije bolse buke chap lage, doctor dekhay nai", ("illness", "self", None)),
])
def test_w104_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # someone's own dialysis stays an illness (a family word or "নিজে" just before it)
    ("আব্বার ডায়ালাইসিস চলছে সপ্তাহে তিন দিন, অর্ডার কম", ("illness", "father", None)),
    ("her father's dialysis day, cannot come to the shop", ("illness", "father", None)),
    ("উনি নিজে ডায়ালাইসিসের রোগী, বাসায় ডেলিভারি দিতে হবে", ("illness", "self", None)),
    ("ammur dialysis chole, tai ei mashe order kom", ("illness", "mother", None)),
    ("মায়ের জ্বর, ডায়ালাইসিস বন্ধ, কাল খোঁজ নিবো", ("illness", "mother", date(2026, 11, 20))),
    # the goods and the tests themselves, ordered or asked about
    ("dialysis er 10 ta kit order, kal delivery", (None, None, None)),
    ("ডায়াবেটিক ফুট ক্রিম ২টা নিবে", (None, None, None)),
    ("catheter 5 ta r dressing kit order korse", (None, None, None)),
    ("creatinine test er rate jante chaise", (None, None, None)),
    ("stent er dam koto jigesh korse", (None, None, None)),
    # already read as illness before the round
    ("বাবার atrial fib ধরা পড়ছে, হাসপাতালে নিছে", ("illness", "father", None)),
    ("mayer catheter site e infection, antibiotic cholche", ("illness", "mother", None)),
])
def test_w104_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected
