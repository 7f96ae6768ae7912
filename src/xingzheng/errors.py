"""The error hierarchy of xingzheng: every error the library raises on purpose derives from `XingzhengError`.

Messages are Chinese first, then English (``"中文。 / English."``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

__all__ = [
    "CalendarCoverageError",
    "InvariantError",
    "LoadError",
    "NoRuleInForceError",
    "NoSuchParameterError",
    "NoticeParseError",
    "ProcedureError",
    "SupplementConflictError",
    "XingzhengError",
]


def bilingual(zh: str, en: str) -> str:
    """Join a Chinese and an English message the way every xingzheng message is written."""
    return f"{zh} / {en}"


class XingzhengError(Exception):
    """Base class of every error xingzheng raises on purpose.

    Every error pickles with all its attributes (a process pool or a Dask worker sends it back).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds from ``args`` alone (the message), which fails for subclasses whose
        # `__init__` takes other arguments; rebuild without `__init__` and restore every attribute.
        return (_rebuild, (type(self), self.args), dict(self.__dict__))


def _rebuild(cls: type[XingzhengError], args: tuple[Any, ...]) -> XingzhengError:
    error = cls.__new__(cls)
    error.args = args
    return error


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

    The message names the Python ways forward (keyword and methods); the command line words its own
    from the attributes, naming its flags.

    Attributes:
        year: the first year the calendar does not cover that the question needs.
        coverage: the calendar's first and last covered day, when a calendar raised it.
    """

    def __init__(self, message: str, year: int, coverage: tuple[dt.date, dt.date] | None = None) -> None:
        super().__init__(message)
        self.year = year
        self.coverage = coverage


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


class LoadError(XingzhengError, ValueError):
    """Input that could not be loaded; lists every problem at once.

    Attributes:
        problems: every ``(path, message_zh, message_en)``, e.g.
            ``("$.legality_review.completed_on", "不是日期", "not a date")``.
        source: the file (or other origin) that was being loaded, if any.
        line: the 1-based line of a JSON Lines input the problems are on (`iter_loads` sets it), or None.
    """

    line: int | None = None

    def __init__(
        self,
        problems: Iterable[tuple[str, str, str]],
        source: str | None = None,
    ) -> None:
        self.problems: tuple[tuple[str, str, str], ...] = tuple(problems)
        self.source = source
        head_zh = f"无法读取 {source}" if source else "无法读取输入"
        head_en = f"cannot load {source}" if source else "cannot load the input"
        lines = [f"{head_zh}（{len(self.problems)} 处问题） / {head_en} ({len(self.problems)} problem(s))"]
        lines.extend(f"  {path}: {zh} / {en}" for path, zh, en in self.problems)
        super().__init__("\n".join(lines))


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
