"""A column of dates typed in US order is read month first, decided once for the column.

A blind owner's trial (M1): a Square export pasted into Orders, under the sheet's own
headers Date and Customer ID, has its dates as text in US order ("09/05/26", "11/28/26",
"02/08/26"). Read one cell at a time, day first unless impossible, one column mixed 28
November ("11/28/26", read right by the swap) with 9 May ("09/05/26", really 5 September)
and 2 August ("02/08/26", really 8 February): wrong purchase histories, and a win-back
that told the customer a wrong last-purchase day. Now each date column's order is decided
once by a vote of its text dates that tell (``khatir.sheet.date_order``, the backtest's
vote): month first when more of them can only be month first than only day first; day first,
as in Bangladesh, when none tells or on a tie. A column none of whose own dates tells follows
the tab's other date columns. The summary says so once, in the owner's language.

Real .xlsx files written by openpyxl and XlsxWriter; the daily command as an owner runs it.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from other_writers import openpyxl_workbook, xlsxwriter_workbook
from conftest import cli_lines, shown
from khatir.sheet.date_order import column_order, guess_dayfirst, tab_order
from khatir.sheet.schema import CALL_NOTES, CUSTOMERS, MESSAGES

TODAY = "2026-11-30"

#: Imran bought every two weeks, last on 17 June (US order: "02/08/26" is 8 February, which
#: day first reads as 2 August, after his real last purchase); Rupa bought once, on
#: 5 September ("09/05/26", 9 May day first); Mitu is a regular who last bought on 6 November
#: ("11/06/26", 11 June day first, which made her "at risk").
IMRAN = ["01/04/26", "01/18/26", "02/01/26", "02/08/26", "02/22/26", "03/08/26", "03/22/26",
         "04/05/26", "04/19/26", "05/03/26", "05/17/26", "05/31/26", "06/03/26", "06/17/26"]
RUPA = ["09/05/26"]
MITU = ["06/12/26", "07/10/26", "08/07/26", "09/04/26", "10/02/26", "10/30/26", "11/06/26"]

FOLLOW_UPS_HEADER = ["#", "What", "Customer ID", "Name", "Phone", "Agent", "Due", "Days Overdue",
                     "Why", "Message Key"]
IMRAN_LOST = ["1", "lost", "C-1", "Imran Akter", "+8801711234561", "", "", "",
              "usually buys about every 14 days; no purchase for 166 days; 14 orders, ৳ 16,800 in total",
              "win_back:C-1:2026-06-17"]
RUPA_FIRST = ["2", "first order, not back", "C-2", "Rupa Akter", "+8801711234562", "", "", "",
              "one order, 86 days ago; never came back", "first_order:C-2:2026-09-05"]
IMRAN_WIN_BACK = ("Hello Imran,\nWe haven't seen you since 17 June 2026, and we miss you. Did we get "
                  "something wrong — the service, the quality, delivery or the price? Please tell us "
                  "honestly; a negative answer helps us just as much.\n— Rupkotha")
RUPA_FIRST_ORDER = ("প্রিয় Rupa,\n৫ সেপ্টেম্বর ২০২৬ তারিখে আমাদের কাছ থেকে কেনাকাটার জন্য আবারও ধন্যবাদ। "
                    "কেনা জিনিসগুলো কেমন লাগল — সব ঠিকঠাক পেয়েছিলেন তো? কোনো কিছু মনমতো না হলে জানাবেন; "
                    "আমরা ঠিক করে দিতে চাই।\n— Rupkotha")
ORDERS_MONTH_FIRST = (  # Imran's 7 dates that tell, and Mitu's 10/30/26
    "The dates typed in the Date column of the Orders tab are read month first, as a US export "
    "writes them: {n} of them can only be read so (01/18/26 is 18 January 2026); so 01/04/26 is "
    "4 January 2026.")


def customers(*rows: tuple) -> list[list]:
    out = [CUSTOMERS.headers()]
    for cid, name, lang, extra in rows:
        cells = {"id": cid, "name": name, "phone": "01711-23456" + cid[-1], "language": lang, **extra}
        out.append([cells.get(c.key) for c in CUSTOMERS.columns])
    return out


PEOPLE = (("C-1", "Imran Akter", "en", {}), ("C-2", "Rupa Akter", "bn", {}),
          ("C-3", "Mitu Chowdhury", "en", {}))


def orders(imran=IMRAN, rupa=RUPA, mitu=MITU) -> list[list]:
    rows: list[list] = [["Date", "Customer ID", "Amount"]]
    rows += [[d, "C-1", 1200] for d in imran]
    rows += [[d, "C-2", 800] for d in rupa]
    rows += [[d, "C-3", 500] for d in mitu]
    return rows


def note(**cells) -> list:
    return [cells.get(c.key) for c in CALL_NOTES.columns]


def tabs(order_rows: list[list] | None = None, customer_rows: list[list] | None = None,
         notes: list[list] | None = None) -> dict[str, list[list]]:
    return {"Customers": customer_rows or customers(*PEOPLE),
            "Orders": order_rows or [["Date", "Customer ID", "Amount"]],
            "Call Notes": [CALL_NOTES.headers(), *(notes or [])], "Messages": [MESSAGES.headers()]}


#: The two writers every test here runs on (tests/other_writers.py).
write_openpyxl, write_xlsxwriter = openpyxl_workbook, xlsxwriter_workbook


WRITERS = {"openpyxl": write_openpyxl, "xlsxwriter": write_xlsxwriter}


def run(book: Path, config: Path, capsys, lang: str = "en") -> list[str]:
    """The owner's command; the summary's lines."""
    return cli_lines(book, config, capsys, TODAY, lang=lang)


def rows(book: Path, title: str, width: int = 10) -> list[list[str]]:
    return [[shown(v) for v in row][:width] for row in load_workbook(book)[title].iter_rows(values_only=True)]


def messages(book: Path) -> dict[str, str]:
    """Messages by Key: their text."""
    found = rows(book, "Messages", 14)
    return {row[13]: row[4] for row in found[1:]}


@pytest.mark.slow
@pytest.mark.parametrize("writer", WRITERS)
def test_us_orders_are_read_month_first(tmp_path, config, capsys, writer):
    """Imran's win-back names his real last purchase, 17 June (not 2 August, "02/08/26" read
    day first); Rupa's first order is 5 September (not 9 May, which made her "check in ...
    205 days ago"); Mitu, a regular who bought on 6 November, is not "at risk". A real date
    cell among the text (8 March) is read as the date it is."""
    imran = [datetime(2026, 3, 8) if d == "03/08/26" else d for d in IMRAN]
    book = WRITERS[writer](tmp_path / "shop.xlsx", tabs(orders(imran)))
    out = run(book, config, capsys)
    assert ORDERS_MONTH_FIRST.format(n=8) in out
    assert "No problems found in the sheet." in out
    assert rows(book, "Follow-ups") == [FOLLOW_UPS_HEADER, IMRAN_LOST, RUPA_FIRST]
    assert messages(book) == {"win_back:C-1:2026-06-17": IMRAN_WIN_BACK,
                              "first_order:C-2:2026-09-05": RUPA_FIRST_ORDER}


@pytest.mark.slow
def test_the_summary_line_in_bengali(tmp_path, config, capsys):
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(orders()))
    out = run(book, config, capsys, "bn")
    assert ("Orders ট্যাবের Date কলামে লেখা তারিখগুলো মাস আগে ধরে পড়া হয়েছে, যেমন US এক্সপোর্টে লেখা থাকে: "
            "এর ৮টি কেবল এভাবেই পড়া যায় (01/18/26 মানে ১৮ জানুয়ারি ২০২৬); তাই 01/04/26 মানে ৪ জানুয়ারি ২০২৬।") in out


def day_first(dates: list[str]) -> list[str]:
    """The same days typed day first: "11/28/26" -> "28/11/26"."""
    return ["/".join((d[3:5], d[:2], d[6:])) for d in dates]


@pytest.mark.slow
@pytest.mark.parametrize("writer", WRITERS)
def test_a_day_first_column_is_read_as_before(tmp_path, config, capsys, writer):
    """The same days typed the Bangladeshi way ("05/09/26" is 5 September, "18/01/26" tells)
    give the same rows, and no line about the order."""
    book = WRITERS[writer](tmp_path / "shop.xlsx",
                           tabs(orders(day_first(IMRAN), day_first(RUPA), day_first(MITU))))
    out = run(book, config, capsys)
    assert not [line for line in out if "month first" in line]
    assert rows(book, "Follow-ups") == [FOLLOW_UPS_HEADER, IMRAN_LOST, RUPA_FIRST]
    assert messages(book) == {"win_back:C-1:2026-06-17": IMRAN_WIN_BACK,
                              "first_order:C-2:2026-09-05": RUPA_FIRST_ORDER}


RUPA_CHECK_IN = ["1", "check in", "C-2", "Rupa Akter", "+8801711234562", "", "", "",
                 "never contacted; only purchase 205 days ago (limit 60)"]


@pytest.mark.slow
def test_a_column_where_no_date_tells_stays_day_first(tmp_path, config, capsys):
    """Nothing in the column says month first: "09/05/26" is 9 May, as ever."""
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(orders([], RUPA, [])))
    out = run(book, config, capsys)
    assert not [line for line in out if "month first" in line]
    assert rows(book, "Follow-ups", 9) == [FOLLOW_UPS_HEADER[:9], RUPA_CHECK_IN]


@pytest.mark.slow
def test_a_tie_stays_day_first(tmp_path, config, capsys):
    """One date only month first can read and one only day first: a tie is day first."""
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(orders([], RUPA, ["11/28/25", "29/11/25"])))
    out = run(book, config, capsys)
    assert not [line for line in out if "month first" in line]
    assert rows(book, "Follow-ups", 9) == [
        FOLLOW_UPS_HEADER[:9],
        ["1", "lost", "C-3", "Mitu Chowdhury", "+8801711234563", "", "", "",
         "bought on two days in a row; no purchase for 366 days; 2 orders, ৳ 1,000 in total"],
        ["2", *RUPA_CHECK_IN[1:]]]


@pytest.mark.slow
def test_the_majority_decides_and_the_summary_names_the_other_side(tmp_path, config, capsys):
    """Seven dates say month first and one day first ("29/11/25", a stray day-first date):
    the column is month first, and the summary says which dates to correct if it is not."""
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(orders(IMRAN, RUPA, ["29/11/25"])))
    out = run(book, config, capsys)
    assert ("The dates typed in the Date column of the Orders tab are read month first, as a US "
            "export writes them: 7 of them can only be read so (01/18/26 is 18 January 2026), and "
            "1 only day first; so 01/04/26 is 4 January 2026. If the column is day first, correct "
            "the dates that are not (01/18/26).") in out
    assert rows(book, "Follow-ups", 9)[1:] == [
        IMRAN_LOST[:9], RUPA_FIRST[:9],
        ["3", "check in", "C-3", "Mitu Chowdhury", "+8801711234563", "", "", "",
         "never contacted; only purchase 366 days ago (limit 60)"]]


@pytest.mark.slow
def test_first_and_last_purchase_in_customers(tmp_path, config, capsys):
    """With no orders, Customers' First and Last Purchase are the history. Last Purchase has
    no date that tells ("06/03/26"): it follows First Purchase ("01/15/26" tells), so Imran
    last bought on 3 June, not 6 March."""
    grid = customers(
        ("C-1", "Imran Akter", "en", {"first_purchase": "01/04/26", "last_purchase": "06/03/26", "orders": 14}),
        ("C-2", "Rupa Akter", "bn", {"first_purchase": "09/05/26", "last_purchase": "09/05/26", "orders": 1}),
        ("C-3", "Mitu Chowdhury", "en", {"first_purchase": "01/15/26", "last_purchase": "11/06/26",
                                         "orders": 12}),
        ("C-4", "Nila Das", "en", {"first_purchase": "01/13/26", "last_purchase": "11/11/26",
                                   "orders": 20}))
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(customer_rows=grid))
    out = run(book, config, capsys)
    assert [line for line in out if "month first" in line] == [
        "The dates typed in the First Purchase column of the Customers tab are read month first, as a "
        "US export writes them: 2 of them can only be read so (01/15/26 is 15 January 2026); so "
        "01/04/26 is 4 January 2026.",
        "None of the dates typed in the Last Purchase column of the Customers tab can only be read one "
        "way, so they are read month first, as the tab's other dates are; so 06/03/26 is 3 June 2026."]
    assert rows(book, "Follow-ups") == [
        FOLLOW_UPS_HEADER,
        ["1", "lost", "C-1", "Imran Akter", "+8801711234561", "", "", "",
         "usually buys about every 12 days; no purchase for 180 days; 14 orders", "win_back:C-1:2026-06-03"],
        RUPA_FIRST]
    assert "We haven't seen you since 3 June 2026" in messages(book)["win_back:C-1:2026-06-03"]


@pytest.mark.slow
def test_call_notes_dates(tmp_path, config, capsys):
    """A call on "11/10/26" is 10 November: its get-well follow-up is due and the message
    names the day (day first, 11 October, it would be stale). Follow Up On "12/03/26" follows
    the tab's Date column: 3 December, not yet due (day first, 12 March: long overdue)."""
    notes = [note(date="11/27/26", customer_id="C-3", note="asked about the new saris", done="yes"),
             note(date="11/10/26", customer_id="C-1", note="His mother is in hospital with a fever"),
             note(date="11/13/26", customer_id="C-2", note="Wants a call back about the blue panjabi",
                  follow_up_on="12/03/26")]
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(notes=notes))
    out = run(book, config, capsys)
    assert [line for line in out if "month first" in line] == [
        "The dates typed in the Date column of the Call Notes tab are read month first, as a US export "
        "writes them: 2 of them can only be read so (11/27/26 is 27 November 2026); so 11/10/26 is "
        "10 November 2026.",
        "None of the dates typed in the Follow Up On column of the Call Notes tab can only be read one "
        "way, so they are read month first, as the tab's other dates are; so 12/03/26 is 3 December 2026."]
    assert rows(book, "Follow-ups") == [
        FOLLOW_UPS_HEADER,
        ["1", "overdue", "C-1", "Imran Akter", "+8801711234561", "", "2026-11-12", "18",
         "mother's illness (found in the note), 10 November: “His mother is in hospital with a fever”",
         "follow_up:C-1:2026-11-10:e0244798"]]
    [text] = messages(book).values()
    assert text.startswith("Hello Imran,\nWhen we spoke on 10 November, we heard your mother was unwell.")


@pytest.mark.slow
def test_one_date_typed_the_us_way_turns_nothing_round(tmp_path, config, capsys):
    """A Bangladeshi sheet's call on "05/11/26" is 5 November, though another call's date was
    typed the US way ("11/25/26", 25 November either way it can be read): no summary line,
    and the get-well follow-up names 5 November (month first would say 11 May)."""
    notes = [note(date="11/25/26", customer_id="C-3", note="asked about the new saris", done="yes"),
             note(date="05/11/26", customer_id="C-1", note="His mother is in hospital with a fever")]
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(notes=notes))
    out = run(book, config, capsys)
    assert not [line for line in out if "month first" in line]
    [text] = messages(book).values()
    assert text.startswith("Hello Imran,\nWhen we spoke on 5 November, we heard your mother was unwell.")


@pytest.mark.slow
def test_an_impossible_date_is_still_a_problem(tmp_path, config, capsys):
    """"13/13/26" is no day in either order: a Problems row, as before; the rest is read."""
    book = write_openpyxl(tmp_path / "shop.xlsx", tabs(orders(IMRAN, RUPA, ["13/13/26"])))
    out = run(book, config, capsys)
    assert ORDERS_MONTH_FIRST.format(n=7) in out
    assert rows(book, "Problems", 5)[1:] == [
        ["Orders", "17", "A", "13/13/26",
         "“13/13/26” is not a real date; check the day, the month and the year."]]
    assert rows(book, "Follow-ups")[1:] == [IMRAN_LOST, RUPA_FIRST]


@pytest.mark.parametrize("values, column_dayfirst, file_dayfirst", [
    # one that tells, none against: a stray US date in a staff tab's column turns nothing
    # round; an orders file goes by the plain majority
    (["11/28/26", "09/05/26"], True, False),
    (["11/28/26", "11/27/26", "09/05/26"], False, False),  # two that tell, none against
    (["28/11/26", "05/09/26"], True, True),
    (["09/05/26", "02/08/26"], True, True),  # none tells: the Bangladeshi habit
    (["11/28/26", "28/11/26", "09/05/26"], True, True),  # a tie
    (["11/28/26", "10/15/26", "28/11/26"], True, False),  # two to one: not twice as many
    (["11/28/26", "10/15/26", "11/27/26", "28/11/26"], False, False),  # three to one
    (["11/28/26", "11/28/26", "28/11/26"], True, True),  # a text counts once, however often typed
    ([datetime(2026, 11, 28), 46000, "09/05/26"], True, True),  # date cells and day numbers never vote
    (["'11/28/26", "১১/২৭/২০২৬", "১১/২৯/২০২৬"], False, False),  # an apostrophe aside; Bengali digits
])
def test_the_vote(values, column_dayfirst, file_dayfirst):
    assert column_order(values).dayfirst is column_dayfirst
    assert guess_dayfirst(values) is file_dayfirst  # the backtest's orders file, read whole


def test_a_column_that_tells_keeps_its_own_order():
    """A day-first Follow Up On beside a month-first Date keeps its own order; one that does
    not tell follows; the tab's other columns never outvote a column's own dates."""
    columns = {"date": ["11/28/26", "11/27/26"], "follow_up_on": ["30/11/26"]}
    assert tab_order(columns, "follow_up_on").dayfirst
    assert not tab_order({**columns, "follow_up_on": ["12/03/26"]}, "follow_up_on").dayfirst
    assert tab_order({"date": ["28/11/26"], "follow_up_on": ["12/03/26"]}, "follow_up_on").dayfirst
