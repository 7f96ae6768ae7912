"""Legality reviews (N7, D4, L1–L5) and the documents' rules read before their law or without their number:
findings pinned for mutation testing (issue 22; docs/testing.md). Split from
`test_mutation_checks_documents.py`, whose records and helpers it uses."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from test_mutation_checks_documents import (  # the records and helpers of the documents' tests
    CAL,
    DAGANG,
    WEB,
    D,
    dates,
    doc_review,
    good_document,
    one,
)
from xingzheng import Report, Severity, check, upcoming
from xingzheng.model.normative import (
    Deliberation,
    DocumentEvaluation,
    ImpactFlags,
    PublicComment,
)
from xingzheng.model.review import (
    LegalityReview,
    Reviewer,
    ReviewerRole,
    ReviewForm,
    ReviewMaterial,
    ReviewOpinion,
    SubjectKind,
)
from xingzheng.rules import load_profile

# --- N7 / D4: the duration of a review --------------------------------------------------------------


def test_n7_a_review_of_two_working_days_and_its_reasoned_variant() -> None:
    # Materials complete Mon 15 June 2020 (not counted): 16 and 17 June are 2 working days.
    report = check(doc_review(D(2020, 6, 15), D(2020, 6, 17)), profile=DAGANG)
    assert (report.kind, report.title) == ("legality_review", "normative_document 2020-06-15")
    f = one(report, "N7.review-too-short")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.completed_on", "normative_document.review_period.min")
    assert f.message == "合法性审核自收齐材料之日起只有2个工作日，少于本配置（tianjin-binhai-dagang）的5个工作日"
    assert f.message_en == (
        "the legality review took 2 working days from the materials-complete date, less than the 5 working days "
        "of this profile (tianjin-binhai-dagang)"
    )
    assert dates(f) == [("clock_start", D(2020, 6, 15)), ("completed", D(2020, 6, 17))]
    reasoned = check(doc_review(D(2020, 6, 15), D(2020, 6, 17), short_period_reason="急需"), profile="national")
    w = one(reasoned, "N7.review-shortened-with-reason")
    assert w.severity is Severity.WARNING
    assert w.message == "合法性审核自收齐材料之日起只有2个工作日，少于本配置（national）的5个工作日（已记录缩短理由）"
    assert w.message_en.endswith("of this profile (national) (a reason is recorded)")
    # 4 working days (to Fri 19 June) are short; 5 (to Mon 22 June) are enough.
    assert "N7.review-too-short" in check(doc_review(D(2020, 6, 15), D(2020, 6, 19)), profile=DAGANG).codes()
    assert check(doc_review(D(2020, 6, 15), D(2020, 6, 22)), profile=DAGANG).findings == ()
    # Within a document, the path is the document's.
    in_doc = check(good_document(legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 17))), profile=DAGANG)
    assert one(in_doc, "N7.review-too-short").path == "$.legality_review.completed_on"


def test_n7_too_long_and_overdue_after_fifteen_working_days() -> None:
    # From Mon 15 June 2020: 16–19, 22–24, Sun 28 (the Dragon Boat make-up day), 29, 30 June, 1–3, 6, 7 July.
    assert CAL.add_workdays(D(2020, 6, 15), 15) == D(2020, 7, 7)
    f = one(check(doc_review(D(2020, 6, 15), D(2020, 7, 8)), profile=DAGANG), "N7.review-too-long")
    assert (f.severity, f.path, f.parameter) == (Severity.ERROR, "$.completed_on", "normative_document.review_period.max")
    assert f.message == "合法性审核自收齐材料之日起用了16个工作日，超过最长15个工作日"
    assert f.message_en == (
        "the legality review took 16 working days from the materials-complete date, more than the maximum of 15 working days"
    )
    assert dates(f) == [("clock_start", D(2020, 6, 15)), ("completed", D(2020, 7, 8))]
    assert check(doc_review(D(2020, 6, 15), D(2020, 7, 7)), profile=DAGANG).findings == ()
    running = doc_review(D(2020, 6, 15), None)
    assert check(running, profile=DAGANG).findings == ()
    assert check(running, profile=DAGANG, as_of=D(2020, 7, 7)).findings == ()
    o = one(check(running, profile=DAGANG, as_of=D(2020, 7, 8)), "N7.review-overdue")
    assert (o.severity, o.path, o.parameter) == (Severity.ERROR, "$.completed_on", "normative_document.review_period.max")
    assert o.message == "合法性审核应于 2020-07-07 前完成，至 2020-07-08 尚无审核意见"
    assert o.message_en == "the legality review was due by 2020-07-07 and has no opinion on 2020-07-08"
    assert dates(o) == [("clock_start", D(2020, 6, 15)), ("due", D(2020, 7, 7)), ("as_of", D(2020, 7, 8))]
    (item,) = upcoming(running, as_of=D(2020, 7, 8), profile=DAGANG)
    assert (item.rule, item.parameter, item.deadline.due, item.overdue) == ("N7", "normative_document.review_period.max", D(2020, 7, 7), True)
    assert (item.what, item.what_en) == ("合法性审核应于 2020-07-07 前出具意见", "the legality review must end by 2020-07-07")
    assert upcoming(running, as_of=D(2020, 7, 7), profile=DAGANG)[0].overdue is False
    # Checked on its own, a review is no emergency: national's 15 working days apply as well.
    assert [u.deadline.due for u in upcoming(running, as_of=D(2020, 7, 1), profile="national")] == [D(2020, 7, 7)]
    # A review done, or with no clock start, has nothing due.
    assert upcoming(doc_review(D(2020, 6, 15), D(2020, 7, 7)), as_of=D(2020, 7, 1), profile=DAGANG) == ()
    unstarted = attrs.evolve(running, materials_complete_on=None)
    assert upcoming(unstarted, as_of=D(2020, 7, 1), profile=DAGANG) == ()
    assert check(unstarted, profile=DAGANG, as_of=D(2020, 9, 1)).findings == ()


def test_n7_an_emergency_document_sets_aside_the_conditioned_periods() -> None:
    doc = good_document(emergency=True, legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 17)))
    report = check(doc, profile="national")
    found = [(f.code, f.severity, f.parameter, f.path, f.message, f.message_en) for f in report.findings if f.code.startswith("N7.")]
    assert found == [
        (
            "N7.emergency-exception",
            Severity.INFO,
            key,
            "$.legality_review",
            f"为应对突发事件或者执行上级紧急命令需立即制定，{key} 不适用",
            f"made at once for an emergency or an urgent order: {key} does not apply",
        )
        for key in ("normative_document.review_period.min", "normative_document.review_period.max")
    ]
    # The seed states no such exception: its floor still applies.
    assert "N7.review-too-short" in check(doc, profile=DAGANG).codes()
    # An emergency review still running has nothing due under national; under the seed, its maximum.
    running = good_document(emergency=True, legality_review=doc_review(D(2020, 6, 15), None), promulgated_on=None, effective_on=None, publication=None, deliberation=None)
    assert upcoming(running, as_of=D(2020, 6, 20), profile="national") == ()
    assert [u.deadline.due for u in upcoming(running, as_of=D(2020, 6, 20), profile=DAGANG)] == [D(2020, 7, 7)]
    assert [u.deadline.due for u in upcoming(attrs.evolve(running, emergency=False), as_of=D(2020, 6, 20), profile="national")] == [D(2020, 7, 7)]
    late = check(attrs.evolve(running, emergency=True), profile="national", as_of=D(2020, 9, 1))
    assert "N7.review-overdue" not in late.codes()


def decision_review(complete: dt.date, completed: dt.date | None, *roles: ReviewerRole, **kw: object) -> LegalityReview:
    fields: dict[str, object] = {
        "subject_kind": SubjectKind.MAJOR_DECISION,
        "requested_on": complete,
        "materials_complete_on": complete,
        "reviewers": tuple(Reviewer(role, "某某") for role in roles),
        "opinion": ReviewOpinion.LAWFUL if completed is not None else None,
        "completed_on": completed,
    }
    fields.update(kw)
    return LegalityReview(**fields)  # type: ignore[arg-type]


def test_d4_a_laxer_seed_floor_is_held_to_the_national_one() -> None:
    # 16–19, 22, 23 June 2020: 6 working days, enough for the seed's 5, less than 713号令's 7.
    review = decision_review(D(2020, 6, 15), D(2020, 6, 23), ReviewerRole.GOVERNMENT_LAWYER)
    f = one(check(review, profile=DAGANG), "D4.review-too-short-for-parent")
    assert (f.path, f.parameter) == ("$.completed_on", "major_decision.review_period.min")
    assert f.message == (
        "合法性审核用了6个工作日：符合本配置（tianjin-binhai-dagang）的5个工作日，但少于上级规则（national）的7个工作日"
    )
    assert f.message_en == (
        "the legality review took 6 working days: enough for the 5 working days of this profile (tianjin-binhai-dagang), "
        "but less than the 7 working days of the parent rule (national)"
    )
    assert "一般不少于7个工作日" in f.citation
    assert dates(f) == [("clock_start", D(2020, 6, 15)), ("completed", D(2020, 6, 23))]
    national = one(check(review, profile="national"), "D4.review-too-short")
    assert national.message == "合法性审核自收齐材料之日起只有6个工作日，少于本配置（national）的7个工作日"
    seven = decision_review(D(2020, 6, 15), D(2020, 6, 24), ReviewerRole.GOVERNMENT_LAWYER)
    assert check(seven, profile=DAGANG).findings == ()
    assert check(seven, profile="national").findings == ()
    # A decision's review has no maximum: nothing due, never overdue.
    running = decision_review(D(2020, 6, 15), None, ReviewerRole.GOVERNMENT_LAWYER)
    assert upcoming(running, as_of=D(2021, 1, 4), profile=DAGANG) == ()
    assert check(running, profile=DAGANG, as_of=D(2021, 1, 4)).findings == ()


# --- L1, L3, L4, L5: the review record itself -------------------------------------------------------


def test_l1_an_opinion_with_no_complete_materials() -> None:
    unrecorded = doc_review(D(2020, 6, 15), D(2020, 6, 24), materials_complete_on=None)
    f = one(check(unrecorded, profile=DAGANG), "L1.materials-complete-not-recorded")
    assert (f.severity, f.path) == (Severity.WARNING, "$.materials_complete_on")
    assert f.message == "已出具审核意见，未记录收齐材料之日（materials_complete_on）"
    assert f.message_en == "an opinion was given and no materials-complete day is recorded (materials_complete_on)"
    before = doc_review(D(2020, 6, 15), D(2020, 6, 12), requested_on=D(2020, 6, 10))
    g = one(check(before, profile=DAGANG), "L1.opinion-before-materials-complete")
    assert (g.severity, g.path) == (Severity.WARNING, "$.completed_on")
    assert g.message == "审核意见出具时材料尚未收齐（退回或补充材料后，审核时间自材料收齐之日重新起算）"
    assert g.message_en == (
        "the opinion was given before the materials were complete (after a return or supplement the clock starts again when they are complete)"
    )
    assert dates(g) == [("completed", D(2020, 6, 12)), ("clock_start", D(2020, 6, 15))]
    # Returned and never complete again: no clock start at all.
    returned = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 3))
    )
    gave = attrs.evolve(returned, opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 6, 5))
    h = one(check(gave, profile=DAGANG), "L1.opinion-before-materials-complete")
    assert dates(h) == [("completed", D(2020, 6, 5))]
    # On the day the materials were complete: the opinion may be given.
    same_day = doc_review(D(2020, 6, 15), D(2020, 6, 15))
    assert not [c for c in check(same_day, profile=DAGANG).codes() if c.startswith("L1")]


def test_l3_the_opinion_in_writing_with_its_reasons() -> None:
    oral = check(doc_review(D(2020, 6, 15), D(2020, 6, 24), written=False), profile=DAGANG)
    f = one(oral, "L3.opinion-not-written")
    assert (f.path, f.message, f.message_en) == ("$.written", "审核意见未采用书面形式", "the review opinion is not in writing")
    bare = check(doc_review(D(2020, 6, 15), D(2020, 6, 24), opinion=ReviewOpinion.UNLAWFUL), profile=DAGANG)
    g = one(bare, "L3.reasons-missing")
    assert (g.path, g.message, g.message_en) == (
        "$.reasons",
        "审核意见为“unlawful”，未记录理由",
        "the opinion is “unlawful” and records no reasons",
    )
    reasoned = check(doc_review(D(2020, 6, 15), D(2020, 6, 24), opinion=ReviewOpinion.UNLAWFUL, reasons="超越职权"), profile=DAGANG)
    assert "L3.reasons-missing" not in reasoned.codes()
    # A decision's review (713号令 sets no form): no finding on writing; its advisers instead.
    spoken = decision_review(D(2020, 6, 15), D(2020, 6, 24), ReviewerRole.LEGAL_ADVISER, written=False)
    assert check(spoken, profile="national").findings == ()
    nobody = one(check(decision_review(D(2020, 6, 15), D(2020, 6, 24)), profile="national"), "L3.reviewers-not-recorded")
    assert (nobody.severity, nobody.path) == (Severity.WARNING, "$.reviewers")
    assert nobody.message == "合法性审查未记录审查人员（reviewers），无从判断是否组织法律顾问、公职律师提出法律意见"
    assert nobody.message_en == (
        "the review records no reviewers (reviewers): whether legal advisers or government lawyers gave opinions is not recorded"
    )
    experts = one(check(decision_review(D(2020, 6, 15), D(2020, 6, 24), ReviewerRole.EXPERT), profile="national"), "L3.advisers-not-organised")
    assert (experts.severity, experts.path) == (Severity.ERROR, "$.reviewers")
    assert experts.message == "合法性审查未组织法律顾问、公职律师提出法律意见"
    assert experts.message_en == "the review did not have legal advisers or government lawyers give legal opinions"
    for role in (ReviewerRole.LEGAL_ADVISER, ReviewerRole.GOVERNMENT_LAWYER):
        assert check(decision_review(D(2020, 6, 15), D(2020, 6, 24), role), profile="national").findings == ()
    # No opinion yet: L3 has nothing to judge.
    assert check(decision_review(D(2020, 6, 15), None), profile="national").findings == ()


def test_l_rules_of_a_decisions_review_wait_for_713() -> None:
    # 713号令 took effect on 1 Sept 2019: a decision's review before it is not judged by the L rules.
    old = decision_review(D(2019, 8, 1), D(2019, 8, 5), written=False)
    report = check(old, profile="national")
    assert not [c for c in report.codes() if c.startswith("L")]
    assert one(report, "D4.no-rule").message == "规则配置 national 在 2019-08-01 未执行规则 D4，未检查"
    assert "L3.reviewers-not-recorded" in check(decision_review(D(2019, 9, 2), D(2019, 9, 12)), profile="national").codes()


@pytest.mark.parametrize(
    ("form", "zh", "en"),
    [
        (ReviewForm.CONSULTATION_ONLY, "以征求意见代替合法性审核", "the legality review was replaced by consultation only"),
        (ReviewForm.COUNTERSIGNATURE, "以会签代替合法性审核", "the legality review was replaced by countersignature"),
        (ReviewForm.DELIBERATION_ATTENDANCE, "以参加审议代替合法性审核", "the legality review was replaced by deliberation attendance"),
    ],
)
def test_l4_each_replacement_of_the_review_is_named(form: ReviewForm, zh: str, en: str) -> None:
    for review in (
        doc_review(D(2020, 6, 15), D(2020, 6, 24), form=form),
        decision_review(D(2020, 6, 15), D(2020, 6, 24), ReviewerRole.LEGAL_ADVISER, form=form),
    ):
        f = one(check(review, profile=DAGANG), "L4.review-replaced")
        assert (f.severity, f.path, f.message, f.message_en) == (Severity.ERROR, "$.form", zh, en)


def contract_review(*roles: ReviewerRole, **kw: object) -> LegalityReview:
    fields: dict[str, object] = {
        "subject_kind": SubjectKind.CONTRACT,
        "requested_on": D(2020, 6, 15),
        "reviewers": tuple(Reviewer(role, "某某") for role in roles),
        "opinion": ReviewOpinion.LAWFUL,
        "completed_on": D(2020, 6, 20),
    }
    fields.update(kw)
    return LegalityReview(**fields)  # type: ignore[arg-type]


def test_l5_contracts_reviewed_by_the_legal_office_and_the_adviser() -> None:
    nobody = check(contract_review(), profile=DAGANG)
    f = one(nobody, "L5.reviewers-not-recorded")
    assert (f.severity, f.path) == (Severity.WARNING, "$.reviewers")
    assert (f.message, f.message_en) == ("合同审查未记录审查人员（reviewers）", "the contract review records no reviewers (reviewers)")
    assert "L5.reviewers-missing" not in nobody.codes()
    other = one(check(contract_review(ReviewerRole.OTHER), profile=DAGANG), "L5.reviewers-missing")
    assert (other.severity, other.path) == (Severity.ERROR, "$.reviewers")
    assert other.message == "合同未经法制办、法律顾问审查"
    assert other.message_en == "the contract was not reviewed by the legal office and the legal adviser"
    office = one(check(contract_review(ReviewerRole.LEGAL_OFFICE), profile=DAGANG), "L5.reviewers-missing")
    assert (office.message, office.message_en) == ("合同未经法律顾问审查", "the contract was not reviewed by the legal adviser")
    adviser = one(check(contract_review(ReviewerRole.LEGAL_ADVISER), profile=DAGANG), "L5.reviewers-missing")
    assert (adviser.message, adviser.message_en) == ("合同未经法制办审查", "the contract was not reviewed by the legal office")
    both = contract_review(ReviewerRole.LEGAL_OFFICE, ReviewerRole.LEGAL_ADVISER)
    assert check(both, profile=DAGANG).findings == ()
    ignored = one(check(attrs.evolve(both, opinion_followed=False), profile=DAGANG), "L5.opinion-not-followed")
    assert (ignored.path, ignored.message, ignored.message_en) == (
        "$.opinion_followed",
        "合同未按审查意见修改和执行",
        "the contract was not amended and performed as the review opinion says",
    )
    # National has no L5 in force; a contract has no duration, no L1, L3 or L4 of its own.
    assert [f.code for f in check(contract_review(), profile="national").findings] == ["L5.no-rule"]
    odd = contract_review(ReviewerRole.LEGAL_OFFICE, ReviewerRole.LEGAL_ADVISER, form=ReviewForm.COUNTERSIGNATURE, written=False, materials_complete_on=None)
    assert check(odd, profile=DAGANG).findings == ()


def test_a_review_started_before_any_maximum_has_nothing_due() -> None:
    # 115号 (and its 15 working days) dates from 4 Dec 2018: a review whose clock started earlier has no limit.
    early = doc_review(D(2018, 6, 1), None)
    assert upcoming(early, as_of=D(2018, 7, 2), profile="national") == ()
    assert check(early, profile="national", as_of=D(2019, 1, 2)).codes() == ("N7.no-rule",)


# --- before 115号 (4 Dec 2018): every rule reached says it was not checked, on its own day and field ---


def no_rules(report: Report) -> list[tuple[str, str, str]]:
    """(rule, path, day) of each ``<rule>.no-rule``, checking its wording and that it is the only kind."""
    out = []
    for f in report.findings:
        if f.code == "F1.document-number-format":
            continue
        rule = f.code.removesuffix(".no-rule")
        day = f.message.split(" 在 ")[1].split(" ")[0]
        assert f.code == f"{rule}.no-rule" and f.severity is Severity.INFO and f.citation == ""
        assert f.message == f"规则配置 {report.profile} 在 {day} 未执行规则 {rule}，未检查"
        assert f.message_en == f"profile {report.profile} does not enforce {rule} on {day}: not checked"
        out.append((rule, f.path, day))
    return out


def test_before_115_every_rule_reached_says_not_checked_on_its_day_and_field() -> None:
    impact = ImpactFlags(vital_interests=True, rights_and_duties=True, major_interest_adjustment=True, enterprises=True)
    old = good_document(
        impact=impact,
        public_comment=PublicComment(D(2018, 6, 1), D(2018, 6, 12), channels=WEB, draft_and_explanation_published=False),
        legality_review=doc_review(
            D(2018, 6, 15),
            D(2018, 6, 26),
            reviewing_body_designated=False,
            reviewers=(),
            materials=(ReviewMaterial.LEGAL_BASIS,),
            form=ReviewForm.COUNTERSIGNATURE,
        ),
        deliberation=Deliberation(D(2018, 6, 29)),
        promulgated_on=D(2018, 6, 30),
        effective_on=None,
        publication=None,
        evaluations=(DocumentEvaluation(D(2018, 12, 1)),),
    )
    assert no_rules(check(old, profile="national", as_of=D(2019, 1, 4))) == [
        ("N2", "$.public_comment", "2018-06-01"),
        ("N3", "$.public_comment", "2018-06-01"),
        ("N4", "$.consultations", "2018-06-30"),
        ("N5", "$.consultations", "2018-06-30"),
        ("L1", "$.legality_review", "2018-06-15"),
        ("L4", "$.legality_review", "2018-06-15"),
        ("L3", "$.legality_review", "2018-06-15"),
        ("N7", "$.legality_review", "2018-06-15"),
        ("N6", "$.legality_review", "2018-06-15"),
        ("N10", "$.legality_review.reviewing_body", "2018-06-15"),
        ("N11", "$.legality_review.materials", "2018-06-15"),
        ("N12", "$.deliberation", "2018-06-29"),
        ("N14", "$.publication", "2018-06-30"),
        ("N8", "$.evaluations", "2018-06-30"),
    ]
    internal = good_document(
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True, internal_only=True),
        public_comment=None,
        legality_review=None,
        deliberation=None,
        promulgated_on=D(2018, 6, 30),
        effective_on=None,
        publication=None,
    )
    assert no_rules(check(internal, profile="national")) == [
        ("N1", "$.public_comment", "2018-06-30"),
        ("N9", "$.legality_review", "2018-06-30"),
        ("N8", "$.evaluations", "2018-06-30"),
    ]
    # Before the Penalty Law of 1996, not even N13.
    penalty = attrs.evolve(internal, impact=ImpactFlags(), promulgated_on=D(1995, 6, 30), sets_penalty=True)
    assert no_rules(check(penalty, profile="national")) == [
        ("N13", "$", "1995-06-30"),
        ("N14", "$.publication", "1995-06-30"),
        ("N8", "$.evaluations", "1995-06-30"),
    ]
    # A review checked on its own: the paths are the review's.
    alone = doc_review(D(2018, 6, 15), D(2018, 6, 26), form=ReviewForm.COUNTERSIGNATURE)
    assert no_rules(check(alone, profile="national")) == [
        ("L1", "$", "2018-06-15"),
        ("L4", "$", "2018-06-15"),
        ("L3", "$", "2018-06-15"),
        ("N7", "$", "2018-06-15"),
    ]


# --- profiles that enforce a rule before any number of it is in force ---------------------------------

_EARLY = """
schema_version = 1
name = "early"
parent = "national"

[[rules]]
rule = "N3"
title_zh = "征求意见期限"
title_en = "comment period"
[[rules.values]]
since = 2017-01-01
in_force = true
citations = [{ source = "seed", place = "一 ¶3", quote = "征求意见的期限一般不少于7个工作日" }]

[[rules]]
rule = "N7"
title_zh = "合法性审核时间"
title_en = "review time"
[[rules.values]]
since = 2018-01-01
in_force = true
citations = [
  { source = "normative-document-legality-review-opinion-2018-115.md", place = "（五）", quote = "合法性审核时间一般不少于5个工作日，最长不超过15个工作日" },
]

[[rules]]
rule = "N14"
title_zh = "规范性文件公开"
title_en = "publication"
[[rules.values]]
since = 2019-01-01
in_force = true
citations = [
  { source = "government-information-disclosure-regulation-2019.md", place = "Art. 20(一)", quote = "行政法规、规章和规范性文件" },
]
"""


def test_a_rule_in_force_with_no_number_yet_says_which_key_is_missing() -> None:
    from xingzheng.rules import parse_profile

    early = parse_profile(_EARLY, "early.toml")
    doc = good_document(
        public_comment=PublicComment(D(2018, 6, 1), D(2018, 6, 12), channels=WEB),
        legality_review=doc_review(D(2018, 6, 15), D(2018, 6, 26)),
        deliberation=Deliberation(D(2018, 6, 29)),
        promulgated_on=D(2019, 3, 1),
        effective_on=None,
        publication=None,
    )
    report = check(doc, profile=early, as_of=D(2019, 6, 3))
    found = {f.code: (f.path, f.message) for f in report.findings if f.code in ("N3.no-rule", "N7.no-rule", "N14.no-rule")}
    assert found == {
        "N3.no-rule": (
            "$.public_comment",
            "规则配置 early 在 2018-06-01 没有生效的 normative_document.comment_period.min，N3 未检查",
        ),
        "N7.no-rule": (
            "$.legality_review",
            "规则配置 early 在 2018-06-15 没有生效的 normative_document.review_period.min，N7 未检查",
        ),
        "N14.no-rule": (
            "$.publication",
            "规则配置 early 在 2019-03-01 没有生效的 normative_document.disclosure_period.max，N14 未检查",
        ),
    }


def test_n6_is_read_on_the_day_the_materials_were_complete_not_the_request() -> None:
    # Requested on 30 Dec 2019 (national's N6), complete on 2 Jan 2020 (the seed's): the seed's applies.
    doc = good_document(legality_review=doc_review(D(2020, 1, 2), D(2020, 1, 10), requested_on=D(2019, 12, 30), reviewers=()))
    assert one(check(doc, profile=DAGANG), "N6.advisers-not-used").citation.startswith("大港街2020年法治政府建设情况报告")


def test_n3_past_the_calendar_the_parents_floor_is_a_coverage_warning_on_the_close() -> None:
    lax = load_profile(DAGANG).reform("lax-comment", {"normative_document.comment_period.min": 3})
    # Opened Thu 24 Dec 2026: the reform's 3 working days end on 29 Dec; the seed's 7 run into 2027.
    doc = good_document(
        public_comment=PublicComment(D(2026, 12, 24), D(2026, 12, 30), channels=WEB),
        legality_review=None,
        deliberation=None,
        promulgated_on=None,
        effective_on=None,
        publication=None,
    )
    report = check(doc, profile=lax)
    assert [(f.code, f.path) for f in report.findings] == [("CAL.coverage", "$.public_comment.closes_on")]


def test_review_durations_past_the_calendar_and_under_an_emergency() -> None:
    # Completed in 2027: the working days cannot be counted.
    report = check(doc_review(D(2026, 12, 21), D(2027, 1, 5)), profile=DAGANG)
    assert [(f.code, f.path) for f in report.findings] == [("CAL.coverage", "$.completed_on")]
    # The seed's maximum states no emergency exception: it still applies to an emergency document.
    urgent = good_document(emergency=True, legality_review=doc_review(D(2020, 6, 15), D(2020, 7, 8)))
    assert "N7.review-too-long" in check(urgent, profile=DAGANG).codes()
    assert "N7.review-too-long" not in check(urgent, profile="national").codes()
    # National has no L5: said on the contract review's own path.
    (info,) = check(contract_review(), profile="national").findings
    assert (info.code, info.path) == ("L5.no-rule", "$")


def test_review_edge_days() -> None:
    # An opinion on the day the materials were complete took no working day: too short.
    same_day = one(check(doc_review(D(2020, 6, 15), D(2020, 6, 15)), profile=DAGANG), "N7.review-too-short")
    assert same_day.message.startswith("合法性审核自收齐材料之日起只有0个工作日")
    # Still running into 2027: the maximum cannot be counted, a coverage warning on the opinion's field.
    draft = good_document(
        public_comment=None,
        legality_review=doc_review(D(2026, 12, 21), None),
        deliberation=None,
        promulgated_on=None,
        effective_on=None,
        publication=None,
    )
    running = check(draft, profile=DAGANG, as_of=D(2027, 3, 1))
    assert [(f.code, f.path) for f in running.findings] == [("CAL.coverage", "$.legality_review")]
    # Returned after the materials were complete (2 Jan 2020, the seed's rules) and never complete again:
    # the L rules are read on the materials-complete day, not on the request (30 Dec 2019, national's).
    returned = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2019, 12, 30))
        .materials_completed(D(2020, 1, 2))
        .returned(D(2020, 1, 3))
    )
    gave = attrs.evolve(returned, opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 1, 6))
    f = one(check(gave, profile=DAGANG), "L1.opinion-before-materials-complete")
    seed = load_profile(DAGANG).rule_in_force("L1", D(2020, 1, 2))
    national = load_profile("national").rule_in_force("L1", D(2019, 12, 30))
    assert seed is not None and national is not None and seed.citations != national.citations
    assert f.citation == "; ".join(c.text() for c in seed.citations)


def test_an_early_profile_names_no_rule_it_does_not_have() -> None:
    from xingzheng.rules import parse_profile

    early = parse_profile(_EARLY, "early.toml")
    report = check(doc_review(D(2018, 6, 15), D(2018, 6, 26)), profile=early)
    assert report.codes() == ("L1.no-rule", "L3.no-rule", "N7.no-rule")
    assert one(report, "N7.no-rule").message == (
        "规则配置 early 在 2018-06-15 没有生效的 normative_document.review_period.min，N7 未检查"
    )


_OWN_N13 = """
schema_version = 1
name = "own-n13"
parent = "national"

[[rules]]
rule = "N13"
title_zh = "不得设定"
title_en = "what a document may not create"
[[rules.values]]
since = 2020-01-01
in_force = true
scope_tags = ["bans-penalties", "bans-licences", "bans-compulsory-measures"]
citations = [
  { source = "seed", place = "一 ¶3", quote = "征求意见的期限一般不少于7个工作日" },
  { source = "seed", place = "一 ¶3", quote = "最长不超过15个工作日" },
]
"""


def test_n13_cites_all_of_the_rules_citations_when_none_is_the_banning_laws() -> None:
    from xingzheng.rules import parse_profile

    own = parse_profile(_OWN_N13, "own-n13.toml")
    f = one(check(good_document(sets_penalty=True), profile=own), "N13.creates-penalty")
    value = own.rule_in_force("N13", D(2020, 6, 30))
    assert value is not None and len(value.citations) == 2
    assert f.citation == "; ".join(c.text() for c in value.citations)
    assert f.citation.count("; ") == 1


def test_n14_past_the_calendar_is_a_coverage_warning_on_the_publication() -> None:
    doc = good_document(
        impact=ImpactFlags(rights_and_duties=True),
        public_comment=None,
        legality_review=None,
        deliberation=None,
        promulgated_on=D(2026, 12, 21),
        effective_on=None,
        publication=None,
    )
    report = check(doc, profile="national", as_of=D(2027, 3, 1))
    assert [(f.code, f.path) for f in report.findings if f.code == "CAL.coverage"] == [("CAL.coverage", "$.publication")]
