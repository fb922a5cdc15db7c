"""A settings file as Windows Notepad saves it: "ANSI" (Bengali letters become "?"),
"Unicode" (UTF-16 with a BOM), or ANSI with an accented letter."""
from __future__ import annotations

import pytest

from khatir.config import load_settings
from khatir.errors import ConfigError

BENGALI = '[general]\nlanguage = "bn"\nshop_name = "রূপকথা"\n\n[events.wedding]\nlabel_bn = "বিয়ে"\n'


def test_a_shop_name_that_became_question_marks_stops_the_run(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_bytes(BENGALI.encode("cp1252", errors="replace"))
    with pytest.raises(ConfigError) as info:
        load_settings(settings)
    assert info.value.message("en") == (
        f"In {settings}, [general] shop_name is '??????': the file lost its Bengali letters when "
        "it was saved (they became question marks); type the text again and save the file as "
        "UTF-8 (Notepad: File > Save As, Encoding: UTF-8).")
    assert info.value.message("bn") == (
        f"{settings} ফাইলে [general] অংশের shop_name হলো '??????': সেভ করার সময় ফাইলটির বাংলা অক্ষর "
        "হারিয়ে গেছে (সেগুলো প্রশ্নবোধক চিহ্ন হয়ে গেছে); লেখাটি আবার টাইপ করুন এবং ফাইলটি UTF-8 "
        "হিসেবে সেভ করুন (Notepad: File > Save As, Encoding: UTF-8)।")


@pytest.mark.parametrize("text, section, key", [
    ('[events.wedding]\nlabel_bn = "????"\n', "events.wedding", "label_bn"),
    ('[events.exam]\nkeywords = ["exam", "?????"]\n', "events.exam", "keywords"),
    ('[general]\nshop_name = { bn = "?????? ????", en = "Rupkotha" }\n', "general.shop_name", "bn"),
    ('[workbook]\npath = "C:/?????/shop.xlsx"\n', "workbook", "path"),
])
def test_any_text_setting_that_lost_its_letters_is_named(tmp_path, text, section, key):
    settings = tmp_path / "settings.toml"
    settings.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(settings)
    assert info.value.message("en").startswith(f"In {settings}, [{section}] {key} is ")


def test_a_question_mark_the_owner_wrote_is_kept(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[general]\nshop_name = "Why Not? Boutique!!"\n\n[events.exam]\n'
                        'keywords = ["exam???"]\n', encoding="utf-8")
    assert load_settings(settings).shop_names["en"] == "Why Not? Boutique!!"


def test_a_notepad_unicode_file_is_read(tmp_path):
    """UTF-16 with its BOM names its encoding for certain, so it is simply read."""
    settings = tmp_path / "settings.toml"
    settings.write_bytes(BENGALI.replace("\n", "\r\n").encode("utf-16"))
    assert load_settings(settings).shop_names["bn"] == "রূপকথা"


def test_an_ansi_file_is_refused_with_how_to_save_it(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_bytes('[general]\nshop_name = "Café Rupkotha"\n'.encode("cp1252"))
    with pytest.raises(ConfigError) as info:
        load_settings(settings)
    assert info.value.message("en") == (
        f"The settings file {settings} is not saved as UTF-8; open it in Notepad, choose File > "
        "Save As, set Encoding to UTF-8 and save it again (check that Bengali text still shows "
        "as letters).")
    assert info.value.message("bn") == (
        f"সেটিংস ফাইল {settings} UTF-8 হিসেবে সেভ করা নেই; ফাইলটি Notepad-এ খুলে File > Save As "
        "বেছে নিন, Encoding-এ UTF-8 দিয়ে আবার সেভ করুন (বাংলা লেখা অক্ষর হিসেবেই আছে কিনা দেখে নিন)।")
