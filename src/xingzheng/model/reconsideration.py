"""行政复议案件 — a reconsideration case under the 行政复议法 (2023, in force from 2024-01-01).

The case names the act it challenges by identifier (an `EnforcementCase`'s case number or a
`DisclosureRequest`'s id); `xingzheng.checks.links.check_all` follows the link. Its periods (R1–R8) follow
Art. 88: 三日、五日、七日、十日 are working days, longer periods calendar days. An obstacle (Art. 20 ¶2) is
recorded as an interval left out of the application period.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model._public import public_dict
from xingzheng.model.enforcement import Party
from xingzheng.model.litigation import Litigation, LitigationOutcome
from xingzheng.model.values import check_date_order, non_empty

__all__ = [
    "ApplicationCorrection",
    "ChallengedAct",
    "ChallengedKind",
    "DecisionExtension",
    "Forwarding",
    "Litigation",
    "LitigationOutcome",
    "OpinionLetter",
    "ReconsiderationCase",
    "ReconsiderationDecision",
    "ReconsiderationHearing",
    "ReconsiderationOutcome",
    "ReconsiderationProcedure",
    "ReconsiderationSuspension",
    "RespondentAnswer",
]

R6_CITATION = "行政复议法（2023） 第六十二条第一款：“但是延长期限最多不得超过三十日”"


class ChallengedKind(enum.Enum):
    """被申请复议的行政行为 — what kind of act is challenged (a link target where there is one)."""

    ENFORCEMENT_CASE = "enforcement_case"  # 行政处罚决定（EnforcementCase.case_number）
    DISCLOSURE_REQUEST = "disclosure_request"  # 政府信息公开答复（DisclosureRequest.request_id）
    OTHER = "other"


class ReconsiderationProcedure(enum.Enum):
    """审理程序 — ordinary or simple procedure (Art. 36, 53).

    A case converted from the simple to the ordinary procedure (Art. 55) is recorded as ``ORDINARY``: its
    decision period is then the ordinary one from acceptance, and the answer is judged by the longer
    ordinary period (the reading with fewer false errors; docs/decisions.md).
    """

    ORDINARY = "ordinary"
    SIMPLE = "simple"


class ReconsiderationOutcome(enum.Enum):
    """复议决定 — the decision (Art. 63–69, 73)."""

    UPHELD = "upheld"  # 维持 (68)
    CHANGED = "changed"  # 变更 (63)
    REVOKED = "revoked"  # 撤销或者部分撤销 (64)
    CONFIRMED_UNLAWFUL = "confirmed_unlawful"  # 确认违法 (65)
    CONFIRMED_VOID = "confirmed_void"  # 确认无效 (67)
    ORDERED_TO_ACT = "ordered_to_act"  # 责令履行 (66)
    CLAIM_DISMISSED = "claim_dismissed"  # 驳回复议请求 (69)
    APPLICATION_DISMISSED = "application_dismissed"  # 驳回申请 (33)
    MEDIATED = "mediated"  # 调解书 (73)
    TERMINATED = "terminated"  # 终止 (41)

    @property
    def undoes_the_act(self) -> bool:
        """Changed, revoked, confirmed unlawful or void: a published penalty decision must be withdrawn
        (行政处罚法 Art. 48 ¶2)."""
        return self in _UNDOING


_UNDOING = frozenset(
    {
        ReconsiderationOutcome.CHANGED,
        ReconsiderationOutcome.REVOKED,
        ReconsiderationOutcome.CONFIRMED_UNLAWFUL,
        ReconsiderationOutcome.CONFIRMED_VOID,
    }
)


@attrs.frozen
class ChallengedAct:
    """被申请复议的行政行为 — the act challenged, by identifier.

    Attributes:
        kind: an enforcement case, a disclosure request, or another act.
        identifier: the linked record's case number or request id (or the act's own reference).
        acted_on: the day the act was made (R2 counts from it).
        real_property: the application concerns real property (不动产, R2: 20 years).
        on_the_spot: a penalty decided on the spot (Art. 23(一): reconsideration first; Art. 32).
    """

    kind: ChallengedKind
    identifier: str = attrs.field(validator=non_empty)
    acted_on: dt.date | None = None
    real_property: bool = False
    on_the_spot: bool = False


@attrs.frozen
class ApplicationCorrection:
    """补正 — the written notice to correct the application and the corrections (R4, Art. 31).

    Attributes:
        notified_on: the day the notice was given.
        corrected_on: the day the corrections were received (None: not received).
        deemed_abandoned: not corrected in time without good reason: the application is deemed abandoned.
    """

    notified_on: dt.date
    corrected_on: dt.date | None = None
    deemed_abandoned: bool = False

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "notified_on", "corrected_on")
        if self.deemed_abandoned and self.corrected_on is not None:
            raise InvariantError(
                bilingual("已补正的申请不能视为放弃", "a corrected application cannot be deemed abandoned"),
                "deemed_abandoned",
            )


@attrs.frozen
class Forwarding:
    """转送 — an application lodged with the penalty body, forwarded to the reconsideration body (Art. 32).

    Attributes:
        lodged_on: the day the penalty body received the application.
        forwarded_on: the day it forwarded it (None: not yet, or it did not mean to uphold the decision).
    """

    lodged_on: dt.date
    forwarded_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "lodged_on", "forwarded_on")


@attrs.frozen
class RespondentAnswer:
    """被申请人答复 — the copy sent to the respondent and its written answer (R5, Art. 48, 54).

    Attributes:
        copy_received_on: the day the respondent received the copy of the application.
        answered_on: the day of its written answer with the evidence and basis (None: none).
    """

    copy_received_on: dt.date
    answered_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "copy_received_on", "answered_on")


@attrs.frozen
class ReconsiderationHearing:
    """听证 — a hearing (R7, Art. 50–51).

    Attributes:
        notified_on: the day the parties were notified in writing.
        held_on: the day of the hearing.
        respondent_head_attended: whether the respondent's head took part (Art. 51 ¶3; None: not recorded).
    """

    notified_on: dt.date
    held_on: dt.date
    respondent_head_attended: bool | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "notified_on", "held_on")


@attrs.frozen
class DecisionExtension:
    """延长审理期限 — an extension of the decision period (R6, Art. 62 ¶1).

    Attributes:
        days: how many days.
        decided_on: the day it was approved.
        parties_told_in_writing: whether the parties were told in writing (None: not recorded).
    """

    days: int
    decided_on: dt.date
    parties_told_in_writing: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.days < 1:
            raise InvariantError(bilingual("延长天数须为正数", "an extension is a positive number of days"), "days")


@attrs.frozen
class ReconsiderationSuspension:
    """行政复议中止 — a suspension of the case (Art. 39); its days are left out of the decision period (R6).

    Attributes:
        suspended_on: the first day of the suspension.
        resumed_on: the day the hearing of the case resumed (None: still suspended; for a case decided on
            its merits, not recorded: ``R6.resumption-not-recorded`` where it decides the period).
        reason: why (one of Art. 39 ¶1's items; the list ends with 其他情形, so it is open).
    """

    suspended_on: dt.date
    resumed_on: dt.date | None = None
    reason: str | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "suspended_on", "resumed_on")


def _to_suspensions(value: Iterable[ReconsiderationSuspension]) -> tuple[ReconsiderationSuspension, ...]:
    return tuple(value)


@attrs.frozen
class ReconsiderationDecision:
    """行政复议决定 — the decision.

    Attributes:
        outcome: upheld, changed, revoked, confirmed unlawful or void, ordered to act, dismissed…
        decided_on: the day it was made.
        published_online: whether the decision was published online (seed: 推进行政复议决定书网上公开;
            None: not recorded).
        served_on: the day the decision was served: it takes effect then (Art. 75 ¶2; None: not recorded,
            read as the decision day).
    """

    outcome: ReconsiderationOutcome
    decided_on: dt.date
    published_online: bool | None = None
    served_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "decided_on", "served_on")


@attrs.frozen
class OpinionLetter:
    """行政复议意见书 — an opinion letter to the respondent or a lower organ (R8, Art. 76).

    Attributes:
        addressee: the organ that received it.
        received_on: the day it received the letter.
        reported_on: the day it reported the correction (None: not yet).
    """

    addressee: str
    received_on: dt.date
    reported_on: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "received_on", "reported_on")


def _to_letters(value: Iterable[OpinionLetter]) -> tuple[OpinionLetter, ...]:
    return tuple(value)


@attrs.frozen
class ReconsiderationCase:
    """行政复议案件 — a reconsideration case.

    Attributes:
        case_id: the reconsideration case number, as issued.
        body: the reconsideration body (行政复议机关).
        applicant: the applicant (a citizen's data are personal; an organisation's name is public).
        respondent: the respondent agency (被申请人).
        challenged: the act challenged, linked by identifier.
        knew_on: the day the applicant knew or should have known of the act (R1; None: not recorded).
        told_of_rights: whether the act told the applicant of the right, the body and the period (None:
            not recorded).
        learned_rights_on: when not told, the day the applicant learned them (R1 counts from it).
        obstacle_from: the first day of an obstacle that held the period up (Art. 20 ¶2).
        obstacle_until: the day the obstacle was removed.
        applied_on: the day the body received the application.
        procedure: ordinary or simple.
        forwarding: an application lodged with the penalty body and forwarded (R5, Art. 32).
        correction: a correction notice (R4).
        accepted_on: the day it was accepted (None: not recorded; deemed accepted when the examination
            period ends, Art. 30 ¶3).
        not_accepted_on: the day the body decided not to accept it.
        answer: the respondent's copy and answer (R5).
        hearing: a hearing (R7).
        extension: an extension of the decision period (R6).
        decision: the decision.
        opinion_letters: opinion letters and correction reports (R8).
        litigation: litigation afterwards (facts).
        suspensions: suspensions of the case (中止, Art. 39; their days are left out of the decision period).
    """

    case_id: str = attrs.field(validator=non_empty)
    body: str
    applicant: Party
    respondent: str
    challenged: ChallengedAct
    applied_on: dt.date
    knew_on: dt.date | None = None
    told_of_rights: bool | None = None
    learned_rights_on: dt.date | None = None
    obstacle_from: dt.date | None = None
    obstacle_until: dt.date | None = None
    procedure: ReconsiderationProcedure = ReconsiderationProcedure.ORDINARY
    forwarding: Forwarding | None = None
    correction: ApplicationCorrection | None = None
    accepted_on: dt.date | None = None
    not_accepted_on: dt.date | None = None
    answer: RespondentAnswer | None = None
    hearing: ReconsiderationHearing | None = None
    extension: DecisionExtension | None = None
    decision: ReconsiderationDecision | None = None
    opinion_letters: tuple[OpinionLetter, ...] = attrs.field(default=(), converter=_to_letters)
    litigation: Litigation | None = None
    suspensions: tuple[ReconsiderationSuspension, ...] = attrs.field(default=(), converter=_to_suspensions)

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "knew_on", "applied_on")
        check_date_order(self, "knew_on", "learned_rights_on")
        check_date_order(self, "obstacle_from", "obstacle_until")
        if (self.obstacle_from is None) != (self.obstacle_until is None):
            raise InvariantError(
                bilingual("障碍的起止日期须同时记录", "an obstacle needs both its first and its last day"),
                "obstacle_until" if self.obstacle_until is None else "obstacle_from",
            )
        for name in ("accepted_on", "not_accepted_on"):
            check_date_order(self, "applied_on", name)
        if self.accepted_on is not None and self.not_accepted_on is not None:
            raise InvariantError(
                bilingual("同一申请不能既受理又不予受理", "an application cannot be both accepted and not accepted"),
                "not_accepted_on",
            )
        for field, day in (
            ("correction.notified_on", None if self.correction is None else self.correction.notified_on),
            ("decision.decided_on", None if self.decision is None else self.decision.decided_on),
            ("hearing.notified_on", None if self.hearing is None else self.hearing.notified_on),
            *((f"suspensions[{i}].suspended_on", item.suspended_on) for i, item in enumerate(self.suspensions)),
        ):
            if day is not None and day < self.applied_on:
                raise InvariantError(
                    bilingual(f"{field} 早于 applied_on", f"{field} is before applied_on"), field
                )

    # --- derived facts ---------------------------------------------------------------------------

    @property
    def examination_starts_on(self) -> dt.date | None:
        """The day the acceptance examination counts from: receipt, or receipt of the corrections (Art. 31
        ¶3); None while corrections are awaited or the application is deemed abandoned."""
        if self.correction is not None:
            return self.correction.corrected_on
        return self.applied_on

    @property
    def reference_date(self) -> dt.date:
        """The day the case is dated by (the rules in force then apply): the application."""
        return self.applied_on

    @property
    def title(self) -> str:
        """A short label: the case number."""
        return self.case_id

    def public_view(self) -> dict[str, Any]:
        """A JSON-ready public view: the applicant's personal data left out, free text scrubbed."""
        view: dict[str, Any] = public_dict(self)
        return view

    # --- lifecycle -------------------------------------------------------------------------------

    def extend(self, days: int, decided_on: dt.date, *, told_in_writing: bool | None = True, profile: Any = None) -> ReconsiderationCase:
        """Extend the decision period (ordinary procedure); refused beyond the longest extension (R6: 不得超过).

        Raises:
            ProcedureError: R6, when ``days`` exceeds ``reconsideration.decision_extension.max`` in force on
                ``decided_on``, the case is in the simple procedure, or it was already extended or decided.
        """
        if self.decision is not None or self.extension is not None or self.procedure is ReconsiderationProcedure.SIMPLE:
            raise ProcedureError(
                bilingual(
                    "已决定、已延长或适用简易程序，不能延长",
                    "decided, already extended, or in the simple procedure: no extension",
                ),
                "R6",
                R6_CITATION,
            )
        from xingzheng.rules import Profile, load_profile

        prof = profile if isinstance(profile, Profile) else load_profile(profile or "national")
        limit = prof.find("reconsideration.decision_extension.max", decided_on)
        if limit is not None and days > limit.value:
            raise ProcedureError(
                bilingual(f"延长 {days} 日，超过最长 {limit.value} 日", f"an extension of {days} days exceeds the longest, {limit.value}"),
                "R6",
                R6_CITATION,
            )
        return attrs.evolve(self, extension=DecisionExtension(days, decided_on, told_in_writing))

    def decide(self, outcome: ReconsiderationOutcome, on: dt.date, *, published_online: bool | None = None) -> ReconsiderationCase:
        """Record the decision (a new record)."""
        if self.decision is not None:
            raise ProcedureError(bilingual("已作出决定", "the case is already decided"), "R6", R6_CITATION)
        return attrs.evolve(self, decision=ReconsiderationDecision(outcome, on, published_online))
