"""The local Sheets server's formatting, link and filter-view requests: the shapes
Google documents (Sheets API v4 reference: CellFormat, TextFormat.link, CellData.hyperlink,
AddFilterViewRequest/Response, DeleteFilterViewRequest, DimensionProperties), and the
400s Google gives a malformed one, through gspread over HTTP."""
from __future__ import annotations

import pytest
from gspread.exceptions import APIError

from khatir.backends.emulator import emulator_client


@pytest.fixture()
def book(sheets_server):
    sid = sheets_server.create_spreadsheet("Shop", {"Tab": [["Agent", "Note"], ["Nasrin", "x"], ["Tanvir", "y"]]})
    client = emulator_client(sheets_server.host, timeout=10)
    sheet_id = client.http_client.fetch_sheet_metadata(sid)["sheets"][0]["properties"]["sheetId"]
    return client.http_client, sid, sheet_id


def with_sheet(obj, sheet_id: int):
    """The request with each "SID" placeholder replaced by the tab's id."""
    if isinstance(obj, dict):
        return {k: with_sheet(v, sheet_id) for k, v in obj.items()}
    if isinstance(obj, list):
        return [with_sheet(v, sheet_id) for v in obj]
    return sheet_id if obj == "SID" else obj


def send(http, sid, *requests):
    return http.batch_update(sid, {"requests": list(requests)})


def test_a_cell_link_is_reported_as_the_cells_hyperlink(book):
    http, sid, sheet_id = book
    send(http, sid, {"updateCells": {
        "start": {"sheetId": sheet_id, "rowIndex": 1, "columnIndex": 1},
        "rows": [{"values": [{"userEnteredValue": {"stringValue": "Send"},
                              "userEnteredFormat": {"textFormat": {"link": {"uri": "https://wa.me/1?text=হ্যাঁ"}},
                                                    "wrapStrategy": "WRAP", "verticalAlignment": "TOP"}}]}],
        "fields": "userEnteredValue,userEnteredFormat.textFormat.link,userEnteredFormat.wrapStrategy"}})
    meta = http.fetch_sheet_metadata(sid, params={"ranges": ["Tab!B2"], "includeGridData": "true"})
    cell = meta["sheets"][0]["data"][0]["rowData"][0]["values"][0]
    assert cell["hyperlink"] == "https://wa.me/1?text=হ্যাঁ"
    assert cell["userEnteredFormat"]["textFormat"]["link"] == {"uri": "https://wa.me/1?text=হ্যাঁ"}
    assert cell["userEnteredFormat"]["wrapStrategy"] == "WRAP"
    assert "verticalAlignment" not in cell["userEnteredFormat"]  # not in the fields: not written


def test_filter_views_are_added_with_an_id_and_deleted_by_it(book):
    http, sid, sheet_id = book
    view = {"title": "Tab: Nasrin", "range": {"sheetId": sheet_id, "startRowIndex": 0, "endColumnIndex": 2},
            "filterSpecs": [{"columnIndex": 0, "filterCriteria": {
                "condition": {"type": "TEXT_EQ", "values": [{"userEnteredValue": "Nasrin"}]}}}]}
    reply = send(http, sid, {"addFilterView": {"filter": view}})["replies"][0]["addFilterView"]["filter"]
    assert isinstance(reply["filterViewId"], int) and reply["title"] == "Tab: Nasrin"
    assert reply["range"].get("endColumnIndex") == 2 and reply["range"].get("sheetId", 0) == sheet_id
    listed = http.fetch_sheet_metadata(sid, params={"fields": "sheets.filterViews(filterViewId,title)"})
    assert listed["sheets"][0]["filterViews"] == [{"filterViewId": reply["filterViewId"], "title": "Tab: Nasrin"}]
    assert send(http, sid, {"deleteFilterView": {"filterId": reply["filterViewId"]}})["replies"] == [{}]
    listed = http.fetch_sheet_metadata(sid, params={"fields": "sheets.filterViews(filterViewId,title)"})
    assert "filterViews" not in listed["sheets"][0]


@pytest.mark.parametrize("request_, message", [
    ({"repeatCell": {"range": {"sheetId": "SID"}, "cell": {"userEnteredFormat": {"wrap": "WRAP"}},
                     "fields": "userEnteredFormat"}}, 'Unknown name "wrap"'),
    ({"repeatCell": {"range": {"sheetId": "SID"}, "cell": {"userEnteredFormat": {"wrapStrategy": "WRAPPED"}},
                     "fields": "userEnteredFormat"}}, "Invalid value"),
    ({"repeatCell": {"range": {"sheetId": "SID"}, "cell": {"userEnteredFormat": {
        "textFormat": {"link": {"url": "https://wa.me/1"}}}}, "fields": "userEnteredFormat"}}, 'Unknown name "url"'),
    ({"addFilterView": {"filter": {"range": {"sheetId": "SID", "endColumnIndex": 2}, "filterSpecs": [
        {"columnIndex": 5, "filterCriteria": {}}]}}}, "outside"),
    ({"addFilterView": {"filter": {"title": "no range"}}}, "range"),
    ({"deleteFilterView": {"filterId": 12345}}, "No filter view with id"),
    ({"setDataValidation": {"range": {"sheetId": "SID"}, "rule": {"condition": {"type": "ONE_OF_LIST"}}}},
     "at least one value"),
    ({"updateDimensionProperties": {"range": {"sheetId": "SID", "dimension": "COLUMNS"},
                                    "properties": {"pixelSize": -3}, "fields": "pixelSize"}}, "pixelSize"),
])
@pytest.mark.slow
def test_malformed_formatting_requests_are_refused_whole(book, request_, message):
    http, sid, sheet_id = book
    with pytest.raises(APIError) as err:
        send(http, sid, {"repeatCell": {"range": {"sheetId": sheet_id}, "cell": {"userEnteredFormat": {
            "backgroundColor": {"red": 1}}}, "fields": "userEnteredFormat"}}, with_sheet(request_, sheet_id))
    assert err.value.response.status_code == 400 and message in err.value.response.json()["error"]["message"]
    meta = http.fetch_sheet_metadata(sid, params={"ranges": ["Tab!A1"], "includeGridData": "true"})
    assert "userEnteredFormat" not in meta["sheets"][0]["data"][0]["rowData"][0]["values"][0]  # nothing applied
