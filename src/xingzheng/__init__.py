"""xingzheng (行政): administrative procedures of a Chinese rule-of-law government as typed, checked objects."""

from __future__ import annotations

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
from xingzheng.calendar.notice import Arrangement, parse_notice
from xingzheng.checks import Finding, Report, Severity, Upcoming, check, upcoming
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

if TYPE_CHECKING:
    from xingzheng.io import dump, dumps, from_dict, json_schema, load, loads, to_dict

# `xingzheng.io` (cattrs) is imported on first use, to keep `import xingzheng` fast.
_LAZY_IO = frozenset({"dump", "dumps", "from_dict", "json_schema", "load", "loads", "to_dict"})


def __getattr__(name: str) -> Any:
    if name in _LAZY_IO:
        import xingzheng.io

        return getattr(xingzheng.io, name)
    raise AttributeError(f"module 'xingzheng' has no attribute {name!r}")


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
