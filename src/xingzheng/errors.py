"""The error hierarchy of xingzheng: every error the library raises on purpose derives from `XingzhengError`.

Messages are Chinese first, then English (``"中文。 / English."``).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from typing import NamedTuple

__all__ = [
    "NO_INPUT",
    "CalendarCoverageError",
    "InvariantError",
    "LoadError",
    "NoRuleInForceError",
    "NoSuchParameterError",
    "NoticeParseError",
    "Problem",
    "ProcedureError",
    "SupplementConflictError",
    "XingzhengError",
]


def bilingual(zh: str, en: str) -> str:
    """Join a Chinese and an English message the way every xingzheng message is written."""
    return f"{zh} / {en}"


class XingzhengError(Exception):
    """Base class of every error xingzheng raises on purpose."""


class InvariantError(XingzhengError, ValueError):
    """An impossible fact refused at construction (an end before its start, negative hours, …).

    Attributes:
        field: the name (or dotted path) of the offending field, when one can be named.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ProcedureError(XingzhengError):
    """A forbidden step refused by a lifecycle method; the object is left unchanged.

    Attributes:
        rule: the rule ID (e.g. ``"D6"``).
        citation: where the rule comes from, as text.
    """

    def __init__(self, message: str, rule: str, citation: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.citation = citation


class CalendarCoverageError(XingzhengError):
    """A question needs a date outside the calendar's coverage.

    Attributes:
        year: the first year the calendar does not cover that the question needs.
    """

    def __init__(self, message: str, year: int) -> None:
        super().__init__(message)
        self.year = year


class SupplementConflictError(XingzhengError, ValueError):
    """A calendar supplement or notice contradicts an explicit entry of the calendar's data.

    Attributes:
        conflicts: ``(date, what the calendar says, what the supplement says)`` for every conflicting day.
    """

    def __init__(self, message: str, conflicts: Iterable[tuple[object, str, str]] = ()) -> None:
        super().__init__(message)
        self.conflicts = tuple(conflicts)


class NoticeParseError(XingzhengError, ValueError):
    """A holiday notice could not be read with certainty.

    Attributes:
        item: the numbered item (e.g. ``"二"``) or other place where the parse failed, if known.
        text: the text of that item, quoted.
    """

    def __init__(self, message: str, item: str | None = None, text: str | None = None) -> None:
        super().__init__(message)
        self.item = item
        self.text = text


class _NoInput:
    """The type of `NO_INPUT`."""

    def __repr__(self) -> str:
        return "NO_INPUT"


#: `Problem.input` where the problem has no offending value (a missing field); None is a value (null).
NO_INPUT: object = _NoInput()


class Problem(NamedTuple):
    """One problem of a `LoadError`: where, why (in Chinese and English), a machine code and the input.

    Attributes:
        path: where, as a JSON path (``$.legality_review.completed_on``).
        message: the reason in Chinese.
        message_en: the reason in English.
        code: a stable machine code (``missing``, ``type.string``, ``date.range``, …; the table is on
            the docs site, "Load errors"); ``invalid`` where no finer code applies.
        input: the offending value, where there is one (`NO_INPUT` otherwise; `errors` cuts it short).
    """

    path: str
    message: str
    message_en: str
    code: str = "invalid"
    input: object = NO_INPUT


#: How much of an offending value `LoadError.errors` shows (characters of a string, items of a list).
INPUT_SHOWN = 40


_UNSEEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` with every control, line-separator and surrogate character written as ``\\uXXXX``, so
    that it can always be printed and written as UTF-8."""
    return _UNSEEN.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def short_input(value: object) -> object:
    """The offending value cut to a short, JSON-ready, printable form (long strings end in ``…``)."""
    if isinstance(value, str):
        return visible(value if len(value) <= INPUT_SHOWN else value[: INPUT_SHOWN - 1] + "…")
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        return [short_input(v) for v in value[:5]] + (["…"] if len(value) > 5 else [])
    if isinstance(value, dict):
        return {str(k)[:INPUT_SHOWN]: short_input(v) for k, v in list(value.items())[:5]}
    return short_input(str(value))


def _as_problem(item: Problem | tuple[str, str, str]) -> Problem:
    # Every text of a problem is made printable: hostile input must not make its own error unprintable.
    if isinstance(item, Problem):
        return item._replace(path=visible(item.path), message=visible(item.message), message_en=visible(item.message_en))
    path, zh, en = item
    return Problem(visible(path), visible(zh), visible(en))


class LoadError(XingzhengError, ValueError):
    """Input that could not be loaded; lists every problem at once.

    ``errors()`` gives each problem as a dict a program can read (a machine ``code`` for each); the old
    ``problems`` tuple of ``(path, zh, en)`` triples is deprecated.

    Attributes:
        details: every `Problem`, in the order found.
        source: the file (or other origin) that was being loaded, if any.
    """

    def __init__(
        self,
        problems: Iterable[Problem | tuple[str, str, str]],
        source: str | None = None,
    ) -> None:
        self.details: tuple[Problem, ...] = tuple(_as_problem(p) for p in problems)
        self.source = source
        head_zh = f"无法读取 {source}" if source else "无法读取输入"
        head_en = f"cannot load {source}" if source else "cannot load the input"
        lines = [f"{head_zh}（{len(self.details)} 处问题） / {head_en} ({len(self.details)} problem(s))"]
        lines.extend(f"  {p.path}: {p.message} / {p.message_en}" for p in self.details)
        super().__init__("\n".join(lines))

    def errors(self) -> list[dict[str, object]]:
        """Every problem as a dict: ``code``, ``path``, ``message`` (中文), ``message_en`` and, where
        there is one, ``input`` (the offending value, cut short).
        """
        out: list[dict[str, object]] = []
        for p in self.details:
            item: dict[str, object] = {"code": p.code, "path": p.path, "message": p.message, "message_en": p.message_en}
            if p.input is not NO_INPUT:
                item["input"] = short_input(p.input)
            out.append(item)
        return out

    @property
    def problems(self) -> tuple[tuple[str, str, str], ...]:
        """Deprecated (use `errors`): every ``(path, message_zh, message_en)``."""
        warnings.warn(
            "LoadError.problems is deprecated; use LoadError.errors() / LoadError.problems 已弃用，请使用 errors()",
            DeprecationWarning,
            stacklevel=2,
        )
        return tuple((p.path, p.message, p.message_en) for p in self.details)


class NoSuchParameterError(XingzhengError, KeyError):
    """A rule profile has no parameter (or rule) of that key."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class NoRuleInForceError(XingzhengError, LookupError):
    """A rule profile has the key, but no value of it was in force on the date asked.

    Attributes:
        key: the parameter key or rule ID.
        on: the date asked.
    """

    def __init__(self, message: str, key: str, on: object) -> None:
        super().__init__(message)
        self.key = key
        self.on = on
