"""xingzheng (行政): administrative procedures of a Chinese rule-of-law government as typed, checked objects."""

from __future__ import annotations

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

__version__ = "0.1.0"

__all__ = [
    "CalendarCoverageError",
    "InvariantError",
    "LoadError",
    "NoRuleInForceError",
    "NoSuchParameterError",
    "NoticeParseError",
    "ProcedureError",
    "SupplementConflictError",
    "XingzhengError",
    "__version__",
]
