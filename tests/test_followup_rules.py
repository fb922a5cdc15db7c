"""Follow-up rules and event detection: pure functions over records and a date."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from conftest import TODAY, ago
from khatir.config import build_settings
from khatir.notes import NoteReader
from khatir.sheet.records import CallNote
from khatir.rules.followups import delays_of, follow_up_report, follow_ups_due, note_key

SETTINGS = build_settings({})
READER = NoteReader.build(SETTINGS.events)


@pytest.mark.parametrize("note, event", [
    ("বাচ্চা অসুস্থ", "illness"),
    ("মায়ের জ্বর, হাসপাতালে", "illness"),
    ("customer is sick today", "illness"),
    ("Fever since Monday", "illness"),
    ("ammu osustho", "illness"),
    ("বাচ্চা হয়েছে আলহামদুলিল্লাহ", "newborn"),
    ("wife in delivery room", "newborn"),
    ("Baby born last night!", "newborn"),
    ("বউয়ের ডেলিভারি হবে আগামী সপ্তাহে", "newborn"),
    ("পার্সেল ডেলিভারি হবে আগামী সপ্তাহে", None),
    ("গাড়ি নষ্ট, রাস্তায় আটকে", "vehicle_trouble"),
    ("গাড়ি স্টার্ট হচ্ছে না", "vehicle_trouble"),
    ("Car broke down on the highway", "vehicle_trouble"),
    ("বাবা মারা গেছেন", "bereavement"),
    ("father passed away in hospital", "bereavement"),
    ("মেয়ের বিয়ে সামনের মাসে", "celebration"),
    ("product arrived damaged", "complaint"),
    ("busy, call later", "busy"),
    ("মেজাজ খারাপ, পরে ফোন দিতে বললেন", "busy"),
    ("bought two sarees, happy", None),
    ("will pay the bill on Friday", None),  # "ill" must start a word
])
def test_event_detection_in_each_language(note, event):
    assert READER.read(note, TODAY).event == event


def test_decomposed_bengali_matches_composed_keywords():
    import unicodedata
    assert READER.read(unicodedata.normalize("NFD", "গাড়ি নষ্ট"), TODAY).event == "vehicle_trouble"


def note(days_ago: int, text: str = "fever", **kw) -> CallNote:
    return CallNote(row=2, date=ago(days_ago), customer_id="C-1", note=text, **kw)


def due(notes, sent=(), today=TODAY, stale=60):
    owed, old = follow_ups_due(notes, SETTINGS.events, set(sent), today, stale)
    return [(f.note.note, f.days_overdue) for f in owed], [(f.note.note, f.days_overdue) for f in old]


@pytest.mark.parametrize("days_ago, expected", [
    (1, []),             # illness waits 2 days
    (2, [("fever", 0)]),  # due today
    (6, [("fever", 4)]),  # overdue by 4 days
])
def test_due_and_overdue_from_the_event_delay(days_ago, expected):
    assert due([note(days_ago)])[0] == expected


def test_follow_up_on_overrides_the_event_delay():
    assert due([note(1, follow_up_on=ago(1))])[0] == [("fever", 1)]
    assert due([note(5, follow_up_on=ago(-3))])[0] == []


def test_note_without_event_or_date_needs_nothing():
    assert due([note(10, "bought rice")]) == ([], [])


def test_staff_event_column_beats_the_words():
    assert due([note(1, "fever", event="vehicle_trouble")])[0] == [("fever", 0)]


def test_done_by_checkbox_or_by_a_sent_message():
    assert due([note(5, done=True)])[0] == []
    assert due([note(5)], sent={note_key(note(5))})[0] == []


def test_too_old_follow_ups_are_set_apart():
    other = CallNote(row=3, date=ago(5), customer_id="C-2", note="sick")
    owed, old = due([note(80), other], stale=60)
    assert owed == [("sick", 3)]
    assert old == [("fever", 78)]


def test_notes_far_past_the_stale_limit_are_not_read_at_all():
    assert due([note(100)], stale=60) == ([], [])


def test_most_overdue_first():
    notes = [CallNote(row=2, date=ago(d), customer_id=f"C-{d}", note=t)
             for d, t in ((3, "a fever"), (9, "b fever"), (5, "c fever"))]
    owed, _ = due(notes)
    assert [n for n, _ in owed] == ["b fever", "c fever", "a fever"]


def test_today_is_an_input_not_the_clock():
    assert due([note(0)], today=date(2026, 11, 26))[0] == [("fever", 0)]


# ---------------------------------------------------------------------------
# The story across calls


def story(*entries, today=TODAY, **columns):
    """Notes of one customer, (days ago, text[, Follow Up On]); the report for ``today``.
    ``columns`` fills the last note's other cells (done=True, event="bereavement")."""
    notes = [CallNote(row=i + 2, date=ago(e[0]), customer_id="C-1", note=e[1],
                      follow_up_on=e[2] if len(e) > 2 else None,
                      **(columns if i == len(entries) - 1 else {})) for i, e in enumerate(entries)]
    return follow_up_report(notes, READER, delays_of(SETTINGS.events), set(), today, 60)


def test_a_later_note_saying_she_is_well_closes_the_get_well_follow_up():
    report = story((3, "মেয়ের জ্বর"), (1, "মেয়ে ভালো হয়ে গেছে"))
    assert report.owed == []
    assert [(f.note.note, f.closed_by.note) for f in report.closed] == [("মেয়ের জ্বর", "মেয়ে ভালো হয়ে গেছে")]


def test_any_later_talk_closes_earlier_follow_ups():
    report = story((5, "customer er jor"), (3, "2 kg chal order dilo"))
    assert report.owed == [] and [f.note.note for f in report.closed] == ["customer er jor"]


def test_no_answer_keeps_the_illness_open_and_moves_its_date():
    report = story((4, "ছোট মেয়ের জ্বর"), (2, "ফোন ধরে নাই"))
    [f] = report.owed
    assert (f.event, f.who, f.due, f.tries) == ("illness", "daughter", ago(1), (ago(2),))


def test_call_on_thursday_waits_for_thursday():
    thursday = date(2026, 11, 26)
    assert TODAY.weekday() == 1 and thursday.weekday() == 3  # a Tuesday, then Thursday
    report = story((2, "meyer jor"), (0, "ekhon meeting e, brihospotibar call dite bolse"))
    assert report.owed == []
    later = story((2, "meyer jor"), (0, "ekhon meeting e, brihospotibar call dite bolse"), today=thursday)
    assert [(f.event, f.due, f.tries) for f in later.owed] == [("illness", thursday, (TODAY,))]


def test_an_event_already_over_gets_no_message_and_says_why():
    report = story((3, "জ্বর ছিল, এখন কমে গেছে"))
    assert report.owed == []
    assert [(f.event, f.reading.over) for f in report.over] == [("illness", True)]


def test_the_day_the_note_states_sets_the_due_date():
    report = story((2, "স্বামীর অপারেশন হবে, শনিবার খবর নিতে বলছেন"), today=date(2026, 11, 28))
    assert [(f.event, f.who, f.due) for f in report.owed] == [("illness", "husband", date(2026, 11, 28))]


def test_the_follow_up_on_cell_beats_the_day_in_the_note():
    report = story((2, "jor, kal call dio", ago(0)))
    assert [f.due for f in report.owed] == [TODAY]


def test_a_shops_labelled_notes_teach_the_reader():
    notes = [CallNote(row=2, date=ago(9), customer_id="C-9", note="shutter e jhamela, dokan bondho",
                      event="complaint", done=True),
             CallNote(row=3, date=ago(8), customer_id="C-8", note="aj shutter kharap", event="complaint",
                      done=True),
             CallNote(row=5, date=ago(7), customer_id="C-7", note="shutter e jhamela abar", event="complaint",
                      done=True),
             CallNote(row=4, date=ago(2), customer_id="C-1", note="dokan er shutter e jhamela hoise")]
    owed, _ = follow_ups_due(notes, SETTINGS.events, set(), TODAY, 60)
    assert [(f.note.customer_id, f.event) for f in owed] == [("C-1", "complaint")]


def test_done_on_a_no_answer_note_ends_that_try_and_the_illness_stays_open():
    report = story((5, "Mother is sick, admitted in Chittagong Medical"), (2, "Called, no answer"), done=True)
    assert [(f.event, f.who, f.tries) for f in report.owed] == [("illness", "mother", (ago(2),))]


def test_notes_of_the_same_day_are_one_conversation_and_each_event_is_followed_up():
    report = story((3, "শাশুড়ি অসুস্থ, হাসপাতালে নিয়ে গেছে"),
                   (3, "delivered parcel e ekta plate bhanga chilo, complaint korlen"))
    assert sorted((f.event, f.who) for f in report.owed) == [("complaint", "self"), ("illness", "relative")]
    assert report.closed == []


def test_a_talk_on_a_later_day_still_closes_what_the_same_day_notes_opened():
    report = story((4, "শাশুড়ি অসুস্থ"), (4, "plate bhanga chilo, complaint korlen"), (2, "৩টা শাড়ি নিলেন"))
    assert report.owed == [] and len(report.closed) == 2


def test_a_second_could_not_talk_note_moves_the_first_call_back_and_keeps_its_story():
    report = story((3, "ekhon bus e, kal call diyo"), (2, "call dhorlo na"))
    [f] = report.owed
    assert (f.event, f.note.note, f.due, f.tries) == ("busy", "ekhon bus e, kal call diyo", ago(1), (ago(2),))


def test_the_event_column_keeps_the_person_the_words_name():
    report = story((8, "উনার ভাই আর নেই। পরে কথা বলবো"), event="bereavement")
    assert [(f.event, f.who) for f in report.owed] == [("bereavement", "brother")]


@pytest.mark.parametrize("text, expected", [
    ("wife er delivery date 20 tarikh, tai ekhon kichu kinbe na", True),
    ("His wife is pregnant, due next month", True),
    ("বউয়ের বাচ্চা হবে সামনের মাসে", True),
    ("bou pregnant chilo, kal baby hoise", False),
    ("wife delivery room e", True),  # being born, no word that it is: wished well (a labour can end in a loss)
    ("মেয়ের ঘরে নাতি হয়েছে", False),
])
def test_a_baby_on_the_way_is_told_from_a_baby_born(text, expected):
    # (a delivery date given ahead is the event's own day: the follow-up waits until after it)
    [f] = story((3, text), today=TODAY + timedelta(days=40)).owed
    assert (f.event, f.expected) == ("newborn", expected)


def test_a_delivery_date_given_ahead_is_waited_for():
    # TODAY is 24 Nov: the note of 21 Nov gives the 20th, so 20 Dec; the follow-up falls 3 days after
    assert story((3, "wife er delivery date 20 tarikh, tai ekhon kichu kinbe na")).owed == []
    [f] = story((3, "wife er delivery date 20 tarikh, tai ekhon kichu kinbe na"), today=date(2026, 12, 23)).owed
    assert (f.due, f.expected) == (date(2026, 12, 23), True)


@pytest.mark.parametrize("text, who, kin", [
    ("শাশুড়ি অসুস্থ, হাসপাতালে নিয়ে গেছে", "relative", "mother_in_law"),
    ("shoshur er operation hobe", "relative", "father_in_law"),
    ("nanur shorir kharap, hospital e", "relative", "nanu"),
    ("মামার অপারেশন হবে কাল", "relative", "mama"),
    # the মামা staff call the customer, opening a note of his car's trouble: his own car (w111)
    ("মামার গাড়ি নষ্ট হাইওয়েতে", "self", None),
    ("চাচাতো ভাই অসুস্থ", "relative", None),
    ("ছোট মেয়ের জ্বর", "daughter", None),
])
def test_which_relative_the_note_names(text, who, kin):
    [f] = story((5, text)).owed
    assert (f.who, f.kin) == (who, kin)
