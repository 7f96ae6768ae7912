"""xingzheng (行政): administrative procedures of a Chinese rule-of-law government as typed, checked objects."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from xingzheng.calendar import (
    FESTIVALS,
    Coverage,
    Deadline,
    HolidayName,
    Period,
    PeriodUnit,
    Supplement,
    WorkdayCalendar,
    deadline,
    default_calendar,
    latest_notice_day,
)
from xingzheng.errors import (
    CalendarCoverageError,
    InvariantError,
    LoadError,
    NoRuleInForceError,
    NoSuchParameterError,
    NoticeParseError,
    ProcedureError,
    SupplementConflictError,
    XingzhengError,
)

if TYPE_CHECKING:
    from xingzheng.calendar.notice import Arrangement, parse_notice
    from xingzheng.checks import Finding, Report, Severity, Upcoming, check, upcoming
    from xingzheng.io import Limits, dump, dumps, from_dict, json_schema, load, loads, to_dict
    from xingzheng.model.decision import MajorDecision
    from xingzheng.model.enforcement import (
        CaseSource,
        EnforcementCase,
        Officer,
        Party,
        PartyKind,
        PenaltyDecision,
        PenaltyKind,
        PenaltyNotice,
        ProcedureKind,
    )
    from xingzheng.model.evidence import EventKind, EvidenceEvent, EvidenceLog, VerifyResult
    from xingzheng.model.normative import NormativeDocument
    from xingzheng.model.review import LegalityReview, ReviewOpinion, SubjectKind
    from xingzheng.model.values import DocumentNumber
    from xingzheng.rules import (
        Binds,
        Bound,
        Citation,
        LintFinding,
        Parameter,
        ParameterValue,
        Profile,
        ResolvedValue,
        RuleEntry,
        RuleValue,
        Unit,
        builtin_profile_names,
        load_profile,
    )

# Everything beyond the calendar and the errors is imported on first use, to keep `import xingzheng`
# fast (the target is under 150 ms); the names are the same either way.
_LAZY: dict[str, str] = {
    "Arrangement": "xingzheng.calendar.notice",
    "Binds": "xingzheng.rules",
    "Bound": "xingzheng.rules",
    "CaseSource": "xingzheng.model.enforcement",
    "Citation": "xingzheng.rules",
    "DocumentNumber": "xingzheng.model.values",
    "EnforcementCase": "xingzheng.model.enforcement",
    "EventKind": "xingzheng.model.evidence",
    "EvidenceEvent": "xingzheng.model.evidence",
    "EvidenceLog": "xingzheng.model.evidence",
    "Finding": "xingzheng.checks",
    "LegalityReview": "xingzheng.model.review",
    "Limits": "xingzheng.io",
    "LintFinding": "xingzheng.rules",
    "MajorDecision": "xingzheng.model.decision",
    "NormativeDocument": "xingzheng.model.normative",
    "Officer": "xingzheng.model.enforcement",
    "Parameter": "xingzheng.rules",
    "ParameterValue": "xingzheng.rules",
    "Party": "xingzheng.model.enforcement",
    "PartyKind": "xingzheng.model.enforcement",
    "PenaltyDecision": "xingzheng.model.enforcement",
    "PenaltyKind": "xingzheng.model.enforcement",
    "PenaltyNotice": "xingzheng.model.enforcement",
    "ProcedureKind": "xingzheng.model.enforcement",
    "Profile": "xingzheng.rules",
    "Report": "xingzheng.checks",
    "ResolvedValue": "xingzheng.rules",
    "ReviewOpinion": "xingzheng.model.review",
    "RuleEntry": "xingzheng.rules",
    "RuleValue": "xingzheng.rules",
    "Severity": "xingzheng.checks",
    "SubjectKind": "xingzheng.model.review",
    "Unit": "xingzheng.rules",
    "Upcoming": "xingzheng.checks",
    "VerifyResult": "xingzheng.model.evidence",
    "builtin_profile_names": "xingzheng.rules",
    "check": "xingzheng.checks",
    "dump": "xingzheng.io",
    "dumps": "xingzheng.io",
    "from_dict": "xingzheng.io",
    "json_schema": "xingzheng.io",
    "load": "xingzheng.io",
    "load_profile": "xingzheng.rules",
    "loads": "xingzheng.io",
    "parse_notice": "xingzheng.calendar.notice",
    "to_dict": "xingzheng.io",
    "upcoming": "xingzheng.checks",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'xingzheng' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "0.1.0"

__all__ = [
    "FESTIVALS",
    "Arrangement",
    "Binds",
    "Bound",
    "CalendarCoverageError",
    "CaseSource",
    "Citation",
    "Coverage",
    "Deadline",
    "DocumentNumber",
    "EnforcementCase",
    "EventKind",
    "EvidenceEvent",
    "EvidenceLog",
    "Finding",
    "HolidayName",
    "InvariantError",
    "LegalityReview",
    "Limits",
    "LintFinding",
    "LoadError",
    "MajorDecision",
    "NoRuleInForceError",
    "NoSuchParameterError",
    "NormativeDocument",
    "NoticeParseError",
    "Officer",
    "Parameter",
    "ParameterValue",
    "Party",
    "PartyKind",
    "PenaltyDecision",
    "PenaltyKind",
    "PenaltyNotice",
    "Period",
    "PeriodUnit",
    "ProcedureError",
    "ProcedureKind",
    "Profile",
    "Report",
    "ResolvedValue",
    "ReviewOpinion",
    "RuleEntry",
    "RuleValue",
    "Severity",
    "SubjectKind",
    "Supplement",
    "SupplementConflictError",
    "Unit",
    "Upcoming",
    "VerifyResult",
    "WorkdayCalendar",
    "XingzhengError",
    "__version__",
    "builtin_profile_names",
    "check",
    "deadline",
    "default_calendar",
    "dump",
    "dumps",
    "from_dict",
    "json_schema",
    "latest_notice_day",
    "load",
    "load_profile",
    "loads",
    "parse_notice",
    "to_dict",
    "upcoming",
]
