"""Khatir's launcher: one command that works on a fresh computer.

``python run.py demo`` (or ``test``, ``daily``, ``setup``, ...) makes a private
virtual environment ``.venv`` beside this file the first time, installs the
requirements and Khatir itself (editable: it runs this folder's code) into it,
again only when a requirements file or pyproject.toml changed, and runs the
command with ``.venv``'s ``khatir`` command (not ``python -m khatir``, which would
look for Khatir in the folder the owner is in first). Only the standard library is used here, because nothing else
is installed yet. Why a virtual environment: Debian, Ubuntu and Homebrew refuse
``pip install`` into the system Python (PEP 668, "externally-managed-environment").

Run with the Python of a virtual environment already (as in CI)? Then that one
is used instead of making ``.venv``.
"""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = "khatir-requirements.sha256"

#: command -> (what to run: the ``khatir`` command of .venv, or ``python`` with arguments;
#: the requirements file it needs; what it does)
COMMANDS: dict[str, tuple[list[str], str, str]] = {
    "demo": (["khatir", "daily", "--demo"], "requirements.txt",
             "build the demo workbook demo/khatir-demo.xlsx and run the daily job on it"),
    "test": (["-m", "pytest"], "requirements-test.txt", "run the tests"),
    "daily": (["khatir", "daily"], "requirements.txt", "the daily job (--workbook or --sheet)"),
    "setup": (["khatir", "setup"], "requirements.txt", "create the tabs and headers once"),
    "schedule": (["khatir", "schedule"], "requirements.txt",
                 "run the daily job every morning (--once for Task Scheduler / cron)"),
    "invite": (["khatir", "invite"], "requirements.txt", "invite customers to a meetup"),
    "backtest": (["khatir", "backtest"], "requirements.txt",
                 "check lost-customer detection on your orders"),
    "templates": (["khatir", "templates"], "requirements.txt", "check the message templates"),
}

MESSAGES = {
    "old_python": {
        "en": "Khatir needs Python 3.10 or newer and this is Python {version}; install a newer "
              "Python from https://www.python.org/downloads/ and run the same command again.",
        "bn": "খাতিরের জন্য Python 3.10 বা নতুন লাগবে, এটি Python {version}; "
              "https://www.python.org/downloads/ থেকে নতুন Python ইনস্টল করে একই কমান্ড আবার চালান।",
    },
    "no_venv": {
        "en": "This computer's Python cannot make a virtual environment (its venv module is "
              "missing); install it with: sudo apt install python3-venv, then run the same "
              "command again.",
        "bn": "এই কম্পিউটারের Python ভার্চুয়াল এনভায়রনমেন্ট বানাতে পারছে না (venv মডিউল নেই); "
              "এই কমান্ডে ইনস্টল করুন: sudo apt install python3-venv, তারপর একই কমান্ড আবার চালান।",
    },
    "venv_failed": {
        "en": "Could not make the folder {venv} for Khatir's Python packages ({error}); delete "
              "that folder if it exists and run the same command again.",
        "bn": "খাতিরের Python প্যাকেজের জন্য {venv} ফোল্ডার বানানো গেল না ({error}); ফোল্ডারটি "
              "থাকলে মুছে একই কমান্ড আবার চালান।",
    },
    "installing": {
        "en": "Installing what Khatir needs into {venv} (once; needs the internet)...",
        "bn": "খাতিরের দরকারি প্যাকেজ {venv}-এ ইনস্টল হচ্ছে (একবারই; ইন্টারনেট লাগবে)...",
    },
    "pip_failed": {
        "en": "Installing Khatir's packages failed (see the lines above); check the internet "
              "connection and run the same command again.",
        "bn": "খাতিরের প্যাকেজ ইনস্টল করা গেল না (উপরের লাইনগুলো দেখুন); ইন্টারনেট সংযোগ দেখে "
              "একই কমান্ড আবার চালান।",
    },
    "unknown": {
        "en": "There is no command '{name}'; use one of: {names}.",
        "bn": "'{name}' নামে কোনো কমান্ড নেই; এগুলোর একটি লিখুন: {names}।",
    },
}


def language(args: list[str]) -> str:
    """--lang if given, else [general] language of the settings file, else Bengali."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] in ("bn", "en"):
            return args[i + 1]
        if arg in ("--lang=bn", "--lang=en"):
            return arg[-2:]
    try:
        text = (ROOT / "config" / "settings.toml").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return "bn"
    general = re.search(r"^\s*\[general\]\s*$(.*?)(?=^\s*\[|\Z)", text, re.M | re.S)
    found = general and re.search(r"^\s*language\s*=\s*[\"'](bn|en)[\"']", general.group(1), re.M)
    return found.group(1) if found else "bn"


def say(lang: str, key: str, **params: object) -> None:
    print(MESSAGES[key][lang].format(**params), file=sys.stderr, flush=True)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def requirements_hash(name: str) -> str:
    """A hash of the requirements file, the files it includes with ``-r``, and
    pyproject.toml (Khatir's own installation), and of this folder: a Python environment
    that another copy of Khatir installed itself into (a second download, unzipped elsewhere)
    then gets this copy installed, so the code and settings run are the ones beside run.py."""
    digest = hashlib.sha256(str(ROOT.resolve()).encode("utf-8") + b"\0")
    pending, seen = [ROOT / name, ROOT / "pyproject.toml"], set()
    while pending:
        path = pending.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        text = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + text)
        for line in text.decode("utf-8", "replace").splitlines():
            include = re.match(r"\s*-r\s+(\S+)", line)
            if include:
                pending.append(path.parent / include.group(1))
    return digest.hexdigest()


def make_venv(venv: Path, lang: str) -> int:
    """Create ``venv``; 0 on success, an exit code after one sentence otherwise."""
    import importlib.util

    if importlib.util.find_spec("ensurepip") is not None:
        import venv as venv_module
        try:
            venv_module.EnvBuilder(with_pip=True, clear=True).create(venv)
            return 0
        except (OSError, subprocess.CalledProcessError) as exc:
            say(lang, "venv_failed", venv=venv, error=exc)
            return 1
    if importlib.util.find_spec("virtualenv") is not None:
        if subprocess.call([sys.executable, "-m", "virtualenv", "--quiet", str(venv)]) == 0:
            return 0
        say(lang, "venv_failed", venv=venv, error="virtualenv")
        return 1
    say(lang, "no_venv")
    return 1


def prepare(requirements: str, lang: str) -> tuple[Path | None, int]:
    """The Python to run Khatir with (requirements installed), or an exit code."""
    in_venv = sys.prefix != getattr(sys, "base_prefix", sys.prefix)
    venv = Path(sys.prefix) if in_venv else VENV
    python = Path(sys.executable) if in_venv else venv_python(venv)
    if not python.exists():
        code = make_venv(venv, lang)
        if code:
            return None, code
    wanted = requirements_hash(requirements)
    stamp = venv / STAMP
    try:
        done = set(stamp.read_text(encoding="ascii").split())
    except OSError:
        done = set()
    if wanted not in done:
        say(lang, "installing", venv=venv)
        # Khatir itself too, editable: .venv's Python (and so scripts/*.py, the scheduled
        # task, .venv's ``khatir`` command) then finds this folder's package from anywhere.
        if subprocess.call([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "-r", str(ROOT / requirements), "--editable", str(ROOT)]) != 0:
            say(lang, "pip_failed")
            return None, 1
        stamp.write_text("\n".join(sorted(done | {wanted})) + "\n", encoding="ascii")
    return python, 0


def usage() -> str:
    lines = ["Khatir: python run.py COMMAND [options]   (python3 on macOS/Linux, py on Windows)", ""]
    lines += [f"  {name:<10} {what}" for name, (_, _, what) in COMMANDS.items()]
    lines += ["", "Every command but test takes --help, e.g. python run.py daily --help"]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(usage())
        return 0
    lang = language(argv)
    if sys.version_info < (3, 10):
        say(lang, "old_python", version=".".join(map(str, sys.version_info[:3])))
        return 1
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        say(lang, "unknown", name=name, names=", ".join(COMMANDS))
        return 2
    command, requirements, _ = COMMANDS[name]
    python, code = prepare(requirements, lang)
    if python is None:
        return code
    # Run where the owner is, so a relative --workbook still works; the tests from the
    # Khatir folder, where pytest finds its settings.
    if command[0] == "khatir":
        command = [str(python.parent / ("khatir.exe" if os.name == "nt" else "khatir")), *command[1:]]
    else:
        command = [str(python), *command]
    try:
        return subprocess.call([*command, *rest], cwd=ROOT if name == "test" else None)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
