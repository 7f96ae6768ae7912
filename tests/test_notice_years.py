"""Every annual notice 2011–2026, with its amending notices, gives exactly chinese-calendar's working days."""

from __future__ import annotations

import datetime as dt

import pytest
from chinese_calendar import constants

from _notice_support import YEARS, merged
from xingzheng.calendar._names import from_chinese_calendar

# Weekend days inside holiday blocks where the notice (read as DECISIONS.md says) names a festival and
# chinese-calendar 1.11.0 records a plain weekend (VARIANTS.md, "chinese_calendar conventions").
# Every one is a rest day either way: no working-day result changes.
WEEKEND_DIFFERENCES: dict[dt.date, str] = {
    # 至 ranges whose weekend days the data leaves out.
    dt.date(2011, 6, 5): "端午节 6月4日至6日: Sunday inside the range",
    dt.date(2012, 6, 23): "端午节 6月22日至24日: Saturday inside the range",
    dt.date(2015, 9, 5): "纪念日 9月3日至5日: Saturday inside the range",
    # 补休 blocks: the weekend between the holiday and the make-up Monday, or before it.
    dt.date(2015, 4, 4): "清明节 4月5日（Sunday）放假、4月6日补休: the Saturday before",
    dt.date(2015, 6, 21): "端午节 6月20日（Saturday）放假、6月22日补休: the Sunday between",
    dt.date(2016, 4, 30): "劳动节 5月1日（Sunday）放假、5月2日补休: the Saturday before",
    dt.date(2016, 12, 31): "元旦 2017 1月1日（Sunday）放假、1月2日补休: the Saturday before",
}
# 与周末连休 blocks 2014–2018 and 2024's Dragon Boat Festival: the data leaves both weekend days out.
_JOINED = {
    (2014, "端午节"): dt.date(2014, 6, 2),
    (2014, "中秋节"): dt.date(2014, 9, 8),
    (2015, "劳动节"): dt.date(2015, 5, 1),
    (2016, "元旦"): dt.date(2016, 1, 1),
    (2016, "清明节"): dt.date(2016, 4, 4),
    (2017, "劳动节"): dt.date(2017, 5, 1),
    (2018, "元旦"): dt.date(2018, 1, 1),
    (2018, "端午节"): dt.date(2018, 6, 18),
    (2018, "中秋节"): dt.date(2018, 9, 24),
    (2024, "端午节"): dt.date(2024, 6, 10),
}
for (_year, _name), _day in _JOINED.items():
    _step = 1 if _day.weekday() == 4 else -1
    for _k in (1, 2):
        _weekend = _day + dt.timedelta(days=_step * _k)
        WEEKEND_DIFFERENCES[_weekend] = f"{_name} {_day.month}月{_day.day}日放假，与周末连休: the weekend"


def _data_status(day: dt.date) -> tuple[bool, str | None]:
    """chinese-calendar's (working?, official festival name or None) for a day."""
    if day in constants.holidays:
        return False, from_chinese_calendar(constants.holidays[day]).zh
    if day in constants.workdays:
        return True, None
    return day.weekday() < 5, None


def _notice_status() -> dict[dt.date, tuple[bool, str | None]]:
    """Every day the notices 2011–2026 set, with the (working?, name) they give."""
    days: dict[dt.date, tuple[bool, str | None]] = {}
    for year in YEARS:
        arrangement = merged(year)
        for day, name in arrangement.holidays.items():
            assert day not in days, f"{day} set by two notices"
            days[day] = (False, name)
        for day in arrangement.adjusted_workdays:
            assert day not in days, f"{day} set by two notices"
            days[day] = (True, None)
    return days


@pytest.fixture(scope="module")
def notice_days() -> dict[dt.date, tuple[bool, str | None]]:
    return _notice_status()


@pytest.mark.parametrize("year", YEARS)
def test_every_day_of_the_year_has_the_datas_working_status(
    year: int, notice_days: dict[dt.date, tuple[bool, str | None]]
) -> None:
    day = dt.date(year, 1, 1)
    mismatches = []
    while day.year == year:
        working, _ = notice_days.get(day, (day.weekday() < 5, None))
        if working != _data_status(day)[0]:
            mismatches.append(day)
        day += dt.timedelta(days=1)
    assert mismatches == []


@pytest.mark.parametrize("year", YEARS)
def test_holiday_names_agree_on_weekdays_and_weekend_differences_are_the_listed_ones(
    year: int, notice_days: dict[dt.date, tuple[bool, str | None]]
) -> None:
    day = dt.date(year, 1, 1)
    differences = {}
    while day.year == year:
        mine = notice_days.get(day, (day.weekday() < 5, None))
        data = _data_status(day)
        if mine != data:
            differences[day] = (mine, data)
        day += dt.timedelta(days=1)
    assert all(d.weekday() >= 5 for d in differences), differences
    assert set(differences) == {d for d in WEEKEND_DIFFERENCES if d.year == year}, differences
    for day, ((_, mine_name), (_, data_name)) in differences.items():
        assert data_name is None and mine_name is not None, (day, mine_name, data_name)


def test_the_december_days_a_notice_sets_for_the_year_before_agree_with_the_data(
    notice_days: dict[dt.date, tuple[bool, str | None]],
) -> None:
    december = {d: v for d, v in notice_days.items() if d.year == 2010 or (d.month == 12 and d.year < 2026)}
    assert dt.date(2011, 12, 31) in december and dt.date(2018, 12, 29) in december
    for day, (working, _) in december.items():
        assert working == _data_status(day)[0], day


@pytest.mark.parametrize("year", range(2008, 2027))
def test_the_computed_festival_days_are_the_datas(year: int) -> None:
    from xingzheng.calendar import _notice_lunar as lunar

    assert constants.holidays[lunar.lunar_new_year(year)] == "Spring Festival"
    assert constants.holidays[lunar.solar_term(year, "清明")] == "Tomb-sweeping Day"
    assert lunar.dragon_boat_day(year) in constants.holidays or lunar.dragon_boat_day(year).weekday() >= 5
    assert constants.holidays.get(lunar.mid_autumn_day(year)) in ("Mid-autumn Festival", "National Day")
    assert lunar.lunar_month_day(lunar.lunar_new_year(year) - dt.timedelta(days=1)) in ((12, 29), (12, 30))
