"""Customers nobody has been in touch with for too long (the ``check_in`` list).

Contact is what the sheet shows: a Call Notes row (its Date) or a Messages row
whose Status is ``sent`` (its Sent On date, else the date it was created). The
limit in days depends on the customer's segment (``[stay_in_touch]`` in the
settings, for example ``existing = 60``; a ``default`` key covers segments not
listed; a segment with no limit, or 0, is never checked).

A customer never contacted at all is measured from their first purchase: a new
buyer who has heard nothing from the shop for longer than the limit is listed
("never contacted; first purchase 75 days ago"). A customer with neither a
contact nor a first purchase (a prospect nobody has called yet) has no date to
measure from and is skipped; prospects are the meetup invitations' job.

A customer who bought within their limit (a reseller who orders every two or three
weeks) is in touch with the shop, whatever the Call Notes say: never listed.

Do-Not-Contact customers are still listed: the caller marks them, so staff can
see them but no message is prepared.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from ..errors import ConfigError
from ..i18n import Text, bn_digits
from ..sheet.records import CallNote, Customer, Message
from ..settings_texts import STAY_IN_TOUCH_NOT_DAYS, STAY_IN_TOUCH_UNKNOWN_KEY

SENT_STATUSES = frozenset({"sent", "পাঠানো", "পাঠানো হয়েছে", "done"})
DEFAULT_LIMITS = {"interested": 30, "existing": 60, "lost": 90}

NO_CONTACT_FOR = Text(en="no contact for {days} days (limit {limit})",
                      bn="{days} দিন কোনো যোগাযোগ নেই (সীমা {limit} দিন)")
NEVER_CONTACTED = Text(en="never contacted; first purchase {days} days ago (limit {limit})",
                       bn="কখনো যোগাযোগ হয়নি; প্রথম কেনা {days} দিন আগে (সীমা {limit} দিন)")
#: One purchase only: "first purchase" of a customer who bought once misleads (stop 30's trial).
NEVER_CONTACTED_ONCE = Text(en="never contacted; only purchase {days} days ago (limit {limit})",
                            bn="কখনো যোগাযোগ হয়নি; একমাত্র কেনা {days} দিন আগে (সীমা {limit} দিন)")


@dataclass(frozen=True)
class CheckIn:
    customer_id: str
    last_contact: date | None  # None: never contacted (measured from the first purchase)
    days_since_contact: int | None
    limit_days: int
    only_purchase: bool = False  # never contacted, and their first purchase is their only one

    def explain(self, lang: str) -> str:
        days = _num(self.days_since_contact if self.days_since_contact is not None else "?", lang)
        limit = _num(self.limit_days, lang)
        if self.last_contact is None:
            text = NEVER_CONTACTED_ONCE if self.only_purchase else NEVER_CONTACTED
            return text(lang, days=days, limit=limit)
        return NO_CONTACT_FOR(lang, days=days, limit=limit)

    @property
    def overdue_days(self) -> int:
        return (self.days_since_contact or 0) - self.limit_days


def _num(value: object, lang: str) -> str:
    return bn_digits(value) if lang == "bn" else str(value)


def last_contacts(call_notes: Iterable[CallNote], messages: Iterable[Message]) -> dict[str, date]:
    """The latest contact date per customer: call notes, and messages marked sent."""
    latest: dict[str, date] = {}

    def seen(cid: str, when: date | None) -> None:
        if cid and when is not None and (cid not in latest or when > latest[cid]):
            latest[cid] = when

    for note in call_notes:
        seen(note.customer_id, note.date)
    for msg in messages:
        if (msg.status or "").strip().casefold() in SENT_STATUSES:
            seen(msg.customer_id, msg.sent_on or msg.created)
    return latest


def check_ins_due(customers: Mapping[str, Customer], last_contact: Mapping[str, date], today: date,
                  limit_days_by_segment: Mapping[str, int], segment_of: Mapping[str, str],
                  first_purchase: Mapping[str, date | None] | None = None,
                  last_purchase: Mapping[str, date | None] | None = None) -> list[CheckIn]:
    """Customers whose last contact is more than their segment's limit ago, most overdue first
    (one-time buyers never contacted after everyone else).

    ``segment_of``: the customer's segment as the caller decided it (typed or
    derived); falls back to the Segment cell. ``first_purchase``: when each
    relationship started (e.g. ``PurchaseHistory.first`` from the Orders tab);
    falls back to the First Purchase cell. ``last_purchase``: the latest purchase
    (``PurchaseHistory.last``), else the Last Purchase cell: a customer who bought
    within the limit is in touch and is not listed.
    """
    out: list[CheckIn] = []
    for cid, customer in customers.items():
        segment = segment_of.get(cid) or customer.segment or ""
        limit = limit_days_by_segment.get(segment, limit_days_by_segment.get("default"))
        if limit is None or limit <= 0:
            continue
        bought = (last_purchase or {}).get(cid) or customer.last_purchase
        if bought is not None and (today - bought).days <= limit:
            continue  # buying regularly: in touch with the shop
        contact = last_contact.get(cid)
        since = contact
        if since is None:
            since = (first_purchase or {}).get(cid) or customer.first_purchase
        if since is None:
            continue
        days = (today - since).days
        if days > limit:
            out.append(CheckIn(cid, contact, days, int(limit),
                               only_purchase=contact is None and bought == since))
    # one-time buyers never contacted come after the others: from long ago they are the most
    # "overdue" and filled the agents' rows (stop 30's trial: 50 of 75 check-ins)
    out.sort(key=lambda c: (c.only_purchase, -c.overdue_days, c.customer_id))
    return out


def limits_from_section(section: Mapping[str, Any] | None) -> dict[str, int]:
    """Per-segment limits from the ``[stay_in_touch]`` table, over the defaults.

    Keys are segments (``interested``, ``existing``, ``lost``) or ``default``;
    values are whole days; 0 turns a segment off. Example::

        [stay_in_touch]
        interested = 30
        existing = 60
        lost = 90
    """
    limits: dict[str, int] = dict(DEFAULT_LIMITS)
    for key, value in (section or {}).items():
        name = str(key).strip().lower()
        if name not in ("interested", "existing", "lost", "default"):
            raise ConfigError(STAY_IN_TOUCH_UNKNOWN_KEY, key=repr(key))
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(STAY_IN_TOUCH_NOT_DAYS, key=key, value=repr(value))
        limits[name] = value
    return limits
