"""Seed scenarios (大港街 2020) for normative documents, major decisions and legality reviews."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import xingzheng
from xingzheng import DocumentNumber, InvariantError, ProcedureError, check, default_calendar, upcoming
from xingzheng.model.decision import CollectiveDiscussion, MajorDecision, ReviewAmendment
from xingzheng.model.normative import Deliberation, ImpactFlags, NormativeDocument, PublicComment
from xingzheng.model.review import (
    LegalityReview,
    Reviewer,
    ReviewerRole,
    ReviewForm,
    ReviewMaterial,
    ReviewOpinion,
    SubjectKind,
)
from xingzheng.model.values import ConsultationMethod, Publication, PublicationChannel

DAGANG = "tianjin-binhai-dagang"
CAL = default_calendar()
D = dt.date


def doc_review(complete: dt.date, completed: dt.date, **kw: object) -> LegalityReview:
    return LegalityReview(
        subject_kind=SubjectKind.NORMATIVE_DOCUMENT,
        requested_on=complete,
        materials_complete_on=complete,
        materials=tuple(m for m in ReviewMaterial if m is not ReviewMaterial.OTHER),
        reviewing_body="大港街司法所",
        reviewing_body_designated=True,
        reviewers=(
            Reviewer(ReviewerRole.LEGAL_OFFICE, "大港街司法所"),
            Reviewer(ReviewerRole.LEGAL_ADVISER, "法律顾问"),
        ),
        opinion=ReviewOpinion.LAWFUL,
        completed_on=completed,
        **kw,  # type: ignore[arg-type]
    )


def good_document() -> NormativeDocument:
    return NormativeDocument(
        title="大港街居民小区停车管理办法",
        issuing_body="天津市滨海新区大港街道办事处",
        drafting_unit="大港街城市管理办公室",
        document_number="津港街发〔2020〕3号",
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True),
        public_comment=PublicComment(
            opened_on=D(2020, 6, 1),
            closes_on=D(2020, 6, 12),
            channels=(PublicationChannel.GOVERNMENT_WEBSITE,),
        ),
        legality_review=doc_review(D(2020, 6, 15), D(2020, 6, 24)),
        deliberation=Deliberation(held_on=D(2020, 6, 29), meeting="街道办事处主任办公会"),
        promulgated_on=D(2020, 6, 30),
        effective_on=D(2020, 7, 1),
        publication=Publication(D(2020, 7, 3), (PublicationChannel.GOVERNMENT_WEBSITE,)),
    )


def errors(report: xingzheng.Report) -> set[str]:
    return {f.code for f in report.errors()}


# --- normative documents -------------------------------------------------------------------------


def test_a_document_that_follows_every_rule_has_no_error_or_warning() -> None:
    report = check(good_document(), profile=DAGANG)
    assert report.ok
    assert [f.code for f in report.findings if f.severity is not xingzheng.Severity.INFO] == []


def test_comment_period_of_5_working_days_is_too_short_under_dagang() -> None:
    # Opened Mon 1 June 2020 (not counted): 2, 3, 4, 5, 8 June are 5 working days; the seed's 7 add 9 and
    # 10 June, so the comment had to stay open through Wed 10 June.
    assert CAL.workdays_between(D(2020, 6, 1), D(2020, 6, 8)) == 5
    doc = attrs.evolve(
        good_document(),
        public_comment=PublicComment(
            opened_on=D(2020, 6, 1),
            closes_on=D(2020, 6, 8),
            channels=(PublicationChannel.GOVERNMENT_WEBSITE,),
        ),
    )
    report = check(doc, profile=DAGANG)
    (finding,) = [f for f in report.findings if f.code == "N3.comment-period-too-short"]
    assert finding.severity is xingzheng.Severity.ERROR
    assert finding.parameter == "normative_document.comment_period.min"
    assert "7个工作日" in finding.citation
    assert dict((fact.label, fact.date) for fact in finding.dates)["required_close"] == D(2020, 6, 10)


def test_short_comment_period_with_a_recorded_reason_is_a_warning() -> None:
    doc = attrs.evolve(
        good_document(),
        public_comment=PublicComment(
            opened_on=D(2020, 6, 1),
            closes_on=D(2020, 6, 8),
            channels=(PublicationChannel.GOVERNMENT_WEBSITE,),
            short_period_reason="防汛紧急",
        ),
    )
    report = check(doc, profile=DAGANG)
    assert "N3.comment-period-too-short" not in report.codes()  # one code per severity (issue 17)
    (finding,) = [f for f in report.findings if f.code == "N3.comment-period-shortened-with-reason"]
    assert finding.severity is xingzheng.Severity.WARNING


def test_review_of_16_working_days_is_too_long() -> None:
    # From Mon 1 June 2020 (not counted): 2–5 (4), 8–12 (9), 15–19 (14), 22 (15), Tue 23 June (16).
    complete, completed = D(2020, 6, 1), D(2020, 6, 23)
    assert CAL.workdays_between(complete, completed) == 16
    doc = attrs.evolve(
        good_document(),
        legality_review=doc_review(complete, completed),
        public_comment=None,
        impact=ImpactFlags(rights_and_duties=True),
    )
    report = check(doc, profile=DAGANG)
    (finding,) = [f for f in report.findings if f.code == "N7.review-too-long"]
    assert finding.parameter == "normative_document.review_period.max"
    assert "最长不超过15个工作日" in finding.citation
    # 15 working days is allowed
    ok = attrs.evolve(doc, legality_review=doc_review(complete, D(2020, 6, 22)))
    assert "N7.review-too-long" not in check(ok, profile=DAGANG).codes()


def test_a_returned_review_restarts_its_clock() -> None:
    review = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 3), reason="缺少制定依据")
        .materials_completed(D(2020, 6, 10))
    )
    assert review.clock_starts_on == D(2020, 6, 10)
    # 2020-06-28 (Sunday) was an adjusted working day for the Dragon Boat Festival (25–27 June rest).
    # From Wed 10 June (not counted): 11, 12, 15–19, 22, 23, 24 (10), Sun 28 (11), 29, 30 June (13).
    # From 1 June it would be 2–5, 8–12, 15–19, 22–24, 28, 29, 30 June: 20, more than 15.
    assert CAL.workdays_between(D(2020, 6, 10), D(2020, 6, 30)) == 13
    assert CAL.workdays_between(D(2020, 6, 1), D(2020, 6, 30)) > 15
    done = review.give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 30), reasons=None)
    codes = check(done, profile=DAGANG).codes()
    assert "N7.review-too-long" not in codes
    assert "L1.opinion-before-materials-complete" not in codes
    assert "N7.review-too-short" not in codes and "N7.no-rule" not in codes  # N7 was judged, and passed


def test_an_opinion_before_the_materials_are_complete_is_refused() -> None:
    review = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 3))
    )
    with pytest.raises(ProcedureError) as info:
        review.give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 5))
    assert info.value.rule == "L1"
    assert review.opinion is None


def test_a_recorded_opinion_before_complete_materials_is_an_l1_finding() -> None:
    review = LegalityReview(
        SubjectKind.NORMATIVE_DOCUMENT,
        requested_on=D(2020, 6, 1),
        materials_complete_on=D(2020, 6, 10),
        opinion=ReviewOpinion.LAWFUL,
        completed_on=D(2020, 6, 5),
    )
    report = check(review, profile=DAGANG)
    # The restart of the clock is the library's reading and 退回 is a permission: a warning (issue 17).
    (finding,) = [f for f in report.findings if f.code == "L1.opinion-before-materials-complete"]
    assert finding.severity is xingzheng.Severity.WARNING
    assert not errors(report)
    assert not any(code.startswith("N7.") for code in report.codes())  # one fact, one code: no N7 as well


def test_deliberation_without_review_or_with_unlawful_opinion_is_refused() -> None:
    doc = attrs.evolve(
        good_document(),
        legality_review=None,
        deliberation=None,
        promulgated_on=None,
        effective_on=None,
        publication=None,
    )
    with pytest.raises(ProcedureError) as info:
        doc.to_deliberation(Deliberation(D(2020, 6, 29)))
    assert info.value.rule == "N12" and "不得提交集体审议" in info.value.citation
    unlawful = doc.with_review(
        attrs.evolve(
            doc_review(D(2020, 6, 15), D(2020, 6, 24)), opinion=ReviewOpinion.UNLAWFUL, reasons="超越职权"
        )
    )
    with pytest.raises(ProcedureError):
        unlawful.to_deliberation(Deliberation(D(2020, 6, 29)))
    assert unlawful.deliberation is None


def test_promulgation_while_comment_is_open_is_refused() -> None:
    # Opened Mon 1 June 2020: the 7 working days run through Wed 10 June; comment announced until 12 June.
    doc = attrs.evolve(good_document(), promulgated_on=None, effective_on=None, publication=None)
    with pytest.raises(ProcedureError) as info:
        doc.promulgate(D(2020, 6, 9), profile=DAGANG)
    assert info.value.rule == "N3"
    # After the floor has run the text bars nothing: made, with a warning from check (issue 17).
    made = doc.promulgate(D(2020, 6, 12), profile=DAGANG)
    (warning,) = [f for f in check(made, profile=DAGANG).findings if f.code == "N3.promulgated-during-comment"]
    assert warning.severity is xingzheng.Severity.WARNING
    assert doc.promulgate(D(2020, 6, 15)).promulgated_on == D(2020, 6, 15)


def test_recorded_deliberation_without_review_is_n12() -> None:
    doc = attrs.evolve(good_document(), legality_review=None)
    assert "N12.deliberated-without-review" in errors(check(doc, profile=DAGANG))
    assert "N6.review-missing" not in check(doc, profile=DAGANG).codes()


def test_n8_next_evaluation_and_lateness() -> None:
    doc = good_document()
    items = upcoming(doc, as_of=D(2021, 1, 4), profile=DAGANG)
    (evaluation,) = [u for u in items if u.rule == "N8"]
    assert evaluation.deadline.due == D(2022, 6, 30)
    assert evaluation.parameter == "normative_document.evaluation_interval.max"
    overdue = check(doc, profile=DAGANG, as_of=D(2022, 7, 1))
    assert "N8.evaluation-overdue" in overdue.codes()
    assert "N8.evaluation-overdue" not in check(doc, profile=DAGANG).codes()


def test_document_number_format_is_an_f1_finding_not_an_error() -> None:
    doc = attrs.evolve(good_document(), document_number="津港街发[2020]03号")
    (finding,) = [f for f in check(doc, profile=DAGANG).findings if f.code == "F1.document-number-format"]
    assert "GB/T 9704-2012" in finding.citation


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("津港街发【2020】3号", "【】"),
        ("津港街发[2020]3号", "[]"),
        ("津港街发(2020)3号", "()"),
        ("津港街发（2020）3号", "（）"),
        ("津港街发〔2020〕第3号", "第"),
        ("津港街发〔2020〕03号", "03号"),
        ("津港街发〔20〕3号", "四位"),
        ("国务院令第713号", "机关代字"),
    ],
)
def test_document_number_parse_rejects_the_usual_mistakes(text: str, needle: str) -> None:
    with pytest.raises(InvariantError) as info:
        DocumentNumber.parse(text)
    assert needle in str(info.value)


def test_document_number_round_trips() -> None:
    number = DocumentNumber.parse("国办发〔2018〕115号")
    assert (number.issuer_code, number.year, number.serial) == ("国办发", 2018, 115)
    assert str(number) == "国办发〔2018〕115号"


def test_n14_late_publication() -> None:
    doc = attrs.evolve(good_document(), publication=Publication(D(2020, 8, 31)))
    (finding,) = [f for f in check(doc, profile=DAGANG).findings if f.code == "N14.published-late"]
    assert finding.parameter == "normative_document.disclosure_period.max"
    # Made Tue 30 June 2020: 1–3, 6–10, 13–17, 20–24, 27, 28 July are the 20 working days.
    assert {fact.label: fact.date for fact in finding.dates}["due"] == D(2020, 7, 28)


def test_l4_consultation_does_not_replace_review() -> None:
    doc = attrs.evolve(
        good_document(),
        legality_review=attrs.evolve(
            doc_review(D(2020, 6, 15), D(2020, 6, 24)), form=ReviewForm.CONSULTATION_ONLY
        ),
    )
    assert "L4.review-replaced" in errors(check(doc, profile=DAGANG))


def test_hard_question_needs_written_consultation_and_symposium() -> None:
    doc = attrs.evolve(
        good_document(),
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True, high_public_concern=True),
        legality_review=attrs.evolve(doc_review(D(2020, 6, 15), D(2020, 6, 24)), hard_question=True),
    )
    assert "N6.hard-question-not-consulted" in errors(check(doc, profile=DAGANG))
    from xingzheng.model.values import Consultation

    # A written consultation alone is not enough (115号 （八）: "在书面征求意见的基础上，采取召开座谈会、论证会等方式").
    written = Consultation(ConsultationMethod.WRITTEN, D(2020, 6, 16))
    only_written = attrs.evolve(
        doc, legality_review=attrs.evolve(doc.legality_review, consultations=(written,))  # type: ignore[misc]
    )
    assert "N6.hard-question-not-consulted" in errors(check(only_written, profile=DAGANG))
    both = attrs.evolve(
        doc,
        legality_review=attrs.evolve(  # type: ignore[misc]
            doc.legality_review, consultations=(written, Consultation(ConsultationMethod.SYMPOSIUM, D(2020, 6, 18)))
        ),
    )
    assert "N6.hard-question-not-consulted" not in check(both, profile=DAGANG).codes()


# --- major decisions -----------------------------------------------------------------------------


def decision_review(
    complete: dt.date, completed: dt.date, opinion: ReviewOpinion = ReviewOpinion.LAWFUL
) -> LegalityReview:
    return LegalityReview(
        subject_kind=SubjectKind.MAJOR_DECISION,
        requested_on=complete,
        materials_complete_on=complete,
        reviewers=(
            Reviewer(ReviewerRole.LEGAL_OFFICE, "大港街司法所"),
            Reviewer(ReviewerRole.GOVERNMENT_LAWYER, "公职律师"),
        ),
        opinion=opinion,
        reasons="依据充分" if opinion is ReviewOpinion.LAWFUL else "须修改第三条",
        completed_on=completed,
    )


def decision() -> MajorDecision:
    return MajorDecision(
        title="大港街老旧小区改造实施方案",
        decision_body="大港街道办事处",
        undertaking_unit="大港街城市管理办公室",
    )


def test_a_decision_sent_to_discussion_without_review_is_refused() -> None:
    d = decision()
    with pytest.raises(ProcedureError) as info:
        d.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 8)), profile=DAGANG)
    assert info.value.rule == "D6"
    assert "不得提交讨论" in info.value.citation
    assert d.discussion is None


def test_must_be_amended_goes_to_discussion_with_a_d15_warning_until_the_amendment() -> None:
    # 713号令 Art. 25 ¶2 bars only no review or "unlawful"; Art. 28 (D15) asks for the adjustment.
    d = decision().with_review(decision_review(D(2020, 7, 1), D(2020, 7, 10), ReviewOpinion.MUST_BE_AMENDED))
    discussed = d.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)))
    for profile in ("national", DAGANG):
        report = check(discussed, profile=profile)
        assert not any(code.startswith("D6.") for code in report.codes())
        (warning,) = [f for f in report.findings if f.code == "D15.not-adjusted-after-review"]
        assert warning.severity is xingzheng.Severity.WARNING
    amended = d.amend_after_review(ReviewAmendment(D(2020, 7, 13), "删除第三条"))
    done = amended.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)))
    assert "D15.not-adjusted-after-review" not in check(done, profile=DAGANG).codes()


def test_exploratory_reform_exception_is_national_only() -> None:
    d = attrs.evolve(
        decision(),
        exploratory_reform=True,
        no_clear_national_rule=True,
        legal_risk_statement="国家尚无明确规定，存在被撤销的风险",
    )
    discussed = d.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)), profile="national")
    assert "D6.exploratory-reform-exception" in check(discussed).codes()
    # Art. 25 ¶2 needs both: a reform on which the state has a clear rule gets no exception ...
    clear = attrs.evolve(d, no_clear_national_rule=False)
    with pytest.raises(ProcedureError):
        clear.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)), profile="national")
    forged = attrs.evolve(clear, discussion=CollectiveDiscussion(held_on=D(2020, 7, 15)))
    assert "D6.discussed-without-lawful-opinion" in errors(check(forged))
    # ... and one where that is not recorded is a warning naming the field, not a refusal.
    unknown = attrs.evolve(d, no_clear_national_rule=None)
    unrecorded = check(unknown.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15))))
    (warning,) = [f for f in unrecorded.findings if f.code == "D6.no-clear-rule-not-recorded"]
    assert warning.severity is xingzheng.Severity.WARNING and warning.path == "$.no_clear_national_rule"
    assert not errors(unrecorded) & {"D6.discussed-without-lawful-opinion"}
    with pytest.raises(ProcedureError):
        d.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)), profile=DAGANG)
    assert "D6.discussed-without-lawful-opinion" in errors(check(discussed, profile=DAGANG))


def test_a_review_of_6_working_days_passes_dagang_and_is_noted_by_the_national_rule() -> None:
    complete, completed = D(2020, 7, 1), D(2020, 7, 9)
    assert CAL.workdays_between(complete, completed) == 6
    d = (
        decision()
        .with_review(decision_review(complete, completed))
        .to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)))
    )
    dagang = check(d, profile=DAGANG)
    assert "D4.review-too-short" not in dagang.codes()
    # Art. 26 ¶2 binds the sender to allow the time, not a reviewer who finishes early: a fact (issue 17).
    (note,) = [f for f in dagang.findings if f.code == "D4.review-too-short-for-parent"]
    assert note.severity is xingzheng.Severity.INFO
    assert "一般不少于7个工作日" in note.citation
    assert "5个工作日" in note.message and "7个工作日" in note.message  # both floors, stated
    national = check(d, profile="national")
    (fact,) = [f for f in national.findings if f.code == "D4.review-too-short"]
    assert fact.severity is xingzheng.Severity.INFO
    assert fact.parameter == "major_decision.review_period.min"
    # The seed's own floor binds the review time itself: 4 working days are an error under Dagang.
    short = attrs.evolve(d, legality_review=decision_review(complete, D(2020, 7, 7)))
    assert CAL.workdays_between(complete, D(2020, 7, 7)) == 4
    assert "D4.review-too-short" in errors(check(short, profile=DAGANG))


def test_dagang_applies_713s_conditions_to_the_statutory_steps() -> None:
    # The seed adopts 713号令's 法定程序: expert argumentation (Art. 19) and risk assessment (Art. 22) keep
    # their conditions (issue 17).
    d = (
        decision()
        .with_review(decision_review(D(2020, 7, 1), D(2020, 7, 10)))
        .to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)))
    )
    for profile in ("national", DAGANG):
        codes = check(d, profile=profile).codes()
        assert "D5.public-participation-missing" in errors(check(d, profile=profile))
        assert "D5.expert-argumentation-missing" not in codes
        assert "D5.risk-assessment-missing" not in codes
    technical = attrs.evolve(d, technical=True, stability_risk=True)
    assert {"D5.expert-argumentation-missing", "D5.risk-assessment-missing"} <= errors(check(technical, profile=DAGANG))


def test_head_departing_from_majority_must_explain() -> None:
    from xingzheng.model.decision import Vote

    d = (
        decision()
        .with_review(decision_review(D(2020, 7, 1), D(2020, 7, 10)))
        .to_discussion(
            CollectiveDiscussion(held_on=D(2020, 7, 15), majority_view=Vote.REJECT, decision=Vote.APPROVE)
        )
    )
    assert "D7.departure-not-explained" in errors(check(d, profile=DAGANG))


def test_public_view_hides_process_information_and_confidential_records() -> None:
    view = good_document().public_view()
    assert "legality_review" not in view and "deliberation" not in view
    assert view["document_number"] == "津港街发〔2020〕3号"
    secret = attrs.evolve(good_document(), confidential=True, confidentiality_basis="国家秘密")
    assert set(secret.public_view()) == {"title", "issuing_body", "document_number"}


def test_past_the_calendars_coverage_check_warns_instead_of_raising() -> None:
    year = CAL.coverage.last.year + 1
    doc = attrs.evolve(
        good_document(),
        public_comment=PublicComment(
            opened_on=D(year, 3, 2),
            closes_on=D(year, 3, 20),
            channels=(PublicationChannel.GOVERNMENT_WEBSITE,),
        ),
        legality_review=doc_review(D(year, 3, 23), D(year, 4, 3)),
        deliberation=Deliberation(D(year, 4, 6)),
        promulgated_on=D(year, 4, 7),
        effective_on=D(year, 4, 7),
        publication=Publication(D(year, 4, 8)),
    )
    report = check(doc, profile=DAGANG)
    (warning,) = [f for f in report.findings if f.code == "CAL.coverage"]
    assert str(year) in warning.message


def test_public_view_drops_expert_names() -> None:
    from xingzheng.model.decision import Expert, ExpertArgumentation

    d = attrs.evolve(
        decision(), expert_argumentation=ExpertArgumentation(D(2020, 7, 1), (Expert("张三", "天津大学"),))
    )
    view = d.public_view()
    assert "张三" not in str(view) and "天津大学" in str(view)


# --- major decisions: dates, guards and the law in force (review hardening) -----------------------------


def test_a_review_across_national_day_counts_only_working_days_d4() -> None:
    # 2020 National Day: 1–8 Oct rest, Sun 27 Sep and Sat 10 Oct worked. From Mon 28 Sep (not counted) to
    # Mon 12 Oct: 29 Sep, 30 Sep, 9 Oct, 10 Oct (Sat, adjusted), 12 Oct = 5 working days in 14 calendar days.
    complete, completed = D(2020, 9, 28), D(2020, 10, 12)
    d = (
        decision()
        .with_review(decision_review(complete, completed))
        .to_discussion(CollectiveDiscussion(held_on=D(2020, 10, 14)))
    )
    dagang = check(d, profile=DAGANG)
    assert "D4.review-too-short" not in dagang.codes()  # the seed's 5 are met exactly
    (parent,) = [f for f in dagang.findings if f.code == "D4.review-too-short-for-parent"]
    assert parent.parameter == "major_decision.review_period.min"
    assert "用了5个工作日" in parent.message and "一般不少于7个工作日" in parent.citation
    (fact,) = [f for f in check(d, profile="national").findings if f.code == "D4.review-too-short"]
    assert fact.severity is xingzheng.Severity.INFO  # Art. 26 ¶2 binds the sender, not the reviewer
    reasoned = attrs.evolve(
        d, legality_review=attrs.evolve(decision_review(complete, completed), short_period_reason="汛期紧急")
    )
    codes = check(reasoned, profile="national").codes()
    assert "D4.review-too-short" not in codes and "D4.review-shortened-with-reason" in codes


def test_an_opinion_dated_after_the_meeting_does_not_open_discussion_d6() -> None:
    # The opinion is "lawful" but given on 20 July; the meeting is on 15 July.
    d = decision().with_review(decision_review(D(2020, 7, 1), D(2020, 7, 20)))
    with pytest.raises(ProcedureError) as info:
        d.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)), profile=DAGANG)
    assert info.value.rule == "D6"
    assert d.discussion is None
    assert d.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 20)), profile=DAGANG).decided_on == D(2020, 7, 20)
    forged = attrs.evolve(d, discussion=CollectiveDiscussion(held_on=D(2020, 7, 15)))
    assert "D6.discussed-without-lawful-opinion" in errors(check(forged, profile=DAGANG))


def test_an_amendment_dated_before_the_opinion_does_not_count_d6() -> None:
    d = decision().with_review(decision_review(D(2020, 7, 1), D(2020, 7, 10), ReviewOpinion.MUST_BE_AMENDED))
    early = d.amend_after_review(ReviewAmendment(D(2020, 7, 8), "删除第三条"))
    discussed_early = early.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)), profile=DAGANG)
    report = check(discussed_early, profile=DAGANG)
    assert not errors(report) & {"D6.discussed-without-lawful-opinion"}
    assert "D15.not-adjusted-after-review" in report.codes()  # an earlier amendment does not respond to it
    # An amendment on the day of the opinion, or later, counts.
    same_day = d.amend_after_review(ReviewAmendment(D(2020, 7, 10), "删除第三条"))
    discussed = same_day.to_discussion(CollectiveDiscussion(held_on=D(2020, 7, 15)), profile=DAGANG)
    assert "D15.not-adjusted-after-review" not in check(discussed, profile=DAGANG).codes()


def test_before_713_took_effect_nothing_bars_the_discussion_d6() -> None:
    # 713号令 took effect on 2019-09-01 (its Art. 44): the national profile has no D6 in force before.
    held = CollectiveDiscussion(held_on=D(2019, 6, 3))
    discussed = decision().to_discussion(held, profile="national")
    assert discussed.decided_on == D(2019, 6, 3)
    codes = check(discussed, profile="national").codes()
    assert "D6.no-rule" in codes
    assert "D6.discussed-without-lawful-opinion" not in codes
    with pytest.raises(ProcedureError):
        decision().to_discussion(CollectiveDiscussion(held_on=D(2019, 9, 2)), profile="national")


def test_a_comment_period_whose_30th_day_is_a_holiday_rolls_to_the_next_working_day_d2() -> None:
    # Opened Tue 1 Sep 2020 (not counted): day 30 is Thu 1 Oct, inside the National Day rest of 1–8 Oct;
    # Civil Code Art. 203 moves the end to Fri 9 Oct, the first working day after the rest days.
    opened = D(2020, 9, 1)
    assert opened + dt.timedelta(days=30) == D(2020, 10, 1)
    from xingzheng.model.decision import PublicParticipation

    def with_comment(closes: dt.date) -> MajorDecision:
        return attrs.evolve(decision(), public_participation=PublicParticipation(opened, closes))

    short = check(with_comment(D(2020, 10, 8)), profile="national")
    (finding,) = [f for f in short.findings if f.code == "D2.comment-period-too-short"]
    assert finding.parameter == "major_decision.comment_period.min"
    assert {fact.label: fact.date for fact in finding.dates}["required_close"] == D(2020, 10, 9)
    assert "D2.comment-period-too-short" not in check(with_comment(D(2020, 10, 9)), profile="national").codes()


def test_hearing_materials_reach_participants_7_calendar_days_before_d9() -> None:
    from xingzheng.model.decision import DecisionHearing

    # Hearing on Mon 20 Jul 2020: 7 days strictly between delivery and hearing (13–19 Jul) → 12 Jul at latest.
    def heard(sent: dt.date) -> MajorDecision:
        hearing = DecisionHearing(D(2020, 7, 20), materials_sent_on=sent, participant_list_published_on=D(2020, 7, 1))
        return attrs.evolve(decision(), hearing=hearing)

    assert "D9.materials-late" not in check(heard(D(2020, 7, 12)), profile=DAGANG).codes()
    (late,) = [f for f in check(heard(D(2020, 7, 13)), profile=DAGANG).findings if f.code == "D9.materials-late"]
    assert {fact.label: fact.date for fact in late.dates}["latest"] == D(2020, 7, 12)
    assert late.parameter == "major_decision.hearing_materials_notice.min"


def test_feedback_before_the_comment_opened_is_impossible_and_evolve_rechecks() -> None:
    from xingzheng.model.decision import PublicParticipation

    with pytest.raises(InvariantError) as info:
        PublicParticipation(D(2020, 6, 1), D(2020, 7, 1), feedback_published_on=D(2020, 5, 31))
    assert info.value.field == "feedback_published_on"
    ok = PublicParticipation(D(2020, 6, 1), D(2020, 7, 1), feedback_published_on=D(2020, 7, 3))
    with pytest.raises(InvariantError) as info:
        attrs.evolve(ok, comment_closes_on=D(2020, 5, 1))
    assert info.value.field == "comment_closes_on"


def test_upcoming_lists_the_dagang_comment_floor_only_for_high_public_concern() -> None:
    from xingzheng.model.decision import PublicParticipation

    d = attrs.evolve(decision(), public_participation=PublicParticipation(D(2020, 9, 1), D(2020, 9, 20)))
    assert [u for u in upcoming(d, as_of=D(2020, 9, 2), profile=DAGANG) if u.rule == "D2"] == []
    concern = attrs.evolve(d, high_public_concern=True)
    (item,) = [u for u in upcoming(concern, as_of=D(2020, 9, 2), profile=DAGANG) if u.rule == "D2"]
    assert item.deadline.due == D(2020, 10, 9)  # day 30 is 1 Oct (National Day): rolled to Fri 9 Oct
    (national,) = [u for u in upcoming(d, as_of=D(2020, 9, 2), profile="national") if u.rule == "D2"]
    assert national.deadline.due == D(2020, 10, 9)


def test_a_short_comment_period_outside_the_seeds_scope_is_warned_by_the_national_rule_d2() -> None:
    from xingzheng.model.decision import PublicParticipation

    # Opened Tue 1 Sep 2020, closed Sun 20 Sep: 19 days. Not of high public concern, so the seed's D2 does
    # not reach it, but 713号令 Art. 15 (adopted by the seed, 二(一)2) asks for 30 days: through Fri 9 Oct.
    d = attrs.evolve(decision(), public_participation=PublicParticipation(D(2020, 9, 1), D(2020, 9, 20)))
    dagang = check(d, profile=DAGANG)
    assert "D2.comment-period-too-short" not in dagang.codes()
    (warning,) = [f for f in dagang.findings if f.code == "D2.comment-period-too-short-for-parent"]
    assert warning.severity is xingzheng.Severity.WARNING
    assert "一般不少于30日" in warning.citation
    assert {fact.label: fact.date for fact in warning.dates}["parent_required_close"] == D(2020, 10, 9)
    assert "19 日" in warning.message and "30日" in warning.message  # the record's value and the floor
    concern = check(attrs.evolve(d, high_public_concern=True), profile=DAGANG)
    (error,) = [f for f in concern.findings if f.code == "D2.comment-period-too-short"]
    assert error.severity is xingzheng.Severity.ERROR and "不少于30日" in error.citation
