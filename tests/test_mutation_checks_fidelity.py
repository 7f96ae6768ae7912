"""Mutation tests for the checks of reviews, linked records and reconsideration cases changed by the
fidelity reviews (2026-12-06): a review short only after a return (L1), a withdrawal whose reconsideration
decision's service is not recorded (E10, linked), the suspension and obstacle intervals of R6 and R1, and
the rule names and fields R1 and R6 give when a user's profile puts them in force before their numbers.
Findings are pinned in full so that a mutant changing any part of one is caught (docs/testing.md).

Dates are counted by hand on the official calendar. 2020: 1–5, 8–12, 15–19 June are working days. 2024:
Dragon Boat Festival rests 8–10 June; the 60 days from acceptance on Thursday 9 May end on Monday 8 July.
"""

from __future__ import annotations

import datetime as dt

import attrs

from _findings_support import rules_in_force
from test_fidelity_links import records
from test_mutation_checks_documents import good_document
from test_mutation_checks_requests import reconsideration
from xingzheng import check, check_all
from xingzheng.checks import Finding
from xingzheng.checks.reconsideration import suspension_intervals
from xingzheng.model.normative import DocumentEvaluation, EvaluationConclusion
from xingzheng.model.reconsideration import (
    DecisionExtension,
    ReconsiderationOutcome,
    ReconsiderationSuspension,
)
from xingzheng.model.review import LegalityReview, ReturnKind, ReviewOpinion, ReviewReturn, SubjectKind
from xingzheng.rules import parse_profile

D = dt.date
DAGANG = "tianjin-binhai-dagang"
SEED = "大港街2020年法治政府建设情况报告 一 ¶3：“合法性审核时间自收齐材料之日起，一般不少于5个工作日”"


def pinned(finding: Finding) -> tuple[object, ...]:
    return (
        finding.code, finding.severity.name, finding.message, finding.message_en, finding.citation, finding.path,
        finding.parameter, [(d.label, d.date) for d in finding.dates],
    )


def codes(review: LegalityReview, profile: str = DAGANG) -> list[str]:
    return [f.code for f in check(review, profile=profile).findings]


# --- L1 / N7: a review short only after a return ----------------------------------------------------------


def test_the_short_after_return_warning_in_full() -> None:
    # Complete Mon 1 June 2020; supplements asked 3 June (in 5 June) and 9 June (in 11 June); opinion 15 June.
    review = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 3)).materials_completed(D(2020, 6, 5))
        .returned(D(2020, 6, 9)).materials_completed(D(2020, 6, 11))
        .give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 15), reasons="合法")
    )
    assert [pinned(f) for f in check(review, profile=DAGANG).findings] == [(
        "N7.review-short-after-return", "WARNING",
        "合法性审核自材料重新收齐之日起只有2个工作日，少于本配置（tianjin-binhai-dagang）的5个工作日；"
        "自首次收齐材料之日起（退回、补充期间除外）共6个工作日",
        "the legality review took 2 working days from the day the materials were complete again, less than the 5 "
        "working days of this profile (tianjin-binhai-dagang); 6 working days from the first materials-complete day, "
        "the days the materials were away left out",
        SEED, "$.completed_on", "normative_document.review_period.min",
        [("first_complete", D(2020, 6, 1)), ("clock_start", D(2020, 6, 11)), ("completed", D(2020, 6, 15))],
    )]
    # With a reason for the short review recorded, the general floor's exception is the finding, returns or not.
    reasoned = attrs.evolve(review, short_period_reason="执行上级机关的紧急命令")
    assert codes(reasoned) == ["N7.review-shortened-with-reason"]


def test_a_return_on_submission_is_not_subtracted_and_later_returns_still_are() -> None:
    # Returned on submission (26 May), complete 1 June; a supplement asked 2 June, in 8 June; opinion 10 June.
    # In all: (1 June, 10 June] = 7 working days, less 3, 4, 5, 8 June away = 3: too short in all.
    review = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 5, 25))
        .returned(D(2020, 5, 26)).materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 2)).materials_completed(D(2020, 6, 8))
        .give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 10), reasons="合法")
    )
    assert codes(review) == ["N7.review-too-short"]


def test_a_return_answered_before_the_materials_were_complete_subtracts_nothing() -> None:
    # Recorded directly: a return 25–27 May, before the materials were complete (1 June); then a supplement
    # 2–8 June, opinion 10 June. The first return's interval lies before the first complete day: 3 days in all.
    review = LegalityReview(
        SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 5, 20), materials_complete_on=D(2020, 6, 1),
        returns=[ReviewReturn(ReturnKind.RETURNED, D(2020, 5, 25), D(2020, 5, 27)),
                 ReviewReturn(ReturnKind.SUPPLEMENT_REQUESTED, D(2020, 6, 2), D(2020, 6, 8))],
        opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 6, 10), reasons="合法",
    )
    assert codes(review) == ["N7.review-too-short"]


def test_without_a_first_complete_day_the_first_return_answered_gives_it() -> None:
    # Recorded directly, with no materials_complete_on: returned 26 May, complete 1 June; a supplement 3–5 June;
    # opinion 10 June. (1 June, 10 June] = 7 working days less 4, 5 June = 5: short only after the return.
    review = LegalityReview(
        SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 5, 25),
        returns=[ReviewReturn(ReturnKind.RETURNED, D(2020, 5, 26), D(2020, 6, 1)),
                 ReviewReturn(ReturnKind.SUPPLEMENT_REQUESTED, D(2020, 6, 3), D(2020, 6, 5))],
        opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 6, 10), reasons="合法",
    )
    (finding,) = check(review, profile=DAGANG).findings
    assert finding.code == "N7.review-short-after-return"
    assert (finding.dates[0].label, finding.dates[0].date) == ("first_complete", D(2020, 6, 1))


def test_days_reviewed_before_the_calendar_name_the_opinions_field() -> None:
    # First complete on 30 December 2003, before the calendar's data: the days in all cannot be counted.
    review = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2003, 12, 29))
        .materials_completed(D(2003, 12, 30)).returned(D(2003, 12, 31)).materials_completed(D(2020, 6, 11))
        .give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 15), reasons="合法")
    )
    report = check(review, profile=DAGANG)
    assert [(f.code, f.path) for f in report.findings] == [
        ("CAL.coverage", "$.completed_on"), ("N7.review-too-short", "$.completed_on")
    ]


# --- E10, linked: the reconsideration decision's service not recorded -------------------------------------

WITHDRAWAL_CITE = (
    "行政处罚法（2021年修订） 第四十八条第二款：“行政机关应当在三日内撤回行政处罚决定信息并公开说明理由”; "
    "行政处罚法（2021年修订） 第八十五条：“本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日”"
)


def test_the_withdrawal_warning_without_service_in_full() -> None:
    case, reconsideration_case = records()
    decision = reconsideration_case.decision  # type: ignore[attr-defined]
    unserved = attrs.evolve(reconsideration_case, decision=attrs.evolve(decision, served_on=None))
    head = (
        "行政复议 滨复〔2024〕21号（revoked）于 2024-05-31 作出，未记录送达日（decision.served_on）：自作出日计算应于 "
        "2024-06-05 前撤回公开的处罚决定信息，"
    )
    head_en = (
        "滨复〔2024〕21号 (revoked) was decided on 2024-05-31 and its service is not recorded (decision.served_on): "
        "counted from the decision day the published decision was to be withdrawn by 2024-06-05, and "
    )
    tail, tail_en = "；复议决定自送达起生效，无法判断是否逾期", "; the decision takes effect on service, so a delay cannot be told"
    (open_,) = check_all([case, unserved], as_of=D(2024, 6, 6))[0].findings
    assert pinned(open_) == (
        "E10.withdrawal-service-not-recorded-linked", "WARNING", head + "至 2024-06-06 仍未撤回" + tail,
        head_en + "on 2024-06-06 it is not withdrawn" + tail_en, WITHDRAWAL_CITE, "$.publicity.withdrawn_on",
        "enforcement.withdrawal_period.max",
        [("reconsideration_decided", D(2024, 5, 31)), ("due", D(2024, 6, 5)), ("as_of", D(2024, 6, 6))],
    )
    publicity = case.publicity  # type: ignore[attr-defined]
    late = attrs.evolve(case, publicity=attrs.evolve(publicity, withdrawn_on=D(2024, 6, 7), reasons_published=True))
    (done,) = check_all([late, unserved], as_of=D(2024, 7, 1))[0].findings
    assert pinned(done) == (
        "E10.withdrawal-service-not-recorded-linked", "WARNING", head + "于 2024-06-07 才撤回" + tail,
        head_en + "it was withdrawn on 2024-06-07" + tail_en, WITHDRAWAL_CITE, "$.publicity.withdrawn_on",
        "enforcement.withdrawal_period.max",
        [("reconsideration_decided", D(2024, 5, 31)), ("due", D(2024, 6, 5)), ("withdrawn", D(2024, 6, 7))],
    )


# --- R6: suspensions ---------------------------------------------------------------------------------------

#: Suspended on Monday 15 July 2024, after the decision period ended (8 July), and never resumed.
SUSPENDED_LATE = reconsideration(suspensions=[ReconsiderationSuspension(D(2024, 7, 15))])


def test_a_suspension_after_the_due_day_does_not_save_a_late_decision() -> None:
    decided = SUSPENDED_LATE.decide(ReconsiderationOutcome.UPHELD, D(2024, 7, 20))
    for report in (check(decided), check(decided, as_of=D(2024, 8, 1))):
        assert [(f.code, [(d.label, d.date) for d in f.dates]) for f in report.findings] == [
            ("R6.decision-late", [("start", D(2024, 5, 9)), ("due", D(2024, 7, 8)), ("done", D(2024, 7, 20))])
        ]
    # Open at as_of: the suspension runs to as_of, and the period had ended before it began.
    overdue = check(SUSPENDED_LATE, as_of=D(2024, 7, 20))
    assert [(f.code, [(d.label, d.date) for d in f.dates]) for f in overdue.findings] == [
        ("R6.decision-overdue", [("start", D(2024, 5, 9)), ("due", D(2024, 7, 8)), ("as_of", D(2024, 7, 20))])
    ]
    # Neither a decision nor as_of: the open suspension leaves the due day unknown, nothing is judged.
    assert check(SUSPENDED_LATE).findings == ()


def test_suspension_intervals_from_the_first_day_to_the_resumption() -> None:
    assert suspension_intervals(SUSPENDED_LATE, None) == ((), True)
    assert suspension_intervals(SUSPENDED_LATE, D(2024, 7, 20)) == (((D(2024, 7, 14), D(2024, 7, 20)),), False)
    resumed = reconsideration(suspensions=[ReconsiderationSuspension(D(2024, 6, 3), D(2024, 6, 12)),
                                           ReconsiderationSuspension(D(2024, 7, 15))])
    assert suspension_intervals(resumed, None) == ((), True)
    assert suspension_intervals(resumed, D(2024, 7, 16)) == (
        ((D(2024, 6, 2), D(2024, 6, 12)), (D(2024, 7, 14), D(2024, 7, 16))), False
    )
    assert suspension_intervals(reconsideration(), None) == ((), False)


# --- R1: past the calendar -----------------------------------------------------------------------------------


def test_r1_past_the_calendar_names_the_application() -> None:
    # Knew 20 November 2026: the 60 days end in 2027, past the data.
    told = check(reconsideration(applied_on=D(2026, 12, 30), knew_on=D(2026, 11, 20), accepted_on=None))
    assert [(f.code, f.path) for f in told.findings] == [("CAL.coverage", "$.applied_on")]
    # Not told of the right, and its learning not recorded: only the year's cap, which ends in 2027 too.
    untold = reconsideration(applied_on=D(2026, 3, 2), knew_on=D(2026, 3, 1), told_of_rights=False, accepted_on=None)
    assert [(f.code, f.path) for f in check(untold).findings] == [("CAL.coverage", "$.applied_on")]


# --- R1 and R6 in force before their numbers (a user's profile) -------------------------------------------

_QUOTE = (
    '{ source = "administrative-reconsideration-law-2023.md", place = "Art. 20 ¶1", '
    'quote = "可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请" }'
)
_RULES = "".join(
    f"""
[[rules]]
rule = "{rule}"
title_zh = "测试"
title_en = "test"
[[rules.values]]
since = 2023-06-01
in_force = true
citations = [{_QUOTE}]
"""
    for rule in ("R1", "R6")
)
_NUMBERS = "".join(
    f"""
[[parameters]]
key = "reconsideration.{key}.max"
rule = "{rule}"
description_zh = "测试"
description_en = "test"
bound = "ceiling"
binds = "{binds}"
[[parameters.values]]
since = 2023-06-01
value = 60
unit = "days"
citations = [{_QUOTE}]
"""
    for key, rule, binds in (("application_period", "R1", "party"), ("decision_period", "R6", "agency"))
)


def _note(finding: Finding) -> tuple[str, str, str]:
    return finding.code, finding.path, finding.message


def test_r1_and_r6_in_force_before_their_numbers_name_rule_and_field() -> None:
    bare = rules_in_force("mutation-test-2023", D(2023, 6, 1), "R1", "R6")
    case = reconsideration(applied_on=D(2023, 10, 9), knew_on=D(2023, 9, 1), accepted_on=D(2023, 10, 12))
    assert [_note(f) for f in check(case, profile=bare).findings if f.code[:2] in ("R1", "R6")] == [
        ("R1.no-rule", "$.applied_on",
         "规则配置 mutation-test-2023 在 2023-10-09 没有生效的 reconsideration.application_period.max，R1 未检查"),
        ("R6.no-rule", "$.decision",
         "规则配置 mutation-test-2023 在 2023-10-12 没有生效的 reconsideration.decision_period.max，R6 未检查"),
    ]
    # The profile also gives the application and decision periods from 2023-06-01, not the untold cap nor
    # the extension: those notes name R1's and R6's fields.
    numbered = parse_profile(
        f'schema_version = 1\nname = "mutation-test-2023b"\nparent = "national"\n{_RULES}{_NUMBERS}', "t.toml"
    )
    untold = attrs.evolve(case, told_of_rights=False, learned_rights_on=D(2023, 9, 20),
                          extension=DecisionExtension(30, D(2023, 12, 1)))
    assert [_note(f) for f in check(untold, profile=numbered).findings if f.code[:2] in ("R1", "R6")] == [
        ("R1.no-rule", "$.applied_on",
         "规则配置 mutation-test-2023b 在 2023-10-09 没有生效的 reconsideration.application_period_untold.max，R1 未检查"),
        ("R6.no-rule", "$.extension",
         "规则配置 mutation-test-2023b 在 2023-10-09 没有生效的 reconsideration.decision_extension.max，R6 未检查"),
    ]


# --- N8: an evaluation interval whose rule is not in force -------------------------------------------------

#: A root profile with N8's interval but N8 itself not in force (a child of ``national`` cannot switch it off).
ROOT_N8 = """
schema_version = 1
name = "root-n8"

[[rules]]
rule = "N8"
title_zh = "评估"
title_en = "evaluation"
[[rules.values]]
since = 2020-01-01
in_force = false

[[parameters]]
key = "normative_document.evaluation_interval.max"
rule = "N8"
description_zh = "规范性文件评估的间隔"
description_en = "interval between evaluations"
bound = "ceiling"
binds = "agency"
[[parameters.values]]
since = 2020-01-01
value = 2
unit = "years"
citations = [
  { source = "seed", place = "一 ¶3", quote = "大港街应在制定行政规范性文件后每2年开展1次行政规范性文件评估" },
]
"""


def test_an_evaluation_is_not_judged_late_while_its_rule_is_not_in_force() -> None:
    # Made 30 June 2020, evaluated 1 July 2022, a day after the two years: N8 is not in force, nothing but its note.
    late = good_document(evaluations=(
        DocumentEvaluation(D(2022, 7, 1), conclusion=EvaluationConclusion.KEEP, results_published_on=D(2022, 7, 2)),
    ))
    report = check(late, profile=parse_profile(ROOT_N8, "root-n8.toml"), as_of=D(2022, 7, 4))
    assert [(f.code, f.path) for f in report.findings if f.code.startswith("N8")] == [("N8.no-rule", "$.evaluations")]
