"""Issue 18: no error without words that bind. Each false error of the issue, on the lawful record (no error)
and on the unlawful one (the finding), from the API and a few from the CLI (`xingzheng check FILE --json`).

Dates are real: 2022-03-10 is a Thursday; 3–5 Apr 2022 are the Qingming holidays, Sat 2 Apr and Sun 24 Apr
working days (国办发明电〔2021〕11号).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import attrs
import pytest

from _enforcement_mutation_support import WANG, ZHAO
from _enforcement_mutation_support import lawful as _lawful
from xingzheng import check, dumps, upcoming
from xingzheng.checks import Report, Severity
from xingzheng.cli import main
from xingzheng.model.enforcement import (
    AuxiliaryStaff,
    Closing,
    EnforcementCase,
    Hearing,
    HearingAnswer,
    HearingRequest,
    Investigation,
    Offence,
    Officer,
    Payment,
    PenaltyDecision,
    PenaltyKind,
    PenaltyNotice,
    ProcedureKind,
    Publicity,
    RemedyKind,
    RemedyOutcome,
    RemedyPeriod,
    Service,
    payload_of,
    with_evidence_log,
)
from xingzheng.model.evidence import EventKind
from xingzheng.model.review import LegalityReview, ReviewOpinion, SubjectKind
from xingzheng.rules import parse_profile

D = dt.date
DAGANG = "tianjin-binhai-dagang"
CJK = re.compile(r"[\u4e00-\u9fff]")


def lawful(**changes: object) -> EnforcementCase:
    """A lawful 2022 case: a 2,000-yuan fine on a company (no hearing right), decided and served on the spot."""
    return _lawful(**{"case_number": "大港执〔2022〕18号", **changes})


def serious(report: Report) -> set[str]:
    return {f.code for f in report.findings if f.severity is not Severity.INFO}


def finding(report: Report, code: str):  # type: ignore[no-untyped-def]
    (found,) = [f for f in report.findings if f.code == code]
    return found


def decision(**kw: object) -> PenaltyDecision:
    base: dict[str, object] = {"decided_on": D(2022, 3, 25), "penalties": (PenaltyKind.FINE,), "fine_yuan": 2000}
    return PenaltyDecision(**{**base, **kw})  # type: ignore[arg-type]


def test_the_lawful_base_case_is_clean() -> None:
    for profile in ("national", DAGANG):
        assert serious(check(lawful(), profile=profile)) == set()


# --- E5: a late request is the party's conduct -----------------------------------------------------------


def test_a_late_request_declined_as_late_is_info_only() -> None:
    heavy = decision(large_amount=True)
    notice = PenaltyNotice(served_on=D(2022, 3, 10), intended_fine_yuan=2000, hearing_right_stated=True)
    late = HearingRequest(requested_on=D(2022, 3, 24), answer=HearingAnswer.DECLINED_LATE)
    report = check(lawful(notice=notice, decision=heavy, hearing_request=late))
    assert finding(report, "E5.hearing-request-late").severity is Severity.INFO
    assert serious(report) == set()


def test_a_request_in_time_declined_as_late_is_an_error() -> None:
    heavy = decision(large_amount=True)
    notice = PenaltyNotice(served_on=D(2022, 3, 10), intended_fine_yuan=2000, hearing_right_stated=True)
    in_time = HearingRequest(requested_on=D(2022, 3, 17), answer=HearingAnswer.DECLINED_LATE)  # day 5 (working)
    report = check(lawful(notice=notice, decision=heavy, hearing_request=in_time))
    found = finding(report, "E12.hearing-not-held")
    assert found.severity is Severity.ERROR and "in time" in found.message_en
    assert "E5.hearing-request-late" not in report.codes()


# --- E12: the hearing right only for the penalties Art. 63 lists ------------------------------------------


def test_no_hearing_for_a_fine_that_carries_no_hearing_right() -> None:
    asked = HearingRequest(requested_on=D(2022, 3, 11), answer=HearingAnswer.DECLINED, answer_reason="非较大数额罚款")
    assert serious(check(lawful(hearing_request=asked))) == set()


@pytest.mark.parametrize(
    "heavy",
    [
        {"large_amount": True},
        {"hearing_right": True},  # other heavier penalties, or those named by law (Art. 63 ¶1(五)(六))
        {"penalties": (PenaltyKind.FINE, PenaltyKind.LICENCE_REVOKED)},
    ],
)
def test_a_penalty_of_a_listed_kind_needs_the_hearing_asked_for(heavy: dict[str, object]) -> None:
    asked = HearingRequest(requested_on=D(2022, 3, 11))
    notice = PenaltyNotice(served_on=D(2022, 3, 10), intended_fine_yuan=2000, hearing_right_stated=True)
    report = check(lawful(hearing_request=asked, notice=notice, decision=decision(**heavy)))
    assert finding(report, "E12.hearing-not-held").severity is Severity.ERROR
    told_not = PenaltyNotice(served_on=D(2022, 3, 10), intended_fine_yuan=2000, hearing_right_stated=False)
    untold = check(lawful(notice=told_not, decision=decision(**heavy)))
    assert finding(untold, "E12.hearing-right-not-told").severity is Severity.ERROR
    unknown = check(lawful(decision=decision(**heavy)))  # hearing_right_stated not recorded
    assert finding(unknown, "E12.hearing-right-not-recorded").severity is Severity.WARNING
    assert "E12.hearing-right-not-told" not in unknown.codes()


def test_an_explicit_no_hearing_right_overrides_the_kind() -> None:
    asked = HearingRequest(requested_on=D(2022, 3, 11))
    assert serious(check(lawful(hearing_request=asked, decision=decision(large_amount=True, hearing_right=False)))) == set()


def test_a_party_absent_from_the_hearing_is_a_fact() -> None:
    notice = PenaltyNotice(served_on=D(2022, 3, 10), intended_fine_yuan=2000, hearing_right_stated=True)
    hearing = Hearing(notified_on=D(2022, 3, 11), held_on=D(2022, 3, 23), party_present=False)
    report = check(lawful(notice=notice, hearing_request=HearingRequest(D(2022, 3, 11)), hearing=hearing))
    assert finding(report, "E12.party-absent").severity is Severity.INFO
    assert serious(report) == set()


# --- E6: dated; the amend opinion ----------------------------------------------------------------------


def _review(opinion: ReviewOpinion, completed: dt.date) -> LegalityReview:
    return LegalityReview(
        subject_kind=SubjectKind.ENFORCEMENT_DECISION,
        requested_on=completed - dt.timedelta(days=3),
        materials_complete_on=completed - dt.timedelta(days=3),
        opinion=opinion,
        completed_on=completed,
    )


def _case_2020(**changes: object) -> EnforcementCase:
    return lawful(
        offence=Offence(committed_on=D(2020, 5, 6)),
        discovered_on=D(2020, 5, 8),
        filed_on=D(2020, 5, 11),
        investigation=Investigation(started_on=D(2020, 5, 12)),
        notice=PenaltyNotice(served_on=D(2020, 5, 20), intended_fine_yuan=2000),
        decision=PenaltyDecision(decided_on=D(2020, 6, 5), penalties=(PenaltyKind.FINE,), fine_yuan=2000),
        service=Service(served_on=D(2020, 6, 5), on_the_spot=True),
        payments=(Payment(paid_on=D(2020, 6, 10), amount_yuan=2000),),
        closing=Closing(closed_on=D(2020, 6, 20)),
        **changes,
    )


def test_2020_an_amend_opinion_is_no_error_the_2017_text_asks_only_for_a_review() -> None:
    report = check(_case_2020(legal_review=_review(ReviewOpinion.MUST_BE_AMENDED, D(2020, 6, 1))))
    assert {f.code: f.severity for f in report.findings if f.rule == "E6"} == {
        "E6.decided-against-review": Severity.WARNING
    }
    assert not [f for f in report.findings if f.severity is Severity.ERROR]


def test_2020_no_review_at_all_is_an_error() -> None:
    report = check(_case_2020())
    assert finding(report, "E6.review-missing").severity is Severity.ERROR
    assert "应当由从事行政处罚决定审核的人员进行审核" in finding(report, "E6.review-missing").citation


@pytest.mark.parametrize(
    ("opinion", "amended", "expected"),
    [
        (ReviewOpinion.LAWFUL, None, {}),
        (ReviewOpinion.MUST_BE_AMENDED, True, {}),
        (ReviewOpinion.MUST_BE_AMENDED, None, {"E6.amend-not-recorded": Severity.WARNING}),
        (ReviewOpinion.MUST_BE_AMENDED, False, {"E6.amend-not-followed": Severity.ERROR}),
        (ReviewOpinion.UNLAWFUL, None, {"E6.review-not-passed": Severity.ERROR}),
    ],
)
def test_2021_the_opinion_decides(opinion: ReviewOpinion, amended: bool | None, expected: dict[str, Severity]) -> None:
    case = lawful(
        major_public_interest=True,
        legal_review=_review(opinion, D(2022, 3, 22)),
        decision=decision(amended_per_review=amended),
    )
    report = check(case)
    assert {f.code: f.severity for f in report.findings if f.rule == "E6"} == expected


# --- E9: the discovery date, not the filing date ----------------------------------------------------------


def test_no_discovery_date_and_a_first_step_within_the_limitation_is_clean() -> None:
    assert serious(check(lawful(discovered_on=None))) == set()


def test_no_discovery_date_after_the_limitation_is_a_warning_naming_the_field() -> None:
    old = Offence(committed_on=D(2019, 6, 3))
    report = check(lawful(offence=old, discovered_on=None))
    found = finding(report, "E9.discovery-not-recorded")
    assert found.severity is Severity.WARNING and found.path == "$.discovered_on"
    assert "discovered_on" in found.message_en
    assert "E9.limitation-expired" not in report.codes()


def test_discovered_after_the_limitation_and_penalised_is_an_error() -> None:
    report = check(lawful(offence=Offence(committed_on=D(2019, 6, 3)), discovered_on=D(2022, 2, 28)))
    assert finding(report, "E9.limitation-expired").severity is Severity.ERROR


# --- E10: publication has the disclosure regulation's limit ----------------------------------------------


def test_unpublished_on_the_decision_day_is_an_upcoming_item_not_an_error() -> None:
    case = lawful(decision=decision(social_impact=True))
    assert "E10.not-published" not in check(case).codes()
    assert "E10.not-published" not in check(case, as_of=D(2022, 3, 25)).codes()
    (item,) = [u for u in upcoming(case, as_of=D(2022, 3, 25)) if u.parameter == "enforcement.publication_period.max"]
    # 20 working days from Fri 25 Mar 2022: Sat 2 Apr worked, Qingming 3–5 Apr off, Sun 24 Apr worked
    # (the May Day swap, 国办发明电〔2021〕11号): the 20th is Sun 24 Apr.
    assert item.deadline.due == D(2022, 4, 24)
    assert "20个工作日" in item.citation and "具有一定社会影响的行政处罚决定" in item.citation


def test_unpublished_past_the_limit_is_an_error_and_late_publication_too() -> None:
    case = lawful(decision=decision(social_impact=True))
    report = check(case, as_of=D(2022, 4, 25))
    assert finding(report, "E10.not-published").severity is Severity.ERROR
    assert "Art. 26" in finding(report, "E10.not-published").citation or "第二十六条" in finding(
        report, "E10.not-published"
    ).citation
    assert "E10.not-published" not in check(case, as_of=D(2022, 4, 24)).codes()
    late = lawful(decision=decision(social_impact=True), publicity=Publicity(published_on=D(2022, 4, 25)))
    assert finding(check(late), "E10.published-late").severity is Severity.ERROR
    on_time = lawful(decision=decision(social_impact=True), publicity=Publicity(published_on=D(2022, 4, 24)))
    assert serious(check(on_time)) == set()


def test_a_remedy_that_revoked_the_decision_starts_the_withdrawal_clock() -> None:
    revoked = RemedyPeriod(RemedyKind.RECONSIDERATION, D(2022, 4, 1), D(2022, 5, 30), RemedyOutcome.REVOKED)
    upheld = attrs.evolve(revoked, outcome=RemedyOutcome.UPHELD)
    published = Publicity(published_on=D(2022, 3, 28))
    base = {"decision": decision(social_impact=True), "publicity": published}
    assert serious(check(lawful(remedies=(upheld,), **base), as_of=D(2022, 7, 1))) == set()
    report = check(lawful(remedies=(revoked,), **base), as_of=D(2022, 7, 1))
    assert finding(report, "E10.withdrawal-overdue").severity is Severity.ERROR


# --- E11: the period the profile declares ------------------------------------------------------------------

# A local profile that adopts the seed's hours without declaring their period. Its parent is `national`
# (which does not enforce E11): a child of Dagang would inherit Dagang's declared period, since a child
# entry never drops a tag that widens its parent's duties (issue 17).
_UNDECLARED = """
schema_version = 1
name = "dagang-no-period"
parent = "national"

[[parameters]]
key = "enforcement.training_hours.min"
rule = "E11"
description_zh = "执法人员专题法律培训学时"
description_en = "class hours of topical legal training"
bound = "floor"
binds = "agency"
[[parameters.values]]
since = 2020-01-01
value = 40
unit = "hours"
citations = [{ source = "seed", place = "二(五) ¶2", quote = "专题培训不少于 40 学时" }]

[[rules]]
rule = "E11"
title_zh = "执法人员培训与警示教育"
title_en = "officers' training and warning education"
[[rules.values]]
since = 2020-01-01
in_force = true
citations = [{ source = "seed", place = "二(五) ¶2", quote = "专题培训不少于 40 学时" }]
"""


def test_short_training_is_an_error_under_a_declared_period_and_a_warning_without() -> None:
    trained = (attrs.evolve(WANG, training_year=2022, training_hours=30, warning_education_hours=20), ZHAO)
    case = lawful(officers=trained)
    assert finding(check(case, profile=DAGANG), "E11.training-hours-short").severity is Severity.ERROR
    undeclared = parse_profile(_UNDECLARED, "undeclared.toml")
    found = finding(check(case, profile=undeclared), "E11.training-hours-short-period-unknown")
    assert found.severity is Severity.WARNING
    enough = (attrs.evolve(WANG, training_year=2022, training_hours=40, warning_education_hours=20), ZHAO)
    assert serious(check(lawful(officers=enough), profile=DAGANG)) == set()


# --- E3: integrity, each language alone; notes are no stage ------------------------------------------------


def test_a_tampered_log_is_an_integrity_error_said_in_each_language_alone() -> None:
    case = lawful()
    events = list(case.evidence_log.events)
    events[5] = attrs.evolve(events[5], actor="someone else")
    tampered = attrs.evolve(case, evidence_log=attrs.evolve(case.evidence_log, events=tuple(events)))
    found = finding(check(tampered), "E3.log-broken")
    assert found.severity is Severity.ERROR
    assert "design requirement" in found.citation and "设计要求" in found.citation
    assert "integrity" in found.message_en and "完整性" in found.message
    assert not CJK.search(found.message_en)
    assert not re.search(r"[A-Za-z]{3,}", found.message)


def test_a_record_without_its_log_is_not_recorded_a_warning_per_stage() -> None:
    from xingzheng.model.evidence import EvidenceLog

    report = check(attrs.evolve(lawful(), evidence_log=EvidenceLog()))
    missing = [f for f in report.findings if f.code == "E3.event-missing"]
    assert {f.path for f in missing} >= {"$.filed_on", "$.decision", "$.service"}
    assert all(f.severity is Severity.WARNING for f in missing) and report.ok


def test_a_note_never_stands_for_a_stage() -> None:
    case = lawful(remedies=(RemedyPeriod(RemedyKind.LITIGATION, D(2022, 4, 1)),))
    noted = attrs.evolve(
        case,
        evidence_log=case.evidence_log.append(
            EventKind.NOTE, dt.datetime(2022, 4, 7, 9, tzinfo=dt.UTC), "ZF", (("text", "听证申请逾期，不予组织"),)
        ),
    )
    assert not [c for c in check(noted).codes() if c.startswith("E3.")]
    assert [e.kind for e in noted.evidence_log.events].count(EventKind.REMEDY) == 1


# --- E13: the words that bind -------------------------------------------------------------------------------


@pytest.mark.parametrize("day", [D(2020, 6, 5), D(2022, 3, 25)])
def test_a_summary_fine_too_high_cites_the_duty_to_use_the_general_procedure(day: dt.date) -> None:
    summary = PenaltyDecision(
        decided_on=day, procedure=ProcedureKind.SUMMARY, penalties=(PenaltyKind.FINE,), fine_yuan=5000
    )
    found = finding(check(lawful(decision=summary, service=Service(day, on_the_spot=True))), "E13.summary-fine-too-high")
    assert found.severity is Severity.ERROR
    assert "必须全面、客观、公正地调查" in found.citation


# --- E2: officers on the days they acted ------------------------------------------------------------------


def test_an_officer_who_joined_later_is_checked_on_the_days_they_acted() -> None:
    later = Officer("钱北", "12011600003", certificate_valid_from=D(2022, 3, 9), acted_on=(D(2022, 3, 10),))
    listed = Investigation(started_on=D(2022, 3, 2), officer_certificates=("12011600001", "12011600002"))
    assert serious(check(lawful(officers=(WANG, ZHAO, later), investigation=listed))) == set()
    too_early = attrs.evolve(later, acted_on=(D(2022, 3, 8),))
    report = check(lawful(officers=(WANG, ZHAO, too_early), investigation=listed))
    found = finding(report, "E2.certificate-invalid")
    assert found.severity is Severity.ERROR and found.path == "$.officers[2].certificate_number"


def test_no_officer_recorded_is_a_warning_naming_the_field() -> None:
    report = check(lawful(officers=()))
    assert finding(report, "E2.officers-not-recorded").severity is Severity.WARNING
    assert "E2.too-few-officers" not in report.codes()
    assert finding(check(lawful(officers=(WANG,))), "E2.too-few-officers").severity is Severity.ERROR


def test_a_withdrawal_without_its_reasons_recorded_is_a_warning() -> None:
    revoked = RemedyPeriod(RemedyKind.RECONSIDERATION, D(2022, 4, 1), D(2022, 5, 30), RemedyOutcome.REVOKED)
    base = {"decision": decision(social_impact=True), "remedies": (revoked,)}
    unknown = Publicity(published_on=D(2022, 3, 28), withdrawn_on=D(2022, 5, 31))
    assert finding(check(lawful(publicity=unknown, **base)), "E10.withdrawal-reasons-not-recorded").severity is (
        Severity.WARNING
    )
    silent = attrs.evolve(unknown, reasons_published=False)
    assert finding(check(lawful(publicity=silent, **base)), "E10.withdrawal-reasons-missing").severity is (
        Severity.ERROR
    )
    assert serious(check(lawful(publicity=attrs.evolve(unknown, reasons_published=True), **base))) == set()


def test_auxiliary_staff_may_not_decide() -> None:
    helper = AuxiliaryStaff(name="孙协", role="协助调查")
    assert serious(check(lawful(auxiliary_staff=(helper,)))) == set()
    report = check(lawful(auxiliary_staff=(attrs.evolve(helper, decided=True),)))
    assert finding(report, "E2.auxiliary-decided").severity is Severity.ERROR


def test_a_party_present_gets_the_document_on_the_spot() -> None:
    absent = Service(served_on=D(2022, 3, 28), party_present=False)
    assert serious(check(lawful(service=absent))) == set()
    present = Service(served_on=D(2022, 3, 28), party_present=True)
    assert finding(check(lawful(service=present)), "E8.not-handed-over").severity is Severity.ERROR


# --- confidential ---------------------------------------------------------------------------------------------


def test_the_closed_reason_of_a_hearing_is_confidential() -> None:
    closed = Hearing(
        notified_on=D(2022, 3, 11), held_on=D(2022, 3, 23), public=False, closed_reason="涉及某公司配方商业秘密"
    )
    notice = PenaltyNotice(served_on=D(2022, 3, 10), intended_fine_yuan=2000, hearing_right_stated=True)
    case = lawful(notice=notice, hearing_request=HearingRequest(D(2022, 3, 11)), hearing=closed)
    assert serious(check(case)) == set()
    assert "配方" not in json.dumps(case.public_view(), ensure_ascii=False)
    assert "closed_reason" not in dict(payload_of(closed, "hearing"))


# --- the CLI ---------------------------------------------------------------------------------------------------


def _cli(tmp_path: Path, case: EnforcementCase, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    path = tmp_path / "case.json"
    path.write_text(dumps(case), encoding="utf-8")
    code = main(["check", str(path), "--json", *extra])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def _codes(data: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {f["code"]: f["severity"] for r in data["reports"] for f in r["report"]["findings"]}


def test_cli_late_request_exits_0_and_a_refused_hearing_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = PenaltyNotice(served_on=D(2022, 3, 10), intended_fine_yuan=2000, hearing_right_stated=True)
    late = lawful(notice=notice, decision=decision(large_amount=True), hearing_request=HearingRequest(D(2022, 3, 24)))
    code, data = _cli(tmp_path, late, capsys)
    assert code == 0 and _codes(data)["E5.hearing-request-late"] == "info"
    in_time = attrs.evolve(late, hearing_request=HearingRequest(D(2022, 3, 16)))
    code, data = _cli(tmp_path, with_evidence_log(in_time, "ZF"), capsys)
    assert code == 1 and _codes(data)["E12.hearing-not-held"] == "error"


def test_cli_publication_is_judged_only_with_as_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = lawful(decision=decision(social_impact=True))
    code, data = _cli(tmp_path, case, capsys)
    assert code == 0 and "E10.not-published" not in _codes(data)
    code, data = _cli(tmp_path, case, capsys, "--as-of", "2022-04-25")
    assert code == 1 and _codes(data)["E10.not-published"] == "error"


def test_cli_no_discovery_date_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = _cli(tmp_path, lawful(offence=Offence(committed_on=D(2019, 6, 3)), discovered_on=None), capsys)
    assert code == 0  # a warning is no error: exit 0
    assert _codes(data)["E9.discovery-not-recorded"] == "warning"
    assert "E9.limitation-expired" not in _codes(data)


# --- severity as data: every code the enforcement checks emit is listed ----------------------------------------

_CHECKS = Path(__file__).resolve().parents[1] / "src" / "xingzheng" / "checks" / "enforcement"


def _emitted_codes() -> set[str]:
    codes: set[str] = set()
    # The enforcement checks, and the linked E10 check of `check_all` (checks/links.py).
    for source in (*_CHECKS.glob("*.py"), _CHECKS.parent / "links.py"):
        codes |= set(re.findall(r'"(E[0-9]+\.[a-z0-9-]+)"', source.read_text(encoding="utf-8")))
    # E11 builds its codes from the two hour fields.
    for stem in ("training-hours", "warning-education-hours"):
        codes |= {f"E11.{stem}-short", f"E11.{stem}-short-period-unknown"}
    return codes


def test_every_code_the_enforcement_checks_emit_is_listed_with_a_spec() -> None:
    from xingzheng.rules import load_profile

    listed = {
        spec.code for name in ("national", DAGANG) for *_, spec in load_profile(name).finding_catalogue()
    }
    emitted = _emitted_codes()
    assert len(emitted) > 50
    assert emitted <= listed, sorted(emitted - listed)
    assert {c for c in listed if c.startswith("E")} <= emitted, "a listed code no check emits"


def test_every_event_kind_means_one_field_and_note_none() -> None:
    from xingzheng.model.enforcement import REPEATED_EVENTS, STAGE_EVENTS

    stages = {kind for kind, _ in (*STAGE_EVENTS.values(), *REPEATED_EVENTS.values())}
    assert EventKind.NOTE not in stages
    assert set(EventKind) - stages == {EventKind.NOTE, EventKind.WITHDRAWN, EventKind.ARCHIVED}


def test_the_log_writer_is_exported_and_orders_stages_by_day() -> None:
    import xingzheng

    case = lawful()
    log = xingzheng.build_evidence_log(case, "ZF")
    assert xingzheng.with_evidence_log(case, "ZF").evidence_log == log
    days = [e.at for e in log.events]
    assert days == sorted(days) and log.verify().ok
    assert [e.kind for e in log.events][:2] == [EventKind.DISCOVERED, EventKind.FILED]
    assert serious(check(case)) == set()
