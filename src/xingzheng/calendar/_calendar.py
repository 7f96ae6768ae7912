"""工作日历 — an immutable, indexed working-day calendar built from chinese-calendar's data.

The index is built once per calendar: the working days as a sorted list of ordinals (for `bisect`)
with a parallel list of `date` objects to return, a `bytearray` for membership, and a prefix count
of working days indexed by day. No call loops over days.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from xingzheng.calendar import _statutory
from xingzheng.calendar._names import HolidayName, from_chinese_calendar
from xingzheng.calendar.supplement import LocalRestDay, Supplement
from xingzheng.errors import CalendarCoverageError, SupplementConflictError, bilingual

__all__ = ["Coverage", "Override", "WorkdayCalendar", "builtin_calendar"]

_ONE_DAY = dt.timedelta(days=1)
_MAX_ORDINAL = dt.date.max.toordinal()


class Coverage(NamedTuple):
    """覆盖范围 — the first and last day a calendar knows (both included).

    Attributes:
        first: the first covered day.
        last: the last covered day.
    """

    first: dt.date
    last: dt.date


class _Entry(NamedTuple):
    """An explicit day of the data: a holiday or an adjusted working day."""

    workday: bool
    name: HolidayName | None
    source: str


class Override(NamedTuple):
    """改写记录 — a day whose explicit entry a supplement or notice replaced (``override=True``).

    Attributes:
        date: the day.
        before: what the calendar said (``"holiday"`` or ``"workday"``, with the name if any).
        after: what the supplement says.
        source: the supplement or notice that set it.
    """

    date: dt.date
    before: str
    after: str
    source: str


def _weekdays_through(ordinal: int) -> int:
    """Monday–Friday days with ordinal in [1, ordinal] (ordinal 1, 0001-01-01, is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


def _kth_weekday(k: int) -> int:
    """Ordinal of the k-th Monday–Friday day counted from ordinal 1 (k may be <= 0)."""
    weeks, rest = divmod(k - 1, 5)
    return weeks * 7 + rest + 1


# ------------------------------------------------------------------ provisional days past the data
#
# Past the data, under `assume_regular_weeks`, a day rests on weekends and on the statutory holidays of
# 全国年节及纪念日放假办法 Art. 2 (from 2025-01-01, through `_statutory.LAST_COMPUTABLE_YEAR`; later
# years rest on weekends only). Working days past the data are numbered by G(x) = Monday–Friday days up
# to x minus the Art. 2 holidays on them up to x; W(x) = W(last) + G(x) - G(last). No loop over days.


def _statutory_name(ordinal: int) -> HolidayName | None:
    """The Art. 2 holiday on ``ordinal`` (from 2025-01-01 through the last computable year), or None."""
    year = dt.date.fromordinal(ordinal).year
    if year > _statutory.LAST_COMPUTABLE_YEAR:
        return None
    return _statutory.statutory_holidays(year).get(ordinal)


@functools.cache
def _holidays_before(year: int) -> int:
    """Art. 2 holidays falling Monday–Friday in the years before ``year`` (from 2025)."""
    if year <= _statutory.STATUTORY_SINCE.year:
        return 0
    previous = year - 1
    if previous > _statutory.LAST_COMPUTABLE_YEAR:
        return _holidays_before(_statutory.LAST_COMPUTABLE_YEAR + 1)
    return _holidays_before(previous) + len(_statutory.weekday_holidays(previous))


def _provisional_through(ordinal: int) -> int:
    """G(x): Monday–Friday days in [1, x] that are not Art. 2 holidays (an increasing numbering)."""
    year = dt.date.fromordinal(ordinal).year
    holidays = _holidays_before(year)
    if _statutory.STATUTORY_SINCE.year <= year <= _statutory.LAST_COMPUTABLE_YEAR:
        holidays += bisect_right(_statutory.weekday_holidays(year), ordinal)
    return _weekdays_through(ordinal) - holidays


def _kth_provisional(g: int) -> int:
    """The ordinal of the working day numbered ``g`` by `_provisional_through` (g past coverage)."""
    # Find the year whose days reach number g, then step over that year's holidays up to the answer.
    plain = _kth_weekday(g)
    if plain > _MAX_ORDINAL:
        return plain  # past 9999-12-31: the caller reports it
    year = dt.date.fromordinal(plain).year
    while year <= _statutory.LAST_COMPUTABLE_YEAR and _provisional_through(dt.date(year, 12, 31).toordinal()) < g:
        year += 1
    if year > _statutory.LAST_COMPUTABLE_YEAR:
        return _kth_weekday(g + _holidays_before(year))
    index = g + _holidays_before(year)  # the weekday number, before this year's holidays
    candidate = _kth_weekday(index)
    for holiday in _statutory.weekday_holidays(year):
        if holiday <= candidate:
            index += 1
            candidate = _kth_weekday(index)
    return candidate


def _describe(entry: _Entry) -> str:
    kind = "workday" if entry.workday else "holiday"
    return f"{kind} {entry.name.zh}" if entry.name else kind


def _import_hint(year: int) -> tuple[str, str]:
    return (
        f"请取得国务院办公厅关于{year}年部分节假日安排的通知（及其修改通知），以 calendar.with_notice(通知文本) "
        f"或 calendar.with_supplement(\"{year}.toml\") 加入，或以 xingzheng.calendar.install_notices([通知文本]) "
        f"安装一次、此后 default_calendar() 自动使用"
    ), (
        f"get the State Council's notice on the {year} holidays (and any amending notices) and add it with "
        f"calendar.with_notice(text) or calendar.with_supplement(\"{year}.toml\"), or install it once with "
        f"xingzheng.calendar.install_notices([text]) so that default_calendar() uses it from then on"
    )


class WorkdayCalendar:
    """工作日历 — which days are working days, with the official holiday names.

    Immutable: `with_supplement` and `with_notice` return new calendars. Build one with
    `default_calendar()` (the built-in data plus the installed notices); the constructor is private.

    Attributes:
        source: the data the calendar was built from, with its version, and each supplement applied.
        coverage: the first and last covered day.
        assume_regular_weeks: whether days past coverage are estimated instead of refused: weekends and
            the statutory holidays of 全国年节及纪念日放假办法 Art. 2 rest (from 2025-01-01 through 2100;
            `assumed_holidays` lists them), no adjusted working day or make-up day is guessed, and every
            deadline computed that way is marked provisional.
    """

    __slots__ = (
        "_after",
        "_before",
        "_by_date",
        "_dates",
        "_entries",
        "_first",
        "_last",
        "_local",
        "_ordinals",
        "_overrides",
        "_prefix",
        "_provisional_from",
        "_span",
        "_work",
        "assume_regular_weeks",
        "coverage",
        "source",
    )

    _by_date: dict[dt.date, bool]
    _after: dict[dt.date, int]
    _before: dict[dt.date, int]
    _first: int
    _last: int
    _span: int
    _work: bytearray
    _ordinals: list[int]
    _dates: list[dt.date]
    _prefix: list[int]
    _entries: dict[int, _Entry]
    _local: dict[int, LocalRestDay]
    _overrides: tuple[Override, ...]
    _provisional_from: int
    source: str
    coverage: Coverage
    assume_regular_weeks: bool

    def __init__(
        self,
        *,
        first: dt.date,
        last: dt.date,
        entries: Mapping[int, _Entry],
        local: Mapping[int, LocalRestDay],
        source: str,
        overrides: tuple[Override, ...] = (),
        assume_regular_weeks: bool = False,
    ) -> None:
        first_ord, last_ord = first.toordinal(), last.toordinal()
        span = last_ord - first_ord + 1
        work = bytearray(span)
        ordinals: list[int] = []
        dates: list[dt.date] = []
        prefix = [0] * (span + 1)  # prefix[i] = working days in [first, first + i)
        # Date-keyed views of the same index for the hot paths: a dict lookup hashes the date directly and
        # saves the `toordinal()` call (measured in benchmarks/calendar.py; see docs/decisions.md).
        by_date: dict[dt.date, bool] = {}
        after: dict[dt.date, int] = {}  # W(d): index in `dates` of the first working day after d
        before: dict[dt.date, int] = {}  # W(d - 1): working days strictly before d
        count = 0
        weekday = first.weekday()
        for i in range(span):
            ordinal = first_ord + i
            day = dt.date.fromordinal(ordinal)
            entry = entries.get(ordinal)
            is_work = (weekday < 5) if entry is None else entry.workday
            if is_work and ordinal in local:
                is_work = False
            before[day] = count
            if is_work:
                work[i] = 1
                ordinals.append(ordinal)
                dates.append(day)
                count += 1
            prefix[i + 1] = count
            by_date[day] = is_work
            after[day] = count
            weekday = 0 if weekday == 6 else weekday + 1

        # The next year's arrangement may still change December days after the last explicit entry
        # of the last covered year (DECISIONS.md): deadlines counting them are provisional.
        december = dt.date(last.year, 12, 1).toordinal()
        explicit_in_last_year = [o for o in entries if o >= dt.date(last.year, 1, 1).toordinal()]
        after_last_entry = max(explicit_in_last_year) + 1 if explicit_in_last_year else december
        provisional_from = max(december, after_last_entry)

        setattr_ = object.__setattr__
        setattr_(self, "_by_date", by_date)
        setattr_(self, "_after", after)
        setattr_(self, "_before", before)
        setattr_(self, "_first", first_ord)
        setattr_(self, "_last", last_ord)
        setattr_(self, "_span", span)
        setattr_(self, "_work", work)
        setattr_(self, "_ordinals", ordinals)
        setattr_(self, "_dates", dates)
        setattr_(self, "_prefix", prefix)
        setattr_(self, "_entries", dict(entries))
        setattr_(self, "_local", dict(local))
        setattr_(self, "_overrides", overrides)
        setattr_(self, "_provisional_from", provisional_from)
        setattr_(self, "source", source)
        setattr_(self, "coverage", Coverage(first, last))
        setattr_(self, "assume_regular_weeks", assume_regular_weeks)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(bilingual("工作日历不可修改", f"WorkdayCalendar is immutable (cannot set {name})"))

    def __delattr__(self, name: str) -> None:
        raise AttributeError(bilingual("工作日历不可修改", f"WorkdayCalendar is immutable (cannot delete {name})"))

    def __reduce__(self) -> tuple[Callable[..., WorkdayCalendar], tuple[object, ...]]:
        # Pickled as what it was built from (the index is rebuilt on load), so a calendar reaches a worker
        # process under any start method (ARCHITECTURE.md: calendars stay picklable values).
        first, last = self.coverage
        return (
            _rebuild,
            (first, last, self._entries, self._local, self.source, self._overrides, self.assume_regular_weeks),
        )

    def __repr__(self) -> str:
        first, last = self.coverage
        extra = ", assume_regular_weeks=True" if self.assume_regular_weeks else ""
        return f"<WorkdayCalendar {first}..{last} source={self.source!r}{extra}>"

    # ------------------------------------------------------------------ coverage helpers

    def _uncovered(self, ordinal: int) -> CalendarCoverageError:
        year = dt.date.fromordinal(ordinal).year if 1 <= ordinal <= dt.date.max.toordinal() else 0
        first, last = self.coverage
        message = f"工作日历只覆盖 {first} 至 {last}，无法判断 {year} 年的日期"
        message_en = f"the working-day calendar covers {first} to {last} only and cannot judge dates in {year}"
        opt_in_zh = (
            "或明确选择推算（default_calendar(assume_regular_weeks=True) 或 calendar.with_options("
            "assume_regular_weeks=True)：周末与法定节日休息，结果标为暂定）"
        )
        opt_in_en = (
            "or opt in to an estimate (default_calendar(assume_regular_weeks=True) or "
            "calendar.with_options(assume_regular_weeks=True): weekends and statutory holidays rest; results "
            "are marked provisional)"
        )
        if ordinal < self._first:
            # A supplement can only extend the calendar forwards (`with_supplement`): no notice helps here.
            return CalendarCoverageError(
                message,
                year,
                (first, last),
                message_en=message_en,
                hint=f"日历数据始于 {first.year} 年，更早的年份无法补充；{opt_in_zh}",
                hint_en=f"its data begins in {first.year} and earlier years cannot be added; {opt_in_en}",
            )
        hint_zh, hint_en = _import_hint(year)
        return CalendarCoverageError(
            message,
            year,
            (first, last),
            message_en=message_en,
            hint=f"{hint_zh}；{opt_in_zh}",
            hint_en=f"{hint_en}; {opt_in_en}",
        )

    def covers(self, d: dt.date) -> bool:
        """Whether ``d`` lies within `coverage` (supplements included)."""
        return self._first <= d.toordinal() <= self._last

    def _ordinal(self, d: dt.date) -> int:
        if not isinstance(d, dt.date):
            raise TypeError(
                bilingual("需要 datetime.date 类型的日期", f"expected a datetime.date, got {type(d).__name__}")
            )
        return d.toordinal()  # every date has one

    # ------------------------------------------------------------------ per-day questions

    def is_workday(self, d: dt.date) -> bool:
        """Whether ``d`` is a working day (an adjusted working day on a weekend is one)."""
        try:
            return self._by_date[d]
        except KeyError:
            return self._is_workday_ordinal(self._ordinal(d))
        except TypeError:  # unhashable input
            self._ordinal(d)
            raise

    def _is_workday_ordinal(self, ordinal: int) -> bool:
        i = ordinal - self._first
        if 0 <= i < self._span:
            return self._work[i] == 1
        if not self.assume_regular_weeks:
            raise self._uncovered(ordinal)
        if (ordinal - 1) % 7 >= 5:
            return False
        return ordinal < self._first or _statutory_name(ordinal) is None

    def is_holiday(self, d: dt.date) -> bool:
        """Whether ``d`` is a rest day: ``not is_workday(d)``, weekends included (as chinese_calendar)."""
        return not self.is_workday(d)

    def holiday_name(self, d: dt.date) -> HolidayName | None:
        """The festival whose holiday block ``d`` belongs to, or None.

        None on adjusted working days, on ordinary weekends and on local rest days. On the built-in data
        some weekend days inside holiday blocks are left unnamed, as chinese-calendar records them.
        """
        ordinal = self._ordinal(d)
        if not self._first <= ordinal <= self._last:
            if not self.assume_regular_weeks:
                raise self._uncovered(ordinal)
            # Past the data: the statutory holidays of Art. 2 (provisional); before it, none is known.
            return _statutory_name(ordinal) if ordinal > self._last else None
        entry = self._entries.get(ordinal)
        if entry is None or entry.workday:
            return None
        return entry.name

    def is_adjusted_workday(self, d: dt.date) -> bool:
        """Whether ``d`` is an adjusted working day (调休上班): a weekend day worked in lieu."""
        ordinal = self._ordinal(d)
        if not self._first <= ordinal <= self._last:
            if self.assume_regular_weeks:
                return False
            raise self._uncovered(ordinal)
        entry = self._entries.get(ordinal)
        return entry is not None and entry.workday and ordinal not in self._local and d.weekday() >= 5

    def adjusted_for(self, d: dt.date) -> HolidayName | None:
        """The festival an adjusted working day (调休上班) makes up for, or None."""
        if not self.is_adjusted_workday(d):
            return None
        return self._entries[d.toordinal()].name

    def local_rest_day(self, d: dt.date) -> LocalRestDay | None:
        """The local rest day (name and basis) on ``d``, if a supplement granted one."""
        return self._local.get(self._ordinal(d))

    def is_explicit(self, d: dt.date) -> bool:
        """Whether the data or a supplement sets ``d`` explicitly (not left to the weekday default)."""
        return self._ordinal(d) in self._entries

    def entry_source(self, d: dt.date) -> str | None:
        """Which data, supplement or notice set ``d``; None for a day left to the weekday default."""
        ordinal = self._ordinal(d)
        local = self._local.get(ordinal)
        if local is not None:
            return local.basis
        entry = self._entries.get(ordinal)
        return None if entry is None else entry.source

    @property
    def overrides(self) -> tuple[Override, ...]:
        """Days whose explicit entry a supplement replaced with ``override=True``, with the source."""
        return self._overrides

    # ------------------------------------------------------------------ counting

    def add_workdays(self, d: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after ``d`` (n > 0), or the |n|-th strictly before it (n < 0).

        ``n == 0`` returns ``d``. This differs from `chinese_calendar.find_workday` when ``d`` is a rest
        day: find_workday counts the next working day as day 0, here it is day 1. The answer is always a
        `datetime.date`: a `datetime.datetime` is read as its day, and ``n == 0`` gives that day back as a
        date too. ``n`` must be an int (a bool is refused).

        Raises:
            CalendarCoverageError: the answer needs a day outside coverage (unless
                ``assume_regular_weeks``).
            TypeError: ``n`` is not an int (a bool included) or ``d`` is not a date.
        """
        try:
            if n > 0:
                if n is not True:  # a bool is refused (TypeError) on the slow path, as any non-int count
                    k = self._after[d] + n - 1
                    if k < len(self._dates):
                        return self._dates[k]
            elif n < 0:
                k = self._before[d] + n
                if k >= 0:
                    return self._dates[k]
            elif type(n) is int and type(d) is dt.date:
                return d
        except (KeyError, TypeError):
            pass
        return self._add_workdays_slow(d, n)

    def _add_workdays_slow(self, d: dt.date, n: int) -> dt.date:
        """The general path: bisect on the ordinals, or past coverage (CalendarCoverageError / regular weeks)."""
        if not isinstance(n, int) or isinstance(n, bool):
            raise TypeError(bilingual("工作日数应为整数", f"n must be an int, got {type(n).__name__}"))
        o = self._ordinal(d)
        if n == 0:
            return d if not isinstance(d, dt.datetime) else d.date()
        if n > 0:
            i = bisect_right(self._ordinals, o) + n - 1
            if i < len(self._ordinals) and o >= self._first - 1:
                return self._dates[i]
        else:
            i = bisect_left(self._ordinals, o) + n
            if i >= 0 and o <= self._last + 1:
                return self._dates[i]
        return self._add_workdays_outside(o, n)

    def _count_through(self, ordinal: int) -> int:
        """W(x): working days up to and including ``ordinal``, on one global numbering."""
        if self._first - 1 <= ordinal <= self._last:
            return self._prefix[ordinal - self._first + 1]
        if not self.assume_regular_weeks:
            raise self._uncovered(self._last + 1 if ordinal > self._last else self._first - 1)
        if ordinal > self._last:
            return len(self._ordinals) + _provisional_through(ordinal) - _provisional_through(self._last)
        return _weekdays_through(ordinal) - _weekdays_through(self._first - 1)

    def _nth_workday(self, k: int) -> int:
        """The ordinal of the working day numbered ``k`` on the numbering of `_count_through`."""
        if 1 <= k <= len(self._ordinals):
            return self._ordinals[k - 1]
        if not self.assume_regular_weeks:
            raise self._uncovered(self._last + 1 if k > len(self._ordinals) else self._first - 1)
        if k > len(self._ordinals):
            return _kth_provisional(k - len(self._ordinals) + _provisional_through(self._last))
        return _kth_weekday(k + _weekdays_through(self._first - 1))

    def _add_workdays_outside(self, ordinal: int, n: int) -> dt.date:
        # n > 0: number W(d) + n; n < 0: the working days before d end at W(d - 1).
        target = self._count_through(ordinal) + n if n > 0 else self._count_through(ordinal - 1) + n + 1
        result = self._nth_workday(target)
        if not 1 <= result <= dt.date.max.toordinal():
            raise OverflowError(bilingual("日期超出范围", "date out of range"))
        return dt.date.fromordinal(result)

    def workdays_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in (a, b] when a <= b; ``-workdays_between(b, a)`` otherwise.

        Antisymmetric and additive: ``between(a, b) + between(b, c) == between(a, c)``.
        """
        try:
            return self._after[b] - self._after[a]
        except (KeyError, TypeError):
            pass
        oa, ob = self._ordinal(a), self._ordinal(b)
        first, last = self._first - 1, self._last
        if first <= oa <= last and first <= ob <= last:
            prefix, base = self._prefix, self._first - 1
            return prefix[ob - base] - prefix[oa - base]
        lo, hi = min(oa, ob), max(oa, ob)
        if lo == hi:
            return 0
        return self._count_through(ob) - self._count_through(oa)

    def workdays(self, a: dt.date, b: dt.date) -> tuple[dt.date, ...]:
        """The working days in (a, b], ascending; empty when b <= a."""
        oa, ob = self._ordinal(a), self._ordinal(b)
        if ob <= oa:
            return ()
        if self._first - 1 <= oa and ob <= self._last:
            lo = bisect_right(self._ordinals, oa)
            hi = bisect_right(self._ordinals, ob)
            return tuple(self._dates[lo:hi])
        start, stop = self._count_through(oa) + 1, self._count_through(ob)
        return tuple(dt.date.fromordinal(self._nth_workday(k)) for k in range(start, stop + 1))

    def iter_days(self, a: dt.date, b: dt.date) -> Iterator[dt.date]:
        """Every day in [a, b] (a helper for month grids and reports)."""
        day = a
        while day <= b:
            yield day
            day += _ONE_DAY

    # ------------------------------------------------------------------ provisional window

    def is_provisional_day(self, d: dt.date) -> bool:
        """Whether the status of ``d`` may still change: past coverage (under ``assume_regular_weeks``), or
        a December day of the last covered year after its last explicit entry (the next year's
        arrangement can still move it)."""
        o = d.toordinal()
        return o > self._last or o < self._first or o >= self._provisional_from

    def touches_provisional(self, a: dt.date, b: dt.date) -> bool:
        """Whether any day of [a, b] is provisional (see `is_provisional_day`)."""
        oa, ob = a.toordinal(), b.toordinal()
        if oa > ob:
            oa, ob = ob, oa
        return ob > self._last or oa < self._first or ob >= self._provisional_from

    def assumed_holidays(self, a: dt.date, b: dt.date) -> tuple[tuple[dt.date, HolidayName], ...]:
        """The provisional days of [a, b] taken as statutory holidays (全国年节及纪念日放假办法 Art. 2).

        Past the data, under ``assume_regular_weeks``, the Art. 2 holidays rest (from 2025-01-01 through
        2100); the year's notice may still add adjusted working days (调休) or make-up days (补假).
        Empty when the calendar does not assume regular weeks (it then refuses such days).
        """
        if not self.assume_regular_weeks:
            return ()
        oa, ob = sorted((a.toordinal(), b.toordinal()))
        oa = max(oa, self._last + 1)
        if oa > ob:
            return ()
        first_year = dt.date.fromordinal(oa).year
        last_year = min(dt.date.fromordinal(ob).year, _statutory.LAST_COMPUTABLE_YEAR)
        return tuple(
            (dt.date.fromordinal(ordinal), name)
            for year in range(first_year, last_year + 1)
            for ordinal, name in _statutory.statutory_holidays(year).items()
            if oa <= ordinal <= ob
        )

    # ------------------------------------------------------------------ derived calendars

    def with_options(self, *, assume_regular_weeks: bool) -> WorkdayCalendar:
        """The same calendar with ``assume_regular_weeks`` set as given."""
        return WorkdayCalendar(
            first=self.coverage.first,
            last=self.coverage.last,
            entries=self._entries,
            local=self._local,
            source=self.source,
            overrides=self._overrides,
            assume_regular_weeks=assume_regular_weeks,
        )

    def with_supplement(
        self,
        supplement: str | Path | Mapping[str, Any] | Supplement,
        *,
        override: bool = False,
    ) -> WorkdayCalendar:
        """A new calendar extended (or corrected) by one year's arrangement; this one is unchanged.

        Args:
            supplement: a TOML file, a mapping of the same structure, or a `Supplement`
                (format: `xingzheng.calendar.supplement`).
            override: let the supplement replace explicit entries of the data it contradicts
                (each replaced day is recorded in `overrides`).

        Raises:
            LoadError: the supplement is malformed (every problem listed).
            SupplementConflictError: it contradicts explicit entries and ``override`` is false, or it
                would leave a gap in coverage.
        """
        if isinstance(supplement, Supplement):
            sup = supplement
        elif isinstance(supplement, str | Path):
            sup = Supplement.load(supplement)
        else:
            sup = Supplement.from_mapping(supplement)

        first, last = self.coverage
        if sup.year < first.year:
            raise SupplementConflictError(
                bilingual(
                    f"{sup.year} 年早于日历数据的起点（{first}）；补充只能用于已覆盖的年份或紧接其后的一年",
                    f"{sup.year} is before the calendar's data begins ({first}); a supplement can only amend a "
                    f"covered year or add the year right after coverage",
                )
            )
        if sup.year > last.year + 1:
            raise SupplementConflictError(
                bilingual(
                    f"{sup.year} 年的补充与日历覆盖范围（{first} 至 {last}）不相连；请先补充中间的年份",
                    f"a supplement for {sup.year} does not adjoin the calendar's coverage ({first} to {last}); "
                    f"add the years in between first",
                )
            )
        new_last = max(last, dt.date(sup.year, 12, 31))
        entries = dict(self._entries)
        local = dict(self._local)
        conflicts: list[tuple[object, str, str]] = []
        overrides = list(self._overrides)

        def put(day: dt.date, entry: _Entry) -> None:
            ordinal = day.toordinal()
            old = entries.get(ordinal)
            if old is not None and old.workday != entry.workday:
                before, after = _describe(old), _describe(entry)
                if not override:
                    conflicts.append((day, before, after))
                    return
                overrides.append(Override(day, before, after, entry.source))
            if old is not None and old.workday == entry.workday and entry.name is None:
                entry = entry._replace(name=old.name)
            entries[ordinal] = entry

        for block in sup.holidays:
            block_source = block.source or sup.source
            for day in block.dates:
                put(day, _Entry(False, block.name, block_source))
            for day in block.adjusted_workdays:
                put(day, _Entry(True, block.name, block_source))
        for rest in sup.local_rest_days:
            local[rest.date.toordinal()] = rest

        if conflicts:
            lines = "; ".join(f"{day}: {before} → {after}" for day, before, after in conflicts)
            raise SupplementConflictError(
                bilingual(
                    f"补充（{sup.source}）与日历数据的明确记载冲突：{lines}；确认无误后可用 override=True（命令行 --override）",
                    f"the supplement ({sup.source}) contradicts explicit entries of the calendar data: {lines}; "
                    f"if it is right, pass override=True (--override on the command line)",
                ),
                conflicts,
            )
        return WorkdayCalendar(
            first=first,
            last=new_last,
            entries=entries,
            local=local,
            source=f"{self.source} + {sup.source}",
            overrides=tuple(overrides),
            assume_regular_weeks=self.assume_regular_weeks,
        )

    def with_notice(self, text: str, *more: str, override: bool = False) -> WorkdayCalendar:
        """A new calendar with a State Council holiday notice applied, then its amending notices in order
        (the later one winning); each day records which notice set it."""
        # Notices produce supplements and know no calendar class (`notice.CalendarView`): the dependency
        # runs one way, from this convenience to the parser, imported on first use.
        from xingzheng.calendar.notice import merge_notices

        result = self
        for arrangement in merge_notices((text, *more), self):
            result = result.with_supplement(arrangement.to_supplement(), override=override)
        return result


def builtin_calendar(assume_regular_weeks: bool = False) -> WorkdayCalendar:
    """The calendar of chinese-calendar's data alone (built once); `default_calendar` adds installed notices."""
    return _builtin(bool(assume_regular_weeks))


@functools.cache
def _builtin(assume_regular_weeks: bool) -> WorkdayCalendar:
    import chinese_calendar
    from chinese_calendar import constants

    version = getattr(chinese_calendar, "__version__", None)
    if version is None:  # pragma: no cover - older releases
        from importlib.metadata import version as dist_version

        version = dist_version("chinese-calendar")
    source = f"chinese-calendar {version}"
    entries: dict[int, _Entry] = {}
    for day, label in constants.holidays.items():
        entries[day.toordinal()] = _Entry(False, from_chinese_calendar(label), source)
    for day, label in constants.workdays.items():
        entries[day.toordinal()] = _Entry(True, from_chinese_calendar(label), source)
    years = [d.year for d in constants.holidays]
    return WorkdayCalendar(
        first=dt.date(min(years), 1, 1),
        last=dt.date(max(years), 12, 31),
        entries=entries,
        local={},
        source=source,
        assume_regular_weeks=assume_regular_weeks,
    )


def _rebuild(
    first: dt.date,
    last: dt.date,
    entries: Mapping[int, _Entry],
    local: Mapping[int, LocalRestDay],
    source: str,
    overrides: tuple[Override, ...],
    assume_regular_weeks: bool,
) -> WorkdayCalendar:
    """Unpickle a `WorkdayCalendar` (see its ``__reduce__``)."""
    return WorkdayCalendar(
        first=first, last=last, entries=entries, local=local, source=source, overrides=overrides,
        assume_regular_weeks=assume_regular_weeks,
    )
