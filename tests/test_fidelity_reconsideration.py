"""Fidelity of the reconsideration checks (R1, R6): no error for a lawful case, the right deadlines.

Golden cases on the official calendar (2024: 国庆 1–7 October, Saturday 12 October a working day).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, upcoming
from xingzheng.errors import InvariantError
from xingzheng.io import dumps, loads
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.model.reconsideration import (
    ChallengedAct,
    ChallengedKind,
    ReconsiderationCase,
    ReconsiderationOutcome,
    ReconsiderationProcedure,
    ReconsiderationSuspension,
)
from xingzheng.strategies import compliant_reconsideration_cases


def _case(**changes: object) -> ReconsiderationCase:
    base: dict[str, object] = {
        "case_id": "滨复〔2024〕30号",
        "body": "天津市滨海新区人民政府",
        "applicant": Party(PartyKind.ORGANISATION, organisation_name="天津某餐饮有限公司"),
        "respondent": "大港街道办事处",
        "challenged": ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, "津港街罚〔2024〕21号", dt.date(2024, 7, 1)),
        "applied_on": dt.date(2024, 8, 1),
        "knew_on": dt.date(2024, 7, 2),
        "told_of_rights": True,
        "accepted_on": dt.date(2024, 8, 2),  # 60 days end on Tuesday 2024-10-01, 国庆: rolled to Tuesday 10-08
    }
    base.update(changes)
    return ReconsiderationCase(**base)  # type: ignore[arg-type]


def _errors(case: ReconsiderationCase, as_of: dt.date | None = None) -> list[str]:
    return [f.code for f in check(case, as_of=as_of).findings if f.severity.value == "error"]


def test_the_sixty_days_roll_past_national_day_2024() -> None:
    assert _errors(_case().decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 8))) == []
    assert _errors(_case().decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 9))) == ["R6.decision-late"]


# --- R6: a suspension (中止, 行政复议法 Art. 39) stops the decision period --------------------------------


SUSPENDED = ReconsiderationSuspension(dt.date(2024, 9, 2), dt.date(2024, 9, 23), "申请人和被申请人同意中止以进行调解")


def test_a_suspended_case_decided_after_sixty_days_is_lawful() -> None:
    # Suspended on 2024-09-02 for mediation (Art. 39 ¶1(六)) and resumed on 09-23: 22 days (09-02 to 09-23)
    # are left out. 60 days from 08-02 end on 10-01; 22 more on Wednesday 2024-10-23.
    case = _case(suspensions=[SUSPENDED])
    assert _errors(case.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 23))) == []
    assert _errors(case.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 24))) == ["R6.decision-late"]
    (item,) = [u for u in upcoming(case, as_of=dt.date(2024, 10, 1)) if u.rule == "R6"]
    assert item.deadline.due == dt.date(2024, 10, 23)


def test_an_open_suspension_stops_the_clock() -> None:
    case = _case(suspensions=[ReconsiderationSuspension(dt.date(2024, 9, 2))])
    assert _errors(case, as_of=dt.date(2024, 12, 31)) == []
    assert [u for u in upcoming(case, as_of=dt.date(2024, 12, 31)) if u.rule == "R6"] == []
    # Decided while still recorded as suspended: the whole suspension, to the decision, is left out.
    assert _errors(case.decide(ReconsiderationOutcome.TERMINATED, dt.date(2024, 12, 31))) == []


def test_without_the_suspension_the_same_decision_is_late() -> None:
    assert _errors(_case().decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 23))) == ["R6.decision-late"]
    assert _errors(_case(), as_of=dt.date(2024, 10, 9)) == ["R6.decision-overdue"]


def test_a_suspension_round_trips_and_is_checked_for_order() -> None:
    case = _case(suspensions=[SUSPENDED])
    assert loads(dumps(case)) == case
    with pytest.raises(InvariantError):
        ReconsiderationSuspension(dt.date(2024, 9, 2), dt.date(2024, 9, 1))
    with pytest.raises(InvariantError):
        _case(suspensions=[ReconsiderationSuspension(dt.date(2024, 7, 31))])


# --- R1: an obstacle's first day is lost too (Art. 20 ¶2: 自障碍消除之日起继续计算) ----------------------


def test_the_obstacles_first_day_is_not_counted() -> None:
    # Knew on 2024-07-02; 60 days end on 08-31 (Saturday), rolled to Monday 09-02. An obstacle from 07-10 to
    # 07-19 (10 days, its first included) moves the end to 09-10 (a Tuesday). Counting day 07-10 as a day of
    # the period would end it on 09-09.
    obstacle = {"obstacle_from": dt.date(2024, 7, 10), "obstacle_until": dt.date(2024, 7, 19)}
    on_time = check(_case(applied_on=dt.date(2024, 9, 10), accepted_on=dt.date(2024, 9, 11), **obstacle))
    assert on_time.codes() == ()
    late = check(_case(applied_on=dt.date(2024, 9, 11), accepted_on=dt.date(2024, 9, 12), **obstacle))
    assert late.codes() == ("R1.application-late",)
    assert late.findings[0].severity.value == "info"
    assert [d.date for d in late.findings[0].dates if d.label == "due"] == [dt.date(2024, 9, 10)]


# --- properties ------------------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(compliant_reconsideration_cases(), st.integers(0, 40), st.integers(0, 40))
def test_a_suspension_never_makes_a_compliant_case_late(case: ReconsiderationCase, begin: int, length: int) -> None:
    """Leaving days out can only move the decision's due day later: a compliant case stays error-free."""
    first = case.applied_on + dt.timedelta(days=begin)
    suspended = ReconsiderationCase(
        **{**_fields(case), "suspensions": (ReconsiderationSuspension(first, first + dt.timedelta(days=length)),)}
    )
    assert _errors(suspended) == []
    assert _errors(suspended, as_of=case.accepted_on) == []


@settings(max_examples=60, deadline=None)
@given(compliant_reconsideration_cases(), st.integers(1, 30))
def test_a_suspended_decision_is_late_exactly_one_day_past_its_due_day(case: ReconsiderationCase, length: int) -> None:
    """The suspension's days are added day for day to the 60 (30) days: its due day is lawful, the next day late."""
    if case.accepted_on is None:
        return
    first = case.accepted_on + dt.timedelta(days=1)
    suspended = ReconsiderationCase(
        **{**_fields(case), "decision": None,
           "suspensions": (ReconsiderationSuspension(first, first + dt.timedelta(days=length - 1)),)}
    )
    (item,) = [u for u in upcoming(suspended, as_of=case.accepted_on) if u.rule == "R6"]
    due = item.deadline.due
    assert "R6.decision-late" not in _errors(suspended.decide(ReconsiderationOutcome.UPHELD, due))
    assert _errors(suspended.decide(ReconsiderationOutcome.UPHELD, due + dt.timedelta(days=1))) == ["R6.decision-late"]
    plain = ReconsiderationCase(**{**_fields(case), "decision": None})
    (base,) = [u for u in upcoming(plain, as_of=case.accepted_on) if u.rule == "R6"]
    # Never earlier than without the suspension (a Civil Code roll past a holiday may absorb its days).
    assert due >= base.deadline.due


def _fields(case: ReconsiderationCase) -> dict[str, object]:
    import attrs

    return {f.name: getattr(case, f.name) for f in attrs.fields(ReconsiderationCase)}


def test_simple_procedure_suspension_counts_from_thirty_days() -> None:
    # Simple procedure: 30 days from 08-02 end on 09-01 (Sunday), rolled to Monday 09-02. Suspended from
    # 08-20 to 08-29 (10 days): 09-11.
    case = _case(procedure=ReconsiderationProcedure.SIMPLE,
                 suspensions=[ReconsiderationSuspension(dt.date(2024, 8, 20), dt.date(2024, 8, 29))])
    assert _errors(case.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 9, 11))) == []
    assert _errors(case.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 9, 12))) == ["R6.decision-late"]


def test_a_decision_on_the_merits_with_its_resumption_not_recorded_is_a_warning() -> None:
    # Suspended 2024-09-02, the resumption not recorded, upheld 2024-10-23: left out up to the decision, the
    # decision is in time; were the suspension only its first day (09-02), the 61 days from 08-02 would end
    # on 10-02, in 国庆, rolled to 10-08: a warning naming the missing field, never an error.
    case = _case(suspensions=[ReconsiderationSuspension(dt.date(2024, 9, 2))])
    report = check(case.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 23)))
    assert not report.errors()
    (finding,) = [f for f in report.findings if f.code.startswith("R6.")]
    assert (finding.code, finding.severity.value) == ("R6.resumption-not-recorded", "warning")
    assert finding.path == "$.suspensions[0].resumed_on"
    assert "suspensions[0].resumed_on" in finding.message and "resumed_on" in finding.message_en
    assert "第六十二条" in finding.citation and finding.parameter == "reconsideration.decision_period.max"
    assert {d.label: d.date for d in finding.dates} == {
        "start": dt.date(2024, 8, 2),
        "due": dt.date(2024, 10, 8),
        "done": dt.date(2024, 10, 23),
    }
    # In time even then: nothing to say. Resumption recorded: nothing to say.
    assert check(case.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 8))).findings == ()
    assert check(_case(suspensions=[SUSPENDED]).decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 23))).findings == ()
    # A termination or a mediation agreement needs no resumption (Art. 41, 73).
    for outcome in (ReconsiderationOutcome.TERMINATED, ReconsiderationOutcome.MEDIATED):
        assert check(case.decide(outcome, dt.date(2024, 10, 23))).findings == ()


def test_the_shortest_count_keeps_recorded_suspensions_and_an_extension() -> None:
    # A recorded suspension of 22 days (09-02 to 09-23) and an open one from 10-20: were the open one only its
    # first day, 60 + 22 + 1 days from 08-02 end on 10-24; a decision on 10-23 is in time either way.
    both = _case(suspensions=[SUSPENDED, ReconsiderationSuspension(dt.date(2024, 10, 20))])
    assert check(both.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 23))).findings == ()
    late = check(both.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 10, 28)))
    assert late.codes() == ("R6.resumption-not-recorded",)
    assert [d.date for d in late.findings[0].dates if d.label == "due"] == [dt.date(2024, 10, 24)]
    assert late.findings[0].path == "$.suspensions[1].resumed_on"
    # Extended by 30 days on 09-20: 60 + 30 + 1 days from 08-02 end on 11-01 (a Friday).
    extended = _case(suspensions=[ReconsiderationSuspension(dt.date(2024, 9, 25))]).extend(30, dt.date(2024, 9, 20))
    assert check(extended.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 11, 1))).findings == ()
    (finding,) = check(extended.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 11, 4))).findings
    assert finding.code == "R6.resumption-not-recorded"
    assert [d.date for d in finding.dates if d.label == "due"] == [dt.date(2024, 11, 1)]
