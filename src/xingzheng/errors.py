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


def split_bilingual(text: str) -> tuple[str, str]:
    """``"中文 / English"`` → ``("中文", "English")``; a text without the separator is both."""
    zh, sep, en = text.partition(" / ")
    return (zh, en) if sep else (text, text)


class XingzhengError(Exception):
    """Base class of every error xingzheng raises on purpose.

    Every error carries its message in each language separately, short enough to show beside a form
    field, and, where there is more to say (how to import a holiday notice, what to change), that advice
    in its own attributes. ``str(exc)`` joins them as every message of the library is written:
    ``"中文 / English"`` (the advice appended to each language).

    Constructors keep their positional forms: the message may be given as one ``"中文 / English"`` string
    (as `bilingual` writes it), which is split at the first ``" / "``, or as ``message`` and
    ``message_en=`` separately.

    Attributes:
        message: the message in Chinese (short).
        message_en: the message in English (short).
        hint: longer advice in Chinese, or None.
        hint_en: longer advice in English, or None.
    """

    def __init__(
        self,
        message: str = "",
        *args: object,
        message_en: str | None = None,
        hint: str | None = None,
        hint_en: str | None = None,
    ) -> None:
        if message_en is None:
            message, message_en = split_bilingual(message)
        self.message: str = message
        self.message_en: str = message_en
        self.hint: str | None = hint
        self.hint_en: str | None = hint_en if hint_en is not None else hint
        super().__init__(self._text(), *args)

    def _text(self) -> str:
        zh, en = self.message, self.message_en
        if self.hint:
            zh = f"{zh}；{self.hint}"
            en = f"{en}; {self.hint_en}"
        return zh if zh == en else bilingual(zh, en)

    def __str__(self) -> str:
        return self._text()

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its attributes, not by calling the constructor again: an error raised in a worker
        # process (``--jobs``, a process pool) arrives whole, whatever its constructor's signature.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[XingzhengError], args: tuple[object, ...], state: dict[str, Any]) -> XingzhengError:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class InvariantError(XingzhengError, ValueError):
    """An impossible fact refused at construction (an end before its start, negative hours, …).

    Attributes:
        field: the name (or dotted path) of the offending field, when one can be named.
    """

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        message_en: str | None = None,
        hint: str | None = None,
        hint_en: str | None = None,
    ) -> None:
        super().__init__(message, message_en=message_en, hint=hint, hint_en=hint_en)
        self.field = field


class ProcedureError(XingzhengError):
    """A forbidden step refused by a lifecycle method; the object is left unchanged.

    Attributes:
        rule: the rule ID (e.g. ``"D6"``).
        citation: where the rule comes from, as text.
    """

    def __init__(
        self,
        message: str,
        rule: str,
        citation: str,
        *,
        message_en: str | None = None,
        hint: str | None = None,
        hint_en: str | None = None,
    ) -> None:
        super().__init__(message, message_en=message_en, hint=hint, hint_en=hint_en)
        self.rule = rule
        self.citation = citation


class CalendarCoverageError(XingzhengError):
    """A question needs a date outside the calendar's coverage.

    ``message`` says what the calendar covers and which year it cannot judge; ``hint`` says how to go on
    (import that year's holiday notice, or opt in to an estimate). The message names the Python ways
    forward (keyword and methods); the command line words its own from the attributes, naming its flags.

    Attributes:
        year: the first year the calendar does not cover that the question needs.
        coverage: the calendar's first and last covered day, when a calendar raised it.
    """

    def __init__(
        self,
        message: str,
        year: int,
        coverage: tuple[dt.date, dt.date] | None = None,
        *,
        message_en: str | None = None,
        hint: str | None = None,
        hint_en: str | None = None,
    ) -> None:
        super().__init__(message, message_en=message_en, hint=hint, hint_en=hint_en)
        self.year = year
        self.coverage = coverage


class SupplementConflictError(XingzhengError, ValueError):
    """A calendar supplement or notice contradicts an explicit entry of the calendar's data.

    Attributes:
        conflicts: ``(date, what the calendar says, what the supplement says)`` for every conflicting day.
    """

    def __init__(
        self,
        message: str,
        conflicts: Iterable[tuple[object, str, str]] = (),
        *,
        message_en: str | None = None,
        hint: str | None = None,
        hint_en: str | None = None,
    ) -> None:
        super().__init__(message, message_en=message_en, hint=hint, hint_en=hint_en)
        self.conflicts = tuple(conflicts)


class NoticeParseError(XingzhengError, ValueError):
    """A holiday notice could not be read with certainty.

    Attributes:
        item: the numbered item (e.g. ``"二"``) or other place where the parse failed, if known.
        text: the text of that item, quoted.
    """

    def __init__(
        self,
        message: str,
        item: str | None = None,
        text: str | None = None,
        *,
        message_en: str | None = None,
        hint: str | None = None,
        hint_en: str | None = None,
    ) -> None:
        super().__init__(message, message_en=message_en, hint=hint, hint_en=hint_en)
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
        super().__init__(
            f"{head_zh}（{len(self.problems)} 处问题）", message_en=f"{head_en} ({len(self.problems)} problem(s))"
        )

    def _text(self) -> str:
        # The head line, then every problem on its own line.
        lines = [bilingual(self.message, self.message_en)]
        lines.extend(f"  {path}: {zh} / {en}" for path, zh, en in self.problems)
        return "\n".join(lines)


class NoSuchParameterError(XingzhengError, KeyError):
    """A rule profile has no parameter (or rule) of that key (``str(exc)`` is the message, not KeyError's repr)."""


class NoRuleInForceError(XingzhengError, LookupError):
    """A rule profile has the key, but no value of it was in force on the date asked.

    Attributes:
        key: the parameter key or rule ID.
        on: the date asked.
    """

    def __init__(
        self,
        message: str,
        key: str,
        on: object,
        *,
        message_en: str | None = None,
        hint: str | None = None,
        hint_en: str | None = None,
    ) -> None:
        super().__init__(message, message_en=message_en, hint=hint, hint_en=hint_en)
        self.key = key
        self.on = on
