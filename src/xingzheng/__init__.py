"""xingzheng (行政): administrative procedures of a Chinese rule-of-law government as typed, checked objects."""

from __future__ import annotations

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

__version__ = "0.1.0"

__all__ = [
    "FESTIVALS",
    "CalendarCoverageError",
    "Coverage",
    "Deadline",
    "HolidayName",
    "InvariantError",
    "LoadError",
    "NoRuleInForceError",
    "NoSuchParameterError",
    "NoticeParseError",
    "Period",
    "PeriodUnit",
    "ProcedureError",
    "Supplement",
    "SupplementConflictError",
    "WorkdayCalendar",
    "XingzhengError",
    "__version__",
    "deadline",
    "default_calendar",
    "latest_notice_day",
]
