"""Every script as the owner runs it: --help, the demo, and one-sentence errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import read_tab

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook or starts Khatir

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted((ROOT / "scripts").glob("*.py"))


def run(*args: str, cwd: Path = ROOT, home: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    if home is not None:  # the run lock and logs live under the user's home folder
        env.update(HOME=str(home), LOCALAPPDATA=str(home))
    env.pop("SHEETS_EMULATOR_HOST", None)
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_script_has_help(script):
    out = run(str(script), "--help")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("usage: ")
    assert "--config" in out.stdout


def test_demo_runs_from_anywhere_and_tells_the_owner_what_happened(tmp_path):
    book = tmp_path / "demo.xlsx"
    out = run(str(ROOT / "scripts" / "daily.py"), "--demo", "--workbook", str(book),
              "--today", "2026-11-24", "--lang", "en", cwd=tmp_path, home=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == f"Khatir daily run for 2026-11-24 on workbook {book}"
    assert lines[1] == ("A test run for 2026-11-24 (--today): it does not count as that day's run, "
                        "so the scheduled run still runs on the real day.")
    assert lines[2].startswith("New messages ready to send: ")
    assert "Problems found in the sheet: 2" in out.stdout  # "পরশু" in Follow Up On is understood
    titles = {row[0] for row in read_tab(book, "Run Log")[1:]}
    assert len(titles) == 1


def test_missing_workbook_is_one_sentence_without_a_stack_trace(tmp_path):
    out = run(str(ROOT / "scripts" / "daily.py"), "--workbook", str(tmp_path / "nope.xlsx"),
              "--lang", "en")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert out.stderr.startswith(f"Error: The workbook {tmp_path / 'nope.xlsx'} does not exist; ")
    assert "Traceback" not in out.stderr


def test_verbose_shows_the_stack_trace(tmp_path):
    out = run(str(ROOT / "scripts" / "daily.py"), "--workbook", str(tmp_path / "nope.xlsx"), "--verbose")
    assert out.returncode == 2
    assert "Traceback" in out.stderr


def test_bad_settings_file_is_one_sentence(tmp_path):
    cfg = tmp_path / "settings.toml"
    cfg.write_text("[general]\nlanguage = 'fr'\n", encoding="utf-8")
    out = run(str(ROOT / "scripts" / "daily.py"), "--config", str(cfg), "--demo",
              "--workbook", str(tmp_path / "d.xlsx"))
    assert out.returncode == 2
    # The language itself is wrong, so the error is in the default language, Bengali.
    assert out.stderr == f"ত্রুটি: {cfg} ফাইলে general.language হলো 'fr'; এগুলোর একটি লিখুন: bn, en।\n"


def test_a_second_run_while_one_holds_the_lock_is_refused(tmp_path):
    from khatir.lock import run_lock
    book = tmp_path / "demo.xlsx"
    cfg = tmp_path / "settings.toml"
    cfg.write_text(f"[schedule]\nstate_dir = '{(tmp_path / 'state').as_posix()}'\n", encoding="utf-8")
    from khatir.config import load_settings
    from khatir.scheduler import run_lock_path, target_key
    settings = load_settings(cfg)
    other = tmp_path / "other-shop.xlsx"
    with run_lock(run_lock_path(settings, target_key(str(book), None, settings))):
        out = run(str(ROOT / "scripts" / "daily.py"), "--demo", "--workbook", str(book),
                  "--config", str(cfg), "--lang", "en", home=tmp_path)
        beside = run(str(ROOT / "scripts" / "daily.py"), "--demo", "--workbook", str(other),
                     "--config", str(cfg), "--lang", "en", home=tmp_path)
    assert out.returncode == 2
    assert out.stderr.startswith("Error: Another Khatir process is already running a Khatir job")
    assert not book.exists() or "Run Log" not in __import__("openpyxl").load_workbook(book).sheetnames
    assert beside.returncode == 0, beside.stderr  # another shop's workbook runs side by side
    assert len(read_tab(other, "Run Log")) == 2


@pytest.mark.parametrize("lang, first, last", [
    ("en", "[0.0 s] Checking the message templates…", "] Done."),
    ("bn", "[০.০ সে.] বার্তার টেমপ্লেট যাচাই হচ্ছে…", "] শেষ।"),
])
def test_verbose_shows_a_line_per_stage_in_the_owners_language(tmp_path, lang, first, last):
    book = tmp_path / "demo.xlsx"
    out = run(str(ROOT / "scripts" / "daily.py"), "--demo", "--workbook", str(book), "--today",
              "2026-11-24", "--lang", lang, "--verbose", cwd=tmp_path, home=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stderr.splitlines()
    assert lines[0] == first and lines[-1].endswith(last)
    assert len(lines) == 6  # templates, read, records, rules, write, done


def test_without_a_terminal_the_run_prints_no_progress(tmp_path):
    """Under the scheduler (or with output to a file) stderr stays empty on success."""
    out = run(str(ROOT / "scripts" / "daily.py"), "--demo", "--workbook", str(tmp_path / "demo.xlsx"),
              "--today", "2026-11-24", cwd=tmp_path, home=tmp_path)
    assert out.returncode == 0 and out.stderr == ""
