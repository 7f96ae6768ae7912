"""Issue 22: the enforcement checks' findings in full (the evidence log and execution: E3, E7, E8, E10, E17;
the calendar given; a user's profile; `upcoming`), so that a mutant changing any of them is caught
(docs/testing.md, "Mutation testing").

Every date is counted by hand on the official calendar (国办发明电〔2021〕11号 for 2022): 3–5 April 2022
are the Qingming holidays and Saturday 2 April a working day; Sunday 24 April and Saturday 7 May 2022 are
working days (Labour Day). The 2021 penalty law counts its 三日、七日 in working days (Art. 85), its
九十日 and 十五日 in calendar days; the disclosure regulation's 20 days are working days.
"""

from __future__ import annotations

import datetime as dt

import attrs

from _enforcement_mutation_support import (
    CST,
    ERROR,
    INFO,
    INTEGRITY,
    LOCAL,
    LOG_CITE,
    REVOKED,
    TOLD,
    WANG,
    WARNING,
    D,
    codes,
    facts,
    fine,
    heavy,
    lawful,
    old_case,
    one,
    run,
    uncovered,
)
from _findings_support import rules_in_force
from xingzheng import check, upcoming
from xingzheng.model.enforcement import (
    CaseSource,
    Closing,
    EnforcementCase,
    EvidencePreservation,
    Hearing,
    HearingRequest,
    Investigation,
    Offence,
    Officer,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Publicity,
    RemedyKind,
    RemedyOutcome,
    RemedyPeriod,
    Service,
)
from xingzheng.model.evidence import EventKind, EvidenceLog
from xingzheng.rules import parse_profile

# --- E3 ------------------------------------------------------------------------------------------------

def test_e3_an_empty_log_misses_every_stage() -> None:
    case = attrs.evolve(lawful(), evidence_log=EvidenceLog())
    report = run(case)
    missing = [f for f in report.findings if f.code == "E3.event-missing"]
    assert [f.path for f in missing] == [
        "$.discovered_on", "$.filed_on", "$.investigation", "$.notice", "$.decision", "$.service", "$.closing",
        "$.officers", "$.payments",
    ]
    assert codes(report) == ["E3.event-missing"] * 9
    f = missing[1]
    assert (f.severity, f.parameter, f.dates) == (WARNING, None, ())
    assert f.message == "案件有 filed_on，但全过程记录中没有对应事件（该环节未记录）"
    assert f.message_en == "the case has filed_on but the evidence log has no matching event (the stage is not recorded)"
    assert LOG_CITE in f.citation and INTEGRITY not in f.citation
    f = missing[7]
    assert f.message == "案件的 officers 中有 2 项在全过程记录中没有对应事件（未记录）"
    assert f.message_en == "2 item(s) of the case's officers have no matching event in the evidence log (not recorded)"
    assert LOG_CITE in f.citation and INTEGRITY not in f.citation


def test_e3_an_event_without_its_field() -> None:
    f = one(run(attrs.evolve(lawful(), closing=None)), "E3.event-without-field")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.closing", None)
    assert f.message == "记录完整性错误：全过程记录中有“closed”事件，但案件没有 closing"
    assert f.message_en == "record integrity error: the log has a 'closed' event but the case has no closing"
    assert f.citation.startswith(INTEGRITY + " / record integrity: a design requirement of xingzheng")
    assert f.citation.endswith(LOG_CITE + "：“" + f.citation.split(LOG_CITE + "：“", 1)[1])
    assert "; 行政处罚法（2021年修订）" in f.citation


def test_e3_repeated_items_more_or_fewer_than_logged() -> None:
    extra = one(run(attrs.evolve(lawful(), payments=())), "E3.event-disagrees")
    assert (extra.severity, extra.path) == (ERROR, "$.payments")
    assert extra.message == "记录完整性错误：payments 与全过程记录不一致"
    assert extra.message_en == "record integrity error: payments disagrees with the log"
    assert extra.citation.startswith(INTEGRITY)
    two = (Payment(paid_on=D(2022, 3, 30), amount_yuan=2000), Payment(paid_on=D(2022, 3, 31), amount_yuan=20))
    missing = one(run(attrs.evolve(lawful(), payments=two)), "E3.event-missing")
    assert (missing.severity, missing.path) == (WARNING, "$.payments")
    assert missing.message == "案件的 payments 中有 1 项在全过程记录中没有对应事件（未记录）"
    assert missing.message_en == "1 item(s) of the case's payments have no matching event in the evidence log (not recorded)"
    # The same items in another order are the same multiset: nothing to say.
    both = lawful(payments=two)
    swapped = attrs.evolve(both, payments=tuple(reversed(two)))
    assert not [c for c in codes(run(swapped)) if c.startswith("E3")]


def test_e3_a_broken_chain_and_a_field_that_disagrees() -> None:
    case = lawful()
    events = list(case.evidence_log.events)
    events[1] = attrs.evolve(events[1], payload=(("filed_on", "2022-01-01"),))
    report = run(attrs.evolve(case, evidence_log=EvidenceLog(tuple(events))))
    f = one(report, "E3.log-broken")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.evidence_log.events[1]", None)
    assert f.message == "记录完整性错误：执法全过程记录的哈希链断裂，第 1 个事件的内容与其哈希不符"
    assert f.message_en == "record integrity error: the evidence log's hash chain is broken; event 1: its content does not match its hash"
    assert f.citation.startswith(INTEGRITY) and LOG_CITE in f.citation
    f = one(report, "E3.event-disagrees")
    assert (f.severity, f.path) == (ERROR, "$.filed_on")
    assert f.message == "记录完整性错误：filed_on 与全过程记录不一致（filed_on：记录 2022-01-01，字段 2022-03-01）"
    assert f.message_en == "record integrity error: filed_on disagrees with the log (filed_on: log 2022-01-01, field 2022-03-01)"


def test_e3_the_last_event_of_a_stage_is_compared() -> None:
    # A log with two filing events: the later one is the field's value.
    case = lawful()
    earlier = lawful(filed_on=D(2022, 2, 28))
    log = earlier.evidence_log.append(
        EventKind.FILED, dt.datetime(2022, 4, 7, 9, tzinfo=CST), "ZF", (("filed_on", "2022-03-01"),)
    )
    assert not [c for c in codes(run(attrs.evolve(earlier, filed_on=D(2022, 3, 1), evidence_log=log))) if c.startswith("E3")]
    log = case.evidence_log.append(
        EventKind.FILED, dt.datetime(2022, 4, 7, 9, tzinfo=CST), "ZF", (("filed_on", "2022-02-28"),)
    )
    report = run(attrs.evolve(case, evidence_log=log))
    f = one(report, "E3.event-disagrees")
    assert f.message == "记录完整性错误：filed_on 与全过程记录不一致（filed_on：记录 2022-02-28，字段 2022-03-01）"


def test_e3_not_in_force_before_2021() -> None:
    case = lawful(
        offence=Offence(committed_on=D(2020, 5, 6)), discovered_on=D(2020, 5, 8), filed_on=D(2020, 5, 11),
        investigation=Investigation(started_on=D(2020, 5, 12)), notice=PenaltyNotice(served_on=D(2020, 5, 20)),
        decision=fine(D(2020, 6, 5)), service=Service(served_on=D(2020, 6, 5), on_the_spot=True),
        payments=(Payment(paid_on=D(2020, 6, 10), amount_yuan=2000),), closing=Closing(closed_on=D(2020, 6, 20)),
    )
    report = run(attrs.evolve(case, evidence_log=EvidenceLog()))
    f = one(report, "E3.no-rule")
    assert (f.severity, f.path, f.parameter, f.citation) == (INFO, "$", None, "")
    assert f.message == "规则 E3 在 2020-05-11 未生效（规则配置 national），不检查"
    assert f.message_en == "rule E3 is not in force on 2020-05-11 (profile national); not judged"
    assert facts(f) == [("on", D(2020, 5, 11))]
    assert "E3.event-missing" not in codes(report)


def test_e3_a_stage_that_disagrees_cites_the_integrity_requirement() -> None:
    case = lawful()
    log = case.evidence_log.append(
        EventKind.FILED, dt.datetime(2022, 4, 7, 9, tzinfo=CST), "ZF", (("filed_on", "2022-02-28"),)
    )
    f = one(run(attrs.evolve(case, evidence_log=log)), "E3.event-disagrees")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.filed_on", None, ())
    assert f.citation.startswith(INTEGRITY + " / record integrity") and LOG_CITE in f.citation


def test_e3_an_empty_certificate_number_is_logged_as_it_is() -> None:
    case = lawful(officers=(WANG, Officer("赵西", "")))
    assert not [c for c in codes(run(case)) if c.startswith("E3")]
    assert "E2.certificate-not-recorded" in codes(run(case))


# --- E7, E8 --------------------------------------------------------------------------------------------


def test_e7_decision_overdue_decided_or_open() -> None:
    # Ninety days from Tuesday 1 March 2022 end on Monday 30 May.
    late = lawful(decision=fine(D(2022, 6, 25)), service=Service(served_on=D(2022, 6, 25), on_the_spot=True),
                  payments=(Payment(paid_on=D(2022, 6, 30), amount_yuan=2000),), closing=None)
    f = one(run(late), "E7.decision-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.decision.decided_on", "enforcement.decision_period.max")
    assert f.message == "处罚决定于 2022-06-25 作出，超过立案后 90 日的期限（2022-05-30）26 日"
    assert f.message_en == "decided on 2022-06-25, 26 day(s) after the 90-day limit from filing ended on 2022-05-30"
    assert facts(f) == [("filed", D(2022, 3, 1)), ("due", D(2022, 5, 30)), ("decided", D(2022, 6, 25))]
    assert "第六十条" in f.citation
    open_ = lawful(decision=None, service=None, payments=(), closing=None)
    f = one(run(open_, as_of=D(2022, 5, 31)), "E7.decision-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.decision", "enforcement.decision_period.max")
    assert f.message == "立案后 90 日（至 2022-05-30）仍未作出处罚决定"
    assert f.message_en == "no decision 90 days after filing (the limit ended on 2022-05-30)"
    assert facts(f) == [("filed", D(2022, 3, 1)), ("due", D(2022, 5, 30)), ("as_of", D(2022, 5, 31))]
    assert "E7.decision-overdue" not in codes(run(open_, as_of=D(2022, 5, 30)))
    assert "E7.decision-overdue" not in codes(run(open_))
    on_the_day = lawful(decision=fine(D(2022, 5, 30)), service=Service(served_on=D(2022, 5, 30), on_the_spot=True),
                        payments=(Payment(paid_on=D(2022, 5, 31), amount_yuan=2000),), closing=None)
    assert "E7.decision-overdue" not in codes(run(on_the_day))


def test_e7_a_summary_decision_has_no_filing_limit() -> None:
    late = lawful(decision=fine(D(2022, 6, 25), procedure=ProcedureKind.SUMMARY, filed_with_agency_on=D(2022, 6, 25)),
                  service=Service(served_on=D(2022, 6, 25), on_the_spot=True),
                  payments=(Payment(paid_on=D(2022, 6, 30), amount_yuan=2000),), closing=None)
    assert not [c for c in codes(run(late)) if c.startswith("E7")]


def test_e8_service_findings() -> None:
    f = one(run(lawful(service=Service(served_on=D(2022, 3, 24)))), "E8.served-before-decision")
    assert (f.severity, f.path, f.parameter, f.dates) == (WARNING, "$.service.served_on", None, ())
    assert (f.message, f.message_en) == ("送达日期早于决定日期", "served before the decision was made")
    assert "第六十一条第一款" in f.citation
    f = one(run(lawful(service=Service(served_on=D(2022, 3, 28), on_the_spot=True))), "E8.not-on-the-spot")
    assert (f.severity, f.path, f.dates) == (WARNING, "$.service.served_on", ())
    assert f.message == "记录为当场交付，但送达日期不是决定当日"
    assert f.message_en == "recorded as delivered on the spot, but not on the day of the decision"
    assert "第六十一条第一款" in f.citation
    f = one(run(lawful(service=Service(served_on=D(2022, 3, 28), party_present=True))), "E8.not-handed-over")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.service.party_present", None)
    assert f.message == "宣告决定时当事人在场，决定书未当场交付，而于 2022-03-28 送达"
    assert f.message_en == (
        "the party was present when the decision was announced, but the document was not handed over on the spot; "
        "it was served on 2022-03-28"
    )
    assert facts(f) == [("decided", D(2022, 3, 25)), ("served", D(2022, 3, 28))]
    assert "第六十一条第一款" in f.citation


def test_e8_seven_working_days_across_qingming() -> None:
    # From Friday 25 March 2022: 28–31 March, 1 April, Saturday 2 April (a working day), then 6 April.
    late = lawful(service=Service(served_on=D(2022, 4, 7)), payments=(Payment(paid_on=D(2022, 4, 8), amount_yuan=2000),))
    f = one(run(late), "E8.service-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.service.served_on", "enforcement.service_period.max")
    assert f.message == "决定书于 2022-04-07 送达，超过 7个工作日的期限（2022-04-06）"
    assert f.message_en == "served on 2022-04-07, after the 7 working days ended on 2022-04-06"
    assert facts(f) == [("decided", D(2022, 3, 25)), ("due", D(2022, 4, 6)), ("served", D(2022, 4, 7))]
    assert "第六十一条第一款" in f.citation
    in_time = lawful(service=Service(served_on=D(2022, 4, 6), party_present=False), payments=(Payment(paid_on=D(2022, 4, 8), amount_yuan=2000),))
    assert not [c for c in codes(run(in_time)) if c.startswith("E8")]
    open_ = lawful(service=None, payments=(), closing=None)
    f = one(run(open_, as_of=D(2022, 4, 7)), "E8.service-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.service", "enforcement.service_period.max")
    assert f.message == "决定书至 2022-04-06 仍未送达"
    assert f.message_en == "the decision was not served by 2022-04-06"
    assert facts(f) == [("decided", D(2022, 3, 25)), ("due", D(2022, 4, 6)), ("as_of", D(2022, 4, 7))]
    assert "E8.service-overdue" not in codes(run(open_, as_of=D(2022, 4, 6)))
    assert "E8.service-overdue" not in codes(run(open_))


# --- E10 -----------------------------------------------------------------------------------------------

def test_e10_publication_late_or_missing() -> None:
    # Twenty working days from Friday 25 March 2022 end on Sunday 24 April (a working day).
    impact = fine(D(2022, 3, 25), social_impact=True)
    f = one(run(lawful(decision=impact, publicity=Publicity(published_on=D(2022, 4, 25)))), "E10.published-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.publicity.published_on", "enforcement.publication_period.max")
    assert f.message == "具有一定社会影响的处罚决定于 2022-04-25 公开，超过作出后 20个工作日的期限（2022-04-24）"
    assert f.message_en == (
        "the decision with a certain social impact was published on 2022-04-25, after the 20 working days from the "
        "decision ended on 2022-04-24"
    )
    assert facts(f) == [("decided", D(2022, 3, 25)), ("due", D(2022, 4, 24)), ("published", D(2022, 4, 25))]
    assert "第二十条第（六）项" in f.citation and "第二十六条" in f.citation
    assert not [c for c in codes(run(lawful(decision=impact, publicity=Publicity(published_on=D(2022, 4, 24))))) if c.startswith("E10")]
    f = one(run(lawful(decision=impact), as_of=D(2022, 4, 25)), "E10.not-published")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.publicity", "enforcement.publication_period.max")
    assert f.message == "具有一定社会影响的处罚决定至 2022-04-24（作出后 20个工作日）仍未公开"
    assert f.message_en == "the decision with a certain social impact was not published by 2022-04-24 (20 working days after it was made)"
    assert facts(f) == [("decided", D(2022, 3, 25)), ("due", D(2022, 4, 24)), ("as_of", D(2022, 4, 25))]
    assert "E10.not-published" not in codes(run(lawful(decision=impact), as_of=D(2022, 4, 24)))
    assert "E10.not-published" not in codes(run(lawful(decision=impact)))
    assert "E10.not-published" not in codes(run(lawful(), as_of=D(2022, 6, 1)))  # no social impact


def test_e10_withdrawal_after_a_revoking_reconsideration() -> None:
    # The reconsideration revoked the decision on Friday 6 May 2022; three working days: Saturday 7 May
    # (a working day), 9 and 10 May.
    impact = fine(D(2022, 3, 25), social_impact=True)
    late = Publicity(published_on=D(2022, 4, 1), withdrawn_on=D(2022, 5, 11), reasons_published=False)
    report = run(lawful(decision=impact, publicity=late, remedies=REVOKED))
    f = one(report, "E10.withdrawal-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.publicity.withdrawn_on", "enforcement.withdrawal_period.max")
    assert f.message == "决定变更后于 2022-05-11 撤回公开信息，超过 3个工作日（2022-05-10）"
    assert f.message_en == "withdrawn on 2022-05-11, after the 3 working days from the change ended on 2022-05-10"
    assert facts(f) == [("changed", D(2022, 5, 6)), ("due", D(2022, 5, 10)), ("withdrawn", D(2022, 5, 11))]
    assert "第四十八条第二款" in f.citation
    f = one(report, "E10.withdrawal-reasons-missing")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.publicity.reasons_published", None, ())
    assert (f.message, f.message_en) == ("撤回公开信息未公开说明理由", "the withdrawal was not explained in public")
    assert "第四十八条第二款" in f.citation
    on_time = Publicity(published_on=D(2022, 4, 1), withdrawn_on=D(2022, 5, 10))
    report = run(lawful(decision=impact, publicity=on_time, remedies=REVOKED))
    assert [c for c in codes(report) if c.startswith("E10")] == ["E10.withdrawal-reasons-not-recorded"]
    f = one(report, "E10.withdrawal-reasons-not-recorded")
    assert (f.severity, f.path) == (WARNING, "$.publicity.reasons_published")
    assert f.message == "未记录撤回公开信息时是否公开说明理由（reasons_published）"
    assert f.message_en == "whether the withdrawal was explained in public is not recorded (reasons_published)"
    explained = attrs.evolve(on_time, reasons_published=True)
    assert not [c for c in codes(run(lawful(decision=impact, publicity=explained, remedies=REVOKED))) if c.startswith("E10")]


def test_e10_withdrawal_overdue_from_the_recorded_change() -> None:
    impact = fine(D(2022, 3, 25), social_impact=True)
    open_ = Publicity(published_on=D(2022, 4, 1), changed_on=D(2022, 5, 6))
    f = one(run(lawful(decision=impact, publicity=open_), as_of=D(2022, 5, 11)), "E10.withdrawal-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.publicity.withdrawn_on", "enforcement.withdrawal_period.max")
    assert f.message == "决定已变更，至 2022-05-10 仍未撤回公开信息"
    assert f.message_en == "the decision changed and its published information was not withdrawn by 2022-05-10"
    assert facts(f) == [("changed", D(2022, 5, 6)), ("due", D(2022, 5, 10)), ("as_of", D(2022, 5, 11))]
    assert "E10.withdrawal-overdue" not in codes(run(lawful(decision=impact, publicity=open_), as_of=D(2022, 5, 10)))
    assert "E10.withdrawal-overdue" not in codes(run(lawful(decision=impact, publicity=open_)))
    # The recorded change day wins over a remedy's end; a remedy that upheld the decision changes nothing.
    recorded = attrs.evolve(open_, changed_on=D(2022, 5, 9))
    f = one(run(lawful(decision=impact, publicity=recorded, remedies=REVOKED), as_of=D(2022, 6, 1)), "E10.withdrawal-overdue")
    assert facts(f)[:2] == [("changed", D(2022, 5, 9)), ("due", D(2022, 5, 12))]
    upheld = (RemedyPeriod(RemedyKind.RECONSIDERATION, started_on=D(2022, 4, 1), ended_on=D(2022, 5, 6), outcome=RemedyOutcome.UPHELD),)
    bare = Publicity(published_on=D(2022, 4, 1))
    assert not [c for c in codes(run(lawful(decision=impact, publicity=bare, remedies=upheld), as_of=D(2022, 6, 1))) if c.startswith("E10")]
    two = (
        RemedyPeriod(RemedyKind.LITIGATION, started_on=D(2022, 4, 1), ended_on=D(2022, 5, 20), outcome=RemedyOutcome.REVOKED),
        *REVOKED,
    )
    f = one(run(lawful(decision=impact, publicity=bare, remedies=two), as_of=D(2022, 6, 1)), "E10.withdrawal-overdue")
    assert facts(f)[0] == ("changed", D(2022, 5, 6))  # the first change


# --- E17 -----------------------------------------------------------------------------------------------


def test_e17_paid_late_and_surcharges() -> None:
    # Fifteen days from Friday 25 March 2022 end on Saturday 9 April, rolled to Monday 11 April.
    report = run(lawful(payments=(Payment(paid_on=D(2022, 4, 20), amount_yuan=2000, surcharge_yuan=3000),)))
    f = one(report, "E17.paid-late")
    assert (f.severity, f.path, f.parameter) == (INFO, "$.payments", "enforcement.payment_period.max")
    assert f.message == "罚款于 2022-04-20 缴纳，晚于期限 2022-04-11"
    assert f.message_en == "the fine was paid on 2022-04-20, after 2022-04-11"
    assert facts(f) == [("received", D(2022, 3, 25)), ("due", D(2022, 4, 11)), ("paid", D(2022, 4, 20))]
    assert "第六十七条第三款" in f.citation
    f = one(report, "E17.surcharge-too-high")
    assert (f.severity, f.path, f.parameter, f.dates) == (WARNING, "$.payments", "enforcement.late_surcharge_rate.max", ())
    assert f.message == "加处罚款 3000 元，超过每日 3% × 9 日 = 540 元"
    assert f.message_en == "a surcharge of 3000 yuan exceeds 3% a day for 9 day(s) = 540 yuan"
    assert "百分之三" in f.citation
    f = one(report, "E17.surcharge-exceeds-fine")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.payments", "enforcement.late_surcharge_total.max", ())
    assert f.message == "加处罚款 3000 元，超出罚款数额 2000 元"
    assert f.message_en == "a surcharge of 3000 yuan exceeds the fine of 2000 yuan"
    assert "不得超出罚款的数额" in f.citation


def test_e17_surcharge_limits_exactly() -> None:
    at_rate = run(lawful(payments=(Payment(paid_on=D(2022, 4, 20), amount_yuan=2000, surcharge_yuan=540),)))
    assert [c for c in codes(at_rate) if c.startswith("E17")] == ["E17.paid-late"]
    over = run(lawful(payments=(Payment(paid_on=D(2022, 4, 20), amount_yuan=2000, surcharge_yuan=541),)))
    assert [c for c in codes(over) if c.startswith("E17")] == ["E17.paid-late", "E17.surcharge-too-high"]
    # Two payments: the days run to the last one (Friday 29 April: 18 days, 1,080 yuan at most).
    split = (
        Payment(paid_on=D(2022, 4, 8), amount_yuan=1000),
        Payment(paid_on=D(2022, 4, 29), amount_yuan=1000, surcharge_yuan=1081),
    )
    report = run(lawful(payments=split))
    f = one(report, "E17.surcharge-too-high")
    assert f.message == "加处罚款 1081 元，超过每日 3% × 18 日 = 1080 元"
    assert one(report, "E17.paid-late").message == "罚款于 2022-04-29 缴纳，晚于期限 2022-04-11"
    capped = run(lawful(payments=(Payment(paid_on=D(2022, 7, 20), amount_yuan=2000, surcharge_yuan=2000),)))
    assert "E17.surcharge-exceeds-fine" not in codes(capped) and "E17.surcharge-too-high" not in codes(capped)


def test_e17_days_in_reconsideration_are_not_counted_for_the_surcharge() -> None:
    # Reconsideration from 12 to 15 April (4 days after the due day) pauses the surcharge: 9 - 4 = 5 days.
    paused = (RemedyPeriod(RemedyKind.RECONSIDERATION, started_on=D(2022, 4, 12), ended_on=D(2022, 4, 15)),)
    report = run(lawful(remedies=paused, payments=(Payment(paid_on=D(2022, 4, 20), amount_yuan=2000, surcharge_yuan=301),)))
    assert one(report, "E17.surcharge-too-high").message == "加处罚款 301 元，超过每日 3% × 5 日 = 300 元"
    # One started before the due day counts from the day after it; an open one runs to the payment.
    early = (RemedyPeriod(RemedyKind.RECONSIDERATION, started_on=D(2022, 4, 1), ended_on=D(2022, 4, 12)),)
    report = run(lawful(remedies=early, payments=(Payment(paid_on=D(2022, 4, 20), amount_yuan=2000, surcharge_yuan=481),)))
    assert one(report, "E17.surcharge-too-high").message == "加处罚款 481 元，超过每日 3% × 8 日 = 480 元"
    open_ = (RemedyPeriod(RemedyKind.LITIGATION, started_on=D(2022, 4, 18)),)
    report = run(lawful(remedies=open_, payments=(Payment(paid_on=D(2022, 4, 20), amount_yuan=2000, surcharge_yuan=361),)))
    assert one(report, "E17.surcharge-too-high").message == "加处罚款 361 元，超过每日 3% × 6 日 = 360 元"
    overlapping = (*paused, RemedyPeriod(RemedyKind.LITIGATION, started_on=D(2022, 4, 14), ended_on=D(2022, 4, 16)))
    report = run(lawful(remedies=overlapping, payments=(Payment(paid_on=D(2022, 4, 20), amount_yuan=2000, surcharge_yuan=241),)))
    assert one(report, "E17.surcharge-too-high").message == "加处罚款 241 元，超过每日 3% × 4 日 = 240 元"


def test_e17_payment_overdue_in_part() -> None:
    part = lawful(payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=1000),))
    f = one(run(part, as_of=D(2022, 4, 12)), "E17.payment-overdue")
    assert (f.severity, f.path, f.parameter) == (INFO, "$.payments", "enforcement.payment_period.max")
    assert f.message == "罚款至 2022-04-11 未缴清（已缴 1000 元，共 2000 元）"
    assert f.message_en == "the fine was not paid in full by 2022-04-11 (1000 of 2000 yuan)"
    assert facts(f) == [("received", D(2022, 3, 25)), ("due", D(2022, 4, 11)), ("as_of", D(2022, 4, 12))]
    assert "E17.payment-overdue" not in codes(run(part, as_of=D(2022, 4, 11)))
    assert "E17.payment-overdue" not in codes(run(part))
    assert not [c for c in codes(run(lawful(), as_of=D(2022, 6, 1))) if c.startswith("E17")]
    no_fine = lawful(decision=PenaltyDecision(decided_on=D(2022, 3, 25), penalties=(PenaltyKind.WARNING,)), payments=())
    assert not [c for c in codes(run(no_fine, as_of=D(2022, 6, 1))) if c.startswith("E17")]


# --- the calendar: a local rest day moves the deadlines; years it does not cover ---------------------

def test_the_checks_count_on_the_calendar_given() -> None:
    # Five working days from Thursday 10 March end on 17 March, or on 18 March with 16 March a rest day.
    late = heavy(hearing_request=HearingRequest(requested_on=D(2022, 3, 18)))
    assert "E5.hearing-request-late" in codes(run(late))
    report = check(late, calendar=LOCAL)
    assert "E5.hearing-request-late" not in codes(report)
    assert "E12.hearing-not-held" in codes(report)  # in time on that calendar: the hearing was owed
    # Seven working days before Friday 18 March: 8 March, or 7 March with 16 March a rest day.
    hearing = Hearing(notified_on=D(2022, 3, 8), held_on=D(2022, 3, 18))
    case = heavy(
        hearing_request=HearingRequest(requested_on=D(2022, 3, 11)), hearing=hearing,
        decision=fine(D(2022, 3, 18), 200000, large_amount=True), service=Service(served_on=D(2022, 3, 18), on_the_spot=True),
    )
    assert run(case).findings == ()
    f = one(check(case, calendar=LOCAL), "E5.hearing-notice-too-short")
    assert facts(f) == [("notified", D(2022, 3, 8)), ("latest", D(2022, 3, 7)), ("held", D(2022, 3, 18))]
    # Seven working days from Thursday 3 March: 14 March, or 15 March.
    held = (EvidencePreservation(registered_on=D(2022, 3, 10)),)
    f = one(check(lawful(evidence_preservations=held), as_of=D(2022, 4, 1), calendar=LOCAL), "E14.evidence-decision-overdue")
    assert facts(f)[1] == ("due", D(2022, 3, 22))
    f = one(run(lawful(evidence_preservations=held), as_of=D(2022, 4, 1)), "E14.evidence-decision-overdue")
    assert facts(f)[1] == ("due", D(2022, 3, 21))


def test_an_uncovered_year_is_a_warning_once_per_rule() -> None:
    held = (EvidencePreservation(registered_on=D(2027, 3, 3)), EvidencePreservation(registered_on=D(2027, 3, 4)))
    report = run(uncovered(evidence_preservations=held), as_of=D(2027, 6, 1))
    coverage = [f for f in report.findings if f.code == "CAL.coverage" and "E14" in f.message]
    assert len(coverage) == 1  # two evidence decisions, one warning for E14 in 2027
    f = coverage[0]
    assert (f.severity, f.path, f.parameter, f.citation, f.dates) == (WARNING, "$", None, "", ())
    assert f.message == "工作日历不包含 2027 年，规则 E14 无法判断；请加载 2027 年的放假安排（补充数据或通知）"
    assert f.message_en == (
        "the working-day calendar does not cover 2027, so rule E14 cannot be judged; load the 2027 arrangement "
        "(a supplement or the State Council notice)"
    )
    assert not [c for c in codes(report) if c.startswith("E14")]


def test_an_uncovered_year_for_the_hearing_notice_and_a_request_made_the_next_day() -> None:
    hearing = Hearing(notified_on=D(2027, 3, 20), held_on=D(2027, 3, 24))
    report = run(uncovered(hearing=hearing, decision=fine(D(2027, 3, 25), 200000, large_amount=True)))
    assert next(f.message for f in report.findings if f.code == "CAL.coverage") == (
        "工作日历不包含 2027 年，规则 E5 无法判断；请加载 2027 年的放假安排（补充数据或通知）"
    )
    # A request the day after the notice is within five working days whatever 2027's holidays are: the
    # hearing was owed, although the calendar cannot count the period.
    report = run(uncovered(hearing_request=HearingRequest(requested_on=D(2027, 3, 11))))
    assert "E12.hearing-not-held" in codes(report)
    assert "工作日历不包含 2027 年，规则 E5 无法判断；请加载 2027 年的放假安排（补充数据或通知）" in [
        f.message for f in report.findings if f.code == "CAL.coverage"
    ]


def test_a_request_with_no_notice_is_never_late() -> None:
    report = run(heavy(notice=None, hearing_request=HearingRequest(requested_on=D(2022, 3, 30))))
    assert "E12.hearing-not-held" in codes(report) and "E4.no-notice" in codes(report)
    assert not [c for c in codes(report) if c.startswith("E5")]


# --- upcoming ------------------------------------------------------------------------------------------


def items(case: EnforcementCase, as_of: dt.date, calendar: object = None) -> list[tuple[str, str, str, dt.date, str | None, bool]]:
    return [
        (i.what, i.what_en, i.rule, i.deadline.due, i.parameter, i.overdue)
        for i in upcoming(case, as_of=as_of, calendar=calendar)  # type: ignore[arg-type]
    ]


def test_upcoming_before_the_decision() -> None:
    case = lawful(
        notice=TOLD, decision=None, service=None, payments=(), closing=None,
        evidence_preservations=(EvidencePreservation(registered_on=D(2022, 3, 3)), EvidencePreservation(registered_on=D(2022, 3, 4), decided_on=D(2022, 3, 8))),
    )
    assert items(case, D(2022, 3, 14)) == [
        ("作出行政处罚决定", "penalty decision due", "E7", D(2022, 5, 30), "enforcement.decision_period.max", False),
        ("当事人要求听证的期限", "hearing request window", "E5", D(2022, 3, 17), "enforcement.hearing_request_period.max", False),
        ("对先行登记保存的证据作出处理决定", "decision on evidence held due", "E14", D(2022, 3, 14),
         "enforcement.evidence_decision_period.max", False),
    ]
    assert [i[5] for i in items(case, D(2022, 3, 15))] == [False, False, True]
    found = upcoming(case, as_of=D(2022, 3, 14))
    assert "第六十条" in found[0].citation and "第六十四条" in found[1].citation and "第五十六条" in found[2].citation
    assert found[0].deadline.start == D(2022, 3, 1) and found[1].deadline.start == D(2022, 3, 10)
    # With 16 March a local rest day, the hearing window moves a day.
    assert [i[3] for i in items(case, D(2022, 3, 14), LOCAL)] == [D(2022, 5, 30), D(2022, 3, 18), D(2022, 3, 14)]
    # No hearing right told, or a request made: no window.
    assert [i[2] for i in items(attrs.evolve(case, notice=attrs.evolve(TOLD, hearing_right_stated=None)), D(2022, 3, 14))] == ["E7", "E14"]
    requested = attrs.evolve(case, hearing_request=HearingRequest(requested_on=D(2022, 3, 11)))
    assert [i[2] for i in items(requested, D(2022, 3, 14))] == ["E7", "E14"]


def test_upcoming_after_the_decision() -> None:
    case = lawful(decision=fine(D(2022, 3, 25), social_impact=True), service=None, payments=(), closing=None)
    assert items(case, D(2022, 4, 6)) == [
        ("公开具有一定社会影响的行政处罚决定", "publication of the decision due", "E10", D(2022, 4, 24),
         "enforcement.publication_period.max", False),
        ("送达行政处罚决定书", "service due", "E8", D(2022, 4, 6), "enforcement.service_period.max", False),
    ]
    assert [i[5] for i in items(case, D(2022, 4, 7))] == [False, True]
    served = attrs.evolve(case, service=Service(served_on=D(2022, 3, 28)), payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=500),),
                          publicity=Publicity(published_on=D(2022, 4, 1), changed_on=D(2022, 5, 6)))
    assert items(served, D(2022, 4, 12)) == [
        ("缴纳罚款", "payment due", "E17", D(2022, 4, 12), "enforcement.payment_period.max", False),
        ("撤回行政处罚决定信息并公开说明理由", "withdrawal of the published decision due", "E10", D(2022, 5, 10),
         "enforcement.withdrawal_period.max", False),
    ]
    paid = attrs.evolve(served, payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=2000),),
                        publicity=Publicity(published_on=D(2022, 4, 1), changed_on=D(2022, 5, 6), withdrawn_on=D(2022, 5, 9)))
    assert items(paid, D(2022, 4, 12)) == []
    assert items(lawful(), D(2022, 4, 12)) == []
    # Before the 2021 text (no E10 publication rule) nothing is due for publication.
    old = old_case(decision=fine(D(2020, 6, 5), social_impact=True), service=None, payments=())
    assert [i[2] for i in items(old, D(2020, 6, 6))] == ["E8"]


def test_upcoming_past_the_calendar_counts_regular_weeks_provisionally() -> None:
    case = uncovered(service=None, payments=())
    (item,) = upcoming(case, as_of=D(2027, 3, 26))
    # Seven Monday-to-Friday working days from Thursday 25 March 2027, Qingming (5 April) assumed a holiday: 6 April.
    assert (item.rule, item.deadline.due, item.deadline.provisional, item.overdue) == ("E8", D(2027, 4, 6), True, False)
    assert item.deadline.assumed_holidays == (D(2027, 4, 5),)


# --- a user's profile ----------------------------------------------------------------------------------

USER_PROFILE = '''
schema_version = 1
name = "mutation-test"
parent = "national"

[[rules]]
rule = "E1"
title_zh = "案件来源"
title_en = "case source"
[[rules.values]]
since = 2022-01-01
in_force = true
citations = [{ source = "administrative-penalty-law-2021.md", place = "Art. 54 ¶1", quote = "必要时，依照法律、法规的规定，可以进行检查" }]
[[rules.values.findings]]
code = "E1.source-unspecified"
severity = "warning"

[[rules]]
rule = "E10"
title_zh = "公开"
title_en = "publication"
[[rules.values]]
since = 2019-01-01
in_force = true
citations = [{ source = "administrative-penalty-law-2021.md", place = "Art. 48 ¶1", quote = "具有一定社会影响的行政处罚决定应当依法公开" }]
'''


def test_severity_comes_from_the_users_profile() -> None:
    profile = parse_profile(USER_PROFILE, "mutation-test.toml")
    f = one(check(lawful(source=CaseSource.OTHER), profile=profile), "E1.source-unspecified")
    assert f.severity is WARNING  # national says info; the user's profile tightens it
    assert one(run(lawful(source=CaseSource.OTHER)), "E1.source-unspecified").severity is INFO


def test_a_rule_in_force_without_its_number_is_not_judged() -> None:
    # The user's E10 holds from 2019; the disclosure regulation's 20 working days only from 15 May 2019.
    profile = parse_profile(USER_PROFILE, "mutation-test.toml")
    case = old_case(
        offence=Offence(committed_on=D(2019, 2, 1)), discovered_on=D(2019, 2, 2), filed_on=D(2019, 2, 3),
        decision=fine(D(2019, 3, 5), social_impact=True), investigation=None, notice=None, service=None,
        payments=(), closing=None,
    )
    report = check(case, profile=profile, as_of=D(2019, 6, 1))
    f = one(report, "E10.no-rule")
    assert (f.severity, f.path, f.parameter, f.citation) == (INFO, "$", "enforcement.publication_period.max", "")
    assert f.message == "规则配置 mutation-test 在 2019-03-05 没有生效的 enforcement.publication_period.max，不检查此项"
    assert f.message_en == "profile mutation-test has no enforcement.publication_period.max in force on 2019-03-05; not judged"
    assert facts(f) == [("on", D(2019, 3, 5))]
    assert "E10.not-published" not in codes(report)


def test_each_rule_short_of_calendar_gets_its_own_warning() -> None:
    report = run(uncovered())
    assert [f.message for f in report.findings if f.code == "CAL.coverage"] == [
        "工作日历不包含 2027 年，规则 E17 无法判断；请加载 2027 年的放假安排（补充数据或通知）",
    ]
    report = run(uncovered(hearing=Hearing(notified_on=D(2027, 3, 20), held_on=D(2027, 3, 24))))
    assert [f.message.split("规则 ")[1][:3] for f in report.findings if f.code == "CAL.coverage"] == ["E5 ", "E17"]


def test_e7_a_limit_rolled_past_a_holiday() -> None:
    # Filed on Sunday 6 March 2022: ninety days end on Saturday 4 June, in the Dragon Boat holidays (3–5
    # June), so the limit runs to Monday 6 June (民法典 Art. 203).
    def decided(day: dt.date) -> EnforcementCase:
        return lawful(
            filed_on=D(2022, 3, 6), investigation=Investigation(started_on=D(2022, 3, 7)), decision=fine(day),
            service=Service(served_on=day, on_the_spot=True), payments=(Payment(paid_on=D(2022, 6, 8), amount_yuan=2000),),
            closing=None,
        )

    assert not [c for c in codes(run(decided(D(2022, 6, 6)))) if c.startswith("E7")]
    f = one(run(decided(D(2022, 6, 7))), "E7.decision-overdue")
    assert facts(f) == [("filed", D(2022, 3, 6)), ("due", D(2022, 6, 6)), ("decided", D(2022, 6, 7))]
    assert f.message == "处罚决定于 2022-06-07 作出，超过立案后 90 日的期限（2022-06-06）1 日"
    open_ = lawful(filed_on=D(2022, 3, 6), investigation=Investigation(started_on=D(2022, 3, 7)), decision=None, service=None, payments=(), closing=None)
    assert not [c for c in codes(run(open_, as_of=D(2022, 6, 6))) if c.startswith("E7")]
    assert facts(one(run(open_, as_of=D(2022, 6, 7)), "E7.decision-overdue"))[1] == ("due", D(2022, 6, 6))


def test_a_rule_in_force_before_its_numbers_names_itself() -> None:
    # The user's E8 and E13 hold from 1 January 1996; the penalty law's numbers only from 1 October 1996.
    profile = rules_in_force("mutation-test-1996", D(1996, 1, 1), "E8", "E13")
    spot = PenaltyDecision(decided_on=D(1996, 5, 6), procedure=ProcedureKind.SUMMARY, penalties=(PenaltyKind.FINE,), fine_yuan=9000)
    case = lawful(
        offence=Offence(committed_on=D(1996, 5, 6)), discovered_on=D(1996, 5, 6), filed_on=None, investigation=None,
        notice=None, decision=spot, service=None, payments=(), closing=None,
    )
    report = check(case, profile=profile, as_of=D(1996, 9, 1))
    e8 = [f for f in report.findings if f.code == "E8.no-rule"]
    assert [(f.parameter, f.message) for f in e8] == [
        ("enforcement.service_period.max", "规则配置 mutation-test-1996 在 1996-05-06 没有生效的 enforcement.service_period.max，不检查此项"),
    ]
    e13 = [f for f in report.findings if f.code == "E13.no-rule"]
    assert [f.parameter for f in e13] == ["enforcement.summary_fine_organisation.max"]
    assert "E13.summary-fine-too-high" not in codes(report)


def test_e17_on_the_last_day_and_a_surcharge_with_no_day_late() -> None:
    # Paid on Monday 11 April 2022, the last day: in time; a 1-yuan surcharge there is 0 days' worth.
    report = run(lawful(payments=(Payment(paid_on=D(2022, 4, 11), amount_yuan=2000, surcharge_yuan=1),)))
    assert [c for c in codes(report) if c.startswith("E17")] == ["E17.surcharge-too-high"]
    assert one(report, "E17.surcharge-too-high").message == "加处罚款 1 元，超过每日 3% × 0 日 = 0 元"


def test_no_rule_notes_name_the_rule_whose_number_is_missing() -> None:
    # The withdrawal limit holds from 15 July 2021: a decision changed in June 2021 is not judged on it.
    impact = fine(D(2021, 3, 5), social_impact=True)
    case = lawful(
        offence=Offence(committed_on=D(2021, 2, 1)), discovered_on=D(2021, 2, 2), filed_on=D(2021, 2, 3),
        investigation=Investigation(started_on=D(2021, 2, 4)), notice=PenaltyNotice(served_on=D(2021, 2, 20)),
        decision=impact, service=Service(served_on=D(2021, 3, 5), on_the_spot=True),
        payments=(Payment(paid_on=D(2021, 3, 8), amount_yuan=2000),), closing=None,
        publicity=Publicity(published_on=D(2021, 3, 20), changed_on=D(2021, 6, 1)),
    )
    notes = [(f.parameter, f.message) for f in run(case, as_of=D(2021, 12, 1)).findings if f.code == "E10.no-rule"]
    assert (
        "enforcement.withdrawal_period.max",
        "规则配置 national 在 2021-06-01 没有生效的 enforcement.withdrawal_period.max，不检查此项",
    ) in notes
    # The payment period holds from 1 October 1996.
    early = lawful(
        offence=Offence(committed_on=D(1996, 5, 2)), discovered_on=D(1996, 5, 3), filed_on=None, investigation=None,
        notice=None, decision=fine(D(1996, 5, 6)), service=Service(served_on=D(1996, 5, 6), on_the_spot=True),
        payments=(), closing=None,
    )
    notes = [f.parameter for f in run(early, as_of=D(1996, 9, 1)).findings if f.code == "E17.no-rule"]
    assert notes == ["enforcement.payment_period.max"]
    # The surcharge cap (行政强制法 Art. 45) holds from 1 January 2012.
    late_2011 = lawful(
        offence=Offence(committed_on=D(2011, 5, 2)), discovered_on=D(2011, 5, 3), filed_on=D(2011, 5, 4),
        investigation=Investigation(started_on=D(2011, 5, 5)), notice=PenaltyNotice(served_on=D(2011, 5, 10)),
        decision=fine(D(2011, 5, 20)), service=Service(served_on=D(2011, 5, 20), on_the_spot=True),
        payments=(Payment(paid_on=D(2011, 6, 20), amount_yuan=2000, surcharge_yuan=100),), closing=None,
    )
    notes = [f.parameter for f in run(late_2011).findings if f.code == "E17.no-rule"]
    assert notes == ["enforcement.late_surcharge_total.max"]


def test_a_withdrawal_due_in_an_uncovered_year() -> None:
    impact = fine(D(2027, 3, 25), 200000, large_amount=True, social_impact=True)
    case = uncovered(decision=impact, publicity=Publicity(published_on=D(2027, 3, 26), changed_on=D(2027, 5, 6)))
    report = run(case, as_of=D(2027, 6, 1))
    assert "工作日历不包含 2027 年，规则 E10 无法判断；请加载 2027 年的放假安排（补充数据或通知）" in [
        f.message for f in report.findings if f.code == "CAL.coverage"
    ]
    assert not [c for c in codes(report) if c.startswith("E10.withdrawal")]


def test_e17_judges_any_fine_and_only_a_fine() -> None:
    one_yuan = lawful(decision=fine(D(2022, 3, 25), 1), payments=(Payment(paid_on=D(2022, 4, 12), amount_yuan=1),))
    assert "E17.paid-late" in codes(run(one_yuan))
    warned = PenaltyDecision(decided_on=D(2022, 3, 25), penalties=(PenaltyKind.WARNING,))
    no_fine = lawful(decision=warned, payments=(Payment(paid_on=D(2022, 4, 12), amount_yuan=0, surcharge_yuan=5),))
    assert not [c for c in codes(run(no_fine)) if c.startswith("E17")]


def test_e8_service_due_in_an_uncovered_year() -> None:
    report = run(uncovered(service=Service(served_on=D(2027, 4, 20)), payments=()))
    assert "工作日历不包含 2027 年，规则 E8 无法判断；请加载 2027 年的放假安排（补充数据或通知）" in [
        f.message for f in report.findings if f.code == "CAL.coverage"
    ]
    assert not [c for c in codes(report) if c.startswith("E8.")]


def test_numbers_before_the_1996_penalty_law_are_not_judged() -> None:
    early = lawful(
        offence=Offence(committed_on=D(1996, 5, 2)), discovered_on=D(1996, 5, 3), filed_on=None, investigation=None,
        notice=None, decision=fine(D(1996, 5, 6)), service=Service(served_on=D(1996, 5, 6), on_the_spot=True),
        payments=(), closing=None,
    )
    report = run(early, as_of=D(1996, 9, 1))
    assert [f.parameter for f in report.findings if f.code == "E2.no-rule" and f.parameter] == ["enforcement.officers.min"]
    assert [f.parameter for f in report.findings if f.code == "E9.no-rule"] == ["enforcement.limitation_period"]


def test_every_rule_and_number_not_yet_in_force_gets_its_own_note() -> None:
    early = lawful(
        offence=Offence(committed_on=D(1996, 5, 2)), discovered_on=D(1996, 5, 3), filed_on=None, investigation=None,
        notice=PenaltyNotice(served_on=D(1996, 5, 4)), hearing_request=HearingRequest(requested_on=D(1996, 5, 5)),
        hearing=Hearing(notified_on=D(1996, 5, 5), held_on=D(1996, 5, 6)),
        evidence_preservations=(EvidencePreservation(registered_on=D(1996, 5, 4)),),
        decision=fine(D(1996, 5, 6)), service=Service(served_on=D(1996, 5, 6), on_the_spot=True), payments=(), closing=None,
    )
    notes = [(f.code, f.parameter) for f in run(early, as_of=D(1996, 9, 1)).findings if f.code.endswith(".no-rule")]
    for note in (
        ("E4.no-rule", None), ("E6.no-rule", None), ("E8.no-rule", None), ("E12.no-rule", None), ("E16.no-rule", None),
        ("E18.no-rule", None),
        ("E5.no-rule", "enforcement.hearing_request_period.max"), ("E5.no-rule", "enforcement.hearing_notice_period.min"),
        ("E14.no-rule", "enforcement.evidence_decision_period.max"),
    ):
        assert note in notes, note


def test_a_citation_of_several_articles_joins_them() -> None:
    f = one(run(lawful(decision=fine(D(2022, 3, 25), states_remedies=False))), "E16.remedies-missing")
    assert f.citation == (
        "行政处罚法（2021年修订） 第五十九条第一款第（五）项：“申请行政复议、提起行政诉讼的途径和期限”; "
        "行政处罚法（2021年修订） 第五十九条第二款：“行政处罚决定书必须盖有作出行政处罚决定的行政机关的印章”"
    )


def test_e14_an_item_past_the_calendar_does_not_stop_the_next() -> None:
    held = (
        EvidencePreservation(registered_on=D(2027, 3, 3)),
        EvidencePreservation(registered_on=D(2022, 3, 3), decided_on=D(2022, 3, 20)),
    )
    report = run(lawful(evidence_preservations=held))
    assert one(report, "E14.evidence-decision-late").path == "$.evidence_preservations[1].decided_on"
