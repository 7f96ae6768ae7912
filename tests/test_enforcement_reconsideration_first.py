"""R3 on an on-the-spot penalty decision (issue 23): 行政复议法 (2023) Art. 23 ¶1(一), ¶2 — from 2024-01-01
an on-the-spot (summary procedure) decision must tell the party to apply for reconsideration first."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import (
    CaseSource,
    EnforcementCase,
    Offence,
    Party,
    PartyKind,
    PenaltyDecision,
    PenaltyKind,
    ProcedureKind,
    check,
    load_profile,
)
from xingzheng.checks import Severity
from xingzheng.strategies import enforcement_cases

R3_CODES = {"R3.on-the-spot-not-told", "R3.on-the-spot-telling-not-recorded"}
WORDS = "行政机关在作出行政行为时应当告知公民、法人或者其他组织先向行政复议机关申请行政复议"


def _case(decided_on: dt.date, told: bool | None, procedure: ProcedureKind = ProcedureKind.SUMMARY) -> EnforcementCase:
    return EnforcementCase(
        case_number="ZF-2024-0001",
        agency="大港街道综合执法大队",
        source=CaseSource.INSPECTION,
        party=Party(kind=PartyKind.CITIZEN, person_name="甲乙"),
        offence=Offence(committed_on=decided_on, description="占道经营"),
        discovered_on=decided_on,
        decision=PenaltyDecision(
            decided_on=decided_on,
            procedure=procedure,
            penalties=(PenaltyKind.FINE,),
            fine_yuan=50,
            filed_with_agency_on=decided_on,
            reconsideration_first_told=told,
        ),
    )


def _r3(case: EnforcementCase, profile: str = "national") -> dict[str, Severity]:
    return {f.code: f.severity for f in check(case, profile=profile).findings if f.code.startswith("R3.")}


@pytest.mark.parametrize("profile", ["national", "tianjin-binhai-dagang"])
def test_not_told_is_an_error_not_recorded_a_warning_told_nothing(profile: str) -> None:
    day = dt.date(2024, 3, 5)  # a Tuesday, 行政复议法 (2023) in force
    assert _r3(_case(day, False), profile) == {"R3.on-the-spot-not-told": Severity.ERROR}
    assert _r3(_case(day, None), profile) == {"R3.on-the-spot-telling-not-recorded": Severity.WARNING}
    assert _r3(_case(day, True), profile) == {}


def test_the_findings_name_the_field_and_quote_the_words() -> None:
    report = check(_case(dt.date(2024, 1, 2), None))
    (finding,) = [f for f in report.findings if f.code.startswith("R3.")]
    assert finding.path == "$.decision.reconsideration_first_told"
    assert "reconsideration_first_told" in finding.message and "reconsideration_first_told" in finding.message_en
    assert "第二十三条" in finding.citation or "Art. 23" in finding.citation


def test_the_first_day_of_the_law_is_judged_the_day_before_is_not() -> None:
    assert _r3(_case(dt.date(2024, 1, 1), False)) == {"R3.on-the-spot-not-told": Severity.ERROR}
    assert _r3(_case(dt.date(2023, 12, 29), False)) == {"R3.no-rule": Severity.INFO}


def test_a_general_procedure_decision_is_not_judged() -> None:
    assert _r3(_case(dt.date(2024, 3, 5), False, ProcedureKind.GENERAL)) == {}


def test_the_specs_are_listed_with_the_binding_words() -> None:
    profile = load_profile("national")
    for code, severity in (("R3.on-the-spot-not-told", "error"), ("R3.on-the-spot-telling-not-recorded", "warning")):
        spec = profile.finding_spec(code, dt.date(2024, 1, 1))
        assert spec is not None and spec.severity == severity
        assert spec.words is not None and spec.words.quote == WORDS
        assert profile.finding_spec(code, dt.date(2023, 12, 31)) is None


@settings(max_examples=80, deadline=None)
@given(case=enforcement_cases(min_date=dt.date(2022, 1, 1)), told=st.none() | st.booleans())
def test_r3_follows_the_recorded_fact(case: EnforcementCase, told: bool | None) -> None:
    if case.decision is not None:
        case = attrs.evolve(case, decision=attrs.evolve(case.decision, reconsideration_first_told=told))
    codes = set(check(case).codes()) & R3_CODES
    decision = case.decision
    judged = (
        decision is not None
        and decision.procedure is ProcedureKind.SUMMARY
        and decision.decided_on >= dt.date(2024, 1, 1)
    )
    if not judged or told is True:
        assert codes == set()
    elif told is False:
        assert codes == {"R3.on-the-spot-not-told"}
    else:
        assert codes == {"R3.on-the-spot-telling-not-recorded"}
