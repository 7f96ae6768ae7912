"""`check`, `check_all`, the reports and the shared helpers of `checks/` (`_common`, `_clock`, `links`):
their observable behaviour pinned so that a changed comparison or word is caught (issue 22, mutation
testing; docs/testing.md)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from xingzheng import Finding, Report, Severity, check, default_calendar, load_profile, upcoming
from xingzheng.model.decision import MajorDecision
from xingzheng.model.normative import ImpactFlags, NormativeDocument
from xingzheng.model.values import Publication

D = dt.date
DAGANG = "tianjin-binhai-dagang"


def test_a_value_that_is_no_record_is_refused_in_both_languages() -> None:
    with pytest.raises(TypeError) as info:
        check(3.5)
    assert str(info.value) == "不是可检查的记录：float / not a record xingzheng can check: float"



def made(on: dt.date, **kw: object) -> NormativeDocument:
    doc = NormativeDocument(
        title="某区停车管理办法",
        issuing_body="某区人民政府",
        drafting_unit="某区城市管理委员会",
        document_number="某政发〔2020〕3号",
        impact=ImpactFlags(vital_interests=True),
        promulgated_on=on,
    )
    return attrs.evolve(doc, **kw)


# --- check and upcoming -----------------------------------------------------------------------------


def test_check_reads_the_profile_in_each_form_and_names_it() -> None:
    doc = made(D(2020, 6, 30))
    by_default = check(doc, as_of=D(2020, 9, 1))
    assert (by_default.profile, by_default.as_of, by_default.number) == ("national", D(2020, 9, 1), "某政发〔2020〕3号")
    by_name = check(doc, profile=DAGANG)
    by_object = check(doc, profile=load_profile(DAGANG))
    with_calendar = check(doc, profile=load_profile(DAGANG), calendar=default_calendar())
    assert by_name == by_object == with_calendar
    assert by_name.profile == DAGANG and by_name.as_of is None
    assert check(MajorDecision(title="草案", decision_body="某区人民政府", undertaking_unit="某局")).number is None
    assert check(made(D(2020, 6, 30), document_number=None)).number is None


def test_a_subclass_of_a_record_is_checked_as_its_base() -> None:
    @attrs.frozen
    class LocalDocument(NormativeDocument):
        pass

    doc = made(D(2020, 6, 30))
    local = LocalDocument(**attrs.asdict(doc, recurse=False))  # type: ignore[arg-type]
    assert check(local, profile=DAGANG, as_of=D(2020, 9, 1)) == check(doc, profile=DAGANG, as_of=D(2020, 9, 1))
    assert upcoming(local, as_of=D(2020, 7, 1)) == upcoming(doc, as_of=D(2020, 7, 1))
    with pytest.raises(TypeError) as info:
        upcoming("a title", as_of=D(2020, 7, 1))
    assert str(info.value) == "不是可检查的记录：str / not a record xingzheng can check: str"


def test_the_old_positional_forms_say_what_to_write_instead() -> None:
    doc = made(D(2020, 6, 30))
    with pytest.warns(DeprecationWarning) as caught:
        old = check(doc, DAGANG, None, D(2020, 9, 1))
    assert old == check(doc, profile=DAGANG, as_of=D(2020, 9, 1))
    assert str(caught[0].message) == (
        "check(record, profile, calendar, as_of) by position is deprecated and will be removed in the next release; "
        "call check(record, profile=…, calendar=…, as_of=…) (keywords: profile, as_of, calendar)"
    )
    with pytest.warns(DeprecationWarning) as caught:
        due = upcoming(doc, D(2020, 7, 1))
    assert due == upcoming(doc, as_of=D(2020, 7, 1))
    assert str(caught[0].message) == (
        "upcoming(record, as_of) by position is deprecated and will be removed in the next release; "
        "call upcoming(record, as_of=…) (keywords: as_of, profile, calendar)"
    )
    with pytest.warns(DeprecationWarning) as caught:
        every = upcoming(doc, D(2020, 7, 1), DAGANG, default_calendar())
    assert every == upcoming(doc, as_of=D(2020, 7, 1), profile=DAGANG)
    assert str(caught[0].message) == (
        "upcoming(record, as_of, profile, calendar) by position is deprecated and will be removed in the next "
        "release; call upcoming(record, as_of=…, profile=…, calendar=…) (keywords: as_of, profile, calendar)"
    )
    with pytest.raises(TypeError) as too_many:  # refused before any warning
        check(doc, DAGANG, None, None, "extra")
    assert str(too_many.value) == "check() takes at most 4 positional arguments (5 given)"
    with pytest.raises(TypeError) as twice, pytest.warns(DeprecationWarning):
        upcoming(doc, D(2020, 7, 1), as_of=D(2020, 7, 1))
    assert str(twice.value) == "upcoming() got multiple values for argument 'as_of'"
    # A keyword left at None is no second value.
    with pytest.warns(DeprecationWarning):
        assert check(doc, DAGANG, profile=None) == check(doc, profile=DAGANG)


def test_upcoming_needs_the_day_to_ask_on() -> None:
    with pytest.raises(TypeError) as info:
        upcoming(made(D(2020, 6, 30)))
    assert str(info.value) == "upcoming() needs as_of=: the day to ask on (nothing reads the clock)"


# --- reports ----------------------------------------------------------------------------------------


def test_a_report_its_codes_errors_and_ok() -> None:
    late = made(D(2020, 6, 30), publication=Publication(D(2020, 7, 29)))
    report = check(late, profile=DAGANG, as_of=D(2020, 9, 1))
    assert report.codes() == tuple(f.code for f in report.findings)
    assert "N14.published-late" in report.codes()
    assert report.errors() == tuple(f for f in report.findings if f.severity is Severity.ERROR)
    assert report.errors() and not report.ok
    assert [f.rule for f in report.findings][:1] == [report.findings[0].code.split(".")[0]]
    warning = Finding("N2.channel-missing", Severity.WARNING, "中", "en", "")
    info = Finding("CAL.coverage", Severity.INFO, "中", "en", "")
    assert (warning.rule, info.rule) == ("N2", "CAL")
    lenient = Report("normative_document", "标题", "national", None, [warning, info])  # type: ignore[arg-type]
    assert lenient.findings == (warning, info) and lenient.ok and lenient.errors() == ()
    assert lenient.codes() == ("N2.channel-missing", "CAL.coverage")
    facts = Finding("N3.x", Severity.ERROR, "中", "en", "", dates=[])  # type: ignore[arg-type]
    assert facts.dates == () and (facts.path, facts.parameter) == ("$", None)
    strict = Report("normative_document", "标题", "national", None, (facts,))
    assert not strict.ok
    placed = strict.located("records.jsonl", 7)
    assert (placed.source, placed.line, placed.findings) == ("records.jsonl", 7, strict.findings)
    assert strict.located("a.json").line is None
    assert "N3.x" in strict._repr_html_()


# --- the judge: profiles without a value, codes listed elsewhere, the calendar's coverage -------------

_ADOPTS_N8 = """
schema_version = 1
name = "adopts-n8"
parent = "national"

[[rules]]
rule = "N8"
title_zh = "规范性文件定期评估"
title_en = "periodic evaluation of normative documents"
[[rules.values]]
since = 2020-01-01
in_force = true
citations = [
  { source = "seed", place = "一 ¶3", quote = "大港街应在制定行政规范性文件后每2年开展1次行政规范性文件评估，评估结果应当向社会公布并作为修改、废止的重要参考" },
]
"""


def test_a_rule_in_force_without_its_number_is_an_info_naming_the_key() -> None:
    from xingzheng.model.normative import DocumentEvaluation
    from xingzheng.rules import parse_profile

    profile = parse_profile(_ADOPTS_N8, "adopts-n8.toml")
    doc = made(D(2020, 6, 30), evaluations=(DocumentEvaluation(D(2021, 3, 1)),))
    report = check(doc, profile=profile, as_of=D(2023, 1, 4))
    (info,) = [f for f in report.findings if f.code == "N8.no-rule"]
    assert (info.severity, info.path, info.citation) == (Severity.INFO, "$.evaluations[0]", "")
    assert info.message == (
        "规则配置 adopts-n8 在 2020-06-30 没有生效的 normative_document.evaluation_interval.max，N8 未检查"
    )
    assert info.message_en == (
        "profile adopts-n8 has no normative_document.evaluation_interval.max in force on 2020-06-30: N8 not checked"
    )
    # The codes the profile enforces without listing them take the built-in data's severity (the seed's).
    (unpublished,) = [f for f in report.findings if f.code == "N8.results-not-published"]
    seed = load_profile(DAGANG).finding_spec("N8.results-not-published", D(2021, 3, 1))
    assert seed is not None and unpublished.severity is Severity(seed.severity) is Severity.WARNING
    assert unpublished.citation.startswith("大港街2020年法治政府建设情况报告 一 ¶3")
    assert [c for c in report.codes() if c.startswith("N8") or "no-rule" in c] == [
        "N1.no-rule",
        "N8.no-rule",
        "N8.results-not-published",
    ]  # the missing number said once


def test_past_the_calendar_one_coverage_warning_and_a_provisional_deadline() -> None:
    from xingzheng.model.normative import PublicComment

    comment = PublicComment(D(2027, 2, 1), D(2027, 2, 20))
    doc = made(D(2027, 3, 1), public_comment=comment)
    report = check(doc, profile=DAGANG, as_of=D(2029, 6, 1))
    # The comment period and the publication both need 2027: one warning for it, at the first; the
    # evaluation (two years on) needs 2029.
    coverage, later = [f for f in report.findings if f.code == "CAL.coverage"]
    assert (coverage.severity, coverage.path, coverage.citation, coverage.parameter) == (
        Severity.WARNING,
        "$.public_comment.closes_on",
        "",
        None,
    )
    assert (later.path, later.message_en[:36]) == ("$.evaluations", "the calendar does not cover 2029: th")
    assert coverage.message == "日历数据不含 2027 年，相关规则未检查；请以 Supplement 或节假日通知补充该年的安排"
    assert coverage.message_en == (
        "the calendar does not cover 2027: the rules that need it were not checked; add the year's arrangement "
        "with a Supplement or a holiday notice"
    )
    assert [(d.label, d.date) for d in coverage.dates] == [("uncovered_year_start", D(2027, 1, 1))]
    assert not [f for f in report.findings if f.code.startswith(("N3.", "N14.", "N8."))]
    # Monday 1 March 2027 + 20 Monday–Friday working days: Monday 29 March, provisional.
    items = upcoming(doc, as_of=D(2027, 3, 29), profile=DAGANG)
    assert [(u.rule, u.deadline.due, u.deadline.provisional, u.overdue) for u in items] == [
        ("N14", D(2027, 3, 29), True, False),
        ("N8", D(2029, 3, 1), True, False),
    ]
    assert upcoming(doc, as_of=D(2027, 3, 30), profile=DAGANG)[0].overdue is True
    inside = upcoming(made(D(2020, 6, 30)), as_of=D(2020, 7, 1), profile=DAGANG)
    assert [u.deadline.provisional for u in inside] == [False, False]


# --- check_all: links between records ---------------------------------------------------------------


def _remedies() -> dict[str, object]:
    from pathlib import Path

    from xingzheng import load

    folder = Path(__file__).resolve().parents[1] / "examples" / "remedies-2024"
    return {p.stem: load(p) for p in sorted(folder.glob("*.json"))}


def test_links_the_withdrawal_findings_state_the_reconsideration_and_the_dates() -> None:
    from xingzheng import check_all

    records = _remedies()
    case, reconsideration = records["enforcement-case"], records["reconsideration-case"]
    # Revoked on Fri 31 May 2024: three working days run through Wed 5 June.
    reports = check_all([case, reconsideration], as_of=D(2024, 6, 6))
    assert [r.kind for r in reports] == ["enforcement_case", "reconsideration_case"]
    (overdue,) = reports[0].findings
    assert (overdue.code, overdue.severity, overdue.path, overdue.parameter) == (
        "E10.withdrawal-overdue-linked",
        Severity.ERROR,
        "$.publicity.withdrawn_on",
        "enforcement.withdrawal_period.max",
    )
    assert overdue.message == (
        "行政复议 滨复〔2024〕21号（revoked）于 2024-05-31 生效，至 2024-06-06 公开的处罚决定信息仍未撤回（应于 2024-06-05 前）"
    )
    assert overdue.message_en == (
        "滨复〔2024〕21号 (revoked) took effect on 2024-05-31; on 2024-06-06 the published decision is still not "
        "withdrawn (due by 2024-06-05)"
    )
    assert [(d.label, d.date) for d in overdue.dates] == [
        ("reconsideration_effective", D(2024, 5, 31)),
        ("due", D(2024, 6, 5)),
        ("as_of", D(2024, 6, 6)),
    ]
    assert reports[1].findings == ()
    assert check_all([case, reconsideration], as_of=D(2024, 6, 5))[0].findings == ()
    assert check_all([case, reconsideration])[0].findings == ()  # no day asked: nothing overdue
    publicity = case.publicity  # type: ignore[attr-defined]
    late = attrs.evolve(case, publicity=attrs.evolve(publicity, withdrawn_on=D(2024, 6, 6), reasons_published=True))
    (withdrawn,) = check_all([late, reconsideration], as_of=D(2024, 7, 1))[0].findings
    assert (withdrawn.code, withdrawn.path) == ("E10.withdrawal-late-linked", "$.publicity.withdrawn_on")
    assert withdrawn.message == (
        "行政复议 滨复〔2024〕21号（revoked）于 2024-05-31 生效，处罚决定信息于 2024-06-06 才撤回，晚于 2024-06-05"
    )
    assert withdrawn.message_en == (
        "滨复〔2024〕21号 (revoked) took effect on 2024-05-31; the published decision was withdrawn only on "
        "2024-06-06, after 2024-06-05"
    )
    assert [(d.label, d.date) for d in withdrawn.dates] == [
        ("reconsideration_effective", D(2024, 5, 31)),
        ("due", D(2024, 6, 5)),
        ("withdrawn", D(2024, 6, 6)),
    ]
    # Published on the day the revocation took effect: still to withdraw; published after it: nothing.
    same_day = attrs.evolve(case, publicity=attrs.evolve(publicity, published_on=D(2024, 5, 31)))
    # (The evidence log still says 28 March: E3 notes the disagreement, the same with or without the link.)
    linked = check_all([same_day, reconsideration], as_of=D(2024, 6, 6))[0].codes()
    assert linked == (*check(same_day, as_of=D(2024, 6, 6)).codes(), "E10.withdrawal-overdue-linked")
    after = attrs.evolve(case, publicity=attrs.evolve(publicity, published_on=D(2024, 6, 3)))
    assert check_all([after, reconsideration], as_of=D(2024, 6, 6))[0].codes() == check(after, as_of=D(2024, 6, 6)).codes()
    unpublished = attrs.evolve(case, publicity=None)
    assert check_all([unpublished, reconsideration], as_of=D(2024, 6, 6))[0].codes() == check(
        unpublished, as_of=D(2024, 6, 6)
    ).codes()
    undecided = attrs.evolve(reconsideration, decision=None)
    assert check_all([case, undecided], as_of=D(2024, 6, 6))[0].codes() == ()


def test_links_a_missing_target_names_its_kind_and_identifier() -> None:
    from xingzheng import check_all
    from xingzheng.model.reconsideration import ChallengedKind

    records = _remedies()
    reconsideration, petition, request = records["reconsideration-case"], records["petition"], records["disclosure-request"]
    (alone,) = check_all([reconsideration])
    (missing,) = [f for f in alone.findings if f.code == "LINK.not-found"]
    assert (missing.severity, missing.path, missing.citation, missing.parameter) == (
        Severity.WARNING,
        "$.challenged.identifier",
        "",
        None,
    )
    assert missing.message == "所指向的记录（enforcement_case 大港街综执罚〔2024〕9号）不在所检查的记录中，关联检查未进行"
    assert missing.message_en == (
        "the linked record (enforcement_case 大港街综执罚〔2024〕9号) is not among the records checked: the linked "
        "checks were not made"
    )
    (routed,) = check_all([petition])[0].findings
    assert (routed.code, routed.path) == ("LINK.not-found", "$.routing.enforcement_case")
    # A reconsideration of a disclosure reply: found by the request's id, else reported missing.
    challenged = attrs.evolve(
        reconsideration.challenged,  # type: ignore[attr-defined]
        kind=ChallengedKind.DISCLOSURE_REQUEST,
        identifier=request.request_id,  # type: ignore[attr-defined]
    )
    of_reply = attrs.evolve(reconsideration, challenged=challenged)
    together = check_all([request, of_reply])
    assert "LINK.not-found" not in together[1].codes()
    assert together[0].codes() == check(request).codes()
    (lonely,) = check_all([of_reply])
    assert [f.message_en for f in lonely.findings if f.code == "LINK.not-found"] == [
        f"the linked record (disclosure_request {request.request_id}) is not among the records checked: the "  # type: ignore[attr-defined]
        "linked checks were not made"
    ]
    other = attrs.evolve(reconsideration, challenged=attrs.evolve(challenged, kind=ChallengedKind.OTHER))
    assert "LINK.not-found" not in check_all([other])[0].codes()
    # The profile and calendar given apply to every record.
    assert check_all([petition], profile=DAGANG)[0].profile == DAGANG


def _shifted(stem: str, year: int) -> object:
    """An example of remedies-2024 with every date moved to ``year`` (same months and days)."""
    from pathlib import Path

    from xingzheng import loads

    folder = Path(__file__).resolve().parents[1] / "examples" / "remedies-2024"
    return loads((folder / f"{stem}.json").read_text(encoding="utf-8").replace("2024-", f"{year}-"))


def _link_findings(records: list[object], profile: object = None, as_of: dt.date | None = None) -> tuple[Finding, ...]:
    """What `check_all` adds to the first record's own report."""
    from xingzheng import check_all

    own = check(records[0], profile=profile, as_of=as_of).findings
    linked = check_all(records, profile=profile, as_of=as_of)[0].findings
    assert linked[: len(own)] == own
    return linked[len(own) :]


_ADOPTS_E10 = """
schema_version = 1
name = "adopts-e10"
parent = "national"

[[rules]]
rule = "E10"
title_zh = "处罚决定公开与撤回"
title_en = "publication and withdrawal of decisions"
[[rules.values]]
since = 2020-01-01
in_force = true
citations = [
  { source = "administrative-penalty-law-2021.md", place = "Art. 48 ¶2", quote = "行政机关应当在三日内撤回行政处罚决定信息并公开说明理由" },
]
"""


def test_links_the_withdrawal_is_judged_by_the_rule_and_number_in_force_when_the_act_was_undone() -> None:
    from xingzheng.rules import parse_profile

    # Revoked on 31 May 2021, before the 2021 Penalty Law (15 July 2021) made withdrawal a duty.
    case, reconsideration = _shifted("enforcement-case", 2021), _shifted("reconsideration-case", 2021)
    (info,) = _link_findings([case, reconsideration], as_of=D(2021, 12, 31))
    assert (info.code, info.severity, info.path, info.citation) == ("E10.no-rule", Severity.INFO, "$.publicity", "")
    assert info.message == "规则配置 national 在 2021-05-31 未执行规则 E10，未检查"
    # A profile enforcing E10 from 2020 has no number for it before the law's: said so, naming the key.
    adopts = parse_profile(_ADOPTS_E10, "adopts-e10.toml")
    (no_value,) = [f for f in _link_findings([case, reconsideration], adopts, D(2021, 12, 31)) if f.code == "E10.no-rule"]
    assert no_value.path == "$.publicity.withdrawn_on"
    assert no_value.message == "规则配置 adopts-e10 在 2021-05-31 没有生效的 enforcement.withdrawal_period.max，E10 未检查"


def test_links_a_withdrawal_due_past_the_calendar_is_a_coverage_warning_on_the_case() -> None:
    case, reconsideration = _shifted("enforcement-case", 2026), _shifted("reconsideration-case", 2026)
    served = attrs.evolve(reconsideration, decision=attrs.evolve(reconsideration.decision, served_on=D(2026, 12, 30)))  # type: ignore[attr-defined]
    (coverage,) = _link_findings([case, served], as_of=D(2027, 3, 1))
    assert (coverage.code, coverage.path) == ("CAL.coverage", "$.publicity.withdrawn_on")
    assert [(d.label, d.date) for d in coverage.dates] == [("uncovered_year_start", D(2027, 1, 1))]


def test_links_the_late_withdrawal_cites_the_number_applied() -> None:
    records = _remedies()
    case, reconsideration = records["enforcement-case"], records["reconsideration-case"]
    publicity = case.publicity  # type: ignore[attr-defined]
    late = attrs.evolve(case, publicity=attrs.evolve(publicity, withdrawn_on=D(2024, 6, 6), reasons_published=True))
    (withdrawn,) = _link_findings([late, reconsideration], as_of=D(2024, 7, 1))
    assert (withdrawn.severity, withdrawn.parameter) == (Severity.ERROR, "enforcement.withdrawal_period.max")
    assert withdrawn.citation.startswith("行政处罚法（2021年修订） 第四十八条第二款：“行政机关应当在三日内撤回行政处罚决定信息并公开说明理由”; ")


_ADOPTS_N8_EARLY = _ADOPTS_N8.replace('name = "adopts-n8"', 'name = "adopts-n8-early"').replace(
    "since = 2020-01-01", "since = 2010-01-01"
)


def test_codes_no_profile_lists_on_the_day_take_the_built_in_data_of_any_day() -> None:
    from xingzheng.model.normative import DocumentEvaluation, EvaluationConclusion
    from xingzheng.rules import parse_profile

    # N8 enforced from 2010 by a profile that lists none of its codes; the seed lists them from 2020 only.
    profile = parse_profile(_ADOPTS_N8_EARLY, "adopts-n8-early.toml")
    evaluation = DocumentEvaluation(D(2015, 3, 2), conclusion=EvaluationConclusion.AMEND)
    report = check(made(D(2014, 6, 30), evaluations=(evaluation,)), profile=profile)
    found = {f.code: f.severity for f in report.findings if f.code.startswith("N8.") and f.code != "N8.no-rule"}
    assert found == {
        "N8.results-not-published": Severity.WARNING,  # 应当向社会公布 sets no time limit (fidelity, second pass)
        "N8.not-amended-after-evaluation": Severity.WARNING,  # the seed's: 及时 sets no limit
    }


def test_a_code_no_profile_lists_is_a_bug_of_the_checks_named_in_the_error() -> None:
    from xingzheng.checks._common import Judge, UnlistedFindingError

    judge = Judge(load_profile("national"), default_calendar(), None)
    with pytest.raises(UnlistedFindingError) as info:
        judge.emit("N3.no-such-finding", D(2020, 6, 1), "中", "en", "")
    assert str(info.value) == (
        "finding code 'N3.no-such-finding' is listed by no rule entry of the profile or of the built-in profiles: "
        "every code check() emits must be listed in the profiles' data"
    )
    assert judge.findings == []


# --- _clock: periods with excluded intervals (petitions, disclosure requests) -----------------------


def _petition(**changes: object) -> object:
    from xingzheng.model.enforcement import Party, PartyKind
    from xingzheng.model.petition import Petition, PetitionForm

    base: dict[str, object] = {
        "petition_id": "大港信〔2024〕31号",
        "received_by": "大港街道办事处",
        "petitioner": Party(PartyKind.CITIZEN, person_name="丙某"),
        "form": PetitionForm.LETTER,
        "received_on": D(2024, 3, 4),
        "matter": "反映某餐馆油烟扰民，请求查处",
    }
    base.update(changes)
    return Petition(**base)  # type: ignore[arg-type]


def test_clock_late_and_overdue_state_the_step_the_period_and_the_dates() -> None:
    # Received Mon 4 March 2024: 15 days end on Tue 19 March.
    late = check(_petition(notified_on=D(2024, 3, 20)))
    (f,) = late.findings
    assert (f.code, f.path, f.parameter) == ("W2.notice-late", "$.notified_on", "petition.notice_period.max")
    assert f.message == "书面告知信访人于 2024-03-20，晚于期限 2024-03-19（15日）"
    assert f.message_en == "the petitioner was told in writing on 2024-03-20, after the period (15 days) ended on 2024-03-19"
    assert [(d.label, d.date) for d in f.dates] == [("start", D(2024, 3, 4)), ("due", D(2024, 3, 19)), ("done", D(2024, 3, 20))]
    assert f.citation.startswith("信访工作条例")
    assert check(_petition(notified_on=D(2024, 3, 19))).findings == ()
    assert check(_petition(), as_of=D(2024, 3, 19)).findings == ()
    (g,) = check(_petition(), as_of=D(2024, 3, 20)).findings
    assert (g.code, g.path, g.parameter) == ("W2.notice-overdue", "$.notified_on", "petition.notice_period.max")
    assert g.message == "书面告知信访人的期限已于 2024-03-19 届满，至 2024-03-20 尚无记录"
    assert g.message_en == "the petitioner was told in writing: the period ended on 2024-03-19, nothing recorded on 2024-03-20"
    assert [(d.label, d.date) for d in g.dates] == [("start", D(2024, 3, 4)), ("due", D(2024, 3, 19)), ("as_of", D(2024, 3, 20))]
    assert g.citation == f.citation


def test_clock_upcoming_and_coverage() -> None:
    (item,) = upcoming(_petition(), as_of=D(2024, 3, 19))
    assert (item.rule, item.parameter, item.deadline.due, item.deadline.provisional, item.overdue) == (
        "W2",
        "petition.notice_period.max",
        D(2024, 3, 19),
        False,
        False,
    )
    assert (item.what, item.what_en) == ("应于 2024-03-19 前书面告知信访人", "the petitioner is told in writing by 2024-03-19")
    assert item.citation.startswith("信访工作条例")
    assert upcoming(_petition(), as_of=D(2024, 3, 20))[0].overdue is True
    # Past the calendar: provisional (1 January 2027 rests), and a coverage warning on the field.
    late_year = _petition(received_on=D(2026, 12, 28))
    (provisional,) = upcoming(late_year, as_of=D(2027, 1, 12))
    assert (provisional.deadline.due, provisional.deadline.provisional, provisional.overdue) == (D(2027, 1, 12), True, False)
    (coverage,) = check(late_year, as_of=D(2027, 3, 20)).findings
    assert (coverage.code, coverage.path) == ("CAL.coverage", "$.notified_on")


def test_clock_overlapping_consultations_are_left_out_once() -> None:
    from xingzheng.model.disclosure import (
        ConsultedKind,
        DisclosureConsultation,
        DisclosureRequest,
        SubmissionChannel,
    )
    from xingzheng.model.enforcement import Party, PartyKind

    cal = default_calendar()
    start = D(2024, 3, 4)  # the receipt day (a Monday); 20 working days without consultations

    def due_with(*spans: tuple[dt.date, dt.date]) -> dt.date:
        request = DisclosureRequest(
            request_id="大港街依申〔2024〕1号",
            agency="大港街道办事处",
            applicant=Party(PartyKind.CITIZEN, person_name="甲某"),
            channel=SubmissionChannel.INTERNET,
            submitted_on=D(2024, 3, 1),
            confirmed_on=start,
            consultations=[DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", a, answered_on=b) for a, b in spans],
        )
        (item,) = [u for u in upcoming(request, as_of=D(2024, 3, 25)) if u.rule == "G2"]
        return item.deadline.due

    def expected(first: dt.date, last: dt.date) -> dt.date:
        # The working days in (first, last] are left out once: 20 more from the start.
        return cal.add_workdays(start, 20 + cal.workdays_between(first, last))

    one_span = due_with((D(2024, 3, 6), D(2024, 3, 20)))
    assert one_span == expected(D(2024, 3, 6), D(2024, 3, 20)) == D(2024, 4, 16)
    assert due_with((D(2024, 3, 6), D(2024, 3, 20)), (D(2024, 3, 13), D(2024, 3, 25))) == expected(D(2024, 3, 6), D(2024, 3, 25))
    assert due_with((D(2024, 3, 13), D(2024, 3, 25)), (D(2024, 3, 6), D(2024, 3, 20))) == expected(D(2024, 3, 6), D(2024, 3, 25))
    assert due_with((D(2024, 3, 6), D(2024, 3, 20)), (D(2024, 3, 20), D(2024, 3, 22))) == expected(D(2024, 3, 6), D(2024, 3, 22))
    assert due_with((D(2024, 3, 6), D(2024, 3, 20)), (D(2024, 3, 8), D(2024, 3, 12))) == one_span
    assert due_with((D(2024, 3, 6), D(2024, 3, 20)), (D(2024, 3, 8), D(2024, 3, 8))) == one_span
    # Two apart: both left out.
    apart = due_with((D(2024, 3, 6), D(2024, 3, 8)), (D(2024, 3, 12), D(2024, 3, 14)))
    assert apart == cal.add_workdays(start, 20 + 2 + 2)


def test_links_every_record_is_followed_and_the_calendar_given_is_used() -> None:
    from xingzheng import check_all
    from xingzheng.model.reconsideration import ChallengedKind

    records = _remedies()
    reconsideration, petition = records["reconsideration-case"], records["petition"]
    other = attrs.evolve(
        reconsideration,
        challenged=attrs.evolve(reconsideration.challenged, kind=ChallengedKind.OTHER),  # type: ignore[attr-defined]
    )
    # A link of another kind is not followed, and the records after it still are.
    reports = check_all([other, petition])
    (missing,) = reports[1].findings
    assert missing.message == "所指向的记录（enforcement_case 大港街综执罚〔2024〕9号）不在所检查的记录中，关联检查未进行"
    assert missing.message_en == (
        "the linked record (enforcement_case 大港街综执罚〔2024〕9号) is not among the records checked: the linked "
        "checks were not made"
    )
    # Past the data, a calendar counting regular weeks answers what the built-in one cannot.
    case, shifted = _shifted("enforcement-case", 2026), _shifted("reconsideration-case", 2026)
    served = attrs.evolve(shifted, decision=attrs.evolve(shifted.decision, served_on=D(2026, 12, 30)))  # type: ignore[attr-defined]
    weeks = default_calendar().with_options(assume_regular_weeks=True)
    linked = check_all([case, served], as_of=D(2027, 3, 1), calendar=weeks)[0]
    own = check(case, as_of=D(2027, 3, 1), calendar=weeks)
    assert linked.findings[: len(own.findings)] == own.findings
    (overdue,) = linked.findings[len(own.findings) :]
    assert overdue.code == "E10.withdrawal-overdue-linked"
    assert [(d.label, d.date) for d in overdue.dates][:2] == [
        ("reconsideration_effective", D(2026, 12, 30)),
        ("due", D(2027, 1, 5)),  # 31 Dec, (1 Jan rests), 4 and 5 Jan
    ]
    late_petition = _petition(received_on=D(2026, 12, 28))
    assert check_all([late_petition], as_of=D(2027, 3, 1), calendar=weeks)[0].codes() == ("W2.notice-overdue",)
    assert check_all([late_petition], as_of=D(2027, 3, 1))[0].codes() == ("CAL.coverage",)


def test_clock_a_reform_in_months_still_leaves_the_consultation_out() -> None:
    # Bug found by mutation testing (issue 22): `reform` accepts months for the reply period, and a
    # consultation then made `check` raise ValueError. The count now starts later by the days left out.
    from xingzheng.model.disclosure import (
        ConsultedKind,
        DisclosureConsultation,
        DisclosureRequest,
        SubmissionChannel,
    )
    from xingzheng.model.enforcement import Party, PartyKind

    monthly = load_profile("national").reform("monthly", {"disclosure.reply_period.max": (1, "months")})
    request = DisclosureRequest(
        request_id="大港街依申〔2024〕1号",
        agency="大港街道办事处",
        applicant=Party(PartyKind.CITIZEN, person_name="甲某"),
        channel=SubmissionChannel.INTERNET,
        submitted_on=D(2024, 3, 1),
        confirmed_on=D(2024, 3, 4),
    )
    # One month from Mon 4 March 2024 is Thu 4 April, in the Qingming holiday: it rolls to Sun 7 April (worked).
    assert [u.deadline.due for u in upcoming(request, as_of=D(2024, 4, 1), profile=monthly) if u.rule == "G2"] == [D(2024, 4, 7)]
    # Consulted 6–20 March: 14 days left out, so the month runs from 18 March to Thu 18 April.
    consulted = attrs.evolve(
        request, consultations=[DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2024, 3, 6), answered_on=D(2024, 3, 20))]
    )
    assert [u.deadline.due for u in upcoming(consulted, as_of=D(2024, 4, 1), profile=monthly) if u.rule == "G2"] == [D(2024, 4, 18)]
    assert check(consulted, profile=monthly, as_of=D(2024, 4, 18)).codes() == ()
    overdue = check(consulted, profile=monthly, as_of=D(2024, 4, 19))
    assert overdue.codes() == ("G2.reply-overdue",)
    assert [(d.label, d.date) for d in overdue.findings[0].dates][1] == ("due", D(2024, 4, 18))
    # Into 2027, past the data: counted on the calendar given (regular weeks), never on the built-in one.
    late = attrs.evolve(
        consulted,
        submitted_on=D(2026, 11, 30),
        confirmed_on=D(2026, 12, 1),
        consultations=[DisclosureConsultation(ConsultedKind.THIRD_PARTY, "乙某", D(2026, 12, 3), answered_on=D(2026, 12, 17))],
    )
    weeks = default_calendar().with_options(assume_regular_weeks=True)
    # From 15 Dec 2026 (14 days later), one month ends on Fri 15 Jan 2027.
    (item,) = [u for u in upcoming(late, as_of=D(2027, 1, 4), profile=monthly, calendar=weeks) if u.rule == "G2"]
    assert (item.deadline.due, item.deadline.provisional) == (D(2027, 1, 15), True)
    assert check(late, profile=monthly, as_of=D(2027, 1, 18), calendar=weeks).codes() == ("G2.reply-overdue",)
    assert check(late, profile=monthly, as_of=D(2027, 1, 18)).codes() == ("CAL.coverage",)


def test_a_hearing_notice_counted_back_in_working_days_uses_the_calendar_given() -> None:
    from xingzheng.model.reconsideration import ReconsiderationHearing

    # A reconsideration hearing notified on Wed 30 Dec 2026 for Wed 6 Jan 2027: five working days before it
    # reach back into 2026 only through 2027's first days, which the data does not cover.
    case = _shifted("reconsideration-case", 2026)
    heard = attrs.evolve(case, hearing=ReconsiderationHearing(D(2026, 12, 30), D(2027, 1, 6)), decision=None)
    report = check(heard, as_of=D(2026, 12, 31))
    assert [(f.code, f.path) for f in report.findings if f.code == "CAL.coverage"] == [("CAL.coverage", "$.hearing")]
    weeks = default_calendar().with_options(assume_regular_weeks=True)
    # Counting regular weeks (1 January rests): 5, 4, 31, 30, 29 are the five working days: notice by 28 Dec.
    late = check(heard, as_of=D(2026, 12, 31), calendar=weeks)
    (notice,) = [f for f in late.findings if f.code == "R7.notice-late"]
    assert (notice.dates[0].label, notice.dates[0].date) == ("latest_notice", D(2026, 12, 28))


def test_a_missing_evaluation_interval_with_no_evaluation_yet_is_said_at_the_evaluations() -> None:
    from xingzheng.rules import parse_profile

    profile = parse_profile(_ADOPTS_N8, "adopts-n8.toml")
    report = check(made(D(2020, 6, 30)), profile=profile, as_of=D(2023, 1, 4))
    (info,) = [f for f in report.findings if f.code.endswith(".no-rule") and "N8" in f.message]
    assert (info.code, info.path) == ("N8.no-rule", "$.evaluations")
    assert info.message == (
        "规则配置 adopts-n8 在 2020-06-30 没有生效的 normative_document.evaluation_interval.max，N8 未检查"
    )


def test_an_evaluation_due_past_the_calendar_is_a_coverage_warning_on_it() -> None:
    from xingzheng.model.normative import DocumentEvaluation

    # Made Mon 30 June 2025: the seed's two years end on 30 June 2027, past the data.
    doc = made(D(2025, 6, 30), evaluations=(DocumentEvaluation(D(2027, 7, 1), results_published_on=D(2027, 7, 1)),))
    report = check(doc, profile=DAGANG)
    assert [(f.path, f.dates[0].date) for f in report.findings if f.code == "CAL.coverage"] == [
        ("$.evaluations[0]", D(2027, 1, 1))
    ]
