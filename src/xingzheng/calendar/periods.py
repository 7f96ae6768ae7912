"""期间与期限 — periods and deadlines counted the way the Civil Code says (民法典 Art. 200–204).

- Art. 201 ¶1: a period in days, months or years does not count its start day; counting begins the next day.
- Art. 202: a period in months or years ends on the corresponding day of the final month, or on that
  month's last day when there is no corresponding day (computed with dateutil's `relativedelta`).
- Art. 203 ¶1: when the last day is a statutory rest day (法定休假日), the period ends on the day after the
  rest days end. The library reads 法定休假日 as weekends and statutory holidays, and an adjusted working
  day (调休上班) as a working day, so the period ends on the next working day. This applies to every
  period in days, months or years, minimum periods included.
- Working-day periods (where a text says 工作日 or declares its short periods working days, e.g.
  行政处罚法 Art. 85) count only working days after the start day, so they always end on a working day.

"N days before X" (a hearing notified 7 working days before it) is not defined by the texts; the
library's reading (DECISIONS.md): the notice day and X are both not counted, so at least N days lie
strictly between them — see `latest_notice_day`.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import ClassVar

import attrs
from dateutil.relativedelta import relativedelta

from xingzheng.calendar._calendar import WorkdayCalendar
from xingzheng.calendar._installed import default_calendar
from xingzheng.calendar._names import HolidayName
from xingzheng.calendar._statutory import holiday_name_on
from xingzheng.errors import CalendarCoverageError, InvariantError, bilingual

__all__ = ["Deadline", "Period", "PeriodUnit", "deadline", "latest_notice_day"]

_ONE_DAY = dt.timedelta(days=1)
_WEEKDAYS_ZH = "一二三四五六日"


class PeriodUnit(enum.Enum):
    """期间单位 — the unit a period is counted in."""

    WORKING_DAYS = "working_days"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"

    @property
    def zh(self) -> str:
        """The unit in Chinese."""
        return {"working_days": "个工作日", "days": "日", "months": "个月", "years": "年"}[self.value]

    @property
    def en(self) -> str:
        """The unit in English (plural)."""
        return {"working_days": "working days", "days": "days", "months": "months", "years": "years"}[self.value]

    def en_for(self, n: int) -> str:
        """The unit in English, singular for one."""
        return self.en if n != 1 else self.en[:-1]


def _positive_amount(instance: Period, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvariantError(
            bilingual("期间长度应为整数", f"a period's amount must be an int, got {type(value).__name__}"),
            field=attribute.name,
        )
    if value < 1:
        raise InvariantError(
            bilingual(f"期间长度至少为 1，得到 {value}", f"a period's amount must be at least 1, got {value}"),
            field=attribute.name,
        )


@attrs.frozen
class Period:
    """期间 — a length of time in working days, days, months or years (at least 1).

    Attributes:
        amount: how many units (>= 1).
        unit: the unit.
    """

    amount: int = attrs.field(validator=_positive_amount)
    unit: PeriodUnit

    @classmethod
    def days(cls, n: int) -> Period:
        """A period of ``n`` calendar days (日)."""
        return cls(n, PeriodUnit.DAYS)

    @classmethod
    def workdays(cls, n: int) -> Period:
        """A period of ``n`` working days (工作日)."""
        return cls(n, PeriodUnit.WORKING_DAYS)

    @classmethod
    def months(cls, n: int) -> Period:
        """A period of ``n`` months (月)."""
        return cls(n, PeriodUnit.MONTHS)

    @classmethod
    def years(cls, n: int) -> Period:
        """A period of ``n`` years (年)."""
        return cls(n, PeriodUnit.YEARS)

    def __str__(self) -> str:
        return f"{self.amount}{self.unit.zh} ({self.amount} {self.unit.en_for(self.amount)})"


def _dates_tuple(value: tuple[dt.date, ...] | list[dt.date]) -> tuple[dt.date, ...]:
    return tuple(value)


def _day(d: dt.date) -> str:
    return f"{d.isoformat()}（周{_WEEKDAYS_ZH[d.weekday()]}）"


def ordinal_en(n: int) -> str:
    """The English ordinal of ``n``: ``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``12th``, ``13th``, ``21st``…"""
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _day_en(d: dt.date) -> str:
    return f"{d.isoformat()} ({d.strftime('%a')})"


@attrs.frozen
class Deadline:
    """期限 — the last day of a period, with how it was reached.

    Attributes:
        start: the day the period starts from (not counted, 民法典 Art. 201).
        period: the period.
        due: the last day of the period (its time limit ends at 24:00, or at close of business).
        rolled_from: the last day before 民法典 Art. 203 moved it off a rest day, or None.
        provisional: true when ``due`` may still change: it was computed past the calendar's coverage
            under ``assume_regular_weeks``, or it counts December days of the last covered year that the
            next year's arrangement may still change.
        calendar_source: the calendar data the answer rests on.
        assumed_holidays: the provisional days the answer took as statutory holidays
            (全国年节及纪念日放假办法 Art. 2), past the calendar's data under ``assume_regular_weeks``;
            the year's notice may add adjusted working days or move make-up days.
    """

    start: dt.date
    period: Period
    due: dt.date
    rolled_from: dt.date | None = None
    provisional: bool = False
    calendar_source: str = ""
    assumed_holidays: tuple[dt.date, ...] = attrs.field(default=(), converter=_dates_tuple)

    # Written beside the fields by `to_dict` / `dumps` (read-only: `loads` ignores them).
    _json_computed: ClassVar[tuple[str, ...]] = ("explanation", "explanation_en")

    def explain(self) -> str:
        """A short account, in Chinese then English, of how `due` was reached and which articles applied."""
        zh, en = self._explanation()
        return zh + "\n" + en

    @property
    def explanation(self) -> str:
        """How `due` was reached and which articles applied, in Chinese (`explain`'s first line)."""
        return self._explanation()[0]

    @property
    def explanation_en(self) -> str:
        """How `due` was reached and which articles applied, in English (`explain`'s second line)."""
        return self._explanation()[1]

    def _repr_html_(self) -> str:
        from xingzheng._html import deadline_html

        return deadline_html(self)

    def _explanation(self) -> tuple[str, str]:
        n, unit = self.period.amount, self.period.unit
        zh: list[str] = [f"自 {_day(self.start)} 起算{n}{unit.zh}，开始的当日不计入（民法典第二百零一条）。"]
        en: list[str] = [
            f"{n} {unit.en_for(n)} from {_day_en(self.start)}; the start day is not counted (Civil Code Art. 201)."
        ]
        if unit is PeriodUnit.WORKING_DAYS:
            zh.append(f"只计工作日，第{n}个工作日为 {_day(self.due)}。")
            en.append(f"Only working days count; the {ordinal_en(n)} working day is {_day_en(self.due)}.")
        else:
            last = self.rolled_from or self.due
            if unit in (PeriodUnit.MONTHS, PeriodUnit.YEARS):
                if last.day != self.start.day:
                    zh.append(f"到期月没有对应日，以月末日 {_day(last)} 为最后一日（民法典第二百零二条）。")
                    en.append(
                        f"The final month has no corresponding day, so its last day {_day_en(last)} is the last "
                        f"day (Civil Code Art. 202)."
                    )
                else:
                    zh.append(f"到期月的对应日 {_day(last)} 为最后一日（民法典第二百零二条）。")
                    en.append(
                        f"The corresponding day of the final month, {_day_en(last)}, is the last day "
                        f"(Civil Code Art. 202)."
                    )
            else:
                zh.append(f"第{n}日为 {_day(last)}。")
                en.append(f"Day {n} is {_day_en(last)}.")
            if self.rolled_from is not None:
                zh.append(
                    f"该日为法定休假日，以休假日结束的次日 {_day(self.due)} 为期间的最后一日（民法典第二百零三条）；"
                    f"顺延决定了结果。"
                )
                en.append(
                    f"That day is a statutory rest day, so the period ends on the day after the rest days end, "
                    f"{_day_en(self.due)} (Civil Code Art. 203); the roll decided the outcome."
                )
        zh.append(f"期限截至 {self.due.isoformat()} 二十四时（有业务时间的，至停止业务活动时）。")
        en.append(f"The time limit ends at 24:00 on {self.due.isoformat()} (or at close of business).")
        if self.provisional:
            zh.append("结果为暂定：所用日期的安排尚未公布或超出日历数据范围。")
            en.append(
                "Provisional: it rests on days whose arrangement is not yet published or lies past the "
                "calendar's data."
            )
            if self.assumed_holidays:
                names = [(d, _assumed_name(d)) for d in self.assumed_holidays]
                zh.append(
                    "其中按《全国年节及纪念日放假办法》第二条作为法定节日计为休息日的有："
                    + "、".join(f"{_day(d)}{name.zh}" for d, name in names)
                    + "；当年的放假安排通知可能另设调休上班日或补假日。"
                )
                en.append(
                    "Taken as statutory holidays (全国年节及纪念日放假办法 Art. 2): "
                    + ", ".join(f"{_day_en(d)} {name.en}" for d, name in names)
                    + "; the year's holiday notice may add adjusted working days (调休) or move make-up days."
                )
        zh.append(f"日历数据：{self.calendar_source}。")
        en.append(f"Calendar data: {self.calendar_source}.")
        return "".join(zh), " ".join(en)


def _assumed_name(day: dt.date) -> HolidayName:
    """The Art. 2 holiday's name on ``day``; a generic name for a day that is none (a hand-made `Deadline`)."""
    try:
        return holiday_name_on(day)
    except KeyError:
        return HolidayName("法定节日", "statutory holiday")


def deadline(start: dt.date, period: Period, calendar: WorkdayCalendar | None = None) -> Deadline:
    """The deadline of ``period`` counted from ``start`` (民法典 Art. 201–203).

    ``deadline(start, Period.workdays(n)).due == calendar.add_workdays(start, n)``. A period in days,
    months or years whose last day is a rest day ends on the next working day (Art. 203), and
    `Deadline.rolled_from` keeps the day it was moved from.

    Raises:
        CalendarCoverageError: a day the answer depends on lies outside the calendar's coverage
            (unless the calendar assumes regular weeks), or past 9999-12-31.
    """
    cal = calendar if calendar is not None else default_calendar()
    if not isinstance(start, dt.date):
        raise TypeError(bilingual("起算日应为日期", f"start must be a date, got {type(start).__name__}"))
    if isinstance(start, dt.datetime):
        start = start.date()
    try:
        due, counted_from, rolled_from = _due(start, period.unit, period.amount, cal)
    except (OverflowError, ValueError) as exc:  # past 9999-12-31: no calendar can answer
        raise CalendarCoverageError(
            bilingual(
                f"期限超出可表示的日期范围（至 9999-12-31）：{exc}",
                f"the deadline lies beyond the representable dates (through 9999-12-31): {exc}",
            ),
            year=10000,
        ) from None
    provisional = cal.touches_provisional(counted_from, due)
    return Deadline(
        start=start,
        period=period,
        due=due,
        rolled_from=rolled_from,
        provisional=provisional,
        calendar_source=cal.source,
        assumed_holidays=tuple(d for d, _ in cal.assumed_holidays(counted_from, due)) if provisional else (),
    )


def _due(start: dt.date, unit: PeriodUnit, n: int, cal: WorkdayCalendar) -> tuple[dt.date, dt.date, dt.date | None]:
    """`deadline`'s answer without the `Deadline`: ``(due, counted_from, rolled_from)``.

    ``counted_from`` is the first day the answer rests on (``due`` is provisional when a day of
    ``[counted_from, due]`` is). ``start`` is a `datetime.date`, not a datetime: `deadline` checks it;
    the checks call this directly where they need only the due day.
    """
    if unit is PeriodUnit.WORKING_DAYS:
        return cal.add_workdays(start, n), start + _ONE_DAY, None
    if unit is PeriodUnit.DAYS:
        last = start + dt.timedelta(days=n)
    else:
        # 民法典 Art. 202 through dateutil: the corresponding day, else the month's last day.
        last = _months_after(start, n if unit is PeriodUnit.MONTHS else 12 * n)
    # 民法典 Art. 203: a last day on a rest day moves to the day after the rest days end.
    if cal.is_workday(last):
        return last, last, None
    return cal.add_workdays(last, 1), last, last


# ``start + relativedelta(months=m)`` by ``(start, m)``, for plain dates and int counts only (a date
# subclass must keep its own type). The sum is a pure function of the two, and a batch of records asks
# it again and again for the same few thousand days: dateutil's pure-Python relativedelta (building it,
# then adding it) costs several microseconds a time. Failures (past 9999) are not stored.
_MONTHS_AFTER: dict[tuple[dt.date, int], dt.date] = {}
_MONTHS_AFTER_MAX = 8192


def _months_after(start: dt.date, months: int) -> dt.date:
    if type(start) is not dt.date or type(months) is not int:
        result: dt.date = start + relativedelta(months=months)
        return result
    key = (start, months)
    hit = _MONTHS_AFTER.get(key)
    if hit is None:
        hit = start + relativedelta(months=months)
        if len(_MONTHS_AFTER) >= _MONTHS_AFTER_MAX:
            _MONTHS_AFTER.clear()
        _MONTHS_AFTER[key] = hit
    return hit


def latest_notice_day(x: dt.date, period: Period, calendar: WorkdayCalendar | None = None) -> dt.date:
    """The last day a notice may be given so that ``period`` lies strictly between it and ``x``.

    The library's reading of "N days before X" (the texts do not define it): neither the notice day nor
    ``x`` is counted. For working days, at least N working days lie strictly between them; the returned
    day may itself be a rest day (a notice can be served on any day). For days, months and years, the
    period counted from the returned day (without Art. 203's roll) ends the day before ``x``.
    """
    unit, n = period.unit, period.amount
    if unit is PeriodUnit.WORKING_DAYS:
        cal = calendar if calendar is not None else default_calendar()
        return cal.add_workdays(x, -n) - _ONE_DAY
    if unit is PeriodUnit.DAYS:
        return x - dt.timedelta(days=n + 1)
    months = n if unit is PeriodUnit.MONTHS else 12 * n
    # The latest d with d + months < x: start from x - 1 day - months and step forward while it still fits.
    candidate = x - _ONE_DAY - relativedelta(months=months)
    while candidate + _ONE_DAY + relativedelta(months=months) < x:
        candidate += _ONE_DAY
    return candidate
