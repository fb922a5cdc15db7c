"""Turn a message template plus one customer's facts into the text we send.

Templates live in ``templates/{language}/{kind}/{variant}.txt`` and are plain
Jinja text (see ``docs/templates.md``).  They run in a sandbox with strict
variables: a misspelt name is an error, never an empty gap in a message.
Every problem becomes one ``TemplateError`` sentence that names the file.
The filters templates use are in ``filters``, the sample facts in ``samples``.

``Renderer.check_all()`` renders every template with realistic sample facts at
the start of a run, so a typo is found before anything is written.
"""
from __future__ import annotations

import difflib
import re
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from khatir.errors import TemplateError
from khatir.i18n import Text
from khatir.messages.template_errors import (ASKS_FOR, FORBIDDEN, MARKUP, MAY_BE_EMPTY, NO_FOLDER,
                                             NO_TEMPLATE, NOR, NOT_FILLED, SINGLE_BRACES,
                                             SOMETHING, UNCLOSED, UNKNOWN_FILTER,
                                             UNKNOWN_FILTER_NEAR, UNKNOWN_VARIABLE,
                                             UNKNOWN_VARIABLE_RAW, WHAT, at_line, on_line,
                                             single_braces)

from .filters import FILTERS
from .kinds import KINDS
from .samples import sample_contexts

__all__ = ["DOCS", "KINDS", "Renderer"]

from khatir.messages.template_errors import DOCS  # noqa: E402 - re-exported


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
