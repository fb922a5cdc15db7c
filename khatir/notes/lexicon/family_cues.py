"""Cue words of a bereavement, a birth and an illness, the family's own events."""
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
# A relation who "expired" in Chatgaiya's past গরছে, গইজ্জে (done: "cust er ammu expire gorse
# gotokal"): a person, with the relation named (goods expire too: "mal expire gorse") (w54).
_EXPIRED = ("expire gorse", "expire gorche", "expire goijje", "expire gorise", "expire গরছে", "expire গইজ্জে",
            "expire গইচ্ছে")
# A patient sent on to a bigger hospital ("ভাইরে ঢাকায় রেফার করছে", "khalu ke PG te refer korse",
# "নানীকে স্কয়ারে রেফার", "referred to Dhaka"): a hospital or a city before it. Not the shop
# sending a customer elsewhere ("অন্য জায়গায় রেফার করলাম", "referred to Rahman Motors"), nor a
# customer who will refer friends (w129).
_REFERRED_TO = tuple(f"{place} {refer}" for place in (
    "dhaka", "dhakay", "dhaka te", "ঢাকা", "ঢাকায়", "ঢাকাতে", "pg te", "pg তে", "পিজিতে", "pg hospital e",
    "medical e", "medical te", "মেডিকেলে", "hospital e", "হাসপাতালে", "square e", "স্কয়ারে", "osmani te",
    "ওসমানীতে", "sylhet", "সিলেট", "chattogram", "চট্টগ্রাম", "ctg", "rajshahi", "রাজশাহী", "khulna",
    "খুলনায়", "barishal", "বরিশাল") for refer in ("refer", "রেফার")) + tuple(
    f"referred to {place}" for place in ("dhaka", "pg", "hospital", "a hospital", "the hospital", "icu",
                                         "the icu", "a bigger hospital", "medical"))
# A person who "expired", in the respectful verb goods never take ("boro bhai aj bhore expire
# korsen", "আব্বা expire করেছেন") (w129)
_EXPIRED_HONOURED = ("expire korsen", "expire korechen", "expire koreche", "expire করছেন", "expire করেছেন",
                     "expire hoisen", "expire hoyechen", "expired hoyechen", "expire হয়েছেন")
# A relation "lost" in Bengali script, the person the object of হারানো, ending and all ("গত মাসে
# ছেলেকে হারাইছেন", "আব্বারে হারাইল", "স্বামীকে হারালেন"), past only ("হারাবে" is a fear), and
# in Latin letters written in one word ("cheleke haraise"; "ke haraise" apart is below). A thing
# lost takes no কে ("ফোন হারাইছে", "পার্সেল হারাইছে": complaints stay) (w140)
LOST_ONE = tuple(f"{who}{obj} {lost}" for who in (
    "ছেলে", "মেয়ে", "সন্তান", "বাবা", "আব্বা", "আব্বু", "মা", "আম্মা", "আম্মু", "ভাই", "বোন", "স্বামী",
    "বউ", "স্ত্রী", "দাদা", "দাদী", "দাদি", "নানা", "নানী", "নানি", "চাচা", "মামা", "খালা", "ফুফু",
    "শ্বশুর", "শাশুড়ি") for obj in ("কে", "রে") for lost in (
    "হারাইছ", "হারাইস", "হারাইল", "হারাল", "হারিয়েছ", "হারাইয়াছ", "হারায়েছ")) + tuple(
    f"{who}ke {lost}" for who in ("chele", "meye", "baba", "abba", "abbu", "ma", "amma", "ammu", "bhai",
                                  "bon", "shami", "bou", "stri")
    for lost in ("haraise", "harayeche", "hariyeche", "harailo", "haralo", "haralen"))
# The fortieth day's prayer, milad or doa after a death, by the number ("choto bhai er chollish
# din er prarthona", "চল্লিশ দিনের মিলাদ"; as চল্লিশা, below; not "40 din er medicine", a course) (w118)
_FORTIETH = tuple(f"{forty} {rite}" for forty in ("chollish din er", "chollish diner", "চল্লিশ দিনের",
                                                   "40 din er", "40 diner", "৪০ দিনের")
                  for rite in ("milad", "doa", "dua", "prarthona", "mahfil", "মিলাদ", "দোয়া", "প্রার্থনা",
                               "মাহফিল"))

# The cue words of the family's own events, in precedence order (``CUES`` joins them with
# ``other_cues.OTHER_CUES``).
FAMILY_CUES: dict[str, tuple[str, ...]] = {
    "bereavement": (
        # a person lost, drowned ("choto chele ke haraise pukur e dube") (w45)
        "ke haraise", "ke harayeche", "ke hariyeche", "ke harailo", "ke haralo", "drowned",
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
        # Urdu wafat, a death (as intekal), in the Urdu-speaking (Bihari) customers' notes ("khala jaan
        # ka wafat hua", "উনার আব্বার ওফাত") (w128)
        "wafat", "wafaat", "ওফাত", "ওয়াফাত",
        # dialect and Hindu words for a death
        "মরি গে", "মরি গিয়", "mori ge", "mori gi", "মইরা গে", "মইরা গি", "moira ge", "moira gi",
        "মরে গে", "more gese", "more geche", "স্বর্গবাসী", "swargobashi", "shorgobashi",
        "শেষকৃত্য", "sheshkritto", "শ্রাদ্ধ$", "শ্রাদ্ধের", "shraddho$", "বিয়োগ", "দুনিয়াতে নাই",
        "duniyate nai", "দুনিয়া ছেড়ে", "না ফেরার দেশে", "na ferar deshe", "পরলোক", "porolok",
        "দেহত্যাগ", "প্রয়াত", "left us", "is no more", "no more$",
        # a death in the Hindu words told as it happened ("babar dehanto hoyeche kal bhore",
        # "thakumar swargobas hoise"; স্বর্গবাসী, the adjective, was there) (w82)
        "দেহান্ত", "dehanto", "dehanta", "স্বর্গবাস", "swargobas", "shorgobas", "sorgobas",
        # ইন্তেকাল spelt with এ or ই-কার; did not survive (a birth, an accident)
        "এন্তেকাল", "entekal", "ইন্তিকাল", "intikal",
        # drowned, in Rangpur's and other rural words ("পানিত ডুবি মরছে", "pukur e dube morse") (w105)
        "ডুবি মরছে", "ডুবে মরছে", "ডুইবা মরছে", "dubi morse", "dube morse", "duiba morse",
        "বাঁচেনি", "বাঁচে নাই", "বাঁচানো যায়নি", "বাঁচানো যায় নাই", "bache nai", "bacheni",
        "didn't survive", "did not survive", "could not be saved", "couldn't be saved",
        # the fortieth day's rite by its Persian name (চল্লিশা); a death in sadhu bhasha
        "chehlum", "chehelum", "চেহলাম", "চেহলুম", "মারা গিয়াছে", "মারা গিয়াছেন", "মৃত্যুবরণ",
        # ... as its Bengali script is typed in Latin letters ("dadar chehlam er jonno generator",
        # "His father's chehlam is next week") (w127)
        "chehlam", "chehelam",
        # Sylheti's respectful past ("শ্যামলের কাকা মারা গেছইন"; folded, গেছইন is not গেছে) (w29)
        "মারা গেছইন", "মারা গেছোইন", "mara gesin", "mara gesoin", "mara gechin",
        # ... and with its উ ("ওয়াইফ ডেলিভারির সময় মারা গেছুইন") (w77)
        "মারা গেছুইন", "মারা গেছিলুইন", "mara gesuin", "mara gechuin",
        # Khulna's গিলেন (গেলেন: "ওনার আব্বা গত বিষুদবার মারা গিলেন") (w37)
        "মারা গিলেন", "mara gilen", "mara gilo",
        # Chatgaiya's past গেইয়্যে (গেছে: "আপার স্বামী মারা গেইয়্যে দুই দিন আগে") (w54)
        "মারা গেইয়্যে", "মারা গেইয়ে", "মারা গেইয়্যি", "mara geiye", "mara geiyye", "mara gaiye",
        # killed on the spot in a crash ("bhai bike accident e spot dead"; a complaint's "dead"
        # is a device's) (w41)
        "spot dead", "spot e dead", "spot e mara", "died on the spot", "died on spot",
        # texting "her mom passed" (an elder's or a spouse's: "her son passed" is an exam) (w22)
        "mom passed", "mum passed", "dad passed", "mother passed", "father passed", "grandma passed",
        "grandpa passed", "grandmother passed", "grandfather passed", "nani passed", "nana passed",
        "dadi passed", "dada passed", "husband passed", "wife passed", "uncle passed", "aunt passed",
        "passed last night", "passed this morning", "passed yesterday",
        # a pharmacy's shorthand: the patient "expired" (a medicine expires too: that stays a
        # complaint) (w27)
        "pt expired", "pt has expired", "pt ta expired", "patient expired", "patient has expired",
        "patient ta expired", "pt expire kor", "patient expire kor",
        # someone who "expired" at an hour of the day: a person (goods expire on a date) ("their MD
        # expired this morning, office closed 3 days") (w38)
        "expired this morning", "expired last night", "expired early this morning", "expired at dawn",
        "expired this afternoon",
        # a baby lost late in a pregnancy ("She lost the baby at 7 months"; "lost her" above is a
        # relation's death) (w40)
        "lost the baby", "lost their baby", "lost a baby", "lost the child",
        # a burial told in Banglish ("baba ke aj kobor dewa hoise"; কবর দেওয়া above); a death by
        # one's own hand ("বন্ধু আত্মহত্যা করেছে"; not an attempt, an illness) (w95)
        "kobor dewa", "kobor deya", "kobor deoa", "kobor dea", "কবর দেয়া",
        "আত্মহত্যা করেছে", "আত্মহত্যা করেছেন", "আত্মহত্যা করছে", "আত্মহত্যা করসে", "আত্মহত্যা করলো",
        "আত্মহত্যা করল", "attohotta koreche", "attohotta korse", "attohotta korlo", "atmohotta koreche",
        "atmohotta korse", "suicide koreche", "suicide korse", "suicide korlo", "committed suicide",
        "killed himself", "killed herself", "took his own life", "took her own life",
        # a life that went on no longer, as the customer said it ("ভাইটা আর বাঁচলো না", "abba ar
        # bachlo na"; with আর: "বাঁচবে না" alone is a fear, not a death) (w115)
        "আর বাঁচলো না", "আর বাঁচল না", "আর বাঁচলেন না", "আর বাঁচাতে পারলাম না", "ar bachlo na",
        "ar bachlona", "ar bachlen na", "ar bachate parlam na", "বাঁচানো গেল না", "বাঁচানো গেলো না",
        "bachano gelo na",
        # ... or with the person's "the one" (টা, টি) before it, past and no "আর" ("baccha ta bachlo na
        # 😔", "ভাইটা বাঁচলো না"), and in English ("did not survive", "couldn't be saved") (w136)
        "did not survive", "didn't survive", "couldn't be saved", "could not be saved", "could not save him",
        "could not save her", "couldn't save him", "couldn't save her",
    ) + tuple(f"{who}{the} {lived}" for who in (
        "বাচ্চা", "বাবু", "শিশু", "মেয়ে", "ছেলে", "ভাই", "বোন", "baccha", "bacha", "babu", "meye", "chele",
        "bhai", "boin", "bon") for the in ("টা", "টি", " টা", "ta", "ti", " ta", " ti") for lived in (
        "বাঁচলো না", "বাঁচল না", "বাঁচলো না", "bachlo na", "bachlona", "baclo na")) + tuple(f"{who} {gone}" for who in _GONE_RELATIONS for gone in _NO_MORE + _LEFT_US + _EXPIRED) + _EXPIRED_HONOURED
    + _FORTIETH + LOST_ONE,
    "newborn": (
        # a son born spelt "cheley"; "Allah gave a son" ("আল্লাহ ছেলে দিছে আজ ভোরে") (w23)
        "cheley hoise", "cheley hoyeche", "cheley hoyse", "আল্লাহ ছেলে দি", "আল্লাহ মেয়ে দি",
        "allah chele di", "allah meye di", "আল্লাহ পুত্র সন্তান দি", "আল্লাহ কন্যা সন্তান দি",
        "বাচ্চা হয়েছে", "বাচ্চা হইছে", "বাচ্চা হবে", "বাচ্চা হইসে", "সন্তান হয়েছে",
        # Noakhali অইছে, হইছে with its হ dropped ("ভাবির বাচ্চা অইছে, হোলা") (w28)
        "বাচ্চা অইছে", "বাবু অইছে",
        # ... a grandchild too, in Sylhet's and Noakhali's অইছে ("মেয়ের ঘরে আইজ নাতি অইছে") (w132)
        "নাতি অইছে", "নাতনি অইছে", "নাতিন অইছে", "nati oise", "natni oise",
        "সন্তানের বাবা", "সন্তানের মা", "ছেলে হয়েছে", "মেয়ে হয়েছে", "ছেলে হইছে", "মেয়ে হইছে",
        "নাতি হয়েছে", "নাতনি হয়েছে", "নাতি হইছে", "নাতনি হইছে", "প্রসব", "সিজার", "সিজারিয়ান",
        "লেবার রুম", "ডেলিভারি রুম", "ডেলিভারি হয়েছে", "নরমাল ডেলিভারি", "নবজাতক", "জমজ", "যমজ",
        # voice typing splits ডেলিভারি ("বউ এখন ডেলি ভারি রুমে"); only with room: "ডেলি বাড়ি"
        # (home daily) folds like it (w29)
        "ডেলি ভারি রুম", "ডেলি ভারী রুম",
        # Hindi and Urdu "a child was born", to someone (ko) or in someone's house (ke ghar: "bibi
        # ko bachcha hua", "behen ko judwa bachche hue", "beti ke ghar nawasa hua", "bhaiya ke ghar
        # beta hua", "bhai er ghore bacchi hoise") and one to come ("bachcha hone wala hai"); not a
        # bare "bacha hua", "bache hue" (left over: "bacha hua maal") nor "basi hui" (stale), which
        # fold like them (w128)
        "ko bachcha hua", "ko bachchi hui", "ko bachche hue", "ko judwa bachche", "ko baby hua",
        "ko beta hua", "ko beti hui", "ghar bachcha hua", "ghar bachchi hui", "ghar beta hua",
        "ghar beti hui", "ghar nawasa hua", "ghar nawasi hui", "ghar pota hua", "ghar poti hui",
        "nawasa hua", "nawasi hui", "ghore bacchi hoise", "ghore bachchi hoise",
        "bachcha hone wala", "bachcha hone wali",
        "গর্ভবতী", "প্রেগন্যান্ট", "baccha hoise", "baccha hoyeche", "bachcha hoyeche",
        "baby hoise", "baby hoyeche", "baby hoyse", "baby hobe", "baccha hobe", "cele hoise",
        "meye hoise", "chele hoyeche", "meye hoyeche", "nati hoise", "natni hoise", "sijar",
        # a son, a daughter in the dialects of the south and east ("ছোড মাইয়ার পোলা হইছে")
        "পোলা হইছে", "পোলা হইসে", "পোলা হয়েছে", "মাইয়া হইছে", "মাইয়া হইসে", "মাইয়া হয়েছে",
        "pola hoise", "pola hoyeche", "maiya hoise", "maiya hoyeche",
        # ... with Noakhali's অইছে and হোলা (পোলা), Chatgaiya's পোয়া, ফোয়া and হইয়ে ("শালার ঘরে পোলা
        # অইছে", "হেতের বউয়ের হোলা অইছে", "বোনর baby হইয়ে কাইল রাতে"), a baby come into the house
        # ("vaiyer ghore baby aise") (w54)
        "পোলা অইছে", "হোলা অইছে", "হোলা হইছে", "মাইয়া অইছে", "হোলা অইয়ে", "পোয়া অইয়ে",
        "পোয়া হইয়ে", "ফোয়া অইয়ে", "ঝি অইয়ে", "ঝি অইছে", "baby হইয়ে", "baby অইছে", "baby অইয়ে",
        "বাচ্চা হইয়ে", "বাচ্চা অইয়ে", "hola oise", "pola oise", "baby hoiye", "baby oise",
        "ghore baby", "ঘরে baby", "ঘরে বাবু", "ghore babu",
        # "baby" in Bengali letters, which folds apart from the Latin word ("সিস্টারের বেবি হয়েছে",
        # "বউয়ের বেবি হইছে"; বেবি ফুড, বেবি ড্রেস stay goods) (w77)
        "বেবি হয়েছে", "বেবি হইছে", "বেবি হইসে", "বেবি হইল", "বেবি হলো", "বেবি অইছে", "বেবি হবে",
        "cesar", "caesar", "c section", "c-section", "in labour", "labor room", "delivery room",
        "normal delivery", "baby born", "new baby", "newborn", "gave birth", "gives birth",
        "baby boy", "baby girl", "twins", "pregnant", "expecting a baby", "due date",
        # a call centre's formal "is expected to deliver", "is due to deliver" (a woman; a courier's
        # "expected to deliver the parcel" is a look-alike) (w99)
        "is expected to deliver", "is due to deliver",
        "delivery date",
        # a baby in her belly, not born yet ("বউর পেটে বাচ্চা"; "বাচ্চার পেটে ব্যথা" is the child's
        # stomach) (w83)
        "পেটে বাচ্চা", "pete baccha", "pete bacca", "pete bachcha", "মা হয়েছেন", "মা হইছেন", "বাবা হয়েছেন", "বাবা হইছেন", "মামা হইছেন",
        "মামা হয়েছেন", "চাচা হয়ে গেছেন", "চাচা হইছেন", "নানা হয়েছেন", "নানি হয়েছেন",
        "দাদা হয়েছেন", "দাদি হয়েছেন", "কোলজুড়ে", "সন্তান এসেছে", "নতুন অতিথি", "ডেলিভারি হইছে",
        "প্রসব ব্যথা", "ma hoyechen", "baba hoyechen", "baba hoise", "ma hoise", "mama hoise",
        "chacha hoise", "nana hoise", "dada hoise", "notun baby", "notun otithi",
        "delivery hoise", "delivery hoyeche", "delivery er dard", "labour pain",
        # ... written as said, in either script ("lebar pain uthse", "বউয়ের লেবার পেইন"; not a
        # labourer's, "লেবারের পায়ে", nor "lebar nai") (w162)
        "lebar pain", "lebar pein", "লেবার পেইন",
        "became a father", "became a mother", "became a grandfather", "became a grandmother",
        "new arrival", "সন্তানসম্ভবা", "অন্তঃসত্ত্বা", "নাতনি আসছে", "নাতি আসছে", "ঘরে নাতি",
        "ঘরে নাতনি", "ghore nati", "ghore natni", "twin hoise", "twins hoise", "jomoj",
        "নানি হইছেন", "নানা হইছেন", "দাদি হইছেন", "nani hoise", "dadi hoise", "expecting baby",
        "expecting", "baby হইছে", "বাচ্চা হওয়ার", "delivery hobe", "notun mehman",
        "became father", "became mother", "became grandfather", "became grandmother",
        "became a dad", "became a mum", "delivered a", "delivered twins", "আকিকা", "akika",
        # a child come into her lap ("মেয়ের কোলে ছেলে এসেছে", "স্ত্রীর কোলে ফুটফুটে মেয়ে আইছে";
        # not "মেয়েকে কোলে নিয়ে আসছে", carried) (w63)
        "কোলে ছেলে এসে", "কোলে মেয়ে এসে", "কোলে ছেলে আস", "কোলে মেয়ে আস", "কোলে ছেলে আই", "কোলে মেয়ে আই",
        "কোলে ফুটফুটে", "কোলে নতুন অতিথি", "kole chele ese", "kole meye ese", "kole chele ash", "kole meye ash",
        "kole chele aise", "kole meye aise",
        "was born", "were born", "born yesterday", "born today", "born last", "born this",
        "জন্ম হয়েছে", "জন্ম হইছে", "জন্ম নিয়েছে", "jonmo hoise", "jonmo hoyeche", "jonmo nise",
        "aqiqah", "নামকরণ", "ছেলে সন্তান", "মেয়ে সন্তান", "ছেলে বাবু", "মেয়ে বাবু",
        "chele sontan", "meye sontan", "chele baby", "meye baby", "প্রথম সন্তান", "prothom sontan", "প্রথম বাচ্চা",
        "prothom baccha", "first baby", "first child", "is due", "due next", "due this",
        # dialect, a baby due, a premature baby
        "পোয়াতি", "poyati", "বাবু হবে", "babu hobe", "পুত হইছে", "পুত হইসে", "put hoise",
        "পোয়া হই", "বাইচ্চা হই", "baiccha hoi",
        # Sylheti পুয়া/ফুয়া (a son), ফুড়ি (a daughter) with অইছে, হইছে with its হ dropped ("বইনের
        # পুয়া অইছে কাইল রাতে") (w34)
        "পুয়া অইছে", "পুয়া হইছে", "ফুয়া অইছে", "ফুয়া হইছে", "ফুড়ি অইছে", "ফুড়ি হইছে", "pua oise",
        "pua hoise", "fua oise", "fua hoise", "furi oise", "furi hoise", "পুত অইছে", "জনক হয়েছেন", "জনক হইছেন", "premature", "nicu",
        "নানি হবে", "নানা হবে", "দাদি হবে", "দাদা হবে", "nani hobe", "nana hobe", "dadi hobe",
        "dada hobe",
        # ... and the customer to become a mother or a father ("আপু মা হতে যাচ্ছেন, এই মাসেই ডেট",
        # "bhai baba hote jacchen"; as "নানি হবে", a birth to come; not "মা হবেন", "going to be a
        # mother": tried, they changed a held-out reading) (w161)
        "মা হতে যাচ্ছ", "বাবা হতে যাচ্ছ", "ma hote jacch", "baba hote jacch",
        "just delivered", "mother hoi", "mother হই", "father hoi", "father হই",
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
        # (the whole word: "লেবারের পায়ে রড পড়ছে" is a labourer's foot) (w67)
        "in the labour", "labour room", "labour ward", "labour e$", "labor e$", "লেবারে$", "লেবার ওয়ার্ড",
        # the birthing room at home ("বউ আঁতুড়ঘরে, এখনো খবর আসেনি ছেলে না মেয়ে") (w43)
        "আঁতুড়ঘর", "আঁতুড় ঘর", "আঁতুরঘর", "আঁতুর ঘর", "aturghor", "atur ghor", "atur ghore",
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
        # "just had a baby last week" (w37; "had a boy$" above); Rangpur and Bogura হচে (হইছে) and
        # -ত (in: "বেটির ঘরত নাতি হচে", in the daughter's home a grandson born) (w37)
        # a pupil's little brother or sister born ("ammu hospital e, ekta choto bon hoise", "ওর ছোট
        # ভাই হইছে"); a delivery's pains come up ("ডেলিভারির ব্যথা উঠছে", not a wife's: her word is
        # the pair's) (w52)
        "choto bon hoise", "choto bon hoyeche", "choto bhai hoise", "choto bhai hoyeche", "ছোট বোন হইছে",
        "ছোট বোন হয়েছে", "ছোট ভাই হইছে", "ছোট ভাই হয়েছে", "ডেলিভারির ব্যথা", "ডেলিভারির ব্যাথা",
        "delivery er betha", "delivery r betha", "delivery pain",
        "had a baby", "ঘরত নাতি", "ঘরত নাতনি", "ঘরত পোলা", "নাতি হচে", "নাতনি হচে", "বাচ্চা হচে",
        # taken to a clinic or hospital for the delivery (not a parcel's: "delivery er jonno" with
        # the place a birth happens) (w33)
        "delivery er jonno clinic", "delivery er jonno hospital", "delivery r jonno clinic",
        "delivery r jonno hospital", "ডেলিভারির জন্য ক্লিনিক", "ডেলিভারির জন্য হাসপাতাল",
        "ডেলিভারির জন্য হসপিটাল", "delivery er jonno bhorti", "ডেলিভারির জন্য ভর্তি",
        "admitted for delivery", "admitted for the delivery", "taken for delivery",
        # "had baby" without its article ("Client's sister had baby at Popular"); a baby due ("মেয়ের
        # baby হওয়ার কথা এই সপ্তাহে", the baby is to come) (w40)
        "had baby", "baby hoyar kotha", "baby howar kotha", "baby hobar kotha", "baby হওয়ার কথা",
        "বাচ্চা হওয়ার কথা", "baccha hoyar kotha", "baccha hobar kotha", "বাবু হওয়ার কথা",
        # a son or a daughter born in formal words, the two words joined ("পুত্রবধূর কন্যাসন্তান
        # হইয়াছে"), born told in sadhu ("মেয়ের ঘরে কন্যাসন্তান জন্মগ্রহণ করিয়াছে") (w58)
        "কন্যাসন্তান", "পুত্রসন্তান", "জন্মগ্রহণ কর", "জন্ম গ্রহণ কর", "জন্মগ্রহণ করিয়াছে",
        # sadhu bhasha's born (ভূমিষ্ঠ), the maternity home (প্রসূতি সদন), a woman near her time
        # (আসন্নপ্রসবা) ("সন্তান ভূমিষ্ঠ হইলে জানাইবেন", "স্ত্রী প্রসূতি সদনে") (w106)
        "ভূমিষ্ঠ", "প্রসূতি সদন", "প্রসূতিসদন", "আসন্নপ্রসবা", "আসন্ন প্রসবা",
        # the first grandchild in a son's or a daughter's home ("meyer ghore prothom nati", "ছেলের
        # ঘরে first grandchild"), as "ঘরে নাতি" with প্রথম between; her waters broken, a birth
        # begun ("বউয়ের পানি ভাঙছে, ক্লিনিকে যাইতেছে") (w92)
        "ঘরে প্রথম নাতি", "ঘরে প্রথম নাতনি", "ghore prothom nati", "ghore prothom natni",
        "ghore first nati", "ঘরে first grandchild", "ghore first grandchild", "ঘরে first নাতি",
        "পানি ভাঙছে", "পানি ভাঙ্গছে", "পানি ভেঙে গে", "pani bhangse", "pani vangse",
        "pani bhangche", "pani venge ge", "pani bhenge ge", "water broke", "waters broke",
        "water has broken", "waters have broken", "water bag burst",
        # the customer's own words quoted in the first person ("ami abba hoyechi!", "আঁই বাপ
        # হইছি", "মা হইছি আলহামদুলিল্লাহ"): the father or the mother is the customer, no relation
        # (w115)
        "বাবা হইছি", "বাবা হয়েছি", "বাবা হলাম", "আব্বা হইছি", "আব্বা হয়েছি", "বাপ হইছি", "বাপ হয়েছি",
        "বাপ হইলাম", "মা হইছি", "মা হয়েছি", "মা হলাম", "আম্মা হইছি", "baba hoyechi", "baba hoisi",
        "baba hoichi", "baba holam", "abba hoyechi", "abba hoisi", "abba hoichi", "abbu hoyechi",
        "abbu hoisi", "bap hoisi", "bap hoichi", "ma hoyechi", "ma hoisi", "ma hoichi", "ma holam",
        "ammu hoyechi", "ammu hoisi", "became a mom",
    ),
    "illness": (
        # a fit, an epileptic's or a child's, in English ("son had a seizure last night"; not "seize"
        # alone, goods seized; খিঁচুনি/khichuni left to the model, which reads them already) (w120)
        "seizure", "seizures",
        # stitches in the head ("বোনের bike accident, মাথায় সেলাই"; not সেলাই alone, a tailor's) (w45)
        "মাথায় সেলাই", "mathay selai",
        # ... in Sylhet's and Rangpur's locative -ত ("বাইক এক্সিডেন্ট, মাথাত সেলাই") (w77)
        "মাথাত সেলাই", "মাথাতে সেলাই", "mathat selai",
        # a cough or vomiting that will not stop ("বাপের কাশি থামে না"); down with a fever
        # ("হেতে নিজে ঠান্ডা জ্বরে": জ্বরে alone folds like জোরে, loudly) (w28)
        "কাশি থামে না", "কাশি থামছে না", "কাশি থামতেছে না", "kashi thame na", "kashi thamche na",
        "বমি থামে না", "বমি থামছে না", "bomi thame na", "bomi thamche na",
        "ঠান্ডা জ্বরে", "নিজে জ্বরে", "নিজেই জ্বরে", "nije jore", "nijei jore",
        # bedsores of someone bedridden ("abba 3 din dhore bed e, bedsore hoise") (w23)
        "bedsore", "bed sore", "বেডসোর", "বেড সোর", "শয্যাশায়ী", "bedridden",
        # a gym member's or a worker's sickness in office English ("high temp since morning",
        # "not feeling gud", "3 workers fell sick after lunch (stomach upset)", "kid has loose
        # motion since 2 days") (w42)
        "high temp", "temp high", "not feeling good", "not feeling gud", "fell sick", "fallen sick",
        "stomach upset", "upset stomach", "loose motion",
        # Rangpur's locative on the fever, as a customer says it ("মুই জ্বরত পড়ি আছোং", "বেটা
        # জ্বরত কাহিল"); a child's tummy in English ("her daughter's tummy is upset": an illness, not
        # the shop upsetting anyone) (w115)
        "জ্বরত", "tummy upset", "tummy is upset", "upset tummy", "tummy ache", "tummy pain",
        "stomach is upset",
        "অসুস্থ", "অসুস্হ", "অসুখ", "জ্বর", "জর", "হাসপাতাল", "হসপিটাল", "হাসপাতালে", "ক্লিনিক",
        "অপারেশন", "ভর্তি", "আইসিইউ", "সিসিইউ", "ডেঙ্গু", "টাইফয়েড", "নিউমোনিয়া", "স্ট্রোক",
        "হার্ট অ্যাটাক", "হার্ট এটাক", "ক্যান্সার", "ঠান্ডা লেগেছে", "শরীর খারাপ", "ব্যথা$",
        "ব্যাথা$", "ব্যথায়", "ব্যাথায়", "আহত", "ফ্রাকচার", "পা ভাঙছে", "হাত ভাঙছে",
        # the leg as Chattogram and Barishal say it, ঠ্যাং ("ঠ্যাং ভাঙছে", "thang bhangse") (w117)
        "ঠ্যাং ভাঙ", "ঠ্যাঙ ভাঙ", "thang bhang", "thang vang",
        # ... with the ya-phala, as most type it (folded apart from ফ্রাকচার: "পায়ে ফ্র্যাকচার") (w79)
        "ফ্র্যাকচার",
        "প্লাস্টার", "সেলাই লেগেছে", "ডায়রিয়া", "বমি", "কোভিড", "করোনা", "চিকিৎসা",
        "ডাক্তার দেখা", "ডাক্তারের কাছে", "ইনজুরি", "osustho", "osusth", "osukh", "jor$", "jorer",
        # "customer er jour", "jourer" as a young agent types jor (w26)
        "jour$", "jourer",
        # চোট, an injury, with what brought it or the hurt ("cheler accident er chot sere gese"; not
        # চোট alone, folded like "st") (w41)
        "accident er chot", "এক্সিডেন্টের চোট", "চোট পাইছে", "চোট পেয়েছে", "চোট লাগছে", "চোট লেগেছে",
        "chot paise", "chot peyeche", "chot lagse", "chot legeche",
        "jvor", "jwor", "hospital", "haspatal", "clinic", "operation", "vorti", "bhorti",
        "dengue", "dengu", "typhoid", "pneumonia", "stroke", "heart attack", "cancer",
        "sorir kharap", "shoril kharap", "shoril ta valo na", "shorir kharap", "betha$", "aahoto",
        # ব্যাথা in Banglish with its য-ফলা ("bou er pet e byatha"; folds apart from betha), a snake's
        # bite, a leg or an arm in a cast (w153)
        "byatha$", "byathay", "bytha$", "সাপে কাট", "সাপে কেটে", "সাপে কামড়", "shap e kat", "shape kat",
        "sap e kat", "snake bite", "snakebite", "bitten by a snake", "in a cast",
        "ahoto", "fracture", "plaster", "sick$", "sickness", "ill$", "illness", "unwell", "fever", "surgery",
        # just after an operation ("wife post-op, dressing kit lagbe") (w62)
        "post op$", "postop$",
        # a dressing, a cast or an eye's patch taken off after a wound or an operation ("ভাইয়ের কাঁধের
        # ব্যান্ডেজ খোলা হইছে", "Son's cast removed"; not ব্যান্ডেজ alone, a pharmacy's stock) (w127)
        "ব্যান্ডেজ খোলা", "ব্যান্ডেজ খুলে", "bandage khola", "bandage khula", "bandage khulse",
        "পট্টি খোলা", "potti khola", "cast removed", "cast off$", "cast came off",
        # poison swallowed, a weed-killer or a pesticide by mistake ("ভুল করে ঘাস মারা বিষ খাইছে") (w61)
        "বিষ খাইছ", "বিষ খেয়েছ", "বিষ খেয়ে", "বিষ খাইয়া", "বিষ খাইসে", "bish khais", "bish kheyes",
        "bish kheye", "bish khaiya", "কীটনাশক খাইছ", "কীটনাশক খেয়ে", "swallowed poison", "বিষক্রিয়া",
        # hurt in the street's disruptions: shot, beaten in a baton charge, hurt by a thrown
        # brick, an injury "got" ("স্বামী মিছিলে গুলিবিদ্ধ", "lathi charge e aghat peyeche",
        # "ইটের আঘাতে মাথা ফাটছে") (w113)
        "গুলিবিদ্ধ", "gulibiddho", "gulibiddo", "গুলি লেগেছে", "গুলি লাগছে", "guli legeche",
        "guli lagse", "guli lagche", "gunshot", "rubber bullet",
        "লাঠিচার্জে", "lathi charge e", "lathicharge e", "লাঠিপেটা", "lathipeta", "baton charge",
        "আঘাত পেয়", "আঘাত পাইছ", "আঘাত পাইস", "aghat pey", "aghat pais", "aghat paich", "ইটের আঘাত",
        "iter aghat",
        # sick to the stomach in everyday English, as "vomit" ("the little one's been throwing up all
        # night", "she threw up twice") (w160)
        "throwing up", "threw up", "throws up",
        "injured", "injury", "hurt", "admitted", "diarrh", "vomit", "covid", "corona",
        "treatment", "pain$", "in pain", "doctor dekha", "doctor er kase", "doctor er kache",
        "bed rest", "not feeling well", "not well", "cold and cough", "flu$", "asthma",
        # constipation, a child's or an elder's ("Kid's constipation", "আব্বার কোষ্ঠকাঠিন্য") (w65)
        "constipation", "constipated", "কোষ্ঠকাঠিন্য", "কোষ্ঠ কাঠিন্য",
        "এজমা", "অ্যাজমা", "এ্যাজমা", "ajma$", "azma$",
        "migraine", "jaundice", "chikitsa", "pressure beshi", "sugar beshi", "stitches", "saline",
        # a diabetic's sugar gone up ("বাবার সুগার অনেক বাড়ছে", "ammur sugar bere gese"; not the
        # product's price, "sugar er dam barse", with a word between) (w70)
        "সুগার বাড়ছে", "সুগার বাড়ছে", "সুগার বেড়ে", "সুগার বেড়েছে", "সুগার অনেক বাড়", "sugar barse",
        "sugar bere", "sugar bereche", "sugar onek bar", "sugar has gone up", "sugar went up",
        "oxygen", "ডায়াবেটিস", "হাঁপানি", "চিকুনগুনিয়া", "জন্ডিস", "বার্ন", "পুড়ে গেছে",
        "পুইড়া", "মাথা ঘুর", "দুর্বল", "রিং পরানো", "ল্যাবএইড", "পঙ্গু হাসপাতাল", "বিছানায়",
        "ডেঙ্গি", "প্লাটিলেট", "গ্যাস্ট্রিক", "মচকে", "ফুলে গেছে", "সেলাই লাগ", "চোখের অপারেশন",
        "শ্বাসকষ্ট", "প্রেশার", "প্রেসার", "ঠান্ডা কাশি", "সর্দি", "জ্বরের", "পেট খারাপ",
        "diabetes", "hapani", "chikungunya", "chicken pox", "pox$", "jondis", "burn unit",
        # চিকনগুনিয়া as it is often spelt, its উ written অ ("পুলাডার চিকনগুনিয়া হইছে") (w39)
        "চিকনগুনিয়া", "chikongunia", "chikungunia", "chikonguniya",
        "pure gese", "puira", "matha ghur", "durbol", "lab aid", "labaid", "nicu", "shoye ase",
        "platelet", "gastric", "mochke", "fule gese", "selai lag", "bp high", "pressure high", "প্রেশার high", "প্রেসার high",
        # a stone in the gallbladder or a kidney, blood pressure told in a sentence (w24)
        "gallbladder", "gall bladder", "nebulizer lag", "নেবুলাইজার লাগ", "nebulizer dit",
        "নেবুলাইজার দি", "nebulize kor", "needs a nebulizer", "needed a nebulizer", "পিত্তথলি", "পিত্তে পাথর", "kidney stone", "কিডনিতে পাথর",
        "কিডনির পাথর", "blood pressure was", "blood pressure is", "blood pressure went", "pressure was very high",
        "pressure was high", "pressure is high", "pressure went up", "bp was high", "bp was very high",
        "high pressure", "cough", "bethay", "shordi", "sordi", "pet kharap", "bomi", "headache",
        # measles with its verb ("হাম হইছে", "হোলার হাম উঠছিল"): folded, হাম alone is Noakhali and
        # north Bengal "I" ("hola ham ek kotha") (w33)
        "হাম হ", "হাম উঠ", "হাম বের", "হামে ধর", "measles", "পক্স", "ক্ষত", "ডায়ালাইসিস", "কেমো", "জটিলতা", "বেড রেস্ট", "ভাইরাল",
        "জ্বর জ্বর", "টেম্পারেচার", "ham hoise", "dialysis", "chemo", "complication", "viral",
        "chemotherapy", "কেমোথেরাপি", "radiotherapy", "রেডিওথেরাপি",
        "temperature", "rest e ase", "হাসপাতালে নিছে", "হাসপাতালে নিয়ে", "admit", "ভর্তি করা",
        "চেকআপ", "শরীর ভালো না", "shorir valo na", "shoril valo na", "sorir bhalo na", "অসুস্থতা",
        "mri", "ct scan", "x-ray", "এক্সরে", "সেলাই কাট", "stitch$", "icu", "ccu te", "in ccu$",
        # (whole: folded, "in ccu" is "in su", and began "back in country", w40)
        "in the ccu$", "sore throat", "throat infection", "stomach bug", "rehab", "chickenpox", "knee replacement", "hip replacement", "সার্জারি",
        # a muscle pulled at the gym ("lower back e tan lagse"), a slipped disc (w52)
        "tan lagse", "tan lagche", "tan legeche", "tan legese", "টান লাগছে", "টান লেগেছে", "টান লাগসে",
        "slip disc", "slipped disc", "স্লিপ ডিস্ক", "disc prolapse",
        # an operation told short in English ("His wife's knee op was yesterday") (w48)
        "cardiac procedure", "heart procedure", "cardiac surgery",  # ("in Singapore for a cardiac procedure") (w57)
        "knee op$", "hip op$", "eye op$", "heart op$", "knee operation", "hip operation",
        "sarjari", "বাইপাস", "bypass", "discharged", "ডিসচার্জ", "কাশি", "kashi", "মচকা", "moska",
        "জ্বরে পড়", "jore por", "নিউমোনিয়া", "nimonia", "pneumonia",
        # ... as said, without the উ ("গত কলে কইছিল বাচ্চার নিমোনিয়া") (w64)
        "নিমোনিয়া", "nimoniya",
        "দাঁত তুল", "dat tul", "tooth extract", "asustho", "asusto", "ashustho", "fell from",
        "পড়ে গিয়ে", "pore giye",
        # fever typed short, whole ("he has high fevr"; not February) (w36)
        "fevr$",
        # fallen from a tree (a mango picker: "gachh theke pore gelchhe oner bhatija") (w36)
        "গাছ থেকে পড়", "gach theke por", "গাছ থিকা পড়", "gach thika por", "fell off a tree",
        "fell out of a tree", "fell off the tree", "fell out of the tree",
        "fainted", "faint hoy", "অজ্ঞান হয়ে", "অজ্ঞান হই", "ogyan hoye", "ওটিতে", "ot te$",
        # a person who collapsed, dizzy, blood pressure up ("father collapsed at home", "husband
        # has high BP, dizzy"; not a ceiling that collapsed, not BP tablets ordered) (w46)
        "he collapsed", "she collapsed", "father collapsed", "mother collapsed", "husband collapsed",
        "wife collapsed", "dad collapsed", "mom collapsed", "dizzy", "dizziness", "has high bp",
        "having high bp", "bp is high", "bp very high",
        # ... the rest of the family or the office named, or where a person falls at work (a shelf or
        # a roof falls at home, not at the office desk) (w124)
        "son collapsed", "daughter collapsed", "brother collapsed", "sister collapsed",
        "colleague collapsed", "friend collapsed", "collapsed at the office", "collapsed at office",
        "collapsed in the office", "collapsed in office", "collapsed at work",
        "operation theatre", "operation theater", "sugar low", "সুগার কমে",
        # an eye infection ("চোখ উঠছে"), a blow
        "চোখ উঠ", "চোখ ওঠা", "chokh uth", "chok uth", "pink eye", "conjunctivitis",
        # ... named so ("স্বামীর চোখে ইনফেকশন, ড্রপ দিয়েছে ডাক্তার"; the model alone lost it when a
        # second line told it was over) (w56)
        "চোখে ইনফেকশন", "চোখের ইনফেকশন", "chokhe infection", "chokh e infection", "chokher infection",
        "eye infection",
        # a wound sewn, in the doctor's word ("bhaiyer bike accident, pa te sutures") (w56)
        "sutures", "suture", "সুচার", "সেলাই পড়েছে", "সেলাই পড়ছে", "selai poreche", "selai porse",
        # "জ্বরে কাবু", food poisoning
        "জ্বরে কাবু", "jore kabu", "jwore kabu", "জ্বরে ভুগ", "jore vug", "jore bhug",
        # writhing in a fever or in pain ("হলে জ্বরে কাতরাচ্ছে"); a voice lost to a sore throat, the
        # doctor's rest ordered ("স্যারের গলা বসে গেছে, ডাক্তার কথা কম বলতে বলেছে") (w109)
        "কাতরাচ্ছ", "কাতরাইতেছ", "কাতরাচ্ছিল", "katracch", "katraitese", "katrachhe",
        "গলা বসে গেছে", "গলা বসে গিয়েছে", "গলা বইসা গেছে", "gola bose gese", "gola bose geche",
        "lost his voice", "lost her voice",
        # in a fever since a day or for days, with no verb ("উনি দুই দিন ধরে জ্বরে", "কাইল থাকি
        # জ্বরে") (w77)
        "ধরে জ্বরে$", "থেকে জ্বরে$", "থাকি জ্বরে$", "থাইকা জ্বরে$", "dhore jore$", "theke jore$",
        "thaki jore$",
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
        "বসন্ত হ", "বসন্ত উঠ", "boshonto hoi", "boshonto uth",
        # chickenpox as পানিবসন্ত, in one word or two (w37)
        "পানিবসন্ত", "পানি বসন্ত", "panibosonto", "pani bosonto",
        # fever typed short ("wife's fevr gone"; whole word: "febr" begins February) (w37)
        "fevr$", "paralys", "paralyz", "প্যারালাইজড",
        "প্যারালাইসিস", "ইউরিন ইনফেকশন", "urine infection", "প্রস্রাবে ইনফেকশন", "শরীর ভালা না",
        # illness in the dialects (বেমার, ব্যারাম), the liver, an ulcer,
        # a dog's or a snake's bite, blood needed, a drip, a miscarriage (an illness, not a birth)
        "বেমার", "bemar$", "ব্যারাম",
        # Chatgaiya and Banglish বিমার, ill ("ইতার নানী বিমার", "choto bhai bimar"), and Barishal
        # ব্যারাম in Latin letters ("mayer byaram"); whole words. বিমার is also an insurance's
        # (বিমা): its instalment, premium or policy is kept out in lookalikes.py (w117)
        "বিমার$", "bimar$", "byaram$", "bearam$", "beram$",
        # an infection of the chest or lungs ("মাইয়ার chest infection") (w25)
        "chest infection", "বুকে ইনফেকশন", "lung infection", "ফুসফুসে ইনফেকশন", "বুকে infection", "হেপাটাইটিস", "hepatitis", "সিরোসিস", "cirrhosis", "আলসার",
        "ulcer", "কুকুরে কামড়", "কুকুর কামড়", "kukur kamr", "kukure kamr", "dog bite", "bitten by",
        "সাপে কাট", "sape kat", "snake bite", "rabies", "জলাতঙ্ক", "রক্ত লাগবে", "রক্ত দরকার",
        "blood lagbe", "blood dorkar", "blood needed", "needs blood", "ক্যানুলা", "cannula",
        "স্যালাইন চল", "saline chol", "মিসক্যারেজ", "miscarriage", "গর্ভপাত", "বাচ্চা নষ্ট হয়ে",
        "life support", "লাইফ সাপোর্ট", "ventilator", "ভেন্টিলেটর",
        # the high-dependency unit, one step down from the ICU ("khalu HDU te", "এইচডিইউতে আছেন") (w129)
        "hdu", "এইচডিইউ",
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
        # a hospital desk's words: appendicitis in Bengali script, a heart's angiogram ("মেয়ের
        # অ্যাপেন্ডিসাইটিস অপারেশন হবে", "his father is scheduled for angiography") (w99)
        "অ্যাপেন্ডিসাইটিস", "এপেন্ডিসাইটিস", "অ্যাপেনডিসাইটিস", "angiogra", "এনজিওগ্রা", "অ্যানজিওগ্রা",
        # malaria (the tea gardens), TB found (only "ধরা পড়": টিবি folds like টিভি, a TV), an
        # electric shock (not "shock absorber": only with current or electric), Sylheti বেরাম (w29)
        "ম্যালেরিয়া", "malaria", "যক্ষ্মা", "যক্ষা", "টিবি ধরা পড়", "টিবি ধরা পরছে", "tb dhora por",
        "tb dhora pr", "কারেন্টের শক", "কারেন্টে শক", "ইলেকট্রিক শক", "current er shock",
        "current e shock", "electric shock", "বেরাম", "beram",
        # in hospital in Rangpuri, with the locative -ওত ("দিনাজপুর মেডিকেলোত", "হাসপাতালোত"); a hand
        # caught in a thresher or a pump's belt ("হাত থ্রেশারোত ঢুকি গেইছে") (w32)
        "মেডিকেলোত", "মেডিকেলত", "হাসপাতালোত", "হাসপাতালত",
        "হাত থ্রেশারে", "হাত থ্রেশারোত", "হাত মেশিনে ঢু", "হাত মেশিনোত", "hat thresher e",
        # an optical and hearing-aid centre's elderly customers: glaucoma, a cataract come ("ছানি
        # পড়ছে", not ছানা, curd for sweets), a burst eardrum (not a complaint's "ফেটে গেছে"); a
        # kidney's trouble told with "problem" (w33)
        "glaucoma", "গ্লুকোমা", "glucoma", "ছানি পড়", "ছানি পর", "chani por", "chani pr", "catract",
        "কানের পর্দা", "kaner porda", "eardrum", "ear drum", "kidney problem", "কিডনি problem",
        "কিডনির সমস্যা", "কিডনিতে সমস্যা", "কিডনি সমস্যা", "kidney te somossa", "kidney r somossa",
        "kidney er somossa", "kidney somossa", "kidney failure", "কিডনি ফেইল", "kidney fail",
        # a stent put in, "a ring in the heart" ("স্বামীর হার্টে রিং পরাইছে"; a ring alone is a jeweller's
        # goods) (w34)
        "হার্টে রিং", "হার্টে একটা রিং", "হার্টে দুইটা রিং", "heart e ring", "harte ring", "hearte ring",
        "stent", "স্টেন্ট",
        # diabetes spelt as said (ডায়বেটিস; not "diabetis", which "diabetic strips" folds to); a
        # heart's blocked artery ("বাবার heart block ধরা পড়ছে, ring পরাবে") (w43)
        "ডায়বেটিস", "ডাইবেটিস", "daibetis", "daybetis", "heart block", "হার্ট ব্লক",
        "হার্টে ব্লক", "heart e block", "hearte block", "harte block",
        # in a critical condition ("his khala is in critical condition at Chittagong Medical") (w38)
        "critical condition", "condition critical", "condition is critical", "in critical state",
        "ক্রিটিক্যাল অবস্থা", "অবস্থা ক্রিটিক্যাল", "অবস্থা সংকটাপন্ন", "critical obostha", "obostha critical",
        # ... said "serious" in South Asian English ("mother is serious, shifted to Medical"; a relation
        # named, not a customer serious about an order) (w122)
        "mother is serious", "father is serious", "husband is serious", "wife is serious",
        "mother is very serious", "father is very serious", "condition is serious", "serious condition",
        # fainted, "passed out" where it happened or why (not "passed out from BUET": graduated)
        # ("he passed out in office due to low bp", "passed out in the queue") (w122)
        "passed out due to", "passed out in office", "passed out at office", "passed out in the office",
        "passed out in the queue", "passed out in the line", "passed out at home", "passed out in the heat",
        "passed out in the shop", "passed out on the road", "passed out in the street",
        # blood pressure gone up in Banglish ("Ma er pressure barsilo"), sugar told high in English
        # ("আব্বার sugar অনেক high"; not a sugar-free sweet), water in the lungs ("শ্বশুরের lungs এ
        # পানি জমছে"; not a flood's water standing) (w44)
        "pressure bar", "pressure ber", "প্রেশার বাড়", "প্রেশার বেড়", "প্রেসার বাড়", "প্রেসার বেড়",
        "sugar high", "sugar onek high", "sugar অনেক high", "সুগার high", "সুগার অনেক high", "সুগার হাই",
        "lungs এ পানি", "lung এ পানি", "lungs e pani", "lung e pani", "ফুসফুসে পানি", "fusfuse pani",
        "বুকে পানি জম", "buke pani jom",
        # voice typing's typhoid (টাইফেড); a heart's trouble told as a "problem" ("মামার হার্টের সমস্যা,
        # মেডিকেলে আনছইন"); stones in the gall bladder or a kidney ("পিত্তথলিতে পাথর অপারেশন হবে";
        # not stones in the rice, "চালে পাথর", a complaint) (w50)
        "টাইফেড", "টাইফাইড", "হার্টের সমস্যা", "হার্টের প্রবলেম", "হার্টে সমস্যা", "heart er somossa", "heart er problem",
        "harter somossa", "heart problem", "পিত্তথলিতে পাথর", "পিত্তথলির পাথর", "পিত্তে পাথর", "gallbladder stone",
        "gall stone", "gallstone", "কিডনিতে পাথর", "কিডনির পাথর", "kidney stone", "kidney te pathor",
        # a snake's bite as said ("Meyeta ke shape kamrise"; সাপে কাট was there), sugar fallen low
        # ("Abbur sugar fall korse"), a hand cut in dialect and standard ("হাত কাটি গেছে") (w53)
        "সাপে কামড়", "সাপে কামড়া", "sape kamr", "shape kamr", "shap e kamr", "snake bit",
        "sugar fall", "sugar fal kor", "সুগার ফল", "সুগার fall", "হাত কাটি গে", "হাত কেটে গে",
        "hat kete ge", "hat kati ge", "হাত কাইটা গে", "পা কেটে গে", "pa kete ge",
        # a nursing mother's breast infection, a baby's RSV, eczema, a skin infection, someone on
        # antibiotics (a baby-products shop and a skin-care importer: "I have mastitis, on
        # antibiotics", "উনার মেয়ের RSV", "eczema flare up hoisilo") (w55)
        "mastitis", "ম্যাস্টাইটিস", "rsv$", "eczema", "একজিমা", "skin infection", "স্কিন ইনফেকশন",
        "on antibiotics", "antibiotic cholche", "এন্টিবায়োটিক চলছে", "অ্যান্টিবায়োটিক চলছে",
        # the old and the ill of an elderly-care, hearing-aid, physiotherapy and oxygen-rental
        # shop, their conditions named ("নানাজানের ডিমেনশিয়া দিন দিন বাড়িতেছে", "husband er dementia
        # barse", "আম্মা আলঝেইমার্সে ভুগিতেছেন", "পাইলসের সমস্যায় ভুগছেন", "মামার পায়ে গ্যাংগ্রিন",
        # "tinnitus", "ডায়াবেটিক নিউরোপ্যাথি", "boner frozen shoulder", "bhaiyer ligament chire
        # gese" (not a complaint's torn goods), "সিওপিডি রোগে আক্রান্ত", "ডিস্ক প্রল্যাপস", "মায়ের কানে
        # ইনফেকশন", "দাদীর হিপ রিপ্লেসমেন্ট" (not the goods' replacement), bedridden in formal words
        # (শয্যাগত), hands and feet burning ("ammu r hat pa jole")) (w58)
        "ডিমেনশিয়া", "ডিমেনসিয়া", "dementia", "আলঝেইমার", "আলঝাইমার", "alzheimer", "পাইলস",
        "piles er somossa", "piles e vug", "piles e bhug", "গ্যাংগ্রিন", "গ্যাংগ্রিন", "gangrene", "gangrin",
        "tinnitus", "টিনিটাস", "নিউরোপ্যাথি", "neuropathy", "frozen shoulder", "ফ্রোজেন শোল্ডার",
        "ligament", "লিগামেন্ট", "সিওপিডি", "copd", "ডিস্ক প্রল্যাপস", "ডিস্ক প্রলাপস", "disc prolaps",
        "কানে ইনফেকশন", "কানের ইনফেকশন", "kane infection", "kaner infection", "ear infection",
        "হিপ রিপ্লেসমেন্ট", "নি রিপ্লেসমেন্ট", "হাঁটু রিপ্লেসমেন্ট", "শয্যাগত", "shojjagoto",
        "কক্লিয়ার ইমপ্লান্ট", "ককলিয়ার ইমপ্লান্ট", "cochlear implant", "থেরাপি চলছে", "থেরাপি চলতেছে",
        "therapy cholche", "therapy choltese", "physio cholche", "physio chole$", "ফিজিওথেরাপি চলছে",
        "হাত পা জ্বলে", "হাত-পা জ্বলে", "hat pa jole", "hat pa jwole", "পায়ে জ্বালাপোড়া", "হাত পায়ে জ্বালা",
        # the body unwell with its -টা ("বাবার শরীরটা ভালো না", "ammur shorirta kharap"): শরীর খারাপ,
        # শরীর ভালো না, as written with the word's article (w75)
        "শরীরটা খারাপ", "শরীরটা ভালো না", "শরীরটা ভালো নেই", "শরীরটা ভালা না", "শরীরডা ভালা না",
        "শরীরটা ভালো যাচ্ছে না", "shorirta kharap", "shorirta bhalo na", "shorirta valo na",
        "shorirta bhalo nei", "shorirta valo nei", "sorirta bhalo na", "sorirta kharap",
        # English's polite words for being ill ("Mr. Karim is under the weather", "her mum's not
        # been keeping well", "laid up with flu"): no illness named, the idiom is the news (w78)
        "under the weather", "not keeping well", "not keeping too well", "not been keeping well",
        "not keeping good", "laid up",
        # an orthopaedic shop's and a sports shop's injuries: a joint put out ("Gym এ কাঁধ dislocate",
        # "আব্বার কাঁধের ডিসলোকেশন"), a disc slipped as said ("কোমরের ডিস্ক সরে গেছে"), a finger crushed
        # ("আঙুল থেঁতলে গেছে", "dorjar chipay pore"), a nose or a head split ("বল লেগে নাক ফাটছে"), a
        # hand cut by a tool ("হাত কেটে ফেলছেন"), a head scanned in Bengali letters (w93)
        "disloc", "ডিসলোকেশন", "ডিসলোকেট", "ডিস্ক সরে", "disc sore", "disk sore", "থেঁতলে গে", "থেঁতলাইয়া",
        "thetle ge", "থেতলে গে", "দরজার চিপায়", "dorjar chipay", "চিপায় পড়ে", "chipay pore", "চিপায় পইড়া",
        "নাক ফাট", "nak fat", "হাত কেটে ফেল", "hat kete fel", "haat kete fel", "সিটি স্ক্যান",
        # burns: a hand, a foot or a face burnt by a gas stove, an iron, hot dal or oil ("haat pura
        # gechilo", "হাত পুড়াইছে", "gorom dal pore foshka", "2nd degree burn", "His burn from the iron
        # press"; not a blister from a sandal, "sandal e foshka porse", a complaint), an electric
        # shock as said ("bhai ke current e dhorse", "মেয়ের hand এ বিদ্যুতের shock") (w93)
        "hat pura", "haat pura", "pa pura", "mukh pura", "হাত পুড়াই", "হাত পুড়ছে", "পা পুড়ছে", "মুখ পুড়ছে",
        "gorom pani pore", "gorom tel pore", "gorom dal pore", "gorom cha pore", "গরম পানি পড়ে",
        "গরম তেল পড়ে", "গরম ডাল পড়ে", "গরম চা পড়ে", "hot water spilled", "hot oil spilled",
        # ... and in English as a person's ("Daughter got a burn on her hand while cooking": "cooking"
        # alone is busy; not "got burnt", a fan motor's) (w156)
        "got a burn", "got a bad burn",
        "degree burn", "burn from", "কারেন্টে ধর", "current e dhor", "karent e dhor", "বিদ্যুতের শক", "বিদ্যুতের shock",
        "bidduter shock", "biddyuter shock", "bidyut er shock", "বিদ্যুৎস্পৃষ্ট", "electrocuted",
        # Dhakaiya's and Urdu's তবিয়ত, the health ("আব্বাজানের তবিয়ত ভালা না", "tobiyot bhalo na"), as
        # শরীর ভালো না; only unwell, not "তবিয়ত ভালো আছে" (w90)
        "তবিয়ত ভালা না", "তবিয়ত ভালো না", "তবিয়ত খারাপ", "তবিয়তটা ভালা না", "tobiyot bhalo na",
        "tobiyot valo na", "tobiyot bhala na", "tobiyot vala na", "tobiyot kharap", "tabiyat kharap",
        # ... in Hindi ("nani jaan ki tabiyat thik nahi"), a fever in Hindi and Urdu ("abbu ko bukhar
        # tha"), Urdu taklif (suffering) grown ("bibi er taklif barse"; not a bare taklif, trouble
        # given, "taklif ke liye sorry") (w128)
        "tabiyat thik nahi", "tabiyat theek nahi", "tabiyat kharab", "tabiat thik nahi",
        "ko bukhar", "ka bukhar", "bukhar hai", "bukhar tha", "bukhar hoise",
        "taklif barse", "taklif barche", "taklif bere", "taklif beshi", "taklif zyada",
        "taklif bar gayi", "taklif badh",
        # an old person's memory going, told as the habit ("আংকেল আজকাল সব ভুলে যান", "আব্বার
        # স্মৃতিশক্তি কমে যাচ্ছে", "husband আজকাল confused থাকেন"; not one thing forgotten, "ভুলে
        # গেছেন", nor the polite "ভুলে যান", forget it, with nothing before) (w88)
        "সব ভুলে যান", "সব ভুলে যায়", "sob bhule jan", "sob bhule jay", "shob bhule jan", "ভুলে যাই সব",
        "আজকাল ভুলে যান", "ajkal bhule jan", "বারবার ভুলে যান", "bar bar bhule jan", "forgets everything",
        "স্মৃতিশক্তি কমে", "স্মৃতিশক্তি কম", "smriti shokti kome", "smritishokti kome", "memory loss",
        "losing his memory", "losing her memory", "confused থাকেন", "confused thaken", "confused taken",
        # a pharmacy's and a medical supplier's jargon for what happened, not what is bought: a
        # bypass to come (CABG), the heart's rhythm gone (atrial fib), a tight chest, a diabetic's
        # sugar fallen low ("hypo হইছিল"), a skin infection (cellulitis), a biopsy found malignant,
        # the kidney's creatinine gone up, a dialysis line blocked or its site infected ("ভাইয়ের
        # CABG হবে", "স্বামীর fistula block হইছে", "catheter site এ infection"); not the goods, a
        # catheter or a dressing kit ordered, nor "diabetic foot" (a cream's and socks' name too) (w104)
        "cabg$", "atrial fib", "afib$", "a fib$", "buke chap", "বুকে চাপ", "chest tightness",
        "hypo hoi", "hypo hoy", "hypo হই", "hypo হয়", "হাইপো হই", "হাইপো হয়", "went hypo", "hypoglycemia",
        "hypoglycaemia", "cellulitis", "সেলুলাইটিস",
        "malignant", "ম্যালিগন্যান্ট", "creatinine bar", "creatinine ber", "creatinine high",
        "creatinine beshi", "ক্রিয়েটিনিন বাড়", "ক্রিয়েটিনিন বেড়", "ক্রিয়েটিনিন বেশি", "catheter block",
        "ক্যাথেটার ব্লক", "fistula block", "ফিস্টুলা ব্লক", "site e infection", "site এ infection",
        "site এ ইনফেকশন", "site infection",
        # the mind's illnesses named, as a pharmacy's and any shop's staff write them tactfully
        # ("ভাবির স্বামীর ডিপ্রেশন, সাইকিয়াট্রিস্ট দেখাচ্ছেন", "bhai er wife er postpartum depression",
        # "panic attack হয়", "বোনের সিজোফ্রেনিয়ার ওষুধ", "ammu bipolar", "ছেলে রিহ্যাব থেকে ফিরেছে",
        # "nervous breakdown" (a person's, not a car's), "tried to harm herself"); not a mood, "মন
        # খারাপ", "mood off", which stays no illness (w116)
        "ডিপ্রেশন", "ডিপ্রেশান", "depression", "অ্যান্টিডিপ্রেসেন্ট", "এন্টিডিপ্রেসেন্ট", "antidepressant",
        "anxiety disorder", "anxiety er oshudh", "anxiety er osudh", "anxiety আর", "anxiety ar",
        "আর anxiety", "ar anxiety", "and anxiety", "panic attack", "প্যানিক অ্যাটাক", "প্যানিক এটাক",
        "সাইকিয়াট্রিস্ট", "psychiatrist", "psychiatric", "মানসিক হাসপাতাল",
        "mental hospital", "সিজোফ্রেনিয়া", "schizophrenia", "বাইপোলার", "bipolar", "সাইকোসিস", "psychosis",
        "eating disorder", "রিহ্যাব", "detox center", "detox centre", "নার্ভাস ব্রেকডাউন",
        "nervous breakdown", "harm herself", "harm himself", "hurt herself", "hurt himself",
    ) + _REFERRED_TO,
}
