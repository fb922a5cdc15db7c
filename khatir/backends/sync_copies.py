"""Copies a sync app left beside the workbook: "shop (1).xlsx", "shop-DESKTOP-AB12.xlsx".

OneDrive, Google Drive and Dropbox do not merge two edits of one spreadsheet: they keep
both, the other under a new name beside it. Staff who then open the copy see the same
pending messages and send them again, and their edits (Status 'sent') are never read.
Khatir cannot know which copy is right, so it only says so, every run, in the summary
and a Problems row, until the copy is merged and moved away. The patterns are only
those the apps use for this workbook's own name, so an owner's "shop-2025.xlsx" or
"shop old.xlsx" is not named.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..i18n import Text
from ..sheet.records import Problem

COPY_NOTE = Text(
    en="Warning: {copy} beside {name} looks like a copy a sync app (OneDrive, Google Drive, "
       "Dropbox) made; staff who work in it will send the same messages twice. Work only in "
       "{name}: copy any changes from {copy} into it, then delete or move {copy} away.",
    bn="সতর্কতা: {name}-এর পাশে {copy} ফাইলটি দেখে মনে হচ্ছে কোনো সিঙ্ক অ্যাপ (OneDrive, Google "
       "Drive, Dropbox) এটি বানিয়েছে; কর্মীরা ওটিতে কাজ করলে একই বার্তা দুবার পাঠাবেন। শুধু {name}-এ "
       "কাজ করুন: {copy}-এর যেকোনো পরিবর্তন এতে তুলে আনুন, তারপর {copy} মুছে দিন বা অন্য জায়গায় "
       "সরিয়ে রাখুন।")
IS_A_COPY = Text(
    en="Warning: {name} looks like a copy a sync app (OneDrive, Google Drive, Dropbox) made of "
       "{original}, which is beside it; staff who work in both will send the same messages "
       "twice. Keep one: copy any changes into {original}, move {name} away, and run on {original}.",
    bn="সতর্কতা: {name} দেখে মনে হচ্ছে কোনো সিঙ্ক অ্যাপ (OneDrive, Google Drive, Dropbox) পাশের "
       "{original} থেকে এটি বানিয়েছে; কর্মীরা দুটিতেই কাজ করলে একই বার্তা দুবার পাঠাবেন। একটি রাখুন: "
       "সব পরিবর্তন {original}-এ তুলে আনুন, {name} সরিয়ে রাখুন, আর {original}-এ চালান।")
COPY_PROBLEM = Text(
    en="This workbook and a copy a sync app made of it are side by side; the same messages may be "
       "sent twice from the two files.",
    bn="এই ওয়ার্কবুক আর কোনো সিঙ্ক অ্যাপের বানানো এর একটি কপি পাশাপাশি আছে; দুই ফাইল থেকে একই বার্তা "
       "দুবার পাঠানো হতে পারে।")
COPY_FIX = Text(
    en="Copy any changes from {copy} into {name}, then delete or move {copy} away.",
    bn="{copy}-এর যেকোনো পরিবর্তন {name}-এ তুলে আনুন, তারপর {copy} মুছে দিন বা সরিয়ে রাখুন।")

#: After the workbook's own name (stem), before its extension.
_SUFFIXES = (
    r" \(\d{1,3}\)",                       # shop (1).xlsx: Windows, OneDrive, Google Drive
    r"-[A-Z0-9]{1,15}(?:-[A-Z0-9]{1,15})+",  # shop-DESKTOP-AB12.xlsx: OneDrive, the PC's name
    r" \([^()]*conflicted copy[^()]*\)",   # shop (Rina's conflicted copy 2026-11-24).xlsx: Dropbox
    r" \(conflict[^()]*\)",                # shop (Conflict).xlsx, shop (conflict 1).xlsx
    r"\.sync-conflict-[0-9A-Za-z-]+",      # Syncthing
)


def sync_copies(path: Path) -> list[Path]:
    """The files beside ``path`` named as a sync app names its conflict copies, by name."""
    stem, suffix = re.escape(path.stem), re.escape(path.suffix)
    pattern = re.compile(rf"^{stem}(?:{'|'.join(_SUFFIXES)}){suffix}$", re.IGNORECASE)
    try:
        siblings = sorted(path.parent.iterdir())
    except OSError:
        return []
    return [s for s in siblings if s != path and pattern.match(s.name) and _not_owners(s, path)
            and s.is_file()]


def _not_owners(copy: Path, path: Path) -> bool:
    """A "-NAME-PART" ending is a PC's name only in capitals with a letter ("-DESKTOP-AB12");
    "shop-old-copy.xlsx" or "shop-2025-11.xlsx" is the owner's own name."""
    added = copy.name[len(path.stem):len(copy.name) - len(path.suffix)]
    if not added.startswith("-"):
        return True
    return added == added.upper() and re.search("[A-Z]", added) is not None


def original_of(path: Path) -> Path | None:
    """The workbook ``path`` is a sync copy of, when that is beside it ("shop (1).xlsx"
    run on while "shop.xlsx" is there)."""
    try:
        siblings = sorted(path.parent.iterdir())
    except OSError:
        return None
    for sibling in siblings:
        if (sibling != path and sibling.suffix.lower() == path.suffix.lower()
                and path.stem.lower().startswith(sibling.stem.lower())
                and path in sync_copies(sibling)):
            return sibling
    return None


def sync_copy_findings(path: Path, lang: str) -> tuple[list[str], list[Problem]]:
    """The summary lines and Problems rows for the sync copies beside ``path``."""
    notes, problems = [], []
    original = original_of(path)
    if original is not None:
        names = {"copy": path.name, "name": original.name}
        notes.append(IS_A_COPY(lang, name=path.name, original=original.name))
        problems.append(Problem("", None, "", path.name, COPY_PROBLEM(lang), COPY_FIX(lang, **names)))
    for copy in sync_copies(path):
        names = {"copy": copy.name, "name": path.name}
        notes.append(COPY_NOTE(lang, **names))
        problems.append(Problem("", None, "", copy.name, COPY_PROBLEM(lang), COPY_FIX(lang, **names)))
    return notes, problems
