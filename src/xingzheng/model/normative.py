"""行政规范性文件 — a normative document as a frozen record of its making, review, issue and evaluation.

Each stage is a nested value (public comment, legality review, deliberation, publication); repeated steps
are tuples (consultations, evaluations, amendments). Lifecycle methods return a new record or raise
`ProcedureError` (N3, N12), leaving the record untouched.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model._guards import guard_citation, guard_rule
from xingzheng.model._public import CONFIDENTIAL, public_dict
from xingzheng.model.review import LegalityReview, ReviewOpinion, SubjectKind
from xingzheng.model.values import (
    Consultation,
    Publication,
    PublicationChannel,
    check_date_order,
    non_empty,
    to_channels,
    to_consultations,
    to_document_number,
)

if TYPE_CHECKING:
    from xingzheng.rules import Profile

__all__ = [
    "Amendment",
    "AmendmentKind",
    "Deliberation",
    "DocumentEvaluation",
    "EvaluationConclusion",
    "ImpactFlags",
    "NormativeDocument",
    "PublicComment",
]

_N3_FALLBACK = "大港街2020年法治政府建设情况报告 一 ¶3：“征求意见的期限一般不少于7个工作日”"
_N12_FALLBACK = "国办发〔2018〕115号 （七）：“未经合法性审核或者经审核不合法的文件，不得提交集体审议”"


@attrs.frozen
class ImpactFlags:
    """影响范围 — what a document touches; decides which steps it needs (N1, N4, N5, N6, N9).

    Attributes:
        vital_interests: touches the public's vital interests (涉及群众切身利益, N1).
        rights_and_duties: touches the rights and duties of citizens, legal persons or other organisations
            (涉及权利义务: needs a legality review, N6).
        major_rights_effect: materially affects those rights and duties (重大影响, N1).
        enterprises: materially affects enterprises' vital interests or rights and duties (N5).
        major_interest_adjustment: involves a major adjustment of the public's interests (N4).
        high_public_concern: wide-reaching, complex or of high public concern (N6 hard questions).
        internal_only: for internal execution only (management norms, work rules, …: outside review, N9).
    """

    vital_interests: bool = False
    rights_and_duties: bool = False
    major_rights_effect: bool = False
    enterprises: bool = False
    major_interest_adjustment: bool = False
    high_public_concern: bool = False
    internal_only: bool = False


@attrs.frozen
class PublicComment:
    """公开征求意见 — publication of the draft for public comment (N2, N3).

    Attributes:
        opened_on: the day the draft and explanation were published (not counted in the period).
        closes_on: the last day opinions are accepted.
        channels: where the draft was published.
        draft_and_explanation_published: whether the draft and its explanation were both published.
        how_and_by_when_stated: whether the notice names how and by when to give opinions.
        short_period_reason: the recorded reason for a period shorter than the general minimum.
        opinions_received: how many opinions came in (None: not recorded).
    """

    opened_on: dt.date
    closes_on: dt.date
    channels: tuple[PublicationChannel, ...] = attrs.field(default=(), converter=to_channels)
    draft_and_explanation_published: bool = True
    how_and_by_when_stated: bool = True
    short_period_reason: str | None = None
    opinions_received: int | None = None

    def __attrs_post_init__(self) -> None:
        # `check_date_order`'s test inlined (it runs for every record read); it is called to raise.
        if self.closes_on is not None and self.opened_on is not None and self.closes_on < self.opened_on:
            check_date_order(self, "opened_on", "closes_on")
        if self.opinions_received is not None and self.opinions_received < 0:
            raise InvariantError(
                bilingual("意见数量不能为负", "the number of opinions cannot be negative"),
                "opinions_received",
            )


@attrs.frozen
class Deliberation:
    """集体审议 — the issuing body's collective deliberation of the draft (N12).

    Attributes:
        held_on: the day of the meeting.
        meeting: the meeting (e.g. 街道党工委会议 / 主任办公会).
        opinion_fully_adopted: whether the review opinion was fully adopted (None: not recorded).
        non_adoption_reasons: the reasons and basis given at deliberation for not fully adopting it.
    """

    held_on: dt.date
    meeting: str = ""
    opinion_fully_adopted: bool | None = None
    non_adoption_reasons: str | None = None


class EvaluationConclusion(enum.Enum):
    """评估结论 — what an evaluation concluded."""

    KEEP = "keep"  # 继续有效
    AMEND = "amend"  # 修改
    REPEAL = "repeal"  # 废止


@attrs.frozen
class DocumentEvaluation:
    """文件评估 — one evaluation of a document (N8).

    Attributes:
        evaluated_on: the day the evaluation was completed.
        conclusion: keep, amend or repeal.
        results_published_on: the day its results were published (None: not published).
    """

    evaluated_on: dt.date
    conclusion: EvaluationConclusion = EvaluationConclusion.KEEP
    results_published_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        # `check_date_order`'s test inlined (it runs for every evaluation read); it is called to raise.
        published = self.results_published_on
        if published is not None and self.evaluated_on is not None and published < self.evaluated_on:
            check_date_order(self, "evaluated_on", "results_published_on")


class AmendmentKind(enum.Enum):
    """修改或废止 — how a document was changed."""

    AMENDED = "amended"
    REPEALED = "repealed"


@attrs.frozen
class Amendment:
    """修改 / 废止 — an amendment or repeal of the document.

    Attributes:
        kind: amended or repealed.
        decided_on: the day it was decided.
        document_number: the number of the amending or repealing document, as issued.
        reason: why.
    """

    kind: AmendmentKind
    decided_on: dt.date
    document_number: str | None = attrs.field(default=None, converter=to_document_number)
    reason: str | None = None


def _to_evaluations(value: Iterable[DocumentEvaluation]) -> tuple[DocumentEvaluation, ...]:
    return tuple(value)


def _to_amendments(value: Iterable[Amendment]) -> tuple[Amendment, ...]:
    return tuple(value)


@attrs.frozen
class NormativeDocument:
    """行政规范性文件 — an administrative normative document and what happened in making it.

    Attributes:
        title: the title.
        issuing_body: who issues it (制定机关), e.g. 天津市滨海新区大港街道办事处.
        drafting_unit: who drafted it (起草单位).
        document_number: the number as issued (发文字号); a non-conforming one is an F1 finding.
        impact: what it touches.
        confidential: whether it is confidential by law (依法需要保密: no public comment, no publication).
        confidentiality_basis: the legal basis for confidentiality (confidential itself).
        emergency: made at once to prevent, respond to or handle an emergency or to carry out an urgent
            order or decision of a superior (115号 （五）: the national review period does not apply).
        sets_penalty: the text creates an administrative penalty (N13).
        sets_licence: the text creates an administrative licence (N13).
        sets_compulsory_measure: the text creates a compulsory measure (N13).
        public_comment: the public comment, if held.
        consultations: symposiums, expert panels, field visits and other consultations (N4, N5).
        legality_review: the legality review, if any.
        deliberation: the collective deliberation, if held.
        promulgated_on: the day it was made (印发).
        effective_on: the day it enters into force.
        publication: its publication (N14).
        evaluations: its evaluations, in order (N8).
        amendments: its amendments and repeal, in order.
    """

    title: str = attrs.field(validator=non_empty)
    issuing_body: str = attrs.field(validator=non_empty)
    drafting_unit: str = attrs.field(validator=non_empty)
    document_number: str | None = attrs.field(default=None, converter=to_document_number)
    impact: ImpactFlags = ImpactFlags()
    confidential: bool = False
    confidentiality_basis: str | None = attrs.field(default=None, metadata=CONFIDENTIAL)
    emergency: bool = False
    sets_penalty: bool = False
    sets_licence: bool = False
    sets_compulsory_measure: bool = False
    public_comment: PublicComment | None = None
    consultations: tuple[Consultation, ...] = attrs.field(default=(), converter=to_consultations)
    # Process information (讨论记录、过程稿: 政府信息公开条例 Art. 16 ¶2) stays out of public views.
    legality_review: LegalityReview | None = attrs.field(default=None, metadata=CONFIDENTIAL)
    deliberation: Deliberation | None = attrs.field(default=None, metadata=CONFIDENTIAL)
    promulgated_on: dt.date | None = None
    effective_on: dt.date | None = None
    publication: Publication | None = None
    evaluations: tuple[DocumentEvaluation, ...] = attrs.field(default=(), converter=_to_evaluations)
    amendments: tuple[Amendment, ...] = attrs.field(default=(), converter=_to_amendments)

    def __attrs_post_init__(self) -> None:
        # `check_date_order`'s test inlined (it runs for every record read); it is called to raise.
        made, effective = self.promulgated_on, self.effective_on
        if made is not None and effective is not None and effective < made:
            check_date_order(self, "promulgated_on", "effective_on")
        review = self.legality_review
        # The identity test first spares the common case enum's `.value` descriptor (a Python call).
        if (
            review is not None
            and review.subject_kind is not SubjectKind.NORMATIVE_DOCUMENT
            and review.subject_kind.value != "normative_document"
        ):
            raise InvariantError(
                bilingual(
                    "合法性审核的对象须为规范性文件", "the legality review must be of a normative document"
                ),
                "legality_review.subject_kind",
            )
        for index, evaluation in enumerate(self.evaluations):
            if self.promulgated_on is not None and evaluation.evaluated_on < self.promulgated_on:
                raise InvariantError(
                    bilingual(
                        f"evaluations[{index}].evaluated_on 早于 promulgated_on",
                        f"evaluations[{index}].evaluated_on is before promulgated_on",
                    ),
                    f"evaluations[{index}].evaluated_on",
                )

    # --- derived -----------------------------------------------------------------------------------

    @property
    def comment_required(self) -> bool:
        """N1: touches vital interests or materially affects rights and duties, and is not confidential."""
        return (self.impact.vital_interests or self.impact.major_rights_effect) and not self.confidential

    @property
    def review_required(self) -> bool:
        """N6/N9: touches rights and duties (an internal label does not exempt such a document)."""
        return self.impact.rights_and_duties or self.impact.major_rights_effect

    @property
    def repealed_on(self) -> dt.date | None:
        """The day it was repealed, if it was."""
        for amendment in self.amendments:
            if amendment.kind is AmendmentKind.REPEALED:
                return amendment.decided_on
        return None

    # --- lifecycle ---------------------------------------------------------------------------------

    def open_comment(self, comment: PublicComment) -> NormativeDocument:
        """Publish the draft for comment (a new record)."""
        return attrs.evolve(self, public_comment=comment)

    def with_review(self, review: LegalityReview) -> NormativeDocument:
        """Record the legality review (a new record)."""
        return attrs.evolve(self, legality_review=review)

    def deliberation_barred(
        self, on: dt.date, profile: Profile | str | None = None, deliberation: Deliberation | None = None
    ) -> str | None:
        """Why the draft may not go to collective deliberation on ``on`` under N12 (None: it may).

        Only an opinion given by ``on`` counts (the one `check` reads). A document that needs a review may
        not go without an opinion; no document may go with an "unlawful" one (115号 （七）). Given the
        ``deliberation``, an opinion "must be amended" not fully adopted needs its reasons and basis stated
        (115号 （六）); whether it was adopted not being recorded is a warning of `check`, never a refusal.
        Nothing is barred where the profile has no N12 in force on ``on``: `check` then
        reports ``N12.no-rule``. The answer is ``"中文 / English"``.
        """
        if guard_rule(profile, "N12", on) is None:
            return None
        review = self.legality_review
        opinion = (
            review.opinion
            if review is not None and review.completed_on is not None and review.completed_on <= on
            else None
        )
        if opinion is ReviewOpinion.UNLAWFUL:
            return bilingual(
                "经审核不合法的文件，不得提交集体审议",
                "a document found unlawful may not go to collective deliberation",
            )
        if opinion is None:
            if not self.review_required:
                return None
            return bilingual(
                "未经合法性审核的文件，不得提交集体审议",
                "a document without a legality review opinion may not go to collective deliberation",
            )
        if (
            opinion is ReviewOpinion.MUST_BE_AMENDED
            and deliberation is not None
            and deliberation.opinion_fully_adopted is False
            and not deliberation.non_adoption_reasons
        ):
            return bilingual(
                "未完全采纳审核意见的，提请审议时应当说明理由和依据",
                "a review opinion not fully adopted needs its reasons and basis stated at deliberation",
            )
        return None

    def to_deliberation(
        self, deliberation: Deliberation, profile: Profile | str | None = None
    ) -> NormativeDocument:
        """Send the draft to collective deliberation.

        Raises:
            ProcedureError: N12, when a document that needs a review has no opinion given by the day of
                the meeting, or the opinion is "unlawful", or a "must be amended" opinion was not fully
                adopted and no reasons are given (see `deliberation_barred`).
        """
        on = deliberation.held_on
        reason = self.deliberation_barred(on, profile, deliberation)
        if reason is not None:
            raise ProcedureError(reason, "N12", guard_citation(profile, "N12", on, _N12_FALLBACK))
        return attrs.evolve(self, deliberation=deliberation)

    def promulgate(
        self,
        on: dt.date,
        document_number: str | None = None,
        effective_on: dt.date | None = None,
        profile: Profile | str | None = None,
    ) -> NormativeDocument:
        """Make (印发) the document.

        Raises:
            ProcedureError: N3, where `check` would give the error ``N3.promulgated-before-minimum-period``:
                a required public comment, announced for at least the profile's minimum, is still open on
                ``on`` and the minimum has not run (``on`` is on or before its last day; no recorded reason
                where the minimum is "一般"). Once
                the minimum has run, making the document before the announced close is a warning of
                `check`, not a refusal (the text sets a floor only).
        """
        due = self._comment_floor(profile)
        comment = self.public_comment
        if due is not None and comment is not None and on <= comment.closes_on and on <= due:
            raise ProcedureError(
                bilingual(
                    f"公开征求意见的最短期限至 {due.isoformat()} 届满，尚未届满，不得印发",
                    f"the minimum public comment period runs until {due.isoformat()}: the document cannot be made yet",
                ),
                "N3",
                guard_citation(profile, "N3", comment.opened_on, _N3_FALLBACK),
            )
        return attrs.evolve(
            self,
            promulgated_on=on,
            document_number=document_number if document_number is not None else self.document_number,
            effective_on=effective_on if effective_on is not None else self.effective_on,
        )

    def _comment_floor(self, profile: Profile | str | None) -> dt.date | None:
        """The day a required comment may close at the earliest, where promulgating before it is an error.

        None where nothing bars: no required comment, no N3 in force when it opened, no minimum in the
        profile, a comment announced shorter than the minimum (that is the period's finding, not the
        promulgation's), a recorded reason for a "一般" minimum, or a day past the calendar's coverage.
        """
        from xingzheng.calendar import deadline
        from xingzheng.errors import CalendarCoverageError, NoRuleInForceError, NoSuchParameterError
        from xingzheng.model._guards import guard_profile

        comment = self.public_comment
        if not self.comment_required or comment is None:
            return None
        # Judged by the rule in force when the comment opened (the day that starts its clock), as `check`.
        if guard_rule(profile, "N3", comment.opened_on) is None:
            return None
        try:
            minimum = guard_profile(profile).get("normative_document.comment_period.min", comment.opened_on)
            due = deadline(comment.opened_on, minimum.period()).due
        except (NoSuchParameterError, NoRuleInForceError, CalendarCoverageError):
            return None
        if comment.closes_on < due or (minimum.parameter.general and comment.short_period_reason):
            return None
        return due

    def evaluate(self, evaluation: DocumentEvaluation) -> NormativeDocument:
        """Record an evaluation (a new record)."""
        return attrs.evolve(self, evaluations=(*self.evaluations, evaluation))

    def public_view(self) -> dict[str, Any]:
        """A JSON-ready public view: confidential fields left out, personal data masked.

        A document confidential by law shows only its title, issuing body and number.
        """
        if self.confidential:
            return {
                "title": self.title,
                "issuing_body": self.issuing_body,
                "document_number": self.document_number,
            }
        view: dict[str, Any] = public_dict(self)
        return view
