"""The Sheets emulator, driven through the real gspread over real HTTP.

Every expectation here is Google's observed behaviour (see the recorded traffic
the replay test checks), so a client tested against the emulator meets the same
answers in production.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import gspread
import pytest
import requests

from khatir.backends.emulator import emulator_client, emulator_host_from_env
from sheets_server import Fault, SheetsServer

HERE = Path(__file__).resolve().parent

REPLAY_TOOL_CANDIDATES = (HERE.parent.parent / "shared" / "tools" / "replay-cassettes",
                          Path("/work/shared/tools/replay-cassettes"))


@pytest.fixture(scope="module")
def server():
    with SheetsServer() as srv:
        yield srv
        assert srv.errors == [], "\n".join(srv.errors)


@pytest.fixture(autouse=True)
def _clean(server):
    yield
    server.clear_faults()
    server.clear_callbacks()


@pytest.fixture()
def client(server):
    return emulator_client(server.host, timeout=10)


@pytest.fixture()
def shop(server, client):
    """A spreadsheet with a Customers tab (header + 3 rows) opened through gspread."""
    sid = server.create_spreadsheet("Shop", {"Customers": [
        ["ID", "Name", "Phone"],
        ["C1", "Rahim", "+8801711234567"],
        ["C2", "Karim", ""],
        ["C3", "Salma", "+8801811111111"],
    ]})
    return sid, client.open_by_key(sid)


# ------------------------------------------------------------------ spreadsheets and tabs

def test_create_through_drive_then_open_by_key(server, client):
    created = client.create("Khatir shop")

    assert server.tabs(created.id) == ["Sheet1"]
    assert server.grid_size(created.id, "Sheet1") == (1000, 26)
    opened = client.open_by_key(created.id)
    assert opened.title == "Khatir shop"
    assert [ws.title for ws in opened.worksheets()] == ["Sheet1"]
    assert opened.sheet1.id == 0
    create = next(r for r in server.requests if r.method == "POST" and r.path.startswith("/drive/v3/files"))
    assert json.loads(create.response)["mimeType"] == "application/vnd.google-apps.spreadsheet"
    assert create.status == 200


def test_open_by_title_lists_drive_files(server, client):
    sid = server.create_spreadsheet("Listed by title")
    assert client.open("Listed by title").id == sid


def test_add_and_delete_worksheet(server, client):
    sid = server.create_spreadsheet("Tabs")
    book = client.open_by_key(sid)

    orders = book.add_worksheet("Orders", rows=10, cols=5)
    assert server.tabs(sid) == ["Sheet1", "Orders"]
    assert server.grid_size(sid, "Orders") == (10, 5)
    assert orders.index == 1
    with pytest.raises(gspread.exceptions.APIError) as err:
        book.add_worksheet("orders", rows=1, cols=1)  # titles are unique whatever the case
    assert err.value.response.status_code == 400

    book.del_worksheet(orders)
    assert server.tabs(sid) == ["Sheet1"]
    with pytest.raises(gspread.exceptions.APIError) as err:
        book.del_worksheet(book.sheet1)  # a spreadsheet keeps at least one tab
    assert err.value.response.status_code == 400


def test_unknown_spreadsheet_is_google_404(server, client):
    with pytest.raises(gspread.SpreadsheetNotFound):
        client.open_by_key("does-not-exist")
    answer = requests.get(f"{server.url}/v4/spreadsheets/does-not-exist/values/A1", timeout=5)
    assert answer.status_code == 404
    assert answer.json() == {"error": {"code": 404, "message": "Requested entity was not found.",
                                       "status": "NOT_FOUND"}}


def test_bad_json_is_google_400(server):
    sid = server.create_spreadsheet("Bad JSON")
    answer = requests.post(f"{server.url}/v4/spreadsheets/{sid}:batchUpdate", data=b"{not json",
                           headers={"Content-Type": "application/json"}, timeout=5)
    assert answer.status_code == 400
    assert answer.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert answer.json()["error"]["code"] == 400


# ------------------------------------------------------------------ reading

def test_values_get_omits_trailing_empty_cells_and_rows(server, client):
    sid = server.create_spreadsheet("Sparse", {"Sheet1": [
        ["A1", "B1", "", "D1", ""], ["", "b2", "", ""], ["", ""], ["A4"], ["", ""]]})
    book = client.open_by_key(sid)

    assert book.values_get("Sheet1") == {
        "range": "Sheet1!A1:Z1000", "majorDimension": "ROWS",
        "values": [["A1", "B1", "", "D1"], ["", "b2"], [], ["A4"]]}
    assert book.values_get("'Sheet1'!A1:1") == {
        "range": "Sheet1!A1:Z1", "majorDimension": "ROWS", "values": [["A1", "B1", "", "D1"]]}
    assert book.values_get("Sheet1!C3:E9") == {"range": "Sheet1!C3:E9", "majorDimension": "ROWS"}
    assert book.sheet1.get_all_values() == [
        ["A1", "B1", "", "D1"], ["", "b2", "", ""], ["", "", "", ""], ["A4", "", "", ""]]
    assert server.values(sid, "Sheet1") == [["A1", "B1", "", "D1"], ["", "b2"], [], ["A4"]]


def test_batch_get_with_quoted_sheet_names(server, client):
    sid = server.create_spreadsheet("Quoted", {
        "My Sheet": [["a", "b"], ["c", "d"]],
        "D3": [["x"], ["y"]],
        "It's": [["z"]],
    })
    book = client.open_by_key(sid)

    answer = book.values_batch_get(["'My Sheet'!A1:B2", "'D3'!A:A", "'It''s'!A1", "'My Sheet'!B2:B"])
    assert answer["valueRanges"] == [
        {"range": "'My Sheet'!A1:B2", "majorDimension": "ROWS", "values": [["a", "b"], ["c", "d"]]},
        {"range": "'D3'!A1:A1000", "majorDimension": "ROWS", "values": [["x"], ["y"]]},
        {"range": "'It''s'!A1", "majorDimension": "ROWS", "values": [["z"]]},
        {"range": "'My Sheet'!B2:B1000", "majorDimension": "ROWS", "values": [["d"]]},
    ]
    columns = book.values_get("'My Sheet'!A1:B2", params={"majorDimension": "COLUMNS"})
    assert columns["values"] == [["a", "c"], ["b", "d"]]


def test_reading_outside_the_grid_is_400(server, client):
    sid = server.create_spreadsheet("Small")
    book = client.open_by_key(sid)
    book.sheet1.resize(rows=5, cols=3)
    with pytest.raises(gspread.exceptions.APIError) as err:
        book.values_get("Sheet1!A1:D2")
    assert err.value.response.status_code == 400
    assert err.value.args[0]["message"] == \
        "Range (Sheet1!A1:D2) exceeds grid limits. Max rows: 5, max columns: 3"
    with pytest.raises(gspread.exceptions.APIError):
        book.values_get("Nope!A1")


# ------------------------------------------------------------------ writing

def test_raw_keeps_formula_looking_text(server, client):
    sid = server.create_spreadsheet("Raw")
    ws = client.open_by_key(sid).sheet1
    link = '=HYPERLINK("http://x","y")'

    answer = ws.update([[link, "0123", "2024-01-05", "TRUE"]], "A1", value_input_option="RAW")
    assert answer["updatedRange"] == "Sheet1!A1:D1"
    assert answer["updatedCells"] == 4
    assert server.values(sid, "Sheet1") == [[link, "0123", "2024-01-05", "TRUE"]]
    assert ws.get("A1:D1", value_render_option="UNFORMATTED_VALUE") == [[link, "0123", "2024-01-05", "TRUE"]]
    assert ws.get("A1", value_render_option="FORMULA") == [[link]]


def test_user_entered_parses_numbers_dates_booleans_and_formulas(server, client):
    sid = server.create_spreadsheet("Typed")
    ws = client.open_by_key(sid).sheet1
    typed = ["1234.5", "2024-01-05", "true", "'0123", "+8801711234567", '=HYPERLINK("http://x","y")', "=4/2",
             "12.5%", "hello"]

    ws.update([typed], "A1", value_input_option="USER_ENTERED")

    assert ws.get("A1:I1", value_render_option="UNFORMATTED_VALUE") == [
        [1234.5, 45296, True, "0123", 8801711234567, "y", 2, 0.125, "hello"]]
    assert ws.get("A1:I1", value_render_option="FORMATTED_VALUE") == [
        ["1234.5", "2024-01-05", "TRUE", "0123", "8801711234567", "y", "2", "12.50%", "hello"]]
    assert ws.get("A1:I1", value_render_option="FORMULA") == [
        [1234.5, 45296, True, "0123", 8801711234567, '=HYPERLINK("http://x","y")', "=4/2", 0.125, "hello"]]
    assert ws.get("B1", value_render_option="UNFORMATTED_VALUE",
                  date_time_render_option="FORMATTED_STRING") == [["2024-01-05"]]


def test_writing_outside_the_grid_is_400(server, client):
    sid = server.create_spreadsheet("Grid")
    ws = client.open_by_key(sid).sheet1
    ws.resize(rows=3, cols=2)
    with pytest.raises(gspread.exceptions.APIError) as err:
        ws.update([["a", "b", "c"]], "A1", value_input_option="RAW")
    assert err.value.response.status_code == 400
    assert "exceeds grid limits. Max rows: 3, max columns: 2" in err.value.args[0]["message"]
    with pytest.raises(gspread.exceptions.APIError) as err:
        ws.update([["a"], ["b"]], "A1:A1", value_input_option="RAW")
    assert err.value.args[0]["message"] == \
        "Requested writing within range [Sheet1!A1], but tried writing to row [2]"
    assert server.values(sid, "Sheet1") == []


def test_batch_update_values_and_clear(server, client):
    sid = server.create_spreadsheet("Batch")
    book = client.open_by_key(sid)
    answer = book.values_batch_update({"valueInputOption": "RAW", "data": [
        {"range": "'Sheet1'!A1:D1", "values": [["A1", "B1", "", "D1"]]},
        {"range": "'Sheet1'!A4:D4", "values": [["A4", "B4", "", "D4"]]}]})
    assert {k: v for k, v in answer.items() if k.startswith("total")} == {
        "totalUpdatedRows": 2, "totalUpdatedColumns": 4, "totalUpdatedCells": 8, "totalUpdatedSheets": 1}
    assert book.values_get("Sheet1!A1:D4")["values"] == [["A1", "B1", "", "D1"], [], [], ["A4", "B4", "", "D4"]]

    cleared = book.values_batch_clear(body={"ranges": ["'Sheet1'!A1:B1", "Sheet1!D4"]})
    assert cleared["clearedRanges"] == ["Sheet1!A1:B1", "Sheet1!D4"]
    assert server.values(sid, "Sheet1") == [["", "", "", "D1"], [], [], ["A4", "B4"]]
    assert book.values_clear("'Sheet1'")["clearedRange"] == "Sheet1!A1:Z1000"
    assert server.values(sid, "Sheet1") == []


def test_append_insert_rows_reports_table_and_updated_range(server, shop):
    sid, book = shop
    ws = book.worksheet("Customers")

    answer = ws.append_rows([["C4", "Nasrin", "+8801911111111"]], value_input_option="RAW",
                            insert_data_option="INSERT_ROWS")

    assert answer["tableRange"] == "Customers!A1:C4"
    assert answer["updates"]["updatedRange"] == "Customers!A5:C5"
    assert answer["updates"]["updatedRows"] == 1
    assert answer["updates"]["updatedCells"] == 3
    assert server.grid_size(sid, "Customers") == (1001, 26)  # INSERT_ROWS adds rows
    assert server.values(sid, "Customers")[-1] == ["C4", "Nasrin", "+8801911111111"]


def test_append_follows_googles_table_detection(server, client):
    sid = server.create_spreadsheet("Tables")
    ws = client.open_by_key(sid).sheet1
    first = ws.append_rows([["x 1", "", "x 3"]], value_input_option="RAW")
    assert "tableRange" not in first
    assert first["updates"]["updatedRange"] == "Sheet1!A1:C1"

    # A1 and C1 are separate tables; Google appends below the last one, from its column.
    second = ws.append_rows([["x 1", "", "x 3"]], value_input_option="RAW")
    assert second["tableRange"] == "Sheet1!C1"
    assert second["updates"]["updatedRange"] == "Sheet1!C2:E2"
    # Naming the table's first cell appends below that table instead.
    third = ws.append_rows([["y"]], value_input_option="RAW", table_range="A1")
    assert third["tableRange"] == "Sheet1!A1"
    assert third["updates"]["updatedRange"] == "Sheet1!A2"
    assert server.values(sid, "Sheet1") == [["x 1", "", "x 3"], ["y", "", "x 1", "", "x 3"]]


def test_append_overwrite_grows_a_full_grid(server, client):
    sid = server.create_spreadsheet("Full")
    ws = client.open_by_key(sid).sheet1
    ws.resize(rows=2, cols=2)
    ws.update([["h1", "h2"], ["a", "b"]], "A1", value_input_option="RAW")

    answer = ws.append_rows([["c", "d", "e"]], value_input_option="RAW")

    assert answer["updates"]["updatedRange"] == "Sheet1!A3:C3"
    assert server.grid_size(sid, "Sheet1") == (3, 3)


@pytest.mark.slow
def test_structural_batch_update(server, client):
    sid = server.create_spreadsheet("Structure", {"Sheet1": [["k"], ["b"], ["a"], ["c"]]})
    book = client.open_by_key(sid)
    ws = book.sheet1

    ws.freeze(rows=1)
    ws.update_title("Customers")
    ws.add_validation("B2:B4", gspread.utils.ValidationConditionType.one_of_list, ["yes", "no"])
    ws.add_protected_range("A1:B1", warning_only=True)
    ws.format("A1:B1", {"textFormat": {"bold": True}, "backgroundColor": {"red": 1, "green": 0}})
    ws.sort((1, "asc"), range="A2:A4")
    ws.insert_rows([["new"]], row=2)
    ws.delete_rows(5)

    meta = book.fetch_sheet_metadata()["sheets"][0]
    assert meta["properties"]["title"] == "Customers"
    assert meta["properties"]["gridProperties"] == {"rowCount": 1000, "columnCount": 26, "frozenRowCount": 1}
    assert meta["protectedRanges"][0]["range"] == {
        "startRowIndex": 0, "endRowIndex": 1, "startColumnIndex": 0, "endColumnIndex": 2}
    assert meta["protectedRanges"][0]["warningOnly"] is True
    assert server.values(sid, "Customers") == [["k"], ["new"], ["a"], ["b"]]
    fmt = book.fetch_sheet_metadata({"ranges": "Customers!A1", "fields": "sheets.data.rowData.values.userEnteredFormat"})
    assert fmt == {"sheets": [{"data": [{"rowData": [{"values": [{"userEnteredFormat": {
        "backgroundColor": {"red": 1}, "backgroundColorStyle": {"rgbColor": {"red": 1}},
        "textFormat": {"bold": True}}}]}]}]}]}


def test_failing_batch_update_changes_nothing(server, client):
    sid = server.create_spreadsheet("Atomic")
    book = client.open_by_key(sid)
    with pytest.raises(gspread.exceptions.APIError) as err:
        book.batch_update({"requests": [
            {"addSheet": {"properties": {"title": "Kept?"}}},
            {"deleteSheet": {"sheetId": 12345}},
        ]})
    assert err.value.args[0]["message"] == "Invalid requests[1].deleteSheet: No grid with id: 12345"
    assert server.tabs(sid) == ["Sheet1"]


def test_charts_are_added_listed_and_deleted_as_google_does(server, client):
    sid = server.create_spreadsheet("Charts", {"Data": [["Week", "Sent"], ["1 Nov", 3], ["8 Nov", 5]]})
    book = client.open_by_key(sid)
    source = {"sourceRange": {"sources": [{"sheetId": 0, "startRowIndex": 0, "endRowIndex": 3,
                                           "startColumnIndex": 1, "endColumnIndex": 2}]}}
    chart = {"spec": {"title": "Sent", "basicChart": {"chartType": "COLUMN", "series": [{"series": source}]}},
             "position": {"overlayPosition": {"anchorCell": {"sheetId": 0, "rowIndex": 0, "columnIndex": 3}}}}
    answer = book.batch_update({"requests": [{"addChart": {"chart": chart}}]})
    added = answer["replies"][0]["addChart"]["chart"]
    assert added["spec"] == chart["spec"] and isinstance(added["chartId"], int)
    meta = book.fetch_sheet_metadata({"fields": "sheets.charts.chartId"})
    assert meta == {"sheets": [{"charts": [{"chartId": added["chartId"]}]}]}
    with pytest.raises(gspread.exceptions.APIError) as err:  # its id is taken
        book.batch_update({"requests": [{"addChart": {"chart": dict(chart, chartId=added["chartId"])}}]})
    assert err.value.args[0]["code"] == 400
    book.batch_update({"requests": [{"deleteEmbeddedObject": {"objectId": added["chartId"]}}]})
    assert book.fetch_sheet_metadata({"fields": "sheets.charts.chartId"}) == {"sheets": [{}]}
    with pytest.raises(gspread.exceptions.APIError) as err:
        book.batch_update({"requests": [{"deleteEmbeddedObject": {"objectId": added["chartId"]}}]})
    assert err.value.args[0]["message"] == (
        f"Invalid requests[0].deleteEmbeddedObject: No object with id: {added['chartId']}")


# ------------------------------------------------------------------ faults

def test_429_then_success_seen_by_a_raw_request(server, shop):
    sid, _ = shop
    url = f"{server.url}/v4/spreadsheets/{sid}/values/Customers!A1"
    server.inject_faults(Fault(status=429, times=1, match="values:get"))

    first = requests.get(url, timeout=5)
    second = requests.get(url, timeout=5)

    assert first.status_code == 429
    assert first.json()["error"]["status"] == "RESOURCE_EXHAUSTED"
    assert first.json()["error"]["code"] == 429
    assert first.json()["error"]["message"].startswith("Quota exceeded for quota metric 'Read requests'")
    assert second.status_code == 200
    assert second.json() == {"range": "Customers!A1", "majorDimension": "ROWS", "values": [["ID"]]}
    assert [r.status for r in server.requests[-2:]] == [429, 200]


def test_error_faults_use_googles_bodies_and_apply_nothing(server, shop):
    sid, book = shop
    ws = book.worksheet("Customers")
    server.inject_faults(Fault(status=503, match=":append", methods={"POST"}),
                         Fault(status=500, match=":append"))
    for expected in ({"code": 503, "message": "The service is currently unavailable.", "status": "UNAVAILABLE"},
                     {"code": 500, "message": "Internal error encountered.", "status": "INTERNAL"}):
        with pytest.raises(gspread.exceptions.APIError) as err:
            ws.append_rows([["C9"]], value_input_option="RAW")
        assert err.value.response.json() == {"error": expected}
    assert server.pending_faults() == []
    assert len(server.values(sid, "Customers")) == 4


def test_drop_after_apply_applies_the_write(server, shop):
    sid, book = shop
    ws = book.worksheet("Customers")
    server.inject_faults(Fault(drop_after_apply=True, match=":append"))

    with pytest.raises(requests.ConnectionError):
        ws.append_rows([["C4", "Nasrin"]], value_input_option="RAW")

    assert server.values(sid, "Customers")[-1] == ["C4", "Nasrin"]
    assert server.requests[-1].status is None


def test_drop_loses_the_write_and_502_is_googles_html_page(server, shop):
    sid, book = shop
    ws = book.worksheet("Customers")
    server.inject_faults(Fault(drop=True, match="values:update"), Fault(status=502, match="values:update"))

    with pytest.raises(requests.ConnectionError):
        ws.update([["lost"]], "D1", value_input_option="RAW")
    with pytest.raises(gspread.exceptions.APIError) as err:
        ws.update([["lost"]], "D1", value_input_option="RAW")

    assert err.value.response.status_code == 502
    assert err.value.response.headers["Content-Type"].startswith("text/html")
    assert server.values(sid, "Customers")[0] == ["ID", "Name", "Phone"]


@pytest.mark.slow
def test_slow_answer_times_out_but_the_write_lands(server, shop):
    sid, _ = shop
    slow = emulator_client(server.host, timeout=0.3)
    server.inject_faults(Fault(delay=1.0, match="values:update"))

    with pytest.raises(requests.Timeout):
        slow.open_by_key(sid).worksheet("Customers").update([["late"]], "D1", value_input_option="RAW")

    deadline = threading.Event()
    for _ in range(50):
        if server.values(sid, "Customers")[0] == ["ID", "Name", "Phone", "late"]:
            break
        deadline.wait(0.05)
    assert server.values(sid, "Customers")[0] == ["ID", "Name", "Phone", "late"]


# ------------------------------------------------------------------ a person editing meanwhile

def test_on_before_write_runs_just_before_the_write(server, shop):
    sid, book = shop
    ws = book.worksheet("Customers")
    rows_read = ws.get_all_values()  # the run reads: Karim is on row 3
    assert rows_read[2][:2] == ["C2", "Karim"]
    seen = []
    server.on_before_write(lambda state: (seen.append(state.values(sid, "Customers")[2]),
                                          state.insert_rows(sid, "Customers", 2, [["C0", "Nadia"]])))

    ws.update([["+8801700000000"]], "C3", value_input_option="RAW")  # meant for Karim

    assert seen == [["C2", "Karim"]]  # the callback saw the sheet before the write...
    assert server.values(sid, "Customers") == [  # ...and the write landed on the moved data
        ["ID", "Name", "Phone"],
        ["C0", "Nadia"],
        ["C1", "Rahim", "+8801700000000"],
        ["C2", "Karim"],
        ["C3", "Salma", "+8801811111111"],
    ]
    assert server.pending_callbacks() == 0


def test_person_helpers_edit_like_the_sheets_ui(server, shop):
    sid, _ = shop
    server.set_cell(sid, "Customers", "D2", "2024-01-05")
    server.sort_rows(sid, "Customers", 1, descending=True)  # by Name, Z..A, header kept
    server.delete_rows(sid, "Customers", 4)  # Karim, now last

    assert server.values(sid, "Customers") == [
        ["ID", "Name", "Phone"],
        ["C3", "Salma", "+8801811111111"],
        ["C1", "Rahim", "+8801711234567", 45296],
    ]
    assert server.values(sid, "Customers", render="FORMATTED_VALUE")[2][3] == "2024-01-05"
    assert server.grid_size(sid, "Customers") == (999, 26)


def test_concurrent_appends_are_all_kept(server, client):
    sid = server.create_spreadsheet("Busy", {"Log": [["n"]]})

    def worker(start: int) -> None:
        ws = emulator_client(server.host, timeout=10).open_by_key(sid).worksheet("Log")
        for i in range(start, start + 5):
            ws.append_rows([[i]], value_input_option="RAW", insert_data_option="INSERT_ROWS")

    threads = [threading.Thread(target=worker, args=(k * 100,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = sorted(row[0] for row in server.values(sid, "Log")[1:])
    assert numbers == sorted(k * 100 + i for k in range(4) for i in range(5))


# ------------------------------------------------------------------ hookup and entry point

def test_a_stopped_server_stops_answering_kept_alive_connections():
    srv = SheetsServer().start()
    client = emulator_client(srv.host, timeout=5)
    sid = client.create("Going away").id
    client.open_by_key(sid)  # leaves a kept-alive connection in the client's pool
    srv.stop()
    with pytest.raises(requests.ConnectionError):
        client.open_by_key(sid)


def test_emulator_host_from_env(monkeypatch):
    monkeypatch.delenv("SHEETS_EMULATOR_HOST", raising=False)
    assert emulator_host_from_env() is None
    monkeypatch.setenv("SHEETS_EMULATOR_HOST", " 127.0.0.1:8123 ")
    assert emulator_host_from_env() == "127.0.0.1:8123"
    monkeypatch.setenv("SHEETS_EMULATOR_HOST", "")
    assert emulator_host_from_env() is None


@pytest.mark.slow
def test_standalone_server_prints_its_address():
    proc = subprocess.Popen([sys.executable, str(HERE / "sheets_server.py"), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        host = line.split("SHEETS_EMULATOR_HOST=")[1].split(")")[0]
        assert host.startswith("127.0.0.1:")
        sid = emulator_client(host, timeout=5).create("Standalone").id
        assert requests.get(f"http://{host}/v4/spreadsheets/{sid}", timeout=5).json()["sheets"][0][
            "properties"]["title"] == "Sheet1"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _replay_tool() -> Path | None:
    return next((p for p in REPLAY_TOOL_CANDIDATES if p.exists()), None)


def _recorded_caller(cassettes: Path) -> tuple[str | None, list[int]]:
    """The two facts only Google's side knew: the caller's address and the protected range ids."""
    email, ids = None, []
    for path in sorted(cassettes.glob("*.json")):
        for interaction in json.loads(path.read_text(encoding="utf-8"))["interactions"]:
            body = (interaction["response"].get("body") or {}).get("string") or ""
            try:
                answer = json.loads(body)
            except ValueError:
                continue
            for reply in answer.get("replies", []) if isinstance(answer, dict) else []:
                protected = (reply.get("addProtectedRange") or {}).get("protectedRange")
                if protected:
                    ids.append(protected["protectedRangeId"])
            for sheet in answer.get("sheets", []) if isinstance(answer, dict) else []:
                for protected in sheet.get("protectedRanges", []):
                    email = email or (protected.get("editors", {}).get("users") or [None])[0]
    return email, ids


@pytest.mark.skipif(_replay_tool() is None, reason="shared/tools/replay-cassettes is not present")
@pytest.mark.slow
def test_replays_googles_recorded_traffic_exactly():
    tool = _replay_tool()
    cassettes = tool.parent.parent / "reference" / "gspread-cassettes"  # type: ignore[union-attr]
    email, ids = _recorded_caller(cassettes)
    kwargs = {"user_email": email} if email else {}
    with SheetsServer(object_ids=ids, **kwargs) as srv:
        done = subprocess.run([sys.executable, str(tool), "--base", srv.url],
                              capture_output=True, text=True, timeout=300)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "fully matched" in summary
    assert srv.errors == []
