"""重大行政决策 — a major administrative decision as a frozen record of its statutory steps (713号令).

Stages are nested values (public participation, hearing, expert argumentation, risk assessment, legality
review, collective discussion, publication, post-decision evaluation); repeated steps are tuples. The
guard `MajorDecision.to_discussion` refuses a draft with no review opinion or an "unlawful" one (D6).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model._guards import guard_citation, guard_rule
from xingzheng.model._public import CONFIDENTIAL, PERSONAL, public_dict
from xingzheng.model.review import LegalityReview, ReviewOpinion
from xingzheng.model.values import (
    Consultation,
    Publication,
    PublicationChannel,
    check_date_order,
    non_empty,
    to_channels,
    to_consultations,
    to_str_tuple,
)

if TYPE_CHECKING:
    from xingzheng.rules import Profile

__all__ = [
    "BodyKind",
    "CollectiveDiscussion",
    "DecisionCategory",
    "DecisionHearing",
    "DiscussionMaterial",
    "EvaluationTrigger",
    "ExecutionReport",
    "Expert",
    "ExpertArgumentation",
    "MajorDecision",
    "MeetingKind",
    "PostDecisionEvaluation",
    "PublicParticipation",
    "ReviewAmendment",
    "RiskAssessment",
    "Vote",
]

_D6_FALLBACK = "重大行政决策程序暂行条例 第二十五条第二款：“决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论”"


class BodyKind(enum.Enum):
    """决策机关类别 — what kind of body decides (D11)."""

    COUNTY_OR_HIGHER_GOVERNMENT = "county_or_higher_government"  # 县级以上地方人民政府
    GOVERNMENT_DEPARTMENT = "government_department"  # 县级以上人民政府部门
    TOWNSHIP_GOVERNMENT = "township_government"  # 乡级人民政府
    STREET_OFFICE = "street_office"  # 街道办事处
    OTHER = "other"


class DecisionCategory(enum.Enum):
    """三重一大 — the category of the decision."""

    MAJOR_MATTER = "major_matter"  # 重大事项决策
    IMPORTANT_APPOINTMENT = "important_appointment"  # 重要干部任免
    MAJOR_PROJECT = "major_project"  # 重大项目安排
    LARGE_SUM = "large_sum"  # 大额资金使用


class MeetingKind(enum.Enum):
    """会议类别 — the meeting that discusses the draft (D7)."""

    EXECUTIVE = "executive"  # 常务会议
    PLENARY = "plenary"  # 全体会议
    OFFICE_MEETING = "office_meeting"  # 本机关的集体会议，如街道主任办公会、局长办公会 (713号令 参照执行, Art. 42)
    OTHER = "other"


class Vote(enum.Enum):
    """意见 — a view on the draft."""

    APPROVE = "approve"  # 同意
    REJECT = "reject"  # 不同意
    AMEND = "amend"  # 修改后通过
    DEFER = "defer"  # 暂缓


class DiscussionMaterial(enum.Enum):
    """提交讨论的材料 — materials submitted for discussion (713号令 Art. 29, D12)."""

    DRAFT = "draft"  # 决策草案及相关材料
    FAIR_COMPETITION_REVIEW = "fair_competition_review"  # 公平竞争审查情况
    PUBLIC_OPINION_SUMMARY = "public_opinion_summary"  # 公众参与意见
    EXPERT_OPINION = "expert_opinion"  # 专家论证意见
    RISK_ASSESSMENT_REPORT = "risk_assessment_report"  # 风险评估报告
    LEGALITY_REVIEW_OPINION = "legality_review_opinion"  # 合法性审查意见
    OTHER = "other"


class EvaluationTrigger(enum.Enum):
    """决策后评估的情形 — why a post-decision evaluation is due (713号令 Art. 36 ¶1; seed 一 ¶4)."""

    RESULTS_FALL_SHORT = "results_fall_short"  # 明显未达到预期效果
    MANY_OPINIONS = "many_opinions"  # 公民、法人或者其他组织提出较多意见
    BODY_DEEMS_NECESSARY = "body_deems_necessary"  # 决策机关认为有必要


@attrs.frozen
class PublicParticipation:
    """公众参与 — public comment and consultation on the draft (D2, D3, D5).

    Attributes:
        comment_opened_on: the day the draft was published for comment (None: no public comment).
        comment_closes_on: the last day opinions are accepted.
        explanation_given: whether the draft came with an explanation (解释说明).
        short_period_reason: the reason for a shorter period, stated when comment opened (713号令 Art. 15).
        feedback_published_on: the day the adoption of opinions and reasons were published (None: not).
        consultations: symposiums, hearings, written consultations with the groups concerned (D3).
        channels: where the draft was published for comment (Art. 15 ¶1; empty: not recorded).
        way_and_deadline_stated: whether the notice stated how and by when to comment (Art. 15 ¶1; None:
            not recorded).
        announced_closes_on: the last day the notice announced (None: not recorded); ``comment_closes_on``
            is the last day opinions were actually accepted. The shorter of the two is judged (D2).
    """

    comment_opened_on: dt.date | None = None
    comment_closes_on: dt.date | None = None
    explanation_given: bool = True
    short_period_reason: str | None = None
    feedback_published_on: dt.date | None = None
    consultations: tuple[Consultation, ...] = attrs.field(default=(), converter=to_consultations)
    channels: tuple[PublicationChannel, ...] = attrs.field(default=(), converter=to_channels)
    way_and_deadline_stated: bool | None = None
    announced_closes_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "comment_opened_on", "comment_closes_on")
        check_date_order(self, "comment_opened_on", "announced_closes_on")
        # Feedback on the opinions received cannot precede the opening of the comment period.
        check_date_order(self, "comment_opened_on", "feedback_published_on")
        if (self.comment_opened_on is None) != (self.comment_closes_on is None):
            raise InvariantError(
                bilingual(
                    "征求意见的开始和截止日期须同时记录",
                    "a comment period has both an opening and a closing day",
                ),
                "comment_closes_on",
            )


@attrs.frozen
class DecisionHearing:
    """听证会 — a hearing on the draft (713号令 Art. 16, D9).

    Attributes:
        held_on: the day of the hearing.
        materials_sent_on: the day the materials reached the participants.
        participant_list_published_on: the day the participant list was published (None: not).
    """

    held_on: dt.date
    materials_sent_on: dt.date | None = None
    participant_list_published_on: dt.date | None = None


@attrs.frozen
class Expert:
    """论证专家 — an expert or professional body (a person's name is personal data).

    Attributes:
        name: the expert's name (personal).
        organisation: the expert's institution or the professional body (public).
        direct_interest: whether the expert has a direct interest in the matter (D10).
        field: the expert's field of expertise (Art. 19–20; None: not recorded).
    """

    name: str = attrs.field(metadata=PERSONAL)
    organisation: str | None = None
    direct_interest: bool = False
    field: str | None = None


def _to_experts(value: Iterable[Expert]) -> tuple[Expert, ...]:
    return tuple(value)


@attrs.frozen
class ExpertArgumentation:
    """专家论证 — experts' argumentation of the draft (713号令 Art. 19–21).

    Attributes:
        held_on: the day.
        experts: the experts and professional bodies.
        summary: what they concluded.
    """

    held_on: dt.date
    experts: tuple[Expert, ...] = attrs.field(default=(), converter=_to_experts)
    summary: str | None = None


@attrs.frozen
class RiskAssessment:
    """风险评估 — the risk assessment and its report (713号令 Art. 22–24, D13).

    Attributes:
        completed_on: the day the report was completed.
        risk_points: the risk points the report names.
        measures: the risk-prevention measures it proposes.
        response_plan: whether it contains a response plan (处置预案).
        controllable: whether the risk was judged controllable.
        draft_adjusted: whether the draft was adjusted to make an uncontrollable risk controllable.
        already_assessed: the risk had already been assessed under other rules (not repeated, Art. 22 ¶2).
        measures_taken: other measures taken to make an uncontrollable risk controllable (Art. 24: "采取调整
            决策草案等措施", an open list).
    """

    completed_on: dt.date
    risk_points: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    measures: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    response_plan: bool = False
    controllable: bool = True
    draft_adjusted: bool = False
    already_assessed: bool = False
    measures_taken: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)


@attrs.frozen
class ReviewAmendment:
    """根据审查意见修改 — the amendment made after a "must be amended" opinion (713号令 Art. 28).

    Attributes:
        amended_on: the day the draft was amended.
        summary: what was changed.
    """

    amended_on: dt.date
    summary: str = ""


def _to_materials(value: Iterable[DiscussionMaterial]) -> tuple[DiscussionMaterial, ...]:
    return tuple(value)


@attrs.frozen
class CollectiveDiscussion:
    """集体讨论决定 — the collective discussion and the head's decision (713号令 Art. 30, D7).

    Attributes:
        held_on: the day of the meeting.
        meeting_kind: executive, plenary, the body's own collective meeting (a street office's 主任办公会)
            or other meeting.
        attendees: who took part, by name (officers' names are public).
        head_spoke_last: whether the head spoke last.
        majority_view: the view of the majority of the members.
        decision: the head's decision.
        head_reasons: the reasons the head gave at the meeting (needed when the decision differs from
            the majority's view).
        dissent: dissenting opinions as recorded in the minutes.
        dissent_expressed: whether any member expressed a different opinion at the meeting (None: not
            recorded); if so, ``dissent`` states it (Art. 30 ¶3).
        minutes_recorded: whether the discussion was recorded truthfully in minutes.
        materials: the materials submitted for discussion (D12).
    """

    held_on: dt.date
    meeting_kind: MeetingKind = MeetingKind.EXECUTIVE
    attendees: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    head_spoke_last: bool = True
    majority_view: Vote | None = None
    decision: Vote | None = None
    head_reasons: str | None = None
    dissent: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    minutes_recorded: bool = True
    materials: tuple[DiscussionMaterial, ...] = attrs.field(default=(), converter=_to_materials)
    dissent_expressed: bool | None = None


@attrs.frozen
class ExecutionReport:
    """执行情况报告 — a report on the decision's execution (713号令 Art. 34–35).

    Attributes:
        reported_on: the day.
        summary: what it says.
    """

    reported_on: dt.date
    summary: str = ""


@attrs.frozen
class PostDecisionEvaluation:
    """决策后评估 — a post-decision evaluation (713号令 Art. 36, D8).

    Attributes:
        evaluated_on: the day it was completed.
        evaluator: who carried it out.
        third_party: whether it was commissioned to a third party.
        evaluator_did_pre_decision_work: whether the evaluator did the main pre-decision argumentation
            or assessment (not allowed for a commissioned third party, Art. 36 ¶2).
        used_for_adjustment: whether its results were used in adjusting the decision (None: not recorded).
    """

    evaluated_on: dt.date
    evaluator: str = ""
    third_party: bool = False
    evaluator_did_pre_decision_work: bool = False
    used_for_adjustment: bool | None = None


def _to_triggers(value: Iterable[EvaluationTrigger]) -> tuple[EvaluationTrigger, ...]:
    return tuple(value)


def _to_reports(value: Iterable[ExecutionReport]) -> tuple[ExecutionReport, ...]:
    return tuple(value)


@attrs.frozen
class MajorDecision:
    """重大行政决策 — a major administrative decision and the steps taken to make it.

    Attributes:
        title: the decision matter.
        decision_body: the body that decides (决策机关).
        body_kind: what kind of body it is (D11).
        undertaking_unit: the unit that prepares the draft (决策承办单位).
        category: 三重一大 category.
        confidential: the matter is not to be disclosed by law (依法不予公开).
        high_public_concern: a matter of high public concern (D2).
        touches_enterprises: touches enterprises' interests (D3, the seed).
        touches_industry: touches an industry's interests (D3, the seed).
        touches_specific_groups: touches a specific group's interests (D3; 713号令 Art. 14 ¶3).
        technical: specialised or technical (expert argumentation, D5).
        stability_risk: implementation may harm social stability, public safety etc. (risk assessment, D5).
        affects_market_entities: touches market entities' economic activity (fair-competition review, D12).
        exploratory_reform: an exploratory reform (探索性改革决策事项, D6 exception).
        no_clear_national_rule: the state has no clear rule on the matter (国家尚无明确规定; D6 exception,
            needed with ``exploratory_reform``; None: not recorded).
        legal_risk_statement: the stated legal risk of such a reform.
        public_participation: public comment and consultation.
        hearing: a hearing, if held.
        expert_argumentation: expert argumentation, if held.
        risk_assessment: the risk assessment, if made.
        legality_review: the legality review.
        review_amendment: the amendment made after a "must be amended" opinion.
        discussion: the collective discussion and decision.
        reported_to_party_committee_on: the day the decision was reported to the same-level Party
            committee (D14).
        publication: its publication (D1).
        adoption_explained: whether the publication explains how public and expert opinions were adopted.
        execution_reports: reports on its execution.
        evaluation_triggers: grounds for a post-decision evaluation that have arisen (D8).
        post_evaluation: the post-decision evaluation, if made.
        archived: whether the records and materials of the procedure were archived (D14; None: not recorded).
    """

    title: str = attrs.field(validator=non_empty)
    decision_body: str = attrs.field(validator=non_empty)
    undertaking_unit: str = attrs.field(validator=non_empty)
    body_kind: BodyKind = BodyKind.COUNTY_OR_HIGHER_GOVERNMENT
    category: DecisionCategory = DecisionCategory.MAJOR_MATTER
    confidential: bool = False
    high_public_concern: bool = False
    touches_enterprises: bool = False
    touches_industry: bool = False
    touches_specific_groups: bool = False
    technical: bool = False
    stability_risk: bool = False
    affects_market_entities: bool = False
    exploratory_reform: bool = False
    no_clear_national_rule: bool | None = None
    legal_risk_statement: str | None = None
    public_participation: PublicParticipation | None = None
    hearing: DecisionHearing | None = None
    expert_argumentation: ExpertArgumentation | None = None
    risk_assessment: RiskAssessment | None = None
    # Process information (政府信息公开条例 Art. 16 ¶2) stays out of public views.
    legality_review: LegalityReview | None = attrs.field(default=None, metadata=CONFIDENTIAL)
    review_amendment: ReviewAmendment | None = attrs.field(default=None, metadata=CONFIDENTIAL)
    discussion: CollectiveDiscussion | None = attrs.field(default=None, metadata=CONFIDENTIAL)
    reported_to_party_committee_on: dt.date | None = None
    publication: Publication | None = None
    adoption_explained: bool = False
    execution_reports: tuple[ExecutionReport, ...] = attrs.field(default=(), converter=_to_reports)
    evaluation_triggers: tuple[EvaluationTrigger, ...] = attrs.field(default=(), converter=_to_triggers)
    post_evaluation: PostDecisionEvaluation | None = None
    archived: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.legality_review is not None and self.legality_review.subject_kind.value != "major_decision":
            raise InvariantError(
                bilingual(
                    "合法性审查的对象须为重大行政决策", "the legality review must be of a major decision"
                ),
                "legality_review.subject_kind",
            )

    @property
    def decided_on(self) -> dt.date | None:
        """The day of the collective discussion that decided (None: not decided yet)."""
        return self.discussion.held_on if self.discussion is not None else None

    def opinion_on(self, on: dt.date) -> ReviewOpinion | None:
        """The review opinion that exists on ``on`` (None: no review, or its opinion is dated later)."""
        review = self.legality_review
        if review is None or review.completed_on is None or review.completed_on > on:
            return None
        return review.opinion

    def amended_by(self, on: dt.date) -> bool:
        """Whether the draft was amended after the review opinion and by ``on`` (713号令 Art. 28).

        An amendment dated before the opinion cannot respond to it, so it does not count.
        """
        amendment, review = self.review_amendment, self.legality_review
        if amendment is None or amendment.amended_on > on:
            return False
        completed = review.completed_on if review is not None else None
        return completed is None or amendment.amended_on >= completed

    def discussion_barred(self, on: dt.date, profile: Profile | str | None = None) -> str | None:
        """Why the draft may not go to discussion on ``on`` under D6 (None: it may), in ``"中文 / English"``.

        Only an opinion given by ``on`` counts. A "lawful" or a "must be amended" opinion passes (713号令
        Art. 25 ¶2 bars only no review or "unlawful"; an amendment not yet recorded is a D15 warning of
        `check`); no opinion or "unlawful" passes only for an exploratory reform on which the state has no
        clear rule, with its legal risk stated, where the profile's D6 has that exception (national only).
        An exploratory reform whose "no clear national rule" is not recorded is not refused either:
        `check` gives the ``D6.no-clear-rule-not-recorded`` warning. Nothing is barred where the profile has no D6 in force on ``on`` (e.g. before
        713号令 took effect on 2019-09-01): `check` then reports ``D6.no-rule``.
        """
        if guard_rule(profile, "D6", on) is None or street_office_unbound(self.body_kind, profile, on):
            return None
        opinion = self.opinion_on(on)
        if opinion is ReviewOpinion.LAWFUL or opinion is ReviewOpinion.MUST_BE_AMENDED:
            return None
        if (
            self.exploratory_reform
            and self.legal_risk_statement
            and self.no_clear_national_rule is not False
            and exploratory_exception(profile, on)
        ):
            return None
        if opinion is ReviewOpinion.UNLAWFUL:
            return bilingual(
                "决策草案经审查不合法，不得提交决策机关讨论",
                "the draft was found unlawful: it may not go to discussion",
            )
        return bilingual(
            "决策草案未经合法性审查，不得提交决策机关讨论",
            "the draft has no legality review opinion: it may not go to discussion",
        )

    def to_discussion(
        self, discussion: CollectiveDiscussion, profile: Profile | str | None = None
    ) -> MajorDecision:
        """Send the draft to collective discussion and record it.

        Raises:
            ProcedureError: D6, with no opinion or an "unlawful" one (see `discussion_barred`).
        """
        reason = self.discussion_barred(discussion.held_on, profile)
        if reason is not None:
            raise ProcedureError(
                reason, "D6", guard_citation(profile, "D6", discussion.held_on, _D6_FALLBACK)
            )
        return attrs.evolve(self, discussion=discussion)

    def with_review(self, review: LegalityReview) -> MajorDecision:
        """Record the legality review (a new record)."""
        return attrs.evolve(self, legality_review=review)

    def amend_after_review(self, amendment: ReviewAmendment) -> MajorDecision:
        """Record the amendment made after a "must be amended" opinion (a new record)."""
        return attrs.evolve(self, review_amendment=amendment)

    def public_view(self) -> dict[str, Any]:
        """A JSON-ready public view: confidential fields and personal data left out.

        A matter not to be disclosed by law shows only its title and decision body.
        """
        if self.confidential:
            return {"title": self.title, "decision_body": self.decision_body}
        view: dict[str, Any] = public_dict(self)
        return view


def street_office_unbound(body_kind: BodyKind, profile: Profile | str | None, on: dt.date) -> bool:
    """Whether the body is a street office that the profile's D11 on ``on`` does not bind to 713号令.

    713号令 binds county-level and higher local governments (Art. 2) and, 参照, their departments and township
    governments (Art. 42); a street office is named in neither and is bound only where a profile adopts the
    regulation for it (the seed, 二(一)2: the ``street-offices`` tag). Where none does, the rules are applied
    as if it were bound, and nothing is refused and no finding is an error.
    """
    if body_kind is not BodyKind.STREET_OFFICE:
        return False
    value = guard_rule(profile, "D11", on)
    # No D11 in force on the day (713号令 not yet in force): the scope question is not raised, as D11's info
    # is not given; the rules in force are judged as they read.
    return value is not None and not value.has_tag("street-offices")


def exploratory_exception(profile: Profile | str | None, on: dt.date) -> bool:
    """Whether the profile's D6 on ``on`` carries the exploratory-reform exception (713号令 Art. 25 ¶2).

    Read from the rule value's ``exceptions`` (national only: DECISIONS.md, "Rule profiles").
    """
    value = guard_rule(profile, "D6", on)
    return value is not None and value.has_exception("exploratory-reform")
