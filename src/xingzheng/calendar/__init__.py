"""Working days, periods and deadlines: the official holiday calendar and the Civil Code's counting rules.

`calendar` knows time and nothing of procedures (ARCHITECTURE.md).
"""

from __future__ import annotations

from xingzheng.calendar._calendar import Coverage, Override, WorkdayCalendar, default_calendar
from xingzheng.calendar._names import FESTIVALS, HolidayName
from xingzheng.calendar.periods import Deadline, Period, PeriodUnit, deadline, latest_notice_day
from xingzheng.calendar.supplement import HolidayBlock, LocalRestDay, Supplement

__all__ = [
    "FESTIVALS",
    "Coverage",
    "Deadline",
    "HolidayBlock",
    "HolidayName",
    "LocalRestDay",
    "Override",
    "Period",
    "PeriodUnit",
    "Supplement",
    "WorkdayCalendar",
    "deadline",
    "default_calendar",
    "latest_notice_day",
]
