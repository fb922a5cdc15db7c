"""A deliberately small formula evaluator.

Google computes formulas; an emulator that returned ``=4/2`` where Google returns
``2`` would let a client's "numericise" or "is this a formula" logic go untested.
Arithmetic, comparisons, ``&``, cell and range references and a handful of common
functions are evaluated. Anything else raises ``Unsupported`` and the caller shows
the formula text instead (documented in the package docstring).
References are not rewritten when rows or columns move.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any, Callable

from .a1 import col_index, split_sheet
from .cells import ErrorValue, general, json_number, to_serial


class Unsupported(Exception):
    """The formula uses something this evaluator does not implement."""


class Fail(Exception):
    """A formula error value (``#REF!``...) raised while evaluating; evaluate() returns it."""

    def __init__(self, code: str):
        self.code = code


class DateNumber(float):
    """A number a formula produced as a date (TODAY, DATE): rendered with a date format."""

    pattern = "M/d/yyyy"


_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<str>"(?:[^"]|"")*")
  | (?P<func>[A-Za-z_][A-Za-z0-9_.]*(?=\s*\())
  | (?P<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!)?
        (?:\$?[A-Za-z]{1,3}\$?[0-9]+(?::\$?[A-Za-z]{1,3}\$?[0-9]+)?
          |\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}
          |\$?[0-9]+:\$?[0-9]+))
  | (?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<op><>|<=|>=|[-+*/^&=<>%(),])
""", re.VERBOSE)

Lookup = Callable[[str | None, int, int, int | None, int | None], list[list[Any]]]


def tokenize(text: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise Fail("#ERROR!")
        pos = m.end()
        kind = m.lastgroup
        if kind != "ws":
            out.append((kind, m.group(kind)))  # type: ignore[arg-type]
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens, self.i = tokens, 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise Fail("#ERROR!")
        self.i += 1
        return tok

    def parse(self) -> Any:
        node = self.comparison()
        if self.peek() is not None:
            raise Fail("#ERROR!")
        return node

    def _binary(self, ops: tuple[str, ...], sub: Callable[[], Any]) -> Any:
        node = sub()
        while (tok := self.peek()) and tok[0] == "op" and tok[1] in ops:
            self.i += 1
            node = ("bin", tok[1], node, sub())
        return node

    def comparison(self) -> Any:
        return self._binary(("=", "<>", "<", ">", "<=", ">="), self.concat)

    def concat(self) -> Any:
        return self._binary(("&",), self.additive)

    def additive(self) -> Any:
        return self._binary(("+", "-"), self.term)

    def term(self) -> Any:
        return self._binary(("*", "/"), self.power)

    def power(self) -> Any:
        return self._binary(("^",), self.unary)

    def unary(self) -> Any:
        tok = self.peek()
        if tok and tok[0] == "op" and tok[1] in "+-":
            self.i += 1
            return ("neg", self.unary()) if tok[1] == "-" else self.unary()
        node = self.primary()
        while (tok := self.peek()) and tok == ("op", "%"):
            self.i += 1
            node = ("pct", node)
        return node

    def primary(self) -> Any:
        kind, text = self.take()
        if kind == "num":
            return ("lit", json_number(float(text)))
        if kind == "str":
            return ("lit", text[1:-1].replace('""', '"'))
        if kind == "ref":
            return ("ref",) + _parse_ref(text)
        if kind == "func":
            self.take("(")
            args = []
            if self.peek() != ("op", ")"):
                args.append(self.comparison())
                while self.peek() == ("op", ","):
                    self.i += 1
                    args.append(self.comparison())
            self.take(")")
            return ("call", text.upper(), args)
        if kind == "name" and text.upper() in ("TRUE", "FALSE"):
            return ("lit", text.upper() == "TRUE")
        if (kind, text) == ("op", "("):
            node = self.comparison()
            self.take(")")
            return node
        if kind == "name":
            raise Unsupported(text)  # named ranges
        raise Fail("#ERROR!")


def _parse_ref(text: str) -> tuple[str | None, int, int | None, int, int | None]:
    title, a1 = split_sheet(text)
    if title is None:
        a1 = text
    a1 = a1.replace("$", "")  # type: ignore[union-attr]
    first, _, second = a1.partition(":")
    second = second or first

    def split(part: str) -> tuple[int | None, int | None]:
        m = re.match(r"([A-Za-z]*)([0-9]*)$", part)
        letters, digits = m.group(1), m.group(2)  # type: ignore[union-attr]
        return (int(digits) - 1 if digits else None), (col_index(letters) if letters else None)

    (ra, ca), (rb, cb) = split(first), split(second)
    r0, c0 = ra or 0, ca or 0
    r1 = rb + 1 if rb is not None else None
    c1 = cb + 1 if cb is not None else None
    return title, r0, r1, c0, c1


# ---------------------------------------------------------------- evaluation

class _Range(list):
    """The values of a multi-cell reference, row-major."""


def evaluate(formula: str, lookup: Lookup) -> Any:
    """Return the value of ``=...`` (number, str, bool, ErrorValue) or raise Unsupported."""
    try:
        tree = _Parser(tokenize(formula[1:])).parse()
        result = _Eval(lookup).value(tree)
    except Fail as fail:
        return ErrorValue(fail.code)
    except RecursionError:
        return ErrorValue("#REF!")
    except IndexError:  # a function called with too few arguments
        return ErrorValue("#N/A")
    except (OverflowError, ValueError):
        return ErrorValue("#NUM!")
    if isinstance(result, _Range):
        result = result[0] if len(result) == 1 else ErrorValue("#VALUE!")
    if result is None:
        return ""
    if isinstance(result, float) and not isinstance(result, DateNumber):
        if math.isnan(result) or math.isinf(result):
            return ErrorValue("#NUM!")
        return json_number(result)
    return result


class _Eval:
    def __init__(self, lookup: Lookup):
        self.lookup = lookup

    def value(self, node: Any) -> Any:
        kind = node[0]
        if kind == "lit":
            return node[1]
        if kind == "ref":
            _, title, r0, r1, c0, c1 = node
            rows = self.lookup(title, r0, r1, c0, c1)
            flat = _Range(v for row in rows for v in row)
            for v in flat:
                if isinstance(v, ErrorValue) and len(flat) == 1:
                    raise Fail(str(v))
            if len(flat) == 1:
                return flat[0]
            return flat
        if kind == "neg":
            return -self.num(node[1])
        if kind == "pct":
            return self.num(node[1]) / 100
        if kind == "bin":
            return self.binary(node[1], node[2], node[3])
        if kind == "call":
            return self.call(node[1], node[2])
        raise Unsupported(kind)

    def scalar(self, node: Any) -> Any:
        v = self.value(node)
        if isinstance(v, _Range):
            if len(v) != 1:
                raise Fail("#VALUE!")
            v = v[0]
        if isinstance(v, ErrorValue):
            raise Fail(str(v))
        return v

    def num(self, node: Any) -> float:
        return to_number(self.scalar(node))

    def binary(self, op: str, left: Any, right: Any) -> Any:
        if op in "+-*/^":
            a, b = self.num(left), self.num(right)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                if b == 0:
                    raise Fail("#DIV/0!")
                return a / b
            try:
                return float(a) ** b
            except (OverflowError, ZeroDivisionError):
                raise Fail("#NUM!")
        if op == "&":
            return to_text(self.scalar(left)) + to_text(self.scalar(right))
        a, b = self.scalar(left), self.scalar(right)
        ka, kb = compare_key(a), compare_key(b)
        return {"=": ka == kb, "<>": ka != kb, "<": ka < kb, ">": ka > kb,
                "<=": ka <= kb, ">=": ka >= kb}[op]

    def values(self, args: list[Any]) -> list[Any]:
        out: list[Any] = []
        for arg in args:
            v = self.value(arg)
            if isinstance(v, _Range):
                out.extend(v)
            else:
                out.append(v)
        for v in out:
            if isinstance(v, ErrorValue):
                raise Fail(str(v))
        return out

    def numbers(self, args: list[Any]) -> list[float]:
        nums = []
        for arg in args:
            v = self.value(arg)
            if isinstance(v, _Range):
                for item in v:
                    if isinstance(item, ErrorValue):
                        raise Fail(str(item))
                    if isinstance(item, (int, float)) and not isinstance(item, bool):
                        nums.append(item)
            else:
                if isinstance(v, ErrorValue):
                    raise Fail(str(v))
                nums.append(to_number(v))
        return nums

    def call(self, name: str, args: list[Any]) -> Any:
        if name == "IF":
            if not 1 <= len(args) <= 3:
                raise Fail("#N/A")
            if to_bool(self.scalar(args[0])):
                return self.value(args[1]) if len(args) > 1 else True
            return self.value(args[2]) if len(args) > 2 else False
        if name == "IFERROR":
            try:
                return self.scalar(args[0])
            except Fail:
                return self.scalar(args[1]) if len(args) > 1 else ""
        if name in _SIMPLE:
            return _SIMPLE[name](self, args)
        raise Unsupported(name)


def _round(digits_fn: Callable[[float, int], float]) -> Callable[[_Eval, list[Any]], Any]:
    def fn(ev: _Eval, args: list[Any]) -> Any:
        x = ev.num(args[0])
        places = int(ev.num(args[1])) if len(args) > 1 else 0
        return digits_fn(x, places)
    return fn


def _round_half_up(x: float, places: int) -> float:
    factor = 10 ** places
    return math.copysign(math.floor(abs(x) * factor + 0.5 + 1e-9) / factor, x)


def _today(ev: _Eval, args: list[Any]) -> Any:
    return DateNumber(to_serial(date.today()))


def _date(ev: _Eval, args: list[Any]) -> Any:
    y, m, d = (int(ev.num(a)) for a in args[:3])
    try:
        return DateNumber(to_serial(date(y, m, 1)) + d - 1)
    except ValueError:
        raise Fail("#NUM!")


def _hyperlink(ev: _Eval, args: list[Any]) -> Any:
    return ev.scalar(args[1] if len(args) > 1 else args[0])


_SIMPLE: dict[str, Callable[[_Eval, list[Any]], Any]] = {
    "SUM": lambda ev, a: sum(ev.numbers(a)),
    "AVERAGE": lambda ev, a: (sum(n) / len(n)) if (n := ev.numbers(a)) else _raise("#DIV/0!"),
    "MIN": lambda ev, a: min(ev.numbers(a), default=0),
    "MAX": lambda ev, a: max(ev.numbers(a), default=0),
    "COUNT": lambda ev, a: sum(1 for v in ev.values(a) if isinstance(v, (int, float)) and not isinstance(v, bool)),
    "COUNTA": lambda ev, a: sum(1 for v in ev.values(a) if v not in (None, "")),
    "AND": lambda ev, a: all(to_bool(v) for v in ev.values(a) if v is not None),
    "OR": lambda ev, a: any(to_bool(v) for v in ev.values(a) if v is not None),
    "NOT": lambda ev, a: not to_bool(ev.scalar(a[0])),
    "CONCATENATE": lambda ev, a: "".join(to_text(v) for v in ev.values(a)),
    "CONCAT": lambda ev, a: "".join(to_text(ev.scalar(x)) for x in a),
    "LEN": lambda ev, a: len(to_text(ev.scalar(a[0]))),
    "UPPER": lambda ev, a: to_text(ev.scalar(a[0])).upper(),
    "LOWER": lambda ev, a: to_text(ev.scalar(a[0])).lower(),
    "TRIM": lambda ev, a: " ".join(to_text(ev.scalar(a[0])).split()),
    "ABS": lambda ev, a: abs(ev.num(a[0])),
    "INT": lambda ev, a: math.floor(ev.num(a[0])),
    "MOD": lambda ev, a: (ev.num(a[0]) % d) if (d := ev.num(a[1])) else _raise("#DIV/0!"),
    "ROUND": _round(_round_half_up),
    "ROUNDUP": _round(lambda x, p: math.copysign(math.ceil(abs(x) * 10 ** p - 1e-9) / 10 ** p, x)),
    "ROUNDDOWN": _round(lambda x, p: math.copysign(math.floor(abs(x) * 10 ** p + 1e-9) / 10 ** p, x)),
    "HYPERLINK": _hyperlink,
    "TODAY": _today,
    "DATE": _date,
}


def _raise(code: str) -> Any:
    raise Fail(code)


def to_number(v: Any) -> float:
    if v is None or v == "":
        return 0
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, (date, datetime)):
        return to_serial(v)
    try:
        return float(str(v).replace(",", ""))
    except ValueError:
        raise Fail("#VALUE!")


def to_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, (int, float)):
        return general(v)
    return str(v)


def to_bool(v: Any) -> bool:
    if isinstance(v, str):
        if v.upper() in ("TRUE", "FALSE"):
            return v.upper() == "TRUE"
        if v == "":
            return False
        raise Fail("#VALUE!")
    return bool(v)


def compare_key(v: Any) -> tuple[int, Any]:
    """Sheets orders numbers before text before booleans; text compares case-insensitively."""
    if v is None or v == "":
        return (0, 0)
    if isinstance(v, bool):
        return (2, v)
    if isinstance(v, (int, float)):
        return (0, v)
    return (1, str(v).casefold())
