"""Issue 22: a reform that `reform()` accepts can never make `check()` raise on a valid record.

`Profile.reform` validates each value against its parameter's unit and kind when it is called; the
property test draws reforms from a wide space (refused ones included), and for every reform accepted,
records from `xingzheng.strategies` are checked (with and without ``as_of``) and must give a report.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from xingzheng import strategies as records
from xingzheng.checks import Report, check, upcoming
from xingzheng.errors import InvariantError, XingzhengError
from xingzheng.rules import Unit, builtin_profile_names, load_profile
from xingzheng.rules._profile import TIME_UNITS, allowed_units

PROFILES = {name: load_profile(name) for name in builtin_profile_names()}
DAGANG = PROFILES["tianjin-binhai-dagang"]
COMMENT = "normative_document.comment_period.min"


@pytest.mark.parametrize("value", [0, -1, 2.5, 7.5, True, "7", float("nan"), float("inf"), Decimal("2.5"), None])
def test_a_working_day_floor_refuses_what_is_not_a_positive_whole_number(value: Any) -> None:
    with pytest.raises(InvariantError) as info:
        DAGANG.reform("r", {COMMENT: value})
    message = str(info.value)
    assert COMMENT in message and repr(value) in message
    assert "正整数" in message and "positive whole number" in message
    assert info.value.field == COMMENT


@pytest.mark.parametrize("unit", ["hours", "count", "yuan", "percent", Unit.HOURS])
def test_a_period_refuses_a_unit_that_is_not_of_time(unit: Any) -> None:
    with pytest.raises(InvariantError) as info:
        DAGANG.reform("r", {COMMENT: (10, unit)})
    message = str(info.value)
    assert COMMENT in message and "working_days" in message and "只可为" in message and "allowed" in message


def test_an_unknown_unit_or_a_malformed_change_is_refused() -> None:
    with pytest.raises(InvariantError, match="fortnights"):
        DAGANG.reform("r", {COMMENT: (2, "fortnights")})
    with pytest.raises(InvariantError, match="number, unit"):
        DAGANG.reform("r", {COMMENT: (2, "days", "extra")})  # type: ignore[dict-item]


def test_what_each_kind_accepts() -> None:
    on = dt.date(2021, 1, 1)
    # Periods: whole numbers from 1, in any unit of time; an integral float or Decimal is read as an int.
    assert DAGANG.reform("r", {COMMENT: 1}).get(COMMENT, on).value == 1
    assert DAGANG.reform("r", {COMMENT: 7.0}).get(COMMENT, on).value == 7
    assert DAGANG.reform("r", {COMMENT: Decimal("10")}).get(COMMENT, on).value == 10
    months = DAGANG.reform("r", {COMMENT: (1, "months")}).get(COMMENT, on)
    assert (months.value, months.unit) == (1, Unit.MONTHS)
    # Counts: whole numbers from 0.
    assert DAGANG.reform("r", {"enforcement.officers.min": 0}).get("enforcement.officers.min", on).value == 0
    with pytest.raises(InvariantError, match="count"):
        DAGANG.reform("r", {"enforcement.officers.min": 2.5})
    with pytest.raises(InvariantError, match="allowed: count"):
        DAGANG.reform("r", {"enforcement.officers.min": (3, "days")})
    # Yuan, percent, hours: non-negative numbers.
    fine = "enforcement.summary_fine_citizen.max"
    assert DAGANG.reform("r", {fine: 2.5}).get(fine, on).value == 2.5
    assert DAGANG.reform("r", {"enforcement.training_hours.min": 0}).get("enforcement.training_hours.min", on).value == 0
    with pytest.raises(InvariantError, match="not negative"):
        DAGANG.reform("r", {fine: -1})
    with pytest.raises(InvariantError, match="not negative"):
        DAGANG.reform("r", {fine: float("inf")})
    assert allowed_units(DAGANG.parameter(fine)) == {Unit.YUAN}
    assert allowed_units(DAGANG.parameter(COMMENT)) == TIME_UNITS


def _accepted(profile: Any, key: str, value: Any) -> bool:
    """The rule of `reform`, restated independently: what each kind of parameter may take."""
    parameter = profile.parameter(key)
    number, unit = value if isinstance(value, tuple) else (value, None)
    units = {unit} if unit is not None else {v.unit for v in parameter.values}
    if unit is not None and unit not in allowed_units(parameter):
        return False
    if isinstance(number, bool) or not isinstance(number, int | float):
        return False
    if number != number or number in (float("inf"), float("-inf")):
        return False
    whole = float(number).is_integer()
    if units & TIME_UNITS:
        return whole and number >= 1
    if Unit.COUNT in units:
        return whole and number >= 0
    return number >= 0


# Anything, accepted or not (a draw of several keys is refused if any value is).
_wild = st.one_of(
    st.integers(min_value=-2, max_value=5000),
    st.floats(min_value=-1, max_value=1e4) | st.sampled_from([float("nan"), float("inf")]),
    st.tuples(st.integers(min_value=0, max_value=400), st.sampled_from(list(Unit))),
)


def _fitting(units: set[Unit]) -> st.SearchStrategy[Any]:
    """Values of the key's own kind, large ones included, so that most examples reach `check`."""
    if units & TIME_UNITS:
        return st.integers(min_value=1, max_value=5000) | st.tuples(
            st.integers(min_value=1, max_value=400), st.sampled_from(sorted(TIME_UNITS, key=str))
        )
    if Unit.COUNT in units:
        return st.integers(min_value=0, max_value=50)
    return st.integers(min_value=0, max_value=10**6) | st.floats(min_value=0, max_value=1e7)


@st.composite
def _reforms(draw: st.DrawFn) -> tuple[str, dict[str, Any], dt.date | None]:
    profile = PROFILES[draw(st.sampled_from(sorted(PROFILES)))]
    keys = draw(st.lists(st.sampled_from(profile.keys()), min_size=1, max_size=4, unique=True))
    since = draw(st.none() | st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2025, 12, 31)))
    changes: dict[str, Any] = {}
    for key in keys:
        units = {v.unit for v in profile.parameter(key).values}
        changes[key] = draw(_wild if draw(st.integers(0, 9)) == 0 else _fitting(units))
    return profile.name, changes, since


_records = st.one_of(
    records.normative_documents(),
    records.major_decisions(),
    records.enforcement_cases(),
    records.legality_reviews(),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_reforms(), _records, st.none() | st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2027, 12, 31)))
def test_any_accepted_reform_checks_any_record(
    case: tuple[str, dict[str, Any], dt.date | None], record: object, as_of: dt.date | None
) -> None:
    name, changes, since = case
    profile = PROFILES[name]
    try:
        reform = profile.reform("reform", changes, since=since)
    except InvariantError:
        # Refused: then some value breaks the rule stated in `_accepted`.
        assert not all(_accepted(profile, key, value) for key, value in changes.items()), changes
        event("refused")
        return
    event("accepted")
    assert all(_accepted(profile, key, value) for key, value in changes.items()), changes
    report = check(record, profile=reform, as_of=as_of)
    assert isinstance(report, Report)
    if as_of is not None:
        try:
            upcoming(record, as_of=as_of, profile=reform)
        except XingzhengError as exc:  # upcoming may refuse a question (coverage), never crash
            assert not isinstance(exc, InvariantError), exc


def test_the_issue_sweep_runs_to_the_end() -> None:
    """Issue 22's notebook sweep over range(0, 15): refused values are refused at reform(), the rest check."""
    record = next(iter(_examples()))
    done = []
    for days in range(0, 15):
        try:
            reform = DAGANG.reform(f"c{days}", {COMMENT: days})
        except InvariantError:
            assert days == 0
            continue
        assert isinstance(check(record, profile=reform), Report)
        done.append(days)
    assert done == list(range(1, 15))


def _examples() -> list[object]:
    from pathlib import Path

    from xingzheng.io import load

    folder = Path(__file__).resolve().parents[1] / "examples" / "dagang-2020"
    return [load(path) for path in sorted(folder.glob("*.json"))]
