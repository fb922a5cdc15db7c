"""Google field masks, used both ways: trimming answers (``?fields=``) and scoping updates.

Syntax: ``a.b,c(d,e/f)``; ``.`` and ``/`` both separate path segments, ``*`` means
everything. A mask parses into a tree where an empty dict means "this whole field".
"""
from __future__ import annotations

from typing import Any

from .errors import bad_request

Mask = dict[str, Any]


def parse(text: str) -> Mask:
    """Parse a field mask; raises the 400 Google gives for an unbalanced one."""
    tree: Mask = {}
    pos = _parse_list(text.replace(" ", ""), 0, tree)
    if pos != len(text.replace(" ", "")):
        raise bad_request(f"Invalid field selection {text}")
    return tree


def _parse_list(text: str, pos: int, into: Mask) -> int:
    while pos < len(text):
        pos = _parse_path(text, pos, into)
        if pos < len(text) and text[pos] == ",":
            pos += 1
            continue
        break
    return pos


def _parse_path(text: str, pos: int, into: Mask) -> int:
    node = into
    while True:
        start = pos
        while pos < len(text) and text[pos] not in ".,/()":
            pos += 1
        name = text[start:pos]
        if not name:
            raise bad_request(f"Invalid field selection {text}")
        child = node.setdefault(name, {})
        if pos < len(text) and text[pos] in "./":
            node = child
            pos += 1
            continue
        if pos < len(text) and text[pos] == "(":
            pos = _parse_list(text, pos + 1, child)
            if pos >= len(text) or text[pos] != ")":
                raise bad_request(f"Invalid field selection {text}")
            pos += 1
        else:
            child.clear()  # a bare path selects the whole field
            child["__all__"] = True
        return pos


def covers_all(node: Mask) -> bool:
    return not node or "__all__" in node or "*" in node


def select(value: Any, mask: Mask) -> Any:
    """Keep only the masked parts of an answer; lists apply the mask to each element."""
    if covers_all(mask):
        return value
    if isinstance(value, list):
        return [select(v, mask) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, sub in mask.items():
        if key == "__all__" or key not in value:
            continue
        picked = select(value[key], sub)
        if picked == {} and not covers_all(sub):
            continue
        out[key] = picked
    return out


def apply(target: dict[str, Any], source: Any, mask: Mask) -> None:
    """Set the masked fields of ``target`` from ``source``; masked fields absent in source are cleared."""
    source = source if isinstance(source, dict) else {}
    for key, sub in mask.items():
        if key == "__all__":
            continue
        if key == "*":
            target.clear()
            target.update(source)
            return
        if covers_all(sub):
            if key in source and source[key] is not None:
                target[key] = source[key]
            else:
                target.pop(key, None)
        else:
            child = target.get(key)
            child = dict(child) if isinstance(child, dict) else {}
            apply(child, source.get(key), sub)
            if child:
                target[key] = child
            else:
                target.pop(key, None)
