"""Calendar edges found by a reviewer: English ordinals in `explain()`, a bool count refused on every
path, and ``add_workdays(datetime, 0)`` giving a date back like every other count."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import Period, deadline, default_calendar
from xingzheng.calendar.periods import ordinal_en

COVERED = st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2025, 10, 31))


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (10, "10th"), (11, "11th"), (12, "12th"),
        (13, "13th"), (14, "14th"), (21, "21st"), (22, "22nd"), (23, "23rd"), (100, "100th"),
        (101, "101st"), (111, "111th"), (112, "112th"), (113, "113th"), (121, "121st"), (1002, "1002nd"),
    ],
)
def test_english_ordinals(n: int, text: str) -> None:
    assert ordinal_en(n) == text


def test_explain_says_the_3rd_working_day() -> None:
    # 2024-09-30 (Mon) + 3 working days: 1–7 October are the National Day holiday; 2024-10-10 is the 3rd.
    d = deadline(dt.date(2024, 9, 30), Period.workdays(3))
    assert d.due == dt.date(2024, 10, 10)
    assert "the 3rd working day is" in d.explanation_en
    assert "3th" not in d.explain()
    assert "the 21st working day" in deadline(dt.date(2024, 3, 1), Period.workdays(21)).explanation_en


@settings(max_examples=50)
@given(n=st.integers(min_value=1, max_value=200))
def test_explain_never_writes_a_wrong_suffix(n: int) -> None:
    text = deadline(dt.date(2024, 1, 2), Period.workdays(n)).explanation_en
    assert re.search(r"(?<!1)[123]th\b|1[123](st|nd|rd)\b", text) is None, text
    assert f"the {ordinal_en(n)} working day is" in text


@pytest.mark.parametrize("n", [True, False])
@pytest.mark.parametrize("day", [dt.date(2024, 3, 5), dt.date(2024, 3, 9)])  # a Tuesday, a Saturday
def test_a_bool_count_is_refused(n: bool, day: dt.date) -> None:
    with pytest.raises(TypeError):
        default_calendar().add_workdays(day, n)


@pytest.mark.parametrize("n", [0.0, 1.0, 2.5, -1.0, "1", None])
def test_other_non_int_counts_are_refused(n: object) -> None:
    with pytest.raises(TypeError):
        default_calendar().add_workdays(dt.date(2024, 3, 5), n)  # type: ignore[arg-type]


@settings(max_examples=100)
@given(day=COVERED, n=st.integers(min_value=-30, max_value=30), hour=st.integers(min_value=0, max_value=23))
def test_a_datetime_gives_the_same_date_as_its_day(day: dt.date, n: int, hour: int) -> None:
    calendar = default_calendar()
    moment = dt.datetime(day.year, day.month, day.day, hour, 30)
    got = calendar.add_workdays(moment, n)
    assert type(got) is dt.date
    assert got == calendar.add_workdays(day, n)


def test_zero_returns_a_date() -> None:
    calendar = default_calendar()
    for moment in (dt.datetime(2024, 3, 9, 15, 0), dt.datetime(2024, 3, 5)):  # a Saturday, a Tuesday
        got = calendar.add_workdays(moment, 0)
        assert type(got) is dt.date and got == moment.date()
    day = dt.date(2024, 3, 9)
    assert default_calendar().add_workdays(day, 0) is day
