"""The shop's own name: asked for at setup, saved in the settings file (comments kept),
and a reminder in every summary while messages are signed with the placeholder."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from khatir.config import DEFAULT_CONFIG, load_settings
from khatir.settings_file import with_shop_name
from test_scripts import ROOT, run

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def test_the_shipped_settings_keep_every_other_line_and_the_comment():
    text = DEFAULT_CONFIG.read_text(encoding="utf-8")
    new = with_shop_name(text, 'রূপকথা "Rupkotha"')
    old_lines, new_lines = text.splitlines(), new.splitlines()
    changed = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
    assert len(old_lines) == len(new_lines) and len(changed) == 1
    assert changed[0][1] == ('shop_name = "রূপকথা \\"Rupkotha\\""   '
                             '# or one name for both: shop_name = "Rupkotha"')
    assert tomllib.loads(new)["general"]["shop_name"] == 'রূপকথা "Rupkotha"'


@pytest.mark.parametrize("text, expected", [
    ("", '[general]\nshop_name = "Nodi"\n'),
    ("[caps]\nwin_back = 5", '[caps]\nwin_back = 5\n\n[general]\nshop_name = "Nodi"\n'),
    ("# mine\n[general]\nlanguage = \"en\"\n\n[caps]\n",
     '# mine\n[general]\nshop_name = "Nodi"\nlanguage = "en"\n\n[caps]\n'),
    ("[general]\r\nshop_name = 'Old # shop' # keep me\r\n",
     '[general]\r\nshop_name = "Nodi"   # keep me\r\n'),
])
def test_shop_name_is_set_in_any_settings_file(text, expected):
    assert with_shop_name(text, "Nodi") == expected


@pytest.mark.slow
def test_setup_saves_the_name_and_the_summary_stops_asking(tmp_path):
    config = tmp_path / "settings.toml"
    config.write_text(DEFAULT_CONFIG.read_text(encoding="utf-8").replace(
        'language = "bn"            #', 'language = "en"            #'), encoding="utf-8")
    book = tmp_path / "demo.xlsx"
    daily = [str(ROOT / "scripts" / "daily.py"), "--demo", "--workbook", str(book),
             "--config", str(config), "--today", "2026-11-24"]
    out = run(*daily, cwd=tmp_path, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert ("Messages are signed \u201cOur shop\u201d, a placeholder: set your shop's name with "
            f"python run.py setup --shop-name \"Your Shop\" (or shop_name in {config}).") \
        in out.stdout.splitlines()
    out = run(*daily, "--lang", "bn", cwd=tmp_path, home=tmp_path)
    assert "বার্তার শেষে দোকানের নাম এখন \u201cআমাদের দোকান\u201d" in out.stdout
    # the owner's language throughout: no message kind keys in a Bengali summary
    assert "ফলো-আপ ৭" in out.stdout and "ফিরিয়ে আনার ১" in out.stdout  # পরশু in Follow Up On is read
    assert not any(k in out.stdout for k in ("follow_up", "win_back", "meetup_invite", "feedback_reply"))

    out = run(str(ROOT / "scripts" / "invite.py"), "--workbook", str(book), "--meetup", "M-01",
              "--config", str(config), "--today", "2026-11-24", "--dry-run", cwd=tmp_path, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1].startswith("Messages are signed \u201cOur shop\u201d, a placeholder")

    out = run(str(ROOT / "scripts" / "setup_sheet.py"), "--workbook", str(book),
              "--config", str(config), "--shop-name", "Nodi Fashion", cwd=tmp_path, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"The shop's name is now \u201cNodi Fashion\u201d (saved in {config})." in out.stdout
    assert load_settings(config).shop_name("bn") == "Nodi Fashion"
    assert "# or one name for both" in config.read_text(encoding="utf-8")
    out = run(*daily, cwd=tmp_path, home=tmp_path)
    assert "placeholder" not in out.stdout


def test_setting_the_name_keeps_notepads_bom_and_line_ends(tmp_path):
    """The Windows trial: setup rewrote a Notepad file (UTF-8 BOM, CRLF) with LF and no BOM."""
    from khatir.settings_file import set_shop_name

    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xef\xbb\xbf# mine\r\n[general]\r\nlanguage = \"bn\"\r\n")
    set_shop_name(path, "রূপকথা বুটিক")
    assert path.read_bytes() == ("\ufeff# mine\r\n[general]\r\nshop_name = \"রূপকথা বুটিক\"\r\n"
                                 "language = \"bn\"\r\n").encode("utf-8")
    assert load_settings(path).shop_names["bn"] == "রূপকথা বুটিক"
