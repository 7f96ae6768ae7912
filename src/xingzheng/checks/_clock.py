"""Clocks with excluded intervals, shared by disclosure requests, reconsideration cases and petitions.

A period runs from a start day (not counted) and leaves out the days of recorded intervals (a third-party
consultation, a hearing): the days in ``(begin, end]`` of each interval are not counted. The due day is
the fixpoint of ``deadline(start, n + excluded units up to the due day)``, computed with the same
`deadline` (and its Civil Code roll for calendar days) as every other period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from xingzheng.calendar import Deadline, Period, PeriodUnit, WorkdayCalendar, deadline
from xingzheng.checks._common import Judge, cite, count_label
from xingzheng.checks._report import DateFact, Upcoming
from xingzheng.errors import CalendarCoverageError
from xingzheng.rules import ResolvedValue

__all__ = ["Interval", "due_excluding", "judge_period", "merge", "upcoming_at"]

#: Days ``(begin, end]`` left out of a count.
Interval = tuple[dt.date, dt.date]


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """The intervals sorted and merged (overlapping or touching ones joined; empty ones dropped)."""
    out: list[Interval] = []
    for begin, end in sorted(i for i in intervals if i[1] > i[0]):
        if out and begin <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((begin, end))
    return out


def _units(calendar: WorkdayCalendar, unit: PeriodUnit, a: dt.date, b: dt.date) -> int:
    if unit is PeriodUnit.WORKING_DAYS:
        return calendar.workdays_between(a, b)
    return (b - a).days


def _due(
    start: dt.date, period: Period, intervals: list[Interval], calendar: WorkdayCalendar
) -> Deadline:
    # A period in months or years (a reformed profile may set one) cannot grow by days: the count starts
    # later by the calendar days left out instead (docs/decisions.md, issue 22; `_units` counts them).
    in_days = period.unit in (PeriodUnit.WORKING_DAYS, PeriodUnit.DAYS)
    amount = period.amount
    result = deadline(start, period, calendar)
    for _ in range(64):  # each round adds the excluded units now inside the period; it settles quickly
        excluded = 0
        for begin, end in intervals:
            a, b = max(begin, start), min(end, result.due)
            if b > a:
                excluded += _units(calendar, period.unit, a, b)
        if in_days:
            extended = deadline(start, Period(amount + excluded, period.unit), calendar)
        else:
            extended = deadline(start + dt.timedelta(days=excluded), period, calendar)
        if extended.due == result.due:
            return result
        result = extended
    return result  # pragma: no cover - the count is monotone and bounded by the intervals


def due_excluding(
    j: Judge,
    start: dt.date,
    value: ResolvedValue,
    intervals: Iterable[Interval] = (),
    *,
    extra: int = 0,
    path: str = "$",
) -> Deadline | None:
    """The deadline of ``value`` (plus ``extra`` of its units) from ``start``, the intervals' days left out.

    None past the calendar's coverage (after a ``CAL.coverage`` warning).
    """
    base = j.period(value)
    period = Period(base.amount + extra, base.unit)
    merged = merge(intervals)
    return j.counted(lambda: _due(start, period, merged, j.calendar), path)


def upcoming_at(
    j: Judge,
    start: dt.date,
    value: ResolvedValue,
    rule: str,
    what: str,
    what_en: str,
    intervals: Iterable[Interval] = (),
    *,
    extra: int = 0,
) -> Upcoming | None:
    """An `Upcoming` for the period ``value`` from ``start`` (intervals left out); ``what`` formats ``{due}``.

    Past the calendar's coverage the deadline counts Monday–Friday weeks and is provisional (as
    `xingzheng.checks._common.upcoming` does).
    """
    base = j.period(value)
    period = Period(base.amount + extra, base.unit)
    merged = merge(intervals)
    try:
        due = _due(start, period, merged, j.calendar)
    except CalendarCoverageError:
        try:
            due = _due(start, period, merged, j.calendar.with_options(assume_regular_weeks=True))
        except CalendarCoverageError:
            return None
    day = due.due.isoformat()
    overdue = j.as_of is not None and j.as_of > due.due
    return Upcoming(what.format(due=day), what_en.format(due=day), rule, cite(value), due, value.key, overdue)


def judge_period(
    j: Judge,
    on: dt.date,
    value: ResolvedValue,
    start: dt.date,
    done: dt.date | None,
    late: str,
    overdue: str | None,
    what: tuple[str, str],
    path: str,
    *,
    extra: int = 0,
    intervals: tuple[Interval, ...] = (),
) -> dt.date | None:
    """Judge one period from ``start`` (``intervals`` left out, ``extra`` units added): ``late`` when ``done``
    is after its last day, ``overdue`` when nothing is done and ``j.as_of`` is past it. Returns the due day,
    or None when the calendar cannot tell it. ``what`` is the step, in Chinese and English."""
    found = due_excluding(j, start, value, intervals, extra=extra, path=path)
    if found is None:
        return None
    due = found.due
    zh_n, en_n = count_label(value)
    if done is not None and done > due:
        j.emit(
            late, on,
            f"{what[0]}于 {done.isoformat()}，晚于期限 {due.isoformat()}（{zh_n}）",
            f"{what[1]} on {done.isoformat()}, after the period ({en_n}) ended on {due.isoformat()}",
            cite(value), path, value.key,
            (DateFact("start", start), DateFact("due", due), DateFact("done", done)),
        )
    elif done is None and overdue is not None and j.as_of is not None and j.as_of > due:
        j.emit(
            overdue, on,
            f"{what[0]}的期限已于 {due.isoformat()} 届满，至 {j.as_of.isoformat()} 尚无记录",
            f"{what[1]}: the period ended on {due.isoformat()}, nothing recorded on {j.as_of.isoformat()}",
            cite(value), path, value.key,
            (DateFact("start", start), DateFact("due", due), DateFact("as_of", j.as_of)),
        )
    return due
