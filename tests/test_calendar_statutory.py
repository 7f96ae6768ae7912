"""Issue 19, part 1: provisional days rest on the statutory holidays of 全国年节及纪念日放假办法 Art. 2.

The Art. 2 days are computed (lunar days and the Qingming solar term from `_notice_lunar`) and compared
with chinese-calendar's festival days for every covered year; past the data, under
``assume_regular_weeks``, they are rest days with their names, and deadlines counting them say so.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter

import pytest
from chinese_calendar import constants
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_path
from xingzheng import Period, deadline, default_calendar
from xingzheng.calendar import _notice_lunar
from xingzheng.calendar._names import from_chinese_calendar
from xingzheng.calendar._statutory import (
    HOLIDAY_REGULATION_ART2,
    LAST_COMPUTABLE_YEAR,
    STATUTORY_SINCE,
    festival_days,
    statutory_holidays,
)
from xingzheng.cli import main

D = dt.date
CAL = default_calendar()
ASSUMED = default_calendar(assume_regular_weeks=True)
LAST = CAL.coverage.last
UNCOVERED = LAST.year + 1
COVERED_YEARS = range(CAL.coverage.first.year, LAST.year + 1)
_ONE_DAY = dt.timedelta(days=1)


def _needs_data_ending_2026() -> None:
    if LAST.year != 2026:
        pytest.skip(f"this golden case assumes chinese-calendar 1.11's data (ending 2026); it ends {LAST}")


# --------------------------------------------------------------------------- the cited text


def test_the_cited_article_matches_the_law_file_exactly() -> None:
    text = shared_path("laws", HOLIDAY_REGULATION_ART2.source).read_text(encoding="utf-8")
    assert HOLIDAY_REGULATION_ART2.quote in text
    assert f"{HOLIDAY_REGULATION_ART2.article}\u3000{HOLIDAY_REGULATION_ART2.quote.splitlines()[0]}" in text
    assert "国务院令第795号" in text and "2025年1月1日起施行" in text
    assert HOLIDAY_REGULATION_ART2.since == STATUTORY_SINCE == D(2025, 1, 1)


def test_every_festival_of_the_article_is_computed_with_its_stated_length() -> None:
    stated = {name: int(n) for name, n in re.findall(r"（[一二三四五六七]）(\w+)，放假(\d)天", HOLIDAY_REGULATION_ART2.quote)}
    assert stated == {"元旦": 1, "春节": 4, "清明节": 1, "劳动节": 2, "端午节": 1, "中秋节": 1, "国庆节": 3}
    for year in range(STATUTORY_SINCE.year, LAST_COMPUTABLE_YEAR + 1):
        counts = Counter(name.zh for name in festival_days(year).values())
        mid_autumn = _notice_lunar.mid_autumn_day(year)
        if mid_autumn == D(year, 10, 1):  # one day, two holidays: named 国庆节 (DECISIONS.md)
            counts["中秋节"] += 1
        elif D(year, 10, 1) < mid_autumn <= D(year, 10, 3):  # named 中秋节 (DECISIONS.md)
            counts["国庆节"] += 1
        assert counts == stated, year


# --------------------------------------------------------------------------- against chinese-calendar's data


def _older_law_lacks(day: dt.date, name: str) -> bool:
    """Days the Art. 2 list in force before 2025 did not make holidays (see docs/decisions.md)."""
    year = day.year
    eve = day == _lunar_new_year(year) - _ONE_DAY
    if year < 2008:  # 春节 初一–初三, 劳动节 1–3 May; no 清明, 端午, 中秋
        return name in ("清明节", "端午节", "中秋节") or (name == "春节" and eve)
    if year < 2025:  # 2008: 劳动节 1 day; 2014: 春节 初一–初三 (除夕 no longer a holiday)
        return (name == "劳动节" and day.day == 2) or (name == "春节" and eve and year >= 2014)
    return False


def _lunar_new_year(year: int) -> dt.date:
    return _notice_lunar.lunar_new_year(year)


@pytest.mark.parametrize("year", COVERED_YEARS)
def test_the_computed_festival_days_are_chinese_calendars(year: int) -> None:
    checked = 0
    for day, name in festival_days(year).items():
        label = constants.holidays.get(day)
        got = None if label is None else from_chinese_calendar(label).zh
        if got == name.zh:
            checked += 1
            continue
        if _older_law_lacks(day, name.zh):
            continue
        # chinese-calendar leaves some weekend days inside holiday blocks unnamed (DECISIONS.md).
        assert label is None and day.weekday() >= 5 and day not in constants.workdays, (day, name, got)
    assert checked >= 6, year  # every festival's own day, at least


@pytest.mark.parametrize("year", [y for y in COVERED_YEARS if y >= STATUTORY_SINCE.year])
def test_since_2025_every_article_2_day_is_a_holiday_of_the_data(year: int) -> None:
    for day, name in festival_days(year).items():
        assert CAL.holiday_name(day) == name or (day.weekday() >= 5 and CAL.holiday_name(day) is None), day
        assert not CAL.is_workday(day)


def test_the_list_applies_from_its_commencement_only() -> None:
    assert statutory_holidays(STATUTORY_SINCE.year - 1) == {}
    assert {dt.date.fromordinal(o) for o in statutory_holidays(2025)} == set(festival_days(2025))


def test_no_article_2_day_lies_in_december() -> None:
    # The provisional December window (the last covered year after its last explicit entry) therefore
    # holds no statutory holiday: its days rest on weekends only, as before.
    for year in range(STATUTORY_SINCE.year, LAST_COMPUTABLE_YEAR + 1):
        assert all(day.month != 12 for day in festival_days(year)), year


# --------------------------------------------------------------------------- past the data


def test_golden_15_working_days_after_2026_12_18_is_2027_01_11() -> None:
    _needs_data_ending_2026()
    result = deadline(D(2026, 12, 18), Period.workdays(15), ASSUMED)
    assert result.due == D(2027, 1, 11)  # 1 January 2027 (a Friday) rests: not 2027-01-08
    assert result.provisional
    assert result.assumed_holidays == (D(2027, 1, 1),)
    text = result.explain()
    assert "2027-01-01（周五）元旦" in text and "第二条" in text and "调休" in text
    assert "New Year's Day" in text and "Art. 2" in text and "make-up days" in text


def test_golden_a_calendar_day_period_rolls_over_new_year_2027() -> None:
    _needs_data_ending_2026()
    result = deadline(D(2026, 12, 2), Period.days(30), ASSUMED)
    assert result.rolled_from == D(2027, 1, 1) and result.due == D(2027, 1, 4)
    assert result.provisional and result.assumed_holidays == (D(2027, 1, 1),)


def test_the_first_uncovered_year_rests_on_its_statutory_holidays() -> None:
    for day, name in festival_days(UNCOVERED).items():
        assert not ASSUMED.is_workday(day) and ASSUMED.is_holiday(day)
        assert ASSUMED.holiday_name(day) == name
        assert ASSUMED.is_provisional_day(day)
        assert not ASSUMED.is_adjusted_workday(day)
    # No make-up day or 调休 is guessed: every other weekday works, every weekend rests.
    day = D(UNCOVERED, 1, 1)
    holidays = festival_days(UNCOVERED)
    while day.year == UNCOVERED:
        if day not in holidays:
            assert ASSUMED.is_workday(day) == (day.weekday() < 5), day
            assert ASSUMED.holiday_name(day) is None
        day += _ONE_DAY


def test_a_calendar_that_does_not_assume_regular_weeks_assumes_no_holiday() -> None:
    assert CAL.assumed_holidays(D(UNCOVERED, 1, 1), D(UNCOVERED, 12, 31)) == ()
    assert len(ASSUMED.assumed_holidays(D(UNCOVERED, 1, 1), D(UNCOVERED, 12, 31))) == len(festival_days(UNCOVERED))
    # Days inside the data are the data's, never assumed.
    assert ASSUMED.assumed_holidays(CAL.coverage.first, LAST) == ()


def _walk(cal_day: dt.date, n: int) -> dt.date:
    step = _ONE_DAY if n > 0 else -_ONE_DAY
    day, seen = cal_day, 0
    while seen < abs(n):
        day += step
        if ASSUMED.is_workday(day):
            seen += 1
    return day


def test_counting_past_the_data_agrees_with_a_day_by_day_walk() -> None:
    rng = random.Random(19)
    horizon = (D(LAST_COMPUTABLE_YEAR + 3, 12, 31) - LAST).days
    for _ in range(400):
        start = LAST + dt.timedelta(days=rng.randint(-60, horizon))
        n = rng.choice([-1, 1]) * rng.randint(1, 400)
        assert ASSUMED.add_workdays(start, n) == _walk(start, n), (start, n)


@settings(max_examples=200)
@given(
    st.dates(D(2026, 1, 1), D(LAST_COMPUTABLE_YEAR + 2, 12, 31)),
    st.integers(-2000, 2000),
    st.dates(D(2026, 1, 1), D(LAST_COMPUTABLE_YEAR + 2, 12, 31)),
)
def test_past_the_data_counting_keeps_the_working_day_laws(start: dt.date, n: int, other: dt.date) -> None:
    due = ASSUMED.add_workdays(start, n)
    if n >= 0 or ASSUMED.is_workday(start):
        assert ASSUMED.workdays_between(start, due) == n
    assert ASSUMED.workdays_between(start, other) == -ASSUMED.workdays_between(other, start)
    if n != 0:
        assert ASSUMED.is_workday(due)
    lo, hi = sorted((start, other))
    if (hi - lo).days <= 400:
        assert len(ASSUMED.workdays(lo, hi)) == ASSUMED.workdays_between(lo, hi)


# --------------------------------------------------------------------------- the command line


def test_cli_golden_across_new_year_2027(capsys: pytest.CaptureFixture[str]) -> None:
    _needs_data_ending_2026()
    assert main(["deadline", "2026-12-18", "--workdays", "15", "--assume-regular-weeks"]) == 0
    out = capsys.readouterr().out
    assert "2027-01-11" in out and "provisional" in out and "元旦" in out
    assert main(["deadline", "2026-12-18", "--workdays", "15", "--assume-regular-weeks", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["due"] == "2027-01-11" and data["provisional"] is True
    assert data["assumed_holidays"] == ["2027-01-01"]


def test_cli_month_grid_past_the_data_names_the_statutory_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    new_year = _lunar_new_year(UNCOVERED)
    month = f"{new_year.year:04d}-{new_year.month:02d}"
    assert main(["calendar", month, "--assume-regular-weeks", "--json"]) == 0
    days = {d["date"]: d for d in json.loads(capsys.readouterr().out)["days"]}
    entry = days[new_year.isoformat()]
    assert entry["holiday"] == {"zh": "春节", "en": "Spring Festival"}
    assert entry["workday"] is False and entry["provisional"] is True
