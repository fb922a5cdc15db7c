"""Words that look like an event and are not one, and weak cues that need the model's agreement."""
from __future__ import annotations

# Cue words with an ordinary sense as common as the event's: school admission (ভর্তি, admit),
# a pressure cooker, "sick design", an exchange offer, a parcel "delivery hoyeche", tiles for a
# new flat, a cousin's wedding outfit. They name the event only when the n-gram model, which
# has read the whole note, also leans towards it (``WEAK_NEED`` in ``understand.py``).
# A long-running treatment named on its own, weak (``WEAK_CUES``) but an illness when a family
# word or "নিজে" is just before it ("আব্বার ডায়ালাইসিস চলছে", "her mother's dialysis day",
# "তিনি নিজে ডায়ালাইসিসের রোগী"), not the shop's goods or a centre ("dialysis er maal", "Dialysis
# centre ordered 40 dialyzers") (w104)
TREATMENT: tuple[str, ...] = ("ডায়ালাইসিস", "dialysis")
WEAK_CUES: dict[str, tuple[str, ...]] = {
    "illness": (
        # কাশি (a cough) folds like খাসি (a goat, bought for meat or an akika), betha (pain)
        # like beta (a son, in Sylhet)
        "কাশি", "kashi", "betha$",
        "ভর্তি", "vorti", "bhorti", "admit", "admitted", "প্রেশার", "প্রেসার", "pressure beshi",
        "sick$", "oxygen", "পুইড়া", "puira", "পুড়ে গেছে", "pure gese", "ভর্তি করা", "চেকআপ", "treatment", "চিকিৎসা", "chikitsa", "operation",
        "অপারেশন", "clinic", "ক্লিনিক", "hospital", "হাসপাতাল", "হাসপাতালে", "হসপিটাল",
        "মেডিকেলোত", "মেডিকেলত", "হাসপাতালোত", "হাসপাতালত",
        # dialysis: a kidney patient's routine two or three times a week, and what a dialysis
        # supplies shop sells for it ("dialysis shonibar, mongolbar; 2 packet bicarbonate extra",
        # "dialysis er maal same"): an illness when the model leans to one, or when it is
        # someone's own (``TREATMENT``: "মায়ের ডায়ালাইসিস চলছে") (w104)
        *TREATMENT,
    ),
    "complaint": (
        # a name written wrong: on a cake, a card, a bangle's engraving, or in the shop's own ledger
        # ("শাঁখায় খোদাই নাম ভুল"; "Ledger e tar nam bhul chilo, thik korsi", w53's, is no complaint) (w82)
        "নাম ভুল", "nam vul", "naam bhul",
        # replaced under warranty ("battery change kore dewa hoise warranty te") (w23)
        "warranty te", "warranty তে", "ওয়ারেন্টিতে",
        "exchange", "এক্সচেঞ্জ", "replace", "replacement", "রিপ্লেসমেন্ট", "return", "ফেরত$",
        "ferot$", "dead$", "late$", "wrong", "broken", "problem", "somossa", "issue", "মেয়াদ",
        "expire", "expired", "বদলাই", "বদলাতে", "দাগ$", "dag$", "কম ছিল", "পচা", "ভাঙছে",
        "bhangse", "vangse", "change chay", "চেঞ্জ চান", "ক্যান্সেল", "নষ্ট", "nosto",
        "ভাঙা", "ভাঙ্গা", "vanga", "bhanga", "রাগ", "upset", "রেগে", "rege$", "deri", "দেরিতে",
        "derite", "দেরি", "আর নিবেন না", "আর কিনবেন না", "ar nibe na", "ar nibo na", "ভেজাল",
        "bhejal",
        "vejal", "ভেজা আসছে", "ভিজে গেছে", "bhije gese", "vije gese", "wet$", "wobbly", "loose$",
        "ঢিলা$", "change korte cha", "চেঞ্জ করতে চা", "didn't like", "did not like", "পছন্দ হয় নাই", "পছন্দ হয়নি", "পছন্দ হয় নি",
        "pochondo hoy nai", "pochondo hoyni", "posondo hoy nai", "বাসি$",
    ),
    "celebration": (
        "নতুন বাসা", "নতুন বাসায়", "নতুন ফ্ল্যাট", "নতুন বাড়ি", "notun basa", "notun flat",
        "new house", "new flat", "new home", "বিয়ে", "বিয়ের", "biye", "biya", "wedding",
        "ভালো ফল", "রেজাল্ট ভালো", "ভালো রেজাল্ট",
        "result valo", "valo result", "good result", "opening", "mishti",
        "মিষ্টি", "passed", "engagement", "বৌভাত", "বউভাত", "bou bhat", "boubhat", "reception$",
        "রিসিপশন$",
    ),
    "vehicle_trouble": (
        "servicing", "সার্ভিসিং", "tyre", "tire", "টায়ার", "battery", "ব্যাটারি", "start",
        "স্টার্ট", "engine", "চাকা", "chaka",
    ),
    "newborn": (
        "due date", "delivery date", "ডেলিভারি হয়েছে", "ডেলিভারি হইছে", "delivery hoise", "delivery hoyeche", "delivery hobe",
        "বাচ্চা হবে", "baccha hobe", "baby hobe", "ডেলিভারি যেকোনো সময়", "delivery jekono somoy",
        "delivery jekono din", "delivery any time", "delivery any day", "যেকোনো সময় ডেলিভারি",
        "jekono somoy delivery", "যেকোনো দিন ডেলিভারি",
    ),
    "busy": (
        "network", "নেটওয়ার্ক", "ডিউটি", "duty$", "দাওয়াতে", "dawat e", "travel", "meeting",
        "মিটিং", "on the way", "biye bari", "বিয়ে বাড়ি", "বাইরে$", "bahire$", "baire$",
        # ... and in the dialects' বিয়া ("বিয়া বাড়িতে আছে, পরশু কথা বলবে") (w141)
        "biya bari", "বিয়া বাড়ি",
        # the wedding house written as one word ("cust বিয়েবাড়িতে, খাওয়া দাওয়া চলছে"), weak as
        # "বিয়ে বাড়ি": a guest there is busy, the shop's "বিয়েবাড়ির জন্য" order is not (w135)
        "বিয়েবাড়িতে", "biyebarite",
        # an audit or an inspection the goods may fail in (w68)
        "in audit", "in buyer audit", "in an audit", "in inspection", "in final inspection",
    ),
}

# Newborn words that say the baby is not born yet ("wife er delivery date 20 tarikh", "বউ
# প্রেগন্যান্ট"): the message wishes the family well instead of congratulating on a birth.
EXPECTED_BIRTH: tuple[str, ...] = (
    "বাচ্চা হবে", "baby hobe", "baccha hobe", "delivery hobe", "ডেলিভারি হবে", "বাবু হবে",
    "babu hobe", "নানি হবে", "নানা হবে", "দাদি হবে", "দাদা হবে", "nani hobe", "nana hobe",
    "dadi hobe", "dada hobe", "due date", "delivery date", "is due", "due next", "due this",
    "pregnant", "প্রেগন্যান্ট", "গর্ভবতী", "অন্তঃসত্ত্বা", "সন্তানসম্ভবা", "পোয়াতি", "poyati",
    "expecting", "expecting a baby", "expecting baby", "নাতি আসছে", "নাতনি আসছে",
    "বাচ্চা হওয়ার", "ডেলিভারি ডেট", "ডেলিভারির তারিখ", "delivery er date", "ডেট আছে",
    "baby asbe", "baby ashbe", "বাচ্চা আসবে", "on the way", "বাচ্চা হইবো", "বাচ্চা হইব", "baccha hoibo",
    "বাচ্চা অইবো", "বাচ্চা অইব", "baccha oibo", "bacca oibo",
    "বাবু হইবো", "babu hoibo",
    # a baby in her belly ("বউর পেটে বাচ্চা, ডেলিভারি সামনের মাসে") (w83)
    "পেটে বাচ্চা", "pete baccha", "pete bacca", "pete bachcha",
    # a call centre's formal "is expected to deliver within the week" (w99)
    "expected to deliver", "due to deliver",
)
# ... unless the note says it is born or being born ("bou pregnant chilo, kal baby hoise").
BIRTH_HAPPENING: tuple[str, ...] = (
    "hoise", "hoyeche", "hoyse", "হইছে", "হয়েছে", "হইসে", "অইছে", "হইলো", "hoilo", "born",
    "gave birth", "had a baby", "had baby", "delivered", "জন্ম", "jonmo", "আকিকা", "akika",
    "aqiqah", "নামকরণ", "labour", "labor", "লেবার", "delivery room", "ডেলিভারি রুম", "ডেলি ভারি রুম", "সিজার",
    "sijar", "c section", "c-section", "caesar", "প্রসব ব্যথা", "nicu", "premature", "ভর্তি",
    "admitted", "hospital", "হাসপাতাল", "ক্লিনিক", "clinic",
)

# Words that look like an event but, next to these, are not one (a job, a product, the
# shop's own delivery, a gift for someone else, a device that is "dead", a neighbour's funeral).
# Busy at a wedding's day: a look-alike for the celebration (a guest's), unless a family word
# owns the day ("ভাইয়ের গায়ে হলুদে ব্যস্ত": the family's own, still a celebration) (w31).
BUSY_AT_DAY: tuple[str, ...] = (
    "গায়ে হলুদে ব্যস্ত", "গায়ে হলুদে busy", "gaye holud e busy",
    # ... and at a wedding's venue ("Customer বিয়ের venue তে busy, রাতে call দিতে বলছে") (w59)
    "venue te busy", "venue তে busy", "venue e busy", "venue এ busy", "ভেন্যুতে ব্যস্ত", "ভেন্যুতে busy",
    "busy at the venue", "busy at a wedding venue", "busy at the wedding venue",
)

# The shop's own vehicle: its trouble is the shop's, not the customer's; a look-alike for the cue
# words, and the n-gram model may not name it either (it has learnt "van broke down" from
# customers' vans).
SHOP_VEHICLE: tuple[str, ...] = (
    "our van", "our shop van", "shop van", "shop's van", "amader van", "আমাদের ভ্যান",
    "দোকানের ভ্যান", "dokaner van",
)
LOOKALIKES: dict[str, tuple[str, ...]] = {
    "illness": (
        # an insurance's বিমার (বিমা), no illness ("জীবন বিমার কিস্তি দিছে", "bimar premium") (w117)
        "জীবন বিমা", "jibon bima", "বিমার কিস্তি", "বিমার টাকা", "বিমার প্রিমিয়াম", "বিমার পলিসি",
        "বিমার দালাল", "বিমার অফিস", "বিমা কোম্পানি", "bimar kisti", "bimar taka", "bimar premium",
        "bimar policy", "bimar office", "bima company",
        # visiting someone unnamed in hospital, the customer busy ("ekhon hospital e ase ekjon k
        # dekhte"; a relative named there is theirs: "khala ke dekhte gese") (w59)
        "ekjon k dekhte", "ekjon ke dekhte", "একজনকে দেখতে", "একজন রোগী দেখতে", "visiting someone in",
        "visiting a patient", "visiting a friend in hospital",
        # low, নিচু, folds like NICU ("বেসিন নিচু করে লাগাবে") (w50)
        "নিচু কর", "nichu kor", "নিচু হয়", "নিচু জায়গা", "নিচু করি", "নিচু কইরা",
        # a hospital or clinic buying ("উপজেলা হাসপাতালের অর্ডার", "Quotation sent to clinic",
        # "operation theatre এর জন্য ৫০ টা surgical cap", "হাসপাতালের ambulance এর oxygen") (w23)
        # a building's plaster, not a cast ("Cracks in the balcony plaster were repaired") (w57)
        "balcony plaster", "wall plaster", "ceiling plaster", "plaster crack", "cracks in the plaster",
        "plaster work", "plaster er kaj", "প্লাস্টারের কাজ", "দেয়ালের প্লাস্টার", "দেওয়ালের প্লাস্টার", "বারান্দার প্লাস্টার",
        "হাসপাতালের অর্ডার", "hospital er order", "hospital order", "clinic er order", "ক্লিনিকের অর্ডার",
        "sent to clinic", "sent to hospital", "sent to the clinic", "sent to the hospital",
        "হাসপাতালের ambulance", "হাসপাতালের অ্যাম্বুলেন্স", "hospital er ambulance",
        # an address by the hospital ("হাসপাতালের পাশে বাসা, ডেলিভারি ম্যানকে গেটে ফোন দিতে") (w37)
        "হাসপাতালের পাশে", "হাসপাতালের সামনে", "hospital er pashe", "hospital er pase", "hospital er samne",
        "near the hospital", "opposite the hospital", "beside the hospital",
        "operation theatre er jonno", "operation theatre এর জন্য", "অপারেশন থিয়েটারের জন্য",
        "for the operation theatre", "ot er jonno",
        # ordering through a hospital's store ("order via hospital store now") (w29)
        "hospital store", "হাসপাতালের স্টোর", "hospital er store",
        # a diabetic's monthly test strips and lancets ordered (w27)
        "টেস্ট স্ট্রিপ", "test strip", "glucose strip", "গ্লুকোজ স্ট্রিপ", "লেন্সেট", "lancet",
        # ... and by what they measure ("ডায়াবেটিস মাপার স্ট্রিপ"; not the meter: "স্বামীর ডায়াবেটিস
        # বেড়েছে, সুগার মাপার মেশিন চান" is w11's illness) (w28)
        "মাপার স্ট্রিপ", "mapar strip",
        # a warning (সতর্কবার্তা) folds like a stroke (w26)
        "সতর্কবার্তা", "সতর্কতা", "সতর্ক সংকেত", "sotorkobarta", "sotorko sonket",
        "নার্স", "nurse", "first aid", "ফার্স্ট এইড", "চেম্বার", "chamber",
        # a weak network or signal is no weak body ("network দুর্বল, কথা কাটা কাটা") (w48)
        "network দুর্বল", "network durbol", "নেটওয়ার্ক দুর্বল", "signal দুর্বল", "signal durbol",
        "দুর্বল network", "durbol network", "weak network", "weak signal", "কাটা কাটা", "kata kata",
        "apron", "এপ্রন", "স্যানিটাইজার", "sanitizer", "hospital er jonno", "হাসপাতালের জন্য", "for the hospital",
        "for hospital", "clinic er jonno", "ক্লিনিকের জন্য", "for a clinic", "for the clinic",
        "hospital supply", "doctor sahe", "ডাক্তার সাহেব", "ডাক্তারের জন্য", "pharmacy",
        "ফার্মেসি", "bed sheet",
        "scrub", "gloves", "গ্লাভস", "pain relief balm", "ডিউটি", "duty", "battery", "ব্যাটারি",
        # a doctor on the ward's round is at work, like a duty ("হাসপাতালের রাউন্ডে আছেন") (w93)
        "রাউন্ডে", "round e achen", "round e asen", "ward round", "on rounds", "on his rounds", "on her rounds",
        "pressure cooker", "প্রেশার কুকার", "প্রেসার কুকার",
        # the stitch of a quilt or embroidery ("25 pc kantha stitch orna chay") (w44)
        "kantha stitch", "কাঁথা stitch", "kantha selai", "hand stitch", "cross stitch", "chain stitch",
        "running stitch", "stitch work", "stitch er kaj", "stitch এর কাজ",
        # a tailor's seam sewn again ("কাপড় ছোট হইছিল, re-stitch করে দিছি") (w76)
        "re-stitch", "restitch", "re stitch", "abar stitch", "আবার stitch",
        "university", "ভার্সিটি", "বুয়েট", "buet", "medical college", "মেডিকেল কলেজ",
        "platelet komse", "ক্যান্টিন", "canteen",
        # a job, not a stay: "ami hospital e chakri kori", "Her husband is a surgeon"
        "surgeon", "সার্জন", "chakri kori", "চাকরি করি", "চাকরি করেন", "chakri koren", "works at",
        "works in", "work at", "কাজ করেন", "kaj koren", "for his clinic", "for her clinic",
        "for their clinic", "nursing home staff", "ward boy", "ওয়ার্ড বয়",
        # food: কাশি (a cough) folds like খাসি (a goat) and kacchi (a biryani)
        "বিরিয়ানি", "biriyani", "biryani", "মাংস", "mangsho", "mangso", "ছাগল", "ঝাল$",
        "jhal$",
        # a phone that fell from the hand is the phone's trouble
        "হাত থেকে পড়", "haat theke por", "hat theke por",
        # a check-up with nothing found ("রুটিন চেকআপে, সব রিপোর্ট ভালো")
        "রুটিন চেক", "routine check", "regular check", "নিয়মিত চেকআপ", "niyomito checkup",
        # the running of a business ("ব্যবসার অপারেশন এখন চট্টগ্রাম অফিস থেকে চলবে")
        "ব্যবসার অপারেশন", "ব্যবসায়িক অপারেশন", "business operation", "operations$", "অপারেশনস",
        "operation manager", "অপারেশন ম্যানেজার", "অপারেশন চলবে", "operation cholbe",
        # admission to a school or college ("got admitted to DU", "স্কুলে ভর্তি করাবে")
        "admitted to du", "admitted to college", "admitted to school", "admitted in school",
        "admitted in class", "school e bhorti", "school e vorti", "স্কুলে ভর্তি", "কলেজে ভর্তি",
        "ভার্সিটিতে ভর্তি", "ভর্তি পরীক্ষা", "bhorti porikkha", "vorti porikkha", "admission test",
        "ভর্তি ফরম",
        # a cadet college, a college or a madrasa's place for a child ("Cheleke cadet college e bhorti
        # korabe, chance paise") (w60)
        "college e bhorti", "college e vorti", "cadet college", "ক্যাডেট কলেজ", "madrasa e bhorti",
        "madrasay bhorti", "মাদ্রাসায় ভর্তি",
        # a university's chance, by its initials ("hetir jhi CU te chance paise": Chittagong
        # University; folded, "CU te" is an ICU's) (w54)
        "cu te chance", "cu তে chance", "du te chance", "ru te chance", "cu te admission", "cu te bhorti",
        "cu te vorti", "সিইউতে চান্স", "চবিতে চান্স", "চবি তে চান্স",
        # at a hospital to see someone else ill ("client in hospital visiting someone, cudnt talk") (w46)
        "visiting someone", "visiting a patient", "visit a patient", "visiting a relative",
        "rogi dekhte", "রোগী দেখতে",
        # hyperbole at a price ("omg my heart attack" when she saw the price 😂) (w22)
        "my heart attack", "saw the price", "price dekhe", "dam dekhe", "দাম দেখে",
        # ... on hearing it, or one "coming" at a cute thing ("dam shune heart attack", "heart attack
        # hoye jabe eto cute"): a heart attack to come is a joke, one had is told in the past (w66)
        "dam shune", "দাম শুনে", "price shune", "heart attack hoye jabe", "heart attack hoye jabo",
        "heart attack hobe", "হার্ট অ্যাটাক হয়ে যাবে", "heart attack er obostha",
        # a cart or a sack full (ভর্তি, "full of": "trolley ভর্তি ধান", "ট্রাক ভর্তি মাল") (w53)
        "ট্রলি ভর্তি", "trolley ভর্তি", "trolley bhorti", "trolley vorti", "ট্রাক ভর্তি", "truck bhorti",
        "truck ভর্তি", "বস্তা ভর্তি", "bosta bhorti", "ভর্তি ধান", "ভর্তি মাল", "bhorti dhan", "bhorti mal",
        "ঝুড়ি ভর্তি", "ভ্যান ভর্তি", "van bhorti",
        # a house full of guests ("বাসায় মেহমান ভর্তি", "bari vorti manush"): busy, no one admitted (w130)
        "মেহমান ভর্তি", "mehman vorti", "mehman bhorti", "বাড়ি ভর্তি মেহমান", "বাড়িভর্তি মেহমান",
        "bari vorti", "bari bhorti", "vorti manush", "bhorti manush",
    ),
    "newborn": (
        # low, নিচু, folds like NICU ("বেসিন নিচু করে লাগাবে": a basin fitted low) (w50)
        "নিচু কর", "nichu kor", "নিচু হয়", "নিচু জায়গা", "নিচু করি", "নিচু কইরা",
        # goods for a clinic's labour room, a stroller for twins (w23)
        "লেবার রুমের জন্য", "labour room er jonno", "labor room er jonno", "for the labour room",
        "for labour room", "ক্লিনিকের লেবার রুম", "clinic er labour room", "twin model", "twin stroller",
        "জমজ মডেল",
        # a pregnancy's routine antenatal check, no birth ("pregnant mother er routine ANC test",
        # "wife pregnant, ANC checkup er CBC") (w65)
        "anc test", "anc checkup", "anc check up", "anc check", "routine anc", "antenatal checkup",
        "antenatal check", "antenatal test", "প্রসব পূর্ব চেকআপ",
        "পার্সেল", "parcel", "delivery man", "ডেলিভারি ম্যান", "home delivery", "হোম ডেলিভারি",
        # the shop's delivery boy ("Delivery boy was rude to his wife"; not "wife dlv boy", a son
        # delivered) (w76)
        "delivery boy was", "delivery boy is", "delivery boy er", "delivery boy ke", "delivery boy rude",
        "the delivery boy", "our delivery boy", "amader delivery boy", "ডেলিভারি বয়", "delivery er chele",
        "ডেলিভারির ছেলে",
        "cash on delivery", "ক্যাশ অন ডেলিভারি", "cod$", "delivery charge", "ডেলিভারি চার্জ",
        "courier", "কুরিয়ার", "rider", "রাইডার",
        "উপহার", "gift for", "as a gift", "gift er jonno", "গিফট হিসেবে", "গিফটের জন্য", "জমজম", "zamzam", "labour cost", "labor cost", "labour charge",
        "লেবার খরচ", "লেবার বিল", "labour bill", "পাশের বাড়ি", "পাশের বাসা", "পাশের ফ্ল্যাট",
        "paser basa", "pasher basa", "paser bari", "pasher bari", "paser flat", "pasher flat",
        "neighbour", "neighbor", "প্রতিবেশী",
        # a premium's or a fee's due date ("Premium due date extension req") (w46)
        "premium due date", "due date extension", "payment due date", "fee due date", "fees due date",
        "installment due date", "instalment due date",
        # workers on strike ("strike" folds like স্ত্রীকে, to a wife)
        "on strike", "ধর্মঘট", "dhormoghot",
    ),
    "bereavement": (
        # a job lost, not a life ("he lost his job at the factory") (w137)
        "lost his job", "lost her job", "lost their job", "lost the job",
        # an exam passed, not a life ("His wife passed the BCS exam!") (w51)
        "passed the bcs", "passed bcs", "passed the exam", "passed her exam", "passed his exam",
        "passed the test", "passed the board",
        # a device that stopped working ("the phone died in the rain", "laptop died mid-class") (w60)
        "phone died", "phone has died", "phone just died", "laptop died", "laptop has died", "set died",
        "tab died", "tablet died", "died in the rain",
        # "I died" laughing, a chat admin's joke: a note never tells the writer's own death (w66)
        "moira gelam", "moira gesi", "mora gelam", "mara gelam", "মইরা গেলাম", "মরে গেলাম", "মরে গেছি",
        # ... or worn out, in the first person ("gorome mori gelam", "ekhon mori gesi kaje") (w95)
        "mori gelam", "mori gesi", "mori gechi", "more gelam", "more gesi", "more gechi", "মরি গেলাম",
        "মরি গেছি",
        "hasi te moira", "hashi te moira", "haste haste moira", "haste haste mara", "হাসতে হাসতে মর",
        "mobile", "মোবাইল", "phone dead", "ফোন ডেড", "battery", "ব্যাটারি", "dead on arrival",
        "charger", "চার্জার", "death anniversary", "মৃত্যুবার্ষিকী", "mrittubarshiki", "movie", "মুভি", "film", "natok", "নাটক",
        # the yearly shraddha, a death long past ("বাৎসরিক শ্রাদ্ধের জন্য ঘট নিলেন") (w63)
        "বাৎসরিক শ্রাদ্ধ", "বার্ষিক শ্রাদ্ধ", "batsorik shraddho", "batsorik sraddho", "barshik shraddho",
        "annual shraddha", "yearly shraddha",
        "series", "dead stock", "mosquito", "মশা", "tv", "টিভি", "fridge", "ফ্রিজ", "প্রতিবেশী",
        "neighbour", "neighbor", "pasher bari", "পাশের বাড়ির", "জানাজায় আছেন", "জানাজায় গেছেন",
        # a neighbour in texting, at the funeral only ("nbr" alone is a number too) (w37)
        "funeral of nbr", "nbr's funeral", "nbrs funeral", "nbr funeral",
        "জানাজার জন্য", "janaja te", "janaza te", "at the funeral", "at a funeral",
        # gone to a neighbourhood elder's janaza (w25)
        "জানাজায় গেছে", "janajay gese", "janazay gese", "পাড়ার এক", "parar ek", "এলাকার এক", "elakar ek",
        # at a janaza now, without the honorific ("জানাজায় আছে": "আছেন" above folds longer) (w31)
        "জানাজায় আছে", "janajay ase", "janazay ase", "janajay ache", "janazay ache",
        # ... in the customer's own words ("বললো জানাজায় আছি, পাড়ার এক মুরুব্বির") (w35)
        "জানাজায় আছি", "janajay achi", "janazay achi", "janajay asi", "janazay asi", "at a janaza",
        "namaz-e-janaza", "মেয়াদ", "funeral home", "last year", "গত বছর", "years ago", "বছর আগে",
        "gato bochor", "goto bochor",
        # ... or long ago, years back, years now, or in the customer's childhood, told as the
        # background of an order ("নানা মারা গেছেন বহু আগে, ওনার খাটটা সারাবেন", "father passed
        # away long ago, khata moved to his name", "মারা গেছেন আট বছর হইছে", "died when she was
        # small"), in its clause (w132)
        "long ago", "a long time ago", "অনেক আগে", "বহু আগে", "onek age", "bohu age", "years back",
        "yrs back", "year back", "bochor age", "বছর হইছে", "বছর হয়েছে", "বছর হয়ে গেছে", "বছর হয়ে গেল",
        "বছর অইছে", "bochor hoise", "bochor hoye gese", "bochor hoye gelo", "when she was small",
        "when he was small", "when she was little", "when he was little", "when she was a child",
        "when he was a child", "when i was small", "ছোটবেলায়", "chotobelay", "choto thakte",
        "ছোট থাকতে",
        # "মা মারা যাওয়ার পর থেকে উনি দোকান চালান": since a death long past (w26)
        "মারা যাওয়ার পর থেকে", "মারা যাইবার পর থেকে", "mara jawar por theke", "mara jaoar por theke",
        "mara jawar por theika",
        # ... or a mohalla's elder, or a death in a year named ("মহল্লার এক মুরুব্বির জানাজায়", "বাবা
        # মারা গেছেন ২০০৯ সালে"), a death in a phone game ("game e died lekha ashe") (w95)
        "mohollar ek", "মহল্লার এক", "mohallar ek", *(f"{year} sale" for year in range(1950, 2026)),
        *(f"in {year}" for year in range(1950, 2026)), "game e", "in the game", "in a game", "গেমে",
        # ... or a boss's parent, a company's chairman, a leader, whose rites an office orders for
        # ("Office er boss এর বাবার kulkhani, কোম্পানি থেকে 300 packet", "কোম্পানির চেয়ারম্যান মারা
        # গেছেন, অফিস থেকে রিং অর্ডার", "ek neta r kulkhani"; as a colleague's parent, below) (w95)
        "boss er baba", "boss er ma$", "boss er abba", "boss er amma", "boss er mayer", "boss er babar",
        "বসের বাবা", "বসের মা$", "বসের মায়ের", "বসের আব্বা", "বসের আম্মা", "কোম্পানির চেয়ারম্যান",
        "companir chairman", "company chairman", "company's chairman", "ek neta", "এক নেতা",
        "acquaintance", "পরিচিত", "porichito", "দূরের", "durer", "দূর সম্পর্ক", "dur somporko",
        "distant relative", "far relative",
        # a machine, a tree or a crop "died" ("purano pump ta mara gese", "কয়েকটা গাছ মারা গেছে")
        # (a machine, not "colleague mara gese machine accident e", a person killed by one) (w27);
        # the pump itself, not the place at it ("ছেলে সেচ পাম্পে কারেন্ট লেগে মারা গেছে": a person
        # killed at the pump; পাম্পে folds to "pampe") (w121)
        "pump$", "pumpta", "pumpti", "pumpgul", "পাম্প$", "পাম্পটা", "পাম্পটি", "পাম্পগুল", "motor$", "মোটর$", "motor ta", "মোটরটা", "machine mara", "machine ta", "machine ti",
        "machine gul", "machine dead", "machine died", "মেশিন",
        # ... a boat's or a vehicle's engine "died" (Chatgaiya and the hill tracts: "ইঞ্জিন মারা গেছে,
        # বোট মাঝ লেকে আটকা") (w54)
        "ইঞ্জিন মারা", "engine mara", "ইঞ্জিন মরি", "engine mori", "ইঞ্জিন মইরা", "engine moira",
        "engine ta", "ইঞ্জিনটা", "compressor", "কম্প্রেসার", "গাছ মারা", "gach mara", "gas mara",
        # ... in English ("engine died at the signal", "his ride died on the highway, the car not
        # him", "car battery died") (w78)
        "engine died", "engine just died", "car died", "ride died", "battery died", "bike died",
        "গাছগুলো", "gachgulo", "চারা", "chara gach", "seedling", "plants died", "trees died",
        "ফসল", "fosol", "crop", "মুরগি", "murgi", "হাঁস", "mach mara", "মাছ মারা", "fish died",
        # a visit to a grave (কবর জিয়ারত) remembers a death long past
        "জিয়ারত", "জিয়ারতে", "ziyarat", "jiyarot", "jiyarat", "ziarat", "zeyarat",
        # a device that "died" ("Customer's laptop died after the update"), a friend's or a
        # colleague's parent (the customer went to the funeral: busy, nobody of theirs died)
        "laptop", "ল্যাপটপ", "computer", "কম্পিউটার", "generator", "জেনারেটর", "ups$", "ইউপিএস",
        "printer", "প্রিন্টার", "router", "রাউটার", "hard disk", "harddisk", "monitor", "মনিটর",
        "friend's father", "friend's mother", "friends father", "friends mother", "colleague's",
        "কলিগের", "বন্ধুর বাবা", "বন্ধুর মা$", "বন্ধুর মায়ের", "বন্ধুর আব্বা", "বন্ধুর আম্মা",
        "bondhur baba", "bondhur ma$", "bondhur abba", "bondhur amma",
        # a cake or an order that "died" (texting: spoilt on the way, a complaint) (w22)
        "cake died", "cake's dead", "cake is dead", "cake dead", "cake ta dead", "rip my order",
        "rip amar order", "order died", "my order", "amar order",
        # "no more meds needed": the treatment is over, nobody is "no more" (w27)
        "no more med", "no more medicine", "no more tablet", "no more injection", "no more dose",
        # ... or any of its goods ("no more insulin pens needed", "no more strips") (w40)
        "no more insulin", "no more pen", "no more strip", "no more syrup", "no more refill", "no more need",
        "no more order", "no more stock",
        # ... nor a diet given up ("no more diet food this week, my engagement on fri") (w42)
        "no more diet", "no more junk", "no more fast food", "no more sweets", "no more oily",
        # ... nor a defect gone ("leak fixed, owner confirmed no more water") (w46)
        "no more water", "no more leak", "no more seepage", "no more dripping", "no more problem",
        "no more issue", "no more complain", "no more noise", "no more smell", "no more crack",
    ),
    "vehicle_trouble": (
        # a breakdown of fees or charges ("Sent fee breakdown", "service charge too high, wants
        # breakdown") (w46)
        "fee breakdown", "fees breakdown", "cost breakdown", "price breakdown", "bill breakdown",
        "charge breakdown", "payment breakdown", "wants breakdown", "wants a breakdown", "breakdown of",
        # an invoice's breakdown sent or explained ("asked for Oct invoice breakdown, sent",
        # "Breakdown বুঝিয়ে দিলাম") (w57)
        "invoice breakdown", "invoice er breakdown", "invoice এর breakdown", "breakdown sent", "sent the breakdown",
        "explained the breakdown", "breakdown explained", "breakdown বুঝিয়ে", "breakdown বুঝাই", "breakdown bujhiye",
        "breakdown bujhai", "breakdown পাঠা", "breakdown pathai", "breakdown pathano",
        # a mechanic by trade is no breakdown ("ছেলে নাকি নিজেই মেকানিক, তাই বাইকের পার্টস আলাদা কিনবেন";
        # read one once "পার্টস" hid a breakdown only in its own clause) (w53)
        "নিজেই মেকানিক", "নিজে মেকানিক", "nijei mechanic", "nije mechanic", "is a mechanic",
        "works as a mechanic", "মেকানিকের কাজ করে", "mechanic er kaj kore", "mechanic er kaj kor",
        # their own new garage opening ("nijer notun garage khulse") (w23)
        "notun garage", "নতুন গ্যারেজ", "garage khul", "গ্যারেজ খুল",
        # an irrigation pump that "died" or ran out of fuel is no vehicle's ("পাম্প মরি গেছে কয়,
        # আসলে তেল শেষ আছিল") (w32)
        "পাম্প মরি", "পাম্প মরে", "পাম্প মইরা", "pump mori", "pump more ge", "pump mora", "pump dead",
        "পাম্প ডেড", "শ্যালো মেশিন মর", "shallow machine mor",
        "seat cover", "সিট কভার", "bike parts", "spare", "স্পেয়ার", "chain set",
        "চেইন সেট", "brake$", "ব্রেক$", "helmet", "হেলমেট", "toy car", "খেলনা গাড়ি", "for the car",
        # a remote-control toy car ("RC car dead on arrival": "car dead" folds like "gari dead") (w74)
        "rc car", "remote control car", "rc gari", "remote control gari",
        "car accessories", "tyre price", "টায়ারের দাম", "spark plug",
        "স্পার্ক প্লাগ", "routine", "রুটিন", "মাসিক সার্ভিস", "monthly servicing",
        "regular servicing", "accident guard", "crash guard", "delivery van", "delivery truck", "delivery er gari", "ডেলিভারি ভ্যান",
        "apnader van", "apnader delivery", "আপনাদের ভ্যান", "van carrying", "courier van",
        # a garage or a workshop as the customer, with its order; parts counted as goods ("Chawkbazar
        # garage er ordr", "1 ta gearbox, 2 ta bearing") (w54)
        "garage er ordr", "garage er order", "গ্যারেজের অর্ডার", "workshop er ordr", "workshop er order",
        "ওয়ার্কশপের অর্ডার", "ta gearbox", "টা গিয়ারবক্স", "ta gear box", "টা গিয়ার বক্স",
        "garage er jonno", "গ্যারেজের জন্য", "workshop er jonno", "ওয়ার্কশপের জন্য", "for the garage",
        "for his garage", "for the workshop", "for his workshop",
        # a workshop as a training day ("wants 2 microbus for workshop in Bogura") (w38)
        "for workshop", "for a workshop", "for their workshop", "for the training", "for training",
        # the shop's own workshop, a class the shop holds ("workshop er kotha shune agrohi", "workshop
        # er date ta abar bolben", a tailoring shop's meetup: the thirteenth blind trial)
        "workshop er kotha", "workshop er date", "workshop er tarikh", "workshop er time",
        "workshop e ashbe", "workshop e ashben", "workshop e aste", "workshop e join", "workshop hole",
        "workshop attend", "attend the workshop", "the workshop on", "ওয়ার্কশপের কথা", "ওয়ার্কশপের তারিখ",
        "ওয়ার্কশপে আসবেন", "ওয়ার্কশপে আসবে", "ওয়ার্কশপে আসতে", "ওয়ার্কশপ হলে", "sewing workshop",
        "tailoring workshop", "সেলাই ওয়ার্কশপ", "cooking workshop", "baking workshop",
        # the shop's own van ("Our shop van broke down, so the order will reach late")
        *SHOP_VEHICLE,
        # a generator that will not start; a part the shop supplied that broke ("the motorbike
        # chain we supplied broke after one week"): a complaint about goods, not a breakdown
        "generator", "জেনারেটর", "we supplied", "supplied by us", "we sold", "bought from us",
        # a trolley bag is luggage
        "trolley bag", "ট্রলি ব্যাগ", "luggage",
        # a water tank's float switch (folded, "float" is "flat", as in a flat tyre) (w29)
        "float switch", "ফ্লোট সুইচ", "float valve", "ফ্লোট ভাল্ব", "float ball",
        # a parcel held up by a cyclone signal ("পার্সেল আটকা ছিলো") is no vehicle's (w31)
        "পার্সেল আটকা", "parcel atka", "parcel আটকা",
        # money held up on its way, a remittance, a transfer or a cash-out ("রেমিটেন্সের টাকা তিন দিন
        # ধরে আটকা", "bKash e taka atke ase"), and a traveller held at the airport's immigration
        # ("বিমানবন্দরে আটকাইছিল"): no vehicle's (w110)
        "টাকা আটকা", "টাকা আটকে", "taka atka", "taka atke", "tk atka", "tk atke", "রেমিটেন্স আটকা",
        "রেমিটেন্স আটকে", "remittance atka", "remittance atke", "remittance আটকা", "remittance আটকে",
        "payment atka", "payment atke", "payment আটকা", "payment আটকে", "পেমেন্ট আটকা", "পেমেন্ট আটকে",
        "transfer atka", "transfer atke", "money stuck", "payment stuck", "transfer stuck",
        "remittance stuck", "remittance held", "payment held", "transfer held",
        "বিমানবন্দরে আটক", "এয়ারপোর্টে আটক", "airport e atka", "airport e atke", "airport e atkai",
        "immigration e atka", "immigration e atke", "ইমিগ্রেশনে আটক", "held at the airport",
        "stopped at immigration", "held at immigration",
    ),
    "celebration": (
        # "got the job done" is work finished, not a job got (w20)
        "job done", "got the job done",
        # a job lost: "চাকরি হ" is a job got, but not "চাকরি হারাইছে", "chakri haraise", "lost
        # his job" (w137)
        "চাকরি হারা", "চাকরি হারি", "চাকরি হারায়", "chakri hara", "chakri hari", "job hara", "job hari",
        "lost his job", "lost her job", "lost their job", "lost the job",
        # a new job looked for after losing one ("notun job khujtese", "নতুন চাকরি খুঁজছে") is none
        # got yet (w105)
        "job khuj", "job খুঁজ", "jb khuj", "chakri khuj", "চাকরি খুঁজ", "looking for a job",
        "looking for a new job", "looking for work", "searching for a job",
        # "passed away" (a death), not an exam "passed", when the death is long past and its cue
        # set aside ("his father passed away long ago; paid 1200 tk") (w132)
        "passed away", "passed on$",
        "death anniversary", "মৃত্যুবার্ষিকী", "ডেথ এনিভার্সারি", "ডেথ অ্যানিভার্সারি", "গত মাসে", "last month", "goto mase", "gato mase",
        "গত বছর", "last year", "for his friend", "for her friend", "friend's", "friends son", "friends daughter", "for a friend", "colleague", "কলিগ", "kolig",
        "boss er", "বসের", "bosser", "friend er", "বন্ধুর", "bondhur", "neighbour", "প্রতিবেশী",
        "for a wedding", "biye bari te", "বিয়ের দাওয়াত", "dawat", "invitation", "দাওয়াতে যাবে",
        "for the wedding season", "পরার জন্য", "porar jonno", "to wear", "wearing it",
        "wedding season", "বিয়ের সিজন", "puja", "পূজা", "eid", "ঈদ", "বান্ধবীর", "bandhobir",
        "পাশের বাসা", "pasher basa", "পাশের বাড়ি", "pasher bari", "next door",
        # ... and a guest back from the feast or going to eat at it ("বিয়েতে দাওয়াত খেয়ে ফিরলেন",
        # "biyer dawat khaite gese"), the guest's "dawat" in Bengali script (it folds apart) (w148)
        "দাওয়াত খেয়ে", "দাওয়াত খাইয়া", "দাওয়াত খাইতে", "দাওয়াত খেতে", "dawat kheye", "dawat khaiya",
        "dawat khaite", "dawat khete",
        # ... and written as one word (w135)
        "বিয়েবাড়ি", "biyebari",
        "বিয়ে বাড়ি", "biye bari", "বিয়া বাড়ি", "biya bari", "office party", "অফিস পার্টি", "boss's", "opening hours",
        "opening time", "not for family", "engagement ভেঙে", "biye bhenge", "বিয়ে ভেঙে",
        "at a wedding", "at the wedding", "at her cousin's", "at his cousin's", "at a friend's",
        "বিয়েতে আছেন", "biyete ase", "biye te ase",
        # a greeting the shop sent ("অভিনন্দন বার্তা পেয়ে খুশি"), certificates for a school's prize day
        "অভিনন্দন বার্তা", "শুভেচ্ছা বার্তা", "বার্তা পেয়ে", "বার্তা পাঠা", "greeting sms",
        "certificate", "সার্টিফিকেট", "prize day", "prize giving", "পুরস্কার বিতরণ",
        # a neighbouring village's or a landlord's family day
        "pasher gram", "paser gram", "পাশের গ্রাম", "landlord", "বাড়িওয়ালা", "bariwala",
        # a manager's or staff's wedding ("দোকানের ম্যানেজারের বিয়ে"): not the customer's family
        "ম্যানেজারের", "manager's", "manager er", "কর্মচারীর", "staff er", "স্টাফের", "staff's",
        "peon er", "পিয়নের", "peon's", "driver er meye", "ড্রাইভারের মেয়ে",
        "gone for umrah", "gone for hajj", "went for umrah", "went for hajj", "left for umrah",
        "left for hajj", "umrah e gese", "umrah te gese", "hajj e gese", "ওমরায় গেছেন", "ওমরাহ করতে গেছেন",
        "হজ্জে গেছেন", "হজে গেছেন", "হজ্জ করতে গেছেন", "হজ করতে গেছেন",
        "abroad for umrah", "abroad for hajj", "in saudi for umrah", "is on umrah", "is on hajj",
        # ("Cust on umrah, back in country on 5th") (w40)
        "on umrah$", "on hajj$",
        "away for umrah", "away for hajj", "যাচ্ছেন umrah", "যাইতেছেন umrah", "umrah e jacch", "umrah te jacch", "ওমরায় যাচ্ছ",
        "ওমরাহ করতে যাচ্ছ", "going for umrah", "leaving for umrah", "was at wedding", "was at a wedding",
        # a teddy bear (বিয়ার folds like "biya", a wedding); a wedding or engagement called off (w18)
        "teddy bear", "টেডি বিয়ার", "teddy বিয়ার", "tedi biyar", "টেডি bear",
        "engagement cancel", "biye cancel", "wedding cancel", "বিয়ে ক্যান্সেল", "বিয়ে বাতিল",
        "biye batil", "engagement batil", "এনগেজমেন্ট বাতিল", "engagement ক্যান্সেল",
        # ... the engagement in its Bengali word too ("বাগদান ভেঙে গেছে") (w120)
        "বাগদান বাতিল", "বাগদান ভেঙে", "bagdan batil", "bagdan bhenge", "bagdan venge",
        # ... or put off ("ভাগ্নির বিয়া পিছাইছে", "the wedding got postponed to next year"); the
        # staff's own shop's anniversary or opening ("amader dokaner 10 bochor purti, dawat dilam";
        # "দোকানের ১০ বছর পূর্তি" alone is the customer's) (w96)
        "বিয়া পিছা", "বিয়ে পিছা", "বিয়ে পিছিয়ে", "বিয়া পিছাই", "biye pichai", "biya pichai",
        "biye pichiye", "biye postpone", "biya postpone", "বিয়ে স্থগিত", "বিয়া স্থগিত",
        "wedding postponed", "wedding got postponed", "wedding was postponed", "wedding is postponed",
        "wedding has been postponed", "wedding's postponed", "engagement postponed",
        "amader dokaner", "amader dokan er", "amader shop er", "আমাদের দোকানের", "our shop's",
        "reception desk", "রিসিপশন ডেস্ক",
        # the greeting to write on a cake or a card ('উপরে নাম লিখতে হবে "Happy Birthday Nabil"'):
        # what it says, not whose day it is (a family word in another clause still is) (w38)
        "লিখতে হবে happy birthday", "likhte hobe happy birthday", "লিখতে হবে হ্যাপি বার্থডে",
        "write happy birthday", "writing happy birthday", "happy birthday written",
        # a shop's promotion, goods for a pilgrimage
        "promotion offer", "promotional", "প্রমোশনাল", "প্রমোশন অফার", "umrah bag", "hajj bag",
        "ওমরাহ ব্যাগ", "হজ্জ ব্যাগ", "হজ ব্যাগ", "ihram", "ehram", "এহরাম", "ইহরাম",
        # a supervisor's family's day (as a manager's); a gaye holud the customer is at (busy);
        # a henna night's placards and photo-booth props (goods); the customer now buying from a
        # new shop (an owner's trial: "notun dokan theke nicche ekhon", a customer lost, no
        # opening) (w31)
        "supervisor er", "supervisor's", "সুপারভাইজারের", "supervisorer", "at a gaye holud",
        "at the gaye holud", *BUSY_AT_DAY,
        "placard", "প্ল্যাকার্ড", "photo booth", "ফটো বুথ",
        "notun dokan theke", "নতুন দোকান থেকে", "notun dokan thika", "নতুন দোকান থিকা",
        "new shop theke", "from a new shop", "from the new shop", "from another shop",
        "onno dokan theke", "অন্য দোকান থেকে", "buying elsewhere", "buys elsewhere",
        # ... or goods sourced from someone's new factory ("Rana bhai er notun factory theke order
        # nibo") (w68)
        "notun factory theke", "নতুন কারখানা থেকে", "নতুন ফ্যাক্টরি থেকে", "new factory theke",
        # a decorator's work: the flowers for a wedding hall he decorates are his trade (w39)
        "decorator", "ডেকোরেটর", "he decorates", "she decorates", "they decorate", "decoration er kaj",
        "ডেকোরেশনের কাজ", "decoration এর কাজ",
        # a travel agency's pilgrimages for sale: a package, a visa, a group, a deposit, papers
        # for one ("Umrah pkg brochure sent", "ওমরাহর জন্য পাসপোর্ট জমা", "Hajj pre-reg docs
        # pending"; back from one stays a celebration) (w42)
        "umrah pkg", "umrah package", "umrah visa", "umrah group", "umrah ticket", "umrah booking",
        "umrah deposit", "umrah er jonno", "umrah r jonno", "umrah এর জন্য", "for umrah",
        "ওমরাহ প্যাকেজ", "ওমরাহর প্যাকেজ", "ওমরাহ ভিসা", "ওমরাহর ভিসা", "ওমরাহ টিকিট", "ওমরাহর জন্য",
        "ওমরাহ গ্রুপ", "hajj pkg", "hajj package", "hajj visa", "hajj pre reg", "hajj pre-reg",
        "hajj registration", "hajj pre-registration", "hajj pre registration", "hajj er jonno",
        "হজ্জ প্যাকেজ", "হজ প্যাকেজ", "হজ্জের জন্য", "হজের জন্য", "হজ নিবন্ধন", "হজ্জ নিবন্ধন",
    ),
    "complaint": (
        # an old number or SIM given up for a new one no longer works ("নাম্বার বদলাইছে, পুরান
        # নাম্বার আর চলে না", "puran sim ta ar chole na"): the customer's own change, no shop's
        # goods failing (w143)
        "পুরান নাম্বার আর চলে না", "পুরান নাম্বার চলে না", "পুরানো নাম্বার আর চলে না", "পুরানো নম্বর আর চলে না",
        "পুরানো নম্বর চলে না", "পুরান নম্বর আর চলে না", "পুরানটা আর চলে না", "পুরানোটা আর চলে না",
        "পুরান সিম আর চলে না", "পুরান সিমটা আর চলে না", "puran number ar chole na", "puran number chole na",
        "purano number ar chole na", "puran nombor ar chole na", "puranta ar chole na", "puran sim ar chole na",
        "puran sim ta ar chole na", "old number ar chole na",
        # a hoarse voice ("গলা ভাঙা শুনাইল", "gola bhanga lagse") is no broken goods (w72)
        "গলা ভাঙা", "গলা ভাঙ্গা", "gola bhanga", "gola vanga", "golar swor bhanga",
        # ... or a voice gone (বসে গেছে, as a sagging sofa's) ("গলা বসে গেছে") (w109)
        "গলা বসে", "গলা বইসা", "gola bose", "gola boise",
        # ... nor a line breaking up on a call ("voice ভাঙ্গা ভাঙ্গা, কাল try করবো": busy) (w107)
        "voice ভাঙ্গা ভাঙ্গা", "voice ভাঙা ভাঙা", "voice bhanga bhanga", "voice vanga vanga",
        "কথা ভাঙ্গা ভাঙ্গা", "কথা ভাঙা ভাঙা", "kotha bhanga bhanga", "kotha vanga vanga",
        # something of the shop's taken home by mistake, to be brought back ("driving seat এর
        # cushion ভুলে নিয়ে গেছেন, ফেরত দিবেন"): no wrong goods given (w56)
        "ভুলে নিয়ে গেছ", "ভুল করে নিয়ে গেছ", "bhule niye gese", "vule niye gese", "bhule niye geche",
        "took it by mistake", "taken by mistake", "took by mistake",
        "no complaint", "kono complaint",
        # a return offered on a condition ("দই এর সরা ফেরত দিলে ১০ টাকা কম") (w44)
        "ফেরত দিলে", "ferot dile", "ফেরত দেন তাহলে", "return korle", "return করলে",
        # a sweet shop's pots and crates coming back empty ("doi er hari ferot dibe porer bar") (w53)
        "hari ferot", "হাঁড়ি ফেরত", "হাড়ি ফেরত", "handi ferot", "crate ferot", "ক্রেট ফেরত",
        "খালি হাঁড়ি", "khali hari",
        # a second copy of a lost receipt ("rashid hariye gese, duplicate রশিদ চাইলা") is no fake (w34)
        "duplicate রশিদ", "duplicate rashid", "duplicate receipt", "duplicate copy", "duplicate bill",
        "duplicate memo", "ডুপ্লিকেট রশিদ", "ডুপ্লিকেট মেমো", "রশিদের ডুপ্লিকেট", "rashid er duplicate",
        # nothing worth complaining of: "অভিযোগ করার মতো কিছু নাই"
        "অভিযোগ করার মতো কিছু", "অভিযোগ করার কিছু", "obhijog korar moto kichu", "obhijog korar kichu",
        "complain korar moto kichu", "complain korar kichu", "nothing to complain",
        "return gift", "চেঞ্জ দিয়েছি", "money back guarantee", "ঘানি", "ghani", "network",
        "নেটওয়ার্ক", "policy", "পলিসি", "bata$", "বাজেট", "budget",
        "wrong number", "রং নাম্বার", "vul number",
        # a customer who buys again (w28)
        "returning customer", "returning client", "returning buyer",
        # the way back of a journey ("return tkt same din e pabe?", "ফিরতি টিকিট"), no goods
        # returned (w74)
        "return tkt", "return ticket", "return tiket", "return trip", "return journey", "return flight",
        "রিটার্ন টিকিট", "ফিরতি টিকিট",
        "dead stock", "dead simple", "exchange offer", "এক্সচেঞ্জ অফার", "engagement ভেঙে",
        # a jeweller's trade of old gold for new ("পুরান সোনা exchange করে নতুন চুড়ি") (w82)
        "সোনা exchange", "sona exchange", "সোনা এক্সচেঞ্জ", "gold exchange", "exchange the old gold",
        # a puja's, a shraddho's or a wedding's list of goods, its ফর্দ (folded like "fraud": "শ্রাদ্ধের
        # ফর্দ পরশু দিবে") (w82)
        "ফর্দ দি", "ফর্দ পাঠা", "ফর্দ অনুযায়ী", "ফর্দ মিলিয়ে", "ফর্দ মতো", "ফর্দের", "পূজার ফর্দ",
        "শ্রাদ্ধের ফর্দ", "বিয়ের ফর্দ", "fordo dibe", "fordo pathabe", "puja r fordo", "pujar fordo",
        # unsold goods in Bengali script ("ডেড স্টকের কভার ৯৯ টাকায়", "তেল ডেড স্টক হইয়া আছে") (w70)
        "ডেড স্টক", "dead stok", "ded stock",
        "biye bhenge", "বিয়ে ভেঙে", "engagement bhenge",
        # a court hearing of the customer's own case (মামলার হাজিরা), back from Hajj
        "মামলার হাজিরা", "mamlar hajira", "কোর্টে হাজিরা", "hajj return", "umrah return",
        "returned from hajj", "returned from umrah", "back from hajj",
        # a misfortune of the customer's own, no quarrel with the shop: a land case in court (জমির
        # মামলা, মামলার তারিখ), a bKash fraud call or an agent's, a refund sought at a bKash centre,
        # land a landowner wants back (a bKash office also mends a PIN: "Bkash office e giye thik
        # hoye gese", w79's, stays an over complaint) (w105)
        "জমির মামলা", "জমি নিয়ে মামলা", "জমি নিয়া মামলা", "jomir mamla", "jomi niye mamla",
        "jomi niya mamla", "মামলার তারিখ", "mamlar tarikh", "মামলা হইছে", "মামলা হয়েছে",
        "mamla hoise", "mamla hoyeche", "মামলা চলছে", "মামলা চলতেছে", "mamla cholche", "mamla choltese",
        "land case", "land dispute", "land issue", "court case",
        "bkash fraud", "bkash e fraud", "bkash এ fraud", "বিকাশে fraud", "বিকাশ fraud", "nagad fraud",
        "fraud call", "ফ্রড কল", "agent fraud", "fake agent", "বিকাশ প্রতারক", "bkash protarok",
        "bkash center", "bkash centre", "বিকাশ সেন্টার",
        "জমি ফেরত", "jomi ferot", "জমি ফিরত",
        "engagement cancel", "biye cancel", "wedding cancel", "বিয়ে ক্যান্সেল", "বিয়ে বাতিল",
        "biye batil", "engagement batil", "এনগেজমেন্ট বাতিল", "engagement ক্যান্সেল",
        # ... the engagement in its Bengali word too ("বাগদান ভেঙে গেছে") (w120)
        "বাগদান বাতিল", "বাগদান ভেঙে", "bagdan batil", "bagdan bhenge", "bagdan venge",
        # a repair shop's estimate or the parts' price for a fault brought in ("Motherboard e short,
        # IC change lagbe, 2500 tk estimate", "3 ta key kaj kore na, parts er dam 4200"): a job quoted,
        # not the shop's goods gone wrong (w26, w30 and w60 alike); not over the estimate (OWN_LOOKALIKES)
        "estimate", "এস্টিমেট", "parts er dam", "parts er daam", "পার্টস এর দাম", "পার্টসের দাম",
        # ... a burnt motor rewound, a drive's data recovered: the workshop's jobs ("Motor burnt,
        # rewinding 1,800", "dead SSD er data recovery") (w70)
        "rewinding", "রিওয়াইন্ডিং", "রিউইন্ডিং", "data recovery", "ডাটা রিকভারি", "ডেটা রিকভারি",
        # a spare ordered for a device that is worn, not faulty ("Replacement cuff for old Omron",
        # "nebuliser er replacement mask", "replacement filter 2 ta") (w65)
        "replacement cuff", "replacement mask", "replacement filter", "replacement strap",
        "replacement tube", "replacement part", "replacement parts",
    ),
    "busy": (
        "ব্যস্ত নন", "ব্যস্ত না$", "busy na$", "not busy", "besto na$", "জায়নামাজ", "jaynamaz", "jaynamaj", "prayer mat", "টুপি", "tupi", "for the mosque",
        "মসজিদের জন্য", "mosjid er jonno", "office er jonno", "অফিসের জন্য", "for office",
        "for the office",
        # a guardians' or parents' meeting the school or coaching centre holds, not the customer in a
        # meeting ("next week guardian meeting, tokhon abar call diye remind korbo") (w52)
        "guardian meeting", "guardians meeting", "guardian's meeting", "parents meeting", "parent meeting",
        "parents' meeting", "parent-teacher meeting", "অভিভাবক সভা", "অভিভাবক মিটিং", "গার্ডিয়ান মিটিং",
        "abhibhabok meeting",
        # the writer's own leave ("i am on leave till Sunday, Rafiq will call"), not the customer's (w122)
        "i am on leave", "i'm on leave", "im on leave", "i will be on leave", "i was on leave",
        # বিজিবি (the border guard, BGB) begins like বিজি (busy)
        "বিজিবি", "bgb$",
        # an office's or a school's network as a job ("Network survey at the school done, 48 nodes"):
        # no network where the customer is (w51)
        "network survey", "network design", "network setup", "network set up", "network cabling",
        "network installation", "network install", "network point", "network points", "network switch",
        "network rack", "network er kaj", "network এর কাজ",
        # no call back wanted ("Said no need to call back, phone is working fine now") (w30)
        "no need to call", "no need for a call", "need not call", "no call back needed",
        "doesn't need a call", "does not need a call", "dont need a call", "don't need a call",
        # a visiting card is the shop's, not a visit keeping the customer busy (w56)
        "visiting card", "ভিজিটিং কার্ড",
        # guests still to come, for whom the order is ("বাসায় মেহমান আসবে, ৫ কেজি মিষ্টি") (w130)
        "মেহমান আসবে", "মেহমান আসবেন", "mehman ashbe", "mehman asbe",
        "mehman er jonno", "মেহমানের জন্য", "guest ashbe", "guests are coming", "guests coming",
    ),
}

# The shop's own marketing, anywhere in the note: a "Happy Birthday" coupon sent to all customers,
# "Congrats" to a giveaway winner, "Congrats on 25 years with us!" is no customer's celebration
# (a family's own day, "মেয়ের বিয়ে", still is). Not "follower": it folds like "flowers".
MARKETING: tuple[str, ...] = (
    "giveaway", "give away", "coupon", "কুপন", "voucher", "ভাউচার",
    "post boost", "boost kora", "বুস্ট করা", "to all customers", "all customers", "all our customers",
    "sob customer ke", "সব কাস্টমারকে", "loyal buyers", "loyal customers", "years with us",
    "bulk sms", "anniversary sms", "shop anniversary", "shop's anniversary", "দোকানের বর্ষপূর্তি",
    "on our page", "amader page e", "আমাদের পেজে",
)

# Verbs of bringing the news: a neighbour, a death's look-alike, right before one only told it
# ("পাশের বাড়ির ছেলে খবর দিল: ...", "neighbour brought the news") (w103)
BROUGHT_NEWS: tuple[str, ...] = (
    "খবর দিল", "খবর দিলো", "খবর দিলেন", "খবর দিছে", "খবর দিছেন", "খবর দিয়েছে", "খবর দিয়েছেন", "খবর দিয়ে গেল",
    "খবর নিয়ে আসছে", "khobor dilo", "khobor dilen", "khobor dise", "khobor dice", "khobor diye gelo",
    "khobor niye ashse", "khobor niye asche", "brought the news", "came with the news", "gave the news",
)

# Words that undo a kind's note-wide look-alikes: a delivery van is the shop's (a late delivery is
# a complaint) unless the note says it is the customer's own ("His delivery van got stuck in mud",
# "ওনার দোকানের ডেলিভারি ভ্যান নষ্ট").
OWN_LOOKALIKES: dict[str, tuple[str, ...]] = {
    # a woman in labour is no parcel's delivery, whoever the note's "rider" is ("Rider Kamal's wife
    # is in labour", "Rider Sohel বললো wife labour pain নিয়ে hospital এ": a ride-share biker) (w45)
    "newborn": ("in labour", "in labor", "labour pain", "labor pain", "লেবার পেইন", "lebar pain", "প্রসব বেদনা",
                # ... or in the labour room ("rider bolse sir er bou labour room e, box nibe na") (w52)
                # (not "লেবার রুমের জন্য", goods for a clinic's labour room)
                "labour room e$", "labor room e$", "লেবার রুমে$", "delivery room e$", "ডেলিভারি রুমে$",
                "in the labour room", "in labour room"),
    "vehicle_trouble": (
        "his delivery", "her delivery", "their delivery", "onar delivery", "unar delivery",
        "tar delivery", "nijer delivery", "ওনার ডেলিভারি", "উনার ডেলিভারি", "তার ডেলিভারি",
        "নিজের ডেলিভারি", "ওনার দোকানের ডেলিভারি", "উনার দোকানের ডেলিভারি", "customer er delivery",
        # the note says the van is not the shop's ("rickshaw van carrying her furniture broke down
        # ... not our dlvry") (w22)
        "not our dlvry", "not our delivery", "not our van", "amader delivery na",
        # the parts a repair waits for, not parts ordered ("বাইকের ইঞ্জিন ওভারহিট, ৪ দিন পর পার্টস
        # আসবে", "workshop বলসে parts আসতে 3 din লাগবে") (w45)
        "পার্টস আসবে", "পার্টস আসতে", "পার্টস আসতি", "পার্টস আসলে", "parts asbe", "parts ashbe", "parts ashte",
        "parts aste", "parts ashle", "parts asle",
        # the spare tyre put on after a flat, the customer's own, not spares sold ("Flat tyre হইছিল,
        # spare লাগাইয়া চলে গেছে") (w136)
        "spare laga", "spare লাগা", "স্পেয়ার লাগা", "spare tyre laga", "spare chaka laga", "স্পেয়ার চাকা লাগা",
        "put on the spare", "put the spare on", "changed to the spare", "fitted the spare",
    ),
    # a doctor's chamber or ward duty is a job, but "down with fever", "dengue positive" tell of a
    # person ill ("Dr. Rahat himself down w/ viral fever, chamber off till Sat") (w29)
    # a bill over the estimate given, the parts' price overcharged, are the shop's fault again
    # ("estimate er theke beshi bill nise", "পার্টসের দাম বেশি নেওয়া হয়েছে") (w60)
    "complaint": (
        "estimate er theke beshi", "estimate theke beshi", "estimate er cheye beshi", "more than the estimate",
        "over the estimate", "above the estimate", "এস্টিমেটের চেয়ে বেশি", "এস্টিমেটের থেকে বেশি",
        "দাম বেশি", "dam beshi", "dam besi", "daam beshi", "beshi nise", "beshi nilo", "বেশি নিছে",
        "বেশি নেওয়া", "বেশি নিয়েছে", "overcharg",
    ),
    "illness": (
        "down with", "down w/", "dengue positive", "ডেঙ্গু পজিটিভ", "covid positive", "কোভিড পজিটিভ",
    ),
    # clothes to wear to the office are for the customer's own new job ("নতুন চাকরি হয়েছে ... অফিসে
    # পরার জন্য শাড়ি লাগবে"), not a guest's outfit (w29)
    "celebration": (
        "অফিসে পরার", "office e porar", "office e pore jawar", "অফিসে পরে যাওয়ার", "to wear to office",
        "to wear to work", "to wear at work",
    ),
}

# Look-alikes that cancel a cue only in their own clause: baby goods are what a shop sells, and
# ordering them says nothing of a birth, but a note may order them and tell of one ("নতুন বাবুর জন্য
# ডায়াপার চাইলেন, মেয়ের ঘরে নাতি হইছে", "mother of twins ... Wants baby food list").
# Seen or read in the news: a crash or an outbreak told of the world, nobody the customer's ("নিউজে
# truck accident দেখে চিন্তায় ছিলেন, ওনার নিজের truck ঠিক আছে"), in its own clause only (w83)
IN_THE_NEWS: tuple[str, ...] = (
    "নিউজে", "নিউজে দেখ", "খবরে দেখ", "টিভিতে দেখ", "পত্রিকায়", "news e", "newse", "news a dekh",
    "khobore dekh", "tv te dekh", "potrikay", "on the news", "in the news", "saw on tv", "saw on the news",
    # ... or seen on the road ("রাস্তায় একটা bike accident দেখে দেরি করে আসলেন", "saw a bad truck
    # accident on the highway, he is fine"): the crash and its hurt are strangers' (w93)
    "accident দেখে", "accident dekhe", "accident dekhse", "accident দেখছে", "এক্সিডেন্ট দেখে",
    "এক্সিডেন্ট দেখছে", "দুর্ঘটনা দেখে", "saw an accident", "saw a bad", "saw a road accident",
    "saw a bike accident", "saw a truck accident", "saw a car accident", "saw a bus accident",
    "witnessed an accident", "witnessed a",
)
# Strangers counted in a hartal's or a clash's news: "২ জন নিহত", "3 jon ahoto", "people were
# killed" are the day's toll, no one of the customer's, in their own clause only ("ভাই সংঘর্ষে
# নিহত" names whose death it is) (w113)
COUNTED: tuple[str, ...] = (
    "জন নিহত", "jon nihoto", "জনের মৃত্যু", "joner mrittu", "জন মারা", "jon mara", "জন আহত", "jon ahoto",
    "জন গুলিবিদ্ধ", "jon gulibiddho", "people were killed", "people killed", "people died", "people dead",
    "people were injured", "people injured", "people hurt", "হতাহত", "hotahoto", "casualties",
)
# Last year, this time or this day, or last year's accident: an event long over told as the
# background of one now ("gotobochor ei somoy ICU te chilo", "গত বছর যে মেয়ের অসুখ নিয়ে টেনশন
# ছিল"), in its own clause only; not "last year" alone, so a fever like last year's, again now
# ("gotobochor er moto abar jor"), still counts (w132)
LAST_YEAR: tuple[str, ...] = (
    *(f"{year} {when}" for year in ("gotobochor", "goto bochor", "gato bochor", "gotobosor")
      for when in ("ei somoy", "ei shomoy", "ei din", "accident", "bike accident", "je", "jokhon")),
    *(f"{year} {when}" for year in ("গত বছর", "গতবছর")
      for when in ("এই সময়", "এই দিনে", "এই দিন", "এক্সিডেন্ট", "accident", "যে", "যখন")),
    "this time last year", "last year this time", "last year around this time", "around this time last year",
    "this day last year", "last year's accident", "accident last year",
)
CLAUSE_ONLY_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "bereavement": COUNTED,
    # a scholarship exam still to sit is no scholarship won ("20 tarikh e scholarship exam"); in its
    # own clause only ("scholarship exam dise, first hoise" is still a prize) (w52)
    "celebration": (
        "scholarship exam", "scholarship porikkha", "scholarship পরীক্ষা", "স্কলারশিপ পরীক্ষা",
        "বৃত্তি পরীক্ষা", "britti porikkha", "britti porikkha",
        # the BCS studied for or its books bought, no cadre won ("bcs written er jonno 2ta boi",
        # "বিসিএস রিটেন পরীক্ষার পড়া চলছে"); in its own clause only (w109)
        "bcs er jonno", "bcs written er jonno", "bcs preli er jonno", "for bcs", "for the bcs",
        "bcs preparation", "bcs prep", "bcs guide", "bcs er boi", "bcs er pora", "বিসিএসের জন্য",
        "বিসিএস এর জন্য", "বিসিএসের প্রস্তুতি", "বিসিএস প্রস্তুতি", "বিসিএস গাইড", "বিসিএসের বই",
        "বিসিএসের পড়া", "বিসিএস রিটেন পরীক্ষার পড়া", "বিসিএস পরীক্ষার পড়া", "বিসিএস প্রিলি পরীক্ষার পড়া",
        # a Hajj group's leader buying ihram sets for the pilgrims is a customer's trade, not a Hajj
        # done ("Hajj group leader, needs 40 ihram sets": ihram alone is one already) (w56)
        "hajj group", "haj group", "হজ গ্রুপ", "হজ্জ গ্রুপ", "hajj agency",
        # the shop's own birthday or anniversary offer asked about ("birthday offer e 10% off ache?"),
        # no one's day; in its own clause only ("meyer birthday, offer e cake nilo" is still one);
        # not "birthday discount", a customer's own day asked a discount for ("nijer birthday aaj 🎂
        # discount chailo", dbn, w18) (w70)
        "birthday offer", "bday offer", "b'day offer", "বার্থডে অফার", "জন্মদিন অফার", "জন্মদিনের অফার",
        "anniversary offer", "এনিভার্সারি অফার",
    ),
    "newborn": (
        # a birth of last year, a child's first birthday now ("ছেলের প্রথম জন্মদিন শুক্রবার, গত বছর
        # এই সময়েই সিজার হয়েছিল") (w132)
        *LAST_YEAR,
        "baby food", "বেবি ফুড", "diaper", "ডায়াপার", "baby dress", "বেবি ড্রেস", "cerelac",
        "সেরেলাক", "baby shop", "toy", "খেলনা",
        # goods for a newborn ("নবজাতকের জন্য জামা", "newborn er jonno kichu na") (w20)
        "নবজাতকের জন্য", "newborn er jonno", "newborn er jnno", "for newborn", "for a newborn",
        # someone else's newborn ("a baby cot for her friend's newborn") (w24)
        "friend's newborn", "friends newborn", "colleague's newborn", "neighbour's newborn",
        "neighbor's newborn", "bondhur newborn", "বন্ধুর নবজাতক", "বান্ধবীর নবজাতক",
        "for the newborn", "newborn size", "নবজাতক সাইজ", "newborn সাইজ",
        # the shop's parcel, voice-typed with no comma ("ডেলিভারি হয়েছে গতকাল প্রোডাক্ট ভালো আছে")
        "প্রোডাক্ট", "product", "আইটেম", "item$", "items$",
        # the fish, feed or fry delivered, named next to the word ("ডেলিভারি হইছে ইলিশ", "পোনা
        # ডেলিভারি হইছে"; not "নাতি হইছে ... দুই কেজি রসমালাই পাঠায় দেন", goods after a birth told) (w32)
        "পোনা ডেলিভারি", "pona delivery", "ফিড ডেলিভারি", "ফিডের ডেলিভারি", "feed delivery", "feed er delivery",
        "ইলিশ ডেলিভারি", "ilish delivery", "মাছ ডেলিভারি", "mach delivery", "fish delivery",
        "ডেলিভারি হইছে ইলিশ", "ডেলিভারি হয়েছে ইলিশ", "delivery hoise ilish", "ডেলিভারি হইছে পোনা",
        "ডেলিভারি হয়েছে পোনা", "delivery hoise pona", "ডেলিভারি হইছে ফিড", "delivery hoise feed",
        # "as an uncle, a father" begins like "became an uncle, a father" (মামা হইছেন folds to begin
        # মামা হিসেবে: "মামা হিসেবে উনিই দেখাশোনা করছেন") (w56)
        "মামা হিসেবে", "mama hisebe", "মামা হিসাবে", "mama hisabe", "চাচা হিসেবে", "chacha hisebe",
        "বাবা হিসেবে", "baba hisebe", "বাবা হিসাবে", "baba hisabe", "মা হিসেবে", "ma hisebe",
        "নানা হিসেবে", "nana hisebe", "নানি হিসেবে", "nani hisebe",
        # ... as a daughter or a son ("মেয়ে হিসেবে উনি একাই সব সামলাচ্ছেন": মেয়ে হইছে folds to begin it) (w58)
        "মেয়ে হিসেবে", "meye hisebe", "মেয়ে হিসাবে", "meye hisabe", "ছেলে হিসেবে", "chele hisebe",
        "ছেলে হিসাবে", "chele hisabe",
    ),
    # a thermometer bought says nothing of a fever, but a note may tell of one too ("baby had
    # vaccine fever yesterday, wants thermometer anyway")
    "illness": ("thermometer", "থার্মোমিটার", *IN_THE_NEWS, *COUNTED,
        # an injury of long ago told as the reason for a purchase ("pa bhangse 5 bochor age
        # scaffolding theke pore, tai safety belt nibe", "tar pa bhangse chotobelay"), in its own
        # clause only ("5 bochor age operation, ekhon abar betha": the pain now stands) (w93)
        "bochor age", "বছর আগে", "years ago", "year ago", "chotobelay", "ছোটবেলায়", "as a child",
        "in childhood",
        # ... or last year, this time last year, set beside a birthday or an order now ("gotobochor
        # ei somoy dengue te hospital e chilo, ebar boro kore korbe", "গত বছর যে মেয়ের অসুখ নিয়ে
        # টেনশন ছিল, সেই মেয়ের এবার বিয়ে"), in its own clause only (w132)
        *LAST_YEAR,
        # a pupil's nerves before an exam, no fever ("chhotar exam fever, result er pore kinbe"), in
        # its own clause only ("exam fever na, sotti jor, 102": a fever told apart stands) (w73)
        "exam fever", "exam er fever", "pre-exam fever", "এক্সাম ফিভার", "পরীক্ষার ফিভার",
        # a machine's "heart attack", a joke for its breakdown ("pump er heart attack hoise 😂 bearing
        # jam"), in its own clause (w70)
        "pump er heart attack", "motor er heart attack", "engine er heart attack", "machine er heart attack",
        "পাম্পের হার্ট অ্যাটাক", "মোটরের হার্ট অ্যাটাক", "মেশিনের হার্ট অ্যাটাক", "pump's heart attack",
        # a machine's operation shown or taught ("harvester er operation dekhabo", "operation
        # shikhiye dilam", "operation manual"), in its own clause: no surgery (w70)
        "operation dekha", "operation dekhai", "operation shikha", "operation shekha", "operation manual",
        "operation demo", "অপারেশন দেখা", "অপারেশন শিখা", "অপারেশন শেখা", "machine operation",
        "মেশিন অপারেশন", "operation of the", "how to operate",
        # fish dying in Chatgaiya's মরি ("পুকুরে মাছ মরি ভাসের"): মরি folds like an MRI (w61)
        "মাছ মরি", "মরি ভাস", "মরি যার", "mach mori", "mori bhas",
        # a cream for a skin condition ordered, not the condition told ("abbu r eczema cream 2 ta
        # nibe"; not "eczema flare up hoisilo", its own clause) (w55)
        "eczema cream", "eczema er cream", "eczema lotion", "eczema er lotion", "একজিমার ক্রিম",
        "একজিমার লোশন", "for eczema", "eczema prone", "eczema-prone",
        # a zipper's teeth broken are goods, not a person's (a garment accessories supplier) (w40)
        "zipper teeth", "zipper er teeth", "zipper's teeth", "zip teeth", "teeth of the zip",
        "chain teeth", "জিপারের দাঁত", "চেইনের দাঁত",
        # admitted to a coaching centre or a school, not a hospital ("choto chele ke o admit korabe
        # coaching e"); seeing a patient at the hospital, as a visitor or a doctor ("হাসপাতালে এক রোগী
        # দেখতে গেছেন") (w36)
        "admit korabe coaching", "admit korbe coaching", "coaching e admit", "coaching e bhorti",
        "coaching e vorti", "কোচিংয়ে ভর্তি", "কোচিং এ ভর্তি", "school e admit", "school e bhorti",
        "school e vorti", "স্কুলে ভর্তি", "batch e admit", "batch e bhorti", "ব্যাচে ভর্তি",
        "admit to the coaching", "admitted to the coaching", "admit in coaching", "admission in coaching",
        # enrolled with the centre itself ("choto bon ke amader kache bhorti korabe"); an exam's admit
        # card ("admit card late dise", "এডমিট কার্ড পায় নাই") (w52)
        "amader kache bhorti", "amader kase bhorti", "amader kache admit", "আমাদের কাছে ভর্তি",
        "amader coaching e", "আমাদের কোচিংয়ে", "admit card", "এডমিট কার্ড", "অ্যাডমিট কার্ড",
        "রোগী দেখতে", "rogi dekhte", "patient dekhte", "visiting a patient", "to see a patient",
        # a storm (ঝড়) folds like a fever (জ্বর): its rain and wind; "জোর গলায়" (loudly, firmly)
        # folds like fever too ("ঝড়ের পানিতে বাইক ডুবছে", "jor gola te bolse chal ta darun") (w41)
        "ঝড়ের পানি", "ঝড় বৃষ্টি", "ঝড়বৃষ্টি", "ঝড় তুফান", "ঝড়ের বাতাস", "jhor bristi", "jhorer pani",
        # ... and what a storm does to a roof, a tree or a boat, and the time before or after it
        # ("ঝড়ে চাল উড়ে গেছে", "jhor e nouka dube gese", "jhor er pore generator bikri bere gese");
        # whole words where a fever's would start the same ("জ্বরে গ্যাস্ট্রিক", "jore saline"); not
        # the house, "ঝড়ে ঘর" folds as "জ্বরে ঘর থেকে বের হয় না" (w89)
        "ঝড়ে চাল$", "ঝড়ে চালা", "ঝড়ে টিনের চাল", "ঝড়ে গাছ$", "ঝড়ে গাছপালা", "ঝড়ে নৌকা", "ঝড়ে ট্রলার",
        "ঝড়ে উড়ে", "ঝড়ে উড়া", "ঝড়ে উইড়া",
        "jhor e chal$", "jhor e gach$", "jhor e nouka", "jhor e nowka", "jhor e trawler", "jhor e ure",
        "jhore ure",
        "ঝড়ের পরে", "ঝড়ের পর$", "ঝড়ের আগে", "ঝড় আসার আগে", "ঝড়ের সিগন্যাল", "jhor er pore",
        "jhorer pore", "jhor er por$", "jhor er age", "jhorer age", "jhor er signal",
        "জোর গলায়", "jor golay", "jor gola te", "jor galay",
        # ... and জোর করে (by force, insisting: "jor kore kisti nite bolo nai keu") (w76)
        "জোর করে", "জোর কইরা", "জোর করছ", "জোর দিয়ে", "jor kore", "jor koira", "jor korse", "jor korche",
        "jor diye",
                # Rangpuri মরি (died) folds like an MRI: "পাম্প মরি গেছে" is no scan (w32)
                "মরি গে", "মরি গি", "mori ge", "mori gi",
                # an optical shop's lens cut and fitted ("লেন্স কাটিং অপারেশন শেষ", "the lens
                # fitting, nothing medical") (w33)
                "lens cutting", "লেন্স কাটিং", "lens kata", "লেন্স কাটা", "lens fitting", "লেন্স ফিটিং",
                "lens fit", "nothing medical",
                # a place (Oxygen মোড় in Chattogram, a bypass road), equipment sold: a flow
                # meter, a cylinder refilled, a hospital bed's lever (w23)
                "oxygen more", "oxygen mor$", "অক্সিজেন মোড়", "bypass e$", "bypass road", "বাইপাস রোড",
                "বাইপাসে", "flow meter", "ফ্লো মিটার", "cylinder refill", "সিলিন্ডার রিফিল",
                # ... the goods sent by the bypass road ("নওগাঁ বাইপাস দিয়া পাঠাতে হবে"; not "বাইপাস
                # দিয়েছে") (w153)
                "বাইপাস দিয়া$", "বাইপাস দিয়ে$", "বাইপাস হয়ে$", "bypass diye$", "bypass dia$", "bypass diya$",
                "via the bypass", "via bypass",
                "hospital bed er", "hospital bed ta", "হাসপাতালের বেডের", "হসপিটাল বেডের",
                # masks bought for a chamber, a school; not "admitted with pneumonia. Needs a
                # nebulizer mask"
                "মাস্ক", "mask",
                # a medicine box (a shelf) on the order, not "ছোট ভাইয়ের typhoid, medicine box order" (w18)
                "medicine box", "ওষুধের বাক্স", "মেডিসিন বক্স",
                # a place named after a hospital ("hospital road er shop theke order")
                "hospital road", "হাসপাতাল রোড", "hospital more", "হাসপাতাল মোড়", "medical more",
                "মেডিকেল মোড়",
                # a blood-pressure machine sold, in its own clause only: "office boss এর heart
                # attack, তাদের পক্ষ থেকে BP machine gift" still tells of an illness (w23)
                "প্রেশার মাপার", "bp machine"),
    # a battery run down is a repair job ("ফোনের ব্যাটারি ডেড, নতুন ব্যাটারি লাগাতে দিছে"), not a
    # product that arrived dead
    "complaint": (
        # an old complaint settled back then or long ago, told as background ("গত বছরের ফ্রিজের
        # অভিযোগটা তখনই মিটিয়ে দিয়েছিলাম", "purono refund er jhamela onek agei mite gese"), in its
        # own clause only ("remote er somossa mite gese": settled now, still over) (w132)
        "তখনই মিট", "তখনি মিট", "tokhoni mit", "tokhon e mit", "অনেক আগেই মিট", "অনেক আগে মিট",
        "onek agei mit", "onek age mit", "বহু আগেই মিট", "settled back then", "settled long ago",
        "long since settled", "sorted back then", "sorted long ago", "resolved back then", "resolved long ago",
        # a parent or a spouse "expired", a death (long past when its own cue is set aside: "cust's
        # father expired 3 yrs back"), not goods past their date, in its own clause only (w132)
        *(f"{who} expire" for who in ("father", "father's", "mother", "mother's", "husband", "wife",
                                       "brother", "sister", "abba", "abbu", "amma", "ammu", "আব্বা",
                                       "আব্বু", "আম্মা", "আম্মু", "বাবা", "স্বামী")),
        # a call back, ফেরত as "back" ("Ami ferot call dibo bollen, kintu dhore nai"): no goods
        # returned (w60)
        "ferot call", "ferot phone", "ferot fon", "ferot ring", "ফেরত কল", "ফেরত ফোন", "ফেরত call",
        # a gym's or a tiffin's membership or subscription run out is no goods expired ("abar dhore
        # nai. membership expire") (w52)
        "membership expire", "membership sesh", "membership shesh", "subscription expire", "package expire",
        "মেম্বারশিপ expire", "মেম্বারশিপ শেষ",
        # goods bought from another page or shop, a repair done by another shop ("অন্য পেজ থেকে কেনা
        # জুতা ছিঁড়ে গেছে, তাই এবার আমাদের থেকে নিবে", "আগে যে দোকান থেকে সারাইছিলেন ওরা বাজে কাজ
        # করছে"): not the shop's fault, in that clause; not "অন্য দোকানের চেয়ে বেশি", a price above
        # another shop's, which is (w100)
        "অন্য পেজ থেকে", "onno page theke", "another page", "other page", "অন্য দোকান থেকে",
        "onno dokan theke", "from another shop", "আগে যে দোকান থেকে", "age je dokan theke", "অন্য জায়গা থেকে কেনা",
        "onno jayga theke kena", "bought elsewhere",
        # ... nor a deposit's or a policy's term come to its end, savings paid back to a member
        # ("এফডিআর এর মেয়াদ শেষ হইছে, আবার রাখবেন", "policy expire hoye gese", "সঞ্চয় ফেরত
        # পেয়েছেন"): a samity's or an insurer's ordinary business, no goods past their date (w69)
        "এফডিআর এর মেয়াদ", "এফডিআরের মেয়াদ", "fdr er meyad", "fdr er mead", "ডিপিএস এর মেয়াদ",
        "ডিপিএসের মেয়াদ", "dps er meyad", "dps er mead", "পলিসির মেয়াদ", "পলিসি এর মেয়াদ", "policy r meyad",
        "policy er meyad", "policy er mead", "সঞ্চয়ের মেয়াদ", "policy expire", "policy lapse",
        "পলিসি ল্যাপস", "পলিসি expire", "সঞ্চয় ফেরত", "sonchoy ferot", "savings ferot", "savings returned",
        # a student moved to another batch ("ম্যাথে ব্যাচ বদলাতে চান"), no goods exchanged (w36)
        # someone who returns from abroad ("call back after he returns") is no goods returned (w42)
        "he returns", "she returns", "after he returns", "after she returns", "when he returns",
        "when she returns",
        "ব্যাচ বদল", "batch bodl", "batch change", "change batch", "change the batch", "ব্যাচ চেঞ্জ",
        "batch shift", "change his batch", "change her batch",
        # feed asked for that the fish will eat, not feed they would not ("মাছ খায় না এমন ফিড
        # দিবেন না") (w39)
        "খায় না এমন", "khay na emon", "খায়না এমন",
        "battery dead", "ব্যাটারি ডেড", "dead battery", "ডেড ব্যাটারি", "battery is dead",
        "ব্যাটারি মরে", "battery more gese", "battery mora",
        # handed in to be replaced or repaired ("replace korte dise"), a job, not goods sent back
        "replace korte dise", "replace korte dilo", "রিপ্লেস করতে দিছে", "রিপ্লেস করতে দিয়েছে",
        "repair korte dise", "repair korte dilo",
        # old gold traded in at a jeweller's is a sale, not a faulty piece sent back
        "old gold", "gold exchange", "পুরনো সোনা", "পুরাতন সোনা", "পুরোনো সোনা", "purono sona",
        "puraton sona", "পুরনো গহনা", "পুরোনো গয়না", "purono gohona",
        # the customer's own mishap, to be repaired ("মোবাইল পানিতে পড়ে dead, servicing এ দিতে চায়")
        "পানিতে পড়", "panite por", "pani te por", "fell in water", "fell into water",
        "dropped in water",
        # an old phone traded in ("পুরানা মোবাইল বদলাইতে চায়") is a sale
        "পুরানা মোবাইল", "পুরান মোবাইল", "পুরাতন মোবাইল", "পুরনো মোবাইল", "পুরোনো মোবাইল",
        "purana mobile", "puran mobile", "purono mobile",
        # a device handed in to have a part replaced ("battery dead, replace korte dise") is a job
        "replace korte di", "replace করতে দি", "রিপ্লেস করতে দি",
        # a cattle-breeding (artificial insemination) technician, a SIM card replaced at an agent's
        # ("AI technician এর নাম্বার চাইল", "সিম রিপ্লেসমেন্ট কাল হইবো") (w35)
        "ai technician", "এআই টেকনিশিয়ান", "ai tech$", "কৃত্রিম প্রজনন", "sim replace", "সিম রিপ্লেস",
        "sim change", "সিম চেঞ্জ", "sim bodl", "সিম বদল",
        # money from a worker abroad not come yet ("rmt ashe nai ekhono, kisti pichabe") (w33)
        "rmt$", "remittance", "রেমিট্যান্স", "রেমিটেন্স", "bidesh theke taka", "বিদেশ থেকে টাকা",
        "বিদেশের টাকা", "bidesher taka",
        # ordered fewer this time ("Order kom dise ebar, business slow"): not a shortage
        "order kom", "অর্ডার কম", "order কম", "কম অর্ডার", "kom order",
        # "selling" folds like "swelling" (a battery swollen): goods selling well
        "selling well", "selling fast", "selling good", "selling like",
        # the delivery address changed ("ঠিকানা বদলে দিতে বললেন", "address change korte hobe") (w18)
        "ঠিকানা বদল", "thikana bodl", "ঠিকানা পরিবর্তন", "ঠিকানা চেঞ্জ", "thikana change",
        "address change", "address bodl", "address চেঞ্জ",
        # back from Hajj ("hajj theke ferot aise"): the pilgrim returned, not goods (w32)
        "hajj theke", "haj theke", "হজ থেকে", "হজ্জ থেকে", "umrah theke", "উমরাহ থেকে",
        # a customer's own engine or pump that died is a repair job at a spare-parts shop ("tiller er
        # engine dead, notun piston chay", "শ্যালো মেশিনের ইঞ্জিন ডেড"), not goods that came dead (w32)
        "engine dead", "ইঞ্জিন ডেড", "engine ta dead", "ইঞ্জিনটা ডেড", "engine died", "engine is dead",
        "pump dead", "পাম্প ডেড", "motor dead", "মোটর ডেড", "মেশিন ডেড", "machine dead",
        # out until late is a busy evening, not a late delivery ("in meeting until late"); an old UPS
        # battery replaced, a technician sent to set up a router: goods and a job, no fault (w38)
        "till late", "until late", "til late", "battery replace", "ব্যাটারি রিপ্লেস", "battery change korte",
        "setup এর জন্য", "setup er jonno", "setup er jnno", "for setup", "for the setup", "for installation",
        "installation er jonno", "installation এর জন্য", "to set up the",
        # ... or sent for a new line, someone at home to let the technician in ("নতুন সংযোগের জন্য
        # আবেদন; শনিবার টেকনিশিয়ান", "his son will be home to receive the technician") (w99)
        "new connection", "নতুন সংযোগ", "নতুন কানেকশন", "notun connection",
        "receive the technician", "let the technician in",
        # the technician asked about a product ("check with the technician whether the heater runs
        # on a 15A socket", "technician ke jiggesh kore janabo"): a sale's question, no fault (w114)
        "check with the technician", "check with technician", "ask the technician", "asked the technician",
        "technician ke jiggesh", "technician ke jigges", "technician ke jiges", "technician ke jigg",
        "টেকনিশিয়ানকে জিজ্ঞেস", "টেকনিশিয়ানরে জিজ্ঞেস", "টেকনিশিয়ানের সাথে কথা বলে",
        "technician er sathe kotha bole",
        # a parent or a spouse who has died, "late" before the relation ("her late father's name on
        # the form"): no late delivery (w99)
        "late father", "late mother", "late husband", "late wife", "late son", "late brother",
        "late grandfather", "late grandmother",
        # flattened rice (চিড়া, chira) folds like torn (ছিঁড়া): the food by what it is sold or
        # eaten with ("মিষ্টির সাথে চিড়া দই", "৩ বস্তা কাটারিভোগ চিড়া", "10 kg chira r 5 kg gur") (w41)
        "চিড়া দই", "দই চিড়া", "চিড়া গুড়", "চিড়া মুড়ি", "চিড়া আর মুড়ি", "মুড়ি চিড়া", "চিড়া খই",
        "কাটারিভোগ চিড়া", "বস্তা চিড়া", "কেজি চিড়া", "চিড়া কেজি", "chira doi", "doi chira",
        "chira gur", "chira muri", "muri chira", "chira r muri", "chira khoi", "kataribhog chira",
        "bosta chira", "kg chira", "chira kg",
        # little money in hand ("taka kom ase, 3 than kom nibe"): not goods that came short (w41)
        "taka kom ase", "taka kom ache", "টাকা কম আছে", "হাতে টাকা কম", "hate taka kom",
    ),
    # stuck in a traffic jam is a late arrival, not a breakdown ("just jam e atka chilo")
    "vehicle_trouble": (
        *IN_THE_NEWS,
        # a crash of last year told as the background of an order now ("gotobochor bike accident
        # hoisilo, paye rod. ekhon washing machine chan") (w132)
        *LAST_YEAR,
        # a toy car, a remote-control car sold by a toy shop, broken or not running, is the shop's
        # goods ("remote car er battery box bhanga, chole na": a complaint, no one's vehicle), in
        # its own clause only ("ছেলের জন্য রিমোট কার, আব্বার বাইক নষ্ট": the father's bike stands) (w73)
        "remote car", "remote control car", "rc car", "toy car", "খেলনা গাড়ি", "khelna gari",
        "khelnar gari", "রিমোট কার", "রিমোট গাড়ি", "remote gari",
        "jam e atka", "jam e atke", "jame atka", "jame atke", "জ্যামে আটকা", "জ্যামে আটকে", "যানজটে",
        "jonjot", "traffic e atka", "traffic e atke", "stuck in traffic", "traffic jam",
        # held up at work or in a meeting: busy, no vehicle stuck ("তার আগে কামে আটকা") (w92)
        "কামে আটকা", "কাজে আটকা", "কামে আটকে", "কাজে আটকে", "kame atka", "kaje atka", "kame atke",
        "kaje atke", "অফিসে আটকা", "অফিসে আটকে", "office e atka", "office e atke", "stuck at work",
        "stuck at the office", "stuck in a meeting", "meeting e atka", "মিটিংয়ে আটকা",
        # engine oil is a product ("power tiller er engine oil leak": the oil's fault)
        "engine oil", "ইঞ্জিন অয়েল", "ইঞ্জিন ওয়েল", "engine oil er",
        # parts ordered in the breakdown's own clause ("tractor er parts lagbe"); in another clause a
        # spare-parts dealer's talk ("tractor overturned ... Call tomorrow about the parts payment") (w53)
        "পার্টস",
        # a bill's breakdown ("Overcharged on making charge, wants breakdown") (w34)
        "wants breakdown", "wants a breakdown", "want breakdown", "breakdown of the bill",
        "breakdown of charges", "price breakdown", "bill breakdown", "cost breakdown", "itemised breakdown",
        # an instalment plan's breakdown ("wants EMI breakdown") (w41)
        "emi breakdown", "emi er breakdown", "installment breakdown", "kisti breakdown",
        "কিস্তির breakdown", "payment breakdown",
        # a container or a shipment held at the port or customs is the goods', not a vehicle of the
        # customer's ("container port e atke ase") (w36)
        "container held", "containers held", "container atke", "container atka", "container port",
        "container ta atke", "কন্টেইনার আটক", "কন্টেইনার পোর্ট", "কনটেইনার আটক", "কনটেইনার পোর্ট",
        "shipment held", "shipment atke", "shipment atka", "consignment held", "consignment atke",
        "মাল পোর্টে", "mal port e",
        "customs e atke", "customs e atka", "কাস্টমসে আটক", "held at customs", "stuck at customs",
        "stuck in customs",
        # a hire's fare not settled yet is no vehicle not put right ("ভাড়া ঠিক হয়নি, মালিকের সাথে কথা
        # বলে জানাব") (w56)
        "ভাড়া ঠিক হয়নি", "ভাড়া ঠিক হয় নাই", "ভাড়া ঠিক হয় নি", "vara thik hoy nai", "vara thik hoyni",
        "bhara thik hoy nai", "bhara thik hoyni", "দাম ঠিক হয়নি", "দাম ঠিক হয় নাই", "dam thik hoy nai",
        "fare not fixed", "fare not settled",
    ),
    # "best" folds like ব্যস্ত (busy): "best before", "best price" are about the goods
    "busy": (
        # a car's driving seat is the car's, not the customer at the wheel ("driving seat এর cushion") (w56)
        "driving seat", "ড্রাইভিং সিট", "ড্রাইভিং সিটের",
        # a machine at the workshop is busy, not the customer ("balancing er machine busy") (w23)
        "machine busy", "machine ta busy", "মেশিন busy", "মেশিন বিজি", "মেশিনটা বিজি",
        # cooking oil, gas and pots are goods, not a customer busy cooking (probe 3)
        "cooking oil", "cooking gas", "cooking pot", "cooking utensil",
        "best before", "best price", "best rate", "best quality", "best seller", "best selling",
        "best offer", "best deal",
        # the customer saying they were busy before ("ami osustho na, just busy chilam"): the call
        # happened (not the staff's "busy chilo", the customer was busy when called) (w24)
        "busy chilam", "busy silam", "busy chhilam", "ব্যস্ত ছিলাম", "বিজি ছিলাম", "i was busy",
        # ... or given as the reason for something else ("কাজে ব্যস্ত ছিলেন তাই অর্ডার দিতে দেরি") (probe 3)
        "ব্যস্ত ছিলেন তাই", "busy chilen tai", "busy silen tai", "busy chilo tai", "ব্যস্ত ছিল তাই",
        "was busy so", "been busy so",
        # money coming to hand ("টাকা হাতে আসবে") folds like being at the market (হাটে আছে)
        "হাতে আসবে", "হাতে আসলে", "হাতে আসতে", "hate asbe", "hate ashbe", "hate ashle", "hate asle",
        # the rented car's driver at the wheel is no customer busy driving ("driver kept talking on
        # phone while driving") (w38)
        "driver kept", "driver was talking", "driver talking", "rash driving", "reckless driving",
        "driving rashly",
        # goods shown on a video call (a boutique selling on Facebook live: "Katan saree ৩টা দেখাতে
        # বলছে video call এ"), not the customer busy on one (w55)
        "দেখাতে বলছে video call", "দেখাতে বলেছে video call", "dekhate bolse video call", "dekhate bolche video call",
        "video call e dekha", "video call এ দেখা", "video call e dekhte", "video call এ দেখতে", "ভিডিও কলে দেখা",
        "ভিডিও কলে দেখতে", "on video call to see", "see it on video call", "see them on video call",
        "show on video call", "show it on video call",
        # a debt struck off the ledger, the staff told to do it ("baki uthaisi, khatay kaita dio",
        # "খাতা থেকে নাম কাইটা দাও"), not a call cut (w84)
        "khatay kaita", "khata theke kaita", "khatar theke kaita", "khata thika kaita", "খাতায় কাইটা",
        "খাতা থেকে কাইটা", "খাতা থিকা কাইটা", "খাতায় কেটে", "খাতা থেকে কেটে", "khatay kete", "khata theke kete",
        "hisab theke kaita", "হিসাব থেকে কাইটা", "হিসাব থেকে কেটে",
        # the staff's apology to the customer, the one addressed named ("আমি: দুঃখিত আপু, আজকের মধ্যে
        # পৌঁছাবে", "ভাই দুঃখিত, বৃহস্পতিবার ঠিক করি দিমু"), not a customer too sad to talk (w91)
        "দুঃখিত আপু", "দুঃখিত আপা", "দুঃখিত ভাই", "দুঃখিত স্যার", "দুঃখিত ম্যাডাম", "দুঃখিত ভাইয়া",
        "আপু দুঃখিত", "আপা দুঃখিত", "ভাই দুঃখিত", "স্যার দুঃখিত", "ভাইয়া দুঃখিত", "আমরা দুঃখিত",
        "আন্তরিকভাবে দুঃখিত", "dukkhito apu", "dukkhito apa", "dukkhito bhai", "dukkito bhai",
        "apa dukkhito", "bhai dukkhito",
    ),
}

# A complaint that turned out not to be the shop's fault: "পরে দেখা গেল", "pore dekhi", "asole".
OWN_DOING: tuple[str, ...] = (
    # the customer's own mistake or change of mind ("customer nijei size bhul bolsilen")
    "nijei size bhul", "nijei size vul", "nijei bhul", "nijei vul", "নিজেই ভুল", "নিজেই সাইজ ভুল",
    "customer er bhul", "customer er vul", "his own mistake", "her own mistake", "changed his mind",
    "changed her mind",
    "amader dosh na", "আমাদের দোষ না",
    "not our fault", "নিজের ভুল", "nijer vul", "nijer bhul",
    # a change of mind ("pore mon bodlaise, rakhbe") (w18)
    "mon bodla", "mon bodle", "মন বদলা", "মত বদলা", "mot bodla", "মন পাল্টা", "mon palta",
    "changed mind",
)
# ... and a finding told in the story ("pore dekha gelo", "actually"): a long note may go on
# after it to what the customer still wants ("still unhappy, wants a different shade"), a
# complaint all the same (``rules.complaint_retracted_at``) (w114)
TURNED_OUT: tuple[str, ...] = (
    *OWN_DOING,
    "পরে দেখা গেল", "দেখা গেল", "দেখলাম", "pore dekhi", "pore dekha gelo", "dekha gelo",
    "turned out", "actually",
)

# The note says outright that the event is not the customer's family's: "customer er na",
# "নিজের জন্য না", "friend er ma, nijer na". A death, birth, illness or celebration it names is
# someone else's.
NOT_THEIRS: tuple[str, ...] = (
    # "না" must end the word: "cust er nani", "কাস্টমারের নানা" are a grandmother, a grandfather
    "customer er na$", "cust er na$", "কাস্টমারের না$", "নিজের না$", "nijer na$", "নিজের জন্য না$",
    "nijer jonno na$", "not his own", "not her own", "not for himself", "not for herself",
    "not for family", "not family",
    # ... or that it is the staff member's own, in the summary after a pasted chat where the staff
    # told the customer of their own family ("স্টাফের ভাইয়ের বিয়ে, কাস্টমারের কিছু না", "staff's son's
    # birthday, not his") (w91)
    "কাস্টমারের কিছু না$", "কাস্টমারের কিছু নাই", "cust er kichu na$", "customer er kichu na$",
    "স্টাফের ব্যাপার", "স্টাফের খবর", "স্টাফের নিজের", "staff er nijer", "staff's own", "not his$",
    "not hers$", "not the customer's",
)

# "এখন কেউ অসুস্থ না", "osukh na" opening a clause, "nobody is sick": medicine bought to keep at
# home; the illness words before it are goods ("শিশুর জ্বরের সিরাপ আর স্যালাইন নিলেন") (w20).
NOBODY_ILL: tuple[str, ...] = (
    "কেউ অসুস্থ না", "কেউ অসুস্থ নয়", "কেউ অসুস্থ নাই", "keu osustho na", "keu osusto na", "keu osustho noy",
    "কারো অসুখ না", "কারো অসুখ নাই", "karo osukh na", "karo osukh nai", "nobody is sick", "no one is sick",
    "nobody sick", "no one sick", "nobody is ill", "no one is ill", "not for any illness",
    # a fall or a crash that hurt nobody ("Phone এর screen ফাটছে পড়ে গিয়ে, কেউ আহত না") (w30)
    "কেউ আহত না", "কেউ আহত হয়নি", "কেউ আহত হয় নাই", "কেউ আহত হয়নাই", "keu ahoto na", "keu ahoto hoy nai",
    "keu ahoto hoyni", "কেউ ব্যথা পায় নাই", "কেউ ব্যথা পায়নি", "keu betha pay nai", "keu batha pay nai",
    "nobody hurt", "no one hurt", "nobody was hurt", "no one was hurt", "nobody injured", "no one injured",
    "nobody was injured", "no one was injured",
    # ... with no one written as one word ("Car accdnt on Mirpur rd yest, noone hurt") (w36)
    "noone hurt", "noone was hurt", "noone injured", "noone was injured",
)
# ... and, opening a clause, a bare "not ill" ("khelar por khay chele, osukh na").
NOT_ILL: tuple[str, ...] = (
    "osukh na$", "osukh noy", "অসুখ না$", "অসুখ নয়", "osustho na$", "osusto na$", "অসুস্থ না$",
    "অসুস্থ নয়", "sick na$", "not sick", "not ill$",
)
# A birth told with its verb ("আমার বাবু হইছে ... ডায়াপার নবজাতক সাইজ লাগবে"): baby goods in the
# same clause do not hide it (w20).
BORN_TOLD: tuple[str, ...] = (
    "বাবু হইছে", "বাবু হয়েছে", "babu hoise", "babu hoyeche", "baby hoise", "baby hoyeche",
    "বাচ্চা হইছে", "বাচ্চা হয়েছে", "baccha hoise", "baccha hoyeche", "baby হইছে", "baby born",
    "gave birth", "বাচ্চা অইছে", "বাবু অইছে",
    # "baby" in Bengali letters (w77)
    "বেবি হয়েছে", "বেবি হইছে", "বেবি হইসে",
    # a caesarean done ("স্ত্রীর সিজার হইছে সকালে ... বেবি ফুডের দাম জিগাইলেন") (w80)
    "সিজার হইছে", "সিজার হয়েছে", "সিজার হইসে", "sizar hoise", "sijar hoise", "cizar hoise", "sizar hoyeche",
)
# Someone else's, outside the family: with a gift in the note, their baby's akika or birth is a
# guest's present ("baby gift set chaise, bondhur cheler aqiqah te dibe") (w20).
OTHERS: tuple[str, ...] = (
    "বন্ধুর", "bondhur", "friend er", "friend's", "বান্ধবীর", "bandhobir", "কলিগের", "koliger",
    "colleague er", "colleague's", "প্রতিবেশী", "protibeshi", "neighbour", "neighbor", "পাশের বাসার",
    "pasher basar",
    # a client's, an office colleague's (w22: "bday cake for her client", "client er meyer bday")
    "client er", "client's", "clienter", "ক্লায়েন্টের", "for her client", "for his client",
    "for a client", "client r", "bondhu r", "bondhu er", "office colleague", "colleague", "কলিগ",
    "bestie's", "bestie r", "bestie er", "for her bestie", "for his bestie", "bff's", "bff er",
    # the customer's driver's or maid's day, a gift for it ("gift হিসাবে dressing table, for her
    # driver's daughter's wedding") (w28)
    "driver's", "driver er", "ড্রাইভারের", "maid's", "কাজের লোকের", "কাজের মেয়ের",
)

# What a cake-and-gift shop sells for someone's day: with someone outside the family named in
# the note, the day is theirs (w22).
OTHERS_GOODS: tuple[str, ...] = (
    "cake", "কেক", "flowers", "flower", "ফুল", "bouquet", "card$", "hamper", "chocolates", "cupcakes",
    "gift", "গিফট", "উপহার",
    # a card printer's cards ("গায়ে হলুদের কার্ড ৩০০টা, বন্ধুর বিয়ের জন্য": the friend's day) (w31)
    "কার্ড", "cards",
)

# A rented wedding outfit or set, its deposit: "শেরওয়ানি ফেরত এসেছে, জামানত ফেরত দেওয়া হয়েছে", "rent
# er lehenga ferot দিয়েছেন, deposit ফেরত চেয়েছেন" is the rental coming back, not goods returned in
# complaint (w24); ``RETURNED`` are the complaint words it covers.
RENTAL: tuple[str, ...] = (
    "জামানত", "jamanot", "jamanat", "deposit", "ডিপোজিট", "security money", "rental", "rent er", "rent e ni",
    "ভাড়ার শেরওয়ানি", "ভাড়ার লেহেঙ্গা", "ভাড়ায় নি", "bhara r sherwani", "bharay ni",
    # a medical-equipment rental's deposit told as the money put in ("ওয়াকার ফেরত দিয়ে গেছেন, জমা
    # ৳২০০০ ফেরত দেওয়া হয়েছে", "জমার টাকা ফেরত"; not জমা alone, a passport handed in), the goods
    # back in English letters ("সিলিন্ডার রিটার্ন") (w88)
    "জমা টাকা", "জমার টাকা", "জমা ৳", "joma taka", "jomar taka", "joma tk", "jomar tk",
)
RETURNED: tuple[str, ...] = ("ফেরত", "ferot", "return", "returned", "ফেরৎ", "রিটার্ন")

# Invitation cards: with the family's own day just before ("ছোট ভাইয়ের বিয়ের দাওয়াত কার্ড"), the
# family hosts it, and the guest's look-alike "বিয়ের দাওয়াত" does not hide it (w24).
INVITATION_CARDS: tuple[str, ...] = (
    "দাওয়াত কার্ড", "dawat card", "dawat kard", "দাওয়াতের কার্ড", "dawater card", "invitation card",
    "দাওয়াতপত্র", "নিমন্ত্রণ পত্র", "nimontron potro", "biyer card", "বিয়ের কার্ড",
    # the family inviting the shop ("মেয়ের বিয়ের দাওয়াত দিলো আমাদের": they host it, not a guest's
    # invitation) (w43)
    "দাওয়াত দিলো", "দাওয়াত দিল$", "দাওয়াত দিলেন", "দাওয়াত দিছে", "দাওয়াত দিছেন", "দাওয়াত দিয়েছে",
    "দাওয়াত দিয়েছেন", "dawat dilo", "dawat dilen", "dawat dise", "dawat disen", "dawat diyeche",
    "dawat diyechen",
)

# Goods sent short is a complaint, money sent short is not ("bKash নম্বরে ভুল করে ২০০ কম পাঠাইছে").
SENT_SHORT: tuple[str, ...] = ("kom pathai", "কম পাঠাই", "kom pathano hoise", "কম পাঠানো হয়েছে", "kom dise$", "কম দিছে",
                               # ... in the past perfect ("বিকাশে ২০০ টাকা কম দিছিল") (w39)
                               "কম দিছিল", "কম দিছিলেন", "kom disilo", "kom dichilo", "kom disila")
# Goods ordered not yet in the customer's hand ("অর্ডার দিয়েছিলেন ১২ দিন আগে, এখনো হাতে পাননি") is
# a complaint; money or wages not yet in hand ("salary ekhono hate pay nai, pore dibe") is not (w100).
NOT_IN_HAND: tuple[str, ...] = (
    "hat e pay nai", "hate pay nai", "haate pay nai", "haat e pay nai", "hate payni",
    "হাতে পাননি", "হাতে পায়নি", "হাতে পায় নাই", "হাতে পান নাই",
)
WAGES: tuple[str, ...] = (
    "salary", "সেলারি", "স্যালারি", "বেতন", "beton", "bonus", "বোনাস", "মজুরি", "mojuri", "bill er taka",
)
MONEY: tuple[str, ...] = (
    "taka", "টাকা", "tk$", "৳", "bkash", "বিকাশ", "nagad", "নগদ", "payment", "পেমেন্ট", "rocket", "রকেট",
    "cash", "ক্যাশ", "due$", "বাকি টাকা",
)

# The shop's mistri or technician put it right, in the past ("মিস্ত্রি গিয়া ঠিক করছে, অখন ভালা",
# "almari r dorja thik kore dilo mistri"): a complaint (or a vehicle's trouble) that is over, even
# when the note names no fault word (w21; w5's and w11's notes label them so).
# A part the shop replaced under warranty ("battery change kore dewa hoise warranty te", "ওয়ারেন্টিতে
# বদলে দিছি"): a complaint put right, with or without a fault word (w23).
# (done, not asked for: "ওয়ারেন্টিতে বদলে দিতে বললেন" is still the complaint)
WARRANTY_DONE: tuple[str, ...] = tuple(
    f"{where} {verb} {done}" for where in ("warranty te", "ওয়ারেন্টিতে")
    for verb in ("change kore", "replace kore", "bodle", "বদলে", "চেঞ্জ করে", "রিপ্লেস করে")
    for done in ("dilam", "dise", "disi", "dilo", "diyeche", "diyechi", "dewa hoise", "deya hoise",
                 "দিলাম", "দিছি", "দিছে", "দিলো", "দিয়েছি", "দিয়েছে", "দেওয়া হয়েছে", "দেওয়া হইছে")
) + tuple(f"{how} hoise warranty" for how in ("change kore dewa", "change kore deya", "replace kore dewa",
                                               "replace kore deya", "bodle dewa")) + (
    "replaced under warranty", "replaced it under warranty", "changed under warranty",
)
REPAIRED: tuple[str, ...] = tuple(
    f"{who} {how}" for who in ("mistri", "মিস্ত্রি", "technician", "টেকনিশিয়ান", "mekanik", "মেকানিক")
    for how in ("thik korse", "thik korche", "thik korlo", "thik koreche", "thik kore dise",
                "thik kore dilo", "thik kore disen", "ঠিক করছে", "ঠিক করেছে", "ঠিক করলো", "ঠিক করে দিছে",
                "ঠিক করে দিলো", "ঠিক করে দিল", "ঠিক করে দিয়েছে", "giye thik", "gia thik", "giya thik",
                "গিয়ে ঠিক", "গিয়া ঠিক", "এসে ঠিক", "eshe thik")
) + tuple(f"{how} {who}" for who in ("mistri", "মিস্ত্রি", "technician", "টেকনিশিয়ান")
          for how in ("thik kore dilo", "thik kore dise", "ঠিক করে দিলো", "ঠিক করে দিছে")) + (
    "fixed by the technician", "fixed by technician", "repaired by the technician", "repaired by technician",
) + WARRANTY_DONE

# A vehicle the customer had repaired (the causative: "ইঞ্জিনভ্যান ঠিক করাইছে, আর সমস্যা নাই"): its
# trouble, over, with no fault word; only with a vehicle named (a fridge they had fixed elsewhere
# is no complaint to the shop) (w43).
HAD_REPAIRED: tuple[str, ...] = (
    "ঠিক করাইছে", "ঠিক করাইছেন", "ঠিক করাইলো", "ঠিক করাইলেন", "ঠিক করিয়েছে", "ঠিক করিয়েছেন",
    "thik koraise", "thik koraiche", "thik koraisen", "thik korailo", "thik koriyeche",
    "repair koraise", "repair koriyeche", "রিপেয়ার করাইছে", "মেরামত করাইছে", "মেরামত করিয়েছে",
    # ... or the workshop's own repair told in the passive ("বাইকের স্টার্টার ঠিক করে দেওয়া হয়েছে",
    # "bike er wiring burn hoye gechilo, thik kora hoise"; a device's, "Earphone jack ঠিক করা
    # হইছে", is a job, w30) (w45)
    "ঠিক করে দেওয়া হয়েছে", "ঠিক করে দেওয়া হইছে", "thik kore deya hoise", "thik kore dewa hoise",
    "thik kore deya hoyeche", "ঠিক করা হইছে", "ঠিক করা হয়েছে", "thik kora hoise", "thik kora hoyeche",
    # ... or back from the garage or the workshop ("ভ্যানটা গ্যারেজ থেকে ফেরত আসছে, চলতেছে", "প্রাইভেট
    # কার গ্যারেজ থেকে ফেরত পাইছে"; in it, "গ্যারেজে", is the trouble still) (w127)
    "গ্যারেজ থেকে ফেরত", "গ্যারেজ থেকে আনছে", "গ্যারেজ থেকে আনা হইছে", "ওয়ার্কশপ থেকে ফেরত", "ওয়ার্কশপ থেকে আনছে",
    "garage theke ferot", "garage theke anse", "garage theke anche", "workshop theke ferot",
    "workshop theke anse", "workshop theke anche",
)

# Short of money for the instalment: a sad or bad mood next to these is about the money, and
# the call happened ("taka nai, kisti dite parbe na, dukkhito") (w21).
SHORT_OF_MONEY: tuple[str, ...] = (
    "taka nai", "টাকা নাই", "taka nei", "টাকা নেই", "হাতে টাকা নাই", "hate taka nai",
    "kisti dite parbe na", "kisti dite parben na", "কিস্তি দিতে পারবে না", "কিস্তি দিতে পারবেন না",
    "kisti dite parbo na", "কিস্তি দিতে পারবো না", "can't pay", "cannot pay",
)
MOOD: tuple[str, ...] = (
    "dukkito", "দুঃখিত", "মন খারাপ", "mon kharap", "মেজাজ খারাপ", "mood nai", "মুড নাই", "mood off",
    "bad mood", "মন মেজাজ", "mood kharap", "mood valo na", "mood bhalo na", "মুড ভালো না",
)

# A gift is for someone else's celebration (not an event of the customer's) unless the same
# sentence names the customer's family: "ammu er birthday gift" is the mother's birthday.
GIFTS: tuple[str, ...] = (
    "gift", "গিফট", "উপহার", "present for", "wedding gift", "birthday gift", "জন্মদিনের গিফট",
)
# ... but a gift the customer buys for his own wife, after she gave birth ("wife er baby hoise,
# gift hishebe wife er jonno bag nibe", "বউয়ের ছেলে হইছে, বউয়ের জন্য গিফট বক্স"): the birth is his
# family's, not a guest's present (w152)
GIFT_FOR_WIFE: tuple[str, ...] = (
    "wife er jonno", "wife r jonno", "wifer jonno", "wife এর জন্য", "wife er জন্য", "bou er jonno",
    "bour jonno", "bouer jonno", "বউয়ের জন্য", "বউয়ের জন্যে", "বউএর জন্য", "বৌয়ের জন্য", "স্ত্রীর জন্য",
    "বউর জন্য", "for his wife", "for wife", "for the wife", "begum er jonno", "বেগমের জন্য",
)

# Farm animals: their illness, death or calving is the farmer's business, not an event of a person
# ("গাভীর milk fever", "bachur mara gese", "goru ta mara gelo lumpy te", "cust er 2ta gai er jor"):
# a look-alike of an illness, a death or a birth in the event word's own clause, when an animal
# word stands nearer the event word than any person's (``rules.animals_event``; "বাবার জ্বর,
# গরুর ওষুধ নিল" and "গরু বেচে বাবার অপারেশন" stay the father's) (w35). Not the short words that
# fold like common ones: মাছ and মাস (a month) are "mas", হাঁস and "has" are "has", "cat" is
# "sat" (Saturday), "chick" is "sick", ষাঁড় is স্যার (sir), বলদ "bld", খাসি কাশি (a cough), "bull"
# ভুল (a mistake), "sheep" "ship".
ANIMALS: tuple[str, ...] = (
    "গরু", "গোরু", "goru", "গরুটা", "গরুটার", "গরুডা", "গরুগুলো", "গরুগুলা", "goruta", "gorugula", "গাভী",
    "গাভি", "gavi", "gabhi", "গাই", "gai", "গাইটা", "gaita", "বাছুর", "bachur", "bacur", "বকনা",
    "bokna", "ষাঁড়টা", "ষাঁড়গুলো", "sharta", "মহিষ", "mohish", "ছাগল", "chagol", "chagal", "ছাগী$", "ভেড়া$",
    "ভেড়ার$", "মুরগি", "murgi", "murgir", "হাঁসগুলো", "হাঁসগুলা", "হাঁসের", "কবুতর", "kobutor", "লেয়ার",
    "layer", "layers", "ব্রয়লার", "broiler", "boiler murgi", "পশু", "গবাদি", "cow$", "cows$",
    "calf$", "calves", "heifer", "cattle", "goats$", "hen$", "hens", "chickens$",
    "chicken$", "birds", "bird$", "duck$", "ducks$", "poultry", "livestock", "buffalo", "pigeon",
    "sheep's", "animal", "animals",
    # a poultry dealer's chicks, in Latin letters with a plural ("chick gula durbol hoye gese"; "chick"
    # alone folds like "sick") (w61)
    "chick gula", "chick gulo", "chick guli", "chickgula", "chicks$",
    # a hatchery's fry with a plural ("পোনাগুলো দুর্বল ছিল, অনেক মারা গেছে" is the dealer's stock dying,
    # a complaint at most, nobody's death) (w83)
    "পোনা গুলো", "পোনাগুলো", "পোনা গুলা", "পোনাগুলা", "pona gulo", "pona gula", "ponagulo", "ponagula",
    # a pet shop's and a vet's: a pet's illness or death is no person's event either (w49) (not
    # বিড়াল, কুকুর alone: "biral" is "viral" folded, "viral fever"; a dog that bit a child, "chele ke
    # kukur kamrise", is the child's)
    "বিড়ালের", "বিড়ালটা", "বিড়ালটার", "biral ta", "biralta", "biraler", "biral er", "kitten",
    "কুকুরের", "কুকুরটা", "kukurer", "kukur er", "kukur ta", "kukurta", "puppy", "পাখি$", "পাখির$",
    "পাখিটা", "পাখিটার", "pakhi$", "pakhir$", "pakhita", "ময়না$", "টিয়া$", "tiya$",
    "পোষা$", "pets$",
)
# ... unless the word after it makes the animal food or a disease's name ("গরুর মাংস খেয়ে পেট
# খারাপ", "chicken fry kheye", "chicken pox"): then a person may be the one ill (w35).
ANIMAL_NOT: tuple[str, ...] = (
    "মাংস", "mangsho", "mangso", "gosht", "gost", "meat", "খেয়ে", "খাইয়া", "খাওয়ার", "খাইছে", "খেয়েছে",
    "kheye", "khaye", "khaiya", "khaise", "ate$", "eating", "fry", "ফ্রাই", "curry", "কারি", "roast",
    "রোস্ট", "বিরিয়ানি", "biryani", "biriyani", "soup", "স্যুপ", "pox", "পক্স", "poks", "burger",
    "বার্গার", "sandwich", "টিক্কা", "tikka",
    # ... or a person's: বাছুর, a calf, folds like ভাসুর, a husband's elder brother ("bhasur"), and
    # a calf has no son, daughter or wife and no heart attack ("ভাসুরের ছেলের ডেঙ্গু", "bhasurer bou
    # er baby hobe", "ভাসুরের হার্ট অ্যাটাক"; not বাচ্চা: "বাছুরের বাচ্চা", "গাভীর বাচ্চা" are the
    # animal's young) (w112)
    "ছেলে", "মেয়ে", "chele", "meye", "বউ", "বৌ", "bou$", "bouer", "bou er", "wife", "হার্ট অ্যাটাক",
    "হার্ট এটাক", "heart attack", "স্ট্রোক", "stroke",
)
# Words of telling after a person who starts the clause: the person told of the animal ("customer
# বললো গরু মারা গেছে"), not the one it happened to ("ছেলে গরু চরাতে গিয়ে পা ভাঙছে") (w35).
TOLD: tuple[str, ...] = (
    "বলল", "বললো", "বললেন", "বলছে", "বলছেন", "বলে", "কইল", "কইলো", "কইছে", "কয়", "জানাল", "জানালো",
    "জানাইছে", "জানাইলো", "bollo", "bolse", "bolche", "bolchen", "bollen", "bole$", "koilo", "koise",
    "koy$", "janalo", "janaise", "said", "says", "told", "called", "phone", "ফোন", "fon$", "call",
)
