"""Compliant on-the-spot (summary procedure, 简易程序) enforcement cases, beside the general procedure's.

A summary decision is made on the spot (行政处罚法 2021 Art. 51–52; 2017 Art. 33–34): a warning or a fine
within the ceiling for the party's kind, told to the party before the decision, handed over on the spot
and filed with the agency; from 2024-01-01 the party is told to apply for reconsideration first
(行政复议法 2023 Art. 23). No filing (立案), investigation, legal review or hearing belongs to it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from xingzheng.model.enforcement import (
    CaseSource,
    Closing,
    EnforcementCase,
    Execution,
    Offence,
    PartyKind,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Publicity,
    Service,
)
from xingzheng.strategies._enforcement import (
    _ACTOR,
    _between,
    _crew,
    _later,
    _Limits,
    _parties,
    _profile_of,
)

__all__ = ["compliant_summary_cases"]

#: The first day of 行政复议法 (2023), whose Art. 23 ¶2 binds on-the-spot decisions (R3).
_RECONSIDERATION_FIRST = dt.date(2024, 1, 1)


@st.composite
def compliant_summary_cases(
    draw: st.DrawFn,
    profile: object = "national",
    min_date: dt.date = dt.date(2016, 6, 1),
    max_date: dt.date = dt.date(2024, 12, 31),
) -> EnforcementCase:
    """An on-the-spot (summary procedure) case that meets every duty of ``profile``, on time.

    A warning, a fine within the profile's ceiling for the party's kind on the day of the decision, or
    both; the party told the intended penalty, its facts, reasons and basis and its rights on the spot
    before the decision; two or more certified officers with their training hours; the decision
    handed over on the spot and filed with the agency; from 2024-01-01 the party told to apply for
    reconsideration first; payment within the period, execution and closing, and the evidence log
    built from the stages. `check` finds no error and no warning in it
    (tests/test_enforcement_summary_compliant.py).
    """
    from xingzheng.model.enforcement.writing import with_evidence_log

    limits = _Limits(_profile_of(profile))
    decided = draw(st.dates(min_value=min_date, max_value=max_date))
    committed = decided - dt.timedelta(days=draw(st.integers(min_value=0, max_value=30)))
    party = draw(_parties())
    key = (
        "enforcement.summary_fine_citizen.max"
        if party.kind is PartyKind.CITIZEN
        else "enforcement.summary_fine_organisation.max"
    )
    ceiling = limits.floor(key, decided, 50)
    kinds = draw(st.sampled_from([(PenaltyKind.WARNING,), (PenaltyKind.FINE,), (PenaltyKind.FINE, PenaltyKind.WARNING)]))
    fine = draw(st.integers(min_value=1, max_value=ceiling)) if PenaltyKind.FINE in kinds else 0
    crew = _crew(draw, limits, decided, decided)
    told = True if decided >= _RECONSIDERATION_FIRST else draw(st.none() | st.booleans())
    social = draw(st.booleans())
    decision = PenaltyDecision(
        decided_on=decided,
        procedure=ProcedureKind.SUMMARY,
        penalties=kinds,
        fine_yuan=fine,
        social_impact=social,
        document_number=f"罚决字〔{decided.year}〕{draw(st.integers(1, 999))}号",
        filed_with_agency_on=_later(draw, decided, 3),
        reconsideration_first_told=told,
    )
    notice = PenaltyNotice(
        served_on=decided,
        intended_penalty=f"罚款{fine}元" if fine else "警告",
        intended_fine_yuan=fine or None,
        facts_reasons_basis=True,
        rights_stated=True,
    )
    payments: tuple[Payment, ...] = ()
    paid = decided
    if fine:
        paid = _between(draw, decided, limits.last_day("enforcement.payment_period.max", decided, 10))
        payments = (Payment(paid_on=paid, amount_yuan=fine),)
    publicity = None
    if social:
        published = _between(draw, decided, limits.last_day("enforcement.publication_period.max", decided, 14))
        publicity = Publicity(published_on=published, url="https://example.gov.cn/cf")
    executed = _later(draw, paid, 5)
    closed = _later(draw, executed, 10)
    case = EnforcementCase(
        case_number=f"ZF-{decided.year}-{draw(st.integers(min_value=1, max_value=9999)):04d}",
        agency="大港街道综合执法大队",
        source=draw(st.sampled_from([CaseSource.INSPECTION, CaseSource.GRID])),
        party=party,
        offence=Offence(committed_on=committed, description="占道经营"),
        discovered_on=decided,
        officers=crew,
        notice=notice,
        decision=decision,
        service=Service(served_on=decided, on_the_spot=True, party_present=True),
        payments=payments,
        publicity=publicity,
        execution=Execution(executed_on=executed),
        closing=Closing(closed_on=closed, archived_on=_later(draw, closed, 10)),
    )
    return with_evidence_log(case, _ACTOR)
