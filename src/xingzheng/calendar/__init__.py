"""Working days, periods and deadlines: the official holiday calendar and the Civil Code's counting rules.

`calendar` knows time and nothing of procedures (ARCHITECTURE.md).
"""

from __future__ import annotations

from xingzheng.calendar._calendar import Coverage, Override, WorkdayCalendar
from xingzheng.calendar._installed import (
    InstalledNoticeWarning,
    InstalledSupplement,
    data_dir,
    default_calendar,
    install_notices,
    installed_supplements,
    uninstall,
)
from xingzheng.calendar._names import FESTIVALS, HolidayName
from xingzheng.calendar.periods import Deadline, Period, PeriodUnit, deadline, latest_notice_day
from xingzheng.calendar.supplement import HolidayBlock, LocalRestDay, Supplement

__all__ = [
    "FESTIVALS",
    "Coverage",
    "Deadline",
    "HolidayBlock",
    "HolidayName",
    "InstalledNoticeWarning",
    "InstalledSupplement",
    "LocalRestDay",
    "Override",
    "Period",
    "PeriodUnit",
    "Supplement",
    "WorkdayCalendar",
    "data_dir",
    "deadline",
    "default_calendar",
    "install_notices",
    "installed_supplements",
    "latest_notice_day",
    "uninstall",
]
