"""Fidelity of the enforcement checks (second pass): no error for a lawful record.

Each defect found by the adversarial review has a lawful record that used to get an error, and the unlawful
record that still gets it. Dates are real days on the official calendar: 2022-03-10 is a Thursday; 3–5 April
2022 are the Qingming holidays and Saturday 2 April a working day (国办发明电〔2021〕11号); 2023: 国庆
29 September–6 October, Saturdays 7 and 8 October working days.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _enforcement_mutation_support import ERROR, WANG, WARNING, lawful, old_case, run
from xingzheng import deadline, default_calendar, dumps, loads, upcoming
from xingzheng.errors import InvariantError, ProcedureError
from xingzheng.model.enforcement import (
    DecisionLimit,
    EnforcementCase,
    HearingAnswer,
    HearingRequest,
    Investigation,
    Party,
    PartyKind,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Service,
    with_evidence_log,
)
from xingzheng.model.evidence import EvidenceLog
from xingzheng.rules import load_profile
from xingzheng.strategies import compliant_enforcement_cases

D = dt.date


def severities(case: EnforcementCase, code: str, **kw: object) -> list[object]:
    return [f.severity for f in run(case, **kw).findings if f.code == code]  # type: ignore[arg-type]


# --- a decision to impose no penalty (2021 Art. 57 ¶1(二)(三)) -------------------------------------------

NO_PENALTY = PenaltyDecision(decided_on=D(2022, 3, 25), penalties=())


def test_a_decision_imposing_no_penalty_needs_no_notice_of_an_intended_penalty() -> None:
    # Art. 44 tells "拟作出的行政处罚内容"; Art. 62 forbids "行政处罚决定": a 不予行政处罚 decision has neither.
    case = lawful(notice=None, decision=NO_PENALTY, service=None, payments=())
    assert severities(case, "E4.no-notice") == []
    # The penalty decision without the notice is still an error.
    assert severities(lawful(notice=None), "E4.no-notice") == [ERROR]


def test_the_guard_lets_a_no_penalty_decision_be_recorded_without_a_notice() -> None:
    at = dt.datetime(2022, 3, 25, 10, tzinfo=dt.UTC)
    case = lawful(notice=None, decision=None, service=None, payments=(), closing=None)
    decided = case.decide(NO_PENALTY, at, "ZF")
    assert decided.decision == NO_PENALTY
    with pytest.raises(ProcedureError) as caught:
        case.decide(attrs.evolve(lawful().decision), at, "ZF")  # type: ignore[arg-type]
    assert caught.value.rule == "E4"


def test_a_no_penalty_decision_has_no_decision_document_to_serve() -> None:
    # Art. 59 ¶1: the 行政处罚决定书 is made "给予行政处罚"; Art. 61 serves that document.
    late = Service(served_on=D(2022, 4, 20))
    case = lawful(decision=NO_PENALTY, service=late, payments=())
    assert severities(case, "E8.service-late") == []
    assert severities(lawful(service=late, payments=()), "E8.service-late") == [ERROR]
    assert severities(lawful(decision=NO_PENALTY, service=None, payments=()), "E8.service-overdue", as_of=D(2022, 6, 1)) == []


# --- E7: "法律、法规、规章另有规定的，从其规定" (2021 Art. 60) -------------------------------------------------

# Filed Tuesday 1 March 2022: the 90 days end on Monday 30 May 2022 (a working day).
LATE = PenaltyDecision(decided_on=D(2022, 6, 20), penalties=(PenaltyKind.FINE,), fine_yuan=2000)


def _late(**changes: object) -> EnforcementCase:
    base: dict[str, object] = dict(decision=LATE, service=Service(served_on=D(2022, 6, 20), on_the_spot=True, party_present=True),
                                   payments=(Payment(paid_on=D(2022, 6, 24), amount_yuan=2000),), closing=None)
    base.update(changes)
    return lawful(**base)


def test_a_decision_within_the_limit_another_provision_gives_is_no_error() -> None:
    assert severities(_late(), "E7.decision-overdue") == [ERROR]  # no other provision recorded
    extended = DecisionLimit(basis="某部门行政处罚程序规定第六十四条（经负责人批准延长三十日）", due_on=D(2022, 6, 29))
    assert [f.code for f in run(_late(decision_limit=extended)).findings if f.code.startswith("E7")] == []


def test_a_decision_after_the_other_provisions_limit_is_still_an_error() -> None:
    extended = DecisionLimit(basis="某规章第六十四条", due_on=D(2022, 6, 15))
    found = [f for f in run(_late(decision_limit=extended)).findings if f.code == "E7.decision-overdue"]
    assert [f.severity for f in found] == [ERROR]
    assert "某规章第六十四条" in found[0].citation and "2022-06-15" in found[0].message
    # Open at as_of: the recorded last day is the limit.
    open_case = _late(decision=None, service=None, payments=(), decision_limit=extended)
    assert severities(open_case, "E7.decision-overdue", as_of=D(2022, 6, 15)) == []
    assert severities(open_case, "E7.decision-overdue", as_of=D(2022, 6, 16)) == [ERROR]


def test_days_not_counted_lengthen_the_90_days() -> None:
    # 21 days of expert examination left out: 1 March + 111 days = Monday 20 June 2022.
    skipped = DecisionLimit(basis="某规章：鉴定时间不计入", days_not_counted=21)
    assert severities(_late(decision_limit=skipped), "E7.decision-overdue") == []
    short = DecisionLimit(basis="某规章：鉴定时间不计入", days_not_counted=20)  # ends Sunday 19 June → Monday 20 June
    assert severities(_late(decision_limit=short), "E7.decision-overdue") == []
    shorter = DecisionLimit(basis="某规章：鉴定时间不计入", days_not_counted=18)  # Friday 17 June
    assert severities(_late(decision_limit=shorter), "E7.decision-overdue") == [ERROR]


def test_another_provision_without_its_limit_is_a_warning_naming_the_field() -> None:
    vague = DecisionLimit(basis="某规章第六十四条")
    found = [f for f in run(_late(decision_limit=vague)).findings if f.code.startswith("E7")]
    assert [(f.code, f.severity, f.path) for f in found] == [
        ("E7.other-limit-not-recorded", WARNING, "$.decision_limit.due_on")
    ]
    # Within the 90 days nothing is said.
    assert [f.code for f in run(lawful(decision_limit=vague)).findings if f.code.startswith("E7")] == []


def test_a_decision_limit_round_trips_through_json() -> None:
    case = _late(decision_limit=DecisionLimit(basis="某规章第六十四条", due_on=D(2022, 6, 29), days_not_counted=3))
    assert loads(dumps(case)) == case


def test_upcoming_gives_the_other_provisions_last_day() -> None:
    open_case = _late(decision=None, service=None, payments=(), decision_limit=DecisionLimit(basis="某规章", due_on=D(2022, 6, 29)))
    items = [u for u in upcoming(open_case, as_of=D(2022, 6, 1)) if u.rule == "E7"]
    assert [(u.deadline.due, u.overdue) for u in items] == [(D(2022, 6, 29), False)]
    skipped = _late(decision=None, service=None, payments=(), decision_limit=DecisionLimit(basis="某规章", days_not_counted=21))
    assert [u.deadline.due for u in upcoming(skipped, as_of=D(2022, 6, 1)) if u.rule == "E7"] == [D(2022, 6, 20)]


# --- E12 under the 2017 text: kinds its list (ending in 等) does not name ------------------------------------

# 2017 Art. 42 ¶1 names 责令停产停业、吊销许可证或者执照、较大数额罚款 and ends in 等; 2021 Art. 63 ¶1 also names
# a large confiscation, a lowered qualification, closure and restricted employment.
NOT_TOLD_2020 = PenaltyNotice(served_on=D(2020, 5, 20), intended_penalty="降低资质等级", hearing_right_stated=False)


def _e12(case: EnforcementCase) -> list[tuple[str, object]]:
    return [(f.code, f.severity) for f in run(case).findings if f.code.startswith("E12")]


@pytest.mark.parametrize(
    "kinds",
    [(PenaltyKind.QUALIFICATION_LOWERED,), (PenaltyKind.CLOSURE,), (PenaltyKind.EMPLOYMENT_RESTRICTION,)],
)
def test_a_2020_kind_the_2017_list_does_not_name_is_a_warning(kinds: tuple[PenaltyKind, ...]) -> None:
    decision = PenaltyDecision(decided_on=D(2020, 6, 5), penalties=kinds)
    case = old_case(notice=NOT_TOLD_2020, decision=decision, payments=())
    assert _e12(case) == [("E12.hearing-right-not-told-other-kind", WARNING)]
    # The same decision under the 2021 text (Art. 63 ¶1 names it): an error.
    told_2022 = attrs.evolve(NOT_TOLD_2020, served_on=D(2022, 3, 10))
    case_2022 = lawful(notice=told_2022, decision=attrs.evolve(decision, decided_on=D(2022, 3, 25)), payments=())
    assert _e12(case_2022) == [("E12.hearing-right-not-told-other-kind", ERROR)]


def test_a_2020_kind_the_2017_list_names_is_still_an_error() -> None:
    for decision in (
        PenaltyDecision(decided_on=D(2020, 6, 5), penalties=(PenaltyKind.SUSPENSION,)),
        PenaltyDecision(decided_on=D(2020, 6, 5), penalties=(PenaltyKind.FINE,), fine_yuan=200000, large_amount=True),
        # Recorded as carrying the right (an "other heavier penalty" within 等): judged as named.
        PenaltyDecision(decided_on=D(2020, 6, 5), penalties=(PenaltyKind.QUALIFICATION_LOWERED,), hearing_right=True),
    ):
        case = old_case(notice=NOT_TOLD_2020, decision=decision, payments=())
        assert _e12(case) == [("E12.hearing-right-not-told", ERROR)], decision
    # A large confiscation (no fine) is not named in 2017: a warning.
    confiscation = PenaltyDecision(decided_on=D(2020, 6, 5), penalties=(PenaltyKind.CONFISCATION,), large_amount=True)
    assert _e12(old_case(notice=NOT_TOLD_2020, decision=confiscation, payments=())) == [
        ("E12.hearing-right-not-told-other-kind", WARNING)
    ]


def test_a_2020_hearing_refused_for_an_unnamed_kind_is_a_warning() -> None:
    told = attrs.evolve(NOT_TOLD_2020, hearing_right_stated=True)
    request = HearingRequest(requested_on=D(2020, 5, 21), answer=HearingAnswer.DECLINED, answer_reason="不属于听证范围")
    lowered = PenaltyDecision(decided_on=D(2020, 6, 5), penalties=(PenaltyKind.QUALIFICATION_LOWERED,))
    case = old_case(notice=told, hearing_request=request, decision=lowered, payments=())
    assert _e12(case) == [("E12.hearing-not-held-other-kind", WARNING)]
    suspended = attrs.evolve(lowered, penalties=(PenaltyKind.SUSPENSION,))
    assert _e12(old_case(notice=told, hearing_request=request, decision=suspended, payments=())) == [
        ("E12.hearing-not-held", ERROR)
    ]


# --- E8: service by post or public notice completes after the agency sends it ------------------------------

# Decided Friday 25 March 2022, party absent: 7 working days end on Wednesday 6 April (Saturday 2 April is a
# working day; 3–5 April Qingming).


def _served(service: Service) -> list[tuple[str, object]]:
    case = lawful(service=service, payments=())
    return [(f.code, f.severity) for f in run(case).findings if f.code.startswith("E8")]


def test_a_document_sent_in_time_and_received_later_is_a_warning() -> None:
    assert default_calendar().add_workdays(D(2022, 3, 25), 7) == D(2022, 4, 6)
    posted = Service(served_on=D(2022, 4, 8), method="邮寄送达", sent_on=D(2022, 4, 6))
    assert _served(posted) == [("E8.service-completed-after-period", WARNING)]
    # Service by public notice: published on 30 March, deemed served when its period ends.
    notice = Service(served_on=D(2022, 4, 29), method="公告送达", sent_on=D(2022, 3, 30))
    assert _served(notice) == [("E8.service-completed-after-period", WARNING)]
    # Sent after the period, or the sending not recorded: late.
    assert _served(attrs.evolve(posted, sent_on=D(2022, 4, 7))) == [("E8.service-late", ERROR)]
    assert _served(attrs.evolve(posted, sent_on=None)) == [("E8.service-late", ERROR)]
    # Received within the period: nothing to say.
    assert _served(Service(served_on=D(2022, 4, 6), sent_on=D(2022, 4, 1))) == []


def test_the_2017_text_counts_calendar_days_for_the_sending_too() -> None:
    # Decided Friday 5 June 2020: 7 calendar days end on Friday 12 June.
    decision = old_case().decision
    case = old_case(service=Service(served_on=D(2020, 6, 16), sent_on=D(2020, 6, 12)), payments=())
    assert [(f.code, f.severity) for f in run(case).findings if f.code.startswith("E8")] == [
        ("E8.service-completed-after-period", WARNING)
    ]
    late = old_case(service=Service(served_on=D(2020, 6, 16), sent_on=D(2020, 6, 13)), payments=())
    assert decision is not None and [f.code for f in run(late).findings if f.code.startswith("E8")] == ["E8.service-late"]


def test_a_sending_after_the_receipt_is_refused() -> None:
    with pytest.raises(InvariantError):
        Service(served_on=D(2022, 4, 6), sent_on=D(2022, 4, 7))


# --- E2, E13: "法律另有规定的除外" / "法律另有规定的，从其规定" (2021 Art. 42 ¶1, Art. 51) ---------------------

def _codes(case: EnforcementCase, prefix: str) -> list[tuple[str, object]]:
    return [(f.code, f.severity) for f in run(case).findings if f.code.startswith(prefix)]


def test_one_officer_under_a_recorded_other_law_is_a_warning() -> None:
    one = lawful(officers=(WANG,), investigation=Investigation(started_on=D(2022, 3, 2)))
    assert _codes(one, "E2.too-few") == [("E2.too-few-officers", ERROR)]
    excused = attrs.evolve(one, other_law="某法第X条（一名执法人员可以当场处罚）")
    found = [f for f in run(excused).findings if f.code.startswith("E2.too-few")]
    assert [(f.code, f.severity) for f in found] == [("E2.too-few-officers-other-law", WARNING)]
    assert "某法第X条" in found[0].message


def test_a_summary_fine_above_the_2017_ceiling_under_a_recorded_other_law_is_a_warning() -> None:
    citizen = Party(PartyKind.CITIZEN, person_name="张某")
    decision = PenaltyDecision(
        decided_on=D(2020, 6, 5), procedure=ProcedureKind.SUMMARY, penalties=(PenaltyKind.FINE,), fine_yuan=200,
        filed_with_agency_on=D(2020, 6, 5),
    )
    case = old_case(party=citizen, decision=decision, payments=(Payment(paid_on=D(2020, 6, 5), amount_yuan=200),))
    assert _codes(case, "E13") == [("E13.summary-fine-too-high", ERROR)]  # 2017 Art. 33: 50 yuan
    traffic = attrs.evolve(case, other_law="道路交通安全法第一百零七条")
    assert _codes(traffic, "E13") == [("E13.summary-fine-too-high-other-law", WARNING)]
    # Within the ceiling the recorded law changes nothing.
    small = attrs.evolve(traffic, decision=attrs.evolve(decision, fine_yuan=50))
    assert _codes(small, "E13") == []


# --- properties over compliant cases with lawful variations ------------------------------------------------


def _errors(case: EnforcementCase) -> list[str]:
    return [f.code for f in run(case).findings if f.severity is ERROR]


@settings(max_examples=40, deadline=None)
@given(case=compliant_enforcement_cases())
def test_deciding_to_impose_no_penalty_without_a_notice_is_never_an_error(case: EnforcementCase) -> None:
    assert case.decision is not None
    none = attrs.evolve(case.decision, penalties=(), fine_yuan=0, large_amount=False, hearing_right=None)
    varied = attrs.evolve(
        case, notice=None, defence=None, hearing_request=None, hearing=None, decision=none, payments=(),
        publicity=None, remedies=(), evidence_log=EvidenceLog(),
    )
    assert _errors(with_evidence_log(varied, "ZF")) == []


@settings(max_examples=40, deadline=None)
@given(case=compliant_enforcement_cases(), extra=st.integers(min_value=1, max_value=60))
def test_a_document_sent_on_the_last_day_is_never_an_error(case: EnforcementCase, extra: int) -> None:
    # Sent on the period's last day (counted on the official calendar), service completed up to 60 days later.
    assert case.decision is not None and case.service is not None
    resolved = load_profile("national").get("enforcement.service_period.max", on=case.decision.decided_on)
    last = deadline(case.decision.decided_on, resolved.period(), default_calendar()).due
    served = last + dt.timedelta(days=extra)
    service = Service(served_on=served, method="邮寄送达", sent_on=last, party_present=False)
    varied = attrs.evolve(case, service=service, payments=(), remedies=(), evidence_log=EvidenceLog())
    assert _errors(with_evidence_log(varied, "ZF")) == []
    assert "E8.service-completed-after-period" in run(varied).codes()
