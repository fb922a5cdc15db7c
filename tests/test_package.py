"""Khatir as ``pip install .`` installs it: every package listed, and templates and
default settings found inside the installed package when there is no Khatir folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from khatir.config import tomllib

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_of_khatir_is_installed():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "khatir").rglob("__init__.py")}
    assert found <= set(SETUPTOOLS["packages"])


def test_every_data_file_in_khatir_is_installed():
    """A file that is not Python (a trained model) is package data, or it is left out."""
    for path in (ROOT / "khatir").rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc"):
            package = ".".join(path.parent.relative_to(ROOT).parts)
            globs = SETUPTOOLS["package-data"].get(package, [])
            assert any(path.match(g) for g in globs), f"{path.relative_to(ROOT)} is not installed"


def installed_copy(site: Path) -> None:
    """The package laid out as the wheel lays it out (package-dir and package-data)."""
    shutil.copytree(ROOT / "khatir", site / "khatir", ignore=shutil.ignore_patterns("__pycache__"))
    for package, folder in SETUPTOOLS["package-dir"].items():
        shutil.copytree(ROOT / folder, site.joinpath(*package.split(".")))


@pytest.mark.slow
def test_the_installed_command_finds_its_templates_and_settings_anywhere(tmp_path):
    site, elsewhere = tmp_path / "site-packages", tmp_path / "shop"
    installed_copy(site)
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONIOENCODING": "utf-8",
           "HOME": str(tmp_path), "LOCALAPPDATA": str(tmp_path)}
    env.pop("SHEETS_EMULATOR_HOST", None)

    def khatir(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", "import sys; from khatir.commands import main; "
                               "sys.exit(main())", *args], cwd=elsewhere, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)

    checked = khatir("templates", "--lang", "en")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.endswith(f"All templates in {site / 'khatir' / '_data' / 'templates'} are fine.\n")
    demo = khatir("daily", "--demo", "--lang", "en", "--today", "2026-11-24")
    assert demo.returncode == 0, demo.stderr
    assert f"on workbook {elsewhere / 'demo' / 'khatir-demo.xlsx'}" in demo.stdout
    assert "New messages ready to send:" in demo.stdout
