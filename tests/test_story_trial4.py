"""The fourth blind story trial's message and work-list findings: a birthday or a wedding is
congratulated by name, not as "your good news on <the day of the call>" (F6); a busy customer who
gave the call-back day is not asked for one (F11); a lost customer who asked for no contact, or
whose number is wrong, is marked so, not sent to an "open follow-up" (F7); a get-well not to send
after a death says the death (F12). Each runs the real daily job on a workbook."""
from __future__ import annotations

import pytest

from conftest import ago, script_rows, staff_appends, staff_marks_sent
from khatir.config import build_settings
from khatir.sheet.schema import CALL_NOTES, FOLLOW_UPS, MESSAGES
from test_story_trial import follow_ups, grids, messages

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})


def test_a_birthday_and_a_wedding_are_named_not_dated_by_the_call(make_workbook, run_job):
    # F6: C17 "Customer's own birthday on 20 Nov" (13 Nov), C14 "ছোট বোনের বিয়ে ৮ নভেম্বর"
    path = make_workbook(grids(
        ("C-1", 11, "Customer's own birthday on 20 Nov, bought a party dress for it"),
        ("C-2", 11, "ছোট বোনের বিয়ে ২০ নভেম্বর, লেহেঙ্গা নিবে")))
    run_job(path)
    assert [why for _, _, why in follow_ups(path)] == [
        "birthday (found in the note), 13 November: "
        "\u201cCustomer's own birthday on 20 Nov, bought a party dress for it\u201d",
        "sister's wedding (found in the note), 13 November: \u201cছোট বোনের বিয়ে ২০ নভেম্বর, লেহেঙ্গা নিবে\u201d"]
    assert [text for _, _, text in messages(path)] == [
        "Hello Karim,\nA belated happy birthday to you! We hope it was a wonderful day. Warmest wishes "
        "to you and your family from all of us.\n— Tanvir, Rupkotha",
        "প্রিয় রহিমা,\nআপনার বোনের বিয়ের খবর শুনে আমরা সবাই খুব খুশি হয়েছি — আপনাকে ও আপনার বোনকে "
        "অনেক অনেক অভিনন্দন! আপনার ও পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।\n— Tanvir, Rupkotha"]


def test_a_celebration_of_no_named_kind_keeps_the_general_words(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 2, "Good news in the family, congratulations! bought sweets"),
                               ("C-2", 2, "খুশির খবর, মিষ্টি নিয়ে গেলেন")))
    run_job(path, settings_=BN)
    assert [why.split(":")[0] for _, _, why in follow_ups(path)] == [
        "আনন্দের খবর (নোট থেকে বোঝা গেছে), ২২ নভেম্বর"] * 2
    assert [text.split("\n")[1] for _, _, text in messages(path)] == [
        "We were so happy to hear your good news on 22 November — many congratulations! Warmest "
        "wishes to you and your family from all of us.",
        "গত ২২ নভেম্বর আপনার সুখবরটা শুনে আমরা সবাই খুব খুশি হয়েছি — অনেক অনেক অভিনন্দন! আপনার ও "
        "পরিবারের সবার জন্য রইল আন্তরিক শুভকামনা।"]


def test_a_busy_customer_who_gave_the_day_is_not_asked_for_one(make_workbook, run_job):
    # F11: C21 "In a meeting, call Thursday" (23 Nov), then "not Thursday ... Call Saturday instead"
    # (25 Nov); the message goes on 1 Dec. Here: 10 and 8 days ago, Saturday is 21 November.
    path = make_workbook(grids(
        ("C-1", 10, "In a meeting, call Thursday"),
        ("C-1", 8, "Texted: not Thursday, she will be travelling. Call Saturday instead"),
        ("C-2", 10, "মিটিং এ আছেন, বৃহস্পতিবার কল দিতে বললেন"),
        ("C-2", 8, "বৃহস্পতিবার না, শনিবার কল দিতে বলছেন")))
    run_job(path)
    assert [text.split("\n")[1] for _, _, text in sorted(messages(path))] == [
        "You asked us to call you on Saturday, 21 November. Is this a good time to talk? Just reply "
        "and we will call you.",
        "আপনি বলেছিলেন শনিবার, ২১ নভেম্বর ফোন করতে। এখন কথা বলার সুবিধা হবে কি? একটু জানালেই আমরা ফোন করব।"]


def test_a_busy_customer_who_gave_no_day_is_asked_when_suits(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 1, "Customer busy in a meeting, call back later"),
                               ("C-2", 1, "এখন না, মাগরিবের পরে কল দিতে বললেন")))
    run_job(path)
    assert [text.split("\n")[1] for _, _, text in sorted(messages(path))] == [
        "We tried to reach you on 23 November, but we could not talk then. When would be a good time "
        "to talk? Just reply with a day and time that suits you.",
        "গত ২৩ নভেম্বর যোগাযোগ করেছিলাম, কিন্তু তখন কথা বলা হয়নি। কখন কথা বললে আপনার সুবিধা হবে, একটু "
        "জানাবেন? আপনার সুবিধামতো দিন আর সময় লিখে জানালেই হবে।"]


@pytest.mark.parametrize("lang, words, remark", [
    ("en", "customer rude, bollo ar call diben na please. number delete korte bollo",
     "asked on 28 October not to be called or messaged again: no message prepared"),
    ("bn", "customer rude, bollo ar call diben na please. number delete korte bollo",
     "২৮ অক্টোবর তারিখে আর ফোন বা বার্তা দিতে মানা করেছেন: কোনো বার্তা তৈরি হয়নি"),
    ("en", "wrong number, onno manush dhorse. bolse ei nam e keu nai",
     "the call note of 28 October says the number is wrong: no message until a call reaches them"),
    ("bn", "wrong number, onno manush dhorse. bolse ei nam e keu nai",
     "২৮ অক্টোবর তারিখের কল নোটে নম্বরটি ভুল বলা আছে: কোনো কলে তাঁকে না পাওয়া পর্যন্ত বার্তা নয়"),
])
def test_a_lost_customer_who_asked_for_no_contact_or_has_a_wrong_number_says_so(
        make_workbook, run_job, lang, words, remark):
    # F7: C06 asked not to be called (28 Oct), C07 a wrong number; each had a later "no answer"
    # note (18 Nov), and the lost row said "has an open follow-up (due 19 November): that comes
    # first", a follow-up Follow-ups does not list, inviting a call.
    from test_customers_section import shop
    path = make_workbook(shop([{"date": ago(27), "customer_id": "C-1", "agent": "Rumi", "note": words},
                               {"date": ago(6), "customer_id": "C-1", "agent": "Mitu", "note": "ফোন ধরেনি"}]))
    run_job(path, settings_=build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}}))
    rows = [(r["kind"], r["remark"]) for r in script_rows(path, FOLLOW_UPS) if r["customer_id"] == "C-1"]
    assert rows == [(rows[0][0], remark)]
    assert not [r for r in script_rows(path, MESSAGES) if r["customer_id"] == "C-1"]


@pytest.mark.parametrize("lang, expected", [
    ("en", "Do not send message {key}: their father has died (note of 23 November: \u201cআব্বা আজ সকালে "
           "মারা গেছেন\u201d); it was about the father's illness noted on 19 November"),
    ("bn", "{key} বার্তাটি পাঠাবেন না: ২৩ নভেম্বর তারিখের নোটে গ্রাহকের বাবা মারা যাওয়ার খবর আছে (\u201cআব্বা "
           "আজ সকালে মারা গেছেন\u201d); বার্তাটি ১৯ নভেম্বর তারিখে নোট করা বাবার অসুস্থতা নিয়ে"),
])
def test_a_get_well_not_to_send_after_a_death_says_the_death(make_workbook, run_job, lang, expected):
    # F12: "আব্বা হাসপাতালে, খুব জ্বর" (get-well made, pending), then "আব্বা আজ সকালে মারা গেছেন"
    settings = build_settings({"general": {"language": lang, "shop_name": "Rupkotha"}})
    path = make_workbook(grids(("C-2", 5, "আব্বা হাসপাতালে, খুব জ্বর")))
    run_job(path, ago(2), settings_=settings)
    [(_, key, _)] = messages(path)
    staff_appends(path, CALL_NOTES.title, [
        [{"date": ago(1), "customer_id": "C-2", "agent": "Tanvir", "note": "আব্বা আজ সকালে মারা গেছেন"}.get(
            c.key, "") for c in CALL_NOTES.columns]])
    run_job(path, settings_=settings)
    assert [why for _, _, why in follow_ups(path)][0] == expected.format(key=key)


def test_a_second_get_well_in_the_same_story_is_not_the_first_word_for_word(make_workbook, run_job):
    # F2: C02 "operation hoyeche alhamdulillah, abba ekhon ICU te" (get-well sent), a week later
    # "বাবাকে বাসায় আনা হয়েছে, রেস্টে আছেন, এখনো দুর্বল": a second get-well, not the same text
    path = make_workbook(grids(("C-1", 11, "Her father had an operation, he is in ICU now"),
                               ("C-2", 11, "operation hoyeche alhamdulillah, abba ekhon ICU te")))
    run_job(path, ago(8))
    first = messages(path)
    staff_marks_sent(path, {key: ago(8) for _, key, _ in first})
    staff_appends(path, CALL_NOTES.title, [
        [{"date": ago(4), "customer_id": cid, "agent": "Tanvir", "note": words}.get(c.key, "")
         for c in CALL_NOTES.columns]
        for cid, words in (("C-1", "Her father is home now, resting, still weak"),
                           ("C-2", "বাবাকে বাসায় আনা হয়েছে, রেস্টে আছেন, এখনো দুর্বল"))])
    run_job(path)
    later = sorted((cid, text.split("\n")[1]) for cid, _, text in messages(path)[len(first):])
    assert later == [
        ("C-1", "Thank you for letting us know how your father was doing when we spoke on 20 November. "
                "We hope your father keeps getting stronger every day and is fully well soon. If there is "
                "anything we can do, just let us know."),
        ("C-2", "গত ২০ নভেম্বর কথা হওয়ার সময় আপনার বাবার খবর জানানোর জন্য ধন্যবাদ। আশা করি বাবা দিন দিন "
                "আরও সুস্থ হয়ে উঠছেন, আর খুব তাড়াতাড়ি পুরোপুরি সেরে উঠবেন। আমাদের দিক থেকে কিছু করার থাকলে "
                "নিঃসংকোচে জানাবেন।")]


def test_a_get_well_for_someone_else_after_a_sent_one_is_a_first_get_well(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 11, "Her father had an operation, he is in ICU now")))
    run_job(path, ago(8))
    first = messages(path)
    staff_marks_sent(path, {key: ago(8) for _, key, _ in first})
    staff_appends(path, CALL_NOTES.title, [
        [{"date": ago(4), "customer_id": "C-1", "agent": "Tanvir",
          "note": "Father is better. Now her son has high fever"}.get(c.key, "") for c in CALL_NOTES.columns]])
    run_job(path)
    assert [text.split("\n")[1] for _, _, text in messages(path)[len(first):]] == [
        "When we spoke on 20 November, we heard your son was unwell. How is your son feeling now? We "
        "hope things are much better. If there is anything we can do, just let us know."]
