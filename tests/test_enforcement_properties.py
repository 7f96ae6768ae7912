"""Properties of enforcement cases: check never raises, numbers cite the profile, public views leak nothing."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, default_calendar, upcoming
from xingzheng.errors import InvariantError
from xingzheng.model.enforcement import EnforcementCase
from xingzheng.rules import Profile, load_profile
from xingzheng.strategies import enforcement_cases

NATIONAL = load_profile("national")
SEED = load_profile("tianjin-binhai-dagang")
PAST_COVERAGE = dt.date(default_calendar().coverage.last.year + 1, 6, 30)


@settings(max_examples=120)
@given(enforcement_cases(max_date=PAST_COVERAGE), st.sampled_from([NATIONAL, SEED]), st.booleans())
def test_check_and_upcoming_never_raise_on_a_valid_case(
    case: EnforcementCase, profile: Profile, judge_open: bool
) -> None:
    as_of = dt.date(2026, 6, 30) if judge_open else None
    report = check(case, profile=profile, as_of=as_of)
    assert report.kind == "enforcement_case"
    upcoming(case, as_of=dt.date(2026, 6, 30), profile=profile)


@settings(max_examples=100)
@given(enforcement_cases(), st.sampled_from([NATIONAL, SEED]))
def test_every_finding_with_a_number_cites_a_parameter_of_the_profile_used(
    case: EnforcementCase, profile: Profile
) -> None:
    report = check(case, profile=profile, as_of=dt.date(2025, 12, 31))
    for finding in report.findings:
        if finding.parameter is None or finding.code.endswith(".no-rule"):
            continue
        assert finding.parameter in profile.parameters
        assert finding.citation
        assert finding.code.split(".")[0] == profile.parameter(finding.parameter).rule


@settings(max_examples=60)
@given(enforcement_cases(), st.integers(min_value=1, max_value=400))
def test_evolve_cannot_produce_an_impossible_record(case: EnforcementCase, days: int) -> None:
    offence = case.offence
    with pytest.raises(InvariantError):
        attrs.evolve(
            case, offence=attrs.evolve(offence, ended_on=offence.committed_on - dt.timedelta(days=days))
        )
    if case.decision is not None:
        with pytest.raises(InvariantError):
            attrs.evolve(case, decision=attrs.evolve(case.decision, fine_yuan=-days))
    if case.officers:
        with pytest.raises(InvariantError):
            attrs.evolve(case, officers=(*case.officers, case.officers[0]))


@settings(max_examples=120)
@given(enforcement_cases())
def test_public_view_never_contains_a_personal_datum(case: EnforcementCase) -> None:
    text = json.dumps(case.public_view(), ensure_ascii=False)
    party = case.party
    for datum in (party.person_name, party.id_number, party.phone, party.address):
        if datum:
            assert datum not in text
    for officer in case.officers:  # 执法公示: officers stay public
        assert officer.name in text and officer.certificate_number in text
