"""The words the rules look for, written as staff write them; folded once when loaded.

Entries are plain spellings in Bengali script, Banglish or English. They are passed
through ``normalise.fold`` before use, so one entry covers its spelling variants
(জ্বর also finds jor, jwor, জর). An entry matches at the start of a word and may be
followed by an ending (জ্বরে, jore, fevers); an entry ending in ``$`` must end the word.

Only words that carry over to other shops belong here; the n-gram model learns the rest
from the labelled notes.
"""
from __future__ import annotations

# "আম্মা আর নাই", "tar baba ar nai", "boro bhai ar nai": a relation "no more" is a death (not
# "jor ar nai", a fever gone; not "bhai, ar nai", a word of address). Bengali and Banglish fold alike.
_GONE_RELATIONS = (
    "baba", "abba", "abbu", "amma", "ammu", "ammi", "boro bhai", "choto bhai", "bon", "dada", "dadi",
    "dadu", "nana", "nani", "nanu", "chacha", "chachi", "mama", "mami", "khala", "khalu", "fufu",
    "shoshur", "shoshurmoshai", "shashuri", "husband", "shami", "wife", "stri", "chele", "cheleta",
    "meye", "meyeta", "bacchata", "মা", "বউ",
    # a brother only with whose he is ("উনার ভাই আর নেই"): "bhai, ar nai" alone is a word of address
    "unar bhai", "onar bhai", "tar bhai", "tahar bhai", "apnar bhai", "customer er bhai",
)
_NO_MORE = ("ar nai", "ar nei", "আর নাই", "আর নেই")
# "dadu chole gelen", "দাদু চলে গেলেন আজ ভোরে": an elder "has gone", with nowhere named (a place
# comes before the verb: "আব্বা বাজারে চলে গেছেন" is at the market), in the respectful form.
_LEFT_US = ("chole gelen", "chole gechen", "chole gesen", "চলে গেলেন", "চলে গেছেন")

# The cue words of each built-in kind.
CUES: dict[str, tuple[str, ...]] = {
    "bereavement": (
        # a baby born dead: a death during a delivery is a bereavement (schema; trial 5)
        "stillborn", "still born", "stillbirth", "still birth", "মৃত জন্ম", "মৃত সন্তান", "মৃত বাচ্চা",
        "মৃত শিশু", "mrito jonmo", "mrito baccha", "mrito shontan", "mrito sontan",
        "মারা গেছেন", "মারা গেছে", "মারা গেলেন", "মারা যান", "মারা গিয়েছেন", "মারা গেল",
        "মারা যায়", "ইন্তেকাল", "মৃত্যু", "মরহুম", "জানাজা", "জানাযা", "কুলখানি", "চল্লিশা",
        "দাফন", "ইন্না লিল্লাহ", "শোকাহত", "কবর দেওয়া", "mara gese", "mara gechen", "mara gelen",
        "mara jan", "mara gelo", "mara jay", "mara giyeche", "intekal", "enteqal", "inteqal",
        "ontekal", "inna lillah", "innalillah", "janaja", "janaza", "kulkhani", "chollisha",
        "dafon", "mrittu", "passed away", "passed on", "died", "death", "funeral", "demise",
        "no more$", "lost his", "lost her", "rip$", "condolence", "লাশ", "lash$", "dead body",
        "মৃতদেহ", "কবরস্থান", "graveyard", "burial",
        # dialect and Hindu words for a death
        "মরি গে", "মরি গিয়", "mori ge", "mori gi", "মইরা গে", "মইরা গি", "moira ge", "moira gi",
        "মরে গে", "more gese", "more geche", "স্বর্গবাসী", "swargobashi", "shorgobashi",
        "শেষকৃত্য", "sheshkritto", "শ্রাদ্ধ$", "শ্রাদ্ধের", "shraddho$", "বিয়োগ", "দুনিয়াতে নাই",
        "duniyate nai", "দুনিয়া ছেড়ে", "না ফেরার দেশে", "na ferar deshe", "পরলোক", "porolok",
        "দেহত্যাগ", "প্রয়াত", "left us", "is no more", "no more$",
        # ইন্তেকাল spelt with এ or ই-কার; did not survive (a birth, an accident)
        "এন্তেকাল", "entekal", "ইন্তিকাল", "intikal",
        "বাঁচেনি", "বাঁচে নাই", "বাঁচানো যায়নি", "বাঁচানো যায় নাই", "bache nai", "bacheni",
        "didn't survive", "did not survive", "could not be saved", "couldn't be saved",
        # the fortieth day's rite by its Persian name (চল্লিশা); a death in sadhu bhasha
        "chehlum", "chehelum", "চেহলাম", "চেহলুম", "মারা গিয়াছে", "মারা গিয়াছেন", "মৃত্যুবরণ",
        # Sylheti's respectful past ("শ্যামলের কাকা মারা গেছইন"; folded, গেছইন is not গেছে) (w29)
        "মারা গেছইন", "মারা গেছোইন", "mara gesin", "mara gesoin", "mara gechin",
        # texting "her mom passed" (an elder's or a spouse's: "her son passed" is an exam) (w22)
        "mom passed", "mum passed", "dad passed", "mother passed", "father passed", "grandma passed",
        "grandpa passed", "grandmother passed", "grandfather passed", "nani passed", "nana passed",
        "dadi passed", "dada passed", "husband passed", "wife passed", "uncle passed", "aunt passed",
        "passed last night", "passed this morning", "passed yesterday",
        # a pharmacy's shorthand: the patient "expired" (a medicine expires too: that stays a
        # complaint) (w27)
        "pt expired", "pt has expired", "pt ta expired", "patient expired", "patient has expired",
        "patient ta expired", "pt expire kor", "patient expire kor",
    ) + tuple(f"{who} {gone}" for who in _GONE_RELATIONS for gone in _NO_MORE + _LEFT_US),
    "newborn": (
        # a son born spelt "cheley"; "Allah gave a son" ("আল্লাহ ছেলে দিছে আজ ভোরে") (w23)
        "cheley hoise", "cheley hoyeche", "cheley hoyse", "আল্লাহ ছেলে দি", "আল্লাহ মেয়ে দি",
        "allah chele di", "allah meye di", "আল্লাহ পুত্র সন্তান দি", "আল্লাহ কন্যা সন্তান দি",
        "বাচ্চা হয়েছে", "বাচ্চা হইছে", "বাচ্চা হবে", "বাচ্চা হইসে", "সন্তান হয়েছে",
        # Noakhali অইছে, হইছে with its হ dropped ("ভাবির বাচ্চা অইছে, হোলা") (w28)
        "বাচ্চা অইছে", "বাবু অইছে",
        "সন্তানের বাবা", "সন্তানের মা", "ছেলে হয়েছে", "মেয়ে হয়েছে", "ছেলে হইছে", "মেয়ে হইছে",
        "নাতি হয়েছে", "নাতনি হয়েছে", "নাতি হইছে", "নাতনি হইছে", "প্রসব", "সিজার", "সিজারিয়ান",
        "লেবার রুম", "ডেলিভারি রুম", "ডেলিভারি হয়েছে", "নরমাল ডেলিভারি", "নবজাতক", "জমজ", "যমজ",
        # voice typing splits ডেলিভারি ("বউ এখন ডেলি ভারি রুমে"); only with room: "ডেলি বাড়ি"
        # (home daily) folds like it (w29)
        "ডেলি ভারি রুম", "ডেলি ভারী রুম",
        "গর্ভবতী", "প্রেগন্যান্ট", "baccha hoise", "baccha hoyeche", "bachcha hoyeche",
        "baby hoise", "baby hoyeche", "baby hoyse", "baby hobe", "baccha hobe", "cele hoise",
        "meye hoise", "chele hoyeche", "meye hoyeche", "nati hoise", "natni hoise", "sijar",
        # a son, a daughter in the dialects of the south and east ("ছোড মাইয়ার পোলা হইছে")
        "পোলা হইছে", "পোলা হইসে", "পোলা হয়েছে", "মাইয়া হইছে", "মাইয়া হইসে", "মাইয়া হয়েছে",
        "pola hoise", "pola hoyeche", "maiya hoise", "maiya hoyeche",
        "cesar", "caesar", "c section", "c-section", "in labour", "labor room", "delivery room",
        "normal delivery", "baby born", "new baby", "newborn", "gave birth", "gives birth",
        "baby boy", "baby girl", "twins", "pregnant", "expecting a baby", "due date",
        "delivery date", "মা হয়েছেন", "মা হইছেন", "বাবা হয়েছেন", "বাবা হইছেন", "মামা হইছেন",
        "মামা হয়েছেন", "চাচা হয়ে গেছেন", "চাচা হইছেন", "নানা হয়েছেন", "নানি হয়েছেন",
        "দাদা হয়েছেন", "দাদি হয়েছেন", "কোলজুড়ে", "সন্তান এসেছে", "নতুন অতিথি", "ডেলিভারি হইছে",
        "প্রসব ব্যথা", "ma hoyechen", "baba hoyechen", "baba hoise", "ma hoise", "mama hoise",
        "chacha hoise", "nana hoise", "dada hoise", "notun baby", "notun otithi",
        "delivery hoise", "delivery hoyeche", "delivery er dard", "labour pain",
        "became a father", "became a mother", "became a grandfather", "became a grandmother",
        "new arrival", "সন্তানসম্ভবা", "অন্তঃসত্ত্বা", "নাতনি আসছে", "নাতি আসছে", "ঘরে নাতি",
        "ঘরে নাতনি", "ghore nati", "ghore natni", "twin hoise", "twins hoise", "jomoj",
        "নানি হইছেন", "নানা হইছেন", "দাদি হইছেন", "nani hoise", "dadi hoise", "expecting baby",
        "expecting", "baby হইছে", "বাচ্চা হওয়ার", "delivery hobe", "notun mehman",
        "became father", "became mother", "became grandfather", "became grandmother",
        "became a dad", "became a mum", "delivered a", "delivered twins", "আকিকা", "akika",
        "was born", "were born", "born yesterday", "born today", "born last", "born this",
        "জন্ম হয়েছে", "জন্ম হইছে", "জন্ম নিয়েছে", "jonmo hoise", "jonmo hoyeche", "jonmo nise",
        "aqiqah", "নামকরণ", "ছেলে সন্তান", "মেয়ে সন্তান", "ছেলে বাবু", "মেয়ে বাবু",
        "chele sontan", "meye sontan", "chele baby", "meye baby", "প্রথম সন্তান", "prothom sontan", "প্রথম বাচ্চা",
        "prothom baccha", "first baby", "first child", "is due", "due next", "due this",
        # dialect, a baby due, a premature baby
        "পোয়াতি", "poyati", "বাবু হবে", "babu hobe", "পুত হইছে", "পুত হইসে", "put hoise",
        "পোয়া হই", "বাইচ্চা হই", "baiccha hoi", "জনক হয়েছেন", "জনক হইছেন", "premature", "nicu",
        "নানি হবে", "নানা হবে", "দাদি হবে", "দাদা হবে", "nani hobe", "nana hobe", "dadi hobe",
        "dada hobe", "just delivered", "mother hoi", "mother হই", "father hoi", "father হই",
        "baby holo", "baby hoilo", "baccha holo", "baccha hoilo", "বাচ্চা হলো", "বাচ্চা হইলো",
        # a birth due any time (weak: a parcel's delivery may be too)
        "ডেলিভারি যেকোনো সময়", "delivery jekono somoy", "delivery jekono din", "delivery any time",
        "delivery any day", "যেকোনো সময় ডেলিভারি", "jekono somoy delivery", "যেকোনো দিন ডেলিভারি",
        "due any day", "due any time", "due anytime",
        # (the mother named in the cue is the customer: "Mrs Akter is now mother of twins")
        "mother of twins", "father of twins", "now mother of", "now a mother", "now father of",
        "now a father",
        # a nephew or niece born: "ভাইয়ের ঘরে ভাতিজা হইসে", "became an uncle"
        "ভাতিজা হ", "ভাতিজি হ", "ভাগ্নে হ", "ভাগ্নি হ", "bhatija ho", "vatija ho", "bhatiji ho",
        "bhagne ho", "bhagni ho", "became an uncle", "became an aunt", "became uncle", "became aunt",
        # Noakhali "হওন" (being born: "বাচ্চা হওনের ডেট"), Rangpur ছাওয়াল (a son) and বেটি (a daughter)
        # born ("বেটা হইছে" is not here: বেটা folds like ব্যথা, pain)
        "বাচ্চা হওন", "বাইচ্চা হও", "ছাওয়াল হই", "ছাওয়াল হয়", "বেটি হই", "বেটি হয়", "জন্ম নিছে",
        # "labour" alone is also workers ("Labour at their site on strike", "লেবার নাই"): a birth
        # only in labour, its room, ward or pain ("wife labour e"); sadhu "জন্ম দিয়াছেন", a child due
        "in the labour", "labour room", "labour ward", "labour e$", "labor e$", "লেবারে", "লেবার ওয়ার্ড",
        "সন্তান হবে", "সন্তান হইবে", "sontan hobe", "জন্ম দিয়েছেন", "জন্ম দিয়াছেন", "জন্ম দিছেন",
        "জন্ম দিলেন", "জন্ম দিয়েছে", "জন্ম দিছে", "jonmo diyeche", "jonmo dise", "কন্যা সন্তান", "পুত্র সন্তান",
        # a son or a daughter born, in formal words; a baby due in the dialects ("হইবো")
        "পুত্র সন্তান", "কন্যা সন্তান", "putro sontan", "konna sontan", "বাচ্চা হইবো", "বাচ্চা হইব",
        # Noakhali and Chatgaiya অইবো ("বাচ্চা অইবো এই হপ্তায়") (w25)
        "বাচ্চা অইবো", "বাচ্চা অইব", "baccha oibo", "bacca oibo",
        "baccha hoibo", "বাবু হইবো", "babu hoibo",
        # a baby born, "বাবু" (w20: "আমার বাবু হইছে দশ দিন হইল")
        "বাবু হইছে", "বাবু হয়েছে", "বাবু হইসে", "babu hoise", "babu hoyeche", "babu hoyse",
        # "went into labour" ("in labour" is a cue, "into" is not "in"); a father's news told in
        # English ("He's a dad now, wife had a boy"); Chatgaiya হইয়্যে ("ঝির বাচ্চা হইয়্যে") (w30)
        "into labour", "into labor", "a dad now", "a father now", "a mum now", "a mom now",
        "a mother now", "had a boy$", "had a girl$", "had a baby boy", "had a baby girl",
        "বাচ্চা হইয়্যে", "বাচ্চা হইয়ে", "baccha hoiyye", "bachcha hoiyye", "পোয়া হইয়্যে", "মাইয়া হইয়্যে",
        # a grandchild come into a daughter's home ("মাইয়ার ঘরে পোলা আইছে": the daughter's) (w31)
        "ঘরে পোলা আইছে", "ঘরে মাইয়া আইছে", "ঘরে পোলা আসছে", "ঘরে মাইয়া আসছে", "ghore pola aise",
        "ghore maiya aise", "ghore pola ashse", "ghore maiya ashse",
    ),
    "illness": (
        # a cough or vomiting that will not stop ("বাপের কাশি থামে না"); down with a fever
        # ("হেতে নিজে ঠান্ডা জ্বরে": জ্বরে alone folds like জোরে, loudly) (w28)
        "কাশি থামে না", "কাশি থামছে না", "কাশি থামতেছে না", "kashi thame na", "kashi thamche na",
        "বমি থামে না", "বমি থামছে না", "bomi thame na", "bomi thamche na",
        "ঠান্ডা জ্বরে", "নিজে জ্বরে", "নিজেই জ্বরে", "nije jore", "nijei jore",
        # bedsores of someone bedridden ("abba 3 din dhore bed e, bedsore hoise") (w23)
        "bedsore", "bed sore", "বেডসোর", "বেড সোর", "শয্যাশায়ী", "bedridden",
        "অসুস্থ", "অসুস্হ", "অসুখ", "জ্বর", "জর", "হাসপাতাল", "হসপিটাল", "হাসপাতালে", "ক্লিনিক",
        "অপারেশন", "ভর্তি", "আইসিইউ", "সিসিইউ", "ডেঙ্গু", "টাইফয়েড", "নিউমোনিয়া", "স্ট্রোক",
        "হার্ট অ্যাটাক", "হার্ট এটাক", "ক্যান্সার", "ঠান্ডা লেগেছে", "শরীর খারাপ", "ব্যথা$",
        "ব্যাথা$", "ব্যথায়", "ব্যাথায়", "আহত", "ফ্রাকচার", "পা ভাঙছে", "হাত ভাঙছে",
        "প্লাস্টার", "সেলাই লেগেছে", "ডায়রিয়া", "বমি", "কোভিড", "করোনা", "চিকিৎসা",
        "ডাক্তার দেখা", "ডাক্তারের কাছে", "ইনজুরি", "osustho", "osusth", "osukh", "jor$", "jorer",
        # "customer er jour", "jourer" as a young agent types jor (w26)
        "jour$", "jourer",
        "jvor", "jwor", "hospital", "haspatal", "clinic", "operation", "vorti", "bhorti",
        "dengue", "dengu", "typhoid", "pneumonia", "stroke", "heart attack", "cancer",
        "sorir kharap", "shoril kharap", "shoril ta valo na", "shorir kharap", "betha$", "aahoto",
        "ahoto", "fracture", "plaster", "sick$", "sickness", "ill$", "illness", "unwell", "fever", "surgery",
        "injured", "injury", "hurt", "admitted", "diarrh", "vomit", "covid", "corona",
        "treatment", "pain$", "in pain", "doctor dekha", "doctor er kase", "doctor er kache",
        "bed rest", "not feeling well", "not well", "cold and cough", "flu$", "asthma",
        "এজমা", "অ্যাজমা", "এ্যাজমা", "ajma$", "azma$",
        "migraine", "jaundice", "chikitsa", "pressure beshi", "sugar beshi", "stitches", "saline",
        "oxygen", "ডায়াবেটিস", "হাঁপানি", "চিকুনগুনিয়া", "জন্ডিস", "বার্ন", "পুড়ে গেছে",
        "পুইড়া", "মাথা ঘুর", "দুর্বল", "রিং পরানো", "ল্যাবএইড", "পঙ্গু হাসপাতাল", "বিছানায়",
        "ডেঙ্গি", "প্লাটিলেট", "গ্যাস্ট্রিক", "মচকে", "ফুলে গেছে", "সেলাই লাগ", "চোখের অপারেশন",
        "শ্বাসকষ্ট", "প্রেশার", "প্রেসার", "ঠান্ডা কাশি", "সর্দি", "জ্বরের", "পেট খারাপ",
        "diabetes", "hapani", "chikungunya", "chicken pox", "pox$", "jondis", "burn unit",
        "pure gese", "puira", "matha ghur", "durbol", "lab aid", "labaid", "nicu", "shoye ase",
        "platelet", "gastric", "mochke", "fule gese", "selai lag", "bp high", "pressure high", "প্রেশার high", "প্রেসার high",
        # a stone in the gallbladder or a kidney, blood pressure told in a sentence (w24)
        "gallbladder", "gall bladder", "nebulizer lag", "নেবুলাইজার লাগ", "nebulizer dit",
        "নেবুলাইজার দি", "nebulize kor", "needs a nebulizer", "needed a nebulizer", "পিত্তথলি", "পিত্তে পাথর", "kidney stone", "কিডনিতে পাথর",
        "কিডনির পাথর", "blood pressure was", "blood pressure is", "blood pressure went", "pressure was very high",
        "pressure was high", "pressure is high", "pressure went up", "bp was high", "bp was very high",
        "high pressure", "cough", "bethay", "shordi", "sordi", "pet kharap", "bomi", "headache",
        "হাম$", "পক্স", "ক্ষত", "ডায়ালাইসিস", "কেমো", "জটিলতা", "বেড রেস্ট", "ভাইরাল",
        "জ্বর জ্বর", "টেম্পারেচার", "ham hoise", "dialysis", "chemo", "complication", "viral",
        "chemotherapy", "কেমোথেরাপি", "radiotherapy", "রেডিওথেরাপি",
        "temperature", "rest e ase", "হাসপাতালে নিছে", "হাসপাতালে নিয়ে", "admit", "ভর্তি করা",
        "চেকআপ", "শরীর ভালো না", "shorir valo na", "shoril valo na", "sorir bhalo na", "অসুস্থতা",
        "mri", "ct scan", "x-ray", "এক্সরে", "সেলাই কাট", "stitch$", "icu", "ccu te", "in ccu",
        "in the ccu", "stomach bug", "rehab", "chickenpox", "knee replacement", "hip replacement", "সার্জারি",
        "sarjari", "বাইপাস", "bypass", "discharged", "ডিসচার্জ", "কাশি", "kashi", "মচকা", "moska",
        "জ্বরে পড়", "jore por", "নিউমোনিয়া", "nimonia", "pneumonia",
        "দাঁত তুল", "dat tul", "tooth extract", "asustho", "asusto", "ashustho", "fell from",
        "পড়ে গিয়ে", "pore giye",
        "fainted", "faint hoy", "অজ্ঞান হয়ে", "অজ্ঞান হই", "ogyan hoye", "ওটিতে", "ot te$",
        "operation theatre", "operation theater", "sugar low", "সুগার কমে",
        # an eye infection ("চোখ উঠছে"), a blow
        "চোখ উঠ", "চোখ ওঠা", "chokh uth", "chok uth", "pink eye", "conjunctivitis",
        # "জ্বরে কাবু", food poisoning
        "জ্বরে কাবু", "jore kabu", "jwore kabu", "জ্বরে ভুগ", "jore vug", "jore bhug",
        "food poisoning", "ফুড পয়জনিং",
        # in the big public hospitals, named ("he's in Dhaka Medical", "PG হাসপাতালে")
        "in dhaka medical", "at dhaka medical", "ঢাকা মেডিকেলে ভর্তি", "dhaka medical e bhorti",
        "dhaka medical e vorti", "পিজি হাসপাতাল", "pg hospital", "in cmh", "at cmh", "cmh e", "cmh te",
        # a cold caught (any tense: লেগেছিল), an allergy that struck, bruises; sadhu forms
        "ঠান্ডা লেগ", "ঠাণ্ডা লেগ", "thanda leg", "thanda lag", "এলার্জি হ", "অ্যালার্জি হ", "এলার্জি উঠ",
        "allergy ho", "alergy ho", "allergi ho", "allergic reaction", "bruise", "অসুস্থ হইয়া",
        # an animal's bite, a heart attack spelt with এ্য, sugar gone up
        "কামড় দি", "কামড়ে দি", "কামড়াই", "kamor di", "kamre di", "kamrai", "kamrse", "kamrayse", "bitten by", "হার্ট এ্যাটাক",
        "সুগার বাড়", "সুগার বেড়", "sugar bar", "sugar bere", "bp beshi", "বিপি বেশি", "bp bere", "বিপি বাড়",
        # a miscarriage, a pacemaker fitted (w18)
        "miscarriage", "miscarage", "miscarrige", "মিসক্যারেজ", "মিসকারেজ", "গর্ভপাত", "gorbhopat",
        "pacemaker", "pace maker", "পেসমেকার",
        # loose motions, measles and pox by their everyday names (not বসন্ত alone, the spring), a
        # paralysis, a urine infection, "not well" in the dialects (ভালা)
        "পাতলা পায়খানা", "patla paykhana", "patla paikhana", "measles", "জলবসন্ত", "গুটিবসন্ত",
        "বসন্ত হ", "বসন্ত উঠ", "boshonto hoi", "boshonto uth", "paralys", "paralyz", "প্যারালাইজড",
        "প্যারালাইসিস", "ইউরিন ইনফেকশন", "urine infection", "প্রস্রাবে ইনফেকশন", "শরীর ভালা না",
        # illness in the dialects (বেমার, ব্যারাম; not বিমার, an insurance's), the liver, an ulcer,
        # a dog's or a snake's bite, blood needed, a drip, a miscarriage (an illness, not a birth)
        "বেমার", "bemar$", "ব্যারাম",
        # an infection of the chest or lungs ("মাইয়ার chest infection") (w25)
        "chest infection", "বুকে ইনফেকশন", "lung infection", "ফুসফুসে ইনফেকশন", "বুকে infection", "হেপাটাইটিস", "hepatitis", "সিরোসিস", "cirrhosis", "আলসার",
        "ulcer", "কুকুরে কামড়", "কুকুর কামড়", "kukur kamr", "kukure kamr", "dog bite", "bitten by",
        "সাপে কাট", "sape kat", "snake bite", "rabies", "জলাতঙ্ক", "রক্ত লাগবে", "রক্ত দরকার",
        "blood lagbe", "blood dorkar", "blood needed", "needs blood", "ক্যানুলা", "cannula",
        "স্যালাইন চল", "saline chol", "মিসক্যারেজ", "miscarriage", "গর্ভপাত", "বাচ্চা নষ্ট হয়ে",
        "life support", "লাইফ সাপোর্ট", "ventilator", "ভেন্টিলেটর",
        # a children's disease by its English name; sugar gone up, insulin started (w20)
        "hand foot mouth", "hand foot and mouth", "হ্যান্ড ফুট মাউথ", "hfmd", "insulin start",
        # English voice-typed in Bengali script
        "ফিভার", "হাই ফিভার",
        "ইনসুলিন শুরু", "ইনসুলিন দেওয়া শুরু", "insulin dite hocche", "insulin nite hocche",
        # the doctor raised the insulin's dose (w27)
        "insulin dose বাড়া", "insulin dose bara", "insulin dose barai", "insulin er dose bar",
        "ইনসুলিনের ডোজ বাড়", "insulin dose increase",
        # a pharmacy's shorthand: an operation ("OT hobe kal", "appendix OT hoise"), a urine
        # infection (UTI), a migraine in Bengali script, the thyroid or the eye's lens (w27)
        "ot hobe", "ot hoise", "ot hoyeche", "ot holo", "ot korbe", "ot হবে", "ot হইছে", "ot হয়েছে",
        "ওটি হবে", "ওটি হইছে", "ওটি হয়েছে", "মাইগ্রেন",
        # (UTI only after whose it is or before a verb: উঠি, "rose", folds like it: "রং উঠি গেছে")
        "er uti$", "uti chil", "uti hoi", "uti hoy", "uti infection", "uti r jonno", "cataract", "ক্যাটারাক্ট", "tonsil",
        "টনসিল", "appendix", "appendicitis", "অ্যাপেন্ডিক্স", "এপেন্ডিক্স", "thyroid high", "থাইরয়েড বেশি",
        # malaria (the tea gardens), TB found (only "ধরা পড়": টিবি folds like টিভি, a TV), an
        # electric shock (not "shock absorber": only with current or electric), Sylheti বেরাম (w29)
        "ম্যালেরিয়া", "malaria", "যক্ষ্মা", "যক্ষা", "টিবি ধরা পড়", "টিবি ধরা পরছে", "tb dhora por",
        "tb dhora pr", "কারেন্টের শক", "কারেন্টে শক", "ইলেকট্রিক শক", "current er shock",
        "current e shock", "electric shock", "বেরাম", "beram",
    ),
    "vehicle_trouble": (
        # an engine overheating in Bengali script ("মাইক্রোবাসের ইঞ্জিন ওভারহিট") (w23)
        "ইঞ্জিন ওভারহিট", "ইঞ্জিন গরম হয়", "engine overheat", "engine gorom",
        # (an accident counts only with a vehicle in the note, a pair below: "shop e accident kore
        # almari bhenge gese" is a mishap, "accident brand er sunglass" a brand)
        "গাড়ি নষ্ট", "গাড়ি খারাপ", "গাড়ি বন্ধ", "গাড়ি বিকল", "বিকল", "স্টার্ট হচ্ছে না",
        "স্টার্ট নিচ্ছে না", "চাকা পাংচার", "পাংচার", "টায়ার ফেটে", "গ্যারেজে", "ওয়ার্কশপে",
        "রাস্তায় আটকে", "হাইওয়েতে আটকে", "আটকা", "তেল শেষ",
        "gari nosto", "gari kharap", "gari bondho", "bikol", "start hocche na", "start hoy na",
        "start nicche na", "puncture", "pangchar", "punchar", "panchar", "puncher", "pancture",
        "ponchar", "flat tyre", "flat tire",
        "tyre burst", "tire burst", "garage", "workshop", "broke down",
        "broken down", "breakdown", "break down", "engine problem", "engine trouble",
        "engine er kaj", "stuck on the highway", "stuck on highway", "atke ase", "atke ache",
        "atka", "towed", "battery down", "ব্যাটারি ডাউন", "highway te bondho", "রাস্তায় বন্ধ", "out of fuel", "ran out of fuel", "gari repair",
        "ব্রেকডাউন", "বিগড়া", "bigra",
        "car repair", "bike repair", "gari meramot", "গাড়ি মেরামত", "ব্রেকডাউন",
        "ইঞ্জিনে সমস্যা", "ইঞ্জিনের সমস্যা", "engine e somossa", "engine er somossa", "engine overheat",
        "ডিজেল শেষ", "diesel shesh", "গ্যাস শেষ", "gas shesh", "petrol shesh", "পেট্রোল শেষ", "fuel shesh", "gearbox", "গিয়ারবক্স", "clutch plate", "towing", "skid",
        # stranded with a flat ("flat" alone is an apartment; "stranded" alone pairs with a vehicle
        # below: "the delivery man was stranded in the rain") (w30)
        "stranded with", "with a flat$", "had a flat$", "got a flat$", "a flat tyre", "a flat tire",
        # a jeep stuck in the beach's sand, waiting for a tow truck (w31)
        "stuck in sand", "stuck in the sand", "বালুতে আটকা", "balute atka", "waiting for a tow",
        "tow truck",
    ),
    "complaint": (
        # the wrong size, goods past their date, a product dead within days, a rider asking for a
        # tip, a part replaced under warranty (w23)
        "size ভুল", "size vul", "size bhul", "সাইজ ভুল", "wrong size", "date expired", "date expire",
        "date over hoye", "মেয়াদ শেষ", "মেয়াদোত্তীর্ণ", "দিনেই ডাউন", "দিনেই নষ্ট", "দিনেই খারাপ",
        "dinei down", "dinei nosto", "dinei kharap", "extra tip", "tip chai", "tip chay", "বকশিশ চাই",
        "bokshish chai", "warranty te change", "warranty te replace", "warranty te bodl",
        "warranty তে change", "ওয়ারেন্টিতে বদল", "ওয়ারেন্টিতে চেঞ্জ",
        # an instalment agent's harassment, a loose leg, fabric peeling, a blurred picture; অভিযোগ
        # spelt "oviyog"; a set sold as new that looks re-conditioned (w21)
        "oviyog", "harassment", "harass kor", "হয়রানি", "hoyrani", "paya nora", "পায়া নড়", "পায়া নড়",
        "fabric উঠে", "fabric uthe", "ফ্যাব্রিক উঠে", "picture ghola", "ছবি ঘোলা", "re-conditioned",
        "reconditioned", "রিকন্ডিশন",
        "অভিযোগ", "অসন্তুষ্ট", "ভাঙা", "ভাঙ্গা", "ফাটা", "নষ্ট", "ফেরত$", "ফেরত চায়",
        "ফেরত দিতে", "রিফান্ড", "দেরিতে", "লেট", "কম দিছে", "কম পাইছে", "কম আছে", "বেশি নিছে",
        "ওভারচার্জ", "খারাপ ব্যবহার", "বিরক্ত", "রাগ", "মিলে নাই", "মিলে নি", "মিলেনি", "ছেঁড়া$",
        "লিক", "পচা", "নকল", "ডুপ্লিকেট", "চালু হয় না", "কাজ করে না", "কাজ করছে না",
        "রিপ্লেসমেন্ট", "চেঞ্জ চান", "এক্সচেঞ্জ", "বদলে", "খুলে গেছে", "ডেড", "কমপ্লেইন",
        # (eighth round, coverage probe 2) English in Bengali script as voice typing writes it,
        # a replacement wanted, a delivery man who never came
        "ড্যামেজ", "ডেমেজ", "রিপ্লেস চায়", "রিপ্লেস চাই", "রিপ্লেস চাচ্ছে", "replace chay", "replace chai",
        "replace chacche", "ডেলিভারি ম্যান আসে নাই", "ডেলিভারি ম্যান আসেনি", "ডেলিভারি ম্যান আসে নি",
        "delivery man ashe nai", "delivery man ase nai", "delivery man ashe ni", "delivery man asheni",
        "delivery man didn't come", "delivery man did not come", "delivery man never came",
        "complain", "ovijog", "obhijog", "obijog", "vanga", "bhanga", "fata", "nosto", "ferot$",
        "ferot chay", "ferot dite", "refund", "return", "deri", "late$", "late delivery", "wrong",
        "damaged", "damage", "broken", "cracked", "torn", "dented", "টোল খাওয়া", "টোল পড়ছে", "tol pore gese", "leak$", "leaking", "leaked", "leakage", "rotten", "fake", "duplicate",
        "overcharg", "over charg", "rude", "unhappy", "not happy", "disappointed", "angry",
        "upset", "rag korse", "rag korche", "birokto", "kharap babohar", "babohar kharap",
        "mile nai", "mile ni", "does not work", "not working", "kaj kore na", "on hoy na",
        "replacement", "replace", "exchange", "change chay", "dead on arrival", "dead$",
        "missing", "short$", "less than", "kom dise", "kom paise", "defect", "faulty", "scratch",
        "bad quality", "poor quality", "problem", "somossa", "issue", "ছিঁড়ে$", "ছিড়া$", "পোকা",
        "পিঁপড়া", "মেয়াদ", "রং উঠে", "বদলাই", "বদলাতে", "নারাজ", "গালি", "অপমান", "বাঁকা",
        "টেকনিশিয়ান", "সার্ভিস খারাপ", "কেমন সার্ভিস", "চিল্লা$", "চিল্লাই", "চিল্লায়", "চিল্লাচ", "চিল্লানো", "ভাঙছে", "ওজন কম", "কম ছিল",
        "লজ্জা", "খুলে পড়", "দাগ$", "ক্যান্সেল", "আর কিনবে না", "বেশি চাইছে", "chira$", "chire$",
        "poka", "expire", "rong uthe", "badlate", "bodlate", "naraj", "gali dise", "opoman",
        "warranty chay", "kete gese", "ar kinbe na", "r kinbe na", "beshi nise", "beshi nicche", "beshi nicchi",
        "technician", "dag$", "fused", "bhangse", "vangse", "khushi na", "kosto pai", "lage na",
        "awaj", "awaz", "ভুল সাইজ", "ভুল পণ্য", "ভুল মাল", "ভুল রং", "ভুল আইটেম", "ভুল পাঠা",
        "ভুল জিনিস",
        # wrong feed or goods sent, in sadhu bhasha too ("ভুল ফিড গিয়াছে") (w26)
        "ভুল ফিড", "vul feed", "bhul feed", "ভুল মাল গিয়াছে", "মাল ভুল গিয়াছে", "ভুল গিয়াছে",
        "vul size", "vul jinis", "vul item", "vul color", "vul patha", "bhul size",
        "bhul jinis", "বাজে$", "baje$", "bajey$", "দেরি হইছে", "দেরি করছে", "দেরি কেন", "expired",
        "মেয়াদোত্তীর্ণ", "গলে গেছে", "ঘুণ", "বসে গেছে", "মিইয়ে", "ঠকাই", "thokai", "threaten",
        "bad review", "making noise", "different from", "not as shown", "not same",
        "kaj korche na", "kaj kortese na", "কাজ করতেছে না", "কাজ করতেছিল না", "কাজ করছিল না",
        "চলে না", "chole na", "গরম হয় না", "ঠান্ডা হয় না", "naraz", "খুশি না", "happy na",
        "cheated", "ঠকানো", "ঠকাইছে", "রাগারাগি", "swelling", "swollen", "wrong model", "ভুল এসেছে",
        "ভুল আসছে", "ভুল দিছে", "দেয়নি কেন", "ajo pay nai", "ajo pai nai", "kothay parcel", "হবার কথা",
        "hobar kotha", "ফেটে গেছে", "fete gese", "ferot chai", "ফেরত চাই", "venge gese", "ভেঙে গেছে",
        "ঝিরঝির", "মিলে না", "mile na", "রেগে", "rege$", "furious",
        # goods short in the count ("পোনা গোনায় কম"), a threat to go to the consumer rights
        # authority (ভোক্তা অধিকার), Noakhali's না after the verb ("কাজ করে ন"), mould on feed
        # (ছাতা পড়া), "বদলায়ে দিতি হবে" (Khulna), polish peeling off, a door misaligned (w28)
        "গোনায় কম", "গুনায় কম", "gonay kom", "gunay kom", "ভোক্তা অধিকার", "vokta odhikar",
        "bhokta odhikar", "consumer rights", "consumer right", "কাজ করে ন$", "kaj kore n$",
        "ছাতা পড়ে", "ছাতা পড়ছে", "ছাতা পড়ি", "ছাতা ধরছে", "ছাতা ধরে", "ছত্রাক", "বদলায়ে দিতি",
        "বদলায়ে দিতে", "বদলাইয়া দিতে", "peeling off", "peeled off", "misaligned",
        # half the shrimp fry (PL) sold came dead ("অক্সিজেন কম ছিল, অর্ধেক মরা") (w28)
        "অর্ধেক মরা", "অর্ধেক মরে গে", "অর্ধেক মরি গে", "ardhek mora", "adhek mora", "pl dead", "pl mora",
        "পিএল মরা", "পিএল মরে গে",
        # a smell in the feed ("feed e gondho, mach khay na") (w28)
        "ফিডে গন্ধ", "ফিডে গন্দ", "feed e gondho", "feed a gondho", "feed e gondo",
        "চেঁচামেচি", "chechamechi", "এখনো পান নাই", "এখনো পাননি", "এখনো পায় নাই", "এখনো পাইনি",
        "ekhono pay nai", "ekhono pai nai", "ekhono paini", "not received yet", "still not received",
        "haven't received", "hasn't arrived", "not arrived", "compensation", "ক্ষতিপূরণ", "মামলা",
        "হ্যাং", "hang kore", "blur$", "কম আসছে", "kom asche", "kom ashche", "kom aise",
        # overcharged, cheated, angry, never again: the customer's own words about the shop
        "বেশি ধরা", "বেশি ধরছে", "বেশি ধরেছে", "বেশি ধরছেন", "beshi dhora", "beshi dhorse",
        "beshi dhoreche", "cheating", "cheat kor", "ক্ষুব্ধ", "khubdho", "will not order again",
        "won't order again", "never order again", "won't buy again", "will not buy again",
        "আর নিবেন না", "আর কিনবেন না", "ar nibe na", "ar kinbe na", "ar nibo na", "ar kinbo na",
        "ভেজাল", "bhejal", "vejal", "ভেজা আসছে", "ভিজে গেছে", "bhije gese", "vije gese", "wet$",
        "wobbly", "loose$", "ঢিলা$",
        # fake goods (ভেজাল alone, weak, is also a hassle: "ভেজাল করছে") (w29)
        "ভেজাল মাল", "ভেজাল জিনিস", "ভেজাল রং", "ভেজাল প্রোডাক্ট", "bhejal mal", "vejal mal",
        "আসেনি এখনো", "এখনো আসেনি", "এখনো আসে নাই", "ekhono ashe nai", "ashe nai ekhono", "নালিশ",
        "nalish", "ফিরাই দে", "firai de", "ডেন্ট", "dent$", "dented", "সিল খোলা", "seal khola",
        "ছবির মতো না", "chobir moto na", "not like the picture", "দুইবার নিছে", "dui bar nise",
        "double charge", "charged twice", "order dibe na", "অর্ডার দিবে না", "never got it",
        "extra nise", "dam beshi rakh", "বিল বেশি", "bill beshi", "বেশি বিল", "beshi bill",
        "ক্ষেপে গে", "ক্ষেপা", "khepe ge", "চটে আছ", "চটে গে", "scam", "প্রতারণা", "protarona",
        "ভুল ঠিকানা", "vul address", "bhul address", "wrong address", "ভুল address",
        "ব্যাটারি ফুলে", "battery fule", "battery fula", "battery swollen", "battery swell",
        # a power bank or a phone swollen, written whole so it wins over "ফুলে গেছে" (a swelling) (w20)
        "পাওয়ার ব্যাংক ফুলে গে", "power bank fule ge", "powerbank fule ge", "ব্যাটারি ফুলে গে",
        "battery fule ge", "ফোন ফুলে গে", "phone fule ge", "মোবাইল ফুলে গে", "mobile fule ge",
        "power bank swollen", "power bank swell",
        "didn't like", "did not like", "পছন্দ হয় নাই", "পছন্দ হয়নি", "পছন্দ হয় নি", "pochondo hoy nai",
        "pochondo hoyni", "posondo hoy nai",
        # hurt feelings, a page called a fraud, the wrong design sent, a parcel arrived open
        "কষ্ট পেয়ে", "kosto peye", "fraud", "ফ্রড", "প্রতারক", "vul design", "bhul design",
        "ভুল ডিজাইন", "wrong design", "খোলা অবস্থায়", "khola obosthay", "seal khola", "সিল খোলা",
        # fewer pieces than ordered (not "২০০ কম পাঠাইছে", a payment short), a phone that will not
        # charge, a packet opened, an exchange asked for in sadhu bhasha ("পরিবর্তন করিতে চান")
        "কম এসেছে", "কম আসছে", "kom eseche", "kom esheche",
        "packet kom", "প্যাকেট কম", "pcs kom", "piece kom", "পিস কম",
        "charge hoy na", "চার্জ হয় না", "চার্জ হচ্ছে না", "charge hocche na", "charge hoyna",
        "not charging", "won't charge", "doesn't charge", "does not charge",
        "প্যাকেট খোলা", "packet khola", "packet was open", "box khola", "বক্স খোলা",
        "পরিবর্তন করতে চা", "পরিবর্তন করিতে চা", "poriborton korte cha", "পাল্টাতে চা", "paltate cha",
        "পাল্টাইতে চা", "বদলাইতে চা",
        # scolding, anger in the dialects (চেতছে), rudeness spelt ব্যাবহার, a wrong bill or measure,
        # stones in the rice, a cracked screen, the shop's own mistake
        "বকাবকি", "বকাঝকা", "bokaboki", "bokajhoka", "চেতছে$", "চেতছিল", "chetse$", "chetche$", "খারাপ ব্যাবহার",
        "ব্যাবহার খারাপ", "হিসাব ভুল", "ভুল হিসাব", "hisab vul", "hisab bhul", "ভুল মাপ", "মাপে ভুল",
        "vul map", "bhul map", "mape vul", "mape bhul", "wrong measurement", "পাথর পা", "কাঁকর",
        # the account "wrong" or written "too much" in the book, an unhappy customer (অখুশি) (w27)
        "হিসাবে ভুল", "hisabe bhul", "hisabe vul", "হিসাবে বেশি", "hisabe beshi", "বেশি লেখা",
        "beshi lekha", "অখুশি", "okhushi", "okhusi",
        "pathor pa", "crack$", "আমাদের ভুল", "amader vul",
        "amader bhul", "our mistake", "beshi nis", "বেশি নিস", "জমাট", "কম ওজন", "kom ojon",
        # clothes that do not fit ("সাইজ ছোট, বদলাতে চাইলেন") (whole words: "size choto" folds like "size stock", w23)
        "সাইজ ছোট", "সাইজে ছোট", "size choto$", "size e choto$", "too small", "too tight",
        # overcharged in Bengali script, a grievance, a warranty claim, fury
        "বেশি নেওয়া", "বেশি নিয়েছে", "বেশি নিয়েছেন", "বেশি নিছে", "বেশি রাখছে", "beshi neya",
        "overcharg", "ক্ষোভ", "khobh", "furious", "বদলাতে চা", "bodlate cha", "badlate cha",
        "change korte cha",
        # the wrong product or model sent, service called bad before the noun, a stone come off,
        # "a copy" (a fake) (w18; not "light jole na": a lamp of the customer's own may be out)
        "ভুল প্রোডাক্ট", "vul product", "bhul product", "wrong product", "ভুল মডেল", "vul model",
        "bhul model", "kharap service$", "খারাপ সার্ভিস$", "baje service$", "বাজে সার্ভিস$",
        "stone pore ge", "stone khule ge", "stone khule por", "পাথর খুলে", "পাথর পড়ে গে",
        "copy mone ho", "কপি মনে হ",
        # the wrong thing came, in the past and in dialect ("স্ট্যান্ড ভুল এসেছিল"), an AC or a fridge
        # that does not cool ("ac thanda kore na"), clothes too small ("pajama choto hoise") (w24;
        # চিল্লা, shouting, is listed by its verb forms: alone it folds like ছিলাম, "I was")
        "ভুল এসেছিল", "ভুল আসছিল", "ভুল আইছে", "ভুল আসছে", "vul asche", "vul ashche", "vul ashse",
        # a rude delivery man in Dhakaiya and Noakhali ("beyadobi korse"), an order sent wrong
        # ("ordr vul gese"; not ভুলে গেছে, forgot) (w25)
        "বেয়াদবি", "বেয়াদবী", "beyadobi", "beyadopi", "bedobi", "অর্ডার ভুল গেছে", "order vul gese",
        "ordr vul gese", "order bhul gese", "মাল ভুল গেছে", "mal vul gese",
        # a recharge shop's: the recharge or balance that never came, a SIM not activated (w25)
        "recharge ashe nai", "recharge ase nai", "recharge ashe ni", "রিচার্জ আসে নাই", "রিচার্জ আসেনি",
        "রিচার্জ যায় নাই", "recharge jay nai", "balance ashe nai", "ব্যালেন্স আসে নাই",
        "activate hoy nai", "activate হয় নাই", "অ্যাক্টিভ হয় নাই", "একটিভ হয় নাই", "active hoy nai",
        "bhul eseche", "bhul esechilo", "vul aise", "came wrong", "ঠান্ডা করে না", "ঠান্ডা করতেছে না",
        "ঠান্ডা করছে না", "thanda kore na", "thanda korche na", "thanda kortese na", "not cooling",
        "doesn't cool", "does not cool", "isn't cooling", "ছোট হইছে", "ছোট হয়েছে", "ছোট হয়ে গেছে",
        "choto hoise", "choto hoyeche", "choto hoye gese", "too small", "too tight", "টাইট হইছে",
        "tight hoise",
        # wanting it exchanged, in the standard form too (as "বদলাইতে চা")
        "বদলাতে চা", "bodlate cha",
        # a hole ("foota"; not ফুটা alone, which folds like ফুট, feet), bad behaviour, poor quality, a battery that will not hold its charge, a noise,
        # money back wanted
        "futa$", "ফুটা হয়ে", "ফুটো হয়ে", "বাসি$", "খারাপ আচরণ", "kharap achoron", "বাজে ব্যবহার", "misbehav", "behaved badly",
        "quality bhalo na", "quality valo na", "quality kharap", "কোয়ালিটি ভালো না", "কোয়ালিটি খারাপ",
        "মান খারাপ", "low quality", "চার্জ থাকে না", "charge thake na", "charge thakena",
        "আওয়াজ করে", "আওয়াজ হয়", "শব্দ করে", "noise kore", "sound kore", "wants money back",
        "wanted money back", "want money back", "asked for money back", "money back chay",
        # a smell, clumped, an order paid for and not got, deceit, a bad review, the picture not
        # matched (not "jole na": "shudhu light jole na, bulb kinbe" is a bulb to buy)
        "গন্ধ আস", "গন্ধ কর", "গন্ধ বের", "দুর্গন্ধ", "gondho as", "gondho kor", "bad smell",
        "smells bad", "smelly", "জমাট বাঁধ", "jomat bedhe", "অর্ডার পায় নাই", "অর্ডার পায়নি",
        "order pay nai", "order pai nai", "মাল পায় নাই", "মাল পায়নি", "mal pay nai", "পার্সেল পায় নাই",
        "পার্সেল পায়নি", "parcel pay nai", "ধোকা দি", "ধোঁকা দি", "dhoka di", "১ স্টার", "1 star",
        "one star", "এক স্টার", "খারাপ রিভিউ", "kharap review", "negative review", "সাথে মিল নাই",
        "সাথে মিল নেই", "sathe mil nai",
        # an exchange asked for, a delivery that has not come
        "change korte cha", "চেঞ্জ করতে চা", "ডেলিভারি আসে নাই", "ডেলিভারি আসে না$", "ডেলিভারি আসেনি",
        "delivery ase nai", "delivery ashe nai", "delivery ase na$", "delivery pay nai", "ডেলিভারি পায় নাই",
        # burnt out (not "motor pure gese": a pump to repair), the wrong name (not ভুল নাম্বার, a wrong number; not "ভুল লিখছিলাম", the
        # shop's own slip put right), water leaking through, colour faded
        "burnt out", "ভুল নাম$", "vul nam$", "wrong name",
        "দিয়ে পানি পড়", "diye pani por", "fade ho", "faded",
        "রং চলে গে", "rong chole ge", "রং ফিকে",
        # the customer's own words about the shop: the delivery man threw it, charged extra, not
        # satisfied, the shop's fault, one side silent, a warranty claim (w20)
        "threw the", "threw my", "ছুঁড়ে মার", "ছুড়ে মার", "ছুইড়া মার", "ছুঁড়ে দিছে", "ছুড়ে দিছে",
        "chure mar", "chhure mar", "chure dise", "chhure dise", "charged me", "charged extra",
        "extra charge", "extra charged", "বেশি টাকা নিছে", "বেশি টাকা নিয়েছে", "beshi taka nise",
        "সন্তুষ্ট না$", "সন্তুষ্ট নন", "সন্তুষ্ট নয়", "অসন্তুষ্ট", "santushto na$", "shontushto na$",
        "sontushto na$", "not satisfied", "unsatisfied", "dissatisfied", "not happy with",
        "দোকানের দোষ", "dokaner dosh", "dokaner dos", "shop's fault", "your fault", "আপনাদের দোষ",
        "apnader dosh", "sound ase na", "sound ashe na", "sound asche na", "sound আসে না",
        "সাউন্ড আসে না", "আওয়াজ আসে না", "awaj ase na", "no sound", "warranty claim",
        "ওয়ারেন্টি ক্লেইম", "ওয়ারেন্টি দাবি",
        # English voice-typed in Bengali script
        "ড্যামেজ", "ডেমেজ", "ড্যামেজড", "হ্যাপি না$", "happy na$", "হ্যাপি নন", "হ্যাপি নয়",
        # goods sent short ("dudh kom pathaise, 2 liter er jaygay 1"; not money sent short, SENT_SHORT)
        "kom pathai", "কম পাঠাই", "kom pathano hoise", "কম পাঠানো হয়েছে", "kom dise$", "কম দিছে",

        # a cake or an order "dead", "died", "RIP" in texting is the goods spoilt, and the damage
        # itself: smashed, squashed, crushed, melted, wilted, dried flowers (w22)
        "cake died", "cake's dead", "cake is dead", "cake dead", "cake ta dead", "rip my order",
        "rip amar order", "order died", "smashed", "squashed", "crushed", "melted", "wilted",
        "ফুলগুলো শুকনা", "ফুল শুকনা", "ful shukna", "ful gula shukna", "never arrived", "never reached", "eta ki dilen", "এটা কি দিলেন",
        "difference back", "wants the difference",
        # a Facebook page's goods: not as the photo showed ("chobi te onno rokom dekhaise"), a
        # lipstick broken in its packaging, a bill with a mistake ("parts er bill e vul"), a
        # screen protector bubbling (not bubble wrap), a part or a parcel kept waiting, the courier
        # sending the customer round and round ("তিনবার ঘুরাইছে") (w30)
        "ছবিতে অন্য রকম", "ছবিতে অন্যরকম", "chobi te onno rokom", "chobite onno rokom",
        "chobi te onnorokom", "chobite onnorokom", "ছবির সাথে মিল নাই", "chobir sathe mil nai", "not as pictured",
        "লিপস্টিক ভাঙ্গা", "লিপস্টিক ভাঙা", "lipstick banga", "lipstick bhanga", "lipstick vanga",
        "বিলে ভুল", "বিল এ ভুল", "bill e vul", "bill e bhul", "bille vul", "bille bhul",
        "wrong bill", "overcharged", "bubbling", "waiting 10 days", "waiting for days",
        "waiting for weeks", "part delayed", "parts delayed",
        "তিনবার ঘুরা", "দুইবার ঘুরা", "বারবার ঘুরা", "কয়েকবার ঘুরা", "tinbar ghura", "duibar ghura",
        "barbar ghura",
        # displeased (বেজার; not বাজার, a market: they fold apart), mould in a pickle, a quarrel that
        # the shop gave short weight ("শুঁটকি কম দিছি কইয়া ঝগড়া": not the quarrel at home that reads
        # busy), a sari's colour that ran (an owner's trial: "colour ran; buying elsewhere now") (w31)
        # (mould on the goods, not a foot's fungus and its cream; a colour that ran, not its range)
        "বেজার", "bejar", "e fungus", "te fungus", "fungus dhorse", "fungus dhorche", "fungus porse",
        "fungus poreche", "fungus dhorese", "ফাঙ্গাস ধর", "ছত্রাক ধর", "ছত্রাক পড়", "এ ফাঙ্গাস", "তে ফাঙ্গাস",
        "কম দিছি কইয়া", "কম দিছি বলে", "kom disi koiya", "kom dichi bole", "kom disi bole",
        "colour ran$", "color ran$", "colour runs$", "color runs$", "colour bled$", "color bled$",
        "colour bleeds$", "color bleeds$",
    ),
    "celebration": (
        # came first in class ("ছেলে school এ 1st হইছে"), a new pharmacy or garage of their own (w23)
        "1st হইছে", "1st হয়েছে", "1st hoise", "1st hoyeche", "1st hoyse", "ফার্মেসি খুল",
        "pharmacy khul", "pharmacy open", "নতুন ফার্মেসি", "notun pharmacy", "গ্যারেজ খুল",
        "garage khul", "নতুন গ্যারেজ", "notun garage",
        "বিয়ে", "বিয়ের", "বিবাহ", "এনগেজমেন্ট", "আকদ", "গায়ে হলুদ", "জন্মদিন", "প্রমোশন",
        "পাস করেছে", "পাশ করেছে", "পাস করছে", "জিপিএ", "এ প্লাস", "চান্স পাইছে", "চান্স পেয়েছে",
        "নতুন চাকরি", "চাকরি পাইছে", "চাকরি পেয়েছে", "নতুন বাসা", "নতুন বাসায়", "নতুন ফ্ল্যাট",
        "নতুন বাড়ি", "নতুন দোকান", "উদ্বোধন", "হজ্জ থেকে", "হজ থেকে", "হজ্জ থিকা", "হজ থিকা", "hajj thika",
        # Sylheti থাকি ("হজ থাকি ফিরছইন") (w28)
        "হজ থাকি", "হজ্জ থাকি", "hajj thaki", "haj thaki", "উমরাহ থেকে",
        "বিবাহবার্ষিকী", "ম্যারেজ ডে", "অ্যানিভার্সারি", "বার্থডে", "বার্থ ডে", "এনিভার্সারি", "biye", "biya", "bia$", "engagement",
        "akdo", "gaye holud", "jonmodin", "birthday", "promotion", "promoted", "pass korse",
        "pash korse", "pass koreche", "gpa 5", "a plus", "golden a", "chance paise", "new job",
        "notun chakri", "chakri paise", "notun basa", "notun flat", "new house", "new flat",
        "new home", "housewarming", "notun dokan", "new shop", "opening", "inauguration",
        "wedding", "married", "anniversary", "graduated", "graduation", "hajj", "umrah",
        "result bhalo", "congratulations", "চাকরি হ", "chakri ho", "job ho",
        "got a job", "got job", "job confirm", "job paise", "ভিসা হইছে", "ভিসা দিছে",
        "ভিসা পাইছে", "visa hoise", "visa paise", "got visa", "ফার্স্ট হইছে", "first hoise",
        "came first", "পুরস্কার", "prize", "award", "বিসিএস", "bcs", "ক্যাডার", "cadre",
        "engaged", "passed", "celebrating", "দোকান খুলছে", "dokan khulse", "নতুন জায়গায় খুল",
        "গাড়ি কিনছে", "notun gari", "new car", "বাড়ি করছে", "ছাদ ঢালাই",
        "রেজাল্ট ভালো", "ভালো রেজাল্ট", "ভালো ফল", "result valo", "valo result", "good result",
        "পরীক্ষায় পাস", "exam e pass", "passed the exam", "passed his exam", "passed her exam", "মুসলমানি", "musolmani",
        "খতনা", "khatna", "retired", "retirement", "অবসরে গেছেন",
        "got into", "new office", "নতুন অফিস", "thrilled", "new branch", "notun branch",
        "নতুন শাখা", "branch open", "date fix", "তারিখ ঠিক হ", "grand opening", "reopen",
        # elected, Umrah, a Quran finished, a new branch, a scholarship
        "নির্বাচিত", "nirbachito", "elected", "ওমরাহ", "omrah", "umra$", "খতম", "khatam",
        "শাখা খুল", "নতুন শাখা", "new branch", "ফিতা কাটা", "scholarship", "স্কলারশিপ",
        "got married", "জয়েন করছে", "জয়েন করছেন", "join korse", "joined a", "joined kor",
        "বছর পূর্তি", "bochor purti", "years of the shop",
        "ফার্স্ট ক্লাস পা", "first class pa", "got first class", "topped", "বিবাহ বার্ষিকী",
        "বিবাহবার্ষিকী", "biye barshiki", "bibaho barshiki", "moved into", "নতুন বাসায় উঠ",
        "notun basay uth", "opened his", "opened her", "opened their", "opened a new",
        # "opened 2nd branch" (w29; not "2nd branch" alone: an order sent to a second branch)
        "opened 2nd branch", "opened second branch", "opened another branch", "opened a branch",
        "opened new branch", "opened a 2nd", "opened a second", "বৌভাত",
        "বউভাত", "bou bhat", "boubhat",
        # moving house in mixed words, building a new house at home (w21)
        "নতুন বাসায় shift", "notun basay shift", "new basay shift", "নতুন ঘর তুল", "notun ghor tul",
        "নতুন ঘর বানা", "notun ghor bana",
        # Umrah written without its h; a Hindu baby's first rice; a new job in English words
        "ওমরা$", "ওমরা করে", "omra$", "umrah", "অন্নপ্রাশন", "annaprashan", "annoprashon",
        "মুখেভাত", "mukhe bhat", "notun job", "নতুন জব",
        # a job got (dialect "পাইয়া"), a new business, retiring
        "চাকরি পাইয়া", "চাকরি পেয়ে", "chakri paiya", "chakri peye", "job peye", "নতুন ব্যবসা",
        "notun bebsa", "notun byabsa", "new business", "ব্যবসা শুরু", "business shuru",
        "retire kor", "রিটায়ার", "অবসর নি",
        # their new cafe, restaurant or showroom opening (not a "নতুন শোরুম" they will visit)
        "notun cafe", "new cafe", "নতুন ক্যাফে", "cafe open", "restaurant open", "showroom open",
        "শোরুম উদ্বোধন", "রেস্টুরেন্ট উদ্বোধন",
        # a visa granted (any script), back from Hajj, a chance got in sadhu bhasha ("পাইয়াছে")
        "ভিসা হয়েছে", "ভিসা পেয়েছে", "visa hoyeche", "visa peyeche", "visa pelo", "visa approved",
        "got his visa", "got her visa", "হজ্জ শেষ", "হজ শেষ", "হজ্জ করে", "হজ করে", "hajj shesh",
        "hajj kore", "হজ্জ পালন", "হজ পালন", "চান্স পাইয়া", "chance paiya", "chance peyeche",
        "পাস করিয়া", "পাশ করিয়া", "চাকরি পাইয়া",
        # a housewarming (গৃহপ্রবেশ), a government job, a teaching post got ("মাস্টারি পাইছে")
        "গৃহপ্রবেশ", "griho probesh", "grihoprobesh", "সরকারি চাকরি", "sorkari chakri", "govt job",
        "government job", "মাস্টারি পা", "mastari pa",
        # a new outlet of their own
        "new outlet", "নতুন আউটলেট", "notun outlet", "open a new", "opening a new",
        "passed his", "passed her",
        # a golden A+ got ("golden paise", "গোল্ডেন পেয়েছে") (w18)
        "golden pa", "golden pe", "গোল্ডেন পা", "গোল্ডেন পে", "golden a plus",
        # the holud by its own set, tray or evening (not হলুদ alone: a colour, a spice) (w24)
        "holud er set", "holud set", "হলুদের সেট", "holud er dala", "হলুদের ডালা", "holud er anushthan",
        "হলুদের অনুষ্ঠান", "holud sondha", "হলুদ সন্ধ্যা", "holud night", "holud er program",
        "হলুদের প্রোগ্রাম", "holud program",
        # a job got, in sadhu spelling and words ("পুত্রের চাকুরী প্রাপ্তি উপলক্ষে") (w24)
        "চাকুরী প্রাপ্তি", "চাকুরি প্রাপ্তি", "চাকরি প্রাপ্তি", "চাকুরী পা", "চাকুরী পে", "চাকুরি পা",
        "চাকুরি পে", "চাকুরী হ", "চাকুরি হ", "চাকরি লাভ", "চাকুরী লাভ",
        # admitted to a college or university (ভর্তি alone is a hospital's word) (w18)
        "college e vorti ho", "college e bhorti ho", "কলেজে ভর্তি হ", "university te vorti ho",
        "university te bhorti ho", "ইউনিভার্সিটিতে ভর্তি হ", "varsity te vorti ho", "ভার্সিটিতে ভর্তি হ",
        # selected (a job, the army, a team), got through an admission test ("টিকছে")
        "got selected", "selected hoise", "select hoise", "সিলেক্ট হইছে", "সিলেক্ট হয়েছে",
        "নির্বাচিত হয়েছে", "টিকছে", "টিকেছে", "টিকসে", "tikse$", "chance hoise", "চান্স হইছে",
        "চান্স হয়েছে",
        # a wedding's days (walima, the henna night, the Chittagong পানচিনি, a Hindu আশীর্বাদ), a
        # Hindu housewarming, a Hafiz's turban
        "ওয়ালিমা", "walima", "মেহেদি সন্ধ্যা", "মেহেদী সন্ধ্যা", "mehedi sondha", "mehndi night",
        "mehendi night", "mehndi ceremony", "reception$", "রিসিপশন$", "পানচিনি", "পান চিনি", "panchini", "আশীর্বাদ হ",
        "ashirbad ho", "গৃহপ্রবেশ", "griho probesh", "grihoprobesh", "হাফেজ হ", "hafez ho",
        "hafiz ho", "দস্তারবন্দী", "dastarbandi",
        # a job got or a post reached, in the customer's words ("I got the bank job!", "ami manager
        # hoisi bank e") (w20)
        "বার্থডে", "বার্থ ডে", "ওয়েডিং", "এনগেজমেন্ট", "এঙ্গেজমেন্ট", "got the job", "got the bank job", "got a bank job", "got the govt job", "got a govt job",
        "got a government job", "got the government job", "got a new job", "got the new job",
        "manager hoisi", "manager hoise", "manager hoyeche", "manager hoyechi", "manager hoilam",
        "ম্যানেজার হইছে", "ম্যানেজার হয়েছে", "ম্যানেজার হয়েছেন", "ম্যানেজার হইছেন", "ম্যানেজার হইছি",
        "ম্যানেজার হয়েছি", "officer hoise", "officer hoisi", "অফিসার হইছে", "অফিসার হয়েছে",
        # a first job, a doctorate finished (w22)
        "first job", "got her job", "got his job", "phd complete", "phd done", "phd shesh",
        # a new boutique opening ("apur notun boutique open hocche") (w30)
        # (not "boutique open" alone: "apur boutique open thake 10 tay" is its hours)
        "notun boutique", "নতুন বুটিক", "boutique open hoc", "boutique open hob", "boutique open kor",
        "boutique open ho", "বুটিক ওপেন হ", "বুটিক ওপেন কর", "বুটিক খুলছ", "বুটিক খুলবে", "boutique khulse",
        "boutique khulbe",
        # back from Hajj in Chatgaiya ("হজ থেইক্কা ফিরছেন"); a place at a university ("Son got
        # admission in Chittagong University") (w31)
        "হজ থেইক্কা", "হজ্জ থেইক্কা", "hoj theikka", "haj theikka", "hajj theikka", "got admission",
        "admission paise", "admission pelo", "admission peyeche",
    ),
    "busy": (
        # the number off, not picked up, out at the market now (w23)
        "nmbr off", "nmbr band", "nmbr bondho", "নাম্বার অফ", "নম্বর অফ", "রিসিভ করলেন না",
        "রিসিভ করলো না", "রিসিভ করেন নাই", "রিসিভ করে নাই", "receive korlen na", "receive korlo na",
        "এখন বাজারে", "ekhon bajare",
        "ব্যস্ত$", "পরে কল", "পরে ফোন", "পরে কথা", "মেজাজ খারাপ", "মুড নাই", "মুডে নাই", "মিটিং",
        "ড্রাইভ$", "ড্রাইভে", "ড্রাইভ কর", "ড্রাইভিং", "গাড়ি চালা", "নামাজে", "নামাজ পড়", "ফোন ধরে নাই", "ফোন ধরেনি", "ধরে নাই",
        "ধরেনি", "ধরলো না", "রিসিভ করেনি", "রিসিভ করে নাই", "রিসিভ করলো না", "বন্ধ পাইলাম",
        "নাম্বার বন্ধ", "ফোন বন্ধ", "সুইচ অফ", "সুইচড অফ", "নেটওয়ার্কের বাইরে", "নেটওয়ার্ক নাই",
        "ফোনও বন্ধ", "phone o bondho", "phone o off", "এখন রাস্তায়", "ekhon rastay", "ami rastay",
        "rastay jam", "রাস্তায় জ্যাম", "jam e ase", "in traffic", "মুড নাই", "mood nai",
        "kotha bolte chaise na", "kotha bolte chay na", "কথা বলতে চাইলেন না", "bad time",
        "নেটওয়ার্ক সমস্যা", "সিগন্যাল খারাপ", "কেটে গেল", "কেটে গেলো", "লাইন কেটে", "ঘুমাচ্ছে",
        "ঘুমাইতেছে", "কথা বলতে পারে নাই", "কথা বলতে পারবে না", "কথা বলতে পারেননি", "কথা হয়নি",
        "কথা হয় নাই", "ব্যস্ত আছেন", "রিং হলো", "রিং হয়", "ওয়েটিং", "কল ব্যাক", "besto$",
        "bysto$", "busy", "pore call", "pore phone", "pore fon", "pore kotha", "call later",
        "call back", "callback", "cal back", "later please", "bad mood", "mood nai", "mood e nai",
        "meeting", "driving", "drive korche", "salat", "dhore nai", "dhoreni", "dhorlo na",
        "pick kore nai", "pick korenai", "pick korlo na", "didn't pick", "did not pick",
        "not picking", "no answer", "not answer", "no ans", "unanswered", "receive kore nai",
        "receive korlo na", "receive koreni", "not reachable", "unreachable", "নট রিচেবল", "রিচেবল না", "out of network",
        "out of reach", "network er baire", "network nai", "switched off", "switch off", "sw off",
        # ফোন, fon fold apart from "phone": "ফোন অফ", "fon off" (whole: not a phone offer) (w29)
        "ফোন অফ$", "fon off$", "মোবাইল অফ$", "mobile off$",
        "phone off", "bondho pai", "number bondho", "phone bondho", "call drop", "line kete",
        "kete gelo", "sleeping", "ghumaitese", "ghumaitesilo", "ghumay", "in class", "in a class",
        "classe$", "class e ase", "class e ache", "dying of work", "drowning in work",
        # at the office, away until back ("uni office e, tmrw lunch time e call", "uni Chattogram e
        # gese, 4 din por phire ashle call dite bolse") (w22)
        "uni office e", "office e ase", "office e achen", "ofc e ase", "phire ashle call",
        "fire ashle call", "phire ashle phone", "ফিরে আসলে কল", "ফিরে আসলে ফোন", "ফিরলে কল", "ফিরলে ফোন",
        "can't talk", "cannot talk", "could not talk", "couldn't talk", "kotha bolte pare nai",
        "kotha bolte parbe na", "kotha hoy nai", "kotha hoyni", "not free", "ring hoy",
        # Noakhali "can't talk" ("৩ তারিখের আগে কথা কইতো হারতো ন") (w28)
        "কথা কইতো হারতো ন", "কথা কইতে হারতো ন", "কথা কইতে হারবো ন", "কথা কইতে হারে ন",
        "কথা কইতে পারবো না", "কথা কইতে পারবে না",
        "try again", "abar try", "cut the call", "hung up", "call kete", "call dhorlo na",
        "এখন না$", "ekhon na$", "ekhon parbe na", "somoy nai", "সময় নাই", "সময় নেই",
        "বাইরে আছেন", "ঘুমাইতেছিল", "ঘুমাচ্ছিল", "ক্লাস নিচ্ছেন", "ক্লাসে", "রান্না করতেছেন",
        "jummar", "জুম্মার নামাজ", "এখন দোকানে কাস্টমার", "ekhon dokane customer",
        "দোকানে কাস্টমার আছে", "dokane customer ache", "busy with a customer", "with a customer", "জামাতের", "asor er", "ভিড়", "bhir", "shuna jay na",
        "শোনা যায় না", "kete dise", "ring hoise", "রিং হইলো", "silent", "সাইলেন্ট", "ধরে না$",
        "dhore na$", "network pay na", "network kom", "নেটওয়ার্ক", "network", "onno call",
        "call e ase", "ফোন ধরছে বাচ্চা", "in a meeting", "in meeting", "ডিউটি", "on duty",
        # a doctor on the ward round or away at a conference ("Dr. Selim rounds এ ছিলেন", "সিঙ্গাপুর
        # conference এ"; whole words: not a "conference er jonno" order) (w29)
        "rounds e$", "rounds এ$", "on rounds", "on his rounds", "on her rounds", "ward round",
        "conference e$", "conference এ$", "at a conference", "at the conference", "কনফারেন্সে",
        "biye bari", "বিয়ে বাড়ি", "dawat e", "দাওয়াতে", "dukkito", "traveling", "travelling",
        "on the way", "রাস্তায় আছে", "মসজিদে আছে", "mosjid e", "namaz e", "namaj e",
        "namaz porche", "নামাজে আছেন", "praying", "at prayer", "bad time", "call us later",
        "will call later", "will call back", "pore dio", "pore diyen", "পরে দিও", "পরে দিয়েন",
        "can't hear", "cannot hear", "couldn't hear", "শুনতে পারতেছে না", "শুনতে পাচ্ছে না",
        "শুনা যায় না", "kete dilo", "কেটে দিলো", "কেটে দিল",
        # hung up, in Khulna's and Noakhali's words ("এইটুক কয়ে কাটে দিছে") (w28)
        "কাটে দিছে", "কাটে দেছে", "কাইটা দিছে", "কাইটে দিছে", "কেটে দিছে", "কাইট্টা দিছে", "রিসিভ হয় নাই", "রিসিভ হয়নি",
        "not received", "not receive", "nt receive", "মোবাইল বন্ধ", "mobile bondho",
        "bondho pailam", "invigilat", "exam hall", "ক্লাস নিচ্ছ", "class nicche", "class nicchen",
        "in court", "লাইনে দাঁড়ান", "queue", "জানাজায়", "জানাজাতে", "janaja te", "janaza te",
        "at the funeral", "at a funeral", "ঘুমে", "ghume", "বাজারে আছেন", "bazar e ase",
        "on the road", "ঢাকার বাইরে", "out of town", "outside dhaka", "গ্রামের বাড়ি যা",
        "ঘুরতে গেছেন", "ভ্রমণে", "tour e", "travel", "duty$", "hospital duty", "night duty",
        "ধরল না", "ধরলা না", "ধরেনাই", "ধরছেন না", "ধরছে না", "ধরতেছে না", "ধরতেছেন না", "ফুন ধর",
        "dhorlo na", "dhorche na", "dhortese na", "no pick up", "no pickup", "not picked",
        "didn't pick", "couldn't talk", "net off", "বিজি", "busy pai", "নম্বর বন্ধ", "number off",
        "কথা কইতে পার", "koite parbo na", "koite parlo na", "কথা বলতে পারবেন না", "kotha bolte parlo na",
        "কথা কইতে পারতাম না", "রিপ্লাই দিচ্ছেন না", "রিপ্লাই নেই", "reply nai", "no reply", "not replying", "লাইন কাটি",
        "শুনতে পারলাম না", "shunte parlam na", "couldn't hear", "cooking", "রান্না কর", "মন খারাপ",
        "mon kharap", "মন মেজাজ", "mood off", "ফোন রাখ", "ঝগড়া", "jhogra", "parlour", "পার্লারে",
        "ring back", "ring again", "at the mosque", "in the mosque", "মসজিদে$",
        "তারাবি", "tarabi", "tarawih", "ফ্রি না", "free na$", "free nai", "ঘুমাই", "ঘুমাচ্ছ",
        "ghumacch", "ghumai", "sleeping", "বাসায় নাই", "basay nai", "বাড়িতে নাই", "barite nai",
        "not at home", "কাইটা দি", "kaita di", "rekhe dise", "rekhe dilo", "no response",
        "at namaz", "mood bhalo na", "mood valo na", "মুড ভালো না", "mood kharap",
        # longer than the complaint words inside them (বাজে "bad", কেটে গেছে "torn", আওয়াজ "a noise")
        "ফোন বাজে", "phone baje", "fon baje", "রিং বাজে", "ring baje", "বাজতেছে", "বাজছে",
        "গান বাজে", "gaan baje", "gan baje", "loud music", "লাইন কেটে গে", "line kete ge",
        "কল কেটে গে", "call kete ge", "ফোন কেটে গে", "phone kete ge", "line e awaj", "লাইনে আওয়াজ",
        "awaj kete", "আওয়াজ কেটে", "চার্জ নাই", "charge nai", "চার্জ শেষ", "charge shesh",
        "voicemail", "ভয়েস মেইল", "ভিড়ের মধ্যে", "ভিড়ে", "bhirer moddhe", "হাটে আছ", "haat e ase",
        "hat e ase", "night shift", "নাইট শিফট", "ক্লান্ত", "klanto", "dead tired", "very tired",
        "at a wedding", "at the wedding", "at her cousin's wedding", "at his cousin's wedding",
        "বিয়েতে আছেন", "biyete ase", "biye te ase",
        # ব্যস্ত spelt with া; "cannot talk" said other ways; on the way out
        "ব্যাস্ত$", "ব্যাস্ত আছ", "কথা বলা যাবে না", "kotha bola jabe na", "কথা বলতে পারবো না",
        "kotha bolte parbo na", "আনতে যাচ্ছ", "ante jacch", "ante jaitese", "বের হচ্ছ", "ber hocch",
        "heading out", "হাটে গেছ", "hate gese", "haat e gese", "বাজারে গেছ", "bazar e gese",
        "ফোন রেখে গে", "phone rekhe ge", "ফোন ফেলে", "phone fele", "ট্রেনিংএ", "ট্রেনিংয়ে", "training e",
        "in training", "at a neighbour's funeral", "at a neighbor's funeral",
        # away from town ("Out of station till Sunday, call Monday")
        "out of station", "station er baire", "স্টেশনের বাইরে",
        # not at home, gone to the fields, hot-headed, not wanting to talk (dialect কবার)
        "বাড়ি নাই", "বাড়িত নাই", "bari nai", "মাঠে গেছ", "মাঠে আছ", "mathe gese", "mathe ase",
        "মাথা গরম", "matha gorom", "কথা কবার চায় না", "কথা কইতে চায় না",
        "kotha koite chay na", "will be free", "be free on", "be free after",
        # will call when back ("বিকালে ফিরা ফোন দিবা"): away now
        "ফিরে ফোন", "ফিরা ফোন", "ফিরি ফোন", "ফিরে কল", "ফিরা কল", "ফিরে কথা", "ফিরা কথা",
        # abroad for now ("তিনি বর্তমানে দেশের বাহিরে"), at a function ("Mr. Alam in a program")
        "দেশের বাইরে", "দেশের বাহিরে", "desher baire", "out of the country", "out of country",
        "in a program", "program e$", "প্রোগ্রামে", "at a program", "in a function",
        "এখন ফোন দিবেন না", "এখন কল দিবেন না", "ekhon phone diben na", "ekhon call diben na",
        "gone to bank", "gone to the bank", "went to the bank", "went to bank", "ব্যাংকে গেছ",
        "bank e gese", "bank e gechen",
        # gone on a pilgrimage, away for now (back from it is a celebration)
        "gone for umrah", "gone for hajj", "went for umrah", "went for hajj", "left for umrah",
        "left for hajj", "umrah e gese", "umrah te gese", "hajj e gese", "ওমরায় গেছেন", "ওমরাহ করতে গেছেন",
        "হজ্জে গেছেন", "হজে গেছেন", "হজ্জ করতে গেছেন", "হজ করতে গেছেন",
        # "call back" as said ("cul bak ltr"), could not answer ("ans dite parbe na", "ans kre nai"),
        # a line too bad to hear ("kotha clear na") (w18)
        "cul bak", "cul back", "call bak", "cal bak", "answer dite parbe na", "answer dite parben na",
        "answer dite pare nai", "answer dite parlo na", "answer dite parse na", "answer kore nai",
        "answer kre nai", "answer dey nai", "answer dei nai", "answer korlo na", "answer korche na",
        "kotha clear na", "awaj clear na", "voice clear na", "কথা ক্লিয়ার না", "কথা clear না",
        # gone to a parent's or the in-laws' home, as to the village home ("গ্রামের বাড়ি যা")
        "baper bari ja", "বাপের বাড়ি যা", "shoshur bari ja", "শ্বশুরবাড়ি যা", "শ্বশুর বাড়ি যা",
        "gramer bari ja",
        # could not be reached ("যোগাযোগ করা যাচ্ছে না", "ফোনে পাওয়া যায়নি")
        "যোগাযোগ করা যাচ্ছে না", "যোগাযোগ করা যায়নি", "যোগাযোগ করা যায় নাই", "jogajog kora jacche na",
        "jogajog kora jay nai", "jogajog kora jayni", "ফোনে পাওয়া যা",
        # with its "not" a word apart ("ফোনে পাওয়া যায় নাই"), so the "not" is the cue's own (w24)
        "ফোনে পাওয়া যায় নাই", "ফোনে পাওয়া যায় নি", "phone e pawa jay nai", "phone e paoa jay nai",
        # on roaming abroad, swamped at work ("আজ অফিসে খুব চাপ", "kajer chap") (w24)
        "roaming e", "roaming a", "on roaming", "রোমিংয়ে", "রোমিং এ", "রোমিংএ", "কাজের চাপ", "kajer chap", "অফিসে খুব চাপ", "অফিসে চাপ", "office e chap",
        "office e khub chap", "ফোনে পাই নাই", "ফোনে পাইনি",
        "phone e pawa ja", "phone e pai nai", "could not reach", "couldn't reach", "unable to reach",
        # could not hear, did not pick up (তোলা), abroad, in no state to talk
        "শুনতে পায় না", "শুনতে পারে না", "shunte pay na", "shunte pare na", "তুললো না", "তুলল না",
        "তুললেন না", "তোলে নাই", "তোলেনি", "tullo na", "tole nai", "দেশের বাইরে আছ", "desher baire ase",
        "out of country", "out of the country", "কথা বলার অবস্থায় নাই", "কথা বলার অবস্থা নাই",
        "kotha bolar obostha",
        # at work, in the customer's own words ("I am at the office call me friday") (w20)
        "i am at the office", "i'm at the office", "im at the office", "i am at office", "i'm at office",
        "at the office now", "at office now", "in office now", "অফিসে আছি", "office e achi", "office e asi",
        "office a achi",
        # Sylheti "can't talk now, will talk later" (মাতা, to talk; খওয়া, to say), out now (অখন) (w21)
        "পরে মাতমু", "পরে মাতমুনে", "pore matmu", "মাতিতে পারতাম", "মাততে পারতাম", "matite partam",
        "পরে খইমু", "pore khoimu", "অখন বাইরে", "okhon baire", "এখন বাইরে", "ekhon baire", "অখন গাড়িত",
        # an instalment agent's home visit that found nobody ("basay gelam, tala deya") (w21)
        "tala deya", "tala dewa", "তালা দেওয়া", "তালা দেয়া", "তালা মারা", "ঘরে তালা", "ghore tala",
        "বাসায় তালা", "basay tala", "gelam, tala", "গেলাম, তালা", "দরজা খুলে নাই", "দরজা খোলে নাই",
        "dorja khule nai", "dorja khole nai", "ঘরে কেউ নাই", "ghore keu nai", "বাসায় কেউ নাই",
        "basay keu nai", "বাড়িতে কেউ নাই", "barite keu nai", "গ্রামের বাড়ি গে", "gramer bari ge",
        # away abroad for a while, the number shut ("number band"), queueing at the bank, on
        # another line ("দুবাইয়ের লাইনে কথা কইতেছে") (w21)
        "number band", "নাম্বার বান্ধ", "বিদেশ যাইতেছ", "বিদেশ যাচ্ছ", "bidesh jaitese", "bidesh jacche",
        "লাইনে দাঁড়াই", "line e daraia", "line e dariye", "লাইনে কথা কইতেছ", "লাইনে কথা বলতেছ",
        "লাইনে কথা বলছ", "onno line e", "অন্য লাইনে",
        # going on a pilgrimage, away for now (w21: "Saudi যাচ্ছেন umrah te")
        "abroad for umrah", "abroad for hajj", "in saudi for umrah", "is on umrah", "is on hajj",
        "away for umrah", "away for hajj", "যাচ্ছেন umrah", "যাইতেছেন umrah", "umrah e jacch", "umrah te jacch", "ওমরায় যাচ্ছ",
        "ওমরাহ করতে যাচ্ছ", "going for umrah", "leaving for umrah", "was at wedding", "was at a wedding",
        # away from Dhaka, in the bathroom, in court, at the fish enclosure (ঘের), free on a day
        # named ("brihospotibar e free hobe", as "be free on"; not "ফ্রি থাকবেন, তখন কথা বলবো", which
        # w1 and w24 label an ordinary call) (w26)
        "out of dhaka", "dhaka baire", "dhakar bahire", "ঢাকা বাইরে", "ঢাকার বাহিরে", "ঢাকা বাহিরে",
        "bathroom e", "বাথরুমে", "washroom e", "ওয়াশরুমে", "toilet e ase",
        # at court (not "court e case korbe", a threat to sue; not কোর্টে, which folds like করতে)
        "court e ase", "court e achen", "court e gese", "court e gesen", "court e hajira", "court e case ase",
        "এখন ঘেরে", "ঘেরে আছ", "ঘেরে গেছ", "ঘেরে গিয়াছ", "gher e ase", "gher e gese", "ekhon gher e",
        "e free hobe",
        "এ ফ্রি হবে", "te free hobe", "তে ফ্রি হবে",
        # Sylheti and Noakhali "will be free" from a day ("7 তারিখ থাকি free অইবা") (w28)
        "free অইবা", "free অইবো", "free অইবে", "ফ্রি অইবা", "ফ্রি অইবো", "free oiba", "free oibo",
        # a meeting in SMS shorthand ("mtng e, aj rate cl dibo"); listed here, not written out
        # before folding, so the model reads the note as typed
        "mtng$", "in mtng",
        # away, with the day back ("customer in Saudi, will be back in 2 weeks, call then") (w26)
        "will be back", "be back on", "be back in",
        # in a meeting (সভা), on a garment factory's line or its overtime, away on office work
        # (not "এখন হাটে", at the market: it folds like "এখন হাঁটতে পারে", walking again) (w27)
        "সভায় আছ", "সভায় গেছ", "sobhay ase", "sobhay gese", "ekhon line e", "এখন লাইনে", "overtime চলতেছে", "overtime cholteche", "overtime cholche",
        "overtime চলছে", "ওভারটাইম চল", "overtime e ase", "overtime করতেছ", "overtime kortese",
        "ওভারটাইম করতেছ", "office er kaje gese", "gese office er kaje", "অফিসের কাজে গেছ",
        "গেছে অফিসের কাজে",
        # cannot be got on the line ("লাইনে পাওয়া যায় না") (w30)
        "লাইনে পাওয়া যায় না", "লাইনে পাওয়া যাচ্ছে না", "লাইনে পাওয়া যায়নি", "লাইনে পাই না",
        "line e paoa jay na", "line e pawa jay na", "line e paowa jay na", "line e pai na",
        # overtime and a shift on the factory floor written out ("ওভারটাইম চল" above folds with the
        # inherent vowel, "obartaim sal", and never matched "ওভারটাইম চলে"), the supervisor standing
        # by; at a gaye holud (as "at a wedding": a guest, busy; "গায়ে হলুদে ব্যস্ত" is left to
        # ব্যস্ত, a longer cue here would swallow the family's own "ভাইয়ের গায়ে হলুদ") (w31)
        "ওভারটাইম চলে", "ওভারটাইম চলতেছে", "ওভারটাইম চলছে", "ওভারটাইম চলতাছে", "শিফট চলে",
        "শিফট চলতেছে", "শিফট চলছে", "shift chole", "shift cholche", "shift cholteche",
        "supervisor samne", "supervisor shamne", "সুপারভাইজার সামনে", "at a gaye holud",
        "at the gaye holud",
    ),
}

# Cue words with an ordinary sense as common as the event's: school admission (ভর্তি, admit),
# a pressure cooker, "sick design", an exchange offer, a parcel "delivery hoyeche", tiles for a
# new flat, a cousin's wedding outfit. They name the event only when the n-gram model, which
# has read the whole note, also leans towards it (``WEAK_NEED`` in ``understand.py``).
WEAK_CUES: dict[str, tuple[str, ...]] = {
    "illness": (
        # কাশি (a cough) folds like খাসি (a goat, bought for meat or an akika), betha (pain)
        # like beta (a son, in Sylhet)
        "কাশি", "kashi", "betha$",
        "ভর্তি", "vorti", "bhorti", "admit", "admitted", "প্রেশার", "প্রেসার", "pressure beshi",
        "sick$", "oxygen", "পুইড়া", "puira", "পুড়ে গেছে", "pure gese", "ভর্তি করা", "চেকআপ", "treatment", "চিকিৎসা", "chikitsa", "operation",
        "অপারেশন", "clinic", "ক্লিনিক", "hospital", "হাসপাতাল", "হাসপাতালে", "হসপিটাল",
    ),
    "complaint": (
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
BUSY_AT_DAY: tuple[str, ...] = ("গায়ে হলুদে ব্যস্ত", "গায়ে হলুদে busy", "gaye holud e busy")

# The shop's own vehicle: its trouble is the shop's, not the customer's; a look-alike for the cue
# words, and the n-gram model may not name it either (it has learnt "van broke down" from
# customers' vans).
SHOP_VEHICLE: tuple[str, ...] = (
    "our van", "our shop van", "shop van", "shop's van", "amader van", "আমাদের ভ্যান",
    "দোকানের ভ্যান", "dokaner van",
)
LOOKALIKES: dict[str, tuple[str, ...]] = {
    "illness": (
        # a hospital or clinic buying ("উপজেলা হাসপাতালের অর্ডার", "Quotation sent to clinic",
        # "operation theatre এর জন্য ৫০ টা surgical cap", "হাসপাতালের ambulance এর oxygen") (w23)
        "হাসপাতালের অর্ডার", "hospital er order", "hospital order", "clinic er order", "ক্লিনিকের অর্ডার",
        "sent to clinic", "sent to hospital", "sent to the clinic", "sent to the hospital",
        "হাসপাতালের ambulance", "হাসপাতালের অ্যাম্বুলেন্স", "hospital er ambulance",
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
        "apron", "এপ্রন", "স্যানিটাইজার", "sanitizer", "hospital er jonno", "হাসপাতালের জন্য", "for the hospital",
        "for hospital", "clinic er jonno", "ক্লিনিকের জন্য", "for a clinic", "for the clinic",
        "hospital supply", "doctor sahe", "ডাক্তার সাহেব", "ডাক্তারের জন্য", "pharmacy",
        "ফার্মেসি", "bed sheet",
        "scrub", "gloves", "গ্লাভস", "pain relief balm", "ডিউটি", "duty", "battery", "ব্যাটারি",
        "pressure cooker", "প্রেশার কুকার", "প্রেসার কুকার",
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
        # hyperbole at a price ("omg my heart attack" when she saw the price 😂) (w22)
        "my heart attack", "saw the price", "price dekhe", "dam dekhe", "দাম দেখে",
    ),
    "newborn": (
        # goods for a clinic's labour room, a stroller for twins (w23)
        "লেবার রুমের জন্য", "labour room er jonno", "labor room er jonno", "for the labour room",
        "for labour room", "ক্লিনিকের লেবার রুম", "clinic er labour room", "twin model", "twin stroller",
        "জমজ মডেল",
        "পার্সেল", "parcel", "delivery man", "ডেলিভারি ম্যান", "home delivery", "হোম ডেলিভারি",
        "cash on delivery", "ক্যাশ অন ডেলিভারি", "cod$", "delivery charge", "ডেলিভারি চার্জ",
        "courier", "কুরিয়ার", "rider", "রাইডার",
        "উপহার", "gift for", "as a gift", "gift er jonno", "গিফট হিসেবে", "গিফটের জন্য", "জমজম", "zamzam", "labour cost", "labor cost", "labour charge",
        "লেবার খরচ", "লেবার বিল", "labour bill", "পাশের বাড়ি", "পাশের বাসা", "পাশের ফ্ল্যাট",
        "paser basa", "pasher basa", "paser bari", "pasher bari", "paser flat", "pasher flat",
        "neighbour", "neighbor", "প্রতিবেশী",
        # workers on strike ("strike" folds like স্ত্রীকে, to a wife)
        "on strike", "ধর্মঘট", "dhormoghot",
    ),
    "bereavement": (
        "mobile", "মোবাইল", "phone dead", "ফোন ডেড", "battery", "ব্যাটারি", "dead on arrival",
        "charger", "চার্জার", "death anniversary", "মৃত্যুবার্ষিকী", "mrittubarshiki", "movie", "মুভি", "film", "natok", "নাটক",
        "series", "dead stock", "mosquito", "মশা", "tv", "টিভি", "fridge", "ফ্রিজ", "প্রতিবেশী",
        "neighbour", "neighbor", "pasher bari", "পাশের বাড়ির", "জানাজায় আছেন", "জানাজায় গেছেন",
        "জানাজার জন্য", "janaja te", "janaza te", "at the funeral", "at a funeral",
        # gone to a neighbourhood elder's janaza (w25)
        "জানাজায় গেছে", "janajay gese", "janazay gese", "পাড়ার এক", "parar ek", "এলাকার এক", "elakar ek",
        # at a janaza now, without the honorific ("জানাজায় আছে": "আছেন" above folds longer) (w31)
        "জানাজায় আছে", "janajay ase", "janazay ase", "janajay ache", "janazay ache",
        "namaz-e-janaza", "মেয়াদ", "funeral home", "last year", "গত বছর", "years ago", "বছর আগে",
        "gato bochor", "goto bochor",
        # "মা মারা যাওয়ার পর থেকে উনি দোকান চালান": since a death long past (w26)
        "মারা যাওয়ার পর থেকে", "মারা যাইবার পর থেকে", "mara jawar por theke", "mara jaoar por theke",
        "mara jawar por theika",
        "acquaintance", "পরিচিত", "porichito", "দূরের", "durer", "দূর সম্পর্ক", "dur somporko",
        "distant relative", "far relative",
        # a machine, a tree or a crop "died" ("purano pump ta mara gese", "কয়েকটা গাছ মারা গেছে")
        # (a machine, not "colleague mara gese machine accident e", a person killed by one) (w27)
        "pump", "পাম্প", "motor$", "মোটর$", "motor ta", "মোটরটা", "machine mara", "machine ta", "machine ti",
        "machine gul", "machine dead", "machine died", "মেশিন",
        "engine ta", "ইঞ্জিনটা", "compressor", "কম্প্রেসার", "গাছ মারা", "gach mara", "gas mara",
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
    ),
    "vehicle_trouble": (
        # their own new garage opening ("nijer notun garage khulse") (w23)
        "notun garage", "নতুন গ্যারেজ", "garage khul", "গ্যারেজ খুল",
        "seat cover", "সিট কভার", "bike parts", "পার্টস", "spare", "স্পেয়ার", "chain set",
        "চেইন সেট", "brake$", "ব্রেক$", "helmet", "হেলমেট", "toy car", "খেলনা গাড়ি", "for the car",
        "car accessories", "tyre price", "টায়ারের দাম", "spark plug",
        "স্পার্ক প্লাগ", "routine", "রুটিন", "মাসিক সার্ভিস", "monthly servicing",
        "regular servicing", "accident guard", "crash guard", "delivery van", "delivery truck", "delivery er gari", "ডেলিভারি ভ্যান",
        "apnader van", "apnader delivery", "আপনাদের ভ্যান", "van carrying", "courier van",
        "garage er jonno", "গ্যারেজের জন্য", "workshop er jonno", "ওয়ার্কশপের জন্য", "for the garage",
        "for his garage", "for the workshop", "for his workshop",
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
    ),
    "celebration": (
        # "got the job done" is work finished, not a job got (w20)
        "job done", "got the job done",
        "death anniversary", "মৃত্যুবার্ষিকী", "ডেথ এনিভার্সারি", "ডেথ অ্যানিভার্সারি", "গত মাসে", "last month", "goto mase", "gato mase",
        "গত বছর", "last year", "for his friend", "for her friend", "friend's", "friends son", "friends daughter", "for a friend", "colleague", "কলিগ", "kolig",
        "boss er", "বসের", "bosser", "friend er", "বন্ধুর", "bondhur", "neighbour", "প্রতিবেশী",
        "for a wedding", "biye bari te", "বিয়ের দাওয়াত", "dawat", "invitation", "দাওয়াতে যাবে",
        "for the wedding season", "পরার জন্য", "porar jonno", "to wear", "wearing it",
        "wedding season", "বিয়ের সিজন", "puja", "পূজা", "eid", "ঈদ", "বান্ধবীর", "bandhobir",
        "পাশের বাসা", "pasher basa", "পাশের বাড়ি", "pasher bari", "next door",
        "বিয়ে বাড়ি", "biye bari", "office party", "অফিস পার্টি", "boss's", "opening hours",
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
        "away for umrah", "away for hajj", "যাচ্ছেন umrah", "যাইতেছেন umrah", "umrah e jacch", "umrah te jacch", "ওমরায় যাচ্ছ",
        "ওমরাহ করতে যাচ্ছ", "going for umrah", "leaving for umrah", "was at wedding", "was at a wedding",
        # a teddy bear (বিয়ার folds like "biya", a wedding); a wedding or engagement called off (w18)
        "teddy bear", "টেডি বিয়ার", "teddy বিয়ার", "tedi biyar", "টেডি bear",
        "engagement cancel", "biye cancel", "wedding cancel", "বিয়ে ক্যান্সেল", "বিয়ে বাতিল",
        "biye batil", "engagement batil", "এনগেজমেন্ট বাতিল", "engagement ক্যান্সেল",
        "reception desk", "রিসিপশন ডেস্ক",
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
    ),
    "complaint": (
        "no complaint", "kono complaint",
        # nothing worth complaining of: "অভিযোগ করার মতো কিছু নাই"
        "অভিযোগ করার মতো কিছু", "অভিযোগ করার কিছু", "obhijog korar moto kichu", "obhijog korar kichu",
        "complain korar moto kichu", "complain korar kichu", "nothing to complain",
        "return gift", "চেঞ্জ দিয়েছি", "money back guarantee", "ঘানি", "ghani", "network",
        "নেটওয়ার্ক", "policy", "পলিসি", "bata$", "বাজেট", "budget",
        "wrong number", "রং নাম্বার", "vul number",
        # a customer who buys again (w28)
        "returning customer", "returning client", "returning buyer",
        "dead stock", "dead simple", "exchange offer", "এক্সচেঞ্জ অফার", "engagement ভেঙে",
        "biye bhenge", "বিয়ে ভেঙে", "engagement bhenge",
        # a court hearing of the customer's own case (মামলার হাজিরা), back from Hajj
        "মামলার হাজিরা", "mamlar hajira", "কোর্টে হাজিরা", "hajj return", "umrah return",
        "returned from hajj", "returned from umrah", "back from hajj",
        "engagement cancel", "biye cancel", "wedding cancel", "বিয়ে ক্যান্সেল", "বিয়ে বাতিল",
        "biye batil", "engagement batil", "এনগেজমেন্ট বাতিল", "engagement ক্যান্সেল",
    ),
    "busy": (
        "ব্যস্ত নন", "ব্যস্ত না$", "busy na$", "not busy", "besto na$", "জায়নামাজ", "jaynamaz", "jaynamaj", "prayer mat", "টুপি", "tupi", "for the mosque",
        "মসজিদের জন্য", "mosjid er jonno", "office er jonno", "অফিসের জন্য", "for office",
        "for the office",
        # বিজিবি (the border guard, BGB) begins like বিজি (busy)
        "বিজিবি", "bgb$",
        # no call back wanted ("Said no need to call back, phone is working fine now") (w30)
        "no need to call", "no need for a call", "need not call", "no call back needed",
        "doesn't need a call", "does not need a call", "dont need a call", "don't need a call",
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

# Words that undo a kind's note-wide look-alikes: a delivery van is the shop's (a late delivery is
# a complaint) unless the note says it is the customer's own ("His delivery van got stuck in mud",
# "ওনার দোকানের ডেলিভারি ভ্যান নষ্ট").
OWN_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "vehicle_trouble": (
        "his delivery", "her delivery", "their delivery", "onar delivery", "unar delivery",
        "tar delivery", "nijer delivery", "ওনার ডেলিভারি", "উনার ডেলিভারি", "তার ডেলিভারি",
        "নিজের ডেলিভারি", "ওনার দোকানের ডেলিভারি", "উনার দোকানের ডেলিভারি", "customer er delivery",
        # the note says the van is not the shop's ("rickshaw van carrying her furniture broke down
        # ... not our dlvry") (w22)
        "not our dlvry", "not our delivery", "not our van", "amader delivery na",
    ),
    # a doctor's chamber or ward duty is a job, but "down with fever", "dengue positive" tell of a
    # person ill ("Dr. Rahat himself down w/ viral fever, chamber off till Sat") (w29)
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
CLAUSE_ONLY_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "newborn": (
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
    ),
    # a thermometer bought says nothing of a fever, but a note may tell of one too ("baby had
    # vaccine fever yesterday, wants thermometer anyway")
    "illness": ("thermometer", "থার্মোমিটার",
                # a place (Oxygen মোড় in Chattogram, a bypass road), equipment sold: a flow
                # meter, a cylinder refilled, a hospital bed's lever (w23)
                "oxygen more", "oxygen mor$", "অক্সিজেন মোড়", "bypass e$", "bypass road", "বাইপাস রোড",
                "বাইপাসে", "flow meter", "ফ্লো মিটার", "cylinder refill", "সিলিন্ডার রিফিল",
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
        # ordered fewer this time ("Order kom dise ebar, business slow"): not a shortage
        "order kom", "অর্ডার কম", "order কম", "কম অর্ডার", "kom order",
        # "selling" folds like "swelling" (a battery swollen): goods selling well
        "selling well", "selling fast", "selling good", "selling like",
        # the delivery address changed ("ঠিকানা বদলে দিতে বললেন", "address change korte hobe") (w18)
        "ঠিকানা বদল", "thikana bodl", "ঠিকানা পরিবর্তন", "ঠিকানা চেঞ্জ", "thikana change",
        "address change", "address bodl", "address চেঞ্জ",
    ),
    # stuck in a traffic jam is a late arrival, not a breakdown ("just jam e atka chilo")
    "vehicle_trouble": (
        "jam e atka", "jam e atke", "jame atka", "jame atke", "জ্যামে আটকা", "জ্যামে আটকে", "যানজটে",
        "jonjot", "traffic e atka", "traffic e atke", "stuck in traffic", "traffic jam",
        # engine oil is a product ("power tiller er engine oil leak": the oil's fault)
        "engine oil", "ইঞ্জিন অয়েল", "ইঞ্জিন ওয়েল", "engine oil er",
    ),
    # "best" folds like ব্যস্ত (busy): "best before", "best price" are about the goods
    "busy": (
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
    ),
}

# A complaint that turned out not to be the shop's fault: "পরে দেখা গেল", "pore dekhi", "asole".
TURNED_OUT: tuple[str, ...] = (
    # the customer's own mistake or change of mind ("customer nijei size bhul bolsilen")
    "nijei size bhul", "nijei size vul", "nijei bhul", "nijei vul", "নিজেই ভুল", "নিজেই সাইজ ভুল",
    "customer er bhul", "customer er vul", "his own mistake", "her own mistake", "changed his mind",
    "changed her mind",
    "পরে দেখা গেল", "দেখা গেল", "দেখলাম", "pore dekhi", "pore dekha gelo", "dekha gelo",
    "turned out", "actually", "amader dosh na", "আমাদের দোষ না",
    "not our fault", "নিজের ভুল", "nijer vul", "nijer bhul",
    # a change of mind ("pore mon bodlaise, rakhbe") (w18)
    "mon bodla", "mon bodle", "মন বদলা", "মত বদলা", "mot bodla", "মন পাল্টা", "mon palta",
    "changed mind",
)

# The note says outright that the event is not the customer's family's: "customer er na",
# "নিজের জন্য না", "friend er ma, nijer na". A death, birth, illness or celebration it names is
# someone else's.
NOT_THEIRS: tuple[str, ...] = (
    # "না" must end the word: "cust er nani", "কাস্টমারের নানা" are a grandmother, a grandfather
    "customer er na$", "cust er na$", "কাস্টমারের না$", "নিজের না$", "nijer na$", "নিজের জন্য না$",
    "nijer jonno na$", "not his own", "not her own", "not for himself", "not for herself",
    "not for family", "not family",
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
)
RETURNED: tuple[str, ...] = ("ফেরত", "ferot", "return", "returned", "ফেরৎ")

# Invitation cards: with the family's own day just before ("ছোট ভাইয়ের বিয়ের দাওয়াত কার্ড"), the
# family hosts it, and the guest's look-alike "বিয়ের দাওয়াত" does not hide it (w24).
INVITATION_CARDS: tuple[str, ...] = (
    "দাওয়াত কার্ড", "dawat card", "dawat kard", "দাওয়াতের কার্ড", "dawater card", "invitation card",
    "দাওয়াতপত্র", "নিমন্ত্রণ পত্র", "nimontron potro", "biyer card", "বিয়ের কার্ড",
)

# Goods sent short is a complaint, money sent short is not ("bKash নম্বরে ভুল করে ২০০ কম পাঠাইছে").
SENT_SHORT: tuple[str, ...] = ("kom pathai", "কম পাঠাই", "kom pathano hoise", "কম পাঠানো হয়েছে", "kom dise$", "কম দিছে")
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

# Words that say an event did not happen, when they follow the cue (Bengali and Banglish
# put the negation after the word: "জ্বর নাই", "kono problem nai").
NEGATION_AFTER: tuple[str, ...] = (
    "নাই", "নেই", "না$", "নি$", "হয়নি", "হয় নাই", "হয় নি", "হয়নাই", "নয়", "নাই বললো",
    "নাই বলছে", "নন$", "nai", "nei", "na$", "ni$", "hoyni", "hoy nai", "hoy ni", "noy$", "nay$", "none", "nothing",
    # English, when the word is the subject: "Fever is not the issue" (not "fever is not going down")
    "is not the", "was not the", "is not an", "was not an", "not the issue", "not the problem",
    "not an issue",
)
# ... and when they come before it ("no complaint", "nobody was hurt", "কোনো অভিযোগ").
NEGATION_BEFORE: tuple[str, ...] = (
    "no$", "not$", "never$", "without$", "nobody", "no one", "none", "nothing", "non$", "zero$",
    "kono", "কোনো", "কোন", "কারো কোনো", "কেউ", "keu", "neither", "nor$", "free of",
)

# Words that say the event is already over: the fever went, the refund came.
OVER: tuple[str, ...] = (
    # all fine again after a vehicle's or a device's trouble ("tyre burst hoisilo, kal change korse,
    # ekhon sob thik") (w23)
    "ekhon sob thik", "এখন সব ঠিক", "ekhon shob thik", "all fixed now", "sob thik hoye gese",
    # put right in the passive ("বাইক ঠিক করা হইছে"); a battery down, starting again ("car er
    # battery down chilo, ekhon start nise") (w30)
    "ঠিক করা হইছে", "ঠিক করা হয়েছে", "thik kora hoise", "thik kora hoyeche", "ekhon start nise",
    "ekhon start niche", "এখন স্টার্ট নিছে", "এখন স্টার্ট নিচ্ছে", "ekhon start nicche",
    *WARRANTY_DONE,
    "কমে গেছে", "কমেছে", "কমছে", "সেরে গেছে", "সেরে উঠেছে", "সেরে উঠছে", "সুস্থ$", "সুস্থ আছে",
    "সুস্থ হয়ে", "ভালো হয়ে গেছে", "ভালো হইছে", "ভালো হয়েছে", "এখন ভালো", "ভালো আছে",
    "ভালো আছেন", "ঠিক হয়ে গেছে", "ঠিক হইছে", "ঠিক হয়েছে", "ঠিক আছে", "এখন ঠিক", "রিলিজ",
    "ছুটি দিয়েছে", "ছুটি দিছে", "বাসায় ফিরছে", "বাসায় ফিরেছে", "বাসায় আনছে", "সমাধান",
    "মিটে গেছে", "রিফান্ড পেয়ে", "রিফান্ড পাইছে", "টাকা পাইছে", "টাকা পেয়েছে", "ফেরত পাইছে",
    "ফেরত পেয়েছে", "বদলে দেওয়া", "বদলে দিছি", "বদলে দিয়েছি", "রিপ্লেস করে দেওয়া", "খুশি",
    "সন্তুষ্ট", "আর সমস্যা নাই", "kome geche", "kome gese", "komse", "komeche", "sere geche",
    "sere gese", "sustho$", "susto$", "sustho hoye", "bhalo hoye geche", "bhalo hoise",
    "valo hoise", "bhalo hoyeche", "valo hoye gese", "ekhon bhalo", "ekhon valo", "bhalo ache",
    "valo ase", "thik hoye geche", "thik hoise", "thik hoye gese", "thik ache", "thik ase",
    "ekhon thik", "release", "discharge", "chuti diyeche", "chuti dise", "basay fireche",
    "basay firse", "solved", "resolved", "sorted", "fixed", "repaired", "recovered", "better now",
    "fine now", "ok now", "okay now", "well now", "all good", "back home", "refunded",
    "totally ok", "totally fine", "no more issue",
    "refund peyeche", "refund paise", "refund pelo", "refund done", "replaced", "badle deya",
    "khushi", "khusi", "happy", "satisfied", "no more problem", "ar somossa nai",
    "ar problem nai", "jor nai ar", "ar jor nai", "got better", "negative", "নেগেটিভ",
    "gari cholche", "abar cholche", "abar chaltese", "আবার চলতেছে", "এখন চলতেছে", "ekhon cholche",
    "ekhon chaltese", "চালু হইছে", "chalu hoise", "মেরামত শেষ", "ঠিক করে", "thik kore",
    "হাঁটাচলা", "স্কুলে যাচ্ছে", "school e jacche", "school e jaitese", "প্লাস্টার খুল", "ok ase",
    "rag nai", "রাগ নাই", "kono obhijog nai", "কোনো অভিযোগ নাই", "ferot paise", "ferot dilam",
    "ফেরত দিছি", "ফেরত দিলাম", "বাসায় ফিরে", "basay fire", "bashay fire",
    "said fine", "said it's fine", "no worries", "is gone", "gone now", "is over", "over now",
    "got it back", "back to office", "back at school", "back to school", "back at work",
    "everything ok", "all fine", "exchanged it", "works perfect", "works fine", "works now",
    "thanked", "normal now", "walking again", "up and walking", "ekhon ok", "এখন ok", "এখন নরমাল",
    "ok ekhon", "ok এখন",  # ("uni ok ekhon", w23)
    # all fine this time, after a replacement ("replacement pouchaise, cst blse ebar sob ok") (w28)
    "ebar sob ok", "এবার সব ok", "এবার সব ঠিক", "ebar sob thik",
    "ekhon normal", "today ok", "now ok",
    # Noakhali and Chatgaiya অহন (now) and সারছে (healed): "অহন ঠিক অইছে", "প্রেশার অহন কন্ট্রোলে",
    # "fever সারছে", "jor ses" (w25)
    "অহন ঠিক", "ohon thik", "অহন কন্ট্রোলে", "এখন কন্ট্রোলে", "ekhon control e", "ohon control e",
    "এখন নিয়ন্ত্রণে", "সারছে", "সাইরা গেছে", "sarse$", "saira gese", "fever ses", "jor ses", "জ্বর শেষ",
    # Noakhali "সারি গেছে" (healed), "জ্বর গেছে গা" (the fever went away) (w28), only after what
    # healed: folded, সারি is শাড়ি, and "শাড়ি গেছে" (the saree was sent) is no recovery
    "জ্বর সারি গেছ", "jor sari gese", "ব্যথা সারি গেছ", "অসুখ সারি গেছ", "ঘা সারি গেছ",
    "অহন সারি গেছ", "ohon sari gese", "এখন সারি গেছ",
    "জ্বর গেছে গা", "জ্বর ছাড়ি গেছে", "jor gese ga",
    # walking again; not "hatte parena" (the না joined on) (w21)
    "হাঁটতে পারে$", "হাঁটতে পারেন$", "হাঁটতে পারছ", "হাঁটতে পারতেছ", "hatte pare$", "hatte paren$",
    "hatte parse", "hatte partese",
    # out of the garage again ("ekhon garage theke ber hoise") (w21)
    "garage theke ber", "গ্যারেজ থেকে বের", "workshop theke ber", "ওয়ার্কশপ থেকে বের",
    # dialect: "গাড়ি ঠিক হইয়া গেছে"
    "ঠিক হইয়া গে", "thik hoiya ge", "thik hoia ge", "ভালো হইয়া গে", "valo hoiya ge", "bhalo hoiya ge",
    # Rangpur "হয়া গেছে", Sylheti and Noakhali "অখন/অহন ভালা", Rangpur এলা (now), "মেরামত হইছে"
    "ভালো হয়া গে", "ভালা হয়া গে", "ঠিক হয়া গে", "মেরামত হয়া", "মেরামত হই", "মেরামত হয়ে গে",
    "অখন ভালা", "অহন ভালা", "এখন ভালা", "এলা ভালো", "এলা ভালা", "ভালা আছ", "okhon bhala",
    # Sylheti "ভালা হই গেছে", "বালা অইছইন" (got well), "ঠিক করি লাইছে" (fixed it) (w29)
    "ভালা হই গেছ", "ভালা অই গেছ", "বালা হই গেছ", "বালা অই গেছ", "বালা অইছইন", "ভালা অইছইন",
    "bhala hoi gese", "bala hoi gese", "thik kori lise", "thik kori laise", "ঠিক করি লাইছ",
    "ohon bhala", "ekhon normal", "normal এখন", "normal ekhon", "complain nai ar", "r complain nai",
    "ar complain nai",
    # the refund got, said by the customer or with "ta" ("refund ta pailam") (w18)
    # fixed by someone, in the colloquial past ("chain chire gesilo, thik korse"); normal again
    # ("BP high ছিল গতকাল, আজ normal") (w20)
    "thik korse", "thik koreche", "ঠিক করছে", "ঠিক করেছে", "ঠিক কইরা দিছে", "thik koira dise",
    "aj normal", "ajke normal", "আজ normal", "আজ নরমাল", "আজকে নরমাল", "today normal", "normal hoise",
    "normal hoye gese", "নরমাল হইছে", "নরমাল হয়েছে", "নরমাল হয়ে গেছে", "normal হইছে", "normal হয়েছে",
    "refund pailam", "refund paisi", "refund paichi", "refund peyechi", "refund ta pai",
    "refund ta pe", "রিফান্ড পাইছি", "রিফান্ড পেয়েছি", "রিফান্ড পাইলাম", "রিফান্ড টা পা",
    # (eighth round, coverage probe 2) repaired, let go from hospital, the replacement got, running
    # again now ("bike repair hoye gese", "হাসপাতাল থেকে ছুটি পেয়েছেন", "bhai ke hospital theke chere
    # dise", "replacement peyeche", "CNG ta thik korse, ekhon chole")
    "repair hoye ge", "repair hoise", "repair hoyeche", "repair kora hoise", "repair kora hoyeche",
    "রিপেয়ার হয়ে গে", "রিপেয়ার হইছে", "রিপেয়ার হয়েছে", "ঠিক করেছে", "ঠিক করেছেন", "thik koreche",
    "ঠিক করাইছে", "ঠিক করাইছেন", "thik koraise", "thik kore feleche", "ঠিক করে ফেলেছে",
    "হাসপাতাল থেকে ছুটি", "হাসপাতাল থেকে ছাড়", "hospital theke chuti", "hospital theke chere",
    "hospital theke release", "ছুটি পেয়েছে", "ছুটি পাইছে", "chuti peyeche", "chuti paise",
    "replacement peyeche", "replacement paise", "replacement pelo", "replacement pailo",
    "রিপ্লেসমেন্ট পেয়েছে", "রিপ্লেসমেন্ট পাইছে", "discharged", "ডিসচার্জ", "ekhon chole$", "এখন চলে$",
    "ekhon chalacche", "এখন চালাচ্ছে",
    # sadhu bhasha: put right, got well, home again ("ঠিক হইয়াছে", "এখন বাড়ি আসিয়াছে"); Varendri
    # সারাইছে (repaired); "now fine" (w26)
    "ঠিক হইয়াছে", "ভালো হইয়াছে", "ভাল হইয়াছে", "সুস্থ হইয়াছে", "সারিয়া", "কমিয়া গিয়াছে",
    "বাড়ি আসিয়াছে", "বাড়ি ফিরিয়াছে", "বাসায় ফিরিয়াছে", "বাড়ি ফিরেছে", "বাড়ি ফিরছে",
    "সারাইছে", "সারাই হইছে", "saraise", "sarai hoise", "now fine", "now well", "now better",
    # a pharmacy's shorthand: no symptoms left ("antibiotics shesh, ekhon no sx") (w27)
    "no sx", "sx nai", "sx nei", "no symptoms", "no more symptoms", "symptom nai", "symptoms gone",
)

# People (not a vehicle): "মানুষ ঠিক আছে", "উনি ঠিক আছেন" after a vehicle's trouble say nobody was
# hurt, not that the vehicle was put right.
PEOPLE: tuple[str, ...] = (
    "উনি", "তিনি", "uni$", "tini$", "he$", "she$", "মানুষ", "manush", "সবাই", "sobai", "everyone",
    "everybody", "ড্রাইভার", "driver", "যাত্রী", "passenger", "family", "ফ্যামিলি",
)

# Words that point at the customer themself ("উনি নিজে", "customer er jor", "he is in hospital").
SELF: tuple[str, ...] = (
    "উনি", "উনার", "তিনি", "তার$", "নিজে", "নিজের", "কাস্টমার", "ক্রেতা", "আপা", "uni$", "unar",
    "tini$", "tar$", "nije", "nijer", "customer", "cust$", "he$", "she$", "his$", "her$", "him$",
    "himself", "herself", "sir$", "madam", "apa$", "apu$",
)

# Whom an event concerns: the relation words of each key; Bengali endings are found too
# (মেয়ের, meyer, ছেলেকে, abbur, wife er). A qualifier makes a relative ("chachato bhai").
RELATIONS: dict[str, tuple[str, ...]] = {
    "daughter": (
        "মেয়ে", "মাইয়া", "কন্যা", "meye", "maiya", "mey$", "meyer", "daughter", "dotter", "little girl", "his girl",
        "her girl", "ফুড়ি", "ফুড়ির", "furi$", "furir", "furi r",
    ),
    "son": (
        "ছেলে", "পোলা$", "পোলার", "পোলারে", "পুত্র", "chele", "cele", "pola$", "polar$", "ফুয়া", "fua$", "পোয়া", "ফোয়া", "পুয়া", "pua$", "little boy", "his boy",
        "her boy", "son$",
        "sons$", "son's",
    ),
    "child": (
        "বাচ্চা$", "বাচ্চার", "বাচ্চাকে", "বাচ্চাটা", "বাচ্চা টা", "শিশু", "সন্তান", "বাবু$",
        "baccha$", "bacchar", "baccha ta", "bacha$", "bachcha$", "babu$", "child", "kid$",
        "kids$", "baby", "toddler", "infant", "sontan",
    ),
    "wife": (
        "স্ত্রী", "বউ$", "বৌ$", "বউয়ের", "বৌয়ের", "বউকে", "বেগম", "ওয়াইফ", "মিসেস", "wife",
        "bou$", "bouer", "bou er", "bow$", "bibi", "begum", "misses", "missus", "stri",
        "istri",
        # sadhu bhasha
        "সহধর্মিণী", "সহধর্মিনী", "sohodhormini",
        # Barishali and rural "his family" for his wife ("হের পরিবার হাসপাতালে") (w27)
        "হের পরিবার", "হ্যার পরিবার", "হ্যায়ের পরিবার",
    ),
    "husband": (
        # (স্বামী whole, endings allowed: folded, the names Shamim and Shamima, a শামিয়ানা (a
        # marquee) and a samity begin like it) (w29)
        "স্বামী$", "স্বামীসহ", "হাজব্যান্ড", "জামাই সাহেব", "shami$", "swami$", "husband", "hubby", "jamai sahe",
        # English in Bengali script (w20)
        "হাসব্যান্ড", "হাসবেন্ড", "হাজবেন্ড", "হাসবান্ড",
    ),
    "father": (
        "বাবা", "আব্বা", "আব্বু", "আব্বাজান", "বাপজান", "বাপ$", "বাপের", "bapjan", "baba", "abba", "abbu", "abbaji", "father", "dad$",
        "dad's", "daddy", "papa$",
        # sadhu পিতা only after whose (it folds like পিঠা, a cake)
        "তাঁহার পিতা", "তাহার পিতা", "উনার পিতা", "ওনার পিতা", "তার পিতা", "তাঁর পিতা",
    ),
    "mother": (
        "মা$", "মায়ের", "মাকে", "আম্মা", "আম্মু", "আম্মি", "ammu", "amma", "ammi", "ammur",
        "ma$", "mayer", "ma er", "maa$", "mother", "mom$", "mom's", "mum$", "mummy", "mommy", "mum's",
    ),
    "brother": (
        "ভাইয়ের", "ভাইয়ার", "বড় ভাই", "ছোট ভাই", "বড়ভাই", "ছোটভাই", "ভ্রাতা", "bhaier",
        "bhai er", "onar bhai$", "unar bhai$", "tar bhai$", "তার ভাই$", "উনার ভাই$", "ওনার ভাই$", "vai er", "boro bhai", "choto bhai", "boro vai", "choto vai", "vaier",
        "brother",
    ),
    "sister": (
        "বোন$", "বোনের", "বোনকে", "বোনরে", "বইন", "boiner", "bon$", "boner", "bon er", "bonner", "sister", "sis$",
    ),
    "relative": (
        "নানা", "নানী", "নানি", "নানু", "দাদা", "দাদী", "দাদি", "দাদু", "চাচা", "চাচী", "চাচি",
        "খালা", "খালু", "মামা", "মামী", "মামি", "ফুফু", "ফুপু", "ফুপা", "শ্বশুর", "শাশুড়ি",
        "শাশুড়ী", "ভাতিজা", "ভাতিজি", "ভাগ্নে", "ভাগিনা", "ভাগ্নি", "নাতি", "নাতনি", "জামাই",
        "বউমা", "ভাবি", "দেবর", "ননদ", "শালা$", "শালী$", "চাচাতো", "মামাতো", "খালাতো", "ফুফাতো",
        "আত্মীয়", "দুলাভাই", "দুলা ভাই", "বেয়াই", "বেয়াইন", "dulabhai", "dulavai", "beyai",
        "nana", "nani", "nanu", "dada", "dadi", "dadu", "chacha", "chachi", "khala",
        "khalu", "mama$", "mamar", "mami$", "fufu", "fupu", "phupu", "shoshur", "sosur",
        "shashuri", "sashuri", "shoshuri", "shosur", "vatija", "bhatija", "bhagne", "vagne",
        "bhagina", "nati$", "natni", "jamai", "bouma", "bhabi", "vabi", "debor", "nonod",
        "chachato", "mamato", "khalato", "fufato", "attiyo", "relative", "uncle", "aunt",
        "cousin", "cuz er", "cuz's", "nephew", "niece", "grandfather", "grandmother", "grandma", "grandpa", "granny",
        "শ্বশুরমশাই", "shoshurmoshai", "shashur", "sasur", "shashuri", "ভাইপুত", "ভাইঝি", "শাশুড়িমা", "father-in-law", "mother-in-law", "in-law", "in law", "son-in-law", "daughter-in-law",
        "brother-in-law", "sister-in-law", "grandson", "granddaughter", "চাচাতো ভাই",
        "চাচাতো বোন", "চাচাতো bhai", "চাচাতো bon", "চাচাতো vai", "মামাতো ভাই", "মামাতো বোন",
        "মামাতো bhai", "মামাতো bon", "মামাতো vai", "খালাতো ভাই", "খালাতো বোন", "খালাতো bhai",
        "খালাতো bon", "খালাতো vai", "ফুফাতো ভাই", "ফুফাতো বোন", "ফুফাতো bhai", "ফুফাতো bon",
        "ফুফাতো vai", "chachato ভাই", "chachato বোন", "chachato bhai", "chachato bon",
        "chachato vai", "mamato ভাই", "mamato বোন", "mamato bhai", "mamato bon", "mamato vai",
        "khalato ভাই", "khalato বোন", "khalato bhai", "khalato bon", "khalato vai", "fufato ভাই",
        "fufato বোন", "fufato bhai", "fufato bon", "fufato vai", "fupato ভাই", "fupato বোন",
        "fupato bhai", "fupato bon", "fupato vai",
        # a wife's brother and sister, a wife's sister's husband, a husband's elder brother
        "শ্যালক", "শ্যালিকা", "ভায়রা", "ভাসুর", "shalok", "shyalok", "shalika", "bhaira$", "vaira$",
        "bhasur", "vasur",
        # the words of Hindu families and of West Bengal, and the respectful and affectionate
        # forms ("জেঠু", "পিসিমা", "খালাম্মা"); short folded words whole, endings allowed (মাসি,
        # not মাসিক, monthly)
        "জেঠু", "জেঠা$", "জেঠি$", "জেঠিমা", "জেঠামশাই", "জ্যাঠা", "জ্যেঠু", "jethu", "jetha$", "jethi$",
        "jethima", "jethamoshai", "কাকা$", "কাকু$", "কাকি$", "কাকিমা", "kaka$", "kaku$", "kaki$", "kakima",
        "পিসি$", "পিসিমা", "পিসেমশাই", "pishi$", "pisi$", "pishima", "মাসি$", "মাসী$", "মাসিমা",
        "mashi$", "mashima", "খালাম্মা", "khalamma", "চাচাজান", "chachajan", "বৌদি$", "বউদি$",
        "boudi$", "bowdi$", "বোনঝি", "বোনপো", "bonjhi", "bonpo$", "ভাইপো$", "bhaipo$", "dewr$",
        "dewor$", "নাতনী", "natni$",
        # a nephew in Sylhet and Noakhali (ভাইস্তা), a son's wife in Rangpur (বেটার বউ: বেটা alone
        # folds like ব্যথা, pain)
        "ভাইস্তা", "ভাইস্তি", "ভাস্তে", "ভাস্তি", "বেটার বউ", "বেটার বৌ", "betar bou", "beter bou",
    ),
    "friend": (
        "বন্ধু", "বান্ধবী", "bondhu", "bandhobi", "friend", "buddy",
    ),
    "colleague": (
        "কলিগ", "সহকর্মী", "বস$", "বসের", "অফিসের স্যার", "kolig", "colleague", "coworker",
        "co-worker", "boss$", "boss er", "office er sir", "office er boss",
        # their staff ("Store manager of Bismillah Electronics", "স্টোর ম্যানেজার অসুস্থ"; not a
        # customer "promoted to branch manager")
        "store manager", "স্টোর ম্যানেজার", "দোকানের ম্যানেজার", "their manager", "their branch manager",
        "their store manager", "shop manager", "তাদের ম্যানেজার",
        "their driver", "driver of their", "their delivery boy", "their delivery man", "their peon",
        "office peon", "their staff", "their employee", "their worker", "their labour",
    ),
}

# Which relative: the word the note used, so a message says "আপনার শাশুড়ি" / "your
# mother-in-law", not "your relative". Keys are ``person.KIN``'s; "" is a relative no one
# word names (a cousin: "চাচাতো ভাই"), checked first. A word is matched whole, endings allowed.
KIN: dict[str, tuple[str, ...]] = {
    "": ("চাচাতো", "মামাতো", "খালাতো", "ফুফাতো", "ফুপাতো", "chachato", "mamato", "khalato",
         "fufato", "fupato", "cousin", "relative", "আত্মীয়", "attiyo", "in-law", "in law", "inlaws",
         "in laws"),
    "mother_in_law": ("শাউড়ি", "শাশুড়ি", "শাশুড়ী", "শাশুড়িমা", "shashuri", "sashuri", "shoshuri", "হৌড়ি",
                      "হড়ি", "হাউড়ি", "mother-in-law", "mother in law"),
    "father_in_law": ("শ্বশুর", "শ্বশুরমশাই", "shoshur", "sosur", "shosur", "shashur", "sasur",
                      "shoshurmoshai", "father-in-law", "father in law", "fil"),
    "nani": ("নানি", "নানী", "nani"), "dadi": ("দাদি", "দাদী", "dadi"), "nanu": ("নানু", "nanu"),
    "nana": ("নানা", "nana"), "dada": ("দাদা", "dada"), "dadu": ("দাদু", "dadu"),
    "chacha": ("চাচা", "chacha", "চাচ্চু", "chacchu"), "mama": ("মামা", "mama", "মামু", "mamu"),
    "khalu": ("খালু", "khalu"), "fupa": ("ফুপা", "fupa"), "chachi": ("চাচী", "চাচি", "chachi"),
    "khala": ("খালা", "খালাম্মা", "khala", "khalamma"), "mami": ("মামী", "মামি", "mami"),
    "fufu": ("ফুফু", "ফুপু", "fufu", "fupu", "phupu", "ফুপি", "ফুফি", "fupi", "phupi"),
    "bhatija": ("ভাতিজা", "bhatija", "vatija", "ভাইস্তা", "ভাস্তা", "bhaista", "vaista"), "bhatiji": ("ভাতিজি", "ভাইঝি", "bhatiji", "ভাস্তি"),
    "bhagne": ("ভাগ্নে", "ভাগিনা", "bhagne", "vagne", "bhagina"), "bhagni": ("ভাগ্নি", "bhagni"),
    "nati": ("নাতি", "nati"), "natni": ("নাতনি", "natni"), "jamai": ("জামাই", "jamai"),
    "bouma": ("বউমা", "বৌমা", "bouma"), "bhabi": ("ভাবি", "ভাবী", "bhabi", "vabi"),
    "grandmother": ("grandmother", "grandma", "granny"), "grandfather": ("grandfather", "grandpa"),
    "uncle": ("uncle",), "aunt": ("aunt",), "nephew": ("nephew",), "niece": ("niece",),
    "grandson": ("grandson",), "granddaughter": ("granddaughter",),
    "son_in_law": ("son-in-law", "son in law"), "daughter_in_law": ("daughter-in-law", "daughter in law"),
    "jethu": ("জেঠু", "জেঠা", "জ্যাঠা", "জ্যেঠু", "জেঠামশাই", "jethu", "jetha", "jethamoshai"),
    "jethi": ("জেঠি", "জেঠিমা", "jethi", "jethima"), "kaka": ("কাকা", "কাকু", "kaka", "kaku"),
    "kaki": ("কাকি", "কাকিমা", "kaki", "kakima"), "pishi": ("পিসি", "পিসিমা", "pishi", "pisi", "pishima"),
    "mashi": ("মাসি", "মাসী", "মাসিমা", "mashi", "mashima"), "boudi": ("বৌদি", "বউদি", "boudi", "bowdi"),
    "bhaipo": ("ভাইপো", "ভাইপুত", "bhaipo"), "bonjhi": ("বোনঝি", "bonjhi"), "bonpo": ("বোনপো", "bonpo"),
    "debor": ("দেবর", "debor", "dewr", "dewor"), "nonod": ("ননদ", "nonod"),
    "dulabhai": ("দুলাভাই", "দুলা ভাই", "dulabhai", "dulavai", "বোনজামাই", "bonjamai"),
    "beyai": ("বেয়াই", "beyai"), "shalok": ("শ্যালক", "শালা", "shalok", "shyalok"),
    "shali": ("শ্যালিকা", "শালী", "shalika"),
}

# Places and people that hold a relation word but are nobody's relative.
# More relation words, for whom an event concerns (who.py) and for "someone expired" (PAIRS),
# not for the event cues (which need only "মেয়ে" to find a relative's death): inflected and
# dialect forms. Short words take no ending in ``phrase_pattern`` (মার, বোর would be other
# words), so their inflections are listed here.
MORE_RELATIONS: dict[str, tuple[str, ...]] = {
    "daughter": ("ডটার", "মাইয়ায়", "মাইয়াটা", "মেয়েটা", "ফুড়ি", "furi$", "furir",
                 # Rangpur and Sylhet বেটি
                 "বেটি$", "বেটির", "বেটিরে", "বেটিক", "বেটিটা", "beti$", "betir",
                 # Noakhali and Chatgaiya ঝি, a daughter, where it cannot be a maid: "ঝির ঘরে নাতিন" (w25)
                 "ঝির ঘরে", "ঝিয়ের ঘরে", "jhir ghore", "jhier ghore",
                 # ... and ঝি'র, ঝির, written with its ending ("ঝি'র ডায়রিয়া", "ঝির বিয়া ঠিক অইছে") (w28)
                 "ঝির$", "ঝিরে$", "ঝিয়ের$"),
    "son": ("পোলায়", "পোলাটা", "ছেলেটা", "পুত$", "পুতর", "পুতের", "puter",
            # "pola'r" written as one word ("poler biye fixed") (w23)
            "poler$",
            # Rangpur ছাওয়াল, Noakhali পোলাডা
            "ছাওয়াল", "পোলাডা",
            # "chelta dengue te": ছেলেটা with its e dropped, as typed (w26)
            "chelta", "ছেলটা",
            # Noakhali হোলা, পোলা with its প spoken as হ ("হোলার হাম উঠছিল", "হেতির হোলার টাইফয়েড") (w28)
            "হোলা$", "হোলার", "হোলারে", "হোলায়", "হোলাডা", "হোলাটা",
            # Chatgaiya পোয়া in Latin letters ("poar jor 103"); folded, "poar" is পার (past, across:
            # "date পার হয়ে গেছে", "রাস্তা পার", NOT_PERSON) and পাড় (a saree's border, goods) (w30)
            "poar$", "puar$"),
    "child": ("পোলাপান", "polapan", "বাচ্চাকাচ্চা", "bacchakaccha", "bachara", "বাচ্চারা",
              # Sylheti and Dhakaiya বাইচ্চা, a child ("মনিরার বাইচ্চার ডায়রিয়া"); with its ending or
              # after ছোট (ছোট ভাই, folded, begins it), not alone: folded it is বাইছা, picked out;
              # whole words: folded, ভাইসাব begins like it (w29)
              "বাইচ্চার$", "বাইচ্চারে$", "বাইচ্চাটা$", "বাইচ্চাডা$", "ছোট বাইচ্চা$", "baicchar$", "baiccha r$",
              "choto baiccha$"),
    "wife": ("বউডা", "বৌডা", "biwi$", "biwir$", "biwi r", "wifer$", "bou r", "boure$", "বউর$", "বউরে$", "বউয়ে$", "বৌরে$", "বৌয়ে$", "গিন্নি",
             "ginni", "missus er", "wife's", "misses er"),
    "husband": ("সোয়ামি", "soyami", "জামাই সাব", "hubby's", "husband's",
                # a wife's "my he" ("আমার উনি মারা গেছেন") (w20)
                "আমার উনি", "amar uni$", "আমার উনার", "amar unar$",
                # voice typing: English kin words in Bengali script (eighth round)
                "হাসব্যান্ড", "হাসবেন্ড", "হাজবেন্ড",
                # "her sahib" ("উনার সাহেবের ডায়ালাইসিস"): a wife's word for her husband (w29)
                "উনার সাহেব", "ওনার সাহেব", "unar saheb", "onar saheb", "unar shaheb", "onar shaheb"),
    "father": ("বাজানের", "bajaner", "বাবায়", "বাপে", "বাপজান", "আব্বাজান", "baba r", "babar", "abbar", "abbur", "pappa",
               "ফাদার$", "ফাদারের",
               # Dhakaiya "his father" as the subject ("Nannu bhai er abbay stroke korse") (w29)
               "আব্বায়$", "abbay$", "abbae$"),
    "mother": ("মাম্মি", "মায়ে", "আম্মাজান", "ammajan", "maa r", "mom's", "mother's", "মাদার$", "মাদারের",
               # Sylheti "মাই", "মাইর" (mother, mother's; not মাইয়া, a daughter)
               "মাই$"),
    "brother": (
                # "ভাইয়া" alone is how one addresses a man; after "his", "elder", a brother
                "উনার ভাইয়া", "ওনার ভাইয়া", "তার ভাইয়া", "বড় ভাইয়া", "ছোট ভাইয়া", "unar bhaiya",
                "onar bhaiya", "tar bhaiya", "boro bhaiya", "choto bhaiya", "ভাইটা", "bro er", "bro r", "bro's", "ভাইজান", "bhaijan", "vaijan", "ছোটভাইয়ের",
                "মেজভাই", "ব্রাদার$", "ব্রাদারের",
                # ("bro" folds as "boro", big: only where it cannot be the adjective)
                "elder bro", "younger bro", "little bro", "big bro", "bro had", "bro has", "bro got",
                "bro is", "bro was", "bro expired", "bro passed", "bro died", "bro admitted",
                "customer er bhai$", "cust er bhai$", "কাস্টমারের ভাই$",
                # Noakhali "his/her" brother ("hetir bhai saudi te accident") (w25)
                "হেতির ভাই$", "hetir bhai$", "hetir vai$", "হেতির ভাইয়ে",
                # ভাইয়ার written apart ("vaiya r engagement") (w18)
                "bhaiya r$", "ভাইয়া র$", "ভাইডা",
                # মিয়াভাই, an elder brother in the north
                "মিয়াভাই", "miyabhai", "miyavai",
                # Noakhali and Chatgaiya বদ্দা (বড় দাদা), an elder brother, whole (not Chattogram's বহদ্দারহাট);
                # ভায়ের, a brother's (w28)
                "বদ্দা$", "বদ্দার$", "বদ্দায়$", "ভায়ের",
                # Sylheti "ভাইসাবর ভাই": the customer's (ভাইসাব's) brother (w28)
                "ভাইসাবর ভাই$", "ভাইসাবের ভাই$", "ভাইসাহেবের ভাই$", "bhaisab er bhai$", "bhaisaber bhai$",
                # the customer's own words ("আমার ভাই রোড অ্যাক্সিডেন্টে মারা গেছে"): "my", not a name (w20)
                "আমার ভাই$", "আমার ভাইয়া", "amar bhai$", "amar vai$", "amar bhaiya", "amar vaiya", "ব্রাদার"),
    "sister": (
               # "আপা" alone is how one addresses a woman; the customer's, a sister
               "কাস্টমারের আপা$", "কাস্টমারের আপু$", "cust er apa$", "customer er apa$", "cust er apu$",
               "customer er apu$", "বড় আপা", "ছোট আপা", "বড়আপা", "boro apa", "choto apa", "boro apu", "choto apu",
               "বইনের", "বইনে", "bonti", "বোনটা",
               # written as one word: "cust er chotobon er jondis"
               "ছোটবোন", "বড়বোন", "মেজবোন",
               # Dhakaiya boini in Latin letters ("Rubel er boini r baccha hoise") (w29)
               "boinir$", "boini r$",
               # দিদি, an elder sister in Hindu families (alone, how one addresses a woman), and
               # "his" আপা/আপু
               "উনার দিদি", "ওনার দিদি", "তার দিদি", "দিদির", "didir$", "unar didi", "onar didi",
               "tar didi", "বড়দি", "বড় দিদি", "boro didi", "উনার আপা", "ওনার আপা", "তার আপা",
               "উনার আপু", "ওনার আপু", "তার আপু", "unar apa", "onar apa", "tar apa", "unar apu",
               "onar apu", "tar apu",
               # বুবু (the west and north) and বুজি (the east), an elder sister; alone, also how one
               # addresses a woman
               "বুবুর", "উনার বুবু", "ওনার বুবু", "তার বুবু", "bubur$", "unar bubu", "tar bubu",
               "বুজির", "উনার বুজি", "ওনার বুজি", "তার বুজি", "bujir$", "unar buji",
               # the customer's own words ("amar apu r jor") (w20)
               "আমার আপু", "আমার আপা", "amar apu", "amar apa$"),
    "relative": ("ননদের", "ননদকে", "nonoder", "nonod er", "বৌমা", "bouma", "ভাবীর", "ভাবী",
                 "bhabir", "vabir", "দেবরের", "deborer", "শ্বশুরবাড়ি", "মামু", "mamu", "চাচ্চু",
                 "chacchu", "হৌড়ি", "হড়ি", "হাউড়ি", "শালা$", "শালার", "হালা$", "হালার", "bhagni",
                 "natnir", "natir", "fil$", "mil$", "inlaws", "in laws", "বোনজামাই", "bonjamai", "beyan$",
                 "beyain", "বেয়ান", "ফুপি", "ফুফি", "fupi$", "fupir$", "phupi$", "phupir$",
                 "শাউড়ি", "ভাইস্তা", "ভাস্তা", "ভাস্তি", "bhaista", "vaista", "ননাস", "কাজিন",
                 # a child's in-laws and a mother-in-law in Dhakaiya and Noakhali (w25)
                 "বিয়াইন", "বিয়াই$", "বিয়াইর", "biyain", "biyai$", "হউরি", "হউরির", "হউর$", "হউরের",
                 "ফাদার ইন ল", "মাদার ইন ল", "ফাদার-ইন-ল", "মাদার-ইন-ল", "ব্রাদার ইন ল", "সিস্টার ইন ল"),
    "friend": ("ফ্রেন্ড", "frnd", "দোস্তের", "doster", "dost er", "বান্ধবীর", "bandhobir"),
    "colleague": ("sohokormi", "কর্মচারী", "kormochari", "staff er", "office colleague"),
}
# Words that begin like a relation word and are not one: saline is not শালী.
MORE_NOT_PERSON: tuple[str, ...] = ("saline", "স্যালাইন", "স্যালাইনে",
                                    # "celebrating" folds to begin like chele, a son (w28)
                                    "celebrat", "সেলিব্রেট", "সেলিব্রেশন", "celibrat", "selebrat")
NOT_PERSON: tuple[str, ...] = (
    "on strike",
    "শিশু হাসপাতাল", "শিশু হসপিটাল", "sishu hospital", "shishu hospital", "children's hospital",
    "শিশু বিশেষজ্ঞ", "child specialist", "মা ও শিশু", "ma o shishu", "mother and child",
    # a home (বাসা) folds like a child (বাচ্চা): "নতুন বাসা" is nobody's child
    "নতুন বাসা", "notun basa", "নিজের বাসা", "nijer basa", "বাসা বদল", "basa bodol", "বাসা ভাড়া",
    "basa vara", "basa bhara", "বাসা শিফট", "basa shift", "বাসাতে", "basate", "বাসা থেকে",
    "basa theke", "পাশের বাসা", "pasher basa", "পাশের বাসার", "pasher basar",
    # baby goods: "Baby shoes size 2 ... Mother of twins now" names no child
    "baby food", "বেবি ফুড", "baby dress", "বেবি ড্রেস", "baby shoes", "baby shoe$", "baby oil", "বেবি অয়েল",
    "baby lotion", "বেবি লোশন", "baby item", "baby set$", "baby shop", "baby blanket", "baby soap",
    "baby wipe", "baby powder", "বেবি পাউডার", "baby package", "বেবি প্যাকেজ",
    # a maid (ঝি) is nobody's daughter, whatever Noakhali's ঝি, a daughter, says (w28)
    "কাজের ঝি", "বাসার ঝি", "ঠিকা ঝি", "kajer jhi", "basar jhi",
    # goods for the bride a wedding brings ("বিয়ে করছে কাস্টমার, নতুন বউয়ের জন্য ফোন নিবে"): the
    # wedding is the customer's own, not the wife's (w30)
    "নতুন বউয়ের জন্য", "নতুন বৌয়ের জন্য", "নতুন বউয়ের লাইগা", "notun bou er jonno", "notun bour jonno",
    "for the new bride",
    # পার (past, across) folds like Chatgaiya "poar" (a son): "delivery date পার হয়ে গেছে",
    # "রাস্তা পার হইতে গিয়া" (w30)
    "পার হ", "par ho", "রাস্তা পার", "rasta par", "দিন পার", "din par",
)
# Words that may come before "ভাই" when it means a brother, not a man addressed by name.
KIN_BEFORE: tuple[str, ...] = (
    "ছোট", "বড়", "মেজ", "সেজ", "choto", "boro", "mejo", "amar", "আমার", "tar", "তার", "unar", "উনার",
    "oner", "uner", "ওনের", "উনের", "তাঁর",
    "ওনার", "onar", "তাদের", "customer", "cust", "কাস্টমারের", "কাস্টমার", "er$", "এর", "r$",
    "his", "her", "their", "my", "the", "nijer", "নিজের", "একমাত্র", "ekmatro", "চাচাতো",
    "mamato", "khalato", "fufato", "মামাতো", "খালাতো", "ফুফাতো", "chachato",
    # Rangpuri and Barishali "my" ("hamar dada kaal rat e mara gese")
    "hamar", "হামার", "mor$", "মোর",
    # Noakhali "his/her" (হেতির, hetir) and Chatgaiya "my" (আঁর): "হেতির ভাই সৌদিতে এক্সিডেন্ট" (w25)
    "হেতির", "hetir", "হেতেগো", "আঁর",
)

# A birth that made the customer a grandparent says whose child had the baby: "dadi hoise" (a
# father's mother) is the son's, "নানা হয়েছেন" (a mother's father) the daughter's, when no other
# word names the parent ("chele hoise! dadi hoise auntie"). Matched at the start of a newborn cue.
GRANDPARENT_OF: dict[str, tuple[str, ...]] = {
    "son": ("dada", "dadi", "dadu", "দাদা", "দাদি", "দাদী", "দাদু"),
    "daughter": ("nana", "nani", "nanu", "নানা", "নানি", "নানী", "নানু"),
}

# Kin words staff put after a customer's name to speak of them ("রফিক ভাইয়ের", "Karim uncle er
# wife", "মাহমুদ চাচার ছেলের বউ", "Shila bhabir baby"): after a name, the customer, not a relation.
ADDRESS: tuple[str, ...] = (
    "ভাই", "bhai", "vai", "ভাইয়া", "bhaiya", "vaiya", "ভাইজান", "bhaijan", "চাচা", "chacha", "চাচী",
    "চাচি", "chachi", "কাকা", "kaka", "কাকি", "kaki", "uncle", "aunty", "auntie", "আন্টি", "আঙ্কেল",
    "খালা", "khala", "খালু", "khalu", "মামা", "mama", "মামি", "mami", "ভাবি", "ভাবী", "bhabi", "vabi",
    "আপা", "apa", "আপু", "apu", "দিদি", "didi", "বুবু", "bubu", "বুজি", "buji", "দাদা", "dada", "বৌদি", "boudi",
)

# Two words in one sentence that together name an event.
VEHICLES: tuple[str, ...] = (
    # (not "কার$" alone: কার, কারো are "whose", "anyone's", as in "কারো কিছু হয়নি")
    "গাড়ি", "গাড়ির", "কারের", "কারটা", "কার নষ্ট", "কার সার্ভিস", "বাইক", "মোটরসাইকেল", "সিএনজি", "ভ্যান", "ট্রাক", "বাস$", "বাসের",
    "মাইক্রো", "পিকআপ", "অটোরিকশা", "অটো$", "রিকশা", "টেম্পু", "স্কুটি", "লেগুনা", "gari",
    # ("bike$": বিকেল, the afternoon, is "bikel")
    "garir", "car$", "bike$", "bikes$", "biker$", "bike er", "bike ta", "motorcycle", "motorbike",
    "cng$", "van$", "truck", "bus$", "micro",
    # the possessive ("His CNG's gas cylinder leaking") (w30)
    "cng's$", "cngs$",
    "pickup", "pick up er", "auto$", "rickshaw", "tempo$", "tempor$", "tempote", "tempota", "tempo te", "scooty", "scooter", "vehicle", "lorry", "নসিমন",
    "করিমন", "ট্রলার", "নৌকা", "boat", "trawler", "প্রাইভেট কার", "private car", "ambulance",
    "অ্যাম্বুলেন্স", "lori", "লরি", "tractor", "ট্রাক্টর", "power tiller", "পাওয়ার টিলার",
    "ট্রলি", "trolley", "রিকশাভ্যান", "হোন্ডা", "honda", "টেম্পো$", "টেম্পোর", "টেম্পোতে", "টেম্পোটা",
    # battery rickshaws and other local vehicles; a car written apart from its "টা"
    "ইজিবাইক", "ইজি বাইক", "easybike", "easy bike", "ভটভটি", "votvoti", "bhotbhoti", "টমটম",
    "tomtom", "মাহিন্দ্র", "mahindra", "কার টা",
    "vot voti", "bhot bhoti", "ভট ভটি",
    # a bicycle
    "সাইকেল", "bicycle", "cycle$", "cycle er", "saikel",
)
VEHICLE_TROUBLE: tuple[str, ...] = (
    # Sylheti "stuck" ("lorry ... rastay atki gese") (w29)
    "atki gese", "আটকি গেছ", "atki gelo", "আটকি গেল",
    # stranded ("bike stranded at Katakhali") (w30)
    "stranded",
    # a bike's chain come off ("bike er chain fele dise") (w29)
    "chain fele dis", "chain fele dil", "chain pore gese", "চেইন পড়ে গেছে", "চেইন পইড়া",
    # a vehicle's gas kit or tank leaking ("সিএনজির গ্যাস কিট লিক করতেছে") (w23)
    "লিক", "leak$", "leaking", "leakage",
    "নষ্ট", "খারাপ হয়ে", "বন্ধ হয়ে", "বিকল", "উল্টে", "উল্টাইছে", "উল্টা", "কেটে গেছে",
    "ছিঁড়ে", "ফেটে", "ফাটছে", "পাংচার", "গরম হয়ে", "আটকে", "আটকা", "ভাঙছে", "ভেঙে",
    "এক্সিডেন্ট", "দুর্ঘটনা", "সার্ভিসিং", "মেরামত", "গ্যারেজ", "ওয়ার্কশপ", "স্টার্ট",
    "ব্যাটারি", "nosto", "kharap hoye", "bondho hoye", "bikol", "ulte", "kete gese", "chire",
    "fete", "fatse", "burst", "chira", "ছিঁড়া", "ছিড়া", "bust$", "puncture", "pangchar", "gorom hoye", "atke", "atka",
    "bhangse", "vangse", "bhangsilo", "accident", "ekshident", "servicing", "repair", "garage", "workshop",
    "start", "battery", "broke", "broken down", "breakdown", "flat$", "stuck", "engine", "axle",
    "chaka", "সিজ", "seize", "seized", "fail", "বন্ধ হই", "bondho hoi", "চাকা", "টায়ার", "tyre",
    "tire", "মেকানিক", "mechanic", "তেল শেষ", "ঠিক হইছে", "ঠিক হয়ে গেছে", "ঠিক করা হইছে",
    "thik hoise", "সারানো", "sarano", "ধাক্কা লাগ", "ধাক্কা খা", "ধাক্কা দি", "dhakka lag",
    "dhakka kha", "dhakka di", "bumper", "বাম্পার", "ditch", "খাদে পড়", "পড়ে গেছে", "pore gese", "hit a",
    "ব্রেকডাউন", "বিগড়া", "bigra", "সারাই", "sarai",
    "বসে গেছে", "bose gese", "bosse gese", "ভাইঙ্গা", "bhaingga",
    # sadhu bhasha: broke down, went bad ("ভ্যান রাস্তায় ভাঙিয়া গিয়াছে") (w26)
    "ভাঙিয়া", "নষ্ট হইয়া", "বিকল হইয়া", "খারাপ হইয়া", "ডাউন", "down$", "ঠেলে", "skid",
    "radiator", "রেডিয়েটর", "collision", "collided", "crashed", "crash$",
    # not yet repaired ("gari ekhono thik hoy nai"): still the trouble
    "ঠিক হয়নি", "ঠিক হয় নাই", "ঠিক হয় নি", "ঠিক হয়নাই", "thik hoy nai", "thik hoyni", "thik hoy ni",
    "thik hoini", "thik hoyna", "not fixed", "not been fixed", "not repaired", "not been repaired",
    # "does not start" says "not" itself; an engine with a problem
    "স্টার্ট নেয় না", "স্টার্ট নিচ্ছে না", "স্টার্ট হয় না", "start ney na", "start nicche na",
    "start hoy na",
    "ইঞ্জিনে সমস্যা", "ইঞ্জিনে পানি", "engine e somossa", "engine problem",
    # Rangpur "বন্ধ হয়া গেছে", a gear box gone, brakes failed, a skid ("স্লিপ খাইছে"), bent
    "বন্ধ হয়া", "gear box", "গিয়ার বক্স", "brake fail", "ব্রেক ফেল", "স্লিপ", "slip kha", "বাঁকা",
    "উল্টি গে", "ulti ge",
    # a skid, a chain off
    "স্লিপ কাট", "স্লিপ খে", "slip kat", "slip khe", "slip khay", "চেইন পড়ে", "chain pore",
    "চেইন ছিঁড়ে", "চেইন ছিড়ে", "chain chire",
    # a puncture as staff spell it
    "panchar", "puncher", "pancture", "ponchar",
    # whether it will be fixed in time ("truck shukrobar er moddhe thik hobe kina jane na"): not yet (probe 3)
    # (with the "does not know" that follows it, which is no denial of the trouble)
    "thik hobe kina jane na", "thik hobe kina janena", "thik hobe kina janen na", "ঠিক হবে কিনা জানে না",
    "ঠিক হবে কিনা জানেন না", "ঠিক হবে কিনা জানি না", "thik hobe kina sure na", "ঠিক হবে কিনা শিওর না",
    "thik hobe kina", "ঠিক হবে কিনা", "ঠিক হবে কি না", "thik hobe ki na", "kobe thik hobe", "কবে ঠিক হবে",
    "will be fixed by", "will be repaired by",
)
WIFE: tuple[str, ...] = (
    "বউ$", "বউয়ের", "বৌয়ের", "স্ত্রী", "স্ত্রীর", "ওয়াইফ", "ভাবি", "ভাবির", "bou$", "bouer",
    "bou er", "wife", "bhabi", "vabi", "begum", "মেয়ের", "meyer", "বোনের", "boner", "pregnant",
    # a sister's in the dialects ("বইনের ডেলিভারি হইবো এই সপ্তায়, হাসপাতালে ভর্তি") (w29)
    "বইনের", "বইনর", "boiner", "boinir",
    "গর্ভবতী", "বউমা", "বৌমা", "bouma",
)
DELIVERY: tuple[str, ...] = (
    "ডেলিভারি", "delivery", "সিজার", "cesar", "sijar", "লেবার", "labour", "labor", "প্রসব",
    # the operation in English ("bou er c section hoise, delivery charge ta pore dibe") (w28)
    "c section", "c-section", "caesar", "সিজারিয়ান",
)
BODY: tuple[str, ...] = (
    "হাত$", "হাতে", "হাতের", "পা$", "পায়ে", "পায়ের", "মাথা", "মাথায়", "বুক", "বুকে", "কোমর",
    "কোমরে", "পেট$", "পেটে", "চোখ", "চোখে", "দাঁত", "দাঁতের", "গলা", "গলায়", "ঘাড়", "হাঁটু",
    "haat", "hat e", "pa$", "paye", "pae", "matha", "mathay", "buk$", "buke", "bukey", "komor",
    "pet$", "pete", "chokh", "dat$", "dater", "gola", "ghar$", "hatu", "knee", "leg$", "legs",
    "arm$", "arms", "head$", "back pain", "chest", "stomach", "tooth", "teeth", "shoulder",
    "ankle", "wrist", "হাড়", "collarbone", "rib$", "ribs", "hip$", "bone",
)
HURT: tuple[str, ...] = (
    # a burn on the hand ("মেয়ের হাতে রান্নাঘরে পোড়া লেগেছে"), a bandaged one
    "পোড়া লেগ", "pora leg", "ব্যান্ডেজ", "bandage",
    "ব্যথা", "ব্যাথা", "ভাঙ", "ভেঙে", "কেটে গেছে", "পুড়ে", "ফুলে", "মচকে", "ফ্রাকচার",
    "প্লাস্টার", "ঘুরে পড়", "চোট", "betha", "batha", "bhang", "vang", "kete gese", "kete geche",
    "pure", "fule", "mochke", "fracture", "plaster", "chot", "pain", "broke", "broken", "hurt",
    "swollen", "burn", "injur", "sprain", "cut$", "ফেটে", "ফাটছে", "ফাটা", "fatse", "fete", "fata$",
    "আঘাত", "aghat", "কাটা গেছে", "কাইটা গেছে", "kata gese", "kata geche", "kaita gese", "bruise",
    # a cut or a tear ("পায়ের আঙ্গুল কাটছে", "হাত ছিড়া গেছে")
    "কাটছে", "ছিড়া গে", "ছিঁড়া গে", "ছিঁড়ে গে",
)
# A person "expired" is a death; a product "expired" is a complaint.
EXPIRED: tuple[str, ...] = (
    "expired", "expire kor", "expire hoise", "expire hoyeche", "expire করে", "expire হয়",
    # in Bengali script, in the respectful form that only a person takes (w20)
    "এক্সপায়ার করছেন", "এক্সপায়ার করেছেন", "এক্সপায়ার হইছেন", "এক্সপায়ার হয়েছেন", "এক্সপায়ার্ড হয়েছেন",
    "এক্সপায়ার কর", "এক্সপায়ার হয়েছেন", "এক্সপায়ার হইছেন", "এক্সপায়ার্ড",
)
PAIRS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("vehicle_trouble", VEHICLES, VEHICLE_TROUBLE),
    ("newborn", WIFE, DELIVERY),
    ("illness", BODY, HURT),
    ("bereavement", tuple(w for table in (RELATIONS, MORE_RELATIONS) for words in table.values()
                          for w in words), EXPIRED),
)

# Busy cues that only say when to call next ("call back on Thursday", "pore kotha bolbo",
# "night duty koren"): in a note about an order or a price they are not a failed call.
BUSY_LATER: tuple[str, ...] = (
    "পরে কল", "পরে ফোন", "পরে কথা", "পরে দিও", "পরে দিয়েন", "কল ব্যাক", "pore call",
    "pore phone", "pore fon", "pore kotha", "pore dio", "pore diyen", "call later", "call back",
    "callback", "cal back", "later please", "will call later", "will call back", "call us later",
    "try again", "abar try", "duty$", "ডিউটি", "on duty", "night duty", "hospital duty",
    "cul bak", "cul back", "call bak",
)
# Busy cues about a prayer: followed by "after" ("জুম্মার পর", "namaz er por") they are a time.
BUSY_PRAYER: tuple[str, ...] = (
    "নামাজে", "নামাজ পড়", "salat", "jummar", "জুম্মার নামাজ", "জামাতের", "asor er", "mosjid e",
    "namaz e", "namaj e", "namaz porche", "নামাজে আছেন", "praying", "at prayer",
)
AFTER: tuple[str, ...] = ("পর$", "পরে$", "por$", "pore$", "after$")
# Words that deny a complaint outright: "কোনো অভিযোগ নাই", "no problem", "kono jhamela nai".
COMPLAINT_WORDS: tuple[str, ...] = (
    "অভিযোগ", "complain", "ovijog", "obhijog", "obijog", "problem", "prob$", "somossa", "সমস্যা",
    "issue", "ঝামেলা", "jhamela", "কমপ্লেইন", "আপত্তি", "opotti", "অসুবিধা", "osubidha",
)
# "delivery late hoise bole kono rag nai": no anger at what it names in its own clause, so no
# complaint there (not "ar kono rag nai", anger gone, nor "rag na" in a clause of its own) (probe 3).
NO_ANGER: tuple[str, ...] = (
    "kono rag nai", "kono rag nei", "কোনো রাগ নাই", "কোনো রাগ নেই", "রাগ করেন নাই", "রাগ করেননি", "rag kore nai",
    "rag koren nai", "not angry about", "wasn't angry", "was not angry", "no hard feelings",
)
# "খারাপ ব্যবহার করছে এমন কোনো কথা বলেন নাই": the customer said no such thing, which denies the
# complaint words before it as "কোনো অভিযোগ নাই" does (probe 3).
SAID_NO_SUCH: tuple[str, ...] = (
    "এমন কোনো কথা বলেন নাই", "এমন কোনো কথা বলেননি", "এমন কিছু বলেন নাই", "এমন কিছু বলেননি", "এমন কিছু বলে নাই",
    "emon kono kotha bole nai", "emon kono kotha bolen nai", "emon kichu bole nai", "emon kisu bole nai",
    "emon kichu bolen nai", "emon kichu bolenai", "said nothing like that", "didn't say anything like that",
    "did not say anything like that", "never said anything like that", "no such complaint",
)
# "Over" words that only say things are fine ("ঠিক আছে", "sob thik", "all fine"), not that
# something was put right: next to an outright "no problem" they do not make the note a
# complaint that was resolved ("box ভাঙা ছিল কিন্তু ভিতরের জিনিস ঠিক আছে, cust বললো no problem").
FINE: tuple[str, ...] = (
    "ঠিক আছে", "thik ache", "thik ase", "ঠিক আছেন", "all fine", "all good", "everything ok",
    "ok ase", "ok ache", "said fine", "said it's fine", "no worries",
)

# Complaint words that say only that the customer was angry: with a cut-short call and no word
# about the goods or the service, the anger was at being called ("বিরক্ত হয়ে কেটে দিলেন").
ANGER: tuple[str, ...] = (
    "রাগ", "রেগে", "rege$", "rag korse", "rag korche", "রাগারাগি", "বিরক্ত", "birokto", "angry",
    "upset", "furious", "নারাজ", "naraj", "naraz", "ক্ষুব্ধ", "khubdho", "চিল্লা$", "চিল্লাই", "চিল্লায়", "চিল্লাচ", "চিল্লানো", "চেঁচামেচি",
    "chechamechi", "rude",
)
# ... and the words saying the customer cut the call short.
HUNG_UP: tuple[str, ...] = (
    "কেটে দি", "কাইটা দি", "kete di", "kaita di", "hung up", "কাটে দি", "কাটে দে", "cut the call", "cut the line",
    "call kete", "ফোন রেখে দি", "phone rekhe di", "rekhe dilo", "rekhe dilen",
    "don't call now", "do not call now", "ekhon call dio na", "ekhon phone dio na", "এখন ফোন দিও না",
    "এখন কল দিও না",
    # not in the mood to talk, do not call now ("উনি খুব বিরক্ত, বললেন এখন ফোন দিবেন না")
    "not in the mood", "no mood to talk", "ফোন দিবেন না", "কল দিবেন না", "phone diben na", "call diben na",
)

# "nothing else": the note says outright that a call-back day was all the customer said.
NOTHING_ELSE: tuple[str, ...] = (
    "nothing else", "ar kisu bole nai", "ar kichu bole nai", "ar kisu bolen nai", "আর কিছু বলেনি",
    "আর কিছু বলে নাই", "আর কিছু বলেন নাই", "আর কিছু বলেননি",
    # "only this much" ("বিষ্যুদবার কল দিয়েন — খালি এইটুকু কইছে") (w28)
    "খালি এইটুকু", "খালি এইটুক", "শুধু এইটুকু", "শুধু এটুকু", "শুধু এইটুক", "just said that", "only said that",
)

# A pregnancy (not yet a birth) and a complication of it: the schema's "pregnancy complications"
# are an illness, so these newborn words give way to the complication ("bou pregnant, bleeding").
PREGNANCY: tuple[str, ...] = (
    "pregnant", "pregnancy", "গর্ভবতী", "প্রেগন্যান্ট", "পোয়াতি", "poyati", "সন্তানসম্ভবা",
    "অন্তঃসত্ত্বা", "expecting", "c section", "c-section", "সিজার", "sijar", "cesar", "caesar",
    # a delivery's aftermath, as a C-section's ("বোনের ডেলিভারির পর জটিলতা, আইসিইউতে") (w31)
    "ডেলিভারির",
)
COMPLICATION: tuple[str, ...] = (
    "complication", "জটিলতা", "bleeding", "রক্তক্ষরণ", "রক্ত যা", "infection", "ইনফেকশন",
    "high bp", "bp high", "bp beshi", "বিপি বেশি", "pressure beshi", "প্রেশার বেশি", "খিঁচুনি",
    "eclampsia",
    # pressure high while pregnant, in any script ("প্রেশার high, hospital এ ভর্তি")
    "pressure high", "high pressure", "প্রেশার হাই", "প্রেসার হাই", "প্রেশার high", "প্রেসার high", "প্রেশার বেড়", "প্রেসার বেড়",
    "pressure bere", "bp bere", "বিপি হাই", "বিপি বেড়", "preeclampsia", "pre-eclampsia",
)

# Units of goods: a weak cue in a clause that counts goods ("3 ta bike er tyre", "প্রেসারের ওষুধ
# ৩০ টা", "x4") names an item on the order, not an event.
UNITS: tuple[str, ...] = (
    "টা", "ta", "টি", "ti", "pcs", "pc", "piece", "পিস", "set", "সেট", "box", "বক্স", "kg", "কেজি",
    "dozen", "ডজন", "packet", "প্যাকেট", "ctn", "carton", "কার্টন", "pair", "জোড়া", "jora", "litre",
    "liter", "লিটার", "বস্তা", "bosta", "pound", "পাউন্ড", "গজ", "goj",
)

# Words of a question about goods or a service ("সিম কার্ড রিপ্লেসমেন্ট কোথায় করে জিজ্ঞেস করল",
# "asked whether we buy old TV in exchange"): a weak cue in such a clause is what was asked about.
INQUIRY: tuple[str, ...] = (
    "জিজ্ঞেস", "জিগ্যেস", "জিগাই", "jiggesh", "jigges", "jiggash", "jigai", "জানতে চা", "jante cha",
    "janate cha", "asked if", "asked whether", "asked about", "asking about", "asking if",
    "wants to know", "wanted to know", "inquir", "enquir", "কোথায় করে", "kothay kore",
)

# Words saying the customer bought or ordered on this call: the call happened, so a mood or a
# place in the note ("meyer sathe jhogra, tai mon kharap, order dilo tobu") is not a busy call.
DONE_DEAL: tuple[str, ...] = (
    "order dilo", "order dilen", "order dise", "অর্ডার দিলেন", "অর্ডার দিলো",
    "অর্ডার দিল$", "অর্ডার দিছে", "order দিলেন", "order দিলো", "ordered", "bought", "paid",
    "tobu nise", "tobu nilo", "তবে নিছে", "তবু নিলেন", "order confirm korlo", "অর্ডার কনফার্ম করলেন",
)

# Words about buying and selling: a note with a call-back day and none of these is a
# "could not talk now" note ("বৃহস্পতিবার কল দিও").
COMMERCE: tuple[str, ...] = (
    "অর্ডার", "order", "ordr", "দাম", "dam$", "price", "rate$", "রেট", "টাকা", "taka", "tk$", "৳",
    "পেমেন্ট", "payment", "বিকাশ", "bkash", "বাকি", "baki", "ডিজাইন", "design", "ছবি", "chobi",
    "picture", "photo", "স্টক", "stock", "নিবে", "nibe", "নিবেন", "niben", "লাগবে", "lagbe",
    "পাঠা", "patha", "send", "ডেলিভারি", "delivery", "কিনবে", "kinbe", "buy", "quotation",
    "sample", "স্যাম্পল", "catalog", "ক্যাটালগ", "ফাইনাল", "final", "confirm", "কনফার্ম", "বিল",
    "bill", "invoice", "deposit", "ডিপোজিট", "offer", "অফার", "discount", "size", "সাইজ", "pcs",
    "পিস", "kg$", "কেজি", "বস্তা", "bosta", "টাকার ব্যবস্থা", "দোকানে আস", "dokane ash",
    "dokan e ash", "shop e ash", "come to the shop", "visit the shop", "dekhte ashbe",
    "দেখতে আসবে",
    # goods coming or to be taken ("কাপড় আসবে", "দুদিন পর আসবে ব্লাউজ নিতে") (eighth round)
    "কাপড়", "kapor", "মাল$", "mal$", "নিতে$", "nite$",
)

# Words saying someone got well ("মেয়ে ভালো হয়ে গেছে"): an illness that is over, never a
# birth or a death the n-gram model might guess from the relation word alone.
RECOVERED: tuple[str, ...] = (
    "ভালো হয়ে গেছে", "ভালো হয়ে গেছেন", "ভালো হইছে", "ভালো হয়েছে", "ভালো হয়েছেন", "সুস্থ হয়ে",
    "সেরে গেছে", "সেরে উঠেছে", "bhalo hoye geche", "valo hoye gese", "bhalo hoye gese",
    "bhalo hoise", "valo hoise", "bhalo hoyeche", "sustho hoye", "sere geche", "sere gese",
    "recovered", "got better",
)

# A remedy the shop will send or has arranged ("replacement pathano hobe", "রিফান্ড করে দিব",
# "exchange kore deya hobe", "we will send a replacement"): the complaint is being put right,
# not a new one. The customer asking for one ("replacement chay", "ফেরত চায়") is still a complaint.
REMEDY: tuple[str, ...] = (
    "replacement", "replace", "রিপ্লেসমেন্ট", "রিপ্লেস", "refund", "রিফান্ড", "exchange", "এক্সচেঞ্জ",
    "ফেরত", "ferot", "ferat", "বদলে", "bodle", "badle", "new piece", "নতুন পিস", "notun piece",
    "credit note", "ক্রেডিট নোট",
)
REMEDY_PROMISED: tuple[str, ...] = (
    "dibo$", "debo$", "দিব$", "দিবো", "দেব$", "দেবো", "দিচ্ছি", "dicchi", "দেওয়া হবে", "দেয়া হবে",
    "deya hobe", "dewa hobe", "deoa hobe", "pathano hobe", "পাঠানো হবে", "pathabo", "পাঠাব",
    "পাঠাবো", "pathacchi", "পাঠাচ্ছি", "পাঠানো হয়েছে", "pathano hoyeche", "pathano hoise",
    "পাঠিয়েছি", "pathiyechi", "pathaisi", "arranged", "arrange kora", "will be sent",
    "will be given", "will be done", "is being sent", "on the way", "processed", "approved",
)
REMEDY_GIVEN: tuple[str, ...] = (  # English, the verb first: "we will send a replacement"
    "will send", "will give", "are sending", "have sent", "sent", "arranged", "will arrange",
    "will process", "processed",
)
