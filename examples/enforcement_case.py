"""An enforcement (penalty) case from filing to closing, with its tamper-evident evidence log.

Each lifecycle method sets the case's field and appends the matching event to the hash-chained log in
one step (E3, 执法全过程记录). The log is verified; then one recorded event is rewritten, as a careless
or dishonest edit would, and `verify()` and `check` both find it. Run::

    python examples/enforcement_case.py
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs

from xingzheng import (
    CaseSource,
    Closing,
    Defence,
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
    Service,
    check,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """The instant an event was recorded (timezone-aware, as the log requires)."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=SHANGHAI)


def build_case() -> EnforcementCase:
    officers = (
        Officer(name="王明", certificate_number="12010001"),
        Officer(name="李强", certificate_number="12010002"),
    )
    case = EnforcementCase(
        case_number="大港街综执罚〔2021〕18号",
        agency="天津市滨海新区大港街道办事处",
        source=CaseSource.HOTLINE_8890,
        party=Party(kind=PartyKind.ORGANISATION, organisation_name="天津某餐饮有限公司"),
        offence=Offence(committed_on=dt.date(2021, 8, 2), description="占道经营"),
    )
    actor = "王明"
    case = case.discover(dt.date(2021, 8, 3), at(dt.date(2021, 8, 3)), actor)
    case = case.file(dt.date(2021, 8, 4), at(dt.date(2021, 8, 4)), actor)
    for officer in officers:
        case = case.assign_officer(officer, at(dt.date(2021, 8, 4), 11), actor)
    case = case.investigate(
        Investigation(started_on=dt.date(2021, 8, 5), ended_on=dt.date(2021, 8, 10),
                      officer_certificates=("12010001", "12010002")),
        at(dt.date(2021, 8, 10)), actor,
    )  # fmt: skip
    case = case.notify(
        PenaltyNotice(served_on=dt.date(2021, 8, 12), intended_penalty="罚款", intended_fine_yuan=2000),
        at(dt.date(2021, 8, 12)), actor,
    )  # fmt: skip
    case = case.record_defence(Defence(on=dt.date(2021, 8, 13), waived=True), at(dt.date(2021, 8, 13)), actor)
    case = case.decide(
        PenaltyDecision(decided_on=dt.date(2021, 8, 20), penalties=(PenaltyKind.FINE,), fine_yuan=2000),
        at(dt.date(2021, 8, 20)), actor,
    )  # fmt: skip
    case = case.serve(
        Service(served_on=dt.date(2021, 8, 20), on_the_spot=True), at(dt.date(2021, 8, 20), 15), actor
    )
    case = case.pay(Payment(paid_on=dt.date(2021, 8, 30), amount_yuan=2000), at(dt.date(2021, 8, 30)), actor)
    case = case.close(Closing(closed_on=dt.date(2021, 9, 1)), at(dt.date(2021, 9, 1)), actor)
    return case


def main() -> None:
    case = build_case()
    log = case.evidence_log
    print(f"{case.case_number}: {len(log)} 个记录事件 / events in the evidence log")
    for index, event in enumerate(log.events):
        print(f"  {index:2d} {event.at.isoformat()} {event.kind.value:<20} {event.hash[:12]}…")

    head = log.head  # keep the head elsewhere (a register, a timestamping service): it detects truncation
    print(f"verify(): {log.verify(expected_head=head)}")

    report = check(case)
    print(f"check (national, {case.decision.decided_on if case.decision else '-'}): ok={report.ok}, "
          f"codes={list(report.codes())}")  # fmt: skip

    # Rewrite one recorded event (the notice's day, say) without re-chaining the log.
    events = list(log.events)
    target = next(i for i, e in enumerate(events) if e.kind.value == "notified")
    events[target] = attrs.evolve(events[target], at=events[target].at - dt.timedelta(days=3))
    tampered = attrs.evolve(case, evidence_log=attrs.evolve(log, events=tuple(events)))

    result = tampered.evidence_log.verify(expected_head=head)
    print(
        f"篡改后 / after the edit: verify() -> ok={result.ok}, first bad event {result.index}: {result.reason}"
    )
    report = check(tampered)
    print(f"check: ok={report.ok}")
    for finding in report.findings:
        if finding.rule == "E3":
            print(f"  {finding.code} [{finding.severity.value}] {finding.message_en}")
            print(f"    依据 / citation: {finding.citation}")


if __name__ == "__main__":
    main()
