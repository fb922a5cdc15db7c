"""The call-back day and the person, in the many ways staff write them.

Each case is one way of writing a day or a relation that the schema (tests/data/notes/SCHEMA.md,
"Callback rules" and "Who rules") allows, in Bengali script, Banglish, English or a mix, with
the spellings, abbreviations and inflections real notes use. The grid of weekday spellings by
sentence shapes checks that a day is understood whatever the sentence around it; the negative
cases are numbers and days that are not a call-back (amounts, phone numbers, past days, days
of something else).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from khatir.config import build_settings
from khatir.notes import NoteReader
from khatir.notes.when import callback_date

READER = NoteReader.build(build_settings({}).events)
CALLED = date(2026, 11, 19)  # a Thursday


def day(n: int) -> date:
    """Day ``n`` of November 2026 on or after the call, else of December."""
    return date(2026, 11, n) if n >= 19 else date(2026, 12, n)


def next_weekday(weekday: int) -> date:
    return CALLED + timedelta(days=(weekday - CALLED.weekday()) % 7 or 7)


WEEKDAY_NAMES = {
    0: ("সোমবার", "সোম বার", "shombar", "sombar", "shomvar", "somvar", "monday", "Mon"),
    1: ("মঙ্গলবার", "মঙ্গল বার", "mongolbar", "mongol bar", "tuesday", "tues", "Tue"),
    2: ("বুধবার", "budhbar", "budbar", "budh bar", "wednesday", "Wed"),
    3: ("বৃহস্পতিবার", "বিষ্যুদবার", "বেস্পতিবার", "brihoshpotibar", "brihospotibar", "bishudbar",
        "bishshudbar", "thursday", "thu", "thurs"),
    4: ("শুক্রবার", "জুম্মাবার", "shukrobar", "sukrobar", "shukkurbar", "jummabar", "friday"),
    5: ("শনিবার", "শনি বার", "shonibar", "sonibar", "shanibar", "saturday", "sat", "Sat"),
    6: ("রবিবার", "রোববার", "robibar", "robbar", "sunday", "Sun"),
}
SHAPES = (
    "{} phone dite bolse", "{} e call dio", "call on {}", "next {} call", "try again {}",
    "agami {} e jogajog korben", "{} te abar phone", "{} ফোন দিতে বলেছেন", "আগামী {} কল দিবেন",
    "{} দিন যোগাযোগ করবেন", "উনি {} দোকানে আসবেন", "{} call দিতে বলছে",
)


@pytest.mark.parametrize("weekday, name, shape", [
    (wd, name, shape) for wd, names in WEEKDAY_NAMES.items() for name in names for shape in SHAPES])
def test_weekday_in_every_spelling_and_sentence(weekday, name, shape):
    assert callback_date(shape.format(name), CALLED) == next_weekday(weekday)


@pytest.mark.parametrize("note, expected", [
    # Bengali inflections of a weekday
    ("শনিবারে ফোন দিতে বলছে", day(21)), ("সোমবারে যোগাযোগ করবেন", day(23)),
    ("বুধবারের দিকে ফোন", day(25)), ("শুক্রবারে আবার ফোন", day(20)), ("jummar din call dite bolse", day(20)),
    ("Try Fri", day(20)), ("unreachable all day. try fri", day(20)),
    # the day of the month, either way round, in either script, with the month named
    ("৫ তারিখ ফোন দিবেন", day(5)), ("5th e call", day(5)), ("tarikh 5 e call", day(5)),
    ("date 12 e phone dibo", day(12)), ("১২ তারিখে যোগাযোগ", day(12)), ("call on the 22nd", day(22)),
    ("২২ তারিখের দিকে ফোন", day(22)), ("call on 28 Nov", day(28)), ("২৮ নভেম্বর কল দিও", day(28)),
    ("Dec 5 e call korbo", day(5)), ("call on 5th Dec", day(5)),
    # Bengali ordinals: ২৫শে, ১লা, ২রা, ৫ই
    ("২৫শে ফোন দিবেন", day(25)), ("২৫শে নভেম্বর কল", day(25)), ("১লা ডিসেম্বর ফোন", day(1)),
    ("৫ই ডিসেম্বর ফোন", day(5)), ("২রা ডিসেম্বর কল", day(2)),
    # N days, number words, and number and দিন written as one word
    ("2 din pore call", day(21)), ("দুই দিন পর ফোন", day(21)), ("দু'দিন পর ফোন", day(21)),
    ("দুদিন পর ফোন দিও", day(21)), ("তিনদিন পর ফোন দিবো", day(22)), ("duidin pore khobor nibo", day(21)),
    ("after 3 days call", day(22)), ("call 3 days later", day(22)), ("pach din por call", day(24)),
    ("চার দিন পরে ফোন", day(23)), ("in 4 days call", day(23)), ("2 dn por fon", day(21)),
    # weeks
    ("ek soptaho por call", day(26)), ("ek hoptah por call", day(26)), ("next week e call", day(26)),
    ("agami soptahe phone", day(26)), ("সামনের সপ্তাহে ফোন", day(26)), ("call after a week", day(26)),
    ("দুই সপ্তাহ পর ফোন", day(3)), ("next সপ্তাহে ফোন", day(26)), ("১ সপ্তাহ পর ফোন", day(26)),
    ("2 weeks later call", day(3)), ("দশ দিন পর ফোন", day(29)), ("2দিন পর ফোন", day(21)),
    # tomorrow and the day after, with dialect and sadhu bhasha spellings
    ("kal bikale call", day(20)), ("কাল সকালে ফোন দিতে বলছে", day(20)), ("আগামীকাল কল", day(20)),
    ("call tmrw", day(20)), ("call tmr", day(20)), ("call 2mrw", day(20)), ("call tomoro", day(20)),
    ("kalke phone", day(20)), ("আঁর বাপর অপারেশন, কাইল ফোন দিও", day(20)),
    ("কাইল্যা আইবো কইয়ে", day(20)), ("আগামীকল্য পুনরায় ফোন দিব", day(20)),
    ("porshu call", day(21)), ("porsu phone", day(21)), ("call day after tmrw", day(21)),
    ("পরশ্ব ফোন দিবার কথা কহিলেন", day(21)), ("কাস্টমার বলিলেন আগামী পরশ্ব দোকানে আসিবেন", day(21)),
    # later today
    ("aaj raat e call", day(19)), ("aj bikele phone", day(19)), ("call today evening", day(19)),
    ("রাতে খবর নিবো", day(19)), ("টাকা ফেরত চান। রাতের মধ্যে কল দিতে হবে", day(19)), ("ছুটির পর রাত ৮টায় ফোন দিতে বললেন", day(19)),
    ("নামাজে যাচ্ছি, আধা ঘণ্টা পর আবার", day(19)), ("class nicche. ring after 4", day(19)),
    # ways of asking for contact: to be called, to call, to come, to be free, "cb"
    ("budhbar knock korte bolse", day(25)), ("robibar jogajog korben", day(22)),
    ("he will call us on monday", day(23)), ("she will be free on Saturday", day(21)),
    ("মঙ্গলবার ফিরবেন", day(24)), ("পরশু থেকে ফ্রি", day(21)), ("kal dekha hobe", day(20)),
    ("বললেন রবিবার জানাবেন", day(22)), ("mongolbar kotha hobe", day(24)), ("stock ashle shonibar janaite bolse", day(21)),
    ("cust's birthday today, gave her 10% off. cb tmrw", day(20)), ("cb in 2 days", day(21)),
    ("flat tyre, reconnect after 5 days", day(24)), ("আগামী রবিবার ফলোআপ", day(22)),
    ("will revert on Sunday", day(22)), ("callback on 25th", day(25)), ("ping him Saturday", day(21)),
    ("sms korbo kal", day(20)), ("check in next week", day(26)), ("call on 24", day(24)),
    ("within 2 days call korbe", day(21)), ("৭ দিনের মাথায় ফোন", day(26)),
    ("after a couple of days call", day(21)),
    # a day in another clause, when the call is tied to it
    ("kal sokale payment korben, call dite bolche", day(20)), ("shonibar gram theke firbe, tokhon phone dio", day(21)),
    ("budhbar free hobe, oi din call", day(25)),
    # a call's day comes before the day of a visit
    ("shonibar dokan e ashbe, tiles dekhbe. shukrobar ekbar remind dite bolse", day(20)),
    ("ratre fire ashbe. kal sokale cl", day(20)),
    # one clause says the call did not happen today, another when to call
    ("ammar mrittu hoise gotokal, ajke kotha bolte chaynai. bishudbar call", day(26)),
    # w13: times of day with the day, voice-typed words, short codes
    ("kal shokale call dio", day(20)), ("বিকেল ৪টায় কল দিও", day(19)), ("after maghrib call", day(19)),
    ("সন্ধ্যার পর ফোন দিবেন", day(19)), ("tomorrow morning call", day(20)), ("CB 4pm", day(19)),
    ("the mango is to sour and you charge to much i want my money back call me to morrow", day(20)),
    ("jummar namaz e, after jumma call", day(19)),
    ("busy now, call him today evening", day(19)),
    ("porer maser 5 tarikhe boro order dibe, 20k pcs label", day(5)),
    ("পরের মাসের ২৫ তারিখে ফোন দিও", date(2026, 12, 25)),
    ("Daughter's engagement this Friday, will place the sweets order on Tuesday", day(24)),
    ("Will reorder buttons after 10 days", day(29)),
    ("হ্যাং ট্যাগে বারকোড স্ক্যান হচ্ছে না, পুরো লট ফেরত দিবে বলছে। বুধবার আমাদের সাথে মিটিং", day(25)),
    # "N দিন বাদে": after N days in Khulna and Barishal
    ("২ দিন বাদে ফোন দাও", day(21)), ("3 din bade call dio", day(22)), ("এক সপ্তাহ বাদে খবর নিবো", day(26)),
    # a tailor's trial or fitting is a visit to the shop
    ("trial শুক্রবার", day(20)), ("porshu trial", day(21)), ("Trial on the 24th", day(24)),
    ("ব্লাউজের ফিটিং রবিবার", day(22)), ("Fitting again after 3 days", day(22)),
    # checking again; coming to do something
    ("Check again on Monday", day(23)), ("check back tomorrow", day(20)),
    ("২০ তারিখে দোকানে এসে টাকা দিবে", day(20)), ("কাল এসে বদলাবে", day(20)), ("shonibar ese niben", day(21)),
    # a time of day with a day is that day: the clock does not make it later today (fourth story trial)
    ("asked to call on Monday after 5pm", day(23)), ("call Monday after 5 pm", day(23)),
    ("Sunday after Asr call dite bolse", day(22)), ("call me Saturday after lunch", day(21)),
    ("monday er por 5 tay call dio", day(23)), ("রবিবার বিকাল ৫টার পর কল দিতে বলছে", day(22)),
    ("kal 5tar por call dite bolse", day(20)), ("call tomorrow at 11am", day(20)),
    ("call on the 28th at 3pm", day(28)), ("ring after 4", CALLED),
])
def test_call_back_day_phrasings(note, expected):
    assert callback_date(note, CALLED) == expected


@pytest.mark.parametrize("note", [
    # amounts, quantities, phone numbers, order ids, beds: numbers that are not days
    "5 pcs saree order, pore call dibo", "৳1200 baki, call dio pore", "01711-234567 e phone dite bolse",
    "order #12 er jonno phone korben pore", "১২০০ টাকা বাকি, পরে ফোন দিবেন", "12 ta box, call dio",
    "bill 2500 tk, call korben", "bed 5 e bhorti, phone off",
    # past-sense কাল and days ago
    "kal theke jor, pore call", "কাল থেকে জ্বর, পরে ফোন দিও", "gotokal mara gesen, pore phone",
    "গতকাল রাতে হাসপাতালে নিছে, পরে ফোন", "kal raate mara gesen", "কাল রাতে ইন্তেকাল করেছেন, পরে যোগাযোগ",
    "3 din dhore jor, pore call", "১০ দিন আগে মারা গেছেন, পরে ফোন", "last monday accident, call later",
    # a day of something else
    "অপারেশন রবিবার, পরে ফোন দিও", "wedding on the 20th, will call later", "সোমবার ডেলিভারি হবে, পরে ফোন",
    "kulkhani shukrobar, pore khobor nibo", "RIP - mother passed away at dawn. Funeral today. Pause all reminders.",
    "আব্বার হার্টে রিং পরানো হবে সোমবার, উনি হাসপাতালে আছেন। পরে কথা হবে",
    "Delivery confirmed for the 28th", "will confirm by 18th", "payment by the 20th, call later",
    # vague
    "২-৩ দিন পর ফোন", "ঈদের পর ফোন দিতে বলছে", "call later", "puja r por phone", "সোমবারের পর ফোন", "she's free after friday",
    "shonibar er por 3 ta order dibe, call dio", "sombarer por call dio",
    # a call asked for "later": another clause's day is not tied to it
    "shonibar gram e jabe, pore phone dio", "শনিবার দাওয়াত আছে, পরে ফোন দিও", "Sunday he flies to Dubai, call later",
    "মঙ্গলবার বাজারে যাবে, পরে খবর নিও", "25 tarikh e salary pabe, pore phone dio",
    # a call that was made, or did not happen, is not one asked for
    "kal call dichilam, dhore nai", "কাল ফোন দিছিলাম, ধরেন নাই", "aaj call korlam 3 bar",
    "receive koreni, ar ekbar try korlam 9 pm e. sw off", "Ajke কোনো কথা হয় নাই, sw off ছিল সকাল থেকে",
    "kalke dokane aschilo, ajke phone e order confirm korlo", "bou hospital e, labour pain uthse. ajke ar kotha hobe na",
    # rice (চাল) is not a call, and sending again is not calling again
    "নাতির জন্মদিন শুক্রবার, কেক আর ডেকোরেশনের জিনিস নিলেন। খুশির খবর",
    # a deadline ("by Monday"), a day of a birth, a body coming home, "don't call"
    "ক্যুরিয়ারে বই পাঠানো হয়েছিল, ৩টা বই কম এসেছে। সোমবারের মধ্যে না পেলে উনি আবার ফোন দিবেন",
    "Baby boy born to customer's sister on Tuesday. wants 5kg gourmati if still available",
    "owner er chhoto bhai Malaysia te mara gese, lash ashbe kal. ei week kono order nibe na",
    "Mrs Akter - her son passed away in Oman. Body coming home Saturday. Don't call for the sweets promo.",
    "কাল চাল পাঠাবো", "ট্রাকটা চালু হইছে। কাল চাল পাঠাবে", "Wrong address এ parcel গেছে। কাল আবার পাঠাবো",
    # a bound written as day/month, as "N তারিখের পর" is
    "ekhon meeting, 5/12 er por call dio", "২৫/১১ এর পর ফোন দিও",
    # the phone is the handset, not a call
    "Battery dead on his old phone, ready in 2 days", "phone ta kal er moddhe service kore dite hobe",
    "নতুন ফোন গিফট দিব শুক্রবার",
    # news heard, a birth's day, a day they will not order, a visit already made
    "কাল এক্সিডেন্টের খবর শুনে ভয় পাইছিলাম", "twins delivered by C-section on Monday, wants a list on WhatsApp",
    "next Saturday ar order dibe na bolse", "kal dokan e eshe 2 ta saree kinlo",
])
def test_no_call_back_day_phrasings(note):
    assert callback_date(note, CALLED) is None


@pytest.mark.parametrize("note, who", [
    # inflected and dialect forms
    ("মাইয়ার জ্বর", "daughter"), ("ছেলেটার জ্বর", "son"), ("পোলার জ্বর", "son"), ("পোলা হাসপাতালে", "son"),
    ("আব্বুর অপারেশন", "father"), ("আম্মুর জ্বর", "mother"), ("বৌয়ের জ্বর", "wife"), ("bou r jor", "wife"),
    ("wife er jor", "wife"), ("husband er jor", "husband"), ("hubby in hospital", "husband"),
    ("my son's fever is high", "son"), ("meyer jor", "daughter"), ("cheler jor", "son"),
    ("গিন্নির প্রসব বেদনা উঠেছে, হাসপাতালে নিয়ে যাচ্ছেন", "wife"), ("মায়ে ওমরাহ কইরা ফিরছেন", "mother"),
    ("বাবায় হাসপাতালে ভর্তি", "father"), ("বড় আপার জ্বর", "sister"), ("boro apa r jor", "sister"),
    ("ভাইটার জ্বর", "brother"), ("bro er accident, hospital e", "brother"), ("পোলাপানের জ্বর", "child"),
    # relatives
    ("বৌমার জ্বর", "relative"), ("ভাবীর জ্বর", "relative"), ("দেবরের অ্যাকসিডেন্ট, হাসপাতালে", "relative"),
    ("ননদের জ্বর", "relative"), ("ননদের বিয়া আইছে, উনি খুশি", "relative"), ("nani osustho", "relative"),
    ("dadu hospital e", "relative"), ("মামু মরি গিয়েছেন", "relative"), ("jamai er accident, hospital e", "relative"),
    ("mother-in-law in hospital", "relative"),
    # friends and colleagues
    ("dost er biye", "friend"), ("sohokormi r accident, hospital e", "colleague"),
    ("dokan er kormochari accident e matha fatse, medical e nise", "colleague"),
    # self
    ("উনার নিজের জ্বর", "self"), ("he himself is sick", "self"),
    # a birth: whoever has the baby; the home it is born in; a child's wife's baby is the child's
    ("his wife gave birth to a boy", "wife"), ("meyer baby hoise", "daughter"), ("বোনের বাচ্চা হয়েছে", "sister"),
    ("nati hoise meyer ghore, shonibar call korle baby set order dibe", "daughter"),
    ("নাতনি হইছে মাইয়ার ঘরে, খুশিতে মিষ্টি বিলাইতেছেন", "daughter"),
    ("natni hoise cust er, cheler ghore", "son"), ("কাস্টমার চাচা হইছেন, বড় ভাইয়ের ঘরে মেয়ে আসছে", "brother"),
    ("ছেলের বউয়ের বাচ্চা হয়েছে গতকাল, নাতি", "son"), ("polar bou er baccha hoise, cust dada hoise", "son"),
    ("ছোট ভাইয়ের wife এর baby হইছে, কাস্টমার চাচ্চু now", "brother"),
    ("bro er chele hoise! cust mama hoye gese", "brother"),
    ("cust er bon er cheler jonmo hoise gotokal, cust khala hoise!", "sister"),
    ("ভাইয়ের স্ত্রীর সন্তান হইছে আজ সকালে, ছেলে", "brother"),
    # ... but a son's wife in labour is still hers: a relative
    ("ছেলের বউয়ের প্রসব ব্যথা উঠেছে", "relative"),
    # words that only look like relation words: BUET is not a wife, a chest (বুকে) not বউকে
    ("baccha r dairia, saline chalse", "child"), ("Customers brother-in-law passed away in Saudi", "relative"),
    # "bro" folds as "boro" (big): a brother where it cannot be the adjective
    ("bro had appendix surgery, she is at hospital", "brother"), ("cust elder bro expired in road accident", "brother"),
    ("customer er bhai road accident এ মারা গেছেন", "brother"),
    ("ছেলে বুয়েটে চান্স পাইছে, মিষ্টি বিলাইছেন", "son"), ("বুড়ো আব্বার কাশি, শনিবার খবর নিব", "father"), ("ammar bukey betha, hospital e nise", "mother"),
    # a kin word after the name that opens the note is the customer, addressed with respect: the
    # customer's own wife, father, husband, and the customer with nobody else named
    ("Karim uncle er wife expired last night", "wife"), ("রহিম চাচার আব্বা ইন্তেকাল করেছেন", "father"),
    ("Rina aunty er husband হাসপাতালে ভর্তি", "husband"), ("Tofazzal chachar bou delivery room e", "wife"),
    ("জসিম ভাইয়ের এক্সিডেন্ট, মাথায় আঘাত, হাসপাতালে", "self"), ("Kabir bhai er jor, napa nilo", "self"),
    ("Shila bhabir baby hoise", "self"), ("মাহমুদ চাচার ছেলের বউ হাসপাতালে ভর্তি", "relative"),
    # ... but not after a time, a kin word or a word in its "of" form
    ("কাল রাতে ভাইয়ের অপারেশন হইছে", "brother"), ("আপার ভাইয়ের জ্বর", "brother"),
    ("ছাত্রের দাদা মারা গেছেন", "relative"),
    # written as one word; Sylheti মাই (mother); MIL
    ("cust er chotobon er jondis", "sister"), ("ছোটবোনের টাইফয়েড", "sister"),
    ("মাইর শরীল বালা নায়, হাসপাতালো ভর্তি", "mother"), ("her MIL is no more", "relative"),
    # "Mrs" is a title; "mother of twins" is the customer; a girl named after a birth is the baby
    ("Mrs Akter is now mother of twins", "self"), ("Mrs Rahman's husband is in hospital", "husband"),
    ("আপার বাচ্চা হইছে, মাশাল্লাহ মেয়ে", "self"), ("Baby shoes size 2. Mother of twins now", "self"),
    # baby goods ordered in one clause, the birth told in another
    ("নতুন বাবুর জন্য ডায়াপার চাইলেন, মেয়ের ঘরে নাতি হইছে", "daughter"),
])
def test_who_phrasings(note, who):
    assert READER.read(note, CALLED).who == who


@pytest.mark.parametrize("note, expected", [
    # a busy call: the time they will be free, with no word of calling
    ("tarabi te, ghonta khanek por dibe", ("busy", day(19))),
    ("এখন না, আজকে মাগরিবের পরে", ("busy", day(19))),
    # ... but not a time of a call that was tried
    ("Ajke কোনো কথা হয় নাই, sw off ছিল সকাল থেকে", ("busy", None)),
    ("receive koreni, ar ekbar try korlam 9 pm e. sw off", ("busy", None)),
    # "আজ" alone tells how today is, not that they are free later today
    ("ajke khub busy, pore call dite bolse", ("busy", None)), ("আজ ফোন বন্ধ", ("busy", None)),
    ("not reachable today", ("busy", None)), ("today he is busy, call later", ("busy", None)),
    ("ajke mon kharap, kotha bolte chay na", ("busy", None)), ("aj na, kal korio", ("busy", day(20))),
    ("kal theke apu er jor, ajke kotha bolte parbe na. bolse 2 din por", ("illness", day(21))),
])
def test_busy_call_free_later(note, expected):
    r = READER.read(note, CALLED)
    assert (r.event, r.callback) == expected
