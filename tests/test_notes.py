"""Reading call notes: event, over, who and call-back day, on hard notes written for these tests.

These notes are not from the corpus in tests/data/notes (that one is measured by
benchmarks/bench_notes.py); they pin behaviour staff would notice.
"""
from __future__ import annotations

from datetime import date

import pytest

from khatir.config import build_settings
from khatir.notes import NoteReader
from khatir.notes.normalise import fold
from khatir.notes.when import callback_date, typed_date
from note_reading import CALLED, SETTINGS, read


@pytest.mark.parametrize("a, b", [
    ("জ্বর", "jwor"), ("জ্বর", "jor"), ("অসুস্থ", "oshustho"), ("অসুস্থ", "osusto"),
    ("মারা গেছেন", "mara gechen"), ("ব্যস্ত", "besto"), ("স্বামী", "shami"), ("পরশু", "porshu"),
    ("হয়েছে", "hoyeche"), ("মেয়ের", "meyer"), ("বৃহস্পতিবার", "brihoshpotibar"),
    # words in Bengali script are never SMS shorthand: চার (four) is not "car", দর (a price) not
    # "dr" (doctor), চল not "cl" (call); য-ফলা before এ-কার is that one "e" (জন্যে is জন্য)
    ("চার দিন পর", "char din por"), ("ছাড় কত", "char koto"), ("পাইকারি দর", "paikari dor"),
    ("মধ্যে", "moddhe"), ("জন্যে", "জন্য"),
])
def test_bengali_and_banglish_spellings_fold_to_one_form(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize("a, b", [("আব্বার", "আবার"), ("আম্মার", "আমার"), ("বইয়ের", "বিয়ের")])
def test_folding_keeps_words_that_differ(a, b):
    assert fold(a) != fold(b)


@pytest.mark.parametrize("note, expected", [
    # each read as nothing (or not over) while its Bengali verb folded like a shorthand word
    ("আম্মার স্যালাইন চলে, পরে কথা হবে", ("illness", "mother", False)),
    ("চালে ফাঙ্গাস ধরেছে, ফেরত দিতে চান", ("complaint", "self", False)),
    ("আব্বা হাসপাতাল থেকে ছাড়া পেয়েছেন", ("illness", "father", True)),
    ("ফুন ধরছইন, কিন্তু কইলা 'ডাক্তারের চেম্বারো আছি, রোগী দেখাইতাম'. ২ দিন পর", ("busy", "self", False)),
    # a discount, a price and four days are no car and no doctor
    ("শোকেস আর টেবিল এক সাথে নিলে ছাড় কত জানতে চাইলেন", (None, None, False)),
    ("পাইকারি দর জানতে চাইলেন, চার দিন পর জানাবেন", (None, None, False)),
])
def test_bengali_verbs_that_spell_like_shorthand_are_read(note, expected):
    reading = read(note)
    assert (reading.event, reading.who, reading.over) == expected


def test_bengali_digits_zero_width_joiners_and_emoji():
    assert fold("৩ দিন\u200c পর") == fold("3 din por")
    assert fold("🤒") == fold("sick")


@pytest.mark.parametrize("note, event", [
    ("আব্বার হার্ট অ্যাটাক, সিসিইউতে", "illness"),
    ("ছোট মেয়ের জ্বর", "illness"),
    ("customer er baba hospital e vorti", "illness"),
    ("bike accident, paye fracture", "illness"),              # an accident with an injury
    ("bike accident, keu ahoto hoy nai", "vehicle_trouble"),  # nobody hurt
    ("car broke down on the highway, nobody was hurt", "vehicle_trouble"),
    ("উনার সিএনজি রাস্তায় বিকল", "vehicle_trouble"),
    ("wife in the labour room", "newborn"),
    ("বউয়ের সিজার হইছে, ছেলে", "newborn"),
    ("বাচ্চা প্রসবের সময় স্ত্রী মারা গেছেন", "bereavement"),  # a death during a delivery
    ("nanu intekal korechen kal rate", "bereavement"),
    ("phone dead on arrival, wants replacement", "complaint"),
    ("শাড়ি ছেঁড়া আসছে, খুব বিরক্ত", "complaint"),
    ("মেয়ের বিয়ে সামনের মাসে", "celebration"),
    ("ফোন রিসিভ করেনি", "busy"),
    ("sw off", "busy"),
    ("cl bk ltr", "busy"),
    ("out of network", "busy"),
    ("in a meeting, call tomorrow", "busy"),
    ("driving, will call back", "busy"),
    ("মেজাজ খারাপ, পরে ফোন দিতে বললেন", "busy"),
    ("বৃহস্পতিবার কল দিও", "busy"),
])
def test_events_in_every_language(note, event):
    assert read(note).event == event


@pytest.mark.parametrize("note", [
    "কোনো অভিযোগ নাই, পার্সেল ঠিকঠাক পাইছে",
    "kono problem nai, parcel thik moto paise",
    "parcel received, no issues at all",
    "উনি nurse, hospital এর জন্য apron অর্ডার",
    "ordered first-aid kits for the school",
    "doctor's chamber wants 10 masks",
    "car seat cover er dam jante chaise",
    "পার্সেল ডেলিভারি হবে রবিবার",
    "colleague er birthday gift er jonno perfume",
    "bought two sarees, happy",
    "will pay the bill on Friday",
    "বাটা মসলার মেশিনের দাম",
    # look-alikes of other writers: a cue word in its ordinary sense
    "মেয়েকে ক্লাস নাইনে ভর্তি করাতে চান, ফি জানতে চাইলেন",   # school admission, not hospital
    "5 kg chicken, 2 kg beef, spices for the weekend",        # "sick" is not in "chicken"
    "বাইকের ব্রেক শু আর ক্লাচ প্লেট দাম জানতে চাইলেন",          # শু (shoe) is not CCU
    "Price query for rod and cement. Will call back on the 20th.",  # "call back" in an order note
    "জুম্মার পর দোকানে আসবেন, নতুন ডিজাইনের টাইলস দেখবেন",       # a prayer named as a time
    "Tiles এর গায়ে দাগ ছিল, কিন্তু customer বললেন চলবে, কোনো অভিযোগ নাই",
    "ডিসপ্লে দাগ পড়ছে বলছিল, পরে দেখা গেল প্রোটেক্টরের দাগ",   # a complaint that turned out not to be
    "birthday cake ta boss er meye er, customer er na",
    "উনি বললেন ব্যস্ত নন, কথা হলো। ইউরিয়া অর্ডার দিবেন",
    # the prayers after a death held: no vehicle in the note, so no vehicle trouble (fourth story trial)
    "milad hoye gese", "মিলাদ হয়ে গেছে",
])
def test_ordinary_notes_get_no_event(note):
    assert read(note).event is None


@pytest.mark.parametrize("note, event", [
    ("জ্বর কমে গেছে আলহামদুলিল্লাহ", "illness"),
    ("meyer jor nai ar, school e jacche", "illness"),
    ("money refunded, she is happy", "complaint"),
    ("gari thik hoye geche, workshop theke anse", "vehicle_trouble"),
])
def test_events_already_over(note, event):
    reading = read(note)
    assert (reading.event, reading.over) == (event, True)


@pytest.mark.parametrize("note", ["ছেলের জ্বর, এখনো কমেনি", "baba ekhono hospital e", "wife er sijar hoise"])
def test_events_not_over(note):
    assert read(note).over is False


@pytest.mark.parametrize("note, who", [
    ("ছোট মেয়ের জ্বর", "daughter"),
    ("ছেলেকে হাসপাতালে নিছে", "son"),
    ("আব্বার হার্ট অ্যাটাক", "father"),
    ("ammur pressure beshi, hospital e", "mother"),
    ("বউয়ের সিজার হইছে, ছেলে হয়েছে", "wife"),
    ("মেয়ের ঘরে নাতি হয়েছে", "daughter"),
    ("shoshur mara gechen", "relative"),
    ("chachato bhai er dengue", "relative"),
    ("office er boss mara gesen", "colleague"),
    ("bondhu accident e ahoto", "friend"),
    ("his wife is in hospital", "wife"),
    ("uni nije osustho", "self"),
    ("no answer", "self"),
    ("বাচ্চার ঠান্ডা জ্বর", "child"),
    # a relation's relation is a relative; a sibling's parent is the parent
    ("ছেলের বউয়ের প্রসব ব্যথা উঠেছে", "relative"),
    ("boner meye r jonmodin, cake lagbe", "relative"),
    ("Brother's wife is due next week", "relative"),
    ("ভাইয়ের বাপজানের অপারেশন শনিবার", "father"),
    ("মেয়েরে নিয়া শিশু হাসপাতালে, নিউমোনিয়া", "daughter"),  # a children's hospital names nobody
    ("meye ke niye doctor dekhate gese, typhoid", "daughter"),  # "doctor" is not "dost" (friend)
])
def test_who_the_event_concerns(note, who):
    assert read(note).who == who


@pytest.mark.parametrize("note, expected", [
    ("পরশু খোঁজ নিতে বলেছেন", date(2026, 11, 21)),
    ("kal call dite bolse", date(2026, 11, 20)),
    ("আগামীকাল ফোন দিবো", date(2026, 11, 20)),
    ("call on Thursday", date(2026, 11, 26)),          # the next Thursday after the call
    ("শনিবার ফোন দিতে বলছে", date(2026, 11, 21)),
    ("shonibar abar try korbo", date(2026, 11, 21)),
    ("৩ দিন পর ফোন দিও", date(2026, 11, 22)),
    ("2 din por cl dibo", date(2026, 11, 21)),
    ("next week e phone", date(2026, 11, 26)),
    ("২৫ তারিখে কল দিতে বলছে", date(2026, 11, 25)),
    ("5 tarikh e abar khobor nite bolse", date(2026, 12, 5)),  # the 5th has passed: next month
    ("meeting e ase, bikale cl dite bolse", date(2026, 11, 19)),
    ("1 ghonta por abar", date(2026, 11, 19)),
    ("ring back on the 14th", date(2026, 12, 14)),
    ("In a meeting, texted 'call u tmrw'", date(2026, 11, 20)),
    ("phone was off all day. try again mon", date(2026, 11, 23)),
    ("নতুন সোফা সেট দেখতে আসবেন মঙ্গলবার", date(2026, 11, 24)),  # coming to the shop is the next contact
    ("His uncle died yesterday. He is going home, back in 5 days.", date(2026, 11, 24)),
    ("Father-in-law is in the CCU. Don't call before Wednesday.", date(2026, 11, 25)),
    ("call on 25/11", date(2026, 11, 25)),
    ("kal theke apu er jor, ajke kotha bolte parbe na. bolse 2 din por", date(2026, 11, 21)),
])
def test_call_back_day_stated_in_the_note(note, expected):
    assert callback_date(note, CALLED) == expected


@pytest.mark.parametrize("note", [
    "কাল রাতে ইন্তেকাল করেছেন",       # past-sense কাল
    "kal theke jor",
    "ঈদের পর ফোন দিতে বলছে",          # vague
    "call later",
    "biye 20 tarikh, 4 ta saree nibe",  # a date for something else
    "অপারেশন রবিবার",
    "Wife in labour, he is at the clinic. Don't call today",
    "delivery boy 2 ghonta late, tar upor rude",        # hours of lateness, not "in 2 hours"
    "চাল ডাল তেল, লিস্ট হোয়াটসঅ্যাপে দিবেন। ১৫ তারিখের মধ্যে পাঠাতে হবে",  # a deadline
    "Her mother-in-law passed away on Sunday. Will talk after the chollisha.",
    "Customer had a minor surgery on his knee",          # "a minor" is not "a minute"
    "tar bon er biye hoye gelo goto shukrobar, ekhon free",  # last Friday
])
def test_no_call_back_day(note):
    assert callback_date(note, CALLED) is None


@pytest.mark.parametrize("cell, expected", [
    ("Thursday", date(2026, 11, 26)), ("পরশু", date(2026, 11, 21)), ("৩ দিন পর", date(2026, 11, 22)),
    ("kal", date(2026, 11, 20)), ("next week", date(2026, 11, 26)), ("after the holidays", None),
])
def test_follow_up_on_typed_in_words(cell, expected):
    assert typed_date(cell, CALLED) == expected


def test_a_shops_own_labelled_notes_teach_its_words():
    note = "dokan er shutter e jhamela hoise"
    assert read(note).event is None
    shop = NoteReader.build(SETTINGS.events, examples=[
        ("shutter e jhamela, dokan bondho", "complaint"),
        ("shutter e jhamela abar", "complaint"),
        ("aj shutter kharap", "complaint"),
    ])
    assert shop.read(note, CALLED).event == "complaint"


def test_custom_event_kinds_keep_their_keywords():
    settings = build_settings({"events": {"exam": {"delay_days": 3, "keywords": ["পরীক্ষা", "exam"]}}})
    reader = NoteReader.build(settings.events)
    assert reader.read("ছেলের পরীক্ষা চলছে", CALLED).event == "exam"
    assert reader.read("মেয়ের জ্বর, পরীক্ষা দিতে পারেনি", CALLED).event == "illness"  # built-ins first


# Classes of mistakes found leave-one-writer-out in the second accuracy round: the exact
# reading (event, over, who, call-back day) of a note of each class.
@pytest.mark.parametrize("note, expected", [
    # a family's own wedding or birthday, whatever is ordered for it
    ("ছোট বোনের বিয়ে ২০ তারিখ, ৬টা শাড়ি আর ৬টা ব্লাউজ পিস নিবেন", ("celebration", False, "sister", None)),
    ("nijer biye next month, 300 jon er catering quote chailen", ("celebration", False, "self", None)),
    ("Son's wedding reception on Friday at home, 10 kg chicken", ("celebration", False, "son", None)),
    # ... but clothes to wear at a wedding are a guest's
    ("খালাতো বোনের বিয়েতে পরার জন্য লেহেঙ্গা দেখতে চাইলেন", (None, False, None, None)),
    # overcharged, cheated, never again
    ("বিল বেশি ধরা হইছে ৫০০ টাকা, উনি ক্ষুব্ধ", ("complaint", False, "self", None)),
    ("Customer bolse cheating, 3 kg er jaygay 2 kg dise", ("complaint", False, "self", None)),
    ("Parcel 4 days late. Customer said he will not order again", ("complaint", False, "self", None)),
    # "kosto paise" (felt hurt) is not the wound ক্ষত it folds like
    ("cake deri te pouchaise, cust onek kosto paise", ("complaint", False, "self", None)),
    # births, fevers, breakdowns in words the lists lacked
    ("his grandson was born yesterday at the district hospital", ("newborn", False, "relative", None)),
    ("উনি নিজেই জ্বরে পড়ছেন, ২ দিন পর ফোন দিতে বলছেন", ("illness", False, "self", date(2026, 11, 21))),
    ("ammar nimonia, hospital e", ("illness", False, "mother", None)),
    ("হাইওয়েতে ট্রাক বিগড়াইছে, মেকানিক খুঁজতেছে", ("vehicle_trouble", False, "self", None)),
    # on the road, or angry at being called
    ("cust bollo ekhon rastay, kal kotha bolbe", ("busy", False, "self", date(2026, 11, 20))),
    ("ঘুমাইতেছিলেন, বিরক্ত হয়ে ফোন কেটে দিলেন", ("busy", False, "self", None)),
    ("delivery late, customer rege phone kete dilo", ("complaint", False, "self", None)),
    # from the misses of two new writers (w8, w9): dialect and Hindu words for a death
    ("মামা মরি গেছইন গতকাল, শুক্রবার ফোন দিও", ("bereavement", False, "relative", date(2026, 11, 20))),
    ("দাদু স্বর্গবাসী হয়েছেন, শ্রাদ্ধের কাজে ব্যস্ত", ("bereavement", False, "relative", None)),
    # a birth or a baby due, in dialect
    ("বোনের পুত হইছে, পরশু ফোন দিতাম কইছে", ("newborn", False, "sister", date(2026, 11, 21))),
    ("bou poyati, date samne, 25 tarikh e call", ("newborn", False, "wife", date(2026, 11, 25))),
    # "cradle" is not the শ্রাদ্ধ it begins like
    ("wife er bachcha hobe december e, cradle er dam niye kotha hoise", ("newborn", False, "wife", None)),
    # elected, back from Umrah
    ("উনি নিজে পৌরসভার কাউন্সিলর নির্বাচিত হইছেন, মিষ্টি বিলাইতাছেন", ("celebration", False, "self", None)),
    ("আম্মা ওমরাহ করে ফিরছেন, খেজুর নিলেন", ("celebration", False, "mother", None)),
    # out of fuel; a head split open in an accident is an injury
    ("tempo er diesel shesh, highway te pore ase", ("vehicle_trouble", False, "self", None)),
    ("cheler accident e matha fatse, 5ta selai", ("illness", False, "son", None)),
    # a vehicle that does not start ("না" is part of the trouble, not a negation of it), an
    # engine with a problem, a breakdown (not the look-alike "ব্রেক" it begins like); a pump
    # that does not start is not a vehicle
    ("গাড়ির ইঞ্জিনে সমস্যা, পরশু কল দিতে বলেছেন", ("vehicle_trouble", False, "self", date(2026, 11, 21))),
    ("বাইক স্টার্ট নেয় না, মেকানিক ডাকছে", ("vehicle_trouble", False, "self", None)),
    ("তার একটা বাস ব্রেকডাউন, হাইওয়েতে দাঁড়ানো", ("vehicle_trouble", False, "self", None)),
    # a shop's anniversary; fainting, the operating theatre
    ("উনার দোকানের ৫ বছর পূর্তি, মিষ্টি বিলাবেন", ("celebration", False, "self", None)),
    ("abbu fainted at the mosque, taken to hospital", ("illness", False, "father", None)),
    ("মেয়েকে ওটিতে নিয়া গেছে, দোয়া চাইছেন", ("illness", False, "daughter", None)),
    # a call-back day and, said outright, nothing else: a busy call however long the note
    ("sunday call dio, ar kisu bole nai", ("busy", False, "self", date(2026, 11, 22))),
    ("cust said 'call on Monday', nothing else", ("busy", False, "self", date(2026, 11, 23))),
    # a pregnancy with a complication is an illness (the schema's rule), a Caesarean a birth
    ("bou pregnant, bleeding hoise, hospital e. baccha hoy nai ekhono", ("illness", False, "wife", None)),
    ("বউ গর্ভবতী, প্রেশার বেশি, ক্লিনিকে ভর্তি", ("illness", False, "wife", None)),
    ("স্ত্রীকে হাসপাতালে ভর্তি করাইছে, আজ রাতে সিজার", ("newborn", False, "wife", None)),
    # a neighbour's child's birthday is not the family's
    ("পাশের বাসার ভাবির মেয়ের birthday, gift কিনবে", (None, False, None, None)),
    # not arrived yet, charged twice; a dress's stitching is not a wound's
    ("পার্সেল এখনো আসেনি, ৭ দিন হয়ে গেল", ("complaint", False, "self", None)),
    ("bkash e charged twice, cust asking back", ("complaint", False, "self", None)),
    ("Dress er stitching kharap, exchange chay", ("complaint", False, "self", None)),
    # asleep, not at home (the wife who answered is not the one concerned)
    ("ঘুমাইতাছিল, পরে দিতে কইছে", ("busy", False, "self", None)),
    ("স্ত্রী ধরলেন, উনি বাসায় নাই, আজ রাতে দিতে বললেন", ("busy", False, "self", date(2026, 11, 19))),
])
def test_second_round_classes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a cough (কাশি) folds like a goat (খাসি) and a biryani (kacchi): the goat is no look-alike
    # that hides every illness word of the note any more
    ("আম্মার জ্বর আর কাশি, কাল খবর নিব", ("illness", False, "mother", date(2026, 11, 20))),
    ("কোরবানির জন্য খাসির মাংস ৫ কেজি", (None, False, None, None)),
    # a grandmother (nani) is not "customer er na" (not the customer's)
    ("cust er nani mara gese, pore kotha bolbe", ("bereavement", False, "relative", None)),
    # an accident with no vehicle in the note: a mishap in a shop, a brand
    ("দোকানে ছোট একটা accident হইছিল, কারো কিছু হয় নাই, অর্ডার দিলেন", (None, False, None, None)),
    ("Accident brand er jacket ase?", (None, False, None, None)),
    # goods counted on an order, and goods for someone's garage or clinic, are not events
    ("4 ta car battery ar 2 ta tyre, garage er jonno", (None, False, None, None)),
    ("Her brother is a surgeon, wants 3 chairs for his clinic", (None, False, None, None)),
    # a box broken but the goods fine, "no problem": not a complaint put right, no complaint
    ("box ta bhanga chilo, kintu bhitorer jinis thik ache, cust bolse no prob", (None, False, None, None)),
    # a phone ringing unanswered, a line cut: busy, not the complaint words inside them
    ("ফোন বাজে, কেউ ধরে না। কাল আবার", ("busy", False, "self", date(2026, 11, 20))),
    # a gift for a nephew's day is a guest's present; for a daughter's, the family's day
    ("ভাতিজার জন্মদিনের গিফট, একটা খেলনা", (None, False, None, None)),
    ("মেয়ের জন্মদিনের গিফট, একটা ঘড়ি", ("celebration", False, "daughter", None)),
    # an acquaintance's funeral: the customer is busy, nobody of theirs died
    ("at an acquaintance's funeral now, call tomorrow", ("busy", False, "self", date(2026, 11, 20))),
    # "কারো কিছু হয়নি" (nobody hurt) is not a car (কার); a new home (বাসা) is not a child (বাচ্চা)
    ("দোকানের সামনে accident, কারো কিছু হয়নি, উনি অর্ডার দিলেন", (None, False, None, None)),
    ("উনি নতুন বাসা নিছেন, খুব খুশি", ("celebration", False, "self", None)),
    # a relation "no more" is a death; a fever "no more" is over
    ("choto bhai ar nai, kulkhani shukrobar", ("bereavement", False, "brother", None)),
    ("meyer jor ar nai, bhalo ase", ("illness", True, "daughter", None)),
    # a grandchild born "in the son's house" is the son's (the schema's "মেয়ের ঘরে নাতি হয়েছে")
    ("natni hoise, cheler ghore. kal call dibo", ("newborn", False, "son", date(2026, 11, 20))),
    # the formal (sadhu) words for tomorrow
    ("তাঁহার আব্বা হাসপাতালে ভর্তি, আগামীকল্য ফোন দিব", ("illness", False, "father", date(2026, 11, 20))),
])
def test_third_round_new_writers(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # "no more" before a word says how much: nobody died (a condolence here would be a blunder)
    ("no more delay pls, site waiting", (None, None)),
    ("no more calls pls", (None, None)),
    ("no more discount, final price bolse", (None, None)),
    # ... at its clause's end, before when it happened or before a sad face, a death
    ("uncle no more, funeral tmrw", ("bereavement", "relative")),
    ("her MIL is no more since last night", ("bereavement", "relative")),
    ("abba no more 😔", ("bereavement", "father")),
    ("nana no more ajke vore", ("bereavement", "relative")),
])
def test_no_more_before_a_word_is_how_much(note, expected):
    r = read(note)
    assert (r.event, r.who) == expected


@pytest.mark.parametrize("note, expected", [
    # a brother "no more" when the note says whose he is; "bhai, ar nai" alone is a word of address
    ("উনার ভাই আর নেই। পরে কথা বলবো", ("bereavement", False, "brother", None)),
    ("bhai, ar nai", (None, False, None, None)),
    # the customer has customers at their own shop: a busy call, call later today
    ("বিকালে কল দিও, এখন দোকানে কাস্টমার", ("busy", False, "self", date(2026, 11, 19))),
    # someone got well: an illness over, never a birth the model hears in "মেয়ে ... হয়ে"
    ("মেয়ে ভালো হয়ে গেছে", ("illness", True, "daughter", None)),
    ("মেয়ে এখন ভালো হয়ে গেছে", ("illness", True, "daughter", None)),
])
def test_fourth_round_misreadings(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # words no list had: an elder "has gone", did not survive, Umrah without its h, a Hindu baby's
    # first rice, an eye infection, a battery rickshaw, a collision, ব্যস্ত spelt with া
    ("dadu chole gelen aj bhore", ("bereavement", False, "relative", None)),
    ("ডেলিভারির সময় বাচ্চাটা বাঁচেনি", ("bereavement", False, "child", None)),
    ("শাশুড়ি ওমরা করে ফিরছেন", ("celebration", False, "relative", None)),
    ("নাতির অন্নপ্রাশন, শাড়ি লাগবে", ("celebration", False, "relative", None)),
    ("মেয়েটার চোখ উঠছে, ড্রপ নিলো", ("illness", False, "daughter", None)),
    ("আব্বার ইজিবাইক রাস্তায় বন্ধ, ব্যাটারি বসে গেছে", ("vehicle_trouble", False, "father", None)),
    ("Husband's motorbike was in a collision, he is fine", ("vehicle_trouble", False, "husband", None)),
    ("ব্যাস্ত আছি, পরে", ("busy", False, "self", None)),
    # a kind the note flatly denies is not named by the model ("no breakdown", "is not the issue"),
    # nor is a busy cue with a "not" after it
    ("He said the car is fine, no breakdown, he was late", (None, False, None, None)),
    ("Fever is not the issue, she needs vitamins", (None, False, None, None)),
    ("mon kharap na, emni dam beshi bolse", (None, False, None, None)),
    # a traffic jam is no breakdown; a run-down battery is a repair job; a swollen one a complaint
    ("gari nosto na, jam e atka chilo", (None, False, None, None)),
    ("ফোনের ব্যাটারি ডেড, নতুন ব্যাটারি লাগাবে", (None, False, None, None)),
    ("battery fule gese, 1 mash o hoy nai kinsi", ("complaint", False, "self", None)),
    # "no problem" now is not a complaint put right, unless a clearer word says there was one
    ("ekhon kono problem nai, heater er dam jante chailo", (None, False, None, None)),
    ("refund pelo, ar kono somossa nai", ("complaint", True, "self", None)),
    # the customer's own delivery van, not the shop's
    ("His delivery van got stuck in mud, no one hurt", ("vehicle_trouble", False, "self", None)),
    ("our delivery van was late, customer angry", ("complaint", False, "self", None)),
    # "over" words about someone or something else, or still to be done
    ("নসিমন উল্টে গেছে, মানুষ ঠিক আছে", ("vehicle_trouble", False, "self", None)),
    ("এক্সিডেন্টে পা ভাঙছে, বাইক ঠিক আছে", ("illness", False, "self", None)),
    ("সালোয়ার ঢিলা, ঠিক করে দিতে বলছে", ("complaint", False, "self", None)),
    ("গাড়ি ঠিক হইয়া গেছে", ("vehicle_trouble", True, "self", None)),
    # baby goods cancel a birth only in their own clause
    ("নতুন বাবুর জন্য ডায়াপার চাইলেন, মেয়ের ঘরে নাতি হইছে", ("newborn", False, "daughter", None)),
    # rude at the call, with a mood: busy, not a complaint; "বিকেল" (afternoon) is not a bike
    ("Mood kharap, rude bhabe bollo don't call now. 2 din por try korbo", ("busy", False, "self", date(2026, 11, 21))),
    ("kal bikel e ready, battery lagbe mobile er", (None, False, None, None)),
])
def test_fourth_round_new_writer(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # a machine, a tree or a crop that "died" is nobody's death; a person still is
    ("shop er purano motor ta mara gese, notun motor er dam jante chay", (None, False, None, None)),
    ("বাগানের কয়েকটা গাছ মারা গেছে, কীটনাশক চাইলেন", (None, False, None, None)),
    ("hamar dada kal rate mara gese, mui pore phone dimu", ("bereavement", False, "relative", None)),
    # the shop's own marketing greetings are no customer's celebration
    ("Sent 'Happy Birthday, 15% off' coupon to all customers", (None, False, None, None)),
    ("Congrats 🎉 giveaway winner, post boost done", (None, False, None, None)),
    ("Printed 30 'Congratulations' certificates for the school's prize day", (None, False, None, None)),
    # a wedding in a neighbouring village is a guest's; the customer's daughter's is theirs
    ("pasher gramer meyer biye, gift packing kore dite bolse", (None, False, None, None)),
    ("meyer biye, coupon ta kaje lagabe", ("celebration", False, "daughter", None)),
    # old gold traded in is a sale; a customer's own wrong size is no complaint
    ("Old gold exchange korte chan, purono chain", (None, False, None, None)),
    ("customer nijei bhul size bolsilen, exchange korbe", (None, False, None, None)),
    # "tempered glass" has no tempo in it; a phone that fell is no vehicle trouble
    ("phone accident e display fatse, tempered glass chay", (None, False, None, None)),
    # words no list had
    ("ভাবী নিজে জ্বরে কাবু, পরে নিবেন", ("illness", False, "self", None)),
    ("He got food poisoning, in bed", ("illness", False, "self", None)),
    ("ছেলের হাতে পোড়া লেগেছে", ("illness", False, "son", None)),
    ("ডেলিভারি দেরি হওয়ায় উনি অনেক কষ্ট পেয়েছেন", ("complaint", False, "self", None)),
    ("vul design pathano hoise, change chay", ("complaint", False, "self", None)),
    ("ভাইয়ের ঘরে ভাতিজা হইসে", ("newborn", False, "brother", None)),
    ("tader notun cafe open hoise, tablet chay", ("celebration", False, "self", None)),
    ("গাড়ি সারাই হয়ে গেছে, এখন ঠিক আছে", ("vehicle_trouble", True, "self", None)),
])
def test_fifth_round_look_alikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # SMS shorthand with no vowels: "kl" is tomorrow (not কল, a call, which folds alike), "prs"
    # the day after; "N din bad" / "৩ দিন বাদ" (after), "do din" (two days)
    ("abbu r jwr, hsptl e nise. kl cl dn", ("illness", False, "father", date(2026, 11, 20))),
    ("meye r jwr. prs cl dn", ("illness", False, "daughter", date(2026, 11, 21))),
    ("bou er pet kharap, kl abar jigabo", ("illness", False, "wife", date(2026, 11, 20))),
    ("5 din bad firbe, tokhon order dibe", (None, False, None, date(2026, 11, 24))),
    ("৩ দিন বাদ কল দিতে বলছে, এখন ব্যস্ত", ("busy", False, "self", date(2026, 11, 22))),
    ("EMI er option jante chay, do din por janabe", (None, False, None, date(2026, 11, 21))),
    # Chatgaiya today and tomorrow (ajia, kalia), a sadhu "I will come" (ashibo)
    ("ajia kotha koite parbo na, kalia cl diyen", ("busy", False, "self", date(2026, 11, 20))),
    ("charger er dam jigaise, kalia dokan e ashibo koilo", (None, False, None, date(2026, 11, 20))),
    # ordering or taking again on a day; a customer coming; from the day after on, talking again
    ("সাপ্তাহিক বাজার নিলেন। পরশু আবার নিবে", (None, False, None, date(2026, 11, 21))),
    ("Charger burnt in a week, wants a replacement, customer coming in 3 days",
     ("complaint", False, "self", date(2026, 11, 22))),
    ("mama expire korse, ajke dokan bondho. porshu theke kotha", ("bereavement", False, "relative", date(2026, 11, 21))),
    # (not "kal theke kotha bolte parse na": since yesterday, no day)
    ("kal theke kotha bolte parse na, gola bosa", (None, False, None, None)),
])
def test_fifth_round_call_back_days(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # fewer pieces than ordered; a phone that will not charge; a packet that came open; an
    # exchange asked in sadhu bhasha
    ("অর্ডারে ৩টা থ্রিপিস কম এসেছে", ("complaint", False, "self", None)),
    ("carton e 4 ta packet kom, dokandar rag", ("complaint", False, "self", None)),
    ("নতুন charger দিয়া charge হয় না", ("complaint", False, "self", None)),
    ("customer বলছে packet খোলা ছিল", ("complaint", False, "self", None)),
    ("নীল পাঞ্জাবি পাঠানো হইয়াছে, উনি সবুজ চাহিয়াছিলেন। পরিবর্তন করিতে চান", ("complaint", False, "self", None)),
    # good news: a visa in any script, back from Hajj, a chance got in sadhu bhasha
    ("ছোট ভাইয়ের Dubai visa হয়েছে", ("celebration", False, "brother", None)),
    ("হজ্জ শেষে ফিরিয়াছেন আব্বা, তসবিহ নিলেন", ("celebration", False, "father", None)),
    ("তাহার পুত্র বুয়েটে চান্স পাইয়াছে", ("celebration", False, "son", None)),
    # illness: a cold caught, an allergy, a cut hand, bruises, pressure high in a pregnancy
    ("ছেলের ঠান্ডা লেগেছিল, সেরে গেছে", ("illness", True, "son", None)),
    ("জ্বর না, এলার্জি হইছে মেয়ের", ("illness", False, "daughter", None)),
    ("bou er hat kata gese, 3 ta selai", ("illness", False, "wife", None)),
    ("His son fell off a rickshaw, minor bruises", ("illness", False, "son", None)),
    ("wife pregnant, প্রেশার high, hospital এ ভর্তি", ("illness", False, "wife", None)),
    # the particle ও: জ্বরও is জ্বর; their "own" fever is theirs, whoever another clause names
    ("ভাইয়ের ছেলের জন্মদিন শনিবার, আর উনার নিজের জ্বরও", ("illness", False, "self", None)),
    # the fortieth day's rite by its Persian name; a wife's brother is a relative
    ("Grandmother's chehlum on Friday, needs 20 kg rice", ("bereavement", False, "relative", None)),
    ("শ্যালকের বাইক এক্সিডেন্ট, পা ভাঙছে", ("illness", False, "relative", None)),
    # look-alikes: a routine check-up with good reports, a phone dropped in water for repair
    ("ডাক্তার দেখাতে গেছেন রুটিন চেকআপে, রিপোর্ট সব ভালো", (None, False, None, None)),
    ("ফোন পানিতে পড়ে dead, servicing করাবে", (None, False, None, None)),
    # SMS shorthand for the family and the hospital
    ("mye r jwr, hsptl e vrti", ("illness", False, "daughter", None)),
    ("bw er jwr, dctr dekhabe", ("illness", False, "wife", None)),
    ("chle r bike accdnt, pa bhangse", ("illness", False, "son", None)),
    ("hsbnd osustho, kotha hoy nai beshi", ("illness", False, "husband", None)),
    # the shop's own van; away from town; a public hospital named
    ("Our shop van broke down, the order goes tomorrow, customer said fine", (None, False, None, None)),
    ("Out of station till Sunday, call Monday", ("busy", False, "self", date(2026, 11, 23))),
    ("Her father had a fall, he's in Dhaka Medical", ("illness", False, "father", None)),
])
def test_fifth_round_new_writer(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # relation words of Hindu families and West Bengal, respectful and affectionate forms
    ("জেঠু মারা গেছেন গত সপ্তাহে", ("bereavement", "relative", "jethu")),
    ("hamar kaka osustho, medical e bhorti", ("illness", "relative", "kaka")),
    ("পিসিমার অপারেশন হবে সোমবার", ("illness", "relative", "pishi")),
    ("মাসির জ্বর, ঔষধ পরে নিবেন", ("illness", "relative", "mashi")),
    ("উনার বৌদির বাচ্চা হবে এই সপ্তাহে", ("newborn", "relative", "boudi")),
    ("খালাম্মা হাসপাতালে ভর্তি", ("illness", "relative", "khala")),
    ("উনার বোনঝির আকদ, হিজাব চেয়েছেন", ("celebration", "relative", "bonjhi")),
    ("Apu r dewr er biye 25 tarikh e", ("celebration", "relative", "debor")),
    ("শাশুড়ি আম্মার প্রেশার বাড়ছে", ("illness", "relative", None)),
    # "ভাইয়া" after "his" is a brother; "apa" that is the customer's, a sister
    ("উনার ভাইয়া অ্যাক্সিডেন্ট করছে, কেউ ব্যথা পায় নাই, মোটরসাইকেল ভাঙছে", ("vehicle_trouble", "brother", None)),
    ("cust er apa মারা গেছেন হঠাৎ", ("bereavement", "sister", None)),
    # "চালাতে" is not শালা (a wife's brother)
    ("উনার আব্বু গাড়ি চালাতে গিয়ে মাথা ঘুরে পড়ে গেছেন", ("illness", "father", None)),
    # the baby that was born is not whom; the customer named with the event, not a later relative
    ("Customer's baby was born yesterday at Labaid", ("newborn", "self", None)),
    ("উনার নতুন শাখা খুলছে, ভাইপোরে বসাইছে", ("celebration", "self", None)),
    # a month's supply (মাসিক) is no aunt
    ("মাসিক বাজারের চাল নিলেন, ছেলের জ্বর", ("illness", "son", None)),
])
def test_sixth_round_relation_words(note, expected):
    r = read(note)
    assert (r.event, r.who, r.kin) == expected


@pytest.mark.parametrize("note, expected", [
    # a son, a daughter born in dialect; asthma in Bengali script; a mask needed by a patient
    ("মাইয়ার পোলা হইছে কাইল রাইতে", ("newborn", False, "daughter", None)),
    ("ছোট ছেলের এজমা অ্যাটাক কাল রাতে, ইনহেলার চায়", ("illness", False, "son", None)),
    ("Pisi is admitted with pneumonia at Holy Family. Needs nebulizer mask.", ("illness", False, "relative", None)),
    ("Chamber er jonno 10 box mask", (None, False, None, None)),
    # nothing worth complaining of is no complaint
    ("চাল ঠিক আছে, ডেলিভারি সময়মতো, অভিযোগ করার মতো কিছু নাই কইলো", (None, False, None, None)),
])
def test_sixth_round_events(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # Rangpur and Sylhet kin words: বেটি (a daughter), ছাওয়াল and পোলাডা (a son), ভাইস্তা (a nephew),
    # বেটার বউ (a son's wife)
    ("বেটির বিয়া সামনের মাসে", ("celebration", False, "daughter")),
    ("ছাওয়ালটার জ্বর তিন দিন ধরি", ("illness", False, "son")),
    ("পোলাডার হাত ভাঙছে খেলতে গিয়া", ("illness", False, "son")),
    ("ভাইস্তার ডেঙ্গু, সদর হাসপাতালে", ("illness", False, "relative")),
    ("বেটার বউ হাসপাতালে ভর্তি", ("illness", False, "relative")),
    # বেটা folds like ব্যথা (pain): a pain stays a pain, not a son
    ("আব্বার কোমরে ব্যথা, বিছানায়", ("illness", False, "father")),
    # births, bites, sugar gone up, a heart attack spelt with এ্য
    ("আলহামদুলিল্লাহ ছাওয়াল হইছে", ("newborn", False, "self")),
    ("বাচ্চা হওনের ডেট সামনের সপ্তাহে", ("newborn", False, "self")),
    ("কুকুরে কামড় দিছে পায়ে, টিকা নিবে", ("illness", False, "self")),
    ("আম্মার সুগার বাড়ছে খুব", ("illness", False, "mother")),
    ("খালুর হার্ট এ্যাটাক, রংপুর মেডিকেলে", ("illness", False, "relative")),
    # complaints in the dialects: scolding, anger, rudeness spelt ব্যাবহার, a wrong bill or measure
    ("সারের দাম নিয়া খুব বকাবকি করল", ("complaint", False, "self")),
    ("লোকটা ভালো না কয়, খুব চেতছে", ("complaint", False, "self")),
    ("ডেলিভারি ম্যান খারাপ ব্যাবহার করছে", ("complaint", False, "self")),
    ("হিসাব ভুল কইছি কয়, বাকি মিলে", ("complaint", False, "self")),
    ("কোর্তা ভুল মাপে বানাইছে", ("complaint", False, "self")),
    ("আটার বস্তায় পাথর পাইছে", ("complaint", False, "self")),
    # vehicles: stopped dead (Rangpur "হয়া"), a gear box gone, a skid, overturned
    ("ভটভটি মাঝ রাস্তায় বন্ধ হয়া গেছে", ("vehicle_trouble", False, "self")),
    ("tractor er gear box gese, mistri ashbe", ("vehicle_trouble", False, "self")),
    ("উনার বাইক স্লিপ খাইছে, কারো কিছু হয় নাই", ("vehicle_trouble", False, "self")),
    ("নসিমন উল্টি গেছে হাটের পথে", ("vehicle_trouble", False, "self")),
    # a housewarming, a government job, a teaching post
    ("নতুন বাড়িতে গৃহপ্রবেশ শুক্রবার", ("celebration", False, "self")),
    ("ছোট ভাই সরকারি চাকরি পাইছে", ("celebration", False, "brother")),
    ("বোন প্রাইমারিতে মাস্টারি পাইছে", ("celebration", False, "sister")),
    # away: not at home, gone to the fields, hot-headed, will call when back
    ("উনি বাড়ি নাই, বউ ধরছে", ("busy", False, "self")),
    ("উনি মাঠে আছেন, সেচ দিতেছে", ("busy", False, "self")),
    ("মাথা গরম, কথা কবার চায় না", ("busy", False, "self")),
    ("অফিস থাকি ফিরা ফোন দিবে", ("busy", False, "self")),
    # over in the dialects
    ("বউয়ের টাইফয়েড ভালো হয়া গেছে", ("illness", True, "wife")),
    ("ভাবীর জ্বর আছিল, অখন ভালা", ("illness", True, "relative")),
    ("পাওয়ার টিলার মেরামত হয়া গেছে", ("vehicle_trouble", True, "self")),
    # look-alikes: বিজিবি (the border guard) is not বিজি (busy), a court hearing is not a
    # complaint's মামলা, back from Hajj is no return of goods, an old phone traded in is a sale
    ("বিজিবি ক্যাম্পের জন্য ২০টা কম্বল", (None, False, None)),
    ("মামলার হাজিরা দিতে গেছে, লুঙ্গি পরে নিবে", (None, False, None)),
    ("Hajj return, brought dates for the shop", ("celebration", False, "self")),
    ("পুরানা মোবাইল বদলাইতে চায়, নতুন মডেল দেখবে", (None, False, None)),
    # "সেট" and "sets" are not the dialect anger চেতছে; "করতে" is not কোর্টে (in court)
    ("Daughter's engagement, wants 4 saree sets", ("celebration", False, "daughter")),
    ("invoice e nam add korte bolse", (None, False, None)),
    # high blood pressure; clothes too small; engine oil and a part handed in to be replaced
    ("ammur BP beshi, doctor dekhabe", ("illness", False, "mother")),
    ("সাইজ ছোট হইছে, বোরকা ফেরত দিতে চায়", ("complaint", False, "self")),
    ("van er engine oil leak kortese, 2 din age nise", ("complaint", False, "self")),
    ("ঘড়ির ব্যাটারি শেষ, রিপ্লেস করতে দিছে, কাল নিবে", (None, False, None)),
])
def test_seventh_round_regional_words(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who) == expected


@pytest.mark.parametrize("note, expected", [
    # Rangpur "will come" (আইসবে), coming to take goods (আইয়া নিবা), "night এ" is tonight
    ("পরশু সকালে দোকানে আইসবে", date(2026, 11, 21)),
    ("মাল রেডি, রবিবার আইয়া নিবে", date(2026, 11, 22)),
    ("ফোন off, night এ try করবো", CALLED),
])
def test_seventh_round_regional_call_back_days(note, expected):
    assert read(note).callback == expected


def test_seventh_round_on_the_way_is_no_visit():
    # "আইসবার পথে" (on its way here) is no promise to come
    assert read("মাল আইসবার পথে, সোমবার পৌঁছাবে").callback is None


@pytest.mark.parametrize("note, expected", [
    # "labour" is also workers; a birth only in labour, its room, ward ("on strike" is no wife)
    ("Labour at the godown on strike, unloading stopped.", (None, False, None, None)),
    ("দোকানে লেবার নাই, মাল পরে নামাবে", (None, False, None, None)),
    ("Shop e labour ase, tiles namabe", (None, False, None, None)),
    ("Wife in labour at Labaid since morning", ("newborn", False, "wife", None)),
    ("bou labour room e, pore kotha hobe", ("newborn", False, "wife", None)),
    # a device that "died", a generator that will not start: the goods, not a death or a breakdown
    ("His laptop died after the update, very upset", ("complaint", False, "self", None)),
    ("Generator ta start nicche na, customer khub birokto", ("complaint", False, "self", None)),
    # a business's operation, a manager's wedding, ordering fewer, selling well, "best before"
    ("ব্যবসার অপারেশন এখন খুলনা অফিস থেকে চলবে", (None, False, None, None)),
    ("দোকানের ম্যানেজারের বিয়ে গত শুক্রবার হলো, এখন অর্ডার দিবেন", (None, False, None, None)),
    ("Order kom dise ebar, bikri kom", (None, False, None, None)),
    ("The tyres are selling well, wants 20 more", (None, False, None, None)),
    ("Power bank swelling after 2 days, wants refund", ("complaint", False, "self", None)),
    ("Best before date is March, asked for best price", (None, False, None, None)),
    ("Mobile er battery dead, replace korte dise", (None, False, None, None)),
    # "30 desk", "5 separate": no 30 December, no 5 September
    ("30 desk calendars ordered, design final", (None, False, None, None)),
    ("5 separate boxes for the shirts, call when ready", (None, False, None, None)),
])
def test_seventh_round_look_alikes(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # office Bengali (sadhu bhasha) and Bangladeshi English
    ("তিনি বর্তমানে দেশের বাহিরে, ২৫ তারিখে ফিরিবেন", ("busy", False, "self", date(2026, 11, 25))),
    ("In a program now, call tomorrow", ("busy", False, "self", date(2026, 11, 20))),
    ("তাঁহার সহধর্মিণী পুত্র সন্তান জন্ম দিয়াছেন", ("newborn", False, "wife", None)),
    ("তাঁহার পিতা গতকাল ইন্তেকাল করিয়াছেন", ("bereavement", False, "father", None)),
    ("উনার স্ত্রী হাসপাতালে, সন্তান হবে এই সপ্তাহে", ("newborn", False, "wife", None)),
    # angry at the call, not at the shop
    ("উনি খুব বিরক্ত, বললেন এখন ফোন দিবেন না", ("busy", False, "self", None)),
    ("Very upset, not in the mood to talk, call later", ("busy", False, "self", None)),
    # overcharged and a grievance in Bengali script; a credit note put it right
    ("পণ্যের দাম বেশি নেওয়া হয়েছে বলে ক্ষোভ", ("complaint", False, "self", None)),
    ("ক্রেডিট নোট দেওয়া হয়েছে, এখন আর কোনো ক্ষোভ নেই", ("complaint", True, "self", None)),
    ("জামার সাইজ ছোট, বদলাতে চান", ("complaint", False, "self", None)),
    ("Mother is on chemotherapy at Delta hospital", ("illness", False, "mother", None)),
    ("Opening a new outlet in Uttara next month", ("celebration", False, "self", None)),
    # the customer's staff are colleagues
    ("Their store manager is in hospital with dengue", ("illness", False, "colleague", None)),
    ("Driver of their truck got injured, leg broken", ("illness", False, "colleague", None)),
    # call-back days: back after N days, rescheduled, "bikel e"
    ("Back after 4 days, he is in Sylhet", ("busy", False, "self", date(2026, 11, 23))),
    ("Meeting e ase, bikel e call dite bolse", ("busy", False, "self", date(2026, 11, 19))),
    ("Visit rescheduled to the 25th", (None, False, None, date(2026, 11, 25))),
    # gone on a pilgrimage is away (busy); back from one is still a celebration
    ("Sir has gone for umrah, back on the 25th", ("busy", False, "self", date(2026, 11, 25))),
    ("উনি হজ্জে গেছেন, আগামী মাসে ফিরবেন", ("busy", False, "self", None)),
    ("His father came back from Umrah, wants dates", ("celebration", False, "father", None)),
])
def test_seventh_round_new_writer(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


def test_seventh_round_friends_parent_is_no_death_of_theirs():
    assert read("Her friend's father died, she is with them today, call tomorrow").event != "bereavement"


@pytest.mark.parametrize("note, expected", [
    # (event, over, who, callback) on Thursday 19 November
    # events in words no list had: a miscarriage, a pacemaker, the wrong product or model, a
    # service called bad before the noun, a stone come off, a golden A+, admitted to a college
    ("boner miscarriage hoyeche, hospital e", ("illness", False, "sister", None)),
    ("দাদুর পেসমেকার বসানো হবে", ("illness", False, "relative", None)),
    ("ভুল প্রোডাক্ট দিছেন, কালো চাইছিলাম", ("complaint", False, "self", None)),
    ("charger vul model er gese, type c lagbe", ("complaint", False, "self", None)),
    ("kharap service apnader, 3 bar bolsi", ("complaint", False, "self", None)),
    ("churir stone khule gese 2 dinei", ("complaint", False, "self", None)),
    ("meye HSC te golden peyeche, mishti order", ("celebration", False, "daughter", None)),
    ("choto bhai university te vorti hoise, laptop dekhbe", ("celebration", False, "brother", None)),
    ("পাঞ্জাবিটা বদলাতে চান, সাইজ বড়", ("complaint", False, "self", None)),
    # a busy call said other ways: "cul bak", could not answer, a line too bad to hear, "bzy",
    # gone to a parent's home
    ("cul bak ltr, office e", ("busy", False, "self", None)),
    ("meeting e, ans dite parbe na", ("busy", False, "self", None)),
    ("line e kotha clear na, pore dibo", ("busy", False, "self", None)),
    ("ekhn bzy, pore", ("busy", False, "self", None)),
    ("baper bari jacche, 3 din por phone", ("busy", False, "self", date(2026, 11, 22))),
    # the refund got, said in the first person
    ("refund ta pailam, dhonnobad", ("complaint", True, "self", None)),
])
def test_seventh_round_events(note, expected):
    r = read(note)
    assert (r.event, r.over, r.who, r.callback) == expected


@pytest.mark.parametrize("note", [
    # look-alikes that stay ordinary: a teddy bear (বিয়ার folds like a wedding), a wedding called
    # off, a change of mind, the delivery address changed, a medicine box on the order, a golden
    # colour, a shop's delivery van
    "ভাতিজির জন্য টেডি বিয়ার, বড় সাইজ",
    "biye cancel hoye gese, lehenga ar lagbe na",
    "return korte chaisilen, pore mon bodlalo",
    "ঠিকানা বদলে দিতে বললেন, মিরপুর ১০",
    "medicine box 2 ta, shelf shoho",
    "golden color er saree 2 ta",
    "দোকানের ডেলিভারি ভ্যান নষ্ট, আমরা কাল পাঠাবো, কাস্টমার রাজি",
])
def test_seventh_round_look_alikes_stay_ordinary(note):
    assert read(note).event is None


@pytest.mark.parametrize("note, expected", [
    # a baby's parent is the spouse; "dadi hoise" / "nana hoyechen" say whose baby it is
    ("baby r abbu r jor, 3 din dhore", ("illness", "husband")),
    ("বাচ্চার মা অসুস্থ, হাসপাতালে", ("illness", "wife")),
    ("natni hoise! dadi hoise apa", ("newborn", "son")),
    ("ছেলে হইছে, উনি নানা হয়েছেন 🎉", ("newborn", "daughter")),
    # ভাইয়ার written apart, after "his": a brother
    ("tar bhaiya r biye next month", ("celebration", "brother")),
    # a medicine box on the order does not hide an illness in another clause
    ("ছোট ভাইয়ের typhoid, medicine box চাইলেন", ("illness", "brother")),
])
def test_seventh_round_relation_words(note, expected):
    r = read(note)
    assert (r.event, r.who) == expected


@pytest.mark.parametrize("note, called, expected", [
    # misspelt weekdays, "klk" (kalke), a time of day in Banglish, not free today, after the Friday
    # prayer said on another day (on a Friday it is later today)
    ("sundy cl dibo", CALLED, date(2026, 11, 22)),
    ("wedensday call", CALLED, date(2026, 11, 25)),
    ("thrusday abar try", CALLED, date(2026, 11, 26)),
    ("klk cl dis", CALLED, date(2026, 11, 20)),
    ("sw off, evening e try", CALLED, CALLED),
    ("ajke free na, porshu sokale", CALLED, date(2026, 11, 21)),
    ("mosjid e, jumma r por cl den", CALLED, date(2026, 11, 20)),
    ("mosjid e, jummar por call", date(2026, 11, 20), date(2026, 11, 20)),
])
def test_seventh_round_call_back_days(note, called, expected):
    assert read(note, called).callback == expected


@pytest.mark.parametrize("note", [
    # "কাল" before a past-perfect verb is yesterday; "sondhay" (in the evening) is no Sunday
    "কাল যে অর্ডার দিছিল সেটা কনফার্ম",
    "kaal ja bolsilam oita confirm",
])
def test_seventh_round_no_call_back_day(note):
    assert read(note).callback is None


def test_seventh_round_folded_words_stay_apart():
    # "thusday" and "tusday" would fold alike (Thursday, Tuesday): neither is listed; "sondhay"
    # (in the evening) folds like "sonday", so that is not listed as a Sunday
    assert fold("thusday") == fold("tusday")
    assert fold("সন্ধ্যায়") != fold("sundy")
    assert read("bolse sondhay call dite", CALLED).callback == CALLED
# A coverage probe (seventh round): the common words for each event, relation and day, in Bengali
# script (standard and dialect), Banglish and English, written for these tests, each with an
# ordinary note that uses the same word and must stay ordinary. Calls on Thursday 19 November.
@pytest.mark.parametrize("note, expected", [
    # illness by its everyday and dialect names
    ("ছেলের পাতলা পায়খানা, স্যালাইন খাওয়াচ্ছে", ("illness", "son", None)),
    ("মেয়ের বসন্ত হইছে", ("illness", "daughter", None)),
    ("উনি নিজে জলবসন্তে আক্রান্ত", ("illness", "self", None)),
    ("Her son has measles", ("illness", "son", None)),
    ("unar ma paralysed, ghore sheba", ("illness", "mother", None)),
    ("আব্বার প্রস্রাবের সমস্যা, ইউরিন ইনফেকশন", ("illness", "father", None)),
    ("নানির শরীর ভালা না, বিছনাত", ("illness", "relative", None)),
    ("ছেলের বেমার, ডাক্তর দেখাইছে", ("illness", "son", None)),
    ("আব্বার ব্যারাম বাড়ছে", ("illness", "father", None)),
    ("উনার হেপাটাইটিস বি ধরা পড়ছে", ("illness", "self", None)),
    ("মেয়েকে কুকুরে কামড়াইছে, টিকা দিচ্ছে", ("illness", "daughter", None)),
    ("his son got a dog bite, taking rabies shots", ("illness", "son", None)),
    ("abbar jonno blood lagbe, b+", ("illness", "father", None)),
    ("মেয়ের আলসার, খাওয়া দাওয়া বন্ধ", ("illness", "daughter", None)),
    ("ছেলের হাতে ক্যানুলা, স্যালাইন চলছে", ("illness", "son", None)),
    ("উনার ওয়াইফের মিসক্যারেজ হইছে", ("illness", "wife", None)),
    ("her mother is on life support", ("illness", "mother", None)),
    # births in formal words and the dialects
    ("কন্যা সন্তানের বাবা হয়েছেন আলহামদুলিল্লাহ", ("newborn", "self", None)),
    ("তার বউয়ের বাচ্চা হইবো, ডেট ২৫ তারিখ", ("newborn", "wife", None)),
    ("উনার বৌমার ডেলিভারি হবে আগামী সপ্তাহে", ("newborn", "relative", None)),
    # vehicles
    ("ছেলের সাইকেলের চেইন পড়ে গেছে", ("vehicle_trouble", "son", None)),
    ("বাইক স্লিপ কাটছে, উনি ঠিক আছেন", ("vehicle_trouble", "self", None)),
    # complaints
    ("ডেলিভারি ম্যান খারাপ আচরণ করছে", ("complaint", "self", None)),
    ("মোবাইল গরম হয়ে যায়, চার্জ থাকে না", ("complaint", "self", None)),
    ("ফ্যান ঘুরে না, আওয়াজ করে", ("complaint", "self", None)),
    ("Customer said the cream gave her rash, wants money back", ("complaint", "self", None)),
    ("মিষ্টি বাসি ছিল, গন্ধ", ("complaint", "self", None)),
    ("bkash e taka katse kintu order pay nai", ("complaint", "self", None)),
    ("dhoka dise bollo, ar nibe na", ("complaint", "self", None)),
    ("১ স্টার রিভিউ দিবে বলছে", ("complaint", "self", None)),
    ("jama size e boro hoise, change korte chay", ("complaint", "self", None)),
    ("product er color fade hoye gese", ("complaint", "self", None)),
    ("পানির ফিল্টার দিয়ে পানি পড়ে", ("complaint", "self", None)),
    ("৩ দিন ধরে ডেলিভারি আসে না", ("complaint", "self", None)),
    # celebrations
    ("her son got selected in the army", ("celebration", "son", None)),
    ("ছেলের ওয়ালিমা শুক্রবার", ("celebration", "son", None)),
    ("মেয়ের মেহেদি সন্ধ্যা কাল", ("celebration", "daughter", None)),
    ("মেয়ের পানচিনি হয়ে গেছে", ("celebration", "daughter", None)),
    ("নতুন ঘরে গৃহপ্রবেশ, পূজা দিবেন", ("celebration", "self", None)),
    ("ছেলে হাফেজ হইছে, পাগড়ি দিবে", ("celebration", "son", None)),
    ("meye bank e joined korse", ("celebration", "daughter", None)),
    # could not talk
    ("unar sathe jogajog kora jacche na", ("busy", "self", None)),
    ("ফোন তুললো না দুবার", ("busy", "self", None)),
    ("বাসে আছেন, আওয়াজে শুনতে পায় না", ("busy", "self", None)),
    ("kotha bolar obostha te nai", ("busy", "self", None)),
    # relation words: dialect, -ডা, দিদি and a customer's আপু, বুবু, বুজি
    ("পোলাডার জ্বর", ("illness", "son", None)),
    ("ছাওয়ালের জ্বর", ("illness", "son", None)),
    ("বউডার জ্বর", ("illness", "wife", None)),
    ("biwi r jor", ("illness", "wife", None)),
    ("সোয়ামির জ্বর", ("illness", "husband", None)),
    ("উনার দিদির জ্বর", ("illness", "sister", None)),
    ("উনার আপুর জ্বর", ("illness", "sister", None)),
    ("বুবুর জ্বর", ("illness", "sister", None)),
    ("বুজির জ্বর", ("illness", "sister", None)),
    ("মিয়াভাইয়ের জ্বর", ("illness", "brother", None)),
    ("হামার বেটির জ্বর", ("illness", "daughter", None)),
    ("বাজানের জ্বর", ("illness", "father", None)),
    ("ফুপির জ্বর", ("illness", "relative", None)),
    ("শাউড়ির জ্বর", ("illness", "relative", None)),
    ("ভাইস্তার জ্বর", ("illness", "relative", None)),
    ("ফ্রেন্ডের জ্বর", ("illness", "friend", None)),
    # call-back days
    ("রোবার কল দিতে বলছে", ("busy", "self", date(2026, 11, 22))),
    ("kaile call dimu", ("busy", "self", date(2026, 11, 20))),
    ("হপ্তাখানেক পর ফোন দিও", ("busy", "self", date(2026, 11, 26))),
    ("নেক্সট মানডে কল", ("busy", "self", date(2026, 11, 23))),
    ("বৃহঃবার ফোন দিও", ("busy", "self", date(2026, 11, 26))),
    # the same words in ordinary notes
    ("promotion offer ta jante chaise", (None, None, None)),
    ("ওমরাহ ব্যাগ নিলেন", (None, None, None)),
    ("chaka wala trolley bag chay", (None, None, None)),
    ("গাড়ির চাকা ২টা অর্ডার", (None, None, None)),
    ("বসন্ত উৎসবের শাড়ি চাই হলুদ রঙের", (None, None, None)),
    ("৩টা আইটেম সিলেক্ট করে অর্ডার দিল", (None, None, None)),
    ("দিদির দোকানের জন্য ২ কার্টন সাবান", (None, None, None)),
    ("তার আপা নিজেই এসে নিয়ে যাবে", (None, None, None)),
    ("ফ্যানের কোয়ালিটি ভালো, আরও ২টা নিবে", (None, None, None)),
    ("স্যালাইন ১ বক্স আর প্যারাসিটামল", (None, None, None)),
    ("আতরের গন্ধ খুব ভালো, আরও নিবে", (None, None, None)),
    ("মেহেদি ১২টা, ঈদের জন্য", (None, None, None)),
    ("hotel reception er jonno 4 ta chair", (None, None, None)),
    ("সাইকেল কিনবে ছেলের জন্য, দাম জানতে চাইল", (None, None, None)),
    ("স্কুলে ভর্তির জন্য জুতা আর ব্যাগ", (None, None, None)),
    ("কুকুরের খাবার ২ কেজি", (None, None, None)),
    ("frnd der jonno 5 ta tshirt", (None, None, None)),
    ("নাম্বারটা অন্য কারো, ভুল নাম্বার সেভ ছিল", (None, None, None)),
    # (a zipper's puller is no son; ফুট, feet, no hole; a doctor no friend; Black Friday a sale)
    ("জিপারের পুলার ১০০ পিস", (None, None, None)),
    ("গ্রানাইট কিচেন টপের মাপ ৮ ফুট", (None, None, None)),
    ("ammu ke niye dr er kase, 29 tarikh e call", ("illness", "mother", date(2026, 11, 29))),
    ("ব্ল্যাক ফ্রাইডে অফার আসলে জানাবো", (None, None, None)),
])
def test_seventh_round_coverage_probe(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected

@pytest.mark.parametrize("note, called, expected", [
    # (event, who, callback): notes of the eighth round's writer (w20: a pharmacy and baby shop, an
    # electronics shop, a grocery delivery service), many voice-typed (no punctuation, numbers as
    # words, English in Bengali script) or quoting the customer's own words
    ("বউয়ের ডেলিভারি ডেট তিন দিন পর, তখন ফোন দিতে বলছে", date(2026, 10, 31),
     ("newborn", "wife", date(2026, 11, 3))),
    ("বললেন \"আব্বুর চোখের অপারেশন দশ তারিখে\" ওই দিন খোঁজ নিতে বলছে", date(2026, 11, 16),
     ("illness", "father", date(2026, 12, 10))),
    ("ছেলের বৌভাত আঠাশ তারিখে তারপর ফোন দিতে বলছে না আঠাশ তারিখেই ফোন দিয়েন বলছে", date(2026, 10, 2),
     ("celebration", "son", date(2026, 10, 28))),
    ("baby gift set chaise, bondhur cheler aqiqah te dibe", date(2026, 10, 12),
     (None, None, None)),
    ("she said \"your delivery guy threw the bag at my gate\"", date(2026, 10, 21),
     ("complaint", "self", None)),
    ("শিশুর জ্বরের সিরাপ আর স্যালাইন নিলেন, বললেন বাসায় রাখার জন্য, এখন কেউ অসুস্থ না", date(2026, 11, 13),
     (None, None, None)),
    ("he said \"you charged me 150 tk extra for the wipes\", coming tomorrow for the difference", date(2026, 10, 24),
     ("complaint", "self", date(2026, 10, 25))),
    ("earphone ek side e sound ase na, porshu niye ashbe change er jonno", date(2026, 9, 22),
     ("complaint", "self", date(2026, 9, 24))),
    ("গত কাল বলছিল ছেলের ডায়রিয়া আজ বলল ভালো হয়ে গেছে স্যালাইন লাগবে না আর", date(2026, 9, 3),
     ("illness", "son", None)),
    ("2 ta saline, bolse khela dhular por khay chele, osukh na", date(2026, 11, 15),
     (None, None, None)),
    ("She said \"I got the bank job!\" sounded very happy", date(2026, 9, 9),
     ("celebration", "self", None)),
    ("কাঁদতে কাঁদতে বললেন \"আমার ভাই রোড অ্যাক্সিডেন্টে মারা গেছে\" জানাজা আজ আসরের পর", date(2026, 11, 23),
     ("bereavement", "brother", None)),
    ("ম্যাডাম বললেন আমার বাবু হইছে দশ দিন হইল ছেলে ডায়াপার নবজাতক সাইজ লাগবে", date(2026, 10, 12),
     ("newborn", "self", None)),
    ("she said \"I am at the office call me friday\"", date(2026, 9, 2),
     ("busy", "self", date(2026, 9, 4))),
    ("সেরেলাক ২ টা অর্ডার, আগামী সপ্তাহে আবার লাগবে বললেন", date(2026, 10, 23),
     (None, None, date(2026, 10, 30))),
    ("newborn er jonno kichu na, nijer jonno face wash ar lotion", date(2026, 11, 30),
     (None, None, None)),
    ("bike er chain chire gesilo, thik korse, ekhon ashte parbe dokane", date(2026, 9, 18),
     ("vehicle_trouble", "self", None)),
    ("abbar blood sugar 22 uthse, insulin start, bollo \"doa koiren\"", date(2026, 9, 25),
     ("illness", "father", None)),
    ("cust bollo \"ami manager hoisi bank e\" , mishti dibe bolse", date(2026, 9, 10),
     ("celebration", "self", None)),
    ("baccha র hand foot mouth disease, বৃহস্পতিবার খবর নিতে বলছে", date(2026, 11, 9),
     ("illness", "child", date(2026, 11, 12))),
    ("screen protector লাগাতে গিয়ে ডিসপ্লে ফাটছে, দোকানের দোষ বলতেছে", date(2026, 10, 13),
     ("complaint", "self", None)),
    ("baby food er kouta expire date 1 mash baki, customer shontushto na", date(2026, 10, 3),
     ("complaint", "self", None)),
    ("কাস্টমার বলেন আমার হাসব্যান্ড হসপিটালে ভর্তি হার্ট অ্যাটাক হইছে দোয়া করবেন", date(2026, 11, 17),
     ("illness", "husband", None)),
    ("আম্মুর BP high ছিল গতকাল, আজ normal বললেন, চিন্তা নাই", date(2026, 11, 26),
     ("illness", "mother", None)),
    ("শনিবার আবার বাজার দিবে বলছে চাল ডাল তেল সব", date(2026, 10, 18),
     (None, None, date(2026, 10, 24))),
    ("নবজাতকের জন্য জামা কিনলেন বোনের বাচ্চার জন্য গিফট", date(2026, 10, 15),
     (None, None, None)),
    ("পাওয়ার ব্যাংক ফুলে গেছে ১ সপ্তাহে, customer রাগ, warranty claim", date(2026, 9, 2),
     ("complaint", "self", None)),
    ("bollo \"amar abbur operation robibar, oidin call diyen\"", date(2026, 10, 9),
     ("illness", "father", date(2026, 10, 11))),
    ("dudh kom pathaise, 2 liter er jaygay 1, kal sokale baki ta dite hobe ar call dite", date(2026, 10, 16),
     ("complaint", "self", date(2026, 10, 17))),
    ("ম্যাডাম বললেন আমার উনি মারা গেছেন দশ দিন হল আর বাজার লাগবে না এখন", date(2026, 9, 12),
     ("bereavement", "husband", None)),
    # look-alikes of the new words: money sent short, a fever gone, not ill, a named person not ill,
    # a job done, a party thrown, "my brother" ordering, a battery dead (no ড্যাড), baby clothes with
    # a birth told in another clause, a friend's baby, no sound problem, a swollen hand, a bound in
    # words, a parcel coming, a complaint then "no more anger", an operation day then or told as past
    ("bKash নম্বরে ভুল করে ২০০ কম পাঠাইছে, বাকিটা পাঠাবে", CALLED,
     (None, None, None)),
    ("মেয়ের জ্বর ছিল, এখন আর জ্বর নাই", CALLED,
     ("illness", "daughter", None)),
    ("osukh na, emni vitamin nilo", CALLED,
     (None, None, None)),
    ("ছেলের অসুখ না, মেয়ের জ্বর", CALLED,
     ("illness", "daughter", None)),
    ("He got the job done quickly, ordered 2 chairs", CALLED,
     (None, None, None)),
    ("threw a party for his son, ordered cake", CALLED,
     (None, None, None)),
    ("ভাই অফিসে আছি, পরে কল দেন", CALLED,
     ("busy", "self", None)),
    ("delivery office e, 2 ta box", CALLED,
     (None, None, None)),
    ("আমার ভাই বললেন ৫০০ টাকার রিচার্জ দিতে", CALLED,
     (None, None, None)),
    ("Customer's scooter battery dead, stuck at office parking", CALLED,
     ("vehicle_trouble", "self", None)),
    ("নবজাতকের জন্য জামা চাইলেন, মেয়ের ঘরে নাতি হইছে", CALLED,
     ("newborn", "daughter", None)),
    ("bondhur baccha hoise, cake nilo", CALLED,
     ("newborn", "friend", None)),
    ("no sound problem, all ok", CALLED,
     (None, None, None)),
    ("হাত ফুলে গেছে", CALLED,
     ("illness", "self", None)),
    ("সাত তারিখের মধ্যে টাকা দিবে", CALLED,
     (None, None, None)),
    ("parcel coming tomorrow", CALLED,
     (None, None, None)),
    ("pump er warranty claim korsilo, notun pump dise, ekhon ar kono rag nai", CALLED,
     ("complaint", "self", None)),
    ("অপারেশন শনিবার, তখন ফোন দিও", CALLED,
     ("illness", "self", date(2026, 11, 21))),
    ("অপারেশন হইছে শনিবার, তখন থেকে বিছানায়, পরে ফোন দিও", CALLED,
     ("illness", "self", None)),
    # English voice-typed in Bengali script (a fever, "expired" said of a person, "two days", a
    # husband); not a product expired, wedding cards, fibre cable or a motherboard
    ("ছেলের ফিভার, কাল কল দিবো", CALLED,
     ("illness", "son", date(2026, 11, 20))),
    ("উনার বাবা এক্সপায়ার করছেন", CALLED,
     ("bereavement", "father", None)),
    ("টু ডেজ পর কল দিতে বলছে", CALLED,
     ("busy", "self", date(2026, 11, 21))),
    ("বাচ্চার দুধ এক্সপায়ার হয়ে গেছে, ফেরত চায়", CALLED,
     ("complaint", "self", None)),
    ("ওয়েডিং কার্ড ছাপাবে ৫০০ পিস", CALLED,
     (None, None, None)),
    ("ফাইবার অপটিক ক্যাবল ১০ মিটার", CALLED,
     (None, None, None)),
    ("কাস্টমার বলেন আমার হাসবেন্ড অসুস্থ", CALLED,
     ("illness", "husband", None)),
    ("মাদার বোর্ড নষ্ট, সার্ভিসিং এ দিবে", CALLED,
     (None, None, None)),
])
def test_w20_round(note, called, expected):
    r = read(note, called)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, called, over", [
    ("গত কাল বলছিল ছেলের ডায়রিয়া আজ বলল ভালো হয়ে গেছে স্যালাইন লাগবে না আর", date(2026, 9, 3), True),
    ("bike er chain chire gesilo, thik korse, ekhon ashte parbe dokane", date(2026, 9, 18), True),
    ("আম্মুর BP high ছিল গতকাল, আজ normal বললেন, চিন্তা নাই", date(2026, 11, 26), True),
    ("pump er warranty claim korsilo, notun pump dise, ekhon ar kono rag nai", CALLED, True),
    ("গাড়ি ঠিক করছে না এখনো", CALLED, False),
    ("জ্বর ভালো হয় নাই, কাল ডাক্তার", CALLED, False),
])
def test_w20_round_over(note, called, over):
    assert read(note, called).over is over


# A second coverage probe (eighth round), of structures rather than words: how a call-back day is
# said (the coming weekday, "samner sopta", a fortnight, a month, day words in Bengali digits and in
# words, ranges and bounds that give none, কাল in the past), how far a negation reaches, words saying
# an event is over, the customer's own words quoted, voice typing (English in Bengali script, no
# commas) and two events in a note; each with look-alikes that must stay ordinary. Written for these
# tests from general knowledge (341 probe notes; these are the ones that matter). Calls on Thursday
# 19 November. Expected: (event, who, call-back day, over).
@pytest.mark.parametrize("note, expected", [
    # call-back days: the coming weekday, a week, a fortnight, a month, day words in Bengali digits and in words; ranges, bounds and
    # vague times give none; কাল before a past verb or a night already told of is the past
    ('সামনের রবিবার ফোন দিতে বলছে, শাড়ির ছবি দেখবে', (None, None, date(2026, 11, 22), False)),
    ('this Friday call dite bolse, panjabi size confirm korbe', (None, None, date(2026, 11, 20), False)),
    ('agami mongolbar phone dite hobe, tiles er sample dekhbe', (None, None, date(2026, 11, 24), False)),
    ('porshu sokale phone dite bolse', ('busy', 'self', date(2026, 11, 21), False)),
    ('sat din por abar phone dibo, mal ashbe tokhon', (None, None, date(2026, 11, 26), False)),
    ('on 5th call her for the balance payment', (None, None, date(2026, 12, 5), False)),
    ('two days later call for the measurement', (None, None, date(2026, 11, 21), False)),
    ('follow up after a fortnight about the cheque', (None, None, date(2026, 12, 3), False)),
    ('ajke rate phone dite bolse, ekhon dokane bhir', ('busy', 'self', date(2026, 11, 19), False)),
    ('৫ই ডিসেম্বর কল দিও, নতুন কালেকশন আসবে', (None, None, date(2026, 12, 5), False)),
    ('১৫ তারিখে টাকা দিবে, ওইদিন ফোন দিও', (None, None, date(2026, 12, 15), False)),
    ('পহেলা ডিসেম্বর ফোন দিও, নতুন অর্ডার দিবে', (None, None, date(2026, 12, 1), False)),
    ('samner sopta te call dio, notun design dekhbe', (None, None, date(2026, 11, 26), False)),
    ('সামনের week এ কল দিও, ক্যাটালগ পাঠাবো', (None, None, date(2026, 11, 26), False)),
    ('কালকের পরের দিন ফোন দিও, মাল আসবে', (None, None, date(2026, 11, 21), False)),
    ('এক মাস পর কল দিও, তখন নতুন অর্ডার', (None, None, date(2026, 12, 19), False)),
    ('two weeks por call koro, notun stock ashbe', (None, None, date(2026, 12, 3), False)),
    ('kal theke ammur jor, porshu khobor nio', ('illness', 'mother', date(2026, 11, 21), False)),
    ('কাল আব্বার অপারেশন, পরশু ফোন দিও', ('illness', 'father', date(2026, 11, 21), False)),
    ('kal na, porshu call dio', ('busy', 'self', date(2026, 11, 21), False)),
    ('kal call dio na, porshu dio, order er bepare', (None, None, date(2026, 11, 21), False)),
    ('সোমবার ছাড়া কল দিয়েন না', ('busy', 'self', date(2026, 11, 23), False)),
    ('দুদিন পর আসবে ব্লাউজ নিতে', (None, None, date(2026, 11, 21), False)),
    ('১ সপ্তাহ পরে ফোন দিতে হবে, কাপড় আসবে', (None, None, date(2026, 11, 26), False)),
    ('১০ তারিখের পর ফোন দিতে বলছে, টাকা হাতে আসবে', (None, None, None, False)),
    ('ঈদের পরে যোগাযোগ করবে, এখন বাজেট নাই', (None, None, None, False)),
    ('২-৩ দিন পর কল দিতে বলল, চালের দাম জানবে', (None, None, None, False)),
    ('5 tarikh er por call dio, salary pabe', (None, None, None, False)),
    ('শুক্রবার বাদে যেকোনো দিন ফোন দিতে পারেন', (None, None, None, False)),
    ('১৫-২০ তারিখের দিকে ফোন দিও, বোনাস পাবে', (None, None, None, False)),
    ('tin-char din por call dio, taka jogar korche', (None, None, None, False)),
    ('৩/৪ দিন পর ফোন দিও, টাকা দিবে', (None, None, None, False)),
    ('2/3 din por call dio, dam janabe', (None, None, None, False)),
    ('কাল রাতে ফোন দিছিলাম ধরে নাই', ('busy', 'self', None, False)),
    ('কাল রাতে ফোন করেছিল, অর্ডার কনফার্ম', (None, None, None, False)),
    ('gotokal abba mara gese, kal janaza', ('bereavement', 'father', None, False)),
    # days that are not a call-back day
    ('রবিবার দোকান বন্ধ থাকে', (None, None, None, False)),
    ('২৫ তারিখে মাল আসবে', (None, None, None, False)),
    ('১০ দিন পর পর অর্ডার দেয়', (None, None, None, False)),
    ('tin din er offer, last day kal', (None, None, None, False)),
    ('sat ta kurti order, 2 ta lal', (None, None, None, False)),
    ('porshu je order dise oita cancel korte bolse', (None, None, None, False)),
    ('কাল যে শাড়ি নিছিল সেটা পছন্দ হইছে', (None, None, None, False)),
    # negation: its reach, two-word denials, not yet, no longer
    ('jor nai kintu mathay betha', ('illness', 'self', None, False)),
    ('gari nosto hoy nai, just servicing korabe', (None, None, None, False)),
    ('biye na, engagement hoise meyer', ('celebration', 'daughter', None, False)),
    ('পায়ে ব্যথা নাই আর, এখন হাঁটতে পারে', ('illness', 'self', None, True)),
    ('না, উনার কোনো এক্সিডেন্ট হয়নি, ভুল খবর ছিল', (None, None, None, False)),
    ('jor nai, bou er pet betha', ('illness', 'wife', None, False)),
    ('কাশি নাই কিন্তু শ্বাসকষ্ট হচ্ছে', ('illness', 'self', None, False)),
    ('biye hoy nai ekhono, kotha cholche', (None, None, None, False)),
    ('refund lagbe na, exchange e khushi', ('complaint', 'self', None, True)),
    ('abbar ar jor nai, kal theke valo', ('illness', 'father', None, True)),
    ('jor chilo, ekhon nai', ('illness', 'self', None, True)),
    # over: repaired, discharged, let go from hospital, the replacement got; still; a wedding arranged is not something put right
    ('ammu discharge hoise, basay ase', ('illness', 'mother', None, True)),
    ('bike repair hoye gese, ekhon chalacche', ('vehicle_trouble', 'self', None, True)),
    ('replacement peyeche, ar kono jhamela nai', ('complaint', 'self', None, True)),
    ('হাসপাতাল থেকে ছুটি পেয়েছেন বাবা', ('illness', 'father', None, True)),
    ('CNG ta thik korse, ekhon chole', ('vehicle_trouble', 'self', None, True)),
    ('ভাইয়ের পা এখনো ঠিক হয়নি, প্লাস্টার আছে', ('illness', 'brother', None, False)),
    ('still not discharged, father in ICU', ('illness', 'father', None, False)),
    ('baccha r dengue, ekhono platelet kom', ('illness', 'child', None, False)),
    ('abbu ekhon basay, hospital theke chuti dise', ('illness', 'father', None, True)),
    ('ডিসচার্জ হইছে উনার আম্মু বাসায় আছেন', ('illness', 'mother', None, True)),
    ('মেয়ের বিয়ে ঠিক হয়েছে, কিন্তু শাড়ির রং উঠে গেছে অভিযোগ করলেন', ('complaint', 'self', None, False)),
    # the customer's own words quoted: whose event it is from the customer's view
    ('বললেন আমার মেয়ের বিয়ে ২০ তারিখে', ('celebration', 'daughter', None, False)),
    ('bollo amar abba hospital e, pore call dio', ('illness', 'father', None, False)),
    ('bolse amar shashuri mara gese', ('bereavement', 'relative', None, False)),
    ("'ami nije osustho' bollo, kal call dite", ('illness', 'self', date(2026, 11, 20), False)),
    ('bollo amar bhai er bike accident, kisu hoy nai tar', ('vehicle_trouble', 'brother', None, False)),
    ('আমার মা মারা গেছেন বললেন, এখন কথা বলতে পারবেন না', ('bereavement', 'mother', None, False)),
    ("bollo 'amar chele ke dog kamrse', injection dicche", ('illness', 'son', None, False)),
    ('কাস্টমার বললেন আমার আব্বাও এই দোকান থেকে কিনতেন', (None, None, None, False)),
    # voice typing: English words in Bengali script, no punctuation; a delivery that is a birth or a parcel
    ('উনার আব্বা হসপিটালে ভর্তি আছে দুই দিন পর ফোন দিতে বলছে', ('illness', 'father', date(2026, 11, 21), False)),
    ('ওয়াইফের ডেলিভারি হয়েছে ছেলে হয়েছে', ('newborn', 'wife', None, False)),
    ('পার্সেল ডেলিভারি হয়েছে কাস্টমার খুশি', (None, None, None, False)),
    ('ডেলিভারি হয়েছে গতকাল প্রোডাক্ট ভালো আছে', (None, None, None, False)),
    ('ভাবির ডেলিভারি হবে সামনের সপ্তাহে', ('newborn', 'relative', None, False)),
    ('কাস্টমার বলতেছে প্রোডাক্ট ড্যামেজ আসছে রিপ্লেস চায়', ('complaint', 'self', None, False)),
    ('উনার ছেলের বার্থডে নেক্সট ফ্রাইডে কেক অর্ডার দিবে', ('celebration', 'son', None, False)),
    ('কাস্টমারের হাসব্যান্ড এর স্ট্রোক হইছে আইসিইউতে', ('illness', 'husband', None, False)),
    ('উনার মাদার এক্সপায়ার করছেন', ('bereavement', 'mother', None, False)),
    ('উনার ফাদার ইন ল হসপিটালে', ('illness', 'relative', None, False)),
    ('অর্ডার কনফার্ম ডেলিভারি হবে পরশু', (None, None, None, False)),
    ('ডেলিভারি হয়েছে প্যাকেট ঠিকঠাক পেয়েছেন', (None, None, None, False)),
    ('delivery man ashe nai 2 din dhore', ('complaint', 'self', None, False)),
    ('হসপিটালের জন্য ২০টা বেডশিট অর্ডার', (None, None, None, False)),
    ('উনার ব্রাদারের ম্যারেজ ডে নেক্সট মান্থে', ('celebration', 'brother', None, False)),
    ('আইসিইউ তে আছে উনার ফাদার দোয়া করতে বলছে', ('illness', 'father', None, False)),
    ('উনার ব্রাদার হসপিটালে এডমিট', ('illness', 'brother', None, False)),
    # two events in one note: precedence
    ('bou er baby hoise but baby ICU te', ('newborn', 'wife', None, False)),
    ('meyer biye shesh, ekhon ammu osustho', ('illness', 'mother', None, False)),
    ('busy chilo, meyer delivery hocche hospital e', ('newborn', 'daughter', None, False)),
    ('wedding er shari damaged ashche, biye porshu', ('complaint', 'self', None, False)),
    ('নাতি হইছে মেয়ের ঘরে, কিন্তু মেয়ের অবস্থা ভালো না, আইসিইউতে', ('newborn', 'daughter', None, False)),
    # ordinary notes with the same words
    ('baby lotion ar diaper order, 3 pack', (None, None, None, False)),
    ('thik hoye gese order ta, confirm', (None, None, None, False)),
    ('hospital road er shop theke order', (None, None, None, False)),
    ('asked for the discharge summary file folders, 100 pcs', (None, None, None, False)),
])
def test_eighth_round_coverage_probe(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback, r.over) == expected


# A third coverage probe (ninth round), of structures: two people in a note, only one with the
# event; two events; a negation at a distance or doubled; "almost", "getting better", "discharged
# but still weak"; a weekday with a prayer time, a bound; reported speech; conditions, questions and
# wishes; the staff's and the shop's own people and vehicles; gifts for others; spelling noise and
# long notes. Written by an independent writer from general knowledge (360 probe notes); these are
# the ones the engine read wrong before the round and reads right now (47), each on its own call date.
# Expected: (event, who, call-back day, over).
@pytest.mark.parametrize("note, called, expected", [
    # two people, only one with the event (another person fine is not the event over)
    ('আব্বার হার্ট অ্যাটাক, আম্মা ঠিক আছেন, উনিও ঠিক আছেন', date(2026, 10, 6),
     ('illness', 'father', None, False)),
    ('মেয়ের জ্বর, ছেলে ভালো আছে। শাড়িটা পরে নিবেন বললেন', date(2026, 10, 3),
     ('illness', 'daughter', None, False)),
    ('friend এর dengue, নিজে ঠিক আছে, hospital এ আছে তার সাথে', date(2026, 11, 20),
     ('illness', 'friend', None, False)),
    ('ছেলেকে নিয়ে হাসপাতালে, বউ বাসায় ভালো আছে', date(2026, 10, 21),
     ('illness', 'son', None, False)),
    ('husband ঠিক আছে but শাশুড়ি admitted in Ibn Sina', date(2026, 11, 8),
     ('illness', 'relative', None, False)),
    ('apa bollo tar jamai er appendix operation holo, meye thik ase', date(2026, 11, 9),
     ('illness', 'relative', None, False)),
    ('স্বামী ঠিক আছেন কিন্তু শাশুড়ি হাসপাতালে ভর্তি, পরশু খোঁজ নিতে বলছেন', date(2026, 11, 22),
     ('illness', 'relative', date(2026, 11, 24), False)),
    ('খালার স্ট্রোক হইছে, খালু ঠিক আছেন। উনি ঢাকা যাচ্ছেন', date(2026, 9, 1),
     ('illness', 'relative', None, False)),
    # two events, or an event and an order
    ('wife এর delivery আজকে hospital এ, আর parcel delivery টা next week দিতে বলছে', date(2026, 9, 11),
     ('newborn', 'wife', None, False)),
    ('অভিযোগ নাই বললেও পরে বলছে saree র পাড় ছেঁড়া, porshu call দিও', date(2026, 11, 17),
     ('complaint', 'self', date(2026, 11, 19), False)),
    ('had a accident on the bike, leg injured, and bike in garage. wants the helmet replaced too', date(2026, 9, 23),
     ('illness', 'self', None, False)),
    # negation at a distance, double negation
    ('মা অসুস্থ না এটা ঠিক না, actually উনার sugar অনেক high', date(2026, 9, 27),
     ('illness', 'mother', None, False)),
    ('উনি বললেন কেউ অসুস্থ না, খালি কাজে ব্যস্ত ছিলেন তাই অর্ডার দিতে দেরি', date(2026, 11, 16),
     (None, None, None, False)),
    ('ডেলিভারি ম্যান খারাপ ব্যবহার করছে এমন কোনো কথা বলেন নাই, সব ঠিক', date(2026, 11, 6),
     (None, None, None, False)),
    ('bollo delivery late hoise bole kono rag nai, thik ase', date(2026, 9, 10),
     (None, None, None, False)),
    ('its not like she isnt happy, son got into BUET, just tired from the celebrations', date(2026, 10, 5),
     ('celebration', 'son', None, False)),
    ('not that she is unhappy, she just wants a bigger size next time. ordered 2 kurtis', date(2026, 9, 17),
     (None, None, None, False)),
    # over or not: almost, getting better, discharged but weak, a remedy wanted
    ('mother almost recovered, still on oxygen at night', date(2026, 9, 23),
     ('illness', 'mother', None, False)),
    ('উনি নিজে প্রায় সুস্থ, জ্বর কমতেছে কিন্তু এখনো দুর্বল', date(2026, 9, 22),
     ('illness', 'self', None, False)),
    ('বাইক প্রায় ঠিক হয়ে গেছে, পার্টস আসলেই হবে', date(2026, 11, 19),
     ('vehicle_trouble', 'self', None, False)),
    ('ছেলে almost সুস্থ, কিন্তু এখনো antibiotic চলতেছে', date(2026, 9, 27),
     ('illness', 'son', None, False)),
    ('husband discharged হইছে কিন্তু still হাঁটতে পারে না', date(2026, 10, 17),
     ('illness', 'husband', None, False)),
    ('স্বামী হাসপাতাল থেকে ছুটি পাইছে কিন্তু এখনো খুব দুর্বল। এক সপ্তাহ পর খোঁজ নিব', date(2026, 9, 23),
     ('illness', 'husband', date(2026, 9, 30), False)),
    ("discharged yesterday but still weak, can't come to shop", date(2026, 11, 5),
     ('illness', 'self', None, False)),
    # time: a weekday with a prayer time, a bound
    ('jummabar bad asor call diyen, ekhon dokane vir', date(2026, 9, 17),
     ('busy', 'self', date(2026, 9, 18), False)),
    ('জুম্মাবার বাদ আসর কল দিয়েন, এখন দোকানে ভীড়', date(2026, 9, 27),
     ('busy', 'self', date(2026, 10, 2), False)),
    ('in 3 days call her back with the bulk rate for cooking oil', date(2026, 10, 15),
     (None, None, date(2026, 10, 18), False)),
    # reported speech
    ("i told him our manager's father passed away so shop closed tomorrow. he understood", date(2026, 9, 24),
     (None, None, None, False)),
    ('ami bollam amar mayer operation tai 2 din ashbo na, cust dua korlo. kono order nai', date(2026, 9, 29),
     (None, None, None, False)),
    ('বললেন ভাইয়ের প্রমোশন হইছে, অফিসে মিষ্টি দিবেন, ২০০ পিস রসগোল্লা', date(2026, 10, 11),
     ('celebration', 'brother', None, False)),
    # conditions, questions, wishes
    ('দোয়া চাইলেন যেন মেয়েটা ভালো রেজাল্ট করে, পরীক্ষা সামনের মাসে। জ্যামিতি বক্স নিলেন', date(2026, 11, 25),
     (None, None, None, False)),
    ('tar truck shukrobar er moddhe thik hobe kina jane na, shar ekhon nite parbe na', date(2026, 11, 10),
     ('vehicle_trouble', 'self', None, False)),
    ('wish করছে এবার যেন ছেলের job হয়, interview দিছে। shirt নিল', date(2026, 10, 22),
     (None, None, None, False)),
    ('উনার ট্রাক শুক্রবারের মধ্যে ঠিক হবে কিনা জানেন না, সার এখন নিতে পারবেন না', date(2026, 11, 16),
     ('vehicle_trouble', 'self', None, False)),
    ('jiggesh korlo ammu osustho hole ki delivery basay dite parbo, ekhon sobai thik', date(2026, 10, 25),
     (None, None, None, False)),
    ('shukrobar er age van ashbe to? ei question korlo, baki sob ok', date(2026, 9, 2),
     (None, None, None, False)),
    # the staff's or the shop's own people and vehicles
    ('উনি বললেন আজ কথা বলার মুড নাই, পরে ফোন দিতে। আমাদের ডেলিভারি বয় অসুস্থ সেটা আর বলা হয় নাই', date(2026, 9, 12),
     ('busy', 'self', None, False)),
    ('ম্যানেজার সাহেবের আব্বা মারা গেছেন, তাই আজ হিসাব মিলানো হয় নাই। কাস্টমার শুধু দাম জিজ্ঞেস করলেন', date(2026, 9, 4),
     (None, None, None, False)),
    ('amader shop er cng nosto tai aj dlvry bondho, cust ke bolsi kal', date(2026, 10, 19),
     (None, None, None, False)),
    ('manager saheb er baby hoise, dokane mishti dilam, cust o nilo ekta', date(2026, 10, 19),
     (None, None, None, False)),
    ('আমাদের দোকানের পিকআপ হাইওয়েতে নষ্ট, কাস্টমারকে বললাম মাল পরশু যাবে, উনি ঠিক আছে বললেন', date(2026, 10, 8),
     (None, None, None, False)),
    ('aaj kotha bolar mood nai bolse, amader delivery boy er kotha shune o kichu bolenai', date(2026, 11, 2),
     ('busy', 'self', None, False)),
    ('আমাদের van নষ্ট, delivery late হবে, cust কে জানাইছি। উনি ok', date(2026, 10, 3),
     (None, None, None, False)),
    # gifts for others
    ('office er peon er meyer biye, 1 ta saree gift', date(2026, 11, 26),
     (None, None, None, False)),
    # spelling noise, long notes
    ('বাচ্চাটার ডায়রিয়া, স্যালাইন আর ডায়াপার এর কথা বললেন কিন্তু পরে কিনবেন বলে রাখলেন, আর কাপড় ধোয়ার সাবান কোনটা ভালো জানতে চাইলেন, আমি দুইটা ব্র্যান্ডের নাম বললাম, শেষে বললেন বাচ্চা এখনো হাসপাতালে', date(2026, 9, 9),
     ('illness', 'child', None, False)),
    ('অনেক কথা হলো: sofa cover এর color চেঞ্জ করতে চায়, EMI option আছে কিনা জিজ্ঞেস করল, last delivery ভালো ছিল, rider polite ছিল বলল, next month আরেকটা showcase লাগতে পারে, আর শেষে বলল উনার মা গত সপ্তাহে মারা গেছেন', date(2026, 11, 21),
     ('bereavement', 'mother', None, False)),
    ('onek kotha holo, chaler dam keno barse, gotomasher bill abar dekhte chay, soyabin tel 5 liter r dal 2 kg lagbe, baki taka next week dibe, dokaner notun address jante chailo, r sheshe bollo tar shoshur gotokal mara gesen', date(2026, 10, 19),
     ('bereavement', 'relative', None, False)),

])
def test_ninth_round_coverage_probe(note, called, expected):
    r = read(note, called)
    assert (r.event, r.who, r.callback, r.over) == expected


# The eighth round's w22 (a young Dhaka cake-and-gift shop's and a boutique's staff, Gen-Z texting):
# texting day and kin words; a cake, an order "dead", "died", "RIP" (a complaint, not a death);
# hyperbole ("dying lol", "my heart attack" at a price, "sick" = great); cakes and flowers for a
# client's, a friend's, a colleague's day (ordinary) against the family's own; a Friday that folds
# like "free"; away until back. Calls on Thursday 19 November. Expected: (event, who, call-back day).
@pytest.mark.parametrize("note, expected", [
    ("her mom's in ICU rn, call tmrw",
     ('illness', 'mother', date(2026, 11, 20))),
    ("bro's in hospital w dengue, call back nxt wk",
     ('illness', 'brother', date(2026, 11, 26))),
    ('my dad passed away last night, 50 mishti box for the milad',
     ('bereavement', 'father', None)),
    ("hubby's bday tmrw!! 2 pound red velvet",
     ('celebration', 'husband', None)),
    ("sis is in the delivery room rn, she'll call back fri",
     ('newborn', 'sister', date(2026, 11, 20))),
    ("daughter's due any day now, call mon for the hamper",
     ('newborn', 'daughter', date(2026, 11, 23))),
    ('she got her first job!! cupcakes for the team',
     ('celebration', 'self', None)),
    ('boner PhD complete! 🎓 "Dr. apu" cake chai',
     ('celebration', 'sister', None)),
    ('abbur fever chilo, now totally ok alhamdulillah',
     ('illness', 'father', None)),
    ('wife er operation hoise, ekhon totally fine',
     ('illness', 'wife', None)),
    ("his car broke down on the way 🙃 tmrw he'll come instead",
     ('vehicle_trouble', 'self', date(2026, 11, 20))),
    ('coming in person tomorrow to pick the hamper',
     (None, None, date(2026, 11, 20))),
    ('cust said "brb" and never came back 😂 try again fri',
     ('busy', 'self', date(2026, 11, 20))),
    ('uni classe, aj bikel 5 tay call',
     ('busy', 'self', date(2026, 11, 19))),
    ("i'm literally dying of work rn call tmrw lol",
     ('busy', 'self', date(2026, 11, 20))),
    ('my cake died on the way, melted. wants redo',
     ('complaint', 'self', None)),
    ("cake's dead 💀 smashed on one side. call her back EOD",
     ('complaint', 'self', date(2026, 11, 19))),
    ('RIP my order 💀 flowers never arrived. call back day after tmrw',
     ('complaint', 'self', date(2026, 11, 21))),
    ('RIP amar order 😭 bolse, 2 din dhore tracking nai',
     ('complaint', 'self', None)),
    ('half the flowers wilted, photo pathaise 😒',
     ('complaint', 'self', None)),
    ('ফুলগুলো শুকনা ছিল, আপু মন খারাপ করছে',
     ('complaint', 'self', None)),
    ('paid for express, got standard. wants the 250tk difference back',
     ('complaint', 'self', None)),
    ("rickshaw van carrying her sofa broke down, she's waiting. not our dlvry",
     ('vehicle_trouble', 'self', None)),
    ('"omg my heart attack" when she saw the price 😂 ordered the 2 pound one anyway',
     (None, None, None)),
    ("i'm dying lol this cake is sooo cute",
     (None, None, None)),
    ('that cake is sick!! ordering 2 more ngl',
     (None, None, None)),
    ('bday cake for her client, corporate. "happy bday mr. karim" 2 pound',
     (None, None, None)),
    ('client er meyer bday, 3 pound cake order, logo deya lagbe',
     (None, None, None)),
    ('ক্লায়েন্টের মেয়ের বিয়ের জন্য কেক টেস্টিং, শনিবার',
     (None, None, None)),
    ('office colleague er bday, tai surprise cake',
     (None, None, None)),
    ('২ পাউন্ডের কেক, লেখা থাকবে "শুভ জন্মদিন নীলা", বান্ধবীর জন্য',
     (None, None, None)),
    ('ordering flowers for her friend\'s engagement, card: "congrats babe"',
     (None, None, None)),
    ("her bestie's bday cake, dlvry sat",
     (None, None, None)),
    ('he got into IBA!! ordering cupcakes for his friends',
     ('celebration', 'self', None)),
    ('cheler bday nxt wk, tuesday te details dibe',
     ('celebration', 'son', date(2026, 11, 24))),
    ('মাল শুকনা ছিল, ডেলিভারি পাইছেন, খুশি',
     (None, None, None)),
    ('nana r operation successful, recover kortese',
     ('illness', 'relative', None)),
    ("3 sarees on hold for 2 days, she'll come see them",
     (None, None, None)),
    ('bhai er biye sat e, 5 pound cake',
     ('celebration', 'brother', None)),
    ('ami nijer bday te cake nibo, bondhura ashbe',
     ('celebration', 'self', None)),
    ('her nani died on tues. milad on fri, 60 sweets boxes',
     ('bereavement', 'relative', None)),
    ('uni office e, tmrw lunch time e call',
     ('busy', 'self', date(2026, 11, 20))),
    ('uni Sylhet e gese, 3 din por phire ashle call dite bolse',
     ('busy', 'self', date(2026, 11, 22))),
    ('office e delivery dite hobe, 3 ta hamper',
     (None, None, None)),
    # texting kin: "mum's", "cuz er", an elder who "passed" (not a son who passed HSC)
    ("her mum's in hospital, call tmrw",
     ('illness', 'mother', date(2026, 11, 20))),
    ('cuz er biye nxt wk',
     ('celebration', 'relative', None)),
    ('her mom passed 2 days ago',
     ('bereavement', 'mother', None)),
    ('her son passed HSC with A+',
     ('celebration', 'son', None)),
])
def test_w22_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected

# The ninth round's w23 (a Mirpur baby-products shop, a Chattogram car and motorbike parts and
# servicing shop, a Rajshahi medical-equipment supplier: products named like life events, and
# events told among products). Calls on Thursday 19 November. Expected: (event, who, call-back day).
@pytest.mark.parametrize("note, expected", [
    # a son born spelt "cheley", "Allah gave a son", bedsores, poler (a son's)
    ("bhabir cheley hoise kal, dolna dekhte chay", ("newborn", "relative", None)),
    ("আলহামদুলিল্লাহ, আল্লাহ ছেলে দিছেন আজ ফজরে, feeder set নিবে", ("newborn", "self", None)),
    ("pore, nanur bedsore, air mattress chay", ("illness", "relative", None)),
    ("poler biye fixed, gari sajabe", ("celebration", "son", None)),
    # a BP machine sold hides an illness only in its own clause
    ("office er boss er heart attack, tader team BP machine pathabe", ("illness", "colleague", None)),
    ("colleague er stroke hoise, office theke BP machine kinbe", ("illness", "colleague", None)),
    # complaints: dead within days, a rider asking for a tip, a hospital bed's part broken
    ("ব্যাটারি লাগানোর দুই দিনেই ডাউন, বলতেছেন আমাদের মাল খারাপ", ("complaint", "self", None)),
    ("rider extra tip chaisilo, amra sorry bollam", ("complaint", "self", None)),
    ("hospital bed er lever vanga, technician jabe", ("complaint", "self", None)),
    # a vehicle: its gas kit leaking, an engine overheating, stuck at a place named Oxygen or a bypass
    ("CNG r gas kit leak korche", ("vehicle_trouble", "self", None)),
    ("মাইক্রোর ইঞ্জিন ওভারহিট, রাস্তায় দাঁড়িয়ে আছে", ("vehicle_trouble", "self", None)),
    ("Car er tyre flat, Oxygen mor e atke ase", ("vehicle_trouble", "self", None)),
    ("Dhaka bypass e truck bose gese", ("vehicle_trouble", "self", None)),
    ("নানার bypass এর পর ICU তে আছেন", ("illness", "relative", None)),  # (the operation, not the road)
    # came first, their own new garage
    ("ছেলে স্কুলে 1st হইছে, মিষ্টি নিয়ে আসবে", ("celebration", "son", None)),
    ("ওনার নিজের নতুন গ্যারেজ খুলছেন, ১০ টা ব্যাটারি চান", ("celebration", "self", None)),
    # busy: the number off, not picked up, at the market now
    ("nmbr off", ("busy", "self", None)),
    ("রিসিভ করলেন না", ("busy", "self", None)),
    ("এখন বাজারে, শনিবার ফ্রি থাকবেন", ("busy", "self", date(2026, 11, 21))),
    # look-alikes: a hospital or clinic buying, a labour room's goods, a twin stroller, the size
    # out of stock ("size stock" folds like "size choto"), a workshop's machine busy
    ("জেলা হাসপাতালের অর্ডার, ২০টা স্ট্রেচার", (None, None, None)),
    ("operation theatre er jonno 10 ta light", (None, None, None)),
    ("ক্লিনিকের লেবার রুমের জন্য ২টা ওয়ার্মার", (None, None, None)),
    ("twin model stroller ache? 2 ta lagbe", (None, None, None)),
    ("XL size stock out, onno color nibe", (None, None, None)),
    ("wash er machine busy, 2 din por ashte bolsi", (None, None, date(2026, 11, 21))),
    # the shop's day off is no call-back day
    ("Asked about the free oil change, told him Friday is our off day", (None, None, None)),
])
def test_w23_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, expected", [
    # "parshu", telling how it works, trying again, coming to pay, the day just booked with "ঐদিন"
    # or a call asked, "confirm with him then", the staff asked them to come
    ("parshu ekbar khobor nite bolse", date(2026, 11, 21)),
    ("৩ দিন পর জানাবে কেমন কাজ করছে", date(2026, 11, 22)),
    ("২৫ তারিখে আবার চেষ্টা করবো", date(2026, 11, 25)),
    ("সোমবার দোকানে এসে বাকি টাকা দিবেন", date(2026, 11, 23)),
    ("শনিবার সার্ভিসিং বুকিং দিলাম, ঐদিন ফোন দিবো", date(2026, 11, 21)),
    ("kal dupur e slot dilam, call dibo", date(2026, 11, 20)),
    ("Workshop slot booked Sat, will confirm with him then", date(2026, 11, 21)),
    ("3 din por ashte bolsi", date(2026, 11, 22)),
    # not: "soon" (folded like "sun"), better not to talk of the order today, a past night's death
    # before "ঐদিন"
    ("Will order again soon", None),
    ("আজকে অর্ডারের কথা না বলাই ভালো", None),
    ("কাল রাতে মারা গেছেন, ঐদিন আবার ফোন দিবো", None),
])
def test_w23_round_call_back_days(note, expected):
    assert callback_date(note, CALLED) == expected


@pytest.mark.parametrize("note, expected", [
    # walking on their own again: an illness over, with no other event; all fine again
    ("আম্মা এখন নিজেই হাঁটতে পারেন, walker লাগবে না", ("illness", "mother", True)),
    ("abba ekhon nijei hatte pare, wheelchair ferot dibe", ("illness", "father", True)),
    ("tyre burst hoise, kal change korse, ekhon sob thik", ("vehicle_trouble", "self", True)),
    # a part replaced under warranty is a complaint put right; asked for, it is the complaint
    ("pump er motor change kore dewa hoise warranty te, thanks dilo", ("complaint", "self", True)),
    ("iron ta warranty te change kore dilam", ("complaint", "self", True)),
    ("ওয়ারেন্টিতে বদলে দিতে বললেন", ("complaint", "self", False)),
])
def test_w23_round_over(note, expected):
    r = read(note)
    assert (r.event, r.who, r.over) == expected

# The eighth round's w21 (an instalment furniture-and-electronics seller in Sylhet and
# Chattogram: field agents' home visits, Sylheti words, families abroad, money talk). Calls on
# Thursday 19 November. Expected: (event, who, call-back day).
@pytest.mark.parametrize("note, expected", [
    # Sylheti: can't talk now (মাতা, খওয়া), out now (অখন), a son (ফোয়া), a daughter (ফুড়ি), Monday
    ("কইছইন, অখন গাড়িত, পরে মাতমু", ("busy", "self", None)),
    ("অখন মাতিতে পারতাম নায়, পরে খইমু", ("busy", "self", None)),
    ("মঙ্গলবারে খইছইন ফোন দিতা, অখন বাইরে", ("busy", "self", date(2026, 11, 24))),
    ("ফোয়া BCS pass করছে! mashallah", ("celebration", "son", None)),
    ("furi r biya ashche, Sylheti biya, 3 din dhore. dressing table order dise", ("celebration", "daughter", None)),
    ("abba shomber ashben, tokhon call dio", (None, None, date(2026, 11, 23))),
    # an agent's home visit that found nobody; the number shut; abroad for a while; on another line
    ("basay gelam, tala deya. ghore keu nai", ("busy", "self", None)),
    ("বাসায় গেলাম, কেউ দরজা খুলে নাই", ("busy", "self", None)),
    ("Ghore tala, neighbour bollo family shoho গ্রামের বাড়ি গেছে", ("busy", "self", None)),
    ("ora bolse cust Dubai gese kisu diner jonno, number band", ("busy", "self", None)),
    ("৭ দিন পর কল করতে কইছে, বিদেশ যাইতেছেন ছোট ট্রিপে", ("busy", "self", date(2026, 11, 26))),
    ("শনিবারে কল দিবা কইছে, এখন দুবাইয়ের লাইনে কথা কইতেছে", ("busy", "self", date(2026, 11, 21))),
    ("Wednesday ফোন দিয়েন, এখন ব্যাংকের লাইনে দাঁড়াইয়া আছি", ("busy", "self", date(2026, 11, 25))),
    # going for umrah is away (back from it is a celebration); a guest at a wedding is away
    ("১০ দিন পর call দিতে বলছেন, Saudi যাচ্ছেন umrah te", ("busy", "self", date(2026, 11, 29))),
    ("আম্মা umrah থেকে ফিরছেন আলহামদুলিল্লাহ", ("celebration", "mother", None)),
    ("Customer was at wedding, said Sunday e call korte", ("busy", "self", date(2026, 11, 22))),
    # religious words with a death or a birth; a death abroad; "expired" of a person
    ("cust er boro bhai Saudi te heart attack e mara gese, inna lillahi", ("bereavement", "brother", None)),
    ("আব্বা expired Jeddah te, কাল রাতে খবর আসছে", ("bereavement", "father", None)),
    # a death told after "ভাই" is a brother's (the customer called did not die); "ভাই," then
    # someone named is that one
    ("ভাই দুবাইতে কাল ফজরের পর ইন্তেকাল করছেন, কালই লাশ আসবে না", ("bereavement", "brother", None)),
    ("ভাই, উনার বাবা মারা গেছেন, ইন্না লিল্লাহ", ("bereavement", "father", None)),
    ("meyer ghore nati hoise, London e. mashallah", ("newborn", "daughter", None)),
    # complaints: an agent's harassment, a receipt written short (oviyog), a loose leg, peeling
    # fabric, a blurred picture
    ("agent ৩ বার আসছে একদিনে, harassment বলছেন, ম্যানেজারকে জানান", ("complaint", "self", None)),
    ("agent receipt e kom lekhse, 3000 dise kintu 2000 lekha. oviyog", ("complaint", "self", None)),
    ("dining table er ek paya nora, 2 din holo nilo. ki bebostha?", ("complaint", "self", None)),
    ("sofa er fabric উঠে যাচ্ছে", ("complaint", "self", None)),
    ("TV er picture ghola, sound thik", ("complaint", "self", None)),
    # a new home: moving in, building one
    ("নতুন বাসায় shift করছেন, Khulshi. ফ্রিজ নতুন জায়গায় delivery", ("celebration", "self", None)),
    ("ছেলে সৌদি থেকে আসছেন, বাড়িতে নতুন ঘর তুলছেন", ("celebration", "son", None)),
    # money look-alikes: no money, sad about it, a payment day, an agent's visit day (no call-back
    # day: a visit or a bare payment is not a call, as for the earlier writers)
    ("taka nai, kisti dite parbe na, dukkhito. kono karon bole nai", (None, None, None)),
    ("৫ দিন পর কিস্তির টাকা দিবেন বলছেন, বেতন হয় নাই", (None, None, None)),
    ("porshu agent gele kisti dibe, 2800", (None, None, None)),
    ("15 tarikh e baki taka dibe, oi din phone dio", (None, None, date(2026, 12, 15))),
    # the third time is no day of the month; a son who is fine is not a bike put right
    ("fon dhorse na 2 bar, 3rd bar busy", ("busy", "self", None)),
    ("jor chilo, ekhon komse. kal theke office jaitese", ("illness", "self", None)),
    # the shop's mistri put it right: a complaint (a vehicle's trouble) over, with no fault word;
    # a repair still to come is no event
    ("almari r dorja thik kore dilo mistri, ekhon thik. cust khushi", ("complaint", "self", None)),
    ("ট্রাকটা চালু হইছে, মিস্ত্রি ঠিক করে দিছে", ("vehicle_trouble", "self", None)),
    ("mistri thik korbe, tiles er mal ready", (None, None, None)),
    ("pola r bike accident, bike chur, kintu pola thik ache", ("vehicle_trouble", "son", None)),
])
def test_w21_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # "jor chilo, ekhon komse" is over; "hatte parena" (can't walk) is not; fine "but" is no fix
    ("jor chilo, ekhon komse. kal theke office jaitese", True),
    ("amma r hathu betha, hatte parena. Sylhet e doctor dekhaitese", False),
    ("TV ঠিক আছে, কিন্তু installation er lok 500 tk নিছে, extra charge! রাগ", False),
    ("truck er accident chilo, কেউ আহত না, ekhon garage theke ber hoise", True),
    ("pola r bike accident, bike chur, kintu pola thik ache", False),
    ("জামাইর না, স্বামীর সিএনজি ঠিক হইছে, আবার চালাইতেছেন", True),
    ("almari r dorja thik kore dilo mistri, ekhon thik. cust khushi", True),
])
def test_w21_round_over(note, over):
    assert read(note).over is over


# The ninth round (w24: a Sylhet wedding-and-event supplies shop, rentals and holud sets, and a
# Khulna/Barishal furniture and appliance instalment seller; sadhu Bengali, lowercase Banglish,
# report English, voice typing). Calls on Thursday 19 November. Expected: (event, who, call-back day).
@pytest.mark.parametrize("note, expected", [
    # the wrong thing came (in the past), an AC that does not cool, clothes too small
    ("ড্রেসিং টেবিলের আয়না ভুল এসেছিল, বদলে দেওয়া হয়েছে", ("complaint", "self", None)),
    ("fridge thanda kore na 3 din dhore", ("complaint", "self", None)),
    ("panjabi ta choto hoise, boro size chay", ("complaint", "self", None)),
    # ছিলাম (I was) is not চিল্লা (shouting): the customer was busy before, and paid
    ("\"busy chilam bhai\" bollo, aajke kisti dise", (None, None, None)),
    ("ডেলিভারির লোক চিল্লাইছে, উনি খুব রাগ", ("complaint", "self", None)),
    # busy: unreachable with its "not" apart, roaming abroad, swamped at work, away for Umrah
    ("ফোনে পাওয়া যায় নাই দুইবার", ("busy", "self", None)),
    ("phone roaming e, Dubai te ase", ("busy", "self", None)),
    ("আজ কাজের চাপ, পরে কথা বলবেন", ("busy", "self", None)),
    ("Customer is away for Umrah, phone off", ("busy", "self", None)),
    # a job got in sadhu words; the holud by its set or its evening; the family's own invitation cards
    ("কন্যার চাকুরী প্রাপ্তির খবর দিলেন, মিষ্টি নিবেন", ("celebration", "daughter", None)),
    ("boner holud sondha shonibar, 20 ta kulo lagbe", ("celebration", "sister", None)),
    ("বড় বোনের বিয়ের দাওয়াত কার্ড ৩০০ পিস ছাপাবে", ("celebration", "sister", None)),
    # a rental and its deposit coming back; goods for someone else's newborn
    ("ভাড়ার লেহেঙ্গা ফেরত দিয়ে গেছেন, জামানত বুঝিয়ে দেওয়া হলো", (None, None, None)),
    ("sherwani ferot dilo, deposit er taka ferot chay", (None, None, None)),
    ("Ordered a rocking cradle for a colleague's newborn", (None, None, None)),
    # a stone, blood pressure told in a sentence, a nebulizer needed
    ("আব্বার কিডনিতে পাথর, ডাক্তার দেখাচ্ছেন", ("illness", "father", None)),
    ("His father's blood pressure went up, resting at home", ("illness", "father", None)),
    ("chotto chele r nebulizer lagse rat e", ("illness", "son", None)),
    # a baby being born is not whom a death concerns
    ("ভাইয়ের বউ সন্তান প্রসবের সময় মারা গেছেন", ("bereavement", "relative", None)),
])
def test_w24_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # hoped for, agreed to, not yet done: not over
    ("Mother admitted with pneumonia, may be discharged by Sunday", False),
    ("ছেলের জ্বর, শুক্রবার ফোন করলে ঠিক আছে বললেন", False),
    ("বউয়ের অপারেশন done হয় নাই এখনো, সোমবার", False),
    # a complaint, then "now ... no problem": put right
    ("parcel 3 din late chilo, ekhon bolse thik ache, no problem", True),
    # ... but "no problem" with no "now" says there was none
    ("box ta ektu tol chilo, no problem", False),
])
def test_w24_round_over(note, over):
    assert read(note).over is over


@pytest.mark.parametrize("note, called, expected", [
    # coming to the shop to do something, a few words between; dropping by
    ("শনিবার দোকানে এসে খাটের কিস্তি পরিশোধ করবেন", CALLED, date(2026, 11, 21)),
    ("৪ দিন পর এসে চেয়ারগুলো নিয়ে যাবেন", CALLED, date(2026, 11, 23)),
    ("She will stop by on Monday to see the curtains", CALLED, date(2026, 11, 23)),
    # the day given up is not the call-back day
    ("শুক্রবারের বদলে কাল আসবেন", CALLED, date(2026, 11, 20)),
    ("Call on Tuesday instead of Monday", CALLED, date(2026, 11, 24)),
    # a bare "N e" after the note named the Nth as a day; not alone
    ("২৮ তারিখের আগে বেতন হবে না, ২৮ এ ফোন দিবেন", CALLED, date(2026, 11, 28)),
    ("5 e call dio", CALLED, None),
    # a week of a month is no day of it
    ("jan er 2nd week e ashben, tokhon call", CALLED, None),
    ("December 1st week e kisti shuru", CALLED, None),
])
def test_w24_round_call_back_days(note, called, expected):
    assert read(note, called).callback == expected


# The ninth round (w25: an Old Dhaka spice wholesaler, a Noakhali recharge and electronics shop
# with Gulf-migrant families, a Chattogram dried-fish and sweets shop; Dhakaiya kutti, Noakhali
# and Chatgaiya dialect). Calls on Thursday 19 November. Expected: (event, who, call-back day).
@pytest.mark.parametrize("note, expected", [
    # Noakhali হেতির / hetir ("his, her") before a kin word: that relation, not a name before it
    ("হেতির ভাই দুবাইতে কাজ করতে গিয়া হাত ভাঙছে", ("illness", "brother", None)),
    ("hetir bhai er jor, hospital e nise", ("illness", "brother", None)),
    ("হেতির খালু মারা গেছেন গত রাতে", ("bereavement", "relative", None)),
    ("hetir mama hajj kore firse, mishti nibe", ("celebration", "relative", None)),
    # a daughter's home (ঝি, a daughter), a child's in-laws, a mother-in-law in Noakhali
    ("ঝির ঘরে পোলা অইছে, মিষ্টি লইবো", ("newborn", "daughter", None)),
    ("বিয়াইনের অপারেশন অইবো, দোয়া চাইছে", ("illness", "relative", None)),
    ("biyain hospital e, pore kotha hobe", ("illness", "relative", None)),
    ("হেতির হউরি ইন্তেকাল করছেন", ("bereavement", "relative", None)),
    # a rude delivery man in Dhakaiya, an order sent wrong; "forgot" is no wrong order
    ("ডেলিভারির পোলা বেয়াদবি করছে, কাস্টমার নারাজ", ("complaint", "self", None)),
    ("jira chaise, ordr vul gese, dhonia pathaise", ("complaint", "self", None)),
    ("order dite vule gese, kal call dibo", (None, None, date(2026, 11, 20))),
    # Dhakaiya কালকা, tomorrow
    ("অহন দোকানে ভিড়, কালকা ফোন দিয়েন", ("busy", "self", date(2026, 11, 20))),    # a baby due in Noakhali words, a chest infection
    ("বোনের বাচ্চা অইবো সামনের মাসে", ("newborn", "sister", None)),
    ("abbar chest infection, inhaler nite hobe", ("illness", "father", None)),
    # a recharge shop: the recharge that never came, a SIM not activated
    ("৫০০ টাকার রিচার্জ আসে নাই, রাগারাগি", ("complaint", "self", None)),
    ("notun sim activate hoy nai ekhono", ("complaint", "self", None)),
    # gone to a neighbourhood elder's janaza: busy, no death of theirs
    ("উনি জানাজায় গেছে এলাকার এক মুরুব্বির, পরে ফোন", ("busy", "self", None)),
])
def test_w25_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # Noakhali and Chatgaiya অহন (now), সারছে (healed), "jor ses"
    ("আম্মার সুগার বাড়ছিল, অহন কন্ট্রোলে", True),
    ("bhaier bike nosto chilo, ohon thik", True),
    ("মাইয়ার জ্বর সারছে আলহামদুলিল্লাহ", True),
    ("cheler jor ses, school e gese", True),
    # still ill: not over
    ("আম্মার সুগার বাড়ছে, হাসপাতালে", False),
])
def test_w25_round_over(note, over):
    assert read(note).over is over


# The tenth round (w26: a Rajshahi mango seller's agent in Varendri-tinged Bengali and Banglish, a
# Khulna fish-feed dealer's older agent in sadhu bhasha, a Dhaka phone shop's young agent in SMS
# shorthand). Calls on Thursday 19 November. Expected: (event, who, call-back day).
@pytest.mark.parametrize("note, expected", [
    # SMS shorthand: a meeting, "after", Sunday, "then", the customer; "jour" is jor
    ("mtng e ase, kal cl dibo", ("busy", "self", date(2026, 11, 20))),
    ("pls cl aftr 3 din, ekhn bzy", ("busy", "self", date(2026, 11, 22))),
    ("rbbr e cl dio, dokan e bhir", ("busy", "self", date(2026, 11, 22))),
    ("sat e free hobe, tkhn cl", ("busy", "self", date(2026, 11, 21))),
    ("cstmr er jour, 2 din por cl", ("illness", "self", date(2026, 11, 21))),
    ("meyer jour, school e jay nai", ("illness", "daughter", None)),
    ("chelta hsptl e, jor", ("illness", "son", None)),
    # away: out of Dhaka, abroad with the day back, in the bathroom, in court, at the fish enclosure
    ("out of dhaka, back monday", ("busy", "self", date(2026, 11, 23))),
    ("customer in Dubai, will be back on monday", ("busy", "self", date(2026, 11, 23))),
    ("customer bathroom e, 10 min por cl", ("busy", "self", date(2026, 11, 19))),
    ("court e ase, kal cl dio", ("busy", "self", date(2026, 11, 20))),
    # ... not a threat to sue, nor কোর্টে, which folds like করতে ("to do")
    ("court e case korbe bolse, phone vanga ashse", ("complaint", "self", None)),
    ("হিসাব করতে গিয়াছেন, সোমবার দাম জানাইবেন", (None, None, date(2026, 11, 23))),
    ("উনি এখন ঘেরে আছেন, কাল ফোন করিবেন", ("busy", "self", date(2026, 11, 20))),
    # sadhu bhasha: a vehicle broke down, the wrong feed sent
    ("তাহার পিকআপ মাঝপথে ভাঙিয়া গিয়াছে, মাল লইতে আসিতে পারিবেন না", ("vehicle_trouble", "self", None)),
    ("ভুল ফিড গিয়াছে, বদলাইয়া দিতে বলিয়াছেন", ("complaint", "self", None)),
    # a cyclone warning (সতর্কবার্তা folds like a stroke) and a death long past are no events
    ("ঘূর্ণিঝড়ের সতর্কবার্তা, এখন মাছ ছাড়িবেন না", (None, None, None)),
    ("বাবা মারা যাওয়ার পর থেকে উনিই ব্যবসা দেখেন, ১০ বস্তা ফিড নিলেন", (None, None, None)),
    # ... but a stroke still is one
    ("স্বামী স্ট্রোক করিয়াছেন", ("illness", "husband", None)),
])
def test_w26_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # sadhu bhasha put right, Varendri সারাইছে (repaired), "now fine"
    ("আম্মার জ্বর হইয়াছিল, এখন ভালো হইয়াছে", True),
    ("ট্রাকের engine problem ছিল, ঠিক হইয়াছে", True),
    ("বাইক সারাইছে, এখন চলতেছে", True),
    ("cheler typhoid chilo, now fine", True),
    # still in hospital: not over
    ("ছেলে হাসপাতালে, এখনো বাড়ি আসে নাই", False),
])
def test_w26_round_over(note, over):
    assert read(note).over is over


# The eleventh round (w27: a Barishal/Bhola hardware and boat-engine parts shop's agent in
# Barishali-tinged Bengali, a Gazipur credit grocery near garment factories, a Cumilla pharmacy's
# agent in English-heavy medical shorthand). Calls on Thursday 19 November. Expected: (event,
# who, call-back day).
@pytest.mark.parametrize("note, expected", [
    # a doctor's follow-up in days and weeks ("f/u after 7d", "1 wk পর f/u"), on a weekday
    ("cheler jor 103, Dx viral fever, f/u after 3d", ("illness", "son", date(2026, 11, 22))),
    ("pt er BP high 170/100, Rx change by Dr, f/u after 7d", ("illness", "self", date(2026, 11, 26))),
    ("pt er thyroid high, 1 wk পর f/u", ("illness", "self", date(2026, 11, 26))),
    ("meyer tonsil OT shonibar, shonibar f/u", ("illness", "daughter", date(2026, 11, 21))),
    # an operation in shorthand: its day is no call-back day unless the call is tied to it
    ("ammur cataract OT kal", ("illness", "mother", None)),
    ("bhai er appendix OT hoise, 5 din por stitch katbe", ("illness", "brother", None)),
    ("28 tarikh e abbar dialysis, tokhon call dibo", ("illness", "father", date(2026, 11, 28))),
    # one day taken back for the next in the same breath
    ("bou er OT hobe kal, পরশু না কাল সন্ধ্যায় খোঁজ নিবো", ("illness", "wife", date(2026, 11, 20))),
    # a urine infection, a migraine in Bengali script
    ("wife er UTI, antibiotic cholche", ("illness", "wife", None)),
    ("উনার মাইগ্রেন, আজ দোকানে আসে নাই", ("illness", "self", None)),
    # the patient "expired" is a death; a syrup that expired is a complaint
    ("pt expired at CMCH, janaza kal", ("bereavement", None, None)),
    ("syrup expired, ferot dite chay", ("complaint", "self", None)),
    # "no more meds" is no death; a diabetic's monthly strips are no illness
    ("Dad's dengue recovered, platelet normal now, no more meds needed", ("illness", "father", None)),
    ("ডায়াবেটিস টেস্ট স্ট্রিপ আর লেন্সেট, মাসিক অর্ডার", (None, None, None)),
    # "the third try" is no day of the month
    ("Switched off, 3rd try", ("busy", "self", None)),
    ("sw off, 2nd try, kal cl dibo", ("busy", "self", date(2026, 11, 20))),
    # busy: in a meeting (সভা), on the factory line or its overtime, away on office work
    ("মাইকিং এর জন্য সভায় আছে, পরশু কথা কইবে", ("busy", "self", date(2026, 11, 21))),
    ("ekhon line e, kalke call dite bolse", ("busy", "self", date(2026, 11, 20))),
    ("overtime চলতেছে, রাত 10 টার পর ফোন দিতে বলছে", ("busy", "self", date(2026, 11, 19))),
    ("Dhaka gese office er kaje, next week e ferot, tokhon call", ("busy", "self", date(2026, 11, 26))),
    # ... but overtime pay is no busy call
    ("overtime er taka pele baki dibe", (None, None, None)),
    # Barishali: back from Hajj (থিকা), "his family" for his wife
    ("হজ্জ থিকা ফিরছে, দোয়া চাইছে", ("celebration", "self", None)),
    ("হের পরিবার হাসপাতালে, ৩ দিন পর খবর নিমু", ("illness", "wife", date(2026, 11, 22))),
    # the account wrong or written too much, an unhappy (অখুশি) customer; ... but a colour that
    # rose (উঠি) is no UTI
    ("হিসাবে 300 টাকা বেশি লেখা, হ্যায় মানে না", ("complaint", "self", None)),
    ("ব্যাটারির warranty card দেই নাই, হ্যায় অখুশি", ("complaint", "self", None)),
    ("শাড়ির রং উঠি গেছে, ফেরত দিতা চান", ("complaint", "self", None)),
    # the insulin's dose raised by the doctor
    ("আব্বার insulin dose বাড়াইছে Dr", ("illness", "father", None)),
    # a colleague killed in a machine accident; a machine that "died" is no death
    ("factory te tar colleague mara gese machine accident e", ("bereavement", "colleague", None)),
    ("purano machine mara gese, notun lagbe", (None, None, None)),
])
def test_w27_round(note, expected):
    r = read(note)
    assert (r.event, r.who, r.callback) == expected


@pytest.mark.parametrize("note, over", [
    # no symptoms left, recovered
    ("wife er UTI chilo, antibiotics shesh, ekhon no sx", True),
    ("Dad's dengue recovered, platelet normal now, no more meds needed", True),
    # still on the antibiotic: not over
    ("wife er UTI, antibiotic cholche", False),
])
def test_w27_round_over(note, over):
    assert read(note).over is over


@pytest.mark.parametrize("note, expected", [
    # an elder sister in the east's word (বুজি) is family: her wedding is the family's own day,
    # whatever is ordered for it, as "বোনের বিয়ে" is
    ("বুজির বিয়ে, গয়না দেখলেন", ("celebration", "sister")),
    ("bujir biye, 2 ta saree order", ("celebration", "sister")),
    # a co-parent-in-law's wedding visited by the customer is a guest's (w17), not the family's
    ("বিয়াইনের বিয়াতে যাবে কইয়া শাড়ি দেখল, কিনে নাই", (None, None)),
    # a family member's fever in a note of two words: the family's own illness
    ("বুজির জ্বর", ("illness", "sister")),
    # a medicine order that names a family member's pressure is still an order
    ("আব্বুর প্রেসারের ওষুধ শেষ, এম্লোডিপিন ৩০ টা, আজকেই পাঠাতে হবে", (None, None)),
])
def test_dialect_kin_words_make_the_familys_own_day(note, expected):
    r = read(note)
    assert (r.event, r.who) == expected


@pytest.mark.parametrize("lines, one_line", [
    # a cell with line breaks (Alt+Enter in Excel, Ctrl+Enter in Google Sheets) reads as sentences
    ("বাবা মারা গেছেন আজ সকালে\nশুক্রবার কুলখানি, ওই দিন কথা বলবো না\nশনিবার ফোন দিবো",
     "বাবা মারা গেছেন আজ সকালে। শুক্রবার কুলখানি, ওই দিন কথা বলবো না। শনিবার ফোন দিবো"),
    ("অফিসের কলিগ মারা গেছেন\r\nজানাজায় গেছেন\r\nপরে কথা বলবেন",
     "অফিসের কলিগ মারা গেছেন। জানাজায় গেছেন। পরে কথা বলবেন"),
    ("order confirm\nUttara তে কাল delivery", "order confirm. Uttara তে কাল delivery"),
    # a dash or a slash between clauses, an em dash; a hyphen inside a word
    ("অফিসের কলিগ মারা গেছেন - জানাজায় গেছেন - পরে কথা বলবেন",
     "অফিসের কলিগ মারা গেছেন, জানাজায় গেছেন, পরে কথা বলবেন"),
    ("order confirm — Uttara তে কাল delivery", "order confirm, Uttara তে কাল delivery"),
    ("মায়ের চোখের অপারেশন বৃহস্পতিবার / তারপর শুক্রবার খবর নিতে বলছে",
     "মায়ের চোখের অপারেশন বৃহস্পতিবার, তারপর শুক্রবার খবর নিতে বলছে"),
    ("ammu ke niye dr-er kase, bolse onek late hobe", "ammu ke niye dr er kase, bolse onek late hobe"),
    # punctuation typed without a space after it
    ("nt rcv,2 bar dilam", "nt rcv, 2 bar dilam"),
    ("shoshurbarir dike notun baby ashse, shalika clinic e.cl bk tmrw",
     "shoshurbarir dike notun baby ashse, shalika clinic e. cl bk tmrw"),
])
def test_line_breaks_and_tight_punctuation_read_as_the_sentences_they_are(lines, one_line):
    assert fold(lines) == fold(one_line)
    assert read(lines) == read(one_line)


def test_a_note_on_three_lines_names_the_event_and_the_day():
    reading = read("বাবা মারা গেছেন আজ সকালে\nশুক্রবার কুলখানি, ওই দিন কথা বলবো না\nশনিবার ফোন দিবো",
                   date(2026, 11, 4))  # a Wednesday
    assert (reading.event, reading.who, reading.callback) == ("bereavement", "father", date(2026, 11, 7))


def test_a_range_of_numbers_is_no_clause_break():
    assert fold("5 - 6 din por call") == fold("5 6 din por call")
