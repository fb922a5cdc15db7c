"""What the customer asked about being called, in their latest call note: the check-in respects it.

Three requests the fifth story trial found forgotten by the "no contact for 36 days" check-in:

- **they will call us** ("আমাদের ফোন দিতে হবে না, দরকার হলে উনি নিজেই ফোন দিবেন", "she'll call us
  when she needs"): no check-in for ``SELF_QUIET_DAYS`` after that note, then the row quotes it;
- **abroad** ("Saudi gesen, December e firben"): no check-in before the first of the month they
  come back (else ``AWAY_QUIET_DAYS``), then the row quotes it;
- **a call-back with no day** ("exam er por call dite bolse", "ঈদের পর ফোন দিতে বলছে"): the note
  gives no day, so no follow-up falls due; after ``VAGUE_AFTER_DAYS`` a "call back, no day given"
  check-in row asks staff to call or to write the day in Follow Up On (no message: the agent asks).

Only the customer's latest note counts: a later call is a newer word from them. The words live
here, not in ``khatir.notes``: they are about the shop's calls, not about the customer's life.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from ..sheet.records import CallNote

SELF = "self"
AWAY = "away"
VAGUE = "vague"
# A customer who said they will call when they need the shop: a season's quiet, then a check-in.
SELF_QUIET_DAYS = 60
# Abroad with no month of return given: about the length of a visit or an Umrah.
AWAY_QUIET_DAYS = 60
# "After the exam", "after Eid": two weeks covers most exams and the Eid holidays; then the
# agent is asked to call or to pick the day.
VAGUE_AFTER_DAYS = 14
# ... and the row stays this long: after that the ordinary check-in takes over.
VAGUE_SHOWN_DAYS = 60

_SELF = re.compile(
    r"nijei? (?:phone|fon|call|kol) (?:dibe|diben|korbe|korben)|নিজেই? (?:ফোন|কল) (?:দিবেন|দেবেন|দিবে|দেবে|করবেন)"
    r"|(?:আমাদের )?(?:ফোন|কল) (?:দিতে|করতে) হবে না|(?:phone|fon|call|kol) (?:dite|korte) hobe na"
    r"|(?:he|she|they)(?:'ll| will) call (?:us|back|when)|i(?:'ll| will) call you|will call us"
    r"|dorkar hole (?:phone|fon|call|kol) (?:dibe|diben)|দরকার হলে (?:উনি )?(?:নিজেই )?(?:ফোন|কল)")
_AWAY = re.compile(
    r"saudi|সৌদি|dubai|দুবাই|bidesh|বিদেশ|abroad|overseas|malaysia|মালয়েশিয়া|qatar|কাতার|kuwait|কুয়েত"
    r"|oman|ওমান|singapore|সিঙ্গাপুর|italy|ইতালি|london|লন্ডন|umrah|ওমরাহ|উমরাহ|\bhajj?\b|হজ্জ?ে"
    r"|out of the country|deshe nai|দেশে নেই|desher baire|দেশের বাইরে")
_BACK_ALREADY = re.compile(
    r"firse|firechen|fire asch?en|ফিরেছেন|ফিরসে|ফিরে এসেছেন|came back|is back|returned|back home")
_VAGUE = re.compile(
    r"(?:exam|porikk?ha|eid|puja|pujo|roja|ramadan|ramzan|chh?uti|holiday)\s*(?:er|r|e)?\s*(?:por|pore)\b"
    r"|(?:পরীক্ষা|ঈদ|ইদ|পূজা|পুজো|রোজা|রমজান|ছুটি)\S*\s*(?:পর|পরে)(?!\S)"
    r"|after (?:the |her |his )?(?:exams?|eid|puja|ramadan|holidays?)")
_CALL = re.compile(r"call|kol|কল|ফোন|phone|fon|jogajog|যোগাযোগ|contact")
_MONTHS = (("jan", "জানুয়ারি"), ("feb", "ফেব্রুয়ারি"), ("march", "মার্চ"), ("april", "এপ্রিল"), ("", ""),
           ("june", "জুন"), ("july", "জুলাই"), ("aug", "আগস্ট"), ("sep", "সেপ্টেম্বর"), ("oct", "অক্টোবর"),
           ("nov", "নভেম্বর"), ("dec", "ডিসেম্বর"))


@dataclass(frozen=True)
class Asked:
    note: CallNote
    kind: str  # SELF, AWAY or VAGUE
    until: date  # SELF, AWAY: no check-in before; VAGUE: the call-back row shows from

    def quiet(self, today: date) -> bool:
        """The check-in waits (they will call us; still abroad)."""
        return self.kind in (SELF, AWAY) and today < self.until


def asked(note: CallNote) -> Asked | None:
    """What ``note`` asks about calling them, if anything the check-in should respect."""
    text = " ".join(note.note.casefold().split())
    if _SELF.search(text):
        return Asked(note, SELF, note.date + timedelta(days=SELF_QUIET_DAYS))
    if _AWAY.search(text) and not _BACK_ALREADY.search(text):
        return Asked(note, AWAY, _back_in(text, note.date) or note.date + timedelta(days=AWAY_QUIET_DAYS))
    if _VAGUE.search(text) and _CALL.search(text):
        return Asked(note, VAGUE, note.date + timedelta(days=VAGUE_AFTER_DAYS))
    return None


def _back_in(text: str, noted: date) -> date | None:
    """The first of the month named ("December e firben"), the next one after the note's month."""
    for number, names in enumerate(_MONTHS, start=1):
        if any(name and re.search(rf"(?<![a-z]){name}", text) for name in names):
            year = noted.year + (1 if number <= noted.month else 0)
            return date(year, number, 1)
    return None


def latest_asks(notes: Iterable[CallNote], today: date) -> dict[str, Asked]:
    """Per customer, the request of their latest note up to ``today`` (none when that note asks
    nothing, is Done, or has a Follow Up On day: staff have then decided)."""
    latest: dict[str, CallNote] = {}
    for n in notes:
        if n.date <= today and (n.customer_id not in latest
                                or (n.date, n.row) > (latest[n.customer_id].date, latest[n.customer_id].row)):
            latest[n.customer_id] = n
    out = {}
    for cid, n in latest.items():
        if n.done or n.follow_up_on is not None:
            continue
        found = asked(n)
        if found is not None:
            out[cid] = found
    return out
