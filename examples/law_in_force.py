"""A 2020 case and a 2022 case with the same facts, each judged by the law in force on its dates.

Both cases: the party asks for a hearing 4 working days after the notice, and the penalty is decided on
day 95 after filing. Under the 2017 text of the Administrative Penalty Law (in force until 2021-07-14)
the hearing request period is 3 calendar days and there is no general decision limit; under the 2021
text it is 5 working days (Art. 64(一), 85) and the decision limit is 90 days (Art. 60). The numbers come
from the national profile's dated history, never from this script. Run::

    python examples/law_in_force.py
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from xingzheng import (
    CaseSource,
    EnforcementCase,
    HearingRequest,
    Offence,
    Officer,
    Party,
    PartyKind,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    check,
    default_calendar,
    load_profile,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
CALENDAR = default_calendar()


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10), tzinfo=SHANGHAI)


def case_filed_on(filed: dt.date) -> EnforcementCase:
    """The same facts, shifted to start on ``filed``."""
    actor = "执法人员"
    case = EnforcementCase(
        case_number=f"示例〔{filed.year}〕1号",
        agency="天津市滨海新区大港街道办事处",
        source=CaseSource.COMPLAINT,
        party=Party(kind=PartyKind.ORGANISATION, organisation_name="天津某建材有限公司"),
        offence=Offence(committed_on=filed - dt.timedelta(days=5)),
    )
    case = case.file(filed, at(filed), actor)
    for number in ("12010001", "12010002"):
        case = case.assign_officer(
            Officer(name=f"执法员{number[-1]}", certificate_number=number), at(filed), actor
        )
    notified = CALENDAR.add_workdays(filed, 30)
    case = case.notify(
        PenaltyNotice(served_on=notified, intended_penalty="罚款", intended_fine_yuan=50000, hearing_right_stated=True),
        at(notified), actor,
    )  # fmt: skip
    requested = CALENDAR.add_workdays(notified, 4)  # 4 working days after the notice
    case = case.request_hearing(HearingRequest(requested_on=requested), at(requested), actor)
    decided = filed + dt.timedelta(days=95)  # day 95 after filing
    return case.decide(
        PenaltyDecision(decided_on=decided, penalties=(PenaltyKind.FINE,), fine_yuan=50000, large_amount=True),
        at(decided), actor,
    )  # fmt: skip


def main() -> None:
    national = load_profile("national")
    for filed in (dt.date(2020, 3, 2), dt.date(2022, 3, 1)):
        case = case_filed_on(filed)
        assert case.notice is not None and case.decision is not None
        notified = case.notice.served_on
        request = national.get("enforcement.hearing_request_period.max", on=notified)
        limit = national.find("enforcement.decision_period.max", on=filed)
        print(f"== 立案 / filed {filed}: notice {notified}, decision {case.decision.decided_on}")
        print(f"   hearing request period in force: {request.period()} ({request.citations[0].title} "
              f"{request.citations[0].place})")  # fmt: skip
        print(f"   decision limit in force: {limit.period() if limit else 'none (无)'}")
        report = check(case)
        codes = [f.code for f in report.findings if f.rule in {"E5", "E7"}]
        print(f"   findings on E5/E7: {codes or 'none'}")
        for finding in report.findings:
            if finding.rule in {"E5", "E7"}:
                print(f"     {finding.code}: {finding.message_en}")


if __name__ == "__main__":
    main()
