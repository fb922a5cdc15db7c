"""What a file that cannot be read as an .xlsx workbook really is, and the one sentence that
tells the owner what to do with it.

The reader's own words ("invalid Zip archive: Could not find EOCD") mean nothing to a shop
owner, and "save it as .xlsx" is the wrong advice for a file with a password (saving keeps
the password). The first bytes of the file tell most cases apart: a text file (a CSV a POS
"exported to Excel"), a web page (an HTML table, what many web shops' "Export to Excel"
gives), an old Excel 97-2003 file or a password-protected workbook (both an OLE2 container,
told apart by the ``EncryptedPackage`` stream a password-protected .xlsx has), or a zip cut
short (a copy or a download that did not finish). Only when Khatir's backups folder holds a
copy of this very workbook is the owner pointed there.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import SheetError
from ..i18n import Text

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_SNIFF = 1 << 16  # the first 64 KiB tell a text or an HTML file

CSV = Text(
    en="The file {path} is a text file (CSV), not an .xlsx workbook, though its name ends in .xlsx: "
       "open it in Excel or LibreOffice, choose File > Save As, pick \"Excel Workbook (.xlsx)\", "
       "and run Khatir on the saved file.",
    bn="{path} ফাইলটি একটি টেক্সট ফাইল (CSV), .xlsx ওয়ার্কবুক নয়, যদিও নামের শেষে .xlsx আছে: "
       "Excel বা LibreOffice-এ খুলে File > Save As বেছে নিন, \"Excel Workbook (.xlsx)\" ধরন দিন, "
       "তারপর সেভ করা ফাইলটি দিয়ে খাতির চালান।")
HTML = Text(
    en="The file {path} is a web page (an HTML table, as some programs' \"Export to Excel\" "
       "writes), not an .xlsx workbook: open it in Excel or LibreOffice, choose File > Save As, "
       "pick \"Excel Workbook (.xlsx)\", and run Khatir on the saved file.",
    bn="{path} ফাইলটি একটি ওয়েব পেজ (HTML টেবিল, কিছু প্রোগ্রামের \"Export to Excel\" যেমন লেখে), "
       ".xlsx ওয়ার্কবুক নয়: Excel বা LibreOffice-এ খুলে File > Save As বেছে নিন, "
       "\"Excel Workbook (.xlsx)\" ধরন দিন, তারপর সেভ করা ফাইলটি দিয়ে খাতির চালান।")
XLS = Text(
    en="The file {path} is an old Excel 97-2003 workbook (.xls), not an .xlsx workbook, though its "
       "name ends in .xlsx: open it in Excel or LibreOffice, choose File > Save As, pick \"Excel "
       "Workbook (.xlsx)\", and run Khatir on the saved file.",
    bn="{path} ফাইলটি পুরনো Excel 97-2003 ওয়ার্কবুক (.xls), .xlsx নয়, যদিও নামের শেষে .xlsx আছে: "
       "Excel বা LibreOffice-এ খুলে File > Save As বেছে নিন, \"Excel Workbook (.xlsx)\" ধরন দিন, "
       "তারপর সেভ করা ফাইলটি দিয়ে খাতির চালান।")
PASSWORD = Text(
    en="The workbook {path} is protected with a password, so Khatir cannot read it: remove the "
       "password (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the "
       "password, OK, save; in LibreOffice: File > Save As, untick \"Save with password\", save "
       "as .xlsx), then run again.",
    bn="{path} ওয়ার্কবুকটি পাসওয়ার্ড দিয়ে সুরক্ষিত, তাই খাতির পড়তে পারছে না: পাসওয়ার্ডটি তুলে দিন "
       "(Excel-এ: File > Info > Protect Workbook > Encrypt with Password, পাসওয়ার্ড মুছে OK, তারপর "
       "সেভ; LibreOffice-এ: File > Save As, \"Save with password\" থেকে টিক তুলে .xlsx হিসেবে "
       "সেভ), তারপর আবার চালান।")
TRUNCATED = Text(
    en="The file {path} is incomplete or damaged (its end is missing, as when a copy or a download "
       "did not finish), so Khatir cannot read it: copy or download it again, or open it in Excel, "
       "which may offer to repair it, and save it as .xlsx.",
    bn="{path} ফাইলটি অসম্পূর্ণ বা নষ্ট (এর শেষ অংশ নেই, যেমন কপি বা ডাউনলোড শেষ না হলে হয়), তাই "
       "খাতির পড়তে পারছে না: ফাইলটি আবার কপি বা ডাউনলোড করুন, অথবা Excel-এ খুলুন (Excel মেরামত "
       "করতে চাইতে পারে) আর .xlsx হিসেবে সেভ করুন।")
TRUNCATED_BACKUPS = Text(
    en="The file {path} is incomplete or damaged (its end is missing, as when a copy or a download "
       "did not finish), so Khatir cannot read it: restore the newest copy from {backups}, or open "
       "it in Excel, which may offer to repair it, and save it as .xlsx.",
    bn="{path} ফাইলটি অসম্পূর্ণ বা নষ্ট (এর শেষ অংশ নেই, যেমন কপি বা ডাউনলোড শেষ না হলে হয়), তাই "
       "খাতির পড়তে পারছে না: {backups} থেকে সবচেয়ে নতুন কপিটি ফিরিয়ে আনুন, অথবা Excel-এ খুলুন "
       "(Excel মেরামত করতে চাইতে পারে) আর .xlsx হিসেবে সেভ করুন।")


def what_it_is(path: Path, backups: Path | None) -> SheetError | None:
    """The sentence for a file that is no .xlsx workbook at all, or None when it is a zip
    package (an .xlsx with a fault inside: the caller says that). ``backups``: the folder
    holding a copy of this workbook, or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF)
            if head.startswith(_OLE2):
                whole = head + fh.read(1 << 24)  # the stream names sit in the directory sectors
                return SheetError(PASSWORD if _ENCRYPTED in whole else XLS, path=path)
    except OSError:
        return None
    if head.startswith(b"PK"):
        if _complete_zip(path):
            return None
        if backups is not None:
            return SheetError(TRUNCATED_BACKUPS, path=path, backups=backups)
        return SheetError(TRUNCATED, path=path)
    text = _as_text(head)
    if text is None:
        return None
    lead = text.lstrip("\ufeff \t\r\n").lower()
    if lead.startswith("<") and any(tag in lead[:_SNIFF] for tag in ("<html", "<table", "<!doctype html")):
        return SheetError(HTML, path=path)
    if lead.startswith("<"):
        return None  # some other XML (an Excel 2003 XML file): the general sentence
    return SheetError(CSV, path=path)


def _complete_zip(path: Path) -> bool:
    """Whether the zip's central directory is there (it sits at the very end)."""
    import zipfile
    try:
        with zipfile.ZipFile(path):
            return True
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _as_text(head: bytes) -> str | None:
    """The bytes as text when they look like text (no NUL, decodable), else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as Excel's "Unicode text" saves
        text = head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    elif not head or b"\x00" in head[:4096]:
        return None
    else:
        try:
            text = head.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3:  # cut inside the last character
                text = head[:exc.start].decode("utf-8-sig", errors="replace")
            else:
                text = head.decode("cp1252", errors="replace")
    sample = text[:4096]
    printable = sum(c.isprintable() or c in "\r\n\t" for c in sample)
    return text if printable >= 0.95 * len(sample) else None


def backup_folder(path: Path, folder: Path) -> Path | None:
    """``folder`` when it holds a copy of this workbook (Khatir's ``name.N.xlsx``), else None."""
    try:
        if any(folder.glob(f"{_glob_escape(path.stem)}.*{path.suffix}")):
            return folder
    except OSError:
        pass
    return None


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


MISSING_PART = Text(
    en="The workbook {path} lists a tab '{tab}' whose data is missing from the file (or stored where "
       "Khatir cannot find it), so Khatir cannot read it: open the file in Excel and save it as "
       ".xlsx, then run again; nothing was changed.",
    bn="{path} ওয়ার্কবুকে '{tab}' নামে একটি ট্যাবের নাম আছে, কিন্তু ফাইলে তার তথ্য নেই (অথবা এমন "
       "জায়গায় রাখা যেখানে খাতির খুঁজে পায় না), তাই খাতির পড়তে পারছে না: ফাইলটি Excel-এ খুলে .xlsx "
       "হিসেবে সেভ করুন, তারপর আবার চালান; কিছুই বদলানো হয়নি।")
