"""Day/month or month/day: decided once for a whole column (or orders file) by a vote of
the text dates that tell.

A date typed as text, read alone, is day first unless that is impossible. A US export
pasted into a staff tab (Square's ``Date``: ``09/05/26``, ``11/28/26``) then mixes 28
November, read right by the swap, with ``09/05/26`` read as 9 May when it is 5 September:
wrong purchase histories, and a win-back telling the customer a wrong last-purchase day
(a blind owner's trial, M1). So a column is read in one order: month first when enough of
its distinct texts can only be month first (``11/28/26``), against those that can only be day
first (``28/11/26``: ``month_first``); day first, the Bangladeshi habit, otherwise. The
backtest's orders-file reader (``khatir.orders_file``) decides a whole file by the plain
majority (``guess_dayfirst``).
Date cells and day numbers have no order and never vote.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

from ..i18n import ASCII_DIGITS, Counted, Text, localise_digits

#: Enough texts that tell, all one way, to stop counting.
VOTE_LEAD = 50


def tally(values: Iterable[object], says: Callable[[str], int]) -> tuple[int, int]:
    """How many distinct texts among ``values`` ``says`` +1 of, and how many -1; the
    count stops once one side leads by ``VOTE_LEAD``, so a long file is rarely read to
    its end."""
    seen: set[str] = set()
    plus = minus = 0
    for v in values:
        if not isinstance(v, str) or v in seen:
            continue
        seen.add(v)
        said = says(v)
        plus += said > 0
        minus += said < 0
        if abs(plus - minus) >= VOTE_LEAD:
            break
    return plus, minus


def vote(values: Iterable[object], says: Callable[[str], int]) -> int:
    """The sum of ``says`` (+1, -1 or 0) over the distinct texts among ``values`` (``tally``)."""
    plus, minus = tally(values, says)
    return plus - minus


def parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a numeric date with a year (``09/05/26``, ``28-11-2026``,
    ``২৮.১১.২০২৬``, a leading apostrophe aside); None for any other text (``2026-11-28``,
    ``28 Nov 2026``, a date without a year)."""
    found = _pieces(text)
    return (int(found[0]), int(found[1])) if found else None


def _pieces(text: str) -> list[str] | None:
    pieces = text.strip().lstrip("'\u2018\u2019").translate(ASCII_DIGITS) \
        .replace("-", "/").replace(".", "/").split("/")
    if len(pieces) >= 3 and len(pieces[0]) <= 2 and pieces[0].isdigit() and pieces[1].isdigit():
        return pieces
    return None


def says_dayfirst(text: str) -> int:
    """+1 for a text only day first can read (``28/11/26``), -1 for one only month first
    can (``11/28/26``), 0 for the rest (``05/09/26``, ``13/13/26``, ``28 Nov 2026``)."""
    found = parts(text)
    if found is None:
        return 0
    return (found[0] > 12) - (found[1] > 12)


def guess_dayfirst(values: Iterable[object]) -> bool:
    """Day/month or month/day: decided once per file or column by a vote of the dates that tell.

    A shop's log of invoice lines can fill its first thousands of rows with the first
    few days of a month, none of which tells ("12/1/2010" to "12/5/2010"), and one
    mistyped date must not turn a whole file round. Bangladeshi day-first when no date
    tells, or on a tie.
    """
    return vote(values, says_dayfirst) >= 0


@dataclass(frozen=True)
class ColumnOrder:
    """A column's day/month order, and why: its texts that tell each way, and examples."""

    month_first: int  # distinct texts only month first can read
    day_first: int  # distinct texts only day first can read
    told: str = ""  # the first that can only be month first ("11/28/26")
    sample: str = ""  # the first that either order reads, and differently ("09/05/26")
    follows: bool = False  # none of its own tells: it follows the tab's other date columns

    @property
    def dayfirst(self) -> bool:
        return not self.follows and not month_first(self.month_first, self.day_first)

    @property
    def tells(self) -> bool:
        return bool(self.day_first or self.month_first)


def column_order(values: list[object]) -> ColumnOrder:
    """The order of a column (or of several, pooled) by the vote of its text dates; with
    examples when it is month first, for the summary's line."""
    day, month = tally(values, says_dayfirst)
    if not month_first(month, day):
        return ColumnOrder(month, day)
    return ColumnOrder(month, day, *_examples(values))


def month_first(month: int, day: int) -> bool:
    """Whether a staff tab's column is turned month first: by at least ``MIN_MONTH_FIRST``
    texts only month first can read, more than twice as many as only day first can. A
    staff tab is a Bangladeshi shop's own sheet first, where one date a hand typed the US
    way ("12/25/2026" beside "05/11/2026" and "03/12/2026") must not turn the others round;
    a US export's column has dozens that tell. (An orders file, read whole by the backtest,
    goes by the plain majority: ``guess_dayfirst``.)"""
    return month >= MIN_MONTH_FIRST and month > 2 * day


#: The fewest texts only month first can read that turn a staff tab's column month first.
MIN_MONTH_FIRST = 2


def _examples(values: list[object]) -> tuple[str, str]:
    """The first text only month first reads ("11/28/26"), and the first both orders read,
    differently ("09/05/26"); "" for none."""
    told = sample = ""
    for v in values:
        if not isinstance(v, str) or (found := parts(v)) is None:
            continue
        if not told and found[0] <= 12 < found[1]:
            told = v.strip()
        if not sample and found[0] <= 12 and found[1] <= 12 and found[0] != found[1]:
            sample = v.strip()
        if told and sample:
            break
    return told, sample


def tab_order(columns: dict[str, list[object]], key: str) -> ColumnOrder:
    """The order of a tab's date column ``key``, given each date column's cells: by its own
    vote, or, when none of its own dates tells, by the vote of the tab's other date columns
    (a Follow Up On of ``12/02/26`` typed by the hand that typed the call's ``11/28/26``)."""
    own = column_order(columns[key])
    if own.tells:
        return own
    others = column_order([v for k, cells in columns.items() if k != key for v in cells])
    if others.dayfirst:
        return own
    return ColumnOrder(0, 0, others.told, _examples(columns[key])[1], follows=True)


# The run's summary says once which column was read month first (not a Problems row: there
# is nothing to fix when the column is right), with the dates that decided it.
MONTH_FIRST = Counted(  # {n}: the count as written ("at least 50" when the vote stopped there)
    one="The dates typed in the {column} column of the {tab} tab are read month first, as a US "
        "export writes them: 1 of them can only be read so ({told} is {told_read}){against}{sample}.",
    en="The dates typed in the {column} column of the {tab} tab are read month first, as a US "
       "export writes them: {n} of them can only be read so ({told} is {told_read}){against}{sample}.",
    bn="{tab} ট্যাবের {column} কলামে লেখা তারিখগুলো মাস আগে ধরে পড়া হয়েছে, যেমন US এক্সপোর্টে লেখা "
       "থাকে: এর {n}টি কেবল এভাবেই পড়া যায় ({told} মানে {told_read}){against}{sample}।")
OR_MORE = Text(en="at least {count}", bn="অন্তত {count}")
AGAINST = Counted(one=", and 1 only day first", en=", and {count} only day first",
                  bn=", আর {count}টি কেবল দিন আগে ধরে")
SAMPLE = Text(en="; so {sample} is {read}", bn="; তাই {sample} মানে {read}")
FOLLOWS = Text(
    en="None of the dates typed in the {column} column of the {tab} tab can only be read one way, "
       "so they are read month first, as the tab's other dates are{sample}.",
    bn="{tab} ট্যাবের {column} কলামে লেখা কোনো তারিখ কেবল এক ভাবে পড়া যায় না, তাই সেগুলো ট্যাবের অন্য "
       "তারিখগুলোর মতো মাস আগে ধরে পড়া হয়েছে{sample}।")
DAY_FIRST_HINT = Text(
    en=" If the column is day first, correct the dates that are not ({told}).",
    bn=" কলামটি দিন আগে ধরে লেখা হলে, যে তারিখগুলো তা নয় সেগুলো ({told}) ঠিক করুন।")


def month_first_note(order: ColumnOrder, tab: str, column: str, lang: str) -> str:
    """The summary's line on a column read month first (``MONTH_FIRST``)."""
    from ..messages.filters import long_date

    def read(text: str) -> str:
        """The text read month first, as a person says it ("5 September 2026")."""
        pieces = _pieces(text) or ["", "", ""]
        year = pieces[2].split()[0] if pieces[2].split() else ""
        try:
            full = int(year) + 2000 if len(year) == 2 else int(year)
            return long_date(date(full, int(pieces[0]), int(pieces[1])), lang, year=True)
        except ValueError:
            return text

    # the dates are quoted as typed, so the owner can find them in the column
    if order.follows:
        return FOLLOWS(lang, tab=tab, column=column,
                       sample=SAMPLE(lang, sample=order.sample, read=read(order.sample))
                       if order.sample else "")
    against = AGAINST(lang, order.day_first) if order.day_first else ""
    sample = SAMPLE(lang, sample=order.sample, read=read(order.sample)) if order.sample else ""
    count = localise_digits(order.month_first, lang)
    if order.month_first - order.day_first >= VOTE_LEAD:  # the vote stopped counting there
        count = OR_MORE(lang, count=count)
    line = MONTH_FIRST(lang, order.month_first, n=count, tab=tab, column=column, told=order.told,
                       told_read=read(order.told), against=against, sample=sample)
    return line + (DAY_FIRST_HINT(lang, told=order.told) if order.day_first else "")
