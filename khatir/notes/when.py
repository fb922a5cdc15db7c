"""The day a note asks for the next call: a pure function of the text and the call date.

"পরশু খোঁজ নিতে বলেছেন" on 19 Nov is 21 Nov; "call on Thursday" is the next Thursday
after the call; "২৫ তারিখে ফোন" is the 25th (of next month if the 25th has passed).
A day only counts when the same part of the note ties it to getting in touch (call,
phone, try, talk, khobor, jogajog, free...), so "কাল রাতে ইন্তেকাল করেছেন" or "the wedding
is on Friday" set nothing. Vague times ("ঈদের পর", "later") give None: the event's
usual delay applies.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .match import phrase_pattern
from .normalise import fold


def _either(words: tuple[str, ...]) -> str:
    """``a|b|...`` for a regex: the folded words escaped, the longest first so that it wins."""
    return "|".join(sorted({re.escape(fold(w)) for w in words}, key=len, reverse=True))


_CONTACT = phrase_pattern((
    "call", "cl$", "কল", "ফোন", "phone", "phn", "fon$", "ring", "try", "ট্রাই", "যোগাযোগ", "jogajog",
    # (sadhu bhasha's সংবাদ, news, as খবর: "চারি দিন পর সংবাদ লইতে হইবে") (w106)
    "খবর", "khobor", "khbr", "সংবাদ", "খোঁজ", "khoj", "কথা", "kotha", "talk", "speak", "contact", "reach$", "reach out",
    "জানাবে", "জানাবেন", "জানাবো", "জানাতে", "janabe", "janaben", "janabo", "janate", "let us know",
    "জানাইতে", "জানাইবেন", "জানাইবো", "জানাইবে", "janaite", "janaiben", "janaibo", "janaibe", "জানাইমু",
    "confirm$", "কনফার্ম$", "free", "ফ্রি", "ফাঁকা", "available",
    "আসতে বলছে", "আসতে বলেছে", "ashte bolse", "aste bolse", "ashte bolche", "message",
    "ashte bolsi", "আসতে বলছি", "আসতে বলেছি",  # (the staff asked them to come, w23)
    # ... in Cumilla's and Dhakaiya words ("আইডি কার্ড নিয়া আইতে কইছি"); the customer back ("৩ দিন
    # পর শেডে ফিরবো") (w35)
    "আইতে কইছি", "আইতে কইছে", "aite koisi", "aite koise", "ফিরবো", "ফিরমু", "firbo", "firmu",
    # ... and the same asked with the standard verb's "আসতে" ("বৃহস্পতিবার আসতে কইছেন", "kal ashte
    # koise") (w158)
    "আসতে কইছ", "ashte koise", "aste koise", "ashte koisi", "aste koisi",
    "update", "আপডেট", "মেসেজ", "whatsapp",
    "হোয়াটসঅ্যাপ", "dekha korbe", "দেখা করবে", "dekha hobe", "দেখা হবে", "follow up", "followup", "নক",
    "knock", "ছবি পাঠাবে", "ছবি পাঠাবেন", "ছবি পাঠাতে", "chobi pathabe", "chobi pathaben",
    "chobi pathate", "পুনরায়", "punoray", "ফাইনাল", "final", "remind", "রিমাইন্ড",
    # a call about to be made ("manager calling her today") (w51)
    "calling her", "calling him", "calling them", "calling back",
    # ... or the shop's own, with its day ("Calling tomorrow to see if fixed") (w98)
    "calling tomorrow", "calling today", "calling tonight",
    "call back", "get back to", "আবার", "abar", "again", "reconnect", "ফলোআপ", "ফলো আপ", "callback",
    "revert", "check in", "ping$", "text$", "sms", "এসএমএস", "check again", "check back",
    # texting's "hit (him) up" and a direct message on a page's inbox, asked for or promised ("hit
    # him up nxt wk", "3 din por dm dibo"; not "dm e order dise", an order that came by it) (w151)
    "hit him up", "hit her up", "hit me up", "hit them up", "hit up", "dm dibo", "dm dibe", "dm diben",
    "dm dite", "dm dio", "dm korbo", "dm korbe", "dm korte", "dm him", "dm her", "dm me",
    # a check named with its day in a sheet's shorthand ("chk sat", "chk nxt week"; not "stock
    # check", "2 soptah por check-up", "porshu check korte jabo") (w42)
    "check sat$", "check sun$", "check mon$", "check tue$", "check tues$", "check wed$", "check thu$",
    "check thurs$", "check fri$", "check saturday", "check sunday", "check monday", "check tuesday",
    "check wednesday", "check thursday", "check friday", "check tomorrow", "check today", "check next",
    # a tailor's trial or fitting is a visit to the shop ("trial শুক্রবার", "Fitting again after
    # 3 days"; not bathroom "fittings")
    "trial", "ট্রায়াল", "fitting$", "ফিটিং$",
    # coming to the shop or being back is the next contact too ("শুক্রবার দেখতে আসবেন",
    # "will come on Saturday", "back in 5 days", "Monday তে আসবে")
    "আসবেন", "আসবে$", "আসবো", "আসিবেন", "আসিবে$", "জানাইবেন", "করিবেন", "ashben", "asben", "ashbe", "asbe$", "ashbo", "asbo",
    "will come", "come on", "come to", "visit", "collect", "be back", "back in", "back on", "back after",
    # coming back and bringing the goods back are a visit too ("come back friday 11am", "will bring it
    # on the 15th", "bring it tmrw for replacement") (w147)
    "come back", "comes back", "bring it", "will bring",
    "reschedul", "ফিরিবেন", "ফিরিবে$",
    "back next",  # ("her father expired. back next week") (w40)
    # the shop to inform them on a day, in English ("inform tmrw when comes"; not a lone "→ inform",
    # which the model reads as a call asked for and nothing else: busy) (w62)
    "inform tomorrow", "inform today", "will inform",
    "ফিরবেন", "ফিরবে$", "firben", "firbe$", "in touch", "check on", "feedback", "ফিডব্যাক",
    "next order", "will order", "reorder", "re-order", "will place", "meeting", "মিটিং", "order dibe", "order diben", "অর্ডার দিবেন", "অর্ডার দিবে$",
    "order দিবেন", "বাসায় থাকবে", "basay thakbe", "will be home", "লিস্ট দিবে", "লিস্ট পাঠাবে",
    "list dibe", "list pathabe", "ashte parbe", "আসতে পারবে", "can come", "আইবা", "আইবো", "aiba", "আসবা", "ashba",
    # Barishali "will come" in the third person ("kal ferot dite aibe", "রবিবার আইবেন"), and
    # letting them know in Sylheti and Chatgaiya words ("kal jani dibo", "পরশু জানাই দিমু") (w144)
    "আইবে$", "আইবেন$", "aibe$", "aiben$", "জানি দিবো", "জানি দিমু", "জানাই দিবো", "জানাই দিমু",
    "jani dibo", "jani dimu", "janai dibo", "janai dimu",
    # Dhakaiya and Barishali "I will come" ("porshu asmu koise", "কাইল আসমু") (w79)
    "আসমু", "asmu$", "ashmu$",
    # Hindi and Urdu coming and talking, as Urdu-speaking customers say it ("mangal ko aake lega",
    # "budh ko aana hai", "agle hafte aayenge", "kal baat karenge") (w128)
    "aake$", "aa ke$", "aana hai", "aayenge", "aayega", "aaenge", "aaega", "ayenge$", "ayega$",
    "baat karenge", "baat karega", "baat karte hain",
    # sadhu and Chatgaiya "I will come" ("kalia dokan e ashibo koilo"), asking again ("kl abar
    # jigabo", "3 din por jigaio"), ordering again ("আবার অর্ডার দিবো ৭ তারিখে")
    "আসিবো", "আসিব$", "ashibo", "asibo", "জিগাবো", "জিগাইবো", "জিগাইও$", "জিগামু", "jigabo", "jigaibo",
    # (whole words: folded, jigaio is jigai, and Sylheti "আজকে জিগাইলা", they asked today, began
    # with it, w34)
    "jigaio$", "jigaiyo$", "jigamu", "জিজ্ঞেস করবো", "jiggesh korbo",
    # ... and Dhakaiya's জিগাইস with a verb of the future or the imperative ("kal ekbar jigaish
    # korbo kemon ase", "পরশু জিগাইস কইরো"; not "jigaish korse", asked already) (w161)
    "jigaish korbo", "jigaish koiro", "jigaish korio", "জিগাইস করবো", "জিগাইস কইরো", "জিগাইস করিও",
    # ... or "will want to know" how they are ("2 din por jante chaibo kemon ase", "পরশু জানতে
    # চাইবো"; first person only: "dam jante chaise" is a question already asked) (w133)
    "jante chaibo", "jante chabo", "jante chaimu", "জানতে চাইবো", "জানতে চাবো", "জানতে চাইমু",
    # ... asked of the staff in the imperative ("3 din por jiggesh koro", "তিন দিন পর জিজ্ঞেস কইরো
    # কেমন আছে"; not "jiggesh korlo", "জিজ্ঞেস করে গেছে": asked already) (w84)
    "jiggesh koro$", "jigges koro$", "jiggesh korio$", "jiggesh koiro$", "জিজ্ঞেস করো$",
    "জিজ্ঞেস কইরো$", "জিজ্ঞেস করিও$", "জিজ্ঞাসা করো$", "জিজ্ঞাসা কইরো$",
    # the same with a stray vowel ("porshu abar jiggeshe korbo") (w74)
    "jiggeshe korbo", "jigges korbo", "order dibo", "অর্ডার দিবো", "order দিবো",
    "coming in", "customer coming", "he is coming", "she is coming", "will be coming", "ফুন", "retry", "মনে করা", "mone kora", "follow up", "f/u", "ring",
    # Rangpur and Noakhali "will come" ("পরশু সকালে আইসবে"), coming to take goods ("রোববার আইয়া নিবা")
    "আইসবে$", "আইসবো$", "আইসবেন$", "আইয়া নিব", "আইসা নিব", "এসে নিব", "ese nib",
    # needing the goods again, the week's grocery order, coming on a day ("আগামী সপ্তাহে আবার লাগবে",
    # "শনিবার আবার বাজার দিবে", "coming tomorrow for the difference") (w20)
    "আবার লাগবে", "abar lagbe", "বাজার দিবে", "বাজার দিবেন", "bajar dibe", "bajar diben",
    "coming tomorrow", "coming today", "coming back",
    # the customer comes, or brings the bike in, on a day ("comes tomorrow with his brother",
    # "will bring bike Sat") (w30)
    "comes tomorrow", "comes today", "bring bike", "bring the bike", "bring his bike", "bring her bike",
    # a workshop's customer bringing the car in, towing it, picking it up ("Cx brings the car Tuesday
    # for a scan", "will tow it here tomorrow", "He'll pick up the Camry tomorrow", "পরশু আনবেন") (w57)
    "bring the car", "brings the car", "bring his car", "bring her car", "bring the gari", "brings the gari",
    "bring his gari", "bring her gari", "tow it here", "tow it in", "bring it in", "pick up the gari",
    "pick up his gari", "pick up her gari", "আনবেন", "anben$", "niye ashben", "নিয়ে আসবেন",
    # ... a motorcycle shop's customer dropping the bike off or picking it up ("will drop bike at
    # 10am", "Will pick up bike on Monday"; not a rider's "pick up the parcels", below) (w134)
    "drop bike", "drop the bike", "drop his bike", "drop her bike", "drop off the bike", "drop off bike",
    "will pick up bike", "will pick up the bike", "will pick up his bike", "will pick up her bike",
    # the customer sends the details of an order on a day ("tuesday te details dibe") (w22)
    # texting "he'll come", coming in person ("tmrw he'll come instead")
    "he'll come", "she'll come", "they'll come", "in person",
    # dropping by the shop ("Cust will drop by on Thursday to choose the cushion covers") (w24)
    "drop by", "drop in", "drops by", "stop by", "come by", "swing by", "pop in", "pop by",
    "details dibe", "details diben", "details debe", "details pathabe", "details janabe", "will send details",
    # trying again ("২৮ তারিখে আবার চেষ্টা করবো"; not "চেষ্টা করবো পাঠাতে", trying to send) (w23)
    "আবার চেষ্টা", "abar chesta", "abar cesta",
    # the customer's reply on a day ("mon e rply dbe"), hearing how they are in Noakhali's
    # words ("কাইল আবার হুনমু কেমন আছে") (w28)
    "reply", "রিপ্লাই", "হুনমু", "শুনমু", "হুনবো", "শুনবো কেমন",
    # letting them know in the Barishali, Dhakaiya and Rangpuri first person ("kal janamu", "তখন
    # জানাইম", "দাম জানামো"), the Rangpuri "will come" to the shop ("দোকানোত আসপে"; not "কাল ট্রাক
    # আসপে", a truck, nor "হাটে আসপে", to the market), ordering in the standard দেবে ("৩দিন পর
    # পোনার অর্ডার দেবে") (w32)
    "জানামু", "janamu", "জানাইম", "janaim", "জানামো", "janamo$", "জানাইমু",
    # ... and in the Chatgaiya first person ("বিষ্যুদবার দর জানাইয়ুম", "hailka janaium") (w117)
    "জানাইয়ুম$", "জানাইউম$", "janaiyum$", "janaium$",
    # the owner's apology to come, the customer bringing the goods to the shop ("কাইল সকালে মালিক
    # নিজে মাফ চাইবো", "বিকালে দোকানে আনবো") (w63)
    "মাফ চাইবো", "মাফ চাইবে", "মাফ চাইবেন", "মাফ চাইমু", "maf chaibo", "maf chaibe", "ক্ষমা চাইবো",
    "ক্ষমা চাইবে", "khoma chaibo", "দোকানে আনবো", "দোকানে আনমু", "dokane anbo", "dokane anmu",
    # letting them know and answering in two words, as a chat admin types them ("porshu exchange er
    # bepare jana dibo", "shukrobar e ans dibo", "kal janiye dibe") (w66)
    "jana dibo", "jana dibe", "jana diben", "janiye dibo", "janiye dibe", "janiye diben", "জানিয়ে দিবো",
    "জানিয়ে দিবে", "জানিয়ে দিবেন", "জানা দিবো", "answer dibo", "answer dibe", "answer diben",
    # asked to be told, voice-typed in the western and southern dialects' জানায় ("রবিবার রাতে একবার
    # জানায় দিতে বললেন", "janiye dite bolse") (w80)
    "জানিয়ে দিতে", "জানায় দিতে", "জানাই দিতে", "জানাইয়া দিতে", "জানায়া দিতে", "janiye dite", "janay dite",
    "janaiya dite",
    "দোকানোত আস", "দোকানোত আইস", "দোকানে আসপে", "dokane aspe", "dokane ashpe", "dokanot as",
    # ... and Khulna and Jessore's future in -নে, "will come" ("রবিবার শাড়ি দেখতি আসপেনে", "kal
    # aspene"; whole, and a thing's coming is kept out as আসবে's is: "মাল আসপেনে") (w123)
    "আসপেনে$", "আসপানে$", "aspene$", "ashpene$", "aspane$", "ashpane$",
    "অর্ডার দেবে$", "অর্ডার দেবেন", "order debe$", "order deben",
    # Noakhali and Dhakaiya "I'll let you know" ("আনায়া বুধবারে জানামু"), the staff going to see
    # the customer ("সোমবার আমি নিজে গিয়ে দেখা করবো") (w33)
    "দেখা করবো", "দেখা করব$", "dekha korbo", "dekha korte jabo",
    # a field officer's home visit in the first person, an email to send ("বৃহস্পতিবার বাড়ি যাবো",
    # "5 din por bari jaimu", "kal email korbo"), as a microcredit or an insurance desk keeps in
    # touch (w69)
    "বাড়ি যাবো", "বাড়িতে যাবো", "বাড়ি যামু", "বাড়ি যাইমু", "বাসায় যাবো", "বাসায় যামু", "bari jabo",
    "barite jabo", "bari jamu", "bari jaimu", "basay jabo", "basay jamu", "email korbo", "email করবো",
    "email pathabo", "email পাঠাবো", "mail korbo", "ইমেইল করবো", "ইমেইল পাঠাবো",
    # the customer at the office for it ("সোমবার কার্ড নিয়ে যাবো, অফিসে থাকবেন"; not "lok
    # pathabo", a man sent, which w35 labels no call-back) (w68)
    "অফিসে থাকবেন", "office e thakben", "ofc e thakben",
    # checking back in SMS shorthand ("chk back tmrw", "will chk on him") (w33)
    "chk back", "chk on", "chk in", "chek back",
    # asking again, in shorthand ("ask agn day aftr tmrw", "chk agn tmrw") (w37)
    "ask again", "ask agn", "chk again", "chk agn", "check agn",
    # reminding ("tokhon ekbar mone koriye dite bollen") (w33)
    "mone koriye", "mone koraye", "মনে করিয়ে", "মনে করায়ে", "মনে করাই", "mone korai",
    # the customer wants the goods replaced on a day ("শনিবার replace চায়", "robibar replace chai"),
    # brings them in ("রবিবার আনবে") (w33)
    "replace চায়", "replace chai", "replace chay", "রিপ্লেস চায়", "আনবে$", "anbe$",
    # Sylheti "I'll let you know" ("সোমবার ভরির দাম জানাইয়া দিমু"), coming to exchange the goods
    # ("কাইল আইয়া বদলাইবা", "রবিবার আইসা বদলাবে"), bringing them back ("shonibar ferot dibe"),
    # being back ("3 দিন পর ফিরবো বলছে"); "coming" folds as "sming" ("coming to shop after 3
    # days", "coming on Saturday") (w34)
    "জানাইয়া দিমু", "জানাইয়া দিবো", "জানাইয়া দিব$", "janaiya dimu", "janaia dimu", "janaiya dibo",
    "আইয়া বদলা", "আইসা বদলা", "এসে বদলা", "aiya bodla", "aisa bodla", "ese bodla", "ashe bodla",
    "ferot dibe$", "ferot diben", "ফেরত দিবে$", "ফেরত দিবেন", "ferot dite ash", "ফেরত দিতে আস",
    "ফিরবো$", "firbo$", "coming to shop", "coming to the shop", "coming on$", "coming after",
    # ... at the shop in the first person ("মঙ্গলবার দোকানে ফেরত দিবো"), sent back by courier
    # ("2 din por courier e ferot pathabe"; not an exchange "by Friday", which other writers
    # label no call-back) (w39)
    "দোকানে ফেরত দি", "dokane ferot di", "দোকানে আইসা ফেরত", "দোকানে এসে ফেরত", "ferot pathabe$",
    "ফেরত পাঠাবে$", "ফেরত পাঠাইবে$", "ferot pathaibe$",
    # giving the price asked for ("ইঞ্জিনের দাম জিগাইলো, বৃহস্পতিবার price দিমু"; not "দাম দিবে", paying)
    "price দিমু", "price দিবো", "price dimu", "price dibo", "rate দিমু", "rate দিবো", "rate dimu",
    "rate dibo", "রেট দিমু", "রেট দিবো", "quote dibo", "quote দিবো",
    # ... or told ("sketch pathabe porshu, tokhon price bolbo") (w85)
    "price bolbo", "price bolmu", "price বলবো", "price বলমু", "dam bolbo", "dam bolmu", "দাম বলবো",
    "দাম বলমু", "rate bolbo", "রেট বলবো",
    # an office's English: getting back, touching base, a buzz, chasing, revisiting the bill; the
    # shop's technician sent on a day ("get back by tues", "touch base with the office manager on
    # Monday", "give her a buzz on Sunday", "chase UN office ... in 5 days", "kal technician
    # pathabo") (w38)
    "get back by", "get back on", "get back in", "touch base", "a buzz", "chase", "revisit",
    "technician pathabo", "technician pathabe", "technician pathano hobe", "technician jabe",
    "send technician", "send a technician", "send the technician", "টেকনিশিয়ান পাঠাবো",
    "টেকনিশিয়ান পাঠাবে", "mistri pathabo", "মিস্ত্রি পাঠাবো",
    # ... in the Dhakaiya first person, a "tech" for short ("পরশু মিস্ত্রি পাঠামু", "will send a
    # tech day after tomorrow"; not "টেকনিশিয়ান যাবে", which w10 labels no call-back and w70 one) (w70)
    "টেকনিশিয়ান পাঠামু", "মিস্ত্রি পাঠামু", "mistri pathamu", "technician pathamu",
    "send a tech$", "send the tech$", "send tech$",
    # ... or the shop going to look on a day ("পরশু সাইটে গিয়া দেখমু"; whole: folded, দেখবো begins
    # দেখবে, the customer's own visit "শনিবার দোকানে গিয়ে দেখবে"; not "লোক পাঠাবো", which w35 labels
    # no call-back) (w139)
    "গিয়ে দেখবো$", "গিয়া দেখমু$", "গিয়ে দেখমু$", "গিয়া দেখবো$", "giye dekhbo$", "giya dekhmu$",
    "gie dekhbo$", "giye dekhmu$",
    # ... and the details asked for, in the first person ("Sunday তে details দিমু"); a photo to
    # come in the dialects' পাঠাইবো, পাঠামু ("কাইলকা ছবি পাঠাইবো") (w39)
    "details দিমু", "details দিবো", "details dimu", "details dibo", "ডিটেইলস দিমু", "ডিটেইলস দিবো",
    # ... or sent ("kalki details পাঠাবো") (w70)
    "details পাঠাবো", "details পাঠামু", "details pathabo", "details pathamu", "ডিটেইলস পাঠাবো",
    "ছবি পাঠাইবো", "ছবি পাঠাইবে", "ছবি পাঠাইবেন", "ছবি পাঠামু", "ছবি পাঠাবো", "chobi pathaibo",
    "chobi pathaibe", "chobi pathamu", "chobi pathabo",
    # the parcel's tracking number to give, a tailor's or a printer's new sample to show ("আগামীকাল
    # ট্র্যাকিং নাম্বার দিব", "তিন দিন পরে নতুন স্যাম্পল দেখাবো"; not "tracking number দিছি", given) (w79)
    "tracking dibo", "tracking dimu", "tracking no dibo", "tracking number dibo", "tracking number দিবো",
    "tracking number pathabo", "tracking pathabo", "ট্র্যাকিং নাম্বার দিব", "ট্র্যাকিং নম্বর দিব",
    "ট্র্যাকিং দিব", "ট্র্যাকিং নাম্বার পাঠাবো", "ট্র্যাকিং নম্বর পাঠাবো", "sample dekhabo", "sample dekhamu",
    "sample দেখাবো", "স্যাম্পল দেখাবো", "স্যাম্পল দেখামু", "স্যাম্পল দেখাব$", "নমুনা দেখাবো",
    # a return picked up on a day, the page's inbox knocked, the customer informed ("sombar return
    # pickup", "20 e nock dite bolse", "Inform her day after tomorrow"; not the shop's technician,
    # the goods changed or the staff going to look on a day, "পরশু টেকনিশিয়ান যাবে", "আজই বদলাইয়া
    # দিমু", "কাল সকালে দেখতে যাবো", which other writers label no call-back) (w159)
    "return pickup", "nock dite",
    "nock dibe", "nock dio", "nock korbe", "inform her", "inform him", "inform the customer",
    # meeting, a talk set for a day ("meet Tuesday at our studio", "discuss Sunday"), a flat's
    # viewing (the tenant comes to see it: "viewing porshu korbe"), a quotation given as a
    # quote is ("porshu quotation dibo") (w40)
    "meet$", "meet up", "discuss$", "viewing$", "quotation dibo", "quotation দিবো", "quotation dimu",
    "quotation দিমু", "কোটেশন দিবো", "কোটেশন দিমু",
    # ... or sending it ("kalkei suiting er rate pathabo", "send rate tomorrow"); having to ask
    # ("next week jigaite hobe") (w41)
    "rate pathabo", "rate pathamu", "rate pathiye", "রেট পাঠাবো", "রেট পাঠামু", "দাম পাঠাবো", "send rate",
    "send the rate", "send price", "send the price", "jigaite hobe", "জিগাইতে হবে", "jiggesh korte hobe",
    "জিজ্ঞেস করতে হবে",
    # ... or the information or the designs asked for ("কাল army camp এর info দিবো", "২ দিন পর বাকি
    # design দিবো") (w44)
    "info দিবো", "info দিমু", "info dibo", "info dimu", "info pathabo", "info পাঠাবো", "design দিবো",
    "design দিমু", "design dibo", "design dimu", "design pathabo", "design পাঠাবো", "ডিজাইন দিবো",
    "ডিজাইন পাঠাবো",
    # ... or the quotation or a report sent, the purchase order given, an order confirmed, back at
    # the office ("আজ সন্ধ্যায় quotation পাঠাবো", "Lab report dibe Sunday", "রবিবার PO দিবে", "৩ দিন
    # পরে নিশ্চিত করবেন", "পরশু office join করবে"; not the shop's man sent, "porshu lok pathabo",
    # which w35 labels no call-back and w48 a call-back, nor a pupil who "will rejoin from sunday";
    # not "কোটেশন পাঠাবো": in w6's "কালো রঙ। কোটেশন পাঠাবো" কালো, black, folds as কাল) (w48)
    "quotation pathabo", "quotation পাঠাবো", "quotation pathamu", "send quotation",
    "send the quotation", "report pathabe", "report পাঠাবে", "রিপোর্ট পাঠাবে", "report dibe$",
    "report দিবে$", "po dibe$", "po দিবে$", "পিও দিবে$", "po diben", "po দিবেন", "নিশ্চিত করবেন",
    "নিশ্চিত করবে$", "confirm korben", "confirm করবেন", "confirm korbe$", "confirm করবে$", "join করবে",
    "join korbe", "জয়েন করবে",
    # ... or an email to be sent in two words, the goods to be picked up at the shop, told politely
    # ("aj sondhay email kore dibo", "উনি pick up করবেন", "will pick up tmrw after office"; not
    # "pickup korbe", which w35 and w55 label no call-back, nor "will decide", w6's, nor "will
    # pick up" something: a courier's rider does, "Rider will pick up the parcels tomorrow", w57) (w82)
    "email kore dibo", "email kore dimu", "email করে দিবো", "mail kore dibo", "ইমেইল করে দিবো",
    "pickup korben", "pick up korben", "pickup করবেন", "pick up করবেন", "পিকআপ করবেন",
    "will pick up tmrw", "will pick up tomorrow", "will pick up today", "will pick up tonight",
    "will pick up on", "will pick up by", "will pick up after", "will pick up next", "will pick up this",
    # ... the bill's account shown, someone sent by the customer to take the goods ("কাইল হিসাব
    # দেখাবো", "চুড়ি নিতে লোক পাঠাবেন"; not the shop's "lok pathabo", above) (w82)
    "হিসাব দেখাবো", "হিসাব দেখামু", "hisab dekhabo", "hishab dekhabo", "hisab dekhamu",
    "নিতে লোক পাঠাবে", "nite lok pathabe", "nite lok pathaben",
    # a puja's or a shraddho's list of goods, its ফর্দ, to come on a day ("শনিবার ফর্দ দিবে") (w82)
    "ফর্দ দিবে", "ফর্দ দিবেন", "ফর্দ পাঠাবে", "ফর্দ পাঠাবেন", "fordo dibe", "fordo pathabe",
    # the shop's own replacement or exchange promised for a day, as a page's admin types it
    # ("mongolbar replace dimu", "সোমবার exchange korbo", "কাল replace দিবো"): the next contact, as
    # "price dimu"; not the customer's wish alone ("exchange কাল", "wants an exchange by Friday"),
    # which w10 and w12 label no call-back, nor one done ("replace dise gotokal") (w85)
    "replace dimu", "replace dibo", "replace দিমু", "replace দিবো", "রিপ্লেস দিমু", "রিপ্লেস দিবো",
    "replace kore dimu", "replace kore dibo", "replace করে দিবো", "replace করে দিমু", "exchange korbo",
    "exchange kormu", "exchange করবো", "exchange করমু", "এক্সচেঞ্জ করবো",
    "exchange kore dibo", "exchange kore dimu", "exchange করে দিবো", "এক্সচেঞ্জ করে দিবো",
    # ... and the goods sent new again ("৩ দিন পরে নতুন করে পাঠাবো", "kal notun kore pathabo"):
    # the shop's first person only, as above (w138)
    "notun kore pathabo", "notun kore pathamu", "নতুন করে পাঠাবো", "নতুন করে পাঠাব$", "নতুন কইরা পাঠামু",
    # ... or its price list sent, its new collection shown ("robibar price list pathabo", "wednesday
    # list pathabo", "বুধবার নতুন কালেকশন দেখাইতে কইসে"), as the rate or a sample is (w85)
    "list pathabo", "list pathamu", "list পাঠাবো", "list পাঠামু", "লিস্ট পাঠাবো", "লিস্ট পাঠামু",
    "collection dekhabo", "collection dekhamu", "collection dekhaite", "collection dekhate",
    "collection দেখাবো", "কালেকশন দেখাবো", "কালেকশন দেখামু", "কালেকশন দেখাইতে", "কালেকশন দেখাতে",
    # the shop's own correction promised for a day, as its replacement is ("কাল ঠিক করে দিব",
    # "mongolbar thik kore pathabo", "মঙ্গলবার ঠিক কইরা দিমু"), a printer's proof or a salesman's
    # demo shown, a sample taken along ("porshu proof dekhabo", "sombar demo dibo", "৩ দিন পর
    # স্যাম্পল নিয়ে যাব"), as a sample shown is (w101)
    "ঠিক করে দিব", "ঠিক করে দিমু", "ঠিক কইরা দিব", "ঠিক কইরা দিমু", "ঠিক করে পাঠাব", "ঠিক কইরা পাঠামু",
    "thik kore dibo", "thik kore dimu", "thik kore pathabo", "thik kore pathamu", "thik koira dimu",
    "proof dekhabo", "proof dekhamu", "proof দেখাবো", "প্রুফ দেখাবো", "demo dibo", "demo dimu",
    "demo দিবো", "ডেমো দিবো", "sample niye jabo", "sample niye jamu", "স্যাম্পল নিয়ে যাব",
    "স্যাম্পল নিয়া যামু", "sample নিয়ে যাব",
    # ... and in Rangpur's first person in -মো ("কাইল replace দিমো", "পরশু ঠিক করি দিমো"), as -মু
    # above; with its noun only: দিমো alone folds like ডিম, an egg (w126)
    "replace দিমো", "replace dimo", "রিপ্লেস দিমো", "exchange করমো", "exchange kormo", "এক্সচেঞ্জ করমো",
    "ঠিক করি দিমো", "ঠিক করে দিমো", "ঠিক কইরা দিমো", "thik kori dimo", "thik kore dimo",
    # ... the shop's money given back on a day ("শুক্রবার টাকা ফেরত দিব", "will refund when she
    # comes this evening"): the shop's first person only; not "ferot dibe", the customer bringing
    # the goods back, which has its own entry, nor the replacement sent or exchanged in Bengali
    # ("kal replace pathabo", "আজই বদলাইয়া দিমু"), which w10 and w55 label no call-back; the
    # Rangpuri mechanic sent ("কাল মিস্ত্রি পাঠামো"), as পাঠামু; asking in jiggasha's spelling
    # ("robibar e jiggasha korbo"), as jiggesh korbo (w146)
    "টাকা ফেরত দিমু", "টাকা ফেরত দিবো", "টাকা ফেরত দিব$", "taka ferot dibo", "taka ferot dimu",
    "refund dibo", "refund dimu", "refund দিবো", "refund দিমু", "refund korbo", "refund করবো",
    "রিফান্ড দিবো", "রিফান্ড করবো", "will refund",
    "মিস্ত্রি পাঠামো", "mistri pathamo", "টেকনিশিয়ান পাঠামো", "technician pathamo",
    "jiggasha korbo", "jiggasa korbo", "jigasha korbo", "জিজ্ঞাসা করবো", "জিজ্ঞাসা করব$",
))
# The words of a call or message itself (not a visit, being free or ordering): when one clause
# asks for a call and another says when they come ("shonibar dokane ashbe ... shukrobar
# remind dite bolse"), the call's day is the callback.
_CALL = phrase_pattern((
    "call", "cl$", "কল", "ফোন", "phone", "phn", "fon$", "ring", "try", "ট্রাই", "যোগাযোগ", "jogajog",
    "খবর", "khobor", "khbr", "সংবাদ", "খোঁজ", "khoj", "remind", "রিমাইন্ড", "follow up", "followup", "f/u",
    "call back", "ফুন", "retry", "নক", "knock", "message", "মেসেজ", "contact", "callback", "revert",
    "ping$", "text$", "sms",
))
# "call diben na", "ফোন দিয়েন না", "kol koiren na": a word of calling, a verb asking for it, "না"
# (every spelling staff use: the F9 "aj call diben na, kal call dite bolse" of the third trial).
_CALL_WORDS = ("call", "কল", "ফোন", "phone", "fon", "phn")


def _calls_denied(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """A word of calling, one of ``verbs``, then "না", in every pairing."""
    return tuple(f"{call} {verb} {no}" for call in _CALL_WORDS for verb in verbs for no in ("na", "না"))


_CALL_NOT = _calls_denied(("dio", "diyo", "dien", "diyen", "diben", "dibe", "din", "korben", "korio",
                           "koiro", "koiren", "koren", "koro", "দিও", "দিয়ো", "দিয়েন", "দিবেন",
                           "দিবে", "দেন", "দিন", "করবেন", "করিও", "করো", "করেন", "কইরেন"))
# The staff's own "I won't call" ("kulkhani bishudbar, oi din call korbo na, pore", "শুক্রবার ফোন দিব
# না"): a day next to it is when not to call, as with the customer's "call dio na" (w75)
_CALL_MINE_NOT = _calls_denied(("dibo", "dib", "korbo", "korb", "দিব", "দিবো", "করব", "করবো"))
# Not that day either ("ekhon parbe na bolse, kal o na, porshu dhorte"): not free then (w52)
_NOT_EITHER = ("kal o na$", "kalke o na$", "kaal o na$", "কাল ও না$", "aj o na$", "ajke o na$", "আজ ও না$")
_NOT_EITHER_DAY = phrase_pattern(_NOT_EITHER)
# A phone or a call, in a word: the word a day is named for ("রবিবারে ফোন দিলে"), or denied at a
# clause's end, or a call already made after it ("আজকে ফোন দিলাম").
_PHONE_OR_CALL = frozenset(fold(w) for w in ("phone", "ফোন", "fon", "call", "কল"))
# No call that day, told short at a clause's end ("কাল ফোন না, আগামী সপ্তাহে ফোন দিতে বললেন"; not "কাল
# ফোন না দিয়ে পরশু দিতে", where the day after names the call) (w56)
_NO_CALL_END = re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(map(re.escape, _PHONE_OR_CALL))) + r") na\s*$")
# "Don't call today": a day next to these is when not to call.
_NO_CALL = phrase_pattern((
    "don't call", "do not call", "dont call", "no call", "call korben na", "call dio na",
    # asked not to be called ("cx asked not to call the main no after 10pm") (w42)
    "not to call", "never to call",
    "ফোন দিবেন না", "ফোন দিও না", "কল দিও না", "কল দিবেন না", "phone dio na", "fon dio na", *_CALL_NOT,
    *_CALL_MINE_NOT,
    "ashbe na", "asbe na", "ashben na", "আসবে না", "আসবেন না", "আসতে পারবে না", "আসতে পারবেন না",
    "won't come", "will not come", "can't come", "cannot come", "couldn't come", "could not come", "parbe na", "parben na", "parbena",
    "parbona", "পারবেনা", "chay na", "চায় না", "kotha hobe na", "কথা হবে না",
    # Sylhet's and the south's "will not be" ("আজ কোন কথা অইতো নায়", "কথা হইবো না") (w50)
    "কথা অইতো নায়", "কথা অইতো না", "কথা অইবো না", "কথা হইবো না", "কথা হইব না", "kotha hoibo na",
    "kotha oibo na", "chay nai", "chaynai", "chayni", "চায় নাই",
    "চায়নি", "chailo na", "চাইলো না", "kotha bola jabe na", "কথা বলা যাবে না",
    "পারবে না", "পারবেন না", "can't talk", "cannot talk", "আসেননি", "আসেন নাই", "didn't come",
    "order dibe na", "অর্ডার দিবে না", "order দিবে না", "won't order", "will not order",
    *_NOT_EITHER,
    # not free then ("ajke free na, porshu sokale"): not that day
    "free na$", "ফ্রি না$", "free nai", "ফ্রি নাই", "free thakbe na", "free hobe na", "not free",
    # better not to talk of it today ("আজকে order এর কথা না বলাই ভালো", in mourning) (w23)
    "কথা না বলা", "kotha na bola", "kotha na bolai",
    # no mood to talk today ("আজ কথা বলার মুড নাই, পরে ফোন দিতে"): not today (probe 3)
    "মুড নাই", "মুড নেই", "mood nai", "mood nei", "no mood", "not in the mood",
    # cannot come for the goods that day ("cant collect the paints today") (w38)
    "cant collect", "can't collect", "cannot collect", "can not collect",
    # the dialects' "won't come" ("মাল আজ আইবো না": not today) (w39)
    "আইবো না", "আইবে না", "আইবেন না", "আসবো না", "aibo na", "aibe na", "aiben na", "ashbo na",
    # ... and the Dhakaiya first person ("kal asmu na") (w79)
    "আসমু না", "asmu na", "ashmu na",
    # no order that day, said to them ("কাল order দিবেন না"); not right to talk of it today, in
    # mourning ("aj order er kotha bola thik hobe na") (w40)
    "order diben na", "order দিবেন না", "অর্ডার দিবেন না", "kotha bola thik hobe na",
    "কথা বলা ঠিক হবে না", "kotha bola thik na", "কথা বলা ঠিক না",
    # the staff will not talk of it that day, in mourning ("কাল কথা বলবো না, পরে") (w51)
    "কথা বলবো না", "কথা বলব না", "kotha bolbo na", "kotha bolbona",
    # no more tries that day, the owner's word to the staff ("number busy, ar try korbo na aj"), the
    # customer who will not talk then ("Won't talk today") (w84)
    "try korbo na", "try korba na", "ট্রাই করবো না", "ট্রাই করবা না", "won't talk", "will not talk",
))
# Asking for no call at all ("Don't call for the sweets promo"), not "can't come this week".
_DONT_CALL = phrase_pattern((
    "don't call", "do not call", "dont call", "no call", "call korben na", "call dio na",
    # asked not to be called ("cx asked not to call the main no after 10pm") (w42)
    "not to call", "never to call",
    "ফোন দিবেন না", "ফোন দিও না", "কল দিও না", "কল দিবেন না", "phone dio na", "fon dio na", *_CALL_NOT,
    # no need to call ("কাল ট্রাক আসপে মাল নিতে, ফোন দিতি হবে না") (w28)
    "ফোন দিতে হবে না", "ফোন দিতি হবে না", "কল দিতে হবে না", "কল দিতি হবে না", "phone dite hobe na",
    "call dite hobe na", "no need to call",
    # "call er dorkar nai" (no need to call: "3 din por sample pathate, call er dorkar nai") (w29)
    "call er dorkar nai", "call er dorkar nei", "call er dorkar na", "ফোনের দরকার নাই", "কলের দরকার নাই",
    "ফোন করার দরকার নাই", "ফোন দেওয়ার দরকার নাই", "phone er dorkar nai", "fon er dorkar nai",
))
# ... unless they say until when: "Don't call before Wednesday".
_UNTIL = phrase_pattern(("before", "until", "till", "er age", "এর আগে", "আগে$", "porjonto",
                         "পর্যন্ত"))
# Words that make a near "কাল"/"aj" mean the past: "kal theke jor", "কাল রাতে মারা গেছেন".
_SINCE = phrase_pattern(("theke$", "থেকে$", "since", "from$", "ago$", "আগে$", "age$"))
_FREE = phrase_pattern(("free", "ফ্রি", "ফাঁকা", "available", "অবসর"))
# A verb in the past perfect soon after "কাল" ("কাল যে অর্ডার দিছিল", "kaal ja bolsilam"): folded,
# it ends in "sil", "silam", "silen" (ছিল, chilo); not a pencil.
_PAST_PERFECT = re.compile(r"[a-z]{2,}(?:sil|silam|silen|sile)")
_NOT_PAST_PERFECT = frozenset({"pensil", "kaunsil"})
# "15 তারিখের মধ্যে", "22 tarikh er por", "before the 20th": a bound, not the day of a call.
_BOUND = phrase_pattern(("er modhe", "এর মধ্যে", "er moddhe", "er age", "er por", "এর আগে",
                         "এর পর", "মধ্যে", "modhe", "er vitore", "by then"))

# A day next to these is about something else, or already past: not a callback.
_OTHER = phrase_pattern((
    "বিয়ে", "biye", "wedding", "engagement", "holud", "হলুদ", "অপারেশন", "operation", "surgery",
    "সিজার", "cesar", "c section", "c-section", "delivered", "born$", "delivery", "ডেলিভারি",
    "parcel", "পার্সেল", "কুলখানি", "kulkhani", "জানাজা", "funeral",
    "janaja", "janaza", "exam", "porikkha", "পরীক্ষা", "program", "প্রোগ্রাম", "party", "পার্টি",
    "হইছে", "হয়েছে", "hoise", "hoyeche", "হইছিল", "ছিল", "chilo", "silo", "গেছে", "gese", "geche",
    "করছে", "korse", "করেছে", "koreche", "পাঠাইছে", "pathaise", "পাইছে", "paise", "died", "was$",
    "had$", "theke", "থেকে", "since", "gotokal", "গতকাল", "yesterday", "passed", "expired",
    "ইন্তেকাল", "intekal", "মারা", "mara$", "চল্লিশা", "chollisha", "মিলাদ", "milad", "কবর", "kobor",
    "last$", "গত$", "goto$", "broke$", "funeral", "burial", "দাফন", "dafon", "শ্রাদ্ধ", "pause",
    "stent", "এনজিওগ্রাম", "angiogram", "ডায়ালাইসিস", "dialysis", "কেমো", "chemo", "বায়োপসি", "biopsy", "happened", "hoisilo", "হয়েছিল", "ছিলাম", "chilam", "silam", "দিলাম", "dilam", "called$", "phoned",
    "born$", "জন্ম",
    # Hindi's and Urdu's past ("ammi ka inteqal parso hua": parso is also the day before
    # yesterday) and their words for a death (w128)
    "hua$", "hui$", "hue$", "wafat", "inteqal",
    # the shop's day off ("told him Friday is our off day") (w23)
    "off day", "offday", "অফ ডে",
))

# Words after a word of getting in touch that make it a call already made or not made.
_PAST = frozenset(fold(w) for w in (
    "korse", "korsi", "korsilam", "korchilam", "korlam", "korlo", "korlen", "korechi", "koreche",
    "korechen", "korechilam", "korsen", "dise", "disi", "dilam", "dilo", "dilen", "dichilam",
    "disilam", "dichi", "disen", "diyeche", "diyechi", "diyechen", "diyechilam", "hoy nai", "hoyni",
    "hoise", "hoyeche", "hoilo", "holo", "hyse", "korini", "koreni", "dhore nai", "dhoreni",
    "করছি", "করলাম", "করলো", "করলেন", "করেছি", "করেছে", "করেছেন", "করেছিলাম", "করছিলাম", "দিছে",
    "দিছি", "দিলাম", "দিলো", "দিল", "দিলেন", "দিছিলাম", "দিয়েছি", "দিয়েছে", "দিয়েছেন",
    "দিয়েছিলাম", "হয় নাই", "হয়নি", "হইছে", "হয়েছে", "হইলো", "হলো", "হল", "করিনি", "করেনি",
    "tried", "was", "were", "did", "done", "শুনে", "শুনলাম", "শুনছি", "shune", "heard",
    # called and said, called and told ("kal rat e fon kore bollo tar shashuri mara gesen") (w41)
    "kore bollo", "করে বললো", "kore janalo", "করে জানালো", "কইরা কইলো", "koira koilo",
    # the western districts' হইনি (did not happen: "aaj kono kotha hoini") (w43)
    "hoini", "হইনি", "hoi ni",
))
# Right after a word of getting in touch, the phone's state: "ফোন বন্ধ", "phone off", "ফোন ধরে নাই".
_STATE = frozenset(fold(w) for w in (
    "bondho", "বন্ধ", "off", "switched", "busy", "ব্যস্ত", "dhore", "ধরে", "ধরেনি", "dhoreni", "tule",
    "তুলে", "তুলছেন", "receive", "রিসিভ", "unreachable", "not",
    # the past tense of picking up ("আজ আর phone ধরলো না", "aj phone dhorlo na": not today's
    # call-back) (w44)
    "ধরলো", "ধরল", "ধরলেন", "ধরলোনা", "dhorlo", "dhorlen", "dhorlona", "তুললো", "তুললেন", "tullo", "tullen",
))
# Words before "phone" that make it the handset ("on his old phone", "নতুন ফোন গিফট"), and after it
# ("phone ta service kore dite hobe").
_DEVICE = frozenset(fold(w) for w in ("old", "new", "his", "her", "my", "their", "notun", "নতুন", "puran",
                                      "purano", "পুরান", "পুরানো", "mobile", "মোবাইল", "smart"))
_DEVICE_AFTER = frozenset(fold(w) for w in ("ta", "টা", "ti", "টি", "set", "সেট"))
_PHONE = frozenset(fold(w) for w in ("phone", "ফোন", "fon"))
_FREE_OR_FRI = fold("fri")
_CHASE = fold("chase")
_DONT = frozenset(fold(w) for w in ("not", "never", "no"))  # (folded, "don't" ends in "nt", as "not")
# "free" before what the shop gives at no cost ("she wants free replacemnt", "free servicing"):
# no cost, not being free to talk (w33)
_AT_NO_COST = frozenset(fold(w) for w in (
    "replacement", "replacemnt", "replace", "repair", "service", "servicing", "delivery", "of",
    "checkup", "check-up", "installation", "fitting", "test", "sample", "gift", "ফ্রি", "রিপ্লেসমেন্ট",
    "সার্ভিস", "সার্ভিসিং", "ডেলিভারি", "চেকআপ", "টেস্ট"))
_BEFORE_A_DAY = frozenset(fold(w) for w in ("on", "by", "this", "next", "till", "until", "before", "after"))
_CONFIRM = frozenset(fold(w) for w in ("confirm", "কনফার্ম"))
_ORDER = frozenset(fold(w) for w in ("order", "ordr", "অর্ডার"))
_PARCEL = frozenset(fold(w) for w in ("delivery", "ডেলিভারি", "parcel", "পার্সেল", "courier", "কুরিয়ার"))
# "কাল এসে বদলাবে", "২০ তারিখে দোকানে এসে টাকা দিবে": coming to do something is a visit to come.
# (up to three words between: "সোমবার দোকানে এসে টিভির কাগজ নিয়ে যাবেন", "৩ দিন পর এসে বাকি টাকা
# পরিশোধ করবেন", w24)
# ... and its sadhu আসিয়া ("সোমবার আসিয়া ঔষধ লইয়া যাইবেন") (w58)
# ... and Dhakaiya আইসা, a count between, "I'll do" folded short ("এশার পর আইসা আরো ২ শিশি নিবেন",
# "সন্ধ্যায় আইসা আতর টেস্ট করবো", "আইসা দুই হাঁড়ি নিবো": করবো, নিবো, দিবো, যাবো fold as "krb", "nib",
# "dib", "jab") (w63)
# ... and Barishali and Noakhali আইয়া ("রবিবার দোকানে আইয়া টাইলস বাছাই করবো") (w144)
# ... and the going back asked of them ("পরশু আইসা দেখি যাইতে কইছেন", "kal ese niye jete bolse") (w158)
_COME_AND_DO = re.compile(r"(?<![a-z0-9])(?:ese|asiya|aisa|aiya) (?:[a-z0-9]+ ){0,3}(?:[a-z]+(?:be|ben|bo|mu)|krb|nib|dib|jab"
                          r"|(?:jete|jaite) (?:bl|kxi|ki)[a-z]*)(?![a-z0-9])")
# "আবার", "again" ask for contact alone or before one of these ("abar dibo", "again tmrw").
# Words before "খবর" that make it news, not finding out: "খুশির খবর", "kharap khobor".
_NEWS = frozenset(fold(w) for w in ("খুশির", "khushir", "ভালো", "bhalo", "valo", "খারাপ", "kharap",
                                    "দুঃখের", "dukkher", "মন খারাপের", "শোকের", "shoker", "good", "bad",
                                    # the formal sad and glad news ("দুঃখজনক সংবাদ: ... ইন্তেকাল
                                    # করিয়াছেন", "শুভ সংবাদ"), as "দুঃখের খবর" (w106)
                                    "দুঃখজনক", "dukkhojonok", "শুভ", "shubho"))
# Things that arrive rather than people who visit: "lash ashbe kal" (the body comes home), "mal ashbe".
# News that came ("কাল রাতে খবর আসছে", "khobor paise"): heard, not a call asked for (w21).
_NEWS_CAME = frozenset(fold(w) for w in ("আসছে", "আইছে", "আসলো", "আসল", "পাইছে", "পাইলাম", "পেয়েছে",
                                         "পেলাম", "ashse", "aise", "ashlo", "pelo", "pailo"))
_KHOBOR = frozenset(fold(w) for w in ("খবর", "khobor", "সংবাদ"))
# "baad" (after) folds like "bad" (news): after a day's unit it is the days after (w29)
_BAAD = frozenset(fold(w) for w in ("baad", "bad"))
_DAY_UNITS = frozenset(fold(w) for w in ("din", "দিন", "days", "day", "dine", "soptah", "সপ্তাহ", "week", "weeks"))
# ... and after a prayer ("maghrib er bad abar dimu", "asor er bad call dio"): after it, that day (w98)
_PRAYERS = frozenset(fold(w) for w in ("asr", "asor", "আসর", "magrib", "maghrib", "মাগরিব", "isha", "esha", "এশা",
                                       "zohr", "johor", "যোহর", "জোহর", "fajr", "fojor", "ফজর", "jumma", "জুম্মা",
                                       "namaz", "নামাজ", "মাগরিবের", "আসরের", "এশার", "যোহরের", "নামাজের"))
_THINGS = frozenset(fold(w) for w in ("লাশ", "lash", "মরদেহ", "body", "মাল", "mal", "parcel", "পার্সেল"))
_COMING = frozenset(fold(w) for w in ("আসবে", "ashbe", "asbe", "আসিবে", "coming", "will come", "আইবো", "আইবে", "aibe",
                                      "আসপেনে", "আসপানে", "aspene", "ashpene",
                                      "coming tomorrow", "coming today", "coming back",
                                      "comes tomorrow", "comes today"))
# Verb endings that ask or promise (dite, korben, ashbe, janabo): the contact is to come.
_ASKING = ("te", "be", "ben", "bo", "b", "io", "en", "mu")
_BRING = frozenset(fold(w) for w in ("bring it", "will bring"))
_CARRIER = frozenset(fold(w) for w in ("courier", "কুরিয়ার", "rider", "রাইডার", "delivery", "ডেলিভারি", "van", "truck"))
_AGAIN = frozenset({fold("abar"), fold("again"), fold("আবার")})
_TALK = frozenset({fold("kotha"), fold("কথা")})
# "to be" before কথা: something supposed to happen ("হওয়ার কথা", "hobar kotha", "ashar kotha")
_SUPPOSED = frozenset(fold(w) for w in ("hobar", "হবার", "হওয়ার", "hoar", "howar", "hoyar", "আসার", "ashar",
                                        "যাওয়ার", "jawar", "jabar", "যাবার", "দেওয়ার", "dewar", "deyar",
                                        # ... in sadhu ("আজ রাতেই সন্তান হইবার কথা") (w58)
                                        "হইবার", "hoibar", "আসিবার", "যাইবার", "দিবার"))
_DOING = frozenset(fold(w) for w in (
    "dibo", "diben", "dio", "diyo", "din", "diyen", "dimu", "dibe", "korbo", "korben", "korbe",
    "koro", "koren", "korio", "try", "dekhbo", "nibo", "niben", "নিবো", "দিবো", "দিবেন", "দিও",
    "দিমু", "দিয়েন", "দিবে", "করবো", "করবেন", "করবে", "করো", "করেন", "ekbar", "একবার",
    # দেবো, the standard spelling ("রিসিভ করেননি, রাতে আবার দেবো") (w29)
    "দেবো", "দেবেন", "debo", "deben",
    # Chatgaiya দিয়ুম, দিউম (I will give: "আজিয়া মাগরিবর পরে আবার দিয়ুম") (w54)
    "দিয়ুম", "দিউম", "diyum", "dium",
    "later", "tomorrow", "tonight", "today", "dekhi", "nibe", "নিবে", "দেখি", "দেখবো", "dekhbo", "jiggesh", "জিজ্ঞেস",
))
# ... and দিতে when someone asked for it ("সন্ধ্যা ৭টায় আবার দিতে বলছে": to ring again; not "কাল আবার
# দিতে হবে ১০ বস্তা", the goods) (w98)
_GIVE = fold("দিতে")
_SAID = frozenset(fold(w) for w in ("বলছে", "বলছেন", "বলেছে", "বলেছেন", "বললেন", "বললো", "বলল", "bolse",
                                    "bolche", "bolchen", "boleche", "bolechen", "bollo", "bolsen", "কইছে",
                                    "কইছেন", "koise", "koisen", "said", "asked"))
# the words of doing that are no verb: the word after them says when ("abar try korsilam") (w53)
_NO_VERB = frozenset(fold(w) for w in ("try", "ekbar", "একবার"))
# Look-alikes of contact words, found in the raw text (before folding loses the difference).
_LOOKALIKE_HINT = re.compile(r"চাল|ছাল|সাল|রাতে|রাইতে|রিং|[cC][hH][aA]|[sS][aA][aA]|[rR][aA][aA]?[iI]?[tT]|[cC]/?[bB]")
# "cb tmrw", "cb in 2 days": call back ("cb" folds as "sb", সব "all", does); with its slash too ("tmrw
# c/b", w94)
# "Will order cerelac again soon": "soon" folds like "sun", a short Sunday (w23).
_SOON = re.compile(r"(?<![A-Za-z])soon(?![A-Za-z])", re.IGNORECASE)
# "too loud to talk": "too" folds like "thu", a short Thursday (w51).
# কালো, black, folds as কাল (tomorrow) does: a shoe's or a frock's colour ("তখন কালো হিল জুতাটা
# ট্রাই করবেন") names no day (w144)
_BLACK = re.compile(r"(?<![\u0980-\u09ff])কালো(?![\u0980-\u09ff])")
_TOO = re.compile(r"(?<![A-Za-z])too(?![A-Za-z])", re.IGNORECASE)
_CB = re.compile(r"(?<![A-Za-z0-9])c/?b(?![A-Za-z0-9])", re.IGNORECASE)
# A follow-up and a phone call cut short in Bengali script ("কাল ফু", "পরশু ফু"; "কাল ফো দিবো", "ফো. দি.
# পরশু"): a word in Bengali letters is never written out as shorthand (``normalise``), and ফু alone
# (blowing) or ফো before দি- is no other word in a note (w94)
_BN_FOLLOW_UP = re.compile(r"(?<![\u0980-\u09ff])ফু(?![\u0980-\u09ff])")
_BN_PHONE_CUT = re.compile(r"(?<![\u0980-\u09ff])ফো\.?(?= ?দি)")
_SMS_TOMORROW = re.compile(r"(?<![A-Za-z0-9\u0980-\u09ff])[kK][lL][kK]?(?![A-Za-z0-9\u0980-\u09ff])")
_RICE = re.compile(r"(?<![\u0980-\u09ffA-Za-z0-9])(?:চাল|ছাল|সাল|chal|chaal|chall|saal)"
                   r"(?![\u0980-\u09ffA-Za-z0-9])", re.IGNORECASE)
_TONIGHT_WORDS = re.compile(r"(?<![\u0980-\u09ffA-Za-z0-9])(?:রাতে|রাইতে|raate|raite)"
                            r"(?![\u0980-\u09ffA-Za-z0-9])", re.IGNORECASE)
# (রাতে in Banglish with its ending apart before the hour too: "rate 9 tar age phone dibe", w63)
_LATER_TODAY = re.compile(r"(?<![a-z0-9])(?:tonight|ratre|(?:rat|rate|bikal|bikel|sndar|sndea|dupur) "
                          r"\d{1,2} ?(?:ta|tay|tai|tar)|\d{1,2} ?(?:tay|tai)"
                          r"|(?:after|at|(?:at )?arund|arnd) \d{1,2}(?: ?(?:baje|tay|ta|tar))?$)"  # "ring after 4", "call me around 7"
                          r"(?![a-z0-9])")
# ... and the hour in words, glued to its টায় ("বিকাল সাড়ে চারটায়", "সন্ধ্যা ছয়টায়", "rat dosh tay"),
# after a time of day or half past, quarter to ("একটায় দাগ" alone is one of the goods) (w98)
_SPELT_HOUR = re.compile(r"(?<![a-z0-9])(?:" + _either((
    "rat", "rate", "bikal", "bikel", "sondha", "sondhay", "সন্ধ্যা", "সন্ধ্যায়", "dupur", "সাড়ে", "sare", "পৌনে",
    "poune", "সোয়া", "shoa")) + r") (?:(?:" + _either(("সাড়ে", "sare", "পৌনে", "poune", "সোয়া", "shoa")) + r") )?(?:"
    + _either(("এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "এগারো", "বারো", "দেড়", "আড়াই",
               "ek", "dui", "tin", "char", "panch", "pach", "choy", "saat", "sat", "aat", "noy", "dosh", "egaro",
               "baro", "der", "arai")) + r") ?(?:tay|tai|ta|tar)(?![a-z0-9])")
# A call asked for "later" ("pore phone dio", "call later") is vague, whatever day another
# clause names, unless it is tied to it ("tokhon phone dio", "oi din call", "after that").
# "ওই দিন ফোন দিতে", "oidin call diyen", "তখন ফোন দিতে বলছে": on the day the note names for the
# event itself (not "tarpor", after it).
_THAT_DAY = phrase_pattern(("tokhon", "তখন", "oi din", "oidin", "ওইদিন", "ঐদিন", "ঐ দিন", "সেদিন", "sedin",
                            "sei din", "সেই দিন", "that day", "on the day", "ওই দিন", "oi dine", "ওই দিনই",
                            # "Workshop booked Sat, will confirm with him then" (w23)
                            "with him then", "with her then", "confirm then", "call then", "call him then",
                            "call her then", "talk then"))
_FOR = frozenset(fold(w) for w in ("jonno", "জন্য", "jonne", "jnno"))
# ... but "kl" is a call, typed without its vowel (কল), before the verb that makes one ("porshu kl
# dio", "tokhon kl korbo", "kl diye confirm") or ending a clause after the day or time it is for
# ("ek soptah por kl", "shonibar sokale kl", "tokhn kl"; "opration kl." stays tomorrow) (w76)
_SMS_CALL_VERB = re.compile(
    r"(?i)(?<![A-Za-z0-9\u0980-\u09ff])kl(?=\s+(?:dibo|dimu|dio|diyo|dite|diye|dibe|diben|dien|den|dis"
    r"|korbo|korte|kore|koro|korio|koiro|korben|korum)(?![A-Za-z]))")
# "call kore bolo", "ফোন করে বলো": the owner telling the staff to call and tell them; folded,
# বলো is বললো ("kore bollo": called and said, a call made), so the imperative is written apart
# before folding, as "call koro, bolo" (w84)
# "সোমবার যোগাযোগের অনুরোধ করেছেন", "২০ তারিখে পুনরায় খোঁজ নেওয়ার অনুরোধ করেছেন": formal Bengali's
# "has requested" a contact; folded, করেছেন is a call already made (``_OTHER``), so the request is
# written as the customer's "said" before folding (w99)
_BN_REQUESTED = re.compile(r"(?<=[\u0980-\u09ff]) ?অনুরোধ (?:করেছেন|করেছে|জানিয়েছেন)(?![\u0980-\u09ff])")
_CALL_AND_TELL = re.compile(
    r"(?i)(?<![A-Za-z\u0980-\u09ff])(call|phone|fon|কল|ফোন)\s+(?:kore|করে|কইরা|koira)"
    r"(?=\s+(?:bolo|bolio|boliyo|বলো|বলিও|বইলো)(?![A-Za-z\u0980-\u09ff]))")
_SMS_CALL_LAST = re.compile(
    r"(?i)(?<![A-Za-z])((?:abar|tokhon|tokhn|tokhan|sokale|bikale|sondhay|sondhai|por|pore|porshu|week|kore"
    r"|[a-z]+bar)\s+)kl(?=\s*(?:[.,;!?\u0964]|$))")


# "robibar theke abar shuru, oi din call dite bolse", "1 tarikh theke new month, oi din call dile":
# the day something starts from, the call tied to it, is no "since" (a past "kal theke jor" is left
# to ``clause_date``); the day a parcel is taken, the call tied to it ("parcel 3 din por nibe, tokhon
# call dite bolse"), is a day like any other (w52)
_FROM_WORD = re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted({re.escape(fold(w)) for w in (
    "theke", "থেকে", "from", "parcel", "পার্সেল")})) + r")(?![a-z0-9])")


# An exam or a programme set for a day, the call tied to that day ("20 tarikh e scholarship exam,
# oi din bikale result er jonno call dite bolse"), not one told as past (w52)
# ... or the customer's day off, the call tied to it ("duty te, shonibar off day, tokhon call dite
# bolse"; the shop's own "Friday is our off day", with no call then, stays no call-back) (w85)
_SET_FOR = phrase_pattern(("exam", "porikkha", "পরীক্ষা", "program", "প্রোগ্রাম", "off day", "offday",
                           "day off", "ছুটির দিন", "chutir din"))


def _on_that_day(clause: str) -> bool:
    """ "ঐদিন ফোন দিবো": a contact on that day; not goods "for that day" ("order oi din er jonno
    pore janabe", "ঐ দিনের জন্য": the order is for the day, the contact later) (w43)."""
    for m in _THAT_DAY.finditer(clause) if _THAT_DAY is not None else ():
        after = clause[m.end():].split()[:2]
        if not (after[:1] and after[0] in _FOR or after[:1] in (["er"], ["r"]) and after[1:2] and after[1] in _FOR):
            return True
    return False


# A day booked or set aside ("বৃহস্পতিবার বুকিং দিলাম", "slot dilam"): ahead, though told with a
# past verb (w23).
_BOOKED = phrase_pattern(("booking", "বুকিং", "booked", "slot", "স্লট", "appointment", "অ্যাপয়েন্টমেন্ট",
                          "serial", "সিরিয়াল"))
_VAGUE = phrase_pattern(("pore$", "পরে$", "later", "prbrtite", "পরবর্তীতে", "porobortite"))
_THEN = phrase_pattern(("tokhon", "তখন", "oi din", "ওইদিন", "ঐদিন", "সেদিন", "sedin", "then",
                        "after that", "tarpor", "tar por", "তারপর", "that day", "ওই দিন"))
# "সোমবারের পর", "Friday er por": some day after it, vague.
_VAGUE_AFTER = re.compile(r" (?:er |r )?(?:pr|pre|after)(?![a-z0-9])")
# "Monday after 5pm", "Sunday after Asr", "সোমবারের পর ৫টায়": a time of day after the day, so that
# day (not some day after it); a bare "সোমবারের পর" stays vague. The clock time does not make it
# later today either: the weekday wins over the hour.
_TIME_OF_DAY = re.compile(
    r" ?(?:\d{1,2}(?: ?(?:pm|am|tar|tay|tai|baje|[0-9]{2}))?(?! ?(?:" + _either((
        "din", "দিন", "dine", "day", "days", "week", "weeks", "সপ্তাহ", "soptah", "mas", "মাস", "month", "months",
        "tarikh", "তারিখ", "date", "ta", "টা", "pcs", "kg", "tk")) + r"))"
    r"|(?:" + _either((
        "asr", "asor", "magrib", "maghrib", "isha", "esha", "zohr", "johor", "fajr", "jummah", "jumma",
        "namaz", "lunch", "office", "noon", "iftar", "evening", "sondha"))
    + r"))(?![a-z0-9])")
# "Call Wednesday after checking stock": the English "after" and a thing to do first on that day,
# so that day (not "Wednesday after", some day after it) (w44, w45)
_AFTER_DOING = re.compile(r" ?[a-z]{3,}ing(?![a-z0-9])")
# "শুক্রবার বাদে যেকোনো দিন", "except Friday": any day but that one (not "৩ দিন বাদে", after).
# ("jummabar bad asor", "জুম্মাবার বাদ আসর": বাদ before a prayer is "after" it, that day) (probe 3)
_EXCEPT_AFTER = re.compile(r" (?:bade|bad|baade)(?![a-z0-9])(?! (?:" + _either((
    "asr", "asor", "আসর", "magrib", "maghrib", "মাগরিব", "isha", "esha", "এশা", "zohr", "johor", "যোহর", "জোহর",
    "fajr", "fojor", "ফজর", "jumma", "জুম্মা", "namaz", "নামাজ")) + r"))")
_FREE_FROM = frozenset(fold(w) for w in ("free", "ফ্রি", "busy", "ব্যস্ত", "parbe", "parben", "pare", "পারবে",
                                     "পারবেন", "পারে", "somoy", "সময়", "call", "kol", "কল", "phone", "ফোন",
                                     # no talk before it ("রবিবারের আগে কথা কইতে পারবো না", "sombar er
                                     # age kotha bolte parbe na"): from that day (w115)
                                     "কথা", "kotha", "talk",
                                     # not to be reached before it ("বৃহস্পতিবারের আগে ধরা যাবে না") (w114)
                                     "ধরা", "dhora",
                                     # no time to draw breath before it ("রোববারের আগে দম ফেলার সময়
                                     # নাই"): from that day (w148)
                                     "দম", "dom"))
# "shukrobar er age van ashbe to?": before Friday, a bound, not the day of a call (probe 3).
_FREE_WORDS = frozenset(fold(w) for w in ("free", "ফ্রি", "ফাঁকা"))
_BEFORE_DAY = re.compile(r" (?:er |r )?(?:age|agei)(?![a-z0-9])")
# "সোমবারের মধ্যে না পেলে": by Monday, a deadline, not the day of a call.
_BY_DAY = re.compile(r" (?:er |r )?(?:" + _either((
    "মধ্যে", "মধ্যেই", "modhe", "moddhe", "modhye", "vitore", "bhitore", "ভিতরে"))
    + r")(?![a-z0-9])")
# "porer maser 5 tarikhe", "next month 5th": the day of next month, even if not yet passed.
_NEXT_MONTH = re.compile(r"(?<![a-z0-9])(?:" + _either((
    "porer", "পরের", "agami", "আগামী", "next", "samner", "সামনের")) + ") (?:"
    + _either(("maser", "মাসের", "mas", "মাস", "month", "month's")) + r")(?![a-z0-9])")

_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("সোমবার", "সোম বার", "sombar", "shombar", "monday", "mondy", "mondey", "মানডে",
        "shomber", "শোমবার",  # Sylheti (w21)
        # Hindi and Urdu -vaar ("somvar tak bahar hain"; not somwar, folded like "smart") (w128)
        "somvar", "somvaar"),
    1: ("মঙ্গলবার", "মঙ্গল বার", "mongolbar", "mongalbar", "monglbar", "moglbar", "tuesday", "tue$", "tues$",
        "teusday", "tuesdy", "টিউসডে",
        # Hindi and Urdu: the day with -vaar, or bare with ko, "on" ("mangal ko aake lega") (w128)
        "mangalvar", "mangalwar", "mangal ko$", "mongol ko$"),
    2: ("বুধবার", "বুধ বার", "budhbar", "budbar", "buddhbar", "wednesday", "wed$", "wedensday",
        "wednsday", "wensday", "wendsday", "wednesdy", "wedsday", "ওয়েনসডে",
        # without its বার, with "on" ("বুধে কল দিও") (w39)
        "বুধে$",
        # Hindi and Urdu ("budhvar", "budh ko aana hai") (w128)
        "budhvar", "budhwar", "budh ko$"),
    3: ("বৃহস্পতিবার", "বৃহস্পতি বার", "বৃহঃবার", "থার্সডে", "বিষ্যুদবার", "বেস্পতিবার",
        # spoken বিহস্পতিবার, বিস্পতিবার (w35)
        "বিহস্পতিবার", "বিস্পতিবার", "brihospotibar",
        "brihospotibar", "brihaspatibar", "bishudbar", "bisshudbar", "bishyudbar", "thursday",
        "thu$", "thur$", "thurs$", "thrusday", "thursdy", "tharsday",
        # without its বার ("brihospoti 5 ta seal kit, oidin confirm") (w32)
        "brihospoti$", "বৃহস্পতি$",
        # its vowels dropped by a busy agent ("brhspti fu") (w94)
        "brhspti$", "brhsptibar", "brhspotibar",
        # Hindi and Urdu ("guruvar", "jumeraat": the eve of Friday) (w128)
        "guruvar", "guruwar", "jumeraat", "jumerat"),
    4: ("শুক্রবার", "শুক্র বার", "জুম্মাবার", "জুমাবার", "sukrobar", "shukrobar", "shukkurbar",
        "jummabar", "jumabar", "friday",
        # Hindi and Urdu ("shukravar", "jumme ko", on Friday) (w128)
        "shukravar", "shukrawar", "jumme ko$", "jumma ko$", "jummar din", "jumma r din", "jumar din", "juma r din",
        "জুম্মার দিন", "জুমার দিন", "fridy", "fraiday"),
    5: ("শনিবার", "শনি বার", "shonibar", "sonibar", "shanibar", "sanibar", "saturday", "next sat",
        "saterday", "satarday", "saturdy", "স্যাটারডে",
        # without its বার, with "on" after it ("shoni te call back") (w36)
        "shoni te$", "shonite$", "শনিতে$", "শনি তে$",
        # Hindi and Urdu ("shanivar", "shonibar ko": the day is got already; "shani ko") (w128)
        "shanivar", "shaniwar", "shani ko$"),
    6: ("রবিবার", "রবি বার", "রোববার", "রোবার", "robibar", "robbar", "rabibar", "sunday", "next sun",
        # Hindi and Urdu ("ravivar ko"; not itwar, folded like ইতারা, them) (w128)
        "ravivar", "raviwar", "itvar",
        "rb bar",  # robibar in a hurry ("rb bar call dio") (w30)
        "rbibar", "rbi bar",  # ... or with its i ("rbi bar fu") (w94)
        # (সানডে whole or with its endings: folded it starts "sandesh", the sweet) (w82)
        "sundy", "sundey", "সানডে$", "সানডেতে$", "সানডের$"),
}
_WEEKDAY = {wd: phrase_pattern(words) for wd, words in _WEEKDAYS.items()}
# "not Sunday", "রবিবার না", "robibar noy", "call Tuesday instead", "পিছিয়ে": the note takes back
# a day given before and names another (``takes_back_a_day``).
_DAYS = "|".join(p.pattern for p in _WEEKDAY.values() if p is not None)
_TAKEN_BACK = re.compile(
    rf"(?<![a-z0-9])(?:nt|not) (?:on )?(?:{_DAYS})|(?:{_DAYS}) (?:na|ny)(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:instead|bdle|ressedul|pstpn|pisiye|pisab)")
# "goto shukrobar", "last Friday", "গত শুক্রবার": a day already past.
_LAST = phrase_pattern(("গত$", "goto$", "gato$", "last$", "previous$"))
# Short English day names ("call me Sun", "try again mon", "retry Sat morning") are also words
# (the sun, মন "mind", "5 mon alu"): they count only next to a word of getting in touch
# ("fri" is not one: "free" folds to it).
_SHORT_WEEKDAY = {wd: phrase_pattern(words) for wd, words in {
    # মঙ্গল, রবি without their বার, with "on" after them ("Mongol e abr khobor nimu", "robi te phone
    # dibe"; Robi is also a SIM, so only next to a word of contact) (w46)
    0: ("mon$", "সুমবার", "shumbar", "som e$"), 1: ("tue$", "tues$", "mongol e$", "mongole$", "মঙ্গলে$", "মঙ্গল$"),
    # মঙ্গল, বুধ, শনি, শুক্র without their বার in Bengali script, beside a contact word ("মঙ্গল try", "cb
    # শুক্র"; not রবি, a SIM too) (w62)
    2: ("wed$", "বুধ$"), 3: ("thu$", "thur$", "thurs$"),
    4: ("শুক্কুরবার", "shukkurbar", "try fri$", "call fri$", "on fri$", "ring fri$", "phone fri$",
        "fri call", "fri e call", "back fri$", "again fri$", "bk fri$",
        # "fri te ph dibo" (w28)
        "fri te call", "fri te phone", "fri e phone", "fri te ph$",
        # "dont call till Fri" (fri folds like free: only after these) (w29)
        "till fri$", "until fri$",
        # a time of day after it ("call her fri morning b4 school") (w38)
        "fri morning", "fri evening", "fri afternoon", "শুক্র$"), 5: ("sat$", "শনি$"), 6: ("sun$", "robi te$", "robite$", "রবিতে$")}.items()}

# A short day standing as a clause of its own in a note that asks for contact or could not talk
# ("SO - mon", "ব্যস্ত -> শনি", "busy, sat"): the terse note's day of the next call. Not "fri" (a
# lone "free") nor রবি (the SIM) (w62)
_LONE_WEEKDAY = {wd: re.compile(r"(?:" + _either(words) + r")(?: e| te)?") for wd, words in {
    0: ("mon", "সোম"), 1: ("tue", "tues", "মঙ্গল"), 2: ("wed", "বুধ"), 3: ("thu", "thur", "thurs", "বৃহস্পতি"),
    4: ("শুক্র",), 5: ("sat", "শনি"), 6: ("sun",)}.items()}

# ... and the evening, cut short, as a clause of its own in a busy note ("cant talk now, eve") (w62)
_LONE_EVENING = re.compile(_either(("eve", "evening", "evng")) + r"(?: e)?")


def _lone_day(clause: str, called: date) -> date | None:
    """A short day or the evening standing as a clause of its own (``_LONE_WEEKDAY``)."""
    clause = clause.strip()
    for wd, lone in _LONE_WEEKDAY.items():
        if lone.fullmatch(clause):
            return called + timedelta(days=(wd - called.weekday()) % 7 or 7)
    return called if _LONE_EVENING.fullmatch(clause) else None


_NUMBER_WORDS = {
    "এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10,
    # four as Noakhali, Feni and Dhakaiya say it ("চাইর দিন পরে ফোন দিতে হইবো") (w80)
    "চাইর": 4,
    # sadhu bhasha's four ("চারি দিন পর সংবাদ লইতে হইবে") (w106)
    "চারি": 4,
    "ek": 1, "dui": 2, "du": 2, "tin": 3, "char": 4, "panch": 5, "pach": 5, "choy": 6, "saat": 7,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a$": 1, "an$": 1, "a couple of": 2, "couple of": 2, "koek": 3, "দু": 2, "দুয়েক": 2,
    "ekta": 1, "duita": 2, "do": 2, "tinta": 3, "sat": 7, "নয়": 9, "dosh": 10, "এগারো": 11, "বারো": 12,
    "পনেরো": 15, "পনের": 15, "ponero": 15, "eleven": 11, "twelve": 12, "fifteen": 15,
    # English numbers voice-typed in Bengali script ("টু ডেজ পর") (w20)
    "ওয়ান": 1, "টু": 2, "থ্রি": 3, "ফাইভ": 5, "সেভেন": 7, "টেন": 10,
}
_NUMBERS = {fold(k.rstrip("$")): v for k, v in _NUMBER_WORDS.items()}
# A day of the month in words, voice-typed ("দশ তারিখে", "আঠাশ তারিখেই", "pochish tarikh") (w20).
_DAY_WORDS = {
    "এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10,
    "এগারো": 11, "বারো": 12, "তেরো": 13, "চৌদ্দ": 14, "পনেরো": 15, "পনের": 15, "ষোল": 16, "ষোলো": 16,
    "সতেরো": 17, "আঠারো": 18, "উনিশ": 19, "বিশ": 20, "একুশ": 21, "বাইশ": 22, "তেইশ": 23, "চব্বিশ": 24,
    "পঁচিশ": 25, "ছাব্বিশ": 26, "সাতাশ": 27, "আঠাশ": 28, "উনত্রিশ": 29, "ত্রিশ": 30, "একত্রিশ": 31,
    "ek": 1, "dui": 2, "tin": 3, "char": 4, "panch": 5, "choy": 6, "sat": 7, "saat": 7, "aat": 8,
    "noy": 9, "dosh": 10, "egaro": 11, "baro": 12, "tero": 13, "choddo": 14, "ponero": 15,
    "sholo": 16, "shotero": 17, "atharo": 18, "unish": 19, "bish": 20, "ekush": 21, "baish": 22,
    "teish": 23, "chobbish": 24, "pochish": 25, "chabbish": 26, "shatash": 27, "athash": 28,
    "untrish": 29, "trish": 30, "ektrish": 31,
    # কুড়ি, the score, for twenty as voice typing hears it ("কুড়ি তারিখে বেতন পাবেন") (w145)
    "কুড়ি": 20, "kuri": 20,
}
_DAY_NUMBERS = {fold(k): v for k, v in _DAY_WORDS.items()}
_WORD_DATE = re.compile(r"(?<![a-z0-9])(" + "|".join(sorted(map(re.escape, _DAY_NUMBERS), key=len, reverse=True))
                        + r") (?=(?:" + "|".join(re.escape(fold(w)) for w in ("tarikh", "তারিখ", "tarik"))
                        + r"))")
# An English ordinal spoken, as voice typing writes it ("pay on twenty fifth", "the nineteenth"):
# twenty and thirty with a unit's ordinal, a teen's or a tens' ordinal, anywhere; a lone first to
# tenth only after "on (the)" (not "first time", "second installment", a tent) (w145). Made
# "25 tarik", as "25th" folds, so the 25th's exclusions ("2nd installment") hold for it too.
_UNIT_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9}
_TEEN_ORDINALS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                  "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "thirtieth": 30}
_SPOKEN_TENS = {fold(w): n for w, n in (("twenty", 20), ("thirty", 30), ("টুয়েন্টি", 20), ("টোয়েন্টি", 20),
                                        ("থার্টি", 30))}
_SPOKEN_UNITS = {fold(w): n for w, n in _UNIT_ORDINALS.items()}
_SPOKEN_TEENS = {fold(w): n for w, n in _TEEN_ORDINALS.items() if w != "tenth"}
_SPOKEN_ON = {**{u: n for u, n in _SPOKEN_UNITS.items() if n > 2}, fold("tenth"): 10}


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_SPOKEN_ORDINAL = re.compile(
    rf"(?<![a-z0-9])(?:(?P<tens>{_alternatives(_SPOKEN_TENS)}) (?P<unit>{_alternatives(_SPOKEN_UNITS)})"
    rf"|(?P<teen>{_alternatives(_SPOKEN_TEENS)})|(?<=on )(?:te )?(?P<on>{_alternatives(_SPOKEN_ON)}))(?![a-z0-9])")


def _spoken_ordinal(m: re.Match[str]) -> str:
    if m.group("tens"):
        day = _SPOKEN_TENS[m.group("tens")] + _SPOKEN_UNITS[m.group("unit")]
    else:
        day = _SPOKEN_TEENS.get(m.group("teen")) or _SPOKEN_ON[m.group("on")]
    return m.group(0)[:m.start("on") - m.start()] + f"{day} tarik" if m.group("on") else f"{day} tarik"


_NUM = "(?:" + "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True)) + r"|\d{1,2})"

_DAY_UNIT = "|".join(re.escape(fold(w)) for w in ("din", "দিন", "days", "day", "dine", "dn", "ডেজ", "ডেইজ"))
_WEEK_UNIT = "|".join(re.escape(fold(w)) for w in ("soptah", "সপ্তাহ", "sopta", "saptah", "sapta", "week",
                                                   "weeks", "wk", "হপ্তা", "hopta", "hapta"))
_WORKING = "|".join(re.escape(fold(w)) for w in ("working", "business", "office"))
_AFTER = "|".join(re.escape(fold(w)) for w in ("por", "পর", "pore", "পরে", "later", "after", "মাথায়",
                                               "mathay", "বাদে", "bade", "বাদ", "bad",
                                               # por turned into "poor" by a phone's autocorrect,
                                               # after a count of days ("3 din poor phn dite") (w60)
                                               "poor",
                                               # sadhu bhasha's অন্তে, at the end of ("এক সপ্তাহ অন্তে
                                               # সংবাদ লইতে হইবে") (w106)
                                               "অন্তে"))

_RELATIVE = [
    # ("২-৩ দিন পর", a range, is vague)
    (re.compile(rf"(?<![a-z0-9])(?<![0-9] )({_NUM}) (?:{_DAY_UNIT})[a-z]* (?:{_AFTER})(?![a-z0-9])"), 1),
    # ... counted in working days as in calendar ones ("revert in 5 working days") (w46)
    (re.compile(rf"(?<![a-z0-9])(?:after|in|within|witin) ({_NUM}) (?:(?:{_WORKING}) )?(?:{_DAY_UNIT})s?(?![a-z0-9])"), 1),
    # "dudin por", "তিনদিন পরে", "duidin pore": the number and দিন written as one word
    (re.compile(rf"(?<![a-z0-9])({_NUM})(?:din|dine) (?:{_AFTER})(?![a-z0-9])"), 1),
    (re.compile(rf"(?<![a-z0-9])({_NUM}) (?:{_DAY_UNIT}) (?:later|after)(?![a-z0-9])"), 1),
    (re.compile(rf"(?<![a-z0-9])({_NUM}) (?:{_WEEK_UNIT})[a-z]* (?:{_AFTER})(?![a-z0-9])"), 7),
    (re.compile(rf"(?<![a-z0-9])(?:after|in) ({_NUM}) (?:{_WEEK_UNIT})s?(?![a-z0-9])"), 7),
    # a doctor's shorthand for days: "f/u after 7d", "3d por abar dekhabe" (w27)
    (re.compile(rf"(?<![a-z0-9])(?:after|in|within) ({_NUM}) d(?![a-z0-9])"), 1),
    (re.compile(rf"(?<![a-z0-9])(?<![0-9] )({_NUM}) d (?:{_AFTER})(?![a-z0-9])"), 1),
    # the count straight after a call back, without its "in" ("cb 3 days", "cb 3d") (w62)
    (re.compile(rf"(?<![a-z0-9])(?:{fold('back')}) ({_NUM}) (?:{_DAY_UNIT}|d)(?![a-z0-9])(?! (?:{fold('ago')}|{fold('age')}))"), 1),
]
# Within N days in Bengali, in the clause that asks for the contact ("3 diner moddhe abar jogajog
# korbo", as "within 3 days"; not "baby hobe 2 din er moddhe", when the birth is due) (w38)
_WITHIN_DAYS = re.compile(rf"(?<![a-z0-9])(?<![0-9] )({_NUM}) ?(?:din|diner|dn) ?(?:er )?(?:mde|mdye|mdei)(?![a-z0-9])")
_FIXED = [
    # (first: "next to next week", the week after next, holds "next week") (w79)
    (phrase_pattern(("after a fortnight", "in a fortnight", "fortnight later", "fortnight por",
                     "after two weeks", "in two weeks",
                     # the week after next, in Banglish and Bengali ("next to next week e call
                     # dibo", "পরের পরের সপ্তাহে আসবে") (w79)
                     "next to next week", "next to next wk", "next to next soptah", "next to next sopta",
                     "next to next সপ্তাহ", "নেক্সট টু নেক্সট উইক", "পরের পরের সপ্তাহ", "পরের পরের হপ্তা",
                     "porer porer soptah", "porer porer sopta", "porer porer week", "porer porer hopta")), 14),
    (phrase_pattern(("next week", "agami soptah", "আগামী সপ্তাহ", "samner soptah", "next soptah",
                     "সামনের সপ্তাহ", "porer soptah", "পরের সপ্তাহ", "next wk", "নেক্সট উইক",
                     # "a week or so" ("হপ্তাখানেক পর")
                     # সামনে ("ahead") for সামনের ("shamne shoptahe abar call dibo") (w46)
                     "shamne shoptah", "samne soptah", "shamne soptah",
                     "সপ্তাহখানেক পর", "সপ্তাহ খানেক পর", "হপ্তাখানেক পর", "হপ্তা খানেক পর",
                     "soptahkhanek por", "soptah khanek por", "haptakhanek por", "hopta khanek por",
                     # "samner sopta te", "সামনের week এ", "agami week" (eighth round)
                     "samner sopta", "agami sopta", "porer sopta", "next sopta", "samner week",
                     "সামনের week", "সামনের উইক", "agami week", "আগামী week", "আগামী উইক", "porer week",
                     "পরের week",
                     # হপ্তা, the week in the north and Khulna ("আগামী হপ্তায় আবার কথা হবে") (w37)
                     "আগামী হপ্তা", "সামনের হপ্তা", "পরের হপ্তা", "agami hopta", "samner hopta",
                     "porer hopta", "next hopta",
                     # sadhu bhasha's পরবর্তী, the next ("পরবর্তী সপ্তাহে নূতন বই আসিলে জানাইতে হইবে") (w106)
                     "পরবর্তী সপ্তাহ", "পরবর্তী হপ্তা", "poroborti soptah",
                     # Chatgaiya's genitive -অর (সামনর, the coming: "সামনর সপ্তাহে ফোন দিয়ুম") (w118)
                     "সামনর সপ্তাহ", "সামনর হপ্তা", "samnor soptah", "shamnor soptah", "samnor sopta",
                     "shamnor sopta", "samnor week", "সামনর week",
                     # Hindi and Urdu agle hafte, next week ("agle hafte aayenge") (w128)
                     "agle hafte", "agle hafta", "agla hafta", "agle week")), 7),
    # (sadhu bhasha পরশ্ব, আগামীকল্য; dialect কাইল, কাইল্যা)
    # তরশু, the day after the day after tomorrow ("tarshu call dio", "তরশু আসবে") (w144)
    (phrase_pattern(("তরশু", "tarshu", "tarsu$", "torshu", "torsu$")), 3),
    (phrase_pattern(("পরশু", "porshu", "porsu", "day after tomorrow", "the day after", "পরশ্ব$",
                     "poroshu",
                     # with an "a" ("parshu ekbar khobor nite bollo") (w23)
                     "parshu", "parsu$",
                     # "the day after tomorrow" in words (eighth round)
                     "কালকের পরের দিন", "কালকের পরদিন", "kalker porer din", "kaler porer din",
                     "kalke r porer din",
                     # with er apart, or তারপর ("kal er por din", "kal er tarpor din abar phone
                     # dimu", "কাল এর পরের দিন") (w79)
                     "kal er por din", "kal er porer din", "kaler por din", "kal er tarpor din",
                     "kaler tarpor din", "kalker tarpor din", "kalke r tarpor din", "কাল এর পরের দিন",
                     "কালের পর দিন", "কালের তারপর দিন", "কালকের তারপর দিন",
                     # Noakhali হরশু, the day after tomorrow ("হরশু ফোন দিয়েন") (w28)
                     "হরশু",
                     # Sylheti ফরশু, the day after tomorrow ("ফরশু খবর নিমু") (w50)
                     "ফরশু", "forshu", "phorshu",
                     # in SMS shorthand ("will chk on him day aftr tmrw") (w33)
                     "day aftr tmrw", "day after tmrw", "day aftr tomorrow", "day after tmr",
                     # "the day after" without its "the" ("try again day after for final design") (w38)
                     "again day after$", "call day after$", "cl day after$",
                     # porshu turned into "Porsche" by a phone's autocorrect, beside a call ("Porsche
                     # abar fon dibo"); not the car alone (w60)
                     "porsche abar", "porsche call", "porsche phone", "porsche fon", "porsche ring",
                     "porsche kotha", "porsche jogajog", "porsche khobor", "porsche sokale",
                     "porsche bikale", "porsche bikele",
                     # Hindi and Urdu parson, the day after tomorrow, as Urdu-speaking (Bihari)
                     # customers and TV Hindi write it ("parso phone karna", "parso aake lega") (w128)
                     "parso$", "parson$", "পরসো")), 2),
    (phrase_pattern(("আগামীকাল", "agamikal", "কাল$", "কালকে", "কালকেই", "kal$", "kalke", "kaal$",
                     "kalk$", "tomorrow", "to morrow", "next day", "tmrw",
                     # the day cut to "dy" in a busy agent's shorthand ("nxt dy fu") (w94)
                     "next dy$", "tmr", "tomoro$", "আগামীকল্য",
                     "আগামী কল্য", "কাইল$", "কাইলে$", "kaile$", "কাইলকে", "কাইলকা", "কাইল্যা", "kail$", "kailke",
                     "kailka", "kaila$", "kalia$", "kailla$", "কাইল্লা",
                     # Dhakaiya কালকা ("কালকা সকালে দিমু") (w25)
                     "কালকা", "kalka$",
                     # Rangpur and Dinajpur কালকি, tomorrow ("kalki ashbe tiller dekhte", "কালকি
                     # blade পাঠাবো") (w70)
                     "কালকি$", "kalki$", "kalkei$",
                     # Sylheti কালকু, tomorrow ("অখন ব্যস্ত, কালকু ফোন দিও") (w121)
                     "কালকু$", "kalku$",
                     # English "tomorrow" in Bengali letters ("টুমরো টেকনিশিয়ান পাঠাইয়া কল দিমু",
                     # "টুমরো morning এ"); whole, not Sylheti তুমরা ("you"), which folds to begin like it (w77)
                     "টুমরো$", "টুমোরো$", "টুমরোই$", "টুমরোতে$",
                     # Sylheti কালকুয়া, tomorrow ("কালকুয়া খবর নিমু", "kalkuwa fon dimu"); whole:
                     # no ordinary word folds like it (w102)
                     "কালকুয়া$", "kalkuwa$", "kalkua$", "kalkuya$",
                     # Chatgaiya হাইলকা, tomorrow ("হাইলকা ফোন দিয়ুম", "hailka fon dibo"); whole:
                     # no ordinary word folds like it (w117)
                     "হাইলকা$", "hailka$", "hailkha$")), 1),
    (phrase_pattern(("আজ$", "আজকে", "আজই", "aj$", "ajke", "aaj$", "ajia$", "আইজ্জা", "aijja$",
                     # Dhakaiya আইজকা, আইজকাই (today; not আইজ alone: "আইজ আইবো না", "আইজ আসবার
                     # পাইবে না" would name today for a visit taken back) (w29)
                     "আইজকা$", "আইজকাই$", "aijka$", "aijkai$", "today", "tonight", "this evening",
                     # ... but Sylheti আইজ with tonight after it ("aiz rat e fon dimu", "আইজ রাইতে
                     # খবর নিমু"): the night names the day, as "আজ রাতে"; not "আইজ রাতে", folded
                     # like "aiz rate", today's exchange rate (w102)
                     "আইজ রাইতে", "aiz rat e", "aiz ratey$", "aiz raite$", "aiz rait e", "aij rat e",
                     "aij ratey$",
                     # English "today", "tonight" in Bengali letters ("টুডে বিকালে কল", "টুনাইট ফোন দিবো") (w77)
                     "টুডে$", "টুনাইট$",
                     "this afternoon", "later today", "today evening", "today afternoon", "today night", "বিকালে", "বিকেলে", "সন্ধ্যায়", "bikale", "bikele", "bikel e", "bikal e",
                     "sondhay", "sondhar", "সন্ধ্যার পর", "দুপুরে", "dupure", "in the evening", "in the afternoon",
                     "at noon", "this morning", "rait e", "raite", "night e", "night এ", "রাতে ফোন", "রাতে কল", "রাতে আবার",
                     # রাতে in Latin letters with its ending apart ("rate e abar call"; "rate" alone
                     # is the English word) (w30)
                     "rate e abar", "rate e call", "rate e phone", "rate e fone", "rate e kotha",
                     # ... and coming tonight ("mishti nite rate e asben") (w63)
                     "rate e ashbe", "rate e ashben", "rate e ashbo",
                     "রাতে call", "রাতে যোগাযোগ", "after magrib", "after maghrib", "after asr",
                     # the article dropped, a prayer's time given roughly ("will call back in
                     # afternoon", "said call back around maghrib") (w46)
                     "in afternoon", "in evening", "around magrib", "around maghrib", "around asr",
                     "around isha", "around esha",
                     "after isha", "after jummah", "after jumma$", "after juma$", "after zohr", "ঘণ্টাখানেক", "ঘন্টাখানেক",
                     "ghontakhanek", "ghonta khanek", "ঘণ্টা খানেক", "an hour", "রাতের মধ্যে", "rater moddhe",
                     "rater moddhe", "by tonight", "আজকের মধ্যে", "ajker moddhe", "end of day", "eod$", "half an hour", "in a while", "after lunch",
                     "until evening", "by evening", "after office", "অফিসের পর", "office er por", "আসরের পর", "asor er por", "asr er por",
                     "মাগরিবের পর", "magrib er por", "যোহরের পর", "johor er por", "এশার পর",
                     "esha r por", "জুম্মার পর", "jummar por", "নামাজের পর", "namaz er por",
                     # Chatgaiya and Noakhali genitive -র ("আজিয়া মাগরিবর পরে আবার দিয়ুম") (w54)
                     "মাগরিবর পর", "আছরর পর", "আসরর পর", "যোহরর পর", "জোহরর পর", "নামাজর পর", "magribor por",
                     # Sylheti বাদে after a prayer, "after" it ("asor er bade call dite koisoin"; not
                     # "শুক্রবার বাদে", except Friday) (w73)
                     "আসরের বাদে", "আছরের বাদে", "asor er bade", "asr er bade", "মাগরিবের বাদে", "magrib er bade",
                     "যোহরের বাদে", "johor er bade", "এশার বাদে", "esha r bade", "নামাজের বাদে", "namaz er bade",
                     "জুম্মার বাদে", "jummar bade",
                     # ... and বাদ without its ending ("maghrib er bad abar dimu") (w98)
                     "asor er bad$", "asr er bad$", "magrib er bad$", "maghrib er bad$", "johor er bad$",
                     "esha r bad$", "isha r bad$", "namaz er bad$", "আসরের বাদ$", "মাগরিবের বাদ$",
                     "এশার বাদ$", "নামাজের বাদ$",
                     # a time of day in Banglish ("evening e try", "night e call")
                     "evening e$", "eveninge$", "night e$", "afternoon e$",
                     # Rangpuri -ওত and Khulna -ই: in the evening, at night ("সন্ধ্যাত আরেকবার খবর
                     # নিমু", "রাতি আবার ফোন দিবানে") (w32)
                     "সন্ধ্যাত", "বিকালোত", "বিকেলোত", "রাইতোত", "রাতোত", "রাতি$", "sondhat$",
                     # in SMS shorthand ("owner will cl her at 8 tonite", "cl bk in evng") (w33)
                     "tonite", "2nite", "in evng", "this evng", "evng e$",
                     # "ths" for "this" ("cl him ths evng"); before evening ("সন্ধ্যার আগে ফোন দিয়া") (w37)
                     "ths evng", "ths evening", "ths eve$", "ths aft$", "ths afternoon", "সন্ধ্যার আগে",
                     "sondhar age", "before evening",
                     # around evening ("আইজ সন্ধ্যার দিকে আবার ফোন") (w39)
                     "সন্ধ্যার দিকে", "sondhar dike", "sondhar dik e", "বিকালের দিকে", "বিকেলের দিকে",
                     "bikaler dike", "bikeler dike",
                     # tonight in Banglish with its ending apart or stressed ("rat e abar try korbo", "aj ratei") (w37)
                     "rat e abar", "raat e abar", "ratei$", "raatei$",
                     # ... and once tonight ("rat e ekbar fon diyo") (w41)
                     "rat e ekbar", "raat e ekbar",
                     # ... and to hear how they are or call ("raat e khobor nibo", "rat e call dibo") (w66)
                     "rat e khobor", "rat e call", "rat e phone", "rat e fon", "rat e kotha",
                     # UK shorthand ("ring back this eve", "manager to ring back this aft") (w34)
                     "this eve$", "this aft$", "this arvo",
                     # the evening, cut to "eve", after a call back or a try ("NR / cb eve", "try again eve") (w62)
                     "back eve$", "again eve$", "call eve$", "try eve$", "ring eve$",
                     # ... and after a call log's "retry" ("#1 NA #2 SO. retry eve") (w155)
                     "retry eve$", "retry evening", "retry tonight",
                     # "call back within the hour" (w38)
                     "within the hour", "within an hour",
                     # at night in English ("said call at night") (w51)
                     "at night$",
                     # the midday prayer spelt zuhr, "in the evening" with its ya-phala
                     # ("Zuhr এর পর call back করবে", "sondhyay abar korbo"), a part of the day with
                     # বেলা ("সন্ধ্যাবেলা একবার ফোন করবো"), after the midday meal in Banglish and
                     # Bengali, Dhakaiya খাওন too ("lunch er por call dibe", "দুপুরের খাওনের পর ফুন
                     # দেন"), after the evening lamp or arati of a Hindu home ("সন্ধ্যা দেওয়ার পর কথা
                     # বলবো", "সন্ধ্যা আরতির পর এসে নেবেন"): later today, as বিকালে, মাগরিবের পর (w63)
                     "after zuhr", "zuhr er por", "zuhr এর পর", "zuhrer por", "যুহরের পর", "sondhyay", "shondhyay",
                     "সন্ধ্যাবেলা", "বিকালবেলা", "বিকেলবেলা", "দুপুরবেলা", "sondhabela", "bikalbela", "bikelbela",
                     "lunch er por", "lunch এর পর", "lunch er pore", "lunch এর পরে", "দুপুরের খাওয়ার পর",
                     "দুপুরে খাওয়ার পর", "দুপুরের খাবারের পর", "দুপুরের খাওনের পর", "dupurer khawar por",
                     "সন্ধ্যা দেওয়ার পর", "সন্ধ্যা দেয়ার পর", "sondha deyar por", "sondha dewar por",
                     "আরতির পর", "arotir por", "aroti r por", "arati r por", "aratir por",
                     # the evening with its ending apart, as a chat types it ("shondha e call dio",
                     # "sondha te ekbar try"), as "bikal e" (w85)
                     "sondha e$", "shondha e$", "sondha te$", "shondha te$",
                     # after the fast is broken, at a school's tiffin or a lunch break ("ইফতারের পর
                     # ফোন দেবেন", "iftar er por call", "will call at lunch break", "টিফিনের সময়
                     # ফোন ব্যাক"): later today, as মাগরিবের পর, "after lunch" (w135)
                     "ইফতারের পর", "ইফতারির পর", "iftar er por", "iftar er pore", "iftarer por",
                     "iftari r por", "after iftar", "টিফিনের সময়", "টিফিন টাইমে", "tiffin er somoy",
                     "tiffin time e", "at lunch break", "at the lunch break", "in the lunch break",
                     "lunch break e",
                     # ... the tiffin break of a factory's shift too ("tiffin break এ call দিতে
                     # বলেছেন", "টিফিন ব্রেকে ফোন") (w148)
                     "tiffin break e", "টিফিন ব্রেকে", "at tiffin break", "at the tiffin break",
                     "in the tiffin break")), 0),
]
# "jumma r por cl den": after the Friday prayer, said on another day, is the coming Friday (on a
# Friday, "জুম্মার পর" is later today, in ``_FIXED``)
_AFTER_JUMMA = phrase_pattern(("jummar por", "jumma r por", "juma r por", "jumar por", "জুম্মার পর",
                               "জুমার পর", "জুম্মা র পর", "after jumma$", "after jummah", "after juma$",
                               # in English words ("ping her after Friday prayer") (w40)
                               "after friday prayer", "after friday namaz", "after jumma prayer",
                               "after jummah prayer", "after juma prayer"))
_FRIDAY = 4
# ... unless the note says they are at the Friday prayer now ("jummar namaz e, after jumma call"):
# then it is Friday, whatever the date, and "after jumma" is later today.
_AT_JUMMA = phrase_pattern(("jummar namaz e", "jummar namaj e", "জুম্মার নামাজে", "জুমার নামাজে",
                            "at jummah", "at jumma$", "at juma$"))
# "1 ঘণ্টা পর", "15 min por", "in 2 hours": later today ("2 ghonta late" and "a minor" are not)
_HOUR_UNIT = "|".join(re.escape(fold(w)) for w in ('ghonta', 'ঘণ্টা', 'ঘন্টা', 'hour', 'hours', 'hr', 'hrs',
                                                    'min', 'mins', 'minute', 'minutes', 'মিনিট'))
# ... and the unit first, the number after ("ঘণ্টা দুই পরে": a couple of hours later) (w37)
# ... or the count and the hour written as one word ("ekghonta por call dite", "আধাঘণ্টা পরে"), as
# many type it; only ঘণ্টা's, whose fold no other word ends in ("admin pore" is no half minute) (w124)
_HOURS = re.compile(rf"(?<![a-z0-9])(?:(?:{_NUM}|adh|ada) (?:{_HOUR_UNIT})[a-z]* (?:{_AFTER})"
                    rf"|(?:ek|dui|du|ad|ada){re.escape(fold('ghonta'))}[a-z]* (?:{_AFTER})"
                    rf"|(?:{_HOUR_UNIT}) (?:{_NUM}) (?:{_AFTER})"
                    rf"|(?:in|after|within|witin) (?:{_NUM}|half an) (?:{_HOUR_UNIT}))(?![a-z0-9])")
# ... or the hour the shift ends ("chuti 6 tay, tokhon call", "ছুটি ৫টায়": off work then; ছুটি
# folds as সুতি, cotton, but cotton is not counted "at" an hour) (w148)
# ... but not the hour a call log stamps on an attempt already made ("2pm talked", "9.40am NA",
# "4pm RNR": each attempt's time, then its outcome; not "3pm talk korbe") (w155)
_LOGGED = r"(?! (?:talked|spke|saled|tried|nt ansered|sitsed of|ring n respnse|n respnse|bisemail)(?![a-z]))"
_CLOCK = re.compile(r"(?<![a-z0-9])\d{1,2} ?(?:tar|tay|tai|ta r) (?:pr|dike|pare)|(?<![0-9])\d{1,2} ?(?:pm|am)(?![a-z])"
                    + _LOGGED + r"|(?<![a-z0-9])suti \d{1,2} ?(?:tay|tai)(?![a-z0-9])")
# ... but not a flight's hour ("may not reach airport in time for the 6pm flight") (w42)
_FLIGHT = re.compile(r" (?:fligt|flit)(?![a-z])")
# ... and an hour with no "pm" right after the call ("said call after 2:30", "will call him at 8
# for PT resched", "call me around 7": stop 36, w91; not "call after 2 days", "call at 10 din
# por", "call around 7 days later") (w42)
# ... or the hour first, the call right after it ("after 7 call করতে বললেন") (w63)
_CALL_AT = re.compile(
    r"(?<![a-z0-9])(?:at|after) \d{1,2} (?:sal|fn|fne|fon|ring)(?![a-z0-9])|"
    r"(?<![a-z0-9])(?:sal|fn|fon|ring|try)(?: (?:him|her|tem|bask|me))? (?:at|after|(?:at )?arund|arnd) \d{1,2}(?: \d{2})?(?![0-9])"
    rf"(?! (?:{_HOUR_UNIT}|{_DAY_UNIT}|{_WEEK_UNIT}|mnt|mnts|mas|tarik|ta|ti)(?![a-z]))")
_MONTH_DAY = re.compile(
    rf"(?<![a-z0-9])(?<![0-9] )(\d{{1,2}}) (?:{'|'.join(re.escape(fold(w)) for w in ('tarikh', 'তারিখ', 'tarik', 'date'))})[a-z]*"
    r"(?! (?:bar|time|tym)(?![a-z0-9]))"  # "3rd bar busy": the third time, not the 3rd (w21)
    r"(?! (?:try|tries|atempts?|trial)(?![a-z0-9]))"  # "switched off, 3rd try": the third call (w27)
    r"(?! (?:order|ordr|pursase)(?![a-z0-9]))"  # "returning cx, 4th order": the fourth order (w155)
    r"(?! (?:bats|batses|beas|lt)(?![a-z0-9]))"  # "nxt wk 2nd batch chicks": the second batch, lot (w35)
    r"(?! hand(?![a-z0-9]))"  # "2nd hand projector": second-hand, not the 2nd (w38)
    r"(?! (?:paper|papers|pepar|part)(?![a-z0-9]))"  # "Bangla 2nd paper", "1st part": an exam's paper, a book's part (w97)
    r"(?! (?:instalment|kisti|mnt)(?![a-z0-9]))"  # "EMI er 2nd installment", "3rd month due": the second, third one (w45)
    rf"(?! (?:{_WEEK_UNIT})(?![a-z0-9]))"  # "Dec er 1st week e": a week, not the 1st (w24)
    r"|(?<![a-z0-9])on the (\d{1,2})(?![a-z0-9])"
    # "tarikh 5 e", "date 12": the word first
    rf"|(?<![a-z0-9])(?:{'|'.join(re.escape(fold(w)) for w in ('tarikh', 'তারিখ', 'tarik', 'date'))}) "
    r"(\d{1,2})(?![0-9]| ?/)"
    r"|(?<![a-z0-9])on (\d{1,2})$"  # "call on 24" (the clause ends there)
    r"|(?<![a-z0-9])(\d{1,2}) (?:se|la|ra|i)(?![a-z0-9])")  # ২৫শে, ১লা, ২রা, ৫ই: Bengali ordinals
# "28 Nov", "৫ ডিসেম্বর", "Dec 5", "5th Dec": a day of a named month.
_MONTHS = {1: "jan|janu[a-z]*", 2: "feb(?!(?:er|ar)(?![a-z0-9]))[a-z]*", 3: "mars", 4: "apr[a-z]*|epril", 5: "may",
           6: "jun[a-z]*", 7: "jul[a-z]*", 8: "aug[a-z]*|agst", 9: "sep|sept[a-z]*", 10: "ostber|okt[a-z]*",
           11: "nb[a-z]*", 12: "des|desem[a-z]*|deseb[a-z]*|disem[a-z]*"}
# (not "fever 3 din", a fever of three days: fever and ফেভার fold to "feber", "febar" (w107);
# not "30 desk calendars", "30 design", "5 separate boxes": "Dec" and "Sep" whole, or spelt out;
# not দেশে, "in the country", which folds like "Dece": "১৫ তারিখ দেশে আসবো" is the 15th, and after
# তারিখ a bare "Dec" is দেশ, "home": "15 tarikh desh e ashbe")
_MONTH = "|".join(f"(?P<m{k}>{v})" for k, v in _MONTHS.items())
_NAMED_MONTH = re.compile(rf"(?<![a-z0-9])(?:(?P<d1>\d{{1,2}}) (?:tarik (?!des(?![a-z0-9]))|(?:se|la|ra|i) )?(?:{_MONTH.replace('(?P<m', '(?P<a')})"
                          rf"|(?:{_MONTH}) (?P<d2>\d{{1,2}})(?: tarik)?)(?![a-z0-9])(?!(?: tarik)? (?:{_WEEK_UNIT})(?![a-z0-9]))")
_DIGITS = re.compile(r"\d")
# "পহেলা ডিসেম্বর", "pohela December": the first of a named month.
_FIRST_OF = re.compile(r"(?<![a-z0-9])(?:fela|phela|pohela|pela) (?=(?:"
                       + "|".join(_MONTHS.values()) + r")(?![a-z0-9]))")
# "25/11", "২৫/১১": day and month, as written in Bangladesh.
_DAY_MONTH = re.compile(r"(?<![0-9/] )(?<![0-9])(\d{1,2}) / (\d{1,2})(?! / \d)(?![0-9])")
_CLAUSE = re.compile(r" ?[.;!?|] ?| ?, ?| (?:kintu|but|tbe) ")


# "২-৩ দিন পর", "tin-char din por", "2/3 din por", "২ বা ৩ দিন": a range of days is vague.
_RANGE_LINK = frozenset({"/", "-", "to", "or", fold("বা"), fold("ba"), fold("থেকে")})
_UNIT_NEXT = re.compile(rf" (?:{_DAY_UNIT}|{_WEEK_UNIT})(?![a-z0-9])")
# "এক মাস পর", "after a month", "in 2 months": the same day of a later month (not "mas por por",
# every month).
_MONTH_UNIT = "|".join(re.escape(fold(w)) for w in ("mas", "মাস", "month", "months", "mash"))
_MONTHS_LATER = re.compile(rf"(?<![a-z0-9])({_NUM}) (?:{_MONTH_UNIT})[a-z]* (?:{_AFTER})(?![a-z0-9])"
                           rf"|(?<![a-z0-9])(?:after|in) ({_NUM}) (?:{_MONTH_UNIT})(?![a-z0-9])")
_AFTER_AGAIN = re.compile(rf" (?:{_AFTER})(?![a-z0-9])")


def _a_range(clause: str, start: int) -> bool:
    """Whether the number at ``start`` ends a range ("tin char din", "2 / 3 din", "২ বা ৩")."""
    before = clause[:start].split()
    if before and _number(before[-1]) and before[-1] not in ("a", "an"):
        return True
    return len(before) > 1 and before[-1] in _RANGE_LINK and _number(before[-2]) is not None


def _months_after(day: date, n: int) -> date:
    month = day.month - 1 + n
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _NUMBERS.get(token)


def _in_month(day: int, start: date) -> date | None:
    """Day ``day`` of ``start``'s month, or of the next month when it has passed."""
    year, month = start.year, start.month
    for _ in range(2):
        if day <= calendar.monthrange(year, month)[1]:
            found = date(year, month, day)
            if found > start:
                return found
        month = month % 12 + 1
        year += month == 1
    return None


def _month_end(day: date) -> date:
    """The last day of ``day``'s month: day N after it is in the next month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


_DAY_GONE_BY = 150  # days: a day and month this recent, or today, is past, not next year's


def _day_month(day: int, month: int, start: date) -> date | None:
    """That day after ``start``: this year's, or next year's when this year's is long past
    ("5/1" in late December). A day and month of the last five months, or ``start`` itself, is
    a day gone by ("অর্ডার দিছিলেন 2/9", a note headed with the call's own date), not one to
    call on."""
    try:
        found = date(start.year, month, day)
    except ValueError:
        return None
    if found > start:
        return found
    if (start - found).days <= _DAY_GONE_BY:
        return None
    try:
        return date(start.year + 1, month, day)
    except ValueError:
        return None  # 29 February, next year not a leap year



def _gone_by(clause: str, m: re.Match[str]) -> str:
    """The clause without a day and month gone by, so its day is not read again as a day of
    this month ("ডিসেম্বর ১ তারিখে" on 31 December is no 1 January)."""
    return clause[:m.start()] + " " + clause[m.end():]


# A word of replying right before "by" ("pls revert by 14th", "reply by the 3rd"): the day to
# hear back, not a bound (w40; "will confirm by 18th" stays one, w11)
_CONTACT_BY = frozenset(fold(w) for w in ("revert", "reply", "call", "contact", "respond"))


def _bounded(clause: str, m: re.Match[str]) -> bool:
    """ "15 তারিখের মধ্যে", "5/12 er por", "১০ তারিখের পর" (the ending attached; not "on the 9th
    after QC check"), "will confirm by (the) 18th": a bound, not a day. But "28 tarikh er age free na" (not free
    before the 28th) names the day they are free from, as a weekday does (w28)."""
    if (before := _BEFORE_DAY.match(clause, m.end())) and _FREE_WORDS.intersection(clause[before.end():].split()[:2]):
        return False  # (only being free: "28 tarikh er age call diben" is some day before it)
    return bool(_BOUND is not None and _BOUND.match(clause[m.end():].strip())
                or m.group(0).endswith("er") and bool(_VAGUE_AFTER.match(clause, m.end()) or _BY_DAY.match(clause, m.end()))
                or "by" in clause[:m.start()].split()[-2:] and not _CONTACT_BY.intersection(
                    clause[:m.start()].split()[-3:-1]))


def clause_date(clause: str, called: date, at_jumma: bool = False) -> date | None:
    """The day a clause names, whatever it is for (``at_jumma``: the note says they are at the
    Friday prayer now)."""
    if _WORD_DATE.search(clause):
        clause = _WORD_DATE.sub(lambda m: f"{_DAY_NUMBERS[m.group(1)]} ", clause)
    if _SPOKEN_ORDINAL.search(clause):
        clause = _SPOKEN_ORDINAL.sub(_spoken_ordinal, clause)
    if "ela " in clause:
        clause = _FIRST_OF.sub("1 ", clause)
    digits = _DIGITS.search(clause) is not None
    for pattern, unit in _RELATIVE:
        for rel in pattern.finditer(clause):
            n = _number(rel.group(1))
            if n and not _a_range(clause, rel.start(1)):
                return called + timedelta(days=n * unit)
            break
    for later in _MONTHS_LATER.finditer(clause):
        n = _number(later.group(1) or later.group(2))
        if n and not _a_range(clause, later.start(1) if later.group(1) else later.start(2)) and not (
                _AFTER_AGAIN.match(clause, later.end())):
            return _months_after(called, n)
    if (digits and (m := _DAY_MONTH.search(clause)) and m.group(0) != "24 / 7"  # "24/7 service"
            and not _UNIT_NEXT.match(clause, m.end())):  # ("৩/৪ দিন পর": three or four days)
        found = _day_month(int(m.group(1)), int(m.group(2)), called)
        if found is not None:
            return None if _bounded(clause, m) else found
        clause = _gone_by(clause, m)
    if digits and (m := _NAMED_MONTH.search(clause)):
        month = next(int(k[1:]) for k, v in m.groupdict().items() if v and k[0] in "am")
        found = _day_month(int(m.group("d1") or m.group("d2")), month, called)
        if found is not None:
            return None if _bounded(clause, m) else found
        clause = _gone_by(clause, m)
    if digits and (m := _MONTH_DAY.search(clause)):
        day = int(m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5))
        if 1 <= day <= 31 and not _bounded(clause, m):
            if _NEXT_MONTH.search(clause[:m.start()]):
                return _in_month(day, _month_end(called))
            return _in_month(day, called)
    named: list[tuple[re.Match[str], date]] = []
    for wd, weekday in _WEEKDAY.items():
        for m in weekday.finditer(clause) if weekday is not None else ():
            if _LAST is not None and _LAST.search(" ".join(clause[:m.start()].split()[-1:])):
                continue
            if ((vague := _VAGUE_AFTER.match(clause, m.end())) and not _TIME_OF_DAY.match(clause, vague.end())
                    and not (vague.group().endswith("after") and _AFTER_DOING.match(clause, vague.end()))
                    or clause[:m.start()].endswith("after ")):
                continue  # "সোমবারের পর", "free after Friday": some day after it (not "Monday after 5pm")
            if _BY_DAY.match(clause, m.end()):
                continue  # "সোমবারের মধ্যে": by Monday
            if (before := _BEFORE_DAY.match(clause, m.end())) and not _FREE_FROM.intersection(
                    clause[before.end():].split()[:2]):
                continue  # "shukrobar er age van ashbe to?": before Friday (not "mongolbar er age free na": from then)
            if _EXCEPT_AFTER.match(clause, m.end()) or clause[:m.start()].endswith("except "):
                continue  # "শুক্রবার বাদে যেকোনো দিন": any day but Friday
            ahead = (wd - called.weekday()) % 7 or 7
            named.append((m, called + timedelta(days=ahead)))
            break
    if named:
        # two days in a run-on clause: the one a call follows ("কুলখানি হইবে বুধবার রবিবারে ফোন
        # দিলে", the Sunday) (w50)
        called_on = [d for m, d in named if _PHONE_OR_CALL.intersection(clause[m.end():].split()[:1])]
        return called_on[0] if len(named) > 1 and called_on else named[0][1]
    if (called.weekday() != _FRIDAY and not at_jumma and _AFTER_JUMMA is not None
            and _AFTER_JUMMA.search(clause)):
        return called + timedelta(days=(_FRIDAY - called.weekday()) % 7)
    for fixed, days in _FIXED:
        if fixed is None:
            continue
        for m in fixed.finditer(clause):
            if days <= 2 and _since(clause[m.end():]) and not (
                    _FREE is not None and _FREE.search(clause, m.end()) or _from_then(clause[m.end():])):
                continue  # (but "porshu theke free", "porshu theke kotha": from then on)
            if days <= 1 and _LAST is not None and _LAST.search(" ".join(clause[:m.start()].split()[-1:])):
                continue  # "গত রাতে", "last evening"
            if days == 0 and clause[:m.start()].split()[-1:] in (["kal"], ["kalke"], ["gtkal"], ["gotokal"]):
                continue  # "কাল রাতে ফোন করেছিল": the night of a কাল already read (or passed over)
            if days == 1 and any(_PAST_PERFECT.fullmatch(w) and w not in _NOT_PAST_PERFECT
                                 for w in clause[m.end():].split()[:3]):
                continue  # "কাল যে অর্ডার দিছিল": yesterday
            if days <= 1 and _day_gone(clause[m.end():].split()[:3]):
                continue  # "কাল রাতে ইন্তেকাল করেছেন", "আজকে ফোন দিলাম" in a run-on note (w50)
            if days == 1 and _WAS.intersection(clause[m.end():].split()[:3]):
                continue  # "কাল মিটিং ছিল", "kal dokan bondho chilo": yesterday (w98)
            return called + timedelta(days=days)
    if _HOURS.search(clause) or _CALL_AT.search(clause) or any(
            not _FLIGHT.match(clause, m.end()) for m in _CLOCK.finditer(clause)):
        return called
    return None


# The time of a day between it and "since" ("কাল রাত থেকে", "kal sokal theke"; not "porshu accounts
# theke fon dibe", the call from the accounts) (w41).
_DAY_PARTS = frozenset(fold(w) for w in (
    "rat", "raat", "রাত", "ratri", "রাত্রি", "sokal", "সকাল", "dupur", "দুপুর", "bikal", "বিকাল", "বিকেল",
    "sondha", "সন্ধ্যা", "bhor", "ভোর", "night", "morning", "evening", "afternoon"))


def _since(rest: str) -> bool:
    """ "kal theke", "কাল রাত থেকে", "kal 10 tar theke": the day a state began, "since" right after
    it or after its time of day."""
    words = rest.split()[:2]
    if not words or _SINCE is None:
        return False
    return bool(_SINCE.fullmatch(words[0]) or len(words) > 1 and _SINCE.fullmatch(words[1]) and (
        words[0] in _DAY_PARTS or any(ch.isdigit() for ch in words[0])))


def _from_then(rest: str) -> bool:
    """ "porshu theke kotha", "kal theke call dio": the day is when talking starts again, the
    clause ending with the word of getting in touch or a word that asks for it (not "kal theke
    kotha bolte parse na")."""
    words = rest.split()
    if len(words) < 2 or _SINCE is None or not _SINCE.fullmatch(words[0]) or _CALL is None:
        return False
    tail = words[1:4]
    return bool(_CALL.fullmatch(tail[0]) or tail[0] in (fold("kotha"), fold("কথা"))) and not any(
        w in _NEGATIONS for w in tail) and asks_contact(" ".join(tail))


_NEGATIONS = frozenset(fold(w) for w in ("na", "না", "nai", "নাই", "ni", "নি", "not", "parse", "পারছে"))
# "পরশু জানাবেন কেমন কাজ করছে", "janabe kemon lagse": what they will tell, a question whose verb
# is not a call already made (w23).
_HOW = frozenset(fold(w) for w in ("কেমন", "kemon", "kemn", "how", "কিনা", "kina"))


# "tmrw" standing as a clause of its own, texted last ("couldnt come. tmrw instead", "friend in
# surgery. tmrw", "tmrw same spot"): the next contact's day, the call understood. English shorthand
# only: a lone "kal" may be yesterday (w151)
_LONE_TOMORROW = re.compile(r"(?:" + _either(("tmrw", "tomorrow", "tmr", "2mr", "2moro", "tmrrw")) + r")(?: (?:"
                            + _either(("instead", "then", "same spot", "same time", "same place")) + r"))?")


# "talked", which the entry "talk" finds as a word going on: a talk that happened, not one asked
# for. (Only this word: "wants to be reminded on the 15th", "rescheduled to the 19th", "updated
# copy pathabo" still ask for a contact.)
_TALKED = re.compile(r"talked")


def asks_contact(clause: str) -> bool:
    """Whether a clause asks for a call or visit to come, not one that happened.

    "ফোন দিছিলাম", "try korlam 9 pm e", "kotha hoy nai" tell of a call already made; "কাল
    আবার পাঠাবো" is sending again, not calling ("আবার" alone, or before a word of doing or
    getting in touch, is: "কাল আবার", "abar try korbo").
    """
    if _CONTACT is None:
        return False
    if _COME_AND_DO.search(clause) or _LONE_TOMORROW.fullmatch(clause.strip()):
        return True
    for m in _CONTACT.finditer(clause):
        after = clause[m.end():m.end() + 48].split()[:4]
        if _done(after) or after[:1] and after[0] in _STATE:
            continue
        if _TALKED.fullmatch(m.group()):
            continue  # "Talked: baby girl born on Sunday": a talk that happened (trial 12)
        before = clause[max(0, m.start() - 16):m.start()].split()
        if before and before[-1] in _NEWS and not (before[-1] in _BAAD and before[-2:-1] and (
                before[-2] in _DAY_UNITS or _PRAYERS.intersection(clause[:m.start()].split()[-3:-1]))):
            continue  # "খুশির খবর": good news, not "khobor nibo" (but "3 din baad call dio": days after) (w29)
        if m.group() in _KHOBOR and after[:1] and after[0] in _NEWS_CAME:
            continue  # "কাল রাতে খবর আসছে": the news came
        if before and before[-1] in _THINGS and (m.group() in _COMING or m.group().split()[0] in _COMING):
            continue  # "lash ashbe kal": the body arrives, nobody visits
        if m.group() in _BRING and _CARRIER.intersection(clause[:m.start()].split()):
            continue  # "courier will bring it tomorrow": the goods come, nobody visits (w147)
        if m.group() == _FREE_OR_FRI and before and before[-1] in _BEFORE_A_DAY:
            continue  # "milad on fri": Friday (folded like "free"), not being free (w22)
        if m.group() == _FREE_OR_FRI and after[:1] and after[0] in _AT_NO_COST:
            continue  # "wants free replacemnt": at no cost (w33)
        if m.group() == _CHASE and before and before[-1] in _DONT:
            continue  # "Don't chase kisti now": no chasing asked for (w38)
        if m.group() in _PHONE and (before and before[-1] in _DEVICE or after[:1] and after[0] in _DEVICE_AFTER):
            continue  # "Battery dead on his old phone": the handset, not a call
        if m.group() in _CONFIRM and before and before[-1] in _ORDER and after and after[0] in _PARCEL:
            continue  # "অর্ডার কনফার্ম, ডেলিভারি হবে পরশু": the order is confirmed, the day is the parcel's
        if m.group() in _TALK and before and before[-1] in _SUPPOSED:
            continue  # "delivery aaj rate hobar kotha": it is to happen tonight, no talk (w34)
        if m.group() in _AGAIN and after and after[0] not in _DOING and not (
                after[0] == _GIVE and after[1:2] and after[1] in _SAID) and not (
                _CONTACT.match(" ".join(after))):
            continue
        return True
    return False


# A death or a call made right after "কাল", "আজ": the day is gone by, even when voice typing runs it
# into a clause asking for a call ("ওনার আব্বা কাল রাতে ইন্তেকাল করেছেন তাই ... পরে নিজে জানাবেন",
# "আজকে ফোন দিলাম উনি বললেন ... পরে কথা বলব") (w50).
_DIED = frozenset(fold(w) for w in ("ইন্তেকাল", "intekal", "মারা", "mara", "died", "expired", "passed"))


# ... or the goods taken or bought that day ("মাত্র কাল নিসে", "kal kinlo") (w63)
_TOOK = frozenset(fold(w) for w in ("nise", "নিছে", "nisen", "নিছেন", "nilo", "nilen", "নিলেন", "niyeche",
                                    "নিয়েছে", "niyechen", "নিয়েছেন", "kinse", "কিনছে", "kinlo", "kinlen",
                                    "কিনলেন", "kinechen", "কিনেছেন", "kineche", "কিনেছে"))


# "was", right after কাল and what it was ("কাল মিটিং ছিল, আজও ব্যস্ত"): past-sense কাল (w98)
_WAS = frozenset(fold(w) for w in ("ছিল", "ছিলো", "chilo", "silo", "ছিলেন", "chilen", "ছিলাম", "chilam"))


def _day_gone(after: list[str]) -> bool:
    """The words right after a near day say it is past: a death, a call made ("ফোন দিলাম"), or
    the goods taken then ("কাল নিসে")."""
    if _DIED.intersection(after) or after[:1] and after[0] in _TOOK:
        return True
    return bool(after[:1]) and after[0] in _PHONE_OR_CALL and _done(after[1:3])


def _done(after: list[str]) -> bool:
    """Whether the words after a word of getting in touch say it happened ("phone e order
    confirm korlo", "kotha hoy nai"), before any that ask for it ("call dite bolse")."""
    for i, word in enumerate(after):
        if word in _HOW:
            return False
        if word in _PAST or " ".join(after[i:i + 2]) in _PAST:
            return True
        if word in _DOING or word.endswith(_ASKING):
            # "দুপুরে আবার try করছিলাম", "ekbar dilam": "try" and "ekbar" are no verb; the one
            # after them says whether it happened (w53)
            return word in _NO_VERB and after[i + 1:i + 2] != [] and after[i + 1] in _PAST
    return False


# The lead-in of a customer's message pasted into the note ("Her msg: ...", "Cust msg: ...",
# "WA: ...", "... - her msg"): it says where the words come from, it asks for no message (w55).
_LEAD_IN = re.compile(
    r"(?i)(?:^|(?<=[.!?।\n]))\s*(?:(?:her|his|their|the|cust(?:omer)?(?:'s|er|s)?|client(?:'s)?|buyer(?:'s)?)\s+)?"
    r"(?:msg|message|text|sms|wa|whatsapp|messenger|inbox|মেসেজ|ম্যাসেজ|মেসেজে)(?:\s+(?:says?|said|bolse|likhse))?\s*:"
    r"|[\"”]\s*[-—–]\s*(?:her|his|their|cust(?:omer)?(?:'s)?|client(?:'s)?)\s+(?:msg|message|text|sms)\b")


def _unalike(text: str) -> str:
    """The note with words that fold like a word of getting in touch written apart: চাল
    (rice) and "chal" fold as "call" does; রাতে ("tonight") as the English "rate"; রিং (a
    heart stent) as "ring"; the SMS "kl" (kal, tomorrow: "kl cl dn") as কল (a call) does, unless
    it is that call ("porshu kl dio"); "soon"
    and "too" as "sun" and "thu" (short Sunday and Thursday); কালো (black) as কাল; a pasted message's lead-in
    ("Her msg:") set aside; and "call kore bolo", the imperative, apart from "kore bollo"."""
    low = text.lower()  # (each substitution scans the note: only where its word can be)
    if "ফু" in text or "ফো" in text:
        text = _BN_PHONE_CUT.sub("ফোন", _BN_FOLLOW_UP.sub(" follow up ", text))
    if ":" in text or '"' in text or "”" in text:
        text = _LEAD_IN.sub(" ", text)
    sms = "kl" in low
    if sms:
        text = _SMS_CALL_LAST.sub(r"\1call", _SMS_CALL_VERB.sub("call", text))
    if "অনুরোধ" in text:
        text = _BN_REQUESTED.sub(" বলেছেন", text)
    if "bol" in low or "বল" in text or "বইল" in text:
        text = _CALL_AND_TELL.sub(r"\1 koro,", text)
    if sms:
        text = _SMS_TOMORROW.sub("kal", text)
    if "কালো" in text:
        text = _BLACK.sub(" black ", text)
    if "soon" in low or "too" in low:
        text = _TOO.sub(" very ", _SOON.sub(" shortly ", text))
    if not _LOOKALIKE_HINT.search(text):
        return text
    text = _TONIGHT_WORDS.sub(" tonight ", _RICE.sub(" rice ", text)).replace("রিং", " stent ")
    return _CB.sub(" call back ", text)


def _tonight(clause: str, called: date) -> date | None:
    """In a clause asking for contact, "রাতে", "রাত ৮টায়", "8 tay": later today."""
    return called if _LATER_TODAY.search(clause) or _SPELT_HOUR.search(clause) else None


def _within(clause: str, called: date) -> date | None:
    """ "3 diner moddhe jogajog korbo": the last day of the days given, in a clause asking for contact."""
    m = _WITHIN_DAYS.search(clause)
    n = _number(m.group(1)) if m and not _a_range(clause, m.start(1)) else None
    return called + timedelta(days=n) if n else None


# মন ("mind") folds like "mon": before these it is the mind, not Monday ("কথা বলিবার মন নাই, বুধবার
# দিয়েন": no mind to talk; "mon kharap", "মন চায়") (w58)
_MIND_AFTER = frozenset(fold(w) for w in ("nai", "নাই", "nei", "নেই", "na", "না", "kharap", "খারাপ", "valo", "ভালো",
                                          "bhalo", "chay", "চায়", "chaise", "চাইছে", "mejaj", "মেজাজ"))


def _short_weekday(clause: str, called: date) -> date | None:
    for wd, weekday in _SHORT_WEEKDAY.items():
        if weekday is None:
            continue
        for m in weekday.finditer(clause):
            if wd == 0 and clause[m.end():].split()[:1] and clause[m.end():].split()[0] in _MIND_AFTER:
                continue
            return called + timedelta(days=(wd - called.weekday()) % 7 or 7)
    return None


# "Saturday er bodole aaj e ashben", "শনিবারের বদলে শুক্রবার", "instead of Friday": the day given up
# is not the call-back day (w24).
_INSTEAD = re.compile(r"(?<![a-z0-9])[a-z0-9]+(?: er| r|er) bdle(?![a-z0-9])|(?<![a-z0-9])instead of [a-z0-9]+(?![a-z0-9])")
# "পরশু না কাল সন্ধ্যায় খোঁজ নিবো", "friday na saturday": one day taken back for the next in the
# same breath, so the first is dropped (w27).
_DAY_WORDS_SAID = "|".join(sorted({re.escape(fold(w)) for w in (
    "পরশু", "কাল", "কাইল", "kalke", "আজ", "ajke", "tomorrow",
    *(w for words in _WEEKDAYS.values() for w in words if w.endswith(("বার", "day")) and " " not in w))},
    key=len, reverse=True))
_NOT_THAT_DAY = re.compile(rf"(?<![a-z0-9])(?:{_DAY_WORDS_SAID}) na (?=(?:{_DAY_WORDS_SAID})(?![a-z0-9]))")
# ... and in English, the day denied first ("not tomorrow, friday after jumma", "not tmrw but
# Thursday"), the comma or "but" between splitting it into a clause of its own (w158)
_NOT_THAT_DAY_FIRST = re.compile(rf"(?<![a-z0-9])nt (?:{_DAY_WORDS_SAID}|tmrw|tmr)(?: ,| but)? "
                                 rf"(?=(?:{_DAY_WORDS_SAID})(?![a-z0-9]))")


# "25 tarikh er pore kisti dibe, 25 e call dio": a bare number with "e" is that day of the month when
# the note has named it as one (w24).
_BARE_DAY = re.compile(r"(?<![a-z0-9/.])(\d{1,2}) (?:e|te)(?![a-z0-9])")


def _days_named(folded: str) -> str:
    """ ``folded`` with a bare "N e" read as "N tarike" when "N tarik" is written elsewhere in it."""
    named = set(re.findall(r"(?<![a-z0-9])(\d{1,2}) tarik", folded))
    return _BARE_DAY.sub(lambda m: f"{m.group(1)} tarike" if m.group(1) in named else m.group(), folded) if named else folded


def _after_no_call(clause: str) -> list[str]:
    """A clause run on by voice typing ("গাড়ি বসে গেছে আসতে পারবেন না কাল সকালে ফোন দিতে বললেন"),
    split after its last words of what will not happen ("আসতে পারবেন না") when what follows asks
    for a call: those words say nothing of the day after them (w80)."""
    last = None
    for last in _NO_CALL.finditer(clause) if _NO_CALL is not None else ():
        pass
    rest = clause[last.end():] if last is not None else ""
    if (last is None or _UNTIL is not None and _UNTIL.search(clause) or _CALL is None
            or not _CALL.search(rest) or not asks_contact(rest)):
        return [clause]  # (a call asked for, not "can't come to collect the groceries today")
    return [clause[:last.end()], rest.strip()]


def callback_date(text: str, called: date) -> date | None:
    """The day the note asks to get in touch again, or None when it names none.

    First a day in the same clause as a contact word ("শনিবার ফোন দিতে বলছে"); else, when
    the note asks for contact somewhere, a day in a neighbouring clause that is not about
    something else or in the past ("kal sokale payment korben, call dite bolche").
    """
    folded = _days_named(_NOT_THAT_DAY_FIRST.sub("", _NOT_THAT_DAY.sub("", _INSTEAD.sub(" ", fold(_unalike(text))))))
    every = [piece for clause in _CLAUSE.split(folded) for piece in _after_no_call(clause)]
    at_jumma = _AT_JUMMA is not None and _AT_JUMMA.search(folded) is not None
    asking = {c for c in every if asks_contact(c)}
    if not asking:
        return None
    clauses = [c for c in every  # "Don't call today", "aj ashbe na": not that day
               if (_NO_CALL is None or not _NO_CALL.search(c)) and not _NO_CALL_END.search(c)
               or _UNTIL is not None and _UNTIL.search(c)]
    if _DONT_CALL is not None and all(_DONT_CALL.search(c) and not (_UNTIL is not None and _UNTIL.search(c))
                                      for c in asking):
        for clause in every:  # "kal call dio na, porshu dio": not that day, but another
            if clause not in asking and _asked_to_do(clause.split()) and not (
                    _OTHER is not None and _OTHER.search(clause)):  # ("Funeral today. Do not call") (w43)
                found = clause_date(clause, called, at_jumma)
                if found is not None:
                    return found
        return None  # "Don't call for the sweets promo": no call asked for
    calls = [c for c in clauses if c in asking and _CALL is not None and _CALL.search(c)]
    contact = calls + [c for c in clauses if c in asking and c not in calls]
    if (day_before := _the_day_before(every, contact, called, at_jumma)) is not None:
        return day_before
    if (day_after := _the_day_after(every, contact, called, at_jumma)) is not None:
        return day_after
    for clause in contact:
        found = clause_date(clause, called, at_jumma) or _short_weekday(clause, called) or _within(clause, called)
        if found == called and _THAT_DAY is not None and _on_that_day(clause):
            continue  # "oi din bikale ... call dite bolse": the afternoon of the day named before (w52)
        if found is not None:
            return found
    for clause in contact:  # ("ratre fire ashbe, kal sokale call": the named day first)
        if found := _tonight(clause, called):
            return found
    if _THAT_DAY is not None and any(_on_that_day(c) for c in contact):
        # "আব্বুর অপারেশন রবিবার, ওই দিন call দিয়েন": the event's own day, named ahead (w20)
        # a party named ahead counts only for a call that day ("next wk party, tokhon cl"), not
        # for coming to it ("brihospotibar party dibe, oidin ashte bolse": invited) (w34)
        party = _PARTY is not None and _CALL is not None and any(
            _CALL.search(c) and _THAT_DAY.search(c) for c in contact)
        for clause in clauses:
            if any(p is not None and p.search(clause) for p in (
                    *_EVENT_ITSELF.values(), _PARTY if party else None)) and not (
                    _DONE_EVENT is not None and _DONE_EVENT.search(clause)):
                found = clause_date(_BARE_TODAY.sub("", clause), called, at_jumma)
                if found is not None and found > called:
                    return found
        # "বৃহস্পতিবার বুকিং দিলাম, ঐদিন আবার ফোন দিবো": the day the clause just before names
        # for anything (a booking, a visit), when it is still ahead (w23)
        for before, clause in zip(every, every[1:]):
            if clause in contact and _THAT_DAY.search(clause) and not (_LAST is not None and _LAST.search(before)) and (
                    _OTHER is None or not _OTHER.search(_FROM_WORD.sub(" ", before))
                    or _BOOKED is not None and _BOOKED.search(before)
                    or _SET_FOR is not None and _SET_FOR.search(before) and not (
                        _DONE_EVENT is not None and _DONE_EVENT.search(before))):
                found = clause_date(_BARE_TODAY.sub("", before), called, at_jumma) or (
                    _short_weekday(before, called) if _BOOKED is not None and _BOOKED.search(before) else None)
                if found is not None and found > called:
                    return found
    if (taken := _after_it_takes(every, contact, called)) is not None:
        return taken
    if _VAGUE is not None and _THEN is not None and all(
            _VAGUE.search(c) and not _THEN.search(c) for c in asking):
        return None  # "shonibar gram e jabe, pore phone dio": "later", not then
    for clause in clauses:
        if (found := _lone_day(clause, called)) is not None:
            return found
        if _OTHER is not None and _OTHER.search(clause) and not (_BOOKED is not None and _BOOKED.search(clause)):
            continue  # (a day booked is ahead: "kalke sokale workshop slot dilam, call dibo", w23)
        found = clause_date(_BARE_TODAY.sub("", clause), called, at_jumma)  # ("ajke mon kharap": how today is)
        if found is not None:
            return found
    return None


# "2 din lagbe thik korte, tarpor fon", "১২ দিন লাগবে, তারপর ফোন দিবো": the days a job or goods
# take, and the contact after them (w41)
# ... or the days papers take to be ready, and the call then ("Dubai visa er kagoj 3 din e ready
# hobe, tokhon call dibo") (w42)
# ... or the days of rest a doctor or trainer gave ("3 din rest. tarpor call dite bolse") (w52)
# ... or the days away from home, and the call on coming back ("তিন দিন ঢাকার বাইরে\nফিরে ফোন
# দিবেন", "3 din baire, firle call") (w56)
_TAKES = re.compile(rf"(?<![a-z0-9])({_NUM}) (?:{_DAY_UNIT}) (?:" + _either((
    "lagbe", "lagbo", "laagbe", "লাগবে", "লাগবো", "rest", "বিশ্রাম", "bisram")) + r"|(?:e |a )?ready (?:" + _either((
    "hobe", "হবে")) + r")|(?:[a-z]+ )?" + _either(("baire", "বাইরে")) + r")(?![a-z0-9])")
_ONCE_DONE = phrase_pattern(("tarpor", "tar por", "তারপর", "after that", "then$", "ashle", "asle", "আসলে",
                             "hoile", "hole$", "হলে$", "হইলে", "tokhon", "তখন",
                             "ফিরে$", "fire$", "ফিরলে", "firle", "ফিরে এসে", "fire ese", "back$"))


def _after_it_takes(every: list[str], contact: list[str], called: date) -> date | None:
    """A clause saying how many days something takes, then a contact clause "after that" or
    "when it comes": the day it takes to (not "3 din lagbe" with no call tied to it)."""
    for i, clause in enumerate(every):
        if (m := _TAKES.search(clause)) is None or _a_range(clause, m.start(1)):
            continue
        if any(c in contact and _ONCE_DONE is not None and _ONCE_DONE.search(c) for c in every[i:i + 2]):
            n = _number(m.group(1))
            if n:
                return called + timedelta(days=n)
    return None


# "তার আগের দিন ফোন দিমু", "call the day before": the day before the one the note names just
# before it (a delivery, a visit), not "the day before yesterday" (w32)
_DAY_BEFORE = phrase_pattern(("তার আগের দিন", "তার একদিন আগে", "তার এক দিন আগে", "ওই দিনের আগের দিন",
                              "ঐ দিনের আগের দিন", "tar ager din", "tar ek din age", "tar ekdin age",
                              "oi diner ager din", "the day before$", "a day before$", "one day before$",
                              # without তার, the day named just before ("১৮ তারিখে আসবেন, আগের দিন ফোনে
                              # মনে করিয়ে দিতে হবে") (w63)
                              "আগের দিন$", "ager din$"))
_YESTERDAY = phrase_pattern(("yesterday",))


def _the_day_before(every: list[str], contact: list[str], called: date, at_jumma: bool) -> date | None:
    """A contact clause that asks for "the day before" and names no day of its own: the day
    before the one the nearest clause before it names, when that is still ahead."""
    for i, clause in enumerate(every):
        if (clause not in contact or _DAY_BEFORE is None or not _DAY_BEFORE.search(clause)
                or _YESTERDAY is not None and _YESTERDAY.search(clause)
                or clause_date(clause, called, at_jumma) or _short_weekday(clause, called)):
            continue
        for before in reversed(every[:i]):
            found = clause_date(before, called, at_jumma) or _short_weekday(before, called)
            if found is not None:
                day = found - timedelta(days=1)
                return day if day > called else None
    return None


# "nanir chokher operation kal, tarpor din call korben", "তার পরের দিন ফোন দিবেন": the day after the
# one the note names just before it (an operation, a delivery), not "the day after" tomorrow (w56)
_DAY_AFTER = phrase_pattern(("tarpor din", "tar por din", "tarpor er din", "tar porer din", "tar poredin",
                             "তারপর দিন", "তার পরের দিন", "তারপরের দিন", "তার পরদিন", "the day after that"))


def _the_day_after(every: list[str], contact: list[str], called: date, at_jumma: bool) -> date | None:
    """A contact clause that asks for "the day after that" and names no day of its own: the day
    after the one the nearest clause before it names, when that is not gone."""
    for i, clause in enumerate(every):
        if (clause not in contact or _DAY_AFTER is None or not _DAY_AFTER.search(clause)
                or _short_weekday(clause, called)):
            continue
        for before in reversed(every[:i]):
            found = clause_date(before, called, at_jumma) or _short_weekday(before, called)
            if found is not None:
                return found + timedelta(days=1) if found >= called else None
    return None


# "কালকে দিয়েন বললো": the customer's words reported (the call of the clause before understood).
_SAID = frozenset(fold(w) for w in ("bolse", "bollo", "bolche", "boleche", "bolsen", "bollen", "বললো",
                                     "বলছে", "বলেছে", "বলছেন", "বললেন", "বলেছেন", "said", "asked"))


def _asked_to_do(words: list[str]) -> bool:
    """Whether a clause ends in a verb of doing ("porshu dio"), or one and the customer's "said"
    ("কালকে দিয়েন বললো"): after "আজকে ফোন দিয়েন না", the call asked for on another day."""
    return bool(words) and (words[-1] in _DOING or len(words) > 1 and words[-1] in _SAID and words[-2] in _DOING)


def free_day(text: str, called: date) -> date | None:
    """For a busy call: the day they will be free, with or without a contact word nearby
    ("এখন না, আজকে মাগরিবের পরে", "budhbar fire ashbe"), not counting days about something else."""
    folded = fold(_unalike(text))
    at_jumma = _AT_JUMMA is not None and _AT_JUMMA.search(folded) is not None
    for clause in _CLAUSE.split(folded):
        if _OTHER is not None and _OTHER.search(clause) or _told_of_past(clause):
            continue  # ("Ajke কোনো কথা হয় নাই", "try korlam 9 pm e": what happened, not when free)
        if _NOT_EITHER_DAY is not None and _NOT_EITHER_DAY.search(clause):
            continue  # "ekhon parbe na bolse, kal o na, porshu dhorte": not free that day (w52)
        # "আজ" alone says how things are today ("aj sw off", "আজ কথা বলার মুড নাই", "aj na, kal
        # korio"), not that they are free later today ("aj bikale", "আজ রাত ৯টার পর")
        found = clause_date(_BARE_TODAY.sub("", clause), called, at_jumma) or _lone_day(clause, called)
        if found is not None:
            return found
    return None


# ("later today", "ltr আজই": later, not how today is) (w62)
_BARE_TODAY = re.compile(r"(?<![a-z0-9])(?<!" + fold("later") + r" )(?:aj|ajke|ajk|aji|ajxi|ajkei|today|tday)(?![a-z0-9])"
                         # ("today evening" is a time of day, not how today is)
                         r"(?! (?:" + "|".join(re.escape(fold(w)) for w in ("evening", "afternoon", "night"))
                         + r")(?![a-z0-9]))")


def _told_of_past(clause: str) -> bool:
    words = clause.split()
    return any(w in _PAST or " ".join(words[i:i + 2]) in _PAST for i, w in enumerate(words))


def typed_date(text: str, called: date) -> date | None:
    """A Follow Up On cell typed in words ("Thursday", "পরশু", "৩ দিন পর"): no contact word needed."""
    folded = fold(text)
    for clause in _CLAUSE.split(folded):
        found = clause_date(clause, called)
        if found is not None:
            return found
    return None


def takes_back_a_day(text: str) -> bool:
    """Whether the note takes back a call-back day given before ("not Sunday, call Tuesday",
    "রবিবার না, মঙ্গলবার", "call on Friday instead"): with no event of its own, such a note only
    moves the open follow-up to its new day (``story.py``)."""
    return _TAKEN_BACK.search(fold(_unalike(text))) is not None


# The day of the event itself, when the note gives it ahead ("biye 28 tarikhe", "২৫ তারিখে
# অপারেশন", "delivery date next Monday"): the follow-up waits until it has happened.
_EVENT_ITSELF = {
    "celebration": phrase_pattern((
        "বিয়ে", "biye", "biya", "bie$", "wedding", "engagement", "আকদ", "akd$", "holud", "হলুদ",
        "বৌভাত", "bouvat", "bou bhat", "reception", "birthday", "জন্মদিন", "jonmodin", "anniversary",
        "বার্ষিকী", "উদ্বোধন", "opening", "gaye holud", "engaged", "married", "marriage")),
    "illness": phrase_pattern((
        "অপারেশন", "operation", "oparesan", "opareshon", "surgery", "সার্জারি", "sarjari",
        "এনজিওগ্রাম", "angiogram", "বায়োপসি", "biopsy", "bypass", "বাইপাস", "transplant",
        # a session of treatment or an operation in a pharmacy's shorthand ("OT hobe kal",
        # "28 tarikh e dialysis, tokhon call dibo") (w27)
        "ডায়ালাইসিস", "dialysis", "কেমো", "chemo", "ot$", "ওটি$")),
    # a death's rites named ahead ("শুক্রবার কুলখানি, ঐদিন ফোন দিবো") (w43)
    "bereavement": phrase_pattern((
        "কুলখানি", "kulkhani", "kulkani", "চল্লিশা", "chollisha", "মিলাদ", "milad", "শ্রাদ্ধ", "shraddho")),
    "newborn": phrase_pattern((
        "delivery", "ডেলিভারি", "সিজার", "cesar", "sizar", "c section", "c-section", "due date",
        "ডিউ ডেট", "প্রসব", "edd$",
        # the baby's aqiqah on a day to come: the family's news is wished after it (the eleventh
        # blind trial: "আকিকা হবে ২৮ তারিখে" was congratulated three days before)
        "আকিকা", "akika", "aqiqah", "aqiqa", "akikah")),
}
_PARTY = phrase_pattern(("party", "পার্টি"))
# Words that put the clause in the past ("operation hoise kal", "wedding was on Friday").
_DONE_EVENT = phrase_pattern((
    "হইছে", "হয়েছে", "hoise", "hoyeche", "hoyse", "হইছিল", "হয়েছিল", "hoisilo", "ছিল", "chilo", "silo",
    "গেছে", "gese", "geche", "হয়ে গেল", "hoye gelo", "was$", "were$", "had$", "did$", "went$", "done$",
    "yesterday", "gotokal", "গতকাল", "last$", "গত$", "goto$", "happened", "successful", "ago$",
    "korse", "করছে", "করেছে", "koreche", "holo$", "হলো", "হল$", "theke", "থেকে", "since", "got$"))


# "meyer biye december e", "ডিসেম্বরে মেয়ের বিয়ে", "operation in January", "biye ei mase": the event
# comes in a month the note names, no day given. As with "next month", the month's last day is the
# first it is surely over by (the sixth story trial: "meyer biye december e, lehenga dekhbe", written
# on 27 November, was congratulated on the 28th). A month name counts only where it is plainly a
# time: after "in", with a Bengali ending (ডিসেম্বরে, januyarite) or before "e", "te", "mase"; May
# and মে only before "mase"/"month" or after "in" ("may be", মে is also "girl" in speech).
_MONTH_BASES = {
    1: ("january", "januari", "januyari", "januyary"), 2: ("february", "februari", "februyari"),
    3: ("mars",), 4: ("april", "epril"), 6: ("jun", "june"), 7: ("julai", "july"),
    8: ("august", "agust", "agost"), 9: ("september", "septembr", "septemb"),
    10: ("oktober", "oktobr", "oktbr", "oktob"), 11: ("november", "nbember", "nbembr", "nobember"),
    12: ("desember", "disember", "desembr", "disembr")}
_MONTH_OF = {b: m for m, bases in _MONTH_BASES.items() for b in bases} | {"may": 5, "me": 5}
_BASES = "|".join(sorted((b for b in _MONTH_OF if b not in ("may", "me")), key=len, reverse=True))
_IN_NAMED_MONTH = re.compile(
    rf"(?<![a-z0-9])(?:in (?P<a>{_BASES}|may)|(?P<b>{_BASES})(?:e|te|re|y)"
    rf"|(?P<c>{_BASES}) (?:e|te|mase|maser|mas|month)|(?P<d>may|me) (?:mase|maser|mas|month))(?![a-z0-9])")
_THIS_MONTH = re.compile(r"(?<![a-z0-9])(?:" + _either(("ei", "এই", "this")) + ") (?:"
                         + _either(("mase", "মাসে", "maser", "মাসের", "month")) + r")(?![a-z0-9])")
_MONTHS_GONE_BY = 5  # a month named of the last five is past ("october e biye" in November), not next year's


def _in_named_month(clause: str, called: date) -> date | None:
    """The last day of the month a (folded) clause names for its event, or None."""
    if _THIS_MONTH.search(clause):
        return _month_end(called)
    found = _IN_NAMED_MONTH.search(clause)
    if found is None:
        return None
    month = _MONTH_OF[next(g for g in found.groups() if g)]
    ahead = (month - called.month) % 12
    if ahead > 12 - 1 - _MONTHS_GONE_BY:
        return None
    first = date(called.year + (called.month + ahead - 1) // 12, (called.month + ahead - 1) % 12 + 1, 1)
    return _month_end(first)


def _day_after_comma(clause: str, called: date) -> date | None:
    """The day a clause of a few words names on its own, after the event's clause ("opareshon ek din
    pichaise, 21 tarikh", "অপারেশন পিছাইছে, ২১ তারিখ"): the event's new day (the sixth story trial:
    the postponed operation was asked after on the morning of the old day). Not a call-back ("২১
    তারিখ ফোন দিবো"), which is a day to call, not the event's."""
    if len(clause.split()) > 3 or _CONTACT is not None and _CONTACT.search(clause):
        return None
    return clause_date(_BARE_TODAY.sub("", clause), called)


def event_day(text: str, called: date, event: str | None) -> date | None:
    """The day, after the call, on which the note says ``event`` itself takes place ("choto bon
    er biye 28 tarikhe", "উনার স্বামীর ২৫ তারিখে অপারেশন", "wedding is on Friday"), or None.

    Only a day in the same clause as a word of that very event counts, and not when the
    clause tells of it as past. Unlike the call-back day, no word of getting in touch is
    needed: this is when the thing happens, not when to call (a call-back day still wins).
    Once a clause has told of the event as past, a later day is another occasion of the same
    story ("Got engaged last week! … cake for the reception on 5 Dec", "বিয়ে হয়ে গেছে গত
    শুক্রবার, ৫ তারিখে বউভাত"): what happened is congratulated now (the seventh blind trial:
    the engagement waited for the reception)."""
    words = _EVENT_ITSELF.get(event or "")
    if words is None:
        return None
    clauses = _CLAUSE.split(fold(_unalike(text)))
    for i, clause in enumerate(clauses):
        if not words.search(clause):
            continue
        if _DONE_EVENT is not None and _DONE_EVENT.search(clause):
            return None
        found = clause_date(_BARE_TODAY.sub("", clause), called)
        if found is None and i + 1 < len(clauses):
            found = _day_after_comma(clauses[i + 1], called)
        if found is None and _IN_NEXT_MONTH.search(clause):
            found = _month_end(_month_end(called) + timedelta(days=1))
        if found is None and event != "newborn":  # a due month: the well-wishing goes now (F10)
            found = _in_named_month(clause, called)
        if found is not None and found > called:
            return found
    return None


# "ছেলের বিয়ে সামনে মাসে", "biye agami mase", "wedding next month": the event comes some day of
# next month, no day named. The last day of that month is the first day it is surely over by, so
# the congratulations wait for it rather than going before the wedding (an owner's trial: a son's
# wedding "সামনে মাসে" was congratulated nine days after the call) (w31). Only for the event's own
# day: "next month call dio" names no call-back day, as before.
_IN_NEXT_MONTH = re.compile(r"(?<![a-z0-9])(?:" + _either((
    "porer", "পরের", "agami", "আগামী", "next", "samner", "সামনের", "samne", "সামনে")) + ") (?:"
    + _either(("mase", "মাসে", "maser", "মাসের", "mas", "মাস", "month", "month's")) + r")(?![a-z0-9])")
