"""The commands as the README and docs show them: every command answers --help, and
every option written after a command in the documentation is one that command takes."""
from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from khatir.commands import COMMANDS, command_main

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: old script names still written in some instructions -> the command they run
SCRIPTS = {"daily": "daily", "setup_sheet": "setup", "invite": "invite",
           "run_scheduled": "schedule", "backtest_lost": "backtest"}
#: run.py's own commands that are not khatir commands
LAUNCHER = {"demo": "daily", "test": None}
INVOCATION = re.compile(r"python3? run\.py\s+(?P<launcher>\w+)"
                        r"|(?<![\w/.-])khatir(?:\.exe)?\s+(?P<command>[a-z]\w*)"
                        r"|scripts[/\\](?P<script>\w+)\.py")
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
SPREADSHEET_COMMANDS = ("daily", "setup", "invite", "schedule", "backtest")
OTHER_TOOLS = re.compile(r"benchmarks\.|systemctl|journalctl|sheets_server\.py|soffice|pip ")


def help_text(name: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        command_main(name)(["--help"])
    assert stop.value.code == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def helps() -> dict[str, str]:
    return {name: help_text(name) for name in COMMANDS}


def code_pieces(text: str):
    """(file line, code) for each line of a fenced block and each `inline code` span."""
    fenced = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            yield number, line.split(" #")[0]  # a comment after the command is prose
        else:
            yield from ((number, span) for span in re.findall(r"`([^`]+)`", line))


def documented_uses() -> list[tuple[str, str, str]]:
    """(where, command, flag) for every option written after a command in the docs."""
    uses = []
    for path in DOCUMENTS:
        for number, code in code_pieces(path.read_text(encoding="utf-8")):
            for found in INVOCATION.finditer(code):
                if found["launcher"]:
                    name = LAUNCHER.get(found["launcher"], found["launcher"])
                elif found["script"]:
                    name = SCRIPTS.get(found["script"], f"scripts/{found['script']}.py")
                else:
                    name = found["command"]
                if name is None:
                    continue
                where = f"{path.relative_to(ROOT)}:{number}"
                uses.append((where, name, ""))
                rest = code[found.end():]
                following = INVOCATION.search(rest)
                for flag in FLAG.findall(rest[:following.start()] if following else rest):
                    uses.append((where, name, flag))
    return uses


def loose_flags() -> list[tuple[str, str]]:
    """(where, flag) for an option written in the docs without a command before it
    (docs/benchmarks.md: those are the benchmarks' own options)."""
    return [(f"{path.relative_to(ROOT)}:{number}", flag)
            for path in DOCUMENTS if path.name != "benchmarks.md"
            for number, code in code_pieces(path.read_text(encoding="utf-8"))
            if not INVOCATION.search(code) and not OTHER_TOOLS.search(code)
            for flag in FLAG.findall(code)]


USES = documented_uses()
LOOSE = loose_flags()


def test_the_docs_show_every_command():
    assert {name for _, name, _ in USES} >= set(COMMANDS)


@pytest.mark.parametrize("where, name, flag", USES, ids=[f"{w} {n} {f}".strip() for w, n, f in USES])
def test_every_documented_command_and_option_exists(helps, where, name, flag):
    assert name in helps, f"{where} names a command Khatir does not have: {name}"
    if flag:
        assert re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", helps[name]), \
            f"{where}: 'khatir {name} --help' does not list {flag}"


@pytest.mark.parametrize("where, flag", LOOSE, ids=[f"{w} {f}" for w, f in LOOSE])
def test_every_option_the_docs_mention_is_one_a_command_takes(helps, where, flag):
    assert any(re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", text) for text in helps.values()), \
        f"{where}: no command lists {flag} in its --help"


@pytest.mark.parametrize("name", SPREADSHEET_COMMANDS)
def test_the_options_the_readme_promises_every_spreadsheet_command(helps, name):
    for flag in ("--config", "--lang", "--verbose", "--workbook", "--sheet"):
        assert flag in helps[name]


def test_the_khatir_command_lists_its_commands():
    done = subprocess.run([sys.executable, "-m", "khatir", "--help"], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith("usage: khatir COMMAND [options]")
    for name in COMMANDS:
        assert re.search(rf"^  {name} ", done.stdout, re.M)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_help_names_the_command(helps, name):
    assert helps[name].startswith(f"usage: khatir {name} ")
