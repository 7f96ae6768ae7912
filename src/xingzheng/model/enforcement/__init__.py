"""行政执法案件 — an administrative enforcement (penalty) case, its stages, officers and evidence log.

A case's history is its fields: optional value objects for each stage, tuples for repeated ones
(DECISIONS.md, "The four procedures"). Construction refuses impossible facts only (an end before its
start inside one value, negative hours or amounts); lifecycle methods refuse forbidden steps with a
`ProcedureError` (E4, E6, and steps that need an earlier one) and return a new case whose evidence log
has the matching event; what is possible but unlawful is for `xingzheng.check`.

The classes live in one module per stage (`investigation`, `hearing`, `decision`, `execution`) and the
case in `case`; this package re-exports them all, so ``xingzheng.model.enforcement.X`` keeps working.
"""

from __future__ import annotations

from xingzheng.model.enforcement._base import (
    HEAVY_KINDS,
    PENALTY_LAW_2017,
    PENALTY_LAW_2021,
    WITHDRAWING_OUTCOMES,
    CaseSource,
    HearingAnswer,
    PartyKind,
    PenaltyKind,
    ProcedureKind,
    RemedyKind,
    RemedyOutcome,
)
from xingzheng.model.enforcement._log import REPEATED_EVENTS, STAGE_EVENTS, payload_of
from xingzheng.model.enforcement.case import EnforcementCase, refuses_without_review
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
from xingzheng.model.enforcement.writing import build_evidence_log, with_evidence_log

__all__ = [
    "HEAVY_KINDS",
    "PENALTY_LAW_2017",
    "PENALTY_LAW_2021",
    "REPEATED_EVENTS",
    "STAGE_EVENTS",
    "WITHDRAWING_OUTCOMES",
    "AuxiliaryStaff",
    "CaseSource",
    "Closing",
    "CollectiveDecision",
    "DecisionLimit",
    "Defence",
    "EnforcementCase",
    "EvidencePreservation",
    "Execution",
    "Hearing",
    "HearingAnswer",
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
    "RemedyOutcome",
    "RemedyPeriod",
    "Service",
    "build_evidence_log",
    "payload_of",
    "refuses_without_review",
    "review_allows",
    "review_required",
    "with_evidence_log",
]
