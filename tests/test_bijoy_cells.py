"""Bengali typed with Bijoy in its classic (ANSI) mode for the SutonnyMJ font ("†g‡qi R¡i" for
মেয়ের জ্বর): read as Unicode Bengali where Khatir reads staff text for meaning or prints it,
with a Problems row; never mistaken in English, Banglish, numbers or emoji.

Found by a tester (stop 37): such a note silently made no follow-up, and a name so typed
greeted "Hello dv‡Zgv"."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import TODAY, ago, customers_tab, notes_tab
from khatir.backends.workbook import create_workbook
from khatir.sheet.bijoy import AFTER, BEFORE, BESIDE, is_bijoy, to_unicode
from khatir.sheet.bijoy_table import GLYPHS
from khatir.sheet.schema import FEEDBACK, MEETUPS, MESSAGES

pytestmark = pytest.mark.slow

BIJOY = ("The cell looks typed with Bijoy in its classic (ANSI) mode for the SutonnyMJ font: only "
         "that font shows it as Bengali, other computers and phones show Latin letters. Khatir "
         "reads it as “{}”.")
BIJOY_FIX = ("Type it again in Unicode (Bijoy's Unicode mode, or Avro) so everyone and every "
             "phone can read it; until then Khatir reads it as above.")


@pytest.mark.parametrize("typed, reads", [
    ("†g‡qi R¡i", "মেয়ের জ্বর"),
    ("Kvj †dvb w`‡Z n‡e", "কাল ফোন দিতে হবে"),
    ("dv‡Zgv Av³vi", "ফাতেমা আক্তার"),
    ("†ivKmvbv cvifxb", "রোকসানা পারভীন"),
    ("¯¿xi Amy¯’Zv", "স্ত্রীর অসুস্থতা"),
    ("e¨vsK †_‡K UvKv Zzj‡Z †M‡Q", "ব্যাংক থেকে টাকা তুলতে গেছে"),
    ("ˆZwi Kiv n‡”Q", "তৈরি করা হচ্ছে"),
    ("j¶¥x", "লক্ষ্মী"),
])
def test_bijoy_text_is_found_and_read_in_unicode(typed, reads):
    assert is_bijoy(typed)
    assert to_unicode(typed) == reads


@pytest.mark.parametrize("text", [
    "son is sick with fever", "meyer jor, kal phone dite hobe", "jor 102°", "jor 102° F",
    "bKash e 500 tk pathabe", "iPhone 15 Pro", "iPhone™ charger", "Rupkotha© 2026",
    "Nodi Fashion®", "½ kg chal", "2·5 kg", "£20 voucher", "€5 off", "“thik ache” bollo",
    "‘ok’ bolse", "kal — na porshu", "9–5 office", "pore janabe…", "01711-234567",
    "+880 1711 234567", "Zoë Müller", "José Peña", "naïve café", "Mª Carmen", "¡Hola amigo!",
    "¯\\_(ツ)_/¯ ki korbo", "Rahim† (died 2025)", "see ¶ 3", "5‰ commission", "😀👍 thanks",
    "মেয়ের জ্বর †ivKmvbv",  # Bengali letters in the cell: it is Unicode, whatever else
    "à¦®à§‡à¦¯à¦¼à§‡à¦° à¦œà§à¦¬à¦°",  # UTF-8 Bengali read as Windows-1252, not Bijoy
    "Avwg evsjvq Mvb MvB|",  # Bijoy with none of the marks: a miss, read as typed
])
def test_english_banglish_numbers_and_emoji_are_never_bijoy(text):
    assert not is_bijoy(text)


@pytest.mark.parametrize("typed, reads", [
    # ি ে ৈ drawn before a conjunct (a glyph, or half letter and lower letter) go after it
    ("wk¶K", "শিক্ষক"), ("w¯’i", "স্থির"), ("†¯œn", "স্নেহ"), ("†¶Î", "ক্ষেত্র"),
    ("ˆ¯^ivPvi", "স্বৈরাচার"), ("ˆmb¨", "সৈন্য"),
    # ো and ৌ: e-kar before, aa-kar or au length mark after
    ("†¯ªv‡Zi", "স্রোতের"), ("†kÖvZv", "শ্রোতা"), ("†¶vf", "ক্ষোভ"), ("†mŠfvM¨", "সৌভাগ্য"),
    ("†¶Ši", "ক্ষৌর"), ("†cuŠQv‡Z", "পৌঁছাতে"), ("Pvu`", "চাঁদ"),
    # reph: drawn after its letter (and its vowel sign), spelt before it
    ("ag©", "ধর্ম"), ("Kg©x", "কর্মী"), ("c~‡e©", "পূর্বে"), ("wbw`©ó", "নির্দিষ্ট"),
    ("Kvh©µg", "কার্যক্রম"),
    # ra-, ya- and ba-phala
    ("cÖ_g", "প্রথম"), ("MÖvg", "গ্রাম"), ("e¨emv", "ব্যবসা"), ("wek¦vm", "বিশ্বাস"),
    ("wØZxq", "দ্বিতীয়"), ("¯^vgx", "স্বামী"),
    # ক্ষ ক্ত স্ত ত্ত, রু, digits and the dari
    ("cix¶v", "পরীক্ষা"), ("i³", "রক্ত"), ("e¯Ív", "বস্তা"), ("Ae¯’v", "অবস্থা"),
    ("DËi", "উত্তর"), ("iæwU", "রুটি"), ("500 UvKv w`‡e|", "৫০০ টাকা দিবে।"),
])
def test_bijoy_reordering_and_conjuncts(typed, reads):
    assert to_unicode(typed) == reads


def test_the_marks_are_the_ones_the_table_converts():
    assert {c: GLYPHS[c] for c in BEFORE + AFTER + BESIDE} == {
        "†": "ে", "‡": "ে", "ˆ": "ৈ", "‰": "ৈ", "¯": "স্", "¡": "্ব", "¨": "্য", "ª": "্র", "¶": "ক্ষ"}


# --------------------------------------------------------------------------
# The daily job on a real workbook


def shop(tmp_path: Path, name: str, note: str, *more: list) -> Path:
    return create_workbook(tmp_path / "shop.xlsx", {
        "Customers": customers_tab(["C-1", name, "01711-234567", "bn"], *more),
        "Call Notes": notes_tab({"date": ago(3), "customer_id": "C-1", "agent": "Nasrin", "note": note}),
        "Messages": [MESSAGES.headers()]})


def tab(path: Path, title: str) -> list[tuple]:
    return [tuple(r) for r in load_workbook(path)[title].iter_rows(values_only=True)][1:]


def test_a_bijoy_call_note_makes_the_follow_up_a_unicode_note_makes(tmp_path, run_job):
    (tmp_path / "u").mkdir()
    unicode_shop = shop(tmp_path / "u", "রহিমা খাতুন", "মেয়ের জ্বর, কাল ফোন দিতে হবে")
    run_job(unicode_shop)
    (tmp_path / "b").mkdir()
    bijoy_shop = shop(tmp_path / "b", "রহিমা খাতুন", "‡g‡qi R¡i, Kvj †dvb w`‡Z n‡e")
    staff = tab(bijoy_shop, "Call Notes")
    summary = run_job(bijoy_shop)
    [row] = tab(bijoy_shop, "Follow-ups")
    assert row == tab(unicode_shop, "Follow-ups")[0]
    assert "daughter's illness" in row[8] and row[6] == str(ago(2))  # the call back: tomorrow
    assert [m["customer_id"] for m in summary.new_messages] == ["C-1"]
    assert tab(bijoy_shop, "Problems") == [
        ("Call Notes", 2, "D", "‡g‡qi R¡i, Kvj †dvb w`‡Z n‡e",
         BIJOY.format("মেয়ের জ্বর, কাল ফোন দিতে হবে"), BIJOY_FIX, None)]
    assert tab(unicode_shop, "Problems") == []
    assert tab(bijoy_shop, "Call Notes") == staff  # the staff cell is never changed


def test_a_bijoy_name_is_greeted_in_unicode_bengali_and_look_alikes_as_typed(tmp_path, run_job):
    path = shop(tmp_path, "dv‡Zgv Av³vi", "meyer jor 102°, kal phone dibo…",
                ["C-2", "Mª Carmen", "01819-876543", "en"],
                ["C-3", "Rupa© Akter", "01912-345678", "en"])
    notes = [[ago(3), cid, "", "son is sick with fever", "", "", ""] for cid in ("C-2", "C-3")]
    book = load_workbook(path)
    for row in notes:
        book["Call Notes"].append(row)
    book.save(path)
    summary = run_job(path)
    messages = {m["customer_id"]: m["message"] for m in summary.new_messages}
    assert messages["C-1"] == (
        "প্রিয় ফাতেমা,\n"
        "গত ২১ নভেম্বর কথা হওয়ার সময় শুনেছিলাম আপনার মেয়ে অসুস্থ। মেয়ে এখন কেমন আছে? আশা করি "
        "অনেকটা সুস্থ হয়ে উঠেছে। আমাদের দিক থেকে কিছু করার থাকলে নিঃসংকোচে জানাবেন।\n"
        "— Nasrin, Rupkotha")
    assert messages["C-2"].startswith("Hello Mª,") and messages["C-3"].startswith("Hello Rupa©,")
    assert tab(path, "Problems") == [
        ("Customers", 2, "B", "dv‡Zgv Av³vi", BIJOY.format("ফাতেমা আক্তার"), BIJOY_FIX, None)]
    assert tab(path, "Customers")[0][1] == "dv‡Zgv Av³vi"


def test_bijoy_feedback_is_read_for_its_meaning_and_a_meetup_title_printed_in_unicode(
        tmp_path, run_job):
    path = create_workbook(tmp_path / "shop.xlsx", {
        "Customers": customers_tab(["C-1", "রহিমা খাতুন", "01711-234567", "bn", {"agent": "Nasrin"}]),
        "Call Notes": notes_tab(),
        "Meetups": [MEETUPS.headers(), ["M-01", "C‡`i Pv", TODAY - timedelta(days=10), "", "", "", "", ""]],
        "Feedback": [FEEDBACK.headers(),
                     [ago(2), "M-01", "C-1", "", "Lye Lvivc †j‡M‡Q, †KD K_v e‡jwb", ""]],
        "Messages": [MESSAGES.headers()]})
    summary = run_job(path)
    [follow] = tab(path, "Follow-ups")
    assert (follow[1], follow[2]) == ("negative feedback", "C-1")
    [reply] = [m["message"] for m in summary.new_messages]
    assert reply == (
        "প্রিয় রহিমা,\n"
        "“ঈদের চা” নিয়ে আপনার মতামত জানানোর জন্য ধন্যবাদ। আপনার খারাপ অভিজ্ঞতার জন্য আমরা "
        "আন্তরিকভাবে দুঃখিত। বিষয়টা ভালো করে বুঝে ঠিক করার জন্য শিগগিরই আপনাকে ফোন করব।\n"
        "— Nasrin, Rupkotha")
    assert [(r[0], r[1], r[2]) for r in tab(path, "Problems")] == [
        ("Meetups", 2, "B"), ("Feedback", 2, "E")]
