"""Reconsideration cases (行政复议案件): R1–R8, Art. 88's working days, public view, I/O (issue 23)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xingzheng import check, default_calendar, upcoming
from xingzheng.errors import InvariantError, ProcedureError
from xingzheng.io import dumps, json_schema, loads
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.model.reconsideration import (
    ApplicationCorrection,
    ChallengedAct,
    ChallengedKind,
    Forwarding,
    Litigation,
    LitigationOutcome,
    OpinionLetter,
    ReconsiderationCase,
    ReconsiderationHearing,
    ReconsiderationOutcome,
    ReconsiderationProcedure,
    RespondentAnswer,
)
from xingzheng.rules import Profile, load_profile
from xingzheng.strategies import compliant_reconsideration_cases, reconsideration_cases
from xingzheng.strategies._documents import PERSONAL_DATA

NATIONAL = load_profile("national")
SEED = load_profile("tianjin-binhai-dagang")
CAL = default_calendar()


def _case(**changes: object) -> ReconsiderationCase:
    base: dict[str, object] = {
        "case_id": "滨复〔2024〕12号",
        "body": "天津市滨海新区人民政府",
        "applicant": Party(PartyKind.CITIZEN, person_name="甲某", phone="13812345678"),
        "respondent": "大港街道办事处",
        "challenged": ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, "津港街罚〔2024〕5号", dt.date(2024, 4, 1)),
        "applied_on": dt.date(2024, 5, 6),  # a Monday; Saturday 2024-05-11 is a working day
        "knew_on": dt.date(2024, 4, 2),
        "told_of_rights": True,
        "accepted_on": dt.date(2024, 5, 9),
    }
    base.update(changes)
    return ReconsiderationCase(**base)  # type: ignore[arg-type]


def _severe(report: object) -> list[str]:
    return [f.code for f in report.findings if f.severity.value in {"error", "warning"}]  # type: ignore[attr-defined]


def test_a_lawful_case_has_no_findings() -> None:
    case = _case(answer=RespondentAnswer(dt.date(2024, 5, 13), dt.date(2024, 5, 27)))
    assert check(case, as_of=dt.date(2024, 7, 8)).codes() == ()
    decided = case.decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 7, 8))
    assert check(decided).codes() == ()


def test_art_88_five_and_ten_days_are_working_days() -> None:
    # Deemed acceptance: 5 working days from Monday 2024-05-06 end on Saturday 2024-05-11 (a working day).
    unrecorded = _case(accepted_on=None)
    report = check(unrecorded, as_of=dt.date(2024, 5, 20))
    assert report.codes() == ("R4.deemed-accepted",)
    assert report.findings[0].dates[-1].date == dt.date(2024, 5, 11)
    # The respondent's answer: 10 working days from 2024-05-13 end on 2024-05-27.
    assert check(_case(answer=RespondentAnswer(dt.date(2024, 5, 13), dt.date(2024, 5, 28)))).codes() == ("R5.answer-late",)
    # Simple procedure: 5 working days, to 2024-05-20.
    simple = _case(procedure=ReconsiderationProcedure.SIMPLE, answer=RespondentAnswer(dt.date(2024, 5, 13), dt.date(2024, 5, 21)))
    assert check(simple).codes() == ("R5.answer-late",)


def test_sixty_days_are_calendar_days_from_acceptance() -> None:
    # Accepted 2024-05-09: 60 days end on 2024-07-08 (a Monday).
    assert check(_case().decide(ReconsiderationOutcome.REVOKED, dt.date(2024, 7, 8))).codes() == ()
    late = check(_case().decide(ReconsiderationOutcome.REVOKED, dt.date(2024, 7, 9)))
    assert late.codes() == ("R6.decision-late",) and late.findings[0].severity.value == "error"
    assert "第六十二条" in late.findings[0].citation
    assert check(_case(), as_of=dt.date(2024, 7, 9)).codes() == ("R6.decision-overdue",)
    # A recorded acceptance later than the examination period: counted from the deemed acceptance (05-11).
    deemed = _case(accepted_on=dt.date(2024, 5, 20)).decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 7, 11))
    assert check(deemed).codes() == ("R4.deemed-accepted", "R6.decision-late")
    (item,) = [u for u in upcoming(_case(), as_of=dt.date(2024, 6, 1)) if u.rule == "R6"]
    assert item.deadline.due == dt.date(2024, 7, 8)


def test_extension_is_at_most_thirty_days() -> None:
    case = _case()
    with pytest.raises(ProcedureError) as refused:
        case.extend(31, dt.date(2024, 7, 1))
    assert refused.value.rule == "R6"
    extended = case.extend(30, dt.date(2024, 7, 1))
    assert check(extended.decide(ReconsiderationOutcome.CHANGED, dt.date(2024, 8, 7))).codes() == ()
    assert check(extended.decide(ReconsiderationOutcome.CHANGED, dt.date(2024, 8, 8))).codes() == ("R6.decision-late",)
    with pytest.raises(ProcedureError):
        _case(procedure=ReconsiderationProcedure.SIMPLE).extend(5, dt.date(2024, 5, 20))


def test_application_period_is_the_applicants_fact() -> None:
    late = check(_case(knew_on=dt.date(2024, 3, 1)))  # 60 days end on 2024-04-30
    assert late.codes() == ("R1.application-late",) and late.findings[0].severity.value == "info"
    obstacle = _case(knew_on=dt.date(2024, 3, 1), obstacle_from=dt.date(2024, 3, 10), obstacle_until=dt.date(2024, 3, 20))
    assert check(obstacle).codes() == ()
    untold = _case(knew_on=dt.date(2023, 6, 1), told_of_rights=False, learned_rights_on=dt.date(2024, 4, 1))
    assert check(untold).codes() == ()  # 60 days from learning the rights, within a year of knowing
    # A year from 2023-05-01 ends on 2024-05-01, a May Day rest day: it rolls to 2024-05-06 (Civil Code
    # Art. 203), the day of the application. From 2023-04-20 it ends on Monday 2024-04-22 (rolled from Saturday).
    assert check(_case(knew_on=dt.date(2023, 5, 1), told_of_rights=False, learned_rights_on=dt.date(2024, 4, 1))).codes() == ()
    capped = _case(knew_on=dt.date(2023, 4, 20), told_of_rights=False, learned_rights_on=dt.date(2024, 4, 1))
    assert check(capped).codes() == ("R1.application-late",)


def test_correction_refusal_forwarding_hearing_and_letters() -> None:
    corrected = _case(correction=ApplicationCorrection(dt.date(2024, 5, 14), dt.date(2024, 5, 20)), accepted_on=dt.date(2024, 5, 22))
    assert check(corrected).codes() == ("R4.correction-notice-late",)  # 5 working days end on 05-11
    assert check(_case(correction=ApplicationCorrection(dt.date(2024, 5, 10), dt.date(2024, 5, 31)), accepted_on=dt.date(2024, 6, 3))).codes() == (
        "R4.correction-late",
    )
    assert check(_case(accepted_on=None, not_accepted_on=dt.date(2024, 5, 13))).codes() == ("R4.refusal-late",)
    forwarded = _case(forwarding=Forwarding(dt.date(2024, 4, 29), dt.date(2024, 5, 10)), applied_on=dt.date(2024, 5, 10), accepted_on=dt.date(2024, 5, 11))
    assert check(forwarded).codes() == ("R5.forwarding-late",)
    # A hearing on Friday 2024-06-14 (Monday 06-10 is the Dragon Boat holiday): notice no later than 2024-06-05,
    # so that 5 working days (06-06, 06-07, 06-11, 06-12, 06-13) lie strictly between.
    assert check(_case(hearing=ReconsiderationHearing(dt.date(2024, 6, 5), dt.date(2024, 6, 14)))).codes() == ()
    assert check(_case(hearing=ReconsiderationHearing(dt.date(2024, 6, 6), dt.date(2024, 6, 14)))).codes() == ("R7.notice-late",)
    letter = OpinionLetter("大港街道办事处", dt.date(2024, 7, 1))
    assert check(_case(opinion_letters=[letter]).decide(ReconsiderationOutcome.UPHELD, dt.date(2024, 7, 1)), as_of=dt.date(2024, 8, 31)).codes() == (
        "R8.report-overdue",
    )


def test_before_2024_no_rule_is_in_force_and_bad_facts_are_refused() -> None:
    old = _case(applied_on=dt.date(2023, 6, 1), knew_on=dt.date(2023, 1, 1), accepted_on=None)
    report = check(old, as_of=dt.date(2023, 12, 31))
    assert report.codes() and all(f.code.endswith(".no-rule") for f in report.findings)
    with pytest.raises(InvariantError):
        _case(knew_on=dt.date(2024, 6, 1))
    with pytest.raises(InvariantError):
        _case(not_accepted_on=dt.date(2024, 5, 8))
    with pytest.raises(InvariantError):
        _case(obstacle_from=dt.date(2024, 4, 5))


def test_litigation_is_a_fact_and_the_public_view_hides_the_applicant() -> None:
    case = _case(litigation=Litigation(LitigationOutcome.LOST, head_appeared=True))
    assert check(case).codes() == ()
    text = json.dumps(case.public_view(), ensure_ascii=False)
    assert "甲某" not in text and "13812345678" not in text and "lost" in text
    assert loads(dumps(case)) == case
    assert json.loads(dumps(case))["kind"] == "reconsideration_case"
    assert json_schema(ReconsiderationCase)["properties"]["kind"]["const"] == "reconsideration_case"


@settings(max_examples=150, deadline=None)
@given(compliant_reconsideration_cases(), st.sampled_from([NATIONAL, SEED]))
def test_compliant_cases_give_no_error_and_no_warning(case: ReconsiderationCase, profile: Profile) -> None:
    assert _severe(check(case, profile=profile)) == []
    assert _severe(check(case, profile=profile, as_of=case.accepted_on)) == []


@settings(max_examples=150, deadline=None)
@given(reconsideration_cases(), st.sampled_from([NATIONAL, SEED]), st.booleans())
def test_check_and_upcoming_never_raise(case: ReconsiderationCase, profile: Profile, judge_open: bool) -> None:
    check(case, profile=profile, as_of=dt.date(2026, 6, 30) if judge_open else None)
    for item in upcoming(case, as_of=dt.date(2026, 6, 30), profile=profile):
        assert item.rule in {"R4", "R5", "R6", "R8"}
    assert loads(dumps(case)) == case
    text = json.dumps(case.public_view(), ensure_ascii=False)
    assert not any(secret in text for secret in PERSONAL_DATA)
