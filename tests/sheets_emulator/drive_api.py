"""The sliver of Drive v3 that gspread uses: create, get, list, copy, rename and delete files."""
from __future__ import annotations

import re
from typing import Any

from . import fieldmask
from .errors import bad_request, drive_not_found
from .model import Spreadsheet, Store, now_rfc3339

SPREADSHEET = "application/vnd.google-apps.spreadsheet"
FOLDER = "application/vnd.google-apps.folder"
DEFAULT_FIELDS = "kind,id,name,mimeType"


def _resource(store: Store, file_id: str) -> dict[str, Any]:
    book = store.books.get(file_id)
    if book is not None:
        return _book_resource(book)
    if file_id in store.files:
        return dict(store.files[file_id])
    raise drive_not_found(file_id)


def _book_resource(book: Spreadsheet) -> dict[str, Any]:
    out = {"kind": "drive#file", "id": book.id, "name": book.title, "mimeType": SPREADSHEET,
           "createdTime": book.created, "modifiedTime": book.modified, "trashed": False}
    if book.parents:
        out["parents"] = list(book.parents)
    return out


def _shape(resource: dict[str, Any], fields: str | None) -> dict[str, Any]:
    return fieldmask.select(resource, fieldmask.parse(fields or DEFAULT_FIELDS))


def create(store: Store, q: dict[str, Any], body: Any) -> dict[str, Any]:
    body = body if isinstance(body, dict) else {}
    mime = body.get("mimeType") or "application/octet-stream"
    parents = list(body.get("parents") or [])
    if mime == SPREADSHEET:
        book = store.new_book(body.get("name") or "Untitled spreadsheet")
        book.parents = parents
        return _shape(_book_resource(book), q.get("fields"))
    file_id = store.new_spreadsheet_id()
    now = now_rfc3339()
    store.files[file_id] = {"kind": "drive#file", "id": file_id, "name": body.get("name") or "Untitled",
                            "mimeType": mime, "createdTime": now, "modifiedTime": now,
                            "trashed": False, "parents": parents}
    return _shape(store.files[file_id], q.get("fields"))


def get(store: Store, file_id: str, q: dict[str, Any]) -> dict[str, Any]:
    return _shape(_resource(store, file_id), q.get("fields"))


def delete(store: Store, file_id: str) -> None:
    if store.books.pop(file_id, None) is None and store.files.pop(file_id, None) is None:
        raise drive_not_found(file_id)


def update(store: Store, file_id: str, q: dict[str, Any], body: Any) -> dict[str, Any]:
    body = body if isinstance(body, dict) else {}
    book = store.books.get(file_id)
    if book is not None:
        if body.get("name"):
            book.title = body["name"]
            book.touch()
    elif file_id in store.files:
        if body.get("name"):
            store.files[file_id]["name"] = body["name"]
    else:
        raise drive_not_found(file_id)
    return get(store, file_id, q)


def copy(store: Store, file_id: str, q: dict[str, Any], body: Any) -> dict[str, Any]:
    body = body if isinstance(body, dict) else {}
    source = store.books.get(file_id)
    if source is None:
        raise drive_not_found(file_id)
    book = source.clone()
    book.id = store.new_spreadsheet_id()
    book.title = body.get("name") or f"Copy of {source.title}"
    book.created = book.modified = now_rfc3339()
    book.parents = list(body.get("parents") or source.parents)
    store.books[book.id] = book
    return _shape(_book_resource(book), q.get("fields"))


_CLAUSE = re.compile(
    r"""^\s*(?:(?P<field>\w+)\s*(?P<op>=|!=|contains)\s*(?P<q1>['"])(?P<value>(?:\\.|(?!(?P=q1)).)*)(?P=q1)"""
    r"""|(?P<q2>['"])(?P<parent>.*?)(?P=q2)\s+in\s+parents"""
    r"""|parents\s+in\s+(?P<q3>['"])(?P<parent2>.*?)(?P=q3)"""
    r"""|trashed\s*=\s*(?P<trashed>true|false))\s*$""", re.IGNORECASE)


def _clauses(query: str) -> list[str]:
    """Split on ``and`` outside quotes (titles may contain the word)."""
    parts, buf, quote, i = [], [], "", 0
    while i < len(query):
        ch = query[i]
        joiner = None if quote else re.match(r"\s+and\s+", query[i:], re.IGNORECASE)
        if joiner:
            parts.append("".join(buf))
            buf = []
            i += joiner.end()
            continue
        if quote and ch == "\\" and i + 1 < len(query):
            buf.append(query[i:i + 2])
            i += 2
            continue
        if ch == quote:
            quote = ""
        elif not quote and ch in "'\"":
            quote = ch
        buf.append(ch)
        i += 1
    parts.append("".join(buf))
    return [p for p in parts if p.strip()]


def _matches(resource: dict[str, Any], query: str) -> bool:
    for clause in _clauses(query):
        m = _CLAUSE.match(clause)
        if not m:
            raise bad_request(f"Invalid Value: unsupported query clause {clause!r}")
        if m.group("field"):
            actual = str(resource.get(m.group("field"), ""))
            value = re.sub(r"\\(.)", r"\1", m.group("value"))
            op = m.group("op").lower()
            ok = (actual == value if op == "=" else actual != value if op == "!="
                  else value.lower() in actual.lower())
        elif m.group("trashed"):
            ok = m.group("trashed").lower() == "false"
        else:
            ok = (m.group("parent") or m.group("parent2")) in resource.get("parents", [])
        if not ok:
            return False
    return True


def list_files(store: Store, q: dict[str, Any]) -> dict[str, Any]:
    resources = [_book_resource(b) for b in store.books.values()] + [dict(f) for f in store.files.values()]
    found = [r for r in resources if _matches(r, q.get("q") or "")]
    found.sort(key=lambda r: r["modifiedTime"], reverse=True)
    out = {"kind": "drive#fileList", "incompleteSearch": False,
           "files": [fieldmask.select(r, fieldmask.parse(DEFAULT_FIELDS)) for r in found]}
    if q.get("fields"):
        out = {"kind": "drive#fileList", "incompleteSearch": False, "files": found}
        out = fieldmask.select(out, fieldmask.parse(q["fields"]))
    return out
