"""The forty-first notes round's second writer (w83, round 41b): a surgical and hospital-supplies
shop in Mymensingh, a car parts and tyre shop in Tejgaon, a wedding-decor shop in Narayanganj, a
fish-feed and hatchery dealer in Jessore; when and whether it happened (planned, feared, denied,
long ago, over, still going on, someone else's, hypothetical).

The sentences are written for these tests in the writer's styles, not taken from the corpus
(tests/data/notes/dev_w83.jsonl is measured by benchmarks/bench_notes.py). Those of
``test_w83_round`` were each read differently before the round; those of ``test_w83_lookalikes``
share the round's new words or fold like them and must stay as they were.
"""
from __future__ import annotations

from datetime import date

import pytest
from note_reading import read


@pytest.mark.parametrize("note, expected", [
    # repaired only "once" it is: not over yet
    ("His pickup's clutch plate failed near Savar. Will call Saturday once repaired.",
     ("vehicle_trouble", False, "self", date(2026, 11, 21))),
    # replaced in the passive, all okay now: the complaint over
    ("ভুল সাইজের গ্লাভস গেছিলো, replace করা হয়েছে, এখন সব okay", ("complaint", True, "self", None)),
    ("wrong size er catheter gese, replace kora hoise", ("complaint", True, "self", None)),
    # a baby in her belly, not born yet
    ("বউর পেটে বাচ্চা, ৮ মাস চলে, baby cot দেখতে চায়", ("newborn", False, "wife", None)),
    # which illness not known yet: the fever goes on, no typhoid gone
    ("meyer jor 103, dengue na chikungunya bujha jay nai ekhono", ("illness", False, "daughter", None)),
    # a date that still holds is nobody well again
    ("abbar kashi, akd er date thik ase ekhono", ("illness", False, "father", None)),
    # a chassis (folds like chachi, an aunt) names nobody
    ("His truck has a cracked chassis, in the workshop now", ("vehicle_trouble", False, "self", None)),
    ("CNG er chassis bhenge gese, cust er rojgar bondho", ("vehicle_trouble", False, "self", None)),
    # a hatchery's fry dying is stock gone bad, no death
    ("পোনাগুলো অর্ধেক মারা গেছে, ফেরত চায়", ("complaint", False, "self", None)),
    # a crash or an outbreak seen in the news is nobody's
    ("নিউজে bus accident দেখে ভয় পাইছেন, ওনার নিজের গাড়ি ঠিক আছে", (None, False, None, None)),
    ("news e dengue barse dekhe 2 ta mosari nilo", (None, False, None, None)),
])
def test_w83_round(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a child's belly ache; a pregnancy with its pressure up is an illness (the schema's
    # complication); a pregnancy told otherwise, as before
    ("বাচ্চার পেটে ব্যথা, কাল দেখবো", ("illness", False, "child", None)),
    ("বোনের পেটে বাচ্চা, প্রেশার বাড়ি গেছে, হাসপাতালে", ("illness", False, "sister", None)),
    ("cust er bou pregnant, pressure beshi, bhorti", ("illness", False, "wife", None)),
    ("wife er pete baccha, delivery next month", ("newborn", False, "wife", None)),
    # an aunt is still a relative
    ("chachi r jor, kal call dibo", ("illness", False, "relative", date(2026, 11, 20))),
    # a replacement still to come; a person well again; a car already repaired
    ("ভুল সাইজ গেছে, replace করা হবে", ("complaint", False, "self", None)),
    ("abbar jor chilo, ekhon thik ase", ("illness", True, "father", None)),
    ("Car repaired, will call Saturday", ("vehicle_trouble", True, "self", date(2026, 11, 21))),
    # an illness named after a denial; a "not known" with kina, as before
    ("ছেলের জ্বর, ডেঙ্গু না, টাইফয়েড ধরা পড়ছে", ("illness", False, "son", None)),
    ("ছেলের জ্বর, টাইফয়েড কিনা বোঝা যায় নাই এখনো", ("illness", False, "son", None)),
    # a death of their own, on the news too; fry ordered
    ("বাবা মারা গেছেন, নিউজে ও আসছে", ("bereavement", False, "father", None)),
    ("pona 5000 ta nibe, Saturday delivery", (None, False, None, None)),
])
def test_w83_lookalikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected
