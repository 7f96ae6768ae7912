"""The error hierarchy of xingzheng: every error the library raises on purpose derives from `XingzhengError`.

Messages are Chinese first, then English (``"中文。 / English."``).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable
from typing import Any, NamedTuple

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


class _NoInput:
    """The type of `NO_INPUT`."""

    def __repr__(self) -> str:
        return "NO_INPUT"

    def __reduce__(self) -> str:
        # Pickled by name, so that a `LoadError` sent back from a worker process keeps the one sentinel.
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
        line: the 1-based line of a JSON Lines input the problems are on (`iter_loads` sets it), or None.
    """

    line: int | None = None

    def __init__(
        self,
        problems: Iterable[Problem | tuple[str, str, str]],
        source: str | None = None,
    ) -> None:
        self.details: tuple[Problem, ...] = tuple(_as_problem(p) for p in problems)
        self.source = source
        head_zh = f"无法读取 {source}" if source else "无法读取输入"
        head_en = f"cannot load {source}" if source else "cannot load the input"
        super().__init__(
            f"{head_zh}（{len(self.details)} 处问题）", message_en=f"{head_en} ({len(self.details)} problem(s))"
        )

    def _text(self) -> str:
        # The head line, then every problem on its own line.
        lines = [bilingual(self.message, self.message_en)]
        lines.extend(f"  {p.path}: {p.message} / {p.message_en}" for p in self.details)
        return "\n".join(lines)

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
