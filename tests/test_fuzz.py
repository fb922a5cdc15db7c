"""Hostile and broken input, generated: the parsers, whole sheets full of junk on both
backends, templates that reach for Python internals, names that look like formulas.

Properties:
- a parser returns a value of its type or raises ``CellError`` (whose problem and fix
  render in both languages), never anything else; dates and phones round-trip;
- a sheet with empty rows, merged (blank) headers, title rows, duplicate headers, formula
  error values, 50,000-character cells, emoji and mixed scripts, dates in 1900 and 9999
  never stops the run, and every cell a column's parser refuses is in Problems (tab,
  row, column); no cell Khatir writes is longer than the target allows;
- a template that reaches for Python internals is refused, or renders nothing of them;
- a customer name that starts with ``=``, ``+``, ``-`` or ``@`` arrives in Messages and
  Follow-ups as the same text, never as a formula, on both backends.

``KHATIR_FUZZ_EXAMPLES`` scales every test's example count (default 1: the counts
below, from a fixed seed; 10 runs ten times as many, from a random seed).
"""
from __future__ import annotations

from collections import Counter
import datetime as dt
import math
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings as hsettings, strategies as st
from openpyxl import load_workbook

from conftest import (MSG_COL, TODAY, GoogleSheet, WorkbookSheet, basic_grids, fixed_clock, message_row,
                      to_google)
from khatir.sheet import parse
from khatir.backends.base import Link
from khatir.backends.workbook import create_workbook
from khatir.config import build_settings
from khatir.demo import demo_grids
from khatir.errors import CellError, TemplateError
from khatir.jobs.daily import build_changes, plan_daily, run_daily
from khatir.sheet.read import SENTIMENTS, _event_parser, _follow_up_on, read_sheet
from khatir.messages.render import Renderer
from khatir.messages.samples import sample_contexts
from khatir.sheet.schema import MESSAGES
from khatir.sheet.tables import column_letter

pytestmark = pytest.mark.slow  # the fuzz suite: many random sheets through the whole job

SCALE = float(os.environ.get("KHATIR_FUZZ_EXAMPLES", "1"))
SETTINGS = build_settings({"general": {"language": "en", "shop_name": "Rupkotha"}})
RENDERER = Renderer(SETTINGS.templates_dir)
GOOGLE_CELL_LIMIT, EXCEL_CELL_LIMIT = 50_000, 32_767
COUNTS: dict[str, int] = {}


def examples(n: int):
    """``n`` examples; in the default run from a fixed seed (the same inputs every time, so
    the suite never turns red by chance), in a scaled-up campaign from a random one."""
    return hsettings(max_examples=max(1, int(n * SCALE)), deadline=None, derandomize=SCALE == 1,
                     database=None if SCALE == 1 else hsettings.default.database,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                            HealthCheck.function_scoped_fixture])


def counted(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    path = os.environ.get("KHATIR_CAMPAIGN_LEDGER")
    if path:
        import json
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"suite": "fuzz", **COUNTS}) + "\n")


# -- what staff (and broken formulas, and other programs) put in cells ----------------

SCRIPTS = "abcXYZ অআকখগমেয়ের্জ্বর০১২৩ Ωμέγα 中文字 عربى ❤️😀🎉👨‍👩‍👧 \u200b\u200c\u200d\u00a0\u202e\t\n"
words = st.sampled_from([
    "মেয়ের জ্বর", "Car broke down on the highway", "wife in delivery room", "😷😷😷", "ammu osustho",
    "C-001", "C-1", "c-001 ", "yes", "না", "✓", "TRUE", "interested, lost", "আগ্রহী / হারানো", "bn", "EN",
    "01711-234567", "+8801711234567", "০১৭১১২৩৪৫৬৭", "0171", "01711-234567, 01819-876543",
    "1,23,456 টাকা", "৳ 1,200", "-500", "১২টি", "1e309", "NaN", "Infinity",
    "31/02/2026", "29/02/1900", "00/00/0000", "1/1/9999", "31/12/9999", "01/01/1900", "22 Nov 2026",
    "২২ নভেম্বর ২০২৬", "Nov 22", "25:00", "13 PM", "সন্ধ্যা ৬টা", "=1+1", "=A1", "+880", "@everyone",
    "'quoted", "  ", "\u200b", "\ufeffC-001", "null", "None", "undefined", "<script>", "{{ 7*7 }}",
    "%s%s%n", "\x00\x07\x1b",
])
formula_errors = st.builds(lambda e, case, pad: (" " * pad) + (e.lower() if case else e) + (" " * pad),
                           st.sampled_from(sorted(parse.FORMULA_ERRORS)), st.booleans(), st.integers(0, 2))
long_text = st.builds(lambda s, n: (s * (50_000 // len(s) + 1))[:n],
                      st.text(SCRIPTS, min_size=1, max_size=7), st.sampled_from([5_000, 32_768, 49_999, 50_000]))
odd_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
dates = st.dates(dt.date(1900, 1, 1), dt.date(9999, 12, 31))
edge_dates = st.sampled_from([dt.date(1900, 1, 1), dt.date(1900, 2, 28), dt.date(1900, 3, 1),
                              dt.date(1949, 12, 31), dt.date(9999, 12, 31), dt.date(2100, 12, 31)])
numbers = st.one_of(st.integers(-10**20, 10**20), st.floats(allow_nan=False, allow_infinity=False),
                    st.sampled_from([0, 1, -0.0, 0.5, 2958465, 2958466, 18263, 18264, 46350.75, 2**53 + 1]))

#: every kind of cell, including values no backend can store (NaN, the year 1)
any_cell = st.one_of(
    st.none(), st.booleans(), numbers, st.floats(), words, formula_errors, odd_text, long_text,
    dates, edge_dates, st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31)),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.times(), st.text(SCRIPTS, max_size=30),
)
#: what a workbook and a Google Sheet can both hold
storable_cell = st.one_of(st.none(), st.booleans(), numbers, words, formula_errors, odd_text, long_text,
                          dates, edge_dates, st.text(SCRIPTS, max_size=30))


# -- 1. the parsers ---------------------------------------------------------------------

def check_cell_error(err: CellError) -> None:
    for lang in ("en", "bn"):
        assert err.problem(lang, **err.params)
        assert err.fix(lang, **err.params)


PARSERS = {
    "date": (parse.parse_date, dt.date),
    "sheet date": (getattr(parse, "parse_sheet_date", parse.parse_date), dt.date),
    "phone": (parse.parse_phone, str),
    "bool": (parse.parse_bool, bool),
    "amount": (parse.parse_amount, float),  # an order's: below zero is a refund
    "total": (parse.parse_total, float),
    "count": (parse.parse_count, int),
    "segment": (lambda v: parse.parse_choice(v, parse.SEGMENTS), str),
    "language": (lambda v: parse.parse_choice(v, parse.LANGUAGES), str),
    "sentiment": (lambda v: parse.parse_choice(v, SENTIMENTS), str),
    "segment list": (parse.parse_segment_list, tuple),
    "time": (parse.parse_time, str),
    "event": (_event_parser(SETTINGS), str),
}


@pytest.mark.parametrize("name", sorted(PARSERS))
@examples(300)
@given(value=any_cell)
def test_parsers_return_their_type_or_a_cell_error(name, value):
    parser, kind = PARSERS[name]
    try:
        result = parser(value)
    except CellError as err:
        check_cell_error(err)
    else:
        assert isinstance(result, kind) and not (kind is int and isinstance(result, bool))
        if kind is float:
            assert math.isfinite(result) and (result >= 0 or name == "amount")
        if kind is int:
            assert result >= 0
        if name == "phone":
            assert re.fullmatch(r"\+\d{8,15}", result)
    counted("parser inputs")


@examples(300)
@given(value=any_cell)
def test_text_helpers_never_raise(value):
    text = parse.clean_text(value)
    assert isinstance(text, str)
    assert parse.clean_text(text) == text  # cleaning is idempotent
    assert isinstance(parse.match_key(value), str)
    assert isinstance(parse.is_blank(value), bool)
    counted("parser inputs")


@examples(300)
@given(day=dates)
def test_dates_round_trip_in_every_written_form(day):
    bn = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
    forms = [day, dt.datetime.combine(day, dt.time(15, 30)), day.isoformat(),
             f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day}-{day.month}-{day.year}",
             f"{day.day} {day.strftime('%b')} {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}".translate(bn)]
    for form in forms:
        assert parse.parse_date(form) == day, form
    serial = (day - dt.date(1899, 12, 30)).days
    if day >= dt.date(1950, 1, 1):
        assert parse.parse_date(serial) == day
    else:  # a bare number before 1950 is a typing slip, not a date
        with pytest.raises(CellError):
            parse.parse_date(serial)
    counted("parser inputs")


@examples(300)
@given(operator=st.sampled_from("3456789"), rest=st.integers(0, 10**8 - 1),
       form=st.sampled_from(["plain", "dash", "plus", "880", "00880", "bengali", "number", "spaces"]))
def test_every_way_of_writing_a_mobile_number_gives_one_number(operator, rest, form):
    local = f"01{operator}{rest:08d}"
    written = {
        "plain": local, "dash": f"{local[:5]}-{local[5:]}", "plus": "+88" + local, "880": "88" + local,
        "00880": "0088" + local, "bengali": local.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")),
        "number": int(local), "spaces": f" {local[:3]} {local[3:7]} {local[7:]} ",
    }[form]
    assert parse.parse_phone(written) == "+88" + local
    counted("parser inputs")


def test_cleaning_a_long_run_of_joiners_is_fast():
    import time
    start = time.perf_counter()
    parse.clean_text("\u200c" * 12_000)
    assert time.perf_counter() - start < 0.25


# -- 2. whole sheets full of junk -------------------------------------------------------

#: schema key -> the parser reading.py uses (parse_date where it uses the stricter
#: parse_sheet_date: a value parse_date refuses, parse_sheet_date refuses too)
COLUMN_PARSERS = {
    "customers": {"phone": parse.parse_phone, "segment": lambda v: parse.parse_choice(v, parse.SEGMENTS),
                  "language": lambda v: parse.parse_choice(v, parse.LANGUAGES),
                  "first_purchase": parse.parse_date, "last_purchase": parse.parse_date,
                  "orders": parse.parse_count, "total_spent": parse.parse_total,
                  "do_not_contact": parse.parse_bool},
    "orders": {"date": parse.parse_date, "amount": parse.parse_amount},
    "call_notes": {"date": parse.parse_date, "event": _event_parser(SETTINGS),
                   # a date, or a day in words; words without a day are no problem
                   "follow_up_on": lambda v: _follow_up_on(v, TODAY), "done": parse.parse_bool},
    "meetups": {"date": parse.parse_date, "time": parse.parse_time, "invite": parse.parse_segment_list,
                "capacity": parse.parse_count},
    "feedback": {"date": parse.parse_date, "sentiment": lambda v: parse.parse_choice(v, SENTIMENTS),
                 "resolved": parse.parse_bool},
    "messages": {"created": parse.parse_date, "sent_on": parse.parse_date},
}
REQUIRED = {"customers": ("id", "name"), "orders": ("date", "customer_id"),
            "call_notes": ("date", "customer_id", "note"), "meetups": ("id", "date"),
            "feedback": ("text",), "messages": ()}


def junk_sheet(data, cell) -> tuple[dict[str, list[list]], list[tuple[str, int, int]]]:
    """The demo shop, structurally damaged, then with junk in random cells.

    Returns the grids and the (tab, 0-based row, 0-based column) of every junk cell.
    """
    grids = demo_grids(TODAY)
    grids["Messages"] = [MESSAGES.headers(),
                         message_row(created=TODAY.isoformat(), key="follow_up:x", customer_id="C-001",
                                     name="রহিমা", kind="follow_up", message="hi", status="sent")]
    for title in list(grids):
        rows = grids[title]
        width = len(rows[0])
        if data.draw(st.booleans(), label=f"{title}: duplicate a header"):
            rows[0].append(rows[0][data.draw(st.integers(0, width - 1))])
        if data.draw(st.booleans(), label=f"{title}: merged header (a header cell left blank)"):
            rows[0][data.draw(st.integers(1, width - 1))] = ""
        for _ in range(data.draw(st.integers(0, 3), label=f"{title}: empty rows")):
            rows.insert(data.draw(st.integers(1, len(rows))), data.draw(st.sampled_from([[], [None] * width, [""] * 3])))
        if data.draw(st.booleans(), label=f"{title}: merged title row above the header"):
            rows.insert(0, [f"{title} — 2026 😀"] + [None] * (width - 1))
    hits: list[tuple[str, int, int]] = []
    for _ in range(data.draw(st.integers(1, 25), label="junk cells")):
        title = data.draw(st.sampled_from(sorted(grids)))
        rows = grids[title]
        r = data.draw(st.integers(0, len(rows) - 1))
        c = data.draw(st.integers(0, 13))
        row = rows[r]
        row.extend([None] * (c + 1 - len(row)))
        row[c] = data.draw(cell)
        hits.append((title, r, c))
    return grids, hits


def expected_problems(grids, tables, hits) -> set[tuple[str, int, str]]:
    """The junk cells that must be in Problems: a formula's error value in any column that
    is read, a value the column's parser refuses, a required column left blank."""
    want = set()
    for key, table in tables.items():
        parsers = COLUMN_PARSERS.get(key)
        if parsers is None or not table.header_row:
            continue
        by_index = {i: k for k, i in table.columns.items()}
        for title, r, c in hits:
            if title != table.title or r < table.header_row or c not in by_index:
                continue
            if r >= len(grids[title]):
                continue  # the backend dropped it: a trailing empty row
            row = grids[title][r]
            if not any(v is not None and str(v).strip() for v in row):
                continue  # a blank row is not read
            value = row[c] if c < len(row) else None
            column = by_index[c]
            if key == "customers" and column != "id" and _duplicate_id(grids[title], table, r):
                continue  # the row is skipped as a duplicate; that is what is reported
            if key == "messages":
                k = table.columns["key"]
                cell = row[k] if k < len(row) else None
                if parse.is_blank(cell) or _formula_error(cell):
                    continue  # a row without a (readable) Key is a person's own row
                if column not in MESSAGE_COLUMNS_READ:
                    continue
            bad = False
            if parse.is_blank(value):
                bad = column in REQUIRED[key]
            elif _formula_error(value):
                bad = True  # "#REF!" is no date, no name and no note
            elif column in parsers:
                try:
                    parsers[column](value)
                except CellError:
                    bad = True
            if bad:
                want.add((title, r + 1, column_letter(c + 1)))
    return want


#: the Messages columns the scripts read back (the others are the staff's to reword)
MESSAGE_COLUMNS_READ = ("key", "customer_id", "kind", "reply", "created", "sent_on")


def _formula_error(value) -> bool:
    return isinstance(value, str) and parse.clean_text(value).upper() in parse.FORMULA_ERRORS


def _duplicate_id(rows, table, r) -> bool:
    i = table.columns["id"]
    cid = parse.clean_text(rows[r][i]) if i < len(rows[r]) else ""
    earlier = {parse.clean_text(row[i]) for row in rows[table.header_row:r] if i < len(row)}
    return bool(cid) and cid in earlier


def all_cells(changes):
    for part in (*changes.appends, *changes.replaces):
        for row in part.rows:
            yield part.title, row


@examples(150)
@given(data=st.data())
def test_junk_sheets_never_stop_the_run_and_every_bad_cell_is_a_problem(data):
    grids, hits = junk_sheet(data, any_cell)
    sheet_data, tables = read_sheet(grids, SETTINGS)
    plan = plan_daily(sheet_data, SETTINGS, TODAY, RENDERER)
    changes = build_changes(plan, tables, grids, SETTINGS, {"job": "daily"})
    reported = {(p.tab, row, p.column) for p in sheet_data.problems for row in (p.row, *p.more_rows)}
    missing = expected_problems(grids, tables, hits) - reported
    assert not missing, f"bad cells not in Problems: {sorted(missing)}"
    for p in sheet_data.problems:
        assert len(p.value) <= 80 and p.problem and p.fix
    for title, row in all_cells(changes):
        for v in row:
            assert v is None or isinstance(v, (str, int, float, bool, dt.date, Link)), (title, v)
    counted("junk sheets (in memory)")
    COUNTS["junk cells"] = COUNTS.get("junk cells", 0) + len(hits)


def read_problems(sheet) -> tuple[set[tuple[str, int, str]], Counter]:
    """The cells the Problems tab names, and for each tab and column how many more rows a
    repeated problem's Row cell counts without naming them ("2, 3, 4, 6, 7 and 32 more")."""
    rows = sheet.tab("Problems")
    out, more = set(), Counter()
    for row in rows[1:]:
        row = row + [""] * (3 - len(row))
        if row[1]:
            listed, _, rest = str(row[1]).partition(" and ")
            out.update((row[0], int(n), row[2]) for n in listed.split(", "))
            more[row[0], row[2]] += int(rest.split()[0]) if rest else 0
    return out, more


def unnamed(missing: set[tuple[str, int, str]], more: Counter) -> set[tuple[str, int, str]]:
    """The missing cells beyond those a repeated problem's "and N more" counts in their column."""
    left = Counter((tab, column) for tab, _, column in missing)
    return {cell for cell in missing if left[cell[0], cell[2]] > more[cell[0], cell[2]]}


def longest_cell(sheet, titles) -> int:
    return max((len(v) for t in titles for row in sheet.tab(t) for v in row), default=0)


@pytest.mark.parametrize("backend", ["workbook", "google"])
@examples(8)
@given(data=st.data())
def test_junk_sheets_on_both_backends(sheets_server, backend, data):
    grids, hits = junk_sheet(data, storable_cell)
    with tempfile.TemporaryDirectory() as tmp:
        if backend == "workbook":
            sheet = WorkbookSheet(create_workbook(Path(tmp) / "shop.xlsx", grids))
            limit = EXCEL_CELL_LIMIT
        else:
            sheet = GoogleSheet(sheets_server, sheets_server.create_spreadsheet("Shop", to_google(grids)))
            limit = GOOGLE_CELL_LIMIT
        stored = sheet.backend(SETTINGS).read()  # what the backend hands over, junk included
        _, tables = read_sheet(stored, SETTINGS)
        run_daily(sheet.backend(SETTINGS), SETTINGS, TODAY, fixed_clock())
        named, more = read_problems(sheet)
        missing = unnamed(expected_problems(stored, tables, hits) - named, more)
        assert not missing, f"bad cells not in the Problems tab: {sorted(missing)}"
        assert longest_cell(sheet, ("Messages", "Follow-ups", "Problems", "Run Log")) <= limit
        if backend == "google":
            sheets_server.state.delete_spreadsheet(sheet.sid)
    counted(f"junk sheets ({backend})")


@pytest.mark.parametrize("column", [1, 3])  # Name, Note
def test_a_formula_error_in_a_text_column_is_a_problem(column):
    grids = basic_grids()
    if column == 1:
        grids["Customers"][2][1] = "#REF!"  # C-2, who gets a message today
        where = ("Customers", 3, "B")
    else:
        grids["Call Notes"][2][3] = "#N/A"  # C-2's note
        where = ("Call Notes", 3, "D")
    data, _ = read_sheet(grids, SETTINGS)
    plan = plan_daily(data, SETTINGS, TODAY, RENDERER)
    assert where in {(p.tab, p.row, p.column) for p in data.problems}
    assert not any("#REF!" in m["message"] or "#N/A" in m["message"] for m in plan.prepared.rows)


# -- 3. templates -------------------------------------------------------------------------

ROOTS = ["customer", "today", "shop", "note", "''", "[]", "{}", "lipsum", "cycler", "joiner", "namespace",
         "range", "self", "loop", "customer.name", "(1).__class__", "note.date", "dict", "config", "request"]
DUNDERS = ["__class__", "__mro__", "__subclasses__", "__base__", "__bases__", "__globals__", "__init__",
           "__builtins__", "__import__", "__dict__", "__code__", "__func__", "__self__", "__module__",
           "__reduce__", "__reduce_ex__", "__getattribute__", "mro", "gi_frame", "f_back", "f_globals",
           "cr_frame", "__closure__", "func_globals", "im_func", "_TemplateReference__context",
           "environment", "_module"]
#: what a leaked Python object looks like when printed (an attack's own words echoed
#: back, such as ``dict['__builtins__']``, a harmless type alias, are not a leak)
LEAK = re.compile(r"<(class|function|module|built-in|bound method|frame|code|generator|method|slot wrapper|cell)"
                  r"|'__name__'|'__builtins__':|'__loader__'|SecurityError|jinja2\.", re.IGNORECASE)


@st.composite
def attacks(draw):
    root = draw(st.sampled_from(ROOTS))
    chain = draw(st.lists(st.sampled_from(DUNDERS), min_size=1, max_size=4))
    style = draw(st.sampled_from(["dot", "item", "attr filter", "format", "call", "set"]))
    if style == "dot":
        expr = root + "".join(f".{a}" for a in chain)
    elif style == "item":
        expr = root + "".join(f"[{a!r}]" for a in chain)
    elif style == "attr filter":
        expr = root + "".join(f"|attr({a!r})" for a in chain)
    elif style == "format":
        return "{{ " + repr("{0." + ".".join(chain) + "}") + ".format(" + root + ") }}"
    elif style == "call":
        expr = root + "".join(f".{a}" for a in chain) + "()"
    else:
        return "{% set x = " + root + "." + chain[0] + " %}{{ x" + "".join(f".{a}" for a in chain[1:]) + " }}"
    return "{{ " + expr + " }}"


_TEMPLATES = tempfile.TemporaryDirectory()


@examples(300)
@given(source=attacks())
def test_templates_cannot_reach_python_internals(source):
    root = Path(_TEMPLATES.name) / str(COUNTS.get("template attacks", 0))
    path = root / "en" / "follow_up" / "default.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Hello " + source + "\n— Rupkotha", encoding="utf-8")
    renderer = Renderer(root)
    counted("template attacks")
    try:
        text = renderer.render("follow_up", "default", "en", sample_contexts("follow_up", "default", "en")[0])
    except TemplateError:
        counted("template attacks refused")
        return
    assert not LEAK.search(text), f"{source!r} rendered {text!r}"


@pytest.mark.parametrize("source", ["{{ dict['x'].mro }}", "{{ dict['x'].mro() }}",
                                    "{{ dict['__class__']['mro']()[1] }}"])
def test_a_type_alias_does_not_open_the_sandbox(source):
    root = Path(_TEMPLATES.name) / ("alias" + str(abs(hash(source))))
    path = root / "en" / "follow_up" / "default.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Hello " + source, encoding="utf-8")
    try:
        text = Renderer(root).render("follow_up", "default", "en",
                                     sample_contexts("follow_up", "default", "en")[0])
    except TemplateError:
        return
    assert not LEAK.search(text), f"{source!r} rendered {text!r}"


# -- 4. names that look like formulas -----------------------------------------------------

formula_names = st.builds(
    lambda prefix, body: (prefix + body).strip(),
    st.sampled_from(["=", "+", "-", "@", "=+", "==", "=-"]),
    st.one_of(st.sampled_from(['HYPERLINK("http://evil","click")', "1+1", "SUM(A1:A9)", "cmd|' /C calc'!A0",
                               "IMPORTXML(\"http://x\",\"//a\")", "8801711 Karim", "রহিমা", "A1", "TRUE"]),
              st.text("abcXYZ019()+-*/=!\"'&@$,.:; অআকখরহিমা😀", min_size=1, max_size=20)),
)


@pytest.mark.parametrize("backend", ["workbook", "google"])
@examples(6)
@given(name=formula_names)
def test_a_name_that_looks_like_a_formula_stays_text(sheets_server, backend, name):
    assume(parse.clean_text(name) == name and len(name) > 1)
    grids = basic_grids()
    grids["Customers"][2][1] = name  # C-2 gets a follow-up message today
    with tempfile.TemporaryDirectory() as tmp:
        if backend == "workbook":
            path = create_workbook(Path(tmp) / "shop.xlsx", grids)
            sheet = WorkbookSheet(path)
        else:
            sheet = GoogleSheet(sheets_server, sheets_server.create_spreadsheet("Shop", to_google(grids)))
        run_daily(sheet.backend(SETTINGS), SETTINGS, TODAY, fixed_clock())
        if backend == "workbook":
            book = load_workbook(path)
            for title, col in (("Messages", MSG_COL["name"] + 1), ("Follow-ups", 4)):
                cells = [r[col - 1] for r in book[title].iter_rows(min_row=2) if r[col - 1].value == name]
                assert cells, f"{name!r} is not in {title}"
                assert all(c.data_type == "s" for c in cells), f"{name!r} became a formula in {title}"
        else:
            for title, col in (("Messages", MSG_COL["name"]), ("Follow-ups", 3)):
                shown = sheets_server.values(sheet.sid, title, render="FORMATTED_VALUE")
                formula = sheets_server.values(sheet.sid, title, render="FORMULA")
                assert [r[col] for r in shown[1:] if len(r) > col and r[col] == name], f"{name!r} not in {title}"
                assert [r[col] for r in shown[1:] if len(r) > col] == [r[col] for r in formula[1:] if len(r) > col]
            sheets_server.state.delete_spreadsheet(sheet.sid)
    counted(f"formula-like names ({backend})")


# -- 5. sheet structure people leave behind ------------------------------------------------

def test_a_script_tab_cut_down_to_its_header_row_does_not_stop_the_run(sheets_server):
    from khatir.backends.emulator import emulator_client
    from khatir.sheet.schema import PROBLEMS
    grids = basic_grids()
    grids["Problems"] = [PROBLEMS.headers()]  # the owner deleted its empty rows, and never froze it
    sheet = GoogleSheet(sheets_server, sheets_server.create_spreadsheet("Shop", to_google(grids)))
    client = emulator_client(sheets_server.host)
    meta = client.http_client.fetch_sheet_metadata(sheet.sid)
    sheet_id = next(s["properties"]["sheetId"] for s in meta["sheets"] if s["properties"]["title"] == "Problems")
    client.http_client.batch_update(sheet.sid, {"requests": [{"updateSheetProperties": {
        "properties": {"sheetId": sheet_id, "gridProperties": {"rowCount": 1, "columnCount": 6}},
        "fields": "gridProperties.rowCount,gridProperties.columnCount"}}]})
    run_daily(sheet.backend(SETTINGS), SETTINGS, TODAY, fixed_clock())
    assert len(sheet.tab("Messages")) == 3


@pytest.mark.parametrize("backend", ["workbook", "google"])
def test_really_merged_header_cells_on_both_backends(sheets_server, tmp_path, backend):
    """Customer ID and Name merged into one header cell (as people do for a title): the
    Customers tab cannot be read, which Problems says; the run still goes through."""
    grids = basic_grids()
    if backend == "workbook":
        path = create_workbook(tmp_path / "shop.xlsx", grids)
        book = load_workbook(path)
        book["Customers"].merge_cells("A1:B1")
        book.save(path)
        sheet = WorkbookSheet(path)
    else:
        from khatir.backends.emulator import emulator_client
        sheet = GoogleSheet(sheets_server, sheets_server.create_spreadsheet("Shop", to_google(grids)))
        client = emulator_client(sheets_server.host)
        client.http_client.batch_update(sheet.sid, {"requests": [{"mergeCells": {"range": {
            "sheetId": 0, "startRowIndex": 0, "endRowIndex": 1, "startColumnIndex": 0, "endColumnIndex": 2},
            "mergeType": "MERGE_ALL"}}]})
    before = sheet.tab("Customers")
    assert before[0][1] == ""  # the merge kept only the first cell's value
    run_daily(sheet.backend(SETTINGS), SETTINGS, TODAY, fixed_clock())
    problems = sheet.tab("Problems")
    assert any(r[0] == "Customers" and "'Name'" in r[4] for r in problems[1:]), problems
    assert sheet.tab("Customers") == before
