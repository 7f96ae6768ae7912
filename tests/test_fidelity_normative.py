"""Fidelity of normative documents, second pass: lawful records that used to get an error, and golden cases.

Every date was counted by hand from the State Council's holiday arrangements (listed in the comments).
2020: Dragon Boat Festival rest Thu 25 – Sat 27 June, Sun 28 June worked; National Day and Mid-Autumn rest
Thu 1 – Thu 8 October, Sun 27 September and Sat 10 October worked. 2021: Spring Festival rest Thu 11 –
Wed 17 February, Sun 7 and Sat 20 February worked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from xingzheng import Severity, check
from xingzheng.checks import Report
from xingzheng.model.normative import ImpactFlags, NormativeDocument, PublicComment
from xingzheng.model.review import LegalityReview, Reviewer, ReviewerRole, ReviewOpinion, SubjectKind
from xingzheng.model.values import Consultation, ConsultationMethod, ConsulteeKind, PublicationChannel

DAGANG = "tianjin-binhai-dagang"
D = dt.date


def codes(report: Report, severity: Severity | None = None) -> set[str]:
    return {f.code for f in report.findings if severity is None or f.severity is severity}


def document(**changes: Any) -> NormativeDocument:
    doc = NormativeDocument(
        title="大港街老旧小区停车管理办法",
        issuing_body="天津市滨海新区大港街道办事处",
        drafting_unit="大港街城市管理办公室",
        impact=ImpactFlags(rights_and_duties=True, high_public_concern=True),
    )
    return attrs.evolve(doc, **changes)


# --- N6: a hard legal question is judged once the review has given its opinion ------------------------------


def hard_review(**changes: Any) -> LegalityReview:
    review = LegalityReview(
        SubjectKind.NORMATIVE_DOCUMENT,
        requested_on=D(2020, 6, 15),
        materials_complete_on=D(2020, 6, 15),
        reviewers=(Reviewer(ReviewerRole.LEGAL_ADVISER, "大港街法律顾问"),),
        hard_question=True,
    )
    return attrs.evolve(review, **changes)


def test_an_open_review_with_a_hard_question_may_still_consult() -> None:
    # 115号 （八）: "要在书面征求意见的基础上，采取召开座谈会、论证会等方式听取有关方面意见" — a duty of the
    # review, which is still running on Fri 19 June 2020 (no opinion): nothing is breached yet.
    open_review = document(legality_review=hard_review())
    assert "N6.hard-question-not-consulted" not in codes(check(open_review, profile=DAGANG, as_of=D(2020, 6, 19)))
    assert "N6.hard-question-not-consulted" not in codes(check(open_review, profile="national"))
    # Given on Wed 24 June with no consultation at all: the error.
    done = hard_review(opinion=ReviewOpinion.LAWFUL, completed_on=D(2020, 6, 24))
    assert "N6.hard-question-not-consulted" in codes(check(document(legality_review=done), profile=DAGANG), Severity.ERROR)
    # Written consultation, then a symposium (an open list: 座谈会、论证会等): no finding.
    consulted = attrs.evolve(
        done,
        consultations=(
            Consultation(ConsultationMethod.WRITTEN, D(2020, 6, 16), consultees=(ConsulteeKind.DEPARTMENTS,)),
            Consultation(ConsultationMethod.SYMPOSIUM, D(2020, 6, 19), consultees=(ConsulteeKind.EXPERTS,)),
        ),
    )
    assert "N6.hard-question-not-consulted" not in codes(check(document(legality_review=consulted), profile=DAGANG))


# --- N3: the floor binds the comment the document must have -------------------------------------------------


def commented(opened: dt.date, closes: dt.date, **impact: bool) -> NormativeDocument:
    return document(
        impact=ImpactFlags(rights_and_duties=True, **impact),
        public_comment=PublicComment(opened, closes, channels=(PublicationChannel.GOVERNMENT_WEBSITE,)),
    )


def test_a_short_comment_the_document_did_not_need_is_a_warning() -> None:
    # Opened Mon 1 June 2020, closed Fri 5 June: 2, 3, 4, 5 June are 4 working days, fewer than the seed's 7.
    # The seed's floor is the procedure of documents that must be put to comment (涉及群众切身利益或者对…权利
    # 义务有重大影响的…应当向社会公开征求意见), the profile parameter's own condition; this one need not be.
    voluntary = check(commented(D(2020, 6, 1), D(2020, 6, 5)), profile=DAGANG)
    assert "N3.comment-period-short-not-required" in codes(voluntary, Severity.WARNING)
    assert codes(voluntary, Severity.ERROR) == set()
    # The same period on a document that touches the public's vital interests: the error.
    required = check(commented(D(2020, 6, 1), D(2020, 6, 5), vital_interests=True), profile=DAGANG)
    assert "N3.comment-period-too-short" in codes(required, Severity.ERROR)
    assert "N3.comment-period-short-not-required" not in codes(required)


def test_a_comment_period_ending_on_a_saturday_make_up_working_day_is_enough() -> None:
    # Opened Thu 24 September 2020: Fri 25 (1), Sun 27 worked (2), Mon 28 (3), Tue 29 (4), Wed 30 (5); 1–8
    # October rest; Fri 9 (6), Sat 10 October worked (7). A working day needs no roll (民法典 Art. 203).
    lawful = check(commented(D(2020, 9, 24), D(2020, 10, 10), vital_interests=True), profile=DAGANG)
    assert not {c for c in codes(lawful) if c.startswith("N3.")}
    short = check(commented(D(2020, 9, 24), D(2020, 10, 9), vital_interests=True), profile=DAGANG)
    (finding,) = [f for f in short.findings if f.code == "N3.comment-period-too-short"]
    assert {fact.label: fact.date for fact in finding.dates}["required_close"] == D(2020, 10, 10)


def test_a_comment_period_across_the_spring_festival_counts_working_days_only() -> None:
    # Opened Tue 9 February 2021: Wed 10 (1); 11–17 February rest; Thu 18 (2), Fri 19 (3), Sat 20 worked (4),
    # Mon 22 (5), Tue 23 (6), Wed 24 February (7).
    lawful = check(commented(D(2021, 2, 9), D(2021, 2, 24), vital_interests=True), profile=DAGANG)
    assert not {c for c in codes(lawful) if c.startswith("N3.")}
    short = check(commented(D(2021, 2, 9), D(2021, 2, 23), vital_interests=True), profile=DAGANG)
    assert "N3.comment-period-too-short" in codes(short, Severity.ERROR)


# --- N8: publishing an evaluation's results has no time limit -----------------------------------------------


def test_an_evaluation_whose_publication_is_not_recorded_is_a_warning() -> None:
    from xingzheng.model.normative import DocumentEvaluation

    # Made Tue 30 June 2020, evaluated Mon 20 June 2022 (in time: due Thu 30 June 2022). The seed's "评估结果应当
    # 向社会公布" sets no time limit, so on Tue 21 June an unrecorded publication proves no breach.
    made = document(promulgated_on=D(2020, 6, 30), evaluations=(DocumentEvaluation(D(2022, 6, 20)),))
    report = check(made, profile=DAGANG, as_of=D(2022, 6, 21))
    (finding,) = [f for f in report.findings if f.code == "N8.results-not-published"]
    assert finding.severity is Severity.WARNING and finding.path == "$.evaluations[0].results_published_on"
    assert "results_published_on" in finding.message and "results_published_on" in finding.message_en
    assert not {f.code for f in report.findings if f.code.startswith("N8.") and f.severity is Severity.ERROR}
    published = attrs.evolve(made, evaluations=(DocumentEvaluation(D(2022, 6, 20), results_published_on=D(2022, 6, 24)),))
    assert "N8.results-not-published" not in codes(check(published, profile=DAGANG, as_of=D(2022, 6, 30)))
