"""Pairs of words that name an event together, and the phrases of busy calls, complaints and remedies."""
from __future__ import annotations

from .people import MORE_RELATIONS, RELATIONS

# Two words in one sentence that together name an event.
VEHICLES: tuple[str, ...] = (
    # (not "কার$" alone: কার, কারো are "whose", "anyone's", as in "কারো কিছু হয়নি")
    "গাড়ি", "গাড়ির", "কারের", "কারটা", "কার নষ্ট", "কার সার্ভিস", "বাইক", "মোটরসাইকেল", "সিএনজি", "ভ্যান", "ট্রাক", "বাস$", "বাসের",
    "মাইক্রো", "পিকআপ", "অটোরিকশা", "অটো$", "অটোর$", "অটোটা", "রিকশা", "টেম্পু", "স্কুটি", "লেগুনা", "gari",
    # ("bike$": বিকেল, the afternoon, is "bikel")
    "garir", "car$", "bike$", "bikes$", "biker$", "bike er", "bike ta", "motorcycle", "motorbike",
    "cng$", "van$", "truck", "bus$", "micro",
    # the possessive ("His CNG's gas cylinder leaking") (w30)
    "cng's$", "cngs$",
    # a CNG typed as it sounds ("Cnj nosto hoye gese") (w40)
    "cnj$", "cnj er", "cnjr$",
    "pickup", "pick up er", "auto$", "rickshaw", "tempo$", "tempor$", "tempote", "tempota", "tempo te", "scooty", "scooter", "vehicle", "lorry", "নসিমন",
    "করিমন", "ট্রলার", "নৌকা", "boat", "বোট", "trawler", "প্রাইভেট কার", "private car", "ambulance",
    "অ্যাম্বুলেন্স", "lori", "লরি", "tractor", "ট্রাক্টর", "power tiller", "পাওয়ার টিলার",
    "ট্রলি", "trolley", "রিকশাভ্যান", "হোন্ডা", "honda", "টেম্পো$", "টেম্পোর", "টেম্পোতে", "টেম্পোটা",
    # battery rickshaws and other local vehicles; a car written apart from its "টা"
    "ইজিবাইক", "ইজি বাইক", "easybike", "easy bike", "ভটভটি", "votvoti", "bhotbhoti", "টমটম",
    "tomtom", "মাহিন্দ্র", "mahindra", "কার টা",
    # ... spelt as it is said ("Tungipara theke asar pothe mahendra nosto") (w82)
    "মাহেন্দ্র", "mahendra",
    "vot voti", "bhot bhoti", "ভট ভটি",
    # ... and the north's ভুটভুটি with its উ, which folds apart from ভটভটি ("vutvuti ulte gese") (w153)
    "ভুটভুটি", "vutvuti", "bhutbhuti", "vut vuti", "bhut bhuti",
    # the western districts' engine vans: the van written as one word with its engine, আলমসাধু,
    # নছিমন, and their Banglish ("ইঞ্জিনভ্যান ঠিক করাইছে") (w43)
    "ইঞ্জিনভ্যান", "engine van", "injin van", "আলমসাধু", "alomsadhu", "alom sadhu", "নছিমন", "nosimon",
    "nochimon", "korimon",
    # a bicycle
    "সাইকেল", "bicycle", "cycle$", "cycle er", "saikel",
    # the haor's boats: a speedboat, Sylheti নাও (whole: folded, নাও alone is না); not a launch,
    # whose cabin's fault is a complaint to its owner ("কেবিনের এসি নষ্ট ... লঞ্চ মালিকের লগে কথা") (w34)
    "স্পিডবোট", "speedboat", "speed boat", "নাওয়ের$", "নাওটা$",
    # a car by its model, as a rental's staff and expatriates name it; a launch's engine (the launch
    # itself stays out, above) ("sirs pajero had small bump", "captain এর launch এর engine নষ্ট") (w38)
    "pajero", "prado", "land cruiser", "hiace", "launch er engine", "launch এর engine", "লঞ্চের ইঞ্জিন",
    # a hand-pushed cart, and bikes by their model as a bike shop's staff name them ("Apache ta
    # rasta te bondho hoye gese") (w41)
    "ঠেলাগাড়ি", "thelagari", "apache$", "pulsar$", "gixxer$",
    # cars by their model, as a second-hand car dealer's staff name them ("Premio টা রাস্তায় off হয়ে
    # গেছে", "ভাইয়ের কেনা প্রিমিও হাইওয়েতে বন্ধ হয়ে গেছে") (w49)
    # (not এক্সিও: "eksi" folded starts "eksident"; nor "noah", "nah" folded)
    "premio$", "প্রিমিও$", "allion$", "এলিয়ন$", "axio$", "corolla$", "করোলা$", "fielder$",
    # the possessive, and more models a car workshop's staff name ("Axio's AC cooling fine now") (w57)
    "axio's$", "axios$", "corolla's$", "premio's$", "camry$", "ক্যামরি$", "vitz$", "x corolla",
    # ... and the Probox a car parts shop's customers drive for goods ("Probox fixed") (w154)
    "probox$", "প্রোবক্স$",
    # a launch's engine without the "er" ("Our launch engine failed near Mongla") (w74)
    "launch engine", "লঞ্চ ইঞ্জিন",
)
VEHICLE_TROUBLE: tuple[str, ...] = (
    # Sylheti "stuck" ("lorry ... rastay atki gese") (w29)
    "atki gese", "আটকি গেছ", "atki gelo", "আটকি গেল",
    # gone off, the engine stopped ("শ্বশুরের bike ... রাস্তায় off হয়ে গেছে"; a pair: only after a
    # vehicle, a phone "off hoye gese" is a busy call) (w37)
    "off hoye gese", "off হয়ে গেছে", "off hoye geche", "off হয়ে গেল", "off hoye gelo",
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
    # in a service centre for days ("onar car service center e chilo 2 din, ekhon thik") (w59)
    "service center", "service centre", "সার্ভিস সেন্টার",
    "bhangse", "vangse", "bhangsilo", "accident", "ekshident", "servicing", "repair", "garage", "workshop",
    "start", "battery", "broke", "broken down", "breakdown", "flat$", "stuck", "engine", "axle",
    "chaka", "সিজ", "seize", "seized", "fail", "বন্ধ হই", "bondho hoi", "চাকা", "টায়ার", "tyre",
    "tire", "মেকানিক", "mechanic", "তেল শেষ", "ঠিক হইছে", "ঠিক হয়ে গেছে", "ঠিক করা হইছে",
    "thik hoise", "thik oise", "thik oiche", "সারানো", "sarano", "ধাক্কা লাগ", "ধাক্কা খা", "ধাক্কা দি", "dhakka lag",
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
    # an engine stopped on a boat or a car ("ট্রলারের ইঞ্জিন বন্ধ, নদীতে ভাসতেছে") (w74)
    "ইঞ্জিন বন্ধ", "engine bondho", "engine off",
    "উল্টি গে", "ulti ge",
    # a skid, a chain off
    "স্লিপ কাট", "স্লিপ খে", "slip kat", "slip khe", "slip khay", "চেইন পড়ে", "chain pore",
    "চেইন ছিঁড়ে", "চেইন ছিড়ে", "chain chire",
    # a puncture as staff spell it
    "panchar", "puncher", "pancture", "ponchar",
    # turned over, towed away ("delivery van overturned", "toe kore anbe") (w41)
    "overturned", "overturn", "flipped over", "tow kor", "toe kor", "টো করে", "towed",
    # whether it will be fixed in time ("truck shukrobar er moddhe thik hobe kina jane na"): not yet (probe 3)
    # (with the "does not know" that follows it, which is no denial of the trouble)
    "thik hobe kina jane na", "thik hobe kina janena", "thik hobe kina janen na", "ঠিক হবে কিনা জানে না",
    "ঠিক হবে কিনা জানেন না", "ঠিক হবে কিনা জানি না", "thik hobe kina sure na", "ঠিক হবে কিনা শিওর না",
    "thik hobe kina", "ঠিক হবে কিনা", "ঠিক হবে কি না", "thik hobe ki na", "kobe thik hobe", "কবে ঠিক হবে",
    "will be fixed by", "will be repaired by",
    # held at a checkpoint or on the way ("His truck held at Bhatiary checkpoint"); a container
    # held at the port is no vehicle of the customer's (VEHICLES has no container) (w36)
    "held at", "held up",
    # a small knock; stopped halfway ("had small bump at Airport rd", "গাড়ি মাঝপথে বন্ধ") (w38)
    "bump$", "bumped", "fender bender", "মাঝপথে বন্ধ", "মাঝ পথে বন্ধ", "মাঝরাস্তায় বন্ধ", "majhpothe bondho",
    # the engine gone bad, in one span (the engine alone is a weak word: a pump's, a generator's)
    "engine নষ্ট", "engine nosto", "ইঞ্জিন নষ্ট", "engine kharap", "engine খারাপ", "ইঞ্জিন খারাপ",
    # an engine seized, spelt as heard ("his car ceased on the way"), hit by another, a part fallen
    # off ("motorbike silencer fell off") (w40)
    "ceased", "got hit", "was hit", "fell off", "problem", "somossa", "সমস্যা",
    # stolen, snatched, held by the police, a part worn out, a cable snapped ("bondhur bike chintai
    # hoise", "bike police dhorse papers er jonno", "brake shoe khoye gese") (w45)
    # (not "চুরি হয়নি", not stolen: the verb written out)
    "চুরি হয়ে", "চুরি হইছ", "চুরি গেছ", "churi hoye", "churi hois", "churi hoyes", "churi gese", "stolen",
    "ছিনতাই", "chintai", "snatched", "police dhor", "পুলিশ ধর", "police case", "পুলিশ case", "পুলিশ কেস", "police e dhor", "khoye gese", "ক্ষয়ে গেছে",
    "worn out", "snapped",
    # a car's AC that does not cool, its compressor gone, water dripping from it, the engine running
    # hot (a workshop's "JC-4412 Toyota Axio: AC not cooling", "Corolla er AC compressor gese, thanda
    # hoy na", "গাড়ির এসি থেকে পানি পড়ে"); a pair, so an AC shop's "AC not cooling" stays a complaint (w57)
    "not cooling", "cooling weak", "cooling fine", "thanda hoy na", "thanda hoy nai", "ঠান্ডা হয় না", "ঠান্ডা হচ্ছে না",
    "compressor", "কম্প্রেসর", "এসি থেকে পানি", "ac theke pani", "overheat", "ওভারহিট",
    # the self-starter that does not work says "not" itself ("bike er self start kaj kore na") (w45)
    "start kaj kore na", "start kaj korche na", "start kaj kortese na", "স্টার্ট কাজ করে না",
    "স্টার্ট কাজ করছে না",
    # burnt out, in the east's speech ("ভাইয়ের অটোর মোটর পুইড়া গেছিল"); a boat sunk ("bondhur boat
    # dube gese") (w54)
    "পুইড়া গে", "পুড়ে গে", "পুড়ি গে", "puira ge", "pure gese", "পুইড়া যা", "ডুবে গে", "ডুবি গে", "dube ge",
    "dubi ge", "sank$", "sunk$", "capsized",
    # a clutch burnt out (not পুড়ছে alone: it folds like a purse); towed by the traffic police's
    # wrecker or taken to their dumping yard (not a wrecker alone: "wrecker truck er bill" is hire);
    # taken by river pirates (ডাকাতে, by them, not ডাকাতি: a shop's robbery); a net wound round a
    # boat's propeller ("পিকআপের ক্লাচ পুড়ছে", "রেকার দিয়া টাইনা নিছে", "ডাম্পিং এ নিয়া গেছে",
    # "ট্রলার ডাকাতে নিছে", "প্রপেলার জালে পেঁচাইছে") (w87)
    "ক্লাচ পুড়", "clutch pur", "clutch burn", "ক্লাচ প্লেট পুড়", "clutch plate pur", "রেকার দি",
    "রেকারে", "rekar di", "rekare", "by wrecker", "by a wrecker", "by the wrecker", "ডাম্পিং", "dumping",
    "ডাকাতে$", "dakate$", "dakat e", "ডাকাতের কবলে", "pirates", "জালে পেঁচা", "jale pecha",
    "জাল পেঁচা", "jal pecha",
    # torched or smashed in a hartal, a blockade or a clash: set on fire, burned by picketers,
    # vandalised, hit by thrown bricks or stones (a pair: "rege agun", anger, has no vehicle)
    # ("pickup torched near Amin Bazar", "bike e agun dise", "bus e pathor mairse") (w113)
    "torched", "set on fire", "set ablaze", "set alight", "burned by", "burnt by", "was burned",
    "was burnt", "were burned", "আগুন দি", "আগুন দেয়", "আগুন ধরিয়ে", "agun dis", "agun diy", "agun dey",
    "agun dil", "পুড়িয়ে দি", "পুড়াই দি", "পুড়াইয়া দি", "puriye di", "puraia di", "puraiya di",
    "ভাঙচুর", "bhangchur", "vangchur", "vandalis", "vandaliz", "ইট মের", "ইট মার", "it mere", "it mair",
    "it marse", "পাথর মের", "পাথর মার", "pathor mer", "pathor mair", "pathor marse", "pelted",
    # smoke from the silencer, by its colour (not ধোঁয়া alone: it folds like ধোয়া, a bike's wash);
    # a wrecker needed, a recovery van sent; a wheel's bearing gone ("silencer দিয়া সাদা ধোঁয়া",
    # "রেকার লাগবে বললেন", "cycle er bearing gese") (w150)
    "kalo dhoya", "kalo dhowa", "sada dhoya", "sada dhowa", "কালো ধোঁয়া", "সাদা ধোঁয়া", "black smoke",
    "white smoke", "রেকার লাগ", "rekar lag", "wrecker lag", "recovery van", "রিকভারি ভ্যান",
    "bearing ge", "bearing nosto", "বিয়ারিং গে", "বিয়ারিং নষ্ট",
)
WIFE: tuple[str, ...] = (
    "বউ$", "বউয়ের", "বৌয়ের", "স্ত্রী$", "স্ত্রীর", "ওয়াইফ", "ভাবি", "ভাবির", "bou$", "bouer",
    "bou er", "wife", "bhabi", "vabi", "begum", "মেয়ের", "meyer", "বোনের", "boner", "pregnant",
    # a sister's in the dialects ("বইনের ডেলিভারি হইবো এই সপ্তায়, হাসপাতালে ভর্তি") (w29)
    "বইনের", "বইনর", "boiner", "boinir",
    "গর্ভবতী", "বউমা", "বৌমা", "bouma",
    # a son's wife in formal words ("পুত্রবধূর ডেলিভারির ডেট এই সপ্তাহে, ব্যথা উঠছে") (w112)
    "পুত্রবধূর", "পুত্রবধুর", "putrobodhur",
    # a daughter's or a sister's in English, right before the word ("Daughter's delivery at Green
    # Life"; not "Daughter's birthday cake delivery") (w40)
    "daughter's delivery", "daughter er delivery", "sister's delivery", "sister er delivery",
)
DELIVERY: tuple[str, ...] = (
    "ডেলিভারি", "delivery", "সিজার", "cesar", "sijar", "লেবার", "labour", "labor", "প্রসব",
    # the operation in English ("bou er c section hoise, delivery charge ta pore dibe") (w28)
    "c section", "c-section", "caesar", "সিজারিয়ান",
    # the operation as it sounds ("bou er sisar hobe aj") (w49)
    "sisar$", "sizar$",
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
    "ব্যথা", "ব্যাথা", "ভাঙ", "ভেঙে", "কেটে গেছে", "পুড়ে", "ফুলে", "মচকে", "ফ্রাকচার", "ফ্র্যাকচার",
    "প্লাস্টার", "ঘুরে পড়", "চোট", "betha", "batha", "bhang", "vang", "kete gese", "kete geche",
    "pure", "fule", "mochke", "fracture", "plaster", "chot", "pain", "broke", "broken", "hurt",
    "swollen", "burn", "injur", "sprain", "twisted", "cut$", "ফেটে", "ফাটছে", "ফাটা", "fatse", "fete", "fata$",
    "আঘাত", "aghat", "কাটা গেছে", "কাইটা গেছে", "kata gese", "kata geche", "kaita gese", "bruise",
    # a cut or a tear ("পায়ের আঙ্গুল কাটছে", "হাত ছিড়া গেছে")
    "কাটছে", "ছিড়া গে", "ছিঁড়া গে", "ছিঁড়ে গে",
)
# A person "expired" is a death; a product "expired" is a complaint.
EXPIRED: tuple[str, ...] = (
    "expired", "expire kor", "expire hoise", "expire hoyeche", "expire করে", "expire হয়",
    # typed short ("dad expird last nite") (w37)
    "expird",
    # in Bengali script, in the respectful form that only a person takes (w20)
    "এক্সপায়ার করছেন", "এক্সপায়ার করেছেন", "এক্সপায়ার হইছেন", "এক্সপায়ার হয়েছেন", "এক্সপায়ার্ড হয়েছেন",
    "এক্সপায়ার কর", "এক্সপায়ার হয়েছেন", "এক্সপায়ার হইছেন", "এক্সপায়ার্ড",
)
# Labour pains "come up" ("বউয়ের ব্যথা উঠছে, হাসপাতালে নিয়ে গেছে"): a wife's or a daughter's is
# a birth, unless a body part has the pain ("বউয়ের বুকে ব্যথা উঠছে" is an illness).
LABOUR_PAIN: tuple[str, ...] = (
    "ব্যথা উঠ", "ব্যাথা উঠ", "ব্যথা উঠি", "betha uth", "batha uth", "betha ut", "batha ut",
    "labour pain", "labor pain", "labour pains", "labor pains",
    # ... written as said, in either script ("bouke bhorti korse, lebar pain", "লেবার পেইন উঠছে") (w162)
    "lebar pain", "লেবার পেইন", "lebar pein",
)
# Goods that came, or were sent, in another's place ("43 pathaise 42 er jaygay", "2 ta dress er
# jaygay 1 ta ashse"): the wrong thing or too few, a complaint. "er jaygay" alone may be a day
# moved ("shonibar er jaygay robibar ashbe") or a new place, so only with the goods' arrival (w66).
IN_PLACE_OF: tuple[str, ...] = ("er jaygay", "r jaygay", "er jaygai", "এর জায়গায়", "র জায়গায়")
ARRIVED: tuple[str, ...] = (
    "pathaise", "pathaisen", "pathano hoise", "ashse", "asche", "aise", "eseche", "esheche",
    "পাঠাইছে", "পাঠাইসে", "পাঠিয়েছে", "আসছে", "আইছে", "এসেছে", "gese$", "geche", "গেছে",
)
# Goods short in count or weight, told as two quantities of one measure and no word of a
# complaint: the one ordered, billed or said first, then a smaller one that came or was counted or
# weighed ("6 ta chair order dise, van e gese 5 ta", "৫ কেজি দিছি বিলে, মেপে দেখে সাড়ে ৪ কেজি",
# "parcel e 5 ta item chilo, 4 ta paise"). Each unit with its measure and its size in that measure
# (a dozen is twelve pieces); money is no such measure (a bill is another talk) (w86).
SHORT_UNITS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    # (not "pc", "piece", পিস alone: a "3pc", "৩ পিস" is a three-piece dress)
    ("piece", 1, ("টা", "ta", "টি", "ti", "pcs", "pieces", "খানা", "khana")),
    ("piece", 12, ("dozen", "ডজন", "dojon", "dozon", "dzn")),
    ("kg", 1, ("kg", "কেজি", "keji", "kilo", "কিলো")),
    ("litre", 1, ("l", "litre", "liter", "লিটার", "ltr")),
    ("yard", 1, ("গজ", "goj", "gaj", "gauj", "yard", "yards", "yd")),
    ("packet", 1, ("packet", "প্যাকেট", "pkt", "packets")),
    ("sack", 1, ("বস্তা", "bosta", "sack", "sacks")),
    ("box", 1, ("box", "বক্স", "carton", "কার্টন", "ctn")),
    ("set", 1, ("set", "সেট", "sets")),
    ("pair", 1, ("pair", "জোড়া", "jora", "pairs")),
)
# Words of the first, larger quantity: ordered, asked, said, billed, given by the shop or in the
# parcel as sent ("2 ta order korsilo", "১০ গজ বলে", "bill e 6 ta", "২৫ কেজি কইয়া", "5 ta chilo").
SHORT_SAID: tuple[str, ...] = (
    "order", "অর্ডার", "ordered", "ordr", "bolse", "bolsilo", "bolsilen", "bole$", "বলে$", "বলছে",
    "বলছিল", "বলছিলো", "বলেছিল", "chaise", "chaisilo", "chaisilen", "চাইছিল", "চাইছিলো", "চেয়েছিল",
    "kotha", "কথা", "bill", "বিল", "বিলে", "lekha", "লেখা", "kinsilo", "কিনছিল", "কিনছিলো",
    "kxiya", "কইয়া", "koiya", "দিছি", "disi", "dichi", "chilo", "ছিল", "ছিলো", "said", "billed",
    "invoice", "paid for", "label", "written",
)
# Words of the second, smaller one: it came, was found, counted or weighed ("van e gese 5 ta",
# "মেপে দেখে ৯ গজ", "gune dekhe 10 ta", "box e 20 ta paise", "was actually 4L", "got 5").
SHORT_GOT: tuple[str, ...] = (
    "mepe", "মেপে", "mape", "মাপে", "mapa", "মাপা", "maipa", "মাইপা", "gune", "গুনে", "paise",
    "পাইছে", "পাইসে", "পেয়েছে", "pailo", "পাইলো", "aise", "আসছে", "আইছে", "এসেছে", "gese$",
    "geche", "গেছে", "dise", "দিছে", "dilo", "দিলো", "দিল", "dilen", "দিলেন", "box e", "বক্সে",
    "বাক্সে", "actually", "asole", "আসলে", "got", "received", "arrived", "delivered", "only",
    # (not "came", folded like "same", nor "ashse", folded like "ache", is: "stock e 8 ta ache")
)
# ... unless the rest is to go on a day told ahead ("aj 6 ta gese, baki 4 ta kal jabe"): the shop's
# own delivery in parts (not the rest asked after: "baki 2 ta kobe jabe").
SHORT_REST: tuple[str, ...] = ("baki", "বাকি", "বাকিগুলা", "remaining", "the rest", "rest")
SHORT_LATER: tuple[str, ...] = (
    "jabe", "যাবে", "dibo", "দিবো", "দিব", "pathabo", "পাঠাবো", "asbe", "আসবে", "will go",
    "will come", "will be sent", "tomorrow", "kal", "কাল", "porshu", "পরশু",
)
SHORT_ASKED: tuple[str, ...] = ("kobe", "কবে", "when", "kokhon", "কখন", "jiggesh", "জিজ্ঞেস")

# A bill higher than agreed, told as two sums: the bill or what was taken, and a smaller sum agreed
# or quoted ("বিল আসছে ৪২ হাজার, কথা ছিল ৩৮", "bill e 1200 lekha, bolsilam 1000", "Bill came 2,800
# but we quoted 2,000"). Not a sum asked for ("1000 e dite bollo": a discount request) (w86).
BILLED: tuple[str, ...] = (
    "bill", "বিল", "বিলে", "invoice", "ইনভয়েস", "charged", "nise$", "নিছে", "nilo", "নিলো", "নিল$",
    "নিয়েছে", "took",
)
AGREED: tuple[str, ...] = (
    "kotha chilo", "কথা ছিল", "কথা ছিলো", "kotha silo", "takar kotha", "টাকার কথা", "ঠিক হইছিল",
    "ঠিক হইছিলো", "thik hoisilo", "ঠিক হয়েছিল", "bolsilam", "বলছিলাম", "বলেছিলাম", "quoted", "agreed",
    "kotha hoisilo", "কথা হইছিল",
)

# (kind, a word of one list, a word of the other, unless a word of the third is in the clause)
PAIRS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    # (not a phone's battery in a note that names the car elsewhere: "gari nosto hoy nai, phone er
    # battery sesh hoye gesilo tai call kete gese", the call cut, no car trouble) (w136)
    # (nor a wedding "fixed", ঠিক হইছে, in a note that names a bike elsewhere: "ছেলির বিয়ে ঠিক হইছে,
    # নতুন বাইক কিনে দিবে" is a match arranged, no bike put right) (w157)
    ("vehicle_trouble", VEHICLES, VEHICLE_TROUBLE, tuple(f"{phone}{of} {battery}" for phone in (
        "phone", "fon", "mobile", "ফোন", "মোবাইল") for of in ("", " er", "er", "ের", " এর", "'s") for battery in (
        "battery", "batt", "ব্যাটারি", "charge", "চার্জ")) + (
        "বিয়ে ঠিক", "বিয়া ঠিক", "বিবাহ ঠিক", "শাদি ঠিক", "biye thik", "biya thik", "bie thik", "bia thik",
        "biye fixed", "biya fixed", "shadi thik", "sadi thik")),
    ("newborn", WIFE, DELIVERY, ()),
    # (দাঁতে, in the teeth, folds like "date", so it is no body word of the illness pair)
    ("newborn", WIFE, LABOUR_PAIN, BODY + ("দাঁতে", "daate$", "dante$")),
    # (not a piece of furniture's leg: "sofa leg broken", "chair er leg bhanga" is damaged goods, w125)
    ("illness", BODY, HURT, tuple(f"{thing}{joint} {leg}" for thing in (
        "sofa", "chair", "table", "bed", "khat", "stool", "desk", "cot", "crib", "showcase", "dining",
        "সোফা", "চেয়ার", "টেবিল", "খাট", "টুল") for joint in (
        "", " er", "r", "ার", "ের", " এর", " er ekta", "ের একটা", " এর একটা") for leg in ("leg", "legs", "পা$", "পায়া", "paya"))),
    ("complaint", IN_PLACE_OF, ARRIVED, ()),
    ("bereavement", tuple(w for table in (RELATIONS, MORE_RELATIONS) for words in table.values()
                          for w in words), EXPIRED, ()),
)

# Busy cues that only say when to call next ("call back on Thursday", "pore kotha bolbo",
# "night duty koren"): in a note about an order or a price they are not a failed call.
BUSY_LATER: tuple[str, ...] = (
    "পরে কল", "পরে ফোন", "পরে কথা", "পরে দিও", "পরে দিয়েন", "কল ব্যাক", "pore call",
    "pore phone", "pore fon", "pore kotha", "pore dio", "pore diyen", "call later", "call back",
    "callback", "cal back", "later please", "will call later", "will call back", "call us later",
    "try again", "abar try", "duty$", "ডিউটি", "on duty", "night duty", "hospital duty",
    "cul bak", "cul back", "call bak",
    # free on another day: only when to call (w33)
    "ফ্রি থাকবো$", "free thakbo$", "free thakmu$", "ফ্রি থাকমু$", "free thakbe$", "ফ্রি থাকবে$",
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
    "upset", "furious", "নারাজ", "naraj", "naraz", "ক্ষুব্ধ", "khubdho", "চিল্লা$", "চিল্লাইছ", "চিল্লাইল", "চিল্লাইয়া", "চিল্লাইতে", "চিল্লাইত", "চিল্লায়", "চিল্লাচ", "চিল্লানো", "চেঁচামেচি",
    "chechamechi", "rude",
    # Chatgaiya and Noakhali (w54)
    "ক্ষেপি গে", "খেপি গে", "khepi ge", "চিল্লাইয়্যে", "চিল্লাইয়ে", "chillaiye",
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
    # "সোমবার call দিতে বলছে শুধু": only said, the word after the verb (w37)
    "বলছে শুধু", "বলেছে শুধু", "কইছে শুধু", "bolse sudhu", "bolse shudhu", "koise sudhu",
    # কয়নি, the north's and Khulna's "did not say" ("আর কিছু কয়নি") (w37)
    "আর কিছু কয়নি", "আর কিছু কয় নাই", "আর কিছু কয়নাই", "ar kisu koyni", "ar kisu koy nai", "ar kichu koy nai",
    "কোনো কথা কয়নি", "কোন কথা কয়নি",
    # "and nothing else", the clause closing the note ("সোমবারে কল দিতে কইছে, আর কিছু না") (w72)
    "আর কিছু না$", "ar kichu na$", "ar kisu na$",
)

# A pregnancy (not yet a birth) and a complication of it: the schema's "pregnancy complications"
# are an illness, so these newborn words give way to the complication ("bou pregnant, bleeding").
PREGNANCY: tuple[str, ...] = (
    "pregnant", "pregnancy", "গর্ভবতী", "প্রেগন্যান্ট", "পোয়াতি", "poyati", "সন্তানসম্ভবা",
    "অন্তঃসত্ত্বা", "expecting", "c section", "c-section", "সিজার", "sijar", "cesar", "caesar",
    # a delivery's aftermath, as a C-section's ("বোনের ডেলিভারির পর জটিলতা, আইসিইউতে") (w31)
    "ডেলিভারির",
    # a baby in her belly (w83)
    "পেটে বাচ্চা", "pete baccha", "pete bacca", "pete bachcha",
)
COMPLICATION: tuple[str, ...] = (
    "complication", "জটিলতা", "bleeding", "রক্তক্ষরণ", "রক্ত যা", "infection", "ইনফেকশন",
    "high bp", "bp high", "bp beshi", "বিপি বেশি", "pressure beshi", "প্রেশার বেশি", "খিঁচুনি",
    "eclampsia",
    # pressure high while pregnant, in any script ("প্রেশার high, hospital এ ভর্তি")
    "pressure high", "high pressure", "প্রেশার হাই", "প্রেসার হাই", "প্রেশার high", "প্রেসার high", "প্রেশার বেড়", "প্রেসার বেড়",
    "pressure bere", "bp bere", "বিপি হাই", "বিপি বেড়", "preeclampsia", "pre-eclampsia",
    # blood pressure in its formal Bengali ("অন্তঃসত্ত্বা, হঠাৎ রক্তচাপ বেড়ে গেছে") (w53)
    "রক্তচাপ বেড়", "রক্তচাপ বাড়", "রক্তচাপ বেশি", "উচ্চ রক্তচাপ",
    # ... risen in the southern dialects' বাড়ি গেছে ("প্রেসার বাড়ি গেছে") (w83)
    "প্রেসার বাড়ি", "প্রেশার বাড়ি",
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

# A person thrown from a two- or three-wheeler ("husband er accident, bike theke pore gese",
# "রিকশা থেকে পড়ে গেছেন"): beside the vehicle's trouble words ("accident"), someone was hurt, an
# illness by the schema (trial 10; "chain pore gese", a part come off, stays the vehicle's).
THROWN_FROM: tuple[str, ...] = tuple(f"{ride} {off} {fell}" for ride in (
    "bike", "motorbike", "motorcycle", "cycle", "saikel", "rickshaw", "riksha", "cng",
    "বাইক", "মোটরসাইকেল", "সাইকেল", "রিকশা", "রিক্সা", "সিএনজি") for off in (
    "theke", "thika", "theika", "থেকে", "থিকা") for fell in (
    "pore gese", "pore geche", "pore gesen", "pore gechen", "pore gelo", "pore gelen",
    "poira gese", "poira gelo", "পড়ে গেছ", "পড়ে গেল", "পইড়া গেছ", "পইড়া গেল")) + tuple(
    f"fell off {the}{ride}" for the in ("", "the ", "his ", "her ") for ride in (
        "bike", "motorbike", "motorcycle", "cycle", "bicycle", "rickshaw"))

# Words saying staff and customer did talk on this call ("kotha holo, ekhon ektu valo ache, pore
# call korbo", "Talked to her, call back Thursday"): with them, a busy cue that only says
# when to call next ("pore call", "call back") is a plan, not a call that failed (trial 12).
# (Not denied: "kotha holo na", "কথা হয়নি" are failed calls; the rule looks at the word after.)
TALKED: tuple[str, ...] = (
    "kotha holo$", "kotha hoise$", "kotha hoyeche$", "kotha hoilo$", "kotha hoyse$", "kotha hyse$",
    "কথা হলো$", "কথা হল$", "কথা হয়েছে$", "কথা হইছে$", "কথা হইলো$", "talked$", "spoke$",
    "spoke to", "spoken to",
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
    "পিস", "pc$", "piece", "kg$", "কেজি", "বস্তা", "bosta", "টাকার ব্যবস্থা", "দোকানে আস", "dokane ash",
    "dokan e ash", "shop e ash", "come to the shop", "visit the shop", "dekhte ashbe",
    "দেখতে আসবে",
    # goods coming or to be taken ("কাপড় আসবে", "দুদিন পর আসবে ব্লাউজ নিতে") (eighth round)
    "কাপড়", "kapor", "মাল$", "mal$", "নিতে$", "nite$",
    # an instalment's date ("জুম্মার পরে ফোন দিয়ে কিস্তির তারিখ ঠিক করতে হবে") (w33)
    "কিস্তি", "kisti", "installment", "instalment", "emi$",
    # a farm shop's goods: feed and vaccine coming ("সোমবারে ভ্যাকসিন আইলে জানাইতে কইছে") (w35)
    "ফিড", "feed$", "ভ্যাকসিন", "vaccine", "ভেকসিন",
    # an address to be given, a class schedule or fees asked (a coaching centre's and a courier's
    # business: "কাল ফোন দিয়ে ঠিকানা দিবে", "will call back tonight abt schedule") (w36)
    "ঠিকানা", "thikana", "address", "schedule", "শিডিউল", "routine", "রুটিন",
    # a caterer's or a sweet shop's order for a count of guests ("150 জনের জন্য জিলাপি") (w44)
    "জনের জন্য", "joner jonno", "jon er jonno", "জন এর জন্য",
    # a demo or trial class asked for at a coaching centre ("Will call back in 3 days with the slot") (w52)
    "demo class", "ডেমো ক্লাস", "trial class",
    # a samity's or an insurer's paperwork, a passbook to be updated or a premium paid ("porshu
    # passbook update korte ashbe", "আগামীকাল পাসবই আপডেট করাতে আসবে") (w69)
    "passbook", "পাসবই", "pasboi", "পাস বই", "premium", "প্রিমিয়াম", "প্রিমিয়াম",
    # coming to the shop in Sylheti and Chatgaiya ("জুম্মার পরে দোকানে আইবা", "dokan e aibo"), a
    # child's measurements to be given for a panjabi or a uniform ("নামাজের পরে আসবে মাপ দিতে") (w73)
    "দোকানে আই", "dokane ai", "dokan e ai", "মাপ দিতে", "map dite", "মাপ নিতে", "measurement",
    # a page's new collection to be shown ("বুধবার নতুন কালেকশন দেখাইতে কইসে") (w85)
    "collection", "কালেকশন", "কালেকশান",
    # a showroom's visit, goods to choose ("জুম্মার পরে শোরুমে আসবেন টাইলস পছন্দ করতে", "showroom e
    # ashbe namaz er por") (w84)
    "শোরুমে আস", "শোরুমে আই", "showroom e ash", "showroom e as", "showroom e ai", "showroome ash",
    "come to the showroom", "পছন্দ করতে", "pochondo korte", "posondo korte",
    # goods to be kept ready for the customer ("jummar por cl dite bolse, sandal ready rakhbo") (w139)
    "ready rakh", "ready kore rakh", "রেডি রাখ", "রেডি করে রাখ",
)

# Words saying someone got well ("মেয়ে ভালো হয়ে গেছে"): an illness that is over, never a
# birth or a death the n-gram model might guess from the relation word alone.
RECOVERED: tuple[str, ...] = (
    "ভালো হয়ে গেছে", "ভালো হয়ে গেছেন", "ভালো হইছে", "ভালো হয়েছে", "ভালো হয়েছেন", "সুস্থ হয়ে",
    "সেরে গেছে", "সেরে উঠেছে", "bhalo hoye geche", "valo hoye gese", "bhalo hoye gese",
    "bhalo hoise", "valo hoise", "bhalo hoyeche", "sustho hoye", "sere geche", "sere gese",
    "recovered", "got better",
)

# Both of them well, said of a mother and her baby after the birth ("Babu o ma duijonei valo ache",
# "মা-মেয়ে দুজনেই ভালো আছে"): how they are, no new birth; the model alone heard a baby in it and
# congratulated twice (trial 15). A newborn cue ("baby girl born, both fine") still decides.
BOTH_WELL: tuple[str, ...] = (
    "duijonei valo", "duijonei bhalo", "dujonei valo", "dujonei bhalo", "duijoni valo", "duzonei valo",
    "দুজনেই ভালো", "দুইজনেই ভালো", "দুজনেই ভাল$", "দুইজনেই ভাল$", "দুজনেই সুস্থ", "দুইজনেই সুস্থ",
    "duijonei sustho", "dujonei sustho", "both fine", "both are fine", "both well", "both are well",
    "both doing well", "both are doing well", "both healthy", "both are healthy",
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
