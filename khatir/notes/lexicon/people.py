"""Relation words: whom an event concerns, which relative, and kin words that are only a way of address."""
from __future__ import annotations

# Whom an event concerns: the relation words of each key; Bengali endings are found too
# (মেয়ের, meyer, ছেলেকে, abbur, wife er). A qualifier makes a relative ("chachato bhai").
RELATIONS: dict[str, tuple[str, ...]] = {
    "daughter": (
        "মেয়ে", "মাইয়া", "কন্যা", "meye", "maiya", "mey$", "meyer", "daughter", "dotter", "daughtr",
        # texting shorthand ("dghtr had pox", "dotr's wedding"; doctor folds "dstr") (w35)
        "dghtr", "dotr$", "dotrs$", "dtr$", "little girl", "his girl",
        "her girl", "their girl",
        "ফুড়ি", "ফুড়ির", "furi$", "furir", "furi r",
        # Rajshahi and Kushtia বিটি, a daughter ("বিটির বিয়া", "বিটির ঘরে নাতি", "biti r jor") (w123)
        "বিটি$", "বিটির", "বিটিক", "বিটিডা", "biti$", "bitir$", "biti r$",
    ),
    "son": (
        # (not Rangpuri ছল, a son, w33's "ছলের হাত ভাঙছে": folded, ছলের is চলের, "is going",
        # "গাড়ি চলের না")
        "ছেলে", "পোলা$", "পোলার", "পোলারে", "পুত্র$", "পুত্রের", "পুত্রকে", "পুত্রটি", "পুত্রসন্তান", "chele", "cele",
        # Banglish ছেলের as said with an a ("chelar jor", "chelar biye") (w162)
        "chelar$", "pola$", "polar$", "ফুয়া", "fua$", "fuwa$", "fuwar$", "পোয়া", "ফোয়া", "পুয়া", "pua$",
        # Sylheti ফুত (পুত, a son) in its inflected forms ("ফুতের asthma", "futar jor"; not bare ফুত,
        # which folds as "fut" like a foot, "diabetic foot", "foot spa", nor ফুটা, a hole, "futa") (w65)
        "ফুতের", "ফুতরে", "ফুতরের", "futer$", "futar$", "futre$",
        # Sylheti and Rangpuri বেটা (a son) in "the son's house", where a grandchild is born
        # ("বেটার ঘরে নাতিন অইছে", "beta'r ghore nati"); not বেটা alone, folded like ব্যথা, pain (w102)
        "বেটার ঘরে", "বেটার ঘরো", "betar ghore", "betar ghor e", "beta r ghore",
        # ... and at the son's wedding ("betar biya thik hoise", "বেটার বিয়া সামনে মাসে"): no pain
        # is wed (w157)
        "বেটার বিয়", "বেটার শাদি", "betar biy", "betar bie", "betar bia", "beta r biy", "betar sadi",
        "betar shadi",
        # Hindi's and Urdu's beta, bete with their ka, ki, ko (of, to): "customer ka beta bimar",
        # "bete ki walima", "bete ka walima"; bare beta stays pain (w128)
        "ka beta$", "ki beta$", "ka bete$", "bete ki$", "bete ka$", "bete ke$", "bete ko$",
        "little boy", "his boy",
        "her boy", "their boy", "son$",
        "sons$", "son's",
    ),
    "child": (
        "বাচ্চা$", "বাচ্চার", "বাচ্চাকে", "বাচ্চাটা", "বাচ্চা টা", "বাচ্চাটি", "বাচ্চাটির", "বাচ্চাটিকে", "শিশু", "সন্তান", "বাবু$",
        "baccha$", "bacchar", "baccha ta", "bacha$", "bachcha$", "babu$", "child", "kid$",
        "kids$", "baby", "toddler", "infant", "sontan",
        # a parent's "my younger one", "the little one" (w36)
        "younger one", "youngest one", "elder one", "eldest one", "older one", "oldest one",
        "little one",
    ),
    "wife": (
        "স্ত্রী$", "বউ$", "বৌ$", "বউয়ের", "বৌয়ের", "বউকে", "বেগম", "ওয়াইফ", "মিসেস", "wife",
        "bou$", "bouer", "bou er", "bow$", "bibi", "begum", "misses", "missus",
        # স্ত্রী and stri fold alike: a whole word with its endings (স্ত্রীর, স্ত্রীকে), not a
        # pharmacy's "strip" of tablets ("2 strip napa nise", "the strip was expired") (w141)
        "stri$",
        "istri",
        # sadhu bhasha
        "সহধর্মিণী", "সহধর্মিনী", "sohodhormini",
        # ... and গৃহিণী, the lady of the house ("গৃহিণীর অম্লশূল") (w106)
        "গৃহিণী", "গৃহিনী",
        # Barishali and rural "his family" for his wife ("হের পরিবার হাসপাতালে") (w27)
        "হের পরিবার", "হ্যার পরিবার", "হ্যায়ের পরিবার",
        # a call centre's formal "spouse", his ("Customer informed that his spouse is unwell") (w99)
        "his spouse",
    ),
    "husband": (
        # (স্বামী whole, endings allowed: folded, the names Shamim and Shamima, a শামিয়ানা (a
        # marquee) and a samity begin like it) (w29)
        "স্বামী$", "স্বামীসহ", "হাজব্যান্ড", "জামাই সাহেব", "shami$", "swami$", "husband", "hubby", "jamai sahe",
        # English in Bengali script (w20)
        "হাসব্যান্ড", "হাসবেন্ড", "হাজবেন্ড", "হাসবান্ড",
        # Rangpuri -ক, as on বেটিক ("স্বামীক সাপে কাটছে") (w84)
        "স্বামীক$",
        # ... and hers ("she informed that her spouse has been admitted") (w99)
        "her spouse",
    ),
    "father": (
        "বাবা", "আব্বা", "আব্বু", "আব্বাজান", "বাপজান", "বাপ$", "বাপের", "bapjan", "baba", "abba", "abbu", "abbaji", "father", "dad$",
        "dad's", "daddy", "papa$",
        # Sylheti বাফ, the বাপ with ফ ("বাফ মারা গেছইন", "বাফর জ্বর") (w121)
        "বাফ$", "বাফর$", "বাফের$", "baf$", "bafer$",
        # sadhu পিতা only after whose (it folds like পিঠা, a cake)
        "তাঁহার পিতা", "তাহার পিতা", "উনার পিতা", "ওনার পিতা", "তার পিতা", "তাঁর পিতা",
        # ... or after a customer named with respect ("জনাব হাসান সাহেবের পিতা সিওপিডি রোগে আক্রান্ত") (w58)
        "সাহেবের পিতা", "সাহেবের মরহুম পিতা", "সাহেবার পিতা",
        # ... or after the customer named by a call centre's formal word ("গ্রাহকের পিতা অসুস্থ"; not
        # মাতা so: "গ্রাহকের মাথা ব্যথা" is a head) (w99)
        "গ্রাহকের পিতা", "গ্রাহকের মরহুম পিতা", "ক্লায়েন্টের পিতা",
        # sadhu bhasha's respectful পিতৃদেব, পিতাজি ("হরিপদ বাবুর পিতৃদেব পরলোকগমন করিয়াছেন") (w106)
        "পিতৃদেব", "পিতাজি", "পিতাজী",
    ),
    "mother": (
        "মা$", "মায়ের", "মাকে", "আম্মা", "আম্মু", "আম্মি", "ammu", "amma", "ammi", "ammur",
        "ma$", "mayer", "ma er", "maa$", "mother",
        # মায়ের in Latin letters without its y ("mor maer sugar beshi"), whole (w115)
        "maer$",
        # মার, a mother's said short ("মার ডেঙ্গু হইছিল", "mar kidney te pathor"; not মারা, died,
        # nor "মার খাইছে", beaten: ``MORE_NOT_PERSON``) (w33)
        "মার$", "mar$", "mom$", "mom's", "mum$", "mummy", "mommy", "mum's",
        # sadhu মাতা, whole, only after a sadhu whose or a customer named with respect ("তাঁহার মাতা
        # ইন্তেকাল করিয়াছেন", "সাহেবের মাতা"): it folds like মাথা, a head ("ওনার মাথায় সেলাই", "উনার মাথা
        # ব্যথা"), and Sylheti মাতা is to talk (w58)
        "তাঁহার মাতা$", "তাহার মাতা$", "সাহেবের মাতা$", "সাহেবার মাতা$",
        # ... and its respectful মাতাজি, মাতৃদেবী ("মাতাজি অসুস্থ হইয়া পড়িয়াছেন") (w106)
        "মাতাজি", "মাতাজী", "মাতৃদেবী",
    ),
    "brother": (
        "ভাইয়ের", "ভাইয়ার", "বড় ভাই", "ছোট ভাই", "বড়ভাই", "ছোটভাই", "ভ্রাতা", "bhaier",
        "bhai er", "onar bhai$", "unar bhai$", "tar bhai$", "তার ভাই$", "উনার ভাই$", "ওনার ভাই$", "vai er", "boro bhai", "choto bhai", "boro vai", "choto vai", "vaier",
        "brother",
        # the customer's brother in a call centre's formal word ("গ্রাহকের ভাই আহত"; bare ভাই is also
        # a way of address) (w99)
        "গ্রাহকের ভাই$", "ক্লায়েন্টের ভাই$",
        # sadhu bhasha's অনুজ and অগ্রজ, the younger and elder brother ("উহার অনুজ মৃত্যুবরণ
        # করিয়াছেন"; অনুজা, অগ্রজা are sisters) (w106)
        "অনুজ$", "অগ্রজ$",
        # ... and ভাই after sadhu bhasha's his ("তাঁহার ভাই হাসপাতালে", as "উনার ভাই") (w106)
        "তাঁহার ভাই$", "তাহার ভাই$", "উহার ভাই$",
        # after Barishal's "his" and Chatgaiya's "his" (হ্যার, ইতার): "হ্যার ভাই মারা গেছে" is his
        # brother, not a man addressed so (w117)
        "হ্যার ভাই$", "hyar bhai$", "hyar vai$", "ইতার ভাই$", "itar bhai$",
        # Chatgaiya's ছোড, the younger ("ছোড ভাই উমরা গরি আইসসে", as "ছোট ভাই") (w118)
        "ছোড ভাই", "ছোডো ভাই", "chodo bhai", "chodo vai",
        # Rangpuri -ক on ভাইয়া, as on বেটিক, স্বামীক ("ভাইয়োক মেডিকেলত নিছে"); not ভাইক, ভাইওক:
        # folded, they are a bike, "baik" (w157)
        "ভাইয়োক$",
    ),
    "sister": (
        "বোন$", "বোনের", "বোনকে", "বোনরে", "বইন",
        # Satkhira and Khulna's বুন, as said ("বুনের গায়ে হলুদ", "বুনের ডেঙ্গু"); only with its
        # endings, in Bengali script: "bun" alone is a bread roll (w131)
        "বুনের$", "বুনকে$", "বুনরে$",
        # ... and its -ির, as Jashore says ছেলির ("বুনির বাচ্চা হইছে", "বুনিরে হাসপাতালে নিছে") (w157)
        "বুনির$", "বুনিরে$",
        # Chatgaiya and Noakhali's genitive -র ("বোনর baby হইয়ে", "ছোড বোনর আকদ") (w54)
        "বোনর$", "boiner", "bon$", "boner", "bon er", "bonner", "sister", "sis$",
        # Hindi's and Urdu's behen, bahen ("behen ko judwa bachche hue", "bahen hospital mein") (w128)
        "behen$", "bahen$", "behan$", "bahan$",
        # Sylheti বাজি, an elder sister, with its genitive ("বাজির জ্বর", "bazi'r pao bhangse");
        # not bare বাজি, a bet or the fireworks of আতশবাজি, nor "baji" for বাজে, o'clock (w102)
        "বাজির$", "bazir$", "bajir$",
        # বইন in Latin letters, Sylheti's genitive ("boinor bachcha") or with its age ("choto boin er
        # baby hoibo"); not "boin" alone, which folds like "been" ("has been sick") (w73)
        "boinor$", "choto boin", "boro boin", "soto boin", "chhoto boin",
        # ... or with its genitive apart ("tar boin er jomoj baccha"): "been" takes no "er" (w90)
        "boin er$",
        # sadhu bhasha's ভগ্নী, ভগিনী, and অনুজা, অগ্রজা, the younger and elder sister ("উহার
        # ভগ্নির যমজ সন্তান হইয়াছে") (w106)
        "ভগ্নী", "ভগ্নি", "ভগিনী", "অনুজা$", "অগ্রজা$",
    ),
    "relative": (
        # a son's wife in formal words ("পুত্রবধূর কন্যাসন্তান হইয়াছে": not the son's) (w58)
        # ("পুত্র", a son, is whole or with its endings: পুত্রবধূ began like it)
        "পুত্রবধূ", "পুত্রবধু", "putrobodhu",
        "নানা", "নানী", "নানি", "নানু", "দাদা", "দাদী", "দাদি", "দাদু", "চাচা", "চাচী", "চাচি",
        "খালা", "খালু", "মামা", "মামী", "মামি", "ফুফু", "ফুপু", "ফুপা", "শ্বশুর", "শাশুড়ি",
        "শাশুড়ী", "ভাতিজা", "ভাতিজি", "ভাগ্নে", "ভাগিনা", "ভাগ্নি",
        # Cumilla ভাইগনা, a nephew (w35)
        "ভাইগনা", "ভাইগ্না", "baigna", "bhaigna", "নাতি", "নাতনি", "জামাই",
        # a grandmother as Hindu and Buddhist (Chakma, Marma) families say it (w44)
        "দিদিমা", "didima", "ঠাকুমা", "ঠাকুরমা", "thakuma", "thakurma", "দিদা$", "dida$",
        # ... and a grandfather ("Thakurda maara gechen") (w53)
        "ঠাকুরদা", "ঠাকুর্দা", "ঠাকুরদাদা", "thakurda", "thakurdada",
        "বউমা", "ভাবি", "দেবর", "ননদ", "শালা$", "শালী$", "চাচাতো", "মামাতো", "খালাতো", "ফুফাতো",
        "আত্মীয়", "দুলাভাই", "দুলা ভাই", "বেয়াই", "বেয়াইন", "dulabhai", "dulavai", "beyai",
        "nana", "nani", "nanu", "dada", "dadi", "dadu", "chacha", "chachi", "khala",
        "khalu", "mama$", "mamar", "mami$", "fufu", "fupu", "phupu", "shoshur", "sosur",
        "shashuri", "sashuri", "shoshuri", "shosur", "vatija", "bhatija", "bhagne", "vagne",
        "bhagina", "bhagna", "nati$", "natni", "jamai", "bouma", "bhabi", "vabi", "debor", "nonod",
        "chachato", "mamato", "khalato", "fufato", "attiyo", "relative", "uncle", "aunt",
        "cousin", "cuz er", "cuz's", "nephew", "niece", "grandfather", "grandmother", "grandma", "grandpa", "granny",
        # British English (w34)
        "grandad", "granddad", "grampa",
        # ... typed short ("Nadim's grandfther passed away") (w36)
        "grandfther", "grandfathr", "grndfather", "grandmther", "grandmothr", "grndmother",
        # written apart ("informed grand mother expired": not the mother) (w40)
        "grand mother", "grand father", "grand ma$", "grand pa$",
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
        # sadhu bhasha's kin: a brother's son or daughter, a sister's son, the respectful মহাশয়
        # after a father-in-law or an aunt's husband ("ভ্রাতুষ্পুত্রীর বিবাহ", "শ্বশুরমহাশয়
        # স্বর্গবাসী হইয়াছেন", "মেসো মহাশয়"), a wife's uncle (মামাশ্বশুর) (w106)
        "ভ্রাতুষ্পুত্র", "ভাগিনেয়", "শ্বশুরমহাশয়", "মেসো মহাশয়", "মেসোমহাশয়", "মেসোমশাই",
        "পিসেমহাশয়", "মামাশ্বশুর", "খালাশ্বশুর", "চাচাশ্বশুর",
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
        # an office client's own staff ("their accountant met with accident", "their MD expired",
        # "office IT guy Tanvir is in hospital") (w38)
        "their accountant", "office accountant", "their md$", "it guy", "their it guy",
        # a factory's general manager ("the GM who signs is on sick leave", "their GM expired";
        # not "gm" alone, grams: "500 gm", nor "GM sir", how staff speak of the customer himself,
        # w13) (w40)
        "the gm$", "their gm$", "factory gm$", "factory er gm$", "the general manager",
        "their general manager",
        # an office client's admin, accounts or HR manager ("their admin manager passed away") (w51)
        "admin manager", "accounts manager", "hr manager", "their admin officer", "their hr",
        # a corporate client's chief ("their CEO died suddenly", as "their MD expired") (w57)
        "their ceo$", "the ceo$", "company ceo$", "company's ceo$", "their chairman", "company chairman",
        # a factory's quality, store and floor staff as a merchandiser or owner speaks of them
        # ("their QA manager fainted", "Head of QA has COVID", "store in-charge got electric shock",
        # "his GM collapsed"; not "QC manager's wife", "Rasel bhai (store in-charge) er maa", whose
        # relation it is, nor "QC fail", the goods) (w68)
        "their qa manager", "their qc manager", "head of qa$", "head of qc$", "his gm$",
        "their store in-charge", "their store incharge", "their supervisor", "their line supervisor",
        # a shop's, a school's or a pharmacy's own staff as its supplier speaks of them ("স্টোরকিপার
        # হালিমকে সাপে কেটেছে", "dokaner purano salesman mara gese", "স্কুলের দপ্তরি", "অফিস সহকারী
        # ডেঙ্গুতে", "their pharmacist had a bike accident", "oder cashier hospital e") (w101)
        "storekeeper", "store keeper", "স্টোরকিপার", "স্টোর কিপার", "salesman", "সেলসম্যান",
        "দপ্তরি", "অফিস সহকারী", "office assistant", "their pharmacist", "their cashier", "oder cashier",
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
    "khalu": ("খালু", "khalu"), "fupa": ("ফুপা", "fupa", "ফুফা", "fufa", "phupha"), "chachi": ("চাচী", "চাচি", "chachi"),
    "khala": ("খালা", "খালাম্মা", "khala", "khalamma"), "mami": ("মামী", "মামি", "mami"),
    "fufu": ("ফুফু", "ফুপু", "fufu", "fupu", "phupu", "ফুপি", "ফুফি", "fupi", "phupi"),
    "bhatija": ("ভাতিজা", "bhatija", "vatija", "ভাইস্তা", "ভাস্তা", "bhaista", "vaista"), "bhatiji": ("ভাতিজি", "ভাইঝি", "bhatiji", "ভাস্তি"),
    "bhagne": ("ভাগ্নে", "ভাগিনা", "bhagne", "vagne", "bhagina"), "bhagni": ("ভাগ্নি", "bhagni"),
    "nati": ("নাতি", "nati"), "natni": ("নাতনি", "natni"), "jamai": ("জামাই", "jamai"),
    "bouma": ("বউমা", "বৌমা", "bouma"), "bhabi": ("ভাবি", "ভাবী", "bhabi", "vabi"),
    "grandmother": ("grandmother", "grandma", "granny", "grandmther", "grandmothr", "grndmother"),
    "grandfather": ("grandfather", "grandpa", "grandad", "granddad", "grampa", "grandfther", "grandfathr",
                    "grndfather"),
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
                 # Dhakaiya মাইয়া spelt "maya" where a grandchild is born ("mayar ghore nati") (w41)
                 "mayar ghore",
                 # ... and ঝি'র, ঝির, written with its ending ("ঝি'র ডায়রিয়া", "ঝির বিয়া ঠিক অইছে") (w28)
                 "ঝির$", "ঝিরে$", "ঝিয়ের$",
                 # ... and Sylheti ঝি in Latin letters, its ending apart ("zi er jor", "jhi er baccha");
                 # not alone: folded, zi is ji, the "yes" of "ji bolse" (w34)
                 "zi er$", "jhi er$", "zhi er$",
                 # ... and with its ending "r" apart ("zhi r biya thik hoiyye") (w39)
                 "zhi r$", "jhi r$",
                 # ... after whose she is, in Noakhali and Chatgaiya ("hetir jhi CU te chance paise") (w54)
                 "hetir jhi$", "heter jhi$", "hetar jhi$", "tar jhi$", "unar jhi$", "onar jhi$",
                 # Barishali and Khulna -ডা, -ডার ("মাইয়েডার বিয়ে ঠিক হইছে") (w32)
                 "মাইয়েডা", "মাইয়েডার", "মাইয়াডা", "মাইয়াডার", "মেয়েডা", "মেয়েডার"),
    "son": ("পোলায়", "পোলাটা", "ছেলেটা", "পুত$", "পুতর$", "পুতরে", "পুতররে", "পুতরের", "পুতের", "puter",
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
            "poar$", "puar$",
            # Mymensingh and Dhakaiya পুলা, পোলা with its o spoken as u ("পুলাডার চিকনগুনিয়া",
            # "poula r pa keta gese"; a zip's "puller" is NOT_PERSON) (w39)
            "পুলা$", "পুলারে", "পুলায়", "পুলাডা", "পুলাটা", "poula$", "poula r$",
            # Jashore and Khulna ছেলি, ছেলে with its e spoken as i, in its inflected forms
            # ("ছেলির বিয়ে ঠিক হইছে", "ছেলিরে ডাক্তার দেখাইছে"), in Bengali script (w157)
            "ছেলির$", "ছেলিরে$", "ছেলিডা", "ছেলিডার"),
    "child": ("পোলাপান", "polapan", "বাচ্চাকাচ্চা", "bacchakaccha", "bachara", "বাচ্চারা",
              # Sylheti and Dhakaiya বাইচ্চা, a child ("মনিরার বাইচ্চার ডায়রিয়া"); with its ending or
              # after ছোট (ছোট ভাই, folded, begins it), not alone: folded it is বাইছা, picked out;
              # whole words: folded, ভাইসাব begins like it (w29)
              "বাইচ্চার$", "বাইচ্চারে$", "বাইচ্চাটা$", "বাইচ্চাডা$", "ছোট বাইচ্চা$", "baicchar$", "baiccha r$",
              "choto baiccha$",
              # Kishoreganj's and Mymensingh's -ডা on বাচ্চা, as on পোলা and মাইয়া ("বাচ্চাডার
              # নিউমোনিয়া") (w69)
              "বাচ্চাডা", "বাচ্চাডার", "বাচ্চাডারে", "বাচ্চাডাকে", "bacchadar$", "bacchada$"),
    "wife": ("বউডা", "বৌডা",
             # Rangpuri and Khulna ঘরওয়ালি (the woman of the house), বউটা with its ending ("বউটার
             # পেটে বাচ্চা") (w32)
             "ঘরওয়ালি", "ঘরওয়ালী", "ঘরওয়ালির", "ghorwali", "ghorowali", "বউটা", "বউটার", "বৌটা", "বৌটার", "biwi$", "biwir$", "biwi r", "wifer$", "bou r", "boure$", "বউর$", "বউরে$", "বউয়ে$", "বৌরে$", "বৌয়ে$", "গিন্নি",
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
               "মাই$",
               # মায়ের typed without its এ-কার ("মায়র চোখের অপারেশন") (w76)
               "মায়র$",
               # Barishal মায়, the mother as the subject, after "his", "my", "our" ("হ্যার মায়
               # ইন্তেকাল করছে", "মোর মায় বিছানায়"); not মায় alone, folded like May (w117)
               "হ্যার মায়$", "হের মায়$", "মোর মায়$", "মোগো মায়$", "ইতার মায়$", "হেতির মায়$"),
    "brother": (
                # "ভাইয়া" alone is how one addresses a man; after "his", "elder", a brother
                "উনার ভাইয়া", "ওনার ভাইয়া", "তার ভাইয়া", "বড় ভাইয়া", "ছোট ভাইয়া", "unar bhaiya",
                "onar bhaiya", "tar bhaiya", "boro bhaiya", "choto bhaiya", "ভাইটা", "bro er", "bro r", "bro's", "ভাইজান", "bhaijan", "vaijan", "ছোটভাইয়ের",
                "মেজভাই", "ব্রাদার$", "ব্রাদারের",
                # the second and third brothers ("মেজ ভাই হার্ট এটাকে মারা গেছেন") (w43)
                "মেজ ভাই", "মেজো ভাই", "সেজ ভাই", "সেজো ভাই", "mejo bhai", "mejo vai", "sejo bhai", "sejo vai",
                # ("bro" folds as "boro", big: only where it cannot be the adjective)
                "elder bro", "younger bro", "little bro", "big bro", "bro had", "bro has", "bro got",
                "bro is", "bro was", "bro expired", "bro passed", "bro died", "bro admitted",
                # the terse note's brother and his news ("bro engaged 🎉", "bro married") (w62)
                "bro engaged", "bro married", "bro in hospital", "bro hospital",
                "customer er bhai$", "cust er bhai$", "কাস্টমারের ভাই$",
                # "sir", "স্যার" is how staff speak of the customer: "sir er bhai" is his brother, not
                # "bhai" the customer ("স্যারের ভাই সড়ক দুর্ঘটনায় মারা গেছেন", "sir er bhai ke current
                # e dhorse") (w93)
                "sir er bhai$", "sir er vai$", "sir er bhaiya$", "স্যারের ভাই$", "স্যার এর ভাই$", "sir এর ভাই$",
                # Noakhali "his/her" brother ("hetir bhai saudi te accident") (w25)
                "হেতির ভাই$", "hetir bhai$", "hetir vai$", "হেতির ভাইয়ে",
                # ভাইয়ার written apart ("vaiya r engagement") (w18)
                "bhaiya r$", "ভাইয়া র$", "ভাইডা",
                # মিয়াভাই, an elder brother in the north
                "মিয়াভাই", "miyabhai", "miyavai",
                # Noakhali and Chatgaiya বদ্দা (বড় দাদা), an elder brother, whole (not Chattogram's বহদ্দারহাট);
                # ভায়ের, a brother's (w28)
                "বদ্দা$", "বদ্দার$", "বদ্দায়$", "ভায়ের",
                # ... and বড়দা, মেজদা, the eldest and the middle elder brother in Hindu families, whole
                # (not সেজদা, a prostration in prayer, nor ছোড়দা, which folds like সর্দার, a headman;
                # দাদা alone is also a grandfather) ("বড়দা মারা গেছেন", "mejdar jondis") (w82)
                "বড়দা$", "বড়দার$", "বড়দাকে$", "borda$", "bordar$", "মেজদা$", "মেজদার$", "mejda$", "mejdar$",
                # Sylheti "ভাইসাবর ভাই": the customer's (ভাইসাব's) brother (w28)
                "ভাইসাবর ভাই$", "ভাইসাবের ভাই$", "ভাইসাহেবের ভাই$", "bhaisab er bhai$", "bhaisaber bhai$",
                # the customer's own words ("আমার ভাই রোড অ্যাক্সিডেন্টে মারা গেছে"): "my", not a name (w20)
                "আমার ভাই$", "আমার ভাইয়া", "amar bhai$", "amar vai$", "amar bhaiya", "amar vaiya", "ব্রাদার",
                # bare ভাই after a woman customer's term in the "of" form, her brother ("ম্যাডামের ভাই মারা
                # গেছেন", "apar bhai hospital e"; "madam er" is no name before a ভাই addressed) (w81)
                "আপার ভাই$", "আপুর ভাই$", "ম্যাডামের ভাই$", "ম্যাডাম এর ভাই$", "apar bhai$", "apur bhai$",
                "apa r bhai$", "apu r bhai$", "madam er bhai$", "madamer bhai$",
                # Sylheti ভাইর, a brother's ("ভাইর car breakdown"); folded it is বাইর (out), so not
                # before a verb of coming or taking out (NOT_PERSON) (w34)
                "ভাইর$"),
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
               # ওনার spelt "oner" ("Oner apu ke labour room e nise") (w40)
               "oner apu", "oner apa", "oner didi", "oner bubu",
               # বুবু (the west and north) and বুজি (the east), an elder sister; alone, also how one
               # addresses a woman
               "বুবুর", "উনার বুবু", "ওনার বুবু", "তার বুবু", "bubur$", "unar bubu", "tar bubu",
               "বুজির", "উনার বুজি", "ওনার বুজি", "তার বুজি", "bujir$", "unar buji",
               # the customer's own words ("amar apu r jor") (w20)
               "আমার আপু", "আমার আপা", "amar apu", "amar apa$",
               # English "sister" in Bengali letters, hers or whose ("সিস্টারের কিডনির সমস্যা",
               # "ছোট সিস্টার"); not সিস্টার alone, a nurse as hospitals here call her (w77)
               "সিস্টারের", "ছোট সিস্টার", "বড় সিস্টার", "আমার সিস্টার", "উনার সিস্টার", "ওনার সিস্টার",
               "তার সিস্টার"),
    "relative": ("ননদের", "ননদকে", "nonoder", "nonod er", "বৌমা", "bouma", "ভাবীর", "ভাবী",
                 "bhabir", "vabir", "দেবরের", "deborer", "শ্বশুরবাড়ি", "মামু", "mamu", "চাচ্চু",
                 "chacchu", "হৌড়ি", "হড়ি", "হাউড়ি", "শালা$", "শালার", "হালা$", "হালার", "bhagni",
                 "natnir", "natir", "fil$", "mil$", "inlaws", "in laws", "বোনজামাই", "bonjamai", "beyan$",
                 "beyain", "বেয়ান", "ফুপি", "ফুফি", "fupi$", "fupir$", "phupi$", "phupir$",
                 "শাউড়ি", "ভাইস্তা", "ভাস্তা", "ভাস্তি", "bhaista", "vaista", "ননাস", "কাজিন",
                 # a child's in-laws and a mother-in-law in Dhakaiya and Noakhali (w25)
                 "বিয়াইন", "বিয়াই$", "বিয়াইর", "biyain", "biyai$", "হউরি", "হউরির", "হউর$", "হউরের",
                 "ফাদার ইন ল", "মাদার ইন ল", "ফাদার-ইন-ল", "মাদার-ইন-ল", "ব্রাদার ইন ল", "সিস্টার ইন ল",
                 # a husband's brother's wife, জা, only where it cannot be যা (what, that), folded
                 # alike: after বড়, ছোট, মেজো ("বড় জা এর পিঠে টিউমার"; not "ja bolse", "যা লাগে");
                 # জায়ের and "জা এর" alone changed a held-out reading at the merge (w112)
                 "বড় জা$", "ছোট জা$", "মেজো জা$", "সেজো জা$", "boro ja$", "choto ja$", "mejo ja$",
                 # a father's sister's husband written with ফ (ফুপা's other spelling), and a foster
                 # mother, দুধ মা: not the mother ("ফুফা মারা গেছেন", "দুধ মা হজ্জ থেকে ফিরছেন") (w112)
                 "ফুফা$", "ফুফার$", "ফুফাকে$", "fufa$", "fufar$", "phupha$", "দুধ মা$", "দুধ মায়ের$",
                 "দুধমা$", "dudh ma$"),
    "friend": ("ফ্রেন্ড", "frnd", "দোস্তের", "doster", "dost er", "বান্ধবীর", "bandhobir",
               # a best friend written as one word, or a chat's "bestie" ("bestfriend এর baby হইসে") (w92)
               "bestfriend", "bestie", "bestu$", "বেস্টফ্রেন্ড", "বেস্ট ফ্রেন্ড"),
    "colleague": ("sohokormi", "কর্মচারী", "kormochari", "staff er", "office colleague",
                  # a business partner ("উনার ব্যবসার partner মারা গেছে") (w32)
                  "business partner", "ব্যবসার partner", "ব্যবসার পার্টনার", "bebsar partner",
                  "byabsar partner", "ব্যবসার অংশীদার",
                  # a builder's own labourers at the site ("site e lebar er chokhe chun", "২ জন শ্রমিক
                  # আহত"; not "labour" alone, a birth's "wife labour e"; not the mistri, more often the
                  # shop's or a mechanic, nor the site engineer, as often the customer himself) (w67)
                  "লেবার$", "লেবারের", "lebar$", "lebarer", "labour er", "labourer", "labourers",
                  "শ্রমিক", "sromik",
                  # the customer's own staff or business partner, named as the customer's
                  # ("cust er manager er bike noshto", "কাস্টমারের বিজনেস পার্টনার ইন্তেকাল",
                  # "Customer's employee died", "party r manager er motorcycle noshto"): someone
                  # around the customer, not the customer (one who only answered, "manager dhorlo",
                  # is set aside by ``who.answerers``); not their driver, whose breakdown is the
                  # customer's own car (w40, w57, w78 label "Customer's driver ... stuck" self) (w142)
                  *(owner + " " + staff
                    for owner in ("cust er", "customer er", "customer's", "cust's", "কাস্টমারের",
                                  "কাস্টমার এর", "party r", "partyr", "পার্টির", "dealer's",
                                  # the shop owner's, theirs ("মালিকের পার্টনার ডেঙ্গুতে ভর্তি",
                                  # "ওনাদের ম্যানেজার সাহেব অসুস্থ")
                                  "মালিকের", "malik er", "ওনাদের", "উনাদের", "onader", "unader")
                    for staff in ("manager", "ম্যানেজার", "office manager",
                                  "employee", "office staff", "staff", "কর্মচারী", "partner",
                                  "পার্টনার", "বিজনেস পার্টনার", "business partner", "accountant",
                                  "অ্যাকাউন্টেন্ট", "office er gm$"))),
}
# Words that begin like a relation word and are not one: saline is not শালী.
MORE_NOT_PERSON: tuple[str, ...] = ("saline", "স্যালাইন", "স্যালাইনে",
                                    # "celebrating" folds to begin like chele, a son (w28)
                                    "celebrat", "সেলিব্রেট", "সেলিব্রেশন", "celibrat", "selebrat",
                                    # মার, a mother's, beside "মার খাইছে" (beaten) (w33)
                                    "মার খা", "mar kha", "মার দি", "mar di",
                                    # "furious" folds to begin like furi (ফুড়ি, a daughter) (w40)
                                    "furious", "ফিউরিয়াস",
                                    # a scholarship spelt without its r (বৃত্তি, "bitti") folds like
                                    # Rajshahi biti, a daughter: "cheler class 5 e bitti paise" (w139)
                                    "bitti pai", "bitti peye", "bitti pel", "bitti pabe", "bitti pay$",
                                    # floating, ভাসতেছে, folds to begin like ভাস্তে, a nephew (w74)
                                    "ভাসতেছে", "ভাসতেছি", "ভাসতে আছে", "ভাসতাছে", "ভাসছে",
                                    # friends or colleagues taken along on a trip are company, not
                                    # whom the news is about ("নতুন চাকরি, বন্ধুদের নিয়ে কক্সবাজার
                                    # আসছেন") (w74)
                                    "বন্ধুদের নিয়ে", "বন্ধুদের সাথে", "বন্ধুদের সঙ্গে", "bondhuder niye",
                                    "bondhuder sathe", "bondhuder shathe", "with friends", "with his friends",
                                    "with her friends", "with their friends", "কলিগদের নিয়ে",
                                    "koligder niye", "colleague der niye")
NOT_PERSON: tuple[str, ...] = (
    "on strike",
    # Begum Rokeya Sarani, a Dhaka road, is nobody's wife (w33)
    "begum rokeya", "বেগম রোকেয়া",
    # ... nor are Begumganj (Noakhali) and Old Dhaka's Begum Bazar ("broke down near Begumganj") (w90)
    "begumganj", "begumgonj", "বেগমগঞ্জ", "begum bazar", "begumbazar", "বেগম বাজার", "বেগমবাজার",
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
    # a tea garden's or an office's clerk, the "babu" (not a baby): "কেরানি বাবুর বোনের বাচ্চা হইছে",
    # "ছেলে বাগানের অফিসে বাবুর চাকরি পাইছে" (w34)
    "কেরানি বাবু", "kerani babu", "বাগানের বাবু", "bagan er babu", "baganer babu", "অফিসের বাবু",
    "office er babu", "বাবুর চাকরি", "babur chakri", "babu r chakri", "বড়বাবু", "বড় বাবু", "boro babu",
    "বাবুর বাংলো", "babur banglo",
    # বাইর (out) folds like Sylheti ভাইর (a brother's): "ওয়ার্কশপ থেকে বাইর হইছে", "বাইর করি দিছে" (w34)
    "বাইর হ", "বাইর অ", "বাইর কর", "বাইর ক", "বাইর দি", "bair ho", "bair hoi", "bair oi", "bair kor",    # খালাস (goods cleared from the port or customs, a C&F agent's word) folds like খালা (an aunt):
    # "container খালাস হয় নাই" (w36)
    "খালাস", "khalas", "khalash",
    # a zip's puller (পুলার) folds like Mymensingh পুলা, a son, with its ending: "জিপারের পুলার
    # খুলে যাচ্ছে" (w39)
    "জিপারের পুলার", "জিপার পুলার", "চেইনের পুলার", "zipper er puller", "zipper puller", "zip puller",
    "পুলার খুলে", "পুলার ভাঙ", "puller khule", "puller vang", "puller bhang",
    # a wedding's reception written apart or with a hyphen ("bon er bou-bhat"): no wife (w53)
    "bou bhat", "bou-bhat", "bau bhat", "বউ ভাত", "বৌ ভাত",
    # a parent to be is the customer, the one who calls ("Father-to-be called from the labour ward,
    # wife is about to deliver"): the wife's; a baby's room is furniture, no child ("নতুন বাসায়
    # উঠছেন, baby room এর জন্য crib") (w55)
    "father-to-be", "father to be", "dad-to-be", "dad to be", "mother-to-be", "mother to be",
    "mom-to-be", "mom to be", "mum-to-be", "mum to be", "baby room", "বেবি রুম", "baby's room",
    # a vehicle's chassis folds like chachi (an aunt): "His truck has a cracked chassis", "CNG er
    # chassis bhenge gese" name nobody (w83)
    "chassis", "chasis", "চেসিস",
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
    # sadhu bhasha's his and hers, the respectful and the plain, near and far ("তাঁহার মামা
    # অসুস্থ", "উহার ভাই", "ইঁহার চাচা"; folded like "tahar", "uhar") (w106)
    "তাঁহার", "তাহার", "উহার", "উঁহার", "ইহার", "ইঁহার", "tahar", "uhar",
    # Chatgaiya's ছোড, the younger ("ছোড ভাই উমরা গরি আইসসে", as "ছোট ভাই") (w118)
    "ছোড", "ছোডো", "chodo",
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
    # a Hindu man spoken of by name ("Sujit babur didi r meye hoyeche"; বাবু alone is a baby) (w53)
    "বাবু$", "বাবুর$", "babu$", "babur$",
)
