"""Exhaustive differential test against chinese_calendar's own per-day predicates, for every covered day."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
from chinese_calendar import constants

from xingzheng import default_calendar

CAL = default_calendar()
FIRST, LAST = CAL.coverage
ALL_DAYS = [FIRST + dt.timedelta(days=i) for i in range((LAST - FIRST).days + 1)]

# chinese_calendar's labels → the official names (DECISIONS.md: it writes 清明, 端午, 中秋 without 节).
OFFICIAL = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


def test_every_covered_day_agrees_with_chinese_calendar() -> None:
    assert len(ALL_DAYS) > 8000
    for day in ALL_DAYS:
        expected = chinese_calendar.is_workday(day)
        assert CAL.is_workday(day) is expected, day
        assert CAL.is_holiday(day) is (not expected), day
        is_rest, label = chinese_calendar.get_holiday_detail(day)
        name = CAL.holiday_name(day)
        if is_rest and label is not None:
            assert name is not None and name.zh == OFFICIAL[label], day
        else:
            assert name is None, day
        assert CAL.is_adjusted_workday(day) is (day in constants.workdays and day.weekday() >= 5), day


def test_workdays_between_matches_a_prefix_sum_of_the_predicates() -> None:
    # W(x): working days in [FIRST, x], built once from chinese_calendar's per-day predicate.
    prefix = {FIRST - dt.timedelta(days=1): 0}
    count = 0
    for day in ALL_DAYS:
        count += chinese_calendar.is_workday(day)
        prefix[day] = count
    before_first = FIRST - dt.timedelta(days=1)
    for day in ALL_DAYS:
        assert CAL.workdays_between(before_first, day) == prefix[day], day
    # A spread of pairs across the whole range, both directions.
    for i in range(0, len(ALL_DAYS), 97):
        for j in range(0, len(ALL_DAYS), 389):
            a, b = ALL_DAYS[i], ALL_DAYS[j]
            assert CAL.workdays_between(a, b) == prefix[b] - prefix[a]


def test_add_workdays_matches_stepping_day_by_day() -> None:
    # Reference: step one day at a time with chinese_calendar's predicate (strictly after / before).
    def reference(day: dt.date, n: int) -> dt.date:
        step = dt.timedelta(days=1 if n > 0 else -1)
        remaining = abs(n)
        while remaining:
            day += step
            if chinese_calendar.is_workday(day):
                remaining -= 1
        return day

    for i in range(30, len(ALL_DAYS) - 400, 53):
        day = ALL_DAYS[i]
        for n in (1, 2, 7, 15, 20, -1, -5, -7):
            assert CAL.add_workdays(day, n) == reference(day, n), (day, n)
