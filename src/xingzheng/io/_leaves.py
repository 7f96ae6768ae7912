"""The strict leaf types of the one converter: how each is read from JSON and TOML, written, and described.

`LEAVES` is the table the converter's hooks (`xingzheng.io._converter`) and the JSON Schema
(`xingzheng.io.json_schema`) are both generated from, so they cannot drift apart (DECISIONS.md, "The JSON
boundary"). Record dates are also held to `DATE_MIN`..`DATE_MAX` by the ranged variants of the date hooks.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import attrs

from xingzheng.errors import NO_INPUT

__all__ = [
    "DATETIME_PATTERN",
    "DATE_MAX",
    "DATE_MIN",
    "DATE_PATTERN",
    "LEAVES",
    "Leaf",
    "LeafProblem",
    "Mode",
    "describe_value",
]

Mode = Literal["json", "toml"]

# RFC 3339 full-date / date-time (JSON Schema "date" / "date-time"), with a required offset and at most
# microseconds; ASCII digits only (Python's \d also matches other scripts' digits).
DATE_PATTERN = r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
DATETIME_PATTERN = (
    DATE_PATTERN + r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)
DECIMAL_PATTERN = r"-?(?:0|[1-9][0-9]{0,30})(?:\.[0-9]{1,30})?"
_DATE_RE = re.compile(DATE_PATTERN)
_DATETIME_RE = re.compile(DATETIME_PATTERN)


class LeafProblem(Exception):
    """A value that does not fit its declared type; carries the bilingual reason and a machine code.

    Attributes:
        zh: the reason in Chinese.
        en: the reason in English.
        code: the machine code of `LoadError.errors` (``type.string``, ``enum``, ``date.range``, …).
        input: the offending value (`NO_INPUT` where there is none).
    """

    def __init__(self, zh: str, en: str, code: str = "invalid", input: object = NO_INPUT) -> None:
        super().__init__(f"{zh} / {en}")
        self.zh = zh
        self.en = en
        self.code = code
        self.input = input


_TYPE_NAMES: dict[type, tuple[str, str]] = {
    str: ("字符串", "a string"),
    int: ("整数", "an integer"),
    float: ("数字", "a number"),
    bool: ("布尔值", "a boolean"),
    type(None): ("null", "null"),
    dict: ("对象", "an object"),
    list: ("数组", "an array"),
    tuple: ("数组", "an array"),
    dt.date: ("日期", "a date"),
    dt.datetime: ("日期时间", "a date-time"),
    dt.time: ("时间", "a time"),
    Decimal: ("十进制数字符串", "a decimal number as a string"),
}


def describe_value(value: object) -> tuple[str, str]:
    """A short, safe description of an input value (never a full repr of a huge or deep value)."""
    kind = _TYPE_NAMES.get(type(value), (type(value).__name__, type(value).__name__))
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"{kind[0]} {shown!r}", f"{kind[1]} {shown!r}"
    if isinstance(value, bool | int | float) and not isinstance(value, bool):
        text = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "…"
        return f"{kind[0]} {text}", f"{kind[1]} {text}"
    if isinstance(value, bool):
        return f"{kind[0]} {str(value).lower()}", f"{kind[1]} {str(value).lower()}"
    return kind


def _wrong(expected: tuple[str, str], value: object, code: str) -> LeafProblem:
    got_zh, got_en = describe_value(value)
    return LeafProblem(f"应为{expected[0]}，得到{got_zh}", f"expected {expected[1]}, got {got_en}", code, value)


#: The range of dates (and of the days of instants) a record may carry (DECISIONS.md / docs/decisions.md):
#: no administrative record of this kind predates the People's Republic, none is dated after 2100.
DATE_MIN = dt.date(1949, 10, 1)
DATE_MAX = dt.date(2100, 12, 31)


def _in_range(day: dt.date, value: object) -> None:
    if not DATE_MIN <= day <= DATE_MAX:
        raise LeafProblem(
            f"日期超出范围 {DATE_MIN.isoformat()}..{DATE_MAX.isoformat()}：{day.isoformat()}",
            f"date out of range {DATE_MIN.isoformat()}..{DATE_MAX.isoformat()}: {day.isoformat()}",
            "date.range",
            value,
        )


# --- leaf hooks -----------------------------------------------------------------------------------


def _str(value: Any, _: Any = None) -> str:
    # A str subclass only comes from the boundary's own normalisation (`NormalisedNumber`).
    if not isinstance(value, str):
        raise _wrong(("字符串", "a string"), value, "type.string")
    return value


def _int(value: Any, _: Any = None) -> int:
    if type(value) is not int:
        raise _wrong(("整数", "an integer"), value, "type.integer")
    return value


def _float(value: Any, _: Any = None) -> float:
    if type(value) is float:
        if not math.isfinite(value):
            raise LeafProblem("不接受 NaN 或无穷大", "NaN and infinity are not accepted", "number.nan", value)
        return value
    if type(value) is int:
        return float(value)
    raise _wrong(("数字", "a number"), value, "type.number")


def _bool(value: Any, _: Any = None) -> bool:
    if type(value) is not bool:
        raise _wrong(("布尔值 true/false", "a boolean true/false"), value, "type.boolean")
    return value


_DATE_CACHE: dict[str, dt.date] = {}


def _date_json(value: Any, _: Any = None) -> dt.date:
    # Records repeat a few thousand distinct days: a small cache halves the cost of reading them.
    if type(value) is str:
        cached = _DATE_CACHE.get(value)
        if cached is not None:
            return cached
    if type(value) is not str or _DATE_RE.fullmatch(value) is None:
        raise _wrong(("YYYY-MM-DD 格式的日期", "a date as YYYY-MM-DD"), value, "date.format")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise LeafProblem(f"不存在的日期：{value!r}", f"no such date: {value!r}", "date.invalid", value) from None
    if DATE_MIN <= day <= DATE_MAX:  # only dates in range are cached: the ranged hooks read the cache
        if len(_DATE_CACHE) >= 8192:
            _DATE_CACHE.clear()
        _DATE_CACHE[value] = day
    return day


def _date_json_ranged(value: Any, _: Any = None) -> dt.date:
    # `_fast_class_hook` inlines the cache lookup for this hook too: the cache holds dates in range only.
    day = _date_json(value)
    _in_range(day, value)
    return day


def _date_toml(value: Any, _: Any = None) -> dt.date:
    if type(value) is not dt.date:
        raise _wrong(("TOML 日期（如 2020-01-01，不加引号）", "a TOML date (e.g. 2020-01-01, unquoted)"), value, "date.format")
    return value


def _date_toml_ranged(value: Any, _: Any = None) -> dt.date:
    day = _date_toml(value)
    _in_range(day, day.isoformat())
    return day


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise LeafProblem("日期时间缺少时区", "the date-time has no timezone offset", "datetime.timezone", value.isoformat())
    return value


def _datetime_json(value: Any, _: Any = None) -> dt.datetime:
    if type(value) is not str or _DATETIME_RE.fullmatch(value) is None:
        raise _wrong(
            ("带时区的 RFC 3339 日期时间（如 2020-05-06T09:30:00+08:00）", "an RFC 3339 date-time with an offset"),
            value,
            "datetime.format",
        )
    try:
        return _aware(dt.datetime.fromisoformat(value))
    except ValueError:
        raise LeafProblem(f"不存在的日期时间：{value!r}", f"no such date-time: {value!r}", "datetime.invalid", value) from None


def _datetime_toml(value: Any, _: Any = None) -> dt.datetime:
    if type(value) is not dt.datetime:
        raise _wrong(("带时区的 TOML 日期时间", "a TOML offset date-time"), value, "datetime.format")
    return _aware(value)


def _datetime_json_ranged(value: Any, _: Any = None) -> dt.datetime:
    instant = _datetime_json(value)
    _in_range(instant.date(), value)
    return instant


def _datetime_toml_ranged(value: Any, _: Any = None) -> dt.datetime:
    instant = _datetime_toml(value)
    _in_range(instant.date(), instant.isoformat())
    return instant


# The hooks of records (`ranged`): dates and the days of instants within DATE_MIN..DATE_MAX.
_RANGED: dict[Mode, dict[type, Callable[[Any, Any], Any]]] = {
    "json": {dt.date: _date_json_ranged, dt.datetime: _datetime_json_ranged},
    "toml": {dt.date: _date_toml_ranged, dt.datetime: _datetime_toml_ranged},
}


@attrs.frozen
class Leaf:
    """One row of the type table: how a leaf type is read, written and described.

    Attributes:
        json: structure hook for JSON input.
        toml: structure hook for TOML input.
        unstructure_json: how the value is written to JSON (None: as is).
        unstructure_toml: how the value is written to TOML (None: as is).
        schema: its JSON Schema (draft 2020-12).
    """

    json: Callable[[Any, Any], Any]
    toml: Callable[[Any, Any], Any]
    unstructure_json: Callable[[Any], Any] | None
    unstructure_toml: Callable[[Any], Any] | None
    schema: Mapping[str, Any]


_DECIMAL_RE = re.compile(DECIMAL_PATTERN)


def _decimal(value: Any, _: Any = None) -> Decimal:
    # A decimal travels as its exact string ("0.03"); a JSON float would already have lost digits.
    if type(value) is not str or _DECIMAL_RE.fullmatch(value) is None:
        raise _wrong(("十进制数字符串（如 \"0.03\"）", 'a decimal number as a string (e.g. "0.03")'), value, "decimal.format")
    return Decimal(value)


def _decimal_text(value: Decimal) -> str:
    # Plain notation: ``str(Decimal("1E+2"))`` is ``"1E+2"``, which the reader (rightly) refuses.
    return format(value, "f")


def _iso(value: dt.date) -> str:
    return value.isoformat()


def _path(value: Any, _: Any = None) -> Path:
    # A file's path (an installed notice's store file) travels as its string.
    if type(value) is not str or not value:
        raise _wrong(("非空路径字符串", "a non-empty path string"), value, "type.string")
    return Path(value)


def _path_text(value: Path) -> str:
    return str(value)


LEAVES: dict[type, Leaf] = {
    str: Leaf(_str, _str, None, None, {"type": "string"}),
    int: Leaf(_int, _int, None, None, {"type": "integer"}),
    float: Leaf(_float, _float, None, None, {"type": "number"}),
    bool: Leaf(_bool, _bool, None, None, {"type": "boolean"}),
    Decimal: Leaf(_decimal, _decimal, _decimal_text, _decimal_text, {"type": "string", "pattern": f"^{DECIMAL_PATTERN}$"}),
    dt.date: Leaf(
        _date_json, _date_toml, _iso, None, {"type": "string", "format": "date", "pattern": f"^{DATE_PATTERN}$"}
    ),
    Path: Leaf(_path, _path, _path_text, _path_text, {"type": "string", "minLength": 1}),
    dt.datetime: Leaf(
        _datetime_json,
        _datetime_toml,
        _iso,
        None,
        {"type": "string", "format": "date-time", "pattern": f"^{DATETIME_PATTERN}$"},
    ),
}
