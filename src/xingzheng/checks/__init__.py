"""Compliance checks: pure functions ``(record, profile, calendar, as_of) -> Report`` (no I/O, no clock).

Each procedure registers its checker and its `upcoming` function for its record class; `check` and
`upcoming` dispatch on the record's type. ``profile=None`` means the built-in ``national`` profile.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

from xingzheng.calendar import WorkdayCalendar, default_calendar
from xingzheng.checks._report import DateFact, Finding, Report, Severity, Upcoming
from xingzheng.errors import bilingual

__all__ = [
    "DateFact",
    "Finding",
    "Report",
    "Severity",
    "Upcoming",
    "check",
    "check_all",
    "register_checker",
    "register_upcoming",
    "upcoming",
]

Checker = Callable[[Any, Any, WorkdayCalendar, "dt.date | None"], Report]
UpcomingFn = Callable[[Any, Any, WorkdayCalendar, dt.date], tuple[Upcoming, ...]]
_CHECKERS: dict[type, Checker] = {}
_UPCOMING: dict[type, UpcomingFn] = {}
F = TypeVar("F", bound=Callable[..., Any])


def register_checker(cls: type) -> Callable[[F], F]:
    """Decorator: register the checker of a record class."""

    def wrap(fn: F) -> F:
        _CHECKERS[cls] = fn
        return fn

    return wrap


def register_upcoming(cls: type) -> Callable[[F], F]:
    """Decorator: register the `upcoming` function of a record class."""

    def wrap(fn: F) -> F:
        _UPCOMING[cls] = fn
        return fn

    return wrap


def _resolve(profile: Any, calendar: WorkdayCalendar | None) -> tuple[Any, WorkdayCalendar]:
    from xingzheng.rules import Profile, load_profile

    if profile is None:
        profile = load_profile("national")
    elif not isinstance(profile, Profile):
        profile = load_profile(profile)
    return profile, calendar if calendar is not None else default_calendar()


_RESOLVED: dict[tuple[int, type], Any] = {}
_CHECKERS_ID = id(_CHECKERS)


def _find(table: dict[type, Any], record: object) -> Any:
    """The function registered for the record's class (or a base class), looked up once per class."""
    cls = type(record)
    found = _RESOLVED.get((id(table), cls))
    if found is not None:
        return found
    _load_procedures()
    for base in cls.__mro__:
        if base in table:
            _RESOLVED[(id(table), cls)] = table[base]
            return table[base]
    raise TypeError(
        bilingual(
            f"不是可检查的记录：{cls.__name__}",
            f"not a record xingzheng can check: {cls.__name__}",
        )
    )


_PROFILE_CLASS: type | None = None


def _load_procedures() -> None:
    # The procedures register themselves on import (once; `_find` caches per class after that).
    global _PROFILE_CLASS
    import xingzheng.checks.procedures  # noqa: F401
    from xingzheng.rules import Profile

    _PROFILE_CLASS = Profile


def _old_form(name: str, order: tuple[str, ...], args: tuple[Any, ...], given: dict[str, Any]) -> dict[str, Any]:
    """The keywords of an old positional call (kept one release, with a DeprecationWarning)."""
    if len(args) > len(order):
        raise TypeError(f"{name}() takes at most {len(order) + 1} positional arguments ({len(args) + 1} given)")
    warnings.warn(
        f"{name}(record, {', '.join(order[: len(args)])}) by position is deprecated and will be removed in the "
        f"next release; call {name}(record, {', '.join(f'{k}=…' for k in order[: len(args)])}) "
        f"(keywords: {', '.join(_KEYWORDS[name])})",
        DeprecationWarning,
        stacklevel=3,
    )
    out = dict(given)
    for key, value in zip(order, args, strict=False):
        if out.get(key) is not None:
            raise TypeError(f"{name}() got multiple values for argument {key!r}")
        out[key] = value
    return out


_KEYWORDS = {"check": ("profile", "as_of", "calendar"), "upcoming": ("as_of", "profile", "calendar")}


def check(
    record: object,
    *args: Any,
    profile: Any = None,
    as_of: dt.date | None = None,
    calendar: WorkdayCalendar | None = None,
) -> Report:
    """Judge a record against a rule profile: every finding, each with its rule and citation.

    Never raises on a valid record: a date the calendar cannot judge gives a ``CAL.coverage`` warning.
    Open clocks (a review still running, an evaluation not yet done) are judged only when ``as_of`` is given.

    `check` and `upcoming` take the same keywords in the same order. The old positional form
    ``check(record, profile, calendar, as_of)`` still works in this release, with a `DeprecationWarning`.

    Args:
        record: a `NormativeDocument`, `MajorDecision`, `EnforcementCase` or `LegalityReview`.
        profile: a `Profile`, a built-in profile's name, a path, or None for ``national``.
        as_of: the day to judge open clocks at; nothing reads the clock.
        calendar: the working-day calendar, or None for the built-in one.
    """
    if args:
        given = _old_form("check", ("profile", "calendar", "as_of"), args, {"profile": profile, "calendar": calendar, "as_of": as_of})
        profile, calendar, as_of = given["profile"], given["calendar"], given["as_of"]
    # `_find(_CHECKERS, record)`, its cache read here first: `check` runs once per record of a batch.
    fn = _RESOLVED.get((_CHECKERS_ID, type(record))) or _find(_CHECKERS, record)
    if _PROFILE_CLASS is not None and type(profile) is _PROFILE_CLASS:
        # The batch path: a loaded profile needs no resolving.
        result: Report = fn(record, profile, calendar if calendar is not None else default_calendar(), as_of)
    else:
        prof, cal = _resolve(profile, calendar)
        result = fn(record, prof, cal, as_of)
    number = getattr(record, "document_number", None)
    if number is not None and type(number) is str:
        # The report was built just now and is held by no one else: set its slot as attrs' own `__init__`
        # does, without `attrs.evolve`'s second construction (`check` runs once per record of a batch).
        object.__setattr__(result, "number", number)
    return result


def upcoming(
    record: object,
    *args: Any,
    as_of: dt.date | None = None,
    profile: Any = None,
    calendar: WorkdayCalendar | None = None,
) -> tuple[Upcoming, ...]:
    """What is due next for a record, and by when (deadlines past coverage are marked provisional).

    The old positional form ``upcoming(record, as_of, profile, calendar)`` still works in this release,
    with a `DeprecationWarning`.

    Args:
        record: a `NormativeDocument`, `MajorDecision`, `EnforcementCase` or `LegalityReview`.
        as_of: today, for the question (required; nothing reads the clock).
        profile: a `Profile`, a built-in profile's name, a path, or None for ``national``.
        calendar: the working-day calendar, or None for the built-in one.
    """
    if args:
        given = _old_form("upcoming", ("as_of", "profile", "calendar"), args, {"as_of": as_of, "profile": profile, "calendar": calendar})
        as_of, profile, calendar = given["as_of"], given["profile"], given["calendar"]
    if as_of is None:
        raise TypeError("upcoming() needs as_of=: the day to ask on (nothing reads the clock)")
    fn = _find(_UPCOMING, record)
    prof, cal = _resolve(profile, calendar)
    result: tuple[Upcoming, ...] = fn(record, prof, cal, as_of)
    return result


from xingzheng.checks.links import check_all  # noqa: E402  (after `check`, which it uses)
