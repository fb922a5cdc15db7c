"""How the tabs look to staff: messages that read in full and open WhatsApp in one
tap, Follow-ups coloured by group with a filter per agent, on both backends."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from urllib.parse import quote

import pytest
from openpyxl import load_workbook

from conftest import (TODAY, ago, basic_grids, fixed_clock, link_targets, opened_text, read_tab,
                      records)
from khatir.backends.base import Link
from khatir.backends.workbook import WorkbookBackend
from khatir.config import build_settings
from khatir.demo import demo_grids
from khatir.jobs.daily import run_daily
from khatir.sheet.presentation import GROUP_FILLS, LINK_LIMIT, iri_text, utf16_len, whatsapp_cell
from khatir.plan.worklist import GROUPS
from benchmarks.shop_data import shop_grids

LONG_BN = "প্রিয় করিম ভাই, আপনার মেয়ের অসুস্থতার খবর শুনে আমরা খুব চিন্তিত। " * 40


# -- the link -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hello Karim,\nOn 23 November — 50% off & more? #sale + “quotes”",
    "প্রিয় রহিমা,\nগত ১৯ নভেম্বর কথা হওয়ার সময় শুনেছিলাম\u200c বাসায় অসুখ।\n— নাসরিন, রূপকথা",
])
def test_a_whatsapp_link_types_exactly_the_message(text):
    cell = whatsapp_cell("+880 1711-234567", text, "en")
    assert isinstance(cell, Link) and cell.text == "Send on WhatsApp"
    assert cell.url.startswith("https://wa.me/8801711234567?text=")
    assert opened_text(cell.url) == text
    assert not re.search(r"[\s&#+%](?![0-9A-F]{2})", cell.url.split("?text=")[1])  # all escaped


def test_bengali_letters_stay_letters_so_the_link_is_a_third_as_long():
    text = "প্রিয় রহিমা, আশা করি বাসার সবাই এখন ভালো আছেন।"
    assert iri_text(text) == text.replace(" ", "%20")
    assert len(iri_text(text)) * 2 < len(quote(text))


def test_a_message_too_long_for_any_link_opens_the_chat_and_says_to_paste():
    assert utf16_len("https://wa.me/8801711234567?text=" + iri_text(LONG_BN)) > LINK_LIMIT
    cell = whatsapp_cell("+8801711234567", LONG_BN, "bn")
    assert cell == Link("চ্যাট খুলুন, তারপর বার্তাটি কপি করে দিন (লিংকে ধরে না)", "https://wa.me/8801711234567")
    assert whatsapp_cell("", "hi", "en") == ""


@pytest.mark.slow
def test_every_bengali_link_of_a_realistic_shop_fits_every_program(make_workbook, run_job):
    path = make_workbook(shop_grids(60, today=TODAY))
    result = run_job(path)
    msgs = records(path, "Messages")
    bengali = [m for m in result.new_messages if re.search("[\u0980-\u09ff]", m["message"])]
    assert len(bengali) > 10 and all(len(m["link"]) > 255 for m in bengali)  # percent-encoded
    targets = link_targets(path)
    assert len(targets) == len(msgs) == len(result.new_messages)
    for msg, target in zip(msgs, targets):
        assert utf16_len(target) <= LINK_LIMIT
        assert opened_text(target) == msg["Message"]


# -- the workbook -------------------------------------------------------------------------
@pytest.mark.slow
def test_a_messages_tab_khatir_makes_reads_in_full(make_workbook, run_job):
    grids = basic_grids()
    del grids["Messages"]
    path = make_workbook(grids)
    run_job(path)
    ws = load_workbook(path)["Messages"]
    header = [c.value for c in ws[1]]
    assert header[:2] == ["Created", "Agent"] and header[-1] == "Key"
    col = {h: i + 1 for i, h in enumerate(header)}
    letter = lambda h: ws.cell(1, col[h]).column_letter  # noqa: E731
    assert ws.column_dimensions[letter("Message")].width >= 60
    assert ws.cell(2, col["Message"]).alignment.wrap_text
    assert ws.cell(1, col["Message"]).font.b  # a bold header
    assert ws.row_dimensions[2].height and ws.row_dimensions[2].height >= 4 * 15  # 4 lines and more
    link = ws.cell(2, col["WhatsApp Link"])
    assert link.hyperlink.target.startswith("https://wa.me/") and link.font.u
    lists = {(str(dv.sqref), dv.formula1) for dv in ws.data_validations.dataValidation}
    assert lists == {(f"{letter('Status')}2:{letter('Status')}1048576", '"pending,sent,skipped"'),
                     (f"{letter('Reply')}2:{letter('Reply')}1048576",
                      '"yes,no,maybe,attended,did not come"')}  # every answer docs/sheet-schema.md lists
    assert ws.auto_filter.ref.startswith("A1:N")
    assert [c.value for c in ws["B"][1:]] == ["Nasrin", "Tanvir"]  # each agent finds their own


@pytest.mark.slow
def test_a_messages_tab_staff_made_keeps_its_columns_and_still_gets_links(make_workbook, run_job):
    grids = basic_grids()
    grids["Messages"] = [["Key", "Customer ID", "Name", "Message", "WhatsApp Link", "Status", "Staff Notes"]]
    path = make_workbook(grids)
    run_job(path)
    ws = load_workbook(path)["Messages"]
    assert [c.value for c in ws[1]] == grids["Messages"][0]  # no Agent column added
    assert ws.column_dimensions["D"].width in (None, 13.0)  # not widened
    assert not ws.cell(2, 4).alignment.wrap_text and not ws.auto_filter.ref
    assert [opened_text(t) for t in link_targets(path)] == [ws.cell(r, 4).value for r in (2, 3)]


def test_every_follow_ups_group_has_its_own_colour():
    assert set(GROUP_FILLS) == set(GROUPS)
    assert len(set(GROUP_FILLS.values())) == len(GROUP_FILLS)


@pytest.mark.slow
def test_follow_ups_are_coloured_by_group_with_a_filter(make_workbook, run_job):
    grids = basic_grids()
    grids["Feedback"] = [["Date", "Customer ID", "Sentiment", "Feedback"],
                         [ago(3), "C-2", "negative", "Delivery was late twice"]]
    path = make_workbook(grids)
    run_job(path)
    ws = load_workbook(path)["Follow-ups"]
    what = [ws.cell(r, 2).value for r in range(2, ws.max_row + 1)]
    fills = [ws.cell(r, 9).fill.fgColor.rgb[-6:] for r in range(2, ws.max_row + 1)]
    assert what[0] == "negative feedback"  # the first row says what to do first
    groups = {"negative feedback": "negative_feedback", "overdue": "overdue", "due today": "due"}
    assert fills == [GROUP_FILLS[groups[w]] for w in what]
    assert ws.cell(2, 10).fill.fgColor.rgb[-6:] == fills[0]  # empty cells coloured too
    assert ws.cell(2, 9).alignment.wrap_text and ws.column_dimensions["I"].width >= 60
    assert ws.cell(2, 10).alignment.wrap_text  # a long message key is not cut by the Remark
    assert ws.auto_filter.ref == f"A1:L{ws.max_row}"  # L: the staff's Notes column
    assert ws.page_setup.orientation == "landscape"
    # printed, all its columns fit one page's width (the Messages tab would print too small)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    messages = load_workbook(path)["Messages"]
    assert messages.page_setup.fitToWidth is None


@pytest.mark.slow
def test_the_look_does_not_grow_the_file_run_after_run(make_workbook, run_job):
    path = make_workbook(basic_grids())
    run_job(path)
    styles = zipfile.ZipFile(path).read("xl/styles.xml")
    run_job(path, ago(-1))
    run_job(path, ago(-2))
    assert zipfile.ZipFile(path).read("xl/styles.xml") == styles


# -- LibreOffice, as staff see it ------------------------------------------------------------
def _squeezed(text: str) -> str:
    """Text without any spacing: pdftotext puts spaces inside Bengali words at will."""
    return re.sub(r"[\s\u200b-\u200d]+", "", text)


#: How far down a wrapped cell's next line may be: its neighbours' wrapped lines come first.
LOOK_AHEAD = 3


def reads_in_full(lines: list[str], text: str) -> bool:
    """``text`` is on the page whole: it starts on one line and goes on at the start of
    one of the next lines (a wrapped cell; pdftotext may put a neighbour cell's text
    after it, or a wrapped neighbour's next line before it)."""
    text = _squeezed(text)
    for i, line in enumerate(lines):
        at = line.find(text[:12])
        if at < 0:
            continue
        rest, j = text[len(os.path.commonprefix([text, line[at:]])):], i + 1
        while rest:
            ahead = [(len(os.path.commonprefix([rest, lines[k]])), k)
                     for k in range(j, min(j + LOOK_AHEAD, len(lines)))]
            common, k = max(ahead, default=(0, j))
            if not common:
                break
            rest, j = rest[common:], k + 1
        if not rest:
            return True
    return False


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="needs LibreOffice and poppler (not on CI)")
@pytest.mark.parametrize("language", ["bn", "en"])
@pytest.mark.slow
def test_libreoffice_shows_every_message_and_reason_in_full_with_a_link(tmp_path, make_workbook, language):
    path = make_workbook(demo_grids(TODAY))
    settings = build_settings({"general": {"language": language, "shop_name": "Rupkotha"}})
    result = run_daily(WorkbookBackend(path), settings, TODAY, fixed_clock())
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=300)
    pdf = tmp_path / "shop.pdf"
    lines = [_squeezed(line) for line in subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.splitlines()]
    for m in result.new_messages:
        for line in m["message"].splitlines():  # every line of every message, whole
            assert reads_in_full(lines, line), line
    for row in read_tab(path, "Follow-ups")[1:]:
        assert reads_in_full(lines, row[8]), row[8]  # Why
    uris = re.findall(rb"/URI\s*\((https://wa\.me/[^)]*)\)", pdf.read_bytes())
    assert len(uris) == len([m for m in result.new_messages if m["phone"]])


# -- Google, through the local Sheets server ------------------------------------------------
GRID_FIELDS = ("sheets(properties.title,basicFilter,filterViews,data(columnMetadata.pixelSize,"
               "rowData.values(formattedValue,hyperlink,userEnteredFormat,dataValidation)))")


def google_tab(sheets_server, sid: str, title: str) -> dict:
    """A tab as Google reports it: cells with formats and links, widths, filters."""
    from khatir.backends.emulator import emulator_client
    client = emulator_client(sheets_server.host, timeout=30)
    meta = client.http_client.fetch_sheet_metadata(sid, params={
        "ranges": [f"'{title}'"], "includeGridData": "true", "fields": GRID_FIELDS})
    return meta["sheets"][0]


def cells(tab: dict) -> list[list[dict]]:
    return [row.get("values", []) for row in tab["data"][0].get("rowData", [])]


@pytest.mark.slow
def test_google_messages_read_in_full_and_open_whatsapp(sheets_server, google_sheet, settings):
    sheet = google_sheet(basic_grids())
    result = run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    tab = google_tab(sheets_server, sheet.sid, "Messages")
    rows = cells(tab)
    header = [c.get("formattedValue") for c in rows[0]]
    col = {h: i for i, h in enumerate(header)}
    assert header[1] == "Agent" and header[-1] == "Key"
    for row, msg in zip(rows[1:], result.new_messages):
        link = row[col["WhatsApp Link"]]
        assert link["formattedValue"] == "Send on WhatsApp"
        assert opened_text(link["hyperlink"]) == msg["message"]
        assert utf16_len(link["hyperlink"]) <= LINK_LIMIT
        assert row[col["Message"]]["userEnteredFormat"]["wrapStrategy"] == "WRAP"
        assert row[col["Status"]]["dataValidation"]["condition"]["values"] == [
            {"userEnteredValue": v} for v in ("pending", "sent", "skipped")]
        assert row[col["Reply"]]["dataValidation"]["condition"]["values"] == [
            {"userEnteredValue": v} for v in ("yes", "no", "maybe", "attended", "did not come")]
    widths = [m["pixelSize"] for m in tab["data"][0]["columnMetadata"]]
    assert widths[col["Message"]] == 60 * 7 + 10 and widths[col["Key"]] == 30 * 7 + 10
    assert tab["basicFilter"]["range"]["startRowIndex"] == 0


@pytest.mark.slow
def test_google_follow_ups_coloured_with_one_filter_view_per_agent_replaced(sheets_server, google_sheet,
                                                                             settings):
    sheet = google_sheet(basic_grids())
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    run_daily(sheet.backend(settings), settings, ago(-1), fixed_clock(ago(-1)))
    tab = google_tab(sheets_server, sheet.sid, "Follow-ups")
    rows = cells(tab)
    assert rows[0][0]["userEnteredFormat"]["textFormat"]["bold"]
    what = [r[1]["formattedValue"] for r in rows[1:]]
    colours = [r[8]["userEnteredFormat"]["backgroundColor"] for r in rows[1:]]
    groups = {"overdue": "overdue", "due today": "due"}
    assert colours == [colour_of(GROUP_FILLS[groups[w]]) for w in what]
    assert all(r[8]["userEnteredFormat"]["wrapStrategy"] == "WRAP" for r in rows[1:])
    agents = sorted({r[5]["formattedValue"] for r in rows[1:] if r[5].get("formattedValue")})
    views = tab["filterViews"]
    assert sorted(v["title"] for v in views) == [f"Follow-ups: {a}" for a in agents]  # not piled up
    assert all(v["filterSpecs"][0]["columnIndex"] == 5 for v in views)
    assert tab["basicFilter"]


@pytest.mark.slow
def test_google_staff_made_messages_tab_keeps_its_look_and_gets_links(sheets_server, google_sheet, settings):
    grids = basic_grids()
    grids["Messages"] = [["Key", "Customer ID", "Name", "Message", "WhatsApp Link", "Status"]]
    sheet = google_sheet(grids)
    run_daily(sheet.backend(settings), settings, TODAY, fixed_clock())
    tab = google_tab(sheets_server, sheet.sid, "Messages")
    rows = cells(tab)
    assert [c.get("formattedValue") for c in rows[0]] == grids["Messages"][0]
    assert [opened_text(r[4]["hyperlink"]) for r in rows[1:]] == [r[3]["formattedValue"] for r in rows[1:]]
    assert "wrapStrategy" not in rows[1][3].get("userEnteredFormat", {})
    assert "basicFilter" not in tab and {m["pixelSize"] for m in tab["data"][0]["columnMetadata"]} == {100}


def colour_of(hex_rgb: str) -> dict:
    from khatir.backends.google_style import colour
    return colour(hex_rgb)


def test_an_earlier_reply_dropdown_gets_did_not_come(make_workbook, run_job):
    """A Messages tab an earlier version laid out offers yes, no, maybe, attended: the next
    run adds "did not come" (আসেননি) to that list; a list of the staff's own is kept."""
    import zipfile
    from khatir.backends.xlsx_patch import read_book
    grids = basic_grids()
    del grids["Messages"]
    path = make_workbook(grids)
    run_job(path)
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
        part = read_book(zf).find("Messages").part
    xml = parts[part].replace(b"yes,no,maybe,attended,did not come", b"yes,no,maybe,attended")
    staff = b'<dataValidation type="list" sqref="O2:O50"><formula1>"yes,no"</formula1></dataValidation>'
    xml = xml.replace(b'<dataValidations count="2">', b'<dataValidations count="3">' + staff)
    parts[part] = xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    ws = load_workbook(path)["Messages"]
    assert '"yes,no,maybe,attended"' in {dv.formula1 for dv in ws.data_validations.dataValidation}
    run_job(path, ago(-1))
    ws = load_workbook(path)["Messages"]
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists == {"G2:G1048576": '"pending,sent,skipped"', "O2:O50": '"yes,no"',
                     "H2:H1048576": '"yes,no,maybe,attended,did not come"'}
