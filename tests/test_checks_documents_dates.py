"""Normative documents and their legality reviews under the Dagang profile: every stage, and the dates.

Every expected date here was counted by hand from the State Council's holiday arrangements (the working
days are listed in the comments); none is computed with the library under test. 2020: Dragon Boat
Festival rest Thu 25 – Sat 27 June, Sun 28 June worked; National Day and Mid-Autumn rest Thu 1 – Thu
8 October, Sun 27 September and Sat 10 October worked. 2022: National Day rest 1–7 October, Sat 8 and
Sun 9 October worked; New Year rest Sat 31 December 2022 – Mon 2 January 2023.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from xingzheng import DocumentNumber, InvariantError, ProcedureError, Severity, check, upcoming
from xingzheng.checks import Finding, Report
from xingzheng.model.normative import (
    Amendment,
    AmendmentKind,
    Deliberation,
    DocumentEvaluation,
    ImpactFlags,
    NormativeDocument,
    PublicComment,
)
from xingzheng.model.review import (
    LegalityReview,
    ReturnKind,
    Reviewer,
    ReviewerRole,
    ReviewForm,
    ReviewMaterial,
    ReviewOpinion,
    SubjectKind,
)
from xingzheng.model.values import (
    Consultation,
    ConsultationMethod,
    ConsulteeKind,
    Publication,
    PublicationChannel,
)

DAGANG = "tianjin-binhai-dagang"
D = dt.date
N_RULES = tuple(f"N{n}" for n in range(1, 15))


def codes(report: Report, severity: Severity | None = None) -> set[str]:
    return {f.code for f in report.findings if severity is None or f.severity is severity}


def only(report: Report, code: str) -> Finding:
    (finding,) = [f for f in report.findings if f.code == code]
    return finding


def facts(finding: Finding) -> dict[str, dt.date]:
    return {fact.label: fact.date for fact in finding.dates}


# --- a document that goes through every stage lawfully -------------------------------------------------


def full_review(**changes: Any) -> LegalityReview:
    review = LegalityReview(
        subject_kind=SubjectKind.NORMATIVE_DOCUMENT,
        requested_on=D(2020, 6, 15),
        materials_complete_on=D(2020, 6, 15),
        materials=(
            ReviewMaterial.DRAFT_AND_EXPLANATION,
            ReviewMaterial.LEGAL_BASIS,
            ReviewMaterial.COMMENTS_AND_ADOPTION,
            ReviewMaterial.DRAFTING_UNIT_LEGALITY_OPINION,
        ),
        reviewing_body="大港街司法所",
        reviewing_body_designated=True,
        reviewers=(
            Reviewer(ReviewerRole.LEGAL_OFFICE, "大港街司法所"),
            Reviewer(ReviewerRole.LEGAL_ADVISER, "天津某律师事务所"),
            Reviewer(ReviewerRole.GOVERNMENT_LAWYER, "大港街公职律师"),
        ),
        consultations=(
            Consultation(ConsultationMethod.WRITTEN, D(2020, 6, 16), consultees=(ConsulteeKind.DEPARTMENTS,)),
            Consultation(ConsultationMethod.EXPERT_PANEL, D(2020, 6, 19), consultees=(ConsulteeKind.EXPERTS,)),
        ),
        hard_question=True,
        opinion=ReviewOpinion.LAWFUL,
        written=True,
        reasons="制定主体合法，内容符合法律、法规和国家政策规定",
        # (15 Jun, 24 Jun]: 16, 17, 18, 19, 22, 23, 24 June = 7 working days, within 5 to 15.
        completed_on=D(2020, 6, 24),
    )
    return attrs.evolve(review, **changes)


def exemplary(**changes: Any) -> NormativeDocument:
    """A document touching every flag, taken through every stage in time."""
    doc = NormativeDocument(
        title="大港街老旧小区停车管理办法",
        issuing_body="天津市滨海新区大港街道办事处",
        drafting_unit="大港街城市管理办公室",
        document_number="津港街发〔2020〕3号",
        impact=ImpactFlags(
            vital_interests=True,
            rights_and_duties=True,
            major_rights_effect=True,
            enterprises=True,
            major_interest_adjustment=True,
            high_public_concern=True,
        ),
        # Opened Mon 1 Jun (not counted): 2, 3, 4, 5, 8, 9, 10 June are the 7 working days, so the
        # comment had to stay open through Wed 10 June; it closed on Fri 12 June.
        public_comment=PublicComment(
            opened_on=D(2020, 6, 1),
            closes_on=D(2020, 6, 12),
            channels=(PublicationChannel.GOVERNMENT_WEBSITE, PublicationChannel.NEWSPAPER),
            opinions_received=23,
        ),
        consultations=(
            Consultation(
                ConsultationMethod.SYMPOSIUM,
                D(2020, 6, 5),
                consultees=(ConsulteeKind.INTERESTED_PARTIES, ConsulteeKind.PUBLIC_REPRESENTATIVES),
                participants=("居民代表",),
            ),
            Consultation(ConsultationMethod.FIELD_VISIT, D(2020, 6, 8), D(2020, 6, 9)),
            Consultation(
                ConsultationMethod.SYMPOSIUM,
                D(2020, 6, 10),
                consultees=(ConsulteeKind.ENTERPRISES, ConsulteeKind.INDUSTRY_ASSOCIATIONS),
                participants=("大港街商会", "天津某物业服务有限公司"),
            ),
        ),
        legality_review=full_review(),
        deliberation=Deliberation(D(2020, 6, 29), "街道办事处主任办公会", opinion_fully_adopted=True),
        promulgated_on=D(2020, 6, 30),
        effective_on=D(2020, 8, 1),
        # 20 working days from Tue 30 June: 1–3, 6–10, 13–17, 20–24, 27–28 July → by Tue 28 July.
        publication=Publication(D(2020, 7, 3), (PublicationChannel.GOVERNMENT_WEBSITE,)),
        # Next evaluation due 2 years after 30 June 2020: Thu 30 June 2022 (a working day).
        evaluations=(DocumentEvaluation(D(2022, 6, 20), results_published_on=D(2022, 6, 24)),),
    )
    return attrs.evolve(doc, **changes)


AS_OF = D(2022, 12, 30)  # open clocks judged too: publication done, the next evaluation due 20 June 2024


def test_a_document_through_every_stage_has_no_finding_and_every_rule_was_applied() -> None:
    report = check(exemplary(), profile=DAGANG, as_of=AS_OF)
    assert report.ok
    assert codes(report) - codes(report, Severity.INFO) == set()
    # Every rule of the catalogue was in force and judged: no `<ID>.no-rule`, no coverage gap.
    assert {f.code for f in report.findings if f.code.endswith(".no-rule") or f.code == "CAL.coverage"} == set()
    # The same record is reachable through the lifecycle methods, each guard letting its step through.
    target = exemplary()
    review = attrs.evolve(full_review(), opinion=None, completed_on=None, reasons=None).give_opinion(
        ReviewOpinion.LAWFUL, D(2020, 6, 24), reasons=full_review().reasons
    )
    assert review == target.legality_review
    draft = exemplary(
        public_comment=None,
        legality_review=None,
        deliberation=None,
        promulgated_on=None,
        effective_on=None,
        publication=None,
        evaluations=(),
    )
    made = (
        draft.open_comment(target.public_comment)  # type: ignore[arg-type]
        .with_review(review)
        .to_deliberation(target.deliberation, profile=DAGANG)  # type: ignore[arg-type]
        .promulgate(D(2020, 6, 30), effective_on=D(2020, 8, 1), profile=DAGANG)
        .evaluate(target.evaluations[0])
    )
    assert attrs.evolve(made, publication=target.publication) == target


def test_a_draft_is_not_faulted_for_consultations_it_may_still_hold() -> None:
    # N4 and N5 are judged once the document is made (as N1 and N6): a draft may still hear the parties.
    draft = exemplary(consultations=(), deliberation=None, promulgated_on=None, effective_on=None,
                      publication=None, evaluations=())
    assert {"N4.consultation-missing", "N5.enterprises-not-heard"}.isdisjoint(codes(check(draft, profile=DAGANG)))
    made = attrs.evolve(draft, promulgated_on=D(2020, 6, 30))
    assert {"N4.consultation-missing", "N5.enterprises-not-heard"} <= codes(check(made, profile=DAGANG), Severity.ERROR)


# Each stage of the exemplary document is live: breaking it alone gives its own finding.
BROKEN = [
    ("N1.public-comment-missing", {"public_comment": None}),
    (
        "N2.channel-missing",
        {"public_comment": PublicComment(D(2020, 6, 1), D(2020, 6, 12))},
    ),
    (
        "N2.how-and-when-missing",
        {
            "public_comment": PublicComment(
                D(2020, 6, 1), D(2020, 6, 12), (PublicationChannel.NEWSPAPER,), how_and_by_when_stated=False
            )
        },
    ),
    # Closed Tue 9 June: 6 working days (2, 3, 4, 5, 8, 9 June), one short of 7.
    (
        "N3.comment-period-too-short",
        {"public_comment": PublicComment(D(2020, 6, 1), D(2020, 6, 9), (PublicationChannel.NEWSPAPER,))},
    ),
    ("N4.consultation-missing", {"consultations": ()}),
    ("N5.enterprises-not-heard", {"consultations": ()}),
    # A symposium held after the document was made does not count.
    (
        "N5.associations-not-heard",
        {
            "consultations": (
                Consultation(
                    ConsultationMethod.SYMPOSIUM,
                    D(2020, 6, 5),
                    consultees=(ConsulteeKind.INTERESTED_PARTIES, ConsulteeKind.ENTERPRISES),
                ),
                Consultation(
                    ConsultationMethod.SYMPOSIUM, D(2020, 7, 6), consultees=(ConsulteeKind.INDUSTRY_ASSOCIATIONS,)
                ),
            )
        },
    ),
    ("N6.hard-question-not-consulted", {"legality_review": full_review(consultations=())}),
    (
        "N6.review-missing",
        {"legality_review": None, "deliberation": None},
    ),
    # Opinion on Tue 16 June: 1 working day after the materials were complete on 15 June.
    ("N7.review-too-short", {"legality_review": full_review(completed_on=D(2020, 6, 16))}),
    ("N8.evaluation-late", {"evaluations": (DocumentEvaluation(D(2022, 7, 1), results_published_on=D(2022, 7, 1)),)}),
    ("N8.results-not-published", {"evaluations": (DocumentEvaluation(D(2022, 6, 20)),)}),
    (
        "N9.internal-label-not-exempt",
        {
            "impact": ImpactFlags(vital_interests=True, rights_and_duties=True, internal_only=True),
            "legality_review": None,
            "deliberation": None,
        },
    ),
    ("N10.reviewer-not-designated", {"legality_review": full_review(reviewing_body_designated=False)}),
    ("N11.materials-incomplete", {"legality_review": full_review(materials=(ReviewMaterial.DRAFT_AND_EXPLANATION,))}),
    # Deliberation on Tue 23 June, the day before the opinion.
    ("N12.deliberated-without-review", {"deliberation": Deliberation(D(2020, 6, 23))}),
    ("N13.creates-licence", {"sets_licence": True}),
    # Tue 28 July is the 20th working day after 30 June; Wed 29 July is late.
    ("N14.published-late", {"publication": Publication(D(2020, 7, 29))}),
    ("L1.opinion-before-materials-complete", {"legality_review": full_review(materials_complete_on=D(2020, 6, 25))}),
    ("L3.opinion-not-written", {"legality_review": full_review(written=False)}),
    ("L4.review-replaced", {"legality_review": full_review(form=ReviewForm.COUNTERSIGNATURE)}),
]


#: Stages whose text binds nobody, or binds with 可以, or rests on the library's reading: warnings (issue 17).
WARNINGS = {
    "N2.channel-missing",  # 起草单位可以通过…
    "N2.how-and-when-missing",
    "N10.reviewer-not-designated",  # the allocation of the reviewer holds no binding word
    "L1.opinion-before-materials-complete",  # 可以退回; the restart is the library's reading
    "N8.results-not-published",  # 应当向社会公布 sets no time limit: an empty day proves no breach (fidelity 2)
}


@pytest.mark.parametrize(("code", "changes"), BROKEN, ids=[code for code, _ in BROKEN])
def test_each_stage_of_the_exemplary_document_is_judged(code: str, changes: dict[str, Any]) -> None:
    report = check(exemplary(**changes), profile=DAGANG, as_of=AS_OF)
    assert code in codes(report, Severity.WARNING if code in WARNINGS else Severity.ERROR)


def test_the_boundaries_of_the_exemplary_document_are_exact() -> None:
    # Each limit met on its last day is no finding (the day before or after would be).
    at_limits = exemplary(
        # 7th working day after Mon 1 June: Wed 10 June.
        public_comment=PublicComment(D(2020, 6, 1), D(2020, 6, 10), (PublicationChannel.NEWSPAPER,)),
        # 20th working day after Tue 30 June: Tue 28 July.
        publication=Publication(D(2020, 7, 28)),
        # 2 years after Tue 30 June 2020: Thu 30 June 2022.
        evaluations=(DocumentEvaluation(D(2022, 6, 30), results_published_on=D(2022, 7, 1)),),
    )
    assert codes(check(at_limits, profile=DAGANG, as_of=AS_OF), Severity.ERROR) == set()


# --- N3: 5 working days of comment; the value in force when the comment opened ----------------------------


def test_a_comment_period_of_5_working_days_across_national_day_is_too_short() -> None:
    # Opened Mon 28 Sep 2020 (not counted). Working days after it: Tue 29 Sep (1), Wed 30 Sep (2), then the
    # rest of 1–8 Oct, Fri 9 Oct (3), Sat 10 Oct (4, worked), Mon 12 Oct (5), Tue 13 Oct (6), Wed 14 Oct (7).
    # Closing on Mon 12 Oct gives 5 working days; the seed's 7 need Wed 14 Oct (a Monday–Friday count
    # would say 7 Oct, a calendar-day count 5 Oct).
    doc = exemplary(
        public_comment=PublicComment(D(2020, 9, 28), D(2020, 10, 12), (PublicationChannel.GOVERNMENT_WEBSITE,)),
        consultations=(),
        impact=ImpactFlags(vital_interests=True, rights_and_duties=True),
        legality_review=full_review(
            requested_on=D(2020, 10, 15), materials_complete_on=D(2020, 10, 15), completed_on=D(2020, 10, 22)
        ),
        deliberation=Deliberation(D(2020, 10, 26), opinion_fully_adopted=True),
        promulgated_on=D(2020, 10, 27),
        effective_on=D(2020, 11, 1),
        publication=Publication(D(2020, 10, 28)),
        evaluations=(),
    )
    report = check(doc, profile=DAGANG)
    finding = only(report, "N3.comment-period-too-short")
    assert finding.severity is Severity.ERROR
    assert finding.parameter == "normative_document.comment_period.min"
    assert "征求意见的期限一般不少于7个工作日" in finding.citation
    assert facts(finding) == {
        "opened": D(2020, 9, 28),
        "required_close": D(2020, 10, 14),
        "actual_close": D(2020, 10, 12),
    }
    assert codes(report, Severity.ERROR) == {"N3.comment-period-too-short"}
    # Through Wed 14 Oct it is enough; a recorded reason makes a shorter period a warning (一般).
    enough = attrs.evolve(doc, public_comment=attrs.evolve(doc.public_comment, closes_on=D(2020, 10, 14)))  # type: ignore[misc]
    assert "N3.comment-period-too-short" not in codes(check(enough, profile=DAGANG))
    reasoned = attrs.evolve(doc, public_comment=attrs.evolve(doc.public_comment, short_period_reason="疫情防控紧急"))  # type: ignore[misc]
    assert only(check(reasoned, profile=DAGANG), "N3.comment-period-shortened-with-reason").severity is Severity.WARNING


def test_the_comment_period_is_judged_by_the_rule_in_force_when_it_opened() -> None:
    # The seed's values hold from 2020-01-01; nationally N3 cannot be verified (not in force).
    # Opened Mon 30 Dec 2019, closed Fri 3 Jan 2020 (31 Dec, 2 Jan, 3 Jan: 3 working days): no N3 judgement.
    early = exemplary(public_comment=PublicComment(D(2019, 12, 30), D(2020, 1, 3), (PublicationChannel.NEWSPAPER,)))
    report = check(early, profile=DAGANG)
    assert "N3.comment-period-too-short" not in codes(report)
    assert "N3.no-rule" in codes(report, Severity.INFO)
    # Opened Thu 2 Jan 2020: 3, 6, 7, 8, 9, 10, 13 January are the 7 working days → through Mon 13 Jan.
    later = exemplary(public_comment=PublicComment(D(2020, 1, 2), D(2020, 1, 8), (PublicationChannel.NEWSPAPER,)))
    assert facts(only(check(later, profile=DAGANG), "N3.comment-period-too-short"))["required_close"] == D(2020, 1, 13)


def test_promulgation_is_refused_through_the_last_day_of_the_floor_and_warned_until_the_close() -> None:
    # Comment from Mon 1 June 2020, announced until Fri 12 June; the 7 working days run through Wed 10 June.
    draft = exemplary(deliberation=None, promulgated_on=None, effective_on=None, publication=None, evaluations=())
    with pytest.raises(ProcedureError) as info:
        draft.promulgate(D(2020, 6, 10), profile=DAGANG)  # the floor's last day: not yet run
    assert info.value.rule == "N3" and "7个工作日" in info.value.citation
    assert draft.promulgated_on is None
    # The guard and check agree: a record made on 10 June is the error the guard refuses.
    forged = attrs.evolve(draft, promulgated_on=D(2020, 6, 10))
    assert "N3.promulgated-before-minimum-period" in codes(check(forged, profile=DAGANG), Severity.ERROR)
    # After the floor the text bars nothing (it sets a floor only): made, with a warning until the close.
    made = draft.promulgate(D(2020, 6, 11), profile=DAGANG)
    assert made.promulgated_on == D(2020, 6, 11)
    assert "N3.promulgated-during-comment" in codes(check(made, profile=DAGANG), Severity.WARNING)
    assert not {c for c in codes(check(made, profile=DAGANG), Severity.ERROR) if c.startswith("N3.")}
    after = draft.promulgate(D(2020, 6, 13), profile=DAGANG)
    assert not {c for c in codes(check(after, profile=DAGANG)) if c.startswith("N3.")}
    # Where comment was not required, making the document during a voluntary comment is no finding.
    voluntary = attrs.evolve(draft, impact=ImpactFlags(rights_and_duties=True)).promulgate(D(2020, 6, 8), profile=DAGANG)
    assert not {c for c in codes(check(voluntary, profile=DAGANG)) if c.startswith("N3.")}
    # Nationally N3 is not in force (its source is not in laws/): nothing to refuse, and check agrees.
    national = draft.promulgate(D(2020, 6, 9), profile="national")
    assert not {c for c in codes(check(national, profile="national"), Severity.ERROR) if c.startswith("N3.")}


# --- N7 and L1: the review clock ----------------------------------------------------------------------------


def review_only(**changes: Any) -> NormativeDocument:
    return exemplary(public_comment=None, consultations=(), impact=ImpactFlags(rights_and_duties=True), **changes)


def test_a_review_of_16_working_days_across_the_dragon_boat_festival_is_too_long() -> None:
    # Materials complete Mon 15 June 2020 (not counted): 16, 17, 18, 19, 22, 23, 24 June (7), Sun 28 June
    # (8, worked), 29, 30 June (10), 1, 2, 3 July (13), 6 July (14), Tue 7 July (15), Wed 8 July (16).
    # A Monday–Friday count would reach 16 on 7 July already (it counts 25 and 26 June, skips 28 June).
    def reviewed(completed: dt.date) -> NormativeDocument:
        return review_only(
            legality_review=full_review(completed_on=completed),
            deliberation=Deliberation(D(2020, 7, 9)),
            promulgated_on=D(2020, 7, 10),
            effective_on=D(2020, 7, 10),
            publication=Publication(D(2020, 7, 13)),
            evaluations=(),
        )

    finding = only(check(reviewed(D(2020, 7, 8)), profile=DAGANG), "N7.review-too-long")
    assert finding.severity is Severity.ERROR
    assert finding.parameter == "normative_document.review_period.max"
    assert "最长不超过15个工作日" in finding.citation and "16个工作日" in finding.message
    assert facts(finding) == {"clock_start": D(2020, 6, 15), "completed": D(2020, 7, 8)}
    assert codes(check(reviewed(D(2020, 7, 7)), profile=DAGANG), Severity.ERROR) == set()


def returned_review() -> LegalityReview:
    # Complete Mon 1 June, returned for a supplement Wed 3 June, complete again Wed 10 June.
    return (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .materials_completed(D(2020, 6, 1))
        .returned(D(2020, 6, 3), ReturnKind.SUPPLEMENT_REQUESTED, reason="缺少制定依据")
        .materials_completed(D(2020, 6, 10))
    )


def test_a_returned_review_restarts_its_clock_and_earlier_days_do_not_count() -> None:
    review = returned_review()
    assert review.clock_starts_on == D(2020, 6, 10) and review.materials_complete_on == D(2020, 6, 1)
    # From Wed 10 June (not counted): 11, 12, 15–19, 22, 23, 24 June (10), Sun 28 June (11), 29 (12),
    # 30 June (13), 1 July (14), Thu 2 July (15), Fri 3 July (16).
    ok = review.give_opinion(ReviewOpinion.LAWFUL, D(2020, 7, 2), reasons="合法")
    assert {"N7.review-too-long", "N7.review-too-short"}.isdisjoint(codes(check(ok, profile=DAGANG)))
    late = review.give_opinion(ReviewOpinion.LAWFUL, D(2020, 7, 3), reasons="合法")
    finding = only(check(late, profile=DAGANG), "N7.review-too-long")
    assert facts(finding)["clock_start"] == D(2020, 6, 10)
    # Four working days after the restart (11, 12, 15, 16 June) are fewer than the floor, but the reviewer
    # had 2 and 3 June before the return too (6 days, the days the materials were away left out): the
    # restart is the library's reading, so this is a warning, not an error (fidelity, second pass).
    short = review.give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 16), reasons="合法")
    finding = only(check(short, profile=DAGANG), "N7.review-short-after-return")
    assert finding.severity is Severity.WARNING and "N7.review-too-short" not in codes(check(short, profile=DAGANG))
    assert "只有4个工作日" in finding.message and facts(finding)["clock_start"] == D(2020, 6, 10)


def test_a_returned_review_is_due_15_working_days_after_the_restart() -> None:
    review = returned_review()
    (item,) = upcoming(review, as_of=D(2020, 6, 11), profile=DAGANG)
    assert item.rule == "N7" and item.deadline.due == D(2020, 7, 2) and not item.overdue
    assert item.parameter == "normative_document.review_period.max"
    assert "N7.review-overdue" not in codes(check(review, profile=DAGANG, as_of=D(2020, 7, 2)))
    overdue = only(check(review, profile=DAGANG, as_of=D(2020, 7, 3)), "N7.review-overdue")
    assert facts(overdue)["due"] == D(2020, 7, 2)
    # While a return awaits its materials the clock is stopped: nothing is due and nothing is overdue.
    waiting = review.returned(D(2020, 6, 12), ReturnKind.RETURNED)
    assert waiting.awaiting_materials and waiting.clock_starts_on is None
    assert upcoming(waiting, as_of=D(2020, 8, 3), profile=DAGANG) == ()
    assert "N7.review-overdue" not in codes(check(waiting, profile=DAGANG, as_of=D(2020, 8, 3)))
    with pytest.raises(ProcedureError) as info:
        waiting.returned(D(2020, 6, 15))  # nothing to return while the materials are awaited
    assert info.value.rule == "L1"


def test_materials_returned_on_submission_start_the_clock_when_first_complete() -> None:
    # 115号 （五）: incomplete materials may be returned on submission, before they were ever complete.
    review = (
        LegalityReview(SubjectKind.NORMATIVE_DOCUMENT, requested_on=D(2020, 6, 1))
        .returned(D(2020, 6, 1), ReturnKind.RETURNED, reason="缺少起草说明")
        .materials_completed(D(2020, 6, 10))
    )
    assert review.materials_complete_on == D(2020, 6, 10) and review.clock_starts_on == D(2020, 6, 10)
    done = review.give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 17), reasons="合法")  # 11, 12, 15, 16, 17 June
    assert done.completed_on == D(2020, 6, 17)
    assert codes(check(done, profile=DAGANG), Severity.ERROR) == set()
    # A record written that way (no materials_complete_on, the return answered) starts the clock too.
    loaded = attrs.evolve(done, materials_complete_on=None)
    assert loaded.clock_starts_on == D(2020, 6, 10)
    assert codes(check(loaded, profile=DAGANG), Severity.ERROR) == set()


def test_an_opinion_before_the_restart_is_l1_only() -> None:
    review = returned_review()
    recorded = attrs.evolve(review, opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 6, 5), reasons="合法")
    report = check(recorded, profile=DAGANG)
    assert codes(report, Severity.ERROR) == set()
    assert "L1.opinion-before-materials-complete" in codes(report, Severity.WARNING)
    assert not {c for c in codes(report) if c.startswith("N7.")}  # no N7 with −3 days
    with pytest.raises(ProcedureError) as info:
        review.give_opinion(ReviewOpinion.LAWFUL, D(2020, 6, 5))
    assert info.value.rule == "L1"


def test_the_review_is_judged_by_the_values_in_force_on_the_day_its_clock_starts() -> None:
    # An emergency document: 115号 （五） (national, from 2018-12-04) exempts it from 5–15 working days;
    # the seed (Dagang, from 2020-01-01) states no such exception.
    def emergency(complete: dt.date, completed: dt.date) -> NormativeDocument:
        return review_only(
            emergency=True,
            legality_review=full_review(requested_on=complete, materials_complete_on=complete, completed_on=completed),
            deliberation=None,
            promulgated_on=None,
            effective_on=None,
            publication=None,
            evaluations=(),
        )

    # Clock from Mon 30 Dec 2019, opinion Tue 31 Dec (1 working day): the national value, exempted.
    before = check(emergency(D(2019, 12, 30), D(2019, 12, 31)), profile=DAGANG)
    assert "N7.review-too-short" not in codes(before)
    exception = [f for f in before.findings if f.code == "N7.emergency-exception"]
    assert {f.parameter for f in exception} == {
        "normative_document.review_period.min",
        "normative_document.review_period.max",
    }
    assert all("115号" in f.citation for f in exception)
    # Clock from Thu 2 Jan 2020, opinion Fri 3 Jan (1 working day): the seed's value, no exception.
    after = only(check(emergency(D(2020, 1, 2), D(2020, 1, 3)), profile=DAGANG), "N7.review-too-short")
    assert after.severity is Severity.ERROR and "大港街" in after.citation
    assert "N7.emergency-exception" not in codes(check(emergency(D(2020, 1, 2), D(2020, 1, 3)), profile=DAGANG))


def test_an_open_review_of_an_emergency_document_has_no_national_deadline() -> None:
    # Materials complete Mon 15 June 2020; 15 working days later is Tue 7 July (see the 16-day scenario).
    def waiting(emergency: bool) -> NormativeDocument:
        return review_only(
            emergency=emergency,
            legality_review=full_review(opinion=None, completed_on=None),
            deliberation=None,
            promulgated_on=None,
            effective_on=None,
            publication=None,
            evaluations=(),
        )

    (item,) = upcoming(waiting(False), as_of=D(2020, 6, 16), profile="national")
    assert item.rule == "N7" and item.deadline.due == D(2020, 7, 7)
    assert upcoming(waiting(True), as_of=D(2020, 6, 16), profile="national") == ()
    assert "N7.review-overdue" not in codes(check(waiting(True), profile="national", as_of=D(2020, 7, 8)))
    assert "N7.review-overdue" in codes(check(waiting(False), profile="national", as_of=D(2020, 7, 8)))
    # The seed states no emergency exception: under Dagang the deadline stands.
    (dagang,) = upcoming(waiting(True), as_of=D(2020, 6, 16), profile=DAGANG)
    assert dagang.deadline.due == D(2020, 7, 7)


# --- N12: deliberation guard and check agree ----------------------------------------------------------------


def test_deliberation_guard_reads_the_opinion_given_by_the_meeting() -> None:
    draft = exemplary(deliberation=None, promulgated_on=None, effective_on=None, publication=None, evaluations=())
    # The opinion is given on Wed 24 June: a meeting on Tue 23 June has none.
    with pytest.raises(ProcedureError) as info:
        draft.to_deliberation(Deliberation(D(2020, 6, 23)), profile=DAGANG)
    assert info.value.rule == "N12" and "不得提交集体审议" in info.value.citation
    assert draft.deliberation is None
    assert draft.to_deliberation(Deliberation(D(2020, 6, 24)), profile=DAGANG).deliberation is not None


def test_an_unlawful_opinion_bars_deliberation_even_where_no_review_was_required() -> None:
    internal = exemplary(
        impact=ImpactFlags(internal_only=True),
        public_comment=None,
        consultations=(),
        legality_review=full_review(opinion=ReviewOpinion.UNLAWFUL, reasons="超越职权"),
        deliberation=None,
        promulgated_on=None,
        effective_on=None,
        publication=None,
        evaluations=(),
    )
    with pytest.raises(ProcedureError) as info:
        internal.to_deliberation(Deliberation(D(2020, 6, 29)), profile=DAGANG)
    assert info.value.rule == "N12"
    forced = attrs.evolve(internal, deliberation=Deliberation(D(2020, 6, 29)))
    assert "N12.deliberated-despite-unlawful-opinion" in codes(check(forced, profile=DAGANG), Severity.ERROR)


def test_a_must_be_amended_opinion_not_adopted_needs_reasons_at_deliberation() -> None:
    draft = exemplary(
        legality_review=full_review(opinion=ReviewOpinion.MUST_BE_AMENDED, reasons="第五条须修改"),
        deliberation=None,
        promulgated_on=None,
        effective_on=None,
        publication=None,
        evaluations=(),
    )
    with pytest.raises(ProcedureError) as info:
        draft.to_deliberation(Deliberation(D(2020, 6, 29), opinion_fully_adopted=False), profile=DAGANG)
    assert info.value.rule == "N12"
    explained = Deliberation(D(2020, 6, 29), opinion_fully_adopted=False, non_adoption_reasons="上位法已修改")
    assert draft.to_deliberation(explained, profile=DAGANG).deliberation == explained
    assert draft.to_deliberation(Deliberation(D(2020, 6, 29), opinion_fully_adopted=True)).deliberation is not None


def test_before_115_took_effect_nothing_bars_deliberation() -> None:
    # 115号 is dated 2018-12-04; before it the national profile has no N12 in force.
    draft = exemplary(
        legality_review=None, deliberation=None, promulgated_on=None, effective_on=None, publication=None,
        evaluations=(), public_comment=None, consultations=(),
    )
    held = draft.to_deliberation(Deliberation(D(2018, 6, 4)), profile="national")
    report = check(held, profile="national")
    assert "N12.no-rule" in codes(report, Severity.INFO)
    assert "N12.deliberated-without-review" not in codes(report)
    with pytest.raises(ProcedureError):
        draft.to_deliberation(Deliberation(D(2018, 12, 4)), profile="national")


# --- N8: every 2 years, a Civil Code period -----------------------------------------------------------------


def evaluated(made: dt.date, *on: dt.date) -> NormativeDocument:
    return exemplary(
        promulgated_on=made,
        effective_on=made,
        publication=None,
        evaluations=tuple(DocumentEvaluation(day, results_published_on=day) for day in on),
    )


def test_an_evaluation_due_on_a_rest_day_rolls_past_the_new_year_holiday() -> None:
    # Made Thu 31 Dec 2020: 2 years end Sat 31 Dec 2022, inside the New Year rest (31 Dec – 2 Jan);
    # Civil Code Art. 203 moves the last day to Tue 3 Jan 2023.
    made = D(2020, 12, 31)
    assert "N8.evaluation-late" not in codes(check(evaluated(made, D(2023, 1, 3)), profile=DAGANG))
    late = only(check(evaluated(made, D(2023, 1, 4)), profile=DAGANG), "N8.evaluation-late")
    assert facts(late) == {"from": made, "due": D(2023, 1, 3), "evaluated": D(2023, 1, 4)}
    assert late.parameter == "normative_document.evaluation_interval.max"
    assert "每2年开展1次" in late.citation
    (item,) = [u for u in upcoming(evaluated(made), as_of=D(2022, 12, 1), profile=DAGANG) if u.rule == "N8"]
    assert item.deadline.due == D(2023, 1, 3) and item.deadline.rolled_from == D(2022, 12, 31)
    assert "N8.evaluation-overdue" not in codes(check(evaluated(made), profile=DAGANG, as_of=D(2023, 1, 3)))
    assert "N8.evaluation-overdue" in codes(check(evaluated(made), profile=DAGANG, as_of=D(2023, 1, 4)))


def test_an_evaluation_due_on_an_adjusted_working_day_does_not_roll() -> None:
    # Made Fri 9 Oct 2020: 2 years end Sun 9 Oct 2022, a working day in lieu of National Day.
    made = D(2020, 10, 9)
    assert "N8.evaluation-late" not in codes(check(evaluated(made, D(2022, 10, 9)), profile=DAGANG))
    late = only(check(evaluated(made, D(2022, 10, 10)), profile=DAGANG), "N8.evaluation-late")
    assert facts(late)["due"] == D(2022, 10, 9)


def test_an_evaluation_period_from_29_february_ends_on_the_last_day_of_february() -> None:
    # Made Sat 29 Feb 2020: 2022 has no 29 February, so the period ends Mon 28 Feb 2022 (Civil Code Art. 202).
    made = D(2020, 2, 29)
    assert facts(only(check(evaluated(made, D(2022, 3, 1)), profile=DAGANG), "N8.evaluation-late"))["due"] == D(2022, 2, 28)


def test_each_evaluation_restarts_the_two_years() -> None:
    # Made 30 June 2020, evaluated Mon 20 June 2022 (in time); the next is due Thu 20 June 2024.
    doc = evaluated(D(2020, 6, 30), D(2022, 6, 20))
    assert "N8.evaluation-late" not in codes(check(evaluated(D(2020, 6, 30), D(2022, 6, 20), D(2024, 6, 20)), profile=DAGANG))
    late = only(check(evaluated(D(2020, 6, 30), D(2022, 6, 20), D(2024, 6, 21)), profile=DAGANG), "N8.evaluation-late")
    assert facts(late) == {"from": D(2022, 6, 20), "due": D(2024, 6, 20), "evaluated": D(2024, 6, 21)}
    (item,) = [u for u in upcoming(doc, as_of=D(2023, 1, 2), profile=DAGANG) if u.rule == "N8"]
    assert item.deadline.due == D(2024, 6, 20)


def test_an_evaluation_interval_is_judged_by_the_rule_in_force_when_it_started() -> None:
    # Made Mon 3 June 2019, before the seed's rules (2020-01-01): that first interval is not judged; the
    # interval that starts with the evaluation of Mon 7 June 2021 is (due Wed 7 June 2023).
    doc = evaluated(D(2019, 6, 3), D(2021, 6, 7), D(2023, 6, 8))
    report = check(doc, profile=DAGANG)
    (late,) = [f for f in report.findings if f.code == "N8.evaluation-late"]
    assert late.path == "$.evaluations[1].evaluated_on"
    assert facts(late)["due"] == D(2023, 6, 7)
    unpublished = attrs.evolve(doc, evaluations=(DocumentEvaluation(D(2021, 6, 7)),))
    assert "N8.results-not-published" in codes(check(unpublished, profile=DAGANG), Severity.WARNING)


# --- N14: 20 working days of being made ----------------------------------------------------------------------


def test_disclosure_is_due_20_working_days_after_the_document_is_made() -> None:
    # Made Tue 30 June 2020: 1–3, 6–10, 13–17, 20–24 July (18), Mon 27 (19), Tue 28 July (20).
    doc = exemplary(publication=None, evaluations=())
    (item,) = [u for u in upcoming(doc, as_of=D(2020, 7, 1), profile=DAGANG) if u.rule == "N14"]
    assert item.deadline.due == D(2020, 7, 28)
    assert "N14.not-published" not in codes(check(doc, profile=DAGANG, as_of=D(2020, 7, 28)))
    finding = only(check(doc, profile=DAGANG, as_of=D(2020, 7, 29)), "N14.not-published")
    assert facts(finding)["due"] == D(2020, 7, 28)
    assert "20个工作日内" in finding.citation and finding.parameter == "normative_document.disclosure_period.max"


# --- past the calendar's coverage -----------------------------------------------------------------------------


def test_upcoming_past_the_calendars_coverage_is_provisional_not_dropped() -> None:
    from xingzheng import default_calendar

    year = default_calendar().coverage.last.year + 1
    made = D(year, 3, 2)
    doc = exemplary(
        public_comment=None, consultations=(), legality_review=None, deliberation=None,
        impact=ImpactFlags(), promulgated_on=made, effective_on=made, publication=None, evaluations=(),
    )
    report = check(doc, profile=DAGANG, as_of=D(year, 12, 31))
    assert "CAL.coverage" in codes(report, Severity.WARNING) and report.ok
    (item,) = [u for u in upcoming(doc, as_of=D(year, 3, 3), profile=DAGANG) if u.rule == "N14"]
    assert item.deadline.provisional
    # Counted as Monday–Friday weeks: the 20th weekday after the start.
    day, weekdays = made, 0
    while weekdays < 20:
        day += dt.timedelta(days=1)
        weekdays += day.weekday() < 5
    assert item.deadline.due == day


# --- F1 and DocumentNumber -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("津港街发【2020】3号", "不得使用 【】"),
        ("津港街发[2020]3号", "不得使用 []"),
        ("津港街发(2020)3号", "不得使用 ()"),
        ("津港街发（2020）3号", "不得使用 （）"),
        ("津港街发〔2020〕第3号", "序号前不加“第”"),
        ("津港街发〔2020〕03号", "不编虚位"),
        ("津港街发〔20〕3号", "年份应写全四位"),
        ("国务院令第713号", "令号"),
        ("司法部令第1号", "令号"),
        ("津港街发〔2020〕3", "阿拉伯数字加“号”"),
    ],
)
def test_each_usual_mistake_has_its_own_message(text: str, needle: str) -> None:
    with pytest.raises(InvariantError) as info:
        DocumentNumber.parse(text)
    assert needle in str(info.value)
    assert info.value.field == "document_number"
    # The same text recorded on a document is an F1 finding with that message, never a construction error.
    doc = exemplary(document_number=text)
    finding = only(check(doc, profile=DAGANG, as_of=AS_OF), "F1.document-number-format")
    if "（" in text:
        # Issue 22: full-width brackets are normalised on construction (NFKC), and F1 names that along
        # with the bracket rule the normalised number still breaks.
        needle = "（→(、）→)）"
        assert "不得使用 ()" in finding.message
    assert needle in finding.message and finding.path == "$.document_number"
    assert finding.citation == "GB/T 9704-2012 §7.2.5" or "GB/T 9704-2012" in finding.citation


def test_the_number_of_an_amending_document_is_judged_too() -> None:
    doc = exemplary(
        amendments=(Amendment(AmendmentKind.AMENDED, D(2022, 7, 15), document_number="津港街发〔2022〕第8号"),),
    )
    finding = only(check(doc, profile=DAGANG, as_of=AS_OF), "F1.document-number-format")
    assert finding.path == "$.amendments[0].document_number"
    fixed = exemplary(amendments=(Amendment(AmendmentKind.AMENDED, D(2022, 7, 15), document_number="津港街发〔2022〕8号"),))
    assert "F1.document-number-format" not in codes(check(fixed, profile=DAGANG, as_of=AS_OF))
