"""Every key the settings file may hold, and the check that runs once, up front.

A misspelt key (``langauge``, ``follow_upp``) used to be ignored silently and the
default used instead; now it stops the run before anything is read or written,
naming the key and the nearest valid one (``difflib``). The accepted keys of the
sections read by other modules (``[lost]``, ``[meetups]``, ``[feedback]``,
``[stay_in_touch]``, ``[schedule]``, ``[google]``) are listed here too; those
sections are then parsed once, by ``settings_sections``.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError
from .i18n import Text, bn_digits

GENERAL_KEYS = ("language", "customer_language", "region", "timezone", "shop_name",
                "shop_phone", "templates")
WORKBOOK_KEYS = ("path", "backups", "reader")
GOOGLE_KEYS = ("sheet", "credentials", "oauth_client", "retries", "retry_base_seconds",
               "retry_max_seconds", "retry_budget_seconds", "timeout_seconds")
FOLLOW_UPS_KEYS = ("stale_after_days", "max_rows_per_agent")
EVENT_KEYS = ("delay_days", "keywords", "label_en", "label_bn")
TAB_KEYS = ("title", "headers")
STAY_IN_TOUCH_KEYS = ("interested", "existing", "lost", "default", "messages")

#: Keys whose value is text: a number or a list there is a mistake.
TEXT_KEYS = {
    "general": ("region", "timezone", "shop_phone", "templates"),
    "workbook": ("path", "reader"),
    "google": ("sheet", "credentials", "oauth_client"),
}
PATH_KEYS = {("general", "templates"), ("workbook", "path"), ("google", "credentials"),
             ("google", "oauth_client"), ("schedule", "state_dir")}

UNKNOWN_SECTION = Text(
    en="In {file}, there is a section [{key}] that Khatir does not know; did you mean [{near}]? "
       "Fix the name or remove the section.",
    bn="{file} ফাইলে [{key}] নামে একটি অংশ আছে যা খাতির চেনে না; আপনি কি [{near}] লিখতে "
       "চেয়েছিলেন? নামটি ঠিক করুন বা অংশটি মুছে দিন।")
UNKNOWN_SECTION_LIST = Text(
    en="In {file}, there is a section [{key}] that Khatir does not know; the sections are: {known}.",
    bn="{file} ফাইলে [{key}] নামে একটি অংশ আছে যা খাতির চেনে না; অংশগুলো হলো: {known}।")
UNKNOWN_KEY = Text(
    en="In {file}, [{section}] has a setting '{key}' that Khatir does not know; did you mean "
       "'{near}'? Fix the name or remove the line.",
    bn="{file} ফাইলে [{section}] অংশে '{key}' নামে একটি সেটিং আছে যা খাতির চেনে না; আপনি কি "
       "'{near}' লিখতে চেয়েছিলেন? নামটি ঠিক করুন বা লাইনটি মুছে দিন।")
UNKNOWN_KEY_LIST = Text(
    en="In {file}, [{section}] has a setting '{key}' that Khatir does not know; the settings "
       "there are: {known}.",
    bn="{file} ফাইলে [{section}] অংশে '{key}' নামে একটি সেটিং আছে যা খাতির চেনে না; সেখানকার "
       "সেটিংগুলো হলো: {known}।")
NOT_A_TABLE = Text(
    en="In {file}, {name} must be a section of settings, like [{name}] on a line of its own "
       "with its settings below; see config/settings.toml.",
    bn="{file} ফাইলে {name} একটি সেটিংসের অংশ হতে হবে, যেমন আলাদা লাইনে [{name}] আর তার নিচে "
       "সেটিংগুলো; config/settings.toml দেখুন।")
NOT_TEXT = Text(
    en="In {file}, [{section}] {key} is {value}; write it as text in quotes, like {key} = \"{example}\".",
    bn="{file} ফাইলে [{section}] {key} হলো {value}; এটি উদ্ধৃতিচিহ্নের ভেতরে লেখা হিসেবে লিখুন, "
       "যেমন {key} = \"{example}\"।")
NOT_WORDS = Text(
    en="In {file}, [{section}] {key} is {value}; write a list of words in quotes, like "
       "{key} = [\"জ্বর\", \"fever\"].",
    bn="{file} ফাইলে [{section}] {key} হলো {value}; উদ্ধৃতিচিহ্নের ভেতরে শব্দের একটি তালিকা লিখুন, "
       "যেমন {key} = [\"জ্বর\", \"fever\"]।")
UNKNOWN_TAB = Text(
    en="In {file}, [tabs.{key}] names a tab Khatir does not have; did you mean [tabs.{near}]?",
    bn="{file} ফাইলে [tabs.{key}] এমন একটি ট্যাবের নাম যা খাতিরে নেই; আপনি কি [tabs.{near}] "
       "লিখতে চেয়েছিলেন?")
UNKNOWN_COLUMN = Text(
    en="In {file}, [tabs.{tab}] headers has '{key}', which is not a column of that tab; did you "
       "mean '{near}'?",
    bn="{file} ফাইলে [tabs.{tab}] headers-এ '{key}' আছে, যা ওই ট্যাবের কোনো কলাম নয়; আপনি কি "
       "'{near}' লিখতে চেয়েছিলেন?")
OUTSIDE_SECTION = Text(
    en="In {file}, the setting '{key}' is above every [section] line; move it under [{section}].",
    bn="{file} ফাইলে '{key}' সেটিংটি সব [অংশ] লাইনের উপরে আছে; এটি [{section}]-এর নিচে সরিয়ে দিন।")
OUTSIDE_ANY = Text(
    en="In {file}, the setting '{key}' is above every [section] line, and no section has a "
       "setting of that name; remove it or compare it with config/settings.toml.",
    bn="{file} ফাইলে '{key}' সেটিংটি সব [অংশ] লাইনের উপরে আছে, আর কোনো অংশে এই নামের সেটিং নেই; "
       "এটি মুছে দিন অথবা config/settings.toml-এর সঙ্গে মিলিয়ে দেখুন।")
THE_SETTINGS = Text(en="the settings", bn="সেটিংস")
WINDOWS_PATH = Text(
    en="In {file}, line {line} has a Windows path with backslashes (\\) inside double quotes, "
       "which TOML reads as escape codes; write it with forward slashes, like "
       "\"C:/Shop/shop.xlsx\", or in single quotes, like 'C:\\Shop\\shop.xlsx'.",
    bn="{file} ফাইলের {line} নম্বর লাইনে ডাবল উদ্ধৃতিচিহ্নের ভেতরে ব্যাকস্ল্যাশ (\\) দেওয়া Windows "
       "পাথ আছে, যা TOML বিশেষ চিহ্ন হিসেবে পড়ে; সামনের দিকে হেলানো দাগ দিয়ে লিখুন, যেমন "
       "\"C:/Shop/shop.xlsx\", অথবা একক উদ্ধৃতিচিহ্নে, যেমন 'C:\\Shop\\shop.xlsx'।")
NOT_TOML = Text(
    en="The settings file {file} is not valid TOML ({error}); fix that line or start again "
       "from config/settings.toml.",
    bn="সেটিংস ফাইল {file} সঠিক TOML নয় ({error}); ওই লাইনটি ঠিক করুন অথবা config/settings.toml "
       "থেকে আবার শুরু করুন।")


def where(source: Path | None) -> Text:
    """The settings file's name for a sentence ("the settings" when built in code)."""
    return Text(en=str(source), bn=str(source)) if source else THE_SETTINGS


def nearest(key: str, known: tuple[str, ...] | list[str]) -> str | None:
    word = str(key).strip().lower()
    found = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    if found:
        return found[0]
    started = [k for k in known if word and (k.startswith(word) or word.startswith(k))]
    return started[0] if started else None


def refuse_unknown(section: str, keys, known, source: Path | None) -> None:
    """Raise for the first key of ``keys`` not in ``known``, naming the nearest valid one."""
    for key in keys:
        if key in known:
            continue
        near = nearest(key, known)
        if near:
            raise ConfigError(UNKNOWN_KEY, file=where(source), section=section, key=key, near=near)
        raise ConfigError(UNKNOWN_KEY_LIST, file=where(source), section=section, key=key,
                          known=", ".join(known))


def toml_error(source: Path, text: str, error: Exception) -> ConfigError:
    """A TOML syntax error as one sentence; a Windows path in double quotes, or a value
    written in Bengali digits ("২০২৫-০৩-৩১" unquoted), gets its own."""
    found = re.search(r"line (\d+)", str(error))
    if found:
        lines = text.splitlines()
        number = int(found.group(1))
        line = lines[number - 1] if 0 < number <= len(lines) else ""
        said = Text(en=str(number), bn=bn_digits(number))
        if re.search(r'"[^"]*\\[^"]*"', line):
            return ConfigError(WINDOWS_PATH, file=where(source), line=said)
        if _BENGALI_DIGIT.search(_QUOTED.sub("", line.split("#")[0])):
            return ConfigError(BENGALI_DIGITS, file=where(source), line=said,
                               text=line.strip())
    return ConfigError(NOT_TOML, file=where(source), error=error)


BENGALI_DIGITS = Text(
    en="In {file}, line {line} ({text}) has a number in Bengali digits, which a settings "
       "file cannot read; write it with English digits 0-9.",
    bn="{file} ফাইলের {line} নম্বর লাইনে ({text}) বাংলা অঙ্কে সংখ্যা লেখা, যা সেটিংস ফাইল পড়তে "
       "পারে না; ইংরেজি অঙ্কে (0-9) লিখুন।")
_BENGALI_DIGIT = re.compile("[০-৯]")
_QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')
#: A setting whose whole value is a number with Bengali digits ("lost_share = ০.৭৫", as
#: a Bengali report may once have shown it): read as that number in English digits.
_BENGALI_NUMBER = re.compile(r"^(\s*[\w.\-\"']+\s*=\s*)([-+]?[0-9০-৯][0-9০-৯_.]*)(\s*(?:#.*)?)$",
                             re.MULTILINE)


def english_numbers(text: str) -> str:
    """A settings text whose bare numbers typed in Bengali digits ("lost_share = ০.৭৫")
    are in English digits, as TOML reads them; text in quotes (a template, the shop's
    name) is left as it is."""
    def english(found: re.Match[str]) -> str:
        value = found.group(2)
        if not _BENGALI_DIGIT.search(value):
            return found.group(0)
        return found.group(1) + value.translate(_ENGLISH) + found.group(3)

    return _BENGALI_NUMBER.sub(english, text)


_ENGLISH = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def section_keys() -> dict[str, tuple[str, ...]]:
    """Each section and its accepted keys (``events`` and ``tabs`` hold tables)."""
    from .config import DEFAULT_CAPS
    from .rules.feedback import PRIORITY
    from .rules.first_order import FirstOrderSettings
    from .rules.lost.settings import LostSettings
    from .rules.meetups import MeetupSettings
    from .scheduler.config import SCHEDULE_KEYS
    from dataclasses import fields

    return {
        "general": GENERAL_KEYS,
        "workbook": WORKBOOK_KEYS,
        "google": GOOGLE_KEYS,
        "follow_ups": FOLLOW_UPS_KEYS,
        "caps": tuple(DEFAULT_CAPS),
        "events": (),
        "tabs": (),
        "lost": tuple(f.name for f in fields(LostSettings)),
        "first_order": tuple(f.name for f in fields(FirstOrderSettings)),
        "stay_in_touch": STAY_IN_TOUCH_KEYS,
        "meetups": tuple(f.name for f in fields(MeetupSettings)),
        "win_back": ("quiet_days",),
        "feedback": ("thank_you", "thank_you_within_days", *(f"{s}_keywords" for s in PRIORITY)),
        "schedule": SCHEDULE_KEYS,
    }


#: A word of two or more question marks with no letter or digit beside it ("??????",
#: "C:/????/shop.xlsx"): what Notepad's "ANSI" save leaves of Bengali letters.
_LOST_LETTERS = re.compile(r"(?<![\w?])\?{2,}(?![\w?])")
LOST_LETTERS = Text(
    en="In {file}, [{section}] {key} is {value}: the file lost its Bengali letters when it was "
       "saved (they became question marks); type the text again and save the file as UTF-8 "
       "(Notepad: File > Save As, Encoding: UTF-8).",
    bn="{file} ফাইলে [{section}] অংশের {key} হলো {value}: সেভ করার সময় ফাইলটির বাংলা অক্ষর হারিয়ে গেছে "
       "(সেগুলো প্রশ্নবোধক চিহ্ন হয়ে গেছে); লেখাটি আবার টাইপ করুন এবং ফাইলটি UTF-8 হিসেবে সেভ করুন "
       "(Notepad: File > Save As, Encoding: UTF-8)।")


def refuse_lost_letters(raw: Mapping[str, Any], source: Path | None, section: str = "") -> None:
    """Refuse a text setting whose letters became question marks. A settings file saved
    as "ANSI" turns the shop's Bengali name into "??????" and is still valid TOML, so
    every message would be signed "— Tanvir, ??????"; the run stops before that. A
    question mark beside a letter ("Really???") is the owner's own and is left alone."""
    for key, value in raw.items():
        if isinstance(value, dict):
            refuse_lost_letters(value, source, f"{section}.{key}" if section else str(key))
            continue
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            if isinstance(text, str) and _LOST_LETTERS.search(text):
                raise ConfigError(LOST_LETTERS, file=where(source), section=section or "general",
                                  key=key, value=repr(value))


def check_raw(raw: Mapping[str, Any], source: Path | None) -> None:
    """Refuse unknown sections and keys, and values of the wrong kind, before anything runs."""
    known = section_keys()
    for name, value in raw.items():
        if not isinstance(value, dict):  # a key written before any [section] line
            owners = [s for s, keys in known.items() if name in keys]
            if owners:
                raise ConfigError(OUTSIDE_SECTION, file=where(source), key=name, section=owners[0])
            raise ConfigError(OUTSIDE_ANY, file=where(source), key=name)
        if name not in known:
            near = nearest(name, tuple(known))
            if near:
                raise ConfigError(UNKNOWN_SECTION, file=where(source), key=name, near=near)
            raise ConfigError(UNKNOWN_SECTION_LIST, file=where(source), key=name,
                              known=", ".join(known))
        if name == "events":
            _check_events(value, source)
        elif name == "tabs":
            _check_tabs(value, source)
        else:
            refuse_unknown(name, value, known[name], source)
        for key in TEXT_KEYS.get(name, ()):
            if key in value and not isinstance(value[key], str):
                example = "C:/Shop/shop.xlsx" if (name, key) in PATH_KEYS else "..."
                raise ConfigError(NOT_TEXT, file=where(source), section=name, key=key,
                                  value=repr(value[key]), example=example)
    refuse_lost_letters(raw, source)


def _check_events(events: Mapping[str, Any], source: Path | None) -> None:
    for kind, table in events.items():
        section = f"events.{kind}"
        if not isinstance(table, dict):
            raise ConfigError(NOT_A_TABLE, file=where(source), name=section)
        refuse_unknown(section, table, EVENT_KEYS, source)
        words = table.get("keywords", [])
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConfigError(NOT_WORDS, file=where(source), section=section, key="keywords",
                              value=repr(words))
        for key in ("label_en", "label_bn"):
            if key in table and not isinstance(table[key], str):
                raise ConfigError(NOT_TEXT, file=where(source), section=section, key=key,
                                  value=repr(table[key]), example="...")


def _check_tabs(tabs: Mapping[str, Any], source: Path | None) -> None:
    from .sheet.schema import ALL_TABS

    specs = {spec.key: spec for spec in ALL_TABS}
    for key, table in tabs.items():
        if key not in specs:
            near = nearest(key, tuple(specs)) or ", ".join(specs)
            raise ConfigError(UNKNOWN_TAB, file=where(source), key=key, near=near)
        section = f"tabs.{key}"
        if not isinstance(table, dict):
            raise ConfigError(NOT_A_TABLE, file=where(source), name=section)
        refuse_unknown(section, table, TAB_KEYS, source)
        if "title" in table and not isinstance(table["title"], str):
            raise ConfigError(NOT_TEXT, file=where(source), section=section, key="title",
                              value=repr(table["title"]), example="Clients")
        headers = table.get("headers", {})
        if not isinstance(headers, dict):
            raise ConfigError(NOT_A_TABLE, file=where(source), name=f"{section}.headers")
        columns = tuple(c.key for c in specs[key].columns)
        for column, names in headers.items():
            if column not in columns:
                near = nearest(column, columns) or ", ".join(columns)
                raise ConfigError(UNKNOWN_COLUMN, file=where(source), tab=key, key=column,
                                  near=near)
            if not isinstance(names, (str, list)) or (
                    isinstance(names, list) and not all(isinstance(n, str) for n in names)):
                raise ConfigError(NOT_WORDS, file=where(source), section=f"{section}.headers",
                                  key=column, value=repr(names))
