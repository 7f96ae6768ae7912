"""Golden cases on real dates of the official calendar, and the calendar's per-day questions."""

from __future__ import annotations

import datetime as dt

import pytest

import xingzheng
from xingzheng import (
    CalendarCoverageError,
    InvariantError,
    Period,
    deadline,
    default_calendar,
    latest_notice_day,
)

D = dt.date
CAL = default_calendar()


def test_default_calendar_is_built_once_and_names_its_source() -> None:
    assert default_calendar() is CAL
    assert CAL.source.startswith("chinese-calendar 1.")
    assert CAL.coverage.first == D(2004, 1, 1)
    assert CAL.coverage.last.month == 12 and CAL.coverage.last.day == 31


def test_calendar_is_immutable() -> None:
    with pytest.raises(AttributeError):
        CAL.source = "x"  # type: ignore[misc]


def test_across_national_day_2020() -> None:
    # 2020-10-01..08 holidays (国庆节 and 中秋节 merged), 2020-10-10 a Saturday worked in lieu.
    assert CAL.add_workdays(D(2020, 9, 28), 7) == D(2020, 10, 14)
    result = deadline(D(2020, 9, 28), Period.workdays(7))
    assert result.due == D(2020, 10, 14) and result.rolled_from is None and not result.provisional
    assert "民法典第二百零一条" in result.explain()
    assert "Civil Code Art. 201" in result.explain()


def test_across_spring_festival_2023_counts_the_adjusted_weekend() -> None:
    # 2023-01-21..27 春节; 2023-01-28 (Sat) and 2023-01-29 (Sun) worked in lieu.
    assert CAL.add_workdays(D(2023, 1, 19), 5) == D(2023, 1, 31)
    assert CAL.workdays(D(2023, 1, 19), D(2023, 1, 31)) == (
        D(2023, 1, 20),
        D(2023, 1, 28),
        D(2023, 1, 29),
        D(2023, 1, 30),
        D(2023, 1, 31),
    )


def test_adjusted_saturday() -> None:
    saturday = D(2020, 10, 10)
    assert saturday.weekday() == 5
    assert CAL.is_workday(saturday) and not CAL.is_holiday(saturday)
    assert CAL.is_adjusted_workday(saturday)
    assert CAL.holiday_name(saturday) is None
    name = CAL.adjusted_for(saturday)
    assert name is not None and name.zh == "国庆节"


def test_holiday_names_are_official() -> None:
    assert CAL.holiday_name(D(2024, 4, 4)) == ("清明节", "Qingming Festival")
    assert CAL.holiday_name(D(2024, 6, 10)) == ("端午节", "Dragon Boat Festival")
    assert CAL.holiday_name(D(2015, 9, 3)) is not None
    assert CAL.holiday_name(D(2015, 9, 3)).zh == "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"  # type: ignore[union-attr]
    # Merged 中秋节、国庆节 blocks: the lunar Mid-Autumn day is 中秋节 unless it is 1 October.
    assert CAL.holiday_name(D(2023, 9, 29)).zh == "中秋节"  # type: ignore[union-attr]
    assert CAL.holiday_name(D(2023, 10, 2)).zh == "国庆节"  # type: ignore[union-attr]
    assert CAL.holiday_name(D(2020, 10, 1)).zh == "国庆节"  # type: ignore[union-attr]
    assert CAL.holiday_name(D(2024, 3, 12)) is None  # an ordinary Tuesday
    assert CAL.holiday_name(D(2024, 3, 16)) is None  # an ordinary Saturday
    assert CAL.is_holiday(D(2024, 3, 16))


def test_31_january_plus_one_month_ends_on_the_last_day_of_february() -> None:
    result = deadline(D(2019, 1, 31), Period.months(1))
    assert result.due == D(2019, 2, 28) and result.rolled_from is None
    assert "民法典第二百零二条" in result.explain()
    # In 2021 the month-end day is a Sunday: Art. 202 then Art. 203.
    rolled = deadline(D(2021, 1, 31), Period.months(1))
    assert rolled.rolled_from == D(2021, 2, 28) and rolled.due == D(2021, 3, 1)


def test_29_february_plus_two_years() -> None:
    result = deadline(D(2020, 2, 29), Period.years(2))
    assert result.due == D(2022, 2, 28) and result.rolled_from is None


def test_thirty_day_period_whose_last_day_is_a_rest_day_rolls() -> None:
    # Day 30 after 2020-09-03 is 2020-10-03, inside the 国庆节 block: the period stays open through 10-09.
    result = deadline(D(2020, 9, 3), Period.days(30))
    assert result.rolled_from == D(2020, 10, 3)
    assert result.due == D(2020, 10, 9)
    text = result.explain()
    assert "民法典第二百零三条" in text and "Art. 203" in text and "decided the outcome" in text


def test_period_ending_inside_a_holiday_block_rolls_onto_an_adjusted_working_day() -> None:
    # Day 30 after 2022-12-28 is 2023-01-27 (春节 block); the next working day is Saturday 2023-01-28.
    result = deadline(D(2022, 12, 28), Period.days(30))
    assert result.rolled_from == D(2023, 1, 27)
    assert result.due == D(2023, 1, 28)
    assert CAL.is_adjusted_workday(result.due)


def test_minimum_period_on_a_sunday_stays_open_through_monday() -> None:
    # 30 days after 2024-02-25 is Tuesday 2024-03-26: no roll; after 2024-03-01 it is Sunday 2024-03-31.
    assert deadline(D(2024, 2, 25), Period.days(30)).rolled_from is None
    result = deadline(D(2024, 3, 1), Period.days(30))
    assert result.rolled_from == D(2024, 3, 31) and result.due == D(2024, 4, 1)


def test_add_workdays_from_a_rest_day_counts_the_next_working_day_as_day_one() -> None:
    # chinese_calendar.find_workday(0, Saturday) would give Monday; here n=1 gives Monday and n=0 the day itself.
    saturday = D(2024, 3, 16)
    assert CAL.add_workdays(saturday, 1) == D(2024, 3, 18)
    assert CAL.add_workdays(saturday, 0) == saturday
    assert CAL.add_workdays(saturday, -1) == D(2024, 3, 15)


def test_workdays_between_is_half_open() -> None:
    monday, friday = D(2024, 3, 11), D(2024, 3, 15)
    assert CAL.workdays_between(monday, friday) == 4
    assert CAL.workdays_between(friday, monday) == -4
    assert CAL.workdays_between(monday, monday) == 0
    assert CAL.workdays(friday, monday) == ()


def test_latest_notice_day_leaves_the_period_strictly_between() -> None:
    # A hearing on Friday 2021-10-15, notified 7 working days before: 2021-10-01..07 are holidays and
    # Saturday 2021-10-09 is worked, so the 7 working days strictly between are 09-30, 10-08, 10-09, 10-11..14.
    hearing = D(2021, 10, 15)
    notice = latest_notice_day(hearing, Period.workdays(7))
    assert notice == D(2021, 9, 29)
    assert CAL.workdays_between(notice, hearing - dt.timedelta(days=1)) == 7
    assert CAL.workdays_between(notice + dt.timedelta(days=1), hearing - dt.timedelta(days=1)) == 6
    # Calendar days: 7 days strictly between.
    assert latest_notice_day(D(2021, 10, 15), Period.days(7)) == D(2021, 10, 7)
    # Months: the month counted from the notice day ends before X.
    day = latest_notice_day(D(2021, 3, 31), Period.months(1))
    assert day == D(2021, 2, 28)


def test_a_question_past_coverage_raises_naming_the_year() -> None:
    uncovered = CAL.coverage.last.year + 1
    with pytest.raises(CalendarCoverageError) as info:
        CAL.is_workday(D(uncovered, 3, 1))
    assert info.value.year == uncovered
    assert "with_notice" in str(info.value)  # the Python error names methods; the CLI names its flags
    with pytest.raises(CalendarCoverageError) as info:
        CAL.add_workdays(D(uncovered - 1, 12, 20), 15)
    assert info.value.year == uncovered
    with pytest.raises(CalendarCoverageError):
        deadline(D(uncovered - 1, 12, 20), Period.days(30))
    with pytest.raises(CalendarCoverageError) as info:
        CAL.add_workdays(D(2004, 1, 5), -10)
    assert info.value.year == 2003


def test_assume_regular_weeks_answers_past_coverage_and_marks_it_provisional() -> None:
    assumed = default_calendar(assume_regular_weeks=True)
    uncovered = CAL.coverage.last.year + 1
    # Find the first Monday of the uncovered year.
    monday = D(uncovered, 1, 1)
    while monday.weekday() != 0:
        monday += dt.timedelta(days=1)
    assert assumed.is_workday(monday)
    assert not assumed.is_workday(monday + dt.timedelta(days=5))
    assert assumed.add_workdays(monday, 5) == monday + dt.timedelta(days=7)
    assert assumed.workdays_between(monday, monday + dt.timedelta(days=14)) == 10
    result = deadline(D(uncovered - 1, 12, 20), Period.workdays(15), assumed)
    assert result.provisional
    assert assumed.workdays_between(D(uncovered - 1, 12, 20), result.due) == 15
    assert "暂定" in result.explain() and "Provisional" in result.explain()


def test_december_of_the_last_covered_year_is_provisional() -> None:
    last_year = CAL.coverage.last.year
    # A deadline inside December of the last covered year may still move when next year's notice appears.
    assert deadline(D(last_year, 11, 20), Period.workdays(10)).provisional
    assert not deadline(D(last_year, 3, 2), Period.workdays(10)).provisional
    assert not deadline(D(2020, 12, 1), Period.workdays(10)).provisional


def test_bad_input_is_a_typed_error() -> None:
    with pytest.raises(InvariantError):
        Period.workdays(0)
    with pytest.raises(InvariantError):
        Period.days(-3)
    with pytest.raises(TypeError):
        CAL.is_workday("2020-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        deadline("2020-01-01", Period.days(3))  # type: ignore[arg-type]


def test_public_names_are_exported() -> None:
    for name in ("default_calendar", "deadline", "Period", "Deadline", "latest_notice_day", "WorkdayCalendar"):
        assert name in xingzheng.__all__


# -- audit of issue 8 (calendar contract) -----------------------------------------------------------------


def test_add_workdays_is_strictly_after_and_differs_from_find_workday_on_a_rest_day() -> None:
    import chinese_calendar

    # National Day 2020: 1–8 October are holidays, Friday 9 October is a working day, Saturday 10 October an
    # adjusted working day; Wednesday 30 September is the last working day before the block.
    holiday = D(2020, 10, 1)
    assert CAL.add_workdays(holiday, 1) == D(2020, 10, 9)
    assert CAL.add_workdays(holiday, 2) == D(2020, 10, 10)
    assert CAL.add_workdays(holiday, -1) == D(2020, 9, 30)
    # find_workday counts the next working day as day 0 from a rest day: it is one ahead of us for n = 1 …
    assert chinese_calendar.find_workday(1, holiday) == D(2020, 10, 10)
    assert chinese_calendar.find_workday(0, holiday) == D(2020, 10, 9)
    # … and the docstring says so.
    assert "find_workday" in (type(CAL).add_workdays.__doc__ or "")
    # From a working day both agree: the n-th working day strictly after it.
    assert CAL.add_workdays(D(2020, 9, 30), 1) == chinese_calendar.find_workday(1, D(2020, 9, 30)) == D(2020, 10, 9)
    # Strictly before from a working day: Friday 9 October, one working day back, is Wednesday 30 September.
    assert CAL.add_workdays(D(2020, 10, 9), -1) == D(2020, 9, 30)


def test_the_round_trip_backwards_holds_from_working_days_only() -> None:
    # From Sunday 4 October 2020 (inside the block) one working day back is 30 September, but (30 Sep, 4 Oct]
    # holds no working day: the property for n < 0 is stated for working days (DECISIONS.md).
    sunday = D(2020, 10, 4)
    back = CAL.add_workdays(sunday, -1)
    assert back == D(2020, 9, 30)
    assert CAL.workdays_between(sunday, back) == 0
    friday = D(2020, 10, 9)
    assert CAL.workdays_between(friday, CAL.add_workdays(friday, -3)) == -3  # 30, 29, 28 September


def test_workdays_between_across_spring_festival_2024_is_antisymmetric_and_additive() -> None:
    # 2024: 春节 block 10–17 February; Sunday 4 and Sunday 18 February are adjusted working days.
    # (2 Feb, 9 Feb]: Sun 4, Mon 5 … Fri 9 → 6 working days; (9 Feb, 19 Feb]: Sun 18, Mon 19 → 2.
    a, b, c = D(2024, 2, 2), D(2024, 2, 9), D(2024, 2, 19)
    assert CAL.workdays_between(a, b) == 6
    assert CAL.workdays_between(b, c) == 2
    assert CAL.workdays_between(a, c) == 8 == CAL.workdays_between(a, b) + CAL.workdays_between(b, c)
    assert CAL.workdays_between(c, a) == -8
    assert CAL.workdays(b, c) == (D(2024, 2, 18), D(2024, 2, 19))


def test_merged_mid_autumn_and_national_day_blocks_on_the_built_in_data() -> None:
    # Every merged block of 2011–2026: the lunar Mid-Autumn day is 中秋节 unless it is 1 October (2020),
    # every other day of the block is 国庆节.
    blocks = {
        2017: (D(2017, 10, 1), D(2017, 10, 8), D(2017, 10, 4)),
        2020: (D(2020, 10, 1), D(2020, 10, 8), None),  # 中秋 fell on 1 October
        2023: (D(2023, 9, 29), D(2023, 10, 6), D(2023, 9, 29)),
        2025: (D(2025, 10, 1), D(2025, 10, 8), D(2025, 10, 6)),
    }
    for first, last, mid_autumn in blocks.values():
        for day in CAL.iter_days(first, last):
            name = CAL.holiday_name(day)
            assert name is not None, day
            assert name.zh == ("中秋节" if day == mid_autumn else "国庆节"), day
            assert name.en == ("Mid-Autumn Festival" if day == mid_autumn else "National Day")


def test_the_2015_one_off_holiday_and_an_unnamed_weekend_day_of_the_built_in_data() -> None:
    one_off = "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
    # 3–5 September 2015 (Thu–Sat) off; Sunday 6 September worked in lieu.
    for day in (D(2015, 9, 3), D(2015, 9, 4)):
        assert CAL.holiday_name(day) == (one_off, CAL.holiday_name(day).en)  # type: ignore[union-attr]
    saturday = D(2015, 9, 5)
    # chinese-calendar leaves Saturday 5 September out of the block: a rest day without a name.
    assert CAL.is_holiday(saturday) and CAL.holiday_name(saturday) is None
    sunday = D(2015, 9, 6)
    assert CAL.is_workday(sunday) and CAL.is_adjusted_workday(sunday) and CAL.holiday_name(sunday) is None
    assert CAL.adjusted_for(sunday).zh == one_off  # type: ignore[union-attr]


def test_a_question_before_coverage_names_the_year_without_a_notice_hint() -> None:
    first = CAL.coverage.first
    with pytest.raises(CalendarCoverageError) as info:
        CAL.is_workday(D(first.year - 1, 6, 1))
    message = str(info.value)
    assert info.value.year == first.year - 1 and str(first.year - 1) in message
    # No notice can add a year before the data's start (`with_supplement` only extends forwards).
    assert "import-notice" not in message and str(first.year) in message
    assert "assume_regular_weeks" in message


def test_a_question_past_coverage_says_how_to_add_the_notice_in_python() -> None:
    # Issue 19: the Python error names the methods and keyword; the command line's own wording (its
    # flags, `import-notice --install`) is tested in tests/test_calendar_installed.py.
    uncovered = CAL.coverage.last.year + 1
    with pytest.raises(CalendarCoverageError) as info:
        CAL.holiday_name(D(uncovered, 1, 1))
    message = str(info.value)
    assert "calendar.with_notice" in message and f'calendar.with_supplement("{uncovered}.toml")' in message
    assert "install_notices" in message and "assume_regular_weeks=True" in message
    assert f"关于{uncovered}年部分节假日安排的通知" in message


def test_assume_regular_weeks_marks_calendar_day_periods_past_coverage_provisional() -> None:
    assumed = default_calendar(assume_regular_weeks=True)
    uncovered = CAL.coverage.last.year + 1
    result = deadline(D(uncovered - 1, 12, 20), Period.days(30), assumed)
    assert result.provisional
    # Inside coverage and away from the last December, the same calendar is not provisional.
    assert not deadline(D(2020, 3, 2), Period.days(30), assumed).provisional


def test_a_deadline_past_the_last_representable_day_is_a_coverage_error() -> None:
    assumed = default_calendar(assume_regular_weeks=True)
    with pytest.raises(CalendarCoverageError) as info:
        deadline(D(9999, 12, 30), Period.years(1), assumed)
    assert info.value.year == 10000
    with pytest.raises(CalendarCoverageError):
        deadline(D(9999, 12, 30), Period.days(5), assumed)
