"""A line per stage of a long run on the console, so a big sheet does not look stuck.

Shown when someone is watching (stderr is a terminal) or asked for ``--verbose``;
silent under the scheduler and when the output goes to a file. The stage names are
in the owner's language; the lines go to stderr so the summary on stdout stays clean.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

from .i18n import Text, localise_digits

STAGES = {
    "templates": Text(en="Checking the message templates", bn="বার্তার টেমপ্লেট যাচাই হচ্ছে"),
    "read": Text(en="Reading the sheet", bn="শিট পড়া হচ্ছে"),
    "parse": Text(en="Reading the tabs into records", bn="ট্যাবগুলো থেকে তথ্য নেওয়া হচ্ছে"),
    "rules": Text(en="Finding today's work and preparing messages",
                  bn="আজকের কাজ খোঁজা ও বার্তা তৈরি হচ্ছে"),
    "write": Text(en="Writing to the sheet", bn="শিটে লেখা হচ্ছে"),
    "done": Text(en="Done", bn="শেষ"),
}
LINE = Text(en="[{seconds} s] {stage}…", bn="[{seconds} সে.] {stage}…")
DONE = Text(en="[{seconds} s] {stage}.", bn="[{seconds} সে.] {stage}।")

Report = Callable[[str], None]


def silent(stage: str) -> None:
    """The reporter when nobody is watching."""


def console(lang: str, verbose: bool = False, stream: TextIO | None = None,
            clock: Callable[[], float] = time.monotonic) -> Report:
    """A reporter printing one line per stage, or ``silent`` when stderr is not a terminal."""
    out = stream or sys.stderr
    if not (verbose or _is_terminal(out)):
        return silent
    start = clock()

    def report(stage: str) -> None:
        seconds = localise_digits(f"{clock() - start:.1f}", lang)
        line = DONE if stage == "done" else LINE
        print(line(lang, seconds=seconds, stage=STAGES[stage](lang)), file=out, flush=True)
    return report


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False
