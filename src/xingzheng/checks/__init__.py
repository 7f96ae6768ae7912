"""Compliance checks: pure functions ``(record, profile, calendar, as_of) -> Report`` (no I/O, no clock).

Each procedure registers its checker and its `upcoming` function for its record class; `check` and
`upcoming` dispatch on the record's type. ``profile=None`` means the built-in ``national`` profile.
"""

from __future__ import annotations

import datetime as dt
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


def check(
    record: object,
    profile: Any = None,
    calendar: WorkdayCalendar | None = None,
    as_of: dt.date | None = None,
) -> Report:
    """Judge a record against a rule profile: every finding, each with its rule and citation.

    Never raises on a valid record: a date the calendar cannot judge gives a ``CAL.coverage`` warning.
    Open clocks (a review still running, an evaluation not yet done) are judged only when ``as_of`` is given.

    Args:
        record: a `NormativeDocument`, `MajorDecision`, `EnforcementCase` or `LegalityReview`.
        profile: a `Profile`, a built-in profile's name, a path, or None for ``national``.
        calendar: the working-day calendar, or None for the built-in one.
        as_of: the day to judge open clocks at; nothing reads the clock.
    """
    # `_find(_CHECKERS, record)`, its cache read here first: `check` runs once per record of a batch.
    fn = _RESOLVED.get((_CHECKERS_ID, type(record))) or _find(_CHECKERS, record)
    if _PROFILE_CLASS is not None and type(profile) is _PROFILE_CLASS:
        # The batch path: a loaded profile needs no resolving.
        result: Report = fn(record, profile, calendar if calendar is not None else default_calendar(), as_of)
        return result
    prof, cal = _resolve(profile, calendar)
    result = fn(record, prof, cal, as_of)
    return result


def upcoming(
    record: object,
    as_of: dt.date,
    profile: Any = None,
    calendar: WorkdayCalendar | None = None,
) -> tuple[Upcoming, ...]:
    """What is due next for a record, and by when (deadlines past coverage are marked provisional)."""
    fn = _find(_UPCOMING, record)
    prof, cal = _resolve(profile, calendar)
    result: tuple[Upcoming, ...] = fn(record, prof, cal, as_of)
    return result


from xingzheng.checks.links import check_all  # noqa: E402  (after `check`, which it uses)
