"""Getting a gspread client: the emulator, a service-account key, or OAuth.

``SHEETS_EMULATOR_HOST=127.0.0.1:PORT`` points everything at a local
Sheets-compatible server (as Google's own libraries do for their emulators), with
no credentials. Otherwise a service-account key file is used; owners who cannot
make one can set ``oauth_client`` and sign in once in the browser.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..config import Settings
from ..errors import SheetError
from ..i18n import Text
from .emulator import emulator_client, emulator_host_from_env

SCOPES = ["https://www.googleapis.com/auth/spreadsheets",
          "https://www.googleapis.com/auth/drive.file"]
KEY_ENV = "KHATIR_CREDENTIALS"
TOKEN_FILE = "authorized_user.json"

NO_KEY = Text(
    en="The service-account key file {path} is missing; make one as the README explains (Google "
       "Sheets set-up, step 3) and save it there, or set credentials under [google] in the settings "
       "(if your Google Workspace does not allow keys, sign in with OAuth instead: "
       "docs/google-sheets.md).",
    bn="সার্ভিস অ্যাকাউন্টের কী ফাইল {path} নেই; README-তে যেভাবে বলা আছে সেভাবে একটি বানিয়ে "
       "(গুগল শিট সেট-আপ, ধাপ ৩) সেখানে সেভ করুন, অথবা সেটিংসের [google] অংশে credentials লিখুন "
       "(আপনার Google Workspace কী বানাতে না দিলে OAuth দিয়ে সাইন ইন করুন: docs/google-sheets.md)।")
KEY_SAVED_TWICE = Text(
    en="The service-account key file {path} is missing, but {twice} is there: Windows hid the "
       "\".json\" ending when it was saved; rename it to {name} and run again.",
    bn="সার্ভিস অ্যাকাউন্টের কী ফাইল {path} নেই, কিন্তু {twice} আছে: সেভ করার সময় Windows \".json\" "
       "অংশটি লুকিয়ে রেখেছিল; ফাইলটির নাম বদলে {name} করুন, তারপর আবার চালান।")
BAD_KEY = Text(
    en="The key file {path} is not a valid service-account key ({error}); download a new JSON key "
       "for the service account (README, step 3) and replace the file.",
    bn="কী ফাইল {path} সঠিক সার্ভিস-অ্যাকাউন্ট কী নয় ({error}); সার্ভিস অ্যাকাউন্টের জন্য নতুন একটি "
       "JSON কী ডাউনলোড করে (README, ধাপ ৩) ফাইলটি বদলে দিন।")
NO_CLIENT = Text(
    en="The OAuth client file {path} is missing; download it from the Google Cloud console "
       "(docs/google-sheets.md, 'Without a service account').",
    bn="OAuth ক্লায়েন্ট ফাইল {path} নেই; গুগল ক্লাউড কনসোল থেকে এটি ডাউনলোড করুন "
       "(docs/google-sheets.md, 'Without a service account')।")
BAD_TOKEN = Text(
    en="The saved sign-in {path} cannot be read ({error}); delete it and run Khatir once by hand "
       "to sign in again.",
    bn="সেভ করা সাইন-ইন {path} পড়া যাচ্ছে না ({error}); ফাইলটি মুছে খাতির একবার নিজে চালিয়ে আবার "
       "সাইন ইন করুন।")


def make_client(settings: Settings, timeout: float):
    host = emulator_host_from_env()
    if host:
        return emulator_client(host, timeout=timeout)
    import gspread
    key_file = Path(os.environ.get(KEY_ENV) or settings.credentials)
    if not key_file.exists() and settings.oauth_client:
        return _oauth_client(settings.oauth_client, timeout)
    creds = _service_account(key_file)
    client = gspread.Client(auth=creds)
    client.set_timeout(timeout)
    return client


def _service_account(key_file: Path):
    from google.oauth2.service_account import Credentials
    if not key_file.exists():
        twice = key_file.with_name(key_file.name + ".json")
        if key_file.suffix == ".json" and twice.exists():
            raise SheetError(KEY_SAVED_TWICE, path=key_file, twice=twice.name, name=key_file.name)
        raise SheetError(NO_KEY, path=key_file)
    try:
        info = json.loads(key_file.read_text(encoding="utf-8-sig"))
        if info.get("type") != "service_account" or "client_email" not in info:
            raise ValueError("not a service-account key")
        return Credentials.from_service_account_info(info, scopes=SCOPES)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise SheetError(BAD_KEY, path=key_file, error=exc) from None


def _oauth_client(client_file: Path, timeout: float):
    import gspread
    if not client_file.exists():
        twice = client_file.with_name(client_file.name + ".json")
        if client_file.suffix == ".json" and twice.exists():
            raise SheetError(KEY_SAVED_TWICE, path=client_file, twice=twice.name, name=client_file.name)
        raise SheetError(NO_CLIENT, path=client_file)
    token = client_file.with_name(TOKEN_FILE)
    try:
        client = gspread.oauth(scopes=SCOPES, credentials_filename=str(client_file),
                               authorized_user_filename=str(token))
    except (ValueError, KeyError) as exc:  # a hand-edited or half-written token file
        raise SheetError(BAD_TOKEN, path=token, error=exc) from None
    client.set_timeout(timeout)
    return client


def auth_file(settings: Settings) -> Path | None:
    """The file Google may stop accepting: the service-account key, or the saved OAuth sign-in."""
    if emulator_host_from_env():
        return None
    key_file = Path(os.environ.get(KEY_ENV) or settings.credentials)
    if not key_file.exists() and settings.oauth_client:
        return Path(settings.oauth_client).with_name(TOKEN_FILE)
    return key_file


def service_account_email(settings: Settings) -> str | None:
    """The address the sheet must be shared with, read from the key file if there is one."""
    if emulator_host_from_env():
        return None
    key_file = Path(os.environ.get(KEY_ENV) or settings.credentials)
    try:
        return json.loads(key_file.read_text(encoding="utf-8-sig")).get("client_email")
    except (OSError, ValueError):
        return None
