"""Compliant enforcement cases (issue 18): a case meeting every duty of a profile, on time, gets no error
and no warning under that profile; and one step taken out of it gives the finding that names it."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check
from xingzheng.checks import Severity
from xingzheng.model.enforcement import EnforcementCase, with_evidence_log
from xingzheng.strategies import compliant_enforcement_cases

PROFILES = ["national", "tianjin-binhai-dagang"]


def _serious(case: EnforcementCase, profile: str) -> list[str]:
    report = check(case, profile=profile)
    return [f"{f.code}: {f.message_en}" for f in report.findings if f.severity is not Severity.INFO]


@pytest.mark.parametrize("profile", PROFILES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_compliant_case_gets_no_error_and_no_warning(profile: str, data: st.DataObject) -> None:
    case = data.draw(compliant_enforcement_cases(profile))
    assert _serious(case, profile) == []


@settings(max_examples=30, deadline=None)
@given(case=compliant_enforcement_cases("tianjin-binhai-dagang"))
def test_compliant_with_the_child_is_compliant_with_the_parent(case: EnforcementCase) -> None:
    # A local profile adds or tightens duties, never removes one: what meets Dagang meets national.
    for profile in PROFILES:
        assert _serious(case, profile) == []


@settings(max_examples=30, deadline=None)
@given(case=compliant_enforcement_cases("national"), days=st.integers(min_value=1, max_value=30))
def test_the_property_can_fail_a_notice_after_the_decision_is_an_error(case: EnforcementCase, days: int) -> None:
    assert case.decision is not None and case.notice is not None
    late = attrs.evolve(case.notice, served_on=case.decision.decided_on + dt.timedelta(days=days))
    broken = with_evidence_log(attrs.evolve(case, notice=late), "执法系统")
    report = check(broken)
    assert "E4.notice-after-decision" in report.codes()
    assert any(f.severity is Severity.ERROR for f in report.findings)


@settings(max_examples=30, deadline=None)
@given(case=compliant_enforcement_cases("tianjin-binhai-dagang"))
def test_the_log_built_from_the_stages_verifies_and_agrees(case: EnforcementCase) -> None:
    assert case.evidence_log.verify().ok
    codes = check(case, profile="tianjin-binhai-dagang").codes()
    assert not [c for c in codes if c.startswith("E3.") and c != "E3.no-rule"]
