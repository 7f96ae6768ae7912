"""Enforcement cases (行政执法案件): invariants, lifecycle guards, and checks drawn from the seed report."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest

from xingzheng import ProcedureError, check, default_calendar, upcoming
from xingzheng.checks import Severity
from xingzheng.errors import InvariantError
from xingzheng.model.enforcement import (
    CaseSource,
    Defence,
    EnforcementCase,
    HearingRequest,
    Offence,
    Officer,
    Party,
    PartyKind,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Service,
)
from xingzheng.model.evidence import EvidenceLog
from xingzheng.model.review import LegalityReview, ReviewOpinion, SubjectKind
from xingzheng.rules import load_profile

SH = ZoneInfo("Asia/Shanghai")
D = dt.date
SEED = "tianjin-binhai-dagang"
WANG = Officer("王东", "12011600001", training_year=2021, training_hours=40, warning_education_hours=20)
ZHAO = Officer("赵西", "12011600002", training_year=2021, training_hours=40, warning_education_hours=20)


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=SH)


def new_case(committed: dt.date, *, citizen: bool = False) -> EnforcementCase:
    party = (
        Party(PartyKind.CITIZEN, person_name="李甲", id_number="120116198001011234", phone="13812345678")
        if citizen
        else Party(
            PartyKind.ORGANISATION, organisation_name="天津市滨海新区某某商贸有限公司", person_name="孙乙"
        )
    )
    return EnforcementCase(
        case_number=f"大港执〔{committed.year}〕7号",
        agency="大港街道综合执法大队",
        source=CaseSource.GRID,
        party=party,
        offence=Offence(committed_on=committed, description="占道经营"),
    )


def filed(day: dt.date, *officers: Officer, committed: dt.date | None = None) -> EnforcementCase:
    case = new_case(committed or day - dt.timedelta(days=3))
    case = case.discover(day - dt.timedelta(days=1), at(day - dt.timedelta(days=1)), "ZF")
    case = case.file(day, at(day), "ZF")
    for officer in officers:
        case = case.assign_officer(officer, at(day, 10), "ZF")
    return case


def notified(case: EnforcementCase, day: dt.date, **kw: object) -> EnforcementCase:
    notice = PenaltyNotice(served_on=day, intended_penalty="罚款2000元", intended_fine_yuan=2000, **kw)  # type: ignore[arg-type]
    return case.notify(notice, at(day), "ZF")


def fine(day: dt.date, amount: int = 2000, **kw: object) -> PenaltyDecision:
    return PenaltyDecision(decided_on=day, penalties=(PenaltyKind.FINE,), fine_yuan=amount, **kw)  # type: ignore[arg-type]


# --- invariants ----------------------------------------------------------------------------------------


def test_a_continuing_act_cannot_end_before_it_began() -> None:
    with pytest.raises(InvariantError) as err:
        Offence(committed_on=D(2021, 5, 10), ended_on=D(2021, 5, 9))
    assert err.value.field == "ended_on"


def test_negative_training_hours_are_refused_naming_the_field() -> None:
    with pytest.raises(InvariantError) as err:
        Officer("王东", "1", training_hours=-1)
    assert err.value.field == "training_hours"


def test_negative_fines_are_refused() -> None:
    with pytest.raises(InvariantError) as err:
        PenaltyDecision(decided_on=D(2021, 9, 1), penalties=(PenaltyKind.FINE,), fine_yuan=-5)
    assert err.value.field == "fine_yuan"


def test_evolve_rechecks_invariants() -> None:
    officer = Officer("王东", "1", certificate_valid_from=D(2020, 1, 1))
    with pytest.raises(InvariantError) as err:
        attrs.evolve(officer, certificate_valid_until=D(2019, 12, 31))
    assert err.value.field == "certificate_valid_until"


def test_a_citizen_party_needs_a_name() -> None:
    with pytest.raises(InvariantError):
        Party(PartyKind.CITIZEN)


def test_a_case_with_a_tampered_log_still_loads() -> None:
    case = filed(D(2021, 9, 1), WANG, ZHAO)
    events = list(case.evidence_log.events)
    events[0] = attrs.evolve(events[0], payload=(("discovered_on", "2021-01-01"),))
    tampered = attrs.evolve(case, evidence_log=EvidenceLog(tuple(events)))
    assert not tampered.evidence_log.verify().ok


# --- lifecycle guards -----------------------------------------------------------------------------------


def test_lifecycle_methods_return_a_new_case_and_append_the_matching_event() -> None:
    case = filed(D(2021, 9, 1), WANG, ZHAO)
    later = notified(case, D(2021, 9, 20))
    assert case.notice is None
    assert later.notice is not None
    assert len(later.evidence_log) == len(case.evidence_log) + 1
    assert later.evidence_log.events[-1].value("served_on") == "2021-09-20"


def test_no_decision_before_the_notice_e4() -> None:
    case = filed(D(2021, 9, 1), WANG, ZHAO)
    with pytest.raises(ProcedureError) as err:
        case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    assert err.value.rule == "E4"
    assert "第四十四条" in err.value.citation or "第六十二条" in err.value.citation
    assert case.decision is None


def test_a_waiver_of_defence_never_excuses_the_notice_e4() -> None:
    case = filed(D(2021, 9, 1), WANG, ZHAO)
    with pytest.raises(ProcedureError) as err:
        case.record_defence(Defence(on=D(2021, 9, 10), waived=True), at(D(2021, 9, 10)), "ZF")
    assert err.value.rule == "E4"
    forged = attrs.evolve(case, defence=Defence(on=D(2021, 9, 10), waived=True))
    with pytest.raises(ProcedureError) as err:
        forged.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    assert err.value.rule == "E4"


def test_a_waiver_excuses_statement_and_defence_e4() -> None:
    case = notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 9, 20))
    case = case.record_defence(Defence(on=D(2021, 9, 22), waived=True, heard=False), at(D(2021, 9, 22)), "ZF")
    decided = case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    assert decided.decision is not None


def test_a_defence_refused_a_hearing_stops_the_decision_e4() -> None:
    case = notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 9, 20))
    case = case.record_defence(Defence(on=D(2021, 9, 22), heard=False), at(D(2021, 9, 22)), "ZF")
    with pytest.raises(ProcedureError) as err:
        case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    assert err.value.rule == "E4"


def test_no_decision_without_a_passed_review_where_required_2021_e6() -> None:
    case = attrs.evolve(
        notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 9, 20)), major_public_interest=True
    )
    with pytest.raises(ProcedureError) as err:
        case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    assert err.value.rule == "E6"
    assert "不得作出决定" in err.value.citation
    review = LegalityReview(
        subject_kind=SubjectKind.ENFORCEMENT_DECISION,
        requested_on=D(2021, 9, 27),
        materials_complete_on=D(2021, 9, 27),
        opinion=ReviewOpinion.MUST_BE_AMENDED,
        completed_on=D(2021, 9, 30),
    )
    failed = case.review(review, at(D(2021, 9, 30)), "FZ")
    # "Must be amended" (issue 18): refused only where the record says the decision was not amended.
    with pytest.raises(ProcedureError):
        failed.decide(fine(D(2021, 10, 8), amended_per_review=False), at(D(2021, 10, 8)), "ZF")
    unknown = failed.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    assert "E6.amend-not-recorded" in check(unknown).codes()
    assert failed.decide(fine(D(2021, 10, 8), amended_per_review=True), at(D(2021, 10, 8)), "ZF").decision
    unlawful = failed.review(attrs.evolve(review, opinion=ReviewOpinion.UNLAWFUL), at(D(2021, 9, 30), 10), "FZ")
    with pytest.raises(ProcedureError):
        unlawful.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    passed = failed.review(attrs.evolve(review, opinion=ReviewOpinion.LAWFUL), at(D(2021, 9, 30), 11), "FZ")
    assert passed.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF").decision is not None


def test_before_2021_07_15_a_missing_review_is_a_finding_not_a_refused_step() -> None:
    case = notified(filed(D(2020, 3, 2), WANG, ZHAO), D(2020, 4, 1))
    decided = attrs.evolve(case, major_public_interest=True).decide(
        fine(D(2020, 4, 20)), at(D(2020, 4, 20)), "ZF"
    )
    report = check(decided)
    e6 = [f for f in report.findings if f.code == "E6.review-missing"]
    assert e6 and "第三十八条第三款" in e6[0].citation


# --- scenarios from the seed ----------------------------------------------------------------------------


def test_an_enforcement_case_with_one_officer_e2() -> None:
    case = notified(filed(D(2021, 9, 1), WANG), D(2021, 9, 20))
    case = case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    report = check(case, profile=SEED)
    [finding] = [f for f in report.findings if f.code == "E2.too-few-officers"]
    assert finding.severity is Severity.ERROR
    assert finding.parameter == "enforcement.officers.min"
    assert "第四十二条第一款" in finding.citation
    assert "E2.too-few-officers" not in check(attrs.evolve(case, officers=(WANG, ZHAO)), profile=SEED).codes()


def test_filed_2021_09_01_decided_five_working_days_after_the_90_day_limit_e7() -> None:
    cal = default_calendar()
    # 2021-09-01 + 90 calendar days (Art. 60; Art. 85 does not name 九十日): 29 days of September, 31 of
    # October and 30 of November → Tue 30 Nov 2021, a working day (no roll). Five working days after it:
    # Wed 1, Thu 2, Fri 3, Mon 6, Tue 7 Dec.
    limit = D(2021, 11, 30)
    assert D(2021, 9, 1) + dt.timedelta(days=90) == limit
    assert cal.is_workday(limit)
    decided_on = D(2021, 12, 7)
    assert cal.workdays_between(limit, decided_on) == 5
    case = notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 11, 1))
    case = case.decide(fine(decided_on), at(decided_on), "ZF")
    report = check(case, profile=SEED)
    [finding] = [f for f in report.findings if f.code == "E7.decision-overdue"]
    assert finding.parameter == "enforcement.decision_period.max"
    assert "第六十条" in finding.citation
    assert {d.label: d.date for d in finding.dates}["due"] == limit
    on_time = check(attrs.evolve(case, decision=fine(limit)), profile=SEED)
    assert "E7.decision-overdue" not in on_time.codes()


def test_a_2020_case_decided_on_day_95_breaks_no_decision_limit() -> None:
    # Filed Mon 2 Mar 2020; day 95 is Fri 5 Jun 2020. The 2017 text in force on the filing day has no
    # general decision limit, so E7 is not judged (an info finding says so).
    case = notified(filed(D(2020, 3, 2), WANG, ZHAO), D(2020, 5, 6))
    decided_on = D(2020, 3, 2) + dt.timedelta(days=95)
    assert decided_on == D(2020, 6, 5)
    case = case.decide(fine(decided_on), at(decided_on), "ZF")
    codes = check(case, profile=SEED).codes()
    assert "E7.decision-overdue" not in codes
    assert "E7.no-rule" in codes


def test_a_hearing_requested_the_day_after_the_2017_three_day_limit_e5() -> None:
    cal = default_calendar()
    notice_day = D(2020, 6, 1)  # Monday; its third day, 2020-06-04, is a Thursday: no roll
    assert cal.is_workday(notice_day + dt.timedelta(days=3))
    case = notified(filed(D(2020, 5, 11), WANG, ZHAO), notice_day, hearing_right_stated=True)
    case = case.request_hearing(HearingRequest(D(2020, 6, 5)), at(D(2020, 6, 5)), "当事人")
    [finding] = [f for f in check(case, profile=SEED).findings if f.code == "E5.hearing-request-late"]
    assert finding.parameter == "enforcement.hearing_request_period.max"
    assert "第四十二条第一款第（一）项" in finding.citation
    assert {d.label: d.date for d in finding.dates}["due"] == D(2020, 6, 4)
    in_time = attrs.evolve(case, hearing_request=HearingRequest(D(2020, 6, 4)))
    assert "E5.hearing-request-late" not in check(in_time, profile=SEED).codes()


def test_a_hearing_requested_on_the_fifth_working_day_in_2022_is_in_time_e5() -> None:
    cal = default_calendar()
    # Notice Tue 1 Mar 2022; working days after it: Wed 2, Thu 3, Fri 4, Mon 7, Tue 8 Mar → the fifth is 8 Mar
    # (five calendar days would end on Sun 6 Mar, rolled to Mon 7 Mar). See test_enforcement_dates.py for
    # the same rule across the Qingming holiday.
    notice_day = D(2022, 3, 1)
    fifth = D(2022, 3, 8)
    assert cal.add_workdays(notice_day, 5) == fifth
    case = notified(filed(D(2022, 2, 14), WANG, ZHAO), notice_day, hearing_right_stated=True)
    case = case.request_hearing(HearingRequest(fifth), at(fifth), "当事人")
    assert "E5.hearing-request-late" not in check(case, profile=SEED).codes()
    late = attrs.evolve(case, hearing_request=HearingRequest(D(2022, 3, 9)))
    (finding,) = [f for f in check(late, profile=SEED).findings if f.code == "E5.hearing-request-late"]
    assert {d.label: d.date for d in finding.dates}["due"] == fifth
    assert "第六十四条" in finding.citation and "第八十五条" in finding.citation


def test_a_case_whose_log_was_edited_fails_verify_and_check_e3() -> None:
    case = notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 9, 20))
    case = case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    assert case.evidence_log.verify(expected_head=case.evidence_log.head).ok
    assert not [c for c in check(case).codes() if c.startswith("E3.")]
    events = list(case.evidence_log.events)
    events[-1] = attrs.evolve(events[-1], payload=(("decided_on", "2021-09-30"),))
    edited = attrs.evolve(case, evidence_log=EvidenceLog(tuple(events)))
    result = edited.evidence_log.verify()
    assert not result.ok and result.index == len(events) - 1
    assert "E3.log-broken" in check(edited).codes()


def test_a_field_changed_behind_the_log_is_an_e3_finding() -> None:
    case = notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 9, 20))
    moved = attrs.evolve(case, filed_on=D(2021, 8, 1))
    assert "E3.event-disagrees" in check(moved).codes()
    assert "E3.event-missing" in check(attrs.evolve(case, service=Service(D(2021, 9, 21)))).codes()


# --- more rules ------------------------------------------------------------------------------------------


def test_summary_fine_limits_follow_the_law_in_force_e13() -> None:
    def summary(day: dt.date, amount: int) -> EnforcementCase:
        case = notified(new_case(day, citizen=True), day)
        decision = fine(day, amount, procedure=ProcedureKind.SUMMARY, filed_with_agency_on=day)
        return case.decide(decision, at(day, 10), "ZF")

    old = [f for f in check(summary(D(2020, 6, 1), 100)).findings if f.code == "E13.summary-fine-too-high"]
    assert old and old[0].parameter == "enforcement.summary_fine_citizen.max"
    assert "五十元" in old[0].citation
    assert "E13.summary-fine-too-high" not in check(summary(D(2021, 9, 1), 100)).codes()
    assert "E13.summary-fine-too-high" in check(summary(D(2021, 9, 1), 201)).codes()


def test_service_after_seven_working_days_is_late_e8() -> None:
    case = notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 9, 20))
    case = case.decide(fine(D(2021, 9, 30)), at(D(2021, 9, 30)), "ZF")
    # Across the National Day holiday (1–7 Oct) with Saturday 9 Oct worked: 8, 9, 11, 12, 13, 14, 15 Oct.
    due = default_calendar().add_workdays(D(2021, 9, 30), 7)
    assert due == D(2021, 10, 15)
    on_time = case.serve(Service(due), at(due), "ZF")
    assert "E8.service-late" not in check(on_time).codes()
    late = case.serve(Service(due + dt.timedelta(days=1)), at(due + dt.timedelta(days=1)), "ZF")
    assert "E8.service-late" in check(late).codes()


def test_an_officer_with_a_direct_interest_must_recuse_e18() -> None:
    case = filed(D(2021, 9, 1), WANG, attrs.evolve(ZHAO, direct_interest=True))
    assert "E18.officer-not-recused" in check(case).codes()


def test_training_hours_below_the_seed_floor_e11() -> None:
    short = attrs.evolve(ZHAO, training_hours=30)
    case = filed(D(2021, 9, 1), WANG, short)
    [finding] = [f for f in check(case, profile=SEED).findings if f.code.startswith("E11.training")]
    assert finding.parameter == "enforcement.training_hours.min"
    assert "E11.no-rule" in check(case).codes()  # the national profile has no such rule


def test_past_the_calendar_coverage_check_warns_and_does_not_raise() -> None:
    year = default_calendar().coverage.last.year + 1
    case = notified(filed(D(year, 3, 2), WANG, ZHAO), D(year, 3, 20))
    report = check(case, as_of=D(year, 12, 1))
    coverage = [f for f in report.findings if f.code == "CAL.coverage"]
    assert coverage and str(year) in coverage[0].message
    items = upcoming(case, as_of=D(year, 3, 21))
    assert items and all(item.deadline.provisional for item in items if item.rule in {"E7", "E5"})


def test_upcoming_lists_decision_hearing_window_service_and_payment() -> None:
    case = notified(filed(D(2021, 9, 1), WANG, ZHAO), D(2021, 9, 20), hearing_right_stated=True)
    items = {item.what_en: item for item in upcoming(case, as_of=D(2021, 9, 21))}
    assert items["penalty decision due"].deadline.due == D(2021, 11, 30)
    assert items["hearing request window"].deadline.due == default_calendar().add_workdays(D(2021, 9, 20), 5)
    assert not items["penalty decision due"].overdue
    decided = case.decide(fine(D(2021, 10, 8)), at(D(2021, 10, 8)), "ZF")
    served = decided.serve(Service(D(2021, 10, 8), on_the_spot=True), at(D(2021, 10, 8), 11), "ZF")
    [payment] = upcoming(served, as_of=D(2021, 11, 1))
    assert payment.rule == "E17" and payment.deadline.due == D(2021, 10, 25)
    assert payment.overdue
    assert upcoming(decided, as_of=D(2021, 10, 9))[0].what_en == "service due"


def test_public_view_leaves_out_personal_data_and_keeps_officers_and_companies() -> None:
    case = new_case(D(2021, 9, 1), citizen=True)
    case = attrs.evolve(case, offence=Offence(D(2021, 9, 1), description="举报人电话13812345678"))
    case = case.assign_officer(WANG, at(D(2021, 9, 1)), "ZF")
    text = repr(case.public_view())
    for secret in ("李甲", "120116198001011234", "13812345678"):
        assert secret not in text
    assert "王东" in text and "12011600001" in text
    company = new_case(D(2021, 9, 1)).public_view()
    assert company["party"]["organisation_name"] == "天津市滨海新区某某商贸有限公司"
    assert "孙乙" not in repr(company)


def test_every_numeric_finding_names_a_parameter_of_the_profile() -> None:
    profile = load_profile(SEED)
    case = notified(filed(D(2021, 9, 1), WANG), D(2021, 11, 1))
    case = case.decide(fine(D(2021, 12, 7)), at(D(2021, 12, 7)), "ZF")
    report = check(case, profile=profile)
    numeric = [f for f in report.findings if f.parameter]
    assert numeric
    for finding in numeric:
        assert finding.parameter in profile.parameters
