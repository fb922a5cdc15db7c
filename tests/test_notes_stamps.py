"""Notes as staff keep them in a cell: headed with the day they were written, or a log of calls
a line each. The heading date says when, not a day to call on (khatir/notes/stamps.py)."""
from __future__ import annotations

from datetime import date

import pytest

from khatir.events import EventDetector
from khatir.notes.stamps import without_stamps
from note_reading import READER


@pytest.mark.parametrize("note, called, expected", [
    # the call's own date first: the day after tomorrow is the day, not the date a year ahead
    ("5/9: মেয়ের জ্বর, পরশু ফোন দিবো", date(2026, 9, 5), ("illness", "daughter", date(2026, 9, 7))),
    ("5/9: নামাজে আছেন, পরে কল দিতে বললেন", date(2026, 9, 5), ("busy", "self", None)),
    ("০৫/০৯/২০২৬ - রফিক ভাইয়ের বউয়ের বাচ্চা হইছে", date(2026, 9, 5), ("newborn", "wife", None)),
    ("12 Nov - ড্রাইভ করতেছে, কথা বলতে পারে নাই", date(2026, 11, 12), ("busy", "self", None)),
    ("2026-11-03 10:30: রফিক ভাইয়ের বউয়ের বাচ্চা হইছে, ছেলে 🎉", date(2026, 11, 3), ("newborn", "wife", None)),
    # a log of calls in one cell, a line each
    ("2/11: no answer\n5/11: wife sick, call next week", date(2026, 11, 5), ("illness", "wife", date(2026, 11, 12))),
])
def test_a_date_heading_the_note_is_when_it_was_written(note, called, expected):
    reading = READER.read(note, called)
    assert (reading.event, reading.who, reading.callback) == expected


@pytest.mark.parametrize("note, called, callback", [
    # a day and month gone by is no day to call on, and its day is not this month's either
    ("অর্ডার দিছিলেন 2/9, 7 din por call dio", date(2026, 9, 10), date(2026, 9, 17)),
    ("ডিসেম্বর ১ তারিখে জানাবো", date(2026, 12, 31), None),
    # a heading date after the call's is a day the note names
    ("25/12: ফোন দিবো", date(2026, 12, 20), date(2026, 12, 25)),
    # ... and early January written in late December is next year's
    ("5/1 e asben, tokhon call", date(2026, 12, 20), date(2027, 1, 5)),
    # দেশে ("home", in the country) is no December: the 15th of next month
    ("১৫ তারিখ দেশে আসবো তখন call দিয়েন", date(2026, 12, 31), date(2027, 1, 15)),
    ("15 tarikh desh e ashbe, tokhon call", date(2026, 12, 31), date(2027, 1, 15)),
])
def test_days_gone_by_and_home_are_no_day_to_call_on(note, called, callback):
    assert READER.read(note, called).callback == callback


@pytest.mark.parametrize("note, expected", [
    # the time of the call heading the note is when, not "call back today"
    ("10:45am - নামাজে আছেন, পরে কল দিতে বললেন", ("busy", "self", None)),
    ("Called at 3pm: cl bk ltr বললো, খুব ব্যস্ত", ("busy", "self", None)),
    ("5/9 4.30 pm - ফোন ধরে নাই, দুইবার রিং হলো", ("busy", "self", None)),
    # a list's number is no number of days
    ("1) ৭ দিন পর আবার অর্ডার দিবে, তখন ফোন করতে বলছে", (None, None, date(2026, 9, 12))),
    ("• মেয়ের জ্বর, পরশু ফোন দিবো", ("illness", "daughter", date(2026, 9, 7))),
    # a phone number, with or without its label, says nothing of the call
    ("বৃহস্পতিবার কল দিও (01711-234567)", ("busy", "self", date(2026, 9, 10))),
    ("Mob 01819445566, শনিবার কল দিয়েন", ("busy", "self", date(2026, 9, 12))),
    ("নতুন নাম্বার +880 1819 445566, উনি বাজারে, আজ বিকালে ফোন দিতে বললেন", ("busy", "self", date(2026, 9, 5))),
    # nor does the order's number heading the note
    ("Order #1023: রফিক ভাইয়ের বউয়ের বাচ্চা হইছে, ছেলে 🎉", ("newborn", "wife", None)),
    ("INV-2231 ৭ দিন পর আবার অর্ডার দিবে, তখন ফোন করতে বলছে", (None, None, date(2026, 9, 12))),
    # ... or a member's number with one letter (w52)
    ("M-0231 apu r slip disc er problem", ("illness", "self", None)),
    # a signature dated the day of the call
    ("শনিবার কল দিয়েন -RK 5/9", ("busy", "self", date(2026, 9, 12))),
    # "F/U:" says this call was a follow-up: it asks for none, so the operation's day is no call-back day
    ("F/U: মায়ের চোখের অপারেশন বৃহস্পতিবার", ("illness", "mother", None)),
    ("F/U: পার্সেল ডেলিভারি হবে রবিবার, ঠিকানা কনফার্ম করলাম", (None, None, None)),
    # the time of the call closing the note, after "@" or in brackets
    ("ড্রাইভ করতেছে, কথা বলতে পারে নাই @4pm", ("busy", "self", None)),
    ("ছেলের ডেঙ্গু ছিল, এখন সুস্থ। আবার অর্ডার দিবে বললো (10:45 am)", ("illness", "son", None)),
    # ... or heading it in brackets, or closing it after a full stop
    ("(11.30) customer বললো class এ আছি, বিকালে কল দেন", ("busy", "self", date(2026, 9, 5))),
    ("switched off since morning. 10:40am", ("busy", "self", None)),
    # the agent signing off
    ("paan 8 jhuri dhaka pathano hoise, bill 14,400 tk. (Shila)", (None, None, None)),
    ("মোবাইলে কথা স্পষ্ট শোনা যাচ্ছিল না, বৃহস্পতিবার আবার ফোন দিব -Jony", ("busy", "self", date(2026, 9, 10))),
    ("cust bolse ajke hobe na, kal shokale office jawar age call dio - Tanvir", ("busy", "self", date(2026, 9, 6))),
    # ... in Bengali script, in brackets (শীলা folds like চিল্লা, shouting)
    ("নীল রঙের থ্রিপিস স্টকে নাই, আনাতে হবে (শীলা)", (None, None, None)),
    ("দুইবার কল দিলাম, ধরলো না। মেসেজ দিয়ে রাখলাম (শিলা)", ("busy", "self", None)),
    # the customer's name heading the note says nothing of the call
    ("Rahima apa: বৃহস্পতিবার কল দিও", ("busy", "self", date(2026, 9, 10))),
    ("রহিমা আপা: শনিবার কল দিয়েন", ("busy", "self", date(2026, 9, 12))),
    # ... but a heading that names the matter is read ("Complaint:")
    ("Complaint: saree er par chhera, exchange chay", ("complaint", "self", None)),
    # ... and a field left empty says nothing ("Complaint: none": no complaint)
    ("Complaint: none. 3 ta three piece delivered", (None, None, None)),
    ("অভিযোগ: নাই, পরের মাসে আবার নিবেন", (None, None, None)),
    ("Order 12 pcs. Issue: N/A", (None, None, None)),
    ("Remarks: NA", (None, None, None)),
    # ... but a call's outcome is no empty field (a call centre's "NA": not answered)
    ("Call: NA", ("busy", "self", None)),
])
def test_what_staff_write_around_a_note_is_not_the_note(note, expected):
    reading = READER.read(note, date(2026, 9, 5))  # a Saturday
    assert (reading.event, reading.who, reading.callback) == expected


@pytest.mark.parametrize("note, callback", [
    ("4 tay call dio", date(2026, 9, 5)),  # a time to call is not the call's time
    ("call at 4pm", date(2026, 9, 5)),
    ("call back @4pm", date(2026, 9, 5)),  # ... nor one the words before it ask for
    ("cx at jummah, said call after 2:30", date(2026, 9, 5)),  # hours and minutes, later today
    ("jor, kal call (11:00)", date(2026, 9, 6)),
    ("shonibar phone (01711-234567)", date(2026, 9, 12)),  # "phone" the word of calling stays
    ("25/12 - ফোন দিবো", date(2026, 12, 25)),  # a heading date still to come stays
])
def test_a_time_or_day_to_call_stays(note, callback):
    assert READER.read(note, date(2026, 9, 5)).callback == callback


@pytest.mark.parametrize("note, called, expected", [
    # an earlier call's "no answer" is no busy call once the last one was answered
    ("18/11: no answer // 19/11: কথা হইছে, ৩০ ঝুড়ি পান confirm", date(2026, 11, 19), (None, None, None)),
    ("3/11: no answer\n5/11: kotha holo, watch er strap change korbe, 450 tk", date(2026, 11, 5), (None, None, None)),
    # ... and a day an earlier entry named was a day from then
    ("7/11: kal call dio // 10/11: order confirm, 2 pcs", date(2026, 11, 10), (None, None, None)),
    # the last call unanswered: busy, and what an earlier entry told stays
    ("25/9: কথা হইছিল, order ঠিক আছে // 26/9: আজ আর phone ধরলো না", date(2026, 9, 26), ("busy", "self", None)),
    ("3/11: abbu hospital e // 5/11: no answer", date(2026, 11, 5), ("illness", "father", None)),
    # ... or the last only says it again
    ("21/11: ফোন বন্ধ // 22/11: আবারো বন্ধ", date(2026, 11, 22), ("busy", "self", None)),
    # a day and month heading a line with no colon after it
    ("10/11 sw off // 11/11 aj sondhay showroom e ashbe down payment niye", date(2026, 11, 11),
     (None, None, date(2026, 11, 11))),
    # and a date closing the line, with the hour
    ("dhorlo na 28/11 7pm", date(2026, 11, 28), ("busy", "self", None)),
])
def test_a_cell_that_logs_several_calls_says_what_the_last_call_said(note, called, expected):
    reading = READER.read(note, called)
    assert (reading.event, reading.who, reading.callback) == expected


@pytest.mark.parametrize("note", [
    "order 5000 tk baki, porshu dibe",  # an amount after "order" is no order number
    "abbu hospital e (ICU)",  # a ward in brackets is no signature
    "আব্বু হাসপাতালে (আইসিইউ)",
    "জ্বর, বৃহস্পতিবার খোঁজ নিবো (মায়ের)",  # nor a relation
])
def test_amounts_and_wards_stay(note):
    assert without_stamps(note, date(2026, 9, 5)) == note


def test_the_results_tab_reads_a_logged_cell_on_its_own_date():
    """``EventDetector.detect`` (the Results tab's and win-back's event) sets a logged call's
    date aside as the follow-ups do, when it is given the note's date."""
    detector = EventDetector(READER)
    cell = "3/3: sw off // 5/3: 30 jhuri paan confirm"
    assert detector.detect(cell, date(2026, 3, 5)) is None
    assert READER.read(cell, date(2026, 3, 5)).event is None



@pytest.mark.parametrize("note, expected", [
    # a chat pasted into the cell: when each message was sent, heading its line, is no "call back
    # today" (w91)
    ("[3:40 PM] Rana: khater paya venge gese, mistri kobe pathaben janaben\n[3:41 PM] Me: ji bhai",
     ("complaint", "self", None)),
    ("[3:40 PM] Rana: khater paya venge gese\n[3:41 PM] Me: ji bhai, mistri pathabo, age call dibo",
     ("complaint", "self", None)),
    ("9:45 pm Nipa: the shoes are too small, I ordered from your chart. Please call me.",
     ("complaint", "self", None)),
    # ... nor its day and month a day ahead
    ("[11/3, 4:05 pm] Kamal bhai: abba hospital e bhorti, ekhon kotha bolte parbo na",
     ("illness", "father", None)),
    # ... nor when it was read
    ("Seen 2:14 pm, no reply. Will try again.", ("busy", "self", None)),
    ("phone dhore nai, WhatsApp e likhsi. Seen 2:14 pm, reply nai", ("busy", "self", None)),
    # a time to call stays one, with or without a speaker
    ("[10:02 AM] Customer: ami meeting e, 4 pm e call den", ("busy", "self", date(2026, 9, 5))),
    ("4:30 pm e call dibo, abba hospital e", ("illness", "father", date(2026, 9, 5))),
    # ... and an hour after "around", as after "at" (the chat's own time had made this one today)
    ("[3:30 PM] Mr Hasan: my bike broke down near the bridge. Call me around 7",
     ("vehicle_trouble", "self", date(2026, 9, 5))),
])
def test_a_pasted_chat_s_times_are_no_day_to_call_on(note, expected):
    reading = READER.read(note, date(2026, 9, 5))
    assert (reading.event, reading.who, reading.callback) == expected
