"""Settings: built-in defaults, overridden by the owner's TOML file.

Every default lives here, so a settings file only needs the lines an owner wants
to change, and a missing or half-written file still gives a working setup.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .i18n import Text
from .sheet.schema import TabSpec, with_overrides
from .settings_check import check_raw, english_numbers, toml_error, where

if TYPE_CHECKING:
    from .settings_sections import SectionSettings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

_PACKAGE = Path(__file__).resolve().parent
#: The Khatir folder of a checkout (``git clone`` or the zip), with ``templates/`` and
#: ``config/`` beside the package; ``pip install`` ships those two inside the package
#: instead (``khatir/_data``, see pyproject.toml), and the owner's own files (demo
#: workbook, credentials) then belong in the folder the command is run from.
IS_CHECKOUT = (_PACKAGE.parent / "templates").is_dir() and (_PACKAGE.parent / "run.py").is_file()
_SHIPPED = _PACKAGE.parent if IS_CHECKOUT else _PACKAGE / "_data"
PROJECT_ROOT = _PACKAGE.parent if IS_CHECKOUT else Path.cwd()
TEMPLATES = _SHIPPED / "templates"
#: Where the owner's settings file is (and where setup saves the shop's name) ...
OWNER_CONFIG = PROJECT_ROOT / "config" / "settings.toml"
#: ... and the one read without --config: the owner's, else the installed defaults.
DEFAULT_CONFIG = (OWNER_CONFIG if IS_CHECKOUT or OWNER_CONFIG.is_file()
                  else _SHIPPED / "config" / "settings.toml")


@dataclass(frozen=True)
class EventKind:
    """A life event staff hear about on a call, and when to check back."""

    key: str
    delay_days: int | None
    keywords: tuple[str, ...]
    label_en: str
    label_bn: str

    def label(self, lang: str) -> str:
        return self.label_bn if lang == "bn" else self.label_en


# Order is precedence when a note mentions several (a death in hospital is a
# bereavement; a wife in the delivery room is a new baby). The words that reveal each
# built-in kind live in khatir/notes/lexicon/ (with spelling folds, negation and
# look-alikes); keywords given here, or in the settings file, are added to them, and
# are all a custom kind has.
DEFAULT_EVENTS: dict[str, dict[str, Any]] = {
    "bereavement": {"delay_days": 7, "label_en": "bereavement", "label_bn": "শোক", "keywords": []},
    "newborn": {"delay_days": 3, "label_en": "new baby", "label_bn": "নতুন শিশু", "keywords": []},
    "illness": {"delay_days": 2, "label_en": "illness", "label_bn": "অসুস্থতা", "keywords": []},
    "vehicle_trouble": {"delay_days": 1, "label_en": "vehicle trouble", "label_bn": "গাড়ির সমস্যা",
                        "keywords": []},
    "complaint": {"delay_days": 1, "label_en": "complaint", "label_bn": "অভিযোগ", "keywords": []},
    "celebration": {"delay_days": 1, "label_en": "celebration", "label_bn": "আনন্দের খবর",
                    "keywords": []},
    "busy": {"delay_days": 1, "label_en": "call later", "label_bn": "পরে কল", "keywords": []},
}

XLSX_READERS = ("auto", "calamine", "openpyxl")  # see khatir/backends/xlsx_read.py

DEFAULT_CAPS = {
    "follow_up": 50, "win_back": 20, "first_order": 20, "check_in": 20, "meetup_invite": 200,
    "meetup_reminder": 200, "feedback_reply": 50, "thank_you": 50,
}


PLACEHOLDER_SHOP_NAMES = {"bn": "আমাদের দোকান", "en": "Our shop"}


@dataclass(frozen=True)
class Settings:
    language: str = "bn"  # the owner's language: Follow-ups, Problems, summaries
    customer_language: str = "bn"  # for customers whose Language cell is blank
    region: str = "BD"  # phone numbers without a country code
    timezone: str = "Asia/Dhaka"
    shop_names: dict[str, str] = field(default_factory=lambda: dict(PLACEHOLDER_SHOP_NAMES))
    shop_phone: str = ""
    templates_dir: Path = TEMPLATES
    workbook: Path | None = None
    sheet: str | None = None
    credentials: Path = PROJECT_ROOT / "credentials.json"
    oauth_client: Path | None = None
    backups: int = 3
    reader: str = "auto"  # how .xlsx files are read: "auto", "calamine" or "openpyxl"
    follow_ups_per_agent: int = 100  # Follow-ups rows listed per agent (0: no limit)
    events: tuple[EventKind, ...] = ()
    caps: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_CAPS))
    stale_after_days: int = 60
    tabs: tuple[TabSpec, ...] = ()
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: Path | None = None

    def shop_name(self, lang: str) -> str:
        return self.shop_names.get(lang) or next(iter(self.shop_names.values()), "")

    @property
    def shop_name_is_placeholder(self) -> bool:
        """Messages would be signed "Our shop": the owner has not set the name yet."""
        return any(self.shop_names.get(lang) == name for lang, name in PLACEHOLDER_SHOP_NAMES.items())

    def tab(self, key: str) -> TabSpec:
        for spec in self.tabs:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def event(self, key: str) -> EventKind | None:
        for kind in self.events:
            if kind.key == key:
                return kind
        return None

    def section(self, name: str) -> dict[str, Any]:
        """A raw ``[name]`` table of the settings file, for the parser of its owner."""
        return dict(self.sections.get(name) or {})

    @cached_property
    def parsed(self) -> SectionSettings:
        """The sections owned by rules, the scheduler and the Google backend, each parsed
        into its owner's typed settings; ``build_settings`` parses them at once."""
        from .settings_sections import parse_sections

        return parse_sections(self)


NO_FILE = Text(
    en="The settings file {path} does not exist; check the path given to --config or copy "
       "config/settings.toml there.",
    bn="সেটিংস ফাইল {path} নেই; --config-এ দেওয়া পাথটি দেখুন, অথবা config/settings.toml সেখানে কপি করুন।")
NOT_UTF8 = Text(
    en="The settings file {path} is not saved as UTF-8; open it in Notepad, choose File > "
       "Save As, set Encoding to UTF-8 and save it again (check that Bengali text still "
       "shows as letters).",
    bn="সেটিংস ফাইল {path} UTF-8 হিসেবে সেভ করা নেই; ফাইলটি Notepad-এ খুলে File > Save As "
       "বেছে নিন, Encoding-এ UTF-8 দিয়ে আবার সেভ করুন (বাংলা লেখা অক্ষর হিসেবেই আছে কিনা দেখে নিন)।")


def settings_text(path: Path) -> str:
    """The settings file's text. UTF-8 (with or without the BOM Notepad adds), or UTF-16
    with its BOM (Notepad's "Unicode"): that BOM says the encoding for certain, so such a
    file is read as it is rather than refused. Anything else raises UnicodeDecodeError."""
    return unicode_text(path.read_bytes())


def unicode_text(data: bytes) -> str:
    """Bytes Notepad or Excel saved as text: UTF-16 when its BOM says so ("Unicode"),
    else UTF-8 with or without a BOM. Anything else raises UnicodeDecodeError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")
NOT_CHOICE = Text(
    en="In {file}, {name} is {value}; use one of: {allowed}.",
    bn="{file} ফাইলে {name} হলো {value}; এগুলোর একটি লিখুন: {allowed}।")
NOT_WHOLE = Text(
    en="In {file}, {name} is {value}; write a whole number of 0 or more, without quotes.",
    bn="{file} ফাইলে {name} হলো {value}; ০ বা তার বেশি একটি পূর্ণ সংখ্যা লিখুন, উদ্ধৃতিচিহ্ন ছাড়া।")


def load_settings(path: Path | str | None = None, *, must_exist: bool = False) -> Settings:
    """Read the settings file (``config/settings.toml`` by default) over the defaults.

    The whole file is checked here, once: an unknown key or a wrong value stops the
    run before anything is read or written (``settings_check``).
    """
    path = Path(path) if path else DEFAULT_CONFIG
    if not path.exists():
        if must_exist:
            raise ConfigError(NO_FILE, path=path)
        return build_settings({}, source=None)
    try:
        text = settings_text(path)
    except UnicodeDecodeError:
        raise ConfigError(NOT_UTF8, path=path) from None
    return build_settings(parse_toml(text, path), source=path)


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """The settings file's TOML; a bare number typed in Bengali digits ("lost_share =
    ০.৭৫") is read as that number (``english_numbers``) rather than stopping every run."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        error = exc
    english = english_numbers(text)
    if english != text:
        try:
            return tomllib.loads(english)
        except tomllib.TOMLDecodeError as exc:  # another mistake: named on its own line
            text, error = english, exc
    raise toml_error(path, text, error) from None


def build_settings(raw: dict[str, Any], source: Path | None = None) -> Settings:
    check_raw(raw, source)
    base = source.parent if source else PROJECT_ROOT
    general = raw.get("general", {})
    google = raw.get("google", {})
    workbook = raw.get("workbook", {})
    followups = raw.get("follow_ups", {})
    lang = _choice(general.get("language", "bn"), ("bn", "en"), "general.language", source)
    customer_lang = _choice(general.get("customer_language", lang), ("bn", "en"),
                            "general.customer_language", source)
    caps = dict(DEFAULT_CAPS)
    for kind, value in (raw.get("caps") or {}).items():
        caps[kind] = _int(value, f"caps.{kind}", source)
    settings = Settings(
        language=lang,
        customer_language=customer_lang,
        region=str(general.get("region", "BD")).upper(),
        timezone=str(general.get("timezone", "Asia/Dhaka")),
        shop_names=_per_language(general.get("shop_name"), PLACEHOLDER_SHOP_NAMES),
        shop_phone=str(general.get("shop_phone", "")),
        templates_dir=_path(general.get("templates"), base) or TEMPLATES,
        workbook=_path(workbook.get("path"), base),
        sheet=google.get("sheet") or None,
        credentials=_path(google.get("credentials"), base) or PROJECT_ROOT / "credentials.json",
        oauth_client=_path(google.get("oauth_client"), base),
        backups=_int(workbook.get("backups", 3), "workbook.backups", source),
        reader=_choice(workbook.get("reader", "auto"), XLSX_READERS, "workbook.reader", source),
        follow_ups_per_agent=_int(followups.get("max_rows_per_agent", 100),
                                  "follow_ups.max_rows_per_agent", source),
        events=_events(raw.get("events") or {}, source),
        caps=caps,
        stale_after_days=_int(followups.get("stale_after_days", 60),
                              "follow_ups.stale_after_days", source),
        tabs=with_overrides(raw.get("tabs") or {}),
        sections={k: v for k, v in raw.items() if isinstance(v, dict)},
        source=source,
    )
    settings.parsed  # noqa: B018 - parse every owned section now: a wrong value stops the run here
    return settings


def _events(raw: dict[str, Any], source: Path | None) -> tuple[EventKind, ...]:
    merged: dict[str, dict[str, Any]] = {k: dict(v) for k, v in DEFAULT_EVENTS.items()}
    for key, value in raw.items():
        merged.setdefault(key, {"label_en": key.replace("_", " "), "label_bn": key})
        merged[key].update(value)
    kinds = []
    for key, value in merged.items():
        delay = value.get("delay_days")
        kinds.append(EventKind(
            key=key,
            delay_days=None if delay in (None, "") else _int(delay, f"events.{key}.delay_days", source),
            keywords=tuple(str(k) for k in value.get("keywords", ())),
            label_en=str(value.get("label_en", key)),
            label_bn=str(value.get("label_bn", key)),
        ))
    return tuple(kinds)


def _per_language(value: Any, default: dict[str, str]) -> dict[str, str]:
    """A name given once for both languages, or as {bn = "...", en = "..."}."""
    if value is None:
        return dict(default)
    if isinstance(value, dict):
        return {**default, **{str(k): str(v) for k, v in value.items()}}
    return {"bn": str(value), "en": str(value)}


def _choice(value: Any, allowed: tuple[str, ...], name: str, source: Path | None) -> str:
    text = str(value).strip().lower()
    if text not in allowed:
        raise ConfigError(NOT_CHOICE, file=where(source), name=name, value=repr(value),
                          allowed=", ".join(allowed))
    return text


def _int(value: Any, name: str, source: Path | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(NOT_WHOLE, file=where(source), name=name, value=repr(value))
    return value


def _path(value: Any, base: Path) -> Path | None:
    if not value:
        return None
    path = Path(str(value)).expanduser()
    return path if path.is_absolute() else (base / path)
