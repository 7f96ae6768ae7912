"""The text and size guard of the boundary: hostile text refused, all text NFC, document numbers NFKC.

Runs on the parsed JSON (or TOML) value before it is structured (DECISIONS.md, "The JSON boundary";
docs/decisions.md, "Hostile text and limits"):

- a string longer than `Limits.max_text_chars`, a list longer than `Limits.max_items` (an evidence
  log's ``events`` longer than `Limits.max_events`) is refused (``too_long``, ``too_many_items``,
  ``too_many_events``);
- a lone surrogate is refused anywhere (``text.surrogate``): it cannot be written as UTF-8;
- a control character (C0, DEL, C1, and U+2028/U+2029) is refused (``text.control``), except tab and
  line breaks (LF, CR) in the multi-line free-text fields of `MULTILINE_FIELDS`;
- every string is normalised to NFC; a document number (a key of `NUMBER_FIELDS`) to NFKC, so that
  ``港街发〔２０２０〕３号`` and ``港街发〔2020〕3号`` are one number (the F1 finding still names what was
  normalised: see `xingzheng.model.values.NormalisedNumber`).

The walk is skipped for JSON text that cannot hold anything it would refuse or change (`plain_json`):
no backslash escape, no control, surrogate or line-separator character, NFC throughout, shorter than
the text limit, fewer commas than the list limits, and every document number already NFKC. A string
value of such a text lies between two quotation marks, which are stable characters of Unicode
normalisation, so each string is NFC when the whole text is.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs

from xingzheng.errors import Problem, visible
from xingzheng.io._problems import join_path

__all__ = ["MULTILINE_FIELDS", "NUMBER_FIELDS", "Limits", "guard", "plain_json"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        from xingzheng.errors import InvariantError, bilingual

        raise InvariantError(
            bilingual(f"{attribute.name} 应为正整数：{value!r}", f"{attribute.name} must be a positive integer: {value!r}"),
            attribute.name,
        )


@attrs.frozen
class Limits:
    """输入上限 — the size limits of one record read at the boundary.

    The defaults are far above any real record (the largest worked example, an enforcement case with
    its evidence log, is about 11 KB; see the docs' "Limits" section) and bound the memory one record
    can take: a record's text is at most ``max_bytes``, and no single string, list or log can grow
    past its own limit inside it.

    Attributes:
        max_bytes: bytes of a file or of ``bytes`` input (characters of a ``str``) per record.
        max_depth: nesting of objects and arrays.
        max_text_chars: characters of one text field (after NFC).
        max_items: items of one array.
        max_events: events of one evidence log (``events``).
    """

    max_bytes: int = attrs.field(default=4 * 1024 * 1024, validator=_positive)
    max_depth: int = attrs.field(default=64, validator=_positive)
    max_text_chars: int = attrs.field(default=100_000, validator=_positive)
    max_items: int = attrs.field(default=10_000, validator=_positive)
    max_events: int = attrs.field(default=10_000, validator=_positive)


#: The multi-line free-text fields (by key, in every record class): tab, LF and CR are allowed in
#: them and nowhere else. Every other text field (titles, names, numbers, codes, hashes, URLs) is one
#: line. A test checks that each name here is a text field of some record class.
MULTILINE_FIELDS = frozenset(
    {
        "closed_reason",
        "confidentiality_basis",
        "description",
        "dissent",
        "head_reasons",
        "intended_penalty",
        "legal_risk_statement",
        "measures",
        "non_adoption_reasons",
        "payload",
        "reason",
        "reasons",
        "risk_points",
        "short_period_reason",
        "source_detail",
        "statement",
        "summary",
    }
)
#: The fields holding a document number (发文字号), normalised to NFKC.
NUMBER_FIELDS = frozenset({"document_number"})
#: The arrays limited by `Limits.max_events` instead of `Limits.max_items`.
_EVENT_FIELDS = frozenset({"events"})

_SURROGATE = re.compile("[\ud800-\udfff]")
_ONE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MULTI_LINE_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
# What raw JSON text may hold only inside a string it would take the walk to judge: a backslash
# (any escape), a control character other than JSON's own whitespace (outside strings), a line
# separator, a surrogate (a ``str`` input).
_RAW_SUSPECT = re.compile("[\\\\\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_RAW_NUMBER = re.compile(r'"document_number"\s*:\s*"([^"]*)"')
def _shown(text: str) -> str:
    return visible(text if len(text) <= 40 else text[:39] + "…")


def plain_json(text: str, limits: Limits) -> bool:
    """Whether the walk can be skipped for this JSON text (see the module's docstring)."""
    if len(text) > limits.max_text_chars or "\\" in text:
        return False
    # `isprintable` (in C) is false for every character `_RAW_SUSPECT` finds; when it is false for
    # another reason (JSON's own line breaks, an ideographic space), the regex decides.
    if not text.isprintable() and _RAW_SUSPECT.search(text) is not None:
        return False
    most = min(limits.max_items, limits.max_events)  # an array of n items holds n - 1 commas
    if (len(text) > most and text.count(",") >= most) or not unicodedata.is_normalized("NFC", text):
        return False
    start = text.find('"document_number"')
    while start >= 0:
        match = _RAW_NUMBER.match(text, start)
        if match is not None and not unicodedata.is_normalized("NFKC", match[1]):
            return False
        start = text.find('"document_number"', start + 17)
    return True


def _text(value: str, path: str, key: str | None, limits: Limits, problems: list[Problem]) -> str:
    if len(value) > limits.max_text_chars:
        problems.append(
            Problem(
                path,
                f"文本过长：{len(value)} 个字符，上限 {limits.max_text_chars}",
                f"text too long: {len(value)} characters, the limit is {limits.max_text_chars}",
                "too_long",
                _shown(value),
            )
        )
        return value
    if _SURROGATE.search(value) is not None:
        problems.append(
            Problem(
                path,
                "文本含孤立的代理码位（无法以 UTF-8 写出）",
                "the text holds a lone surrogate (it cannot be written as UTF-8)",
                "text.surrogate",
                _shown(value),
            )
        )
        return value
    multiline = key in MULTILINE_FIELDS
    bad = (_MULTI_LINE_BAD if multiline else _ONE_LINE_BAD).search(value)
    if bad is not None:
        char = f"U+{ord(bad[0]):04X}"
        where = "（制表符和换行仅用于多行文本字段）" if not multiline and bad[0] in "\t\n\r" else ""
        where_en = " (tabs and line breaks only in multi-line text fields)" if where else ""
        problems.append(
            Problem(
                path,
                f"文本含控制字符 {char}（第 {bad.start() + 1} 个字符）{where}",
                f"the text holds the control character {char} (character {bad.start() + 1}){where_en}",
                "text.control",
                _shown(value),
            )
        )
        return value
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if key in NUMBER_FIELDS and not unicodedata.is_normalized("NFKC", value):
        from xingzheng.model.values import NormalisedNumber

        value = NormalisedNumber.of(value)
    return value


def _key(key: str, path: str, problems: list[Problem]) -> None:
    surrogate = _SURROGATE.search(key) is not None
    problems.append(
        Problem(
            path,
            "对象的键含孤立代理码位" if surrogate else "对象的键含控制字符",
            "a key of the object holds a lone surrogate" if surrogate else "a key of the object holds a control character",
            "text.surrogate" if surrogate else "text.control",
            _shown(key),
        )
    )


def _walk(value: Any, path: str, key: str | None, limits: Limits, problems: list[Problem]) -> Any:
    kind = type(value)
    if kind is str:
        return _text(value, path, key, limits, problems)
    if kind is dict:
        new: dict[str, Any] | None = None
        for k, v in value.items():
            if type(k) is not str:
                continue  # TOML and JSON keys are strings; `from_dict` data is checked by the converter
            if _SURROGATE.search(k) or _ONE_LINE_BAD.search(k):
                _key(k, path, problems)
                continue
            w = _walk(v, join_path(path, k), k, limits, problems)
            if w is not v:
                if new is None:
                    new = dict(value)
                new[k] = w
        return value if new is None else new
    if kind is list or kind is tuple:
        limit, what = (limits.max_events, "events") if key in _EVENT_FIELDS else (limits.max_items, "items")
        if len(value) > limit:
            problems.append(
                Problem(
                    path,
                    f"数组过长：{len(value)} 项，上限 {limit}",
                    f"too many {what}: {len(value)}, the limit is {limit}",
                    "too_many_events" if what == "events" else "too_many_items",
                    len(value),
                )
            )
            return value
        items: list[Any] | None = None
        for index, v in enumerate(value):
            w = _walk(v, join_path(path, index), key, limits, problems)
            if w is not v:
                if items is None:
                    items = list(value)
                items[index] = w
        if items is None:
            return value
        return items if kind is list else tuple(items)
    return value


def guard(data: Any, limits: Limits) -> tuple[Any, list[Problem]]:
    """The value with its text normalised, and every text or size problem found in it (with its path)."""
    problems: list[Problem] = []
    try:
        data = _walk(data, "$", None, limits, problems)
    except RecursionError:
        problems.append(Problem("$", "嵌套过深", "nested too deeply", "too_deep"))
    return data, problems
