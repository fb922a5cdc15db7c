"""A Key once issued is never issued again, whatever staff do to its Messages row
(delete it, or cut it out to archive it elsewhere); the hidden Khatir Keys tab remembers it.
Both backends."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from conftest import TODAY, ago, basic_grids
from other_writers import make_any_sheet  # noqa: F401  (a fixture)
from test_daily_both_backends import rows_of

pytestmark = pytest.mark.slow  # every test here runs the whole job on a real workbook or starts Khatir

NEXT_DAY = ago(-1)


def delete_rows(sheet, title: str, start: int, end: int) -> None:
    """Rows start..end (1-based, inclusive) deleted, as staff do it."""
    if sheet.kind == "workbook":
        book = load_workbook(sheet.path)
        book[title].delete_rows(start, end - start + 1)
        book.save(sheet.path)
    else:
        sheet.server.delete_rows(sheet.sid, title, start, end)


def test_a_deleted_message_is_not_prepared_again(make_any_sheet, run_on):
    sheet = make_any_sheet(basic_grids())
    first = run_on(sheet).new_messages
    assert [m["customer_id"] for m in first] == ["C-1", "C-2"]
    delete_rows(sheet, "Messages", 2, 3)
    assert run_on(sheet, NEXT_DAY).new_messages == []
    assert rows_of(sheet, "Messages") == []
    remarks = {r["Customer ID"]: r["Remark"] for r in rows_of(sheet, "Follow-ups")}
    assert remarks["C-1"] == ("message was prepared before (its row is no longer in Messages): "
                              "not prepared again")
    assert [r["Key"] for r in rows_of(sheet, "Khatir Keys")] == [m["key"] for m in first]


def test_keys_of_a_sheet_from_an_earlier_version_are_remembered(make_any_sheet, run_on):
    """A sheet whose Messages were written before Khatir Keys existed: its Keys are
    copied into Khatir Keys on the first run, so deleting them later is safe."""
    earlier = make_any_sheet(basic_grids())
    run_on(earlier)
    old_messages = earlier.tab("Messages")
    sheet = make_any_sheet({**basic_grids(), "Messages": old_messages})
    assert run_on(sheet, NEXT_DAY).new_messages == []
    key = old_messages[0].index("Key")
    assert [r["Key"] for r in rows_of(sheet, "Khatir Keys")] == [r[key] for r in old_messages[1:]]
    delete_rows(sheet, "Messages", 2, 3)
    again = {m["key"] for m in run_on(sheet, ago(-2)).new_messages}
    assert again and not again & {r[key] for r in old_messages[1:]}


def test_a_message_can_be_asked_for_again(make_any_sheet, run_on):
    """docs/sheet-schema.md: delete the Key's row in Messages and in Khatir Keys."""
    sheet = make_any_sheet(basic_grids())
    run_on(sheet)
    delete_rows(sheet, "Messages", 2, 2)
    delete_rows(sheet, "Khatir Keys", 2, 2)
    again = run_on(sheet, NEXT_DAY).new_messages
    assert [m["customer_id"] for m in again] == ["C-1"]


def test_the_keys_tab_is_hidden(make_any_sheet, run_on, settings):
    sheet = make_any_sheet(basic_grids())
    run_on(sheet, TODAY)
    if sheet.kind == "workbook":
        assert load_workbook(sheet.path)["Khatir Keys"].sheet_state == "hidden"
    else:
        backend = sheet.backend(settings)
        meta = backend.client.http_client.fetch_sheet_metadata(sheet.sid)
        props = {s["properties"]["title"]: s["properties"] for s in meta["sheets"]}
        assert props["Khatir Keys"].get("hidden") is True
