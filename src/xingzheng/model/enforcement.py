"""行政执法案件 — an administrative enforcement (penalty) case, its stages, officers and evidence log.

A case's history is its fields: optional value objects for each stage, tuples for repeated ones
(DECISIONS.md, "The four procedures"). Construction refuses impossible facts only (an end before its
start inside one value, negative hours or amounts); lifecycle methods refuse forbidden steps with a
`ProcedureError` (E4, E6, and steps that need an earlier one) and return a new case whose evidence log
has the matching event; what is possible but unlawful is for `xingzheng.check`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

import attrs

from xingzheng.errors import InvariantError, ProcedureError, bilingual
from xingzheng.model._public import PERSONAL, public_dict
from xingzheng.model.evidence import EventKind, EvidenceLog
from xingzheng.model.review import LegalityReview, SubjectKind
from xingzheng.model.values import check_date_order, to_str_tuple

__all__ = [
    "PENALTY_LAW_2017",
    "PENALTY_LAW_2021",
    "CaseSource",
    "Closing",
    "CollectiveDecision",
    "Defence",
    "EnforcementCase",
    "EvidencePreservation",
    "Execution",
    "Hearing",
    "HearingRequest",
    "Investigation",
    "Offence",
    "Officer",
    "Party",
    "PartyKind",
    "Payment",
    "PenaltyDecision",
    "PenaltyKind",
    "PenaltyNotice",
    "ProcedureKind",
    "Publicity",
    "RemedyKind",
    "RemedyPeriod",
    "Service",
    "review_required",
]

#: Citation sources of the two penalty-law texts (file names in ``laws/``).
PENALTY_LAW_2017 = "administrative-penalty-law-2017.md"
PENALTY_LAW_2021 = "administrative-penalty-law-2021.md"


# --- validators and converters ---------------------------------------------------------------------


def _not_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvariantError(
            bilingual(f"{attribute.name} 应为整数", f"{attribute.name} must be an integer"), attribute.name
        )
    if value < 0:
        raise InvariantError(
            bilingual(
                f"{attribute.name} 不能为负数：{value}", f"{attribute.name} must not be negative: {value}"
            ),
            attribute.name,
        )


def _not_blank(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvariantError(
            bilingual(f"{attribute.name} 不能为空", f"{attribute.name} must not be empty"), attribute.name
        )


def _is_date(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvariantError(
            bilingual(f"{attribute.name} 应为日期", f"{attribute.name} must be a date"), attribute.name
        )


# --- enums -----------------------------------------------------------------------------------------


class CaseSource(enum.Enum):
    """案件来源 — where a case came from (an open list: OTHER with a detail; seed 二(五) ¶1; Art. 54, 27)."""

    GRID = "grid"  # 网格化
    HOTLINE_8890 = "8890"  # 8890便民服务平台
    PETITION = "petition"  # 信访
    COMPLAINT = "complaint"  # 举报投诉
    INSPECTION = "inspection"  # 监督检查
    TRANSFER = "transfer"  # 移送
    OTHER = "other"  # 其他


class PartyKind(enum.Enum):
    """当事人类型 — a citizen, or a legal person or other organisation."""

    CITIZEN = "citizen"  # 公民
    ORGANISATION = "organisation"  # 法人或者其他组织


class ProcedureKind(enum.Enum):
    """程序 — summary (当场, 简易程序) or general (普通程序 / 一般程序) procedure."""

    SUMMARY = "summary"
    GENERAL = "general"


class PenaltyKind(enum.Enum):
    """处罚种类 — kinds of administrative penalty (行政处罚法 Art. 9)."""

    WARNING = "warning"  # 警告、通报批评
    FINE = "fine"  # 罚款
    CONFISCATION = "confiscation"  # 没收违法所得、没收非法财物
    QUALIFICATION_LOWERED = "qualification_lowered"  # 降低资质等级
    LICENCE_REVOKED = "licence_revoked"  # 暂扣、吊销许可证件
    SUSPENSION = "suspension"  # 责令停产停业
    CLOSURE = "closure"  # 责令关闭
    EMPLOYMENT_RESTRICTION = "employment_restriction"  # 限制从业
    DETENTION = "detention"  # 行政拘留
    OTHER = "other"


#: Kinds that are heavy penalties by themselves (Art. 63 ¶1(三)(四); 2017 Art. 42 ¶1).
HEAVY_KINDS = frozenset(
    {
        PenaltyKind.QUALIFICATION_LOWERED,
        PenaltyKind.LICENCE_REVOKED,
        PenaltyKind.SUSPENSION,
        PenaltyKind.CLOSURE,
        PenaltyKind.EMPLOYMENT_RESTRICTION,
    }
)


class RemedyKind(enum.Enum):
    """救济 — reconsideration or litigation (the surcharge is not counted meanwhile, Art. 73 ¶3)."""

    RECONSIDERATION = "reconsideration"  # 行政复议
    LITIGATION = "litigation"  # 行政诉讼


# --- value objects ---------------------------------------------------------------------------------


@attrs.frozen
class Party:
    """当事人 — the party: a citizen, or a legal person or other organisation.

    A company's name is public; a person's name, ID number, phone and address are personal data.

    Attributes:
        kind: citizen or organisation.
        organisation_name: the organisation's name (public; None for a citizen).
        person_name: the citizen's name, or the organisation's legal representative (personal).
        id_number: an ID number (personal).
        phone: a phone number (personal).
        address: the address (personal).
    """

    kind: PartyKind
    organisation_name: str | None = None
    person_name: str | None = attrs.field(default=None, metadata=PERSONAL)
    id_number: str | None = attrs.field(default=None, metadata=PERSONAL)
    phone: str | None = attrs.field(default=None, metadata=PERSONAL)
    address: str | None = attrs.field(default=None, metadata=PERSONAL)

    def __attrs_post_init__(self) -> None:
        if self.kind is PartyKind.CITIZEN and not (self.person_name or "").strip():
            raise InvariantError(
                bilingual("公民当事人须有姓名", "a citizen party needs a name"), "person_name"
            )
        if self.kind is PartyKind.ORGANISATION and not (self.organisation_name or "").strip():
            raise InvariantError(
                bilingual("组织当事人须有名称", "an organisation party needs a name"), "organisation_name"
            )


@attrs.frozen
class Officer:
    """执法人员 — an enforcement officer; name and certificate number are public (执法公示).

    Attributes:
        name: the officer's name.
        certificate_number: the enforcement certificate number (执法证号).
        certificate_valid_from: first day the certificate is valid (None: not recorded).
        certificate_valid_until: last day the certificate is valid (None: not recorded or open).
        training_year: the year the hours below were earned (None: not recorded).
        training_hours: class hours of topical legal training in that year (E11).
        warning_education_hours: class hours of warning education in that year (E11).
        direct_interest: whether the officer has a direct interest in the case (E18: must recuse).
    """

    name: str = attrs.field(validator=_not_blank)
    certificate_number: str
    certificate_valid_from: dt.date | None = attrs.field(default=None, validator=_is_date)
    certificate_valid_until: dt.date | None = attrs.field(default=None, validator=_is_date)
    training_year: int | None = None
    training_hours: int = attrs.field(default=0, validator=_not_negative)
    warning_education_hours: int = attrs.field(default=0, validator=_not_negative)
    direct_interest: bool = False

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "certificate_valid_from", "certificate_valid_until")

    def certificate_valid_on(self, day: dt.date) -> bool:
        """Whether the certificate is recorded and valid on ``day``."""
        if not self.certificate_number.strip():
            return False
        if self.certificate_valid_from is not None and day < self.certificate_valid_from:
            return False
        return self.certificate_valid_until is None or day <= self.certificate_valid_until


@attrs.frozen
class Offence:
    """违法行为 — the violation: when it happened (and ended, for a continuing act) and what it concerns.

    Attributes:
        committed_on: the day the act occurred (or began).
        ended_on: for a continuous or continuing act, the day it ended (E9 counts from it).
        description: what happened (free text; ID and phone numbers are masked in public views).
        life_health_or_financial_safety: concerns citizens' life-and-health or financial safety (E9).
        harmful_consequences: had harmful consequences (E9, with the flag above: 5-year limitation).
    """

    committed_on: dt.date = attrs.field(validator=_is_date)
    ended_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    description: str = ""
    life_health_or_financial_safety: bool = False
    harmful_consequences: bool = False

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "committed_on", "ended_on")

    @property
    def limitation_starts_on(self) -> dt.date:
        """The day the limitation counts from: the end of a continuing act, else the act (Art. 36 ¶2)."""
        return self.ended_on or self.committed_on


@attrs.frozen
class Investigation:
    """调查取证 — the investigation or inspection.

    Attributes:
        started_on: the day it started.
        ended_on: the day it ended (None: ongoing).
        officer_certificates: certificate numbers of the officers who investigated (empty: all of the case's).
        certificates_shown: whether the officers showed their certificates (E2, Art. 55 ¶1).
    """

    started_on: dt.date = attrs.field(validator=_is_date)
    ended_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    officer_certificates: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)
    certificates_shown: bool = True

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "started_on", "ended_on")


@attrs.frozen
class EvidencePreservation:
    """先行登记保存 — evidence held by prior registration, and the decision on it (E14).

    Attributes:
        registered_on: the day the evidence was registered and held.
        decided_on: the day the decision on it was made (None: not yet).
        items: what is held.
    """

    registered_on: dt.date = attrs.field(validator=_is_date)
    decided_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    items: str = ""

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "registered_on", "decided_on")


@attrs.frozen
class PenaltyNotice:
    """处罚告知 — notice of the intended penalty, its facts, reasons and basis, and the party's rights (E4).

    Attributes:
        served_on: the day the party was told.
        intended_penalty: the intended penalty, in words.
        intended_fine_yuan: the intended fine in yuan (None: no fine intended).
        facts_reasons_basis: whether the facts, reasons and basis were stated.
        rights_stated: whether the rights to statement and defence were stated.
        hearing_right_stated: whether the right to request a hearing was stated (E12).
    """

    served_on: dt.date = attrs.field(validator=_is_date)
    intended_penalty: str = ""
    intended_fine_yuan: int | None = None
    facts_reasons_basis: bool = True
    rights_stated: bool = True
    hearing_right_stated: bool = False

    def __attrs_post_init__(self) -> None:
        if self.intended_fine_yuan is not None and self.intended_fine_yuan < 0:
            raise InvariantError(
                bilingual("拟罚款数额不能为负数", "the intended fine must not be negative"),
                "intended_fine_yuan",
            )


@attrs.frozen
class Defence:
    """陈述申辩 — the party's statement and defence, or its explicit waiver (E4).

    Attributes:
        on: the day of the statement or the waiver.
        waived: whether the party explicitly waived statement and defence.
        heard: whether the agency heard it (False: refused to hear).
        statement: what the party said (free text).
    """

    on: dt.date = attrs.field(validator=_is_date)
    waived: bool = False
    heard: bool = True
    statement: str = ""


@attrs.frozen
class HearingRequest:
    """听证申请 — the party's request for a hearing (E5).

    Attributes:
        requested_on: the day the request was made.
    """

    requested_on: dt.date = attrs.field(validator=_is_date)


@attrs.frozen
class Hearing:
    """听证 — the hearing: when notified and held, who presided, whether in public (E5, E12).

    Attributes:
        notified_on: the day the party was notified of its time and place.
        held_on: the day it was held.
        presider_is_investigator: whether an investigator of the case presided (forbidden).
        public: whether it was held in public.
        closed_reason: why not in public (state secret, business secret, privacy), if not.
    """

    notified_on: dt.date = attrs.field(validator=_is_date)
    held_on: dt.date = attrs.field(validator=_is_date)
    presider_is_investigator: bool = False
    public: bool = True
    closed_reason: str | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "notified_on", "held_on")


@attrs.frozen
class CollectiveDecision:
    """集体讨论决定 — collective discussion by the agency's heads (E15).

    Attributes:
        decided_on: the day of the discussion.
        participants: who took part (officials' names are public).
    """

    decided_on: dt.date = attrs.field(validator=_is_date)
    participants: tuple[str, ...] = attrs.field(default=(), converter=to_str_tuple)


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
        document_number: the decision's number, as issued.
        summary: a summary of the decision (free text).
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
    document_number: str | None = None
    summary: str = ""

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


@attrs.frozen
class Service:
    """送达 — service of the decision document (E8).

    Attributes:
        served_on: the day the party received it.
        on_the_spot: delivered on the spot after being announced (else served later).
        method: how (direct, by post, electronic with consent, …).
    """

    served_on: dt.date = attrs.field(validator=_is_date)
    on_the_spot: bool = False
    method: str | None = None


@attrs.frozen
class Payment:
    """缴纳罚款 — a payment of the fine (E17).

    Attributes:
        paid_on: the day it was paid.
        amount_yuan: the amount of the fine paid.
        surcharge_yuan: the late surcharge paid (加处罚款).
    """

    paid_on: dt.date = attrs.field(validator=_is_date)
    amount_yuan: int = attrs.field(default=0, validator=_not_negative)
    surcharge_yuan: int = attrs.field(default=0, validator=_not_negative)


@attrs.frozen
class RemedyPeriod:
    """复议或诉讼期间 — reconsideration or litigation; the surcharge is not counted meanwhile (E17).

    Attributes:
        kind: reconsideration or litigation.
        started_on: the day it was applied for or brought.
        ended_on: the day it ended (None: pending).
    """

    kind: RemedyKind
    started_on: dt.date = attrs.field(validator=_is_date)
    ended_on: dt.date | None = attrs.field(default=None, validator=_is_date)

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "started_on", "ended_on")


@attrs.frozen
class Publicity:
    """处罚决定公开 — publication of the decision and its withdrawal (E10).

    Attributes:
        published_on: the day it was published.
        changed_on: the day the decision was changed, revoked, confirmed unlawful or void (None: not).
        withdrawn_on: the day the published information was withdrawn (None: not).
        reasons_published: whether the reasons for the withdrawal were published.
        url: where it was published.
    """

    published_on: dt.date = attrs.field(validator=_is_date)
    changed_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    withdrawn_on: dt.date | None = attrs.field(default=None, validator=_is_date)
    reasons_published: bool = False
    url: str | None = None

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "published_on", "withdrawn_on")


@attrs.frozen
class Execution:
    """执行 — execution of the decision.

    Attributes:
        executed_on: the day it was executed (in full).
        compulsory: whether by compulsion (强制执行) rather than performance by the party.
    """

    executed_on: dt.date = attrs.field(validator=_is_date)
    compulsory: bool = False


@attrs.frozen
class Closing:
    """结案与归档 — closing the case and archiving its file (E3).

    Attributes:
        closed_on: the day the case was closed.
        archived_on: the day the file was archived (None: not yet).
    """

    closed_on: dt.date = attrs.field(validator=_is_date)
    archived_on: dt.date | None = attrs.field(default=None, validator=_is_date)

    def __attrs_post_init__(self) -> None:
        check_date_order(self, "closed_on", "archived_on")


def _to_officers(value: Iterable[Officer]) -> tuple[Officer, ...]:
    return tuple(value)


def _to_preservations(value: Iterable[EvidencePreservation]) -> tuple[EvidencePreservation, ...]:
    return tuple(value)


def _to_payments(value: Iterable[Payment]) -> tuple[Payment, ...]:
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


# Lifecycle: the event kind each stage field records, and the payload key holding its date.
STAGE_EVENTS: dict[str, tuple[EventKind, str]] = {
    "discovered_on": (EventKind.DISCOVERED, "discovered_on"),
    "filed_on": (EventKind.FILED, "filed_on"),
    "investigation": (EventKind.INVESTIGATED, "started_on"),
    "notice": (EventKind.NOTIFIED, "served_on"),
    "defence": (EventKind.DEFENCE, "on"),
    "hearing_request": (EventKind.HEARING_REQUESTED, "requested_on"),
    "hearing": (EventKind.HEARING, "held_on"),
    "legal_review": (EventKind.LEGAL_REVIEW, "requested_on"),
    "collective_decision": (EventKind.COLLECTIVE_DECISION, "decided_on"),
    "decision": (EventKind.DECIDED, "decided_on"),
    "service": (EventKind.SERVED, "served_on"),
    "publicity": (EventKind.PUBLISHED, "published_on"),
    "execution": (EventKind.EXECUTED, "executed_on"),
    "closing": (EventKind.CLOSED, "closed_on"),
}
#: Repeated stages: field → (event kind, payload key identifying the item).
REPEATED_EVENTS: dict[str, tuple[EventKind, str]] = {
    "officers": (EventKind.OFFICER_ASSIGNED, "certificate_number"),
    "evidence_preservations": (EventKind.EVIDENCE_PRESERVED, "registered_on"),
    "payments": (EventKind.PAID, "paid_on"),
    "remedies": (EventKind.NOTE, "started_on"),
}


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | str):
        return str(value)
    if isinstance(value, tuple) and all(isinstance(v, str | enum.Enum) for v in value):
        return ",".join(str(v.value) if isinstance(v, enum.Enum) else v for v in value)
    return None


def payload_of(value: object, name: str = "value") -> tuple[tuple[str, str], ...]:
    """The event payload recording a stage: its scalar public fields as ``(key, value)`` strings.

    Personal and confidential fields are left out (a log may be shown to auditors); a plain date is
    recorded under ``name``.
    """
    if not attrs.has(type(value)):
        text = _text(value)
        return ((name, text),) if text is not None else ()
    pairs: list[tuple[str, str]] = []
    for field in attrs.fields(type(value)):  # type: ignore[arg-type]
        if field.metadata.get("personal") or field.metadata.get("confidential"):
            continue
        text = _text(getattr(value, field.name))
        if text is not None:
            pairs.append((field.name, text))
    return tuple(pairs)


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
        payments: payments of the fine (E17).
        publicity: publication and withdrawal (E10).
        execution: execution.
        closing: closing and archiving.
        evidence_log: the hash-chained full-process record (E3).
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
    payments: tuple[Payment, ...] = attrs.field(default=(), converter=_to_payments)
    publicity: Publicity | None = None
    execution: Execution | None = None
    closing: Closing | None = None
    evidence_log: EvidenceLog = attrs.field(factory=EvidenceLog)

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
        reasons and basis, and its rights before any decision (a notice recorded without the facts, reasons
        and basis or without the rights does not count); a waiver excuses statement and defence, never the
        notice. A statement
        and defence refused a hearing and not waived also stops the decision. E6 (Art. 58): where the
        rule in force on the decision day says no decision without a passed review (the 2021 text), the
        review must have been completed with a "lawful" opinion by then; a summary decision needs none
        (Art. 58 is in 普通程序). Under the 2017 text a missing review is reported by `check`, not refused
        (DECISIONS.md). ``profile`` is a `Profile`, a profile name, or None for ``national``.

        Raises:
            ProcedureError: E4 or E6; the case is unchanged.
        """
        profile = _resolve(profile)
        on = decision.decided_on
        notice = self.notice
        # A notice that left out the facts, reasons and basis or the rights is not the notice Art. 44 asks
        # for; Art. 62 then forbids the decision, and the party's waiver never excuses it.
        self._require(
            notice is not None
            and notice.served_on <= on
            and notice.facts_reasons_basis
            and notice.rights_stated,
            "E4",
            "作出处罚决定前未告知拟作出的处罚内容及事实、理由、依据和当事人的权利",
            "no decision before the party is told the intended penalty, its facts, reasons and basis, and its rights",
            profile,
            on,
        )
        defence = self.defence
        self._require(
            defence is None or defence.waived or defence.heard,
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
                and review.passed
                and review.completed_on is not None
                and review.completed_on <= on
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
