"""A remedy the shop sends is a complaint being put right; one the customer asks for is a complaint."""
from __future__ import annotations

from datetime import date

import pytest

from khatir.config import build_settings
from khatir.notes import NoteReader

READER = NoteReader.build(build_settings({}).events)


@pytest.mark.parametrize("text, over", [
    ("kotha hoise, replacement pathano hobe", True), ("replacement dibo", True),
    ("replacement দেওয়া হবে", True), ("রিপ্লেসমেন্ট পাঠানো হবে", True), ("refund kore dibo", True),
    ("রিফান্ড করে দিব", True), ("exchange kore deya hobe", True), ("we will send a replacement", True),
    ("replacement chay", False), ("ফেরত চায়", False), ("wants a refund", False),
    ("replacement dibo na bolse", False), ("ডিম ভাঙ্গা আসছে ৬টা, replace kore দিবো আজকে", False),
    ("Customer annoyed, wrong colour. Exchange arranged.", False),
    ("eyeliner lepte jay, review kharap dibe bolse. porshu replacement niye call dibo", False),
])
def test_a_remedy_sent_is_the_complaint_put_right(text, over):
    reading = READER.read(text, date(2026, 11, 12))
    assert (reading.event, reading.over) == ("complaint", over)


@pytest.mark.parametrize("text, who", [
    ("alhamdulillah cheler jonmo hoyeche, wife valo ache", "wife"), ("ছেলের জন্ম হয়েছে", "self"),
    ("meyer jonmo hoise", "self"), ("boner cheler jonmo hoise", "sister"),
    ("meyer baccha hoyeche", "daughter"),
])
def test_a_child_born_is_the_baby_not_the_parent(text, who):
    reading = READER.read(text, date(2026, 11, 14))
    assert (reading.event, reading.who) == ("newborn", who)


def test_a_sister_well_and_home_is_an_illness_over():
    for text in ("bon sustho hoye basay firse", "বোন সুস্থ হয়ে বাসায় ফিরেছে"):
        reading = READER.read(text, date(2026, 11, 23))
        assert (reading.event, reading.over, reading.who) == ("illness", True, "sister")
