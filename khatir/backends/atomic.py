"""Swap a new version of a file in so that no crash, full disk or colleague's save costs a cell.

The new version is written completely to a temporary file beside the real file
(through a symlink: beside its target, so the link keeps pointing at the one
real file), flushed to disk, given the old file's permission bits, and only then
swapped in with one ``os.replace``, which is atomic on every platform. A kill at
any moment leaves the old or the new file, never a half-written one.

Before anything is written the free space is checked (``shutil.disk_usage``), and
a read-only file is refused. The previous version is copied to a backup folder
completely (and flushed) *before* the older backups are renumbered, so a full
disk never damages the newest backup.

Right before the swap the file is checked to still be the version the run read
(a sync app such as OneDrive, Dropbox or Google Drive replaces it without
leaving a lock file); if it is not, ``FileChanged`` is raised and nothing is
replaced: the caller reads the file again and plans again.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import SheetError
from ..i18n import Text

BACKUP_DIR = "khatir-backups"
#: Room kept free on top of the new file and the backup (the disk must not fill up to the byte).
SPARE_BYTES = 1 << 20

READ_ONLY = Text(
    en="The workbook {name} is read-only, so Khatir cannot save it; nothing was changed. "
       "Allow writing to it (on Windows: right-click the file > Properties > untick "
       "Read-only > OK) and run again.",
    bn="{name} ওয়ার্কবুকটি শুধু-পড়ার (read-only), তাই খাতির এটি সেভ করতে পারে না; কিছুই বদলানো হয়নি। "
       "ফাইলটিতে লেখার অনুমতি দিন (Windows-এ: ফাইলে রাইট-ক্লিক > Properties > Read-only-এর টিক "
       "তুলে দিন > OK) এবং আবার চালান।")
FOLDER_READ_ONLY = Text(
    en="Khatir cannot create files in the folder of {name} ({folder}), which it needs to save the "
       "workbook safely; nothing was changed. Allow writing in that folder, or move the workbook.",
    bn="{name}-এর ফোল্ডারে ({folder}) খাতির নতুন ফাইল তৈরি করতে পারে না, যা নিরাপদে সেভ করতে দরকার; "
       "কিছুই বদলানো হয়নি। ফোল্ডারে লেখার অনুমতি দিন, অথবা ওয়ার্কবুকটি অন্য ফোল্ডারে সরান।")
NO_SPACE = Text(
    en="The disk holding {name} has only {free} MB free and saving needs about {need} MB; "
       "nothing was changed. Free some space and run again.",
    bn="{name} যে ডিস্কে আছে সেখানে মাত্র {free} MB খালি, কিন্তু সেভ করতে প্রায় {need} MB লাগে; "
       "কিছুই বদলানো হয়নি। কিছু জায়গা খালি করে আবার চালান।")
NOT_SAVED = Text(
    en="The workbook {name} could not be saved ({reason}); the workbook and its newest backup "
       "are as they were. Check the disk has room and run again.",
    bn="{name} ওয়ার্কবুকটি সেভ করা যায়নি ({reason}); ওয়ার্কবুক ও তার শেষ ব্যাকআপ আগের মতোই আছে। "
       "ডিস্কে জায়গা আছে কি না দেখে আবার চালান।")
LOCKED = Text(
    en="The workbook {name} could not be saved: it is open or locked by another program (Excel?). "
       "Close it and run again; nothing was changed.",
    bn="{name} ওয়ার্কবুকটি সেভ করা যায়নি: এটি অন্য কোনো প্রোগ্রামে (Excel?) খোলা বা আটকানো। "
       "বন্ধ করে আবার চালান; কিছুই বদলানো হয়নি।")
KEPT_CHANGING = Text(
    en="The workbook {name} kept changing while Khatir was saving it (a colleague, or a sync app "
       "such as OneDrive, Dropbox or Google Drive); nothing was changed. Wait until it has "
       "finished syncing and run again.",
    bn="খাতির সেভ করার সময় {name} ওয়ার্কবুকটি বারবার বদলে যাচ্ছিল (কোনো সহকর্মী, বা OneDrive, "
       "Dropbox, Google Drive-এর মতো সিঙ্ক অ্যাপ); কিছুই বদলানো হয়নি। সিঙ্ক শেষ হলে আবার চালান।")


class FileChanged(Exception):
    """The file is no longer the version that was read; nothing was replaced."""


@dataclass(frozen=True)
class Version:
    """One version of a file: its stat stamp, and its bytes' digest (a copy with new times is the same)."""

    stamp: tuple[int, ...]
    digest: str

    def same_as(self, other: "Version | None") -> bool:
        return other is not None and (self.stamp == other.stamp or self.digest == other.digest)


def stamp_of(path: Path) -> tuple[int, ...] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns


def version_of(path: Path) -> Version | None:
    """The file's version, or None when it cannot be read."""
    stamp = stamp_of(path)
    if stamp is None:
        return None
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return Version(stamp, digest.hexdigest())


def is_current(path: Path, seen: Version | None) -> bool:
    """Whether ``path`` is still the version ``seen`` (cheap when nothing touched it)."""
    if seen is None:
        return False
    stamp = stamp_of(path)
    if stamp is not None and stamp == seen.stamp:
        return True
    return seen.same_as(version_of(path))


def real_path(path: Path) -> Path:
    """The file a (chain of) symlink(s) points at: that file is replaced, the link kept."""
    return Path(os.path.realpath(path))


def check_writable(path: Path) -> None:
    """Refuse a read-only workbook before any work is done."""
    target = real_path(path)
    try:
        mode = target.stat().st_mode
    except OSError:
        return  # a missing file is reported by the reader
    if not mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise SheetError(READ_ONLY, name=path.name)
    if not os.access(target.parent, os.W_OK):
        raise SheetError(FOLDER_READ_ONLY, name=path.name, folder=target.parent)


def check_space(path: Path, need: int) -> None:
    target = real_path(path)
    try:
        free = shutil.disk_usage(target.parent).free
    except OSError:
        return  # cannot tell: the write itself will say so if it fails
    if free < need:
        raise SheetError(NO_SPACE, name=path.name, free=_mb(free), need=_mb(need))


def _mb(n: int) -> str:
    return f"{n / (1 << 20):.1f}"


def replace_file(path: Path, fill: Callable[[Path], None], *, backups: int,
                 still_current: Callable[[], bool] = lambda: True,
                 backup_dir: str = BACKUP_DIR) -> None:
    """Have ``fill`` write the new version to a temporary file, then swap it in for ``path``.

    ``still_current`` is asked right before the swap (and before the backup);
    when it says no, ``FileChanged`` is raised and ``path`` is left as it is.
    """
    target = real_path(path)
    exists = target.exists()
    if exists:
        check_writable(path)
    size = target.stat().st_size if exists else 0
    check_space(path, size * (2 if backups and exists else 1) + SPARE_BYTES)
    mode = stat.S_IMODE(target.stat().st_mode) if exists else None
    tmp = target.with_name(f".{target.stem}.khatir-tmp{target.suffix}")
    try:
        _create_private(tmp, private=exists)  # a new file gets the usual permissions
        fill(tmp)
        _fsync(tmp)
        if mode is not None:
            os.chmod(tmp, mode)
        if exists and not still_current():
            raise FileChanged
        if exists and backups:
            backup(target, backups, target.parent / backup_dir)
            if not still_current():
                raise FileChanged
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except PermissionError:
        raise SheetError(LOCKED, name=path.name) from None
    except OSError as exc:
        raise SheetError(NOT_SAVED, name=path.name, reason=exc.strerror or exc) from None
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass


def backup(target: Path, keep: int, folder: Path) -> None:
    """Keep the last ``keep`` versions as <folder>/<name>.1.xlsx (newest), .2, ...

    The new backup is written in full and flushed under a temporary name first;
    only then are the older ones renumbered (renames need no space), so a
    failure leaves every backup as it was.
    """
    folder.mkdir(exist_ok=True)
    name = lambda n: folder / f"{target.stem}.{n}{target.suffix}"  # noqa: E731
    partial = folder / f".{target.stem}.partial{target.suffix}"
    try:
        shutil.copy2(target, partial)
        _fsync(partial)
    except BaseException:
        try:
            partial.unlink()
        except OSError:
            pass
        raise
    for n in range(keep, 1, -1):
        if name(n - 1).exists():
            os.replace(name(n - 1), name(n))
    os.replace(partial, name(1))


def _create_private(path: Path, private: bool = True) -> None:
    """Start the temporary file readable by its owner only (it is given the real mode later).

    A leftover of a killed run is removed first.
    """
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    if private:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
        os.close(fd)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
