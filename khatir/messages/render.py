"""Turn a message template plus one customer's facts into the text we send.

Templates live in ``templates/{language}/{kind}/{variant}.txt`` and are plain
Jinja text (see ``docs/templates.md``).  They run in a sandbox with strict
variables: a misspelt name is an error, never an empty gap in a message.
Every problem becomes one ``TemplateError`` sentence that names the file.

``Renderer.check_all()`` renders every template with realistic sample facts at
the start of a run, so a typo is found before anything is written.
"""
from __future__ import annotations

import argparse
import difflib
import functools
import re
import sys
import types
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import jinja2
from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from khatir.errors import TemplateError
from khatir.i18n import ASCII_DIGITS, Text, bn_digits
from khatir.messages.template_errors import (ALL_FINE, ASKS_FOR, FORBIDDEN, MARKUP, MAY_BE_EMPTY, NO_FOLDER,
                                    NO_SUCH_FILE, NO_TEMPLATE, NOR, NOT_FILLED, SINGLE_BRACES,
                                    SOMETHING, UNCLOSED, UNKNOWN_FILTER, UNKNOWN_FILTER_NEAR,
                                    UNKNOWN_VARIABLE, UNKNOWN_VARIABLE_RAW, WHAT, at_line, on_line,
                                    single_braces)

__all__ = [
    "DOCS",
    "KINDS",
    "Renderer",
    "bn_digits",
    "digits",
    "first_name",
    "long_date",
    "sample_contexts",
    "taka",
    "time12",
    "weekday",
    "whatsapp_link",
]

from khatir.messages.template_errors import DOCS  # noqa: E402 - re-exported

#: Every kind of message and the variants the scripts ask for.  A variant
#: without its own file falls back to ``default.txt`` of the same kind.
KINDS: dict[str, tuple[str, ...]] = {
    "follow_up": (
        "illness",
        "newborn",
        "vehicle_trouble",
        "bereavement",
        "celebration",
        "complaint",
        "busy",
        "default",
    ),
    "win_back": ("default",),
    "first_order": ("default",),
    "check_in": ("default",),
    "meetup_invite": ("interested", "existing", "lost"),
    "meetup_reminder": ("default",),
    "feedback_reply": ("default",),
    "thank_you": ("default",),
}

# --------------------------------------------------------------------------
# Filters (plain functions; also registered on the template environment)
# --------------------------------------------------------------------------

_BABEL_LOCALE = {"bn": "bn_BD", "en": "en_GB"}


def _localise(text: str, lang: str) -> str:
    return bn_digits(text) if lang == "bn" else text


def _locale(lang: str) -> str:
    return _BABEL_LOCALE.get(lang, "en_GB")


def digits(value: object, lang: str) -> str:
    """``value`` as text, with Bengali digits when ``lang == "bn"`` (None -> "")."""
    if value is None:
        return ""
    return _localise(str(value), lang)


def long_date(d: date | None, lang: str, year: bool = False) -> str:
    """"২২ নভেম্বর" / "22 November"; with ``year=True`` "২২ নভেম্বর ২০২৬" / "22 November 2026"."""
    if d is None:
        return ""
    if not isinstance(d, date):
        raise TypeError(f"long_date needs a date, not {d!r}")
    return _long_date(d, lang, year)


@functools.lru_cache(maxsize=4096)
def _long_date(d: date, lang: str, year: bool) -> str:
    """Babel takes ~0.1 ms a date; a run writes the same few hundred dates thousands of times."""
    # An explicit pattern: Babel's "long" format adds a comma in Bengali, and
    # its Bengali output uses ASCII digits, which we convert ourselves.
    text = format_date(d, "d MMMM y" if year else "d MMMM", locale=_locale(lang))
    return _localise(text, lang)


def weekday(d: date | None, lang: str) -> str:
    """"রবিবার" / "Sunday"."""
    if d is None:
        return ""
    if not isinstance(d, date):
        raise TypeError(f"weekday needs a date, not {d!r}")
    return format_date(d, "EEEE", locale=_locale(lang))


_CENT = Decimal("0.01")


def taka(amount: float | int | Decimal | None, lang: str) -> str:
    """"৳ ১,২৩,৪৫৬" / "৳ 1,23,456": lakh grouping, decimals only when not whole."""
    if amount is None:
        return ""
    if isinstance(amount, bool):
        raise TypeError(f"taka needs an amount, not {amount!r}")
    return _taka(amount, lang)


@functools.lru_cache(maxsize=4096)
def _taka(amount: float | int | Decimal, lang: str) -> str:
    try:
        value = Decimal(str(amount)).quantize(_CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError) as exc:
        raise TypeError(f"taka needs an amount, not {amount!r}") from exc
    pattern = "#,##,##0" if value == value.to_integral_value() else "#,##,##0.00"
    text = format_decimal(value, format=pattern, locale="en_IN")
    return "৳ " + _localise(text, lang)


# Honorifics and prefixes that are not what anyone is called by.  Compared
# case-insensitively, with any trailing "." or ":" removed (so "Md", "Md." and
# "MD" are one entry; "মো:" is a common way to type "মোঃ").
_PREFIXES = frozenset(
    {
        "md", "mohd", "mohammad", "mohammed", "muhammad", "muhammed", "mohamed",
        "mst", "mrs", "mr", "ms", "dr",
        "মোঃ", "মো", "মোহাম্মদ", "মোহাম্মাদ", "মুহাম্মদ", "মুহাম্মাদ",
        "মোসাঃ", "মোছাঃ", "মোসাম্মৎ", "মোছাম্মৎ",
        "জনাব", "বেগম", "ডাঃ", "ডা",
    }
)
# "Md.Rahim" / "মোঃকরিম": a prefix glued to the name.
_GLUED = re.compile(r"^(md|mohd|mst|mrs|mr|ms|dr)\.(?=\w)|^(মোঃ|মো\.|মোসাঃ|মোছাঃ|ডাঃ)(?=\w)", re.I)


def _bare(word: str) -> str:
    return word.rstrip(".:").casefold()


def first_name(name: object) -> str:
    """The name a person is called by: "Md. Rahim Uddin" -> "Rahim", "মোঃ করিম" -> "করিম".

    Prefixes are skipped only while another word follows, so a name that is
    nothing but "Mohammad" stays "Mohammad".
    """
    if name is None:
        return ""
    words = str(name).split()
    if words:
        glued = _GLUED.match(words[0])
        if glued:
            words[0:1] = [glued.group(0), words[0][glued.end():]]
    while len(words) > 1 and (_bare(words[0]) in _PREFIXES or words[0] in _PREFIXES):
        words.pop(0)
    return words[0] if words else ""


_HHMM = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*$")


def _bn_period(hour: int) -> str:
    if 4 <= hour < 6:
        return "ভোর"
    if 6 <= hour < 12:
        return "সকাল"
    if 12 <= hour < 15:
        return "দুপুর"
    if 15 <= hour < 18:
        return "বিকেল"
    if 18 <= hour < 20:
        return "সন্ধ্যা"
    return "রাত"


def time12(hhmm: object, lang: str) -> str:
    """"18:00" -> "6:00 PM" / "সন্ধ্যা ৬টা" ("18:30" -> "সন্ধ্যা ৬টা ৩০ মিনিট").

    Anything that is not a 24-hour HH:MM time (e.g. "after Asr") is returned
    unchanged; None gives "".
    """
    if hhmm is None:
        return ""
    if isinstance(hhmm, (time, datetime)):
        hour, minute = hhmm.hour, hhmm.minute
    else:
        text = str(hhmm)
        match = _HHMM.match(text.translate(ASCII_DIGITS))
        if not match:
            return text
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 23 or minute > 59:
            return text
    h12 = hour % 12 or 12
    if lang == "bn":
        text = f"{_bn_period(hour)} {h12}টা"
        if minute:
            text += f" {minute} মিনিট"
        return bn_digits(text)
    return f"{h12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def whatsapp_link(phone_e164: str | None, text: str) -> str:
    """``https://wa.me/<digits>?text=<text>``, or "" when there is no phone."""
    if not phone_e164:
        return ""
    number = re.sub(r"\D", "", phone_e164)
    if not number:
        return ""
    return f"https://wa.me/{number}?text={quote(text, safe='')}"


FILTERS = {
    "bn_digits": bn_digits,
    "digits": digits,
    "long_date": long_date,
    "weekday": weekday,
    "taka": taka,
    "first_name": first_name,
    "time12": time12,
}

# --------------------------------------------------------------------------
# Sample facts for check_all (and for trying a template by hand)
# --------------------------------------------------------------------------

_SAMPLE_TODAY = date(2026, 11, 22)  # a Sunday


def _base(lang: str, rich: bool) -> dict[str, Any]:
    bn = lang == "bn"
    return {
        "customer": {
            "id": "C-0042",
            "name": "মোঃ করিম উদ্দিন" if bn else "Md. Karim Uddin",
            "phone": "+8801711234567",
            "language": lang,
        },
        "agent": ("মোঃ রহিম উদ্দিন" if bn else "Md. Rahim Uddin") if rich else "",
        "shop": {"name": "নদী ফ্যাশন" if bn else "Nodi Fashion", "phone": "+8801811000000"},
        "today": _SAMPLE_TODAY,
        "lang": lang,
    }


def _meetup(lang: str, rich: bool, when: date) -> dict[str, Any]:
    bn = lang == "bn"
    return {
        "id": "M-07",
        "title": "শীতের নতুন কালেকশন" if bn else "Winter collection evening",
        "date": when,
        "time": "18:30" if rich else "",
        "venue": ("দোকানের দোতলা, ধানমন্ডি ২৭" if bn else "Upstairs at the shop, Dhanmondi 27") if rich else "",
    }


def _extras(kind: str, variant: str, lang: str, rich: bool) -> dict[str, Any]:
    today = _SAMPLE_TODAY
    meetup = _meetup(lang, rich, today + timedelta(days=7))
    feedback = {"text": "Sample feedback text", "date": today - timedelta(days=1)}
    if kind == "follow_up":
        return {
            "event": variant,
            "note": {"date": today - timedelta(days=7), "text": "Sample staff note"},
            "follow_up_on": today if rich else today - timedelta(days=3),
            "days_overdue": 0 if rich else 3,
            **_who("daughter" if rich else None, lang),
        }
    if kind == "win_back":
        return {
            "last_purchase": date(2026, 8, 24),
            "days_since": 90,
            "orders": 12 if rich else 1,
            "total_spent": 123456.5 if rich else 1500.0,
        }
    if kind == "first_order":
        return {"first_purchase": date(2026, 9, 30), "days_since": 55 if rich else 170,
                "total_spent": 4500.0 if rich else 350.0}
    if kind == "check_in":
        return {"days_since_contact": 45 if rich else 120}
    if kind == "meetup_invite":
        return {"meetup": meetup}
    if kind == "meetup_reminder":
        return {"meetup": _meetup(lang, rich, today + timedelta(days=1))}
    if kind in ("feedback_reply", "thank_you"):
        return {"feedback": feedback, "meetup": meetup if rich else None}
    # A kind this module does not know: offer every variable any kind has.
    merged: dict[str, Any] = {}
    for known in KINDS:
        merged.update(_extras(known, "default", lang, rich))
    return merged


def _who(who: str | None, lang: str) -> dict[str, Any]:
    from khatir.notes.person import person  # the phrases a follow-up names its person with

    return {"who": who, "person": person(who, lang)}


def sample_contexts(kind: str, variant: str, lang: str) -> list[dict[str, Any]]:
    """Realistic facts for one template: a full context and a sparse one.

    The sparse one has an empty agent, an overdue follow-up, a meetup without
    time or venue, and no meetup for feedback, so both sides of the usual
    ``{% if %}`` branches get rendered. A follow-up is also tried about the
    customer themself (the full one names a daughter, the sparse one nobody).
    """
    samples = [{**_base(lang, rich), **_extras(kind, variant, lang, rich)} for rich in (True, False)]
    if kind == "follow_up":
        samples.append({**samples[0], **_who("self", lang)})
    return samples


# --------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox, also closed to the attributes of classes and type aliases.

    Jinja refuses ``mro`` on a class, but ``dict['x']`` (a ``types.GenericAlias``)
    forwards attributes to its class, so ``{{ dict['x'].mro() }}`` reached Python's
    classes. A message template never needs an attribute of a type.
    """

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, (type, types.GenericAlias)):
            return False
        return super().is_safe_attribute(obj, attr, value)


@dataclass(frozen=True)
class _Located:
    name: str  # template name as jinja knows it, "en/follow_up/illness.txt"
    line: int | None


class Renderer:
    """Render ``templates/{language}/{kind}/{variant}.txt`` in a sandbox."""

    def __init__(self, template_dir: Path) -> None:
        self.template_dir = Path(template_dir)
        self.env = _Sandbox(
            loader=jinja2.FileSystemLoader(str(self.template_dir), encoding="utf-8-sig"),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=_finalize,
        )
        self.env.filters.update(FILTERS)
        for name in ("dict", "lipsum", "cycler", "joiner"):  # no message needs them
            self.env.globals.pop(name, None)

    # -- public ------------------------------------------------------------

    def render(self, kind: str, variant: str, language: str, context: dict) -> str:
        """The message text, stripped; raises ``TemplateError`` with one sentence."""
        name = self._resolve(kind, variant, language)
        return self._render(name, {"lang": language, **context})

    def check_all(self) -> None:
        """Render every template with sample facts; raise for the first problem."""
        if not self.template_dir.is_dir():
            raise TemplateError(NO_FOLDER, folder=self.template_dir, docs=DOCS)
        for path in sorted(self.template_dir.rglob("*.txt")):
            rel = path.relative_to(self.template_dir)
            if any(part.startswith(".") for part in rel.parts):
                continue
            name = rel.as_posix()
            parts = rel.parts
            if len(parts) != 3 or parts[-1].startswith("_"):
                self._load(name)  # a partial or a stray file: syntax and braces only
                self._check_braces(name)
                continue
            lang, kind, file = parts
            variant = file[: -len(".txt")]
            samples = sample_contexts(kind, variant, lang)
            self._load(name)  # markup and unknown filters, with the file and line
            self._check_braces(name)
            self._check_names(name, samples[0])
            for context in samples:
                self._render(name, context)

    # -- internals ---------------------------------------------------------

    def _resolve(self, kind: str, variant: str | None, language: str) -> str:
        variant = (variant or "default").strip().lower().replace(" ", "_").replace("-", "_")
        wanted = f"{language}/{kind}/{variant}.txt"
        fallback = f"{language}/{kind}/default.txt"
        for name in (wanted, fallback) if variant != "default" else (fallback,):
            try:
                self.env.get_template(name)
            except jinja2.TemplateNotFound as exc:
                if exc.name != name:
                    raise self._error(exc, name) from exc
                continue
            except jinja2.TemplateError as exc:
                raise self._error(exc, name) from exc
            return name
        if variant == "default":
            missing: Text | str = fallback
        else:
            missing = Text(en=NOR.en.format(wanted=wanted, fallback=fallback),
                           bn=NOR.bn.format(wanted=wanted, fallback=fallback))
        raise TemplateError(NO_TEMPLATE, missing=missing, folder=self.template_dir, docs=DOCS)

    def _load(self, name: str) -> jinja2.Template:
        try:
            return self.env.get_template(name)
        except jinja2.TemplateError as exc:
            raise self._error(exc, name) from exc

    def _render(self, name: str, context: dict) -> str:
        template = self._load(name)
        try:
            return template.render(context).strip()
        except TemplateError:
            raise
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError,
                LookupError, ArithmeticError) as exc:
            raise self._error(exc, name) from exc

    def _source(self, name: str) -> str:
        try:
            return self.env.loader.get_source(self.env, name)[0]  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001 - best effort, only for a nicer message
            return ""

    def _locate(self, exc: BaseException, name: str) -> _Located:
        """Which template file and line the error came from."""
        line = getattr(exc, "lineno", None)
        found = getattr(exc, "name", None) if isinstance(exc, jinja2.TemplateSyntaxError) else None
        if found is None:
            root = str(self.template_dir.resolve())
            tb: types.TracebackType | None = exc.__traceback__
            while tb is not None:
                filename = tb.tb_frame.f_code.co_filename
                if filename.endswith(".txt"):
                    try:
                        rel = Path(filename).resolve().relative_to(root)
                    except ValueError:
                        rel = None
                    if rel is not None:
                        found, line = rel.as_posix(), tb.tb_lineno
                tb = tb.tb_next
        return _Located(found or name, line)

    def _error(self, exc: BaseException, name: str) -> TemplateError:
        where = self._locate(exc, name)
        at, on = at_line(where.line), on_line(where.line)
        head = where.name
        message = str(getattr(exc, "message", None) or exc)

        if isinstance(exc, jinja2.TemplateNotFound):
            return TemplateError(ASKS_FOR, name=head, other=exc.name, folder=self.template_dir,
                                 docs=DOCS)
        if isinstance(exc, jinja2.TemplateAssertionError):
            unknown = re.match(r"No (filter|test) named '([^']+)'", message)
            if unknown:
                what, filt = unknown.groups()
                known = self.env.filters if what == "filter" else self.env.tests
                near = difflib.get_close_matches(filt, list(known), n=1)
                return TemplateError(UNKNOWN_FILTER_NEAR if near else UNKNOWN_FILTER, name=head,
                                     what=WHAT[what], filter=filt, at=at, docs=DOCS,
                                     near=near[0] if near else "")
        if isinstance(exc, jinja2.TemplateSyntaxError):
            unclosed = re.search(r"innermost block that needs to be closed is '(\w+)'", message)
            if unclosed:
                opened = self._opened_at(head, unclosed.group(1))
                return TemplateError(UNCLOSED, name=head, tag=unclosed.group(1),
                                     on=on_line(opened), docs=DOCS)
            return TemplateError(MARKUP, name=head, on=on, message=message.rstrip('.'), docs=DOCS)
        if isinstance(exc, jinja2.exceptions.SecurityError):
            attr = re.search(r"attribute '([^']+)'", message)
            used: Text | str = f"'{attr.group(1)}'" if attr else SOMETHING
            return TemplateError(FORBIDDEN, name=head, used=used, at=at, docs=DOCS)
        if isinstance(exc, jinja2.UndefinedError):
            return self._undefined_error(head, at, message, where)
        return TemplateError(NOT_FILLED, name=head, on=on, message=message.rstrip('.'), docs=DOCS)

    def _undefined_error(self, head: str, at: Text, message: str, where: _Located) -> TemplateError:
        plain = re.match(r"'([^']+)' is undefined", message)
        if plain:
            return _unknown_variable(head, at, plain.group(1))
        attr = re.match(r"'?(.+?)'? has no (?:attribute|element) '?([^']*)'?$", message)
        if attr:
            owner, key = attr.groups()
            used = self._expression(where, key) or key
            if owner == "None":
                parent = used.rsplit(".", 1)[0] if "." in used else used
                return TemplateError(MAY_BE_EMPTY, name=head, used=used, at=at, parent=parent,
                                     docs=DOCS)
            return _unknown_variable(head, at, used)
        return TemplateError(UNKNOWN_VARIABLE_RAW, name=head, at=at, message=message, docs=DOCS)

    def _opened_at(self, name: str, tag: str) -> int | None:
        """The line of the last ``{% tag %}`` in the file: the one left open, most likely."""
        lines = self._source(name).splitlines()
        pattern = re.compile(r"\{%-?\s*" + re.escape(tag) + r"\b")
        found = [n for n, text in enumerate(lines, start=1) if pattern.search(text)]
        return found[-1] if found else None

    def _check_braces(self, name: str) -> None:
        """``{ customer.name }`` is plain text to Jinja: the customer would get it as written."""
        found = single_braces(self._source(name))
        if found:
            line, text, fixed = found
            raise TemplateError(SINGLE_BRACES, name=name, found=text, at=at_line(line), fixed=fixed)

    def _expression(self, where: _Located, key: str) -> str | None:
        """Find ``customer.nme`` in the source for the key ``nme``."""
        source = self._source(where.name)
        lines = source.splitlines()
        if where.line and 0 < where.line <= len(lines):
            lines = [lines[where.line - 1]] + lines
        pattern = re.compile(r"([A-Za-z_][\w.]*)\.%s\b" % re.escape(key))
        for text in lines:
            match = pattern.search(text)
            if match:
                return f"{match.group(1)}.{key}"
        return None

    def _check_names(self, name: str, context: dict) -> None:
        """Find misspelt variables even inside ``{% if %}`` branches the samples skip."""
        source = self._source(name)
        try:
            tree = self.env.parse(source, name=name)
        except jinja2.TemplateError as exc:
            raise self._error(exc, name) from exc
        head = name
        known = set(context) | set(self.env.globals)
        for var in sorted(meta.find_undeclared_variables(tree) - known):
            line = next(
                (n.lineno for n in tree.find_all(nodes.Name) if n.name == var), None
            )
            raise _unknown_variable(head, at_line(line), var)
        assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx != "load"}
        for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
            self._check_access(head, node, context, assigned)

    def _check_access(self, head: str, node: nodes.Node, context: dict, assigned: set[str]) -> None:
        path = _access_path(node)
        if not path or path[0] in assigned or path[0] not in context:
            return
        value: Any = context[path[0]]
        for i, key in enumerate(path[1:], start=1):
            if value is None:
                return
            if isinstance(value, dict) and key in value:
                value = value[key]
            elif isinstance(key, str) and not key.startswith("_") and hasattr(value, key):
                value = getattr(value, key)
            else:
                shown = ".".join(str(k) for k in path[: i + 1])
                raise _unknown_variable(head, at_line(node.lineno), shown)


def _access_path(node: nodes.Node) -> list | None:
    """``customer.name`` -> ["customer", "name"]; None for anything fancier."""
    path: list = []
    while True:
        if isinstance(node, nodes.Getattr):
            path.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            path.append(node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Name) and node.ctx == "load":
            path.append(node.name)
            return path[::-1]
        else:
            return None


def _unknown_variable(head: str, at: Text, name: str) -> TemplateError:
    return TemplateError(UNKNOWN_VARIABLE, name=head, variable=name, at=at, docs=DOCS)


def _finalize(value: Any) -> Any:
    # A missing optional value prints as nothing, never as "None".
    return "" if value is None else value


# --------------------------------------------------------------------------
# Trying templates by hand:  python -m khatir.messages.render [templates] [bn/follow_up/illness.txt]
# --------------------------------------------------------------------------


def _iter_templates(root: Path, only: str | None) -> Iterator[tuple[str, str, str]]:
    for path in sorted(root.rglob("*.txt")):
        rel = path.relative_to(root)
        if len(rel.parts) != 3 or rel.parts[-1].startswith(("_", ".")):
            continue
        if only and rel.as_posix() != only:
            continue
        lang, kind, file = rel.parts
        yield lang, kind, file[: -len(".txt")]


def _configured_templates() -> Path:
    """The folder the daily job uses: ``[general] templates`` of the settings, if readable."""
    from khatir.config import TEMPLATES, load_settings
    from khatir.errors import ConfigError
    try:
        return load_settings().templates_dir
    except ConfigError:
        return TEMPLATES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="khatir templates",
        description="Check every message template (markup, variables, filters, single braces) "
                    "and show each one filled in with sample facts.",
        epilog="Examples:\n  khatir templates\n  khatir templates templates "
               "bn/follow_up/illness.txt\n(python run.py templates ... does the same from the "
               "Khatir folder.)",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=None,
                        help="the template folder (default: [general] templates in "
                             "config/settings.toml, else templates in the Khatir folder)")
    parser.add_argument("template", nargs="?", default=None,
                        help="show only this template, like bn/follow_up/illness.txt")
    parser.add_argument("--lang", choices=("bn", "en"), default=None,
                        help="language of the messages (default: from the settings, else bn)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.folder and args.folder.endswith(".txt") and args.template is None:
        args.folder, args.template = None, args.folder
    from khatir.cli import owner_language, utf8_console
    utf8_console()
    lang = args.lang or owner_language([])
    only = args.template
    root = Path(args.folder) if args.folder else _configured_templates()
    renderer = Renderer(root)
    try:
        renderer.check_all()
        shown = 0
        for lang, kind, variant in _iter_templates(root, only):
            labels = ("full sample", "sparse sample: no agent, optional parts empty",
                      "about the customer themself")
            for label, context in zip(labels, sample_contexts(kind, variant, lang)):
                text = renderer._render(f"{lang}/{kind}/{variant}.txt", context)
                print(f"===== {lang}/{kind}/{variant}.txt ({label}) =====\n{text}\n")
                shown += 1
    except TemplateError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 1
    if only and not shown:
        print(NO_SUCH_FILE(lang, only=only, root=root), file=sys.stderr)
        return 1
    print(ALL_FINE(lang, root=root))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
