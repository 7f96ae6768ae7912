"""Fidelity of the linked checks (`check_all`): a withdrawal counted from a service that is not recorded.

行政复议法 Art. 75 ¶2: "行政复议决定书一经送达，即发生法律效力". 行政处罚法 Art. 48 ¶2's three days (working
days, Art. 85) run from then. Counted from the decision day when the service is not recorded, the last day
is the earliest possible one: lateness by that count is a warning naming `decision.served_on`, never an
error. 2024: Fri 31 May, Mon 3 – Fri 7 June are working days (the Dragon Boat Festival rests 8–10 June).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from xingzheng import Severity, check_all, load

FOLDER = Path(__file__).resolve().parents[1] / "examples" / "remedies-2024"
D = dt.date


def records() -> tuple[object, object]:
    return load(FOLDER / "enforcement-case.json"), load(FOLDER / "reconsideration-case.json")


def test_a_withdrawal_late_only_from_the_decision_day_is_a_warning_when_service_is_not_recorded() -> None:
    case, reconsideration = records()
    decision = reconsideration.decision  # type: ignore[attr-defined]
    assert decision.decided_on == D(2024, 5, 31) and decision.served_on == D(2024, 5, 31)
    unserved = attrs.evolve(reconsideration, decision=attrs.evolve(decision, served_on=None))
    # Counted from Fri 31 May: 3, 4, 5 June; on Thu 6 June nothing withdrawn.
    (report, _) = check_all([case, unserved], as_of=D(2024, 6, 6))
    (finding,) = report.findings
    assert (finding.code, finding.severity, finding.path) == (
        "E10.withdrawal-service-not-recorded-linked",
        Severity.WARNING,
        "$.publicity.withdrawn_on",
    )
    assert "decision.served_on" in finding.message and "decision.served_on" in finding.message_en
    assert [(f.label, f.date) for f in finding.dates] == [
        ("reconsideration_decided", D(2024, 5, 31)),
        ("due", D(2024, 6, 5)),
        ("as_of", D(2024, 6, 6)),
    ]
    publicity = case.publicity  # type: ignore[attr-defined]
    late = attrs.evolve(case, publicity=attrs.evolve(publicity, withdrawn_on=D(2024, 6, 7), reasons_published=True))
    (report, _) = check_all([late, unserved], as_of=D(2024, 7, 1))
    assert [(f.code, f.severity) for f in report.findings] == [
        ("E10.withdrawal-service-not-recorded-linked", Severity.WARNING)
    ]
    # In time even from the decision day: nothing to say.
    on_time = attrs.evolve(case, publicity=attrs.evolve(publicity, withdrawn_on=D(2024, 6, 5), reasons_published=True))
    assert check_all([on_time, unserved], as_of=D(2024, 7, 1))[0].findings == ()
    # Service recorded on the decision day: the same lateness is the error.
    (report, _) = check_all([late, reconsideration], as_of=D(2024, 7, 1))
    assert [(f.code, f.severity) for f in report.findings] == [("E10.withdrawal-late-linked", Severity.ERROR)]
    (report, _) = check_all([case, reconsideration], as_of=D(2024, 6, 6))
    assert [(f.code, f.severity) for f in report.findings] == [("E10.withdrawal-overdue-linked", Severity.ERROR)]
