"""run.py, the README's one command: what it does before any requirement is installed."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def launcher():
    spec = importlib.util.spec_from_file_location("khatir_launcher", ROOT / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


def test_without_a_command_it_lists_the_commands():
    out = run()
    assert out.returncode == 0
    assert out.stdout.startswith("Khatir: python run.py COMMAND")
    for name in ("demo", "test", "daily", "setup", "schedule", "templates"):
        assert f"\n  {name} " in out.stdout


@pytest.mark.parametrize("args, expected", [
    ((), "'bogus' নামে কোনো কমান্ড নেই; এগুলোর একটি লিখুন: demo, test, daily, setup, schedule, "
         "invite, backtest, templates।\n"),
    (("--lang", "en"), "There is no command 'bogus'; use one of: demo, test, daily, setup, "
                       "schedule, invite, backtest, templates.\n"),
])
def test_an_unknown_command_is_one_sentence_in_the_owners_language(args, expected):
    out = run("bogus", *args)
    assert out.returncode == 2
    assert out.stderr == expected


def test_the_requirements_hash_covers_included_files(launcher, tmp_path, monkeypatch):
    (tmp_path / "requirements.txt").write_text("jinja2>=3.1\n", encoding="utf-8")
    (tmp_path / "requirements-test.txt").write_text("-r requirements.txt\npytest\n", encoding="utf-8")
    monkeypatch.setattr(launcher, "ROOT", tmp_path)
    before = launcher.requirements_hash("requirements-test.txt")
    (tmp_path / "requirements.txt").write_text("jinja2>=3.2\n", encoding="utf-8")
    assert launcher.requirements_hash("requirements-test.txt") != before


def test_another_copy_of_khatir_is_installed_again(launcher, tmp_path, monkeypatch):
    """Two copies of Khatir run with one Python environment: the second must not run the
    first's code and write the first's settings (the blind month trial)."""
    for copy in ("one", "two"):
        (tmp_path / copy).mkdir()
        (tmp_path / copy / "requirements.txt").write_text("jinja2>=3.1\n", encoding="utf-8")
    monkeypatch.setattr(launcher, "ROOT", tmp_path / "one")
    one = launcher.requirements_hash("requirements.txt")
    monkeypatch.setattr(launcher, "ROOT", tmp_path / "two")
    assert launcher.requirements_hash("requirements.txt") != one


@pytest.mark.parametrize("settings, args, lang", [
    ('[general]\nlanguage = "en"\n', [], "en"),
    ('[general]\nlanguage = "en"\n', ["demo", "--lang", "bn"], "bn"),
    ('[google]\nlanguage = "en"\n', [], "bn"),
    (None, [], "bn"),
])
def test_the_launcher_speaks_the_owners_language(launcher, tmp_path, monkeypatch, settings, args, lang):
    if settings is not None:
        (tmp_path / "config").mkdir()
        (tmp_path / "config" / "settings.toml").write_text(settings, encoding="utf-8")
    monkeypatch.setattr(launcher, "ROOT", tmp_path)
    assert launcher.language(args) == lang


def test_the_virtual_environment_python_is_where_the_scheduling_docs_say(launcher):
    python = launcher.venv_python(Path("C:/Khatir/.venv"))
    docs = (ROOT / "docs" / "scheduling.md").read_text(encoding="utf-8")
    if sys.platform == "win32":
        assert python.as_posix().endswith(".venv/Scripts/python.exe")
    else:
        assert python.as_posix().endswith(".venv/bin/python")
    assert ".venv\\Scripts\\pythonw.exe" in docs and ".venv/bin/python" in docs


def test_the_task_scheduler_line_names_the_settings_file_and_fits():
    """The Windows trial: a scheduled run started from another folder could read another
    settings file than the owner's runs; the documented command names it with --config."""
    docs = (ROOT / "docs" / "scheduling.md").read_text(encoding="utf-8")
    [line] = [x for x in docs.splitlines() if x.startswith("schtasks /Create")]
    task = line.split('/TR "', 1)[1][:-1].replace('\\"', '"')
    assert task == ('"C:\\Khatir\\.venv\\Scripts\\pythonw.exe" "C:\\Khatir\\scripts\\run_scheduled.py" '
                    '--once --config "C:\\Khatir\\config\\settings.toml" --workbook "C:\\Shop\\shop.xlsx"')
    assert len(task) < 262  # schtasks refuses a longer /TR
    assert "| 2 | it could not start" in docs
