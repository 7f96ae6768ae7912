"""Compliant on-the-spot (summary procedure) cases: no error and no warning under the profile they were
drawn for, nor under its parent; and each duty taken out gives the finding that names it (E4, E8, E13,
R3). The general procedure's property is in tests/test_enforcement_compliant.py."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from xingzheng import check
from xingzheng.checks import Severity
from xingzheng.model.enforcement import EnforcementCase, PenaltyKind, ProcedureKind, with_evidence_log
from xingzheng.strategies import compliant_records, compliant_summary_cases

PROFILES = ["national", "tianjin-binhai-dagang"]


def _serious(case: EnforcementCase, profile: str) -> list[str]:
    report = check(case, profile=profile)
    return [f"{f.code}: {f.message_en}" for f in report.findings if f.severity is not Severity.INFO]


def _errors(case: EnforcementCase, profile: str = "national") -> set[str]:
    return {f.code for f in check(case, profile=profile).findings if f.severity is Severity.ERROR}


@pytest.mark.parametrize("profile", PROFILES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_compliant_summary_case_gets_no_error_and_no_warning(profile: str, data: st.DataObject) -> None:
    case = data.draw(compliant_summary_cases(profile))
    assert case.decision is not None and case.decision.procedure is ProcedureKind.SUMMARY
    assert _serious(case, profile) == []


@settings(max_examples=30, deadline=None)
@given(case=compliant_summary_cases("tianjin-binhai-dagang"))
def test_compliant_with_the_child_is_compliant_with_the_parent(case: EnforcementCase) -> None:
    for profile in PROFILES:
        assert _serious(case, profile) == []


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # the strategy's repr holds the profile
@pytest.mark.parametrize("procedure", [ProcedureKind.GENERAL, ProcedureKind.SUMMARY])
def test_compliant_records_reaches_both_procedures(procedure: ProcedureKind) -> None:
    # `compliant_records("enforcement_case")` is the one entry point of the no-finding properties.
    case = find(
        compliant_records("enforcement_case", "national"),
        lambda c: c.decision is not None and c.decision.procedure is procedure,
        settings=settings(max_examples=200, deadline=None, database=None),
    )
    assert _serious(case, "national") == []


@settings(max_examples=30, deadline=None)
@given(case=compliant_summary_cases("national"), extra=st.integers(min_value=1, max_value=5_000))
def test_a_fine_over_the_ceiling_is_an_error(case: EnforcementCase, extra: int) -> None:
    assert case.decision is not None
    ceiling = 200 if case.decision.decided_on >= dt.date(2021, 7, 15) else 50
    if case.party.kind.value != "citizen":
        ceiling = 3000 if case.decision.decided_on >= dt.date(2021, 7, 15) else 1000
    over = attrs.evolve(case.decision, penalties=(PenaltyKind.FINE,), fine_yuan=ceiling + extra)
    assert "E13.summary-fine-too-high" in _errors(with_evidence_log(attrs.evolve(case, decision=over), "执法系统"))
    at = attrs.evolve(case.decision, penalties=(PenaltyKind.FINE,), fine_yuan=ceiling)
    assert "E13.summary-fine-too-high" not in _errors(with_evidence_log(attrs.evolve(case, decision=at), "执法系统"))


@settings(max_examples=30, deadline=None)
@given(case=compliant_summary_cases("national", min_date=dt.date(2024, 1, 1)))
def test_not_telling_reconsideration_first_is_an_error_from_2024(case: EnforcementCase) -> None:
    assert case.decision is not None
    untold = attrs.evolve(case.decision, reconsideration_first_told=False)
    assert "R3.on-the-spot-not-told" in _errors(with_evidence_log(attrs.evolve(case, decision=untold), "执法系统"))


@settings(max_examples=30, deadline=None)
@given(case=compliant_summary_cases("national"), days=st.integers(min_value=1, max_value=30))
def test_a_notice_after_the_decision_and_a_late_handover_are_errors(case: EnforcementCase, days: int) -> None:
    assert case.decision is not None and case.notice is not None and case.service is not None
    late = attrs.evolve(case.notice, served_on=case.decision.decided_on + dt.timedelta(days=days))
    assert "E4.notice-after-decision" in _errors(with_evidence_log(attrs.evolve(case, notice=late), "执法系统"))
    moved = attrs.evolve(case.service, served_on=case.decision.decided_on + dt.timedelta(days=days))
    codes = {f.code for f in check(with_evidence_log(attrs.evolve(case, service=moved), "执法系统")).findings}
    assert any(code.startswith("E8.") for code in codes)
