"""Fidelity of the enforcement checks (second pass): no error for a lawful record.

Each defect found by the adversarial review has a lawful record that used to get an error, and the unlawful
record that still gets it. Dates are real days on the official calendar: 2022-03-10 is a Thursday; 3–5 April
2022 are the Qingming holidays and Saturday 2 April a working day (国办发明电〔2021〕11号); 2023: 国庆
29 September–6 October, Saturdays 7 and 8 October working days.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _enforcement_mutation_support import ERROR, INFO, WARNING, lawful, old_case, run
from xingzheng.errors import ProcedureError
from xingzheng.model.enforcement import (
    EnforcementCase,
    PenaltyDecision,
    PenaltyNotice,
    Service,
    with_evidence_log,
)
from xingzheng.strategies import compliant_enforcement_cases

D = dt.date


def severities(case: EnforcementCase, code: str, **kw: object) -> list[object]:
    return [f.severity for f in run(case, **kw).findings if f.code == code]  # type: ignore[arg-type]


# --- a decision to impose no penalty (2021 Art. 57 ¶1(二)(三)) -------------------------------------------

NO_PENALTY = PenaltyDecision(decided_on=D(2022, 3, 25), penalties=())


def test_a_decision_imposing_no_penalty_needs_no_notice_of_an_intended_penalty() -> None:
    # Art. 44 tells "拟作出的行政处罚内容"; Art. 62 forbids "行政处罚决定": a 不予行政处罚 decision has neither.
    case = lawful(notice=None, decision=NO_PENALTY, service=None, payments=())
    assert severities(case, "E4.no-notice") == []
    # The penalty decision without the notice is still an error.
    assert severities(lawful(notice=None), "E4.no-notice") == [ERROR]


def test_the_guard_lets_a_no_penalty_decision_be_recorded_without_a_notice() -> None:
    at = dt.datetime(2022, 3, 25, 10, tzinfo=dt.timezone.utc)
    case = lawful(notice=None, decision=None, service=None, payments=(), closing=None)
    decided = case.decide(NO_PENALTY, at, "ZF")
    assert decided.decision == NO_PENALTY
    with pytest.raises(ProcedureError) as caught:
        case.decide(attrs.evolve(lawful().decision), at, "ZF")  # type: ignore[arg-type]
    assert caught.value.rule == "E4"


def test_a_no_penalty_decision_has_no_decision_document_to_serve() -> None:
    # Art. 59 ¶1: the 行政处罚决定书 is made "给予行政处罚"; Art. 61 serves that document.
    late = Service(served_on=D(2022, 4, 20))
    case = lawful(decision=NO_PENALTY, service=late, payments=())
    assert severities(case, "E8.service-late") == []
    assert severities(lawful(service=late, payments=()), "E8.service-late") == [ERROR]
    assert severities(lawful(decision=NO_PENALTY, service=None, payments=()), "E8.service-overdue", as_of=D(2022, 6, 1)) == []
