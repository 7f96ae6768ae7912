"""Records that comply with a profile: every duty met, on time (issue 17).

`compliant_records(kind, profile)` draws records of one kind whose every step a profile asks for is taken,
in order and within its time limits, so `check` must give them no error and no warning: the property test
that catches the next over-reach. Kinds are registered (`register_compliant`): ``normative_document``,
``major_decision`` and ``legality_review`` here; another procedure adds itself with one function and one
``register_compliant("enforcement_case", …)`` line.

Dates lie inside the calendar's coverage (every step judged); the drawing is by meaning, not by field:
each flag that widens the duties (impact, technical content, risk, groups touched) is drawn, and the steps
it requires follow from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from xingzheng.calendar import Period, default_calendar, latest_notice_day
from xingzheng.calendar import deadline as _deadline
from xingzheng.model.decision import (
    BodyKind,
    CollectiveDiscussion,
    DecisionHearing,
    DiscussionMaterial,
    EvaluationTrigger,
    Expert,
    ExpertArgumentation,
    MajorDecision,
    MeetingKind,
    PostDecisionEvaluation,
    PublicParticipation,
    ReviewAmendment,
    RiskAssessment,
    Vote,
)
from xingzheng.model.normative import (
    Deliberation,
    DocumentEvaluation,
    ImpactFlags,
    NormativeDocument,
    PublicComment,
)
from xingzheng.model.review import (
    LegalityReview,
    Reviewer,
    ReviewerRole,
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
from xingzheng.rules import Profile, load_profile

__all__ = ["compliant_records", "register_compliant"]

#: A builder: given the profile, a strategy of compliant records of its kind.
Builder = Callable[[Profile], st.SearchStrategy[Any]]

_BUILDERS: dict[str, Builder] = {}


def register_compliant(kind: str, builder: Builder) -> None:
    """Register the builder of compliant records of ``kind`` (the record's ``"kind"`` tag)."""
    _BUILDERS[kind] = builder


def compliant_records(kind: str, profile: Profile | str = "national") -> st.SearchStrategy[Any]:
    """Records of ``kind`` that meet every duty ``profile`` imposes, on time.

    Args:
        kind: ``"normative_document"``, ``"major_decision"``, ``"legality_review"`` (or a kind another
            module registered with `register_compliant`).
        profile: a `Profile`, or a built-in profile name or TOML path.

    Raises:
        KeyError: no builder is registered for ``kind`` (the message names the known kinds).
    """
    if kind not in _BUILDERS:
        raise KeyError(f"no compliant-record strategy for kind {kind!r}; known: {sorted(_BUILDERS)}")
    return _BUILDERS[kind](profile if isinstance(profile, Profile) else load_profile(profile))


_CAL = default_calendar()
# Every step of a record, evaluations included (2 years), stays inside the calendar's coverage.
_FIRST = dt.date(2020, 1, 6)
_LAST = dt.date(_CAL.coverage.last.year - 3, 6, 30)


def _workday_after(day: dt.date, n: int) -> dt.date:
    return _CAL.add_workdays(day, n)


def _at_least(start: dt.date, profile: Profile, key: str, fallback: Period) -> dt.date:
    """The last day of the longest floor ``key`` sets in the chain on ``start`` (the child's and its parents')."""
    dues = [_deadline(start, fallback, _CAL).due]
    node: Profile | None = profile
    while node is not None:
        value = node.find(key, start)
        if value is not None:
            dues.append(_deadline(start, value.period(), _CAL).due)
        node = node.parent
    return max(dues)


_START = st.dates(_FIRST, _LAST).map(lambda d: _CAL.add_workdays(d, 1))
_SMALL = st.integers(0, 5)


def _adviser_reviewers() -> st.SearchStrategy[tuple[Reviewer, ...]]:
    return st.sampled_from(
        [
            (Reviewer(ReviewerRole.LEGAL_ADVISER, "法律顾问"),),
            (Reviewer(ReviewerRole.LEGAL_OFFICE, "司法所"), Reviewer(ReviewerRole.GOVERNMENT_LAWYER, "公职律师")),
        ]
    )


# --- normative documents -----------------------------------------------------------------------------


@st.composite
def _document(draw: st.DrawFn, profile: Profile) -> NormativeDocument:
    start = draw(_START)
    impact = ImpactFlags(
        vital_interests=draw(st.booleans()),
        rights_and_duties=draw(st.booleans()),
        major_rights_effect=draw(st.booleans()),
        enterprises=draw(st.booleans()),
        major_interest_adjustment=draw(st.booleans()),
        high_public_concern=draw(st.booleans()),
        internal_only=draw(st.booleans()),
    )
    # Public comment: at least the longest floor of the chain, channels, draft and how-and-when stated.
    closes = _at_least(start, profile, "normative_document.comment_period.min", Period.workdays(7))
    closes = _workday_after(closes, draw(_SMALL))
    comment = PublicComment(
        opened_on=start,
        closes_on=closes,
        channels=(draw(st.sampled_from(PublicationChannel)),),
        opinions_received=draw(st.none() | st.integers(0, 50)),
    )
    # Hearing every side: any way (an open list), the interested parties, enterprises and associations.
    consultees = [ConsulteeKind.INTERESTED_PARTIES]
    if impact.enterprises:
        consultees += [ConsulteeKind.ENTERPRISES, ConsulteeKind.INDUSTRY_ASSOCIATIONS]
    heard = Consultation(
        draw(st.sampled_from([ConsultationMethod.SYMPOSIUM, ConsultationMethod.FIELD_VISIT, ConsultationMethod.QUESTIONNAIRE])),
        _workday_after(start, 2),
        consultees=tuple(consultees),
    )
    # The review: complete materials, the designated body, an adviser, 5–15 working days, a written opinion.
    complete = _workday_after(closes, 1 + draw(_SMALL))
    hard = draw(st.booleans())
    review = LegalityReview(
        subject_kind=SubjectKind.NORMATIVE_DOCUMENT,
        requested_on=complete,
        materials_complete_on=complete,
        materials=tuple(m for m in ReviewMaterial if m is not ReviewMaterial.OTHER),
        reviewing_body="司法所",
        reviewing_body_designated=True,
        reviewers=draw(_adviser_reviewers()),
        consultations=(
            Consultation(ConsultationMethod.WRITTEN, _workday_after(complete, 1)),
            Consultation(ConsultationMethod.EXPERT_PANEL, _workday_after(complete, 3)),
        )
        if hard
        else (),
        hard_question=hard,
        opinion=draw(st.sampled_from([ReviewOpinion.LAWFUL, ReviewOpinion.MUST_BE_AMENDED])),
        reasons="依据充分",
        completed_on=_workday_after(complete, draw(st.integers(5, 15))),
    )
    assert review.completed_on is not None
    deliberation = Deliberation(_workday_after(review.completed_on, 1 + draw(_SMALL)), "主任办公会", opinion_fully_adopted=True)
    made = _workday_after(deliberation.held_on, 1 + draw(_SMALL))
    published = _workday_after(made, draw(st.integers(1, 20)))
    evaluations: tuple[DocumentEvaluation, ...] = ()
    if draw(st.booleans()):
        done = made + dt.timedelta(days=draw(st.integers(1, 700)))
        evaluations = (DocumentEvaluation(done, results_published_on=done + dt.timedelta(days=draw(_SMALL))),)
    return NormativeDocument(
        title="居民小区停车管理办法",
        issuing_body="大港街道办事处",
        drafting_unit="城市管理办公室",
        document_number=f"津港街发〔{made.year}〕{draw(st.integers(1, 99))}号",
        impact=impact,
        emergency=False,
        public_comment=comment,
        consultations=(heard,),
        legality_review=review,
        deliberation=deliberation,
        promulgated_on=made,
        effective_on=made + dt.timedelta(days=draw(st.integers(0, 30))),
        publication=Publication(published, (PublicationChannel.GOVERNMENT_WEBSITE,)),
        evaluations=evaluations,
    )


# --- major decisions ---------------------------------------------------------------------------------

_GROUPS = {
    "touches_specific_groups": ConsulteeKind.PUBLIC_REPRESENTATIVES,
    "touches_enterprises": ConsulteeKind.ENTERPRISES,
    "touches_industry": ConsulteeKind.INDUSTRY_ASSOCIATIONS,
}


def _decision_review(draw: st.DrawFn, profile: Profile, complete: dt.date) -> LegalityReview:
    floor = _at_least(complete, profile, "major_decision.review_period.min", Period.workdays(7))
    return LegalityReview(
        subject_kind=SubjectKind.MAJOR_DECISION,
        requested_on=complete,
        materials_complete_on=complete,
        reviewing_body="司法所",
        reviewers=draw(_adviser_reviewers()),
        opinion=draw(st.sampled_from([ReviewOpinion.LAWFUL, ReviewOpinion.MUST_BE_AMENDED])),
        reasons="依据充分",
        completed_on=_workday_after(floor, draw(_SMALL)),
    )


@st.composite
def _decision(draw: st.DrawFn, profile: Profile) -> MajorDecision:
    start = draw(_START)
    flags = {name: draw(st.booleans()) for name in ("high_public_concern", "technical", "stability_risk", "affects_market_entities", *_GROUPS)}
    body = draw(st.sampled_from(BodyKind))
    closes = _at_least(start, profile, "major_decision.comment_period.min", Period.days(30))
    closes += dt.timedelta(days=draw(_SMALL))
    heard = tuple(kind for name, kind in _GROUPS.items() if flags[name])
    participation = PublicParticipation(
        comment_opened_on=start,
        comment_closes_on=closes,
        announced_closes_on=draw(st.sampled_from([None, closes])),
        explanation_given=True,
        feedback_published_on=closes + dt.timedelta(days=1 + draw(_SMALL)),
        consultations=(Consultation(ConsultationMethod.SYMPOSIUM, start + dt.timedelta(days=5), consultees=heard),)
        if heard
        else (),
        channels=(PublicationChannel.GOVERNMENT_WEBSITE,),
        way_and_deadline_stated=True,
    )
    hearing = None
    if draw(st.booleans()):
        held = start + dt.timedelta(days=20)
        latest = latest_notice_day(held, Period.days(7), _CAL)
        hearing = DecisionHearing(held, materials_sent_on=latest - dt.timedelta(days=draw(_SMALL)), participant_list_published_on=held - dt.timedelta(days=10))
    experts = None
    if flags["technical"] or draw(st.booleans()):
        experts = ExpertArgumentation(
            closes + dt.timedelta(days=2),
            experts=(Expert("甲乙", "天津大学", field="城市规划"),),
            summary="可行",
        )
    risk = None
    if flags["stability_risk"] or draw(st.booleans()):
        controllable = draw(st.booleans())
        risk = RiskAssessment(
            closes + dt.timedelta(days=3),
            risk_points=("征迁",),
            measures=("分期实施",),
            response_plan=True,
            controllable=controllable,
            draft_adjusted=not controllable and draw(st.booleans()),
            measures_taken=() if controllable else ("增设过渡安置",),
        )
    complete = _workday_after(closes + dt.timedelta(days=5), 1)
    review = _decision_review(draw, profile, complete)
    assert review.completed_on is not None
    amendment = None
    after_review = review.completed_on
    if review.opinion is ReviewOpinion.MUST_BE_AMENDED:
        after_review = review.completed_on + dt.timedelta(days=1 + draw(_SMALL))
        amendment = ReviewAmendment(after_review, "按审查意见修改")
    if body is BodyKind.COUNTY_OR_HIGHER_GOVERNMENT:
        meeting = draw(st.sampled_from([MeetingKind.EXECUTIVE, MeetingKind.PLENARY]))
    else:
        meeting = draw(st.sampled_from([MeetingKind.EXECUTIVE, MeetingKind.PLENARY, MeetingKind.OFFICE_MEETING]))
    view = draw(st.sampled_from(Vote))
    dissent = draw(st.booleans())
    materials = [DiscussionMaterial.DRAFT, DiscussionMaterial.LEGALITY_REVIEW_OPINION]
    if flags["affects_market_entities"]:
        materials.append(DiscussionMaterial.FAIR_COMPETITION_REVIEW)
    discussion = CollectiveDiscussion(
        held_on=after_review + dt.timedelta(days=1 + draw(_SMALL)),
        meeting_kind=meeting,
        attendees=("主任", "副主任"),
        head_spoke_last=True,
        majority_view=view,
        decision=view,
        dissent=("副主任：建议分期实施",) if dissent else (),
        dissent_expressed=dissent,
        minutes_recorded=True,
        materials=tuple(materials) if draw(st.booleans()) else (),
    )
    decided = discussion.held_on
    published = _workday_after(decided, 1 + draw(st.integers(0, 18)))
    triggers: tuple[EvaluationTrigger, ...] = tuple(
        draw(st.lists(st.sampled_from(EvaluationTrigger), max_size=2, unique=True))
    )
    evaluation = None
    if len(triggers) > 0 or draw(st.booleans()):
        evaluation = PostDecisionEvaluation(
            published + dt.timedelta(days=draw(st.integers(30, 400))),
            evaluator="第三方评估机构",
            third_party=draw(st.booleans()),
            evaluator_did_pre_decision_work=False,
            used_for_adjustment=draw(st.sampled_from([None, True])),
        )
    return MajorDecision(
        title="老旧小区改造实施方案",
        decision_body="大港街道办事处",
        undertaking_unit="城市管理办公室",
        body_kind=body,
        confidential=False,
        high_public_concern=flags["high_public_concern"],
        touches_enterprises=flags["touches_enterprises"],
        touches_industry=flags["touches_industry"],
        touches_specific_groups=flags["touches_specific_groups"],
        technical=flags["technical"],
        stability_risk=flags["stability_risk"],
        affects_market_entities=flags["affects_market_entities"],
        public_participation=participation,
        hearing=hearing,
        expert_argumentation=experts,
        risk_assessment=risk,
        legality_review=review,
        review_amendment=amendment,
        discussion=discussion,
        reported_to_party_committee_on=published - dt.timedelta(days=1),
        publication=Publication(published, (PublicationChannel.GAZETTE,)),
        adoption_explained=True,
        evaluation_triggers=triggers,
        post_evaluation=evaluation,
        archived=draw(st.sampled_from([None, True])),
    )


# --- legality reviews on their own ---------------------------------------------------------------------


@st.composite
def _review(draw: st.DrawFn, profile: Profile) -> LegalityReview:
    kind = draw(st.sampled_from([SubjectKind.NORMATIVE_DOCUMENT, SubjectKind.MAJOR_DECISION, SubjectKind.CONTRACT]))
    start = draw(_START)
    if kind is SubjectKind.MAJOR_DECISION:
        return _decision_review(draw, profile, start)
    if kind is SubjectKind.CONTRACT:
        return LegalityReview(
            subject_kind=kind,
            requested_on=start,
            materials_complete_on=start,
            reviewers=(Reviewer(ReviewerRole.LEGAL_OFFICE, "法制办"), Reviewer(ReviewerRole.LEGAL_ADVISER, "法律顾问")),
            opinion=ReviewOpinion.LAWFUL,
            reasons="合法合规",
            completed_on=_workday_after(start, draw(st.integers(1, 10))),
            opinion_followed=draw(st.sampled_from([None, True])),
        )
    review = LegalityReview(
        subject_kind=kind,
        requested_on=start,
        materials=tuple(m for m in ReviewMaterial if m is not ReviewMaterial.OTHER),
        reviewing_body="司法所",
        reviewing_body_designated=True,
        reviewers=draw(_adviser_reviewers()),
    )
    clock = start
    if draw(st.booleans()):  # returned once: the clock starts again when the materials are complete
        review = review.materials_completed(start).returned(_workday_after(start, 1))
        clock = _workday_after(start, 2 + draw(_SMALL))
        review = review.materials_completed(clock)
    else:
        review = review.materials_completed(start)
    return review.give_opinion(
        draw(st.sampled_from([ReviewOpinion.LAWFUL, ReviewOpinion.MUST_BE_AMENDED])),
        _workday_after(clock, draw(st.integers(5, 15))),
        reasons="依据充分",
    )


register_compliant("normative_document", _document)
register_compliant("major_decision", _decision)
register_compliant("legality_review", _review)
