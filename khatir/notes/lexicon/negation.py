"""Words that say an event did not happen, or is over, and who the customer themself is."""
from __future__ import annotations

from .lookalikes import WARRANTY_DONE

# Words that say an event did not happen, when they follow the cue (Bengali and Banglish
# put the negation after the word: "জ্বর নাই", "kono problem nai").
NEGATION_AFTER: tuple[str, ...] = (
    "নাই", "নেই", "না$", "নি$", "হয়নি", "হয় নাই", "হয় নি", "হয়নাই", "নয়", "নাই বললো",
    "নাই বলছে", "নন$", "nai", "nei", "na$", "ni$", "hoyni", "hoy nai", "hoy ni", "noy$", "nay$", "none", "nothing",
    # English, when the word is the subject: "Fever is not the issue" (not "fever is not going down")
    "is not the", "was not the", "is not an", "was not an", "not the issue", "not the problem",
    "not an issue",
)
# "No worries" after a word is no negation of it ("ট্রলারের ইঞ্জিন বন্ধ হয়ে গেছিল আজ ঠিক করে ফেলছে চিন্তা
# নাই": put right, do not worry; voice typing runs the two together with no comma) (w50).
NO_WORRY: tuple[str, ...] = (
    "চিন্তা নাই", "চিন্তা নেই", "চিন্তার কিছু নাই", "চিন্তার কিছু নেই", "chinta nai", "chinta nei",
    "chintar kichu nai", "chintar kisu nai", "টেনশন নাই", "টেনশনের কিছু নাই", "tension nai", "tension nei",
    "tension er kichu nai",
)
# ... but not when it is the "not" of a going down or a healing right after the word: "cheler jwor
# kome nai" (the fever did not go down) says it is still there (w41).
NOT_GONE_DOWN: tuple[str, ...] = (
    "কমে নাই", "কমে নি$", "কমেনি", "kome nai", "kome ni$", "komeni", "সারে নাই", "সারেনি", "sare nai",
    "sareni", "ছাড়ে নাই", "ছাড়েনি", "chare nai", "chareni",
    # ... or is not going down now ("মেয়ের ফিভার কমতেছে না", "bou er jor komtese na") (w77)
    "কমতেছে না", "কমতাছে না", "কমছে না", "কমতেসে না", "komtese na", "komtase na", "komche na",
    "komtesena",
    # ... or of its being known: which illness it is, not known yet ("dengue na typhoid bujha jay nai
    # ekhono": a fever still unexplained, not a typhoid gone) (w83)
    "বোঝা যায় নাই", "বোঝা যায়নি", "বুঝা যায় নাই", "বুঝা যায়নি", "বোঝা যাচ্ছে না", "বুঝা যাচ্ছে না",
    "bujha jay nai", "buja jay nai", "bujha jayni", "bujha jacche na", "buja jacche na", "bujha jaitese na",
    # ... with "still" between ("বাচ্চার জ্বর এখনো কমে নাই", "jor ekhono sare nai"); folded, এখনো is
    # এখন, and "now ... nai" read as gone (w154)
    "এখনো কমে নাই", "এখনো কমেনি", "এখনো কমে নি$", "এখনো সারে নাই", "এখনো সারেনি", "এখনো ছাড়ে নাই",
    "এখনো কমতেছে না", "এখনো কমছে না", "ekhono kome nai", "ekhono komeni", "ekhono sare nai",
    "ekhono sareni", "ekhono chare nai", "ekhono komtese na", "ekhono komche na",
)
# ... and when they come before it ("no complaint", "nobody was hurt", "কোনো অভিযোগ").
NEGATION_BEFORE: tuple[str, ...] = (
    "no$", "not$", "never$", "without$", "nobody", "no one", "none", "nothing", "non$", "zero$",
    "kono", "কোনো", "কোন", "কারো কোনো", "কেউ", "keu", "neither", "nor$", "free of",
)

# Words that say the event is already over: the fever went, the refund came.
# An angry customer calmed down after the shop made amends ("discount dewar por thanda hoise 👍",
# "maf chaisi, apa ekhon thanda"): over only for a complaint and only closing its clause, never
# a cold caught ("বাবুর ঠান্ডা হইছে", "ammu r ekhon thanda lagse") nor food gone cold ("biryani
# thanda hoye gese"): see rules.over_in (w85)
CALMED: tuple[str, ...] = (
    "por thanda hoise", "por thanda hoyeche", "por thanda hoilo", "পর ঠান্ডা হইছে", "পর ঠান্ডা হয়েছে",
    "পরে ঠান্ডা হইছে", "pore thanda hoise", "ekhon thanda", "এখন ঠান্ডা", "matha thanda hoise",
    "মাথা ঠান্ডা হইছে", "মাথা ঠান্ডা হয়েছে", "rag thanda hoise", "রাগ ঠান্ডা হইছে",
    # ... once something was given back or off ("20 tk ferot dile thanda hoise", "ছাড় দিলে ঠান্ডা
    # হইছে"): the amends, then the calm (w162)
    "dile thanda hoise", "dile thanda hoyeche", "দিলে ঠান্ডা হইছে", "দিলে ঠান্ডা হয়েছে",
)

OVER: tuple[str, ...] = (
    # all fine again after a vehicle's or a device's trouble ("tyre burst hoisilo, kal change korse,
    # ekhon sob thik") (w23)
    "ekhon sob thik", "এখন সব ঠিক", "ekhon shob thik", "all fixed now", "sob thik hoye gese",
    # put right in the passive ("বাইক ঠিক করা হইছে"); a battery down, starting again ("car er
    # battery down chilo, ekhon start nise") (w30)
    "ঠিক করা হইছে", "ঠিক করা হয়েছে", "thik kora hoise", "thik kora hoyeche", "ekhon start nise",
    "ekhon start niche", "এখন স্টার্ট নিছে", "এখন স্টার্ট নিচ্ছে", "ekhon start nicche",
    # a fever gone ("বাচ্চার fever চলে গেছে"; চলে গেছে alone is a death or someone left) (w44)
    "fever চলে গেছে", "fever chole gese", "fever chole geche", "জ্বর চলে গেছে", "jor chole gese",
    "jor chole geche", "জ্বর চলে গিয়েছে",
    # a fever left, a problem solved, back from the workshop put right, "ar" written "r" ("bou er jor
    # serese", "gari r problem solve hoise", "workshop theke thik hoye aise", "ekhon r problem nai") (w49)
    "jor serese", "jor sereche", "jor chere dise", "জ্বর ছেড়েছে", "জ্বর ছেড়ে গেছে", "জ্বর ছাড়ছে",
    "problem solve", "somossa solve", "সমস্যা solve", "thik hoye aise", "thik hoye asse", "ঠিক হয়ে আইছে",
    "r problem nai", "r kono problem nai", "kono issue nai", "r kono issue nai", "no issue now",
    # an issue settled, all normal again, back from the workshop ("overcharge issue mitse", "কেউ
    # ব্যথা পায় নাই, আজ সব normal", "gari workshop theke ashse") (w52)
    "issue mitse", "issue miteche", "issue mite gese", "problem mitse", "problem miteche", "ইস্যু মিটছে",
    "সব normal", "সব নরমাল", "sob normal", "shob normal", "everything normal", "all normal",
    "workshop theke ashse", "workshop theke aise", "workshop theke anse", "ওয়ার্কশপ থেকে আসছে",
    "ওয়ার্কশপ থেকে আনছে", "garage theke ashse", "garage theke anse", "গ্যারেজ থেকে আনছে",
    # up from an illness ("rider nije typhoid theke uthse") (w45)
    "theke uthse", "theke uthechen", "theke utheche", "থেকে উঠছে", "থেকে উঠেছে", "থেকে উঠছেন",
    # come back from the workshop put right ("ওয়ার্কশপ থেকে ঠিক হয়ে এসেছে"), Noakhali "fixed and
    # brought it" ("সিএনজি ঠিক করি আনছে") (w33)
    "ঠিক হয়ে এসে", "ঠিক হয়ে আসছে", "ঠিক হইয়া আসছে", "ঠিক হই আইছে", "thik hoye eseche", "thik hoye ashse",
    "thik hoye asche", "ঠিক করি আন", "ঠিক করে আন", "ঠিক কইরা আন", "thik kore anse", "thik kore ansi",
    "thik kore aneche", "thik kori anse",
    # ... in Sylhet's অইয়া, or come home put right; a repair (সারাই) done; healed and up (সাইরা
    # উঠছে) ("গ্যারেজ থাকি ঠিক অইয়া আসছে", "ঠিক হইয়া ফিরছে", "পিকআপ সারাই শেষ", "টাইফয়েড থাইকা
    # সাইরা উঠছইন") (w77)
    "ঠিক অইয়া আসছে", "ঠিক অইয়া আইছে", "ঠিক অইয়া আইছ", "thik oiya asse", "thik oia ashse",
    "ঠিক হইয়া ফির", "ঠিক হয়ে ফির", "ঠিক অইয়া ফির", "thik hoye fir", "thik hoiya fir",
    "সারাই শেষ", "sarai shesh", "sarai ses",
    "সাইরা উঠছ", "সাইরা উঠছে", "সাইরা উঠছেন", "সাইরা উঠছুইন", "সাইরা উঠছইন", "saira uthse", "saira utse",
    *WARRANTY_DONE,
    "কমে গেছে", "কমেছে", "কমছে", "সেরে গেছে", "সেরে উঠেছে", "সেরে উঠছে", "সুস্থ$", "সুস্থ আছে",
    # সুস্থ misspelt with a য-ফলা, as the voice keyboard and many hands write it ("আম্মা সুস্থ্য আছে") (w80)
    "সুস্থ্য$", "সুস্থ্য আছে", "সুস্থ্য হয়ে",
    "সুস্থ হয়ে", "ভালো হয়ে গেছে", "ভালো হইছে", "ভালো হয়েছে", "এখন ভালো", "ভালো আছে",
    "ভালো আছেন", "ঠিক হয়ে গেছে", "ঠিক হইছে", "ঠিক হয়েছে", "ঠিক আছে", "এখন ঠিক", "রিলিজ",
    # ... with Mymensingh's and Noakhali's অইছে for হইছে ("ভটভটি নষ্ট আছিল, ঠিক অইছে") (w90)
    "ঠিক অইছে",
    # ... and the west's -এ and -্যা past participles, healed and put right ("জ্বর আছিলো, সাইরে
    # গেছে", "জ্বর সার্যা গেছে", "নসিমন ঠিক হইয়ে গেছে", "ভুটভুটি ঠিক হয়্যা গেছে") (w123)
    "সাইরে গেছ", "সার্যা গেছ", "সেইরে গেছ", "ঠিক হইয়ে গেছ", "ঠিক হয়্যা গেছ", "ঠিক হয়্যে গেছ",
    "ঠিক হইয়্যা গেছ",
    "ছুটি দিয়েছে", "ছুটি দিছে", "বাসায় ফিরছে", "বাসায় ফিরেছে", "বাসায় আনছে", "সমাধান",
    "মিটে গেছে", "রিফান্ড পেয়ে", "রিফান্ড পাইছে", "টাকা পাইছে", "টাকা পেয়েছে", "ফেরত পাইছে",
    "ফেরত পেয়েছে", "বদলে দেওয়া", "বদলে দিছি", "বদলে দিয়েছি", "রিপ্লেস করে দেওয়া", "খুশি",
    # ... in the western and southern dialects (w43)
    "বদলায়ে দিছি", "বদলায়ে দিয়েছি", "বদলাইয়া দিছি", "bodlaye disi", "bodlaye dichi", "bodlaiya disi",
    # changed for the right one, পাল্টে as বদলে ("ভুল জিনিস এসেছিল, পাল্টে দেওয়া হয়েছে") (w42)
    "পাল্টে দেওয়া", "পাল্টে দেয়া", "পাল্টে দিছি", "পাল্টে দিয়েছি", "palte deya", "palte dewa", "palte disi",
    "সন্তুষ্ট", "আর সমস্যা নাই",
    # ... and in Banglish ("frame bodle dise, customer ekhon santushto") (w160)
    "kome geche", "kome gese", "komse", "komeche", "sere geche",
    # kome turned into "come" by a phone's autocorrect ("bouer jwor come gese"): never English (w60)
    "come gese", "come geche", "come gache", "come gelo",
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
    "ekhon chaltese", "চালু হইছে", "chalu hoise",
    # running again now, in Sylhet অখন ("পিকআপ খাদে পড়ছিল ... অখন গাড়ি চালু") (w50)
    "এখন গাড়ি চালু", "অখন গাড়ি চালু", "ekhon gari chalu", "akhon gari chalu", "এখন চালু", "অখন চালু",
    "ekhon chalu", "akhon chalu", "মেরামত শেষ", "ঠিক করে", "thik kore",
    # the trouble over ("বদলাইয়া মাল পৌঁছাইছে, ঝামেলা শেষ") (w48)
    "ঝামেলা শেষ", "jhamela shesh", "jhamela ses", "ঝামেলা মিটছে", "ঝামেলা মিটে গেছে", "jhamela mitse",
    "হাঁটাচলা", "স্কুলে যাচ্ছে", "school e jacche", "school e jaitese", "প্লাস্টার খুল", "ok ase",
    "rag nai", "রাগ নাই", "kono obhijog nai", "কোনো অভিযোগ নাই", "ferot paise", "ferot dilam",
    "ফেরত দিছি", "ফেরত দিলাম", "বাসায় ফিরে", "basay fire", "bashay fire",
    "said fine", "said it's fine", "no worries", "is gone", "gone now", "is over", "over now",
    # gone in a hurried English note, fit again ("Son's fever gone, cx back to ordering", "back after
    # dengue, fully fit now") (w57)
    "fever gone", "fevers gone", "pain gone", "cough gone", "fully fit", "fit and fine",
    "fevr gone",  # (w56)
    # fit again, no problem now, in a chat admin's Banglish ("kal porjonto jor chilo, aj fit",
    # "replace peyeche, ekhon no problem") (w66)
    "aj fit", "ajke fit", "ekhon fit", "fit ekhon", "ekhon no problem", "no problem ekhon",
    "got it back", "back to office", "back at school", "back to school", "back at work",
    "everything ok", "all fine", "exchanged it", "works perfect", "works fine", "works now",
    "thanked", "normal now", "walking again", "up and walking", "ekhon ok", "এখন ok", "এখন নরমাল",
    "ok ekhon", "ok এখন",  # ("uni ok ekhon", w23)
    # replaced in the passive, all okay now ("ভুল সাইজ গেছিলো, replace করা হয়েছে, এখন সব okay") (w83)
    "replace করা হয়েছে", "replace করা হইছে", "রিপ্লেস করা হয়েছে", "রিপ্লেস করা হইছে", "replace kora hoise",
    "replace kora hoyeche", "সব okay", "sob okay", "shob okay", "all okay now",
    # all fine this time, after a replacement ("replacement pouchaise, cst blse ebar sob ok") (w28)
    "ebar sob ok", "এবার সব ok", "এবার সব ঠিক", "ebar sob thik",
    # a lost parcel the courier found ("পার্সেল হারাইছিল, কুরিয়ার খুইজা দিছে") (w39)
    "খুইজা দিছে", "খুঁইজা দিছে", "খুঁজে দিছে", "খুঁজে দিয়েছে", "খুঁজে পাইছে", "খুঁজে পেয়েছে", "khuija dise",
    "khuja dise", "khuje dise", "khuje paise", "found the parcel",
    "ekhon normal", "today ok", "now ok",
    # the customer won round after a complaint put right ("discount dilam, ekhon raji", "replace
    # দিয়েছি, উনি ok", "we gave 3000 tk back, she is fine with us now") (w60)
    "ekhon raji", "ekhon razi", "এখন রাজি", "উনি ok$", "uni ok$", "fine with us", "happy with us now",
    # all right again ("we covered it with our backup car. now all ok"); a dengue patient's count
    # back to normal ("এখন platelet normal") (w40)
    # fully right again, running smoothly now, after a repair ("engine বসছিল, এখন full ঠিক", "motor
    # বদলাইছে, এখন চলে ঠিকঠাক") (w87)
    "এখন full ঠিক", "এখন ফুল ঠিক", "ekhon full thik", "now fully ok", "এখন চলে ঠিকঠাক", "এখন ঠিকঠাক চলে",
    "ekhon chole thikthak", "ekhon thikthak chole", "running fine now", "now running fine",
    "now all ok", "all ok now", "nw all ok", "now all fine", "platelet normal", "platelet ekhon normal",
    "platelet count normal", "প্লাটিলেট নরমাল", "প্লেটলেট নরমাল",
    # settled ("২ কেজি ফিড বাড়তি দিছি, মিটমাট"), got it fixed and came on ("চাক্কা পাংচার হইছিল, ঠিক
    # করাইয়া এহন ঘাটে আইছে"), "now ok" in SMS shorthand ("sick w/ typhoid, nw ok") (w32)
    "মিটমাট", "mitmat", "মীমাংসা হইছে", "মীমাংসা হয়েছে", "ঠিক করাইয়া", "ঠিক করাইয়ে", "thik koraiya",
    "thik koraia", "nw ok", "nw fine",
    # put right, told in full ("nosimon ঠিক করা হয়ে গেছে"), a complaint closed ("issue closed ✅") (w53)
    "ঠিক করা হয়ে গেছে", "thik kora hoye gese", "thik kora hoye geche", "issue closed", "complaint closed",
    "issue resolved", "case closed",
    # a vehicle repaired, told in the passive or in Sylheti and Chatgaiya অইছে ("ekhon repair oise ✅",
    # "মোটরসাইকেল নষ্ট ছিল, এখন সারানো হইছে"), as "repaired" (w85)
    "repair oise", "repair hoise", "repair hoyeche", "repair hoye gese", "repair hoye geche",
    "repair kora hoise", "repair kora hoyeche", "repair করা হইছে", "repair করা হয়েছে", "রিপেয়ার হইছে",
    "সারানো হইছে", "সারানো হয়েছে", "সারানো হয়ে গেছে", "sarano hoise", "sarano hoyeche",
    # (and CALMED, below)
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
    # ... and mended in the standard written form or in Banglish ("ট্রাক নষ্ট ছিল, মেরামত হয়েছে",
    # "van meramot hoise"), as "repair hoyeche" (w156)
    "মেরামত হয়েছে", "মেরামত করা হয়েছে", "মেরামত করা হইছে", "meramot hoyeche", "meramot hoise",
    "meramot kora hoyeche", "meramot kora hoise",
    # ... the fever down and the bike mended in the same dialect ("জ্বর কমি গেছে", "সারাই হয়া গেছে"),
    # the mending done ("সারানো শেষ") (w76)
    "কমি গেছ", "কমি গেল", "komi gese", "komi geche", "সারাই হয়া গে", "sarai hoya ge", "সারানো শেষ",
    "sarano shesh", "sarano ses",
    "অখন ভালা", "অহন ভালা", "এখন ভালা", "এলা ভালো", "এলা ভালা", "ভালা আছ", "okhon bhala",
    # Barishal and Chatgaiya এহন, now ("জ্বর আছিল, এহন ভালো", "ইঞ্জিন বন্ধ আছিল, এহন ঠিক") (w117)
    "এহন ভালো", "এহন ভালা", "এহন ঠিক", "ehon bhalo", "ehon valo", "ehon bhala", "ehon thik",
    # ... running again: Rangpur's এলা and Barishal's and Noakhali's এহন, অহন, as "এখন চলে", "এখন
    # চালু"; Noakhali চালু অইছে; out of the garage in Rangpur's থাকি and বাইর ("ভটভটির চাকা পাংচার
    # আছিল, এলা চলে", "ট্রাক গ্যারেজ থাকি বাইর হইছে") (w126)
    "এলা চলে$", "এহন চলে$", "অহন চলে$", "ela chole$", "ehon chole$", "ohon chole$", "এলা চালু",
    "এহন চালু", "অহন চালু", "ela chalu", "ehon chalu", "ohon chalu", "চালু অইছে",
    "chalu oise", "গ্যারেজ থাকি বাইর", "গ্যারেজ থাকি বের", "গ্যারেজ থেকে বাইর", "garage thaki ber",
    "garage thaki bair", "garage theke bair", "ওয়ার্কশপ থাকি বাইর", "workshop thaki bair",
    # ... and Noakhali's put right and come back ("চাকা পাংচার হইছিল, ঠিক করি আই গেছে"), as "ঠিক
    # করি আনছে"; the past only ("ঠিক করি আইবো" is a plan) (w126)
    "ঠিক করি আই গেছ", "ঠিক করি আইছ", "ঠিক কইরা আইছ", "thik kori ai gese", "thik kori aise",
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
    # put right or well in texting and in the word সারাই ("bike flat tyre, fixd", "recovrd now",
    # "tyre pankchar silo, sarai kore niyeche"; not "repair done", a hernia's too) (w35)
    "fixd", "recovrd", "repaired now", "sarai kore ni", "sarai koreche", "sarai korse", "sarai niye",
    "সারাই করে নি", "সারাই করছে", "সারাই করেছে", "সারাই হইছে", "সারাই হয়েছে", "সারাই হয়ে গে",
    # ... and "recoverd", সারাই taken ("sarai niche", "সারাই নিছে") (w36)
    "recoverd", "sarai nich", "sarai nis", "সারাই নিছ", "সারাই নিসে",
    "repair hoye ge", "repair hoise", "repair hoyeche", "repair kora hoise", "repair kora hoyeche",
    "রিপেয়ার হয়ে গে", "রিপেয়ার হইছে", "রিপেয়ার হয়েছে", "ঠিক করেছে", "ঠিক করেছেন", "thik koreche",
    "ঠিক করাইছে", "ঠিক করাইছেন", "thik koraise", "thik kore feleche", "ঠিক করে ফেলেছে",
    "হাসপাতাল থেকে ছুটি", "হাসপাতাল থেকে ছাড়", "hospital theke chuti", "hospital theke chere",
    "hospital theke release", "ছুটি পেয়েছে", "ছুটি পাইছে", "chuti peyeche", "chuti paise",
    "replacement peyeche", "replacement paise", "replacement pelo", "replacement pailo",
    "রিপ্লেসমেন্ট পেয়েছে", "রিপ্লেসমেন্ট পাইছে", "discharged", "ডিসচার্জ", "ekhon chole$", "এখন চলে$",
    "ekhon chalacche", "এখন চালাচ্ছে",
    # having fixed it, in the western dialect ("chain chire gechilo, thik koira ekhon ashtese") (w43)
    "thik koira", "ঠিক কইরা", "ঠিক কইরে", "thik koire",
    # sadhu bhasha: put right, got well, home again ("ঠিক হইয়াছে", "এখন বাড়ি আসিয়াছে"); Varendri
    # সারাইছে (repaired); "now fine" (w26)
    "ঠিক হইয়াছে", "ভালো হইয়াছে", "ভাল হইয়াছে", "সুস্থ হইয়াছে", "সারিয়া", "কমিয়া গিয়াছে",
    "বাড়ি আসিয়াছে", "বাড়ি ফিরিয়াছে", "বাসায় ফিরিয়াছে", "বাড়ি ফিরেছে", "বাড়ি ফিরছে",
    # home now, in the spoken "came" ("হাসপাতালে ছিল, এখন বাড়িত আসছে"): only after এখন, as
    # "bari asche" alone is as often goods brought home (w64)
    "এখন বাড়িত আসছে", "এখন বাড়িতে আসছে", "এখন বাড়ি আসছে", "এখন বাসায় আসছে", "ekhon bari ashse",
    "ekhon barite ashse", "ekhon barit ashse", "ekhon basay ashse",
    "সারাইছে", "সারাই হইছে", "saraise", "sarai hoise", "now fine", "now well", "now better",
    # ... with its person ("চোখের অপারেশন হইছিল, now he's fine") (w70)
    "now he's fine", "now she's fine",
    # a pharmacy's shorthand: no symptoms left ("antibiotics shesh, ekhon no sx") (w27)
    "no sx", "sx nai", "sx nei", "no symptoms", "no more symptoms", "symptom nai", "symptoms gone",
    # dengue's platelets back to normal; goods replaced ("ekhon platelet normal", "পরে replace
    # হইছে, এখন কোনো সমস্যা নাই") (w41)
    "platelet normal", "প্লাটিলেট নরমাল", "platelet ekhon normal", "replace হইছে", "replace hoise",
    "replace hoyeche", "রিপ্লেস হইছে", "রিপ্লেস হয়েছে",
    # Sylheti অখন (now) and অই গেছে (became): "অখন ঠিক", "অখন চলে", "অপারেশন ভালোয় ভালোয় অই গেছে"
    # (safely done; not "ভালোয় ভালোয় ফিরলে", if they come back safe);
    # Banglish "thik hoi geche", Sylheti "sarise" (repaired) (w34)
    "অখন ঠিক", "okhon thik", "অখন চলে$", "okhon chole$", "ভালোয় ভালোয় অই গেছ", "ভালোয় ভালোয় হই গেছ",
    "ভালোয় ভালোয় হয়ে গেছ", "bhaloy bhaloy hoye ge", "valoy valoy hoye ge", "valoy valoy hoi ge",
    "ঠিক অই গেছ", "ঠিক হই গেছ", "thik hoi ge", "thik oi ge", "sarise$", "সারিছে",
    # the trouble settled, the customer accepted ("সমস্যা মিটছে", "হিসাব দেখাইলাম, মেনে নিছে"),
    # no problem left ("ar kono problem nai") (w34)
    "সমস্যা মিটছে", "সমস্যা মিটে", "somossa mitse", "somossa mite", "মেনে নিছে", "মেনে নিয়েছে", "মাইনা নিছে",
    "mene nise", "mene niyeche", "ar kono problem nai", "আর কোনো সমস্যা নাই", "ar kono somossa nai",
    # ... or none now ("বদলাই দিছি, এখন কোনো সমস্যা নাই", "ekhon kono problem nai") (w68)
    "এখন কোনো সমস্যা নাই", "এখন কোন সমস্যা নাই", "এখন কোনো সমস্যা নেই", "ekhon kono somossa nai",
    "ekhon kono problem nai", "ekhon kono somossa nei",
    # brought back from the garage ("এখন গ্যারেজ থেকে আনছে"), UK English: an operation that "went
    # fine", "recovering well", running with no problem after being pulled out (w34)
    "গ্যারেজ থেকে আনছে", "garage theke anse", "workshop theke anse", "ওয়ার্কশপ থেকে আনছে",
    "went fine", "went well", "recovering well", "running no problem", "running fine", "running again",
    "running ok",
    # on the road again after a tyre changed ("tyre burst hoise, bodlaye abar rowna dise", "driver
    # changed it, they are moving again"); the past only: "kal abar rowna dibe" is a plan (w74)
    "আবার রওনা দিছে", "আবার রওনা দিয়েছে", "আবার রওনা দিল", "abar rowna dise", "abar rowna dilo",
    "abar rowna diyeche", "moving again", "on the move again", "back on the road",
    # up again after an illness, a car back from the workshop, in English idiom ("back on his feet",
    # "up and about", "car's back from the mechanic") (w78)
    "back on his feet", "back on her feet", "back on their feet", "back on my feet", "up and about",
    "back from the workshop", "back from the mechanic", "back from the garage", "back from workshop",
    # a complaint taken back, a plaster off a mended leg ("cust withdrew complaint", "bro's leg is
    # better, plaster removed") (w38)
    "withdrew complaint", "withdrew the complaint", "withdrew his complaint", "withdrew her complaint",
    "complaint withdrawn", "plaster removed", "plaster off", "plaster khula hoise", "প্লাস্টার খোলা হয়েছে",
    "প্লাস্টার খুলে ফেলছে", "cast removed",
    # stitches out, a plaster, a dressing or an eye's patch taken off: the wound healed ("আব্বার
    # সেলাই কাটা হয়েছে", "ভাইয়ের প্লাস্টার খোলা হইছে", "পট্টি খোলা হইছে, এখন সব দেখতে পান"); the
    # done forms only ("সেলাই কাটা হবে" is still ahead) (w127)
    "সেলাই কাটা হয়েছে", "সেলাই কাটা হইছে", "সেলাই কাটা হইসে", "সেলাই কাটা শেষ", "সেলাই কাটা হয়ে গেছে",
    "selai kata hoise", "selai kata hoyeche", "selai kata hoye gese", "selai kata shesh", "selai kata ses",
    "stitches removed", "stitches out", "stitches taken out", "stitches are out",
    "প্লাস্টার খোলা হইছে", "প্লাস্টার খোলা হয়ে", "প্লাস্টার খোলা শেষ", "plaster khola hoise", "plaster khola hoyeche",
    "ব্যান্ডেজ খোলা হইছে", "ব্যান্ডেজ খোলা হয়েছে", "bandage khola hoise", "bandage khula hoise", "bandage khulse",
    "পট্টি খোলা হইছে", "পট্টি খোলা হয়েছে", "potti khola hoise", "cast off$", "cast came off", "cast taken off",
    # home from hospital in Sylheti's locative -ত and respectful -ইন ("আব্বা হাসপাতাল থাকি বাড়িত
    # ফিরছইন"), a wound healed through ("শ্বশুরের পায়ের ক্ষত পুরা শুকাইছে") (w127)
    "বাড়িত ফিরছ", "বাড়িত ফিরি আইছ", "বাড়িত আইছ", "barit firse", "barit aise",
    "ক্ষত পুরা শুকা", "ক্ষত পুরো শুকা", "ঘা পুরা শুকা", "ঘা পুরো শুকা",
    # a vehicle back from the garage or the workshop, in Bengali and Banglish (w127)
    "গ্যারেজ থেকে ফেরত", "ওয়ার্কশপ থেকে ফেরত", "garage theke ferot", "workshop theke ferot",
    # a Sylheti or eastern অইছে put right, in Latin letters ("apar scooty thik oise") (w127)
    "thik oise", "thik oiche", "thik oigese", "thik oiya gese",
    # recovered in mixed writing ("husband এর জন্ডিস ছিলো, এখন recover"), healed ("son's broken arm
    # has healed"), running again ("truck এর battery down ছিলো, এখন চালু"), a pox or a wound dried up
    # ("চিকেন পক্স শুকাইছে"), a dengue patient's platelets rising, home again in Faridpur speech
    # ("প্লাটিলেট বাড়ছে, বাড়ি আইছে") (w47)
    "এখন recover", "ekhon recover", "recover hoise", "recover হইছে", "has healed", "have healed", "healed now", "now healed", "now fully healed", "এখন চালু", "ekhon chalu", "পক্স শুকা",
    "pox sukai", "ঘা শুকা", "ক্ষত শুকা", "প্লাটিলেট বাড়ছে", "প্লাটিলেট বাড়তেছে", "platelet barse",
    "platelet bartese", "বাড়ি আইছে", "বাসায় আইছে", "bari aise", "basay aise",
    # Chatgaiya and Noakhali: put right ("চাকা পাংচার অইছিল, ঠিক করি ফালাইছে"), came right ("গাড়ি
    # ঠিক অইয়ে"), a new part fitted and done ("নতুন shaft লাগানো শেষ"), no problem left in the
    # written form ("আর কোনো সমস্যা নেই") (w54)
    "ঠিক করি ফালাইছ", "ঠিক করি ফেলাইছ", "thik kori falaise", "ঠিক অইয়ে",
    "লাগানো শেষ", "lagano shesh", "lagano ses", "আর কোনো সমস্যা নেই", "আর কোন সমস্যা নেই",
    # running well now, in the east's speech ("অটোর মোটর পুইড়া গেছিল ... অখন ভালো চলতাছে") (w54)
    "ভালো চলতাছে", "ভালা চলতাছে", "ভালো চলতেছে", "ভালা চলের", "bhalo choltese", "bhalo choltase", "valo choltase",
    # an infection cleared up, a flare-up under control again, a complaint settled ("skin infection
    # cleared up after the antibiotics", "eczema flare up hoisilo, ekhon control e", "Earlier
    # complaint ... is settled") (w55)
    "cleared up", "has cleared", "ekhon control e", "এখন control এ", "এখন কন্ট্রোলে", "under control now",
    "is settled", "was settled", "got settled", "complaint settled", "issue settled", "matter settled",
    # over, told briefly (w154): home again from hospital ("আব্বা হাসপাতাল থেকে ফিরেছেন"; not
    # "বাসায় আনা হয়েছে" alone, brought home, which the writers also say of the old and the still
    # recovering, w6, w88); healed ("ডায়রিয়া সেরেছে") and, in Sylheti অইছে, got well ("boiner
    # jondis bhalo oise"); the flux stopped ("baccha r diarrhoea bondho hoise"); fully well ("এখন fully ok");
    # a vehicle back on the road ("engine overhaul shesh, road e namse")
    # (the done forms only: "ফিরবে" is a plan)
    "হাসপাতাল থেকে ফিরেছ", "হাসপাতাল থেকে ফিরছ", "হাসপাতাল থেকে বাড়ি ফিরেছ", "হাসপাতাল থেকে বাসায় ফিরেছ",
    "hospital theke firse", "hospital theke fireche", "hospital theke firechen",
    "back from hospital", "back from the hospital",
    "সেরেছে", "sereche", "serese",
    "bhalo oise", "valo oise", "bhala oise", "bala oise", "ভালো অইছে", "ভালা অইছে", "বালা অইছে",
    "diarrhoea bondho", "diarrhea bondho", "ডায়রিয়া বন্ধ", "পাতলা পায়খানা বন্ধ", "patla paykhana bondho",
    "বমি বন্ধ", "bomi bondho", "vomiting stopped", "diarrhoea stopped", "diarrhea stopped",
    "fully ok", "fully okay", "fully fine", "fully thik",
    "road e namse", "road e nemeche", "rastay namse", "রাস্তায় নামছে", "রাস্তায় নেমেছে", "রোডে নামছে",
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
