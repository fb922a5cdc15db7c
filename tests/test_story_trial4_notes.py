"""The story across calls as the fourth blind story trial wrote it: a weekday with a clock time
is that weekday; a mourning rite finished is no second death; "bhabi" after the wife was named is
the wife, and alone never "your sister-in-law"; a baby on the way is not a "new baby". Each runs
the real daily job on a workbook and checks what staff read and what is sent."""
from __future__ import annotations

import pytest

from conftest import ago, script_rows, staff_marks_sent
from khatir.config import build_settings
from khatir.sheet.schema import FOLLOW_UPS, MESSAGES
from test_story_trial import follow_ups, grids, messages
from test_story_trial3 import append

pytestmark = pytest.mark.slow  # each test runs the whole daily job on a workbook

BN = build_settings({"general": {"language": "bn", "shop_name": "Rupkotha"}})


def due_rows(path) -> list[tuple[str, str, str, str]]:
    """(kind, customer, Due, the Why up to the quoted note)."""
    return [(r["kind"], r["customer_id"], str(r["due"])[:10], r["why"].split(": \u201c")[0])
            for r in script_rows(path, FOLLOW_UPS)]


@pytest.mark.parametrize("note", ["Interested in winter jackets, asked to call on Monday after 5pm",
                                  "asked to call Monday after 5 pm",
                                  "call Monday after Asr",
                                  "সোমবার বিকাল ৫টার পর কল দিতে বলছে",
                                  "sombar 5 tar por call dite bolse"])
def test_a_weekday_with_a_time_of_day_is_that_weekday(make_workbook, run_job, note):
    # F1: Fri 20 Nov; the customer asked for Monday 23 Nov after 5pm, not the note's own day
    path = make_workbook(grids(("C-1", 4, note)))
    run_job(path, ago(3))  # Saturday: nothing to do yet
    assert follow_ups(path) == [] and messages(path) == []
    run_job(path)  # Tuesday 24 Nov
    [(kind, cid, due, why)] = due_rows(path)
    assert (kind, cid, due) == ("overdue", "C-1", "2026-11-23")
    assert why.endswith("20 November")


RITES_DONE = (("C-1", "Kulkhani shesh, ekhon ektu shamle uthche. ager order er taka dite chay"),
              ("C-2", "কুলখানি হয়ে গেছে, এখন একটু সামলে উঠছেন। আগের অর্ডারের টাকা দিতে চান"))


@pytest.mark.parametrize("rites", [RITES_DONE, (("C-1", "chollisha shesh, ekhon shamle nicche"),
                                                ("C-2", "শ্রাদ্ধ শেষ হয়েছে, দোকানে আসবেন"))])
def test_a_mourning_rite_after_a_sent_condolence_is_no_second_condolence(make_workbook, run_job, rites):
    # F8: the death on 2 Nov, the condolence sent on 10 Nov, the rite finished on 18 Nov
    path = make_workbook(grids(("C-1", 22, "His mother passed away last night, asked for prayers"),
                               ("C-2", 22, "ওনার মা গতকাল রাতে মারা গেছেন। দোয়া চাইলেন")))
    run_job(path, ago(14))
    first = messages(path)
    assert [cid for cid, _, _ in first] == ["C-1", "C-2"]
    staff_marks_sent(path, {key: ago(14) for _, key, _ in first})
    append(path, 6, *rites)
    for day in (0, -1, -7):  # up to and past the day a new condolence would have been due
        run_job(path, ago(day))
        assert messages(path) == first
        assert follow_ups(path) == []


def test_a_rite_note_while_the_condolence_waits_keeps_that_one_message(make_workbook, run_job):
    # the condolence prepared on 10 Nov and not yet sent: the rite on 18 Nov does not make it
    # "do not send" and a new one a week later; the one waiting is still the message to send
    path = make_workbook(grids(("C-1", 22, "His mother passed away last night, asked for prayers"),
                               ("C-2", 22, "ওনার মা গতকাল রাতে মারা গেছেন। দোয়া চাইলেন")))
    run_job(path, ago(14))
    first = messages(path)
    append(path, 6, *RITES_DONE)
    run_job(path, ago(-7))
    assert messages(path) == first
    assert [(kind, cid, why) for kind, cid, _, why in due_rows(path)] == [
        ("overdue", "C-1", "mother's bereavement (found in the note), 2 November"),
        ("overdue", "C-2", "mother's bereavement (found in the note), 2 November")]


def test_a_later_death_of_someone_else_still_gets_its_condolence(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 22, "His mother passed away last night, asked for prayers"),
                               ("C-2", 22, "ওনার মা গতকাল রাতে মারা গেছেন। দোয়া চাইলেন")))
    run_job(path, ago(14))
    first = messages(path)
    staff_marks_sent(path, {key: ago(14) for _, key, _ in first})
    append(path, 7, ("C-1", "Now his grandfather passed away too, very sad"),
           ("C-2", "এবার ওনার নানা মারা গেছেন, খুব ভেঙে পড়েছেন"))
    run_job(path)
    assert [(kind, cid, why) for kind, cid, _, why in due_rows(path)] == [
        ("due today", "C-1", "grandfather's bereavement (found in the note), 17 November"),
        ("due today", "C-2", "grandfather's bereavement (found in the note), 17 November")]
    assert [cid for cid, _, _ in messages(path)[len(first):]] == ["C-1", "C-2"]


def test_a_rite_note_asking_for_a_call_is_a_plain_call_back(make_workbook, run_job):
    path = make_workbook(grids(("C-1", 22, "His mother passed away last night, asked for prayers")))
    run_job(path, ago(14))
    first = messages(path)
    staff_marks_sent(path, {key: ago(14) for _, key, _ in first})
    append(path, 6, ("C-1", "chollisha shesh, order dibe, call on Monday"))
    run_job(path)
    assert [(kind, cid, why) for kind, cid, _, why in due_rows(path)] == [
        ("overdue", "C-1", "follow-up (call-back day in the note), 18 November")]
    [(_, _, text)] = messages(path)[len(first):]
    assert "sorry for your loss" not in text.lower() and "condolence" not in text.lower()


def test_bhabi_after_the_wife_was_named_is_the_wife(make_workbook, run_job):
    # F4: the wife's pregnancy (well-wish sent), "bhabi labor room e", then the son is born
    path = make_workbook(grids(
        ("C-1", 24, "His wife is pregnant, delivery in December. Looked at baby clothes"),
        ("C-2", 24, "ওনার ওয়াইফ প্রেগন্যান্ট, ডিসেম্বরে ডেলিভারি। বেবি ড্রেস দেখতে চাইলেন")))
    run_job(path, ago(20))
    first = messages(path)
    staff_marks_sent(path, {key: ago(20) for _, key, _ in first})
    append(path, 8, ("C-1", "bhabi labor room e, ajke delivery hobe. pore call dite bolse"),
           ("C-2", "ভাবি লেবার রুমে, আজকে ডেলিভারি হবে। পরে কল দিতে বলছে"))
    append(path, 6, ("C-1", "Alhamdulillah chele hoise, ma o baccha valo ache. customer khub khushi"),
           ("C-2", "আলহামদুলিল্লাহ ছেলে হয়েছে, মা ও বাচ্চা ভালো আছে। কাস্টমার খুব খুশি"))
    run_job(path, ago(3))
    assert [(kind, cid, why) for kind, cid, _, why in due_rows(path)] == [
        ("due today", "C-1", "wife's new baby (found in the note), 18 November"),
        ("due today", "C-2", "wife's new baby (found in the note), 18 November")]
    [(_, _, en), (_, _, bn)] = messages(path)[len(first):]
    assert en.splitlines()[1] == ("Congratulations to you and your family on the new arrival! Our warmest "
                                  "wishes to the little one and everyone at home. Do let us know how you "
                                  "are all doing when you find a moment.")
    assert bn.splitlines()[1] == ("পরিবারে নতুন অতিথি আসার খবরে আপনাকে অনেক অনেক অভিনন্দন! ছোট্ট সোনামণি "
                                  "আর বাসার সবার জন্য রইল আমাদের আন্তরিক শুভকামনা। সময় পেলে জানাবেন সবাই কেমন আছেন।")


@pytest.mark.parametrize("en_note, bn_note, why, en, bn", [
    ("bhabi r baby hoise, chele", "ভাবির ছেলে হয়েছে আলহামদুলিল্লাহ", "new baby",
     "Congratulations to you and your family on the new arrival! Our warmest wishes to the little one and "
     "everyone at home. Do let us know how you are all doing when you find a moment.",
     "পরিবারে নতুন অতিথি আসার খবরে আপনাকে অনেক অনেক অভিনন্দন! ছোট্ট সোনামণি আর বাসার সবার জন্য রইল আমাদের "
     "আন্তরিক শুভকামনা। সময় পেলে জানাবেন সবাই কেমন আছেন।"),
    ("bhabi r onek jor, pore call dite bolse", "ভাবির অনেক জ্বর, পরে কল দিতে বলছে", "illness",
     "When we spoke on 22 November, we heard someone at home was unwell. We hope everyone at home is "
     "feeling better now. If there is anything we can do, just let us know.",
     "গত ২২ নভেম্বর কথা হওয়ার সময় শুনেছিলাম বাসায় অসুখ-বিসুখ চলছে। আশা করি বাসার সবাই এখন ভালো আছেন। "
     "আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।"),
])
def test_bhabi_alone_never_reads_as_a_sister_in_law(make_workbook, run_job, en_note, bn_note, why, en, bn):
    # F4: nothing says whose; staff call the customer's wife, and a woman customer, "bhabi"
    path = make_workbook(grids(("C-1", 2, en_note), ("C-2", 2, bn_note)))
    run_job(path, ago(-1))
    assert [(cid, text) for _, cid, _, text in due_rows(path)] == [
        ("C-1", f"bhabi's {why} (found in the note), 22 November"),
        ("C-2", f"bhabi's {why} (found in the note), 22 November")]
    assert [text.splitlines()[1] for _, _, text in messages(path)] == [en, bn]
    bn_path = make_workbook(grids(("C-2", 2, bn_note)), name="bn.xlsx")
    run_job(bn_path, ago(-1), settings_=BN)
    assert [text.split(" (")[0] for _, _, _, text in due_rows(bn_path)] == [
        {"new baby": "ভাবির নতুন শিশু", "illness": "ভাবির অসুস্থতা"}[why]]


@pytest.mark.parametrize("settings_, why, reason", [
    (None, "wife's baby on the way (found in the note), 21 November",
     "Follow-up: wife's baby on the way noted on 21 November"),
    (BN, "স্ত্রীর অনাগত সন্তানের খবর (নোট থেকে বোঝা গেছে), ২১ নভেম্বর", "ফলো-আপ: ২১ নভেম্বর তারিখে স্ত্রীর অনাগত সন্তানের খবর"),
])
def test_a_baby_on_the_way_is_not_a_new_baby(make_workbook, run_job, settings_, why, reason):
    # F10: the message wishes well; the row and the reason must not say "new baby" either
    path = make_workbook(grids(("C-1", 3, "His wife is pregnant, delivery in December. Looked at baby clothes"),
                               ("C-2", 3, "ওনার ওয়াইফ প্রেগন্যান্ট, ডিসেম্বরে ডেলিভারি। বেবি ড্রেস দেখতে চাইলেন")))
    run_job(path, settings_=settings_)
    assert [text for _, _, _, text in due_rows(path)] == [why, why]
    assert [r["reason"] for r in script_rows(path, MESSAGES)] == [reason, reason]
    assert [text.splitlines()[1] for _, _, text in messages(path)] == [
        "We heard your family is expecting a little one. Our warmest wishes to your wife and everyone at "
        "home; we hope all goes well. Do let us know how you are all doing when you find a moment.",
        "শুনেছিলাম আপনার পরিবারে নতুন অতিথি আসছে। আপনার স্ত্রী ও বাসার সবার জন্য রইল আমাদের আন্তরিক শুভকামনা; "
        "সব যেন ভালোয় ভালোয় হয়। সময় পেলে জানাবেন সবাই কেমন আছেন।"]
