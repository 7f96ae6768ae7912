"""Major administrative decisions (D1–D15): the findings' codes, severities, dates and messages, pinned so
that a changed comparison or a changed word in `checks/decision.py` is caught (issue 22, mutation
testing; docs/testing.md)."""

from __future__ import annotations

import datetime as dt

from xingzheng import check
from xingzheng.model.decision import MajorDecision

DAGANG = "tianjin-binhai-dagang"
D = dt.date


def decision() -> MajorDecision:
    return MajorDecision(title="大港街老旧小区改造实施方案", decision_body="大港街道办事处", undertaking_unit="大港街城市管理办公室")


def test_a_decision_with_no_step_recorded_yet_has_no_finding() -> None:
    for profile in ("national", DAGANG):
        assert check(decision(), profile=profile, as_of=D(2020, 9, 30)).findings == ()
