"""Issue 22: the enforcement checks' findings in full (investigation, hearing and decision: E1, E2, E4–E6,
E9, E11–E16, E18, R3): code, severity, both messages, path, parameter, dates and citation, so that a mutant
changing any of them is caught (docs/testing.md, "Mutation testing"). Execution, the evidence log, the
calendar and `upcoming`: test_mutation_checks_enforcement_execution.py.

Every date is counted by hand on the official calendar (国办发明电〔2021〕11号 for 2022): 3–5 April 2022
are the Qingming holidays and Saturday 2 April a working day. The 2021 penalty law counts its 二日、三日、
五日、七日 in working days (Art. 85); its 九十日 and 十五日 in calendar days.
"""

from __future__ import annotations

import attrs

from _enforcement_mutation_support import (
    DAGANG,
    ERROR,
    INFO,
    TOLD,
    WANG,
    WARNING,
    ZHAO,
    D,
    codes,
    facts,
    fine,
    heavy,
    lawful,
    old_case,
    one,
    review,
    run,
    summary,
)
from xingzheng.model.enforcement import (
    AuxiliaryStaff,
    CaseSource,
    CollectiveDecision,
    Defence,
    EnforcementCase,
    EvidencePreservation,
    Hearing,
    HearingAnswer,
    HearingRequest,
    Investigation,
    Offence,
    Officer,
    Party,
    PartyKind,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Service,
)
from xingzheng.model.review import LegalityReview, Reviewer, ReviewerRole, ReviewOpinion, SubjectKind


def test_the_lawful_case_has_no_finding_in_either_profile() -> None:
    assert run(lawful()).findings == ()
    assert run(lawful(), DAGANG).findings == ()
    report = run(lawful(), as_of=D(2022, 12, 1))
    assert (report.kind, report.title, report.profile, report.as_of) == (
        "enforcement_case", lawful().title, "national", D(2022, 12, 1)
    )
    assert report.findings == ()


# --- E1, E2 ---------------------------------------------------------------------------------------------


def test_e1_other_source_without_detail() -> None:
    f = one(run(lawful(source=CaseSource.OTHER, source_detail="  ")), "E1.source-unspecified")
    assert (f.severity, f.path, f.parameter, f.dates) == (INFO, "$.source_detail", None, ())
    assert f.message == "案件来源为“其他”但未说明具体来源"
    assert f.message_en == "the case source is 'other' without saying which"
    assert "第五十四条" in f.citation
    assert "E1.source-unspecified" not in codes(run(lawful(source=CaseSource.OTHER, source_detail="群众来信")))
    assert "E1.source-unspecified" not in codes(run(lawful(source_detail=None)))


def test_e2_no_officers_is_a_warning_naming_the_field() -> None:
    report = run(lawful(officers=()))
    f = one(report, "E2.officers-not-recorded")
    assert (f.severity, f.path, f.parameter, f.dates) == (WARNING, "$.officers", "enforcement.officers.min", ())
    assert f.message == "案件未记录执法人员（officers）"
    assert f.message_en == "the case records no officers (officers)"
    assert "第四十二条第一款" in f.citation
    assert "E2.too-few-officers" not in codes(report)  # said once, as not recorded


def test_e2_too_few_officers_on_the_investigation_day() -> None:
    f = one(run(lawful(officers=(WANG,))), "E2.too-few-officers")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.officers", "enforcement.officers.min")
    assert f.message == "执法人员 1 人，少于 2 人"
    assert f.message_en == "1 officer(s), fewer than 2"
    assert facts(f) == [("on", D(2022, 3, 2))]
    assert "第四十二条第一款" in f.citation


def test_e2_investigators_are_those_the_investigation_names() -> None:
    named = Investigation(started_on=D(2022, 3, 2), officer_certificates=("12011600001",))
    f = one(run(lawful(investigation=named)), "E2.too-few-officers")
    assert f.message == "执法人员 1 人，少于 2 人"
    both = Investigation(started_on=D(2022, 3, 2), officer_certificates=("12011600001", "12011600002"))
    assert "E2.too-few-officers" not in codes(run(lawful(investigation=both)))


def test_e2_no_officer_and_no_step_yet_is_not_judged() -> None:
    case = lawful(officers=(), investigation=None, notice=None, decision=None, service=None, payments=(), closing=None)
    assert not [c for c in codes(run(case)) if c.startswith("E2")]


def test_e2_certificates_not_shown() -> None:
    inv = Investigation(started_on=D(2022, 3, 2), certificates_shown=False)
    f = one(run(lawful(investigation=inv)), "E2.certificates-not-shown")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.investigation.certificates_shown", None, ())
    assert f.message == "调查或检查时未出示执法证件"
    assert f.message_en == "certificates were not shown when investigating"
    assert "第四十二条第一款" in f.citation


def test_e2_auxiliary_staff_who_decided() -> None:
    staff = (AuxiliaryStaff("张三"), AuxiliaryStaff("李四", decided=True))
    f = one(run(lawful(auxiliary_staff=staff)), "E2.auxiliary-decided")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.auxiliary_staff[1].decided", None)
    assert f.message == "执法辅助人员（第 2 名）作出或签署了处罚决定"
    assert f.message_en == "auxiliary staff member 2 made or signed the penalty decision"
    assert facts(f) == [("decided", D(2022, 3, 25))]
    assert "第四十二条第一款" in f.citation
    assert "E2.auxiliary-decided" not in codes(run(lawful(auxiliary_staff=staff, decision=None, service=None, payments=())))


def test_e2_blank_certificate_number() -> None:
    f = one(run(lawful(officers=(WANG, Officer("赵西", " ")))), "E2.certificate-not-recorded")
    assert (f.severity, f.path, f.parameter) == (WARNING, "$.officers[1].certificate_number", None)
    assert f.message == "未记录执法人员 赵西 的执法证号"
    assert f.message_en == "officer 赵西's certificate number is not recorded"
    assert facts(f) == [("acted", D(2022, 3, 2))]
    assert "第四十二条第一款" in f.citation


def test_e2_certificate_invalid_on_the_first_day_it_was_not_valid_and_only_once() -> None:
    zhao = Officer(
        "赵西",
        "12011600002",
        certificate_valid_until=D(2022, 3, 1),
        acted_on=(D(2022, 2, 28), D(2022, 3, 2), D(2022, 3, 3)),
    )
    f = one(run(lawful(officers=(WANG, zhao))), "E2.certificate-invalid")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.officers[1].certificate_number", None)
    assert f.message == "执法人员 赵西 的执法证在其执法之日 2022-03-02 无效"
    assert f.message_en == "officer 赵西's certificate was not valid on 2022-03-02, a day the officer acted"
    assert facts(f) == [("acted", D(2022, 3, 2))]
    assert "第四十二条第一款" in f.citation


def test_e2_certificate_judged_on_the_investigation_day_without_acted_on() -> None:
    zhao = Officer("赵西", "12011600002", certificate_valid_from=D(2022, 3, 3))
    f = one(run(lawful(officers=(WANG, zhao))), "E2.certificate-invalid")
    assert facts(f) == [("acted", D(2022, 3, 2))]
    # Not named by the investigation, never acting: not judged.
    inv = Investigation(started_on=D(2022, 3, 2), officer_certificates=("12011600001", "x"))
    report = run(lawful(officers=(WANG, zhao, Officer("钱北", "x")), investigation=inv))
    assert "E2.certificate-invalid" not in codes(report)


# --- E4 ------------------------------------------------------------------------------------------------


def test_e4_no_notice() -> None:
    f = one(run(lawful(notice=None)), "E4.no-notice")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.notice", None)
    assert f.message == "作出处罚决定前未告知拟作出的处罚及当事人的权利（当事人放弃陈述申辩不免除告知）"
    assert f.message_en == "decided without telling the party the intended penalty and its rights (a waiver never excuses the notice)"
    assert facts(f) == [("decided", D(2022, 3, 25))]
    assert "第四十四条" in f.citation


def test_e4_late_incomplete_notice_and_defence_not_heard() -> None:
    notice = PenaltyNotice(served_on=D(2022, 3, 26), facts_reasons_basis=False)
    report = run(lawful(notice=notice, defence=Defence(on=D(2022, 3, 20), heard=False)))
    f = one(report, "E4.notice-after-decision")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.notice.served_on", None)
    assert (f.message, f.message_en) == ("告知晚于处罚决定", "the notice came after the decision")
    assert facts(f) == [("notified", D(2022, 3, 26)), ("decided", D(2022, 3, 25))]
    assert "第四十四条" in f.citation
    f = one(report, "E4.notice-incomplete")
    assert (f.severity, f.path, f.dates) == (ERROR, "$.notice", ())
    assert f.message == "告知未载明事实、理由、依据或陈述申辩权利"
    assert f.message_en == "the notice does not state the facts, reasons and basis or the rights to statement and defence"
    assert "第四十四条" in f.citation
    f = one(report, "E4.defence-not-heard")
    assert (f.severity, f.path) == (ERROR, "$.defence.heard")
    assert f.message == "拒绝听取当事人的陈述、申辩后作出决定"
    assert f.message_en == "decided after refusing to hear the party's statement and defence"
    assert "第四十四条" in f.citation


def test_e4_each_missing_part_of_the_notice_and_a_waived_defence() -> None:
    rights = PenaltyNotice(served_on=D(2022, 3, 10), rights_stated=False)
    assert "E4.notice-incomplete" in codes(run(lawful(notice=rights)))
    same_day = PenaltyNotice(served_on=D(2022, 3, 25))
    assert "E4.notice-after-decision" not in codes(run(lawful(notice=same_day)))
    waived = Defence(on=D(2022, 3, 12), waived=True, heard=False)
    assert "E4.defence-not-heard" not in codes(run(lawful(defence=waived)))
    assert not [c for c in codes(run(lawful(notice=None, decision=None, service=None, payments=()))) if c.startswith("E4")]


# --- E9 ------------------------------------------------------------------------------------------------


def test_e9_limitation_expired_under_the_2017_text() -> None:
    case = lawful(offence=Offence(committed_on=D(2019, 2, 25)), discovered_on=D(2022, 2, 28))
    f = one(run(case), "E9.limitation-expired")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.discovered_on", "enforcement.limitation_period")
    assert f.message == "违法行为自 2019-02-25 起 2 年内（至 2021-02-25）未被发现，不再给予行政处罚"
    assert f.message_en == "the violation was not discovered within 2 years of 2019-02-25 (by 2021-02-25): no penalty may be given"
    assert facts(f) == [("limitation_starts", D(2019, 2, 25)), ("due", D(2021, 2, 25)), ("discovered", D(2022, 2, 28))]
    assert "第二十九条第一款" in f.citation


def test_e9_pending_and_no_penalty() -> None:
    offence = Offence(committed_on=D(2019, 2, 25))
    pending = lawful(offence=offence, discovered_on=D(2022, 2, 28), decision=None, service=None, payments=(), closing=None)
    f = one(run(pending), "E9.limitation-expired-pending")
    assert (f.severity, f.parameter) == (WARNING, "enforcement.limitation_period")
    assert f.message == "违法行为自 2019-02-25 起 2 年内（至 2021-02-25）未被发现，不再给予行政处罚"
    none_given = lawful(
        offence=offence, discovered_on=D(2022, 2, 28), decision=PenaltyDecision(decided_on=D(2022, 3, 25)),
        service=None, payments=(),
    )
    assert not [c for c in codes(run(none_given)) if c.startswith("E9")]


def test_e9_discovery_not_recorded_gives_the_first_step() -> None:
    case = lawful(offence=Offence(committed_on=D(2019, 2, 25)), discovered_on=None)
    f = one(run(case), "E9.discovery-not-recorded")
    assert (f.severity, f.path, f.parameter) == (WARNING, "$.discovered_on", "enforcement.limitation_period")
    assert f.message == (
        "未记录发现违法行为的日期（discovered_on）；立案等首个步骤（2022-03-01）已在 2 年时效（至 2021-02-25）之后，"
        "无法判断是否超过追责时效"
    )
    assert f.message_en == (
        "the day the violation was discovered (discovered_on) is not recorded; the first step on the case "
        "(2022-03-01) came after the 2-year limitation ended on 2021-02-25, so whether it was discovered in "
        "time cannot be judged"
    )
    assert facts(f) == [("limitation_starts", D(2019, 2, 25)), ("due", D(2021, 2, 25)), ("first_step", D(2022, 3, 1))]


def test_e9_first_step_is_the_earliest_recorded_one() -> None:
    offence = Offence(committed_on=D(2019, 2, 25))
    case = lawful(offence=offence, discovered_on=None, filed_on=None)  # the investigation (2022-03-02) first
    f = one(run(case), "E9.discovery-not-recorded")
    assert facts(f)[-1] == ("first_step", D(2022, 3, 2))
    case = lawful(offence=offence, discovered_on=None, filed_on=None, investigation=None)
    assert facts(one(run(case), "E9.discovery-not-recorded"))[-1] == ("first_step", D(2022, 3, 10))
    case = lawful(offence=offence, discovered_on=None, filed_on=None, investigation=None, notice=None)
    assert facts(one(run(case), "E9.discovery-not-recorded"))[-1] == ("first_step", D(2022, 3, 25))
    bare = lawful(
        offence=offence, discovered_on=None, filed_on=None, investigation=None, notice=None, decision=None,
        service=None, payments=(), closing=None,
    )
    assert not [c for c in codes(run(bare)) if c.startswith("E9")]


def test_e9_the_last_day_of_the_limitation_is_in_time() -> None:
    # 2 years from 2019-02-25 end on Thursday 2021-02-25 (no roll): discovered that day, in time.
    offence = Offence(committed_on=D(2019, 2, 25))
    assert not [c for c in codes(run(lawful(offence=offence, discovered_on=D(2021, 2, 25)))) if c.startswith("E9")]
    assert "E9.limitation-expired" in codes(run(lawful(offence=offence, discovered_on=D(2021, 2, 26))))


def test_e9_five_years_for_life_health_or_financial_safety_under_the_2021_text() -> None:
    # Committed 2021-09-01 (2021 text in force): 5 years end on Tuesday 2026-09-01.
    safety = Offence(committed_on=D(2021, 9, 1), life_health_or_financial_safety=True, harmful_consequences=True)
    assert not [c for c in codes(run(lawful(offence=safety))) if c.startswith("E9")]
    late = lawful(offence=attrs.evolve(safety, committed_on=D(2016, 9, 1)), discovered_on=D(2022, 2, 28))
    f = one(run(late), "E9.limitation-expired")
    assert f.parameter == "enforcement.limitation_period"  # the 2017 text has no five-year limitation
    ok = lawful(offence=Offence(committed_on=D(2021, 9, 1)), discovered_on=D(2023, 9, 4))
    f = one(run(ok), "E9.limitation-expired")
    assert f.message.startswith("违法行为自 2021-09-01 起 2 年内（至 2023-09-01）")
    long_ = lawful(offence=safety, discovered_on=D(2023, 9, 4))
    assert not [c for c in codes(run(long_)) if c.startswith("E9")]


# --- E11 -----------------------------------------------------------------------------------------------


def test_e11_not_in_the_national_profile() -> None:
    tired = Officer("王东", "1", training_year=2022, training_hours=10, warning_education_hours=3)
    report = run(lawful(officers=(tired, ZHAO)))
    infos = [f for f in report.findings if f.code == "E11.no-rule"]
    assert [(f.severity, f.parameter, f.path, f.citation) for f in infos] == [
        (INFO, "enforcement.training_hours.min", "$", ""),
        (INFO, "enforcement.warning_education_hours.min", "$", ""),
    ]
    assert infos[0].message == "规则配置 national 在 2022-03-01 没有生效的 enforcement.training_hours.min，不检查此项"
    assert infos[0].message_en == "profile national has no enforcement.training_hours.min in force on 2022-03-01; not judged"
    assert facts(infos[0]) == [("on", D(2022, 3, 1))]


def test_e11_training_hours_in_the_dagang_profile() -> None:
    tired = Officer("王东", "1", training_year=2022, training_hours=10, warning_education_hours=3)
    report = run(lawful(officers=(tired, ZHAO)), DAGANG)
    f = one(report, "E11.training-hours-short")
    assert (f.severity, f.path, f.parameter, f.dates) == (
        ERROR, "$.officers[0].training_hours", "enforcement.training_hours.min", ()
    )
    assert f.message == "执法人员 王东 2022 年专题法律培训 10 学时，少于 40 学时（按规则配置声明的自然年计算）"
    assert f.message_en == (
        "officer 王东 had 10 class hours of topical legal training in 2022, fewer than 40 (per calendar year, as "
        "the profile declares)"
    )
    assert "大港街2020年法治政府建设情况报告" in f.citation
    f = one(report, "E11.warning-education-hours-short")
    assert (f.severity, f.path, f.parameter) == (
        WARNING, "$.officers[0].warning_education_hours", "enforcement.warning_education_hours.min"
    )
    assert f.message == "执法人员 王东 2022 年警示教育 3 学时，少于 20 学时（按规则配置声明的自然年计算）"
    assert f.message_en == (
        "officer 王东 had 3 class hours of warning education in 2022, fewer than 20 (per calendar year, as the "
        "profile declares)"
    )
    assert "警示教育总学时不少于20学时" in f.citation


def test_e11_exactly_the_minimum_and_another_year_are_not_judged() -> None:
    enough = Officer("王东", "1", training_year=2022, training_hours=40, warning_education_hours=20)
    assert not [c for c in codes(run(lawful(officers=(enough, ZHAO)), DAGANG)) if c.startswith("E11")]
    other_year = Officer("王东", "1", training_year=2021, training_hours=0, warning_education_hours=0)
    assert not [c for c in codes(run(lawful(officers=(other_year, ZHAO)), DAGANG)) if c.startswith("E11")]


# --- E14 -----------------------------------------------------------------------------------------------


def test_e14_evidence_decision_late_and_overdue() -> None:
    held = (
        EvidencePreservation(registered_on=D(2022, 3, 3), decided_on=D(2022, 3, 20)),
        EvidencePreservation(registered_on=D(2022, 3, 4)),
    )
    report = run(lawful(evidence_preservations=held), as_of=D(2022, 4, 1))
    # Seven working days from Thursday 3 March end on Monday 14 March; from Friday 4 March, on Tuesday 15.
    f = one(report, "E14.evidence-decision-late")
    assert (f.severity, f.path, f.parameter) == (
        ERROR, "$.evidence_preservations[0].decided_on", "enforcement.evidence_decision_period.max"
    )
    assert f.message == "先行登记保存的证据于 2022-03-20 作出处理决定，超过期限（2022-03-14）"
    assert f.message_en == "the decision on evidence held was made on 2022-03-20, after 2022-03-14"
    assert facts(f) == [("registered", D(2022, 3, 3)), ("due", D(2022, 3, 14)), ("decided", D(2022, 3, 20))]
    assert "第五十六条" in f.citation
    f = one(report, "E14.evidence-decision-overdue")
    assert (f.severity, f.path, f.parameter) == (
        ERROR, "$.evidence_preservations[1].decided_on", "enforcement.evidence_decision_period.max"
    )
    assert f.message == "先行登记保存的证据至 2022-03-15 仍未作出处理决定"
    assert f.message_en == "no decision on the evidence held by 2022-03-15"
    assert facts(f) == [("registered", D(2022, 3, 4)), ("due", D(2022, 3, 15)), ("as_of", D(2022, 4, 1))]
    assert "第五十六条" in f.citation


def test_e14_on_the_last_day_is_in_time_and_open_is_judged_only_after_it() -> None:
    held = (EvidencePreservation(registered_on=D(2022, 3, 3), decided_on=D(2022, 3, 14)),)
    assert not [c for c in codes(run(lawful(evidence_preservations=held))) if c.startswith("E14")]
    open_ = (EvidencePreservation(registered_on=D(2022, 3, 3)),)
    assert not [c for c in codes(run(lawful(evidence_preservations=open_), as_of=D(2022, 3, 14))) if c.startswith("E14")]
    assert not [c for c in codes(run(lawful(evidence_preservations=open_))) if c.startswith("E14")]
    assert "E14.evidence-decision-overdue" in codes(run(lawful(evidence_preservations=open_), as_of=D(2022, 3, 15)))


# --- E15, E16, E18 -------------------------------------------------------------------------------------


def test_e15_collective_decision() -> None:
    f = one(run(lawful(complex_or_major_violation=True)), "E15.no-collective-decision")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.collective_decision", None)
    assert f.message == "情节复杂或者重大违法行为的处罚未经负责人集体讨论决定"
    assert f.message_en == "a complex or major violation was penalised without a collective decision of the heads"
    assert "第五十七条第二款" in f.citation
    after = CollectiveDecision(decided_on=D(2022, 3, 26))
    f = one(run(lawful(complex_or_major_violation=True, collective_decision=after)), "E15.collective-after-decision")
    assert (f.severity, f.path) == (ERROR, "$.collective_decision.decided_on")
    assert (f.message, f.message_en) == ("集体讨论晚于处罚决定", "the collective discussion came after the decision")
    assert "第五十七条第二款" in f.citation
    same_day = CollectiveDecision(decided_on=D(2022, 3, 25))
    assert not [c for c in codes(run(lawful(complex_or_major_violation=True, collective_decision=same_day))) if c.startswith("E15")]
    no_penalty = lawful(complex_or_major_violation=True, decision=PenaltyDecision(decided_on=D(2022, 3, 25)), payments=())
    assert not [c for c in codes(run(no_penalty)) if c.startswith("E15")]


def test_e15_under_the_2017_text_only_for_heavier_penalties() -> None:
    old = dict(
        offence=Offence(committed_on=D(2021, 2, 25)), discovered_on=D(2021, 2, 28), filed_on=D(2021, 3, 1),
        investigation=Investigation(started_on=D(2021, 3, 2)), notice=PenaltyNotice(served_on=D(2021, 3, 10)),
        service=Service(served_on=D(2021, 3, 25), on_the_spot=True), payments=(), closing=None,
        complex_or_major_violation=True,
    )
    light = lawful(decision=fine(D(2021, 3, 25)), **old)
    assert not [c for c in codes(run(light)) if c.startswith("E15")]
    heavy = lawful(decision=fine(D(2021, 3, 25), 200000, large_amount=True), **old)
    assert "E15.no-collective-decision" in codes(run(heavy))


def test_e16_remedies_and_seal() -> None:
    report = run(lawful(decision=fine(D(2022, 3, 25), states_remedies=False, sealed=False)))
    f = one(report, "E16.remedies-missing")
    assert (f.severity, f.path) == (ERROR, "$.decision.states_remedies")
    assert f.message == "决定书未载明申请行政复议、提起行政诉讼的途径和期限"
    assert f.message_en == "the decision does not state the ways and time limits of reconsideration and litigation"
    assert "第五十九条" in f.citation
    f = one(report, "E16.seal-missing")
    assert (f.severity, f.path) == (ERROR, "$.decision.sealed")
    assert (f.message, f.message_en) == ("决定书未盖行政机关印章", "the decision document carries no seal of the agency")
    assert "第五十九条" in f.citation
    none_ = lawful(decision=PenaltyDecision(decided_on=D(2022, 3, 25), states_remedies=False, sealed=False), payments=())
    assert not [c for c in codes(run(none_)) if c.startswith("E16")]


def test_e18_direct_interest_and_a_heavier_fine_after_defence() -> None:
    case = lawful(
        officers=(WANG, attrs.evolve(ZHAO, direct_interest=True)),
        defence=Defence(on=D(2022, 3, 12)),
        decision=fine(D(2022, 3, 25), 3000),
        payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=3000),),
    )
    report = run(case)
    f = one(report, "E18.officer-not-recused")
    assert (f.severity, f.path) == (ERROR, "$.officers[1].direct_interest")
    assert f.message == "执法人员 赵西 与案件有直接利害关系，未回避"
    assert f.message_en == "officer 赵西 has a direct interest in the case and did not recuse"
    assert "第四十五条第二款" in f.citation
    f = one(report, "E18.heavier-after-defence")
    assert (f.severity, f.path) == (WARNING, "$.decision.fine_yuan")
    assert f.message == "陈述申辩后罚款由拟定的 2000 元加重为 3000 元"
    assert f.message_en == "after the statement and defence the fine rose from the intended 2000 to 3000 yuan"
    assert "第四十五条第二款" in f.citation


def test_e18_the_same_fine_or_a_waived_defence_is_not_heavier() -> None:
    same = lawful(defence=Defence(on=D(2022, 3, 12)))
    assert "E18.heavier-after-defence" not in codes(run(same))
    waived = lawful(
        defence=Defence(on=D(2022, 3, 12), waived=True), decision=fine(D(2022, 3, 25), 3000),
        payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=3000),),
    )
    assert "E18.heavier-after-defence" not in codes(run(waived))
    unnamed = lawful(
        notice=PenaltyNotice(served_on=D(2022, 3, 10)), defence=Defence(on=D(2022, 3, 12)),
        decision=fine(D(2022, 3, 25), 3000), payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=3000),),
    )
    assert "E18.heavier-after-defence" not in codes(run(unnamed))
    assert "E18.officer-not-recused" in codes(run(lawful(officers=(attrs.evolve(WANG, direct_interest=True), ZHAO), decision=None, service=None, payments=())))


# --- E5, E12 -------------------------------------------------------------------------------------------

def test_e5_a_late_hearing_request_is_the_partys_fact() -> None:
    # Five working days from Thursday 10 March end on Thursday 17 March.
    report = run(heavy(hearing_request=HearingRequest(requested_on=D(2022, 3, 18))))
    f = one(report, "E5.hearing-request-late")
    assert (f.severity, f.path, f.parameter) == (
        INFO, "$.hearing_request.requested_on", "enforcement.hearing_request_period.max"
    )
    assert f.message == "当事人于 2022-03-18 要求听证，超过告知后 5个工作日的期限（2022-03-17）；行政机关可不组织听证"
    assert f.message_en == (
        "the party asked for a hearing on 2022-03-18, after the 5 working days from the notice ended on 2022-03-17; "
        "the agency need not hold it"
    )
    assert facts(f) == [("notified", D(2022, 3, 10)), ("due", D(2022, 3, 17)), ("requested", D(2022, 3, 18))]
    assert "第六十四条第（一）项" in f.citation
    assert "E12.hearing-not-held" not in codes(report)  # late: the agency need not hold it
    on_time = run(heavy(hearing_request=HearingRequest(requested_on=D(2022, 3, 17))))
    assert "E5.hearing-request-late" not in codes(on_time)
    f = one(on_time, "E12.hearing-not-held")
    assert (f.severity, f.path) == (ERROR, "$.hearing")
    assert f.message == "当事人依法要求听证，未组织听证即作出决定"
    assert f.message_en == "decided without the hearing the party requested in time"
    assert "第六十三条第一款" in f.citation


def test_e5_hearing_notified_too_late_and_e12_conduct() -> None:
    hearing = Hearing(
        notified_on=D(2022, 3, 14), held_on=D(2022, 3, 18), public=False, presider_is_investigator=True,
        party_present=False,
    )
    report = run(heavy(
        hearing_request=HearingRequest(requested_on=D(2022, 3, 11)), hearing=hearing,
        decision=fine(D(2022, 3, 17), 200000, large_amount=True),
        service=Service(served_on=D(2022, 3, 17), on_the_spot=True),
    ))
    # Seven working days before Friday 18 March: 9–11 and 14–17 March, so 8 March at the latest.
    f = one(report, "E5.hearing-notice-too-short")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.hearing.notified_on", "enforcement.hearing_notice_period.min")
    assert f.message == "听证通知（2022-03-14）距听证不足 7个工作日，最迟应于 2022-03-08 通知"
    assert f.message_en == "the hearing was notified on 2022-03-14, less than 7 working days before it; the latest day was 2022-03-08"
    assert facts(f) == [("notified", D(2022, 3, 14)), ("latest", D(2022, 3, 8)), ("held", D(2022, 3, 18))]
    assert "第六十四条第（二）项" in f.citation
    expected = {
        "E12.presider-is-investigator": (ERROR, "$.hearing.presider_is_investigator", "听证由本案调查人员主持",
                                         "the hearing was presided by an investigator of the case"),
        "E12.hearing-not-public": (ERROR, "$.hearing.public", "听证未公开举行且未记录涉及国家秘密、商业秘密或者个人隐私",
                                   "the hearing was not public and no state secret, business secret or privacy is recorded"),
        "E12.decision-before-hearing": (ERROR, "$.decision.decided_on", "处罚决定早于听证", "the decision came before the hearing"),
        "E12.party-absent": (INFO, "$.hearing.party_present", "当事人未出席听证（记录的事实）",
                             "the party did not attend the hearing (a recorded fact)"),
    }
    for code, (severity, path, zh, en) in expected.items():
        f = one(report, code)
        assert (f.severity, f.path, f.message, f.message_en, f.parameter, f.dates) == (severity, path, zh, en, None, ())
        assert "第六十三条第一款" in f.citation
    assert "E12.hearing-not-held" not in codes(report)


def test_e5_notified_on_the_latest_day_and_e12_lawful_hearing() -> None:
    hearing = Hearing(notified_on=D(2022, 3, 8), held_on=D(2022, 3, 18), public=False, closed_reason="商业秘密", party_present=True)
    report = run(heavy(
        notice=attrs.evolve(TOLD, served_on=D(2022, 3, 3)), hearing_request=HearingRequest(requested_on=D(2022, 3, 4)),
        hearing=hearing,
    ))
    assert not [c for c in codes(report) if c.startswith(("E5", "E12"))]
    blank = attrs.evolve(hearing, closed_reason="  ")
    assert "E12.hearing-not-public" in codes(run(heavy(
        notice=attrs.evolve(TOLD, served_on=D(2022, 3, 3)), hearing_request=HearingRequest(requested_on=D(2022, 3, 4)),
        hearing=blank,
    )))


def test_e12_the_hearing_right_not_told_or_not_recorded() -> None:
    request = HearingRequest(requested_on=D(2022, 3, 11), answer=HearingAnswer.DECLINED_LATE)
    report = run(heavy(notice=attrs.evolve(TOLD, hearing_right_stated=False), hearing_request=request))
    f = one(report, "E12.hearing-right-not-told")
    assert (f.severity, f.path) == (ERROR, "$.notice.hearing_right_stated")
    assert f.message == "拟作出的处罚属于应当告知听证权利的种类，告知中未告知当事人有要求听证的权利"
    assert f.message_en == "the penalty is of a kind that carries the right to a hearing, and the notice did not tell the party of it"
    f = one(report, "E12.hearing-not-held")
    assert f.message == "当事人依法要求听证，未组织听证即作出决定（行政机关以逾期为由拒绝，但申请未逾期）"
    assert f.message_en == "decided without the hearing the party requested in time (the agency declined it as late, but it was in time)"
    request = HearingRequest(requested_on=D(2022, 3, 11), answer=HearingAnswer.DECLINED, answer_reason=" 没有场地 ")
    report = run(heavy(notice=attrs.evolve(TOLD, hearing_right_stated=None), hearing_request=request))
    f = one(report, "E12.hearing-right-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.notice.hearing_right_stated")
    assert f.message == "拟作出的处罚属于应当告知听证权利的种类，未记录告知中是否告知了听证权利（hearing_right_stated）"
    assert f.message_en == "the penalty carries the right to a hearing; whether the notice told it is not recorded (hearing_right_stated)"
    f = one(report, "E12.hearing-not-held")
    assert f.message == "当事人依法要求听证，未组织听证即作出决定（行政机关拒绝组织：没有场地）"
    assert f.message_en == "decided without the hearing the party requested in time (the agency declined it)"
    request = HearingRequest(requested_on=D(2022, 3, 11), answer=HearingAnswer.DECLINED)
    f = one(run(heavy(hearing_request=request)), "E12.hearing-not-held")
    assert f.message == "当事人依法要求听证，未组织听证即作出决定（行政机关拒绝组织）"


def test_e12_no_hearing_right_no_hearing_duty() -> None:
    # The 2,000-yuan fine carries no hearing right: the notice need not tell it, a request need not be met.
    report = run(lawful(
        notice=PenaltyNotice(served_on=D(2022, 3, 10), hearing_right_stated=False),
        hearing_request=HearingRequest(requested_on=D(2022, 3, 11)),
    ))
    assert not [c for c in codes(report) if c.startswith("E12")]
    no_decision = run(heavy(hearing_request=HearingRequest(requested_on=D(2022, 3, 11)), decision=None, service=None, payments=()))
    assert not [c for c in codes(no_decision) if c.startswith("E12")]


# --- E6 ------------------------------------------------------------------------------------------------


def test_e6_a_review_required_and_missing_or_incomplete() -> None:
    f = one(run(lawful(complex_case=True)), "E6.review-missing")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.legal_review", None)
    assert (f.message, f.message_en) == ("应当进行法制审核而未审核即作出决定", "decided without the legal review the case requires")
    assert facts(f) == [("decided", D(2022, 3, 25))]
    assert "第五十八条第一款" in f.citation
    f = one(run(lawful(complex_case=True, legal_review=review(None, None))), "E6.review-outcome-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.legal_review.completed_on")
    assert f.message == "法制审核未记录审核意见及日期，无法判断决定前是否完成审核"
    assert f.message_en == "the legal review records no opinion and date: whether it was completed before the decision cannot be judged"
    assert facts(f) == [("decided", D(2022, 3, 25))]
    f = one(run(lawful(complex_case=True, legal_review=review(ReviewOpinion.LAWFUL, D(2022, 3, 28)))), "E6.review-after-decision")
    assert (f.severity, f.path) == (ERROR, "$.legal_review.completed_on")
    assert (f.message, f.message_en) == ("法制审核晚于处罚决定完成", "the legal review was completed after the decision")
    assert facts(f) == [("reviewed", D(2022, 3, 28)), ("decided", D(2022, 3, 25))]
    same_day = lawful(complex_case=True, legal_review=review(ReviewOpinion.LAWFUL, D(2022, 3, 25)))
    assert not [c for c in codes(run(same_day)) if c.startswith("E6")]


def test_e6_each_case_that_requires_a_review() -> None:
    for flags in ({"major_public_interest": True}, {"review_required_by_law": True}, {"complex_case": True}):
        assert "E6.review-missing" in codes(run(lawful(**flags))), flags
    assert "E6.review-missing" not in codes(run(lawful(major_rights=True)))  # no hearing held
    assert "E6.review-missing" not in codes(run(lawful()))


def test_e6_review_not_passed_and_amendments() -> None:
    f = one(run(lawful(complex_case=True, legal_review=review(ReviewOpinion.UNLAWFUL, D(2022, 3, 24)))), "E6.review-not-passed")
    assert (f.severity, f.path) == (ERROR, "$.legal_review.opinion")
    assert f.message == "法制审核意见为不合法，审核未通过，仍作出决定"
    assert f.message_en == "decided although the legal review found the decision unlawful (the review did not pass)"
    amend = review(ReviewOpinion.MUST_BE_AMENDED, D(2022, 3, 24))
    f = one(run(lawful(complex_case=True, legal_review=amend, decision=fine(D(2022, 3, 25), amended_per_review=False))), "E6.amend-not-followed")
    assert (f.severity, f.path) == (ERROR, "$.decision.amended_per_review")
    assert f.message == "法制审核意见为应当予以修改，决定未按审核意见修改即作出（审核未通过）"
    assert f.message_en == "the legal review said the decision must be amended, and it was made without the amendment (the review did not pass)"
    f = one(run(lawful(complex_case=True, legal_review=amend)), "E6.amend-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.decision.amended_per_review")
    assert f.message == "法制审核意见为应当予以修改，未记录决定是否已按审核意见修改（amended_per_review）"
    assert f.message_en == "the legal review said the decision must be amended; whether it was amended is not recorded (amended_per_review)"
    amended = lawful(complex_case=True, legal_review=amend, decision=fine(D(2022, 3, 25), amended_per_review=True))
    assert not [c for c in codes(run(amended)) if c.startswith("E6")]


def test_e6_first_time_reviewers_qualification() -> None:
    reviewers = (
        Reviewer(ReviewerRole.LEGAL_OFFICE, "丙", first_time=False, legal_qualification=False),
        Reviewer(ReviewerRole.LEGAL_OFFICE, "甲", first_time=True, legal_qualification=False),
        Reviewer(ReviewerRole.LEGAL_OFFICE, "乙", first_time=True),
        Reviewer(ReviewerRole.LEGAL_OFFICE, "丁", first_time=True, legal_qualification=True),
    )
    report = run(lawful(legal_review=review(ReviewOpinion.LAWFUL, D(2022, 3, 24), *reviewers)))
    assert [c for c in codes(report) if c.startswith("E6")] == ["E6.reviewer-unqualified", "E6.reviewer-qualification-not-recorded"]
    f = one(report, "E6.reviewer-unqualified")
    assert (f.severity, f.path) == (ERROR, "$.legal_review.reviewers[1].legal_qualification")
    assert f.message == "初次从事法制审核的人员 甲 未取得法律职业资格"
    assert f.message_en == "first-time reviewer 甲 holds no legal professional qualification"
    assert "第五十八条" in f.citation
    f = one(report, "E6.reviewer-qualification-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.legal_review.reviewers[2].legal_qualification")
    assert f.message == "未记录初次从事法制审核的人员 乙 是否取得法律职业资格"
    assert f.message_en == "whether first-time reviewer 乙 holds the legal professional qualification is not recorded"


def test_e6_under_the_2017_text_every_general_decision_is_reviewed() -> None:
    report = run(old_case())
    f = one(report, "E6.review-missing")
    assert "第三十八条第三款" in f.citation
    amend = LegalityReview(
        subject_kind=SubjectKind.ENFORCEMENT_DECISION, requested_on=D(2020, 6, 1), materials_complete_on=D(2020, 6, 1),
        opinion=ReviewOpinion.MUST_BE_AMENDED, completed_on=D(2020, 6, 3),
    )
    f = one(run(old_case(legal_review=amend)), "E6.decided-against-review")
    assert (f.severity, f.path) == (WARNING, "$.legal_review.opinion")
    # The Chinese message names the opinion in Chinese (it printed the JSON value "must_be_amended").
    assert f.message == "审核意见为“应当予以修改”，仍作出决定（2017年文本只要求进行审核）"
    assert f.message_en == "decided against a 'must be amended' review opinion (the 2017 text asks only that a review take place)"
    unlawful = attrs.evolve(amend, opinion=ReviewOpinion.UNLAWFUL)
    f = one(run(old_case(legal_review=unlawful)), "E6.decided-against-review")
    assert f.message == "审核意见为“不合法”，仍作出决定（2017年文本只要求进行审核）"
    assert f.message_en == "decided against a 'unlawful' review opinion (the 2017 text asks only that a review take place)"
    lawful_2017 = attrs.evolve(amend, opinion=ReviewOpinion.LAWFUL)
    assert not [c for c in codes(run(old_case(legal_review=lawful_2017))) if c.startswith("E6")]


# --- E13, R3 -------------------------------------------------------------------------------------------


def test_e13_summary_decision_kinds_filing_and_amount() -> None:
    decision = summary(amount=5000, penalties=(PenaltyKind.FINE, PenaltyKind.CONFISCATION))
    report = run(lawful(decision=decision, payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=5000),)))
    f = one(report, "E13.summary-penalty-kind")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.decision.penalties", None)
    assert f.message == "当场处罚只能是警告或者罚款，其他处罚应当适用普通程序"
    assert f.message_en == "a summary decision may only be a warning or a fine; any other penalty follows the general procedure"
    assert "第五十一条" in f.citation
    f = one(report, "E13.summary-not-filed")
    assert (f.severity, f.path) == (WARNING, "$.decision.filed_with_agency_on")
    assert f.message == "未记录当场作出的处罚决定报所属行政机关备案（filed_with_agency_on）"
    assert f.message_en == "the summary decision is not recorded as filed with the agency (filed_with_agency_on)"
    f = one(report, "E13.summary-fine-too-high")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.decision.fine_yuan", "enforcement.summary_fine_organisation.max")
    assert f.message == "当场罚款 5000 元，超过 3000 元，应当适用普通程序"
    assert f.message_en == "a summary fine of 5000 yuan exceeds 3000 yuan; the general procedure applies"
    assert "三千元以下" in f.citation and "; " in f.citation
    assert "E13.summary-fine-too-high" not in codes(run(lawful(decision=summary(amount=3000, filed_with_agency_on=D(2022, 3, 25)),
                                                                 payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=3000),))))


def test_e13_a_citizen_may_be_fined_on_the_spot_up_to_200_yuan() -> None:
    citizen = Party(PartyKind.CITIZEN, person_name="李甲")
    warned = summary(amount=201, penalties=(PenaltyKind.WARNING, PenaltyKind.FINE), filed_with_agency_on=D(2022, 3, 25))
    report = run(lawful(party=citizen, decision=warned, payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=201),)))
    assert [c for c in codes(report) if c.startswith("E13")] == ["E13.summary-fine-too-high"]
    f = one(report, "E13.summary-fine-too-high")
    assert f.parameter == "enforcement.summary_fine_citizen.max"
    assert f.message == "当场罚款 201 元，超过 200 元，应当适用普通程序"
    ok = attrs.evolve(warned, fine_yuan=200)
    assert not [c for c in codes(run(lawful(party=citizen, decision=ok, payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=200),)))) if c.startswith("E13")]


def on_the_spot_2024(**kw: object) -> EnforcementCase:
    return lawful(
        offence=Offence(committed_on=D(2024, 2, 26)), discovered_on=D(2024, 2, 28), filed_on=D(2024, 3, 1),
        investigation=Investigation(started_on=D(2024, 3, 4)), notice=PenaltyNotice(served_on=D(2024, 3, 11)),
        decision=fine(D(2024, 3, 25), procedure=ProcedureKind.SUMMARY, filed_with_agency_on=D(2024, 3, 26), **kw),
        service=Service(served_on=D(2024, 3, 25), on_the_spot=True),
        payments=(Payment(paid_on=D(2024, 3, 29), amount_yuan=2000),), closing=None,
    )


def test_r3_reconsideration_first_on_the_spot() -> None:
    f = one(run(on_the_spot_2024(reconsideration_first_told=False)), "R3.on-the-spot-not-told")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.decision.reconsideration_first_told", None)
    assert f.message == "当场作出的行政处罚决定未告知当事人先向行政复议机关申请行政复议"
    assert f.message_en == "the on-the-spot penalty decision did not tell the party to apply for administrative reconsideration first"
    assert "行政复议法（2023） 第二十三条" in f.citation
    f = one(run(on_the_spot_2024()), "R3.on-the-spot-telling-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.decision.reconsideration_first_told")
    assert f.message == "当场作出的行政处罚决定未记录是否告知复议前置（decision.reconsideration_first_told）"
    assert f.message_en == (
        "the on-the-spot penalty decision does not record whether reconsideration-first was told "
        "(decision.reconsideration_first_told)"
    )
    assert "行政复议法（2023）" in f.citation
    assert run(on_the_spot_2024(reconsideration_first_told=True)).findings == ()


def test_r3_not_in_force_in_2022() -> None:
    f = one(run(lawful(decision=summary(filed_with_agency_on=D(2022, 3, 25)))), "R3.no-rule")
    assert (f.severity, f.path, f.parameter, f.citation) == (INFO, "$", None, "")
    assert f.message == "规则 R3 在 2022-03-25 未生效（规则配置 national），不检查"
    assert f.message_en == "rule R3 is not in force on 2022-03-25 (profile national); not judged"
    assert facts(f) == [("on", D(2022, 3, 25))]
    assert "R3.no-rule" not in codes(run(lawful()))  # a general-procedure decision is not R3's


# --- E2 details: the 2017 text, the days an officer acted ----------------------------------------------


def test_e2_under_the_2017_text_a_summary_decision_needs_no_two_officers() -> None:
    spot = fine(D(2020, 6, 5), procedure=ProcedureKind.SUMMARY, filed_with_agency_on=D(2020, 6, 5))
    alone = old_case(officers=(WANG,), decision=spot, investigation=None)
    assert not [c for c in codes(run(alone)) if c.startswith("E2")]
    nobody = old_case(officers=(), decision=spot, investigation=None)
    assert not [c for c in codes(run(nobody)) if c.startswith("E2")]
    general = old_case(officers=(WANG,))
    assert "E2.too-few-officers" in codes(run(general))
    assert "E2.officers-not-recorded" in codes(run(old_case(officers=())))
    # The 2021 text asks for two officers on the spot as well.
    now = lawful(officers=(WANG,), decision=summary(filed_with_agency_on=D(2022, 3, 25)), investigation=None)
    assert "E2.too-few-officers" in codes(run(now))
    assert "E2.officers-not-recorded" in codes(run(lawful(officers=(), decision=summary(filed_with_agency_on=D(2022, 3, 25)), investigation=None)))


def test_e2_an_officer_acts_on_the_day_of_an_on_the_spot_decision() -> None:
    expired = Officer("赵西", "12011600002", certificate_valid_until=D(2022, 3, 24))
    spot = lawful(officers=(WANG, expired), decision=summary(filed_with_agency_on=D(2022, 3, 25)), investigation=None)
    f = one(run(spot), "E2.certificate-invalid")
    assert facts(f) == [("acted", D(2022, 3, 25))]
    general = lawful(officers=(WANG, expired), investigation=None)
    assert "E2.certificate-invalid" not in codes(run(general))  # acted on no recorded day


def test_e2_an_officer_who_did_not_act_does_not_stop_the_others_being_judged() -> None:
    inv = Investigation(started_on=D(2022, 3, 2), officer_certificates=("12011600002", "x"))
    idle = Officer("王东", "12011600001", certificate_valid_until=D(2022, 1, 1))
    expired = Officer("赵西", "12011600002", certificate_valid_until=D(2022, 3, 1))
    report = run(lawful(officers=(idle, expired, Officer("钱北", "x")), investigation=inv))
    f = one(report, "E2.certificate-invalid")
    assert f.path == "$.officers[1].certificate_number"


def test_e2_every_officer_is_judged() -> None:
    blank = Officer("钱北", " ")
    expired = Officer("赵西", "12011600002", certificate_valid_until=D(2022, 3, 1))
    report = run(lawful(officers=(blank, expired)))
    assert [f.path for f in report.findings if f.code.startswith("E2.certificate")] == [
        "$.officers[0].certificate_number", "$.officers[1].certificate_number",
    ]
    both = (Officer("王东", "12011600001", certificate_valid_until=D(2022, 3, 1)), expired)
    assert [f.path for f in run(lawful(officers=both)).findings if f.code == "E2.certificate-invalid"] == [
        "$.officers[0].certificate_number", "$.officers[1].certificate_number",
    ]
    # Valid on the first day the officer acted, not on the second.
    later = Officer("赵西", "12011600002", certificate_valid_until=D(2022, 3, 2), acted_on=(D(2022, 3, 2), D(2022, 3, 3)))
    f = one(run(lawful(officers=(WANG, later))), "E2.certificate-invalid")
    assert facts(f) == [("acted", D(2022, 3, 3))]


def test_e2_a_day_before_the_rule_does_not_stop_the_later_days_being_judged() -> None:
    zhao = Officer(
        "赵西", "12011600002", certificate_valid_from=D(2000, 1, 1), certificate_valid_until=D(2022, 3, 1),
        acted_on=(D(1995, 6, 1), D(2022, 3, 2)),
    )
    report = run(lawful(officers=(WANG, zhao)))
    assert facts(one(report, "E2.no-rule")) == [("on", D(1995, 6, 1))]
    assert facts(one(report, "E2.certificate-invalid")) == [("acted", D(2022, 3, 2))]


def test_e9_five_years_need_both_the_interest_and_harm() -> None:
    # Committed on 1 September 2021: two years end on Friday 1 September 2023.
    no_harm = Offence(committed_on=D(2021, 9, 1), life_health_or_financial_safety=True)
    assert "E9.limitation-expired" in codes(run(lawful(offence=no_harm, discovered_on=D(2023, 9, 4))))
    no_interest = Offence(committed_on=D(2021, 9, 1), harmful_consequences=True)
    assert "E9.limitation-expired" in codes(run(lawful(offence=no_interest, discovered_on=D(2023, 9, 4))))


def test_e9_a_limitation_rolled_past_a_weekend() -> None:
    # From Wednesday 6 March 2019 two years end on Saturday 6 March 2021, so Monday 8 March.
    offence = Offence(committed_on=D(2019, 3, 6))
    assert not [c for c in codes(run(lawful(offence=offence, discovered_on=D(2021, 3, 8)))) if c.startswith("E9")]
    f = one(run(lawful(offence=offence, discovered_on=D(2021, 3, 9))), "E9.limitation-expired")
    assert facts(f)[1] == ("due", D(2021, 3, 8))


def test_e12_before_a_decision_the_hearing_is_judged_on_the_notice_day() -> None:
    hearing = Hearing(notified_on=D(2022, 3, 11), held_on=D(2022, 3, 22), presider_is_investigator=True)
    report = run(heavy(hearing_request=HearingRequest(requested_on=D(2022, 3, 11)), hearing=hearing, decision=None,
                       service=None, payments=(), closing=None))
    assert "E12.presider-is-investigator" in codes(report)


def test_e13_the_fine_limit_cites_its_number_and_then_the_rule() -> None:
    decision = summary(amount=5000, filed_with_agency_on=D(2022, 3, 25))
    f = one(run(lawful(decision=decision, payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=5000),))), "E13.summary-fine-too-high")
    assert f.citation.split("; ") == [
        "行政处罚法（2021年修订） 第五十一条：“对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定”",
        "行政处罚法（2021年修订） 第五十一条：“可以当场作出行政处罚决定”",
        "行政处罚法（2021年修订） 第五十四条第一款：“除本法第五十一条规定的可以当场作出的行政处罚外，行政机关发现公民、法人或者其他组织有依法"
        "应当给予行政处罚的行为的，必须全面、客观、公正地调查，收集有关证据”",
        "行政处罚法（2021年修订） 第五十二条第三款：“执法人员当场作出的行政处罚决定，应当报所属行政机关备案”",
    ]
