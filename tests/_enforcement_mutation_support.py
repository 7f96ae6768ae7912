"""Builders shared by the enforcement mutation tests (test_mutation_checks_enforcement*.py, issue 22).

Dates are real days on the official calendar; each test file says how its deadlines are counted.
"""

from __future__ import annotations

import datetime as dt

import attrs

from _findings_support import codes, facts, one  # noqa: F401  (re-exported to the enforcement tests)
from xingzheng import check, default_calendar
from xingzheng.checks import Report, Severity
from xingzheng.model.enforcement import (
    CaseSource,
    Closing,
    EnforcementCase,
    Investigation,
    Offence,
    Officer,
    Party,
    PartyKind,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    RemedyKind,
    RemedyOutcome,
    RemedyPeriod,
    Service,
    with_evidence_log,
)
from xingzheng.model.review import LegalityReview, Reviewer, ReviewOpinion, SubjectKind

D = dt.date
CST = dt.timezone(dt.timedelta(hours=8))
DAGANG = "tianjin-binhai-dagang"
WANG = Officer("王东", "12011600001")
ZHAO = Officer("赵西", "12011600002")
ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def lawful(**changes: object) -> EnforcementCase:
    """A lawful 2022 case: a 2,000-yuan fine on a company (no hearing right), decided and served on the spot.

    Its evidence log is rebuilt after the changes, so E3 finds nothing unless a test breaks the log.
    """
    case = EnforcementCase(
        case_number="大港执〔2022〕22号",
        agency="大港街道综合执法大队",
        source=CaseSource.HOTLINE_8890,
        party=Party(PartyKind.ORGANISATION, organisation_name="天津市滨海新区某某商贸有限公司"),
        offence=Offence(committed_on=D(2022, 2, 25), description="占道经营"),
        discovered_on=D(2022, 2, 28),
        filed_on=D(2022, 3, 1),
        officers=(WANG, ZHAO),
        investigation=Investigation(started_on=D(2022, 3, 2), ended_on=D(2022, 3, 8)),
        notice=PenaltyNotice(served_on=D(2022, 3, 10), intended_penalty="罚款2000元", intended_fine_yuan=2000),
        decision=PenaltyDecision(decided_on=D(2022, 3, 25), penalties=(PenaltyKind.FINE,), fine_yuan=2000),
        service=Service(served_on=D(2022, 3, 25), on_the_spot=True, party_present=True),
        payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=2000),),
        closing=Closing(closed_on=D(2022, 4, 6)),
    )
    return with_evidence_log(attrs.evolve(case, **changes), "ZF")


def fine(day: dt.date, amount: int = 2000, **kw: object) -> PenaltyDecision:
    return PenaltyDecision(decided_on=day, penalties=(PenaltyKind.FINE,), fine_yuan=amount, **kw)  # type: ignore[arg-type]


def run(case: EnforcementCase, profile: str = "national", as_of: dt.date | None = None) -> Report:
    return check(case, profile=profile, as_of=as_of)





TOLD = PenaltyNotice(served_on=D(2022, 3, 10), intended_penalty="罚款20万元", intended_fine_yuan=200000, hearing_right_stated=True)


def heavy(**changes: object) -> EnforcementCase:
    """The lawful case with a large fine (it carries the hearing right), told of the right on Thursday 10 March."""
    base: dict[str, object] = dict(
        notice=TOLD,
        decision=fine(D(2022, 3, 25), 200000, large_amount=True),
        payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=200000),),
    )
    base.update(changes)
    return lawful(**base)


def old_case(**changes: object) -> EnforcementCase:
    """A 2020 case (the 2017 text): decided and served on the spot on Friday 5 June 2020."""
    base: dict[str, object] = dict(
        offence=Offence(committed_on=D(2020, 5, 6)), discovered_on=D(2020, 5, 8), filed_on=D(2020, 5, 11),
        investigation=Investigation(started_on=D(2020, 5, 12)),
        notice=PenaltyNotice(served_on=D(2020, 5, 20), intended_fine_yuan=2000),
        decision=fine(D(2020, 6, 5)), service=Service(served_on=D(2020, 6, 5), on_the_spot=True),
        payments=(Payment(paid_on=D(2020, 6, 10), amount_yuan=2000),), closing=Closing(closed_on=D(2020, 6, 20)),
    )
    base.update(changes)
    return lawful(**base)


def summary(**kw: object) -> PenaltyDecision:
    kw.setdefault("penalties", (PenaltyKind.FINE,))
    amount = kw.pop("amount", 2000)
    return PenaltyDecision(decided_on=D(2022, 3, 25), fine_yuan=amount, procedure=ProcedureKind.SUMMARY, **kw)  # type: ignore[arg-type]


#: The built-in calendar with Wednesday 16 March 2022 a local rest day (a supplement's local layer).
LOCAL = default_calendar().with_supplement(
    {"year": 2022, "source": "地方", "local_rest_days": [{"date": D(2022, 3, 16), "name": "地方假日", "basis": "区政府决定"}]}
)


def uncovered(**changes: object) -> EnforcementCase:
    """A 2027 case: the built-in calendar stops at 31 December 2026."""
    base: dict[str, object] = dict(
        offence=Offence(committed_on=D(2027, 2, 22)), discovered_on=D(2027, 2, 24), filed_on=D(2027, 3, 1),
        investigation=Investigation(started_on=D(2027, 3, 2)),
        notice=attrs.evolve(TOLD, served_on=D(2027, 3, 10)),
        decision=fine(D(2027, 3, 25), 200000, large_amount=True), service=Service(served_on=D(2027, 3, 25), on_the_spot=True),
        payments=(Payment(paid_on=D(2027, 3, 26), amount_yuan=200000),), closing=None,
    )
    base.update(changes)
    return lawful(**base)


LOG_CITE = "第四十七条"
INTEGRITY = "记录完整性：xingzheng 的设计要求（哈希链），非法律规定"


def review(opinion: ReviewOpinion | None, completed: dt.date | None, *reviewers: Reviewer) -> LegalityReview:
    return LegalityReview(
        subject_kind=SubjectKind.ENFORCEMENT_DECISION, requested_on=D(2022, 3, 21), materials_complete_on=D(2022, 3, 21),
        opinion=opinion, completed_on=completed, reviewers=reviewers,
    )


REVOKED = (RemedyPeriod(RemedyKind.RECONSIDERATION, started_on=D(2022, 4, 1), ended_on=D(2022, 5, 6), outcome=RemedyOutcome.REVOKED),)
