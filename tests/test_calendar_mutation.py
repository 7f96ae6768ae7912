"""Tests that kill surviving mutants of the calendar (issue 22; docs/testing.md, "Mutation testing").

Each test here was written against a mutant that the rest of the suite let survive: a validator's
condition, a message, a branch of `Deadline.explain`, `latest_notice_day`'s stepping. The dates are
real and checked by hand against the State Council's arrangements (2021: 国庆节 10-01..10-07 with 09-26
and 10-09 working; 端午节 06-12..06-14).
"""

from __future__ import annotations

import datetime as dt

import pytest

from xingzheng.calendar import Period, PeriodUnit, deadline, default_calendar, latest_notice_day
from xingzheng.errors import CalendarCoverageError, InvariantError

CAL = default_calendar()


@pytest.mark.parametrize("amount", [1.5, 1.0, "3", None, True, False])
def test_a_period_amount_must_be_an_int(amount: object) -> None:
    with pytest.raises(InvariantError) as info:
        Period(amount, PeriodUnit.DAYS)  # type: ignore[arg-type]
    assert info.value.field == "amount"
    zh, en = str(info.value).split(" / ")
    assert zh == "期间长度应为整数"
    assert en == f"a period's amount must be an int, got {type(amount).__name__}"


@pytest.mark.parametrize("amount", [0, -1, -30])
def test_a_period_amount_must_be_at_least_one(amount: int) -> None:
    with pytest.raises(InvariantError) as info:
        Period.days(amount)
    assert info.value.field == "amount"
    assert str(info.value) == f"期间长度至少为 1，得到 {amount} / a period's amount must be at least 1, got {amount}"
    assert Period.days(1).amount == 1


def test_period_text_in_both_languages_singular_and_plural() -> None:
    assert str(Period.months(1)) == "1个月 (1 month)"
    assert str(Period.months(3)) == "3个月 (3 months)"
    assert str(Period.workdays(1)) == "1个工作日 (1 working day)"
    assert str(Period.years(2)) == "2年 (2 years)"
    assert str(Period.days(1)) == "1日 (1 day)"
    assert [u.en_for(1) for u in PeriodUnit] == ["working day", "day", "month", "year"]
    assert [u.en_for(0) for u in PeriodUnit] == ["working days", "days", "months", "years"]


def _explain(start: dt.date, period: Period) -> tuple[str, str]:
    zh, en = deadline(start, period).explain().split("\n")
    return zh, en


def test_explain_a_month_without_corresponding_day_rolled_off_a_sunday() -> None:
    # 2021-01-29 + 1 month: February has no 29th, so 02-28 (a Sunday); Art. 203 moves it to 03-01.
    d = deadline(dt.date(2021, 1, 29), Period.months(1))
    assert (d.due, d.rolled_from, d.provisional) == (dt.date(2021, 3, 1), dt.date(2021, 2, 28), False)
    zh, en = _explain(dt.date(2021, 1, 29), Period.months(1))
    assert zh == (
        "自 2021-01-29（周五） 起算1个月，开始的当日不计入（民法典第二百零一条）。"
        "到期月没有对应日，以月末日 2021-02-28（周日） 为最后一日（民法典第二百零二条）。"
        "该日为法定休假日，以休假日结束的次日 2021-03-01（周一） 为期间的最后一日（民法典第二百零三条）；顺延决定了结果。"
        "期限截至 2021-03-01 二十四时（有业务时间的，至停止业务活动时）。"
        f"日历数据：{CAL.source}。"
    )
    assert en == (
        "1 month from 2021-01-29 (Fri); the start day is not counted (Civil Code Art. 201). "
        "The final month has no corresponding day, so its last day 2021-02-28 (Sun) is the last day (Civil Code Art. 202). "
        "That day is a statutory rest day, so the period ends on the day after the rest days end, 2021-03-01 (Mon) "
        "(Civil Code Art. 203); the roll decided the outcome. "
        "The time limit ends at 24:00 on 2021-03-01 (or at close of business). "
        f"Calendar data: {CAL.source}."
    )


def test_explain_a_month_with_its_corresponding_day() -> None:
    zh, en = _explain(dt.date(2021, 3, 15), Period.months(1))
    assert "到期月的对应日 2021-04-15（周四） 为最后一日（民法典第二百零二条）。" in zh
    assert "The corresponding day of the final month, 2021-04-15 (Thu), is the last day (Civil Code Art. 202)." in en
    assert "第二百零三条" not in zh and "Art. 203" not in en and "没有对应日" not in zh


def test_explain_years_on_a_leap_day() -> None:
    # 2020-02-29 + 1 year: 2021 has no 02-29; 02-28 is a Sunday, so 03-01.
    d = deadline(dt.date(2020, 2, 29), Period.years(1))
    assert (d.due, d.rolled_from) == (dt.date(2021, 3, 1), dt.date(2021, 2, 28))
    zh, en = _explain(dt.date(2020, 2, 29), Period.years(1))
    assert zh.startswith("自 2020-02-29（周六） 起算1年，") and "以月末日 2021-02-28（周日） 为最后一日" in zh
    assert en.startswith("1 year from 2020-02-29 (Sat);")


def test_explain_days_rolled_over_a_holiday() -> None:
    # 2021-06-11 + 2 days = 06-13 (Sunday); 06-14 is 端午节: the period ends on 06-15.
    d = deadline(dt.date(2021, 6, 11), Period.days(2))
    assert (d.due, d.rolled_from) == (dt.date(2021, 6, 15), dt.date(2021, 6, 13))
    zh, en = _explain(dt.date(2021, 6, 11), Period.days(2))
    assert "第2日为 2021-06-13（周日）。" in zh and "Day 2 is 2021-06-13 (Sun)." in en
    assert "次日 2021-06-15（周二）" in zh and "2021-06-15 (Tue) (Civil Code Art. 203)" in en


def test_explain_working_days_across_national_day() -> None:
    # After 2021-09-30: 10-08 (Fri), 10-09 (Sat, a working day), 10-11 (Mon), 10-12 (Tue).
    d = deadline(dt.date(2021, 9, 30), Period.workdays(4))
    assert (d.due, d.rolled_from) == (dt.date(2021, 10, 12), None)
    zh, en = _explain(dt.date(2021, 9, 30), Period.workdays(4))
    assert zh == (
        "自 2021-09-30（周四） 起算4个工作日，开始的当日不计入（民法典第二百零一条）。"
        "只计工作日，第4个工作日为 2021-10-12（周二）。"
        "期限截至 2021-10-12 二十四时（有业务时间的，至停止业务活动时）。"
        f"日历数据：{CAL.source}。"
    )
    assert en == (
        "4 working days from 2021-09-30 (Thu); the start day is not counted (Civil Code Art. 201). "
        "Only working days count; the 4th working day is 2021-10-12 (Tue). "
        "The time limit ends at 24:00 on 2021-10-12 (or at close of business). "
        f"Calendar data: {CAL.source}."
    )


def test_explain_says_when_the_answer_is_provisional() -> None:
    # Past the calendar's data, with regular weeks assumed, the answer is provisional.
    calendar = CAL.with_options(assume_regular_weeks=True)
    d = deadline(CAL.coverage.last, Period.days(20), calendar)
    assert d.provisional
    zh, en = d.explain().split("\n")
    assert "至停止业务活动时）。结果为暂定：所用日期的安排尚未公布或超出日历数据范围。日历数据：" in zh
    assert "Provisional: it rests on days whose arrangement is not yet published or lies past the calendar's data." in en
    settled = deadline(dt.date(2021, 3, 15), Period.months(1))
    assert not settled.provisional and "暂定" not in settled.explain()


def test_deadline_reads_a_datetime_as_its_day_and_refuses_what_is_not_a_date() -> None:
    at = dt.datetime(2021, 3, 15, 18, 30)
    d = deadline(at, Period.months(1))
    assert type(d.start) is dt.date and d.start == dt.date(2021, 3, 15) and d.due == dt.date(2021, 4, 15)
    with pytest.raises(TypeError) as info:
        deadline("2021-03-15", Period.days(1))  # type: ignore[arg-type]
    assert str(info.value) == "起算日应为日期 / start must be a date, got str"


def test_a_deadline_past_9999_is_a_coverage_error() -> None:
    calendar = CAL.with_options(assume_regular_weeks=True)
    with pytest.raises(CalendarCoverageError) as info:
        deadline(dt.date(9999, 12, 1), Period.months(1), calendar)
    assert info.value.year == 10000
    assert "期限超出可表示的日期范围（至 9999-12-31）" in str(info.value)
    assert "beyond the representable dates (through 9999-12-31)" in str(info.value)


@pytest.mark.parametrize(
    ("x", "period", "latest"),
    [
        # 3 working days strictly between: 09-28, 09-29, 09-30 (10-01..10-07 are 国庆节).
        (dt.date(2021, 10, 8), Period.workdays(3), dt.date(2021, 9, 27)),
        # 7 days strictly between 03-02 and 03-10.
        (dt.date(2021, 3, 10), Period.days(7), dt.date(2021, 3, 2)),
        # 02-28 + 1 month = 03-28 < 03-31; from 03-01 the month would end 04-01.
        (dt.date(2021, 3, 31), Period.months(1), dt.date(2021, 2, 28)),
        # 2020-02-29 + 1 year = 2021-02-28 < 03-01; from 2020-03-01 it would end 2021-03-01.
        (dt.date(2021, 3, 1), Period.years(1), dt.date(2020, 2, 29)),
        # 2020-02-29 + 2 years = 2022-02-28 < 03-01; from 2020-03-01 it would end 2022-03-01.
        (dt.date(2022, 3, 1), Period.years(2), dt.date(2020, 2, 29)),
        # 2021-01-30 + 1 month = 02-28 < 03-01, and so do 01-31 (02-28); from 02-01, 03-01 is not before.
        (dt.date(2021, 3, 1), Period.months(1), dt.date(2021, 1, 31)),
    ],
)
def test_latest_notice_day_by_hand(x: dt.date, period: Period, latest: dt.date) -> None:
    assert latest_notice_day(x, period) == latest
    assert latest_notice_day(x, period, CAL) == latest


# --- the slow path and the edges of coverage, against a day-by-day reference ------------------------

import chinese_calendar  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from xingzheng.calendar._statutory import statutory_holidays  # noqa: E402

REGULAR = CAL.with_options(assume_regular_weeks=True)
FIRST, LAST = CAL.coverage


def _ref_workday(d: dt.date) -> bool:
    """chinese_calendar's own predicate inside coverage; outside (regular weeks), Monday–Friday less the
    statutory holidays of 全国年节及纪念日放假办法 Art. 2 (from 2025; tested on their own against the
    festival days chinese-calendar records, tests/test_calendar_statutory.py)."""
    if FIRST <= d <= LAST:
        return bool(chinese_calendar.is_workday(d))
    return d.weekday() < 5 and d.toordinal() not in statutory_holidays(d.year)


def _ref_add(d: dt.date, n: int) -> dt.date:
    step = dt.timedelta(days=1 if n > 0 else -1)
    left, day = abs(n), d
    while left:
        day += step
        left -= _ref_workday(day)
    return day


def _ref_between(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range(1, (b - a).days + 1) if _ref_workday(a + dt.timedelta(days=i))]


class _Day(dt.date):
    """A date subclass: not a key of the calendar's fast tables, so it takes the general path."""


_edge_days = st.sampled_from([FIRST, LAST]).flatmap(
    lambda edge: st.integers(-45, 45).map(lambda k: edge + dt.timedelta(days=k))
)


@settings(max_examples=100)
@given(_edge_days, st.integers(-40, 40), st.sampled_from(["date", "datetime", "subclass"]))
def test_add_workdays_at_the_edges_of_coverage(day: dt.date, n: int, form: str) -> None:
    d: dt.date = day
    if form == "datetime":
        d = dt.datetime.combine(day, dt.time(9, 30))
    elif form == "subclass":
        d = _Day(day.year, day.month, day.day)
    expected = day if n == 0 else _ref_add(day, n)
    got = REGULAR.add_workdays(d, n)
    if n == 0:
        # "n == 0 returns d": the day itself; a datetime gives its day back as a date, as every other n does.
        if form == "datetime":
            assert got == day and type(got) is dt.date
        else:
            assert got is d
        return
    assert got == expected and type(got) is dt.date
    # Without regular weeks: an answer that needs a day outside coverage is a coverage error.
    needs_outside = n != 0 and not (min(day, expected) >= FIRST and max(day, expected) <= LAST)
    if not needs_outside:
        assert CAL.add_workdays(d, n) == expected
    elif not (FIRST - dt.timedelta(days=1) <= day <= LAST + dt.timedelta(days=1) and FIRST <= expected <= LAST):
        with pytest.raises(CalendarCoverageError) as info:
            CAL.add_workdays(d, n)
        outside = expected if not FIRST <= expected <= LAST else day
        assert info.value.year == (LAST.year + 1 if outside > LAST else FIRST.year - 1)


@settings(max_examples=100)
@given(_edge_days, st.integers(0, 60))
def test_counting_at_the_edges_of_coverage(a: dt.date, length: int) -> None:
    b = a + dt.timedelta(days=length)
    expected = _ref_between(a, b)
    assert list(REGULAR.workdays(a, b)) == expected
    assert REGULAR.workdays_between(a, b) == len(expected) == -REGULAR.workdays_between(b, a)
    assert REGULAR.workdays(b, a) == () if length else REGULAR.workdays(a, b) == ()
    for d in (a, b):
        assert REGULAR.covers(d) is (FIRST <= d <= LAST) is CAL.covers(d)
        assert REGULAR.is_workday(d) is _ref_workday(d)


def test_the_first_and_last_covered_days() -> None:
    one = dt.timedelta(days=1)
    assert CAL.covers(FIRST) and CAL.covers(LAST) and not CAL.covers(FIRST - one) and not CAL.covers(LAST + one)
    assert CAL.is_explicit(dt.date(2021, 10, 1)) and not CAL.is_explicit(dt.date(2021, 10, 12))
    with pytest.raises(CalendarCoverageError) as info:
        CAL.add_workdays(LAST, 1)
    assert info.value.year == LAST.year + 1
    with pytest.raises(CalendarCoverageError) as info:
        CAL.add_workdays(FIRST, -1)
    assert info.value.year == FIRST.year - 1
    with pytest.raises(CalendarCoverageError) as info:
        CAL.workdays_between(FIRST - one, LAST + one)
    with pytest.raises(CalendarCoverageError):
        CAL.workdays(LAST, LAST + dt.timedelta(days=5))
    # Outside coverage, with regular weeks: Monday–Friday, counted on both sides. (a, b] of seven days
    # holds five weekdays, whatever the weekday of a, less the statutory holidays among them (from 2025:
    # 1 January follows the data's last day).
    assert REGULAR.workdays_between(FIRST - dt.timedelta(days=8), FIRST - one) == 5
    week_after = [LAST + dt.timedelta(days=i) for i in range(1, 8)]
    holidays = sum(d.toordinal() in statutory_holidays(d.year) and d.weekday() < 5 for d in week_after)
    assert REGULAR.workdays_between(LAST, LAST + dt.timedelta(days=7)) == 5 - holidays


# (``True`` is not here: the fast path of a covered day reads it as 1 — reported, the calendar's owner
# decides.)
@pytest.mark.parametrize("n", [1.0, "1", None])
def test_add_workdays_refuses_a_count_that_is_not_an_int(n: object) -> None:
    with pytest.raises(TypeError) as info:
        CAL.add_workdays(dt.date(2021, 3, 15), n)  # type: ignore[arg-type]
    assert str(info.value) == f"工作日数应为整数 / n must be an int, got {type(n).__name__}"


def test_a_month_period_from_a_date_subclass_and_the_working_day_window() -> None:
    # A date subclass takes `_months_after`'s uncached branch: the same answer.
    d = deadline(_Day(2021, 1, 29), Period.months(1))
    assert (d.due, d.rolled_from) == (dt.date(2021, 3, 1), dt.date(2021, 2, 28))
    assert deadline(_Day(2021, 3, 15), Period.years(1)).due == dt.date(2022, 3, 15)
    # ... and keeps the subclass (dateutil does), even when a plain date's sum is remembered.
    assert type(deadline(dt.date(2021, 3, 15), Period.months(1)).due) is dt.date
    assert type(deadline(_Day(2021, 3, 15), Period.months(1)).due) is _Day
    # Working days are counted from the day after the start: the first covered day is not provisional.
    assert not deadline(FIRST, Period.workdays(3)).provisional
    assert deadline(FIRST, Period.workdays(3)).due == CAL.add_workdays(FIRST, 3)


def test_latest_notice_day_uses_the_calendar_given() -> None:
    x = LAST + dt.timedelta(days=30)
    with pytest.raises(CalendarCoverageError):
        latest_notice_day(x, Period.workdays(3))
    day = latest_notice_day(x, Period.workdays(3), REGULAR)
    assert len(_ref_between(day, x - dt.timedelta(days=1))) == 3 and _ref_workday(day + dt.timedelta(days=1))


def test_conflicts_and_overrides_describe_both_sides() -> None:
    # 2024-02-04 (Sunday) is an explicit adjusted working day of 春节 2024, 2024-02-10 (Saturday) an
    # explicit holiday of it; 2024-03-12 (Tuesday) and 2024-03-09 (Saturday) are not explicit.
    sup = {
        "year": 2024,
        "source": "更正通知",
        "holidays": [
            {"name": "春节", "dates": [dt.date(2024, 2, 4), dt.date(2024, 3, 12)], "adjusted_workdays": [dt.date(2024, 2, 10), dt.date(2024, 3, 9)]},
        ],
    }
    from xingzheng.errors import SupplementConflictError

    with pytest.raises(SupplementConflictError) as info:
        CAL.with_supplement(sup)
    assert info.value.conflicts == (
        (dt.date(2024, 2, 4), "workday 春节", "holiday 春节"),
        (dt.date(2024, 2, 10), "holiday 春节", "workday 春节"),
    )
    assert "2024-02-04: workday 春节 → holiday 春节; 2024-02-10: holiday 春节 → workday 春节" in str(info.value)
    cal = CAL.with_supplement(sup, override=True)
    assert [(o.date, o.before, o.after, o.source) for o in cal.overrides] == [
        (dt.date(2024, 2, 4), "workday 春节", "holiday 春节", "更正通知"),
        (dt.date(2024, 2, 10), "holiday 春节", "workday 春节", "更正通知"),
    ]
    # Options keep the supplement's days, overrides and source.
    regular = cal.with_options(assume_regular_weeks=True)
    assert regular.overrides == cal.overrides and regular.source == cal.source == "chinese-calendar 1.11.0 + 更正通知"
    assert regular.coverage == cal.coverage and regular.assume_regular_weeks and not cal.assume_regular_weeks
    assert not regular.is_workday(dt.date(2024, 3, 12)) and regular.is_workday(dt.date(2024, 3, 9))
    assert regular.is_explicit(dt.date(2024, 3, 12)) and regular.entry_source(dt.date(2024, 3, 12)) == "更正通知"
    back = regular.with_options(assume_regular_weeks=False)
    assert not back.assume_regular_weeks
    with pytest.raises(CalendarCoverageError):
        back.is_workday(LAST + dt.timedelta(days=1))


def test_a_calendar_is_immutable_and_says_what_it_is() -> None:
    first, last = CAL.coverage
    assert repr(CAL) == f"<WorkdayCalendar {first}..{last} source={CAL.source!r}>"
    assert repr(REGULAR) == f"<WorkdayCalendar {first}..{last} source={CAL.source!r}, assume_regular_weeks=True>"
    with pytest.raises(AttributeError) as info:
        CAL.source = "x"  # type: ignore[misc]
    assert str(info.value) == "工作日历不可修改 / WorkdayCalendar is immutable (cannot set source)"
    with pytest.raises(AttributeError) as info:
        del CAL.source
    assert str(info.value) == "工作日历不可修改 / WorkdayCalendar is immutable (cannot delete source)"


def test_the_provisional_window() -> None:
    # December of the last covered year after its last explicit entry may still change with the next
    # year's arrangement (chinese-calendar's last explicit entry of 2026 is in October).
    one = dt.timedelta(days=1)
    window = [d for d in CAL.iter_days(dt.date(LAST.year, 11, 1), LAST) if CAL.is_provisional_day(d)]
    assert window and window[-1] == LAST and all(not CAL.is_explicit(d) for d in window)
    start = window[0]
    assert not CAL.is_provisional_day(start - one)
    assert window == list(CAL.iter_days(start, LAST))
    assert CAL.is_provisional_day(LAST + one) and CAL.is_provisional_day(FIRST - one)
    assert not CAL.is_provisional_day(FIRST) and not CAL.is_provisional_day(dt.date(2021, 10, 1))
    assert CAL.touches_provisional(start - 5 * one, start) and CAL.touches_provisional(start, start - 5 * one)
    assert not CAL.touches_provisional(start - 5 * one, start - one)
    assert CAL.touches_provisional(FIRST - one, FIRST) and not CAL.touches_provisional(FIRST, FIRST + 9 * one)
    assert CAL.touches_provisional(LAST + one, LAST + one)


def test_iter_days_is_inclusive_and_empty_when_reversed() -> None:
    a = dt.date(2021, 2, 27)
    assert list(CAL.iter_days(a, dt.date(2021, 3, 2))) == [a + dt.timedelta(days=i) for i in range(4)]
    assert list(CAL.iter_days(a, a)) == [a]
    assert list(CAL.iter_days(a, a - dt.timedelta(days=1))) == []


def test_add_workdays_and_counts_exhaustively_near_the_edges() -> None:
    """Every day within 12 of either edge of coverage, every n in -12..12, as a date and a datetime
    (a datetime is not a key of the fast tables: it takes the general path and the prefix sums)."""
    one = dt.timedelta(days=1)
    days = [edge + k * one for edge in (FIRST, LAST) for k in range(-12, 13)]
    for day in days:
        at = dt.datetime.combine(day, dt.time(8))
        assert REGULAR.is_workday(at) is REGULAR.is_workday(day) is _ref_workday(day)
        if FIRST <= day <= LAST:
            assert CAL.is_workday(at) is _ref_workday(day)
        else:
            with pytest.raises(CalendarCoverageError):
                CAL.is_workday(at)
        for n in range(-12, 13):
            if n == 0:
                continue
            expected = _ref_add(day, n)
            assert REGULAR.add_workdays(day, n) == expected, (day, n)
            assert REGULAR.add_workdays(at, n) == expected, (day, n)
            inside = min(day, expected) >= FIRST and max(day, expected) <= LAST
            near = FIRST - one <= day <= LAST + one and FIRST <= expected <= LAST
            if inside or near:
                assert CAL.add_workdays(at, n) == expected, (day, n)
            else:
                with pytest.raises(CalendarCoverageError):
                    CAL.add_workdays(at, n)
        for other in (day + 5 * one, day - 9 * one):
            at_other = dt.datetime.combine(other, dt.time(8))
            a, b = min(day, other), max(day, other)
            count = len(_ref_between(a, b))
            sign = 1 if other > day else -1
            assert REGULAR.workdays_between(at, at_other) == sign * count
            assert list(REGULAR.workdays(at, at_other) if other > day else REGULAR.workdays(at_other, at)) == _ref_between(a, b)


@pytest.mark.parametrize("value", ["2021-01-01", 20210101, None])
def test_a_day_that_is_not_a_date_is_a_type_error(value: object) -> None:
    for ask in (CAL.is_workday, CAL.is_explicit, CAL.holiday_name):
        with pytest.raises(TypeError) as info:
            ask(value)  # type: ignore[operator]
        assert str(info.value) == f"需要 datetime.date 类型的日期 / expected a datetime.date, got {type(value).__name__}"
