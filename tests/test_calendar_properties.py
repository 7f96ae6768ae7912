"""Laws of the working-day calendar, stated as Hypothesis properties (DECISIONS.md)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xingzheng import CalendarCoverageError, Period, Supplement, deadline, default_calendar

CAL = default_calendar()
FIRST, LAST = CAL.coverage
# Keep a margin so that counts of a few hundred working days stay inside coverage.
covered_days = st.dates(min_value=FIRST + dt.timedelta(days=400), max_value=LAST - dt.timedelta(days=400))
any_covered = st.dates(min_value=FIRST, max_value=LAST)
counts = st.integers(min_value=-250, max_value=250)


@settings(max_examples=500)
@given(covered_days, st.integers(min_value=0, max_value=250))
def test_add_then_count_gives_back_n(d: dt.date, n: int) -> None:
    assert CAL.workdays_between(d, CAL.add_workdays(d, n)) == n


@settings(max_examples=500)
@given(covered_days, st.integers(min_value=-250, max_value=-1))
def test_add_then_count_backwards_from_a_working_day(d: dt.date, n: int) -> None:
    assume(CAL.is_workday(d))
    assert CAL.workdays_between(d, CAL.add_workdays(d, n)) == n


@settings(max_examples=500)
@given(any_covered, any_covered)
def test_workdays_between_is_antisymmetric(a: dt.date, b: dt.date) -> None:
    assert CAL.workdays_between(a, b) == -CAL.workdays_between(b, a)


@settings(max_examples=500)
@given(any_covered, any_covered, any_covered)
def test_workdays_between_is_additive(a: dt.date, b: dt.date, c: dt.date) -> None:
    assert CAL.workdays_between(a, b) + CAL.workdays_between(b, c) == CAL.workdays_between(a, c)


@settings(max_examples=300)
@given(any_covered, any_covered)
def test_workdays_lists_exactly_what_between_counts(a: dt.date, b: dt.date) -> None:
    days = CAL.workdays(a, b)
    assert len(days) == max(0, CAL.workdays_between(a, b))
    assert all(a < day <= b and CAL.is_workday(day) for day in days)
    assert list(days) == sorted(days)


@settings(max_examples=500)
@given(covered_days, counts)
def test_results_are_working_days_and_monotonic(d: dt.date, n: int) -> None:
    result = CAL.add_workdays(d, n)
    if n != 0:
        assert CAL.is_workday(result)
        assert (result > d) if n > 0 else (result < d)
    assert CAL.add_workdays(d, n + 1) > result


@settings(max_examples=300)
@given(
    any_covered,
    st.sampled_from([Period.workdays, Period.days, Period.months, Period.years]),
    st.integers(min_value=1, max_value=400),
)
def test_a_deadline_is_never_before_its_start(start: dt.date, make: object, n: int) -> None:
    period = make(n)  # type: ignore[operator]
    try:
        result = deadline(start, period)
    except CalendarCoverageError:
        assume(False)
        return
    assert result.due > start
    assert CAL.is_workday(result.due)
    if result.rolled_from is not None:
        assert result.rolled_from < result.due and not CAL.is_workday(result.rolled_from)
        # Art. 203: every day from the original last day up to the new one is a rest day.
        assert CAL.workdays_between(result.rolled_from, result.due) == 1
    if period.unit.value == "working_days":
        assert result.due == CAL.add_workdays(start, n)


@settings(max_examples=300)
@given(any_covered, st.integers(min_value=1, max_value=60))
def test_latest_notice_day_leaves_exactly_the_period_between(x: dt.date, n: int) -> None:
    from xingzheng import latest_notice_day

    try:
        day = latest_notice_day(x, Period.workdays(n))
        between = CAL.workdays_between(day, x - dt.timedelta(days=1))
        one_later = CAL.workdays_between(day + dt.timedelta(days=1), x - dt.timedelta(days=1))
    except CalendarCoverageError:
        assume(False)
        return
    assert between >= n and one_later < n


# ---------------------------------------------------------------- supplements

NEXT = LAST.year + 1
next_year_days = st.dates(min_value=dt.date(NEXT - 1, 12, 1), max_value=dt.date(NEXT, 12, 31))


@st.composite
def supplements(draw: st.DrawFn) -> Supplement:
    days = draw(st.lists(next_year_days, min_size=1, max_size=30, unique=True))
    # December days of the covered year may only be set where the data leaves them to the weekday rule.
    days = [d for d in days if d.year == NEXT or not CAL.is_explicit(d)]
    assume(days)
    names = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]
    blocks = []
    split = draw(st.integers(min_value=1, max_value=len(days)))
    for i, chunk in enumerate((days[:split], days[split:])):
        if not chunk:
            continue
        rest = sorted(d for d in chunk if d.weekday() < 5 or draw(st.booleans()))
        worked = sorted(d for d in chunk if d not in rest and d.weekday() >= 5)
        if not rest:
            continue
        blocks.append({"name": names[i * 3 % len(names)], "dates": rest, "adjusted_workdays": worked})
    assume(blocks)
    return Supplement.from_mapping({"year": NEXT, "source": "测试 / test", "holidays": blocks})


@settings(max_examples=100)
@given(supplements())
def test_a_supplement_round_trips_through_mapping_and_toml(sup: Supplement) -> None:
    import tomllib

    assert Supplement.from_mapping(sup.to_mapping()) == sup
    assert Supplement.from_mapping(tomllib.loads(sup.dumps())) == sup


@settings(max_examples=100)
@given(supplements())
def test_with_supplement_leaves_the_original_unchanged(sup: Supplement) -> None:
    probe = [LAST - dt.timedelta(days=i) for i in range(0, 400, 7)]
    before = [(CAL.is_workday(d), CAL.holiday_name(d)) for d in probe]
    extended = CAL.with_supplement(sup)
    assert extended is not CAL
    assert [(CAL.is_workday(d), CAL.holiday_name(d)) for d in probe] == before
    assert CAL.coverage.last == LAST
    with pytest.raises(CalendarCoverageError):
        CAL.is_workday(dt.date(NEXT, 6, 1))
    assert extended.coverage.last == dt.date(NEXT, 12, 31)
    for block in sup.holidays:
        for day in block.dates:
            assert not extended.is_workday(day)
            assert extended.holiday_name(day) == block.name
        for day in block.adjusted_workdays:
            assert extended.is_workday(day) and extended.is_adjusted_workday(day)
    # The extended calendar obeys the same laws across the old boundary.
    start = LAST - dt.timedelta(days=40)
    for n in (1, 10, 30, 60):
        assert extended.workdays_between(start, extended.add_workdays(start, n)) == n


def test_a_calendar_pickles_to_an_equal_calendar() -> None:
    import pickle

    base = default_calendar()
    for cal in (base, base.with_options(assume_regular_weeks=True)):
        back = pickle.loads(pickle.dumps(cal))
        assert back.coverage == cal.coverage and back.source == cal.source
        assert back.assume_regular_weeks == cal.assume_regular_weeks
        start = dt.date(2020, 9, 28)
        assert back.add_workdays(start, 7) == cal.add_workdays(start, 7) == dt.date(2020, 10, 14)
        assert [back.is_workday(start + dt.timedelta(days=i)) for i in range(400)] == [
            cal.is_workday(start + dt.timedelta(days=i)) for i in range(400)
        ]
