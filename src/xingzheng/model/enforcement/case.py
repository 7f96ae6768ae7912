"""行政执法案件 — the case itself: its fields by stage, its evidence log and its lifecycle methods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model._public import public_dict
from xingzheng.model.enforcement._base import (
    CaseSource,
    _is_date,
    _not_blank,
)
from xingzheng.model.enforcement._log import REPEATED_EVENTS, STAGE_EVENTS, payload_of
from xingzheng.model.enforcement.decision import (
    CollectiveDecision,
    DecisionLimit,
    PenaltyDecision,
    review_allows,
    review_required,
)
from xingzheng.model.enforcement.execution import (
    Closing,
    Execution,
    Payment,
    Publicity,
    RemedyPeriod,
    Service,
)
from xingzheng.model.enforcement.hearing import Defence, Hearing, HearingRequest, PenaltyNotice
from xingzheng.model.enforcement.investigation import (
    AuxiliaryStaff,
    EvidencePreservation,
    Investigation,
    Offence,
    Officer,
    Party,
)
from xingzheng.model.evidence import EventKind, EvidenceLog
from xingzheng.model.litigation import Litigation
from xingzheng.model.review import LegalityReview, SubjectKind


def _to_officers(value: Iterable[Officer]) -> tuple[Officer, ...]:
    return tuple(value)


def _to_preservations(value: Iterable[EvidencePreservation]) -> tuple[EvidencePreservation, ...]:
    return tuple(value)


def _to_payments(value: Iterable[Payment]) -> tuple[Payment, ...]:
    return tuple(value)


def _to_auxiliaries(value: Iterable[AuxiliaryStaff]) -> tuple[AuxiliaryStaff, ...]:
    return tuple(value)


def _to_remedies(value: Iterable[RemedyPeriod]) -> tuple[RemedyPeriod, ...]:
    return tuple(value)


def _enforcement_review(
    instance: object, attribute: attrs.Attribute[Any], value: LegalityReview | None
) -> None:
    if value is not None and value.subject_kind is not SubjectKind.ENFORCEMENT_DECISION:
        raise InvariantError(
            bilingual("法制审核的对象应为执法决定", "the legal review must be of an enforcement decision"),
            "legal_review.subject_kind",
        )


def _unique_certificates(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Officer, ...]
) -> None:
    seen: set[str] = set()
    for index, officer in enumerate(value):
        number = officer.certificate_number.strip()
        if number and number in seen:
            raise InvariantError(
                bilingual(f"执法证号重复：{number}", f"duplicate certificate number: {number}"),
                f"officers[{index}].certificate_number",
            )
        seen.add(number)


def _citation_text(citations: Iterable[Any]) -> str:
    return "; ".join(c.text() for c in citations)


def _resolve(profile: Any) -> Any:
    """The profile a guard reads: a `Profile`, a profile name, or None for ``national``."""
    from xingzheng.rules import Profile, load_profile

    if isinstance(profile, Profile):
        return profile
    return load_profile(profile or "national")


@attrs.frozen
class EnforcementCase:
    """行政执法案件 — an administrative enforcement (penalty) case.

    Attributes:
        case_number: the case number, as issued.
        agency: the enforcement agency.
        source: where the case came from (E1).
        party: the party.
        offence: the violation.
        source_detail: what OTHER means here, or the channel's own reference.
        discovered_on: the day the violation was discovered (E9).
        filed_on: the day the case was filed (立案; E7 counts from it).
        officers: the officers on the case, with their certificates (E2, E11, E18).
        investigation: the investigation or inspection.
        evidence_preservations: evidence held by prior registration (E14).
        notice: notice of the intended penalty and the party's rights (E4).
        defence: the party's statement and defence, or its waiver (E4).
        hearing_request: the party's request for a hearing (E5).
        hearing: the hearing (E5, E12).
        major_public_interest: the case involves a major public interest (E6).
        major_rights: it directly concerns major rights of the party or a third party (E6, with a hearing).
        complex_case: difficult and complex, involving several legal relations (a reviewer-set flag, E6).
        review_required_by_law: a law or regulation requires a legal review (E6).
        complex_or_major_violation: a complex or major violation (E15: collective decision).
        legal_review: the legal review before the decision (法制审核, E6).
        collective_decision: the collective discussion of the heads (E15).
        decision: the penalty decision.
        service: service of the decision (E8).
        remedies: reconsideration or litigation periods (E17).
        litigation: how administrative litigation about the case ended and whether the agency's head
            appeared in court (a fact for the annual figures; no time rule; None: none recorded).
        payments: payments of the fine (E17).
        publicity: publication and withdrawal (E10).
        execution: execution.
        closing: closing and archiving.
        evidence_log: the hash-chained full-process record (E3).
        auxiliary_staff: auxiliary staff (执法辅助人员) who took part; they may not decide (E2).
        decision_limit: the decision limit a law, regulation or rule sets instead of the 90 days from
            filing (2021 Art. 60 "另有规定的，从其规定"; E7; None: Art. 60's own limit applies).
        other_law: a law that provides otherwise on the number of officers or the on-the-spot ceiling
            (2021 Art. 42 ¶1 "法律另有规定的除外", Art. 51 "法律另有规定的，从其规定"): its name and article
            (free text; None: none recorded). The library cannot verify it: E2 and E13 then warn.
    """

    case_number: str = attrs.field(validator=_not_blank)
    agency: str
    source: CaseSource
    party: Party
    offence: Offence
    source_detail: str | None = None
    discovered_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    filed_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    officers: tuple[Officer, ...] = attrs.field(
        default=(), converter=_to_officers, validator=_unique_certificates
    )
    investigation: Investigation | None = None
    evidence_preservations: tuple[EvidencePreservation, ...] = attrs.field(
        default=(), converter=_to_preservations
    )
    notice: PenaltyNotice | None = None
    defence: Defence | None = None
    hearing_request: HearingRequest | None = None
    hearing: Hearing | None = None
    major_public_interest: bool = False
    major_rights: bool = False
    complex_case: bool = False
    review_required_by_law: bool = False
    complex_or_major_violation: bool = False
    legal_review: LegalityReview | None = attrs.field(default=None, validator=_enforcement_review)
    collective_decision: CollectiveDecision | None = None
    decision: PenaltyDecision | None = None
    service: Service | None = None
    remedies: tuple[RemedyPeriod, ...] = attrs.field(default=(), converter=_to_remedies)
    litigation: Litigation | None = None
    payments: tuple[Payment, ...] = attrs.field(default=(), converter=_to_payments)
    publicity: Publicity | None = None
    execution: Execution | None = None
    closing: Closing | None = None
    evidence_log: EvidenceLog = attrs.field(factory=EvidenceLog)
    auxiliary_staff: tuple[AuxiliaryStaff, ...] = attrs.field(default=(), converter=_to_auxiliaries)
    decision_limit: DecisionLimit | None = None
    other_law: str | None = None

    # --- derived facts ------------------------------------------------------------------------------

    @property
    def reference_date(self) -> dt.date:
        """The day the case is dated by: filing, else discovery, investigation, or the act."""
        for day in (self.filed_on, self.discovered_on):
            if day is not None:
                return day
        if self.investigation is not None:
            return self.investigation.started_on
        return self.offence.committed_on

    @property
    def title(self) -> str:
        """A short label: the case number."""
        return self.case_number

    def public_view(self) -> dict[str, Any]:
        """A JSON-ready public view (执法公示): no personal data of parties; officers stay public.

        Fields marked personal are left out, ID and phone numbers in free text are masked, and the
        evidence log is reduced to its length and head hash.
        """
        view: dict[str, Any] = public_dict(self)
        view["evidence_log"] = {"length": len(self.evidence_log), "head": self.evidence_log.head}
        return view

    # --- lifecycle ----------------------------------------------------------------------------------

    def _record(
        self, field: str, value: Any, at: dt.datetime, actor: str, kind: EventKind | None = None
    ) -> EnforcementCase:
        """Set ``field`` and append its event in one step (the case is unchanged on error)."""
        stage_kind, _ = STAGE_EVENTS.get(field) or REPEATED_EVENTS[field]
        item = value[-1] if isinstance(value, tuple) and value else value
        log = self.evidence_log.append(kind or stage_kind, at, actor, payload_of(item, field))
        return attrs.evolve(self, **{field: value, "evidence_log": log})

    def _require(self, ok: bool, rule: str, zh: str, en: str, profile: Any, on: dt.date) -> None:
        if ok:
            return
        raise ProcedureError(bilingual(zh, en), rule, _rule_citation(profile, rule, on))

    def discover(self, on: dt.date, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record the day the violation was discovered."""
        return self._record("discovered_on", on, at, actor)

    def file(self, on: dt.date, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record the filing of the case (立案)."""
        return self._record("filed_on", on, at, actor)

    def assign_officer(self, officer: Officer, at: dt.datetime, actor: str) -> EnforcementCase:
        """Add an officer to the case."""
        return self._record("officers", (*self.officers, officer), at, actor)

    def investigate(self, investigation: Investigation, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record the investigation or inspection."""
        return self._record("investigation", investigation, at, actor)

    def preserve_evidence(
        self, preservation: EvidencePreservation, at: dt.datetime, actor: str
    ) -> EnforcementCase:
        """Record evidence held by prior registration (E14)."""
        return self._record("evidence_preservations", (*self.evidence_preservations, preservation), at, actor)

    def notify(self, notice: PenaltyNotice, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record the notice of the intended penalty and the party's rights (E4)."""
        return self._record("notice", notice, at, actor)

    def record_defence(
        self, defence: Defence, at: dt.datetime, actor: str, profile: Any = None
    ) -> EnforcementCase:
        """Record the party's statement and defence, or its waiver; needs the notice first (E4)."""
        profile = _resolve(profile)
        self._require(
            self.notice is not None and self.notice.served_on <= defence.on,
            "E4",
            "陈述申辩须在告知之后",
            "a statement and defence follows the notice",
            profile,
            defence.on,
        )
        return self._record("defence", defence, at, actor)

    def request_hearing(
        self, request: HearingRequest, at: dt.datetime, actor: str, profile: Any = None
    ) -> EnforcementCase:
        """Record the party's request for a hearing; needs the notice first (E5)."""
        profile = _resolve(profile)
        self._require(
            self.notice is not None and self.notice.served_on <= request.requested_on,
            "E5",
            "听证申请须在告知之后",
            "a hearing request follows the notice",
            profile,
            request.requested_on,
        )
        return self._record("hearing_request", request, at, actor)

    def hold_hearing(self, hearing: Hearing, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record the hearing."""
        return self._record("hearing", hearing, at, actor)

    def review(self, review: LegalityReview, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record (or update) the legal review before the decision (E6)."""
        return self._record("legal_review", review, at, actor)

    def decide_collectively(
        self, collective: CollectiveDecision, at: dt.datetime, actor: str
    ) -> EnforcementCase:
        """Record the collective discussion of the heads (E15)."""
        return self._record("collective_decision", collective, at, actor)

    def decide(
        self, decision: PenaltyDecision, at: dt.datetime, actor: str, profile: Any = None
    ) -> EnforcementCase:
        """Record the penalty decision; refused without the notice (E4) or a required passed review (E6).

        E4 (Art. 44, 62; 2017 Art. 31, 41): the party must have been told the intended penalty, its facts,
        reasons and basis, and its rights before any decision that imposes a penalty (a decision to impose
        none, Art. 57 ¶1(二)(三), has no intended penalty to tell) (a notice recorded without the facts, reasons
        and basis or without the rights does not count); a waiver excuses statement and defence, never the
        notice. A statement
        and defence refused a hearing and not waived also stops the decision. E6 (Art. 58): where the
        rule in force on the decision day says no decision without a passed review (the 2021 text), the
        review must have been completed by then with a "lawful" opinion, or a "must be amended" one the
        decision was not recorded as left unamended (`review_allows`); a summary decision needs none
        (Art. 58 is in 普通程序). Under the 2017 text a missing review is reported by `check`, not refused
        (DECISIONS.md). ``profile`` is a `Profile`, a profile name, or None for ``national``.

        Raises:
            ProcedureError: E4 or E6; the case is unchanged.
        """
        profile = _resolve(profile)
        on = decision.decided_on
        notice = self.notice
        # A notice that left out the facts, reasons and basis or the rights is not the notice Art. 44 asks
        # for; Art. 62 then forbids the decision, and the party's waiver never excuses it. A decision to
        # impose no penalty (Art. 57 ¶1(二)(三)) has no intended penalty to tell.
        penalised = bool(decision.penalties)
        self._require(
            not penalised
            or (notice is not None
            and notice.served_on <= on
            and notice.facts_reasons_basis
            and notice.rights_stated),
            "E4",
            "作出处罚决定前未告知拟作出的处罚内容及事实、理由、依据和当事人的权利",
            "no decision before the party is told the intended penalty, its facts, reasons and basis, and its rights",
            profile,
            on,
        )
        defence = self.defence
        self._require(
            not penalised or defence is None or defence.waived or defence.heard,
            "E4",
            "拒绝听取当事人的陈述、申辩，不得作出处罚决定",
            "no decision while the party's statement and defence were refused a hearing",
            profile,
            on,
        )
        if refuses_without_review(profile, on) and review_required(attrs.evolve(self, decision=decision)):
            review = self.legal_review
            passed = (
                review is not None
                and review.completed_on is not None
                and review.completed_on <= on
                and review_allows(review, decision)
            )
            self._require(
                passed,
                "E6",
                "未经法制审核或者审核未通过，不得作出决定",
                "no decision without a passed legal review where one is required",
                profile,
                on,
            )
        return self._record("decision", decision, at, actor)

    def serve(self, service: Service, at: dt.datetime, actor: str, profile: Any = None) -> EnforcementCase:
        """Record service of the decision; needs the decision first (E8)."""
        profile = _resolve(profile)
        self._require(
            self.decision is not None and self.decision.decided_on <= service.served_on,
            "E8",
            "送达须在作出决定之后",
            "service follows the decision",
            profile,
            service.served_on,
        )
        return self._record("service", service, at, actor)

    def start_remedy(self, remedy: RemedyPeriod, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record a reconsideration or litigation (or its end, as a new item)."""
        return self._record("remedies", (*self.remedies, remedy), at, actor)

    def pay(self, payment: Payment, at: dt.datetime, actor: str, profile: Any = None) -> EnforcementCase:
        """Record a payment of the fine; needs a decision first (E17)."""
        profile = _resolve(profile)
        self._require(
            self.decision is not None and self.decision.decided_on <= payment.paid_on,
            "E17",
            "缴纳罚款须在作出决定之后",
            "payment follows the decision",
            profile,
            payment.paid_on,
        )
        return self._record("payments", (*self.payments, payment), at, actor)

    def publish(
        self, publicity: Publicity, at: dt.datetime, actor: str, profile: Any = None
    ) -> EnforcementCase:
        """Record publication of the decision (or its later change and withdrawal); needs the decision (E10)."""
        profile = _resolve(profile)
        self._require(
            self.decision is not None and self.decision.decided_on <= publicity.published_on,
            "E10",
            "公开须在作出决定之后",
            "publication follows the decision",
            profile,
            publicity.published_on,
        )
        return self._record("publicity", publicity, at, actor)

    def withdraw(
        self,
        changed_on: dt.date,
        withdrawn_on: dt.date,
        at: dt.datetime,
        actor: str,
        *,
        reasons_published: bool = True,
        profile: Any = None,
    ) -> EnforcementCase:
        """Record the withdrawal of the published decision after it was changed, revoked or found unlawful."""
        if self.publicity is None:
            profile = _resolve(profile)
            raise ProcedureError(
                bilingual("未公开的决定无从撤回", "an unpublished decision cannot be withdrawn"),
                "E10",
                _rule_citation(profile, "E10", withdrawn_on),
            )
        publicity = attrs.evolve(
            self.publicity,
            changed_on=changed_on,
            withdrawn_on=withdrawn_on,
            reasons_published=reasons_published,
        )
        log = self.evidence_log.append(EventKind.WITHDRAWN, at, actor, payload_of(publicity, "publicity"))
        return attrs.evolve(self, publicity=publicity, evidence_log=log)

    def execute(self, execution: Execution, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record execution of the decision."""
        return self._record("execution", execution, at, actor)

    def close(self, closing: Closing, at: dt.datetime, actor: str) -> EnforcementCase:
        """Record closing (and archiving, if dated) of the case."""
        return self._record("closing", closing, at, actor)

    def archive(self, on: dt.date, at: dt.datetime, actor: str, profile: Any = None) -> EnforcementCase:
        """Record archiving of a closed case (E3)."""
        if self.closing is None:
            profile = _resolve(profile)
            raise ProcedureError(
                bilingual("未结案的案件不能归档", "a case that is not closed cannot be archived"),
                "E3",
                _rule_citation(profile, "E3", on),
            )
        closing = attrs.evolve(self.closing, archived_on=on)
        log = self.evidence_log.append(EventKind.ARCHIVED, at, actor, payload_of(closing, "closing"))
        return attrs.evolve(self, closing=closing, evidence_log=log)


def refuses_without_review(profile: Any, on: dt.date) -> bool:
    """Whether the E6 rule in force on ``on`` refuses a decision without a passed review.

    The 2021 text does (Art. 58 ¶1 "不得作出决定"); the 2017 text (Art. 38 ¶3) does not, so a missing
    review is then only a finding. Read from the rule value's ``refuses_step``, not from a date in code.
    """
    from xingzheng.errors import NoRuleInForceError, NoSuchParameterError

    try:
        value = profile.rule("E6", on)
    except (NoSuchParameterError, NoRuleInForceError):
        return False
    return bool(value.in_force and value.refuses_step)


def _rule_citation(profile: Any, rule: str, on: dt.date) -> str:
    from xingzheng.errors import NoRuleInForceError, NoSuchParameterError

    try:
        return _citation_text(profile.rule(rule, on).citations)
    except (NoSuchParameterError, NoRuleInForceError):
        return rule
