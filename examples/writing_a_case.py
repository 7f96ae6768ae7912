"""Writing an enforcement case file: build the case from its stages, add its evidence log, write JSON, check it.

A case-management system exports its cases as data (dates and facts per stage), not as a sequence of
lifecycle calls. `with_evidence_log` builds the hash-chained evidence log (执法全过程记录, E3) from the
stages, each appended with the payload `check` expects, so that the file agrees with itself. The file is
then checked from the command line, as a producer's CI would. Run::

    python examples/writing_a_case.py
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from xingzheng import (
    CaseSource,
    Closing,
    EnforcementCase,
    HearingAnswer,
    HearingRequest,
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
    dump,
    with_evidence_log,
)

D = dt.date


def build_case() -> EnforcementCase:
    """A 2022 case: a 2,000-yuan fine (no hearing right); the party asked late for a hearing anyway."""
    return EnforcementCase(
        case_number="大港街综执罚〔2022〕31号",
        agency="天津市滨海新区大港街道办事处",
        source=CaseSource.GRID,
        party=Party(kind=PartyKind.ORGANISATION, organisation_name="天津某餐饮有限公司"),
        offence=Offence(committed_on=D(2022, 3, 1), description="占道经营"),
        discovered_on=D(2022, 3, 2),
        filed_on=D(2022, 3, 3),
        officers=(Officer("王明", "12010001"), Officer("李强", "12010002")),
        investigation=Investigation(started_on=D(2022, 3, 4), ended_on=D(2022, 3, 8)),
        notice=PenaltyNotice(served_on=D(2022, 3, 10), intended_penalty="罚款2000元", intended_fine_yuan=2000),
        hearing_request=HearingRequest(
            requested_on=D(2022, 3, 24), answer=HearingAnswer.DECLINED_LATE, answer_reason="逾期提出"
        ),
        decision=PenaltyDecision(decided_on=D(2022, 3, 25), penalties=(PenaltyKind.FINE,), fine_yuan=2000),
        service=Service(served_on=D(2022, 3, 25), on_the_spot=True, party_present=True),
        payments=(Payment(paid_on=D(2022, 3, 30), amount_yuan=2000),),
        closing=Closing(closed_on=D(2022, 4, 6), archived_on=D(2022, 4, 8)),
    )


def main() -> None:
    case = with_evidence_log(build_case(), actor="大港街执法办案系统")
    print(f"{case.case_number}: {len(case.evidence_log)} 个记录事件 / events, verify: {case.evidence_log.verify().ok}")
    for event in case.evidence_log.events:
        print(f"  {event.at.isoformat()} {event.kind.value:<18} {event.hash[:12]}…")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        dump(case, path)  # JSON with "kind" and "schema_version"
        result = subprocess.run(
            [sys.executable, "-m", "xingzheng", "check", str(path), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
    data = json.loads(result.stdout)
    print(f"xingzheng check case.json --json: exit {result.returncode}")
    for report in data["reports"]:
        for finding in report["report"]["findings"]:
            print(f"  {finding['code']} [{finding['severity']}] {finding['message_en']}")
    if result.returncode != 0:  # the case is lawful: a late request is the party's own conduct (info)
        raise SystemExit(result.returncode)


if __name__ == "__main__":
    main()
