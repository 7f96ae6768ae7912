"""E12 "hearing not held" needs the request to have come in time; past the calendar's coverage that
cannot be told, so no error rests on it: a ``CAL.coverage`` warning names E12 instead (DECISIONS.md:
a date the calendar cannot judge gives a warning, and the rules that need it are not judged)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from _findings_support import rules_in_force
from xingzheng import check, default_calendar
from xingzheng.checks import Severity
from xingzheng.model.enforcement import (
    CaseSource,
    Closing,
    EnforcementCase,
    HearingRequest,
    Investigation,
    Offence,
    Officer,
    Party,
    PartyKind,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    Service,
    with_evidence_log,
)

D = dt.date
LAST_COVERED = D(2026, 12, 31)  # the built-in data's last day (chinese-calendar)


def _case(notified: dt.date, requested: dt.date, decided: dt.date) -> EnforcementCase:
    """A case whose investigation ends just before the notice; a fine with the right to a hearing."""
    case = EnforcementCase(
        case_number=f"大港执〔{notified.year}〕31号",
        agency="大港街道综合执法大队",
        source=CaseSource.INSPECTION,
        party=Party(PartyKind.ORGANISATION, organisation_name="天津市滨海新区某某商贸有限公司"),
        offence=Offence(committed_on=notified - dt.timedelta(days=11), description="占道经营"),
        discovered_on=notified - dt.timedelta(days=8),
        filed_on=notified - dt.timedelta(days=7),
        officers=(Officer("王东", "12011600001"), Officer("赵西", "12011600002")),
        investigation=Investigation(started_on=notified - dt.timedelta(days=6), ended_on=notified - dt.timedelta(days=1)),
        notice=PenaltyNotice(served_on=notified, intended_fine_yuan=20_000, hearing_right_stated=True),
        hearing_request=HearingRequest(requested_on=requested),
        decision=PenaltyDecision(decided_on=decided, penalties=(PenaltyKind.FINE,), fine_yuan=20_000, large_amount=True),
        service=Service(served_on=decided, on_the_spot=True, party_present=True),
        closing=Closing(closed_on=decided),
    )
    return with_evidence_log(case, "ZF")


def _found(case: EnforcementCase, **kw: Any) -> dict[str, Severity]:
    kw.setdefault("profile", "national")
    return {f.code: f.severity for f in check(case, **kw).findings}


WARNING_2027 = "工作日历不包含 2027 年，规则 E12 无法判断；请加载 2027 年的放假安排（补充数据或通知）"


def test_the_built_in_data_ends_where_this_test_assumes() -> None:
    assert default_calendar().coverage.last == LAST_COVERED


def test_a_request_whose_period_runs_past_coverage_gives_no_error_but_a_warning() -> None:
    # Notified on Tuesday 29 December 2026: the 5 working days run into 2027, which the data does not cover.
    # Asked on 15 February 2027, plainly late on any reading; before, E12 took it as in time: an error.
    found = _found(_case(D(2026, 12, 29), D(2027, 2, 15), D(2027, 3, 1)))
    assert "E12.hearing-not-held" not in found
    assert found["CAL.coverage"] is Severity.WARNING
    report = check(_case(D(2026, 12, 29), D(2027, 2, 15), D(2027, 3, 1)), profile="national")
    assert WARNING_2027 in [f.message for f in report.findings if f.code == "CAL.coverage"]


def test_with_a_calendar_that_counts_the_year_the_late_request_is_the_partys_fact() -> None:
    provisional = default_calendar().with_options(assume_regular_weeks=True)
    found = _found(_case(D(2026, 12, 29), D(2027, 2, 15), D(2027, 3, 1)), calendar=provisional)
    assert "E12.hearing-not-held" not in found
    assert found["E5.hearing-request-late"] is Severity.INFO


def test_inside_coverage_a_request_in_time_and_no_hearing_is_still_an_error() -> None:
    # Notified on Tuesday 1 December 2026, asked on Thursday 3 December (day 2 of 5).
    found = _found(_case(D(2026, 12, 1), D(2026, 12, 3), D(2026, 12, 18)))
    assert found["E12.hearing-not-held"] is Severity.ERROR
    report = check(_case(D(2026, 12, 1), D(2026, 12, 3), D(2026, 12, 18)), profile="national")
    assert not any("E12" in f.message for f in report.findings if f.code == "CAL.coverage")


def test_a_request_within_the_days_the_period_takes_on_any_calendar_is_in_time() -> None:
    # Five working days take at least five days: asked on Saturday 2 January 2027, or on Sunday 3 January
    # (the fifth day), the request is in time whatever 2027's holidays are, and the hearing was owed.
    for asked in (D(2027, 1, 2), D(2027, 1, 3)):
        found = _found(_case(D(2026, 12, 29), asked, D(2027, 3, 1)))
        assert found["E12.hearing-not-held"] is Severity.ERROR
    # The first day that some calendar could put past the period is judged by none: a warning, no error.
    found = _found(_case(D(2026, 12, 29), D(2027, 1, 4), D(2027, 3, 1)))
    assert "E12.hearing-not-held" not in found and found["CAL.coverage"] is Severity.WARNING


def test_a_period_in_days_before_the_data_is_in_time_through_its_last_day() -> None:
    # 1999: the 1996 text's 3 days (日, not working days), a year the data does not cover. Asked on the
    # third day after the notice the request is in time on any calendar (Art. 203 only moves a last day
    # later); a day after that is not judged.
    assert _found(_case(D(1999, 3, 10), D(1999, 3, 13), D(1999, 4, 20)))["E12.hearing-not-held"] is Severity.ERROR
    found = _found(_case(D(1999, 3, 10), D(1999, 3, 14), D(1999, 4, 20)))
    assert "E12.hearing-not-held" not in found and found["CAL.coverage"] is Severity.WARNING


def test_a_profile_with_no_request_period_in_force_sets_no_limit() -> None:
    # E12 in force from 1 January 1996 in a user's profile; the request period only from 1 October 1996.
    # With no period there is no lateness: a request months after the notice was owed its hearing.
    profile = rules_in_force("e12-before-its-period", D(1996, 1, 1), "E12")
    found = _found(_case(D(1996, 5, 6), D(1996, 7, 30), D(1996, 8, 20)), profile=profile)
    assert found["E12.hearing-not-held"] is Severity.ERROR
