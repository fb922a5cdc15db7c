"""Changing one line of the owner's settings file, keeping everything else as written.

The settings file is the owner's: its comments explain each line, and they may
have added their own. A TOML library would rewrite the whole file and drop the
comments, so the one line is edited as text: the ``shop_name`` line of the
``[general]`` table is replaced (its trailing comment kept), or added under
``[general]``, or a ``[general]`` table is appended. The result is parsed again
before it is saved, and saved atomically (a temporary file, then one rename).
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from .config import settings_text
from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

_TABLE = re.compile(r"^\s*\[\s*([^\]]*?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*shop_name\s*=")


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML escapes)."""
    return json.dumps(text, ensure_ascii=False)


def _comment_of(line: str) -> str:
    """The trailing ``# ...`` of a ``key = value`` line ('' when none)."""
    for at in (i for i, ch in enumerate(line) if ch == "#"):
        try:
            tomllib.loads(line[:at])
        except tomllib.TOMLDecodeError:
            continue
        return line[at:].rstrip("\r\n")
    return ""


def with_shop_name(text: str, name: str) -> str:
    """``text`` (a settings file) with ``[general] shop_name`` set to ``name``."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    value = f"shop_name = {toml_string(name)}"
    table = None
    general_at = None
    for i, line in enumerate(lines):
        m = _TABLE.match(line)
        if m:
            table = m.group(1).strip().strip('"')
            if table == "general":
                general_at = i
            continue
        if table == "general" and _KEY.match(line):
            comment = _comment_of(line)
            end = newline if line.endswith(("\n", "\r")) else ""
            lines[i] = value + (f"   {comment}" if comment else "") + end
            return "".join(lines)
    if general_at is not None:
        lines.insert(general_at + 1, value + newline)
        return "".join(lines)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline
    return "".join(lines) + f"{newline if lines else ''}[general]{newline}{value}{newline}"


def set_shop_name(path: Path, name: str) -> None:
    """Write the shop's name into the settings file at ``path`` (created if absent)."""
    name = " ".join(name.split())
    if not name:
        raise ConfigError("The shop's name is empty; write it like --shop-name \"Rupkotha\".")
    try:
        text = settings_text(path) if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"The settings file {path} could not be read ({exc}); "
                          f"the shop's name was not saved.") from None
    new = with_shop_name(text, name)
    try:
        parsed = tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"The settings file {path} is not valid TOML ({exc}); fix it first, "
                          f"then set the shop's name again.") from None
    if parsed.get("general", {}).get("shop_name") != name:
        raise ConfigError(f"The settings file {path} sets shop_name in a way this script cannot "
                          f"change; write shop_name = {toml_string(name)} under [general] by hand.")
    tmp = path.with_name(f".{path.name}.khatir-tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Notepad's UTF-8 with a BOM stays so; its CRLF line ends are kept by with_shop_name
        bom = path.exists() and path.read_bytes().startswith(b"\xef\xbb\xbf")
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            fh.write(new)
        os.replace(tmp, path)
    except OSError as exc:
        raise ConfigError(f"The settings file {path} could not be saved ({exc.strerror}); "
                          f"the shop's name was not saved.") from None
    finally:
        if tmp.exists():
            tmp.unlink()
