"""Issue 22: the findings of petitions (W1–W5) and reconsideration cases (R1–R8) in full (code, severity,
both messages, path, parameter, dates, citation) and their `upcoming` items, so that a mutant changing any
of them is caught (docs/testing.md, "Mutation testing"). Disclosure requests: test_mutation_checks_disclosure.py.

Dates are counted by hand on the official calendar: 2024's Qingming holidays are 4–6 April (Sunday 7 April
a working day), Labour Day 1–5 May (Sunday 28 April and Saturday 11 May working days), Dragon Boat Monday
10 June, National Day 1–7 October (Sunday 29 September and Saturday 12 October working days). Calendar-day
periods roll past a rest day (民法典 Art. 203).
"""

from __future__ import annotations

import datetime as dt

import attrs

from _findings_support import facts, one, rules_in_force
from xingzheng import check, upcoming
from xingzheng.checks import Severity
from xingzheng.model.enforcement import Party, PartyKind
from xingzheng.model.petition import (
    HandlingExtension,
    Petition,
    PetitionForm,
    PetitionReview,
    PetitionRoute,
    PetitionRouting,
)
from xingzheng.model.reconsideration import (
    ApplicationCorrection,
    ChallengedAct,
    ChallengedKind,
    DecisionExtension,
    Forwarding,
    OpinionLetter,
    ReconsiderationCase,
    ReconsiderationHearing,
    ReconsiderationOutcome,
    ReconsiderationProcedure,
    RespondentAnswer,
)

D = dt.date
ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
DAGANG = "tianjin-binhai-dagang"




# --- petitions -----------------------------------------------------------------------------------------


def petition(**changes: object) -> Petition:
    """A letter received on Monday 4 March 2024 and answered in writing on the last day, 19 March."""
    base: dict[str, object] = {
        "petition_id": "大港信〔2024〕22号",
        "received_by": "大港街道办事处",
        "petitioner": Party(PartyKind.CITIZEN, person_name="丙某"),
        "form": PetitionForm.LETTER,
        "received_on": D(2024, 3, 4),
        "matter": "反映某餐馆油烟扰民，请求查处",
        "notified_on": D(2024, 3, 19),
    }
    base.update(changes)
    return Petition(**base)  # type: ignore[arg-type]


HANDLED = PetitionRouting(PetitionRoute.HANDLED, D(2024, 3, 8))


def test_a_lawful_petition_has_no_finding() -> None:
    report = check(petition(), as_of=D(2024, 12, 31))
    assert (report.kind, report.title, report.findings) == ("petition", "大港信〔2024〕22号", ())
    assert check(petition(), profile=DAGANG).findings == ()


def test_w1_sorting_late_and_overdue() -> None:
    office = petition(by_petition_office=True, notified_on=None)
    f = one(check(attrs.evolve(office, sorted_on=D(2024, 3, 20))), "W1.sorting-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.sorted_on", "petition.sorting_period.max")
    assert f.message == "区分处理于 2024-03-20，晚于期限 2024-03-19（15日）"
    assert f.message_en == "the petition was sorted on 2024-03-20, after the period (15 days) ended on 2024-03-19"
    assert facts(f) == [("start", D(2024, 3, 4)), ("due", D(2024, 3, 19)), ("done", D(2024, 3, 20))]
    assert "信访工作条例 第二十二条第一款" in f.citation
    assert check(attrs.evolve(office, sorted_on=D(2024, 3, 19))).findings == ()
    f = one(check(office, as_of=D(2024, 3, 20)), "W1.sorting-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.sorted_on", "petition.sorting_period.max")
    assert f.message == "区分处理的期限已于 2024-03-19 届满，至 2024-03-20 尚无记录"
    assert f.message_en == "the petition was sorted: the period ended on 2024-03-19, nothing recorded on 2024-03-20"
    assert check(office, as_of=D(2024, 3, 19)).findings == ()
    # Not the petition office: W1 is not its rule (and W2's notice is).
    assert check(petition(sorted_on=D(2024, 3, 30))).findings == ()


def test_w2_notice_late_and_overdue() -> None:
    f = one(check(petition(notified_on=D(2024, 3, 20))), "W2.notice-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.notified_on", "petition.notice_period.max")
    assert f.message == "书面告知信访人于 2024-03-20，晚于期限 2024-03-19（15日）"
    assert f.message_en == "the petitioner was told in writing on 2024-03-20, after the period (15 days) ended on 2024-03-19"
    assert facts(f) == [("start", D(2024, 3, 4)), ("due", D(2024, 3, 19)), ("done", D(2024, 3, 20))]
    assert "信访工作条例 第二十三条第二款" in f.citation
    f = one(check(petition(notified_on=None), as_of=D(2024, 3, 20)), "W2.notice-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.notified_on", "petition.notice_period.max")
    assert f.message == "书面告知信访人的期限已于 2024-03-19 届满，至 2024-03-20 尚无记录"
    assert f.message_en == "the petitioner was told in writing: the period ended on 2024-03-19, nothing recorded on 2024-03-20"
    assert facts(f) == [("start", D(2024, 3, 4)), ("due", D(2024, 3, 19)), ("as_of", D(2024, 3, 20))]
    # The petition office's own notice is W1's business; an unclear identity needs no notice.
    assert check(petition(by_petition_office=True, notified_on=None, sorted_on=D(2024, 3, 5)), as_of=D(2024, 4, 1)).findings == ()
    assert check(petition(identity_unclear=True, notified_on=None), as_of=D(2024, 4, 1)).findings == ()


def test_w2_objection_in_five_working_days_across_qingming() -> None:
    # Transferred in on Wednesday 3 April 2024: 7 (Sunday, working), 8, 9, 10, 11 April.
    base = dict(received_on=D(2024, 4, 3), transferred_in=True, notified_on=None)
    f = one(check(petition(objected_on=D(2024, 4, 12), **base)), "W2.objection-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.objected_on", "petition.objection_period.max")
    assert f.message == "对转送事项提出异议于 2024-04-12，晚于期限 2024-04-11（5个工作日）"
    assert f.message_en == "the objection to the transfer on 2024-04-12, after the period (5 working days) ended on 2024-04-11"
    assert facts(f) == [("start", D(2024, 4, 3)), ("due", D(2024, 4, 11)), ("done", D(2024, 4, 12))]
    assert "第二十三条第三款" in f.citation
    # An objection made: no notice is due, whatever as_of says; transferred in without objecting: the notice.
    assert check(petition(objected_on=D(2024, 4, 11), **base), as_of=D(2024, 6, 1)).findings == ()
    assert [f.code for f in check(petition(**base), as_of=D(2024, 6, 1)).findings] == ["W2.notice-overdue"]
    assert check(petition(received_on=D(2024, 4, 3), objected_on=D(2024, 4, 30), notified_on=D(2024, 4, 18))).findings == ()


def test_w3_routing_into_a_penalty_procedure() -> None:
    report = check(petition(routing=PetitionRouting(PetitionRoute.PENALTY_PROCEDURE, D(2024, 3, 8))))
    f = one(report, "W3.case-not-recorded")
    assert (f.severity, f.path, f.parameter, f.dates) == (WARNING, "$.routing.enforcement_case", None, ())
    assert f.message == "信访事项已导入行政处罚程序，未记录所立案件的编号（routing.enforcement_case）"
    assert f.message_en == "the petition was routed into a penalty procedure and records no case number (routing.enforcement_case)"
    assert "第三十一条" in f.citation
    assert check(petition(routing=HANDLED, answered_on=D(2024, 5, 7))).findings == ()


def test_w4_handling_extension_too_long() -> None:
    # Sixty days from Friday 8 March 2024 end on Tuesday 7 May; thirty more (at most) on Thursday 6 June.
    handled = petition(routing=HANDLED, extension=HandlingExtension(31, D(2024, 4, 30)), answered_on=D(2024, 6, 7))
    report = check(handled)
    f = one(report, "W4.extension-too-long")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.extension.days", "petition.handling_extension.max", ())
    assert f.message == "办理期限延长31日，超过最长30日"
    assert f.message_en == "the handling period was extended by 31 days, more than the longest 30 days"
    assert "第三十四条" in f.citation
    f = one(report, "W4.handling-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.answered_on", "petition.handling_period.max")
    assert f.message == "办结信访事项于 2024-06-07，晚于期限 2024-06-06（60日）"
    assert f.message_en == "the petition was handled on 2024-06-07, after the period (60 days) ended on 2024-06-06"
    assert facts(f) == [("start", D(2024, 3, 8)), ("due", D(2024, 6, 6)), ("done", D(2024, 6, 7))]
    assert [f.code for f in check(attrs.evolve(handled, answered_on=D(2024, 6, 6))).findings] == ["W4.extension-too-long"]
    twenty = attrs.evolve(handled, extension=HandlingExtension(20, D(2024, 4, 30)), answered_on=D(2024, 5, 28))
    f = one(check(twenty), "W4.handling-late")
    assert facts(f)[1] == ("due", D(2024, 5, 27))  # 80 days: Monday 27 May
    assert check(attrs.evolve(twenty, answered_on=D(2024, 5, 27))).findings == ()


def test_w4_handling_overdue_only_when_handled_here() -> None:
    f = one(check(petition(routing=HANDLED), as_of=D(2024, 5, 8)), "W4.handling-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.answered_on", "petition.handling_period.max")
    assert f.message == "办结信访事项的期限已于 2024-05-07 届满，至 2024-05-08 尚无记录"
    assert f.message_en == "the petition was handled: the period ended on 2024-05-07, nothing recorded on 2024-05-08"
    assert facts(f) == [("start", D(2024, 3, 8)), ("due", D(2024, 5, 7)), ("as_of", D(2024, 5, 8))]
    assert check(petition(routing=HANDLED), as_of=D(2024, 5, 7)).findings == ()
    other = PetitionRouting(PetitionRoute.PENALTY_PROCEDURE, D(2024, 3, 8), "津港街罚〔2024〕5号")
    long_ = petition(routing=other, extension=HandlingExtension(40, D(2024, 4, 30)))
    assert check(long_, as_of=D(2024, 9, 1)).findings == ()


def test_w4_reviews_requests_and_opinions() -> None:
    # Answer received Friday 10 May 2024: 30 days end on Sunday 9 June, Monday 10 June is Dragon Boat: 11 June.
    # Review requested Thursday 20 June: 30 days end on Saturday 20 July, so Monday 22 July.
    review = PetitionReview(D(2024, 5, 10), D(2024, 6, 20), D(2024, 7, 23))
    report = check(petition(routing=HANDLED, answered_on=D(2024, 5, 7), review=review))
    f = one(report, "W4.request-late")
    assert (f.severity, f.path, f.parameter) == (INFO, "$.review.requested_on", "petition.review_request_period.max")
    assert f.message == "信访人请求复查或复核于 2024-06-20，晚于期限 2024-06-11（30日）"
    assert f.message_en == "the petitioner's request on 2024-06-20, after the period (30 days) ended on 2024-06-11"
    assert facts(f) == [("start", D(2024, 5, 10)), ("due", D(2024, 6, 11)), ("done", D(2024, 6, 20))]
    assert "第三十五条" in f.citation
    f = one(report, "W4.review-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.review.opinion_on", "petition.review_period.max")
    assert f.message == "提出复查意见于 2024-07-23，晚于期限 2024-07-22（30日）"
    assert f.message_en == "the review opinion on 2024-07-23, after the period (30 days) ended on 2024-07-22"
    assert facts(f) == [("start", D(2024, 6, 20)), ("due", D(2024, 7, 22)), ("done", D(2024, 7, 23))]
    in_time = PetitionReview(D(2024, 5, 10), D(2024, 6, 11), D(2024, 7, 11))
    assert check(petition(routing=HANDLED, answered_on=D(2024, 5, 7), review=in_time), as_of=D(2024, 12, 1)).findings == ()
    # An open review is not an overdue finding (W4 gives none for it): the upcoming item says it.
    open_ = PetitionReview(D(2024, 5, 10), D(2024, 6, 11))
    assert check(petition(routing=HANDLED, answered_on=D(2024, 5, 7), review=open_), as_of=D(2024, 12, 1)).findings == ()


def test_w4_re_review_leaves_the_hearing_out() -> None:
    # Requested Monday 1 July 2024; the hearing 10–12 July (3 days) is left out: 30 + 3 days end on Saturday
    # 3 August, so Monday 5 August.
    late = PetitionReview(D(2024, 6, 20), D(2024, 7, 1), D(2024, 8, 6), D(2024, 7, 10), D(2024, 7, 12))
    f = one(check(petition(routing=HANDLED, answered_on=D(2024, 5, 7), re_review=late)), "W4.re-review-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.re_review.opinion_on", "petition.re_review_period.max")
    assert f.message == "提出复核意见于 2024-08-06，晚于期限 2024-08-05（30日）"
    assert f.message_en == "the re-review opinion on 2024-08-06, after the period (30 days) ended on 2024-08-05"
    assert facts(f) == [("start", D(2024, 7, 1)), ("due", D(2024, 8, 5)), ("done", D(2024, 8, 6))]
    assert "第三十六条第一款" in f.citation
    one_day = attrs.evolve(late, hearing_from=D(2024, 7, 10), hearing_until=D(2024, 7, 10), opinion_on=D(2024, 8, 2))
    f = one(check(petition(routing=HANDLED, answered_on=D(2024, 5, 7), re_review=one_day)), "W4.re-review-late")
    assert facts(f)[1] == ("due", D(2024, 8, 1))  # 30 + 1 days
    no_hearing = attrs.evolve(late, hearing_from=None, hearing_until=None, opinion_on=D(2024, 8, 1))
    f = one(check(petition(routing=HANDLED, answered_on=D(2024, 5, 7), re_review=no_hearing)), "W4.re-review-late")
    assert facts(f)[1] == ("due", D(2024, 7, 31))  # 30 days end on Wednesday 31 July


def test_w5_group_visit_representatives() -> None:
    f = one(check(petition(form=PetitionForm.VISIT, representatives=6)), "W5.too-many-representatives")
    assert (f.severity, f.path, f.parameter, f.dates) == (INFO, "$.representatives", "petition.representatives.max", ())
    assert f.message == "多人走访推选代表6人，超过5人"
    assert f.message_en == "the group visit had 6 representatives, more than 5"
    assert "第二十条第三款" in f.citation
    assert check(petition(form=PetitionForm.VISIT, representatives=5)).findings == ()
    assert check(petition(representatives=6)).findings == ()  # a letter


def test_petitions_before_the_2022_regulation_are_not_judged() -> None:
    report = check(petition(received_on=D(2022, 4, 1), notified_on=D(2022, 5, 30), form=PetitionForm.VISIT, representatives=9))
    assert [f.code for f in report.findings] == ["W2.no-rule", "W4.no-rule", "W5.no-rule"]
    f = report.findings[0]
    assert (f.severity, f.path, f.parameter, f.citation) == (INFO, "$.notified_on", None, "")
    office = petition(received_on=D(2022, 4, 1), by_petition_office=True, notified_on=None, routing=PetitionRouting(PetitionRoute.PENALTY_PROCEDURE, D(2022, 4, 8)))
    assert [(f.code, f.path) for f in check(office, as_of=D(2022, 12, 1)).findings] == [
        ("W1.no-rule", "$.sorted_on"), ("W3.no-rule", "$.routing"), ("W4.no-rule", "$"),
    ]
    assert upcoming(office, as_of=D(2022, 4, 2)) == ()


def test_petition_upcoming_items() -> None:
    (item,) = upcoming(petition(by_petition_office=True, notified_on=None), as_of=D(2024, 3, 5))
    assert (item.what, item.what_en) == ("信访部门应于 2024-03-19 前区分处理", "the petition office sorts it by 2024-03-19")
    assert (item.rule, item.deadline.due, item.parameter, item.overdue) == ("W1", D(2024, 3, 19), "petition.sorting_period.max", False)
    assert "第二十二条第一款" in item.citation
    (item,) = upcoming(petition(notified_on=None), as_of=D(2024, 3, 20))
    assert (item.what, item.what_en) == ("应于 2024-03-19 前书面告知信访人", "the petitioner is told in writing by 2024-03-19")
    assert (item.rule, item.deadline.due, item.parameter, item.overdue) == ("W2", D(2024, 3, 19), "petition.notice_period.max", True)
    assert upcoming(petition(notified_on=None, identity_unclear=True), as_of=D(2024, 3, 5)) == ()
    assert upcoming(petition(notified_on=None, objected_on=D(2024, 3, 6), transferred_in=True), as_of=D(2024, 3, 7)) == ()
    assert upcoming(petition(), as_of=D(2024, 3, 5)) == ()
    handled = petition(
        routing=HANDLED, extension=HandlingExtension(20, D(2024, 4, 30)),
        review=PetitionReview(D(2024, 5, 10), D(2024, 6, 1)),
        re_review=PetitionReview(D(2024, 6, 20), D(2024, 7, 1), None, D(2024, 7, 10), D(2024, 7, 12)),
    )
    items = upcoming(handled, as_of=D(2024, 7, 5))
    assert [(i.what, i.what_en, i.rule, i.deadline.due, i.parameter, i.overdue) for i in items] == [
        ("应于 2024-05-27 前办结", "the petition is handled by 2024-05-27", "W4", D(2024, 5, 27), "petition.handling_period.max", True),
        ("应于 2024-07-01 前提出复查意见", "the review opinion is due by 2024-07-01", "W4", D(2024, 7, 1), "petition.review_period.max", True),
        ("应于 2024-08-05 前提出复核意见（听证时间另计）", "the re-review opinion is due by 2024-08-05 (hearing time not counted)",
         "W4", D(2024, 8, 5), "petition.re_review_period.max", False),
    ]
    # Without an extension, 60 days; with one longer than allowed, 30 more at most.
    (item,) = upcoming(petition(routing=HANDLED), as_of=D(2024, 3, 9))
    assert item.deadline.due == D(2024, 5, 7)
    (item,) = upcoming(petition(routing=HANDLED, extension=HandlingExtension(45, D(2024, 4, 30))), as_of=D(2024, 3, 9))
    assert item.deadline.due == D(2024, 6, 6)
    assert upcoming(petition(routing=HANDLED, answered_on=D(2024, 5, 7)), as_of=D(2024, 3, 9)) == ()


# --- reconsideration cases -----------------------------------------------------------------------------


def reconsideration(**changes: object) -> ReconsiderationCase:
    """Applied for on Monday 6 May 2024 (Saturday 11 May a working day), accepted on Thursday 9 May."""
    base: dict[str, object] = {
        "case_id": "滨复〔2024〕22号",
        "body": "天津市滨海新区人民政府",
        "applicant": Party(PartyKind.CITIZEN, person_name="甲某"),
        "respondent": "大港街道办事处",
        "challenged": ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, "津港街罚〔2024〕5号", D(2024, 4, 1)),
        "applied_on": D(2024, 5, 6),
        "knew_on": D(2024, 4, 2),
        "told_of_rights": True,
        "accepted_on": D(2024, 5, 9),
    }
    base.update(changes)
    return ReconsiderationCase(**base)  # type: ignore[arg-type]


def test_a_lawful_reconsideration_case_has_no_finding() -> None:
    report = check(reconsideration(), as_of=D(2024, 7, 8))
    assert (report.kind, report.title, report.findings) == ("reconsideration_case", "滨复〔2024〕22号", ())


def test_r1_application_late() -> None:
    # Sixty days from Friday 1 March 2024 end on Tuesday 30 April.
    f = one(check(reconsideration(knew_on=D(2024, 3, 1))), "R1.application-late")
    assert (f.severity, f.path, f.parameter) == (INFO, "$.applied_on", "reconsideration.application_period.max")
    assert f.message == "申请于 2024-05-06 提出，晚于申请期限 2024-04-30"
    assert f.message_en == "the application came on 2024-05-06, after its period ended on 2024-04-30"
    assert facts(f) == [("knew", D(2024, 3, 1)), ("due", D(2024, 4, 30)), ("applied", D(2024, 5, 6))]
    assert "行政复议法（2023） 第二十条第一款" in f.citation
    # From 2 March, 60 days end on 1 May (Labour Day to 5 May): Monday 6 May, in time.
    assert check(reconsideration(knew_on=D(2024, 3, 2))).findings == ()
    assert check(reconsideration(knew_on=None)).findings == ()


def test_r1_an_obstacle_stops_the_clock() -> None:
    # Knew on Tuesday 20 February 2024: 60 days end on Saturday 20 April, so Monday 22 April. An obstacle
    # from 11 to 20 March leaves out its ten days, its first included (Art. 20 ¶2): 30 April. (From 10 March
    # its eleven days would end the period on 1 May, a rest day, rolled to the application day, 6 May.)
    late = reconsideration(knew_on=D(2024, 2, 20), obstacle_from=D(2024, 3, 11), obstacle_until=D(2024, 3, 20))
    assert facts(one(check(late), "R1.application-late"))[1] == ("due", D(2024, 4, 30))
    assert facts(one(check(reconsideration(knew_on=D(2024, 2, 20))), "R1.application-late"))[1] == ("due", D(2024, 4, 22))
    in_time = reconsideration(knew_on=D(2024, 3, 1), obstacle_from=D(2024, 3, 10), obstacle_until=D(2024, 3, 20))
    assert check(in_time).findings == ()


def test_r1_not_told_of_the_rights() -> None:
    # Not told: 60 days from learning them, at most a year from knowing (Art. 20 ¶3). A year from Thursday
    # 20 April 2023 ends on Saturday 20 April 2024, so Monday 22 April.
    capped = reconsideration(knew_on=D(2023, 4, 20), told_of_rights=False, learned_rights_on=D(2024, 4, 1))
    f = one(check(capped), "R1.application-late")
    assert f.message == "申请于 2024-05-06 提出，晚于申请期限 2024-04-22"
    assert facts(f) == [("knew", D(2023, 4, 20)), ("due", D(2024, 4, 22)), ("applied", D(2024, 5, 6))]
    assert check(reconsideration(knew_on=D(2023, 6, 1), told_of_rights=False, learned_rights_on=D(2024, 4, 1))).findings == ()
    # Learned the rights on 1 March: 60 days to 30 April, within the year.
    learned = reconsideration(knew_on=D(2023, 6, 1), told_of_rights=False, learned_rights_on=D(2024, 3, 1))
    assert facts(one(check(learned), "R1.application-late"))[1] == ("due", D(2024, 4, 30))
    # Never learned them: the year alone.
    never = reconsideration(knew_on=D(2023, 4, 20), told_of_rights=False)
    assert facts(one(check(never), "R1.application-late"))[1] == ("due", D(2024, 4, 22))
    assert check(reconsideration(knew_on=D(2023, 6, 1), told_of_rights=False)).findings == ()
    # Told (or not recorded): sixty days from knowing, whatever learned_rights_on says.
    told = reconsideration(knew_on=D(2024, 3, 1), told_of_rights=None, learned_rights_on=D(2024, 4, 1))
    assert [f.code for f in check(told).findings] == ["R1.application-late"]


def test_r2_the_absolute_bars() -> None:
    # Twenty years for real property: from Thursday 1 May 2003 to 1 May 2023, a holiday, rolled to 4 May.
    old = ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, "津港街罚〔2003〕1号", D(2003, 5, 1), real_property=True)
    f = one(check(reconsideration(challenged=old, knew_on=None)), "R2.accepted-past-bar")
    assert (f.severity, f.path, f.parameter) == (WARNING, "$.accepted_on", "reconsideration.absolute_bar_real_property.max")
    assert f.message == "行政行为作出已超过20年，申请仍被受理"
    assert f.message_en == "the application was accepted though the act was made more than 20 years before"
    assert facts(f) == [("acted", D(2003, 5, 1)), ("bar", D(2023, 5, 4)), ("applied", D(2024, 5, 6))]
    assert "第二十一条" in f.citation
    # Five years otherwise: from 1 May 2019 to 1 May 2024 (Labour Day), rolled to Monday 6 May: in time.
    five = ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, "x", D(2019, 5, 1))
    assert check(reconsideration(challenged=five, knew_on=None)).findings == ()
    f = one(check(reconsideration(challenged=attrs.evolve(five, acted_on=D(2019, 4, 30)), knew_on=None)), "R2.accepted-past-bar")
    assert (f.parameter, f.message) == ("reconsideration.absolute_bar.max", "行政行为作出已超过5年，申请仍被受理")
    assert facts(f)[1] == ("bar", D(2024, 4, 30))
    # Not accepted: nothing to say.
    assert check(reconsideration(challenged=attrs.evolve(five, acted_on=D(2019, 4, 30)), knew_on=None, accepted_on=None,
                                 not_accepted_on=D(2024, 5, 8))).findings == ()


def test_r4_corrections() -> None:
    report = check(reconsideration(correction=ApplicationCorrection(D(2024, 5, 14), D(2024, 5, 29)), accepted_on=D(2024, 6, 3)))
    f = one(report, "R4.correction-notice-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.correction.notified_on", "reconsideration.correction_notice_period.max")
    assert f.message == "补正通知于 2024-05-14，晚于期限 2024-05-11（5个工作日）"
    assert f.message_en == "the correction notice on 2024-05-14, after the period (5 working days) ended on 2024-05-11"
    assert facts(f) == [("start", D(2024, 5, 6)), ("due", D(2024, 5, 11)), ("done", D(2024, 5, 14))]
    assert "第三十一条第一款" in f.citation
    # Ten working days from Tuesday 14 May end on Tuesday 28 May.
    f = one(report, "R4.correction-late")
    assert (f.severity, f.path, f.parameter) == (INFO, "$.correction.corrected_on", "reconsideration.correction_period.max")
    assert f.message == "申请人提交补正材料于 2024-05-29，晚于期限 2024-05-28（10个工作日）"
    assert f.message_en == "the applicant handed in the corrections on 2024-05-29, after the period (10 working days) ended on 2024-05-28"
    assert facts(f) == [("start", D(2024, 5, 14)), ("due", D(2024, 5, 28)), ("done", D(2024, 5, 29))]
    assert "第三十一条第二款" in f.citation
    ok = reconsideration(correction=ApplicationCorrection(D(2024, 5, 11), D(2024, 5, 24)), accepted_on=D(2024, 5, 31))
    assert check(ok, as_of=D(2024, 6, 1)).findings == ()


def test_r4_refusal_late_and_deemed_acceptance() -> None:
    f = one(check(reconsideration(accepted_on=None, not_accepted_on=D(2024, 5, 13))), "R4.refusal-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.not_accepted_on", "reconsideration.acceptance_review_period.max")
    assert f.message == "不予受理决定于 2024-05-13，晚于期限 2024-05-11（5个工作日）"
    assert f.message_en == "the decision not to accept on 2024-05-13, after the period (5 working days) ended on 2024-05-11"
    assert "第三十条第一款" in f.citation
    assert check(reconsideration(accepted_on=None, not_accepted_on=D(2024, 5, 11)), as_of=D(2024, 9, 1)).findings == ()
    f = one(check(reconsideration(accepted_on=None), as_of=D(2024, 5, 12)), "R4.deemed-accepted")
    assert (f.severity, f.path, f.parameter) == (INFO, "$.accepted_on", "reconsideration.acceptance_review_period.max")
    assert f.message == "审查期限于 2024-05-11 届满，未作出不予受理决定，自该日起视为受理"
    assert f.message_en == "the examination period ended on 2024-05-11 with no refusal: deemed accepted from that day"
    assert facts(f) == [("received", D(2024, 5, 6)), ("deemed_accepted", D(2024, 5, 11))]
    assert "第三十条第一款" in f.citation
    assert check(reconsideration(accepted_on=None), as_of=D(2024, 5, 11)).findings == ()
    assert check(reconsideration(accepted_on=None)).findings == ()
    assert check(reconsideration(accepted_on=D(2024, 5, 11))).findings == ()
    late = check(reconsideration(accepted_on=D(2024, 5, 13)))
    assert [f.code for f in late.findings] == ["R4.deemed-accepted"]
    decided = reconsideration(accepted_on=None).decide(ReconsiderationOutcome.UPHELD, D(2024, 7, 10))
    assert [f.code for f in check(decided).findings] == ["R4.deemed-accepted"]
    awaited = reconsideration(correction=ApplicationCorrection(D(2024, 5, 8)), accepted_on=None)
    assert check(awaited, as_of=D(2024, 9, 1)).findings == ()  # corrections awaited: no examination yet


def test_r5_forwarding_and_answers() -> None:
    # Five working days from Monday 29 April 2024: 30 April, then 6–9 May (Labour Day 1–5 May).
    forwarded = reconsideration(forwarding=Forwarding(D(2024, 4, 29), D(2024, 5, 10)), applied_on=D(2024, 5, 10), accepted_on=D(2024, 5, 11))
    f = one(check(forwarded), "R5.forwarding-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.forwarding.forwarded_on", "reconsideration.forwarding_period.max")
    assert f.message == "转送行政复议申请于 2024-05-10，晚于期限 2024-05-09（5个工作日）"
    assert f.message_en == "the application was forwarded on 2024-05-10, after the period (5 working days) ended on 2024-05-09"
    assert facts(f) == [("start", D(2024, 4, 29)), ("due", D(2024, 5, 9)), ("done", D(2024, 5, 10))]
    assert "第三十二条第二款" in f.citation
    f = one(check(reconsideration(answer=RespondentAnswer(D(2024, 5, 13), D(2024, 5, 28)))), "R5.answer-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.answer.answered_on", "reconsideration.answer_period.max")
    assert f.message == "被申请人书面答复于 2024-05-28，晚于期限 2024-05-27（10个工作日）"
    assert f.message_en == "the respondent's written answer on 2024-05-28, after the period (10 working days) ended on 2024-05-27"
    assert "第四十八条" in f.citation
    f = one(check(reconsideration(answer=RespondentAnswer(D(2024, 5, 13))), as_of=D(2024, 5, 28)), "R5.answer-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.answer.answered_on", "reconsideration.answer_period.max")
    assert f.message == "被申请人书面答复的期限已于 2024-05-27 届满，至 2024-05-28 尚无记录"
    assert f.message_en == "the respondent's written answer: the period ended on 2024-05-27, nothing recorded on 2024-05-28"
    assert facts(f) == [("start", D(2024, 5, 13)), ("due", D(2024, 5, 27)), ("as_of", D(2024, 5, 28))]
    simple = reconsideration(procedure=ReconsiderationProcedure.SIMPLE, answer=RespondentAnswer(D(2024, 5, 13), D(2024, 5, 21)))
    f = one(check(simple), "R5.answer-late")
    assert (f.parameter, facts(f)[1]) == ("reconsideration.answer_period_simple.max", ("due", D(2024, 5, 20)))
    assert "第五十四条第一款" in f.citation
    open_forwarding = reconsideration(forwarding=Forwarding(D(2024, 4, 29)), applied_on=D(2024, 5, 10), accepted_on=D(2024, 5, 11))
    assert check(open_forwarding, as_of=D(2024, 5, 12)).findings == ()


def test_r6_extension_too_long_and_the_decision_period() -> None:
    report = check(reconsideration(extension=DecisionExtension(31, D(2024, 7, 1))), as_of=D(2024, 8, 9))
    f = one(report, "R6.extension-too-long")
    assert (f.severity, f.path, f.parameter, f.dates) == (ERROR, "$.extension.days", "reconsideration.decision_extension.max", ())
    assert f.message == "审理期限延长31日，超过最长30日"
    assert f.message_en == "the decision period was extended by 31 days, more than the longest 30 days"
    assert "延长期限最多不得超过三十日" in f.citation
    # 60 + 30 days from Thursday 9 May 2024 end on Wednesday 7 August.
    f = one(report, "R6.decision-overdue")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.decision.decided_on", "reconsideration.decision_period.max")
    assert f.message == "行政复议决定的期限已于 2024-08-07 届满，至 2024-08-09 尚无记录"
    assert f.message_en == "the reconsideration decision: the period ended on 2024-08-07, nothing recorded on 2024-08-09"
    assert facts(f) == [("start", D(2024, 5, 9)), ("due", D(2024, 8, 7)), ("as_of", D(2024, 8, 9))]
    f = one(check(reconsideration().decide(ReconsiderationOutcome.REVOKED, D(2024, 7, 9))), "R6.decision-late")
    assert f.message == "行政复议决定于 2024-07-09，晚于期限 2024-07-08（60日）"
    assert f.message_en == "the reconsideration decision on 2024-07-09, after the period (60 days) ended on 2024-07-08"
    assert facts(f) == [("start", D(2024, 5, 9)), ("due", D(2024, 7, 8)), ("done", D(2024, 7, 9))]
    assert check(reconsideration(extension=DecisionExtension(30, D(2024, 7, 1))), as_of=D(2024, 8, 7)).findings == ()
    # The simple procedure: 30 days, no extension (Saturday 8 June, Sunday, Dragon Boat Monday: 11 June).
    simple = reconsideration(procedure=ReconsiderationProcedure.SIMPLE, extension=DecisionExtension(10, D(2024, 5, 20)))
    f = one(check(simple, as_of=D(2024, 6, 12)), "R6.decision-overdue")
    assert (f.parameter, facts(f)[1]) == ("reconsideration.decision_period_simple.max", ("due", D(2024, 6, 11)))
    assert check(simple, as_of=D(2024, 6, 11)).findings == ()
    refused = reconsideration(accepted_on=None, not_accepted_on=D(2024, 5, 10))
    assert check(refused, as_of=D(2025, 1, 1)).findings == ()


def test_r7_hearing_notice() -> None:
    # A hearing on Friday 14 June 2024 (Monday 10 June a holiday): notified on 5 June at the latest.
    f = one(check(reconsideration(hearing=ReconsiderationHearing(D(2024, 6, 6), D(2024, 6, 14)))), "R7.notice-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.hearing.notified_on", "reconsideration.hearing_notice_period.min")
    assert f.message == "听证于 2024-06-14 举行，2024-06-06 才通知，不足5个工作日"
    assert f.message_en == "the hearing on 2024-06-14 was notified on 2024-06-06, less than 5 working days before"
    assert facts(f) == [("latest_notice", D(2024, 6, 5)), ("notified", D(2024, 6, 6)), ("held", D(2024, 6, 14))]
    assert "第五十一条第一款" in f.citation
    assert check(reconsideration(hearing=ReconsiderationHearing(D(2024, 6, 5), D(2024, 6, 14)))).findings == ()


def test_r8_opinion_letters() -> None:
    # Sixty days from Monday 1 July 2024 end on Friday 30 August.
    letters = [OpinionLetter("大港街道办事处", D(2024, 7, 1), D(2024, 9, 2)), OpinionLetter("大港街道综合执法大队", D(2024, 7, 1))]
    case = reconsideration(opinion_letters=letters).decide(ReconsiderationOutcome.UPHELD, D(2024, 7, 1))
    report = check(case, as_of=D(2024, 8, 31))
    f = one(report, "R8.report-late")
    assert (f.severity, f.path, f.parameter) == (ERROR, "$.opinion_letters[0].reported_on", "reconsideration.correction_report_period.max")
    assert f.message == "报送纠正情况于 2024-09-02，晚于期限 2024-08-30（60日）"
    assert f.message_en == "the correction was reported on 2024-09-02, after the period (60 days) ended on 2024-08-30"
    assert facts(f) == [("start", D(2024, 7, 1)), ("due", D(2024, 8, 30)), ("done", D(2024, 9, 2))]
    assert "第七十六条" in f.citation
    f = one(report, "R8.report-overdue")
    assert f.path == "$.opinion_letters[1].reported_on"
    assert f.message == "报送纠正情况的期限已于 2024-08-30 届满，至 2024-08-31 尚无记录"
    assert f.message_en == "the correction was reported: the period ended on 2024-08-30, nothing recorded on 2024-08-31"


def test_reconsideration_before_2024_is_not_judged() -> None:
    old = reconsideration(applied_on=D(2023, 6, 1), knew_on=D(2023, 1, 1), accepted_on=None,
                          forwarding=Forwarding(D(2023, 5, 30)), hearing=ReconsiderationHearing(D(2023, 6, 5), D(2023, 6, 6)),
                          opinion_letters=[OpinionLetter("大港街道办事处", D(2023, 6, 10))],
                          challenged=ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, "x", D(2015, 1, 5)))
    old = attrs.evolve(old, accepted_on=D(2023, 6, 2))
    report = check(old, as_of=D(2023, 12, 31))
    assert [(f.code, f.path) for f in report.findings] == [
        ("R1.no-rule", "$.applied_on"), ("R2.no-rule", "$.challenged"), ("R4.no-rule", "$"), ("R5.no-rule", "$"),
        ("R6.no-rule", "$.decision"), ("R7.no-rule", "$.hearing"), ("R8.no-rule", "$.opinion_letters"),
    ]
    f = report.findings[0]
    assert (f.severity, f.message) == (INFO, "规则配置 national 在 2023-06-01 未执行规则 R1，未检查")
    assert upcoming(old, as_of=D(2023, 6, 2)) == ()


def test_reconsideration_upcoming_items() -> None:
    case = reconsideration(accepted_on=None, answer=RespondentAnswer(D(2024, 5, 8)), opinion_letters=[OpinionLetter("大港街道办事处", D(2024, 5, 7))])
    items = upcoming(case, as_of=D(2024, 5, 8))
    assert [(i.what, i.what_en, i.rule, i.deadline.due, i.parameter, i.overdue) for i in items] == [
        ("受理审查应于 2024-05-11 前完成（届满未决定不予受理即视为受理）", "the acceptance examination ends by 2024-05-11 (then deemed accepted)",
         "R4", D(2024, 5, 11), "reconsideration.acceptance_review_period.max", False),
        ("被申请人应于 2024-05-21 前提出书面答复", "the respondent's written answer is due by 2024-05-21",
         "R5", D(2024, 5, 21), "reconsideration.answer_period.max", False),
        ("应于 2024-07-10 前作出行政复议决定", "the reconsideration decision is due by 2024-07-10",
         "R6", D(2024, 7, 10), "reconsideration.decision_period.max", False),
        ("大港街道办事处应于 2024-07-08 前报送纠正情况", "the correction report is due by 2024-07-08",
         "R8", D(2024, 7, 8), "reconsideration.correction_report_period.max", False),
    ]
    assert "第三十条第一款" in items[0].citation
    (item,) = upcoming(reconsideration(extension=DecisionExtension(20, D(2024, 7, 1))), as_of=D(2024, 7, 30))
    assert (item.rule, item.deadline.due, item.overdue) == ("R6", D(2024, 7, 29), True)  # 80 days
    simple = reconsideration(procedure=ReconsiderationProcedure.SIMPLE, answer=RespondentAnswer(D(2024, 5, 13)))
    items = upcoming(simple, as_of=D(2024, 5, 10))
    assert [(i.rule, i.deadline.due, i.parameter) for i in items] == [
        ("R5", D(2024, 5, 20), "reconsideration.answer_period_simple.max"),
        ("R6", D(2024, 6, 11), "reconsideration.decision_period_simple.max"),
    ]
    done = reconsideration(answer=RespondentAnswer(D(2024, 5, 13), D(2024, 5, 20)),
                           opinion_letters=[OpinionLetter("大港街道办事处", D(2024, 5, 7), D(2024, 5, 8))])
    done = done.decide(ReconsiderationOutcome.UPHELD, D(2024, 6, 1))
    assert upcoming(done, as_of=D(2024, 6, 2)) == ()
    assert [i.rule for i in upcoming(reconsideration(accepted_on=None, not_accepted_on=D(2024, 5, 8)), as_of=D(2024, 5, 9))] == []


def test_petition_rules_in_force_before_their_numbers_name_rule_and_field() -> None:
    # A user's profile puts W1, W2 and W4 in force from 2022-01-01; the regulation's numbers hold from 2022-05-01.
    profile = rules_in_force("mutation-test-2022", D(2022, 1, 1), "W1", "W2", "W4")
    office = petition(
        received_on=D(2022, 3, 1), by_petition_office=True, notified_on=None, sorted_on=D(2022, 3, 5),
        routing=PetitionRouting(PetitionRoute.HANDLED, D(2022, 3, 8)), extension=HandlingExtension(10, D(2022, 4, 1)),
    )
    assert [(f.code, f.path, f.message) for f in check(office, profile=profile).findings] == [
        ("W1.no-rule", "$.sorted_on", "规则配置 mutation-test-2022 在 2022-03-01 没有生效的 petition.sorting_period.max，W1 未检查"),
        ("W4.no-rule", "$.extension", "规则配置 mutation-test-2022 在 2022-03-01 没有生效的 petition.handling_extension.max，W4 未检查"),
    ]
    told = petition(received_on=D(2022, 3, 1), notified_on=D(2022, 3, 5))
    assert [(f.code, f.path) for f in check(told, profile=profile).findings] == [("W2.no-rule", "$.notified_on")]
    objected = petition(received_on=D(2022, 3, 1), notified_on=None, transferred_in=True, objected_on=D(2022, 3, 3))
    assert [(f.code, f.path) for f in check(objected, profile=profile).findings] == [("W2.no-rule", "$.objected_on")]
