"""Check every message template and show each one filled in with sample facts.

Examples:
  khatir templates
  khatir templates templates bn/follow_up/illness.txt
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterator

from ..cli import owner_language, utf8_console
from ..config import TEMPLATES, load_settings
from ..errors import ConfigError, TemplateError
from ..messages.render import Renderer
from ..messages.samples import sample_contexts
from ..messages.template_errors import ALL_FINE, NO_SUCH_FILE


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
