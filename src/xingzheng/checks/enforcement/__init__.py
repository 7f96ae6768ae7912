"""Checks of an enforcement case (行政执法案件): rules E1–E18 (and R3 for an on-the-spot decision), each judged by the law in force on its date.

Every number comes from the rule profile, read on the date that starts its clock (the notice for a
hearing request, the filing for the decision limit, …): before 2021-07-15 the national profile holds the
2017 penalty law, from then the 2021 one. Rules without a number are asked of the profile too
(`Profile.rule`): a rule not in force on a date is not judged (an info finding ``<ID>.no-rule``).

One module per stage (`investigation`, `hearing`, `decision`, `execution`) and one for the evidence log
(`record`); this package runs them in rule order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from xingzheng.calendar import WorkdayCalendar
from xingzheng.checks import register_checker
from xingzheng.checks._report import Report
from xingzheng.checks.enforcement._judge import _Judge
from xingzheng.checks.enforcement.decision import _e6, _e7, _e13, _e15, _e16, _r3
from xingzheng.checks.enforcement.execution import _e8, _e10, _e17, upcoming_enforcement
from xingzheng.checks.enforcement.hearing import _e4, _e5, _e12
from xingzheng.checks.enforcement.investigation import _e1, _e2, _e9, _e11, _e14, _e18
from xingzheng.checks.enforcement.record import _e3
from xingzheng.model.enforcement import EnforcementCase

__all__ = ["check_enforcement", "upcoming_enforcement"]


@register_checker(EnforcementCase)
def check_enforcement(
    case: EnforcementCase, profile: Any, calendar: WorkdayCalendar, as_of: dt.date | None
) -> Report:
    """Judge an enforcement case against the profile: findings for E1–E18 in rule order, then R3."""
    j = _Judge(profile, calendar)
    _e1(case, j)
    _e2(case, j)
    _e3(case, j)
    _e4(case, j)
    _e5(case, j)
    _e6(case, j)
    _e7(case, j, as_of)
    _e8(case, j, as_of)
    _e9(case, j)
    _e10(case, j, as_of)
    _e11(case, j)
    _e12(case, j)
    _e13(case, j)
    _e14(case, j, as_of)
    _e15(case, j)
    _e16(case, j)
    _e17(case, j, as_of)
    _e18(case, j)
    _r3(case, j)
    return Report(
        kind="enforcement_case",
        title=case.title,
        profile=profile.name,
        as_of=as_of,
        findings=tuple(j.findings),
    )
