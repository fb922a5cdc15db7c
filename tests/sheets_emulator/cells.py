"""Cell values: what a write stores and what a read renders, as Google does it.

The rules that matter to a client are the ones that silently change data:
USER_ENTERED turns ``"2020-01-01"`` into the serial number 43831 with a date
format, ``"+8801711234567"`` into a number, ``"TRUE"`` into a boolean, and a
leading apostrophe keeps text as text; RAW stores every string verbatim. Reads
then render the same cell differently per valueRenderOption and
dateTimeRenderOption. Only the en_US locale's parsing is implemented.
"""
from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping

EPOCH = datetime(1899, 12, 30)
DATE_TYPES = ("DATE", "TIME", "DATE_TIME")
DEFAULT_PATTERNS = {
    "DATE": "M/d/yyyy", "TIME": "h:mm:ss am/pm", "DATE_TIME": "M/d/yyyy H:mm:ss",
    "NUMBER": "#,##0.00", "PERCENT": "0.00%", "CURRENCY": '"$"#,##0.00',
    "SCIENTIFIC": "0.00E+00",
}


class ErrorValue(str):
    """A formula error such as ``#DIV/0!``; Google returns these as strings in every mode."""


@dataclass(frozen=True)
class Cell:
    """One cell; immutable so a sheet can be copied cheaply for atomic batch updates."""

    value: Any = None  # str | bool | int | float | None (the user-entered literal)
    formula: str | None = None
    fmt: Mapping[str, Any] | None = None  # userEnteredFormat, as Google returns it
    note: str | None = None
    validation: Mapping[str, Any] | None = None

    @property
    def has_value(self) -> bool:
        return self.value is not None or self.formula is not None

    @property
    def is_blank(self) -> bool:
        return not (self.has_value or self.fmt or self.note or self.validation)

    @property
    def number_format(self) -> Mapping[str, Any] | None:
        return (self.fmt or {}).get("numberFormat")


@dataclass(frozen=True)
class Entry:
    """A parsed input value: the literal or formula to store, and any format it implies."""

    value: Any = None
    formula: str | None = None
    number_format: Mapping[str, Any] | None = None


SKIP = object()  # a JSON null in written values: leave the cell as it is


# ---------------------------------------------------------------- numbers, serials

def json_number(x: Any) -> Any:
    """Google writes integral doubles without a fraction (``2``, not ``2.0``)."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2 ** 53:
        return int(x)
    return x


def to_serial(value: date | datetime) -> int | float:
    if isinstance(value, datetime):
        delta = value - EPOCH
        return json_number(delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400)
    return (value - EPOCH.date()).days


def from_serial(serial: float) -> datetime:
    ms = round(serial * 86400 * 1000)
    return EPOCH + timedelta(milliseconds=ms)


def is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# ---------------------------------------------------------------- USER_ENTERED parsing

_NUM = re.compile(
    r"^(?P<s1>[+-])?(?P<cur>\$)?(?P<s2>[+-])?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?P<frac>\d*))?"
    r"(?:[eE](?P<exp>[+-]?\d+))?(?P<pct>%)?$")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_TIME = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<ms>\d{1,3}))?)?\s*(?P<ap>[AaPp][Mm])?"
_MONTH_NAME = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_FORMS = [
    (re.compile(rf"^(?P<y>\d{{4}})(?P<sep>[-/])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?:\s+{_TIME})?$"),
     None),
    (re.compile(rf"^(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})(?:\s+{_TIME})?$"),
     "M/d/yyyy"),
    (re.compile(rf"^(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})$"), "M/d"),  # this year, as Sheets assumes
    (re.compile(rf"^(?P<d>\d{{1,2}})\s+{_MONTH_NAME},?\s+(?P<y>\d{{4}})$"), "d mmm yyyy"),
    (re.compile(rf"^{_MONTH_NAME}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})$"), "mmm d, yyyy"),
]
_TIME_ONLY = re.compile(rf"^{_TIME}$")


def parse_input(raw: Any, option: str) -> Any:
    """Turn one written JSON value into an Entry (or SKIP), per valueInputOption."""
    if raw is None:
        return SKIP
    if isinstance(raw, bool):
        return Entry(raw)
    if isinstance(raw, (int, float)):
        return Entry(json_number(raw))
    if not isinstance(raw, str):
        raise TypeError(raw)
    if raw == "":
        return Entry(None)
    if option == "RAW":
        return Entry(raw)
    return parse_user_entered(raw)


def parse_user_entered(text: str) -> Entry:
    if text.startswith("'"):
        return Entry(text[1:] or None)
    if text.startswith("=") and len(text) > 1:
        return Entry(None, formula=text)
    s = text.strip()
    if s.upper() in ("TRUE", "FALSE"):
        return Entry(s.upper() == "TRUE")
    number = _parse_number(s)
    if number is not None:
        return number
    when = _parse_datetime(s)
    if when is not None:
        return when
    return Entry(text)


def _parse_number(s: str) -> Entry | None:
    m = _NUM.match(s)
    if not m or (not m.group("int") and not m.group("frac")) or (m.group("s1") and m.group("s2")):
        return None
    if m.group("cur") and (m.group("exp") or m.group("pct")):
        return None
    digits = (m.group("int") or "0").replace(",", "") + "." + (m.group("frac") or "0")
    value = float(digits)
    if m.group("exp"):
        value *= 10 ** int(m.group("exp"))
    if m.group("pct"):
        value /= 100
    if (m.group("s1") or m.group("s2")) == "-":
        value = -value
    if math.isinf(value):
        return None
    fmt = None
    if m.group("cur"):
        fmt = {"type": "CURRENCY", "pattern": DEFAULT_PATTERNS["CURRENCY"]}
    elif m.group("pct"):
        fmt = {"type": "PERCENT", "pattern": "0.00%" if m.group("frac") else "0%"}
    elif m.group("exp"):
        fmt = {"type": "SCIENTIFIC", "pattern": "0.00E+00"}
    elif "," in (m.group("int") or ""):
        fmt = {"type": "NUMBER", "pattern": "#,##0.00" if m.group("frac") else "#,##0"}
    return Entry(json_number(value), number_format=fmt)


def _time_of(m: re.Match) -> tuple[timedelta, str] | None:
    if not m.group("h"):
        return timedelta(0), ""
    h, mi = int(m.group("h")), int(m.group("mi"))
    sec = int(m.group("s") or 0)
    ms = int((m.group("ms") or "0").ljust(3, "0"))
    ap = (m.group("ap") or "").lower()
    if mi > 59 or sec > 59:
        return None
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "pm" else 0)
    elif h > 23:
        return None
    pattern = ("h:mm" if ap else "H:mm") + (":ss" if m.group("s") else "") + (" am/pm" if ap else "")
    return timedelta(hours=h, minutes=mi, seconds=sec, milliseconds=ms), pattern


def _parse_datetime(s: str) -> Entry | None:
    m = _TIME_ONLY.match(s)
    if m:
        t = _time_of(m)
        if t is None:
            return None
        return Entry(json_number(t[0].total_seconds() / 86400),
                     number_format={"type": "TIME", "pattern": t[1]})
    for regex, pattern in _DATE_FORMS:
        m = regex.match(s)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("mon"):
            month = _MONTHS.get(groups["mon"][:3].lower())
            if month is None:
                return None
            if len(groups["mon"]) > 3 and groups["mon"].lower() not in _full_month_names():
                return None
            if pattern and len(groups["mon"]) > 3:
                pattern = pattern.replace("mmm", "mmmm")
        else:
            month = int(groups["m"])
        year = int(groups["y"]) if groups.get("y") else date.today().year
        if len(groups.get("y") or "") == 2:
            year += 2000 if year < 30 else 1900
        try:
            day = date(year, month, int(groups["d"]))
        except ValueError:
            return None
        if pattern is None:
            pattern = "yyyy-mm-dd" if groups.get("sep") == "-" else "yyyy/mm/dd"
        t = _time_of(m) if "h" in groups else (timedelta(0), "")
        if t is None:
            return None
        if t[1]:
            serial = to_serial(datetime.combine(day, datetime.min.time()) + t[0])
            return Entry(serial, number_format={"type": "DATE_TIME", "pattern": f"{pattern} {t[1]}"})
        return Entry(to_serial(day), number_format={"type": "DATE", "pattern": pattern})
    return None


def _full_month_names() -> set[str]:
    return {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "sept"}


# ---------------------------------------------------------------- rendering

def is_datetime(number_format: Mapping[str, Any] | None) -> bool:
    return bool(number_format) and number_format.get("type") in DATE_TYPES  # type: ignore[union-attr]


def render(value: Any, number_format: Mapping[str, Any] | None, formula: str | None,
           option: str, dt_option: str) -> Any:
    """The JSON a values read returns for one cell ("" for an empty one)."""
    if option == "FORMULA" and formula is not None:
        return formula
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE") if option == "FORMATTED_VALUE" else value
    if isinstance(value, str):
        return str(value)
    if option == "FORMATTED_VALUE":
        return format_value(value, number_format)
    if is_datetime(number_format) and dt_option == "FORMATTED_STRING":
        return format_value(value, number_format)
    return json_number(value)


def format_value(value: Any, number_format: Mapping[str, Any] | None) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return str(value)
    nf = number_format or {}
    kind, pattern = nf.get("type"), nf.get("pattern")
    if kind in DATE_TYPES:
        return format_datetime(value, pattern or DEFAULT_PATTERNS[kind])
    if kind == "TEXT" or not (pattern or kind in DEFAULT_PATTERNS):
        return general(value)
    return format_number(value, pattern or DEFAULT_PATTERNS[kind])


def general(x: float) -> str:
    """Google's automatic number format (as the API's FORMATTED_VALUE shows it)."""
    if x == 0:
        return "0"
    if abs(x) >= 1e15 or abs(x) < 1e-9:
        mantissa, exp = f"{x:.5E}".split("E")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}E{'+' if int(exp) >= 0 else '-'}{abs(int(exp)):02d}"
    if float(x).is_integer():
        return str(int(x))
    digits = max(0, min(10, 14 - int(math.floor(math.log10(abs(x))))))
    return f"{x:.{digits}f}".rstrip("0").rstrip(".")


def _split_sections(pattern: str) -> list[str]:
    sections, buf, quoted = [], [], False
    for ch in pattern:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            sections.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    sections.append("".join(buf))
    return sections


def format_number(x: float, pattern: str) -> str:
    """A small subset of Sheets number patterns: ``#,##0.00``, ``0%``, ``"$"#,##0.00``, ``0.00E+00``."""
    sections = _split_sections(pattern)
    negative = x < 0
    section = sections[1] if negative and len(sections) > 1 else sections[0]
    sign = "-" if negative and len(sections) == 1 else ""
    x = abs(x)
    out, core, i = [], None, 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            j = section.index('"', i + 1) if '"' in section[i + 1:] else len(section)
            out.append(section[i + 1:j])
            i = j + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            out.append(section[i + 1])
            i += 2
            continue
        if ch in "0#?.," and core is None:
            m = re.match(r"[0#?,]*(?:\.[0#?]*)?(?:[Ee][+-][0#]+)?", section[i:])
            core = m.group(0)  # type: ignore[union-attr]
            out.append("\0")
            i += len(core)
            continue
        out.append(ch)
        i += 1
    if "%" in out:
        x *= 100
    text = _format_core(x, core or "0")
    return sign + "".join(text if part == "\0" else part for part in out)


def _format_core(x: float, core: str) -> str:
    exp_part = None
    m = re.match(r"^(.*?)([Ee][+-][0#]+)?$", core)
    core, exp_part = m.group(1), m.group(2)  # type: ignore[union-attr]
    int_spec, _, frac_spec = core.partition(".")
    exponent = 0
    if exp_part and x:
        exponent = int(math.floor(math.log10(x)))
        x /= 10 ** exponent
    max_frac = sum(frac_spec.count(c) for c in "0#?")
    min_frac = frac_spec.count("0")
    text = f"{x:.{max_frac}f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0").ljust(min_frac, "0") if max_frac else ""
    min_int = int_spec.count("0")
    if whole == "0" and min_int == 0:
        whole = ""
    whole = whole.rjust(min_int, "0")
    if "," in int_spec and whole:
        whole = f"{int(whole):,}"
    result = whole + ("." + frac if frac else "")
    if exp_part:
        digits = exp_part.count("0") + exp_part.count("#")
        result += f"E{'-' if exponent < 0 else '+'}{abs(exponent):0{digits}d}"
    return result


_DT_TOKEN = re.compile(
    r'"[^"]*"|\\.|am/pm|a/p|yyyy|yy|y|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|\.0+|.',
    re.IGNORECASE)
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def format_datetime(serial: float, pattern: str) -> str:
    """Sheets date/time patterns: ``yyyy-mm-dd``, ``M/d/yyyy H:mm:ss``, ``d mmm yyyy``, ``h:mm am/pm``."""
    when = from_serial(serial)
    tokens = _DT_TOKEN.findall(pattern)
    twelve = any(t.lower() in ("am/pm", "a/p") for t in tokens)
    out = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if tok.startswith('"'):
            out.append(tok[1:-1])
        elif tok.startswith("\\"):
            out.append(tok[1:])
        elif low in ("yyyy", "y"):
            out.append(f"{when.year:04d}")
        elif low == "yy":
            out.append(f"{when.year % 100:02d}")
        elif low.startswith("m") and low.strip("m") == "":
            if tok[0] == "m" and len(low) <= 2 and _is_minute(tokens, i):
                out.append(f"{when.minute:02d}" if len(low) == 2 else str(when.minute))
            else:
                out.append({1: str(when.month), 2: f"{when.month:02d}",
                            3: _MONTH_NAMES[when.month - 1][:3], 4: _MONTH_NAMES[when.month - 1],
                            5: _MONTH_NAMES[when.month - 1][0]}[len(low)])
        elif low in ("d", "dd"):
            out.append(str(when.day) if low == "d" else f"{when.day:02d}")
        elif low in ("ddd", "dddd"):
            name = _DAY_NAMES[when.weekday()]
            out.append(name[:3] if low == "ddd" else name)
        elif low in ("h", "hh"):
            hour = when.hour
            if twelve and tok[0] == "h":
                hour = hour % 12 or 12
            out.append(str(hour) if len(low) == 1 else f"{hour:02d}")
        elif low in ("s", "ss"):
            out.append(str(when.second) if low == "s" else f"{when.second:02d}")
        elif low.startswith(".0"):
            out.append("." + f"{when.microsecond // 1000:03d}"[: len(low) - 1])
        elif low in ("am/pm", "a/p"):
            ampm = "AM" if when.hour < 12 else "PM"
            out.append(ampm if low == "am/pm" else ampm[0])
        else:
            out.append(tok)
    return "".join(out)


def _is_minute(tokens: list[str], i: int) -> bool:
    """Sheets reads ``m`` as minutes right after an hour or right before seconds."""
    def neighbour(step: int) -> str:
        j = i + step
        while 0 <= j < len(tokens):
            low = tokens[j].lower()
            if low[0] in "hsymd" and low.strip(low[0]) == "":
                return low[0]
            j += step
        return ""
    return neighbour(-1) == "h" or neighbour(1) == "s"


# ---------------------------------------------------------------- formats

def _clean_color(color: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in color.items() if v not in (0, 0.0)}


def normalize_format(fmt: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A stored format as Google echoes it: zero colour channels dropped, *Style twins added."""
    if not fmt:
        return None
    out = normalize_colors(copy.deepcopy(dict(fmt)))
    tf = out.get("textFormat")
    if isinstance(tf, Mapping):
        out["textFormat"] = normalize_colors(dict(tf), ("foregroundColor",))
    borders = out.get("borders")
    if isinstance(borders, Mapping):
        out["borders"] = {side: normalize_colors(dict(b), ("color",)) if isinstance(b, Mapping) else b
                          for side, b in borders.items()}
    return out


def normalize_colors(obj: dict[str, Any], names: tuple[str, ...] = ("backgroundColor",)) -> dict[str, Any]:
    for name in names:
        style_name = "colorStyle" if name == "color" else name + "Style"
        style = obj.get(style_name)
        if isinstance(style, Mapping) and isinstance(style.get("rgbColor"), Mapping):
            obj[style_name] = {"rgbColor": _clean_color(style["rgbColor"])}
            obj[name] = obj[style_name]["rgbColor"]
        elif isinstance(obj.get(name), Mapping) and not isinstance(style, Mapping):
            obj[name] = _clean_color(obj[name])
            obj[style_name] = {"rgbColor": obj[name]}
    return obj


COLOR_TWINS = (("backgroundColor", "backgroundColorStyle"),)
TEXT_COLOR_TWINS = (("foregroundColor", "foregroundColorStyle"),)


def drop_stale_twins(fmt: dict[str, Any], source: Mapping[str, Any] | None) -> dict[str, Any]:
    """After an update set ``backgroundColor``, an older ``backgroundColorStyle`` must not win."""
    source = source or {}
    for target, src, pairs in ((fmt, source, COLOR_TWINS),
                               (fmt.get("textFormat"), source.get("textFormat"), TEXT_COLOR_TWINS)):
        if not isinstance(target, dict) or not isinstance(src, Mapping):
            continue
        for plain, style in pairs:
            if plain in src and style not in src:
                target.pop(style, None)
            elif style in src and plain not in src:
                target.pop(plain, None)
    return fmt
