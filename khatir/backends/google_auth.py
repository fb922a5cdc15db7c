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
from .emulator import emulator_client, emulator_host_from_env

SCOPES = ["https://www.googleapis.com/auth/spreadsheets",
          "https://www.googleapis.com/auth/drive.file"]
KEY_ENV = "KHATIR_CREDENTIALS"


def make_client(settings: Settings, timeout: float):
    host = emulator_host_from_env()
    if host:
        return emulator_client(host, timeout=timeout)
    import gspread
    key_file = Path(os.environ.get(KEY_ENV) or settings.credentials)
    if not key_file.exists() and settings.oauth_client:
        return _oauth_client(settings, timeout)
    creds = _service_account(key_file)
    client = gspread.Client(auth=creds)
    client.set_timeout(timeout)
    return client


def _service_account(key_file: Path):
    from google.oauth2.service_account import Credentials
    if not key_file.exists():
        raise SheetError(f"The service-account key file {key_file} is missing; make one as the "
                         f"README explains (Google Sheets set-up, step 3) and save it there, or "
                         f"set credentials under [google] in the settings.")
    try:
        info = json.loads(key_file.read_text(encoding="utf-8-sig"))
        if info.get("type") != "service_account" or "client_email" not in info:
            raise ValueError("not a service-account key")
        return Credentials.from_service_account_info(info, scopes=SCOPES)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise SheetError(f"The key file {key_file} is not a valid service-account key ({exc}); "
                         f"download a new JSON key for the service account (README, step 3) and "
                         f"replace the file.") from None


def _oauth_client(settings: Settings, timeout: float):
    import gspread
    client_file = Path(settings.oauth_client)
    if not client_file.exists():
        raise SheetError(f"The OAuth client file {client_file} is missing; download it from the "
                         f"Google Cloud console (README, 'Without a service account').")
    token = client_file.with_name("authorized_user.json")
    client = gspread.oauth(scopes=SCOPES, credentials_filename=str(client_file),
                           authorized_user_filename=str(token))
    client.set_timeout(timeout)
    return client


def service_account_email(settings: Settings) -> str | None:
    """The address the sheet must be shared with, read from the key file if there is one."""
    if emulator_host_from_env():
        return None
    key_file = Path(os.environ.get(KEY_ENV) or settings.credentials)
    try:
        return json.loads(key_file.read_text(encoding="utf-8-sig")).get("client_email")
    except (OSError, ValueError):
        return None
