"""The Google failures an owner meets in the first days, over real HTTP against the local
Sheets server: each ends in one sentence, in Bengali and English, that says what to do."""
from __future__ import annotations

import json

import gspread
import pytest
from google.oauth2.credentials import Credentials as UserCredentials
from google.oauth2.service_account import Credentials as ServiceCredentials

from conftest import TODAY, basic_grids, fixed_clock
from khatir.backends.emulator import GOOGLE_HOSTS, EmulatorAdapter, emulator_client
from khatir.backends.google import GoogleBackend, RetryPolicy
from khatir.backends.google_auth import SCOPES
from khatir.errors import SheetError
from khatir.jobs.daily import run_daily
from sheets_server import Fault

ACCOUNT = "khatir@rupkotha-shop.iam.gserviceaccount.com"
FAST = RetryPolicy(attempts=3, base_seconds=0.01, max_seconds=0.02, timeout_seconds=2)


def messages(err: SheetError) -> tuple[str, str]:
    return err.message("en"), err.message("bn")


def signed_in_client(server_host: str, credentials) -> gspread.Client:
    """A gspread client with real google-auth credentials (tokens from ``token_uri``), whose
    Sheets requests go to the local server."""
    client = gspread.Client(auth=credentials)
    adapter = EmulatorAdapter(server_host)
    for prefix in GOOGLE_HOSTS:
        client.http_client.session.mount(prefix + "/", adapter)
    client.set_timeout(2)
    return client


def user_credentials(token_uri: str) -> UserCredentials:
    """What gspread.oauth loads from authorized_user.json: no access token yet, a refresh token."""
    return UserCredentials(token=None, refresh_token="1//refresh", client_id="id.apps.googleusercontent.com",
                           client_secret="secret", token_uri=token_uri, scopes=SCOPES)


@pytest.fixture(scope="module")
def private_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def service_credentials(token_uri: str, private_key: str) -> ServiceCredentials:
    return ServiceCredentials.from_service_account_info({
        "type": "service_account", "project_id": "rupkotha-shop", "private_key_id": "k1",
        "private_key": private_key, "client_email": ACCOUNT, "client_id": "1",
        "token_uri": token_uri}, scopes=SCOPES)


# -- the sheet is not shared; the API is not enabled ---------------------------------------

def test_a_sheet_not_shared_names_the_address_to_share_with(sheets_server, google_sheet):
    sheet = google_sheet(basic_grids())
    sheets_server.unshare(sheet.sid)
    backend = GoogleBackend(emulator_client(sheets_server.host), sheet.sid, FAST, account=ACCOUNT)
    with pytest.raises(SheetError) as info:
        backend.read()
    assert messages(info.value) == (
        f"The sheet is not shared with the service account {ACCOUNT}; open the sheet, click Share, "
        f"add that address as Editor, and run again.",
        f"শিটটি সার্ভিস অ্যাকাউন্ট {ACCOUNT}-এর সঙ্গে শেয়ার করা নেই; শিটটি খুলে Share চাপুন, ওই "
        f"ঠিকানাটি Editor হিসেবে যোগ করুন, তারপর আবার চালান।")
    answer = sheets_server.requests[-1]
    assert answer.status == 403
    assert json.loads(answer.response) == {"error": {
        "code": 403, "message": "The caller does not have permission", "status": "PERMISSION_DENIED"}}
    sheets_server.unshare(sheet.sid, shared=True)  # once shared, the same run goes through
    assert "Customers" in backend.read()


def test_not_shared_with_the_signed_in_google_account(sheets_server, google_sheet, tmp_path):
    sheet = google_sheet(basic_grids())
    sheets_server.unshare(sheet.sid)
    token = tmp_path / "authorized_user.json"
    backend = GoogleBackend(emulator_client(sheets_server.host), sheet.sid, FAST, auth_file=token)
    with pytest.raises(SheetError) as info:
        backend.read()
    assert str(info.value).startswith("The sheet is not shared with the Google account Khatir "
                                      "signed in with; open the sheet, click Share")
    assert str(token) in str(info.value)


def test_the_sheets_api_not_enabled_says_what_to_enable(sheets_server, google_sheet):
    sheet = google_sheet(basic_grids())
    sheets_server.disable_api()
    with pytest.raises(SheetError) as info:
        GoogleBackend(emulator_client(sheets_server.host), sheet.sid, FAST, account=ACCOUNT).read()
    assert messages(info.value) == (
        "The Google Sheets API is not enabled for your Google Cloud project; enable it (README, "
        "step 2) and run again in a few minutes.",
        "আপনার গুগল ক্লাউড প্রজেক্টে Google Sheets API চালু করা নেই; এটি চালু করুন (README, ধাপ ২), "
        "তারপর কয়েক মিনিট পরে আবার চালান।")
    error = json.loads(sheets_server.requests[-1].response)["error"]
    assert (error["code"], error["status"]) == (403, "PERMISSION_DENIED")
    assert error["details"][0]["reason"] == "SERVICE_DISABLED"


# -- expired or revoked sign-in, a deleted key -----------------------------------------------

def test_an_expired_or_revoked_sign_in_says_to_sign_in_again(sheets_server, google_sheet, tmp_path):
    sheet = google_sheet(basic_grids())
    token = tmp_path / "authorized_user.json"
    client = signed_in_client(sheets_server.host, user_credentials(sheets_server.token_uri))
    assert "Customers" in GoogleBackend(client, sheet.sid, FAST, auth_file=token).read()
    sheets_server.refuse_tokens("user")  # seven days later, in Testing mode
    client = signed_in_client(sheets_server.host, user_credentials(sheets_server.token_uri))
    with pytest.raises(SheetError) as info:
        GoogleBackend(client, sheet.sid, FAST, auth_file=token).read()
    english, bengali = messages(info.value)
    assert english.startswith(f"Google no longer accepts Khatir's sign-in saved in {token} (it "
                              f"expired or was revoked; while the app is in Testing mode this "
                              f"happens every 7 days); delete that file")
    assert bengali.startswith(f"{token}-এ রাখা খাতিরের সাইন-ইন গুগল আর গ্রহণ করছে না")


@pytest.mark.slow
def test_a_deleted_service_account_key_says_to_make_a_new_one(sheets_server, google_sheet,
                                                            private_key, tmp_path):
    sheet = google_sheet(basic_grids())
    key_file = tmp_path / "credentials.json"
    client = signed_in_client(sheets_server.host, service_credentials(sheets_server.token_uri, private_key))
    backend = GoogleBackend(client, sheet.sid, FAST, account=ACCOUNT, auth_file=key_file)
    run_daily(backend, _settings(), TODAY, fixed_clock())
    assert len(sheet.tab("Run Log")) == 2  # a real run with a real signed token request
    sheets_server.refuse_tokens("service_account")
    client = signed_in_client(sheets_server.host, service_credentials(sheets_server.token_uri, private_key))
    with pytest.raises(SheetError) as info:
        GoogleBackend(client, sheet.sid, FAST, account=ACCOUNT, auth_file=key_file).read()
    assert str(info.value).startswith(f"Google no longer accepts the service-account key {key_file} "
                                      f"(the key was deleted or disabled")


# -- no internet, Google busy: retried within the budget, then one sentence -------------------

def test_no_internet_while_getting_a_token_is_retried_then_one_sentence(sheets_server, google_sheet):
    sheet = google_sheet(basic_grids())
    slept: list[float] = []
    client = signed_in_client(sheets_server.host, user_credentials("http://127.0.0.1:9/token"))
    backend = GoogleBackend(client, sheet.sid, FAST, sleep=slept.append)
    with pytest.raises(SheetError) as info:
        backend.read()
    assert messages(info.value) == (
        "Could not read the sheet's tabs: Google cannot be reached (is the internet connection "
        "down?); check the connection and run again.",
        "শিটের ট্যাবগুলো পড়া গেল না: গুগলের সঙ্গে যোগাযোগ করা যাচ্ছে না (ইন্টারনেট সংযোগ কি বন্ধ?); "
        "সংযোগ দেখে আবার চালান।")
    assert 1 <= len(slept) <= FAST.attempts


@pytest.mark.parametrize("fault", [
    Fault(drop=True, times=2, match="spreadsheets"),
    Fault(status=500, times=1, match="values:batchGet"),
    Fault(status=502, times=2, match="spreadsheets"),
    Fault(status=504, times=1, match="batchUpdate"),
], ids=["connection-dropped", "500", "502-html", "504"])
@pytest.mark.slow
def test_a_passing_transport_error_or_5xx_is_retried(sheets_server, google_sheet, fault):
    sheet = google_sheet(basic_grids())
    sheets_server.inject_faults(fault)
    backend = GoogleBackend(emulator_client(sheets_server.host), sheet.sid, FAST, sleep=lambda s: None)
    result = run_daily(backend, _settings(), TODAY, fixed_clock())
    assert len(result.new_messages) == 2
    assert len(sheet.tab("Messages")) == 3 and len(sheet.tab("Run Log")) == 2
    assert sheets_server.pending_faults() == []


def test_google_down_for_longer_than_the_budget_is_one_sentence(sheets_server, google_sheet):
    sheet = google_sheet(basic_grids())
    sheets_server.inject_faults(Fault(status=503, times=50, match="spreadsheets"))
    backend = GoogleBackend(emulator_client(sheets_server.host), sheet.sid, FAST, sleep=lambda s: None)
    with pytest.raises(SheetError) as info:
        backend.read()
    assert messages(info.value) == (
        "Could not read the sheet's tabs: Google answered with an error 503 several times; run "
        "again later.",
        "শিটের ট্যাবগুলো পড়া গেল না: গুগল কয়েকবার 503 ত্রুটি দিয়েছে; কিছুক্ষণ পরে আবার চালান।")
    sheets_server.clear_faults()


def _settings():
    from khatir.config import build_settings
    return build_settings({"general": {"language": "en"}})


# -- the key file on Windows --------------------------------------------------------------

def test_a_key_saved_as_credentials_json_json_is_recognised(tmp_path, monkeypatch):
    from khatir.backends.google_auth import make_client
    from khatir.config import build_settings
    monkeypatch.delenv("SHEETS_EMULATOR_HOST", raising=False)
    monkeypatch.delenv("KHATIR_CREDENTIALS", raising=False)
    (tmp_path / "credentials.json.json").write_text("{}", encoding="utf-8")
    settings = build_settings({"google": {"credentials": str(tmp_path / "credentials.json")}})
    with pytest.raises(SheetError) as info:
        make_client(settings, timeout=5)
    assert str(info.value) == (
        f"The service-account key file {tmp_path / 'credentials.json'} is missing, but "
        f"credentials.json.json is there: Windows hid the \".json\" ending when it was saved; "
        f"rename it to credentials.json and run again.")
