"""Customers drifting away: lost and at-risk repeat buyers, first orders never
repeated, and those nobody has contacted for too long.

Every lost customer is listed in Follow-ups with the reason in words; a win-back
message is prepared once per lost episode (the key carries the last purchase
date), the most valuable customers first under the daily cap. At-risk customers
are listed without a message: a call from their agent is the right move.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from ..config import Settings
from ..i18n import DAYS, Counted, Text, localise_digits
from ..sheet.records import Customer, SheetData
from ..messages.filters import long_date
from ..rules.first_order import GROUP as FIRST_ORDER
from ..rules.first_order import first_orders_due
from ..rules.lost import AT_RISK, LOST, win_back_key, win_back_order
from ..rules.lost.seasonal import Season, festivals_without_next, locative, out_of_season
from ..rules.asked import AWAY, SELF, VAGUE, VAGUE_SHOWN_DAYS, Asked, latest_asks
from ..rules.stay_in_touch import CheckIn, check_ins_due
from ..rules.win_back import MESSAGED, OPEN_FOLLOW_UP, REPLIED, SAID_YES, SPOKE, WIN_BACK_KIND, Quiet
from .worklist import Draft, WorkItem, dnc_remark
from . import Contribution
from .facts import RunFacts

MOURNING = Text(en="in mourning (bereavement noted on {date}): no win-back message for now",
                bn="শোকের সময় ({date} তারিখে নোট করা): এখন কোনো ফিরিয়ে আনার বার্তা নয়")
WIN_BACK_REASON = Text(en="Win back: no purchase since {date}", bn="ফিরিয়ে আনা: {date} থেকে কোনো কেনা নেই")
# What the customer last asked about calls, on their check-in row (rules/asked.py; story trial 5)
SAID_SELF = Text(en="; said on {date} they will call us themselves: \u201c{note}\u201d",
                 bn="; {date} তারিখে বলেছেন দরকার হলে নিজেই ফোন দেবেন: \u201c{note}\u201d")
SAID_AWAY = Text(en="; on {date}: abroad, back about {back}: \u201c{note}\u201d",
                 bn="; {date} তারিখে: বিদেশে, ফিরবেন আনুমানিক {back}: \u201c{note}\u201d")
SAID_VAGUE = Text(en="; on {date} asked to be called later, no day given: \u201c{note}\u201d",
                  bn="; {date} তারিখে পরে ফোন দিতে বলেছেন, দিন বলা নেই: \u201c{note}\u201d")
CALL_BACK_NO_DAY = Text(
    en="call back, no day given: on {date} asked to be called later (\u201c{note}\u201d); call, or write "
       "the day in the {column} column",
    bn="ফোন করার কথা, দিন বলা নেই: {date} তারিখে পরে ফোন দিতে বলেছেন (\u201c{note}\u201d); ফোন করুন, "
       "অথবা {column} কলামে দিনটি লিখুন")
NOTE_CHARS = 100
CHECK_IN_REASON = Text(en="Check in: {why}", bn="খোঁজ নেওয়া: {why}")
FIRST_ORDER_REASON = Text(en="How was the first order of {date}?",
                          bn="{date} তারিখের প্রথম অর্ডার কেমন ছিল?")
METHOD_NOTE = Text(en="Lost customers: {method}", bn="হারানো গ্রাহক: {method}")
#: Customers seen in last year's season only, whose season is coming (``Season.once``): the
#: run says how many are at risk rather than lost, since a year of history cannot prove it.
LAST_YEAR_NOTE = Text(
    en="{count} customers who bought only around the same weeks last year, in the shop's busy "
       "season, are listed at risk, not lost: that time is coming, and a year of orders cannot yet "
       "tell them from customers who left. If they have not bought once it has passed, they can be "
       "lost.",
    bn="গত বছর শুধু এই সময়ের কাছাকাছি কয়েক সপ্তাহে (দোকানের ব্যস্ত মৌসুমে) কিনেছেন এমন {count} জন "
       "গ্রাহককে হারানো নয়, ঝুঁকিতে দেখানো হয়েছে: সেই সময় আসছে, আর এক বছরের অর্ডার থেকে এখনো বোঝা যায় "
       "না তাঁরা সত্যিই চলে গেছেন কি না। সময়টা পেরিয়ে গেলেও না কিনলে তাঁরা হারানো হতে পারেন।")
#: The same for a festival the shop lists (``Season.once`` with a festival): bought before its
#: last date only, and the next one is coming (stop 30's owner trial: Eid buyers were sent "did
#: we get something wrong?" three weeks before Eid).
FESTIVAL_ONCE_NOTE = Counted(
    one="1 customer who buys before a listed festival ({festivals}), before one of its dates only so "
        "far or not before the last one, is listed at risk, not lost: the next one is coming. If they "
        "have not bought once it has passed, they can be lost.",
    en="{count} customers who buy before a listed festival ({festivals}), before one of its dates "
       "only so far or not before the last one, are listed at risk, not lost: the next one is coming. "
       "If they have not bought once it has passed, they can be lost.",
    bn="তালিকার কোনো উৎসবের ({festivals}) আগে কেনেন, আর এ পর্যন্ত এর একটি তারিখের আগেই শুধু কিনেছেন বা "
       "গতবার কেনেননি, এমন {count} জন গ্রাহককে হারানো নয়, ঝুঁকিতে দেখানো হয়েছে: পরেরটি আসছে। সেটি "
       "পেরিয়ে গেলেও না কিনলে তাঁরা হারানো হতে পারেন।")
#: The same for a season the shop lists (``[lost.seasons]``): its buyers buy *during* it, and a
#: season is no festival. A mango shop's blind trial (trial 10) read "6 customers who buy before a
#: listed festival (Pitha season)" for its winter-pitha families.
SEASON_ONCE_NOTE = Counted(
    one="1 customer who buys during a listed season ({festivals}), in one of its years only so far "
        "or not in the last one, is listed at risk, not lost: the season is coming again. If they "
        "have not bought once it has passed, they can be lost.",
    en="{count} customers who buy during a listed season ({festivals}), in one of its years only so "
       "far or not in the last one, are listed at risk, not lost: the season is coming again. If they "
       "have not bought once it has passed, they can be lost.",
    bn="তালিকার কোনো মৌসুমে ({festivals}) কেনেন, আর এ পর্যন্ত একবারই সেই মৌসুমে কিনেছেন বা গতবার "
       "কেনেননি, এমন {count} জন গ্রাহককে হারানো নয়, ঝুঁকিতে দেখানো হয়েছে: মৌসুমটি আবার আসছে। সেটি "
       "পেরিয়ে গেলেও না কিনলে তাঁরা হারানো হতে পারেন।")
#: A customer who bought only during a listed season gets no "we miss you" out of it
#: (``rules.lost.seasonal.out_of_season``; trial 10's mango families in November).
OUT_OF_SEASON = Text(
    en="bought only during {season}: no win-back message out of its season (it opens again on {date})",
    bn="শুধু {season_in} কিনেছেন: মৌসুমের বাইরে ফিরিয়ে আনার বার্তা নয় (আবার শুরু {date})")
FIRST_ORDER_KIND = "first_order"
QUIET = {
    MESSAGED: Text(en="has a message of {date} (sent or still to send): no {what} message within "
                      "{days} of another message",
                   bn="{date} তারিখের একটি বার্তা আছে (পাঠানো বা পাঠানোর অপেক্ষায়): অন্য বার্তার {days}ের "
                      "মধ্যে {what} বার্তা নয়"),
    REPLIED: Text(en="answered a message on {date}: talk to them, no {what} message",
                  bn="{date} তারিখে বার্তার উত্তর দিয়েছেন: কথা বলুন, {what} বার্তা নয়"),
    SAID_YES: Text(en="said yes to meetup {meetup} on {date}: no {what} message",
                   bn="{date} তারিখের মিটআপ {meetup}-এ আসবেন বলেছেন: {what} বার্তা নয়"),
    SPOKE: Text(en="staff spoke to them on {date}: no {what} message within {days} of a call",
                bn="{date} তারিখে দোকান থেকে এই গ্রাহকের সঙ্গে কথা হয়েছে: কথা বলার {days}ের মধ্যে {what} বার্তা পাঠানো হয় না"),
    OPEN_FOLLOW_UP: Text(en="has an open follow-up (due {date}): that comes first, no {what} message",
                         bn="একটি ফলো-আপ বাকি ({date} তারিখে): সেটি আগে, {what} বার্তা নয়"),
}
# The same quiet days hold back "how was your first order?": it would jar a day after a get-well
# message or a call about something else (the second blind month trial).
WHAT = {WIN_BACK_KIND: Text(en="win-back", bn="ফিরিয়ে আনার"),
        FIRST_ORDER_KIND: Text(en="first-order", bn="প্রথম অর্ডারের")}
# Call Notes is there but cannot be read (khatir.sheet.read): nobody can tell who staff
# spoke to lately, so no "we miss you" message goes out, to anyone, until it is fixed.
# {calls}, {problems}: the tabs as this sheet titles them (khatir.sheet.names).
CALLS_UNREAD = Text(en="{calls} cannot be read (see {problems}): no message until it is fixed",
                    bn="{calls} ট্যাব পড়া যাচ্ছে না ({problems} ট্যাব দেখুন): ঠিক না হওয়া পর্যন্ত বার্তা নয়")
CALLS_UNREAD_NOTE = Text(
    en="{calls} cannot be read (see {problems}), so nobody can tell who staff spoke to lately: "
       "{count} win-back, first-order and check-in messages and every invitation to a lost "
       "customer are held back until it is fixed.",
    bn="{calls} ট্যাব পড়া যাচ্ছে না ({problems} ট্যাব দেখুন), তাই কর্মীরা সম্প্রতি কার সাথে কথা বলেছেন "
       "বোঝা যাচ্ছে না: ঠিক না হওয়া পর্যন্ত {count}টি ফিরিয়ে আনার, প্রথম অর্ডারের ও খোঁজ নেওয়ার বার্তা এবং হারানো "
       "গ্রাহকদের সব আমন্ত্রণ আটকে রাখা হয়েছে।")
BOUGHT_AGAIN = Text(
    en="Do not send message {key}: they bought again on {date}, after this \u201chow was your first "
       "order?\u201d message was prepared",
    bn="{key} বার্তাটি পাঠাবেন না: প্রথম অর্ডারের এই বার্তা তৈরির পর {date} তারিখে গ্রাহক আবার কিনেছেন")
BOUGHT_SINCE = Text(
    en="Do not send message {key}: they bought again on {date}, after this \u201cwe miss you\u201d "
       "message was prepared",
    bn="{key} বার্তাটি পাঠাবেন না: ফিরিয়ে আনার এই বার্তা তৈরির পর {date} তারিখে গ্রাহক আবার "
       "কিনেছেন")
# {typed}: the cell exactly as staff typed it ("existing", not a translation: staff search the
# sheet for the quoted word); {column}, {orders}: as this sheet names them (khatir.sheet.names).
SEGMENT_OVERRIDDEN = Text(
    en="{column} says “{typed}” but the order history says the customer is lost, so they are "
       "taken as lost (invitations too); if they still buy, add those orders to {orders}",
    bn="{column} কলামে “{typed}” লেখা, কিন্তু কেনার হিসাব অনুযায়ী তিনি হারানো গ্রাহক, আর সেটাই ধরা "
       "হয়েছে (আমন্ত্রণেও); তিনি এখনো কেনাকাটা করলে সেই অর্ডারগুলো {orders} ট্যাবে যোগ করুন")


def contribute(facts: RunFacts) -> Contribution:
    data, settings, today = facts.data, facts.settings, facts.today
    lang = settings.language
    view = facts.customers
    out = Contribution()
    lost = win_back_order(view.assessments)
    at_risk = sorted((a for a in view.assessments.values() if a.level == AT_RISK),
                     key=lambda a: (-a.score, -(a.total_spent or 0.0), a.customer_id))
    mourning = facts.mourning
    quiet_days = settings.parsed.win_back_quiet_days
    quiet = dict(facts.quiet)  # (a customer's own win-back is no reason: taken out below)
    written = {m.key for m in data.messages}
    held = 0  # "we miss you" messages held back: Call Notes cannot be read
    for rank, a in enumerate(lost):
        customer = data.customers[a.customer_id]
        if win_back_key(a) in written:  # its own win-back is the recent message
            quiet.pop(a.customer_id, None)
        segment = view.segments.get(a.customer_id)
        # Call Notes unreadable: a win-back that would be new is held back (CALLS_UNREAD).
        unchecked = data.calls_unread and not customer.do_not_contact and win_back_key(a) not in written
        remarks = ([_overridden(data, customer, lang)] if segment and segment.overridden else [])
        waits = (None if win_back_key(a) in written else
                 out_of_season(a.before_festival, settings.parsed.lost.every_festival, today))
        if customer.do_not_contact:
            pass  # asked for no contact, wrong number: the worklist says so, not a quiet reason
        elif a.customer_id in mourning:
            remarks.append(MOURNING(lang, date=long_date(mourning[a.customer_id], lang)))
        elif a.customer_id in quiet:
            remarks.append(_quiet_text(quiet[a.customer_id], quiet_days, lang))
        elif unchecked:
            remarks.append(_calls_unread(data, lang))
            held += 1
        elif waits is not None and a.before_festival is not None:
            season = a.before_festival[0]
            remarks.append(OUT_OF_SEASON(lang, season=season, season_in=locative(season),
                                         date=long_date(waits, lang, year=True)))
        if remarks and not customer.do_not_contact and (
                a.customer_id in mourning or a.customer_id in quiet or unchecked or waits is not None):
            out.items.append(WorkItem(group=LOST, customer=customer, why=a.explain(lang), order=(rank,),
                                      remark="; ".join(remarks)))
            continue
        draft = Draft(
            key=win_back_key(a), kind=WIN_BACK_KIND, variant="default", customer=customer,
            reason=WIN_BACK_REASON(lang, date=long_date(a.last_purchase, lang, year=True)),
            context={"last_purchase": a.last_purchase, "days_since": a.days_since or 0,
                     "orders": a.purchases, "total_spent": a.total_spent or 0.0})
        out.items.append(WorkItem(group=LOST, customer=customer, why=a.explain(lang),
                                  due=None, draft=draft, order=(rank,), remark="; ".join(remarks)))
    for rank, a in enumerate(at_risk):
        customer = data.customers[a.customer_id]
        out.items.append(WorkItem(group=AT_RISK, customer=customer, why=a.explain(lang),
                                  order=(rank,), remark=dnc_remark(customer, lang) if customer.do_not_contact else ""))
    out.items += _bought_since(data, view, lang)
    flagged = {a.customer_id for a in view.assessments.values()} | set(mourning)
    firsts = _first_orders(data, settings, today, view, flagged, quiet, quiet_days)
    out.items += firsts
    flagged |= {item.customer.id for item in firsts if item.customer is not None}
    check_ins = _check_ins(data, settings, today, view, flagged, facts)
    out.items += check_ins
    # A customer who has died is no lost, at-risk, first-order or check-in customer: there is
    # nobody to win back or check on (rules/deceased.py; Problems and their follow-up say why).
    out.items = [item for item in out.items if item.customer is None or item.customer.died is None]
    if data.calls_unread:
        held += sum(1 for item in [*firsts, *check_ins] if item.remark == _calls_unread(data, lang))
        out.notes.append(CALLS_UNREAD_NOTE(lang, count=localise_digits(held, lang), **_unread(data, lang)))
    if any(h.purchases >= 2 for h in view.histories.values()):
        out.notes.append(METHOD_NOTE(lang, method=view.model.explain_choice(lang)))
    once = [a.season for a in at_risk if a.season is not None and a.season.once]
    last_year = sum(1 for season in once if not season.festival)
    if last_year:
        out.notes.append(LAST_YEAR_NOTE(lang, count=localise_digits(last_year, lang)))
    out.notes += _listed_once_notes(once, lang)
    config = str(settings.source) if settings.source else "config/settings.toml"
    out.notes += festivals_without_next(settings.parsed.lost.festivals, today, lang, config)
    return out


def _bought_since(data: SheetData, view, lang: str) -> list[WorkItem]:
    """A "do not send" row for each win-back or first-order message still pending whose
    customer has bought since it was prepared: its key carries the last purchase (or the first
    order) it was made for (``win_back_key``), and Messages rows are never edited. (One who asked for no contact: plan/optout.py lists it.)"""
    items = []
    for m in data.messages:
        if m.kind not in (WIN_BACK_KIND, FIRST_ORDER_KIND) or m.status != "pending":
            continue
        customer = data.customers.get(m.customer_id)
        history = view.histories.get(m.customer_id)
        if customer is None or history is None or history.last is None or customer.held_by:
            continue
        made_for = m.key.rsplit(":", 1)[-1]  # the last purchase, or the first order, it was for
        if made_for != "none" and not (_is_day(made_for) and history.last.isoformat() > made_for):
            continue
        words = BOUGHT_SINCE if m.kind == WIN_BACK_KIND else BOUGHT_AGAIN
        items.append(WorkItem(group="do_not_send", customer=customer,
                              why=words(lang, key=m.key, date=long_date(history.last, lang)),
                              order=(history.last, m.row)))
    return items


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _first_orders(data: SheetData, settings: Settings, today: date, view,
                  flagged: set[str], quiet: dict[str, Quiet], quiet_days: int) -> list[WorkItem]:
    """One purchase, never came back: their own group, a gentle "how was it?", never "lost";
    held back, like a win-back, within the quiet days of another message, a reply or a call."""
    lang = settings.language
    due = first_orders_due(view.histories.values(), today, settings.parsed.first_order)
    written = {m.key for m in data.messages}  # its own message is no reason to hold it back
    items = []
    for rank, f in enumerate(x for x in due if x.customer_id not in flagged):
        customer = data.customers[f.customer_id]
        draft = Draft(key=f.key, kind="first_order", variant="default", customer=customer,
                      reason=FIRST_ORDER_REASON(lang, date=long_date(f.first, lang, year=True)),
                      context={"first_purchase": f.first, "days_since": f.days_since,
                               "total_spent": f.total_spent})
        if data.calls_unread and not customer.do_not_contact:  # no mourning known: hold back
            items.append(WorkItem(group=FIRST_ORDER, customer=customer, why=f.explain(lang),
                                  order=(rank,), remark=_calls_unread(data, lang)))
            continue
        q = quiet.get(f.customer_id)
        if q is not None and f.key not in written and not customer.do_not_contact:
            items.append(WorkItem(group=FIRST_ORDER, customer=customer, why=f.explain(lang),
                                  order=(rank,), remark=_quiet_text(q, quiet_days, lang, FIRST_ORDER_KIND)))
            continue
        items.append(WorkItem(group=FIRST_ORDER, customer=customer, why=f.explain(lang),
                              draft=draft, order=(rank,)))
    return items


def _quiet_text(q: Quiet, days: int, lang: str, kind: str = WIN_BACK_KIND) -> str:
    return QUIET[q.reason](lang, date=long_date(q.when, lang), days=DAYS(lang, days), meetup=q.detail,
                           what=WHAT[kind](lang))


def _unread(data: SheetData, lang: str) -> dict[str, str]:
    """Call Notes and Problems as this sheet titles them (khatir.sheet.names)."""
    return {"calls": data.names.tab("call_notes", lang), "problems": data.names.tab("problems", lang)}


def _calls_unread(data: SheetData, lang: str) -> str:
    return CALLS_UNREAD(lang, **_unread(data, lang))


def _overridden(data: SheetData, customer: Customer, lang: str) -> str:
    """Why a Segment cell staff filled in is not used, quoting the cell as it is typed."""
    return SEGMENT_OVERRIDDEN(lang, typed=customer.segment_typed or customer.segment or "",
                              column=data.names.column("customers", "segment", lang),
                              orders=data.names.tab("orders", lang))


def _said(ask: Asked, lang: str) -> str:
    """The customer's own request, for the end of their check-in row."""
    note = _short(ask.note.note)
    when = long_date(ask.note.date, lang)
    if ask.kind == SELF:
        return SAID_SELF(lang, date=when, note=note)
    if ask.kind == AWAY:
        return SAID_AWAY(lang, date=when, back=long_date(ask.until, lang), note=note)
    return SAID_VAGUE(lang, date=when, note=note)


def _short(note: str) -> str:
    note = " ".join(note.split())
    return note if len(note) <= NOTE_CHARS else note[:NOTE_CHARS - 1] + "\u2026"


def _call_backs(data: SheetData, settings: Settings, today: date, asks: dict[str, Asked],
                listed: set[str], facts: RunFacts) -> list[WorkItem]:
    """A "call back, no day given" row for a vague request ("exam er por call dite bolse") that
    made no follow-up, from ``VAGUE_AFTER_DAYS`` after the note: no message, the agent asks."""
    lang, items = settings.language, []
    for cid, ask in asks.items():
        customer = data.customers.get(cid)
        if (ask.kind != VAGUE or cid in listed or customer is None or customer.do_not_contact
                or customer.held_by is not None or not ask.until <= today
                or (today - ask.note.date).days > VAGUE_SHOWN_DAYS):
            continue
        read = facts.note_reader.read(ask.note.note, ask.note.date)
        if read.event is not None or read.callback is not None or ask.note.event is not None:
            continue  # a follow-up of its own (rules/followups.py)
        items.append(WorkItem(
            group="check_in", customer=customer, agent=ask.note.agent or customer.agent,
            why=CALL_BACK_NO_DAY(lang, date=long_date(ask.note.date, lang), note=_short(ask.note.note),
                                 column=data.names.column("call_notes", "follow_up_on", lang)),
            due=ask.until, order=(-1, ask.note.date, ask.note.row)))
    return items


def _check_ins(data: SheetData, settings: Settings, today: date, view, flagged: set[str],
               facts: RunFacts) -> list[WorkItem]:
    lang = settings.language
    asks = latest_asks(data.call_notes, today)
    messages, limits = settings.parsed.stay_in_touch.messages, settings.parsed.stay_in_touch.limits
    due = check_ins_due(
        data.customers, view.last_contact, today,
        limits, {cid: s.segment for cid, s in view.segments.items()},
        first_purchase={cid: h.first for cid, h in view.histories.items()},
        last_purchase={cid: h.last for cid, h in view.histories.items()})
    items = []
    # (a customer who said they will call us, or is abroad, is not chased before then)
    due = [c for c in due if c.customer_id not in flagged
           and not (c.customer_id in asks and asks[c.customer_id].quiet(today))]
    for rank, check in enumerate(due):
        customer = data.customers[check.customer_id]
        ask = asks.get(check.customer_id)
        draft = _check_in_draft(check, customer, lang) if messages else None
        remark = dnc_remark(customer, lang) if customer.do_not_contact and draft is None else ""
        if draft is not None and data.calls_unread and not customer.do_not_contact:
            draft, remark = None, _calls_unread(data, lang)
        why = check.explain(lang) + (_said(ask, lang) if ask is not None else "")
        items.append(WorkItem(group="check_in", customer=customer, why=why,
                              draft=draft, order=(rank,), remark=remark))
    return _call_backs(data, settings, today, asks, flagged | {c.customer_id for c in due}, facts) + items


def _check_in_draft(check: CheckIn, customer, lang: str) -> Draft:
    since = check.last_contact.isoformat() if check.last_contact else "never"
    return Draft(key=f"check_in:{check.customer_id}:{since}", kind="check_in", variant="default",
                 customer=customer, reason=CHECK_IN_REASON(lang, why=check.explain(lang)),
                 context={"days_since_contact": check.days_since_contact or 0})


def _listed_once_notes(once: list[Season], lang: str) -> list[str]:
    """One line for the listed festivals' buyers held at risk, one for the listed seasons'.

    A season's buyers buy during it, so it is said apart: "buy before a listed festival (Pitha
    season)" was untrue of a winter-pitha family (trial 10)."""
    notes = []
    for during, line in ((False, FESTIVAL_ONCE_NOTE), (True, SEASON_ONCE_NOTE)):
        counts = Counter(s.festival for s in once
                         if s.festival and (s.listed is not None and s.listed.during) == during)
        if counts:  # one line, however many festivals (the second trial read seven)
            names = ", ".join(name if len(counts) == 1 else f"{name} {localise_digits(n, lang)}"
                              for name, n in sorted(counts.items()))
            notes.append(line(lang, sum(counts.values()), festivals=names))
    return notes
