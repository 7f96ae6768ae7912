"""Calendar supplements: format, conflicts, override, local rest days, and the made-up example year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from _io_support import triples
from xingzheng import (
    CalendarCoverageError,
    LoadError,
    Period,
    Supplement,
    SupplementConflictError,
    deadline,
    default_calendar,
)

CAL = default_calendar()
NEXT = CAL.coverage.last.year + 1
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "supplement-2027-made-up.toml"


def next_year(month: int, day: int) -> dt.date:
    return dt.date(NEXT, month, day)


def first_weekday(year: int, month: int, weekday: int) -> dt.date:
    day = dt.date(year, month, 1)
    while day.weekday() != weekday:
        day += dt.timedelta(days=1)
    return day


def test_a_supplement_extends_coverage_and_names_its_days() -> None:
    monday = first_weekday(NEXT, 3, 0)
    saturday = first_weekday(NEXT, 3, 5)
    cal = CAL.with_supplement(
        {
            "year": NEXT,
            "source": "测试通知",
            "holidays": [{"name": "清明节", "dates": [monday], "adjusted_workdays": [saturday]}],
        }
    )
    assert cal.coverage.last == dt.date(NEXT, 12, 31)
    assert not cal.is_workday(monday) and cal.holiday_name(monday) == ("清明节", "Qingming Festival")
    assert cal.is_workday(saturday) and cal.is_adjusted_workday(saturday)
    assert cal.entry_source(monday) == "测试通知"
    assert cal.entry_source(monday + dt.timedelta(days=1)) is None
    assert "测试通知" in cal.source
    # The last covered year's December is no longer provisional once the next year is loaded.
    assert not deadline(dt.date(NEXT - 1, 12, 1), Period.workdays(5), cal).provisional


def test_a_conflict_with_an_explicit_entry_is_an_error_unless_overridden() -> None:
    # 2020-10-01 is an explicit holiday of the data; 2020-10-10 an explicit adjusted working day.
    sup = {
        "year": 2020,
        "source": "更正通知",
        "holidays": [{"name": "国庆节", "dates": [dt.date(2020, 10, 10)]}],
    }
    with pytest.raises(SupplementConflictError) as info:
        CAL.with_supplement(sup)
    assert "2020-10-10" in str(info.value) and "override" in str(info.value)
    assert info.value.conflicts[0][0] == dt.date(2020, 10, 10)
    overridden = CAL.with_supplement(sup, override=True)
    assert not overridden.is_workday(dt.date(2020, 10, 10))
    assert overridden.overrides[0].date == dt.date(2020, 10, 10)
    assert overridden.overrides[0].source == "更正通知"
    assert overridden.entry_source(dt.date(2020, 10, 10)) == "更正通知"
    assert CAL.is_workday(dt.date(2020, 10, 10))  # the original is unchanged


def test_a_supplement_may_set_days_the_data_leaves_to_the_weekday_rule() -> None:
    # 2020-03-03 is an ordinary Tuesday: not an explicit entry, so no conflict.
    cal = CAL.with_supplement(
        {"year": 2020, "source": "假想", "holidays": [{"name": "春节", "dates": [dt.date(2020, 3, 3)]}]}
    )
    assert not cal.is_workday(dt.date(2020, 3, 3))
    # Agreeing with an explicit entry is not a conflict.
    CAL.with_supplement({"year": 2020, "source": "同", "holidays": [{"name": "国庆节", "dates": [dt.date(2020, 10, 2)]}]})


def test_local_rest_days_are_a_separate_layer_with_a_basis() -> None:
    tuesday = dt.date(2020, 3, 3)
    cal = CAL.with_supplement(
        {
            "year": 2020,
            "source": "地方",
            "local_rest_days": [{"date": tuesday, "name": "地方假日", "basis": "某区政府决定"}],
        }
    )
    assert not cal.is_workday(tuesday)
    assert cal.holiday_name(tuesday) is None
    rest = cal.local_rest_day(tuesday)
    assert rest is not None and rest.basis == "某区政府决定"
    assert cal.workdays_between(dt.date(2020, 3, 2), dt.date(2020, 3, 4)) == 1
    assert CAL.workdays_between(dt.date(2020, 3, 2), dt.date(2020, 3, 4)) == 2


def test_a_malformed_supplement_lists_every_problem_with_its_path() -> None:
    with pytest.raises(LoadError) as info:
        CAL.with_supplement(
            {
                "year": NEXT,
                "holidays": [
                    {"name": "不存在节", "dates": ["2027-01-01"], "colour": "red"},
                    {"name": "春节", "dates": [next_year(2, 1)], "adjusted_workdays": [first_weekday(NEXT, 2, 2)]},
                    {"name": "元旦", "dates": [next_year(2, 1), dt.date(NEXT - 3, 1, 1)]},
                ],
            }
        )
    paths = [p for p, _, _ in triples(info.value)]
    assert "$.source" in paths
    assert "$.holidays[0].name" in paths
    assert "$.holidays[0].colour" in paths
    assert "$.holidays[0].dates[0]" in paths
    assert "$.holidays[1].adjusted_workdays[0]" in paths
    assert "$.holidays[2].dates[0]" in paths  # repeated
    assert "$.holidays[2].dates[1]" in paths  # wrong year
    assert all(zh and en for _, zh, en in triples(info.value))


def test_a_supplement_must_adjoin_coverage() -> None:
    with pytest.raises(SupplementConflictError):
        CAL.with_supplement({"year": NEXT + 1, "source": "x"})


def test_a_broken_toml_file_is_a_load_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("year = = 2027\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        CAL.with_supplement(bad)
    assert info.value.source == str(bad)
    with pytest.raises(LoadError):
        CAL.with_supplement(tmp_path / "missing.toml")


def test_the_made_up_example_year() -> None:
    if NEXT != 2027:
        pytest.skip(f"the example is for 2027, the year after chinese-calendar 1.11.0's data; the data now ends {NEXT - 1}")
    assert "MADE UP" in EXAMPLE.read_text(encoding="utf-8")
    cal = CAL.with_supplement(EXAMPLE)
    with pytest.raises(CalendarCoverageError):
        deadline(dt.date(2026, 12, 20), Period.workdays(15))
    result = deadline(dt.date(2026, 12, 20), Period.workdays(15), cal)
    # 2026-12-20 is a Sunday: 12-21..25 and 12-28..31 give 9 working days; 2027-01-01..03 are (made-up)
    # holidays; 01-04..08 give 5 more (14); the 15th is Monday 2027-01-11.
    assert result.due == dt.date(2027, 1, 11)
    assert not result.provisional
    assert cal.workdays_between(dt.date(2026, 12, 20), result.due) == 15
    assert Supplement.load(EXAMPLE).year == 2027


def test_a_supplement_before_the_data_begins_is_refused_saying_why() -> None:
    before = CAL.coverage.first.year - 1
    with pytest.raises(SupplementConflictError) as info:
        CAL.with_supplement({"year": before, "source": "x"})
    assert str(CAL.coverage.first) in str(info.value) and "add the years in between" not in str(info.value)


def test_a_supplement_conflict_lists_every_day_and_override_records_the_source() -> None:
    # 2024-02-04 (Sunday) and 2024-02-18 (Sunday) are explicit adjusted working days of 春节 2024; 2024-02-12
    # (Monday) an explicit holiday. Setting the Sundays as holidays and the Monday as a working day conflicts
    # three times; an ordinary Tuesday 2024-03-12 does not.
    sup = {
        "year": 2024,
        "source": "更正通知",
        "holidays": [
            {"name": "春节", "dates": [dt.date(2024, 2, 4), dt.date(2024, 2, 18), dt.date(2024, 3, 12)],
             "adjusted_workdays": [dt.date(2024, 2, 10)]},
        ],
    }
    with pytest.raises(SupplementConflictError) as info:
        CAL.with_supplement(sup)
    assert [c[0] for c in info.value.conflicts] == [dt.date(2024, 2, 4), dt.date(2024, 2, 18), dt.date(2024, 2, 10)]
    cal = CAL.with_supplement(sup, override=True)
    assert {o.date for o in cal.overrides} == {dt.date(2024, 2, 4), dt.date(2024, 2, 18), dt.date(2024, 2, 10)}
    assert all(o.source == "更正通知" for o in cal.overrides)
    assert cal.is_workday(dt.date(2024, 2, 10)) and not cal.is_workday(dt.date(2024, 3, 12))
    # The original calendar is untouched.
    assert CAL.is_workday(dt.date(2024, 2, 4)) and not CAL.overrides


def test_a_local_rest_day_is_never_a_conflict_and_keeps_the_days_own_status_visible() -> None:
    # Sunday 2024-02-04 is an explicit adjusted working day of 春节 2024. A local
    # rest day on it is a layer on top: no conflict, the day becomes a rest day of this calendar only.
    sunday = dt.date(2024, 2, 4)
    cal = CAL.with_supplement(
        {"year": 2024, "source": "地方", "local_rest_days": [{"date": sunday, "name": "地方假日", "basis": "区政府决定"}]}
    )
    assert not cal.is_workday(sunday) and not cal.is_adjusted_workday(sunday)
    assert cal.entry_source(sunday) == "区政府决定" and cal.local_rest_day(sunday) is not None
    assert not cal.overrides
    # (2 Feb, 9 Feb]: 6 working days in the data, 5 with the local rest day.
    assert CAL.workdays_between(dt.date(2024, 2, 2), dt.date(2024, 2, 9)) == 6
    assert cal.workdays_between(dt.date(2024, 2, 2), dt.date(2024, 2, 9)) == 5
