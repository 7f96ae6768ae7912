"""合法性审核 — the legality review of a normative document, a major decision, an enforcement decision or a contract.

The review clock (L1) starts on the day the materials are complete, that day not counted, and starts
again when the materials are returned or a supplement is requested (seed 一 ¶3; 115号 （五）;
713号令 Art. 26 ¶1; 民法典 Art. 201).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model.values import Consultation, check_date_order, to_consultations

__all__ = [
    "L1_CITATION",
    "LegalityReview",
    "ReturnKind",
    "ReviewForm",
    "ReviewMaterial",
    "ReviewOpinion",
    "ReviewReturn",
    "Reviewer",
    "ReviewerRole",
    "SubjectKind",
]

#: Where the L1 clock rule comes from (the restart after a return is the library's reading).
L1_CITATION = (
    "大港街2020年法治政府建设情况报告 一 ¶3 “自收齐材料之日起”; 国办发〔2018〕115号 （五）; "
    "重大行政决策程序暂行条例 Art. 26 ¶1"
)


class SubjectKind(enum.Enum):
    """审核对象 — what is reviewed."""

    NORMATIVE_DOCUMENT = "normative_document"  # 行政规范性文件（合法性审核）
    MAJOR_DECISION = "major_decision"  # 重大行政决策（合法性审查）
    ENFORCEMENT_DECISION = "enforcement_decision"  # 重大执法决定（法制审核）
    CONTRACT = "contract"  # 合同（合法合规性审查）


class ReviewOpinion(enum.Enum):
    """审核意见 — the review's conclusion (115号 （六）: 合法、不合法、应当予以修改).

    The JSON values are English snake case like every other enum; ``label`` is the Chinese name. Format
    version 1 wrote the Chinese names as the values: `loads` still reads them (``ReviewOpinion("合法")``
    is `LAWFUL`).
    """

    LAWFUL = "lawful"  # 合法
    UNLAWFUL = "unlawful"  # 不合法
    MUST_BE_AMENDED = "must_be_amended"  # 应当予以修改

    @property
    def label(self) -> str:
        """The Chinese name (``合法``, ``不合法``, ``应当予以修改``)."""
        return _OPINION_LABELS[self]

    @classmethod
    def _missing_(cls, value: object) -> ReviewOpinion | None:
        # The values of format version 1 (the Chinese names) are read as the members they name.
        return _OPINION_BY_LABEL.get(value) if isinstance(value, str) else None


_OPINION_LABELS: dict[ReviewOpinion, str] = {
    ReviewOpinion.LAWFUL: "合法",
    ReviewOpinion.UNLAWFUL: "不合法",
    ReviewOpinion.MUST_BE_AMENDED: "应当予以修改",
}
_OPINION_BY_LABEL: dict[str, ReviewOpinion] = {label: member for member, label in _OPINION_LABELS.items()}


class ReviewerRole(enum.Enum):
    """审核人员 — who takes part in a review."""

    LEGAL_OFFICE = "legal_office"  # 司法行政部门 / 法制机构 / 指定的审核机构或人员
    LEGAL_ADVISER = "legal_adviser"  # 法律顾问
    GOVERNMENT_LAWYER = "government_lawyer"  # 公职律师
    EXPERT = "expert"  # 专家
    OTHER = "other"


class ReviewForm(enum.Enum):
    """审核形式 — what was actually done; only `REVIEW` is a review (L4)."""

    REVIEW = "review"  # 合法性审核
    CONSULTATION_ONLY = "consultation_only"  # 以征求意见代替
    COUNTERSIGNATURE = "countersignature"  # 以会签代替
    DELIBERATION_ATTENDANCE = "deliberation_attendance"  # 以参加审议代替


class ReviewMaterial(enum.Enum):
    """送审材料 — the materials submitted for review (115号 （五）, N11)."""

    DRAFT_AND_EXPLANATION = "draft_and_explanation"  # 文件送审稿及其说明
    LEGAL_BASIS = "legal_basis"  # 制定文件所依据的法律法规
    COMMENTS_AND_ADOPTION = "comments_and_adoption"  # 征求意见及意见采纳情况
    DRAFTING_UNIT_LEGALITY_OPINION = "drafting_unit_legality_opinion"  # 起草单位的合法性审查意见
    OTHER = "other"


class ReturnKind(enum.Enum):
    """退回或补充 — why the review clock stopped."""

    RETURNED = "returned"  # 退回
    SUPPLEMENT_REQUESTED = "supplement_requested"  # 要求补充材料


@attrs.frozen
class Reviewer:
    """审核人员 — a unit or officer taking part in a review (officers' names are public).

    Attributes:
        role: legal office, legal adviser, government lawyer, expert, other.
        name: the unit or officer.
        first_time: whether the officer reviews for the first time (行政处罚法 Art. 58 ¶2).
        legal_qualification: whether the officer holds the national legal professional qualification
            (None: not recorded).
    """

    role: ReviewerRole
    name: str
    first_time: bool = False
    legal_qualification: bool | None = None


@attrs.frozen
class ReviewReturn:
    """退回 / 补充材料 — materials returned or a supplement requested; the clock starts again when complete.

    Attributes:
        kind: returned or supplement requested.
        returned_on: the day the materials were returned or the supplement requested.
        complete_again_on: the day the materials were complete again (None: still awaited).
        reason: why.
    """

    kind: ReturnKind
    returned_on: dt.date
    complete_again_on: dt.date | None = None
    reason: str | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "returned_on", "complete_again_on")


def _to_returns(value: Iterable[ReviewReturn]) -> tuple[ReviewReturn, ...]:
    return tuple(value)


def _to_reviewers(value: Iterable[Reviewer]) -> tuple[Reviewer, ...]:
    return tuple(value)


def _to_materials(value: Iterable[ReviewMaterial]) -> tuple[ReviewMaterial, ...]:
    return tuple(value)


@attrs.frozen
class LegalityReview:
    """合法性审核 — a legality review (审核 of a document, 审查 of a decision, 法制审核 of an enforcement decision).

    Attributes:
        subject_kind: what is reviewed.
        requested_on: the day the review was requested (送审).
        materials_complete_on: the day the materials were first complete (None: not yet).
        returns: returns and supplement requests, in order; each restarts the clock (L1).
        materials: the materials submitted (N11).
        form: what was done; consultation, countersigning or deliberation do not replace a review (L4).
        reviewing_body: the unit that reviews (e.g. 大港街司法所).
        reviewing_body_designated: whether it is the designated review body or staff (of the unit itself,
            or the one the county-level government designates; N10; None: not recorded).
        reviewers: units and officers taking part: legal office, legal advisers, government lawyers.
        consultations: opinions the reviewer sought (written consultation, symposium, expert panel).
        hard_question: a hard legal question the reviewer flagged (N6: needs written consultation and a
            symposium, expert panel or similar).
        opinion: lawful, unlawful or must be amended (None: not given yet).
        written: whether the opinion is in writing (L3).
        reasons: the reasons of the opinion.
        completed_on: the day the opinion was given.
        short_period_reason: the recorded reason for a review shorter than the general minimum (urgency,
            an emergency, an urgent order of a superior).
        opinion_followed: for contracts, whether the contract was amended and performed as the opinion
            says (L5; None: not recorded).
    """

    subject_kind: SubjectKind
    requested_on: dt.date
    materials_complete_on: dt.date | None = None
    returns: tuple[ReviewReturn, ...] = attrs.field(default=(), converter=_to_returns)
    materials: tuple[ReviewMaterial, ...] = attrs.field(default=(), converter=_to_materials)
    form: ReviewForm = ReviewForm.REVIEW
    reviewing_body: str | None = None
    reviewing_body_designated: bool | None = None
    reviewers: tuple[Reviewer, ...] = attrs.field(default=(), converter=_to_reviewers)
    consultations: tuple[Consultation, ...] = attrs.field(default=(), converter=to_consultations)
    hard_question: bool = False
    opinion: ReviewOpinion | None = None
    written: bool = True
    reasons: str | None = None
    completed_on: dt.date | None = None
    short_period_reason: str | None = None
    opinion_followed: bool | None = None

    def __attrs_post_init__(self) -> None:
        # `check_date_order`'s tests inlined (they run for every review read); it is called to raise.
        requested, complete, completed = self.requested_on, self.materials_complete_on, self.completed_on
        if requested is not None and complete is not None and complete < requested:
            check_date_order(self, "requested_on", "materials_complete_on")
        if requested is not None and completed is not None and completed < requested:
            check_date_order(self, "requested_on", "completed_on")
        if self.returns:
            self._check_returns()
        if (self.opinion is None) != (self.completed_on is None):
            raise InvariantError(
                bilingual(
                    "审核意见与出具日期须同时记录",
                    "an opinion and the day it was given are recorded together",
                ),
                "completed_on" if self.completed_on is None else "opinion",
            )

    def _check_returns(self) -> None:
        # Returns are recorded in order: each after the request and after the previous one was answered
        # (materials complete again); only the last may still await its materials.
        previous: ReviewReturn | None = None
        for index, item in enumerate(self.returns):
            if item.returned_on < self.requested_on:
                raise InvariantError(
                    bilingual(
                        f"returns[{index}].returned_on 早于 requested_on",
                        f"returns[{index}].returned_on is before requested_on",
                    ),
                    f"returns[{index}].returned_on",
                )
            if previous is not None:
                if previous.complete_again_on is None:
                    raise InvariantError(
                        bilingual(
                            f"returns[{index - 1}] 尚待补齐材料，其后不能再有退回",
                            f"returns[{index - 1}] still awaits its materials: no later return can follow it",
                        ),
                        f"returns[{index - 1}].complete_again_on",
                    )
                if item.returned_on < previous.complete_again_on:
                    raise InvariantError(
                        bilingual(
                            f"returns[{index}].returned_on 早于 returns[{index - 1}].complete_again_on",
                            f"returns[{index}].returned_on is before returns[{index - 1}].complete_again_on",
                        ),
                        f"returns[{index}].returned_on",
                    )
            previous = item

    # --- derived facts ---------------------------------------------------------------------------

    @property
    def awaiting_materials(self) -> bool:
        """True while the materials are not complete (never complete, or a return not yet answered)."""
        return self.clock_starts_on is None

    @property
    def clock_starts_on(self) -> dt.date | None:
        """The day the review clock counts from (not counted itself): the last complete-materials day (L1).

        With returns, the day the materials were complete again after the last one (None while it is
        awaited), or `materials_complete_on` if that is later; days before it do not count. Materials
        returned on submission, before they were ever complete, count from the day they were complete.
        """
        complete = self.materials_complete_on
        if self.returns:
            again = self.returns[-1].complete_again_on
            if again is None or complete is None or again >= complete:
                return again
        return complete

    @property
    def passed(self) -> bool:
        """True when the opinion is "lawful"."""
        return self.opinion is ReviewOpinion.LAWFUL

    # --- lifecycle -------------------------------------------------------------------------------

    def materials_completed(self, on: dt.date) -> LegalityReview:
        """Record that the materials are complete (first time, or again after a return): the clock (re)starts."""
        if self.opinion is not None:
            raise ProcedureError(
                bilingual(
                    "审核意见已出具，不能再补充材料", "the opinion is given; materials can no longer change"
                ),
                "L1",
                L1_CITATION,
            )
        if self.returns and self.returns[-1].complete_again_on is None:
            last = attrs.evolve(self.returns[-1], complete_again_on=on)
            # Returned on submission, before the materials were ever complete: this is their first day.
            first = self.materials_complete_on if self.materials_complete_on is not None else on
            return attrs.evolve(self, materials_complete_on=first, returns=(*self.returns[:-1], last))
        if self.materials_complete_on is None:
            return attrs.evolve(self, materials_complete_on=on)
        raise ProcedureError(
            bilingual("材料已齐全，没有待补充的退回", "the materials are complete; no return awaits them"),
            "L1",
            L1_CITATION,
        )

    def returned(
        self, on: dt.date, kind: ReturnKind = ReturnKind.SUPPLEMENT_REQUESTED, reason: str | None = None
    ) -> LegalityReview:
        """Return the materials or request a supplement: the clock stops and starts again when complete (L1)."""
        if self.opinion is not None:
            raise ProcedureError(
                bilingual(
                    "审核意见已出具，不能退回", "the opinion is given; the materials cannot be returned"
                ),
                "L1",
                L1_CITATION,
            )
        if self.returns and self.returns[-1].complete_again_on is None:
            raise ProcedureError(
                bilingual(
                    "材料已退回或已要求补充，尚未补齐，不能再次退回",
                    "the materials were returned or a supplement requested and are not complete yet",
                ),
                "L1",
                L1_CITATION,
            )
        return attrs.evolve(
            self, returns=(*self.returns, ReviewReturn(kind=kind, returned_on=on, reason=reason))
        )

    def give_opinion(
        self,
        opinion: ReviewOpinion,
        on: dt.date,
        reasons: str | None = None,
    ) -> LegalityReview:
        """Record the opinion; refused while the materials are incomplete or before they were complete (L1).

        Raises:
            ProcedureError: L1, when the materials are not complete or ``on`` precedes the clock start.
        """
        start = self.clock_starts_on
        if start is None:
            raise ProcedureError(
                bilingual(
                    "材料尚未收齐，不能出具审核意见",
                    "the materials are not complete: no opinion can be given",
                ),
                "L1",
                L1_CITATION,
            )
        if on < start:
            raise ProcedureError(
                bilingual(
                    f"审核意见日期（{on.isoformat()}）早于收齐材料之日（{start.isoformat()}）",
                    f"the opinion ({on.isoformat()}) would precede the materials-complete date ({start.isoformat()})",
                ),
                "L1",
                L1_CITATION,
            )
        if self.opinion is not None:
            raise ProcedureError(
                bilingual("审核意见已出具", "the opinion has already been given"),
                "L3",
                "国办发〔2018〕115号 （六）",
            )
        return attrs.evolve(self, opinion=opinion, completed_on=on, reasons=reasons)
