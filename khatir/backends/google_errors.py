"""Google's refusals, in one sentence an owner can act on, in Bengali and English.

The common first-day mistakes each get their own sentence: the sheet not shared
with the service account (naming the ``client_email`` to share with), the Sheets
API not enabled in the Cloud project (403 with reason ``SERVICE_DISABLED``), a
key deleted or disabled, an OAuth sign-in that expired or was revoked (an app in
Testing mode must sign in again every 7 days), and no internet.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import SheetError
from ..i18n import Text

GUIDE = "docs/google-sheets.md"

NOT_A_LINK = Text(
    en="'{text}' is not a Google Sheets link; copy the link from the browser's address bar while "
       "the sheet is open.",
    bn="'{text}' গুগল শিটের লিংক নয়; শিটটি খোলা অবস্থায় ব্রাউজারের ঠিকানা-বার থেকে লিংকটি কপি করুন।")
NOT_A_NUMBER = Text(
    en="In {file}, [google] {key} is {value}; write a whole number of 0 or more, without quotes.",
    bn="{file} ফাইলে [google] {key} হলো {value}; উদ্ধৃতিচিহ্ন ছাড়া ০ বা তার বেশি একটি পূর্ণ সংখ্যা লিখুন।")
NO_SHEET = Text(
    en="No Google Sheet was found for '{key}'; copy the link from the browser's address bar and "
       "check it.",
    bn="'{key}'-এর জন্য কোনো গুগল শিট পাওয়া যায়নি; ব্রাউজারের ঠিকানা-বার থেকে লিংকটি কপি করে মিলিয়ে দেখুন।")
API_DISABLED = Text(
    en="The Google Sheets API is not enabled for your Google Cloud project; enable it (README, "
       "step 2) and run again in a few minutes.",
    bn="আপনার গুগল ক্লাউড প্রজেক্টে Google Sheets API চালু করা নেই; এটি চালু করুন (README, ধাপ ২), "
       "তারপর কয়েক মিনিট পরে আবার চালান।")
NOT_SHARED = Text(
    en="The sheet is not shared with the service account {account}; open the sheet, click Share, "
       "add that address as Editor, and run again.",
    bn="শিটটি সার্ভিস অ্যাকাউন্ট {account}-এর সঙ্গে শেয়ার করা নেই; শিটটি খুলে Share চাপুন, ওই "
       "ঠিকানাটি Editor হিসেবে যোগ করুন, তারপর আবার চালান।")
NOT_SHARED_USER = Text(
    en="The sheet is not shared with the Google account Khatir signed in with; open the sheet, click "
       "Share, add that account as Editor (or sign in again with the right account: delete {file}), "
       "and run again.",
    bn="খাতির যে গুগল অ্যাকাউন্টে সাইন ইন করেছে, শিটটি তার সঙ্গে শেয়ার করা নেই; শিটটি খুলে Share "
       "চাপুন, ওই অ্যাকাউন্টটি Editor হিসেবে যোগ করুন (অথবা {file} মুছে সঠিক অ্যাকাউন্টে আবার সাইন "
       "ইন করুন), তারপর আবার চালান।")
NOT_ACCEPTED = Text(
    en="Google did not accept the credentials; download a new key file (README, step 3) and run "
       "again.",
    bn="গুগল এই পরিচয়পত্র গ্রহণ করেনি; নতুন একটি কী ফাইল ডাউনলোড করুন (README, ধাপ ৩), তারপর আবার চালান।")
KEY_REVOKED = Text(
    en="Google no longer accepts the service-account key {file} (the key was deleted or disabled, "
       "or the account was removed); make a new JSON key (README, step 3), save it over that file, "
       "and run again.",
    bn="গুগল আর সার্ভিস অ্যাকাউন্টের কী {file} গ্রহণ করছে না (কী-টি মুছে বা বন্ধ করে দেওয়া হয়েছে, "
       "অথবা অ্যাকাউন্টটি সরানো হয়েছে); নতুন একটি JSON কী বানান (README, ধাপ ৩), ওই ফাইলের জায়গায় "
       "সেভ করুন, তারপর আবার চালান।")
SIGN_IN_EXPIRED = Text(
    en="Google no longer accepts Khatir's sign-in saved in {file} (it expired or was revoked; while "
       "the app is in Testing mode this happens every 7 days); delete that file and run Khatir once "
       "by hand to sign in again (" + GUIDE + ", 'Without a service account').",
    bn="{file}-এ রাখা খাতিরের সাইন-ইন গুগল আর গ্রহণ করছে না (মেয়াদ শেষ হয়েছে বা বাতিল করা হয়েছে; "
       "অ্যাপটি Testing অবস্থায় থাকলে প্রতি ৭ দিনে এমন হয়); ফাইলটি মুছে খাতির একবার নিজে চালিয়ে "
       "আবার সাইন ইন করুন (" + GUIDE + ", 'Without a service account')।")
UNREACHABLE = Text(
    en="Could not {what}: Google cannot be reached (is the internet connection down?); check the "
       "connection and run again.",
    bn="{what} গেল না: গুগলের সঙ্গে যোগাযোগ করা যাচ্ছে না (ইন্টারনেট সংযোগ কি বন্ধ?); সংযোগ দেখে "
       "আবার চালান।")
QUOTA = Text(
    en="Could not {what}: Google says too many requests (quota); wait a minute and run again.",
    bn="{what} গেল না: গুগল বলছে অনুরোধ খুব বেশি হয়েছে (কোটা); এক মিনিট অপেক্ষা করে আবার চালান।")
BUSY = Text(
    en="Could not {what}: Google answered with an error {status} several times; run again later.",
    bn="{what} গেল না: গুগল কয়েকবার {status} ত্রুটি দিয়েছে; কিছুক্ষণ পরে আবার চালান।")
OTHER = Text(
    en="Could not {what}: Google answered {status} ({message}); check the sheet and run again.",
    bn="{what} গেল না: গুগল {status} উত্তর দিয়েছে ({message}); শিটটি দেখে আবার চালান।")

#: What the backend was doing, for "Could not ...", in both languages.
DOING = {
    "read the sheet's tabs": Text(en="read the sheet's tabs", bn="শিটের ট্যাবগুলো পড়া"),
    "read the sheet": Text(en="read the sheet", bn="শিট পড়া"),
    "write to the sheet": Text(en="write to the sheet", bn="শিটে লেখা"),
    "set up the sheet": Text(en="set up the sheet", bn="শিট সাজানো"),
}


def _doing(what: str) -> Text:
    return DOING.get(what) or Text(en=what, bn=what)


def _error_body(response: Any) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _reasons(error: dict) -> set[str]:
    """The ``reason`` of every ErrorInfo detail (Sheets v4) or ``errors`` entry (older APIs)."""
    out = {str(d.get("reason", "")) for d in error.get("details", []) if isinstance(d, dict)}
    out |= {str(e.get("reason", "")) for e in error.get("errors", []) if isinstance(e, dict)}
    return out - {""}


def explain_api_error(err: Any, key: str, what: str, account: str | None,
                      auth_file: Path | None = None) -> SheetError:
    """Google's error, in words an owner can act on."""
    status = err.response.status_code
    error = _error_body(err.response)
    message = str(error.get("message", ""))
    reasons = _reasons(error)
    if status == 404:
        return SheetError(NO_SHEET, key=key)
    if status == 403 and ({"SERVICE_DISABLED", "accessNotConfigured"} & reasons
                          or "has not been used" in message or "is disabled" in message):
        return SheetError(API_DISABLED)
    if status == 403:
        if account:
            return SheetError(NOT_SHARED, account=account)
        return SheetError(NOT_SHARED_USER, file=auth_file or "authorized_user.json")
    if status == 401:
        return SheetError(NOT_ACCEPTED)
    return SheetError(OTHER, what=_doing(what), status=status,
                      message=message or Text(en="no details", bn="বিস্তারিত নেই"))


def explain_refresh_error(err: Exception, account: str | None, auth_file: Path | None) -> SheetError:
    """Google refused to give Khatir a token: the key or the saved sign-in is no longer good."""
    if account:
        return SheetError(KEY_REVOKED, file=auth_file or "credentials.json")
    return SheetError(SIGN_IN_EXPIRED, file=auth_file or "authorized_user.json")


def gave_up(what: str, failure: Exception) -> SheetError:
    """The retries are used up: why, in one sentence."""
    status = getattr(getattr(failure, "response", None), "status_code", None)
    if status is None:
        return SheetError(UNREACHABLE, what=_doing(what))
    if status == 429:
        return SheetError(QUOTA, what=_doing(what))
    return SheetError(BUSY, what=_doing(what), status=status)
