"""A major administrative decision through its lifecycle, including the step the law refuses.

A street office (大港街, bound by 713号令 because the seed report adopts it) prepares a decision: public
comment, expert argumentation, risk assessment, legality review, collective discussion. Sending the draft
to discussion before there is a review opinion is refused (D6, 713号令 Art. 25 ¶2), and the record is
left unchanged; a "must be amended" opinion does not bar the discussion, and the undertaking unit adjusts
the draft as the opinion says (D15, Art. 28). Then `check` judges the finished record against the seed's
profile. Run::

    python examples/major_decision.py
"""

from __future__ import annotations

import datetime as dt

from xingzheng import (
    BodyKind,
    CollectiveDiscussion,
    DiscussionMaterial,
    ExpertArgumentation,
    LegalityReview,
    MajorDecision,
    ProcedureError,
    Publication,
    PublicationChannel,
    PublicParticipation,
    ReviewAmendment,
    Reviewer,
    ReviewerRole,
    ReviewOpinion,
    RiskAssessment,
    SubjectKind,
    Vote,
    check,
)

PROFILE = "tianjin-binhai-dagang"


def main() -> None:
    decision = MajorDecision(
        title="大港街老旧小区综合整治实施方案",
        decision_body="天津市滨海新区大港街道办事处",
        undertaking_unit="大港街城市管理办公室",
        body_kind=BodyKind.STREET_OFFICE,
        high_public_concern=True,
        technical=True,
        stability_risk=True,
        public_participation=PublicParticipation(
            comment_opened_on=dt.date(2020, 6, 1),
            comment_closes_on=dt.date(2020, 7, 6),
            feedback_published_on=dt.date(2020, 7, 20),
            channels=(PublicationChannel.GOVERNMENT_WEBSITE, PublicationChannel.NOTICE_BOARD),
            way_and_deadline_stated=True,
        ),
        expert_argumentation=ExpertArgumentation(held_on=dt.date(2020, 7, 10), summary="方案可行"),
        risk_assessment=RiskAssessment(
            completed_on=dt.date(2020, 7, 15),
            risk_points=("施工扰民",),
            measures=("分段施工",),
            response_plan=True,
        ),
    )

    # The legality review: requested on 17 July, materials complete on 20 July.
    review = LegalityReview(
        subject_kind=SubjectKind.MAJOR_DECISION,
        requested_on=dt.date(2020, 7, 17),
        reviewers=(Reviewer(ReviewerRole.GOVERNMENT_LAWYER, "大港街公职律师"),),
    )
    review = review.materials_completed(dt.date(2020, 7, 20))
    decision = decision.with_review(review)

    meeting = CollectiveDiscussion(
        held_on=dt.date(2020, 8, 5),
        attendees=("街道党工委书记", "街道办事处主任"),
        majority_view=Vote.APPROVE,
        decision=Vote.APPROVE,
        materials=(DiscussionMaterial.DRAFT, DiscussionMaterial.LEGALITY_REVIEW_OPINION),
    )

    # The refused step: no review opinion yet (D6).
    try:
        decision.to_discussion(meeting, profile=PROFILE)
    except ProcedureError as exc:
        print(f"拒绝 / refused ({exc.rule}): {exc}")
        print(f"  依据 / citation: {exc.citation}")
    assert decision.discussion is None  # the record is unchanged

    # The opinion says the draft must be amended: that does not bar the discussion (Art. 25 ¶2), and the
    # undertaking unit adjusts the draft as the opinion says (Art. 28, D15).
    review = review.give_opinion(ReviewOpinion.MUST_BE_AMENDED, dt.date(2020, 7, 30), reasons="补充资金来源依据")
    decision = decision.with_review(review).amend_after_review(
        ReviewAmendment(amended_on=dt.date(2020, 8, 3), summary="补充资金来源")
    )
    decision = decision.to_discussion(meeting, profile=PROFILE)
    print(f"集体讨论 / discussed on {decision.decided_on}")

    decision = publish(decision)
    report = check(decision, profile=PROFILE)
    print(f"检查 / check ({report.profile}): ok={report.ok}, {len(report.findings)} finding(s)")
    for finding in report.findings:
        print(f"  {finding.code} [{finding.severity.value}] {finding.message}")
        print(f"    {finding.message_en}")
        print(f"    依据 / citation: {finding.citation}")


def publish(decision: MajorDecision) -> MajorDecision:
    """Publish the decision (D1) and archive the procedure (D14)."""
    import attrs

    return attrs.evolve(
        decision,
        reported_to_party_committee_on=dt.date(2020, 8, 6),
        publication=Publication(
            published_on=dt.date(2020, 8, 10), channels=(PublicationChannel.GOVERNMENT_WEBSITE,)
        ),
        adoption_explained=True,
        archived=True,
    )


if __name__ == "__main__":
    main()
