"""Tests for khatir.messages.render: exact messages, filters, and template mistakes."""
from __future__ import annotations

import shutil
from datetime import date, datetime, time
from pathlib import Path

import pytest
from jinja2.sandbox import SandboxedEnvironment

from khatir.errors import ConfigError, KhatirError, TemplateError
from khatir.notes.occasion import occasion
from khatir.notes.person import person
from khatir.i18n import bn_digits
from khatir.messages.filters import digits, first_name, long_date, taka, time12, weekday, whatsapp_link
from khatir.messages.kinds import KINDS
from khatir.messages.render import Renderer
from khatir.messages.samples import sample_contexts

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
TODAY = date(2026, 11, 22)  # a Sunday


def context(kind: str, lang: str, *, agent: str = "Md. Rahim Uddin", overdue: int = 0,
            meetup: bool = True) -> dict:
    bn = lang == "bn"
    ctx = {
        "customer": {
            "id": "C-0042",
            "name": "মোঃ করিম উদ্দিন" if bn else "Dr. Nusrat Jahan",
            "phone": "+8801711234567",
            "language": lang,
        },
        "agent": agent,
        "shop": {"name": "Nodi Fashion", "phone": "+8801811000000"},
        "today": TODAY,
        "lang": lang,
    }
    the_meetup = {
        "id": "M-07",
        "title": "শীতের কালেকশন" if bn else "Winter collection evening",
        "date": date(2026, 11, 23) if kind == "meetup_reminder" else date(2026, 11, 29),
        "time": "18:00",
        "venue": "ধানমন্ডি ২৭" if bn else "Dhanmondi 27",
    }
    extras = {
        "first_order": {"first_purchase": date(2026, 9, 30), "days_since": 53, "total_spent": 4500.0},
        "follow_up": {
            "event": "illness",
            "note": {"date": date(2026, 11, 15), "text": "Daughter has dengue, call back in a week"},
            "follow_up_on": date(2026, 11, 22),
            "days_overdue": overdue,
            "expected": False,
            "due_date": None,
            "due_passed": False,
            "who": None,
            "person": person(None, lang),
            "occasion": occasion(None, lang),
            "call_back_on": None,
            "again": False,
        },
        "win_back": {"last_purchase": date(2026, 8, 24), "days_since": 90, "orders": 12,
                     "total_spent": 123456.5},
        "check_in": {"days_since_contact": 120},
        "meetup_invite": {"meetup": the_meetup},
        "meetup_reminder": {"meetup": the_meetup},
        "meetup_change": {"meetup": the_meetup},
        "meetup_cancelled": {"meetup": the_meetup},
        "feedback_reply": {
            "feedback": {"text": "The tea was cold and nobody talked to me", "date": date(2026, 11, 30)},
            "meetup": the_meetup if meetup else None,
        },
        "thank_you": {
            "feedback": {"text": "Lovely evening!", "date": date(2026, 11, 30)},
            "meetup": the_meetup if meetup else None,
        },
    }[kind]
    return {**ctx, **extras}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(TEMPLATES)


def write(root: Path, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# Exact messages from the real templates
# ---------------------------------------------------------------------------

EXPECTED = [
    (
        "follow_up", "illness", "bn",
        "প্রিয় করিম,\n"
        "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম বাসায় অসুখ-বিসুখ চলছে। আশা করি বাসার সবাই এখন ভালো আছেন। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "illness", "en",
        "Hello Nusrat,\n"
        "When we spoke on 15 November, we heard someone at home was unwell. We hope everyone at home is feeling better now. If there is anything we can do, just let us know.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "newborn", "bn",
        "প্রিয় করিম,\n"
        "পরিবারে নতুন অতিথি আসার খবরে আপনাকে অনেক অনেক অভিনন্দন! ছোট্ট সোনামণি আর বাসার সবার জন্য রইল আমাদের আন্তরিক শুভকামনা। সময় পেলে জানাবেন সবাই কেমন আছেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "newborn", "en",
        "Hello Nusrat,\n"
        "Congratulations to you and your family on the new arrival! Our warmest wishes to the little one and everyone at home. Do let us know how you are all doing when you find a moment.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "vehicle_trouble", "bn",
        "প্রিয় করিম,\n"
        "গত ১৫ নভেম্বর শুনেছিলাম গাড়ি নিয়ে ঝামেলায় পড়েছিলেন। সমস্যাটা কি মিটেছে? দোকানে আসতে অসুবিধা হলে জানাবেন, আমরা একটা ব্যবস্থা করে দেব।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "vehicle_trouble", "en",
        "Hello Nusrat,\n"
        "On 15 November we heard you were having trouble with your vehicle. We hope it is sorted out now. If getting to the shop is difficult, just tell us and we will work something out.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "bereavement", "bn",
        "প্রিয় করিম,\n"
        "আপনার পরিবারের এই শোকের সময়ে আমরা গভীর সমবেদনা জানাই। এই কঠিন সময় পার করার শক্তি যেন আপনারা পান, সেই কামনা করি। আমরা আপনার পাশে আছি।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "bereavement", "en",
        "Dear Nusrat,\n"
        "We were deeply sorry to hear of your loss. Our heartfelt condolences to you and your family at this difficult time. We are thinking of you.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "celebration", "bn",
        "প্রিয় করিম,\n"
        "গত ১৫ নভেম্বর আপনার সুখবরটা শুনে আমরা সবাই খুব খুশি হয়েছি — অনেক অনেক অভিনন্দন! আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "celebration", "en",
        "Hello Nusrat,\n"
        "We were so happy to hear your good news on 15 November — many congratulations! Warmest wishes to you and your family from all of us.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "complaint", "bn",
        "প্রিয় করিম,\n"
        "গত ১৫ নভেম্বর আপনি যে সমস্যার কথা জানিয়েছিলেন, তার জন্য আমরা আন্তরিকভাবে দুঃখিত। বিষয়টা আমরা অবশ্যই ঠিক করে দেব — কখন কথা বললে আপনার সুবিধা হয়, একটু জানাবেন?\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "complaint", "en",
        "Hello Nusrat,\n"
        "We are truly sorry about the problem you told us about on 15 November. We will put it right. Could you let us know a good time to talk?\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "busy", "bn",
        "প্রিয় করিম,\n"
        "গত ১৫ নভেম্বর যোগাযোগ করেছিলাম, কিন্তু তখন কথা বলা হয়নি। কখন কথা বললে আপনার সুবিধা হবে, একটু জানাবেন? আপনার সুবিধামতো দিন আর সময় লিখে জানালেই হবে।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "busy", "en",
        "Hello Nusrat,\n"
        "We tried to reach you on 15 November, but we could not talk then. When would be a good time to talk? Just reply with a day and time that suits you.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "default", "bn",
        "প্রিয় করিম,\n"
        "গত ১৫ নভেম্বর আপনার সঙ্গে কথা হয়েছিল, তাই একটু খোঁজ নিতে লিখছি। কেমন আছেন? আমাদের কাছে কোনো দরকার থাকলে জানাবেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "follow_up", "default", "en",
        "Hello Nusrat,\n"
        "We spoke on 15 November and wanted to check in. How are you doing? If there is anything you need from us, just let us know.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "win_back", "default", "bn",
        "প্রিয় করিম,\n"
        "অনেক দিন আপনার দেখা পাইনি — শেষবার কেনাকাটা করেছিলেন ২৪ আগস্ট ২০২৬ তারিখে। আপনার কথা আমাদের খুব মনে পড়ছে। আমাদের কোথাও কি ভুল হয়েছিল — সেবা, পণ্যের মান, ডেলিভারি, নাকি দাম? সত্যি কথাটা জানালে খুব উপকার হয়; খারাপ লাগার কথাও নির্দ্বিধায় বলবেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "win_back", "default", "en",
        "Hello Nusrat,\n"
        "We haven't seen you since 24 August 2026, and we miss you. Did we get something wrong — the service, the quality, delivery or the price? Please tell us honestly; a negative answer helps us just as much.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "first_order", "default", "bn",
        "প্রিয় করিম,\n"
        "৩০ সেপ্টেম্বর ২০২৬ তারিখে আমাদের কাছ থেকে কেনাকাটার জন্য আবারও ধন্যবাদ। কেনা জিনিসগুলো কেমন লাগল — সব ঠিকঠাক পেয়েছিলেন তো? কোনো কিছু মনমতো না হলে জানাবেন; আমরা ঠিক করে দিতে চাই।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "first_order", "default", "en",
        "Hello Nusrat,\n"
        "Thank you again for your order on 30 September 2026. How was it — did everything arrive as you hoped? If anything was not right, please tell us; we would like to put it right.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "check_in", "default", "bn",
        "প্রিয় করিম,\n"
        "অনেক দিন কথা হয়নি, তাই একটু খোঁজ নিতে লিখলাম। কেমন আছেন? আপনার জন্য কিছু করতে পারলে জানাবেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "check_in", "default", "en",
        "Hello Nusrat,\n"
        "It has been quite a while since we last talked, so we wanted to say hello. How are you? If there is anything we can do for you, just let us know.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_invite", "interested", "bn",
        "প্রিয় করিম,\n"
        "আমরা ছোট্ট একটা ঘরোয়া আড্ডার আয়োজন করছি — “শীতের কালেকশন”। চা-নাশতার সঙ্গে আমাদের পণ্যের ভালো দিক আর সীমাবদ্ধতা দুটোই খোলাখুলি বলব; কেনার কোনো চাপ নেই।\n"
        "তারিখ: ২৯ নভেম্বর, রবিবার\n"
        "সময়: সন্ধ্যা ৬টা\n"
        "স্থান: ধানমন্ডি ২৭\n"
        "আসতে পারবেন? “হ্যাঁ” বা “না” লিখে জানালেই হবে।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_invite", "interested", "en",
        "Hello Nusrat,\n"
        "We are holding a small, informal get-together — “Winter collection evening” — with tea and snacks, nothing fancy. We will talk honestly about the pros and cons of what we sell, and there is no pressure to buy.\n"
        "Date: Sunday 29 November\n"
        "Time: 6:00 PM\n"
        "Place: Dhanmondi 27\n"
        "Would you like to come? Just reply yes or no.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_invite", "existing", "bn",
        "প্রিয় করিম,\n"
        "এত দিন আমাদের সঙ্গে থাকার জন্য আন্তরিক ধন্যবাদ! আপনার মতো প্রিয় গ্রাহকদের নিয়ে আমরা একটা বিশেষ আয়োজন করছি — “শীতের কালেকশন”, আর আপনার জন্য থাকছে ছোট্ট একটা উপহার।\n"
        "তারিখ: ২৯ নভেম্বর, রবিবার\n"
        "সময়: সন্ধ্যা ৬টা\n"
        "স্থান: ধানমন্ডি ২৭\n"
        "আসতে পারবেন? “হ্যাঁ” বা “না” লিখে জানাবেন। আর আমাদের দোকান ভালো লাগলে বন্ধু-পরিচিতদের একটু বলবেন — সেটাই আমাদের সবচেয়ে বড় পাওয়া।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_invite", "existing", "en",
        "Hello Nusrat,\n"
        "Thank you for staying with us all this time! We are holding a special get-together for our dear customers — “Winter collection evening” — and there is a small gift waiting for you.\n"
        "Date: Sunday 29 November\n"
        "Time: 6:00 PM\n"
        "Place: Dhanmondi 27\n"
        "Can you come? Just reply yes or no. And if you are happy with us, we would be grateful if you told your friends about our shop.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_invite", "lost", "bn",
        "প্রিয় করিম,\n"
        "অনেক দিন আপনার দেখা নেই; হয়তো আমাদের কোথাও ভুল হয়েছিল। তাই একটা ছোট আয়োজন করছি — “শীতের কালেকশন” — যেখানে সরাসরি শুনতে চাই কী ভালো লাগেনি, যাতে সেটা ঠিক করতে পারি।\n"
        "তারিখ: ২৯ নভেম্বর, রবিবার\n"
        "সময়: সন্ধ্যা ৬টা\n"
        "স্থান: ধানমন্ডি ২৭\n"
        "আসতে পারবেন? “হ্যাঁ” বা “না” লিখে জানাবেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_invite", "lost", "en",
        "Hello Nusrat,\n"
        "We have not seen you in a while, and we may have let you down somewhere. We are holding a small get-together — “Winter collection evening” — to hear directly what went wrong, so that we can fix it.\n"
        "Date: Sunday 29 November\n"
        "Time: 6:00 PM\n"
        "Place: Dhanmondi 27\n"
        "Can you come? Just reply yes or no.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_reminder", "default", "bn",
        "প্রিয় করিম,\n"
        "মনে করিয়ে দিচ্ছি — আগামীকাল আমাদের “শীতের কালেকশন” আয়োজন।\n"
        "তারিখ: ২৩ নভেম্বর, সোমবার\n"
        "সময়: সন্ধ্যা ৬টা\n"
        "স্থান: ধানমন্ডি ২৭\n"
        "আপনার অপেক্ষায় থাকব! আসতে না পারলে একটু জানাবেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_reminder", "default", "en",
        "Hello Nusrat,\n"
        "A quick reminder: “Winter collection evening” is tomorrow.\n"
        "Date: Monday 23 November\n"
        "Time: 6:00 PM\n"
        "Place: Dhanmondi 27\n"
        "We look forward to seeing you! If you cannot make it, just let us know.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_change", "default", "bn",
        "প্রিয় করিম,\n"
        "“শীতের কালেকশন” আয়োজনে একটু পরিবর্তন হয়েছে। নতুন সময়সূচি:\n"
        "তারিখ: ২৯ নভেম্বর, রবিবার\n"
        "সময়: সন্ধ্যা ৬টা\n"
        "স্থান: ধানমন্ডি ২৭\n"
        "অসুবিধার জন্য আন্তরিকভাবে দুঃখিত। নতুন সময় বা জায়গায় আসতে না পারলে একটু জানাবেন।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_change", "default", "en",
        "Hello Nusrat,\n"
        "A change: “Winter collection evening” is now on\n"
        "Date: Sunday 29 November\n"
        "Time: 6:00 PM\n"
        "Place: Dhanmondi 27\n"
        "Sorry for the trouble. If the new time does not suit you, just let us know.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_cancelled", "default", "bn",
        "প্রিয় করিম,\n"
        "দুঃখিত, ২৯ নভেম্বর তারিখের “শীতের কালেকশন” আয়োজনটি হচ্ছে না। অসুবিধার জন্য আমরা আন্তরিকভাবে দুঃখিত; আবার কোনো আয়োজন করলে আপনাকে অবশ্যই জানাব।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "meetup_cancelled", "default", "en",
        "Hello Nusrat,\n"
        "We are sorry: “Winter collection evening” on 29 November will not take place. We will let you know when we plan something new.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "feedback_reply", "default", "bn",
        "প্রিয় করিম,\n"
        "“শীতের কালেকশন” নিয়ে আপনার মতামত জানানোর জন্য ধন্যবাদ। আপনার খারাপ অভিজ্ঞতার জন্য আমরা আন্তরিকভাবে দুঃখিত। বিষয়টা ভালো করে বুঝে ঠিক করার জন্য শিগগিরই আপনাকে ফোন করব।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "feedback_reply", "default", "en",
        "Hello Nusrat,\n"
        "Thank you for your feedback on “Winter collection evening”. We are truly sorry it was not a good experience. We will call you soon to understand what went wrong and put it right.\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "thank_you", "default", "bn",
        "প্রিয় করিম,\n"
        "“শীতের কালেকশন” নিয়ে আপনার সুন্দর মতামতের জন্য অনেক ধন্যবাদ! আপনার কথায় আমরা সত্যিই উৎসাহ পেলাম। সামনেও এভাবে পাশে থাকবেন, এই আশা করি।\n"
        "— Rahim, Nodi Fashion",
    ),
    (
        "thank_you", "default", "en",
        "Hello Nusrat,\n"
        "Thank you so much for your kind words about “Winter collection evening”! They really made our day. We hope to see you again soon.\n"
        "— Rahim, Nodi Fashion",
    ),
]


@pytest.mark.parametrize(("kind", "variant", "lang", "expected"), EXPECTED)
def test_exact_message(renderer, kind, variant, lang, expected):
    assert renderer.render(kind, variant, lang, context(kind, lang)) == expected


def test_every_kind_and_variant_is_covered_by_exact_tests():
    covered = {(k, v, lang) for k, v, lang, _ in EXPECTED}
    wanted = {(k, v, lang) for k, vs in KINDS.items() for v in vs for lang in ("bn", "en")}
    assert covered == wanted


def about(who: str | None, lang: str, **kw) -> dict:
    return {**context("follow_up", lang, **kw), "who": who, "person": person(who, lang)}


@pytest.mark.parametrize("variant, lang, who, expected", [
    ("illness", "en", "daughter",
     "When we spoke on 15 November, we heard your daughter was unwell. How is your daughter feeling "
     "now? We hope things are much better. If there is anything we can do, just let us know."),
    ("illness", "bn", "daughter",
     "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার মেয়ে অসুস্থ। মেয়ে এখন কেমন আছে? আশা করি "
     "অনেকটা সুস্থ হয়ে উঠেছে। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।"),
    ("illness", "bn", "father",
     "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার বাবা অসুস্থ। বাবা এখন কেমন আছেন? আশা করি "
     "অনেকটা সুস্থ হয়ে উঠেছেন। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।"),
    ("illness", "en", "self",
     "When we spoke on 15 November, we heard you were unwell. How are you feeling now? We hope you "
     "are much better. If there is anything we can do, just let us know."),
    ("illness", "bn", "self",
     "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার শরীর ভালো নেই। এখন কেমন আছেন? আশা করি অনেকটা "
     "সুস্থ হয়ে উঠেছেন। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।"),
    ("newborn", "en", "daughter",
     "Congratulations on your daughter's new baby! Our warmest wishes to the little one and everyone "
     "in the family. Do let us know how you are all doing when you find a moment."),
    ("newborn", "bn", "wife",
     "পরিবারে নতুন অতিথি আসার খবরে আপনাকে অনেক অনেক অভিনন্দন! ছোট্ট সোনামণি আর বাসার সবার জন্য রইল "
     "আমাদের আন্তরিক শুভকামনা। সময় পেলে জানাবেন সবাই কেমন আছেন।"),
    ("bereavement", "en", "mother",
     "We were deeply sorry to hear of the loss of your mother. Our heartfelt condolences to you and "
     "your family at this difficult time. We are thinking of you."),
    ("bereavement", "bn", "mother",
     "আপনার মায়ের চলে যাওয়ার খবরে আমরা গভীরভাবে ব্যথিত। আপনার ও পরিবারের সবার প্রতি রইল আন্তরিক "
     "সমবেদনা। এই কঠিন সময় পার করার শক্তি যেন আপনারা পান, সেই কামনা করি। আমরা "
     "আপনার পাশে আছি।"),
    ("celebration", "en", "son",
     "We were so happy to hear your son's good news on 15 November — many congratulations to you and "
     "your son! Warmest wishes to you and your family from all of us."),
    ("celebration", "bn", "brother",
     "গত ১৫ নভেম্বর আপনার ভাইয়ের সুখবরটা শুনে আমরা সবাই খুব খুশি হয়েছি — আপনাকে ও আপনার ভাইকে অনেক "
     "অনেক অভিনন্দন! আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("vehicle_trouble", "en", "husband",
     "On 15 November we heard about the trouble with your husband's vehicle. We hope it is sorted out "
     "now. If getting to the shop is difficult, just tell us and we will work something out."),
    ("vehicle_trouble", "bn", "husband",
     "গত ১৫ নভেম্বর শুনেছিলাম আপনার স্বামীর গাড়ি নিয়ে ঝামেলা হয়েছিল। সমস্যাটা কি মিটেছে? দোকানে আসতে "
     "অসুবিধা হলে জানাবেন, আমরা একটা ব্যবস্থা করে দেব।"),
    ("complaint", "en", "wife",
     "We are truly sorry about the problem your wife had on 15 November. We will put it right. Could "
     "you let us know a good time to talk?"),
])
def test_message_names_the_person_the_note_is_about(renderer, variant, lang, who, expected):
    text = renderer.render("follow_up", variant, lang, about(who, lang))
    assert text.split("\n")[1] == expected


@pytest.mark.parametrize("lang, who, expected", [
    ("en", "wife",
     "We heard your family is expecting a little one. Our warmest wishes to your wife and everyone at "
     "home; we hope all goes well. Do let us know how you are all doing when you find a moment."),
    ("en", "self",
     "We heard your family is expecting a little one. Our warmest wishes to you and everyone at "
     "home; we hope all goes well. Do let us know how you are all doing when you find a moment."),
    ("bn", "daughter",
     "শুনেছিলাম আপনার পরিবারে নতুন অতিথি আসছে। আপনার মেয়ে ও বাসার সবার জন্য রইল আমাদের আন্তরিক "
     "শুভকামনা; সব যেন ভালোয় ভালোয় হয়। সময় পেলে জানাবেন সবাই কেমন আছেন।"),
    ("bn", None,
     "শুনেছিলাম আপনার পরিবারে নতুন অতিথি আসছে। বাসার সবার জন্য রইল আমাদের আন্তরিক শুভকামনা; সব যেন "
     "ভালোয় ভালোয় হয়। সময় পেলে জানাবেন সবাই কেমন আছেন।"),
])
def test_a_baby_on_the_way_is_wished_well_not_congratulated(renderer, lang, who, expected):
    text = renderer.render("follow_up", "newborn", lang, {**about(who, lang), "expected": True})
    assert text.split("\n")[1] == expected


@pytest.mark.parametrize("lang, expected", [
    ("en", "We heard the little one was due around 25 November. We hope mother and baby are both well; "
           "our warmest wishes to everyone at home. Do let us know how you are all doing when you find a moment."),
    ("bn", "শুনেছিলাম ২৫ নভেম্বর নাগাদ পরিবারে নতুন অতিথি আসার কথা। মা ও শিশু দুজনেই যেন ভালো থাকেন; "
           "বাসার সবার জন্য রইল আমাদের আন্তরিক শুভকামনা। সময় পেলে জানাবেন সবাই কেমন আছেন।"),
])
def test_after_the_due_day_the_wish_fits_a_likely_birth(renderer, lang, expected):
    """The note gave the due day (25 November) and the message goes after it: not "is expecting",
    and no congratulations either, since the note never said the baby was born."""
    context = {**about("daughter", lang), "expected": True, "due_date": date(2026, 11, 25),
               "due_passed": True}
    assert renderer.render("follow_up", "newborn", lang, context).split("\n")[1] == expected


@pytest.mark.parametrize("who", ["son", "daughter", "child", "wife", "husband", "father", "mother",
                                 "brother", "sister", "relative", "friend", "colleague", "self", None])
@pytest.mark.parametrize("lang", ["bn", "en"])
def test_every_relation_renders_in_every_follow_up(renderer, who, lang):
    for variant in KINDS["follow_up"]:
        text = renderer.render("follow_up", variant, lang, about(who, lang))
        assert "  " not in text and " ." not in text and "None" not in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("bn",
         "প্রিয় করিম,\n"
         "গত ১৫ নভেম্বর আপনি যে সমস্যার কথা জানিয়েছিলেন, তার জন্য আমরা আন্তরিকভাবে দুঃখিত। "
         "উত্তর দিতে কয়েক দিন দেরি হয়ে গেল, সেজন্যও ক্ষমা চাইছি। "
         "বিষয়টা আমরা অবশ্যই ঠিক করে দেব — কখন কথা বললে আপনার সুবিধা হয়, একটু জানাবেন?\n"
         "— Nodi Fashion"),
        ("en",
         "Hello Nusrat,\n"
         "We are truly sorry about the problem you told us about on 15 November, and sorry it has "
         "taken us a few days to get back to you. We will put it right. "
         "Could you let us know a good time to talk?\n"
         "— Nodi Fashion"),
    ],
)
def test_overdue_complaint_apologises_for_the_delay_and_empty_agent_signs_with_shop(
        renderer, lang, expected):
    ctx = context("follow_up", lang, agent="", overdue=4)
    assert renderer.render("follow_up", "complaint", lang, ctx) == expected


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_a_complaint_answered_a_day_or_two_late_makes_no_apology_for_a_delay(renderer, lang):
    """Nobody promised a day: "sorry we took longer" the day after the note reads false."""
    late = renderer.render("follow_up", "complaint", lang, context("follow_up", lang, overdue=2))
    assert late == renderer.render("follow_up", "complaint", lang, context("follow_up", lang, overdue=0))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("bn",
         "প্রিয় করিম,\n"
         "আপনার মতামত জানানোর জন্য ধন্যবাদ। আপনার খারাপ অভিজ্ঞতার জন্য আমরা আন্তরিকভাবে দুঃখিত। "
         "বিষয়টা ভালো করে বুঝে ঠিক করার জন্য শিগগিরই আপনাকে ফোন করব।\n"
         "— Rahim, Nodi Fashion"),
        ("en",
         "Hello Nusrat,\n"
         "Thank you for your feedback. We are truly sorry it was not a good experience. "
         "We will call you soon to understand what went wrong and put it right.\n"
         "— Rahim, Nodi Fashion"),
    ],
)
def test_feedback_reply_without_meetup(renderer, lang, expected):
    ctx = context("feedback_reply", lang, meetup=False)
    assert renderer.render("feedback_reply", "default", lang, ctx) == expected


def test_meetup_without_time_or_venue_drops_those_lines(renderer):
    ctx = context("meetup_reminder", "en", agent="")
    ctx["meetup"] = {**ctx["meetup"], "time": "", "venue": ""}
    assert renderer.render("meetup_reminder", "default", "en", ctx) == (
        "Hello Nusrat,\n"
        "A quick reminder: “Winter collection evening” is tomorrow.\n"
        "Date: Monday 23 November\n"
        "We look forward to seeing you! If you cannot make it, just let us know.\n"
        "— Nodi Fashion"
    )


def test_free_text_meetup_time_is_shown_as_typed(renderer):
    ctx = context("meetup_invite", "bn")
    ctx["meetup"] = {**ctx["meetup"], "time": "আসরের নামাজের পর"}
    assert "সময়: আসরের নামাজের পর\n" in renderer.render("meetup_invite", "lost", "bn", ctx)


@pytest.mark.parametrize("variant", ["wedding", "Wedding Day", "", None, "default"])
def test_unknown_variant_falls_back_to_default(renderer, variant):
    ctx = context("follow_up", "en")
    assert renderer.render("follow_up", variant, "en", ctx) == renderer.render(
        "follow_up", "default", "en", ctx
    )


def test_variant_spelling_is_normalised(renderer):
    ctx = context("follow_up", "en")
    assert renderer.render("follow_up", "Vehicle-Trouble", "en", ctx) == renderer.render(
        "follow_up", "vehicle_trouble", "en", ctx
    )


def test_staff_note_text_is_never_quoted(renderer):
    for variant in KINDS["follow_up"]:
        for lang in ("bn", "en"):
            text = renderer.render("follow_up", variant, lang, context("follow_up", lang))
            assert "dengue" not in text.lower()


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_feedback_text_is_never_quoted(renderer, lang):
    for kind in ("feedback_reply", "thank_you"):
        ctx = context(kind, lang)
        text = renderer.render(kind, "default", lang, ctx)
        assert ctx["feedback"]["text"] not in text


def test_bereavement_is_not_salesy(renderer):
    for lang in ("bn", "en"):
        text = renderer.render("follow_up", "bereavement", lang, context("follow_up", lang)).lower()
        for word in ("offer", "discount", "sale", "collection", "ছাড়", "অফার", "কালেকশন"):
            assert word not in text


def _all_sample_renders(renderer):
    for lang_dir in sorted(TEMPLATES.iterdir()):
        for path in sorted(lang_dir.rglob("*.txt")):
            kind, variant = path.parent.name, path.stem
            for ctx in sample_contexts(kind, variant, lang_dir.name):
                yield lang_dir.name, path, renderer.render(kind, variant, lang_dir.name, ctx)


def test_bengali_messages_show_only_bengali_digits_and_english_only_ascii(renderer):
    seen = 0
    for lang, path, text in _all_sample_renders(renderer):
        seen += 1
        if lang == "bn":
            assert not any(ch in "0123456789" for ch in text), path
        else:
            assert not any(ch in "০১২৩৪৫৬৭৮৯" for ch in text), path
    assert seen >= 2 * 2 * 16


def test_messages_are_whatsapp_length_and_signed(renderer):
    for lang, path, text in _all_sample_renders(renderer):
        assert len(text) < 700, path
        assert text.splitlines()[-1].startswith("— "), path
        assert text == text.strip()


def test_lang_defaults_to_the_language_argument(renderer):
    ctx = context("follow_up", "bn")
    del ctx["lang"]
    assert "১৫ নভেম্বর" in renderer.render("follow_up", "busy", "bn", ctx)


def test_environment_is_a_strict_sandbox(renderer):
    env = renderer.env
    assert isinstance(env, SandboxedEnvironment)
    assert env.autoescape is False
    assert env.trim_blocks and env.lstrip_blocks
    assert not env.keep_trailing_newline
    for name in ("bn_digits", "digits", "long_date", "weekday", "taka", "first_name", "time12"):
        assert name in env.filters


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "lang", "expected"),
    [
        (1234567, "en", "৳ 12,34,567"),
        (1234567, "bn", "৳ ১২,৩৪,৫৬৭"),
        (123456, "bn", "৳ ১,২৩,৪৫৬"),
        (123456, "en", "৳ 1,23,456"),
        (0, "en", "৳ 0"),
        (0, "bn", "৳ ০"),
        (999, "en", "৳ 999"),
        (1000, "en", "৳ 1,000"),
        (100000, "en", "৳ 1,00,000"),
        (10000000, "en", "৳ 1,00,00,000"),
        (1500.0, "en", "৳ 1,500"),
        (1234.5, "en", "৳ 1,234.50"),
        (1234567.891, "en", "৳ 12,34,567.89"),
        (99.999, "en", "৳ 100"),
        (0.5, "bn", "৳ ০.৫০"),
        (123456.75, "bn", "৳ ১,২৩,৪৫৬.৭৫"),
        (-1500, "en", "৳ -1,500"),
        (None, "en", ""),
    ],
)
def test_taka(amount, lang, expected):
    assert taka(amount, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (2026, "bn", "২০২৬"),
        (2026, "en", "2026"),
        ("12 orders", "bn", "১২ orders"),
        (0, "bn", "০"),
        (None, "bn", ""),
    ],
)
def test_digits(value, lang, expected):
    assert digits(value, lang) == expected


@pytest.mark.parametrize(("value", "expected"), [(1234567890, "১২৩৪৫৬৭৮৯০"), ("+880 17", "+৮৮০ ১৭")])
def test_bn_digits(value, expected):
    assert bn_digits(value) == expected


@pytest.mark.parametrize(
    ("d", "lang", "year", "expected"),
    [
        (date(2026, 11, 22), "bn", False, "২২ নভেম্বর"),
        (date(2026, 11, 22), "en", False, "22 November"),
        (date(2026, 11, 22), "bn", True, "২২ নভেম্বর ২০২৬"),
        (date(2026, 11, 22), "en", True, "22 November 2026"),
        (date(2026, 1, 5), "en", False, "5 January"),
        (date(2027, 3, 1), "bn", True, "১ মার্চ ২০২৭"),
        (date(2026, 8, 24), "bn", False, "২৪ আগস্ট"),
        (datetime(2026, 11, 22, 18, 30), "en", False, "22 November"),
        (None, "en", False, ""),
    ],
)
def test_long_date(d, lang, year, expected):
    assert long_date(d, lang, year=year) == expected


def test_long_date_refuses_text():
    with pytest.raises(TypeError):
        long_date("22/11/2026", "en")


@pytest.mark.parametrize(
    ("d", "lang", "expected"),
    [
        (date(2026, 11, 22), "bn", "রবিবার"),
        (date(2026, 11, 22), "en", "Sunday"),
        (date(2026, 11, 27), "bn", "শুক্রবার"),
        (date(2026, 11, 27), "en", "Friday"),
        (date(2026, 11, 26), "bn", "বৃহস্পতিবার"),
    ],
)
def test_weekday(d, lang, expected):
    assert weekday(d, lang) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Md. Rahim Uddin", "Rahim"),
        ("Md Rahim Uddin", "Rahim"),
        ("MD. RAHIM UDDIN", "RAHIM"),
        ("Md.Rahim Uddin", "Rahim"),
        ("Mohammad Ali", "Ali"),
        ("Muhammad Yunus", "Yunus"),
        ("Mohammad", "Mohammad"),
        ("Md. Mohammad Karim", "Karim"),
        ("Mr. Hasan Mahmud", "Hasan"),
        ("Mrs. Salma Begum", "Salma"),
        ("Ms Farzana Akter", "Farzana"),
        ("Dr. Nusrat Jahan", "Nusrat"),
        ("Mst. Rokeya Khatun", "Rokeya"),
        ("Nusrat Jahan", "Nusrat"),
        ("মোঃ করিম", "করিম"),
        ("মো: করিম উদ্দিন", "করিম"),
        ("মো. করিম", "করিম"),
        ("মোঃকরিম", "করিম"),
        ("মোহাম্মদ আলী", "আলী"),
        ("জনাব রফিকুল ইসলাম", "রফিকুল"),
        ("বেগম রোকেয়া", "রোকেয়া"),
        ("সেলিনা হোসেন", "সেলিনা"),
        ("  Karim  ", "Karim"),
        # a shop's name is no person's (story trial 6): the person in brackets, else the whole name
        ("মা ফেব্রিক্স (দিলরুবা)", "দিলরুবা"),
        ("Green Boutique (Salma Akter)", "Salma"),
        ("Maa Fabrics (Mrs. Dilruba)", "Dilruba"),
        ("সোনালী কসমেটিক্স", "সোনালী কসমেটিক্স"),
        ("Nodi Fashion House", "Nodi Fashion House"),
        # brackets that say what the entry is greet nobody (blind trial, stop 38)
        ("সিলেট টেলিকম (দোকান)", "সিলেট টেলিকম"),
        ("Rupa Telecom (Showroom)", "Rupa Telecom"),
        ("করিম স্টোর (মালিক)", "করিম স্টোর"),
        ("Rupa Telecom (Mr. Habib)", "Habib"),
        ("Rahima (Uttara)", "Rahima"),
        ("Rupa Das", "Rupa"),
        ("", ""),
        (None, ""),
    ],
)
def test_first_name(name, expected):
    assert first_name(name) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("18:00", "en", "6:00 PM"),
        ("18:00", "bn", "সন্ধ্যা ৬টা"),
        ("18:30", "bn", "সন্ধ্যা সাড়ে ৬টা"),
        ("09:05", "en", "9:05 AM"),
        ("09:05", "bn", "সকাল ৯টা ৫ মিনিট"),
        ("05:00", "bn", "ভোর ৫টা"),
        ("04:00", "bn", "ভোর ৪টা"),
        ("03:59", "bn", "রাত ৩টা ৫৯ মিনিট"),
        ("12:00", "en", "12:00 PM"),
        ("12:00", "bn", "দুপুর ১২টা"),
        ("14:30", "bn", "দুপুর আড়াইটা"),
        ("13:30", "bn", "দুপুর দেড়টা"),
        ("17:45", "bn", "বিকেল পৌনে ৬টা"),
        ("11:45", "bn", "সকাল পৌনে ১২টা"),
        ("10:10", "bn", "সকাল ১০টা ১০ মিনিট"),
        ("15:00", "bn", "বিকেল ৩টা"),
        ("17:45", "en", "5:45 PM"),
        ("20:00", "bn", "রাত ৮টা"),
        ("00:00", "en", "12:00 AM"),
        ("00:15", "bn", "রাত সোয়া ১২টা"),
        ("6:00", "en", "6:00 AM"),
        ("১৮:০০", "bn", "সন্ধ্যা ৬টা"),
        (time(19, 0), "en", "7:00 PM"),
        ("after Asr", "en", "after Asr"),
        ("আসরের পর", "bn", "আসরের পর"),
        ("25:00", "en", "25:00"),
        ("6 PM", "en", "6 PM"),
        ("", "bn", ""),
        (None, "bn", ""),
    ],
)
def test_time12(value, lang, expected):
    assert time12(value, lang) == expected


def test_whatsapp_link_bengali_text():
    assert whatsapp_link("+8801711234567", "ধন্যবাদ, করিম!\nআবার আসবেন।") == (
        "https://wa.me/8801711234567?text="
        "%E0%A6%A7%E0%A6%A8%E0%A7%8D%E0%A6%AF%E0%A6%AC%E0%A6%BE%E0%A6%A6%2C%20"
        "%E0%A6%95%E0%A6%B0%E0%A6%BF%E0%A6%AE%21%0A"
        "%E0%A6%86%E0%A6%AC%E0%A6%BE%E0%A6%B0%20%E0%A6%86%E0%A6%B8%E0%A6%AC%E0%A7%87%E0%A6%A8%E0%A5%A4"
    )


@pytest.mark.parametrize(
    ("phone", "text", "expected"),
    [
        ("+8801711234567", "Hi & bye? 50%/", "https://wa.me/8801711234567?text=Hi%20%26%20bye%3F%2050%25%2F"),
        ("+880 1711-234567", "Hi", "https://wa.me/8801711234567?text=Hi"),
        (None, "Hi", ""),
        ("", "Hi", ""),
    ],
)
def test_whatsapp_link(phone, text, expected):
    assert whatsapp_link(phone, text) == expected


# ---------------------------------------------------------------------------
# Template mistakes become one TemplateError sentence naming the file
# ---------------------------------------------------------------------------


def render_error(root: Path, kind: str = "follow_up", variant: str = "illness", lang: str = "en",
                 ctx: dict | None = None) -> str:
    with pytest.raises(TemplateError) as info:
        Renderer(root).render(kind, variant, lang, ctx if ctx is not None else context(kind, lang))
    message = str(info.value)
    assert "\n" not in message
    assert message.endswith(".")
    return message


def test_misspelt_variable_names_file_and_variable(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt",
          "Hello {{ customer.name|first_name }},\nHow is {{ custmer.name }}?\n")
    message = render_error(tmp_path)
    assert message == (
        "Template en/follow_up/illness.txt uses 'custmer' (line 2), which does not exist; "
        "fix the spelling (the variables are listed in docs/templates.md)."
    )


def test_misspelt_attribute_names_the_whole_expression(tmp_path):
    write(tmp_path, "bn/follow_up/default.txt", "প্রিয় {{ customer.nmae|first_name }},\n")
    message = render_error(tmp_path, variant="busy", lang="bn")
    assert "bn/follow_up/default.txt" in message
    assert "'customer.nmae'" in message
    assert "line 1" in message


def test_template_errors_are_config_errors(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt", "{{ nope }}")
    with pytest.raises(KhatirError) as info:
        Renderer(tmp_path).render("follow_up", "illness", "en", context("follow_up", "en"))
    assert isinstance(info.value, ConfigError)
    assert info.value.__cause__ is not None


def test_empty_meetup_suggests_an_if(tmp_path):
    write(tmp_path, "en/thank_you/default.txt", "Thanks for coming to {{ meetup.title }}!")
    message = render_error(tmp_path, "thank_you", "default", ctx=context("thank_you", "en", meetup=False))
    assert "en/thank_you/default.txt" in message
    assert "'meetup.title'" in message
    assert "{% if meetup %}" in message


def test_unknown_filter(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt", "Hi\n{{ note.date|long_dat(lang) }}")
    message = render_error(tmp_path)
    assert message == (
        "Template en/follow_up/illness.txt uses the filter 'long_dat' (line 2), which does not exist; "
        "did you mean 'long_date'? (the filters are listed in docs/templates.md)."
    )


def test_syntax_error(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt", "Hi\n{% if agent %}\nBye {{ agent }\n")
    message = render_error(tmp_path)
    assert message.startswith("Template en/follow_up/illness.txt has a mistake")
    assert "line 3" in message


def test_missing_template(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt", "Hi")
    message = render_error(tmp_path, "win_back", "default")
    assert message.startswith("Template en/win_back/default.txt does not exist in ")


def test_missing_variant_and_default(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt", "Hi")
    message = render_error(tmp_path, "follow_up", "newborn")
    assert "en/follow_up/newborn.txt (nor en/follow_up/default.txt) does not exist" in message


def test_missing_include_names_the_missing_file(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt", "Hi {% include 'en/_signatur.txt' %}")
    message = render_error(tmp_path)
    assert "en/_signatur.txt" in message


def test_filter_given_the_wrong_kind_of_value(tmp_path):
    write(tmp_path, "en/follow_up/illness.txt", "Hi\n\n{{ customer.name|long_date(lang) }}")
    message = render_error(tmp_path)
    assert message.startswith("Template en/follow_up/illness.txt could not be filled in on line 3")


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ customer.__class__ }}",
        "{{ today.__class__.__init__.__globals__ }}",
        "{{ namespace.mro() }}",
        "{{ shop.update({'name': 'x'}) }}",
    ],
)
def test_sandbox_refuses_python_internals(tmp_path, source):
    write(tmp_path, "en/follow_up/illness.txt", source)
    message = render_error(tmp_path)
    assert "en/follow_up/illness.txt" in message
    assert "not allowed" in message


def test_byte_order_mark_and_windows_line_endings(tmp_path):
    path = tmp_path / "en" / "follow_up" / "default.txt"
    path.parent.mkdir(parents=True)
    path.write_bytes("\ufeffHello {{ customer.name|first_name }},\r\nBye\r\n\r\n".encode("utf-8"))
    text = Renderer(tmp_path).render("follow_up", "busy", "en", context("follow_up", "en"))
    assert text == "Hello Nusrat,\nBye"


def test_none_prints_as_nothing(tmp_path):
    write(tmp_path, "en/follow_up/default.txt", "[{{ customer.phone }}]")
    ctx = context("follow_up", "en")
    ctx["customer"] = {**ctx["customer"], "phone": None}
    assert Renderer(tmp_path).render("follow_up", "default", "en", ctx) == "[]"


# ---------------------------------------------------------------------------
# check_all
# ---------------------------------------------------------------------------


@pytest.mark.slow
def test_check_all_passes_on_the_real_templates():
    Renderer(TEMPLATES).check_all()


def test_real_templates_have_every_kind_and_variant_in_both_languages():
    for kind, variants in KINDS.items():
        for variant in variants:
            for lang in ("bn", "en"):
                assert (TEMPLATES / lang / kind / f"{variant}.txt").is_file()


@pytest.fixture()
def copy(tmp_path) -> Path:
    root = tmp_path / "templates"
    shutil.copytree(TEMPLATES, root)
    return root


def test_check_all_fails_on_a_broken_copy(copy):
    path = copy / "bn" / "win_back" / "default.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("last_purchase", "last_purchse"),
                    encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        Renderer(copy).check_all()
    assert "bn/win_back/default.txt" in str(info.value)
    assert "'last_purchse'" in str(info.value)


@pytest.mark.slow
def test_check_all_finds_a_typo_in_a_branch_the_samples_never_take(copy):
    path = copy / "en" / "follow_up" / "complaint.txt"
    path.write_text("{% if days_overdue > 1000 %}{{ customer.nmae }} {{ agnet }}{% endif %}Hi",
                    encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        Renderer(copy).check_all()
    assert "en/follow_up/complaint.txt" in str(info.value)
    assert "'agnet'" in str(info.value) or "'customer.nmae'" in str(info.value)


@pytest.mark.slow
def test_check_all_finds_an_attribute_typo_in_an_untaken_branch(copy):
    path = copy / "en" / "thank_you" / "default.txt"
    path.write_text("Hi{% if not meetup %} {{ meetup.titel }}{% endif %}", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        Renderer(copy).check_all()
    assert "en/thank_you/default.txt" in str(info.value)
    assert "'meetup.titel'" in str(info.value)


def test_check_all_finds_an_unguarded_optional_meetup(copy):
    path = copy / "bn" / "feedback_reply" / "default.txt"
    path.write_text("“{{ meetup.title }}” নিয়ে ধন্যবাদ", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        Renderer(copy).check_all()
    assert "bn/feedback_reply/default.txt" in str(info.value)
    assert "{% if meetup %}" in str(info.value)


@pytest.mark.slow
def test_check_all_checks_a_new_variant_file_and_partials(copy):
    write(copy, "en/follow_up/wedding.txt", "Congratulations {{ customer.name|first_name }}!")
    Renderer(copy).check_all()
    write(copy, "en/_footer.txt", "{% if %}")
    with pytest.raises(TemplateError) as info:
        Renderer(copy).check_all()
    assert "en/_footer.txt" in str(info.value)


@pytest.mark.slow
def test_check_all_allows_template_local_variables(copy):
    write(copy, "en/check_in/default.txt",
          "{% set name = customer.name|first_name %}{% for x in [1] %}{{ name }}{{ x }}{% endfor %}")
    Renderer(copy).check_all()


def test_check_all_on_a_missing_folder(tmp_path):
    with pytest.raises(TemplateError) as info:
        Renderer(tmp_path / "nope").check_all()
    assert "does not exist" in str(info.value)


def test_sample_contexts_cover_both_branches():
    full, sparse = sample_contexts("feedback_reply", "default", "bn")
    assert full["meetup"] is not None and sparse["meetup"] is None
    assert full["agent"] and not sparse["agent"]
    full, sparse, themself = sample_contexts("follow_up", "complaint", "en")
    assert full["days_overdue"] == 0 < sparse["days_overdue"]
    assert [c["who"] for c in (full, sparse, themself)] == ["daughter", None, "self"]


@pytest.mark.parametrize("lang, kin, expected", [
    ("bn", "mother_in_law", "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার শাশুড়ি অসুস্থ। শাশুড়ি এখন কেমন আছেন?"),
    ("en", "mother_in_law", "When we spoke on 15 November, we heard your mother-in-law was unwell. "
                            "How is your mother-in-law feeling now?"),
    ("bn", "nati", "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার নাতি অসুস্থ। নাতি এখন কেমন আছে?"),
    ("en", "nanu", "When we spoke on 15 November, we heard your relative was unwell. "
                   "How is your relative feeling now?"),
    ("bn", None, "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার আত্মীয় অসুস্থ। আত্মীয় এখন কেমন আছেন?"),
    # the words of Hindu families; a nephew spoken of without the respectful verb
    ("bn", "pishi", "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার পিসি অসুস্থ। পিসি এখন কেমন আছেন?"),
    ("en", "pishi", "When we spoke on 15 November, we heard your aunt was unwell. How is your aunt feeling now?"),
    # ভাবি and বৌদি are as often the customer's wife, or the customer addressed, as a brother's wife:
    # a message never guesses "your sister-in-law" (the fourth blind story trial, F4)
    ("bn", "boudi", "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম বাসায় অসুখ-বিসুখ চলছে। আশা করি বাসার সবাই এখন ভালো আছেন।"),
    ("en", "boudi", "When we spoke on 15 November, we heard someone at home was unwell. "
                    "We hope everyone at home is feeling better now."),
    ("bn", "bhabi", "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম বাসায় অসুখ-বিসুখ চলছে। আশা করি বাসার সবাই এখন ভালো আছেন।"),
    ("en", "bhabi", "When we spoke on 15 November, we heard someone at home was unwell. "
                    "We hope everyone at home is feeling better now."),
    ("bn", "bhaipo", "গত ১৫ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার ভাইপো অসুস্থ। ভাইপো এখন কেমন আছে?"),
    # English has no one word for a child's father-in-law
    ("en", "beyai", "When we spoke on 15 November, we heard your relative was unwell. "
                    "How is your relative feeling now?"),
])
def test_a_relative_is_named_by_the_notes_own_word(renderer, lang, kin, expected):
    ctx = {**context("follow_up", lang), "who": "relative", "person": person("relative", lang, kin)}
    assert renderer.render("follow_up", "illness", lang, ctx).split("\n")[1].startswith(expected)


@pytest.mark.parametrize("lang, who, key, day, expected", [
    ("en", "self", "birthday", date(2026, 11, 20),
     "A belated happy birthday to you! We hope it was a wonderful day. Warmest wishes to you and "
     "your family from all of us."),
    ("bn", "self", "birthday", date(2026, 11, 20),
     "একটু দেরিতে হলেও আপনাকে জন্মদিনের অনেক অনেক শুভেচ্ছা! আশা করি দিনটা খুব আনন্দে কেটেছে। "
     "আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", "daughter", "birthday", None,
     "Wishing your daughter a very happy birthday! Warmest wishes to you and your family from all of us."),
    ("bn", "son", "birthday", date(2026, 11, 21),
     "একটু দেরিতে হলেও আপনার ছেলেকে জন্মদিনের অনেক অনেক শুভেচ্ছা! আশা করি দিনটা সবার খুব আনন্দে "
     "কেটেছে। আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", "sister", "wedding", date(2026, 11, 8),
     "We were so happy to hear about your sister's wedding — many congratulations to you and your "
     "sister! Warmest wishes to you and your family from all of us."),
    ("bn", "sister", "wedding", date(2026, 11, 8),
     "আপনার বোনের বিয়ের খবর শুনে আমরা সবাই খুব খুশি হয়েছি — আপনাকে ও আপনার বোনকে অনেক অনেক "
     "অভিনন্দন! আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", "son", "exam", None,
     "We were so happy to hear about your son's exam success — many congratulations to you and your "
     "son! Warmest wishes to you and your family from all of us."),
    ("bn", "self", "job", None,
     "আপনার নতুন চাকরির খবর শুনে আমরা সবাই খুব খুশি হয়েছি — অনেক অনেক অভিনন্দন! আপনার ও পরিবারের "
     "সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", None, "home", None,
     "We were so happy to hear about your new home — many congratulations! Warmest wishes to you and "
     "your family from all of us."),
    ("bn", "father", "hajj", None,
     "আপনার বাবার হজের খবর শুনে আমরা সবাই খুব খুশি হয়েছি — আল্লাহ কবুল করুন! আপনার ও পরিবারের "
     "সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", "self", "anniversary", None,
     "Happy anniversary to you both! Warmest wishes to you and your family from all of us."),
    ("bn", "son", "anniversary", None,
     "আপনার ছেলের বিবাহবার্ষিকীতে অনেক অনেক শুভেচ্ছা! আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", "self", "umrah", None,
     "We were so happy to hear about your Umrah — may Allah accept it! Warmest wishes to you and your "
     "family from all of us."),
    # the kind is not known: the general wording, with the day of the call
    ("en", "self", None, None,
     "We were so happy to hear your good news on 15 November — many congratulations! Warmest wishes "
     "to you and your family from all of us."),
])
def test_celebration_names_what_is_celebrated_not_the_call_day(renderer, lang, who, key, day, expected):
    text = renderer.render("follow_up", "celebration", lang,
                           {**about(who, lang), "event": "celebration", "occasion": occasion(key, lang, day)})
    assert text.split("\n")[1] == expected


@pytest.mark.parametrize("lang, key, day, expected", [
    ("bn", "birthday", None, "যাঁর জন্মদিন, তাঁকে আমাদের পক্ষ থেকে জন্মদিনের অনেক অনেক শুভেচ্ছা জানাবেন! "
     "আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", "birthday", date(2026, 11, 10), "Please pass on our belated birthday wishes to the one who "
     "celebrated! We hope it was a wonderful day for all of you. Warmest wishes to you and your family "
     "from all of us."),
    ("bn", "promotion", None, "আপনার পরিবারের প্রমোশনের খবর শুনে আমরা সবাই খুব খুশি হয়েছি — অনেক অনেক "
     "অভিনন্দন! আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"),
    ("en", "wedding", None, "We were so happy to hear about the wedding in your family — many "
     "congratulations to you all! Warmest wishes to you and your family from all of us."),
])
def test_a_bhabis_day_is_never_wished_to_the_customer_himself(renderer, lang, key, day, expected):
    """"ভাবির জন্মদিন": bhabi is most often the customer's own wife, sometimes his brother's; the
    message guesses neither, and never wishes the husband a happy birthday."""
    ctx = {**context("follow_up", lang), "who": "relative", "person": person("relative", lang, "bhabi"),
           "event": "celebration", "occasion": occasion(key, lang, day)}
    assert renderer.render("follow_up", "celebration", lang, ctx).split("\n")[1] == expected


def test_a_shops_old_celebration_template_still_works(tmp_path):
    """A shop's own copy of the template from before ``occasion`` existed is checked and filled
    as before: the new variable is only offered, never required."""
    root = tmp_path / "templates"
    shutil.copytree(TEMPLATES, root)
    old = ("Hello {{ customer.name|first_name }},\n"
           "We were so happy to hear your good news on {{ note.date|long_date(lang) }}!\n"
           "— {{ shop.name }}\n")
    (root / "en" / "follow_up" / "celebration.txt").write_text(old, encoding="utf-8")
    shop = Renderer(root)
    shop.check_all()
    text = shop.render("follow_up", "celebration", "en",
                       {**about("self", "en"), "occasion": occasion("birthday", "en", date(2026, 11, 20))})
    assert text == "Hello Nusrat,\nWe were so happy to hear your good news on 15 November!\n— Nodi Fashion"


@pytest.mark.parametrize("lang, day, expected", [
    ("en", TODAY, "You asked us to call you today. Is this a good time to talk? Just reply and we will call you."),
    ("en", date(2026, 11, 21),
     "You asked us to call you on Saturday, 21 November. Is this a good time to talk? Just reply and "
     "we will call you."),
    ("bn", TODAY, "আপনি বলেছিলেন আজ ফোন করতে। এখন কথা বলার সুবিধা হবে কি? একটু জানালেই আমরা ফোন করব।"),
    ("bn", date(2026, 11, 21),
     "আপনি বলেছিলেন শনিবার, ২১ নভেম্বর ফোন করতে। এখন কথা বলার সুবিধা হবে কি? একটু জানালেই আমরা ফোন করব।"),
    ("en", None,
     "We tried to reach you on 15 November, but we could not talk then. When would be a good time to "
     "talk? Just reply with a day and time that suits you."),
])
def test_busy_message_says_the_day_the_customer_gave(renderer, lang, day, expected):
    text = renderer.render("follow_up", "busy", lang,
                           {**context("follow_up", lang), "event": "busy", "call_back_on": day})
    assert text.split("\n")[1:] == [expected, "— Rahim, Nodi Fashion"]


@pytest.mark.parametrize("lang, who, expected", [
    ("en", "self",
     "Thank you for letting us know how you were doing when we spoke on 15 November. We hope you keep "
     "getting stronger every day and are fully well soon. If there is anything we can do, just let us know."),
    ("en", None,
     "Thank you for letting us know how everyone at home was doing when we spoke on 15 November. We hope "
     "they keep getting better every day. If there is anything we can do, just let us know."),
    ("bn", "son",
     "গত ১৫ নভেম্বর কথা হওয়ার সময় আপনার ছেলের খবর জানানোর জন্য ধন্যবাদ। আশা করি ছেলে দিন দিন আরও সুস্থ "
     "হয়ে উঠছে, আর খুব তাড়াতাড়ি পুরোপুরি সেরে উঠবে। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।"),
    ("bn", "self",
     "গত ১৫ নভেম্বর কথা হওয়ার সময় আপনার শরীরের খবর জানানোর জন্য ধন্যবাদ। আশা করি দিন দিন আরও সুস্থ হয়ে উঠছেন, "
     "আর খুব তাড়াতাড়ি পুরোপুরি সেরে উঠবেন। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।"),
])
def test_a_later_get_well_in_the_same_story_is_worded_as_still_recovering(renderer, lang, who, expected):
    text = renderer.render("follow_up", "illness", lang, {**about(who, lang), "again": True})
    assert text.split("\n")[1] == expected


@pytest.mark.parametrize("lang, expected", [
    ("bn", "পরিবারে নতুন অতিথি আসার খবরে আপনাকে অনেক অনেক অভিনন্দন! ছোট্ট সোনামণি আর বাসার সবার জন্য রইল আমাদের "
           "আন্তরিক শুভকামনা। সময় পেলে জানাবেন সবাই কেমন আছেন।"),
    ("en", "Congratulations to you and your family on the new arrival! Our warmest wishes to the little one and "
           "everyone at home. Do let us know how you are all doing when you find a moment."),
])
def test_a_bhabis_baby_is_the_familys_never_a_sister_in_laws(renderer, lang, expected):
    ctx = {**context("follow_up", lang), "who": "relative", "person": person("relative", lang, "bhabi")}
    assert renderer.render("follow_up", "newborn", lang, ctx).split("\n")[1] == expected
