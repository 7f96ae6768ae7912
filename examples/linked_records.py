"""Linked records: a petition that became an enforcement case, which a reconsideration then revoked.

The petition (信访) asked the street office to stop a restaurant's fumes; it was routed into a penalty
procedure (信访工作条例 Art. 31(四), W3) and named the case it became. The penalty decision was published;
the restaurant applied for reconsideration, and the decision was revoked. 行政处罚法 Art. 48 ¶2 then gives
the office three working days to withdraw the published decision: `check_all` follows the links and finds
that it was not withdrawn (E10, on the case). Run::

    python examples/linked_records.py            # check the three records together
    python examples/linked_records.py --write    # (re)write them into examples/remedies-2024/
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs

from xingzheng import (
    CaseSource,
    ChallengedAct,
    ChallengedKind,
    Defence,
    EnforcementCase,
    Investigation,
    Offence,
    Officer,
    OpinionLetter,
    Party,
    PartyKind,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    Petition,
    PetitionForm,
    PetitionRoute,
    PetitionRouting,
    Publicity,
    ReconsiderationCase,
    ReconsiderationOutcome,
    RespondentAnswer,
    Service,
    check_all,
    dump,
    upcoming,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
FOLDER = Path(__file__).resolve().parent / "remedies-2024"
AS_OF = dt.date(2024, 6, 30)
CASE_NUMBER = "大港街综执罚〔2024〕9号"
RESTAURANT = Party(kind=PartyKind.ORGANISATION, organisation_name="天津某餐饮有限公司")


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """The instant an event was recorded (timezone-aware, as the evidence log requires)."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=SHANGHAI)


def petition() -> Petition:
    return Petition(
        petition_id="大港信〔2024〕31号",
        received_by="天津市滨海新区大港街道办事处",
        petitioner=Party(kind=PartyKind.CITIZEN, person_name="丙某", phone="13812345678"),
        form=PetitionForm.LETTER,
        received_on=dt.date(2024, 3, 4),
        matter="反映某餐馆油烟扰民，请求查处",
        registered_on=dt.date(2024, 3, 4),
        notified_on=dt.date(2024, 3, 12),
        routing=PetitionRouting(PetitionRoute.PENALTY_PROCEDURE, dt.date(2024, 3, 8), CASE_NUMBER),
    )


def enforcement_case() -> EnforcementCase:
    case = EnforcementCase(
        case_number=CASE_NUMBER,
        agency="天津市滨海新区大港街道办事处",
        source=CaseSource.PETITION,
        source_detail="大港信〔2024〕31号",
        party=RESTAURANT,
        offence=Offence(committed_on=dt.date(2024, 3, 1), description="餐饮油烟直排"),
    )
    actor = "王明"
    case = case.discover(dt.date(2024, 3, 8), at(dt.date(2024, 3, 8)), actor)
    case = case.file(dt.date(2024, 3, 8), at(dt.date(2024, 3, 8), 11), actor)
    for officer in (Officer(name="王明", certificate_number="12010001"), Officer(name="李强", certificate_number="12010002")):
        case = case.assign_officer(officer, at(dt.date(2024, 3, 8), 12), actor)
    case = case.investigate(
        Investigation(started_on=dt.date(2024, 3, 11), ended_on=dt.date(2024, 3, 15), officer_certificates=("12010001", "12010002")),
        at(dt.date(2024, 3, 15)), actor,
    )  # fmt: skip
    case = case.notify(
        PenaltyNotice(served_on=dt.date(2024, 3, 18), intended_penalty="罚款", intended_fine_yuan=5000),
        at(dt.date(2024, 3, 18)), actor,
    )  # fmt: skip
    case = case.record_defence(Defence(on=dt.date(2024, 3, 19), waived=True), at(dt.date(2024, 3, 19)), actor)
    case = case.decide(
        PenaltyDecision(decided_on=dt.date(2024, 3, 25), penalties=(PenaltyKind.FINE,), fine_yuan=5000),
        at(dt.date(2024, 3, 25)), actor,
    )  # fmt: skip
    case = case.serve(Service(served_on=dt.date(2024, 3, 26)), at(dt.date(2024, 3, 26)), actor)
    case = case.publish(Publicity(published_on=dt.date(2024, 3, 28)), at(dt.date(2024, 3, 28)), actor)
    return case.pay(Payment(paid_on=dt.date(2024, 4, 8), amount_yuan=5000), at(dt.date(2024, 4, 8)), actor)


def reconsideration() -> ReconsiderationCase:
    case = ReconsiderationCase(
        case_id="滨复〔2024〕21号",
        body="天津市滨海新区人民政府",
        applicant=RESTAURANT,
        respondent="天津市滨海新区大港街道办事处",
        challenged=ChallengedAct(ChallengedKind.ENFORCEMENT_CASE, CASE_NUMBER, dt.date(2024, 3, 25)),
        applied_on=dt.date(2024, 4, 15),
        knew_on=dt.date(2024, 3, 26),
        told_of_rights=True,
        accepted_on=dt.date(2024, 4, 17),
        answer=RespondentAnswer(dt.date(2024, 4, 19), dt.date(2024, 4, 30)),
    )
    case = case.decide(ReconsiderationOutcome.REVOKED, dt.date(2024, 5, 31), published_online=True)
    # An opinion letter to the office about its fume complaints: the correction report is still due (R8).
    letter = OpinionLetter("天津市滨海新区大港街道办事处", dt.date(2024, 6, 3))
    return attrs.evolve(case, opinion_letters=(letter,))


def main() -> None:
    records = {"petition": petition(), "enforcement-case": enforcement_case(), "reconsideration-case": reconsideration()}
    if "--write" in sys.argv:
        for name, record in records.items():
            dump(record, FOLDER / f"{name}.json")
    reports = check_all(records.values(), profile="tianjin-binhai-dagang", as_of=AS_OF)
    for name, report in zip(records, reports, strict=True):
        print(f"{name}: {report.title} ok={report.ok}")
        for finding in report.findings:
            print(f"  [{finding.severity.value}] {finding.code}: {finding.message}")
    for record in records.values():
        for item in upcoming(record, AS_OF, profile="tianjin-binhai-dagang"):
            print(f"  due {item.deadline.due} [{item.rule}] {item.what_en}")


if __name__ == "__main__":
    main()
