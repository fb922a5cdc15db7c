"""Customers who buy in a season: once a year, before a festival or at the same time of year.

A customer who buys a saree before every Eid, or winter clothes every December,
looks lost in June by any measure of days since the last purchase. Such a
customer is *waiting for their season*: never flagged until this year's window
has passed without a purchase. The customer's own dates decide (Eid moves about
11 days a year, so the same time of year within ``window_days`` catches it for
a few years); when the shop lists festival dates in ``[lost.festivals]`` and the
purchases fall in the weeks before one of them, the festival is named and its
own dates are followed.

Needs purchases in two different years' seasons: with less than a year of
history nobody can be recognised as seasonal (the summary says so). With about a
year, a customer seen in last year's season only is *probably* waiting for it in
the weeks just before it, when those weeks were the shop's own season
(``last_year_season``): at risk at most, never a "we miss you".
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from datetime import date, timedelta
from typing import Sequence

from babel.dates import format_date

from ...i18n import Text, localise_digits
from ...messages.filters import long_date

YEAR = 365.2425
MIN_YEARS_APART = 300  # purchases this many days apart are in different years' seasons
IN_SEASON_SHARE = 0.8  # share of purchase days that must fall in the season window
#: Several listed festivals are followed together only while their weeks cover at most this
#: share of the year: beyond it, buying in them says nothing.
MAX_UNION_COVERAGE = 1 / 3
AFTER_FESTIVAL_DAYS = 7  # a festival's window runs from window_days before it to 7 days after


@dataclass(frozen=True)
class Season:
    """When this customer buys; ``start``..``end`` is the next window after their last purchase."""

    month: int  # the month they usually buy in
    festival: str  # the configured festival their purchases come before, or ""
    start: date
    end: date
    once: bool = False  # seen in one season only (last year's): probably waiting, at risk at most
    seen: date | None = None  # once, before a festival: the date of the festival they bought before
    missed: bool = False  # a festival buyer who let its last date pass; the next is coming (at risk)
    listed: Festival | None = None  # the listed festival (or season) followed, when one is
    # a listed festival bought for earlier in the year of the date it let pass: that date, since
    # "not this year" would be untrue of them (trial 10: a gift buyer of March's Eid, silent for
    # May's Eid and October's Puja, read "usually buys before Eid / Puja; not this year")
    passed: date | None = None

    def waiting(self, today: date) -> bool:
        """True until this year's window has passed."""
        return today <= self.end

    def describe(self, lang: str, waiting: bool) -> str:
        words = {"festival": self.festival, "festival_of": genitive(self.festival),
                 "festival_in": locative(self.festival)}
        during = self.listed is not None and self.listed.during
        if self.missed:
            return (DURING_MISSED_ONE if during else BEFORE_FESTIVAL_MISSED_ONE)(lang, **words)
        if self.once:
            if self.festival and self.seen is not None:
                return (DURING_ONCE if during else BEFORE_FESTIVAL_ONCE)(
                    lang, when=_month_year(self.seen, lang), **words)
            return AROUND_MONTH_ONCE(lang, month=month_name(self.month, lang))
        if self.festival:
            if during:
                return (DURING_WAITING if waiting else DURING_MISSED)(lang, **words)
            if not waiting and self.passed is not None:
                return BEFORE_FESTIVAL_PASSED(lang, date=long_date(self.passed, lang, year=True), **words)
            text = BEFORE_FESTIVAL_WAITING if waiting else BEFORE_FESTIVAL_MISSED
            return text(lang, **words)
        text = AROUND_MONTH_WAITING if waiting else AROUND_MONTH_MISSED
        return text(lang, month=month_name(self.month, lang))


BEFORE_FESTIVAL_MISSED = Text(en="usually buys before {festival}; not this year",
                              bn="সাধারণত {festival_of} আগে কেনেন; এ বছর এখনো কেনেননি")
BEFORE_FESTIVAL_PASSED = Text(en="usually buys before {festival}; not for the one of {date}",
                              bn="সাধারণত {festival_of} আগে কেনেন; {date}-এরটির আগে কেনেননি")
BEFORE_FESTIVAL_WAITING = Text(en="usually buys before {festival}; waiting for it",
                               bn="সাধারণত {festival_of} আগে কেনেন; সেই সময়ের অপেক্ষা")
AROUND_MONTH_MISSED = Text(en="usually buys around {month}; not this year",
                           bn="সাধারণত {month} মাসের দিকে কেনেন; এ বছর কেনেননি")
BEFORE_FESTIVAL_ONCE = Text(en="bought only before {festival} in {when}; {festival} is coming again",
                            bn="শুধু {when}-এ {festival_of} আগে কিনেছিলেন; {festival} আবার আসছে")
BEFORE_FESTIVAL_MISSED_ONE = Text(
    en="usually buys before {festival}; not last time; the next one is coming",
    bn="সাধারণত {festival_of} আগে কেনেন; গতবার কেনেননি; পরেরটি আসছে")
DURING_MISSED = Text(en="usually buys during {festival}; not this year",
                     bn="সাধারণত {festival_in} কেনেন; এ বছর এখনো কেনেননি")
DURING_WAITING = Text(en="usually buys during {festival}; waiting for it",
                      bn="সাধারণত {festival_in} কেনেন; সেই সময়ের অপেক্ষা")
DURING_ONCE = Text(en="bought only during {festival} in {when}; it is coming again",
                   bn="শুধু {when}-এ, {festival_in} কিনেছিলেন; সেই সময় আবার আসছে")
DURING_MISSED_ONE = Text(en="usually buys during {festival}; not last time; it is coming again",
                         bn="সাধারণত {festival_in} কেনেন; গতবার কেনেননি; সেই সময় আবার আসছে")
AROUND_MONTH_ONCE = Text(en="bought around {month} last year; that time is coming",
                         bn="গত বছর {month} মাসের দিকে কিনেছিলেন; সেই সময় আসছে")
AROUND_MONTH_WAITING = Text(en="usually buys around {month}; waiting for it",
                            bn="সাধারণত {month} মাসের দিকে কেনেন; সেই সময়ের অপেক্ষা")


#: A listed festival none of whose dates comes after the day judged: its buyers cannot wait for it
#: (stop 30's re-trial: dates of 2025 only were silently worth nothing in 2026).
FESTIVAL_NO_NEXT = Text(
    en="The dates of {festival} in your settings end on {last}: add its next dates under "
       "[lost.festivals] in {config}, or customers who buy before it cannot wait for it and may be "
       "listed as lost.",
    bn="সেটিংসে {festival_of} তারিখ শেষ হয়েছে {last}-এ: {config} ফাইলে [lost.festivals]-এর নিচে এর "
       "পরের তারিখগুলো লিখুন, নইলে যাঁরা এর আগে কেনেন তাঁরা এর অপেক্ষায় আছেন বলে ধরা যাবে না, হারানো "
       "তালিকায় আসতে পারেন।")


def festivals_without_next(festivals: tuple[tuple[str, tuple[date, ...]], ...], today: date,
                           lang: str, config: str) -> list[str]:
    """``FESTIVAL_NO_NEXT`` for each listed festival with no date after ``today`` (the daily
    summary's today, the backtest's date)."""
    return [FESTIVAL_NO_NEXT(lang, festival=name, festival_of=genitive(name), config=config,
                             last=long_date(max(days), lang, year=True))
            for name, days in festivals if days and max(days) <= today]


_BN_VOWEL_ENDS = frozenset("অআইঈউঊঋএঐওঔািীুূৃেৈোৌ")


def genitive(name: str) -> str:
    """The festival's name with Bengali's "of": "দুর্গাপূজার", "ঈদের", and "Eid-এর" for a name in
    Latin letters (stop 30's second trial read "দুর্গাপূজা-এর")."""
    return _bn_ending(name, latin="-এর", after_vowel="র", after_consonant="ের")


def locative(name: str) -> str:
    """The season's name with Bengali's "in": "বিয়ের মৌসুমে", "পূজায়", "Wedding-এ"."""
    return _bn_ending(name, latin="-এ", after_vowel="য়", after_consonant="ে")


def _bn_ending(name: str, latin: str, after_vowel: str, after_consonant: str) -> str:
    last = name.rstrip()[-1:]
    if not last or not "\u0980" <= last <= "\u09ff":
        return name + latin
    return name + (after_vowel if last in _BN_VOWEL_ENDS else after_consonant)


def month_name(month: int, lang: str) -> str:
    return format_date(date(2000, month, 1), "LLLL", locale="bn_BD" if lang == "bn" else "en_GB")


def _month_year(d: date, lang: str) -> str:
    """"March 2025", "মার্চ ২০২৫"."""
    return localise_digits(format_date(d, "LLLL y", locale="bn_BD" if lang == "bn" else "en_GB"), lang)


@dataclass(frozen=True)
class Festival:
    """A festival or season the shop lists: its windows ``(start, end, anchor)``, oldest first.

    A festival date's window runs from ``window_days`` before it to 7 days after (anchor: the
    date); a season's (``[lost.seasons]``, "Wedding = ["11-15", "02-15"]") is its own days each
    year (anchor: its last day), and its buyers buy *during* it, not before it."""

    name: str
    windows: tuple[tuple[date, date, date], ...]
    during: bool = False

    @classmethod
    def of_dates(cls, name: str, days: Sequence[date], window_days: int) -> Festival:
        return cls(name, tuple((f - timedelta(days=window_days),
                                f + timedelta(days=AFTER_FESTIVAL_DAYS), f) for f in sorted(days)))

    @classmethod
    def of_season(cls, name: str, start: tuple[int, int], end: tuple[int, int],
                  years: range = range(2015, 2041)) -> Festival:
        windows = []
        for year in years:
            first = month_day_in(year, start)
            last = month_day_in(year + (end < start), end)
            windows.append((first, last, last))
        return cls(name, tuple(windows), during=True)

    def holding(self, d: date) -> tuple[date, date, date] | None:
        """The window ``d`` falls in (the earlier one, when two overlap). By bisection: a season
        listed for 26 years is 26 windows, looked up for every purchase day of every customer."""
        if self._unsorted:
            return next((w for w in self.windows if w[0] <= d <= w[1]), None)
        i = bisect_right(self._starts, d)  # the windows that start on or before d end at i
        return next((w for w in self.windows[max(0, i - 2):i] if d <= w[1]), None)

    @cached_property
    def _starts(self) -> list[date]:
        return [w[0] for w in self.windows]

    @cached_property
    def _unsorted(self) -> bool:
        """Windows not in order of their start (two festivals merged): a plain scan."""
        return any(a[0] > b[0] for a, b in zip(self.windows, self.windows[1:]))

    def seen_on(self, window: tuple[date, date, date], first: date) -> date:
        """The day said of a window: a festival's date; in a season, the customer's ``first``
        purchase day in it ("bought only during the weddings in January 2026", not November)."""
        return first if self.during else window[2]

    def coverage(self, around: date) -> float:
        """The share of the year up to ``around`` that the windows cover."""
        lo = around - timedelta(days=365)
        covered, reach = 0, lo
        for start, end, _anchor in sorted(self.windows):
            start, end = max(start, reach), min(end, around)
            if start <= end:
                covered += (end - start).days + 1
                reach = end + timedelta(days=1)
        return covered / 365


def month_day_in(year: int, md: tuple[int, int]) -> date:
    """(month, day) in ``year``; 29 February is the 28th in a common year."""
    month, day = md
    return date(year, month, min(day, 28) if (month, day) == (2, 29) else day)


#: The festivals as the settings list them (name and dates), or already as ``Festival``s.
Listed = Sequence["tuple[str, tuple[date, ...]] | Festival"]


def listed(festivals: Listed, window_days: int) -> tuple[Festival, ...]:
    """The listed festivals as ``Festival``s (a ``(name, dates)`` pair takes ``window_days``)."""
    return tuple(f if isinstance(f, Festival) else Festival.of_dates(f[0], f[1], window_days)
                 for f in festivals)


def customer_season(dates: Sequence[date], window_days: int,
                    festivals: Listed = ()) -> Season | None:
    """The customer's season from their purchase days (sorted), or ``None`` if they have none.

    A festival the shop lists needs no second year: purchases before two of its dates (Eid-ul-Fitr
    and Eid-ul-Adha listed as one "Eid", about 70 days apart) show the customer buys for it (an
    owner's blind trial, stop 30: Eid buyers were "every 35 days" and lost just before Eid). A
    season read from the calendar alone needs purchases in two different years."""
    if len(dates) < 2:
        return None
    every = listed(festivals, window_days)
    for festival in every:
        season = _festival_season(dates, festival)
        if season is not None:
            return season
    # before several listed festivals (Eid-ul-Fitr and Eid-ul-Adha listed apart, bought before
    # both: half the purchases before each, so neither alone holds 80% of them)
    # (festivals with festivals, seasons with seasons, and only while their weeks together are at
    # most a third of the year: Eid, Puja, Kali Puja and the weddings cover most of it, and a
    # reseller buying every two weeks was "usually buys before Eid / KaliPuja / Puja / বিয়ের
    # মৌসুম": stop 30's second re-trial)
    for during in (True, False):
        before = [f for f in every if f.during == during and any(f.holding(d) for d in dates)]
        if len(before) > 1:
            both = Festival(" / ".join(f.name for f in before),
                            tuple(sorted({w for f in before for w in f.windows}, key=lambda w: w[2])),
                            during=during)
            season = (_festival_season(dates, both)
                      if both.coverage(dates[-1]) <= MAX_UNION_COVERAGE else None)
            if season is not None:
                return season
    if (dates[-1] - dates[0]).days < MIN_YEARS_APART:
        return None
    return _calendar_season(dates, window_days)


def _day_of_year(d: date) -> int:
    """0 for 1 January."""
    return d.toordinal() - date(d.year, 1, 1).toordinal()


def _festival_season(dates: Sequence[date], festival: Festival) -> Season | None:
    hits = set()
    inside = 0
    for d in dates:
        w = festival.holding(d)
        if w is not None:
            inside += 1
            hits.add(w)
    if len(hits) < 2 or inside < IN_SEASON_SHARE * len(dates):
        return None
    nxt = next((w for w in festival.windows if w[0] > dates[-1]), None)
    if nxt is None:
        return None  # no future date of this festival is known: fall back to the calendar
    passed = nxt[2] if not festival.during and nxt[2].year == dates[-1].year else None
    return Season(nxt[2].month, festival.name, nxt[0], nxt[1], listed=festival, passed=passed)


def _calendar_season(dates: Sequence[date], window_days: int) -> Season | None:
    days = [_day_of_year(d) for d in dates]
    angles = [2 * math.pi * day / YEAR for day in days]
    s, c = sum(math.sin(a) for a in angles), sum(math.cos(a) for a in angles)
    if math.hypot(s, c) < 1e-9:
        return None
    centre = (math.atan2(s, c) % (2 * math.pi)) * YEAR / (2 * math.pi)  # day of year, 0-based

    def distance(day: int) -> float:
        off = abs(day - centre) % YEAR
        return min(off, YEAR - off)

    near = [d for d, day in zip(dates, days) if distance(day) <= window_days]
    if len(near) < IN_SEASON_SHARE * len(dates) or (near[-1] - near[0]).days < MIN_YEARS_APART:
        return None
    last = dates[-1]
    year = last.year - 1
    while True:
        mid = date(year, 1, 1) + timedelta(days=round(centre))
        if mid - timedelta(days=window_days) > last:
            break
        year += 1
    return Season(mid.month, "", mid - timedelta(days=window_days), mid + timedelta(days=window_days))


#: One season seen once: all purchase days within this many days of each other...
ONCE_SPAN_DAYS = 56
#: ...and today no more than this many days before its anniversary window opens.
ONCE_LEAD_DAYS = 30
#: The anniversary window: from ``window_days`` before last year's first purchase day
#: (a year on) to this many days after last year's last one.
ONCE_AFTER_DAYS = 14


def last_year_season(dates: Sequence[date], today: date, window_days: int,
                     festivals: Listed = (),
                     shop: ShopDays | None = None) -> Season | None:
    """A repeat buyer seen in one short burst about a year ago whose season is coming.

    With about a year of history a customer who buys once a year before Christmas or
    Eid has been seen in one season only, so ``customer_season`` cannot know them, and
    just before their season they top the lost list (an owner's blind trial: 19 of the
    top 20 of a gift shop on 15 October were last Christmas's buyers, 14 of whom bought
    again within weeks). Kept narrow: every purchase day within ``ONCE_SPAN_DAYS``, and
    today inside that burst's anniversary window or at most ``ONCE_LEAD_DAYS`` before it;
    when the burst fell in the weeks before a listed festival, the window follows the
    festival's next date instead (this year's other Eid, when both are listed as one), and
    the shop's busy weeks are not looked for: the owner named the season. A season seen once
    is no proof (many such buyers never come back), so the caller keeps them at risk rather
    than not flagged at all; and without a listed festival the burst must have fallen in the shop's busy time, and in weeks when many of the
    shop's repeat buyers buy in them only (``ShopDays``): in a shop without a season two
    purchases close together a year ago are just a customer who left, and where the
    season's buyers also buy at other times of year (a farmer buys for each planting
    season) one who bought in last year's season only has most likely left.
    """
    if len(dates) < 2:
        return None
    for festival in listed(festivals, window_days):
        held = _window_of_all(dates, festival)
        if held is not None:
            # the shop named the festival: no need to find its busy weeks in the orders (a
            # growing shop's last Eid was not busier than its average day: stop 30's trial)
            if not any(w[2] > held[2] for w in festival.windows):
                break  # no next date known: the calendar below
            window = coming_window(festival, held[2], today)
            if window is None:
                return None
            start, end = window
            return Season(end.month, festival.name, start, end, once=True,
                          seen=festival.seen_on(held, dates[0]), listed=festival)
    if (dates[-1] - dates[0]).days > ONCE_SPAN_DAYS:
        return None
    if shop is None or not shop.seasonal_burst(dates[0], dates[-1], today):
        return None
    start = _a_year_on(dates[0]) - timedelta(days=window_days)
    end = _a_year_on(dates[-1]) + timedelta(days=ONCE_AFTER_DAYS)
    if not start - timedelta(days=ONCE_LEAD_DAYS) <= today <= end:
        return None
    mid = dates[0] + (dates[-1] - dates[0]) / 2
    return Season(mid.month, "", start, end, once=True)


def festival_bought_before(dates: Sequence[date], window_days: int,
                           festivals: Listed
                           ) -> tuple[str, date, bool] | None:
    """The listed festival, its date, and whether it is a season, that every purchase day fell
    in the weeks before (or in, for a season):
    said in the reason of a customer judged like anyone else ("only before Eid in March
    2026"), so the owner sees who may still come back for it (stop 30's re-trial)."""
    if not dates:
        return None
    for festival in listed(festivals, window_days):
        held = _window_of_all(dates, festival)
        if held is not None:
            return festival.name, festival.seen_on(held, dates[0]), festival.during
    return None


def _window_of_all(dates: Sequence[date], festival: Festival) -> tuple[date, date, date] | None:
    """The one window every purchase day fell in, if there is one."""
    w = festival.holding(dates[0])
    return w if w is not None and all(w[0] <= d <= w[1] for d in dates) else None


ONLY_BEFORE = Text(en="only before {festival} in {when}", bn="শুধু {when}-এ {festival_of} আগে")
ONLY_DURING = Text(en="only during {festival} in {when}", bn="শুধু {when}-এ, {festival_in}")


def only_before(festival: tuple[str, date, bool], lang: str) -> str:
    name, seen, during = festival
    text = ONLY_DURING if during else ONLY_BEFORE
    return text(lang, festival=name, festival_of=genitive(name), festival_in=locative(name),
                when=_month_year(seen, lang))


def coming_window(festival: Festival, after: date, today: date) -> tuple[date, date] | None:
    """The window of the festival's next date after ``after`` whose window has not passed by
    ``today``, when today is in it or at most ``ONCE_LEAD_DAYS`` before it opens, and it is at
    most a year (and a window) after ``after``: a Fitr-only buyer when both Eids are listed as one
    festival skips Eid-ul-Adha, and one who skipped a whole year has most likely left."""
    for start, end, anchor in festival.windows:
        if anchor <= after or end < today:
            continue
        if ((anchor - after).days > YEAR + (anchor - start).days
                or today < start - timedelta(days=ONCE_LEAD_DAYS)):
            return None
        return start, end
    return None


def missed_festival(season: Season, dates: Sequence[date], today: date) -> Season | None:
    """A festival buyer whose next window passed without a purchase, while the festival's date
    after it is coming (``coming_window`` from their last purchase): at risk at most, as one who
    buys before both Eids and skipped Eid-ul-Fitr, three weeks before Eid-ul-Adha."""
    if season.listed is None or season.waiting(today) or not dates:
        return None
    window = coming_window(season.listed, season.end, today)
    if window is None or (window[0] - dates[-1]).days > YEAR:
        return None
    return Season(window[1].month, season.festival, window[0], window[1], once=True, missed=True,
                  listed=season.listed)


def _a_year_on(d: date) -> date:
    return d + timedelta(days=round(YEAR))


#: The burst's weeks held at least this many times the shop's average purchase days...
ONCE_BUSY_RATIO = 1.5
#: ...the other customers' (all but the one-burst repeat buyers) at least this many times theirs...
ONCE_OTHERS_RATIO = 1.1
#: ...and at least this share of the repeat buyers' purchase days in them were those of
#: repeat buyers who bought in one burst only.
ONCE_SEASON_ONLY_SHARE = 1 / 3
#: ...but not nearly all of them: a season's buyers include the shop's regular customers;
#: weeks when nearly every repeat buyer bought then only were a one-off (a sale, a launch).
ONCE_SEASON_ONLY_MAX = 0.8
#: The burst's weeks: from this many days before its first purchase to as many after its last.
BUSY_MARGIN_DAYS = 14


@dataclass(frozen=True)
class ShopDays:
    """The whole shop's purchase days (ordinals, sorted), to judge a burst a year ago."""

    every: tuple[int, ...]  # every customer's purchase days
    repeat: tuple[int, ...]  # those of repeat buyers (2 or more purchase days)
    burst: tuple[int, ...]  # those of repeat buyers whose days all fall within ONCE_SPAN_DAYS

    @classmethod
    def of(cls, histories: Sequence[Sequence[date]]) -> ShopDays:
        """From each customer's purchase days (sorted) as known today."""
        every, repeat, burst = [], [], []
        for dates in histories:
            days = [d.toordinal() for d in dates]
            every += days
            if len(days) >= 2:
                repeat += days
                if days[-1] - days[0] <= ONCE_SPAN_DAYS:
                    burst += days
        return cls(tuple(sorted(every)), tuple(sorted(repeat)), tuple(sorted(burst)))

    def seasonal_burst(self, first: date, last: date, today: date) -> bool:
        """The weeks around ``first``..``last`` were the shop's busy time (its purchase
        days at least ``ONCE_BUSY_RATIO`` times its average day of the last 365, which its
        orders must cover: in a younger shop every customer may look like a burst), busier
        for its other customers too (``ONCE_OTHERS_RATIO``), and a season of its
        own (at least ``ONCE_SEASON_ONLY_SHARE`` of the repeat buyers' purchase days in
        them were of repeat buyers who bought in one burst only, and at most
        ``ONCE_SEASON_ONLY_MAX``)."""
        lo, hi = first.toordinal() - BUSY_MARGIN_DAYS, last.toordinal() + BUSY_MARGIN_DAYS
        year_lo, end = today.toordinal() - round(YEAR), today.toordinal()
        if not self.every or self.every[0] > year_lo:
            return False  # busy against what: the shop's orders do not cover a year yet

        def busier(near: int, year: int, ratio: float) -> bool:
            """The burst's weeks had at least ``ratio`` times the year's average purchase days."""
            return year > 0 and (near / (hi - lo + 1)) / (year / (end - year_lo)) >= ratio

        year, near = _count(self.every, year_lo + 1, end), _count(self.every, lo, hi)
        if not busier(near, year, ONCE_BUSY_RATIO):
            return False
        # the other customers' days too: a season brings everyone, not only the burst
        # buyers (a shop's opening weeks, or a one-off sale, bring only their own)
        year -= _count(self.burst, year_lo + 1, end)
        near -= _count(self.burst, lo, hi)
        if not busier(near, year, ONCE_OTHERS_RATIO):
            return False
        repeat = _count(self.repeat, lo, hi)
        return repeat > 0 and (ONCE_SEASON_ONLY_SHARE <= _count(self.burst, lo, hi) / repeat
                               <= ONCE_SEASON_ONLY_MAX)


def _count(days: Sequence[int], lo: int, hi: int) -> int:
    return bisect_right(days, hi) - bisect_left(days, lo)



def out_of_season(bought: tuple[str, date, bool] | None, festivals: Sequence[Festival],
                  today: date) -> date | None:
    """When a customer who bought only during one listed season (``bought``: the assessment's
    ``before_festival``) is outside it today: the day it opens again. None otherwise.

    A season's goods exist in it only (mangoes in June, pitha in winter), so "we miss you, did we
    get something wrong?" in its off-season asks about what the shop cannot sell them then (a
    mango shop's blind trial, trial 10: five mango families were sent it in November). From
    ``ONCE_LEAD_DAYS`` before the season they are at risk (``once_season``), never lost, so no
    win-back goes to them at all: the list still names them, and a meetup may invite them. The
    level is not changed: whether they come back is what the lost list measures. A festival's
    buyers (a few weeks before Eid) are not held: ``bought`` says "during" only for a season."""
    if bought is None or not bought[2]:
        return None
    season = next((f for f in festivals if f.during and f.name == bought[0]), None)
    if season is None or season.holding(today) is not None:
        return None
    return next((w[0] for w in season.windows if w[0] > today), None)
