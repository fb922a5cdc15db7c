"""An owner's typing mistakes in the settings file and the templates: each stops the run
before anything is written, with one sentence naming the mistake, in the owner's language."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from khatir.config import PROJECT_ROOT, build_settings, load_settings
from khatir.demo import build_demo_workbook
from khatir.errors import ConfigError, TemplateError
from khatir.messages.render import Renderer

DAILY = PROJECT_ROOT / "scripts" / "daily.py"


def run_daily_script(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "HOME": str(home), "LOCALAPPDATA": str(home)}
    env.pop("SHEETS_EMULATOR_HOST", None)
    return subprocess.run([sys.executable, str(DAILY), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(tmp_path):
    """A demo workbook and a settings file the test writes into."""
    book = build_demo_workbook(tmp_path / "shop.xlsx", __import__("datetime").date(2026, 11, 24))
    return book, tmp_path / "settings.toml"


# -- settings ---------------------------------------------------------------------------

@pytest.mark.parametrize("raw, english", [
    ({"general": {"langauge": "en"}},
     "In the settings, [general] has a setting 'langauge' that Khatir does not know; did you mean "
     "'language'? Fix the name or remove the line."),
    ({"caps": {"follow_upp": 5}},
     "In the settings, [caps] has a setting 'follow_upp' that Khatir does not know; did you mean "
     "'follow_up'? Fix the name or remove the line."),
    ({"lost": {"lost_bellow": 0.1}}, "did you mean 'lost_below'?"),
    ({"stay_in_touch": {"existng": 30}}, "did you mean 'existing'?"),
    ({"meetups": {"invite_day_before": 3}}, "did you mean 'invite_days_before'?"),
    ({"feedback": {"thankyou": True}}, "did you mean 'thank_you'?"),
    ({"google": {"retry": 3}}, "did you mean 'retries'?"),
    ({"schedul": {"daily_at": "08:00"}},
     "In the settings, there is a section [schedul] that Khatir does not know; did you mean "
     "[schedule]? Fix the name or remove the section."),
    ({"language": "en"}, "In the settings, the setting 'language' is above every [section] line; "
                         "move it under [general]."),
    ({"events": {"exam": {"delay_day": 3}}}, "[events.exam] has a setting 'delay_day'"),
    ({"events": {"exam": {"keywords": "exam"}}}, "write a list of words in quotes"),
    ({"tabs": {"customer": {"title": "Clients"}}}, "did you mean [tabs.customers]?"),
    ({"tabs": {"customers": {"headers": {"phon": ["Mobile"]}}}}, "did you mean 'phone'?"),
    ({"workbook": {"path": 5}}, "write it as text in quotes, like path = \"C:/Shop/shop.xlsx\""),
    ({"meetups": {"invite_days_before": "7"}}, "invite_days_before is '7'; write a whole number"),
    ({"google": {"retries": "five"}}, "[google] retries is 'five'; write a whole number"),
    ({"first_order": {"after_days": 0}},
     "In the [first_order] settings, after_days is 0; write a whole number of days, 1 or more."),
    ({"win_back": {"quiet_days": "two weeks"}}, "In the [win_back] settings, quiet_days is 'two weeks'"),
])
def test_a_mistake_anywhere_in_the_settings_is_refused_up_front(raw, english):
    with pytest.raises(ConfigError) as info:
        build_settings(raw)
    assert english in str(info.value)
    assert "\n" not in info.value.message("bn")


def test_a_wrong_value_in_a_rule_section_is_told_in_bengali_too():
    with pytest.raises(ConfigError) as info:
        build_settings({"first_order": {"after_days": 200, "within_days": 100}})
    assert info.value.message("bn") == (
        "[first_order] সেটিংসে within_days অবশ্যই after_days-এর চেয়ে বেশি হতে হবে।")


def test_the_nearest_key_is_named_in_bengali_too():
    with pytest.raises(ConfigError) as info:
        build_settings({"general": {"langauge": "en"}})
    assert info.value.message("bn") == (
        "সেটিংস ফাইলে [general] অংশে 'langauge' নামে একটি সেটিং আছে যা খাতির চেনে না; আপনি কি "
        "'language' লিখতে চেয়েছিলেন? নামটি ঠিক করুন বা লাইনটি মুছে দিন।")


def test_a_windows_path_in_double_quotes_is_explained(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[general]\nlanguage = "en"\n\n[workbook]\npath = "C:\\Users\\shop.xlsx"\n',
                        encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(settings)
    assert str(info.value).startswith(
        f"In {settings}, line 5 has a Windows path with backslashes (\\) inside double quotes")
    assert "like \"C:/Shop/shop.xlsx\", or in single quotes" in str(info.value)


def test_a_share_typed_in_bengali_digits_is_read_as_that_number(tmp_path):
    """The seasonal trial: a Bengali backtest once said "lost_share = ০.৭৫", and the owner
    who wrote it so found every later run refused ("not valid TOML")."""
    settings = tmp_path / "settings.toml"
    settings.write_text('[general]\nshop_name = "দোকান ১২৩"\n\n[lost]\nlost_share = ০.৭৫   # ৭৫%\n'
                        "at_risk_share = ০.৯৫\n", encoding="utf-8")
    loaded = load_settings(settings)
    assert (loaded.section("lost")["lost_share"], loaded.section("lost")["at_risk_share"]) == (
        0.75, 0.95)
    assert loaded.shop_names["bn"] == "দোকান ১২৩"  # text in quotes keeps its digits


def test_a_date_in_bengali_digits_is_named_with_its_line(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text("[lost]\nlost_share = ০.৭৫\n\n[lost.festivals]\nEid = [২০২৫-০৩-৩১]\n",
                        encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(settings)
    assert info.value.message("en") == (
        f"In {settings}, line 5 (Eid = [২০২৫-০৩-৩১]) has a number in Bengali digits, which a "
        "settings file cannot read; write it with English digits 0-9.")
    assert info.value.message("bn") == (
        f"{settings} ফাইলের ৫ নম্বর লাইনে (Eid = [২০২৫-০৩-৩১]) বাংলা অঙ্কে সংখ্যা লেখা, যা সেটিংস "
        "ফাইল পড়তে পারে না; ইংরেজি অঙ্কে (0-9) লিখুন।")


def test_a_windows_path_in_single_quotes_works(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text("[workbook]\npath = 'C:\\Shop\\shop.xlsx'\n", encoding="utf-8")
    assert str(load_settings(settings).workbook).endswith("shop.xlsx")


def test_the_shipped_settings_file_passes_the_check():
    assert load_settings(PROJECT_ROOT / "config" / "settings.toml").language == "bn"


@pytest.mark.slow
def test_a_misspelt_setting_stops_the_run_before_anything_is_written(shop, tmp_path):
    book, settings = shop
    settings.write_text('[general]\nlanguage = "en"\n\n[caps]\nfollow_upp = 5\n', encoding="utf-8")
    before = digest(book)
    out = run_daily_script("--workbook", str(book), "--config", str(settings), home=tmp_path)
    assert out.returncode == 2
    assert out.stderr == (f"Error: In {settings}, [caps] has a setting 'follow_upp' that Khatir "
                          f"does not know; did you mean 'follow_up'? Fix the name or remove the line.\n")
    assert digest(book) == before


@pytest.mark.slow
def test_with_bengali_the_default_fatal_errors_are_in_bengali(tmp_path):
    out = run_daily_script("--workbook", str(tmp_path / "nope.xlsx"), home=tmp_path)
    assert out.returncode == 2
    assert out.stderr.startswith(f"ত্রুটি: ওয়ার্কবুক {tmp_path / 'nope.xlsx'} নেই; পাথটি দেখুন")
    assert out.stderr.count("\n") == 1


# -- templates ---------------------------------------------------------------------------

@pytest.fixture
def templates(tmp_path):
    root = tmp_path / "templates"
    shutil.copytree(PROJECT_ROOT / "templates", root)
    return root


def spoil(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old, new, english", [
    ("{{ shop.name }}", "{ shop.name }",
     "Template en/follow_up/illness.txt has '{ shop.name }' (line 3) with single braces, so "
     "customers would get it exactly as written; write it with two braces on each side: "
     "'{{ shop.name }}'."),
    ("{{ shop.name }}", "{shop.name}}", "has '{shop.name}}' (line 3) with single braces"),
    ("|first_name }},", "|frist_name }},",
     "Template en/follow_up/illness.txt uses the filter 'frist_name' (line 1), which does not "
     "exist; did you mean 'first_name'?"),
    ("{% endif %}", "",
     "Template en/follow_up/illness.txt opens {% if %} on line 3 but never closes it; add "
     "{% endif %} where that part ends"),
])
@pytest.mark.slow
def test_a_broken_template_is_named_with_its_line(templates, old, new, english):
    spoil(templates, "en/follow_up/illness.txt", old, new)
    with pytest.raises(TemplateError) as info:
        Renderer(templates).check_all()
    assert english in str(info.value)
    assert "\n" not in info.value.message("bn")


@pytest.mark.slow
def test_a_broken_template_stops_the_run_before_anything_is_written(shop, templates, tmp_path):
    book, settings = shop
    spoil(templates, "bn/follow_up/illness.txt", "{{ shop.name }}", "{ shop.name }")
    settings.write_text(f"[general]\ntemplates = '{templates}'\n", encoding="utf-8")
    before = digest(book)
    out = run_daily_script("--workbook", str(book), "--config", str(settings), home=tmp_path)
    assert out.returncode == 2
    assert out.stderr.startswith("ত্রুটি: টেমপ্লেট bn/follow_up/illness.txt (")
    assert "'{ shop.name }'" in out.stderr and "'{{ shop.name }}'" in out.stderr
    assert digest(book) == before


@pytest.mark.slow
def test_the_template_checker_has_help_and_checks_a_folder(templates):
    done = subprocess.run([sys.executable, "-m", "khatir", "templates", "--help"], capture_output=True,
                          text=True, encoding="utf-8", cwd=PROJECT_ROOT, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith("usage: khatir templates")
    spoil(templates, "en/win_back/default.txt", "{{", "{")
    bad = subprocess.run([sys.executable, "-m", "khatir", "templates", str(templates), "--lang", "en"],
                         capture_output=True, text=True, encoding="utf-8", cwd=PROJECT_ROOT,
                         timeout=60)
    assert bad.returncode == 1
    assert bad.stderr.startswith("Template en/win_back/default.txt has '{")


def test_a_label_after_the_phone_number_is_no_problem(make_workbook, run_job):
    """"01911-345678 (বিকাশ)": the number is read; "(বিকাশ)" is not a second number."""
    from conftest import basic_grids, records
    grids = basic_grids()
    grids["Customers"][1][2] = "01911-345678 (বিকাশ)"  # C-1
    path = make_workbook(grids)
    result = run_job(path)
    assert result.problems == []
    assert [m["Phone"] for m in records(path, "Messages") if m["Customer ID"] == "C-1"] == ["+8801911345678"]


# -- the workbook open in Excel -------------------------------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("en", "The workbook shop.xlsx is open in Excel or LibreOffice (~$shop.xlsx is beside it): "
           "this dry run only read it, but a real run will refuse until it is closed."),
    ("bn", "ওয়ার্কবুক shop.xlsx Excel বা LibreOffice-এ খোলা আছে (পাশে ~$shop.xlsx ফাইলটি আছে): "
           "এই ড্রাই রান শুধু পড়েছে, কিন্তু বন্ধ না করা পর্যন্ত আসল রান চলবে না।"),
])
def test_a_dry_run_reads_a_workbook_open_in_excel_and_says_so(shop, capsys, lang, line):
    """The Windows trial: --dry-run writes nothing, yet was refused while Excel had it open."""
    from khatir.commands.daily import main as daily

    book, settings = shop
    settings.write_text(f'[general]\nlanguage = "{lang}"\n', encoding="utf-8")
    book.with_name("~$shop.xlsx").write_bytes(b"Tanvir")
    before = digest(book)
    assert daily(["--workbook", str(book), "--config", str(settings), "--today", "2026-11-25",
                  "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == line
    assert digest(book) == before
    with pytest.raises(Exception) as info:  # a real run still refuses
        daily(["--workbook", str(book), "--config", str(settings), "--today", "2026-11-25"])
    assert "~$shop.xlsx" in str(info.value)
    assert digest(book) == before
