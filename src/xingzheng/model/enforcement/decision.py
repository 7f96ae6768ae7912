"""处罚决定 — the decision stage: collective discussion, the penalty decision, and when a legal review is required."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from xingzheng.errors import InvariantError, bilingual
from xingzheng.model.enforcement._base import (
    HEAVY_KINDS,
    PenaltyKind,
    ProcedureKind,
    _is_date,
    _not_blank,
    _not_negative,
)
from xingzheng.model.values import check_date_order, to_document_number, to_str_tuple

if TYPE_CHECKING:
    from xingzheng.model.enforcement.case import EnforcementCase
    from xingzheng.model.review import LegalityReview


@attrs.frozen
class CollectiveDecision:
    """集体讨论决定 — collective discussion by the agency's heads (E15).

    Attributes:
        decided_on: the day of the discussion.
        participants: who took part (officials' names are public).
    """

    decided_on: dt.date = attrs.field(validator=_is_date)
    participants: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)


@attrs.frozen
class DecisionLimit:
    """另有规定的决定期限 — a decision limit a law, regulation or rule sets instead of Art. 60's 90 days (E7).

    2021 Art. 60: "法律、法规、规章另有规定的，从其规定". Such provisions (a department's procedural rule that
    allows an approved extension, or leaves the days of a suspension, a hearing, a public notice or an
    expert examination out of the count) are not in ``laws/``: the library cannot verify them and judges
    the decision by what the record says the provision gives.

    Attributes:
        basis: the law, regulation or rule and its article (free text, e.g. "某规章第六十四条").
        due_on: the last day for the decision under that provision, approved extensions and days not
            counted included (None: not recorded).
        days_not_counted: calendar days the provision leaves out of the 90 (中止、听证、公告、鉴定 …), when
            ``due_on`` is not recorded (0: none recorded).
    """

    basis: str = attrs.field(validator=_not_blank)
    due_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    days_not_counted: int = attrs.field(default=0, validator=_not_negative)


def _to_kinds(value: Iterable[PenaltyKind]) -> tuple[PenaltyKind, ...]:
    return tuple(value)


@attrs.frozen
class PenaltyDecision:
    """行政处罚决定 — the decision: procedure, penalties, amount, and what the document states.

    Attributes:
        decided_on: the day the decision was made.
        procedure: summary (on the spot) or general.
        penalties: the penalties imposed (empty: no penalty).
        fine_yuan: the fine in yuan (0 when none).
        large_amount: a large fine or confiscation (较大数额, a heavy penalty, E12).
        social_impact: the decision has a certain social impact (E10: published).
        states_remedies: the document states the ways and time limits of reconsideration and litigation (E16).
        sealed: the document carries the agency's seal (E16).
        filed_with_agency_on: for a summary decision, the day it was filed with the agency (E13).
        document_number: the decision's number, as issued, normalised to NFKC (a `NormalisedNumber`
            remembering what was written, as `NormativeDocument.document_number`).
        summary: a summary of the decision (free text).
        hearing_right: whether the penalty is of a kind that carries the right to a hearing (2021 Art. 63
            ¶1 (一)–(六); 2017 Art. 42 ¶1, an open list ending in 等); None: read from ``penalties`` and
            ``large_amount`` (see `carries_hearing_right`). Record True for "other heavier penalties" and
            those a law, regulation or rule names, False where a listed kind is not heavy here.
        amended_per_review: after a "must be amended" legal review opinion, whether the decision was amended
            as the opinion says (E6; None: not recorded).
        reconsideration_first_told: for an on-the-spot (summary procedure) decision, whether it told the
            party to apply for administrative reconsideration first (行政复议法 2023 Art. 23 ¶1(一), ¶2; R3;
            None: not recorded).
    """

    decided_on: dt.date = attrs.field(validator=_is_date)
    procedure: ProcedureKind = ProcedureKind.GENERAL
    penalties: tuple[PenaltyKind, ...] = attrs.field(default=(), converter=_to_kinds)
    fine_yuan: int = attrs.field(default=0, validator=_not_negative)
    large_amount: bool = False
    social_impact: bool = False
    states_remedies: bool = True
    sealed: bool = True
    filed_with_agency_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    document_number: str | None = attrs.field(default=None, converter=to_document_number)
    summary: str = ""
    hearing_right: bool | None = None
    amended_per_review: bool | None = None
    reconsideration_first_told: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.fine_yuan > 0 and PenaltyKind.FINE not in self.penalties:
            raise InvariantError(
                bilingual(
                    "有罚款数额但处罚种类中没有罚款", "a fine amount without the fine among the penalties"
                ),
                "fine_yuan",
            )
        check_date_order(self, "decided_on", "filed_with_agency_on")

    @property
    def heavy(self) -> bool:
        """A heavy penalty: a large amount or a kind that needs the hearing right told (Art. 63)."""
        return self.large_amount or any(kind in HEAVY_KINDS for kind in self.penalties)

    @property
    def carries_hearing_right(self) -> bool:
        """Whether the party has the right to a hearing before this decision (E12).

        The recorded ``hearing_right`` when there is one; else a large fine or confiscation, or a kind
        listed in Art. 63 ¶1 (三)(四) (lowered qualification, revoked licence, suspension, closure,
        restricted employment). A fine that is not of a large amount carries no hearing right.
        """
        if self.hearing_right is not None:
            return self.hearing_right
        return self.heavy


def review_required(case: EnforcementCase) -> bool:
    """Whether 行政处罚法 (2021) Art. 58 ¶1 requires a legal review before this case's decision.

    Its four cases: a major public interest; major rights of the party or a third party, after a hearing;
    a difficult and complex case involving several legal relations; a law or regulation requires it.
    Art. 58 sits in 第五章第三节 普通程序: an on-the-spot (summary) decision (第二节 简易程序) needs none.
    """
    if case.decision is not None and case.decision.procedure is ProcedureKind.SUMMARY:
        return False
    return (
        case.major_public_interest
        or (case.major_rights and case.hearing is not None)
        or case.complex_case
        or case.review_required_by_law
    )


def review_allows(review: LegalityReview, decision: PenaltyDecision) -> bool:
    """Whether a completed review lets the decision be made under 2021 Art. 58 ("审核未通过的，不得作出决定").

    A "lawful" opinion passes. An "unlawful" one does not. A "must be amended" opinion (应当予以修改) has
    not passed the decision as it was drafted: read with Art. 58, the decision may be made once amended
    as the opinion says, so it passes unless the record says the decision was *not* amended
    (``amended_per_review`` False); not recorded (None) is left to `check` (a warning), never refused.
    """
    from xingzheng.model.review import ReviewOpinion

    if review.opinion is ReviewOpinion.LAWFUL:
        return True
    if review.opinion is ReviewOpinion.MUST_BE_AMENDED:
        return decision.amended_per_review is not False
    return False
