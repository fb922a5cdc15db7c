"""Cell parsers: the forms staff really type, and a clear error for the rest."""
from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khatir.sheet import parse as p
from khatir.errors import CellError
from khatir.i18n import Text, bn_digits

D = dt.date
NOV22 = D(2026, 11, 22)
BENGALI = re.compile("[\u0980-\u09ff]")


def problem_of(call, *args, **kw) -> Text:
    with pytest.raises(CellError) as caught:
        call(*args, **kw)
    return caught.value.problem


# --- text ----------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    (None, ""),
    ("  Rahim  ", "Rahim"),
    ("\u00a0Rahim\u00a0\u2003", "Rahim"),
    ("\u200b\ufeffRa\u200bhim\u200b", "Rahim"),
    ("\u200cর\u200dয\u200c", "র\u200dয"),  # joiners kept inside a word only
    ("a \u200c b", "a  b"),
    ("line one\nline two", "line one\nline two"),
    (12, "12"), (12.0, "12"), (12.5, "12.5"), (1711234567.0, "1711234567"),
    (True, "TRUE"), (False, "FALSE"),
    (NOV22, "2026-11-22"),
    (dt.datetime(2026, 11, 22), "2026-11-22"),
    (dt.datetime(2026, 11, 22, 10, 30), "2026-11-22 10:30"),
    (dt.time(18, 0), "18:00"),
    ("\u09df", unicodedata.normalize("NFC", "\u09af\u09bc")),  # য় composed -> NFC
])
def test_clean_text(value, expected):
    assert p.clean_text(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("  Hello\u00a0  WORLD ", "hello world"),
    ("Customer\n ID", "customer id"),
    ("র\u200d্যাব", "র্যাব"),
    ("STRASSE", "strasse"),
])
def test_match_key(value, expected):
    assert p.match_key(value) == expected


@pytest.mark.parametrize("value", [None, "", "   ", "\u00a0\u2003", "\u200b\u200c", "\n\t"])
def test_blank(value):
    assert p.is_blank(value)


@pytest.mark.parametrize("value", [0, 0.0, False, "0", "x", "-", NOV22])
def test_not_blank(value):
    assert not p.is_blank(value)


# --- dates ---------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    (NOV22, NOV22),
    (dt.datetime(2026, 11, 22, 18, 30), NOV22),
    (46348, NOV22), (46348.75, NOV22), (18264, D(1950, 1, 1)), (2958465, D(9999, 12, 31)),
    ("2026-11-22", NOV22), ("2026-11-22 10:30", NOV22), ("2026-11-22T10:30:00Z", NOV22),
    ("2026/11/22", NOV22),
    ("22/11/2026", NOV22), ("22-11-2026", NOV22), ("22.11.2026", NOV22), ("22 / 11 / 2026", NOV22),
    ("22/11/26", NOV22), ("22/11/2026 6:30 PM", NOV22),
    ("03/04/2026", D(2026, 4, 3)),
    ("11/22/2026", NOV22),  # day-first impossible (month 22), so month-first
    ("29 May 2022", D(2022, 5, 29)), ("29 May, 2022", D(2022, 5, 29)),
    ("May 29, 2022", D(2022, 5, 29)), ("29-May-2022", D(2022, 5, 29)),
    ("29 MAY 2022", D(2022, 5, 29)), ("3 sept. 2024", D(2024, 9, 3)),
    ("Sept 3rd, 2024", D(2024, 9, 3)), ("22 november 26", NOV22), ("2026 Nov 22", NOV22),
    ("২২ নভেম্বর ২০২৬", NOV22), ("২২/১১/২০২৬", NOV22), ("22শে নভেম্বর, ২০২৬", NOV22),
    ("১লা জানুয়ারি ২০২৭", D(2027, 1, 1)), ("১ জানুয়ারী ২০২৭", D(2027, 1, 1)),
    ("১৫ আগষ্ট ২০২৬", D(2026, 8, 15)), ("১৫ আগস্ট ২০২৬", D(2026, 8, 15)),
    ("১ জানু\u09dfারি ২০২৭", D(2027, 1, 1)), ("১ ফেব্রু\u09dfারী ২০২৭", D(2027, 2, 1)),  # precomposed য়
    ("\u00a022/11/2026\u200b", NOV22),
])
def test_parse_date(value, expected):
    assert p.parse_date(value) == expected


@pytest.mark.parametrize("month", [name for names in p._MONTH_NAMES for name in names])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_every_month_name_in_either_unicode_form(month, form):
    number = next(i for i, names in enumerate(p._MONTH_NAMES, 1) if month in names)
    text = unicodedata.normalize(form, f"১০ {month.upper()} ২০২৬")
    assert p.parse_date(text) == D(2026, number, 10)


@pytest.mark.parametrize("value, expected", [
    ("03/04/2026", D(2026, 3, 4)), ("22/11/2026", NOV22), ("22 Nov 2026", NOV22),
])
def test_parse_date_month_first(value, expected):
    assert p.parse_date(value, dayfirst=False) == expected


@pytest.mark.parametrize("value, problem", [
    ("31/02/2026", p.DATE_INVALID), ("29/02/2025", p.DATE_INVALID), ("13/13/2026", p.DATE_INVALID),
    ("2026-22-11", p.DATE_INVALID), ("22/11/0026", p.DATE_INVALID), ("0 Nov 2026", p.DATE_INVALID),
    ("22 Nov", p.DATE_UNREADABLE), ("Nov 2026", p.DATE_UNREADABLE), ("22 26 Nov", p.DATE_UNREADABLE),
    ("22112026", p.DATE_UNREADABLE), ("22/11/202", p.DATE_UNREADABLE), ("22/11-2026", p.DATE_UNREADABLE),
    ("next week", p.DATE_UNREADABLE), ("২২ বৈশাখ ১৪৩৩", p.DATE_UNREADABLE), ("10:30", p.DATE_UNREADABLE),
    (0, p.DATE_UNREADABLE), (2026, p.DATE_UNREADABLE), (15, p.DATE_UNREADABLE), (-5, p.DATE_UNREADABLE), (2958466, p.DATE_UNREADABLE),
    (float("nan"), p.DATE_UNREADABLE), (True, p.DATE_UNREADABLE), (dt.time(10, 30), p.DATE_UNREADABLE),
    ("", p.BLANK), (None, p.BLANK), ("#REF!", p.FORMULA_ERROR),
])
def test_parse_date_rejects(value, problem):
    assert problem_of(p.parse_date, value) is problem


JAN5 = D(2026, 1, 5)


@pytest.mark.parametrize("value, past, ahead, nearest", [
    ("15 Nov", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("15 November", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("১৫ই নভেম্বর", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("১৫ নভেম্বর", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("15/11", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("15-11", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("১৫/১১", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("Nov 15", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("15th Nov", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
    ("15-Nov", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),  # how Excel shows d-mmm
    ("11/15", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),  # month 15 impossible: no ambiguity
    ("28 Dec", D(2025, 12, 28), D(2026, 12, 28), D(2025, 12, 28)),
    ("5 Jan", JAN5, JAN5, JAN5),  # the day itself, whichever way
    ("05/01", JAN5, JAN5, JAN5),  # day first, as Bangladesh writes it
    ("6 Jan", D(2025, 1, 6), D(2026, 1, 6), D(2026, 1, 6)),
    ("২০শে জানুয়ারি", D(2025, 1, 20), D(2026, 1, 20), D(2026, 1, 20)),
    ("29 Feb", D(2024, 2, 29), D(2028, 2, 29), D(2024, 2, 29)),
    ("15 Nov 10:30", D(2025, 11, 15), D(2026, 11, 15), D(2025, 11, 15)),
])
def test_a_date_without_a_year_takes_it_from_the_anchor(value, past, ahead, nearest):
    assert p.parse_sheet_date(value, anchor=JAN5) == past
    assert p.parse_sheet_date(value, anchor=JAN5, toward=p.PAST) == past
    assert p.parse_sheet_date(value, anchor=JAN5, toward=p.AHEAD) == ahead
    assert p.parse_sheet_date(value, anchor=JAN5, toward=p.NEAREST) == nearest


@pytest.mark.parametrize("value, problem", [
    ("15", p.DATE_UNREADABLE), ("১৫", p.DATE_UNREADABLE), (15, p.DATE_UNREADABLE),
    ("15.11", p.DATE_UNREADABLE),  # as likely a number as a date
    ("Nov 2026", p.DATE_UNREADABLE), ("Nov", p.DATE_UNREADABLE), ("15 Nov Dec", p.DATE_UNREADABLE),
    ("11/2026", p.DATE_UNREADABLE), ("115/11", p.DATE_UNREADABLE),
    ("31/02", p.DATE_INVALID), ("13/13", p.DATE_INVALID), ("0 Nov", p.DATE_INVALID),
    ("32 Dec", p.DATE_INVALID),
])
def test_a_date_without_a_year_is_still_refused_when_it_is_no_date(value, problem):
    assert problem_of(p.parse_sheet_date, value, anchor=JAN5) is problem


@pytest.mark.parametrize("value", ["15 Nov", "15/11", "১৫ই নভেম্বর"])
def test_without_an_anchor_a_date_without_a_year_is_refused(value):
    assert problem_of(p.parse_sheet_date, value) is p.DATE_UNREADABLE


# --- phones --------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("01711-234567", "+8801711234567"), ("01711 234 567", "+8801711234567"),
    ("+8801711234567", "+8801711234567"), ("8801711234567", "+8801711234567"),
    ("008801711234567", "+8801711234567"), ("০১৭১১২৩৪৫৬৭", "+8801711234567"),
    (1711234567, "+8801711234567"), (1711234567.0, "+8801711234567"), ("1711234567", "+8801711234567"),
    (8801711234567, "+8801711234567"), ("+880 1711-234567", "+8801711234567"),
    ("(01711) 234567", "+8801711234567"), ("+৮৮০ ১৭১১-২৩৪৫৬৭", "+8801711234567"),
    ("+44 7911 123456", "+447911123456"), ("\u00a001711-234567\u200b", "+8801711234567"),
])
def test_parse_phone(value, expected):
    assert p.parse_phone(value) == expected


@pytest.mark.parametrize("value, expected", [
    # a label in brackets after the number says what it is for; it is not a second number
    ("01911-345678 (বিকাশ)", ("+8801911345678", ())), ("01911-345678 (bKash)", ("+8801911345678", ())),
    ("01911-345678(Nagad)", ("+8801911345678", ())), ("01711-234567 (WhatsApp) ", ("+8801711234567", ())),
    ("01711-234567 [home]", ("+8801711234567", ())), ("০১৯১১-৩৪৫৬৭৮ (অফিস)", ("+8801911345678", ())),
    ("01711-234567 (বাসা)", ("+8801711234567", ())), ("+880 1711-234567 (office)", ("+8801711234567", ())),
    # two labelled numbers: the first is used, the second is still named as not used
    ("01711-234567 (home), 01819-876543 (office)", ("+8801711234567", ("01819-876543 (office)",))),
    # digits in brackets are a number, not a label
    ("01711-234567 (01819876543)", ("+8801711234567", ("(01819876543)",))),
])
def test_a_label_after_a_number_is_not_a_number(value, expected):
    assert p.parse_phones(value) == expected


@pytest.mark.parametrize("value, problem", [
    ("(বিকাশ)", p.PHONE_INVALID), ("01711-23456 (বিকাশ)", p.PHONE_INVALID),
])
def test_a_label_alone_or_after_a_bad_number_is_still_reported(value, problem):
    assert problem_of(p.parse_phone, value) is problem


@pytest.mark.parametrize("operator", "3456789")
def test_every_bd_mobile_operator_prefix(operator):
    assert p.parse_phone(f"01{operator}11234567") == f"+8801{operator}11234567"


@pytest.mark.parametrize("value, problem", [
    ("01211234567", p.PHONE_INVALID), ("01711-23456", p.PHONE_INVALID), ("017112345678", p.PHONE_INVALID),
    ("12345", p.PHONE_INVALID), ("017ABC34567", p.PHONE_INVALID), ("call 01711234567", p.PHONE_INVALID),
    (1.5, p.PHONE_INVALID), (True, p.PHONE_INVALID), (NOV22, p.PHONE_INVALID),
    ("01711234567, 01811234567", p.PHONE_SEVERAL), ("01711234567 / 01811234567", p.PHONE_SEVERAL),
    ("01711234567 অথবা 01811234567", p.PHONE_SEVERAL),
    ("", p.BLANK), ("#N/A", p.FORMULA_ERROR),
])
def test_parse_phone_rejects(value, problem):
    assert problem_of(p.parse_phone, value) is problem


# --- yes/no, numbers, times ---------------------------------------------


@pytest.mark.parametrize("value", [
    True, 1, 1.0, "TRUE", "true", "Yes", "Y", "1", "হ্যাঁ", "হ্যা", "হাঁ",
    "✓", "✔", "✔\ufe0f", "☑", "✅", "x", "X", "done", "Done", "সম্পন্ন",
])
def test_parse_bool_yes(value):
    assert p.parse_bool(value) is True


@pytest.mark.parametrize("value", [False, 0, 0.0, "FALSE", "no", "N", "0", "না"])
def test_parse_bool_no(value):
    assert p.parse_bool(value) is False


@pytest.mark.parametrize("value", ["maybe", "2", 2, 0.5, "✗", "yes no", NOV22, "", "#VALUE!"])
def test_parse_bool_rejects(value):
    with pytest.raises(CellError):
        p.parse_bool(value)


@pytest.mark.parametrize("parser, value, expected", [
    (p.parse_amount, 1200, 1200.0), (p.parse_amount, 12.5, 12.5), (p.parse_amount, 0, 0.0),
    (p.parse_amount, "1,23,456", 123456.0), (p.parse_amount, "123,456", 123456.0),
    (p.parse_amount, "৳ 1,200", 1200.0), (p.parse_amount, "৳১২০০", 1200.0),
    (p.parse_amount, "1200 টাকা", 1200.0), (p.parse_amount, "Tk 1,200.50", 1200.5),
    (p.parse_amount, "tk.500", 500.0), (p.parse_amount, "BDT 500", 500.0), (p.parse_amount, "1200/-", 1200.0),
    (p.parse_amount, "১,২০০.৫০", 1200.5), (p.parse_amount, "-0", 0.0),
    # an order's negative amount is a refund, read as it is
    (p.parse_amount, -1500, -1500.0), (p.parse_amount, "-1500", -1500.0), (p.parse_amount, "- ৳500", -500.0),
    (p.parse_amount, "-১,৫০০ টাকা", -1500.0),
    (p.parse_total, "৳ 1,200", 1200.0), (p.parse_total, 0, 0.0), (p.parse_total, "-0", 0.0),
    (p.parse_count, 12, 12), (p.parse_count, 12.0, 12), (p.parse_count, "12", 12), (p.parse_count, "12.0", 12),
    (p.parse_count, "১২", 12), (p.parse_count, "১২টি", 12), (p.parse_count, "1,200", 1200), (p.parse_count, 0, 0),
    (p.parse_count, "123456789012345678901234567890", 123456789012345678901234567890),
])
def test_parse_number(parser, value, expected):
    result = parser(value)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize("parser, value, problem", [
    (p.parse_total, "-500", p.NEGATIVE), (p.parse_total, "- ৳500", p.NEGATIVE), (p.parse_total, -1, p.NEGATIVE),
    (p.parse_total, "abc", p.AMOUNT_UNREADABLE),
    (p.parse_amount, "abc", p.AMOUNT_UNREADABLE), (p.parse_amount, "1,2345", p.AMOUNT_UNREADABLE),
    (p.parse_amount, "12 00", p.AMOUNT_UNREADABLE), (p.parse_amount, "1e5", p.AMOUNT_UNREADABLE),
    (p.parse_amount, float("inf"), p.AMOUNT_UNREADABLE), (p.parse_amount, 10**400, p.AMOUNT_UNREADABLE),
    (p.parse_amount, True, p.AMOUNT_UNREADABLE), (p.parse_amount, "#DIV/0!", p.FORMULA_ERROR),
    (p.parse_count, 12.5, p.COUNT_UNREADABLE), (p.parse_count, "12.5", p.COUNT_UNREADABLE),
    (p.parse_count, "twelve", p.COUNT_UNREADABLE), (p.parse_count, -3, p.NEGATIVE),
    (p.parse_count, "-3", p.NEGATIVE), (p.parse_count, "", p.BLANK),
])
def test_parse_number_rejects(parser, value, problem):
    assert problem_of(parser, value) is problem


@pytest.mark.parametrize("value, expected", [
    (dt.time(18, 0), "18:00"), (dt.datetime(2026, 11, 22, 9, 15), "09:15"),
    (0.75, "18:00"), (0.0, "00:00"), (46348.75, "18:00"), (0.999999, "00:00"),
    ("6 PM", "18:00"), ("6pm", "18:00"), ("6:30 p.m.", "18:30"), ("6.30 PM", "18:30"),
    ("12 am", "00:00"), ("12 PM", "12:00"), ("18:00", "18:00"), ("9:05", "09:05"), ("18:00:00", "18:00"),
    ("১৮:০০", "18:00"),
    ("সন্ধ্যা ৬টা", "সন্ধ্যা ৬টা"), (" after Asr ", "after Asr"), ("6", "6"), (6, "6"), ("", ""),
])
def test_parse_time(value, expected):
    assert p.parse_time(value) == expected


@pytest.mark.parametrize("value", ["25:00", "18:75", "13 PM", "0 am", -0.5, True, NOV22, "#REF!"])
def test_parse_time_rejects(value):
    with pytest.raises(CellError):
        p.parse_time(value)


# --- choices -------------------------------------------------------------


@pytest.mark.parametrize("choices, value, expected", [
    (p.SEGMENTS, "Interested", "interested"), (p.SEGMENTS, " আগ্রহী ", "interested"),
    (p.SEGMENTS, "CUSTOMER", "existing"), (p.SEGMENTS, "বর্তমান", "existing"), (p.SEGMENTS, "হারানো", "lost"),
    (p.LANGUAGES, "BN", "bn"), (p.LANGUAGES, "Bangla", "bn"), (p.LANGUAGES, "বাংলা", "bn"),
    (p.LANGUAGES, "English", "en"), (p.LANGUAGES, "ইংরেজি", "en"),
])
def test_parse_choice(choices, value, expected):
    assert p.parse_choice(value, choices) == expected


def test_parse_choice_lists_the_canonical_values():
    with pytest.raises(CellError) as caught:
        p.parse_choice("french", p.LANGUAGES)
    assert caught.value.params["choices"] == "bn (বাংলা), en (ইংরেজি)"
    assert caught.value.problem is p.CHOICE_UNKNOWN


@pytest.mark.parametrize("value, expected", [
    (None, ("interested", "existing", "lost")), ("", ("interested", "existing", "lost")),
    (" , ", ("interested", "existing", "lost")),
    ("interested, lost", ("interested", "lost")), ("Lost;Interested", ("interested", "lost")),
    ("হারানো / আগ্রহী", ("interested", "lost")), ("বর্তমান، হারানো", ("existing", "lost")),
    ("lost, lost", ("lost",)), ("existing\ninterested", ("interested", "existing")),
])
def test_parse_segment_list(value, expected):
    assert p.parse_segment_list(value) == expected


def test_parse_segment_list_names_the_bad_part():
    with pytest.raises(CellError) as caught:
        p.parse_segment_list("interested, VIP")
    assert caught.value.params["item"] == "VIP"
    assert caught.value.params["value"] == "interested, VIP"


# --- the words people read ----------------------------------------------

TEXTS = {name: value for name, value in vars(p).items() if isinstance(value, Text)}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_texts_are_bilingual_with_the_same_placeholders(name):
    text = TEXTS[name]
    fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (text.en, text.bn)]
    assert fields[0] == fields[1]
    assert text.en and BENGALI.search(text.bn)


@pytest.mark.parametrize("call", [
    lambda: p.parse_date("31/02/2026"), lambda: p.parse_date("soon"), lambda: p.parse_date(""),
    lambda: p.parse_date("#REF!"), lambda: p.parse_phone("017ABC"), lambda: p.parse_phone("01711234567, 01811234567"),
    lambda: p.parse_bool("maybe"), lambda: p.parse_total("-5"), lambda: p.parse_amount("lots"),
    lambda: p.parse_count(1.5), lambda: p.parse_choice("x", p.SEGMENTS), lambda: p.parse_choice("", p.LANGUAGES),
    lambda: p.parse_segment_list("all"), lambda: p.parse_time("25:00"),
])
def test_errors_render_in_both_languages(call):
    with pytest.raises(CellError) as caught:
        call()
    error = caught.value
    assert "value" in error.params
    for lang in ("en", "bn"):
        for text in (error.problem, error.fix):
            rendered = text(lang, **error.params)
            assert rendered and "{" not in rendered and "}" not in rendered
    assert str(error) == error.problem("en", **error.params)


def test_error_value_is_truncated():
    with pytest.raises(CellError) as caught:
        p.parse_date("x" * 500)
    assert len(caught.value.params["value"]) == 60


# --- properties ----------------------------------------------------------

cells = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(),
    st.text(alphabet="0123456789০১২৩৪৫৬৭৮৯/-.,: +৳TtkaAPMmNovনভেম্বরটাকা#!"),
    st.dates(), st.datetimes(), st.times(),
)
PARSERS = [
    p.parse_date, p.parse_phone, p.parse_bool, p.parse_amount, p.parse_total, p.parse_count, p.parse_time,
    p.parse_segment_list,
    lambda v: p.parse_choice(v, p.LANGUAGES),
]


@pytest.mark.parametrize("parser", PARSERS)
@settings(max_examples=300, deadline=None)
@given(value=cells)
@pytest.mark.slow
def test_parsers_raise_only_cell_errors(parser, value):
    try:
        parser(value)
    except CellError as error:
        assert error.problem("bn", **error.params) and error.fix("bn", **error.params)


@given(st.one_of(st.text(), cells))
def test_clean_text_is_idempotent_and_trimmed(value):
    once = p.clean_text(value)
    assert p.clean_text(once) == once
    assert once == once.strip()
    assert p.match_key(p.match_key(value)) == p.match_key(value)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(9999, 12, 31)))
def test_date_round_trips(day):
    months = p._MONTH_NAMES[day.month - 1]
    forms = [
        day.isoformat(), day.strftime("%d/%m/") + f"{day.year:04d}",
        bn_digits(f"{day.day} {months[-1]} {day.year:04d}"), f"{months[0].title()} {day.day}, {day.year:04d}",
    ]
    if day.year >= 1950:  # earlier serial numbers are refused as typing slips
        forms.append((day - p._SERIAL_EPOCH).days)
    assert [p.parse_date(form) for form in forms] == [day] * len(forms)


@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=8, max_size=8))
@pytest.mark.slow
def test_bd_mobiles_round_trip(operator, rest):
    e164 = p.parse_phone(f"01{operator}{rest}")
    assert e164 == f"+8801{operator}{rest}"
    assert p.parse_phone(e164) == p.parse_phone(bn_digits(e164[4:])) == e164


@pytest.mark.parametrize("value", ["1900-01-01", "9999-12-31", "01/01/1949", D(2101, 1, 1)])
def test_sheet_dates_refuse_years_no_record_can_have(value):
    with pytest.raises(CellError) as err:
        p.parse_sheet_date(value)
    assert err.value.problem is p.DATE_IMPLAUSIBLE


@pytest.mark.parametrize("value, expected", [("22/11/2026", NOV22), (46348, NOV22), (D(1950, 1, 1), D(1950, 1, 1))])
def test_sheet_dates_accept_real_ones(value, expected):
    assert p.parse_sheet_date(value) == expected


@pytest.mark.parametrize("status, returned", [
    ("returned", True), ("Cancelled", True), ("canceled", True), ("wc-refunded", True),
    ("Failed delivery", True), ("Refused by customer", True), ("voided", True),
    ("বাতিল", True), ("ফেরত এসেছে", True), ("রিটার্ন", True), ("ক্যানসেল", True),
    ("ferot", True), ("RTO", True), ("Lost by 3PL", True), ("Undelivered", True),
    ("Pending payment", True), ("wc-pending", True), ("wc-checkout-draft", True),
    ("expired", True), ("storniert", True), ("Storno", True), ("anulado", True),
    ("annulé", True), ("Quotation", True), ("Quotation Sent", True), ("Quote", True),
    ("Estimate", True), ("Reversal", True), ("UNATTEMPTED", True), ("Not attempted", True),
    ("INCOMPLETE", True), ("INITIATED", True), ("Unsuccessful", True), ("VALID", False),
    ("VALIDATED", False), ("Success", False), ("Closed", False), ("Sale", False),
    ("Sales Order", False), ("Payment", False), ("Locked", False),
    ("delivered", False), ("Completed", False), ("wc-processing", False), ("Shipped", False),
    ("WhatsApp", False), ("Pending", False), ("storefront", False), ("Paid (Stripe)", False),
    ("Delivered to customer", False), ("Geliefert", False), ("বিতরণ সম্পন্ন", False), ("paid", False), ("partially refunded", False),
    ("আংশিক ফেরত", False), ("ডেলিভারি হয়েছে", False), ("", False), (None, False),
])
def test_an_order_status_says_whether_it_was_bought(status, returned):
    assert p.parse_returned(status) is returned
